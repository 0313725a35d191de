package org.sanctionstracker.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the chronology to the source: a clicked row shows its record with the source
 * passage highlighted, and the passage link opens the whole document with the passage
 * emphasised and scrolled into view. Also the country profile and a coalition.
 */
@ExtendWith(RunningApp.Extension.class)
class ReadingTheSourcesIT {

	@Test
	void clicking_a_chronology_row_shows_its_source_passage_highlighted(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.url("chronology?country=JPN&type=PORT_BAN"));
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Oct 2006"))
			.first()
			.click();

		Locator highlighted = page.locator(".passage-in-context mark.chosen-passage").first();
		assertThat(highlighted).isVisible();
		// the detail panel is scrolled into view and the address names the row
		assertThat(page.locator(".sct-detail")).isInViewport();
		assertThat(page).hasURL(Pattern.compile(".*entry=event-.*"));
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("chronology-detail.png")));
		assertThat(highlighted.textContent()).isNotBlank();
		String quote = highlighted.textContent();

		page.locator(".passage-in-context a").first().click();
		Locator chosen = page.locator(".document-text mark.chosen-passage").first();
		// the passage is scrolled into view, wholly
		assertThat(chosen).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("reader-passage.png")));
		assertThat(page.url()).matches(".*/sources/\\d+\\?passage=\\d+");
		assertThat(quote).startsWith(chosen.textContent());
		assertThat(page.locator(".document-text mark").count()).isGreaterThan(10);
	}

	@Test
	void a_country_profile_and_a_coalition_show_their_records_and_charts(RunningApp app) {
		Page page = app.newPage(1280, 2000);
		page.navigate(app.url("country/KOR"));
		ChartPixels.awaitCharts(page, 3);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("country-KOR.png")));
		assertThat(page.locator("h2").first().textContent()).isEqualTo("South Korea");
		assertThat(page.title()).startsWith("South Korea");
		assertThat(ChartPixels.datasets(page, "Lifecycle events")).contains("South Korea");

		page.navigate(app.url("coalitions"));
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Six-Party Talks"))
			.click();
		ChartPixels.awaitCharts(page, 1);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("coalition-six-party.png")));
		assertThat(page.url()).matches(".*/coalitions/\\d+");
		assertThat(ChartPixels.drawn(page)).anySatisfy(
				(chart) -> assertThat(String.valueOf(chart.get("title"))).startsWith("Coalition alignment: Six-Party"));
	}

}
