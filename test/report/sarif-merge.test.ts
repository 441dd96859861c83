import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import { formatSarif } from '../../src/report/sarif/format-sarif.js';
import { mergeSarifLogs } from '../../src/report/sarif/merge.js';
import { sampleFindings, sampleResult } from '../support/sample-findings.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

function sarifOf(result: ScanResult): Log {
  return JSON.parse([...formatSarif({ result, areas: ['code', 'logs'], cwd: '/project', color: false })].join('')) as Log;
}

function part(findings: Finding[], withProblems: boolean): ScanResult {
  const full = sampleResult(findings);
  return withProblems ? full : { ...full, errors: [], notices: [] };
}

/** The same JWT logged twice in one file, so that line-hash numbering has something to get wrong. */
function findingsWithRepeat(): Finding[] {
  const findings = sampleFindings();
  const jwt = findings.find((finding) => finding.ruleId === 'log-jwt');
  if (!jwt) throw new Error('sample has a log-jwt finding');
  return [...findings, { ...jwt, location: { ...jwt.location, line: 40, endLine: 40 } }];
}

describe('mergeSarifLogs', () => {
  it('merges shards into exactly what one run over everything writes', () => {
    const all = findingsWithRepeat();
    const whole = sarifOf(part(all, true));
    const shards = [
      part(
        all.filter((_finding, index) => index % 3 === 0),
        true,
      ),
      part(
        all.filter((_finding, index) => index % 3 === 1),
        false,
      ),
      part(
        all.filter((_finding, index) => index % 3 === 2),
        true,
      ),
    ].map(sarifOf);
    const merged = mergeSarifLogs(shards);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
    expect(sarifSchemaErrors(merged)).toEqual([]);
  });

  it('keeps a finding two shards both saw once', () => {
    const all = sampleFindings();
    const merged = mergeSarifLogs([sarifOf(part(all, false)), sarifOf(part(all.slice(2), false)), sarifOf(part(all.slice(0, 3), false))]);
    expect(merged).toEqual(sarifOf(part(all, false)));
  });

  it('renumbers line hashes: a token each shard saw once is two occurrences in the merged run', () => {
    const jwtFindings = findingsWithRepeat().filter((finding) => finding.ruleId === 'log-jwt');
    const shards = jwtFindings.map((finding) => sarifOf(part([finding], false)));
    const hashesIn = (log: Log) =>
      log.runs.flatMap((run) => run.results ?? []).map((result) => result.partialFingerprints?.['primaryLocationLineHash']);
    expect(shards.flatMap(hashesIn).map((hash) => hash?.split(':')[1])).toEqual(['1', '1']);
    expect(hashesIn(mergeSarifLogs(shards)).map((hash) => hash?.split(':')[1])).toEqual(['1', '2']);
  });

  it('keeps categories apart and points ruleIndex into the united rules', () => {
    const codeOnly = sarifOf(part(sampleFindings().slice(0, 2), false));
    const foreign: Log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'urlleak', rules: [{ id: 'log-raw-url' }, { id: 'extra-rule' }] } },
          automationDetails: { id: 'urlleak/code/' },
          results: [
            {
              ruleId: 'extra-rule',
              ruleIndex: 1,
              message: { text: 'from another version' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'a.ts' }, region: { startLine: 1 } } }],
            },
          ],
        },
      ],
    };
    const merged = mergeSarifLogs([codeOnly, foreign]);
    expect(merged.runs.map((run) => run.automationDetails?.id)).toEqual(['urlleak/code/', 'urlleak/logs/']);
    const [codeRun] = merged.runs;
    for (const result of codeRun?.results ?? []) expect(codeRun?.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    expect(codeRun?.tool.driver.rules?.at(-1)?.id).toBe('extra-rule');
    expect(sarifSchemaErrors(merged)).toEqual([]);
  });
});
