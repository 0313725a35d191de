package org.sanctionstracker.source;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.coalition.CoalitionDraft;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Adding source documents and citing them: the text is stored with its SHA-256, a quote
 * must occur verbatim and once, and a document that records cite stays.
 */
class SourceDocumentWriteTests extends WritingTests {

	private static final String TEXT = "On 12 April 2016 Australian officers inspected a North Korean freighter "
			+ "in Darwin. The inspection found nothing. The inspection was the first of its kind.";

	@Autowired
	SourceDocumentService documents;

	@Autowired
	ActorService actors;

	@Autowired
	CoalitionService coalitions;

	@Autowired
	MeasureService measures;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	@Test
	void a_pasted_document_is_stored_with_its_sha256_and_can_be_quoted() {
		long id = this.documents.save(document("Darwin inspection report", TEXT));

		SourceDocumentDraft stored = this.documents.draft(id).orElseThrow();
		assertThat(stored.getTextSha256()).isEqualTo(SourceDocument.sha256(TEXT)).hasSize(64);
		assertThat(stored.getPublished().display()).isEqualTo("Apr 2016");

		ActorDraft citing = company("Darwin port operator");
		citing.setEvidence(List.of(EvidenceDraft.quote(id, null, "Australian officers inspected")));
		ActorRef saved = this.actors.save(citing);
		assertThat(this.actors.draft(saved.id()).orElseThrow().getEvidence()).singleElement().satisfies((evidence) -> {
			assertThat(evidence.quote()).isEqualTo("Australian officers inspected");
			assertThat(evidence.documentTitle()).isEqualTo("Darwin inspection report");
		});
		Integer start = this.jdbc.queryForObject("select start_offset from evidence where document_id = ?",
				Integer.class, id);
		assertThat(TEXT.substring(start, start + "Australian officers inspected".length()))
			.isEqualTo("Australian officers inspected");
	}

