import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { packageVersion } from '../../src/package-info.js';
import type { Report } from '../../src/report/formatter.js';
import { formatStylish as formatChunks } from '../../src/report/stylish.js';

const formatStylish = (report: Report) => [...formatChunks(report)].join('');

const finding = (path: string, line: number, level: Finding['level']): Finding => ({
  ruleId: 'ws-token-in-url',
  level,
  message: 'Auth token "token" flows into the URL of new WebSocket().',
  location: { path, line, column: 7 },
});

const report = (findings: Finding[], color = false) => ({
  result: { findings, errors: [{ path: 'gone.ts', message: 'No such file or directory.' }], notices: [], filesScanned: 2 },
  areas: ['code'] as const,
  cwd: '/repo',
  color,
});

describe('stylish', () => {
  it('groups by file with ESLint-like rows and a summary', () => {
    const output = formatStylish(
      report([finding('src/a.ts', 3, 'error'), finding('src/a.ts', 12, 'warning'), finding('src/b.ts', 1, 'note')]),
    );
    expect(output).toBe(
      [
        'src/a.ts',
        '  3:7   error    Auth token "token" flows into the URL of new WebSocket().  ws-token-in-url',
        '  12:7  warning  Auth token "token" flows into the URL of new WebSocket().  ws-token-in-url',
        '',
        'src/b.ts',
        '  1:7  note  Auth token "token" flows into the URL of new WebSocket().  ws-token-in-url',
        '',
        'error gone.ts: No such file or directory.',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 note) — 2 files scanned, 1 input error',
        '',
        'Rule docs:',
        `  ws-token-in-url  https://unpkg.com/urlleak@${packageVersion}/docs/rules/ws-token-in-url.md`,
        '',
      ].join('\n'),
    );
  });

  it('colors only when asked', () => {
    expect(formatStylish(report([finding('a.ts', 1, 'error')]))).not.toContain('\u001b[');
    expect(formatStylish(report([finding('a.ts', 1, 'error')], true))).toContain('\u001b[31m');
  });

  it('wraps long messages to the terminal width it is given, under the message column; none when it is not given', () => {
    const long: Finding = { ...finding('a.ts', 1, 'error'), message: `${'word '.repeat(30)}end.` };
    const wrapped = formatStylish({ ...report([long, finding('a.ts', 2, 'note')]), columns: 80 }).split('\n');
    expect(wrapped.slice(1, 7)).toEqual([
      '  1:7  error  word word word word word word word word word      ws-token-in-url',
      '              word word word word word word word word word',
      '              word word word word word word word word word',
      '              word word word end.',
      '  2:7  note   Auth token "token" flows into the URL of new      ws-token-in-url',
      '              WebSocket().',
    ]);
    expect(wrapped.slice(1, 7).every((line) => line.length < 80)).toBe(true);
    expect(formatStylish(report([long])).split('\n')[1]).toBe(`  1:7  error  ${long.message}  ws-token-in-url`);
  });

  it('does not claim "no problems" when inputs failed', () => {
    expect(formatStylish(report([]))).toContain('no findings (2 files scanned, 1 input error)');
  });
});
