import { describe, expect, it } from 'vitest';
import { analyzeNginx, nginxFormatLeaks } from '../../src/server-config/nginx/nginx.js';

const at = (leaks: ReturnType<typeof analyzeNginx>) => leaks.map((leak) => `${leak.part} ${leak.line}:${leak.column}-${leak.endColumn}`);

describe('nginx access-log configuration', () => {
  it('reports the first variable recording the query and the Referer in a multi-line log_format', () => {
    const source = [
      'http {',
      "    log_format main '$remote_addr - $remote_user [$time_local] '",
      '                    \'"$request" $status $body_bytes_sent \'',
      '                    \'"$http_referer" "$http_user_agent" $request_uri\';',
      '    access_log /var/log/nginx/access.log main;',
      '}',
    ].join('\n');
    expect(at(analyzeNginx(source))).toEqual(['query 3:23-31', 'referer 4:23-36']);
    expect(analyzeNginx(source)[0]?.what).toBe('nginx log_format `main` records $request (the request line, query included)');
  });

  it('reports access_log with the predefined combined format, named or implied, at the directive', () => {
    const source = 'server {\n  access_log /var/log/nginx/a.log;\n  access_log syslog:server=10.0.0.1 combined;\n  access_log off;\n}\n';
    expect(at(analyzeNginx(source))).toEqual(['query 2:3-13', 'referer 2:3-13', 'query 3:3-13', 'referer 3:3-13']);
  });

  it('passes over safe formats, comments, stream blocks and formats named by access_log', () => {
    const source = [
      '# log_format old "$request";',
      'log_format clean escape=json \'{"path":"$uri","status":$status,"page":"$arg_page"}\';',
      'access_log /var/log/nginx/clean.log clean if=$loggable;',
      "stream { log_format proxy '$remote_addr $protocol'; access_log /var/log/nginx/tcp.log proxy; }",
    ].join('\n');
    expect(analyzeNginx(source)).toEqual([]);
  });

  it('follows map and set variables: a map that strips the query is safe, one that keeps it is not', () => {
    const source = [
      'map $request_uri $loggable_uri { ~^(?<path>[^?]*) $path; }',
      'map $request_uri $raw_uri { default $request_uri; }',
      'set $copy $raw_uri;',
      "log_format a '$loggable_uri';",
      "log_format b '${copy} $arg_access_token';",
    ].join('\n');
    expect(at(analyzeNginx(source))).toEqual(['query 5:15-22']);
  });

  it('reports $arg_ variables only for credential names', () => {
    expect(at(analyzeNginx("log_format t '$arg_page $arg_token';"))).toEqual(['query 1:25-35']);
  });

  it('reads a format held in another file at its exact place (an ingress-nginx ConfigMap value)', () => {
    const source = 'data:\n  log-format-upstream: \'$remote_addr "$request" "$http_referer"\'\n';
    const start = source.indexOf("'");
    const leaks = nginxFormatLeaks(source, start, source.lastIndexOf("'") + 1, 'ingress-nginx log-format-upstream', 'ingress-nginx');
    expect(at(leaks)).toEqual(['query 2:39-47', 'referer 2:50-63']);
    expect(leaks.every((leak) => leak.server === 'ingress-nginx')).toBe(true);
  });

  it('reads a snippet inside a larger file without leaving its range', () => {
    const source = 'annotations:\n  snippet: |\n    access_log /var/log/x.log;\nother: access_log /y;\n';
    const start = source.indexOf('    access_log');
    expect(at(analyzeNginx(source, { start, end: source.indexOf('other:') }))).toEqual(['query 3:5-15', 'referer 3:5-15']);
  });

  it('reads what it can of a half-written file', () => {
    expect(at(analyzeNginx("http {\n  log_format x '$args';\n  server {"))).toEqual(['query 2:17-22']);
  });

  it('never quotes a format name that reads as a secret: findings carry none', () => {
    const secretName = 'ghp_R8d2kVq9Lm4Tz7Xc1Nb6Hs3Wy0Pa5Fe2Ju8G';
    const [leak] = analyzeNginx(`log_format ${secretName} '$request';`);
    expect(leak?.what).toBe('nginx log_format `(name not shown)` records $request (the request line, query included)');
    expect(analyzeNginx("log_format main_json '$request';")[0]?.what).toContain('`main_json`');
  });
});
