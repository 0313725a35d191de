package org.sanctionstracker.source.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.Mark;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.ReadableText;
import org.sanctionstracker.source.ReadableText.Block;
import org.sanctionstracker.source.ReadableText.Run;

/**
 * A document's text as a reader expects it ({@link ReadableText}: headings, paragraphs,
 * lists, emphasis, no Markdown marks or escapes) with every cited passage marked, and one
 * passage (if chosen) emphasised. Passages are offsets into the stored text; each shown
 * character keeps its stored offset, so a passage is marked on exactly the characters it
 * covers. Text is always set as text, never as HTML; overlapping passages are marked
 * where any of them covers the text. A click (or Enter) on a mark reaches the
 * {@link #addPassageClickListener listeners} with the passages it belongs to.
 */
public class DocumentText extends Composite<Div> implements HasStyle {

	private final List<Mark> marks = new ArrayList<>();

	private final List<SerializableConsumer<Mark>> passageListeners = new ArrayList<>();

	private Mark chosen;

	/**
	 * The text with its passages.
	 * @param text the document's stored text
	 * @param passages the passages cited from it (offsets into {@code text})
	 * @param chosenId the passage to emphasise, or {@code null}
	 */
	public DocumentText(String text, List<EvidenceItem> passages, Long chosenId) {
		this(ReadableText.of(text), text.length(), passages, chosenId);
	}

	/**
	 * A passage with the text around it.
	 * @param readable the text, read as a whole or as a fragment
	 * @param length the length of its stored text
	 * @param passages the passages (offsets into the stored text)
	 * @param chosenId the passage to emphasise, or {@code null}
	 */
	DocumentText(ReadableText readable, int length, List<EvidenceItem> passages, Long chosenId) {
		List<EvidenceItem> located = passages.stream()
			.filter((passage) -> passage.startOffset() != null && passage.endOffset() != null
					&& passage.startOffset() >= 0 && passage.endOffset() <= length
					&& passage.startOffset() < passage.endOffset())
			.toList();
		TreeSet<Integer> cuts = new TreeSet<>();
		located.forEach((passage) -> {
			cuts.add(passage.startOffset());
			cuts.add(passage.endOffset());
		});
		Div container = getContent();
		UnorderedList list = null;
		for (Block block : readable.blocks()) {
			HasComponents target;
			switch (block.kind()) {
				case LIST_ITEM -> {
					if (list == null) {
						list = new UnorderedList();
						container.add(list);
					}
					ListItem item = new ListItem();
					list.add(item);
					target = item;
				}
				case HEADING -> target = heading(block.level());
				case QUOTE -> target = new Blockquote();
				case RULE -> target = null;
				default -> target = new Paragraph();
			}
			if (block.kind() != ReadableText.Kind.LIST_ITEM) {
				list = null;
				container.add((target != null) ? (Component) target : new Hr());
			}
			if (target == null) {
				continue;
			}
			for (Run run : block.runs()) {
				int from = run.start();
				for (int cut : cuts.subSet(run.start(), false, run.end(), false)) {
					target.add(segment(run, from, cut, located, chosenId));
					from = cut;
				}
				target.add(segment(run, from, run.end(), located, chosenId));
			}
		}
		container.getStyle().set("max-width", "72ch").set("line-height", "1.6");
		container.addClassName("document-text");
		container.getElement()
			.addEventListener("click",
					(event) -> event.getEventDataElement("event.target.closest('mark')")
						.flatMap((element) -> element.getComponent())
						.filter(Mark.class::isInstance)
						.ifPresent((mark) -> clicked((Mark) mark)))
			.addEventDataElement("event.target.closest('mark')")
			.setFilter("event.target.closest('mark') != null");
		container.getElement()
			.addEventListener("keydown",
					(event) -> event.getEventDataElement("event.target.closest('mark')")
						.flatMap((element) -> element.getComponent())
						.filter(Mark.class::isInstance)
						.ifPresent((mark) -> clicked((Mark) mark)))
			.addEventDataElement("event.target.closest('mark')")
			.setFilter("event.key === 'Enter' && event.target.closest('mark') != null");
	}

	private static HasComponents heading(int level) {
		HtmlContainer heading = switch (level) {
			case 1 -> new H4();
			case 2 -> new H5();
			default -> new H6();
		};
		heading.addClassNames((level <= 1) ? LumoUtility.FontSize.XLARGE : LumoUtility.FontSize.LARGE,
				LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.SMALL, LumoUtility.TextColor.HEADER);
		// the text's own capitals, not the theme's small-caps style for minor headings
		heading.getStyle().set("text-transform", "none").set("letter-spacing", "normal");
		return heading;
	}

	private Component segment(Run run, int from, int to, List<EvidenceItem> passages, Long chosenId) {
		String piece = run.text().substring(from - run.start(), to - run.start());
		List<EvidenceItem> covering = passages.stream()
			.filter((passage) -> passage.startOffset() <= from && passage.endOffset() >= to)
			.toList();
		HtmlContainer shown;
		if (covering.isEmpty()) {
			shown = new Span(piece);
		}
		else {
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
			mark.getElement().setAttribute("tabindex", "0");
			mark.getElement()
				.setAttribute("data-passages",
						String.join(" ", covering.stream().map((passage) -> String.valueOf(passage.id())).toList()));
			this.marks.add(mark);
			shown = mark;
		}
		// the piece's offset in the stored text, for selecting passages
		// (PassageSelection)
		shown.getElement().setAttribute("data-s", String.valueOf(from));
		if (run.strong()) {
			shown.addClassNames(LumoUtility.FontWeight.BOLD);
		}
		if (run.emphasis()) {
			shown.getStyle().set("font-style", "italic");
		}
		if (run.href() != null) {
			Anchor link = new Anchor(run.href(), shown);
			link.setTarget("_blank");
			link.getElement().setAttribute("rel", "noopener noreferrer");
			return link;
		}
		return shown;
	}

	/**
	 * Tells the listener which passage the reader selects, as offsets in the stored text
	 * ({@code -1, -1} when the selection is gone).
	 * @param listener receives the start and end offsets
	 */
	public void addPassageSelectListener(com.vaadin.flow.function.SerializableBiConsumer<Integer, Integer> listener) {
		PassageSelection.install(getContent().getElement(), listener);
	}

	private void clicked(Mark mark) {
		this.passageListeners.forEach((listener) -> listener.accept(mark));
	}

	/**
	 * Listens to clicks (and Enter) on marked passages.
	 * @param listener receives the mark; {@link #passages(Mark)} tells its passages
	 */
	public void addPassageClickListener(SerializableConsumer<Mark> listener) {
		this.passageListeners.add(listener);
	}

	/**
	 * The passages a mark belongs to.
	 * @param mark one of {@link #getMarks()}
	 * @return the evidence ids
	 */
	public static List<Long> passages(Mark mark) {
		String ids = mark.getElement().getAttribute("data-passages");
		return (ids == null || ids.isBlank()) ? List.of() : Arrays.stream(ids.split(" ")).map(Long::valueOf).toList();
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
	 * The whole text, as shown (blocks run together).
	 * @return the text
	 */
	public String getText() {
		return getContent().getElement().getTextRecursively();
	}

	/** A quoted paragraph. */
	@Tag("blockquote")
	private static final class Blockquote extends HtmlContainer {

		Blockquote() {
			addClassNames(LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_20, LumoUtility.Padding.Left.MEDIUM,
					LumoUtility.Margin.Horizontal.NONE);
		}

	}

}
