package org.sanctionstracker.exchange;

import java.util.ArrayList;
import java.util.List;

import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.CoalitionData;
import org.sanctionstracker.exchange.Interchange.DecisionData;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.FigureData;
import org.sanctionstracker.exchange.Interchange.MeasureData;

/**
 * An import file as read: its records, each with where it stands in the file, and the
 * problems reading found. A record whose fields could not all be read is kept (its key
 * still resolves references) but marked, so that checking goes on and reports everything.
 */
final class ImportFile {

	/**
	 * A record and its place in the file.
	 *
	 * @param location "row 4" or "$.measures[2]"
	 * @param data the record
	 * @param readable whether every field could be read
	 * @param <T> the record type
	 */
	record Located<T>(String location, T data, boolean readable) {

	}

	final List<Located<DocumentData>> documents = new ArrayList<>();

	final List<Located<ActorData>> actors = new ArrayList<>();

	final List<Located<CoalitionData>> coalitions = new ArrayList<>();

	final List<Located<MeasureData>> measures = new ArrayList<>();

	/**
	 * Events given apart from their measure (an events CSV, or {@code "events"} in JSON).
	 */
	final List<Located<EventData>> events = new ArrayList<>();

	final List<Located<EnforcementData>> enforcementActions = new ArrayList<>();

	final List<Located<FigureData>> figures = new ArrayList<>();

	/** Decisions that sentences are not records. */
	final List<Located<DecisionData>> decisions = new ArrayList<>();

	final List<ImportIssue> issues = new ArrayList<>();

	/**
	 * The seed dataset's corrections of records shipped before, applied after the records
	 * in {@link ImportMode#SEED} mode; {@code null} for any other file.
	 */
	SeedCorrections corrections;

	int recordCount() {
		int members = this.coalitions.stream().mapToInt((c) -> c.data().members().size()).sum();
		int nestedEvents = this.measures.stream().mapToInt((m) -> m.data().events().size()).sum();
		return this.documents.size() + this.actors.size() + this.coalitions.size() + members + this.measures.size()
				+ nestedEvents + this.events.size() + this.enforcementActions.size() + this.figures.size()
				+ this.decisions.size();
	}

}
