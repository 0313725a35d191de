package org.sanctionstracker.chronology.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.sanctionstracker.actor.ui.ActorLink;
import org.sanctionstracker.chronology.ChronologyEntry;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventItem;
import org.sanctionstracker.measure.MeasureDetails;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureStatus;
import org.sanctionstracker.source.EvidenceItem;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.PassageText;

/**
 * The record behind a chronology row: what happened, who did it to whom, the measure's
 * whole lifecycle (for an event), and every passage the record cites, highlighted in the
 * text around it with a link to the document reader.
 */
class ChronologyDetail extends Composite<VerticalLayout> {

	static final int CONTEXT = 320;

	private final MeasureService measures;

	private final SourceDocumentService documents;

	private final Button close = new Button("Close", VaadinIcon.CLOSE_SMALL.create());

	ChronologyDetail(MeasureService measures, SourceDocumentService documents, Runnable onClose) {
		this.measures = measures;
		this.documents = documents;
		this.close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		this.close.addClickListener((event) -> onClose.run());
		VerticalLayout panel = getContent();
		panel.setPadding(true);
		panel.setSpacing(false);
		panel.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
				LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.BASE);
		panel.getElement().setAttribute("role", "region");
		panel.getElement().setAttribute("aria-label", "Selected record");
	}

	/**
	 * Shows a record.
	 * @param entry the record
	 * @param asOf the day its measure's status is told for
	 */
	void show(ChronologyEntry entry, AsOf asOf) {
		VerticalLayout panel = getContent();
		panel.removeAll();
		H3 title = new H3(entry.headline());
		title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
		HorizontalLayout header = new HorizontalLayout(title, this.close);
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);

		var kind = ChronologyView.kindBadge(entry);
		Span date = new Span(entry.date().display());
		date.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
		Div who = new Div(new Span((entry.record() == ChronologyEntry.Record.EVENT) ? "Imposed by " : "By "),
				new ActorLink(entry.actor()));
		if (entry.target() != null) {
			who.add(new Span(" on "), new ActorLink(entry.target()));
		}
		if (entry.targetDescription() != null && !entry.targetDescription().isBlank()) {
			who.add(new Span(((entry.target() != null) ? ", " : " on ") + entry.targetDescription()));
		}
		HorizontalLayout facts = new HorizontalLayout(kind, date, who);
		facts.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE);
		panel.add(header, facts);

		if (entry.record() == ChronologyEntry.Record.EVENT) {
			if (entry.type() != null) {
				panel.add(secondary("Measure type: " + entry.type().label()));
			}
		}
		else if (entry.measureTitle() != null) {
			panel.add(secondary("Enforces: " + entry.measureTitle()
					+ ((entry.type() != null) ? " (" + entry.type().label() + ")" : "")));
		}
		if (entry.record() == ChronologyEntry.Record.EVENT && entry.text() != null && !entry.text().isBlank()) {
			panel.add(new Paragraph(entry.text()));
		}
		if (entry.record() == ChronologyEntry.Record.EVENT && entry.measureId() != null) {
			this.measures.measure(entry.measureId(), asOf.day())
				.ifPresent((measure) -> panel.add(lifecycle(measure, entry.id(), asOf)));
		}
		panel.add(sources(entry.evidence()));
	}

	private Div lifecycle(MeasureDetails measure, Long selectedEventId, AsOf asOf) {
		H4 heading = new H4("Lifecycle of this measure");
		heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Bottom.XSMALL,
				LumoUtility.Margin.Top.MEDIUM);
		OrderedList steps = new OrderedList();
		steps.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
		for (EventItem event : measure.events()) {
			ListItem step = new ListItem(event.date().display() + " — " + event.kind().label()
					+ ((event.note() != null && !event.note().isBlank()) ? ": " + event.note() : ""));
			if (event.id().equals(selectedEventId)) {
				step.addClassNames(LumoUtility.FontWeight.BOLD);
				step.getElement().setAttribute("aria-current", "step");
			}
			steps.add(step);
		}
		Paragraph status = secondary(statusText(measure.status(), asOf));
		return new Div(heading, steps, status);
	}

	/** The status on the view's "as of" day, which is named (never "today"). */
	private static String statusText(MeasureStatus status, AsOf asOf) {
		String day = asOf.display() + (asOf.chosen() ? "" : ", the last day the data speaks of,");
		return switch (status) {
			case IN_FORCE -> "In force on " + day + " as far as its recorded steps tell.";
			case NOT_IN_FORCE -> "Not in force on " + day + " as far as its recorded steps tell.";
			case UNCERTAIN -> "Whether it was in force on " + day + " depends on a step dated only to a month or year.";
		};
	}

	private Div sources(List<EvidenceItem> evidence) {
		H4 heading = new H4((evidence.size() == 1) ? "Source passage" : "Source passages");
		heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Bottom.XSMALL,
				LumoUtility.Margin.Top.MEDIUM);
		Div box = new Div(heading);
		if (evidence.isEmpty()) {
			box.add(secondary("This record cites no source passage."));
		}
		for (EvidenceItem item : evidence) {
			if (item.documentId() != null) {
				Optional<org.sanctionstracker.source.PassageInContext> passage = this.documents.passage(item.id(),
						CONTEXT);
				passage.ifPresent((found) -> {
					Paragraph document = secondary(found.documentTitle());
					document.addClassNames(LumoUtility.Margin.Bottom.NONE);
					box.add(document, new PassageText(found));
				});
			}
			else if (item.url() != null) {
				Anchor link = new Anchor(item.url(), item.url());
				link.setTarget("_blank");
				link.getElement().setAttribute("rel", "noopener noreferrer");
				box.add(new Div(new Span("Cited by address: "), link));
			}
		}
		return box;
	}

	private static Paragraph secondary(String text) {
		Paragraph paragraph = new Paragraph(text);
		paragraph.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
				LumoUtility.Margin.Vertical.XSMALL);
		return paragraph;
	}

}
