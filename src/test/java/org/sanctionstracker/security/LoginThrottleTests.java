package org.sanctionstracker.security;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wrong passwords lock out the client that sent them, not the account's owner: an
 * anonymous client guessing over HTTP Basic is refused even with the right password,
 * while the owner logs in from the form elsewhere; guessing spread over many addresses
 * still locks the account; the user list tells who is locked and how many wrong passwords
 * an account got.
 */
class LoginThrottleTests extends WritingTests {

	private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserAccountService users;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void wrong_basic_passwords_from_an_anonymous_client_do_not_lock_the_owner_out() throws Exception {
		String owner = "owner-" + RUN;
		asOther("ada", "ADMIN", () -> this.users.create(new NewUser(owner, "the right password", Role.ADMIN)));
		for (int attempt = 1; attempt <= 6; attempt++) {
			this.mvc
				.perform(get("/api/v1/measures").with(httpBasic(owner, "wrong " + attempt)).with(from("203.0.113.7")))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/v1/measures").with(httpBasic(owner, "the right password")).with(from("203.0.113.7")))
			.andExpect(status().isUnauthorized());
		UserSummary locked = account(owner);
		assertThat(locked.failedLogins().count()).isEqualTo(5);
		assertThat(locked.failedLogins().lockedClients()).isEqualTo(1);
		assertThat(locked.failedLogins().everyClient()).isFalse();

		logIn(owner, "the right password", "198.51.100.2").andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/api/v1/measures").with(httpBasic(owner, "the right password")).with(from("192.0.2.9")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/measures").with(httpBasic(owner, "the right password")).with(from("203.0.113.7")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void guessing_from_many_addresses_locks_every_client_out_until_unlocked() throws Exception {
		String owner = "guessed-" + RUN;
		UserSummary created = asOther("ada", "ADMIN",
				() -> this.users.create(new NewUser(owner, "the right password", Role.EDITOR)));
		for (int client = 1; client <= 10; client++) {
			for (int attempt = 1; attempt <= 5; attempt++) {
				logIn(owner, "guess " + client + "." + attempt, "198.51.100." + client)
					.andExpect(redirectedUrl("/login?error"));
			}
		}

		logIn(owner, "the right password", "192.0.2.200").andExpect(redirectedUrl("/login?error"));
		FailedLogins failed = account(owner).failedLogins();
		assertThat(failed.everyClient()).isTrue();
		assertThat(failed.count()).isEqualTo(50);

		asOther("ada", "ADMIN", () -> this.users.unlock(created.id(), created.version()));
		logIn(owner, "the right password", "198.51.100.1").andExpect(redirectedUrl("/"));
	}

	@Test
	void wrong_passwords_for_a_name_that_is_no_account_are_counted_alike() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			logIn("nobody-" + RUN, "guess " + attempt, "203.0.113.50").andExpect(redirectedUrl("/login?error"));
		}
		assertThat(count("login_failure where username = 'nobody-" + RUN + "' and locked_until is not null"))
			.isEqualTo(1);
	}

	@Test
	void an_ipv6_client_is_counted_by_its_network_which_one_host_can_fill() {
		assertThat(LoginThrottle.client("2001:db8:0:0:1::7")).isEqualTo(LoginThrottle.client("2001:db8::ffff:1"))
			.isEqualTo("2001:0db8:0000:0000::/64");
		assertThat(LoginThrottle.client("2001:db8:0:1::7")).isNotEqualTo(LoginThrottle.client("2001:db8::7"));
		assertThat(LoginThrottle.client("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(LoginThrottle.client("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	private org.springframework.test.web.servlet.ResultActions logIn(String username, String password, String address)
			throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private UserSummary account(String username) {
		return asOther("ada", "ADMIN", () -> this.users.list(PageRequest.of(0, 500))).stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

}
