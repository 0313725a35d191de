package org.sanctionstracker.base;

/**
 * Published (synchronously, inside the writing transaction) by code about to write
 * records in bulk, such as an import of a whole-database file: the history of the records
 * it creates ({@code base/history/BulkHistory}) is then written once, just before the
 * transaction commits, instead of record by record. (The dashboard's read model needs no
 * word: it switches to one recomputation by itself once enough records changed.)
 */
public record BulkWrite() {

}
