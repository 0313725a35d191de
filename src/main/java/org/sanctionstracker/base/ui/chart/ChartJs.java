package org.sanctionstracker.base.ui.chart;

import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import software.xdev.chartjs.model.charts.Chart;

/**
 * A Chart.js 4 chart. Views hand it a configuration built with chartjs-java-model; the
 * browser side ({@code frontend/chart/sct-chart.js}) draws it, updates it in place when a
 * new configuration of the same chart type arrives, resizes it with its container and
 * destroys it when the component is detached.
 *
 * <p>
 * The component has no height of its own: give it one (for example
 * {@code setHeight("320px")}), as Chart.js fills its container.
 */
@Tag("sct-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./chart/sct-chart.js")
public class ChartJs extends Component implements HasSize {

	private String configuration;

	public ChartJs() {
		getElement().getStyle().set("display", "block").set("position", "relative").set("min-height", "200px");
	}

	/**
	 * Shows a chart, replacing what was shown. A chart of the same type as before is
	 * updated in place rather than created anew.
	 * @param chart the chart's configuration
	 */
	public void configure(Chart<?, ?, ?> chart) {
		Objects.requireNonNull(chart, "chart");
		this.configuration = chart.toJson();
		getElement().setProperty("config", this.configuration);
	}

	/**
	 * Removes the chart, leaving the area empty.
	 */
	public void clear() {
		this.configuration = null;
		getElement().setProperty("config", null);
	}

	/**
	 * The configuration last sent to the browser, as Chart.js JSON.
	 * @return the JSON, or {@code null} when no chart is shown
	 */
	public String getConfiguration() {
		return this.configuration;
	}

}
