package org.sanctionstracker.dashboard.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.ui.ActorLink;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.coalition.MemberItem;
import org.sanctionstracker.measure.MeasureDetails;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country profile and the coalitions view on the seed dataset.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class CountryAndCoalitionViewsTests extends SpringBrowserlessTest {

	@Autowired
	CoalitionService coalitions;

	@Test
	void a_country_profile_shows_what_it_imposed_and_received_its_coalitions_and_charts() {
		navigate("country/JPN", CountryView.class);

		assertThat($(H2.class).first().getText()).isEqualTo("Japan");
		List<Grid<?>> grids = $(Grid.class).all().stream().<Grid<?>>map((grid) -> (Grid<?>) grid).toList();
		List<MeasureDetails> imposed = items(grids, "Measures Japan imposed");
		assertThat(imposed).isNotEmpty().allSatisfy((m) -> assertThat(m.imposer().iso3()).isEqualTo("JPN"));
		List<MeasureDetails> received = items(grids, "Measures imposed on Japan");
		assertThat(received).isNotEmpty().allSatisfy((m) -> assertThat(m.target().iso3()).isEqualTo("JPN"));
		List<MemberItem> memberships = items(grids, "Coalitions and memberships");
		assertThat(memberships).isNotEmpty().allSatisfy((m) -> assertThat(m.actor().iso3()).isEqualTo("JPN"));
		assertThat($(EventsCard.class).single().getChart().getConfiguration()).contains("Japan");
		assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
			.contains("chronology?country=JPN", "?country=JPN");
	}

	@Test
	void a_country_page_counts_in_its_own_terms_and_never_says_imposers() {
		navigate("country/JPN", CountryView.class);

		List<String> figures = $(KeyFiguresPanel.class).single().texts();
		assertThat(figures).anySatisfy((text) -> assertThat(text).matches("\\d+ measures? imposed"))
			.anySatisfy((text) -> assertThat(text).matches("\\d+ measures? imposed on Japan"))
			.anySatisfy((text) -> assertThat(text).matches("\\d+ lifecycle events?"))
			.noneSatisfy((text) -> assertThat(text).contains("imposer"));
	}

	@Test
	void one_of_a_kind_is_counted_in_the_singular() {
		navigate("country/EU", CountryView.class);

		List<String> figures = $(KeyFiguresPanel.class).single().texts();
		assertThat(figures).contains("1 measure imposed", "1 lifecycle event");
		assertThat(figures).noneSatisfy((text) -> assertThat(text)
			.containsPattern("^1 (measures|lifecycle events|enforcement actions|imposers|money figures)"));

		navigate(DashboardView.class);
		com.vaadin.flow.component.UI.getCurrent()
			.navigate("", com.vaadin.flow.router.QueryParameters.fromString("country=EU&role=imposer"));
		assertThat($(KeyFiguresPanel.class).single().texts()).contains("1 measure", "1 lifecycle event", "1 imposer");
	}

	@Test
	void the_alignment_day_is_shown_as_the_application_writes_days() {
		navigate(DashboardView.class);

		AlignmentCard alignment = $(AlignmentCard.class).single();
		assertThat(alignment.day.getI18n().getDateFormats()).first().isEqualTo("d MMM yyyy");
		assertThat(alignment.getTitle()).matches(".* on \\d{1,2} [A-Z][a-z]{2} \\d{4}");
	}

	@Test
	void other_names_leave_out_the_actors_own_name() {
		navigate("country/KOR", CountryView.class);

		String about = $(com.vaadin.flow.component.html.Paragraph.class).first().getText();
		assertThat(about).contains("also called Blue House, Seoul").doesNotContain("South Korea");
	}

	@Test
	void a_profile_is_found_by_name_or_alias_and_an_unknown_one_is_explained() {
		navigate("country/Tokyo", CountryView.class);
		assertThat($(H2.class).first().getText()).isEqualTo("Japan");

		navigate("country/Atlantis", CountryView.class);
		assertThat($(H2.class).first().getText()).isEqualTo("No such country or actor");
	}

	@Test
	void a_coalition_shows_its_members_with_basis_and_dates_and_what_they_did() {
		CoalitionRef sixParty = this.coalitions.refs("Six-Party", PageRequest.of(0, 1)).getContent().get(0);

		navigate("coalitions/" + sixParty.id(), CoalitionsView.class);

		assertThat($(H3.class).all()).extracting(H3::getText).contains("Six-Party Talks");
		@SuppressWarnings("unchecked")
		Grid<MemberItem> members = $(Grid.class).all()
			.stream()
			.filter((grid) -> ((Grid<?>) grid).getColumns()
				.stream()
				.anyMatch((column) -> "Joined".equals(column.getHeaderText())))
			.findFirst()
			.orElseThrow();
		assertThat(members.getGenericDataView().getItems().map((m) -> m.actor().iso3())).contains("USA", "KOR", "JPN",
				"CHN", "RUS", "PRK");
		assertThat(test(members).getCellText(0, 2)).isEqualTo("Aug 2003");
		@SuppressWarnings("unchecked")
		var memberLinks = (LitRenderer<MemberItem>) members.getColumns().get(0).getRenderer();
		MemberItem first = members.getGenericDataView().getItems().findFirst().orElseThrow();
		assertThat(memberLinks.getValueProviders().get("href").apply(first)).isEqualTo(ActorLink.href(first.actor()));
		assertThat(ActorLink.href(first.actor())).startsWith("country/");
		assertThat(memberLinks.getValueProviders().get("name").apply(first)).isEqualTo(first.actor().name());
		AlignmentCard alignment = $(AlignmentCard.class).single();
		assertThat(alignment.getTitle()).startsWith("Coalition alignment: Six-Party Talks on ");
		assertThat(alignment.rows()).isNotEmpty();
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> items(List<Grid<?>> grids, String sectionTitle) {
		Grid<?> grid = grids.stream()
			.filter((candidate) -> candidate.getParent()
				.flatMap((parent) -> parent.getChildren().filter(H3.class::isInstance).findFirst())
				.map((heading) -> ((H3) heading).getText().equals(sectionTitle))
				.orElse(false))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section " + sectionTitle));
		return ((Grid<T>) grid).getGenericDataView().getItems().toList();
	}

}
