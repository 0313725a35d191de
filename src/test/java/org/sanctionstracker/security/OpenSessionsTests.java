package org.sanctionstracker.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportService;
import org.sanctionstracker.source.EvidenceDraft;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * An administrator's change to an account reaches the user's open sessions at once: the
 * services check the rights the account has now, whatever the session or task was started
 * with; a logged-in session carries the new role from its next request on; and disabling
 * the account or resetting its password ends the session.
 */
class OpenSessionsTests extends WritingTests {

	private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserAccountService users;

	@Autowired
	ActorService actors;

	@Autowired
	ImportService imports;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void an_editor_demoted_to_viewer_cannot_write_with_the_rights_it_logged_in_with() {
		UserSummary editor = create("demoted-" + RUN, Role.EDITOR);
		Authentication loggedIn = loggedInAs(editor.username());
		long actorsBefore = count("actor");

		asAdministrator(() -> this.users.changeRole(editor.id(), editor.version(), Role.VIEWER));

		SecurityContextHolder.getContext().setAuthentication(loggedIn);
		assertThat(loggedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_EDITOR");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.actors.save(state("Demoted Land " + RUN)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.imports.preview("actors.csv", new byte[0], ImportProgress.NONE));
		assertThat(count("actor")).isEqualTo(actorsBefore);
	}

	@Test
	void a_disabled_editor_cannot_write_with_the_rights_it_logged_in_with() {
		UserSummary editor = create("disabled-" + RUN, Role.EDITOR);
		Authentication loggedIn = loggedInAs(editor.username());

		asAdministrator(() -> this.users.setEnabled(editor.id(), editor.version(), false));

		SecurityContextHolder.getContext().setAuthentication(loggedIn);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.actors.save(state("Disabled Land " + RUN)));
	}

	@Test
	void a_promoted_viewer_writes_without_logging_in_again() {
		UserSummary viewer = create("promoted-" + RUN, Role.VIEWER);
		Authentication loggedIn = loggedInAs(viewer.username());

		asAdministrator(() -> this.users.changeRole(viewer.id(), viewer.version(), Role.EDITOR));

		SecurityContextHolder.getContext().setAuthentication(loggedIn);
		assertThat(this.actors.save(state("Promoted Land " + RUN)).id()).isPositive();
	}

	@Test
	void a_logged_in_session_carries_the_new_role_from_its_next_request_on() throws Exception {
		UserSummary editor = create("session-" + RUN, Role.EDITOR);
		MockHttpSession session = logIn(editor.username());
		assertThat(roles(session)).contains("ROLE_EDITOR");

		asAdministrator(() -> this.users.changeRole(editor.id(), editor.version(), Role.VIEWER));
		this.mvc.perform(get("/api/v1/actors").session(session));

		assertThat(session.isInvalid()).isFalse();
		assertThat(roles(session)).containsExactly("ROLE_VIEWER");
	}

	@Test
	void disabling_an_account_or_resetting_its_password_ends_its_open_sessions() throws Exception {
		UserSummary disabled = create("ended-" + RUN, Role.EDITOR);
		MockHttpSession disabledSession = logIn(disabled.username());
		UserSummary reset = create("reset-" + RUN, Role.EDITOR);
		MockHttpSession resetSession = logIn(reset.username());
		MockHttpSession untouchedSession = logIn(create("untouched-" + RUN, Role.EDITOR).username());

		asAdministrator(() -> this.users.setEnabled(disabled.id(), disabled.version(), false));
		asAdministrator(() -> this.users.resetPassword(reset.id(), reset.version(), "another long password"));
		for (MockHttpSession session : List.of(disabledSession, resetSession, untouchedSession)) {
			this.mvc.perform(get("/api/v1/actors").session(session));
		}

		assertThat(disabledSession.isInvalid()).as("session of the disabled account").isTrue();
		assertThat(resetSession.isInvalid()).as("session from before the password reset").isTrue();
		assertThat(untouchedSession.isInvalid()).as("session of an account nobody changed").isFalse();
		assertThat(roles(untouchedSession)).contains("ROLE_EDITOR");
		this.mvc
			.perform(post("/login").param("username", reset.username())
				.param("password", "another long password")
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	private UserSummary create(String username, Role role) {
		return asAdministrator(() -> this.users.create(new NewUser(username, "the right password", role)));
	}

	private <T> T asAdministrator(java.util.function.Supplier<T> action) {
		return asOther("ada", "ADMIN", action);
	}

	/** The authentication a login as this user creates, as a session keeps it. */
	private Authentication loggedInAs(String username) {
		try {
			MockHttpSession session = logIn(username);
			return context(session).getAuthentication();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpSession logIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/login").session(session)
				.param("username", username)
				.param("password", "the right password")
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
		return session;
	}

	private static SecurityContext context(MockHttpSession session) {
		return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
	}

	private static List<String> roles(MockHttpSession session) {
		return context(session).getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.toList();
	}

	private static ActorDraft state(String name) {
		ActorDraft draft = new ActorDraft();
		draft.setName(name);
		draft.setKind(ActorKind.STATE);
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/" + name.replace(' ', '-'))));
		return draft;
	}

}
