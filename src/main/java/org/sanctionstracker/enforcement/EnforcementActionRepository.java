package org.sanctionstracker.enforcement;

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

interface EnforcementActionRepository
		extends JpaRepository<EnforcementAction, Long>, JpaSpecificationExecutor<EnforcementAction> {

	@Override
	@EntityGraph(attributePaths = { "actor", "target", "measure" })
	Page<EnforcementAction> findAll(Specification<EnforcementAction> spec, Pageable pageable);

	@Query("select new org.sanctionstracker.source.CitedEvidence(a.id, " + CitedEvidence.SELECT_COLUMNS + ")"
			+ " from EnforcementAction a join a.evidence ev left join ev.document d where a.id in :ids"
			+ " order by d.id, ev.startOffset")
	List<CitedEvidence> findEvidenceOf(Collection<Long> ids);

}
