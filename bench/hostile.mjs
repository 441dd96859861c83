// Hostile inputs against the log scanner and the code engine's text pre-filter (issue #11): each shape at 1×, 4× and
// 16× its base size, timed in CPU (best of a few runs), with its throughput and the 16×/1× cost ratio. A linear path
// costs ~16× (less when a fixed cost weighs on the small run); a quadratic one ~256×. Every log input ends with a
// planted JWT in a URL, and each log run must report it, so a fast run cannot be one that skipped the work.
//
//   npm run bench:hostile [-- --base-kb 256 --runs 3 --only eyJ --max-seconds 20]
//
// Log shapes are scanned through `scanLogs` (the CLI's entry) on real temporary files, in this thread (`workers: 0`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scanLogs } from '../dist/src/logs/scan-logs.js';
import { mayHaveFindings } from '../dist/src/engine/candidates/may-have-findings.js';

const { values: flags } = parseArgs({
  options: {
    'base-kb': { type: 'string', default: '256' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    // A run projected to take longer than this (a quadratic shape at 16×) is skipped and shown as such.
    'max-seconds': { type: 'string', default: '20' },
  },
});
const baseBytes = Number(flags['base-kb']) * 1024;
const runs = Number(flags.runs);
const maxSeconds = Number(flags['max-seconds']);

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const JWT = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: 'planted', iat: 1_700_000_000, exp: 1_900_000_000 })}.c2lnbmF0dXJlLW9mLXRoZS1wbGFudGVkLXRva2Vu`;
/** Appended to every log input, on the same line as its last bytes. */
const PLANTED = ` GET https://api.example.com/ws?access_token=${JWT} HTTP/1.1\n`;

