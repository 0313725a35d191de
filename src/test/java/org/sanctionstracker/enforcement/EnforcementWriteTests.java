package org.sanctionstracker.enforcement;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.source.EvidenceDraft;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Entering and changing enforcement actions through {@link EnforcementService}.
 */
class EnforcementWriteTests extends WritingTests {

	@Autowired
	EnforcementService enforcement;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	@Test
	void a_new_action_is_saved_with_its_measure_and_target() {
		EnforcementDraft draft = inspection("Inspection of a North Korean freighter in Darwin");
		draft.setTarget(actor("PRK"));
		draft.setTargetDescription("MV Example");
		draft.setMeasure(new MeasureRef(idOf("measure", "jpn-port-ban"), "Japanese port ban", "Japan"));

		long id = this.enforcement.save(draft);

		List<EnforcementRow> rows = this.enforcement.list("Darwin", null, PageRequest.of(0, 10, Sort.by("id")))
			.getContent();
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.id()).isEqualTo(id);
			assertThat(row.actor().iso3()).isEqualTo("AUS");
			assertThat(row.target().iso3()).isEqualTo("PRK");
			assertThat(row.kind()).isEqualTo(EnforcementKind.INSPECTION);
			assertThat(row.date().display()).isEqualTo("12 Apr 2016");
			assertThat(row.measureId()).isEqualTo(idOf("measure", "jpn-port-ban"));
		});
	}

	@Test
	void action_without_description_or_kind_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();
		EnforcementDraft draft = inspection("");
		draft.setKind(null);

		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.enforcement.save(draft))
			.withMessageContaining("A description is required")
			.withMessageContaining("Choose what kind of action it was");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void an_action_without_evidence_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();
		EnforcementDraft draft = inspection("Inspection nobody reported");
		draft.setEvidence(List.of());

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.enforcement.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"Cite at least one passage of a stored document or a web address"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_too_long_description_is_refused() {
		List<Long> before = allCounts();

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(
					() -> this.enforcement.save(inspection("d".repeat(EnforcementAction.DESCRIPTION_MAX_LENGTH + 1))))
			.withMessageContaining("At most 4000 characters");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void an_unknown_actor_or_measure_is_refused() {
		List<Long> before = allCounts();
		EnforcementDraft unknownActor = inspection("By nobody");
		unknownActor.setActor(new ActorRef(987_654_321L, "Atlantis", null));
		EnforcementDraft unknownMeasure = inspection("Of nothing");
		unknownMeasure.setMeasure(new MeasureRef(987_654_321L, "Vanished ban", "Atlantis"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.enforcement.save(unknownActor))
			.satisfies((ex) -> assertThat(ex.reasons()).containsKey("actor"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.enforcement.save(unknownMeasure))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("measure",
					"Unknown measure: \"Vanished ban\" no longer exists"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void an_action_deleted_by_someone_else_cannot_be_saved() {
		long id = this.enforcement.save(inspection("Inspection recorded twice"));
		EnforcementDraft stale = this.enforcement.draft(id).orElseThrow();
		this.enforcement.delete(id, stale.getVersion());
		stale.setDescription("Inspection recorded twice (corrected)");

		assertThatExceptionOfType(RecordChangedException.class).isThrownBy(() -> this.enforcement.save(stale))
			.withMessageContaining("was changed by erin");
		assertThat(this.enforcement.draft(id)).isEmpty();
	}

	private EnforcementDraft inspection(String description) {
		EnforcementDraft draft = new EnforcementDraft();
		draft.setActor(actor("AUS"));
		draft.setKind(EnforcementKind.INSPECTION);
		draft.setDate(PartialDate.parse("2016-04-12"));
		draft.setDescription(description);
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/inspection")));
		return draft;
	}

}
