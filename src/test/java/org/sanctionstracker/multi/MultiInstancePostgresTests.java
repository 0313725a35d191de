package org.sanctionstracker.multi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.Application;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances against one PostgreSQL database, as in a deployment with more
 * than one node: they may start at the same moment on an empty database without tripping
 * over each other, and each sees what the other wrote.
 */
class MultiInstancePostgresTests {

	private static EmbeddedPostgres postgres;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startPostgres() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void two_instances_starting_together_on_an_empty_database_load_the_seed_data_once() throws Exception {
		String url = createDatabase("together");
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			Callable<ConfigurableApplicationContext> start = () -> instance(url);
			List<Future<ConfigurableApplicationContext>> started = List.of(starter.submit(start),
					starter.submit(start));
			for (Future<ConfigurableApplicationContext> instance : started) {
				this.instances.add(instance.get());
			}
		}
		finally {
			starter.shutdown();
		}
		JdbcTemplate jdbc = this.instances.get(0).getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from seed_load", Integer.class)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from source_document", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from measure where seed_key is not null", Integer.class))
			.isGreaterThan(30);
	}

	private String createDatabase(String name) throws Exception {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var create = connection.createStatement()) {
			create.execute("create database " + name);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	private static ConfigurableApplicationContext instance(String url) {
		return new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0");
	}

}
