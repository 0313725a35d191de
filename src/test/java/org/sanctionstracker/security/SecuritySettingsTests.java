package org.sanctionstracker.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.StartupFailureAnalyzer;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A security setting the application cannot use stops the start with the rule it broke in
 * plain words, not with the text of the exception that carried it.
 */
class SecuritySettingsTests {

	@Test
	void the_password_hash_cost_is_10_unless_set_and_stays_between_4_and_16() {
		assertThat(new TrackerSecurityProperties(null, null, null, null, null).passwordHashCost()).isEqualTo(10);
		assertThat(new TrackerSecurityProperties(null, null, null, null, 12).passwordHashCost()).isEqualTo(12);
		assertThatThrownBy(() -> new TrackerSecurityProperties(null, null, null, null, 3))
			.hasMessage("tracker.security.password-hash-cost is 3; it must be from 4 to 16 (10 unless set)");
		assertThatThrownBy(() -> new TrackerSecurityProperties(null, null, null, null, 17))
			.hasMessageStartingWith("tracker.security.password-hash-cost is 17;");
	}

	@Test
	void the_login_throttle_takes_counts_of_1_or_more_and_a_lock_of_up_to_30_days() {
		assertThat(analyse(Map.of("tracker.security.max-failed-logins", "0")).getDescription())
			.isEqualTo("The setting tracker.security.max-failed-logins is 0; it must be 1 or more (5 unless set).");
		assertThat(analyse(Map.of("tracker.security.max-failed-logins-per-account", "-3")).getDescription())
			.isEqualTo("The setting tracker.security.max-failed-logins-per-account is -3;"
					+ " it must be 1 or more (50 unless set).");
		assertThat(analyse(Map.of("tracker.security.lock-duration", "-5m")).getDescription())
			.isEqualTo("The setting tracker.security.lock-duration is -5 minutes;"
					+ " it must be longer than 0 and at most 30 days (15m unless set).");
		assertThat(analyse(Map.of("tracker.security.lock-duration", "0s")).getDescription()).contains("is 0 seconds;");
		assertThat(analyse(Map.of("tracker.security.lock-duration", "40d")).getDescription()).contains("is 40 days;");
		TrackerSecurityProperties edge = new TrackerSecurityProperties(null, 1, 1, java.time.Duration.ofDays(30), null);
		assertThat(edge.lockDuration()).hasDays(30);
	}

	@Test
	void a_password_hash_cost_out_of_range_is_explained_with_its_range() {
		FailureAnalysis analysis = analyse(Map.of("tracker.security.password-hash-cost", "3"));
		assertThat(analysis.getDescription()).isEqualTo(
				"The setting tracker.security.password-hash-cost is 3; it must be from 4 to 16 (10 unless set).");
		assertThat(analysis.getAction()).contains("--tracker.security.password-hash-cost=").contains("default");
	}

	@Test
	void a_value_of_the_wrong_kind_is_explained_with_the_kind_the_setting_takes() {
		assertThat(analyse(Map.of("tracker.security.password-hash-cost", "abc")).getDescription()).isEqualTo(
				"The setting tracker.security.password-hash-cost has a value the application cannot read: it takes a whole number, at most 2,147,483,647.");
		// too large for its kind: the same words say why
		assertThat(analyse(Map.of("tracker.security.max-failed-logins-per-account", "99999999999")).getDescription())
			.isEqualTo("The setting tracker.security.max-failed-logins-per-account has a value the application"
					+ " cannot read: it takes a whole number, at most 2,147,483,647.");
		assertThat(analyse(Map.of("tracker.security.lock-duration", "soon")).getDescription()).isEqualTo(
				"The setting tracker.security.lock-duration has a value the application cannot read: it takes a duration such as 15m.");
		assertThat(analyse(Map.of("tracker.security.anonymous-read", "maybe")).getDescription())
			.endsWith("it takes true or false.")
			.doesNotContain("Exception");
	}

	private static FailureAnalysis analyse(Map<String, String> settings) {
		try {
			new Binder(new MapConfigurationPropertySource(settings)).bind("tracker.security",
					TrackerSecurityProperties.class);
		}
		catch (BindException ex) {
			return new StartupFailureAnalyzer().analyze(new IllegalStateException("the context failed", ex));
		}
		throw new AssertionError("bound " + settings);
	}

}
