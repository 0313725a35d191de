package org.sanctionstracker.measure;

import java.time.LocalDate;

import org.sanctionstracker.base.PartialDate;
import org.sanctionstracker.base.PlausibleDates;

/**
 * The day every "in force" answer is given for: the KPIs, the charts' alignment, the
 * tables' status column, the chronology's detail and the API's {@code status}. By default
 * it is the last day the recorded lifecycle steps speak of (never a day after today), so
 * that a dataset that ends in the past is not read as of a day it says nothing about; the
 * user may choose another day, which views keep in their address as
 * {@code asOf=2016-02-29}. {@link MeasureService#asOf(LocalDate)} decides it.
 *
 * @param day the day
 * @param chosen whether the user chose it ({@code false}: it is the default)
 */
public record AsOf(LocalDate day, boolean chosen) {

	/** The query parameter that carries a chosen day, in views' addresses and the API. */
	public static final String PARAMETER = "asOf";

	/**
	 * A day the user chose.
	 * @param day the day
	 * @return the as-of
	 */
	public static AsOf chosen(LocalDate day) {
		return new AsOf(day, true);
	}

	/**
	 * The default: the last day the data speaks of.
	 * @param day that day
	 * @return the as-of
	 */
	public static AsOf ofData(LocalDate day) {
		return new AsOf(day, false);
	}

	/**
	 * Reads a chosen day, written as a day (2016-02-29), a month or a year (their last
	 * day), with the messages of the one date parser.
	 * @param text the text, {@code null} or blank when none was chosen
	 * @return the day, or {@code null} when none was chosen
	 * @throws IllegalArgumentException with a plain reason: not a date, not a real date,
	 * before 1900 or after today
	 */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		PartialDate date = PartialDate.parse(text);
		LocalDate last = date.upperBound();
		LocalDate today = PlausibleDates.today();
		return last.isAfter(today) ? today : last;
	}

	/**
	 * The day as views show it.
	 * @return e.g. "29 Feb 2016"
	 */
	public String display() {
		return PartialDate.ofDay(this.day.getYear(), this.day.getMonthValue(), this.day.getDayOfMonth()).display();
	}

	/**
	 * What the day is, in words, for labels next to "in force".
	 * @return "as the data stands on 29 Feb 2016" for the default, "as of 30 Jun 2010"
	 * for a chosen day
	 */
	public String label() {
		return (this.chosen ? "as of " : "as the data stands on ") + display();
	}

}
