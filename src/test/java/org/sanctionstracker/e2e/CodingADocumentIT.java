package org.sanctionstracker.e2e;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Coding a new document from its text, in the production jar in Chromium: an editor
 * pastes a document, opens its coverage view (every sentence naming a sanction-like act
 * open), selects a passage of one sentence, chooses "New measure" from it, finds the form
 * with the passage cited, saves, and sees the sentence turn cited with a link to the
 * measure, and the measure in the chronology and on the dashboard. Screenshots of the
 * coverage view in the light and dark theme and on a 390 px phone land in
 * {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.Extension.class)
class CodingADocumentIT {

	private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));

	private static final String PASSAGE = "Canberra banned port calls by North Korean ships";

	private static final String TEXT = PASSAGE + " in March 2016. The talks stalled. Mr. Smith said the U.S. "
			+ "designated three banks. Officials did not comment (run " + RUN + ").";

	@Test
	@RunsLong
	void a_passage_selected_in_the_coverage_view_becomes_a_measure_and_its_sentence_turns_cited(RunningApp app) {
		Page page = app.newPage(1280, 1000);
		Forms.logIn(page, app.url("login"), RunningApp.ADMIN_USER, app.adminPassword());
		page.navigate(app.url("manage/sources/new"));
		String title = "Canberra port ban report " + RUN;
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		Forms.pick(page, "Kind", "Report", "Report");
		page.getByLabel("Published", new Page.GetByLabelOptions().setExact(true)).fill("2016-03");
		page.getByLabel("Text (paste the whole document)").fill(TEXT);
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/manage/sources/\\d+$"));
		String id = page.url().substring(page.url().lastIndexOf('/') + 1);

		page.navigate(app.url("sources/" + id + "/coverage"));
		Locator summary = page.locator(".coverage-summary");
		assertThat(summary).containsText("0 % decided: 0 cited, 0 decided not a record, 2 open, of 2 sentences");
		Locator first = page.locator(".coverage-sentence").first();
		assertThat(first.locator("[theme~=badge]")).hasText("Open");

		// the reader selects the passage with the mouse: a range over its words, then
		// mouseup
		page.evaluate("""
				(passage) => {
				  const piece = [...document.querySelectorAll('.coverage-sentence-text [data-s]')]
				    .find((element) => element.textContent.includes(passage));
				  const text = piece.firstChild;
				  const at = text.textContent.indexOf(passage);
				  const range = document.createRange();
				  range.setStart(text, at);
				  range.setEnd(text, at + passage.length);
				  const selection = window.getSelection();
				  selection.removeAllRanges();
				  selection.addRange(range);
				  piece.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
				}""", PASSAGE);
		Locator actions = page.locator(".passage-actions");
		assertThat(actions).containsText("\u201C" + PASSAGE + "\u201D");
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("coverage-selected.png")));
		actions.getByText("New measure", new Locator.GetByTextOptions().setExact(true)).click();

		page.waitForURL(Pattern.compile(".*/manage/measures/new\\?doc=" + id + "&start=0&end=" + PASSAGE.length()));
		assertThat(page.locator("vaadin-grid-cell-content")
			.getByText("\u201C" + PASSAGE + "\u201D", new Locator.GetByTextOptions())
			.first()).isVisible();
		String measure = "Australian port ban from a pasted report " + RUN;
		Forms.pick(page, "Imposed by", "Australia", "Australia (AUS)");
		Forms.pick(page, "Imposed on", "North Korea", "North Korea (PRK)");
		Forms.pick(page, "Measure type", "Port", "Port ban");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(measure);
		page.getByLabel("When").fill("2016-03");
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/manage/measures/\\d+$"));

		page.navigate(app.url("sources/" + id + "/coverage?state=cited"));
		assertThat(summary).containsText("50 % decided: 1 cited, 0 decided not a record, 1 open, of 2 sentences");
		Locator cited = page.locator(".coverage-sentence.state-cited");
		assertThat(cited).hasCount(1);
		assertThat(cited.locator("[theme~=badge]")).hasText("Cited");
		assertThat(cited.locator(".citing-records a").first()).hasText(measure);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("coverage-light.png")));

		cited.locator(".citing-records a").first().click();
		page.waitForURL(Pattern.compile(".*/chronology\\?entry=event-\\d+"));
		assertThat(page.getByText(measure).first()).isVisible();

		// and on the dashboard: the free-text filter finds the new measure's event,
		// imposed
		// by Australia (no seed record has Australia as imposer)
		page.navigate(app.url("?q=" + RUN));
		ChartPixels.awaitCharts(page, 1);
		org.assertj.core.api.Assertions.assertThat(ChartPixels.datasets(page, "Lifecycle events"))
			.isEqualTo("Australia");

		Page dark = app.newPage(1280, 1000);
		dark.navigate(app.url("sources/" + id + "/coverage"));
		dark.getByLabel("Switch to dark theme").click();
		dark.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme === 'dark'");
		assertThat(dark.locator(".coverage-sentence")).hasCount(2);
		dark.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("coverage-dark.png")));

		Page phone = app.newPage(390, 844);
		phone.navigate(app.url("sources/" + id + "/coverage"));
		assertThat(phone.locator(".coverage-sentence")).hasCount(2);
		assertThat(phone.locator(".coverage-summary")).isVisible();
		phone.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("coverage-phone.png")));
		Number overflow = (Number) phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
	}

}
