package org.sanctionstracker.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's filter in a real browser: choosing a country changes the charts and the
 * address without reloading the page, the address reproduces the view in another browser
 * session, and the page works at phone width.
 */
@ExtendWith(RunningApp.Extension.class)
class DashboardFilterIT {

	@Test
	void choosing_japan_changes_the_charts_and_the_address_and_the_link_reproduces_the_view(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 5);
		assertThat(ChartPixels.datasets(page, "Lifecycle events")).contains("South Korea");
		page.evaluate("() => window.__sameDocument = true");

		// no filter set: the filter bar is folded behind its button
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Filters").setExact(true))
			.click();
		Forms.pick(page, "Country", "Japan", "Japan (JPN)");
		page.waitForURL("**/?country=JPN*");
		page.waitForFunction("() => { const c = document.querySelector('sct-chart').chart;"
				+ " return !c.data.datasets.some(d => d.label === 'South Korea'); }");
		ChartPixels.awaitSettled(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-japan.png")));

		assertThat(page.evaluate("() => window.__sameDocument")).as("no page reload").isEqualTo(true);
		String japanEvents = ChartPixels.datasets(page, "Lifecycle events");
		assertThat(japanEvents).contains("Japan").doesNotContain("South Korea");
		String japanMatrix = ChartPixels.datasets(page, "Measures by imposer and type");
		String sharedUrl = page.url();
		assertThat(sharedUrl).contains("country=JPN");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Export the filtered records"))
			.click();
		assertThat(page.locator("a:has-text('Events CSV')").getAttribute("href"))
			.isEqualTo("api/v1/export/events.csv?country=JPN");
		page.keyboard().press("Escape");

		Page shared = app.newPage();
		shared.navigate(sharedUrl);
		ChartPixels.awaitCharts(shared, 4);
		shared.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-shared-link.png")));
		assertThat(shared
			.getByRole(com.microsoft.playwright.options.AriaRole.COMBOBOX,
					new Page.GetByRoleOptions().setName("Country").setExact(true))
			.inputValue()).isEqualTo("Japan (JPN)");
		assertThat(ChartPixels.datasets(shared, "Lifecycle events")).isEqualTo(japanEvents);
		assertThat(ChartPixels.datasets(shared, "Measures by imposer and type")).isEqualTo(japanMatrix);
	}

	@Test
	void a_wrong_date_is_explained_next_to_the_field(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.url("?from=2016-13"));
		ChartPixels.awaitCharts(page, 4);

		assertThat(page.locator(".address-notice").first().textContent()).contains("2016-13");
		Locator from = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("From"));
		assertThat(from.getAttribute("invalid")).isNotNull();
	}

	@Test
	void a_very_long_value_in_the_address_is_named_within_the_screen(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.url("?country=" + "x".repeat(10_000)));
		ChartPixels.awaitCharts(page, 4);

		Locator notice = page.locator(".address-notice").first();
		assertThat(notice.textContent()).contains("Unknown country 'xxx");
		Number right = (Number) notice.evaluate(
				"(n) => Math.max(...[n, ...n.querySelectorAll('*')]" + ".map(e => e.getBoundingClientRect().right))");
		Number width = (Number) page.evaluate("() => document.documentElement.clientWidth");
		assertThat(right.doubleValue()).as("the notice wraps the value").isLessThanOrEqualTo(width.doubleValue());
	}

	@Test
	void the_dashboard_is_usable_at_phone_width(RunningApp app) {
		Page page = app.newPage(390, 844);
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 1);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-phone.png")));

		Number overflow = (Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('sct-chart')]"
				+ ".map(c => c.getBoundingClientRect().right))");
		assertThat(overflow.doubleValue()).as("charts fit the screen").isLessThanOrEqualTo(390);
		page.locator("sct-chart").nth(2).scrollIntoViewIfNeeded();
		ChartPixels.awaitSettled(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-phone-matrix.png")));
	}

	@Test
	void a_full_page_picture_for_the_readme(RunningApp app) {
		Page page = app.newPage(1280, 1720);
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 5);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-full.png")));

		assertThat(ChartPixels.drawn(page)).hasSize(5);
	}

}
