/**
 * The coalition part other features' forms use:
 * {@link org.sanctionstracker.coalition.ui.CoalitionPicker}. Only the public types are
 * offered; the coalition views stay package-private. See
 * docs/decisions/0015-module-boundaries.md.
 */
@NamedInterface("ui")
package org.sanctionstracker.coalition.ui;

import org.springframework.modulith.NamedInterface;
