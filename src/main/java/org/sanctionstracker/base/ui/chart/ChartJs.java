package org.sanctionstracker.base.ui.chart;

import java.time.LocalDate;
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
 * <b>Tooltips.</b> A dataset either carries a text per point or one format for all of
 * them ({@code tooltipFormat}), which the browser fills in: {@code {label}} the dataset's
 * label, {@code {value}} the point's value (a bubble's {@code value}), {@code {x}} and
 * {@code {y}} a bubble's column and row labels, {@code {counts}} what a bar is made of
 * ({@link TooltipBarDataset#addBar(Number, long[])}), and
 * {@code {value:measure|measures}} the first word when the value is 1 and the second
 * otherwise. With {@code tooltipHidesZero} a point of value 0 stays out of the tooltip,
 * as a {@code null} text does. A chart of a few hundred points then carries its texts
 * once instead of once per point: a view's configuration stays in the server's memory for
 * as long as the view is open (decision 0023).
 *
 * <p>
 * Charts that chartjs-java-model cannot describe (floating bars mixed with points, the
 * zoom plugin, the world map) are handed over as JSON with {@link #configureJson}, using
 * the element's conventions for days, hatching, brushing and the map
 * ({@code frontend/chart/sct-chart.js}).
 *
 * <p>
 * The component has no height of its own: give it one (for example
 * {@code setHeight("320px")}), as Chart.js fills its container.
 */
@Tag("sct-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-plugin-zoom", version = "2.2.0")
@NpmPackage(value = "chartjs-chart-geo", version = "4.3.6")
@NpmPackage(value = "world-atlas", version = "2.0.2")
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
	 * Shows a chart given as Chart.js JSON, replacing what was shown.
	 * @param json the configuration
	 */
	public void configureJson(String json) {
		this.configuration = Objects.requireNonNull(json, "json");
		getElement().setProperty("config", this.configuration);
	}

	/**
	 * Saves the chart as a PNG file in the browser, on the theme's background.
	 * @param fileName e.g. {@code timeline.png}
	 */
	public void downloadPng(String fileName) {
		getElement().callJsFunction("downloadPng", fileName);
	}

	/**
	 * Listens to the brush: a period chosen by dragging over a chart whose configuration
	 * enables the zoom plugin's drag-to-zoom.
	 * @param listener receives the period's first and last day
	 * @return a handle to remove the listener
	 */
	public Registration addBrushListener(ComponentEventListener<BrushEvent> listener) {
		return addListener(BrushEvent.class, listener);
	}

	/**
	 * A period chosen by dragging over the chart.
	 */
	@DomEvent("sct-chart-brush")
	public static class BrushEvent extends ComponentEvent<ChartJs> {

		private final LocalDate from;

		private final LocalDate to;

		public BrushEvent(ChartJs source, boolean fromClient, @EventData("event.detail.from") int from,
				@EventData("event.detail.to") int to) {
			super(source, fromClient);
			this.from = LocalDate.ofEpochDay(Math.min(from, to));
			this.to = LocalDate.ofEpochDay(Math.max(from, to));
		}

		public LocalDate getFrom() {
			return this.from;
		}

		public LocalDate getTo() {
			return this.to;
		}

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

		private final String key;

		public ChartClickEvent(ChartJs source, boolean fromClient,
				@EventData("event.detail.datasetIndex") int datasetIndex, @EventData("event.detail.index") int index,
				@EventData("event.detail.key") String key) {
			super(source, fromClient);
			this.datasetIndex = datasetIndex;
			this.index = index;
			this.key = key;
		}

		/**
		 * The key of the point clicked, where the chart gives its points keys (the world
		 * map: the country's ISO 3166 alpha-3 code).
		 * @return the key, or {@code null}
		 */
		public String getKey() {
			return this.key;
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
