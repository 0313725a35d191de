package org.sanctionstracker.base.history;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change set (Hibernate Envers revision): when and by whom. Every audited table
 * (the entity's table name with the suffix {@code _aud}) points to it.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionUser.class)
public class Revision {

	public static final int USERNAME_MAX_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	@Column(name = "id")
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "username", nullable = false, length = USERNAME_MAX_LENGTH)
	private String username;

	protected Revision() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Revision that && this.id != null && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Revision.class.hashCode();
	}

}
