package org.sanctionstracker.e2e;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data entry in the production jar in Chromium: an administrator creates an editor, the
 * editor enters a new measure (Australia joining the coalition's port ban), an impossible
 * date is refused at its field, the measure appears in the list and the API; two editors
 * changing the same measure do not overwrite each other; typed markup stays text; the
 * forms are closed to anonymous visitors; Vaadin's endpoint refuses a request without its
 * CSRF token. Screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.Extension.class)
class DataEntryEndToEndIT {

	private static final String SEARCH = "input[placeholder='Search titles, descriptions, parties']";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

	@Test
	@RunsLong
	void an_editor_enters_a_new_measure_and_finds_it_listed_and_in_the_api(RunningApp app) throws Exception {
		String editor = "editor-" + RUN;
		String password = "editor-password-" + RUN;
		Page admin = app.newPage();
		logIn(admin, app, RunningApp.ADMIN_USER, app.adminPassword());
		admin.navigate(app.url("manage/users"));
		admin.getByText("New user").click();
		admin.locator("#new-username input").fill(editor);
		admin.locator("#new-password input").fill(password);
		admin.getByText("Create user").click();
		assertThat(admin.locator("vaadin-grid-cell-content")
			.getByText(editor, new Locator.GetByTextOptions().setExact(true))).isVisible();
		admin.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-users.png")));

		Page page = app.newPage(1280, 1400);
		logIn(page, app, editor, password);
		assertThat(page.locator("#current-user")).containsText(editor);
		page.navigate(app.url("manage/measures/new"));
		String title = "Australian port ban on North Korean ships " + RUN;
		pick(page, "Imposed by", "Australia", "Australia (AUS)");
		pick(page, "Imposed on", "North Korea", "North Korea (PRK)");
		pick(page, "Measure type", "Port", "Port ban");
		pick(page, "Within coalition (optional)", "South Korea-Japan",
				"U.S.-South Korea-Japan coalition against North Korea");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("When").fill("2016-02-30");
		page.getByLabel("Note on the event").fill("Australia joins the coalition's port ban");
		Forms.citeWebPage(page, "https://example.org/australia-port-ban");
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();

		assertThat(page.locator("vaadin-text-field [slot=error-message]")
			.filter(new Locator.FilterOptions()
				.setHasText("'2016-02-30' is not a real date: February 2016 has 29 days")))
			.isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/manage/measures/new$"));
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-invalid-date.png")));

		page.getByLabel("When").fill("2016-03");
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/manage/measures/\\d+$"));
		assertThat(page.locator("h2").getByText(title)).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Mar 2016").first()).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText(editor).first()).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-saved.png")));

		page.navigate(app.url("manage/measures"));
		page.locator(SEARCH).fill(RUN);
		assertThat(page.locator("vaadin-grid-cell-content").getByText(title)).isVisible();
		awaitFiltered(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-list.png")));

		JsonNode events = JSON.readTree(
				page.request().get(app.url("api/v1/events?country=AUS&role=imposer&type=PORT_BAN&size=500")).text());
		assertThat(events.get("items").valueStream().map((event) -> event.get("measureTitle").asString()))
			.contains(title);
		JsonNode event = events.get("items")
			.valueStream()
			.filter((e) -> e.get("measureTitle").asString().equals(title))
			.findFirst()
			.orElseThrow();
		assertThat(event.get("kind").asString()).isEqualTo("IMPOSED");
		assertThat(event.get("date").get("display").asString()).isEqualTo("Mar 2016");
		assertThat(event.get("coalition").get("name").asString())
			.isEqualTo("U.S.-South Korea-Japan coalition against North Korea");

		Page chronology = app.newPage();
		chronology.navigate(app.url("chronology?country=AUS"));
		assertThat(chronology.getByText(title).first()).isVisible();
		chronology.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-chronology.png")));
	}

	@Test
	void the_second_of_two_editors_saving_the_same_measure_is_refused_and_can_reload(RunningApp app) {
		Page first = app.newPage();
		Page second = app.newPage();
		logIn(first, app, RunningApp.ADMIN_USER, app.adminPassword());
		logIn(second, app, RunningApp.ADMIN_USER, app.adminPassword());
		String measureUrl = openMeasure(first, app, "Koizumi's first summit");
		second.navigate(measureUrl);
		Locator firstDescription = first.getByLabel("Description", new Page.GetByLabelOptions().setExact(true));
		Locator secondDescription = second.getByLabel("Description", new Page.GetByLabelOptions().setExact(true));
		assertThat(secondDescription).isVisible();

		firstDescription.fill("First editor's description " + RUN);
		first.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(first.getByText("Measure saved")).isVisible();
		secondDescription.fill("Second editor's description " + RUN);
		second.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();

		Locator refusal = second.locator("#refusal-message");
		assertThat(refusal).containsText("was changed by admin at");
		assertThat(refusal).containsText("Your changes were not saved: reload to see the current version.");
		second.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-conflict.png")));

		String id = measureUrl.substring(measureUrl.lastIndexOf('/') + 1);
		String stored = JSON.readTree(second.request().get(app.url("api/v1/measures/" + id)).text())
			.get("description")
			.asString();
		assertThat(stored).isEqualTo("First editor's description " + RUN);

		second.getByText("Reload", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(secondDescription).hasValue("First editor's description " + RUN);
	}

	@Test
	void markup_typed_as_a_title_is_shown_as_text(RunningApp app) {
		Page page = app.newPage();
		AtomicBoolean alerted = new AtomicBoolean();
		page.onDialog((dialog) -> {
			alerted.set(true);
			dialog.dismiss();
		});
		logIn(page, app, RunningApp.ADMIN_USER, app.adminPassword());
		page.navigate(app.url("manage/measures/new"));
		String markup = "<img src=x onerror=alert(1)> " + RUN;
		pick(page, "Imposed by", "Japan", "Japan (JPN)");
		pick(page, "Imposed on", "North Korea", "North Korea (PRK)");
		pick(page, "Measure type", "Other", "Other");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(markup);
		Forms.citeWebPage(page, "https://example.org/markup");
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/manage/measures/\\d+$"));
		assertThat(page.locator("h2").getByText(markup)).isVisible();

		page.navigate(app.url("manage/measures"));
		page.locator(SEARCH).fill(RUN);
		assertThat(page.locator("vaadin-grid-cell-content").getByText(markup)).isVisible();
		awaitFiltered(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-markup-as-text.png")));
		assertThat(page.locator("img[src='x']")).hasCount(0);
		assertThat(alerted).isFalse();
	}

	@Test
	void anonymous_visitors_are_sent_to_log_in_and_vaadin_refuses_a_request_without_its_csrf_token(RunningApp app) {
		Page anonymous = app.newPage();
		anonymous.navigate(app.url("manage/measures"));
		assertThat(anonymous).hasURL(Pattern.compile(".*/login$"));
		assertThat(anonymous.locator("vaadin-login-form")).isVisible();
		anonymous.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("data-entry-login.png")));

		Page page = app.newPage();
		logIn(page, app, RunningApp.ADMIN_USER, app.adminPassword());
		page.navigate(app.url("manage/measures"));
		assertThat(page.getByText("New measure")).isVisible();
		String body = "{\"csrfToken\":\"not-the-token\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
		APIResponse forged = page.request()
			.post(app.url("?v-r=uidl&v-uiId=0"),
					RequestOptions.create().setHeader("Content-Type", "application/json").setData(body));
		org.slf4j.LoggerFactory.getLogger(DataEntryEndToEndIT.class)
			.info("Forged UIDL request: HTTP {} {}", forged.status(), forged.text());
		assertThat(forged.text()).as("Vaadin's answer to a UIDL request with a wrong CSRF token")
			.contains("\"sessionExpired\":true");
		assertThat(forged.text()).doesNotContain("\"changes\"");
		page.getByText("New measure").click();
		assertThat(page).hasURL(Pattern.compile(".*/manage/measures/new$"));
	}

	/** Waits until the search has filtered out a seeded measure that does not match. */
	private static void awaitFiltered(Page page) {
		assertThat(page.locator("vaadin-grid-cell-content")
			.getByText("Ban on North Korean ships entering Japanese ports",
					new Locator.GetByTextOptions().setExact(true)))
			.isHidden();
	}

	private static void logIn(Page page, RunningApp app, String username, String password) {
		Forms.logIn(page, app.url("login"), username, password);
	}

	private static void pick(Page page, String label, String typed, String item) {
		Forms.pick(page, label, typed, item);
	}

	private static String openMeasure(Page page, RunningApp app, String search) {
		page.navigate(app.url("manage/measures"));
		page.locator(SEARCH).fill(search);
		// the grid keeps the cells of rows it recycled: click the one the filtered grid
		// shows
		page.locator("vaadin-grid-cell-content")
			.getByText(search, new Locator.GetByTextOptions())
			.filter(new Locator.FilterOptions().setVisible(true))
			.first()
			.click();
		page.waitForURL(Pattern.compile(".*/manage/measures/\\d+$"));
		return page.url();
	}

}
