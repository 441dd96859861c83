import { html, type Html, type Interpolation } from './html.js';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row, index: number) => Interpolation;
  /** Numbers align right, as in a spreadsheet. */
  readonly numeric?: boolean;
}

export interface TableSpec<Row> {
  readonly caption: Interpolation;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  /** The `id` of a row, for links to it from elsewhere in the report. */
  readonly rowId?: (row: Row, index: number) => string;
  /** Rows past this are left out and summed up by `rest`: the report's size follows this bound, not the input's. */
  readonly limit?: number;
  readonly rest?: (hidden: readonly Row[]) => Interpolation;
  readonly className?: string;
}

/** A data table with a caption and column headers (`scope="col"`), the form screen readers navigate best. */
export function renderTable<Row>(spec: TableSpec<Row>): Html {
  const shown = spec.limit === undefined ? spec.rows : spec.rows.slice(0, spec.limit);
  const hidden = spec.rows.slice(shown.length);
  const rest =
    hidden.length > 0 && spec.rest ? html`<tfoot><tr><td colspan="${spec.columns.length}">${spec.rest(hidden)}</td></tr></tfoot>` : null;
  return html`<div class="table-wrap"><table class="${spec.className ?? ''}"><caption>${spec.caption}</caption>
<thead><tr>${spec.columns.map((column) => html`<th scope="col"${numericClass(column)}>${column.header}</th>`)}</tr></thead>
<tbody>${shown.map((row, index) => renderRow(spec, row, index))}</tbody>${rest}</table></div>`;
}

function renderRow<Row>(spec: TableSpec<Row>, row: Row, index: number): Html {
  const id = spec.rowId ? html` id="${spec.rowId(row, index)}"` : null;
  return html`<tr${id}>${spec.columns.map((column) => html`<td${numericClass(column)}>${column.cell(row, index)}</td>`)}</tr>
`;
}

function numericClass<Row>(column: Column<Row>): Html | null {
  return column.numeric ? html` class="num"` : null;
}

/** The numbers behind a chart, folded under it: every chart has its table, as WCAG asks of non-text content. */
export function tableAlternative(table: Html): Html {
  return html`<details class="chart-table"><summary>The numbers as a table</summary>${table}</details>`;
}
