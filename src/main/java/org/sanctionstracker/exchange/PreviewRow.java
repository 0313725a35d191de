package org.sanctionstracker.exchange;

import java.util.List;

/**
 * One record of an import and what it would do.
 *
 * @param kind the kind of record
 * @param key its key
 * @param change new, changed or unchanged
 * @param summary a line naming it (a title, a name, a date and kind)
 * @param location where it is in the file
 * @param changedFields for a changed record, the fields the file changes
 */
public record PreviewRow(ExchangeKind kind, String key, ImportChange change, String summary, String location,
		List<String> changedFields) {

}
