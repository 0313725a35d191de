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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The production jar that {@code ./mvnw package} built, running as its own process on a
 * free port with a given data directory, as an operator would start it. The first
 * administrator's password is handed over in {@code TRACKER_ADMIN_PASSWORD}.
 */
public final class AppProcess {

	/**
	 * JVM options for a run of minutes on a busy two-core machine: the client compiler
	 * only and the serial collector take about 45 % less CPU to start the application
	 * than the defaults (C2 compiler threads and G1's workers compete with Chromium and
	 * the other jars for the two cores), and what the application does is the same.
	 */
	static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private AppProcess(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/**
	 * Starts the jar and waits until it answers HTTP.
	 * @param dataDir the data directory ({@code tracker.data-dir}); may hold an earlier
	 * run's database
	 * @param adminPassword the first administrator's password
	 * @param log where the process's output goes (appended)
	 * @return the running application
	 * @throws Exception when it does not start within five minutes (a two-core machine
	 * shared with other builds can take several), with its last log lines
	 */
	public static AppProcess start(Path dataDir, String adminPassword, Path log) throws Exception {
		Path jar = Paths.get(System.getProperty("e2e.jar", "target/sanctions-coalition-tracker.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No production jar at " + jar + ": run ./mvnw package");
		}
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--tracker.data-dir=" + dataDir));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("TRACKER_ADMIN_PASSWORD", adminPassword);
		AppProcess app = new AppProcess(builder.start(), "http://localhost:" + port + "/", log);
		app.awaitHttp(Duration.ofMinutes(5));
		return app;
	}

	/**
	 * The application's process.
	 * @return its process id
	 */
	public long pid() {
		return this.process.pid();
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

	/** Stops the application the normal way (SIGTERM) and waits for it. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	/**
	 * Kills the application at once, as {@code kill -9} does, and waits until it is gone.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	/**
	 * The last lines the application logged, for failure messages.
	 * @return up to 40 lines
	 */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitHttp(Duration timeout) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The application exited with " + this.process.exitValue() + ":\n" + logTail());
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(this.baseUrl)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() < 500) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			// back off a little, but notice at once when the process ends
			try {
				this.process.onExit().get(200, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException stillRunning) {
				// poll again
			}
		}
		throw new IllegalStateException(
				"The application did not answer at " + this.baseUrl + " within " + timeout + ":\n" + logTail());
	}

}
