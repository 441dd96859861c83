// Writes corpus/logs-in-the-wild/heldout4/: a fourth held-out part, in formats no other part uses (Amazon S3 server
// access logs, Google Cloud Storage usage logs (CSV), Fastly JSON log streaming with shielding, Cloudflare Workers trace
// events, Fly.io's NDJSON log shipper over an Express app's morgan lines, Docker's json-file driver over a Go gin
// service with resty's debug log, PM2's out log of a NestJS app with morgan `dev`, a Rust actix-web/axum service's
// tracing output, Ktor with logback, logstash-logback-encoder JSON with Feign's FULL logging, OpenTelemetry OTLP/JSON
// log records, `journalctl -o short-iso` with oauth2-proxy and shell jobs, Grafana Loki and Grafana in logfmt, AWS
// CloudTrail events), with credentials planted in the places issue #14 lists and look-alikes that are no credential,
// and its labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout4.mjs     rewrites heldout4/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes, `alg: none` tokens have an empty signature. The log builder
// (labels, repeat lines, the check that no planted value is on an unlabeled line) is build-log.mjs, shared with the
// other generators.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, clf, factsAt, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, target, writePart, WHY as SHARED_WHY } from './build-log.mjs';
import { DIGITS, digits, githubToken, goJson, iso, LOWER, pad, UPPER } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values.


// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic.

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  'Mozilla/5.0 (Linux; Android 16; SM-S938B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36',
];
const TOOLS = ['curl/8.16.0', 'python-requests/2.32.5', 'okhttp/5.2.1', 'Go-http-client/2.0', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'aws-sdk-java/2.33.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 10, 17, 6, 0, 0);

const nanos = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;

// heldout4's replays are told apart by address, the others' by client.
const WHY = {
  ...SHARED_WHY,
  replay: (name, seconds) => `The same \`${name}\` accepted again ${seconds} s later from another address: a replay (log-token-replay).`,
};

// ---------------------------------------------------------------------------------------------------------------------
// s3-server-access.log: Amazon S3 server access log records of a bucket served as a static website (and read by the
// SDK): `BucketOwner Bucket [Time] RemoteIP Requester RequestID Operation Key "Request-URI" Status ErrorCode BytesSent
// ObjectSize TotalTime TurnAroundTime "Referer" "User-Agent" VersionId HostId SignatureVersion CipherSuite
// AuthenticationType HostHeader TLSVersion AccessPointARN aclRequired`.
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html

function s3Log(rng) {
  const owner = rng.hex(64);
  const bucket = 'www-pelican-s';
  const site = `${bucket}.s3-website.eu-central-1.amazonaws.com`;
  const render = (e, rng) => {
    const website = !e.sdk;
    const key = e.key ?? (e.path === '/' ? 'index.html' : e.path.slice(1));
    const uri = website ? target(e) : `/${bucket}${target(e)}`;
    return [
      `${owner} ${bucket} [${clf(e.t)}] ${e.ip} ${website ? '-' : `arn:aws:sts::418207735160:assumed-role/pelican-export/${e.session ?? 'i-0a1b2c3d4e5f60718'}`} ${rng.hex(16).toUpperCase()} ${e.op ?? (website ? 'WEBSITE.GET.OBJECT' : 'REST.GET.OBJECT')} ${key} "${e.method} ${uri} HTTP/1.1" ${e.status} ${e.error ?? '-'} ${e.status === 304 ? '-' : e.bytes} ${e.status === 304 ? '-' : e.bytes} ${e.ms + 3} ${e.ms} "${e.referer}" "${e.ua}" ${e.versionId ?? '-'} ${rng.b64url(56).replace(/[-_]/g, 'x')}= ${website ? '-' : 'SigV4'} ${website ? '-' : 'TLS_AES_128_GCM_SHA256'} ${website ? '-' : 'AuthHeader'} ${website ? site : `${bucket}.s3.eu-central-1.amazonaws.com`} ${website ? '-' : 'TLSv1.3'} - ${website ? '-' : 'Yes'}`,
    ];
  };
  const page = () => `http://${site}/`;
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/assets/index-${rng.b64url(8).replace(/[-_]/g, 'a')}.js`, bytes: rng.int(90000, 400000), referer: page() }),
      () => ({ path: `/assets/index-${rng.b64url(8).replace(/[-_]/g, 'b')}.css`, bytes: rng.int(9000, 40000), referer: page() }),
      () => ({ path: '/favicon.ico', status: 304 }),
      () => ({ path: `/img/birds/${rng.pick(['pelican', 'heron', 'tern', 'gannet'])}-${rng.int(1, 40)}.webp`, bytes: rng.int(20000, 200000), referer: page() }),
      () => ({ path: '/robots.txt', ua: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }),
      () => ({ sdk: true, path: `/exports/${rng.int(2026, 2026)}-11-${pad(rng.int(1, 16))}/sightings.csv`, ua: 'aws-sdk-java/2.33.4 Linux/6.8 OpenJDK_64-Bit_Server_VM/21.0.8 Java/21.0.8 vendor/Eclipse_Adoptium md/internal exec-env/AWS_ECS_FARGATE', bytes: rng.int(100000, 900000), ip: '10.20.3.41' }),
      () => ({ sdk: true, op: 'REST.PUT.OBJECT', method: 'PUT', path: `/exports/2026-11-17/part-${pad(rng.int(0, 99), 5)}.csv`, ua: 'aws-sdk-java/2.33.4 Linux/6.8 OpenJDK_64-Bit_Server_VM/21.0.8 Java/21.0.8', bytes: 0, ip: '10.20.3.41' }),
      () => ({ path: '/missing-page', status: 404, error: 'NoSuchKey', bytes: 371 }),
    ])();
  const steps = [
    10,
    plant('oauth-code', 'cognito-code-uuid-s3-website', 'warning', `${WHY.code} Amazon Cognito's hosted UI returns a UUID-shaped code to the single-page app's \`callback.html\`, which S3 logs with the query.`, ({ rng }) => {
      const code = rng.uuid();
      return { value: code, event: { path: '/callback.html', query: `code=${code}&state=${rng.b64url(32)}`, referer: 'https://auth.pelican-s.example/' } };
    }),
    8,
    plant('negative', 's3-multipart-uploadId', 'none', "An S3 multipart upload id (`uploadId=`, a long opaque string): it names one upload and only works with the uploader's own signed requests; no credential.", ({ rng }) => {
      const id = `${rng.b64url(60).replace(/[-_]/g, 'Q')}--`;
      return { value: id, event: { sdk: true, op: 'REST.PUT.PART', method: 'PUT', path: '/exports/2026-11-17/sightings-full.csv', key: 'exports/2026-11-17/sightings-full.csv', query: `partNumber=${rng.int(1, 40)}&uploadId=${id}`, ua: 'aws-sdk-java/2.33.4 Linux/6.8 OpenJDK_64-Bit_Server_VM/21.0.8 Java/21.0.8', bytes: 0, ip: '10.20.3.41' } };
    }),
    8,
    plant('embed-jwt', 'referer-embed-question-no-exp', 'error', "A signed embedding JWT without `exp` in the Referer of a picture the embedded question shows (`/embed/question/<JWT>`): it opens the question for as long as the signing key lives", ({ rng, t }) => {
      const token = jwt(rng, t, { age: rng.int(3000, 90000), claims: { resource: { question: rng.int(10, 400) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { path: `/img/birds/gannet-${rng.int(1, 40)}.webp`, bytes: rng.int(20000, 200000), referer: `https://bi.pelican-s.example/embed/question/${token.token}` } };
    }),
    8,
    plant('session-id', 'koha-CGISESSID-referer', 'error', WHY.session("A library catalogue's session id in the Referer (`opac-detail.pl?…&CGISESSID=<32 hex>`, Koha's CGI::Session id passed in the URL)"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { path: `/img/covers/${rng.int(10000, 99999)}.jpg`, bytes: rng.int(9000, 40000), referer: `https://opac.pelican-s.example/cgi-bin/koha/opac-detail.pl?biblionumber=${rng.int(1000, 99999)}&CGISESSID=${sid}` } };
    }),
    8,
    plant('encoded', 'base64-url-in-u-param', 'error', "A redirect page called with `u=<base64 of a URL>` (its `+`, `/` and `=` percent-encoded): the decoded URL is the partner's export endpoint with `api_key=` in its query (a long-lived key, readable by anyone who decodes the parameter)", ({ rng }) => {
      const inner = `https://api.partner-s.example/v2/export?format=csv&api_key=${rng.alnum(32)}`;
      const encoded = encodeURIComponent(b64Of(inner));
      return { value: encoded, event: { path: '/go.html', query: `u=${encoded}`, referer: page() } };
    }),
    8,
    plant('negative', 's3-versionId', 'none', "An S3 object version id (`versionId=`, 32 characters): it names one version of an object; no credential.", ({ rng }) => {
      const id = rng.b64url(32).replace(/[-_]/g, 'k');
      return { value: id, event: { sdk: true, path: '/exports/2026-11-15/sightings.csv', query: `versionId=${id}`, versionId: id, ua: 'aws-sdk-java/2.33.4 Linux/6.8 OpenJDK_64-Bit_Server_VM/21.0.8 Java/21.0.8', ip: '10.20.3.41' } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0, site: { host: site }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gcs-usage.csv: Google Cloud Storage usage logs (CSV with a header row, every value quoted, `time_micros` in
// microseconds since the epoch) of a bucket holding a web app's images and downloads, read through the XML API by
// browsers (with their Referer) and through the JSON API by tools. https://cloud.google.com/storage/docs/access-logs

function gcsLog(rng) {
  const bucket = 'lapwing-g-assets';
  const header = ['"time_micros","c_ip","c_ip_type","c_ip_region","cs_method","cs_uri","sc_status","cs_bytes","sc_bytes","time_taken_micros","cs_host","cs_referer","cs_user_agent","s_request_id","cs_operation","cs_bucket","cs_object"'];
  const render = (e, rng) => {
    const json = e.json;
    const object = e.object ?? e.path.slice(1);
    const uri = json ? `/storage/v1/b/${bucket}/o${e.list ? '' : `/${encodeURIComponent(object)}`}${e.query ? `?${e.query}` : ''}` : `/${bucket}/${object}${e.query ? `?${e.query}` : ''}`;
    const op = e.op ?? (json ? (e.list ? 'storage.objects.list' : 'storage.objects.get') : 'GET_Object');
    const cells = [String(e.t * 1000 + rng.int(0, 999)), e.ip, '1', '', e.method, uri, String(e.status), '0', String(e.bytes), String(e.ms * 1000 + rng.int(0, 999)), 'storage.googleapis.com', e.referer === '-' ? '' : e.referer, e.ua, `ADPyc${rng.b64url(60).replace(/[-_]/g, 'v')}`, op, bucket, e.list ? '' : object];
    return [cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')];
  };
  const app = 'https://app.lapwing-g.example';
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/img/avatars/${rng.uuid()}.png`, referer: `${app}/team`, bytes: rng.int(3000, 30000) }),
      () => ({ path: `/img/products/${rng.int(1000, 9999)}-${rng.pick(['front', 'side', 'detail'])}.jpg`, referer: `${app}/catalog`, bytes: rng.int(20000, 200000) }),
      () => ({ path: `/downloads/manual-v${rng.int(2, 5)}.${rng.int(0, 9)}.pdf`, referer: `${app}/support`, bytes: rng.int(300000, 3000000) }),
      () => ({ json: true, path: `/reports/2026-11-${pad(rng.int(1, 16))}.parquet`, query: 'alt=media', ua: 'gcloud/540.0.0 command/gcloud.storage.cp invocation-id/' + rng.hex(32), bytes: rng.int(100000, 900000) }),
      () => ({ path: `/img/products/${rng.int(1000, 9999)}-front.jpg`, status: 304, bytes: 0, referer: `${app}/catalog?page=${rng.int(2, 9)}` }),
      () => ({ path: '/img/missing.png', status: 404, bytes: 183, referer: `${app}/` }),
    ])();
  const steps = [
    10,
    plant('oauth-code', 'apple-code-referer-gcs', 'warning', `${WHY.code} Sign in with Apple's code (\`c<32 hex>.0.<4>.<22>\`) in the Referer of the images the callback page loads.`, ({ rng }) => {
      const code = `c${rng.hex(32)}.0.${rng.chars(LOWER, 4)}.${rng.b64url(22)}`;
      return { value: code, event: { path: `/img/avatars/${rng.uuid()}.png`, referer: `${app}/auth/apple/callback?code=${code}&state=${rng.hex(24)}`, bytes: rng.int(3000, 30000) } };
    }),
    8,
    plant('negative', 'json-api-pageToken', 'none', 'A Cloud Storage list call continued with `pageToken=` (an opaque cursor): no credential.', ({ rng }) => {
      const cursor = `C${rng.b64url(rng.int(40, 60))}`;
      return { value: cursor, event: { json: true, list: true, path: '/', query: `prefix=reports%2F&pageToken=${cursor}&maxResults=1000`, ua: 'google-cloud-sdk gsutil/5.35 (linux) analytics/disabled interactive/False command/ls', bytes: rng.int(2000, 9000) } };
    }),
    8,
    plant('path-secret', 'invitation-accept-path-referer', 'error', WHY.pathSecret("A team invitation link in the Referer of the avatars the invitation page shows (`/invitations/<token>/accept`)"), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: `/img/avatars/${rng.uuid()}.png`, referer: `${app}/invitations/${token}/accept`, bytes: rng.int(3000, 30000) } };
    }),
    8,
    plant('session-id', 'weblogic-jsessionid-bang-referer', 'error', WHY.session("WebLogic's session id in a URL (`;jsessionid=<id>!<hash>!<hash>`, cookieless URL rewriting of the legacy portal), in the Referer"), ({ rng }) => {
      const sid = `${rng.b64url(52).replace(/[-_]/g, 'W')}!${rng.int(-2147483647, -1)}!${rng.int(1000000000, 2147483647)}`;
      return { value: sid, event: { path: `/downloads/manual-v4.${rng.int(0, 9)}.pdf`, referer: `https://portal.lapwing-g.example/portal/documents.jsp;jsessionid=${sid}?lang=en`, bytes: rng.int(300000, 3000000) } };
    }),
    8,
    plant('negative', 'mailchimp-mc_eid', 'none', "Mailchimp's `mc_eid=` (a subscriber's hashed id) and `mc_cid=` (campaign id) in a newsletter link's Referer: ids, no credential.", ({ rng }) => {
      const eid = rng.hex(10);
      return { value: eid, needle: `mc_eid=${eid}`, event: { path: `/img/products/${rng.int(1000, 9999)}-detail.jpg`, referer: `${app}/catalog/winter?utm_source=newsletter&utm_medium=email&mc_cid=${rng.hex(10)}&mc_eid=${eid}`, bytes: rng.int(20000, 200000) } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'storage.googleapis.com' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// fastly-logs.ndjson: Fastly real-time log streaming with the JSON format of Fastly's logging guide (`timestamp` from
// `strftime("%Y-%m-%dT%H:%M:%S%z", time.start)`, `url` = req.url with the query, `fastly_is_edge`), plus a custom
// `request_authorization` field; with shielding on, a request that misses at the edge is logged again by the shield POP.
// https://www.fastly.com/documentation/guides/integrations/streaming-logs/custom-log-formats/,
// https://www.fastly.com/documentation/guides/integrations/logging-endpoints/log-streaming-https/

function fastlyLog(rng) {
  const host = 'www.dunlin-f.example';
  const pops = ['FRA', 'AMS', 'LHR', 'CPH'];
  const one = (e, rng, edge, pop) =>
    JSON.stringify({
      timestamp: `${iso(e.t + (edge ? 0 : 18)).slice(0, 19)}+0000`,
      client_ip: edge ? e.ip : `151.101.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      geo_country: edge ? e.geo[0] : 'Germany',
      geo_city: edge ? e.geo[1] : 'frankfurt am main',
      host: e.host,
      url: target(e),
      request_method: e.method,
      request_protocol: 'HTTP/2',
      request_referer: e.referer === '-' ? '' : e.referer,
      request_user_agent: e.ua,
      request_authorization: e.authorization ?? '',
      response_state: e.state ?? (edge ? 'HIT' : 'MISS'),
      response_status: e.status,
      response_reason: e.status === 200 ? 'OK' : e.status === 302 ? 'Found' : e.status === 401 ? 'Unauthorized' : e.status === 204 ? 'No Content' : 'Not Found',
      response_body_size: e.bytes,
      fastly_server: `cache-${pop.toLowerCase()}-${edge ? 'e' : 'k'}ddf8${rng.int(100000, 999999)}-${pop}`,
      fastly_is_edge: edge,
    });
  const render = (e, rng) => {
    const pop = rng.pick(pops);
    e = { ...e, geo: rng.pick([['Germany', 'frankfurt am main'], ['Netherlands', 'amsterdam'], ['Denmark', 'copenhagen'], ['United Kingdom', 'london']]) };
    if (!e.shield) return [one(e, rng, true, pop)];
    return [one({ ...e, state: 'PASS' }, rng, true, pop), one({ ...e, state: 'PASS' }, rng, false, 'FRA')];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/static/app.${rng.hex(10)}.js`, bytes: rng.int(90000, 300000), referer: `https://${host}/` }),
      () => ({ path: `/products/${rng.pick(['tide-boots', 'salt-jacket', 'dune-cap'])}`, query: rng.next() < 0.5 ? `variant=${rng.int(40000000, 49999999)}` : '' }),
      () => ({ path: '/api/cart', state: 'PASS', ua: rng.pick(BROWSERS), bytes: rng.int(200, 900) }),
      () => ({ path: `/images/${rng.hex(16)}.avif`, query: `width=${rng.pick([320, 640, 1280])}&quality=70`, bytes: rng.int(8000, 90000), referer: `https://${host}/` }),
      () => ({ method: 'POST', path: '/rum', status: 204, bytes: 0, state: 'PASS', query: `page=${encodeURIComponent(`https://${host}/products/salt-jacket`)}&lcp=${rng.int(800, 4000)}&cls=0.0${rng.int(1, 9)}` }),
    ])();
  const steps = [
    10,
    plant('implicit-fragment', 'rum-beacon-page-encoded-fragment', 'error', "A real-user-monitoring beacon sends `location.href` percent-encoded in `page=`: the B2C tenant's implicit redirect put `#access_token=<JWT>` in it (`%23access_token%3D…`), so the CDN logs the fragment", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 4, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://dunlinf.b2clogin.example/${rng.uuid()}/v2.0/`, aud: rng.uuid(), sub: rng.uuid(), tfp: 'B2C_1_signin', scp: 'orders.read', ver: '1.0' } });
      const href = `https://${host}/account/#access_token=${token.token}&token_type=Bearer&expires_in=3600&state=${rng.b64url(22)}`;
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/rum', query: `page=${encodeURIComponent(href)}&lcp=${rng.int(800, 4000)}&cls=0.01`, status: 204, bytes: 0, state: 'PASS' } };
    }),
    8,
    plant('negative', 'fbclid', 'none', "Facebook's click id (`fbclid=IwAR…`): an ad click identifier, no credential.", ({ rng }) => {
      const id = `IwY2xjaw${rng.b64url(rng.int(60, 80))}`;
      return { value: id, event: { path: '/products/dune-cap', query: `fbclid=${id}`, referer: 'https://l.facebook.com/' } };
    }),
    8,
    plant('webhook', 'zulip-external-api_key', 'error', WHY.webhook("A Zulip incoming-webhook integration URL (`/api/v1/external/<integration>?api_key=<32>&stream=…`, the bot's API key in the query), called by Grafana through the CDN"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { host: 'chat.dunlin-f.example', method: 'POST', path: '/api/v1/external/grafana', query: `api_key=${key}&stream=alerts&topic=checkout`, state: 'PASS', ua: 'Grafana/12.2.1', bytes: 60 } };
    }),
    8,
    plant('refresh-token', 'salesforce-5Aep-refresh-get-shielded', 'error', `${WHY.refresh} A Salesforce-shaped refresh token (\`5Aep861…\`) in the query of a GET to the app's token proxy; with shielding the edge and the shield POP both log the request.`, ({ rng }) => {
      const token = `5Aep861${rng.alnum(6)}.${rng.b64url(68).replace(/[-_]/g, 'x')}`;
      return { value: token, event: { host: 'api.dunlin-f.example', path: '/crm/oauth/token', query: `grant_type=refresh_token&refresh_token=${token}`, shield: true, ua: 'DunlinSync/4.1 (+https://www.dunlin-f.example/sync)', bytes: 612 } };
    }),
    8,
    plant('header-dump', 'drf-token-authorization-field', 'error', "The custom log field `request_authorization` writes the Authorization header: Django REST framework's `Token <40 hex>` (a key that does not expire)", ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { host: 'api.dunlin-f.example', path: '/api/v1/orders/', query: `since=2026-11-${pad(rng.int(1, 16))}`, authorization: `Token ${key}`, state: 'PASS', ua: 'python-requests/2.32.5' } };
    }),
    8,
    plant('api-key-name', 'deepl-auth_key-query', 'error', `${WHY.apiKey('auth_key')} A DeepL API key (\`<uuid>:fx\`) forwarded in the query of the app's translation proxy.`, ({ rng }) => {
      const key = `${rng.uuid()}:fx`;
      return { value: key, event: { host: 'api.dunlin-f.example', path: '/i18n/translate', query: `auth_key=${key}&target_lang=DE&text=Salt%20jacket`, state: 'PASS', ua: 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', bytes: 140 } };
    }),
    8,
    plant('negative', 'access_token-uppercase-placeholder', 'none', 'A placeholder copied from API documentation: `access_token=ACCESS_TOKEN`.', () => ({
      value: 'ACCESS_TOKEN',
      needle: 'access_token=ACCESS_TOKEN',
      event: { host: 'api.dunlin-f.example', path: '/api/v1/orders/', query: 'access_token=ACCESS_TOKEN', status: 401, bytes: 58, state: 'PASS', ua: 'curl/8.16.0' },
    })),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// workers-trace.ndjson: Cloudflare Workers trace events as a Tail Worker forwards them (one TailItem per line:
// `scriptName`, `event.request` with `url`, `method`, `headers`, `cf`, `event.response.status`, `eventTimestamp` and
// each log's `timestamp` in ms, the `console.log` arguments in `logs[].message`), for an edge auth Worker.
// https://developers.cloudflare.com/workers/runtime-apis/handlers/tail/,
// https://developers.cloudflare.com/workers/observability/logs/tail-workers/

function workersLog(rng) {
  const host = 'app.sandpiper-c.example';
  const render = (e, rng) => [
    JSON.stringify({
      wallTime: e.ms,
      cpuTime: rng.int(1, 9),
      truncated: false,
      executionModel: 'stateless',
      outcome: e.outcome ?? 'ok',
      scriptName: 'edge-auth',
      scriptVersion: { id: 'b1f3c2a4-6e7d-4f80-9a1b-2c3d4e5f6a70' },
      diagnosticsChannelEvents: [],
      exceptions: e.exceptions ?? [],
      logs: (e.logs ?? []).map((message, i) => ({ message, level: e.level ?? 'log', timestamp: e.t + 2 + i })),
      eventTimestamp: e.t,
      event: {
        request: {
          url: `https://${e.host}${target(e)}`,
          method: e.method,
          headers: { accept: '*/*', 'accept-encoding': 'gzip, br', 'cf-connecting-ip': e.ip, 'cf-ipcountry': e.country ?? 'DE', 'cf-ray': `${rng.hex(16)}-FRA`, host: e.host, 'user-agent': e.ua, ...(e.referer !== '-' ? { referer: e.referer } : {}) },
          cf: { colo: 'FRA', country: e.country ?? 'DE', asn: rng.int(3000, 60000), httpProtocol: 'HTTP/2', tlsVersion: 'TLSv1.3', clientTcpRtt: rng.int(5, 60) },
        },
        response: { status: e.status },
      },
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/dashboard', referer: `https://${host}/` }),
      () => ({ path: `/api/flocks/${rng.int(100, 999)}`, logs: [['auth ok', `sub=${rng.uuid()}`]] }),
      () => ({ path: '/api/session', status: 401, logs: [['no session cookie']] }),
      () => ({ path: `/assets/${rng.hex(12)}.js`, bytes: rng.int(20000, 90000) }),
      () => ({ method: 'POST', path: '/api/observations', status: 201, logs: [['stored', String(rng.int(100000, 999999))]] }),
    ])();
  const steps = [
    9,
    plant('id-token', 'id_token-query-worker-url', 'error', "The Worker's OIDC callback receives `id_token=` in the query (response_mode=query): the trace event's `event.request.url` keeps it", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://login.sandpiper-c.example', aud: 'edge-auth', sub: rng.uuid(), email: `k.${rng.lowerNum(6)}@mail.example`, nonce: rng.b64url(22) } });
      return { value: token.token, jwt: token.facts, event: { host, path: '/oidc/callback', query: `state=${rng.b64url(22)}&id_token=${token.token}`, status: 302, logs: [['oidc callback', 'id token accepted']] } };
    }),
    7,
    plant('negative', 'cf-challenge-token', 'none', "Cloudflare's challenge token in a URL (`__cf_chl_tk=`): bound to one browser challenge, no credential.", ({ rng }) => {
      const tk = `${rng.b64url(43)}-${sec(DAY0)}-1.0.1.1-${rng.b64url(40)}`;
      return { value: tk, event: { host, path: '/login', query: `__cf_chl_tk=${tk}`, status: 200 } };
    }),
    7,
    plant('replay', 'auth_ticket-opaque', 'note', WHY.ticketFirst('An opaque `auth_ticket` (issued by the identity service, traded by the Worker for a session cookie)'), ({ rng }) => {
      const ticket = rng.b64url(43);
      return { value: ticket, event: { host, path: '/sso/redeem', query: `auth_ticket=${ticket}&next=%2Fdashboard`, status: 302, logs: [['ticket redeemed']] } };
    }, { ref: 'ticket' }),
    plant('replay', 'auth_ticket-opaque', 'replay', WHY.replay('auth_ticket', 95), ({ refs }) => {
      const ticket = refs.get('ticket').value;
      return { value: ticket, event: { host, path: '/sso/redeem', query: `auth_ticket=${ticket}&next=%2Fdashboard`, status: 302, ip: '198.51.100.66', country: 'NL', ua: 'python-requests/2.32.5', logs: [['ticket redeemed']] } };
    }, { replayOf: 'ticket', after: 95 }),
    7,
    plant('header-dump', 'connect-sid-in-logged-headers', 'error', "The Worker logs `JSON.stringify(Object.fromEntries(request.headers))`: the Cookie header holds express-session's signed `connect.sid` (`s%3A<id>.<signature>`), the user's session", ({ rng, t }) => {
      const id = rng.b64url(32);
      const headers = { accept: 'application/json', cookie: `theme=dark; connect.sid=s%3A${id}.${rng.b64url(43)}`, host, 'user-agent': BROWSERS[1] };
      return { value: id, event: { host, path: '/api/profile', status: 500, outcome: 'exception', level: 'error', logs: [['upstream 502, request headers:', JSON.stringify(headers)]], exceptions: [{ name: 'Error', message: 'upstream returned 502', timestamp: t + 9 }] } };
    }),
    7,
    plant('oauth-code', 'discord-code-worker-url', 'warning', `${WHY.code} Discord's code (30 characters) in the Worker's callback URL, kept whole in the trace event's \`event.request.url\`.`, ({ rng }) => {
      const code = rng.alnum(30);
      return { value: code, event: { host, path: '/oauth/discord/callback', query: `code=${code}&state=${rng.hex(32)}`, status: 302, referer: 'https://discord.com/', logs: [['discord login', 'exchanging code']] } };
    }),
    7,
    plant('path-secret', 'shopify-style-account-activate', 'error', WHY.pathSecret('A customer account activation link (`/account/activate/<customer id>/<token>-<timestamp>`, Shopify-style)'), ({ rng, t }) => {
      const token = `${rng.hex(32)}-${sec(t) - rng.int(3600, 80000)}`;
      return { value: token, event: { host: 'shop.sandpiper-c.example', path: `/account/activate/${rng.int(7000000000000, 7999999999999)}/${token}`, status: 200, referer: '-' } };
    }),
    7,
    plant('api-key-name', 'ga4-measurement-protocol-api_secret', 'error', `${WHY.apiKey('api_secret')} The Worker logs the Measurement Protocol URL it posts to (\`/mp/collect?measurement_id=G-…&api_secret=…\`): the secret lets anyone send events into the property.`, ({ rng }) => {
      const secret = rng.b64url(22);
      return { value: secret, event: { host, method: 'POST', path: '/api/checkout/complete', status: 200, logs: [['analytics ->', `https://www.google-analytics.com/mp/collect?measurement_id=G-${rng.chars(UPPER + DIGITS, 10)}&api_secret=${secret}`]] } };
    }),
    7,
    plant('negative', 'sentry-baggage-public_key', 'none', "A Sentry `baggage` header logged with the request headers: `sentry-public_key=` is the DSN's public key, shipped to every browser; no credential.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { host, path: '/api/flocks', status: 200, logs: [['headers', JSON.stringify({ accept: 'application/json', baggage: `sentry-environment=production,sentry-public_key=${key},sentry-trace_id=${rng.hex(32)},sentry-sample_rate=0.1`, 'sentry-trace': `${rng.hex(32)}-${rng.hex(16)}-0` })]] } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fly-logs.ndjson: Fly.io's log shipper (NATS log stream) as NDJSON: `event.provider`, `fly.app.instance/name`,
// `fly.region`, `log.level`, `message`, `timestamp` in RFC 3339 with nanoseconds. The app is Express with morgan's
// `combined` format (`trust proxy` on, so `:remote-addr` is the client) and its own console lines.
// https://fly.io/docs/monitoring/logging-overview/, https://github.com/superfly/fly-log-shipper,
// https://github.com/expressjs/morgan#combined

function flyLog(rng) {
  const app = 'curlew-y';
  const host = 'www.curlew-y.example';
  const instance = rng.hex(14);
  const F = (t, rng, message, level = 'info') =>
    JSON.stringify({ event: { provider: 'app' }, fly: { app: { instance, name: app }, region: 'ams' }, host: rng.hex(4), log: { level }, message, timestamp: nanos(t, rng) });
  const morgan = (e) => `${e.ip} - - [${clf(e.t)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`;
  const render = (e, rng) => {
    return [e.only ? F(e.t, rng, e.only, e.level) : F(e.t, rng, morgan(e))];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: '/trips', query: `from=AMS&month=2026-${pad(rng.int(1, 12))}`, referer: `https://${host}/` }),
      () => ({ path: `/static/js/bundle.${rng.hex(8)}.js`, bytes: rng.int(90000, 300000), referer: `https://${host}/` }),
      () => ({ method: 'POST', path: '/api/bookings', status: 201, bytes: rng.int(200, 900) }),
      () => ({ path: '/healthz', ip: '172.19.2.1', ua: 'Consul Health Check', bytes: 2 }),
      () => ({ only: `[db] pool stats total=10 idle=${rng.int(2, 9)} waiting=0` }),
      () => ({ only: `Listening on 0.0.0.0:8080 (pid ${rng.int(300, 900)})` }),
    ])();
  const steps = [
    10,
    plant('path-secret', 'email-change-confirm-path', 'error', WHY.pathSecret('An e-mail change confirmation link (`/account/email/confirm/<token>`): it moves the account to a new address, the first step of a takeover'), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { path: `/account/email/confirm/${token}`, status: 302, bytes: 48, referer: '-' } };
    }),
    7,
    plant('negative', 'shopify-app-proxy-signature', 'none', "A Shopify app proxy request (`shop=…&timestamp=…&signature=<64 hex>`): an HMAC over this request's parameters, no credential.", ({ rng, t }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { path: '/apps/trips/widget', query: `shop=curlew-y.myshopify.com&logged_in_customer_id=&path_prefix=%2Fapps%2Ftrips&timestamp=${sec(t)}&signature=${sig}`, ua: 'Shopify-Proxy' } };
    }),
    7,
    plant('webhook', 'netlify-build-hook', 'error', WHY.webhook('A Netlify build hook (`api.netlify.com/build_hooks/<24 hex>`) in the error the app logs when a rebuild trigger fails: anyone with it starts builds and deploys'), ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { only: `[cms] rebuild trigger failed: POST https://api.netlify.com/build_hooks/${id}?trigger_title=cms+publish responded 422`, level: 'error' } };
    }),
    7,
    plant('api-key-name', 'client_secret-query-token-get', 'error', `${WHY.apiKey('client_secret')} An OAuth client's secret sent in the query of a GET to the token endpoint (\`grant_type=client_credentials&client_id=…&client_secret=…\`): it mints tokens for the client until rotated.`, ({ rng }) => {
      const secret = rng.b64url(48);
      return { value: secret, event: { path: '/oauth/token', query: `grant_type=client_credentials&client_id=partner-${rng.int(10, 99)}&client_secret=${secret}`, status: 405, bytes: 31, ua: 'Apache-HttpClient/4.5.14 (Java/17.0.12)' } };
    }),
    7,
    plant('replay', 'handoff_token-opaque', 'note', WHY.ticketFirst('An opaque `handoff_token` (the mobile app hands a signed-in session to the web, exchanged once)'), ({ rng }) => {
      const token = rng.alnum(40);
      return { value: token, event: { path: '/session/handoff', query: `handoff_token=${token}`, status: 302, bytes: 40, ua: BROWSERS[2] } };
    }, { ref: 'handoff' }),
    plant('replay', 'handoff_token-opaque', 'replay', WHY.replay('handoff_token', 150), ({ refs }) => {
      const token = refs.get('handoff').value;
      return { value: token, event: { path: '/session/handoff', query: `handoff_token=${token}`, status: 302, bytes: 40, ip: '203.0.113.201', ua: BROWSERS[3] } };
    }, { replayOf: 'handoff', after: 150 }),
    7,
    plant('implicit-fragment', 'client-error-location-hash-alone', 'error', "The browser's error report carries `location.hash` alone (no URL): `#access_token=<JWT>&token_type=bearer`, logged by the app as JSON", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 6, claims: { iss: 'https://id.curlew-y.example', sub: rng.uuid(), aud: 'curlew-web', scope: 'bookings' } });
      return { value: token.token, jwt: token.facts, event: { only: `[client-error] ${JSON.stringify({ msg: "TypeError: Cannot read properties of undefined (reading 'trips')", hash: `#access_token=${token.token}&token_type=bearer&expires_in=3600`, ua: BROWSERS[4] })}`, level: 'warn' } };
    }),
    7,
    plant('negative', 'google-client_id-alone', 'none', "A Google OAuth client id (`client_id=<number>-<32>.apps.googleusercontent.com`) in a sign-in start URL: public, no credential.", ({ rng }) => {
      const id = `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`;
      return { value: id, event: { path: '/auth/google', query: `client_id=${id}&prompt=select_account`, status: 302, bytes: 0 } };
    }),
    7,
    plant('encoded', 'html-hex-entity-x26', 'error', "The link checker logs an href as written in the HTML, `&` as the hex entity `&#x26;`: `…?format=json&#x26;apikey=<32 hex>`, a partner feed key", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { only: `[linkcheck] 401 https://feeds.partner-y.example/v1/departures?format=json&#x26;apikey=${key} (in /trips/amsterdam)`, level: 'warn' } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// docker-json-file.log: a container's log file under Docker's json-file driver (`{"log":"…\n","stream":…,"time":…}` per
// line, Go's encoder: `&`, `<`, `>` as `\u0026`, `\u003c`, `\u003e`), of a Go service: gin's default logger
// (`[GIN] 2006/01/02 - 15:04:05 | status | latency | client IP | method "path"`), the `log` package, resty's debug log
// (one header per line) and retry warnings.
// https://docs.docker.com/engine/logging/drivers/json-file/, https://github.com/gin-gonic/gin/blob/master/logger.go,
// https://github.com/go-resty/resty/tree/v2

const ginTime = (ms) => `${iso(ms).slice(0, 10).replace(/-/g, '/')} - ${iso(ms).slice(11, 19)}`;
const goLogTime = (ms, rng) => `${iso(ms).slice(0, 10).replace(/-/g, '/')} ${iso(ms).slice(11, 23)}${digits(rng, 3)}`;

function dockerLog(rng) {
  const D = (t, rng, line, stream = 'stdout') => goJson({ log: `${line}\n`, stream, time: nanos(t + 1, rng) });
  const gin = (e) => {
    const latency = e.ms < 10 ? `${e.ms}.${rng.int(100, 999)}${rng.int(100, 999)}ms` : `${e.ms}.${rng.int(100, 999)}ms`;
    return `[GIN] ${ginTime(e.t)} | ${e.status} | ${latency.padStart(13)} | ${e.ip.padStart(15)} | ${e.method.padEnd(7)}  ${JSON.stringify(target(e))}`;
  };
  const render = (e, rng) => {
    if (e.lines) return e.lines.map(([dt, line, stream]) => D(e.t + dt, rng, line, stream));
    return [D(e.t, rng, gin(e))];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/healthz', ip: '172.18.0.1', ms: 0 }),
      () => ({ path: '/api/v1/rates', query: `base=EUR&symbols=${rng.pick(['USD', 'NOK', 'SEK'])}` }),
      () => ({ path: `/api/v1/orders/${rng.int(10000, 99999)}` }),
      () => ({ method: 'POST', path: '/api/v1/orders', status: 201 }),
      () => ({ path: '/metrics', ip: '172.18.0.9', ms: 2 }),
      () => ({ lines: [[0, `${goLogTime(t, rng)} sync: ${rng.int(0, 40)} orders pushed to the shop in ${rng.int(100, 900)}ms`]] }),
    ])();
  const steps = [
    8,
    plant('id-token', 'id_token_hint-alg-none-gin', 'error', "A logout URL with `id_token_hint=` holding an unsigned ID token (`alg: none`, empty signature), written by gin's logger: the worst kind of JWT (issue #14), whatever its claims", ({ rng, t }) => {
      const token = jwt(rng, t, { alg: 'none', lifetime: 3600, age: 200, claims: { iss: 'https://mock-idp.godwit-d.example', aud: 'godwit-api', sub: rng.uuid(), email: `qa.${rng.lowerNum(5)}@mail.example` } });
      return { value: token.token, jwt: token.facts, event: { path: '/auth/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fgodwit-d.example%2F`, status: 302, ms: 1 } };
    }),
    7,
    plant('negative', 'go-template-placeholder-percent-encoded', 'none', 'An unrendered Go template placeholder, percent-encoded: `token=%7B%7B.Token%7D%7D` (`{{.Token}}`).', () => ({
      value: '%7B%7B.Token%7D%7D',
      event: { path: '/api/v1/unsubscribe', query: 'token=%7B%7B.Token%7D%7D', status: 400, ms: 0 },
    })),
    7,
    plant('framework-dump', 'go-url-values-map', 'error', "The service logs `c.Request.URL.Query()` with `%v`: Go prints url.Values as `map[access_token:[<token>] format:[csv]]`, an opaque access token", ({ rng, t }) => {
      const token = rng.b64url(43);
      return { value: token, event: { lines: [[0, `${goLogTime(t, rng)} export params: map[access_token:[${token}] format:[csv] since:[2026-11-01]]`, 'stderr']] } };
    }),
    7,
    plant('replay', 'sse_ticket-jwt-jti', 'note', 'A JWT `sse_ticket` (a jti, valid 60 s) that opens the event stream once: single-use by its jti, acceptable when used once (note)', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 60, age: 2, jti: true, claims: { sub: rng.uuid(), aud: 'events' } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/v1/events', query: `sse_ticket=${token.token}`, ms: 1 } };
    }, { ref: 'sse' }),
    plant('replay', 'sse_ticket-jwt-jti', 'replay', 'The same `sse_ticket` JWT (same jti) accepted again 35 s later from another address: a replay (log-token-replay).', ({ refs, t }) => {
      const value = refs.get('sse').value;
      return { value, jwt: factsAt(value, t), event: { path: '/api/v1/events', query: `sse_ticket=${value}`, ip: '192.0.2.188', ms: 1 } };
    }, { replayOf: 'sse', after: 35 }),
    7,
    plant('header-dump', 'resty-debug-shopify-access-token', 'error', "resty's debug log of a request, one header per line: `X-Shopify-Access-Token: shpat_<32 hex>`, an Admin API token that does not expire", ({ rng, t }) => {
      const token = `shpat_${rng.hex(32)}`;
      const L = (dt, line) => [dt, line];
      return {
        value: token,
        event: {
          lines: [
            L(0, `${goLogTime(t, rng)} DEBUG RESTY `),
            L(0, '=============================================================================='),
            L(0, '~~~ REQUEST ~~~'),
            L(0, 'GET  /admin/api/2025-10/orders.json?status=any&limit=50  HTTP/1.1'),
            L(0, 'HOST   : godwit-d.myshopify.com'),
            L(0, 'HEADERS:'),
            L(0, '\tAccept: application/json'),
            L(0, '\tUser-Agent: go-resty/2.16.5 (https://github.com/go-resty/resty)'),
            L(0, `\tX-Shopify-Access-Token: ${token}`),
            L(0, 'BODY   :'),
            L(0, '***** NO CONTENT *****'),
            L(0, '------------------------------------------------------------------------------'),
          ],
        },
      };
    }),
    7,
    plant('path-secret', 'verify-email-jwt-path', 'error', "An e-mail verification link with a JWT as its last path segment (`/api/v1/users/verify-email/<JWT>`, valid 24 h): it verifies the address for whoever opens it", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 86400, age: rng.int(600, 20000), claims: { sub: rng.uuid(), email: `n.${rng.lowerNum(6)}@mail.example`, purpose: 'verify-email' } });
      return { value: token.token, jwt: token.facts, event: { path: `/api/v1/users/verify-email/${token.token}`, ms: 4 } };
    }),
    7,
    plant('api-key-name', 'apiToken-resty-retry-lines', 'error', `${WHY.apiKey('apiToken')} resty writes the URL in each retry warning (\`Get "…?apiToken=…": … Attempt N\`), three lines for one request.`, ({ rng, t }) => {
      const key = rng.alnum(36);
      const url = `https://fx.rates-d.example/v3/latest?base=EUR&apiToken=${key}`;
      return { value: key, event: { lines: [1, 2, 3].map((n) => [n * 1100, `${goLogTime(t + n * 1100, rng)} WARN RESTY Get ${JSON.stringify(url)}: dial tcp 203.0.113.40:443: i/o timeout, Attempt ${n}`, 'stderr']) } };
    }),
    7,
    plant('encoded', 'docker-escaped-go-json-u0026', 'error', "The service logs JSON with encoding/json (`&` as `\\u0026`) and Docker escapes its backslash: the key sits after `\\\\u0026access_key=` inside the `log` field", ({ rng, t }) => {
      const key = rng.alnum(32);
      const inner = goJson({ level: 'info', ts: (t / 1000).toFixed(3), msg: 'geocode request', url: `https://geo.partner-d.example/v1/search?q=Godwit+Kai+4&access_key=${key}` });
      return { value: key, event: { lines: [[0, inner]] } };
    }),
    7,
    plant('negative', 'git-sha-ref', 'none', 'A commit SHA in a query (`ref=<40 hex>`): a public hash, no credential.', ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { path: '/api/v1/build-info', query: `ref=${sha}`, ms: 0 } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'api.godwit-d.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pm2-api-out.log: PM2's out log (`--time`: each write prefixed `YYYY-MM-DDTHH:mm:ss: `, the further lines of a
// multi-line write are not) of a NestJS 11 API: Nest's ConsoleLogger (`[Nest] <pid>  - <en-US local time>   LEVEL
// [Context] message +Nms`, NO_COLOR set; objects printed as `Object:` and indented JSON) and morgan's `dev` format, whose
// ANSI colours stay in the file (`\x1b[0mGET /x \x1b[32m200\x1b[0m 3.1 ms - 512\x1b[0m`). Server time is UTC.
// https://pm2.keymetrics.io/docs/usage/log-management/, https://docs.nestjs.com/techniques/logger,
// https://github.com/expressjs/morgan#dev

const ESC = '\x1b';
function nestTime(ms) {
  const d = new Date(ms);
  const h = d.getUTCHours() % 12 || 12;
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}, ${h}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

function pm2Log(rng) {
  const pid = rng.int(30, 90);
  const P = (t) => `${iso(t).slice(0, 19)}: `;
  const nest = (t, level, ctx, msg, rng) => `${P(t)}[Nest] ${pid}  - ${nestTime(t)} ${level.padStart(7)} [${ctx}] ${msg} +${rng.int(0, 40)}ms`;
  const dev = (e) => {
    const color = e.status >= 500 ? 31 : e.status >= 400 ? 33 : e.status >= 300 ? 36 : 32;
    return `${P(e.t)}${ESC}[0m${e.method} ${target(e)} ${ESC}[${color}m${e.status}${ESC}[0m ${e.ms}.${rng.int(100, 999)} ms - ${e.status === 204 || e.status === 304 ? '-' : e.bytes}${ESC}[0m`;
  };
  const render = (e) => (e.lines ? e.lines : [dev(e)]);
  const header = [];
  let t0 = DAY0 + 6 * HOUR - 4000;
  header.push(`${P(t0)}[Nest] ${pid}  - ${nestTime(t0)}     LOG [NestFactory] Starting Nest application...`);
  for (const [ctx, msg] of [['InstanceLoader', 'PrismaModule dependencies initialized'], ['InstanceLoader', 'AuthModule dependencies initialized'], ['RoutesResolver', 'AuthController {/api/auth}:'], ['RouterExplorer', 'Mapped {/api/auth/magic-link/verify, GET} route'], ['RouterExplorer', 'Mapped {/api/auth/session, GET} route'], ['RoutesResolver', 'ChartsController {/embed}:'], ['RouterExplorer', 'Mapped {/embed/chart/:token, GET} route'], ['NestApplication', 'Nest application successfully started']]) {
    t0 += rng.int(1, 30);
    header.push(`${P(t0)}[Nest] ${pid}  - ${nestTime(t0)}     LOG [${ctx}] ${msg} +${rng.int(0, 12)}ms`);
  }
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/api/auth/session', bytes: rng.int(200, 600) }),
      () => ({ path: '/api/plovers', query: `page=${rng.int(1, 9)}&limit=20`, bytes: rng.int(2000, 9000) }),
      () => ({ method: 'POST', path: '/api/sightings', status: 201, bytes: rng.int(100, 400) }),
      () => ({ path: '/api/health', status: 200, bytes: 15, ms: 0 }),
      () => ({ path: '/api/plovers/999999', status: 404, bytes: 77 }),
      () => ({ lines: [nest(t, 'LOG', 'SightingsService', `imported ${rng.int(1, 40)} sightings from ${rng.pick(['ebird', 'inaturalist'])}`, rng)] }),
    ])();
  const steps = [
    8,
    plant('negative', 'nest-route-pattern-token', 'none', "Nest's route map at start-up (`Mapped {/api/auth/reset-password/:token, POST} route`): a parameter name, no value; no credential.", ({ rng, t }) => ({
      value: '/api/auth/reset-password/:token',
      event: { lines: [nest(t, 'LOG', 'RouterExplorer', 'Mapped {/api/auth/reset-password/:token, POST} route', rng)] },
    })),
    7,
    plant('embed-jwt', 'embed-chart-120s-morgan-dev', 'warning', "An embedded chart's JWT in the path (`/embed/chart/<JWT>`), written by morgan's `dev` format between its colour codes: short-lived and without jti", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 3, claims: { chart: rng.int(10, 300), theme: 'light' } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/chart/${token.token}`, bytes: rng.int(3000, 9000) } };
    }),
    7,
    plant('header-dump', 'nest-object-json-ory-access-token', 'error', "A guard logs `request.headers` through Nest's logger, which prints objects as indented JSON over several lines: `\"authorization\": \"Bearer ory_at_…\"` (an Ory Hydra access token) on a line of its own, without PM2's time", ({ rng, t }) => {
      const token = `ory_at_${rng.b64url(43)}.${rng.b64url(43)}`;
      const json = JSON.stringify({ host: 'api.plover-n.example', 'x-forwarded-for': publicIp(rng), authorization: `Bearer ${token}`, accept: 'application/json', 'user-agent': 'PloverApp/3.0 (Android 16)' }, null, 2).split('\n');
      return { value: token, event: { lines: [`${P(t)}[Nest] ${pid}  - ${nestTime(t)}   DEBUG [HydraGuard] Object:`, ...json.slice(0, -1), `${json.at(-1)} +${rng.int(0, 9)}ms`] } };
    }),
    7,
    plant('refresh-token', 'ory_rt-under-rt-query', 'error', `${WHY.refresh} An Ory Hydra refresh token (\`ory_rt_…\`) under the short name \`rt\` in the query of the app's renewal route (morgan dev).`, ({ rng }) => {
      const token = `ory_rt_${rng.b64url(43)}.${rng.b64url(43)}`;
      return { value: token, event: { path: '/api/auth/renew', query: `rt=${token}`, bytes: rng.int(900, 1400) } };
    }),
    7,
    plant('negative', 'token_type_hint-refresh_token', 'none', 'An RFC 7009 revocation request naming the kind of token (`token_type_hint=refresh_token`): a word, not a token.', () => ({
      value: 'token_type_hint=refresh_token',
      event: { method: 'POST', path: '/api/auth/revoke', query: 'token_type_hint=refresh_token', status: 200, bytes: 2 },
    })),
    7,
    plant('path-secret', 'better-auth-magic-link-verify', 'error', WHY.pathSecret("Better Auth's magic link (`/api/auth/magic-link/verify?token=…&callbackURL=…`, valid 5 minutes by default, but it signs in whoever opens it first)"), ({ rng }) => {
      const token = rng.alnum(32);
      return { value: token, event: { path: '/api/auth/magic-link/verify', query: `token=${token}&callbackURL=%2Fdashboard`, status: 302, bytes: 0 } };
    }),
    7,
    plant('framework-dump', 'prisma-query-event-params', 'error', "Prisma's query events forwarded to Nest's logger print the bound parameters: `Params: [\"<session token>\",1]` of a session lookup", ({ rng, t }) => {
      const token = rng.b64url(43);
      return { value: token, event: { lines: [nest(t, 'DEBUG', 'PrismaService', `Query: SELECT "public"."Session"."id", "public"."Session"."userId", "public"."Session"."expiresAt" FROM "public"."Session" WHERE ("public"."Session"."token" = $1 AND 1=1) LIMIT $2 OFFSET $3 Params: ["${token}",1,0] Duration: ${rng.int(1, 9)}ms`, rng)] } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'api.plover-n.example', api: true }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// rust-service.log: an axum service logging through tracing-subscriber's default `fmt` format, ANSI off
// (`<RFC 3339 UTC with µs>  LEVEL span{fields}: target: message fields`): tower-http's TraceLayer (on_response at INFO,
// on_failure at ERROR, both inside the `request{method uri version}` span, so a failed request is written twice), and
// the app's own events, some with Debug-formatted values (`{:?}` of url::Url, of a reqwest Request's HeaderMap, of a
// secrecy SecretString). https://docs.rs/tracing-subscriber/latest/tracing_subscriber/fmt/format/struct.Full.html,
// https://docs.rs/tower-http/latest/tower_http/trace/index.html, https://docs.rs/url/latest/url/struct.Url.html

function rustLog(rng) {
  const T = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const ev = (t, level, target, msg) => `${T(t)} ${level.padStart(5)} ${target}: ${msg}`;
  const span = (e) => `request{method=${e.method} uri=${target(e)} version=HTTP/1.1}`;
  const ok = (e) => ev(e.t, 'INFO', `${span(e)}: tower_http::trace::on_response`, `finished processing request latency=${e.ms} ms status=${e.status}`);
  const fail = (e) => ev(e.t, 'ERROR', `${span(e)}: tower_http::trace::on_failure`, `response failed classification=Status code: ${e.status} ${e.status === 502 ? 'Bad Gateway' : 'Internal Server Error'} latency=${e.ms} ms`);
  const render = (e) => (e.lines ? e.lines : e.status >= 500 ? [ok(e), fail(e)] : [ok(e)]);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/api/stints', query: `limit=${rng.pick([20, 50])}` }),
      () => ({ path: `/api/stints/${rng.uuid()}` }),
      () => ({ method: 'POST', path: '/api/counts', status: 201 }),
      () => ({ path: '/healthz', ms: 0 }),
      () => ({ lines: [ev(t, 'INFO', 'stint::sync', `pulled ${rng.int(0, 90)} counts from the field app in ${rng.int(20, 800)}ms`)] }),
      () => ({ lines: [ev(t, 'DEBUG', 'sqlx::query', `summary="SELECT id, species, … FROM counts …" db.statement="" rows_affected=0 rows_returned=${rng.int(0, 50)} elapsed=${rng.int(1, 20)}.${rng.int(100, 999)}ms`)] }),
    ])();
  const steps = [
    8,
    plant('oauth-code', 'msa-M.C-code-tower-span', 'warning', `${WHY.code} A Microsoft personal-account code (\`M.C5…_BAY.2.U.<uuid>\`) in the \`uri\` field of tower-http's request span.`, ({ rng }) => {
      const code = `M.C5${rng.int(10, 59)}_${rng.pick(['BAY', 'BL2', 'SN1'])}.2.U.${rng.uuid()}`;
      return { value: code, event: { path: '/auth/microsoft/callback', query: `code=${code}&state=${rng.b64url(24)}`, status: 303 } };
    }),
    7,
    plant('negative', 'http-headervalue-sensitive', 'none', "reqwest's `bearer_auth()` marks the header sensitive, so `{:?}` of the request prints `\"authorization\": Sensitive`: no value, no credential.", ({ rng, t }) => ({
      value: '"authorization": Sensitive',
      event: { lines: [ev(t, 'DEBUG', 'stint::ebird', `sending request=Request { method: GET, url: Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("api.ebird.example")), port: None, path: "/v2/data/obs/NO/recent", query: Some("back=${rng.int(1, 14)}"), fragment: None }, headers: {"authorization": Sensitive, "accept": "application/json"} }`)] },
    })),
    7,
    plant('webhook', 'pipedream-endpoint-host', 'error', WHY.webhook("A Pipedream HTTP source (`https://eo<id>.m.pipedream.net/`: the host name is the secret) in reqwest's error"), ({ rng, t }) => {
      const id = `eo${rng.lowerNum(13)}`;
      return { value: `${id}.m.pipedream.net`, event: { lines: [ev(t, 'ERROR', 'stint::notify', `webhook delivery failed error=error sending request for url (https://${id}.m.pipedream.net/): operation timed out attempt=3`)] } };
    }),
    7,
    plant('header-dump', 'reqwest-request-debug-headermap-jwt', 'error', "`{:?}` of a reqwest Request whose Authorization was set by hand (`.header(AUTHORIZATION, format!(\"Bearer {t}\"))`, not marked sensitive): the HeaderMap prints `\"authorization\": \"Bearer <JWT>\"`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 40, alg: 'RS256', kid: rng.b64url(16), claims: { iss: 'https://auth.stint-r.example', sub: 'svc-stint-sync', aud: 'counts-api', scope: 'counts:write' } });
      return { value: token.token, jwt: token.facts, event: { lines: [ev(t, 'DEBUG', 'stint::upstream', `sending request=Request { method: POST, url: Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("counts.partner-r.example")), port: None, path: "/v1/batches", query: None, fragment: None }, headers: {"authorization": "Bearer ${token.token}", "content-type": "application/json"} }`)] } };
    }),
    7,
    plant('replay', 'stream_ticket-two-lines-one-request', 'note', "A single-use `stream_ticket` redeemed once; the request failed upstream (502), so tower-http writes it twice inside the same request span (on_response, then on_failure): one use, no replay (note).", ({ rng }) => {
      const ticket = rng.b64url(32);
      return { value: ticket, event: { path: '/api/live', query: `stream_ticket=${ticket}`, status: 502, ms: rng.int(3000, 9000) } };
    }),
    7,
    plant('framework-dump', 'rust-url-debug-query', 'error', "The app logs `{:?}` of a url::Url: Rust prints its parts, `query: Some(\"…&client_secret=…\")`, the OAuth client's secret", ({ rng, t }) => {
      const secret = rng.b64url(40);
      return { value: secret, event: { lines: [ev(t, 'WARN', 'stint::oauth', `token endpoint rejected url=Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("login.partner-r.example")), port: None, path: "/oauth2/token", query: Some("grant_type=client_credentials&client_id=stint&client_secret=${secret}"), fragment: None } status=401`)] } };
    }),
    7,
    plant('refresh-token', 'refresh-jwt-30d-short-name', 'error', `${WHY.refresh} A 30-day refresh JWT (jti) under the name \`refresh\` in the request span's \`uri\`.`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 2592000, age: rng.int(3600, 900000), jti: true, alg: 'HS512', claims: { sub: rng.uuid(), typ: 'refresh' } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/session/renew', query: `refresh=${token.token}` } };
    }),
    7,
    plant('negative', 'secrecy-secretstring-redacted', 'none', "The secrecy crate's Debug output (`SecretString([REDACTED])`) in a config dump: no value, no credential.", ({ t }) => ({
      value: 'SecretString([REDACTED])',
      needle: 'api_key: SecretString([REDACTED])',
      event: { lines: [ev(t, 'INFO', 'stint', 'config loaded config=Config { listen: 0.0.0.0:8080, database_url: "postgres://stint@db.internal/stint", ebird: EbirdConfig { api_key: SecretString([REDACTED]), region: "NO" } }')] },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'api.stint-r.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ktor-app.log: a Ktor 3 service with logback's pattern from Ktor's project generator (`%d{YYYY-MM-dd HH:mm:ss.SSS}
// [%thread] %-5level %logger{36} - %msg%n`, server time UTC): CallLogging's default lines (`200 OK: GET - /path in
// Nms`, the path without the query), two HttpClients with the Logging plugin: the notifier's at LogLevel.HEADERS in the
// default format (one multi-line message per request and per response, header lines `-> Name: value` without a time,
// Authorization sanitized to `***`), the OIDC client's in `LoggingFormat.OkHttp` (`--> GET url`, `<-- 400 … url (Nms)`).
// https://ktor.io/docs/server-call-logging.html, https://ktor.io/docs/client-logging.html,
// https://api.ktor.io/ktor-http/io.ktor.http/-parameters/index.html

function ktorLog(rng) {
  const T = (t) => `${iso(t).slice(0, 10)} ${iso(t).slice(11, 23)}`;
  const L = (t, thread, level, logger, msg) => `${T(t)} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;
  const worker = () => `eventLoopGroupProxy-4-${rng.int(1, 4)}`;
  const call = (e) => L(e.t, worker(), 'INFO', 'ktor.application', `${e.status} ${e.status === 200 ? 'OK' : e.status === 201 ? 'Created' : e.status === 302 ? 'Found' : e.status === 404 ? 'Not Found' : 'Bad Request'}: ${e.method} - ${e.path} in ${e.ms}ms`);
  const render = (e) => (e.lines ? e.lines : [call(e)]);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/api/v1/flights', query: `from=TOS&date=2026-11-${pad(rng.int(18, 30))}` }),
      () => ({ path: `/api/v1/flights/${rng.int(1000, 9999)}` }),
      () => ({ method: 'POST', path: '/api/v1/bookings', status: 201 }),
      () => ({ path: '/health', ms: 0 }),
      () => ({ lines: [L(t, `DefaultDispatcher-worker-${rng.int(1, 8)}`, 'INFO', 'c.skua.sync.FareSync', `fares refreshed: ${rng.int(10, 400)} routes in ${rng.int(100, 4000)}ms`)] }),
      () => ({ lines: [L(t, `DefaultDispatcher-worker-${rng.int(1, 8)}`, 'DEBUG', 'Exposed', `SELECT bookings.id, bookings.status FROM bookings WHERE bookings.id = ${rng.int(10000, 99999)}`)] }),
    ])();
  const notifier = (t, url, headers) => {
    const th = `DefaultDispatcher-worker-${rng.int(1, 8)}`;
    return [
      L(t, th, 'INFO', 'io.ktor.client.HttpClient', `REQUEST: ${url}`),
      'METHOD: POST',
      'COMMON HEADERS',
      ...headers.map(([k, v]) => `-> ${k}: ${v}`),
      'CONTENT HEADERS',
      '-> Content-Length: 212',
      '-> Content-Type: application/json',
      L(t + rng.int(80, 400), th, 'INFO', 'io.ktor.client.HttpClient', 'RESPONSE: 200 OK'),
      'METHOD: POST',
      `FROM: ${url}`,
      'COMMON HEADERS',
      '-> content-type: application/json; charset=utf-8',
      `-> date: ${new Date(t).toUTCString()}`,
    ];
  };
  const steps = [
    8,
    plant('webhook', 'n8n-webhook-uuid-ktor-client', 'error', WHY.webhook("An n8n production webhook (`/webhook/<uuid>`, no other authentication) logged by Ktor's client Logging: the request's `REQUEST:` line and the response's `FROM:` line (the latter without a time)"), ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { lines: notifier(t, `https://flows.skua-k.example/webhook/${id}`, [['Accept', 'application/json'], ['Accept-Charset', 'UTF-8'], ['User-Agent', 'ktor-client']]) } };
    }),
    7,
    plant('negative', 'ktor-sanitized-authorization', 'none', "Ktor's client Logging with `sanitizeHeader { it == HttpHeaders.Authorization }` prints `-> Authorization: ***`: no credential.", ({ rng, t }) => ({
      value: '-> Authorization: ***',
      event: { lines: notifier(t, `https://api.partner-k.example/v2/bookings/${rng.int(10000, 99999)}/notify`, [['Accept', 'application/json'], ['Authorization', '***'], ['User-Agent', 'ktor-client']]) },
    })),
    7,
    plant('header-dump', 'ktor-client-private-token-header', 'error', "Ktor's client Logging sanitizes only Authorization: `-> Private-Token: glpat-…` (a GitLab personal access token) on a header line of its own, without a time", ({ rng, t }) => {
      const token = `glpat-${rng.b64url(20)}`;
      return { value: token, event: { lines: notifier(t, `https://gitlab.skua-k.example/api/v4/projects/${rng.int(10, 99)}/issues`, [['Accept', 'application/json'], ['Private-Token', token], ['User-Agent', 'ktor-client']]) } };
    }),
    7,
    plant('id-token', 'id_token_hint-expired-okhttp-format', 'note', "The OIDC client logs its end-session call in Ktor's OkHttp format, the URL in both the `-->` and the `<--` line: the `id_token_hint` had expired two hours before (note)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 10800, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://sso.skua-k.example/realms/skua', aud: 'skua-web', sub: rng.uuid(), typ: 'ID', sid: rng.uuid() } });
      const url = `https://sso.skua-k.example/realms/skua/protocol/openid-connect/logout?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fskua-k.example%2F`;
      const th = `DefaultDispatcher-worker-${rng.int(1, 8)}`;
      return { value: token.token, jwt: token.facts, event: { lines: [L(t, th, 'INFO', 'io.ktor.client.HttpClient', `--> GET ${url}`), L(t + 41, th, 'INFO', 'io.ktor.client.HttpClient', `<-- 400 Bad Request ${url} (41ms)`)] } };
    }),
    7,
    plant('implicit-fragment', 'webview-navigation-fragment', 'error', "The app's client-error route logs an Android WebView's failed navigation: `url=https://…/auth/done#access_token=<JWT>&state=…`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 1800, age: 5, claims: { iss: 'https://sso.skua-k.example/realms/skua', sub: rng.uuid(), azp: 'skua-android', scope: 'openid bookings' } });
      return { value: token.token, jwt: token.facts, event: { lines: [L(t, worker(), 'WARN', 'c.skua.routes.ClientErrors', `android webview error code=-2 description=net::ERR_NAME_NOT_RESOLVED url=https://app.skua-k.example/auth/done#access_token=${token.token}&token_type=Bearer&state=${rng.b64url(16)}`)] } };
    }),
    7,
    plant('negative', 'api-key-id-path', 'none', "CallLogging's line for a key revocation (`DELETE - /api/v1/api-keys/<uuid>`): the key's id, not the key; no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'DELETE', path: `/api/v1/api-keys/${id}`, status: 200, t } };
    }),
    7,
    plant('framework-dump', 'ktor-parameters-tostring', 'error', "A route logs `call.request.queryParameters`: Ktor's Parameters print as `Parameters [token=[…], format=[ics]]`, the calendar feed's token", ({ rng, t }) => {
      const token = rng.alnum(40);
      return { value: token, event: { lines: [L(t, worker(), 'WARN', 'c.skua.routes.CalendarFeed', `feed request rejected: Parameters [user=[${rng.int(10000, 99999)}], token=[${token}], format=[ics]]`)] } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'api.skua-k.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// logstash-app.json: a Spring Boot 3.5 service with logstash-logback-encoder's LogstashEncoder (one JSON object per
// event: `@timestamp` with the server's offset, +01:00 in November, `@version`, `message`, `logger_name`,
// `thread_name`, `level`, `level_value`, MDC fields), DispatcherServlet and RestTemplate at DEBUG, and OpenFeign at
// Logger.Level.FULL (each request line, header, body and response line is its own event, tagged `[Client#method]`).
// https://github.com/logfellow/logstash-logback-encoder#standard-fields,
// https://docs.spring.io/spring-cloud-openfeign/reference/spring-cloud-openfeign.html#feign-logging

function logstashLog(rng) {
  const ts = (t) => {
    const d = new Date(t + HOUR);
    return `${iso(d.getTime()).slice(0, 23)}+01:00`;
  };
  const J = (t, rng, logger, level, message, thread = `http-nio-8080-exec-${rng.int(1, 10)}`) =>
    JSON.stringify({ '@timestamp': ts(t), '@version': '1', message, logger_name: logger, thread_name: thread, level, level_value: { TRACE: 5000, DEBUG: 10000, INFO: 20000, WARN: 30000, ERROR: 40000 }[level], traceId: rng.hex(32), spanId: rng.hex(16) });
  const feign = (t, rng, tag, requestLine, headers, status = '200 OK', body) => {
    const th = `http-nio-8080-exec-${rng.int(1, 10)}`;
    const F = (dt, msg) => J(t + dt, rng, 'com.lark.billing.client.' + tag.split('#')[0], 'DEBUG', `[${tag}] ${msg}`, th);
    return [F(0, `---> ${requestLine} HTTP/1.1`), ...headers.map(([k, v]) => F(0, `${k}: ${v}`)), ...(body ? [F(0, ''), F(0, body), F(0, `---> END HTTP (${body.length}-byte body)`)] : [F(0, '---> END HTTP (0-byte body)')]), F(rng.int(40, 300), `<--- HTTP/1.1 ${status} (${rng.int(40, 300)}ms)`), F(301, 'content-type: application/json'), F(301, `<--- END HTTP (${rng.int(40, 900)}-byte body)`)];
  };
  const dispatcher = (e) => [J(e.t, rng, 'org.springframework.web.servlet.DispatcherServlet', 'DEBUG', `${e.method} "${target(e)}", parameters={masked}`), J(e.t + e.ms, rng, 'org.springframework.web.servlet.DispatcherServlet', 'DEBUG', `Completed ${e.status} ${e.status === 200 ? 'OK' : e.status === 201 ? 'CREATED' : 'FOUND'}`)];
  const render = (e) => (e.lines ? e.lines : dispatcher(e));
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: `/api/invoices/${rng.int(100000, 999999)}` }),
      () => ({ path: '/api/invoices', query: `customer=${rng.int(1000, 9999)}&status=open` }),
      () => ({ method: 'POST', path: '/api/invoices', status: 201 }),
      () => ({ lines: [J(t, rng, 'com.lark.billing.job.DunningJob', 'INFO', `dunning run: ${rng.int(0, 30)} reminders queued`, 'scheduling-1')] }),
      () => ({ lines: [J(t, rng, 'org.hibernate.SQL', 'DEBUG', 'select i1_0.id,i1_0.amount,i1_0.status from invoice i1_0 where i1_0.id=?')] }),
    ])();
  const steps = [
    8,
    plant('header-dump', 'feign-full-authorization-line', 'error', "OpenFeign at FULL logs each request header as its own event: `[PaymentsClient#capture] Authorization: Bearer <JWT>`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 300, alg: 'RS256', kid: rng.b64url(20), claims: { iss: 'https://auth.lark-l.example', sub: 'billing-service', aud: 'payments', scope: 'payments:capture' } });
      const body = JSON.stringify({ paymentId: `pay_${rng.alnum(14)}`, amount: rng.int(100, 90000) });
      return { value: token.token, jwt: token.facts, event: { lines: feign(t, rng, 'PaymentsClient#capture', `POST https://payments.lark-l.example/v1/captures`, [['Authorization', `Bearer ${token.token}`], ['Content-Length', String(body.length)], ['Content-Type', 'application/json']], '201 Created', body) } };
    }),
    7,
    plant('negative', 'feign-idempotency-key', 'none', 'An `Idempotency-Key` header (a UUID that deduplicates retries) in a Feign header line: no credential.', ({ rng, t }) => {
      const key = rng.uuid();
      return { value: key, event: { lines: feign(t, rng, 'LedgerClient#post', 'POST https://ledger.lark-l.example/v2/entries', [['Idempotency-Key', key], ['Content-Length', '2'], ['Content-Type', 'application/json']], '201 Created', '{}') } };
    }),
    7,
    plant('api-key-name', 'app_secret-feign-request-line', 'error', `${WHY.apiKey('app_secret')} In the query of the request line Feign logs (\`---> GET …?app_id=…&app_secret=… HTTP/1.1\`).`, ({ rng, t }) => {
      const secret = rng.hex(40);
      return { value: secret, event: { lines: feign(t, rng, 'FxClient#latest', `GET https://api.fx-l.example/v1/latest?base=EUR&app_id=${rng.int(100000, 999999)}&app_secret=${secret}`, []) } };
    }),
    7,
    plant('framework-dump', 'spring-dispatcherservlet-uri-params-masked', 'error', "DispatcherServlet at DEBUG masks the parameters (`parameters={masked}`) but not the request URI it writes before them: `GET \"/api/reports/export?…&access_key=…\"`", ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { path: '/api/reports/export', query: `format=csv&month=2026-10&access_key=${key}` } };
    }),
    7,
    plant('session-id', 'websphere-jsessionid-cloneid', 'error', WHY.session("WebSphere's session id in a rewritten URL (`;jsessionid=0000<23 characters>:<clone id>`), in the Location the legacy portal returned"), ({ rng, t }) => {
      const sid = `0000${rng.b64url(23).replace(/[-_]/g, 'Z')}:${rng.hex(8)}`;
      return { value: sid, event: { lines: [J(t, rng, 'com.lark.billing.portal.LegacyPortalClient', 'WARN', `legacy portal redirected the statement download: 302 Location=https://portal.lark-l.example/wps/myportal/statements;jsessionid=${sid}?doc=${rng.int(10000, 99999)}`)] } };
    }),
    7,
    plant('id-token', 'id_token_hint-resttemplate-debug', 'error', "RestTemplate at DEBUG writes the back-channel logout call it makes, `id_token_hint=<ID token>` in the URL (still valid for 50 minutes)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 600, alg: 'RS256', kid: rng.b64url(20), claims: { iss: 'https://auth.lark-l.example', aud: 'lark-billing-web', sub: rng.uuid(), sid: rng.uuid(), auth_time: sec(t) - 700 } });
      return { value: token.token, jwt: token.facts, event: { lines: [J(t, rng, 'org.springframework.web.client.RestTemplate', 'DEBUG', `HTTP GET https://auth.lark-l.example/oidc/logout?id_token_hint=${token.token}&state=${rng.hex(16)}`)] } };
    }),
    7,
    plant('negative', 'masked-datasource-password', 'none', 'A configuration summary with the password masked (`password=******`): no credential.', ({ rng, t }) => ({
      value: 'password=******',
      event: { lines: [J(t, rng, 'com.lark.billing.config.DataSourceConfig', 'INFO', 'DataSource: url=jdbc:postgresql://db.lark-l.internal:5432/billing user=billing password=****** pool=HikariPool-1', 'main')] },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'billing.lark-l.example', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// otel-logs.jsonl: the OpenTelemetry Collector's file exporter (OTLP/JSON, one ExportLogsServiceRequest per line:
// `resourceLogs[].scopeLogs[].logRecords[]` with `timeUnixNano` as a decimal string, `severityText`, `body`,
// `attributes` as key/AnyValue pairs: stringValue, intValue, arrayValue, bytesValue in base64), from a browser RUM SDK,
// a Python API and a Node worker; semantic-convention attribute names (`url.path`, `url.query`, `url.fragment`,
// `http.request.header.<name>`, `session.id`). https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding,
// https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/fileexporter,
// https://opentelemetry.io/docs/specs/semconv/registry/attributes/url/

function otlpLog(rng) {
  const S = (v) => ({ stringValue: v });
  const attrs = (o) => Object.entries(o).map(([key, value]) => ({ key, value: typeof value === 'object' ? value : typeof value === 'number' ? { intValue: String(value) } : S(value) }));
  const SERVICES = {
    web: { name: 'shearwater-web', lang: 'webjs', scope: '@opentelemetry/sdk-logs', version: '0.206.0' },
    api: { name: 'shearwater-api', lang: 'python', scope: 'shearwater.api', version: '' },
    worker: { name: 'shearwater-worker', lang: 'nodejs', scope: 'shearwater-worker', version: '2.4.1' },
  };
  const O = (t, rng, svc, severity, body, attributes) => {
    const s = SERVICES[svc];
    const ns = `${BigInt(t) * 1000000n + BigInt(rng.int(0, 999999))}`;
    return JSON.stringify({
      resourceLogs: [
        {
          resource: { attributes: attrs({ 'service.name': s.name, 'telemetry.sdk.language': s.lang, 'deployment.environment.name': 'production' }) },
          scopeLogs: [{ scope: { name: s.scope, ...(s.version ? { version: s.version } : {}) }, logRecords: [{ timeUnixNano: ns, observedTimeUnixNano: ns, severityNumber: { DEBUG: 5, INFO: 9, WARN: 13, ERROR: 17 }[severity], severityText: severity, body: S(body), attributes: attrs(attributes), flags: 1, traceId: rng.hex(32), spanId: rng.hex(16) }] }],
          schemaUrl: 'https://opentelemetry.io/schemas/1.37.0',
        },
      ],
    });
  };
  const render = (e) => e.lines;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => O(t, rng, 'api', 'INFO', 'request completed', { 'http.request.method': 'GET', 'url.path': `/api/colonies/${rng.int(10, 999)}`, 'http.response.status_code': 200 }),
        () => O(t, rng, 'api', 'INFO', 'request completed', { 'http.request.method': 'GET', 'url.path': '/api/colonies', 'url.query': `page=${rng.int(1, 9)}&per_page=50`, 'http.response.status_code': 200 }),
        () => O(t, rng, 'web', 'INFO', 'page view', { 'url.path': rng.pick(['/', '/map', '/colonies', '/about']), 'session.id': rng.uuid(), 'browser.language': 'en-GB' }),
        () => O(t, rng, 'worker', 'INFO', `tile batch rendered (${rng.int(10, 400)} tiles)`, { 'job.id': String(rng.int(100000, 999999)) }),
        () => O(t, rng, 'worker', 'WARN', 'retrying upload', { 'retry.attempt': rng.int(1, 3), 'server.address': 'tiles.shearwater-o.example' }),
      ])(),
    ],
  });
  const steps = [
    8,
    plant('implicit-fragment', 'otel-url.fragment-attribute', 'error', "The browser SDK's log record carries the page URL's parts as attributes; `url.fragment` (without the `#`) holds `access_token=<JWT>&token_type=Bearer`", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2, alg: 'RS256', kid: rng.b64url(16), claims: { iss: 'https://id.shearwater-o.example', sub: rng.uuid(), aud: 'shearwater-web', scope: 'colonies:read' } });
      return { value: token.token, jwt: token.facts, event: { lines: [O(t, rng, 'web', 'ERROR', "Uncaught TypeError: Cannot read properties of null (reading 'getContext')", { 'exception.type': 'TypeError', 'url.path': '/map', 'url.fragment': `access_token=${token.token}&token_type=Bearer&expires_in=3600`, 'session.id': rng.uuid() })] } };
    }),
    7,
    plant('negative', 'otel-rum-session.id', 'none', "A RUM `session.id` attribute (a browser analytics session UUID, not a login session): no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { lines: [O(t, rng, 'web', 'INFO', 'session started', { 'session.id': id, 'url.path': '/', 'browser.mobile': { boolValue: true } })] } };
    }),
    7,
    plant('encoded', 'otlp-bytesValue-base64-json', 'error', "An attribute of type bytes, which OTLP/JSON writes in base64: the captured request body `{\"apiKey\":\"…\"}` of a partner call", ({ rng, t }) => {
      const body = b64Of(JSON.stringify({ apiKey: rng.alnum(40), colony: rng.int(10, 999), since: '2026-11-01' }));
      return { value: body, event: { lines: [O(t, rng, 'worker', 'WARN', 'partner sync rejected', { 'http.request.method': 'POST', 'server.address': 'api.seabird-o.example', 'http.response.status_code': 403, 'http.request.body': { bytesValue: body } })] } };
    }),
    7,
    plant('refresh-token', 'keycloak-offline-token-no-exp', 'error', `${WHY.refresh} A Keycloak offline token (\`typ: Offline\`, no \`exp\`: it lives until revoked) logged as a record attribute by the API's refresh job.`, ({ rng, t }) => {
      const token = jwt(rng, t, { age: rng.int(86400, 4000000), jti: true, alg: 'HS512', claims: { iss: 'https://sso.shearwater-o.example/realms/birds', aud: 'https://sso.shearwater-o.example/realms/birds', sub: rng.uuid(), typ: 'Offline', azp: 'shearwater-api', scope: 'openid offline_access' } });
      return { value: token.token, jwt: token.facts, event: { lines: [O(t, rng, 'api', 'WARN', 'token refresh failed: invalid_grant', { 'code.function.name': 'refresh_partner_session', refresh_token: token.token, 'user.id': String(rng.int(1000, 9999)) })] } };
    }),
    7,
    plant('api-key-name', 'otel-url.query-accessKey-two-records', 'error', `${WHY.apiKey('accessKey')} In the \`url.query\` attribute (the query without its \`?\`, so the name opens the value), on the worker's request and response records.`, ({ rng, t }) => {
      const key = rng.alnum(32);
      const a = { 'http.request.method': 'GET', 'server.address': 'api.tides-o.example', 'url.path': '/v2/tides', 'url.query': `accessKey=${key}&station=NO-${rng.int(100, 999)}` };
      return { value: key, event: { lines: [O(t, rng, 'worker', 'DEBUG', 'outbound request', a), O(t + rng.int(80, 600), rng, 'worker', 'DEBUG', 'outbound response', { ...a, 'http.response.status_code': 200 })] } };
    }),
    7,
    plant('header-dump', 'otel-http.request.header.cookie-array', 'error', "The API's instrumentation captures request headers as `http.request.header.cookie` (an array attribute): Django's `sessionid` cookie", ({ rng, t }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { lines: [O(t, rng, 'api', 'INFO', 'request completed', { 'http.request.method': 'GET', 'url.path': '/admin/colonies/', 'http.response.status_code': 200, 'http.request.header.cookie': { arrayValue: { values: [S(`csrftoken=${rng.alnum(32)}; sessionid=${sid}`)] } } })] } };
    }),
    7,
    plant('negative', 'db-statement-placeholder', 'none', 'A database statement with its bind placeholder (`WHERE token_hash = %s`): no value, no credential.', ({ rng, t }) => ({
      value: 'token_hash = %s',
      event: { lines: [O(t, rng, 'api', 'DEBUG', 'slow query', { 'db.system.name': 'postgresql', 'db.query.text': 'SELECT user_id, expires_at FROM api_tokens WHERE token_hash = %s AND revoked = false', 'db.operation.duration_ms': rng.int(200, 900) })] },
    })),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'shearwater-o.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// journal-short-iso.log: `journalctl -o short-iso` (`2026-11-17T17:14:02+00:00 host ident[pid]: message`, systemd 256)
