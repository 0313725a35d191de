package org.sanctionstracker.source.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceKind;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a source document and citing it in a form, in a simulated browser.
 */
class SourceEditingTests extends EditingUiTests {

	@Autowired
	SourceDocumentService documents;

	private static final String TEXT = "Reuters reported on 3 March 2016 that the Philippines impounded the "
			+ "North Korean freighter Jin Teng at Subic Bay.";

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_pasted_document_is_saved_with_its_sha256_and_its_text_stays_fixed() {
		SourceDocumentForm form = navigate(SourceEditView.class, Map.of("id", "new")).form;
		test(form.title).setValue("Philippines impounds Jin Teng");
		form.kind.setValue(SourceKind.NEWS);
		test(form.published).setValue("2016-03-03");
		test(form.text).setValue(TEXT);

		test(form.save).click();

		SourceEditView saved = (SourceEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo("Philippines impounds Jin Teng");
		assertThat(saved.form.sha256.getValue()).isEqualTo(SourceDocument.sha256(TEXT));
		assertThat(saved.form.text.isReadOnly()).isTrue();
		assertThat(saved.delete.isVisible()).isTrue();
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_document_without_title_or_text_or_with_a_bad_date_is_refused() {
		List<Long> before = allCounts();
		SourceDocumentForm form = navigate(SourceEditView.class, Map.of("id", "new")).form;
		test(form.published).setValue("03/03/2016");

		test(form.save).click();

		assertThat(fieldError(form.title)).isEqualTo("A title is required");
		assertThat(fieldError(form.text)).isEqualTo("Paste the document's text");
		assertThat(fieldError(form.kind)).isEqualTo("A kind is required");
		assertThat(fieldError(form.published)).startsWith("'03/03/2016' is not a date");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_quote_not_in_the_document_is_refused_at_the_quote_field_with_the_reason() {
		SourceEditView view = navigate(SourceEditView.class, Map.of("id", "new"));
		EvidenceField evidence = new EvidenceField(this.documents);
		view.add(evidence);
		evidence.getAdding().setOpened(true);
		roundTrip();
		SourceDocumentSummary sigal = this.documents
			.list("The Allies", org.springframework.data.domain.Pageable.ofSize(1))
			.getContent()
			.get(0);
		evidence.getDocument().setValue(sigal);
		test(evidence.getQuote()).setValue("Japan promised to end all of the sanctions");

		test($(com.vaadin.flow.component.button.Button.class).withText("Cite this passage").single()).click();

		assertThat(fieldError(evidence.getDocument())).isNull();
		assertThat(fieldError(evidence.getQuote())).startsWith("The quote is not in \"The Allies and North Korea\"")
			.contains("it matches the document up to \"\u2026Japan promised to end\"")
			.contains("then the quote has \"all of the sanctions\" where the document has \"some of the sanctions");
		assertThat(evidence.getValue()).isEmpty();

		test(evidence.getQuote()).setValue("Japan promised to end some of the sanctions");
		test($(com.vaadin.flow.component.button.Button.class).withText("Cite this passage").single()).click();
		assertThat(evidence.getValue()).singleElement()
			.satisfies((citation) -> assertThat(citation.quote())
				.isEqualTo("Japan promised to end some of the sanctions"));
	}

}
