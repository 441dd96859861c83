import type { RuleId } from '../../catalog/catalog.js';
import { getRule } from '../../catalog/catalog.js';
import type { Level } from '../../catalog/rule.js';
import type { GroupSample } from '../../logs/findings/finding-group.js';
import { publishedDocUrl } from '../../package-info.js';
import { formatTime } from './format-values.js';
import { html, type Html } from './html.js';
import type { LeakGroup } from './leak-group.js';

/** Small pieces every section uses: a level, a rule, a place, samples, a time range. */

/** The level as a word on a colored badge: color is never the only sign. */
export function levelBadge(level: Level): Html {
  return html`<span class="level level-${level}">${level}</span>`;
}

/** The rule id, linked to its documentation as published with this version; its title as a tooltip. */
export function ruleLink(ruleId: RuleId): Html {
  const rule = getRule(ruleId);
  return html`<a class="rule" href="${publishedDocUrl(rule.docPath)}" title="${rule.title}">${rule.id}</a>`;
}

export function endpointOf(group: LeakGroup): Html {
  const { endpoint } = group.summary;
  return endpoint === null ? html`<span class="muted">not in a URL</span>` : html`<code>${endpoint}</code>`;
}

/** `token` in the request line; `Authorization header`. */
export function placeOf(group: LeakGroup): Html {
  const { parameter, where } = group.summary;
  return parameter === null ? html`${where}` : html`<code>${parameter}</code> <span class="muted">in the ${where}</span>`;
}

export function samplesOf(samples: readonly GroupSample[]): Html {
  return html`${samples.map((sample) => html`<span class="sample"><code>${sample.redacted}</code> <span class="fp">${sample.fingerprint}</span></span>`)}`;
}

/** `2026-10-04 03:00 – 2026-10-07 15:59` (UTC, said by the caller): to the minute, the second in each tooltip. */
export function timeRange(first: string | null, last: string | null): Html {
  if (first === null || last === null) return html`<span class="muted">no time on the lines</span>`;
  if (first === last) return timeOf(first);
  return html`<span class="range-start">${timeOf(first)} –</span> ${timeOf(last)}`;
}

function timeOf(time: string): Html {
  return html`<time datetime="${time}" title="${formatTime(time)}">${formatTime(time).slice(0, 16)}</time>`;
}

/** A section with its heading: the page's outline (h1 → h2 → h3) is its table of contents for assistive technology. */
export function section(id: string, title: string, content: Html): Html {
  return html`<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${title}</h2>${content}</section>
`;
}
