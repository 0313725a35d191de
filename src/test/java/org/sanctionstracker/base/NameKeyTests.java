package org.sanctionstracker.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names as the uniqueness rules compare them.
 */
class NameKeyTests {

	@Test
	void case_and_spacing_do_not_make_another_name() {
		assertThat(NameKey.of("Japan")).isEqualTo("japan")
			.isEqualTo(NameKey.of(" JAPAN "))
			.isEqualTo(NameKey.of("\tjaPan\u00A0"));
		assertThat(NameKey.of("Six-Party  Talks")).isEqualTo(NameKey.of("six-party\ntalks"))
			.isEqualTo("six-party talks");
	}

	@Test
	void letters_written_two_ways_are_one_name() {
		assertThat(NameKey.of("Co\u0302te d'Ivoire")).isEqualTo(NameKey.of("C\u00F4te d'Ivoire"));
		assertThat(NameKey.of("STRASSE")).isEqualTo(NameKey.of("Stra\u00DFe"));
	}

	@Test
	void other_words_stay_other_names_and_blank_is_no_name() {
		assertThat(NameKey.of("South Korea")).isNotEqualTo(NameKey.of("North Korea"));
		assertThat(NameKey.of("Ja pan")).isNotEqualTo(NameKey.of("Japan"));
		assertThat(NameKey.of("   ")).isNull();
		assertThat(NameKey.of(null)).isNull();
	}

}
