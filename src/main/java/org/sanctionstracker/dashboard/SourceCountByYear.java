package org.sanctionstracker.dashboard;

import org.sanctionstracker.source.SourceKind;

/**
 * How many source documents of one kind were published in one year.
 *
 * @param year the publication year
 * @param kind the kind of document
 * @param count how many
 */
public record SourceCountByYear(int year, SourceKind kind, long count) {

}
