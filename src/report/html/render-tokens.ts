import { renderBarChart, type Bar } from './bar-chart.js';
import { renderShareBar } from './share-bar.js';
import { describeBucket, formatCount, formatDuration, formatShare } from './format-values.js';
import { html, type Html } from './html.js';
import type { ReportModel } from './report-model.js';
import { section } from './parts.js';
import { renderTimeline } from './render-timeline.js';
import { renderPlacesTable, MAX_ROWS } from './render-where.js';
import type { JwtTotals } from './sum-jwt-facts.js';
import { renderTable, tableAlternative } from './table.js';

/** JWT lifetimes (log scale), live or expired when logged, `alg` values, and replayed single-use tokens. */
export function renderTokensSection(model: ReportModel): Html {
  const { jwt } = model;
  const jwtParts =
    jwt.occurrences === 0
      ? html`<p>No JWT was found in the logs.</p>`
      : html`${renderJwtFacts(jwt)}${renderLifetimes(jwt)}${renderLiveness(jwt)}${renderAlgs(jwt)}`;
  return section('lifetimes', 'Token lifetimes', html`${jwtParts}${renderReplays(model)}`);
}

function renderJwtFacts(jwt: JwtTotals): Html {
  return html`<p>${formatCount(jwt.occurrences)} JWT occurrences (each judged against the time of its line):
<strong>${formatCount(jwt.liveWhenLogged)} (${formatShare(jwt.liveWhenLogged, jwt.occurrences)}) still valid when logged</strong>,
${formatCount(jwt.expiredWhenLogged)} already expired, ${formatCount(jwt.liveUnknown)} unknown (no time on the line, or no <code>exp</code>);
${formatCount(jwt.withoutExp)} without <code>exp</code> (they never expire), ${formatCount(jwt.withJti)} with a <code>jti</code>.</p>`;
}

/**
 * The lifetime histogram: each bar a power-of-two range of seconds, so the x axis is logarithmic and a 5-minute
 * ticket and a 10-year token fit on one chart. Bars run from the shortest to the longest lifetime seen, empty ones
 * included, so gaps read as gaps.
 */
function renderLifetimes(jwt: JwtTotals): Html {
  const shortest = jwt.lifetimes[0]?.[0];
  const longest = jwt.lifetimes.at(-1)?.[0];
  if (shortest === undefined || longest === undefined)
    return html`<p>No JWT had both <code>iat</code> and <code>exp</code>: no lifetime to draw.</p>`;
  const counts = new Map(jwt.lifetimes);
  const bars: Bar[] = [];
  for (let upTo = shortest; upTo <= longest; upTo *= 2) bars.push({ label: `< ${formatDuration(upTo)}`, values: [counts.get(upTo) ?? 0] });
  const title = 'JWT lifetimes (exp − iat), log scale';
  const table = renderTable({
    caption: `${title}: JWT occurrences per range of lifetimes`,
    rows: bars,
    columns: [
      { header: 'Lifetime', cell: (bar) => bar.label },
      { header: 'Occurrences', numeric: true, cell: (bar) => formatCount(bar.values[0] ?? 0) },
    ],
  });
  const svg = renderBarChart({
    id: 'lifetimes-chart',
    title,
    description: `${title}: ${formatCount(bars.reduce((sum, bar) => sum + (bar.values[0] ?? 0), 0))} JWT occurrences, lifetimes from under ${formatDuration(shortest)} to under ${formatDuration(longest)}; each bar doubles the range of the one before.`,
    series: [{ name: 'JWTs', className: 'fill-log-jwt' }],
    bars,
    unit: 'occurrences',
  });
  return html`<h3 id="lifetime-histogram">Lifetimes</h3><figure><figcaption>${title}</figcaption>${svg}${tableAlternative(table)}</figure>`;
}

/** Live, expired, unknown: parts of one bar. */
function renderLiveness(jwt: JwtTotals): Html {
  const parts = [
    { name: 'live when logged', className: 'fill-live', count: jwt.liveWhenLogged },
    { name: 'expired when logged', className: 'fill-expired', count: jwt.expiredWhenLogged },
    { name: 'unknown', className: 'fill-unknown', count: jwt.liveUnknown },
  ];
  const title = 'JWTs live or expired when logged';
  const table = renderTable({
    caption: title,
    rows: parts,
    columns: [
      { header: 'When logged', cell: (part) => part.name },
      { header: 'Occurrences', numeric: true, cell: (part) => formatCount(part.count) },
      { header: 'Share', numeric: true, cell: (part) => formatShare(part.count, jwt.occurrences) },
    ],
  });
  return html`<h3 id="liveness">Live or expired when logged</h3><figure><figcaption>${title}</figcaption>${renderShareBar({ id: 'liveness-chart', title, parts })}${tableAlternative(table)}</figure>`;
}

/** `alg` header values; `none` (an unsigned token: anyone can forge one) stands out. */
function renderAlgs(jwt: JwtTotals): Html {
  return html`<h3 id="algs">Signing algorithms</h3>${renderTable({
    caption: 'JWTs per alg header value',
    className: 'algs',
    rows: unsignedFirst(jwt.algs),
    rowId: ([alg]) => `alg-${alg.replace(/[^a-z0-9]/g, '_')}`,
    columns: [
      {
        header: 'alg',
        cell: ([alg]) =>
          alg === 'none'
            ? html`<strong class="danger"><code>none</code> — unsigned: anyone can forge such a token</strong>`
            : html`<code>${alg}</code>`,
      },
      { header: 'Occurrences', numeric: true, cell: ([, count]) => formatCount(count) },
      { header: 'Share', numeric: true, cell: ([, count]) => formatShare(count, jwt.occurrences) },
    ],
  })}`;
}

function renderReplays(model: ReportModel): Html {
  const heading = html`<h3 id="replays">Replayed single-use tokens</h3>`;
  if (model.replays.length === 0)
    return html`${heading}<p>No single-use token (a ticket, a JWT with a <code>jti</code>) was seen twice.</p>`;
  const chart =
    model.replayTimeline.buckets.length === 0
      ? null
      : renderTimeline(model.replayTimeline, {
          id: 'replay-timeline',
          title: `Replays per ${describeBucket(model.replayTimeline.bucketSeconds)}`,
        });
  return html`${heading}${chart}${renderPlacesTable(model.replayPlaces, { caption: 'Replays per endpoint and place, worst first', limit: MAX_ROWS, ids: false, samples: 1 })}`;
}

/** `none` on top whatever its count: one unsigned token is the finding of the section. */
function unsignedFirst(algs: JwtTotals['algs']): JwtTotals['algs'] {
  return [...algs.filter(([alg]) => alg === 'none'), ...algs.filter(([alg]) => alg !== 'none')];
}
