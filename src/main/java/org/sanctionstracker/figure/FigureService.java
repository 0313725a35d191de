package org.sanctionstracker.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import org.sanctionstracker.actor.Actor;
import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.actor.ActorService;
import org.sanctionstracker.base.DeletedSeedKeys;
import org.sanctionstracker.base.InvalidInputException;
import org.sanctionstracker.base.PlausibleDates;
import org.sanctionstracker.base.TextSearch;
import org.sanctionstracker.base.history.Change;
import org.sanctionstracker.base.history.History;
import org.sanctionstracker.measure.Measure;
import org.sanctionstracker.measure.MeasureRef;
import org.sanctionstracker.measure.MeasureService;
import org.sanctionstracker.source.Citations;
import org.sanctionstracker.source.CitedEvidence;
import org.sanctionstracker.source.Evidence;
import org.sanctionstracker.source.EvidenceItem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads the money figures the sources name. A country filter matches the figure's actor
 * or the imposer/target of its measure; coalition and type match its measure. Lets
 * editors create, change and delete figures, by the rules the importer applies too
 * ({@link Figure#problems}, the provenance and quote rules of {@link Citations}, the date
 * range of {@link PlausibleDates}).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FigureService {

	private final FigureRepository repository;

	private final ActorService actors;

	private final MeasureService measures;

	private final Citations citations;

	private final DeletedSeedKeys deletedSeedKeys;

	private final History history;

	FigureService(FigureRepository repository, ActorService actors, MeasureService measures, Citations citations,
			DeletedSeedKeys deletedSeedKeys, History history) {
		this.repository = repository;
		this.actors = actors;
		this.measures = measures;
		this.citations = citations;
		this.deletedSeedKeys = deletedSeedKeys;
		this.history = history;
	}

	/**
	 * A figure as its form edits it.
	 * @param id the figure's id
	 * @return the draft, if the figure exists
	 */
	public Optional<FigureDraft> draft(long id) {
		return this.repository.findById(id).map((figure) -> {
			FigureDraft draft = new FigureDraft();
			draft.setId(figure.getId());
			draft.setVersion(figure.getVersion());
			draft.setAmount(figure.getAmount());
			draft.setAmountMax(figure.getAmountMax());
			draft.setCurrency(figure.getCurrency());
			draft.setPeriod(figure.getPeriod());
			draft.setLabel(figure.getLabel());
			draft.setActor(ActorRef.of(figure.getActor()));
			draft.setMeasure(MeasureRef.of(figure.getMeasure()));
			draft.setDate(figure.getDate());
			draft.setDateBasis(figure.getDateBasis());
			draft.setEvidence(Citations.drafts(figure.getEvidence()));
			return draft;
		});
	}

	/**
	 * Creates a figure or saves changes to one, in one transaction.
	 * @param draft what the form holds
	 * @return the figure's id
	 * @throws InvalidInputException when an amount or the currency cannot be a figure's,
	 * the range's maximum is below its minimum, the actor or the measure is unknown, the
	 * date is out of range, or the figure cites no evidence (or evidence that cannot be
	 * cited); nothing is written then
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public long save(@Valid FigureDraft draft) {
		Map<String, String> problems = new LinkedHashMap<>(
				Figure.problems(draft.getAmount(), draft.getAmountMax(), draft.getCurrency()));
		Actor actor = null;
		if (draft.getActor() != null) {
			actor = this.actors.entity("actor", draft.getActor(), problems);
		}
		Measure measure = null;
		if (draft.getMeasure() != null) {
			measure = this.measures.entity(draft.getMeasure().id()).orElse(null);
			if (measure == null) {
				problems.put("measure", "Unknown measure: \"" + draft.getMeasure().title() + "\" no longer exists");
			}
		}
		PlausibleDates.problem(draft.getDate(), draft.getDate().iso())
			.ifPresent((reason) -> problems.put("date", reason));
		String citations = this.citations.requiredProblem(draft.getEvidence());
		if (citations != null) {
			problems.put("evidence", citations);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Figure figure;
		if (draft.isNew()) {
			figure = new Figure(draft.getAmount(), draft.getAmountMax(), draft.getCurrency(), draft.getPeriod(),
					draft.getLabel().strip());
		}
		else {
			figure = this.repository.findById(draft.getId())
				.orElseThrow(() -> this.history.changedSince(Figure.class, draft.getId(), "The figure"));
			if (figure.getVersion() != draft.getVersion()) {
				throw this.history.changedSince(Figure.class, figure.getId(), "The figure", figure.getLabel());
			}
			figure.setAmounts(draft.getAmount(), draft.getAmountMax());
			figure.setCurrency(draft.getCurrency());
			figure.setPeriod(draft.getPeriod());
			figure.setLabel(draft.getLabel().strip());
		}
		figure.setActor(actor);
		figure.setMeasure(measure);
		figure.setDate(draft.getDate());
		figure.setDateBasis(blankToNull(draft.getDateBasis()));
		List<Evidence> evidence = this.citations.resolve("evidence", draft.getEvidence());
		figure.getEvidence().retainAll(evidence);
		evidence.stream().filter((e) -> !figure.getEvidence().contains(e)).forEach(figure.getEvidence()::add);
		return this.repository.saveAndFlush(figure).getId();
	}

	/**
	 * Deletes a figure (no other record refers to figures).
	 * @param id the figure's id
	 * @param version the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasRole('EDITOR')")
	public void delete(long id, long version) {
		Figure figure = this.repository.findById(id)
			.orElseThrow(() -> this.history.changedSince(Figure.class, id, "The figure"));
		if (figure.getVersion() != version) {
			throw this.history.changedSince(Figure.class, id, "The figure", figure.getLabel());
		}
		this.deletedSeedKeys.remember("figure", figure.getSeedKey());
		this.repository.delete(figure);
		this.repository.flush();
	}

	/**
	 * Who changed the figure, when, from what to what; newest first.
	 * @param id the figure's id
	 * @return the changes
	 */
	public List<Change> history(long id) {
		return History.newestFirst(this.history.of(Figure.class, id, (figure) -> "Figure", FigureService::describe));
	}

	static Map<String, String> describe(Figure figure) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Amount", (figure.getAmount() != null) ? figure.getAmount().toPlainString() : null);
		fields.put("Up to", (figure.getAmountMax() != null) ? figure.getAmountMax().toPlainString() : null);
		fields.put("Currency", figure.getCurrency());
		fields.put("Period", (figure.getPeriod() != null) ? figure.getPeriod().label() : null);
		fields.put("What it measures", figure.getLabel());
		fields.put("Actor", (figure.getActor() != null) ? figure.getActor().getName() : null);
		fields.put("Measure", (figure.getMeasure() != null) ? figure.getMeasure().getTitle() : null);
		fields.put("Date", (figure.getDate() != null) ? figure.getDate().display() : null);
		fields.put("Date basis", figure.getDateBasis());
		fields.put("Evidence", Citations.describe(figure.getEvidence()));
		return fields;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * Figures for the editors' list: those over a period whose label or actor's name
	 * contains the text.
	 * @param text what the user typed, or {@code null}
	 * @param period the period, or {@code null}
	 * @param pageable page and sort (entity property paths)
	 * @return one page of figures
	 */
	public Page<FigureRow> list(String text, FigurePeriod period, Pageable pageable) {
		return figures(search(text, period), pageable);
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

	/**
	 * Figures over a period whose label, or actor's name, contains a text.
	 * @param text words to look for, or {@code null}
	 * @param period the period, or {@code null}
	 * @return the specification
	 */
	static Specification<Figure> search(String text, FigurePeriod period) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (period != null) {
				predicates.add(cb.equal(root.get("period"), period));
			}
			String pattern = TextSearch.containsPattern(text);
			if (pattern != null) {
				Join<Figure, Actor> actor = root.join("actor", JoinType.LEFT);
				predicates.add(TextSearch.anyContains(cb, pattern, List.of(root.get("label"), actor.get("name"))));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
