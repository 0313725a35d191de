package org.sanctionstracker.source.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.source.SourceDocumentSummary;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed documents are listed and can be read in full, as packaged in the jar.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class SourcesViewTests extends SpringBrowserlessTest {

	@Test
	void both_seed_documents_are_listed_and_the_selected_one_is_shown_in_full() throws Exception {
		navigate(SourcesView.class);
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
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat($(Div.class).all()).extracting(Div::getText).contains(shipped);
		assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy(text -> assertThat(text).contains("Leon V. Sigal").contains("2009"));
	}

}
