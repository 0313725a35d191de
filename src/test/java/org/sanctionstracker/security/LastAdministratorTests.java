package org.sanctionstracker.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.base.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application always keeps an enabled administrator: the last one can be neither
 * demoted nor disabled, also when two administrators each give up the role at the same
 * moment.
 */
class LastAdministratorTests extends WritingTests {

	private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

	@Autowired
	UserAccountService users;

	@Test
	void two_administrators_giving_up_the_role_at_the_same_moment_leave_one() throws Exception {
		UserSummary first = asOther("ada", "ADMIN",
				() -> this.users.create(new NewUser("first-" + RUN, "a long password", Role.ADMIN)));
		UserSummary second = asOther("ada", "ADMIN",
				() -> this.users.create(new NewUser("second-" + RUN, "a long password", Role.ADMIN)));
		// The two new administrators are the only ones for the length of this test.
		List<String> others = this.jdbc.queryForList(
				"select username from app_user where role = 'ADMIN' and enabled = true and username not in (?, ?)",
				String.class, first.username(), second.username());
		this.jdbc.update("update app_user set role = 'EDITOR' where role = 'ADMIN' and username not in (?, ?)",
				first.username(), second.username());
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= 10; round++) {
				this.jdbc.update("update app_user set role = 'ADMIN' where username in (?, ?)", first.username(),
						second.username());
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<String>> outcomes = new ArrayList<>();
				for (UserSummary admin : List.of(first, second)) {
					outcomes.add(threads.submit(() -> demoteSelf(admin, start)));
				}
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get());
				}

				assertThat(count("app_user where role = 'ADMIN' and enabled = true"))
					.as("round " + round + ": " + results)
					.isEqualTo(1);
				assertThat(results).as("round " + round).containsOnlyOnce("demoted");
			}
		}
		finally {
			threads.shutdownNow();
			for (String other : others) {
				this.jdbc.update("update app_user set role = 'ADMIN' where username = ?", other);
			}
		}
	}

	@Test
	void the_last_enabled_administrator_can_be_neither_demoted_nor_disabled() {
		UserSummary only = asOther("ada", "ADMIN",
				() -> this.users.create(new NewUser("only-" + RUN, "a long password", Role.ADMIN)));
		UserSummary disabledAdmin = asOther("ada", "ADMIN",
				() -> this.users.create(new NewUser("off-" + RUN, "a long password", Role.ADMIN)));
		List<String> others = this.jdbc.queryForList(
				"select username from app_user where role = 'ADMIN' and enabled = true and username <> ?", String.class,
				only.username());
		try {
			this.jdbc.update("update app_user set enabled = false where username = ?", disabledAdmin.username());
			this.jdbc.update("update app_user set role = 'EDITOR' where role = 'ADMIN' and username not in (?, ?)",
					only.username(), disabledAdmin.username());
			long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, only.id());

			as(only.username(), "ADMIN");
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.users.changeRole(only.id(), version, Role.VIEWER))
				.satisfies((ex) -> assertThat(ex.reasons().get("role"))
					.isEqualTo("'" + only.username() + "' is the only enabled administrator and cannot be demoted"));
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.users.setEnabled(only.id(), version, false));
			assertThat(count("app_user where role = 'ADMIN' and enabled = true")).isEqualTo(1);
		}
		finally {
			for (String other : others) {
				this.jdbc.update("update app_user set role = 'ADMIN', enabled = true where username = ?", other);
			}
		}
	}

	private String demoteSelf(UserSummary admin, CyclicBarrier start) throws Exception {
		as(admin.username(), "ADMIN");
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, admin.id());
		start.await();
		try {
			this.users.changeRole(admin.id(), version, Role.EDITOR);
			return "demoted";
		}
		catch (InvalidInputException | org.springframework.security.access.AccessDeniedException ex) {
			return "refused";
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

}
