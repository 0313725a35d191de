package org.sanctionstracker.measure;

/**
 * How other records name a measure.
 *
 * @param id its id
 * @param title its title
 * @param imposer the name of who imposed it
 */
public record MeasureRef(Long id, String title, String imposer) {

	public static MeasureRef of(Measure measure) {
		return (measure != null) ? new MeasureRef(measure.getId(), measure.getTitle(), measure.getImposer().getName())
				: null;
	}

	/**
	 * How a picker shows it.
	 * @return e.g. "Port ban (Japan)"
	 */
	public String label() {
		return this.title + ((this.imposer != null) ? " (" + this.imposer + ")" : "");
	}

}
