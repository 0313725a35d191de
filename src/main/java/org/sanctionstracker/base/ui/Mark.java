package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/**
 * A {@code <mark>} element: text highlighted because it is relevant, such as a quoted
 * passage in its document. Its text is set as text, never as HTML.
 */
@Tag("mark")
public class Mark extends HtmlContainer {

	public Mark(String text) {
		setText(text);
	}

}
