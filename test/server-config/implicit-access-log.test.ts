import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanServerConfigs } from '../../src/server-config/scan-server-config.js';

const root = mkdtempSync(join(tmpdir(), 'urlleak-implicit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the files of one configuration tree and scans its nginx.conf only, as `urlleak config nginx.conf` would. */
async function scan(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(root, 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { findings } = await scanServerConfigs([join(dir, 'nginx.conf')]);
  return findings.map(
    (finding) => `${finding.ruleId} ${finding.location.path.slice(dir.length + 1)}:${finding.location.line}:${finding.location.column}`,
  );
}

describe("nginx's default access log (access_log logs/access.log combined)", () => {
  it('is reported at http when neither the http block nor its server sets an access_log', async () => {
    expect(await scan({ 'nginx.conf': 'events {}\n\nhttp {\n    server {\n        listen 80;\n    }\n}\n' })).toEqual([
      'access-log-query nginx.conf:3:1',
      'access-log-referer nginx.conf:3:1',
    ]);
  });

  it('is not reported when http sets one (off included), or when every server sets its own, through nested includes too', async () => {
    expect(await scan({ 'nginx.conf': 'http {\n  access_log off;\n  server { listen 80; }\n}\n' })).toEqual([]);
    const nested = {
      'nginx.conf': 'http {\n  include conf.d/*.conf;\n}\n',
      'conf.d/app.conf': 'server {\n  listen 80;\n  include snippets/logging.conf;\n}\n',
      'conf.d/snippets/logging.conf': 'access_log /var/log/nginx/app.log clean;\n',
    };
    expect(await scan(nested)).toEqual([]);
  });

  it('is reported when one server of several sets none: that one logs with the default', async () => {
    const files = {
      'nginx.conf': 'http {\n  server { listen 80; access_log /var/log/a.log clean; }\n  include sites/*;\n}\n',
      'sites/b': 'server { listen 8080; }\n',
    };
    expect(await scan(files)).toEqual(['access-log-query nginx.conf:1:1', 'access-log-referer nginx.conf:1:1']);
  });

  it('is not judged in a file without an http block (an included snippet), and survives an include loop', async () => {
    const loop = { 'nginx.conf': 'http {\n  include a.conf;\n}\n', 'a.conf': 'include nginx.conf;\n' };
    expect(await scan(loop)).toEqual(['access-log-query nginx.conf:1:1', 'access-log-referer nginx.conf:1:1']);
    expect(await scan({ 'nginx.conf': 'server {\n  listen 80;\n}\n' })).toEqual([]);
  });
});
