package org.sanctionstracker.coalition;

import java.util.Collection;

import org.sanctionstracker.base.NameKey;
import org.sanctionstracker.base.TakenValues;

import org.springframework.stereotype.Component;

/**
 * The rule a coalition keeps across records, in one place: no two coalitions share a name
 * (ignoring case and spacing, {@link NameKey}). The coalition form's service and the
 * importer (and the seed load through it) ask it; the database backs it with a unique
 * constraint on the normalised name ({@code uk_coalition_name_key}).
 */
@Component
public class CoalitionRules {

	private final CoalitionRepository coalitions;

	CoalitionRules(CoalitionRepository coalitions) {
		this.coalitions = coalitions;
	}

	/**
	 * The coalitions that hold any of these names now, read with one query per few
	 * hundred names.
	 * @param names the names the coalitions to check want
	 * @return who holds which
	 */
	public Names holders(Collection<String> names) {
		return new Names(
				TakenValues.read(names.stream().map(NameKey::of).toList(), this.coalitions::findHoldersOfNameKeys));
	}

	/**
	 * Which coalition holds which name, as read by {@link #holders}, plus those the
	 * coalitions checked since then take ({@link #take}).
	 */
	public static final class Names {

		private final TakenValues names;

		private Names(TakenValues names) {
			this.names = names;
		}

		/**
		 * Why a coalition cannot have this name, or {@code null} when it can.
		 * @param ownId the coalition's id, or {@code null} for a new one
		 * @param name the name
		 * @return the reason, or {@code null}
		 */
		public String problem(Long ownId, String name) {
			TakenValues.Holder other = this.names.otherHolder(NameKey.of(name), ownId);
			return (other != null) ? "Another coalition is already called \"" + other.label() + "\"" : null;
		}

		/**
		 * Notes that a coalition checked in this batch takes a name.
		 * @param ownId its id, or {@code null} for a new one
		 * @param name the name
		 */
		public void take(Long ownId, String name) {
			this.names.take(NameKey.of(name), ownId, name);
		}

	}

}
