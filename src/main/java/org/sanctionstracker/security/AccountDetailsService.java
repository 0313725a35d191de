package org.sanctionstracker.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account a login names. The user gets the authorities of its role and of every
 * role below it, so that checks which do not know the role hierarchy (Vaadin's view
 * annotations) agree with those that do. A disabled account and one locked by failed
 * logins cannot log in, whatever the password.
 */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	private final RoleHierarchy roleHierarchy;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository repository, RoleHierarchy roleHierarchy) {
		this.repository = repository;
		this.roleHierarchy = roleHierarchy;
		this.clock = Clock.systemUTC();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.repository.findByUsernameIgnoringCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(this.roleHierarchy
				.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(account.getRole().authority()))))
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.build();
	}

}
