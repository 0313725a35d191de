/**
 * The shared kernel every feature builds on: partial dates, name keys, data changes, the
 * history of records, the main layout and the one error handler ({@code base.ui}). An
 * open module, so its sub-packages ({@code history}, {@code ui}, {@code ui.chart}) are
 * usable from every feature; it depends on no feature. See
 * docs/decisions/0015-module-boundaries.md.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.sanctionstracker.base;

import org.springframework.modulith.ApplicationModule;
