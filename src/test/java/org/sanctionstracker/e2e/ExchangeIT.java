package org.sanctionstracker.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import/export view in Chromium: a filtered export downloads only the rows of the
 * country asked for, and a file with a bad row is refused with the row, field and reason
 * on screen (nothing is imported, so the shared database is left as it was).
 */
@ExtendWith(RunningApp.Extension.class)
class ExchangeIT {

	@Test
	void a_csv_export_filtered_by_country_holds_only_that_countrys_events(RunningApp app) throws Exception {
		Page page = open(app, "exchange?country=JPN&role=imposer");
		Locator link = page.locator("#export-download");
		assertThat(link.getAttribute("href")).contains("api/v1/export/events.csv").contains("country=JPN");

		Download download = page.waitForDownload(link::click);
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("exchange-export.png")));

		List<List<String>> rows = parse(csv.substring(1));
		assertThat(csv.charAt(0)).as("byte order mark").isEqualTo('\uFEFF');
		assertThat(download.suggestedFilename()).startsWith("sanctions-tracker-events-").endsWith(".csv");
		List<String> header = rows.get(0);
		assertThat(header).startsWith("key", "measure", "measure_title", "imposer");
		assertThat(rows).hasSizeGreaterThan(5);
		int imposer = header.indexOf("imposer");
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> assertThat(row.get(imposer)).isEqualTo("JPN"));
	}

	@Test
	void a_file_with_a_bad_row_shows_row_field_and_reason_and_imports_nothing(RunningApp app) throws Exception {
		Page page = open(app, "exchange");
		Path file = Files.createTempDirectory("sct-import").resolve("actors.csv");
		Files.writeString(file, "key,name,kind,iso3,aliases,description,evidence\r\n"
				+ "e2e-good,E2E state,STATE,,,<b>not bold</b>,\r\n" + "e2e-bad,E2E planet,PLANET,,,,\r\n");

		page.locator("vaadin-upload input[type=file]").setInputFiles(file);
		Locator issues = page.locator("#import-issues");
		issues.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
		page.waitForFunction("() => document.querySelector('#import-issues').innerText.includes('PLANET')"
				+ " || [...document.querySelectorAll('#import-issues vaadin-grid-cell-content')]"
				+ ".some(c => c.textContent.includes('PLANET'))");
		page.screenshot(new Page.ScreenshotOptions().setPath(RunningApp.screenshot("exchange-import-error.png")));

		String cells = String.join(" | ", page.locator("#import-issues vaadin-grid-cell-content").allTextContents());
		assertThat(cells).contains("row 3").contains("e2e-bad").contains("kind").contains("'PLANET' is not one of");
		assertThat(page.locator("#import-summary").textContent()).contains("1 problem in");
		assertThat(page.getByText("Commit import").isDisabled()).isTrue();
		String preview = String.join(" | ", page.locator("#import-preview vaadin-grid-cell-content").allTextContents());
		assertThat(preview).contains("E2E state").doesNotContain("<b>");
	}

	private static Page open(RunningApp app, String path) {
		Page page = app.newPage(1280, 1000);
		page.navigate(app.url(path));
		// the view, or the login form it redirects to: whichever the client router
		// renders
		page.locator("#export-download, input[name=username]").first().waitFor();
		if (page.locator("input[name=username]").count() > 0) {
			page.locator("input[name=username]").fill(RunningApp.ADMIN_USER);
			page.locator("input[name=password]").fill(app.adminPassword());
			page.locator("input[name=password]").press("Enter");
			page.waitForURL((url) -> !url.contains("login"));
			page.navigate(app.url(path));
		}
		page.locator("#export-download").waitFor();
		return page;
	}

	/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
	private static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		return rows;
	}

}
