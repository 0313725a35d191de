package org.sanctionstracker.tmp;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

class LookTests {

	static final String BASE = "http://localhost:8082/";

	@Test
	void look() {
		try (Playwright pw = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = pw.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu")));
			Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
			page.navigate(BASE + "manage/measures");
			page.waitForSelector("vaadin-login-form");
			page.waitForTimeout(1000);
			shot(page, "01-login.png");
			page.fill("input[name=username]", "admin");
			page.fill("input[name=password]", "wrong-password");
			page.click("vaadin-button[slot=submit], vaadin-login-form vaadin-button");
			page.waitForTimeout(2500);
			shot(page, "02-login-error.png");
			page.fill("input[name=username]", "admin");
			page.fill("input[name=password]", "forms-admin-pass-1");
			page.click("vaadin-login-form vaadin-button");
			page.waitForTimeout(4000);
			shot(page, "03-measures.png");
			page.navigate(BASE + "manage/measures/new");
			page.waitForTimeout(3000);
			shot(page, "04-new-measure.png");
			page.click("text=Save");
			page.waitForTimeout(1500);
			shot(page, "05-new-measure-errors.png");
			page.navigate(BASE + "manage/measures");
			page.waitForTimeout(3000);
			page.click("text=Ban on North Korean ships entering Japanese ports");
			page.waitForTimeout(3000);
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/06-edit-measure.png"))
				.setFullPage(true));
			page.navigate(BASE + "manage/users");
			page.waitForTimeout(3000);
			shot(page, "07-users.png");
			page.navigate(BASE + "manage/coalitions");
			page.waitForTimeout(2500);
			page.click("text=Proliferation Security Initiative");
			page.waitForTimeout(3000);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/08-coalition.png")).setFullPage(true));
			page.navigate(BASE + "sources");
			page.waitForTimeout(3000);
			shot(page, "09-sources.png");
		}
	}

	static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/" + name)));
	}

}
