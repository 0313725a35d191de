package org.sanctionstracker;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.sanctionstracker.security.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;

/**
 * Accounts for the users that tests act as. Method security checks the caller's rights in
 * the account store, not only the roles a test puts in its security context, so the user
 * a test names ({@code @WithMockUser}, {@link WritingTests#as}) must exist there with
 * that role; it gets a random password nobody uses.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/**
	 * Creates the account, or gives it this role and enables it.
	 * @param jdbc the test's database
	 * @param username the user name
	 * @param role the role
	 */
	public static synchronized void ensure(JdbcTemplate jdbc, String username, Role role) {
		int updated = jdbc.update(
				"update app_user set role = ?, enabled = true, version = version + 1 where lower(username) = lower(?)"
						+ " and (role <> ? or enabled = false)",
				role.name(), username, role.name());
		Integer existing = jdbc.queryForObject("select count(*) from app_user where lower(username) = lower(?)",
				Integer.class, username);
		if (updated == 0 && existing != null && existing == 0) {
			jdbc.update(
					"insert into app_user (version, username, password_hash, role, enabled, created_at)"
							+ " values (0, ?, ?, ?, true, ?)",
					username, "{noop}" + UUID.randomUUID(), role.name(), Timestamp.from(Instant.now()));
		}
	}

	/**
	 * The highest role among authorities such as {@code ROLE_EDITOR}.
	 * @param authorities the authorities
	 * @return the role, or {@code null} when there is none
	 */
	public static Role highestRole(Collection<? extends GrantedAuthority> authorities) {
		Role highest = null;
		for (GrantedAuthority authority : authorities) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())
						&& (highest == null || role.ordinal() > highest.ordinal())) {
					highest = role;
				}
			}
		}
		return highest;
	}

}
