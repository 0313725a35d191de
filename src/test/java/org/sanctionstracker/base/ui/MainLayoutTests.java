package org.sanctionstracker.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame every view is shown in.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@ViewPackages(packages = "org.sanctionstracker")
class MainLayoutTests extends SpringBrowserlessTest {

	@Test
	void the_start_page_is_framed_by_the_app_name_and_a_drawer_listing_the_views() {
		navigate("", com.vaadin.flow.component.Component.class);

		assertThat($(H1.class).single().getText()).isEqualTo(MainLayout.APP_NAME);
		assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("Dashboard", "Timeline", "World map", "Compare", "Chronology", "Coalitions", "Sources");
		assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
			.containsExactly("", "timeline", "map", "compare", "chronology", "coalitions", "sources");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void an_editor_also_finds_the_editing_views_and_import_export_but_not_user_management() {
		navigate("", com.vaadin.flow.component.Component.class);

		assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("Dashboard", "Timeline", "World map", "Compare", "Chronology", "Coalitions",
					"Edit measures", "Edit actors", "Edit coalitions", "Edit enforcement", "Edit figures",
					"Edit sources", "Import / export", "Sources");
	}

	@Test
	void the_theme_toggle_switches_to_dark_and_back() {
		navigate("", com.vaadin.flow.component.Component.class);
		Button toggle = $(ThemeToggle.class).single();
		assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
		assertThat(toggle.getAriaLabel()).hasValue("Switch to dark theme");

		test(toggle).click();

		assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
		assertThat(toggle.getAriaLabel()).hasValue("Switch to light theme");

		test(toggle).click();

		assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
	}

	@Test
	void an_unexpected_error_shows_a_readable_notification_without_internals() {
		navigate("", com.vaadin.flow.component.Component.class);

		new ErrorHandling.NotifyingErrorHandler()
			.error(new ErrorEvent(new IllegalStateException("connection pool exhausted")));
		roundTrip();

		String shown = test($(Notification.class).single()).getText();
		assertThat(shown).startsWith("Something went wrong and the action was not completed")
			.containsPattern("reference [0-9a-f]{8}")
			.doesNotContain("connection pool");
	}

}
