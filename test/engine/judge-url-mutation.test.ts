import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { analyzeVirtualFile } from '../support/virtual-program.js';
import type { Finding } from '../../src/findings/finding.js';

// judge-url.ts through the engine's public entry (issue #20, mutation testing): which parameter of a URL carries a
// secret, and where the flow says it comes from. Each finding is reduced to rule, line, column, parameter and the
// first step of its flow (the origin the judge chose; a declared variable's origin is its declaration), so a changed decision or origin fails by name.

const FAKE_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmaXh0dXJlLXVzZXIiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMzYwMH0.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3Rz';
const SLACK_BOT_TOKEN = 'xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
/** Mixed case and digits, no word: classified high-entropy. */
const RANDOM_20 = 'Zx8Qp2Lm9Rt4Vb7Nc1Kd';

function analyze(code: string): Finding[] {
  return analyzeSourceFile(ts.createSourceFile('/virtual/client.ts', code, ts.ScriptTarget.Latest, true));
}

/** A program over one virtual file, so that the checker knows the declared types. */
function analyzeTyped(code: string): Finding[] {
  const root = resolve(import.meta.dirname, '../..');
  const fileName = join(root, 'fixtures/code/typed-judge-virtual.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  };
  return analyzeVirtualFile(fileName, code, options);
}

/** rule, line:column, parameter (or '-' when none) and the origin step as line:column message. */
function summary(findings: readonly Finding[]): string[] {
  return findings.map((finding) => {
    const origin = finding.flow?.[0];
    const parameter = finding.properties?.['parameter'];
    return [
      finding.ruleId,
      `${finding.location.line}:${finding.location.column}`,
      typeof parameter === 'string' ? parameter : '-',
      origin ? `${origin.location.line}:${origin.location.column} ${origin.message}` : 'no flow',
    ].join(' | ');
  });
}

describe('judgeUrl: the path', () => {
  it('reports a credential in the path without a parameter, but not a session-named id there', () => {
    const code = [
      'declare const sessionId: string;',
      'fetch(`/sessions/${sessionId}`);',
      "const token = localStorage.getItem('access_token');",
      'fetch(`/users/${token}/inbox`);',
      '',
    ].join('\n');
    expect(summary(analyze(code))).toEqual(['token-in-request-url | 4:7 | - | 3:15 credential read from web storage (access_token)']);
    expect(analyze(code)[0]?.message).toMatch(
      /^A credential \(localStorage\.getItem\('access_token'\)\) reaches the request URL of fetch\(\)/,
    );
  });

  it('reports a JWT or a secret provider token written into the path, not a publishable key', () => {
    const code = [
      `fetch('/hooks/${FAKE_JWT}');`,
      `fetch('/hooks/${SLACK_BOT_TOKEN}');`,
      `fetch('/charges/sk_live_${'0a1b'.repeat(6)}');`,
      `fetch('/checkout/pk_live_${'0a1b'.repeat(6)}');`,
      '',
    ].join('\n');
    const findings = analyze(code);
    expect(summary(findings)).toEqual([
      'token-in-request-url | 1:7 | - | 1:7 a credential written into the URL path',
      'token-in-request-url | 2:7 | - | 2:7 a credential written into the URL path',
      'token-in-request-url | 3:7 | - | 3:7 a credential written into the URL path',
    ]);
    expect(findings.map((finding) => finding.secret?.length)).toEqual([FAKE_JWT.length, SLACK_BOT_TOKEN.length, 32]);
  });

  it('reads only the path before ? or # for written-in credentials: a JWT under a plain query name is no finding', () => {
    expect(analyze(`fetch('/callback?state=${FAKE_JWT}');\nfetch('/callback#state=${SLACK_BOT_TOKEN}');\n`)).toEqual([]);
  });
});

describe('judgeUrl: query parameters', () => {
  it('reports a secret under any name, and without a parameter under a dynamic name', () => {
    const code = [
      'declare const k: string;',
      'declare const token: string;',
      'declare const label: string;',
      'fetch(`/a?q=${token}`);',
      'fetch(`/a?${k}=${token}`);',
      'fetch(`/a?${token}`);',
      'fetch(`/a?${k}=${label}&${label}`);',
      '',
    ].join('\n');
    expect(summary(analyze(code))).toEqual([
      'token-in-request-url | 4:7 | q | 2:15 `token` holds a credential (by its name)',
      'token-in-request-url | 5:7 | - | 2:15 `token` holds a credential (by its name)',
      'token-in-request-url | 6:7 | - | 2:15 `token` holds a credential (by its name)',
    ]);
  });

  it('reports an unknown value under a credential name, at the value, and leaves other names alone', () => {
    const code = ['declare const value: string;', 'fetch(`/a?room=${value}&token=${value}`);', ''].join('\n');
    const findings = analyze(code);
    expect(summary(findings)).toEqual(['token-in-request-url | 2:7 | token | 1:15 `value` is sent as the "token" parameter']);
    expect(findings[0]?.message).toMatch(/^Query parameter "token" \(value\) reaches the request URL of fetch\(\)/);
  });

  it('takes ids, counters and labels under key-like names as no credential, by the last name of the expression', () => {
    const code = [
      'declare const roomId: string, provider: string, ids: string[];',
      'declare const state: { userId: string; user: { ID: string } };',
      'declare function getUserId(): string;',
      'fetch(`/a?key=${roomId}&key=${state.userId}&key=${getUserId()}&key=${state.user.ID}`);',
      'fetch(`/b?key=${provider}`);',
      'fetch(`/c?key=${ids[0]}`);',
      'fetch(`/d?token=${roomId}`);',
      '',
    ].join('\n');
    expect(summary(analyze(code))).toEqual([
      'token-in-request-url | 5:7 | key | 1:31 `provider` is sent as the "key" parameter',
      'token-in-request-url | 6:7 | key | 6:17 `ids[0]` is sent as the "key" parameter',
      'token-in-request-url | 7:7 | token | 1:15 `roomId` is sent as the "token" parameter',
    ]);
  });

  it('takes arithmetic and other numeric values as no credential under any name', () => {
    const code = 'declare let n: number;\nfetch(`/a?token=${n * 2}&auth=${-n}&jwt=${n++}`);\n';
    expect(analyze(code)).toEqual([]);
  });

  it('reports at the first value that is not clearly harmless', () => {
    const code = 'declare const roomId: string, secretish: string;\nfetch(`/a?key=${roomId}${secretish}`);\n';
    expect(summary(analyze(code))).toEqual(['token-in-request-url | 2:7 | key | 1:31 `secretish` is sent as the "key" parameter']);
  });

  it('falls back to the parameter name when the value has no node of its own', () => {
    expect(summary(analyze('fetch(`/a?token=${{}}`);\n'))).toEqual([
      'token-in-request-url | 1:7 | token | 1:7 ``/a?token=${` is sent as the "token" parameter',
    ]);
  });

  it('with a checker, takes number, boolean, bigint and nullish types as no credential, and a union with string as one', () => {
    const code = [
      'declare const n: number, b: boolean | undefined, big: bigint, nothing: null, mixed: string | number;',
      'fetch(`/a?token=${n}&auth=${b}&jwt=${big}&bearer=${nothing}&access_token=${mixed}`);',
      '',
    ].join('\n');
    expect(summary(analyzeTyped(code))).toEqual([
      'token-in-request-url | 2:7 | access_token | 1:78 `mixed` is sent as the "access_token" parameter',
    ]);
    expect(summary(analyze(code))).toHaveLength(5);
  });
});

describe('judgeUrl: constants', () => {
  it('reports a credential-shaped constant; a short random one only under a name that is not also a plain word', () => {
    const code = [
      `fetch('/a?key=${RANDOM_20}&token=${RANDOM_20}');`,
      `fetch('/b?key=${RANDOM_20}${RANDOM_20.slice(0, 11)}');`,
      `fetch('/c?key=${RANDOM_20}${RANDOM_20.slice(0, 12)}');`,
      "fetch('/d?token=&key=');",
      '',
    ].join('\n');
    const findings = analyze(code);
    expect(summary(findings)).toEqual([
      'token-in-request-url | 1:7 | token | 1:7 a credential-shaped literal (high-entropy) in "token"',
      'token-in-request-url | 3:7 | key | 3:7 a credential-shaped literal (high-entropy) in "key"',
    ]);
    expect(findings.map((finding) => finding.secret?.length)).toEqual([20, 32]);
    expect(findings[0]?.message).toMatch(/^Query parameter "token" \(a hard-coded credential\) reaches/);
  });

  it('locates a constant at the first text of its value, and reads it percent-decoded (or as written, if it does not decode)', () => {
    const code = [
      `fetch('/a?token=' + '${RANDOM_20}');`,
      `fetch('/b?access_token=${FAKE_JWT.replace(/\./g, '%2E')}');`,
      `fetch('/c?access_token=${FAKE_JWT}%');`,
      "fetch('/d?token=abc%');",
      '',
    ].join('\n');
    const findings = analyze(code);
    expect(summary(findings)).toEqual([
      'token-in-request-url | 1:7 | token | 1:21 a credential-shaped literal (high-entropy) in "token"',
      'token-in-request-url | 2:7 | access_token | 2:7 a credential-shaped literal (jwt) in "access_token"',
      'token-in-request-url | 3:7 | access_token | 3:7 a credential-shaped literal (jwt) in "access_token"',
    ]);
    expect(findings.map((finding) => finding.secret?.length)).toEqual([20, FAKE_JWT.length, FAKE_JWT.length + 1]);
  });
});

describe('judgeUrl: constants, continued (survivors of the first mutation run)', () => {
  it('joins a constant written in several literals before classifying it', () => {
    const [header, payload, signature] = FAKE_JWT.split('.');
    const code = `fetch('/a?access_token=' + '${header}.' + '${payload}.${signature}');\n`;
    const findings = analyze(code);
    expect(summary(findings)).toEqual([
      'token-in-request-url | 1:7 | access_token | 1:28 a credential-shaped literal (jwt) in "access_token"',
    ]);
    expect(findings[0]?.secret?.length).toBe(FAKE_JWT.length);
  });

  it('applies the 32-character floor only to high-entropy values: a 26-character GitLab token under key= is reported', () => {
    expect(summary(analyze("fetch('/a?key=glpat-Q3EGRTZ7WM4XJ2LPa9Kd');\n"))).toEqual([
      'token-in-request-url | 1:7 | key | 1:7 a credential-shaped literal (provider-token) in "key"',
    ]);
  });

  it('reports a value without a node under a key-like name at the parameter name', () => {
    expect(summary(analyze('fetch(`/a?key=${{}}`);\n'))).toEqual([
      'token-in-request-url | 1:7 | key | 1:7 ``/a?key=${` is sent as the "key" parameter',
    ]);
  });
});

describe('judgeQueryOption: options the library turns into the query', () => {
  it('reads a query string option from its first character, with the parameter named', () => {
    const code =
      "import { io } from 'socket.io-client';\ndeclare const t: string;\nio('https://rt.example.com', { query: 'token=' + t });\n";
    expect(summary(analyze(code))).toEqual(['ws-token-in-url | 3:32 | token | 2:15 `t` is sent as the "token" parameter']);
  });

  it('reads a record returned by a params function, with the parameter named', () => {
    const code =
      "import { Socket } from 'phoenix';\ndeclare const userToken: string;\nnew Socket('/socket', { params: () => ({ token: userToken }) });\n";
    expect(summary(analyze(code))).toEqual(['ws-token-in-url | 3:25 | token | 2:15 `userToken` holds a credential (by its name)']);
  });

  it('reports a secret spread into a query record without a parameter, and nothing for a harmless spread', () => {
    const code = [
      "import { io } from 'socket.io-client';",
      'declare const unknownExtras: Record<string, string>;',
      "io('https://c.example.com', { query: { ...unknownExtras } });",
      "const auth = localStorage.getItem('access_token');",
      'const extra = { lang: navigator.language };',
      "io('https://a.example.com', { query: { ...extra, room: 'lobby' } });",
      "io('https://b.example.com', { query: { ...extra, ...auth } });",
      '',
    ].join('\n');
    expect(summary(analyze(code))).toEqual(['ws-token-in-url | 7:31 | - | 4:14 credential read from web storage (access_token)']);
  });

  it('judges each property of a query record: credential names with unknown or secret-shaped values', () => {
    const code = [
      "import { io } from 'socket.io-client';",
      'declare const roomId: string, key: string;',
      `io('https://rt.example.com', { query: { room: roomId, key: roomId, apiKey: key, sig: '${RANDOM_20}', signature: '${RANDOM_20}${RANDOM_20.slice(0, 12)}' } });`,
      '',
    ].join('\n');
    expect(summary(analyze(code))).toEqual([
      'ws-token-in-url | 3:32 | apiKey | 2:31 `key` is sent as the "apiKey" parameter',
      'ws-token-in-url | 3:32 | signature | 3:121 a credential-shaped literal (high-entropy) in "signature"',
    ]);
  });
});
