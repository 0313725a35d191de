package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionDraft;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.enforcement.EnforcementDraft;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.figure.FigureDraft;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.figure.FigureService;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.EvidenceDraft;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of the write paths, checked on random records: a record sent through its
 * form's service and through the importer is accepted by both or refused by both, with
 * the same reasons for the same fields. Each record is valid or has one fault drawn from
 * what the rules guard (a name taken but for case and spacing, a blank or too long text,
 * a code taken, misformed or given to a non-state, imposer and target the same, no
 * evidence, a quote not in its document or found twice, a malformed web address). The
 * import is previewed first (it is always rolled back), then the form's service saves, so
 * both see the same database. Records come from a seeded {@link Random}; a failure names
 * the record's number and its fault.
 */
class FormsAndImportAgreeTests extends WritingTests {

	private static final int RECORDS_PER_KIND = 40;

	@Autowired
	ActorService actors;

	@Autowired
	CoalitionService coalitions;

	@Autowired
	MeasureService measures;

	@Autowired
	EnforcementService enforcement;

	@Autowired
	FigureService figures;

	@Autowired
	ImportService imports;

	private final Random random = new Random(20261205L);

	private String sigal;

	private long sigalId;

	private String sigalTitle;

	private final List<ActorRef> seededActors = new ArrayList<>();

	private final List<String> seededActorKeys = new ArrayList<>();

	private long maxActor;

	private long maxCoalition;

	private long maxMeasure;

	private long maxAction;

	private long maxFigure;

	@BeforeEach
	void editorAndSources() {
		as("erin", "EDITOR");
		this.sigal = this.jdbc.queryForObject("select text from source_document where seed_key = 'sigal-2009'",
				String.class);
		this.sigalId = idOf("source_document", "sigal-2009");
		this.sigalTitle = this.jdbc.queryForObject("select title from source_document where id = ?", String.class,
				this.sigalId);
		this.jdbc.query("select id, name, iso3, seed_key from actor where seed_key is not null order by id", (row) -> {
			this.seededActors.add(new ActorRef(row.getLong(1), row.getString(2), row.getString(3)));
			this.seededActorKeys.add(row.getString(4));
		});
		this.maxActor = max("actor");
		this.maxCoalition = max("coalition");
		this.maxMeasure = max("measure");
		this.maxAction = max("enforcement_action");
		this.maxFigure = max("figure");
	}

	@AfterEach
	void removeWhatTheFormsSaved() {
		this.jdbc.update("delete from figure_evidence where figure_id > ?", this.maxFigure);
		this.jdbc.update("delete from figure where id > ?", this.maxFigure);
		this.jdbc.update("delete from enforcement_action_evidence where action_id > ?", this.maxAction);
		this.jdbc.update("delete from enforcement_action where id > ?", this.maxAction);
		this.jdbc.update("delete from measure_event_evidence where event_id in"
				+ " (select id from measure_event where measure_id > ?)", this.maxMeasure);
		this.jdbc.update("delete from measure_event where measure_id > ?", this.maxMeasure);
		this.jdbc.update("delete from measure_evidence where measure_id > ?", this.maxMeasure);
		this.jdbc.update("delete from measure where id > ?", this.maxMeasure);
		this.jdbc.update("delete from coalition_evidence where coalition_id > ?", this.maxCoalition);
		this.jdbc.update("delete from coalition where id > ?", this.maxCoalition);
		this.jdbc.update("delete from actor_evidence where actor_id > ?", this.maxActor);
		this.jdbc.update("delete from actor_alias where actor_id > ?", this.maxActor);
		this.jdbc.update("delete from actor where id > ?", this.maxActor);
	}

	@Test
	void a_random_actor_is_accepted_or_refused_alike_by_its_form_and_the_importer() {
		for (int n = 0; n < RECORDS_PER_KIND; n++) {
			String fault = pick("none", "none", "name taken", "name blank", "name too long", "code taken",
					"code for a non-state", "code malformed", "description too long", "quote not found",
					"quote found twice", "bad web address");
			ActorKind kind = fault.equals("code for a non-state") ? pick(ActorKind.GROUPING, ActorKind.COMPANY)
					: pick(ActorKind.values());
			String name = switch (fault) {
				case "name taken" -> variant(existing("select name from actor"));
				case "name blank" -> pick("", "   ", "\t");
				case "name too long" -> "N".repeat(201);
				default -> "Prop actor " + letters(8);
			};
			String iso3 = switch (fault) {
				case "code taken" -> {
					kind = ActorKind.STATE;
					yield variant(existing("select iso3 from actor where iso3 is not null"));
				}
				case "code for a non-state" -> "Q" + letters(2).toUpperCase(Locale.ROOT);
				case "code malformed" -> {
					kind = ActorKind.STATE;
					yield pick("J1N", "JP", "JAPN");
				}
				default -> null;
			};
			String description = fault.equals("description too long") ? "d".repeat(2001) : "A random actor";
			List<Object> evidence = evidence(fault, false);

			ActorDraft draft = new ActorDraft();
			draft.setName(name);
			draft.setKind(kind);
			draft.setIso3(iso3);
			draft.setDescription(description);
			draft.setEvidence(drafts(evidence));
			ObjectNode json = InterchangeJson.MAPPER.createObjectNode();
			json.put("key", "prop-actor-" + n);
			json.put("name", name);
			json.put("kind", kind.name());
			json.put("iso3", iso3);
			json.put("description", description);
			json.set("evidence", cites(evidence));

			agree(n, fault, "actors", json, () -> this.actors.save(draft));
		}
	}

