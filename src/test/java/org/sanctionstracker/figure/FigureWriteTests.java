package org.sanctionstracker.figure;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.FieldChange;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.PassagePick;
import org.sanctionstracker.source.CitingRecord;
import org.sanctionstracker.source.SentenceItem;
import org.sanctionstracker.source.SentenceState;
import org.sanctionstracker.source.SourceDocumentDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Entering, changing and deleting money figures through {@link FigureService}: what is
 * saved, what is refused with which words, and that a refused save writes nothing.
 */
class FigureWriteTests extends WritingTests {

	@Autowired
	FigureService figures;

	@Autowired
	SourceDocumentService documents;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	@Test
	void a_new_figure_is_saved_with_its_range_actor_measure_and_evidence_and_listed() {
		FigureDraft draft = wages("Wages North Korea demanded for Kaesong workers (test)");
		draft.setAmount(new BigDecimal("70"));
		draft.setAmountMax(new BigDecimal("80.50"));
		draft.setActor(actor("PRK"));
		draft.setMeasure(new MeasureRef(idOf("measure", "jpn-port-ban"), "Japanese port ban", "Japan"));

		long id = this.figures.save(draft);

		List<FigureRow> rows = this.figures.list("Kaesong workers (test)", null, PageRequest.of(0, 10, Sort.by("id")))
			.getContent();
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.id()).isEqualTo(id);
			assertThat(row.amount()).isEqualByComparingTo("70");
			assertThat(row.amountMax()).isEqualByComparingTo("80.5");
			assertThat(row.currency()).isEqualTo("USD");
			assertThat(row.period()).isEqualTo(FigurePeriod.PER_MONTH);
			assertThat(row.actor().iso3()).isEqualTo("PRK");
			assertThat(row.measureId()).isEqualTo(idOf("measure", "jpn-port-ban"));
			assertThat(row.date().display()).isEqualTo("Feb 2016");
			assertThat(row.evidence()).singleElement()
				.satisfies((item) -> assertThat(item.url()).isEqualTo("https://example.org/wages"));
		});
		assertThat(this.figures.list(null, FigurePeriod.TOTAL, PageRequest.of(0, 100)).getContent())
			.noneMatch((row) -> row.id().equals(id));
	}

	@Test
	void a_change_is_saved_and_shows_in_the_history_with_who_and_what() {
		long id = this.figures.save(wages("Wages recorded to be corrected (test)"));
		FigureDraft edit = this.figures.draft(id).orElseThrow();
		edit.setAmount(new BigDecimal("75"));
		edit.setCurrency("EUR");
		edit.setPeriod(FigurePeriod.PER_YEAR);

		this.figures.save(edit);

		FigureDraft saved = this.figures.draft(id).orElseThrow();
		assertThat(saved.getAmount()).isEqualByComparingTo("75");
		assertThat(saved.getCurrency()).isEqualTo("EUR");
		assertThat(saved.getPeriod()).isEqualTo(FigurePeriod.PER_YEAR);
		List<Change> history = this.figures.history(id);
		assertThat(history).extracting(Change::kind).containsExactly(Change.Kind.CHANGED, Change.Kind.CREATED);
		assertThat(history.get(0).user()).isEqualTo("erin");
		assertThat(history.get(0).fields()).containsExactly(new FieldChange("Amount", "70.00", "75.00"),
				new FieldChange("Currency", "USD", "EUR"), new FieldChange("Period", "Per month", "Per year"));
	}

	@Test
	void a_range_whose_maximum_is_below_its_minimum_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();
		FigureDraft draft = wages("Backwards range (test)");
		draft.setAmount(new BigDecimal("80"));
		draft.setAmountMax(new BigDecimal("70"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons()).containsExactly(
					java.util.Map.entry("amountMax", "A range's maximum (70) cannot be below its minimum (80)")));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void an_amount_a_figure_cannot_have_is_refused_in_plain_words() {
		List<Long> before = allCounts();
		FigureDraft negative = wages("Negative amount (test)");
		negative.setAmount(new BigDecimal("-5"));
		FigureDraft fractions = wages("Fractions of a cent (test)");
		fractions.setAmount(new BigDecimal("1.234"));
		FigureDraft huge = wages("Too large (test)");
		huge.setAmount(new BigDecimal("1").scaleByPowerOfTen(19));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(negative))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("amount",
					"'-5' is negative: record the amount the source names (a loss as the amount lost)"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(fractions))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("amount",
					"'1.234' has more than 2 decimals: round it to cents"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(huge))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("amount",
					"'10000000000000000000' is too large: at most 18 digits before the decimal point"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_currency_that_is_not_an_iso_4217_code_is_refused() {
		List<Long> before = allCounts();
		FigureDraft lower = wages("Lower-case currency (test)");
		lower.setCurrency("usd");
		FigureDraft unknown = wages("Unknown currency (test)");
		unknown.setCurrency("XYZ");
		FigureDraft missing = wages("No currency (test)");
		missing.setCurrency(" ");

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(lower))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("currency",
					"An ISO 4217 currency code such as USD"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(unknown))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("currency",
					"'XYZ' is not an ISO 4217 currency code; use e.g. USD, EUR, JPY, KRW, CNY or KPW"));
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.figures.save(missing))
			.withMessageContaining("A currency is required");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_figure_without_amount_period_or_label_is_refused() {
		List<Long> before = allCounts();
		FigureDraft draft = wages(" ");
		draft.setAmount(null);
		draft.setPeriod(null);

		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.figures.save(draft))
			.withMessageContaining("An amount is required")
			.withMessageContaining("Choose the period the amount is counted over")
			.withMessageContaining("A label is required");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_figure_without_evidence_or_with_a_quote_not_in_its_document_is_refused() {
		List<Long> before = allCounts();
		FigureDraft none = wages("Figure nobody reported (test)");
		none.setEvidence(List.of());
		long sigal = documentId("sigal");
		FigureDraft misquoted = wages("Misquoted figure (test)");
		misquoted.setEvidence(List.of(EvidenceDraft.quote(sigal, "Sigal", "North Korea earned $999 trillion")));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(none))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"Cite at least one passage of a stored document or a web address"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(misquoted))
			.satisfies((ex) -> assertThat(ex.reasons().get("evidence")).startsWith("The quote is not in"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void an_unknown_actor_or_measure_and_a_date_in_the_future_are_refused() {
		List<Long> before = allCounts();
		FigureDraft draft = wages("Figure about nothing (test)");
		draft.setActor(new ActorRef(987_654_321L, "Atlantis", null));
		draft.setMeasure(new MeasureRef(987_654_321L, "Vanished ban", "Atlantis"));
		draft.setDate(new PartialDate(java.time.LocalDate.now().plusYears(2).withDayOfYear(1),
				org.sanctionstracker.base.DatePrecision.YEAR));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.figures.save(draft))
			.satisfies((ex) -> {
				assertThat(ex.reasons()).containsEntry("actor",
						"Unknown actor: \"Atlantis\" does not exist (it may have been deleted)");
				assertThat(ex.reasons()).containsEntry("measure", "Unknown measure: \"Vanished ban\" no longer exists");
				assertThat(ex.reasons().get("date")).contains("is in the future");
			});
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_figure_changed_or_deleted_by_someone_else_cannot_be_saved_over() {
		long id = this.figures.save(wages("Figure edited twice (test)"));
		FigureDraft mine = this.figures.draft(id).orElseThrow();
		FigureDraft theirs = this.figures.draft(id).orElseThrow();
		theirs.setLabel("Figure edited twice (theirs, test)");
		asOther("olga", "EDITOR", () -> this.figures.save(theirs));
		mine.setLabel("Figure edited twice (mine, test)");

		assertThatExceptionOfType(RecordChangedException.class).isThrownBy(() -> this.figures.save(mine))
			.withMessageContaining("was changed by olga");
		assertThatExceptionOfType(RecordChangedException.class)
			.isThrownBy(() -> this.figures.delete(id, mine.getVersion()));

		this.figures.delete(id, this.figures.draft(id).orElseThrow().getVersion());
		assertThat(this.figures.draft(id)).isEmpty();
		assertThatExceptionOfType(RecordChangedException.class).isThrownBy(() -> this.figures.save(mine));
	}

	@Test
	void a_deleted_seeded_figure_is_remembered_so_the_seed_load_does_not_add_it_again() {
		long id = idOf("figure", this.jdbc.queryForObject("select min(seed_key) from figure", String.class));
		String key = this.jdbc.queryForObject("select seed_key from figure where id = ?", String.class, id);

		this.figures.delete(id, this.figures.draft(id).orElseThrow().getVersion());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from deleted_seed_key where record_table = 'figure' and seed_key = ?", Long.class,
				key))
			.isEqualTo(1);
	}

	@Test
	void a_viewer_cannot_save_or_delete_a_figure() {
		as("vera", "VIEWER");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.figures.save(wages("Figure by a viewer (test)")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.figures.delete(1, 0));
	}

	@Test
	void a_figure_citing_a_sentence_makes_it_cited_in_the_coverage_view_until_it_is_deleted() {
		SourceDocumentDraft document = new SourceDocumentDraft();
		document.setTitle("Figures coverage (test)");
		document.setKind(SourceKind.REPORT);
		document.setPublished(PartialDate.parse("2016-04"));
		String text = "Japan imposed a ban on port calls by North Korean ships in 2006. The closure cut off"
				+ " revenue of $120 million a year from the sanctioned trade. The talks went nowhere.";
		document.setText(text);
		long documentId = this.documents.save(document);
		assertThat(states(documentId)).doesNotContain(SentenceState.CITED);
		String passage = "revenue of $120 million a year";
		int start = text.indexOf(passage);
		EvidenceDraft citation = this.documents.citation(new PassagePick(documentId, start, start + passage.length()))
			.orElseThrow();
		FigureDraft draft = wages("Revenue cut off by the closure (test)");
		draft.setAmount(new BigDecimal("120000000"));
		draft.setPeriod(FigurePeriod.PER_YEAR);
		draft.setActor(actor("PRK"));
		draft.setEvidence(List.of(citation));

		long id = this.figures.save(draft);

		List<SentenceItem> cited = this.documents.sentences(documentId, SentenceState.CITED, 0, 10);
		assertThat(cited).singleElement().satisfies((sentence) -> {
			assertThat(sentence.text()).contains(passage);
			assertThat(sentence.citing()).extracting((record) -> record.label())
				.containsExactly("Revenue cut off by the closure (test)");
		});
		this.figures.delete(id, this.figures.draft(id).orElseThrow().getVersion());
		assertThat(states(documentId)).doesNotContain(SentenceState.CITED);
	}

	@Test
	void a_figure_with_neither_actor_nor_measure_is_still_linked_from_the_sentence_it_cites() {
		SourceDocumentDraft document = new SourceDocumentDraft();
		document.setTitle("Figures without owner (test)");
		document.setKind(SourceKind.REPORT);
		document.setPublished(PartialDate.parse("2016-04"));
		String text = "The embargo cost the region trade worth $40 million a year. Nothing else happened.";
		document.setText(text);
		long documentId = this.documents.save(document);
		String passage = "trade worth $40 million a year";
		int start = text.indexOf(passage);
		FigureDraft draft = wages("Trade lost to the embargo (test)");
		draft.setEvidence(List
			.of(this.documents.citation(new PassagePick(documentId, start, start + passage.length())).orElseThrow()));

		long id = this.figures.save(draft);

		assertThat(this.documents.sentences(documentId, SentenceState.CITED, 0, 10)).singleElement()
			.satisfies((sentence) -> assertThat(sentence.citing()).singleElement().satisfies((record) -> {
				assertThat(record.label()).isEqualTo("Trade lost to the embargo (test)");
				assertThat(record.view()).isEqualTo(CitingRecord.View.FIGURE);
				assertThat(record.viewId()).isEqualTo(id);
			}));
	}

	private List<SentenceState> states(long documentId) {
		return this.documents.sentences(documentId, null, 0, 100).stream().map(SentenceItem::state).toList();
	}

	private FigureDraft wages(String label) {
		FigureDraft draft = new FigureDraft();
		draft.setAmount(new BigDecimal("70"));
		draft.setCurrency("USD");
		draft.setPeriod(FigurePeriod.PER_MONTH);
		draft.setLabel(label);
		draft.setDate(PartialDate.parse("2016-02"));
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/wages")));
		return draft;
	}

}
