package org.sanctionstracker.coalition;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.source.EvidenceDraft;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Entering and changing coalitions and memberships through {@link CoalitionService}.
 */
class CoalitionWriteTests extends WritingTests {

	@Autowired
	CoalitionService coalitions;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	@Test
	void a_coalition_and_its_memberships_are_saved() {
		CoalitionRef coalition = this.coalitions.save(named("Pacific shipping watch"));
		MembershipDraft australia = member(coalition, actor("AUS"), "2016-03", "");
		MembershipDraft canada = member(coalition, actor("CAN"), "2016", "2017-05-01");

		this.coalitions.saveMembership(australia);
		this.coalitions.saveMembership(canada);

		assertThat(this.coalitions.memberships(coalition.id()))
			.extracting((row) -> row.actor().iso3(), (row) -> row.joined().display(), (row) -> row.left().display())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CAN", "2016", "1 May 2017"),
					org.assertj.core.groups.Tuple.tuple("AUS", "Mar 2016", "date unknown"));
		assertThat(this.coalitions.history(coalition.id())).extracting(Change::record)
			.contains("Coalition", "Membership: Australia", "Membership: Canada");
	}

	@Test
	void left_before_joined_is_refused_and_nothing_is_saved() {
		CoalitionRef coalition = this.coalitions.save(named("Short-lived coalition"));
		List<Long> before = allCounts();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.coalitions.saveMembership(member(coalition, actor("AUS"), "2016-03", "2015")))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("left",
					"An actor cannot leave (2015) before it joined (Mar 2016)"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_membership_of_an_unknown_actor_is_refused() {
		CoalitionRef coalition = this.coalitions.save(named("Coalition of the unknown"));
		List<Long> before = allCounts();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.coalitions
				.saveMembership(member(coalition, new ActorRef(987_654_321L, "Atlantis", null), "2016", "")))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("actor",
					"Unknown actor: \"Atlantis\" no longer exists"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_coalition_or_a_membership_without_evidence_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();
		CoalitionDraft uncited = named("Coalition nobody reported");
		uncited.setEvidence(List.of());

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.coalitions.save(uncited))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"Cite at least one passage of a stored document or a web address"));
		MembershipDraft member = member(coalition("psi"), actor("AUS"), "2016", "");
		member.setEvidence(List.of());
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.coalitions.saveMembership(member))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"Cite at least one passage of a stored document or a web address"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void coalition_without_name_or_kind_is_refused() {
		CoalitionDraft draft = new CoalitionDraft();
		draft.setName(" ");

		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.coalitions.save(draft))
			.withMessageContaining("A name is required")
			.withMessageContaining("A kind is required");
	}

	@Test
	void a_coalition_name_is_unique() {
		String existing = coalition("psi").name();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.coalitions.save(named(existing.toUpperCase())))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("name",
					"Another coalition is already called \"" + existing + "\""));
	}

	@Test
	void deleting_a_coalition_that_measures_were_taken_within_is_refused() {
		CoalitionRef trilateral = coalition("un-dprk-sanctions");
		long version = this.coalitions.draft(trilateral.id()).orElseThrow().getVersion();

		assertThatExceptionOfType(RecordInUseException.class)
			.isThrownBy(() -> this.coalitions.delete(trilateral.id(), version))
			.withMessageContaining("cannot be deleted: it is referenced by")
			.withMessageContaining("measure");
		assertThat(this.coalitions.memberships(trilateral.id())).isNotEmpty();
	}

	@Test
	void a_coalition_is_deleted_with_its_memberships() {
		CoalitionRef coalition = this.coalitions.save(named("Coalition entered by mistake"));
		this.coalitions.saveMembership(member(coalition, actor("AUS"), "2016", ""));

		this.coalitions.delete(coalition.id(), this.coalitions.draft(coalition.id()).orElseThrow().getVersion());

		assertThat(this.coalitions.draft(coalition.id())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from coalition_membership where coalition_id = ?",
				Long.class, coalition.id()))
			.isZero();
	}

	private static CoalitionDraft named(String name) {
		CoalitionDraft draft = new CoalitionDraft();
		draft.setName(name);
		draft.setKind(CoalitionKind.AD_HOC_COALITION);
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/coalition")));
		return draft;
	}

	private static MembershipDraft member(CoalitionRef coalition, ActorRef actor, String joined, String left) {
		MembershipDraft draft = MembershipDraft.of(coalition.id());
		draft.setActor(actor);
		draft.setBasis(MembershipBasis.MEMBER);
		draft.setJoined(PartialDate.parse(joined));
		draft.setLeft(PartialDate.parse(left));
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/membership")));
		return draft;
	}

}
