import type { RuleId } from '../../catalog/catalog.js';
import { getRule } from '../../catalog/catalog.js';
import type { Level } from '../../catalog/rule.js';
import { firstTime, lastTime, type GroupRow } from './group-rows.js';
import { formatBytes, formatCount, formatShare } from './format-values.js';
import { html, type Html, type Interpolation } from './html.js';
import { REPLAY_RULE, type ReportModel } from './report-model.js';
import { endpointOf, levelBadge, placeOf, ruleLink, section, timeRange } from './parts.js';
import { renderPlacesTable } from './render-where.js';
import { renderTable } from './table.js';
import { distinctWords } from './distinct-cell.js';
import type { LeakGroup } from './leak-group.js';

/** Endpoints listed at the top of the page, worst first; the rest are in the Where section. */
const TOP_PLACES = 10;

/** The top of the page: the worst endpoint, the key figures (each linking to its detail), the worst endpoints, the rules. */
export function renderSummary(model: ReportModel): Html {
  return section(
    'summary',
    'Summary',
    html`${renderWorst(model.places[0])}${renderKeyFigures(model)}
${model.places.length > 0 ? renderPlacesTable(model.places, { caption: 'The worst endpoints: by level, then occurrences', limit: TOP_PLACES, ids: false, samples: 1 }) : null}
${renderRuleCounts(model)}`,
  );
}

function renderWorst(worst: GroupRow | undefined): Html | null {
  if (worst === undefined) return null;
  const { first } = worst;
  return html`<p class="worst" id="worst">${levelBadge(worst.level)} <strong>Worst endpoint:</strong> ${endpointOf(first)}, ${placeOf(first)} —
<a href="#place-1"><strong>${formatCount(worst.occurrences)}</strong> ${worst.occurrences === 1 ? 'occurrence' : 'occurrences'} of ${distinctWords(worst)}</a>
(${ruleLink(first.ruleId)}, ${timeRange(worst.firstTime, worst.lastTime)} UTC).</p>`;
}

interface Figure {
  /** `figure-<id>`: what tests and links find it by. */
  readonly id: string;
  readonly label: string;
  readonly value: Interpolation;
  readonly detail: Interpolation;
  readonly href: string;
}

function renderKeyFigures(model: ReportModel): Html {
  const figures = [...logFigures(model), ...findingFigures(model)];
  return html`<ul class="figures">${figures.map(
    (figure) =>
      html`<li id="figure-${figure.id}"><a href="${figure.href}"><span class="figure-label">${figure.label}</span><span class="figure-value">${figure.value}</span><span class="figure-detail">${figure.detail}</span></a></li>`,
  )}</ul>`;
}

function logFigures(model: ReportModel): Figure[] {
  const { result, areas } = model.report;
  if (!areas.includes('logs') && model.leaks.length === 0 && model.replays.length === 0) return [];
  const all = [...model.leaks, ...model.replays];
  const occurrences = sum(model.leaks, (group) => group.summary.occurrences);
  const inputs = result.logInputs;
  return [
    {
      id: 'inputs',
      label: 'Inputs scanned',
      value: `${formatCount(result.filesScanned)} ${result.filesScanned === 1 ? 'file' : 'files'}`,
      detail: inputs ? `${formatBytes(inputs.bytes)}, ${formatCount(inputs.lines)} lines` : '',
      href: '#files',
    },
    {
      id: 'time-range',
      label: 'Time range of the leaks (UTC)',
      value: html`<span class="times">${timeRange(firstTime(all), lastTime(all))}</span>`,
      detail: '',
      href: '#time',
    },
    { id: 'occurrences', label: 'Leaked credentials', value: formatCount(occurrences), detail: 'occurrences in log lines', href: '#time' },
    {
      id: 'distinct',
      label: 'Distinct secrets',
      value: formatCount(
        sum(model.leaks, (group) => group.summary.distinctSecrets),
        model.leaks.some((group) => group.summary.distinctApproximate),
      ),
      detail: `on ${formatCount(model.places.length)} ${model.places.length === 1 ? 'endpoint and place' : 'endpoints and places'}`,
      href: '#where',
    },
    {
      id: 'live-jwts',
      label: 'JWTs live when logged',
      value: formatShare(model.jwt.liveWhenLogged, model.jwt.occurrences),
      detail: `${formatCount(model.jwt.liveWhenLogged)} of ${formatCount(model.jwt.occurrences)} JWT occurrences`,
      href: '#lifetimes',
    },
    {
      id: 'replays',
      label: 'Replayed single-use tokens',
      value: formatCount(sum(model.replays, (group) => group.summary.distinctSecrets)),
      detail: `${formatCount(sum(model.replays, (group) => group.summary.occurrences))} replays`,
      href: '#replays',
    },
  ];
}

