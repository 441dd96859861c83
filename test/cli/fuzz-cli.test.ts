import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { makeJwt } from '../support/make-jwt.js';
import { Random } from '../logs/corpus/random.js';

/**
 * The CLI's promises under random abuse (issue #11): random bytes, hostile lines, truncated and garbled gzip, odd file
 * names and option combinations, seeded so a failure replays. Every run must: raise no exception, exit 0, 1 or 2,
 * produce a valid report, leave every input byte-identical, and put no planted secret in any output byte (stdout,
 * stderr, the report file, copy names and copy contents).
 */
const CASES = 100;
const BIN_CASES = 8;

/** A seeded PRNG (the log corpus's mulberry32): the same sequence on every run. */
function random(seed: number): () => number {
  const generator = new Random(seed);
  return () => generator.next();
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

class Case {
  readonly secrets: string[] = [];
  constructor(private readonly next: () => number) {}

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  word(length: number): string {
    return Array.from({ length }, () => ALPHABET[this.int(ALPHABET.length)]).join('');
  }

  /** A credential in a shape and place the scanner must recognize, remembered to look for in every output. */
  secret(): string {
    const shape = this.int(3);
    const secret =
      shape === 0
        ? makeJwt({ sub: this.word(8), iat: 1_790_000_000, exp: 1_890_000_000 })
        : shape === 1
          ? `ghp_${this.word(36)}`
          : `Zq${this.word(30)}`;
    this.secrets.push(secret);
    return shape === 2 ? `access_token=${secret}` : `token=${secret}`;
  }

  /** A JWT or provider token: recognizable by its shape alone, as in a file name (a random string there is a name). */
  shapedSecret(): string {
    const secret = this.int(2) === 0 ? makeJwt({ sub: this.word(8), iat: 1_790_000_000, exp: 1_890_000_000 }) : `ghp_${this.word(36)}`;
    this.secrets.push(secret);
    return secret;
  }

  line(): string {
    const kind = this.int(8);
    const request = `203.0.113.${this.int(255)} - - [12/Oct/2026:08:15:02 +0000] "GET /ws?${this.secret()}&n=${this.int(1000)} HTTP/1.1" 101 0 "-" "curl/8"`;
    if (kind === 0) return 'eyJ'.repeat(200 + this.int(2000));
    if (kind === 1) return `GET /?${'a=&'.repeat(300 + this.int(2000))}${this.secret()}`;
    if (kind === 2) return `GET /?next=${'http%3A%2F%2Fx%2F%3Fa%3D'.repeat(1 + this.int(50))}x%26${this.secret().replace('=', '%3D')}`;
    if (kind === 3) return `{"msg":"req","url":"/ws?${this.secret()}","alg":"\u001b[2J\u001b[H"}`;
    if (kind === 4) return `${'%25'.repeat(this.int(3000))} ${this.secret()}`;
    if (kind === 5) return Buffer.from(Array.from({ length: 200 }, () => this.int(256))).toString('latin1');
    return request;
  }

  logBytes(): Buffer {
    const text = Buffer.from(`${Array.from({ length: 1 + this.int(40) }, () => this.line()).join(this.pick(['\n', '\r\n']))}\n`, 'latin1');
    const form = this.int(6);
    if (form === 0) return gzipSync(text);
    if (form === 1) return gzipSync(text).subarray(0, 10 + this.int(text.length));
    if (form === 2) return Buffer.concat([gzipSync(text), Buffer.from('junk after gzip')]);
    if (form === 3) return Buffer.concat([Buffer.alloc(this.int(70_000)), text]);
    if (form === 4) return Buffer.from(Array.from({ length: this.int(5000) }, () => this.int(256)));
    return text;
  }

  fileName(index: number): string {
    return this.pick([
      `app-${index}.log`,
      `access_log.${index}`,
      `odd name ${index}.log`,
      `esc\u001b[31m${index}.log`,
      `${index}-${this.shapedSecret()}.log`,
      `ünï-${index}.log`,
    ]);
  }

  options(): string[] {
    const options: string[] = ['-f', this.pick(['stylish', 'json', 'sarif'])];
    if (this.int(2) === 0) options.push('--redact-to', 'copies');
    if (this.int(3) === 0) options.push('-o', 'report.out');
    if (this.int(4) === 0) options.push('--all-occurrences');
    if (this.int(4) === 0) options.push('--quiet');
    if (this.int(4) === 0) options.push('--fail-level', this.pick(['error', 'warning', 'note']));
    if (this.int(4) === 0) options.push('--max-warnings', String(this.int(3)));
    if (this.int(5) === 0) options.push('--write-baseline', 'baseline.json');
    return options;
  }
}

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'urlleak-fuzz-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

interface Planted {
  readonly secrets: readonly string[];
  readonly args: string[];
  readonly hashes: ReadonlyMap<string, string>;
}

function plant(seed: number): Planted {
  const fuzz = new Case(random(seed));
  mkdirSync(join(directory, 'logs'));
  const files = 1 + fuzz.int(4);
  for (let index = 0; index < files; index += 1) writeFileSync(join(directory, 'logs', fuzz.fileName(index)), fuzz.logBytes());
  const hashes = hashTree('logs');
  return { secrets: fuzz.secrets, args: ['logs', 'logs', ...fuzz.options()], hashes };
}

function hashTree(under: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(join(directory, under), { recursive: true }) as string[]) {
    const path = join(directory, under, name);
    if (statSync(path).isFile()) hashes.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

/** Every output byte: stdout, stderr, and each file the run wrote, by name and by content. */
function outputs(stdout: string, stderr: string): string {
  const written = (readdirSync(directory, { recursive: true }) as string[]).filter((name) => !name.startsWith('logs'));
  const contents = written
    .filter((name) => statSync(join(directory, name)).isFile())
    .map((name) => readFileSync(join(directory, name)).toString('latin1'));
  return [stdout, stderr, ...written, ...contents].join('\n');
}

function check(planted: Planted, exitCode: number | null, stdout: string, stderr: string): void {
  const context = `args: ${JSON.stringify(planted.args)}\nstderr: ${stderr.slice(0, 2000)}`;
  expect([0, 1, 2], context).toContain(exitCode);
  expect(stderr, context).not.toMatch(/internal error|\n\s+at /);
  const format = planted.args[planted.args.indexOf('-f') + 1];
  const reportPath = planted.args.includes('-o') ? join(directory, 'report.out') : undefined;
  const report = reportPath ? readFileSync(reportPath, 'utf8') : stdout;
  if (format !== 'stylish') expect(() => JSON.parse(report), context).not.toThrow();
  // eslint-disable-next-line no-control-regex
  if (format === 'stylish') expect(report, context).not.toMatch(/\u001b/);
  const everything = outputs(stdout, stderr);
  for (const secret of planted.secrets) expect(everything.includes(secret), `${context}\nleaked ${secret.slice(0, 8)}…`).toBe(false);
  expect(hashTree('logs'), context).toEqual(planted.hashes);
}

describe('fuzzed CLI runs', () => {
  it(`${CASES} seeded runs in process: no exception, exit 0/1/2, a valid report, no planted secret anywhere, inputs untouched`, async () => {
    for (let seed = 1; seed <= CASES; seed += 1) {
      const planted = plant(seed);
      const run = await runCli(planted.args, directory);
      check(planted, run.exitCode, run.stdout, run.stderr);
      rmSync(directory, { recursive: true, force: true });
      mkdirSync(directory);
    }
  }, 120_000);

  it(`${BIN_CASES} seeded runs as a process (bin/urlleak.js): the same promises`, () => {
    for (let seed = 1_001; seed <= 1_000 + BIN_CASES; seed += 1) {
      const planted = plant(seed);
      const run = spawnSync(process.execPath, [binPath, ...planted.args], {
        cwd: directory,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      check(planted, run.status, String(run.stdout), String(run.stderr));
      rmSync(directory, { recursive: true, force: true });
      mkdirSync(directory);
    }
  }, 120_000);
});
