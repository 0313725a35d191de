package org.sanctionstracker.e2e;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor sees first, in Chromium: at 1280×800 the dashboard's main chart is drawn
 * above the fold (the filter bar folded while no filter is set, the key figures one
 * strip, the exports in a menu); on a 390 px phone the chronology is a list of cards a
 * thumb can read; the document reader shows the text as a reader expects.
 */
@ExtendWith(RunningApp.Extension.class)
class FirstScreenIT {

	@Test
	void at_1280_by_800_the_main_chart_is_drawn_without_scrolling(RunningApp app) {
		Page page = app.newPage(1280, 800);
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 1);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("first-screen-1280x800.png")));

		@SuppressWarnings("unchecked")
		Map<String, Object> chart = (Map<String, Object>) page.evaluate("""
				() => { const c = document.querySelector('sct-chart');
				  const r = c.querySelector('canvas').getBoundingClientRect();
				  return { title: c.chart.options.plugins.title.text, top: r.top, bottom: r.bottom, left: r.left,
				           right: r.right, height: window.innerHeight, width: window.innerWidth,
				           scrolled: window.scrollY + document.querySelector('vaadin-app-layout').scrollTop }; }""");
		assertThat(String.valueOf(chart.get("title"))).startsWith("Lifecycle events by imposer");
		assertThat(number(chart, "scrolled")).as("nothing scrolled").isZero();
		assertThat(number(chart, "top")).isGreaterThanOrEqualTo(0);
		assertThat(number(chart, "bottom")).as("the chart's canvas ends above the fold")
			.isLessThanOrEqualTo(number(chart, "height"));
		assertThat(number(chart, "right")).isLessThanOrEqualTo(number(chart, "width"));
		List<Map<String, Object>> drawn = ChartPixels.drawn(page);
		assertThat(((Number) drawn.get(0).get("share")).doubleValue()).as("share of the main chart painted")
			.isGreaterThan(0.03);
		// the filter bar is folded, its button says no filter is set
		assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Country").setExact(true))
			.isVisible()).isFalse();
		Locator filters = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Filters").setExact(true));
		assertThat(filters.getAttribute("aria-expanded")).isEqualTo("false");
	}

	@Test
	void a_filter_in_the_address_opens_the_filter_bar(RunningApp app) {
		Page page = app.newPage(1280, 800);
		page.navigate(app.url("?country=JPN"));
		ChartPixels.awaitCharts(page, 1);

		assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Country").setExact(true))
			.inputValue()).isEqualTo("Japan (JPN)");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters (1)"))
			.getAttribute("aria-expanded")).isEqualTo("true");
	}

	@Test
	void on_a_phone_the_chronology_is_a_list_of_cards(RunningApp app) {
		Page page = app.newPage(390, 844);
		page.navigate(app.url("chronology"));
		Locator cards = page.locator(".chronology-card");
		cards.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("chronology-phone.png")));

		Number tallest = (Number) page.evaluate(
				"() => Math.max(...[...document.querySelectorAll('.chronology-card')].map(c => c.getBoundingClientRect().height))");
		assertThat(tallest.doubleValue()).as("the tallest card, in CSS pixels").isLessThan(844 / 4.0);
		Number widest = (Number) page.evaluate(
				"() => Math.max(...[...document.querySelectorAll('.chronology-card')].map(c => c.getBoundingClientRect().right))");
		assertThat(widest.doubleValue()).as("cards fit the screen").isLessThanOrEqualTo(390);
		assertThat(cards.first().textContent()).matches("(?s).*\\d{4}.*");
	}

	@Test
	void the_reader_shows_headings_and_emphasis_not_markdown(RunningApp app) {
		Page page = app.newPage(1280, 800);
		page.navigate(app.url("sources"));
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("The Allies and North Korea"))
			.first()
			.click();
		Locator text = page.locator(".document-text");
		text.waitFor();
		page.locator(".document-text h6")
			.filter(new Locator.FilterOptions().setHasText("Japan"))
			.first()
			.scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("reader-sigal.png")));

		String shown = text.innerText();
		assertThat(shown).doesNotContain("###", "\\$", "*Gaullists*").contains("$300");
		assertThat(page.locator(".document-text h6").allTextContents()).contains("Japan");
		assertThat(page.url()).matches(".*/sources/\\d+");
		// the open document is selected in the list
		assertThat(page.evaluate("() => document.querySelector('vaadin-grid').selectedItems.length")).isEqualTo(1);
		page.waitForFunction("() => document.title.startsWith('The Allies and North Korea')");

		page.locator(".document-text mark").first().click();
		Locator records = page.locator("vaadin-dialog .citing-records a");
		records.first().waitFor();
		assertThat(records.first().getAttribute("href")).matches("chronology\\?entry=.*|country/.*|coalitions/.*");
		page.waitForFunction("() => !document.querySelector('vaadin-dialog[opening]')");
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("reader-citing-records.png")));
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}

}
