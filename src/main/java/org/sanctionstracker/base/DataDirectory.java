package org.sanctionstracker.base;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks, before anything opens the database, that the data directory of the embedded H2
 * database ({@code tracker.data-dir}) can hold it: it exists or can be created, it is a
 * directory, the application can write there, and the disk has room left
 * ({@code tracker.data-dir.min-free-mb}, 64 MB by default). Otherwise the start stops at
 * once with a {@link DataDirectoryException} that says what is wrong and what to do,
 * instead of H2's and Hibernate's stack traces. Nothing is checked when the data source
 * is not an H2 file database (PostgreSQL, or the tests' in-memory H2).
 */
public class DataDirectory implements EnvironmentPostProcessor {

	static final String DATA_DIR = "tracker.data-dir";

	static final String MIN_FREE_MB = "tracker.data-dir.min-free-mb";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		String dir = environment.getProperty(DATA_DIR);
		if (!url.startsWith("jdbc:h2:file:") || dir == null || dir.isBlank()) {
			return;
		}
		check(Paths.get(dir), environment.getProperty(MIN_FREE_MB, Long.class, 64L));
	}

	/**
	 * Checks one directory.
	 * @param dir the data directory
	 * @param minFreeMegabytes the free space it needs at least
	 * @throws DataDirectoryException saying what is wrong
	 */
	static void check(Path dir, long minFreeMegabytes) {
		Path absolute = dir.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new DataDirectoryException(absolute, "it is a file, not a directory");
		}
		try {
			Files.createDirectories(absolute);
		}
		catch (IOException ex) {
			throw new DataDirectoryException(absolute, "it does not exist and cannot be created (" + reason(ex) + ")");
		}
		Path probe = absolute.resolve(".write-probe");
		try {
			Files.writeString(probe, "probe");
			Files.delete(probe);
		}
		catch (IOException ex) {
			String reason = reason(ex);
			if (reason.toLowerCase(java.util.Locale.ROOT).contains("space")) {
				throw new DataDirectoryException(absolute, "the disk is full (" + reason + ")");
			}
			throw new DataDirectoryException(absolute,
					"it is read-only: nothing can be written there (" + reason + ")");
		}
		try {
			FileStore store = Files.getFileStore(absolute);
			long freeMegabytes = store.getUsableSpace() / (1024 * 1024);
			if (freeMegabytes < minFreeMegabytes) {
				throw new DataDirectoryException(absolute, "the disk has only " + freeMegabytes
						+ " MB free, less than the " + minFreeMegabytes + " MB the database needs to work safely");
			}
		}
		catch (IOException ex) {
			// The free space cannot be read on this file system; the write probe passed.
		}
	}

	private static String reason(IOException ex) {
		if (ex instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	/**
	 * The data directory cannot hold the database.
	 */
	public static class DataDirectoryException extends IllegalStateException {

		private final transient Path directory;

		private final String problem;

		DataDirectoryException(Path directory, String problem) {
			super("The data directory " + directory + " cannot be used: " + problem);
			this.directory = directory;
			this.problem = problem;
		}

		public Path getDirectory() {
			return this.directory;
		}

		public String getProblem() {
			return this.problem;
		}

	}

}
