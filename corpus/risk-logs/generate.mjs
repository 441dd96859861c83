// Writes the labelled log corpus of issue #12 ("how to measure it"): corpus/risk-logs/dev/ and corpus/risk-logs/heldout/,
// each a set of logs in real formats (format definitions: README.md) with values planted in realistic places, and the
// labels.json that says what a security reviewer calls each planted value. The labels come from how each line was
// built, so they exist before any scanner reads the files.
//
//   node corpus/risk-logs/generate.mjs     rewrites both parts; deterministic (seeded PRNG, no clock): same bytes every run
//
// Every value is made up here. Doc examples (the jwt.io token, AKIAIOSFODNN7EXAMPLE, Stripe's documented test keys,
// RFC 7515's example JWS) are copied on purpose: they are the "example" kind.
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Randomness: sfc32 seeded from a SHA-256 of the part's name, so dev and heldout never share a value.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '-_';
const B64 = ALNUM + '+/';

class Random {
  constructor(seed) {
    const digest = createHash('sha256').update(seed).digest();
    this.state = [0, 4, 8, 12].map((offset) => digest.readUInt32LE(offset));
    for (let i = 0; i < 16; i++) this.next();
  }
  next() {
    let [a, b, c, d] = this.state;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.state = [a, b, c, d];
    return (t >>> 0) / 4294967296;
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(list) {
    return list[this.int(0, list.length - 1)];
  }
  chars(alphabet, length) {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[this.int(0, alphabet.length - 1)];
    return text;
  }
  bytes(length) {
    return Buffer.from(Array.from({ length }, () => this.int(0, 255)));
  }
  uuid() {
    const h = this.chars(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Credentials and look-alikes, built to each provider's published shape.

const b64url = (text) => Buffer.from(text).toString('base64url');
const seconds = (ms) => Math.floor(ms / 1000);

function signJwt(rng, payload, { alg = 'HS256', kid } = {}) {
  const header = kid ? { alg, typ: 'JWT', kid } : { alg, typ: 'JWT' };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature =
    alg === 'HS256'
      ? createHmac('sha256', rng.bytes(32)).update(input).digest('base64url')
      : rng.bytes(alg === 'RS256' ? 256 : 64).toString('base64url');
  return `${input}.${signature}`;
}

const userId = (rng) => `usr_${rng.chars(LOWER + DIGITS, 12)}`;

/** Live at `t`, issued `ageSeconds` before it, valid for `lifetime` seconds (no `exp` when lifetime is undefined). */
function jwtAt(rng, t, { lifetime, age, jti = false, alg = 'HS256', kid, claims = {} }) {
  const iat = seconds(t) - (age ?? rng.int(3, 40));
  const payload = { sub: userId(rng), ...claims, iat };
  if (lifetime !== undefined) payload.exp = iat + lifetime;
  if (jti) payload.jti = rng.uuid();
  return signJwt(rng, payload, { alg, kid });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(text) {
  let c = 0xffffffff;
  for (const byte of Buffer.from(text)) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  const digits = DIGITS + UPPER + LOWER;
  let text = '';
  do {
    text = digits[n % 62] + text;
    n = Math.floor(n / 62);
  } while (n > 0);
  return text.padStart(width, '0');
}

const token = {
  github: (rng, prefix = 'ghp_') => {
    const body = rng.chars(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  },
  githubFineGrained: (rng) => `github_pat_11${rng.chars(UPPER + DIGITS, 20)}_${rng.chars(ALNUM, 59)}`,
  gitlab: (rng) => `glpat-${rng.chars(B64URL, 20)}`,
  slackBot: (rng) => `xoxb-${rng.chars(DIGITS, 12)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}`,
  slackUser: (rng) => `xoxp-${rng.chars(DIGITS, 12)}-${rng.chars(DIGITS, 12)}-${rng.chars(DIGITS, 13)}-${rng.chars(HEX, 32)}`,
  stripeSecret: (rng) => `sk_live_${rng.chars(ALNUM, 24)}`,
  stripeSecretNew: (rng) => `sk_live_51${rng.chars(ALNUM, 97)}`,
  stripePublishable: (rng) => `pk_live_${rng.chars(ALNUM, 24)}`,
  stripePublishableNew: (rng) => `pk_live_51${rng.chars(ALNUM, 97)}`,
  openai: (rng) => `sk-proj-${rng.chars(B64URL, 74)}T3BlbkFJ${rng.chars(B64URL, 74)}`,
  awsKeyId: (rng) => `AKIA${rng.chars(UPPER + '234567', 16)}`,
  awsSecret: (rng) => rng.chars(B64, 40),
  sendgrid: (rng) => `SG.${rng.chars(B64URL, 22)}.${rng.chars(B64URL, 43)}`,
  shopify: (rng) => `shpat_${rng.chars(HEX, 32)}`,
  npm: (rng) => `npm_${rng.chars(ALNUM, 36)}`,
  googleKey: (rng) => `AIza${rng.chars(B64URL, 35)}`,
  recaptchaSiteKey: (rng) => `6L${rng.chars(B64URL.replace('-', ''), 38)}`,
  mapboxPublic: (rng, user) => `pk.${b64url(JSON.stringify({ u: user, a: rng.chars(LOWER + DIGITS, 25) }))}.${rng.chars(B64URL, 22)}`,
  supabaseAnon: (rng, t) => {
    const iat = seconds(t) - rng.int(200, 400) * 86400;
    return signJwt(rng, { iss: 'supabase', ref: rng.chars(LOWER, 20), role: 'anon', iat, exp: iat + 315360000 });
  },
  opaque: (rng, length, alphabet = B64URL) => rng.chars(alphabet, length),
  engineIoSid: (rng) => rng.chars(B64URL, 20),
};

const EXAMPLES = {
  jwtIo:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  rfc7515:
    'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  awsKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsKeyId2: 'AKIAI44QH8DHBEXAMPLE',
  awsSecret2: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  stripeTest: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  stripeTest2: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
};

const DOCS = {
  stripeKeys: 'https://docs.stripe.com/keys',
  stripeApiAuth: 'https://docs.stripe.com/api/authentication',
  mapbox: 'https://docs.mapbox.com/help/dive-deeper/access-tokens/',
  supabase: 'https://supabase.com/docs/guides/api/api-keys',
  sentry: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  firebase: 'https://firebase.google.com/docs/projects/api-keys',
  algolia: 'https://www.algolia.com/doc/guides/security/api-keys/',
  recaptcha: 'https://developers.google.com/recaptcha/docs/display',
  mapsKey: 'https://developers.google.com/maps/api-security-best-practices',
  jwtIo: 'https://jwt.io/',
  rfc7515: 'https://www.rfc-editor.org/rfc/rfc7515#appendix-A.1',
  awsKeys: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  awsCliFiles: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html',
  engineIo: 'https://socket.io/docs/v4/engine-io-protocol/',
  oauthCode: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2',
  cloudfrontSigned:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html',
};

// ---------------------------------------------------------------------------------------------------------------------
// Time formats.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, width = 2) => String(n).padStart(width, '0');
const iso = (ms) => new Date(ms).toISOString();
const isoMicros = (ms) => `${iso(ms).slice(0, 23)}${pad((ms * 7) % 1000, 3)}Z`;
const isoNanos = (ms) => `${iso(ms).slice(0, 23)}${pad((ms * 7919) % 1000000, 6)}Z`;
const ymdHms = (ms) => iso(ms).slice(0, 19).replace('T', ' ');
function clf(ms, withMillis = false) {
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const millis = withMillis ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${time}${millis}${withMillis ? '' : ' +0000'}`;
}
function syslogTime(ms) {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(ms).slice(11, 19)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic: what fills the files between planted lines. It has its own random-looking values (asset hashes,
// click ids, cache busters, request ids, trace ids) that are not secrets: a finding on such a line is a false positive.

const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36',
];
const TOOL_UAS = ['curl/8.5.0', 'python-requests/2.32.3', 'okhttp/4.12.0', 'Go-http-client/2.0', 'PostmanRuntime/7.43.0'];
const SLUGS = ['trail-runner-gtx', 'canvas-tote', 'merino-crew', 'alpine-shell', 'city-backpack', 'wool-beanie', 'rain-poncho'];
const WORDS = ['boots', 'gore-tex', 'backpack', 'socks', 'waterproof', 'gift card', 'sale'];

function clientIp(rng) {
  return rng.pick([`203.0.113.${rng.int(2, 254)}`, `198.51.100.${rng.int(2, 254)}`, `192.0.2.${rng.int(2, 254)}`]);
}

const ROUTES = {
  shop: [
    (r) => ({ path: '/', bytes: r.int(18000, 42000) }),
    (r) => ({ path: `/static/js/main.${r.chars(HEX, 8)}.js`, bytes: r.int(90000, 240000) }),
    (r) => ({ path: `/static/css/app.${r.chars(HEX, 8)}.css`, bytes: r.int(20000, 60000) }),
    () => ({ path: '/favicon.ico', bytes: 1150 }),
    (r) => ({ path: '/products', query: `page=${r.int(2, 9)}&sort=${r.pick(['price', 'newest', 'rating'])}` }),
    (r) => ({ path: `/products/${r.pick(SLUGS)}-${r.int(100, 999)}` }),
    (r) => ({ path: '/search', query: `q=${encodeURIComponent(r.pick(WORDS))}&category=${r.pick(['shoes', 'bags', 'outdoor'])}` }),
    (r) => ({ path: `/images/${r.pick(SLUGS)}.webp`, query: `w=${r.pick([320, 640, 1280])}&q=75`, bytes: r.int(8000, 90000) }),
    (r) => ({
      path: `/blog/${r.pick(SLUGS)}`,
      query: `utm_source=newsletter&utm_medium=email&utm_campaign=${r.pick(['spring-sale', 'week-07', 'restock'])}`,
    }),
    (r) => ({ path: '/', query: `gclid=Cj0KCQiA${r.chars(B64URL, 72)}_BwE` }),
    (r) => ({ path: '/', query: `fbclid=IwAR${r.chars(B64URL, 59)}` }),
    (r) => ({ method: 'POST', path: '/api/v1/cart/items', status: 201, bytes: r.int(300, 900) }),
    (r) => ({ path: '/api/v1/cart', bytes: r.int(300, 3000) }),
    () => ({ path: '/account/orders', query: 'status=shipped' }),
    () => ({ path: '/robots.txt', bytes: 212 }),
    (r, t) => ({ path: '/api/v1/products', query: `ids=${r.int(10, 99)}%2C${r.int(100, 999)}&_=${t - r.int(500, 90000)}` }),
    (r) => ({ path: '/.env', status: 404, bytes: 162, ua: 'Mozilla/5.0 zgrab/0.x', ip: `198.51.100.${r.int(2, 254)}` }),
    () => ({ path: '/wp-login.php', status: 404, bytes: 162, ua: 'Mozilla/5.0 (compatible; scanner)' }),
    (r) => ({ path: `/download/invoice-${r.int(10000, 99999)}.pdf`, bytes: r.int(30000, 90000) }),
    () => ({ method: 'OPTIONS', path: '/api/v1/cart', status: 204, bytes: 0 }),
    () => ({ path: '/healthz', ua: 'kube-probe/1.31', ip: '10.0.1.1', bytes: 2 }),
  ],
  api: [
    (r) => ({ path: '/v1/me', bytes: r.int(300, 900) }),
    (r) => ({ path: '/v1/projects', query: `page=${r.int(1, 6)}&per_page=50` }),
    (r) => ({ path: `/v1/projects/${r.int(1000, 9999)}/issues`, query: 'state=open&sort=updated' }),
    (r) => ({ method: 'POST', path: '/v1/events', status: 202, bytes: r.int(20, 80) }),
    (r) => ({ path: '/v1/search', query: `q=${encodeURIComponent(r.pick(WORDS))}&limit=20` }),
    (r) => ({ path: `/v1/orders/${r.int(100000, 999999)}` }),
    (r) => ({ path: `/v1/files/${r.uuid()}`, bytes: r.int(2000, 200000) }),
    (r) => ({ method: 'PATCH', path: `/v1/projects/${r.int(1000, 9999)}`, bytes: r.int(300, 900) }),
    () => ({ method: 'DELETE', path: '/v1/sessions/current', status: 204, bytes: 0 }),
    (r) => ({ path: `/v1/exports/${r.uuid()}/status` }),
    () => ({ path: '/openapi.json', bytes: 48211 }),
    (r) => ({ path: '/v1/teams/platform/members', query: `include=${r.pick(['roles', 'avatars'])}` }),
    (r) => ({ path: '/v1/projects', status: 401, bytes: 64, ua: r.pick(TOOL_UAS) }),
    () => ({ path: '/metrics', ua: 'Prometheus/3.1.0', ip: '10.0.7.3', bytes: 18230 }),
    () => ({ path: '/healthz', ua: 'kube-probe/1.31', ip: '10.0.1.1', bytes: 2 }),
  ],
};

function baseEvent(rng, site, t) {
  return {
    t,
    ip: clientIp(rng),
    port: rng.int(1024, 65535),
    method: 'GET',
    path: '/',
    query: '',
    status: 200,
    bytes: rng.int(300, 9000),
    referer: '-',
    ua: rng.pick(UAS),
    reqId: rng.uuid(),
    ms: rng.int(2, 180),
    headers: {},
    host: site.host,
    protocol: 'HTTP/1.1',
  };
}

function ordinaryEvent(rng, site, t) {
  let route = rng.pick(ROUTES[site.routes])(rng, t);
  // Behind a CDN or a cloud load balancer the cluster's own probes never show up.
  while (site.edge && route.ip?.startsWith('10.')) route = rng.pick(ROUTES[site.routes])(rng, t);
  const event = { ...baseEvent(rng, site, t), ...route };
  if (event.referer === '-' && UAS.includes(event.ua) && rng.next() < 0.35) event.referer = `https://${site.host}/`;
  return event;
}

const target = (event) => event.path + (event.query ? `?${event.query}` : '');
const dash = (value) => (value === '' || value === undefined ? '-' : value);
/** JSON as Go's encoding/json writes it by default (Traefik's logrus formatter): `&`, `<`, `>` escaped. */
const goJson = (value) => JSON.stringify(value).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

// ---------------------------------------------------------------------------------------------------------------------
// A log file: ordinary events and planted ones, rendered by the format; each planted value is found back in the lines
// it was rendered into, which gives its labels (the first line, then "same-request" for the other lines of that request).

const shown = (value) => (value.length > 24 ? `${value.slice(0, 12)}…` : value);

function buildLog(rng, { site, start, plan, render, header = [] }) {
  const lines = [...header];
  const cases = [];
  const refs = new Map();
  let t = start;
  const emit = (event) => {
    const rendered = render(event, rng);
    lines.push(...rendered);
    t = Math.max(t, event.t + (event.hold ?? 0) * 1000);
    return rendered;
  };
  for (const step of plan) {
    if (typeof step === 'number') {
      for (let i = 0; i < step; i++) {
        t += rng.int(400, 25000);
        emit(ordinaryEvent(rng, site, t));
      }
      continue;
    }
    t += step.after !== undefined ? step.after * 1000 : rng.int(400, 25000);
    const base = baseEvent(rng, site, t);
    const planted = step.make({ rng, t, refs, base });
    const event = { ...base, ...planted.event };
    const startLine = lines.length;
    const rendered = emit(event);
    const needle = planted.needle ?? planted.value;
    const hits = rendered.flatMap((text, i) => (text.includes(needle) ? [startLine + i + 1] : []));
    if (hits.length === 0) throw new Error(`planted value not rendered: ${step.kind} ${shown(planted.value)}`);
    const first = { line: hits[0], expect: step.expect, kind: step.kind, value: shown(planted.value), why: step.why };
    if (step.replayOf) first.pairedWith = refs.get(step.replayOf).line;
    cases.push(first);
    for (const line of hits.slice(1)) {
      cases.push({
        line,
        expect: 'same-request',
        kind: 'same-request',
        value: shown(planted.value),
        why: `The request of line ${hits[0]} logged again by the same component (${step.kind} there); one request, not a reuse.`,
        pairedWith: hits[0],
      });
    }
    if (step.ref) refs.set(step.ref, { line: hits[0], value: planted.value, event });
  }
  return { text: lines.join('\n') + '\n', cases };
}

// ---------------------------------------------------------------------------------------------------------------------
// Formats. Each renders one request as the lines its component writes.

const formats = {
  // nginx `combined` (ngx_http_log_module).
  nginxCombined: (e) => [
    `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ],

  // nginx `log_format ... escape=json` with the variables of the corpus README.
  nginxJson: (e, rng) => [
    JSON.stringify({
      time_iso8601: `${iso(e.t).slice(0, 19)}+00:00`,
      remote_addr: e.ip,
      request_method: e.method,
      request_uri: target(e),
      status: String(e.status),
      body_bytes_sent: String(e.bytes),
      request_time: (e.ms / 1000).toFixed(3),
      http_referer: e.referer === '-' ? '' : e.referer,
      http_user_agent: e.ua,
      http_x_forwarded_for: '',
      request_id: rng.chars(HEX, 32),
    }),
  ],

  // AWS Application Load Balancer access log entry.
  alb: (e, rng) => {
    const type = e.websocket ? 'wss' : e.protocol === 'HTTP/2.0' ? 'h2' : 'https';
    const targetIp = `10.0.${rng.int(10, 13)}.${rng.int(10, 250)}:8080`;
    const traceId = `Root=1-${seconds(e.t).toString(16)}-${rng.chars(HEX, 24)}`;
    const created = isoMicros(e.t - e.ms);
    return [
      [
        type,
        isoMicros(e.t),
        'app/prod-web/4f1c2b9d8e7a6c50',
        `${e.ip}:${e.port}`,
        targetIp,
        '0.001',
        (e.ms / 1000).toFixed(3),
        '0.000',
        e.status,
        e.status,
        rng.int(180, 900),
        e.bytes,
        `"${e.method} https://${e.host}:443${target(e)} ${e.protocol}"`,
        `"${e.ua}"`,
        'ECDHE-RSA-AES128-GCM-SHA256',
        'TLSv1.2',
        'arn:aws:elasticloadbalancing:eu-west-1:210987654321:targetgroup/web-tg/7a3c9e51d2b04f68',
        `"${traceId}"`,
        `"${e.host}"`,
        '"arn:aws:acm:eu-west-1:210987654321:certificate/0c5b1f2e-8d7a-4e3b-9f61-2a4d5c6b7e8f"',
        '1',
        created,
        '"forward"',
        '"-"',
        '"-"',
        `"${targetIp}"`,
        `"${e.status}"`,
        '"-"',
        '"-"',
        `TID_${rng.chars(HEX, 32)}`,
      ].join(' '),
    ];
  },

  // API Gateway REST API execution log (full request and response data), as `aws logs tail` prints it.
  apigwExecution: (e, rng) => {
    const stream = e.stream;
    const at = (offset) => `${isoMicros(e.t + offset).replace('Z', '+00:00')} ${stream} (${e.reqId})`;
    const params = e.queryMap.map(([k, v]) => `${k}=${v}`).join(', ');
    const endpoint = `https://orders.internal.example.com${target(e)}`;
    const auth = e.headers.authorization ? `, Authorization=${e.headers.authorization}` : '';
    const body = `{"items":[],"next":null,"count":${rng.int(0, 40)}}`;
    const lines = [
      `${at(0)} Extended Request Id: ${rng.chars(ALNUM, 14)}=`,
      `${at(0)} Verifying Usage Plan for request: ${e.reqId}. API Key:  API Stage: ${e.apiId}/prod`,
      `${at(1)} API Key  authorized because method '${e.method} ${e.resource}' does not require API Key. Request will not contribute to throttle or quota limits`,
      `${at(1)} Usage Plan check succeeded for API Key  and API Stage ${e.apiId}/prod`,
      `${at(1)} Starting execution for request: ${e.reqId}`,
      `${at(1)} HTTP Method: ${e.method}, Resource Path: ${e.path}`,
      `${at(1)} Method request path: {}`,
      `${at(1)} Method request query string: {${params}}`,
      `${at(1)} Method request headers: {Accept=application/json${auth}, Host=${e.apiId}.execute-api.eu-west-1.amazonaws.com, User-Agent=${e.ua}, X-Amzn-Trace-Id=Root=1-${seconds(e.t).toString(16)}-${rng.chars(HEX, 24)}, X-Forwarded-For=${e.ip}, X-Forwarded-Port=443, X-Forwarded-Proto=https}`,
      `${at(1)} Method request body before transformations: `,
      `${at(2)} Endpoint request URI: ${endpoint}`,
      `${at(2)} Endpoint request headers: {x-amzn-apigateway-api-id=${e.apiId}, Accept=application/json, User-Agent=AmazonAPIGateway_${e.apiId}, X-Amzn-Trace-Id=Root=1-${seconds(e.t).toString(16)}-${rng.chars(HEX, 24)}}`,
      `${at(2)} Endpoint request body after transformations: `,
      `${at(2)} Sending request to ${endpoint}`,
      `${at(e.ms)} Received response. Status: ${e.status}, Integration latency: ${e.ms - 3} ms`,
      `${at(e.ms)} Endpoint response headers: {Content-Type=application/json, Content-Length=${body.length}, Connection=keep-alive}`,
      `${at(e.ms)} Endpoint response body before transformations: ${body}`,
      `${at(e.ms)} Method response body after transformations: ${body}`,
      `${at(e.ms)} Method response headers: {Content-Type=application/json, X-Amzn-Trace-Id=Root=1-${seconds(e.t).toString(16)}-${rng.chars(HEX, 24)}}`,
      `${at(e.ms)} Successfully completed execution`,
      `${at(e.ms)} Method completed with status: ${e.status}`,
    ];
    return lines;
  },

  // Rails production.log: Logger::Formatter with `config.log_tags = [:request_id]`; Started + Processing +
  // Parameters + Completed for one request. The app filters Rails 7's default `filter_parameters`.
  rails: (e, rng) => {
    const at = (offset) => `I, [${isoMicros(e.t + offset).slice(0, 26)} #${e.pid}]  INFO -- : [${e.reqId}]`;
    const path = railsFilteredPath(e);
    const lines = [
      `${at(0)} Started ${e.method} "${path}" for ${e.ip} at ${ymdHms(e.t)} +0000`,
      `${at(1)} Processing by ${e.controller} as ${e.format ?? 'HTML'}`,
    ];
    const params = e.params ?? railsParams(e.query);
    if (params.length > 0) lines.push(`${at(1)}   Parameters: {${params.map(([k, v]) => `${JSON.stringify(k)}=>${v}`).join(', ')}}`);
    if (e.status === 302) lines.push(`${at(e.ms - 1)} Redirected to https://${e.host}/`);
    const views = e.status === 302 ? '' : `Views: ${(rng.int(10, 300) / 10).toFixed(1)}ms | `;
    lines.push(
      `${at(e.ms)} Completed ${e.status} ${RAILS_STATUS[e.status]} in ${e.ms}ms (${views}ActiveRecord: ${(rng.int(5, 200) / 10).toFixed(1)}ms (${rng.int(1, 9)} queries, 0 cached) | GC: ${(rng.int(0, 30) / 10).toFixed(1)}ms)`,
    );
    return lines;
  },

  // pino-http's default "request completed" line (pino-std-serializers req/res, Express).
  pinoHttp: (e, rng) => [
    JSON.stringify({
      level: e.status >= 500 ? 50 : e.status >= 400 ? 40 : 30,
      time: e.t + e.ms,
      pid: 23,
      hostname: 'api-7c9d8f6b5-x2k4q',
      req: {
        id: e.seq,
        method: e.method,
        url: target(e),
        query: Object.fromEntries(new URLSearchParams(e.query)),
        params: {},
        headers: {
          host: e.host,
          'user-agent': e.ua,
          accept: 'application/json',
          ...e.headers,
          'x-forwarded-for': e.ip,
          'x-request-id': e.reqId,
        },
        remoteAddress: '::ffff:10.0.2.15',
        remotePort: e.port,
      },
      res: {
        statusCode: e.status,
        headers: {
          'x-powered-by': 'Express',
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(e.bytes),
          etag: `W/"${e.bytes.toString(16)}-${rng.chars(B64URL, 27)}"`,
        },
      },
      responseTime: e.ms,
      msg: 'request completed',
    }),
  ],

  // HAProxy `option httplog`, through syslog.
  haproxy: (e, rng) => {
    const tq = rng.int(0, 2);
    const tc = rng.int(0, 2);
    return [
      `${syslogTime(e.t)} lb-01 haproxy[2291]: ${e.ip}:${e.port} [${clf(e.t - e.ms, true)}] fe_https~ be_app/app-0${rng.int(1, 3)} ${tq}/0/${tc}/${e.ms - 1}/${e.ms + tq + tc} ${e.status} ${e.bytes} - - ---- ${rng.int(10, 60)}/${rng.int(10, 60)}/${rng.int(1, 9)}/${rng.int(0, 3)}/0 0/0 "${e.method} ${target(e)} ${e.protocol}"`,
    ];
  },

  // Traefik access log, `format: json`, headers kept with Authorization redacted.
  traefik: (e, rng) => {
    const entry = {
      ClientAddr: `${e.ip}:${e.port}`,
      ClientHost: e.ip,
      ClientPort: String(e.port),
      ClientUsername: '-',
      DownstreamContentSize: e.bytes,
      DownstreamStatus: e.status,
      Duration: e.ms * 1000000 + rng.int(0, 999999),
      OriginContentSize: e.bytes,
      OriginDuration: (e.ms - 1) * 1000000 + rng.int(0, 999999),
      OriginStatus: e.status,
      Overhead: rng.int(100000, 900000),
      RequestAddr: e.host,
      RequestContentSize: 0,
      RequestCount: e.seq,
      RequestHost: e.host,
      RequestMethod: e.method,
      RequestPath: target(e),
      RequestPort: '-',
      RequestProtocol: e.protocol,
      RequestScheme: 'https',
      RetryAttempts: 0,
      RouterName: 'files@docker',
      ServiceAddr: '172.18.0.4:8080',
      ServiceName: 'files@docker',
      ServiceURL: 'http://172.18.0.4:8080',
      StartLocal: isoNanos(e.t),
      StartUTC: isoNanos(e.t),
      entryPointName: 'websecure',
      level: 'info',
      msg: '',
    };
    if (e.headers.authorization) entry['request_Authorization'] = e.headers.authorization;
    entry['request_User-Agent'] = e.ua;
    entry.time = `${iso(e.t + e.ms).slice(0, 19)}Z`;
    return [goJson(entry)];
  },

  // Heroku router log line, as `heroku logs` prints it.
  heroku: (e, rng) => [
    `${isoMicros(e.t + e.ms).replace('Z', '+00:00')} heroku[router]: at=info method=${e.method} path="${target(e)}" host=${e.host} request_id=${e.reqId} fwd="${e.ip}" dyno=web.${rng.int(1, 3)} connect=${rng.int(0, 2)}ms service=${e.ms}ms status=${e.status} bytes=${e.bytes} protocol=https`,
  ],

  // Cloudflare Logpush, http_requests dataset, JSON lines, RFC 3339 timestamps.
  cloudflare: (e, rng) => [
    JSON.stringify({
      CacheCacheStatus: e.path.startsWith('/static') || e.path.startsWith('/images') ? 'hit' : 'dynamic',
      ClientIP: e.ip,
      ClientRequestHost: e.host,
      ClientRequestMethod: e.method,
      ClientRequestProtocol: 'HTTP/2',
      ClientRequestReferer: e.referer === '-' ? '' : e.referer,
      ClientRequestURI: target(e),
      ClientRequestUserAgent: e.ua,
      EdgeEndTimestamp: `${iso(e.t + e.ms).slice(0, 19)}Z`,
      EdgeResponseBytes: e.bytes + 412,
      EdgeResponseStatus: e.status,
      EdgeStartTimestamp: `${iso(e.t).slice(0, 19)}Z`,
      OriginResponseStatus: e.status,
      RayID: rng.chars(HEX, 16),
    }),
  ],

  // Apache httpd `vhost_combined`.
  apacheVhost: (e) => [
    `${e.host}:443 ${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ],

  // CloudFront standard log (legacy), tab-separated under its #Fields header.
  cloudfront: (e, rng) => {
    const d = iso(e.t + e.ms);
    const result = e.path.startsWith('/static') ? 'Hit' : 'Miss';
    return [
      [
        d.slice(0, 10),
        d.slice(11, 19),
        'FRA56-P3',
        e.bytes + 380,
        e.ip,
        e.method,
        'd2x7kq1v9m3j8c.cloudfront.net',
        e.path,
        e.status,
        e.referer,
        encodeURIComponent(e.ua).replace(/%2F/g, '/').replace(/%3B/g, ';').replace(/%2C/g, ','),
        dash(e.query),
        '-',
        result,
        `${rng.chars(B64URL, 54)}==`,
        e.host,
        'https',
        rng.int(60, 700),
        (e.ms / 1000).toFixed(3),
        '-',
        'TLSv1.3',
        'TLS_AES_128_GCM_SHA256',
        result,
        'HTTP/2.0',
        '-',
        '-',
        e.port,
        (e.ms / 1000 - 0.001).toFixed(3),
        result,
        e.contentType ?? 'application/json',
        e.bytes,
        '-',
        '-',
      ].join('\t'),
    ];
  },

  // IIS W3C extended log as Azure App Service writes it (HTTP logs, file system).
  iis: (e, rng) => [
    [
      ymdHms(e.t + e.ms),
      '~1SHOP-PROD',
      e.method,
      e.path,
      dash(e.query),
      443,
      '-',
      e.ip,
      e.ua.replace(/ /g, '+'),
      e.cookie ?? '-',
      e.referer,
      e.host,
      e.status,
      0,
      0,
      e.bytes,
      rng.int(300, 1200),
      e.ms,
    ].join(' '),
  ],

  // GCP external Application Load Balancer request log, LogEntry JSON as Cloud Logging exports it.
  gcpLb: (e, rng) => [
    JSON.stringify({
      insertId: rng.chars(LOWER + DIGITS, 14),
      jsonPayload: {
        '@type': 'type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry',
        backendTargetProjectNumber: 'projects/482915736201',
        remoteIp: e.ip,
        statusDetails: 'response_sent_by_backend',
      },
      httpRequest: {
        requestMethod: e.method,
        requestUrl: `https://${e.host}${target(e)}`,
        requestSize: String(rng.int(200, 900)),
        status: e.status,
        responseSize: String(e.bytes),
        userAgent: e.ua,
        remoteIp: e.ip,
        serverIp: '10.132.0.12',
        ...(e.referer === '-' ? {} : { referer: e.referer }),
        latency: `${(e.ms / 1000).toFixed(6)}s`,
      },
      resource: {
        type: 'http_load_balancer',
        labels: {
          backend_service_name: 'web-backend',
          forwarding_rule_name: 'web-https-fr',
          project_id: 'shop-prod-4829',
          target_proxy_name: 'web-https-proxy',
          url_map_name: 'web-map',
          zone: 'global',
        },
      },
      timestamp: isoMicros(e.t),
      severity: e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARNING' : 'INFO',
      logName: 'projects/shop-prod-4829/logs/requests',
      trace: `projects/shop-prod-4829/traces/${rng.chars(HEX, 32)}`,
      receiveTimestamp: isoNanos(e.t + 900),
      spanId: rng.chars(HEX, 16),
    }),
  ],

  // Caddy `log` directive, JSON encoder (zap: `&` written as is), Authorization/Cookie shown as Caddy logs them.
  caddy: (e, rng) => {
    const headers = { 'User-Agent': [e.ua], Accept: ['*/*'], 'Accept-Encoding': ['gzip, deflate, br'] };
    if (e.headers.authorization) headers.Authorization = [e.headers.authorization];
    if (e.headers.cookie) headers.Cookie = [e.headers.cookie];
    return [
      JSON.stringify({
        level: 'info',
        ts: (e.t + e.ms) / 1000 + rng.int(0, 999) / 1e6,
        logger: 'http.log.access.log0',
        msg: 'handled request',
        request: {
          remote_ip: e.ip,
          remote_port: String(e.port),
          client_ip: e.ip,
          proto: e.protocol,
          method: e.method,
          host: e.host,
          uri: target(e),
          headers,
          tls: { resumed: false, version: 772, cipher_suite: 4865, proto: 'h2', server_name: e.host },
        },
        bytes_read: 0,
        user_id: '',
        duration: e.ms / 1000 + rng.int(0, 999) / 1e6,
        size: e.bytes,
        status: e.status,
        resp_headers: { Server: ['Caddy'], 'Content-Type': [e.contentType ?? 'application/json'] },
      }),
    ];
  },

  // Envoy's default access log format string.
  envoy: (e, rng) => [
    `[${iso(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} - 0 ${e.bytes} ${e.ms} ${e.ms - 1} "${e.ip}" "${e.ua}" "${e.reqId}" "${e.host}" "10.0.3.${rng.int(10, 40)}:8080"`,
  ],

  // ASP.NET Core, console logger (SimpleConsole, SingleLine, TimestampFormat "yyyy-MM-dd HH:mm:ss.fff ").
  aspnet: (e) => {
    const at = (offset) =>
      `${iso(e.t + offset)
        .slice(0, 23)
        .replace('T', ' ')}`;
    const url = `https://${e.host}${target(e)}`;
    const contentType = e.status === 101 || e.status === 204 ? '-' : 'application/json;+charset=utf-8';
    const length = e.status === 101 || e.status === 204 ? '-' : e.bytes;
    return [
      `${at(0)} info: Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting ${e.protocol} ${e.method} ${url} - - -`,
      `${at(1)} info: Microsoft.AspNetCore.Routing.EndpointMiddleware[0] Executing endpoint '${e.endpoint}'`,
      `${at(e.ms)} info: Microsoft.AspNetCore.Routing.EndpointMiddleware[1] Executed endpoint '${e.endpoint}'`,
      `${at(e.ms)} info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished ${e.protocol} ${e.method} ${url} - ${e.status} ${length} ${contentType} ${(e.ms + 0.4137).toFixed(4)}ms`,
    ];
  },

  // Spring Boot 3 default console pattern; CommonsRequestLoggingFilter at DEBUG with includeQueryString and
  // includeClientInfo (AbstractRequestLoggingFilter's "Before request [" / "After request [" prefixes).
  spring: (e) => {
    const at = (offset, level) => `${iso(e.t + offset)} ${level.padStart(5)} 1 --- [orders-api] [nio-8080-exec-${(e.seq % 9) + 1}]`;
    const message = `${e.method} ${target(e)}, client=${e.ip}`;
    const lines = [`${at(0, 'DEBUG')} o.s.w.f.CommonsRequestLoggingFilter      : Before request [${message}]`];
    if (e.appLog) lines.push(`${at(1, 'INFO')} c.e.orders.web.OrderController           : ${e.appLog}`);
    lines.push(`${at(e.ms, 'DEBUG')} o.s.w.f.CommonsRequestLoggingFilter      : After request [${message}]`);
    return lines;
  },

  // morgan 'dev' (colours written to the file: the format always emits them).
  morganDev: (e) => {
    const color = e.status >= 500 ? 31 : e.status >= 400 ? 33 : e.status >= 300 ? 36 : 32;
    return [`\x1b[0m${e.method} ${target(e)} \x1b[${color}m${e.status}\x1b[0m ${(e.ms + 0.123).toFixed(3)} ms - ${e.bytes}\x1b[0m`];
  },

  // Fastify 4's default logger (pino): "incoming request" and "request completed" per request.
  fastify: (e) => {
    const common = { pid: 1, hostname: 'api-6f7d9c5b8-qk2lx', reqId: `req-${e.seq.toString(36)}` };
    return [
      JSON.stringify({
        level: 30,
        time: e.t,
        ...common,
        req: { method: e.method, url: target(e), hostname: e.host, remoteAddress: e.ip, remotePort: e.port },
        msg: 'incoming request',
      }),
      JSON.stringify({
        level: 30,
        time: e.t + e.ms,
        ...common,
        res: { statusCode: e.status },
        responseTime: e.ms + 0.2731,
        msg: 'request completed',
      }),
    ];
  },

  // ingress-nginx's default `upstreaminfo` log format.
  ingressNginx: (e, rng) => [
    `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${rng.int(200, 900)} ${(e.ms / 1000).toFixed(3)} [shop-web-80] [] 10.244.1.${rng.int(10, 40)}:8080 ${e.bytes} ${((e.ms - 1) / 1000).toFixed(3)} ${e.status} ${rng.chars(HEX, 32)}`,
  ],
};

const RAILS_STATUS = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  302: 'Found',
  401: 'Unauthorized',
  404: 'Not Found',
  422: 'Unprocessable Content',
};
// Rails 7's generated config/initializers/filter_parameter_logging.rb (partial, case-insensitive matches).
const RAILS_FILTER = /passw|email|secret|token|_key|crypt|salt|certificate|otp|ssn|cvv|cvc/i;
function railsParams(query) {
  return [...new URLSearchParams(query)].map(([k, v]) => [k, JSON.stringify(RAILS_FILTER.test(k) ? '[FILTERED]' : v)]);
}
function railsFilteredPath(e) {
  if (!e.query) return e.path;
  const query = e.query
    .split('&')
    .map((pair) => {
      const [k] = pair.split('=');
      return RAILS_FILTER.test(decodeURIComponent(k)) ? `${k}=[FILTERED]` : pair;
    })
    .join('&');
  return `${e.path}?${query}`;
}

// Per-request fields some formats need, filled for every event of the file.
function decorate(extra) {
  let seq = 0;
  return (render) => (event, rng) => render({ ...extra(event, rng, ++seq), ...event, seq }, rng);
}

// ---------------------------------------------------------------------------------------------------------------------
// Planted cases. Each `make` returns the value (what the label shows, and what is looked for in the rendered lines) and
// the request that carries it. `expect`: what a reviewer expects a scanner to say about that line.

const WHY = {
  replay: 'The same token again, minutes later, from another client address: a captured credential being replayed.',
  sameTicketReplay: 'The single-use ticket of the earlier line accepted a second time from another address: the single-use check failed.',
};

function lifetimeText(lifetime) {
  if (lifetime === undefined) return 'no exp';
  if (lifetime % 86400 === 0) return `exp - iat = ${lifetime / 86400} days`;
  if (lifetime % 3600 === 0) return `exp - iat = ${lifetime / 3600} h`;
  return `exp - iat = ${lifetime} s`;
}

const c = {
  /** An opaque long-lived credential under `name`. */
  opaque: (name, path, length, why, { alphabet = B64URL, extra = '', event = {}, ref } = {}) => ({
    expect: 'error',
    kind: 'long-lived',
    why,
    ref,
    make: ({ rng }) => {
      const value = token.opaque(rng, length, alphabet);
      return { value, event: { path, query: `${name}=${value}${extra}`, ...event } };
    },
  }),
  /** A JWT whose lifetime makes it a credential (error), or a short one without jti (warning), or a ticket (note). */
  jwt: (name, path, { lifetime, age, jti = false, alg, kid, claims, why, extraQuery = '', query, event = {}, ref }) => ({
    expect: lifetime !== undefined && lifetime <= 300 ? (jti ? 'note' : 'warning') : 'error',
    kind: lifetime !== undefined && lifetime <= 300 ? (jti ? 'ticket' : 'short-lived-reusable') : 'long-lived',
    why: `${why} (JWT ${alg ?? 'HS256'}, ${lifetimeText(lifetime)}${jti ? ', jti' : ', no jti'}).`,
    ref,
    make: ({ rng, t }) => {
      const value = jwtAt(rng, t, { lifetime, age, jti, alg, kid, claims });
      return { value, event: { path, query: query ? query(value, rng) : `${name}=${value}${extraQuery}`, ...event } };
    },
  }),
  provider: (name, path, make, why, { extra = '', event = {} } = {}) => ({
    expect: 'error',
    kind: 'provider-token',
    why,
    make: ({ rng }) => {
      const value = make(rng);
      return { value, event: { path, query: `${name}=${value}${extra}`, ...event } };
    },
  }),
  /** A fixed, not-secret value (placeholder, mask, redaction, flag...): `query` carries it, `needle` finds it. */
  fixed: (expect, kind, path, query, why, { needle, event = {} } = {}) => ({
    expect,
    kind,
    why,
    make: () => ({ value: needle ?? query, needle: needle ?? query, event: { path, query, ...event } }),
  }),
  /** A not-secret value generated per case (cursor, CSRF token, state, public key...). */
  generated: (expect, kind, why, build, { ref } = {}) => ({
    expect,
    kind,
    why,
    ref,
    make: ({ rng, t, base }) => build(rng, t, base),
  }),
  replay: (ref, after, why, event = {}) => ({
    expect: 'replay',
    kind: 'replay',
    why,
    replayOf: ref,
    after,
    make: ({ refs, rng }) => {
      const first = refs.get(ref);
      return {
        value: first.value,
        event: { path: first.event.path, query: first.event.query, ip: `198.51.100.${rng.int(2, 254)}`, ua: rng.pick(TOOL_UAS), ...event },
      };
    },
  }),
};

const cursorJson = (rng, t) =>
  Buffer.from(JSON.stringify({ id: rng.int(100000, 999999), created_at: iso(t - rng.int(1, 30) * 86400000) })).toString('base64url');

// ---------------------------------------------------------------------------------------------------------------------
// dev: nginx combined + JSON, AWS ALB, API Gateway execution log, Rails, pino-http, HAProxy, Traefik, Heroku router,
// Cloudflare Logpush.

function devFiles(rng) {
  const day = Date.UTC(2026, 1, 10);
  const h = (hour) => day + hour * 3600000;
  return {
    'nginx-combined.log': buildLog(rng, {
      site: { host: 'shop.example.com', routes: 'shop' },
      start: h(8),
      render: formats.nginxCombined,
      plan: [
        5,
        c.opaque(
          'api_key',
          '/api/v1/export/orders.csv',
          40,
          'A partner integration key (40 random characters) for the order export: long-lived.',
          {
            alphabet: ALNUM,
            extra: '&from=2026-01-01',
            event: { ua: 'python-requests/2.32.3' },
          },
        ),
        4,
        c.jwt('token', '/account/downloads', {
          lifetime: 7 * 86400,
          age: 5400,
          why: 'A session JWT in a download link',
          ref: 'download-jwt',
          event: { ip: '203.0.113.41' },
        }),
        3,
        c.replay('download-jwt', 372, WHY.replay),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/api/v1/products',
          'api_key=YOUR_API_KEY',
          'A client pasted the docs snippet unchanged: a placeholder, rejected with 401.',
          {
            event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
          },
        ),
        4,
        c.fixed('none', 'placeholder', '/api/v1/products', 'access_token={{token}}', 'Postman sent its unresolved variable {{token}}.', {
          event: { status: 401, bytes: 64, ua: 'PostmanRuntime/7.43.0' },
        }),
        3,
        c.generated('none', 'csrf', 'Django CSRF token in a GET search form (csrfmiddlewaretoken): not a credential.', (rng) => {
          const value = rng.chars(ALNUM, 64);
          return { value, event: { path: '/search', query: `csrfmiddlewaretoken=${value}&q=boots` } };
        }),
        4,
        c.generated(
          'none',
          'cursor',
          'Pagination cursor: base64url of {"id","created_at"}, an opaque position, not a credential.',
          (rng, t) => {
            const value = cursorJson(rng, t);
            return { value, event: { path: '/api/v1/reviews', query: `cursor=${value}&limit=20` } };
          },
        ),
        3,
        c.generated(
          'note',
          'transport-sid',
          `Engine.IO polling transport sid (${DOCS.engineIo}): names one connection, not a user credential.`,
          (rng, t) => {
            const value = token.engineIoSid(rng);
            return { value, event: { path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` } };
          },
        ),
        4,
        c.fixed(
          'none',
          'example',
          '/api/debug/whoami',
          `token=${EXAMPLES.jwtIo}`,
          `The jwt.io debugger's sample token (${DOCS.jwtIo}), sent by someone trying the endpoint.`,
          {
            needle: EXAMPLES.jwtIo,
            event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
          },
        ),
        3,
        c.fixed('none', 'flag', '/checkout', 'auth=required&step=2', 'auth=required is a flag, not a credential.', {
          needle: 'auth=required',
        }),
        4,
      ],
    }),

    'nginx-json.log': buildLog(rng, {
      site: { host: 'api.example.com', routes: 'api' },
      start: h(9),
      render: formats.nginxJson,
      plan: [
        4,
        c.generated('error', 'long-lived', 'A user password in the query of a legacy login form.', (rng) => {
          const value = `${rng.chars(ALNUM, 6)}!${rng.chars(ALNUM, 5)}#${rng.int(10, 99)}`;
          return {
            value,
            event: { path: '/legacy/login.php', query: `user=mkowalski&password=${encodeURIComponent(value)}` },
            needle: encodeURIComponent(value),
          };
        }),
        4,
        c.provider('key', '/llm/v1/chat/completions', token.openai, 'An OpenAI project key (sk-proj-…T3BlbkFJ…) sent to an LLM proxy.', {
          event: { method: 'POST', ua: 'OpenAI/Python 1.59.7' },
        }),
        3,
        c.jwt('access_token', '/v1/events/stream', {
          lifetime: 300,
          why: 'A 5-minute access token on an SSE stream, reusable until it expires',
        }),
        4,
        c.fixed(
          'none',
          'redacted',
          '/v1/invoices',
          'access_token=[REDACTED]&status=open',
          "Value already replaced by the app's log scrubber.",
          {
            needle: 'access_token=[REDACTED]',
          },
        ),
        3,
        c.fixed(
          'none',
          'masked',
          '/v1/repos',
          'token=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          'A masked GitHub token (all x): a template value, not a token.',
          {
            needle: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
            event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
          },
        ),
        4,
        c.generated(
          'none',
          'public',
          `Sentry DSN public key (sentry_key) through the app's Sentry tunnel; DSNs are public (${DOCS.sentry}).`,
          (rng) => {
            const value = rng.chars(HEX, 32);
            return {
              value,
              event: {
                method: 'POST',
                path: '/api/4507391284519936/envelope/',
                query: `sentry_key=${value}&sentry_version=7&sentry_client=sentry.javascript.react%2F8.47.0`,
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'oauth-state',
          'OAuth authorization request: state, nonce and a PKCE code_challenge, none of them credentials.',
          (rng) => {
            const value = rng.chars(B64URL, 22);
            return {
              value,
              event: {
                path: '/oauth2/authorize',
                query: `response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile&state=${value}&nonce=${rng.chars(B64URL, 22)}&code_challenge=${rng.chars(B64URL, 43)}&code_challenge_method=S256`,
                status: 302,
              },
            };
          },
        ),
        2,
        c.generated(
          'note',
          'ticket',
          `OAuth authorization code in the redirect: single use and short-lived by design (${DOCS.oauthCode}).`,
          (rng) => {
            const value = rng.chars(B64URL, 32);
            return { value, event: { path: '/oauth2/callback', query: `code=${value}&state=${rng.chars(B64URL, 22)}`, status: 302 } };
          },
        ),
        4,
        c.fixed('none', 'flag', '/v1/reports', 'secret=false&format=pdf', 'secret=false is a flag.', { needle: 'secret=false' }),
        4,
      ],
    }),

    'alb.log': buildLog(rng, {
      site: { host: 'api.example.net', routes: 'api', edge: true },
      start: h(10),
      render: formats.alb,
      plan: [
        4,
        c.provider(
          'stripe_key',
          '/internal/billing/sync',
          token.stripeSecret,
          'A Stripe live secret key (sk_live_) in an internal admin call.',
          {
            event: { host: 'admin.example.net', ua: 'Go-http-client/2.0' },
          },
        ),
        4,
        c.opaque('access_token', '/v2/me', 43, 'An opaque OAuth access token (43 random characters), typically valid for hours.', {
          event: { protocol: 'HTTP/2.0', ua: 'okhttp/4.12.0' },
        }),
        4,
        c.jwt('ticket', '/ws', {
          lifetime: 60,
          jti: true,
          claims: { aud: 'wss://rt.example.net' },
          why: 'A WebSocket ticket, used once',
          event: { host: 'rt.example.net', websocket: true, status: 101, bytes: 0 },
        }),
        3,
        c.generated('note', 'ticket', 'An opaque one-time WebSocket ticket (ws_ticket), used once and never seen again.', (rng) => {
          const value = token.opaque(rng, 32);
          return {
            value,
            event: { host: 'rt.example.net', path: '/live', query: `ws_ticket=${value}`, websocket: true, status: 101, bytes: 0 },
          };
        }),
        4,
        c.generated(
          'none',
          'public',
          `Supabase anon key (JWT with role "anon", ~10 years) on a self-hosted Realtime socket; public by design (${DOCS.supabase}).`,
          (rng, t) => {
            const value = token.supabaseAnon(rng, t);
            return {
              value,
              event: {
                host: 'db.example.net',
                path: '/realtime/v1/websocket',
                query: `apikey=${value}&vsn=1.0.0`,
                websocket: true,
                status: 101,
                bytes: 0,
              },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'example',
          '/v2/integrations/s3/test',
          `access_key_id=${EXAMPLES.awsKeyId}&secret_access_key=${encodeURIComponent(EXAMPLES.awsSecret)}`,
          `AWS documentation's example key pair (${DOCS.awsKeys}), typed into a connection test.`,
          { needle: EXAMPLES.awsKeyId, event: { status: 400, bytes: 120 } },
        ),
        4,
        c.generated('none', 'cursor', 'page_token: an opaque pagination position (protobuf, base64url).', (rng) => {
          const value = `CAE${rng.chars(B64URL, 29)}`;
          return { value, event: { path: '/v2/audit-events', query: `page_token=${value}&page_size=100` } };
        }),
        3,
        c.fixed('none', 'flag', '/v2/session/config', 'token=true&cookie=false', 'token=true is a flag (return the token in the body).', {
          needle: 'token=true',
        }),
        3,
      ],
    }),

    'apigw-execution.log': buildLog(rng, {
      site: { host: 'api.example.com', routes: 'api' },
      start: h(11),
      render: decorate(() => ({ stream: 'b7c1e0f2a93d48e6a1c5d7f90b3e2a64', apiId: 'k3x9q2w7lm', resource: '/orders' }))((e, rng) =>
        formats.apigwExecution({ ...e, queryMap: e.queryMap ?? [...new URLSearchParams(e.query)] }, rng),
      ),
      plan: [
        c.opaque('api_key', '/orders', 40, 'A customer API key (40 random characters) in the method request: long-lived.', {
          alphabet: ALNUM,
          extra: '&page=1',
        }),
        c.jwt('ticket', '/orders/stream', {
          lifetime: 120,
          jti: true,
          why: 'A stream ticket, used once',
          event: { resource: '/orders/stream' },
        }),
        c.generated('none', 'cursor', 'next_token: a pagination position, not a credential.', (rng) => {
          const value = `eyJvZmZzZXQiOj${rng.chars(ALNUM, 18)}`;
          return { value, event: { path: '/orders', query: `next_token=${value}&limit=50` } };
        }),
        c.generated(
          'none',
          'masked',
          'API Gateway masks the Authorization header in execution logs (only the last 6 characters shown).',
          (rng) => {
            const value = `${'*'.repeat(86)}${rng.chars(ALNUM, 6)}`;
            return { value, event: { path: '/orders', query: 'status=open', headers: { authorization: value } } };
          },
        ),
      ],
    }),

    'rails-production.log': buildLog(rng, {
      site: { host: 'app.example.com', routes: 'shop' },
      start: h(12),
      render: decorate((e) => ({ pid: 7, controller: railsController(e.path), format: e.path.startsWith('/api') ? 'JSON' : 'HTML' }))(
        formats.rails,
      ),
      plan: [
        3,
        c.jwt('jwt', '/api/v1/feed', {
          why: 'A session JWT without exp in ?jwt= (a name Rails 7 does not filter)',
          claims: { scope: 'feed:read' },
          extraQuery: '&page=2',
        }),
        2,
        c.generated('note', 'ticket', 'An opaque one-time ticket for an export download, used once.', (rng) => {
          const value = `tkt_${token.opaque(rng, 28, ALNUM)}`;
          return { value, event: { path: '/exports/download', query: `ticket=${value}` } };
        }),
        2,
        c.generated(
          'none',
          'redacted',
          'Rails filter_parameters (:token) replaced the value in both the Started and the Parameters lines.',
          (rng) => ({
            value: 'access_token=[FILTERED]',
            needle: '[FILTERED]',
            event: { path: '/password_resets/edit', query: `access_token=${token.opaque(rng, 32)}` },
          }),
        ),
        2,
        c.opaque(
          'auth',
          '/api/v1/calendar.ics',
          48,
          'A calendar subscription secret under ?auth= (48 random characters): a long-lived capability.',
          {
            event: { ua: 'Google-Calendar-Importer' },
          },
        ),
        2,
      ],
    }),

    'pino-http.log': buildLog(rng, {
      site: { host: 'api.example.com', routes: 'api' },
      start: h(13),
      render: decorate(() => ({}))(formats.pinoHttp),
      plan: [
        3,
        c.generated(
          'error',
          'long-lived',
          'A 30-day RS256 session JWT in the Authorization header, which pino-http logs by default (JWT RS256, exp - iat = 30 days, no jti).',
          (rng, t) => {
            const value = jwtAt(rng, t, { lifetime: 30 * 86400, age: 86400, alg: 'RS256', kid: 'k-2026-01' });
            return { value, event: { path: '/v1/me', headers: { authorization: `Bearer ${value}` } } };
          },
        ),
        3,
        c.generated(
          'error',
          'long-lived',
          'express-session cookie (connect.sid) in the logged Cookie header: the session itself.',
          (rng) => {
            const value = `s%3A${token.opaque(rng, 32)}.${rng.chars(B64, 43)}`;
            return { value, event: { path: '/v1/projects', query: 'page=1&per_page=50', headers: { cookie: `connect.sid=${value}` } } };
          },
        ),
        3,
        c.opaque('refresh_token', '/v1/auth/token', 64, 'A refresh token (64 random characters) in the query of the token endpoint.', {
          extra: '&grant_type=refresh_token',
          event: { method: 'POST' },
        }),
        3,
        c.fixed(
          'none',
          'redacted',
          '/v1/teams/platform/members',
          'include=roles',
          'pino redact configured for req.headers.authorization: "[Redacted]".',
          {
            needle: '"authorization":"[Redacted]"',
            event: { headers: { authorization: '[Redacted]' } },
          },
        ),
        3,
        c.fixed(
          'none',
          'masked',
          '/v1/me',
          'access_token=eyJhbGciOi...',
          'A JWT cut to its first 10 characters by a client-side log helper: no token left.',
          {
            needle: 'eyJhbGciOi...',
            event: { status: 401, bytes: 64 },
          },
        ),
        3,
        c.fixed('none', 'flag', '/v1/projects', 'api_key=&page=3', 'api_key= is empty.', { needle: 'api_key=&' }),
        3,
        c.fixed('none', 'placeholder', '/v1/me', 'token=%3Ctoken%3E', 'The literal placeholder <token>, percent-encoded by the client.', {
          event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
        }),
        2,
      ],
    }),

    'haproxy.log': buildLog(rng, {
      site: { host: 'git.example.com', routes: 'api' },
      start: h(14),
      render: formats.haproxy,
      plan: [
        4,
        c.provider('private_token', '/api/v4/projects', token.gitlab, 'A GitLab personal access token (glpat-) in ?private_token=.', {
          extra: '&per_page=100',
          event: { ua: 'python-gitlab/5.3.1' },
        }),
        4,
        c.opaque('session_token', '/dl/report.pdf', 64, 'A session token (64 hex) in a download link.', { alphabet: HEX }),
        3,
        c.jwt('ticket', '/ws/notifications', {
          lifetime: 120,
          age: 2,
          jti: true,
          why: 'A WebSocket ticket',
          ref: 'ws-ticket',
          event: { ip: '203.0.113.77', status: 101, bytes: 0 },
        }),
        1,
        c.replay('ws-ticket', 21, WHY.sameTicketReplay, { status: 101, bytes: 0 }),
        3,
        c.fixed('none', 'masked', '/billing/webhook-test', 'key=sk_live_****************', 'A masked Stripe key (sk_live_ then stars).', {
          needle: 'sk_live_****************',
        }),
        3,
        c.generated('none', 'oauth-state', 'OAuth error redirect: state only, no code.', (rng) => {
          const value = rng.chars(B64URL, 32);
          return {
            value,
            event: { path: '/auth/callback', query: `error=access_denied&error_description=User%20cancelled&state=${value}`, status: 302 },
          };
        }),
        3,
        c.generated(
          'none',
          'redacted',
          'A JWT whose signature a log scrubber replaced with REDACTED: no longer a usable token.',
          (rng, t) => {
            const value = `${jwtAt(rng, t, { lifetime: 86400 }).split('.').slice(0, 2).join('.')}.REDACTED`;
            return { value, event: { path: '/api/v4/user', query: `token=${value}` } };
          },
        ),
        3,
        c.generated('none', 'csrf', 'csurf token (_csrf) on a logout link: not a credential.', (rng) => {
          const value = `${rng.chars(B64URL, 8)}-${rng.chars(B64URL, 27)}`;
          return { value, event: { path: '/logout', query: `_csrf=${value}`, status: 302 } };
        }),
        4,
      ],
    }),

    'traefik.log': buildLog(rng, {
      site: { host: 'files.example.com', routes: 'api' },
      start: h(15),
      render: decorate(() => ({}))(formats.traefik),
      plan: [
        3,
        c.generated('error', 'provider-token', 'An AWS access key id with its secret key, in a data-source connection test.', (rng) => {
          const value = token.awsKeyId(rng);
          return {
            value,
            event: {
              path: '/api/datasources/test',
              query: `aws_access_key_id=${value}&aws_secret_access_key=${encodeURIComponent(token.awsSecret(rng))}&region=eu-west-1`,
            },
          };
        }),
        3,
        c.jwt('token', '/api/v1/files/shared', { lifetime: 14 * 86400, age: 7200, why: 'A sharing-link JWT valid for two weeks' }),
        3,
        c.fixed(
          'none',
          'redacted',
          '/api/v1/files',
          'folder=root',
          'Traefik accessLog.fields.headers Authorization=redact writes "REDACTED".',
          {
            needle: '"request_Authorization":"REDACTED"',
            event: { headers: { authorization: 'REDACTED' } },
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          `Mapbox public token (pk.…) on the tile proxy; public tokens are meant for clients (${DOCS.mapbox}).`,
          (rng) => {
            const value = token.mapboxPublic(rng, 'example-maps');
            return {
              value,
              event: { path: `/tiles/v4/mapbox.satellite/12/2148/1361@2x.webp`, query: `access_token=${value}`, bytes: 48211 },
            };
          },
        ),
        3,
        c.jwt('token', '/api/v1/uploads/presign', { lifetime: 180, why: 'A 3-minute upload token, reusable until it expires' }),
        3,
        c.fixed('none', 'placeholder', '/api/v1/geocode', 'key=xxx&q=berlin', 'key=xxx is a placeholder.', {
          needle: 'key=xxx',
          event: { status: 401, bytes: 64 },
        }),
        2,
        c.fixed('none', 'placeholder', '/api/v1/status', 'token=${TOKEN}', 'A shell variable that was never expanded (${TOKEN}).', {
          event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
        }),
        2,
        c.fixed('none', 'redacted', '/api/v1/quota', 'scope=team', 'Authorization header redacted by Traefik.', {
          needle: '"request_Authorization":"REDACTED"',
          event: { headers: { authorization: 'REDACTED' } },
        }),
        3,
      ],
    }),

    'heroku-router.log': buildLog(rng, {
      site: { host: 'shop-prod-3f2a.herokuapp.com', routes: 'shop', edge: true },
      start: h(16),
      render: formats.heroku,
      plan: [
        4,
        c.provider('slack_token', '/hooks/slack/relay', token.slackBot, 'A Slack bot token (xoxb-) in a relay URL.', {
          extra: '&channel=C07ABCDE12',
        }),
        4,
        c.opaque('auth', '/api/export', 48, 'An export API secret under ?auth= (48 random characters).'),
        3,
        c.generated('note', 'transport-sid', `socket.io polling sid (${DOCS.engineIo}).`, (rng) => {
          const value = token.engineIoSid(rng);
          return {
            value,
            event: { method: 'POST', path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` },
          };
        }),
        4,
        c.fixed(
          'none',
          'example',
          '/payments/test',
          `stripe_key=${EXAMPLES.stripeTest}`,
          `The test key printed in Stripe's API reference (${DOCS.stripeApiAuth}); a test-mode key anyway.`,
          {
            needle: EXAMPLES.stripeTest,
          },
        ),
        3,
        c.fixed('none', 'flag', '/api/items', 'sort=price&key=asc', 'key=asc is a sort direction.', { needle: 'key=asc' }),
        3,
        c.fixed('none', 'placeholder', '/api/items', 'api_key=changeme', 'changeme is a placeholder.', {
          needle: 'api_key=changeme',
          event: { status: 401, bytes: 64 },
        }),
        3,
      ],
    }),

    'cloudflare-logpush.log': buildLog(rng, {
      site: { host: 'www.example.com', routes: 'shop', edge: true },
      start: h(17),
      render: formats.cloudflare,
      plan: [
        3,
        c.generated(
          'error',
          'long-lived',
          "A password-reset token in the Referer of the reset page's assets: valid for an hour, and not yet used.",
          (rng) => {
            const value = token.opaque(rng, 40, ALNUM);
            return {
              value,
              event: { path: `/static/css/app.${rng.chars(HEX, 8)}.css`, referer: `https://www.example.com/password/reset?token=${value}` },
            };
          },
        ),
        4,
        c.provider('sendgrid_key', '/internal/mail/verify', token.sendgrid, 'A SendGrid API key (SG.x.y).'),
        3,
        c.provider(
          'access_token',
          '/ci/artifacts/latest.zip',
          (r) => token.github(r),
          'A GitHub classic personal access token (ghp_, checksum valid).',
          {
            event: { ua: 'curl/8.5.0' },
          },
        ),
        4,
        c.generated(
          'none',
          'public',
          `Algolia search-only key in the query of a CDN-proxied search (${DOCS.algolia}): meant for browsers. An admin key would be a leak; the front end only ever holds the search key.`,
          (rng) => {
            const value = rng.chars(HEX, 32);
            return {
              value,
              event: {
                method: 'POST',
                path: '/1/indexes/*/queries',
                query: `x-algolia-agent=Algolia%20for%20JavaScript%20(4.24.0)%3B%20Browser&x-algolia-api-key=${value}&x-algolia-application-id=${rng.chars(UPPER + DIGITS, 10)}`,
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          `Firebase web apiKey in the auth handler Firebase serves from the app's domain; not secret (${DOCS.firebase}).`,
          (rng) => {
            const value = token.googleKey(rng);
            return {
              value,
              event: {
                path: '/__/auth/handler',
                query: `apiKey=${value}&appName=%5BDEFAULT%5D&authType=signInViaPopup&redirectUrl=https%3A%2F%2Fwww.example.com%2Flogin&v=11.2.0&providerId=google.com`,
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          `Stripe publishable key (pk_live_) for the embedded checkout; publishable keys are public (${DOCS.stripeKeys}).`,
          (rng) => {
            const value = token.stripePublishable(rng);
            return { value, event: { path: '/embed/checkout.js', query: `key=${value}` } };
          },
        ),
        3,
        c.generated('none', 'cursor', 'continuation: a pagination position.', (rng) => {
          const value = rng.chars(B64URL, 40);
          return { value, event: { path: '/api/v2/timeline', query: `continuation=${value}` } };
        }),
        3,
        c.fixed('none', 'redacted', '/api/v1/cart', 'token=***', 'Already masked by a Cloudflare Transform Rule (token=***).', {
          needle: 'token=***',
        }),
        3,
      ],
    }),
  };
}

function railsController(path) {
  if (path.startsWith('/api/v1/feed')) return 'Api::V1::FeedController#index';
  if (path.startsWith('/api/v1/calendar')) return 'Api::V1::CalendarsController#show';
  if (path.startsWith('/api')) return 'Api::V1::CartsController#show';
  if (path.startsWith('/exports')) return 'ExportsController#download';
  if (path.startsWith('/password_resets')) return 'PasswordResetsController#edit';
  if (path.startsWith('/products')) return 'ProductsController#index';
  if (path.startsWith('/search')) return 'SearchController#index';
  if (path.startsWith('/account')) return 'Account::OrdersController#index';
  return 'PagesController#show';
}

// ---------------------------------------------------------------------------------------------------------------------
// heldout: Apache vhost_combined, CloudFront, Azure App Service (IIS W3C), GCP load balancer, Caddy, Envoy, ASP.NET Core,
// Spring Boot, morgan 'dev', Fastify, ingress-nginx. Scored only at the end.

function heldoutFiles(rng) {
  const day = Date.UTC(2026, 3, 7);
  const h = (hour) => day + hour * 3600000;
  return {
    'apache-vhost.log': buildLog(rng, {
      site: { host: 'shop.example.org', routes: 'shop' },
      start: h(7),
      render: formats.apacheVhost,
      plan: [
        4,
        c.opaque('key', '/feeds/private.ics', 32, 'The secret key of a private calendar feed: a long-lived capability URL.', {
          event: { ua: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)' },
        }),
        4,
        c.opaque('apikey', '/wp-json/sync/v1/orders', 32, 'A sync plugin API key (32 hex) under ?apikey=.', {
          alphabet: HEX,
          event: { ua: 'WordPress/6.7.1; https://blog.example.org' },
        }),
        3,
        c.opaque('access_token', '/reports/share', 40, 'A report-sharing access token (40 random characters).', {
          alphabet: ALNUM,
          ref: 'share',
          event: { ip: '192.0.2.44' },
        }),
        3,
        c.replay('share', 540, WHY.replay),
        3,
        c.fixed('none', 'placeholder', '/api/v2/items', 'token=<token>', 'The literal <token> of a docs snippet.', {
          event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
        }),
        3,
        c.fixed(
          'none',
          'example',
          '/api/v2/integrations/aws',
          `key_id=${EXAMPLES.awsKeyId2}&secret=${encodeURIComponent(EXAMPLES.awsSecret2)}`,
          `The second example key pair of the AWS CLI docs (${DOCS.awsCliFiles}).`,
          { needle: EXAMPLES.awsKeyId2, event: { status: 400, bytes: 96 } },
        ),
        3,
        c.generated('none', 'cursor', 'next_token: a pagination position (base64url JSON).', (rng, t) => {
          const value = cursorJson(rng, t);
          return { value, event: { path: '/api/v2/orders', query: `next_token=${value}` } };
        }),
        3,
        c.fixed('none', 'flag', '/oauth/token/info', 'token_type=bearer', 'token_type=bearer names a token type.', {
          needle: 'token_type=bearer',
        }),
        3,
      ],
    }),

    'cloudfront.log': buildLog(rng, {
      site: { host: 'cdn.example.org', routes: 'shop', edge: true },
      start: h(8),
      header: [
        '#Version: 1.0',
        '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end',
      ],
      render: formats.cloudfront,
      plan: [
        4,
        c.provider(
          'stripe_secret',
          '/api/admin/payments/reconcile',
          token.stripeSecretNew,
          'A Stripe live secret key (new long sk_live_51… form).',
          {
            event: { ua: 'Stripe-Reconciler/2.3 (+ops)' },
          },
        ),
        4,
        c.opaque(
          'sessionid',
          '/accounts/profile/',
          32,
          'A Django session id in the query (sessionid, 32 characters): the session itself.',
          {
            alphabet: LOWER + DIGITS,
            event: { contentType: 'text/html' },
          },
        ),
        3,
        c.generated(
          'note',
          'ticket',
          `CloudFront signed URL (canned policy) expiring 5 minutes after the request: an expiring capability by design (${DOCS.cloudfrontSigned}).`,
          (rng, t) => {
            const value = rng.bytes(256).toString('base64').replace(/\+/g, '-').replace(/=/g, '_').replace(/\//g, '~');
            return {
              value,
              event: {
                path: `/private/reports/q1-${rng.int(1000, 9999)}.pdf`,
                query: `Expires=${seconds(t) + 300}&Signature=${value}&Key-Pair-Id=K2JCJMDEHXQW5F`,
                contentType: 'application/pdf',
              },
            };
          },
        ),
        3,
        c.generated('note', 'transport-sid', `Engine.IO polling sid (${DOCS.engineIo}).`, (rng) => {
          const value = token.engineIoSid(rng);
          return { value, event: { path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` } };
        }),
        4,
        c.generated(
          'none',
          'public',
          `Google Maps JavaScript API key, referrer-restricted and shipped to every browser (${DOCS.mapsKey}).`,
          (rng) => {
            const value = token.googleKey(rng);
            return {
              value,
              event: { path: '/maps/api/js', query: `key=${value}&callback=initMap&libraries=places`, contentType: 'text/javascript' },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/api/v3/stock',
          'api_key=%7B%7Bapi_key%7D%7D',
          'An unresolved template variable {{api_key}}, percent-encoded.',
          {
            event: { status: 403, bytes: 119 },
          },
        ),
        3,
        c.generated('none', 'csrf', 'csrf_token on an unsubscribe link: not a credential.', (rng) => {
          const value = rng.chars(HEX, 40);
          return { value, event: { path: '/newsletter/unsubscribe', query: `csrf_token=${value}&list=weekly`, contentType: 'text/html' } };
        }),
        4,
      ],
    }),

    'iis-w3c.log': buildLog(rng, {
      site: { host: 'shop-prod.azurewebsites.net', routes: 'shop', edge: true },
      start: h(9),
      header: [
        '#Software: Microsoft Internet Information Services 8.0',
        '#Fields: date time s-sitename cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken',
      ],
      render: (() => {
        const instances = [rng.chars(HEX, 64), rng.chars(HEX, 64)];
        return decorate((e, r) => {
          const affinity = r.pick(instances);
          return { cookie: `ARRAffinity=${affinity};+ARRAffinitySameSite=${affinity}` };
        })(formats.iis);
      })(),
      plan: [
        4,
        c.jwt('access_token', '/api/orders/export', {
          lifetime: 4500,
          age: 600,
          alg: 'RS256',
          kid: 'nOo3ZDrODXEK1jKWhXslHR_KXEg',
          claims: {
            aud: 'api://orders',
            iss: 'https://login.microsoftonline.com/5f1c0c7e-8b3d-4e2a-9c61-7d2b4a1e9f30/v2.0',
            scp: 'Orders.Read',
          },
          why: 'An Entra ID access token (75 minutes) in the query of an export',
          extraQuery: '&format=csv',
        }),
        4,
        c.provider('gh_token', '/api/deploy/hook', token.githubFineGrained, 'A GitHub fine-grained personal access token (github_pat_).', {
          event: { method: 'POST', ua: 'GitHub-Hookshot/7c1e2a9' },
        }),
        3,
        c.generated('note', 'ticket', 'one_time_token on an invoice download, used once.', (rng) => {
          const value = token.opaque(rng, 32, ALNUM);
          return { value, event: { path: '/downloads/invoice.pdf', query: `one_time_token=${value}` } };
        }),
        3,
        c.generated(
          'none',
          'public',
          `Stripe publishable key (pk_live_51…) for Stripe.js; publishable keys are public (${DOCS.stripeKeys}).`,
          (rng) => {
            const value = token.stripePublishableNew(rng);
            return { value, event: { path: '/checkout/init', query: `publishableKey=${value}` } };
          },
        ),
        3,
        c.fixed('none', 'masked', '/api/keys/verify', 'api_key=****a9f3', 'A key masked to its last four characters.', {
          needle: '****a9f3',
        }),
        3,
        c.fixed(
          'none',
          'redacted',
          '/Account/Login',
          'ReturnUrl=%2Fdashboard&password=REDACTED',
          'Value replaced by the log shipper before upload.',
          {
            needle: 'password=REDACTED',
          },
        ),
        3,
        c.fixed(
          'none',
          'flag',
          '/Account/Manage',
          'section=security&password=1',
          'password=1 opens the password section of a settings page: a flag.',
          {
            needle: 'password=1',
          },
        ),
        3,
      ],
    }),

    'gcp-lb.log': buildLog(rng, {
      site: { host: 'www.example.org', routes: 'shop', edge: true },
      start: h(10),
      render: formats.gcpLb,
      plan: [
        4,
        c.provider('access_token', '/admin/sync/products', token.shopify, 'A Shopify Admin API access token (shpat_).', {
          event: { ua: 'Shopify-Sync/1.8' },
        }),
        4,
        c.jwt('token', '/api/v1/feed', { alg: 'ES256', kid: 'feed-1', why: 'A feed JWT with no expiry' }),
        3,
        c.jwt('jwt', '/api/v1/notifications/stream', {
          lifetime: 240,
          why: 'A 4-minute JWT on an event stream, reusable until it expires',
        }),
        4,
        c.generated('none', 'public', `Sentry DSN public key through a Sentry tunnel route (${DOCS.sentry}).`, (rng) => {
          const value = rng.chars(HEX, 32);
          return {
            value,
            event: {
              method: 'POST',
              path: '/monitoring',
              query: `o=4508213479301120&p=4508213481922560&sentry_key=${value}&sentry_version=7&sentry_client=sentry.javascript.nextjs%2F8.50.0`,
            },
          };
        }),
        3,
        c.generated('none', 'oauth-state', 'OAuth authorization request with state, nonce and PKCE code_challenge.', (rng) => {
          const value = rng.chars(HEX, 40);
          return {
            value,
            event: {
              path: '/connect/authorize',
              query: `client_id=storefront&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2Fwww.example.org%2Fsignin-oidc&state=${value}&nonce=${rng.chars(HEX, 40)}&code_challenge=${rng.chars(B64URL, 43)}&code_challenge_method=S256`,
              status: 302,
            },
          };
        }),
        3,
        c.generated('none', 'csrf', 'Tornado _xsrf token (2|mask|token|time): a CSRF token.', (rng, t) => {
          const value = rng.chars(HEX, 32);
          return {
            value,
            event: { path: '/notebooks/api/contents', query: `_xsrf=2%7C${rng.chars(HEX, 8)}%7C${value}%7C${seconds(t) - 3600}` },
          };
        }),
        4,
      ],
    }),

    'caddy.log': buildLog(rng, {
      site: { host: 'files.example.org', routes: 'api' },
      start: h(11),
      render: formats.caddy,
      plan: [
        3,
        c.opaque('token', '/api/v1/backup/download', 40, 'A backup download token (40 random characters) that does not expire.', {
          event: { ua: 'rclone/v1.68.2' },
        }),
        3,
        c.fixed(
          'none',
          'redacted',
          '/api/v1/files',
          'sort=name',
          'Caddy logs the Authorization header as "REDACTED" (log_credentials off).',
          {
            needle: '"Authorization":["REDACTED"]',
            event: { headers: { authorization: 'REDACTED' } },
          },
        ),
        3,
        c.jwt('access_token', '/api/v1/events', { lifetime: 120, why: 'A 2-minute JWT on an SSE stream, reusable until it expires' }),
        3,
        c.jwt('ticket', '/ws', {
          lifetime: 30,
          jti: true,
          claims: { aud: 'files-ws' },
          why: 'A WebSocket ticket, used once',
          event: { status: 101, bytes: 0 },
        }),
        3,
        c.generated('none', 'cursor', 'cursor: an opaque pagination position.', (rng) => {
          const value = rng.chars(B64URL, 28);
          return { value, event: { path: '/api/v1/files', query: `cursor=${value}&limit=100` } };
        }),
        3,
        c.fixed('none', 'placeholder', '/api/v1/share', 'api_key=YOUR_TOKEN_HERE', 'YOUR_TOKEN_HERE is a placeholder.', {
          needle: 'YOUR_TOKEN_HERE',
          event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
        }),
        3,
        c.fixed('none', 'redacted', '/api/v1/quota', '', 'Caddy logs the Cookie header as "REDACTED".', {
          needle: '"Cookie":["REDACTED"]',
          event: { headers: { cookie: 'REDACTED' } },
        }),
        2,
        c.fixed('none', 'placeholder', '/api/v1/thumbnails', 'key=REPLACE_ME&size=256', 'REPLACE_ME is a placeholder.', {
          needle: 'key=REPLACE_ME',
          event: { status: 401, bytes: 64 },
        }),
        3,
      ],
    }),

    'envoy.log': buildLog(rng, {
      site: { host: 'api.example.org', routes: 'api' },
      start: h(12),
      render: formats.envoy,
      plan: [
        4,
        c.provider('token', '/integrations/slack/history', token.slackUser, 'A Slack user token (xoxp-).', {
          extra: '&channel=C08QWERTY12',
        }),
        4,
        c.opaque('auth_token', '/v1/reports/weekly.csv', 32, 'An auth_token (32 hex) in a report link.', { alphabet: HEX }),
        3,
        c.generated(
          'note',
          'ticket',
          'An opaque realtime ticket, first use.',
          (rng) => {
            const value = `rt_${token.opaque(rng, 26, ALNUM)}`;
            return { value, event: { path: '/realtime', query: `ticket=${value}`, status: 101, bytes: 0, ip: '203.0.113.150' } };
          },
          { ref: 'rt-ticket' },
        ),
        2,
        c.replay('rt-ticket', 35, WHY.sameTicketReplay, { status: 101, bytes: 0 }),
        3,
        c.fixed(
          'none',
          'example',
          '/v1/billing/test',
          `key=${EXAMPLES.stripeTest2}`,
          `A test key printed in Stripe's documentation (${DOCS.stripeApiAuth}); a test-mode key anyway.`,
          {
            needle: EXAMPLES.stripeTest2,
          },
        ),
        3,
        c.fixed(
          'none',
          'masked',
          '/v1/me',
          'token=eyJhbGciOiJIUzI1NiJ9...',
          'Only a JWT header followed by "...": the token was cut by the client.',
          {
            needle: 'eyJhbGciOiJIUzI1NiJ9...',
            event: { status: 401, bytes: 64 },
          },
        ),
        3,
        c.fixed('none', 'flag', '/v1/session', 'token=false', 'token=false is a flag.', { needle: 'token=false' }),
        3,
      ],
    }),

    'aspnetcore.log': buildLog(rng, {
      site: { host: 'api.example.org', routes: 'api' },
      start: h(13),
      render: decorate((e) => ({ endpoint: aspnetEndpoint(e) }))(formats.aspnet),
      plan: [
        3,
        c.jwt('access_token', '/hubs/chat', {
          lifetime: 8 * 3600,
          age: 1800,
          alg: 'RS256',
          kid: 'chat-2026',
          why: 'A SignalR WebSocket request with the 8-hour access token in the query, as the SignalR client sends it',
          query: (value, r) => `id=${r.chars(B64URL, 22)}&access_token=${value}`,
          event: { status: 101, bytes: 0, ms: 95213, hold: 96 },
        }),
        3,
        c.jwt('ticket', '/hubs/notify', {
          lifetime: 60,
          jti: true,
          why: 'A notification-hub ticket, used once',
          event: { status: 101, bytes: 0, ms: 4120, hold: 5 },
        }),
        3,
        c.fixed('none', 'masked', '/v1/keys/check', 'api_key=****c0de', 'A key masked to its last four characters.', {
          needle: '****c0de',
        }),
        3,
        c.generated('error', 'provider-token', 'An AWS access key id with its secret in a storage connection test.', (rng) => {
          const value = token.awsKeyId(rng);
          return {
            value,
            event: {
              method: 'POST',
              path: '/v1/storage/test',
              query: `accessKey=${value}&secretKey=${encodeURIComponent(token.awsSecret(rng))}&bucket=exports`,
            },
          };
        }),
        3,
        c.fixed('none', 'flag', '/v1/public/catalog', 'auth=none&locale=en-GB', 'auth=none is a flag.', { needle: 'auth=none' }),
        2,
      ],
    }),

    'spring-boot.log': buildLog(rng, {
      site: { host: 'orders.internal.example.org', routes: 'api' },
      start: h(14),
      render: decorate((e) => ({ appLog: e.path.startsWith('/v1/orders') ? `loaded order page for ${e.path}` : undefined }))(
        formats.spring,
      ),
      plan: [
        3,
        c.opaque('api_token', '/v1/partners/feed', 40, 'A partner api_token (40 random characters).', { alphabet: ALNUM }),
        3,
        c.generated('note', 'ticket', 'ws_ticket on the WebSocket handshake, used once.', (rng) => {
          const value = token.opaque(rng, 32);
          return { value, event: { path: '/ws/orders', query: `ws_ticket=${value}`, status: 101 } };
        }),
        3,
        c.fixed(
          'none',
          'redacted',
          '/v1/exports',
          'token=REDACTED&type=daily',
          'A servlet filter masks token values before logging: token=REDACTED.',
          { needle: 'token=REDACTED' },
        ),
        3,
        c.generated('none', 'csrf', 'Spring Security _csrf parameter on a logout link.', (rng) => {
          const value = rng.uuid();
          return { value, event: { path: '/logout', query: `_csrf=${value}`, status: 302 } };
        }),
        3,
        c.provider('npm_token', '/v1/builds/publish', token.npm, 'An npm access token (npm_).', { event: { method: 'POST' } }),
        3,
      ],
    }),

    'morgan-dev.log': buildLog(rng, {
      site: { host: 'app.example.org', routes: 'api' },
      start: h(15),
      render: formats.morganDev,
      plan: [
        4,
        c.jwt('token', '/api/v1/me', {
          lifetime: 30 * 86400,
          age: 3 * 86400,
          why: 'A 30-day session JWT (this format has no time: graded as live)',
        }),
        4,
        c.provider('openai_key', '/api/ai/complete', token.openai, 'An OpenAI project key (sk-proj-…T3BlbkFJ…).', {
          event: { method: 'POST' },
        }),
        3,
        c.generated('note', 'transport-sid', `socket.io polling sid (${DOCS.engineIo}).`, (rng) => {
          const value = token.engineIoSid(rng);
          return { value, event: { path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` } };
        }),
        4,
        c.generated(
          'none',
          'public',
          `Firebase apiKey on the auth iframe Firebase serves from the app's domain (${DOCS.firebase}).`,
          (rng) => {
            const value = token.googleKey(rng);
            return { value, event: { path: '/__/auth/iframe', query: `apiKey=${value}&appName=%5BDEFAULT%5D&v=11.2.0&eid=p` } };
          },
        ),
        3,
        c.generated('none', 'cursor', 'page_token: a pagination position.', (rng) => {
          const value = `CgwI${rng.chars(B64URL, 24)}`;
          return { value, event: { path: '/api/v1/activity', query: `page_token=${value}` } };
        }),
        3,
        c.generated(
          'none',
          'redacted',
          'A JWT whose payload a log pipeline replaced with REDACTED: header and signature alone grant nothing.',
          (rng, t) => {
            const [header, , signature] = jwtAt(rng, t, { lifetime: 3600 }).split('.');
            const value = `${header}.REDACTED.${signature}`;
            return { value, event: { path: '/api/v1/orders', query: `token=${value}`, status: 401, bytes: 64 } };
          },
        ),
        3,
      ],
    }),

    'fastify.log': buildLog(rng, {
      site: { host: 'api.example.org', routes: 'api' },
      start: h(16),
      render: decorate(() => ({}))(formats.fastify),
      plan: [
        3,
        c.opaque('refresh_token', '/auth/refresh', 64, 'A refresh token (64 random characters) in the query.', {
          event: { method: 'POST' },
        }),
        3,
        c.provider('access_token', '/v1/repos/sync', (r) => token.github(r, 'gho_'), 'A GitHub OAuth access token (gho_).'),
        3,
        c.fixed(
          'none',
          'redacted',
          '/v1/usage',
          'api_key=[REDACTED]&month=2026-03',
          'Value replaced by a Fastify serializer: [REDACTED].',
          { needle: 'api_key=[REDACTED]' },
        ),
        3,
        c.generated(
          'none',
          'public',
          `reCAPTCHA site key on the contact form endpoint; site keys are public (${DOCS.recaptcha}).`,
          (rng) => {
            const value = token.recaptchaSiteKey(rng);
            return { value, event: { method: 'POST', path: '/forms/contact', query: `sitekey=${value}` } };
          },
        ),
        3,
        c.generated('none', 'oauth-state', 'OAuth authorization request: state and PKCE code_challenge.', (rng) => {
          const value = rng.chars(B64URL, 24);
          return {
            value,
            event: {
              path: '/oauth/authorize',
              query: `client_id=cli&response_type=code&state=${value}&code_challenge=${rng.chars(B64URL, 43)}&code_challenge_method=S256&redirect_uri=http%3A%2F%2F127.0.0.1%3A8976%2Fcallback`,
              status: 302,
            },
          };
        }),
        3,
        c.generated('none', 'csrf', 'csrf_token on a form GET: not a credential.', (rng) => {
          const value = rng.chars(B64URL, 43);
          return { value, event: { path: '/settings/export', query: `csrf_token=${value}` } };
        }),
        3,
        c.generated(
          'note',
          'ticket',
          `OAuth authorization code returned to the CLI's loopback redirect: single use, short-lived (${DOCS.oauthCode}).`,
          (rng) => {
            const value = rng.chars(B64URL, 40);
            return { value, event: { path: '/oauth/callback', query: `code=${value}&state=${rng.chars(B64URL, 24)}`, status: 302 } };
          },
        ),
        3,
      ],
    }),

    'ingress-nginx.log': buildLog(rng, {
      site: { host: 'shop.example.org', routes: 'shop' },
      start: h(17),
      render: formats.ingressNginx,
      plan: [
        4,
        c.opaque('x-api-key', '/v1/ingest', 48, 'An ingestion API key (48 random characters) under ?x-api-key=.', {
          event: { method: 'POST', ua: 'fluent-bit/3.2.4' },
        }),
        4,
        c.generated('error', 'long-lived', 'A service account password in the query (passwd=).', (rng) => {
          const value = `${rng.chars(ALNUM, 10)}${rng.int(10, 99)}`;
          return { value, event: { path: '/backup/run', query: `username=svc-backup&passwd=${value}` } };
        }),
        3,
        c.generated(
          'none',
          'public',
          `Algolia search-only key in a proxied InstantSearch query (${DOCS.algolia}); the front end only holds the search key.`,
          (rng) => {
            const value = rng.chars(HEX, 32);
            return {
              value,
              event: {
                method: 'POST',
                path: '/1/indexes/products/query',
                query: `x-algolia-api-key=${value}&x-algolia-application-id=${rng.chars(UPPER + DIGITS, 10)}&x-algolia-agent=Algolia%20for%20JavaScript%20(5.20.0)`,
              },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'example',
          '/api/verify',
          `token=${EXAMPLES.rfc7515}`,
          `The example JWS of RFC 7515 / RFC 7519 (${DOCS.rfc7515}), expired in 2011.`,
          {
            needle: EXAMPLES.rfc7515,
            event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
          },
        ),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/api/v2/products',
          'access_token=%24%7BACCESS_TOKEN%7D',
          'An unexpanded ${ACCESS_TOKEN}, percent-encoded.',
          {
            event: { status: 401, bytes: 64 },
          },
        ),
        3,
        c.fixed('none', 'flag', '/api/v2/products', 'sort=created&key=desc', 'key=desc is a sort direction.', { needle: 'key=desc' }),
        3,
        c.generated('none', 'cursor', 'continuation: a pagination position.', (rng) => {
          const value = rng.chars(B64URL, 36);
          return { value, event: { path: '/api/v2/feed', query: `continuation=${value}` } };
        }),
        3,
        c.generated(
          'none',
          'public',
          `Supabase anon key (role "anon") as PostgREST's apikey parameter on a self-hosted Supabase (${DOCS.supabase}).`,
          (rng, t) => {
            const value = token.supabaseAnon(rng, t);
            return { value, event: { path: '/rest/v1/profiles', query: `select=id%2Cdisplay_name&apikey=${value}` } };
          },
        ),
        3,
      ],
    }),
  };
}

function aspnetEndpoint({ method, path }) {
  if (path.startsWith('/hubs/')) return path;
  if (path.startsWith('/v1/storage')) return 'Orders.Api.Controllers.StorageController.Test (Orders.Api)';
  if (path === '/healthz' || path === '/metrics') return path;
  return `HTTP: ${method} ${path.replace(/\/[0-9a-f-]{6,}/g, '/{id}').replace(/\/[0-9]+/g, '/{id}')}`;
}

// ---------------------------------------------------------------------------------------------------------------------

function writePart(part, files) {
  const directory = join(here, part);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const cases = [];
  for (const [name, { text, cases: fileCases }] of Object.entries(files)) {
    writeFileSync(join(directory, name), text);
    for (const entry of fileCases) cases.push({ file: name, ...entry });
  }
  writeFileSync(join(directory, 'labels.json'), `${JSON.stringify({ cases }, null, 2)}\n`);
  const lines = Object.values(files).reduce((sum, { text }) => sum + text.split('\n').length - 1, 0);
  console.log(
    `${part}: ${Object.keys(files).length} logs, ${lines} lines, ${cases.length} labelled lines (${readdirSync(directory).length} files written)`,
  );
}

writePart('dev', devFiles(new Random('urlleak corpus/risk-logs dev')));
writePart('heldout', heldoutFiles(new Random('urlleak corpus/risk-logs heldout')));
