import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBaseline, withoutBaselined, writeBaseline } from '../../src/cli/baseline.js';
import { dropIgnoredFindings, parseIgnoreDirective } from '../../src/cli/ignore-comments.js';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';
import { findingFingerprint } from '../../src/findings/fingerprint.js';
import type { Finding } from '../../src/findings/finding.js';
import { runCli } from '../support/run-cli.js';
import { sampleFindings } from '../support/sample-findings.js';

const made: string[] = [];
function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'urlleak-choices-'));
  made.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('urlleak-ignore-next-line', () => {
  it('parses rule lists, prefixes, reasons and block comments', () => {
    expect(parseIgnoreDirective('  // urlleak-ignore-next-line ws-token-in-url -- dev server only')).toEqual(new Set(['ws-token-in-url']));
    expect(parseIgnoreDirective('// urlleak-ignore-next-line urlleak/log-raw-url, ws-insecure-scheme')).toEqual(
      new Set(['log-raw-url', 'ws-insecure-scheme']),
    );
    expect(parseIgnoreDirective('{/* urlleak-ignore-next-line ws-token-in-url -- demo */}')).toEqual(new Set(['ws-token-in-url']));
    expect(parseIgnoreDirective('// urlleak-ignore-next-line')).toEqual(new Set(['*']));
    expect(parseIgnoreDirective('const socket = new WebSocket(url); // a comment')).toBeUndefined();
  });

  it('drops only code findings of the named rule on the next line', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'client.ts'),
      [
        '// urlleak-ignore-next-line ws-token-in-url -- loopback test server',
        'new WebSocket(a);',
        'new WebSocket(b);',
        '// urlleak-ignore-next-line log-raw-url',
        'new WebSocket(c);',
        '',
      ].join('\n'),
    );
    const finding = (line: number): Finding => ({
      ruleId: 'ws-token-in-url',
      level: 'error',
      message: `line ${line}`,
      location: { path: 'client.ts', line, column: 1 },
    });
    const kept = await dropIgnoredFindings([finding(2), finding(3), finding(5)], cwd);
    expect(kept.map((candidate) => candidate.location.line)).toEqual([3, 5]);
  });

  it('never applies to log findings, whose lines are log data', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'app.log'), '// urlleak-ignore-next-line\nGET /?token=x\n');
    const logFinding: Finding = {
      ruleId: 'log-url-token',
      level: 'error',
      message: 'token',
      location: { path: 'app.log', line: 2, column: 1 },
    };
    expect(await dropIgnoredFindings([logFinding], cwd)).toEqual([logFinding]);
  });
});

describe('baselines', () => {
  it('hide exactly the recorded findings, even after lines shift', async () => {
    const path = join(tempDir(), 'baseline.json');
    const recorded = sampleFindings().slice(0, 3);
    await writeBaseline(path, recorded);
    const baseline = await readBaseline(path);
    expect([...baseline].sort()).toEqual(recorded.map(findingFingerprint).sort());
    const later = sampleFindings(12);
    expect(withoutBaselined(later, baseline)).toEqual(later.slice(3));
  });

  it('are written and read by the CLI, and a broken baseline is exit code 2', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'app.ts'), 'export const x = 1;\n');
    const written = await runCli(['code', '.', '--write-baseline', 'urlleak-baseline.json'], cwd);
    expect(written.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'urlleak-baseline.json'), 'utf8'))).toEqual({ version: 1, fingerprints: [] });
    expect((await runCli(['code', '.', '--baseline', 'urlleak-baseline.json'], cwd)).exitCode).toBe(0);
    writeFileSync(join(cwd, 'bad.json'), '{"nope": true}');
    const bad = await runCli(['code', '.', '--baseline', 'bad.json'], cwd);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/baseline bad\.json|bad\.json has no "fingerprints"/);
  });
});

