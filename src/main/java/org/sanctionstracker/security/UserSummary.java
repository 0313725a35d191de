package org.sanctionstracker.security;

import java.time.Instant;

/**
 * A user account as the user management view lists it.
 *
 * @param id the account id
 * @param version its version, for refusing changes against a stale row
 * @param username the user name
 * @param role the role
 * @param enabled whether the account may log in
 * @param failedLogins its recent wrong passwords and the locks they caused
 * @param createdAt when it was created
 */
public record UserSummary(Long id, long version, String username, Role role, boolean enabled, FailedLogins failedLogins,
		Instant createdAt) {

	static UserSummary of(UserAccount account, FailedLogins failedLogins) {
		return new UserSummary(account.getId(), account.getVersion(), account.getUsername(), account.getRole(),
				account.isEnabled(), (failedLogins != null) ? failedLogins : FailedLogins.NONE, account.getCreatedAt());
	}

}
