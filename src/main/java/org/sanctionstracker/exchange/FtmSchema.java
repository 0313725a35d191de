package org.sanctionstracker.exchange;

/**
 * The FollowTheMoney schemata the export writes and the import reads (see
 * {@code docs/formats/ftm.md}).
 */
final class FtmSchema {

	static final String SANCTION = "Sanction";

	static final String DOCUMENTATION = "Documentation";

	static final String MEMBERSHIP = "Membership";

	static final String ORGANIZATION = "Organization";

	static final String PUBLIC_BODY = "PublicBody";

	static final String COMPANY = "Company";

	static final String LEGAL_ENTITY = "LegalEntity";

	static final String PAYMENT = "Payment";

	static final String PLAIN_TEXT = "PlainText";

	static final String DOCUMENT = "Document";

	private FtmSchema() {
	}

	/**
	 * Whether entities of a schema can become actors of the tracker.
	 * @param schema the schema name
	 * @return {@code true} for organisations, public bodies, companies and legal entities
	 */
	static boolean isActor(String schema) {
		return ORGANIZATION.equals(schema) || PUBLIC_BODY.equals(schema) || COMPANY.equals(schema)
				|| LEGAL_ENTITY.equals(schema);
	}

	/**
	 * Whether entities of a schema are source documents.
	 * @param schema the schema name
	 * @return {@code true} for documents and plain texts
	 */
	static boolean isDocument(String schema) {
		return PLAIN_TEXT.equals(schema) || DOCUMENT.equals(schema);
	}

}
