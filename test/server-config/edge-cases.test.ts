import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { analyzeApache } from '../../src/server-config/apache/apache.js';
import { analyzeCaddyfile } from '../../src/server-config/caddy/caddyfile.js';
import { analyzeHaproxy } from '../../src/server-config/haproxy/haproxy.js';
import { analyzeNginx } from '../../src/server-config/nginx/nginx.js';
import { scanServerConfigs } from '../../src/server-config/scan-server-config.js';

/**
 * Edge cases of real configuration found by a review of `urlleak config` and of the urlleak/redact code rules: each
 * test failed against the code as reviewed (a crash on a byte-order mark, a quadratic map, HAProxy's option order, …)
 * and passes since the fix. `it.fails` marks the known gap left: absolute includes read from the scanning machine.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'urlleak-config-edges-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const at = (leaks: readonly { part: string; line: number; column: number }[]) =>
  leaks.map((leak) => `${leak.part} ${leak.line}:${leak.column}`);

function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * `urlleak config FILE -f json` in a child process with a small heap: the readers under test loop forever, and an
 * in-process call would take the test worker down with it.
 */
function configCli(name: string, text: string): { status: number | null; signal: string | null; rules: string[] } {
  const dir = writeTree({ [name]: text });
  const outcome = spawnSync(
    process.execPath,
    ['--max-old-space-size=128', join(ROOT, 'bin/urlleak.js'), 'config', join(dir, name), '-f', 'json'],
    { encoding: 'utf8', timeout: 30_000 },
  );
  let rules: string[] = [];
  try {
    const report = JSON.parse(outcome.stdout) as { findings: { ruleId: string; location: { line: number } }[] };
    rules = report.findings.map((finding) => `${finding.ruleId} ${finding.location.line}`);
  } catch {
    // No report: the process died.
  }
  return { status: outcome.status, signal: outcome.signal, rules };
}

describe('Apache and HAProxy line reader (directive-lines.ts): Unicode whitespace', () => {
  // readDirectiveLines skips only ' ', '\t', '\r'; wordEnd stops at /\s/, which also matches U+FEFF, U+00A0, \f, \v:
  // a zero-length word is pushed and the index never moves (infinite loop, heap exhausted).
  it('an Apache file starting with a UTF-8 BOM is read, not an out-of-memory crash', () => {
    const outcome = configCli('httpd.conf', '\uFEFFLogFormat "%h %l %u %t \\"%r\\" %>s %b" common\nCustomLog logs/access_log common\n');
    expect(outcome.signal).toBeNull();
    expect(outcome.status).toBe(0);
    expect(outcome.rules).toEqual(['access-log-query 1']);
  });

  it('an Apache vhost with a no-break space (pasted from a web page) is read, not an out-of-memory crash', () => {
    const outcome = configCli(
      'site.conf',
      '<VirtualHost *:80>\n\u00A0\u00A0\u00A0\u00A0ServerName example.com\n    CustomLog ${APACHE_LOG_DIR}/access.log combined\n</VirtualHost>\n',
    );
    expect(outcome.signal).toBeNull();
    expect(outcome.status).toBe(0);
    expect(outcome.rules).toEqual(['access-log-query 3', 'access-log-referer 3']);
  });

  it('a haproxy.cfg with a form feed (page break) between sections is read, not an out-of-memory crash', () => {
    const outcome = configCli('haproxy.cfg', 'global\n    daemon\n\f\nfrontend www\n    mode http\n    option httplog\n');
    expect(outcome.signal).toBeNull();
    expect(outcome.status).toBe(0);
    expect(outcome.rules).toEqual(['access-log-query 6']);
  });
});

describe('Apache', () => {
  it('reads a LogFormat continued with a backslash inside its quotes under Windows line endings (CRLF)', () => {
    // LF works: quotedEnd skips "\\\n". With CRLF it skips "\\\r" and stops at "\n", cutting the format.
    const lf = 'LogFormat "%h %l %u %t \\\n    \\"%r\\" %>s %b" common\n';
    expect(at(analyzeApache(lf))).toEqual(['query 2:7']);
    expect(at(analyzeApache(lf.replaceAll('\n', '\r\n')))).toEqual(['query 2:7']);
  });
});