	@Test
	void a_random_coalition_is_accepted_or_refused_alike_by_its_form_and_the_importer() {
		for (int n = 0; n < RECORDS_PER_KIND; n++) {
			String fault = pick("none", "none", "name taken", "name blank", "name too long", "description too long",
					"no evidence", "quote not found", "quote found twice", "bad web address");
			CoalitionKind kind = pick(CoalitionKind.values());
			String name = switch (fault) {
				case "name taken" -> variant(existing("select name from coalition"));
				case "name blank" -> pick("", "   ");
				case "name too long" -> "C".repeat(201);
				default -> "Prop coalition " + letters(8);
			};
			String description = fault.equals("description too long") ? "d".repeat(2001) : "A random coalition";
			List<Object> evidence = evidence(fault, true);

			CoalitionDraft draft = new CoalitionDraft();
			draft.setName(name);
			draft.setKind(kind);
			draft.setDescription(description);
			draft.setEvidence(drafts(evidence));
			ObjectNode json = InterchangeJson.MAPPER.createObjectNode();
			json.put("key", "prop-coalition-" + n);
			json.put("name", name);
			json.put("kind", kind.name());
			json.put("description", description);
			json.set("evidence", cites(evidence));

			agree(n, fault, "coalitions", json, () -> this.coalitions.save(draft));
		}
	}

	@Test
	void a_random_measure_is_accepted_or_refused_alike_by_its_form_and_the_importer() {
		for (int n = 0; n < RECORDS_PER_KIND; n++) {
			String fault = pick("none", "none", "same imposer and target", "title blank", "title too long",
					"legal basis too long", "no evidence", "quote not found", "quote found twice", "bad web address");
			int imposer = this.random.nextInt(this.seededActors.size());
			int target = fault.equals("same imposer and target") ? imposer
					: (imposer + 1 + this.random.nextInt(this.seededActors.size() - 1)) % this.seededActors.size();
			MeasureType type = pick(MeasureType.values());
			String title = switch (fault) {
				case "title blank" -> pick("", "  ");
				case "title too long" -> "T".repeat(301);
				default -> "Prop measure " + letters(8);
			};
			String legalBasis = fault.equals("legal basis too long") ? "l".repeat(1001) : null;
			EventKind kind = pick(EventKind.values());
			PartialDate date = this.random.nextBoolean() ? PartialDate.ofYear(2000 + this.random.nextInt(17))
					: PartialDate.ofMonth(2000 + this.random.nextInt(17), 1 + this.random.nextInt(12));
			List<Object> evidence = evidence(fault, true);

			MeasureDraft draft = new MeasureDraft();
			draft.setImposer(this.seededActors.get(imposer));
			draft.setTarget(this.seededActors.get(target));
			draft.setType(type);
			draft.setTitle(title);
			draft.setLegalBasis(legalBasis);
			draft.setFirstEventKind(kind);
			draft.setFirstEventDate(date);
			draft.setEvidence(drafts(evidence));
			ObjectNode json = InterchangeJson.MAPPER.createObjectNode();
			json.put("key", "prop-measure-" + n);
			json.put("imposer", this.seededActorKeys.get(imposer));
			json.put("target", this.seededActorKeys.get(target));
			json.put("type", type.name());
			json.put("title", title);
			json.put("legal_basis", legalBasis);
			json.set("evidence", cites(evidence));
			ObjectNode event = json.putArray("events").addObject();
			event.put("key", "prop-measure-" + n + "-first");
			event.put("kind", kind.name());
			event.put("date", date.iso());
			event.set("evidence", cites(evidence));

			agree(n, fault, "measures", json, () -> this.measures.save(draft));
		}
	}

