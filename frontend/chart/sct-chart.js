// <sct-chart>: a Chart.js 4 chart as a custom element, driven from Java (base/ui/chart/ChartJs.java).
//
// Java sets the `config` property to a Chart.js configuration as JSON text. The element creates
// the chart when it is attached, updates it in place when only data or options change (no new
// chart, so animations run from the old values), resizes with its container, follows the Lumo
// light/dark theme (text, grid and series colours written as light-dark(...) pairs), and
// destroys the chart when it is detached.
//
// Two conventions let Java describe what JSON cannot carry as functions:
// - Tooltips: a dataset may carry `tooltips`, an array parallel to `data` whose entries are a
//   text (or an array of lines) shown for that point, or null to leave the point out of the
//   tooltip; a data point object may carry its own `tooltip` instead.
// - Clicks: when the element has the `clickable` attribute, a click on a bar, point or bubble
//   fires a `sct-chart-click` event with `detail.datasetIndex` and `detail.index`, and the
//   pointer shows that the marks can be clicked; `detail.key` is the point's `key`, if it has one.
// - Rows: a category scale with `sctRows: true` reads a whole number as the index of its row
//   (Chart.js's own category scale reads a number that is not one of its labels as the point's
//   place in its dataset, which put every point of a floating-bar or scatter dataset on the row
//   of its index).
// - Days: a linear scale with `sctDays: true` holds days counted from 1970-01-01 (epoch days);
//   its ticks fall on 1 January (or on the first of a month when the axis spans a year or less)
//   and read as years or months.
// - Hatching: a dataset with `sctHatch: true` is filled with diagonal stripes of its colour.
// - Zoom and pan: `options.plugins.zoom` configures chartjs-plugin-zoom; a drag-to-zoom (the
//   brush) fires `sct-chart-brush` with `detail.from` and `detail.to`, the x axis's bounds.
// - World map: a chart of type `choropleth` takes `data.sctCountries`, values by ISO 3166
//   alpha-3 code ({ value, tooltip, highlight }); the element draws every country of
//   world-atlas's 1:110m map (no network) and gives each the value of its code, if any.
// The element's downloadPng(name) saves the chart as a PNG on the theme's background.
// A user whose system asks for reduced motion (prefers-reduced-motion: reduce) gets charts
// drawn at once, without Chart.js's animations, also when the preference changes while a
// chart is shown.
import { Chart, CategoryScale, registerables } from 'chart.js';
import zoomPlugin from 'chartjs-plugin-zoom';
import { ChoroplethController, GeoFeature, ColorScale, ProjectionScale, topojson } from 'chartjs-chart-geo';
import countries110m from 'world-atlas/countries-110m.json';
import { ISO_NUMERIC } from './iso-numeric.js';

// A category axis whose points name their row by its index (`y: 3`), see `sctRows` above.
class RowScale extends CategoryScale {
  static id = 'sctRows';

  parse(raw, index) {
    if (typeof raw === 'number' && Number.isInteger(raw)) {
      return (raw >= 0 && raw < this.getLabels().length) ? raw : null;
    }
    return super.parse(raw, index);
  }
}

Chart.register(...registerables, RowScale, zoomPlugin, ChoroplethController, GeoFeature, ColorScale, ProjectionScale);

// The map's colours from few to many measures, as [red, green, blue] stops: in the light theme
// from a pale blue (clearly not the grey of "no data") to a deep blue, in the dark theme from a
// deep blue (not the background, not grey) to a pale one, so "more" stands out in both.
const MAP_RAMPS = {
  light: [[198, 219, 239], [107, 174, 214], [33, 113, 181], [8, 48, 107]],
  dark: [[40, 100, 155], [66, 146, 198], [140, 190, 225], [222, 235, 247]],
};

