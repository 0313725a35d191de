package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.List;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;

/**
 * The shipped dataset as written in {@code seeds/dataset/*.yaml} (see its README). Field
 * names follow the files, in snake case.
 */
final class SeedDataset {

	private SeedDataset() {
	}

	record Quote(String doc, String quote) {
	}

	record ActorFile(List<ActorRecord> actors) {
	}

	record ActorRecord(String key, String name, ActorKind kind, String iso3, List<String> aliases, String description,
			List<Quote> evidence) {
	}

	record CoalitionFile(List<CoalitionRecord> coalitions) {
	}

	record CoalitionRecord(String key, String name, CoalitionKind kind, String description, String basis,
			List<Quote> evidence, List<MemberRecord> members) {
	}

	record MemberRecord(String key, String actor, MembershipBasis basis, String joined, String left, String dateBasis,
			String note, List<Quote> evidence) {
	}

	record MeasureFile(List<MeasureRecord> measures) {
	}

	record MeasureRecord(String key, String imposer, String target, MeasureType type, String title, String description,
			String legalBasis, String coalition, List<Quote> evidence, List<EventRecord> events) {
	}

	record EventRecord(String key, EventKind kind, String date, String dateBasis, String note, List<Quote> evidence) {
	}

	record EnforcementFile(List<EnforcementRecord> enforcementActions) {
	}

	record EnforcementRecord(String key, String actor, String target, String targetDescription, EnforcementKind kind,
			String date, String dateBasis, String description, String measure, List<Quote> evidence) {
	}

	record FigureFile(List<FigureRecord> figures) {
	}

	record FigureRecord(String key, BigDecimal amount, BigDecimal amountMax, String currency, FigurePeriod period,
			String label, String actor, String measure, String date, String dateBasis, List<Quote> evidence) {
	}

	/**
	 * All five files.
	 */
	record Files(List<ActorRecord> actors, List<CoalitionRecord> coalitions, List<MeasureRecord> measures,
			List<EnforcementRecord> enforcementActions, List<FigureRecord> figures, String sha256) {

		int recordCount() {
			int memberships = this.coalitions.stream().mapToInt((c) -> size(c.members())).sum();
			int events = this.measures.stream().mapToInt((m) -> size(m.events())).sum();
			return this.actors.size() + this.coalitions.size() + memberships + this.measures.size() + events
					+ this.enforcementActions.size() + this.figures.size();
		}

		private static int size(List<?> list) {
			return (list != null) ? list.size() : 0;
		}

	}

}
