package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The frame around every view: application name, navigation drawer, theme toggle and the
 * logged-in user with a logout button (or a "Log in" button). The drawer lists every view
 * annotated with {@code @Menu} that the user may open, in their {@code order}, so a new
 * view appears in it without touching this class.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

	public static final String APP_NAME = "Sanctions Coalition Tracker";

	MainLayout(AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		addToNavbar(new DrawerToggle(), pageTitle(), new ThemeToggle(), account(authentication));
		addToDrawer(header(), new Scroller(navigation()));
	}

	private static Component account(AuthenticationContext authentication) {
		HorizontalLayout account = new HorizontalLayout();
		account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		account.addClassNames(LumoUtility.Padding.End.MEDIUM);
		account.setSpacing(false);
		account.getStyle().set("gap", "var(--lumo-space-s)");
		if (authentication.isAuthenticated()) {
			Span user = new Span(VaadinIcon.USER.create(), new Span(authentication.getPrincipalName().orElse("")));
			user.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL,
					LumoUtility.FontSize.SMALL);
			user.setId("current-user");
			Button logout = new Button("Log out", (event) -> authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			account.add(user, logout);
		}
		else {
			Button login = new Button("Log in", VaadinIcon.SIGN_IN.create(),
					(event) -> event.getSource().getUI().ifPresent((ui) -> ui.navigate("login")));
			login.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			account.add(login);
		}
		return account;
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
