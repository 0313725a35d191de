package org.sanctionstracker.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.NotOnPostgres;
import org.sanctionstracker.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code tracker.security.anonymous-read=false} nothing is readable without logging
 * in: the API, its description and the exports answer 401 and the views send visitors to
 * the login view (checked over a real port, where Vaadin's router runs); only the health
 * probes answer (UP or not, nothing else).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tracker.security.anonymous-read=false")
@AutoConfigureTestDatabase
@NotOnPostgres("what it checks is the security configuration; the same queries run on PostgreSQL in ReadApiTests")
class AnonymousReadOffTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		// a session's rights are read from the account store
		TestAccounts.ensure(this.jdbc, "victor", Role.VIEWER);
	}

	@Test
	void the_api_needs_a_login() throws Exception {
		this.mvc.perform(get("/api/v1/measures")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/measures").with(user("victor").roles("VIEWER"))).andExpect(status().isOk());
	}

	@Test
	void the_api_description_and_exports_need_a_login_too_but_the_health_probes_do_not() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/api/v1/export/events.csv", "/api/v1/actors/1",
				"/api/v1/nope" }) {
			this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/v3/api-docs").with(user("victor").roles("VIEWER"))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void the_dashboard_sends_visitors_to_the_login_view() throws Exception {
		HttpResponse<String> dashboard = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(dashboard.statusCode()).isEqualTo(302);
		assertThat(dashboard.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

}
