package org.sanctionstracker.base.history;

/**
 * One field's value before and after a change; an empty text means "no value".
 *
 * @param field the field's label, e.g. "Title"
 * @param before the value before the change
 * @param after the value after it
 */
public record FieldChange(String field, String before, String after) {

}
