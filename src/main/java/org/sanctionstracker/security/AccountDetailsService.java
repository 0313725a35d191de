package org.sanctionstracker.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account a login names. The user gets the authorities of its role and of every
 * role below it, so that checks which do not know the role hierarchy (Vaadin's view
 * annotations) agree with those that do. A disabled account cannot log in, whatever the
 * password; repeated wrong passwords are refused per client by {@link LoginThrottle}.
 */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	private final RoleHierarchy roleHierarchy;

	AccountDetailsService(UserAccountRepository repository, RoleHierarchy roleHierarchy) {
		this.repository = repository;
		this.roleHierarchy = roleHierarchy;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.repository.findByUsernameIgnoringCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new AccountUser(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
				authorities(account.getRole()), account.getLoginGeneration());
	}

	/**
	 * The authorities of a role: its own and those of the roles below it.
	 * @param role the role
	 * @return e.g. {@code ROLE_EDITOR, ROLE_VIEWER}
	 */
	Set<GrantedAuthority> authorities(Role role) {
		return Set.copyOf(this.roleHierarchy
			.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority()))));
	}

}