/** `unit` repeated up to `bytes` (whole units). */
const repeat = (unit) => (bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const NESTED = `?a=${'http%3A%2F%2Fh.example%2Fp%3Fa%3D'.repeat(50)}x `;
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Log shapes: text of about `bytes` bytes. */
const logShapes = {
  'eyJ run': repeat('eyJ'),
  'eyJ run, then .': (bytes) => `${repeat('eyJ')(bytes)}.`,
  'eyJ.': repeat('eyJ.'),
  'eyJ run . eyJ run': (bytes) => `${repeat('eyJ')(bytes / 2)}.${repeat('eyJ')(bytes / 2)}`,
  'eyJ 8 chars .eyJ (look-alikes)': repeat('eyJAAAAAAAA.eyJAAAAAAAA.'),
  '=': repeat('='),
  '&': repeat('&'),
  '%': repeat('%'),
  '%25': repeat('%25'),
  '%26a%3D': repeat('%26a%3D'),
  '.': repeat('.'),
  'base64 alphabet': repeat(BASE64_ALPHABET),
  'a=': repeat('a='),
  'token=': repeat('token='),
  '?token=': repeat('?token='),
  '&token=x (short values)': repeat('&token=x'),
  'nested URLs, depth 50': repeat(NESTED),
  '://u:': repeat('://u:'),
  'x://u:p@': repeat('x://u:p@'),
  'sk- (provider prefix)': repeat('sk-'),
  'ghp_ + 300 alnum': repeat(`ghp_${'a'.repeat(300)} `),
  'Slack webhook look-alike': repeat('hooks.slack.com/services/TA/BA/'),
  'HAProxy prefix, no quote': repeat('10.0.0.1:80 [12/Oct/2026:08:15:02.123] '),
  'JSON, deep arrays of numbers': (bytes) => `{"a":${'['.repeat(Math.floor(bytes / 4))}${'1,'.repeat(Math.floor(bytes / 4))}`,
  'long line, no newline': (bytes) => `GET /p?${repeat('q=1&x=eyJhbGciOiJIUzI1NiJ9&u=https%3A%2F%2Fa.example%2F%3Fk%3Dv&')(bytes)}`,
  'many short lines': repeat('?token=\neyJ\n=\nsk-a\n'),
};

/**
 * Code shapes for `mayHaveFindings`, after a WebSocket sink and before nothing else that names a credential, so that
 * the pre-filter reads the whole text for a secret (identifiers, JWTs, provider tokens) and for imports.
 */
const SINK = 'new WebSocket(url);\n';
const codeShapes = {
  'code: eyJ run': repeat('eyJ'),
  'code: sk-': repeat('sk-'),
  'code: from/* unclosed': repeat('from/*'),
  'code: from/* … */ closed once': (bytes) => `${repeat('from/*')(bytes)}*/`,
  'code: from// no newline': repeat('from//'),
  'code: require( spaces': (bytes) => `require(${' '.repeat(bytes)}`,
  'code: identifiers': repeat('value_name '),
};

const directory = mkdtempSync(join(tmpdir(), 'urlleak-hostile-'));
let fileNumber = 0;

function cpuMs(work) {
  const before = process.cpuUsage();
  const result = work();
  return result instanceof Promise ? result.then((value) => ({ value, ms: elapsed(before) })) : { value: result, ms: elapsed(before) };
}

function elapsed(before) {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

async function scanLogText(text) {
  const path = join(directory, `${fileNumber++}.log`);
  writeFileSync(path, text);
  try {
    const { value: result, ms } = await cpuMs(() =>
      scanLogs({ files: [path], stdin: process.stdin, displayPath: (file) => file, workers: 0 }),
    );
    const found = result.findings.some((finding) => finding.ruleId === 'log-jwt' && finding.location.line === text.split('\n').length - 1);
    if (!found)
      throw new Error(`the planted JWT was not reported (${result.findings.length} findings, errors ${JSON.stringify(result.errors)})`);
    return ms;
  } finally {
    rmSync(path, { force: true });
  }
}

async function scanCodeText(text) {
  return (await cpuMs(() => mayHaveFindings(text))).ms;
}

async function best(measure) {
  let fastest = Infinity;
  for (let run = 0; run < runs; run += 1) fastest = Math.min(fastest, await measure());
  return fastest;
}

const rows = [];
const shapes = [
  ...Object.entries(logShapes).map(([name, make]) => ({ name, make: (bytes) => make(bytes) + PLANTED, measure: scanLogText })),
  ...Object.entries(codeShapes).map(([name, make]) => ({ name, make: (bytes) => SINK + make(bytes), measure: scanCodeText })),
].filter(({ name }) => flags.only === undefined || name.includes(flags.only));

try {
  // Warm-up, so the first shape is not charged V8's optimization of the scanner.
  await scanLogText(`${'GET /?access_token=x&a=b eyJ sk-a ://u:p@h\n'.repeat(20_000)}${PLANTED}`);
  for (const { name, make, measure } of shapes) {
    const cells = [];
    let previousMs;
    for (const factor of [1, 4, 16]) {
      // Cost grows by at most the factor's square: skip a run projected beyond the limit.
      if (previousMs !== undefined && (previousMs * 16) / 1000 > maxSeconds) {
        cells.push({ factor, ms: undefined, bytes: 0 });
        continue;
      }
      const text = make(baseBytes * factor);
      const ms = await best(() => measure(text));
      cells.push({ factor, ms, bytes: Buffer.byteLength(text) });
      previousMs = ms;
    }
    rows.push({ name, cells });
    printRow(name, cells);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}

function printRow(name, cells) {
  const rate = ({ ms, bytes }) => (ms === undefined ? 'skipped' : `${((bytes / 1e6 / Math.max(ms, 0.001)) * 1000).toFixed(1)}`);
  const [one, , sixteen] = cells;
  const four = cells[1];
  // A skipped 16× run is projected from the 4×/1× ratio, as if the cost kept growing the same way.
  const ratio =
    one?.ms === undefined
      ? ''
      : sixteen?.ms !== undefined
        ? (sixteen.ms / Math.max(one.ms, 0.001)).toFixed(1)
        : four?.ms !== undefined
          ? `~${((four.ms / Math.max(one.ms, 0.001)) ** 2).toFixed(0)} (projected)`
          : `(1× alone: ${(one.ms / 1000).toFixed(1)} s)`;
  if (rows.length === 1)
    console.log(
      `${'shape'.padEnd(34)} ${'MB/s 1×'.padStart(9)} ${'4×'.padStart(9)} ${'16×'.padStart(9)} ${'16×/1× cost'.padStart(12)}   (base ${baseBytes / 1024} KiB, CPU time, best of ${runs})`,
    );
  console.log(
    `${name.padEnd(34)} ${rate(cells[0]).padStart(9)} ${rate(cells[1]).padStart(9)} ${rate(cells[2]).padStart(9)} ${ratio.padStart(12)}`,
  );
}
