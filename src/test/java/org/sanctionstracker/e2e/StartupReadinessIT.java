package org.sanctionstracker.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh start serves only a ready application (issue 12): the production jar on an
 * empty data directory answers its first HTTP request with the seed data already in place
 * — the API lists the seeded measures and the dashboard in Chromium draws its charts —
 * and the readiness and liveness probes say UP. The start watched is the shared
 * application's ({@link RunningApp}): a fresh start on an empty data directory, whose API
 * is asked right after the first HTTP answer, before any test runs
 * ({@link RunningApp#firstAnswer()}); a start of its own would cost a second jar start on
 * the browser tests' thread for the same observation.
 */
@ExtendWith(RunningApp.Extension.class)
class StartupReadinessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void the_first_answer_of_a_fresh_start_already_has_the_seed_data(RunningApp app) throws Exception {
		String firstAnswer = app.firstAnswer();
		assertThat(firstAnswer).as("the API's first answer").startsWith("200 ");
		JsonNode measures = JSON.readTree(firstAnswer.substring(4));
		assertThat(measures.get("totalItems").asLong()).as("measures the API lists at the first answer\n" + firstAnswer)
			.isGreaterThan(20);

		HttpClient http = HttpClient.newHttpClient();
		assertThat(awaitStatus(http, app.url("actuator/health/readiness"), 200)).contains("\"UP\"");
		assertThat(get(http, app.url("actuator/health/liveness")).body()).contains("\"UP\"");

		Page page = app.newPage();
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 5);
		assertThat(ChartPixels.datasets(page, "Lifecycle events by imposer")).contains("Japan");
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("startup-first-page.png")));
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
