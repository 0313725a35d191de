package org.sanctionstracker.actor;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.source.EvidenceDraft;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Entering and changing actors through {@link ActorService}.
 */
class ActorWriteTests extends WritingTests {

	@Autowired
	ActorService actors;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	@Test
	void a_new_state_is_saved_with_code_aliases_and_a_url_citation() {
		ActorDraft draft = state("New Zealand", "nzl");
		draft.setAliases(List.of("Wellington", " Aotearoa "));
		draft.setEvidence(List.of(EvidenceDraft.url("https://www.mfat.govt.nz/en/countries-and-regions/")));

		ActorRef saved = this.actors.save(draft);

		assertThat(saved.iso3()).isEqualTo("NZL");
		assertThat(this.actors.resolve("Wellington")).contains(saved);
		ActorDraft stored = this.actors.draft(saved.id()).orElseThrow();
		assertThat(stored.getAliases()).containsExactly("Aotearoa", "Wellington");
		assertThat(stored.getEvidence()).singleElement()
			.satisfies((evidence) -> assertThat(evidence.url()).startsWith("https://www.mfat.govt.nz"));
		assertThat(this.actors.history(saved.id())).singleElement()
			.satisfies((change) -> assertThat(change.kind()).isEqualTo(Change.Kind.CREATED));
	}

	@Test
	void actor_without_name_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.actors.save(state("", "XXA")))
			.withMessageContaining("A name is required");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_too_long_name_or_alias_is_refused() {
		List<Long> before = allCounts();
		ActorDraft longAlias = state("Fiji", "FJI");
		longAlias.setAliases(List.of("y".repeat(Actor.NAME_MAX_LENGTH + 1)));

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.actors.save(state("n".repeat(Actor.NAME_MAX_LENGTH + 1), "XXB")))
			.withMessageContaining("At most 200 characters");
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.actors.save(longAlias))
			.withMessageContaining("An alias can have at most 200 characters");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void an_iso_code_is_unique_and_only_for_states() {
		List<Long> before = allCounts();
		ActorDraft company = state("Example Shipping Co.", "EXS");
		company.setKind(ActorKind.COMPANY);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.actors.save(state("Nippon", "JPN")))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("iso3", "The code JPN is already used by Japan"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.actors.save(company))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("iso3",
					"Only a state has an ISO 3166 code; leave it empty for a company"));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.actors.save(state("Fiji", "FJ1")))
			.withMessageContaining("Three letters");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_name_is_unique() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.actors.save(state("japan", "XXC")))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("name",
					"Another actor is already called \"Japan\""));
	}

	@Test
	void deleting_an_actor_that_measures_name_is_refused_with_their_titles() {
		ActorRef japan = actor("JPN");
		long version = this.actors.draft(japan.id()).orElseThrow().getVersion();

		assertThatExceptionOfType(RecordInUseException.class).isThrownBy(() -> this.actors.delete(japan.id(), version))
			.withMessageStartingWith("The actor \"Japan\" cannot be deleted: it is referenced by ")
			.withMessageContaining(" measures (\"")
			.withMessageContaining("more")
			.withMessageContaining("coalition membership")
			.withMessageEndingWith(". Change or delete those first.")
			.satisfies((ex) -> assertThat(ex.getMessage().indexOf(" measures (\""))
				.as("measures are named before memberships, as before the check moved to the features")
				.isLessThan(ex.getMessage().indexOf("coalition membership")));
		assertThat(this.actors.get(japan.id())).isPresent();
	}

	@Test
	void an_unreferenced_actor_is_deleted() {
		ActorRef saved = this.actors.save(state("Tuvalu", "TUV"));

		this.actors.delete(saved.id(), this.actors.draft(saved.id()).orElseThrow().getVersion());

		assertThat(this.actors.get(saved.id())).isEmpty();
	}

	@Test
	void a_quote_not_found_verbatim_is_refused_with_where_it_differs() {
		List<Long> before = allCounts();
		ActorDraft draft = state("Mongolia", "MNG");
		draft.setEvidence(List.of(EvidenceDraft.quote(documentId("stanton"), "Stanton 2016",
				"banned port calls by North Korean submarines")));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.actors.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons().get("evidence")).contains("is not in")
				.contains("verbatim: it matches the document up to \"\u2026banned port calls by North Korean\"")
				.contains("then the quote has \"submarines\" where the document has \"ships"));
		assertThat(allCounts()).isEqualTo(before);
	}

	private static ActorDraft state(String name, String iso3) {
		ActorDraft draft = new ActorDraft();
		draft.setName(name);
		draft.setKind(ActorKind.STATE);
		draft.setIso3(iso3);
		return draft;
	}

}
