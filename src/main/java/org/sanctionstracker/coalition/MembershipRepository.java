package org.sanctionstracker.coalition;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<CoalitionMembership, Long> {

}
