package org.sanctionstracker.base;

/**
 * Published (synchronously, inside the writing transaction) by code about to write
 * records in bulk, such as a streamed import of a whole-database file: what is kept up to
 * date on every write (the dashboard's read model) may then do its work once, just before
 * the transaction commits, instead of noting each record written.
 */
public record BulkWrite() {

}
