package org.sanctionstracker.exchange;

import java.io.InputStream;
import java.util.function.LongConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON import file (the export's shape) a batch of records at a time with
 * Jackson's streaming parser, for files too large to hold in memory, such as the
 * whole-database export of a large database. Each {@link #next} returns an
 * {@link ImportFile} with the next records (at most {@link #batchSize}, counting a
 * measure's events and a coalition's members) and the problems found reading them, so
 * that the importer checks and writes them before the next are read. Parts must come in
 * the export's order (documents, actors, coalitions, measures, events, enforcement
 * actions, figures, decisions): a record may refer only to records before it, which a
 * batch finds in the database. See {@code docs/decisions/0019}.
 */
final class ImportStream implements AutoCloseable {

	/** Records per batch unless told otherwise. */
	static final int BATCH = 1_000;

	private final JsonParser json;

	private final int batchSize;

	private final LongConsumer bytesRead;

	/** The part being read, or {@code null} between parts. */
	private ExchangeKind kind;

	private String part;

	private int index;

	/** The last part's kind, for the order check. */
	private ExchangeKind latest;

	private boolean started;

	private boolean finished;

	private int mostHeld;

	/**
	 * @param in the file; closed with this stream
	 * @param batchSize at most how many records a batch holds
	 * @param bytesRead told how many bytes have been read, now and then
	 */
	ImportStream(InputStream in, int batchSize, LongConsumer bytesRead) {
		this.json = InterchangeJson.MAPPER.createParser(in);
		this.batchSize = batchSize;
		this.bytesRead = bytesRead;
	}

	/**
	 * The next batch of records, or {@code null} when the file has been read.
	 * @return the batch (records and problems), or {@code null}
	 */
	ImportFile next() {
		if (this.finished) {
			return null;
		}
		ImportFile batch = new ImportFile();
		RecordParser parser = new RecordParser(batch.issues);
		int held = 0;
		try {
			if (!this.started) {
				this.started = true;
				if (this.json.nextToken() != JsonToken.START_OBJECT) {
					batch.issues.add(new ImportIssue(ImportFileReader.FILE, null, null,
							"a JSON import must be an object such as {\"measures\": [ … ]}, as the exports are"));
					this.finished = true;
					return batch;
				}
			}
			while (held < this.batchSize) {
				if (this.kind == null && !nextPart(batch)) {
					this.finished = true;
					break;
				}
				if (this.kind == null) {
					continue;
				}
				if (this.json.nextToken() == JsonToken.END_ARRAY) {
					this.kind = null;
					continue;
				}
				JsonNode node = this.json.readValueAsTree();
				held += ImportFileReader.add(batch, parser, this.kind, node, "$." + this.part + "[" + this.index + "]");
				this.index++;
			}
			this.bytesRead.accept(this.json.currentLocation().getByteOffset());
		}
		catch (JacksonException ex) {
			var where = ex.getLocation();
			batch.issues.add(new ImportIssue(ImportFileReader.FILE, null, null,
					"the file is not valid JSON: " + ex.getOriginalMessage() + ((where != null)
							? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")" : "")));
			this.finished = true;
		}
		this.mostHeld = Math.max(this.mostHeld, batch.recordCount());
		return batch;
	}

	/**
	 * Reads up to the next part's list of records (checking the header on the way).
	 * @return {@code false} at the end of the file
	 */
	private boolean nextPart(ImportFile batch) {
		if (this.json.nextToken() != JsonToken.PROPERTY_NAME) {
			return false;
		}
		String name = this.json.currentName();
		JsonToken value = this.json.nextToken();
		switch (name) {
			case "format" -> {
				if (value != JsonToken.VALUE_STRING || !InterchangeJson.FORMAT.equals(this.json.getString())) {
					batch.issues
						.add(new ImportIssue("$.format", null, "format", "must be \"" + InterchangeJson.FORMAT + "\""));
				}
			}
			case "version" -> {
				if (value != JsonToken.VALUE_NUMBER_INT || this.json.getIntValue() != InterchangeJson.VERSION) {
					batch.issues.add(new ImportIssue("$.version", null, "version",
							"this application reads version " + InterchangeJson.VERSION + " of the format"));
				}
			}
			default -> {
				ExchangeKind found = ImportFileReader.kindOfJsonName(name);
				if (found == null) {
					batch.issues.add(new ImportIssue("$." + name, null, null,
							"unknown part; a file holds documents, actors, coalitions, measures, events,"
									+ " enforcement_actions, figures and decisions"));
					this.json.skipChildren();
				}
				else if (value != JsonToken.START_ARRAY) {
					batch.issues.add(new ImportIssue("$." + name, null, null, "must be a list of records"));
					this.json.skipChildren();
				}
				else if (this.latest != null && found.ordinal() < this.latest.ordinal()) {
					batch.issues.add(new ImportIssue("$." + name, null, null,
							"comes after " + this.latest.jsonName() + "; in a file this large the parts must come"
									+ " in the export's order (documents, actors, coalitions, measures, events,"
									+ " enforcement_actions, figures, decisions)"));
					this.json.skipChildren();
				}
				else {
					this.kind = found;
					this.latest = found;
					this.part = name;
					this.index = 0;
				}
			}
		}
		return true;
	}

	/**
	 * The most records one batch held, measures' events and coalitions' members counted.
	 * @return the largest batch so far
	 */
	int mostHeld() {
		return this.mostHeld;
	}

	@Override
	public void close() {
		this.json.close();
	}

}
