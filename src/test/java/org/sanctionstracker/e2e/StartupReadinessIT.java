package org.sanctionstracker.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh start serves only a ready application (issue 12): the production jar on an
 * empty data directory answers its first HTTP request with the seed data already in place
 * — the API lists the seeded measures and the dashboard in Chromium draws its charts —
 * and the readiness and liveness probes say UP. Its own process, apart from the shared
 * one, to watch the start.
 */
@ExtendWith(RunningApp.Extension.class)
class StartupReadinessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void the_first_answer_of_a_fresh_start_already_has_the_seed_data(RunningApp shared) throws Exception {
		Path dir = Files.createTempDirectory("sct-ready-");
		AppProcess app = AppProcess.start(dir.resolve("db"), "ready-password-1", dir.resolve("app.log"));
		try {
			HttpClient http = HttpClient.newHttpClient();
			// AppProcess.start returns at the first HTTP answer: ask at once.
			long measures = JSON.readTree(get(http, app.url("api/v1/measures?size=1")).body())
				.get("totalItems")
				.asLong();
			assertThat(measures).as("measures the API lists at the first answer\n" + app.logTail()).isGreaterThan(20);
			assertThat(awaitStatus(http, app.url("actuator/health/readiness"), 200)).contains("\"UP\"");
			assertThat(get(http, app.url("actuator/health/liveness")).body()).contains("\"UP\"");

			Page page = shared.newPage();
			page.navigate(app.baseUrl());
			ChartPixels.awaitCharts(page, 5);
			assertThat(ChartPixels.datasets(page, "Lifecycle events by imposer")).contains("Japan");
			page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("startup-first-page.png")));
		}
		finally {
			app.stop();
		}
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The probe's answer once it has this status; a starting application may take a
	 * moment.
	 */
	private static String awaitStatus(HttpClient http, String url, int status) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		HttpResponse<String> response = get(http, url);
		while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			response = get(http, url);
		}
		assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(status);
		return response.body();
	}

}
