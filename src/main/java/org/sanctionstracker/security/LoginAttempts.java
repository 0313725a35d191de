package org.sanctionstracker.security;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after repeated wrong passwords: after
 * {@code tracker.security.max-failed-logins} failures in a row (default 5), logging in as
 * that user is refused for {@code tracker.security.lock-duration} (default 15 minutes),
 * even with the right password. A successful login resets the count. The count is kept
 * per user name in the database, so it holds across instances and restarts.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserAccountRepository repository;

	private final TrackerSecurityProperties properties;

	private final Clock clock;

	LoginAttempts(UserAccountRepository repository, TrackerSecurityProperties properties) {
		this.repository = repository;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.repository.findByUsernameIgnoringCase(event.getAuthentication().getName()).ifPresent((account) -> {
			Instant now = this.clock.instant();
			int failures = account.getFailedLogins() + 1;
			if (failures >= this.properties.maxFailedLogins()) {
				account.setLockedUntil(now.plus(this.properties.lockDuration()));
				account.setFailedLogins(0);
				log.warn("User '{}' locked until {} after {} failed logins", account.getUsername(),
						account.getLockedUntil(), failures);
			}
			else {
				account.setFailedLogins(failures);
			}
		});
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		this.repository.findByUsernameIgnoringCase(event.getAuthentication().getName()).ifPresent((account) -> {
			if (account.getFailedLogins() != 0 || account.getLockedUntil() != null) {
				account.setFailedLogins(0);
				account.setLockedUntil(null);
			}
		});
	}

}
