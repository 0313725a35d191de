package org.sanctionstracker.security;

import java.time.Duration;

import org.sanctionstracker.base.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's security settings ({@code tracker.security.*}).
 *
 * @param anonymousRead whether visitors who have not logged in may read the dashboards,
 * views and the read-only API (default {@code true}); when {@code false} they need at
 * least the viewer role
 * @param maxFailedLogins how many wrong passwords in a row from one client lock that
 * client out of the account (default 5)
 * @param maxFailedLoginsPerAccount how many wrong passwords from all clients together
 * lock every client out of the account (default 50)
 * @param lockDuration how long such a lock lasts, and how long failures are remembered
 * (default 15 minutes)
 * @param passwordHashCost the BCrypt cost of new password hashes, 4 to 16 (default 10):
 * each step doubles the work of hashing and of every login (at 16 a login takes seconds);
 * below 10 only for tests; hashes already stored keep the cost they were made with
 */
@ConfigurationProperties("tracker.security")
public record TrackerSecurityProperties(Boolean anonymousRead, Integer maxFailedLogins,
		Integer maxFailedLoginsPerAccount, Duration lockDuration, Integer passwordHashCost) {

	/** BCrypt's least cost (log rounds). */
	static final int LEAST_COST = 4;

	/** Where a login starts to take seconds; BCrypt itself takes up to 31. */
	static final int MOST_COST = 16;

	public TrackerSecurityProperties {
		anonymousRead = (anonymousRead != null) ? anonymousRead : Boolean.TRUE;
		maxFailedLogins = (maxFailedLogins != null) ? maxFailedLogins : 5;
		maxFailedLoginsPerAccount = (maxFailedLoginsPerAccount != null) ? maxFailedLoginsPerAccount : 50;
		lockDuration = (lockDuration != null) ? lockDuration : Duration.ofMinutes(15);
		passwordHashCost = (passwordHashCost != null) ? passwordHashCost : 10;
		if (passwordHashCost < LEAST_COST || passwordHashCost > MOST_COST) {
			throw new InvalidSettingException("tracker.security.password-hash-cost", passwordHashCost,
					"it must be from " + LEAST_COST + " to " + MOST_COST + " (10 unless set)");
		}
	}

}
