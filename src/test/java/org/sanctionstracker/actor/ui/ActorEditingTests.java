package org.sanctionstracker.actor.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.actor.ActorKind;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor editing views in a simulated browser.
 */
class ActorEditingTests extends EditingUiTests {

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void an_actor_entered_in_the_form_is_saved_with_its_aliases() {
		ActorForm form = navigate(ActorEditView.class, Map.of("id", "new")).form;
		test(form.name).setValue("Philippines");
		form.kind.setValue(ActorKind.STATE);
		test(form.iso3).setValue("phl");
		test(form.aliases).setValue("Manila\n\n  Republic of the Philippines ");

		test(form.save).click();

		ActorEditView saved = (ActorEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo("Philippines");
		assertThat(saved.form.iso3.getValue()).isEqualTo("PHL");
		assertThat(saved.form.aliases.getValue()).isEqualTo("Manila\nRepublic of the Philippines");
		assertThat(test(saved.history.getGrid()).getRow(0).who()).isEqualTo("erin");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void missing_too_long_and_conflicting_values_get_field_messages_and_nothing_is_saved() {
		List<Long> before = allCounts();
		ActorForm form = navigate(ActorEditView.class, Map.of("id", "new")).form;

		test(form.save).click();
		assertThat(fieldError(form.name)).isEqualTo("A name is required");

		test(form.name).setValue("n".repeat(201));
		test(form.save).click();
		assertThat(fieldError(form.name)).isEqualTo("At most 200 characters");

		test(form.name).setValue("Nippon");
		test(form.iso3).setValue("JPN");
		test(form.save).click();
		assertThat(fieldError(form.iso3)).isEqualTo("The code JPN is already used by Japan");

		test(form.iso3).setValue("J1");
		test(form.save).click();
		assertThat(fieldError(form.iso3)).isEqualTo("Three letters, the ISO 3166 alpha-3 code (e.g. JPN)");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void deleting_an_actor_that_measures_name_is_refused_with_a_message() {
		long japan = actor("JPN").id();
		ActorEditView view = navigate(ActorEditView.class, Map.of("id", String.valueOf(japan)));

		test(view.delete).click();
		roundTrip();
		$(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single().open();
		test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

		assertThat(notifications()).anySatisfy(
				(text) -> assertThat(text).startsWith("The actor \"Japan\" cannot be deleted: it is referenced by "));
		assertThat(count("actor where iso3 = 'JPN'")).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void an_address_naming_no_actor_goes_to_the_list_and_says_so() {
		navigate("manage/actors/999999999", ActorsView.class);
		assertThat(notices()).contains("There is no actor 999999999 (it may have been deleted)");

		navigate("manage/actors/abc", ActorsView.class);
		assertThat(notices()).contains("There is no actor abc (it may have been deleted)");
	}

	/** The texts of the plain notices ({@code Notification.show}) shown so far. */
	private java.util.List<String> notices() {
		return $(com.vaadin.flow.component.notification.Notification.class).all()
			.stream()
			.map((notification) -> test(notification).getText())
			.toList();
	}

}