describe('config', () => {
  it('reads urlleak.config.json first, else the urlleak key of package.json', async () => {
    const cwd = tempDir();
    expect((await loadConfig(cwd)).source).toBeUndefined();
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'x', urlleak: { allowedHosts: ['cdn.example.com'] } }));
    expect(await loadConfig(cwd)).toEqual({
      source: 'package.json',
      config: { allowedHosts: ['cdn.example.com'], sensitiveNames: [], ignorePaths: [] },
      errors: [],
    });
    writeFileSync(join(cwd, 'urlleak.config.json'), JSON.stringify({ sensitiveNames: ['sid'], ignorePaths: ['legacy/'] }));
    expect(await loadConfig(cwd)).toEqual({
      source: 'urlleak.config.json',
      config: { allowedHosts: [], sensitiveNames: ['sid'], ignorePaths: ['legacy/'] },
      errors: [],
    });
  });

  it('rejects unknown settings, wrong types and broken JSON', async () => {
    const cwd = tempDir();
    for (const [text, message] of [
      ['{"ignorePath": ["x"]}', /unknown setting "ignorePath"/],
      ['{"allowedHosts": "cdn.example.com"}', /"allowedHosts" must be a list of strings/],
      ['{"allowedHosts": [', /not valid JSON/],
      ['{"sensitiveNames": ["token2", " - "]}', /"sensitiveNames" entry " - " names nothing/],
    ] as const) {
      writeFileSync(join(cwd, 'urlleak.config.json'), text);
      await expect(loadConfig(cwd)).rejects.toThrow(ConfigError);
      await expect(loadConfig(cwd)).rejects.toThrow(message);
      const outcome = await runCli(['code', '.'], cwd);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stderr).toMatch(message);
    }
  });

  it('scans a project whose package.json is not JSON (a merge conflict) without its settings, and reports it: exit 2', async () => {
    const cwd = tempDir();
    const conflicted = ['{', '<<<<<<< HEAD', '  "version": "1.0.1"', '=======', '  "version": "1.1.0"', '>>>>>>> feature', '}', ''];
    writeFileSync(join(cwd, 'package.json'), conflicted.join('\n'));
    writeFileSync(join(cwd, 'client.ts'), 'new WebSocket(`wss://api.example.com/ws?token=${localStorage.token}`);\n');
    expect((await loadConfig(cwd)).errors).toEqual([
      { path: join(cwd, 'package.json'), message: expect.stringMatching(/^not valid JSON/) },
    ]);
    const outcome = await runCli(['code', '.', '-f', 'json'], cwd);
    expect(outcome.exitCode).toBe(2);
    const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string }[]; errors: { path: string; message: string }[] };
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['ws-token-in-url']);
    expect(report.errors).toEqual([
      { path: 'package.json', message: expect.stringMatching(/not valid JSON .*without any "urlleak" settings/) },
    ]);
  });

  it('ignorePaths keeps files from being scanned at all', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'kept.ts'), 'export const a = 1;\n');
    writeFileSync(join(cwd, 'skipped.ts'), 'export const b = 1;\n');
    const scanned = async () =>
      (JSON.parse((await runCli(['code', '.', '-f', 'json'], cwd)).stdout) as { summary: { filesScanned: number } }).summary.filesScanned;
    expect(await scanned()).toBe(2);
    writeFileSync(join(cwd, 'urlleak.config.json'), JSON.stringify({ ignorePaths: ['skipped.ts'] }));
    expect(await scanned()).toBe(1);
  });

  it('sensitiveNames and allowedHosts reach the code engine', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'client.ts'),
      "declare const deviceCode: string;\nexport const a = new WebSocket(`wss://rt.example.com/ws?d=${deviceCode}`);\nexport const b = new WebSocket('ws://devbox.internal:8080/feed');\n",
    );
    const rules = async () =>
      (JSON.parse((await runCli(['code', '.', '-f', 'json'], cwd)).stdout) as { findings: { ruleId: string }[] }).findings
        .map((finding) => finding.ruleId)
        .sort();
    expect(await rules()).toEqual(['ws-insecure-scheme']);
    writeFileSync(join(cwd, 'urlleak.config.json'), JSON.stringify({ sensitiveNames: ['deviceCode'], allowedHosts: ['devbox.internal'] }));
    expect(await rules()).toEqual(['ws-token-in-url']);
  });
});
