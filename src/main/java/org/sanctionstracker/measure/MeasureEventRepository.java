package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanctionstracker.base.PartialDate;

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
	 * The latest first day of a dated step, up to a day (an index look-up).
	 * @param notAfter the last first day to consider
	 * @return the day, if any step is dated
	 */
	@Query("select max(e.date.lowerBound) from MeasureEvent e where e.date.lowerBound <= :notAfter")
	Optional<LocalDate> findLatestFirstDay(LocalDate notAfter);

	/**
	 * Per precision, the latest dated step whose first day falls between two days.
	 * @param since the first day to consider
	 * @param notAfter the last first day to consider
	 * @return one date per precision present
	 */
	@Query("select new org.sanctionstracker.base.PartialDate(max(e.date.lowerBound), e.date.precision)"
			+ " from MeasureEvent e where e.date.lowerBound >= :since and e.date.lowerBound <= :notAfter"
			+ " group by e.date.precision")
	List<PartialDate> findLatestPerPrecision(LocalDate since, LocalDate notAfter);

}
