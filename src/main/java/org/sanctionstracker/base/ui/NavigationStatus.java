package org.sanctionstracker.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives the page a browser loads the HTTP status of what it will show: 404 when the
 * address is no view ({@link NotFoundView}), 403 when the logged-in user may not open the
 * view ({@link AccessDeniedView}). Vaadin answers every address with its application page
 * (200) and navigates in a second request, so without this a mistyped or forbidden
 * address would look found to crawlers, monitors and scripts.
 */
@org.springframework.stereotype.Component
class NavigationStatus implements VaadinServiceInitListener {

	private final AccessAnnotationChecker access = new AccessAnnotationChecker();

	@Override
	public void serviceInit(ServiceInitEvent event) {
		RouteRegistry routes = event.getSource().getRouter().getRegistry();
		event.addIndexHtmlRequestListener((page) -> {
			int status = status(routes, page.getVaadinRequest());
			if (status != HttpServletResponse.SC_OK) {
				page.getVaadinResponse().setStatus(status);
			}
		});
	}

	private int status(RouteRegistry routes, VaadinRequest request) {
		String path = (request.getPathInfo() != null) ? request.getPathInfo().replaceFirst("^/", "") : "";
		Optional<Class<? extends Component>> view = routes.getNavigationTarget(path);
		if (view.isEmpty()) {
			return HttpServletResponse.SC_NOT_FOUND;
		}
		if (request.getUserPrincipal() != null && request instanceof VaadinServletRequest servlet
				&& !this.access.hasAccess(view.get(), servlet.getHttpServletRequest())) {
			return HttpServletResponse.SC_FORBIDDEN;
		}
		return HttpServletResponse.SC_OK;
	}

}
