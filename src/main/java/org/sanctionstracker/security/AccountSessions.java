package org.sanctionstracker.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a logged-in user may do now, read from the account store rather than remembered
 * from the login: an administrator's change of role takes effect at the user's next
 * request, and disabling the account or resetting its password ends the user's sessions
 * (the login generation changed). Both the filter in front of every request
 * ({@link CurrentRightsFilter}) and method security on the services
 * ({@code @PreAuthorize}, see {@link SecurityConfiguration}) ask here, so a session
 * opened before the change, a background task started before it and a view that forgot
 * its annotation all get the current answer.
 */
@Component
@Transactional(readOnly = true)
class AccountSessions {

	private static final String ROLE_PREFIX = "ROLE_";

	private final UserAccountRepository accounts;

	private final AccountDetailsService details;

	AccountSessions(UserAccountRepository accounts, AccountDetailsService details) {
		this.accounts = accounts;
		this.details = details;
	}

	/**
	 * Brings a logged-in user's authentication up to date with the account store.
	 * @param authentication the authentication a session or request carries
	 * @return the same authentication when nothing changed or nobody is logged in; one
	 * with the account's current roles when its role changed; empty when the account no
	 * longer exists, is disabled, or its password was reset after this login, so that the
	 * session must end
	 */
	Optional<Authentication> current(Authentication authentication) {
		if (!loggedIn(authentication)) {
			return Optional.ofNullable(authentication);
		}
		UserAccount account = this.accounts.findByUsernameIgnoringCase(authentication.getName()).orElse(null);
		if (account == null || !account.isEnabled()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof AccountUser user
				&& user.loginGeneration() != account.getLoginGeneration()) {
			return Optional.empty();
		}
		Set<GrantedAuthority> roles = this.details.authorities(account.getRole());
		if (roleNames(authentication.getAuthorities()).equals(roleNames(roles))) {
			return Optional.of(authentication);
		}
		List<GrantedAuthority> authorities = new ArrayList<>(roles);
		authentication.getAuthorities().stream().filter((authority) -> !isRole(authority)).forEach(authorities::add);
		Object principal = (authentication.getPrincipal() instanceof AccountUser user) ? user.withAuthorities(roles)
				: authentication.getPrincipal();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		updated.setDetails(authentication.getDetails());
		return Optional.of(updated);
	}

	/**
	 * The authentication to check a service call against: as {@link #current}, and one
	 * without any role when the session must end.
	 * @param authentication the caller's authentication
	 * @return the authentication with the account's current rights
	 */
	Authentication rights(Authentication authentication) {
		return current(authentication).orElseGet(
				() -> UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of()));
	}

	static boolean loggedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static Set<String> roleNames(java.util.Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.filter(AccountSessions::isRole)
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

	private static boolean isRole(GrantedAuthority authority) {
		return authority.getAuthority() != null && authority.getAuthority().startsWith(ROLE_PREFIX);
	}

}
