package org.sanctionstracker.exchange;

/**
 * The outcome of committing an import.
 *
 * @param committed whether anything was written; when {@code false}, nothing was
 * @param outcome what each record did and, when nothing was written, why
 */
public record ImportResult(boolean committed, ImportPreview outcome) {

}
