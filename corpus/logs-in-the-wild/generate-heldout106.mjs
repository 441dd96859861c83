// Writes corpus/logs-in-the-wild/heldout106/: a hundred-and-sixth held-out part, in formats no other part uses (Telnyx
// messaging webhook events kept as JSON lines, a Fabio load balancer's access log with its own log lines, a Spiffy
// (CHICKEN Scheme) web server's access and debug output, an Agola CI run's step logs, a Smartsupp conversations export,
// a Tarantool 3 instance log, an ISPmanager 6 panel log, an ESPurna sensor's debug console, Unisender webhook events, a
// Zinc HTTP Components (Pharo) server's log, an OpenBeken smart plug's log, Cryptomator's desktop log, a Tidio
// conversations export, a FreshTomato router's syslog), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout106.mjs     rewrites heldout106/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Rossland Mountain Co-operative, a member-owned ski hill in Rossland (British Columbia), with
// its text-message alerts, its proxy, its members' site, its CI and its website chat (English, five logs); Адыгэ Къуае,
// a cooperative of Adyghe-cheese makers of Кощхьэблэ (Koshekhabl, Adygea), with an order service, a hosting panel, a
// cellar sensor, its mailings and its recipe site (Adyghe in Cyrillic with the palochka Ӏ where the apps show text,
// romanized in routes, parameter, cookie and key names, five logs); the carpet weavers' artel of Ахцегь (Akhty,
// southern Dagestan), with smart plugs on its dye vats, an encrypted vault of patterns, a website chat and an office
// router (Lezgian in Cyrillic with the palochka Ӏ, romanized in names, four logs). Standard names (OAuth's, vendors')
// stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'ESP8266HTTPClient'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** British Columbia in December (PST, UTC−8), Adygea and Dagestan (MSK, UTC+3 all year). */
const PST = -480;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_AD = Date.UTC(2027, 8, 18, 0, 0, 0);
const DAY_LZ = Date.UTC(2028, 0, 17, 0, 0, 0);

