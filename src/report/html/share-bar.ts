import type { ChartSeries } from './bar-chart.js';
import { formatCount, formatShare } from './format-values.js';
import { html, type Html } from './html.js';

/** One whole split into its parts, as one horizontal bar: shares read at a glance where three bars would not. */
export interface ShareBarSpec {
  readonly id: string;
  readonly title: string;
  readonly parts: readonly (ChartSeries & { readonly count: number })[];
}

const WIDTH = 800;
const HEIGHT = 28;

/** The bar as inline SVG (a `<title>` per part), followed by its legend with each part's count and share. */
export function renderShareBar(spec: ShareBarSpec): Html {
  const whole = spec.parts.reduce((sum, part) => sum + part.count, 0);
  let x = 0;
  const segments = spec.parts.map((part) => {
    const width = whole === 0 ? 0 : (part.count / whole) * WIDTH;
    const segment = html`<rect class="${part.className}" x="${Math.round(x * 10) / 10}" y="0" width="${Math.round(width * 10) / 10}" height="${HEIGHT}"><title>${part.name}: ${formatCount(part.count)} (${formatShare(part.count, whole)})</title></rect>`;
    x += width;
    return segment;
  });
  const description = spec.parts.map((part) => `${part.name}: ${formatCount(part.count)}`).join(', ');
  return html`<svg class="share-bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" data-total="${whole}">
<title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${description}</desc>${segments}</svg>
<ul class="legend">${spec.parts.map((part) => html`<li><span class="swatch ${part.className}"></span>${part.name}: <strong>${formatCount(part.count)}</strong> (${formatShare(part.count, whole)})</li>`)}</ul>`;
}
