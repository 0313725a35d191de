package org.sanctionstracker.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.security.TrackerSecurityProperties;

/**
 * The login page. The form posts to Spring Security's login endpoint; a failed attempt
 * comes back with {@code ?error}. The message does not say whether the user name exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Sanctions Coalition Tracker")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final LoginForm login = new LoginForm();

	private final AuthenticationContext authentication;

	LoginView(AuthenticationContext authentication, TrackerSecurityProperties properties) {
		this.authentication = authentication;
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Log in");
		i18n.getForm().setUsername("User name");
		i18n.getErrorMessage().setTitle("Could not log in");
		i18n.getErrorMessage()
			.setMessage("The user name or password is wrong, or the account is disabled. After "
					+ properties.maxFailedLogins() + " wrong passwords in a row from one address, logging in as that "
					+ "user from there is refused for " + properties.lockDuration().toMinutes() + " minutes.");
		this.login.setI18n(i18n);
		this.login.setAction("login");
		this.login.setForgotPasswordButtonVisible(false);

		H1 title = new H1("Sanctions Coalition Tracker");
		title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.Bottom.NONE);
		Paragraph intro = new Paragraph("Editors and administrators log in to enter and change data.");
		intro.addClassName(LumoUtility.TextColor.SECONDARY);
		Anchor back = new Anchor("", "Back to the dashboard");

		add(title, intro, this.login, back);
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authentication.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		this.login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

}
