package org.sanctionstracker.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time used so far by the processes of a kind on this machine, read from
 * Linux's {@code /proc}, so that the lane log can say what a test cost in Chromium and in
 * the application (the build's time is mostly processor time on two cores). Elsewhere it
 * reads nothing and the log leaves the figures out.
 */
final class ProcessorTime {

	private static final Path PROC = Path.of("/proc");

	/** Clock ticks per second of {@code /proc/<pid>/stat} on Linux. */
	private static final double TICKS = 100.0;

	private ProcessorTime() {
	}

	/**
	 * @return whether this machine tells processor time by process
	 */
	static boolean available() {
		return Files.isReadable(PROC.resolve("self/stat"));
	}

	/**
	 * User and system seconds of all running processes whose command line contains the
	 * text, with those of their ended children.
	 * @param command part of the command line, e.g. {@code chromium}
	 * @return the seconds
	 */
	static double of(String command) {
		try (Stream<Path> processes = Files.list(PROC)) {
			return processes.filter((dir) -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((dir) -> commandLine(dir).contains(command))
				.mapToDouble(ProcessorTime::seconds)
				.sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * User and system seconds of one process, with those of its ended children.
	 * @param pid the process
	 * @return the seconds, 0 when it has ended
	 */
	static double of(long pid) {
		return seconds(PROC.resolve(Long.toString(pid)));
	}

	private static String commandLine(Path dir) {
		try {
			return Files.readString(dir.resolve("cmdline"));
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static double seconds(Path dir) {
		try {
			String stat = Files.readString(dir.resolve("stat"));
			// after the command name in parentheses: state is field 3, then utime 14,
			// stime 15
			// and the ended children's cutime 16, cstime 17 (Chromium's closed renderers)
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = 0;
			for (int field = 11; field <= 14; field++) {
				ticks += Long.parseLong(fields[field]);
			}
			return ticks / TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
