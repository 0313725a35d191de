package org.sanctionstracker.measure;

/**
 * A step in a measure's lifecycle, in the order steps sort when they share a date.
 */
public enum EventKind {

	CONSIDERED("Considered", Effect.NONE), THREATENED("Threatened", Effect.NONE), PROMISED("Promised", Effect.NONE),
	CONDITIONED("Conditioned", Effect.NONE), ADOPTED("Adopted", Effect.NONE), ANNOUNCED("Announced", Effect.NONE),
	IMPOSED("Imposed", Effect.IN_FORCE), EXPANDED("Expanded", Effect.IN_FORCE), RELAXED("Relaxed", Effect.IN_FORCE),
	SUSPENDED("Suspended", Effect.NOT_IN_FORCE), LIFTING_PROMISED("Lifting promised", Effect.NONE),
	WITHDRAWN("Withdrawn", Effect.NONE), LIFTED("Lifted", Effect.NOT_IN_FORCE), REIMPOSED("Reimposed", Effect.IN_FORCE);

	/** What a step does to whether the measure is in force. */
	public enum Effect {

		/** The measure is in force afterwards. */
		IN_FORCE,
		/** The measure is not in force afterwards. */
		NOT_IN_FORCE,
		/** The step does not change whether the measure is in force. */
		NONE

	}

	private final String label;

	private final Effect effect;

	EventKind(String label, Effect effect) {
		this.label = label;
		this.effect = effect;
	}

	public String label() {
		return this.label;
	}

	public Effect effect() {
		return this.effect;
	}

	/**
	 * Whether this step presupposes that the measure was imposed before it.
	 * @return {@code true} for relaxing, suspending, lifting, expanding and reimposing
	 */
	public boolean needsPriorImposition() {
		return this == EXPANDED || this == RELAXED || this == SUSPENDED || this == LIFTED || this == REIMPOSED;
	}

}
