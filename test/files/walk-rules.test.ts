import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * Each rule of the directory walk, on a real tree scanned by the real CLI (`urlleak logs`, `urlleak scan`): one leak
 * per file, so the files a run reports are the files it walked. A rule that stops applying shows up as an extra
 * finding; one that applies too widely, as a missing one.
 */
const leakLine = (n: number) =>
  `203.0.113.7 - - [12/Oct/2026:08:15:03 +0000] "GET /ws?access_token=q9Vr2cW1sXo0pB8mZt3LkR7y${String(n).padStart(8, 'x')} HTTP/1.1" 101 0 "-" "curl/8"\n`;

const LOGS = [
  'app/access.log',
  'app/ignored-by-urlleakignore.log',
  'app/rotated/old.log',
  'app/ignored-by-flag.log',
  'app/gitignored.log',
  'node_modules/pkg/debug.log',
  'app/node_modules/nested/debug.log',
  '.git/logs/HEAD.log',
];

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'urlleak-walk-rules-'));
  LOGS.forEach((path, index) => {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), leakLine(index));
  });
  writeFileSync(join(cwd, '.urlleakignore'), '# urlleak only\nignored-by-urlleakignore.log\napp/rotated/\n');
  writeFileSync(join(cwd, '.gitignore'), '*.log\n');
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

async function reportedFiles(args: readonly string[]): Promise<string[]> {
  const outcome = await runCli([...args, '--format', 'json'], cwd);
  expect(outcome.stderr).toBe('');
  const report = JSON.parse(outcome.stdout) as { findings: { location: { path: string } }[] };
  return report.findings.map((finding) => finding.location.path).sort();
}

describe('the directory walk', () => {
  it('skips node_modules and .git at any depth, .urlleakignore patterns (file names and directories) and --ignore', async () => {
    expect(await reportedFiles(['logs', '.', '--ignore', '**/ignored-by-flag.log'])).toEqual(['app/access.log', 'app/gitignored.log']);
  });

  it('reads logs that .gitignore lists (projects git-ignore their logs)', async () => {
    expect(await reportedFiles(['logs', 'app'])).toContain('app/gitignored.log');
  });

  it('honors .gitignore for code: `scan` walks the same tree and skips a git-ignored source', async () => {
    mkdirSync(join(cwd, 'src'), { recursive: true });
    const source = "export const socket = new WebSocket(`wss://api.example.com/ws?token=${localStorage.getItem('token')}`);\n";
    writeFileSync(join(cwd, 'src', 'kept.ts'), source);
    writeFileSync(join(cwd, 'src', 'generated.ts'), source);
    writeFileSync(join(cwd, '.gitignore'), '*.log\n/src/generated.ts\n');
    try {
      const files = await reportedFiles(['scan', 'src']);
      expect(files).toEqual(['src/kept.ts']);
    } finally {
      writeFileSync(join(cwd, '.gitignore'), '*.log\n');
      rmSync(join(cwd, 'src'), { recursive: true, force: true });
    }
  });

  it('takes a file named on the command line whatever the ignore rules say', async () => {
    expect(await reportedFiles(['logs', 'app/ignored-by-urlleakignore.log', 'node_modules/pkg/debug.log'])).toEqual([
      'app/ignored-by-urlleakignore.log',
      'node_modules/pkg/debug.log',
    ]);
  });
});
