// Writes the labeled log corpus of issue #12 ("how to measure it"): corpus/risk-logs/dev/, corpus/risk-logs/heldout/ and
// corpus/risk-logs/heldout2/, each a set of logs in real formats (format definitions: README.md) with values planted in
// realistic places, and the labels.json that says what a security reviewer calls each planted value. The labels come
// from how each line was built, so they exist before any scanner reads the files.
//
//   node corpus/risk-logs/generate.mjs     rewrites all parts; deterministic (seeded PRNG, no clock): same bytes every run
//
// Every value is made up here. Doc examples (the jwt.io tokens, AKIAIOSFODNN7EXAMPLE, Stripe's documented test keys,
// RFC 7515's example JWS, the AWS presigned-URL example, Slack's example bot token) are copied on purpose: they are the
// "example" kind.
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALNUM,
  B64,
  B64URL,
  DIGITS,
  goJson,
  githubToken,
  HEX,
  iso,
  LOWER,
  MONTHS,
  pad,
  SeededRandom,
  UPPER,
  ymdHms,
  b64url,
} from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Randomness: sfc32 seeded from a SHA-256 of the part's name, so no two parts share a value.

class Random extends SeededRandom {
  constructor(seed) {
    super();
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
}

// ---------------------------------------------------------------------------------------------------------------------
// Credentials and look-alikes, built to each provider's published shape.

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

const token = {
  github: (rng, prefix = 'ghp_') => {
    const body = rng.chars(ALNUM, 30);
    return githubToken(prefix, body);
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
  awsTempKeyId: (rng) => `ASIA${rng.chars(UPPER + '234567', 16)}`,
  /** An STS session token (the "IQoJb3JpZ2luX2Vj" prefix of today's tokens, then base64). */
  stsSessionToken: (rng) => `IQoJb3JpZ2luX2Vj${rng.chars(B64, 620)}=`,
  telegramBot: (rng) => `${rng.int(6000000000, 7999999999)}:AA${rng.chars(B64URL, 33)}`,
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
  // jwt.io's current sample (adds "admin": true; HS256 with the debugger's "a-string-secret-at-least-256-bits-long").
  jwtIoAdmin:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30',
  // The presigned GET of the S3 API reference's SigV4 query-string example (examplebucket/test.txt, 24 May 2013).
  awsPresignedUrl:
    'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
  awsPresignedSignature: 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
  slackBot: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
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
  s3Presigned: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html',
  s3SigV4Query: 'https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html',
  gcsSigned: 'https://cloud.google.com/storage/docs/access-control/signed-urls',
  gcsResumable: 'https://cloud.google.com/storage/docs/resumable-uploads',
  azureSas: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview',
  akamaiToken: 'https://techdocs.akamai.com/terraform/v6.6/docs/ga-verify-token-authorization',
  entraCode: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow',
  googleCode: 'https://developers.google.com/identity/protocols/oauth2/web-server',
  casTicket: 'https://apereo.github.io/cas/7.1.x/protocol/CAS-Protocol-Specification.html',
  telegramBot: 'https://core.telegram.org/bots/api#making-requests',
  slackExample: 'https://docs.slack.dev/reference/methods/oauth.v2.access',
  kongRedact: 'https://developer.konghq.com/plugins/file-log/',
};

// ---------------------------------------------------------------------------------------------------------------------
// Time formats.

const isoMicros = (ms) => `${iso(ms).slice(0, 23)}${pad((ms * 7) % 1000, 3)}Z`;
const isoNanos = (ms) => `${iso(ms).slice(0, 23)}${pad((ms * 7919) % 1000000, 6)}Z`;
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
  // An egress proxy's view: build runners and servers fetching packages and calling APIs (the host changes per request).
  egress: [
    (r) => ({
      host: 'registry.npmjs.org',
      path: `/${r.pick(['express', 'zod', '@types%2fnode', 'typescript', 'undici'])}`,
      ua: 'npm/10.9.2 node/v22.12.0 linux x64 workspaces/false ci/github-actions',
      bytes: r.int(3000, 90000),
    }),
    (r) => ({
      host: 'files.pythonhosted.org',
      path: `/packages/${r.chars(HEX, 2)}/${r.chars(HEX, 2)}/${r.chars(HEX, 60)}/${r.pick(['requests-2.32.3', 'urllib3-2.3.0', 'idna-3.10'])}-py3-none-any.whl`,
      ua: 'pip/24.3.1',
      contentType: 'binary/octet-stream',
      bytes: r.int(60000, 180000),
    }),
    (r) => ({
      host: 'pypi.org',
      path: `/simple/${r.pick(['fastapi', 'pydantic', 'uvicorn'])}/`,
      ua: 'pip/24.3.1',
      contentType: 'text/html',
    }),
    (r) => ({
      method: 'CONNECT',
      host: r.pick(['github.com', 'login.microsoftonline.com', 'api.segment.io']),
      path: '',
      ua: '-',
      bytes: r.int(4000, 60000),
      ms: r.int(300, 90000),
    }),
    (r) => {
      const unchanged = r.next() < 0.5;
      return {
        scheme: 'http',
        host: 'deb.debian.org',
        path: `/debian/dists/bookworm${r.pick(['', '-updates'])}/InRelease`,
        ua: 'Debian APT-HTTP/1.3 (2.6.1)',
        contentType: 'text/plain',
        status: unchanged ? 304 : 200,
        bytes: unchanged ? r.int(250, 400) : r.int(40000, 160000),
      };
    },
    (r) => ({
      host: 'proxy.golang.org',
      path: `/github.com/${r.pick(['gin-gonic/gin/@v/v1.10.0.mod', 'spf13/cobra/@v/v1.8.1.zip', 'google/uuid/@v/v1.6.0.info'])}`,
      ua: 'Go-http-client/1.1',
      contentType: 'text/plain; charset=utf-8',
    }),
    (r) => ({
      host: 'codeload.github.com',
      path: `/example-net/platform-tools/tar.gz/${r.chars(HEX, 40)}`,
      ua: 'curl/8.5.0',
      contentType: 'application/x-gzip',
      bytes: r.int(200000, 900000),
    }),
    (r) => ({
      host: 'registry-1.docker.io',
      path: `/v2/library/${r.pick(['node', 'python', 'nginx'])}/manifests/sha256:${r.chars(HEX, 64)}`,
      ua: 'containerd/v1.7.24',
      contentType: 'application/vnd.oci.image.manifest.v1+json',
    }),
    () => ({ host: 'api.github.com', path: '/repos/example-net/platform/releases/latest', ua: 'Go-http-client/2.0' }),
    (r) => ({
      host: 'repo.maven.apache.org',
      path: `/maven2/org/springframework/boot/spring-boot/3.4.1/spring-boot-3.4.1.${r.pick(['pom', 'jar', 'jar.sha1'])}`,
      ua: 'Apache-Maven/3.9.9 (Java 21.0.5; Linux 6.8.0-1021-aws)',
      contentType: 'application/java-archive',
    }),
  ],
  // S3 server access log of an exports bucket: public images, an exporter's SDK calls, multipart uploads.
  s3: [
    (r) =>
      s3Request(`/public/images/${r.pick(SLUGS)}-${r.pick([640, 1280])}.webp`, {
        anonymous: true,
        bytes: r.int(8000, 90000),
        referer: r.pick(['https://www.example.net/', '-']),
      }),
    (r) =>
      s3Request(`/public/images/${r.pick(SLUGS)}.webp`, { anonymous: true, status: 304, bytes: 0, referer: 'https://www.example.net/' }),
    (r) =>
      s3Request(`/exports/2026/05/19/orders-${r.int(1000, 9999)}.csv.gz`, {
        method: 'PUT',
        operation: 'REST.PUT.OBJECT',
        bytes: 0,
        objectSize: r.int(20000, 900000),
        ua: S3_UAS.java,
      }),
    (r) =>
      s3Request(`/exports/2026/05/${pad(r.int(1, 18))}/orders-${r.int(1000, 9999)}.csv.gz`, {
        method: 'HEAD',
        operation: 'REST.HEAD.OBJECT',
        bytes: 0,
      }),
    (r) =>
      s3Request('/', {
        query: `list-type=2&prefix=exports%2F2026%2F05%2F&max-keys=${r.pick([100, 1000])}`,
        operation: 'REST.GET.BUCKET',
        key: '-',
        bytes: r.int(4000, 90000),
        ua: S3_UAS.cli,
      }),
    (r) =>
      s3Request(`/exports/2026/05/19/warehouse-${r.int(100, 999)}.parquet`, {
        method: 'PUT',
        query: `partNumber=${r.int(1, 12)}&uploadId=${r.chars(B64URL.replace('-', '.'), 88)}--`,
        operation: 'REST.PUT.PART',
        bytes: 0,
        ua: S3_UAS.java,
      }),
    (r) =>
      s3Request(`/exports/2026/04/${pad(r.int(1, 30))}/missing-${r.int(100, 999)}.csv.gz`, {
        status: 404,
        errorCode: 'NoSuchKey',
        bytes: 298,
        ua: S3_UAS.boto,
      }),
  ],
  // GCS usage log of a media bucket: JSON API downloads, public XML API reads, listings, simple uploads.
  gcs: [
    (r) =>
      gcsRequest(`/storage/v1/b/example-net-media/o/${encodeURIComponent(`renditions/${r.pick(SLUGS)}-720p.mp4`)}`, {
        query: 'alt=media',
        bytes: r.int(400000, 9000000),
      }),
    (r) =>
      gcsRequest(`/example-net-media/thumbs/${r.pick(SLUGS)}-${r.pick([320, 640])}.webp`, { anonymous: true, bytes: r.int(6000, 60000) }),
    (r) =>
      gcsRequest('/storage/v1/b/example-net-media/o', {
        query: `prefix=renditions%2F&maxResults=${r.pick([100, 1000])}&projection=noAcl`,
        operation: 'GET_Bucket',
        bytes: r.int(3000, 60000),
      }),
    (r) => {
      const object = `uploads/${r.uuid()}.jpg`;
      return gcsRequest('/upload/storage/v1/b/example-net-media/o', {
        method: 'POST',
        query: `uploadType=multipart&name=${encodeURIComponent(object)}`,
        operation: 'PUT_Object',
        object,
        bytes: 812,
      });
    },
    (r) => gcsRequest(`/example-net-media/thumbs/${r.pick(SLUGS)}-1280.webp`, { anonymous: true, status: 404, bytes: 127 }),
  ],
};

const S3_UAS = {
  java: 'aws-sdk-java/2.29.12 Linux/6.1.119-129.201.amzn2023.x86_64 OpenJDK_64-Bit_Server_VM/21.0.5+11-LTS Java/21.0.5 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy',
  cli: 'aws-cli/2.22.20 md/awscrt#0.23.4 ua/2.0 os/linux#6.8.0-1021-aws md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#s3api.list-objects-v2',
  boto: 'Boto3/1.35.90 md/Botocore#1.35.90 ua/2.0 os/linux#5.10.230-202.885.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.8 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.35.90',
};
const S3_EXPORTER = 'arn:aws:sts::210987654321:assumed-role/orders-export-task/8f2c41d7e0b94a6c9d3e5f1a2b7c6d80';

/** One request of the S3 access log: the key is the path without its slash; anonymous reads carry no signature. */
function s3Request(path, { anonymous = false, method = 'GET', operation, key, ua, ...rest } = {}) {
  return {
    method,
    path,
    key: key ?? path.slice(1),
    operation: operation ?? `REST.${method}.OBJECT`,
    requester: anonymous ? '-' : S3_EXPORTER,
    sigv: anonymous ? '-' : 'SigV4',
    authType: anonymous ? '-' : 'AuthHeader',
    ...(ua || !anonymous ? { ua: ua ?? S3_UAS.java } : {}),
    ...rest,
  };
}

/** One request of the GCS usage log (cs_object is the object name, decoded, for object operations). */
function gcsRequest(path, { anonymous = false, operation, ...rest } = {}) {
  const xml = path.match(/^\/example-net-media\/(.+)$/);
  const json = path.match(/\/o\/([^/?]+)$/);
  return {
    path,
    operation: operation ?? 'GET_Object',
    object: xml ? xml[1] : json ? decodeURIComponent(json[1]) : '',
    ...(anonymous ? {} : { ua: 'gcloud-golang/0.1.0,gzip(gfe)' }),
    ...rest,
  };
}

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

  // morgan 'dev' (colors written to the file: the format always emits them).
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

