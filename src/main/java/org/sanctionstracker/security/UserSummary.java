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
 * @param lockedUntil until when repeated failed logins lock it, or {@code null}
 * @param createdAt when it was created
 */
public record UserSummary(Long id, long version, String username, Role role, boolean enabled, Instant lockedUntil,
		Instant createdAt) {

	static UserSummary of(UserAccount account) {
		return new UserSummary(account.getId(), account.getVersion(), account.getUsername(), account.getRole(),
				account.isEnabled(), account.getLockedUntil(), account.getCreatedAt());
	}

}
