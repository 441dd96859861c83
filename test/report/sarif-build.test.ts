import { createHash } from 'node:crypto';
import type { Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { findingFingerprint, occurrenceFingerprint } from '../../src/findings/fingerprint.js';
import { buildResult } from '../../src/report/sarif/build-results.js';
import { lineHashBase, numberOccurrences, partialFingerprintsOf, withPlainFingerprints } from '../../src/report/sarif/fingerprints.js';
import { protectSecret } from '../../src/secrets/protect.js';

/**
 * One finding as a SARIF result, field by field, and the fingerprints GitHub code scanning keys alerts on. Expected
 * hashes are computed here from their documented inputs (rule, message and secret fingerprint for the line hash).
 */
const at = (path: string, line: number, column: number) => ({ path, line, column, endLine: line, endColumn: column + 8 });
const region = (line: number, column: number) => ({ startLine: line, startColumn: column, endLine: line, endColumn: column + 8 });
const physical = (uri: string, line: number, column: number) => ({
  artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
  region: region(line, column),
});
const SECRET = protectSecret('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f');

const plainFinding: Finding = {
  ruleId: 'log-url-token',
  level: 'warning',
  message: 'A token in the URL of a logged request.',
  location: at('logs/access.log', 4, 20),
};
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('buildResult', () => {
  it('gives a finding with no flow, related locations, facts or secret exactly the fields it has', () => {
    const result = buildResult(plainFinding, 3);
    expect(result).toStrictEqual({
      ruleId: 'log-url-token',
      ruleIndex: 3,
      level: 'warning',
      message: { text: 'A token in the URL of a logged request.' },
      locations: [{ physicalLocation: physical('logs/access.log', 4, 20) }],
      partialFingerprints: {
        primaryLocationLineHash: `${sha('log-url-token\0A token in the URL of a logged request.\0').slice(0, 16)}:1`,
        'urlleak/v1': findingFingerprint(plainFinding),
      },
    });
    expect(buildResult({ ...plainFinding, flow: [], related: [], properties: {} }, 3)).toStrictEqual(result);
  });

  it('puts the secret as it may travel (redacted, fingerprint, length) beside the engine’s facts', () => {
    const result = buildResult({ ...plainFinding, secret: SECRET, properties: { lifetimeSeconds: 60 } }, 0);
    expect(result.properties).toStrictEqual({
      lifetimeSeconds: 60,
      secret: { redacted: 'q9Vr…[32 chars]', fingerprint: SECRET.fingerprint, length: 32 },
    });
    expect(buildResult({ ...plainFinding, secret: SECRET }, 0).properties).toStrictEqual({
      secret: { redacted: SECRET.redacted, fingerprint: SECRET.fingerprint, length: 32 },
    });
    expect(buildResult({ ...plainFinding, properties: { exp: 1 } }, 0).properties).toStrictEqual({ exp: 1 });
  });

  it('numbers related locations from 0 and keeps their messages', () => {
    const related = [
      { location: at('logs/access.log', 1, 5), message: 'first use' },
      { location: at('logs/other.log', 2, 6), message: 'second use' },
    ];
    expect(buildResult({ ...plainFinding, related }, 0).relatedLocations).toStrictEqual([
      { id: 0, physicalLocation: physical('logs/access.log', 1, 5), message: { text: 'first use' } },
      { id: 1, physicalLocation: physical('logs/other.log', 2, 6), message: { text: 'second use' } },
    ]);
  });

  it('keeps a flow that ends at the sink as it is', () => {
    const flow = [
      { location: at('src/auth.ts', 3, 10), message: 'returns the token' },
      { location: at('src/a.ts', 4, 20), message: 'into the URL' },
    ];
    const result = buildResult({ ...plainFinding, location: at('src/a.ts', 4, 20), flow }, 0);
    expect(result.codeFlows).toStrictEqual([
      {
        threadFlows: [
          {
            locations: [
              { location: { physicalLocation: physical('src/auth.ts', 3, 10), message: { text: 'returns the token' } } },
              { location: { physicalLocation: physical('src/a.ts', 4, 20), message: { text: 'into the URL' } } },
            ],
          },
        ],
      },
    ]);
  });

  it('closes a flow that stops short of the sink (other file, line or column) with the finding’s own location', () => {
    for (const last of [at('src/b.ts', 4, 20), at('src/a.ts', 5, 20), at('src/a.ts', 4, 21)]) {
      const flow = [{ location: last, message: 'assigned' }];
      const steps = buildResult({ ...plainFinding, location: at('src/a.ts', 4, 20), flow }, 0).codeFlows?.[0]?.threadFlows[0]?.locations;
      expect(steps?.map((step) => step.location?.message?.text)).toEqual(['assigned', plainFinding.message]);
      expect(steps?.[1]?.location?.physicalLocation).toStrictEqual(physical('src/a.ts', 4, 20));
    }
  });
});

describe('SARIF fingerprints', () => {
  it('hashes rule, message and secret fingerprint for the line hash, never the line', () => {
    const withSecret = { ...plainFinding, secret: SECRET };
    expect(lineHashBase(withSecret)).toBe(sha(`log-url-token\0${plainFinding.message}\0${SECRET.fingerprint}`).slice(0, 16));
    expect(lineHashBase({ ...withSecret, location: at('other.log', 99, 1) })).toBe(lineHashBase(withSecret));
  });

  it('gives the occurrence’s urlleak fingerprint when the CLI fixed it, the plain one otherwise', () => {
    const plain = findingFingerprint(plainFinding);
    expect(partialFingerprintsOf(plainFinding)['urlleak/v1']).toBe(plain);
    expect(partialFingerprintsOf({ ...plainFinding, occurrence: 1 })['urlleak/v1']).toBe(plain);
    expect(partialFingerprintsOf({ ...plainFinding, occurrence: 3 })['urlleak/v1']).toBe(occurrenceFingerprint(plain, 3));
    expect(partialFingerprintsOf({ ...plainFinding, occurrence: 3 }).primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
  });

  const result = (uri: string | undefined, hash: string | undefined, urlleak: string | undefined): Result => ({
    message: { text: 'm' },
    ...(uri === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri } } }] }),
    ...(hash === undefined && urlleak === undefined
      ? {}
      : {
          partialFingerprints: {
            ...(hash === undefined ? {} : { primaryLocationLineHash: hash }),
            ...(urlleak === undefined ? {} : { 'urlleak/v1': urlleak }),
          },
        }),
  });
  const prints = (results: readonly Result[]) => results.map((numbered) => numbered.partialFingerprints);

  it('numbers equal line hashes per file in result order, whatever number they came with', () => {
    const numbered = numberOccurrences([
      result('a.log', 'h:1', undefined),
      result('b.log', 'h:1', undefined),
      result('a.log', 'h:7', undefined),
      result('a.log', 'k:1', undefined),
      result(undefined, 'h:1', undefined),
      result(undefined, 'h:2', undefined),
      result('a.log', undefined, undefined),
    ]);
    expect(prints(numbered)).toStrictEqual([
      { primaryLocationLineHash: 'h:1' },
      { primaryLocationLineHash: 'h:1' },
      { primaryLocationLineHash: 'h:2' },
      { primaryLocationLineHash: 'k:1' },
      { primaryLocationLineHash: 'h:1' },
      { primaryLocationLineHash: 'h:2' },
      undefined,
    ]);
    expect(
      numberOccurrences([result('a.log', 'h12', undefined), result('a.log', 'h12', undefined)]).map(
        (one) => one.partialFingerprints?.primaryLocationLineHash,
      ),
    ).toEqual(['h12:1', 'h12:2']);
  });

  it('drops only a trailing occurrence number, of any length, and reads a result with a partial location as one without a file', () => {
    const hashes = (results: readonly Result[]) =>
      numberOccurrences(results).map((one) => one.partialFingerprints?.primaryLocationLineHash);
    expect(hashes([result('a.log', 'h:12', undefined), result('a.log', 'h:3', undefined)])).toEqual(['h:1', 'h:2']);
    expect(hashes([result('a.log', 'x:5y:1', undefined), result('a.log', 'xy:1', undefined)])).toEqual(['x:5y:1', 'xy:1']);
    const partial: Result[] = [
      { message: { text: 'm' }, locations: [], partialFingerprints: { primaryLocationLineHash: 'h:1' } },
      { message: { text: 'm' }, locations: [{}], partialFingerprints: { primaryLocationLineHash: 'h:1' } },
      { message: { text: 'm' }, locations: [{ physicalLocation: {} }], partialFingerprints: { primaryLocationLineHash: 'h:1' } },
    ];
    expect(hashes(partial)).toEqual(['h:1', 'h:2', 'h:3']);
  });

  it('numbers equal urlleak fingerprints: the first stays plain, the n-th is its n-th occurrence fingerprint', () => {
    const numbered = numberOccurrences([
      result('a.log', 'h:1', 'p'),
      result('a.log', 'h:1', 'q'),
      result('a.log', 'h:1', 'p'),
      result('a.log', 'h:1', 'p'),
    ]);
    expect(numbered.map((one) => one.partialFingerprints?.['urlleak/v1'])).toEqual([
      'p',
      'q',
      occurrenceFingerprint('p', 2),
      occurrenceFingerprint('p', 3),
    ]);
    expect(numbered.map((one) => one.partialFingerprints?.primaryLocationLineHash)).toEqual(['h:1', 'h:2', 'h:3', 'h:4']);
  });

  it('turns numbered urlleak fingerprints back into plain ones, following each sequence until a gap', () => {
    const two = occurrenceFingerprint('p', 2);
    const three = occurrenceFingerprint('p', 3);
    const restored = withPlainFingerprints([
      result('a.log', 'h:1', 'p'),
      result('a.log', 'h:2', two),
      result('a.log', 'h:3', three),
      result('a.log', 'h:4', undefined),
      result('a.log', undefined, undefined),
    ]);
    expect(prints(restored)).toStrictEqual([
      { primaryLocationLineHash: 'h:1', 'urlleak/v1': 'p' },
      { primaryLocationLineHash: 'h:2', 'urlleak/v1': 'p' },
      { primaryLocationLineHash: 'h:3', 'urlleak/v1': 'p' },
      { primaryLocationLineHash: 'h:4' },
      undefined,
    ]);
    // A third occurrence without a second is not part of the sequence, and a second without its plain value is unknown.
    expect(prints(withPlainFingerprints([result('a.log', 'h:1', 'p'), result('a.log', 'h:2', three)]))).toStrictEqual([
      { primaryLocationLineHash: 'h:1', 'urlleak/v1': 'p' },
      { primaryLocationLineHash: 'h:2', 'urlleak/v1': three },
    ]);
    expect(prints(withPlainFingerprints([result('a.log', 'h:2', two)]))).toStrictEqual([
      { primaryLocationLineHash: 'h:2', 'urlleak/v1': two },
    ]);
  });

  it('after a merge, restoring then numbering again gives each occurrence its own fingerprint once more', () => {
    const two = occurrenceFingerprint('p', 2);
    // Two shards each numbered from 1: the plain value twice, then a second occurrence.
    const merged = numberOccurrences(
      withPlainFingerprints([result('a.log', 'h:1', 'p'), result('a.log', 'h:1', 'p'), result('a.log', 'h:2', two)]),
    );
    expect(merged.map((one) => one.partialFingerprints?.['urlleak/v1'])).toEqual(['p', two, occurrenceFingerprint('p', 3)]);
  });
});
