/**
 * The source parts other features' forms and views use: the citation field
 * ({@link org.sanctionstracker.source.ui.EvidenceField}) and the passage display
 * ({@link org.sanctionstracker.source.ui.PassageText}), with the readable text
 * ({@link org.sanctionstracker.source.ui.DocumentText}). Only the public types are
 * offered. See docs/decisions/0015-module-boundaries.md.
 */
@NamedInterface("ui")
package org.sanctionstracker.source.ui;

import org.springframework.modulith.NamedInterface;
