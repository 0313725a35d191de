package org.sanctionstracker.base;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The name recorded for whoever makes a change: the logged-in user, or {@value #SYSTEM}
 * for changes the application makes itself (loading the seed dataset), or the name a
 * change of the application's own gives itself for its transaction ({@link #actAs}, e.g.
 * {@value #SEED_CORRECTION}).
 */
public final class CurrentUser {

	/** Recorded for changes made without a logged-in user. */
	public static final String SYSTEM = "system";

	/**
	 * Recorded for a load of the seed dataset that corrected or withdrew records shipped
	 * before ({@code docs/decisions/0018-seed-corrections.md}).
	 */
	public static final String SEED_CORRECTION = "system (seed correction)";

	private static final Object ACTING = CurrentUser.class.getName() + ".acting";

	private CurrentUser() {
	}

	/**
	 * The current user's name.
	 * @return the user name, or {@value #SYSTEM}
	 */
	public static String name() {
		if (TransactionSynchronizationManager.getResource(ACTING) instanceof String acting) {
			return acting;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || authentication.getName() == null) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	/**
	 * Records the rest of the current transaction's changes, and its history revision
	 * (one per transaction), under a name of the application's own; without a
	 * transaction, nothing happens.
	 * @param name the name, e.g. {@value #SEED_CORRECTION}
	 */
	public static void actAs(String name) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.hasResource(ACTING)) {
			TransactionSynchronizationManager.unbindResource(ACTING);
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ACTING);
				}

			});
		}
		TransactionSynchronizationManager.bindResource(ACTING, name);
	}

}