function findingFigures(model: ReportModel): Figure[] {
  const { areas } = model.report;
  return (['code', 'config'] as const)
    .filter((area) => areas.includes(area) || model.findings.some((finding) => getRule(finding.ruleId).area === area))
    .map((area) => {
      const findings = model.findings.filter((finding) => getRule(finding.ruleId).area === area);
      const errors = findings.filter((finding) => finding.level === 'error').length;
      return {
        id: area,
        label: area === 'code' ? 'Code findings' : 'Server configuration findings',
        value: formatCount(findings.length),
        detail: `${formatCount(errors)} ${errors === 1 ? 'error' : 'errors'}`,
        href: `#${area}`,
      };
    });
}

interface RuleCount {
  readonly ruleId: RuleId;
  findings: number;
  occurrences: number;
  /** Null for code and configuration rules: their findings hold no secret. */
  distinct: number | null;
  readonly levels: Record<Level, number>;
}

/** Findings by rule and level: for log rules the levels count occurrences, for code and configuration rules findings. */
function renderRuleCounts(model: ReportModel): Html {
  return renderTable({
    caption: 'Findings by rule and level (for log rules, the levels count occurrences)',
    className: 'rules',
    rows: countByRule(model),
    rowId: (row) => `count-${row.ruleId}`,
    columns: [
      {
        header: 'Rule',
        cell: (row) => html`${ruleLink(row.ruleId)} <a class="muted" href="${detailOf(row.ruleId)}">${getRule(row.ruleId).title}</a>`,
      },
      { header: 'Findings', numeric: true, cell: (row) => formatCount(row.findings) },
      { header: 'Occurrences', numeric: true, cell: (row) => formatCount(row.occurrences) },
      { header: 'Distinct secrets', numeric: true, cell: (row) => (row.distinct === null ? '–' : formatCount(row.distinct)) },
      { header: 'Error', numeric: true, cell: (row) => formatCount(row.levels.error) },
      { header: 'Warning', numeric: true, cell: (row) => formatCount(row.levels.warning) },
      { header: 'Note', numeric: true, cell: (row) => formatCount(row.levels.note) },
    ],
  });
}

/** Rules with the most errors first, then the most occurrences. */
function countByRule(model: ReportModel): RuleCount[] {
  const counts = new Map<RuleId, RuleCount>();
  const countOf = (ruleId: RuleId): RuleCount => {
    const known = counts.get(ruleId);
    if (known) return known;
    const count: RuleCount = { ruleId, findings: 0, occurrences: 0, distinct: null, levels: { error: 0, warning: 0, note: 0 } };
    counts.set(ruleId, count);
    return count;
  };
  for (const group of [...model.leaks, ...model.replays]) {
    const count = countOf(group.ruleId);
    count.findings += 1;
    count.occurrences += group.summary.occurrences;
    count.distinct = (count.distinct ?? 0) + group.summary.distinctSecrets;
    for (const level of LEVELS) count.levels[level] += group.summary.levels[level];
  }
  for (const finding of model.findings) {
    const count = countOf(finding.ruleId);
    count.findings += 1;
    count.occurrences += 1;
    count.levels[finding.level] += 1;
  }
  return [...counts.values()].sort((a, b) => b.levels.error - a.levels.error || b.occurrences - a.occurrences);
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/** Where a rule's findings are detailed in the page. */
function detailOf(ruleId: RuleId): string {
  const { area } = getRule(ruleId);
  if (area !== 'logs') return `#rule-${ruleId}`;
  return ruleId === REPLAY_RULE ? '#replays' : ruleId === 'log-jwt' ? '#lifetimes' : '#where';
}

function sum(groups: readonly LeakGroup[], valueOf: (group: LeakGroup) => number): number {
  return groups.reduce((total, group) => total + valueOf(group), 0);
}