  // Azure Front Door (Standard/Premium) FrontDoorAccessLog, one resource-log record per line as a diagnostic setting
  // archives it; requestUri and originUrl both carry the query.
  azureFrontDoor: (e, rng) => {
    const cached = e.path.startsWith('/static') || e.path.startsWith('/images');
    const origin = e.origin ?? 'shop-web-prod.azurewebsites.net';
    return [
      JSON.stringify({
        time: `${iso(e.t + e.ms).slice(0, 23)}${pad((e.t * 31) % 10000, 4)}Z`,
        resourceId:
          '/SUBSCRIPTIONS/4B7E0C2A-91D3-4F6E-8A5B-2C9D1E7F3A60/RESOURCEGROUPS/RG-WEB-PROD/PROVIDERS/MICROSOFT.CDN/PROFILES/AFD-WEB-PROD',
        category: 'FrontDoorAccessLog',
        operationName: 'Microsoft.Cdn/Profiles/AccessLog/Write',
        properties: {
          trackingReference: `${compactIso(e.t)}-${rng.chars(LOWER + DIGITS, 22)}00000000${rng.chars(LOWER + DIGITS, 4)}00000000${rng.chars(LOWER + DIGITS, 4)}`,
          httpMethod: e.method,
          httpVersion: e.protocol === 'HTTP/2.0' ? '2.0.0.0' : '1.1.0.0',
          requestUri: `https://${e.host}:443${target(e)}`,
          hostName: e.host,
          requestBytes: String(rng.int(400, 2400)),
          responseBytes: String(e.bytes + 520),
          userAgent: e.ua,
          clientIp: e.ip,
          clientPort: String(e.port),
          socketIp: e.ip,
          timeToFirstByte: (Math.max(e.ms - 1, 1) / 1000).toFixed(3),
          timeTaken: (e.ms / 1000).toFixed(3),
          requestProtocol: 'HTTPS',
          securityProtocol: 'TLS 1.3',
          rulesEngineMatchNames: [],
          httpStatusCode: String(e.status),
          httpStatusDetails: String(e.status),
          pop: 'FRA',
          cacheStatus: cached ? 'HIT' : 'CONFIG_NOCACHE',
          errorInfo: 'NoError',
          ErrorInfo: 'NoError',
          result: 'N/A',
          endpoint: 'web-prod-d7f2c9bxh4e3aqgk.z01.azurefd.net',
          routingRuleName: e.routeName ?? 'default-route',
          originUrl: cached ? 'N/A' : `https://${origin}:443${target(e)}`,
          originIp: cached ? 'N/A' : `${e.origin ? '198.51.100.61' : '198.51.100.17'}:443`,
          originName: cached ? 'N/A' : `${origin}:443`,
          referer: e.referer === '-' ? '' : e.referer,
          clientCountry: 'Germany',
          domain: `${e.host}:443`,
          securityCipher: 'TLS_AES_256_GCM_SHA384',
          securityCurves: 'X25519',
          sni: e.host,
        },
      }),
    ];
  },

  // Squid's native access.log (`logformat squid`), `strip_query_terms off`, on an egress proxy that bumps TLS (the
  // spliced hosts show up as CONNECT tunnels). Clients are the build runners' addresses.
  squid: (e, rng) => {
    const connect = e.method === 'CONNECT';
    const url = connect ? `${e.host}:443` : `${e.scheme ?? 'https'}://${e.host}${target(e)}`;
    const result = connect ? 'TCP_TUNNEL' : e.status === 304 ? 'TCP_REFRESH_UNMODIFIED' : 'TCP_MISS';
    const server = `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;
    return [
      `${(e.t / 1000).toFixed(3)} ${String(e.ms).padStart(6)} 10.20.4.${e.ip.split('.')[3]} ${result}/${pad(e.status, 3)} ${e.bytes} ${e.method} ${url} - HIER_DIRECT/${server} ${connect ? '-' : (e.contentType ?? 'application/json')}`,
    ];
  },

  // uvicorn's access log (default LOGGING_CONFIG, no colors off a TTY) and its WebSocket handshake lines, as
  // `kubectl logs --timestamps` prints them.
  uvicorn: (e) => {
    const at = isoNanos(e.t + e.ms);
    if (e.websocket) return [`${at} INFO:     ${e.ip}:${e.port} - "WebSocket ${target(e)}" [accepted]`, `${at} INFO:     connection open`];
    return [`${at} INFO:     ${e.ip}:${e.port} - "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${HTTP_PHRASES[e.status]}`];
  },

