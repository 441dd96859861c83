import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/catalog.js';
import { expectGolden } from '../support/golden.js';
import { normalizeSarif } from '../support/normalize-sarif.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const eslintBin = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
/** Exactly the path docs/github-code-scanning.md tells users to pass to `eslint -f`. */
const DOCUMENTED_FORMATTER = './node_modules/urlleak/dist/src/report/eslint-sarif.js';

/**
 * ESLint config of the test project: urlleak's own plugin, imported by its package name as a user would (the
 * project's node_modules/urlleak is this repository, built by `npm test`), its recommended preset beside two core
 * rules, so the formatter meets urlleak rules and plain ESLint rules alike.
 */
const CONFIG = `
import urlleak from 'urlleak/eslint-plugin';
export default [
  { files: ['**/*.js'], ...urlleak.configs.recommended },
  { files: ['**/*.js'], rules: { 'no-unused-vars': 'warn', 'no-debugger': 'error' }, languageOptions: { globals: { readToken: 'readonly' } } },
];
`;

const APP = [
  "const token = readToken('source-marker-5c1e');",
  'new WebSocket(`wss://chat.example.com/ws?token=${token}`);',
  'const unused = 1;',
  '// eslint-disable-next-line no-debugger -- kept for the demo',
  'debugger;',
  '',
].join('\n');

/** The template literal the rule reports (1-based columns, end exclusive). */
const APP_URL = '`wss://chat.example.com/ws?token=${token}`';
const APP_URL_COLUMN = (APP.split('\n')[1]?.indexOf(APP_URL) ?? -1) + 1;

let project: string;

async function eslint(...args: string[]): Promise<Log> {
  const { stdout } = await promisify(execFile)(process.execPath, [eslintBin, ...args], { cwd: project }).catch(
    (error: { stdout?: string; code?: number }) => {
      // Exit code 1 means "lint errors found": the output is still the report.
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw error;
    },
  );
  return JSON.parse(stdout) as Log;
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'urlleak-eslint-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(repoRoot, join(project, 'node_modules', 'urlleak'), 'dir');
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'eslint.config.mjs'), CONFIG);
  writeFileSync(join(project, 'src', 'app.js'), APP);
  writeFileSync(join(project, 'src', 'broken.js'), 'const = ;\n');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the ESLint SARIF formatter, run by the real eslint binary', () => {
  let log: Log;
  beforeAll(async () => {
    log = await eslint('-f', DOCUMENTED_FORMATTER, 'src');
  });

  it('writes valid SARIF in one run with its own category', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]?.automationDetails?.id).toBe('urlleak/eslint/');
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: 'ESLint', version: expect.stringMatching(/^10\./) });
  });

  it('matches the golden file (working directory, versions and doc wording normalized)', () => {
    const normalized = normalizeSarif(log, pathToFileURL(`${project}/`).href);
    const eslintDriver = normalized.runs[0]?.tool.driver;
    if (eslintDriver) Object.assign(eslintDriver, { version: '<eslint-version>', semanticVersion: '<eslint-version>' });
    expectGolden(`${JSON.stringify(normalized, null, 2)}\n`, new URL('../golden/eslint-formatter.sarif', import.meta.url));
  });

  it('gives urlleak rules the full catalog metadata and other rules their plain ESLint metadata', () => {
    const driverRules = log.runs[0]?.tool.driver.rules ?? [];
    const urlleakRule = driverRules.find((rule) => rule.id === 'urlleak/ws-token-in-url');
    expect(urlleakRule).toMatchObject({
      shortDescription: { text: ruleCatalog[0]?.description },
      help: { text: expect.any(String) },
      properties: { 'security-severity': '7.5', precision: 'high', tags: expect.arrayContaining(['security', 'external/cwe/cwe-598']) },
    });
    const codeRules = ruleCatalog.filter((rule) => rule.area === 'code').map((rule) => `urlleak/${rule.id}`);
    expect(driverRules.filter((rule) => rule.id.startsWith('urlleak/')).map((rule) => rule.id)).toEqual(codeRules);
    expect(driverRules.find((rule) => rule.id === 'no-unused-vars')).toMatchObject({
      shortDescription: { text: expect.any(String) },
      helpUri: expect.stringMatching(/^https:\/\/eslint\.org\//),
    });
  });

  it('lists no log-only rule: an ESLint run cannot report one', () => {
    const logRules = ruleCatalog.filter((rule) => rule.area === 'logs').map((rule) => `urlleak/${rule.id}`);
    expect(logRules.length).toBeGreaterThan(0);
    const driverRuleIds = (log.runs[0]?.tool.driver.rules ?? []).map((rule) => rule.id);
    expect(driverRuleIds.filter((id) => logRules.includes(id))).toEqual([]);
  });

  it('points results at their rules with relative URIs and fingerprints, and embeds no file contents', () => {
    const results = log.runs[0]?.results ?? [];
    expect(results.map((result) => result.ruleId)).toEqual(['urlleak/ws-token-in-url', 'no-unused-vars']);
    for (const result of results) {
      expect(log.runs[0]?.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'src/app.js', uriBaseId: '%SRCROOT%' });
      expect(result.partialFingerprints).toMatchObject({
        primaryLocationLineHash: expect.stringMatching(/:1$/),
        'urlleak/v1': expect.any(String),
      });
    }
    const text = JSON.stringify(log);
    expect(text.includes('source-marker-5c1e')).toBe(false);
    expect(text.includes('const = ;')).toBe(false);
    expect(text.includes(`file://${project}/src`)).toBe(false);
  });

  it("reports urlleak's own rule findings: the engine's message, at the URL that carries the token", () => {
    const [result] = log.runs[0]?.results ?? [];
    expect(result).toMatchObject({
      ruleId: 'urlleak/ws-token-in-url',
      level: 'error',
      message: { text: expect.stringContaining('Query parameter "token"') },
      locations: [
        { physicalLocation: { region: { startLine: 2, startColumn: APP_URL_COLUMN, endColumn: APP_URL_COLUMN + APP_URL.length } } },
      ],
    });
  });

  it("gives the same SARIF through ESLint's Node API (ESLint#loadFormatter)", async () => {
    const { ESLint } = await import('eslint');
    const api = new ESLint({ cwd: project });
    const formatter = await api.loadFormatter(join(project, DOCUMENTED_FORMATTER));
    const viaApi = JSON.parse(await formatter.format(await api.lintFiles(['src']))) as Log;
    expect(viaApi).toEqual(log);
  });

  it('leaves out messages silenced by eslint-disable comments, and reports parse errors as notifications', () => {
    expect(log.runs[0]?.results?.some((result) => result.ruleId === 'no-debugger')).toBe(false);
    expect(log.runs[0]?.invocations?.[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'src/broken.js' } } }] }],
    });
  });

  it('reports the silenced messages too when ESLint runs with --no-inline-config', async () => {
    const withoutDirectives = await eslint('--no-inline-config', '-f', DOCUMENTED_FORMATTER, 'src');
    expect(withoutDirectives.runs[0]?.results?.map((result) => result.ruleId)).toContain('no-debugger');
  });
});
