// Precision and recall of `urlleak logs` on the labeled corpus of issue #12 (corpus/risk-logs/, see its README.md).
//
//   npm run bench:risk-logs -- [dev|heldout|heldout2|heldout3|all] [--json]   (default: dev; the held-out parts are scored only at the end)
//
// Runs `node bin/urlleak.js logs corpus/risk-logs/<part> --format json` (build first: the npm script does) and matches
// its findings to labels.json by file and line:
// - a finding on a line labeled "same-request" counts for the first line of that request (`pairedWith`), except a
//   log-token-replay finding: one request logged twice is not a replay, so such a finding is a false positive;
// - precision: error and warning findings; a true positive sits on a case expecting error, warning or replay;
//   everything else (note/none cases, same-request replays, unlabeled lines) is a false positive;
// - recall: cases expecting error or warning found by an error or warning of log-url-token, log-jwt or
//   log-provider-token; cases expecting replay found by an error or warning log-token-replay on that line, or by the
//   first use's finding counting that line among its occurrences (`lastLine`, listed as "via occurrences").
// Exit code 0 whatever the numbers: this is a measurement.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readPartArgs, repoRoot, urlleakReport } from './corpus-bench.mjs';

const root = repoRoot;
const PARTS = ['dev', 'heldout', 'heldout2', 'heldout3'];
const LEAK = new Set(['error', 'warning', 'replay']);
const LINE_RULES = new Set(['log-url-token', 'log-jwt', 'log-provider-token']);
const REPLAY_RULE = 'log-token-replay';

const { parts, asJson } = readPartArgs('bench/risk-logs.mjs', PARTS);

const results = {};
for (const part of parts) results[part] = score(part);

if (asJson) console.log(JSON.stringify(results, null, 2));
else for (const part of parts) print(part, results[part]);

function score(part) {
  const directory = join(root, 'corpus', 'risk-logs', part);
  const { cases } = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8'));
  // The logs only: `urlleak logs DIR` reads every text file, labels.json included.
  const logs = readdirSync(directory)
    .filter((name) => name.endsWith('.log'))
    .map((name) => relative(root, join(directory, name)));
  const { report, error } = urlleakReport(['logs', ...logs, '--each-secret', '--format', 'json']);
  if (error) return { error };

  const byLine = new Map(cases.map((entry) => [key(entry.file, entry.line), entry]));
  const caseAt = (file, line) => byLine.get(key(file, line));
  /** The first line of the request a labeled line belongs to (undefined for unlabeled lines). */
  const requestOf = (file, line) => {
    const entry = caseAt(file, line);
    return entry === undefined ? undefined : key(file, entry.expect === 'same-request' ? entry.pairedWith : line);
  };
  /** The case a finding on this line speaks for: the first line of its request for a "same-request" line. */
  const effectiveCase = (file, line) => {
    const entry = caseAt(file, line);
    return entry?.expect === 'same-request' ? caseAt(file, entry.pairedWith) : entry;
  };

  const findings = report.findings.map((finding) => {
    const file = relative(directory, resolve(root, finding.location.path));
    return {
      file,
      line: finding.location.line,
      ruleId: finding.ruleId,
      level: finding.level,
      redacted: finding.secret?.redacted ?? '',
      lastLine: finding.properties?.lastLine,
      occurrences: finding.properties?.occurrences ?? 1,
      related: (finding.related ?? []).map((related) => ({
        file: relative(directory, resolve(root, related.location.path)),
        line: related.location.line,
      })),
    };
  });
  const flagged = findings.filter((finding) => finding.level === 'error' || finding.level === 'warning');

  // Precision.
  const truePositives = [];
  const falsePositives = [];
  for (const finding of flagged) {
    const own = caseAt(finding.file, finding.line);
    const entry = effectiveCase(finding.file, finding.line);
    let reason;
    const request = requestOf(finding.file, finding.line);
    const oneRequest =
      own?.expect === 'same-request' ||
      (request !== undefined && finding.related.some((related) => requestOf(related.file, related.line) === request));
    if (finding.ruleId === REPLAY_RULE && oneRequest) reason = 'replay inside one request';
    else if (!entry) reason = 'unlabeled line';
    else if (!LEAK.has(entry.expect)) reason = `expected ${entry.expect}`;
    const row = { ...finding, kind: entry?.kind ?? 'ordinary', expect: entry?.expect ?? '-', value: entry?.value ?? '' };
    if (reason) falsePositives.push({ ...row, reason });
    else truePositives.push(row);
  }

  // Recall.
  const expected = cases.filter((entry) => LEAK.has(entry.expect));
  const found = [];
  const falseNegatives = [];
  const levelMismatches = [];
  for (const entry of expected) {
    let match;
    if (entry.expect === 'replay') {
      match = flagged.find((finding) => finding.ruleId === REPLAY_RULE && finding.file === entry.file && finding.line === entry.line);
      if (match) match = { ...match, via: REPLAY_RULE };
      else {
        const counted = flagged.find(
          (finding) =>
            finding.file === entry.file &&
            finding.line === entry.pairedWith &&
            finding.occurrences >= 2 &&
            (finding.lastLine ?? 0) >= entry.line,
        );
        if (counted) match = { ...counted, via: 'occurrences' };
      }
    } else {
      match = flagged.find(
        (finding) => LINE_RULES.has(finding.ruleId) && finding.file === entry.file && effectiveCase(finding.file, finding.line) === entry,
      );
      if (match && match.level !== entry.expect) levelMismatches.push({ ...entry, got: `${match.ruleId} ${match.level}` });
    }
    if (match) found.push({ ...entry, via: match.via ?? match.ruleId });
    else {
      const said = findings.filter((finding) => finding.file === entry.file && effectiveCase(finding.file, finding.line) === entry);
      falseNegatives.push({ ...entry, said: said.map((finding) => `${finding.ruleId} ${finding.level}`).join(', ') || 'nothing' });
    }
  }

  // What each kind of labeled line got (the strongest level of the findings on that line).
  const perKind = {};
  for (const entry of cases) {
    const levels = findings.filter((finding) => finding.file === entry.file && finding.line === entry.line).map((finding) => finding.level);
    const got = levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : levels.includes('note') ? 'note' : 'nothing';
    const row = (perKind[entry.kind] ??= { cases: 0, error: 0, warning: 0, note: 0, nothing: 0 });
    row.cases += 1;
    row[got] += 1;
  }

  const ratio = (a, b) => (b === 0 ? null : Number((a / b).toFixed(3)));
  return {
    logs: new Set(cases.map((entry) => entry.file)).size,
    labeledLines: cases.length,
    findings: findings.length,
    errorWarningFindings: flagged.length,
    truePositives: truePositives.length,
    falsePositives: falsePositives.length,
    precision: ratio(truePositives.length, flagged.length),
    expectedLeaks: expected.length,
    foundLeaks: found.length,
    recall: ratio(found.length, expected.length),
    falsePositiveKinds: countBy(falsePositives, (row) => row.kind),
    falsePositiveList: falsePositives.map(({ file, line, ruleId, level, kind, expect, value, redacted, reason }) => ({
      file,
      line,
      ruleId,
      level,
      kind,
      expect,
      value,
      redacted,
      reason,
    })),
    falseNegativeList: falseNegatives.map(({ file, line, expect, kind, value, said }) => ({ file, line, expect, kind, value, said })),
    foundVia: countBy(found, (entry) => entry.via),
    levelMismatches: levelMismatches.map(({ file, line, expect, kind, got }) => ({ file, line, expect, kind, got })),
    perKind,
  };
}

