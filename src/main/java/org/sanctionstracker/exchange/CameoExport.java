package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * Writes lifecycle steps and enforcement actions as CAMEO-coded events (Conflict and
 * Mediation Event Observations, codebook 1.1b3), with the columns of GDELT 1.0's event
 * table that apply, followed by the tracker's own: the date's precision, the step or
 * action, the measure and the first passage cited. The code tables are in
 * {@code docs/formats/cameo.md}.
 */
final class CameoExport {

	/** The GDELT 1.0 event fields written, in GDELT's order. */
	static final List<String> GDELT_FIELDS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code",
			"Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode",
			"EventBaseCode", "EventRootCode", "QuadClass", "SOURCEURL");

	/** What the tracker adds. */
	static final List<String> EXTRAS = List.of("date", "date_precision", "record", "kind", "measure_id",
			"measure_title", "measure_type", "document", "quote");

	/** The CAMEO codes used, with the codebook's names. */
	static final Map<String, String> NAMES = Map.ofEntries(Map.entry("010", "Make statement, not specified below"),
			Map.entry("020", "Make an appeal or request, not specified below"),
			Map.entry("030", "Express intent to cooperate, not specified below"),
			Map.entry("0331", "Express intent to provide economic aid"),
			Map.entry("0354", "Express intent to ease economic sanctions, boycott, or embargo"),
			Map.entry("060", "Engage in material cooperation, not specified below"),
			Map.entry("071", "Provide economic aid"), Map.entry("080", "Yield, not specified below"),
			Map.entry("085", "Ease economic sanctions, boycott, embargo"), Map.entry("128", "Defy norms, law"),
			Map.entry("1311", "Threaten to reduce or stop aid"),
			Map.entry("1312", "Threaten to boycott, embargo, or sanction"),
			Map.entry("1313", "Threaten to reduce or break relations"),
			Map.entry("160", "Reduce relations, not specified below"),
			Map.entry("1621", "Reduce or stop economic assistance"),
			Map.entry("163", "Impose embargo, boycott, or sanctions"), Map.entry("170", "Coerce, not specified below"),
			Map.entry("171", "Seize or damage property"), Map.entry("1711", "Confiscate property"),
			Map.entry("173", "Arrest, detain, or charge with legal action"));

	private final Csv.Writer csv;

	private final FieldFormatContext context;

	CameoExport(Csv.Writer csv, FieldFormatContext context) {
		this.csv = csv;
		this.context = context;
		List<String> header = new ArrayList<>(GDELT_FIELDS);
		header.addAll(EXTRAS);
		csv.row(header);
	}

	/**
	 * The CAMEO code of a lifecycle step of a measure of a type.
	 * @param kind the step
	 * @param type the measure's type
	 * @return the code
	 */
	static String code(EventKind kind, MeasureType type) {
		if (type == MeasureType.ENGAGEMENT) {
			return switch (kind) {
				case IMPOSED, EXPANDED, REIMPOSED, ADOPTED, ANNOUNCED -> "060";
				case CONSIDERED, THREATENED, PROMISED, CONDITIONED -> "030";
				case LIFTING_PROMISED -> "1313";
				case RELAXED, SUSPENDED, LIFTED, WITHDRAWN -> "160";
			};
		}
		boolean aid = type == MeasureType.AID_SUSPENSION || type == MeasureType.AID_CONDITIONALITY;
		return switch (kind) {
			case IMPOSED, EXPANDED, REIMPOSED, ADOPTED, ANNOUNCED -> aid ? "1621" : "163";
			case THREATENED -> aid ? "1311" : "1312";
			case PROMISED, CONDITIONED -> (type == MeasureType.AID_CONDITIONALITY) ? "0331" : aid ? "1311" : "1312";
			case CONSIDERED, WITHDRAWN -> "010";
			case RELAXED, SUSPENDED, LIFTED -> aid ? "071" : "085";
			case LIFTING_PROMISED -> aid ? "0331" : "0354";
		};
	}

	/**
	 * The CAMEO code of an enforcement action.
	 * @param kind the action
	 * @return the code
	 */
	static String code(EnforcementKind kind) {
		return switch (kind) {
			case ARREST -> "173";
			case INSPECTION -> "170";
			case INTERDICTION -> "171";
			case SEIZURE -> "1711";
			case CAPACITY_BUILDING -> "060";
			case DIPLOMATIC_REQUEST -> "020";
			case MONITORING_REPORT -> "010";
			case NON_COMPLIANCE -> "128";
		};
	}

	/**
	 * The CAMEO actor code of an actor: a state's ISO 3166 alpha-3 code, an
	 * intergovernmental organisation as {@code IGO} and its known-group code (United
	 * Nations {@code UNO}, European Union {@code EEC}, ASEAN {@code ASN}), a company as
	 * {@code BUS}, a grouping by its region (Africa {@code AFR}, Southeast Asia
	 * {@code SEA}); empty when none applies.
	 * @param actor the actor
	 * @return the code
	 */
	static String actorCode(ActorData actor) {
		if (actor == null) {
			return "";
		}
		String name = (actor.name() + " " + String.join(" ", actor.aliases())).toLowerCase(Locale.ROOT);
		return switch (actor.kind()) {
			case STATE -> (actor.iso3() != null) ? actor.iso3() : "";
			case COMPANY -> "BUS";
			case INTERNATIONAL_ORGANIZATION -> name.contains("united nations") || name.matches("(.*\\W)?un\\W.*")
					? "IGOUNO" : name.contains("european union") ? "IGOEEC"
							: name.contains("southeast asian nations") || name.contains("asean") ? "IGOASN" : "IGO";
			case GROUPING -> name.contains("africa") ? "AFR" : name.contains("southeast asia") ? "SEA" : "";
		};
	}

	void event(EventData e) {
		if (!onOrBeforeAsOf(e.date())) {
			return;
		}
		var c = e.context();
		row(e.key(), e.date(), this.context.actor(c.imposer()), this.context.actor(c.target()), null,
				code(e.kind(), c.type()), "lifecycle_step", e.kind().name(), e.measure(), c.measureTitle(),
				c.type().name(), e.evidence());
	}

	void enforcement(EnforcementData a) {
		if (!onOrBeforeAsOf(a.date())) {
			return;
		}
		row(a.key(), a.date(), this.context.actor(a.actor()), this.context.actor(a.target()), a.targetDescription(),
				code(a.kind()), "enforcement_action", a.kind().name(), a.measure(), null, null, a.evidence());
	}

	private boolean onOrBeforeAsOf(PartialDate date) {
		return date.precision() == DatePrecision.UNKNOWN || !date.lowerBound().isAfter(this.context.asOf());
	}

	private void row(String id, PartialDate date, ActorData actor1, ActorData actor2, String actor2Description,
			String code, String record, String kind, String measure, String measureTitle, String measureType,
			List<Cite> evidence) {
		boolean dated = date.precision() != DatePrecision.UNKNOWN;
		String day = dated ? date.lowerBound().toString().replace("-", "") : "";
		Cite passage = evidence.stream().filter((c) -> !c.isWeb()).findFirst().orElse(null);
		Cite web = evidence.stream().filter(Cite::isWeb).findFirst().orElse(null);
		String actor2Name = (actor2 != null) ? actor2.name() : actor2Description;
		this.csv.row(java.util.Arrays.asList(id, day, dated ? day.substring(0, 6) : "",
				dated ? day.substring(0, 4) : "", actorCode(actor1), (actor1 != null) ? actor1.name() : "",
				countryCode(actor1), actorCode(actor2), actor2Name, countryCode(actor2), code, code.substring(0, 3),
				code.substring(0, 2), String.valueOf(quadClass(code)), (web != null) ? web.url() : "",
				dated ? date.iso() : "", date.precision().name(), record, kind, measure, measureTitle, measureType,
				(passage != null) ? passage.doc() : "", (passage != null) ? passage.quote() : ""));
	}

	private static String countryCode(ActorData actor) {
		return (actor != null && actor.kind() == ActorKind.STATE && actor.iso3() != null) ? actor.iso3() : "";
	}

	/**
	 * CAMEO's quad class of a code: verbal cooperation (01–05), material cooperation
	 * (06–09), verbal conflict (10–14), material conflict (15–20).
	 * @param code the code
	 * @return 1 to 4
	 */
	static int quadClass(String code) {
		int root = Integer.parseInt(code.substring(0, 2));
		return (root <= 5) ? 1 : (root <= 9) ? 2 : (root <= 14) ? 3 : 4;
	}

}
