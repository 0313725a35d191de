package org.sanctionstracker;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form marks the fields that must be filled in: the same fields whose emptiness the
 * form refuses.
 */
class RequiredFieldsTests extends EditingUiTests {

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void each_form_marks_its_required_fields() {
		assertThat(required("manage/actors/new")).contains("Name", "Kind").doesNotContain("Description");
		assertThat(required("manage/measures/new")).contains("Imposed by", "Imposed on", "Measure type", "Title")
			.doesNotContain("Description", "Legal basis");
		assertThat(required("manage/enforcement/new")).contains("Taken by", "Kind of action", "What happened")
			.doesNotContain("Targeted actor (optional)");
		assertThat(required("manage/figures/new"))
			.contains("Amount (the lower end of a range)", "Currency", "Counted", "What the figure measures")
			.doesNotContain("Up to (the upper end of a range, optional)", "Concerns actor (optional)",
					"Concerns measure (optional)");
		assertThat(required("manage/coalitions/new")).contains("Name", "Kind").doesNotContain("Description");
		assertThat(required("manage/sources/new")).contains("Title", "Kind", "Text (paste the whole document)")
			.doesNotContain("Author");
	}

	@Test
	@WithMockUser(username = "ada", roles = "ADMIN")
	void the_new_user_form_marks_its_required_fields() {
		required("manage/users");
		test($(com.vaadin.flow.component.button.Button.class).withText("New user").single()).click();
		assertThat(requiredNow()).contains("User name", "Password", "Role");
	}

	/** The labels of the fields marked as required on a page (dialogs included). */
	private List<String> required(String location) {
		UI.getCurrent().navigate(location);
		return requiredNow();
	}

	private List<String> requiredNow() {
		return $(Component.class).all()
			.stream()
			.filter((component) -> component instanceof HasValue<?, ?> field && field.isRequiredIndicatorVisible())
			.filter(HasLabel.class::isInstance)
			.map((component) -> ((HasLabel) component).getLabel())
			.toList();
	}

}
