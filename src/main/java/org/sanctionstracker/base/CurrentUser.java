package org.sanctionstracker.base;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name recorded for whoever makes a change: the logged-in user, or {@value #SYSTEM}
 * for changes the application makes itself (loading the seed dataset).
 */
public final class CurrentUser {

	/** Recorded for changes made without a logged-in user. */
	public static final String SYSTEM = "system";

	private CurrentUser() {
	}

	/**
	 * The current user's name.
	 * @return the user name, or {@value #SYSTEM}
	 */
	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || authentication.getName() == null) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
