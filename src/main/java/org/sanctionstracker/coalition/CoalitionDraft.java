package org.sanctionstracker.coalition;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanctionstracker.source.EvidenceDraft;

/**
 * A coalition as its form edits it (its memberships have their own form).
 */
public class CoalitionDraft {

	private Long id;

	private long version;

	@NotBlank(message = "A name is required")
	@Size(max = Coalition.NAME_MAX_LENGTH, message = "At most {max} characters")
	private String name;

	@NotNull(message = "A kind is required")
	private CoalitionKind kind;

	@Size(max = Coalition.TEXT_MAX_LENGTH, message = "At most {max} characters")
	private String description;

	@Size(max = Coalition.TEXT_MAX_LENGTH, message = "At most {max} characters")
	private String basis;

	private List<EvidenceDraft> evidence = new ArrayList<>();

	public CoalitionDraft() {
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

	public List<EvidenceDraft> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceDraft> evidence) {
		this.evidence = (evidence != null) ? new ArrayList<>(evidence) : new ArrayList<>();
	}

}
