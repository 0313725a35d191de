package org.sanctionstracker.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.Evidence;

/**
 * The fields an import changes in a record already in the database, compared as they are
 * exchanged: blank text is absent, an unknown date equals no date, references by id,
 * evidence as a set.
 */
final class FieldChanges {

	private final List<String> changed = new ArrayList<>();

	/**
	 * Notes a field whose stored and incoming values differ.
	 * @param field the field, as the file names it
	 * @param current the stored value
	 * @param incoming the file's value
	 * @return this
	 */
	FieldChanges compare(String field, Object current, Object incoming) {
		Object a = normal(current);
		Object b = normal(incoming);
		if (a instanceof PartialDate || b instanceof PartialDate) {
			a = (a != null) ? a : PartialDate.unknown();
			b = (b != null) ? b : PartialDate.unknown();
		}
		if (!Objects.equals(a, b)) {
			this.changed.add(field);
		}
		return this;
	}

	/**
	 * Notes a change of the cited evidence.
	 * @param current the stored evidence
	 * @param incoming the file's
	 * @return this
	 */
	FieldChanges compareEvidence(List<Evidence> current, List<Evidence> incoming) {
		if (!new HashSet<>(current).equals(new HashSet<>(incoming)) || current.size() != incoming.size()) {
			this.changed.add("evidence");
		}
		return this;
	}

	boolean any() {
		return !this.changed.isEmpty();
	}

	List<String> fields() {
		return this.changed;
	}

	/**
	 * Replaces a record's evidence by the file's, unless they are the same set.
	 * @param current the stored evidence (changed in place)
	 * @param incoming the file's
	 */
	static void replace(List<Evidence> current, List<Evidence> incoming) {
		if (!new LinkedHashSet<>(current).equals(new LinkedHashSet<>(incoming))) {
			current.clear();
			current.addAll(incoming);
		}
	}

	/**
	 * An amount as exchanged, for comparing.
	 * @param amount the amount, or {@code null}
	 * @return it without trailing zeros, as text
	 */
	static String plain(BigDecimal amount) {
		return (amount != null) ? Interchange.amount(amount).toPlainString() : null;
	}

	private static Object normal(Object value) {
		return switch (value) {
			case String s -> Interchange.text(s);
			case Actor a -> a.getId();
			case Coalition c -> c.getId();
			case Measure m -> m.getId();
			case null, default -> value;
		};
	}

}
