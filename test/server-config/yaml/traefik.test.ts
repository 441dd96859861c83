import { describe, expect, it } from 'vitest';
import type { AccessLogLeak } from '../../../src/server-config/access-log-leak.js';
import { yamlAccessLogLeaks } from '../../../src/server-config/yaml/read-yaml-configs.js';
import { traefikTomlLeaks } from '../../../src/server-config/yaml/traefik.js';

/** Each leak as [part, line, column, endColumn]: what the tests pin down. */
function places(leaks: readonly AccessLogLeak[]): [string, number, number, number][] {
  return leaks.map((leak) => [leak.part, leak.line, leak.column, leak.endColumn]);
}

describe('Traefik static configuration (traefik.yml)', () => {
  it('reports the common log format (the default) for the query at the accessLog key; its Referer column is empty, headers being dropped by default', () => {
    const source = `entryPoints:
  web:
    address: ":80"
providers:
  docker: {}
accessLog: {}
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([['query', 6, 1, 10]]);
    expect(leaks[0]).toMatchObject({
      server: 'traefik',
      what: 'Traefik access log (common log format) records RequestPath (the request URI with its query string)',
      fix: 'Set accessLog.fields.queryParameters.defaultMode: drop (Traefik 3.6.18 and later; before, drop RequestPath: no field holds the path without its query).',
    });
    const kept = yamlAccessLogLeaks(`${source.replace('accessLog: {}', 'accessLog:\n  fields:\n    headers:\n      defaultMode: keep')}`);
    expect(places(kept)).toEqual([
      ['query', 6, 1, 10],
      ['referer', 9, 7, 18],
    ]);
    expect(kept[1]).toMatchObject({
      what: 'Traefik access log (common log format) records the Referer header',
      fix: 'Set accessLog.fields.headers.names.Referer: drop.',
    });
  });

  it('reports the JSON format for the query only, headers being dropped by default', () => {
    const source = `log:
  level: INFO
accessLog:
  filePath: /var/log/traefik/access.log
  format: json
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 3, 1, 10]]);
  });

  it('reports a Referer kept by name (any case) at its key, and no query once RequestPath is dropped', () => {
    const source = `api:
  dashboard: true
accessLog:
  format: json
  fields:
    defaultMode: keep
    names:
      RequestPath: drop
    headers:
      defaultMode: drop
      names:
        referer: keep
        Authorization: drop
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['referer', 12, 9, 16]]);
  });

  it('reports headers kept by default at the defaultMode key', () => {
    const source = `accesslog:
  format: json
  fields:
    headers:
      defaultMode: keep
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 1, 1, 10],
      ['referer', 5, 7, 18],
    ]);
  });

  it('follows fields.defaultMode: drop unless RequestPath is kept by name', () => {
    const dropped = `entryPoints: { web: { address: ":80" } }
accessLog:
  format: json
  fields:
    defaultMode: drop
`;
    expect(yamlAccessLogLeaks(dropped)).toEqual([]);
    const keptByName = `${dropped}    names:
      RequestPath: keep
`;
    expect(places(yamlAccessLogLeaks(keptByName))).toEqual([['query', 2, 1, 10]]);
  });

  it('drops the Referer of the common log format when headers are dropped or redacted', () => {
    const source = `providers: { file: { directory: /etc/traefik/dynamic } }
accessLog:
  fields:
    headers:
      defaultMode: drop
---
providers: { file: { directory: /etc/traefik/dynamic } }
accessLog:
  fields:
    headers:
      names:
        Referer: redact
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 2, 1, 10],
      ['query', 8, 1, 10],
    ]);
  });

  it('finds nothing when the access log is off, or when accessLog is another program’s key', () => {
    expect(yamlAccessLogLeaks('entryPoints:\n  web:\n    address: ":80"\naccessLog: false\n')).toEqual([]);
    expect(yamlAccessLogLeaks('server:\n  port: 8080\naccessLog:\n  enabled: true\n  pattern: "%h %r"\n')).toEqual([]);
    expect(yamlAccessLogLeaks('entryPoints:\n  web:\n    address: ":80"\n# accessLog: {}\n')).toEqual([]);
    expect(yamlAccessLogLeaks('name: reports\naccessLog: /var/log/reports/access.log\n')).toEqual([]);
  });

  it('takes a lone accessLog block made of Traefik options as Traefik’s', () => {
    expect(places(yamlAccessLogLeaks('accessLog:\n  filePath: /var/log/access.log\n'))).toEqual([['query', 1, 1, 10]]);
  });
});

describe('Traefik command lines', () => {
  it('reads a compose service’s command list, the Referer at the flag that keeps it', () => {
    const source = `services:
  traefik:
    image: traefik:v3.1
    command:
      - --api.insecure=true
      - --providers.docker=true
      - --entrypoints.web.address=:80
      - --accesslog=true
      - --accesslog.format=json
      - --accesslog.fields.headers.names.Referer=keep
    ports:
      - "80:80"
  app:
    image: nginx:alpine
    command: ["nginx", "-g", "daemon off;"]
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 8, 9, 25],
      ['referer', 10, 9, 54],
    ]);
    expect(leaks[0]?.fix).toBe(
      'Add --accesslog.fields.queryparameters.defaultmode=drop (Traefik 3.6.18 and later; before, drop RequestPath: no field holds the path without its query).',
    );
    expect(leaks[1]?.what).toBe('Traefik access log (JSON format) records the Referer header');
  });

  it('reads a command given as one string', () => {
    const source = `services:
  proxy:
    image: traefik
    command: --api.insecure=true --providers.docker --accesslog
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 4, 53, 64]]);
  });

  it('reads a Kubernetes container’s args, quoted, with RequestPath dropped', () => {
    const source = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge
spec:
  template:
    spec:
      containers:
        - name: proxy
          image: docker.io/library/traefik:v2.11
          args:
            - "--entrypoints.websecure.address=:443"
            - "--providers.kubernetescrd"
            - "--accesslog"
            - "--accesslog.fields.names.RequestPath=drop"
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([]);
  });

  it('takes an access-log option alone as turning the log on, and recognizes Traefik by its other flags', () => {
    const source = `services:
  edge:
    image: registry.example.com/edge-proxy:1.4
    command: ["--providers.docker", "--accessLog.filePath=/logs/access.log"]
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 4, 38, 75]]);
  });

  it('finds nothing for --accesslog=false, or for another program’s --accesslog flag', () => {
    const off = `services:
  traefik:
    image: traefik:v3.1
    command: ["--providers.docker", "--accesslog=false"]
`;
    expect(yamlAccessLogLeaks(off)).toEqual([]);
    const other = `services:
  api:
    image: example/api:2
    command: ["serve", "--accesslog", "--port=8080"]
`;
    expect(yamlAccessLogLeaks(other)).toEqual([]);
  });
});

