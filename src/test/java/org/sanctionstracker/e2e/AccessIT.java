package org.sanctionstracker.e2e;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what is decided at each request, in Chromium with several browser contexts
 * side by side (issue 12): an administrator demotes an editor to viewer, then disables
 * another, and the editors' open tabs can neither save their form nor open the editing
 * view again, by the drawer of the open tab or by its address; wrong HTTP Basic passwords
 * sent from another address lock out that client, not the owner, who logs in from the
 * form while Users shows the lock; an unknown address and a view the user may not open
 * show a page in the layout with the navigation, with status 404 and 403.
 */
@ExtendWith(RunningApp.Extension.class)
class AccessIT {

	private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	@RunsLong
	void an_editor_demoted_or_disabled_meanwhile_can_neither_save_nor_reopen_a_measure_nor_commit_an_import(
			RunningApp app) throws Exception {
		String password = "editor-password-" + RUN;
		Page admin = app.newPage();
		Forms.logIn(admin, app.url("login"), RunningApp.ADMIN_USER, app.adminPassword());
		String demoted = createUser(admin, app, "demoted-" + RUN, password, null);
		String disabled = createUser(admin, app, "disabled-" + RUN, password, null);
		long measure = firstMeasure(app);
		String measureUrl = app.url("manage/measures/" + measure);
		String before = description(app, measure);

		Page demotedTab = app.newPage(1280, 1400);
		Forms.logIn(demotedTab, app.url("login"), demoted, password);
		demotedTab.navigate(measureUrl);
		description(demotedTab).fill("Changed by a demoted editor " + RUN);
		// a second tab of the same editor has an import previewed, ready to commit
		Page importTab = demotedTab.context().newPage();
		importTab.navigate(app.url("exchange"));
		Path file = Files.createTempDirectory("sct-access").resolve("actors.csv");
		Files.writeString(file, "key,name,kind,iso3,aliases,description,evidence\r\n" + "e2e-demoted-" + RUN
				+ ",Demoted import " + RUN + ",STATE,,,,\r\n");
		importTab.locator("vaadin-upload input[type=file]").setInputFiles(file);
		assertThat(importTab.locator("#import-summary")).containsText("Commit to import it");
		Forms.pick(admin, "Role of " + demoted, "Viewer", "Viewer");
		assertThat(notice(admin, "Role of " + demoted + " set to Viewer")).isVisible();

		// the commit is refused, and the view says so instead of staying
		// "Importing … 0 %"
		importTab.getByText("Commit import").click();
		assertThat(importTab.locator("#import-summary")).containsText("Nothing was written");
		assertThat(importTab.locator("#import-progress")).isEmpty();
		assertThat(importTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))).isEnabled();
		assertThat(importTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit import")))
			.isDisabled();
		importTab.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("access-demoted-import.png")));
		assertThat(actorsNamed(app, "Demoted import " + RUN)).isZero();

		save(demotedTab);
		assertThat(demotedTab.getByText("your account does not have the permission").first()).isVisible();
		assertThat(description(app, measure)).isEqualTo(before);
		// the drawer of the open tab still offers the editing view: following it in the
		// app is refused too
		demotedTab.locator("vaadin-side-nav-item").getByText("Edit measures").click();
		assertThat(demotedTab.locator("#navigation-error")).hasText("No access to this page");
		assertThat(demotedTab.locator("vaadin-text-field").getByLabel("Description")).hasCount(0);
		Response reopened = demotedTab.navigate(measureUrl);
		assertThat(reopened.status()).isEqualTo(403);
		assertThat(demotedTab.locator("#navigation-error")).hasText("No access to this page");
		assertThat(demotedTab.locator("vaadin-side-nav")).isVisible();
		assertThat(demotedTab.locator("vaadin-text-field").getByLabel("Description")).hasCount(0);
		demotedTab.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("access-demoted.png")));

		Page disabledTab = app.newPage(1280, 1400);
		Forms.logIn(disabledTab, app.url("login"), disabled, password);
		disabledTab.navigate(measureUrl);
		description(disabledTab).fill("Changed by a disabled editor " + RUN);
		admin.navigate(app.url("manage/users"));
		button(admin, "Disable " + disabled).click();
		assertThat(notice(admin, disabled + " disabled")).isVisible();

		save(disabledTab);
		assertThat(disabledTab.locator("vaadin-login-form")).isVisible();
		assertThat(description(app, measure)).isEqualTo(before);
		disabledTab.navigate(measureUrl);
		assertThat(disabledTab).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void wrong_basic_passwords_from_another_address_lock_out_that_client_not_the_owner(RunningApp app)
			throws Exception {
		String password = "owner-password-" + RUN;
		Page admin = app.newPage();
		Forms.logIn(admin, app.url("login"), RunningApp.ADMIN_USER, app.adminPassword());
		String owner = createUser(admin, app, "owner-" + RUN, password, null);

		for (int attempt = 1; attempt <= 6; attempt++) {
			assertThat(basicFrom("127.0.0.2", app, owner, "wrong-" + attempt)).isEqualTo(401);
		}
		assertThat(basicFrom("127.0.0.2", app, owner, password)).as("the guessing client, right password")
			.isEqualTo(401);

		admin.navigate(app.url("manage/users"));
		awaitRow(admin, owner, "Locked for 1 address until");
		awaitRow(admin, owner, "5 (last");
		assertThat(button(admin, "Unlock " + owner)).isInViewport();
		admin.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("access-users-locked.png")));

		Page ownerTab = app.newPage();
		Forms.logIn(ownerTab, app.url("login"), owner, password);
		assertThat(ownerTab.locator("#current-user")).containsText(owner);
		assertThat(basicFrom("127.0.0.2", app, owner, password)).as("still refused to the guessing client")
			.isEqualTo(401);
	}

	@Test
	void an_unknown_address_and_a_view_without_access_show_a_page_in_the_layout(RunningApp app) {
		Page admin = app.newPage();
		Forms.logIn(admin, app.url("login"), RunningApp.ADMIN_USER, app.adminPassword());
		String password = "viewer-password-" + RUN;
		String viewer = createUser(admin, app, "viewer-" + RUN, password, "Viewer");

		Page page = app.newPage();
		Forms.logIn(page, app.url("login"), viewer, password);
		Response unknown = page.navigate(app.url("no-such-view/" + RUN));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(page.locator("#navigation-error")).hasText("Page not found");
		assertThat(page.getByText("There is no page at /no-such-view/" + RUN)).isVisible();
		assertThat(page.locator("vaadin-side-nav")).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("access-not-found.png")));

		Response denied = page.navigate(app.url("manage/users"));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(page.locator("#navigation-error")).hasText("No access to this page");
		assertThat(page.locator("#current-user")).containsText(viewer);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("access-denied.png")));

		page.locator("vaadin-side-nav-item").getByText("Chronology").click();
		assertThat(page).hasURL(Pattern.compile(".*/chronology.*"));

		Page anonymous = app.newPage();
		assertThat(anonymous.navigate(app.url("no-such-view")).status()).isEqualTo(404);
		assertThat(anonymous.locator("#navigation-error")).hasText("Page not found");
	}

	/** Creates an account in the Users view; the role stays Editor unless given. */
	private static String createUser(Page admin, RunningApp app, String username, String password, String role) {
		admin.navigate(app.url("manage/users"));
		admin.getByText("New user").click();
		admin.locator("#new-username input").fill(username);
		admin.locator("#new-password input").fill(password);
		if (role != null) {
			Forms.pick(admin, "Role", role, role);
		}
		admin.getByText("Create user").click();
		awaitRow(admin, username, username);
		return username;
	}

	/**
	 * Waits until the Users grid's row of this user shows a text (the grid's cells are
	 * slotted into its rows in the shadow DOM).
	 */
	private static void awaitRow(Page admin, String username, String text) {
		String script = """
				([name, text]) => {
				  const grid = document.querySelector('vaadin-grid');
				  if (!grid) return false;
				  for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
				    const cells = [...row.querySelectorAll('slot')]
				      .map(s => s.assignedNodes().map(n => n.textContent).join('').trim());
				    if (cells.includes(name)) return cells.join(' | ').includes(text);
				  }
				  return false;
				}""";
		try {
			admin.waitForFunction(script, java.util.List.of(username, text));
		}
		catch (com.microsoft.playwright.TimeoutError ex) {
			throw new AssertionError("The Users row of " + username + " does not show '" + text + "'", ex);
		}
	}

	private static Locator notice(Page page, String text) {
		return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator description(Page page) {
		Locator field = page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true));
		assertThat(field).isVisible();
		return field;
	}

	private static void save(Page page) {
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
	}

	private static long firstMeasure(RunningApp app) {
		return JSON.readTree(get(app, "api/v1/measures?size=1&sort=title")).get("items").get(0).get("id").asLong();
	}

	private static long actorsNamed(RunningApp app, String name) {
		return JSON.readTree(get(app, "api/v1/actors?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
			.get("items")
			.valueStream()
			.filter((actor) -> actor.get("name").asString().equals(name))
			.count();
	}

	private static String description(RunningApp app, long measure) {
		JsonNode node = JSON.readTree(get(app, "api/v1/measures/" + measure)).get("description");
		return node.isNull() ? null : node.asString();
	}

	private static String get(RunningApp app, String path) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(URI.create(app.url(path))).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends one HTTP Basic request to the API from another local address (all of
	 * 127.0.0.0/8 is this machine), as a stranger's client would.
	 * @return the HTTP status
	 */
	private static int basicFrom(String localAddress, RunningApp app, String user, String password) throws Exception {
		URI base = URI.create(app.baseUrl());
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
			socket.setSoTimeout(60_000);
			String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/v1/measures?size=1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String status = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}

}
