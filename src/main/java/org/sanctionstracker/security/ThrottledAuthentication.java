package org.sanctionstracker.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (form login and HTTP Basic alike), unless the client
 * sent too many wrong ones for that name ({@link LoginThrottle}); counts a wrong password
 * against the client and the name, and clears the client's count on success.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String username = login.getName();
		String client = LoginThrottle
			.client((login.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null);
		Optional<Instant> locked = this.throttle.lockedUntil(username, client);
		if (locked.isPresent()) {
			throw new LockedException(
					"Too many wrong passwords from this client; logging in is refused until " + locked.get());
		}
		try {
			Authentication result = this.passwords.authenticate(login);
			this.throttle.succeeded(username, client);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, client);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
