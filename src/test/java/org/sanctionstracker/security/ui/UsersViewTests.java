package org.sanctionstracker.security.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.security.Role;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User management in a simulated browser: administrators create accounts; editors do not
 * get in.
 */
class UsersViewTests extends EditingUiTests {

	@Test
	@WithMockUser(username = "ada", roles = { "ADMIN", "EDITOR", "VIEWER" })
	void an_administrator_creates_an_editor() {
		UsersView view = navigate(UsersView.class);
		test(view.create).click();
		roundTrip();
		test(view.username).setValue("new-editor");
		test(view.password).setValue("a long enough password");
		view.role.setValue(Role.EDITOR);

		test(view.saveUser).click();

		assertThat(this.jdbc.queryForObject("select role from app_user where username = 'new-editor'", String.class))
			.isEqualTo("EDITOR");
		assertThat(view.createDialog.isOpened()).isFalse();
	}

	@Test
	@WithMockUser(username = "ada", roles = { "ADMIN", "EDITOR", "VIEWER" })
	void a_short_password_or_a_taken_name_gets_a_field_message() {
		long users = count("app_user");
		UsersView view = navigate(UsersView.class);
		test(view.create).click();
		roundTrip();
		test(view.username).setValue("admin");
		test(view.password).setValue("short");
		test(view.saveUser).click();
		assertThat(fieldError(view.password)).isEqualTo("Use 10 to 64 characters");

		test(view.password).setValue("a long enough password");
		test(view.saveUser).click();
		assertThat(fieldError(view.username)).isEqualTo("The user name 'admin' is already taken");
		assertThat(count("app_user")).isEqualTo(users);
	}

	@Test
	@WithMockUser(username = "erin", roles = { "EDITOR", "VIEWER" })
	void an_editor_cannot_open_user_management() {
		navigate("", com.vaadin.flow.component.Component.class);
		try {
			navigate(UsersView.class);
		}
		catch (RuntimeException expected) {
			// the access-denied error view
		}
		assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(UsersView.class);
	}

}
