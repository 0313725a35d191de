package org.sanctionstracker.source.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.PassageInContext;
import org.sanctionstracker.source.ReadableText;

/**
 * A cited passage highlighted in the text around it, shown as the document reader shows
 * it (no Markdown marks or escapes), with a link that opens the whole document at that
 * passage.
 */
public class PassageText extends Composite<Div> {

	private final DocumentText text;

	public PassageText(PassageInContext passage) {
		String window = passage.before() + passage.quote() + passage.after();
		int start = passage.before().length();
		EvidenceItem quote = new EvidenceItem(passage.evidenceId(), passage.documentId(), passage.documentTitle(),
				passage.quote(), start, start + passage.quote().length(), null);
		this.text = new DocumentText(ReadableText.ofFragment(window), window.length(), List.of(quote),
				passage.evidenceId());
		// not the document reader's text: a passage and the words around it
		this.text.removeClassName("document-text");
		this.text.addClassNames("passage-text", LumoUtility.Margin.Vertical.XSMALL);
		Anchor open = new Anchor(readerHref(passage.documentId(), passage.evidenceId()),
				"Open “" + passage.documentTitle() + "” at this passage");
		open.addClassNames(LumoUtility.FontSize.SMALL);
		Div box = getContent();
		box.add(this.text, open);
		box.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_20,
				LumoUtility.Margin.Vertical.SMALL);
		box.addClassName("passage-in-context");
	}

	/**
	 * The highlighted quote (its first part, when markup splits it).
	 * @return the mark
	 */
	public Mark getQuote() {
		return this.text.getChosen();
	}

	/**
	 * The quote as shown, all its highlighted parts together.
	 * @return the text
	 */
	public String getQuoteText() {
		return String.join("", this.text.getMarks().stream().map(Mark::getText).toList());
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
