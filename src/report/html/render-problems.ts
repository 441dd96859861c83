import type { ScanError, ScanNotice } from '../../findings/scan-result.js';
import { html, pathText, type Html } from './html.js';
import type { ReportModel } from './report-model.js';
import { section } from './parts.js';

/** Inputs that could not be read (the numbers above leave them out) and notices; messages echo inputs, so safeText. */
export function renderProblemsSection(model: ReportModel): Html | null {
  const { errors, notices } = model.report.result;
  if (errors.length === 0 && notices.length === 0) return null;
  return section(
    'problems',
    'Input problems and notices',
    html`${renderList('Not read, or read only in part', errors)}${renderList('Notices', notices)}`,
  );
}

function renderList(title: string, problems: readonly (ScanError | ScanNotice)[]): Html | null {
  if (problems.length === 0) return null;
  return html`<h3>${title}</h3><ul>${problems.map((problem) => html`<li><code>${pathText(problem.path)}</code>: ${problem.message}</li>`)}</ul>`;
}
