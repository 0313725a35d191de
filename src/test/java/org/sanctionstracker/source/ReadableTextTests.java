package org.sanctionstracker.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.source.ReadableText.Block;
import org.sanctionstracker.source.ReadableText.Kind;
import org.sanctionstracker.source.ReadableText.Run;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored texts read as a reader expects (headings, emphasis, lists, no escape characters)
 * while every shown character keeps its offset in the stored text.
 */
class ReadableTextTests {

	private static final String SAMPLE = """
			# THE ALLIES

			### Japan

			The *Gaullists* distrust **U.S. reliability**. Wages rose to \\$300 from \\$70-80 a month.
			A second line of the same paragraph, with [a link](https://example.org/page).

			- Expand the talks
			- Resume development\\_work
			""";

	@Test
	void headings_emphasis_lists_and_escapes_are_read_and_not_shown() {
		ReadableText text = ReadableText.of(SAMPLE);

		List<Block> blocks = text.blocks();
		assertThat(blocks).extracting(Block::kind)
			.containsExactly(Kind.HEADING, Kind.HEADING, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM);
		assertThat(blocks).extracting(Block::level).startsWith(1, 3);
		assertThat(blocks).extracting(Block::text)
			.containsExactly("THE ALLIES", "Japan",
					"The Gaullists distrust U.S. reliability. Wages rose to $300 from $70-80 a month.\n"
							+ "A second line of the same paragraph, with a link.",
					"Expand the talks", "Resume development_work");
		List<Run> paragraph = blocks.get(2).runs();
		assertThat(paragraph).filteredOn(Run::emphasis).extracting(Run::text).containsExactly("Gaullists");
		assertThat(paragraph).filteredOn(Run::strong).extracting(Run::text).containsExactly("U.S. reliability");
		assertThat(paragraph).filteredOn((run) -> run.href() != null)
			.singleElement()
			.satisfies((run) -> assertThat(run.text()).isEqualTo("a link"))
			.satisfies((run) -> assertThat(run.href()).isEqualTo("https://example.org/page"));
		assertThat(text.shown()).doesNotContain("#", "*", "\\", "](").contains("$300");
	}

	@Test
	void every_shown_character_keeps_its_offset_in_the_stored_text() throws IOException {
		for (String raw : List.of(SAMPLE, seed("sigal-2009-the-allies-and-north-korea.txt"),
				seed("stanton-2016-the-rebirth-of-an-alliance.txt"))) {
			for (Block block : ReadableText.of(raw).blocks()) {
				for (Run run : block.runs()) {
					assertThat(raw.substring(run.start(), run.end())).isEqualTo(run.text());
				}
			}
		}
	}

	@Test
	void the_sigal_essay_reads_without_markdown() throws IOException {
		String raw = seed("sigal-2009-the-allies-and-north-korea.txt");
		ReadableText text = ReadableText.of(raw);

		assertThat(text.blocks()).filteredOn((block) -> block.kind() == Kind.HEADING)
			.extracting(Block::text)
			.contains("THE ALLIES AND NORTH KOREA", "Japan", "South Korea.", "Bringing the Allies Along");
		assertThat(text.shown()).doesNotContain("###", "\\$", "*Gaullists*", "**")
			.contains("A fourth school, the Gaullists, distrust")
			.contains("average wage raises to $300 from the current $70-80 a month");
		assertThat(text.blocks()).filteredOn((block) -> block.kind() == Kind.LIST_ITEM).hasSizeGreaterThan(3);
	}

	@Test
	void a_text_without_markup_is_shown_as_stored() throws IOException {
		String raw = seed("stanton-2016-the-rebirth-of-an-alliance.txt");

		assertThat(ReadableText.of(raw).shown()).isEqualTo(raw);
	}

	@Test
	void a_passage_of_the_shown_text_is_found_in_the_stored_text() {
		ReadableText text = ReadableText.of(SAMPLE);
		String shown = text.shown();
		int at = shown.indexOf("rose to $300 from $70");

		int[] stored = text.storedRange(at, at + "rose to $300 from $70".length());

		assertThat(SAMPLE.substring(stored[0], stored[1])).isEqualTo("rose to \\$300 from \\$70");
	}

	@Test
	void a_quote_reads_without_escapes_or_halves_of_emphasis() {
		assertThat(ReadableText.plain("demanded average wage raises to \\$300"))
			.isEqualTo("demanded average wage raises to $300");
		assertThat(ReadableText.plain("the Gaullists*, distrust U.S. reliability"))
			.isEqualTo("the Gaullists, distrust U.S. reliability");
		assertThat(ReadableText.plain("a *second* school")).isEqualTo("a second school");
		assertThat(ReadableText.plain("5 * 3 and snake_case stay")).isEqualTo("5 * 3 and snake_case stay");
	}

	private static String seed(String file) throws IOException {
		return new ClassPathResource("seeds/" + file).getContentAsString(StandardCharsets.UTF_8);
	}

}
