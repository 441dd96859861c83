// Precision and recall of `urlleak config` on the labeled corpus (corpus/server-config/, see its README.md):
//   npm run bench:server-config -- dev        (or heldout, all; --json for the numbers)
// Runs `node bin/urlleak.js config corpus/server-config/<part> --format json` (build first: the npm script does) and
// matches each finding to a label by (file, line, rule). A label with rule "none" documents a negative: any finding
// on a line no label expects is a false positive.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readPartArgs, repoRoot as root, urlleakReport } from './corpus-bench.mjs';

const { parts, asJson: json } = readPartArgs('bench/server-config.mjs', ['dev', 'heldout']);

/** The server a corpus file belongs to: its first folder (`nginx/`, `apache/`, `misc/`…). */
const serverOf = (file) => file.split('/')[0];

function score(part) {
  const directory = join(root, 'corpus', 'server-config', part);
  const { cases } = JSON.parse(readFileSync(join(directory, 'labels.json'), 'utf8'));
  const expected = new Map(
    cases.filter((entry) => entry.rule !== 'none').map((entry) => [`${entry.file}:${entry.line}:${entry.rule}`, entry]),
  );
  const { report, error } = urlleakReport(['config', directory, '--format', 'json']);
  if (error || report.summary.inputErrors > 0) throw new Error(`urlleak config failed on ${part}: ${error ?? 'input errors'}`);
  const findings = report.findings.map((finding) => ({
    file: relative(directory, join(root, finding.location.path)),
    line: finding.location.line,
    rule: finding.ruleId,
  }));
  const found = new Set(findings.map((finding) => `${finding.file}:${finding.line}:${finding.rule}`));
  const falsePositives = findings.filter((finding) => !expected.has(`${finding.file}:${finding.line}:${finding.rule}`));
  const falseNegatives = [...expected.values()].filter((entry) => !found.has(`${entry.file}:${entry.line}:${entry.rule}`));
  const truePositives = expected.size - falseNegatives.length;
  const byServer = {};
  for (const entry of [...expected.values()]) {
    const row = (byServer[serverOf(entry.file)] ??= { expected: 0, found: 0, falsePositives: 0 });
    row.expected += 1;
    if (found.has(`${entry.file}:${entry.line}:${entry.rule}`)) row.found += 1;
  }
  for (const finding of falsePositives)
    (byServer[serverOf(finding.file)] ??= { expected: 0, found: 0, falsePositives: 0 }).falsePositives += 1;
  return {
    part,
    recall: expected.size === 0 ? 1 : truePositives / expected.size,
    precision: findings.length === 0 ? 1 : (findings.length - falsePositives.length) / findings.length,
    truePositives,
    falsePositives,
    falseNegatives: falseNegatives.map(({ file, line, rule, why }) => ({ file, line, rule, why })),
    byServer,
  };
}

const results = parts.map(score);
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const result of results) {
    console.log(
      `[${result.part}] recall ${result.recall.toFixed(3)} precision ${result.precision.toFixed(3)} (TP ${result.truePositives}, FP ${result.falsePositives.length}, FN ${result.falseNegatives.length})`,
    );
    for (const [server, row] of Object.entries(result.byServer))
      console.log(`  ${server.padEnd(14)} ${row.found}/${row.expected} found, ${row.falsePositives} FP`);
    for (const miss of result.falseNegatives) console.log(`  FN ${miss.file}:${miss.line} ${miss.rule} — ${miss.why}`);
    for (const extra of result.falsePositives) console.log(`  FP ${extra.file}:${extra.line} ${extra.rule}`);
  }
}
