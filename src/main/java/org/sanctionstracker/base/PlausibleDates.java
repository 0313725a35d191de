package org.sanctionstracker.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The range of dates the tracker records: from 1 January 1900 up to today. A record is
 * about something that has happened, so a date after today is refused with a message that
 * says how to record a step that is only planned (as the announcement or promise it is,
 * dated the day it was made). A partial date is in range when the first day it can mean
 * is: "2026" is accepted during 2026.
 *
 * <p>
 * This is the one home of the rule. {@link PartialDate#parse} applies it to every typed
 * date (forms, addresses, the API, import files), and the entities that carry a date
 * apply it again whenever one is set, so no path (a service, the importer, the seed
 * loader, the synthetic generator) can store a date outside the range. See
 * {@code docs/decisions/0009-date-range.md}.
 */
public final class PlausibleDates {

	/** The first day a record may be dated. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static volatile Clock clock = Clock.systemDefaultZone();

	private PlausibleDates() {
	}

	/**
	 * Today, by the application's clock.
	 * @return today's date
	 */
	public static LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Sets the clock "today" is read from (the application's time zone; tests may fix
	 * it).
	 * @param newClock the clock
	 */
	public static void useClock(Clock newClock) {
		clock = newClock;
	}

	/**
	 * Why a date is outside the range, if it is.
	 * @param date the date; an unknown date is always in range
	 * @param written the date as the user wrote it, quoted in the message
	 * @return the reason, in plain words, or empty when the date is in range
	 */
	public static Optional<String> problem(PartialDate date, String written) {
		if (date == null || date.lowerBound() == null) {
			return Optional.empty();
		}
		if (date.lowerBound().isBefore(EARLIEST)) {
			return Optional
				.of("'" + written + "' is too early: the tracker records dates from " + EARLIEST.getYear() + " on");
		}
		if (date.lowerBound().isAfter(today())) {
			return Optional.of("'" + written + "' is in the future: record only what has happened. A planned step"
					+ " is recorded as the announcement or promise it is, dated the day it was made, with the"
					+ " planned date in its note");
		}
		return Optional.empty();
	}

	/**
	 * Refuses a date outside the range as input to a form's field.
	 * @param field the draft property the date belongs to
	 * @param date the date; an unknown or missing date is always in range
	 * @throws InvalidInputException with the reason for that field
	 */
	public static void requireInRange(String field, PartialDate date) {
		problem(date, (date != null) ? date.iso() : "").ifPresent((reason) -> {
			throw new InvalidInputException(field, reason);
		});
	}

	/**
	 * Refuses a date outside the range.
	 * @param date the date; an unknown date is always in range
	 * @return the date
	 * @throws IllegalArgumentException with the reason in plain words
	 */
	public static PartialDate check(PartialDate date) {
		problem(date, (date != null) ? date.iso() : "").ifPresent((reason) -> {
			throw new IllegalArgumentException(reason);
		});
		return date;
	}

}
