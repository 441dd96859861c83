import type { Level } from '../catalog/rule.js';
import type { Finding } from '../findings/finding.js';
import type { Formatter, Report } from './formatter.js';

interface Paint {
  readonly underline: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly level: (level: Level, text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const levelColour: Record<Level, (text: string) => string> = { error: ansi(31, 39), warning: ansi(33, 39), note: ansi(36, 39) };
const colourPaint: Paint = { underline: ansi(4, 24), dim: ansi(2, 22), bold: ansi(1, 22), level: (level, text) => levelColour[level](text) };
const identity = (text: string) => text;
const plainPaint: Paint = { underline: identity, dim: identity, bold: identity, level: (_level, text) => text };

/** ESLint's stylish layout: a header per file, `line:col  level  message  rule-id`, then a summary line. */
export const formatStylish: Formatter = (report: Report) => {
  const paint = report.color ? colourPaint : plainPaint;
  const byFile = groupByPath(report.result.findings);
  const blocks = [...byFile].map(([path, findings]) => formatFile(path, findings, paint));
  const problems = [...report.result.errors, ...report.result.notices.map((notice) => ({ ...notice, notice: true }))];
  const inputLines = problems.map((problem) =>
    'notice' in problem ? `${paint.dim('notice')} ${problem.path}: ${problem.message}` : `${paint.level('error', 'error')} ${problem.path}: ${problem.message}`,
  );
  const sections = [...blocks, ...(inputLines.length > 0 ? [inputLines.join('\n')] : []), summarise(report, paint)];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
};

function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.path);
    if (group) group.push(finding);
    else groups.set(finding.location.path, [finding]);
  }
  return groups;
}

function formatFile(path: string, findings: readonly Finding[], paint: Paint): string {
  const rows = findings.map((finding) => [
    `${finding.location.line}:${finding.location.column}`,
    finding.level,
    finding.message,
    finding.ruleId,
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map(([position = '', level = '', message = '', ruleId = ''], index) => {
    const findingLevel = findings[index]?.level ?? 'error';
    return `  ${paint.dim(position.padEnd(widths[0] ?? 0))}  ${paint.level(findingLevel, level.padEnd(widths[1] ?? 0))}  ${message.padEnd(widths[2] ?? 0)}  ${paint.dim(ruleId)}`;
  });
  return [paint.underline(path), ...lines].join('\n');
}

function summarise(report: Report, paint: Paint): string {
  const { findings, errors, filesScanned } = report.result;
  const count = (level: Level) => findings.filter((finding) => finding.level === level).length;
  const files = `${filesScanned} file${filesScanned === 1 ? '' : 's'} scanned`;
  const inputErrors = errors.length > 0 ? `, ${errors.length} input error${errors.length === 1 ? '' : 's'}` : '';
  if (findings.length === 0 && errors.length > 0) return `${paint.level('error', 'no findings')} (${files}${inputErrors})`;
  if (findings.length === 0) return `${paint.bold('✔ no problems')} (${files})`;
  const parts = `${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('note')} note${count('note') === 1 ? '' : 's'}`;
  const total = `✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts})`;
  return `${paint.level(count('error') > 0 ? 'error' : 'warning', paint.bold(total))} — ${files}${inputErrors}`;
}