	@Test
	void a_random_enforcement_action_is_accepted_or_refused_alike_by_its_form_and_the_importer() {
		for (int n = 0; n < RECORDS_PER_KIND; n++) {
			String fault = pick("none", "none", "acts against itself", "description blank", "description too long",
					"no evidence", "quote not found", "quote found twice", "bad web address");
			int actor = this.random.nextInt(this.seededActors.size());
			Integer target = fault.equals("acts against itself") ? Integer.valueOf(actor) : this.random.nextBoolean()
					? null : (actor + 1 + this.random.nextInt(this.seededActors.size() - 1)) % this.seededActors.size();
			EnforcementKind kind = pick(EnforcementKind.values());
			PartialDate date = PartialDate.ofYear(2000 + this.random.nextInt(17));
			String description = switch (fault) {
				case "description blank" -> pick("", " ");
				case "description too long" -> "d".repeat(4001);
				default -> "Prop action " + letters(8);
			};
			List<Object> evidence = evidence(fault, true);

			EnforcementDraft draft = new EnforcementDraft();
			draft.setActor(this.seededActors.get(actor));
			draft.setTarget((target != null) ? this.seededActors.get(target) : null);
			draft.setKind(kind);
			draft.setDate(date);
			draft.setDescription(description);
			draft.setEvidence(drafts(evidence));
			ObjectNode json = InterchangeJson.MAPPER.createObjectNode();
			json.put("key", "prop-action-" + n);
			json.put("actor", this.seededActorKeys.get(actor));
			json.put("target", (target != null) ? this.seededActorKeys.get(target) : null);
			json.put("kind", kind.name());
			json.put("date", date.iso());
			json.put("description", description);
			json.set("evidence", cites(evidence));

			agree(n, fault, "enforcement_actions", json, () -> this.enforcement.save(draft));
		}
	}

	@Test
	void a_random_figure_is_accepted_or_refused_alike_by_its_form_and_the_importer() {
		for (int n = 0; n < RECORDS_PER_KIND; n++) {
			String fault = pick("none", "none", "range backwards", "amount negative", "amount in fractions of a cent",
					"amount too large", "currency lower case", "currency unknown", "currency missing", "label blank",
					"label too long", "no evidence", "quote not found", "quote found twice", "bad web address");
			BigDecimal amount = switch (fault) {
				case "amount negative" -> new BigDecimal("-" + (1 + this.random.nextInt(1000)));
				case "amount in fractions of a cent" -> new BigDecimal(this.random.nextInt(1000) + ".125");
				case "amount too large" -> new BigDecimal("12345678901234567890");
				default -> new BigDecimal((1 + this.random.nextInt(1_000_000)) + "." + this.random.nextInt(10));
			};
			BigDecimal amountMax = switch (fault) {
				case "range backwards" -> amount.subtract(BigDecimal.ONE);
				case "amount negative", "amount in fractions of a cent", "amount too large" -> null;
				default -> this.random.nextBoolean() ? null : amount.add(BigDecimal.TEN);
			};
			amount = Interchange.amount(amount);
			amountMax = Interchange.amount(amountMax);
			String currency = switch (fault) {
				case "currency lower case" -> pick("usd", "Eur");
				case "currency unknown" -> pick("XYZ", "ABC");
				case "currency missing" -> null;
				default -> pick("USD", "EUR", "JPY", "KRW", "KPW", "CNY");
			};
			FigurePeriod period = pick(FigurePeriod.values());
			String label = switch (fault) {
				case "label blank" -> pick("", "  ");
				case "label too long" -> "L".repeat(501);
				default -> "Prop figure " + letters(8);
			};
			Integer actor = this.random.nextBoolean() ? null : this.random.nextInt(this.seededActors.size());
			PartialDate date = PartialDate.ofYear(2000 + this.random.nextInt(17));
			List<Object> evidence = evidence(fault, true);

			FigureDraft draft = new FigureDraft();
			draft.setAmount(amount);
			draft.setAmountMax(amountMax);
			draft.setCurrency(currency);
			draft.setPeriod(period);
			draft.setLabel(label);
			draft.setActor((actor != null) ? this.seededActors.get(actor) : null);
			draft.setDate(date);
			draft.setEvidence(drafts(evidence));
			ObjectNode json = InterchangeJson.MAPPER.createObjectNode();
			json.put("key", "prop-figure-" + n);
			// an amount as a JSON number or as text (as a CSV cell reads): the same rule
			// either way
			if (this.random.nextBoolean()) {
				json.put("amount", amount);
				json.put("amount_max", amountMax);
			}
			else {
				json.put("amount", amount.toPlainString());
				json.put("amount_max", (amountMax != null) ? amountMax.toPlainString() : null);
			}
			json.put("currency", currency);
			json.put("period", period.name());
			json.put("label", label);
			json.put("actor", (actor != null) ? this.seededActorKeys.get(actor) : null);
			json.put("date", date.iso());
			json.set("evidence", cites(evidence));

			agree(n, fault, "figures", json, () -> this.figures.save(draft));
		}
	}

