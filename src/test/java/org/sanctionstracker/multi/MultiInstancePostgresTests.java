package org.sanctionstracker.multi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.Application;
import org.sanctionstracker.OnlyOnPostgres;
import org.sanctionstracker.PostgresTestDatabase;
import org.sanctionstracker.TestAccounts;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.RecordChangedException;
import org.sanctionstracker.dashboard.DashboardService;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.security.Role;
import org.sanctionstracker.source.EvidenceDraft;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two application instances against one PostgreSQL database, as in a deployment with more
 * than one node: they may start at the same moment on an empty database without tripping
 * over each other (seed data and the first administrator are created once), each sees
 * what the other wrote, including in its cached dashboard figures, and an edit made on a
 * version the other instance has since changed is refused rather than overwriting it.
 * Both tests use the same two instances, started together on a fresh database of the
 * shared embedded server; neither test changes what the other counts.
 */
@OnlyOnPostgres
class MultiInstancePostgresTests {

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startTwoInstancesTogether() throws Exception {
		String url = PostgresTestDatabase.freshUrl("multi");
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			Callable<ConfigurableApplicationContext> start = () -> instance(url);
			List<Future<ConfigurableApplicationContext>> started = List.of(starter.submit(start),
					starter.submit(start));
			for (Future<ConfigurableApplicationContext> instance : started) {
				instances.add(instance.get());
			}
		}
		finally {
			starter.shutdown();
		}
	}

	@AfterAll
	static void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
		instances.clear();
	}

	@Test
	void two_instances_starting_together_on_an_empty_database_load_the_seed_data_once() {
		JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from seed_load", Integer.class)).isOne();
		// the other test adds an editor account of its own (TestAccounts), so count the
		// administrators
		assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class))
			.as("the first administrator")
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from source_document", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from measure where seed_key is not null", Integer.class))
			.isGreaterThan(30);
	}

	@Test
	void each_instance_sees_what_the_other_wrote_and_a_stale_edit_is_refused() {
		ConfigurableApplicationContext first = instances.get(0);
		ConfigurableApplicationContext second = instances.get(1);
		ActorService onFirst = first.getBean(ActorService.class);
		ActorService onSecond = second.getBean(ActorService.class);
		DashboardService dashboardOnSecond = second.getBean(DashboardService.class);
		Filter everything = Filter.none();
		LocalDate day = LocalDate.of(2016, 3, 1);
		long measuresBefore = dashboardOnSecond.keyFigures(everything, day).measures();

		asEditor(() -> {
			ActorDraft estonia = new ActorDraft();
			estonia.setName("Estonia");
			estonia.setKind(ActorKind.STATE);
			estonia.setIso3("EST");
			onFirst.save(estonia);
		});
		ActorRef seen = onSecond.resolve("EST").orElseThrow();
		assertThat(seen.name()).isEqualTo("Estonia");

		ActorDraft readByFirst = onFirst.draft(seen.id()).orElseThrow();
		asEditor(() -> {
			ActorDraft renamed = onSecond.draft(seen.id()).orElseThrow();
			renamed.setName("Republic of Estonia");
			onSecond.save(renamed);
		});
		assertThat(onFirst.get(seen.id()).orElseThrow().name()).isEqualTo("Republic of Estonia");
		readByFirst.setDescription("An edit made on the old version");
		assertThatExceptionOfType(RecordChangedException.class)
			.isThrownBy(() -> asEditor(() -> onFirst.save(readByFirst)));
		assertThat(onSecond.get(seen.id()).orElseThrow().name()).as("the second edit was not overwritten")
			.isEqualTo("Republic of Estonia");

		MeasureService measuresOnFirst = first.getBean(MeasureService.class);
		asEditor(() -> measuresOnFirst.save(portBan(onFirst.resolve("JPN").orElseThrow(), seen)));
		assertThat(dashboardOnSecond.keyFigures(everything, day).measures())
			.as("the second instance's cached dashboard counts the first instance's new measure")
			.isEqualTo(measuresBefore + 1);
	}

	private static MeasureDraft portBan(ActorRef imposer, ActorRef target) {
		MeasureDraft draft = new MeasureDraft();
		draft.setImposer(imposer);
		draft.setTarget(target);
		draft.setType(MeasureType.PORT_BAN);
		draft.setTitle("Test port ban across instances");
		draft.setFirstEventKind(EventKind.IMPOSED);
		draft.setFirstEventDate(PartialDate.parse("2016-02"));
		draft.setEvidence(List.of(EvidenceDraft.url("https://example.org/port-ban")));
		return draft;
	}

	/**
	 * Runs an action as an editor on every instance: each application context has its own
	 * security context strategy (Vaadin installs one per context), so the user is set in
	 * each.
	 */
	private static void asEditor(Runnable action) {
		var editor = UsernamePasswordAuthenticationToken.authenticated("erin", null,
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
		TestAccounts.ensure(instances.get(0).getBean(JdbcTemplate.class), "erin", Role.EDITOR);
		List<SecurityContextHolderStrategy> strategies = instances.stream()
			.map((instance) -> instance.getBean(SecurityContextHolderStrategy.class))
			.toList();
		strategies.forEach((strategy) -> strategy.getContext().setAuthentication(editor));
		try {
			action.run();
		}
		finally {
			strategies.forEach(SecurityContextHolderStrategy::clearContext);
		}
	}

	private static ConfigurableApplicationContext instance(String url) {
		return new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + PostgresTestDatabase.USER, "--spring.datasource.password=",
				"--server.port=0");
	}

}
