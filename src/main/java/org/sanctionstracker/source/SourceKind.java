package org.sanctionstracker.source;

/**
 * What kind of text a source document is.
 */
public enum SourceKind {

	ESSAY, BLOG_POST, NEWS, LEGAL_ACT, UN_RESOLUTION, REPORT, OFFICIAL_STATEMENT, OTHER

}
