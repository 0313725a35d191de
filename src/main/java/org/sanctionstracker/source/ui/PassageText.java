package org.sanctionstracker.source.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.PassageInContext;

/**
 * A cited passage highlighted in the text around it, with a link that opens the whole
 * document at that passage.
 */
public class PassageText extends Composite<Div> {

	private final Mark quote;

	public PassageText(PassageInContext passage) {
		Span before = new Span(passage.before());
		this.quote = new Mark(passage.quote());
		Styles.emphasised(this.quote);
		Span after = new Span(passage.after());
		Paragraph text = new Paragraph(before, this.quote, after);
		text.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
		text.getStyle().set("white-space", "pre-wrap");
		Anchor open = new Anchor(readerHref(passage.documentId(), passage.evidenceId()),
				"Open “" + passage.documentTitle() + "” at this passage");
		open.addClassNames(LumoUtility.FontSize.SMALL);
		Div box = getContent();
		box.add(text, open);
		box.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_20,
				LumoUtility.Margin.Vertical.SMALL);
		box.addClassName("passage-in-context");
	}

	/**
	 * The highlighted quote.
	 * @return the mark
	 */
	public Mark getQuote() {
		return this.quote;
	}

	/**
	 * The document reader's address for a passage.
	 * @param documentId the document
	 * @param evidenceId the passage
	 * @return e.g. {@code sources/2?passage=17}
	 */
	public static String readerHref(Long documentId, Long evidenceId) {
		return "sources/" + documentId + "?passage=" + evidenceId;
	}

	/** How cited passages look, in the light and the dark theme. */
	static final class Styles {

		private Styles() {
		}

		/** Any cited passage: a soft yellow behind the text, which keeps its colour. */
		static void cited(Mark mark) {
			mark.getStyle()
				.set("background-color", "rgba(240, 228, 66, 0.40)")
				.set("color", "inherit")
				.set("border-radius", "2px");
		}

		/** The passage asked for: strong orange with dark text and an outline. */
		static void emphasised(Mark mark) {
			mark.getStyle()
				.set("background-color", "#E69F00")
				.set("color", "#1a1a1a")
				.set("outline", "2px solid #D55E00")
				.set("border-radius", "2px");
			mark.addClassName("chosen-passage");
		}

	}

}
