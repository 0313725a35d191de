package org.sanctionstracker.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanctionstracker.Application;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Starts the real {@link Application} in this JVM on a benchmark database: Flyway, the
 * seed loaders, the web server on a random port and Vaadin in production mode (the
 * production bundle that {@code ./mvnw package} built), just as the jar runs it.
 */
final class AppContexts {

	private AppContexts() {
	}

	static ConfigurableApplicationContext start(BenchDatabase database) {
		Map<String, Object> properties = new LinkedHashMap<>(database.properties());
		properties.put("server.port", "0");
		properties.put("vaadin.productionMode", "true");
		properties.put("vaadin.launch-browser", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.jpa.show-sql", "false");
		// as command-line arguments: they win over application.properties
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.initializers((ConfigurableApplicationContext starting) -> starting.getBeanFactory()
				.addBeanPostProcessor(SqlRecorder.postProcessor()))
			.run(args);
		// The services that write check for an editor in the account store; the harness acts
		// as one.
		JdbcTemplate jdbc = jdbc(context);
		if (jdbc.queryForObject("select count(*) from app_user where username = 'bench'", Integer.class) == 0) {
			jdbc.update("insert into app_user (version, username, password_hash, role, enabled, created_at)"
					+ " values (0, 'bench', ?, 'ADMIN', true, ?)", "{noop}" + java.util.UUID.randomUUID(),
					java.sql.Timestamp.from(java.time.Instant.now()));
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
					AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_EDITOR", "ROLE_ADMIN")));
		return context;
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class);
	}

	static long count(ConfigurableApplicationContext context, String table) {
		Long count = jdbc(context).queryForObject("select count(*) from " + table, Long.class);
		return (count != null) ? count : 0;
	}

}
