package org.sanctionstracker.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.base.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what, through the real security filter chain: anonymous visitors read but
 * neither open forms nor write, passwords are stored as hashes, repeated wrong passwords
 * lock the client that sent them out of the account, CSRF protection is on, and only
 * administrators manage users. (That a visitor who has not logged in gets the login form
 * at an editing view is checked over a real port, with Vaadin's router:
 * {@code HttpAddressesTests}.)
 */
class SecurityTests extends WritingTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	TrackerSecurityProperties security;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void anonymous_visitors_read_the_api_but_cannot_write() throws Exception {
		this.mvc.perform(get("/api/v1/measures?country=JPN")).andExpect(status().isOk());

		this.mvc.perform(post("/api/v1/measures").with(csrf())).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/measures")).andExpect(status().isForbidden());
	}

	@Test
	void a_state_changing_request_without_the_csrf_token_is_refused_even_for_an_editor() throws Exception {
		org.sanctionstracker.TestAccounts.ensure(this.jdbc, "erin", Role.EDITOR);
		this.mvc.perform(post("/api/v1/measures").with(user("erin").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/measures").with(user("erin").roles("EDITOR")).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void passwords_are_stored_as_bcrypt_hashes() {
		as("ada", "ADMIN");
		this.users.create(new NewUser("hashed-user", "correct horse battery", Role.VIEWER));

		String hash = this.jdbc.queryForObject("select password_hash from app_user where username = 'hashed-user'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse");
		assertThat(new BCryptPasswordEncoder().matches("correct horse battery", hash.substring("{bcrypt}".length())))
			.isTrue();
		// the configured cost: 10 unless set (the build's tests set 4, which hashes 64
		// times faster)
		assertThat(hash).startsWith("{bcrypt}$2a$%02d$".formatted(this.security.passwordHashCost()));
	}

	@Test
	void the_first_administrator_exists_without_a_default_password() {
		String hash = this.jdbc.queryForObject("select password_hash from app_user where username = 'admin'",
				String.class);
		String role = this.jdbc.queryForObject("select role from app_user where username = 'admin'", String.class);

		assertThat(role).isEqualTo("ADMIN");
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		for (String guess : new String[] { "admin", "password", "changeit", "admin123", "" }) {
			assertThat(bcrypt.matches(guess, hash.substring("{bcrypt}".length()))).as(guess).isFalse();
		}
	}

	@Test
	void a_user_logs_in_with_the_right_password_and_not_with_a_wrong_one() throws Exception {
		as("ada", "ADMIN");
		this.users.create(new NewUser("login-user", "the right password", Role.EDITOR));

		this.mvc.perform(formLogin("/login").user("login-user").password("the right password"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user("login-user").password("a wrong password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void five_wrong_passwords_in_a_row_lock_that_client_out_until_an_administrator_unlocks_the_account()
			throws Exception {
		as("ada", "ADMIN");
		UserSummary created = this.users.create(new NewUser("locked-user", "the right password", Role.EDITOR));
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin("/login").user("locked-user").password("wrong " + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin("/login").user("locked-user").password("the right password"))
			.andExpect(redirectedUrl("/login?error"));
		FailedLogins failed = account("locked-user").failedLogins();
		assertThat(failed.count()).isEqualTo(5);
		assertThat(failed.lockedClients()).isEqualTo(1);
		assertThat(failed.lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(14 * 60));

		as("ada", "ADMIN");
		this.users.unlock(created.id(), created.version());
		assertThat(account("locked-user").failedLogins().locked()).isFalse();
		this.mvc.perform(formLogin("/login").user("locked-user").password("the right password"))
			.andExpect(redirectedUrl("/"));
	}

	private UserSummary account(String username) {
		as("ada", "ADMIN");
		return this.users.list(org.springframework.data.domain.PageRequest.of(0, 500))
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void a_disabled_account_cannot_log_in() throws Exception {
		as("ada", "ADMIN");
		UserSummary created = this.users.create(new NewUser("disabled-user", "the right password", Role.EDITOR));
		this.users.setEnabled(created.id(), created.version(), false);

		this.mvc.perform(formLogin("/login").user("disabled-user").password("the right password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void an_editor_or_viewer_cannot_manage_users() {
		as("erin", "EDITOR");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.users.create(new NewUser("sneaky", "a long password", Role.ADMIN)));
		as("victor", "VIEWER");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.users.list(org.springframework.data.domain.Pageable.ofSize(10)));
		assertThat(count("app_user where username = 'sneaky'")).isZero();
	}

	@Test
	void an_administrator_has_the_editor_and_viewer_roles_too() {
		assertThat(this.accounts.loadUserByUsername("admin").getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_VIEWER");
	}

	@Test
	void the_only_administrator_cannot_be_demoted_and_a_short_password_is_refused() {
		as("ada", "ADMIN");
		long adminId = this.jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, adminId);
		long admins = count("app_user where role = 'ADMIN' and enabled = true");

		if (admins == 1) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.users.changeRole(adminId, version, Role.EDITOR))
				.satisfies((ex) -> assertThat(ex.reasons().get("role"))
					.isEqualTo("'admin' is the only enabled administrator and cannot be demoted"));
		}
		assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class)
			.isThrownBy(() -> this.users.create(new NewUser("short-pw", "short", Role.VIEWER)))
			.withMessageContaining("Use 10 to 64 characters");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.users.resetPassword(adminId, version, "       "))
			.satisfies((ex) -> assertThat(ex.reasons()).containsKey("password"));
	}

}
