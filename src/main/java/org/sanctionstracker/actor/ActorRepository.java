package org.sanctionstracker.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long>, JpaSpecificationExecutor<Actor> {

	Optional<Actor> findByIso3(String iso3);

	Optional<Actor> findBySeedKey(String seedKey);

	@Query("select a from Actor a where upper(a.name) = upper(:name)")
	Optional<Actor> findByNameIgnoringCase(String name);

	boolean existsBySeedKey(String seedKey);

	/** Each actor's id and colour slot. */
	@Query("select a.id, a.colourSlot from Actor a")
	List<Object[]> colourSlots();

}
