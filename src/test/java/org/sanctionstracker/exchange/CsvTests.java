package org.sanctionstracker.exchange;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.exchange.Interchange.EnforcementData;
import org.sanctionstracker.enforcement.EnforcementKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * CSV as RFC 4180 writes it, guarded against spreadsheet formulas, and read back to the
 * same text.
 */
class CsvTests {

	@Test
	void fields_with_commas_quotes_and_line_breaks_are_quoted_and_quotes_doubled() {
		assertThat(write(List.of("plain", "a,b", "say \"no\"", "two\nlines", "")))
			.isEqualTo("\uFEFFplain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\r\n");
	}

	@Test
	void cells_a_spreadsheet_would_run_as_formulas_get_an_apostrophe() {
		assertThat(write(List.of("=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "'quoted", "fine=ok")))
			.isEqualTo("\uFEFF'=1+1,'+SUM(A1),'-2,'@cmd,'\tx,''quoted,fine=ok\r\n");
	}

	@Test
	void what_was_written_reads_back_unchanged() throws Exception {
		List<String> values = List.of("=HYPERLINK(\"http://x\",\"y\")", "-5", "'", "'=", "a\r\nb", "ümlaut “quotes”",
				"", "'plain apostrophe");
		String csv = write(values) + write(List.of("second", "row", "", "", "", "", "", "")).substring(1);

		Csv.Reader reader = new Csv.Reader(new StringReader(csv));
		assertThat(reader.next()).isEqualTo(values);
		assertThat(reader.row()).isEqualTo(1);
		assertThat(reader.next()).containsExactly("second", "row", "", "", "", "", "", "");
		assertThat(reader.next()).isNull();
	}

	@Test
	void a_hand_written_leading_apostrophe_before_ordinary_text_is_kept() throws Exception {
		assertThat(new Csv.Reader(new StringReader("'hello,x\n")).next()).containsExactly("'hello", "x");
	}

	@Test
	void broken_quoting_is_reported_with_its_row() {
		assertThatExceptionOfType(Csv.FormatException.class)
			.isThrownBy(() -> readAll("a,b\r\nc,\"open\r\nnever closed"))
			.satisfies((ex) -> assertThat(ex.row()).isEqualTo(2))
			.withMessageContaining("not closed");
		assertThatExceptionOfType(Csv.FormatException.class).isThrownBy(() -> readAll("a,b\"c\r\n"))
			.withMessageContaining("quote inside a field");
		assertThatExceptionOfType(Csv.FormatException.class).isThrownBy(() -> readAll("\"a\"b,c\r\n"))
			.withMessageContaining("after the closing quote");
	}

	@Test
	void dates_are_written_as_the_source_gives_them_with_their_precision() {
		for (String date : List.of("2009", "2008-11", "2016-02-10", "")) {
			EnforcementData action = new EnforcementData("k", "JPN", null, null, EnforcementKind.ARREST,
					PartialDate.parse(date), null, "d", null, List.of());
			List<String> row = InterchangeCsv.enforcement(action);
			List<String> columns = InterchangeCsv.COLUMNS.get(ExchangeKind.ENFORCEMENT_ACTIONS);
			assertThat(row.get(columns.indexOf("date"))).isEqualTo(date);
			assertThat(row.get(columns.indexOf("date_precision"))).isEqualTo(switch (date.length()) {
				case 4 -> "YEAR";
				case 7 -> "MONTH";
				case 10 -> "DAY";
				default -> "UNKNOWN";
			});
		}
	}

	private static String write(List<String> values) {
		StringWriter out = new StringWriter();
		Csv.Writer writer = new Csv.Writer(out);
		writer.row(values);
		writer.flush();
		return out.toString();
	}

	private static List<List<String>> readAll(String csv) throws Exception {
		Csv.Reader reader = new Csv.Reader(new StringReader(csv));
		List<List<String>> rows = new ArrayList<>();
		List<String> row;
		while ((row = reader.next()) != null) {
			rows.add(row);
		}
		return rows;
	}

}
