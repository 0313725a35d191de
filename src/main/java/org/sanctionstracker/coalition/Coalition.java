package org.sanctionstracker.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.sanctionstracker.base.NameKey;
import org.sanctionstracker.source.CitesEvidence;
import org.sanctionstracker.source.Evidence;

/**
 * An alliance, a UN sanctions regime, an initiative, a talks framework or an ad hoc
 * coalition, with who belonged to it and when.
 */
@Entity
@Audited
@Table(name = "coalition")
public class Coalition implements CitesEvidence {

	public static final int NAME_MAX_LENGTH = 200;

	public static final int TEXT_MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coalition_seq")
	@SequenceGenerator(name = "coalition_seq", sequenceName = "coalition_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "seed_key", length = 100, updatable = false)
	private String seedKey;

	@NotBlank(message = "A name is required")
	@Size(max = NAME_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	/**
	 * The name as the uniqueness rule compares it ({@link NameKey}), kept with the name;
	 * unique in the database.
	 */
	@NotAudited
	@Column(name = "name_key", nullable = false, length = NameKey.MAX_LENGTH)
	private String nameKey;

	@NotNull(message = "A kind is required")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "kind", nullable = false, length = 30)
	private CoalitionKind kind;

	@Size(max = TEXT_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "description", length = TEXT_MAX_LENGTH)
	private String description;

	/** Where facts not printed in the sources come from. */
	@Size(max = TEXT_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "basis", length = TEXT_MAX_LENGTH)
	private String basis;

	@Valid
	@OneToMany(mappedBy = "coalition", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("joined.lowerBound")
	private List<CoalitionMembership> memberships = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "coalition_evidence", joinColumns = @JoinColumn(name = "coalition_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected Coalition() {
	}

	public Coalition(String name, CoalitionKind kind) {
		setName(name);
		this.kind = kind;
	}

	/**
	 * Adds a membership to this coalition.
	 * @param membership the membership, not yet part of another coalition
	 * @return the membership
	 */
	public CoalitionMembership addMembership(CoalitionMembership membership) {
		membership.setCoalition(this);
		this.memberships.add(membership);
		return membership;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSeedKey() {
		return this.seedKey;
	}

	public void setSeedKey(String seedKey) {
		this.seedKey = seedKey;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
		this.nameKey = NameKey.of(name);
	}

	public CoalitionKind getKind() {
		return this.kind;
	}

	public void setKind(CoalitionKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public List<CoalitionMembership> getMemberships() {
		return this.memberships;
	}

	@Override
	public List<Evidence> getEvidence() {
		return this.evidence;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Coalition that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Coalition.class.hashCode();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
