package org.sanctionstracker.figure.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.exchange.ImportIssue;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportService;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.source.PassagePick;
import org.sanctionstracker.source.ui.PassageLinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money figure editing views in a simulated browser: a figure recorded from a passage
 * selected in a document, the list, and bad input refused at its field with the words the
 * importer uses, nothing saved.
 */
class FigureEditingTests extends EditingUiTests {

	/** A passage of Sigal's text (stored with its Markdown escape) naming a figure. */
	private static final String PASSAGE = "from the current \\$70-80 a month";

	@Autowired
	ImportService imports;

	@Test
	void the_passage_actions_offer_a_new_figure_whose_address_carries_the_passage() {
		assertThat(PassageLinks.Target.FIGURE.label()).isEqualTo("New figure");
		assertThat(PassageLinks.Target.FIGURE.href(new PassagePick(3, 120, 150)))
			.isEqualTo("manage/figures/new?doc=3&start=120&end=150");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_figure_from_a_selected_passage_opens_with_it_cited_and_is_saved_and_listed() {
		long sigal = idOf("source_document", "sigal-2009");
		String text = this.jdbc.queryForObject("select text from source_document where id = ?", String.class, sigal);
		int start = text.indexOf(PASSAGE);
		assertThat(text.indexOf(PASSAGE, start + 1)).as("the passage occurs once").isNegative();

		String[] address = PassageLinks.Target.FIGURE.href(new PassagePick(sigal, start, start + PASSAGE.length()))
			.split("\\?", 2);
		UI.getCurrent().navigate(address[0], QueryParameters.fromString(address[1]));

		FigureEditView view = (FigureEditView) UI.getCurrent().getCurrentView();
		assertThat(view.heading.getText()).isEqualTo("New figure");
		assertThat(view.form.evidence.getValue()).singleElement().satisfies((citation) -> {
			assertThat(citation.documentId()).isEqualTo(sigal);
			assertThat(citation.quote()).isEqualTo(PASSAGE);
			assertThat(citation.start()).isEqualTo(start);
		});
		FigureForm form = view.form;
		test(form.amount).setValue("70");
		test(form.amountMax).setValue("80");
		form.currency.setValue("USD");
		form.period.setValue(FigurePeriod.PER_MONTH);
		test(form.label).setValue("Monthly wage at Kaesong, entered from the reader");
		form.actor.setValue(actor("PRK"));
		test(form.date).setValue("2009");

		test(form.save).click();

		FigureEditView saved = (FigureEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo("Monthly wage at Kaesong, entered from the reader");
		assertThat(saved.form.amountMax.getValue()).isEqualTo("80");
		assertThat(saved.history.isVisible()).isTrue();
		assertThat(test(saved.history.getGrid()).getRow(0).who()).isEqualTo("erin");

		FiguresView list = navigate(FiguresView.class);
		test(list.search).setValue("entered from the reader");
		assertThat(test(list.grid).size()).isEqualTo(1);
		assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("USD 70\u201380");
		assertThat(test(list.grid).getCellText(0, 2)).isEqualTo("Per month");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void bad_input_gets_field_messages_and_nothing_is_saved() {
		List<Long> before = allCounts();
		FigureForm form = navigate(FigureEditView.class, Map.of("id", "new")).form;

		test(form.save).click();
		assertThat(fieldError(form.amount)).isEqualTo("An amount is required");
		assertThat(fieldError(form.currency)).isEqualTo("A currency is required");
		assertThat(fieldError(form.period)).isEqualTo("Choose the period the amount is counted over");
		assertThat(fieldError(form.label)).isEqualTo("A label is required");

		test(form.amount).setValue("-120");
		ComponentUtil.fireEvent(form.currency, new ComboBoxBase.CustomValueSetEvent<>(form.currency, true, "xyz"));
		form.period.setValue(FigurePeriod.PER_YEAR);
		test(form.label).setValue("Revenue nobody can count");
		test(form.date).setValue("2016-02-30");
		test(form.save).click();
		assertThat(fieldError(form.amount))
			.isEqualTo("'-120' is negative: record the amount the source names (a loss as the amount lost)");
		assertThat(form.currency.getValue()).isEqualTo("XYZ");
		assertThat(fieldError(form.currency))
			.isEqualTo("'XYZ' is not an ISO 4217 currency code; use e.g. USD, EUR, JPY, KRW, CNY or KPW");
		assertThat(fieldError(form.date)).isEqualTo("'2016-02-30' is not a real date: February 2016 has 29 days");

		// the range spans two fields: the service refuses it, at the maximum
		test(form.amount).setValue("80");
		test(form.amountMax).setValue("70");
		form.currency.setValue("USD");
		test(form.date).setValue("2016");
		form.evidence.getUrl().setValue("https://example.org/revenue");
		test(form.save).click();
		assertThat(fieldError(form.amountMax)).isEqualTo("A range's maximum (70) cannot be below its minimum (80)");
		assertThat(notices()).noneSatisfy((text) -> assertThat(text).contains("Figure saved"));
		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(FigureEditView.class);
		assertThat(form.label.getValue()).isEqualTo("Revenue nobody can count");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void an_amount_typed_in_the_form_and_written_in_an_import_file_is_refused_in_the_same_words() {
		List<Long> before = allCounts();
		FigureForm form = navigate(FigureEditView.class, Map.of("id", "new")).form;
		for (String written : List.of("120,000,000", "$300", "70.555", "12345678901234567890", "-5")) {
			test(form.amount).setValue(written);
			test(form.save).click();
			String byForm = fieldError(form.amount);

			String file = """
					{"figures": [{"key": "typed-amount", "amount": "%s", "currency": "USD", "period": "TOTAL",
					  "label": "Amount as typed", "evidence": [{"url": "https://example.org/amount"}]}]}
					""".formatted(written);
			List<ImportIssue> issues = this.imports
				.preview("amount.json", file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE)
				.preview()
				.issues();

			assertThat(byForm).as(written).isNotNull();
			assertThat(issues).as(written)
				.singleElement()
				.satisfies((issue) -> assertThat(issue.field() + ": " + issue.reason()).isEqualTo("amount: " + byForm));
		}
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_stored_figure_opens_with_its_values_and_a_change_is_saved() {
		long id = idOf("figure", "kaesong-wage-current");
		FigureEditView view = navigate(FigureEditView.class, Map.of("id", String.valueOf(id)));
		FigureForm form = view.form;
		assertThat(form.amount.getValue()).isEqualTo("70");
		assertThat(form.amountMax.getValue()).isEqualTo("80");
		assertThat(form.currency.getValue()).isEqualTo("USD");
		assertThat(form.period.getValue()).isEqualTo(FigurePeriod.PER_MONTH);
		assertThat(form.evidence.getValue()).hasSize(1);
		assertThat(view.delete.isVisible()).isTrue();

		test(form.dateBasis).setValue("text: 'the current' wage, in an essay of late 2009 (checked)");
		test(form.save).click();

		assertThat(notices()).contains("Figure saved");
		assertThat(this.jdbc.queryForObject("select date_basis from figure where id = ?", String.class, id))
			.isEqualTo("text: 'the current' wage, in an essay of late 2009 (checked)");
	}

	/**
	 * The texts of the notifications open now, those shown with a plain text
	 * ({@code Notification.show}) included.
	 */
	private List<String> notices() {
		roundTrip();
		return $(Notification.class).all()
			.stream()
			.filter(Notification::isOpened)
			.map((notification) -> notification.getElement().getProperty("text", "")
					+ notification.getElement().getTextRecursively())
			.toList();
	}

	@Test
	@WithAnonymousUser
	void an_anonymous_visitor_is_sent_to_the_login_view() {
		navigate("manage/figures", org.sanctionstracker.security.ui.LoginView.class);

		assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.sanctionstracker.security.ui.LoginView.class);
	}

}
