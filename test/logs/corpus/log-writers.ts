import type { Random } from './random.js';

/** One request as the corpus sees it, before a format writes it as a line. */
export interface RequestSpec {
  readonly time: Date;
  readonly method: string;
  /** Path, query and maybe fragment, as the client sent it. */
  readonly url: string;
  readonly host: string;
  readonly referer: string | undefined;
  readonly status: number;
  readonly clientIp: string;
  /** Extra header value (e.g. `Bearer <jwt>`) for formats that log headers. */
  readonly authorization: string | undefined;
}

/** How a JSON writer escapes strings: plain JSON, Go's `\u0026` for `&`, or PHP's `\/` for `/`. */
export type JsonEscape = 'plain' | 'go' | 'php';

export interface LogWriter {
  readonly id: string;
  readonly header: readonly string[];
  /** Whether the format carries the line's time (so JWTs get `liveWhenLogged`). */
  readonly hasTimestamp: boolean;
  readonly hasReferer: boolean;
  /** Whether fragments survive (only client-side/app logs record them). */
  readonly keepsFragment: boolean;
  readonly logsAuthorization: boolean;
  readonly json: boolean;
  write(request: RequestSpec, random: Random, escape: JsonEscape): string;
}

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Safari/537.36';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const clf = (time: Date) =>
  `${pad(time.getUTCDate())}/${MONTHS[time.getUTCMonth()]}/${time.getUTCFullYear()}:${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}`;
const iso = (time: Date) => time.toISOString();
const withoutFragment = (url: string) => url.split('#')[0] ?? url;

export function jsonString(value: string, escape: JsonEscape): string {
  const plain = JSON.stringify(value);
  if (escape === 'go') return plain.replaceAll('&', '\\u0026').replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');
  if (escape === 'php') return plain.replaceAll('/', '\\/');
  return plain;
}

function splitQuery(url: string): { stem: string; query: string } {
  const bare = withoutFragment(url);
  const index = bare.indexOf('?');
  return index === -1 ? { stem: bare, query: '-' } : { stem: bare.slice(0, index), query: bare.slice(index + 1) || '-' };
}

const text = { json: false, logsAuthorization: false } as const;
const jsonFormat = { json: true, logsAuthorization: true, hasTimestamp: true, keepsFragment: false, header: [] } as const;

