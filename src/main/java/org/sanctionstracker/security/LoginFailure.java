package org.sanctionstracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The wrong passwords one client sent for one user name, or, with client
 * {@value #ALL_CLIENTS}, those of every client. Rows are changed under a pessimistic lock
 * ({@link LoginFailureRepository#lockAll}), so concurrent failures are all counted; a
 * version column would refuse them instead.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure {

	/** The client of the row that counts every client's failures. */
	static final String ALL_CLIENTS = "*";

	static final int CLIENT_MAX_LENGTH = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "username", nullable = false, length = UserAccount.USERNAME_MAX_LENGTH, updatable = false)
	private String username;

	@Column(name = "client", nullable = false, length = CLIENT_MAX_LENGTH, updatable = false)
	private String client;

	@Column(name = "failures", nullable = false)
	private int failures;

	@Column(name = "last_failure", nullable = false)
	private Instant lastFailure;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected LoginFailure() {
	}

	LoginFailure(String username, String client) {
		this.username = username;
		this.client = client;
	}

	String getUsername() {
		return this.username;
	}

	String getClient() {
		return this.client;
	}

	int getFailures() {
		return this.failures;
	}

	Instant getLastFailure() {
		return this.lastFailure;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Counts one more wrong password. Failures older than a lock's duration are forgotten
	 * first, so the count is of failures in a row within that time; reaching the limit
	 * locks the row for that long.
	 * @param now the time of the failure
	 * @param limit how many failures lock
	 * @param lockDuration how long a lock lasts, and how long failures are remembered
	 * @return whether this failure started a lock
	 */
	boolean fail(Instant now, int limit, Duration lockDuration) {
		if (this.lastFailure != null && this.lastFailure.plus(lockDuration).isBefore(now) && !isLockedAt(now)) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailure = now;
		if (this.failures >= limit && !isLockedAt(now)) {
			this.lockedUntil = now.plus(lockDuration);
			return true;
		}
		return false;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof LoginFailure that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return LoginFailure.class.hashCode();
	}

}
