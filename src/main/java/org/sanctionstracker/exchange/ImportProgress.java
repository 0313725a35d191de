package org.sanctionstracker.exchange;

/**
 * Told how far a long import has come.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (fraction, step) -> {
	};

	/**
	 * @param fraction the share done, from 0 to 1
	 * @param step what is being done, e.g. "Checking records"
	 */
	void update(double fraction, String step);

}
