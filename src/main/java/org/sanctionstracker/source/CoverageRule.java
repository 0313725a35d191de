package org.sanctionstracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.sanctionstracker.source.Sentences.Sentence;

/**
 * The one rule of a sentence's state, used wherever coverage is derived: a sentence is
 * {@link SentenceState#CITED} when the quote of a passage some record cites shares a
 * character with it, else {@link SentenceState#DECIDED} when an analyst decided it is not
 * a record, else {@link SentenceState#OPEN}.
 */
final class CoverageRule {

	/** A cited passage: its offsets in the document text, end exclusive. */
	record Passage(int start, int end) {
	}

	private CoverageRule() {
	}

	/**
	 * The states of sentences.
	 * @param sentences the sentences, in any order
	 * @param cited the passages records cite in the same document
	 * @param decided the sentences with a standing decision
	 * @return each sentence's state, in the order given
	 */
	static List<SentenceState> states(List<Sentence> sentences, Collection<Passage> cited, Set<Sentence> decided) {
		List<SentenceState> states = new ArrayList<>(sentences.size());
		for (Sentence sentence : sentences) {
			boolean isCited = cited.stream().anyMatch((passage) -> sentence.overlaps(passage.start(), passage.end()));
			states.add(isCited ? SentenceState.CITED
					: decided.contains(sentence) ? SentenceState.DECIDED : SentenceState.OPEN);
		}
		return states;
	}

	/**
	 * A document's counts from its sentences' states.
	 * @param documentId the document
	 * @param states the states
	 * @return the coverage
	 */
	static DocumentCoverage count(long documentId, List<SentenceState> states) {
		int cited = 0;
		int decided = 0;
		int open = 0;
		for (SentenceState state : states) {
			switch (state) {
				case CITED -> cited++;
				case DECIDED -> decided++;
				case OPEN -> open++;
			}
		}
		return new DocumentCoverage(documentId, states.size(), cited, decided, open);
	}

}
