package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.AlsoOnPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The FollowTheMoney export on the seed dataset, checked against FollowTheMoney's
 * published schemata: every entity has a schema the export may use, only properties that
 * schema has (its own or inherited, as the schema YAML files of
 * {@code opensanctions/followthemoney} list them, copied below), its required properties,
 * dates and countries in FtM's forms, and references to entities of the file. Japan's
 * port ban reads as an analyst would expect, and the filter and the as-of day are
 * honoured.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@AlsoOnPostgres
class FtmExportTests {

	// ---- the published field lists (followthemoney/schema/*.yaml)

	private static final Set<String> THING = Set.of("name", "alias", "previousName", "weakAlias", "country", "summary",
			"notes", "description", "sourceUrl", "publisher", "publisherUrl", "alephUrl", "wikipediaUrl", "wikidataId",
			"keywords", "topics", "address", "addressEntity", "program", "programId", "proof", "indexText", "createdAt",
			"modifiedAt", "retrievedAt");

	private static final Set<String> LEGAL_ENTITY = Set.of("email", "phone", "website", "legalForm",
			"incorporationDate", "dissolutionDate", "taxStatus", "status", "sector", "classification",
			"registrationNumber", "idNumber", "taxNumber", "vatCode", "jurisdiction", "mainCountry",
			"opencorporatesUrl", "bvdId", "icijId", "okpoCode", "innCode", "dunsCode", "swiftBic", "parent",
			"subsidiaries", "passport");

	private static final Set<String> ORGANIZATION = Set.of("cageCode", "permId", "imoNumber", "giiNumber");

	private static final Set<String> INTERVAL = Set.of("startDate", "endDate", "date", "summary", "description",
			"recordId", "sourceUrl", "proof", "publisher", "publisherUrl", "alephUrl", "namesMentioned", "indexText",
			"modifiedAt", "retrievedAt");

	private static final Set<String> INTEREST = Set.of("role", "status");

	private static final Set<String> DOCUMENT = Set.of("contentHash", "title", "author", "generator", "crawler",
			"fileSize", "fileName", "extension", "encoding", "messageId", "mimeType", "language", "detectedLanguage",
			"date", "authoredAt", "publishedAt", "parent", "ancestors", "namesMentioned", "ibanMentioned",
			"ipMentioned", "locationMentioned", "phoneMentioned", "emailMentioned", "processingStatus",
			"processingError");

	private static final Map<String, Set<String>> PROPERTIES = Map.of("Sanction",
			union(INTERVAL,
					Set.of("entity", "authority", "authorityId", "unscId", "program", "programId", "programUrl",
							"provisions", "status", "duration", "reason", "country", "listingDate")),
			"Documentation", union(INTERVAL, INTEREST, Set.of("document", "entity")), "Membership",
			union(INTERVAL, INTEREST, Set.of("member", "organization")), "Organization",
			union(THING, LEGAL_ENTITY, ORGANIZATION), "PublicBody", union(THING, LEGAL_ENTITY, ORGANIZATION), "Company",
			union(THING, LEGAL_ENTITY, ORGANIZATION), "Payment",
			union(INTERVAL,
					Set.of("amount", "currency", "amountUsd", "amountEur", "sequenceNumber", "transactionNumber",
							"purpose", "programme", "payer", "payerAccount", "beneficiary", "beneficiaryAccount")),
			"PlainText", union(THING, DOCUMENT, Set.of("bodyText")));

	private static final Map<String, List<String>> REQUIRED = Map.of("Sanction", List.of("entity"), "Documentation",
			List.of("document", "entity"), "Membership", List.of("member", "organization"), "Organization",
			List.of("name"), "PublicBody", List.of("name"), "Company", List.of("name"));

	/** Properties of FtM's {@code entity} type: values are ids of other entities. */
	private static final Set<String> REFERENCES = Set.of("entity", "member", "organization", "document", "proof",
			"payer", "beneficiary");

