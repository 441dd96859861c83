import { formatCount } from './format-values.js';
import type { GroupRow } from './group-rows.js';
import { html, pathText, type Html } from './html.js';
import type { ReportModel } from './report-model.js';
import { endpointOf, levelBadge, placeOf, ruleLink, samplesOf, section, timeRange } from './parts.js';
import { distinctCell } from './distinct-cell.js';
import { renderTable, type Column } from './table.js';

/** Rows a table of the Where section shows; the rest are summed up in one line (the JSON report has them all). */
export const MAX_ROWS = 500;

/** Where the leaks are: per endpoint and place in the line, then per file. */
export function renderWhere(model: ReportModel): Html {
  if (model.places.length === 0) return section('where', 'Where', html`<p>No credential was found in the logs.</p>`);
  return section(
    'where',
    'Where',
    html`${renderPlacesTable(model.places, { caption: 'Endpoints and places in the line, worst first', limit: MAX_ROWS, ids: true, samples: 3 })}
<h3 id="files">Files</h3>
${renderFilesTable(model.files)}`,
  );
}

interface PlacesTableOptions {
  readonly caption: string;
  readonly limit: number;
  /** Only the full table carries the `place-N` ids the summary links to. */
  readonly ids: boolean;
  /** Redacted samples per row: one where the table is a digest. */
  readonly samples: number;
}

export function renderPlacesTable(rows: readonly GroupRow[], options: PlacesTableOptions): Html {
  return renderTable({
    caption: options.caption,
    className: 'places',
    rows,
    limit: options.limit,
    ...(options.ids ? { rowId: (_row: GroupRow, index: number) => `place-${index + 1}` } : {}),
    rest: restOf,
    columns: [
      { header: 'Level', cell: (row) => levelBadge(row.level) },
      { header: 'Endpoint', cell: (row) => endpointOf(row.first) },
      { header: 'Place', cell: (row) => placeOf(row.first) },
      { header: 'Rule', cell: (row) => ruleLink(row.first.ruleId) },
      occurrencesColumn(rows),
      DISTINCT_COLUMN,
      { header: 'Files', numeric: true, cell: (row) => formatCount(row.paths.size) },
      WHEN_COLUMN,
      { header: 'Samples (redacted, fingerprint)', cell: (row) => samplesOf(row.samples.slice(0, options.samples)) },
    ],
  });
}

function renderFilesTable(rows: readonly GroupRow[]): Html {
  return renderTable({
    caption: 'Files and rules, worst first',
    className: 'files',
    rows,
    limit: MAX_ROWS,
    rest: restOf,
    columns: [
      { header: 'Level', cell: (row) => levelBadge(row.level) },
      { header: 'File', cell: (row) => html`<code>${pathText(row.first.path)}</code>` },
      { header: 'Rule', cell: (row) => ruleLink(row.first.ruleId) },
      occurrencesColumn(rows),
      DISTINCT_COLUMN,
      { header: 'Endpoints and places', numeric: true, cell: (row) => formatCount(row.groups) },
      WHEN_COLUMN,
    ],
  });
}

/**
 * Occurrences, with a bar under each number as long as its share of the table's largest: the eye finds the worst
 * rows before reading a digit.
 */
function occurrencesColumn(rows: readonly GroupRow[]): Column<GroupRow> {
  const largest = Math.max(1, ...rows.slice(0, MAX_ROWS).map((row) => row.occurrences));
  return {
    header: 'Occurrences',
    numeric: true,
    cell: (row) =>
      html`${formatCount(row.occurrences)}<span class="magnitude" aria-hidden="true"><span style="width: ${Math.max(1, Math.round((row.occurrences / largest) * 100))}%"></span></span>`,
  };
}

const DISTINCT_COLUMN: Column<GroupRow> = { header: 'Distinct tokens', numeric: true, cell: distinctCell };
const WHEN_COLUMN: Column<GroupRow> = { header: 'When (UTC)', cell: (row) => timeRange(row.firstTime, row.lastTime) };

/** What the rows left out add up to, so the totals stay whole. */
function restOf(hidden: readonly GroupRow[]): Html {
  const occurrences = hidden.reduce((sum, row) => sum + row.occurrences, 0);
  return html`… and ${formatCount(hidden.length)} more rows (${formatCount(occurrences)} occurrences), left out to keep the report small: the JSON report (<code>--format json</code>) lists them all.`;
}
