package org.sanctionstracker.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats of exports and imports.
 */
public enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"), JSON("json", "application/json");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public static Optional<ExportFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equalsIgnoreCase(extension)).findFirst();
	}

}
