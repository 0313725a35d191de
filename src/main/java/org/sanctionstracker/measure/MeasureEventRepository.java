package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanctionstracker.base.DatePrecision;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MeasureEventRepository extends JpaRepository<MeasureEvent, Long>, JpaSpecificationExecutor<MeasureEvent> {

	@Override
	@EntityGraph(attributePaths = { "measure", "measure.imposer", "measure.target", "measure.coalition" })
	Page<MeasureEvent> findAll(Specification<MeasureEvent> spec, Pageable pageable);

	/**
	 * The latest first day of a step dated with a precision, up to a day: one look-up in
	 * the index on precision and date ({@code V22}). Ordered by the precision too, so
	 * that H2 reads that index backwards from the day and stops at the first row (a
	 * {@code max} with a condition walks every row up to the day: 0.5 s at a million
	 * events).
	 * @param precision the precision
	 * @param notAfter the last first day to consider
	 * @param first one row
	 * @return the day, if any step is dated with that precision
	 */
	@Query("select e.date.lowerBound from MeasureEvent e where e.date.precision = :precision"
			+ " and e.date.lowerBound <= :notAfter order by e.date.precision desc, e.date.lowerBound desc")
	List<LocalDate> findLatestFirstDay(DatePrecision precision, LocalDate notAfter, Pageable first);

}
