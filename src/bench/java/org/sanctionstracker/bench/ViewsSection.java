package org.sanctionstracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import tools.jackson.databind.node.ObjectNode;

/**
 * First paint of the chart views in Chromium, on the production jar started on a
 * generated H2 database as a user starts it ({@code java -jar … --tracker.data-dir=…}).
 * For each view, one browser context (so that the application's scripts are cached, as
 * for a returning reader) loads the page {@code warmups + runs} times; each load is timed
 * in the page, from the navigation's start ({@code performance.now()} counts from it) to
 * the first animation frame in which every chart the view shows exists as a Chart.js
 * instance with data and has painted pixels on its canvas. The first (cold) load is
 * reported apart. After the last load the page reports the size of each chart's
 * configuration (the UTF-8 bytes of the JSON in the {@code config} property the server
 * set on each {@code <sct-chart>}) and of all Vaadin responses of the load (the
 * bootstrap and UIDL JSON, which carry the configurations).
 *
 * <p>
 * Chromium is {@code /usr/bin/chromium} ({@code -Dbench.chromium=…}), headless, with the
 * same flags as the end-to-end tests; a window of 1280 × 900 CSS pixels.
 */
final class ViewsSection {

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	/**
	 * A view measured.
	 *
	 * @param name the name in the report
	 * @param path the address, relative to the application's root
	 * @param charts how many charts the view shows when it is complete
	 */
	record View(String name, String path, int charts) {
	}

	/** The views measured; the dashboard for comparison. */
	static final List<View> VIEWS = List.of(new View("dashboard", "", 5), new View("timeline", "timeline", 4),
			new View("map", "map", 1), new View("compare", "compare?countries=USA,JPN,KOR,CHN,RUS,GBR,FRA,DEU", 2));

	/**
	 * In the page: the time since the navigation started once every chart is drawn (else
	 * {@code false}). A chart is drawn when its Chart.js instance has a dataset with data
	 * and its canvas has painted pixels (sampled, every 7th pixel).
	 */
	private static final String DRAWN = """
			(n) => {
			  const charts = [...document.querySelectorAll('sct-chart')].filter((c) => c.offsetParent !== null);
			  if (charts.length < n) return false;
			  for (const c of charts) {
			    const chart = c.chart;
			    if (!chart || chart.width === 0 || !chart.data.datasets.some((d) => d.data && d.data.length > 0)) {
			      if (!(chart && chart.data.sctCountries)) return false;
			    }
			    const canvas = chart.canvas;
			    if (canvas.width === 0 || canvas.height === 0) return false;
			    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			    let painted = false;
			    for (let i = 3; i < pixels.length; i += 28) { if (pixels[i] > 0) { painted = true; break; } }
			    if (!painted) return false;
			  }
			  return performance.now();
			}""";

	/** In the page: the charts' configurations and the Vaadin responses, in bytes. */
	private static final String SIZES = """
			() => {
			  const utf8 = (text) => new TextEncoder().encode(text || '').length;
			  const configs = [...document.querySelectorAll('sct-chart')].filter((c) => c.offsetParent !== null)
			    .map((c) => utf8(typeof c.config === 'string' ? c.config : JSON.stringify(c.config)));
			  const vaadin = performance.getEntriesByType('resource')
			    .filter((r) => r.name.includes('v-r='))
			    .reduce((sum, r) => sum + r.decodedBodySize, 0);
			  const router = performance.getEntriesByType('resource').find((r) => r.name.includes('v-r=uidl'));
			  const uidl = router ? router.responseEnd : 0;
			  const nav = performance.getEntriesByType('navigation')[0];
			  return { configs, vaadin, document: nav ? nav.decodedBodySize : 0,
			           responseEnd: nav ? nav.responseEnd : 0, uidl };
			}""";

	private ViewsSection() {
	}

	/**
	 * Starts the jar on a data directory and measures every view.
	 * @param settings the settings
	 * @param dataDir the H2 database's data directory
	 * @param out where the figures go
	 */
	static void run(Settings settings, Path dataDir, ObjectNode out) throws Exception {
		Path chromium = Path.of(System.getProperty("bench.chromium", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			out.put("error", "no Chromium at " + chromium);
			return;
		}
		int warmups = Integer.getInteger("bench.views.warmups", 2);
		int runs = Integer.getInteger("bench.views.runs", 7);
		try (StartupSection.RunningJar jar = StartupSection.start(settings, dataDir, "views");
				Playwright playwright = Playwright.create(
						new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
						.setHeadless(true)
						.setArgs(CHROMIUM_ARGS))) {
			out.put("browser", "Chromium " + browser.version() + ", headless, 1280 × 900");
			out.put("runs", runs);
			out.put("warmups", warmups);
			ObjectNode views = out.putObject("views");
			for (View view : VIEWS) {
				ObjectNode node = views.putObject(view.name());
				node.put("path", "/" + view.path());
				try {
					measure(jar.url() + view.path(), view, browser, warmups, runs, node);
				}
				catch (RuntimeException ex) {
					node.put("error", ex.toString());
				}
			}
		}
	}

	private static void measure(String url, View view, Browser browser, int warmups, int runs, ObjectNode node) {
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			context.setDefaultTimeout(120_000);
			Page page = context.newPage();
			double first = -1;
			double[] millis = new double[runs];
			double[] server = new double[runs];
			double[] routed = new double[runs];
			Map<?, ?> sizes = null;
			for (int i = 0; i < warmups + runs; i++) {
				page.navigate(url);
				double drawn = ((Number) page
					.waitForFunction(DRAWN, view.charts())
					.jsonValue()).doubleValue();
				sizes = (Map<?, ?>) page.evaluate(SIZES);
				if (i == 0) {
					first = drawn;
				}
				if (i >= warmups) {
					millis[i - warmups] = drawn;
					server[i - warmups] = ((Number) sizes.get("responseEnd")).doubleValue();
					routed[i - warmups] = ((Number) sizes.get("uidl")).doubleValue();
				}
			}
			Arrays.sort(millis);
			Arrays.sort(server);
			Arrays.sort(routed);
			new Timing.Samples(millis, first).json(node.putObject("first_paint"));
			node.put("document_response_end_median_ms", Timing.round(server[server.length / 2]));
			// the router's request that builds the view and its charts on the server (0 when
			// the page carried the view)
			node.put("view_response_end_median_ms", Timing.round(routed[routed.length / 2]));
			List<Long> configs = new ArrayList<>();
			((List<?>) sizes.get("configs")).forEach((size) -> configs.add(((Number) size).longValue()));
			node.put("charts", configs.size());
			node.put("config_bytes_total", configs.stream().mapToLong(Long::longValue).sum());
			node.put("config_bytes_largest", configs.stream().mapToLong(Long::longValue).max().orElse(0));
			node.put("config_bytes", configs.toString());
			node.put("vaadin_response_bytes", ((Number) sizes.get("vaadin")).longValue());
			node.put("document_bytes", ((Number) sizes.get("document")).longValue());
		}
	}

}
