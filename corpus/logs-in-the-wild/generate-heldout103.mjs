// Writes corpus/logs-in-the-wild/heldout103/: a hundred-and-third held-out part, in formats no other part uses (an
// Overseerr log, captured requests read from the ngrok agent's inspection API, Paddle Billing notifications read from
// its API, Capistrano's `log/capistrano.log` (SSHKit's pretty formatter), a Karate test log, a Trac 1.6 log, a
// Nightwatch run with `--verbose`, a Zyxel USG FLEX firewall's syslog, a Chicago Boss app's lager console log, `skaffold
// dev` output, an app's log of Plivo SMS sends, a DrayTek Vigor router's syslog, a TestCafe run, `tilt logs` of a PHP
// shop), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout103.mjs     rewrites heldout103/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Kelso Picture House, a community cinema of Kelso (Scottish Borders), with its booking site
// (Rails), its film request server for members (Overseerr over Plex), membership payments on Paddle and its API tests
// (English, five logs); Vepsän Kirjpert' ("the Veps book house"), a publisher of Veps books, newspapers and language
// courses in Petroskoi (Petrozavodsk, Karelia), with a Trac for its dictionary project, a shop on Django, a Chicago Boss
// course site and an office behind a Zyxel firewall (Veps in its Latin orthography, five logs); the Cooperativa de la
// Miel Jurdana, a honey co-operative of Caminomorisco (Las Hurdes, Cáceres), with a shop in PHP, SMS to its customers and
// a DrayTek router in its warehouse (Extremaduran, four logs). Standard names (OAuth's, vendors') stay as their
// specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** The Borders in January (GMT, UTC+0), Karelia (MSK, UTC+3 all year), Extremadura in January (CET, UTC+1). */
const GMT = 0;
const MSK = 180;
const CET = 60;
const DAY_EN = Date.UTC(2027, 0, 12, 0, 0, 0);
const DAY_VE = Date.UTC(2027, 0, 19, 0, 0, 0);
const DAY_EX = Date.UTC(2027, 0, 26, 0, 0, 0);

