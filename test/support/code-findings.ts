import { expect } from 'vitest';
import { runCli } from './run-cli.js';

/** `urlleak code src -f json` run in `directory`, which it scans without an error: each finding as `<rule> <path>:<line>`, sorted. */
export async function codeFindingsIn(directory: string): Promise<string[]> {
  const run = await runCli(['code', 'src', '-f', 'json'], directory);
  const report = JSON.parse(run.stdout) as { errors: unknown[]; findings: { ruleId: string; location: { path: string; line: number } }[] };
  expect(report.errors).toEqual([]);
  return report.findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}`).sort();
}
