package org.sanctionstracker.e2e;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar in a real Chromium ({@link RunningApp}): the dashboard chart must
 * have drawn, in the light and the dark theme. Screenshots land in
 * {@code target/screenshots/}.
 */
@ExtendWith(RunningApp.Extension.class)
class ProductionJarEndToEndIT {

	@Test
	void the_dashboard_chart_draws_in_a_real_browser(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		page.waitForFunction("() => { const c = document.querySelector('sct-chart');"
				+ " return c && c.chart && c.chart.data.datasets.length > 0; }");
		page.waitForTimeout(1200); // let the entry animation finish before reading pixels

		Map<?, ?> drawn = (Map<?, ?>) page.evaluate("""
				() => {
				  const chart = document.querySelector('sct-chart').chart;
				  const canvas = chart.canvas;
				  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				  let painted = 0;
				  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
				  return { painted, total: pixels.length / 4, labels: chart.data.labels.join(','),
				           datasets: chart.data.datasets.map(d => d.label).join(',') };
				}""");
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard.png")));

		assertThat(drawn.get("labels")).isEqualTo("2009,2016");
		assertThat(drawn.get("datasets").toString()).contains("Essay").contains("Blog post");
		double share = ((Number) drawn.get("painted")).doubleValue() / ((Number) drawn.get("total")).doubleValue();
		assertThat(share).as("share of the canvas painted (bars, axes, labels)").isGreaterThan(0.05);
		assertThat(page.title()).contains("Dashboard");
	}

	@Test
	void the_dark_theme_keeps_the_chart_readable(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		page.waitForFunction("() => { const c = document.querySelector('sct-chart'); return c && c.chart; }");
		String lightText = (String) page.evaluate("() => document.querySelector('sct-chart').chart.options.color");

		page.getByLabel("Switch to dark theme").click();
		page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'"
				+ " || getComputedStyle(document.documentElement).colorScheme === 'dark'");
		page.waitForFunction("lightText => document.querySelector('sct-chart').chart.options.color !== lightText",
				lightText);
		page.waitForTimeout(800);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("dashboard-dark.png")));

		String darkText = (String) page.evaluate("() => document.querySelector('sct-chart').chart.options.color");
		assertThat(brightness(darkText)).as("chart text in dark theme: " + darkText).isGreaterThan(150);
		assertThat(brightness(lightText)).as("chart text in light theme: " + lightText).isLessThan(110);
	}

	/** Mean of the red, green and blue channels of an rgb()/rgba() colour. */
	private static double brightness(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
		return (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) + Double.parseDouble(parts[2])) / 3;
	}

}
