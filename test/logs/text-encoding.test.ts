import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf16ByteOrderOf } from '../../src/logs/io/text-encoding.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';
import { runBin } from '../support/run-bin.js';

/**
 * Logs Windows writes in UTF-16 (Windows PowerShell's `>`, SQL Server's ERRORLOG) or with a UTF-8 byte order mark,
 * through the real CLI: read as text, found at the right line and column, scrubbed in their own encoding.
 */
const JWT = makeJwt({ sub: 'svc-backup', iat: 1_790_000_000, exp: 1_890_000_000 });
const SECRET_LINE = 2_601;
/** CRLF lines with accents and an emoji (a surrogate pair in UTF-16): 2,600 lines are ~270 KB, past two read chunks. */
const LINES = Array.from({ length: 3_000 }, (_, index) =>
  index + 1 === SECRET_LINE
    ? `2026-10-12 08:15:02 VERBOSE: GET https://api.example.com/ws?access_token=${JWT} with 0-byte payload\r\n`
    : `2026-10-12 08:15:02 Žluťoučký kůň 🐎 úpěl ${String(index).padStart(5, '0')} GET /api/v1/items?page=${index}\r\n`,
);
const TEXT = LINES.join('');
const SECRET_COLUMN = LINES[SECRET_LINE - 1]!.indexOf(JWT) + 1;
const SCRUBBED = TEXT.replace(JWT, `[REDACTED:${fingerprintOf(JWT)}]`);

function utf16(text: string, byteOrder: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return byteOrder === 'be' ? bytes.swap16() : bytes;
}

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'urlleak-encodings-'));
  writeFileSync(join(directory, 'transcript-le.log'), utf16(TEXT, 'le'));
  writeFileSync(join(directory, 'transcript-be.log'), utf16(TEXT, 'be'));
  writeFileSync(join(directory, 'transcript-le.log.gz'), gzipSync(utf16(TEXT, 'le')));
  writeFileSync(join(directory, 'ERRORLOG'), utf16(TEXT, 'le'));
  writeFileSync(join(directory, 'bom.log'), `\uFEFF{"time":"2026-10-12T08:15:02Z","msg":"login","password":"hunter2-Rk9v8QmZ"}\n`);
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function scan(args: readonly string[], input?: Buffer) {
  const result = runBin(['logs', '--each-secret', '-f', 'json', ...args], { cwd: directory, input, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(result.stdout) as {
    findings: { ruleId: string; message: string; location: { path: string; line: number; column: number } }[];
    notices: unknown[];
  };
  return { status: result.status, report };
}

describe('a UTF-16 log (byte order mark first)', () => {
  it.each(['transcript-le.log', 'transcript-be.log', 'transcript-le.log.gz'])('%s: the JWT at its line and column, once', (file) => {
    const { status, report } = scan([file]);
    expect(status).toBe(1);
    expect(report.notices).toEqual([]);
    expect(report.findings.map(({ ruleId, location }) => ({ ruleId, ...location }))).toEqual([
      {
        ruleId: 'log-jwt',
        path: file,
        line: SECRET_LINE,
        column: SECRET_COLUMN,
        endLine: SECRET_LINE,
        endColumn: SECRET_COLUMN + JWT.length,
      },
    ]);
  });

  it('read from standard input as from a file', () => {
    const { report } = scan(['-'], utf16(TEXT, 'le'));
    expect(report.findings.map(({ location }) => location.line)).toEqual([SECRET_LINE]);
  });

  it('is scrubbed into a copy in its own encoding: its byte order mark, every other character as it was', () => {
    const out = join(directory, 'scrubbed');
    expect(scan(['transcript-le.log', 'transcript-be.log', 'transcript-le.log.gz', '--redact-to', out]).status).toBe(1);
    expect(readFileSync(join(out, 'transcript-le.log'))).toEqual(utf16(SCRUBBED, 'le'));
    expect(readFileSync(join(out, 'transcript-be.log'))).toEqual(utf16(SCRUBBED, 'be'));
    expect(gunzipSync(readFileSync(join(out, 'transcript-le.log.gz')))).toEqual(utf16(SCRUBBED, 'le'));
  });

  it('is routed to the log scanner by its content, whatever its name', () => {
    const result = runBin(['scan', '-f', 'json', 'ERRORLOG'], { cwd: directory });
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map(({ ruleId }) => ruleId)).toEqual(['log-jwt']);
  });

  it('is told by its mark: UTF-16 in either byte order, not UTF-32 nor a plain log', () => {
    expect(utf16ByteOrderOf(Buffer.from([0xff, 0xfe, 0x7b, 0x00]))).toBe('utf-16le');
    expect(utf16ByteOrderOf(Buffer.from([0xfe, 0xff, 0x00, 0x7b]))).toBe('utf-16be');
    expect(utf16ByteOrderOf(Buffer.from([0xff, 0xfe, 0x00, 0x00]))).toBeUndefined();
    expect(utf16ByteOrderOf(Buffer.from('{"a":1}'))).toBeUndefined();
  });
});

describe('a UTF-8 log with a byte order mark', () => {
  it('reads its first line as the JSON it is', () => {
    const { report } = scan(['bom.log']);
    expect(report.findings.map(({ message, location }) => [location.column, message.match(/of the [^:]+/)?.[0]])).toEqual([
      [58, 'of the JSON field "password"'],
    ]);
  });
});
