package org.sanctionstracker.security;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who can log in: a user name, a password hash (never the password), one role,
 * and the state of the failed-login lock.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

	public static final int USERNAME_MAX_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "username", nullable = false, length = USERNAME_MAX_LENGTH, updatable = false)
	private String username;

	/** The encoded password with its algorithm prefix, e.g. {@code {bcrypt}$2a$10$…}. */
	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "role", nullable = false, length = 20)
	private Role role;

	@Column(name = "enabled", nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	void setFailedLogins(int failedLogins) {
		this.failedLogins = failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	void setLockedUntil(Instant lockedUntil) {
		this.lockedUntil = lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Whether repeated failed logins lock the account at this moment.
	 * @param now the current time
	 * @return {@code true} while the lock lasts
	 */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof UserAccount that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return UserAccount.class.hashCode();
	}

}
