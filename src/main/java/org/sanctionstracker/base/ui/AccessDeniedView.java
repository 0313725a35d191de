package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, inside the layout with its navigation and with HTTP status 403, when a logged-in
 * user opens a view their role does not allow (a viewer at {@code manage/…}, an editor at
 * {@code manage/users}), also when the role was taken away while they were logged in.
 * Visitors who have not logged in are sent to the login view instead. The views are no
 * secret (the menu and README list them), so the page says that access is the reason.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout
		implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

	private final AuthenticationContext authentication;

	AccessDeniedView(AuthenticationContext authentication) {
		this.authentication = authentication;
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		String who = this.authentication.getPrincipalName()
			.map((name) -> "The account " + name + " does not")
			.orElse("You do not");
		NavigationErrors.show(this, "No access to this page",
				who + " have the role that " + NavigationErrors.address(event) + " needs. Entering and changing data "
						+ "needs an editor, managing users an administrator; an administrator can change your role.");
		return HttpServletResponse.SC_FORBIDDEN;
	}

	@Override
	public String getPageTitle() {
		return "No access · " + MainLayout.APP_NAME;
	}

}