describe('HAProxy', () => {
  it('does not read a trailing # comment as part of the log-format', () => {
    // HAProxy ends a line at an unquoted #; readDirectiveLines only drops # at the start of a line.
    const source = 'frontend www\n    mode http\n    log-format "%ci [%tr] %ST \\"%HM %HPO %HV\\"" # was %r before the fix\n';
    expect(at(analyzeHaproxy(source))).toEqual([]);
  });

  it('reports option httplog placed after a log-format in the same section: it overrides the format', () => {
    // "option httplog is just an alias for log-format something and as such it overrides any previous log-format"
    // (Willy Tarreau, haproxy mailing list, 2017-01). haproxy.ts ignores the order (ownFormat).
    const source = ['frontend www', '    mode http', '    log-format "%ci [%tr] %ST \\"%HM %HPO %HV\\""', '    option httplog'].join('\n');
    expect(at(analyzeHaproxy(source))).toEqual(['query 4:5']);
  });

  it("reports a frontend's option httplog even when its defaults set a log-format: the frontend's option overrides it", () => {
    const source = [
      'defaults',
      '    mode http',
      '    log-format "%ci [%tr] %ST \\"%HM %HPO %HV\\""',
      'frontend www',
      '    bind :80',
      '    option httplog',
    ].join('\n');
    expect(at(analyzeHaproxy(source))).toEqual(['query 6:5']);
  });

  it('does not report %[base] (host and path, before the ?) or %[http_first_req] (a boolean) as the query', () => {
    const source = 'frontend www\n    mode http\n    log-format "%ci %[base] %[http_first_req] %ST"\n';
    expect(at(analyzeHaproxy(source))).toEqual([]);
  });

  it('reports %[pathq] (the path with its query string, HAProxy 2.2+)', () => {
    const source = 'frontend www\n    mode http\n    log-format "%ci %[pathq] %ST"\n';
    expect(at(analyzeHaproxy(source))).toEqual(['query 3:21']);
  });
});

describe('Caddy', () => {
  it('reports a log block in a one-site Caddyfile written without braces', () => {
    // The unbraced check needs every top-level line to be without a block; `log {` has one, so nothing is visited.
    const source = 'example.com\n\nlog {\n    output file /var/log/caddy/access.log\n}\nreverse_proxy localhost:8080\n';
    expect(at(analyzeCaddyfile(source))).toEqual(['query 3:1', 'referer 3:1']);
  });
});