export const logWriters: readonly LogWriter[] = [
  {
    id: 'nginx-combined',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: true,
    keepsFragment: false,
    write: (r, random) =>
      `${r.clientIp} - - [${clf(r.time)} +0000] "${r.method} ${withoutFragment(r.url)} HTTP/1.1" ${r.status} ${random.int(0, 9999)} "${r.referer ?? '-'}" "${UA}"`,
  },
  {
    id: 'apache-common',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: false,
    keepsFragment: false,
    // Local time seven hours behind UTC, written with its offset: the parser must apply it.
    write: (r, random) =>
      `${r.clientIp} - frank [${clf(new Date(r.time.getTime() - 7 * 3600_000))} -0700] "${r.method} ${withoutFragment(r.url)} HTTP/1.0" ${r.status} ${random.int(0, 9999)}`,
  },
  {
    id: 'ingress-nginx',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: true,
    keepsFragment: false,
    write: (r, random) =>
      `${r.clientIp} - - [${clf(r.time)} +0000] "${r.method} ${withoutFragment(r.url)} HTTP/2.0" ${r.status} ${random.int(0, 9999)} "${r.referer ?? '-'}" "${UA}" ${random.int(30, 900)} 0.${random.int(100, 999)} [default-api-80] [] 10.244.1.${random.int(2, 250)}:8080 ${random.int(0, 9999)} 0.${random.int(100, 999)} ${r.status} ${random.hex(32)}`,
  },
  {
    id: 'aws-alb',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: false,
    keepsFragment: false,
    write: (r, random) =>
      `https ${iso(r.time)} app/my-lb/50dc6c495c0c9188 ${r.clientIp}:${random.int(1024, 65535)} 10.0.0.1:80 0.000 0.001 0.000 ${r.status} ${r.status} 34 366 "${r.method} https://${r.host}:443${withoutFragment(r.url)} HTTP/1.1" "${UA}" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-${random.hex(8)}-${random.hex(24)}" "${r.host}" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 ${iso(r.time)} "forward" "-" "-" "10.0.0.1:80" "${r.status}" "-" "-"`,
  },
  {
    id: 'cloudfront',
    ...text,
    hasTimestamp: true,
    hasReferer: true,
    keepsFragment: false,
    header: [
      '#Version: 1.0',
      '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken',
    ],
    write: (r, random) => {
      const { stem, query } = splitQuery(r.url);
      const [date, time] = iso(r.time).replace('Z', '').split('T');
      const requestId = `${random.string('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 54)}==`;
      return [
        date,
        time?.slice(0, 8),
        'FRA56-P1',
        random.int(200, 9000),
        r.clientIp,
        r.method,
        'd111111abcdef8.cloudfront.net',
        stem,
        r.status,
        r.referer ?? '-',
        encodeURIComponent(UA),
        query,
        '-',
        'Miss',
        requestId,
        r.host,
        'https',
        random.int(100, 900),
        `0.${random.int(1, 999)}`,
      ].join('\t');
    },
  },
  {
    id: 'iis',
    ...text,
    hasTimestamp: true,
    hasReferer: true,
    keepsFragment: false,
    header: [
      '#Software: Microsoft Internet Information Services 10.0',
      '#Version: 1.0',
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
    ],
    write: (r, random) => {
      const { stem, query } = splitQuery(r.url);
      const [date, time] = iso(r.time).replace('Z', '').split('T');
      return [
        date,
        time?.slice(0, 8),
        '10.0.0.4',
        r.method,
        stem,
        query,
        443,
        '-',
        r.clientIp,
        UA.replaceAll(' ', '+'),
        r.referer ?? '-',
        r.status,
        0,
        0,
        random.int(1, 900),
      ].join(' ');
    },
  },
  {
    id: 'haproxy',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: false,
    keepsFragment: false,
    write: (r, random) =>
      `Oct 12 08:15:02 lb1 haproxy[14389]: ${r.clientIp}:${random.int(1024, 65535)} [${clf(r.time)}.${pad(random.int(0, 999), 3)}] http-in~ api/srv1 10/0/30/69/109 ${r.status} 2750 - - ---- 1/1/1/1/0 0/0 "${r.method} ${withoutFragment(r.url)} HTTP/1.1"`,
  },
  {
    id: 'envoy',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: false,
    keepsFragment: false,
    write: (r, random) =>
      `[${iso(r.time)}] "${r.method} ${withoutFragment(r.url)} HTTP/1.1" ${r.status} - 0 ${random.int(0, 9999)} 3 2 "${r.clientIp}" "${UA}" "${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}" "${r.host}" "10.0.0.5:8080"`,
  },
  {
    id: 'pino',
    ...jsonFormat,
    hasReferer: true,
    write: (r, random, escape) =>
      `{"level":30,"time":${r.time.getTime()},"pid":${random.int(2, 9999)},"hostname":"api-1","req":{"id":${random.int(1, 99999)},"method":"${r.method}","url":${jsonString(withoutFragment(r.url), escape)},"headers":{"host":"${r.host}"${r.referer ? `,"referer":${jsonString(r.referer, escape)}` : ''}${r.authorization ? `,"authorization":${jsonString(r.authorization, escape)}` : ''}}},"msg":"request completed"}`,
  },
  {
    id: 'winston',
    ...jsonFormat,
    hasReferer: false,
    logsAuthorization: false,
    write: (r, _random, escape) =>
      `{"level":"info","message":${jsonString(`${r.method} ${withoutFragment(r.url)}`, escape)},"timestamp":"${iso(r.time)}"}`,
  },
  {
    id: 'bunyan',
    ...jsonFormat,
    hasReferer: false,
    write: (r, random, escape) =>
      `{"name":"api","hostname":"api-2","pid":${random.int(2, 9999)},"level":30,"req":{"method":"${r.method}","url":${jsonString(withoutFragment(r.url), escape)},"headers":{"host":"${r.host}"${r.authorization ? `,"authorization":${jsonString(r.authorization, escape)}` : ''}}},"msg":"","time":"${iso(r.time)}","v":0}`,
  },
  {
    id: 'gcp-lb',
    ...jsonFormat,
    hasReferer: true,
    logsAuthorization: false,
    write: (r, random, escape) =>
      `{"httpRequest":{"requestMethod":"${r.method}","requestUrl":${jsonString(`https://${r.host}${withoutFragment(r.url)}`, escape)},"status":${r.status},"referer":${jsonString(r.referer ?? '', escape)},"userAgent":"${UA}"},"timestamp":"${iso(r.time)}","severity":"INFO","trace":"projects/p/traces/${random.hex(32)}"}`,
  },
  {
    id: 'cloudflare',
    ...jsonFormat,
    hasReferer: true,
    logsAuthorization: false,
    write: (r, random, escape) =>
      `{"ClientIP":"${r.clientIp}","ClientRequestHost":"${r.host}","ClientRequestMethod":"${r.method}","ClientRequestURI":${jsonString(withoutFragment(r.url), escape)},"ClientRequestReferer":${jsonString(r.referer ?? '', escape)},"EdgeStartTimestamp":${r.time.getTime()}000000,"EdgeResponseStatus":${r.status},"RayID":"${random.hex(16)}"}`,
  },
  {
    id: 'traefik',
    ...jsonFormat,
    hasReferer: true,
    logsAuthorization: false,
    write: (r, random, escape) =>
      `{"ClientHost":"${r.clientIp}","RequestMethod":"${r.method}","RequestPath":${jsonString(withoutFragment(r.url), escape)},"RequestProtocol":"HTTP/1.1","DownstreamStatus":${r.status},"Duration":${random.int(10000, 999999)},"StartUTC":"${iso(r.time)}","request_Referer":${jsonString(r.referer ?? '', escape)},"time":"${iso(r.time)}"}`,
  },
  {
    id: 'caddy',
    ...jsonFormat,
    hasReferer: true,
    logsAuthorization: false,
    write: (r, random, escape) =>
      `{"level":"info","ts":${r.time.getTime() / 1000},"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"${r.clientIp}","method":"${r.method}","host":"${r.host}","uri":${jsonString(withoutFragment(r.url), escape)},"headers":{"User-Agent":["${UA}"],"Referer":[${jsonString(r.referer ?? '', escape)}]}},"status":${r.status},"size":${random.int(0, 9999)}}`,
  },
  {
    id: 'app-text',
    ...text,
    header: [],
    hasTimestamp: true,
    hasReferer: false,
    keepsFragment: true,
    logsAuthorization: true,
    write: (r) =>
      `${iso(r.time).replace('T', ' ').replace('Z', '')}Z INFO  [realtime] client connecting to wss://${r.host}${r.url}${r.authorization ? ` with header Authorization: ${r.authorization}` : ''}`,
  },
  {
    id: 'untimed-text',
    ...text,
    header: [],
    hasTimestamp: false,
    hasReferer: false,
    keepsFragment: true,
    logsAuthorization: false,
    write: (r) => `opening EventSource https://${r.host}${r.url} (attempt 1)`,
  },
];
