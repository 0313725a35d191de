package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The page an address that leads to no view shows, inside the layout with its navigation:
 * a heading, what happened in plain words, and a way on. Shared by {@link NotFoundView}
 * and {@link AccessDeniedView}.
 */
final class NavigationErrors {

	private NavigationErrors() {
	}

	static void show(VerticalLayout view, String heading, String explanation) {
		view.removeAll();
		H2 title = new H2(heading);
		title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Bottom.NONE);
		title.setId("navigation-error");
		Paragraph text = new Paragraph(explanation);
		text.addClassName(LumoUtility.TextColor.SECONDARY);
		view.add(title, text, new Anchor("", "Go to the dashboard"));
		view.setPadding(true);
	}

	/**
	 * The address the user asked for, as it reads in the address bar.
	 * @param event the navigation
	 * @return e.g. {@code /manage/users}
	 */
	static String address(BeforeEnterEvent event) {
		return "/" + event.getLocation().getPathWithQueryParameters();
	}

}
