package org.sanctionstracker.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production jar started on a data directory that cannot hold the database — on a
 * read-only file system, on a full disk, on a nearly full one — stops at once with a
 * plain description and action, exit code 1, and no stack trace. Each start runs in a
 * private mount namespace ({@code unshare -m}, which needs root or user namespaces) with
 * a small tmpfs, so nothing on the machine is touched; without that ability the tests are
 * skipped on a developer machine and fail under CI. Runs in parallel with the browser
 * tests (it only starts processes).
 */
@Execution(ExecutionMode.CONCURRENT)
class StartupFaultsIT {

	private static final Path MOUNT_POINT = Paths.get(System.getProperty("java.io.tmpdir"), "sct-fault-mount");

	@BeforeAll
	static void namespacesWork() throws Exception {
		Files.createDirectories(MOUNT_POINT);
		boolean works = run("mount -t tmpfs -o size=1m tmpfs " + MOUNT_POINT + " && touch " + MOUNT_POINT + "/ok")
			.exitCode() == 0;
		if (!works) {
			assertThat("true".equalsIgnoreCase(System.getenv("CI")))
				.as("CI must run the start-up fault tests, but 'unshare -m' with a tmpfs mount is not allowed here")
				.isFalse();
		}
		assumeTrue(works, "unshare -m with a tmpfs mount is not allowed here");
	}

	@Test
	void a_read_only_data_directory_stops_the_start_with_a_plain_message() throws Exception {
		Outcome outcome = start("mount -t tmpfs -o ro,size=1m tmpfs " + MOUNT_POINT);
		outcome.assertRefusedWith("it is read-only: nothing can be written there");
	}

	@Test
	void a_full_disk_stops_the_start_with_a_plain_message() throws Exception {
		Outcome outcome = start("mount -t tmpfs -o size=256k tmpfs " + MOUNT_POINT + " && dd if=/dev/zero of="
				+ MOUNT_POINT + "/fill bs=1k count=512 2>/dev/null; true");
		outcome.assertRefusedWith("the disk is full");
	}

	@Test
	void a_nearly_full_disk_stops_the_start_before_the_database_is_touched() throws Exception {
		Outcome outcome = start("mount -t tmpfs -o size=8m tmpfs " + MOUNT_POINT);
		outcome.assertRefusedWith("the disk has only 8 MB free, less than the 64 MB the database needs");
	}

	private static Outcome start(String prepare) throws Exception {
		Path jar = Paths.get(System.getProperty("e2e.jar", "target/sanctions-coalition-tracker.jar")).toAbsolutePath();
		String java = ProcessHandle.current().info().command().orElse("java");
		return run(
				prepare + " && exec " + java + " -jar " + jar + " --server.port=0 --tracker.data-dir=" + MOUNT_POINT);
	}

	private static Outcome run(String script) throws IOException, InterruptedException {
		Path log = Files.createTempFile("sct-fault-", ".log");
		Process process = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Did not end within 120 s:\n" + Files.readString(log));
		}
		return new Outcome(process.exitValue(), Files.readAllLines(log));
	}

	record Outcome(int exitCode, List<String> output) {

		void assertRefusedWith(String problem) {
			String text = String.join("\n", this.output);
			assertThat(this.exitCode).as("exit code; output:\n" + text).isEqualTo(1);
			assertThat(text).contains("APPLICATION FAILED TO START")
				.contains("The data directory " + MOUNT_POINT + " cannot be used: " + problem)
				.contains("TRACKER_DATA_DIR");
			assertThat(this.output).as("no stack trace lines").noneMatch((line) -> line.strip().startsWith("at "));
			assertThat(this.output.size()).as("a short message, not pages of errors").isLessThan(40);
		}

	}

}
