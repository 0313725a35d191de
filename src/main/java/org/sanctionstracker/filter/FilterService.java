package org.sanctionstracker.filter;

import org.sanctionstracker.enforcement.EnforcementRow;
import org.sanctionstracker.enforcement.EnforcementService;
import org.sanctionstracker.figure.FigureRow;
import org.sanctionstracker.figure.FigureService;
import org.sanctionstracker.measure.AsOf;
import org.sanctionstracker.measure.EventRow;
import org.sanctionstracker.measure.MeasureDetails;
import org.sanctionstracker.measure.MeasureService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records a {@link Filter} keeps, page by page, for the reading views and the API:
 * the filter becomes a query here ({@link FilterSpecifications}), and a measure's status
 * is derived for the filter's "as of" day, or the default one ({@link #asOf}).
 */
@Service
@Transactional(readOnly = true)
public class FilterService {

	private final MeasureService measures;

	private final EnforcementService enforcement;

	private final FigureService figures;

	FilterService(MeasureService measures, EnforcementService enforcement, FigureService figures) {
		this.measures = measures;
		this.enforcement = enforcement;
		this.figures = figures;
	}

	/**
	 * The day the filter's "in force" answers are for: the one it chose, or the last day
	 * the data speaks of.
	 * @param filter the filter
	 * @return the day, and whether it was chosen
	 */
	public AsOf asOf(Filter filter) {
		return this.measures.asOf(filter.asOf());
	}

	/**
	 * Measures the filter keeps, with their status on the filter's "as of" day.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths)
	 * @return one page
	 */
	public Page<MeasureDetails> measures(Filter filter, Pageable pageable) {
		return measures(filter, pageable, asOf(filter));
	}

	/**
	 * Measures the filter keeps, with their status on a day already decided.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths)
	 * @param asOf the day, from {@link #asOf}
	 * @return one page
	 */
	public Page<MeasureDetails> measures(Filter filter, Pageable pageable, AsOf asOf) {
		return this.measures.measures(FilterSpecifications.measures(filter), pageable, asOf.day());
	}

	/**
	 * Lifecycle events the filter keeps.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths)
	 * @return one page
	 */
	public Page<EventRow> events(Filter filter, Pageable pageable) {
		return this.measures.events(FilterSpecifications.events(filter), pageable);
	}

	/**
	 * Enforcement actions the filter keeps.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths)
	 * @return one page
	 */
	public Page<EnforcementRow> enforcementActions(Filter filter, Pageable pageable) {
		return this.enforcement.actions(FilterSpecifications.enforcementActions(filter), pageable);
	}

	/**
	 * Money figures the filter keeps.
	 * @param filter the filter
	 * @param pageable page and sort (entity property paths)
	 * @return one page
	 */
	public Page<FigureRow> figures(Filter filter, Pageable pageable) {
		return this.figures.figures(FilterSpecifications.figures(filter), pageable);
	}

}
