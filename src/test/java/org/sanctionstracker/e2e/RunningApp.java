package org.sanctionstracker.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production jar that {@code ./mvnw package} built, started once per test run as a
 * user would start it (own process, random port, empty temporary data directory), and
 * headless Debian Chromiums driven by Playwright. End-to-end test classes use it with
 * {@code @ExtendWith(RunningApp.Extension.class)} and take it as a parameter; all of them
 * share the one application, which is stopped when the test run ends.
 *
 * <p>
 * The test methods run in parallel ({@code pom.xml}, Failsafe's JUnit configuration), in
 * at most {@code e2e.browsers} browser lanes at a time (system property, default 2): each
 * method takes a Chromium of its own for its duration ({@link #newPage()} opens its pages
 * there) and the browser contexts it opened are closed when it ends. A Chromium serves
 * one method at a time, so its Playwright objects are never used by two threads at once
 * (what Playwright asks of Java callers). The tests keep apart by what they write: users,
 * titles and documents carry a random run suffix, and no view refreshes itself when
 * another session writes. The classes that start jars of their own
 * ({@link CrashRecoveryIT}, {@link StartupFaultsIT}) run beside the lanes.
 *
 * <p>
 * Chromium is found at the path in system property {@code e2e.chromium} (default
 * {@code /usr/bin/chromium-headless-shell}, Debian's headless build of Chromium: the same
 * Blink and V8 as {@code /usr/bin/chromium} without the desktop browser around them,
 * which took the browser tests from 6:54 to 4:36 min; see decision 0021). Without it the
 * tests are skipped on a developer machine but fail under CI ({@code CI=true}), so CI can
 * never pass without running them.
 *
 * <p>
 * The first administrator's password is generated here and handed to the application in
 * {@code TRACKER_ADMIN_PASSWORD}; tests read it from {@link #adminPassword()}.
 */
public final class RunningApp implements AutoCloseable {

	public static final String ADMIN_USER = "admin";

	private static final Logger log = LoggerFactory.getLogger(RunningApp.class);

	/**
	 * How long Playwright's assertions wait for their state: a longer limit costs nothing
	 * when the page is quick, and a two-core machine shared with other builds, running
	 * two browser lanes, is sometimes much slower than Playwright's default 5 s.
	 */
	public static final double ASSERTION_TIMEOUT_MILLIS = 30_000;

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final Path dataDir;

	private final Path appLog;

	private final String adminPassword;

	private AppProcess app;

	private String baseUrl;

	private Lanes lanes;

	private String firstAnswer;

	private RunningApp(Path dataDir) {
		this.dataDir = dataDir;
		this.appLog = dataDir.resolve("app.log");
		byte[] secret = new byte[12];
		new SecureRandom().nextBytes(secret);
		this.adminPassword = "e2e-" + HexFormat.of().formatHex(secret);
	}

	/**
	 * The JUnit extension that starts the shared application when the first end-to-end
	 * test class begins, injects it into test methods and constructors, and lends each
	 * test method a browser lane for its duration.
	 */
	public static final class Extension
			implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningApp.class);

		@Override
		public void beforeAll(ExtensionContext context) {
			start(context);
		}

		@Override
		public void beforeEach(ExtensionContext context) throws InterruptedException {
			Start start = start(context);
			long asked = System.nanoTime();
			start.lanes().take(context.getRequiredTestMethod().isAnnotationPresent(RunsLong.class));
			try {
				start.app();
			}
			catch (RuntimeException | Error ex) {
				start.lanes().giveBack();
				throw ex;
			}
			context.getStore(NAMESPACE).put("lane asked", asked);
			context.getStore(NAMESPACE).put("lane taken", System.nanoTime());
			if (ProcessorTime.available()) {
				context.getStore(NAMESPACE).put("processor time", processorTime(start));
			}
		}

		/**
		 * Chromium's and the application's processor seconds so far.
		 */
		private static double[] processorTime(Start start) {
			return new double[] { ProcessorTime.of("chromium"), ProcessorTime.of(start.app().app.pid()) };
		}

		@Override
		public void afterEach(ExtensionContext context) {
			start(context).lanes().giveBack();
			Long asked = context.getStore(NAMESPACE).get("lane asked", Long.class);
			Long taken = context.getStore(NAMESPACE).get("lane taken", Long.class);
			if (asked == null || taken == null) {
				return;
			}
			String test = context.getRequiredTestClass().getSimpleName() + "."
					+ context.getRequiredTestMethod().getName();
			String lane = String.format("%.1f s in a browser lane after %.1f s waiting for one",
					(System.nanoTime() - taken) / 1e9, (taken - asked) / 1e9);
			double[] before = context.getStore(NAMESPACE).get("processor time", double[].class);
			if (before == null) {
				log.info("{}: {}", test, lane);
				return;
			}
			double[] after = processorTime(start(context));
			log.info("{}: {}; meanwhile {} CPU-s in Chromium and {} CPU-s in the application, all lanes together", test,
					lane, String.format("%.1f", after[0] - before[0]), String.format("%.1f", after[1] - before[1]));
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == RunningApp.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return start(context).app();
		}

		private static Start start(ExtensionContext context) {
			return context.getRoot()
				.getStore(NAMESPACE)
				.computeIfAbsent(Start.class, (key) -> Start.begin(), Start.class);
		}

	}

	/**
	 * The one attempt to start the application, begun in the background when the first
	 * test class begins, and the browser lanes, which open when it has started. When the
	 * start fails, every test fails (or is skipped) at once with the same reason instead
	 * of trying again.
	 */
	private record Start(CompletableFuture<RunningApp> started, Lanes lanes) implements AutoCloseable {

		static Start begin() {
			Lanes lanes = new Lanes(Integer.getInteger("e2e.browsers", 2));
			CompletableFuture<RunningApp> started = new CompletableFuture<>();
			Thread.ofPlatform().name("e2e-app-start").daemon().start(() -> {
				try {
					RunningApp app = start();
					app.lanes = lanes;
					started.complete(app);
				}
				catch (RuntimeException | Error ex) {
					started.completeExceptionally(ex);
				}
				finally {
					lanes.open();
				}
			});
			return new Start(started, lanes);
		}

		/**
		 * The started application; waits for the start.
		 * @return the application
		 */
		RunningApp app() {
			try {
				return this.started.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error cause) {
					throw cause;
				}
				throw ex;
			}
		}

		@Override
		public void close() {
			this.lanes.close();
			this.started.handle((app, failure) -> {
				if (app != null) {
					app.close();
				}
				return null;
			}).join();
		}

	}

	private static RunningApp start() {
		Chromium.path();
		Path jar = Paths.get(System.getProperty("e2e.jar", "target/sanctions-coalition-tracker.jar"));
		assertThat(jar).as("the production jar built by ./mvnw package").isRegularFile();
		try {
			RunningApp app = new RunningApp(Files.createTempDirectory("sct-e2e-"));
			app.startJar();
			return app;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the application under test: " + ex.getMessage(), ex);
		}
	}

	private void startJar() throws Exception {
		this.app = AppProcess.start(this.dataDir.resolve("db"), this.adminPassword, this.appLog);
		this.baseUrl = this.app.baseUrl();
		// AppProcess.start returns at the first HTTP answer of this fresh start: ask at
		// once, before any test can write (StartupReadinessIT checks the answer).
		HttpResponse<String> measures = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("api/v1/measures?size=1"))).build(),
					HttpResponse.BodyHandlers.ofString());
		this.firstAnswer = measures.statusCode() + " " + measures.body();
	}

	/**
	 * What the API answered to {@code GET /api/v1/measures?size=1} right after the first
	 * HTTP answer of this fresh start on an empty data directory, before any test ran.
	 * @return the status code, a space, and the body
	 */
	public String firstAnswer() {
		return this.firstAnswer;
	}

	/**
	 * The browser lanes: at most so many test methods hold a Chromium at a time. A method
	 * asks for a lane before it begins and gives it back when it ends, with the browser
	 * contexts it opened closed; the next lane goes to the waiting method marked
	 * {@link RunsLong}, else to the one that asked first, so that the lanes end together
	 * instead of one waiting for a long test that began last. No lane opens before the
	 * application has started, so that every method waiting by then is in that order.
	 */
	private static final class Lanes {

		private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(
				Comparator.comparing(Waiter::runsLong).reversed().thenComparingLong(Waiter::arrival));

		/** The Chromiums no test method holds. */
		private final Queue<Chromium> idle = new ConcurrentLinkedQueue<>();

		/** Every Chromium launched, to be closed at the end. */
		private final Queue<Chromium> launched = new ConcurrentLinkedQueue<>();

		/** The Chromium of the test method running on this thread. */
		private final ThreadLocal<Chromium> current = new ThreadLocal<>();

		private int free;

		private long arrivals;

		private boolean open;

		Lanes(int lanes) {
			this.free = lanes;
		}

		private record Waiter(boolean runsLong, long arrival) {
		}

		synchronized void open() {
			this.open = true;
			notifyAll();
		}

		/**
		 * Waits for a lane for the test method on this thread, then lends it an idle
		 * Chromium or launches one.
		 * @param runsLong whether the method is marked {@link RunsLong}
		 */
		void take(boolean runsLong) throws InterruptedException {
			synchronized (this) {
				Waiter me = new Waiter(runsLong, this.arrivals++);
				this.waiting.add(me);
				try {
					while (!this.open || this.free == 0 || this.waiting.peek() != me) {
						wait();
					}
				}
				catch (InterruptedException ex) {
					this.waiting.remove(me);
					notifyAll();
					throw ex;
				}
				this.waiting.poll();
				this.free--;
				notifyAll();
			}
			try {
				Chromium chromium = this.idle.poll();
				if (chromium == null) {
					chromium = Chromium.launch();
					this.launched.add(chromium);
				}
				this.current.set(chromium);
			}
			catch (RuntimeException | Error ex) {
				release();
				throw ex;
			}
		}

		/**
		 * Gives the lane of the test method on this thread back, with the browser
		 * contexts it opened closed.
		 */
		void giveBack() {
			Chromium chromium = this.current.get();
			if (chromium == null) {
				return;
			}
			this.current.remove();
			try {
				chromium.endSessions();
				this.idle.add(chromium);
			}
			finally {
				release();
			}
		}

		private synchronized void release() {
			this.free++;
			notifyAll();
		}

		Chromium current() {
			Chromium chromium = this.current.get();
			if (chromium == null) {
				throw new IllegalStateException("Pages are opened by test methods, in the browser lane they hold");
			}
			return chromium;
		}

		void close() {
			for (Chromium chromium : this.launched) {
				chromium.close();
			}
		}

	}

	/**
	 * A headless Debian Chromium driven by Playwright. Playwright's objects may be used
	 * by one thread at a time only, so a test class that runs beside the browser lanes
	 * ({@link CrashRecoveryIT}) launches one of its own.
	 *
	 * <p>
	 * Each session (cookie jar) is a browser profile on disk of its own, kept for the
	 * next test method once its pages are closed and its cookies and storage cleared. A
	 * profile on disk keeps the scripts' compiled code between pages, which a throwaway
	 * (incognito) context does not: a page of the application then costs Chromium about
	 * half the processor time, and the browser tests are mostly that.
	 */
	public static final class Chromium implements AutoCloseable {

		private final Playwright playwright;

		private final Path executable;

		/**
		 * Every session launched, in the order of launch; the first free ones are lent.
		 */
		private final List<Session> sessions = new ArrayList<>();

		private Chromium(Playwright playwright, Path executable) {
			this.playwright = playwright;
			this.executable = executable;
		}

		/** One browser profile on disk, open as one Playwright context. */
		private static final class Session {

			private final Path profile;

			private final BrowserContext context;

			private boolean lent;

			private boolean closed;

			Session(Path profile, BrowserContext context) {
				this.profile = profile;
				this.context = context;
				context.onClose((closed) -> this.closed = true);
			}

		}

		/**
		 * Launches a Chromium of its own; skips the test (fails it under CI) when there
		 * is none.
		 * @return the browser, to be closed
		 */
		public static Chromium launch() {
			Path chromium = path();
			// Assertions wait on state: a longer limit costs nothing when the page is
			// quick, and a two-core machine shared with other builds is sometimes slower
			// than the default 5 s.
			PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MILLIS);
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			return new Chromium(playwright, chromium);
		}

		private static Path path() {
			Path chromium = Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium-headless-shell"));
			boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
			if (!Files.isExecutable(chromium)) {
				assertThat(ci).as("CI must run the end-to-end tests, but there is no Chromium at " + chromium)
					.isFalse();
				assumeTrue(false,
						"No Chromium at " + chromium + ": install it or pass -De2e.chromium=/path/to/chromium");
			}
			return chromium;
		}

		/**
		 * A new page in a session of its own (own cookies) for the test method.
		 * @param width viewport width in CSS pixels
		 * @param height viewport height in CSS pixels
		 * @return the page
		 */
		public Page newPage(int width, int height) {
			Session session = this.sessions.stream()
				.filter((s) -> !s.lent && !s.closed)
				.findFirst()
				.orElseGet(this::launchSession);
			session.lent = true;
			Page page = session.context.newPage();
			page.setViewportSize(width, height);
			return page;
		}

		private Session launchSession() {
			Path profile;
			try {
				profile = Files.createTempDirectory("e2e-chromium-profile");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			// Reduced motion, as many users ask of their system: the charts draw at once
			// instead of animating for a second before a test can read them.
			BrowserContext context = this.playwright.chromium()
				.launchPersistentContext(profile,
						new BrowserType.LaunchPersistentContextOptions().setExecutablePath(this.executable)
							.setHeadless(true)
							.setArgs(CHROMIUM_ARGS)
							.setViewportSize(1280, 800)
							.setReducedMotion(ReducedMotion.REDUCE));
			// Playwright's waits (navigation, clicks, waitFor…) get a minute instead of
			// 30 s, for the same reason as the assertions.
			context.setDefaultTimeout(60_000);
			for (Page blank : context.pages()) {
				blank.close();
			}
			Session session = new Session(profile, context);
			this.sessions.add(session);
			return session;
		}

		/**
		 * Ends the sessions lent so far: closes their pages and clears their cookies and
		 * storage, so that the next test method starts logged out.
		 */
		public void endSessions() {
			for (Session session : this.sessions) {
				if (!session.lent) {
					continue;
				}
				session.lent = false;
				if (session.closed) {
					continue;
				}
				for (Page page : session.context.pages()) {
					try {
						if (page.url().startsWith("http")) {
							page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }");
						}
					}
					catch (PlaywrightException ex) {
						// A page that cannot run a script has no storage to clear.
					}
					page.close();
				}
				session.context.clearCookies();
				session.context.clearPermissions();
			}
			for (Session session : this.sessions) {
				if (session.closed) {
					delete(session.profile);
				}
			}
			this.sessions.removeIf((s) -> s.closed);
		}

		@Override
		public void close() {
			try {
				for (Session session : this.sessions) {
					if (!session.closed) {
						session.context.close();
					}
					delete(session.profile);
				}
			}
			finally {
				this.playwright.close();
			}
		}

		private static void delete(Path profile) {
			try (var paths = Files.walk(profile)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				log.warn("Could not delete the browser profile {}", profile, ex);
			}
		}

	}

	/**
	 * The application's address, ending in {@code /}.
	 * @return e.g. {@code http://localhost:41234/}
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * An absolute URL on the application.
	 * @param path a path relative to the root, e.g. {@code chronology?country=JPN}
	 * @return the URL
	 */
	public String url(String path) {
		return this.baseUrl + (path.startsWith("/") ? path.substring(1) : path);
	}

	public String adminPassword() {
		return this.adminPassword;
	}

	/**
	 * A new page in a new browser context (own cookies, so its own session), at 1280×800.
	 * @return the page
	 */
	public Page newPage() {
		return newPage(1280, 800);
	}

	/**
	 * A new page in a new browser context (own cookies, so its own session).
	 * @param width viewport width in CSS pixels
	 * @param height viewport height in CSS pixels
	 * @return the page
	 */
	public Page newPage(int width, int height) {
		return this.lanes.current().newPage(width, height);
	}

	/**
	 * Where screenshots go ({@code target/screenshots/}), created if needed.
	 * @param name the file name, e.g. {@code dashboard.png}
	 * @return the path
	 */
	public static Path screenshot(String name) {
		Path dir = Paths.get(System.getProperty("e2e.screenshots", "target/screenshots"));
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return dir.resolve(name);
	}

	/**
	 * The last lines the application logged, for failure messages.
	 * @return up to 40 lines
	 */
	public String logTail() {
		return this.app.logTail();
	}

	@Override
	public void close() {
		if (this.app != null) {
			try {
				this.app.stop();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
