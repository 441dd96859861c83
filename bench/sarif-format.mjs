// SARIF formatter and merge over 25,000 log findings (GitHub's per-run limit), as ratios against a reference
// measured in the same process: JSON.parse + JSON.stringify of the same document. Run: npm run bench:sarif
import { gzipSync } from 'node:zlib';
import { formatSarif } from '../dist/src/report/sarif/format-sarif.js';
import { mergeSarifLogs } from '../dist/src/report/sarif/merge.js';
import { protectSecret } from '../dist/src/secrets/protect.js';

const RESULTS = 25_000;
const SHARDS = 4;
const ROUNDS = 5;

const findings = Array.from({ length: RESULTS }, (_unused, index) => {
  const secret = protectSecret(`generated-fake-secret-${index}-${'x'.repeat(24)}`);
  return {
    ruleId: 'log-url-token',
    level: 'error',
    message: `Credential ${secret.redacted} in the query parameter token.`,
    location: { path: `logs/access-${index % 40}.log`, line: index + 1, column: 30, endLine: index + 1, endColumn: 70 },
    secret,
    properties: { parameter: 'token' },
  };
});
const reportOf = (subset) => ({
  result: { findings: subset, errors: [], notices: [], filesScanned: 40 },
  areas: ['logs'],
  cwd: '/project',
  color: false,
});

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(action) {
  const start = performance.now();
  const value = action();
  return { value, ms: performance.now() - start };
}

const text = formatSarif(reportOf(findings));
const shards = Array.from({ length: SHARDS }, (_unused, shard) =>
  JSON.parse(formatSarif(reportOf(findings.filter((_finding, index) => index % SHARDS === shard)))),
);
const rows = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const reference = time(() => JSON.stringify(JSON.parse(text), null, 2)).ms;
  const format = time(() => formatSarif(reportOf(findings))).ms;
  const merge = time(() => JSON.stringify(mergeSarifLogs(shards), null, 2)).ms;
  rows.push({ reference, format, merge });
}
const reference = median(rows.map((row) => row.reference));
const mergedText = `${JSON.stringify(mergeSarifLogs(shards), null, 2)}\n`;
console.log(
  JSON.stringify({
    results: RESULTS,
    sarifMiB: +(text.length / 2 ** 20).toFixed(1),
    gzipMiB: +(gzipSync(text).length / 2 ** 20).toFixed(2),
    referenceMs: Math.round(reference),
    formatRatio: +(median(rows.map((row) => row.format)) / reference).toFixed(2),
    mergeOf4ShardsRatio: +(median(rows.map((row) => row.merge)) / reference).toFixed(2),
    mergedEqualsSingleRun: mergedText === text,
  }),
);
