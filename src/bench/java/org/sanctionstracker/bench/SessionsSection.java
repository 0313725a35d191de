package org.sanctionstracker.bench;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import tools.jackson.databind.node.ObjectNode;

/**
 * Server memory retained per open dashboard: {@code n} browsers (each its own HTTP client
 * with its own cookie jar) open the dashboard the way Vaadin's client does (the page,
 * then {@code GET /?v-r=init&location=}, which builds the UI and its view on the server).
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
		openSessions(base, new double[settings.sessions()]);
		long after = heapAfterGc();
		Arrays.sort(millis);
		out.put("sessions", settings.sessions());
		out.put("heap_before_bytes", before);
		out.put("heap_after_first_batch_bytes", middle);
		out.put("heap_after_second_batch_bytes", after);
		out.put("retained_per_session_first_batch_bytes", (middle - before) / settings.sessions());
		out.put("retained_per_session_bytes", (after - middle) / settings.sessions());
		out.put("open_median_ms", Timing.round(millis[millis.length / 2]));
		out.put("open_p95_ms", Timing.round(millis[(int) Math.ceil(0.95 * millis.length) - 1]));
	}

	private static void openSessions(String base, double[] millis) throws Exception {
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			open(base);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
	}

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
		}
	}

	private static void check(HttpResponse<String> response, String expected) {
		if (response.statusCode() != 200 || !response.body().contains(expected)) {
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
