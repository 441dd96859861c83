// Recall of `urlleak logs` across the places issue #14 lists, on corpus/logs-in-the-wild/ (see its README.md).
//
//   npm run bench:logs-in-the-wild -- [dev|heldout|heldoutN|all] [--json]   (default: dev; the parts are the corpus's
//   dev/ and heldout*/ folders; each held-out part is scored once, by the lead)
//
// Runs `node bin/urlleak.js logs corpus/logs-in-the-wild/<part> -f json --ignore labels.json` (build first: the npm
// script does) and matches its findings to labels.json by file and line:
// - recall, per category: a label expecting error, warning or note (not a `sameRequestAs` repeat) is found when any
//   finding is on its line or on a repeat line of the same request (`sameRequestAs` it; listed as "on a repeat line");
//   its level is right when the strongest level of those findings (log-token-replay aside) equals `expect`. A label expecting `replay` is found when a log-token-replay finding is on its line (the
//   first use's finding counting the line among its occurrences is shown, but does not count);
// - precision: a finding on a line labeled `none` or on an unlabeled line is a false positive, as is a
//   log-token-replay finding on a line not labeled `replay` (one request written twice is no replay); every other
//   finding is a true positive. Reported for all findings and for error+warning findings;
// - JWT facts: of the found labels whose value is a JWT, the share with a finding on the line carrying
//   `properties.jwt`, and the share whose lifetimeSeconds, hasJti and liveWhenLogged equal the label's.
// Exit code 0 whatever the numbers: this is a measurement.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { partsIn, readPartArgs, repoRoot, urlleakReport } from './corpus-bench.mjs';

const root = repoRoot;
// The corpus's folders: a part added there is scored without touching this file.
const PARTS = partsIn(readdirSync(join(root, 'corpus/logs-in-the-wild')));
const REPLAY_RULE = 'log-token-replay';
const RANK = { none: 0, note: 1, warning: 2, error: 3 };

const { parts, asJson } = readPartArgs('bench/logs-in-the-wild.mjs', PARTS);

const results = {};
for (const part of parts) results[part] = score(part);
if (asJson) console.log(JSON.stringify(results, null, 2));
else for (const part of parts) print(part, results[part]);

