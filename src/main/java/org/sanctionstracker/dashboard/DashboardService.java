package org.sanctionstracker.dashboard;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chart-ready aggregates for the dashboard. Every number is counted by the database
 * ({@code GROUP BY} into records); nothing here loops over entities.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	private final EntityManager entityManager;

	DashboardService(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Source documents per publication year and kind, oldest year first. Documents with
	 * an unknown date are left out.
	 * @return one row per year and kind that has documents
	 */
	public List<SourceCountByYear> sourceDocumentsPerYear() {
		return this.entityManager.createQuery("""
				select new org.sanctionstracker.dashboard.SourceCountByYear(
				    year(d.published.lowerBound), d.kind, count(d))
				from SourceDocument d
				where d.published.lowerBound is not null
				group by year(d.published.lowerBound), d.kind
				order by year(d.published.lowerBound), d.kind
				""", SourceCountByYear.class).getResultList();
	}

}
