import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sarifSchemaErrors } from '../support/validate-sarif.js';

interface JsonFinding {
  readonly ruleId: string;
  readonly level: string;
  readonly location: { readonly path: string; readonly line: number; readonly column: number };
}

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A deployment folder: nginx with an included site, a HAProxy config, a supervisord .conf, app code and a log. */
function writeProject(): string {
  dir = mkdtempSync(join(tmpdir(), 'urlleak-config-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'deploy/nginx/nginx.conf',
    'http {\n    map $request_uri $full { default $request_uri; }\n    log_format main \'$remote_addr "$full"\';\n    include conf.d/*.conf;\n}\n',
  );
  write('deploy/nginx/conf.d/app.conf', 'server {\n    listen 80;\n    access_log /var/log/nginx/app.log;\n}\n');
  write(
    'deploy/haproxy.cfg',
    'frontend www\n    mode http\n    # urlleak-ignore-next-line access-log-query -- reviewed\n    option httplog\n',
  );
  write('deploy/supervisord.conf', '[program:app]\ncommand=node server.js\n');
  write('src/client.ts', "export const socket = new WebSocket(`wss://chat.example.com/ws?token=${localStorage.getItem('token')}`);\n");
  write('logs/access.log', '203.0.113.7 - - [12/Oct/2026:08:15:02 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n');
  return dir;
}

const placesOf = (findings: readonly JsonFinding[]) =>
  findings.map((finding) => `${finding.ruleId} ${finding.location.path}:${finding.location.line}:${finding.location.column}`);

describe('urlleak config', () => {
  it('reports the formats that record the query or the Referer, follows the include, honors ignore comments', async () => {
    const cwd = writeProject();
    const before = statSync(join(cwd, 'deploy/nginx/nginx.conf')).mtimeMs;
    const outcome = await runCli(['config', 'deploy', '--format', 'json'], cwd);
    // Warnings and notes: exit 0 unless --fail-level asks for them.
    expect(outcome.exitCode).toBe(0);
    expect((await runCli(['config', 'deploy', '--fail-level', 'warning'], cwd)).exitCode).toBe(1);
    const report = JSON.parse(outcome.stdout) as { findings: JsonFinding[] };
    expect(placesOf(report.findings)).toEqual([
      'access-log-query deploy/nginx/conf.d/app.conf:3:5',
      'access-log-referer deploy/nginx/conf.d/app.conf:3:5',
      'access-log-query deploy/nginx/nginx.conf:3:36',
    ]);
    expect(report.findings.map((finding) => finding.level)).toEqual(['warning', 'note', 'warning']);
    expect(statSync(join(cwd, 'deploy/nginx/nginx.conf')).mtimeMs).toBe(before);
  });

  it('reads the included file when only the main file is named', async () => {
    const cwd = writeProject();
    const outcome = await runCli(['config', 'deploy/nginx/nginx.conf', '--format', 'json'], cwd);
    const report = JSON.parse(outcome.stdout) as { findings: JsonFinding[] };
    expect(placesOf(report.findings)).toContain('access-log-query deploy/nginx/conf.d/app.conf:3:5');
  });

  it('exits 0 on configuration that records neither', async () => {
    dir = mkdtempSync(join(tmpdir(), 'urlleak-config-'));
    writeFileSync(
      join(dir, 'nginx.conf'),
      'http { log_format clean \'$remote_addr "$request_method $uri" $status\'; access_log /x clean; }\n',
    );
    expect((await runCli(['config', '.'], dir)).exitCode).toBe(0);
  });
});

describe('urlleak scan routes configuration to the config engine', () => {
  it('reports code, configuration and logs in one SARIF log, one run per engine', async () => {
    const cwd = writeProject();
    const outcome = await runCli(['scan', '.', '--format', 'sarif'], cwd);
    expect(outcome.exitCode).toBe(1);
    const log = JSON.parse(outcome.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const runs = log.runs.map((run) => [run.automationDetails?.id, (run.results ?? []).map((result) => result.ruleId).sort()]);
    expect(runs).toEqual([
      ['urlleak/code/', ['ws-token-in-url']],
      ['urlleak/logs/', []],
      ['urlleak/config/', ['access-log-query', 'access-log-query', 'access-log-referer']],
    ]);
    expect(readFileSync(join(cwd, 'deploy/supervisord.conf'), 'utf8')).toContain('[program:app]');
  });
});
