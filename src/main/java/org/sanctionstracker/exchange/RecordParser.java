package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DecisionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventContext;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.figure.Figure;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.SourceKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one JSON object (a JSON record, or a CSV row made into one) into an
 * {@link Interchange} record, reporting each field that cannot be read with its location
 * and reason instead of stopping. Unknown fields are refused, so that a misspelt field
 * name is not silently lost. Whether a text or a reference is missing is not decided
 * here: the importer asks each kind's rules, as the forms do, so that both say the same.
 */
final class RecordParser {

	private final List<ImportIssue> issues;

	private boolean readable;

	private String location;

	private String key;

	RecordParser(List<ImportIssue> issues) {
		this.issues = issues;
	}

	Located<DocumentData> document(JsonNode node, String location) {
		start(node, location, "key", "file", "sha256", "title", "author", "publisher", "published", "kind", "url",
				"basis", "text");
		DocumentData data = new DocumentData(this.key, text(node, "file"), text(node, "sha256"), text(node, "title"),
				text(node, "author"), text(node, "publisher"), date(node, "published"),
				enumValue(node, "kind", SourceKind.class, true), text(node, "url"), text(node, "basis"),
				text(node, "text"));
		return done(data);
	}

	Located<ActorData> actor(JsonNode node, String location) {
		start(node, location, "key", "name", "kind", "iso3", "aliases", "description", "evidence");
		ActorData data = new ActorData(this.key, text(node, "name"), enumValue(node, "kind", ActorKind.class, true),
				text(node, "iso3"), strings(node, "aliases"), text(node, "description"), cites(node, "evidence"));
		return done(data);
	}

	Located<CoalitionData> coalition(JsonNode node, String location) {
		start(node, location, "key", "name", "kind", "description", "basis", "evidence", "members");
		String coalitionKey = this.key;
		String name = text(node, "name");
		CoalitionKind kind = enumValue(node, "kind", CoalitionKind.class, true);
		String description = text(node, "description");
		String basis = text(node, "basis");
		List<Cite> evidence = cites(node, "evidence");
		boolean ownReadable = this.readable;
		List<MemberData> members = new ArrayList<>();
		JsonNode array = node.get("members");
		if (array != null && !array.isNull()) {
			if (!array.isArray()) {
				issue("members", "must be a list of members");
				ownReadable = false;
			}
			else {
				for (int i = 0; i < array.size(); i++) {
					Located<MemberData> member = member(array.get(i), location + ".members[" + i + "]", coalitionKey);
					members.add(member.data());
					ownReadable &= member.readable();
				}
			}
		}
		this.location = location;
		this.key = coalitionKey;
		this.readable = ownReadable;
		return done(new CoalitionData(coalitionKey, name, kind, description, basis, evidence, members));
	}

	private Located<MemberData> member(JsonNode node, String location, String coalition) {
		start(node, location, "key", "actor", "basis", "joined", "left", "date_basis", "note", "evidence");
		MemberData data = new MemberData(this.key, coalition, text(node, "actor"),
				enumValue(node, "basis", MembershipBasis.class, true), date(node, "joined"), date(node, "left"),
				text(node, "date_basis"), text(node, "note"), cites(node, "evidence"));
		return done(data);
	}

	Located<MeasureData> measure(JsonNode node, String location) {
		start(node, location, "key", "imposer", "target", "type", "title", "description", "legal_basis", "coalition",
				"evidence", "events");
		String measureKey = this.key;
		String imposer = text(node, "imposer");
		String target = text(node, "target");
		MeasureType type = enumValue(node, "type", MeasureType.class, true);
		String title = text(node, "title");
		String description = text(node, "description");
		String legalBasis = text(node, "legal_basis");
		String coalition = text(node, "coalition");
		List<Cite> evidence = cites(node, "evidence");
		boolean ownReadable = this.readable;
		List<EventData> events = new ArrayList<>();
		JsonNode array = node.get("events");
		if (array != null && !array.isNull()) {
			if (!array.isArray()) {
				issue("events", "must be a list of events");
				ownReadable = false;
			}
			else {
				for (int i = 0; i < array.size(); i++) {
					Located<EventData> event = event(array.get(i), location + ".events[" + i + "]", measureKey);
					events.add(event.data());
					ownReadable &= event.readable();
				}
			}
		}
		this.location = location;
		this.key = measureKey;
		this.readable = ownReadable;
		return done(new MeasureData(measureKey, imposer, target, type, title, description, legalBasis, coalition,
				evidence, events));
	}

