import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { runCli } from '../support/run-cli.js';
import { makeJwt } from '../support/make-jwt.js';

/** Re-leaks outside findings (issue #11): names, flag values, config keys and JSON errors never carry a secret. */
const JWT = makeJwt({ sub: 'named-after', iat: 1_790_000_000, exp: 1_890_000_000 });
const GITHUB = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
const STRIPE_PART = 'sk_live_abcdef1234567890abcdef12';
const LOG = `203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /ws?token=${makeJwt({ sub: 'u', iat: 1_790_000_000, exp: 1_890_000_000 })} HTTP/1.1" 101 0\n`;

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'urlleak-re-leak-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('a file named after a secret', () => {
  it.each(['stylish', 'json', 'sarif'])('is shown as REDACTED-<fingerprint> in %s, with the rest of its name', async (format) => {
    mkdirSync(join(directory, 'logs'));
    writeFileSync(join(directory, 'logs', `session-${JWT}.log`), LOG);
    const run = await runCli(['logs', 'logs', '-f', format], directory);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain(JWT);
    expect(run.stdout).toContain(`logs/session-REDACTED-${fingerprintOf(JWT)}.log`);
  });

  it('is copied under the same redacted name by --redact-to', async () => {
    mkdirSync(join(directory, 'logs', GITHUB), { recursive: true });
    writeFileSync(join(directory, 'logs', GITHUB, 'access.log'), LOG);
    const run = await runCli(['logs', 'logs', '--redact-to', 'copies', '-f', 'json'], directory);
    expect(run.exitCode).toBe(1);
    const copies = readdirSync(join(directory, 'copies'), { recursive: true }) as string[];
    expect(copies).toContain(`logs/REDACTED-${fingerprintOf(GITHUB)}/access.log`);
    expect(copies.join('\n')).not.toContain(GITHUB);
    expect(JSON.parse(run.stdout).findings[0].location.path).toBe(`logs/REDACTED-${fingerprintOf(GITHUB)}/access.log`);
  });
});

describe('error messages', () => {
  it.each([
    ['--format', ['logs', '-', '--format', GITHUB]],
    ['--shard', ['logs', 'x.log', '--shard', GITHUB]],
    ['--fail-level', ['logs', '-', '--fail-level', JWT]],
  ])('echo a bad value of %s redacted', async (_flag, args) => {
    const run = await runCli(args, directory);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('Invalid value');
    expect(run.stderr).not.toContain(GITHUB);
    expect(run.stderr).not.toContain(JWT);
  });

  it('name a file called after a short JWT glued to a word redacted (a refused output)', async () => {
    const short = makeJwt({ sub: 'x' }).replace(/\.[^.]*$/, '.sig');
    writeFileSync(join(directory, `session-${short}.log`), LOG);
    const run = await runCli(['logs', `session-${short}.log`, '-o', `session-${short}.log`], directory);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('would overwrite the input');
    for (const part of short.split('.')) expect(run.stderr).not.toContain(part);
  });

  it('name an unknown config key redacted', async () => {
    writeFileSync(join(directory, 'urlleak.config.json'), JSON.stringify({ [GITHUB]: [] }));
    const run = await runCli(['logs', '-'], directory);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('unknown setting "ghp_…[40 chars]"');
  });

  it.each([
    ['a config file', 'urlleak.config.json', ['logs', '-']],
    ['a baseline', 'baseline.json', ['logs', '-', '--baseline', 'baseline.json']],
    ['a SARIF log to merge', 'shard.sarif', ['merge', 'shard.sarif']],
  ])('about invalid JSON in %s quote none of its text', async (_what, file, args) => {
    writeFileSync(join(directory, file), `{"ignorePaths": [${STRIPE_PART}]}`);
    const run = await runCli(args, directory);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('not valid JSON');
    expect(run.stderr).not.toContain(STRIPE_PART.slice(0, 8));
  });
});