/** `+0300`. */
const zone4 = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** syslog's `Jan 19 12:14:02` at `offset` minutes from UTC. */
const syslogTime = (t, offset) => {
  const d = new Date(t + offset * 60000);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`;
};
/** Paddle's ULID-like ids: `txn_01h…` (26 characters of Crockford's base32, small letters). */
const ulid = (rng) => `01${rng.chars('0123456789abcdefghjkmnpqrstvwxyz', 24)}`;
/** Google's authorization codes (`4/0A…`). */
const googleCode = (rng) => `4/0A${rng.b64url(69)}`;
/** Slack incoming webhook path. */
const slackPath = (rng) => `T${upperNum(rng, 9)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;

// =====================================================================================================================
// Kelso Picture House (English; Kelso, Scottish Borders: GMT, UTC+0 in January)
// =====================================================================================================================

const KP = 'kelsopicturehouse.example';
const FILMS = ['The Lighthouse Keeper', 'Borderlands', 'A Winter in Jedburgh', 'The Last Reel', 'Tweed', 'Salt and Wool'];

// ---------------------------------------------------------------------------------------------------------------------
// overseerr.log: Overseerr 1.33's winston file log, where members request films that the cinema's Plex server then
// shows in the Friday club: `<ISO 8601 UTC> [<level>][<label>]: <message>` and, when there is one, the metadata object
// as JSON after a space. From memory (not fetched): the layout as Overseerr's `logger.ts` formats it, the labels (`Plex
// Scan`, `Jobs`, `Notifications`, `Radarr`, `Discord`), and the error objects the services attach.

function overseerrLog(rng) {
  const PLEX = 'http://10.0.3.20:32400';
  const render = (e) =>
    e.ov.map(([level, label, msg, meta], i) => `${iso(e.t + i * 7)} [${level}][${label}]: ${msg}${meta ? ` ${JSON.stringify(meta)}` : ''}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ov: [['debug', 'Jobs', 'Starting scheduled job: Plex Recently Added Scan']] }),
      () => ({
        ov: [
          ['info', 'Plex Scan', 'Beginning to process recently added for library: Films', { lastScan: 1768200000000 + rng.int(0, 9e6) }],
        ],
      }),
      () => ({ ov: [['debug', 'Plex Scan', `Title already exists and no new media detected: ${rng.pick(FILMS)}`]] }),
      () => ({
        ov: [['info', 'Notifications', 'Sending notification(s) for MEDIA_PENDING', { subject: `${rng.pick(FILMS)} (2026)` }]],
      }),
      () => ({
        ov: [['info', 'Media Request', `Request for ${rng.pick(FILMS)} approved by programmer`, { requestId: rng.int(200, 480) }]],
      }),
    ])();
  const steps = [
    {
      raw: {
        ov: [
          ['info', 'Server', 'Starting Overseerr version 1.33.2'],
          ['info', 'Notifications', 'Registered notification agents'],
          ['info', 'Jobs', 'Scheduled jobs loaded'],
          ['info', 'Server', 'Server ready on port 5055'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'overseerr-plex-machine-identifier',
      'none',
      "The Plex server's `machineIdentifier` (40 hex digits) Overseerr logs when it finds the server: it names the server to Plex's API and the apps, it opens nothing.",
      ({ rng }) => {
        const mid = rng.hex(40);
        return {
          value: mid,
          event: { ov: [['info', 'Plex.tv API', 'Found Plex server', { name: 'kph-media', machineIdentifier: mid, local: true }]] },
        };
      },
      { after: 3 },
    ),
    4,
    plant(
      'api-key-name',
      'overseerr-plex-scan-error-url-x-plex-token',
      'error',
      `${WHY.apiKey('X-Plex-Token')} The recently-added scan cannot reach the Plex server and the error's metadata quotes the request URL with the admin's Plex token in its query; a Plex token is the Plex account's credential.`,
      ({ rng }) => {
        const tok = rng.b64url(20);
        return {
          value: tok,
          event: {
            ov: [
              [
                'error',
                'Plex Scan',
                'Failed to connect to Plex server',
                {
                  errorMessage: 'connect ETIMEDOUT 10.0.3.20:32400',
                  url: `${PLEX}/library/sections/2/recentlyAdded?X-Plex-Token=${tok}&X-Plex-Container-Size=50`,
                },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'overseerr-radarr-axios-config-x-api-key',
      'error',
      "Adding an approved film to Radarr fails with 400, and the error's metadata carries axios' request `config`, headers included: Radarr's `X-Api-Key` (32 hex digits), the key that runs the whole Radarr instance.",
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            ov: [
              [
                'error',
                'Radarr',
                'Failed to add movie to Radarr',
                {
                  errorMessage: 'Request failed with status code 400',
                  movie: rng.pick(FILMS),
                  config: {
                    method: 'post',
                    url: '/movie',
                    baseURL: 'http://10.0.3.21:7878/api/v3',
                    headers: {
                      Accept: 'application/json, text/plain, */*',
                      'Content-Type': 'application/json',
                      'X-Api-Key': key,
                      'User-Agent': 'axios/1.6.7',
                    },
                  },
                },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'overseerr-discord-agent-error-webhook-url',
      'error',
      WHY.webhook(
        "The Discord agent's failed post (429) logs the agent's settings with the error, among them its webhook URL (`discord.com/api/webhooks/<id>/<token>`)",
      ),
      ({ rng }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            ov: [
              [
                'error',
                'Discord',
                'Error sending Discord notification',
                {
                  type: 'MEDIA_AVAILABLE',
                  subject: `${rng.pick(FILMS)} (2026)`,
                  errorMessage: 'Request failed with status code 429',
                  webhookUrl: `https://discord.com/api/webhooks/${id}/${tok}`,
                },
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'overseerr-client-id-uuid',
      'none',
      "Overseerr's own `clientId` (a UUID it sends to Plex as `X-Plex-Client-Identifier`): an installation's name, no credential.",
      ({ rng }) => {
        const cid = rng.uuid();
        return {
          value: cid,
          event: { ov: [['debug', 'Settings', 'Loaded settings', { clientId: cid, applicationTitle: 'Kelso Picture House Requests' }]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'overseerr-tmdb-error-request-api-key',
      'error',
      `${WHY.apiKey('api_key')} TMDB's v3 API takes the key in the query, and a timed-out lookup logs the request with it (32 hex digits).`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            ov: [
              [
                'error',
                'TMDB',
                'Failed to fetch movie details',
                {
                  errorMessage: 'timeout of 20000ms exceeded',
                  request: `GET https://api.themoviedb.org/3/movie/${rng.int(400000, 1200000)}?api_key=${key}&language=en-GB`,
                },
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'overseerr-imageproxy-percent-encoded-plex-token',
      'error',
      "A poster fetched through Overseerr's image proxy fails; the proxied Plex URL sits percent-encoded in the proxy path (`%3FX-Plex-Token%3D…`), and decoded it is the Plex account's token.",
      ({ rng }) => {
        const tok = rng.b64url(20);
        return {
          value: tok,
          needle: `%3FX-Plex-Token%3D${tok}`,
          event: {
            ov: [
              [
                'error',
                'Image Proxy',
                'Failed to proxy image',
                {
                  errorMessage: 'Request failed with status code 404',
                  path: `/imageproxy/plex?url=http%3A%2F%2F10.0.3.20%3A32400%2Flibrary%2Fmetadata%2F${rng.int(3000, 5000)}%2Fthumb%2F${rng.int(1760000000, 1768000000)}%3FX-Plex-Token%3D${tok}`,
                },
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: 'overseerr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ngrok-requests.jsonl: the requests a developer tunnelled to the booking site on a laptop, read back from the ngrok
// agent's local inspection API (`GET http://127.0.0.1:4040/api/requests/http`), one captured request a line: `uri`,
// `id`, `tunnel_name`, `remote_addr`, `start` (UTC), `duration` (ns), `request` (`method`, `proto`, `headers` as Go's
// `http.Header`, `uri`, `raw`: the request as sent, base64) and `response`. From memory: the object's fields as ngrok's
// agent API documentation lists them (not fetched); the `airt_` ids of agent v3.

function ngrokLog(rng) {
  const HOST = 'kph-dev-7a41.ngrok-free.app';
  const render = (e) => [JSON.stringify(e.ng)];
  const cap = (rng, t, { method = 'GET', uri, headers = {}, body = '', status = 200, reason = 'OK', ip, rawOverride }) => {
    const h = {
      Accept: ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
      'Accept-Encoding': ['gzip, deflate, br'],
      'User-Agent': [rng.pick(BROWSERS)],
      'X-Forwarded-For': [ip],
      'X-Forwarded-Host': [HOST],
      'X-Forwarded-Proto': ['https'],
      ...headers,
    };
    const raw = `${method} ${uri} HTTP/1.1\r\nHost: ${HOST}\r\n${Object.entries(h)
      .map(([k, v]) => `${k}: ${v[0]}`)
      .join('\r\n')}\r\n\r\n${body}`;
    const resp = `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/html; charset=utf-8\r\nX-Request-Id: ${rng.uuid()}\r\n\r\n`;
    const id = `airt_${rng.alnum(27)}`;
    return {
      uri: `/api/requests/http/${id}`,
      id,
      tunnel_name: 'command_line',
      remote_addr: ip,
      start: iso(t),
      duration: rng.int(4e6, 380e6),
      request: { method, proto: 'HTTP/1.1', headers: h, uri, raw: rawOverride ?? Buffer.from(raw).toString('base64') },
      response: {
        status: `${status} ${reason}`,
        status_code: status,
        proto: 'HTTP/1.1',
        headers: { 'Content-Type': ['text/html; charset=utf-8'] },
        raw: Buffer.from(resp).toString('base64'),
      },
    };
  };
  const filler = (rng, t) => {
    const uri = rng.pick([
      '/',
      '/whats-on',
      '/whats-on?week=3',
      `/films/${rng.int(100, 400)}`,
      '/membership',
      '/assets/application.css',
      '/about/accessibility',
    ]);
    return { ng: cap(rng, t, { uri, ip: `86.${rng.int(128, 191)}.${rng.int(0, 255)}.${rng.int(1, 254)}` }) };
  };
  const ip = (rng) => `86.${rng.int(128, 191)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const steps = [
    2,
    plant(
      'oauth-code',
      'ngrok-omniauth-google-callback-code',
      'warning',
      `${WHY.code} A Google sign-in tested through the tunnel returns to OmniAuth's callback (\`/users/auth/google_oauth2/callback?state=…&code=4/0A…\`), and the agent keeps the request's URI.`,
      ({ rng, t }) => {
        const code = googleCode(rng);
        return {
          value: code,
          event: {
            ng: cap(rng, t, {
              uri: `/users/auth/google_oauth2/callback?state=${rng.hex(48)}&code=${code}&scope=email+profile+openid+https://www.googleapis.com/auth/userinfo.email&authuser=0&prompt=consent`,
              status: 302,
              reason: 'Found',
              ip: ip(rng),
            }),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'ngrok-request-headers-rails-session-cookie',
      'error',
      WHY.session(
        "The booking site's Rails session cookie (`_kph_session`, an encrypted cookie: data, IV and tag joined by `--`) in the `Cookie` header of a captured request to the admin screens",
      ),
      ({ rng, t }) => {
        const s = `${rng.chars(B64CHARS, 172)}--${rng.chars(B64CHARS, 22)}--${rng.chars(B64CHARS, 22)}`;
        return {
          value: s,
          event: {
            ng: cap(rng, t, { uri: '/admin/screenings', headers: { Cookie: [`_kph_session=${s}%3D%3D; cookie_consent=1`] }, ip: ip(rng) }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ngrok-paddle-signature-h1',
      'none',
      "Paddle's `Paddle-Signature` header (`ts=…;h1=<64 hex>`) on a notification tunnelled to the laptop: an HMAC over this one message's body and time, no credential.",
      ({ rng, t }) => {
        const h1 = rng.hex(64);
        return {
          value: h1,
          event: {
            ng: cap(rng, t, {
              method: 'POST',
              uri: '/webhooks/paddle',
              headers: {
                Accept: ['*/*'],
                'Content-Type': ['application/json'],
                'Paddle-Signature': [`ts=${Math.floor(t / 1000)};h1=${h1}`],
                'User-Agent': ['Paddle'],
              },
              body: '{"event_type":"transaction.completed"}',
              ip: '34.232.58.13',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'path-secret',
      'ngrok-request-uri-e-ticket-print-link',
      'error',
      WHY.pathSecret("An e-ticket's print link (`/tickets/<token>/print`), opened from a test booking's email through the tunnel"),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { ng: cap(rng, t, { uri: `/tickets/${tok}/print`, ip: ip(rng) }) } };
      },
    ),
    2,
    plant(
      'header-dump',
      'ngrok-request-headers-authorization-basic',
      'error',
      "The staff rota sits behind HTTP Basic authentication, and the agent keeps every captured request's headers: `Authorization: Basic <base64 of user:password>` is the staff password.",
      ({ rng, t }) => {
        const b = b64Of(`rota:${rng.alnum(16)}`);
        return { value: b, event: { ng: cap(rng, t, { uri: '/staff/rota', headers: { Authorization: [`Basic ${b}`] }, ip: ip(rng) }) } };
      },
    ),
    1,
    plant(
      'negative',
      'ngrok-if-none-match-etag',
      'none',
      'A weak ETag in `If-None-Match` (`W/"<32 hex>"`, the digest Rails computes over a page): a cache validator, no credential.',
      ({ rng, t }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: {
            ng: cap(rng, t, {
              uri: '/whats-on',
              headers: { 'If-None-Match': [`W/"${etag}"`] },
              status: 304,
              reason: 'Not Modified',
              ip: ip(rng),
            }),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'ngrok-request-raw-base64-member-password',
      'error',
      "A member's sign-in form posted through the tunnel: the decoded headers show nothing, but the agent's `raw` field is the whole request in base64, body included (`member[email]=…&member[password]=…`).",
      ({ rng, t }) => {
        const body = `authenticity_token=${rng.b64url(86)}&member%5Bemail%5D=alison.rutherford%40${KP}&member%5Bpassword%5D=${rng.alnum(14)}&commit=Sign+in`;
        const raw = Buffer.from(
          `POST /members/sign_in HTTP/1.1\r\nHost: ${HOST}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nOrigin: https://${HOST}\r\n\r\n${body}`,
        ).toString('base64');
        return {
          value: raw,
          event: {
            ng: cap(rng, t, {
              method: 'POST',
              uri: '/members/sign_in',
              headers: { 'Content-Type': ['application/x-www-form-urlencoded'], Origin: [`https://${HOST}`] },
              status: 303,
              reason: 'See Other',
              ip: ip(rng),
              rawOverride: raw,
            }),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: HOST }, filler, render, steps });
}

const B64CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// ---------------------------------------------------------------------------------------------------------------------
// paddle-notifications.jsonl: Paddle Billing's notifications to the cinema's endpoint read back from its API (`GET
// /notifications`), one a line: `id` (`ntf_…`), `type`, `status`, `payload` (the event: `event_id`, `event_type`,
// `occurred_at`, `notification_id`, `data`), `occurred_at`, `delivered_at`, `replayed_at`, `origin`,
// `last_attempt_at`, `retry_at`, `times_attempted`, `notification_setting_id`. From memory (not fetched): the fields as
// Paddle's API reference lists them, a transaction's `data` trimmed to the fields shown.

function paddleLog(rng) {
  const render = (e) => [JSON.stringify(e.pd)];
  const setting = `ntfset_${ulid(rng)}`;
  const notif = (rng, t, type, data) => {
    const id = `ntf_${ulid(rng)}`;
    const at = `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
    return {
      id,
      type,
      status: 'delivered',
      payload: { event_id: `evt_${ulid(rng)}`, event_type: type, occurred_at: at, notification_id: id, data },
      occurred_at: at,
      delivered_at: iso(t + rng.int(200, 900)),
      replayed_at: null,
      origin: 'event',
      last_attempt_at: iso(t + rng.int(200, 900)),
      retry_at: null,
      times_attempted: 1,
      notification_setting_id: setting,
    };
  };
  const txn = (rng, t, custom, extra = {}) => ({
    id: `txn_${ulid(rng)}`,
    status: 'completed',
    customer_id: `ctm_${ulid(rng)}`,
    address_id: `add_${ulid(rng)}`,
    custom_data: custom,
    origin: 'web',
    collection_mode: 'automatic',
    currency_code: 'GBP',
    items: [{ price_id: `pri_${ulid(rng)}`, quantity: rng.int(1, 4) }],
    details: { totals: { subtotal: '1400', tax: '0', total: '1400', grand_total: '1400', currency_code: 'GBP' } },
    created_at: iso(t - 60000),
    billed_at: iso(t - 2000),
    ...extra,
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        pd: notif(rng, t, 'transaction.completed', txn(rng, t, { screening: `scr-${rng.int(3000, 3999)}`, seats: rng.int(1, 4) })),
      }),
      () => ({ pd: notif(rng, t, 'transaction.paid', txn(rng, t, { membership: rng.pick(['friend', 'family', 'concession']) })) }),
      () => ({
        pd: notif(rng, t, 'subscription.updated', {
          id: `sub_${ulid(rng)}`,
          status: 'active',
          customer_id: `ctm_${ulid(rng)}`,
          next_billed_at: iso(t + 30 * 24 * HOUR),
          custom_data: { membership: 'friend' },
        }),
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'paddle-custom-data-e-ticket-link',
      'error',
      WHY.pathSecret(
        "The site passes each booking's e-ticket link as the checkout's `custom_data`, and Paddle keeps it in every notification of the transaction (`/tickets/<token>/print`)",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            pd: notif(
              rng,
              t,
              'transaction.completed',
              txn(rng, t, { screening: `scr-${rng.int(3000, 3999)}`, e_ticket: `https://${KP}/tickets/${tok}/print` }),
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'paddle-checkout-url-ptxn',
      'none',
      "A transaction's checkout URL (`/pay?_ptxn=txn_…`): Paddle.js opens the checkout of that transaction id, which pays it and signs nobody in; no credential.",
      ({ rng, t }) => {
        const id = `txn_${ulid(rng)}`;
        return {
          value: id,
          event: {
            pd: notif(rng, t, 'transaction.created', {
              ...txn(rng, t, { membership: 'family' }),
              id,
              status: 'ready',
              checkout: { url: `https://${KP}/pay?_ptxn=${id}` },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'paddle-custom-data-seat-map-embed-jwt',
      'error',
      "The seat map the box office embeds is opened with a signed link (`/embed/seat-map/<JWT>`), and the checkout's `custom_data` carries it back in the notification",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: KP, sub: `booking:${rng.int(80000, 89999)}`, scr: rng.int(3000, 3999), scope: 'seats:hold' },
        });
        return {
          value: token,
          jwt: facts,
          event: { pd: notif(rng, t, 'transaction.completed', txn(rng, t, { seat_map: `https://${KP}/embed/seat-map/${token}` })) },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'paddle-custom-data-session-id',
      'error',
      WHY.session(
        "The checkout's `custom_data` carries the visitor's server-side session id (`session_id`, 32 hex digits of the booking site's session store) so the notification can be matched to the basket",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: { pd: notif(rng, t, 'transaction.completed', txn(rng, t, { basket: rng.int(10000, 19999), session_id: sid })) },
        };
      },
    ),
    2,
    plant(
      'negative',
      'paddle-payment-method-id',
      'none',
      "A saved card's `payment_method_id` (`paymtd_…`) in a transaction's payments: Paddle's id of the payment method, usable only through the vendor's API key; no credential.",
      ({ rng, t }) => {
        const pm = `paymtd_${ulid(rng)}`;
        return {
          value: pm,
          event: {
            pd: notif(rng, t, 'transaction.paid', {
              ...txn(rng, t, { membership: 'friend' }),
              payments: [
                {
                  amount: '3000',
                  status: 'captured',
                  payment_method_id: pm,
                  method_details: { type: 'card', card: { type: 'visa', last4: digits(rng, 4) } },
                },
              ],
            }),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'paddle' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// capistrano.log: Capistrano 3's `log/capistrano.log` of one `cap production deploy`, SSHKit's pretty formatter at
// debug level: `<level> [<8 hex>] Running <command> as deploy@<host>`, `DEBUG [<id>] Command: <the full command, with
// the exported default_env>`, the output as `DEBUG [<id>] \t<line>`, `INFO [<id>] Finished in <s> seconds with exit
// status 0 (successful).`, the task headers. From memory (not fetched).

function capistranoLog(rng) {
  const H = `web1.${KP}`;
  const REL = '/var/www/kph/releases/20270112140302';
  const render = (e) => e.cap;
  const run = (rng, cmd, full, out = []) => {
    const id = rng.hex(8);
    return [
      ` INFO [${id}] Running ${cmd} as deploy@${H}`,
      `DEBUG [${id}] Command: ${full ?? cmd}`,
      ...out.map((o) => `DEBUG [${id}] \t${o}`),
      ` INFO [${id}] Finished in ${(rng.int(30, 4200) / 1000).toFixed(3)} seconds with exit status 0 (successful).`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ cap: run(rng, `/usr/bin/env mkdir -p ${REL}/tmp`) }),
      () => ({
        cap: run(
          rng,
          `/usr/bin/env ln -s /var/www/kph/shared/${rng.pick(['log', 'storage', 'tmp/pids', 'public/uploads'])} ${REL}/${rng.pick(['log', 'storage', 'tmp/pids'])}`,
        ),
      }),
      () => ({ cap: run(rng, `/usr/bin/env test -d ${REL}`) }),
    ])();
  const env = (pw) => `RAILS_ENV="production" DATABASE_URL="postgres://kph:${pw}@db1.internal:5432/kph_production"`;
  let pw = '';
  const steps = [
    {
      raw: {
        cap: [
          ' INFO ---------------------------------------------------------------------------',
          ' INFO START 2027-01-12 14:03:02 +0000 cap production deploy',
          ' INFO ---------------------------------------------------------------------------',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'capistrano-git-ls-remote-head-sha',
      'none',
      "`git ls-remote`'s answer (`<40 hex>\\tHEAD`): the commit being deployed, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { cap: run(rng, 'git ls-remote git@github.com:kelsopicturehouse/booking.git HEAD', undefined, [`${sha}\tHEAD`]) },
        };
      },
      { after: 2 },
    ),
    3,
    plant(
      'framework-dump',
      'capistrano-command-exported-default-env-database-url',
      'error',
      "SSHKit's debug `Command:` line writes the whole command, with Capistrano's `default_env` exported in front: the production `DATABASE_URL` and its password. (The `Running` line above it writes the command without the environment.)",
      ({ rng }) => {
        pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            cap: run(
              rng,
              '$HOME/.rbenv/bin/rbenv exec bundle exec rake db:migrate',
              `cd ${REL} && ( export ${env(pw)} ; $HOME/.rbenv/bin/rbenv exec bundle exec rake db:migrate )`,
              ['I, [2027-01-12T14:04:11.212840 #48120]  INFO -- : Migrating to AddRelaxedScreeningsToFilms (20270108121500)'],
            ),
          },
        };
      },
      { after: 20 },
    ),
    plant(
      'negative',
      'capistrano-precompile-asset-digest',
      'none',
      '`assets:precompile` writing a digested asset (`application-<64 hex>.css`): a content hash in a file name, no credential.',
      ({ rng }) => {
        const dg = rng.hex(64);
        return {
          value: dg,
          event: {
            cap: run(
              rng,
              '$HOME/.rbenv/bin/rbenv exec bundle exec rake assets:precompile',
              `cd ${REL} && ( export RAILS_ENV="production" ; $HOME/.rbenv/bin/rbenv exec bundle exec rake assets:precompile )`,
              [`I, [2027-01-12T14:04:40.071150 #48212]  INFO -- : Writing ${REL}/public/assets/application-${dg}.css`],
            ),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'capistrano-rake-output-listings-apikey',
      'error',
      `${WHY.apiKey('apikey')} The deploy's \`listings:import\` task writes its Ruby Logger lines to stdout, and SSHKit keeps the output: the GET of the film listings feed with the cinema's key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            cap: run(
              rng,
              '$HOME/.rbenv/bin/rbenv exec bundle exec rake listings:import',
              `cd ${REL} && ( export RAILS_ENV="production" ; $HOME/.rbenv/bin/rbenv exec bundle exec rake listings:import )`,
              [
                `I, [2027-01-12T14:05:02.430019 #48390]  INFO -- : GET https://feeds.filmlistings.example/v3/cinemas/kelso/showtimes?apikey=${key}&days=14`,
                'I, [2027-01-12T14:05:03.118274 #48390]  INFO -- : Imported 41 showtimes for 9 films',
              ],
            ),
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'capistrano-rake-output-ruby-inspect-google-credentials',
      'error',
      `${WHY.refresh} A check task of the box office's Google Calendar sync prints its credentials object with \`p\` (Ruby's inspect), and the output is in the log: \`@refresh_token="1//0…"\`.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(98)}`;
        return {
          value: rt,
          event: {
            cap: run(
              rng,
              '$HOME/.rbenv/bin/rbenv exec bundle exec rake calendar:check',
              `cd ${REL} && ( export RAILS_ENV="production" ; $HOME/.rbenv/bin/rbenv exec bundle exec rake calendar:check )`,
              [
                `#<Google::Auth::UserRefreshCredentials:0x00007f${rng.hex(10)} @client_id="${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com", @expires_at=nil, @refresh_token="${rt}", @scope=["https://www.googleapis.com/auth/calendar.readonly"], @token_credential_uri=#<Addressable::URI:0x${rng.hex(4)} URI:https://oauth2.googleapis.com/token>>`,
                'calendar ok: 12 events this week',
              ],
            ),
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'capistrano-slack-notify-curl-webhook',
      'error',
      WHY.webhook(
        'The `deploy:notify` task posts to the staff Slack channel with curl; the Slack incoming webhook URL (`hooks.slack.com/services/T…/B…/…`) is written in the `Running` line and again in the `Command:` line',
      ),
      ({ rng }) => {
        const p = slackPath(rng);
        const cmd = `/usr/bin/env curl -fsS -X POST -H 'Content-type: application/json' --data '{"text":"Booking site deployed (release 20270112140302)"}' https://hooks.slack.com/services/${p}`;
        return { value: p, event: { cap: run(rng, cmd, undefined, ['ok']) } };
      },
    ),
    { raw: { cap: [' INFO ---------------------------------------------------------------------------', ' INFO DEPLOY COMPLETE'] } },
  ];
  return buildLog(rng, { start: DAY_EN + 14 * HOUR, site: { host: 'cap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// karate.log: Karate 1.4's `target/karate.log` of the booking API's tests, logback's `HH:mm:ss.SSS [thread] LEVEL
// logger - message`: `request:` then `1 > METHOD url`, the headers as `1 > Name: value`, the body; `response time in
// milliseconds: …` then `1 < status`, headers, body; `[print]` lines. From memory (not fetched).

function karateLog(rng) {
  const API = `https://api.${KP}`;
  const render = (e) => {
    const time = local(e.t, GMT).slice(11, 23);
    return e.ka.flatMap(([lvl, msg]) => (lvl ? [`${time} [main] ${lvl.padEnd(5)} com.intuit.karate - ${msg}`] : [msg]));
  };
  let n = 0;
  const exchange = (rng, { method = 'GET', url, reqHeaders = [], reqBody, status = 200, resHeaders = [], resBody }) => {
    n += 1;
    return [
      ['DEBUG', 'request:'],
      [null, `${n} > ${method} ${url}`],
      ...reqHeaders.map((h) => [null, `${n} > ${h}`]),
      [null, `${n} > Host: api.${KP}`],
      [null, `${n} > Connection: Keep-Alive`],
      [null, `${n} > User-Agent: Apache-HttpClient/4.5.14 (Java/17.0.13)`],
      [null, `${n} > Accept-Encoding: gzip,deflate`],
      ...(reqBody ? [[null, reqBody]] : []),
      [null, ''],
      ['DEBUG', `response time in milliseconds: ${rng.int(18, 420)}`],
      [null, `${n} < ${status}`],
      [null, `${n} < Content-Type: application/json; charset=utf-8`],
      ...resHeaders.map((h) => [null, `${n} < ${h}`]),
      ...(resBody ? [[null, resBody]] : []),
      [null, ''],
    ];
  };
  const filler = (rng) => ({
    ka: exchange(rng, {
      url: `${API}/v1/screenings?week=2027-0${rng.int(2, 4)}`,
      reqHeaders: ['Accept: application/json'],
      resBody: `{"screenings":[{"id":${rng.int(3000, 3999)},"film":"${rng.pick(FILMS)}","starts":"2027-02-0${rng.int(1, 9)}T19:30:00Z","seats_left":${rng.int(0, 120)}}]}`,
    }),
  });
  const steps = [
    { raw: { ka: [['INFO', 'karate.env system property was: staging']] }, after: 0 },
    plant(
      'framework-dump',
      'karate-print-config-staff-password',
      'error',
      "A feature's `* print config` writes the object `karate-config.js` returned, with the staff account's password used to sign in to the staging box office.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: { ka: [['INFO', `[print] {"baseUrl":"${API}","staffUser":"boxoffice@${KP}","staffPassword":"${pw}","timeout":10000}`]] },
        };
      },
    ),
    plant(
      'id-token',
      'karate-request-body-google-id-token',
      'error',
      'The sign-in test posts a Google ID token for the test member to `/v1/auth/google`, and Karate writes the request body; it lives an hour and was live when the test ran',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(20, 300),
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email: `test.member@${KP}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ka: exchange(rng, {
              method: 'POST',
              url: `${API}/v1/auth/google`,
              reqHeaders: ['Content-Type: application/json; charset=UTF-8', 'Content-Length: 1042'],
              reqBody: `{"provider":"google","id_token":"${token}"}`,
              status: 201,
              resBody: `{"member":${rng.int(1000, 4999)},"created":false}`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'karate-response-body-refresh-token',
      'error',
      `${WHY.refresh} The staff sign-in's response body, as Karate writes it, holds the API's \`refresh_token\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ka: exchange(rng, {
              method: 'POST',
              url: `${API}/v1/staff/token`,
              reqHeaders: ['Content-Type: application/json; charset=UTF-8'],
              reqBody: '{"grant_type":"password","username":"boxoffice@kelsopicturehouse.example","password":"#(staffPassword)"}',
              resBody: `{"access_token":"${rng.alnum(40)}","token_type":"Bearer","expires_in":900,"refresh_token":"${rt}"}`,
            }),
          },
        };
      },
    ),
    plant(
      'header-dump',
      'karate-request-header-authorization-bearer',
      'error',
      "Karate writes every request header, `Authorization: Bearer …` included: the staff API's access token (40 characters, 15 minutes).",
      ({ rng }) => {
        const at = rng.alnum(40);
        return {
          value: at,
          event: {
            ka: exchange(rng, {
              url: `${API}/v1/staff/rota?week=2027-03`,
              reqHeaders: [`Authorization: Bearer ${at}`, 'Accept: application/json'],
              resBody: '{"shifts":[]}',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'karate-response-booking-reference',
      'none',
      'A booking reference (`KPH-…`) in a response body: what a customer reads out at the box office, no credential.',
      ({ rng }) => {
        const ref = `KPH-${upperNum(rng, 8)}`;
        return {
          value: ref,
          event: {
            ka: exchange(rng, {
              method: 'POST',
              url: `${API}/v1/bookings`,
              reqHeaders: ['Content-Type: application/json; charset=UTF-8'],
              reqBody: `{"screening":${rng.int(3000, 3999)},"seats":["F7","F8"]}`,
              status: 201,
              resBody: `{"booking":"${ref}","status":"held"}`,
            }),
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'karate-request-url-partner-key',
      'error',
      `${WHY.apiKey('partner_key')} The partners' listings endpoint takes the key in the query, and Karate's request line shows it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ka: exchange(rng, {
              url: `${API}/v1/partners/listings?week=2027-03&partner_key=${key}`,
              reqHeaders: ['Accept: application/json'],
              resBody: '{"films":9}',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'implicit-fragment',
      'karate-response-location-access-token-fragment',
      'error',
      'The legacy staff sign-in answers with a 302 whose `Location` returns the access token in the fragment (`#access_token=…`), and Karate writes the response headers.',
      ({ rng }) => {
        const at = rng.alnum(40);
        return {
          value: at,
          event: {
            ka: exchange(rng, {
              url: `${API}/oauth/authorize?response_type=token&client_id=box-office&redirect_uri=https://staff.${KP}/callback&state=${rng.hex(16)}`,
              status: 302,
              resHeaders: [
                `Location: https://staff.${KP}/callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
              ],
            }),
          },
        };
      },
    ),
    plant(
      'negative',
      'karate-response-x-request-id',
      'none',
      'An `X-Request-Id` response header (a UUID): a correlation id, no credential.',
      ({ rng }) => {
        const rid = rng.uuid();
        return {
          value: rid,
          event: { ka: exchange(rng, { url: `${API}/v1/health`, resHeaders: [`X-Request-Id: ${rid}`], resBody: '{"ok":true}' }) },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'karate' }, filler, render, steps });
}

// =====================================================================================================================
// Vepsän Kirjpert' (Veps; Petroskoi, Karelia: MSK, UTC+3 all year)
// =====================================================================================================================

const VK = 'kirjpert.example';
const KIRJAD = ["Vepsän kel'", 'Kodima 2026', 'Vepsä-venäläine vajehnik', 'Sarnad', 'Kodiman aig', 'Mecan lapsed'];

// ---------------------------------------------------------------------------------------------------------------------
// trac.log: Trac 1.6's file log of the Veps dictionary project (`[logging] log_type = file`, `log_level = DEBUG`):
// `<yyyy-mm-dd hh:mm:ss,mmm> Trac[<module>] <LEVEL>: <message>` in local time (MSK) without zone, `Dispatching
// <RequestWithSession "GET '/path'">` (the path without the query), `Internal Server Error: <RequestWithSession …>,
// referrer '<URL>'` followed by the traceback. From memory (not fetched): the line layout, the request's repr, the
// `Internal Server Error` message; the `jagada` and `kodima` plugins and their Veps messages are the project's own.

function tracLog(rng) {
  const render = (e) =>
    e.tr.flatMap(([mod, lvl, msg], i) => {
      const [first, ...rest] = msg.split('\n');
      return [`${commaMs(e.t + i * 4, MSK)} Trac[${mod}] ${lvl}: ${first}`, ...rest];
    });
  const PAGES = ['WikiStart', 'Vajehnik/Sanad', 'Vajehnik/A', 'Vajehnik/Kirjutamine', 'Sanad/Kodima'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        tr: [
          ['main', 'DEBUG', `Dispatching <RequestWithSession "GET '/wiki/${rng.pick(PAGES)}'">`],
          ['chrome', 'DEBUG', 'Prepare chrome data for request'],
        ],
      }),
      () => ({
        tr: [
          ['main', 'DEBUG', `Dispatching <RequestWithSession "GET '/ticket/${rng.int(100, 800)}'">`],
          ['main', 'DEBUG', `${rng.int(0, 40)} unreachable objects found.`],
        ],
      }),
      () => ({
        tr: [
          ['main', 'DEBUG', `Dispatching <RequestWithSession "POST '/wiki/Vajehnik/${rng.pick(['A', 'B', 'Č', 'D'])}'">`],
          ['api', 'INFO', "Uz' versii kirjutadud (vajehnikan lehtpol')"],
        ],
      }),
    ])();
  const steps = [
    {
      raw: { tr: [['env', 'INFO', '-------------------------------- environment startup [Trac 1.6] --------------------------------']] },
      after: 0,
    },
    3,
    plant(
      'oauth-code',
      'trac-internal-error-referrer-github-oauth-code',
      'warning',
      `${WHY.code} The first page after a GitHub sign-in (TracGitHub's \`/github/oauth?code=…&state=…\`) fails, and Trac's \`Internal Server Error\` line quotes the referrer, the callback URL with GitHub's code (20 hex digits).`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            tr: [
              [
                'main',
                'ERROR',
                `Internal Server Error: <RequestWithSession "GET '/wiki/Vajehnik/Kirjutamine'">, referrer 'https://trac.${VK}/github/oauth?code=${code}&state=${rng.hex(32)}'\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/trac/web/main.py", line 609, in dispatch_request\n    dispatcher.dispatch(req)\nKeyError: 'vajehnik_kel'`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'trac-debug-simplecookie-repr-trac-auth',
      'error',
      WHY.session(
        "A plugin's debug line prints the request's cookies as Python's `SimpleCookie` repr (`<SimpleCookie: trac_auth='…' …>`): `trac_auth` (32 hex digits) is Trac's login cookie",
      ),
      ({ rng }) => {
        const auth = rng.hex(32);
        return {
          value: auth,
          event: {
            tr: [
              [
                'jagada',
                'DEBUG',
                `incookie: <SimpleCookie: trac_auth='${auth}' trac_form_token='${rng.hex(24)}' trac_session='${rng.hex(24)}'>`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'trac-git-fs-cached-rev-sha',
      'none',
      "Trac's git connector comparing the repository's head with its cache (`repos rev [<40 hex>] != cached rev [...]`): commit ids, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { tr: [['git_fs', 'INFO', `repos rev [${sha}] != cached rev [${rng.hex(40)}]`]] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'trac-plugin-info-jagada-share-link',
      'error',
      WHY.pathSecret(
        'The project\'s sharing plugin logs each link it makes (`Jagada-link tehtud`, "share link made"): `/jagada/<token>/` opens a draft of the dictionary without signing in',
      ),
      ({ rng }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          event: {
            tr: [['jagada', 'INFO', `Jagada-link tehtud: https://trac.${VK}/jagada/${tok}/Vajehnik-2027.pdf (kävutai anna.ivanova)`]],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'trac-requests-http-error-for-url-api-avadim',
      'error',
      `${WHY.apiKey('api_avadim')} The newspaper plugin's fetch is refused (403): its Veps warning and the traceback's last line both quote requests' \`… for url: …\` with \`api_avadim\` ("the API's key").`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://api.kodima.example/v1/uudised?kel=vep&api_avadim=${key}`;
        return {
          value: key,
          event: {
            tr: [
              ['kodima', 'WARNING', `Ei sa uudižid: 403 Client Error: Forbidden for url: ${url}`],
              [
                'main',
                'ERROR',
                `Internal Server Error: <RequestWithSession "GET '/kodima'">, referrer 'https://trac.${VK}/wiki/WikiStart'\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/trac/web/main.py", line 609, in dispatch_request\n    dispatcher.dispatch(req)\n  File "/srv/trac/plugins/kodima.py", line 48, in process_request\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: ${url}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'trac-notification-message-id',
      'none',
      "The Message-ID of a ticket notification (`<NNN.<32 hex>@…>`): an email's identifier, no credential.",
      ({ rng }) => {
        const mid = rng.hex(32);
        return {
          value: mid,
          event: {
            tr: [
              [
                'notification',
                'INFO',
                `Sending notification to ['anna.ivanova@${VK}'] (Message-ID: <0${rng.int(60, 99)}.${mid}@trac.${VK}>)`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 8 * HOUR, site: { host: 'trac' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nightwatch-lavk.log: a Nightwatch 3 run of the shop's end-to-end tests with `--verbose`, stdout as CI keeps it: the
// `Running …` headers, ` INFO Request: <METHOD> <path>` with ` - data:` and ` - headers:` lines, ` INFO Response <status>
// <METHOD> <path> (<ms>ms) <value as util.inspect>`, the `✔`/`✖` lines. No time on the lines. From memory (not
// fetched): the verbose lines' layout; the WebDriver paths are W3C WebDriver's.

function nightwatchLog(rng) {
  const SID = rng.hex(32);
  const render = (e) => e.nw;
  const call = (rng, method, cmd, data, value) => {
    const path = `/session/${SID}/${cmd}`;
    return [
      ` INFO Request: ${method} ${path}`,
      ...(data
        ? [
            ` - data:  ${JSON.stringify(data)}`,
            ` - headers:  {"Content-Type":"application/json; charset=utf-8","Content-Length":${JSON.stringify(data).length}}`,
          ]
        : []),
      ` INFO Response 200 ${method} ${path} (${rng.int(3, 1400)}ms) ${value}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        nw: call(
          rng,
          'POST',
          'element',
          { using: 'css selector', value: rng.pick(['#kirjad', '.korg', 'button[type=submit]', '#maks']) },
          `{ value: { 'element-6066-11e4-a52e-4f735466cecf': 'f.${rng.hex(32).toUpperCase()}.d.${rng.hex(32).toUpperCase()}.e.${rng.int(2, 60)}' } }`,
        ),
      }),
      () => ({
        nw: [
          ...call(rng, 'GET', 'title', null, `{ value: "Vepsän Kirjpert' — ${rng.pick(KIRJAD)}" }`),
          `  ✔ Lehtpolen nimi om "${rng.pick(KIRJAD)}" (${rng.int(4, 90)}ms)`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        nw: [
          '',
          '[Lavk] Test Suite',
          '──────────────────────────────────────────────────────────────────',
          `ℹ Connected to ChromeDriver on port 9515 (${rng.int(700, 1400)}ms).`,
          '  Using: chrome (132.0.6834.110) on LINUX.',
          '',
          '  Running Kävutai tuleb sisäl:',
          '──────────────────────────────────────────────────────────────────',
        ],
      },
      after: 0,
    },
    plant(
      'session-id',
      'nightwatch-set-cookie-data-sessii',
      'error',
      WHY.session(
        "The test signs in by setting the shop's session cookie (`sessii`, \"session\") through WebDriver, and `--verbose` writes the command's data with the cookie's value",
      ),
      ({ rng }) => {
        const s = rng.b64url(43);
        return {
          value: s,
          event: {
            nw: call(
              rng,
              'POST',
              'cookie',
              { cookie: { name: 'sessii', value: s, path: '/', httpOnly: true, secure: true } },
              '{ value: null }',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'nightwatch-get-url-response-yandex-access-token-fragment',
      'error',
      "After the Yandex ID sign-in the test reads the browser's address, and the response, as Nightwatch writes it, is the return page with the implicit flow's `#access_token=y0_…`.",
      ({ rng }) => {
        const at = `y0_${rng.b64url(55)}`;
        return {
          value: at,
          event: {
            nw: call(
              rng,
              'GET',
              'url',
              null,
              `{ value: 'https://${VK}/sisal/yandex#access_token=${at}&token_type=bearer&expires_in=31536000&cid=${rng.lowerNum(26)}' }`,
            ),
          },
        };
      },
    ),
    plant(
      'negative',
      'nightwatch-execute-script-csp-nonce',
      'none',
      "The test checks that the page's scripts carry a Content-Security-Policy nonce, and the script's result is that nonce (base64 of 16 random bytes): valid for one response, no credential.",
      ({ rng }) => {
        const nonce = rng.bytes(16).toString('base64');
        return {
          value: nonce,
          event: {
            nw: call(
              rng,
              'POST',
              'execute/sync',
              { script: "return document.querySelector('script[nonce]').nonce", args: [] },
              `{ value: '${nonce}' }`,
            ),
          },
        };
      },
    ),
    2,
    { raw: { nw: ['', '  Running Kirjan ozutamine:', '──────────────────────────────────────────────────────────────────'] } },
    plant(
      'embed-jwt',
      'nightwatch-navigate-url-data-ozutada-jwt',
      'error',
      'The test opens a book\'s preview that partner sites embed (`/ozutada/kirj/<JWT>`, "to show"), and the `url` command\'s data holds it; the JWT lives 30 days with a `jti`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: VK, kirj: rng.int(100, 199), partner: 'kodima' },
        });
        return {
          value: token,
          jwt: facts,
          event: { nw: call(rng, 'POST', 'url', { url: `https://${VK}/ozutada/kirj/${token}` }, '{ value: null }') },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'nightwatch-navigate-url-data-avadim',
      'error',
      `${WHY.apiKey('avadim')} The stock test opens the shop's export with the key in the query (\`avadim\`, "key"), and the \`url\` command's data holds it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { nw: call(rng, 'POST', 'url', { url: `https://${VK}/admin/varastod.csv?avadim=${key}` }, '{ value: null }') },
        };
      },
    ),
    1,
    plant(
      'id-token',
      'nightwatch-execute-script-local-storage-id-token',
      'warning',
      "The test reads the shop's saved sign-in from `localStorage`, and the script's result holds the `id_token`: five minutes, no `jti`, live when read",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: rng.int(5, 60),
          claims: { iss: `https://id.${VK}`, aud: 'lavk', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            nw: call(
              rng,
              'POST',
              'execute/sync',
              { script: "return localStorage.getItem('sisal')", args: [] },
              `{ value: '{"id_token":"${token}","kävutai":"testkävutai"}' }`,
            ),
          },
        };
      },
    ),
    plant(
      'negative',
      'nightwatch-find-element-reference',
      'none',
      "A WebDriver element reference (`f.<hex>.d.<hex>.e.<n>`, ChromeDriver's id of a node in this session): names a DOM node, no credential.",
      ({ rng }) => {
        const ref = `f.${rng.hex(32).toUpperCase()}.d.${rng.hex(32).toUpperCase()}.e.${rng.int(61, 99)}`;
        return {
          value: ref,
          event: {
            nw: call(
              rng,
              'POST',
              'element',
              { using: 'css selector', value: '#korg-maks' },
              `{ value: { 'element-6066-11e4-a52e-4f735466cecf': '${ref}' } }`,
            ),
          },
        };
      },
    ),
    { raw: { nw: ['', '  ✖ Kävutai tuleb sisäl (1 petuz)', '', ' OK. 14 assertions passed, 1 failed. (18.412s)'] } },
  ];
  return buildLog(rng, { start: DAY_VE + 10 * HOUR, site: { host: 'nightwatch' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zyxel-usgflex.log: the office's Zyxel USG FLEX 200 sending syslog to the office server (rsyslog prepends its
// timestamp and the device's name): key="value" pairs, `src`, `dst`, `msg` (for the content filter: the URL as the
// device saw it with SSL inspection, its category and rule), `note`, `user`, `devID`, `cat`. Local time (MSK) without
// zone. From memory (not fetched).

function zyxelLog(rng) {
  const DEV = rng.hex(12);
  const render = (e) => [
    `${syslogTime(e.t, MSK)} usgflex200 src="${e.src}" dst="${e.dst}" msg="${e.msg}" note="${e.note ?? 'WEB FORWARD'}" user="unknown" devID="${DEV}" cat="${e.cat ?? 'Content Filter'}"`,
  ];
  const lan = (rng) => `192.168.10.${rng.int(20, 80)}:${rng.int(49152, 65535)}`;
  const wan = (rng) => `${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 254)}:443`;
  const cf = (rng, url, cat = 'Business', rule = 'Kontor_CF') => ({
    src: lan(rng),
    dst: wan(rng),
    msg: `${url}: ${cat}, Rule_name: ${rule}, SSI:N`,
  });
  const filler = (rng) =>
    rng.pick([
      () => cf(rng, `${VK}/kirjad/${rng.int(100, 199)}`),
      () => cf(rng, `vep.wikipedia.org/wiki/${rng.pick(['Vepsläižed', 'Petroskoi', 'Šoutjärv', 'Kodima'])}`, 'Reference'),
      () => ({
        src: lan(rng),
        dst: wan(rng),
        msg: 'priority:2, from LAN1 to WAN1, service https, ACCEPT',
        cat: 'Security Policy Control',
        note: 'ACCESS FORWARD',
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'zyxel-content-filter-nextcloud-share-download',
      'error',
      WHY.pathSecret(
        'A Nextcloud public share\'s download (`/index.php/s/<15 characters>/download`) on the publisher\'s cloud (`pilv`, "cloud"), as the content filter logs the URL',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return { value: tok, event: cf(rng, `pilv.${VK}/index.php/s/${tok}/download`, 'Business') };
      },
    ),
    2,
    plant(
      'negative',
      'zyxel-content-filter-yclid',
      'none',
      "A Yandex Direct click id (`yclid`, 20 digits) in an ad's landing URL: it counts a click, no credential.",
      ({ rng }) => {
        const y = digits(rng, 20);
        return { value: y, event: cf(rng, `kniga-vepsa.example/akcii?utm_source=yandex&yclid=${y}`, 'Shopping') };
      },
    ),
    2,
    plant(
      'oauth-code',
      'zyxel-content-filter-google-callback-code',
      'warning',
      `${WHY.code} The shop's Google sign-in returns to \`/sisal/google?state=…&code=4/0A…\` ("sign in"), and the content filter, inspecting TLS, logs the URL.`,
      ({ rng }) => {
        const code = googleCode(rng);
        return {
          value: code,
          event: cf(rng, `${VK}/sisal/google?state=${rng.hex(32)}&code=${code}&scope=email%20openid&authuser=0&prompt=none`),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'zyxel-content-filter-rss-avadim',
      'error',
      `${WHY.apiKey('avadim')} The office's feed reader polls the shop's private feed with the key in the query (\`avadim\`, "key").`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: cf(rng, `${VK}/rss/zakazad?avadim=${key}`) };
      },
    ),
    2,
    plant(
      'encoded',
      'zyxel-content-filter-percent-encoded-tagaze-avadim',
      'error',
      'A sign-in page\'s return address (`tagaze`, "back") carries, percent-encoded, the export URL with its key (`%3Favadim%3D…`); decoded it is the shop\'s key.',
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, needle: `%3Favadim%3D${key}`, event: cf(rng, `${VK}/sisal?tagaze=%2Fadmin%2Fvarastod.csv%3Favadim%3D${key}`) };
      },
    ),
    2,
    plant(
      'negative',
      'zyxel-content-filter-asset-version',
      'none',
      "A script's cache-busting version (`?v=<20 hex>`): a build hash, no credential.",
      ({ rng }) => {
        const v = rng.hex(20);
        return { value: v, event: cf(rng, `${VK}/static/lavk.js?v=${v}`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 9 * HOUR, site: { host: 'zyxel' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// console.log: the course site's Chicago Boss 0.8 (Erlang) app logging through lager to `log/console.log`:
// `<yyyy-mm-dd hh:mm:ss.mmm> [<level>] <pid>@<module>:<function>:<line> <message>` in local time (MSK) without zone,
// terms printed with `~p`. From memory (not fetched): lager's default file format; Chicago Boss's request line (`GET
// /path [app] 200 4ms`) in its style.

function chicagoBossLog(rng) {
  const render = (e) =>
    e.cb.map(
      ([lvl, where, msg], i) =>
        `${ymdHmsAt(e.t + i * 3, MSK)}.${local(e.t + i * 3, MSK).slice(20, 23)} [${lvl}] <0.${rng.int(300, 2900)}.0>@${where} ${msg}`,
    );
  const req = (rng, path, st = 200) => ['info', 'boss_web_controller:handle_request:186', `GET ${path} [kursad] ${st} ${rng.int(1, 40)}ms`];
  const filler = (rng) =>
    rng.pick([
      () => ({ cb: [req(rng, `/kursad/${rng.pick(['alguz', 'grammatik', 'sanad', 'pagin'])}`)] }),
      () => ({ cb: [req(rng, `/urok/${rng.int(1, 40)}`)] }),
      () => ({ cb: [['info', 'kursad_urok_controller:save:61', `Kävutai ${rng.int(1000, 1999)} lopi uroken ${rng.int(1, 40)}`]] }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'chicagoboss-start-config-proplist-db-password',
      'error',
      'At start the app logs its configuration, an Erlang proplist printed with `~p` (`Kursad radab. Konfiguracii:`, "the courses run; configuration"), with `{db_password,"…"}`.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            cb: [
              [
                'info',
                'kursad_app:start:28',
                `Kursad radab. Konfiguracii: [{db_host,"db.${VK}"},{db_port,5432},{db_adapter,pgsql},{db_username,"kursad"},{db_password,"${pw}"},{db_database,"kursad"},{session_adapter,mock}]`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'negative',
      'chicagoboss-params-csrf-token',
      'none',
      'The lesson form\'s parameters printed as an Erlang proplist: `{<<"csrf_token">>,<<"<64 hex>">>}` is a CSRF token, no credential.',
      ({ rng }) => {
        const c = rng.hex(64);
        return {
          value: c,
          event: {
            cb: [
              [
                'debug',
                'kursad_urok_controller:save:44',
                `Params: [{<<"urok">>,<<"${rng.int(1, 40)}">>},{<<"vastused">>,<<"a,c,b">>},{<<"csrf_token">>,<<"${c}">>}]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'chicagoboss-debug-erlang-map-refresh-token',
      'error',
      `${WHY.refresh} The video host's token renewal is logged as the Erlang map it decoded (\`#{<<"refresh_token">> => <<"…">>}\`) under a Veps message (\`Uz' tunduz saadud\`, "new token received").`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            cb: [
              [
                'debug',
                'kursad_video:refresh:77',
                `Uz' tunduz saadud: {ok,#{<<"access_token">> => <<"${rng.b64url(48)}">>,<<"expires_in">> => 3600,<<"refresh_token">> => <<"${rt}">>,<<"token_type">> => <<"bearer">>}}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'chicagoboss-striim-bilet-first',
      'note',
      WHY.ticketFirst(
        'The live lesson\'s stream is opened with a single-use ticket (`bilet`, "ticket") posted by the course page, and the app logs its acceptance with the client\'s address (`Bilet … vastaotud`, "ticket accepted"). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return {
          value: tk,
          event: {
            cb: [
              [
                'info',
                'kursad_striim_controller:index:23',
                `Bilet ${tk} vastaotud, kävutai 1187, IP 95.${rng.int(52, 55)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
              ],
            ],
          },
        };
      },
      { ref: 'bilet' },
    ),
    1,
    plant(
      'replay',
      'chicagoboss-striim-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address opened the stream with the ticket the course page had already used, and the app accepted it again.`,
          },
        ],
        event: {
          cb: [
            [
              'info',
              'kursad_striim_controller:index:23',
              `Bilet ${refs.get('bilet').value} vastaotud, kävutai 1187, IP 198.51.100.${rng.int(2, 254)}`,
            ],
          ],
        },
      }),
      { replayOf: 'bilet', after: 71 },
    ),
    2,
    plant(
      'webhook',
      'chicagoboss-httpc-error-telegram-bot-url',
      'error',
      WHY.webhook(
        'The teachers\' Telegram bot is called with `httpc`; a failed call is logged with its term and the URL, bot token in its path (`api.telegram.org/bot<id>:<secret>/sendMessage`), under `Ei voinu oigeta` ("could not send")',
      ),
      ({ rng }) => {
        const tok = `${rng.int(6000000000, 7999999999)}:AA${rng.b64url(33)}`;
        return {
          value: tok,
          event: {
            cb: [
              [
                'error',
                'kursad_telegram:send:41',
                `Ei voinu oigeta: {error,{failed_connect,[{to_address,{"api.telegram.org",443}},{inet,[inet],etimedout}]}} url="https://api.telegram.org/bot${tok}/sendMessage"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'chicagoboss-js-error-report-page-url-fragment',
      'error',
      'The course pages report browser errors to the app with `location.href`, and the app logs it (`JS-petuz`, "JS error"): the page was the return of the video host\'s implicit sign-in, `#access_token=…` included.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            cb: [
              [
                'warning',
                'kursad_jspetuz_controller:create:19',
                `JS-petuz: "TypeError: Cannot read properties of null (reading 'play')" lehtpol'="https://kursad.${VK}/video/sisal#access_token=${at}&token_type=bearer&expires_in=3600"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'chicagoboss-upload-sha256',
      'none',
      'A homework upload logged with its SHA-256 (64 hex digits): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            cb: [
              [
                'info',
                'kursad_fail_controller:upload:52',
                `Fail vastaotud: kodiradod-${rng.int(1, 40)}.pdf (${rng.int(40, 900)} KiB) sha256=${h}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 11 * HOUR, site: { host: 'boss' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// skaffold-dev.log: `skaffold dev` (Skaffold 2) of the shop's Django app on the developers' cluster, stdout kept by the
// terminal: `Generating tags...`, `Checking cache...`, `Tags used in deployment:`, `Starting deploy...`, `Waiting for
// deployments to stabilize...`, `Press Ctrl+C to exit`, then the containers' output prefixed `[<container>]`: gunicorn's
// and the app's `[<yyyy-mm-dd hh:mm:ss +0300>] [<pid>] [<LEVEL>] <logger>: <message>` (the app's formatter copies
// gunicorn's). From memory (not fetched).

function skaffoldLog(rng) {
  const render = (e) =>
    e.sk.map((l) => (typeof l === 'string' ? l : `[lavk] [${ymdHmsAt(e.t, MSK)} ${zone4(MSK)}] [${l[0]}] [${l[1]}] ${l[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ sk: [['8', 'INFO', `lavk.kirjad: Kirjad ozutadud: ${rng.int(4, 40)}`]] }),
      () => ({ sk: [['9', 'INFO', `django.request: GET /kirjad/${rng.int(100, 199)}/ 200`]] }),
      () => ({ sk: [['8', 'WARNING', `django.request: Not Found: /kirjad/${rng.int(900, 999)}/`]] }),
    ])();
  const steps = [
    plant(
      'negative',
      'skaffold-tags-used-image-digest',
      'none',
      'The image Skaffold deploys, pinned by its digest (`@sha256:<64 hex>`): a content hash, no credential.',
      ({ rng }) => {
        const dg = rng.hex(64);
        return {
          value: dg,
          event: {
            sk: [
              'Generating tags...',
              ' - lavk -> cr.kirjpert.example/lavk:v2.3.0-4-g1a7c3e9',
              'Checking cache...',
              ' - lavk: Not found. Building',
              'Starting build...',
              'Building [lavk]...',
              'Build [lavk] succeeded',
              'Tags used in deployment:',
              ` - lavk -> cr.kirjpert.example/lavk:v2.3.0-4-g1a7c3e9@sha256:${dg}`,
              'Starting deploy...',
              ' - deployment.apps/lavk created',
              ' - service/lavk created',
              'Waiting for deployments to stabilize...',
              ' - deployment/lavk is ready.',
              'Deployments stabilized in 4.12 seconds',
              'Listing files to watch...',
              ' - lavk',
              'Press Ctrl+C to exit',
              'Watching for changes...',
              ['1', 'INFO', 'gunicorn.error: Starting gunicorn 23.0.0'],
              ['1', 'INFO', 'gunicorn.error: Listening at: http://0.0.0.0:8000 (1)'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'framework-dump',
      'skaffold-django-settings-databases-repr',
      'error',
      "A developer's `print` in the settings writes `DATABASES` as Python's dict repr at every worker start: the shop's database password (`'PASSWORD': '…'`).",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            sk: [
              ['8', 'INFO', 'gunicorn.error: Booting worker with pid: 8'],
              `[lavk] DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'lavk', 'USER': 'lavk', 'PASSWORD': '${pw}', 'HOST': 'postgres', 'PORT': '5432'}}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'skaffold-app-debug-headers-dict-drf-token',
      'error',
      "The app's client for the warehouse API logs its request headers as a Python dict (`headers={'Authorization': 'Token …'}`): a Django REST framework token (40 hex digits), which does not expire.",
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            sk: [
              [
                '8',
                'DEBUG',
                `lavk.varastod: GET https://varastod.${VK}/api/kirjad/ headers={'Authorization': 'Token ${tok}', 'Accept': 'application/json', 'User-Agent': 'python-requests/2.32.3'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'skaffold-oidc-callback-querydict-id-token-expired',
      'note',
      "The sign-in callback logs the posted form as Django's `QueryDict` repr (`<QueryDict: {'id_token': ['…'], …}>`); the ID token had expired two hours before the line's time (`+0300`)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 900),
          claims: { iss: `https://id.${VK}`, aud: 'lavk', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            sk: [['9', 'WARNING', `lavk.sisal: Callback ei mäne: <QueryDict: {'id_token': ['${token}'], 'state': ['${rng.b64url(32)}']}>`]],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'skaffold-app-warning-yandex-geocoder-apikey',
      'error',
      `${WHY.apiKey('apikey')} Yandex's geocoder takes its key (a UUID) in the query, and the app's warning for a 403 quotes the URL.`,
      ({ rng }) => {
        const key = rng.uuid();
        return {
          value: key,
          event: {
            sk: [
              [
                '8',
                'WARNING',
                `lavk.kartad: Geokoder vastaz 403: https://geocode-maps.yandex.ru/1.x/?apikey=${key}&geocode=Petroskoi,+Lenin+pr.+${rng.int(1, 40)}&format=json`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'skaffold-app-info-lugeda-ebook-link',
      'error',
      WHY.pathSecret(
        'The link a buyer reads a bought e-book with (`/lugeda/<token>/…epub`, "to read"), logged when the shop sends it (`Lugemižen link oigetud`, "reading link sent")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { sk: [['9', 'INFO', `lavk.kirjad: Lugemižen link oigetud: https://${VK}/lugeda/${tok}/vajehnik-2027.epub`]] },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'skaffold-app-warning-bytes-repr-base64-avadim',
      'error',
      "The app logs a rejected outgoing payload as Python bytes (`b'eyJ…'`): base64 of JSON whose `avadim` (\"key\") is the partner shop's API key.",
      ({ rng }) => {
        const key = rng.alnum(32);
        const b = Buffer.from(JSON.stringify({ lavk: 'kirjpert', avadim: key, kirjad: [rng.int(100, 199)] })).toString('base64');
        return { value: b, event: { sk: [['8', 'WARNING', `lavk.partnerad: Partner ei ottnu: payload=b'${b}'`]] } };
      },
    ),
    plant(
      'negative',
      'skaffold-celery-broker-url-masked',
      'none',
      "Celery's banner writes the broker URL with its password masked (`redis://:**@redis:6379/0`): a mask, no credential.",
      ({ rng }) => ({
        value: 'redis://:**@redis:6379/0',
        event: {
          sk: [
            `[lavk-worker] - ** ---------- .> app:         lavk:0x7f${rng.hex(10)}`,
            '[lavk-worker] - ** ---------- .> transport:   redis://:**@redis:6379/0',
          ],
        },
      }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 13 * HOUR, site: { host: 'skaffold' }, filler, render, steps });
}

// =====================================================================================================================
// Cooperativa de la Miel Jurdana (Extremaduran; Caminomorisco, Las Hurdes: CET, UTC+1 in January)
// =====================================================================================================================

const MJ = 'mieljurdana.example';

// ---------------------------------------------------------------------------------------------------------------------
// plivo-envius.jsonl: the shop's log of its SMS sent through Plivo, one a line: what it sent to `POST
// /v1/Account/{auth_id}/Message/` (`src`, `dst`, `text`, `url`, `method`), Plivo's answer (`api_id`, `message`,
// `message_uuid`) and the Message object read back later (`message_state`, `message_time`, `total_amount`, `units`…).
// From memory (not fetched): the parameter and field names of Plivo's Message API.

function plivoLog(rng) {
  const AUTH = `MA${upperNum(rng, 18)}`;
  const render = (e) => [JSON.stringify(e.pl)];
  const sms = (rng, t, text, url = `https://${MJ}/plivo/estau`) => {
    const uuid = rng.uuid();
    return {
      enviau: { src: '+34927000417', dst: `+346${digits(rng, 8)}`, text, url, method: 'POST' },
      respuesta: { api_id: rng.uuid(), message: 'message(s) queued', message_uuid: [uuid] },
      mensahi: {
        error_code: null,
        message_direction: 'outbound',
        message_state: 'delivered',
        message_time: `${ymdHmsAt(t, 0)}.${digits(rng, 6)}+00:00`,
        message_type: 'sms',
        message_uuid: uuid,
        resource_uri: `/v1/Account/${AUTH}/Message/${uuid}/`,
        total_amount: '0.06780',
        total_rate: '0.06780',
        units: 1,
      },
    };
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ pl: sms(rng, t, `Miel Jurdana: el su pedíu MJ-${rng.int(4000, 4999)} ya está preparau. Grácias pol la compra!`) }),
      () => ({
        pl: sms(
          rng,
          t,
          `Miel Jurdana: mañana pasamos pol ${rng.pick(['Caminomorisco', 'Pinofranqueado', 'Nuñomoral', 'Casar de Palomero'])} con el furgón de la miel.`,
        ),
      }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'plivo-sms-text-order-tracking-link',
      'error',
      WHY.pathSecret(
        'An SMS tells a customer the order is on its way with a follow link (`/pediu/<token>`, "order") that shows the order, address and phone without signing in',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: { pl: sms(rng, t, `Miel Jurdana: el su pedíu ya está mandau. Siga el envíu aquí: https://${MJ}/pediu/${tok}`) },
        };
      },
    ),
    2,
    plant(
      'negative',
      'plivo-sms-text-correos-tracking-number',
      'none',
      'A Correos parcel number (`PK…`, 23 characters) in an SMS: anyone may track a parcel with it, it opens no account; no credential.',
      ({ rng, t }) => {
        const pk = `PK${upperNum(rng, 21)}`;
        return { value: pk, event: { pl: sms(rng, t, `Miel Jurdana: el su paqueti va con Correos, númeru ${pk}.`) } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'plivo-sms-text-invoice-view-jwt',
      'error',
      'An SMS with a link to the invoice (`/ver/factura/<JWT>`, "see invoice"), a JWT valid seven days, logged at the message\'s UTC time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(5, 60),
          claims: { iss: MJ, factura: `F-2027-${rng.int(100, 999)}`, cliente: rng.int(1000, 2999) },
        });
        return { value: token, jwt: facts, event: { pl: sms(rng, t, `Miel Jurdana: la su factura: https://${MJ}/ver/factura/${token}`) } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'plivo-send-status-url-llavi',
      'error',
      `${WHY.apiKey('llavi')} The status callback URL the shop gives Plivo authenticates the callback with a key in its query (\`llavi\`, "key"), and the log keeps the send's parameters.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            pl: sms(rng, t, `Miel Jurdana: recordatoriu: la catá de miel es el sábadu a las 11.`, `https://${MJ}/plivo/estau?llavi=${key}`),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'plivo-message-uuid',
      'none',
      "The `message_uuid` Plivo gives a sent SMS: an id for reading its state through the account's API, no credential.",
      ({ rng, t }) => {
        const e = sms(rng, t, 'Miel Jurdana: el su pedíu está pagau. Grácias!');
        return { value: e.mensahi.message_uuid, needle: `"message_uuid":"${e.mensahi.message_uuid}"`, event: { pl: e } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EX + 9 * HOUR, site: { host: 'plivo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// draytek-vigor.log: the warehouse's DrayTek Vigor 2865 sending syslog to the office NAS (which prepends its timestamp
// and the router's name): `Vigor: [WCF] <action>: src <ip:port> -> dst <ip:port>, url=<host/path?query>, cat=<category>`
// for web content filter lines, `[FW]` lines for the firewall. Local time (CET) without zone. From memory (not
// fetched): the `Vigor:` tag and bracketed facility; the line's fields are an approximation.

function draytekLog(rng) {
  const render = (e) => [`${syslogTime(e.t, CET)} Vigor2865 Vigor: ${e.dv}`];
  const lan = (rng) => `192.168.1.${rng.int(20, 60)}:${rng.int(49152, 65535)}`;
  const wcf = (rng, url, cat = 'Business') => ({
    dv: `[WCF] Pass: src ${lan(rng)} -> dst ${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 254)}:443, url=${url}, cat=${cat}`,
  });
  const filler = (rng) =>
    rng.pick([
      () => wcf(rng, `${MJ}/tienda/${rng.pick(['miel-de-brezu', 'miel-de-castañu', 'polen', 'cera'])}`, 'Shopping'),
      () => ({
        dv: `[FW] Block: TCP ${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 254)}:${rng.int(1024, 65535)} -> 203.0.113.40:${rng.pick([22, 23, 3389, 8080])}`,
      }),
      () => wcf(rng, `sede.juntaex.example/${rng.pick(['tramites', 'ayudas/apicultura', 'registru'])}`, 'Government'),
    ])();
  const steps = [
    2,
    plant(
      'webhook',
      'draytek-wcf-home-assistant-webhook-id',
      'error',
      WHY.webhook(
        "The hive scales post their weight to Home Assistant through a webhook (`/api/webhook/<webhook_id>`), which needs no other authentication; the router's content filter logs the URL",
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return { value: id, event: wcf(rng, `casa.${MJ}/api/webhook/${id}`) };
      },
    ),
    2,
    plant(
      'path-secret',
      'draytek-wcf-compartil-link',
      'error',
      WHY.pathSecret('A shared folder of the co-operative\'s files opened by link (`/compartil/<token>`, "to share")'),
      ({ rng }) => {
        const tok = rng.b64url(22);
        return { value: tok, event: wcf(rng, `archivus.${MJ}/compartil/${tok}/Albaranis-2027`) };
      },
    ),
    2,
    plant(
      'negative',
      'draytek-wcf-fbclid',
      'none',
      "A Facebook click id (`fbclid=IwAR…`) on a link from the co-operative's page: it counts a click, no credential.",
      ({ rng }) => {
        const f = `IwAR${rng.b64url(57)}`;
        return { value: f, event: wcf(rng, `${MJ}/tienda/miel-de-brezu?fbclid=${f}`, 'Shopping') };
      },
    ),
    2,
    plant(
      'session-id',
      'draytek-wcf-path-jsessionid',
      'error',
      WHY.session(
        'The regional aid portal, a Java web app, rewrites its session into the path (`;jsessionid=<32 hex>.nodu2`), and the router logs the URL',
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: wcf(
            rng,
            `ayudas.juntaex.example/portal/solicitud.do;jsessionid=${sid}.nodu2?expediente=${rng.int(10000, 99999)}`,
            'Government',
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'draytek-wcf-api-llavi',
      'error',
      `${WHY.apiKey('llavi')} The warehouse's label printer asks the shop's API for the day's orders with the key in the query (\`llavi\`, "key").`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: wcf(rng, `api.${MJ}/v1/pedius?estau=pagau&llavi=${key}`) };
      },
    ),
    2,
    plant(
      'encoded',
      'draytek-wcf-base64-query-credentials',
      'error',
      'An old scale\'s firmware sends its account in one base64 parameter (`?d=…`), which decodes to `usuariu=…&contraseña=…` ("user", "password").',
      ({ rng }) => {
        const b = encodeURIComponent(b64Of(`usuariu=bascula3&contraseña=${rng.alnum(12)}`));
        return { value: b, event: wcf(rng, `colmenas.${MJ}/subil.php?d=${b}`) };
      },
    ),
    2,
    plant(
      'replay',
      'draytek-wcf-catalogue-entra-once',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket for the wholesale catalogue (`entra`, from `entrá`, "entry ticket"), seen once in the router\'s log. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return { value: tk, event: wcf(rng, `descargas.${MJ}/catalogu-2027.pdf?entra=${tk}`) };
      },
    ),
    2,
    plant(
      'negative',
      'draytek-wcf-wordpress-asset-ver',
      'none',
      "A WordPress asset's version (`?ver=<8 hex>`): a cache buster, no credential.",
      ({ rng }) => {
        const v = rng.hex(8);
        return { value: v, needle: `?ver=${v}`, event: wcf(rng, `blog.${MJ}/wp-content/themes/jurdana/style.css?ver=${v}`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EX + 8 * HOUR, site: { host: 'vigor' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// testcafe-tienda.log: a TestCafe 3 run with the `spec` reporter, kept by CI: `Running tests in:`, the fixture and
// test names, `✓`/`✖`, for a failure `1) AssertionError: …`, `Browser:`, `Screenshot:`, the code frame (`> 22 |` marks
// the line), `at <anonymous> (…)`; the tests' own `console.log` output between. No time. From memory (not fetched).

function testcafeLog(rng) {
  const BR = 'Chrome 132.0.0.0 / Ubuntu 24.04';
  const render = (e) => e.tc;
  let fails = 0;
  const fail = (rng, name, message, frame, file) => {
    fails += 1;
    return [
      ` ✖ ${name}`,
      '',
      `   ${fails}) ${message}`,
      '',
      `      Browser: ${BR}`,
      `      Screenshot: /home/ci/tienda/screenshots/2027-01-26_11-02-14/test-${fails + 3}/Chrome_132.0.0.0_Ubuntu_24.04/errors/1.png`,
      '',
      ...frame.map((l) => `      ${l}`),
      '',
      `         at <anonymous> (/home/ci/tienda/tests/${file}:${frame.find((l) => l.startsWith('>')).match(/\d+/)[0]}:${rng.int(10, 40)})`,
      '',
    ];
  };
  const filler = (rng) => ({
    tc: [
      ` ✓ ${rng.pick(['Un usuariu compra un tarru de miel', 'La cesta guarda los productus', 'El pagu con tarjeta funciona', 'La búsqueda alcuentra el polen'])}`,
    ],
  });
  const steps = [
    { raw: { tc: [' Running tests in:', ` - ${BR}`, '', ' Tienda: pedíus'] }, after: 0 },
    2,
    plant(
      'implicit-fragment',
      'testcafe-assertion-expected-url-access-token-fragment',
      'error',
      "The Google sign-in test fails, and the assertion's message quotes the page's address: the return of the implicit flow with `#access_token=ya29.…`.",
      ({ rng }) => {
        const at = `ya29.${rng.b64url(150)}`;
        return {
          value: at,
          event: {
            tc: fail(
              rng,
              'Un usuariu entra con Google',
              `AssertionError: expected 'https://${MJ}/entral#access_token=${at}&token_type=Bearer&expires_in=3599&scope=email%20profile' to include '/mi-cuenta'`,
              [
                "   21 |        .typeText('#identifierId', 'prueba@mieljurdana.example');",
                "> 22 |    await t.expect(getLocation()).contains('/mi-cuenta');",
                '   23 |});',
              ],
              'entral.js',
            ),
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'testcafe-console-log-local-storage-refresh-token',
      'error',
      `${WHY.refresh} A test prints the shop's \`localStorage\` with \`console.log\` (Node's inspect), and it holds the app's \`refresh_token\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: { tc: [`{ refresh_token: '${rt}', usuariu: 'prueba', idioma: 'ext' }`] } };
      },
    ),
    1,
    plant(
      'negative',
      'testcafe-console-log-payment-intent-id',
      'none',
      "A Stripe PaymentIntent id (`pi_…`) printed by a test with the order: an id, usable only with the shop's secret key; no credential.",
      ({ rng }) => {
        const pi = `pi_3${rng.alnum(23)}`;
        return { value: pi, event: { tc: [`{ pedíu: 'MJ-2027-${rng.int(400, 499)}', pagu: '${pi}', estau: 'pagau' }`] } };
      },
    ),
    1,
    plant(
      'oauth-code',
      'testcafe-assertion-expected-url-github-code',
      'warning',
      `${WHY.code} The GitHub sign-in test of the staff area fails on its address, and the message quotes the callback with GitHub's code (20 hex digits).`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            tc: fail(
              rng,
              'El personal entra con GitHub',
              `AssertionError: expected 'https://${MJ}/personal/entral/github?code=${code}&state=${rng.hex(20)}' to include '/personal/panel'`,
              ["> 31 |    await t.expect(getLocation()).contains('/personal/panel');"],
              'personal.js',
            ),
          },
        };
      },
    ),
    { raw: { tc: ['', ' Almacén'] } },
    plant(
      'api-key-name',
      'testcafe-code-frame-navigate-to-llavi',
      'error',
      `${WHY.apiKey('llavi')} The failing test's code frame shows the line it navigated with, the stock export's key in the query (\`llavi\`, "key").`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            tc: fail(
              rng,
              'El almacén exporta el stock',
              'AssertionError: expected 0 to be above 0',
              [
                `   11 |test('El almacén exporta el stock', async t => {`,
                `> 12 |    await t.navigateTo('https://${MJ}/almacen/exportal?llavi=${key}');`,
                "   13 |    await t.expect(Selector('tr.productu').count).gt(0);",
              ],
              'almacen.js',
            ),
          },
        };
      },
    ),
    plant(
      'encoded',
      'testcafe-assertion-percent-encoded-golvel-llavi',
      'error',
      'The sign-in wall sends the test to `/entral?golvel=…` ("come back"), and the assertion quotes it: the export URL percent-encoded, key included (`%3Fllavi%3D…`).',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          needle: `%3Fllavi%3D${key}`,
          event: {
            tc: fail(
              rng,
              'El almacén descarga el inventariu',
              `AssertionError: expected 'https://${MJ}/entral?golvel=%2Falmacen%2Finventariu.csv%3Fllavi%3D${key}' to include '/almacen'`,
              ["> 19 |    await t.expect(getLocation()).contains('/almacen');"],
              'almacen.js',
            ),
          },
        };
      },
    ),
    { raw: { tc: ['', ' Colmenas'] } },
    plant(
      'header-dump',
      'testcafe-console-log-request-logger-authorization',
      'error',
      "A test prints a `RequestLogger`'s requests with `console.log`, headers logged: `authorization: 'Bearer …'`, the shop API's token (40 characters).",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            tc: [
              `[ { id: '${rng.alnum(9)}', testRunId: '${rng.alnum(9)}', userAgent: '${BR}', request: { timestamp: 1769421740${digits(rng, 3)}, url: 'https://api.${MJ}/v1/colmenas', method: 'get', headers: { authorization: 'Bearer ${tok}', accept: 'application/json' } }, response: { statusCode: 200 } } ]`,
            ],
          },
        };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'testcafe-assertion-iframe-src-jwt',
      'error',
      "The hive map embedded on the partners' sites is an iframe (`/mapa/colmenas/<JWT>`), and the failed equality quotes its `src`; the JWT lives an hour and was live during the run",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(10, 300),
          claims: { iss: MJ, socio: rng.int(10, 90), mapa: 'colmenas' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            tc: fail(
              rng,
              'El mapa de colmenas se encrusta',
              `AssertionError: expected 'https://${MJ}/mapa/colmenas/${token}' to deeply equal 'https://${MJ}/mapa/colmenas/'`,
              ["> 27 |    await t.expect(Selector('iframe#mapa').getAttribute('src')).eql(`https://${host}/mapa/colmenas/`);"],
              'colmenas.js',
            ),
          },
        };
      },
    ),
    plant(
      'negative',
      'testcafe-assertion-sri-integrity',
      'none',
      "A script's Subresource Integrity hash (`sha384-…`) quoted by an assertion: a content hash, no credential.",
      ({ rng }) => {
        const h = rng.bytes(48).toString('base64');
        return {
          value: h,
          event: {
            tc: fail(
              rng,
              'Los scripts llevan integridá',
              `AssertionError: expected 'sha384-${h}' to equal 'sha384-'`,
              ["> 8 |    await t.expect(Selector('script[src*=tienda]').getAttribute('integrity')).eql('sha384-');"],
              'seguridá.js',
            ),
          },
        };
      },
    ),
    { raw: { tc: [' 6/12 failed (1m 04s)'] } },
  ];
  return buildLog(rng, { start: DAY_EX + 11 * HOUR, site: { host: 'testcafe' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tilt-tienda.log: `tilt logs` of the shop's development environment (Tilt 0.33): each line `<resource> │ <text>`,
// the resource name padded; Tilt's own build lines (`Initial Build`, `STEP 1/3 — Building Dockerfile`), then the
// `tienda-php` container (Apache 2.4 with mod_php): its access log (combined, `+0100`) and error log (`[Tue Jan 26
// 11:02:14.123456 2027] [php:notice] [pid N] [client ip:port] …`, the PHP app's `error_log()` with `print_r` and
// `var_export` output on further lines). From memory (not fetched).

function tiltLog(rng) {
  const R = 'tienda-php';
  const pre = (l) => `${R.padEnd(10)} │ ${l}`;
  const apacheErr = (t) => {
    const d = new Date(t + CET * 60000);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 23)}${digits(rng, 3)} ${d.getUTCFullYear()}`;
  };
  const render = (e) =>
    e.tl.flatMap((l) => {
      if (typeof l === 'string') return [pre(l)];
      if (l.access)
        return [
          pre(`${l.ip ?? e.ip} - - [${clf(e.t, CET)}] "${l.m ?? 'GET'} ${l.access} HTTP/1.1" ${l.st ?? 200} ${e.bytes} "-" "${e.ua}"`),
        ];
      const client = l.boot ? '' : ` [client ${e.ip}:${e.port}]`;
      return l.err.split('\n').map((x, i) => pre(i === 0 ? `[${apacheErr(e.t)}] [php:notice] [pid ${l.pid ?? 17}]${client} ${x}` : x));
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ tl: [{ access: `/tienda/${rng.pick(['miel-de-brezu', 'miel-de-castañu', 'polen', 'jalea'])}` }] }),
      () => ({ tl: [{ access: '/cesta', m: 'POST', st: 302 }] }),
      () => ({ tl: [{ err: `Pedíu MJ-2027-${rng.int(400, 499)} guardau (${rng.int(1, 6)} productus)` }] }),
    ])();
  const steps = [
    {
      raw: {
        tl: [
          'Initial Build',
          'STEP 1/3 — Building Dockerfile: [registry.mieljurdana.example/tienda-php]',
          'Building Dockerfile for platform linux/amd64:',
          '  FROM php:8.3-apache',
          'STEP 2/3 — Pushing registry.mieljurdana.example/tienda-php:tilt-2f0c6a7b3e41d5a9',
          'STEP 3/3 — Deploying',
          '     Applying YAML to cluster',
          '     Objects applied to cluster:',
          '       → tienda-php:deployment',
          '',
          '     Step 1 - 21.40s (Building Dockerfile)',
          '     Step 2 - 3.12s (Pushing registry.mieljurdana.example/tienda-php:tilt-2f0c6a7b3e41d5a9)',
          '     Step 3 - 0.61s (Deploying)',
          '     DONE IN: 25.13s',
          '',
          "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.1.0.23. Set the 'ServerName' directive globally to suppress this message",
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'tilt-php-var-export-config-contrasena',
      'error',
      "At start the shop writes its configuration with `error_log(var_export($config, true))`: PHP's var_export over several lines, the database's `'contraseña'` (\"password\") among them.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            tl: [
              {
                boot: true,
                err: `Configuración cargá: array (\n  'bd' => \n  array (\n    'host' => 'mariadb',\n    'nombri' => 'tienda',\n    'usuariu' => 'tienda',\n    'contraseña' => '${pw}',\n  ),\n  'idioma' => 'ext',\n)`,
              },
            ],
          },
        };
      },
      { after: 2 },
    ),
    3,
    plant(
      'session-id',
      'tilt-php-print-r-cookie-phpsessid',
      'error',
      WHY.session("A debugging `error_log(print_r($_COOKIE, true))` writes the cookies as PHP's print_r: `[PHPSESSID] => <26 characters>`"),
      ({ rng }) => {
        const sid = rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
        return {
          value: sid,
          event: { tl: [{ err: `Galletas: Array\n(\n    [PHPSESSID] => ${sid}\n    [idioma] => ext\n    [cesta] => 3\n)` }] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tilt-php-print-r-redsys-signature',
      'none',
      "Redsys's payment notification printed with print_r: `Ds_Signature` is an HMAC over this one notification's parameters, no credential.",
      ({ rng }) => {
        const s = rng.bytes(32).toString('base64');
        return {
          value: s,
          event: {
            tl: [
              { access: '/pagu/notificacion', m: 'POST', ip: '195.76.9.187' },
              {
                err: `Notificación de Redsys: Array\n(\n    [Ds_SignatureVersion] => HMAC_SHA256_V1\n    [Ds_MerchantParameters] => ${b64Of(`{"Ds_Order":"${digits(rng, 12)}","Ds_Response":"0000"}`)}\n    [Ds_Signature] => ${s}\n)`,
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tilt-php-print-r-post-csrf',
      'none',
      "The contact form's `$_POST` printed with print_r: `[csrf]` is the form's anti-forgery token (64 hex digits), valid for this form in this session only; no credential.",
      ({ rng }) => {
        const c = rng.hex(64);
        return {
          value: c,
          event: {
            tl: [
              { access: '/contactu', m: 'POST', st: 302 },
              {
                err: `Formulariu de contactu: Array\n(\n    [nombri] => Lucía\n    [mensahi] => Querría sabel si mandáis miel a Portugal\n    [csrf] => ${c}\n)`,
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'tilt-apache-access-oidc-callback-id-token',
      'error',
      "The partners' single sign-on returns to `/entral/oidc?id_token=…` (a query response), and Apache's access log, stamped `+0100`, writes it; the ID token lives an hour and was live",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://sso.apicultores.example`, aud: 'tienda-mieljurdana', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return { value: token, jwt: facts, event: { tl: [{ access: `/entral/oidc?id_token=${token}&state=${rng.hex(16)}`, st: 302 }] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'tilt-apache-access-and-error-log-compartil-albaran',
      'error',
      WHY.pathSecret(
        'A delivery note shared by link (`/compartil/<token>/albaran.pdf`, "to share"): Apache\'s access log writes the request, and the app\'s `error_log` writes its URI again (`Descarga compartía`, "shared download")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        const uri = `/compartil/${tok}/albaran.pdf`;
        return { value: tok, event: { tl: [{ access: uri }, { err: `Descarga compartía: ${uri}` }] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'tilt-php-error-log-token-response',
      'error',
      `${WHY.refresh} The accounting connector writes the token endpoint's answer with \`error_log\` (\`Respuesta del token\`), \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(80);
        return {
          value: rt,
          event: {
            tl: [
              {
                err: `Respuesta del token: {"access_token":"${rng.b64url(60)}","expires_in":3600,"refresh_token":"${rt}","token_type":"Bearer"}`,
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'tilt-php-warning-file-get-contents-teams-webhook',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`) the shop posts to; PHP's warning for the failed `file_get_contents()` quotes the URL",
      ),
      ({ rng }) => {
        const path = `${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${rng.hex(32)}/${rng.uuid()}`;
        return {
          value: path,
          event: {
            tl: [
              {
                err: `PHP Warning:  file_get_contents(https://mieljurdana.webhook.office.com/webhookb2/${path}): Failed to open stream: HTTP request failed! HTTP/1.1 400 Bad Request in /var/www/html/lib/avisus.php on line 31`,
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'tilt-apache-access-cursu-entra-first',
      'note',
      WHY.ticketFirst(
        'The live beekeeping course (`cursu`) is opened with a single-use ticket in the query (`entra`, from `entrá`, "entry ticket"), and Apache logs the request with its address (200). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.entra = t;
        return {
          value: tk,
          event: { tl: [{ access: `/cursu/diretu?entra=${tk}`, ip: `83.${rng.int(32, 63)}.${rng.int(0, 255)}.${rng.int(1, 254)}` }] },
        };
      },
      { ref: 'entra' },
    ),
    1,
    plant(
      'replay',
      'tilt-apache-access-cursu-entra-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('entra').value,
            why: `${WHY.replay('entra', gap('entra', t))} Another address opened the course with the same ticket, and the shop answered 200 again.`,
          },
        ],
        event: { tl: [{ access: `/cursu/diretu?entra=${refs.get('entra').value}`, ip: `203.0.113.${rng.int(2, 254)}` }] },
      }),
      { replayOf: 'entra', after: 118 },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EX + 10 * HOUR, site: { host: MJ }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout103');
writePart(join(here, 'heldout103'), {
  'overseerr.log': overseerrLog(rng),
  'ngrok-requests.jsonl': ngrokLog(rng),
  'paddle-notifications.jsonl': paddleLog(rng),
  'capistrano.log': capistranoLog(rng),
  'karate.log': karateLog(rng),
  'trac.log': tracLog(rng),
  'nightwatch-lavk.log': nightwatchLog(rng),
  'zyxel-usgflex.log': zyxelLog(rng),
  'console.log': chicagoBossLog(rng),
  'skaffold-dev.log': skaffoldLog(rng),
  'plivo-envius.jsonl': plivoLog(rng),
  'draytek-vigor.log': draytekLog(rng),
  'testcafe-tienda.log': testcafeLog(rng),
  'tilt-tienda.log': tiltLog(rng),
});