	/**
	 * Sends one record through the importer (a preview, always rolled back) and its
	 * form's service, and checks that both accept it, or both refuse it with the same
	 * reasons for the same fields.
	 */
	private void agree(int n, String fault, String kind, ObjectNode record, Supplier<?> form) {
		ObjectNode file = InterchangeJson.MAPPER.createObjectNode();
		file.putArray(kind).add(record);
		ImportPlan plan = this.imports.preview("random.json",
				InterchangeJson.MAPPER.writeValueAsString(file).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
		Set<String> byImport = new TreeSet<>();
		plan.preview().issues().forEach((issue) -> byImport.add(issue.field() + ": " + issue.reason()));
		Set<String> byForm = new TreeSet<>();
		try {
			form.get();
		}
		catch (InvalidInputException ex) {
			ex.reasons().forEach((field, reason) -> byForm.add(ImportRun.snakeCase(field) + ": " + reason));
		}
		catch (ConstraintViolationException ex) {
			for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
				byForm.add(ImportRun.snakeCase(field(violation.getPropertyPath())) + ": " + violation.getMessage());
			}
		}
		String what = kind + " record " + n + " (" + fault + "): " + record;
		assertThat(byForm.isEmpty())
			.as("%s: the form accepts it exactly when the importer does; form %s, import %s", what, byForm, byImport)
			.isEqualTo(byImport.isEmpty());
		assertThat(byImport).as(what).isEqualTo(byForm);
		assertThat(byForm.isEmpty()).as("%s: the valid records pass", what).isEqualTo(fault.equals("none"));
	}

	// ---- random values

	/**
	 * What a record cites: a passage found once, or per fault none, a passage changed so
	 * that it is not in the document, one that occurs twice, a malformed address. Entries
	 * are quotes (strings) or addresses ({@link java.net.URI}).
	 */
	private List<Object> evidence(String fault, boolean required) {
		return switch (fault) {
			case "no evidence" -> List.of();
			case "quote not found" -> List.of(misquote(passage()));
			case "quote found twice" -> List.of("North Korea");
			case "bad web address" ->
				List.of(java.net.URI.create(pick("ftp://example.org/x", "example.org", "https:x")));
			default -> switch (this.random.nextInt(required ? 3 : 4)) {
				case 0 -> List.of(java.net.URI.create("https://example.org/" + letters(6)));
				case 1 -> List.of(passage(), java.net.URI.create("https://example.org/" + letters(6)));
				case 2 -> List.of(passage());
				default -> List.of();
			};
		};
	}

	private List<EvidenceDraft> drafts(List<Object> evidence) {
		return evidence.stream()
			.map((cite) -> (cite instanceof String quote) ? EvidenceDraft.quote(this.sigalId, this.sigalTitle, quote)
					: EvidenceDraft.url(cite.toString()))
			.toList();
	}

	private static ArrayNode cites(List<Object> evidence) {
		ArrayNode array = InterchangeJson.MAPPER.createArrayNode();
		for (Object cite : evidence) {
			ObjectNode node = array.addObject();
			if (cite instanceof String quote) {
				node.put("doc", "sigal-2009");
				node.put("quote", quote);
			}
			else {
				node.put("url", cite.toString());
			}
		}
		return array;
	}

	/** A passage of 30 to 90 characters that occurs once in Sigal's text. */
	private String passage() {
		while (true) {
			int length = 30 + this.random.nextInt(61);
			int start = this.random.nextInt(this.sigal.length() - length);
			String passage = this.sigal.substring(start, start + length);
			if (!passage.isBlank() && this.sigal.indexOf(passage) == this.sigal.lastIndexOf(passage)) {
				return passage;
			}
		}
	}

	private String misquote(String passage) {
		String changed;
		do {
			int at = this.random.nextInt(passage.length());
			changed = passage.substring(0, at) + "\u00A4" + passage.substring(at + 1);
		}
		while (this.sigal.contains(changed));
		return changed;
	}

	/** A name as someone might type it again: other case, other spacing. */
	private String variant(String name) {
		StringBuilder typed = new StringBuilder(this.random.nextBoolean() ? " " : "");
		for (char c : name.toCharArray()) {
			if (c == ' ') {
				typed.append(this.random.nextBoolean() ? "  " : " ");
			}
			else {
				typed.append(this.random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
			}
		}
		return typed.append(this.random.nextBoolean() ? "\t" : "").toString();
	}

	private String existing(String query) {
		List<String> values = this.jdbc.queryForList(query, String.class);
		return values.get(this.random.nextInt(values.size()));
	}

	private String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + this.random.nextInt(26)));
		}
		return letters.toString();
	}

	@SafeVarargs
	private <T> T pick(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	private long max(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
		return (max != null) ? max : 0;
	}

	private static String field(Path path) {
		String last = "";
		for (Path.Node node : path) {
			if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
				last = node.getName();
			}
		}
		return last;
	}

}
