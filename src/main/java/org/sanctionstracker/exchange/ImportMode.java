package org.sanctionstracker.exchange;

/**
 * What an import does with the records of its file.
 */
enum ImportMode {

	/**
	 * An editor's import: records not in the database are added, records in it are
	 * changed where the file differs (in what an import may change), every problem is
	 * reported and nothing is written unless there is none.
	 */
	UPDATE,

	/**
	 * The shipped seed dataset: records not in the database are added; records in it are
	 * never overwritten (an analyst may have edited them); records an analyst deleted
	 * ({@link org.sanctionstracker.base.DeletedSeedKeys}) stay deleted, and so do those
	 * that need them; any problem stops the load (the caller fails loudly).
	 */
	SEED

}
