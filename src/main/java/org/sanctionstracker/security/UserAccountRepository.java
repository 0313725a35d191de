package org.sanctionstracker.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsernameIgnoringCase(String username);

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * The enabled accounts of a role, locked until the transaction ends, so that two
	 * changes that each leave one administrator cannot both pass.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.role = :role and u.enabled = true order by u.id")
	List<UserAccount> lockEnabled(Role role);

}
