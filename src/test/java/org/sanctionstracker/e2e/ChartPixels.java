package org.sanctionstracker.e2e;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/**
 * Reads what the {@code <sct-chart>} elements on a page drew.
 */
final class ChartPixels {

	private ChartPixels() {
	}

	/**
	 * A chart is still moving while any of its elements has an active Chart.js animation:
	 * Chart.js keeps them per animated property in the element's {@code $animations}
	 * (position, size) and in its options' (colours).
	 */
	private static final String ANIMATING = "const moving = (o) => o && o.$animations"
			+ " && Object.values(o.$animations).some((animation) => animation.active());"
			+ " const animating = (chart) => chart.getSortedVisibleDatasetMetas()"
			+ ".some((meta) => [meta.dataset, ...meta.data].some((e) => e && (moving(e) || moving(e.options))));";

	/**
	 * Waits until the page has at least this many charts with data, and their animation
	 * is over. Allows three minutes: the first page of a freshly started jar on a
	 * two-core machine shared with other builds took more than one (a limit costs nothing
	 * when the charts come early).
	 */
	static void awaitCharts(Page page, int count) {
		try {
			page.waitForFunction("n => { " + ANIMATING
					+ " const charts = [...document.querySelectorAll('sct-chart')].filter(c => c.offsetParent !== null);"
					+ " return charts.length >= n && charts.every(c => c.chart && c.chart.width > 0 && c.chart.data.datasets.length > 0"
					+ " && !animating(c.chart)); }", count, new Page.WaitForFunctionOptions().setTimeout(180_000));
		}
		catch (TimeoutError ex) {
			throw new AssertionError("Expected " + count + " drawn charts; the page has (visible, datasets): "
					+ page
						.evaluate("() => [...document.querySelectorAll('sct-chart')].map(c => (c.offsetParent !== null)"
								+ " + '/' + (c.chart ? c.chart.data.datasets.length : 'no chart'))")
					+ " at " + page.url(), ex);
		}
	}

	/**
	 * Waits until no visible chart is animating any more, e.g. after a filter or the
	 * theme changed their data or colours.
	 */
	static void awaitSettled(Page page) {
		page.waitForFunction("() => { " + ANIMATING
				+ " return [...document.querySelectorAll('sct-chart')].filter(c => c.offsetParent !== null && c.chart)"
				+ ".every(c => !animating(c.chart)); }");
	}

	/**
	 * For every visible chart: its title, the share of its canvas painted, its labels and
	 * dataset names.
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> drawn(Page page) {
		return (List<Map<String, Object>>) page.evaluate("""
				() => [...document.querySelectorAll('sct-chart')].filter(c => c.offsetParent !== null).map(c => {
				  const chart = c.chart;
				  const canvas = chart.canvas;
				  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				  let painted = 0;
				  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
				  return { title: chart.options.plugins.title.text, share: painted / (pixels.length / 4),
				           labels: (chart.data.labels || []).join(','),
				           datasets: chart.data.datasets.map(d => d.label).join(',') };
				})""");
	}

	/** The dataset names of the chart whose title starts with a text. */
	static String datasets(Page page, String titleStart) {
		return drawn(page).stream()
			.filter((chart) -> String.valueOf(chart.get("title")).startsWith(titleStart))
			.map((chart) -> String.valueOf(chart.get("datasets")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chart titled " + titleStart));
	}

}
