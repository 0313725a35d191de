package org.sanctionstracker.source;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Where a cited quote lies in its document: pasted from the stored text or copied from
 * the reader, which shows the text without its Markdown marks.
 */
class CitationsTests {

	private final SourceDocument document = new SourceDocument("Essay", SourceKind.ESSAY, PartialDate.ofYear(2009), """
			### Japan

			A fourth school, *the Gaullists*, distrust U.S. reliability.
			The DPRK has demanded average wage raises to \\$300 from the current \\$70-80 a month.
			""");

	@Test
	void a_quote_pasted_from_the_stored_text_is_located_as_it_is() {
		Citations.Located located = Citations.locate(this.document, "wage raises to \\$300");

		assertThat(located.quote()).isEqualTo("wage raises to \\$300");
		assertThat(this.document.getText().substring(located.start(), located.end())).isEqualTo(located.quote());
	}

	@Test
	void a_quote_copied_from_the_reader_is_stored_as_the_stored_text_has_it() {
		Citations.Located located = Citations.locate(this.document, "raises to $300 from the current $70-80");

		assertThat(located.quote()).isEqualTo("raises to \\$300 from the current \\$70-80");
		assertThat(this.document.getText().substring(located.start(), located.end())).isEqualTo(located.quote());

		Citations.Located emphasised = Citations.locate(this.document, "A fourth school, the Gaullists, distrust");
		assertThat(emphasised.quote()).isEqualTo("A fourth school, *the Gaullists*, distrust");
	}

	@Test
	void a_quote_in_neither_form_is_refused_with_a_reason() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Citations.locate(this.document, "raises to $400 from the current"))
			.withMessageContaining("is not in \"Essay\"");
	}

}
