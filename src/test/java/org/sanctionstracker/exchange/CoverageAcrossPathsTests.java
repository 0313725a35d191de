package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.DocumentCoverage;
import org.sanctionstracker.source.EvidenceDraft;
import org.sanctionstracker.source.PassagePick;
import org.sanctionstracker.source.SentenceItem;
import org.sanctionstracker.source.SentenceState;
import org.sanctionstracker.source.SourceDocumentDraft;
import org.sanctionstracker.source.SourceDocumentService;
import org.sanctionstracker.source.SourceKind;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence is cited however the citation came: through a form, through the importer
 * (document and measure in one file), or from a passage selected in the reader; it opens
 * again when the citation is changed or its record deleted, and a decision imported with
 * a passage of a sentence lands on that sentence. Same input through each door, same
 * coverage.
 */
class CoverageAcrossPathsTests extends WritingTests {

	private static final String TEXT = "Japan imposed a ban on port calls by North Korean ships in 2006. The talks went"
			+ " nowhere. Mr. Abe later relaxed the ban on remittances. The U.S. designated three banks.";

	@Autowired
	SourceDocumentService documents;

	@Autowired
	MeasureService measures;

	@Autowired
	ImportService imports;

	@BeforeEach
	void editor() {
		as("erin", "EDITOR");
	}

	private long paste(String title, String suffix) {
		SourceDocumentDraft draft = new SourceDocumentDraft();
		draft.setTitle(title);
		draft.setKind(SourceKind.REPORT);
		draft.setPublished(PartialDate.parse("2016-04"));
		draft.setText(TEXT + " " + suffix);
		return this.documents.save(draft);
	}

	private List<SentenceState> states(long id) {
		return this.documents.sentences(id, null, 0, 100).stream().map(SentenceItem::state).toList();
	}

	private MeasureDraft portBan(String title, EvidenceDraft citation) {
		MeasureDraft draft = new MeasureDraft();
		draft.setImposer(actor("JPN"));
		draft.setTarget(actor("PRK"));
		draft.setType(MeasureType.PORT_BAN);
		draft.setTitle(title);
		draft.setFirstEventKind(EventKind.IMPOSED);
		draft.setFirstEventDate(PartialDate.parse("2006-10"));
		draft.setEvidence(List.of(citation));
		return draft;
	}

	private Long documentByTitle(String title) {
		return this.jdbc.queryForObject("select id from source_document where title = ?", Long.class, title);
	}

	@Test
	void a_citation_through_the_form_and_through_the_importer_mark_the_sentence_cited_alike() {
		long byForm = paste("Coverage paths: form", "(form)");
		this.measures.save(portBan("Port ban cited through the form",
				EvidenceDraft.quote(byForm, null, "ban on port calls by North Korean ships")));

		String file = """
				{"format": "sanctions-coalition-tracker/dataset", "version": 1,
				 "documents": [{"key": "t-coverage-doc", "title": "Coverage paths: import", "kind": "REPORT",
				   "published": "2016-04", "text": "%s (import)"}],
				 "measures": [{"key": "t-coverage-port-ban", "imposer": "JPN", "target": "PRK", "type": "PORT_BAN",
				   "title": "Port ban cited through the importer",
				   "evidence": [{"doc": "t-coverage-doc", "quote": "ban on port calls by North Korean ships"}],
				   "events": [{"key": "t-coverage-port-ban-imposed", "kind": "IMPOSED", "date": "2006-10",
				     "evidence": [{"doc": "t-coverage-doc", "quote": "ban on port calls by North Korean ships"}]}]}],
				 "decisions": [{"key": "t-coverage-decision", "sentence": {"doc": "t-coverage-doc",
				   "quote": "designated three banks"}, "reason": "designation coded from the Treasury notice"}]}
				""".formatted(TEXT);
		ImportPlan plan = this.imports.preview("coverage.json", file.getBytes(StandardCharsets.UTF_8),
				ImportProgress.NONE);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		long byImport = documentByTitle("Coverage paths: import");

		assertThat(states(byForm)).containsExactly(SentenceState.CITED, SentenceState.OPEN, SentenceState.OPEN);
		assertThat(states(byImport)).containsExactly(SentenceState.CITED, SentenceState.OPEN, SentenceState.DECIDED);
		assertThat(this.documents.coverage(byImport).orElseThrow())
			.isEqualTo(new DocumentCoverage(byImport, 3, 1, 1, 1));
		SentenceItem cited = this.documents.sentences(byImport, SentenceState.CITED, 0, 10).get(0);
		assertThat(cited.citing()).extracting((record) -> record.label())
			.contains("Port ban cited through the importer");
	}

	@Test
	void changing_a_citation_opens_the_sentence_it_left_and_deleting_the_record_opens_all() {
		long id = paste("Coverage paths: changed", "(changed)");
		MeasureRef saved = this.measures.save(portBan("Port ban whose citation moves",
				EvidenceDraft.quote(id, null, "ban on port calls by North Korean ships")));
		assertThat(states(id)).containsExactly(SentenceState.CITED, SentenceState.OPEN, SentenceState.OPEN);

		MeasureDraft edit = this.measures.draft(saved.id()).orElseThrow();
		edit.setEvidence(List.of(EvidenceDraft.quote(id, null, "later relaxed the ban on remittances")));
		this.measures.save(edit);
		// the measure now cites the third sentence; its first lifecycle event still cites
		// the first
		assertThat(states(id)).containsExactly(SentenceState.CITED, SentenceState.CITED, SentenceState.OPEN);

		MeasureDraft again = this.measures.draft(saved.id()).orElseThrow();
		this.measures.delete(saved.id(), again.getVersion());
		assertThat(states(id)).containsOnly(SentenceState.OPEN);
		assertThat(this.documents.coverage(id).orElseThrow().open()).isEqualTo(3);
	}

	@Test
	void a_passage_selected_in_the_reader_is_cited_at_its_offsets_even_when_its_words_occur_twice() {
		long id = paste("Coverage paths: selected", "(selected) Japan imposed a ban on port calls again.");
		int start = TEXT.indexOf("Japan imposed a ban on port calls");
		EvidenceDraft citation = this.documents
			.citation(new PassagePick(id, start, start + "Japan imposed a ban on port calls".length()))
			.orElseThrow();
		assertThat(citation.quote()).isEqualTo("Japan imposed a ban on port calls");
		assertThat(citation.start()).isEqualTo(start);

		this.measures.save(portBan("Port ban from a selected passage", citation));

		assertThat(states(id).get(0)).isEqualTo(SentenceState.CITED);
		assertThat(states(id).get(states(id).size() - 1)).isEqualTo(SentenceState.OPEN);
	}

}
