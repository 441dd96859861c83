import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { occurrenceFingerprints } from '../../src/findings/fingerprint.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import type { Report } from '../../src/report/formatter.js';
import { formatJson } from '../../src/report/json.js';
import { URLLEAK_FINGERPRINT } from '../../src/report/sarif/fingerprints.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { mergeSarifLogs } from '../../src/report/sarif/merge.js';
import { runCli } from '../support/run-cli.js';
import { useTempProjects } from '../support/temp-project.js';
import { sampleFindings, sampleResult } from '../support/sample-findings.js';

/**
 * Two identical findings in one file are two identities in every output (GitHub code scanning merges results with
 * equal fingerprints into one alert), and the identity a report shows is the one `--write-baseline` records.
 */
const project = useTempProjects('occurrences');

const READ_TOKEN = "const token = localStorage.getItem('access_token') ?? '';";
/** The same leak, word for word: two of these in one file are identical findings (same rule, file and message). */
const leak = (name: string) => `export const ${name} = new WebSocket(\`wss://chat.example.com/ws?token=\${token}\`);`;
const CLIENT = `${[READ_TOKEN, leak('a'), leak('b')].join('\n')}\n`;

function urlleakFingerprints(log: Log): (string | undefined)[] {
  return log.runs.flatMap((run) => run.results ?? []).map((result: Result) => result.partialFingerprints?.[URLLEAK_FINGERPRINT]);
}

describe('identical findings in one file (the real CLI)', () => {
  it('get two fingerprints in JSON and SARIF, the ones --write-baseline records', async () => {
    const cwd = project({ 'client.ts': CLIENT });
    const json = await runCli(['code', '.', '--format', 'json', '--write-baseline', 'baseline.json'], cwd);
    const findings = (JSON.parse(json.stdout) as { findings: { location: { line: number }; fingerprint: string }[] }).findings;
    expect(findings.map((finding) => finding.location.line)).toEqual([2, 3]);
    const fromJson = findings.map((finding) => finding.fingerprint);
    expect(new Set(fromJson).size).toBe(2);
    const baseline = JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')) as { fingerprints: string[] };
    expect(baseline.fingerprints).toEqual([...fromJson].sort());

    const sarif = await runCli(['code', '.', '--format', 'sarif'], cwd);
    expect(urlleakFingerprints(JSON.parse(sarif.stdout) as Log)).toEqual(fromJson);
  });

  it('keep their fingerprints when lines above them move', async () => {
    const cwd = project({ 'client.ts': CLIENT });
    const fingerprintsOf = async () =>
      urlleakFingerprints(JSON.parse((await runCli(['code', '.', '--format', 'sarif'], cwd)).stdout) as Log);
    const before = await fingerprintsOf();
    writeFileSync(join(cwd, 'client.ts'), `// moved\n// down\n${CLIENT}`);
    expect(await fingerprintsOf()).toEqual(before);
  });
});

describe('identical findings in one file (the formatters)', () => {
  /** The same JWT logged at lines 2 and 40 of one file, passed in reverse order. */
  function withRepeat(): Finding[] {
    const findings = sampleFindings();
    const jwt = findings.find((finding) => finding.ruleId === 'log-jwt');
    if (!jwt) throw new Error('sample has a log-jwt finding');
    return [{ ...jwt, location: { ...jwt.location, line: 40, endLine: 40 } }, ...findings];
  }
  const reportOf = (result: ScanResult): Report => ({ result, areas: ['code', 'logs'], cwd: '/project', color: false });
  const jsonOf = (result: ScanResult) =>
    JSON.parse([...formatJson(reportOf(result))].join('')) as { findings: (Finding & { fingerprint: string })[] };
  const sarifOf = (result: ScanResult) => JSON.parse([...formatSarif(reportOf(result))].join('')) as Log;
  const jwtLines = (log: Log) =>
    log.runs
      .flatMap((run) => run.results ?? [])
      .filter((result) => result.ruleId === 'log-jwt')
      .map((result) => [result.locations?.[0]?.physicalLocation?.region?.startLine, result.partialFingerprints?.[URLLEAK_FINGERPRINT]]);

  it('JSON and SARIF number them in file order, as occurrenceFingerprints does', () => {
    const findings = withRepeat();
    const expected = new Map(findings.map((finding, index) => [finding, occurrenceFingerprints(findings)[index]]));
    const json = jsonOf(sampleResult(findings));
    expect(json.findings.map((finding) => finding.fingerprint)).toEqual(findings.map((finding) => expected.get(finding)));
    const jwts = findings.filter((finding) => finding.ruleId === 'log-jwt');
    const [atLine40, atLine2] = jwts.map((finding) => expected.get(finding));
    expect(atLine2).not.toBe(atLine40);
    expect(jwtLines(sarifOf(sampleResult(findings)))).toEqual([
      [2, atLine2],
      [40, atLine40],
    ]);
  });

  it('a merge numbers them again: shards of one file each count from 1, and a line both report is one result', () => {
    const findings = withRepeat();
    const whole = sarifOf(sampleResult(findings));
    const [repeat, ...rest] = findings;
    if (!repeat) throw new Error('no repeat');
    // Shard 1 saw lines 2 and 40 (its 1st and 2nd); shard 2 saw line 40 again (its 1st): a byte-range boundary.
    const shards = [sampleResult(findings), sampleResult([repeat]), sampleResult(rest)].map(sarifOf);
    expect(jwtLines(shards[1] as Log)).toEqual([[40, jwtLines(whole)[0]?.[1]]]);
    expect(JSON.stringify(mergeSarifLogs(shards))).toBe(JSON.stringify(whole));
  });
});
