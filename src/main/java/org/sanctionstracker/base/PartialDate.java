package org.sanctionstracker.base;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A date known to the day, the month, the year, or not at all. It is stored as its lower
 * bound (the first day it can mean) plus its precision, so it sorts in the database and
 * never claims a day the source does not give.
 *
 * @param lowerBound first day the date can mean; {@code null} when the precision is
 * {@link DatePrecision#UNKNOWN}
 * @param precision how much of the date is known
 */
@Embeddable
public record PartialDate(@Column(name = "date_from") LocalDate lowerBound,
		@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "date_precision",
				length = 10) DatePrecision precision) {

	private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public PartialDate {
		Objects.requireNonNull(precision, "precision");
		if (precision == DatePrecision.UNKNOWN) {
			if (lowerBound != null) {
				throw new IllegalArgumentException("An unknown date has no lower bound");
			}
		}
		else {
			Objects.requireNonNull(lowerBound, "lowerBound");
			if (precision != DatePrecision.DAY && lowerBound.getDayOfMonth() != 1) {
				throw new IllegalArgumentException(precision + " precision needs the first day of its period");
			}
			if (precision == DatePrecision.YEAR && lowerBound.getMonthValue() != 1) {
				throw new IllegalArgumentException("YEAR precision needs the first day of the year");
			}
		}
	}

	public static PartialDate ofDay(int year, int month, int day) {
		return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	public static PartialDate unknown() {
		return new PartialDate(null, DatePrecision.UNKNOWN);
	}

	/**
	 * Reads "2009", "2008-11" or "2016-02-10"; an empty text means an unknown date. This
	 * is the one date parser: forms, addresses, the API and import files all read dates
	 * here, so a date is refused everywhere with the same plain words.
	 * @param text the date as written
	 * @return the partial date
	 * @throws IllegalArgumentException with a readable reason when the text is not such a
	 * date, names an impossible one ("2016-02-30": "February 2016 has 29 days") or one
	 * outside the range the tracker records ({@link PlausibleDates})
	 */
	public static PartialDate parse(String text) {
		if (text == null || text.isBlank()) {
			return unknown();
		}
		String written = text.strip();
		Matcher matcher = ISO_LIKE.matcher(written);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a date: write a year (2009), a month (2008-11) or a day (2016-02-10)");
		}
		int year = Integer.parseInt(matcher.group(1));
		PartialDate date;
		if (matcher.group(2) == null) {
			date = ofYear(year);
		}
		else {
			int month = Integer.parseInt(matcher.group(2));
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("'" + written + "' is not a real date: there is no month " + month
						+ " (write the month as 01 to 12)");
			}
			YearMonth yearMonth = YearMonth.of(year, month);
			if (matcher.group(3) == null) {
				date = ofMonth(year, month);
			}
			else {
				int day = Integer.parseInt(matcher.group(3));
				if (day < 1 || day > yearMonth.lengthOfMonth()) {
					throw new IllegalArgumentException("'" + written + "' is not a real date: "
							+ yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
							+ yearMonth.lengthOfMonth() + " days");
				}
				date = ofDay(year, month, day);
			}
		}
		PlausibleDates.problem(date, written).ifPresent((reason) -> {
			throw new IllegalArgumentException(reason);
		});
		return date;
	}

	/**
	 * The last day the date can mean, or {@code null} when it is unknown.
	 * @return the upper bound
	 */
	public LocalDate upperBound() {
		return switch (this.precision) {
			case DAY -> this.lowerBound;
			case MONTH -> YearMonth.from(this.lowerBound).atEndOfMonth();
			case YEAR -> this.lowerBound.withDayOfYear(this.lowerBound.lengthOfYear());
			case UNKNOWN -> null;
		};
	}

	/**
	 * The date as its precision allows: "2009", "Nov 2008", "10 Feb 2016" or "date
	 * unknown".
	 * @return the date for display
	 */
	public String display() {
		return switch (this.precision) {
			case DAY -> DAY_FORMAT.format(this.lowerBound);
			case MONTH -> MONTH_FORMAT.format(this.lowerBound);
			case YEAR -> String.valueOf(this.lowerBound.getYear());
			case UNKNOWN -> "date unknown";
		};
	}

	/**
	 * The date in the form {@link #parse(String)} reads: "2009", "2008-11", "2016-02-10"
	 * or "".
	 * @return the date as ISO text at its precision
	 */
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.lowerBound.toString();
			case MONTH -> YearMonth.from(this.lowerBound).toString();
			case YEAR -> String.format(Locale.ROOT, "%04d", this.lowerBound.getYear());
			case UNKNOWN -> "";
		};
	}

	@Override
	public String toString() {
		return iso().isEmpty() ? "UNKNOWN" : iso();
	}

}
