package org.sanctionstracker.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.security.Role;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User management in a simulated browser: administrators create accounts, are asked
 * before giving up their own role, and see which accounts are locked; editors do not get
 * in.
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
	@WithMockUser(username = "ada", roles = { "ADMIN", "EDITOR", "VIEWER" })
	void an_administrator_giving_up_its_own_role_is_asked_first() {
		UsersView view = navigate(UsersView.class);
		int row = rowOf(view, "ada");

		test(roleOf(view, row)).selectItem("Editor");
		roundTrip();
		assertThat(view.selfDemotion.isOpened()).isTrue();
		assertThat(test(view.selfDemotion).getHeader()).isEqualTo("Remove your own administrator role?");
		assertThat(role("ada")).as("nothing changes before the answer").isEqualTo("ADMIN");

		test(view.selfDemotion).cancel();
		assertThat(role("ada")).isEqualTo("ADMIN");
		assertThat(roleOf(view, row).getValue()).isEqualTo(Role.ADMIN);

		test(roleOf(view, row)).selectItem("Editor");
		roundTrip();
		test(view.selfDemotion).confirm();
		assertThat(role("ada")).isEqualTo("EDITOR");
	}

	@Test
	@WithMockUser(username = "ada", roles = { "ADMIN", "EDITOR", "VIEWER" })
	void the_list_says_when_an_account_is_locked_and_how_many_wrong_passwords_it_got() {
		this.jdbc.update("delete from login_failure where username = 'locked-in-list'");
		if (count("app_user where username = 'locked-in-list'") == 0) {
			this.jdbc.update("insert into app_user (version, username, password_hash, role, enabled, created_at)"
					+ " values (0, 'locked-in-list', 'x', 'EDITOR', true, current_timestamp)");
		}
		this.jdbc.update(
				"insert into login_failure (username, client, failures, last_failure, locked_until)"
						+ " values ('locked-in-list', '203.0.113.7', 5, current_timestamp, ?)",
				java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)));
		this.jdbc.update("insert into login_failure (username, client, failures, last_failure)"
				+ " values ('locked-in-list', '*', 6, current_timestamp)");

		UsersView view = navigate(UsersView.class);
		int row = rowOf(view, "locked-in-list");

		assertThat(test(view.grid).getCellText(row, 2)).startsWith("Locked for 1 address until ");
		assertThat(test(view.grid).getCellText(row, 3)).startsWith("6 (last ");
		assertThat(test(view.grid).getCellText(rowOf(view, "ada"), 2)).isEqualTo("Enabled");
	}

	private String role(String username) {
		return this.jdbc.queryForObject("select role from app_user where username = ?", String.class, username);
	}

	@SuppressWarnings("unchecked")
	private ComboBox<Role> roleOf(UsersView view, int row) {
		return (ComboBox<Role>) test(view.grid).getCellComponent(row, 1);
	}

	private int rowOf(UsersView view, String username) {
		for (int row = 0; row < test(view.grid).size(); row++) {
			if (test(view.grid).getRow(row).username().equals(username)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + username);
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
