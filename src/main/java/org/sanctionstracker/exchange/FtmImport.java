package org.sanctionstracker.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorKind;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.DatePrecision;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.exchange.ImportFile.Located;
import org.sanctionstracker.exchange.Interchange.ActorData;
import org.sanctionstracker.exchange.Interchange.Cite;
import org.sanctionstracker.exchange.Interchange.DocumentData;
import org.sanctionstracker.exchange.Interchange.EventData;
import org.sanctionstracker.exchange.Interchange.MeasureData;
import org.sanctionstracker.measure.EventKind;
import org.sanctionstracker.measure.MeasureType;
import org.sanctionstracker.source.SourceDocument;
import org.sanctionstracker.source.SourceKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads FollowTheMoney entities, one JSON object per line (an OpenSanctions extract, or
 * this tracker's {@code ftm.jsonl} export), into an {@link ImportFile} of measures, so
 * that they go through the one importer ({@link Importer}) and its rules like any other
 * file: each {@code Sanction} becomes a measure keyed by its FtM id, citing its
 * {@code sourceUrl}s and the passages its {@code Documentation} entities quote; its start
 * becomes an imposition, its end a lifting. The sanctioned entity and the authority are
 * actors of the database when one has the entity's id, a state's country code, the name
 * or an alias; otherwise the entity becomes a new actor. A sanction without evidence, an
 * entity the tracker cannot record (a person, a vessel) or an authority that names no
 * actor is a problem of its line, and nothing is imported. See
 * {@code docs/formats/ftm.md}.
 */
@Component
class FtmImport {

	private final ActorService actors;

	private final ExchangeKeys keys;

	private final EntityManager entityManager;

	FtmImport(ActorService actors, ExchangeKeys keys, EntityManager entityManager) {
		this.actors = actors;
		this.keys = keys;
		this.entityManager = entityManager;
	}

	/**
	 * Whether a file is FollowTheMoney JSON lines: named {@code .jsonl}, {@code .ndjson}
	 * or {@code .ftm.json}, or a first line that is an entity ({@code id},
	 * {@code schema}, {@code properties}).
	 * @param fileName the file's name
	 * @param content its bytes
	 * @return whether it is
	 */
	static boolean isFtm(String fileName, byte[] content) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".ftm.json")) {
			return true;
		}
		if (name.endsWith(".csv")) {
			return false;
		}
		String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8).stripLeading();
		int end = text.indexOf('\n');
		String first = (end >= 0) ? text.substring(0, end) : text;
		try {
			JsonNode node = InterchangeJson.MAPPER.readTree(first);
			return node.isObject() && node.has("id") && node.has("schema") && node.has("properties");
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** An entity as read, with its line. */
	private record Entity(String location, String id, String schema, Map<String, List<String>> properties) {

		String first(String property) {
			List<String> values = this.properties.getOrDefault(property, List.of());
			return values.isEmpty() ? null : values.get(0);
		}

		List<String> all(String property) {
			return this.properties.getOrDefault(property, List.of());
		}

	}

	/**
	 * Reads a file.
	 * @param content its bytes
	 * @return the measures, the actors and documents they need, and every problem
	 */
	@Transactional(readOnly = true)
	public ImportFile read(byte[] content) {
		ImportFile file = new ImportFile();
		String text = new String(content, StandardCharsets.UTF_8);
		if (!text.isEmpty() && text.charAt(0) == Csv.BOM) {
			text = text.substring(1);
		}
		Map<String, Entity> entities = new LinkedHashMap<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty()) {
				Entity entity = entity(line, "line " + (i + 1), file);
				if (entity != null && entities.putIfAbsent(entity.id(), entity) != null) {
					file.issues.add(new ImportIssue(entity.location(), entity.id(), "id",
							"the id '" + entity.id() + "' is used by another entity in this file"));
				}
			}
		}
		if (entities.isEmpty() && file.issues.isEmpty()) {
			file.issues.add(new ImportIssue(ImportFileReader.FILE, null, null,
					"the file holds no FollowTheMoney entity (one JSON object per line)"));
		}
		new Translation(entities, file).run();
		return file;
	}

	private static Entity entity(String line, String location, ImportFile file) {
		JsonNode node;
		try {
			node = InterchangeJson.MAPPER.readTree(line);
		}
		catch (JacksonException ex) {
			file.issues.add(new ImportIssue(location, null, null,
					"is not a JSON object: a FollowTheMoney file has one entity per line"));
			return null;
		}
		if (!node.isObject() || !node.path("id").isString() || !node.path("schema").isString()
				|| !node.path("properties").isObject()) {
			file.issues.add(new ImportIssue(location, null, null,
					"is not a FollowTheMoney entity: it needs \"id\", \"schema\" and \"properties\""));
			return null;
		}
		Map<String, List<String>> properties = new LinkedHashMap<>();
		JsonNode given = node.get("properties");
		for (String name : given.propertyNames()) {
			List<String> values = new ArrayList<>();
			JsonNode value = given.get(name);
			if (value.isArray()) {
				value.forEach((v) -> {
					if (v.isValueNode() && !v.isNull()) {
						values.add(v.asString());
					}
				});
			}
			else if (value.isValueNode() && !value.isNull()) {
				values.add(value.asString());
			}
			properties.put(name, values);
		}
		return new Entity(location, node.get("id").asString(), node.get("schema").asString(), properties);
	}

	/** One file's entities turned into records. */
	private final class Translation {

		private final Map<String, Entity> entities;

		private final ImportFile file;

		/** The actor key each entity id stands for, once resolved. */
		private final Map<String, String> actorKeys = new HashMap<>();

		/** The passages quoted for each entity, by its id. */
		private final Map<String, List<Cite>> passages = new HashMap<>();

		private final Map<String, Boolean> documentsAdded = new HashMap<>();

		private final ImportLookups lookups;

		Translation(Map<String, Entity> entities, ImportFile file) {
			this.entities = entities;
			this.file = file;
			this.lookups = new ImportLookups(FtmImport.this.entityManager, FtmImport.this.keys, null);
		}

		void run() {
			for (Entity e : this.entities.values()) {
				if (FtmSchema.DOCUMENTATION.equals(e.schema()) && e.first("entity") != null
						&& e.first("document") != null && e.first("summary") != null) {
					this.passages.computeIfAbsent(e.first("entity"), (k) -> new ArrayList<>())
						.add(Cite.passage(e.first("document"), e.first("summary"), null));
				}
			}
			for (Entity e : this.entities.values()) {
				if (FtmSchema.SANCTION.equals(e.schema())) {
					sanction(e);
				}
			}
		}

		private void sanction(Entity s) {
			String where = s.location();
			String key = s.id();
			String keyProblem = ExchangeKeys.problem(key);
			if (keyProblem != null) {
				issue(where, key, "id", keyProblem);
				return;
			}
			int mark = this.file.issues.size();
			String target = target(s);
			String imposer = authority(s);
			MeasureType type = type(s.all("provisions"));
			String title = (s.first("summary") != null) ? s.first("summary") : s.first("program");
			String legalBasis = (s.first("summary") != null) ? s.first("program") : null;
			if (title == null) {
				Entity entity = this.entities.get(s.first("entity"));
				String name = (entity != null && entity.first("name") != null) ? entity.first("name")
						: s.first("entity");
				title = "Sanction against " + name;
			}
			String description = (s.first("description") != null) ? s.first("description") : s.first("reason");
			List<Cite> evidence = new ArrayList<>();
			s.all("sourceUrl").forEach((url) -> evidence.add(Cite.web(url)));
			for (Cite passage : this.passages.getOrDefault(s.id(), List.of())) {
				String doc = document(passage.doc(), where, key);
				if (doc != null) {
					evidence.add(Cite.passage(doc, passage.quote(), null));
				}
			}
			List<EventData> events = events(s, key, evidence);
			boolean readable = this.file.issues.size() == mark;
			this.file.measures.add(new Located<>(where, new MeasureData(key, imposer, target, type, title, description,
					legalBasis, null, List.copyOf(evidence), events), readable));
		}

		/**
		 * The steps a sanction's dates give: imposed at its start (or listing), announced
		 * at a listing before the start, lifted (or suspended) at its end; a sanction
		 * that never came into force reaches the step its status names.
		 */
		private List<EventData> events(Entity s, String key, List<Cite> evidence) {
			String where = s.location();
			PartialDate start = date(s, "startDate");
			PartialDate listed = date(s, "listingDate");
			PartialDate other = date(s, "date");
			PartialDate end = date(s, "endDate");
			String status = s.first("status");
			List<EventData> events = new ArrayList<>();
			EventKind named = eventKind(status);
			if (start == null && named != null) {
				// never in force by dated steps: the step it reached (threatened,
				// announced
				// …, or lifted after an imposition the source does not date)
				PartialDate when = (listed != null) ? listed : (other != null) ? other : PartialDate.unknown();
				events.add(event(key, named, when, evidence, (listed != null) ? "listingDate" : "date"));
				return events;
			}
			String startBasis = "startDate";
			if (start == null) {
				startBasis = (listed != null) ? "listingDate" : "date";
				start = (listed != null) ? listed : other;
				listed = null;
			}
			if (start == null) {
				issue(where, key, "startDate", "a sanction needs the day it came into force"
						+ " (a startDate, listingDate or date); none is given");
				return events;
			}
			if (listed != null && listed.lowerBound().isBefore(start.lowerBound())) {
				events.add(event(key, EventKind.ANNOUNCED, listed, evidence, "listingDate"));
			}
			events.add(event(key, EventKind.IMPOSED, start, evidence, startBasis));
			if (end != null) {
				events.add(event(key, "suspended".equalsIgnoreCase(status) ? EventKind.SUSPENDED : EventKind.LIFTED,
						end, evidence, "endDate"));
			}
			return events;
		}

		private EventData event(String measureKey, EventKind kind, PartialDate date, List<Cite> evidence,
				String property) {
			return new EventData(measureKey + "." + kind.name().toLowerCase(Locale.ROOT), measureKey, kind, date,
					"FollowTheMoney: the Sanction's " + property, null, List.copyOf(evidence), null);
		}

		private PartialDate date(Entity s, String property) {
			String value = s.first(property);
			if (value == null || value.isBlank()) {
				return null;
			}
			String day = (value.length() > 10) ? value.substring(0, 10) : value;
			try {
				PartialDate date = PartialDate.parse(day);
				return (date.precision() == DatePrecision.UNKNOWN) ? null : date;
			}
			catch (IllegalArgumentException ex) {
				issue(s.location(), s.id(), property, ex.getMessage());
				return null;
			}
		}

		private String target(Entity s) {
			String id = s.first("entity");
			if (id == null) {
				issue(s.location(), s.id(), "entity", "a sanction must name the sanctioned entity");
				return null;
			}
			return actor(id, s);
		}

		/**
		 * The actor key an entity id stands for: an actor of the database with that key,
		 * or (for a state) its code, or its name or an alias; otherwise a new actor made
		 * from the entity.
		 */
		private String actor(String id, Entity s) {
			String known = this.actorKeys.get(id);
			if (known != null) {
				return known;
			}
			Actor byKey = (ExchangeKeys.problem(id) == null) ? this.lookups.find(Actor.class, ExchangeKind.ACTORS, id)
					: null;
			if (byKey != null) {
				this.actorKeys.put(id, id);
				return id;
			}
			Entity entity = this.entities.get(id);
			if (entity == null) {
				issue(s.location(), s.id(), "entity",
						"'" + id + "' is neither an entity of this file nor an actor key of the database");
				return null;
			}
			if (!FtmSchema.isActor(entity.schema())) {
				issue(s.location(), s.id(), "entity", "'" + id + "' is a " + entity.schema()
						+ "; the tracker records states, organisations and companies as the parties of a measure");
				return null;
			}
			ActorKind kind = actorKind(entity);
			String iso3 = (kind == ActorKind.STATE) ? FieldFormatContext.alpha3(entity.first("country")) : null;
			List<String> names = new ArrayList<>();
			if (iso3 != null) {
				names.add(iso3);
			}
			if (entity.first("name") != null) {
				names.add(entity.first("name"));
			}
			names.addAll(entity.all("alias"));
			for (String name : names) {
				Optional<String> existing = existingActor(name);
				if (existing.isPresent()) {
					this.actorKeys.put(id, existing.get());
					return existing.get();
				}
			}
			String keyProblem = ExchangeKeys.problem(id);
			if (keyProblem != null) {
				issue(entity.location(), id, "id", keyProblem);
				return null;
			}
			List<Cite> evidence = entity.all("sourceUrl").stream().map(Cite::web).toList();
			List<String> aliases = entity.all("alias").stream().distinct().toList();
			this.file.actors.add(new Located<>(entity.location(),
					new ActorData(id, entity.first("name"), kind, iso3, aliases, entity.first("description"), evidence),
					true));
			this.actorKeys.put(id, id);
			return id;
		}

		private Optional<String> existingActor(String reference) {
			return FtmImport.this.actors.resolve(reference)
				.map((ref) -> FtmImport.this.entityManager.find(Actor.class, ref.id()))
				.map((actor) -> FtmImport.this.keys.key(ExchangeKind.ACTORS, actor.getSeedKey(), actor.getId()));
		}

		/**
		 * The imposer: the actor the authority names (an entity of this file with that
		 * name or alias, or an actor of the database), or the state of the sanction's
		 * country.
		 */
		private String authority(Entity s) {
			for (String authority : s.all("authority")) {
				for (Entity entity : this.entities.values()) {
					if (FtmSchema.isActor(entity.schema())
							&& (matches(entity.all("name"), authority) || matches(entity.all("alias"), authority))) {
						return actor(entity.id(), s);
					}
				}
				Optional<String> existing = existingActor(authority);
				if (existing.isPresent()) {
					return existing.get();
				}
			}
			String iso3 = FieldFormatContext.alpha3(s.first("country"));
			if (iso3 != null) {
				Optional<String> existing = existingActor(iso3);
				if (existing.isPresent()) {
					return existing.get();
				}
			}
			issue(s.location(), s.id(), "authority",
					(s.first("authority") != null)
							? "'" + s.first("authority")
									+ "' names no actor: neither an entity of this file nor an actor of the database"
									+ " (by name, alias or country code); add it as an actor first"
							: "a sanction must name its authority (or the country imposing it)");
			return null;
		}

		private static boolean matches(List<String> names, String wanted) {
			return names.stream().anyMatch((name) -> name.strip().equalsIgnoreCase(wanted.strip()));
		}

		/**
		 * The document key a passage's document id stands for: a document of the database
		 * with that key, or a new one from the file's entity.
		 */
		private String document(String id, String where, String key) {
			if (this.documentsAdded.containsKey(id)) {
				return this.documentsAdded.get(id) ? id : null;
			}
			boolean inDatabase = ExchangeKeys.problem(id) == null
					&& this.lookups.find(SourceDocument.class, ExchangeKind.DOCUMENTS, id) != null;
			if (inDatabase) {
				this.documentsAdded.put(id, true);
				return id;
			}
			Entity d = this.entities.get(id);
			if (d == null || !FtmSchema.isDocument(d.schema())) {
				issue(where, key, "proof", "document '" + id + "' is neither in this file nor in the database");
				this.documentsAdded.put(id, false);
				return null;
			}
			SourceKind kind = java.util.Arrays.stream(SourceKind.values())
				.filter((k) -> k.label().equalsIgnoreCase(String.valueOf(d.first("keywords"))))
				.findFirst()
				.orElse(SourceKind.OTHER);
			PartialDate published;
			try {
				String value = d.first("publishedAt");
				published = PartialDate.parse((value != null && value.length() > 10) ? value.substring(0, 10) : value);
			}
			catch (IllegalArgumentException ex) {
				issue(d.location(), id, "publishedAt", ex.getMessage());
				published = PartialDate.unknown();
			}
			String title = (d.first("title") != null) ? d.first("title") : d.first("fileName");
			this.file.documents.add(new Located<>(d.location(),
					new DocumentData(id, d.first("fileName"), null, title, d.first("author"), d.first("publisher"),
							published, kind, d.first("sourceUrl"), d.first("notes"), d.first("bodyText")),
					true));
			this.documentsAdded.put(id, true);
			return id;
		}

		private void issue(String where, String key, String field, String reason) {
			this.file.issues.add(new ImportIssue(where, key, field, reason));
		}

	}

	/**
	 * The kind of actor an entity is: the tracker's kind when its legal form names one
	 * (as the export writes it), otherwise a company (the tracker's kind for any
	 * organisation that is not a state or an international organisation).
	 */
	private static ActorKind actorKind(Entity entity) {
		for (String form : entity.all("legalForm")) {
			for (ActorKind kind : ActorKind.values()) {
				if (kind.label().equalsIgnoreCase(form.strip()) || kind.name().equalsIgnoreCase(form.strip())) {
					return kind;
				}
			}
		}
		return ActorKind.COMPANY;
	}

	/**
	 * The measure type the provisions name: a type's label or name, or words that name
	 * one (asset freeze, travel ban, arms embargo …); otherwise
	 * {@link MeasureType#OTHER}.
	 */
	static MeasureType type(List<String> provisions) {
		for (String provision : provisions) {
			String p = provision.strip();
			for (MeasureType type : MeasureType.values()) {
				if (type.label().equalsIgnoreCase(p) || type.name().equalsIgnoreCase(p)) {
					return type;
				}
			}
		}
		for (String provision : provisions) {
			String p = provision.toLowerCase(Locale.ROOT);
			if (p.contains("freez") || p.contains("block")) {
				return MeasureType.ASSET_FREEZE;
			}
			if (p.contains("travel") || p.contains("entry ban") || p.contains("visa")) {
				return MeasureType.TRAVEL_BAN;
			}
			if (p.contains("arms") || p.contains("weapon")) {
				return MeasureType.ARMS_EMBARGO;
			}
			if (p.contains("financ") || p.contains("investment") || p.contains("bank")) {
				return MeasureType.FINANCIAL_RESTRICTION;
			}
			if (p.contains("export") || p.contains("import") || p.contains("trade")) {
				return MeasureType.TRADE_RESTRICTION;
			}
		}
		return MeasureType.OTHER;
	}

	private static EventKind eventKind(String status) {
		if (status == null) {
			return null;
		}
		for (EventKind kind : EventKind.values()) {
			if (kind.label().equalsIgnoreCase(status.strip())) {
				return kind;
			}
		}
		return null;
	}

}
