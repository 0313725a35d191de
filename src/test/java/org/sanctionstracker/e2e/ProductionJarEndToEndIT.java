package org.sanctionstracker.e2e;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar in a real Chromium ({@link RunningApp}): the dashboard's charts must
 * have drawn, in the light and the dark theme, and without animation for a user who asks
 * for reduced motion. Screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.Extension.class)
class ProductionJarEndToEndIT {

	@Test
	void the_dashboard_charts_draw_in_a_real_browser(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 5);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard.png")));

		List<Map<String, Object>> charts = ChartPixels.drawn(page);
		assertThat(charts).extracting((chart) -> String.valueOf(chart.get("title")))
			.contains("Lifecycle events by imposer", "Measures in force by imposer", "Measures by imposer and type",
					"Enforcement actions by actor and kind")
			.anySatisfy((title) -> assertThat(title).startsWith("Coalition alignment: "));
		Map<String, Object> events = charts.get(0);
		assertThat(events.get("labels").toString()).contains("2006", "2008", "2014", "2016");
		assertThat(events.get("datasets").toString()).contains("Japan", "South Korea", "United States");
		assertThat(charts).allSatisfy((chart) -> assertThat(((Number) chart.get("share")).doubleValue())
			.as("share of the canvas of '" + chart.get("title") + "' painted (marks, axes, labels)")
			.isGreaterThan(0.03));
		assertThat(page.title()).contains("Dashboard");
	}

	@Test
	void the_dark_theme_keeps_the_charts_readable(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 5);
		String lightText = (String) page.evaluate("() => document.querySelector('sct-chart').chart.options.color");

		page.getByLabel("Switch to dark theme").click();
		page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'"
				+ " || getComputedStyle(document.documentElement).colorScheme === 'dark'");
		page.waitForFunction("lightText => [...document.querySelectorAll('sct-chart')]"
				+ ".every(c => c.chart.options.color !== lightText)", lightText);
		page.locator("sct-chart").first().scrollIntoViewIfNeeded();
		ChartPixels.awaitSettled(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-dark.png")));

		String darkText = (String) page.evaluate("() => document.querySelector('sct-chart').chart.options.color");
		assertThat(brightness(darkText)).as("chart text in dark theme: " + darkText).isGreaterThan(150);
		assertThat(brightness(lightText)).as("chart text in light theme: " + lightText).isLessThan(110);
	}

	@Test
	void the_charts_do_not_move_for_a_user_who_prefers_reduced_motion(RunningApp app) {
		// RunningApp's pages ask for reduced motion, as the system of such a user does
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 5);
		assertThat(
				page.evaluate("() => [...document.querySelectorAll('sct-chart')].map(c => c.chart.options.animation)"))
			.as("Chart.js animation of each chart")
			.isEqualTo(List.of(false, false, false, false, false));

		// the user's system stops asking for it: the charts shown animate again
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));
		page.waitForFunction("() => [...document.querySelectorAll('sct-chart')]"
				+ ".every(c => c.chart && c.chart.options.animation && c.chart.options.animation.duration > 0)");
		// and when it asks again, they stop at once
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
		page.waitForFunction("() => [...document.querySelectorAll('sct-chart')]"
				+ ".every(c => c.chart && c.chart.options.animation === false)");
	}

	/** Mean of the red, green and blue channels of an rgb()/rgba() colour. */
	private static double brightness(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
		return (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) + Double.parseDouble(parts[2])) / 3;
	}

}