	private static final Set<String> DATES = Set.of("startDate", "endDate", "date", "listingDate", "publishedAt");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).build();
	}

	@Test
	void every_entity_has_a_published_schema_its_properties_and_references_within_the_file() throws Exception {
		MvcResult result = download("/api/v1/export/ftm.jsonl");
		List<JsonNode> entities = entities(result);

		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"sanctions-tracker-ftm-\\d{4}-\\d{2}-\\d{2}\\.jsonl\"");
		assertThat(entities).hasSizeGreaterThan(100);
		Set<String> ids = new HashSet<>();
		for (JsonNode entity : entities) {
			String id = entity.get("id").asString();
			assertThat(ids.add(id)).as("unique id %s", id).isTrue();
			assertThat(entity.propertyNames()).containsExactly("id", "schema", "properties", "datasets", "first_seen",
					"last_seen");
		}
		for (JsonNode entity : entities) {
			String schema = entity.get("schema").asString();
			String id = entity.get("id").asString();
			assertThat(PROPERTIES).as(id).containsKey(schema);
			JsonNode properties = entity.get("properties");
			assertThat(PROPERTIES.get(schema)).as(id).containsAll(properties.propertyNames());
			REQUIRED.getOrDefault(schema, List.of())
				.forEach((name) -> assertThat(properties.has(name)).as(id + " has " + name).isTrue());
			for (String name : properties.propertyNames()) {
				assertThat(properties.get(name).isArray()).isTrue();
				for (JsonNode value : properties.get(name)) {
					String text = value.asString();
					assertThat(text).as(id + "." + name).isNotBlank();
					if (REFERENCES.contains(name)) {
						assertThat(ids).as(id + "." + name + " refers to an entity of the file").contains(text);
					}
					if (DATES.contains(name)) {
						assertThat(text).as(id + "." + name).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
					}
					if (name.equals("country")) {
						assertThat(text).as(id + "." + name).matches("[a-z]{2}");
					}
				}
			}
			assertThat(entity.get("datasets").get(0).asString()).isEqualTo("sanctions_tracker");
		}
		assertThat(entities).extracting((e) -> e.get("schema").asString())
			.contains("Sanction", "Documentation", "Membership", "Organization", "PublicBody", "Company", "Payment",
					"PlainText");
	}

	@Test
	void japans_port_ban_is_a_sanction_on_north_korea_with_its_dates_type_and_passage() throws Exception {
		Map<String, JsonNode> byId = byId(entities(download("/api/v1/export/ftm.jsonl?country=JPN&type=PORT_BAN")));

		JsonNode sanction = byId.get("jpn-port-ban").get("properties");
		assertThat(byId.get("jpn-port-ban").get("schema").asString()).isEqualTo("Sanction");
		assertThat(values(sanction, "entity")).containsExactly("PRK");
		assertThat(values(sanction, "authority")).containsExactly("Japan");
		assertThat(values(sanction, "country")).containsExactly("jp");
		assertThat(values(sanction, "provisions")).containsExactly("Port ban");
		assertThat(values(sanction, "startDate")).containsExactly("2006-10");
		assertThat(sanction.has("endDate")).isFalse();
		assertThat(values(sanction, "status")).containsExactly("Active");
		assertThat(values(sanction, "proof")).contains("sigal-2009");
		assertThat(byId.get("PRK").get("schema").asString()).isEqualTo("PublicBody");
		assertThat(values(byId.get("PRK").get("properties"), "country")).containsExactly("kp");
		assertThat(byId.get("sigal-2009").get("schema").asString()).isEqualTo("PlainText");
		assertThat(byId.values()).filteredOn((e) -> e.get("schema").asString().equals("Documentation"))
			.anySatisfy((d) -> {
				assertThat(values(d.get("properties"), "entity")).containsExactly("jpn-port-ban");
				assertThat(values(d.get("properties"), "document")).containsExactly("sigal-2009");
				assertThat(values(d.get("properties"), "summary")).singleElement().asString().isNotBlank();
			});
		assertThat(byId.values()).filteredOn((e) -> e.get("schema").asString().equals("Sanction"))
			.allSatisfy((s) -> assertThat(values(s.get("properties"), "authority")).containsExactly("Japan"));
	}

	@Test
	void the_as_of_day_decides_start_end_and_status_and_leaves_out_what_had_not_begun() throws Exception {
		Map<String, JsonNode> now = byId(entities(download("/api/v1/export/ftm.jsonl?country=USA&role=imposer")));
		Map<String, JsonNode> then = byId(
				entities(download("/api/v1/export/ftm.jsonl?country=USA&role=imposer&asOf=2007-12-31")));

		JsonNode designationNow = now.get("usa-sst-designation").get("properties");
		assertThat(values(designationNow, "startDate")).containsExactly("1988-01");
		assertThat(values(designationNow, "endDate")).containsExactly("2008-10-11");
		assertThat(values(designationNow, "status")).containsExactly("Inactive");
		JsonNode designationThen = then.get("usa-sst-designation").get("properties");
		assertThat(designationThen.has("endDate")).isFalse();
		assertThat(values(designationThen, "status")).containsExactly("Active");
		assertThat(then.values()).filteredOn((e) -> e.get("schema").asString().equals("Sanction"))
			.allSatisfy((s) -> assertThat(Stream.of("startDate", "date", "listingDate")
				.flatMap((name) -> values(s.get("properties"), name).stream())
				.allMatch((date) -> date.compareTo("2008") < 0)).as(s.get("id").asString()).isTrue());
		assertThat(then.keySet()).hasSizeLessThan(now.size());
	}

	@Test
	void a_bad_parameter_is_refused_before_streaming() throws Exception {
		assertThat(this.mvc.perform(get("/api/v1/export/ftm.jsonl?asOf=2016-13")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(this.mvc.perform(get("/api/v1/export/ftm.jsonl?size=5")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	// ---- helpers

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
	}

	private List<JsonNode> entities(MvcResult result) throws Exception {
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).endsWith("\n").doesNotStartWith("\uFEFF");
		return body.lines().map(this.json::readTree).toList();
	}

	private static Map<String, JsonNode> byId(List<JsonNode> entities) {
		Map<String, JsonNode> byId = new HashMap<>();
		entities.forEach((e) -> byId.put(e.get("id").asString(), e));
		return byId;
	}

	private static List<String> values(JsonNode properties, String name) {
		return properties.has(name) ? properties.get(name).valueStream().map(JsonNode::asString).toList() : List.of();
	}

	private MvcResult download(String uri) throws Exception {
		MvcResult started = this.mvc.perform(get(uri)).andReturn();
		assertThat(started.getResponse().getStatus()).as(uri).isEqualTo(200);
		MvcResult result = this.mvc.perform(asyncDispatch(started)).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return result;
	}

}
