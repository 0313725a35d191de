package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The frame around every view: application name, navigation drawer and theme toggle. The
 * drawer lists every view annotated with {@code @Menu}, in their {@code order}, so a new
 * view appears in it without touching this class.
 */
@Layout
public final class MainLayout extends AppLayout {

	public static final String APP_NAME = "Sanctions Coalition Tracker";

	MainLayout() {
		setPrimarySection(Section.DRAWER);
		addToNavbar(new DrawerToggle(), pageTitle(), new ThemeToggle());
		addToDrawer(header(), new Scroller(navigation()));
	}

	private static H1 pageTitle() {
		H1 title = new H1(APP_NAME);
		title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
		return title;
	}

	private static HorizontalLayout header() {
		Icon logo = new Icon("vaadin", "scale");
		logo.addClassName(LumoUtility.TextColor.PRIMARY);
		Span name = new Span("Coalition Tracker");
		name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
		HorizontalLayout header = new HorizontalLayout(logo, name);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.addClassNames(LumoUtility.Padding.MEDIUM);
		return header;
	}

	private static SideNav navigation() {
		SideNav nav = new SideNav();
		nav.setLabel("Views");
		nav.addClassNames(LumoUtility.Margin.Horizontal.MEDIUM);
		MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
		return nav;
	}

	private static SideNavItem item(MenuEntry entry) {
		if (entry.icon() != null) {
			return new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
		}
		return new SideNavItem(entry.title(), entry.path());
	}

}
