package org.sanctionstracker.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cited passage together with the id of the record that cites it, as the queries that
 * load the evidence of a page of records return it.
 *
 * @param ownerId the id of the citing record
 * @param evidence the passage
 */
public record CitedEvidence(Long ownerId, EvidenceItem evidence) {

	public CitedEvidence(Long ownerId, Long id, Long documentId, String documentTitle, String quote,
			Integer startOffset, Integer endOffset, String url) {
		this(ownerId, new EvidenceItem(id, documentId, documentTitle, quote, startOffset, endOffset, url));
	}

	/**
	 * The JPQL select list that fills the long constructor, for an evidence join
	 * {@code ev} and document join {@code d}.
	 */
	public static final String SELECT_COLUMNS = "ev.id, d.id, d.title, ev.quote, ev.startOffset, ev.endOffset, ev.url";

	/**
	 * Groups cited passages by the record citing them, keeping their order.
	 * @param cited the rows of an evidence query
	 * @return the passages per citing record's id
	 */
	public static Map<Long, List<EvidenceItem>> byOwner(List<CitedEvidence> cited) {
		return cited.stream()
			.collect(Collectors.groupingBy(CitedEvidence::ownerId,
					Collectors.mapping(CitedEvidence::evidence, Collectors.toList())));
	}

}
