package org.sanctionstracker.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.NotOnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code tracker.security.anonymous-read=false} nothing is readable without logging
 * in: the API answers 401 and the views send visitors to the login view.
 */
@SpringBootTest(properties = "tracker.security.anonymous-read=false")
@AutoConfigureTestDatabase
@NotOnPostgres("what it checks is the security configuration; the same queries run on PostgreSQL in ReadApiTests")
class AnonymousReadOffTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_api_needs_a_login() throws Exception {
		this.mvc.perform(get("/api/v1/measures")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/measures").with(user("victor").roles("VIEWER"))).andExpect(status().isOk());
	}

	@Test
	void the_dashboard_sends_visitors_to_the_login_view() throws Exception {
		this.mvc.perform(get("/").accept("text/html")).andExpect(redirectedUrl("/login"));
	}

}
