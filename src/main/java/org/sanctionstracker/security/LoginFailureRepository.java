package org.sanctionstracker.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from LoginFailure f where f.username = :username and f.client in :clients")
	List<LoginFailure> lockAll(String username, Collection<String> clients);

	@Query("select f from LoginFailure f where f.username = :username and f.client in :clients")
	List<LoginFailure> findAll(String username, Collection<String> clients);

	List<LoginFailure> findByUsernameIn(Collection<String> usernames);

	@Modifying
	@Query("delete from LoginFailure f where f.username = :username and f.client in :clients")
	int deleteAll(String username, Collection<String> clients);

	@Modifying
	@Query("delete from LoginFailure f where f.username = :username")
	int deleteAll(String username);

	/** Forgets failures older than {@code before} that lock nothing any more. */
	@Modifying
	@Query("delete from LoginFailure f where f.lastFailure < :before and (f.lockedUntil is null or f.lockedUntil < :now)")
	int deleteStale(Instant before, Instant now);

}
