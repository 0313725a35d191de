package org.sanctionstracker.base.ui;

import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings shared by every view: the Lumo theme, light by default (users
 * switch with the toggle in the navigation bar), the application's few layout rules
 * ({@code META-INF/resources/styles.css}), server push so that long tasks (imports) show
 * their progress, and the icon browsers show in the tab ({@code META-INF/resources}:
 * {@code icons/favicon.svg}, and {@code favicon.ico} for browsers without SVG icons and
 * for pages that are not the application's, such as the API's JSON, where browsers ask
 * for {@code /favicon.ico}).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT)
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		// relative to the page's base, so the icons are found under any context path
		settings.addFavIcon("icon", "favicon.ico", "32x32");
		settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
	}

}
