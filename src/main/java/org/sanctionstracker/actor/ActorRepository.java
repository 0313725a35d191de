package org.sanctionstracker.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ActorRepository extends JpaRepository<Actor, Long>, JpaSpecificationExecutor<Actor> {

	Optional<Actor> findByIso3(String iso3);

	Optional<Actor> findBySeedKey(String seedKey);

	/**
	 * The actor with a name, compared as the uniqueness rule compares names.
	 * @param nameKey the name's {@link org.sanctionstracker.base.NameKey}
	 * @return the actor, if one has the name
	 */
	Optional<Actor> findByNameKey(String nameKey);

	/**
	 * Id, name and name key of the actors holding any of these name keys.
	 * @param nameKeys the keys
	 * @return one row per actor
	 */
	@Query("select a.id, a.name, a.nameKey from Actor a where a.nameKey in :nameKeys")
	List<Object[]> findHoldersOfNameKeys(Collection<String> nameKeys);

	/**
	 * Id, name and code of the actors holding any of these ISO codes.
	 * @param codes the codes
	 * @return one row per actor
	 */
	@Query("select a.id, a.name, a.iso3 from Actor a where a.iso3 in :codes")
	List<Object[]> findHoldersOfCodes(Collection<String> codes);

	boolean existsBySeedKey(String seedKey);

	/** Each actor's id and colour slot. */
	@Query("select a.id, a.colourSlot from Actor a")
	List<Object[]> colourSlots();

}
