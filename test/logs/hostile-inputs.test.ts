import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { importedSpecifiers, mayHaveFindings } from '../../src/engine/candidates/may-have-findings.js';
import type { GroupSummary } from '../../src/logs/findings/finding-group.js';
import { scanLogs } from '../../src/logs/scan-logs.js';
import { DEFAULT_DETECTION_OPTIONS, scanStream } from '../../src/logs/scan-stream.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';
import { Random } from './corpus/random.js';

/**
 * Issue #11: every detection path must cost time linear in its input. Each hostile shape is scanned at 1×, 4× and 16×
 * a size where the 1× run takes at least ~20 ms of CPU; the 16× run may cost at most 40× the 1× run (linear is ~16×,
 * n·log n ~20×, n^1.5 ~64×, quadratic ~256×: the margin is for another test file running beside this one, whose cache
 * and memory traffic slow the larger runs more: a clean clone's CI run on two cores, with Chromium's report test beside
 * it, measured `a=` repeated at 32.7×, on an engine whose cost per byte of it is the same as the round's start's). CPU time (`process.cpuUsage`), the best of three runs for 1×: the machine is shared. Every log
 * input ends with a planted JWT in a URL that must still be reported, so a fast run is not one that skipped the work.
 */
const JWT = makeJwt({ sub: 'planted', iat: 1_700_000_000, exp: 1_900_000_000 });
const PLANTED = ` GET https://api.example.com/ws?access_token=${JWT} HTTP/1.1\n`;
const MAX_COST_RATIO = 40;
/** 4× the input may cost at most 10× (quadratic is ~16×): checked first, so a quadratic path fails before its 16× run. */
const MAX_COST_RATIO_AT_4 = 10;
const MIN_BASE_MS = 20;
const MAX_BASE_BYTES = 1024 * 1024;

