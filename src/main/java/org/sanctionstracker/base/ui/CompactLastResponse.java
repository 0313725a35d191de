package org.sanctionstracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Halves the memory an open view keeps of its last answer. Vaadin keeps each UI's last
 * response (a JSON text) so that it can send it again when the browser repeats a request
 * whose answer it lost. Java stores a text in one byte per character only when every
 * character fits in one byte; a single quotation mark or dash of typography (“, —) makes
 * the whole text take two bytes per character, and a dashboard's first answer is a few
 * hundred thousand characters, mostly its charts' configurations.
 *
 * <p>
 * After each view request, the kept text is replaced by the same JSON with every
 * character beyond one byte written as a JSON escape ({@code \u2014}): it reads back to
 * the same answer, character for character, and takes one byte per character. Short
 * answers are left alone (they cost little either way). Decision 0023.
 */
@org.springframework.stereotype.Component
class CompactLastResponse implements VaadinServiceInitListener {

	/** Below this length (characters) the kept answer is left as it is. */
	static final int SHORTEST = 16 * 1024;

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addVaadinRequestInterceptor(new Interceptor());
	}

	/**
	 * The JSON text with every character above U+00FF written as a {@code \\uXXXX}
	 * escape. Such a character can only stand inside a JSON string (the syntax is ASCII),
	 * where the escape means the same character, so the text parses to the same value.
	 * @param json a JSON text
	 * @return the same text when it has no such character, otherwise the escaped text
	 */
	static String escapeWide(String json) {
		int first = firstWide(json);
		if (first < 0) {
			return json;
		}
		StringBuilder out = new StringBuilder(json.length() + 64);
		out.append(json, 0, first);
		for (int i = first; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c > 0xFF) {
				out.append("\\u")
					.append(Character.forDigit((c >> 12) & 0xF, 16))
					.append(Character.forDigit((c >> 8) & 0xF, 16))
					.append(Character.forDigit((c >> 4) & 0xF, 16))
					.append(Character.forDigit(c & 0xF, 16));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int firstWide(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0xFF) {
				return i;
			}
		}
		return -1;
	}

	private static final class Interceptor implements VaadinRequestInterceptor {

		@Override
		public void requestStart(VaadinRequest request, VaadinResponse response) {
			// nothing to do before the request
		}

		@Override
		public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
				Exception exception) {
			// the error handling is elsewhere (ErrorHandling)
		}

		@Override
		public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
			if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
				return;
			}
			session.lock();
			try {
				UI ui = session.getService().findUI(request);
				if (ui == null) {
					return;
				}
				String kept = ui.getInternals().getLastRequestResponse();
				if (kept != null && kept.length() >= SHORTEST) {
					ui.getInternals().setLastRequestResponse(escapeWide(kept));
				}
			}
			finally {
				session.unlock();
			}
		}

	}

}
