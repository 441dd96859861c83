import { packageName, packageVersion } from '../../package-info.js';
import type { Formatter } from '../formatter.js';
import { html, Html } from './html.js';
import { buildReportModel, type ReportModel } from './report-model.js';
import { renderFindingsSection } from './render-findings.js';
import { renderProblemsSection } from './render-problems.js';
import { renderSummary } from './render-summary.js';
import { renderTimeSection } from './render-timeline.js';
import { renderTokensSection } from './render-tokens.js';
import { renderWhere } from './render-where.js';
import { STYLES } from './styles.js';

/**
 * `--format html`: one self-contained page for people (docs/html-report.md). Charts are SVG drawn here, styles
 * inline, no script: the Content-Security-Policy forbids every request, so the page works from `file://`, offline,
 * and cannot call out even if a value slipped through. Built from the findings' group summaries, so its size follows
 * the groups (bounded tables), never the lines of the logs.
 */
export const formatHtml: Formatter = function* (report) {
  const parts = sections(buildReportModel(report));
  yield head().markup;
  yield navigation(parts).markup;
  for (const part of parts) yield part.content.markup;
  yield html`<footer>Written by ${packageName} ${packageVersion}. Every secret is shown only redacted, with the first 16 hex digits of its SHA-256 as its fingerprint.</footer></main></body></html>
`.markup;
};

interface Part {
  readonly id: string;
  readonly label: string;
  readonly content: Html;
}

/** The sections that have something to say, in page order; log sections only when logs were scanned. */
function sections(model: ReportModel): Part[] {
  const hasLogs = model.report.areas.includes('logs') || model.leaks.length > 0 || model.replays.length > 0;
  const parts: { readonly id: string; readonly label: string; readonly content: Html | null }[] = [
    { id: 'summary', label: 'Summary', content: renderSummary(model) },
    ...(hasLogs
      ? [
          { id: 'time', label: 'Over time', content: renderTimeSection(model) },
          { id: 'where', label: 'Where', content: renderWhere(model) },
          { id: 'lifetimes', label: 'Token lifetimes and replays', content: renderTokensSection(model) },
        ]
      : []),
    { id: 'code', label: 'Code', content: renderFindingsSection(model, 'code') },
    { id: 'config', label: 'Server configuration', content: renderFindingsSection(model, 'config') },
    { id: 'problems', label: 'Input problems', content: renderProblemsSection(model) },
  ];
  return parts.filter((part): part is Part => part.content !== null);
}

/** No request of any kind (`default-src 'none'`): only the inline style sheet and inline SVG. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function head(): Html {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>urlleak audit report</title>
<style>${new Html(STYLES)}</style></head>
<body><main>
<header><h1>urlleak audit report</h1><p class="muted">Auth tokens leaking through URLs: in logs, code and server configuration.</p></header>
`;
}

function navigation(parts: readonly Part[]): Html {
  return html`<nav aria-label="Sections"><ul>${parts.map((part) => html`<li><a href="#${part.id}">${part.label}</a></li>`)}</ul></nav>
`;
}
