package org.sanctionstracker.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.WritingTests;
import org.sanctionstracker.actor.ActorDraft;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.ui.DataErrors;
import org.sanctionstracker.measure.EventDraft;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureDraft;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.EvidenceDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty editors writing at once through the services, each a fixed number of writes
 * ({@code tracker.test.writers.operations}, 8 by default, so 160 in all; they start
 * together and take turns through the four kinds of write, each writer from another one,
 * so every kind runs beside the others): they increment a counter kept in one actor
 * (read, add one, save with the version read; retry when refused as changed), rename one
 * shared measure, add lifecycle events to three shared measures, and create measures of
 * their own. The writers must have raced (some saves refused as changed meanwhile), and
 * afterwards every save that was confirmed is in the database exactly once, the counter
 * equals the number of confirmed increments (no lost update), and the only failures
 * writers met were refusals the editing views explain as "changed by someone else
 * meanwhile, reload" ({@link DataErrors}): no deadlock, lock timeout or other error
 * escaped the services.
 */
class ConcurrentWritersTests extends WritingTests {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentWritersTests.class);

	private static final int WRITERS = 20;

	@Autowired
	ActorService actors;

	@Autowired
	MeasureService measures;

	@Value("${tracker.test.writers.operations:8}")
	int operations;

	@Test
	void twenty_writers_at_once_lose_no_update_and_meet_no_unhandled_error() throws Exception {
		as("setup", "EDITOR");
		String run = Long.toString(System.nanoTime(), 36);
		// every write cites a passage already stored, as an editor citing the seed
		// documents does
		EvidenceDraft passage = new EvidenceDraft(
				this.jdbc.queryForObject("select min(id) from evidence where document_id is not null", Long.class),
				null, null, null, null);
		ActorRef counter = this.actors.save(actor("Counter " + run, "0"));
		ActorRef imposer = this.actors.resolve("JPN").orElseThrow();
		ActorRef target = this.actors.resolve("PRK").orElseThrow();
		long renamed = this.measures.save(measure(passage, imposer, target, "Renamed " + run)).id();
		List<Long> shared = List.of(this.measures.save(measure(passage, imposer, target, "Shared A " + run)).id(),
				this.measures.save(measure(passage, imposer, target, "Shared B " + run)).id(),
				this.measures.save(measure(passage, imposer, target, "Shared C " + run)).id());

		AtomicLong increments = new AtomicLong();
		AtomicLong renames = new AtomicLong();
		AtomicLong refusals = new AtomicLong();
		Map<Long, AtomicLong> eventsAdded = new ConcurrentHashMap<>();
		shared.forEach((id) -> eventsAdded.put(id, new AtomicLong()));
		List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);

		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(pool.submit(() -> {
				as("writer-" + writer, "EDITOR");
				start.await();
				for (int n = 1; n <= this.operations; n++) {
					try {
						switch ((writer + n) % 4) {
							case 0 -> {
								ActorDraft draft = this.actors.draft(counter.id()).orElseThrow();
								long value = Long.parseLong(draft.getDescription());
								draft.setDescription(Long.toString(value + 1));
								this.actors.save(draft);
								increments.incrementAndGet();
							}
							case 1 -> {
								MeasureDraft draft = this.measures.draft(renamed).orElseThrow();
								draft.setTitle("Renamed " + run + " by writer " + writer + " #" + n);
								this.measures.save(draft);
								renames.incrementAndGet();
							}
							case 2 -> {
								long measure = shared.get(ThreadLocalRandom.current().nextInt(shared.size()));
								EventDraft event = new EventDraft();
								event.setMeasureId(measure);
								event.setKind(EventKind.EXPANDED);
								event.setDate(PartialDate.ofMonth(2016, 1 + ThreadLocalRandom.current().nextInt(12)));
								event.setNote("writer " + writer + " #" + n);
								event.setEvidence(List.of(passage));
								this.measures.saveEvent(event);
								eventsAdded.get(measure).incrementAndGet();
							}
							default -> {
								String title = "Own " + run + " writer " + writer + " #" + n;
								this.measures.save(measure(passage, imposer, target, title));
								created.add(title);
							}
						}
					}
					catch (Throwable ex) {
						// What the editing views would show: a "changed meanwhile,
						// reload"
						// message is the expected answer to a lost race; anything else is
						// not.
						DataErrors.Problem shown = DataErrors.explain(ex);
						if (shown != null && shown.reload()) {
							refusals.incrementAndGet();
						}
						else {
							unexpected.add(ex);
						}
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> writer : writers) {
			writer.get();
		}
		pool.shutdown();

		log.info(
				"{} writers, {} writes each: {} increments, {} renames, {} events added, {} measures created, "
						+ "{} refused as changed, {} unexpected",
				WRITERS, this.operations, increments, renames,
				eventsAdded.values().stream().mapToLong(AtomicLong::get).sum(), created.size(), refusals,
				unexpected.size());
		assertThat(unexpected).as("errors users would not get a 'changed meanwhile, reload' message for").isEmpty();
		assertThat(refusals.get()).as("saves refused as changed meanwhile: the writers did race").isPositive();
		assertThat(increments.get() + renames.get() + created.size()).as("writes that went through").isPositive();
		assertThat(this.actors.draft(counter.id()).orElseThrow().getDescription())
			.as("the counter: one per confirmed increment, none lost")
			.isEqualTo(Long.toString(increments.get()));
		assertThat(this.jdbc.queryForObject("select version from measure where id = ?", Long.class, renamed))
			.as("one version per confirmed rename")
			.isEqualTo(this.jdbc.queryForObject("select version from measure where id = ?", Long.class, shared.get(0))
					+ renames.get());
		for (long measure : shared) {
			assertThat(this.jdbc.queryForObject("select count(*) from measure_event where measure_id = ?", Long.class,
					measure))
				.as("events of measure " + measure + ": the first one plus every confirmed addition")
				.isEqualTo(1 + eventsAdded.get(measure).get());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from measure where title like ?", Long.class,
				"Own " + run + " %"))
			.as("measures created, each once")
			.isEqualTo(created.size());
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from measure m where m.title like ? and not exists"
								+ " (select 1 from measure_event e where e.measure_id = m.id)",
						Long.class, "%" + run + "%"))
			.as("measures without their first event (half-saved)")
			.isZero();
	}

	private static ActorDraft actor(String name, String description) {
		ActorDraft draft = new ActorDraft();
		draft.setName(name);
		draft.setKind(ActorKind.GROUPING);
		draft.setDescription(description);
		return draft;
	}

	private static MeasureDraft measure(EvidenceDraft passage, ActorRef imposer, ActorRef target, String title) {
		MeasureDraft draft = new MeasureDraft();
		draft.setImposer(imposer);
		draft.setTarget(target);
		draft.setType(MeasureType.OTHER);
		draft.setTitle(title);
		draft.setFirstEventKind(EventKind.IMPOSED);
		draft.setFirstEventDate(PartialDate.ofYear(2015));
		draft.setEvidence(List.of(passage));
		return draft;
	}

}
