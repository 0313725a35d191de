package org.sanctionstracker.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.base.ui.Binders;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.security.FailedLogins;
import org.sanctionstracker.security.NewUser;
import org.sanctionstracker.security.Passwords;
import org.sanctionstracker.security.Role;
import org.sanctionstracker.security.UserAccountService;
import org.sanctionstracker.security.UserSummary;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * User management for administrators: create accounts, set roles, reset passwords,
 * disable accounts and lift failed-login locks. The list says whether each account is
 * locked (for some addresses or all) and how many wrong passwords it got; removing one's
 * own administrator role asks first.
 */
@Route("manage/users")
@PageTitle("Users · Sanctions Coalition Tracker")
@Menu(order = 60, icon = "vaadin:users", title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	private final UserAccountService users;

	final Grid<UserSummary> grid = new Grid<>();

	final Button create = new Button("New user", VaadinIcon.PLUS.create());

	final Dialog createDialog = new Dialog();

	final TextField username = new TextField("User name");

	final PasswordField password = new PasswordField("Password");

	final ComboBox<Role> role = Pickers.of("Role", Role.class, Role::label);

	final Button saveUser = new Button("Create user");

	final BeanValidationBinder<NewUser> binder = Binders.of(NewUser.class);

	final Dialog passwordDialog = new Dialog();

	final PasswordField newPassword = new PasswordField("New password");

	final Button savePassword = new Button("Set password");

	final ConfirmDialog selfDemotion = new ConfirmDialog();

	private final List<Registration> confirmations = new ArrayList<>();

	private final AuthenticationContext authentication;

	private UserSummary passwordFor;

	UsersView(UserAccountService users, AuthenticationContext authentication) {
		this.users = users;
		this.authentication = authentication;
		H2 heading = new H2("Users");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Viewers read, editors also enter and change data, administrators also "
				+ "manage users. Passwords: " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters.");
		intro.addClassName(LumoUtility.TextColor.SECONDARY);

		this.grid.addColumn(UserSummary::username)
			.setHeader("User name")
			.setKey("username")
			.setSortable(true)
			.setAutoWidth(true)
			.setFrozen(true);
		this.grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
		this.grid.addColumn(UsersView::status).setHeader("Status").setAutoWidth(true);
		this.grid.addColumn(UsersView::failures).setHeader("Failed logins").setAutoWidth(true);
		this.grid.addColumn((u) -> MOMENT.format(u.createdAt())).setHeader("Created").setAutoWidth(true);
		this.grid.addComponentColumn(this::actions)
			.setHeader("")
			.setAutoWidth(true)
			.setFlexGrow(0)
			// the name and the buttons stay in sight when the columns between scroll
			.setFrozenToEnd(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setItems((query) -> {
			var asked = VaadinSpringDataHelpers.toSpringPageRequest(query);
			Sort sort = asked.getSort().isSorted() ? asked.getSort().and(Sort.by("id")) : Sort.by("username");
			return users.list(PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort)).stream();
		});
		this.grid.setSizeFull();

		this.username.setId("new-username");
		this.password.setId("new-password");
		this.binder.bind(this.username, "username");
		this.binder.bind(this.password, "password");
		this.binder.bind(this.role, "role");
		this.saveUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.saveUser.addClickListener((event) -> createUser());
		FormLayout createForm = new FormLayout(this.username, this.password, this.role);
		this.createDialog.setHeaderTitle("New user");
		this.createDialog.add(createForm);
		this.createDialog.getFooter().add(new Button("Cancel", (event) -> this.createDialog.close()), this.saveUser);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((event) -> {
			this.binder.readBean(new NewUser(null, null, Role.EDITOR));
			this.createDialog.open();
		});

		this.savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.savePassword.addClickListener((event) -> setPassword());
		this.newPassword.setRequiredIndicatorVisible(true);
		this.passwordDialog.add(this.newPassword);
		this.passwordDialog.getFooter()
			.add(new Button("Cancel", (event) -> this.passwordDialog.close()), this.savePassword);

		add(heading, intro, this.create, this.grid);
		setSizeFull();
	}

	/**
	 * Whether the account may log in now: disabled, locked out (for every client, or for
	 * some), or enabled.
	 */
	static String status(UserSummary user) {
		FailedLogins failed = user.failedLogins();
		if (!user.enabled()) {
			return "Disabled";
		}
		if (failed.everyClient()) {
			return "Locked until " + MOMENT.format(failed.lockedUntil());
		}
		if (failed.locked()) {
			return "Locked for " + failed.lockedClients() + ((failed.lockedClients() == 1) ? " address" : " addresses")
					+ " until " + MOMENT.format(failed.lockedUntil());
		}
		return "Enabled";
	}

	/** The wrong passwords in a row since the last successful login, and the last one. */
	static String failures(UserSummary user) {
		FailedLogins failed = user.failedLogins();
		if (failed.count() == 0) {
			return "";
		}
		return failed.count() + " (last " + MOMENT.format(failed.last()) + ")";
	}

	private ComboBox<Role> roleSelect(UserSummary user) {
		ComboBox<Role> select = Pickers.of(null, Role.class, Role::label);
		select.setValue(user.role());
		select.setAriaLabel("Role of " + user.username());
		select.addValueChangeListener((event) -> {
			if (!event.isFromClient() || event.getValue() == null) {
				return;
			}
			Role role = event.getValue();
			Supplier<Boolean> change = () -> apply(() -> this.users.changeRole(user.id(), user.version(), role),
					"Role of " + user.username() + " set to " + role.label());
			if (user.role() == Role.ADMIN && role != Role.ADMIN && this.users.isCurrentUser(user)) {
				confirmSelfDemotion(role, () -> {
					if (change.get()) {
						// no longer allowed here
						getUI().ifPresent((ui) -> ui.navigate(""));
					}
				}, () -> select.setValue(user.role()));
			}
			else {
				change.get();
			}
		});
		return select;
	}

	private void confirmSelfDemotion(Role role, Runnable confirmed, Runnable cancelled) {
		this.selfDemotion.setHeader("Remove your own administrator role?");
		this.selfDemotion.setText("You will be " + article(role) + " " + role.label().toLowerCase(Locale.ENGLISH)
				+ " from your next step on and can no longer manage users. Only another administrator can give "
				+ "you the role back.");
		this.selfDemotion.setCancelable(true);
		this.selfDemotion.setCancelText("Stay administrator");
		this.selfDemotion.setConfirmText("Make me " + article(role) + " " + role.label().toLowerCase(Locale.ENGLISH));
		this.selfDemotion.setConfirmButtonTheme("error primary");
		this.confirmations.forEach(Registration::remove);
		this.confirmations.clear();
		this.confirmations.add(this.selfDemotion.addConfirmListener((event) -> confirmed.run()));
		this.confirmations.add(this.selfDemotion.addCancelListener((event) -> cancelled.run()));
		this.confirmations.add(this.selfDemotion.addRejectListener((event) -> cancelled.run()));
		this.selfDemotion.open();
	}

	private static String article(Role role) {
		return (role == Role.EDITOR) ? "an" : "a";
	}

	private HorizontalLayout actions(UserSummary user) {
		Button password = new Button("Reset password", (event) -> {
			this.passwordFor = user;
			this.newPassword.clear();
			this.newPassword.setInvalid(false);
			this.passwordDialog.setHeaderTitle("New password for " + user.username());
			this.passwordDialog.open();
		});
		Button enable = new Button(user.enabled() ? "Disable" : "Enable",
				(event) -> apply(() -> this.users.setEnabled(user.id(), user.version(), !user.enabled()),
						user.username() + (user.enabled() ? " disabled" : " enabled")));
		Button unlock = new Button("Unlock",
				(event) -> apply(() -> this.users.unlock(user.id(), user.version()), user.username() + " unlocked"));
		unlock.setVisible(user.failedLogins().locked());
		// the same three buttons on every row: their names say whose account they act on
		password.setAriaLabel("Reset password of " + user.username());
		enable.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
		unlock.setAriaLabel("Unlock " + user.username());
		for (Button button : new Button[] { password, enable, unlock }) {
			button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		}
		return new HorizontalLayout(password, enable, unlock);
	}

	private void createUser() {
		NewUser user = new NewUser();
		if (!this.binder.writeBeanIfValid(user)) {
			return;
		}
		try {
			this.users.create(user);
			this.createDialog.close();
			Notices.done("User " + user.getUsername() + " created");
			this.grid.getDataProvider().refreshAll();
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, this.binder, null);
		}
	}

	private void setPassword() {
		try {
			boolean own = this.users.isCurrentUser(this.passwordFor);
			this.users.resetPassword(this.passwordFor.id(), this.passwordFor.version(), this.newPassword.getValue());
			this.passwordDialog.close();
			if (own) {
				// A new password ends the account's sessions, this one too: log in again.
				this.authentication.logout();
				return;
			}
			Notices.done("Password of " + this.passwordFor.username() + " set; the user's open sessions have ended");
			this.grid.getDataProvider().refreshAll();
		}
		catch (org.sanctionstracker.base.InvalidInputException ex) {
			this.newPassword.setErrorMessage(ex.reasons().get("password"));
			this.newPassword.setInvalid(true);
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, () -> this.grid.getDataProvider().refreshAll());
		}
	}

	private boolean apply(Runnable change, String done) {
		boolean applied = false;
		try {
			change.run();
			Notices.done(done);
			applied = true;
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, () -> this.grid.getDataProvider().refreshAll());
		}
		this.grid.getDataProvider().refreshAll();
		return applied;
	}

}
