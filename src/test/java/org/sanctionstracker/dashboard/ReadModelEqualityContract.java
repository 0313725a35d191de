package org.sanctionstracker.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctionstracker.TableRows;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.base.DataChanges;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.ui.DataErrors;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.enforcement.EnforcementDraft;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.exchange.ImportPlan;
import org.sanctionstracker.exchange.ImportProgress;
import org.sanctionstracker.exchange.ImportService;
import org.sanctionstracker.filter.CountryRole;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.EvidenceDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model equals a full recomputation after random sequences of writes through
 * every door (the measure and enforcement forms' services, the importer, on top of the
 * seed loader's data): new measures, changed parties, types and coalitions, events added,
 * changed and removed, measures and actions deleted, files imported; first by one writer,
 * then by two at once. The status spans, the counted rows and every rollup are compared
 * row by row with what {@link ReadModel#rebuild} computes from the records, and every
 * dashboard aggregate read from the rollups is compared with the same aggregate counted
 * from the spans and the records, for many filters.
 */
abstract class ReadModelEqualityContract {

	private static final Logger log = LoggerFactory.getLogger(ReadModelEqualityContract.class);

	private static final List<String> TABLES = List.of("measure_status_span", "counted_measure", "counted_event",
			"counted_enforcement", "rollup_event", "rollup_in_force", "rollup_measure", "rollup_enforcement");

	/**
	 * What every written record cites, as the provenance rule asks (docs/decisions/0010).
	 */
	private static final EvidenceDraft EVIDENCE = EvidenceDraft.url("https://example.org/written");

	private static final List<String> COUNTRIES = List.of("PRK", "KOR", "JPN", "USA", "CHN", "RUS", "GBR");

	@Autowired
	MeasureService measures;

	@Autowired
	EnforcementService enforcement;

	@Autowired
	ImportService imports;

	@Autowired
	ReadModel readModel;

	@Autowired
	DashboardService dashboard;

	@Autowired
	DataChanges changes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** How many writes the random writers made (not refused). */
	private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void migration_26_fills_the_events_summed_over_the_kinds_as_the_upkeep_keeps_them() throws Exception {
		String migration = new String(
				getClass().getResourceAsStream("/db/migration/V26__rollup_event_summed_over_kinds.sql").readAllBytes(),
				StandardCharsets.UTF_8);
		String insert = migration.substring(migration.indexOf("insert into")).replace(";", "").strip();
		String slice = "select grain, period, imposer_id, kind, year_only, n from rollup_event where dim = 'S'"
				+ " order by grain, period, imposer_id, year_only";
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			List<Map<String, Object>> kept = this.jdbc.queryForList(slice);
			this.jdbc.update("delete from rollup_event where dim = 'S'");
			this.jdbc.update(insert);
			// the seed data's events, by year and by month
			assertThat(kept).hasSizeGreaterThan(20).isEqualTo(this.jdbc.queryForList(slice));
			status.setRollbackOnly();
		});
	}

	@Test
	void rollups_and_spans_equal_a_full_recomputation_after_random_writes_by_one_and_by_two_writers() throws Exception {
		List<Throwable> unexplained = Collections.synchronizedList(new ArrayList<>());
		new Writer("one", 1, unexplained).run(150);
		assertEqualToRecomputation("after one writer");

		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> writers = List.of(pool.submit(() -> new Writer("two-a", 2, unexplained).run(100)),
				pool.submit(() -> new Writer("two-b", 3, unexplained).run(100)));
		for (Future<?> writer : writers) {
			writer.get();
		}
		pool.shutdown();
		assertEqualToRecomputation("after two writers at once");
		assertThat(unexplained).as("failures users would not get a plain message for").isEmpty();
		assertThat(this.written.get()).as("writes the writers made").isGreaterThan(100);
		assertThat(count("measure_status_span")).as("spans written").isPositive();
		assertThat(count("counted_enforcement")).as("actions counted").isPositive();

		assertRollupsAnswerAsSpansAndRecords();
	}

	@Test
	void rollups_and_spans_equal_a_full_recomputation_after_bulk_imports_in_memory_and_streamed() throws Exception {
		// method security reads the account store
		org.sanctionstracker.TestAccounts.ensure(this.jdbc, "bulk", org.sanctionstracker.security.Role.EDITOR);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bulk", "n/a",
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		// more changed measures and actions than the read model refreshes a chunk at a
		// time
		// (ReadModelUpdate.CHUNK): a commit recomputes the whole read model once
		String file = bulkFile("bulk-a", 700, 400, 11);
		ImportPlan plan = this.imports.preview("bulk-a.json", file.getBytes(StandardCharsets.UTF_8),
				ImportProgress.NONE);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		assertEqualToRecomputation("after a bulk import");

		// the same file again: nothing changes; then a few records changed among many
		plan = this.imports.preview("bulk-a.json", file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
		assertThat(plan.preview().writes()).isZero();
		String changed = file.replace("\"coalition\": \"" + this.jdbc.queryForObject(
				"select seed_key from coalition where seed_key is not null order by id fetch first 1 rows only",
				String.class) + "\", ", "");
		plan = this.imports.preview("bulk-a.json", changed.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
		assertThat(plan.preview().issues()).isEmpty();
		assertThat(this.imports.commit(plan, ImportProgress.NONE).committed()).isTrue();
		assertEqualToRecomputation("after a bulk import that changed measures' coalitions");

		java.nio.file.Path streamed = java.nio.file.Files.createTempFile("bulk-b", ".json");
		try {
			java.nio.file.Files.writeString(streamed, bulkFile("bulk-b", 600, 500, 12));
			var result = this.imports.commitStream("bulk-b.json", streamed, ImportProgress.NONE);
			assertThat(result.issues()).isEmpty();
			assertThat(result.committed()).isTrue();
		}
		finally {
			java.nio.file.Files.delete(streamed);
		}
		assertEqualToRecomputation("after a streamed import");
	}

	/**
	 * A JSON import file with measures (one to three events each) and enforcement actions
	 * referring to them, between the test countries, some in coalitions.
	 */
	private String bulkFile(String prefix, int measures, int actions, long seed) {
		Random random = new Random(seed);
		List<String> coalitionKeys = this.jdbc
			.queryForList("select seed_key from coalition where seed_key is not null order by id", String.class);
		String evidence = "\"evidence\": [{\"url\": \"https://example.org/bulk\"}]";
		StringBuilder json = new StringBuilder("{\"measures\": [");
		for (int m = 0; m < measures; m++) {
			String imposer = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
			String target = COUNTRIES
				.get((COUNTRIES.indexOf(imposer) + 1 + random.nextInt(COUNTRIES.size() - 1)) % COUNTRIES.size());
			String coalition = random.nextBoolean()
					? "\"coalition\": \"" + coalitionKeys.get(random.nextInt(coalitionKeys.size())) + "\", " : "";
			StringBuilder events = new StringBuilder();
			int year = 2002 + random.nextInt(10);
			int count = 1 + random.nextInt(3);
			List<String> kinds = List.of("IMPOSED", "RELAXED", "LIFTED");
			for (int e = 0; e < count; e++) {
				String date = switch (random.nextInt(3)) {
					case 0 -> String.valueOf(year + e);
					case 1 -> "%d-%02d".formatted(year + e, 1 + random.nextInt(12));
					default -> "%d-%02d-%02d".formatted(year + e, 1 + random.nextInt(12), 1 + random.nextInt(28));
				};
				events.append((e > 0) ? ", " : "")
					.append("{\"key\": \"%s-m%d-e%d\", \"kind\": \"%s\", \"date\": \"%s\", %s}".formatted(prefix, m, e,
							kinds.get(e), date, evidence));
			}
			json.append((m > 0) ? ",\n" : "")
				.append(("{\"key\": \"%s-m%d\", \"imposer\": \"%s\", \"target\": \"%s\", \"type\": \"%s\", %s"
						+ "\"title\": \"Bulk measure %d\", %s, \"events\": [%s]}")
					.formatted(prefix, m, imposer, target,
							List.of("PORT_BAN", "OTHER", "TRADE_RESTRICTION", "ASSET_FREEZE").get(random.nextInt(4)),
							coalition, m, evidence, events));
		}
		json.append("],\n\"enforcement_actions\": [");
		for (int a = 0; a < actions; a++) {
			int measure = random.nextInt(measures);
			json.append((a > 0) ? ",\n" : "")
				.append(("{\"key\": \"%s-x%d\", \"actor\": \"%s\", \"kind\": \"%s\", \"date\": \"%d\","
						+ " \"description\": \"Bulk action\", \"measure\": \"%s-m%d\", %s}")
					.formatted(prefix, a, COUNTRIES.get(random.nextInt(COUNTRIES.size())),
							EnforcementKind.values()[random.nextInt(EnforcementKind.values().length)],
							2005 + random.nextInt(8), prefix, measure, evidence));
		}
		return json.append("]}").toString();
	}

	/** Compares every read-model table with what a rebuild computes. */
	private void assertEqualToRecomputation(String when) {
		Map<String, List<String>> kept = snapshot();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.readModel.rebuild());
		Map<String, List<String>> recomputed = snapshot();
		for (String table : TABLES) {
			assertThat(kept.get(table)).as("%s %s", table, when).containsExactlyElementsOf(recomputed.get(table));
		}
	}

	private Map<String, List<String>> snapshot() {
		return TableRows.of(this.jdbc, TABLES);
	}

	/**
	 * Every aggregate, from the rollups and from the spans and records, for many filters.
	 */
	private void assertRollupsAnswerAsSpansAndRecords() {
		List<Filter> filters = new ArrayList<>();
		filters.add(Filter.none());
		for (String iso3 : List.of("JPN", "PRK", "USA")) {
			long id = actor(iso3).id();
			for (CountryRole role : CountryRole.values()) {
				filters.add(Filter.none().withActor(id, role));
			}
			filters.add(Filter.none().withActor(id, CountryRole.IMPOSER).withType(MeasureType.PORT_BAN));
		}
		for (MeasureType type : List.of(MeasureType.PORT_BAN, MeasureType.OTHER, MeasureType.TRADE_RESTRICTION)) {
			filters.add(Filter.none().withType(type));
		}
		for (CoalitionRef coalition : coalitions()) {
			filters.add(Filter.none().withCoalition(coalition.id()));
		}
		for (EventKind kind : List.of(EventKind.IMPOSED, EventKind.LIFTED, EventKind.THREATENED)) {
			filters.add(Filter.none().withEventKind(kind));
		}
		for (EnforcementKind kind : List.of(EnforcementKind.SEIZURE, EnforcementKind.INSPECTION)) {
			filters.add(Filter.none().withEnforcementKind(kind));
			filters.add(Filter.none().withEnforcementKind(kind).withActor(actor("USA").id(), CountryRole.IMPOSER));
		}
		filters.add(Filter.none().withPeriod(PartialDate.parse("2006"), PartialDate.parse("2012")));
		filters.add(Filter.none().withPeriod(PartialDate.parse("2006-03"), PartialDate.parse("2011-10")));
		filters.add(Filter.none().withPeriod(PartialDate.parse("2008-01"), PartialDate.parse("2009-06")));
		filters.add(Filter.none().withPeriod(PartialDate.parse("2008-05"), PartialDate.parse("2008-09")));
		filters.add(Filter.none().withPeriod(PartialDate.parse("2009"), null));
		filters.add(Filter.none()
			.withActor(actor("KOR").id(), CountryRole.ANY)
			.withPeriod(PartialDate.parse("2007-07"), PartialDate.parse("2009-06")));
		// the type slices of the in-force rollup have months (a monthly chart, a day)
		filters.add(Filter.none()
			.withType(MeasureType.PORT_BAN)
			.withPeriod(PartialDate.parse("2008-01"), PartialDate.parse("2009-06")));
		filters.add(Filter.none()
			.withType(MeasureType.TRADE_RESTRICTION)
			.withActor(actor("USA").id(), CountryRole.IMPOSER)
			.withPeriod(PartialDate.parse("2008-05"), PartialDate.parse("2008-09")));
		List<LocalDate> days = List.of(LocalDate.of(2008, 6, 15), LocalDate.of(2010, 12, 31), LocalDate.of(2016, 2, 29),
				LocalDate.of(2009, 1, 1));
		for (Filter filter : filters) {
			for (Supplier<Object> aggregate : aggregates(filter, days)) {
				Object fromRollups = read(true, aggregate);
				Object fromRecords = read(false, aggregate);
				assertThat(fromRollups).as("%s", filter).usingRecursiveComparison().isEqualTo(fromRecords);
			}
		}
		for (CoalitionRef coalition : coalitions()) {
			for (LocalDate day : days) {
				for (MeasureType type : new MeasureType[] { null, MeasureType.PORT_BAN }) {
					Filter filter = Filter.none().withType(type);
					CoalitionAlignment fromRollups = (CoalitionAlignment) read(true,
							() -> this.dashboard.alignment(coalition.id(), day, filter).orElseThrow());
					CoalitionAlignment fromRecords = (CoalitionAlignment) read(false,
							() -> this.dashboard.alignment(coalition.id(), day, filter).orElseThrow());
					assertThat(fromRollups.members()).isEqualTo(fromRecords.members());
					assertThat(fromRollups.cells()).as("%s on %s", coalition.name(), day)
						.containsExactlyInAnyOrderElementsOf(fromRecords.cells());
				}
			}
		}
	}

	private List<Supplier<Object>> aggregates(Filter filter, List<LocalDate> days) {
		List<Supplier<Object>> aggregates = new ArrayList<>();
		aggregates.add(() -> this.dashboard.eventsOverTime(filter));
		aggregates.add(() -> this.dashboard.eventsChart(filter));
		aggregates.add(() -> this.dashboard.inForceOverTime(filter));
		aggregates.add(() -> this.dashboard.measuresByImposerAndType(filter));
		aggregates.add(() -> this.dashboard.enforcementByActorAndKind(filter));
		for (LocalDate day : days) {
			aggregates.add(() -> this.dashboard.keyFigures(filter, day));
		}
		return aggregates;
	}

	private Object read(boolean rollups, Supplier<Object> aggregate) {
		this.dashboard.setRollups(rollups);
		try {
			// a new data generation: nothing is answered from the cache
			this.changes.recordChange();
			return aggregate.get();
		}
		finally {
			this.dashboard.setRollups(true);
		}
	}

	private ActorRef actor(String iso3) {
		return this.jdbc.queryForObject("select id, name, iso3 from actor where iso3 = ?",
				(rs, n) -> new ActorRef(rs.getLong("id"), rs.getString("name"), rs.getString("iso3")), iso3);
	}

	private List<CoalitionRef> coalitions() {
		return this.jdbc.query("select id, name from coalition order by id",
				(rs, n) -> new CoalitionRef(rs.getLong("id"), rs.getString("name")));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** One editor writing at random through every door. */
	private final class Writer {

		private final String name;

		private final Random random;

		private final List<Throwable> unexplained;

		private final List<ActorRef> countries = new ArrayList<>();

		private final List<CoalitionRef> coalitionRefs;

		private final List<String> coalitionKeys;

		private int done;

		private int refused;

		Writer(String name, long seed, List<Throwable> unexplained) {
			this.name = name;
			this.random = new Random(seed);
			this.unexplained = unexplained;
			// method security reads the account store: without an account every write was
			// refused, and the writers wrote nothing
			org.sanctionstracker.TestAccounts.ensure(ReadModelEqualityContract.this.jdbc, name,
					org.sanctionstracker.security.Role.EDITOR);
			COUNTRIES.forEach((iso3) -> this.countries.add(actor(iso3)));
			this.coalitionRefs = coalitions();
			this.coalitionKeys = ReadModelEqualityContract.this.jdbc
				.queryForList("select seed_key from coalition where seed_key is not null order by id", String.class);
		}

		void run(int operations) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.name, "n/a",
						AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
			for (int i = 0; i < operations; i++) {
				try {
					operation(i);
					this.done++;
				}
				catch (Exception ex) {
					this.refused++;
					if (DataErrors.explain(ex) == null) {
						log.warn("Unexplained failure of writer {}", this.name, ex);
						this.unexplained.add(ex);
					}
				}
			}
			log.info("Writer {}: {} writes done, {} refused", this.name, this.done, this.refused);
			ReadModelEqualityContract.this.written.addAndGet(this.done);
		}

		private void operation(int i) {
			switch (this.random.nextInt(12)) {
				case 0, 1 -> newMeasure();
				case 2 -> changeMeasure();
				case 3, 4 -> addEvent();
				case 5 -> changeEvent();
				case 6 -> deleteEvent();
				case 7 -> deleteMeasure();
				case 8 -> saveAction();
				case 9 -> deleteAction();
				default -> importFile(i);
			}
		}

		private void newMeasure() {
			MeasureDraft draft = new MeasureDraft();
			ActorRef[] parties = parties();
			draft.setImposer(parties[0]);
			draft.setTarget(parties[1]);
			draft.setType(type());
			draft.setTitle("Random measure by " + this.name);
			draft.setCoalition(this.random.nextBoolean() ? pick(this.coalitionRefs) : null);
			draft.setFirstEventKind(pick(List.of(EventKind.IMPOSED, EventKind.IMPOSED, EventKind.THREATENED,
					EventKind.CONSIDERED, EventKind.SUSPENDED)));
			draft.setFirstEventDate(date());
			draft.setEvidence(List.of(EVIDENCE));
			ReadModelEqualityContract.this.measures.save(draft);
		}

		private void changeMeasure() {
			// half the time one that enforcement actions refer to: they are counted by
			// its
			// type and coalition
			List<Long> enforced = ReadModelEqualityContract.this.jdbc.queryForList(
					"select distinct measure_id from enforcement_action where measure_id is not null order by measure_id",
					Long.class);
			long measureId = (this.random.nextBoolean() && !enforced.isEmpty()) ? pick(enforced) : measureId();
			MeasureDraft draft = ReadModelEqualityContract.this.measures.draft(measureId).orElseThrow();
			switch (this.random.nextInt(4)) {
				case 0 -> {
					ActorRef[] parties = parties();
					draft.setImposer(parties[0]);
					draft.setTarget(parties[1]);
				}
				case 1 -> draft.setType(type());
				case 2 -> draft.setCoalition(this.random.nextBoolean() ? pick(this.coalitionRefs) : null);
				default -> draft.setTitle(draft.getTitle() + ".");
			}
			ReadModelEqualityContract.this.measures.save(draft);
		}

		private void addEvent() {
			EventDraft draft = EventDraft.of(measureId());
			draft.setKind(pick(List.of(EventKind.values())));
			draft.setDate(date());
			draft.setEvidence(List.of(EVIDENCE));
			ReadModelEqualityContract.this.measures.saveEvent(draft);
		}

		private void changeEvent() {
			long eventId = eventId();
			EventDraft draft = ReadModelEqualityContract.this.measures.eventDraft(eventId).orElseThrow();
			if (this.random.nextBoolean()) {
				draft.setKind(pick(List.of(EventKind.values())));
			}
			else {
				draft.setDate(date());
			}
			ReadModelEqualityContract.this.measures.saveEvent(draft);
		}

		private void deleteEvent() {
			long eventId = eventId();
			long version = ReadModelEqualityContract.this.measures.eventDraft(eventId).orElseThrow().getVersion();
			ReadModelEqualityContract.this.measures.deleteEvent(eventId, version);
		}

		private void deleteMeasure() {
			long measureId = measureId();
			long version = ReadModelEqualityContract.this.measures.draft(measureId).orElseThrow().getVersion();
			ReadModelEqualityContract.this.measures.delete(measureId, version);
		}

		private void saveAction() {
			EnforcementDraft draft;
			List<Long> actions = ReadModelEqualityContract.this.jdbc
				.queryForList("select id from enforcement_action order by id", Long.class);
			if (this.random.nextBoolean() && !actions.isEmpty()) {
				draft = ReadModelEqualityContract.this.enforcement.draft(pick(actions)).orElseThrow();
			}
			else {
				draft = new EnforcementDraft();
				draft.setDescription("Random action by " + this.name);
				draft.setEvidence(List.of(EVIDENCE));
			}
			draft.setActor(pick(this.countries));
			draft.setTarget(this.random.nextBoolean() ? pick(this.countries) : null);
			draft.setKind(pick(List.of(EnforcementKind.values())));
			draft.setDate(date());
			long measureId = measureId();
			draft
				.setMeasure(this.random.nextBoolean() ? new MeasureRef(measureId, "measure " + measureId, null) : null);
			ReadModelEqualityContract.this.enforcement.save(draft);
		}

		private void deleteAction() {
			List<Long> actions = ReadModelEqualityContract.this.jdbc
				.queryForList("select id from enforcement_action order by id", Long.class);
			if (actions.isEmpty()) {
				return;
			}
			long id = pick(actions);
			long version = ReadModelEqualityContract.this.enforcement.draft(id).orElseThrow().getVersion();
			ReadModelEqualityContract.this.enforcement.delete(id, version);
		}

		private void importFile(int i) {
			String key = "rm-" + this.name + "-" + i;
			ActorRef[] parties = parties();
			String coalition = this.random.nextBoolean() ? ", \"coalition\": \"" + pick(this.coalitionKeys) + "\"" : "";
			StringBuilder events = new StringBuilder();
			int count = 1 + this.random.nextInt(4);
			for (int e = 0; e < count; e++) {
				EventKind kind = (e == 0) ? EventKind.IMPOSED
						: pick(List.of(EventKind.RELAXED, EventKind.LIFTED, EventKind.REIMPOSED, EventKind.EXPANDED));
				PartialDate date = (e == 0) ? PartialDate.ofYear(2001 + this.random.nextInt(3)) : date();
				events.append((e > 0) ? ", " : "")
					.append("{\"key\": \"%s-e%d\", \"kind\": \"%s\", \"date\": \"%s\", \"evidence\": [{\"url\": \"https://example.org/imported\"}]}"
						.formatted(key, e, kind, date.iso()));
			}
			String json = """
					{"measures": [{"key": "%1$s", "imposer": "%2$s", "target": "%3$s", "type": "%4$s",
					  "title": "Imported by %5$s"%6$s, "evidence": [{"url": "https://example.org/imported"}], "events": [%7$s]}],
					 "enforcement_actions": [{"key": "%1$s-x", "actor": "%2$s", "kind": "%8$s", "date": "%9$s",
					  "description": "Imported action", "measure": "%1$s", "evidence": [{"url": "https://example.org/imported"}]}]}"""
				.formatted(key, parties[0].iso3(), parties[1].iso3(), type(), this.name, coalition, events,
						pick(List.of(EnforcementKind.values())), date().iso());
			ImportPlan plan = ReadModelEqualityContract.this.imports.preview(key + ".json",
					json.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
			ReadModelEqualityContract.this.imports.commit(plan, ImportProgress.NONE);
		}

		private ActorRef[] parties() {
			ActorRef imposer = pick(this.countries);
			ActorRef target = pick(this.countries);
			while (target.equals(imposer)) {
				target = pick(this.countries);
			}
			return new ActorRef[] { imposer, target };
		}

		private MeasureType type() {
			return pick(List.of(MeasureType.PORT_BAN, MeasureType.OTHER, MeasureType.TRADE_RESTRICTION,
					MeasureType.ASSET_FREEZE));
		}

		private PartialDate date() {
			int year = 2005 + this.random.nextInt(8);
			int month = 1 + this.random.nextInt(12);
			return switch (this.random.nextInt(8)) {
				case 0 -> PartialDate.unknown();
				case 1, 2 -> PartialDate.ofYear(year);
				case 3, 4 -> PartialDate.ofMonth(year, month);
				default ->
					new PartialDate(LocalDate.of(year, month, 1).plusDays(this.random.nextInt(28)), DatePrecision.DAY);
			};
		}

		private long measureId() {
			return pick(
					ReadModelEqualityContract.this.jdbc.queryForList("select id from measure order by id", Long.class));
		}

		private long eventId() {
			return pick(ReadModelEqualityContract.this.jdbc.queryForList("select id from measure_event order by id",
					Long.class));
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

	}

}