  // Kong Gateway 3.9 file-log plugin: kong.log.serialize() encoded by lua-cjson ("/" escaped as "\/", keys in Lua
  // table order); the serializer logs "REDACTED" for Authorization. A request refused by an auth plugin has no tries.
  kong: (e, rng) => {
    const refused = e.status === 401 || e.status === 403;
    const upstream = rng.int(3, Math.max(4, e.ms - 2));
    const kongLatency = rng.int(0, 2);
    const headers = { host: e.host, 'user-agent': e.ua, accept: '*/*', 'x-forwarded-for': e.ip, 'x-forwarded-proto': 'https' };
    if (e.headers.authorization) headers.authorization = 'REDACTED';
    const consumer = e.consumer ? KONG.consumers[e.consumer] : undefined;
    const supabase = e.path.startsWith('/rest/') || e.path.startsWith('/realtime/') || e.path.startsWith('/auth/');
    const entry = {
      response: {
        status: e.status,
        size: e.bytes + 340,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(e.bytes),
          connection: 'keep-alive',
          ...(refused ? {} : { 'x-kong-upstream-latency': String(upstream) }),
          'x-kong-proxy-latency': String(kongLatency),
          via: '1.1 kong/3.9.1',
          'x-kong-request-id': rng.chars(HEX, 32),
        },
      },
      route: supabase ? KONG.routes.supabase : KONG.routes.partner,
      workspace: KONG.workspace,
      ...(consumer ? { consumer } : {}),
      latencies: { request: e.ms, kong: kongLatency, proxy: refused ? -1 : upstream, receive: 0 },
      service: supabase ? KONG.services.supabase : KONG.services.partner,
      request: {
        querystring: Object.fromEntries(new URLSearchParams(e.query)),
        size: rng.int(180, 900),
        uri: target(e),
        url: `https://${e.host}:8443${target(e)}`,
        headers,
        method: e.method,
        tls: { version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', client_verify: 'NONE' },
      },
      ...(refused
        ? {}
        : { tries: [{ balancer_start: e.t + kongLatency, ip: supabase ? '10.0.6.40' : '10.0.6.21', balancer_latency: 0, port: 8000 }] }),
      client_ip: e.ip,
      upstream_uri: refused ? '' : target(e),
      ...(consumer ? { authenticated_entity: { id: KONG.credentials[e.consumer], consumer_id: consumer.id } } : {}),
      ...(refused ? {} : { upstream_status: String(e.status) }),
      source: refused ? 'kong' : 'upstream',
      started_at: e.t,
    };
    return [JSON.stringify(entry).replace(/\//g, '\\/')];
  },

  // Gin's default logger (gin.Default(), release mode, output not a terminal: no colors).
  gin: (e, rng) => {
    const end = new Date(e.t + e.ms);
    const stamp = `${end.getUTCFullYear()}/${pad(end.getUTCMonth() + 1)}/${pad(end.getUTCDate())} - ${iso(e.t + e.ms).slice(11, 19)}`;
    const latency = goDuration(e.ms * 1000000 + rng.int(0, 999999));
    return [
      `[GIN] ${stamp} | ${e.status} | ${latency.padStart(13)} | ${e.ip.padStart(15)} | ${e.method.padEnd(7)}  ${JSON.stringify(target(e))}`,
    ];
  },

  // Symfony 7 with Monolog 3's JsonFormatter (PSR-3 placeholders interpolated): the router's "Matched route" record
  // (request_uri from Request::getUri(): query keys sorted, RFC 3986 encoding) and HttpClient's "Request:" and
  // "Response:" records for each outgoing call.
  monolog: (e, rng) => {
    const record = (at, channel, message, context = {}) =>
      JSON.stringify({
        message,
        context,
        level: 200,
        level_name: 'INFO',
        channel,
        datetime: `${isoMicros(at).slice(0, 26)}+00:00`,
        extra: {},
      });
    const route = symfonyRoute(e.path);
    const lines = [
      record(e.t, 'request', `Matched route "${route.name}".`, {
        route: route.name,
        route_parameters: route.parameters,
        request_uri: `https://${e.host}${e.path}${symfonyQuery(e.query)}`,
        method: e.method,
      }),
    ];
    const calls = e.outgoing ?? (rng.next() < 0.3 ? [ordinaryCall(rng)] : []);
    let at = e.t + 4;
    for (const call of calls) {
      lines.push(record(at, 'http_client', `Request: "${call.method ?? 'GET'} ${call.url}"`));
      at += call.ms ?? rng.int(20, 300);
      lines.push(record(at, 'http_client', `Response: "${call.status ?? 200} ${call.url}"`));
      at += 2;
    }
    return lines;
  },

  // Akamai DataStream 2, JSON log format (values as strings, "-" fields left out, UA hex-encoded outside 0x21-0x7E).
  akamai: (e, rng) => {
    const cached = e.path.startsWith('/static') || e.path.startsWith('/images');
    const size = e.bytes;
    return [
      JSON.stringify({
        version: 1,
        cp: '1482913',
        reqId: rng.chars(HEX, 8),
        reqTimeSec: (e.t / 1000).toFixed(3),
        bytes: String(size),
        cliIP: e.ip,
        statusCode: String(e.status),
        proto: 'HTTPS',
        reqHost: e.host,
        reqMethod: e.method,
        reqPath: e.path,
        reqPort: '443',
        rspContentLen: String(size),
        rspContentType: e.contentType ?? (cached ? 'image/webp' : 'application/json'),
        UA: e.ua.replace(/ /g, '%20'),
        tlsOverheadTimeMSec: String(rng.int(0, 40)),
        tlsVersion: 'TLSv1.3',
        objSize: String(size),
        uncompressedSize: String(size),
        overheadBytes: String(rng.int(200, 700)),
        totalBytes: String(size + rng.int(200, 700)),
        ...(e.query ? { queryStr: e.query } : {}),
        accLang: 'en-US',
        ...(e.referer === '-' ? {} : { referer: encodeURIComponent(e.referer) }),
        maxAgeSec: cached ? '86400' : '0',
        reqEndTimeMSec: String(rng.int(0, 4)),
        turnAroundTimeMSec: String(e.ms),
        transferTimeMSec: String(rng.int(0, 30)),
        dnsLookupTimeMSec: '0',
        cacheStatus: cached ? '1' : '0',
        country: 'DE',
        city: 'FRANKFURT',
        state: 'HE',
      }),
    ];
  },

  // Amazon S3 server access log record (virtual-hosted-style requests, bucket example-net-exports).
  s3: (e, rng) => [
    [
      '5c1e9b7a3d2f48e06a9c1b4e7f2d8a3c6b0e5f9d1a4c7e2b8f3d6a9c0e1b4d7f',
      'example-net-exports',
      `[${clf(e.t)}]`,
      e.ip,
      e.requester ?? '-',
      rng.chars('0123456789ABCDEF', 16),
      e.operation,
      e.key ?? '-',
      `"${e.method} ${target(e)} HTTP/1.1"`,
      e.status,
      e.errorCode ?? '-',
      e.bytes === 0 ? '-' : e.bytes,
      e.objectSize ?? (e.method === 'GET' && e.status === 200 ? e.bytes : '-'),
      e.ms,
      Math.max(1, e.ms - rng.int(1, 6)),
      `"${e.referer}"`,
      `"${e.ua}"`,
      '-',
      `${rng.chars(B64, 75)}=`,
      e.sigv ?? 'SigV4',
      'TLS_AES_128_GCM_SHA256',
      e.authType ?? 'AuthHeader',
      'example-net-exports.s3.eu-central-1.amazonaws.com',
      'TLSv1.3',
      '-',
      '-',
    ].join(' '),
  ],

  // Cloud Storage usage log (CSV, every field quoted), bucket example-net-media.
  gcsUsage: (e, rng) => [
    [
      e.t * 1000 + rng.int(0, 999),
      e.ip,
      1,
      '',
      e.method,
      target(e),
      e.status,
      e.method === 'POST' || e.method === 'PUT' ? rng.int(20000, 900000) : 0,
      e.bytes,
      e.ms * 1000 + rng.int(0, 999),
      'storage.googleapis.com',
      e.referer === '-' ? '' : e.referer,
      e.ua,
      `ABPtcP${rng.chars(B64URL, 66)}`,
      e.operation,
      'example-net-media',
      e.object ?? '',
    ]
      .map((value) => `"${value}"`)
      .join(','),
  ],

  // Tomcat's RequestDumperFilter through a JULI FileHandler with VerbatimFormatter (the setup of Tomcat's filter
  // documentation): every attribute of the request on its own line, then the response's.
  requestDumper: (e) => {
    const thread = `http-nio-8080-exec-${(e.seq % 10) + 1}`;
    const log = (attribute, value) => `${thread} ${attribute}=${value}`;
    const stamp = (ms) => {
      const d = new Date(ms);
      return `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()} ${iso(ms).slice(11, 19)}`;
    };
    const cookies = e.cookies ?? [];
    const headers = [
      ['host', e.host],
      ['user-agent', e.ua],
      ['accept', 'application/json, text/plain, */*'],
      ['accept-language', 'en-US,en;q=0.9'],
      ...(e.referer === '-' ? [] : [['referer', e.referer]]),
      ...(cookies.length > 0 ? [['cookie', cookies.map(([name, value]) => `${name}=${value}`).join('; ')]] : []),
      ...(e.headers.authorization ? [['authorization', e.headers.authorization]] : []),
      ['x-forwarded-for', e.ip],
      ['x-forwarded-proto', 'https'],
    ];
    const parameters = new Map();
    for (const [name, value] of new URLSearchParams(e.query)) parameters.set(name, [...(parameters.get(name) ?? []), value]);
    const body = e.status !== 204 && e.status !== 302;
    return [
      log('START TIME        ', stamp(e.t)),
      log('        requestURI', e.path),
      log('          authType', 'null'),
      log(' characterEncoding', 'null'),
      log('     contentLength', '-1'),
      log('       contentType', 'null'),
      log('       contextPath', ''),
      ...cookies.map(([name, value]) => log('            cookie', `${name}=${value}`)),
      ...headers.map(([name, value]) => log('            header', `${name}=${value}`)),
      log('            locale', 'en_US'),
      log('            method', e.method),
      ...[...parameters].map(([name, values]) => log('         parameter', `${name}=${values.join(', ')}`)),
      log('          pathInfo', 'null'),
      log('          protocol', 'HTTP/1.1'),
      log('       queryString', e.query || 'null'),
      log('        remoteAddr', e.ip),
      log('        remoteHost', e.ip),
      log('        remoteUser', 'null'),
      log('requestedSessionId', cookies.find(([name]) => name === 'JSESSIONID')?.[1] ?? 'null'),
      log('            scheme', 'https'),
      log('        serverName', e.host),
      log('        serverPort', '443'),
      log('       servletPath', e.path),
      log('          isSecure', 'true'),
      log('------------------', '--------------------------------------------'),
      log('------------------', '--------------------------------------------'),
      log('          authType', 'null'),
      log('       contentType', body ? 'application/json;charset=UTF-8' : 'null'),
      log('            header', 'X-Content-Type-Options=nosniff'),
      log('            header', 'Cache-Control=no-cache, no-store, max-age=0, must-revalidate'),
      log('            header', 'X-Frame-Options=DENY'),
      ...(e.status === 302 ? [log('            header', `Location=https://${e.host}/`)] : []),
      log('        remoteUser', 'null'),
      log('            status', String(e.status)),
      log('END TIME          ', stamp(e.t + e.ms)),
      log('==================', '============================================'),
    ];
  },

  // varnishncsa's default format (%r synthesized as "METHOD http://Host URL PROTOCOL").
  varnishncsa: (e) => [
    `${e.ip} - - [${clf(e.t)}] "${e.method} http://${e.host}${target(e)} ${e.protocol}" ${e.status} ${e.bytes === 0 ? '-' : e.bytes} "${e.referer}" "${e.ua}"`,
  ],
};

const HTTP_PHRASES = {
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

const compactIso = (ms) => `${iso(ms).replace(/[-:]/g, '').slice(0, 15)}Z`;

/** Go's time.Duration.String() for durations under a minute. */
function goDuration(ns) {
  const [unit, size] = ns < 1e3 ? ['ns', 1] : ns < 1e6 ? ['µs', 1e3] : ns < 1e9 ? ['ms', 1e6] : ['s', 1e9];
  const fraction = String(ns % size)
    .padStart(String(size).length - 1, '0')
    .replace(/0+$/, '');
  return `${Math.floor(ns / size)}${fraction ? `.${fraction}` : ''}${unit}`;
}

/** PHP's rawurlencode (RFC 3986). */
const rawurlencode = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The query of Symfony's Request::getUri(): parsed, keys sorted, re-encoded (RFC 3986). */
function symfonyQuery(query) {
  if (!query) return '';
  const pairs = [...new URLSearchParams(query)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `?${pairs.map(([k, v]) => `${rawurlencode(k)}=${rawurlencode(v)}`).join('&')}`;
}

/** A Symfony route for a path: name, controller and the id it captured. */
function symfonyRoute(path) {
  const segments = path.split('/').filter((segment) => segment && segment !== 'v1');
  const id = segments.find((segment) => /^[0-9]+$|^[0-9a-f]{8}-/.test(segment));
  const words = segments.filter((segment) => segment !== id).map((segment) => segment.replace(/[^a-z0-9]+/gi, '_').toLowerCase());
  const name = ['app', ...words].join('_');
  const controller = (words[0] ?? 'home').replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());
  const action = (words[1] ?? (id ? 'show' : 'index')).replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  return { name, parameters: { _route: name, _controller: `App\\Controller\\${controller}Controller::${action}`, ...(id ? { id } : {}) } };
}

/** An outgoing call of the Symfony app that carries nothing secret. */
function ordinaryCall(rng) {
  return rng.pick([
    () => ({ url: `http://search.internal:9200/products/_search?size=20&from=${rng.int(0, 5) * 20}`, ms: rng.int(8, 60) }),
    () => ({ url: `http://pricing.internal:8080/v2/prices?sku=SKU-${rng.int(10000, 99999)}&currency=EUR`, ms: rng.int(5, 40) }),
    () => ({ url: 'https://api.frankfurter.app/latest?from=EUR&to=USD,GBP,CHF', ms: rng.int(60, 240) }),
  ])();
}

// Kong's configuration as the file-log plugin serializes it (route, service, workspace, consumers).
const KONG = {
  workspace: '0dc6f45b-8f8d-40d2-a504-473544ee190b',
  routes: {
    partner: {
      id: '7b2e4f1c-3a5d-4e8b-9c6f-0a1d2e3f4a5b',
      name: 'partner-api',
      paths: ['/v1', '/realms'],
      protocols: ['https'],
      strip_path: false,
      preserve_host: true,
      https_redirect_status_code: 426,
      regex_priority: 0,
      path_handling: 'v0',
      request_buffering: true,
      response_buffering: true,
      created_at: 1767225600,
      updated_at: 1776988800,
      ws_id: '0dc6f45b-8f8d-40d2-a504-473544ee190b',
      service: { id: 'c4a1e8d2-6b3f-4a7c-8e9d-1f2a3b4c5d6e' },
    },
    supabase: {
      id: '2f9c1d7e-5a4b-4c3d-8e2f-9a0b1c2d3e4f',
      name: 'supabase-rest',
      paths: ['/rest/v1/', '/realtime/v1/', '/auth/v1/'],
      protocols: ['https', 'wss'],
      strip_path: false,
      preserve_host: true,
      https_redirect_status_code: 426,
      regex_priority: 0,
      path_handling: 'v0',
      request_buffering: true,
      response_buffering: true,
      created_at: 1767225600,
      updated_at: 1767225600,
      ws_id: '0dc6f45b-8f8d-40d2-a504-473544ee190b',
      service: { id: '8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b' },
    },
  },
  services: {
    partner: {
      id: 'c4a1e8d2-6b3f-4a7c-8e9d-1f2a3b4c5d6e',
      name: 'partner-backend',
      host: 'partner-backend.apps.svc',
      port: 8000,
      protocol: 'http',
      connect_timeout: 60000,
      read_timeout: 60000,
      write_timeout: 60000,
      retries: 5,
      enabled: true,
      created_at: 1767225600,
      updated_at: 1767225600,
      ws_id: '0dc6f45b-8f8d-40d2-a504-473544ee190b',
    },
    supabase: {
      id: '8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b',
      name: 'supabase-rest',
      host: 'rest.supabase.svc',
      port: 3000,
      protocol: 'http',
      connect_timeout: 60000,
      read_timeout: 60000,
      write_timeout: 60000,
      retries: 5,
      enabled: true,
      created_at: 1767225600,
      updated_at: 1767225600,
      ws_id: '0dc6f45b-8f8d-40d2-a504-473544ee190b',
    },
  },
  consumers: {
    partner: { id: 'a3f1c9e7-2b4d-4f6a-8c0e-1d3b5f7a9c2e', username: 'partner-nordwind', created_at: 1769904000, updated_at: 1769904000 },
    mobile: { id: '5d7f9b1c-3e5a-4c7e-9a1c-3e5d7f9b1c3e', username: 'mobile-app', created_at: 1767225600, updated_at: 1767225600 },
    anon: { id: 'e1c3a5f7-9b2d-4e6f-8a0c-2e4a6c8e0a2c', username: 'anon', created_at: 1767225600, updated_at: 1767225600 },
  },
  credentials: {
    partner: '6a8c0e2f-4b6d-4f8a-9c2e-4b6d8f0a2c4e',
    mobile: '9c1e3a5c-7e9b-4d1f-8b3d-5f7b9d1f3b5d',
    anon: 'f0b2d4f6-8a1c-4e3f-9d5b-7a9c1e3f5b7d',
  },
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
          'warning',
          'oauth-code',
          `OAuth authorization code in the redirect: single use and short-lived by design (${DOCS.oauthCode}) Exchangeable by whoever reads it first where the client has no PKCE: a warning (issue #14; labeled a ticket before #14 said so).`,
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
          'warning',
          'oauth-code',
          `OAuth authorization code returned to the CLI's loopback redirect: single use, short-lived (${DOCS.oauthCode}) Exchangeable by whoever reads it first where the client has no PKCE: a warning (issue #14; labeled a ticket before #14 said so).`,
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
// Signed URLs, signed for real where the scheme is an HMAC (with random keys): S3 SigV4 query authentication, Azure
// Blob service SAS, Akamai Auth Token 2.0. GCS V4 signatures (RSA) are random bytes of the right length.

function presignS3({ t, host, path, keyId, secret, sessionToken, expires, region = 'eu-central-1' }) {
  const amzDate = compactIso(t);
  const scope = `${amzDate.slice(0, 8)}/${region}/s3/aws4_request`;
  const params = [
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${keyId}/${scope}`],
    ['X-Amz-Date', amzDate],
    ['X-Amz-Expires', String(expires)],
    ...(sessionToken ? [['X-Amz-Security-Token', sessionToken]] : []),
    ['X-Amz-SignedHeaders', 'host'],
  ];
  const query = params.map(([name, value]) => `${rawurlencode(name)}=${rawurlencode(value)}`).join('&');
  const canonical = ['GET', path, query, `host:${host}`, '', 'host', 'UNSIGNED-PAYLOAD'].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  let key = `AWS4${secret}`;
  for (const part of [amzDate.slice(0, 8), region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return { query: `${query}&X-Amz-Signature=${signature}`, signature };
}

function signGcs(rng, { t, expires, account }) {
  const date = compactIso(t);
  const credential = `${account}/${date.slice(0, 8)}/auto/storage/goog4_request`;
  const signature = rng.bytes(256).toString('hex');
  return {
    query: `X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=${rawurlencode(credential)}&X-Goog-Date=${date}&X-Goog-Expires=${expires}&X-Goog-SignedHeaders=host&X-Goog-Signature=${signature}`,
    signature,
  };
}

function azureBlobSas(rng, { start, expiry, account, container, blob }) {
  const [st, se] = [start, expiry].map((ms) => `${iso(ms).slice(0, 19)}Z`);
  const toSign = [
    'r',
    st,
    se,
    `/blob/${account}/${container}/${blob}`,
    '',
    '',
    'https',
    '2022-11-02',
    'b',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ].join('\n');
  const signature = encodeURIComponent(createHmac('sha256', rng.bytes(64)).update(toSign).digest('base64'));
  return { query: `sp=r&st=${st}&se=${se}&spr=https&sv=2022-11-02&sr=b&sig=${signature}`, signature };
}

function akamaiToken(rng, { start, window, acl }) {
  const body = `st=${start}~exp=${start + window}~acl=${acl}`;
  const hmac = createHmac('sha256', rng.bytes(32)).update(body).digest('hex');
  return { token: `${body}~hmac=${hmac}`, hmac };
}

const jwtParts = (rng, t, options) => jwtAt(rng, t, options).split('.');

// ---------------------------------------------------------------------------------------------------------------------
// heldout2: Azure Front Door, Squid, uvicorn, Kong, Gin, Symfony (Monolog JSON), Akamai DataStream 2, S3 server access
// log, GCS usage log, Tomcat RequestDumperFilter, varnishncsa. Labeled by construction before any scan; scored only at
// the end, like heldout.

function heldout2Files(rng) {
  const day = Date.UTC(2026, 4, 19);
  const h = (hour) => day + hour * 3600000;
  const notScrubbed = 'The URL was pasted from a scrubbed support ticket: the request itself carried';
  return {
    'azure-frontdoor.log': buildLog(rng, {
      site: { host: 'www.example.net', routes: 'shop', edge: true },
      start: h(6),
      render: formats.azureFrontDoor,
      plan: [
        4,
        c.generated(
          'error',
          'long-lived',
          `An Azure Blob service SAS (sr=b, sp=r) served through Front Door with se= at the end of 2031 (${DOCS.azureSas}): the signature grants the file to whoever holds the URL for five and a half more years.`,
          (rng, t) => {
            const blob = `orders-2026-04-${rng.int(1000, 9999)}.csv`;
            const sas = azureBlobSas(rng, {
              start: t - 86400000,
              expiry: Date.UTC(2031, 11, 31, 23, 59, 59),
              account: 'exportsprodweu',
              container: 'exports',
              blob,
            });
            return {
              value: sas.signature,
              event: {
                path: `/exports/${blob}`,
                query: sas.query,
                origin: 'exportsprodweu.blob.core.windows.net',
                routeName: 'exports-route',
              },
            };
          },
        ),
        4,
        c.generated(
          'warning',
          'oauth-code',
          `A Microsoft Entra ID authorization code in the OIDC redirect (response_mode=query): single use, redeemed within minutes (${DOCS.entraCode}) Exchangeable by whoever reads it first where the client has no PKCE: a warning (issue #14; labeled a ticket before #14 said so).`,
          (rng) => {
            const value = `1.AQ4A${rng.chars(B64URL, 560)}`;
            return {
              value,
              event: {
                path: '/signin-oidc',
                query: `code=${value}&state=${rng.chars(B64URL, 43)}&session_state=${rng.uuid()}`,
                status: 302,
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          `Firebase web apiKey on the auth handler Firebase serves from the app's domain (${DOCS.firebase}).`,
          (rng) => {
            const value = token.googleKey(rng);
            return {
              value,
              event: {
                path: '/__/auth/handler',
                query: `apiKey=${value}&appName=%5BDEFAULT%5D&authType=signInViaRedirect&redirectUrl=https%3A%2F%2Fwww.example.net%2Faccount&v=11.3.1&providerId=microsoft.com`,
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          'A Segment write key in the path of analytics.js loaded through a first-party proxy: a browser source\'s write key ships to every visitor and only sends events in (https://github.com/segmentio/segment-docs/pull/1035, "Explain why AJS Write Key is public").',
          (rng) => {
            const value = rng.chars(ALNUM, 32);
            return {
              value,
              event: {
                path: `/sgmt/analytics.js/v1/${value}/analytics.min.js`,
                origin: 'cdn.segment.com',
                routeName: 'segment-proxy',
                bytes: rng.int(80000, 120000),
              },
            };
          },
        ),
        3,
        c.generated('none', 'cursor', 'OData $skiptoken: the position of the next page, not a credential.', (rng) => {
          const value = `RFNwdAIAAQAAAB8${rng.chars(B64URL, 46)}`;
          return { value, event: { path: '/api/orders', query: `%24top=50&%24skiptoken=${value}` } };
        }),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/exports/orders-2026-04.csv',
          '$SAS_TOKEN',
          'A shell variable that was never expanded ($SAS_TOKEN, single-quoted in a script): storage refused it (403).',
          {
            needle: '?$SAS_TOKEN',
            event: {
              status: 403,
              bytes: 321,
              ua: 'curl/8.5.0',
              origin: 'exportsprodweu.blob.core.windows.net',
              routeName: 'exports-route',
            },
          },
        ),
        3,
        c.generated(
          'none',
          'redacted',
          `A SAS URL copied from Azure Storage's own logs, which print the signature as sig=XXXXX: the request carried no signature (403).`,
          (rng, t) => {
            const value = 'sig=XXXXX';
            return {
              value,
              event: {
                path: `/exports/customers-2026-04-${rng.int(1000, 9999)}.csv`,
                query: `sp=r&st=${iso(t - 3600000).slice(0, 19)}Z&se=${iso(t + 7 * 86400000).slice(0, 19)}Z&spr=https&sv=2022-11-02&sr=b&${value}`,
                status: 403,
                bytes: 321,
                ua: 'curl/8.5.0',
                origin: 'exportsprodweu.blob.core.windows.net',
                routeName: 'exports-route',
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'csrf',
          'ASP.NET Core antiforgery token (__RequestVerificationToken, CfDJ8…) on a GET form: a CSRF token, not a credential.',
          (rng) => {
            const value = `CfDJ8${rng.chars(B64URL, 150)}`;
            return { value, event: { path: '/Account/Logout', query: `__RequestVerificationToken=${value}`, status: 302 } };
          },
        ),
        3,
        c.fixed(
          'none',
          'masked',
          '/api/v2/stock',
          'sku=SKU-48213&api_key=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A23f9c',
          'A key copied as the dashboard shows it: eight bullets (•, percent-encoded) and its last four characters.',
          { needle: '%E2%80%A2%E2%80%A23f9c', event: { status: 401, bytes: 64 } },
        ),
        3,
      ],
    }),

    'squid-access.log': buildLog(rng, {
      site: { host: 'proxy.example.net', routes: 'egress' },
      start: h(7),
      render: formats.squid,
      plan: [
        4,
        c.provider(
          'access_token',
          '/repos/example-net/platform/actions/artifacts',
          (r) => token.github(r),
          'A GitHub classic personal access token (ghp_, checksum valid) in the query of a CI call through the egress proxy.',
          { extra: '&per_page=100', event: { host: 'api.github.com', status: 401, bytes: 131, ua: 'curl/8.5.0' } },
        ),
        4,
        c.provider(
          'private_token',
          '/api/v4/projects/4821/jobs/artifacts/main/download',
          token.gitlab,
          'A GitLab personal access token (glpat-).',
          {
            extra: '&job=build',
            event: { host: 'gitlab.com', ua: 'Wget/1.21.4', contentType: 'application/zip', bytes: 4821933 },
          },
        ),
        3,
        c.fixed(
          'none',
          'example',
          '/test.txt',
          EXAMPLES.awsPresignedUrl.split('?')[1],
          `The presigned URL of the S3 API reference's SigV4 example (${DOCS.s3SigV4Query}), AKIAIOSFODNN7EXAMPLE, expired in 2013: someone trying the documentation (403).`,
          {
            needle: EXAMPLES.awsPresignedSignature,
            event: { host: 'examplebucket.s3.amazonaws.com', status: 403, bytes: 243, ua: 'curl/8.5.0', contentType: 'application/xml' },
          },
        ),
        3,
        c.generated(
          'error',
          'long-lived',
          `A Telegram bot token in the path of a Bot API call (https://api.telegram.org/bot<token>/METHOD, ${DOCS.telegramBot}): whoever holds it controls the bot.`,
          (rng) => {
            const value = token.telegramBot(rng);
            return {
              value,
              event: {
                host: 'api.telegram.org',
                path: `/bot${value}/sendMessage`,
                query: `chat_id=-100${rng.int(1000000000, 9999999999)}&text=${encodeURIComponent('Deploy finished: platform v2.14.0')}`,
                ua: 'python-requests/2.32.3',
              },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'masked',
          '/api/v4/projects/4821/pipelines',
          'private_token=glpat-********************',
          'A GitLab token masked to its prefix (glpat- and twenty stars), as CI variables print it.',
          { needle: 'glpat-********************', event: { host: 'gitlab.com', status: 401, bytes: 30, ua: 'curl/8.5.0' } },
        ),
        3,
      ],
    }),

    'uvicorn.log': buildLog(rng, {
      site: { host: 'api.example.net', routes: 'api' },
      start: h(8),
      header: [
        `${isoNanos(h(8) - 4210)} INFO:     Started server process [1]`,
        `${isoNanos(h(8) - 4208)} INFO:     Waiting for application startup.`,
        `${isoNanos(h(8) - 3914)} INFO:     Application startup complete.`,
        `${isoNanos(h(8) - 3913)} INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)`,
      ],
      render: formats.uvicorn,
      plan: [
        3,
        c.provider(
          'key',
          '/v1/llm/chat',
          token.openai,
          'An OpenAI project key (sk-proj-…T3BlbkFJ…) passed to the LLM proxy in the query.',
          {
            event: { method: 'POST', ua: 'OpenAI/Python 1.59.7' },
          },
        ),
        3,
        c.jwt('ticket', '/ws/notifications', {
          lifetime: 30,
          jti: true,
          claims: { aud: 'notifications-ws' },
          why: 'A WebSocket ticket for the notification stream, used once',
          event: { websocket: true, status: 101, bytes: 0 },
        }),
        3,
        c.generated(
          'note',
          'ticket',
          'An opaque one-time download ticket (ticket=dl_…), first use.',
          (rng) => {
            const value = `dl_${token.opaque(rng, 30, ALNUM)}`;
            return { value, event: { path: '/v1/exports/download', query: `ticket=${value}`, ip: '203.0.113.88', bytes: 48211 } };
          },
          { ref: 'dl-ticket' },
        ),
        2,
        c.replay('dl-ticket', 48, WHY.sameTicketReplay, { bytes: 48211 }),
        3,
        c.opaque('api_key', '/v1/reports/usage', 40, 'A FastAPI APIKeyQuery api_key (40 hex) of a reporting client: long-lived.', {
          alphabet: HEX,
          extra: '&month=2026-04',
          event: { ua: 'python-httpx/0.28.1' },
        }),
        3,
        c.jwt('token', '/v1/exports/latest.csv', {
          lifetime: 30 * 86400,
          age: 2 * 86400,
          alg: 'ES256',
          kid: 'api-2026-05',
          why: 'A 30-day session JWT in a CSV export link',
        }),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/v1/me',
          'token=undefined',
          "JavaScript's undefined stringified into the URL: the client had no token to send (401).",
          {
            event: { status: 401, bytes: 30 },
          },
        ),
        3,
        c.generated('none', 'cursor', 'next_page_token: a pagination position.', (rng) => {
          const value = `EhQK${rng.chars(B64URL, 30)}`;
          return { value, event: { path: '/v1/audit-log', query: `page_size=100&next_page_token=${value}` } };
        }),
        3,
        c.generated('note', 'transport-sid', `python-socketio polling sid (${DOCS.engineIo}).`, (rng) => {
          const value = token.engineIoSid(rng);
          return { value, event: { path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` } };
        }),
        3,
        c.generated(
          'warning',
          'oauth-code',
          `Google's OAuth 2.0 authorization code (4/0A…) in the web-server flow's redirect: single use, short-lived (${DOCS.googleCode}) Exchangeable by whoever reads it first where the client has no PKCE: a warning (issue #14; labeled a ticket before #14 said so).`,
          (rng) => {
            const value = `4%2F0A${rng.chars(B64URL, 71)}`;
            return {
              value,
              event: {
                path: '/auth/google/callback',
                query: `state=${rng.chars(B64URL, 30)}&code=${value}&scope=email+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email&authuser=0&prompt=none`,
                status: 302,
              },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'redacted',
          '/v1/invoices',
          'status=due&access_token=***REDACTED***',
          "A logging.Filter on uvicorn's loggers rewrites access_token values before the line is written: ***REDACTED***.",
          { needle: 'access_token=***REDACTED***' },
        ),
        3,
      ],
    }),

    'kong.log': buildLog(rng, {
      site: { host: 'gw.example.net', routes: 'api' },
      start: h(9),
      render: formats.kong,
      plan: [
        3,
        c.opaque(
          'apikey',
          '/v1/orders',
          32,
          "A partner's Kong key-auth credential in the query (apikey=, key_in_query is on by default): long-lived.",
          {
            alphabet: ALNUM,
            extra: '&status=open',
            event: { consumer: 'partner', ua: 'python-requests/2.32.3' },
          },
        ),
        3,
        c.jwt('jwt', '/v1/me', {
          lifetime: 12 * 3600,
          age: 3600,
          claims: { iss: 'mobile-app-key' },
          why: "A JWT in the query parameter Kong's jwt plugin reads by default (jwt=), valid for 12 hours",
          event: { consumer: 'mobile', ua: 'okhttp/4.12.0' },
        }),
        3,
        c.generated('error', 'provider-token', 'An AWS access key id with its secret, in a storage connection check.', (rng) => {
          const value = token.awsKeyId(rng);
          return {
            value,
            event: {
              path: '/v1/integrations/s3/verify',
              query: `access_key_id=${value}&secret_access_key=${encodeURIComponent(token.awsSecret(rng))}&bucket=partner-drop`,
            },
          };
        }),
        3,
        c.generated(
          'none',
          'public',
          `Supabase anon key (role "anon") as the apikey of a Realtime socket through Kong, Supabase's own gateway (${DOCS.supabase}).`,
          (rng, t) => {
            const value = token.supabaseAnon(rng, t);
            return {
              value,
              event: { path: '/realtime/v1/websocket', query: `apikey=${value}&vsn=1.0.0`, status: 101, bytes: 0, consumer: 'anon' },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'redacted',
          '/v1/invoices',
          'status=due',
          `Kong's log serializer writes the Authorization header as "REDACTED" (${DOCS.kongRedact}).`,
          { needle: '"authorization":"REDACTED"', event: { headers: { authorization: 'Bearer' }, consumer: 'partner' } },
        ),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/v1/products',
          'apikey=%7BAPI_KEY%7D',
          'An unfilled {API_KEY} template placeholder, percent-encoded; key-auth refused it.',
          {
            event: { status: 401, bytes: 52, ua: 'PostmanRuntime/7.43.0' },
          },
        ),
        3,
        c.jwt('jwt', '/v1/orders/export', {
          lifetime: 120,
          why: 'A 2-minute JWT for an export call, reusable until it expires',
          event: { consumer: 'mobile', ua: 'okhttp/4.12.0' },
        }),
        3,
        c.generated(
          'none',
          'oauth-state',
          'Keycloak authorization request through the gateway: state, nonce and a PKCE code_challenge.',
          (rng) => {
            const value = rng.uuid();
            return {
              value,
              event: {
                path: '/realms/partners/protocol/openid-connect/auth',
                query: `client_id=partner-portal&redirect_uri=https%3A%2F%2Fpartners.example.net%2Fcallback&response_type=code&scope=openid&state=${value}&nonce=${rng.uuid()}&code_challenge=${rng.chars(B64URL, 43)}&code_challenge_method=S256`,
                status: 302,
              },
            };
          },
        ),
        3,
      ],
    }),

    'gin.log': buildLog(rng, {
      site: { host: 'orders.example.net', routes: 'api' },
      start: h(10),
      render: formats.gin,
      plan: [
        3,
        c.provider(
          'stripe_key',
          '/v1/admin/billing/sync',
          token.stripeSecretNew,
          'A Stripe live secret key (sk_live_51…) in an admin sync call.',
          {
            event: { method: 'POST', ua: 'Go-http-client/2.0' },
          },
        ),
        3,
        c.opaque('refresh_token', '/v1/auth/refresh', 64, 'A refresh token (64 random characters) in the query of the refresh endpoint.', {
          event: { method: 'POST', ua: 'okhttp/4.12.0' },
        }),
        3,
        c.fixed(
          'none',
          'example',
          '/v1/debug/whoami',
          `token=${EXAMPLES.jwtIoAdmin}`,
          `jwt.io's current sample token ("admin": true, HS256 with the debugger's sample secret) (${DOCS.jwtIo}).`,
          { needle: EXAMPLES.jwtIoAdmin, event: { status: 401, bytes: 31, ua: 'curl/8.5.0' } },
        ),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/v1/orders',
          'access_token=%3CYOUR_ACCESS_TOKEN%3E',
          'The literal <YOUR_ACCESS_TOKEN> of a README snippet, percent-encoded (401).',
          { event: { status: 401, bytes: 31, ua: 'curl/8.5.0' } },
        ),
        3,
        c.generated(
          'none',
          'redacted',
          'A JWT with its signature removed (header.payload. only), as a token debugger copies it: it cannot authenticate anything (401).',
          (rng, t) => {
            const [header, payload] = jwtParts(rng, t, { lifetime: 3600 });
            const value = `${header}.${payload}.`;
            return { value, event: { path: '/v1/orders', query: `token=${value}`, status: 401, bytes: 31 } };
          },
        ),
        3,
        c.jwt('access_token', '/v1/orders/stream', {
          lifetime: 300,
          why: 'A 5-minute access token on an order event stream (SSE), reusable until it expires',
          event: { ms: 2800 },
        }),
        3,
        c.generated('none', 'public', `Sentry DSN public key on the app's own Sentry relay route (${DOCS.sentry}).`, (rng) => {
          const value = rng.chars(HEX, 32);
          return {
            value,
            event: {
              method: 'POST',
              path: `/api/${rng.int(4500000000000000, 4509999999999999)}/envelope/`,
              query: `sentry_key=${value}&sentry_version=7&sentry_client=sentry.javascript.vue%2F8.50.0`,
            },
          };
        }),
        3,
        c.fixed('none', 'flag', '/v1/orders', 'sort=desc&key=updated_at', 'key=updated_at names the sort column.', {
          needle: 'key=updated_at',
        }),
        3,
        c.generated('none', 'oauth-state', 'OAuth error redirect (access denied): state only, no code.', (rng) => {
          const value = rng.chars(HEX, 32);
          return {
            value,
            event: {
              path: '/v1/oauth/callback',
              query: `error=access_denied&error_description=The+user+denied+the+request&state=${value}`,
              status: 302,
            },
          };
        }),
        3,
      ],
    }),

    'symfony-monolog.log': buildLog(rng, {
      site: { host: 'portal.example.net', routes: 'api' },
      start: h(11),
      render: formats.monolog,
      plan: [
        3,
        c.generated(
          'error',
          'provider-token',
          "A Slack bot token (xoxb-) in the query of the app's own call to the Slack Web API, logged by HttpClient on the Request and Response lines.",
          (rng) => {
            const value = token.slackBot(rng);
            return {
              value,
              event: {
                method: 'POST',
                path: '/v1/notifications/digest',
                outgoing: [
                  {
                    url: `https://slack.com/api/conversations.history?channel=C0${rng.chars(UPPER + DIGITS, 9)}&limit=50&token=${value}`,
                    ms: 212,
                  },
                ],
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'example',
          `Slack's documentation example bot token (the oauth.v2.access example response, ${DOCS.slackExample}) left in a staging configuration.`,
          (rng) => ({
            value: EXAMPLES.slackBot,
            event: {
              method: 'POST',
              path: '/v1/notifications/test',
              outgoing: [
                {
                  method: 'POST',
                  url: `https://slack.com/api/chat.postMessage?channel=C0${rng.chars(UPPER + DIGITS, 9)}&text=ping&token=${EXAMPLES.slackBot}`,
                  ms: 158,
                },
              ],
            },
          }),
        ),
        3,
        c.generated(
          'error',
          'long-lived',
          `A Google Maps Platform key used server-side (the PHP app calls the Geocoding API): a server key, not restricted to a website, so a secret (${DOCS.mapsKey}); the same AIza… shape in a browser's Maps JavaScript request would be public.`,
          (rng) => {
            const value = token.googleKey(rng);
            return {
              value,
              event: {
                method: 'POST',
                path: '/v1/stores',
                outgoing: [
                  {
                    url: `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent('Hauptstraße 5, 10827 Berlin')}&key=${value}`,
                    ms: 96,
                  },
                ],
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'flag',
          'token_type_hint=refresh_token names the kind of token being revoked (the token itself is in the body).',
          () => ({
            value: 'token_type_hint=refresh_token',
            event: {
              method: 'POST',
              path: '/v1/sessions/logout',
              status: 204,
              bytes: 0,
              outgoing: [{ method: 'POST', url: 'https://login.example.net/oauth2/revoke?token_type_hint=refresh_token', ms: 41 }],
            },
          }),
        ),
        3,
        c.generated(
          'none',
          'masked',
          'A JWT cut to its first ten and last four characters around an ellipsis, as a support tool displays it.',
          (rng, t) => {
            const jwt = jwtAt(rng, t, { lifetime: 3600 });
            const value = `${jwt.slice(0, 10)}%E2%80%A6${jwt.slice(-4)}`;
            return { value, event: { path: '/v1/support/token-check', query: `token=${value}`, status: 400, bytes: 58 } };
          },
        ),
        3,
        c.generated('none', 'csrf', "Symfony's logout CSRF token (_csrf_token) on a logout link.", (rng) => {
          const value = `${rng.chars(HEX, 16)}.${rng.chars(B64URL, 43)}.${rng.chars(B64URL, 43)}`;
          return { value, event: { path: '/logout', query: `_csrf_token=${value}`, status: 302 } };
        }),
        3,
      ],
    }),

    'akamai-datastream.log': buildLog(rng, {
      site: { host: 'media.example.net', routes: 'shop', edge: true },
      start: h(12),
      render: formats.akamai,
      plan: [
        3,
        c.generated(
          'error',
          'long-lived',
          `An Akamai Auth Token 2.0 (__token__) on an HLS playlist, valid 24 hours (exp - st = 86400) for the whole /vod/spring-sale/* ACL (${DOCS.akamaiToken}): a day-long bearer capability, not a minutes-long signed URL.`,
          (rng, t) => {
            const signed = akamaiToken(rng, { start: seconds(t) - 1800, window: 86400, acl: '/vod/spring-sale/*' });
            return {
              value: signed.hmac,
              event: {
                path: '/vod/spring-sale/master.m3u8',
                query: `__token__=${signed.token}`,
                contentType: 'application/vnd.apple.mpegurl',
                bytes: 2214,
              },
            };
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          `Stripe publishable key (pk_live_51…) for the embedded checkout; publishable keys are public (${DOCS.stripeKeys}).`,
          (rng) => {
            const value = token.stripePublishableNew(rng);
            return { value, event: { path: '/checkout/embed.js', query: `pk=${value}&locale=de`, contentType: 'text/javascript' } };
          },
        ),
        3,
        c.generated(
          'none',
          'public',
          `Algolia search-only key of an InstantSearch query through the CDN (${DOCS.algolia}); the front end only holds the search key.`,
          (rng) => {
            const value = rng.chars(HEX, 32);
            return {
              value,
              event: {
                method: 'POST',
                path: '/1/indexes/products_de/query',
                query: `x-algolia-agent=Algolia%20for%20JavaScript%20(5.20.0)%3B%20Browser&x-algolia-api-key=${value}&x-algolia-application-id=${rng.chars(UPPER + DIGITS, 10)}`,
              },
            };
          },
        ),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/api/v1/availability',
          'sku=SKU-20931&api_key=INSERT_API_KEY_HERE',
          'INSERT_API_KEY_HERE is a placeholder (401).',
          { needle: 'api_key=INSERT_API_KEY_HERE', event: { status: 401, bytes: 64 } },
        ),
        3,
        c.generated('none', 'redacted', `${notScrubbed} only a JWT header and "<redacted>" (percent-encoded), 401.`, (rng, t) => {
          const [header] = jwtParts(rng, t, { lifetime: 86400, alg: 'RS256', kid: 'media-1' });
          const value = `${header}.%3Credacted%3E`;
          return { value, event: { path: '/api/v1/entitlements', query: `token=${value}`, status: 401, bytes: 64 } };
        }),
        3,
        c.generated('none', 'csrf', "Rails' authenticity_token on a GET link: a CSRF token.", (rng) => {
          const value = rng.chars(B64URL, 86);
          return { value, event: { path: '/cart/clear', query: `authenticity_token=${value}`, status: 302, contentType: 'text/html' } };
        }),
        3,
        c.fixed('none', 'flag', '/api/v1/stores', 'lat=52.52&lng=13.40&access_token=', 'access_token= is empty.', {
          needle: 'access_token=',
          event: { status: 401, bytes: 64 },
        }),
        3,
        c.generated(
          'none',
          'masked',
          'A JWT whose signature was overwritten with as many stars: header and payload alone grant nothing (401).',
          (rng, t) => {
            const [header, payload, signature] = jwtParts(rng, t, { lifetime: 7200 });
            const value = `${header}.${payload}.${'*'.repeat(signature.length)}`;
            return { value, event: { path: '/api/v1/entitlements', query: `token=${value}`, status: 401, bytes: 64 } };
          },
        ),
        3,
      ],
    }),

    's3-access.log': buildLog(rng, {
      site: { host: 'example-net-exports.s3.eu-central-1.amazonaws.com', routes: 's3' },
      start: h(13),
      render: formats.s3,
      plan: [
        3,
        c.generated(
          'error',
          'long-lived',
          `An S3 presigned GET (SigV4) with X-Amz-Expires=604800, signed two days before this request (${DOCS.s3Presigned}): the link opens the report for five more days to anyone who has it. The AKIA… id in X-Amz-Credential only names the signer; the signature is the capability.`,
          (rng, t) => {
            const key = `reports/2026-q1/board-pack-${rng.int(100, 999)}.pdf`;
            const signed = presignS3({
              t: t - 2 * 86400000 - rng.int(1000, 3600000),
              host: 'example-net-exports.s3.eu-central-1.amazonaws.com',
              path: `/${key}`,
              keyId: token.awsKeyId(rng),
              secret: token.awsSecret(rng),
              expires: 604800,
            });
            return {
              value: signed.signature,
              event: {
                path: `/${key}`,
                query: signed.query,
                key,
                operation: 'REST.GET.OBJECT',
                requester: 'arn:aws:iam::210987654321:user/report-links',
                authType: 'QueryString',
                sigv: 'SigV4',
                bytes: 1843211,
                objectSize: 1843211,
              },
            };
          },
        ),
        4,
        c.generated(
          'note',
          'ticket',
          `An S3 presigned GET valid 5 minutes (X-Amz-Expires=300), signed by a role's temporary credentials seconds before: an expiring capability for one object, like heldout's CloudFront signed URL. X-Amz-Security-Token is the STS session token, useless without the role's secret key.`,
          (rng, t) => {
            const key = `exports/2026/05/19/orders-${rng.int(1000, 9999)}.csv.gz`;
            const signed = presignS3({
              t: t - rng.int(2000, 20000),
              host: 'example-net-exports.s3.eu-central-1.amazonaws.com',
              path: `/${key}`,
              keyId: token.awsTempKeyId(rng),
              secret: token.awsSecret(rng),
              sessionToken: token.stsSessionToken(rng),
              expires: 300,
            });
            return {
              value: signed.signature,
              event: {
                path: `/${key}`,
                query: signed.query,
                key,
                operation: 'REST.GET.OBJECT',
                requester: 'arn:aws:sts::210987654321:assumed-role/orders-download-api/orders-download-fn',
                authType: 'QueryString',
                sigv: 'SigV4',
                bytes: 291377,
                objectSize: 291377,
              },
            };
          },
        ),
        3,
        c.generated('none', 'cursor', 'ListObjectsV2 continuation-token: where the next page starts, not a credential.', (rng) => {
          const value = encodeURIComponent(`1${rng.chars(B64, 43)}=`);
          return {
            value,
            event: {
              path: '/',
              query: `list-type=2&continuation-token=${value}&prefix=exports%2F2026%2F05%2F`,
              key: '-',
              operation: 'REST.GET.BUCKET',
              requester: S3_EXPORTER,
              sigv: 'SigV4',
              authType: 'AuthHeader',
              ua: S3_UAS.cli,
            },
          };
        }),
        4,
      ],
    }),

    'gcs-usage.log': buildLog(rng, {
      site: { host: 'storage.googleapis.com', routes: 'gcs' },
      start: h(14),
      header: [
        '"time_micros","c_ip","c_ip_type","c_ip_region","cs_method","cs_uri","sc_status","cs_bytes","sc_bytes","time_taken_micros","cs_host","cs_referer","cs_user_agent","s_request_id","cs_operation","cs_bucket","cs_object"',
      ],
      render: formats.gcsUsage,
      plan: [
        3,
        c.generated(
          'error',
          'long-lived',
          `A Cloud Storage V4 signed URL with X-Goog-Expires=86400 (${DOCS.gcsSigned}): the master file stays open to anyone with the link for a day.`,
          (rng, t) => {
            const object = `masters/${rng.pick(SLUGS)}-4k.mov`;
            const signed = signGcs(rng, {
              t: t - rng.int(60000, 3600000),
              expires: 86400,
              account: 'media-signer@shop-prod-4829.iam.gserviceaccount.com',
            });
            return {
              value: signed.signature,
              event: { path: `/example-net-media/${object}`, query: signed.query, object, operation: 'GET_Object', bytes: 812004331 },
            };
          },
        ),
        3,
        c.generated(
          'note',
          'ticket',
          `A Cloud Storage V4 signed URL with X-Goog-Expires=120, used seconds after signing (${DOCS.gcsSigned}): an expiring capability for one object.`,
          (rng, t) => {
            const object = `renditions/${rng.pick(SLUGS)}-720p.mp4`;
            const signed = signGcs(rng, {
              t: t - rng.int(1000, 15000),
              expires: 120,
              account: 'media-signer@shop-prod-4829.iam.gserviceaccount.com',
            });
            return {
              value: signed.signature,
              event: { path: `/example-net-media/${object}`, query: signed.query, object, operation: 'GET_Object', bytes: 48113002 },
            };
          },
        ),
        3,
        c.generated('none', 'cursor', 'pageToken of an objects.list call: base64 of the last object name listed, a position.', (rng) => {
          const name = `renditions/${rng.pick(SLUGS)}-${rng.int(100, 999)}-720p.mp4`;
          const value = encodeURIComponent(Buffer.from(`\n${String.fromCharCode(name.length)}${name}`).toString('base64'));
          return {
            value,
            event: {
              path: '/storage/v1/b/example-net-media/o',
              query: `pageToken=${value}&prefix=renditions%2F&maxResults=1000`,
              operation: 'GET_Bucket',
              object: '',
              ua: 'gcloud-golang/0.1.0,gzip(gfe)',
            },
          };
        }),
        3,
        c.generated(
          'note',
          'ticket',
          `The upload_id of a resumable upload on the PUT that completed it (200): while open, a session URI needs no other credential (up to a week, ${DOCS.gcsResumable}); once the upload is final it accepts no more data.`,
          (rng) => {
            const value = `ADPycd${rng.chars(B64URL, 82)}`;
            const object = `uploads/${rng.uuid()}.mov`;
            return {
              value,
              event: {
                method: 'PUT',
                path: '/upload/storage/v1/b/example-net-media/o',
                query: `uploadType=resumable&name=${encodeURIComponent(object)}&upload_id=${value}`,
                object,
                operation: 'PUT_Object',
                bytes: 902,
                ua: 'gcloud-golang/0.1.0,gzip(gfe)',
              },
            };
          },
        ),
        3,
      ],
    }),

    'tomcat-request-dumper.log': buildLog(rng, {
      site: { host: 'intranet.example.net', routes: 'api' },
      start: h(15),
      render: decorate((e, r) => ({
        cookies: r.next() < 0.4 ? [['_ga', `GA1.1.${r.int(100000000, 999999999)}.${seconds(e.t) - r.int(86400, 8000000)}`]] : [],
      }))(formats.requestDumper),
      plan: [
        1,
        c.generated(
          'error',
          'long-lived',
          'The JSESSIONID session cookie, dumped as a cookie, as the Cookie header and as the requested session id: the session itself.',
          (rng, t) => {
            const value = rng.chars('0123456789ABCDEF', 32);
            return {
              value,
              event: {
                path: '/v1/projects',
                query: 'page=1',
                cookies: [
                  ['JSESSIONID', value],
                  ['_ga', `GA1.1.${rng.int(100000000, 999999999)}.${seconds(t) - 600000}`],
                ],
              },
            };
          },
        ),
        1,
        c.generated(
          'note',
          'ticket',
          `A CAS service ticket (ST-…) on the service's login URL: validated once, expires within seconds (${DOCS.casTicket}).`,
          (rng) => {
            const value = `ST-${rng.int(100000, 999999)}-${rng.chars(ALNUM, 20)}-cas-prod-2`;
            return { value, event: { path: '/login/cas', query: `ticket=${value}`, status: 302 } };
          },
        ),
        1,
        c.opaque('token', '/account/password/reset', 48, 'A password-reset token (48 random characters), still unused on this request.', {
          alphabet: ALNUM,
        }),
        1,
        c.provider(
          'github_token',
          '/v1/integrations/github/sync',
          token.githubFineGrained,
          'A GitHub fine-grained personal access token (github_pat_).',
          {
            event: { ua: 'Apache-HttpClient/5.4.1 (Java/21.0.5)' },
          },
        ),
        1,
        c.generated(
          'error',
          'long-lived',
          'An 8-hour RS256 access token in the Authorization header, which RequestDumperFilter dumps with every other header (JWT RS256, exp - iat = 8 h, no jti).',
          (rng, t) => {
            const value = jwtAt(rng, t, { lifetime: 8 * 3600, age: 1200, alg: 'RS256', kid: 'intranet-2026' });
            return { value, event: { path: '/v1/me', headers: { authorization: `Bearer ${value}` } } };
          },
        ),
        1,
        c.fixed('none', 'flag', '/v1/settings/api-keys', 'secret=0&page=1', 'secret=0 asks for the key list without secrets: a flag.', {
          needle: 'secret=0',
        }),
        1,
      ],
    }),

    'varnishncsa.log': buildLog(rng, {
      site: { host: 'shop.example.net', routes: 'shop' },
      start: h(16),
      render: formats.varnishncsa,
      plan: [
        3,
        c.opaque('key', '/feeds/orders.rss', 40, 'The secret key of a private order feed: a long-lived capability URL.', {
          alphabet: ALNUM,
          ref: 'feed',
          event: {
            ip: '203.0.113.29',
            ua: 'Feedly/1.0 (+http://www.feedly.com/fetcher.html; 3 subscribers)',
            contentType: 'application/rss+xml',
          },
        }),
        3,
        c.replay('feed', 660, WHY.replay),
        3,
        c.provider('sendgrid_key', '/newsletter/sync', token.sendgrid, 'A SendGrid API key (SG.x.y).', {
          event: { method: 'POST', ua: 'GuzzleHttp/7' },
        }),
        3,
        c.generated('error', 'long-lived', 'An operator password in the query of a legacy export script (pwd=).', (rng) => {
          const value = `${rng.chars(ALNUM, 9)}${rng.int(10, 99)}`;
          return { value, event: { path: '/legacy/export.php', query: `user=ops&pwd=${value}&format=csv`, ua: 'Wget/1.21.4' } };
        }),
        3,
        c.generated('none', 'public', `Mapbox public token (pk.…) on map tiles served through the site (${DOCS.mapbox}).`, (rng) => {
          const value = token.mapboxPublic(rng, 'example-net');
          return {
            value,
            event: {
              path: '/maps/styles/v1/example-net/storefinder/tiles/512/13/4401/2686@2x',
              query: `access_token=${value}`,
              bytes: 61230,
            },
          };
        }),
        3,
        c.generated(
          'none',
          'csrf',
          "Laravel's CSRF field (_token, 40 characters) on a GET link: a CSRF token, not a credential.",
          (rng) => {
            const value = rng.chars(ALNUM, 40);
            return { value, event: { path: '/cart/empty', query: `_token=${value}`, status: 302 } };
          },
        ),
        3,
        c.fixed('none', 'flag', '/login', 'auth=sso&next=%2Faccount', 'auth=sso picks the sign-in method: a flag.', { needle: 'auth=sso' }),
        3,
        c.generated('note', 'transport-sid', `socket.io polling sid (${DOCS.engineIo}).`, (rng) => {
          const value = token.engineIoSid(rng);
          return { value, event: { path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` } };
        }),
        3,
        c.fixed('none', 'redacted', '/api/v1/orders', 'token=%5BREDACTED%5D', `${notScrubbed} [REDACTED] (percent-encoded), 401.`, {
          event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
        }),
        3,
      ],
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// heldout3: Kubernetes audit log, Cloud Run request log, Azure Application Gateway v2, lighttpd, aiohttp, Phoenix,
// Echo, Vercel log drain, Cloudflare Workers Trace Events, chi. Labeled by construction before any scan; scored only at
// the end, like heldout and heldout2. The renderers below are the formats of this part only.

EXAMPLES.rfc6749Code = 'SplxlOBeZQQYbYS6WxSbIA';
EXAMPLES.rfc6750Token = 'mF_9.B5f-4.1JqM';
DOCS.rfc6750 = 'https://www.rfc-editor.org/rfc/rfc6750#section-2.3';
DOCS.k8sAudit = 'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/';
DOCS.k8sContinue = 'https://kubernetes.io/docs/reference/using-api/api-concepts/#retrieving-large-results-sets-in-chunks';

// The API server's own traffic: controllers, kubectl, probes of the control plane.
ROUTES.kube = [
  (r) => ({
    path: `/api/v1/namespaces/${r.pick(['shop', 'monitoring', 'default'])}/pods`,
    query: 'limit=500',
    ua: 'kubectl/v1.31.4 (linux/amd64) kubernetes/b1b8a1d',
    user: 'oidc:dev-oncall@example.net',
    groups: ['oidc:platform', 'system:authenticated'],
    verb: 'list',
  }),
  (r) => ({
    path: '/apis/apps/v1/namespaces/shop/deployments/web',
    ua: 'kubectl/v1.31.4 (linux/amd64) kubernetes/b1b8a1d',
    user: 'oidc:dev-oncall@example.net',
    groups: ['oidc:platform', 'system:authenticated'],
    bytes: r.int(3000, 9000),
  }),
  (r) => ({
    path: '/api/v1/configmaps',
    query: `allowWatchBookmarks=true&resourceVersion=${r.int(10000000, 99999999)}&timeout=${r.int(5, 9)}m${r.int(1, 59)}s&timeoutSeconds=${r.int(300, 590)}&watch=true`,
    ua: 'kube-controller-manager/v1.31.4 (linux/amd64) kubernetes/b1b8a1d/shared-informers',
    user: 'system:kube-controller-manager',
    groups: ['system:authenticated'],
    verb: 'watch',
    ip: '10.0.0.12',
  }),
  (r) => ({
    method: 'PUT',
    path: `/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/${r.pick(['kube-scheduler', 'kube-controller-manager'])}`,
    ua: 'kube-scheduler/v1.31.4 (linux/amd64) kubernetes/b1b8a1d/leader-election',
    user: 'system:kube-scheduler',
    groups: ['system:authenticated'],
    ip: '10.0.0.12',
  }),
  (r) => ({
    method: 'PATCH',
    path: `/api/v1/nodes/ip-10-0-${r.int(1, 9)}-${r.int(10, 250)}.eu-central-1.compute.internal/status`,
    ua: 'kubelet/v1.31.4 (linux/amd64) kubernetes/b1b8a1d',
    user: `system:node:ip-10-0-${r.int(1, 9)}-${r.int(10, 250)}.eu-central-1.compute.internal`,
    groups: ['system:nodes', 'system:authenticated'],
    ip: `10.0.${r.int(1, 9)}.${r.int(10, 250)}`,
  }),
  () => ({ path: '/readyz', ua: 'kube-probe/1.31', user: 'system:anonymous', groups: ['system:unauthenticated'], ip: '10.0.0.1' }),
  (r) => ({
    path: `/api/v1/namespaces/shop/pods/web-${r.chars(LOWER + DIGITS, 10)}-${r.chars(LOWER + DIGITS, 5)}/log`,
    query: `container=web&tailLines=${r.pick([100, 500])}`,
    ua: 'kubectl/v1.31.4 (linux/amd64) kubernetes/b1b8a1d',
    user: 'oidc:dev-oncall@example.net',
    groups: ['oidc:platform', 'system:authenticated'],
  }),
];

const K8S_VERBS = { GET: 'get', POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' };

/** objectRef of a Kubernetes API path (core and named groups, namespaced or not, subresources). */
function k8sObjectRef(path) {
  const core = path.match(/^\/api\/(v1)\/(.*)$/);
  const named = path.match(/^\/apis\/([^/]+)\/([^/]+)\/(.*)$/);
  if (!core && !named) return undefined;
  const [apiGroup, apiVersion, rest] = core ? [undefined, core[1], core[2]] : [named[1], named[2], named[3]];
  const parts = rest.split('/');
  const ref = {};
  if (parts[0] === 'namespaces' && parts.length > 2) {
    ref.namespace = parts[1];
    parts.splice(0, 2);
  }
  ref.resource = parts[0];
  if (parts[1]) ref.name = parts[1];
  if (parts[2]) ref.subresource = parts[2];
  ref.apiVersion = apiVersion;
  if (apiGroup) ref.apiGroup = apiGroup;
  return { resource: ref.resource, ...ref };
}

const CHI_HOST = 'partner-api-6f9c7d8b5-x2k4q';

Object.assign(formats, {
  // Kubernetes audit log (audit.k8s.io/v1 Event, one JSON object per line, level Metadata): every request is logged at
  // the RequestReceived stage and again at ResponseComplete, both with requestURI.
  k8sAudit: (e, rng) => {
    const auditID = rng.uuid();
    const verb = e.verb ?? K8S_VERBS[e.method] ?? 'get';
    const objectRef = k8sObjectRef(e.path);
    const event = {
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: 'Metadata',
      auditID,
      stage: 'RequestReceived',
      requestURI: target(e),
      verb: objectRef || e.path.startsWith('/api') ? verb : e.method.toLowerCase(),
      user: { username: e.user ?? 'oidc:dev-oncall@example.net', groups: e.groups ?? ['oidc:platform', 'system:authenticated'] },
      sourceIPs: [e.ip],
      userAgent: e.ua,
      ...(objectRef ? { objectRef } : {}),
      requestReceivedTimestamp: isoMicros(e.t),
      stageTimestamp: isoMicros(e.t),
    };
    const done = {
      ...event,
      stage: 'ResponseComplete',
      responseStatus: { metadata: {}, code: e.status },
      stageTimestamp: isoMicros(e.t + e.ms),
      annotations: {
        'authorization.k8s.io/decision': e.status === 403 ? 'forbid' : 'allow',
        'authorization.k8s.io/reason': e.user?.startsWith('system:')
          ? ''
          : 'RBAC: allowed by ClusterRoleBinding "platform-oncall" of ClusterRole "edit" to Group "oidc:platform"',
      },
    };
    return [JSON.stringify(event), JSON.stringify(done)];
  },

  // Cloud Run request log: a LogEntry with httpRequest (requestUrl absolute), written by the platform per request.
  cloudRun: (e, rng) => {
    const trace = rng.chars(HEX, 32);
    return [
      JSON.stringify({
        httpRequest: {
          requestMethod: e.method,
          requestUrl: `https://${e.host}${target(e)}`,
          requestSize: String(rng.int(300, 1400)),
          status: e.status,
          responseSize: String(e.bytes),
          userAgent: e.ua,
          remoteIp: e.ip,
          serverIp: '34.143.77.2',
          ...(e.referer !== '-' ? { referer: e.referer } : {}),
          latency: `${(e.ms / 1000).toFixed(6)}s`,
          protocol: 'HTTP/1.1',
        },
        insertId: rng.chars(LOWER + DIGITS, 12),
        labels: { instanceId: `0069c7a988${rng.chars(HEX, 54)}` },
        logName: 'projects/shop-prod-4829/logs/run.googleapis.com%2Frequests',
        receiveTimestamp: isoNanos(e.t + e.ms + rng.int(20, 400)),
        resource: {
          type: 'cloud_run_revision',
          labels: {
            configuration_name: 'storefront-api',
            location: 'europe-west1',
            project_id: 'shop-prod-4829',
            revision_name: 'storefront-api-00142-wuz',
            service_name: 'storefront-api',
          },
        },
        severity: e.status >= 500 ? 'ERROR' : e.status >= 400 ? 'WARNING' : 'INFO',
        spanId: String(rng.int(1e15, 9e15)),
        timestamp: isoMicros(e.t),
        trace: `projects/shop-prod-4829/traces/${trace}`,
        traceSampled: rng.next() < 0.1,
      }),
    ];
  },

  // Azure Application Gateway v2 access log, one resource-log record per line as a diagnostic setting archives it.
  azureAppGw: (e, rng) => [
    JSON.stringify({
      timeStamp: `${iso(e.t).slice(0, 19)}+00:00`,
      resourceId:
        '/SUBSCRIPTIONS/4F1C2B3A-9D8E-4C7B-A6F5-0E1D2C3B4A59/RESOURCEGROUPS/RG-SHOP-PROD/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/AGW-SHOP-PROD',
      listenerName: 'https-listener',
      ruleName: e.ruleName ?? 'shop-rule',
      backendPoolName: e.backendPool ?? 'shop-web-pool',
      backendSettingName: e.backendPool ? `${e.backendPool}-settings` : 'shop-web-https',
      operationName: 'ApplicationGatewayAccess',
      category: 'ApplicationGatewayAccessLog',
      properties: {
        instanceId: `appgw_${rng.int(0, 3)}`,
        clientIP: e.ip,
        clientPort: e.port,
        httpMethod: e.method,
        originalRequestUriWithArgs: target(e),
        requestUri: e.path,
        userAgent: e.ua,
        httpStatus: e.status,
        httpVersion: e.protocol,
        receivedBytes: rng.int(400, 1800),
        sentBytes: e.bytes + rng.int(200, 600),
        clientResponseTime: 0,
        timeTaken: Number((e.ms / 1000).toFixed(3)),
        WAFEvaluationTime: '0.000',
        WAFMode: 'Detection',
        transactionId: rng.chars(HEX, 32),
        sslEnabled: 'on',
        sslCipher: 'TLS_AES_256_GCM_SHA384',
        sslProtocol: 'TLSv1.3',
        sslClientVerify: 'NONE',
        sslClientCertificateFingerprint: '',
        sslClientCertificateIssuerName: '',
        serverRouted: `10.20.${rng.int(1, 3)}.${rng.int(4, 40)}:443`,
        serverStatus: String(e.status),
        serverResponseLatency: (e.ms / 1000 - 0.001).toFixed(3),
        upstreamSourcePort: String(rng.int(20000, 60000)),
        originalHost: e.host,
        host: e.backendHost ?? 'shop-web-prod.azurewebsites.net',
      },
    }),
  ],

  // lighttpd mod_accesslog default format: %h %V %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i".
  lighttpd: (e) => [
    `${e.ip} ${e.host} - [${clf(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ],

  // aiohttp's AccessLogger default format through logging.basicConfig (`%(levelname)s:%(name)s:%(message)s`).
  aiohttp: (e) => [
    `INFO:aiohttp.access:${e.ip} [${clf(e.t)}] "${e.method} ${target(e)} ${e.protocol}" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
  ],

  // Phoenix 1.7 (Logger console backend, `$time $metadata[$level] $message`, metadata [:request_id], level :debug):
  // Phoenix.Logger's request line (request_path, no query), the debug "Processing with" record and its Parameters (query
  // and path parameters, filter_parameters ["password"]), and the "Sent" line.
  phoenix: (e, rng) => {
    const time = (ms) => iso(ms).slice(11, 23);
    const id = `request_id=${e.requestId ?? `GE${rng.chars(B64URL, 18)}`}`;
    const params = { ...(e.pathParams ?? {}), ...Object.fromEntries(new URLSearchParams(e.query)) };
    const shownParams = Object.entries(params).map(
      ([k, v]) => `${JSON.stringify(k)} => ${JSON.stringify(k.includes('password') ? '[FILTERED]' : v)}`,
    );
    const action = e.action ?? 'ShopWeb.PageController.show/2';
    const static_ = /\.(js|css|ico|webp|txt|pdf)$/.test(e.path);
    const lines = [`${time(e.t)} ${id} [info] ${e.method} ${e.path}`];
    if (!static_) {
      lines.push(
        `${time(e.t + 1)} ${id} [debug] Processing with ${action}`,
        `  Parameters: ${shownParams.length ? `%{${shownParams.join(', ')}}` : '%{}'}`,
        `  Pipelines: [${e.path.startsWith('/api') ? ':api' : ':browser'}]`,
      );
    }
    lines.push(`${time(e.t + e.ms)} ${id} [info] Sent ${e.status} in ${e.ms}ms`);
    return lines;
  },

  // Echo v4 middleware.Logger() with its DefaultLoggerConfig format (JSON, one line per request).
  echo: (e, rng) => {
    const ns = e.ms * 1000000 + rng.int(0, 999999);
    return [
      `{"time":"${isoNanos(e.t + e.ms).replace('Z', '')}${pad(rng.int(0, 999), 3)}Z","id":"${e.reqId}","remote_ip":"${e.ip}","host":"${e.host}","method":"${e.method}","uri":${goJson(target(e))},"user_agent":${goJson(e.ua)},"status":${e.status},"error":"","latency":${ns},"latency_human":"${goDuration(ns)}","bytes_in":${e.method === 'POST' ? rng.int(60, 900) : 0},"bytes_out":${e.bytes}}`,
    ];
  },

  // Vercel log drain (JSON, one object per line): a function's request log with the proxy object of the request.
  vercel: (e, rng) => {
    const fn = e.path.startsWith('/api/');
    return [
      JSON.stringify({
        id: `${rng.int(1, 9)}${rng.chars(DIGITS, 55)}`,
        message: fn ? `${e.method} ${e.path} ${e.status}` : '',
        timestamp: e.t + e.ms,
        type: fn ? 'stdout' : 'request',
        source: fn ? 'lambda' : 'static',
        projectId: 'prj_7Hq2mV9xKc4TnB1wRz8LdP3sYf6G',
        deploymentId: 'dpl_4Fk9QxT2mWb7RcV1nHs8LpZ3dJ6y',
        host: 'storefront-git-main-example-net.vercel.app',
        path: e.path,
        ...(fn ? { entrypoint: `api/${e.path.split('/')[2] ?? 'index'}.ts` } : {}),
        requestId: `fra1::${rng.chars(LOWER + DIGITS, 5)}-${e.t}-${rng.chars(HEX, 12)}`,
        statusCode: e.status,
        proxy: {
          timestamp: e.t,
          method: e.method,
          scheme: 'https',
          host: e.host,
          path: target(e),
          userAgent: [e.ua],
          referer: e.referer === '-' ? '' : e.referer,
          statusCode: e.status,
          clientIp: e.ip,
          region: 'fra1',
          vercelCache: fn ? 'MISS' : rng.pick(['HIT', 'HIT', 'STALE']),
        },
      }),
    ];
  },

  // Cloudflare Logpush workers_trace_events (one JSON record per invocation; Event.Request.URL is the full URL).
  workersTrace: (e, rng) => [
    JSON.stringify({
      CPUTimeMs: rng.int(1, 9),
      DispatchNamespace: '',
      Entrypoint: '',
      Event: {
        RayID: `${rng.chars(HEX, 16)}`,
        Request: { URL: `https://${e.host}${target(e)}`, Method: e.method },
        Response: { Status: e.status },
      },
      EventTimestampMs: e.t,
      EventType: 'fetch',
      Exceptions: [],
      Logs: e.logs ?? [],
      Outcome: 'ok',
      ScriptName: 'files-gateway',
      ScriptTags: [],
      ScriptVersion: { ID: '3c5e7a91-2b4d-4f6e-8a0c-1e3f5a7b9c2d' },
      WallTimeMs: e.ms,
    }),
  ],

  // chi's middleware.Logger (DefaultLogFormatter through Go's log package with LstdFlags): request id, scheme://host and
  // RequestURI, the remote address, status, size, duration.
  chi: (e, rng) => {
    const d = iso(e.t + e.ms);
    const ns = e.ms * 1000000 + rng.int(0, 999999);
    return [
      `${d.slice(0, 10).replace(/-/g, '/')} ${d.slice(11, 19)} [${CHI_HOST}/${e.chiPrefix ?? 'Xq3ZkP9aLm'}-${pad(e.seq, 6)}] "${e.method} http://${e.host}${target(e)} ${e.protocol}" from ${e.ip}:${e.port} - ${e.status} ${e.bytes}B in ${goDuration(ns)}`,
    ];
  },
});

/** A Kubernetes service-proxy request through the API server (kubectl proxy, dashboards): the app's query rides along. */
const kubeProxy = (service, path) => ({
  path: `/api/v1/namespaces/monitoring/services/${service}/proxy${path}`,
  ua: 'kubectl/v1.31.4 (linux/amd64) kubernetes/b1b8a1d',
  user: 'oidc:dev-oncall@example.net',
  groups: ['oidc:platform', 'system:authenticated'],
});

function heldout3Files(rng) {
  const day = Date.UTC(2026, 5, 16);
  const h = (hour) => day + hour * 3600000;
  return {
    'k8s-audit.log': buildLog(rng, {
      site: { host: 'kube-apiserver', routes: 'kube' },
      start: h(5),
      render: formats.k8sAudit,
      plan: [
        3,
        c.opaque('api_key', '', 44, "A Grafana API key in the query of a service-proxy request: the dashboard's long-lived credential.", {
          alphabet: ALNUM,
          event: kubeProxy('http:grafana:3000', '/api/search'),
        }),
        3,
        c.provider(
          'private_token',
          '',
          token.gitlab,
          'A GitLab personal access token (glpat-) sent to a runner-manager through the API server proxy.',
          {
            event: kubeProxy('runner-manager:8080', '/api/v4/projects/42/jobs'),
          },
        ),
        2,
        c.jwt('token', '', {
          lifetime: 12 * 3600,
          age: 2000,
          why: 'A 12-hour Kiali session token in the service-proxy URL',
          event: kubeProxy('http:kiali:20001', '/kiali/api/namespaces'),
        }),
        3,
        c.fixed(
          'none',
          'placeholder',
          '',
          'token=%24%7BTOKEN%7D',
          'An unexpanded ${TOKEN} (percent-encoded) from a runbook snippet: rejected (401).',
          {
            event: { ...kubeProxy('http:grafana:3000', '/api/health'), status: 401 },
          },
        ),
        2,
        c.fixed(
          'none',
          'masked',
          '',
          'private_token=glpat-****************',
          'A GitLab token as its settings page masks it (glpat- and stars): 401.',
          {
            needle: 'glpat-****************',
            event: { ...kubeProxy('runner-manager:8080', '/api/v4/user'), status: 401 },
          },
        ),
        2,
        c.fixed(
          'none',
          'redacted',
          '',
          'api_key=%5BREDACTED%5D',
          'A URL copied from a redacted incident note: [REDACTED] (percent-encoded), 401.',
          {
            event: { ...kubeProxy('http:grafana:3000', '/api/search'), status: 401 },
          },
        ),
        2,
        c.generated(
          'none',
          'cursor',
          `The continue token of a chunked list (${DOCS.k8sContinue}): base64 JSON of a resource version and a start key, a position.`,
          (rng) => {
            const value = Buffer.from(
              JSON.stringify({
                v: 'meta.k8s.io/v1',
                rv: rng.int(10000000, 99999999),
                start: `shop/web-${rng.chars(LOWER + DIGITS, 10)}-${rng.chars(LOWER + DIGITS, 5)}\u0000`,
              }),
            ).toString('base64url');
            return {
              value,
              event: {
                path: '/api/v1/pods',
                query: `continue=${value}&limit=500`,
                verb: 'list',
                ua: 'kubectl/v1.31.4 (linux/amd64) kubernetes/b1b8a1d',
                user: 'oidc:dev-oncall@example.net',
                groups: ['oidc:platform', 'system:authenticated'],
              },
            };
          },
        ),
        3,
      ],
    }),

    'cloud-run.log': buildLog(rng, {
      site: { host: 'storefront-api-5x7k2q4nla-ew.a.run.app', routes: 'api', edge: true },
      start: h(6),
      render: formats.cloudRun,
      plan: [
        3,
        c.opaque('session', '/v1/cart/share', 43, "A session id in a shared cart link: the shopper's session for weeks."),
        3,
        c.provider('stripe_key', '/v1/payments/debug', token.stripeSecret, 'A Stripe live secret key (sk_live_) in a debug call.', {
          event: { ua: 'curl/8.5.0' },
        }),
        3,
        c.generated(
          'warning',
          'oauth-code',
          `A Google authorization code (4/0A…) in the OAuth redirect (${DOCS.googleCode}): single use, short-lived, exchangeable by whoever reads it first without PKCE (issue #14).`,
          (rng) => {
            const value = encodeURIComponent(`4/0A${rng.chars(B64URL, 68)}`);
            return {
              value,
              event: {
                path: '/v1/auth/google/callback',
                query: `state=${rng.chars(B64URL, 32)}&code=${value}&scope=email%20profile%20openid&authuser=0&prompt=none`,
                status: 302,
              },
            };
          },
        ),
        3,
        c.jwt('access_token', '/v1/exports/download', { lifetime: 30 * 86400, age: 86400, why: 'A 30-day API token in an export link' }),
        3,
        c.generated(
          'none',
          'public',
          `Firebase web apiKey on the Identity Toolkit lookup the browser sends through the API (${DOCS.firebase}).`,
          (rng) => {
            const value = token.googleKey(rng);
            return { value, event: { method: 'POST', path: '/v1/identitytoolkit/accounts:lookup', query: `key=${value}` } };
          },
        ),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/v1/me',
          'access_token=%3CYOUR_ACCESS_TOKEN%3E',
          "The docs' <YOUR_ACCESS_TOKEN> (percent-encoded), sent unchanged: 401.",
          {
            event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
          },
        ),
        2,
        c.generated('none', 'csrf', 'A csrf_token on a GET form: a CSRF token, not a credential.', (rng) => {
          const value = rng.chars(HEX, 64);
          return { value, event: { path: '/v1/newsletter/unsubscribe', query: `list=weekly&csrf_token=${value}` } };
        }),
        2,
        c.generated('none', 'cursor', 'page_token of a list call: an opaque position.', (rng) => {
          const value = rng.chars(B64URL, 48);
          return { value, event: { path: '/v1/orders', query: `page_size=50&page_token=${value}` } };
        }),
        2,
        c.fixed(
          'none',
          'flag',
          '/v1/oauth/introspect',
          'token_type=bearer&format=json',
          'token_type=bearer names a kind of token: a flag.',
          {
            needle: 'token_type=bearer',
          },
        ),
        3,
      ],
    }),

    'azure-appgw.log': buildLog(rng, {
      site: { host: 'www.example.org', routes: 'shop', edge: true },
      start: h(7),
      render: formats.azureAppGw,
      plan: [
        3,
        c.generated(
          'error',
          'long-lived',
          `An Azure Blob SAS (sr=b, sp=r) through the gateway's storage rule with se= in 2030 (${DOCS.azureSas}): years of access for whoever holds the URL.`,
          (rng, t) => {
            const blob = `invoices-2026-05-${rng.int(1000, 9999)}.zip`;
            const sas = azureBlobSas(rng, {
              start: t - 3 * 86400000,
              expiry: Date.UTC(2030, 5, 30, 0, 0, 0),
              account: 'docsprodneu',
              container: 'invoices',
              blob,
            });
            return {
              value: sas.signature,
              event: {
                path: `/invoices/${blob}`,
                query: sas.query,
                ruleName: 'storage-rule',
                backendPool: 'storage-pool',
                backendHost: 'docsprodneu.blob.core.windows.net',
              },
            };
          },
        ),
        3,
        c.generated(
          'warning',
          'oauth-code',
          `A Microsoft Entra ID authorization code (1.A…) in the OIDC redirect (${DOCS.entraCode}): single use, exchangeable by whoever reads it first without PKCE (issue #14).`,
          (rng) => {
            const value = `1.AV0A${rng.chars(B64URL, 540)}`;
            return {
              value,
              event: {
                path: '/signin-oidc',
                query: `code=${value}&state=${rng.chars(B64URL, 43)}&session_state=${rng.uuid()}`,
                status: 302,
              },
            };
          },
        ),
        3,
        c.provider('apikey', '/api/mail/relay', token.sendgrid, 'A SendGrid API key (SG.x.y) in a relay call.', {
          event: { method: 'POST', ua: 'python-requests/2.32.3' },
        }),
        3,
        c.generated('error', 'long-lived', 'A customer password in the query of a legacy login link (passwd=).', (rng) => {
          const value = `${rng.chars(ALNUM, 7)}${rng.int(100, 999)}`;
          return { value, event: { path: '/legacy/login.aspx', query: `user=jsmith&passwd=${value}`, status: 302 } };
        }),
        3,
        c.generated('none', 'public', `A reCAPTCHA site key on the widget loader (${DOCS.recaptcha}): public by design.`, (rng) => {
          const value = token.recaptchaSiteKey(rng);
          return {
            value,
            event: {
              path: '/recaptcha/api2/anchor',
              query: `ar=1&k=${value}&co=aHR0cHM6Ly93d3cuZXhhbXBsZS5vcmc6NDQz&hl=en&v=${rng.chars(B64URL, 24)}&size=invisible`,
            },
          };
        }),
        3,
        c.fixed(
          'none',
          'redacted',
          '/api/orders/export',
          'format=csv&token=***',
          'A URL pasted from a scrubbed ticket (token=***): the request carried nothing (401).',
          {
            needle: 'token=***',
            event: { status: 401, bytes: 64, ua: 'curl/8.5.0' },
          },
        ),
        3,
        c.fixed(
          'none',
          'flag',
          '/account/settings',
          'section=security&password=1',
          'password=1 opens the password section of the settings page: a flag.',
          {
            needle: 'password=1',
          },
        ),
        3,
      ],
    }),

    'lighttpd-access.log': buildLog(rng, {
      site: { host: 'downloads.example.org', routes: 'shop' },
      start: h(8),
      render: formats.lighttpd,
      plan: [
        3,
        c.opaque('key', '/calendar/team.ics', 32, 'The secret key of a private calendar feed: a long-lived capability URL.', {
          alphabet: HEX,
          ref: 'ics',
          event: { ip: '203.0.113.77', ua: 'Google-Calendar-Importer', contentType: 'text/calendar' },
        }),
        3,
        c.replay('ics', 540, WHY.replay),
        3,
        c.provider('token', '/hooks/notify', token.slackBot, 'A Slack bot token (xoxb-) in a notification hook.', {
          event: { method: 'POST', ua: 'Go-http-client/1.1' },
        }),
        3,
        c.jwt('auth', '/files/release-notes.pdf', { lifetime: 90 * 86400, age: 7200, why: 'A 90-day download token' }),
        3,
        c.generated(
          'note',
          'ticket',
          `A CAS service ticket (ST-…) on the login URL: validated once, expires within seconds (${DOCS.casTicket}).`,
          (rng) => {
            const value = `ST-${rng.int(100000, 999999)}-${rng.chars(ALNUM, 20)}-cas-01`;
            return { value, event: { path: '/login', query: `ticket=${value}`, status: 302 } };
          },
        ),
        3,
        c.generated('none', 'public', `A Sentry DSN public key (sentry_key) on the browser's envelope POST (${DOCS.sentry}).`, (rng) => {
          const value = rng.chars(HEX, 32);
          return {
            value,
            event: {
              method: 'POST',
              path: '/sentry/api/4507123456789/envelope/',
              query: `sentry_key=${value}&sentry_version=7&sentry_client=sentry.javascript.browser%2F8.47.0`,
            },
          };
        }),
        3,
        c.fixed('none', 'masked', '/api/billing/test', 'key=sk_live_****', 'A Stripe key as the dashboard masks it (sk_live_****): 401.', {
          event: { status: 401, bytes: 64 },
        }),
        3,
        c.generated('none', 'csrf', 'Django csrfmiddlewaretoken on a GET form: a CSRF token.', (rng) => {
          const value = rng.chars(ALNUM, 64);
          return { value, event: { path: '/search', query: `csrfmiddlewaretoken=${value}&q=manual` } };
        }),
        3,
        c.fixed('none', 'flag', '/mirror/', 'auth=none&dir=releases', 'auth=none says the mirror needs no login: a flag.', {
          needle: 'auth=none',
        }),
        3,
      ],
    }),

    'aiohttp.log': buildLog(rng, {
      site: { host: 'chat.example.org', routes: 'api' },
      start: h(9),
      render: formats.aiohttp,
      plan: [
        3,
        c.opaque('refresh_token', '/v1/session/renew', 64, 'A refresh token in the query: renews the session for months.', {
          alphabet: ALNUM,
        }),
        3,
        c.provider('openai_key', '/v1/assistant/test', token.openai, 'An OpenAI project key (sk-proj-…T3BlbkFJ…) in a test call.', {
          event: { ua: 'Python/3.12 aiohttp/3.11.11' },
        }),
        3,
        c.generated(
          'note',
          'ticket',
          'A one_time_token of a magic sign-in link, used once on this request: single-use by name and design.',
          (rng) => {
            const value = rng.chars(B64URL, 43);
            return { value, event: { path: '/v1/login/magic', query: `one_time_token=${value}`, status: 302 } };
          },
        ),
        3,
        c.generated('note', 'transport-sid', `socket.io polling sid (${DOCS.engineIo}).`, (rng) => {
          const value = token.engineIoSid(rng);
          return { value, event: { path: '/socket.io/', query: `EIO=4&transport=polling&t=${rng.chars(B64URL, 7)}&sid=${value}` } };
        }),
        3,
        c.fixed(
          'none',
          'placeholder',
          '/v1/me',
          'access_token=undefined',
          'access_token=undefined: a client that never had a token (401).',
          {
            needle: 'access_token=undefined',
            event: { status: 401, bytes: 64 },
          },
        ),
        3,
        c.fixed(
          'none',
          'redacted',
          '/v1/me',
          'token=%5BRedacted%5D',
          "pino's [Redacted] (percent-encoded), copied from a log into a URL: 401.",
          { event: { status: 401, bytes: 64 } },
        ),
        3,
        c.generated('none', 'oauth-state', 'An authorization request: state, nonce and code_challenge, no credential.', (rng) => {
          const value = rng.chars(B64URL, 43);
          return {
            value,
            event: {
              path: '/oauth/authorize',
              query: `response_type=code&client_id=chat-web&redirect_uri=https%3A%2F%2Fchat.example.org%2Fcb&state=${value}&nonce=${rng.chars(B64URL, 32)}&code_challenge=${rng.chars(B64URL, 43)}&code_challenge_method=S256`,
              status: 302,
            },
          };
        }),
        3,
      ],
    }),
  };
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
    `${part}: ${Object.keys(files).length} logs, ${lines} lines, ${cases.length} labeled lines (${readdirSync(directory).length} files written)`,
  );
}

writePart('dev', devFiles(new Random('urlleak corpus/risk-logs dev')));
writePart('heldout', heldoutFiles(new Random('urlleak corpus/risk-logs heldout')));
writePart('heldout2', heldout2Files(new Random('urlleak corpus/risk-logs heldout2')));
writePart('heldout3', heldout3Files(new Random('urlleak corpus/risk-logs heldout3')));
