package org.sanctionstracker.enforcement.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.measure.MeasureRef;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enforcement editing views in a simulated browser.
 */
class EnforcementEditingTests extends EditingUiTests {

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void an_action_entered_in_the_form_is_saved() {
		EnforcementForm form = navigate(EnforcementEditView.class, Map.of("id", "new")).form;
		form.actor.setValue(actor("AUS"));
		form.kind.setValue(EnforcementKind.INSPECTION);
		test(form.date).setValue("2016-04-12");
		test(form.description).setValue("Inspection of a North Korean freighter in Darwin");
		form.evidence.getUrl().setValue("https://example.org/darwin-inspection");

		test(form.save).click();

		EnforcementEditView saved = (EnforcementEditView) UI.getCurrent().getCurrentView();
		assertThat(saved.heading.getText()).isEqualTo("Inspection, 12 Apr 2016 \u2014 Australia");
		assertThat(saved.history.isVisible()).isTrue();
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void bad_input_gets_field_messages_and_nothing_is_saved() {
		List<Long> before = allCounts();
		EnforcementForm form = navigate(EnforcementEditView.class, Map.of("id", "new")).form;

		test(form.save).click();
		assertThat(fieldError(form.actor)).isEqualTo("Choose who took the action");
		assertThat(fieldError(form.kind)).isEqualTo("Choose what kind of action it was");
		assertThat(fieldError(form.description)).isEqualTo("A description is required");

		form.actor.setValue(actor("AUS"));
		form.kind.setValue(EnforcementKind.SEIZURE);
		test(form.description).setValue("d".repeat(4001));
		test(form.date).setValue("2016-04-31");
		test(form.save).click();
		assertThat(fieldError(form.description)).isEqualTo("At most 4000 characters");
		assertThat(fieldError(form.date)).isEqualTo("'2016-04-31' is not a real date: April 2016 has 30 days");

		test(form.description).setValue("Seizure under a vanished measure");
		test(form.date).setValue("2016");
		form.measure.setValue(new MeasureRef(987_654_321L, "Vanished ban", "Atlantis"));
		test(form.save).click();
		assertThat(fieldError(form.measure)).isEqualTo("Unknown measure: \"Vanished ban\" no longer exists");
		assertThat(allCounts()).isEqualTo(before);
	}

}
