package org.sanctionstracker.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an import file, JSON (the export's shape, any subset of kinds) or CSV (one kind
 * per file, the export's columns), into an {@link ImportFile}. It never throws on bad
 * content: a file that is not JSON or CSV at all becomes one issue for the file, a bad
 * record an issue for its row or path.
 */
final class ImportFileReader {

	static final String FILE = "file";

	private ImportFileReader() {
	}

	/**
	 * Reads a file.
	 * @param fileName its name; {@code .csv} means CSV, {@code .json} JSON, otherwise the
	 * content decides
	 * @param content its bytes
	 * @param progress told the share of the file read so far, in per mille
	 * @return what was read
	 */
	static ImportFile read(String fileName, byte[] content, IntConsumer progress) {
		ImportFile file = new ImportFile();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			file.issues.add(new ImportIssue(FILE, null, null, "the file is not UTF-8 text"));
			return file;
		}
		if (text.startsWith(String.valueOf(Csv.BOM))) {
			text = text.substring(1);
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		boolean json = name.endsWith(".json") || (!name.endsWith(".csv") && text.stripLeading().startsWith("{"));
		if (text.isBlank()) {
			file.issues.add(new ImportIssue(FILE, null, null, "the file is empty"));
		}
		else if (json) {
			readJson(text, file, progress);
		}
		else {
			readCsv(name, text, file, progress);
		}
		return file;
	}

	private static void readJson(String text, ImportFile file, IntConsumer progress) {
		RecordParser parser = new RecordParser(file.issues);
		try (JsonParser json = InterchangeJson.MAPPER.createParser(text)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				file.issues.add(new ImportIssue(FILE, null, null,
						"a JSON import must be an object such as {\"measures\": [ … ]}, as the exports are"));
				return;
			}
			while (json.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				switch (name) {
					case "format" -> {
						if (value != JsonToken.VALUE_STRING || !InterchangeJson.FORMAT.equals(json.getString())) {
							file.issues.add(new ImportIssue("$.format", null, "format",
									"must be \"" + InterchangeJson.FORMAT + "\""));
						}
					}
					case "version" -> {
						if (value != JsonToken.VALUE_NUMBER_INT || json.getIntValue() != InterchangeJson.VERSION) {
							file.issues.add(new ImportIssue("$.version", null, "version",
									"this application reads version " + InterchangeJson.VERSION + " of the format"));
						}
					}
					default -> {
						ExchangeKind kind = kindOfJsonName(name);
						if (kind == null) {
							file.issues.add(new ImportIssue("$." + name, null, null,
									"unknown part; a file holds documents, actors, coalitions, measures, events,"
											+ " enforcement_actions, figures and decisions"));
							json.skipChildren();
						}
						else if (value != JsonToken.START_ARRAY) {
							file.issues.add(new ImportIssue("$." + name, null, null, "must be a list of records"));
							json.skipChildren();
						}
						else {
							int index = 0;
							while (json.nextToken() != JsonToken.END_ARRAY) {
								JsonNode node = json.readValueAsTree();
								add(file, parser, kind, node, "$." + name + "[" + index + "]");
								index++;
								if (index % 200 == 0) {
									progress.accept((int) Math.min(999,
											json.currentLocation().getCharOffset() * 1000L / text.length()));
								}
							}
						}
					}
				}
			}
		}
		catch (JacksonException ex) {
			var where = ex.getLocation();
			file.issues.add(new ImportIssue(FILE, null, null,
					"the file is not valid JSON: " + ex.getOriginalMessage() + ((where != null)
							? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")" : "")));
		}
	}

	/**
	 * Reads records from a parsed tree, as {@link #read} reads a JSON file: an object
	 * whose members are lists of records of one kind (the seed dataset's YAML files).
	 * @param file where the records and problems go
	 * @param root the tree
	 * @param source the name of the file the tree comes from, which every location starts
	 * with
	 */
	static void readTree(ImportFile file, JsonNode root, String source) {
		if (root == null || !root.isObject()) {
			file.issues.add(new ImportIssue(source, null, null,
					"must be an object such as {\"measures\": [ … ]}, as the exports are"));
			return;
		}
		RecordParser parser = new RecordParser(file.issues);
		for (String name : root.propertyNames()) {
			JsonNode records = root.get(name);
			ExchangeKind kind = kindOfJsonName(name);
			String at = source + " $." + name;
			if (kind == null) {
				file.issues.add(new ImportIssue(at, null, null,
						"unknown part; a file holds documents, actors, coalitions, measures, events,"
								+ " enforcement_actions, figures and decisions"));
			}
			else if (!records.isArray()) {
				file.issues.add(new ImportIssue(at, null, null, "must be a list of records"));
			}
			else {
				for (int i = 0; i < records.size(); i++) {
					add(file, parser, kind, records.get(i), at + "[" + i + "]");
				}
			}
		}
	}

	static ExchangeKind kindOfJsonName(String name) {
		for (ExchangeKind kind : ExchangeKind.values()) {
			if (kind.jsonName().equals(name) && kind != ExchangeKind.MEMBERSHIPS) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * Reads one record into the file.
	 * @return how many records it holds: one, plus a measure's events or a coalition's
	 * members
	 */
	static int add(ImportFile file, RecordParser parser, ExchangeKind kind, JsonNode node, String location) {
		switch (kind) {
			case DOCUMENTS -> file.documents.add(parser.document(node, location));
			case ACTORS -> file.actors.add(parser.actor(node, location));
			case COALITIONS -> {
				var coalition = parser.coalition(node, location);
				file.coalitions.add(coalition);
				return 1 + coalition.data().members().size();
			}
			case MEASURES -> {
				var measure = parser.measure(node, location);
				file.measures.add(measure);
				return 1 + measure.data().events().size();
			}
			case EVENTS -> file.events.add(parser.event(node, location, null));
			case ENFORCEMENT_ACTIONS -> file.enforcementActions.add(parser.enforcement(node, location));
			case FIGURES -> file.figures.add(parser.figure(node, location));
			case DECISIONS -> file.decisions.add(parser.decision(node, location));
			default -> throw new IllegalArgumentException(kind.name());
		}
		return 1;
	}

	private static void readCsv(String fileName, String text, ImportFile file, IntConsumer progress) {
		Csv.Reader csv = new Csv.Reader(new InputStreamReader(
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
		RecordParser parser = new RecordParser(file.issues);
		try {
			List<String> header = csv.next();
			List<ExchangeKind> kinds = InterchangeCsv.kindsFitting(header);
			ExchangeKind kind = kinds.stream()
				.filter((candidate) -> fileName.contains(candidate.path()))
				.findFirst()
				.orElse(kinds.isEmpty() ? null : kinds.get(0));
			if (kind == null) {
				file.issues.add(new ImportIssue("row 1", null, null, "the header " + header
						+ " is not the header of an export; a CSV file holds one kind with the columns its export has,"
						+ " e.g. " + InterchangeCsv.COLUMNS.get(ExchangeKind.MEASURES)));
				return;
			}
			if (header.size() != header.stream().distinct().count()) {
				file.issues.add(new ImportIssue("row 1", null, null, "a column name appears twice"));
				return;
			}
			List<String> row;
			int rows = 0;
			while ((row = csv.next()) != null) {
				String location = "row " + csv.row();
				if (row.size() == 1 && row.get(0).isEmpty()) {
					continue;
				}
				if (row.size() != header.size()) {
					file.issues.add(new ImportIssue(location, null, null,
							"has " + row.size() + " cells but the header has " + header.size()));
					continue;
				}
				ObjectNode node = InterchangeJson.MAPPER.createObjectNode();
				boolean cellsReadable = true;
				for (int i = 0; i < header.size(); i++) {
					String column = header.get(i);
					String cell = row.get(i);
					if (cell.isEmpty()) {
						continue;
					}
					if (column.equals("aliases") || column.equals("evidence")) {
						try {
							node.set(column, InterchangeJson.MAPPER.readTree(cell));
						}
						catch (JacksonException ex) {
							file.issues.add(new ImportIssue(location, row.get(header.indexOf("key")), column,
									"must be a JSON list, e.g. [{\"doc\":\"sigal-2009\",\"quote\":\"…\"}]"));
							cellsReadable = false;
						}
					}
					else {
						node.put(column, cell);
					}
				}
				if (cellsReadable) {
					add(file, parser, kind, node, location);
				}
				rows++;
				if (rows % 200 == 0) {
					progress.accept((int) Math.min(999, rows * 1000L / Math.max(1, text.length() / 80)));
				}
			}
		}
		catch (Csv.FormatException ex) {
			file.issues
				.add(new ImportIssue("row " + ex.row(), null, null, "the file is not valid CSV: " + ex.getMessage()));
		}
		catch (IOException ex) {
			file.issues.add(new ImportIssue(FILE, null, null, "the file cannot be read: " + ex.getMessage()));
		}
	}

}
