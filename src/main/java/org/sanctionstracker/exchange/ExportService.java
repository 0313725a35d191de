package org.sanctionstracker.exchange;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.coalition.Coalition;
import org.sanctionstracker.coalition.CoalitionService;
import org.sanctionstracker.exchange.ExchangeReader.Chunk;
import org.sanctionstracker.filter.Filter;
import org.sanctionstracker.filter.FilterSpecifications;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureService;
import tools.jackson.core.JsonGenerator;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/**
 * Streams exports: CSV or JSON of one kind of record with the filters of its list, and
 * the whole database as one JSON file that imports into an empty database. Records are
 * read in keyset pages of {@value #PAGE_SIZE}, each page in its own short transaction,
 * and written out before the next page is read, so memory does not grow with the size of
 * the export and no database connection is held while a slow client reads.
 */
@Service
public class ExportService {

	static final int PAGE_SIZE = 1000;

	private final ExchangeReader reader;

	private final MeasureService measures;

	private final Clock clock;

	ExportService(ExchangeReader reader, MeasureService measures) {
		this.reader = reader;
		this.measures = measures;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The day the field formats describe measures as of: the filter's, or the last day
	 * the data speaks of, as for the {@code /measures} list.
	 * @param filter the filter
	 * @return the day
	 */
	public AsOf asOf(Filter filter) {
		return this.measures.asOf(filter.asOf());
	}

	/**
	 * Writes FollowTheMoney entities, one per line: the measures the filter selects as
	 * {@code Sanction}s, their passages as {@code Documentation}, the coalitions the
	 * coalitions export would give for the filter's country and text as
	 * {@code Organization}s with their {@code Membership}s, the money figures the filter
	 * selects as {@code Payment}s, and the actors and documents these name. Start and end
	 * dates are read by {@code Lifecycle.periodOn} as of the filter's day. See
	 * {@code docs/formats/ftm.md}.
	 * @param filter the shared filter
	 * @param out where to write; left open
	 */
	public void exportFtm(Filter filter, OutputStream out) {
		FieldFormatContext context = FieldFormatContext.read(this.reader, asOf(filter).day());
		FtmExport ftm = new FtmExport(out, context, this.clock.instant());
		ExchangeReader.Documents documents = new ExchangeReader.Documents();
		var measureSpec = FilterSpecifications.measures(filter);
		stream((after) -> this.reader.measures(measureSpec, after, PAGE_SIZE, true, documents), ftm::measure);
		Specification<Coalition> coalitionSpec = CoalitionService.spec(filter.actorId(), null, filter.text());
		if (filter.coalitionId() != null) {
			coalitionSpec = coalitionSpec.and((root, query, cb) -> cb.equal(root.get("id"), filter.coalitionId()));
		}
		Specification<Coalition> coalitions = coalitionSpec;
		stream((after) -> this.reader.coalitions(coalitions, after, PAGE_SIZE, true, documents), ftm::coalition);
		var figureSpec = FilterSpecifications.figures(filter.withoutKinds());
		stream((after) -> this.reader.figures(figureSpec, after, PAGE_SIZE, documents), ftm::figure);
		for (String key : List.copyOf(ftm.actorsNamed())) {
			Interchange.ActorData actor = context.actor(key);
			if (actor != null) {
				ftm.actor(actor);
			}
		}
		Set<String> cited = Set.copyOf(ftm.documentsCited());
		stream((after) -> this.reader.documents(after, 20), (d) -> {
			if (cited.contains(d.key())) {
				ftm.document(d);
			}
		});
		ftm.close();
	}

	/**
	 * Writes one kind of record.
	 * @param kind an {@link ExchangeKind#exportable() exportable} kind
	 * @param format CSV or JSON
	 * @param filter the filters
	 * @param out where to write; left open
	 */
	public void export(ExchangeKind kind, ExportFormat format, ExportFilter filter, OutputStream out) {
		if (!kind.exportable()) {
			throw new IllegalArgumentException(kind + " has no export of its own");
		}
		if (format == ExportFormat.CSV) {
			Csv.Writer csv = new Csv.Writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			csv.row(InterchangeCsv.COLUMNS.get(kind));
			writeKind(kind, filter, new CsvSink(csv), new ExchangeReader.Documents());
			csv.flush();
		}
		else {
			try (JsonGenerator json = InterchangeJson.generator(out)) {
				json.writeStartObject();
				InterchangeJson.header(json);
				json.writeArrayPropertyStart(kind.jsonName());
				writeKind(kind, filter, new JsonSink(json), new ExchangeReader.Documents());
				json.writeEndArray();
				json.writeEndObject();
			}
		}
	}

	/**
	 * Writes the whole database: documents with their texts, actors, coalitions with
	 * their members, measures with their events, enforcement actions and figures, each
	 * with its evidence, and last the decisions that sentences are not records (so that
	 * the documents' coverage survives a restore).
	 * @param out where to write; left open
	 */
	public void exportDatabase(OutputStream out) {
		try (JsonGenerator json = InterchangeJson.generator(out)) {
			JsonSink sink = new JsonSink(json);
			ExchangeReader.Documents documents = new ExchangeReader.Documents();
			json.writeStartObject();
			InterchangeJson.header(json);
			json.writeArrayPropertyStart(ExchangeKind.DOCUMENTS.jsonName());
			stream((after) -> this.reader.documents(after, 20), (d) -> InterchangeJson.document(json, d));
			json.writeEndArray();
			for (ExchangeKind kind : new ExchangeKind[] { ExchangeKind.ACTORS, ExchangeKind.COALITIONS,
					ExchangeKind.MEASURES, ExchangeKind.ENFORCEMENT_ACTIONS, ExchangeKind.FIGURES }) {
				json.writeArrayPropertyStart(kind.jsonName());
				writeKind(kind, ExportFilter.none(), sink, documents);
				json.writeEndArray();
			}
			json.writeArrayPropertyStart(ExchangeKind.DECISIONS.jsonName());
			stream((after) -> this.reader.decisions(after, PAGE_SIZE, documents),
					(d) -> InterchangeJson.decision(json, d));
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	/**
	 * Writes the measures the filter selects in the shape of the Global Sanctions Data
	 * Base: one case per measure ({@code gsdb-cases.csv}) or one row per sanctioning
	 * state and year ({@code gsdb-dyadic.csv}), begin and end as of the filter's day. See
	 * {@code docs/formats/gsdb.md}.
	 * @param filter the shared filter
	 * @param dyadic whether to write the dyadic file
	 * @param out where to write; left open
	 */
	public void exportGsdb(Filter filter, boolean dyadic, OutputStream out) {
		FieldFormatContext context = FieldFormatContext.read(this.reader, asOf(filter).day());
		Csv.Writer csv = new Csv.Writer(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
		GsdbExport gsdb = new GsdbExport(csv, context, dyadic);
		ExchangeReader.Documents documents = new ExchangeReader.Documents();
		var spec = FilterSpecifications.measures(filter);
		stream((after) -> this.reader.measures(spec, after, PAGE_SIZE, true, documents), gsdb::measure);
		csv.flush();
	}

	/**
	 * Writes the lifecycle steps and enforcement actions the filter selects as
	 * CAMEO-coded events, up to the filter's day. See {@code docs/formats/cameo.md}.
	 * @param filter the shared filter
	 * @param out where to write; left open
	 */
	public void exportCameo(Filter filter, OutputStream out) {
		FieldFormatContext context = FieldFormatContext.read(this.reader, asOf(filter).day());
		Csv.Writer csv = new Csv.Writer(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
		CameoExport cameo = new CameoExport(csv, context);
		ExchangeReader.Documents documents = new ExchangeReader.Documents();
		var events = FilterSpecifications.events(filter);
		stream((after) -> this.reader.events(events, after, PAGE_SIZE, documents), cameo::event);
		var actions = FilterSpecifications.enforcementActions(filter);
		stream((after) -> this.reader.enforcementActions(actions, after, PAGE_SIZE, documents), cameo::enforcement);
		csv.flush();
	}

	private void writeKind(ExchangeKind kind, ExportFilter exportFilter, Sink sink,
			ExchangeReader.Documents documents) {
		Filter filter = exportFilter.filter();
		switch (kind) {
			case ACTORS -> {
				var spec = ActorService.spec(filter.text(), exportFilter.actorKind());
				stream((after) -> this.reader.actors(spec, after, PAGE_SIZE, documents), sink::actor);
			}
			case COALITIONS -> {
				var spec = CoalitionService.spec(filter.actorId(), exportFilter.coalitionKind(), filter.text());
				stream((after) -> this.reader.coalitions(spec, after, PAGE_SIZE, sink.nested(), documents),
						sink::coalition);
			}
			case MEASURES -> {
				var spec = FilterSpecifications.measures(filter);
				stream((after) -> this.reader.measures(spec, after, PAGE_SIZE, sink.nested(), documents),
						sink::measure);
			}
			case EVENTS -> {
				var spec = FilterSpecifications.events(filter);
				stream((after) -> this.reader.events(spec, after, PAGE_SIZE, documents), sink::event);
			}
			case ENFORCEMENT_ACTIONS -> {
				var spec = FilterSpecifications.enforcementActions(filter);
				stream((after) -> this.reader.enforcementActions(spec, after, PAGE_SIZE, documents), sink::enforcement);
			}
			case FIGURES -> {
				var spec = FilterSpecifications.figures(filter);
				stream((after) -> this.reader.figures(spec, after, PAGE_SIZE, documents), sink::figure);
			}
			default -> throw new IllegalArgumentException(kind + " has no export of its own");
		}
	}

	private static <T> void stream(java.util.function.LongFunction<Chunk<T>> page, Consumer<T> write) {
		long after = 0;
		while (true) {
			Chunk<T> chunk = page.apply(after);
			chunk.items().forEach(write);
			if (chunk.isEmpty()) {
				return;
			}
			after = chunk.lastId();
		}
	}

	/** Where records go: a CSV or a JSON writer. */
	private interface Sink {

		/**
		 * Whether a measure is written with its events and a coalition with its members.
		 */
		boolean nested();

		void actor(Interchange.ActorData actor);

		void coalition(Interchange.CoalitionData coalition);

		void measure(Interchange.MeasureData measure);

		void event(Interchange.EventData event);

		void enforcement(Interchange.EnforcementData action);

		void figure(Interchange.FigureData figure);

	}

	private record CsvSink(Csv.Writer csv) implements Sink {

		@Override
		public boolean nested() {
			return false;
		}

		@Override
		public void actor(Interchange.ActorData actor) {
			this.csv.row(InterchangeCsv.actor(actor));
		}

		@Override
		public void coalition(Interchange.CoalitionData coalition) {
			this.csv.row(InterchangeCsv.coalition(coalition));
		}

		@Override
		public void measure(Interchange.MeasureData measure) {
			this.csv.row(InterchangeCsv.measure(measure));
		}

		@Override
		public void event(Interchange.EventData event) {
			this.csv.row(InterchangeCsv.event(event));
		}

		@Override
		public void enforcement(Interchange.EnforcementData action) {
			this.csv.row(InterchangeCsv.enforcement(action));
		}

		@Override
		public void figure(Interchange.FigureData figure) {
			this.csv.row(InterchangeCsv.figure(figure));
		}

	}

	/** JSON: a measure carries its events, a coalition its members. */
	private record JsonSink(JsonGenerator json) implements Sink {

		@Override
		public boolean nested() {
			return true;
		}

		@Override
		public void actor(Interchange.ActorData actor) {
			InterchangeJson.actor(this.json, actor);
		}

		@Override
		public void coalition(Interchange.CoalitionData coalition) {
			InterchangeJson.coalition(this.json, coalition, true);
		}

		@Override
		public void measure(Interchange.MeasureData measure) {
			InterchangeJson.measure(this.json, measure, true);
		}

		@Override
		public void event(Interchange.EventData event) {
			InterchangeJson.event(this.json, event, true);
		}

		@Override
		public void enforcement(Interchange.EnforcementData action) {
			InterchangeJson.enforcement(this.json, action);
		}

		@Override
		public void figure(Interchange.FigureData figure) {
			InterchangeJson.figure(this.json, figure);
		}

	}

}
