package org.sanctionstracker.source.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.source.SentenceItem;
import org.sanctionstracker.source.SentenceState;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage view of a seed document as a reader sees it: the score, the sentences in
 * the state the address asks for, links to the citing records, the reasons of decisions;
 * no decision buttons for a visitor who may not edit; and the Sources list's share
 * decided.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class CoverageViewTests extends SpringBrowserlessTest {

	@Autowired
	SourceDocumentService documents;

	private SourceDocumentSummary stanton() {
		return this.documents.list(PageRequest.of(0, 10))
			.stream()
			.filter((summary) -> summary.title().startsWith("The rebirth of an alliance"))
			.findFirst()
			.orElseThrow();
	}

	private CoverageView open(String path, String query) {
		com.vaadin.flow.component.UI.getCurrent()
			.navigate(path, com.vaadin.flow.router.QueryParameters.fromString(query));
		return $(CoverageView.class).single();
	}

	@SuppressWarnings("unchecked")
	private List<SentenceItem> listed() {
		return ((Grid<SentenceItem>) $(Grid.class).single()).getLazyDataView().getItems().toList();
	}

	@Test
	void the_decided_sentences_of_a_seed_document_are_listed_with_their_reasons_and_no_buttons_for_a_reader() {
		SourceDocumentSummary stanton = stanton();

		CoverageView view = open("sources/" + stanton.id() + "/coverage", "state=decided");

		assertThat(view.summary.getText()).startsWith("100 % decided:").contains("0 open");
		assertThat(view.state.getValue()).isEqualTo("decided");
		assertThat(view.getPageTitle()).startsWith("Coverage of The rebirth of an alliance");
		List<SentenceItem> decided = listed();
		assertThat(decided).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.state()).isEqualTo(SentenceState.DECIDED);
			assertThat(item.decision().reason()).isNotBlank();
		});
		SentenceItem fantasy = decided.stream()
			.filter((item) -> item.shown().contains("is fantasy"))
			.findFirst()
			.orElseThrow();
		Div card = (Div) view.card(fantasy);
		assertThat(card.getElement().getTextRecursively()).contains("Decided not a record: The author's opinion")
			.contains("names: sanction, enforce");
		assertThat(card.getChildren()
			.flatMap((child) -> child.getChildren())
			.filter(Button.class::isInstance)
			.map((button) -> ((Button) button).getText())).containsExactly("History");
	}

	@Test
	void a_cited_sentence_links_to_the_records_that_cite_it_and_a_wrong_state_is_named() {
		SourceDocumentSummary stanton = stanton();

		CoverageView view = open("sources/" + stanton.id() + "/coverage", "state=bogus");

		assertThat(view.state.getValue()).isEqualTo("all");
		assertThat($(org.sanctionstracker.base.ui.AddressNotice.class).single().getElement().getTextRecursively())
			.contains("'bogus' is not a state");
		SentenceItem relaxed = listed().stream()
			.filter((item) -> item.shown().startsWith("In exchange, Tokyo relaxed sanctions"))
			.findFirst()
			.orElseThrow();
		assertThat(relaxed.state()).isEqualTo(SentenceState.CITED);
		Div card = (Div) view.card(relaxed);
		List<Anchor> links = card.getChildren()
			.filter((child) -> child.getClassNames().contains("citing-records"))
			.flatMap((child) -> child.getChildren())
			.filter(Anchor.class::isInstance)
			.map(Anchor.class::cast)
			.toList();
		assertThat(links).isNotEmpty().allSatisfy((link) -> assertThat(link.getHref()).startsWith("chronology?entry="));
		// the judgement on the uncoded part of the sentence is shown with it
		assertThat(card.getElement().getTextRecursively()).contains("Decided not a record: Japan's 2014 relaxation");
	}

	@Test
	void the_sources_list_shows_each_documents_share_decided_linking_to_its_coverage() {
		navigate(SourcesView.class);
		@SuppressWarnings("unchecked")
		Grid<SourceDocumentSummary> grid = $(Grid.class).single();
		assertThat(grid.getColumnByKey("coverage").getHeaderText()).isEqualTo("Decided");
		SourceDocumentSummary first = grid.getLazyDataView().getItems().findFirst().orElseThrow();
		Anchor cell = (Anchor) test(grid).getCellComponent(0, "coverage");
		assertThat(cell.getText()).isEqualTo("100 %");
		assertThat(cell.getHref()).isEqualTo("sources/" + first.id() + "/coverage");
	}

}
