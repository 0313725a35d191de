package org.sanctionstracker.security;

import java.time.Instant;

/**
 * An account's recent wrong passwords and the locks they caused, as the user management
 * view shows them.
 *
 * @param count wrong passwords in a row (from any client) since the last successful
 * login, forgotten after a lock's duration without one
 * @param last when the last one came, or {@code null}
 * @param lockedUntil until when the latest lock lasts, or {@code null} when no client is
 * locked out
 * @param lockedClients how many clients (addresses) are locked out of the account now
 * @param everyClient whether every client is locked out (too many failures from many
 * addresses)
 */
public record FailedLogins(int count, Instant last, Instant lockedUntil, int lockedClients, boolean everyClient) {

	static final FailedLogins NONE = new FailedLogins(0, null, null, 0, false);

	/**
	 * Whether some client cannot log in to the account now.
	 * @return {@code true} while a lock lasts
	 */
	public boolean locked() {
		return this.lockedUntil != null;
	}

}
