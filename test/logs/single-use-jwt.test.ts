import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJwt } from '../support/make-jwt.js';
import { runCli } from '../support/run-cli.js';

/**
 * Which JWTs are single-use (a second use is `log-token-replay`): one carrying `jti` that is either a short-lived
 * ticket, whatever its parameter is called, or sent in a ticket-named parameter. A long-lived JWT in `token` is a
 * reusable credential: seeing it twice is no replay.
 */
const LOGGED_AT = Date.UTC(2026, 9, 12, 8, 15, 2) / 1000;
const SHORT_LIVED = makeJwt({ sub: 'short-lived-user', iat: LOGGED_AT - 10, exp: LOGGED_AT + 60, jti: 'short-1' });
const LONG_LIVED = makeJwt({ sub: 'long-lived-user', iat: LOGGED_AT - 10, exp: LOGGED_AT + 30 * 86_400, jti: 'long-1' });
const twice = (query: string) =>
  [2, 3].map((second) => `203.0.113.7 - - [12/Oct/2026:08:15:0${second} +0000] "GET /ws?${query} HTTP/1.1" 101 0 "-" "curl/8"\n`).join('');

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-single-use-'));
  writeFileSync(join(cwd, 'short-lived-in-token.log'), twice(`token=${SHORT_LIVED}`));
  writeFileSync(join(cwd, 'long-lived-in-token.log'), twice(`token=${LONG_LIVED}`));
  writeFileSync(join(cwd, 'long-lived-in-ticket.log'), twice(`ticket=${LONG_LIVED}`));
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

async function rulesOn(file: string): Promise<{ exitCode: number; rules: string[] }> {
  const outcome = await runCli(['logs', file, '--format', 'json'], cwd);
  const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string; location: { line: number } }[] };
  return { exitCode: outcome.exitCode, rules: report.findings.map((finding) => `${finding.location.line}:${finding.ruleId}`) };
}

describe('single-use JWTs', () => {
  it('a short-lived JWT with jti outside a ticket-named parameter is single-use: its second use is a replay', async () => {
    expect(await rulesOn('short-lived-in-token.log')).toEqual({ exitCode: 1, rules: ['1:log-jwt', '2:log-token-replay'] });
  });

  it('a long-lived JWT with jti in a ticket-named parameter is single-use too', async () => {
    expect((await rulesOn('long-lived-in-ticket.log')).rules).toContain('2:log-token-replay');
  });

  it('a long-lived JWT in an ordinary parameter is reusable: no replay', async () => {
    expect((await rulesOn('long-lived-in-token.log')).rules).toEqual(['1:log-jwt']);
  });
});