function key(file, line) {
  return `${file}\u0000${line}`;
}

function countBy(list, pick) {
  const counts = {};
  for (const item of list) counts[pick(item)] = (counts[pick(item)] ?? 0) + 1;
  return counts;
}

function print(part, result) {
  if (result.error) {
    console.log(`risk-logs ${part}: ${result.error}`);
    return;
  }
  const percent = (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
  console.log(
    `risk-logs ${part}: ${result.logs} logs, ${result.labeledLines} labeled lines; urlleak: ${result.findings} findings (${result.errorWarningFindings} error/warning)`,
  );
  console.log(`  precision (error+warning): ${percent(result.precision)}  (${result.truePositives} TP, ${result.falsePositives} FP)`);
  console.log(`  recall (error/warning/replay cases): ${percent(result.recall)}  (${result.foundLeaks} of ${result.expectedLeaks})`);
  if (Object.keys(result.falsePositiveKinds).length > 0) console.log(`  false positives by kind: ${format(result.falsePositiveKinds)}`);
  console.log(`  found via: ${format(result.foundVia)}`);
  table(
    'false positives',
    ['file:line', 'rule', 'level', 'kind', 'label', 'reason'],
    result.falsePositiveList.map((row) => [`${row.file}:${row.line}`, row.ruleId, row.level, row.kind, row.value, row.reason]),
  );
  table(
    'false negatives',
    ['file:line', 'expect', 'kind', 'label', 'urlleak said'],
    result.falseNegativeList.map((row) => [`${row.file}:${row.line}`, row.expect, row.kind, row.value, row.said]),
  );
  table(
    'level mismatches (found, other level)',
    ['file:line', 'expect', 'kind', 'got'],
    result.levelMismatches.map((row) => [`${row.file}:${row.line}`, row.expect, row.kind, row.got]),
  );
  table(
    'per kind (strongest finding on the labeled line)',
    ['kind', 'cases', 'error', 'warning', 'note', 'nothing'],
    Object.entries(result.perKind).map(([kind, row]) => [kind, row.cases, row.error, row.warning, row.note, row.nothing]),
  );
  console.log('');
}

function format(counts) {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

function table(title, header, rows) {
  if (rows.length === 0) return;
  console.log(`  ${title}:`);
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  for (const row of cells) console.log(`    ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd());
}
