package org.sanctionstracker.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.sizes=…}; the
 * {@code bench} Maven profile passes them on).
 *
 * @param sizes the numbers of lifecycle events to generate, e.g. 10000, 100000, 1000000
 * @param databases {@code h2} and/or {@code postgres}
 * @param seed the generator's seed
 * @param warmups runs thrown away before each timed query
 * @param runs timed runs of each query
 * @param exportRuns timed runs of each export (at least one warm-up before them)
 * @param sessions how many dashboard UIs to open for the memory figure
 * @param startupRuns how many times to start the production jar per case
 * @param sections which sections to run ({@code all}, or names such as
 * {@code chronology,export})
 * @param jar the production jar
 * @param output where results, databases and logs go ({@code target/bench})
 */
record Settings(List<Long> sizes, List<String> databases, long seed, int warmups, int runs, int exportRuns,
		int sessions, int startupRuns, Set<String> sections, Path jar, Path output) {

	static Settings fromSystemProperties() {
		return new Settings(
				Arrays.stream(System.getProperty("bench.sizes", "10000").split(","))
					.map(String::trim)
					.map(Long::valueOf)
					.toList(),
				Arrays.stream(System.getProperty("bench.databases", "h2,postgres").split(","))
					.map((name) -> name.trim().toLowerCase(Locale.ROOT))
					.toList(),
				Long.getLong("bench.seed", 1), Integer.getInteger("bench.warmups", 3),
				Integer.getInteger("bench.runs", 15), Integer.getInteger("bench.exportRuns", 3),
				Integer.getInteger("bench.sessions", 50), Integer.getInteger("bench.startupRuns", 3),
				Arrays.stream(System.getProperty("bench.sections", "all").split(","))
					.map((name) -> name.trim().toLowerCase(Locale.ROOT))
					.collect(Collectors.toSet()),
				Paths.get(System.getProperty("bench.jar", "target/sanctions-coalition-tracker.jar")).toAbsolutePath(),
				Paths.get(System.getProperty("bench.output", "target/bench")).toAbsolutePath());
	}

	boolean runs(String section) {
		return this.sections.contains("all") || this.sections.contains(section);
	}

}
