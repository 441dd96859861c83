import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * Which files `urlleak logs DIR` and `urlleak scan DIR` read as logs, on a real tree through the real CLI: one planted
 * credential per file (each its own), so the files a run reports are the files it read. `logs` reads every text file
 * of a directory the user named; `scan` routes by name conventions and, for names without an extension, by content.
 */
const token = (n: number) => `q9Vr2cW1sXo0pB8mZt3LkR7y${String(n).padStart(8, 'x')}`;
const accessLine = (n: number) =>
  `203.0.113.7 - - [12/Oct/2026:08:15:03 +0000] "GET /ws?access_token=${token(n)} HTTP/1.1" 101 0 "-" "curl/8"\n`;
const jsonLine = (n: number) => `{"time":"2026-10-12T08:15:03Z","req":{"url":"/ws?access_token=${token(n)}"}}\n`;
const syslogLine = (n: number) => `Oct 12 08:15:03 web1 app[812]: GET /ws?access_token=${token(n)}\n`;

const TREE: Record<string, string | Buffer> = {
  'access_log.0': accessLine(1),
  'app.log.1': accessLine(2),
  'app.3.gz': gzipSync(accessLine(3)),
  'dump.json': jsonLine(4),
  messages: syslogLine(5),
  'README.md': `# Notes\n\nThe socket was opened as https://example.com/ws?access_token=${token(6)}\n`,
  'image.bin': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n'), Buffer.alloc(4096)]),
  // A report, not a log (an earlier run's output): read only when named.
  'urlleak.sarif': `{"version":"2.1.0","runs":[{"results":[{"message":{"text":"GET /ws?access_token=${token(13)}"}}]}]}\n`,
};

/** What `scan` has besides: conventions it must route, and files it must leave alone. */
const SCAN_TREE: Record<string, string | Buffer> = {
  ...TREE,
  'logs/requests.json': jsonLine(7),
  'httpd/ssl_request_log': accessLine(8),
  'package.json': `{"name":"demo","homepage":"https://example.com/?access_token=${token(9)}"}\n`,
  LICENSE: `MIT License\n\nCopyright (c) 2026 Example\n\nPermission is hereby granted, free of charge, https://x.test/?access_token=${token(10)}\n`,
  'src/logs/socket.ts': `export const socket = new WebSocket(\`wss://api.example.com/ws?token=\${localStorage.getItem('token')}\`);\n`,
};

let cwd: string;

function writeTree(root: string, tree: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-log-selection-'));
  writeTree(join(cwd, 'dir'), TREE);
  writeTree(join(cwd, 'project'), SCAN_TREE);
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

interface Report {
  readonly findings: { readonly ruleId: string; readonly location: { readonly path: string } }[];
  readonly notices: { readonly path: string; readonly message: string }[];
  readonly errors: unknown[];
  readonly summary: { readonly filesScanned: number };
}

async function report(args: readonly string[]): Promise<Report> {
  const outcome = await runCli([...args, '--format', 'json'], cwd);
  expect(outcome.stderr).toBe('');
  return JSON.parse(outcome.stdout) as Report;
}

const reportedPaths = (result: Report) => [...new Set(result.findings.map((finding) => finding.location.path))].sort();

describe('urlleak logs DIR', () => {
  it('reads every text file but reports, whatever its name (rotations, gzip, a JSON dump, no extension, markdown), and notices the binary one', async () => {
    const result = await report(['logs', 'dir']);
    expect(reportedPaths(result)).toEqual([
      'dir/README.md',
      'dir/access_log.0',
      'dir/app.3.gz',
      'dir/app.log.1',
      'dir/dump.json',
      'dir/messages',
    ]);
    expect(result.summary.filesScanned).toBe(6);
    expect(result.errors).toEqual([]);
    expect(result.notices).toEqual([{ path: 'dir/image.bin', message: expect.stringMatching(/^Skipped: binary file/) as unknown }]);
  });

  it('still leaves out what .urlleakignore and --ignore name, and node_modules and .git', async () => {
    const root = join(cwd, 'ignoring');
    writeTree(root, {
      ...TREE,
      '.urlleakignore': 'dump.json\n',
      'node_modules/pkg/CHANGELOG': accessLine(11),
      '.git/logs/HEAD': accessLine(12),
    });
    try {
      const outcome = await runCli(['logs', '.', '--ignore', 'messages', '--format', 'json'], root);
      const result = JSON.parse(outcome.stdout) as Report;
      expect(reportedPaths(result)).toEqual(['README.md', 'access_log.0', 'app.3.gz', 'app.log.1']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('urlleak scan DIR', () => {
  it('routes rotations, _log names, JSON in logs/ and a log without an extension to the log scanner, and nothing else', async () => {
    const result = await report(['scan', 'project']);
    expect(reportedPaths(result)).toEqual([
      'project/access_log.0',
      'project/app.3.gz',
      'project/app.log.1',
      'project/httpd/ssl_request_log',
      'project/logs/requests.json',
      'project/messages',
      'project/src/logs/socket.ts',
    ]);
    expect(result.findings.find((finding) => finding.location.path === 'project/src/logs/socket.ts')?.ruleId).toBe('ws-token-in-url');
  });
});
