import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * Precision of the server rules (issue #12): shapes of real code that were reported although nothing was worth fixing
 * (bench/real-world), next to the look-alikes that must stay reported.
 */
function findings(code: string, rule: string, fileName = 'server.ts'): Finding[] {
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  return analyzeSourceFile(sourceFile, {}).filter((finding) => finding.ruleId === rule);
}

/** `[line, column, level]` of each finding, columns 1-based. */
function where(found: readonly Finding[]): [number, number, string][] {
  return found.map((finding) => [finding.location.line, finding.location.column, finding.level]);
}

function columnOf(code: string, line: number, text: string): number {
  return (code.split('\n')[line - 1] ?? '').indexOf(text) + 1;
}

describe('ws-insecure-scheme: local destinations', () => {
  it.each([
    '0.0.0.0',
    '[::]',
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
    '127.0.0.1',
    '127.1.2.3',
    'localhost',
    'LOCALHOST',
    'localhost.',
    'app.localhost',
    'host.docker.internal',
  ])('a test client connecting to ws://%s:<port> crosses no network', (host) => {
    const code = `import { io as ioc } from 'socket.io-client';\nconst port = Number(process.env.PORT);\nexport const client = ioc('ws://${host}:' + port, { reconnection: false });\n`;
    expect(findings(code, 'ws-insecure-scheme')).toEqual([]);
  });

  it.each(['0.0.0.0.nip.io', 'localhost.evil.example', 'docker.internal', 'host.docker.internal.evil.example', '10.0.0.1', '[::2]'])(
    'ws://%s is still a remote host',
    (host) => {
      const code = `export const socket = new WebSocket('ws://${host}:8080/feed');\n`;
      expect(where(findings(code, 'ws-insecure-scheme'))).toEqual([[1, columnOf(code, 1, "'ws://"), 'warning']]);
    },
  );
});

describe('ws-insecure-scheme: a scheme chosen at run time between wss and ws', () => {
  it('a CLI helper connecting to its own server over wss when TLS is configured, ws otherwise (uptime-kuma shape)', () => {
    const code = `const { io } = require('socket.io-client');
const isSSL = process.env.SSL_KEY && process.env.SSL_CERT;
const hostname = process.env.HOST;
const port = Number(process.env.PORT) || 3001;
function getLocalWebSocketURL() {
  const protocol = isSSL ? 'wss' : 'ws';
  const host = hostname || 'localhost';
  return \`\${protocol}://\${host}:\${port}\`;
}
const localWebSocketURL = getLocalWebSocketURL();
const socket = io(localWebSocketURL, { reconnection: false, timeout: 5000 });
module.exports = { socket };
`;
    expect(findings(code, 'ws-insecure-scheme', 'reset-password.js')).toEqual([]);
  });

  it.each([
    "new WebSocket((isTls ? 'wss' : 'ws') + '://' + host + '/live')",
    'new WebSocket(`${secure ? "wss" : "ws"}://${host}/live`)',
    "new WebSocket(isTls ? 'wss://' + host + '/live' : 'ws://' + host + '/live')",
    "new WebSocket((location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host)",
    "new WebSocket((isTls ? 'wss' : 'ws') + '://feed.example.com/live')",
  ])('%s', (expression) => {
    const code = `declare const isTls: boolean;\ndeclare const secure: boolean;\ndeclare const host: string;\nexport const socket = ${expression};\n`;
    expect(findings(code, 'ws-insecure-scheme')).toEqual([]);
  });

  it('still reports (at the URL argument) the ws branch to another host than the wss one, or when no branch is wss', () => {
    const code = `declare const prod: boolean;
declare const host: string;
export const a = new WebSocket(prod ? 'wss://api.example.com/live' : 'ws://staging.example.com/live');
export const b = new WebSocket((prod ? 'ws' : 'http') + '://' + host + '/live');
`;
    expect(where(findings(code, 'ws-insecure-scheme'))).toEqual([
      [3, columnOf(code, 3, 'prod ?'), 'warning'],
      [4, columnOf(code, 4, '(prod ?'), 'warning'],
    ]);
  });
});
