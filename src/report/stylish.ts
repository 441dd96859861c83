import { getRule } from '../catalog/catalog.js';
import type { Level } from '../catalog/rule.js';
import type { Finding } from '../findings/finding.js';
import { publishedDocUrl } from '../package-info.js';
import { coalesceChunks } from './coalesce-chunks.js';
import type { Formatter, Report } from './formatter.js';
import { safePath, safeText } from './safe-text.js';

interface Paint {
  readonly underline: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly level: (level: Level, text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const levelColor: Record<Level, (text: string) => string> = { error: ansi(31, 39), warning: ansi(33, 39), note: ansi(36, 39) };
const colorPaint: Paint = {
  underline: ansi(4, 24),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  level: (level, text) => levelColor[level](text),
};
const identity = (text: string) => text;
const plainPaint: Paint = { underline: identity, dim: identity, bold: identity, level: (_level, text) => text };

/**
 * ESLint's stylish layout: a header per file, `line:col  level  message  rule-id`, then a summary line and a link to
 * the doc of each rule that reported. Written line by line (in chunks of about 64 KiB). Everything that comes from an
 * input (paths, messages with decoded JWT claims, error texts) goes through safe-text: an ESC or a line break in it
 * must not move the cursor or forge a line. On a terminal (`report.columns`), long messages wrap to its width.
 */
export const formatStylish: Formatter = (report: Report) => coalesceChunks(stylishLines(report, report.color ? colorPaint : plainPaint));

function* stylishLines(report: Report, paint: Paint): Generator<string, void, undefined> {
  for (const [path, findings] of groupByPath(report.result.findings)) {
    yield* fileLines(path, findings, paint, report.columns);
    yield '\n';
  }
  let problems = 0;
  for (const error of report.result.errors) {
    yield `${paint.level('error', 'error')} ${safePath(error.path)}: ${safeText(error.message)}\n`;
    problems += 1;
  }
  for (const notice of report.result.notices) {
    yield `${paint.dim('notice')} ${safePath(notice.path)}: ${safeText(notice.message)}\n`;
    problems += 1;
  }
  if (problems > 0) yield '\n';
  yield `${summarize(report, paint)}\n`;
  yield* ruleDocLines(report.result.findings, paint);
}

/** Where to read what each rule that reported means and how to fix it: the doc ESLint and SARIF link to as well. */
function* ruleDocLines(findings: readonly Finding[], paint: Paint): Generator<string, void, undefined> {
  const ids = new Set<Finding['ruleId']>();
  for (const finding of findings) ids.add(finding.ruleId);
  if (ids.size === 0) return;
  const sorted = [...ids].sort();
  const width = Math.max(...sorted.map((id) => id.length));
  yield `\nRule docs:\n`;
  for (const id of sorted) yield `  ${paint.dim(id.padEnd(width))}  ${publishedDocUrl(getRule(id).docPath)}\n`;
}

function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.path);
    if (group) group.push(finding);
    else groups.set(finding.location.path, [finding]);
  }
  return groups;
}

interface Row {
  readonly position: string;
  readonly level: Level;
  readonly message: string;
  readonly ruleId: string;
}

/** Columns are as wide as their widest cell in the file: measured in a loop (a spread of 100,000s overflows the stack). */
function* fileLines(
  path: string,
  findings: readonly Finding[],
  paint: Paint,
  columns: number | undefined,
): Generator<string, void, undefined> {
  const rows: Row[] = findings.map((finding) => ({
    position: `${finding.location.line}:${finding.location.column}`,
    level: finding.level,
    message: `${safeText(finding.message)}${occurrencesOf(finding)}`,
    ruleId: finding.ruleId,
  }));
  const width = { position: 0, level: 0, message: 0, ruleId: 0 };
  for (const row of rows) {
    width.position = Math.max(width.position, row.position.length);
    width.level = Math.max(width.level, row.level.length);
    width.message = Math.max(width.message, row.message.length);
    width.ruleId = Math.max(width.ruleId, row.ruleId.length);
  }
  const indent = 2 + width.position + 2 + width.level + 2;
  const messageWidth = columns === undefined ? width.message : Math.min(width.message, wrapWidth(columns, indent, width.ruleId));
  yield `${paint.underline(safePath(path))}\n`;
  for (const row of rows) {
    const [first = '', ...rest] = row.message.length > messageWidth ? wrap(row.message, messageWidth) : [row.message];
    yield `  ${paint.dim(row.position.padEnd(width.position))}  ${paint.level(row.level, row.level.padEnd(width.level))}  ${first.padEnd(messageWidth)}  ${paint.dim(row.ruleId)}\n`;
    for (const line of rest) yield `${' '.repeat(indent)}${line}\n`;
  }
}

/** Narrower than this, a wrapped message is a column of single words: wrap wider and let the terminal fold the rest. */
const MIN_MESSAGE_WIDTH = 30;

/** What is left of a terminal line for the message, once the columns before it and the rule id after it are counted. */
function wrapWidth(columns: number, indent: number, ruleIdWidth: number): number {
  return Math.max(MIN_MESSAGE_WIDTH, columns - 1 - indent - 2 - ruleIdWidth);
}

/** Words on lines of at most `width` characters; a word longer than a line (a URL) is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const counts = new Intl.NumberFormat('en-US');

/**
 * ` (×1,234)` when a log finding stands for a secret seen on more than one line of its file (the first is described,
 * the others counted); nothing for one line, for code findings, and for folded findings, whose message says its counts.
 */
function occurrencesOf(finding: Finding): string {
  const occurrences = finding.properties?.['occurrences'];
  if (typeof occurrences !== 'number' || occurrences <= 1 || finding.properties?.['folded'] === true) return '';
  return ` (×${counts.format(occurrences)})`;
}

function summarize(report: Report, paint: Paint): string {
  const { findings, errors, filesScanned } = report.result;
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const files = `${plural(filesScanned, 'file')} scanned`;
  const inputErrors = errors.length > 0 ? `, ${plural(errors.length, 'input error')}` : '';
  if (findings.length === 0 && errors.length > 0) return `${paint.level('error', 'no findings')} (${files}${inputErrors})`;
  if (findings.length === 0) return `${paint.bold('✔ no problems')} (${files})`;
  const parts = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
  const total = `✖ ${plural(findings.length, 'problem')} (${parts})`;
  return `${paint.level(counts.error > 0 ? 'error' : 'warning', paint.bold(total))} — ${files}${inputErrors}`;
}
