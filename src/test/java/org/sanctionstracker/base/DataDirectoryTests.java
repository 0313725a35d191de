package org.sanctionstracker.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionstracker.base.DataDirectory.DataDirectoryException;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The start-up check of the H2 data directory and the plain messages operators get.
 */
class DataDirectoryTests {

	@TempDir
	Path temp;

	@Test
	void a_missing_directory_is_created() {
		Path dir = this.temp.resolve("new/data");
		assertThatNoException().isThrownBy(() -> DataDirectory.check(dir, 1));
		assertThat(dir).isDirectory().isEmptyDirectory();
	}

	@Test
	void a_file_in_place_of_the_directory_is_refused_with_the_reason() throws IOException {
		Path file = Files.writeString(this.temp.resolve("data"), "not a directory");
		assertThatExceptionOfType(DataDirectoryException.class).isThrownBy(() -> DataDirectory.check(file, 1))
			.withMessageContaining(file.toString())
			.withMessageContaining("it is a file, not a directory");
	}

	@Test
	void a_directory_that_cannot_be_created_is_refused_with_the_reason() throws IOException {
		Path file = Files.writeString(this.temp.resolve("plain-file"), "x");
		assertThatExceptionOfType(DataDirectoryException.class)
			.isThrownBy(() -> DataDirectory.check(file.resolve("data"), 1))
			.withMessageContaining("does not exist and cannot be created");
	}

	@Test
	void too_little_free_space_is_refused_with_the_numbers() {
		assertThatExceptionOfType(DataDirectoryException.class)
			.isThrownBy(() -> DataDirectory.check(this.temp, Long.MAX_VALUE / (1024 * 1024)))
			.withMessageContaining("MB free, less than the");
	}

	@Test
	void the_failure_analysis_says_what_to_do_instead_of_a_stack_trace() {
		var failure = new IllegalStateException("context failed",
				new DataDirectoryException(this.temp, "it is read-only: nothing can be written there"));
		FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains(this.temp.toString()).contains("read-only");
		assertThat(analysis.getAction()).contains("TRACKER_DATA_DIR");
	}

	@Test
	void an_h2_file_already_open_elsewhere_is_explained() {
		var failure = new IllegalStateException("context failed",
				new SQLException("Database may be already in use", "90020", 90020));
		assertThat(new StartupFailureAnalyzer().analyze(failure).getDescription()).contains("already in use");
		assertThat(new StartupFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

}
