package org.sanctionstracker.actor.ui;

import com.vaadin.flow.component.html.Anchor;
import org.sanctionstracker.actor.ActorRef;

/**
 * An actor's name as a link to its profile ({@code country/{iso3 or id}}), the way every
 * view shows an actor.
 */
public class ActorLink extends Anchor {

	/**
	 * A link to an actor's profile.
	 * @param actor the actor
	 */
	public ActorLink(ActorRef actor) {
		super(href(actor), actor.name());
		getElement().setAttribute("title", "Profile of " + actor.name());
	}

	/**
	 * The profile's address, relative to the application root: the ISO code for states,
	 * the id otherwise.
	 * @param actor the actor
	 * @return e.g. {@code country/JPN}
	 */
	public static String href(ActorRef actor) {
		return "country/" + ((actor.iso3() != null) ? actor.iso3() : String.valueOf(actor.id()));
	}

}
