package org.sanctionstracker.exchange;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.MeasureStatus;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * Writes FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes
 * them ({@code {id, schema, properties: {name: [values]}, datasets, first_seen,
 * last_seen}}). The mapping of each record and field is in {@code docs/formats/ftm.md}.
 * An entity's id is its record's exchange key, so that the import ({@link FtmImport})
 * gives the records their keys back.
 */
final class FtmExport {

	/** The dataset every entity belongs to. */
	static final String DATASET = "sanctions_tracker";

	/** The role of a {@code Documentation} entity that carries a cited passage. */
	static final String EVIDENCE_ROLE = "evidence";

	private final JsonGenerator json;

	private final FieldFormatContext context;

	private final String seen;

	/** Every id written, to keep ids unique across record kinds. */
	private final Set<String> written = new java.util.HashSet<>();

	/** The ids given to records, by kind and key. */
	private final Map<String, String> ids = new HashMap<>();

	private final Set<String> actorsNamed = new LinkedHashSet<>();

	private final Set<String> documentsCited = new LinkedHashSet<>();

	FtmExport(OutputStream out, FieldFormatContext context, Instant now) {
		this.json = InterchangeJson.MAPPER.writer()
			.withRootValueSeparator("")
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.createGenerator(out);
		this.context = context;
		this.seen = now.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "");
	}

	/**
	 * A measure as a {@code Sanction}, with a {@code Documentation} per passage; nothing
	 * for a measure whose first dated step comes after the export's day.
	 */
	void measure(MeasureData m) {
		if (!begun(m)) {
			return;
		}
		Lifecycle.Period period = this.context.period(m);
		Map<String, List<String>> p = new LinkedHashMap<>();
		put(p, "entity", actorId(m.target()));
		put(p, "authority", this.context.name(m.imposer()));
		actorId(m.imposer()); // written as an entity too, so that the authority names one
		ActorData imposer = this.context.actor(m.imposer());
		if (imposer != null && imposer.kind() == ActorKind.STATE) {
			put(p, "country", FieldFormatContext.alpha2(imposer.iso3()));
		}
		put(p, "summary", m.title());
		put(p, "description", m.description());
		put(p, "program", m.legalBasis());
		put(p, "provisions", m.type().label());
		if (period.started()) {
			put(p, "startDate", period.start().iso());
		}
		if (period.end() != null) {
			put(p, "endDate", period.end().iso());
		}
		PartialDate listed = listingDate(m.events(), period);
		if (listed != null) {
			put(p, "listingDate", listed.iso());
		}
		put(p, "status", status(m, period));
		if (!period.started()) {
			EventData reached = stepReached(m);
			if (reached != null && reached.date().precision() != DatePrecision.UNKNOWN) {
				put(p, "date", reached.date().iso());
			}
		}
		String id = id(ExchangeKind.MEASURES, m.key());
		evidence(p, m.evidence());
		entity(id, FtmSchema.SANCTION, p);
		int n = 0;
		for (Cite cite : m.evidence()) {
			if (!cite.isWeb()) {
				n++;
				Map<String, List<String>> d = new LinkedHashMap<>();
				put(d, "document", documentId(cite.doc()));
				put(d, "entity", id);
				put(d, "role", EVIDENCE_ROLE);
				put(d, "summary", cite.quote());
				entity(unique(id + "-evidence-" + n), FtmSchema.DOCUMENTATION, d);
			}
		}
	}

	/**
	 * A coalition as an {@code Organization} and each of its members as a
	 * {@code Membership}.
	 */
	void coalition(CoalitionData c) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		put(p, "name", c.name());
		put(p, "classification", c.kind().label());
		put(p, "description", c.description());
		put(p, "notes", c.basis());
		evidence(p, c.evidence());
		String id = id(ExchangeKind.COALITIONS, c.key());
		entity(id, FtmSchema.ORGANIZATION, p);
		for (MemberData member : c.members()) {
			Map<String, List<String>> m = new LinkedHashMap<>();
			put(m, "member", actorId(member.actor()));
			put(m, "organization", id);
			put(m, "role", member.basis().label());
			if (member.joined().precision() != DatePrecision.UNKNOWN) {
				put(m, "startDate", member.joined().iso());
			}
			if (member.left().precision() != DatePrecision.UNKNOWN) {
				put(m, "endDate", member.left().iso());
			}
			put(m, "description", member.note());
			evidence(m, member.evidence());
			entity(id(ExchangeKind.MEMBERSHIPS, member.key()), FtmSchema.MEMBERSHIP, m);
		}
	}

	/** A money figure as a {@code Payment}: its amount, currency and what it is. */
	void figure(FigureData f) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		put(p, "amount", f.amount().toPlainString());
		put(p, "currency", f.currency());
		put(p, "purpose", f.label());
		List<String> notes = new ArrayList<>();
		if (f.amountMax() != null) {
			notes.add(
					"from " + f.amount().toPlainString() + " to " + f.amountMax().toPlainString() + " " + f.currency());
		}
		if (f.period() != null) {
			notes.add(f.period().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		}
		put(p, "description", notes.isEmpty() ? null : String.join("; ", notes));
		if (f.date().precision() != DatePrecision.UNKNOWN) {
			put(p, "date", f.date().iso());
		}
		evidence(p, f.evidence());
		entity(id(ExchangeKind.FIGURES, f.key()), FtmSchema.PAYMENT, p);
	}

	/**
	 * The keys of the actors the entities written so far name.
	 * @return the keys
	 */
	Set<String> actorsNamed() {
		return this.actorsNamed;
	}

	/**
	 * The keys of the documents the entities written so far cite.
	 * @return the keys
	 */
	Set<String> documentsCited() {
		return this.documentsCited;
	}

	/**
	 * An actor: a state as a {@code PublicBody} with its country, an international
	 * organisation or a grouping as an {@code Organization}, a company as a
	 * {@code Company}; the tracker's kind as the legal form.
	 */
	void actor(ActorData a) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		put(p, "name", a.name());
		a.aliases().stream().filter((alias) -> !alias.equals(a.name())).forEach((alias) -> put(p, "alias", alias));
		put(p, "legalForm", a.kind().label());
		put(p, "country", FieldFormatContext.alpha2(a.iso3()));
		put(p, "description", a.description());
		evidence(p, a.evidence());
		String schema = switch (a.kind()) {
			case STATE -> FtmSchema.PUBLIC_BODY;
			case COMPANY -> FtmSchema.COMPANY;
			case INTERNATIONAL_ORGANIZATION, GROUPING -> FtmSchema.ORGANIZATION;
		};
		entity(actorId(a.key()), schema, p);
	}

	/** A source document as a {@code PlainText} (FollowTheMoney's text file Document). */
	void document(DocumentData d) {
		Map<String, List<String>> p = new LinkedHashMap<>();
		put(p, "title", d.title());
		put(p, "author", d.author());
		put(p, "publisher", d.publisher());
		if (d.published().precision() != DatePrecision.UNKNOWN) {
			put(p, "publishedAt", d.published().iso());
		}
		put(p, "sourceUrl", d.url());
		put(p, "fileName", d.file());
		put(p, "mimeType", "text/plain");
		put(p, "keywords", d.kind().label());
		put(p, "notes", d.basis());
		put(p, "bodyText", d.text());
		entity(documentId(d.key()), FtmSchema.PLAIN_TEXT, p);
	}

	void close() {
		this.json.close();
	}

	// ---- helpers

	private void evidence(Map<String, List<String>> p, List<Cite> evidence) {
		for (Cite cite : evidence) {
			if (cite.isWeb()) {
				put(p, "sourceUrl", cite.url());
			}
			else {
				put(p, "proof", documentId(cite.doc()));
			}
		}
	}

	/**
	 * The date a measure was announced or adopted before it came into force: the first
	 * such step by the export's day, when it comes before the start.
	 */
	private PartialDate listingDate(List<EventData> events, Lifecycle.Period period) {
		return events.stream()
			.filter((e) -> e.kind() == EventKind.ADOPTED || e.kind() == EventKind.ANNOUNCED)
			.map(EventData::date)
			.filter((date) -> date.precision() != DatePrecision.UNKNOWN)
			.filter((date) -> !date.lowerBound().isAfter(this.context.asOf()))
			.filter((date) -> !period.started() || date.lowerBound().isBefore(period.start().lowerBound()))
			.min(java.util.Comparator.comparing(PartialDate::lowerBound))
			.orElse(null);
	}

	/**
	 * Active, Suspended or Inactive by the one rule for a measure that came into force;
	 * for one that never did, the last step it reached (Threatened, Announced, …).
	 */
	private String status(MeasureData m, Lifecycle.Period period) {
		if (!period.started()) {
			EventData reached = stepReached(m);
			return (reached != null) ? reached.kind().label() : null;
		}
		MeasureStatus status = Lifecycle.statusOn(FieldFormatContext.steps(m.events()), this.context.asOf());
		return switch (status) {
			case IN_FORCE -> "Active";
			case UNCERTAIN -> "Uncertain";
			case NOT_IN_FORCE ->
				m.events().stream().anyMatch((e) -> e.kind() == EventKind.SUSPENDED && e.date().equals(period.end()))
						? "Suspended" : "Inactive";
		};
	}

	/**
	 * For a measure never in force by the export's day, the last step it reached: the
	 * latest dated one by the day, or, when no step is dated, its last step.
	 */
	private EventData stepReached(MeasureData m) {
		EventData latest = null;
		for (EventData e : m.events()) {
			if (e.kind() == null) {
				continue;
			}
			if (e.date().precision() == DatePrecision.UNKNOWN) {
				latest = (latest == null || latest.date().precision() == DatePrecision.UNKNOWN) ? e : latest;
			}
			else if (!e.date().lowerBound().isAfter(this.context.asOf())
					&& (latest == null || latest.date().precision() == DatePrecision.UNKNOWN
							|| !e.date().lowerBound().isBefore(latest.date().lowerBound()))) {
				latest = e;
			}
		}
		return latest;
	}

	/**
	 * Whether a measure had begun by the export's day: a step dated by then, or no dated
	 * step at all.
	 */
	private boolean begun(MeasureData m) {
		boolean dated = false;
		for (EventData e : m.events()) {
			if (e.date().precision() != DatePrecision.UNKNOWN) {
				dated = true;
				if (!e.date().lowerBound().isAfter(this.context.asOf())) {
					return true;
				}
			}
		}
		return !dated;
	}

	private String actorId(String key) {
		if (key == null) {
			return null;
		}
		this.actorsNamed.add(key);
		return id(ExchangeKind.ACTORS, key);
	}

	private String documentId(String key) {
		this.documentsCited.add(key);
		return id(ExchangeKind.DOCUMENTS, key);
	}

	/**
	 * The id of a record: its key, unless an entity of another kind already took it (keys
	 * are unique per kind only); then the key after the kind, e.g. {@code actor:EU}.
	 */
	private String id(ExchangeKind kind, String key) {
		return this.ids.computeIfAbsent(kind.name() + ":" + key, (k) -> unique(key, kind));
	}

	private String unique(String id) {
		return unique(id, null);
	}

	private String unique(String key, ExchangeKind kind) {
		String id = key;
		if (!this.written.add(id) && kind != null) {
			id = kind.keyPrefix() + ":" + key;
			this.written.add(id);
		}
		return id;
	}

	private static void put(Map<String, List<String>> properties, String name, String value) {
		if (value != null && !value.isBlank()) {
			properties.computeIfAbsent(name, (k) -> new ArrayList<>()).add(value);
		}
	}

	private void entity(String id, String schema, Map<String, List<String>> properties) {
		this.json.writeStartObject();
		this.json.writeStringProperty("id", id);
		this.json.writeStringProperty("schema", schema);
		this.json.writeObjectPropertyStart("properties");
		for (var property : properties.entrySet()) {
			this.json.writeArrayPropertyStart(property.getKey());
			for (String value : property.getValue()) {
				this.json.writeString(value);
			}
			this.json.writeEndArray();
		}
		this.json.writeEndObject();
		this.json.writeArrayPropertyStart("datasets");
		this.json.writeString(DATASET);
		this.json.writeEndArray();
		this.json.writeStringProperty("first_seen", this.seen);
		this.json.writeStringProperty("last_seen", this.seen);
		this.json.writeEndObject();
		this.json.writeRaw('\n');
		this.json.flush();
	}

}
