package org.sanctionstracker.base.ui.chart;

import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import software.xdev.chartjs.model.charts.Chart;

/**
 * A Chart.js 4 chart. Views hand it a configuration built with chartjs-java-model; the
 * browser side ({@code frontend/chart/sct-chart.js}) draws it, updates it in place when a
 * new configuration of the same chart type arrives, resizes it with its container and
 * destroys it when the component is detached.
 *
 * <p>
 * Datasets may carry per-point tooltip texts ({@link TooltipBarDataset},
 * {@link TooltipLineDataset}, {@link MatrixPoint}); a click on a bar, point or bubble
 * reaches {@link #addChartClickListener listeners} with the dataset and the point.
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
	 * Listens to clicks on the chart's marks (bars, points, bubbles); the pointer then
	 * shows that they can be clicked. Add listeners before {@link #configure}.
	 * @param listener receives the dataset and point clicked
	 * @return a handle to remove the listener
	 */
	public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
		getElement().setAttribute("clickable", true);
		return addListener(ChartClickEvent.class, listener);
	}

	/**
	 * A click on one of the chart's marks.
	 */
	@DomEvent("sct-chart-click")
	public static class ChartClickEvent extends ComponentEvent<ChartJs> {

		private final int datasetIndex;

		private final int index;

		public ChartClickEvent(ChartJs source, boolean fromClient,
				@EventData("event.detail.datasetIndex") int datasetIndex, @EventData("event.detail.index") int index) {
			super(source, fromClient);
			this.datasetIndex = datasetIndex;
			this.index = index;
		}

		/**
		 * The position of the dataset clicked in the chart's datasets.
		 * @return from 0
		 */
		public int getDatasetIndex() {
			return this.datasetIndex;
		}

		/**
		 * The position of the point clicked in its dataset (for bar and line charts, the
		 * label's position).
		 * @return from 0
		 */
		public int getIndex() {
			return this.index;
		}

	}

	/**
	 * The configuration last sent to the browser, as Chart.js JSON.
	 * @return the JSON, or {@code null} when no chart is shown
	 */
	public String getConfiguration() {
		return this.configuration;
	}

}
