package org.sanctionstracker.exchange.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export section builds its download link from the kind, the format and the filters
 * in the view's URL.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(classes = ExchangeView.class)
@WithMockUser(username = "erin", roles = "EDITOR")
class ExchangeViewTests extends SpringBrowserlessTest {

	@Test
	void without_filters_the_link_downloads_all_events_as_csv() {
		navigate("exchange", ExchangeView.class);

		Anchor link = $(Anchor.class).id("export-download");
		assertThat(link.getHref()).isEqualTo("api/v1/export/events.csv");
		assertThat(link.getText()).isEqualTo("Download events.csv");
	}

	@Test
	void filters_in_the_url_carry_over_to_the_link_and_the_whole_database_ignores_them() {
		UI.getCurrent().navigate("exchange", QueryParameters.fromString("country=JPN&role=imposer&from=2014"));

		Anchor link = $(Anchor.class).id("export-download");
		assertThat(link.getHref()).isEqualTo("api/v1/export/events.csv?country=JPN&role=imposer&from=2014");

		@SuppressWarnings("unchecked")
		Select<String> kind = $(Select.class).first();
		test(kind).selectItem("Whole database (JSON, re-importable)");
		assertThat(link.getHref()).isEqualTo("api/v1/export/database.json");
	}

	@Test
	void the_fields_formats_are_export_choices_with_the_filters_and_the_as_of_day_of_the_url() {
		UI.getCurrent().navigate("exchange", QueryParameters.fromString("country=JPN&role=imposer&asOf=2010"));

		Anchor link = $(Anchor.class).id("export-download");
		@SuppressWarnings("unchecked")
		Select<String> kind = $(Select.class).first();
		test(kind).selectItem("GSDB cases (CSV)");
		assertThat(link.getHref()).isEqualTo("api/v1/export/gsdb-cases.csv?country=JPN&role=imposer&asOf=2010");
		assertThat(link.getText()).isEqualTo("Download gsdb-cases.csv (filtered)");
		test(kind).selectItem("FollowTheMoney entities (JSON lines)");
		assertThat(link.getHref()).startsWith("api/v1/export/ftm.jsonl?");
		test(kind).selectItem("CAMEO-coded events (CSV)");
		assertThat(link.getHref()).startsWith("api/v1/export/events-cameo.csv?");
		test(kind).selectItem("GSDB dyads by year (CSV)");
		assertThat(link.getHref()).startsWith("api/v1/export/gsdb-dyadic.csv?");
	}

}
