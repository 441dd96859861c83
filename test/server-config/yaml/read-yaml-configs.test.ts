import { describe, expect, it } from 'vitest';
import { readYamlAccessLogs, yamlAccessLogLeaks } from '../../../src/server-config/yaml/read-yaml-configs.js';

describe('reading YAML files for access-log leaks', () => {
  it('reads every document of a stream, each leak at its line in the whole file, in file order', () => {
    const source = `# traefik and envoy in one file
apiVersion: v1
kind: Namespace
metadata:
  name: edge
---
entryPoints:
  web:
    address: ":80"
accessLog:
  format: json
---
access_log:
- name: envoy.access_loggers.stdout
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
`;
    expect(yamlAccessLogLeaks(source).map((leak) => [leak.server, leak.part, leak.line, leak.column])).toEqual([
      ['traefik', 'query', 10, 1],
      ['envoy', 'query', 16, 5],
    ]);
  });

  it('skips a document that does not parse, says so without quoting it, and reads the others', () => {
    const source = `entryPoints: { web: { address: ":80" } }
accessLog: {}
providers: [docker
---
entryPoints: { web: { address: ":80" } }
accessLog:
  format: json
`;
    const { leaks, problems } = readYamlAccessLogs(source);
    expect(leaks.map((leak) => [leak.part, leak.line])).toEqual([['query', 6]]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^YAML document 1 was not read: [A-Z_]+ at line \d+, column \d+\.$/);
    expect(problems[0]).not.toContain('docker');
  });

  it('never throws on text that is not YAML', () => {
    for (const source of ['access_log: "unterminated', '\t- accesslog\n  : [}', '{{ .Values.accessLog }}: x\n', '']) {
      expect(() => readYamlAccessLogs(source)).not.toThrow();
    }
  });

  it('finds nothing in YAML files of other kinds', () => {
    const workflow = `name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test -- --reporter=access-log
`;
    const compose = `services:
  web:
    image: nginx:1.27
    command: ["nginx", "-g", "daemon off;"]
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
`;
    const openApi = `openapi: 3.0.0
paths:
  /logs:
    get:
      parameters:
        - name: access_token
          in: query
      description: Reads the access log.
`;
    for (const source of [workflow, compose, openApi]) expect(readYamlAccessLogs(source)).toEqual({ leaks: [], problems: [] });
  });

  it('reads a Helm chart template: {{ … }} actions are blanked in place, so the nginx.conf it holds is judged at its lines', () => {
    const template = `{{- /*
Copyright Example, Inc.
*/}}
{{- if .Values.nginx.enabled }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "app.fullname" . }}-nginx
  labels: {{- include "common.labels.standard" . | nindent 4 }}
    app.kubernetes.io/component: nginx
data:
  nginx.conf: |
    http {
      log_format main '$remote_addr "$request" {{ .Values.extraFields }} "$http_referer"';
      access_log /dev/stdout main;
      server { listen {{ .Values.port }}; }
    }
{{- end }}
`;
    const { leaks, problems } = readYamlAccessLogs(template);
    expect(problems).toEqual([]);
    expect(leaks.map((leak) => `${leak.part} ${leak.line}:${leak.column}`)).toEqual(['query 14:38', 'referer 14:75']);
  });
});
