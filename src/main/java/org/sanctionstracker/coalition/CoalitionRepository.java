package org.sanctionstracker.coalition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanctionstracker.source.CitedEvidence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CoalitionRepository extends JpaRepository<Coalition, Long>, JpaSpecificationExecutor<Coalition> {

	Optional<Coalition> findBySeedKey(String seedKey);

	/**
	 * Id, name and name key of the coalitions holding any of these name keys.
	 * @param nameKeys the keys ({@link org.sanctionstracker.base.NameKey})
	 * @return one row per coalition
	 */
	@Query("select c.id, c.name, c.nameKey from Coalition c where c.nameKey in :nameKeys")
	List<Object[]> findHoldersOfNameKeys(Collection<String> nameKeys);

	@Query("select m from CoalitionMembership m join fetch m.actor where m.coalition.id in :ids")
	List<CoalitionMembership> findMembershipsOf(Collection<Long> ids);

	@Query("select new org.sanctionstracker.source.CitedEvidence(c.id, " + CitedEvidence.SELECT_COLUMNS + ")"
			+ " from Coalition c join c.evidence ev left join ev.document d where c.id in :ids"
			+ " order by d.id, ev.startOffset")
	List<CitedEvidence> findEvidenceOf(Collection<Long> ids);

	@Query("select new org.sanctionstracker.source.CitedEvidence(m.id, " + CitedEvidence.SELECT_COLUMNS + ")"
			+ " from CoalitionMembership m join m.evidence ev left join ev.document d where m.id in :ids"
			+ " order by d.id, ev.startOffset")
	List<CitedEvidence> findMembershipEvidenceOf(Collection<Long> ids);

}
