package org.sanctionstracker.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import db.migration.V19__Id_sequences;

import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ColourSlots;
import org.sanctionstracker.base.DatabaseProduct;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.NameKey;
import org.sanctionstracker.coalition.CoalitionKind;
import org.sanctionstracker.coalition.MembershipBasis;
import org.sanctionstracker.dashboard.ReadModel;
import org.sanctionstracker.enforcement.EnforcementKind;
import org.sanctionstracker.figure.FigurePeriod;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic sanctions dataset of realistic shape, for benchmarks and load tests:
 * about 200 actors (every ISO 3166 state plus organisations, groupings and companies), 50
 * coalitions with memberships, measures with 1–6 valid lifecycle events each (exactly the
 * number of events asked for), enforcement actions, money figures, and one evidence
 * passage per record, each quote equal to its synthetic document's text at its offsets.
 *
 * <p>
 * The output is a function of the seed and the size alone: the same arguments give the
 * same rows. Rows go in through JDBC batches with explicit ids, so a million events take
 * seconds, not hours; the id sequences are moved past the new ids afterwards, and the
 * dashboard's read model is computed from all records. Actors that already exist (for
 * example the seeded North Korea dataset) are reused by ISO code, so the generator can
 * run on an empty or a seeded database, on H2 or PostgreSQL.
 */
public final class SyntheticData {

	/**
	 * Title prefix of the synthetic documents; also how a database is known to hold them.
	 */
	public static final String DOCUMENT_TITLE_PREFIX = "Synthetic source ";

	private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

	private static final int BATCH = 1000;

	private static final int TARGET_STATES = 25;

	private static final int COALITIONS = 50;

	private static final int ORGANISATIONS = 10;

	private static final int DOCUMENT_LENGTH = 6000;

	private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

	private static final int SPAN_DAYS = 35 * 365;

	private static final String[] WORDS = { "the", "ministry", "announced", "restrictions", "on", "vessels", "flagged",
			"in", "ports", "and", "financial", "transfers", "to", "entities", "linked", "with", "missile", "nuclear",
			"programme", "council", "resolution", "members", "agreed", "enforce", "sanctions", "against", "exports",
			"of", "coal", "iron", "luxury", "goods", "banks", "froze", "assets", "officials", "travel", "ban",
			"embargo", "arms", "talks", "resumed", "suspended", "lifted", "aid", "conditioned", "inspection", "cargo",
			"seized", "customs", "authorities", "arrested", "agent", "remittances", "laborers", "overseas", "shipping",
			"insurance", "designated", "companies", "regime", "coalition", "partners", "pressure", "allies" };

	private static final EventKind[] BEFORE_IMPOSITION = { EventKind.CONSIDERED, EventKind.THREATENED,
			EventKind.ANNOUNCED, EventKind.ADOPTED, EventKind.PROMISED };

	private static final EventKind[] WHILE_IN_FORCE = { EventKind.EXPANDED, EventKind.RELAXED, EventKind.SUSPENDED,
			EventKind.LIFTED, EventKind.LIFTING_PROMISED, EventKind.CONDITIONED };

	private final DataSource dataSource;

	/**
	 * How much to write.
	 *
	 * @param events the number of lifecycle events, exactly
	 * @param seed the random seed
	 */
	public record Size(long events, long seed) {

		public Size {
			if (events < 1) {
				throw new IllegalArgumentException("At least one event is needed, not " + events);
			}
		}

		long enforcementActions() {
			return Math.max(1, this.events / 5);
		}

	}

	/**
	 * What was written.
	 *
	 * @param actors actors added (existing ones reused are not counted)
	 * @param coalitions coalitions added
	 * @param memberships memberships added
	 * @param documents synthetic source documents added
	 * @param measures measures added
	 * @param events lifecycle events added
	 * @param enforcementActions enforcement actions added
	 * @param figures money figures added
	 * @param evidence evidence passages added
	 * @param millis time taken
	 */
	public record Result(int actors, int coalitions, int memberships, int documents, long measures, long events,
			long enforcementActions, long figures, long evidence, long millis) {

		public long rows() {
			return this.actors + this.coalitions + this.memberships + this.documents + this.measures + this.events
					+ this.enforcementActions + this.figures + this.evidence;
		}

	}

