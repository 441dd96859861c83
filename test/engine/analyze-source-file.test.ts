import { join } from 'node:path';
import { parseForESLint } from '@typescript-eslint/parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding, TextEdit } from '../../src/findings/finding.js';
import { CORPUS_DIR } from './corpus.js';

const FAKE_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmaXh0dXJlLXVzZXIiLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMzYwMH0.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3Rz';

function analyze(code: string, options: Parameters<typeof analyzeSourceFile>[1] = {}, fileName = '/virtual/client.ts'): Finding[] {
  return analyzeSourceFile(ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true), options);
}

function applyEdits(code: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), code);
}

describe('analyzeSourceFile', () => {
  it('reports the sink argument with 1-based, end-exclusive positions and a flow from source to sink', () => {
    const code = [
      "const token = localStorage.getItem('access_token');",
      'const url = `wss://rt.example.com/ws?token=${token}`;',
      'new WebSocket(url);',
      '',
    ].join('\n');
    const [finding, ...rest] = analyze(code);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'ws-token-in-url',
      level: 'error',
      location: { path: '/virtual/client.ts', line: 3, column: 15, endLine: 3, endColumn: 18 },
      properties: { sink: 'WebSocket', parameter: 'token' },
    });
    expect(finding?.message).toContain('"token"');
    expect(finding?.message).toContain('first message');
    expect(finding?.flow?.map((step) => step.location.line)).toEqual([1, 1, 2, 3]);
    expect(finding?.flow?.[0]?.message).toContain('web storage');
  });

  it('never puts a literal secret into the message, only the protected form', () => {
    const [finding] = analyze(`fetch('https://api.example.com/me?access_token=${FAKE_JWT}');`);
    expect(finding?.secret?.length).toBe(FAKE_JWT.length);
    expect(finding?.secret?.redacted).not.toContain(FAKE_JWT.slice(0, 12));
    expect(JSON.stringify(finding)).not.toContain(FAKE_JWT.slice(10, 40));

    const stripeKey = `sk_live_${'0a1b'.repeat(6)}`;
    const [viaConstant] = analyze(`const STRIPE_KEY = '${stripeKey}';\nfetch(\`https://api.example.com/charges?key=\${STRIPE_KEY}\`);\n`);
    expect(viaConstant?.secret?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(viaConstant)).not.toContain(stripeKey.slice(4));
  });

  it('offers the socket.io auth option and the Phoenix authToken option as suggestions', () => {
    const socketIo =
      "import { io } from 'socket.io-client';\ndeclare const jwt: string;\nio('https://rt.example.com', { query: { token: jwt } });\n";
    const [ioFinding] = analyze(socketIo);
    const ioSuggestion = ioFinding?.suggestions?.[0];
    expect(ioSuggestion?.id).toBe('useAuthOption');
    expect(applyEdits(socketIo, ioSuggestion?.edits ?? [])).toContain("io('https://rt.example.com', { auth: { token: jwt } });");

    const phoenix =
      "import { Socket } from 'phoenix';\ndeclare const userToken: string;\nnew Socket('/socket', { params: { token: userToken } });\n";
    const [phoenixFinding] = analyze(phoenix);
    const phoenixSuggestion = phoenixFinding?.suggestions?.[0];
    expect(phoenixSuggestion?.id).toBe('useAuthTokenOption');
    expect(applyEdits(phoenix, phoenixSuggestion?.edits ?? [])).toContain("new Socket('/socket', { authToken: userToken });");
  });

  it("reports a helper's sink once per caller that passes a secret into it, at the caller, each with its own flow", () => {
    const code = [
      'function request(url: string) {',
      '  return fetch(url);',
      '}',
      'request(`/v1/a?api_key=${process.env.A_API_KEY}`);',
      'request(`/v1/b?api_key=${process.env.B_API_KEY}`);',
      "request('/v1/public');",
      '',
    ].join('\n');
    const findings = analyze(code);
    expect(findings.map((finding) => finding.location.line)).toEqual([4, 5]);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('reaches the request URL of fetch() through `request()`'),
      expect.stringContaining('reaches the request URL of fetch() through `request()`'),
    ]);
    expect(findings.map((finding) => finding.flow?.map((step) => step.location.line))).toEqual([
      [4, 4, 2],
      [5, 5, 2],
    ]);
  });

  it('runs only the requested rules', () => {
    const code = 'declare const jwt: string;\nnew WebSocket(`wss://x/ws?jwt=${jwt}`);\nfetch(`/api?jwt=${jwt}`);\n';
    expect(
      analyze(code)
        .map((finding) => finding.ruleId)
        .sort(),
    ).toEqual(['token-in-request-url', 'ws-token-in-url']);
    expect(analyze(code, { rules: new Set(['token-in-request-url']) }).map((finding) => finding.ruleId)).toEqual(['token-in-request-url']);
  });

  it('extends the shared secret-name table with extraSecretNames', () => {
    const code = 'declare const blob: string;\nfetch(`/api/report?x_portal_blob=${blob}`);\n';
    expect(analyze(code)).toEqual([]);
    expect(analyze(code, { settings: { extraSecretNames: ['x-portal-blob'] } })).toHaveLength(1);
  });

  it('analyses the SourceFile typescript-eslint produces without type information', () => {
    const code =
      "import { io } from 'socket.io-client';\nconst accessToken = readCookie();\nio('https://rt.example.com', { query: { accessToken } });\n";
    const { ast, services } = parseForESLint(code, { filePath: '/virtual/eslint.ts', range: true, loc: true });
    const sourceFile = services.esTreeNodeToTSNodeMap?.get(ast);
    expect(sourceFile && ts.isSourceFile(sourceFile)).toBe(true);
    if (!sourceFile || !ts.isSourceFile(sourceFile)) return;
    const findings = analyzeSourceFile(sourceFile);
    expect(findings.map((finding) => finding.location)).toEqual(analyze(code, {}, '/virtual/eslint.ts').map((finding) => finding.location));
    expect(findings).toHaveLength(1);
  });

  it('follows a flow across files with the program typescript-eslint builds for a project', () => {
    const filePath = join(CORPUS_DIR, 'cross-file/socket-url/client.ts');
    const code = ts.sys.readFile(filePath) ?? '';
    const { ast, services } = parseForESLint(code, {
      filePath,
      project: join(CORPUS_DIR, 'tsconfig.json'),
      tsconfigRootDir: CORPUS_DIR,
      range: true,
      loc: true,
    });
    const program = services.program;
    const sourceFile = services.esTreeNodeToTSNodeMap?.get(ast);
    if (!program || !sourceFile || !ts.isSourceFile(sourceFile)) throw new Error('typed parse failed');
    expect(analyzeSourceFile(sourceFile)).toEqual([]);
    const [finding] = analyzeSourceFile(sourceFile, { checker: program.getTypeChecker(), program });
    expect(finding?.location.line).toBe(3);
    expect(finding?.flow?.[0]?.location.path).toMatch(/socket-url\/auth\.ts$/);
  });

  it('survives generated code: a 20,000-term string concatenation does not overflow the stack', () => {
    const terms = Array.from({ length: 20_000 }, (_, index) => `'p${index}'`).join(' + ');
    const findings = analyze(`declare const token: string;\nconst big = ${terms} + '?token=' + token;\nfetch(big);\n`);
    expect(findings.map((finding) => finding.properties?.['parameter'])).toEqual(['token']);
  });

  it('analyses a file with syntax errors as far as the parser recovers', () => {
    const code =
      'declare const jwt: string;\nnew WebSocket(`wss://x/ws?jwt=${jwt}`);\nfunction broken( {\n  const = ;\n  fetch(`/a?token=${';
    expect(() => analyze(code)).not.toThrow();
    expect(analyze(code).map((finding) => finding.location.line)).toContain(2);
  });
});
