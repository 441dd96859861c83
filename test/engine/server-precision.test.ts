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
