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
//   pointer shows that the marks can be clicked.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

const THEME_COLOURS = ['--lumo-secondary-text-color', '--lumo-contrast-10pct'];

class SctChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this.chart = null;
    this._themeObserver = new MutationObserver(() => this._render());
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
    this._render();
  }

  disconnectedCallback() {
    this._themeObserver.disconnect();
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
    this._tooltips(config, plugins);
    this._clicks(options);
    this._fitBubbles(config, options);
    config.options = options;
    return config;
  }

  _tooltips(config, plugins) {
    const datasets = (config.data && config.data.datasets) || [];
    const custom = (item) => {
      const raw = item.raw;
      if (raw && typeof raw === 'object' && 'tooltip' in raw) {
        return raw.tooltip;
      }
      const tooltips = item.dataset && item.dataset.tooltips;
      return Array.isArray(tooltips) ? tooltips[item.dataIndex] : undefined;
    };
    const hasCustom = datasets.some((d) => Array.isArray(d.tooltips)
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
      this.dispatchEvent(new CustomEvent('sct-chart-click', { detail: { datasetIndex, index } }));
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
