package org.sanctionstracker.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.opentest4j.AssertionFailedError;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What end-to-end tests do with the application's forms, as a user does it.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * Logs in on the login view.
	 * @param page the page
	 * @param loginUrl the login view's address
	 * @param username the user name
	 * @param password the password
	 */
	static void logIn(Page page, String loginUrl, String username, String password) {
		page.navigate(loginUrl);
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		page.locator("vaadin-login-form vaadin-button").first().click();
		page.waitForURL((url) -> !url.contains("/login"));
	}

	/**
	 * Chooses an item of a combo box by typing part of it.
	 * @param page the page
	 * @param label the combo box's label
	 * @param typed what to type
	 * @param item the item to choose, as listed
	 */
	static void pick(Page page, String label, String typed, String item) {
		Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
		Locator choice = page.locator("vaadin-combo-box-item:visible")
			.getByText(item, new Locator.GetByTextOptions().setExact(true))
			.first();
		// A freshly started server can be slow to answer the first filter request; the
		// user would type again, and so does the test (twice at most).
		for (int attempt = 1;; attempt++) {
			input.click();
			input.fill("");
			input.fill(typed);
			try {
				choice.click(new Locator.ClickOptions().setTimeout(15_000));
				break;
			}
			catch (TimeoutError ex) {
				if (attempt == 3) {
					throw ex;
				}
				input.press("Escape");
			}
		}
		assertThat(input).hasValue(item);
	}

	/**
	 * Cites a web page in a form's evidence field, as a user does it: opens "Add a
	 * citation", the "Cite a web page" tab, types the address and adds it.
	 * @param page the page
	 * @param address the web address
	 */
	static void citeWebPage(Page page, String address) {
		open(page, "Add a citation");
		page.getByText("Cite a web page", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Web address", new Page.GetByLabelOptions().setExact(true)).fill(address);
		page.getByText("Cite this address", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("vaadin-grid-cell-content").getByText(address)).isVisible();
	}

	/**
	 * Opens a collapsed part of a form by its summary and waits until it is open. A click
	 * that did not open it (it happened once in CI at the start of a busy run: the
	 * summary was clicked and the part stayed closed for a minute) is repeated, as a user
	 * would, twice at most; each repetition leaves a screenshot,
	 * {@code details-retry-N.png}.
	 * @param page the page
	 * @param summary the summary's text
	 */
	static void open(Page page, String summary) {
		Locator text = page.getByText(summary, new Page.GetByTextOptions().setExact(true));
		Locator details = page.locator("vaadin-details", new Page.LocatorOptions().setHas(text));
		for (int attempt = 1;; attempt++) {
			text.click();
			try {
				assertThat(details).hasAttribute("opened", "",
						new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
				return;
			}
			catch (AssertionFailedError ex) {
				if (attempt == 3) {
					throw ex;
				}
				System.err.println("'" + summary + "' stayed closed after a click; clicking again");
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(RunningApp.screenshot("details-retry-" + attempt + ".png")));
			}
		}
	}

}
