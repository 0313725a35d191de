package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.exchange.Interchange.MemberData;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.measure.Lifecycle;
import org.sanctionstracker.measure.MeasureType;

/**
 * Writes measures in the shape of the Global Sanctions Data Base (GSDB; Felbermayr,
 * Kirilakha, Syropoulos, Yalcin and Yotov): one case per measure, and one row per
 * sanctioning state and year in force for the dyadic file. Which measures become cases,
 * how types map to GSDB's six type flags, and how organisations are expanded to their
 * member states is in {@code docs/formats/gsdb.md}. Begin and end years come from the one
 * lifecycle rule ({@link Lifecycle#periodOn}) as of the export's day.
 */
final class GsdbExport {

	/** GSDB's case-level variables, in GSDB's order. */
	static final List<String> CASE_VARIABLES = List.of("case_id", "sanctioned_state", "sanctioning_state", "begin",
			"end", "trade", "descr_trade", "arms", "military", "financial", "travel", "other", "target_mult",
			"sender_mult", "objective", "success");

	/** GSDB's dyadic variables, in GSDB's order. */
	static final List<String> DYADIC_VARIABLES = List.of("case_id", "sanctioned_state", "sanctioning_state", "year",
			"trade", "descr_trade", "arms", "military", "financial", "travel", "other", "target_mult", "sender_mult",
			"objective", "success");

	/** What the tracker adds after GSDB's variables. */
	static final List<String> CASE_EXTRAS = List.of("sanctioned_state_iso3", "sanctioning_state_iso3", "measure_type",
			"measure_title", "in_force_on_as_of", "as_of");

	static final List<String> DYADIC_EXTRAS = List.of("sanctioned_state_iso3", "sanctioning_state_iso3", "via",
			"measure_type");

	/** The six type flags. */
	enum Flag {

		TRADE, ARMS, MILITARY, FINANCIAL, TRAVEL, OTHER

	}

	private final Csv.Writer csv;

	private final FieldFormatContext context;

	private final boolean dyadic;

	GsdbExport(Csv.Writer csv, FieldFormatContext context, boolean dyadic) {
		this.csv = csv;
		this.context = context;
		this.dyadic = dyadic;
		List<String> header = new ArrayList<>(dyadic ? DYADIC_VARIABLES : CASE_VARIABLES);
		header.addAll(dyadic ? DYADIC_EXTRAS : CASE_EXTRAS);
		csv.row(header);
	}

	/**
	 * The GSDB type flag of a measure type, or {@code null} for a type that is not a
	 * sanction (engagement: an inducement).
	 * @param type the type
	 * @return the flag
	 */
	static Flag flag(MeasureType type) {
		return switch (type) {
			case PORT_BAN, SHIPPING_RESTRICTION, TRADE_RESTRICTION -> Flag.TRADE;
			case ARMS_EMBARGO -> Flag.ARMS;
			case FINANCIAL_RESTRICTION, ASSET_FREEZE, REMITTANCE_BAN, AID_SUSPENSION, AID_CONDITIONALITY,
					SECONDARY_SANCTION ->
				Flag.FINANCIAL;
			case TRAVEL_BAN -> Flag.TRAVEL;
			case LABOR_BAN, BUSINESS_CLOSURE, DESIGNATION, LEGISLATION, UN_RESOLUTION, COUNTERMEASURE, OTHER ->
				Flag.OTHER;
			case ENGAGEMENT -> null;
		};
	}

	void measure(MeasureData m) {
		Flag flag = flag(m.type());
		ActorData target = this.context.actor(m.target());
		ActorData sender = this.context.actor(m.imposer());
		if (flag == null || target == null || target.kind() != ActorKind.STATE || sender == null
				|| sender.kind() == ActorKind.COMPANY) {
			return;
		}
		Lifecycle.Period period = this.context.period(m);
		if (!period.started()) {
			return;
		}
		int begin = period.start().lowerBound().getYear();
		int end = (period.end() != null) ? period.end().lowerBound().getYear() : this.context.asOf().getYear();
		String senderMult = (sender.kind() == ActorKind.STATE) ? "0" : "1";
		if (!this.dyadic) {
			List<String> row = new ArrayList<>(
					List.of(m.key(), target.name(), sender.name(), String.valueOf(begin), String.valueOf(end)));
			row.addAll(flags(flag));
			row.addAll(List.of("0", senderMult, "", ""));
			row.addAll(List.of(iso3(target), iso3(sender), m.type().name(), m.title(),
					(period.end() == null) ? "1" : "0", this.context.asOf().toString()));
			this.csv.row(row);
			return;
		}
		for (int year = begin; year <= end; year++) {
			List<ActorData> senders = senders(sender, m.coalition(), year);
			for (ActorData state : senders) {
				List<String> row = new ArrayList<>(List.of(m.key(), target.name(), state.name(), String.valueOf(year)));
				row.addAll(flags(flag));
				row.addAll(List.of("0", senderMult, "", ""));
				row.addAll(
						List.of(iso3(target), iso3(state), state.equals(sender) ? "" : sender.name(), m.type().name()));
				this.csv.row(row);
			}
		}
	}

	/**
	 * Who sanctions in a year: a state itself; an organisation or grouping as the member
	 * states of the measure's coalition in that year (members, not aligned or proposed
	 * states), or itself when the measure names no coalition or it has no such member.
	 */
	private List<ActorData> senders(ActorData sender, String coalitionKey, int year) {
		if (sender.kind() == ActorKind.STATE || coalitionKey == null) {
			return List.of(sender);
		}
		CoalitionData coalition = this.context.coalitions().get(coalitionKey);
		Set<ActorData> members = new LinkedHashSet<>();
		if (coalition != null) {
			for (MemberData member : coalition.members()) {
				ActorData actor = this.context.actor(member.actor());
				if (actor != null && actor.kind() == ActorKind.STATE && member.basis() == MembershipBasis.MEMBER
						&& (member.joined().precision() == DatePrecision.UNKNOWN
								|| member.joined().lowerBound().getYear() <= year)
						&& (member.left().precision() == DatePrecision.UNKNOWN
								|| member.left().lowerBound().getYear() >= year)) {
					members.add(actor);
				}
			}
		}
		return members.isEmpty() ? List.of(sender)
				: members.stream().sorted(java.util.Comparator.comparing(ActorData::name)).toList();
	}

	private static List<String> flags(Flag flag) {
		List<String> flags = new ArrayList<>();
		for (Flag each : Flag.values()) {
			flags.add((each == flag) ? "1" : "0");
			if (each == Flag.TRADE) {
				flags.add(""); // descr_trade: the tracker does not record the direction
								// of trade
			}
		}
		return flags;
	}

	private static String iso3(ActorData actor) {
		return (actor.iso3() != null) ? actor.iso3() : "";
	}

}
