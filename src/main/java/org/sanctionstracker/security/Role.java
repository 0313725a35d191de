package org.sanctionstracker.security;

/**
 * What a user may do. Each role includes the ones below it: an administrator can edit, an
 * editor can read.
 */
public enum Role {

	/** Reads everything, also when anonymous reading is switched off. */
	VIEWER("Viewer"),
	/** Also enters and changes data through the forms. */
	EDITOR("Editor"),
	/** Also manages user accounts. */
	ADMIN("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The Spring Security authority of this role alone.
	 * @return e.g. {@code ROLE_EDITOR}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
