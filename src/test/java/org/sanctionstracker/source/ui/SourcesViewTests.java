package org.sanctionstracker.source.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.ReadableText;
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
	void both_seed_documents_are_listed_and_the_selected_one_is_shown_in_full_as_a_reader_expects() throws Exception {
		SourcesView view = navigate(SourcesView.class);
		@SuppressWarnings("unchecked")
		Grid<SourceDocumentSummary> grid = $(Grid.class).single();
		List<SourceDocumentSummary> listed = grid.getLazyDataView().getItems().toList();
		assertThat(listed).extracting(SourceDocumentSummary::title)
			.containsExactlyInAnyOrder("The Allies and North Korea",
					"The rebirth of an alliance: The U.S., South Korea & Japan are finally getting North Korea"
							+ " policy right");

		int sigal = listed.get(0).title().equals("The Allies and North Korea") ? 0 : 1;
		test(grid).select(sigal);

		assertThat($(H3.class).single().getText()).isEqualTo("The Allies and North Korea");
		assertThat(view.getPageTitle()).startsWith("The Allies and North Korea · ");
		assertThat(grid.asSingleSelect().getValue().id()).isEqualTo(listed.get(sigal).id());
		String shipped = new ClassPathResource("seeds/sigal-2009-the-allies-and-north-korea.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		// every word of the text, without its Markdown marks and escapes
		String shown = view.documentText().getText();
		assertThat(shown.replaceAll("\\s+", "")).isEqualTo(ReadableText.of(shipped).shown().replaceAll("\\s+", ""));
		assertThat(shown).doesNotContain("###", "\\$", "*Gaullists*", "**")
			.contains("A fourth school, the Gaullists, distrust")
			.contains("wage raises to $300 from the current $70-80 a month");
		assertThat($(H6.class).all()).extracting((heading) -> heading.getElement().getTextRecursively())
			.contains("Japan");
		assertThat($(ListItem.class).all()).hasSizeGreaterThan(3);
		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy(text -> assertThat(text).contains("Leon V. Sigal").contains("2009"));
	}

	@Test
	void the_open_document_is_selected_in_the_list_when_opened_by_its_address() {
		SourceDocumentSummary stanton = summary("The rebirth of an alliance");

		SourcesView view = open("sources/" + stanton.id(), SourcesView.class);

		@SuppressWarnings("unchecked")
		Grid<SourceDocumentSummary> grid = $(Grid.class).single();
		assertThat(grid.asSingleSelect().getValue()).isNotNull()
			.satisfies((selected) -> assertThat(selected.id()).isEqualTo(stanton.id()));
		assertThat(view.getPageTitle()).startsWith("The rebirth of an alliance");
	}

	@Test
	void every_cited_passage_is_marked_and_the_one_asked_for_is_emphasised() {
		SourceDocumentSummary sigal = summary("The Allies and North Korea");
		List<EvidenceItem> passages = this.documents.citedPassages(sigal.id());
		EvidenceItem chosen = passages.get(passages.size() / 2);

		SourcesView view = open("sources/" + sigal.id() + "?passage=" + chosen.id(), SourcesView.class);

		DocumentText text = view.documentText();
		assertThat(passages).hasSizeGreaterThan(10);
		// every passage's text, as shown, lies inside marked segments
		String marked = String.join("", text.getMarks().stream().map(Mark::getText).toList());
		assertThat(passages).allSatisfy((passage) -> {
			String quote = ReadableText.plain(passage.quote());
			assertThat(marked).contains(quote.substring(0, Math.min(20, quote.length())));
		});
		Mark emphasised = text.getChosen();
		assertThat(emphasised).isNotNull();
		assertThat(emphasised.getClassNames()).contains("chosen-passage");
		String chosenText = String.join("",
				text.getMarks()
					.stream()
					.filter((mark) -> mark.getClassNames().contains("chosen-passage"))
					.map(Mark::getText)
					.toList());
		assertThat(chosenText).isEqualTo(ReadableText.plain(chosen.quote()));
	}

	@Test
	void a_passage_with_markdown_escapes_is_marked_exactly_and_shown_without_them() {
		SourceDocumentSummary sigal = summary("The Allies and North Korea");
		EvidenceItem wages = this.documents.citedPassages(sigal.id())
			.stream()
			.filter((passage) -> passage.quote().equals("demanded average wage raises to \\$300"))
			.findFirst()
			.orElseThrow();

		SourcesView view = open("sources/" + sigal.id() + "?passage=" + wages.id(), SourcesView.class);

		String chosenText = String.join("",
				view.documentText()
					.getMarks()
					.stream()
					.filter((mark) -> mark.getClassNames().contains("chosen-passage"))
					.map(Mark::getText)
					.toList());
		assertThat(chosenText).isEqualTo("demanded average wage raises to $300");
	}

	@Test
	void a_marked_passage_links_to_the_records_that_cite_it() {
		SourceDocumentSummary sigal = summary("The Allies and North Korea");
		EvidenceItem wages = this.documents.citedPassages(sigal.id())
			.stream()
			.filter((passage) -> passage.quote().startsWith("in which the DPRK has demanded average wage raises"))
			.findFirst()
			.orElseThrow();
		SourcesView view = open("sources/" + sigal.id() + "?passage=" + wages.id(), SourcesView.class);
		// the passage asked for names its records at once
		assertThat(view.getElement().getTextRecursively()).contains("Recorded from the passage you came for:");

		Mark mark = view.documentText()
			.getMarks()
			.stream()
			.filter((candidate) -> DocumentText.passages(candidate).contains(wages.id()))
			.findFirst()
			.orElseThrow();
		view.showCitations(mark);

		assertThat(view.citations().isOpened()).isTrue();
		List<Anchor> links = view.citations()
			.getChildren()
			.flatMap((child) -> child.getElement().getComponent().stream())
			.flatMap(SourcesViewTests::descendants)
			.filter(Anchor.class::isInstance)
			.map(Anchor.class::cast)
			.toList();
		assertThat(links).isNotEmpty();
		assertThat(links).extracting(Anchor::getHref)
			.allSatisfy((href) -> assertThat(href)
				.matches("chronology\\?entry=(event|action)-\\d+|country/\\d+|coalitions/\\d+"));
		assertThat(links).extracting(Anchor::getText)
			.anySatisfy((label) -> assertThat(label).containsIgnoringCase("Kaesong"));
	}

	@Test
	void an_unknown_document_says_so() {
		navigate("sources/987654", SourcesView.class);

		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Select a document"));
	}

	private SourceDocumentSummary summary(String titleStart) {
		return this.documents.list(PageRequest.of(0, 10))
			.stream()
			.filter((summary) -> summary.title().startsWith(titleStart))
			.findFirst()
			.orElseThrow();
	}

	private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
			com.vaadin.flow.component.Component component) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
				component.getChildren().flatMap(SourcesViewTests::descendants));
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
