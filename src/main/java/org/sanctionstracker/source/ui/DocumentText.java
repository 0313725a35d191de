package org.sanctionstracker.source.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.EvidenceItem;

/**
 * A document's whole text with every cited passage marked, and one passage (if chosen)
 * emphasised. The text is split at every passage boundary into plain spans and
 * {@code <mark>} elements, each set as text (never as HTML); overlapping passages are
 * marked where any of them covers the text.
 */
public class DocumentText extends Composite<Div> {

	private final List<Mark> marks = new ArrayList<>();

	private Mark chosen;

	/**
	 * The text with its passages.
	 * @param text the document's text
	 * @param passages the passages cited from it (offsets into {@code text})
	 * @param chosenId the passage to emphasise, or {@code null}
	 */
	public DocumentText(String text, List<EvidenceItem> passages, Long chosenId) {
		List<EvidenceItem> located = passages.stream()
			.filter((passage) -> passage.startOffset() != null && passage.endOffset() != null
					&& passage.startOffset() >= 0 && passage.endOffset() <= text.length()
					&& passage.startOffset() < passage.endOffset())
			.toList();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		located.forEach((passage) -> {
			cuts.add(passage.startOffset());
			cuts.add(passage.endOffset());
		});
		Div container = getContent();
		Integer from = null;
		for (int to : cuts) {
			if (from != null && to > from) {
				container.add(segment(text.substring(from, to), from, to, located, chosenId));
			}
			from = to;
		}
		container.getStyle().set("white-space", "pre-wrap").set("max-width", "72ch").set("line-height", "1.6");
		container.addClassName("document-text");
	}

	private Component segment(String piece, int from, int to, List<EvidenceItem> passages, Long chosenId) {
		List<EvidenceItem> covering = passages.stream()
			.filter((passage) -> passage.startOffset() <= from && passage.endOffset() >= to)
			.toList();
		if (covering.isEmpty()) {
			return new Span(piece);
		}
		Mark mark = new Mark(piece);
		boolean isChosen = covering.stream().anyMatch((passage) -> passage.id().equals(chosenId));
		if (isChosen) {
			PassageText.Styles.emphasised(mark);
			if (this.chosen == null) {
				this.chosen = mark;
				mark.setId("passage-" + chosenId);
			}
		}
		else {
			PassageText.Styles.cited(mark);
		}
		mark.getElement()
			.setAttribute("title", (covering.size() == 1) ? "Cited passage" : covering.size() + " cited passages");
		mark.getElement()
			.setAttribute("data-passages",
					String.join(" ", covering.stream().map((passage) -> String.valueOf(passage.id())).toList()));
		this.marks.add(mark);
		return mark;
	}

	/**
	 * The marked segments, in text order.
	 * @return the marks
	 */
	public List<Mark> getMarks() {
		return this.marks;
	}

	/**
	 * The first segment of the chosen passage.
	 * @return the mark, or {@code null} when no passage was chosen or it is not in this
	 * document
	 */
	public Mark getChosen() {
		return this.chosen;
	}

	/**
	 * The whole text, as shown.
	 * @return the text
	 */
	public String getText() {
		return getContent().getElement().getTextRecursively();
	}

}
