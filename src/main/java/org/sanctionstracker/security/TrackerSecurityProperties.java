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

	/**
	 * The longest lock: failures are remembered as long as a lock lasts, and an account
	 * locked for longer is better disabled by an administrator.
	 */
	static final Duration LONGEST_LOCK = Duration.ofDays(30);

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
		// 0 would lock an account before anyone typed a password; a negative count
		// means nothing
		if (maxFailedLogins < 1) {
			throw new InvalidSettingException("tracker.security.max-failed-logins", maxFailedLogins,
					"it must be 1 or more (5 unless set)");
		}
		if (maxFailedLoginsPerAccount < 1) {
			throw new InvalidSettingException("tracker.security.max-failed-logins-per-account",
					maxFailedLoginsPerAccount, "it must be 1 or more (50 unless set)");
		}
		if (lockDuration.isNegative() || lockDuration.isZero() || lockDuration.compareTo(LONGEST_LOCK) > 0) {
			throw new InvalidSettingException("tracker.security.lock-duration", readable(lockDuration),
					"it must be longer than 0 and at most 30 days (15m unless set)");
		}
	}

	/** A duration in the largest whole unit: "40 days", "-5 minutes", "0 seconds". */
	static String readable(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds != 0 && seconds % 86_400 == 0) {
			return (seconds / 86_400) + " days";
		}
		if (seconds != 0 && seconds % 3_600 == 0) {
			return (seconds / 3_600) + " hours";
		}
		if (seconds != 0 && seconds % 60 == 0) {
			return (seconds / 60) + " minutes";
		}
		return seconds + " seconds";
	}

}
