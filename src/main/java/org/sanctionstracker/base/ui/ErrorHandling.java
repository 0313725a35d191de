package org.sanctionstracker.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one place an error in the UI ends up. A refusal the user can act on (no permission,
 * a record changed meanwhile, …; see {@link DataErrors}) is shown in plain words;
 * anything else is logged with a reference, and the user sees a plain message with that
 * reference instead of a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingErrorHandler()));
	}

	static String userMessage(String reference) {
		return "Something went wrong and the action was not completed. If it happens again, " + "report reference "
				+ reference + ".";
	}

	private static DataErrors.Problem explained(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			DataErrors.Problem problem = DataErrors.explain(cause);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	static final class NotifyingErrorHandler implements ErrorHandler {

		@Override
		public void error(ErrorEvent event) {
			DataErrors.Problem problem = explained(event.getThrowable());
			if (problem != null) {
				log.info("Refused in the UI: {}", problem.message());
				UI ui = UI.getCurrent();
				if (ui != null) {
					ui.access(() -> Notification.show(problem.message(), 8000, Notification.Position.TOP_CENTER)
						.addThemeVariants(NotificationVariant.LUMO_ERROR));
				}
				return;
			}
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Unexpected error in the UI (reference {})", reference, event.getThrowable());
			UI ui = UI.getCurrent();
			if (ui != null) {
				ui.access(() -> {
					Notification notification = Notification.show(userMessage(reference), 8000,
							Notification.Position.TOP_CENTER);
					notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
				});
			}
		}

	}

}
