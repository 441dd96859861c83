import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import { decodeValue } from '../../src/logs/detect/find-url-params.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { formatters } from '../../src/report/formatters.js';
import { generateCorpus, type PlantedSecret } from './corpus/generate-corpus.js';
import { findingsIn, scanFiles, writeCorpus, type WrittenCorpus } from './scan-corpus.js';

const corpus = generateCorpus({ seed: 6, linesPerFormat: 400 });
let written: WrittenCorpus;
let result: ScanResult;

beforeAll(async () => {
  written = await writeCorpus(corpus);
  result = await scanFiles(written.files.map((file) => file.path));
});

afterAll(async () => {
  await rm(written.directory, { recursive: true, force: true });
});

const secretFindings = (findings: readonly Finding[]) => findings.filter((finding) => finding.ruleId !== 'log-token-replay');
/** How a failure names a planted secret: format, line, rule and fingerprint (never the value). */
const nameOf = (format: string, secret: PlantedSecret) => `${format} line ${secret.line}: ${secret.ruleId} ${secret.fingerprint}`;

describe('planted-secret corpus (every supported format)', () => {
  it('scans every file without errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.filesScanned).toBe(corpus.length);
  });

  it('finds every planted secret and nothing else (each miss or false positive named)', () => {
    const missed: string[] = [];
    const unexpected: string[] = [];
    const perFormat: string[] = [];
    for (const { path, log } of written.files) {
      const findings = secretFindings(findingsIn(result, path));
      const found = new Set(findings.map((finding) => finding.secret?.fingerprint));
      const planted = new Set(log.planted.map((secret) => secret.fingerprint));
      for (const secret of log.planted) if (!found.has(secret.fingerprint)) missed.push(nameOf(log.format, secret));
      for (const finding of findings) {
        if (!planted.has(finding.secret?.fingerprint ?? ''))
          unexpected.push(`${log.format} line ${finding.location.line}: ${finding.ruleId} ${finding.message}`);
      }
      perFormat.push(`${log.format}: ${planted.size} planted, ${findings.length} reported`);
    }
    console.info(`corpus: ${corpus.reduce((sum, log) => sum + log.planted.length, 0)} planted secrets\n  ${perFormat.join('\n  ')}`);
    expect(corpus.reduce((sum, log) => sum + log.planted.length, 0)).toBeGreaterThan(1500);
    expect(missed).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  it('reports each secret once per file, at its first line, with the right rule and occurrence count', () => {
    for (const { path, log } of written.files) {
      const findings = secretFindings(findingsIn(result, path));
      const reported = (secret: PlantedSecret) =>
        findings
          .filter((finding) => finding.secret?.fingerprint === secret.fingerprint)
          .map((finding) => ({ ruleId: finding.ruleId, line: finding.location.line, occurrences: finding.properties?.['occurrences'] }));
      const actual = log.planted.map((secret) => ({ secret: nameOf(log.format, secret), reported: reported(secret) }));
      const expected = log.planted.map((secret) => ({
        secret: nameOf(log.format, secret),
        reported: [{ ruleId: secret.ruleId, line: secret.line, occurrences: secret.occurrences }],
      }));
      expect(actual).toEqual(expected);
    }
  });

  it('locates each secret exactly, gzip included: the reported span decodes to the secret', () => {
    for (const { path, log } of written.files) {
      // The content as written, read byte for byte (columns count bytes): for a gzip file, what it decompresses to.
      const lines = Buffer.from(log.content).toString('latin1').split('\n');
      for (const finding of secretFindings(findingsIn(result, path))) {
        const { line, column, endColumn = 0 } = finding.location;
        const span = lines[line - 1]?.slice(column - 1, endColumn - 1) ?? '';
        expect({ format: log.format, line, fingerprint: fingerprintOf(decodeValue(span)) }).toEqual({
          format: log.format,
          line,
          fingerprint: finding.secret?.fingerprint,
        });
      }
    }
  });

  it('reports JWT facts that match the planted claims', () => {
    const jwts: { secret: PlantedSecret; finding: Finding | undefined }[] = written.files.flatMap(({ path, log }) =>
      log.planted
        .filter((secret) => secret.jwt)
        .map((secret) => ({
          secret,
          finding: findingsIn(result, path).find(
            (finding) => finding.ruleId === 'log-jwt' && finding.secret?.fingerprint === secret.fingerprint,
          ),
        })),
    );
    expect(jwts.length).toBeGreaterThan(300);
    for (const { secret, finding } of jwts)
      expect({ fingerprint: secret.fingerprint, jwt: finding?.properties?.['jwt'] }).toEqual({
        fingerprint: secret.fingerprint,
        jwt: secret.jwt,
      });
    const levels = new Set(jwts.map(({ finding }) => finding?.level));
    expect(levels).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('grades JWTs by the risk model: expired or single-use ticket → note, short-lived → warning, long-lived or no exp → error', () => {
    for (const { path, log } of written.files) {
      for (const secret of log.planted.filter((planted) => planted.jwt)) {
        const finding = findingsIn(result, path).find(
          (candidate) => candidate.ruleId === 'log-jwt' && candidate.secret?.fingerprint === secret.fingerprint,
        );
        const facts = secret.jwt;
        if (!facts) continue;
        const shortLived = facts.lifetimeSeconds !== null && facts.lifetimeSeconds <= 300;
        const expected = facts.liveWhenLogged === false ? 'note' : shortLived ? (facts.hasJti ? 'note' : 'warning') : 'error';
        expect({ secret: nameOf(log.format, secret), level: finding?.level }).toEqual({
          secret: nameOf(log.format, secret),
          level: expected,
        });
      }
    }
  });

  it('finds every planted replay at the reuse, with the first use as related location, and no others', () => {
    for (const { path, log } of written.files) {
      const replays = findingsIn(result, path).filter((finding) => finding.ruleId === 'log-token-replay');
      const actual = replays
        .map((finding) => `${finding.secret?.fingerprint}@${finding.location.line}<-${finding.related?.[0]?.location.line}`)
        .sort();
      const expected = log.replays.map((replay) => `${replay.fingerprint}@${replay.line}<-${replay.firstLine}`).sort();
      expect({ format: log.format, replays: actual }).toEqual({ format: log.format, replays: expected });
    }
    expect(corpus.reduce((sum, log) => sum + log.replays.length, 0)).toBeGreaterThan(50);
  });

  it('never prints a planted secret, in any output format', () => {
    // Any 12 characters of a secret past the 4 a redacted form may show count as a leak. A JWT's header is public
    // and shared by every token of an issuer (the rule docs shown in SARIF help contain one): its tail is the piece.
    const WINDOW = 12;
    const pieceOf = (value: string) => (value.startsWith('eyJ') ? value.slice(-WINDOW) : value.slice(4, 4 + WINDOW));
    const pieces = new Set(corpus.flatMap((log) => log.planted.map((secret) => pieceOf(secret.value))));
    expect(pieces.size).toBeGreaterThan(1500);
    for (const [name, format] of Object.entries(formatters)) {
      const output = [...format({ result, areas: ['logs'], cwd: written.directory, color: false })].join('');
      expect(output.length).toBeGreaterThan(1000);
      const leaked: string[] = [];
      for (let index = 0; index + WINDOW <= output.length; index += 1) {
        const window = output.slice(index, index + WINDOW);
        if (pieces.has(window)) leaked.push(window);
      }
      expect({ name, leaked }).toEqual({ name, leaked: [] });
    }
  });

  const summary = (scan: ScanResult) =>
    scan.findings
      .map(
        (finding) =>
          `${finding.ruleId} ${finding.location.path}:${finding.location.line}:${finding.location.column} ${finding.secret?.fingerprint} ×${String(finding.properties?.['occurrences'])} last ${String(finding.properties?.['lastLine'])} ${finding.related?.[0]?.location.line}`,
      )
      .sort();

  it('finds the same when large files are split into ranges and merged', async () => {
    const plain = written.files.filter((file) => !file.path.endsWith('.1')).map((file) => file.path);
    const whole = await scanFiles(plain);
    const split = await scanFiles(plain, { splitBytes: 16 * 1024 });
    expect(summary(split)).toEqual(summary(whole));
  });

  it('finds the same on worker threads (the compiled build, as the CLI runs it)', async () => {
    // Worker threads need the compiled worker script: `npm test` builds first.
    const { scanLogs: compiledScanLogs } = await import('../../dist/src/logs/scan-logs.js');
    const files = written.files.map((file) => file.path);
    const threaded = await compiledScanLogs({
      files,
      stdin: Readable.from([]),
      displayPath: (path) => path,
      workers: 2,
      splitBytes: 16 * 1024,
      grouped: false,
    });
    expect(summary(threaded)).toEqual(summary(result));
  });
});
