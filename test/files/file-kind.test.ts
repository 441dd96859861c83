import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile, classifyFileOnDisk, type FileKind } from '../../src/files/file-kind.js';
import { gitignoreToGlobs } from '../../src/files/ignore-file.js';

describe('classifyFile', () => {
  it.each([
    ['src/client.ts', 'code'],
    ['app/page.tsx', 'code'],
    ['server.mjs', 'code'],
    ['lib/index.cjs', 'code'],
    ['access.log', 'log'],
    ['nginx/access.log.1', 'log'],
    ['nginx/access.log.2.gz', 'log'],
    ['events.jsonl', 'log'],
    ['httpd/access_log', 'log'],
    ['logs/app-2026-10-12.txt', 'log'],
  ] as const)('%s → %s', (path, kind) => expect(classifyFile(path)).toBe(kind));

  /** How `urlleak scan` routes by name: the whole table at once, so a row that changes shows in one diff. */
  const SCAN_ROUTES: readonly (readonly [string, FileKind | undefined])[] = [
    // Rotations, numbered by logrotate and newsyslog, compressed or not.
    ['nginx/access.log.1', 'log'],
    ['httpd/access_log.0', 'log'],
    ['var/log/messages.1', 'log'],
    ['syslog.7', 'log'],
    ['app.3.gz', 'log'],
    ['access.log-20261014', 'log'],
    // Apache-style `_log` names, and what only looks like one.
    ['httpd/ssl_request_log', 'log'],
    ['error_log-20261014', 'log'],
    ['templates/user_login.html', undefined],
    ['audit_logger.py', undefined],
    // JSON: a log in a log directory or as JSON lines, data elsewhere.
    ['logs/requests.json', 'log'],
    ['app/log/2026-10-14.json', 'log'],
    ['events.ndjson', 'log'],
    ['package.json', undefined],
    ['config/settings.json', undefined],
    // Code stays code wherever it is and whatever it is called.
    ['logs/app.js', 'code'],
    ['src/logs/scan-stream.ts', 'code'],
    ['src/error_log.ts', 'code'],
    // …unless it is compressed or rotated.
    ['logs/app.js.gz', 'log'],
    // Names without an extension are left to their content (`classifyFileOnDisk`).
    ['messages', undefined],
    ['LICENSE', undefined],
  ];

  it('routes rotations, _log names and JSON in log directories to logs, and code to code', () => {
    expect(SCAN_ROUTES.map(([path]) => [path, classifyFile(path)])).toEqual(SCAN_ROUTES);
  });

  it.each(['types/index.d.ts', 'README.md', 'package.json', 'dist/app.min.js'])('%s is neither', (path) => {
    expect(classifyFile(path)).toBeUndefined();
  });
});

describe('classifyFileOnDisk', () => {
  const files: Record<string, string> = {
    messages: 'Oct 14 07:56:09 web1 sshd[812]: Accepted publickey for deploy\nOct 14 07:56:10 web1 CRON[813]: session opened\n',
    current: '2026-10-14T07:56:09.003Z INFO request started\n\tat com.example.Filter.doFilter(Filter.java:42)\n',
    LICENSE: 'MIT License\n\nCopyright (c) 2026 Example\n\nPermission is hereby granted, free of charge, to any person\n',
    'notes.txt': '2026-10-14 07:56:09 a dated note\n',
    '.prettierrc': '{"semi":false,"singleQuote":true}\n',
  };

  it('reads the start of a file whose name has no extension and no convention, and only of those (not of dotfiles)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'urlleak-classify-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
      const kinds = await Promise.all(
        Object.keys(files).map(async (name) => [name, await classifyFileOnDisk(name, join(directory, name))]),
      );
      expect(kinds).toEqual([
        ['messages', 'log'],
        ['current', 'log'],
        ['LICENSE', undefined],
        ['notes.txt', undefined],
        ['.prettierrc', undefined],
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('gitignoreToGlobs', () => {
  it('matches unanchored names at any depth and anchored ones at the root', () => {
    expect(gitignoreToGlobs('build')).toEqual(['**/build', '**/build/**']);
    expect(gitignoreToGlobs('/coverage/')).toEqual(['coverage/**']);
    expect(gitignoreToGlobs('src/generated')).toEqual(['src/generated', 'src/generated/**']);
    expect(gitignoreToGlobs('# comment')).toEqual([]);
    expect(gitignoreToGlobs('!keep.log')).toEqual([]);
  });
});
