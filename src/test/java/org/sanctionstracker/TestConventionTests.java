package org.sanctionstracker;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The convention that decides which tests also run on PostgreSQL
 * ({@code docs/decisions/0012-which-tests-run-on-postgresql.md}), checked over every test
 * class Surefire runs, so that no test leaves the PostgreSQL run by oversight and no test
 * starts a PostgreSQL server of its own.
 */
class TestConventionTests {

	/** The class names Surefire runs by default. */
	private static final Pattern SUREFIRE_NAMES = Pattern.compile("(Test.*|.*Test|.*Tests|.*TestCase)");

	@Test
	void every_test_with_a_spring_context_says_whether_it_runs_on_postgresql() throws Exception {
		List<String> unclassified = new ArrayList<>();
		for (Class<?> test : testClasses()) {
			MergedAnnotations annotations = MergedAnnotations.from(test, SearchStrategy.TYPE_HIERARCHY);
			boolean springContext = annotations.isPresent(BootstrapWith.class);
			boolean view = SpringBrowserlessTest.class.isAssignableFrom(test);
			if (springContext && !view && marks(test) == 0) {
				unclassified.add(test.getName());
			}
		}
		assertThat(unclassified).as("""
				Test classes that start a Spring context must say whether they run on PostgreSQL: \
				@AlsoOnPostgres when the outcome depends on the database (queries, constraints, writes, \
				import/export, migrations), @OnlyOnPostgres for PostgreSQL-only checks, or \
				@NotOnPostgres("why not"). Browserless view tests need none. See \
				docs/decisions/0012-which-tests-run-on-postgresql.md""").isEmpty();
	}

	@Test
	void every_persistence_slice_runs_on_postgresql() throws Exception {
		List<String> h2Only = new ArrayList<>();
		for (Class<?> test : testClasses()) {
			boolean slice = MergedAnnotations.from(test, SearchStrategy.TYPE_HIERARCHY).isPresent(DataJpaTest.class);
			if (slice && !test.isAnnotationPresent(AlsoOnPostgres.class)
					&& !test.isAnnotationPresent(OnlyOnPostgres.class)) {
				h2Only.add(test.getName());
			}
		}
		assertThat(h2Only).as("@DataJpaTest classes test persistence: mark them @AlsoOnPostgres").isEmpty();
	}

	@Test
	void a_test_class_carries_one_mark_at_most() throws Exception {
		List<String> contradictory = new ArrayList<>();
		for (Class<?> test : testClasses()) {
			if (marks(test) > 1) {
				contradictory.add(test.getName());
			}
		}
		assertThat(contradictory).as("@AlsoOnPostgres, @OnlyOnPostgres and @NotOnPostgres exclude each other")
			.isEmpty();
	}

	@Test
	void no_test_starts_a_postgresql_server_of_its_own() throws IOException {
		Path sources = Path.of("src", "test", "java");
		assumeTrue(Files.isDirectory(sources), "run from the project directory");
		List<String> ownServers;
		try (Stream<Path> files = Files.walk(sources)) {
			ownServers = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.endsWith(Path.of("org", "sanctionstracker", "PostgresTestDatabase.java"))
						&& !file.endsWith(Path.of("org", "sanctionstracker", "TestConventionTests.java")))
				.filter((file) -> read(file).contains("import io.zonky.test.db.postgres"))
				.map(Path::toString)
				.toList();
		}
		assertThat(ownServers)
			.as("Tests use the one embedded server of the test JVM: PostgresTestDatabase (a fresh database per "
					+ "Spring context, or PostgresTestDatabase.fresh(…) below Spring)")
			.isEmpty();
	}

	private static int marks(Class<?> test) {
		int marks = 0;
		for (Class<? extends java.lang.annotation.Annotation> mark : List.of(AlsoOnPostgres.class, OnlyOnPostgres.class,
				NotOnPostgres.class)) {
			if (test.isAnnotationPresent(mark)) {
				marks++;
			}
		}
		return marks;
	}

	/**
	 * The concrete top-level test classes Surefire finds in the compiled test classes.
	 */
	private static List<Class<?>> testClasses() throws IOException, URISyntaxException, ClassNotFoundException {
		Path root = Path.of(TestConventionTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> names;
		try (Stream<Path> files = Files.walk(root)) {
			names = files.map((file) -> root.relativize(file).toString())
				.filter((file) -> file.endsWith(".class") && !file.contains("$"))
				.map((file) -> file.substring(0, file.length() - ".class".length())
					.replace(root.getFileSystem().getSeparator(), "."))
				.filter((name) -> SUREFIRE_NAMES.matcher(name.substring(name.lastIndexOf('.') + 1)).matches())
				.toList();
		}
		List<Class<?>> classes = new ArrayList<>();
		for (String name : names) {
			Class<?> test = Class.forName(name, false, TestConventionTests.class.getClassLoader());
			if (!Modifier.isAbstract(test.getModifiers()) && !test.isInterface()) {
				classes.add(test);
			}
		}
		assertThat(classes).as("test classes found in " + root).hasSizeGreaterThan(20);
		return classes;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
