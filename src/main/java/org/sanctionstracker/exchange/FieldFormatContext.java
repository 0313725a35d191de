package org.sanctionstracker.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.measure.Lifecycle;

/**
 * What every export in a field format (FollowTheMoney, GSDB, CAMEO) needs beside the
 * records it streams: the actors and the coalitions with their members, read once (they
 * are few, hundreds at most, whatever the number of events), and the day the export
 * describes the measures as of.
 *
 * @param actors every actor, by key
 * @param coalitions every coalition with its members, by key
 * @param asOf the day "in force", start and end are read for
 */
record FieldFormatContext(Map<String, ActorData> actors, Map<String, CoalitionData> coalitions, LocalDate asOf) {

	private static final Map<String, String> ALPHA2 = alpha2Codes();

	static FieldFormatContext read(ExchangeReader reader, LocalDate asOf) {
		ExchangeReader.Documents documents = new ExchangeReader.Documents();
		Map<String, ActorData> actors = new HashMap<>();
		Map<String, CoalitionData> coalitions = new HashMap<>();
		long after = 0;
		while (true) {
			var chunk = reader.actors(null, after, ExportService.PAGE_SIZE, documents);
			if (chunk.isEmpty()) {
				break;
			}
			chunk.items().forEach((a) -> actors.put(a.key(), a));
			after = chunk.lastId();
		}
		after = 0;
		while (true) {
			var chunk = reader.coalitions(null, after, ExportService.PAGE_SIZE, true, documents);
			if (chunk.isEmpty()) {
				break;
			}
			chunk.items().forEach((c) -> coalitions.put(c.key(), c));
			after = chunk.lastId();
		}
		return new FieldFormatContext(Map.copyOf(actors), Map.copyOf(coalitions), asOf);
	}

	ActorData actor(String key) {
		return (key != null) ? this.actors.get(key) : null;
	}

	String name(String actorKey) {
		ActorData actor = actor(actorKey);
		return (actor != null) ? actor.name() : actorKey;
	}

	boolean isState(String actorKey) {
		ActorData actor = actor(actorKey);
		return actor != null && actor.kind() == ActorKind.STATE;
	}

	/**
	 * A measure's period in force as of the export's day, by the one rule
	 * ({@link Lifecycle#periodOn}).
	 * @param measure the measure with its events
	 * @return the period
	 */
	Lifecycle.Period period(MeasureData measure) {
		return Lifecycle.periodOn(steps(measure.events()), this.asOf);
	}

	static List<Lifecycle.Step> steps(List<EventData> events) {
		return events.stream()
			.filter((e) -> e.kind() != null)
			.map((e) -> new Lifecycle.Step(e.kind(), e.date()))
			.toList();
	}

	/**
	 * The ISO 3166 alpha-2 code of an alpha-3 code, lower case as FollowTheMoney writes
	 * countries.
	 * @param iso3 e.g. {@code PRK}
	 * @return e.g. {@code kp}, or {@code null} when the code is unknown
	 */
	static String alpha2(String iso3) {
		return (iso3 != null) ? ALPHA2.get(iso3.toUpperCase(Locale.ROOT)) : null;
	}

	/**
	 * The alpha-3 code of an alpha-2 code.
	 * @param iso2 e.g. {@code kp}
	 * @return e.g. {@code PRK}, or {@code null} when the code is unknown
	 */
	static String alpha3(String iso2) {
		if (iso2 == null || iso2.length() != 2) {
			return null;
		}
		return ALPHA2.entrySet()
			.stream()
			.filter((e) -> e.getValue().equalsIgnoreCase(iso2))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	private static Map<String, String> alpha2Codes() {
		Map<String, String> codes = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			codes.put(Locale.of("", alpha2).getISO3Country(), alpha2.toLowerCase(Locale.ROOT));
		}
		return Map.copyOf(codes);
	}

}
