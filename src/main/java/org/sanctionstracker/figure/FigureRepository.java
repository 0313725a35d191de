package org.sanctionstracker.figure;

import java.util.Collection;
import java.util.List;

import org.sanctionstracker.source.CitedEvidence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FigureRepository extends JpaRepository<Figure, Long>, JpaSpecificationExecutor<Figure> {

	@Override
	@EntityGraph(attributePaths = { "actor", "measure" })
	Page<Figure> findAll(Specification<Figure> spec, Pageable pageable);

	@Query("select new org.sanctionstracker.source.CitedEvidence(f.id, " + CitedEvidence.SELECT_COLUMNS + ")"
			+ " from Figure f join f.evidence ev left join ev.document d where f.id in :ids"
			+ " order by d.id, ev.startOffset")
	List<CitedEvidence> findEvidenceOf(Collection<Long> ids);

}
