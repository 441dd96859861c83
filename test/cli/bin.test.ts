import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/run-bin.js';

function tempDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'urlleak-cli-'));
  chmodSync(directory, 0o755);
  return directory;
}

describe('urlleak bin', () => {
  it('documents every command and flag in --help and exits 0', () => {
    const { status, stdout } = runBin(['--help']);
    expect(status).toBe(0);
    for (const word of [
      'code',
      'logs',
      'scan',
      '--format',
      '--output',
      '--ignore',
      '--quiet',
      '--max-warnings',
      '--fail-level',
      '--project',
      '--version',
    ]) {
      expect(stdout).toContain(word);
    }
  });

  it('prints the package version', () => {
    const { status, stdout } = runBin(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 0 with an empty report on clean input', () => {
    const directory = tempDirectory();
    writeFileSync(join(directory, 'client.ts'), "export const socket = new WebSocket('wss://example.com/ws');\n");
    writeFileSync(join(directory, 'access.log'), '10.0.0.1 - - [12/Oct/2026:08:15:02 +0000] "GET /health HTTP/1.1" 200 2 "-" "curl/8"\n');
    const { status, stdout, stderr } = runBin(['scan', directory]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('no problems (2 files scanned)');
  });

  it('names a missing file and exits 2, still scanning the others', () => {
    const directory = tempDirectory();
    writeFileSync(join(directory, 'app.log'), 'GET /health\n');
    const { status, stdout } = runBin(['logs', join(directory, 'app.log'), join(directory, 'missing.log'), '--format', 'json']);
    expect(status).toBe(2);
    const report = JSON.parse(stdout) as { errors: { path: string; message: string }[]; summary: { filesScanned: number } };
    expect(report.errors).toEqual([{ path: expect.stringContaining('missing.log'), message: 'No such file or directory.' }]);
    expect(report.summary.filesScanned).toBe(1);
  });

  it('rejects an unknown flag with a usage error and exit 2', () => {
    const { status, stderr } = runBin(['code', '--bogus']);
    expect(status).toBe(2);
    expect(stderr).toContain('urlleak: Unknown option --bogus.\n');
    expect(stderr).toContain('urlleak --help');
  });

  it('rejects a bad option value and a missing command', () => {
    expect(runBin(['code', '--format', 'xml']).stderr).toContain('Invalid value "xml" for --format');
    expect(runBin(['code', '--max-warnings', 'many']).status).toBe(2);
    expect(runBin([]).status).toBe(2);
  });

  it('reports an unreadable file by name and exits 2', () => {
    const directory = tempDirectory();
    const secretLog = join(directory, 'locked.log');
    writeFileSync(join(directory, 'open.log'), 'GET /health\n');
    writeFileSync(secretLog, 'GET /health\n');
    chmodSync(secretLog, 0o000);
    // root reads everything: drop to an unprivileged user so the permission check is real.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { status, stdout } = runBin(['logs', directory], asUser);
    expect(stdout).toMatch(/locked\.log: Permission denied\./);
    expect(stdout).toContain('1 file scanned, 1 input error');
    expect(status).toBe(2);
  });

  it('reports a glob that matches nothing', () => {
    const { status, stdout } = runBin(['code', 'nowhere/**/*.ts']);
    expect(status).toBe(2);
    expect(stdout).toContain('nowhere/**/*.ts: No files matching the pattern.');
  });

  it('writes the report to --output', () => {
    const directory = tempDirectory();
    const output = join(directory, 'report.json');
    writeFileSync(join(directory, 'app.ts'), 'export const ok = 1;\n');
    const { status, stdout } = runBin(['code', directory, '--format', 'json', '--output', output]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
  });
});
