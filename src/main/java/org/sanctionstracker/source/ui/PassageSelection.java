package org.sanctionstracker.source.ui;

import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableBiConsumer;

/**
 * Tells the server which passage a reader selects in a text whose pieces carry their
 * offset in the document's stored text ({@code data-s}, as {@link DocumentText} writes
 * them): the browser maps the selection's ends to stored offsets and fires
 * {@code sct-passage} with them ({@code -1} when nothing is selected). A piece's text is
 * the stored text from its offset on, so a character's offset is its piece's plus its
 * place in the piece.
 */
final class PassageSelection {

	private static final String SCRIPT = """
			const root = this;
			if (root.__sctPassage) { return; }
			root.__sctPassage = true;
			const offset = (node, at, isEnd) => {
			  if (node.nodeType !== Node.TEXT_NODE) {
			    const child = node.childNodes[isEnd ? at - 1 : at];
			    if (!child) { return null; }
			    const piece = child.nodeType === Node.TEXT_NODE ? child.parentElement.closest('[data-s]')
			      : (child.closest('[data-s]') || (isEnd ? [...child.querySelectorAll('[data-s]')].pop() : child.querySelector('[data-s]')));
			    if (!piece || !root.contains(piece)) { return null; }
			    return Number(piece.dataset.s) + (isEnd ? piece.textContent.length : 0);
			  }
			  const piece = node.parentElement && node.parentElement.closest('[data-s]');
			  if (!piece || !root.contains(piece)) { return null; }
			  let before = 0;
			  const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
			  for (let text = walker.nextNode(); text && text !== node; text = walker.nextNode()) { before += text.length; }
			  return Number(piece.dataset.s) + before + at;
			};
			const report = () => {
			  const selection = window.getSelection();
			  let start = -1, end = -1;
			  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
			    const range = selection.getRangeAt(0);
			    if (root.contains(range.commonAncestorContainer)) {
			      const from = offset(range.startContainer, range.startOffset, false);
			      const to = offset(range.endContainer, range.endOffset, true);
			      if (from !== null && to !== null && to > from) { start = from; end = to; }
			    }
			  }
			  root.dispatchEvent(new CustomEvent('sct-passage', { detail: { start, end } }));
			};
			root.addEventListener('mouseup', () => setTimeout(report, 0));
			root.addEventListener('keyup', report);
			root.addEventListener('touchend', () => setTimeout(report, 50));
			""";

	private PassageSelection() {
	}

	/**
	 * Reports the passages selected inside an element.
	 * @param root the element holding the text pieces
	 * @param listener receives the start and end offsets in the stored text, or
	 * {@code -1, -1} when the selection is gone
	 */
	static void install(Element root, SerializableBiConsumer<Integer, Integer> listener) {
		DomListenerRegistration registration = root.addEventListener("sct-passage",
				(event) -> listener.accept((int) event.getEventData().get("event.detail.start").asDouble(),
						(int) event.getEventData().get("event.detail.end").asDouble()));
		registration.addEventData("event.detail.start").addEventData("event.detail.end");
		root.executeJs(SCRIPT);
		root.addAttachListener((event) -> root.executeJs(SCRIPT));
	}

}
