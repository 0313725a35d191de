package org.sanctionstracker.base.ui;

import jakarta.validation.constraints.NotBlank;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

/**
 * The binder every form uses: Bean Validation drives the field messages, and every field
 * whose property must be given is marked as required. Vaadin's default marks
 * {@code @NotNull}, {@code @NotEmpty} and {@code @Size(min > 0)} properties but not
 * {@code @NotBlank} ones (names, titles, descriptions), which are the most common here.
 */
public final class Binders {

	/** Marks {@code @NotBlank} properties as required too. */
	static final RequiredFieldConfigurator REQUIRED = RequiredFieldConfigurator.DEFAULT
		.chain((annotation, binding) -> annotation.annotationType().equals(NotBlank.class));

	private Binders() {
	}

	/**
	 * A buffered binder for a form's draft.
	 * @param <T> the draft type
	 * @param type the draft class
	 * @return the binder
	 */
	public static <T> BeanValidationBinder<T> of(Class<T> type) {
		BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
		binder.setRequiredConfigurator(REQUIRED);
		return binder;
	}

}
