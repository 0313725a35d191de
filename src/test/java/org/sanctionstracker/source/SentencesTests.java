package org.sanctionstracker.source;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.source.Sentences.Sentence;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Sentences as analysts count them: abbreviations, initials and dotted acronyms do not
 * end one, curly quotes stay with their sentence, offsets point into the stored text; and
 * the lexicon finds the field's acts in any inflection.
 */
class SentencesTests {

	private static List<String> sentences(String text) {
		return Sentences.split(text).stream().map((sentence) -> sentence.in(text)).toList();
	}

	@Test
	void abbreviations_and_initials_do_not_end_a_sentence() {
		assertThat(sentences("Mr. Kim met Dr. Lee on Jan. 5 about Resolution No. 1718. It was brief."))
			.containsExactly("Mr. Kim met Dr. Lee on Jan. 5 about Resolution No. 1718.", "It was brief.");
		assertThat(sentences("Leon V. Sigal wrote it, e.g. about Japan. Then he stopped."))
			.containsExactly("Leon V. Sigal wrote it, e.g. about Japan.", "Then he stopped.");
	}

	@Test
	void a_dotted_acronym_ends_a_sentence_only_before_a_word_that_opens_one() {
		assertThat(sentences("Rooted in U.S. failure to act. That problem grew."))
			.containsExactly("Rooted in U.S. failure to act.", "That problem grew.");
		assertThat(sentences("Seoul impeded U.S.-D.P.R.K. relations with the U.S. The North replied."))
			.containsExactly("Seoul impeded U.S.-D.P.R.K. relations with the U.S.", "The North replied.");
		assertThat(sentences("Calls for tougher U.N. Security Council sanctions grew."))
			.containsExactly("Calls for tougher U.N. Security Council sanctions grew.");
	}

	@Test
	void closing_curly_quotes_and_brackets_stay_with_their_sentence() {
		String text = "They said, in effect, \u201CYou first.\u201D Park now says, \u201CThe only way.\u201D [Joongang Ilbo]";
		assertThat(sentences(text)).containsExactly("They said, in effect, \u201CYou first.\u201D",
				"Park now says, \u201CThe only way.\u201D", "[Joongang Ilbo]");
		assertThat(sentences("He \u201Cexpected the clause [to] have impact,\u201D and called it a sign of U.S. "
				+ "\u201Cresolve to tackle this issue.\u201D The Ambassador came."))
			.hasSize(2);
	}

	@Test
	void a_no_break_space_after_a_sentence_separates_it_from_the_next() {
		assertThat(sentences("against \u201Cstrategic patience.\u201D\u00A0Royce, in turn, welcomed it."))
			.containsExactly("against \u201Cstrategic patience.\u201D", "Royce, in turn, welcomed it.");
	}

	@Test
	void numbers_ellipses_and_lower_case_continuations_do_not_end_a_sentence() {
		assertThat(sentences("It wrote off $2.5 billion in loans. Sanctions are \u201Cone of the tools \u2026 to bring"
				+ " a solution\u201D and work."))
			.containsExactly("It wrote off $2.5 billion in loans.",
					"Sanctions are \u201Cone of the tools \u2026 to bring a solution\u201D and work.");
	}

	@Test
	void headings_and_list_items_are_sentences_of_their_own_and_a_page_break_inside_a_sentence_is_not_a_break() {
		String text = "# THE ALLIES\n\n#### South Korea.\n\nLee faced the candidacy of Lee Hoi-chang, whose\n\n"
				+ "single-issue campaign helped him. Then\n\n- offer aid\n- lift the ban \u201Cnot to\n\n\ninterfere\u201D\n\nDone";
		assertThat(sentences(text)).containsExactly("# THE ALLIES", "#### South Korea.",
				"Lee faced the candidacy of Lee Hoi-chang, whose\n\nsingle-issue campaign helped him.", "Then",
				"- offer aid", "- lift the ban \u201Cnot to\n\n\ninterfere\u201D", "Done");
	}

	@Test
	void offsets_point_into_the_stored_text_and_cover_every_word() throws Exception {
		for (String file : List.of("seeds/sigal-2009-the-allies-and-north-korea.txt",
				"seeds/stanton-2016-the-rebirth-of-an-alliance.txt")) {
			String text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
			List<Sentence> split = Sentences.split(text);
			StringBuilder joined = new StringBuilder();
			int previousEnd = 0;
			for (Sentence sentence : split) {
				assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
				assertThat(text.substring(previousEnd, sentence.start()).replace('\u00A0', ' ')).isBlank();
				assertThat(sentence.in(text)).isEqualTo(sentence.in(text).strip());
				joined.append(sentence.in(text));
				previousEnd = sentence.end();
			}
			assertThat(joined.toString().replaceAll("[\\s\u00A0]", "")).isEqualTo(text.replaceAll("[\\s\u00A0]", ""));
			assertThat(text.substring(previousEnd).replace('\u00A0', ' ')).isBlank();
			assertThat(split).hasSizeGreaterThan(50);
		}
	}

	@Test
	void the_sentence_containing_a_passage_is_found_and_a_passage_over_two_sentences_has_none() {
		String text = "Japan banned port calls. The U.S. designated banks.";
		int at = text.indexOf("designated");
		assertThat(Sentences.containing(text, at, at + 10)).contains(new Sentence(25, text.length()));
		assertThat(Sentences.containing(text, 10, 30)).isEmpty();
	}

	@Test
	void the_lexicon_finds_acts_in_every_inflection_and_in_hyphenated_words_ignoring_case() {
		SanctionLexicon lexicon = SanctionLexicon.read(new ClassPathResource("coverage/sanction-lexicon.txt"));
		assertThat(lexicon.terms("Tokyo relaxed sanctions, just as Seoul was trying to tighten them."))
			.containsExactly("relax", "sanction");
		assertThat(lexicon.terms("Japan re-imposed the BAN and froze assets; non-compliance followed."))
			.containsExactly("impose", "ban", "freeze", "comply");
		assertThat(lexicon.terms("He sided with Tokyo in insisting that energy aid be withheld."))
			.containsExactly("withhold");
		assertThat(lexicon.terms("Engagement has been the policy of all recent governments.")).isEmpty();
	}

	@Test
	void another_lexicon_is_read_from_its_own_file_and_a_bad_line_is_named() {
		SanctionLexicon own = SanctionLexicon.parse("# mine\nsanktion: Sanktion Sanktionen\n", "own.txt");
		assertThat(own.terms("Neue Sanktionen gegen Nordkorea")).containsExactly("sanktion");
		assertThat(own.sha256())
			.isNotEqualTo(SanctionLexicon.read(new ClassPathResource("coverage/sanction-lexicon.txt")).sha256());
		assertThatIllegalStateException().isThrownBy(() -> SanctionLexicon.parse("ban bans\n", "own.txt"))
			.withMessageContaining("own.txt")
			.withMessageContaining("line 1");
	}

}
