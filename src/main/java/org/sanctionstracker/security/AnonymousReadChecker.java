package org.sanctionstracker.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.sanctionstracker.security.ui.LoginView;

/**
 * Denies every view but the login view to visitors who have not logged in, when anonymous
 * reading is switched off ({@code tracker.security.anonymous-read=false}). Otherwise it
 * leaves the decision to the views' annotations.
 */
final class AnonymousReadChecker implements NavigationAccessChecker {

	private final boolean anonymousRead;

	AnonymousReadChecker(boolean anonymousRead) {
		this.anonymousRead = anonymousRead;
	}

	@Override
	public AccessCheckResult check(NavigationContext context) {
		if (this.anonymousRead || context.getPrincipal() != null || context.isErrorHandling()
				|| LoginView.class.equals(context.getNavigationTarget())) {
			return context.neutral();
		}
		return context.deny("Anonymous reading is switched off: log in to read");
	}

}
