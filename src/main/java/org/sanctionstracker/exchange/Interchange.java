package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.SourceKind;

/**
 * The records as they are exported and imported: the shape of the seed dataset files
 * ({@code seeds/dataset/README.md}), where records refer to each other by key and cite
 * evidence as {@code {doc, quote}} or {@code {url}}. The exporter writes them and the
 * importer reads them, so the two cannot drift apart.
 */
final class Interchange {

	private Interchange() {
	}

	/**
	 * A cited passage or web page.
	 *
	 * @param doc the document key, for a passage
	 * @param quote the verbatim quote, for a passage
	 * @param start where the quote starts in the document text; written only when the
	 * quote occurs more than once there
	 * @param url the address, for a web citation
	 */
	record Cite(String doc, String quote, Integer start, String url) {

		static Cite passage(String doc, String quote, Integer start) {
			return new Cite(doc, quote, start, null);
		}

		static Cite web(String url) {
			return new Cite(null, null, null, url);
		}

		boolean isWeb() {
			return this.url != null && this.doc == null && this.quote == null;
		}

		/** Passages by document, then offset; web citations last, by address. */
		static final Comparator<Cite> ORDER = Comparator.comparing(Cite::isWeb)
			.thenComparing(Cite::doc, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Cite::start, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Cite::quote, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Cite::url, Comparator.nullsLast(Comparator.naturalOrder()));

	}

	record DocumentData(String key, String file, String sha256, String title, String author, String publisher,
			PartialDate published, SourceKind kind, String url, String basis, String text) {

	}

	record ActorData(String key, String name, ActorKind kind, String iso3, List<String> aliases, String description,
			List<Cite> evidence) {

	}

	record CoalitionData(String key, String name, CoalitionKind kind, String description, String basis,
			List<Cite> evidence, List<MemberData> members) {

	}

	record MemberData(String key, String coalition, String actor, MembershipBasis basis, PartialDate joined,
			PartialDate left, String dateBasis, String note, List<Cite> evidence) {

	}

	record MeasureData(String key, String imposer, String target, MeasureType type, String title, String description,
			String legalBasis, String coalition, List<Cite> evidence, List<EventData> events) {

	}

	/**
	 * A lifecycle event. Inside a measure {@code measure} is that measure's key; in a
	 * flat list of events the context fields say which measure it is for a reader (and
	 * must agree with it when given on import).
	 */
	record EventData(String key, String measure, EventKind kind, PartialDate date, String dateBasis, String note,
			List<Cite> evidence, EventContext context) {

	}

	/**
	 * What a flat list of events repeats about each event's measure.
	 */
	record EventContext(String measureTitle, String imposer, String target, MeasureType type) {

	}

	record EnforcementData(String key, String actor, String target, String targetDescription, EnforcementKind kind,
			PartialDate date, String dateBasis, String description, String measure, List<Cite> evidence) {

	}

	record FigureData(String key, BigDecimal amount, BigDecimal amountMax, String currency, FigurePeriod period,
			String label, String actor, String measure, PartialDate date, String dateBasis, List<Cite> evidence) {

	}

	/**
	 * An analyst's decision that a sentence of a document is not a record.
	 *
	 * @param key the decision's key
	 * @param sentence a passage of the sentence (the whole sentence or part of it), as a
	 * citation of its document
	 * @param reason why the sentence is not a record
	 */
	record DecisionData(String key, Cite sentence, String reason) {

	}

	/**
	 * Optional text as stored: blank means absent.
	 * @param text the text
	 * @return the text, or {@code null} when it is blank
	 */
	static String text(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/**
	 * An amount without trailing zeros, so that {@code 80} and {@code 80.00} are the
	 * same.
	 * @param amount the amount
	 * @return the normalised amount, or {@code null}
	 */
	static BigDecimal amount(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
