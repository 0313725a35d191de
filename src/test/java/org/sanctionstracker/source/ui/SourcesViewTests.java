package org.sanctionstracker.source.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed documents are listed and can be read in full, as packaged in the jar, with
 * every cited passage marked; a passage link opens its document with that passage
 * emphasised.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class SourcesViewTests extends SpringBrowserlessTest {

	@Autowired
	SourceDocumentService documents;

	@Test
	void both_seed_documents_are_listed_and_the_selected_one_is_shown_in_full() throws Exception {
		SourcesView view = navigate(SourcesView.class);
		@SuppressWarnings("unchecked")
		Grid<SourceDocumentSummary> grid = $(Grid.class).single();
		assertThat(test(grid).size()).isEqualTo(2);
		assertThat(test(grid).getCellText(0, 0) + " | " + test(grid).getCellText(1, 0))
			.contains("The Allies and North Korea")
			.contains("The rebirth of an alliance");

		int sigal = test(grid).getCellText(0, 0).equals("The Allies and North Korea") ? 0 : 1;
		test(grid).select(sigal);

		assertThat($(H3.class).single().getText()).isEqualTo("The Allies and North Korea");
		String shipped = new ClassPathResource("seeds/sigal-2009-the-allies-and-north-korea.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(view.documentText().getText()).isEqualTo(shipped);
		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy(text -> assertThat(text).contains("Leon V. Sigal").contains("2009"));
		assertThat(test(grid).getCellText(sigal, 3)).isEqualTo("Essay");
	}

	@Test
	void every_cited_passage_is_marked_and_the_one_asked_for_is_emphasised() {
		SourceDocumentSummary sigal = this.documents.list(PageRequest.of(0, 10))
			.stream()
			.filter((summary) -> summary.title().equals("The Allies and North Korea"))
			.findFirst()
			.orElseThrow();
		List<EvidenceItem> passages = this.documents.citedPassages(sigal.id());
		EvidenceItem chosen = passages.get(passages.size() / 2);

		SourcesView view = open("sources/" + sigal.id() + "?passage=" + chosen.id(), SourcesView.class);

		DocumentText text = view.documentText();
		assertThat(passages).hasSizeGreaterThan(10);
		// every passage's text lies inside marked segments
		String marked = String.join("", text.getMarks().stream().map(Mark::getText).toList());
		assertThat(passages).allSatisfy((passage) -> assertThat(marked)
			.contains(passage.quote().substring(0, Math.min(20, passage.quote().length()))));
		Mark emphasised = text.getChosen();
		assertThat(emphasised).isNotNull();
		assertThat(emphasised.getClassNames()).contains("chosen-passage");
		String chosenText = String.join("",
				text.getMarks()
					.stream()
					.filter((mark) -> mark.getClassNames().contains("chosen-passage"))
					.map(Mark::getText)
					.toList());
		assertThat(chosenText).isEqualTo(chosen.quote());
		assertThat(text.getText()).hasSize(sigal.length());
	}

	@Test
	void an_unknown_document_says_so() {
		navigate("sources/987654", SourcesView.class);

		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Select a document"));
	}

	/** Navigates to a location with a query string, as following a link does. */
	private <T extends com.vaadin.flow.component.Component> T open(String location, Class<T> view) {
		int query = location.indexOf('?');
		com.vaadin.flow.component.UI.getCurrent()
			.navigate((query < 0) ? location : location.substring(0, query),
					(query < 0) ? com.vaadin.flow.router.QueryParameters.empty()
							: com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
		return $(view).single();
	}

}
