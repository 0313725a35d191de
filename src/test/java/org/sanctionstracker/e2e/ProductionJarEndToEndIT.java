package org.sanctionstracker.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts the production jar that {@code ./mvnw package} built, as a user would, and looks
 * at it in a real Chromium: the dashboard chart must have drawn. Screenshots land in
 * {@code target/screenshots/}.
 *
 * <p>
 * Chromium is found at the path in system property {@code e2e.chromium} (default
 * {@code /usr/bin/chromium}). Without it the test is skipped on a developer machine but
 * fails under CI ({@code CI=true}), so CI can never pass without running it.
 */
class ProductionJarEndToEndIT {

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	@TempDir
	static Path dataDir;

	private static Process app;

	private static Path appLog;

	private static String baseUrl;

	private static Playwright playwright;

	private static Browser browser;

	@BeforeAll
	static void startAppAndBrowser() throws Exception {
		Path chromium = Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(chromium)) {
			assertThat(ci).as("CI must run the end-to-end test, but there is no Chromium at " + chromium).isFalse();
			assumeTrue(false, "No Chromium at " + chromium + ": install it or pass -De2e.chromium=/path/to/chromium");
		}
		Path jar = Paths.get(System.getProperty("e2e.jar", "target/sanctions-coalition-tracker.jar"));
		assertThat(jar).as("the production jar built by ./mvnw package").isRegularFile();

		int port = freePort();
		baseUrl = "http://localhost:" + port + "/";
		appLog = dataDir.resolve("app.log");
		String java = ProcessHandle.current().info().command().orElse("java");
		app = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--tracker.data-dir=" + dataDir.resolve("db"))
			.redirectErrorStream(true)
			.redirectOutput(appLog.toFile())
			.start();
		awaitHttpOk(baseUrl, Duration.ofSeconds(120));

		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		if (app != null) {
			app.destroy();
		}
	}

	@Test
	void the_dashboard_chart_draws_in_a_real_browser() throws IOException {
		Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
		page.navigate(baseUrl);
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
		Files.createDirectories(screenshots());
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve("dashboard.png")));

		assertThat(drawn.get("labels")).isEqualTo("2009,2016");
		assertThat(drawn.get("datasets").toString()).contains("Essay").contains("Blog post");
		double share = ((Number) drawn.get("painted")).doubleValue() / ((Number) drawn.get("total")).doubleValue();
		assertThat(share).as("share of the canvas painted (bars, axes, labels)").isGreaterThan(0.05);
		assertThat(page.title()).contains("Dashboard");
	}

	@Test
	void the_dark_theme_keeps_the_chart_readable() throws IOException {
		Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
		page.navigate(baseUrl);
		page.waitForFunction("() => { const c = document.querySelector('sct-chart'); return c && c.chart; }");
		String lightText = (String) page.evaluate("() => document.querySelector('sct-chart').chart.options.color");

		page.getByLabel("Switch to dark theme").click();
		page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'"
				+ " || getComputedStyle(document.documentElement).colorScheme === 'dark'");
		page.waitForFunction("lightText => document.querySelector('sct-chart').chart.options.color !== lightText",
				lightText);
		page.waitForTimeout(800);
		Files.createDirectories(screenshots());
		page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve("dashboard-dark.png")));

		String darkText = (String) page.evaluate("() => document.querySelector('sct-chart').chart.options.color");
		assertThat(brightness(darkText)).as("chart text in dark theme: " + darkText).isGreaterThan(150);
		assertThat(brightness(lightText)).as("chart text in light theme: " + lightText).isLessThan(110);
	}

	/** Mean of the red, green and blue channels of an rgb()/rgba() colour. */
	private static double brightness(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
		return (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) + Double.parseDouble(parts[2])) / 3;
	}

	private static Path screenshots() {
		return Paths.get(System.getProperty("e2e.screenshots", "target/screenshots"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitHttpOk(String url, Duration timeout) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!app.isAlive()) {
				throw new IllegalStateException("The application exited with " + app.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(
				"The application did not answer at " + url + " within " + timeout + ":\n" + tail());
	}

	private static String tail() throws IOException {
		List<String> lines = Files.readAllLines(appLog);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
