package org.sanctionstracker.base.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;

/**
 * How the editing views tell users what happened: a short confirmation after a save, and
 * for a refused action the reason (next to each field it concerns, and in a notification
 * that offers "Reload" when the record changed meanwhile).
 */
public final class Notices {

	private Notices() {
	}

	/**
	 * Confirms a save or delete.
	 * @param message e.g. "Measure saved"
	 */
	public static void done(String message) {
		Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	/**
	 * Tells that part of what was asked could not be used, and what happens instead.
	 * @param message the plain words
	 */
	public static void warn(String message) {
		Notification notification = new Notification(new Span(message));
		notification.setDuration(10_000);
		notification.setPosition(Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
		notification.open();
	}

	/**
	 * Shows why a service refused an action; rethrows what is not a user's problem, for
	 * the error handler.
	 * @param failure what the service threw
	 * @param binder the form's binder, to mark the fields concerned, or {@code null}
	 * @param reload what "Reload" does, or {@code null}
	 */
	public static void refused(RuntimeException failure, Binder<?> binder, Runnable reload) {
		DataErrors.Problem problem = DataErrors.explain(failure);
		if (problem == null) {
			throw failure;
		}
		if (binder != null) {
			mark(binder, problem.fields());
		}
		Notification notification = new Notification();
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setPosition(Notification.Position.TOP_CENTER);
		Span text = new Span(problem.message());
		text.setId("refusal-message");
		HorizontalLayout content = new HorizontalLayout(VaadinIcon.WARNING.create(), text);
		content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		content.setWidth("min(44em, 86vw)");
		content.setFlexGrow(1, text);
		if (problem.reload() && reload != null) {
			Button reloadButton = new Button("Reload", (event) -> {
				notification.close();
				reload.run();
			});
			reloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			content.add(reloadButton);
		}
		Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), (event) -> notification.close());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		close.setAriaLabel("Close");
		content.add(close);
		notification.add(content);
		notification.setDuration(problem.reload() ? 0 : 10_000);
		notification.open();
	}

	/**
	 * Marks each field a reason names as invalid, with the reason as its message.
	 * @param binder the form's binder
	 * @param reasons reason per draft property
	 */
	public static void mark(Binder<?> binder, Map<String, String> reasons) {
		reasons.forEach((property, reason) -> binder.getBinding(property).ifPresent((binding) -> {
			if (binding.getField() instanceof HasValidation field) {
				field.setErrorMessage(reason);
				field.setInvalid(true);
			}
		}));
	}

}
