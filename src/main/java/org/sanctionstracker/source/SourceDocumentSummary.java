package org.sanctionstracker.source;

import org.sanctionstracker.base.PartialDate;

/**
 * A source document as lists show it, without its text.
 *
 * @param id the document's id
 * @param title its title
 * @param author its author, if known
 * @param publisher its publisher, if known
 * @param published when it was published, at the precision known
 * @param kind what kind of text it is
 * @param length the length of its text in characters
 */
public record SourceDocumentSummary(Long id, String title, String author, String publisher, PartialDate published,
		SourceKind kind, int length) {

}
