package org.sanctionstracker.coalition;

import java.util.List;

import org.sanctionstracker.source.EvidenceItem;

/**
 * A coalition with its members, as lists and the API show it.
 *
 * @param id the id
 * @param name the name
 * @param kind alliance, UN regime, initiative …
 * @param description what it is
 * @param basis where facts not printed in the sources come from
 * @param members its memberships, earliest first
 * @param evidence the passages that name it
 */
public record CoalitionDetails(Long id, String name, CoalitionKind kind, String description, String basis,
		List<MemberItem> members, List<EvidenceItem> evidence) {

}
