package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSV columns of each kind, one record per row. Import reads the same columns. A date
 * is written as the source gives it ({@code 2008-11}) with its precision in the next
 * column; aliases and evidence, which are lists, are JSON arrays in one cell
 * ({@code [{"doc":"sigal-2009","quote":"…"}]}). Memberships and documents are exchanged
 * as JSON only.
 */
final class InterchangeCsv {

	static final Map<ExchangeKind, List<String>> COLUMNS = Map.of(ExchangeKind.ACTORS,
			List.of("key", "name", "kind", "iso3", "aliases", "description", "evidence"), ExchangeKind.COALITIONS,
			List.of("key", "name", "kind", "description", "basis", "evidence"), ExchangeKind.MEASURES,
			List.of("key", "imposer", "target", "type", "title", "description", "legal_basis", "coalition", "evidence"),
			ExchangeKind.EVENTS,
			List.of("key", "measure", "measure_title", "imposer", "target", "type", "kind", "date", "date_precision",
					"date_basis", "note", "evidence"),
			ExchangeKind.ENFORCEMENT_ACTIONS,
			List.of("key", "actor", "target", "target_description", "kind", "date", "date_precision", "date_basis",
					"description", "measure", "evidence"),
			ExchangeKind.FIGURES, List.of("key", "amount", "amount_max", "currency", "period", "label", "actor",
					"measure", "date", "date_precision", "date_basis", "evidence"));

	/** Columns that identify a kind: a CSV file's header must hold all of them. */
	static final Map<ExchangeKind, Set<String>> REQUIRED = Map.of(ExchangeKind.ACTORS, Set.of("key", "name", "kind"),
			ExchangeKind.COALITIONS, Set.of("key", "name", "kind"), ExchangeKind.MEASURES,
			Set.of("key", "imposer", "target", "type", "title"), ExchangeKind.EVENTS,
			Set.of("key", "measure", "kind", "date"), ExchangeKind.ENFORCEMENT_ACTIONS,
			Set.of("key", "actor", "kind", "date", "description"), ExchangeKind.FIGURES,
			Set.of("key", "amount", "currency", "period", "label"));

	private InterchangeCsv() {
	}

	/**
	 * The kinds whose columns a header fits: all required columns present, no unknown
	 * column.
	 * @param header the header cells
	 * @return the kinds, in declaration order
	 */
	static List<ExchangeKind> kindsFitting(List<String> header) {
		List<ExchangeKind> fitting = new ArrayList<>();
		for (ExchangeKind kind : ExchangeKind.values()) {
			List<String> columns = COLUMNS.get(kind);
			if (columns != null && header.containsAll(REQUIRED.get(kind)) && columns.containsAll(header)) {
				fitting.add(kind);
			}
		}
		return fitting;
	}

	static List<String> actor(ActorData a) {
		return List.of(a.key(), a.name(), a.kind().name(), nz(a.iso3()), strings(a.aliases()), nz(a.description()),
				cites(a.evidence()));
	}

	static List<String> coalition(CoalitionData c) {
		return List.of(c.key(), c.name(), c.kind().name(), nz(c.description()), nz(c.basis()), cites(c.evidence()));
	}

	static List<String> measure(MeasureData m) {
		return List.of(m.key(), m.imposer(), m.target(), m.type().name(), m.title(), nz(m.description()),
				nz(m.legalBasis()), nz(m.coalition()), cites(m.evidence()));
	}

	static List<String> event(EventData e) {
		var context = e.context();
		return Arrays.asList(e.key(), e.measure(), (context != null) ? nz(context.measureTitle()) : "",
				(context != null) ? nz(context.imposer()) : "", (context != null) ? nz(context.target()) : "",
				(context != null && context.type() != null) ? context.type().name() : "", e.kind().name(),
				e.date().iso(), precision(e.date()), nz(e.dateBasis()), nz(e.note()), cites(e.evidence()));
	}

	static List<String> enforcement(EnforcementData a) {
		return List.of(a.key(), a.actor(), nz(a.target()), nz(a.targetDescription()), a.kind().name(), a.date().iso(),
				precision(a.date()), nz(a.dateBasis()), a.description(), nz(a.measure()), cites(a.evidence()));
	}

	static List<String> figure(FigureData f) {
		return List.of(f.key(), plain(f.amount()), plain(f.amountMax()), f.currency(), f.period().name(), f.label(),
				nz(f.actor()), nz(f.measure()), f.date().iso(), precision(f.date()), nz(f.dateBasis()),
				cites(f.evidence()));
	}

	static String precision(PartialDate date) {
		return date.precision().name();
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : "";
	}

	private static String nz(String text) {
		return (text != null) ? text : "";
	}

	private static String strings(List<String> values) {
		if (values.isEmpty()) {
			return "";
		}
		ArrayNode array = InterchangeJson.MAPPER.createArrayNode();
		values.forEach(array::add);
		return InterchangeJson.MAPPER.writeValueAsString(array);
	}

	private static String cites(List<Cite> cites) {
		if (cites.isEmpty()) {
			return "";
		}
		ArrayNode array = InterchangeJson.MAPPER.createArrayNode();
		for (Cite cite : cites) {
			ObjectNode node = array.addObject();
			if (cite.isWeb()) {
				node.put("url", cite.url());
			}
			else {
				node.put("doc", cite.doc());
				node.put("quote", cite.quote());
				if (cite.start() != null) {
					node.put("start", cite.start());
				}
			}
		}
		return InterchangeJson.MAPPER.writeValueAsString(array);
	}

}