describe('nginx', () => {
  it("reports nginx's default access log when a server sets access_log only in one of its locations", async () => {
    // location / logs with the http default (combined); setsAccessLog counts the access_log of /api for the server.
    const dir = writeTree({
      'nginx.conf': [
        'http {',
        '    log_format clean \'$remote_addr "$request_method $uri" $status\';',
        '    server {',
        '        listen 80;',
        '        location / { proxy_pass http://app; }',
        '        location /api { access_log /var/log/nginx/api.log clean; proxy_pass http://api; }',
        '    }',
        '}',
      ].join('\n'),
    });
    const { findings } = await scanServerConfigs([join(dir, 'nginx.conf')]);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.location.line}`)).toEqual(['access-log-query 1', 'access-log-referer 1']);
  });

  it('does not judge the default access log of an http block whose servers come from an include that cannot be read', async () => {
    // A repository's nginx.conf names its deployed path (`include /etc/nginx/conf.d/*.conf;`); its servers, which set
    // access_log, are in the repository's conf.d/. The include resolves to nothing and http is reported.
    const dir = writeTree({
      'nginx.conf': 'http {\n    include /nonexistent-urlleak-review/conf.d/*.conf;\n}\n',
      'conf.d/app.conf': "log_format clean '$uri';\nserver {\n    listen 80;\n    access_log /var/log/nginx/app.log clean;\n}\n",
    });
    const { findings } = await scanServerConfigs([join(dir, 'nginx.conf'), join(dir, 'conf.d/app.conf')]);
    expect(findings).toEqual([]);
  });

  it('reads a large redirect map in linear time', () => {
    // userVariablesOf's add() copies the value list on every entry: 40k entries (1.4 MB) take ~8 s, 60k ~20 s.
    const lines = ['http {', '    map $request_uri $redirect_to {'];
    for (let index = 0; index < 40_000; index += 1) lines.push(`        /old/page-${index} /new/page-${index};`);
    lines.push('    }', "    log_format clean '$uri';", '}');
    const started = performance.now();
    expect(analyzeNginx(lines.join('\n'))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3000);
  }, 120_000);

  it('does not mix the map variables of two unrelated configurations scanned together', async () => {
    // userVariablesOf runs over every nginx file scanned: staging's $log_uri (full URI) taints production's.
    const dir = writeTree({
      'staging/nginx.conf': 'http {\n    map $request_uri $log_uri { default $request_uri; }\n    access_log off;\n}\n',
      'production/nginx.conf': [
        'http {',
        '    map $request_uri $log_uri { ~^(?<path>[^?]*) $path; }',
        "    log_format clean '$remote_addr $log_uri $status';",
        '    access_log /var/log/nginx/access.log clean;',
        '}',
      ].join('\n'),
    });
    const { findings } = await scanServerConfigs([join(dir, 'staging/nginx.conf'), join(dir, 'production/nginx.conf')]);
    expect(findings).toEqual([]);
  });
});

describe('gaps and their fixes', () => {
  it('reads an Envoy bootstrap written as JSON (envoy.json), as envoy.ts says it reads JSON', async () => {
    // JSON is YAML: a `.json` named after Envoy goes to the YAML reader (other `.json` files are data, not walked).
    const envoy = JSON.stringify({
      static_resources: {
        listeners: [
          {
            name: 'l',
            filter_chains: [
              {
                filters: [
                  {
                    name: 'envoy.filters.network.http_connection_manager',
                    typed_config: {
                      '@type': 'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
                      access_log: [
                        {
                          name: 'envoy.access_loggers.stdout',
                          typed_config: { '@type': 'type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog' },
                        },
                      ],
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    const dir = writeTree({ 'envoy.json': envoy });
    const { findings } = await scanServerConfigs([join(dir, 'envoy.json')]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['access-log-query']);
  });

  it.fails('reports only files of the scanned tree, not files of the host an absolute include reaches', async () => {
    // `include /etc/nginx/conf.d/*.conf;` in a repository reads the scanning machine's files and reports them.
    const host = writeTree({ 'formats.conf': "log_format main '$request';\n" });
    const repo = writeTree({ 'nginx.conf': `http {\n    include ${host}/*.conf;\n    access_log /x main;\n}\n` });
    const { findings } = await scanServerConfigs([join(repo, 'nginx.conf')]);
    expect(findings.filter((finding) => !finding.location.path.startsWith(repo))).toEqual([]);
  });
});

describe('code rules with urlleak/redact (redacting-logger.ts)', () => {
  const reported = (code: string) =>
    analyzeSourceFile(ts.createSourceFile('server.js', code, ts.ScriptTarget.Latest, true)).map(
      (finding) => `${finding.ruleId} ${finding.location.line}`,
    );

  it('still reports the request object and the parsed query logged through winston with redactUrlsFormat()', () => {
    // redactUrlsFormat() redacts strings in plain objects and arrays (docs/redact.md): an IncomingMessage is left as
    // it is (its url is serialized by json()), and a query object's values (`token: 'abc'`) are not URLs. The rule
    // drops every argument of such a logger ('entries').
    const code = [
      "import winston from 'winston';",
      "import { redactUrlsFormat } from 'urlleak/redact';",
      'const logger = winston.createLogger({ format: winston.format.combine(redactUrlsFormat(), winston.format.json()) });',
      'export function handle(req) {',
      "  logger.info('incoming', { request: req });",
      "  logger.info('query', { query: req.query });",
      '}',
    ].join('\n');
    expect(reported(code.replace('redactUrlsFormat(), ', ''))).toEqual(['log-raw-url 5', 'log-raw-url 6']);
    expect(reported(code)).toEqual(['log-raw-url 5', 'log-raw-url 6']);
  });
});