function score(part) {
  const directory = join(root, 'corpus', 'logs-in-the-wild', part);
  const { cases } = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8'));
  const { report, error } = urlleakReport(['logs', relative(root, directory), '--each-secret', '-f', 'json', '--ignore', 'labels.json']);
  if (error) return { error };

  const findings = report.findings.map((finding) => ({
    file: relative(directory, resolve(root, finding.location.path)),
    line: finding.location.line,
    ruleId: finding.ruleId,
    level: finding.level,
    redacted: finding.secret?.redacted ?? '',
    jwt: finding.properties?.jwt,
    occurrences: finding.properties?.occurrences ?? 1,
    lastLine: finding.properties?.lastLine,
  }));
  const key = (file, line) => `${file}\u0000${line}`;
  const labelAt = new Map(cases.map((entry) => [key(entry.file, entry.line), entry]));
  const findingsAt = new Map();
  for (const finding of findings) {
    const k = key(finding.file, finding.line);
    findingsAt.set(k, [...(findingsAt.get(k) ?? []), finding]);
  }
  /** The repeat lines (`sameRequestAs`) of each first line. */
  const repeats = new Map();
  for (const entry of cases) {
    if (entry.sameRequestAs === undefined) continue;
    const k = key(entry.file, entry.sameRequestAs);
    repeats.set(k, [...(repeats.get(k) ?? []), entry.line]);
  }

  // Recall.
  const units = cases.filter((entry) => entry.expect !== 'none' && entry.sameRequestAs === undefined);
  const categories = {};
  const misses = [];
  const levelMismatches = [];
  const replays = [];
  const onRepeatLine = [];
  const jwt = { labels: 0, found: 0, withFacts: 0, factsRight: 0, wrong: [] };
  for (const entry of units) {
    const row = (categories[entry.category] ??= { labels: 0, found: 0, levelRight: 0, none: 0, falsePositivesOnNone: 0 });
    row.labels += 1;
    const here = findingsAt.get(key(entry.file, entry.line)) ?? [];
    if (entry.expect === 'replay') {
      const replay = here.find((finding) => finding.ruleId === REPLAY_RULE);
      const counted = (findingsAt.get(key(entry.file, entry.pairedWith)) ?? []).some(
        (finding) => finding.occurrences >= 2 && (finding.lastLine ?? 0) >= entry.line,
      );
      replays.push({
        file: entry.file,
        line: entry.line,
        pairedWith: entry.pairedWith,
        found: Boolean(replay),
        level: replay?.level ?? null,
        countedByFirstUse: counted,
      });
      if (replay) {
        row.found += 1;
        row.levelRight += 1;
      } else
        misses.push({ ...brief(entry), said: describe(here) + (counted ? ' (the first use counts this line among its occurrences)' : '') });
      continue;
    }
    const repeated = (repeats.get(key(entry.file, entry.line)) ?? []).flatMap((line) =>
      (findingsAt.get(key(entry.file, line)) ?? []).filter((finding) => finding.ruleId !== REPLAY_RULE),
    );
    const lineFindings = [...here.filter((finding) => finding.ruleId !== REPLAY_RULE), ...repeated];
    if (here.length === 0 && repeated.length === 0) {
      misses.push({ ...brief(entry), said: 'nothing' });
      if (entry.jwt) jwt.labels += 1;
      continue;
    }
    row.found += 1;
    if (here.length === 0)
      onRepeatLine.push({ ...brief(entry), lines: [...new Set(repeated.map((finding) => finding.line))], got: describe(repeated) });
    const strongest = lineFindings.reduce((best, finding) => (RANK[finding.level] > RANK[best] ? finding.level : best), 'none');
    if (strongest === entry.expect) row.levelRight += 1;
    else levelMismatches.push({ ...brief(entry), got: describe([...here, ...repeated]) });
    if (entry.jwt) {
      jwt.labels += 1;
      jwt.found += 1;
      const withFacts = lineFindings.filter((finding) => finding.jwt);
      if (withFacts.length > 0) {
        jwt.withFacts += 1;
        const right = withFacts.some(
          (finding) =>
            (finding.jwt.lifetimeSeconds ?? null) === entry.jwt.lifetimeSeconds &&
            Boolean(finding.jwt.hasJti) === entry.jwt.hasJti &&
            finding.jwt.liveWhenLogged === entry.jwt.liveWhenLogged,
        );
        if (right) jwt.factsRight += 1;
        else jwt.wrong.push({ ...brief(entry), expected: entry.jwt, got: withFacts[0].jwt });
      }
    }
  }

  // Precision.
  const falsePositives = [];
  let truePositives = 0;
  let flaggedTruePositives = 0;
  let flagged = 0;
  for (const finding of findings) {
    const entry = labelAt.get(key(finding.file, finding.line));
    const strong = finding.level === 'error' || finding.level === 'warning';
    if (strong) flagged += 1;
    let reason;
    if (!entry) reason = 'unlabeled line';
    else if (entry.expect === 'none') reason = `labeled none (${entry.kind})`;
    else if (finding.ruleId === REPLAY_RULE && entry.expect !== 'replay')
      reason = entry.sameRequestAs ? 'replay inside one request' : `replay on a line labeled ${entry.expect}`;
    if (reason) {
      falsePositives.push({
        file: finding.file,
        line: finding.line,
        ruleId: finding.ruleId,
        level: finding.level,
        redacted: finding.redacted,
        category: entry?.category ?? '-',
        kind: entry?.kind ?? '-',
        reason,
      });
      if (entry?.expect === 'none') {
        const row = (categories[entry.category] ??= { labels: 0, found: 0, levelRight: 0, none: 0, falsePositivesOnNone: 0 });
        row.falsePositivesOnNone += 1;
      }
    } else {
      truePositives += 1;
      if (strong) flaggedTruePositives += 1;
    }
  }
  for (const entry of cases.filter((c) => c.expect === 'none' && c.sameRequestAs === undefined)) {
    (categories[entry.category] ??= { labels: 0, found: 0, levelRight: 0, none: 0, falsePositivesOnNone: 0 }).none += 1;
  }

  const ratio = (a, b) => (b === 0 ? null : Number((a / b).toFixed(3)));
  const labels = units.length;
  const found = Object.values(categories).reduce((sum, row) => sum + row.found, 0);
  const levelRight = Object.values(categories).reduce((sum, row) => sum + row.levelRight, 0);
  const perCategory = Object.fromEntries(
    Object.entries(categories)
      .sort(([a], [b]) => (a === 'negative') - (b === 'negative') || a.localeCompare(b))
      .map(([category, row]) => [
        category,
        { ...row, recall: ratio(row.found, row.labels), levelAccuracy: ratio(row.levelRight, row.found) },
      ]),
  );
  const perFile = {};
  for (const entry of units) {
    const row = (perFile[entry.file] ??= { labels: 0, found: 0, falsePositives: 0 });
    row.labels += 1;
    if (!misses.some((miss) => miss.file === entry.file && miss.line === entry.line)) row.found += 1;
  }
  for (const fp of falsePositives) (perFile[fp.file] ??= { labels: 0, found: 0, falsePositives: 0 }).falsePositives += 1;
  return {
    logs: new Set(cases.map((entry) => entry.file)).size,
    labeledLines: cases.length,
    recallUnits: labels,
    findings: findings.length,
    found,
    recall: ratio(found, labels),
    levelRight,
    levelAccuracy: ratio(levelRight, found),
    truePositives,
    falsePositives: falsePositives.length,
    precision: ratio(truePositives, findings.length),
    errorWarningFindings: flagged,
    errorWarningPrecision: ratio(flaggedTruePositives, flagged),
    jwtFacts: {
      jwtLabels: jwt.labels,
      found: jwt.found,
      withFacts: jwt.withFacts,
      factsShare: ratio(jwt.withFacts, jwt.found),
      factsRight: jwt.factsRight,
      factsRightShare: ratio(jwt.factsRight, jwt.found),
      wrong: jwt.wrong,
    },
    replays,
    foundOnRepeatLine: onRepeatLine,
    perCategory,
    perFile,
    misses,
    levelMismatches,
    falsePositiveList: falsePositives,
  };
}

