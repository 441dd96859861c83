import { describe, expect, it } from 'vitest';
import type { AccessLogLeak } from '../../src/server-config/access-log-leak.js';
import { analyzeApache } from '../../src/server-config/apache/apache.js';
import { analyzeCaddyfile } from '../../src/server-config/caddy/caddyfile.js';
import { analyzeHaproxy } from '../../src/server-config/haproxy/haproxy.js';

const at = (leaks: readonly AccessLogLeak[]) => leaks.map((leak) => `${leak.part} ${leak.line}:${leak.column}-${leak.endColumn}`);

describe('Apache httpd', () => {
  it('reports %r, %q and %{Referer}i in LogFormat and inline CustomLog formats, at the format directive', () => {
    const source = [
      '<IfModule log_config_module>',
      '    LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined',
      '    LogFormat "%h %t \\"%m %U%q %H\\" %>s" withquery',
      '    CustomLog "logs/access_log" combined',
      '    CustomLog logs/inline_log "%h %{referer}i"',
      '</IfModule>',
    ].join('\n');
    expect(at(analyzeApache(source))).toEqual(['query 2:30-32', 'referer 2:44-55', 'query 3:29-31', 'referer 5:35-46']);
  });

  it('reports a CustomLog naming a stock format the file does not define, and a TransferLog without a default LogFormat', () => {
    const source = 'CustomLog ${APACHE_LOG_DIR}/access.log vhost_combined\nCustomLog logs/c common\nTransferLog logs/t\n';
    expect(at(analyzeApache(source))).toEqual(['query 1:1-10', 'referer 1:1-10', 'query 2:1-10', 'query 3:1-12']);
    expect(analyzeApache(source)[0]?.what).toBe(
      'Apache CustomLog uses the stock `vhost_combined` format, which records %r (the request line, query included)',
    );
  });

  it('passes over %U alone, literal %%r, comments, a TransferLog after a nickname-less LogFormat and custom nicknames', () => {
    const source = [
      '# LogFormat "%r" commented',
      'LogFormat "%h %t \\"%m %U %H\\" %>s 100%%r" clean',
      'CustomLog logs/clean clean',
      'LogFormat "%h %U"',
      'TransferLog logs/t',
      'CustomLog logs/x mystery',
    ].join('\n');
    expect(analyzeApache(source)).toEqual([]);
  });

  it('reads a LogFormat continued over lines', () => {
    expect(at(analyzeApache('LogFormat "%h %t \\\n    \\"%r\\" %>s" cont\n'))).toEqual(['query 2:7-9']);
  });
});

describe('HAProxy', () => {
  it('reports option httplog without a log-format, and the Referer capture', () => {
    const source = [
      'defaults',
      '    mode http',
      '    option httplog',
      'frontend www',
      '    bind :80',
      '    capture request header Referer len 128',
      '    default_backend app',
    ].join('\n');
    expect(at(analyzeHaproxy(source))).toEqual(['query 3:5-19', 'referer 6:5-35']);
  });

  it('reports %r, %HU, %HQ and url samples in log-format, not %HP or %HPO, and a proxy’s option httplog over the log-format of its defaults', () => {
    const source = [
      'defaults',
      '    log-format "%ci [%tr] %ST %{+Q}r"',
      'frontend a',
      '    option httplog',
      'listen b',
      '    log-format %ci\\ %HM\\ %HPO\\ %[req.hdr(referer)]',
      'backend c',
      '    log-format "%ci %[capture.req.uri] %HQ"',
    ].join('\n');
    expect(at(analyzeHaproxy(source))).toEqual(['query 2:31-37', 'query 4:5-19', 'referer 6:32-51', 'query 8:21-39']);
  });

  it('passes over tcplog, no option httplog and comments', () => {
    expect(analyzeHaproxy('frontend t\n    mode tcp\n    option tcplog\n    # option httplog\n    no option httplog\n')).toEqual([]);
  });
});

describe('Caddy', () => {
  it('reports a log directive in a site block, and nothing for the global options block', () => {
    const source = [
      '{',
      '    log default {',
      '        level INFO',
      '    }',
      '}',
      '',
      'example.com {',
      '    log',
      '    reverse_proxy app:8080',
      '}',
    ].join('\n');
    expect(at(analyzeCaddyfile(source))).toEqual(['query 8:5-8', 'referer 8:5-8']);
  });

  it('trusts filters that rewrite the URI and delete the Referer', () => {
    const source = [
      'api.example.com {',
      '    log {',
      '        format filter {',
      '            request>uri query {',
      '                replace token REDACTED',
      '            }',
      '            request>headers>Referer delete',
      '        }',
      '    }',
      '}',
      'www.example.com {',
      '    log {',
      '        format filter {',
      '            request>uri regexp \\?.* ""',
      '        }',
      '    }',
      '}',
    ].join('\n');
    expect(at(analyzeCaddyfile(source))).toEqual(['referer 12:5-8']);
  });

  it('reads a one-site Caddyfile without braces', () => {
    expect(at(analyzeCaddyfile('localhost\n\nlog\nfile_server\n'))).toEqual(['query 3:1-4', 'referer 3:1-4']);
  });
});
