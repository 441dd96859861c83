import { formatCount } from './format-values.js';
import { html, type Html } from './html.js';

/** A stacked bar chart: one bar per label, one stacked segment per series. Drawn as SVG here, on the server side. */
export interface BarChartSpec {
  /** Unique in the page: the ids of the chart's title and description derive from it. */
  readonly id: string;
  readonly title: string;
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  readonly description: string;
  /** Segment `i` of every bar belongs to series `i`, colored by its class in the style sheet (both themes). */
  readonly series: readonly ChartSeries[];
  readonly bars: readonly Bar[];
  /** What one unit on the y axis is: `occurrences`, `tokens`. */
  readonly unit: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly className: string;
}

export interface Bar {
  readonly label: string;
  readonly values: readonly number[];
}

const WIDTH = 800;
const HEIGHT = 230;
const PLOT = { left: 64, right: 8, top: 24, bottom: 36 } as const;
const X_LABELS = 6;
const MAX_SLOT = 64;

/**
 * The chart as inline SVG: scalable, printable, selectable text, themed by CSS classes, a `<title>` per segment as
 * its tooltip, and `role="img"` with a title and description. Each bar carries its total in `data-total`.
 */
export function renderBarChart(spec: BarChartSpec): Html {
  const top = niceCeiling(Math.max(1, ...spec.bars.map(total)));
  // A few bars stay bar-shaped instead of filling the width.
  const slot = Math.min(MAX_SLOT, (WIDTH - PLOT.left - PLOT.right) / Math.max(1, spec.bars.length));
  const labelEvery = Math.max(1, Math.ceil(spec.bars.length / X_LABELS));
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" data-bars="${spec.bars.length}">
<title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.description}</desc>
${renderYAxis(top, spec.unit)}
${spec.bars.map((bar, index) => renderBar(bar, index, { top, slot, series: spec.series, showLabel: index % labelEvery === 0 }))}
</svg>`;
}

function total(bar: Bar): number {
  return bar.values.reduce((sum, value) => sum + value, 0);
}

/** 1, 2 or 5 times a power of ten, at least `value`: axis ticks people read at a glance. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;

function yOf(value: number, top: number): number {
  return round(PLOT.top + PLOT_HEIGHT * (1 - value / top));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function renderYAxis(top: number, unit: string): Html {
  // Counts are whole: no half tick on an axis up to 1.
  const ticks = top >= 2 ? [0, top / 2, top] : [0, top];
  return html`<g class="axis">${ticks.map(
    (tick) =>
      html`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${yOf(tick, top)}" y2="${yOf(tick, top)}"/><text x="${PLOT.left - 6}" y="${yOf(tick, top) + 4}" text-anchor="end">${formatCount(tick)}</text>`,
  )}<text class="unit" x="4" y="12">${unit}</text></g>`;
}

interface BarLayout {
  readonly top: number;
  readonly slot: number;
  readonly series: readonly ChartSeries[];
  readonly showLabel: boolean;
}

function renderBar(bar: Bar, index: number, layout: BarLayout): Html {
  const x = round(PLOT.left + index * layout.slot + layout.slot * 0.1);
  const width = Math.max(0.5, round(layout.slot * 0.8));
  let base = 0;
  const segments = bar.values.map((value, series) => {
    if (value === 0) return html``;
    const y = yOf(base + value, layout.top);
    const height = round(yOf(base, layout.top) - y);
    base += value;
    const { name, className } = layout.series[series] ?? { name: '', className: '' };
    return html`<rect class="${className}" x="${x}" y="${y}" width="${width}" height="${Math.max(height, 0.5)}"><title>${bar.label} · ${name}: ${formatCount(value)}</title></rect>`;
  });
  const label = layout.showLabel
    ? html`<text class="x-label" x="${round(x + width / 2)}" y="${HEIGHT - PLOT.bottom + 16}" text-anchor="middle">${bar.label}</text>`
    : null;
  return html`<g class="bar" data-total="${total(bar)}">${segments}${label}</g>`;
}
