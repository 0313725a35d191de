package org.sanctionstracker.source;

/**
 * What kind of text a source document is.
 */
public enum SourceKind {

	ESSAY("Essay"), BLOG_POST("Blog post"), NEWS("News"), LEGAL_ACT("Legal act"), UN_RESOLUTION("UN resolution"),
	REPORT("Report"), OFFICIAL_STATEMENT("Official statement"), OTHER("Other");

	private final String label;

	SourceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
