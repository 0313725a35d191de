package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinSession;

/**
 * Switches between Lumo's light and dark colour schemes. The choice is kept for the rest
 * of the session, so it survives navigation and reloads.
 */
final class ThemeToggle extends Button {

	private static final String SESSION_KEY = ThemeToggle.class.getName() + ".dark";

	ThemeToggle() {
		addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		addClickListener(event -> apply(event.getSource().getUI().orElseThrow(), !isDark()));
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		apply(attachEvent.getUI(), isDark());
	}

	private void apply(UI ui, boolean dark) {
		VaadinSession.getCurrent().setAttribute(SESSION_KEY, dark);
		ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
		setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
		String label = dark ? "Switch to light theme" : "Switch to dark theme";
		setAriaLabel(label);
		setTooltipText(label);
	}

	boolean isDark() {
		return Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(SESSION_KEY));
	}

}