function ramp(stops) {
  return (t) => {
    const v = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
    const i = Math.min(stops.length - 2, Math.floor(v));
    const f = v - i;
    const [r, g, b] = [0, 1, 2].map((c) => Math.round(stops[i][c] + (stops[i + 1][c] - stops[i][c]) * f));
    return `rgb(${r}, ${g}, ${b})`;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86400000;

let worldFeatures = null;
let numericToIso = null;

// The countries of the map, without Antarctica (it would take a fifth of the map).
function world() {
  if (!worldFeatures) {
    worldFeatures = topojson.feature(countries110m, countries110m.objects.countries).features
      .filter((feature) => feature.id !== '010');
    numericToIso = {};
    for (const [iso3, numeric] of Object.entries(ISO_NUMERIC)) {
      numericToIso[numeric] = iso3;
    }
  }
  return worldFeatures;
}

const THEME_COLOURS = ['--lumo-secondary-text-color', '--lumo-contrast-10pct'];

const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');

class SctChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this.chart = null;
    this._themeObserver = new MutationObserver(() => this._render());
    this._motionListener = () => this._render();
  }

  set config(json) {
    this._config = json ? JSON.parse(json) : null;
    this._render();
  }

  get config() {
    return this._config ? JSON.stringify(this._config) : null;
  }

  connectedCallback() {
    // A value set before this element was upgraded sits in an own property and hides the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const early = this.config;
      delete this.config;
      this.config = early;
    }
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style', 'class'] });
    REDUCED_MOTION.addEventListener('change', this._motionListener);
    this._render();
  }

  disconnectedCallback() {
    this._themeObserver.disconnect();
    REDUCED_MOTION.removeEventListener('change', this._motionListener);
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._canvas) {
      return;
    }
    if (!this._config) {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
      return;
    }
    const config = this._themed(structuredClone(this._config));
    this._canvas.setAttribute('aria-label', this._label(config));
    if (this.chart && this.chart.config.type === config.type) {
      // Same kind of chart: swap data and options, keep the instance.
      this.chart.data = config.data;
      this.chart.options = config.options;
      this.chart.update();
    } else {
      if (this.chart) {
        this.chart.destroy();
      }
      this.chart = new Chart(this._canvas, config);
    }
  }

  _label(config) {
    const title = config.options.plugins && config.options.plugins.title;
    return (title && title.text) ? [].concat(title.text).join(' ') : 'Chart';
  }

  // Text and grid colours come from the Lumo theme so both light and dark stay readable. Lumo
  // writes them as light-dark(...) expressions, which Chart.js cannot parse: a hidden probe
  // element resolves each to the rgb() value the browser actually uses.
  _themeColour(variable) {
    return this._cssColour(`var(${variable})`);
  }

  _cssColour(value) {
    if (!this._probe) {
      this._probe = document.createElement('span');
      this._probe.hidden = true;
      this.appendChild(this._probe);
    }
    this._probe.style.color = value;
    return getComputedStyle(this._probe).color;
  }

  // Series colours come from Java as light-dark(light, dark) pairs (base/ui/chart/ChartPalette),
  // so that a series keeps its hue in both themes: each is resolved to the shade of the theme
  // shown, again whenever the theme changes.
  _seriesColours(data) {
    const resolved = new Map();
    const resolve = (value) => {
      if (Array.isArray(value)) {
        return value.map(resolve);
      }
      if (typeof value !== 'string' || !value.startsWith('light-dark(')) {
        return value;
      }
      if (!resolved.has(value)) {
        resolved.set(value, this._cssColour(value));
      }
      return resolved.get(value);
    };
    for (const dataset of (data && data.datasets) || []) {
      for (const key of Object.keys(dataset)) {
        if (key.endsWith('Color')) {
          dataset[key] = resolve(dataset[key]);
        }
      }
    }
  }

  _themed(config) {
    const options = Object.assign({ responsive: true, maintainAspectRatio: false }, config.options);
    if (REDUCED_MOTION.matches) {
      options.animation = false;
    }
    const [text, grid] = THEME_COLOURS.map((name) => this._themeColour(name));
    options.color = text;
    for (const scale of Object.values(options.scales || {})) {
      scale.ticks = Object.assign({}, scale.ticks, { color: text });
      scale.title = Object.assign({}, scale.title, { color: text });
      scale.grid = Object.assign({}, scale.grid, { color: grid });
    }
    const plugins = (options.plugins = Object.assign({}, options.plugins));
    plugins.title = Object.assign({}, plugins.title, { color: text });
    plugins.legend = Object.assign({}, plugins.legend);
    plugins.legend.labels = Object.assign({}, plugins.legend.labels, { color: text });
    this._seriesColours(config.data);
    this._matrixLabels(config, options);
    this._tooltips(config, plugins);
    this._clicks(options);
    this._fitBubbles(config, options);
    this._rows(options);
    this._days(options);
    this._hatch(config);
    this._zoom(options);
    this._geo(config, options, text, grid);
    config.options = options;
    return config;
  }

  _rows(options) {
    for (const scale of Object.values(options.scales || {})) {
      if (scale.sctRows) {
        scale.type = 'sctRows';
      }
    }
  }

  _days(options) {
    for (const scale of Object.values(options.scales || {})) {
      if (!scale.sctDays) {
        continue;
      }
      const label = (day, monthly) => {
        const date = new Date(day * DAY_MS);
        return monthly ? `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : String(date.getUTCFullYear());
      };
      scale.afterBuildTicks = (axis) => {
        const span = axis.max - axis.min;
        const monthly = span <= 400;
        const first = new Date(axis.min * DAY_MS);
        const ticks = [];
        if (monthly) {
          const step = Math.max(1, Math.ceil(span / 30 / 8));
          for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; ; m += step) {
            const day = Date.UTC(y, m, 1) / DAY_MS;
            if (day > axis.max) break;
            ticks.push({ value: day });
          }
        } else {
          const years = span / 365.25;
          const step = Math.max(1, Math.ceil(years / 10));
          for (let y = first.getUTCFullYear() + 1; ; y += step) {
            const day = Date.UTC(y, 0, 1) / DAY_MS;
            if (day > axis.max) break;
            ticks.push({ value: day });
          }
        }
        axis.ticks = ticks;
        axis.sctMonthly = monthly;
      };
      scale.ticks = Object.assign({}, scale.ticks, {
        autoSkip: false,
        callback: function (value) { return label(value, this.sctMonthly); },
      });
    }
  }

  _hatch(config) {
    for (const dataset of (config.data && config.data.datasets) || []) {
      if (!dataset.sctHatch) {
        continue;
      }
      const pattern = (colour) => {
        const tile = document.createElement('canvas');
        tile.width = tile.height = 8;
        const ctx = tile.getContext('2d');
        ctx.strokeStyle = colour;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        ctx.moveTo(-2, 10); ctx.lineTo(10, -2);
        ctx.moveTo(6, 10); ctx.lineTo(10, 6);
        ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
        ctx.stroke();
        return ctx.createPattern(tile, 'repeat');
      };
      const colours = dataset.backgroundColor;
      dataset.backgroundColor = Array.isArray(colours) ? colours.map(pattern) : pattern(colours);
    }
  }

  _zoom(options) {
    const zoom = options.plugins && options.plugins.zoom;
    if (!zoom) {
      return;
    }
    let trigger = null;
    zoom.zoom = Object.assign({}, zoom.zoom, {
      onZoom: (context) => { trigger = context.trigger; },
      onZoomComplete: ({ chart }) => {
        if (trigger === 'drag') {
          const x = chart.scales.x;
          this.dispatchEvent(new CustomEvent('sct-chart-brush', {
            detail: { from: Math.floor(x.min), to: Math.ceil(x.max) },
          }));
        }
        trigger = null;
      },
    });
  }

  _geo(config, options, text, grid) {
    if (config.type !== 'choropleth') {
      return;
    }
    const values = config.data.sctCountries || {};
    const features = world();
    const accent = this._themeColour('--lumo-primary-color');
    const dataset = config.data.datasets[0];
    config.data.labels = features.map((feature) => feature.properties.name);
    dataset.outline = features;
    dataset.showOutline = true;
    dataset.data = features.map((feature) => {
      const key = numericToIso[feature.id] || null;
      const value = key && values[key];
      return {
        feature,
        key,
        // 0 is a value (a state the records know, with nothing in force): only a state
        // without a value is "no data"
        value: value && Number.isFinite(value.value) ? value.value : null,
        tooltip: value ? value.tooltip : `${feature.properties.name}: none`,
      };
    });
    const highlighted = (point) => point.key && values[point.key] && values[point.key].highlight;
    dataset.borderColor = dataset.data.map((point) => (highlighted(point) ? accent : grid));
    dataset.borderWidth = dataset.data.map((point) => (highlighted(point) ? 2.5 : 0.5));
    const scales = options.scales || (options.scales = {});
    scales.projection = Object.assign({ axis: 'x', projection: 'equalEarth' }, scales.projection);
    const dark = this._isDark();
    scales.color = Object.assign({ axis: 'x', missing: this._themeColour('--lumo-contrast-10pct') }, scales.color,
      { interpolate: ramp(dark ? MAP_RAMPS.dark : MAP_RAMPS.light) });
    scales.color.ticks = Object.assign({}, scales.color.ticks, { color: text });
  }

  // Whether the theme shown is dark: the base colour is darker than mid-grey.
  _isDark() {
    const [r, g, b] = (this._themeColour('--lumo-base-color').match(/[\d.]+/g) || [255, 255, 255]).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }

  // The chart as a PNG file, on the background of the theme shown (a canvas is transparent).
  downloadPng(name) {
    if (!this.chart) {
      return;
    }
    const source = this.chart.canvas;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    ctx.fillStyle = this._themeColour('--lumo-base-color');
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(source, 0, 0);
    const link = document.createElement('a');
    link.download = name;
    link.href = copy.toDataURL('image/png');
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // A bubble on two category axes names its column and row by their positions in the axes'
  // labels (x: 0 is the first column), which keeps a matrix of hundreds of bubbles short.
  _matrixLabels(config, options) {
    const scales = options.scales || {};
    const columns = config.type === 'bubble' && scales.x && Array.isArray(scales.x.labels) ? scales.x.labels : null;
    const rows = config.type === 'bubble' && scales.y && Array.isArray(scales.y.labels) ? scales.y.labels : null;
    if (!columns && !rows) {
      return;
    }
    for (const dataset of (config.data && config.data.datasets) || []) {
      for (const point of dataset.data || []) {
        if (point && typeof point === 'object') {
          if (columns && typeof point.x === 'number') {
            point.x = columns[point.x];
          }
          if (rows && typeof point.y === 'number') {
            point.y = rows[point.y];
          }
        }
      }
    }
  }

  // A tooltip text is the point's own (a bubble's `tooltip`, a dataset's `tooltips`, null
  // leaving the point out), or the dataset's `tooltipFormat` filled in: {label}, {value},
  // {x}, {y}, {counts} ("3 imposed, 1 lifted" from the point's `tooltipCounts` and the
  // dataset's `tooltipCountWords`), and {value:one|many} for the word that agrees with the
  // value (ChartJs.java, tooltips).
  _tooltips(config, plugins) {
    const datasets = (config.data && config.data.datasets) || [];
    const counted = (dataset, index) => {
      const counts = (dataset.tooltipCounts && dataset.tooltipCounts[index]) || [];
      const words = dataset.tooltipCountWords || [];
      return counts.map((n, i) => (n > 0 ? `${n} ${words[i]}` : null)).filter((part) => part !== null).join(', ');
    };
    const fill = (format, dataset, raw, index) => {
      const point = (raw && typeof raw === 'object') ? raw : { value: raw };
      const fields = { label: dataset.label, value: point.value, x: point.x, y: point.y, counts: counted(dataset, index) };
      return format.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
        (whole, key, one, many) => (one === undefined ? String(fields[key]) : (fields[key] === 1 ? one : many)));
    };
    const custom = (item) => {
      const raw = item.raw;
      if (raw && typeof raw === 'object' && 'tooltip' in raw) {
        return raw.tooltip;
      }
      const dataset = item.dataset || {};
      if (Array.isArray(dataset.tooltips)) {
        return dataset.tooltips[item.dataIndex];
      }
      if (typeof dataset.tooltipFormat === 'string') {
        const value = (raw && typeof raw === 'object') ? raw.value : raw;
        return (dataset.tooltipHidesZero && value === 0) ? null : fill(dataset.tooltipFormat, dataset, raw, item.dataIndex);
      }
      return undefined;
    };
    const hasCustom = datasets.some((d) => Array.isArray(d.tooltips) || typeof d.tooltipFormat === 'string'
      || (Array.isArray(d.data) && d.data.some((p) => p && typeof p === 'object' && 'tooltip' in p)));
    if (!hasCustom) {
      return;
    }
    const tooltip = (plugins.tooltip = Object.assign({}, plugins.tooltip));
    tooltip.callbacks = Object.assign({}, tooltip.callbacks, {
      label: (item) => {
        const text = custom(item);
        return (text === undefined || text === null) ? `${item.dataset.label}: ${item.formattedValue}` : text;
      },
    });
    tooltip.filter = (item) => custom(item) !== null;
  }

  // A bubble chart over two category axes is a matrix: every row and column label must show
  // (no auto-skipping), and no bubble may be wider than its cell, so radii shrink with the
  // chart on narrow screens (the radius Java sent stays the upper limit).
  _fitBubbles(config, options) {
    const scales = options.scales || {};
    if (config.type !== 'bubble' || !scales.x || !Array.isArray(scales.x.labels)) {
      return;
    }
    for (const scale of [scales.x, scales.y]) {
      if (scale) {
        scale.ticks = Object.assign({}, scale.ticks, { autoSkip: false });
      }
    }
    const columns = Math.max(1, scales.x.labels.length);
    const rows = Math.max(1, (scales.y && Array.isArray(scales.y.labels)) ? scales.y.labels.length : 1);
    const fit = (datasets, width, height) => {
      const cell = Math.min((width * 0.75) / columns, (height * 0.6) / rows);
      const limit = Math.max(3, cell / 2 - 1);
      for (const dataset of datasets) {
        for (const point of dataset.data || []) {
          if (point && typeof point === 'object') {
            if (point.maxR === undefined) {
              point.maxR = point.r;
            }
            point.r = Math.min(point.maxR, limit);
          }
        }
      }
    };
    fit(config.data.datasets, this.clientWidth || 600, this.clientHeight || 340);
    options.onResize = (chart, size) => {
      fit(chart.data.datasets, size.width, size.height);
      chart.update('none');
    };
  }

  _clicks(options) {
    if (!this.hasAttribute('clickable')) {
      return;
    }
    // The mark under the pointer, whatever mode the tooltip uses.
    const hit = (event) => (this.chart
      ? this.chart.getElementsAtEventForMode(event.native || event, 'nearest', { intersect: true }, true)
      : []);
    options.onClick = (event) => {
      const elements = hit(event);
      if (!elements.length) {
        return;
      }
      const { datasetIndex, index } = elements[0];
      const point = this.chart.data.datasets[datasetIndex].data[index];
      const key = (point && typeof point === 'object' && point.key) || null;
      this.dispatchEvent(new CustomEvent('sct-chart-click', { detail: { datasetIndex, index, key } }));
    };
    options.onHover = (event) => {
      const target = event.native && event.native.target;
      if (target) {
        target.style.cursor = hit(event).length ? 'pointer' : 'default';
      }
    };
  }
}

customElements.define('sct-chart', SctChart);
