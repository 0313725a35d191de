package org.sanctionstracker.measure;

import java.time.LocalDate;
import java.util.List;

import org.sanctionstracker.actor.ActorRef;
import org.sanctionstracker.coalition.CoalitionRef;
import org.sanctionstracker.source.EvidenceItem;

/**
 * A measure with its lifecycle and evidence, as lists, detail panels and the API show it.
 *
 * @param id the measure id
 * @param imposer who imposed it
 * @param target on whom
 * @param type the measure type
 * @param title a short title
 * @param description what it consists of
 * @param legalBasis the law or resolution it rests on
 * @param coalition the coalition it was taken within, if any
 * @param status whether it is in force on the day asked about
 * @param asOf the day asked about (see {@link AsOf})
 * @param events its lifecycle, oldest first
 * @param evidence the passages that name the measure itself
 */
public record MeasureDetails(Long id, ActorRef imposer, ActorRef target, MeasureType type, String title,
		String description, String legalBasis, CoalitionRef coalition, MeasureStatus status, LocalDate asOf,
		List<EventItem> events, List<EvidenceItem> evidence) {

}
