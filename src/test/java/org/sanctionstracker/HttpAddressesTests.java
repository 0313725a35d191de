package org.sanctionstracker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionstracker.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application's addresses as a browser or a script meets them, over a real port with
 * the whole application (Vaadin included) on the seeded database: every {@code curl}
 * example in the README runs and answers 2xx; an address under {@code /api/} that no
 * endpoint serves is a 404 problem, not the application's HTML page; each single-record
 * endpoint answers its record and a 404 problem for a missing one; the OpenAPI document
 * and its browsable page are served and describe every parameter, allowed value, sort key
 * and error; the health probes answer without a login; an address that is no view is a
 * 404 page and a view the user may not open a 403 page, and a visitor who has not logged
 * in gets the login form at an editing view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tracker.test.database=http")
@AutoConfigureTestDatabase
@NotOnPostgres("it checks addresses, statuses and documents; the API's queries run on PostgreSQL in ReadApiTests")
class HttpAddressesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String README_HOST = "http://localhost:8080";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<String> readmeCurls() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		List<String> commands = new ArrayList<>();
		boolean inCode = false;
		for (String line : readme.split("\n")) {
			if (line.strip().startsWith("```")) {
				inCode = !inCode;
			}
			else if (inCode && line.strip().startsWith("curl ")) {
				commands.add(line.strip());
			}
			else if (!inCode) {
				Matcher inline = Pattern.compile("`(curl [^`]+)`").matcher(line);
				while (inline.find()) {
					commands.add(inline.group(1));
				}
			}
		}
		assertThat(commands).as("curl examples in README.md").hasSizeGreaterThan(5);
		return commands.stream();
	}

	@ParameterizedTest
	@MethodSource("readmeCurls")
	void every_curl_example_in_the_readme_answers_2xx(String command) throws Exception {
		List<String> words = shellWords(command);
		String url = null;
		String user = null;
		for (int i = 1; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
				case "-u", "--user" -> user = words.get(++i);
				case "-O", "-J", "-OJ", "-s", "-sS", "-f", "-i" -> {
					// where the body goes, or how quietly: the answer is the same
				}
				default -> {
					if (word.startsWith("-")) {
						fail("README's '" + command + "' uses the option " + word + ", which this test does not run");
					}
					url = word;
				}
			}
		}
		assertThat(url).as(command).startsWith(README_HOST);
		if (user != null) {
			String[] credentials = user.split(":", 2);
			TestAccounts.ensure(this.jdbc, credentials[0], Role.VIEWER);
			this.jdbc.update("update app_user set password_hash = ? where username = ?",
					PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(credentials[1]), credentials[0]);
		}
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(url.replace(README_HOST, "http://localhost:" + this.port)));
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(command + " answered " + response.body()).isBetween(200, 299);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/nope", "/api/nope", "/api/v1/measures/12/nope", "/api/v2/measures" })
	void an_address_under_api_that_no_endpoint_serves_is_a_404_problem(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("There is no endpoint at");
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/measures/abc, 400, is not a valid id",
			"GET, /api/v1/actors/99999999999999999999, 400, is not a valid id",
			"GET, /api/v1/export/measures.xml, 404, export; use csv or json",
			"GET, /api/v1/export/nope.csv, 404, There is no endpoint at", "PUT, /api/v1/measures/1, 403, CSRF token",
			"DELETE, /api/v1/actors, 403, CSRF token" })
	void a_malformed_id_an_unknown_export_or_a_writing_method_is_a_problem_too(String method, String path, int status,
			String detail) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(url(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(detail);
	}

	@ParameterizedTest
	@ValueSource(strings = { "actors", "events", "coalitions", "enforcement-actions", "figures", "measures" })
	void each_kind_of_record_has_its_single_record_endpoint(String kind) throws Exception {
		JsonNode first = JSON.readTree(get("/api/v1/" + kind + "?size=1").body()).get("items").get(0);
		long id = first.get("id").asLong();

		HttpResponse<String> one = get("/api/v1/" + kind + "/" + id);
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(one.body())).isEqualTo(JSON.readTree(get("/api/v1/" + kind + "/" + id).body()));
		assertThat(JSON.readTree(one.body()).get("id").asLong()).isEqualTo(id);
		if (!"measures".equals(kind)) {
			assertThat(JSON.readTree(one.body())).as("the record as the list gives it").isEqualTo(first);
		}

		HttpResponse<String> missing = get("/api/v1/" + kind + "/999999999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(missing.body()).get("detail").asString()).startsWith("There is no ")
			.endsWith(" 999999999");
	}

	@Test
	void the_openapi_document_describes_every_parameter_allowed_value_sort_key_and_error() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = JSON.readTree(response.body()).get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/actors", "/api/v1/actors/{id}", "/api/v1/measures",
				"/api/v1/measures/{id}", "/api/v1/events/{id}", "/api/v1/coalitions/{id}",
				"/api/v1/enforcement-actions/{id}", "/api/v1/figures/{id}", "/api/v1/export/events.{format}",
				"/api/v1/export/database.json");
		JsonNode measures = paths.get("/api/v1/measures").get("get");
		List<String> names = measures.get("parameters").valueStream().map((p) -> p.get("name").asString()).toList();
		assertThat(names).containsExactlyInAnyOrder("country", "role", "coalition", "type", "kind", "from", "to", "q",
				"asOf", "page", "size", "sort");
		assertThat(parameter(measures, "sort").get("schema").get("enum").valueStream().map(JsonNode::asString))
			.contains("title", "title,desc", "imposer,asc", "target");
		assertThat(parameter(measures, "type").get("schema").get("enum").valueStream().map(JsonNode::asString))
			.contains("PORT_BAN", "ASSET_FREEZE");
		assertThat(parameter(measures, "role").get("schema").get("enum").valueStream().map(JsonNode::asString))
			.containsExactly("imposer", "target", "any");
		assertThat(measures.get("responses").propertyNames()).contains("200", "400", "404", "500");
		assertThat(measures.get("responses").get("400").get("content").propertyNames())
			.containsExactly("application/problem+json");
		for (JsonNode path : paths) {
			for (JsonNode operation : path) {
				for (JsonNode parameter : operation.path("parameters")) {
					assertThat(parameter.path("description").asString())
						.as(operation.get("operationId") + " " + parameter.get("name"))
						.isNotBlank();
				}
			}
		}
	}

	@Test
	void every_parameter_the_document_lists_is_accepted_and_no_other() throws Exception {
		JsonNode paths = JSON.readTree(get("/v3/api-docs").body()).get("paths");
		for (var entry : paths.properties()) {
			if (entry.getKey().contains("{")) {
				continue;
			}
			for (JsonNode parameter : entry.getValue().get("get").path("parameters")) {
				String name = parameter.get("name").asString();
				assertThat(get(entry.getKey() + "?" + name + "=").statusCode()).as(entry.getKey() + " " + name)
					.isEqualTo(200);
			}
			assertThat(get(entry.getKey() + "?nope=1").statusCode()).as(entry.getKey() + " nope").isEqualTo(400);
		}
	}

	@Test
	void the_browsable_page_is_served_not_the_application_shell() throws Exception {
		HttpResponse<String> page = get("/swagger-ui/index.html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui").doesNotContain("vaadin");
		assertThat(get("/swagger-ui.html").statusCode()).isBetween(200, 399);
	}

	@Test
	void every_page_names_its_icon_and_the_icons_are_served_so_no_browser_asks_in_vain() throws Exception {
		HttpClient visitor = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		for (String path : List.of("/", "/login", "/chronology")) {
			String shell = page(visitor, path).body();
			assertThat(shell).as(path)
				.containsPattern("<link[^>]*rel=\"icon\"[^>]*href=\"icons/favicon.svg\"|"
						+ "<link[^>]*href=\"icons/favicon.svg\"[^>]*rel=\"icon\"")
				.contains("favicon.ico");
		}
		HttpResponse<byte[]> svg = this.http.send(HttpRequest.newBuilder(url("/icons/favicon.svg")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		HttpResponse<byte[]> ico = this.http.send(HttpRequest.newBuilder(url("/favicon.ico")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(ico.statusCode()).as("browsers ask for /favicon.ico on pages without an icon link (the API)")
			.isEqualTo(200);
		assertThat(ico.body()).startsWith(0, 0, 1, 0);
	}

	@Test
	void the_health_probes_answer_up_without_a_login() throws Exception {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
			HttpResponse<String> response = get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).get("status").asString()).as(probe).isEqualTo("UP");
		}
		assertThat(get("/actuator/env").statusCode()).as("no other actuator endpoint").isEqualTo(404);
		assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
	}

	@Test
	void a_page_that_is_no_view_is_a_404_and_a_view_without_access_a_403_or_the_login() throws Exception {
		HttpClient visitor = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		assertThat(page(visitor, "/no-such-view").statusCode()).isEqualTo(404);
		HttpResponse<String> editing = page(visitor, "/manage/measures");
		assertThat(editing.statusCode()).isEqualTo(302);
		assertThat(editing.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(page(visitor, "/").statusCode()).isEqualTo(200);

		TestAccounts.ensure(this.jdbc, "http-viewer", Role.VIEWER);
		this.jdbc.update("update app_user set password_hash = ? where username = 'http-viewer'",
				PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("the viewer's password"));
		HttpClient viewer = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		page(viewer, "/login");
		HttpResponse<String> login = viewer.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=http-viewer&password=the+viewer%27s+password"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));

		assertThat(page(viewer, "/manage/measures").statusCode()).isEqualTo(403);
		assertThat(page(viewer, "/manage/users").statusCode()).isEqualTo(403);
		assertThat(page(viewer, "/no-such-view").statusCode()).isEqualTo(404);
		assertThat(page(viewer, "/chronology").statusCode()).isEqualTo(200);
	}

	/**
	 * A browser that lost the answer to a view request sends it again and gets the answer
	 * Vaadin kept. It is kept compact (CompactLastResponse): typography beyond one byte
	 * (the money figures' dashes) as JSON escapes, which read back to the same answer.
	 */
	@Test
	void a_repeated_view_request_gets_the_same_answer_from_the_compact_copy_kept() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		page(browser, "/");
		JsonNode init = JSON
			.readTree(
					browser
						.send(HttpRequest.newBuilder(url("/?v-r=init&location=&query=")).build(),
								HttpResponse.BodyHandlers.ofString())
						.body())
			.get("appConfig");
		String navigate = """
				{"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate",\
				"data":{"route":"","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
				"syncId":0,"clientId":0}""".formatted(init.at("/uidl/Vaadin-Security-Key").asString());
		HttpRequest view = HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=" + init.get("v-uiId").asString()))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(navigate))
			.build();

		String first = browser.send(view, HttpResponse.BodyHandlers.ofString()).body();
		String again = browser.send(view, HttpResponse.BodyHandlers.ofString()).body();

		assertThat(first).as("the dashboard's answer, with its charts").contains("sct-chart");
		assertThat(first.chars().filter((c) -> c > 0xFF).count()).as("characters beyond one byte in the first answer")
			.isPositive();
		assertThat(again.chars().filter((c) -> c > 0xFF).count()).as("characters beyond one byte in the copy").isZero();
		assertThat(JSON.readTree(uidl(again))).isEqualTo(JSON.readTree(uidl(first)));
	}

	/** A UIDL answer without the prefix that keeps it from being run as a script. */
	private static String uidl(String body) {
		return body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
	}

	private HttpResponse<String> page(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		return operation.get("parameters")
			.valueStream()
			.filter((p) -> p.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void a_search_too_long_for_any_phrase_gets_a_plain_message_not_the_web_servers_refusal() throws Exception {
		String search = "k".repeat(10_000);

		HttpResponse<String> api = get("/api/v1/events?q=" + search);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("A search is at most 200 characters; this one has 10000.");

		for (String list : List.of("/api/v1/actors", "/api/v1/coalitions", "/api/v1/export/actors.csv")) {
			HttpResponse<String> other = get(list + "?q=" + search);
			assertThat(other.statusCode()).as(list).isEqualTo(400);
			assertThat(other.body()).as(list).contains("A search is at most 200 characters");
		}

		HttpResponse<String> page = get("/chronology?q=" + search);
		assertThat(page.statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Splits a command line as a POSIX shell does for quotes (no variables, no escapes).
	 */
	private static List<String> shellWords(String line) {
		List<String> words = new ArrayList<>();
		Matcher word = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(line);
		while (word.find()) {
			words
				.add((word.group(1) != null) ? word.group(1) : (word.group(2) != null) ? word.group(2) : word.group(3));
		}
		return words;
	}

}
