/**
 * The actor parts other features' views use:
 * {@link org.sanctionstracker.actor.ui.ActorPicker} and
 * {@link org.sanctionstracker.actor.ui.ActorLink}. Only the public types are offered; the
 * actor views stay package-private. See docs/decisions/0015-module-boundaries.md.
 */
@NamedInterface("ui")
package org.sanctionstracker.actor.ui;

import org.springframework.modulith.NamedInterface;
