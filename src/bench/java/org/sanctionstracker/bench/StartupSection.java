package org.sanctionstracker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * Start-up time of the production jar as a user starts it ({@code java -jar … 
 * --tracker.data-dir=…}): from launching the process to the first HTTP 200 of the
 * dashboard page, and Spring's own "Started … in" figure from its log.
 */
final class StartupSection {

	private static final Pattern STARTED = Pattern
		.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	private StartupSection() {
	}

	/**
	 * Starts the jar {@code runs} times on a data directory.
	 * @param settings the settings
	 * @param dataDir the data directory
	 * @param fresh whether to empty the directory before every start
	 * @param out where the figures go
	 */
	static void run(Settings settings, Path dataDir, boolean fresh, ObjectNode out) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		double[] ready = new double[settings.startupRuns()];
		double[] spring = new double[settings.startupRuns()];
		Path log = settings.output().resolve("logs").resolve("startup-" + dataDir.getFileName() + ".log");
		Files.createDirectories(log.getParent());
		for (int i = 0; i < settings.startupRuns(); i++) {
			if (fresh) {
				BenchDatabase.deleteTree(dataDir);
			}
			int port = freePort();
			long start = System.nanoTime();
			ProcessBuilder builder = new ProcessBuilder(java, "-jar", settings.jar().toString(),
					"--server.port=" + port, "--tracker.data-dir=" + dataDir)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// the first administrator's password, as the end-to-end tests hand it over
			builder.environment().put("TRACKER_ADMIN_PASSWORD", "bench-" + Long.toHexString(System.nanoTime()));
			Process process = builder.start();
			try {
				awaitOk("http://localhost:" + port + "/", process, Duration.ofMinutes(5));
				ready[i] = (System.nanoTime() - start) / 1e6;
				Matcher started = STARTED.matcher(Files.readString(log));
				spring[i] = started.find() ? Double.parseDouble(started.group(1)) * 1000 : -1;
			}
			finally {
				process.destroy();
				process.waitFor();
			}
		}
		Arrays.sort(ready);
		Arrays.sort(spring);
		out.put("runs", ready.length);
		out.put("ready_median_ms", Timing.round(ready[ready.length / 2]));
		out.put("ready_max_ms", Timing.round(ready[ready.length - 1]));
		out.put("spring_started_median_ms", Timing.round(spring[spring.length / 2]));
		out.put("data_dir", dataDir.getFileName().toString());
	}

	private static void awaitOk(String url, Process process, Duration timeout) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The jar stopped with exit code " + process.exitValue());
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
			Thread.sleep(50);
		}
		throw new IllegalStateException("The jar did not answer within " + timeout);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
