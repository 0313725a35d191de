package org.sanctionstracker.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

class DumpSentencesTests {

	@Test
	void dump() throws Exception {
		SanctionLexicon lexicon = SanctionLexicon.read(new ClassPathResource("coverage/sanction-lexicon.txt"));
		StringBuilder out = new StringBuilder();
		for (String file : List.of("seeds/sigal-2009-the-allies-and-north-korea.txt",
				"seeds/stanton-2016-the-rebirth-of-an-alliance.txt")) {
			String text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
			int all = 0;
			int like = 0;
			for (Sentences.Sentence s : Sentences.split(text)) {
				all++;
				List<String> terms = lexicon.terms(s.in(text));
				out.append(terms.isEmpty() ? "   " : "** ")
					.append(file.substring(6, 12))
					.append(" [")
					.append(s.start())
					.append("-")
					.append(s.end())
					.append("] (")
					.append(String.join(",", terms))
					.append(") ")
					.append(s.in(text).replace('\n', ' '))
					.append('\n');
				if (!terms.isEmpty()) {
					like++;
				}
			}
			out.append("== ")
				.append(file)
				.append(": ")
				.append(all)
				.append(" sentences, ")
				.append(like)
				.append(" like\n");
		}
		Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "sentences.txt"), out.toString());
	}

}
