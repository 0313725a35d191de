package org.sanctionstracker.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.sanctionstracker.base.NameKey;
import org.sanctionstracker.source.CitesEvidence;
import org.sanctionstracker.source.Evidence;

/**
 * A party to sanctions: a state (with its ISO 3166 alpha-3 code), an international
 * organisation, a grouping of states, or a company. Aliases are the names the sources use
 * ("Seoul", "Pyongyang", "DPRK").
 */
@Entity
@Audited
@Table(name = "actor")
public class Actor implements CitesEvidence {

	public static final int NAME_MAX_LENGTH = 200;

	public static final int DESCRIPTION_MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
	@SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
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
	private ActorKind kind;

	@Pattern(regexp = "[A-Z]{3}", message = ActorRules.CODE_FORMAT)
	@Column(name = "iso3", length = 3)
	private String iso3;

	@Size(max = DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	@Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
	private String description;

	@ElementCollection
	@CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
	@Column(name = "alias", length = NAME_MAX_LENGTH, nullable = false)
	private Set<@NotBlank(message = "An alias cannot be empty") @Size(max = NAME_MAX_LENGTH,
			message = "An alias can have at most {max} characters") String> aliases = new LinkedHashSet<>();

	/**
	 * The actor's colour in charts, given once on insert ({@link ColourSlots}) and never
	 * changed; not part of the record's history, as nobody edits it.
	 */
	@ColourSlot
	@NotAudited
	@Column(name = "colour_slot", nullable = false, updatable = false)
	private Integer colourSlot;

	@ManyToMany
	@JoinTable(name = "actor_evidence", joinColumns = @JoinColumn(name = "actor_id"),
			inverseJoinColumns = @JoinColumn(name = "evidence_id"))
	private List<Evidence> evidence = new ArrayList<>();

	protected Actor() {
	}

	public Actor(String name, ActorKind kind, String iso3) {
		setName(name);
		this.kind = kind;
		setIso3(iso3);
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

	public ActorKind getKind() {
		return this.kind;
	}

	public void setKind(ActorKind kind) {
		this.kind = kind;
	}

	public String getIso3() {
		return this.iso3;
	}

	/**
	 * Sets the ISO 3166 alpha-3 code; only states have one.
	 * @param iso3 the code, in any case, or {@code null}
	 * @throws IllegalArgumentException when a non-state is given a code
	 */
	public void setIso3(String iso3) {
		String code = ActorRules.code(iso3);
		String problem = ActorRules.codeKindProblem(this.kind, code);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		this.iso3 = code;
	}

	/**
	 * The actor's colour slot (see {@link ColourSlots}).
	 * @return from 0 to {@link ColourSlots#COUNT} − 1, or {@code null} before the actor
	 * is first saved
	 */
	public Integer getColourSlot() {
		return this.colourSlot;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<String> getAliases() {
		return this.aliases;
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
		return other instanceof Actor that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Actor.class.hashCode();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
