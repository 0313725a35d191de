package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.base.RecordInUseException;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.FieldChange;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Entering and changing measures and their lifecycle through {@link MeasureService}:
 * valid input is saved in one transaction, each kind of bad input is refused with a
 * reason and leaves the database as it was, and nobody's edit silently overwrites
 * another's.
 */
class MeasureWriteTests extends WritingTests {

	private static final String QUOTE = "The current trouble with our allies";

	@Autowired
	MeasureService measures;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	@Test
	void a_new_measure_is_saved_with_its_first_lifecycle_event() {
		MeasureDraft draft = portBan("Australian port ban on North Korean ships");
		draft.setCoalition(coalition("us-rok-japan-coalition"));
		draft.setFirstEventDate(PartialDate.parse("2016-03"));
		draft.setFirstEventNote("Joins the coalition's port ban");

		MeasureRef saved = this.measures.save(draft);

		MeasureDetails details = this.measures.measure(saved.id(), LocalDate.of(2016, 6, 1)).orElseThrow();
		assertThat(details.imposer().iso3()).isEqualTo("AUS");
		assertThat(details.target().iso3()).isEqualTo("PRK");
		assertThat(details.type()).isEqualTo(MeasureType.PORT_BAN);
		assertThat(details.coalition().name()).isEqualTo(coalition("us-rok-japan-coalition").name());
		assertThat(details.status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(details.events()).singleElement().satisfies((event) -> {
			assertThat(event.kind()).isEqualTo(EventKind.IMPOSED);
			assertThat(event.date().display()).isEqualTo("Mar 2016");
			assertThat(event.note()).isEqualTo("Joins the coalition's port ban");
		});
		assertThat(this.measures.history(saved.id())).extracting(Change::user).containsOnly("erin");
	}

	@Test
	void a_measure_without_evidence_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();
		MeasureDraft draft = portBan("Port ban nobody reported");
		draft.setEvidence(List.of());

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.measures.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("evidence",
					"Cite at least one passage of a stored document or a web address"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void the_first_event_of_a_new_measure_cites_the_measures_passages() {
		MeasureRef saved = this.measures.save(portBan("Port ban quoted at its first step"));

		MeasureDetails details = this.measures.measure(saved.id(), LocalDate.of(2016, 6, 1)).orElseThrow();
		assertThat(details.events()).singleElement()
			.satisfies((event) -> assertThat(event.evidence()).extracting(EvidenceItem::quote).containsExactly(QUOTE));
	}

	@Test
	void measure_without_title_is_refused_and_nothing_is_saved() {
		List<Long> before = allCounts();
		MeasureDraft draft = portBan(" ");

		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.measures.save(draft))
			.satisfies((ex) -> assertThat(ex.getConstraintViolations()).anySatisfy((violation) -> {
				assertThat(violation.getPropertyPath().toString()).endsWith("title");
				assertThat(violation.getMessage()).isEqualTo("A title is required");
			}));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void measure_without_imposer_is_refused() {
		List<Long> before = allCounts();
		MeasureDraft draft = portBan("No imposer");
		draft.setImposer(null);

		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.measures.save(draft))
			.withMessageContaining("Choose who imposes the measure");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void a_too_long_title_is_refused() {
		List<Long> before = allCounts();
		MeasureDraft draft = portBan("x".repeat(Measure.TITLE_MAX_LENGTH + 1));

		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.measures.save(draft))
			.withMessageContaining("At most 300 characters");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void measure_with_an_unknown_actor_is_refused() {
		List<Long> before = allCounts();
		MeasureDraft draft = portBan("Ban by a deleted actor");
		draft.setImposer(new ActorRef(987_654_321L, "Atlantis", "ATL"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.measures.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("imposer",
					"Unknown actor: \"Atlantis\" does not exist (it may have been deleted)"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void measure_imposed_on_its_own_imposer_is_refused() {
		MeasureDraft draft = portBan("Self-sanction");
		draft.setTarget(actor("AUS"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.measures.save(draft))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("target",
					"The target must differ from the imposer"));
	}

	@Test
	void lifted_before_imposed_is_refused_and_the_lifecycle_is_unchanged() {
		long portBan = idOf("measure", "jpn-port-ban");
		List<EventLine> before = this.measures.eventLines(portBan);
		EventDraft lifted = EventDraft.of(portBan);
		lifted.setKind(EventKind.LIFTED);
		lifted.setDate(PartialDate.parse("2005"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.measures.saveEvent(lifted))
			.satisfies((ex) -> assertThat(ex.reasons()).containsEntry("date",
					"The measure cannot be lifted (2005) before it was imposed (Oct 2006)"));
		assertThat(this.measures.eventLines(portBan)).isEqualTo(before);
	}

	@Test
	void an_event_without_evidence_is_refused_with_its_other_problems() {
		long portBan = idOf("measure", "jpn-port-ban");
		List<EventLine> before = this.measures.eventLines(portBan);
		EventDraft lifted = EventDraft.of(portBan);
		lifted.setKind(EventKind.LIFTED);
		lifted.setDate(PartialDate.parse("2005"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.measures.saveEvent(lifted))
			.satisfies((ex) -> assertThat(ex.reasons()).containsOnly(
					entry("date", "The measure cannot be lifted (2005) before it was imposed (Oct 2006)"),
					entry("evidence", "Cite at least one passage of a stored document or a web address")));
		assertThat(this.measures.eventLines(portBan)).isEqualTo(before);
	}

	@Test
	void moving_the_imposition_after_a_lifting_is_refused() {
		MeasureRef measure = this.measures.save(portBan("Port ban to be lifted"));
		long imposed = this.measures.eventLines(measure.id()).get(0).id();
		EventDraft lifted = EventDraft.of(measure.id());
		lifted.setKind(EventKind.LIFTED);
		lifted.setDate(PartialDate.parse("2017-05-02"));
		lifted.setEvidence(List.of(EvidenceDraft.url("https://example.org/lifted")));
		this.measures.saveEvent(lifted);
		EventDraft moved = this.measures.eventDraft(imposed).orElseThrow();
		moved.setDate(PartialDate.parse("2018"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.measures.saveEvent(moved))
			.satisfies((ex) -> assertThat(ex.reasons().get("date")).startsWith("The measure cannot be lifted"));
		assertThat(this.measures.eventLines(measure.id())).extracting(EventLine::kind, (line) -> line.date().iso())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.IMPOSED, "2016-03"),
					org.assertj.core.groups.Tuple.tuple(EventKind.LIFTED, "2017-05-02"));
	}

	@Test
	void events_can_be_added_changed_and_removed() {
		MeasureRef measure = this.measures.save(portBan("Port ban with a lifecycle"));
		EventDraft relaxed = EventDraft.of(measure.id());
		relaxed.setKind(EventKind.RELAXED);
		relaxed.setDate(PartialDate.parse("2016-09"));
		relaxed.setEvidence(List.of(EvidenceDraft.url("https://example.org/relaxed")));
		long relaxedId = this.measures.saveEvent(relaxed);

		EventDraft edit = this.measures.eventDraft(relaxedId).orElseThrow();
		edit.setKind(EventKind.SUSPENDED);
		edit.setNote("Suspended for a humanitarian voyage");
		this.measures.saveEvent(edit);
		assertThat(this.measures.measure(measure.id(), LocalDate.of(2016, 12, 1)).orElseThrow().status())
			.isEqualTo(MeasureStatus.NOT_IN_FORCE);

		this.measures.deleteEvent(relaxedId, this.measures.eventDraft(relaxedId).orElseThrow().getVersion());
		assertThat(this.measures.eventLines(measure.id())).extracting(EventLine::kind)
			.containsExactly(EventKind.IMPOSED);
	}

	@Test
	void the_last_event_of_a_measure_cannot_be_removed() {
		MeasureRef measure = this.measures.save(portBan("Port ban with one event"));
		EventLine only = this.measures.eventLines(measure.id()).get(0);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.measures.deleteEvent(only.id(), only.version()))
			.withMessageContaining("keeps at least one lifecycle event");
		assertThat(this.measures.eventLines(measure.id())).hasSize(1);
	}

	@Test
	void the_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept() {
		MeasureRef measure = this.measures.save(portBan("Port ban edited twice"));
		MeasureDraft alices = asOther("alice", "EDITOR", () -> this.measures.draft(measure.id()).orElseThrow());
		MeasureDraft bobs = asOther("bob", "EDITOR", () -> this.measures.draft(measure.id()).orElseThrow());

		alices.setTitle("Port ban (Alice's wording)");
		asOther("alice", "EDITOR", () -> this.measures.save(alices));
		bobs.setTitle("Port ban (Bob's wording)");

		assertThatExceptionOfType(RecordChangedException.class)
			.isThrownBy(() -> asOther("bob", "EDITOR", () -> this.measures.save(bobs)))
			.withMessageStartingWith("The measure \"Port ban (Alice's wording)\" was changed by alice at ")
			.withMessageContaining("reload");
		assertThat(this.measures.draft(measure.id()).orElseThrow().getTitle()).isEqualTo("Port ban (Alice's wording)");
	}

	@Test
	void the_history_names_who_changed_which_field_from_what_to_what() {
		MeasureRef measure = this.measures.save(portBan("Port ban with a history"));
		MeasureDraft edit = asOther("frank", "EDITOR", () -> this.measures.draft(measure.id()).orElseThrow());
		edit.setTitle("Port ban with a changed title");
		edit.setType(MeasureType.SHIPPING_RESTRICTION);
		asOther("frank", "EDITOR", () -> this.measures.save(edit));

		List<Change> history = this.measures.history(measure.id());

		assertThat(history.get(0).user()).isEqualTo("frank");
		assertThat(history.get(0).kind()).isEqualTo(Change.Kind.CHANGED);
		assertThat(history.get(0).fields()).containsExactly(
				new FieldChange("Title", "Port ban with a history", "Port ban with a changed title"),
				new FieldChange("Type", "Port ban", "Shipping restriction"));
		assertThat(history).extracting(Change::record, Change::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("Measure", Change.Kind.CREATED),
					org.assertj.core.groups.Tuple.tuple("Event: Imposed", Change.Kind.CREATED));
	}

	@Test
	void deleting_a_measure_that_enforcement_actions_enforce_is_refused_with_their_names() {
		Long enforced = this.jdbc
			.queryForObject("select min(measure_id) from enforcement_action where measure_id is not null", Long.class);
		long version = this.measures.draft(enforced).orElseThrow().getVersion();
		long events = count("measure_event");

		assertThatExceptionOfType(RecordInUseException.class).isThrownBy(() -> this.measures.delete(enforced, version))
			.withMessageContaining("cannot be deleted: it is referenced by")
			.withMessageContaining("enforcement action");
		assertThat(this.measures.measure(enforced, LocalDate.now())).isPresent();
		assertThat(count("measure_event")).isEqualTo(events);
	}

	@Test
	void a_measure_is_deleted_with_its_lifecycle() {
		MeasureRef measure = this.measures.save(portBan("Port ban entered by mistake"));

		this.measures.delete(measure.id(), this.measures.draft(measure.id()).orElseThrow().getVersion());

		assertThat(this.measures.measure(measure.id(), LocalDate.now())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from measure_event where measure_id = ?", Long.class,
				measure.id()))
			.isZero();
		assertThat(this.measures.history(measure.id())).extracting(Change::kind).contains(Change.Kind.DELETED);
	}

	@Test
	void a_viewer_cannot_save_and_neither_can_an_anonymous_visitor() {
		List<Long> before = allCounts();
		MeasureDraft draft = portBan("Not allowed");

		as("victor", "VIEWER");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.measures.save(draft));
		logOutNow();
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.measures.save(draft));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	void text_is_stored_exactly_as_typed() {
		MeasureDraft draft = portBan("<img src=x onerror=alert(1)> & \"quotes\"");

		MeasureRef saved = this.measures.save(draft);

		assertThat(this.measures.measure(saved.id(), LocalDate.now()).orElseThrow().title())
			.isEqualTo("<img src=x onerror=alert(1)> & \"quotes\"");
	}

	private MeasureDraft portBan(String title) {
		MeasureDraft draft = new MeasureDraft();
		draft.setImposer(actor("AUS"));
		draft.setTarget(actor("PRK"));
		draft.setType(MeasureType.PORT_BAN);
		draft.setTitle(title);
		draft.setFirstEventKind(EventKind.IMPOSED);
		draft.setFirstEventDate(PartialDate.parse("2016-03"));
		draft.setEvidence(List.of(EvidenceDraft.quote(sigal(), "The Allies and North Korea", QUOTE)));
		return draft;
	}

	private long sigal() {
		return this.jdbc.queryForObject("select id from source_document where seed_key = 'sigal-2009'", Long.class);
	}

	private static void logOutNow() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

}
