package org.sanctionstracker.coalition.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.actor.ui.ActorPicker;
import org.sanctionstracker.base.ui.HistoryPanel;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.base.ui.RecordHeader;
import org.sanctionstracker.coalition.CoalitionDraft;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.coalition.MembershipDraft;
import org.sanctionstracker.coalition.MembershipRow;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.ui.PassageLinks;

/**
 * One coalition, for editors: its form, its memberships (add, change, remove), delete,
 * and its history. {@code manage/coalitions/new} starts a new coalition.
 */
@Route("manage/coalitions/:id")
@PageTitle("Coalition · Sanctions Coalition Tracker")
@RolesAllowed("EDITOR")
class CoalitionEditView extends VerticalLayout implements BeforeEnterObserver {

	private final CoalitionService coalitions;

	final RecordHeader header = new RecordHeader("Delete coalition", CoalitionEditView.class,
			CoalitionsManageView.class);

	final H2 heading = this.header.heading();

	final CoalitionForm form;

	final Button delete = this.header.delete();

	final Grid<MembershipRow> members = new Grid<>();

	final Button addMember = new Button("Add member", VaadinIcon.PLUS.create());

	final VerticalLayout membership = new VerticalLayout();

	final HistoryPanel history = new HistoryPanel();

	final Dialog memberDialog = new Dialog();

	final MembershipForm memberForm;

	private CoalitionDraft current;

	private final SourceDocumentService documents;

	CoalitionEditView(CoalitionService coalitions, ActorService actors, SourceDocumentService documents) {
		this.documents = documents;
		this.coalitions = coalitions;
		this.form = new CoalitionForm(documents);
		this.memberForm = new MembershipForm(actors, documents);
		this.form.addSaveListener((event) -> save(event.getDraft()));
		this.form.addCancelListener((event) -> this.header.toList());
		this.header.onDelete("Delete this coalition?",
				() -> "\u201C" + this.current.getName()
						+ "\u201D and its memberships will be deleted. The history keeps their last state.",
				() -> this.coalitions.delete(this.current.getId(), this.current.getVersion()), "Coalition deleted",
				this::reload);

		this.members.addColumn((row) -> ActorPicker.label(row.actor())).setHeader("Member").setFlexGrow(2);
		this.members.addColumn((row) -> row.basis().label()).setHeader("Basis").setAutoWidth(true).setFlexGrow(0);
		this.members.addColumn((row) -> row.joined().display()).setHeader("Joined").setAutoWidth(true).setFlexGrow(0);
		this.members.addColumn((row) -> row.left().display()).setHeader("Left").setAutoWidth(true).setFlexGrow(0);
		this.members.addColumn(MembershipRow::note).setHeader("Note").setFlexGrow(2);
		this.members.addComponentColumn((row) -> {
			Button edit = new Button(VaadinIcon.EDIT.create(), (click) -> editMember(row.id()));
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			edit.setAriaLabel("Edit membership");
			edit.setTooltipText("Edit membership");
			Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> removeMember(row));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel("Remove membership");
			remove.setTooltipText("Remove membership");
			return new HorizontalLayout(edit, remove);
		}).setAutoWidth(true).setFlexGrow(0);
		this.members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.members.setAllRowsVisible(true);
		this.addMember.addClickListener((click) -> {
			this.memberDialog.setHeaderTitle("New membership");
			this.memberForm.edit(MembershipDraft.of(this.current.getId()));
			this.memberDialog.open();
		});
		H3 title = new H3("Memberships");
		title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
		this.membership.setPadding(false);
		this.membership.add(title, this.members, this.addMember);

		this.memberForm.addSaveListener((event) -> saveMember(event.getDraft()));
		this.memberForm.addCancelListener((event) -> this.memberDialog.close());
		this.memberDialog.add(this.memberForm);
		this.memberDialog.setWidth("min(56em, 95vw)");

		add(this.header, this.form, this.membership, this.history);
		setMaxWidth("72em");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// "New coalition membership from this passage": the membership form starts with
		// it cited
		Optional<EvidenceDraft> passage = PassageLinks.citation(event, this.documents);
		this.header.draft(event, CoalitionDraft::new, this.coalitions::draft, "coalition").ifPresent((draft) -> {
			show(draft);
			if (!draft.isNew() && passage.isPresent() && PassageLinks.adds(event, "member")) {
				MembershipDraft member = MembershipDraft.of(draft.getId());
				member.getEvidence().add(passage.get());
				this.memberDialog.setHeaderTitle("New membership");
				this.memberForm.edit(member);
				this.memberDialog.open();
			}
		});
	}

	private void show(CoalitionDraft draft) {
		this.current = draft;
		this.form.edit(draft);
		boolean stored = !draft.isNew();
		this.header.show(stored ? draft.getName() : "New coalition", stored);
		this.membership.setVisible(stored);
		this.history.setVisible(stored);
		if (stored) {
			this.members.setItems(this.coalitions.memberships(draft.getId()));
			this.history.setChanges(this.coalitions.history(draft.getId()));
		}
	}

	private void reload() {
		if (this.current != null && !this.current.isNew()) {
			this.coalitions.draft(this.current.getId()).ifPresentOrElse(this::show, this.header::toList);
		}
	}

	private void save(CoalitionDraft draft) {
		this.header.save(() -> this.coalitions.save(draft).id(), draft.isNew(), "Coalition saved", this.form.binder,
				this::reload);
	}

	private void editMember(long id) {
		this.coalitions.membershipDraft(id).ifPresentOrElse((draft) -> {
			this.memberDialog.setHeaderTitle("Membership");
			this.memberForm.edit(draft);
			this.memberDialog.open();
		}, this::reload);
	}

	private void saveMember(MembershipDraft draft) {
		try {
			this.coalitions.saveMembership(draft);
			this.memberDialog.close();
			Notices.done("Membership saved");
			reload();
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, this.memberForm.binder, () -> {
				this.memberDialog.close();
				reload();
			});
		}
	}

	private void removeMember(MembershipRow row) {
		try {
			this.coalitions.deleteMembership(row.id(), row.version());
			Notices.done("Membership removed");
			reload();
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, this::reload);
		}
	}

}
