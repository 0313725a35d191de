package org.sanctionstracker.actor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sanctionstracker.base.NameKey;
import org.sanctionstracker.base.TakenValues;

import org.springframework.stereotype.Component;

/**
 * The rules an actor keeps across records, in one place: no two actors share a name
 * (ignoring case and spacing, {@link NameKey}) or an ISO 3166 code, and only a state has
 * a code. The actor form's service, the importer and the seed load (which goes through
 * the importer) all ask {@link #holders} and {@link Holders#problems}; the database backs
 * both uniqueness rules with unique constraints ({@code uk_actor_name_key},
 * {@code uk_actor_iso3}).
 */
@Component
public class ActorRules {

	/** How a malformed code is refused. */
	public static final String CODE_FORMAT = "Three letters, the ISO 3166 alpha-3 code (e.g. JPN)";

	private final ActorRepository actors;

	ActorRules(ActorRepository actors) {
		this.actors = actors;
	}

	/**
	 * The actors that hold any of these names or codes now, read with one query per few
	 * hundred values, to check one actor or a whole batch against.
	 * @param names the names the actors to check want
	 * @param codes their ISO codes
	 * @return who holds which
	 */
	public Holders holders(Collection<String> names, Collection<String> codes) {
		return new Holders(
				TakenValues.read(names.stream().map(NameKey::of).toList(), this.actors::findHoldersOfNameKeys),
				TakenValues.read(codes.stream().map(ActorRules::code).toList(), this.actors::findHoldersOfCodes));
	}

	/**
	 * An ISO code as stored: trimmed, upper case; {@code null} when blank.
	 * @param iso3 the code as typed
	 * @return the code, or {@code null}
	 */
	public static String code(String iso3) {
		return (iso3 == null || iso3.isBlank()) ? null : iso3.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * Why an actor of a kind cannot have a code, or {@code null} when it can (or the kind
	 * is not known).
	 * @param kind the actor's kind, or {@code null}
	 * @param code its code, or {@code null}
	 * @return the reason, or {@code null}
	 */
	public static String codeKindProblem(ActorKind kind, String code) {
		if (code == null || kind == null || kind == ActorKind.STATE) {
			return null;
		}
		return "Only a state has an ISO 3166 code; leave it empty for a " + kind.label().toLowerCase(Locale.ROOT);
	}

	/**
	 * Which actor holds which name and code, as read by {@link #holders}, plus those the
	 * actors checked since then take ({@link #take}).
	 */
	public static final class Holders {

		private final TakenValues names;

		private final TakenValues codes;

		private Holders(TakenValues names, TakenValues codes) {
			this.names = names;
			this.codes = codes;
		}

		/**
		 * Why an actor cannot have this name, kind and code, per field ({@code iso3},
		 * {@code name}); empty when it can.
		 * @param ownId the actor's id, or {@code null} for a new one
		 * @param name its name
		 * @param kind its kind
		 * @param iso3 its code, as typed
		 * @return the reasons
		 */
		public Map<String, String> problems(Long ownId, String name, ActorKind kind, String iso3) {
			Map<String, String> problems = new LinkedHashMap<>();
			String code = code(iso3);
			String kindProblem = codeKindProblem(kind, code);
			TakenValues.Holder codeHolder = this.codes.otherHolder(code, ownId);
			if (kindProblem != null) {
				problems.put("iso3", kindProblem);
			}
			else if (codeHolder != null) {
				problems.put("iso3", "The code " + code + " is already used by " + codeHolder.label());
			}
			TakenValues.Holder nameHolder = this.names.otherHolder(NameKey.of(name), ownId);
			if (nameHolder != null) {
				problems.put("name", "Another actor is already called \"" + nameHolder.label() + "\"");
			}
			return problems;
		}

		/**
		 * Notes that an actor checked in this batch takes a name and code.
		 * @param ownId its id, or {@code null} for a new one
		 * @param name its name
		 * @param iso3 its code, or {@code null}
		 */
		public void take(Long ownId, String name, String iso3) {
			this.names.take(NameKey.of(name), ownId, name);
			this.codes.take(code(iso3), ownId, name);
		}

	}

}
