package org.sanctionstracker.measure.ui;

import java.util.List;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.security.ui.LoginView;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure editing views in a simulated browser: what an editor types is saved, and
 * each bad input gets a message at its field while the database stays as it was.
 */
class MeasureEditingTests extends EditingUiTests {

	private static final String QUOTE = "The current trouble with our allies";

	@Autowired
	SourceDocumentService documents;

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_passage_the_address_names_that_cannot_be_cited_is_said_not_dropped_silently() {
		for (String query : new String[] { "doc=1&start=999999999&end=5", "doc=999999&start=0&end=10",
				"doc=1&start=10&end=5", "doc=x&start=0&end=10" }) {
			UI.getCurrent().navigate("manage/measures/new", com.vaadin.flow.router.QueryParameters.fromString(query));
			assertThat(notifications()).as(query)
				.anySatisfy((text) -> assertThat(text).startsWith("The passage this address names could not be cited"));
			$(com.vaadin.flow.component.notification.Notification.class).all()
				.forEach(com.vaadin.flow.component.notification.Notification::close);
		}
		UI.getCurrent().navigate("manage/measures/new");
		assertThat(notifications()).noneSatisfy((text) -> assertThat(text).contains("could not be cited"));
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_measure_entered_in_the_form_is_saved_with_its_first_event_and_listed() {
		MeasureEditView view = navigate(MeasureEditView.class, Map.of("id", "new"));
		MeasureForm form = view.form;
		fill(form, "Australian port ban on North Korean ships", "2016-03");

		test(form.save).click();

		MeasureEditView saved = (MeasureEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo("Australian port ban on North Korean ships");
		assertThat(saved.events.getGenericDataView().getItems().toList()).singleElement().satisfies((line) -> {
			assertThat(line.kind()).isEqualTo(EventKind.IMPOSED);
			assertThat(line.date().display()).isEqualTo("Mar 2016");
		});
		assertThat(test(saved.history.getGrid()).size()).isPositive();
		assertThat(test(saved.history.getGrid()).getRow(0).who()).isEqualTo("erin");

		MeasuresView list = navigate(MeasuresView.class);
		test(list.search).setValue("Australian port ban");
		assertThat(test(list.grid).size()).isEqualTo(1);
		assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("Australia (AUS)");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_malformed_or_impossible_date_gets_a_message_and_nothing_is_saved() {
		List<Long> before = allCounts();
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;

		fill(form, "Port ban with a bad date", "Feb 2016");
		test(form.save).click();
		assertThat(fieldError(form.firstEventDate))
			.isEqualTo("'Feb 2016' is not a date: write a year (2009), a month (2008-11) or a day (2016-02-10)");

		test(form.firstEventDate).setValue("2016-02-30");
		test(form.save).click();
		assertThat(fieldError(form.firstEventDate))
			.isEqualTo("'2016-02-30' is not a real date: February 2016 has 29 days");

		test(form.firstEventDate).setValue("2016-13");
		test(form.save).click();
		assertThat(fieldError(form.firstEventDate))
			.isEqualTo("'2016-13' is not a real date: there is no month 13 (write the month as 01 to 12)");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void missing_and_too_long_fields_get_messages_and_nothing_is_saved() {
		List<Long> before = allCounts();
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;

		test(form.save).click();
		assertThat(fieldError(form.title)).isEqualTo("A title is required");
		assertThat(fieldError(form.imposer)).isEqualTo("Choose who imposes the measure");
		assertThat(fieldError(form.type)).isEqualTo("Choose a measure type");

		fill(form, "t".repeat(301), "2016");
		test(form.save).click();
		assertThat(fieldError(form.title)).isEqualTo("At most 300 characters");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void an_unknown_actor_is_refused_at_its_field() {
		List<Long> before = allCounts();
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;
		fill(form, "Ban by a vanished actor", "2016");
		form.imposer.setValue(new ActorRef(987_654_321L, "Atlantis", "ATL"));

		test(form.save).click();

		assertThat(fieldError(form.imposer))
			.isEqualTo("Unknown actor: \"Atlantis\" does not exist (it may have been deleted)");
		assertThat(notifications()).anySatisfy((text) -> assertThat(text).contains("Not saved"));
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void lifted_before_imposed_is_refused_in_the_event_dialog() {
		long portBan = idOf("measure", "jpn-port-ban");
		List<Long> before = allCounts();
		MeasureEditView view = navigate(MeasureEditView.class, Map.of("id", String.valueOf(portBan)));
		int events = test(view.events).size();

		test(view.addEvent).click();
		roundTrip();
		view.eventForm.kind.setValue(EventKind.LIFTED);
		test(view.eventForm.date).setValue("2005");
		test(view.eventForm.save).click();

		assertThat(fieldError(view.eventForm.date))
			.isEqualTo("The measure cannot be lifted (2005) before it was imposed (Oct 2006)");
		assertThat(view.eventDialog.isOpened()).isTrue();
		assertThat(test(view.events).size()).isEqualTo(events);
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void markup_in_a_title_is_shown_as_text_in_the_grid_and_the_heading() {
		String markup = "<img src=x onerror=alert(1)>";
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;
		fill(form, markup, "2016");
		test(form.save).click();

		MeasureEditView saved = (MeasureEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo(markup);
		assertThat(saved.heading.getElement().getChildren().allMatch(com.vaadin.flow.dom.Element::isTextNode)).isTrue();
		MeasuresView list = navigate(MeasuresView.class);
		test(list.search).setValue("onerror");
		assertThat(test(list.grid).getCellText(0, 0)).isEqualTo(markup);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_measure_without_evidence_is_refused_at_the_evidence_field_and_nothing_is_saved() {
		List<Long> before = allCounts();
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;
		fillWithoutEvidence(form, "Port ban nobody reported", "2016-03");

		test(form.save).click();

		assertThat(fieldError(form.evidence))
			.isEqualTo("Cite at least one passage of a stored document or a web address");
		assertThat(notifications()).anySatisfy((text) -> assertThat(text).contains("Not saved"))
			.noneSatisfy((text) -> assertThat(text).contains("Measure saved"));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureEditView.class);
		assertThat(form.title.getValue()).isEqualTo("Port ban nobody reported");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_quote_refused_at_its_field_is_not_dropped_when_the_form_is_saved() {
		List<Long> before = allCounts();
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;
		fillWithoutEvidence(form, "Port ban with a misquoted source", "2016-03");
		pasteQuote(form, "Japan promised to end all of the sanctions");
		test($(Button.class).withText("Cite this passage").single()).click();
		assertThat(fieldError(form.evidence.getQuote())).startsWith("The quote is not in");

		test(form.save).click();

		assertThat(fieldError(form.evidence.getQuote())).startsWith("The quote is not in");
		assertThat(form.evidence.getQuote().getValue()).isEqualTo("Japan promised to end all of the sanctions");
		assertThat(notifications()).noneSatisfy((text) -> assertThat(text).contains("Measure saved"));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeasureEditView.class);
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void the_passage_cited_for_a_new_measure_is_cited_by_its_first_event_too() {
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;
		fill(form, "Port ban whose first step is quoted", "2016-03");

		test(form.save).click();

		MeasureEditView saved = (MeasureEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.events.getGenericDataView().getItems().toList()).singleElement()
			.satisfies((line) -> assertThat(line.citations()).isEqualTo(1));
		long eventId = saved.events.getGenericDataView().getItems().toList().get(0).id();
		assertThat(this.jdbc.queryForObject("select e.quote from evidence e join measure_event_evidence x"
				+ " on x.evidence_id = e.id where x.event_id = ?", String.class, eventId))
			.isEqualTo(QUOTE);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_quote_pasted_but_not_yet_added_is_cited_when_the_form_is_saved() {
		MeasureForm form = navigate(MeasureEditView.class, Map.of("id", "new")).form;
		fillWithoutEvidence(form, "Port ban cited in passing", "2016-03");
		pasteQuote(form, QUOTE);

		test(form.save).click();

		MeasureEditView saved = (MeasureEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo("Port ban cited in passing");
		assertThat(saved.form.evidence.getValue()).singleElement()
			.satisfies((citation) -> assertThat(citation.quote()).isEqualTo(QUOTE));
	}

	@Test
	@WithAnonymousUser
	void an_anonymous_visitor_is_sent_to_the_login_view() {
		navigate("manage/measures", LoginView.class);

		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
	}

	@Test
	@WithMockUser(username = "victor", roles = "VIEWER")
	void a_viewer_cannot_open_the_editing_views() {
		navigate("", com.vaadin.flow.component.Component.class);
		try {
			navigate(MeasuresView.class);
		}
		catch (RuntimeException expected) {
			// access denied shows the error view
		}
		assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MeasuresView.class);
	}

	private void fill(MeasureForm form, String title, String date) {
		fillWithoutEvidence(form, title, date);
		pasteQuote(form, QUOTE);
		test($(Button.class).withText("Cite this passage").single()).click();
		assertThat(form.evidence.getValue()).hasSize(1);
	}

	private void pasteQuote(MeasureForm form, String quote) {
		form.evidence.getAdding().setOpened(true);
		roundTrip();
		SourceDocumentSummary sigal = this.documents.list("The Allies", Pageable.ofSize(1)).getContent().get(0);
		form.evidence.getDocument().setValue(sigal);
		test(form.evidence.getQuote()).setValue(quote);
	}

	private void fillWithoutEvidence(MeasureForm form, String title, String date) {
		form.imposer.setValue(actor("AUS"));
		form.target.setValue(actor("PRK"));
		form.type.setValue(MeasureType.PORT_BAN);
		test(form.title).setValue(title);
		form.firstEventKind.setValue(EventKind.IMPOSED);
		test(form.firstEventDate).setValue(date);
	}

}