	@Test
	void the_same_text_is_not_stored_twice() {
		this.documents.save(document("Twice, first", TEXT + " (copy test)"));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.documents.save(document("Twice, second", TEXT + " (copy test)")))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("text",
					"This text is already stored as \"Twice, first\""));
	}

	@Test
	void a_document_without_title_or_text_is_refused() {
		List<Long> before = allCounts();

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.documents.save(document(" ", " ")))
			.withMessageContaining("A title is required")
			.withMessageContaining("Paste the document's text");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_quote_that_occurs_twice_or_differs_only_in_spacing_is_refused_with_the_reason() {
		long id = this.documents.save(document("Repetitive report", TEXT + " Again."));
		List<Long> before = allCounts();
		ActorDraft twice = company("Ambiguous Co.");
		twice.setEvidence(List.of(EvidenceDraft.quote(id, null, "The inspection")));
		ActorDraft spaced = company("Spaced Co.");
		spaced.setEvidence(List.of(EvidenceDraft.quote(id, null, "The  inspection found\nnothing.")));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.actors.save(twice))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"The quote occurs 2 times in \"Repetitive report\": paste a longer passage so that it points to one place."));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.actors.save(spaced))
			.satisfies((ex) -> assertThat(ex.reasons().get("evidence"))
				.contains("when spaces, line breaks, quotation marks, dashes or capitals are ignored"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_url_citation_must_be_a_web_address() {
		ActorDraft draft = company("Unaddressed Co.");
		draft.setEvidence(List.of(EvidenceDraft.url("javascript:alert(1)")));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.actors.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"'javascript:alert(1)' is not a web address; write it as https://example.org/page"));
	}

	@Test
	void a_cited_or_shipped_document_cannot_be_deleted() {
		long id = this.documents.save(document("Cited report", TEXT + " (cited)"));
		ActorDraft citing = company("Citing Co.");
		citing.setEvidence(List.of(EvidenceDraft.quote(id, null, "(cited)")));
		this.actors.save(citing);
		long shipped = documentId("stanton");

		assertThatExceptionOfType(RecordInUseException.class)
			.isThrownBy(() -> this.documents.delete(id, this.documents.draft(id).orElseThrow().getVersion()))
			.withMessage("The document \"Cited report\" cannot be deleted: it is referenced by 1 actor "
					+ "(\"Citing Co.\"). Change or delete those first.");
		assertThatExceptionOfType(RecordInUseException.class)
			.isThrownBy(() -> this.documents.delete(shipped, this.documents.draft(shipped).orElseThrow().getVersion()))
			.withMessageContaining("ships with the application");
	}

	@Test
	void a_document_cited_by_several_features_names_them_all_in_one_message_in_a_fixed_order() {
		long id = this.documents.save(document("Widely cited report", TEXT + " (widely cited)"));
		EvidenceDraft quote = EvidenceDraft.quote(id, null, "(widely cited)");
		ActorDraft actor = company("Widely Citing Co.");
		actor.setEvidence(List.of(quote));
		ActorRef citingActor = this.actors.save(actor);
		CoalitionDraft coalition = new CoalitionDraft();
		coalition.setName("Widely citing coalition");
		coalition.setKind(CoalitionKind.AD_HOC_COALITION);
		coalition.setEvidence(List.of(quote));
		CoalitionRef citingCoalition = this.coalitions.save(coalition);
		MeasureDraft measure = new MeasureDraft();
		measure.setImposer(this.actors.resolve("AUS").orElseThrow());
		measure.setTarget(this.actors.resolve("PRK").orElseThrow());
		measure.setType(MeasureType.PORT_BAN);
		measure.setTitle("Widely cited port ban");
		measure.setFirstEventKind(EventKind.IMPOSED);
		measure.setFirstEventDate(PartialDate.parse("2016-04"));
		measure.setEvidence(List.of(quote));
		MeasureRef citingMeasure = this.measures.save(measure);
		long version = this.documents.draft(id).orElseThrow().getVersion();

		assertThatExceptionOfType(RecordInUseException.class).isThrownBy(() -> this.documents.delete(id, version))
			.withMessage("The document \"Widely cited report\" cannot be deleted: it is referenced by"
					+ " 1 actor (\"Widely Citing Co.\"); 1 coalition (\"Widely citing coalition\");"
					+ " 1 measure (\"Widely cited port ban\"); 1 lifecycle event (\"Widely cited port ban\")."
					+ " Change or delete those first.");

		this.measures.delete(citingMeasure.id(), this.measures.draft(citingMeasure.id()).orElseThrow().getVersion());
		this.coalitions.delete(citingCoalition.id(),
				this.coalitions.draft(citingCoalition.id()).orElseThrow().getVersion());
		this.actors.delete(citingActor.id(), this.actors.draft(citingActor.id()).orElseThrow().getVersion());
		this.documents.delete(id, this.documents.draft(id).orElseThrow().getVersion());
		assertThat(this.documents.draft(id)).isEmpty();
	}

	@Test
	void the_text_of_a_stored_document_cannot_change() {
		long id = this.documents.save(document("Fixed text", TEXT + " (fixed)"));
		SourceDocumentDraft edit = this.documents.draft(id).orElseThrow();
		edit.setText(TEXT + " (edited)");

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.documents.save(edit))
			.satisfies((ex) -> assertThat(ex.reasons()).containsKey("text"));
	}

	private static SourceDocumentDraft document(String title, String text) {
		SourceDocumentDraft draft = new SourceDocumentDraft();
		draft.setTitle(title);
		draft.setKind(SourceKind.REPORT);
		draft.setPublished(PartialDate.parse("2016-04"));
		draft.setText(text);
		return draft;
	}

	private static ActorDraft company(String name) {
		ActorDraft draft = new ActorDraft();
		draft.setName(name);
		draft.setKind(ActorKind.COMPANY);
		return draft;
	}

}
