import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/findings/scan-result.js';
import { jwtFacts, decodeJwt } from '../../src/secrets/jwt.js';
import { protectSecret } from '../../src/secrets/protect.js';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An obviously fake JWT (the signature says so), built here rather than pasted. */
export const FAKE_JWT = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: 'sample-user', iat: 1_791_792_900, exp: 1_794_384_900, jti: 'ticket-1' })}.fake-signature-for-tests`;
/** Shaped like a GitHub token, made of one repeated letter. */
export const FAKE_GITHUB_TOKEN = `ghp_${'x'.repeat(36)}`;
export const FAKE_QUERY_SECRET = 'sample-session-secret-0123456789';

/** Every raw secret the sample findings were built from: none may appear in any output. */
export const RAW_SECRETS = [FAKE_JWT, FAKE_GITHUB_TOKEN, FAKE_QUERY_SECRET];

const jwt = protectSecret(FAKE_JWT);
const githubToken = protectSecret(FAKE_GITHUB_TOKEN);
const querySecret = protectSecret(FAKE_QUERY_SECRET);
const facts = jwtFacts(decodeJwt(FAKE_JWT) ?? { header: {}, payload: {} });

/**
 * Findings of the shapes the engines produce: a dataflow into a WebSocket URL, a logged URL, a JWT in a log with
 * its facts, a provider token, and a replay with the first use as a related location.
 */
export function sampleFindings(lineShift = 0): Finding[] {
  const at = (path: string, line: number, column: number, length = 10) => ({
    path,
    line: line + lineShift,
    column,
    endLine: line + lineShift,
    endColumn: column + length,
  });
  return [
    {
      ruleId: 'ws-token-in-url',
      level: 'error',
      message: 'The auth token from getAccessToken() reaches the URL of new WebSocket(); send it in the first message instead.',
      location: at('src/chat client.ts', 14, 17, 42),
      flow: [
        { location: at('src/auth.ts', 3, 10, 16), message: 'getAccessToken() returns the session token' },
        { location: at('src/chat client.ts', 12, 9, 5), message: 'assigned to token' },
        { location: at('src/chat client.ts', 14, 17, 42), message: 'put into the query of the WebSocket URL' },
      ],
    },
    {
      ruleId: 'log-raw-url',
      level: 'warning',
      message: 'req.url (with its query string) is written to console.log.',
      location: at('src/server.ts', 22, 3, 24),
    },
    {
      ruleId: 'log-jwt',
      level: 'error',
      message: `JWT ${jwt.redacted} (alg HS256, lifetime 30 days, live when logged) in the query parameter token.`,
      location: at('logs/access.log', 2, 53, FAKE_JWT.length),
      secret: jwt,
      properties: {
        jwt: { alg: facts.alg ?? null, lifetimeSeconds: facts.lifetimeSeconds ?? null, hasJti: facts.hasJti },
        parameter: 'token',
      },
    },
    {
      ruleId: 'log-url-token',
      level: 'error',
      message: `Credential ${querySecret.redacted} in the query parameter session.`,
      location: at('logs/access.log', 5, 40, FAKE_QUERY_SECRET.length),
      secret: querySecret,
    },
    {
      ruleId: 'log-provider-token',
      level: 'error',
      message: `GitHub personal access token ${githubToken.redacted} in a logged URL.`,
      location: at('logs/app.log', 7, 88, FAKE_GITHUB_TOKEN.length),
      secret: githubToken,
      properties: { provider: 'github' },
    },
    {
      ruleId: 'log-token-replay',
      level: 'error',
      message: `Single-use ticket ${jwt.redacted} (jti ticket-1) used again.`,
      location: at('logs/access.log', 9, 53, FAKE_JWT.length),
      secret: jwt,
      related: [{ location: at('logs/access.log', 2, 53, FAKE_JWT.length), message: 'first use' }],
    },
  ];
}

export function sampleResult(findings: Finding[] = sampleFindings()): ScanResult {
  return {
    findings,
    errors: [{ path: 'logs/broken.log.gz', message: 'Broken gzip data: unexpected end of file' }],
    notices: [{ path: 'src/legacy.js', message: 'Syntax error at 3:7; the rest of the file was analyzed.' }],
    filesScanned: 6,
  };
}