/** `+03:00`, `-08:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes from UTC. */
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** syslog's `Mmm dd HH:MM:SS` at `offset`. */
const syslogTime = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`;
};
const uuid = (rng) => rng.uuid();

// =====================================================================================================================
// Rossland Mountain Co-operative (English; Rossland, British Columbia: PST, UTC−8 in December)
// =====================================================================================================================

const RM = 'rosslandmtn.example';

// ---------------------------------------------------------------------------------------------------------------------
// telnyx-message-events.jsonl: Telnyx Messaging API v2 webhook events as the co-op's receiver stores them, one a line:
// `data` (`event_type` message.received / message.sent / message.finalized, `id`, `occurred_at` in UTC with `+00:00`,
// `payload` with `direction`, `from`, `to`, `text`, `media`, `messaging_profile_id`, `parts`, `type`), `meta`
// (`attempt`, `delivered_to`). From memory (not fetched): the field set is trimmed to what the receiver keeps.

function telnyxLog(rng) {
  const PROFILE = uuid(rng);
  const ours = '+12505550142';
  const guest = () => `+1${rng.pick(['250', '778', '604', '509'])}555${digits(rng, 4)}`;
  const at = (t) => `${iso(t).slice(0, 23)}+00:00`;
  const event = (rng, t, type, dir, from, to, text, media = []) =>
    JSON.stringify({
      data: {
        event_type: type,
        id: uuid(rng),
        occurred_at: at(t),
        payload: {
          direction: dir,
          encoding: 'GSM-7',
          from: {
            carrier: dir === 'inbound' ? rng.pick(['Telus Mobility', 'Rogers Wireless', 'Bell Mobility']) : 'Telnyx',
            line_type: 'Wireless',
            phone_number: from,
          },
          id: uuid(rng),
          media,
          messaging_profile_id: PROFILE,
          parts: Math.ceil(text.length / 153) || 1,
          record_type: 'message',
          text,
          to: [{ phone_number: to, status: dir === 'inbound' ? 'webhook_delivered' : type === 'message.finalized' ? 'delivered' : 'sent' }],
          type: media.length ? 'MMS' : 'SMS',
        },
        record_type: 'event',
      },
      meta: { attempt: 1, delivered_to: `https://ops.${RM}/telnyx/events` },
    });
  const render = (e) => [e.line];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        line: event(
          rng,
          t,
          'message.sent',
          'outbound',
          ours,
          guest(),
          rng.pick([
            'Rossland Mtn: Red Chair is on wind hold. Granite Chair and Motherlode are running. Reply STOP to opt out.',
            'Rossland Mtn: 14 cm overnight, 32 cm in 48 h. First chair 9:00. Reply STOP to opt out.',
            'Rossland Mtn: the lower parking lot is full; use the shuttle from the Black Jack lot.',
          ]),
        ),
      }),
      () => ({
        line: event(
          rng,
          t,
          'message.finalized',
          'outbound',
          ours,
          guest(),
          'Rossland Mtn: lifts close at 15:30 today. Reply STOP to opt out.',
        ),
      }),
      () => ({
        line: event(
          rng,
          t,
          'message.received',
          'inbound',
          guest(),
          ours,
          rng.pick(['is the upper lot plowed?', 'Thanks!', 'STOP', 'is Paradise open today', 'what time does the rental shop open']),
        ),
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'telnyx-sent-pass-reload-link',
      'error',
      WHY.pathSecret(
        "The text that tells a member their season pass can be reloaded carries the member's reload link (`/pass/reload/<token>`), which signs them in to pay and change the pass",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            line: event(
              rng,
              t,
              'message.sent',
              'outbound',
              ours,
              guest(),
              `Rossland Mtn: your 2027/28 season pass is ready to reload: https://${RM}/pass/reload/${tok} Reply STOP to opt out.`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'telnyx-mms-media-sha256',
      'none',
      "A guest's MMS photo of the parking lot: the media entry's `hash_sha256` is a checksum of the picture, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            line: event(rng, t, 'message.received', 'inbound', guest(), ours, 'this is the upper lot right now', [
              { content_type: 'image/jpeg', hash_sha256: h, size: rng.int(90000, 400000) },
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'telnyx-received-pasted-access-token-fragment',
      'error',
      "A member texts the support number the address the members' site left them on after signing in, with the implicit flow's `#access_token=…` the browser kept in the fragment.",
      ({ rng, t }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            line: event(
              rng,
              t,
              'message.received',
              'inbound',
              guest(),
              ours,
              `cant get into my account, it just sits on https://members.${RM}/#access_token=${tok}&token_type=Bearer&expires_in=7200 and spins`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'telnyx-received-snow-report-api-key',
      'error',
      `${WHY.apiKey('api_key')} A patroller texts the ops number the snow-report API call that stopped working, key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            line: event(
              rng,
              t,
              'message.received',
              'inbound',
              guest(),
              ours,
              `snow cam feed is dead again, this returns 500: https://api.${RM}/v1/snow/report?station=granite-top&api_key=${key}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'telnyx-received-percent-encoded-next-pass-key',
      'error',
      "A guest texts a sign-in link whose `next` parameter is a percent-encoded URL; decoded, it is the pass scanner's page with its `pass_key`.",
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            line: event(
              rng,
              t,
              'message.received',
              'inbound',
              guest(),
              ours,
              `the scanner at Red asks me to log in?? https://${RM}/login?next=%2Fpass%2Fscan%3Fpass_key%3D${key}%26lift%3Dred-chair`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'telnyx-received-pasted-id-token-query',
      'error',
      "A guest texts the address of the members' site's sign-in return, with the OpenID provider's `id_token` in its query, on an event dated in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 400),
          claims: { iss: `https://id.${RM}/realms/members`, aud: 'members-web', sub: uuid(rng), email_verified: true },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            line: event(
              rng,
              t,
              'message.received',
              'inbound',
              guest(),
              ours,
              `help, login loop: https://members.${RM}/auth/complete?id_token=${token}&state=${rng.b64url(16)}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'telnyx-finalized-event-id',
      'none',
      "A delivery report's event `id` (a UUID v4): it names the webhook delivery, no credential.",
      ({ rng, t }) => {
        const line = event(
          rng,
          t,
          'message.finalized',
          'outbound',
          ours,
          guest(),
          'Rossland Mtn: Kids Club is full for Saturday. Reply STOP to opt out.',
        );
        return { value: JSON.parse(line).data.id, event: { line } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: 'telnyx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fabio.log: the co-op's Fabio 1.6 load balancer (routes from Consul), its own lines `yyyy/mm/dd hh:mm:ss [LEVEL] …`
// (Go's log package, local time, PST) and its access log in the `combined` format on the same stream
// (`$remote_host - - [$time_common] "$request" $response_status $response_body_size "$header.Referer"
// "$header.User-Agent"`). From memory (not fetched): `log.access.format = combined` and the `[INFO] Updated config to`
// line.

function fabioLog(rng) {
  const goTime = (t) => `${local(t, PST).slice(0, 10).replace(/-/g, '/')} ${local(t, PST).slice(11, 19)}`;
  const render = (e) =>
    e.sys
      ? e.sys.map((s) => `${goTime(e.t)} ${s}`)
      : [
          `${e.ip} - - [${clf(e.t, PST)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}"`,
        ];
  const PAGES = ['/', '/conditions', '/trails', '/tickets', '/lessons', '/members/', '/rentals', '/webcams'];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: rng.pick(PAGES), referer: rng.pick(['-', `https://${RM}/`]) }),
      () => ({ path: `/api/v1/lifts`, ua: 'okhttp/5.3.2' }),
      () => ({
        path: `/img/cams/${rng.pick(['granite', 'red', 'paradise'])}.jpg`,
        query: `t=${rng.int(1800000000, 1830000000)}`,
        bytes: rng.int(80000, 240000),
      }),
      () => ({ sys: [`[INFO] consul: Health changed to #${rng.int(1000, 9999)}`] }),
    ])();
  const ip1 = '198.51.100.23';
  const steps = [
    {
      raw: {
        sys: [
          '[INFO] Version 1.6.4 starting',
          '[INFO] Listening on ":443" with TLS',
          '[INFO] Updated config to',
          '# Route table',
          `route add web ${RM}/ http://10.8.0.11:8080/`,
          `route add members members.${RM}/ http://10.8.0.12:8000/`,
          `route add cloud cloud.${RM}/ http://10.8.0.14:80/`,
          `route add ha ha.${RM}/ http://10.8.0.20:8123/`,
        ],
      },
      after: 0,
    },
    4,
    plant(
      'oauth-code',
      'fabio-access-keycloak-callback-code',
      'warning',
      `${WHY.code} The members' site returns from the co-op's Keycloak with the code Keycloak writes as three UUIDs joined by dots.`,
      ({ rng }) => {
        const code = `${uuid(rng)}.${uuid(rng)}.${uuid(rng)}`;
        return {
          value: code,
          event: {
            host: `members.${RM}`,
            path: '/auth/callback',
            query: `state=${rng.b64url(22)}&session_state=${uuid(rng)}&iss=https%3A%2F%2Fid.${RM}%2Frealms%2Fmembers&code=${code}`,
            status: 302,
            bytes: 0,
            referer: `https://id.${RM}/`,
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'fabio-access-static-bundle-hash',
      'none',
      'A script bundle named by its content hash (`app.<20 hex>.js`): a build fingerprint, no credential.',
      ({ rng }) => {
        const h = rng.hex(20);
        return { value: h, event: { path: `/assets/app.${h}.js`, referer: `https://${RM}/`, bytes: rng.int(90000, 180000) } };
      },
    ),
    plant(
      'path-secret',
      'fabio-access-nextcloud-public-share',
      'error',
      WHY.pathSecret("A Nextcloud public share of the trail crew's work orders (`/s/<15 characters>/download`) fetched through the proxy"),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            host: `cloud.${RM}`,
            path: `/s/${tok}/download`,
            query: 'path=%2F&files=work-orders-2027-12.pdf',
            bytes: rng.int(200000, 900000),
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'fabio-access-ws-ticket-first',
      'note',
      WHY.ticketFirst(
        "The lift-status board of the base lodge opens its WebSocket with a single-use `ticket` from the members' site (101 Switching Protocols); the ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.ticket = t;
        return { value: tk, event: { ip: ip1, path: '/ws/lifts', query: `ticket=${tk}`, status: 101, bytes: 0, ua: BROWSERS[0] } };
      },
      { ref: 'ticket' },
    ),
    2,
    plant(
      'replay',
      'fabio-access-ws-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} Another address with another browser opened the same WebSocket with it and got 101 again.`,
          },
        ],
        event: {
          ip: '203.0.113.188',
          path: '/ws/lifts',
          query: `ticket=${refs.get('ticket').value}`,
          status: 101,
          bytes: 0,
          ua: BROWSERS[3],
        },
      }),
      { replayOf: 'ticket', after: 97 },
    ),
    3,
    plant(
      'webhook',
      'fabio-access-home-assistant-webhook-id',
      'error',
      WHY.webhook(
        "A Home Assistant webhook (`/api/webhook/<webhook_id>`, 64 hex digits) the snowmaking pumps' controller posts to; its id is the only secret of the automation",
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return {
          value: id,
          event: { host: `ha.${RM}`, method: 'POST', path: `/api/webhook/${id}`, status: 200, bytes: 0, ua: 'Go-http-client/1.1' },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'fabio-access-webcam-key',
      'error',
      `${WHY.apiKey('cam_key')} The webcam partner's site pulls the summit picture through the proxy with the key in its query.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            path: '/api/v1/webcams/summit/latest.jpg',
            query: `cam_key=${key}`,
            ua: 'python-requests/2.32.5',
            bytes: rng.int(120000, 260000),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'fabio-access-referer-fbclid',
      'none',
      "Facebook's click id (`fbclid=IwAR…`) in the referer of a visit from a post: an ad-attribution id, no credential.",
      ({ rng }) => {
        const id = `IwAR${rng.b64url(56)}`;
        return { value: id, event: { path: '/tickets', query: `fbclid=${id}`, referer: 'https://m.facebook.com/' } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 16 * HOUR, site: { host: RM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// spiffy-members.log: the members' site, a CHICKEN Scheme 5 application on the Spiffy web server, with Spiffy's access
// log and the application's debug log (`debug-log`) sent to one file: access lines `<ip> [<ctime, local PST>]
// "<method> <uri> HTTP/1.1" <user agent>`, debug and error lines `[<ctime>] <message>`, intarweb headers printed with
// `write` (`#<headers: ((host #(("…" . #f) ())) …)>`), alists printed by the app. From memory (a search found other
// servers' access-log code, not Spiffy's): the access line's fields and the printed header object.

function spiffyLog(rng) {
  const ctime = (t) => {
    const d = new Date(t + PST * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const render = (e) =>
    e.dbg
      ? e.dbg.map((m) => `[${ctime(e.t)}] ${m}`)
      : [`${e.ip} [${ctime(e.t)}] "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.ua}`];
  const PAGES = ['/', '/account', '/account/passes', '/shares', '/meetings/2027-agm', '/volunteer', '/grooming'];
  const hdr = (pairs) => `#<headers: (${pairs.map(([k, v]) => `(${k} ${v})`).join(' ')})>`;
  const filler = (rng) =>
    rng.pick([
      () => ({ path: rng.pick(PAGES) }),
      () => ({ path: '/static/site.css' }),
      () => ({ dbg: [`handling ${rng.pick(PAGES)} for member ${rng.int(100, 2400)}`] }),
    ])();
  const steps = [
    { raw: { dbg: ['spiffy 6.3 listening on 127.0.0.1:8080 (members 2.4.1)'] }, after: 0 },
    3,
    plant(
      'framework-dump',
      'spiffy-error-postgresql-connect-alist',
      'error',
      "The database restarts during a request, and the application's error message prints the connection specification it passed to `connect`, an alist with the database user's `password`.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            dbg: [
              `Error: (connect) cannot connect to the database: "server closed the connection unexpectedly" ((host . "10.8.0.30") (port . 5432) (dbname . "members") (user . "members_app") (password . "${pw}") (sslmode . "require"))`,
              '\tCall history:',
              '\tpostgresql.scm:612: connect\t<--',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'spiffy-debug-headers-cookie-rmc-session',
      'error',
      WHY.session(
        "A debugging `(write (request-headers (current-request)))` left in the passes page prints intarweb's header object, whose `cookie` holds `rmc_session`",
      ),
      ({ rng }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: {
            dbg: [
              `passes: headers ${hdr([
                ['host', `#(("members.${RM}" . #f) ())`],
                ['cookie', `#(("rmc_session" . "${s}") ()) #(("rmc_lang" . "en") ())`],
                ['user-agent', '#((("Mozilla" "5.0" #f) ("Firefox" "146.0" #f)) ())'],
              ])}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'spiffy-debug-form-csrf-token',
      'none',
      "The volunteer form's fields printed as an alist, with its `csrf_token`: an anti-forgery value bound to the page, no credential.",
      ({ rng }) => {
        const c = rng.b64url(43);
        return { value: c, event: { dbg: [`volunteer: form ((csrf_token . "${c}") (shift . "2027-12-18-am") (role . "lift-line"))`] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'spiffy-access-embed-grooming-30d-jti',
      'error',
      "The grooming report embedded on the tourism board's site loads `/embed/grooming/<JWT>`, a token valid thirty days with a jti, in an access line",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 5 * 86400),
          jti: true,
          claims: { iss: `https://members.${RM}`, embed: 'grooming', partner: 'tourism-rossland' },
        });
        return { value: token, jwt: facts, event: { path: `/embed/grooming/${token}`, ua: BROWSERS[1] } };
      },
    ),
    3,
    plant(
      'refresh-token',
      'spiffy-debug-zoho-token-alist',
      'error',
      `${WHY.refresh} The application links the co-op's Zoho Books for the pass invoices and prints Zoho's token response, parsed by medea into an alist, with \`refresh_token\` (\`1000.<32 hex>.<32 hex>\`).`,
      ({ rng }) => {
        const r = `1000.${rng.hex(32)}.${rng.hex(32)}`;
        return {
          value: r,
          event: {
            dbg: [
              `zoho: token response ((access_token . "1000.${rng.hex(32)}.${rng.hex(32)}") (refresh_token . "${r}") (scope . "ZohoBooks.invoices.CREATE") (api_domain . "https://www.zohoapis.ca") (token_type . "Bearer") (expires_in . 3600))`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'spiffy-debug-headers-authorization-basic-parsed',
      'error',
      "The lift-counter box posts its counts with HTTP Basic; the same debugging `write` prints intarweb's parsed `authorization` header, whose alist holds the `password` in clear.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            dbg: [
              `counts: headers ${hdr([
                ['authorization', `#(basic ((username . "liftcounter") (password . "${pw}")))`],
                ['content-type', '#(application/json ())'],
              ])}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'spiffy-access-static-version',
      'none',
      'A stylesheet fetched with its cache-busting `v=` (8 hex digits of the file): no credential.',
      ({ rng }) => {
        const v = rng.hex(8);
        return { value: v, event: { path: '/static/site.css', query: `v=${v}` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: RM }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// agola-members-deploy.log: the log of an Agola run's `deploy` task, its steps downloaded one after the other with the
// web UI's "download" button and concatenated (each step's log preceded by its name as the UI shows it); the run steps
// use `shell: /bin/sh -ex`, so each command is echoed with `+ ` before its output; no time on the lines. From memory (not
// fetched): the `clone` step's output and the step names.

function agolaLog(rng) {
  const render = (e) => e.out;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [`+ cp -r dist/${rng.pick(['css', 'js', 'img'])} /srv/build/`] }),
      () => ({
        out: [
          `#${rng.int(5, 14)} [${rng.int(1, 3)}/${rng.int(4, 6)}] RUN csc -O2 -o members main.scm`,
          `#${rng.int(5, 14)} DONE ${rng.int(1, 40)}.${rng.int(0, 9)}s`,
        ],
      }),
      () => ({ out: [`INFO[00${rng.int(10, 59)}] Taking snapshot of files...`] }),
    ])();
  const sha = rng.hex(40);
  const steps = [
    {
      raw: {
        out: ['=== clone ===', `Cloning into '.'...`, `HEAD is now at ${sha.slice(0, 7)} members: pass reload page`, '=== build image ==='],
      },
      after: 0,
    },
    plant(
      'encoded',
      'agola-xtrace-docker-config-base64',
      'error',
      "The image step writes kaniko's registry credentials from a base64 blob echoed under `-x`; decoded, it is a Docker `config.json` whose `auth` is base64 of the registry user and password.",
      ({ rng }) => {
        const blob = b64Of(JSON.stringify({ auths: { [`registry.${RM}`]: { auth: b64Of(`ci-push:${rng.alnum(24)}`) } } }));
        return { value: blob, event: { out: [`+ echo ${blob}`, '+ base64 -d', '+ mkdir -p /kaniko/.docker'] } };
      },
    ),
    3,
    plant(
      'negative',
      'agola-kaniko-pushed-digest',
      'none',
      "kaniko's message for the pushed image, with its `sha256:` digest: a content address, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { out: [`INFO[0071] Pushed registry.${RM}/members@sha256:${d}`] } };
      },
    ),
    { raw: { out: ['=== deploy ==='] } },
    plant(
      'framework-dump',
      'agola-xtrace-env-sort-database-url',
      'error',
      "A debugging `env | sort` at the top of the deploy step prints the step's environment, the database URL with the application user's password among it.",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            out: [
              '+ env',
              '+ sort',
              'AGOLA_GIT_BRANCH=main',
              `AGOLA_GIT_COMMITSHA=${sha}`,
              'AGOLA_GIT_REF=refs/heads/main',
              `DATABASE_URL=postgres://members_app:${pw}@10.8.0.30:5432/members?sslmode=require`,
              'HOME=/root',
              'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
              `PWD=/root/project`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'agola-curl-verbose-deploy-token',
      'error',
      "The step triggers the host's deploy endpoint with `curl -v` reading the token from a file, and curl's verbose output writes the request header it sent, `Authorization: Token …`.",
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            out: [
              `+ curl -sS -v -X POST -H @/run/secrets/deploy-header https://deploy.${RM}/v1/apps/members/releases -d image=members:${sha.slice(0, 7)}`,
              `> POST /v1/apps/members/releases HTTP/2`,
              `> Host: deploy.${RM}`,
              '> User-Agent: curl/8.11.1',
              '> Accept: */*',
              `> Authorization: Token ${tok}`,
              '> Content-Type: application/x-www-form-urlencoded',
              '>',
              '< HTTP/2 202',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'agola-xtrace-cache-purge-key',
      'error',
      `${WHY.apiKey('purge_key')} The step purges the site's cache with the key in the URL, and \`-x\` echoes the command.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { out: [`+ curl -fsS https://${RM}/_cache/purge?purge_key=${key}&scope=members`, '{"purged":214}'] } };
      },
    ),
    plant(
      'path-secret',
      'agola-ffsend-upload-share-link',
      'error',
      WHY.pathSecret(
        "The step uploads the smoke-test report with ffsend, which prints the share link, the file's key in the fragment (`/download/<id>/#<key>`)",
      ),
      ({ rng }) => {
        const id = rng.hex(10);
        const key = rng.b64url(22);
        return {
          value: key,
          event: {
            out: [
              '+ ffsend upload --host https://send.vis.ee/ --expiry-time 1d --quiet smoke-report.html',
              `https://send.vis.ee/download/${id}/#${key}`,
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'agola-xtrace-rocketchat-webhook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) that tells the operations channel the members' site was deployed; `-x` echoes the curl command",
      ),
      ({ rng }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            out: [
              `+ curl -fsS -H 'Content-Type: application/json' -d '{"text":"members ${sha.slice(0, 7)} deployed"}' https://chat.${RM}/hooks/${id}/${tok}`,
              '{"success":true}',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'agola-git-commit-sha',
      'none',
      "The previous release's commit, as `git rev-parse HEAD^` prints it (40 hex digits) for the rollback note: no credential.",
      ({ rng }) => {
        const parent = rng.hex(40);
        return { value: parent, event: { out: ['+ git rev-parse HEAD^', parent] } };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR, site: { host: 'agola' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// smartsupp-conversations.jsonl: the website chat's messages as a Smartsupp conversations export writes them, one a
// line: `id`, `conversation_id`, `created_at` (UTC), `type`, `sub_type` (contact / agent / system), `author_id`,
// `content` (`type`, `text`), and for a visitor's first message `visitor` (`id`, `page_url`, `referer`, `browser`).
// From memory (not fetched): the export's field names.

function smartsuppLog(rng) {
  const convs = [];
  const msg = (rng, t, sub, text, extra = {}) => {
    const conv =
      sub === 'contact' && (extra.visitor || !convs.length) ? `${rng.alnum(20)}` : rng.pick(convs.length ? convs : [rng.alnum(20)]);
    if (!convs.includes(conv)) convs.push(conv);
    return JSON.stringify({
      id: rng.alnum(20),
      conversation_id: conv,
      created_at: iso(t),
      type: 'message',
      sub_type: sub,
      author_id: sub === 'agent' ? `agent-${rng.pick(['mira', 'jon', 'tess'])}` : `visitor-${rng.alnum(10)}`,
      content: { type: 'text', text },
      ...extra,
    });
  };
  const visitor = (rng, url, ref = `https://www.google.com/`) => ({
    visitor: { id: rng.alnum(16), page_url: url, referer: ref, browser: rng.pick(['Chrome 143', 'Safari 26.1', 'Firefox 146']) },
  });
  const render = (e) => [e.line];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        line: msg(
          rng,
          t,
          'contact',
          rng.pick([
            'hi, are rentals open on boxing day?',
            'is the night skiing on friday?',
            'do kids under 5 ski free?',
            'how do I add my son to my pass',
          ]),
        ),
      }),
      () => ({
        line: msg(
          rng,
          t,
          'agent',
          rng.pick([
            'Hi! Yes, rentals open at 8:00 every day over the holidays.',
            'Kids 5 and under ski free with a registered adult.',
            'Thanks, I will pass that on to the members office.',
            'You can do that under Account > Passes > Add family member.',
          ]),
        ),
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'smartsupp-visitor-page-url-callback-code',
      'warning',
      `${WHY.code} A member opens the chat on the error page the members' site shows after a failed return from its sign-in, and the widget records that page's address, the callback with its \`code\`.`,
      ({ rng, t }) => {
        const code = `${uuid(rng)}.${uuid(rng)}.${uuid(rng)}`;
        return {
          value: code,
          event: {
            line: msg(
              rng,
              t,
              'contact',
              'it says something went wrong when I log in',
              visitor(
                rng,
                `https://members.${RM}/auth/callback?state=${rng.b64url(22)}&session_state=${uuid(rng)}&code=${code}`,
                `https://id.${RM}/`,
              ),
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'smartsupp-visitor-ga-client-id',
      'none',
      "Google Analytics' client id (`GA1.1.<random>.<time>`) a visitor pastes from the cookie banner's details: an analytics id, no credential.",
      ({ rng, t }) => {
        const v = `GA1.1.${rng.int(100000000, 2147483647)}.${Math.floor(t / 1000) - rng.int(100000, 9000000)}`;
        return { value: v, event: { line: msg(rng, t, 'contact', `your cookie thing says my id is ${v}, what is that for?`) } };
      },
    ),
    2,
    plant(
      'session-id',
      'smartsupp-contact-pasted-jsessionid-path',
      'error',
      WHY.session(
        "A visitor pastes the rental shop's link with the `;jsessionid=` its Java booking engine writes into the path when cookies are off",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32).toUpperCase();
        return {
          value: s,
          event: { line: msg(rng, t, 'contact', `the rental cart is empty again: https://rentals.${RM}/cart;jsessionid=${s}?step=2`) },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'smartsupp-agent-pasted-export-key',
      'error',
      `${WHY.apiKey('export_key')} An agent pastes into a guest's chat the internal export link meant for a colleague.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            line: msg(
              rng,
              t,
              'agent',
              `Mira can you check this one: https://api.${RM}/v1/rentals/export.csv?date=2027-12-13&export_key=${key}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'smartsupp-contact-pasted-token-response',
      'error',
      `${WHY.refresh} A partner's developer pastes into the chat the token response of the members' API they got, \`refresh_token\` included.`,
      ({ rng, t }) => {
        const r = rng.b64url(64);
        return {
          value: r,
          event: {
            line: msg(
              rng,
              t,
              'contact',
              `hi, integration question. token call gives {"access_token":"${rng.b64url(40)}","token_type":"Bearer","expires_in":3600,"refresh_token":"${r}","scope":"passes.read"} but /passes says 403`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'smartsupp-agent-reload-link-placeholder',
      'none',
      "An agent explains what the reload text looks like, with `{token}` where the member's token goes: a placeholder, no credential.",
      ({ rng, t }) => ({
        value: '{token}',
        event: {
          line: msg(
            rng,
            t,
            'agent',
            `The text has a link like https://${RM}/pass/reload/{token} — open it on the phone that got the text.`,
          ),
        },
      }),
    ),
    2,
    plant(
      'implicit-fragment',
      'smartsupp-visitor-page-url-access-token-fragment',
      'error',
      "The ski school's booking widget signs in with the implicit flow, and the chat widget records the page's address with its `#access_token=…`.",
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            line: msg(
              rng,
              t,
              'contact',
              'the lesson booking page is blank',
              visitor(
                rng,
                `https://lessons.${RM}/book#access_token=${tok}&token_type=Bearer&expires_in=3600&state=${rng.b64url(12)}`,
                `https://${RM}/lessons`,
              ),
            ),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 19 * HOUR, site: { host: 'smartsupp' }, filler, render, steps });
}

// =====================================================================================================================
// Адыгэ Къуае, the Adyghe-cheese makers' cooperative of Кощхьэблэ (Adyghe; Adygea: MSK, UTC+3 all year)
// =====================================================================================================================

const AK = 'adygekuae.example';

// ---------------------------------------------------------------------------------------------------------------------
// tarantool-kuae.log: a Tarantool 3.2 instance running the cooperative's order service (the `http` rock's server): the
// log module's lines `yyyy-mm-dd hh:mm:ss.mmm [<pid>] <cord>/<fiber id>/<fiber name> <level>> <message>`, local time
// (MSK) without zone; box.cfg's `set '<option>' configuration option to …` lines at start; the http server's request
// lines (`GET /path?query`) and the application's `I>`/`W>`/`V>` lines. The line layout is Tarantool's documentation
// (doc/book/admin/logs.rst, read through the search tool); the http rock's request line and the application's messages
// from memory.

function tarantoolLog(rng) {
  const PID = rng.int(2000, 9000);
  const render = (e) => e.tt.map(([fiber, lvl, m], i) => `${dotMs(e.t + i * 2, MSK)} [${PID}] ${fiber} ${lvl}> ${m}`);
  const httpFiber = (rng, ip) => `main/${rng.int(110, 190)}/http/${ip}:${rng.int(30000, 65000)}`;
  const PATHS = ['/kuae/katalog', '/kuae/tuchan', '/kuae/zakaz/status', '/kuae/dostavka'];
  const filler = (rng) => {
    const f = httpFiber(rng, publicIp(rng));
    return rng.pick([
      () => ({ tt: [[f, 'I', `GET ${rng.pick(PATHS)}`]] }),
      () => ({
        tt: [
          [f, 'I', `POST /kuae/zakaz`],
          [f, 'I', `Заказ №${rng.int(2100, 2900)} аштагъ: къуае ${rng.int(1, 6)} кг`],
        ],
      }),
      () => ({
        tt: [
          [
            `main/${rng.int(104, 108)}/checkpoint_daemon`,
            'I',
            `scheduled next checkpoint for ${DAYS[rng.int(0, 6)]} Sep 18 ${pad(rng.int(11, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} 2027`,
          ],
        ],
      }),
    ])();
  };
  const steps = [
    {
      raw: {
        tt: [
          ['main/103/interactive', 'I', 'Tarantool 3.2.1-0-g2c9d9e5 Linux-x86_64-RelWithDebInfo'],
          ['main/103/interactive', 'I', 'log level 6 (INFO)'],
          ['main/103/interactive', 'I', 'set \'listen\' configuration option to "3301"'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'tarantool-box-cfg-replication-uri-password',
      'error',
      "box.cfg writes each option it sets, and the `replication` option is a list of URIs with the replication user's password in them (`user:password@host`).",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            tt: [
              [
                'main/103/interactive',
                'I',
                `set 'replication' configuration option to ["replicator:${pw}@10.12.0.2:3301","replicator:${pw}@10.12.0.3:3301"]`,
              ],
              ['main/103/interactive', 'I', "set 'log_level' configuration option to 6"],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'tarantool-instance-uuid',
      'none',
      "The instance's uuid Tarantool writes at bootstrap: names the replica, no credential.",
      ({ rng }) => {
        const u = uuid(rng);
        return {
          value: u,
          event: {
            tt: [
              ['main/103/interactive', 'I', `instance uuid ${u}`],
              ['main/103/interactive', 'I', 'ready to accept requests'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'tarantool-http-query-unkibze-and-json',
      'error',
      `${WHY.apiKey('unkibze')} The shops' price list is fetched with \`unkibze\` (ӀункӀыбзэ, "key") in the query; the http server writes the request line and the handler writes \`req:query_param()\` as JSON.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const f = httpFiber(rng, '198.51.100.77');
        return {
          value: key,
          event: {
            tt: [
              [f, 'I', `GET /kuae/api/uasa?unkibze=${key}&tuchan=12`],
              [f, 'I', `уасэхэр: {"unkibze":"${key}","tuchan":"12"}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'tarantool-http-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to the tasting tent of the Adyghe Cheese Day (`bilet`, "ticket"), checked by the gate tablet in the query of its request, and the app writes `Билетыр ауплъэкӀугъ` ("the ticket was checked"). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        const f = httpFiber(rng, '203.0.113.51');
        return {
          value: tk,
          event: {
            tt: [
              [f, 'I', `GET /kuae/mafe/bilet?bilet=${tk}&pchye=1`],
              [f, 'I', 'Билетыр ауплъэкӀугъ — ихьэ (щэӀупчъэ 1)'],
            ],
          },
        };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'tarantool-http-bilet-again',
      'replay',
      '',
      ({ refs, t }) => {
        const f = httpFiber(rng, '198.51.100.190');
        return {
          marks: [
            {
              value: refs.get('bilet').value,
              why: `${WHY.replay('bilet', gap('bilet', t))} The second gate's tablet, on another address, sent the same ticket and the app let it in again.`,
            },
          ],
          event: {
            tt: [
              [f, 'I', `GET /kuae/mafe/bilet?bilet=${refs.get('bilet').value}&pchye=2`],
              [f, 'I', 'Билетыр ауплъэкӀугъ — ихьэ (щэӀупчъэ 2)'],
            ],
          },
        };
      },
      { replayOf: 'bilet', after: 212 },
    ),
    3,
    plant(
      'session-id',
      'tarantool-verbose-headers-cookie-sessie',
      'error',
      WHY.session(
        'The cabinet handler writes `req:headers()` as JSON at verbose level (`V>`), and the `cookie` header holds `sessie` (сессие, "session")',
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        const f = httpFiber(rng, publicIp(rng));
        return {
          value: s,
          event: {
            tt: [
              [f, 'I', 'GET /kuae/kabinet'],
              [
                f,
                'V',
                `headers: {"host":"${AK}","cookie":"sessie=${s}; lang=ady","accept-language":"ady,ru;q=0.8","user-agent":"Mozilla/5.0 (Linux; Android 14)"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'tarantool-warn-partner-headers-authorization',
      'error',
      "A shop's integration is refused, and the handler's warning writes the request's headers as JSON, with the `authorization` bearer token the shop sent.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        const f = httpFiber(rng, '198.51.100.77');
        return {
          value: tok,
          event: {
            tt: [
              [f, 'I', 'POST /kuae/api/zakaz'],
              [
                f,
                'W',
                `Хэукъоныгъ: тучаным иӀункӀыбзэ тэрэзэп, headers: {"authorization":"Bearer ${tok}","content-type":"application/json","host":"${AK}"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'tarantool-yandex-token-refresh-response',
      'error',
      `${WHY.refresh} The service renews its Yandex OAuth token for the cooperative's Yandex Disk (order sheets) and writes the response's JSON, with the new \`refresh_token\`.`,
      ({ rng }) => {
        const r = `1:${rng.alnum(16)}:${rng.b64url(52)}:${rng.b64url(22)}`;
        return {
          value: r,
          event: {
            tt: [
              [
                'main/131/yadisk',
                'I',
                `yandex: {"token_type":"bearer","access_token":"y0__${rng.b64url(54)}","expires_in":31536000,"refresh_token":"${r}"}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'tarantool-http-photo-sha1',
      'none',
      "A cheese's photograph served under the SHA-1 of its file (40 hex digits): a content address, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { tt: [[httpFiber(rng, publicIp(rng)), 'I', `GET /kuae/surat/${h}.jpg`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AD + 6 * HOUR, site: { host: AK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ispmgr.log: the ISPmanager 6 panel of the cooperative's hosting server: `Mmm dd hh:mm:ss [<pid>:<thread>] <module>
// <LEVEL> <message>`, local time (MSK), the panel's `Request [<ip>][<user>] '<query>'` lines with the function's
// parameters as the panel received them, `Result` lines, module messages. From memory (not fetched): the layout, the
// `authinfo` and `auth` parameters of the panel's API and its `[*****]` for password fields.

function ispLog(rng) {
  const render = (e) => e.isp.map(([mod, lvl, m]) => `${syslogTime(e.t, MSK)} [${e.pid}:${e.th}] ${mod} ${lvl} ${m}`);
  const FUNCS = ['webdomain', 'db', 'emaildomain', 'sslcert', 'backup.list', 'user', 'dashboard.stat'];
  const filler = (rng) => ({
    pid: rng.int(12000, 13000),
    th: rng.int(1, 40),
    isp: rng.pick([
      () => [['core_module', 'INFO', `Request [${publicIp(rng)}][kuae] 'func=${rng.pick(FUNCS)}&out=xjson&sok=ok'`]],
      () => [['libmgr', 'INFO', `Result: 'ok'`]],
      () => [['core', 'DEBUG', `Exec ${rng.pick(['/usr/local/mgr5/sbin/nginx_reload.sh', '/usr/local/mgr5/sbin/certs_check'])}`]],
    ])(),
  });
  const req = (rng, ip, user, q) => ({
    pid: rng.int(12000, 13000),
    th: rng.int(1, 40),
    isp: [['core_module', 'INFO', `Request [${ip}][${user}] '${q}'`]],
  });
  const steps = [
    3,
    plant(
      'api-key-name',
      'ispmanager-request-authinfo-password',
      'error',
      "A cron script on the shop's server starts the nightly backup through the panel's API with `authinfo=<user>:<password>` in the URL, and the panel writes the request's parameters; the password is the panel user's own (long-lived).",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return { value: pw, event: req(rng, '10.12.0.5', '-', `authinfo=kuae:${pw}&out=json&func=backup.run&elid=kuae-nightly`) };
      },
    ),
    2,
    plant(
      'negative',
      'ispmanager-request-passwd-masked',
      'none',
      "A database user's new password as the panel writes it, `[*****]`: a mask, no credential.",
      ({ rng }) => {
        return {
          value: 'passwd=[*****]',
          event: req(
            rng,
            publicIp(rng),
            'kuae',
            `func=db.users.edit&plid=kuae_shop&name=kuae_${lowerNum(rng, 4)}&passwd=[*****]&confirm=[*****]&sok=ok`,
          ),
        };
      },
    ),
    3,
    plant(
      'session-id',
      'ispmanager-warning-auth-session-redirect',
      'error',
      WHY.session(
        "A bookmarked panel address carries `auth=<session id>`, the panel's session parameter, and the panel writes it in the warning about the function it cannot find",
      ),
      ({ rng }) => {
        const s = rng.hex(24);
        return {
          value: s,
          event: {
            pid: rng.int(12000, 13000),
            th: 7,
            isp: [['core_module', 'WARNING', `Unknown function 'webdomain.old' in request 'auth=${s}&func=webdomain.old&elid=${AK}'`]],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ispmanager-sslcert-fingerprint',
      'none',
      "The SHA-256 fingerprint of the shop's new Let's Encrypt certificate, which the certificate module writes: the digest of a public certificate, no credential.",
      ({ rng }) => {
        const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: fp,
          event: {
            pid: rng.int(12000, 13000),
            th: 11,
            isp: [['sslcert', 'INFO', `Certificate '${AK}_le' issued, SHA256 fingerprint ${fp}`]],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'ispmanager-request-notify-mattermost-url',
      'error',
      WHY.webhook(
        "The administrator sets a Mattermost incoming webhook (`/hooks/<26 characters>`) as the panel's notification address, and the request line writes it",
      ),
      ({ rng }) => {
        const h = lowerNum(rng, 26);
        return {
          value: h,
          event: req(
            rng,
            publicIp(rng),
            'root',
            `func=notify.settings&ntype=webhook&url=https://chat.${AK}/hooks/${h}&events=backup,disk,ssl&sok=ok`,
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'ispmanager-error-import-from-share-url',
      'error',
      WHY.pathSecret(
        "The file manager's import from a URL fails, and the error quotes the Nextcloud share the cheese-label layouts were to come from (`/s/<15 characters>/download`)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            pid: rng.int(12000, 13000),
            th: 3,
            isp: [
              [
                'filemgr',
                'ERR',
                `Failed to download 'https://bulut.${AK}/s/${tok}/download?path=%2Fetiketka' to '/var/www/kuae/data/tmp': HTTP 503`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'ispmanager-request-redirect-base64-shef',
      'error',
      'The panel\'s login form carries the page to return to as base64 (`redirect=`); decoded, it is the shop\'s admin page with its `shef` (шъэф, "secret") in the query.',
      ({ rng }) => {
        const b = b64Of(`https://${AK}/tuchan/admin/zakazher?shef=${rng.alnum(28)}`);
        return { value: b, event: req(rng, publicIp(rng), '-', `func=auth&lang=ru&redirect=${b}`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AD + 7 * HOUR, site: { host: AK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// espurna-chiyune.log: the debug console of the cheese cellar's (чӀыунэ) humidity node, ESPurna 1.15 on an ESP8266,
// read through its telnet port: `[<uptime ms, 6 digits>] [<MODULE>] <message>`, no clock. From memory (a search found
// other ESP firmwares, not ESPurna's debug strings): the module tags, the `config` command's JSON dump.

function espurnaLog(rng) {
  let up = rng.int(4000, 9000);
  const render = (e) =>
    e.es.map((m) => {
      up += rng.int(40, 9000);
      return `[${String(up).padStart(6, '0')}] ${m}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ es: [`[SENSOR] SHT3X @ I2C (0x44): temperature ${rng.int(10, 13)}.${rng.int(0, 9)}, humidity ${rng.int(82, 93)}`] }),
      () => ({ es: [`[MQTT] Sending kuae/chiyune/humidity => ${rng.int(82, 93)} (PID ${rng.int(1, 900)})`] }),
      () => ({ es: [`[MAIN] System OK, heap ${rng.int(18000, 24000)}, load ${rng.int(1, 9)}%`] }),
      () => ({ es: [`[INFLUXDB] Sent ${rng.int(2, 4)} measurements`] }),
    ])();
  const steps = [
    {
      raw: { es: ['[MAIN] ESPURNA 1.15.0', '[WIFI] Connected to SSID kuae-chiyune IP 192.168.8.41', '[TELNET] Client #0 connected'] },
      after: 0,
    },
    3,
    plant(
      'framework-dump',
      'espurna-config-command-json',
      'error',
      'Someone types `config` in the telnet console, and ESPurna prints its settings as JSON, the admin password, the Wi-Fi password and the MQTT password among them.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            es: [
              '[TELNET] Command: config',
              `{"app":"ESPURNA","version":"1.15.0","hostname":"kuae-chiyune","adminPass":"${rng.alnum(12)}","ssid0":"kuae-chiyune","pass0":"${rng.alnum(14)}","mqttServer":"mqtt.${AK}","mqttUser":"chiyune","mqttPassword":"${pw}","tspkEnabled":0,"idbEnabled":1}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'espurna-webserver-request-apikey',
      'error',
      `${WHY.apiKey('apikey')} The cooperative's Home Assistant reads the node through ESPurna's REST API, and the web server's debug line writes the request with its \`apikey\` (16 hex digits, ESPurna's own).`,
      ({ rng }) => {
        const key = rng.hex(16).toUpperCase();
        return { value: key, event: { es: [`[WEBSERVER] Request: GET /api/humidity?apikey=${key}`] } };
      },
    ),
    2,
    plant(
      'negative',
      'espurna-ota-md5',
      'none',
      "The firmware image's MD5 the OTA update prints when it checks the upload: a checksum, no credential.",
      ({ rng }) => {
        const m = rng.hex(32);
        return { value: m, event: { es: ['[OTA] Update started', `[OTA] Done, MD5 ${m}`] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'espurna-influxdb-write-url-p',
      'error',
      "InfluxDB 1.x takes the user's password in the write URL's `p` parameter, and ESPurna's InfluxDB module writes the URL it posts to; the password is the database user's (long-lived).",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return { value: pw, event: { es: [`[INFLUXDB] POST http://metrics.${AK}:8086/write?db=chiyune&u=espurna&p=${pw}`] } };
      },
    ),
    2,
    plant(
      'encoded',
      'espurna-influxdb-percent-encoded-password',
      'error',
      "After the password was changed to one with symbols, the same write URL carries it percent-encoded (`%2B`, `%40`); decoded, it is the database user's new password.",
      ({ rng }) => {
        const raw = `${rng.alnum(8)}+${rng.alnum(6)}@${rng.alnum(6)}`;
        const enc = encodeURIComponent(raw);
        return {
          value: enc,
          event: {
            es: [
              '[TELNET] Command: reset',
              '[MAIN] Rebooting...',
              `[INFLUXDB] POST http://metrics.${AK}:8086/write?db=chiyune&u=espurna&p=${enc}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'espurna-wifi-bssid',
      'none',
      "The access point's BSSID (a MAC address) the Wi-Fi module writes on reconnection: a hardware address, no credential.",
      ({ rng }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join(':');
        return { value: mac, event: { es: [`[WIFI] Connected to kuae-chiyune BSSID ${mac} CH 06 RSSI -71`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AD + 8 * HOUR, site: { host: AK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// unisender-events.jsonl: the bodies of Unisender's webhook notifications to the cooperative's shop, one a line as the
// shop stores them: `auth` (an MD5 over the body and the account's key), `events_by_user` with `login` and `events`
// (`event_name` email_status, `event_time` in UTC, `event_data` with `job_id`, `email`, `status`, and for a click
// `url` and `delivery_info`). From memory (not fetched): the field names and the `ok_link_visited` status.

function unisenderLog(rng) {
  const mail = (rng) =>
    `${rng.pick(['zarema', 'aslan', 'saida', 'murat', 'fatima', 'ruslan'])}${rng.int(10, 99)}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`;
  const line = (rng, t, status, extra = {}) =>
    JSON.stringify({
      auth: rng.hex(32),
      events_by_user: [
        {
          login: 'adygekuae',
          events: [
            {
              event_name: 'email_status',
              event_time: ymdHmsAt(t, 0),
              event_data: { job_id: `${rng.alnum(6)}-${rng.alnum(6)}-${rng.alnum(2)}`, email: mail(rng), status, ...extra },
            },
          ],
        },
      ],
    });
  const click = (rng, t, url) =>
    line(rng, t, 'ok_link_visited', { url, delivery_info: { user_agent: rng.pick(BROWSERS), ip: publicIp(rng) } });
  const render = (e) => [e.line];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ line: line(rng, t, rng.pick(['ok_delivered', 'ok_read', 'ok_delivered', 'err_mailbox_full'])) }),
      () => ({
        line: click(
          rng,
          t,
          `https://${AK}/katalog/${rng.pick(['adyge-kuae', 'kuae-0-5kg', 'kuae-1kg'])}?utm_source=unisender&utm_campaign=mafe-2027`,
        ),
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'unisender-click-kabinet-link',
      'error',
      WHY.pathSecret(
        'A subscriber clicks the personal cabinet link of the mailing (`/kabinet/<token>/zakazher`, "orders"), which opens their orders without a password',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: { line: click(rng, t, `https://${AK}/kabinet/${tok}/zakazher?utm_source=unisender`) } };
      },
    ),
    2,
    plant(
      'negative',
      'unisender-auth-md5',
      'none',
      "The `auth` field of a notification: an MD5 digest over the body and the account's key, which proves this one notification and opens nothing.",
      ({ rng, t }) => {
        const l = line(rng, t, 'ok_read');
        return { value: JSON.parse(l).auth, event: { line: l } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'unisender-click-embed-expired',
      'note',
      'A subscriber clicks, days late, the ripening-cellar dashboard link of an older mailing (`/embed/chiyune/<JWT>`), whose token had expired, on an event dated in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 2 * 86400,
          age: 6 * 86400 + rng.int(600, 40000),
          claims: { iss: `https://${AK}`, embed: 'chiyune', params: { kuae: 'adyge' } },
        });
        return { value: token, jwt: facts, event: { line: click(rng, t, `https://${AK}/embed/chiyune/${token}`) } };
      },
    ),
    2,
    plant(
      'session-id',
      'unisender-click-phpsessid-trans-sid',
      'error',
      WHY.session(
        "The mailing's links were copied from the shop while its manager was signed in with `session.use_trans_sid` on, so a click's `url` carries the manager's `PHPSESSID`",
      ),
      ({ rng, t }) => {
        const s = rng.lowerNum(26);
        return { value: s, event: { line: click(rng, t, `https://${AK}/tuchan/aktsie.php?PHPSESSID=${s}&id=14`) } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'unisender-click-price-list-unkibze',
      'error',
      `${WHY.apiKey('unkibze')} The mailing to wholesale buyers links the price list with the key in the query, and a click event writes it.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { line: click(rng, t, `https://${AK}/opt/uasa.xlsx?unkibze=${key}`) } };
      },
    ),
    2,
    plant(
      'encoded',
      'unisender-click-go-base64-url',
      'error',
      "The shop's click redirector carries its target base64-encoded (`/go?d=`); decoded, it is the wholesale order form with `unkibze`.",
      ({ rng, t }) => {
        const b = b64Of(`https://${AK}/opt/zakaz?unkibze=${rng.alnum(32)}&tuchan=7`);
        return { value: b, event: { line: click(rng, t, `https://${AK}/go?d=${encodeURIComponent(b)}`) }, needle: encodeURIComponent(b) };
      },
    ),
    2,
    plant(
      'negative',
      'unisender-delivered-job-id',
      'none',
      "A delivery's `job_id`, Unisender's id of one message's sending: names the job, no credential.",
      ({ rng, t }) => {
        const l = line(rng, t, 'ok_delivered');
        return { value: JSON.parse(l).events_by_user[0].events[0].event_data.job_id, event: { line: l } };
      },
    ),
    2,
    plant(
      'path-secret',
      'unisender-click-password-reset-link',
      'error',
      WHY.pathSecret(
        'A subscriber clicks the password-change link of a service mailing (`/shef-gushy/zeblekhun/<token>`, "change the password")',
      ),
      ({ rng, t }) => {
        const tok = rng.hex(40);
        return { value: tok, event: { line: click(rng, t, `https://${AK}/shef-gushy/zeblekhun/${tok}`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AD + 9 * HOUR, site: { host: AK }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zinc-kuae-recipes.log: the recipe and ordering site, a Pharo 12 image serving with Zinc HTTP Components, its log
// events written to a file one a line: `<yyyy-mm-dd hh:mm:ss> <process id, 6 digits> <tag> <message>` (`I Read a
// ZnRequest(GET /…)`, `I Wrote a ZnResponse(200 OK …)`, `T GET /… 200 1234B 5ms`, `D …`); the image runs in UTC. The
// application's own lines print Smalltalk objects (`a Dictionary('k'->'v' )`, `a ZnHeaders(…)`) with printString. From
// memory (not fetched): the event tags and their wording.

function zincLog(rng) {
  const stamp = (t) => ymdHmsAt(t, 0);
  const render = (e) => {
    const id = String(rng.int(100000, 999999));
    if (e.zn) return e.zn.map((m) => `${stamp(e.t)} ${id} ${m}`);
    const uri = `${e.path}${e.query ? `?${e.query}` : ''}`;
    return [
      `${stamp(e.t)} ${id} I Read a ZnRequest(${e.method} ${uri})`,
      ...(e.app ?? []).map((m) => `${stamp(e.t)} ${id} ${m}`),
      `${stamp(e.t)} ${id} I Wrote a ZnResponse(${e.status} ${e.status === 302 ? 'Found' : 'OK'} ${e.ctype ?? 'text/html;charset=utf-8'} ${e.bytes}B)`,
      `${stamp(e.t)} ${id} T ${e.method} ${uri} ${e.status} ${e.bytes}B ${e.ms}ms`,
    ];
  };
  const PAGES = [
    '/kuae/',
    '/kuae/retseptkher',
    '/kuae/retseptkher/khalyzhu',
    '/kuae/retseptkher/lekum',
    '/kuae/retseptkher/shchyps',
    '/kuae/zakaz',
  ];
  const filler = (rng) => ({ path: rng.pick(PAGES), ms: rng.int(2, 40) });
  const steps = [
    { raw: { zn: ['I Starting ZnManagingMultiThreadedServer HTTP port 8080', 'D Initializing server socket'] }, after: 0 },
    3,
    plant(
      'oauth-code',
      'zinc-read-request-yandex-callback-code',
      'warning',
      `${WHY.code} Sign-in with Yandex ID returns to the site; Zinc prints the request it read and the transaction line, both with the query.`,
      ({ rng }) => {
        const code = digits(rng, 16);
        return {
          value: code,
          event: { path: '/kuae/oauth/yandex', query: `code=${code}&state=${rng.b64url(22)}`, status: 302, bytes: 0, ms: rng.int(80, 300) },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'zinc-app-dictionary-id-token',
      'error',
      "The sign-in with the cooperative's OpenID provider posts its response to the site (`response_mode=form_post`), and the handler prints the form's fields, a Dictionary with the `id_token`, on a line in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://id.${AK}`, aud: 'kuae-retseptkher', sub: uuid(rng), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            method: 'POST',
            path: '/kuae/oidc/return',
            status: 302,
            bytes: 0,
            app: [`D form: a Dictionary('id_token'->'${token}' 'state'->'${rng.b64url(16)}' )`],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'zinc-app-response-etag',
      'none',
      "A photo's `ETag` (the MD5 of the file) in the headers the handler prints: a cache validator, no credential.",
      ({ rng }) => {
        const e = rng.hex(32);
        return {
          value: e,
          event: {
            path: '/kuae/surat/khalyzhu.jpg',
            ctype: 'image/jpeg',
            bytes: rng.int(40000, 90000),
            app: [`D headers: a ZnHeaders('Content-Type'->'image/jpeg' 'ETag'->'"${e}"' )`],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'zinc-read-request-embed-120s',
      'warning',
      "The recipe card embedded on a partner's blog (`/kuae/embed/<JWT>`) loads with a two-minute token without jti, written in Zinc's request and transaction lines in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 20),
          claims: { iss: `https://${AK}`, embed: 'recept', id: rng.int(10, 90) },
        });
        return { value: token, jwt: facts, event: { path: `/kuae/embed/${token}`, ms: rng.int(4, 30) } };
      },
    ),
    3,
    plant(
      'refresh-token',
      'zinc-app-dictionary-vk-token-response',
      'error',
      `${WHY.refresh} The site renews its VK ID token for the cooperative's community page and prints the parsed response, a Dictionary with \`refresh_token\`.`,
      ({ rng }) => {
        const r = `vk2.a.${rng.b64url(120)}`;
        return {
          value: r,
          event: {
            zn: [
              `D vk: a Dictionary('access_token'->'vk2.a.${rng.b64url(120)}' 'expires_in'->3600 'refresh_token'->'${r}' 'token_type'->'Bearer' 'user_id'->${rng.int(100000000, 900000000)} )`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'zinc-client-headers-moysklad-bearer',
      'error',
      "The site's ZnClient sends each order to МойСклад (MoySklad), and the handler prints the request's ZnHeaders, with `Authorization: Bearer <40 hex>`.",
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            zn: [
              'D Sending a ZnRequest(POST /api/remap/1.2/entity/customerorder)',
              `D headers: a ZnHeaders('Accept'->'application/json;charset=utf-8' 'Authorization'->'Bearer ${tok}' 'Content-Type'->'application/json' 'Host'->'api.moysklad.ru' )`,
              'D Read a ZnResponse(200 OK application/json;charset=utf-8 2271B)',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'zinc-app-request-id',
      'none',
      'The request id (a UUID) the site writes with a late order (`заказыр гужъуагъэ`, "the order is late"): names the request, no credential.',
      ({ rng }) => {
        const u = uuid(rng);
        return { value: u, event: { method: 'POST', path: '/kuae/zakaz', ms: rng.int(900, 2000), app: [`W заказыр гужъуагъэ ${u}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AD + 10 * HOUR, site: { host: AK }, filler, render, steps });
}

// =====================================================================================================================
// The carpet weavers' artel of Ахцегь (Lezgian; Akhty, southern Dagestan: MSK, UTC+3 all year)
// =====================================================================================================================

const AH = 'ahcegh-hali.example';

// ---------------------------------------------------------------------------------------------------------------------
// openbeken-rang.log: the log of an OpenBeken smart plug (BK7231N) switching the heater of a dye vat (ранг, "dye,
// colour"), captured from its UART: `<Level>:<MODULE>:<message>` without time, the once-a-second `Info:MAIN:Time …`
// status line, the command interpreter's lines and the HTTP client's `SendGet` lines. From memory (a search found no
// OpenBeken log): the module names and the messages.

function openBekenLog(rng) {
  let sec = rng.int(300, 900);
  const render = (e) => e.ob;
  const filler = (rng) => {
    sec += rng.int(5, 40);
    return rng.pick([
      () => ({
        ob: [
          `Info:MAIN:Time ${sec}, idle ${rng.int(90000, 180000)}/s, free ${rng.int(70000, 82000)}, MQTT 1(${rng.int(1, 9)}), bWifi 1, secondsWithNoPing -1, socks 2/38`,
        ],
      }),
      () => ({ ob: [`Info:MQTT:Publishing val ${rng.int(0, 1)} to ahcegh_rang_1/1/get retain=0`] }),
      () => ({ ob: [`Info:GEN:No change in channel 1 (still set to ${rng.int(0, 1)}) - ignoring`] }),
    ])();
  };
  const steps = [
    {
      raw: {
        ob: [
          'Info:MAIN:Main_Init_After_Delay done',
          'Info:GEN:OpenBK7231N_1.18.42, built Jan 10 2028',
          'Info:MAIN:Time 1, idle 0/s, free 81232, MQTT 0(0), bWifi 0, secondsWithNoPing -1, socks 2/38',
        ],
      },
      after: 0,
    },
    4,
    plant(
      'api-key-name',
      'openbeken-sendget-kuleg',
      'error',
      `${WHY.apiKey('kuleg')} The plug's autoexec script reports the vat's state to the artel's server with \`SendGet\`, \`kuleg\` (куьлег, "key") in the query, and the command line is written.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ob: [
              `Info:CMD:[CMD] SendGet http://iot.${AH}/api/rang?kuleg=${key}&cIal=1&yad=${rng.int(70, 92)}`,
              'Info:HTTP:HTTPClient_Async_SendGet: started',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'openbeken-wifi-mac',
      'none',
      "The plug's MAC address written when it joins the Wi-Fi: a hardware address, no credential.",
      ({ rng }) => {
        const mac = ['C8', '47', '8C', ...Array.from({ length: 3 }, () => rng.hex(2).toUpperCase())].join(':');
        return { value: mac, event: { ob: [`Info:MAIN:Boot complete, MAC ${mac}, IP 192.168.1.57`] } };
      },
    ),
    3,
    plant(
      'webhook',
      'openbeken-sendget-ntfy-topic',
      'error',
      WHY.webhook(
        "An ntfy topic (`ntfy.sh/<topic>/publish?message=…`) with a random name, the only secret of the weavers' phone alerts, which the plug's script calls when the vat is too hot",
      ),
      ({ rng }) => {
        const topic = `ahcegh-${lowerNum(rng, 18)}`;
        return {
          value: topic,
          event: {
            ob: [
              `Info:CMD:[CMD] SendGet https://ntfy.sh/${topic}/publish?message=Rang+1:+yad+94C`,
              'Info:HTTP:HTTPClient_Async_SendGet: started',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'openbeken-ota-url-token-path',
      'error',
      WHY.pathSecret(
        "The OTA update is fetched from a per-device path on the artel's server (`/fw/<token>/…rbl`), and the OTA module writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            ob: [`Info:OTA:Starting OTA from http://iot.${AH}/fw/${tok}/OpenBK7231N_1.18.43.rbl`, 'Info:OTA:Downloaded 32768 of 683212'],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'openbeken-ota-sha256',
      'none',
      'The SHA-256 of the image the OTA module checked: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { ob: [`Info:OTA:Image OK, sha256 ${h}`, 'Info:OTA:Rebooting in 3 seconds'] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LZ + 6 * HOUR, site: { host: AH }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cryptomator.log: Cryptomator 1.15 on the office PC, unlocking the vault of carpet patterns kept with Cryptomator Hub:
// logback's `yyyy-MM-dd HH:mm:ss.SSS [<thread>] <LEVEL> <abbreviated logger> - <message>`, local time (MSK) without
// zone, the Hub key-loading flow at DEBUG. From memory (not fetched): the logger names and the Hub flow's messages.

function cryptomatorLog(rng) {
  const render = (e) => e.cm.map(([th, lvl, lg, m], i) => `${dotMs(e.t + i * 7, MSK)} [${th}] ${lvl.padEnd(5)} ${lg} - ${m}`);
  const VAULT = uuid(rng);
  const FX = 'JavaFX Application Thread';
  const filler = (rng) =>
    rng.pick([
      () => ({
        cm: [
          [
            'Background Thread 2',
            'INFO',
            'o.c.common.vaults.VaultStats',
            `hali-naqshar: ${rng.int(2, 60)} files read, ${rng.int(0, 8)} written`,
          ],
        ],
      }),
      () => ({ cm: [['main', 'DEBUG', 'o.c.ui.traymenu.TrayMenuBuilder', 'Tray menu rebuilt']] }),
      () => ({
        cm: [
          [
            'Background Thread 1',
            'DEBUG',
            'o.c.common.mount.Mounter',
            `WinFsp: ${rng.pick(['cleanup', 'close', 'read'])} \\\\hali-naqshar\\${rng.pick(['2027', '2028', 'kubachi'])}\\${rng.int(10, 99)}.svg`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        cm: [
          ['main', 'INFO', 'o.c.launcher.Cryptomator', 'Starting Cryptomator 1.15.0 on Windows 11 10.0 (amd64)'],
          [FX, 'INFO', 'o.c.ui.unlock.UnlockWorkflow', 'Unlocking vault hali-naqshar'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'cryptomator-hub-device-id',
      'none',
      "The Hub device id Cryptomator writes: the SHA-256 of this PC's device public key, no credential.",
      ({ rng }) => {
        const d = rng.hex(64).toUpperCase();
        return { value: d, event: { cm: [[FX, 'DEBUG', 'o.c.ui.keyloading.hub.HubKeyLoadingModule', `Device id: ${d}`]] } };
      },
    ),
    plant(
      'oauth-code',
      'cryptomator-hub-authflow-receiver-code',
      'warning',
      `${WHY.code} Cryptomator opens the browser to Hub's Keycloak and listens on the loopback for the return; its receiver writes the request line it got.`,
      ({ rng }) => {
        const code = `${uuid(rng)}.${uuid(rng)}.${uuid(rng)}`;
        return {
          value: code,
          event: {
            cm: [
              [
                'HttpServer-0',
                'DEBUG',
                'o.c.ui.keyloading.hub.AuthFlowReceiver',
                `Received GET /callback?state=${rng.b64url(22)}&session_state=${uuid(rng)}&iss=https%3A%2F%2Fhub.${AH}%2Fkc%2Frealms%2Fcryptomator&code=${code}`,
              ],
            ],
          },
        };
      },
      { after: 9 },
    ),
    plant(
      'refresh-token',
      'cryptomator-hub-token-response-offline-token',
      'error',
      `${WHY.refresh} Hub's client asks for \`offline_access\`, and the debug line writes Keycloak's token response with its offline \`refresh_token\` (a JWT without exp)`,
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          alg: 'HS512',
          age: 1,
          claims: {
            iss: `https://hub.${AH}/kc/realms/cryptomator`,
            aud: `https://hub.${AH}/kc/realms/cryptomator`,
            sub: uuid(rng),
            typ: 'Offline',
            azp: 'cryptomator',
            scope: 'openid offline_access',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cm: [
              [
                FX,
                'DEBUG',
                'o.c.ui.keyloading.hub.AuthFlow',
                `Token response: {"expires_in":86400,"refresh_expires_in":0,"refresh_token":"${token}","token_type":"Bearer","scope":"openid offline_access"}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'header-dump',
      'cryptomator-hub-httpheaders-tostring-bearer',
      'error',
      "Hub's vault-key request is written at DEBUG with its headers, Java's `HttpHeaders` printed by `toString()` (`{Authorization=[Bearer …]}`), the access token a JWT Hub's realm issues for a day, on a line in local time without zone",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: 2,
          claims: { iss: `https://hub.${AH}/kc/realms/cryptomator`, aud: 'cryptomatorhub', sub: uuid(rng), azp: 'cryptomator' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cm: [
              [
                FX,
                'DEBUG',
                'o.c.ui.keyloading.hub.ReceiveKeyController',
                `GET https://hub.${AH}/api/vaults/${VAULT}/access-token headers java.net.http.HttpHeaders@${rng.hex(8)} { {Authorization=[Bearer ${token}], User-Agent=[Cryptomator VaultUnlocker/1.15.0]} }`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'cryptomator-hub-vault-id',
      'none',
      "The vault's id in Hub (a UUID) in the unlock success line: names the vault, no credential.",
      () => ({
        value: VAULT,
        needle: `Unlock of vault ${VAULT}`,
        event: { cm: [[FX, 'INFO', 'o.c.ui.unlock.UnlockWorkflow', `Unlock of vault ${VAULT} succeeded.`]] },
      }),
      { after: 1 },
    ),
    4,
    plant(
      'id-token',
      'cryptomator-hub-id-token-claim-warning',
      'error',
      'On the next unlock the flow warns that the ID token lacks a claim and quotes the token, which the realm issues for twelve hours, on a line in local time without zone',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 12 * 3600,
          age: rng.int(2, 20),
          claims: { iss: `https://hub.${AH}/kc/realms/cryptomator`, aud: 'cryptomator', sub: uuid(rng), preferred_username: 'zuleyha' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cm: [[FX, 'WARN', 'o.c.ui.keyloading.hub.AuthFlow', `ID token has no 'email' claim, using 'preferred_username': ${token}`]],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_LZ + 7 * HOUR, site: { host: AH }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tidio-conversations.jsonl: the website chat's messages as a Tidio conversations export writes them, one a line: `id`,
// `conversation_id`, `created_at` (UTC), `author` (`type` visitor / operator / bot, `name`), `message`, and `visitor`
// (`id`, `url` of the page, `browser`, `country`). From memory (not fetched): the export's field names.

function tidioLog(rng) {
  const conv = () => rng.hex(24);
  const m = (rng, t, type, message, url) =>
    JSON.stringify({
      id: rng.hex(24),
      conversation_id: conv(),
      created_at: iso(t).slice(0, 19) + 'Z',
      author: { type, name: type === 'operator' ? rng.pick(['Зулейха', 'Мадина', 'Шамил']) : type === 'bot' ? 'Tidio Bot' : 'Visitor' },
      message,
      ...(url
        ? { visitor: { id: rng.hex(24), url, browser: rng.pick(['Chrome', 'Safari', 'Firefox']), country: rng.pick(['RU', 'AZ', 'DE']) } }
        : {}),
    });
  const render = (e) => [e.line];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        line: m(
          rng,
          t,
          'visitor',
          rng.pick(['Салам! И хали гьикьван я?', 'Доставка Бакудиз авани?', 'Чухсагъул!', 'Зи заказ гьинва?']),
          rng.pick([null, `https://${AH}/hali/${rng.int(100, 400)}`]),
        ),
      }),
      () => ({
        line: m(rng, t, 'operator', rng.pick(['Салам! Гьа, ава.', 'Чухсагъул, чна квез жаваб гуда.', 'Хали гьазур я, пакагьан ракъурда.'])),
      }),
      () => ({ line: m(rng, t, 'bot', 'Салам! Квез гьихьтин хали кӀанзава?') }),
    ])();
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'tidio-visitor-url-access-token-fragment',
      'error',
      "The cabinet page signs in with the implicit flow, and the chat widget records the page's address, `#access_token=…` and all, with the visitor's first message.",
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            line: m(
              rng,
              t,
              'visitor',
              'Кабинет ачух жезвач',
              `https://${AH}/kabinet#access_token=${tok}&token_type=Bearer&expires_in=3600`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'tidio-visitor-url-bilet-once',
      'note',
      WHY.ticketFirst(
        'A customer opens the chat from the page the sign-in link of a mail took them to (`/gahun?bilet=…`, гьахьун "to enter", билет "ticket"), a single-use ticket the site has already spent; the widget records the address. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          event: { line: m(rng, t, 'visitor', 'Салам, за гьахьнава, амма заказар авач', `https://${AH}/gahun?bilet=${tk}`) },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tidio-operator-order-reference',
      'none',
      "An order's reference an operator gives a customer (`АХ-` and 8 characters): an identifier for the phone, no credential.",
      ({ rng, t }) => {
        const r = `АХ-${upperNum(rng, 8)}`;
        return { value: r, event: { line: m(rng, t, 'operator', `Квен заказдин номер ${r} я. Хали пакагьан ракъурда.`) } };
      },
    ),
    2,
    plant(
      'path-secret',
      'tidio-operator-order-page-link',
      'error',
      WHY.pathSecret(
        'An operator sends a customer the private page of their order (`/zakaz/<token>/hali`), which shows the order and its address to whoever opens it',
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: { line: m(rng, t, 'operator', `Ина килиг: https://${AH}/zakaz/${tok}/hali`) } };
      },
    ),
    2,
    plant(
      'id-token',
      'tidio-visitor-pasted-id-token-fragment',
      'error',
      'A customer pastes the address the sign-in left them on, with `#id_token=…` in the fragment, on a message dated in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 600),
          claims: { iss: `https://id.${AH}`, aud: 'hali-web', sub: uuid(rng), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { line: m(rng, t, 'visitor', `Ина адрес: https://${AH}/gahun/jawab#id_token=${token}&state=${rng.b64url(12)}`) },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'tidio-operator-pasted-cookie-sessiya',
      'error',
      WHY.session(
        'An operator pastes into the chat, meant for the developer, the `Cookie` line of her browser with `sessiya` (сессия, "session") of the shop\'s admin',
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return { value: s, event: { line: m(rng, t, 'operator', `Админка ачух жезвач, ГъалатӀ 500. Cookie: sessiya=${s}; lang=lez`) } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'tidio-operator-embed-preview-12h',
      'error',
      "An operator sends a customer the preview of their carpet's pattern as an embed (`/embed/hali/<JWT>`), valid twelve hours, on a message dated in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 12 * 3600,
          age: rng.int(60, 3000),
          claims: { iss: `https://${AH}`, embed: 'hali', id: rng.int(100, 400) },
        });
        return {
          value: token,
          jwt: facts,
          event: { line: m(rng, t, 'operator', `Квен халидин шикил: https://${AH}/embed/hali/${token}`) },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tidio-visitor-id',
      'none',
      "The visitor's `id` (24 hex digits), Tidio's own name for a browser that opened the chat: an identifier, no credential.",
      ({ rng, t }) => {
        const l = m(rng, t, 'visitor', 'Салам! ГъвечӀи халияр авани?', `https://${AH}/hali/kicik`);
        return { value: JSON.parse(l).visitor.id, event: { line: l } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'tidio-visitor-pasted-access-token-fragment',
      'error',
      "A customer pastes the address of the blank page she lands on after signing in, the implicit flow's `#access_token=…` in the fragment.",
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            line: m(rng, t, 'visitor', `Чин буш я: https://${AH}/kabinet/zakazar#access_token=${tok}&token_type=Bearer&expires_in=3600`),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LZ + 8 * HOUR, site: { host: AH }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// freshtomato-messages.log: the office router's /var/log/messages, FreshTomato 2025.x on an Asus RT-AC66U:
// `Mmm dd hh:mm:ss <hostname> <facility.level> <tag>[<pid>]: <message>`, local time (MSK); dnsmasq-dhcp, dropbear,
// httpd, mdu (the DDNS updater) and a WAN-up script's `logger` lines. From memory (not fetched): mdu's messages (its
// debug output with the DDNS settings), httpd's `_http_id` message.

function freshTomatoLog(rng) {
  const HOSTN = 'ahcegh-ofis';
  const render = (e) => e.sy.map(([fl, tag, msg]) => `${syslogTime(e.t, MSK)} ${HOSTN} ${fl} ${tag}: ${msg}`);
  const mac = () => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const filler = (rng) =>
    rng.pick([
      () => {
        const a = `192.168.1.${rng.int(100, 200)}`;
        const m = mac();
        return {
          sy: [
            [`daemon.info`, `dnsmasq-dhcp[${rng.int(400, 900)}]`, `DHCPREQUEST(br0) ${a} ${m}`],
            [
              'daemon.info',
              `dnsmasq-dhcp[${rng.int(400, 900)}]`,
              `DHCPACK(br0) ${a} ${m} ${rng.pick(['zuleyha-pc', 'tezgah-2', 'android-' + rng.hex(8)])}`,
            ],
          ],
        };
      },
      () => ({ sy: [['kern.info', 'kernel', `br0: port ${rng.int(1, 4)}(vlan1) entered forwarding state`]] }),
      () => ({ sy: [['cron.err', `crond[${rng.int(300, 500)}]`, 'USER root pid 2210 cmd service ddns restart']] }),
    ])();
  const steps = [
    {
      raw: {
        sy: [
          ['syslog.info', 'syslogd started', 'BusyBox v1.36.1'],
          ['kern.notice', 'kernel', 'Linux version 2.6.36.4brcmarm'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'framework-dump',
      'freshtomato-mdu-debug-settings',
      'error',
      "With the DDNS page's debug option on, mdu writes the settings it was started with, the DynDNS account's `pass` among them.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            sy: [
              [
                'daemon.debug',
                `mdu[${rng.int(1000, 3000)}]`,
                `settings: service=dyndns user=ahcegh pass=${pw} host=ofis.${AH} wild=0 mx= bmx=0 ip=@`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'freshtomato-httpd-http-id',
      'none',
      "The web interface's `_http_id` (`TID` and 16 hex digits), which httpd writes when a form arrives without the right one: an anti-forgery value, no credential.",
      ({ rng }) => {
        const v = `TID${rng.hex(16)}`;
        return { value: v, event: { sy: [['user.warn', 'httpd', `Invalid _http_id=${v} from 192.168.1.${rng.int(100, 200)}`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'freshtomato-mdu-custom-url-kuleg',
      'error',
      `${WHY.apiKey('kuleg')} The second DDNS entry is a "Custom URL" on the artel's server with \`kuleg\` (куьлег, "key") in the query, which mdu writes when it updates.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sy: [
              [
                'daemon.info',
                `mdu[${rng.int(1000, 3000)}]`,
                `Custom URL: https://iot.${AH}/dns/update?kuleg=${key}&host=ofis2&ip=178.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}`,
              ],
              ['daemon.info', `mdu[${rng.int(1000, 3000)}]`, 'Update successful.'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'freshtomato-wanup-logger-slack-trigger',
      'error',
      WHY.webhook(
        "The WAN-up script announces the new address to the weavers' Slack through a workflow trigger URL (`hooks.slack.com/triggers/<team>/<id>/<secret>`) and writes what it calls with `logger`",
      ),
      ({ rng }) => {
        const sec = rng.hex(32);
        return {
          value: sec,
          event: {
            sy: [
              [
                'user.notice',
                'wanup',
                `curl -s -X POST https://hooks.slack.com/triggers/T0${upperNum(rng, 9)}/${digits(rng, 13)}/${sec} -d {"ip":"178.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'freshtomato-wanup-logger-base64-status',
      'error',
      "The same script sends the router's status to the artel's server as base64 in the query and logs the URL; decoded, the JSON holds `kuleg`.",
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ ofis: 'ahcegh', kuleg: rng.alnum(32), uptime: rng.int(1000, 90000) }));
        return { value: b, event: { sy: [['user.notice', 'wanup', `wget -q -O - https://iot.${AH}/api/status?d=${b}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'freshtomato-dropbear-key-fingerprint',
      'none',
      "dropbear's line for a key login, with the key's `SHA256:` fingerprint: the digest of a public key, no credential.",
      ({ rng }) => {
        const fp = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43);
        return {
          value: fp,
          event: {
            sy: [
              [
                'authpriv.notice',
                `dropbear[${rng.int(2000, 4000)}]`,
                `Pubkey auth succeeded for 'root' with ssh-ed25519 key SHA256:${fp} from 192.168.1.34:${rng.int(40000, 60000)}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LZ + 5 * HOUR, site: { host: AH }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout106');
writePart(join(here, 'heldout106'), {
  'telnyx-message-events.jsonl': telnyxLog(rng),
  'fabio.log': fabioLog(rng),
  'spiffy-members.log': spiffyLog(rng),
  'agola-members-deploy.log': agolaLog(rng),
  'smartsupp-conversations.jsonl': smartsuppLog(rng),
  'tarantool-kuae.log': tarantoolLog(rng),
  'ispmgr.log': ispLog(rng),
  'espurna-chiyune.log': espurnaLog(rng),
  'unisender-events.jsonl': unisenderLog(rng),
  'zinc-kuae-retseptkher.log': zincLog(rng),
  'openbeken-rang.log': openBekenLog(rng),
  'cryptomator.log': cryptomatorLog(rng),
  'tidio-conversations.jsonl': tidioLog(rng),
  'freshtomato-messages.log': freshTomatoLog(rng),
});
