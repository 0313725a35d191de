package org.sanctionstracker.exchange;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DecisionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes records as JSON in the seed dataset's shape: snake-case names, references by
 * key, dates as written ({@code "2008-11"}, {@code ""} when unknown), absent optional
 * fields left out. Field order is fixed, so the same data always gives the same bytes.
 */
final class InterchangeJson {

	/** The value of the {@code format} property that opens every exported file. */
	static final String FORMAT = "sanctions-coalition-tracker/dataset";

	/** The version of the format. */
	static final int VERSION = 1;

	static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

	private InterchangeJson() {
	}

	/**
	 * A pretty-printing generator on a stream, left open when closed.
	 * @param out the stream
	 * @return the generator
	 */
	static JsonGenerator generator(OutputStream out) {
		return MAPPER.writerWithDefaultPrettyPrinter()
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.createGenerator(out);
	}

	static void header(JsonGenerator json) {
		json.writeStringProperty("format", FORMAT);
		json.writeNumberProperty("version", VERSION);
	}

	static void document(JsonGenerator json, DocumentData d) {
		json.writeStartObject();
		json.writeStringProperty("key", d.key());
		optional(json, "file", d.file());
		json.writeStringProperty("sha256", d.sha256());
		json.writeStringProperty("title", d.title());
		optional(json, "author", d.author());
		optional(json, "publisher", d.publisher());
		date(json, "published", d.published());
		json.writeStringProperty("kind", d.kind().name());
		optional(json, "url", d.url());
		optional(json, "basis", d.basis());
		json.writeStringProperty("text", d.text());
		json.writeEndObject();
	}

	static void actor(JsonGenerator json, ActorData a) {
		json.writeStartObject();
		json.writeStringProperty("key", a.key());
		json.writeStringProperty("name", a.name());
		json.writeStringProperty("kind", a.kind().name());
		optional(json, "iso3", a.iso3());
		json.writeArrayPropertyStart("aliases");
		for (String alias : a.aliases()) {
			json.writeString(alias);
		}
		json.writeEndArray();
		optional(json, "description", a.description());
		evidence(json, a.evidence());
		json.writeEndObject();
	}

	static void coalition(JsonGenerator json, CoalitionData c, boolean withMembers) {
		json.writeStartObject();
		json.writeStringProperty("key", c.key());
		json.writeStringProperty("name", c.name());
		json.writeStringProperty("kind", c.kind().name());
		optional(json, "description", c.description());
		optional(json, "basis", c.basis());
		evidence(json, c.evidence());
		if (withMembers) {
			json.writeArrayPropertyStart("members");
			for (MemberData m : c.members()) {
				member(json, m);
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	private static void member(JsonGenerator json, MemberData m) {
		json.writeStartObject();
		json.writeStringProperty("key", m.key());
		json.writeStringProperty("actor", m.actor());
		json.writeStringProperty("basis", m.basis().name());
		date(json, "joined", m.joined());
		date(json, "left", m.left());
		optional(json, "date_basis", m.dateBasis());
		optional(json, "note", m.note());
		evidence(json, m.evidence());
		json.writeEndObject();
	}

	static void measure(JsonGenerator json, MeasureData m, boolean withEvents) {
		json.writeStartObject();
		json.writeStringProperty("key", m.key());
		json.writeStringProperty("imposer", m.imposer());
		json.writeStringProperty("target", m.target());
		json.writeStringProperty("type", m.type().name());
		json.writeStringProperty("title", m.title());
		optional(json, "description", m.description());
		optional(json, "legal_basis", m.legalBasis());
		optional(json, "coalition", m.coalition());
		evidence(json, m.evidence());
		if (withEvents) {
			json.writeArrayPropertyStart("events");
			for (EventData e : m.events()) {
				event(json, e, false);
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	/**
	 * Writes an event, inside its measure or (flat) with its measure's key and context.
	 * @param json the generator
	 * @param e the event
	 * @param flat whether the event stands in a list of events rather than in its measure
	 */
	static void event(JsonGenerator json, EventData e, boolean flat) {
		json.writeStartObject();
		json.writeStringProperty("key", e.key());
		if (flat) {
			json.writeStringProperty("measure", e.measure());
			if (e.context() != null) {
				optional(json, "measure_title", e.context().measureTitle());
				optional(json, "imposer", e.context().imposer());
				optional(json, "target", e.context().target());
				optional(json, "type", (e.context().type() != null) ? e.context().type().name() : null);
			}
		}
		json.writeStringProperty("kind", e.kind().name());
		date(json, "date", e.date());
		optional(json, "date_basis", e.dateBasis());
		optional(json, "note", e.note());
		evidence(json, e.evidence());
		json.writeEndObject();
	}

	static void enforcement(JsonGenerator json, EnforcementData a) {
		json.writeStartObject();
		json.writeStringProperty("key", a.key());
		json.writeStringProperty("actor", a.actor());
		optional(json, "target", a.target());
		optional(json, "target_description", a.targetDescription());
		json.writeStringProperty("kind", a.kind().name());
		date(json, "date", a.date());
		optional(json, "date_basis", a.dateBasis());
		json.writeStringProperty("description", a.description());
		optional(json, "measure", a.measure());
		evidence(json, a.evidence());
		json.writeEndObject();
	}

	static void figure(JsonGenerator json, FigureData f) {
		json.writeStartObject();
		json.writeStringProperty("key", f.key());
		number(json, "amount", f.amount());
		number(json, "amount_max", f.amountMax());
		json.writeStringProperty("currency", f.currency());
		json.writeStringProperty("period", f.period().name());
		json.writeStringProperty("label", f.label());
		optional(json, "actor", f.actor());
		optional(json, "measure", f.measure());
		date(json, "date", f.date());
		optional(json, "date_basis", f.dateBasis());
		evidence(json, f.evidence());
		json.writeEndObject();
	}

	/**
	 * Writes a decision that a sentence is not a record, its sentence named by a passage
	 * of it as in the seed dataset's {@code decisions.yaml}.
	 * @param json the generator
	 * @param d the decision
	 */
	static void decision(JsonGenerator json, DecisionData d) {
		json.writeStartObject();
		json.writeStringProperty("key", d.key());
		json.writeObjectPropertyStart("sentence");
		passage(json, d.sentence());
		json.writeEndObject();
		json.writeStringProperty("reason", d.reason());
		json.writeEndObject();
	}

	private static void evidence(JsonGenerator json, List<Cite> evidence) {
		json.writeArrayPropertyStart("evidence");
		for (Cite cite : evidence) {
			json.writeStartObject();
			if (cite.isWeb()) {
				json.writeStringProperty("url", cite.url());
			}
			else {
				passage(json, cite);
			}
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void passage(JsonGenerator json, Cite cite) {
		json.writeStringProperty("doc", cite.doc());
		json.writeStringProperty("quote", cite.quote());
		if (cite.start() != null) {
			json.writeNumberProperty("start", cite.start());
		}
	}

	private static void optional(JsonGenerator json, String name, String value) {
		if (value != null) {
			json.writeStringProperty(name, value);
		}
	}

	private static void number(JsonGenerator json, String name, BigDecimal value) {
		if (value != null) {
			json.writeNumberProperty(name, value);
		}
	}

	private static void date(JsonGenerator json, String name, PartialDate date) {
		json.writeStringProperty(name, (date != null) ? date.iso() : "");
	}

}
