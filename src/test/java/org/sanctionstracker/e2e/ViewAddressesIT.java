package org.sanctionstracker.e2e;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each view owns its address: however the chronology is reached (typed address, a country
 * page's link, a click on a dashboard bar), the address bar shows {@code /chronology}
 * with the filter, the drawer marks Chronology, and reloading or opening the copied
 * address in another browser shows the same view with the same filter.
 */
@ExtendWith(RunningApp.Extension.class)
class ViewAddressesIT {

	@Test
	void the_chronology_keeps_its_own_address_when_opened_directly(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.url("chronology"));
		awaitChronologyRows(page);

		assertThat(page).hasURL(Pattern.compile(".*/chronology(\\?.*)?$"));
		assertThat(currentDrawerItem(page)).isEqualTo("Chronology");

		page.reload();
		awaitChronologyRows(page);
		assertThat(page.locator("h2").first()).hasText("Chronology");
		assertThat(page).hasURL(Pattern.compile(".*/chronology(\\?.*)?$"));
	}

	@Test
	void a_country_pages_chronology_link_opens_the_chronology_at_its_own_address(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.url("country/JPN"));
		page.getByText("Chronology for Japan").click();
		awaitChronologyRows(page);

		assertThat(page).hasURL(Pattern.compile(".*/chronology\\?country=JPN$"));
		assertThat(currentDrawerItem(page)).isEqualTo("Chronology");
		assertThat(countryField(page)).hasValue("Japan (JPN)");

		Page copied = app.newPage();
		copied.navigate(page.url());
		awaitChronologyRows(copied);
		assertThat(copied.locator("h2").first()).hasText("Chronology");
		assertThat(countryField(copied)).hasValue("Japan (JPN)");
		assertThat(copied.url()).isEqualTo(page.url());
	}

	@Test
	void a_click_on_a_dashboard_bar_opens_the_chronology_whose_address_reproduces_it(RunningApp app) {
		Page page = app.newPage();
		page.navigate(app.baseUrl());
		ChartPixels.awaitCharts(page, 4);

		clickFirstBar(page, "Lifecycle events");
		awaitChronologyRows(page);

		assertThat(page)
			.hasURL(Pattern.compile(".*/chronology\\?country=[A-Z]{3}&role=imposer&from=\\d{4}&to=\\d{4}.*"));
		assertThat(currentDrawerItem(page)).isEqualTo("Chronology");
		String address = page.url();
		List<String> rows = page.locator("vaadin-grid-cell-content").allTextContents();

		page.reload();
		awaitChronologyRows(page);
		assertThat(page.url()).isEqualTo(address);
		assertThat(page.locator("h2").first()).hasText("Chronology");
		assertThat(page.getByLabel("Country's role").first()).containsText("As imposer");
		assertThat(page.locator("vaadin-grid-cell-content").allTextContents()).containsAll(rows.stream()
			.filter((text) -> text.matches("\\d{4}|[A-Z][a-z]{2} \\d{4}|\\d{1,2} [A-Z][a-z]{2} \\d{4}"))
			.toList());
	}

	/**
	 * The production bundle loads each route's web components with that route: a view
	 * added without rebuilding the committed bundle opened, as a first page, with its
	 * dialogs, text areas and progress bars as unknown elements (nothing happened on
	 * "Change reason" in the coverage view). Every address, opened as the first page of a
	 * document, must end with every Vaadin element defined.
	 */
	@Test
	@RunsLong
	void every_address_opened_directly_has_all_its_components(RunningApp app) {
		Page page = app.newPage(1280, 900);
		Forms.logIn(page, app.url("login"), RunningApp.ADMIN_USER, app.adminPassword());
		List<String> addresses = List.of("", "timeline", "map", "compare?countries=USA,JPN", "chronology", "coalitions",
				"sources", "sources/1/coverage", "country/JPN", "exchange", "manage/actors", "manage/actors/new",
				"manage/coalitions", "manage/coalitions/new", "manage/enforcement", "manage/enforcement/new",
				"manage/figures", "manage/figures/new", "manage/measures", "manage/measures/new", "manage/sources",
				"manage/sources/new", "manage/users");
		List<String> undefined = new java.util.ArrayList<>();
		for (String address : addresses) {
			page.navigate(app.url(address));
			page.locator("vaadin-app-layout").waitFor();
			page.waitForFunction("""
					() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
					  && Object.values(window.Vaadin.Flow.clients).every((c) => !c.isActive || !c.isActive())""");
			try {
				page.waitForFunction(
						"""
								() => [...document.querySelectorAll(':not(:defined)')]
								  .every((e) => !e.localName.startsWith('vaadin-') || e.localName === 'vaadin-grid-cell-content')""",
						null, new Page.WaitForFunctionOptions().setTimeout(10_000));
			}
			catch (com.microsoft.playwright.TimeoutError ex) {
				undefined.add("/" + address + ": " + page.evaluate(
						"""
								() => [...new Set([...document.querySelectorAll(':not(:defined)')]
								  .map((e) => e.localName).filter((n) => n.startsWith('vaadin-') && n !== 'vaadin-grid-cell-content'))].join(', ')"""));
			}
		}
		assertThat(undefined).as("addresses whose Vaadin components never loaded (rebuild the committed bundles)")
			.isEmpty();
	}

	private static void awaitChronologyRows(Page page) {
		page.locator("vaadin-grid[aria-label='Chronology of events and enforcement actions']").waitFor();
		page.waitForFunction(
				"() => { const g = document.querySelector("
						+ "\"vaadin-grid[aria-label='Chronology of events and enforcement actions']\");"
						+ " return g && !g.loading && g._flatSize > 0; }",
				null, new Page.WaitForFunctionOptions().setTimeout(60_000));
	}

	private static String currentDrawerItem(Page page) {
		Locator current = page.locator("vaadin-side-nav-item[current]");
		current.first().waitFor();
		return current.first().textContent().strip();
	}

	private static Locator countryField(Page page) {
		return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Country").setExact(true));
	}

	/** Clicks the first bar with a height in the chart whose title starts with a text. */
	private static void clickFirstBar(Page page, String titleStart) {
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) page.evaluate("""
				title => {
				  const element = [...document.querySelectorAll('sct-chart')]
				    .find(c => c.chart && String(c.chart.options.plugins.title.text).startsWith(title));
				  const chart = element.chart;
				  element.scrollIntoView({ block: 'center' });
				  for (let d = 0; d < chart.data.datasets.length; d++) {
				    const bars = chart.getDatasetMeta(d).data;
				    for (const bar of bars) {
				      if (Math.abs(bar.base - bar.y) > 4) {
				        const box = chart.canvas.getBoundingClientRect();
				        return [box.left + bar.x, box.top + (bar.y + bar.base) / 2];
				      }
				    }
				  }
				  return null;
				}""", titleStart);
		assertThat(point).as("a bar in " + titleStart).isNotNull();
		page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
	}

}
