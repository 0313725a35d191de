package org.sanctionstracker.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.sanctionstracker.filter.Filter;

/**
 * A time axis of consecutive years or months. A period is numbered by its index: the year
 * itself ({@code 2009}), or {@code year * 12 + month - 1} for months, which is how the
 * aggregate queries group dates.
 *
 * @param granularity years or months
 * @param first the first period's index
 * @param last the last period's index (not before {@code first})
 */
public record PeriodAxis(Granularity granularity, int first, int last) {

	/** A period of at most this many months is charted month by month. */
	public static final int MAX_MONTHS_FOR_MONTHLY = 36;

	private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	public PeriodAxis {
		if (last < first) {
			throw new IllegalArgumentException("An axis cannot end (" + last + ") before it starts (" + first + ")");
		}
	}

	/**
	 * Months when the filter sets a period of at most {@value #MAX_MONTHS_FOR_MONTHLY}
	 * months, years otherwise.
	 * @param filter the filter
	 * @return the granularity to chart with
	 */
	public static Granularity granularityFor(Filter filter) {
		if (filter.from() == null || filter.from().lowerBound() == null || filter.to() == null
				|| filter.to().lowerBound() == null) {
			return Granularity.YEAR;
		}
		long months = ChronoUnit.MONTHS.between(YearMonth.from(filter.from().lowerBound()),
				YearMonth.from(filter.to().upperBound())) + 1;
		return (months <= MAX_MONTHS_FOR_MONTHLY) ? Granularity.MONTH : Granularity.YEAR;
	}

	/**
	 * The index of the period a day falls in.
	 * @param granularity years or months
	 * @param day the day
	 * @return the period's index
	 */
	public static int indexOf(Granularity granularity, LocalDate day) {
		return switch (granularity) {
			case YEAR -> day.getYear();
			case MONTH -> day.getYear() * 12 + day.getMonthValue() - 1;
		};
	}

	/**
	 * The indexes of every period on the axis, oldest first.
	 * @return the indexes
	 */
	public List<Integer> indexes() {
		return IntStream.rangeClosed(this.first, this.last).boxed().toList();
	}

	/**
	 * How many periods the axis has.
	 * @return at least one
	 */
	public int size() {
		return this.last - this.first + 1;
	}

	/**
	 * A period's label: {@code 2009} or {@code Nov 2008}.
	 * @param index the period's index
	 * @return the label
	 */
	public String label(int index) {
		return switch (this.granularity) {
			case YEAR -> String.valueOf(index);
			case MONTH -> MONTH_LABEL.format(month(index));
		};
	}

	/**
	 * The labels of every period, oldest first.
	 * @return the labels
	 */
	public List<String> labels() {
		return indexes().stream().map(this::label).toList();
	}

	/**
	 * A period in the form the {@code from} and {@code to} filters read: {@code 2009} or
	 * {@code 2008-11}.
	 * @param index the period's index
	 * @return the period as text
	 */
	public String iso(int index) {
		return switch (this.granularity) {
			case YEAR -> String.valueOf(index);
			case MONTH -> month(index).toString();
		};
	}

	/**
	 * A period's last day, on which the measures in force are counted.
	 * @param index the period's index
	 * @return the last day
	 */
	public LocalDate lastDay(int index) {
		return switch (this.granularity) {
			case YEAR -> LocalDate.of(index, 12, 31);
			case MONTH -> month(index).atEndOfMonth();
		};
	}

	private static YearMonth month(int index) {
		return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
	}

}
