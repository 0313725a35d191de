package org.sanctionstracker.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.sanctionstracker.base.ui.Binders;
import org.sanctionstracker.base.ui.Notices;
import org.sanctionstracker.base.ui.Pickers;
import org.sanctionstracker.security.NewUser;
import org.sanctionstracker.security.Passwords;
import org.sanctionstracker.security.Role;
import org.sanctionstracker.security.UserAccountService;
import org.sanctionstracker.security.UserSummary;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * User management for administrators: create accounts, set roles, reset passwords,
 * disable accounts and lift failed-login locks.
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

	private UserSummary passwordFor;

	UsersView(UserAccountService users) {
		this.users = users;
		H2 heading = new H2("Users");
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Paragraph intro = new Paragraph("Viewers read, editors also enter and change data, administrators also "
				+ "manage users. Passwords: " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters.");
		intro.addClassName(LumoUtility.TextColor.SECONDARY);

		this.grid.addColumn(UserSummary::username).setHeader("User name").setKey("username").setSortable(true);
		this.grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
		this.grid.addColumn((u) -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status").setAutoWidth(true);
		this.grid
			.addColumn((u) -> (u.lockedUntil() != null && u.lockedUntil().isAfter(java.time.Instant.now()))
					? "Locked until " + MOMENT.format(u.lockedUntil()) : "")
			.setHeader("Failed logins")
			.setAutoWidth(true);
		this.grid.addColumn((u) -> MOMENT.format(u.createdAt())).setHeader("Created").setAutoWidth(true);
		this.grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
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

	private ComboBox<Role> roleSelect(UserSummary user) {
		ComboBox<Role> select = Pickers.of(null, Role.class, Role::label);
		select.setValue(user.role());
		select.setAriaLabel("Role of " + user.username());
		select.addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				apply(() -> this.users.changeRole(user.id(), user.version(), event.getValue()),
						"Role of " + user.username() + " set to " + event.getValue().label());
			}
		});
		return select;
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
		unlock.setVisible(user.lockedUntil() != null && user.lockedUntil().isAfter(java.time.Instant.now()));
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
			this.users.resetPassword(this.passwordFor.id(), this.passwordFor.version(), this.newPassword.getValue());
			this.passwordDialog.close();
			Notices.done("Password of " + this.passwordFor.username() + " set");
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

	private void apply(Runnable change, String done) {
		try {
			change.run();
			Notices.done(done);
		}
		catch (RuntimeException ex) {
			Notices.refused(ex, null, () -> this.grid.getDataProvider().refreshAll());
		}
		this.grid.getDataProvider().refreshAll();
	}

}
