package org.sanctionstracker.source;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import org.hibernate.collection.spi.PersistentCollection;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The JPA entity listener that reports to {@link CoverageUpdate} every change that can
 * alter a document's coverage, whichever code made it: a document stored, a record that
 * cites passages ({@link CitesEvidence}) created, deleted or changed in what it cites
 * (the documents of the passages it cited before and after), a decision on a sentence
 * written. It is registered for all entities in {@code META-INF/orm.xml}; Hibernate
 * creates it through Spring (the update is absent in test slices that do not need it).
 */
public class CoverageListener {

	private final ObjectProvider<CoverageUpdate> update;

	public CoverageListener(ObjectProvider<CoverageUpdate> update) {
		this.update = update;
	}

	@PostPersist
	void created(Object entity) {
		switch (entity) {
			case SourceDocument document -> report(Set.of(document.getId()));
			case SentenceDecision decision -> report(Set.of(decision.getDocument().getId()));
			case CitesEvidence record -> report(documents(record.getEvidence()));
			default -> {
			}
		}
	}

	@PostUpdate
	void changed(Object entity) {
		if (entity instanceof SentenceDecision decision) {
			report(Set.of(decision.getDocument().getId()));
		}
	}

	/**
	 * A record changed: when what it cites was changed, the documents of the passages it
	 * cited before (the collection's snapshot) and those it cites now.
	 */
	@PreUpdate
	void changing(Object entity) {
		if (!(entity instanceof CitesEvidence record)) {
			return;
		}
		List<Evidence> evidence = record.getEvidence();
		if (evidence instanceof PersistentCollection<?> collection) {
			if (!collection.wasInitialized() || !collection.isDirty()) {
				return;
			}
			Set<Long> documents = documents(evidence);
			if (collection.getStoredSnapshot() instanceof Collection<?> before) {
				documents.addAll(documents(before));
			}
			report(documents);
		}
		else {
			report(documents(evidence));
		}
	}

	@PreRemove
	void removing(Object entity) {
		if (entity instanceof CitesEvidence record) {
			report(documents(record.getEvidence()));
		}
	}

	private static Set<Long> documents(Collection<?> evidence) {
		Set<Long> documents = new HashSet<>();
		for (Object item : evidence) {
			if (item instanceof Evidence passage && passage.getDocument() != null) {
				documents.add(passage.getDocument().getId());
			}
		}
		return documents;
	}

	private void report(Set<Long> documents) {
		this.update.ifAvailable((coverage) -> coverage.documentsChanged(documents));
	}

}
