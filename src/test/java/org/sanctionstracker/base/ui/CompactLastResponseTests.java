package org.sanctionstracker.base.ui;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CompactLastResponseTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void typography_emoji_and_nested_json_read_back_the_same_in_one_byte_per_character() {
		String json = "{\"text\":\"$2.5 billion \u2014 \u201cOther actors\u201d \uD83D\uDE80 Barth\u00e9lemy\","
				+ "\"config\":\"{\\\"label\\\":\\\"A \u2014 B\\\"}\"}";

		String compact = CompactLastResponse.escapeWide(json);

		assertThat(compact.chars().filter((c) -> c > 0xFF)).isEmpty();
		assertThat(compact).contains("Barth\u00e9lemy").contains("\\u2014").contains("\\ud83d\\ude80");
		assertThat(JSON.readTree(compact)).isEqualTo(JSON.readTree(json));
	}

	@Test
	void a_text_within_one_byte_per_character_is_kept_as_it_is() {
		String json = "{\"text\":\"Barth\u00e9lemy \u00b7 Aid\"}";

		assertThat(CompactLastResponse.escapeWide(json)).isSameAs(json);
	}

}
