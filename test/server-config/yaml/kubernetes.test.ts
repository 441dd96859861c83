import { describe, expect, it } from 'vitest';
import type { AccessLogLeak } from '../../../src/server-config/access-log-leak.js';
import { yamlAccessLogLeaks } from '../../../src/server-config/yaml/read-yaml-configs.js';

/** Each leak as [part, server, line, column, endColumn]: what the tests pin down. */
function places(leaks: readonly AccessLogLeak[]): [string, string, number, number, number][] {
  return leaks.map((leak) => [leak.part, leak.server, leak.line, leak.column, leak.endColumn]);
}

describe('ingress-nginx configuration', () => {
  it('reads log-format-upstream in the controller ConfigMap, at the first variable of each part', () => {
    const source = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
data:
  use-forwarded-headers: "true"
  log-format-upstream: '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $request_length $request_time'
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 'ingress-nginx', 8, 68, 76],
      ['referer', 'ingress-nginx', 8, 104, 117],
    ]);
    expect(leaks[0]?.what).toMatch(/^ingress-nginx `log-format-upstream` records \$request /);
  });

  it('reads controller.config of the Helm chart, a folded block included', () => {
    const source = `controller:
  replicaCount: 2
  config:
    log-format-escape-json: "true"
    log-format-upstream: >-
      {"time": "$time_iso8601", "uri": "$request_uri", "status": $status}
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 'ingress-nginx', 6, 41, 53]]);
  });

  it('finds nothing when the access log is disabled beside the format, or for a stream format', () => {
    const source = `kind: ConfigMap
apiVersion: v1
metadata:
  name: nginx-configuration
data:
  disable-access-log: "true"
  log-format-upstream: '$remote_addr "$request"'
---
kind: ConfigMap
apiVersion: v1
metadata:
  name: tcp-services
data:
  log-format-stream: '[$remote_addr] [$time_local] $protocol $status'
`;
    expect(yamlAccessLogLeaks(source)).toEqual([]);
  });

  it('reports nothing for an install that sets no log format (its default is not explicit configuration)', () => {
    const source = `controller:
  config:
    use-forwarded-headers: "true"
    enable-real-ip: "true"
  service:
    annotations:
      service.beta.kubernetes.io/aws-load-balancer-type: nlb
`;
    expect(yamlAccessLogLeaks(source)).toEqual([]);
  });

  it('reads nginx directives in a configuration-snippet annotation, at their place in the file', () => {
    const source = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
      access_log /var/log/nginx/app.log;
spec:
  ingressClassName: nginx
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 'ingress-nginx', 8, 7, 17],
      ['referer', 'ingress-nginx', 8, 7, 17],
    ]);
  });

  it('reads a quoted server-snippet, and NGINX Inc’s location-snippets in a chart’s ingress annotations', () => {
    const source = `ingress:
  enabled: true
  annotations:
    nginx.ingress.kubernetes.io/server-snippet: "access_log /var/log/nginx/server.log combined;"
    nginx.org/location-snippets: |
      access_log off;
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 'ingress-nginx', 4, 50, 60],
      ['referer', 'ingress-nginx', 4, 50, 60],
    ]);
  });

  it('reads NGINX Inc’s log-format only in its ConfigMap', () => {
    const source = `kind: ConfigMap
apiVersion: v1
metadata:
  name: nginx-config
  namespace: nginx-ingress
data:
  log-format: '$remote_addr [$time_local] "$request_uri" $status'
---
kind: ConfigMap
apiVersion: v1
metadata:
  name: app-settings
data:
  log-format: '$request_uri'
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([['query', 'nginx', 7, 44, 56]]);
    expect(leaks[0]?.what).toMatch(/^NGINX Ingress Controller `log-format` records \$request_uri /);
  });
});

describe('server configuration files held in Kubernetes objects', () => {
  it('reads an nginx.conf in a ConfigMap at its lines in the manifest', () => {
    const source = `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  nginx.conf: |
    events {}
    http {
      log_format main '$remote_addr "$request" $status "$http_referer"';
      access_log /var/log/nginx/access.log main;
      server { listen 80; }
    }
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 'nginx', 9, 38, 46],
      ['referer', 'nginx', 9, 57, 70],
    ]);
  });

  it('reads an envoy.yaml in a ConfigMap, positions mapped back to the manifest', () => {
    const source = String.raw`apiVersion: v1
kind: ConfigMap
metadata:
  name: envoy-config
data:
  envoy.yaml: |
    static_resources:
      listeners:
      - name: main
        filter_chains:
        - filters:
          - name: envoy.filters.network.http_connection_manager
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
              access_log:
              - name: envoy.access_loggers.stdout
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
                  log_format:
                    text_format: "%REQ(:PATH)%\n"
              - name: envoy.access_loggers.stderr
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StderrAccessLog
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 'envoy', 20, 35, 47],
      ['query', 'envoy', 23, 19, 26],
    ]);
  });

  it('reads a traefik.toml in a ConfigMap, and a k3s HelmChartConfig for Traefik', () => {
    const source = `kind: ConfigMap
apiVersion: v1
metadata:
  name: traefik-config
data:
  traefik.toml: |
    [entryPoints.web]
      address = ":80"
    [accessLog]
      format = "json"
---
apiVersion: helm.cattle.io/v1
kind: HelmChartConfig
metadata:
  name: traefik
  namespace: kube-system
spec:
  valuesContent: |-
    logs:
      access:
        enabled: true
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([
      ['query', 'traefik', 9, 5, 16],
      ['query', 'traefik', 21, 9, 16],
    ]);
  });

  it('leaves other programs’ files and other objects alone', () => {
    const source = `apiVersion: v1
kind: ConfigMap
metadata:
  name: squid
data:
  squid.conf: |
    http_port 3128
    access_log daemon:/var/log/squid/access.log squid
  app.yaml: |
    log:
      level: debug
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: example/api:1.2
          args: ["--log-level=info"]
`;
    expect(yamlAccessLogLeaks(source)).toEqual([]);
  });

  it('reports ingress-nginx’s built-in format where the controller sets no log-format-upstream: its ConfigMap, and the chart’s own values', () => {
    const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
data:
  allow-snippet-annotations: "false"
`;
    expect(yamlAccessLogLeaks(configMap).map((leak) => `${leak.part} ${leak.line}:${leak.column}`)).toEqual(['query 6:1', 'referer 6:1']);
    expect(yamlAccessLogLeaks(`${configMap}  disable-access-log: "true"\n`)).toEqual([]);
    expect(yamlAccessLogLeaks(configMap.replace('ingress-nginx-controller', 'app-settings'))).toEqual([]);
    const chartValues =
      'controller:\n  image:\n    image: ingress-nginx/controller\n  config: {}\n  ingressClassResource:\n    name: nginx\n';
    expect(yamlAccessLogLeaks(chartValues).map((leak) => `${leak.part} ${leak.line}:${leak.column}`)).toEqual(['query 4:3', 'referer 4:3']);
    // A values file overriding a few settings says nothing of the format.
    expect(yamlAccessLogLeaks('controller:\n  replicaCount: 3\n  config: {}\n')).toEqual([]);
  });
});