	/**
	 * An event inside its measure ({@code measure} given) or standing alone (it names its
	 * measure and may repeat the measure's title, imposer, target and type).
	 */
	Located<EventData> event(JsonNode node, String location, String measure) {
		if (measure != null) {
			start(node, location, "key", "kind", "date", "date_basis", "note", "evidence");
		}
		else {
			start(node, location, "key", "measure", "measure_title", "imposer", "target", "type", "kind", "date",
					"date_precision", "date_basis", "note", "evidence");
		}
		String measureKey = (measure != null) ? measure : text(node, "measure");
		EventContext context = null;
		if (measure == null) {
			context = new EventContext(text(node, "measure_title"), text(node, "imposer"), text(node, "target"),
					enumValue(node, "type", MeasureType.class, false));
		}
		EventData data = new EventData(this.key, measureKey, enumValue(node, "kind", EventKind.class, true),
				date(node, "date"), text(node, "date_basis"), text(node, "note"), cites(node, "evidence"), context);
		return done(data);
	}

	Located<EnforcementData> enforcement(JsonNode node, String location) {
		start(node, location, "key", "actor", "target", "target_description", "kind", "date", "date_precision",
				"date_basis", "description", "measure", "evidence");
		EnforcementData data = new EnforcementData(this.key, text(node, "actor"), text(node, "target"),
				text(node, "target_description"), enumValue(node, "kind", EnforcementKind.class, true),
				date(node, "date"), text(node, "date_basis"), text(node, "description"), text(node, "measure"),
				cites(node, "evidence"));
		return done(data);
	}

	Located<FigureData> figure(JsonNode node, String location) {
		start(node, location, "key", "amount", "amount_max", "currency", "period", "label", "actor", "measure", "date",
				"date_precision", "date_basis", "evidence");
		FigureData data = new FigureData(this.key, amount(node, "amount", true), amount(node, "amount_max", false),
				text(node, "currency"), enumValue(node, "period", FigurePeriod.class, true), text(node, "label"),
				text(node, "actor"), text(node, "measure"), date(node, "date"), text(node, "date_basis"),
				cites(node, "evidence"));
		return done(data);
	}

	Located<DecisionData> decision(JsonNode node, String location) {
		start(node, location, "key", "sentence", "reason");
		Cite sentence = null;
		JsonNode value = (node != null && node.isObject()) ? node.get("sentence") : null;
		if (value == null || value.isNull()) {
			issue("sentence",
					"is required: {\"doc\": \"<document key>\", \"quote\": \"<the sentence or a part of it>\"}");
		}
		else {
			ObjectNode list = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
			list.putArray("sentence").add(value);
			List<Cite> cites = cites(list, "sentence");
			if (cites.size() == 1 && !cites.get(0).isWeb()) {
				sentence = cites.get(0);
			}
			else if (cites.size() == 1) {
				issue("sentence", "must be a passage of a stored document, not a web address");
			}
		}
		return done(new DecisionData(this.key, sentence, text(node, "reason")));
	}

	// ---- fields

