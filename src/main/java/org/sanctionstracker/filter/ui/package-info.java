/**
 * The filter bar the reading views put on top
 * ({@link org.sanctionstracker.filter.ui.FilterBar},
 * {@link org.sanctionstracker.filter.ui.FilterValues}) and the button that folds it
 * ({@link org.sanctionstracker.filter.ui.FilterToggle}). See
 * docs/decisions/0015-module-boundaries.md.
 */
@NamedInterface("ui")
package org.sanctionstracker.filter.ui;

import org.springframework.modulith.NamedInterface;
