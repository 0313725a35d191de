package org.sanctionstracker.bench;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server memory retained per open dashboard: {@code n} browsers (each its own HTTP client
 * with its own cookie jar) open the dashboard the way Vaadin's client does: the page,
 * {@code GET /?v-r=init&location=} (which creates the UI), then the router's
 * {@code ui-navigate} event ({@code POST /?v-r=uidl}), which builds the dashboard view
 * with its charts on the server.
 * The clients are closed again, so only the server's sessions stay in the heap; the heap
 * in use after full collections, before and after, divided by {@code n}. This is done
 * twice in a row: the first batch also pays for whatever the first dashboards leave in
 * shared caches (the database's page cache, aggregate results), the second shows what
 * one more open dashboard costs.
 */
final class SessionsSection {

	private SessionsSection() {
	}

	static void run(int port, Settings settings, ObjectNode out) throws Exception {
		String base = "http://localhost:" + port + "/";
		for (int i = 0; i < 3; i++) {
			open(base); // warm-up: classes, caches, the first aggregates
		}
		long before = heapAfterGc();
		double[] millis = new double[settings.sessions()];
		openSessions(base, millis);
		long middle = heapAfterGc();
		histogram(settings, "sessions-histogram-1.txt");
		openSessions(base, new double[settings.sessions()]);
		long after = heapAfterGc();
		histogram(settings, "sessions-histogram-2.txt");
		Arrays.sort(millis);
		out.put("sessions", settings.sessions());
		out.put("heap_before_bytes", before);
		out.put("heap_after_first_batch_bytes", middle);
		out.put("heap_after_second_batch_bytes", after);
		out.put("retained_per_session_first_batch_bytes", (middle - before) / settings.sessions());
		out.put("retained_per_session_bytes", (after - middle) / settings.sessions());
		out.put("view_response_bytes", lastViewBytes);
		out.put("open_median_ms", Timing.round(millis[millis.length / 2]));
		out.put("open_p95_ms", Timing.round(millis[(int) Math.ceil(0.95 * millis.length) - 1]));
	}

	/**
	 * With {@code -Dbench.sessions.histogram=true}, what the heap holds, for a diagnosis:
	 * jcmd's class histogram of this JVM after each batch; the difference of the two is
	 * what a batch of open dashboards holds.
	 */
	private static void histogram(Settings settings, String file) throws Exception {
		if (Boolean.getBoolean("bench.sessions.histogram")) {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
				.redirectErrorStream(true)
				.redirectOutput(settings.output().resolve(file).toFile())
				.start();
			jcmd.waitFor();
		}
	}

	private static void openSessions(String base, double[] millis) throws Exception {
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			open(base);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
	}

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static volatile int lastViewBytes;

	private static void open(String base) throws Exception {
		try (HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build()) {
			HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base)).build(),
					HttpResponse.BodyHandlers.ofString());
			check(page, "<html");
			HttpResponse<String> init = client.send(
					HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query=")).build(),
					HttpResponse.BodyHandlers.ofString());
			check(init, "\"uidl\"");
			// the client router then asks the server to navigate to the route, which builds the
			// dashboard view with its charts
			JsonNode config = MAPPER.readTree(init.body()).get("appConfig");
			String uiId = config.get("v-uiId").asString();
			String csrf = config.at("/uidl/Vaadin-Security-Key").asString();
			String navigate = """
					{"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate",\
					"data":{"route":"","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
					"syncId":0,"clientId":0}""".formatted(csrf);
			HttpResponse<String> view = client.send(
					HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
						.header("Content-Type", "application/json; charset=UTF-8")
						.POST(HttpRequest.BodyPublishers.ofString(navigate))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			check(view, "sct-chart");
			lastViewBytes = view.body().length();
		}
	}

	private static void check(HttpResponse<String> response, String expected) {
		if (response.statusCode() != 200 || !response.body().contains(expected)) {
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "bench-init.txt"),
						response.body());
			}
			catch (java.io.IOException ex) {
				// only a diagnosis
			}
			throw new IllegalStateException("Unexpected answer from " + response.uri() + ": HTTP "
					+ response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
		}
	}

	static long heapAfterGc() throws InterruptedException {
		long least = Long.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(300);
			least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return least;
	}

}
