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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

/**
 * Start-up time of the production jar as a user starts it ({@code java -jar … 
 * --tracker.data-dir=…}): from launching the process to the first HTTP 200 of the
 * dashboard page, and Spring's own "Started … in" figure from its log. Also as the README
 * recommends for production: the jar extracted ({@code -Djarmode=tools extract}) and
 * started with the JDK's AOT cache ({@code -XX:AOTCache}), recorded by one training run
 * that opens the dashboard and stops.
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
		run(settings, List.of("-jar", settings.jar().toString()), dataDir, fresh, out);
	}

	/**
	 * Extracts the jar and records the AOT cache with one training run on a fresh data
	 * directory.
	 * @param settings the settings
	 * @return the arguments that start the extracted jar with the cache
	 */
	static List<String> aotCache(Settings settings) throws Exception {
		String java = java();
		Path dir = settings.output().resolve("aot");
		BenchDatabase.deleteTree(dir);
		Files.createDirectories(dir);
		Path log = settings.output().resolve("logs").resolve("startup-aot-training.log");
		Files.createDirectories(log.getParent());
		Process extract = new ProcessBuilder(java, "-Djarmode=tools", "-jar", settings.jar().toString(), "extract",
				"--destination", dir.resolve("app").toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (extract.waitFor() != 0) {
			throw new IllegalStateException("Extracting the jar failed; see " + log);
		}
		Path jar = dir.resolve("app").resolve(settings.jar().getFileName());
		Path cache = dir.resolve("app.aot");
		Path training = dir.resolve("training-data");
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(java, "-XX:AOTCacheOutput=" + cache, "-jar", jar.toString(),
				"--server.port=" + port, "--tracker.data-dir=" + training)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("TRACKER_ADMIN_PASSWORD", "bench-" + Long.toHexString(System.nanoTime()));
		Process process = builder.start();
		try {
			awaitOk("http://localhost:" + port + "/", process, Duration.ofMinutes(5));
			awaitOk("http://localhost:" + port + "/chronology", process, Duration.ofMinutes(1));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
		if (!Files.exists(cache)) {
			throw new IllegalStateException("The training run wrote no AOT cache; see " + log);
		}
		BenchDatabase.deleteTree(training);
		return List.of("-XX:AOTCache=" + cache, "-jar", jar.toString());
	}

	/**
	 * Starts the jar {@code runs} times on a data directory.
	 * @param settings the settings
	 * @param launch the JVM arguments that start it
	 * @param dataDir the data directory
	 * @param fresh whether to empty the directory before every start
	 * @param out where the figures go
	 */
	static void run(Settings settings, List<String> launch, Path dataDir, boolean fresh, ObjectNode out)
			throws Exception {
		String java = java();
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
			List<String> command = new ArrayList<>();
			command.add(java);
			command.addAll(launch);
			command.add("--server.port=" + port);
			command.add("--tracker.data-dir=" + dataDir);
			ProcessBuilder builder = new ProcessBuilder(command)
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
		// paths relative to the project, so that the results name no machine's folders
		String project = Path.of("").toAbsolutePath() + System.getProperty("file.separator");
		out.put("command", String.join(" ", launch).replace(project, ""));
	}

	/**
	 * The production jar running on a data directory, until closed.
	 *
	 * @param process the JVM
	 * @param url the application's address, ending in {@code /}
	 */
	record RunningJar(Process process, String url) implements AutoCloseable {

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			this.process.waitFor();
		}

	}

	/**
	 * Starts the production jar on a data directory and waits for its first HTTP 200.
	 * @param settings the settings
	 * @param dataDir the data directory
	 * @param name the name of its log file ({@code target/bench/logs/<name>.log})
	 * @return the running jar, to be closed
	 */
	static RunningJar start(Settings settings, Path dataDir, String name) throws Exception {
		Path log = settings.output().resolve("logs").resolve(name + ".log");
		Files.createDirectories(log.getParent());
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", settings.jar().toString(),
				"--server.port=" + port, "--tracker.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("TRACKER_ADMIN_PASSWORD", "bench-" + Long.toHexString(System.nanoTime()));
		Process process = builder.start();
		RunningJar jar = new RunningJar(process, "http://localhost:" + port + "/");
		try {
			awaitOk(jar.url(), process, Duration.ofMinutes(5));
		}
		catch (Exception ex) {
			jar.close();
			throw ex;
		}
		return jar;
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
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
