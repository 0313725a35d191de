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
 * whether it may log in, and the login generation that ends its open sessions when the
 * password is reset or the account disabled. Failed logins are counted apart, per client
 * ({@link LoginThrottle}).
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

	/**
	 * Raised when the password is reset or the account is disabled; a session that logged
	 * in under an earlier generation ends ({@link AccountSessions}).
	 */
	@Column(name = "login_generation", nullable = false)
	private int loginGeneration;

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

	int getLoginGeneration() {
		return this.loginGeneration;
	}

	/**
	 * Ends every session that logged in before now, at its next request.
	 */
	void endSessions() {
		this.loginGeneration++;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
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
