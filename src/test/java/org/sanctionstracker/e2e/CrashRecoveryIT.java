package org.sanctionstracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application killed with {@code kill -9} (SIGKILL) while an editor saves measures
 * through the form, then started again on the same H2 data directory, once for each way
 * of dying: a random moment after Save is clicked (before, during or after the
 * transaction), and the moment the editor sees the save confirmed (the commit must
 * already be on disk, not in a write buffer). After each restart every save the editor
 * saw confirmed is there, each measure whole (with its first lifecycle event), and
 * nothing else but at most the one save that was in flight. Each restart is checked
 * before the next saves, so three jar starts cover both kills. Runs its own production
 * jar and Chromium, in parallel with the browser tests.
 */
@Execution(ExecutionMode.CONCURRENT)
class CrashRecoveryIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SAVED = Pattern.compile(".*/manage/measures/\\d+$");

	private static final int SAVES_BEFORE_EACH_CRASH = 3;

	@TempDir
	Path temp;

	@Test
	void a_kill_in_the_middle_of_saving_loses_no_confirmed_measure_and_leaves_no_half_record() throws Exception {
		String password = "crash-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
		Path data = this.temp.resolve("data");
		Path log = Files.createFile(this.temp.resolve("app.log"));
		// The first start and the browser's launch overlap: the jar is only polled from
		// another thread, and Playwright's objects stay on this one.
		CompletableFuture<AppProcess> first = CompletableFuture.supplyAsync(() -> start(data, password, log));
		RunningApp.Chromium browser;
		try {
			browser = RunningApp.Chromium.launch();
		}
		catch (RuntimeException | Error ex) {
			first.thenAccept(CrashRecoveryIT::stop);
			throw ex;
		}
		try (browser) {
			crashAndRestart(browser, first.join(), data, password, log);
		}
	}

	private void crashAndRestart(RunningApp.Chromium browser, AppProcess started, Path data, String password, Path log)
			throws Exception {
		String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
		List<String> confirmed = new ArrayList<>();
		List<String> inFlight = new ArrayList<>();
		int number = 0;
		AppProcess app = started;
		for (Kill kill : Kill.values()) {
			Page page = browser.newPage(1280, 1400);
			Forms.logIn(page, app.url("login"), "admin", password);
			try {
				for (int i = 0; i < SAVES_BEFORE_EACH_CRASH; i++) {
					String title = title(run, ++number);
					fill(page, app, title);
					save(page);
					page.waitForURL(SAVED);
					confirmed.add(title);
				}
			}
			catch (RuntimeException ex) {
				page.screenshot(
						new Page.ScreenshotOptions().setPath(RunningApp.screenshot("crash-recovery-failure.png")));
				String tail = app.logTail();
				app.stop();
				throw new AssertionError(
						"Saving before the kill " + kill + " failed; the application's log ends:\n" + tail, ex);
			}
			String title = title(run, ++number);
			fill(page, app, title);
			if (kill == Kill.RANDOM_MOMENT_AFTER_SAVE) {
				killDuringSave(page, app);
			}
			else {
				save(page);
				page.waitForURL(SAVED);
				app.kill();
			}
			if (SAVED.matcher(page.url()).matches()) {
				confirmed.add(title);
			}
			else {
				inFlight.add(title);
			}
			browser.endSessions();

			app = start(data, password, log);
			try {
				assertRecovered(app, run, kill, confirmed, inFlight);
			}
			catch (AssertionError | RuntimeException ex) {
				app.stop();
				throw ex;
			}
		}
		app.stop();
	}

	/**
	 * Starts the production jar on the data directory, with the JVM options every test
	 * app gets ({@link AppProcess#JVM_OPTIONS}): what is checked here is what is on disk
	 * after a kill, which they do not change, and the three starts are most of this
	 * test's time.
	 */
	private static AppProcess start(Path data, String password, Path log) {
		try {
			return AppProcess.start(data, password, log);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The application did not start: " + ex.getMessage(), ex);
		}
	}

	private static void stop(AppProcess app) {
		try {
			app.stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What the restarted application lists: every confirmed save, whole, and nothing but
	 * those and the saves in flight at a kill.
	 */
	private static void assertRecovered(AppProcess restarted, String run, Kill kill, List<String> confirmed,
			List<String> inFlight) {
		JsonNode found = JSON.readTree(get(restarted.url("api/v1/measures?q=" + run + "&size=500&sort=title")));
		Map<String, JsonNode> byTitle = new HashMap<>();
		found.get("items").valueStream().forEach((measure) -> byTitle.put(measure.get("title").asString(), measure));

		System.out.printf(
				"Crash recovery after %s: %d saves confirmed, %d in flight at a kill, %d of those found after restart%n",
				kill, confirmed.size(), inFlight.size(), inFlight.stream().filter(byTitle::containsKey).count());
		assertThat(byTitle.keySet()).as("every save the editor saw confirmed, after the kill %s", kill)
			.containsAll(confirmed);
		assertThat(byTitle.keySet()).as("nothing but confirmed saves and those in flight at a kill")
			.allMatch((title) -> confirmed.contains(title) || inFlight.contains(title));
		for (JsonNode measure : byTitle.values()) {
			assertThat(measure.get("events").size()).as("lifecycle of " + measure.get("title")).isEqualTo(1);
			JsonNode event = measure.get("events").get(0);
			assertThat(event.get("kind").asString()).isEqualTo("IMPOSED");
			assertThat(event.get("date").get("display").asString()).isEqualTo("Mar 2016");
			assertThat(measure.get("imposer").get("iso3").asString()).isEqualTo("AUS");
		}
	}

	private static String get(String url) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The two moments the process dies at. */
	private enum Kill {

		/**
		 * A random 0–400 ms after Save is clicked: before, during or after the
		 * transaction.
		 */
		RANDOM_MOMENT_AFTER_SAVE,

		/**
		 * The moment the editor sees the save confirmed: the commit must already be on
		 * disk, not waiting in a write buffer.
		 */
		WHEN_THE_SAVE_IS_CONFIRMED

	}

	private static String title(String run, int number) {
		return "Crash test " + run + " measure " + number;
	}

	private static void fill(Page page, AppProcess app, String title) {
		page.navigate(app.url("manage/measures/new"));
		Forms.pick(page, "Imposed by", "Australia", "Australia (AUS)");
		Forms.pick(page, "Imposed on", "North Korea", "North Korea (PRK)");
		Forms.pick(page, "Measure type", "Port", "Port ban");
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel("When").fill("2016-03");
		Forms.citeWebPage(page, "https://example.org/crash-test");
	}

	private static void save(Page page) {
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
	}

	/**
	 * Clicks Save and kills the process a random 0–400 ms later, then waits until the
	 * save either showed the saved measure or the browser lost the server (Vaadin's
	 * connection state says it is reconnecting or gave up).
	 */
	private static void killDuringSave(Page page, AppProcess app) {
		long delay = ThreadLocalRandom.current().nextLong(0, 400);
		Executor atTheMoment = CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS);
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).hover();
		CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> {
			try {
				app.kill();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, atTheMoment);
		page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
		kill.join();
		String savedOrServerGone = "saved => new RegExp(saved).test(location.href)"
				+ " || (window.Vaadin && window.Vaadin.connectionState"
				+ " && ['reconnecting', 'connection-lost'].includes(window.Vaadin.connectionState.state))";
		page.waitForFunction(savedOrServerGone, SAVED.pattern());
	}

}
