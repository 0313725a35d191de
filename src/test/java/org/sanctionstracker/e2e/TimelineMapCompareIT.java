package org.sanctionstracker.e2e;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The timeline, the comparison and the world map in Chromium, each opened from an address
 * with a filter: the charts drew (painted pixels and the Chart.js instance's data), the
 * map follows the "as of" day and the time slider, a card downloads its chart as PNG and
 * its table as CSV, and screenshots in the light and dark theme and on a 390 px phone.
 */
@ExtendWith(RunningApp.Extension.class)
class TimelineMapCompareIT {

	@Test
	void the_timeline_draws_south_koreas_lane_with_the_kaesong_closure_from_the_address(RunningApp app) {
		Page page = app.newPage(1280, 900);
		page.navigate(app.url("timeline?country=KOR&role=imposer&open=" + laneKey(app, page, "KOR")));
		ChartPixels.awaitCharts(page, 2);

		List<Map<String, Object>> drawn = ChartPixels.drawn(page);
		assertThat(drawn).extracting((chart) -> String.valueOf(chart.get("title")))
			.contains("Lanes")
			.anyMatch((title) -> title.startsWith("South Korea"));
		assertThat(drawn).allSatisfy((chart) -> assertThat(((Number) chart.get("share")).doubleValue())
			.as("painted share of %s", chart.get("title"))
			.isGreaterThan(0.01));
		// the Kaesong closure's bar starts on 10 February 2016 (epoch day 16841) and
		// stays open
		Object kaesong = page.evaluate("""
				() => { const c = [...document.querySelectorAll('sct-chart')].map(e => e.chart)
				          .find(ch => String(ch.options.plugins.title.text).startsWith('South Korea'));
				  const row = c.scales.y.getLabels().findIndex(l => l.startsWith('Closure of the Kaesong'));
				  return c.data.datasets.flatMap(d => d.data).filter(p => p && p.y === row && Array.isArray(p.x))
				          .map(p => p.x[0]); }""");
		assertThat((List<?>) kaesong).extracting((day) -> ((Number) day).longValue()).contains(16841L);
		assertThat(page.url()).contains("country=KOR");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-light.png")).setFullPage(true));

		// hover shows the step and its quote
		Locator canvas = page.locator("sct-chart").nth(1).locator("canvas");
		Map<String, Object> point = pointOf(page, "South Korea", "Closure of the Kaesong");
		canvas.hover(new Locator.HoverOptions().setPosition(((Number) point.get("x")).doubleValue(),
				((Number) point.get("y")).doubleValue()));
		page.waitForFunction("() => [...document.querySelectorAll('sct-chart')].some(e => e.chart"
				+ " && e.chart.tooltip && e.chart.tooltip.opacity > 0"
				+ " && e.chart.tooltip.body.some(b => b.lines.join(' ').includes('“')))");

		// and a click opens the step in the chronology
		canvas.click(new Locator.ClickOptions().setPosition(((Number) point.get("x")).doubleValue(),
				((Number) point.get("y")).doubleValue()));
		page.waitForURL("**/chronology?entry=event-*");

		Page dark = darkPage(app, "timeline?country=KOR&role=imposer&open=" + laneKey(app, page, "KOR"));
		ChartPixels.awaitCharts(dark, 2);
		dark.screenshot(
				new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-dark.png")).setFullPage(true));
	}

	@Test
	void the_comparison_of_japan_south_korea_and_the_us_draws_types_movers_and_gaps(RunningApp app) {
		Page page = app.newPage(1280, 900);
		page.navigate(app.url("compare?countries=JPN,KOR,USA&asOf=2016-02-29"));
		ChartPixels.awaitCharts(page, 2);

		Object columns = page.evaluate("() => document.querySelector('sct-chart').chart.scales.x.getLabels()");
		assertThat(String.valueOf(columns)).isEqualTo("[Japan, South Korea, United States]");
		assertThat(ChartPixels.datasets(page, "Who moved first")).isEqualTo("Japan,South Korea,United States");
		assertThat(ChartPixels.drawn(page))
			.allSatisfy((chart) -> assertThat(((Number) chart.get("share")).doubleValue()).isGreaterThan(0.01));
		assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Gaps")).innerText())
			.contains("What South Korea has that United States does not:", "Port ban");
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("compare-light.png")));

		// the table as CSV
		Download csv = page
			.waitForDownload(() -> page.getByLabel("Download the table Measure types in force").first().click());
		assertThat(csv.suggestedFilename()).endsWith(".csv");
		// the chart as PNG
		Download png = page.waitForDownload(() -> page.getByLabel("Download the chart Who moved first as PNG").click());
		assertThat(png.suggestedFilename()).isEqualTo("who-moved-first.png");

		Page phone = app.newPage(390, 844);
		phone.navigate(app.url("compare?countries=JPN,KOR,USA&asOf=2016-02-29"));
		ChartPixels.awaitCharts(phone, 2);
		Number widest = (Number) phone.evaluate(
				"() => Math.max(...[...document.querySelectorAll('sct-chart')].map(c => c.getBoundingClientRect().right))");
		assertThat(widest.doubleValue()).as("charts fit the phone").isLessThanOrEqualTo(390);
		phone.screenshot(
				new Page.ScreenshotOptions().setPath(RunningApp.screenshot("compare-phone.png")).setFullPage(true));
	}

	@Test
	@RunsLong
	void the_map_follows_the_as_of_day_and_the_time_slider(RunningApp app) {
		Page page = app.newPage(1280, 900);
		page.navigate(app.url("map?type=PORT_BAN&asOf=2016-02-29"));
		ChartPixels.awaitCharts(page, 1);

		assertThat(valueOf(page, "JPN")).as("Japan's port ban in force in February 2016").isEqualTo(1);
		assertThat(valueOf(page, "KOR")).as("South Korea's port ban since 2010").isEqualTo(1);
		assertThat(((Number) ChartPixels.drawn(page).get(0).get("share")).doubleValue()).isGreaterThan(0.1);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("map-light.png")));

		// an earlier "as of" day from the address: before South Korea's port ban
		page.navigate(app.url("map?type=PORT_BAN&asOf=2008-01-31"));
		ChartPixels.awaitCharts(page, 1);
		page.waitForFunction("() => document.querySelector('sct-chart').chart.data.datasets[0].data"
				+ ".some(p => p.key === 'JPN' && p.value === 1)");
		assertThat(valueOf(page, "KOR")).as("no South Korean port ban in 2008").isEqualTo(0);

		// the slider to its end: the last month the data speaks of
		page.locator("input[type=range]").evaluate("(s) => { s.value = s.max; s.dispatchEvent(new Event('change')); }");
		page.waitForFunction("() => document.querySelector('sct-chart').chart.data.datasets[0].data"
				+ ".some(p => p.key === 'KOR' && p.value === 1)");
		assertThat(page.locator(".sct-slider-label").innerText()).contains("2016");

		// Play replays the months: the slider moves on and the map with it; Pause stops
		// it
		page.navigate(app.url("map?type=PORT_BAN&asOf=2008-01-31"));
		ChartPixels.awaitCharts(page, 1);
		int start = Integer.parseInt(page.locator("input[type=range]").inputValue());
		String firstTitle = mapTitle(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play")).click();
		page.waitForFunction("(start) => Number(document.querySelector('input[type=range]').value) >= start + 2",
				start);
		assertThat(mapTitle(page)).as("the map shows a later month").isNotEqualTo(firstTitle);
		assertThat(page.locator(".sct-slider-label").innerText()).doesNotContain("31 Jan 2008");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play")).waitFor();
		String paused = page.locator("input[type=range]").inputValue();
		String pausedTitle = mapTitle(page);
		// three play intervals (MapView.PLAY_INTERVAL is 900 ms) without a move: stopped
		Object moved = page
			.waitForFunction(
					"([value, until]) => document.querySelector('input[type=range]').value !== value"
							+ " ? 'moved' : (Date.now() > until ? 'still' : false)",
					List.of(paused, (double) (System.currentTimeMillis() + 2700)))
			.jsonValue();
		assertThat(moved).isEqualTo("still");
		assertThat(mapTitle(page)).isEqualTo(pausedTitle);

		Page dark = darkPage(app, "map?type=PORT_BAN&asOf=2016-02-29");
		ChartPixels.awaitCharts(dark, 1);
		dark.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("map-dark.png")));
		Page phone = app.newPage(390, 844);
		phone.navigate(app.url("map?type=PORT_BAN&asOf=2016-02-29"));
		ChartPixels.awaitCharts(phone, 1);
		phone.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("map-phone.png")));
		Page timelinePhone = app.newPage(390, 844);
		timelinePhone.navigate(app.url("timeline?country=JPN&role=imposer"));
		ChartPixels.awaitCharts(timelinePhone, 2);
		timelinePhone.screenshot(
				new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-phone.png")).setFullPage(true));
	}

	@Test
	@RunsLong
	void every_lane_strip_and_every_bar_is_drawn_on_its_own_row_over_its_own_months(RunningApp app) {
		Page page = app.newPage(1280, 900);
		// Japan's lane: the port ban, imposed in October 2006 (a step dated to the month)
		page.navigate(app.url("timeline?country=JPN&role=imposer&open=" + laneKey(app, page, "JPN")));
		ChartPixels.awaitCharts(page, 2);
		assertThat(misplaced(page, "Lanes")).isEmpty();
		assertThat(misplaced(page, "Japan")).isEmpty();
		Object portBan = page.evaluate(
				"""
						() => { const c = [...document.querySelectorAll('sct-chart')].map(e => e.chart)
						          .find(ch => String(ch.options.plugins.title.text).startsWith('Japan'));
						  const row = c.scales.y.getLabels().findIndex(l => l.startsWith('Ban on North Korean ships'));
						  const bars = [];
						  c.data.datasets.forEach((d, di) => d.data.forEach((p, i) => {
						    if (p && p.y === row && Array.isArray(p.x)) {
						      const bar = c.getDatasetMeta(di).data[i];
						      bars.push({ from: p.x[0], y: Math.round(bar.y) === Math.round(c.scales.y.getPixelForValue(row)),
						                  left: Math.round(Math.min(bar.x, bar.base)) === Math.round(c.scales.x.getPixelForValue(p.x[0])) });
						    }
						  }));
						  return bars; }""");
		// 1 October 2006 is epoch day 13422: the bar starts there, on the port ban's row
		assertThat(String.valueOf(portBan)).contains("{from=13422, y=true, left=true}");

		// every lane, by imposer and by coalition: each strip on its lane's row
		page.navigate(app.url("timeline"));
		ChartPixels.awaitCharts(page, 2);
		assertThat(misplaced(page, "Lanes")).isEmpty();
		// the lanes beyond the first three are strips only; a click on one opens its
		// measures, a second click closes them
		int open = page.locator("sct-chart").count();
		Map<String, Object> strip = stripOf(page, 3);
		Locator lanes = page.locator("sct-chart").first().locator("canvas");
		Locator.ClickOptions onStrip = new Locator.ClickOptions().setPosition(((Number) strip.get("x")).doubleValue(),
				((Number) strip.get("y")).doubleValue());
		lanes.click(onStrip);
		page.waitForURL("**/timeline?open=*" + strip.get("key") + "*");
		ChartPixels.awaitCharts(page, open + 1);
		assertThat(ChartPixels.drawn(page)).extracting((chart) -> String.valueOf(chart.get("title")))
			.anyMatch((title) -> title.startsWith(String.valueOf(strip.get("lane")) + " · "));
		lanes.click(onStrip);
		page.waitForFunction("(n) => document.querySelectorAll('sct-chart').length === n", open);
		// the address follows (the lanes open, in the lanes' order)
		page.waitForURL((url) -> !List.of(openLanes(url)).contains(String.valueOf(strip.get("key"))));
		assertThat(openLanes(page.url())).hasSize(3);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-lanes-light.png"))
			.setFullPage(true));
		page.navigate(app.url("timeline?by=coalition"));
		ChartPixels.awaitCharts(page, 2);
		assertThat(misplaced(page, "Lanes")).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-coalitions-light.png"))
			.setFullPage(true));
		Page dark = darkPage(app, "timeline");
		ChartPixels.awaitCharts(dark, 2);
		ChartPixels.awaitSettled(dark);
		dark.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-lanes-dark.png"))
			.setFullPage(true));
		Page phone = app.newPage(390, 844);
		phone.navigate(app.url("timeline"));
		ChartPixels.awaitCharts(phone, 2);
		phone.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("timeline-lanes-phone.png"))
			.setFullPage(true));
	}

	@Test
	void who_moved_first_puts_each_point_on_its_types_row_and_shows_it_whole(RunningApp app) {
		Page page = app.newPage(1280, 900);
		page.navigate(app.url("compare?countries=JPN,KOR,USA&asOf=2016-02-29"));
		ChartPixels.awaitCharts(page, 2);
		assertThat(misplaced(page, "Who moved first")).isEmpty();
		// a point's row is its type (the tooltip's first line is "Actor · Type")
		Object wrongRows = page.evaluate(
				"""
						() => { const c = [...document.querySelectorAll('sct-chart')].map(e => e.chart)
						          .find(ch => String(ch.options.plugins.title.text).startsWith('Who moved first'));
						  const wrong = [];
						  c.data.datasets.forEach((d, di) => d.data.forEach((p, i) => {
						    const bar = c.getDatasetMeta(di).data[i];
						    const row = Math.round(c.scales.y.getValueForPixel(bar.y));
						    const type = p.tooltip[0].split(' · ')[1];
						    if (c.scales.y.getLabels()[row] !== type) wrong.push(p.tooltip[0] + ' drawn on ' + c.scales.y.getLabels()[row]);
						    const r = bar.options.radius;
						    if (bar.x - r < c.chartArea.left - 0.5 || bar.x + r > c.chartArea.right + 0.5) wrong.push(p.tooltip[0] + ' cut by the axis end');
						  }));
						  return wrong; }""");
		assertThat((List<?>) wrongRows).isEmpty();

		// the view as it first shows, no filter in the address: the bar folded
		page.navigate(app.url("compare?countries=JPN,KOR,USA"));
		ChartPixels.awaitCharts(page, 2);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("compare-folded-light.png"))
			.setFullPage(true));
		page.locator("sct-chart")
			.nth(1)
			.screenshot(new Locator.ScreenshotOptions().setPath(RunningApp.screenshot("who-moved-first-light.png")));
		Page dark = darkPage(app, "compare?countries=JPN,KOR,USA");
		ChartPixels.awaitCharts(dark, 2);
		ChartPixels.awaitSettled(dark);
		dark.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("compare-folded-dark.png"))
			.setFullPage(true));
		dark.locator("sct-chart")
			.nth(1)
			.screenshot(new Locator.ScreenshotOptions().setPath(RunningApp.screenshot("who-moved-first-dark.png")));
	}

	@Test
	void the_map_counts_from_zero_in_whole_measures_with_zero_apart_from_no_data(RunningApp app) {
		Page page = app.newPage(1280, 900);
		page.navigate(app.url("map?asOf=2016-02-29"));
		ChartPixels.awaitCharts(page, 1);
		Map<String, Object> light = mapColours(page);
		assertThat(((Number) light.get("min")).intValue()).isZero();
		assertThat(light.get("integerTicks")).isEqualTo(true);
		assertThat(light.get("zero")).isNotEqualTo(light.get("missing"));
		// the United States' count is darker than "no data" and than 0 in the light theme
		assertThat(((Number) light.get("usValue")).intValue()).isPositive();
		assertThat(((Number) light.get("usLuminance")).doubleValue())
			.isLessThan(((Number) light.get("missingLuminance")).doubleValue())
			.isLessThan(((Number) light.get("zeroLuminance")).doubleValue());
		page.locator("sct-chart")
			.first()
			.screenshot(new Locator.ScreenshotOptions().setPath(RunningApp.screenshot("map-all-light.png")));

		Page dark = darkPage(app, "map?asOf=2016-02-29");
		ChartPixels.awaitCharts(dark, 1);
		ChartPixels.awaitSettled(dark);
		Map<String, Object> colours = mapColours(dark);
		assertThat(colours.get("zero")).isNotEqualTo(colours.get("missing"));
		// no glaring white on the dark background: few measures are dim, many bright
		assertThat(((Number) colours.get("oneLuminance")).doubleValue()).isLessThan(0.6);
		assertThat(((Number) colours.get("zeroLuminance")).doubleValue())
			.isLessThan(((Number) colours.get("usLuminance")).doubleValue())
			.isNotCloseTo(((Number) colours.get("missingLuminance")).doubleValue(), within(0.05));
		dark.locator("sct-chart")
			.first()
			.screenshot(new Locator.ScreenshotOptions().setPath(RunningApp.screenshot("map-all-dark.png")));
	}

	@Test
	void the_filter_summary_and_the_gaps_stay_inside_the_window_and_the_actor_header_reads_whole(RunningApp app) {
		Page phone = app.newPage(390, 844);
		for (String path : List.of("", "timeline", "map", "compare?countries=JPN,KOR,USA", "chronology")) {
			phone.navigate(app.url(path));
			phone.locator("[role=search] vaadin-details-summary").first().waitFor();
			Number right = (Number) phone.evaluate("""
					() => { const r = document.createRange();
					  r.selectNodeContents(document.querySelector('[role=search] vaadin-details-summary'));
					  return r.getBoundingClientRect().right; }""");
			assertThat(right.doubleValue()).as("filter summary's right edge on /%s", path).isLessThanOrEqualTo(390);
		}
		for (Page page : List.of(phone, app.newPage(1280, 900))) {
			page.navigate(app.url("compare?countries=JPN,KOR,USA&asOf=2016-02-29"));
			ChartPixels.awaitCharts(page, 2);
			Number overhang = (Number) page.evaluate("""
					() => document.querySelector('[role=region][aria-label=Gaps]').getBoundingClientRect().right
					        - document.querySelector('.sct-cards').getBoundingClientRect().right""");
			assertThat(overhang.doubleValue()).as("the Gaps card past the charts' right edge").isLessThanOrEqualTo(0.5);
		}
		phone.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("compare-phone-gaps.png"))
			.setFullPage(true));

		Page page = app.newPage(1280, 900);
		page.navigate(app.url("chronology"));
		page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Actor")).first().waitFor();
		Map<?, ?> header = (Map<?, ?>) page.evaluate(
				"""
						() => { const sorter = [...document.querySelectorAll('vaadin-grid-sorter')].find(s => s.textContent.trim() === 'Actor');
						  const r = document.createRange(); r.selectNodeContents(sorter);
						  return { text: r.getBoundingClientRect().width, cell: sorter.closest('vaadin-grid-cell-content').clientWidth }; }""");
		assertThat(((Number) header.get("text")).doubleValue() + 20).as("the Actor header and its sort arrows")
			.isLessThanOrEqualTo(((Number) header.get("cell")).doubleValue());
	}

	/** The marks of a chart not drawn on the row their data names. */
	@SuppressWarnings("unchecked")
	private static List<String> misplaced(Page page, String titleStart) {
		return (List<String>) page.evaluate(
				"""
						(titleStart) => { const c = [...document.querySelectorAll('sct-chart')].map(e => e.chart)
						    .find(ch => ch && String(ch.options.plugins.title.text).startsWith(titleStart));
						  const wrong = [];
						  c.data.datasets.forEach((d, di) => { const meta = c.getDatasetMeta(di);
						    d.data.forEach((p, i) => { if (!p || typeof p.y !== 'number') return;
						      const el = meta.data[i]; const want = c.scales.y.getPixelForValue(p.y);
						      if (!el || Math.abs(el.y - want) > 1) {
						        wrong.push(d.label + ' #' + i + ' of row ' + p.y + ' drawn at ' + (el && Math.round(el.y)) + ', not ' + Math.round(want));
						      } else if (Array.isArray(p.x) && Math.abs(Math.min(el.x, el.base) - c.scales.x.getPixelForValue(Math.min(...p.x))) > 1) {
						        wrong.push(d.label + ' #' + i + ' of row ' + p.y + ' starts at the wrong day');
						      } }); });
						  return wrong.slice(0, 10); }""",
				titleStart);
	}

	/**
	 * The map's colours: the colour scale's bounds and ticks, and the colours (with their
	 * luminance over the page's background) of 0, "no data" and the United States.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapColours(Page page) {
		return (Map<String, Object>) page.evaluate(
				"""
						() => { const el = document.querySelector('sct-chart'); const c = el.chart; const scale = c.scales.color;
						  const probe = document.createElement('span'); el.appendChild(probe);
						  const rgba = (colour) => { probe.style.color = ''; probe.style.color = colour;
						    const v = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number); return v.length === 3 ? [...v, 1] : v; };
						  const base = rgba('var(--lumo-base-color)');
						  const lum = (colour) => { const [r, g, b, a] = rgba(colour);
						    const mix = [r, g, b].map((v, i) => (v * a + base[i] * (1 - a)) / 255);
						    return 0.2126 * mix[0] + 0.7152 * mix[1] + 0.0722 * mix[2]; };
						  const us = c.data.datasets[0].data.find(p => p.key === 'USA');
						  const result = { min: scale.min, integerTicks: scale.ticks.every(t => Number.isInteger(t.value)),
						    zero: scale.getColorForValue(0), missing: scale.getColorForValue(null), usValue: us.value,
						    usLuminance: lum(scale.getColorForValue(us.value)), missingLuminance: lum(scale.getColorForValue(null)),
						    zeroLuminance: lum(scale.getColorForValue(0)), oneLuminance: lum(scale.getColorForValue(1)) };
						  probe.remove(); return result; }""");
	}

	/** A page in the dark theme, switched with the toggle, then at an address. */
	private static Page darkPage(RunningApp app, String path) {
		Page page = app.newPage(1280, 900);
		page.navigate(app.url(path));
		page.getByLabel("Switch to dark theme").click();
		page.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme === 'dark'");
		return page;
	}

	/** The lane key of an actor: its id, read from the timeline's lanes chart. */
	private static String laneKey(RunningApp app, Page page, String iso3) {
		page.navigate(app.url("timeline?country=" + iso3 + "&role=imposer"));
		ChartPixels.awaitCharts(page, 1);
		return String
			.valueOf(page.evaluate("() => document.querySelector('sct-chart').chart.data.datasets[0].data[0].key"));
	}

	/** Where, in the canvas, the first bar of a row of a lane's chart is. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> pointOf(Page page, String lane, String rowStart) {
		return (Map<String, Object>) page.evaluate("""
				([lane, rowStart]) => { const c = [...document.querySelectorAll('sct-chart')].map(e => e.chart)
				          .find(ch => String(ch.options.plugins.title.text).startsWith(lane));
				  const row = c.scales.y.getLabels().findIndex(l => l.startsWith(rowStart));
				  for (let d = 0; d < c.data.datasets.length; d++) {
				    const meta = c.getDatasetMeta(d);
				    const i = c.data.datasets[d].data.findIndex(p => p && p.y === row && Array.isArray(p.x));
				    if (i >= 0) { const bar = meta.data[i]; const r = bar.getProps(['x', 'base', 'y'], true);
				      return { x: (r.x + r.base) / 2, y: r.y }; }
				  }
				  return null; }""", List.of(lane, rowStart));
	}

	/** The lanes open in an address. */
	private static String[] openLanes(String url) {
		return URLDecoder.decode(url.replaceAll(".*[?&]open=([^&]*).*", "$1"), StandardCharsets.UTF_8).split(",");
	}

	/** The map's title: what it counts and on which day. */
	private static String mapTitle(Page page) {
		return String
			.valueOf(page.evaluate("() => document.querySelector('sct-chart').chart.options.plugins.title.text"));
	}

	/**
	 * Where, in the lanes chart, the first strip of a lane is, with the lane's key and
	 * name.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> stripOf(Page page, int lane) {
		return (Map<String, Object>) page.evaluate("""
				(lane) => { const c = document.querySelector('sct-chart').chart;
				  const i = c.data.datasets[0].data.findIndex(p => p.y >= lane);
				  const p = c.data.datasets[0].data[i];
				  lane = p.y;
				  const bar = c.getDatasetMeta(0).data[i].getProps(['x', 'base', 'y'], true);
				  return { x: (bar.x + bar.base) / 2, y: bar.y, key: p.key,
				           lane: c.scales.y.getLabels()[lane].replace(/ \\(\\d+\\)$/, '') }; }""", lane);
	}

	private static int valueOf(Page page, String iso3) {
		Object value = page.evaluate("(iso3) => { const p = document.querySelector('sct-chart').chart.data.datasets[0]"
				+ ".data.find(p => p.key === iso3); return p && p.value ? p.value : 0; }", iso3);
		return ((Number) value).intValue();
	}

}
