package org.sanctionstracker.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureFilter;
import org.sanctionstracker.measure.MeasurePredicates;
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
	 * Figures matching the filter.
	 * @param filter the shared filter (its event kind does not apply and must be unset)
	 * @param pageable page and sort (entity property paths)
	 * @return one page of figures
	 */
	public Page<FigureRow> figures(MeasureFilter filter, Pageable pageable) {
		Page<Figure> page = this.repository.findAll(spec(filter), pageable);
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

	/**
	 * The filter as a specification on figures.
	 * @param filter the shared filter
	 * @return the specification
	 */
	public static Specification<Figure> spec(MeasureFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			boolean needsMeasure = filter.actorId() != null || filter.coalitionId() != null || filter.type() != null;
			Join<Figure, Measure> measure = needsMeasure ? root.join("measure", JoinType.LEFT) : null;
			if (filter.actorId() != null) {
				Predicate ofMeasure = MeasurePredicates.actorInRole(cb, measure.get("imposer").get("id"),
						measure.get("target").get("id"), filter.actorId(), filter.effectiveRole());
				predicates.add(cb.or(cb.equal(root.get("actor").get("id"), filter.actorId()), ofMeasure));
			}
			if (filter.coalitionId() != null || filter.type() != null) {
				predicates.addAll(MeasurePredicates.onMeasure(cb, measure, filter.withActor(null, null)));
			}
			predicates.addAll(MeasurePredicates.inPeriod(cb, root.get("date"), filter));
			String pattern = filter.textPattern();
			if (pattern != null) {
				List<Expression<String>> texts = List.of(root.get("label"));
				predicates.add(MeasurePredicates.containsText(cb, pattern, texts));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
