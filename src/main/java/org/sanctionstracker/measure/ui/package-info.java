/**
 * The measure parts other features' views use:
 * {@link org.sanctionstracker.measure.ui.MeasurePicker} and the "as of" field
 * ({@link org.sanctionstracker.measure.ui.AsOfField}). Only the public types are offered;
 * the measure views stay package-private. See docs/decisions/0015-module-boundaries.md.
 */
@NamedInterface("ui")
package org.sanctionstracker.measure.ui;

import org.springframework.modulith.NamedInterface;