describe('Traefik Helm chart values', () => {
  it('reports logs.access.enabled, and a Referer kept under fields.headers.names', () => {
    const source = `image:
  repository: traefik
logs:
  general:
    level: INFO
  access:
    enabled: true
    format: json
    fields:
      general:
        defaultmode: keep
        names:
          ClientUsername: drop
      headers:
        defaultmode: drop
        names:
          Referer: keep
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 7, 5, 12],
      ['referer', 17, 11, 18],
    ]);
    expect(leaks[0]?.fix).toBe(
      'Set logs.access.fields.general.names.RequestPath: drop (the chart has no option for the query parameters; add --accesslog.fields.queryparameters.defaultmode=drop to additionalArguments on Traefik 3.6.18 and later).',
    );
  });

  it('reads an umbrella chart’s traefik: values and the chart’s general.names', () => {
    const source = `traefik:
  logs:
    access:
      enabled: true
      fields:
        general:
          names:
            RequestPath: drop
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([]);
  });

  it('finds nothing when access logs are not enabled', () => {
    expect(yamlAccessLogLeaks('image:\n  repository: traefik\nlogs:\n  access:\n    enabled: false\n')).toEqual([]);
    expect(yamlAccessLogLeaks('logs:\n  access:\n    enabled: true\n')).toEqual([]);
  });
});

describe('traefik.toml', () => {
  it('reports [accessLog] for the query, and a Referer kept under [accessLog.fields.headers.names]', () => {
    const source = `[entryPoints]
  [entryPoints.web]
    address = ":80"

[accessLog]
  filePath = "/var/log/traefik/access.log"
  format = "json"

  [accessLog.fields]
    defaultMode = "keep"
    [accessLog.fields.names]
      "ClientUsername" = "drop"
    [accessLog.fields.headers]
      defaultMode = "drop"
      [accessLog.fields.headers.names]
        "User-Agent" = "redact"
        "Referer" = "keep"
`;
    const leaks = traefikTomlLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 5, 1, 12],
      ['referer', 17, 9, 18],
    ]);
    expect(leaks[0]?.fix).toBe(
      'Set defaultMode = "drop" under [accessLog.fields.queryParameters] (Traefik 3.6.18 and later; before, drop RequestPath: no field holds the path without its query).',
    );
  });

  it('reports the common log format at the [accessLog] header, the query gone once RequestPath is dropped', () => {
    expect(places(traefikTomlLeaks('[api]\n  dashboard = true\n\n[accessLog] # on\n'))).toEqual([['query', 4, 1, 12]]);
    const dropped = `[accessLog]
[accessLog.fields.names]
RequestPath = "drop" # no field without the query
`;
    expect(places(traefikTomlLeaks(dropped))).toEqual([]);
  });

  it('takes a sub-table or a dotted key as turning the log on', () => {
    expect(places(traefikTomlLeaks('[accessLog.filters]\n  statusCodes = ["500-599"]\n'))).toEqual([['query', 1, 1, 20]]);
    expect(places(traefikTomlLeaks('accessLog.format = "json"\n'))).toEqual([['query', 1, 1, 17]]);
  });

  it('finds nothing without an access log, in comments, or in multi-line strings', () => {
    expect(traefikTomlLeaks('[log]\n  level = "DEBUG"\n')).toEqual([]);
    expect(traefikTomlLeaks('# [accessLog]\n[log]\n  level = "DEBUG"\n')).toEqual([]);
    expect(traefikTomlLeaks('[http.middlewares.note]\n  text = """\n[accessLog]\n"""\n')).toEqual([]);
  });

  it('takes fields.queryParameters.defaultMode: drop (Traefik 3.6.18) as logging the path without its query, in YAML, TOML and flags', () => {
    expect(yamlAccessLogLeaks('accessLog:\n  fields:\n    queryParameters:\n      defaultMode: drop\n')).toEqual([]);
    expect(traefikTomlLeaks('[accessLog]\n[accessLog.fields.queryParameters]\n  defaultMode = "drop"\n')).toEqual([]);
    const compose =
      'services:\n  traefik:\n    image: traefik:v3.6\n    command:\n      - --accesslog=true\n      - --accesslog.fields.queryparameters.defaultmode=drop\n';
    expect(yamlAccessLogLeaks(compose)).toEqual([]);
    expect(places(yamlAccessLogLeaks(compose.replace('=drop', '=keep')))).toEqual([['query', 5, 9, 25]]);
  });
});