/** `unit` repeated to about `bytes` bytes. */
const repeat = (unit: string) => (bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const NESTED = `?a=${'http%3A%2F%2Fh.example%2Fp%3Fa%3D'.repeat(50)}x `;
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Text of about `bytes` bytes, ended by `PLANTED` on the same line. */
const logShapes: Record<string, (bytes: number) => string> = {
  'a run of eyJ': repeat('eyJ'),
  'a run of eyJ, then a dot': (bytes) => `${repeat('eyJ')(bytes)}.`,
  'eyJ. repeated': repeat('eyJ.'),
  'two runs of eyJ around a dot': (bytes) => `${repeat('eyJ')(bytes / 2)}.${repeat('eyJ')(bytes / 2)}`,
  'JWT look-alikes (eyJ, 8 characters, .eyJ)': repeat('eyJAAAAAAAA.eyJAAAAAAAA.'),
  '= repeated': repeat('='),
  '& repeated': repeat('&'),
  '% repeated': repeat('%'),
  '%25 repeated': repeat('%25'),
  '. repeated': repeat('.'),
  'the base64 alphabet repeated': repeat(BASE64_ALPHABET),
  'a= repeated': repeat('a='),
  'token= repeated without values': repeat('token='),
  '?token= repeated without values': repeat('?token='),
  'URLs nested in parameters to depth 50': repeat(NESTED),
  '://u: repeated': repeat('://u:'),
  'x://u:p@ repeated (a credential in every URL of one line)': repeat('x://u:p@'),
  // `p=` is a password only beside `u=` (USER_PASSWORD_QUERY): the query around each is read in bounded steps.
  '&p= repeated (no user beside it)': repeat('&p=x'),
  '&p= and &u= repeated (a password beside a user in every pair)': repeat('&p=xxxxxxxx1A&u=y'),
  'sk- repeated (a provider prefix)': repeat('sk-'),
  // A printed `code` key is read beside a `state` key of its line (prefilter.ts `StateKeys`): found once per block.
  '"code" and "state" keys repeated': repeat('{"code":"abcdefgh12345678","state":"x"}'),
  'https%253A%252F%252F repeated (URLs encoded twice, standing alone)': repeat('https%253A%252F%252Fa%253Fk%253D'),
  'env:NAME=value, repeated (an environment in a Go map)': repeat('env:API_KEY=abc,ZONE=x '),
  // Each segment a generated token that ends no path, then one that does: read back a bounded number of segments.
  'a path of generated segments (find-path-tokens.ts)': (bytes) => `GET ${repeat('/m32P8rIWJAOJf14XxMTr-Kvkwer5-yhs')(bytes)} `,
  'a colon before every slash (paths that may start anywhere)': repeat(':/a'),
  'HAProxy client addresses and no quote': repeat('10.0.0.1:80 [12/Oct/2026:08:15:02.123] '),
  'JSON nested deep, with many fields': (bytes) => `{"a":${'['.repeat(Math.floor(bytes / 4))}${'1,'.repeat(Math.floor(bytes / 4))}`,
  'a long line with no newline': (bytes) => `GET /p?${repeat('q=1&x=eyJhbGciOiJIUzI1NiJ9&u=https%3A%2F%2Fa.example%2F%3Fk%3Dv&')(bytes)}`,
  'many short lines': repeat('?token=\neyJ\n=\nsk-a\n://u:p@h\n'),
  'link words joined in one path segment, no / after it': (bytes) => `/reset/x/${repeat('reset-')(bytes)}.`,
  'link words in short segments': repeat('/reset-password/x'),
  // An SQL statement's comparisons, each opening a literal that no quote of its kind closes (find-sql-values.ts).
  'SQL comparisons with unclosed literals': (bytes) => `update t set ${repeat("api_key = \\u0027x a.token=\\'y ")(bytes)}`,
  // Printed maps of Java arrays (`parameters={password:[…]}`), name-and-value objects and curl's one-word headers.
  'Java array entries never closed': repeat('{password:[xxxxxxxx, token:['),
  'a name before every "value" key': repeat('"session","value":"x",'),
  "curl's -H before every one-word header": repeat("-H 'Token: -H 'Key: "),
  'records of cookies never closed': repeat('"cookies":{"a":"b", '),
  'SQL insert with many columns and values': (bytes) =>
    `insert into t (${repeat('api_key,')(bytes / 2)}x) values (${repeat("'v',")(bytes / 2)}'w')`,
};

/** After a WebSocket sink, so that the pre-filter reads the whole text for a credential and for imports. */
const codeShapes: Record<string, (bytes: number) => string> = {
  'a run of eyJ': repeat('eyJ'),
  'sk- repeated': repeat('sk-'),
  'from/* repeated, never closed': repeat('from/*'),
  'from/* repeated, closed once at the end': (bytes) => `${repeat('from/*')(bytes)}*/ 'ws'`,
  'from// repeated, no newline': repeat('from//'),
};
const SINK = 'new WebSocket(url);\n';

const directory = mkdtempSync(join(tmpdir(), 'urlleak-hostile-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;

function cpuMs(): () => number {
  const before = process.cpuUsage();
  return () => {
    const { user, system } = process.cpuUsage(before);
    return (user + system) / 1000;
  };
}

/**
 * Scans `text` as a log file through the CLI's entry, in this thread, with the default grouped report (each secret is
 * placed in its endpoint's group); the CPU time, and whether the JWT was found.
 */
async function scanLogText(text: string): Promise<{ ms: number; found: boolean }> {
  const path = join(directory, `${files++}.log`);
  writeFileSync(path, text);
  try {
    const elapsed = cpuMs();
    const result = await scanLogs({ files: [path], stdin: process.stdin, displayPath: (file) => file, workers: 0 });
    const ms = elapsed();
    const lastLine = text.split('\n').length - 1;
    const found = result.findings.some(
      (finding) =>
        finding.ruleId === 'log-jwt' &&
        (finding.properties?.['group'] as GroupSummary).samples.some(
          (sample) => sample.line === lastLine && sample.fingerprint === fingerprintOf(JWT),
        ),
    );
    return { ms, found };
  } finally {
    rmSync(path, { force: true });
  }
}

interface Costs {
  readonly base: number;
  readonly ms: readonly [number, number, number];
}

/** Extra runs of the 16× input when it looks too slow. */
const SLOW_RETRIES = 3;

/**
 * The cost at 1×, 4× and 16× a base size: 64 KiB scaled (by powers of two, up to 1 MiB) to where the 1× run should take
 * `MIN_BASE_MS`. 1× is the best of three; 16× is measured again when it looks too slow (one run may be unlucky).
 */
async function costs(make: (bytes: number) => string, measure: (text: string) => Promise<number>): Promise<Costs> {
  const best = async (text: string, runs: number) => {
    let fastest = Infinity;
    for (let run = 0; run < runs; run += 1) fastest = Math.min(fastest, await measure(text));
    return fastest;
  };
  let base = 64 * 1024;
  const probe = await best(make(base), 2);
  while (base < MAX_BASE_BYTES && probe * (base / (64 * 1024)) < MIN_BASE_MS) base *= 2;
  const one = await best(make(base), 3);
  const fourTimes = make(base * 4);
  let four = await best(fourTimes, 1);
  // Measured again while it looks too slow, as 16× is below: a quadratic path stays above the bound every time.
  for (let retry = 0; retry < SLOW_RETRIES && four > MAX_COST_RATIO_AT_4 * Math.max(one, MIN_BASE_MS); retry += 1)
    four = Math.min(four, await best(fourTimes, 1));
  // A quadratic path costs ~16× at 4×: fail here rather than spend minutes on 16×.
  expect(four / Math.max(one, MIN_BASE_MS), `4× costs ${four.toFixed(1)} ms against ${one.toFixed(1)} ms at 1×`).toBeLessThanOrEqual(
    MAX_COST_RATIO_AT_4,
  );
  const large = make(base * 16);
  let sixteen = await best(large, 1);
  // Measured again, up to three times, while it looks too slow: on a loaded machine one run may be unlucky, while a
  // quadratic path (~256×) stays far above the bound every time.
  for (let retry = 0; retry < SLOW_RETRIES && sixteen > MAX_COST_RATIO * Math.max(one, MIN_BASE_MS); retry += 1)
    sixteen = Math.min(sixteen, await best(large, 1));
  return { base, ms: [one, four, sixteen] };
}

/**
 * 16× costs at most `MAX_COST_RATIO`× 1×. A shape the scanner passes over at more than a gigabyte a second (no prefilter hit) takes
 * under `MIN_BASE_MS` even at the largest base, too little to time: it is held to `MAX_COST_RATIO`× that instead.
 */
function expectLinear({ base, ms: [one, four, sixteen] }: Costs): void {
  const shown = `base ${base / 1024} KiB: ${one.toFixed(1)} / ${four.toFixed(1)} / ${sixteen.toFixed(1)} ms`;
  expect(sixteen / Math.max(one, MIN_BASE_MS), shown).toBeLessThanOrEqual(MAX_COST_RATIO);
}

describe('hostile log input through scanLogs', () => {
  it.each(Object.keys(logShapes))('%s: 16× the input costs at most 40× the time, and the planted JWT is still found', async (name) => {
    const make = logShapes[name];
    if (!make) throw new Error(name);
    const withSecret = (bytes: number) => make(bytes) + PLANTED;
    const measured = await costs(withSecret, async (text) => {
      const { ms, found } = await scanLogText(text);
      expect(found, `${name}: the planted JWT at the end`).toBe(true);
      return ms;
    });
    expectLinear(measured);
  });
});

describe('hostile long lines through scanStream', () => {
  /** Small windows, so that even the 1× line is cut into hundreds of overlapping windows. */
  const smallWindows = { ...DEFAULT_DETECTION_OPTIONS, blockLimits: { maxLineBytes: 4096, overlapBytes: 512 } };

  async function scanChunks(text: string, chunkBytes: number, detection = DEFAULT_DETECTION_OPTIONS): Promise<number> {
    const bytes = Buffer.from(text);
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let offset = 0; offset < bytes.length; offset += chunkBytes) yield bytes.subarray(offset, offset + chunkBytes);
    }
    const elapsed = cpuMs();
    const result = await scanStream(chunks(), { path: 'hostile.log', detection, sniffBinary: false });
    const ms = elapsed();
    expect(result.findings.some((finding) => finding.ruleId === 'log-jwt' && finding.secret?.fingerprint === fingerprintOf(JWT))).toBe(
      true,
    );
    return ms;
  }

  const longLine = (bytes: number) => `GET /p?${repeat('q=1&token=&x=eyJeyJeyJ.&a%3D%25&sk-sk-sk-')(bytes)}${PLANTED}`;

  it('a line read in 64-byte chunks (a pipe fed a little at a time): linear', async () => {
    expectLinear(await costs(longLine, (text) => scanChunks(text, 64)));
  });

  it('a line in 64 KiB chunks, cut into many small overlapping windows: linear', async () => {
    expectLinear(await costs(longLine, (text) => scanChunks(text, 64 * 1024, smallWindows)));
  });

  it('a line far longer than the window in one chunk is windowed too: no backtracking stack overflow', async () => {
    await scanChunks(`GET /p?x=${'eyJ'.repeat(4_000_000)} sk-${'sk-'.repeat(4_000_000)}${PLANTED}`, Number.MAX_SAFE_INTEGER);
  });
});

describe("hostile text through the code engine's pre-filter", () => {
  it.each(Object.keys(codeShapes))('%s: 16× the input costs at most 40× the time', async (name) => {
    const make = codeShapes[name];
    if (!make) throw new Error(name);
    expectLinear(
      await costs(
        (bytes) => SINK + make(bytes),
        async (text) => {
          const elapsed = cpuMs();
          mayHaveFindings(text);
          return elapsed();
        },
      ),
    );
  });

  it('answers "maybe" for a run of token characters too long for the regular expressions', () => {
    expect(mayHaveFindings(`${SINK}const blob = '${'eyJ'.repeat(4_000_000)}';`, { rules: new Set(['ws-token-in-url']) })).toBe(true);
  });

  it('reads imports exactly as the regular expression it replaced, comments and all', () => {
    const oracle = /(?:\bfrom|\bimport|\brequire\s*\()(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*\n)*(['"])(?:node:)?([^'"\s]+)\1/g;
    const random = new Random(5);
    const pieces = [
      'from',
      'import',
      'require(',
      'require (',
      ' ',
      '\n',
      '/*',
      '*/',
      '//',
      "'",
      '"',
      'ws',
      'node:',
      'node:http',
      'x',
      '-',
      '.',
      '*',
      '/',
    ];
    for (let sample = 0; sample < 3000; sample += 1) {
      const text = Array.from({ length: random.int(1, 24) }, () => random.pick(pieces)).join('');
      expect({ text, found: importedSpecifiers(text) }).toEqual({ text, found: Array.from(text.matchAll(oracle), (match) => match[2]) });
    }
  });
});

describe('hostile code through the code engine', () => {
  /** A React class component with a `setState` per method, each reading the state it updates, then a token URL. */
  const component = (bytes: number) => {
    const methods = Array.from(
      { length: Math.max(1, Math.floor(bytes / 80)) },
      (_, index) => `  m${index}() { this.setState({ n: this.state.n + ${index}, token: this.state.token }); }\n`,
    );
    const request = '  go = () => fetch(`https://api.example.com/x?access_token=${this.state.token}`);\n';
    return `class App extends React.Component {\n  state = { token: null, n: 0 };\n${methods.join('')}${request}}\n`;
  };

  it('a class component with thousands of setState calls that read its state: 16× the input costs at most 40× the time', async () => {
    expectLinear(
      await costs(component, async (text) => {
        const elapsed = cpuMs();
        const findings = analyzeSourceFile(ts.createSourceFile('App.js', text, ts.ScriptTarget.Latest, true));
        expect(findings.map((finding) => finding.ruleId)).toEqual(['token-in-request-url']);
        return elapsed();
      }),
    );
  });
});
