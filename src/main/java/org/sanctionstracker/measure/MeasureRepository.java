package org.sanctionstracker.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanctionstracker.source.CitedEvidence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, Long>, JpaSpecificationExecutor<Measure> {

	@Override
	@EntityGraph(attributePaths = { "imposer", "target", "coalition" })
	Page<Measure> findAll(Specification<Measure> spec, Pageable pageable);

	@EntityGraph(attributePaths = { "imposer", "target", "coalition" })
	Optional<Measure> findWithActorsById(Long id);

	Optional<Measure> findBySeedKey(String seedKey);

	@Query("select e from MeasureEvent e where e.measure.id in :measureIds")
	List<MeasureEvent> findEventsOf(Collection<Long> measureIds);

	@Query("select new org.sanctionstracker.source.CitedEvidence(m.id, " + CitedEvidence.SELECT_COLUMNS + ")"
			+ " from Measure m join m.evidence ev left join ev.document d where m.id in :ids"
			+ " order by d.id, ev.startOffset")
	List<CitedEvidence> findEvidenceOfMeasures(Collection<Long> ids);

	@Query("select new org.sanctionstracker.source.CitedEvidence(e.id, " + CitedEvidence.SELECT_COLUMNS + ")"
			+ " from MeasureEvent e join e.evidence ev left join ev.document d where e.id in :ids"
			+ " order by d.id, ev.startOffset")
	List<CitedEvidence> findEvidenceOfEvents(Collection<Long> ids);

}