function brief(entry) {
  return { file: entry.file, line: entry.line, category: entry.category, kind: entry.kind, expect: entry.expect, value: entry.value };
}

function describe(findings) {
  return findings.length === 0 ? 'nothing' : findings.map((finding) => `${finding.ruleId} ${finding.level}`).join(', ');
}

function print(part, result) {
  if (result.error) {
    console.log(`logs-in-the-wild ${part}: ${result.error}`);
    return;
  }
  const percent = (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
  console.log(
    `logs-in-the-wild ${part}: ${result.logs} logs, ${result.labeledLines} labeled lines (${result.recallUnits} expecting a finding); urlleak: ${result.findings} findings (${result.errorWarningFindings} error/warning)`,
  );
  console.log(
    `  recall: ${percent(result.recall)} (${result.found} of ${result.recallUnits}); level right: ${percent(result.levelAccuracy)} (${result.levelRight} of ${result.found} found)`,
  );
  console.log(
    `  precision: ${percent(result.precision)} (${result.truePositives} TP, ${result.falsePositives} FP); error+warning: ${percent(result.errorWarningPrecision)}`,
  );
  const j = result.jwtFacts;
  console.log(
    `  JWT facts: ${j.withFacts} of ${j.found} found JWT labels carry properties.jwt (${percent(j.factsShare)}), ${j.factsRight} with the label's lifetime, jti and liveness (${percent(j.factsRightShare)}); ${j.jwtLabels} JWT labels`,
  );
  const replayFound = result.replays.filter((row) => row.found).length;
  console.log(`  replays: ${replayFound} of ${result.replays.length} reported by ${REPLAY_RULE}`);
  table(
    'per category',
    ['category', 'labels', 'found', 'recall', 'level right', 'none labels', 'FP on none'],
    Object.entries(result.perCategory).map(([category, row]) => [
      category,
      row.labels,
      row.found,
      percent(row.recall),
      row.found ? `${row.levelRight} (${percent(row.levelAccuracy)})` : '-',
      row.none,
      row.falsePositivesOnNone,
    ]),
  );
  table(
    'per file',
    ['file', 'labels', 'found', 'FP'],
    Object.entries(result.perFile).map(([file, row]) => [file, row.labels, row.found, row.falsePositives]),
  );
  table(
    'missed',
    ['file:line', 'category', 'kind', 'expect', 'urlleak said'],
    result.misses.map((row) => [`${row.file}:${row.line}`, row.category, row.kind, row.expect, row.said]),
  );
  table(
    'found only on a repeat line of the same request',
    ['file:line', 'category', 'kind', 'reported on', 'got'],
    result.foundOnRepeatLine.map((row) => [`${row.file}:${row.line}`, row.category, row.kind, row.lines.join(', '), row.got]),
  );
  table(
    'level mismatches (found, other level)',
    ['file:line', 'category', 'kind', 'expect', 'got'],
    result.levelMismatches.map((row) => [`${row.file}:${row.line}`, row.category, row.kind, row.expect, row.got]),
  );
  table(
    'replays',
    ['file:line', 'first use', 'reported', 'level', 'first use counts it'],
    result.replays.map((row) => [
      `${row.file}:${row.line}`,
      row.pairedWith,
      row.found ? 'yes' : 'no',
      row.level ?? '-',
      row.countedByFirstUse ? 'yes' : 'no',
    ]),
  );
  table(
    'false positives',
    ['file:line', 'rule', 'level', 'label', 'reason', 'secret'],
    result.falsePositiveList.map((row) => [
      `${row.file}:${row.line}`,
      row.ruleId,
      row.level,
      `${row.category}/${row.kind}`,
      row.reason,
      row.redacted,
    ]),
  );
  table(
    'JWT facts that differ from the label',
    ['file:line', 'expected', 'got'],
    j.wrong.map((row) => [`${row.file}:${row.line}`, JSON.stringify(row.expected), JSON.stringify(row.got)]),
  );
  console.log('');
}

function table(title, header, rows) {
  if (rows.length === 0) return;
  console.log(`  ${title}:`);
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  for (const row of cells) console.log(`    ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd());
}