	public SyntheticData(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether the database already holds synthetic data.
	 * @return {@code true} when a synthetic source document exists
	 */
	public boolean present() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement query = connection
					.prepareStatement("select count(*) from source_document where title like ?")) {
			query.setString(1, DOCUMENT_TITLE_PREFIX + "%");
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1) > 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes the dataset, committing every thousand records so that no database has to
	 * keep a huge transaction open (H2 keeps undo data for it). A failure part-way leaves
	 * the rows written so far: generate into a fresh database.
	 * @param size how many events, and the seed
	 * @return what was written
	 */
	public Result generate(Size size) {
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Writer writer = new Writer(connection, new SplittableRandom(size.seed()));
			Result result = writer.write(size, started);
			log.info(
					"Synthetic data written in {} ms: {} measures, {} events, {} enforcement actions, {} evidence rows",
					result.millis(), result.measures(), result.events(), result.enforcementActions(),
					result.evidence());
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the synthetic data: " + ex.getMessage(), ex);
		}
	}

	/**
	 * One run of the generator: the random source, the id counters and the evidence
	 * cursor.
	 */
	private static final class Writer {

		private final Connection connection;

		private final SplittableRandom random;

		private final Map<String, Long> nextId = new HashMap<>();

		private final List<Long> actorIds = new ArrayList<>();

		private final long[] colourSlotUsage = new long[ColourSlots.COUNT];

		private final List<Long> targetIds = new ArrayList<>();

		private final List<Long> coalitionIds = new ArrayList<>();

		private final Map<Long, String> actorNames = new HashMap<>();

		private String documentText;

		private long documentId = -1;

		private int documentCursor;

		private int documents;

		private long evidence;

		private PreparedStatement documentInsert;

		private PreparedStatement evidenceInsert;

		Writer(Connection connection, SplittableRandom random) {
			this.connection = connection;
			this.random = random;
		}

		Result write(Size size, long started) throws SQLException {
			for (String table : List.of("actor", "coalition", "coalition_membership", "source_document", "evidence",
					"measure", "measure_event", "enforcement_action", "figure")) {
				this.nextId.put(table, firstFreeId(table));
			}
			this.documentInsert = this.connection.prepareStatement(
					"insert into source_document (id, version, title, author, publisher, published_from, published_precision,"
							+ " kind, text, text_sha256) values (?, 0, ?, ?, ?, ?, 'YEAR', ?, ?, ?)");
			this.evidenceInsert = this.connection.prepareStatement(
					"insert into evidence (id, document_id, quote, start_offset, end_offset) values (?, ?, ?, ?, ?)");
			int actors = writeActors();
			int memberships = writeCoalitions();
			long[] measuresAndEvents = writeMeasures(size.events());
			long enforcement = writeEnforcement(size.enforcementActions(), measuresAndEvents[0]);
			long figures = writeFigures(Math.max(1, measuresAndEvents[0] / 50), measuresAndEvents[0]);
			flush(this.documentInsert);
			flush(this.evidenceInsert);
			this.connection.commit();
			restartSequences();
			// the dashboard's spans and rollups, computed from every record by the same
			// code that keeps them up to date on each write
			long readModel = System.nanoTime();
			ReadModel.rebuild(this.connection);
			this.connection.commit();
			log.info("Read model computed in {} ms", (System.nanoTime() - readModel) / 1_000_000);
			// Cached dashboard aggregates must not outlive these rows (see
			// base/DataChanges).
			try (Statement bump = this.connection.createStatement()) {
				bump.executeUpdate("update data_generation set generation = generation + 1 where id = 1");
			}
			this.connection.commit();
			this.documentInsert.close();
			this.evidenceInsert.close();
			return new Result(actors, this.coalitionIds.size(), memberships, this.documents, measuresAndEvents[0],
					measuresAndEvents[1], enforcement, figures, this.evidence,
					(System.nanoTime() - started) / 1_000_000);
		}

		private int writeActors() throws SQLException {
			Set<String> knownCodes = new HashSet<>();
			Set<String> names = new HashSet<>();
			List<Long> states = new ArrayList<>();
			try (Statement query = this.connection.createStatement();
					ResultSet rows = query.executeQuery("select id, iso3, name, colour_slot from actor order by id")) {
				while (rows.next()) {
					this.colourSlotUsage[rows.getInt(4)]++;
					long id = rows.getLong(1);
					if (rows.getString(2) != null) {
						knownCodes.add(rows.getString(2));
						states.add(id);
					}
					names.add(NameKey.of(rows.getString(3)));
					this.actorNames.put(id, rows.getString(3));
					this.actorIds.add(id);
				}
			}
			int added = 0;
			try (PreparedStatement insert = this.connection.prepareStatement(
					"insert into actor (id, version, name, kind, iso3, colour_slot, name_key) values (?, 0, ?, ?, ?, ?, ?)")) {
				for (String alpha2 : Locale.getISOCountries()) {
					Locale country = Locale.of("", alpha2);
					String iso3;
					try {
						iso3 = country.getISO3Country();
					}
					catch (MissingResourceException ex) {
						continue;
					}
					String name = country.getDisplayCountry(Locale.ENGLISH);
					if (iso3.length() != 3 || knownCodes.contains(iso3) || !names.add(NameKey.of(name))) {
						continue;
					}
					long id = id("actor");
					insert.setLong(1, id);
					insert.setString(2, name);
					insert.setString(3, ActorKind.STATE.name());
					insert.setString(4, iso3);
					insert.setInt(5, nextColourSlot());
					insert.setString(6, NameKey.of(name));
					insert.addBatch();
					added++;
					this.actorNames.put(id, name);
					this.actorIds.add(id);
					states.add(id);
				}
				String[][] others = { { "Regional Organisation", ActorKind.INTERNATIONAL_ORGANIZATION.name() },
						{ "Export Control Group", ActorKind.GROUPING.name() },
						{ "Shipping Company", ActorKind.COMPANY.name() } };
				for (int n = 1; n <= ORGANISATIONS; n++) {
					for (String[] other : others) {
						String name = other[0] + " " + n;
						if (!names.add(NameKey.of(name))) {
							continue;
						}
						long id = id("actor");
						insert.setLong(1, id);
						insert.setString(2, name);
						insert.setString(3, other[1]);
						insert.setNull(4, Types.VARCHAR);
						insert.setInt(5, nextColourSlot());
						insert.setString(6, NameKey.of(name));
						insert.addBatch();
						added++;
						this.actorIds.add(id);
						this.actorNames.put(id, name);
					}
				}
				insert.executeBatch();
			}
			// A few actors act far more often than the rest, and a few states are the
			// usual
			// targets; which ones is decided by the seed.
			shuffle(this.actorIds);
			shuffle(states);
			this.targetIds.addAll(states.subList(0, Math.min(TARGET_STATES, states.size())));
			this.connection.commit();
			return added;
		}

		/**
		 * The colour slot of the next actor written, by the rule every new actor follows.
		 */
		private int nextColourSlot() {
			int slot = ColourSlots.next(this.colourSlotUsage);
			this.colourSlotUsage[slot]++;
			return slot;
		}

		private void shuffle(List<Long> ids) {
			for (int i = ids.size() - 1; i > 0; i--) {
				int j = this.random.nextInt(i + 1);
				Long swap = ids.get(i);
				ids.set(i, ids.get(j));
				ids.set(j, swap);
			}
		}

		private int writeCoalitions() throws SQLException {
			CoalitionKind[] kinds = CoalitionKind.values();
			MembershipBasis[] bases = MembershipBasis.values();
			int memberships = 0;
			try (PreparedStatement coalition = this.connection.prepareStatement(
					"insert into coalition (id, version, name, kind, description, name_key) values (?, 0, ?, ?, ?, ?)");
					PreparedStatement member = this.connection.prepareStatement(
							"insert into coalition_membership (id, version, coalition_id, actor_id, basis, joined_from,"
									+ " joined_precision, left_from, left_precision) values (?, 0, ?, ?, ?, ?, ?, ?, ?)");
					PreparedStatement coalitionEvidence = this.connection
						.prepareStatement("insert into coalition_evidence (coalition_id, evidence_id) values (?, ?)");
					PreparedStatement memberEvidence = this.connection.prepareStatement(
							"insert into coalition_membership_evidence (membership_id, evidence_id) values (?, ?)")) {
				for (int n = 1; n <= COALITIONS; n++) {
					long id = id("coalition");
					coalition.setLong(1, id);
					String name = "Synthetic coalition " + n;
					coalition.setString(2, name);
					coalition.setString(3, kinds[this.random.nextInt(kinds.length)].name());
					coalition.setString(4, sentence(12));
					coalition.setString(5, NameKey.of(name));
					coalition.addBatch();
					link(coalitionEvidence, id, passage());
					this.coalitionIds.add(id);
					Set<Long> members = new HashSet<>();
					int size = 3 + this.random.nextInt(38);
					while (members.size() < size) {
						members.add(skewed(this.actorIds));
					}
					for (long actor : members) {
						int roll = this.random.nextInt(100);
						MembershipBasis basis = (roll < 80) ? MembershipBasis.MEMBER
								: bases[1 + this.random.nextInt(bases.length - 1)];
						LocalDate joined = randomDay();
						DatePrecision joinedPrecision = randomPrecision();
						long membership = id("coalition_membership");
						member.setLong(1, membership);
						member.setLong(2, id);
						member.setLong(3, actor);
						member.setString(4, basis.name());
						setDate(member, 5, 6, joined, joinedPrecision);
						if (this.random.nextInt(100) < 15) {
							LocalDate left = min(joined.plusDays(365 + this.random.nextInt(3650)),
									PlausibleDates.today());
							setDate(member, 7, 8, left, DatePrecision.DAY);
						}
						else {
							setDate(member, 7, 8, null, DatePrecision.UNKNOWN);
						}
						member.addBatch();
						link(memberEvidence, membership, passage());
						memberships++;
					}
				}
				coalition.executeBatch();
				member.executeBatch();
				flush(this.documentInsert);
				flush(this.evidenceInsert);
				flush(coalitionEvidence);
				flush(memberEvidence);
			}
			this.connection.commit();
			return memberships;
		}

		/**
		 * @return {measures, events}
		 */
		private long[] writeMeasures(long events) throws SQLException {
			MeasureType[] types = MeasureType.values();
			long measures = 0;
			long written = 0;
			try (PreparedStatement measure = this.connection.prepareStatement(
					"insert into measure (id, version, imposer_id, target_id, type, title, description, coalition_id)"
							+ " values (?, 0, ?, ?, ?, ?, ?, ?)");
					PreparedStatement event = this.connection.prepareStatement(
							"insert into measure_event (id, version, measure_id, kind, date_from, date_precision, note)"
									+ " values (?, 0, ?, ?, ?, ?, ?)");
					PreparedStatement measureEvidence = this.connection
						.prepareStatement("insert into measure_evidence (measure_id, evidence_id) values (?, ?)");
					PreparedStatement eventEvidence = this.connection
						.prepareStatement("insert into measure_event_evidence (event_id, evidence_id) values (?, ?)")) {
				while (written < events) {
					long id = id("measure");
					long imposer = skewed(this.actorIds);
					long target = skewed(this.targetIds);
					if (target == imposer) {
						target = this.targetIds.get((this.targetIds.indexOf(target) + 1) % this.targetIds.size());
					}
					MeasureType type = types[this.random.nextInt(types.length)];
					measure.setLong(1, id);
					measure.setLong(2, imposer);
					measure.setLong(3, target);
					measure.setString(4, type.name());
					measure.setString(5, type.label() + " by " + this.actorNames.get(imposer) + " on "
							+ this.actorNames.get(target) + " #" + id);
					measure.setString(6, sentence(20));
					if (this.random.nextInt(100) < 30) {
						measure.setLong(7, this.coalitionIds.get(this.random.nextInt(this.coalitionIds.size())));
					}
					else {
						measure.setNull(7, Types.BIGINT);
					}
					measure.addBatch();
					link(measureEvidence, id, passage());
					measures++;
					List<EventKind> steps = lifecycle((int) Math.min(1 + this.random.nextInt(6), events - written));
					LocalDate day = randomDay();
					for (EventKind kind : steps) {
						long eventId = id("measure_event");
						event.setLong(1, eventId);
						event.setLong(2, id);
						event.setString(3, kind.name());
						setDate(event, 4, 5, day, randomPrecision());
						event.setString(6, (this.random.nextInt(3) == 0) ? sentence(10) : null);
						event.addBatch();
						link(eventEvidence, eventId, passage());
						// a lifecycle that would run past today stops at today: records
						// are of the past
						day = min(day.plusDays(10 + this.random.nextInt(700)), PlausibleDates.today());
						written++;
					}
					if (measures % BATCH == 0) {
						flush(measure);
						flush(event);
						flush(this.documentInsert);
						flush(this.evidenceInsert);
						flush(measureEvidence);
						flush(eventEvidence);
						this.connection.commit();
					}
				}
				flush(measure);
				flush(event);
				flush(this.documentInsert);
				flush(this.evidenceInsert);
				flush(measureEvidence);
				flush(eventEvidence);
			}
			this.connection.commit();
			return new long[] { measures, written };
		}

		/**
		 * A valid lifecycle of the given length: steps before imposition, then changes.
		 */
		private List<EventKind> lifecycle(int length) {
			List<EventKind> steps = new ArrayList<>(length);
			if (length == 1) {
				steps.add((this.random.nextInt(100) < 85) ? EventKind.IMPOSED
						: BEFORE_IMPOSITION[this.random.nextInt(BEFORE_IMPOSITION.length)]);
				return steps;
			}
			if (this.random.nextInt(100) < 40) {
				steps.add(BEFORE_IMPOSITION[this.random.nextInt(BEFORE_IMPOSITION.length)]);
			}
			steps.add(EventKind.IMPOSED);
			boolean inForce = true;
			while (steps.size() < length) {
				EventKind next = inForce ? WHILE_IN_FORCE[this.random.nextInt(WHILE_IN_FORCE.length)]
						: EventKind.REIMPOSED;
				if (next.effect() != EventKind.Effect.NONE) {
					inForce = next.effect() == EventKind.Effect.IN_FORCE;
				}
				steps.add(next);
			}
			return steps;
		}

		private long writeEnforcement(long count, long measures) throws SQLException {
			EnforcementKind[] kinds = EnforcementKind.values();
			long firstMeasure = this.nextId.get("measure") - measures;
			try (PreparedStatement action = this.connection.prepareStatement(
					"insert into enforcement_action (id, version, actor_id, target_id, target_description, kind, date_from,"
							+ " date_precision, description, measure_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
					PreparedStatement evidenceLink = this.connection.prepareStatement(
							"insert into enforcement_action_evidence (action_id, evidence_id) values (?, ?)")) {
				for (long n = 0; n < count; n++) {
					long id = id("enforcement_action");
					action.setLong(1, id);
					long actor = skewed(this.actorIds);
					action.setLong(2, actor);
					if (this.random.nextInt(100) < 70) {
						long target = skewed(this.targetIds);
						if (target == actor) {
							// an actor does not enforce against itself
							// (EnforcementAction.partiesProblem)
							target = this.targetIds.get((this.targetIds.indexOf(target) + 1) % this.targetIds.size());
						}
						action.setLong(3, target);
						action.setNull(4, Types.VARCHAR);
					}
					else {
						action.setNull(3, Types.BIGINT);
						action.setString(4,
								"Vessel " + WORDS[this.random.nextInt(WORDS.length)].toUpperCase(Locale.ROOT) + " "
										+ (1 + this.random.nextInt(999)));
					}
					action.setString(5, kinds[this.random.nextInt(kinds.length)].name());
					setDate(action, 6, 7, randomDay(), randomPrecision());
					action.setString(8, sentence(15));
					if (this.random.nextInt(2) == 0) {
						action.setLong(9, firstMeasure + this.random.nextLong(measures));
					}
					else {
						action.setNull(9, Types.BIGINT);
					}
					action.addBatch();
					link(evidenceLink, id, passage());
					if ((n + 1) % BATCH == 0) {
						flush(action);
						flush(this.documentInsert);
						flush(this.evidenceInsert);
						flush(evidenceLink);
						this.connection.commit();
					}
				}
				flush(action);
				flush(this.documentInsert);
				flush(this.evidenceInsert);
				flush(evidenceLink);
			}
			this.connection.commit();
			return count;
		}

		private long writeFigures(long count, long measures) throws SQLException {
			FigurePeriod[] periods = FigurePeriod.values();
			long firstMeasure = this.nextId.get("measure") - measures;
			try (PreparedStatement figure = this.connection.prepareStatement(
					"insert into figure (id, version, amount, currency, period, label, actor_id, measure_id, date_from,"
							+ " date_precision) values (?, 0, ?, 'USD', ?, ?, ?, ?, ?, ?)");
					PreparedStatement evidenceLink = this.connection
						.prepareStatement("insert into figure_evidence (figure_id, evidence_id) values (?, ?)")) {
				for (long n = 0; n < count; n++) {
					long id = id("figure");
					figure.setLong(1, id);
					figure.setBigDecimal(2, java.math.BigDecimal.valueOf(1000L * (1 + this.random.nextInt(2_000_000))));
					figure.setString(3, periods[this.random.nextInt(periods.length)].name());
					figure.setString(4, "Revenue cut off: " + sentence(6));
					figure.setLong(5, skewed(this.targetIds));
					figure.setLong(6, firstMeasure + this.random.nextLong(measures));
					setDate(figure, 7, 8, randomDay(), DatePrecision.YEAR);
					figure.addBatch();
					link(evidenceLink, id, passage());
				}
				flush(figure);
				flush(this.documentInsert);
				flush(this.evidenceInsert);
				flush(evidenceLink);
			}
			this.connection.commit();
			return count;
		}

		/**
		 * The id of a new evidence passage: the next window of the current synthetic
		 * document, starting a new document when it is used up.
		 */
		private long passage() throws SQLException {
			int length = 40 + this.random.nextInt(80);
			if (this.documentText == null || this.documentCursor + length > this.documentText.length()) {
				newDocument();
			}
			long id = id("evidence");
			this.evidenceInsert.setLong(1, id);
			this.evidenceInsert.setLong(2, this.documentId);
			this.evidenceInsert.setString(3,
					this.documentText.substring(this.documentCursor, this.documentCursor + length));
			this.evidenceInsert.setInt(4, this.documentCursor);
			this.evidenceInsert.setInt(5, this.documentCursor + length);
			this.evidenceInsert.addBatch();
			this.documentCursor += 7;
			this.evidence++;
			return id;
		}

		private void newDocument() throws SQLException {
			this.documents++;
			StringBuilder text = new StringBuilder(DOCUMENT_LENGTH + 100);
			text.append("Synthetic report number ").append(this.documents).append(". ");
			while (text.length() < DOCUMENT_LENGTH) {
				text.append(sentence(8 + this.random.nextInt(14))).append(' ');
			}
			this.documentText = text.toString();
			this.documentCursor = 0;
			this.documentId = id("source_document");
			this.documentInsert.setLong(1, this.documentId);
			this.documentInsert.setString(2, DOCUMENT_TITLE_PREFIX + this.documents);
			this.documentInsert.setString(3, "Synthetic author " + (1 + this.documents % 97));
			this.documentInsert.setString(4, "Synthetic publisher");
			this.documentInsert.setDate(5, Date.valueOf(LocalDate.of(1990 + this.documents % 36, 1, 1)));
			this.documentInsert.setString(6, SourceKind.values()[this.documents % SourceKind.values().length].name());
			this.documentInsert.setString(7, this.documentText);
			this.documentInsert.setString(8, sha256(this.documentText));
			this.documentInsert.addBatch();
			// Evidence references the document: it must be in the database first.
			flush(this.documentInsert);
		}

		private void link(PreparedStatement statement, long owner, long evidenceId) throws SQLException {
			statement.setLong(1, owner);
			statement.setLong(2, evidenceId);
			statement.addBatch();
		}

		private String sentence(int words) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < words; i++) {
				String word = WORDS[this.random.nextInt(WORDS.length)];
				if (i == 0) {
					text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
				}
				else {
					text.append(' ').append(word);
				}
			}
			return text.append('.').toString();
		}

		/** An element of the list, the first ones far more often (roughly Zipf-like). */
		private long skewed(List<Long> ids) {
			double u = this.random.nextDouble();
			int index = (int) Math.floor(Math.pow(u, 2.5) * ids.size());
			return ids.get(Math.min(index, ids.size() - 1));
		}

		private LocalDate randomDay() {
			return FIRST_DAY.plusDays(this.random.nextInt(SPAN_DAYS));
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return a.isBefore(b) ? a : b;
		}

		private DatePrecision randomPrecision() {
			int roll = this.random.nextInt(100);
			if (roll < 60) {
				return DatePrecision.DAY;
			}
			if (roll < 85) {
				return DatePrecision.MONTH;
			}
			return (roll < 98) ? DatePrecision.YEAR : DatePrecision.UNKNOWN;
		}

		private static void setDate(PreparedStatement statement, int dateIndex, int precisionIndex, LocalDate day,
				DatePrecision precision) throws SQLException {
			LocalDate lowerBound = switch (precision) {
				case DAY -> day;
				case MONTH -> day.withDayOfMonth(1);
				case YEAR -> day.withDayOfYear(1);
				case UNKNOWN -> null;
			};
			// the one date rule holds for generated records too
			PlausibleDates.check(new PartialDate(lowerBound, precision));
			if (lowerBound == null) {
				statement.setNull(dateIndex, Types.DATE);
			}
			else {
				statement.setDate(dateIndex, Date.valueOf(lowerBound));
			}
			statement.setString(precisionIndex, precision.name());
		}

		private long id(String table) {
			return this.nextId.merge(table, 1L, Long::sum) - 1;
		}

		/**
		 * The first id to write: past the ids in the table, and past every block of ids a
		 * running application may hold (Hibernate uses the
		 * {@value V19__Id_sequences#INCREMENT} ids up to each value it draws from the
		 * table's sequence): this draws a value of its own and starts at its block.
		 */
		private long firstFreeId(String table) throws SQLException {
			boolean postgres = DatabaseProduct.isPostgres(this.connection);
			try (Statement query = this.connection.createStatement();
					ResultSet rows = query.executeQuery(postgres ? "select nextval('" + table + "_seq')"
							: "select next value for " + table + "_seq")) {
				rows.next();
				return Math.max(rows.getLong(1) - V19__Id_sequences.INCREMENT + 1, maxId(table) + 1);
			}
		}

		private long maxId(String table) throws SQLException {
			try (Statement query = this.connection.createStatement();
					ResultSet rows = query.executeQuery("select coalesce(max(id), 0) from " + table)) {
				rows.next();
				return rows.getLong(1);
			}
		}

		/**
		 * Moves each table's id sequence past the ids written (see
		 * {@code db/migration/V19__Id_sequences}): Hibernate uses the
		 * {@value V19__Id_sequences#INCREMENT} ids up to the value it draws.
		 */
		private void restartSequences() throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				for (var entry : this.nextId.entrySet()) {
					statement.execute("alter sequence " + entry.getKey() + "_seq restart with "
							+ (entry.getValue() + V19__Id_sequences.INCREMENT - 1));
				}
			}
		}

		private static void flush(PreparedStatement statement) throws SQLException {
			statement.executeBatch();
		}

		private static String sha256(String text) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
