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

		// each chart's tooltip for its first mark: the browser writes most of them from a
		// format the configuration carries once per series (ChartJs, tooltips)
		@SuppressWarnings("unchecked")
		Map<String, String> tooltips = (Map<String, String>) page.evaluate("""
				() => Object.fromEntries([...document.querySelectorAll('sct-chart')].map((element) => {
				  const chart = element.chart;
				  const value = (p) => ((p && typeof p === 'object') ? p.value : p);
				  const d = chart.data.datasets.findIndex((set) => set.data.some((p) => value(p) > 0));
				  const values = chart.data.datasets[d].data.map(value);
				  const index = values.findIndex((v) => v > 0);
				  chart.tooltip.setActiveElements([{ datasetIndex: d, index }], { x: 0, y: 0 });
				  const title = chart.options.plugins.title.text.replace(/:.*/, '');
				  return [title, chart.data.datasets[d].label + ' | ' + values[index] + ' | '
				    + chart.tooltip.body.flatMap((b) => b.lines).join(' / ')];
				}))""");
		assertThat(tooltips).hasSize(5).allSatisfy((title, text) -> {
			String[] parts = text.split(" \\| ", 3);
			assertThat(parts[2]).as(title).startsWith(parts[0]).doesNotContain("{", "undefined");
			if (!title.equals("Coalition alignment")) {
				// an alignment cell with uncertain measures counts them apart in its own
				// text
				assertThat(parts[2]).as(title).contains(": " + parts[1]);
			}
		});
		assertThat(tooltips.get("Measures by imposer and type"))
			.matches(".* \\| .+ · [A-Z][A-Za-z -]+: \\d+ measures?");
		assertThat(tooltips.get("Measures in force by imposer")).endsWith(" in force");
		assertThat(tooltips.get("Lifecycle events by imposer"))
			.matches(".* \\| .+: \\d+ \\(\\d+ [a-z ]+(, \\d+ [a-z ]+)*\\)");
		assertThat(tooltips.get("Coalition alignment"))
			.matches(".* \\| .+ · [A-Z][A-Za-z -]+: \\d+ (in force|uncertain.*)");
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
