package org.sanctionstracker.api;

import java.time.LocalDate;
import java.util.List;

import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.MeasureDetails;

import org.springframework.data.domain.Page;

/**
 * One page of measures, and the day their {@code status} is for.
 *
 * @param items the measures on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many measures match in all
 * @param totalPages how many pages there are
 * @param asOf the day each measure's {@code status} is derived for
 * @param asOfLabel that day in words: "as the data stands on 29 Feb 2016" when it is the
 * default (the last day the data speaks of), "as of 30 Jun 2010" when {@code asOf} chose
 * it
 */
record MeasurePage(List<MeasureDetails> items, int page, int size, long totalItems, int totalPages, LocalDate asOf,
		String asOfLabel) {

	static MeasurePage of(Page<MeasureDetails> page, AsOf asOf) {
		return new MeasurePage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages(), asOf.day(), asOf.label());
	}

}
