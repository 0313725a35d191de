package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * The events a form fires; the view that shows the form listens and calls the service.
 */
public final class FormEvents {

	private FormEvents() {
	}

	/**
	 * The user asked to save and the form's own checks passed.
	 *
	 * @param <C> the form
	 * @param <T> what it edits
	 */
	public static class SaveEvent<C extends Component, T> extends ComponentEvent<C> {

		private final T draft;

		public SaveEvent(C source, T draft) {
			super(source, false);
			this.draft = draft;
		}

		/**
		 * What the form holds, written into a fresh copy (never a live entity).
		 * @return the draft
		 */
		public T getDraft() {
			return this.draft;
		}

	}

	/**
	 * The user asked to leave without saving.
	 *
	 * @param <C> the form
	 */
	public static class CancelEvent<C extends Component> extends ComponentEvent<C> {

		public CancelEvent(C source) {
			super(source, false);
		}

	}

}
