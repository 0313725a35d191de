package org.sanctionstracker.source;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.FieldChange;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The coverage of a document as an analyst works on it: a pasted document's sentences
 * naming a sanction-like act start open; a decision stores its reason with who and when,
 * keeps earlier reasons in its history and can be withdrawn; the stored score follows.
 */
class CoverageTests extends WritingTests {

	static final String TEXT = "Japan imposed a ban on port calls by North Korean ships in 2006. The talks went nowhere."
			+ " Mr. Abe later relaxed the ban on remittances. The U.S. designated three banks.";

	@Autowired
	SourceDocumentService documents;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	private long paste(String title, String suffix) {
		SourceDocumentDraft draft = new SourceDocumentDraft();
		draft.setTitle(title);
		draft.setKind(SourceKind.REPORT);
		draft.setPublished(PartialDate.parse("2016-04"));
		draft.setText(TEXT + " Copy " + suffix.replaceAll("[()]", "") + ".");
		return this.documents.save(draft);
	}

	private List<SentenceItem> sentences(long id) {
		return this.documents.sentences(id, null, 0, 100);
	}

	@Test
	void a_pasted_document_has_its_sentences_naming_a_sanction_like_act_open_and_nothing_decided() {
		long id = paste("Coverage: pasted", "(pasted)");

		assertThat(sentences(id)).extracting(SentenceItem::shown)
			.containsExactly("Japan imposed a ban on port calls by North Korean ships in 2006.",
					"Mr. Abe later relaxed the ban on remittances.", "The U.S. designated three banks.");
		assertThat(sentences(id)).extracting(SentenceItem::state).containsOnly(SentenceState.OPEN);
		assertThat(sentences(id).get(1).terms()).containsExactly("relax", "ban");
		DocumentCoverage coverage = this.documents.coverage(id).orElseThrow();
		assertThat(coverage).isEqualTo(new DocumentCoverage(id, 3, 0, 0, 3));
		assertThat(coverage.percent()).isZero();
		assertThat(this.documents.coverages(List.of(id))).containsEntry(id, coverage);
	}

	@Test
	void a_decision_keeps_its_reason_who_and_when_and_its_earlier_reasons_and_can_be_withdrawn() {
		long id = paste("Coverage: decided", "(decided)");
		SentenceItem relaxed = sentences(id).get(1);

		long decision = this.documents.decide(id, relaxed.start(), relaxed.end(),
				"  author's summary, not a state act ", null);
		SentenceItem decided = sentences(id).get(1);
		assertThat(decided.state()).isEqualTo(SentenceState.DECIDED);
		assertThat(decided.decision().reason()).isEqualTo("author's summary, not a state act");
		assertThat(this.documents.coverage(id).orElseThrow()).isEqualTo(new DocumentCoverage(id, 3, 0, 1, 2));
		assertThat(this.documents.countSentences(id, SentenceState.DECIDED)).isEqualTo(1);
		assertThat(this.documents.sentences(id, SentenceState.OPEN, 0, 10)).hasSize(2);

		asOther("frank", "EDITOR", () -> this.documents.decide(id, relaxed.start(), relaxed.end(),
				"background: relaxation of 2014 is coded from another source", decided.decision().version()));
		SentenceItem changed = sentences(id).get(1);
		this.documents.withdrawDecision(decision, changed.decision().version());

		assertThat(sentences(id).get(1).state()).isEqualTo(SentenceState.OPEN);
		assertThat(sentences(id).get(1).decision().reason()).isNull();
		assertThat(this.documents.coverage(id).orElseThrow().open()).isEqualTo(3);
		List<Change> history = this.documents.decisionHistory(decision);
		assertThat(history).extracting(Change::user).containsExactly("erin", "frank", "erin");
		assertThat(history.get(1).fields()).extracting(FieldChange::before, FieldChange::after)
			.contains(org.assertj.core.groups.Tuple.tuple("author's summary, not a state act",
					"background: relaxation of 2014 is coded from another source"));
		assertThat(history.get(0).fields()).extracting(FieldChange::after).contains("(withdrawn)");
	}

	@Test
	void a_decision_without_a_reason_or_on_a_passage_that_is_not_a_sentence_is_refused_in_plain_words() {
		long id = paste("Coverage: refused", "(refused)");
		SentenceItem first = sentences(id).get(0);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.documents.decide(id, first.start(), first.end(), "  ", null))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("reason", SentenceDecision.REASON_MISSING));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.documents.decide(id, first.start(), first.end() - 5, "half a sentence", null))
			.satisfies((ex) -> assertThat(ex.reasons().get("reason")).contains("is not a sentence of"));
		assertThat(sentences(id)).extracting(SentenceItem::state).containsOnly(SentenceState.OPEN);
	}

	@Test
	void a_stale_decision_is_refused_and_a_viewer_cannot_decide() {
		long id = paste("Coverage: stale", "(stale)");
		SentenceItem banks = sentences(id).get(2);
		this.documents.decide(id, banks.start(), banks.end(), "designation coded from the Treasury notice", null);
		long seen = sentences(id).get(2).decision().version();
		this.documents.decide(id, banks.start(), banks.end(), "designation coded from the Federal Register", seen);

		assertThatExceptionOfType(RecordChangedException.class).isThrownBy(
				() -> this.documents.decide(id, banks.start(), banks.end(), "an older view of the sentence", seen));
		as("vera", "VIEWER");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.documents.decide(id, banks.start(), banks.end(), "not allowed", null));
		assertThat(sentences(id).get(2).decision().reason()).isEqualTo("designation coded from the Federal Register");
	}

}
