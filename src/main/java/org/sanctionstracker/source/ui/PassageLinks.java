package org.sanctionstracker.source.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.PassagePick;
import org.sanctionstracker.source.SourceDocumentService;

/**
 * "New … from this passage": the addresses that open a form with a passage chosen in the
 * reader or the coverage view ({@code ?doc=…&start=…&end=…}, {@link PassagePick}), and
 * what the forms' views read from them: the citation to start with, found by the one
 * quote locator ({@link SourceDocumentService#citation}). A lifecycle step or a
 * membership needs its measure or coalition first: its address goes to the list, which
 * carries the passage and {@code new=step} or {@code new=member} to the record chosen.
 */
public final class PassageLinks {

	/** The parameter saying which part to add to the chosen record. */
	public static final String NEW = "new";

	/** What can be recorded from a passage, and the address of its form. */
	public enum Target {

		MEASURE("New measure", "manage/measures/new", null), STEP("New lifecycle step", "manage/measures", "step"),
		ENFORCEMENT_ACTION("New enforcement action", "manage/enforcement/new", null),
		FIGURE("New figure", "manage/figures/new", null),
		MEMBERSHIP("New coalition membership", "manage/coalitions", "member");

		private final String label;

		private final String route;

		private final String part;

		Target(String label, String route, String part) {
			this.label = label;
			this.route = route;
			this.part = part;
		}

		public String label() {
			return this.label;
		}

		/**
		 * The address of the form, with the passage.
		 * @param passage the passage
		 * @return the address, relative to the application's root
		 */
		public String href(PassagePick passage) {
			return this.route + "?" + passage.query() + ((this.part != null) ? "&" + NEW + "=" + this.part : "");
		}

	}

	private PassageLinks() {
	}

	/**
	 * The passage an address carries.
	 * @param event the navigation
	 * @return the passage, if the address names one
	 */
	public static Optional<PassagePick> passage(BeforeEnterEvent event) {
		return PassagePick.from(event.getLocation().getQueryParameters().getParameters());
	}

	/**
	 * The citation a form opened from a passage starts with.
	 * @param event the navigation
	 * @param documents the documents
	 * @return the citation, if the address names a passage of a stored document
	 */
	public static Optional<EvidenceDraft> citation(BeforeEnterEvent event, SourceDocumentService documents) {
		Optional<EvidenceDraft> cited = passage(event).flatMap(documents::citation);
		if (cited.isEmpty() && PassagePick.PARAMETERS.stream()
			.anyMatch(event.getLocation().getQueryParameters().getParameters()::containsKey)) {
			Notices.warn("The passage this address names could not be cited: its document or that part of its"
					+ " text is not there (any more). The form opens without it; select the passage again in the"
					+ " reader or the coverage view.");
		}
		return cited;
	}

	/**
	 * Whether the address asks to add a part (a lifecycle step, a membership) to the
	 * record it opens.
	 * @param event the navigation
	 * @param part {@code step} or {@code member}
	 * @return whether it does
	 */
	public static boolean adds(BeforeEnterEvent event, String part) {
		return event.getLocation().getQueryParameters().getSingleParameter(NEW).filter(part::equals).isPresent();
	}

	/**
	 * The parameters a list passes on to the record chosen, so that its form opens with
	 * the passage.
	 * @param event the navigation to the list
	 * @return the passage and part parameters, or none
	 */
	public static QueryParameters carried(BeforeEnterEvent event) {
		QueryParameters asked = event.getLocation().getQueryParameters();
		if (passage(event).isEmpty()) {
			return QueryParameters.empty();
		}
		java.util.Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
		for (String name : List.of("doc", "start", "end", NEW)) {
			List<String> values = asked.getParameters().get(name);
			if (values != null) {
				kept.put(name, values);
			}
		}
		return new QueryParameters(kept);
	}

	/**
	 * The line a list shows while a passage waits for the record it belongs to.
	 * @param what e.g. "the measure the new lifecycle step belongs to"
	 * @return the hint
	 */
	public static Paragraph choose(String what) {
		Paragraph hint = new Paragraph("Choose " + what + "; its form opens with the passage you selected cited.");
		hint.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.SMALL,
				LumoUtility.BorderRadius.MEDIUM);
		hint.addClassName("passage-hint");
		return hint;
	}

}
