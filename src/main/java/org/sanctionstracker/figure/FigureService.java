package org.sanctionstracker.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the money figures the sources name. A country filter matches the figure's actor
 * or the imposer/target of its measure; coalition and type match its measure.
 */
@Service
@Transactional(readOnly = true)
public class FigureService {

	private final FigureRepository repository;

	FigureService(FigureRepository repository) {
		this.repository = repository;
	}

	/**
	 * Figures a specification selects (the shared filter's is built by
	 * {@code filter/FilterSpecifications}).
	 * @param where which figures
	 * @param pageable page and sort (entity property paths)
	 * @return one page of figures
	 */
	public Page<FigureRow> figures(Specification<Figure> where, Pageable pageable) {
		Page<Figure> page = this.repository.findAll(where, pageable);
		List<Long> ids = page.getContent().stream().map(Figure::getId).toList();
		Map<Long, List<EvidenceItem>> evidence = ids.isEmpty() ? Map.of()
				: CitedEvidence.byOwner(this.repository.findEvidenceOf(ids));
		return page.map((figure) -> row(figure, evidence));
	}

	/**
	 * One figure, as {@link #figures} lists it.
	 * @param id the figure's id
	 * @return the figure, if it exists
	 */
	public Optional<FigureRow> figure(long id) {
		return this.repository.findById(id)
			.map((figure) -> row(figure, CitedEvidence.byOwner(this.repository.findEvidenceOf(List.of(id)))));
	}

	private static FigureRow row(Figure figure, Map<Long, List<EvidenceItem>> evidence) {
		Measure measure = figure.getMeasure();
		return new FigureRow(figure.getId(), figure.getAmount(), figure.getAmountMax(), figure.getCurrency(),
				figure.getPeriod(), figure.getLabel(), ActorRef.of(figure.getActor()),
				(measure != null) ? measure.getId() : null, (measure != null) ? measure.getTitle() : null,
				figure.getDate(), figure.getDateBasis(), evidence.getOrDefault(figure.getId(), List.of()));
	}

}
