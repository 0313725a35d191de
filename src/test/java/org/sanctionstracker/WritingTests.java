package org.sanctionstracker;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.coalition.CoalitionRef;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the tests that write through the services: the whole application on its own
 * embedded database (seeded as on a first start), shared by all such test classes and
 * kept apart from the read-only tests, which expect exactly the shipped dataset. Tests
 * act as a named user with a role ({@link #as}); each test leaves the data as a user
 * would, so they hold in any order.
 */
@SpringBootTest(properties = "tracker.test.database=writes")
@AutoConfigureTestDatabase
@AlsoOnPostgres
public abstract class WritingTests {

	@Autowired
	protected JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	/**
	 * Acts as a user from now on; the user gets an account with the highest of these
	 * roles ({@link TestAccounts}), as method security checks the account store.
	 * @param username the user name recorded in the history
	 * @param roles the roles, e.g. {@code EDITOR}
	 */
	protected void as(String username, String... roles) {
		List<String> authorities = java.util.Arrays.stream(roles).map((role) -> "ROLE_" + role).toList();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
				AuthorityUtils.createAuthorityList(authorities));
		var role = TestAccounts.highestRole(authentication.getAuthorities());
		if (role != null) {
			TestAccounts.ensure(this.jdbc, username, role);
		}
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	/**
	 * Runs something as another user and comes back to the current one.
	 * @param <T> the result type
	 * @param username the other user
	 * @param role the other user's role
	 * @param action what to run
	 * @return its result
	 */
	protected <T> T asOther(String username, String role, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			as(username, role);
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	protected long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/**
	 * The number of rows in each table a save may touch, to prove a refused save wrote
	 * nothing.
	 */
	protected List<Long> allCounts() {
		return List
			.of("actor", "actor_alias", "actor_evidence", "coalition", "coalition_membership", "measure",
					"measure_event", "measure_evidence", "measure_event_evidence", "enforcement_action", "figure",
					"figure_evidence", "evidence", "source_document", "revision")
			.stream()
			.map(this::count)
			.toList();
	}

	protected ActorRef actor(String iso3OrSeedKey) {
		return this.jdbc.queryForObject("select id, name, iso3 from actor where iso3 = ? or seed_key = ?",
				(rs, n) -> new ActorRef(rs.getLong("id"), rs.getString("name"), rs.getString("iso3")), iso3OrSeedKey,
				iso3OrSeedKey);
	}

	protected CoalitionRef coalition(String seedKey) {
		return this.jdbc.queryForObject("select id, name from coalition where seed_key = ?",
				(rs, n) -> new CoalitionRef(rs.getLong("id"), rs.getString("name")), seedKey);
	}

	protected long idOf(String table, String seedKey) {
		return this.jdbc.queryForObject("select id from " + table + " where seed_key = ?", Long.class, seedKey);
	}

	protected long documentId(String seedFilePrefix) {
		return this.jdbc.queryForObject("select id from source_document where seed_file like ?", Long.class,
				seedFilePrefix + "%");
	}

}
