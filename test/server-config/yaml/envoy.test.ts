import { describe, expect, it } from 'vitest';
import type { AccessLogLeak } from '../../../src/server-config/access-log-leak.js';
import { yamlAccessLogLeaks } from '../../../src/server-config/yaml/read-yaml-configs.js';

/** Each leak as [part, line, column, endColumn]: what the tests pin down. */
function places(leaks: readonly AccessLogLeak[]): [string, number, number, number][] {
  return leaks.map((leak) => [leak.part, leak.line, leak.column, leak.endColumn]);
}

describe('Envoy access loggers', () => {
  it('finds %REQ(:PATH)% and %REQ(REFERER)% in an inline_string format, at each operator', () => {
    const source = String.raw`static_resources:
  listeners:
  - name: listener_0
    address:
      socket_address: { address: 0.0.0.0, port_value: 10000 }
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress_http
          access_log:
          - name: envoy.access_loggers.file
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
              path: /var/log/envoy/access.log
              log_format:
                text_format_source:
                  inline_string: "[%START_TIME%] \"%REQ(:METHOD)% %REQ(:PATH)% %PROTOCOL%\" %RESPONSE_CODE% \"%REQ(REFERER)%\"\n"
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 19, 67, 79],
      ['referer', 19, 111, 125],
    ]);
    expect(leaks[0]).toMatchObject({
      server: 'envoy',
      what: 'Envoy access log `envoy.access_loggers.file` format records %REQ(:PATH)% (the path with its query string)',
      fix: 'Log %REQ_WITHOUT_QUERY(:PATH)% or %PATH(NQ)% instead.',
    });
    expect(leaks[1]).toMatchObject({
      what: 'Envoy access log `envoy.access_loggers.file` format records %REQ(REFERER)% (the Referer header)',
    });
  });

  it("reports a logger without a format (Envoy's default format records the path) at its @type key", () => {
    const source = `admin:
  address:
    socket_address: { address: 127.0.0.1, port_value: 9901 }
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
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([['query', 15, 15, 22]]);
    expect(leaks[0]?.what).toBe(
      "Envoy access log `envoy.access_loggers.stdout` sets no format, and Envoy's default format records %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% (the path with its query string)",
    );
  });

  it('reports a format dictionary at the value holding the operator, nested values included', () => {
    const source = `access_log:
- name: envoy.access_loggers.stdout
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
    log_format:
      json_format:
        method: "%REQ(:METHOD)%"
        safe_path: "%REQ_WITHOUT_QUERY(:PATH)%"
        request:
          path: "%PATH%"
          referer: "%REQ(Referer):200%"
          again: "%REQ(:PATH)%"
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 10, 17, 25],
      ['referer', 11, 20, 40],
    ]);
    expect(leaks[0]?.fix).toBe('Log %PATH(NQ)% instead.');
  });

  it('reads the legacy v2 `config.format` of envoy.file_access_log', () => {
    const source = String.raw`access_log:
- name: envoy.file_access_log
  config:
    path: /dev/stdout
    format: "%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %RESPONSE_CODE%\n"
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 5, 14, 48]]);
  });

  it('reads JSON with camelCase field names, header names in any case', () => {
    const source = String.raw`{
  "accessLog": [
    {
      "name": "envoy.access_loggers.file",
      "typedConfig": {
        "@type": "type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog",
        "path": "/dev/stdout",
        "logFormat": { "textFormat": "%REQ(:path)% %RESP(X-REQUEST-ID)%\n" }
      }
    }
  ]
}
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 8, 39, 51]]);
  });

  it('places an operator in a block scalar on its own line', () => {
    const source = `access_log:
- name: envoy.access_loggers.stderr
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StderrAccessLog
    log_format:
      text_format_source:
        inline_string: |
          [%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH):256% %PROTOCOL%"
          %RESPONSE_CODE%
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 8, 42, 80]]);
  });

  it('follows an alias to the anchored format', () => {
    const source = String.raw`x-formats:
  main: &main "%REQ(:PATH)%\n"
access_log:
- name: envoy.access_loggers.stdout
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
    log_format:
      text_format: *main
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 2, 16, 28]]);
  });

  it('reports %QUERY_PARAM(X)% when X is a credential name, like nginx $arg_<name>', () => {
    const source = `access_log:
- name: envoy.access_loggers.stdout
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
    log_format:
      text_format: "%QUERY_PARAM(page)% %QUERY_PARAM(access_token)%"
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([['query', 6, 41, 68]]);
    expect(leaks[0]?.what).toContain('(the `access_token` query parameter)');
  });

  it('reports one leak per part and logger, and each logger of a document', () => {
    const source = `access_log:
- name: first
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
    path: /var/log/a.log
    log_format: { text_format: "%REQ(:PATH)% %PATH%" }
- name: second
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
    path: /var/log/b.log
`;
    const leaks = yamlAccessLogLeaks(source);
    expect(places(leaks)).toEqual([
      ['query', 6, 33, 45],
      ['query', 9, 5, 12],
    ]);
    expect(leaks[1]?.what).toMatch(/^Envoy access log `second` sets no format/);
  });

  it('unwraps a TypedStruct (an Istio EnvoyFilter) to the logger it configures', () => {
    const source = `apiVersion: networking.istio.io/v1alpha3
kind: EnvoyFilter
metadata:
  name: gateway-access-log
spec:
  configPatches:
    - applyTo: NETWORK_FILTER
      patch:
        operation: MERGE
        value:
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
            access_log:
              - name: envoy.access_loggers.file
                typed_config:
                  "@type": type.googleapis.com/udpa.type.v1.TypedStruct
                  type_url: type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                  value:
                    path: /dev/stdout
                    log_format:
                      text_format: "[%START_TIME%] %REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%\\n"
`;
    expect(places(yamlAccessLogLeaks(source))).toEqual([['query', 21, 67, 101]]);
  });

  it('finds nothing in formats that drop the query or omit the path', () => {
    const source = `access_log:
- name: envoy.access_loggers.stdout
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
    log_format:
      text_format_source:
        inline_string: "%REQ_WITHOUT_QUERY(X-ENVOY-ORIGINAL-PATH?:PATH)% %PATH(NQ)% %PATH(NQ:ORIG)% %REQ(:AUTHORITY)% %CEL(request.url_path)%\\n"
# %REQ(:PATH)% in a comment is not a format
- name: envoy.access_loggers.file
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
    path: /dev/null
`;
    expect(yamlAccessLogLeaks(source)).toEqual([]);
  });

  it('skips loggers that write no format string (gRPC, OpenTelemetry) and formats it cannot read', () => {
    const source = `access_log:
- name: envoy.access_loggers.http_grpc
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.grpc.v3.HttpGrpcAccessLogConfig
    common_config: { log_name: edge, transport_api_version: V3 }
- name: envoy.access_loggers.open_telemetry
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.open_telemetry.v3.OpenTelemetryAccessLogConfig
    body: { string_value: "%REQ(:METHOD)% %REQ(:PATH)%" }
- name: envoy.access_loggers.file
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
    path: /var/log/envoy.log
    log_format: { text_format_source: { filename: /etc/envoy/format.txt } }
`;
    expect(yamlAccessLogLeaks(source)).toEqual([]);
  });

  it('reports the HTTP connection manager’s logger and the router’s upstream_log, not the listener’s or a TCP proxy’s', () => {
    const source = `static_resources:
  listeners:
  - name: edge
    address: { socket_address: { address: 0.0.0.0, port_value: 8080 } }
    access_log:
    - name: envoy.access_loggers.stdout
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress_http
          access_log:
          - name: envoy.access_loggers.stdout
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
              upstream_log:
              - name: envoy.access_loggers.file
                typed_config:
                  "@type": type.googleapis.com/envoy.extensions.access_loggers.file.v3.FileAccessLog
                  path: /var/log/envoy/upstream.log
      - name: envoy.filters.network.tcp_proxy
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
          access_log:
          - name: envoy.access_loggers.stdout
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
`;
    // Listener and TCP proxy loggers write one line per connection: no request, no path (envoyproxy/envoy#32925).
    expect(places(yamlAccessLogLeaks(source)).map(([part, line]) => `${part} ${line}`)).toEqual(['query 18', 'query 26']);
  });
});
