package org.sanctionstracker.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.source.EvidenceDraft;

/**
 * An actor as its form edits it. The service checks it again, and adds the rules that
 * span fields: only states have an ISO code, codes and names are unique.
 */
public class ActorDraft {

	private Long id;

	private long version;

	@NotBlank(message = "A name is required")
	@Size(max = Actor.NAME_MAX_LENGTH, message = "At most {max} characters")
	private String name;

	@NotNull(message = "A kind is required")
	private ActorKind kind = ActorKind.STATE;

	@Pattern(regexp = "\\s*([A-Za-z]{3})?\\s*", message = ActorRules.CODE_FORMAT)
	private String iso3;

	@Size(max = Actor.DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
	private String description;

	private List<@NotBlank(message = "An alias cannot be empty") @Size(max = Actor.NAME_MAX_LENGTH,
			message = "An alias can have at most {max} characters") String> aliases = new ArrayList<>();

	private List<EvidenceDraft> evidence = new ArrayList<>();

	public ActorDraft() {
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	void setId(Long id) {
		this.id = id;
	}

	public long getVersion() {
		return this.version;
	}

	void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public void setIso3(String iso3) {
		this.iso3 = iso3;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

	public void setAliases(List<String> aliases) {
		this.aliases = (aliases != null) ? new ArrayList<>(aliases) : new ArrayList<>();
	}

	public List<EvidenceDraft> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceDraft> evidence) {
		this.evidence = (evidence != null) ? new ArrayList<>(evidence) : new ArrayList<>();
	}

}
