package org.sanctionstracker.chronology.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.chronology.ChronologyEntry;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.source.ReadableText;
import org.sanctionstracker.source.ui.PassageText;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chronology on the seed dataset: rows in date order at their precision, the address
 * restoring the filter and the selected row, and a selected row showing its source
 * passage highlighted with a link into the document reader.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class ChronologyViewTests extends SpringBrowserlessTest {

	@Test
	void events_and_actions_are_listed_oldest_first_with_dates_at_their_precision() {
		ChronologyView view = navigate(ChronologyView.class);

		List<ChronologyEntry> rows = rows(view);
		assertThat(rows).hasSizeGreaterThan(60);
		assertThat(rows).extracting(ChronologyEntry::record)
			.contains(ChronologyEntry.Record.EVENT, ChronologyEntry.Record.ENFORCEMENT_ACTION);
		List<java.time.LocalDate> dated = rows.stream()
			.map((entry) -> entry.date().lowerBound())
			.filter(java.util.Objects::nonNull)
			.toList();
		assertThat(dated).isSorted();
		assertThat(rows.get(rows.size() - 1).date().display()).isEqualTo("date unknown");
		assertThat(test(view.grid()).getCellText(0, 0))
			.matches("\\d{4}|[A-Z][a-z]{2} \\d{4}|\\d{1,2} [A-Z][a-z]{2} \\d{4}");
	}

	@Test
	void the_address_restores_the_filter_and_the_selected_row() {
		ChronologyView first = open("chronology?country=JPN&role=imposer&kind=IMPOSED", ChronologyView.class);
		List<ChronologyEntry> rows = rows(first);
		assertThat(rows).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.actor().iso3()).isEqualTo("JPN"))
			.allSatisfy((entry) -> assertThat(entry.kind()).isEqualTo("IMPOSED"));
		assertThat(first.filterBar().getFilter().role()).isEqualTo(CountryRole.IMPOSER);
		assertThat(first.filterBar().getFilter().eventKind()).isEqualTo(EventKind.IMPOSED);

		ChronologyEntry chosen = rows.get(0);
		ChronologyView second = open("chronology?country=JPN&entry=" + chosen.key(), ChronologyView.class);
		assertThat($(ChronologyDetail.class).single().isVisible()).isTrue();
		assertThat($(ChronologyDetail.class).single().getElement().getTextRecursively()).contains(chosen.headline());
		assertThat(second.filterBar().getValues().country().iso3()).isEqualTo("JPN");
	}

	@Test
	void an_enforcement_kind_lists_only_those_actions() {
		ChronologyView view = open("chronology?kind=DIPLOMATIC_REQUEST", ChronologyView.class);

		assertThat(rows(view)).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.record()).isEqualTo(ChronologyEntry.Record.ENFORCEMENT_ACTION))
			.allSatisfy((entry) -> assertThat(entry.kindLabel()).isEqualTo("Diplomatic request"));
	}

	@Test
	void selecting_a_row_shows_the_record_and_its_source_passage_highlighted() {
		ChronologyView view = open("chronology?country=JPN&type=PORT_BAN", ChronologyView.class);
		ChronologyEntry quoted = rows(view).stream().filter((entry) -> entry.quote() != null).findFirst().orElseThrow();

		test(view.grid()).select(rows(view).indexOf(quoted));

		ChronologyDetail detail = $(ChronologyDetail.class).single();
		assertThat(detail.isVisible()).isTrue();
		PassageText passage = $(PassageText.class).first();
		Mark highlighted = passage.getQuote();
		assertThat(passage.getQuoteText()).isEqualTo(ReadableText.plain(quoted.quote().quote()));
		assertThat(highlighted.getClassNames()).contains("chosen-passage");
		assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
			.contains("sources/" + quoted.quote().documentId() + "?passage=" + quoted.quote().id());
		assertThat(detail.getElement().getTextRecursively()).contains("Lifecycle of this measure");
	}

	@Test
	void quotes_are_shown_without_markdown_escapes_in_the_list_and_the_detail() {
		ChronologyView view = open("chronology?q=wage", ChronologyView.class);
		ChronologyEntry wages = rows(view).stream()
			.filter((entry) -> entry.quote() != null && entry.quote().quote().contains("\\$300"))
			.findFirst()
			.orElseThrow();
		int row = rows(view).indexOf(wages);
		int quoteColumn = view.grid().getColumns().indexOf(view.grid().getColumnByKey("quote"));

		assertThat(test(view.grid()).getCellText(row, quoteColumn)).contains("raises to $300 from the current $70-80")
			.doesNotContain("\\");

		test(view.grid()).select(row);
		assertThat($(PassageText.class).all()).extracting(PassageText::getQuoteText)
			.anySatisfy((quote) -> assertThat(quote).contains("$300").doesNotContain("\\"));
		assertThat($(ChronologyDetail.class).single().getElement().getTextRecursively()).doesNotContain("\\$");
	}

	@Test
	void on_a_phone_each_row_is_one_card_with_date_step_actor_record_and_quote() {
		ChronologyView view = open("chronology?country=JPN", ChronologyView.class);

		view.setNarrow(true);

		assertThat(view.grid().getColumns()).filteredOn(com.vaadin.flow.component.grid.Grid.Column::isVisible)
			.extracting(com.vaadin.flow.component.grid.Grid.Column::getKey)
			.containsExactly(ChronologyView.CARD_KEY);
		view.setNarrow(false);
		assertThat(view.grid().getColumnByKey(ChronologyView.CARD_KEY).isVisible()).isFalse();
		assertThat(view.grid().getColumnByKey("date").isVisible()).isTrue();
	}

	@SuppressWarnings("unchecked")
	private static List<ChronologyEntry> rows(ChronologyView view) {
		return view.grid().getGenericDataView().getItems().toList();
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
