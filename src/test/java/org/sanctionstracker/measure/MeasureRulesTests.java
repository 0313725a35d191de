package org.sanctionstracker.measure;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.coalition.CoalitionMembership;
import org.sanctionstracker.coalition.MembershipBasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules every measure, event and membership obeys, whoever creates it.
 */
class MeasureRulesTests {

	private final Actor japan = new Actor("Japan", ActorKind.STATE, "JPN");

	private final Actor northKorea = new Actor("North Korea", ActorKind.STATE, "PRK");

	@Test
	void measure_without_imposer_is_rejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Measure(null, this.northKorea, MeasureType.PORT_BAN, "Port ban"))
			.withMessage("A measure needs an imposer");
	}

	@Test
	void measure_without_target_is_rejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Measure(this.japan, null, MeasureType.PORT_BAN, "Port ban"))
			.withMessage("A measure needs a target");
	}

	@Test
	void measure_without_type_is_rejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Measure(this.japan, this.northKorea, null, "Ban"))
			.withMessage("A measure needs a type");
	}

	@Test
	void measure_imposed_on_its_own_imposer_is_rejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Measure(this.japan, this.japan, MeasureType.PORT_BAN, "Ban"))
			.withMessage("The target must differ from the imposer");
	}

	@Test
	void measure_without_title_fails_validation() {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		Set<ConstraintViolation<Measure>> violations = validator
			.validate(new Measure(this.japan, this.northKorea, MeasureType.PORT_BAN, " "));

		assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("A title is required");
	}

	@Test
	void lifted_before_imposed_is_rejected_when_the_event_is_added() {
		Measure measure = new Measure(this.japan, this.northKorea, MeasureType.PORT_BAN, "Port ban");
		measure.addEvent(new MeasureEvent(EventKind.IMPOSED, PartialDate.parse("2006-10")));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.addEvent(new MeasureEvent(EventKind.LIFTED, PartialDate.parse("2005"))))
			.withMessage("The measure cannot be lifted (2005) before it was imposed (Oct 2006)");
		assertThat(measure.getEvents()).hasSize(1);
	}

	@Test
	void imposed_after_a_lifting_is_rejected_too() {
		Measure measure = new Measure(this.japan, this.northKorea, MeasureType.TRAVEL_BAN, "Entry ban");
		measure.addEvent(new MeasureEvent(EventKind.LIFTED, PartialDate.parse("2008-10-11")));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> measure.addEvent(new MeasureEvent(EventKind.IMPOSED, PartialDate.parse("2009"))))
			.withMessageContaining("cannot be lifted (11 Oct 2008) before it was imposed (2009)");
	}

	@Test
	void a_month_precise_date_has_no_day() {
		PartialDate month = PartialDate.parse("2008-11");

		assertThat(month.display()).isEqualTo("Nov 2008");
		assertThat(month.iso()).isEqualTo("2008-11");
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(java.time.LocalDate.of(2008, 11, 15),
				org.sanctionstracker.base.DatePrecision.MONTH));
	}

	@Test
	void leaving_a_coalition_before_joining_is_rejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CoalitionMembership(this.japan, MembershipBasis.MEMBER,
					PartialDate.parse("2009-05-26"), PartialDate.parse("2008")))
			.withMessage("An actor cannot leave (2008) before it joined (26 May 2009)");
	}

	@Test
	void only_states_have_an_iso_code() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Actor("European Union", ActorKind.INTERNATIONAL_ORGANIZATION, "EUU"))
			.withMessageContaining("Only a state has an ISO 3166 code");
		assertThat(new Actor("Japan", ActorKind.STATE, "jpn").getIso3()).isEqualTo("JPN");
	}

}
