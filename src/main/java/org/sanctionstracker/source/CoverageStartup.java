package org.sanctionstracker.source;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionstracker.base.AppLock;
import org.sanctionstracker.base.StartupTask;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives, on start, the coverage of the documents that have none (stored before coverage
 * existed, or written with plain SQL such as the synthetic data) or whose sentences were
 * derived with another lexicon ({@code tracker.coverage.lexicon}). Decisions are kept:
 * they name sentences by their offsets, which a lexicon does not change.
 */
@Component
class CoverageStartup implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(CoverageStartup.class);

	private final CoverageUpdate update;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	CoverageStartup(CoverageUpdate update, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.update = update;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int getPhase() {
		return COVERAGE;
	}

	@Override
	public void runOnStart() {
		int derived = this.transaction.execute((status) -> {
			AppLock.acquire(this.entityManager, AppLock.SEED);
			List<Long> stale = this.update.stale();
			stale.forEach(this.update::rederive);
			return stale.size();
		});
		if (derived > 0) {
			log.info("Coverage of documents: derived for {} document(s) with the lexicon of {} word forms", derived,
					this.update.lexicon().size());
		}
	}

}