// of a small host: oauth2-proxy 7 in front of internal tools (its request log, `<client> - <request id> - <user>
// [2006/01/02 15:04:05] <host> <method> <upstream> "<uri>" <proto> "<ua>" <status> <size> <duration>`, and its auth
// log), sshd, and two timer jobs (a shell script under `set -x`, wget's progress lines).
// https://www.freedesktop.org/software/systemd/man/latest/journalctl.html#short-iso,
// https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#logging-configuration

function journalLog(rng) {
  const host = 'tools-01';
  const J = (t, ident, pid, msg) => `${iso(t).slice(0, 19)}+00:00 ${host} ${ident}[${pid}]: ${msg}`;
  const opPid = rng.int(600, 900);
  const opTime = (t) => `${iso(t).slice(0, 10).replace(/-/g, '/')} ${iso(t).slice(11, 19)}`;
  const op = (e) => J(e.t, 'oauth2-proxy', opPid, `${e.ip} - ${rng.uuid()} - ${e.user ?? '-'} [${opTime(e.t)}] tools.curlew-j.example ${e.method} ${e.upstream ?? '-'} "${target(e)}" HTTP/1.1 "${e.ua}" ${e.status} ${e.bytes} ${(e.ms / 1000).toFixed(3)}`);
  const render = (e) => (e.lines ? e.lines : [op(e)]);
  const user = () => rng.pick(['ada@curlew-j.example', 'lin@curlew-j.example', 'tomas@curlew-j.example']);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ path: '/grafana/d/nodes', user: user(), upstream: 'http://127.0.0.1:3000/', query: 'orgId=1&refresh=30s' }),
      () => ({ path: '/oauth2/auth', user: user(), status: 202, bytes: 0 }),
      () => ({ path: '/reports/', user: user(), upstream: 'http://127.0.0.1:8081/' }),
      () => ({ path: '/ping', ip: '127.0.0.1', ua: 'curl/8.16.0', bytes: 2 }),
      () => ({ lines: [J(t, 'systemd', 1, rng.pick(['Starting backup.service - Nightly database dump...', 'Finished logrotate.service - Rotate log files.', 'Started session-' + rng.int(10, 99) + '.scope - Session of User deploy.']))] }),
      () => ({ lines: [J(t, 'sshd', rng.int(2000, 9000), `Connection closed by authenticating user root ${publicIp(rng)} port ${rng.int(30000, 65000)} [preauth]`)] }),
      () => ({ lines: [J(t, 'CRON', rng.int(2000, 9000), 'pam_unix(cron:session): session opened for user root(uid=0) by root(uid=0)')] }),
    ])();
  const steps = [
    9,
    plant('oauth-code', 'dex-code-oauth2-proxy-callback', 'warning', `${WHY.code} Dex's code (25 lowercase characters) in oauth2-proxy's callback, whose \`state\` is \`<nonce>:<return path>\`.`, ({ rng }) => {
      const code = rng.lowerNum(25);
      return { value: code, event: { path: '/oauth2/callback', query: `code=${code}&state=${rng.b64url(43)}%3A%2Freports%2F`, status: 302, bytes: 24 } };
    }),
    7,
    plant('negative', 'sshd-key-fingerprint', 'none', "sshd's `Accepted publickey … ED25519 SHA256:<43 base64>`: the fingerprint of a public key, no credential.", ({ rng, t }) => {
      const fp = rng.chars(UPPER + LOWER + DIGITS + '+/', 43);
      return { value: fp, event: { lines: [J(t, 'sshd', rng.int(2000, 9000), `Accepted publickey for deploy from ${publicIp(rng)} port ${rng.int(30000, 65000)} ssh2: ED25519 SHA256:${fp}`)] } };
    }),
    7,
    plant('webhook', 'gitlab-pipeline-trigger-token-set-x', 'error', WHY.webhook('A GitLab pipeline trigger token (`glptt-<40 hex>`) in the curl command a timer script prints under `set -x`: it starts pipelines (with their CI/CD variables and deploy jobs) as its owner'), ({ rng, t }) => {
      const token = `glptt-${rng.hex(40)}`;
      const pid = rng.int(3000, 9000);
      return { value: token, event: { lines: [J(t, 'redeploy.sh', pid, '+ echo \'triggering nightly pipeline\''), J(t, 'redeploy.sh', pid, 'triggering nightly pipeline'), J(t, 'redeploy.sh', pid, `+ curl -fsS -X POST -F token=${token} -F ref=main https://gitlab.curlew-j.example/api/v4/projects/42/trigger/pipeline`)] } };
    }),
    7,
    plant('encoded', 'oauth2-proxy-rd-nested-percent-encoded', 'error', "oauth2-proxy's sign-in start with the return URL in `rd=`, percent-encoded once: `rd=%2Freports%2Fexport%3Fformat%3Dcsv%26api_key%3D<key>` (the reports tool's key)", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { path: '/oauth2/start', query: `rd=%2Freports%2Fexport%3Fformat%3Dcsv%26api_key%3D${key}`, status: 302, bytes: 0 } };
    }),
    7,
    plant('negative', 'oauth2-proxy-session-flags', 'none', "oauth2-proxy's auth log prints the session with flags for the tokens it holds (`token:true id_token:true refresh_token:true`): no values, no credential.", ({ rng, t }) => {
      const u = user();
      return { value: 'refresh_token:true', event: { lines: [J(t, 'oauth2-proxy', opPid, `${publicIp(rng)} - ${rng.uuid()} - ${u} [${opTime(t)}] [AuthSuccess] Authenticated via OAuth2: Session{email:${u} user:${rng.lowerNum(25)} PreferredUsername:${u.split('@')[0]} token:true id_token:true created:${iso(t).slice(0, 19)}Z expires:${iso(t + 3600000).slice(0, 19)}Z refresh_token:true groups:[ops]}`)] } };
    }),
    7,
    plant('webhook', 'vercel-deploy-hook-wget', 'error', WHY.webhook("A Vercel deploy hook (`api.vercel.com/v1/integrations/deploy/<project>/<hook id>`) in the line wget prints for each fetch"), ({ rng, t }) => {
      const id = rng.alnum(10);
      const pid = rng.int(3000, 9000);
      return { value: id, event: { lines: [J(t, 'wget', pid, `--${iso(t).slice(0, 10)} ${iso(t).slice(11, 19)}--  https://api.vercel.com/v1/integrations/deploy/prj_${rng.alnum(28)}/${id}`), J(t, 'wget', pid, 'Resolving api.vercel.com (api.vercel.com)... 198.51.100.93'), J(t + 400, 'wget', pid, 'HTTP request sent, awaiting response... 201 Created')] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'tools.curlew-j.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// grafana-loki-compose.log: `docker compose logs --no-color` of a monitoring stack (each line prefixed `<service>-1  | `):
// Grafana 12 and Loki 3, both in logfmt (Grafana: `logger=… t=<RFC 3339 ns> level=… msg="…"`, router logging on, so
// `msg="Request Completed"` with `path=`, `status=`, `referer=`; Loki: `level=… ts=<RFC 3339 ns> caller=… msg=…`, the
// query frontend writing each LogQL query in `executing query` and again in its `metrics.go` statistics line).
// https://docs.docker.com/reference/cli/docker/compose/logs/, https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#router_logging,
// https://grafana.com/docs/loki/latest/operations/troubleshooting/ (the frontend's `metrics.go` query statistics line),
// https://brandur.org/logfmt

function lokiLog(rng) {
  const G = (t, rng, fields) => `grafana-1  | ${fields.replace('T=', `t=${nanos(t, rng)} `)}`;
  const Lk = (t, rng, fields) => `loki-1     | level=${fields.level} ts=${nanos(t, rng)} caller=${fields.caller} ${fields.rest}`;
  const done = (e, rng) => G(e.t, rng, `logger=context userId=${e.userId ?? 0} orgId=${e.orgId ?? 0} uname=${e.uname ?? ''} T=level=${e.status >= 500 ? 'error' : 'info'} msg="Request Completed" method=${e.method} path=${e.path} status=${e.status} remote_addr=${e.ip} time_ms=${e.ms} duration=${e.ms}.${rng.int(100, 999)}ms size=${e.bytes} referer=${e.referer === '-' ? '' : e.referer} handler=${e.handler ?? e.path} status_source=server`);
  const render = (e, rng) => (e.lines ? e.lines : [done(e, rng)]);
  const qlog = (t, rng, query, extra = '') => {
    const hash = rng.int(100000000, 4294967295);
    const trace = rng.hex(16);
    return [
      Lk(t, rng, { level: 'info', caller: 'roundtrip.go:372', rest: `org_id=fake traceID=${trace} msg="executing query" type=range query=${JSON.stringify(query)} start=${iso(t - HOUR)} end=${iso(t)} start_delta=1h0m0.${digits(rng, 6)}s end_delta=${digits(rng, 3)}.${digits(rng, 3)}µs length=1h0m0s step=14000 query_hash=${hash}${extra}` }),
      Lk(t + rng.int(20, 900), rng, { level: 'info', caller: 'metrics.go:237', rest: `component=frontend org_id=fake traceID=${trace} latency=fast query=${JSON.stringify(query)} query_hash=${hash} query_type=filter range_type=range length=1h0m0s start_delta=1h0m0.${digits(rng, 6)}s end_delta=${digits(rng, 3)}.${digits(rng, 3)}ms step=14s duration=${rng.int(20, 900)}.${digits(rng, 3)}ms status=200 limit=1000 returned_lines=${rng.int(0, 40)} throughput=${rng.int(1, 90)}MB total_bytes=${rng.int(1, 90)}MB total_entries=${rng.int(0, 40)} queue_time=${rng.int(10, 90)}µs subqueries=1` }),
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ lines: [Lk(t, rng, { level: 'info', caller: 'table_manager.go:136', rest: `index-store=tsdb-2026-01-01 msg="uploading tables"` })] }),
      () => ({ lines: [Lk(t, rng, { level: 'info', caller: 'flush.go:302', rest: `component=ingester msg="flushing stream" user=fake fp=${rng.hex(16)} immediate=false num_chunks=1 total_comp="${rng.int(1, 90)} kB" avg_comp="${rng.int(1, 90)} kB" labels="{app=\\"${rng.pick(['api', 'web', 'worker'])}\\", env=\\"prod\\"}"` })] }),
      () => ({ lines: qlog(t, rng, `sum by (status) (rate({app="${rng.pick(['api', 'web'])}"} | json | __error__="" [5m]))`) }),
      () => ({ lines: [G(t, rng, `logger=cleanup T=level=info msg="Completed cleanup jobs" duration=${rng.int(5, 90)}.${digits(rng, 6)}ms`)] }),
      () => ({ path: '/api/dashboards/uid/nodes', userId: 3, orgId: 1, uname: 'ada', ip: '172.20.0.1', handler: '/api/dashboards/uid/:uid', status: 200 }),
      () => ({ path: '/api/ds/query', method: 'POST', userId: 3, orgId: 1, uname: 'ada', ip: '172.20.0.1', status: 200, handler: '/api/ds/query' }),
      () => ({ lines: [G(t, rng, `logger=infra.usagestats T=level=info msg="Usage stats are ready to report"`)] }),
    ])();
  const steps = [
    8,
    plant('negative', 'grafana-admin-password-env-masked', 'none', "Grafana's start-up line for a setting overridden from the environment masks the value (`var=\"GF_SECURITY_ADMIN_PASSWORD=*********\"`): no credential.", ({ rng, t }) => ({
      value: 'GF_SECURITY_ADMIN_PASSWORD=*********',
      event: { lines: [G(t, rng, 'logger=settings T=level=info msg="Config overridden from Environment variable" var="GF_SECURITY_ADMIN_PASSWORD=*********"')] },
    })),
    7,
    plant('encoded', 'logql-filter-escaped-quotes', 'error', "An on-call engineer searched the logs for a leaked GitHub token: Loki writes the LogQL query logfmt-quoted, its inner quotes escaped (`query=\"{app=\\\"api\\\"} |= \\\"ghp_…\\\"\"`), in the `executing query` line and again in the frontend's statistics line", ({ rng, t }) => {
      const token = githubToken('ghp_', rng.alnum(30));
      return { value: token, event: { lines: qlog(t, rng, `{app="api"} |= "${token}"`) } };
    }),
    7,
    plant('path-secret', 'grafana-invite-path', 'error', WHY.pathSecret("A Grafana invitation link (`/invite/<code>`): it lets whoever opens it join the organization with the invited role"), ({ rng }) => {
      const code = rng.alnum(20);
      return { value: code, event: { path: `/invite/${code}`, handler: '/invite/:code', status: 200, referer: '-' } };
    }),
    7,
    plant('negative', 'logql-search-for-word', 'none', 'A LogQL query searching for the literal text `token=` (no value): no credential.', ({ rng, t }) => ({
      value: '|= \\"token=\\"',
      event: { lines: [qlog(t, rng, '{app="gateway"} |= "token=" != "token=[REDACTED]"')[0]] },
    })),
    7,
    plant('embed-jwt', 'referer-embed-dashboard-expired', 'note', "An embedded dashboard's JWT in the Referer of a panel request Grafana logs: expired for a day when the line was written (note)", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 600, age: 90000, claims: { resource: { dashboard: rng.int(10, 90) }, params: { site: 'tromso' } } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/ds/query', method: 'POST', status: 401, userId: 0, orgId: 0, ip: publicIp(rng), handler: '/api/ds/query', referer: `https://portal.curlew-j.example/embed/dashboard/${token.token}` } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'grafana.curlew-j.example' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloudtrail-events.json: AWS CloudTrail management events, one event record per line as CloudTrail delivers them to a
// CloudWatch Logs group and `aws logs filter-log-events` exports them (`eventVersion` 1.11, `userIdentity`,
// `eventTime` in UTC seconds, `requestParameters`, `responseElements`). Some services hide parameters
// (`HIDDEN_DUE_TO_SECURITY_REASONS`, `<sensitiveDataRemoved>`); others log them as sent.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html,
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html

function cloudtrailLog(rng) {
  const account = '418207735160';
  const roles = [
    { role: 'platform-admin', roleId: `AROA${rng.chars(UPPER + DIGITS, 17)}`, session: 'ada@curlew-j.example', ua: 'aws-cli/2.31.2 md/awscrt#0.28.1 ua/2.1 os/linux#6.8 md/arch#x86_64 lang/python#3.13.7 md/pyimpl#CPython m/E,b cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#' },
    { role: 'github-deploy', roleId: `AROA${rng.chars(UPPER + DIGITS, 17)}`, session: `GitHubActions-${rng.int(100000000, 999999999)}`, ua: 'aws-sdk-js/3.920.0 ua/2.1 os/linux#6.11 lang/js md/nodejs#22.20.0 api/ecs#3.920.0 m/E,N' },
  ];
  const C = (t, rng, { source, name, request = null, response = null, who = rng.pick(roles), readOnly = false, ip = publicIp(rng), cmd }) =>
    JSON.stringify({
      eventVersion: '1.11',
      userIdentity: { type: 'AssumedRole', principalId: `${who.roleId}:${who.session}`, arn: `arn:aws:sts::${account}:assumed-role/${who.role}/${who.session}`, accountId: account, accessKeyId: `ASIA${rng.chars(UPPER + DIGITS, 16)}`, sessionContext: { sessionIssuer: { type: 'Role', principalId: who.roleId, arn: `arn:aws:iam::${account}:role/${who.role}`, accountId: account, userName: who.role }, attributes: { creationDate: `${iso(t - rng.int(60000, 3000000)).slice(0, 19)}Z`, mfaAuthenticated: 'false' } } },
      eventTime: `${iso(t).slice(0, 19)}Z`,
      eventSource: `${source}.amazonaws.com`,
      eventName: name,
      awsRegion: 'eu-north-1',
      sourceIPAddress: ip,
      userAgent: cmd ? `${who.ua}${cmd}` : who.ua,
      requestParameters: request,
      responseElements: response,
      requestID: rng.uuid(),
      eventID: rng.uuid(),
      readOnly,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: account,
      eventCategory: 'Management',
      tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${source}.eu-north-1.amazonaws.com` },
    });
  const render = (e) => e.lines;
  const filler = (rng, t) => ({
    lines: [
      rng.pick([
        () => C(t, rng, { source: 'ec2', name: 'DescribeInstances', request: { instancesSet: {}, filterSet: { items: [{ name: 'tag:app', valueSet: { items: [{ value: 'tools' }] } }] } }, readOnly: true, who: roles[0], cmd: 'ec2.describe-instances' }),
        () => C(t, rng, { source: 'sts', name: 'GetCallerIdentity', readOnly: true, who: roles[0], cmd: 'sts.get-caller-identity' }),
        () => C(t, rng, { source: 'ecs', name: 'UpdateService', request: { cluster: 'tools', service: 'reports', forceNewDeployment: true }, response: { service: { serviceName: 'reports', status: 'ACTIVE', desiredCount: 2 } }, who: roles[1] }),
        () => C(t, rng, { source: 'logs', name: 'CreateLogStream', request: { logGroupName: '/ecs/reports', logStreamName: `ecs/reports/${rng.hex(32)}` }, ip: 'ecs-tasks.amazonaws.com' }),
        () => C(t, rng, { source: 's3', name: 'ListBuckets', request: { Host: 's3.eu-north-1.amazonaws.com' }, readOnly: true, who: roles[0], cmd: 's3.ls' }),
      ])(),
    ],
  });
  const steps = [
    7,
    plant('negative', 'ssm-sendcommand-parameters-hidden', 'none', "SSM SendCommand's `parameters` are hidden by CloudTrail (`HIDDEN_DUE_TO_SECURITY_REASONS`): no value, no credential.", ({ rng, t }) => ({
      value: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      event: { lines: [C(t, rng, { source: 'ssm', name: 'SendCommand', who: roles[0], cmd: 'ssm.send-command', request: { documentName: 'AWS-RunShellScript', instanceIds: [`i-0${rng.hex(16)}`], parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS', interactive: false }, response: { command: { commandId: rng.uuid(), documentName: 'AWS-RunShellScript', status: 'Pending', parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS' } } })] },
    })),
    6,
    plant('framework-dump', 'cloudtrail-ecs-task-definition-environment', 'error', "ECS RegisterTaskDefinition logs the container definitions as sent: a plain `environment` entry (`{\"name\":\"PARTNER_API_KEY\",\"value\":\"…\"}`) instead of a `secrets` reference puts the key in every trail", ({ rng, t }) => {
      const key = rng.alnum(40);
      const container = { name: 'reports', image: `${account}.dkr.ecr.eu-north-1.amazonaws.com/reports:2026.11.${rng.int(1, 16)}`, cpu: 256, memory: 512, essential: true, portMappings: [{ containerPort: 8081, protocol: 'tcp' }], environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'PARTNER_API_KEY', value: key }], secrets: [{ name: 'DATABASE_URL', valueFrom: `arn:aws:secretsmanager:eu-north-1:${account}:secret:reports/db-${rng.alnum(6)}` }], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/reports', 'awslogs-region': 'eu-north-1', 'awslogs-stream-prefix': 'ecs' } } };
      return { value: key, event: { lines: [C(t, rng, { source: 'ecs', name: 'RegisterTaskDefinition', who: roles[1], request: { family: 'reports', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', containerDefinitions: [container] }, response: { taskDefinition: { taskDefinitionArn: `arn:aws:ecs:eu-north-1:${account}:task-definition/reports:${rng.int(40, 90)}`, revision: rng.int(40, 90), status: 'ACTIVE' } } })] } };
    }),
    6,
    plant('webhook', 'pagerduty-integration-url-sns-subscribe', 'error', WHY.webhook("A PagerDuty CloudWatch integration URL (`events.pagerduty.com/integration/<32 hex integration key>/enqueue`) subscribed to an SNS topic: CloudTrail logs the endpoint; the key opens incidents on the service"), ({ rng, t }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [C(t, rng, { source: 'sns', name: 'Subscribe', who: roles[0], cmd: 'sns.subscribe', request: { topicArn: `arn:aws:sns:eu-north-1:${account}:tools-alarms`, protocol: 'https', endpoint: `https://events.pagerduty.com/integration/${key}/enqueue`, returnSubscriptionArn: false }, response: { subscriptionArn: 'pending confirmation' } })] } };
    }),
    6,
    plant('negative', 'ec2-userdata-sensitive-removed', 'none', "EC2 RunInstances' `userData` is removed by CloudTrail (`<sensitiveDataRemoved>`): no value, no credential.", ({ rng, t }) => ({
      value: '<sensitiveDataRemoved>',
      event: { lines: [C(t, rng, { source: 'ec2', name: 'RunInstances', who: roles[0], cmd: 'ec2.run-instances', request: { instancesSet: { items: [{ imageId: `ami-0${rng.hex(16)}`, minCount: 1, maxCount: 1 }] }, userData: '<sensitiveDataRemoved>', instanceType: 't4g.small', monitoring: { enabled: false }, disableApiTermination: false }, response: { requestId: rng.uuid(), reservationId: `r-0${rng.hex(16)}`, ownerId: account } })] },
    })),
    6,
    plant('api-key-name', 'npm_token-codebuild-env-override-plaintext', 'error', "CodeBuild StartBuild logs `environmentVariablesOverride` as sent: a `PLAINTEXT` variable `NPM_TOKEN` holds an npm automation token (`npm_…`), which publishes packages until revoked", ({ rng, t }) => {
      const token = `npm_${rng.alnum(36)}`;
      return { value: token, event: { lines: [C(t, rng, { source: 'codebuild', name: 'StartBuild', who: roles[1], request: { projectName: 'tools-cli-release', sourceVersion: `refs/tags/v3.${rng.int(0, 9)}.${rng.int(0, 9)}`, environmentVariablesOverride: [{ name: 'RELEASE_CHANNEL', value: 'latest', type: 'PLAINTEXT' }, { name: 'NPM_TOKEN', value: token, type: 'PLAINTEXT' }] }, response: { build: { id: `tools-cli-release:${rng.uuid()}`, buildStatus: 'IN_PROGRESS', currentPhase: 'QUEUED' } } })] } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'cloudtrail' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------

const rng = new Random('urlleak corpus/logs-in-the-wild heldout4');
writePart(join(here, 'heldout4'), {
  's3-server-access.log': s3Log(rng),
  'gcs-usage.csv': gcsLog(rng),
  'fastly-logs.ndjson': fastlyLog(rng),
  'workers-trace.ndjson': workersLog(rng),
  'fly-logs.ndjson': flyLog(rng),
  'docker-json-file.log': dockerLog(rng),
  'pm2-api-out.log': pm2Log(rng),
  'rust-service.log': rustLog(rng),
  'ktor-app.log': ktorLog(rng),
  'logstash-app.json': logstashLog(rng),
  'otel-logs.jsonl': otlpLog(rng),
  'journal-short-iso.log': journalLog(rng),
  'grafana-loki-compose.log': lokiLog(rng),
  'cloudtrail-events.json': cloudtrailLog(rng),
});
