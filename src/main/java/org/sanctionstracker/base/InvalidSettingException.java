package org.sanctionstracker.base;

/**
 * A {@code tracker.*} setting whose value the application cannot use, thrown by the
 * settings' own check while they are bound at start-up; {@link StartupFailureAnalyzer}
 * shows its message instead of a stack trace.
 */
public class InvalidSettingException extends IllegalArgumentException {

	private final String setting;

	/**
	 * @param setting the setting's name, e.g. {@code tracker.security.password-hash-cost}
	 * @param value the value it has
	 * @param rule what it must be, in plain words
	 */
	public InvalidSettingException(String setting, Object value, String rule) {
		super(setting + " is " + value + "; " + rule);
		this.setting = setting;
	}

	/**
	 * The setting's name.
	 * @return e.g. {@code tracker.security.password-hash-cost}
	 */
	public String getSetting() {
		return this.setting;
	}

}
