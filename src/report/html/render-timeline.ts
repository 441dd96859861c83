import type { RuleId } from '../../catalog/catalog.js';
import { renderBarChart } from './bar-chart.js';
import { describeBucket, formatBucketStart, formatCount, formatTime } from './format-values.js';
import { html, pathText, type Html } from './html.js';
import type { LeakGroup } from './leak-group.js';
import type { MergedTimeline } from './merge-timelines.js';
import type { ReportModel } from './report-model.js';
import { endpointOf, ruleLink, section } from './parts.js';
import { renderTable, tableAlternative } from './table.js';

/** Occurrences over time, stacked by rule, with the first and last occurrence. */
export function renderTimeSection(model: ReportModel): Html {
  const { timeline } = model;
  if (timeline.buckets.length === 0) {
    return section('time', 'Over time', html`<p>No line with a leak had a time that urlleak could read, so there is no timeline.</p>`);
  }
  return section(
    'time',
    'Over time',
    html`${renderFirstAndLast(model.leaks)}${renderTimeline(timeline, {
      id: 'timeline',
      title: `Leaked-credential occurrences per ${describeBucket(timeline.bucketSeconds)}, by rule`,
    })}`,
  );
}

export interface TimelineChart {
  readonly id: string;
  readonly title: string;
}

/** A timeline as a stacked bar chart with its legend and table; used for leaks and for replays. */
export function renderTimeline(timeline: MergedTimeline, chart: TimelineChart): Html {
  const labelOf = (start: number) => formatBucketStart(start, timeline.bucketSeconds);
  const bars = timeline.buckets.map(([start, counts]) => ({ label: labelOf(start), values: counts }));
  const svg = renderBarChart({
    ...chart,
    description: `${chart.title}: ${formatCount(bars.length)} ${describeBucket(timeline.bucketSeconds)}s with occurrences, from ${bars[0]?.label ?? ''} to ${bars.at(-1)?.label ?? ''} (UTC).`,
    series: timeline.series.map((ruleId) => ({ name: ruleId, className: ruleFill(ruleId) })),
    bars,
    unit: 'occurrences',
  });
  const table = renderTable({
    caption: `${chart.title} (UTC; ${describeBucket(timeline.bucketSeconds)}s without any are left out)`,
    className: 'timeline',
    rows: timeline.buckets,
    columns: [
      { header: 'From', cell: ([start]) => html`<time datetime="${new Date(start * 1000).toISOString()}">${labelOf(start)}</time>` },
      ...timeline.series.map((ruleId, index) => ({
        header: ruleId,
        numeric: true,
        cell: ([, counts]: (typeof timeline.buckets)[number]) => formatCount(counts[index] ?? 0),
      })),
      { header: 'Total', numeric: true, cell: ([, counts]) => formatCount(counts.reduce((sum, count) => sum + count, 0)) },
    ],
  });
  return html`<figure><figcaption>${chart.title}</figcaption>${svg}${renderLegend(timeline)}${tableAlternative(table)}</figure>`;
}

/** The class that colors a rule's bars and swatch (styles.ts). */
function ruleFill(ruleId: RuleId): string {
  return `fill-${ruleId}`;
}

function renderLegend(timeline: MergedTimeline): Html | null {
  if (timeline.series.length < 2) return null;
  return html`<ul class="legend">${timeline.series.map((ruleId) => html`<li><span class="swatch ${ruleFill(ruleId)}"></span>${ruleLink(ruleId)}</li>`)}</ul>`;
}

function renderFirstAndLast(groups: readonly LeakGroup[]): Html {
  const first = extremeBy(
    groups,
    (group) => group.summary.firstTime,
    (a, b) => a < b,
  );
  const last = extremeBy(
    groups,
    (group) => group.summary.lastTime,
    (a, b) => a > b,
  );
  return html`<dl class="first-last">${occurrenceOf('First occurrence', first, first?.group.summary.firstLine)}${occurrenceOf('Last occurrence', last, last?.group.summary.lastLine)}</dl>`;
}

interface TimedGroup {
  readonly group: LeakGroup;
  readonly time: string;
}

/** The group whose time (by `timeOf`) comes first in the order `before` says; groups without a time are passed over. */
function extremeBy(
  groups: readonly LeakGroup[],
  timeOf: (group: LeakGroup) => string | null,
  before: (a: string, b: string) => boolean,
): TimedGroup | undefined {
  let best: TimedGroup | undefined;
  for (const group of groups) {
    const time = timeOf(group);
    if (time !== null && (best === undefined || before(time, best.time))) best = { group, time };
  }
  return best;
}

function occurrenceOf(label: string, timed: TimedGroup | undefined, line: number | undefined): Html | null {
  if (timed === undefined) return null;
  const { group, time } = timed;
  return html`<dt>${label}</dt><dd><time datetime="${time}">${formatTime(time)}</time>: ${endpointOf(group)} (${ruleLink(group.ruleId)}), <code>${pathText(group.path)}:${line}</code></dd>`;
}