	private void start(JsonNode node, String location, String... fields) {
		this.location = location;
		this.readable = true;
		this.key = null;
		if (node == null || !node.isObject()) {
			issue(null, "must be an object with the record's fields");
			return;
		}
		Set<String> known = new LinkedHashSet<>(Arrays.asList(fields));
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				issue(name, "unknown field; this record takes " + String.join(", ", known));
			}
		}
		JsonNode key = node.get("key");
		if (key != null && key.isString()) {
			this.key = key.asString();
		}
		String problem = ExchangeKeys.problem(this.key);
		if (problem != null) {
			issue("key", problem);
		}
		checkPrecision(node);
	}

	private <T> Located<T> done(T data) {
		return new Located<>(this.location, data, this.readable);
	}

	/** A CSV row's {@code date_precision} must agree with its date, if it is given. */
	private void checkPrecision(JsonNode node) {
		JsonNode precision = node.get("date_precision");
		JsonNode date = node.get("date");
		if (precision == null || precision.isNull() || !precision.isString() || precision.asString().isBlank()) {
			return;
		}
		try {
			PartialDate parsed = PartialDate.parse((date != null && date.isString()) ? date.asString() : "");
			if (!parsed.precision().name().equalsIgnoreCase(precision.asString().strip())) {
				issue("date_precision", "'" + precision.asString() + "' does not fit the date '" + parsed.iso()
						+ "', whose precision is " + parsed.precision());
			}
		}
		catch (IllegalArgumentException badDate) {
			// reported for the date itself
		}
	}

	private String text(JsonNode node, String field) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			issue(field, "must be text");
			return null;
		}
		return Interchange.text(value.asString());
	}

	private String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null && node != null && node.isObject()
				&& (node.get(field) == null || node.get(field).isNull() || node.get(field).isString())) {
			issue(field, "is required");
		}
		return value;
	}

	private <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, boolean required) {
		String value = required ? required(node, field) : text(node, field);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			issue(field, "'" + value + "' is not one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	/**
	 * Reads a date field of a node that is not a whole record (a seed correction's
	 * {@code from} or {@code to}), its problems located as given.
	 */
	PartialDate date(JsonNode node, String field, String location, String key) {
		this.location = location;
		this.key = key;
		return date(node, field);
	}

	/**
	 * Reads a list of citations of a node that is not a whole record (a seed correction's
	 * {@code from} or {@code to}), its problems located as given.
	 */
	List<Cite> cites(JsonNode node, String field, String location, String key) {
		this.location = location;
		this.key = key;
		return cites(node, field);
	}

	private PartialDate date(JsonNode node, String field) {
		if (node == null || !node.isObject()) {
			return PartialDate.unknown();
		}
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return PartialDate.unknown();
		}
		if (!value.isString()) {
			issue(field, "must be a date written as text: \"2009\", \"2008-11\" or \"2016-02-10\"");
			return PartialDate.unknown();
		}
		try {
			return PartialDate.parse(value.asString());
		}
		catch (IllegalArgumentException ex) {
			issue(field, ex.getMessage());
			return PartialDate.unknown();
		}
	}

	private BigDecimal amount(JsonNode node, String field, boolean required) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
			if (required) {
				issue(field, "is required");
			}
			return null;
		}
		if (value.isNumber()) {
			// whether a figure can have it is the figure's rule, asked by the importer
			return Interchange.amount(value.decimalValue());
		}
		if (!value.isString()) {
			issue(field, "must be an amount such as 120000000 or 70.5");
			return null;
		}
		try {
			return Interchange.amount(Figure.parseAmount(value.asString()));
		}
		catch (IllegalArgumentException ex) {
			issue(field, ex.getMessage());
			return null;
		}
	}

	private List<String> strings(JsonNode node, String field) {
		if (node == null || !node.isObject()) {
			return List.of();
		}
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			issue(field, "must be a list of texts, e.g. [\"Tokyo\"]");
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (JsonNode item : value) {
			if (!item.isString() || item.asString().isBlank()) {
				issue(field, "each entry must be a non-empty text");
			}
			else if (!result.contains(item.asString())) {
				result.add(item.asString());
			}
		}
		return result;
	}

	private List<Cite> cites(JsonNode node, String field) {
		if (node == null || !node.isObject()) {
			return List.of();
		}
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			issue(field, "must be a list of {\"doc\": …, \"quote\": …} or {\"url\": …}");
			return List.of();
		}
		List<Cite> result = new ArrayList<>();
		for (JsonNode item : value) {
			if (!item.isObject()) {
				issue(field, "each entry must be {\"doc\": …, \"quote\": …} or {\"url\": …}");
				continue;
			}
			Set<String> names = new LinkedHashSet<>(item.propertyNames());
			JsonNode doc = item.get("doc");
			JsonNode quote = item.get("quote");
			JsonNode start = item.get("start");
			JsonNode url = item.get("url");
			if (url != null && names.equals(Set.of("url")) && url.isString() && !url.asString().isBlank()) {
				result.add(Cite.web(url.asString().strip()));
			}
			else if (doc != null && quote != null && doc.isString() && quote.isString() && !doc.asString().isBlank()
					&& !quote.asString().isEmpty() && Set.of("doc", "quote", "start").containsAll(names)
					&& (start == null || start.isIntegralNumber() && start.canConvertToInt() && start.asInt() >= 0)) {
				result.add(Cite.passage(doc.asString(), quote.asString(), (start != null) ? start.asInt() : null));
			}
			else {
				issue(field, "each entry must be {\"doc\": \"<document key>\", \"quote\": \"<verbatim text>\"}"
						+ " (optionally with \"start\": <offset>) or {\"url\": \"https://…\"}");
			}
		}
		return result;
	}

	private void issue(String field, String reason) {
		this.readable = false;
		this.issues.add(new ImportIssue(this.location, this.key, field, reason));
	}

}
