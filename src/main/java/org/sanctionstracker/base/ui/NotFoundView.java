package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that is no view, inside the layout with its navigation, with HTTP
 * status 404 (replaces Vaadin's bare "Could not navigate to …" page).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		NavigationErrors.show(this, "Page not found", "There is no page at " + NavigationErrors.address(event)
				+ ". It may have been mistyped or moved; choose a view in the menu.");
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return "Page not found · " + MainLayout.APP_NAME;
	}

}
