package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings shared by every view: the Lumo theme, light by default (users
 * switch with the toggle in the navigation bar), the application's few layout rules
 * ({@code META-INF/resources/styles.css}), and server push so that long tasks (imports)
 * show their progress.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT)
public class AppShell implements AppShellConfigurator {

}
