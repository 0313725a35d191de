package org.sanctionstracker.filter.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctionstracker.actor.ActorSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a view makes of its address, on the seed dataset: one "as of" day, labelled,
 * shared by the KPIs, the tables and the chronology's detail, chosen in the address; a
 * bad value in an address is explained inside the view, which shows itself without that
 * value; the country field takes a typed name, code or alias.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class ViewAddressTests extends SpringBrowserlessTest {

	/** The last day the seed's lifecycle steps speak of: "2016-02" ends on the 29th. */
	private static final String DATA_DAY = "29 Feb 2016";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_dashboard_says_which_day_in_force_means_and_the_address_can_change_it() {
		open("");
		assertThat(text()).contains("as the data stands on " + DATA_DAY).doesNotContain("today");

		open("?asOf=2010-06-30");
		assertThat(text()).contains("as of 30 Jun 2010").doesNotContain("as the data stands on");
		assertThat(asOfField().getValue()).isEqualTo("2010-06-30");
	}

	@Test
	void the_country_pages_tables_and_the_chronology_detail_use_the_same_day() {
		open("country/JPN");
		List<String> headers = $(Grid.class).all()
			.stream()
			.flatMap((grid) -> ((Grid<?>) grid).getColumns().stream())
			.map((column) -> String.valueOf(column.getHeaderText()))
			.toList();
		assertThat(headers).doesNotContain("Today").contains("In force on " + DATA_DAY);

		long eventId = this.jdbc.queryForObject(
				"select e.id from measure_event e where e.seed_key = 'jpn-port-ban-reimposed-2016'", Long.class);
		open("chronology?entry=event-" + eventId);
		assertThat(text()).contains("In force on " + DATA_DAY).doesNotContain("in force today");

		open("chronology?asOf=2010-06-30&entry=event-" + eventId);
		assertThat(text()).contains("on 30 Jun 2010");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void the_editors_measure_list_says_which_day_its_status_column_is_for() {
		open("manage/measures");
		assertThat(statusHeaders()).containsExactly("In force on " + DATA_DAY);

		open("manage/measures?asOf=2010-06-30");
		assertThat(statusHeaders()).containsExactly("In force on 30 Jun 2010");
	}

	private List<String> statusHeaders() {
		return $(Grid.class).all()
			.stream()
			.flatMap((grid) -> ((Grid<?>) grid).getColumns().stream())
			.map((column) -> String.valueOf(column.getHeaderText()))
			.filter((header) -> header.startsWith("In force") || header.equals("Today"))
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			?type=NOPE                     | 'NOPE' is not a valid type
			?asOf=2016-13                  | there is no month 13
			?from=0000                     | '0000' is too early
			chronology?kind=NOPE           | 'NOPE'
			chronology?entry=event-99999999 | no event or enforcement action
			coalitions/999999              | There is no coalition 999999
			country/XYZ                    | XYZ
			?alignment=999999              | There is no coalition 999999
			""")
	void a_bad_value_in_an_address_is_explained_inside_the_view(String address, String message) {
		open(address);

		assertThat(notices()).as(address).anySatisfy((notice) -> assertThat(notice).contains(message));
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as("the view is shown").isNotEmpty();
	}

	@Test
	void a_bad_passage_in_a_reader_address_is_explained_inside_the_view() {
		long document = this.jdbc.queryForObject("select min(id) from source_document", Long.class);
		open("sources/" + document + "?passage=99999999");

		assertThat(notices()).anySatisfy((notice) -> assertThat(notice).contains("99999999"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Japan", "japan", "JPN", "Tokyo", "Japa" })
	void typing_a_name_code_or_alias_in_the_country_field_and_pressing_enter_chooses_the_best_match(String typed) {
		open("");
		// the filters fold away on the first screen while none is set
		test($(Button.class).withText("Filters").single()).click();
		@SuppressWarnings("unchecked")
		ComboBox<ActorSummary> country = $(ComboBox.class).withCaption("Country").single();

		ComponentUtil.fireEvent(country, new ComboBox.CustomValueSetEvent<>(country, true, typed));

		assertThat(country.getValue()).as(typed).isNotNull();
		assertThat(country.getValue().iso3()).isEqualTo("JPN");
	}

	@ParameterizedTest
	@CsvSource({ "timeline, timeline?by=nonsense", "map, map?members=999999999",
			"compare, 'compare?countries=JPN,XXX'" })
	void the_timeline_map_and_comparison_fold_the_filter_bar_until_the_address_sets_a_filter(String path,
			String badOwnValue) {
		// nothing set: the first screen is for the charts, the bar waits behind its
		// button
		open(path);
		assertThat(filterBar().isVisible()).as("%s without a filter", path).isFalse();
		Button toggle = $(Button.class).withText("Filters").single();
		assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
		test(toggle).click();
		assertThat(filterBar().isVisible()).isTrue();
		assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

		// a filter in the address opens it, and the button counts it (a new view: the
		// dashboard in between)
		open("");
		open(path + "?country=JPN&role=imposer");
		assertThat(filterBar().isVisible()).as("%s with a country", path).isTrue();
		assertThat($(Button.class).withText("Filters (1)").all()).hasSize(1);

		// so does a value of the view's own that could not be used: its notice is in the
		// bar
		open("");
		open(badOwnValue);
		assertThat(filterBar().isVisible()).as(badOwnValue).isTrue();
	}

	/**
	 * The view's filter bar, shown or folded (a query for components finds shown ones
	 * only).
	 */
	private FilterBar filterBar() {
		return descendants(UI.getCurrent()).filter(FilterBar.class::isInstance)
			.map(FilterBar.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static java.util.stream.Stream<Component> descendants(Component component) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
				component.getChildren().flatMap(ViewAddressTests::descendants));
	}

	private void open(String location) {
		int query = location.indexOf('?');
		UI.getCurrent()
			.navigate((query < 0) ? location : location.substring(0, query),
					(query < 0) ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
	}

	private String text() {
		Component view = UI.getCurrent()
			.getInternals()
			.getActiveRouterTargetsChain()
			.get(0)
			.getElement()
			.getComponent()
			.orElseThrow();
		return view.getElement().getTextRecursively();
	}

	private List<String> notices() {
		return $(Div.class).withClassName("address-notice")
			.all()
			.stream()
			.map((notice) -> notice.getElement().getTextRecursively())
			.toList();
	}

	private TextField asOfField() {
		return $(TextField.class).withCaption("As of").single();
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

}
