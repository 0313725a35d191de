package org.sanctionstracker.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user as a session keeps it: the account's name and rights at login, and
 * the account's login generation then, so that a later password reset or disabling ends
 * the session ({@link AccountSessions}).
 */
final class AccountUser extends User {

	private static final long serialVersionUID = 1L;

	private final int loginGeneration;

	AccountUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			int loginGeneration) {
		super(username, password, enabled, true, true, true, authorities);
		this.loginGeneration = loginGeneration;
	}

	int loginGeneration() {
		return this.loginGeneration;
	}

	AccountUser withAuthorities(Collection<? extends GrantedAuthority> authorities) {
		return new AccountUser(getUsername(), "", isEnabled(), authorities, this.loginGeneration);
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
