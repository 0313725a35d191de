package org.sanctionstracker.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled inside quotes. Files are
 * UTF-8 with a byte order mark so that spreadsheets read them as UTF-8.
 *
 * <p>
 * Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return)
 * as a formula. The writer therefore puts an apostrophe before such a cell, as
 * spreadsheets themselves do to mark text, and before a cell that already starts with an
 * apostrophe; the reader takes one apostrophe off a cell that starts with one followed by
 * any of those characters. Text therefore survives export and import unchanged.
 */
public final class Csv {

	static final char BOM = '\uFEFF';

	private static final String FORMULA_STARTS = "=+-@\t\r'";

	private Csv() {
	}

	/**
	 * A small table as one CSV file (UTF-8 with a byte order mark), as every export
	 * writes it: for the tables of the charts.
	 * @param rows the header, then the rows
	 * @return the file's bytes
	 */
	public static byte[] bytes(List<List<String>> rows) {
		StringWriter text = new StringWriter();
		try (Writer writer = new Writer(text)) {
			rows.forEach(writer::row);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A cell as written: guarded against formula injection.
	 * @param value the text, or {@code null} for an empty cell
	 * @return the guarded text
	 */
	static String guard(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	/**
	 * A cell as read: the guard taken off.
	 * @param cell the cell
	 * @return the text
	 */
	static String unguard(String cell) {
		if (cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	/**
	 * Writes records.
	 */
	static final class Writer implements AutoCloseable {

		private final java.io.Writer out;

		Writer(java.io.Writer out) {
			this.out = out;
			write(String.valueOf(BOM));
		}

		/**
		 * Writes one record; each value is guarded and quoted as needed.
		 * @param values the cells
		 */
		void row(List<String> values) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					line.append(',');
				}
				String cell = guard(values.get(i));
				if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
						|| cell.indexOf('\r') >= 0) {
					line.append('"').append(cell.replace("\"", "\"\"")).append('"');
				}
				else {
					line.append(cell);
				}
			}
			line.append("\r\n");
			write(line.toString());
		}

		void flush() {
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void write(String text) {
			try {
				this.out.write(text);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			flush();
		}

	}

	/**
	 * A file that is not CSV, with the record where reading stopped.
	 */
	static final class FormatException extends Exception {

		private final int row;

		FormatException(int row, String message) {
			super(message);
			this.row = row;
		}

		/** The record (1 is the header) where the problem is. */
		int row() {
			return this.row;
		}

	}

	/**
	 * Reads records one at a time. Cells come back unguarded.
	 */
	static final class Reader {

		private final java.io.Reader in;

		private int row;

		private int peeked = -2;

		private boolean started;

		Reader(java.io.Reader in) {
			this.in = in;
		}

		/** The number of the record returned last (1 is the header). */
		int row() {
			return this.row;
		}

		/**
		 * The next record.
		 * @return its cells, or {@code null} at the end of the file
		 * @throws FormatException when a quoted field is not closed or a quote stands
		 * inside an unquoted field
		 * @throws IOException when the input cannot be read
		 */
		List<String> next() throws FormatException, IOException {
			int c = read();
			if (!this.started) {
				this.started = true;
				if (c == BOM) {
					c = read();
				}
			}
			if (c == -1) {
				return null;
			}
			this.row++;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			while (true) {
				if (quoted) {
					if (c == -1) {
						throw new FormatException(this.row, "a quoted field is not closed before the end of the file");
					}
					if (c == '"') {
						int after = read();
						if (after == '"') {
							cell.append('"');
						}
						else {
							quoted = false;
							c = after;
							continue;
						}
					}
					else {
						cell.append((char) c);
					}
					c = read();
					continue;
				}
				if (c == -1 || c == '\n' || c == '\r' || c == ',') {
					cells.add(unguard(cell.toString()));
					cell.setLength(0);
					wasQuoted = false;
					if (c == ',') {
						c = read();
						continue;
					}
					if (c == '\r') {
						int after = read();
						if (after != '\n') {
							unread(after);
						}
					}
					return cells;
				}
				if (c == '"') {
					if (cell.length() > 0 || wasQuoted) {
						throw new FormatException(this.row,
								"a quote inside a field that does not start with one (quote the whole field and double the quote)");
					}
					quoted = true;
					wasQuoted = true;
				}
				else {
					if (wasQuoted) {
						throw new FormatException(this.row, "text after the closing quote of a field");
					}
					cell.append((char) c);
				}
				c = read();
			}
		}

		private int read() throws IOException {
			if (this.peeked != -2) {
				int c = this.peeked;
				this.peeked = -2;
				return c;
			}
			return this.in.read();
		}

		private void unread(int c) {
			this.peeked = c;
		}

	}

}
