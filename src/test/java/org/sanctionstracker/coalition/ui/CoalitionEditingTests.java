package org.sanctionstracker.coalition.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.EditingUiTests;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.MembershipBasis;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coalition editing views in a simulated browser, with the membership dialog.
 */
class CoalitionEditingTests extends EditingUiTests {

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_coalition_and_a_membership_entered_in_the_forms_are_saved() {
		CoalitionEditView view = newCoalition("Indo-Pacific maritime watch");
		addMember(view, actor("AUS"), "2016-04", "");

		assertThat(view.memberDialog.isOpened()).isFalse();
		assertThat(test(view.members).size()).isEqualTo(1);
		assertThat(test(view.members).getCellText(0, 0)).isEqualTo("Australia (AUS)");
		assertThat(test(view.members).getCellText(0, 2)).isEqualTo("Apr 2016");
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void left_before_joined_and_a_malformed_date_are_refused_at_their_fields() {
		CoalitionEditView view = newCoalition("Coalition with bad dates");
		List<Long> before = allCounts();

		addMember(view, actor("CAN"), "2016-04", "2015");
		assertThat(fieldError(view.memberForm.left))
			.isEqualTo("An actor cannot leave (2015) before it joined (Apr 2016)");

		test(view.memberForm.left).setValue("spring 2017");
		test(view.memberForm.save).click();
		assertThat(fieldError(view.memberForm.left))
			.isEqualTo("'spring 2017' is not a date: write a year (2009), a month (2008-11) or a day (2016-02-10)");
		assertThat(view.memberDialog.isOpened()).isTrue();
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_member_that_no_longer_exists_is_refused() {
		CoalitionEditView view = newCoalition("Coalition of the vanished");
		List<Long> before = allCounts();

		addMember(view, new ActorRef(987_654_321L, "Atlantis", null), "2016", "");

		assertThat(fieldError(view.memberForm.actor)).isEqualTo("Unknown actor: \"Atlantis\" no longer exists");
		assertThat(allCounts()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "erin", roles = "EDITOR")
	void a_coalition_without_name_is_refused() {
		List<Long> before = allCounts();
		CoalitionForm form = navigate(CoalitionEditView.class, Map.of("id", "new")).form;

		test(form.save).click();

		assertThat(fieldError(form.name)).isEqualTo("A name is required");
		assertThat(fieldError(form.kind)).isEqualTo("A kind is required");
		assertThat(allCounts()).isEqualTo(before);
	}

	private CoalitionEditView newCoalition(String name) {
		CoalitionForm form = navigate(CoalitionEditView.class, Map.of("id", "new")).form;
		test(form.name).setValue(name);
		form.kind.setValue(CoalitionKind.AD_HOC_COALITION);
		form.evidence.getUrl().setValue("https://example.org/coalition");
		test(form.save).click();
		return (CoalitionEditView) UI.getCurrent().getCurrentView();
	}

	private void addMember(CoalitionEditView view, ActorRef actor, String joined, String left) {
		test(view.addMember).click();
		roundTrip();
		view.memberForm.actor.setValue(actor);
		view.memberForm.basis.setValue(MembershipBasis.MEMBER);
		test(view.memberForm.joined).setValue(joined);
		test(view.memberForm.left).setValue(left);
		view.memberForm.evidence.getUrl().setValue("https://example.org/membership");
		test(view.memberForm.save).click();
	}

}
