package org.sanctionstracker.exchange;

import java.util.Map;

/**
 * A previewed import, ready to be committed: the file as read and what the preview saw.
 * Hand it back to {@link ImportService#commit} unchanged.
 */
public final class ImportPlan {

	private final ImportFile file;

	private final ImportPreview preview;

	private final Map<String, Long> versions;

	ImportPlan(ImportFile file, ImportPreview preview, Map<String, Long> versions) {
		this.file = file;
		this.preview = preview;
		this.versions = Map.copyOf(versions);
	}

	public ImportPreview preview() {
		return this.preview;
	}

	/** Whether the file can be committed: it has no problem. */
	public boolean committable() {
		return !this.preview.hasIssues();
	}

	ImportFile file() {
		return this.file;
	}

	Map<String, Long> versions() {
		return this.versions;
	}

}
