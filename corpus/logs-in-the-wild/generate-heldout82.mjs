// Writes corpus/logs-in-the-wild/heldout82/: an eighty-second held-out part, in formats no other part uses (a
// GraphHopper 10 server's Dropwizard console with its request log, `docker logs -t` of LubeLogger (ASP.NET Core 8
// console), `docker logs` of Umami 2 under `DEBUG=umami:*`, a Bruno CLI run in a GitHub Actions job's raw log,
// `docker logs -t` of Kutt 3, `docker logs -t` of EarthRanger's web container, `docker compose logs -t` of QFieldCloud,
// `docker logs -t` of frePPLe 9, a Wazo Platform `wazo-calld.log`, `docker logs -t` of a jambonz feature server, an
// OpenLP 3 `openlp.log`, a TastyIgniter 3 `storage/logs/system.log`, `docker logs -t` of a ToolJet server, Xandikos and
// a notification script through `journalctl -o short-iso`), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout82.mjs     rewrites heldout82/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Skiddaw E-Bikes, an e-bike rental and guided-ride company in Keswick, Cumbria (English, five logs);
// Nkanyi wa Hlanganani, a Giyani (Limpopo) group with a marula (nkanyi) processing plant, the community game reserve it
// buys fruit around and the taxi association that carries its workers (Xitsonga messages where the app shows them,
// routes, parameter, header, key and property names in Xitsonga, English code names, five logs); Fugassa e Gumbo, a
// Recco and Fontanabuona family group with a focaccia bakery, an olive press (gumbo), the harbour pilots' roster it
// hosts for a cousin's pilot station and a trallalero choir (Ligurian messages where the app shows them, names in
// Ligurian, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 10, 15, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Keswick in November (GMT, UTC+0), Giyani (SAST, UTC+2), Recco (CET, UTC+1). */
const SAST = 120;
const CET = 60;
/** Docker's `-t` prefix: RFC 3339 with nanoseconds, Z. */
const dockerT = (t) => `${iso(t).slice(0, 23)}${digits(new Random(`ns${t}`), 6)}Z`;
const lan = (rng, prefix = '172.18') => `${prefix}.${rng.int(0, 3)}.${rng.int(2, 250)}`;

// =====================================================================================================================
// Skiddaw E-Bikes (English; Keswick: GMT)
// =====================================================================================================================

const SK = 'skiddaw-ebikes.example';

// ---------------------------------------------------------------------------------------------------------------------
// graphhopper.log: a GraphHopper 10 routing server (`java -jar graphhopper-web-10.0.jar server config.yml`) as a systemd
// unit writes its console to a file: Dropwizard's default console layout `%-5p [%d{ISO8601,UTC}] %c: %m%n` and the
// request log (logback-access, combined with the time taken). From memory, not fetched.

function graphhopperLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) =>
    e.gh.map((x) =>
      typeof x === 'string'
        ? x
        : x[0] === 'req'
          ? `${e.ip} - - [${clf(e.t)}] "GET ${x[1]} HTTP/1.1" ${x[2] ?? 200} ${e.bytes} "${x[3] ?? '-'}" "${x[4] ?? e.ua}" ${e.ms}`
          : `${x[0].padEnd(5)} [${stamp(e.t)}] ${x[1]}: ${x[2]}`,
    );
  const pt = (rng) => `54.${rng.int(540000, 620000)},-3.${rng.int(90000, 190000)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        gh: [
          [
            'req',
            `/route?point=${pt(rng)}&point=${pt(rng)}&profile=${rng.pick(['ebike', 'ebike', 'mtb_e', 'foot'])}&locale=en&points_encoded=true`,
            200,
            `https://book.${SK}/tours/${rng.pick(['derwentwater-loop', 'whinlatter-forest', 'borrowdale'])}`,
          ],
        ],
      }),
      () => ({
        gh: [
          [
            'req',
            `/isochrone?point=${pt(rng)}&profile=ebike&time_limit=${rng.pick([900, 1800, 3600])}&buckets=3`,
            200,
            `https://book.${SK}/hire/range`,
          ],
        ],
      }),
      () => ({ gh: [['req', '/health', 200, '-', 'Consul Health Check']] }),
      () => ({
        gh: [['INFO', 'com.graphhopper.routing.Router', `routing took ${rng.int(2, 80)}ms, points:${rng.int(40, 900)}, profile:ebike`]],
      }),
      () => ({ gh: [['WARN', 'com.graphhopper.http.IllegalArgumentExceptionMapper', `bad request: Cannot find point 0: ${pt(rng)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        gh: [
          ['INFO', 'org.eclipse.jetty.server.Server', 'jetty-10.0.24; built: 2024-08-26T17:58:21.070Z; jvm 21.0.8+9-LTS'],
          ['INFO', 'com.graphhopper.GraphHopper', 'version 10.0|2024-10-14T10:12:38Z (7,20,5,4,5,7)'],
          [
            'INFO',
            'com.graphhopper.GraphHopper',
            'graph CH|ebike,mtb_e,foot, details:edges: 412 308(13MB), nodes: 301 774(4MB), bounds: -3.61,-2.73,54.18,54.79',
          ],
          ['INFO', 'io.dropwizard.core.server.ServerFactory', 'Starting GraphHopperApplication'],
          ['INFO', 'org.eclipse.jetty.server.AbstractConnector', 'Started application@5a7b1f2c{HTTP/1.1, (http/1.1)}{127.0.0.1:8989}'],
        ],
      },
    },
    3,
    plant(
      'negative',
      'graphhopper-graph-cache-checksum',
      'none',
      "GraphHopper's log of the imported graph's data checksum (`datareader.data.checksum`): a hash of the OSM extract, no credential.",
      ({ rng }) => {
        const v = rng.hex(40);
        return {
          value: v,
          event: {
            gh: [
              [
                'INFO',
                'com.graphhopper.GraphHopper',
                `loaded graph at:/srv/graphhopper/graph-cache, data_reader_file:cumbria-latest.osm.pbf, datareader.data.checksum:${v}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'graphhopper-request-log-client-key',
      'error',
      `${WHY.apiKey('client_key')} A partner's booking widget calls the routing server with its key in the query; the request log writes the whole request line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            gh: [
              [
                'req',
                `/route?point=${pt(rng)}&point=${pt(rng)}&profile=ebike&client_key=${key}`,
                200,
                'https://www.lakes-stays.example/',
                'axios/1.13.2',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'graphhopper-referer-embed-route-map-jwt-no-exp',
      'error',
      'The route map embedded on partner sites loads from `/embed/route-map/<JWT>`, a token without `exp`; every routing request from the embed carries it in its Referer, which the request log writes (a CLF time with its zone)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 30, 86400 * 200),
          claims: { iss: `https://book.${SK}`, partner: 'lakes-stays', tour: 'derwentwater-loop', scope: 'embed:map' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            gh: [
              [
                'req',
                `/route?point=${pt(rng)}&point=${pt(rng)}&profile=ebike&locale=en`,
                200,
                `https://maps.${SK}/embed/route-map/${token}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'graphhopper-referer-ebk-session-query',
      'error',
      WHY.session(
        'The old hire checkout keeps its session in the query (`?ebk_session=…`); the map on that page sends the address as the Referer of its routing request',
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            gh: [
              [
                'req',
                `/route?point=${pt(rng)}&point=${pt(rng)}&profile=ebike`,
                200,
                `https://book.${SK}/hire/checkout.php?step=2&ebk_session=${sid}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'graphhopper-referer-ride-share-link',
      'error',
      WHY.pathSecret(
        "A shared guided-ride page (`/ride/share/<token>`: the route, the meeting point and the riders' names), in the Referer of the route request its map makes",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            gh: [
              [
                'req',
                `/route?point=${pt(rng)}&point=${pt(rng)}&profile=mtb_e&details=surface`,
                200,
                `https://book.${SK}/ride/share/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'graphhopper-request-log-return-to-double-encoded-key',
      'error',
      'The widget passes its return address percent-encoded twice (`return_to=…%253Fvoucher_key%253D<key>`): decoded twice, a voucher API key in the query.',
      ({ rng }) => {
        const key = rng.alnum(28);
        return {
          value: key,
          event: {
            gh: [
              [
                'req',
                `/route?point=${pt(rng)}&point=${pt(rng)}&profile=ebike&return_to=https%253A%252F%252Fbook.${SK}%252Fvouchers%253Fvoucher_key%253D${key}`,
                400,
                'https://www.lakes-stays.example/',
                'axios/1.13.2',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'graphhopper-debug-encoded-polyline',
      'none',
      "An encoded polyline (`points`) GraphHopper writes at debug for a slow route: coordinates in Google's polyline encoding, no credential.",
      ({ rng }) => {
        const v = `_p~iF~ps|U${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_`~?@', 48)}`;
        return {
          value: v,
          event: { gh: [['DEBUG', 'com.graphhopper.resources.RouteResource', `slow route (${rng.int(900, 2000)}ms) points=${v}`]] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'gh-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lubelogger.log: `docker logs -t lubelogger` of LubeLogger (the fleet's maintenance records) on ASP.NET Core 8: the
// simple console formatter's `<lvl>: <category>[<event id>]` and its indented message lines, each prefixed with Docker's
// RFC 3339 time. From memory, not fetched.

function lubeloggerLog(rng) {
  const render = (e) =>
    e.ll.flatMap(([lvl, cat, id, msgs]) => [`${dockerT(e.t)} ${lvl}: ${cat}[${id}]`, ...msgs.map((m) => `${dockerT(e.t)}       ${m}`)]);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ll: [
          [
            'info',
            'Microsoft.AspNetCore.Hosting.Diagnostics',
            1,
            [`Request starting HTTP/1.1 GET http://fleet.${SK}/Vehicle/Index?vehicleId=${rng.int(1, 60)} - - -`],
          ],
        ],
      }),
      () => ({
        ll: [
          [
            'info',
            'Microsoft.AspNetCore.Hosting.Diagnostics',
            2,
            [
              `Request finished HTTP/1.1 GET http://fleet.${SK}/Vehicle/GetServiceRecordsByVehicleId?vehicleId=${rng.int(1, 60)} - 200 - text/html;+charset=utf-8 ${rng.int(3, 90)}.${rng.int(1000, 9999)}ms`,
            ],
          ],
        ],
      }),
      () => ({
        ll: [
          [
            'info',
            'CarCareTracker.Controllers.VehicleController',
            0,
            [`Service record added for vehicle ${rng.int(1, 60)} (${rng.pick(['brake pads', 'chain', 'battery check', 'tyre'])})`],
          ],
        ],
      }),
      () => ({
        ll: [
          [
            'warn',
            'Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager',
            35,
            ['No XML encryptor configured. Key {' + rng.uuid() + '} may be persisted to storage in unencrypted form.'],
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        ll: [
          ['info', 'Microsoft.Hosting.Lifetime', 14, ['Now listening on: http://[::]:8080']],
          ['info', 'Microsoft.Hosting.Lifetime', 0, ['Application started. Press Ctrl+C to shut down.']],
          ['info', 'Microsoft.Hosting.Lifetime', 0, ['Hosting environment: Production']],
        ],
      },
    },
    3,
    plant(
      'negative',
      'lubelogger-kestrel-connection-trace-id',
      'none',
      "Kestrel's connection and trace identifier (`0H…:0000000n`): a request id, no credential.",
      ({ rng }) => {
        const v = `0HN${upperNum(rng, 10)}:0000000${rng.int(2, 9)}`;
        return {
          value: v,
          event: {
            ll: [
              [
                'warn',
                'Microsoft.AspNetCore.Server.Kestrel',
                17,
                [`Connection id "${v.split(':')[0]}" bad request data: "Request line too long." TraceIdentifier ${v}`],
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'lubelogger-openid-callback-warning-url',
      'warning',
      `${WHY.code} Kestrel's \`Request starting\` writes the OpenID Connect callback (\`/Login/RemoteAuth?code=…&state=…\`), and LubeLogger's failure writes the same address again.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        const url = `http://fleet.${SK}/Login/RemoteAuth?code=${code}&state=${rng.hex(16)}`;
        return {
          value: code,
          event: {
            ll: [
              ['info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 1, [`Request starting HTTP/1.1 GET ${url} - - -`]],
              [
                'fail',
                'CarCareTracker.Controllers.LoginController',
                0,
                [`OpenID Connect token exchange failed for ${url}: 502 Bad Gateway`],
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'lubelogger-openid-invalid-id-token-message',
      'error',
      'LubeLogger writes the ID token it failed to validate into its error (`Unable to validate id_token <JWT>`), a Docker RFC 3339 time on the line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          alg: 'RS256',
          kid: rng.hex(20),
          claims: { iss: `https://sso.${SK}/realms/staff`, aud: 'lubelogger', sub: rng.uuid(), email: 'workshop@skiddaw-ebikes.example' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ll: [['fail', 'CarCareTracker.Controllers.LoginController', 0, [`Unable to validate id_token ${token}: audience mismatch`]]],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'lubelogger-webhook-rocketchat-hook-url',
      'error',
      WHY.webhook(
        "A self-hosted Rocket.Chat incoming integration (`/hooks/<id>/<token>`) set as LubeLogger's webhook; the failed post's warning writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            ll: [
              [
                'warn',
                'CarCareTracker.Logic.WebhookLogic',
                0,
                [`Webhook post to https://chat.${SK}/hooks/${rng.alnum(17)}/${tok} failed: 503 (Service Unavailable)`],
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'lubelogger-options-dump-mailconfig-password',
      'error',
      "At debug the configuration's mail section is dumped as a C# record (`MailConfig { EmailServer = …, Password = … }`): the SMTP password of the workshop mailbox.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            ll: [
              [
                'dbug',
                'CarCareTracker.Helper.MailHelper',
                0,
                [
                  `Loaded MailConfig { EmailServer = smtp.${SK}, EmailFrom = workshop@${SK}, UseSSL = True, Port = 587, Username = workshop, Password = ${pw} }`,
                ],
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'lubelogger-httpclient-request-headers-basic',
      'error',
      "The reminder export's HttpClient logs its request headers at trace on an indented line (`Authorization: Basic <base64 user:password>`): the parts shop API's account.",
      ({ rng }) => {
        const basic = b64Of(`skiddaw-workshop:${rng.alnum(18)}`);
        return {
          value: basic,
          event: {
            ll: [
              [
                'trce',
                'System.Net.Http.HttpClient.PartsShop.ClientHandler',
                102,
                ['Request Headers:', 'Accept: application/json', `Authorization: Basic ${basic}`],
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'lubelogger-antiforgery-token-field',
      'none',
      'A form field of the anti-forgery token (`__RequestVerificationToken`) in a model-binding warning: a CSRF token, no credential.',
      ({ rng }) => {
        const v = `CfDJ8${rng.b64url(80)}`;
        return {
          value: v,
          event: {
            ll: [
              ['warn', 'Microsoft.AspNetCore.Mvc.ModelBinding', 0, [`Model state invalid: __RequestVerificationToken=${v}; odometer=""`]],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'fleet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// umami.log: `docker logs umami` of Umami 2 (Next.js standalone) started with `DEBUG=umami:*`: the debug module's
// non-TTY lines `<ISO time Z> umami:<namespace> <message>`, the collect endpoint's payloads printed as JSON, Next.js'
// own startup lines without a time. From memory, not fetched.

function umamiLog(rng) {
  const render = (e) => e.um.map((x) => (typeof x === 'string' ? x : `${iso(e.t)} umami:${x[0]} ${x[1]}`));
  const WEBSITE = rng.uuid();
  const page = (rng) => rng.pick(['/', '/hire', '/tours/derwentwater-loop', '/tours/whinlatter-forest', '/faq', '/hire/checkout']);
  const filler = (rng) =>
    rng.pick([
      () => ({
        um: [
          [
            'send',
            `collect ${JSON.stringify({ type: 'event', payload: { website: WEBSITE, hostname: `book.${SK}`, language: 'en-GB', screen: rng.pick(['390x844', '1920x1080', '1440x900']), title: 'Skiddaw E-Bikes', url: page(rng), referrer: rng.pick(['', 'https://www.google.com/', 'https://www.tripadvisor.co.uk/']) } })}`,
          ],
        ],
      }),
      () => ({ um: [['auth', `session check ok user=${rng.pick(['admin', 'marketing'])} ${rng.int(1, 9)}ms`]] }),
      () => ({ um: [['query', `getWebsiteStats ${WEBSITE} ${rng.int(8, 140)}ms`]] }),
    ])();
  const send = (url, referrer = '') => ({
    um: [
      [
        'send',
        `collect ${JSON.stringify({ type: 'event', payload: { website: WEBSITE, hostname: `book.${SK}`, language: 'en-GB', screen: '390x844', title: 'Skiddaw E-Bikes', url, referrer } })}`,
      ],
    ],
  });
  const steps = [
    {
      raw: {
        um: [
          '   ▲ Next.js 14.2.28',
          '   - Local:        http://localhost:3000',
          '   - Network:      http://0.0.0.0:3000',
          '',
          ' ✓ Starting...',
          ' ✓ Ready in 412ms',
        ],
      },
    },
    3,
    plant(
      'negative',
      'umami-session-id-visitor-hash',
      'none',
      "Umami's `sessionId`, a UUID derived from a hash of the website, address, user agent and a monthly salt: an anonymous visitor id, no login session.",
      ({ rng }) => {
        const v = rng.uuid();
        return {
          value: v,
          event: {
            um: [
              [
                'send',
                `session created ${JSON.stringify({ sessionId: v, websiteId: WEBSITE, browser: 'ios', os: 'iOS', device: 'mobile', country: 'GB' })}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'umami-collect-payload-url-fragment',
      'error',
      "The tracker sends the page address it is on; the staff app's hash route after sign-in still carries the implicit grant's fragment (`/staff/#access_token=…`), and the collect payload at debug writes it.",
      ({ rng }) => {
        const at = rng.b64url(46);
        return { value: at, event: send(`/staff/#access_token=${at}&token_type=Bearer&expires_in=3600`) };
      },
    ),
    3,
    plant(
      'oauth-code',
      'umami-collect-payload-referrer-callback',
      'warning',
      `${WHY.code} The page after sign-in reports its referrer, the callback address with \`code\` and \`state\` (the collect payload's \`referrer\` field).`,
      ({ rng }) => {
        const code = rng.hex(40);
        return { value: code, event: send('/account', `https://book.${SK}/auth/callback?code=${code}&state=${rng.b64url(22)}`) };
      },
    ),
    3,
    plant(
      'path-secret',
      'umami-collect-payload-url-gift-voucher-redeem',
      'error',
      WHY.pathSecret('A gift voucher redemption page (`/vouchers/redeem/<token>`) counted as a page view'),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return { value: tok, event: send(`/vouchers/redeem/${tok}`) };
      },
    ),
    3,
    plant(
      'negative',
      'umami-cache-buster-query',
      'none',
      'A cache buster on the tracker script (`script.js?v=<hex>`): a build hash, no credential.',
      ({ rng }) => {
        const v = rng.hex(20);
        return { value: v, event: { um: [['middleware', `GET /script.js?v=${v} 200 (cached)`]] } };
      },
    ),
    3,
    plant(
      'refresh-token',
      'umami-collect-payload-url-app-webview-refresh',
      'error',
      `${WHY.refresh} The hire app's webview opens the account page with the app's refresh token in the query, and the tracker counts that address.`,
      ({ rng }) => {
        const rt = `skrt_${rng.alnum(44)}`;
        return { value: rt, event: send(`/account/bookings?source=app&refresh_token=${rt}`) };
      },
    ),
    3,
    plant(
      'encoded',
      'umami-event-data-base64-json-key',
      'error',
      "A custom event's `data` holds the booking widget's state as base64 JSON (`state=eyJ…`) with the partner's API key (`k`): decoded, a credential.",
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ partner: 'lakes-stays', k: rng.alnum(32), step: 'payment' }));
        return {
          value: b,
          event: {
            um: [
              [
                'send',
                `collect ${JSON.stringify({ type: 'event', payload: { website: WEBSITE, hostname: `book.${SK}`, url: '/hire/checkout', name: 'widget-step', data: { state: b } } })}`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'umami' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bruno-api-tests.log: the raw log of a GitHub Actions job running `bru run --env staging bookings` (Bruno CLI 1.x):
// every line prefixed with the runner's `<RFC 3339, 7 decimals>Z`, Bruno's per-request lines (`<file> (<status>) -
// <ms> ms`), its assertion and test results, and `console.log` output of pre- and post-request scripts. From memory,
// not fetched.

function brunoLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${digits(rng, 4)}Z`;
  const render = (e) => e.br.map((x) => `${stamp(e.t)} ${x}`);
  const reqs = ['bookings/list.bru', 'bookings/availability.bru', 'fleet/battery-levels.bru', 'tours/catalogue.bru', 'hire/quote.bru'];
  const filler = (rng) =>
    rng.pick([
      () => ({ br: [`${rng.pick(reqs)} (200 OK) - ${rng.int(40, 900)} ms`, `   ✓ assert: res.status: eq 200`] }),
      () => ({
        br: [
          `${rng.pick(reqs)} (200 OK) - ${rng.int(40, 900)} ms`,
          `   ✓ ${rng.pick(['returns a list', 'has prices in GBP', 'no bike over 100%'])}`,
        ],
      }),
      () => ({
        br: [
          `${rng.pick(reqs)} (429 Too Many Requests) - ${rng.int(10, 90)} ms`,
          '   ✕ assert: res.status: eq 200',
          '      expected 429 to equal 200',
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        br: [
          '##[group]Run bru run --env staging bookings',
          'bru run --env staging bookings',
          'shell: /usr/bin/bash -e {0}',
          '##[endgroup]',
          'Bru CLI 1.39.0',
        ],
      },
    },
    2,
    plant(
      'negative',
      'bruno-actions-run-id-and-job-check-run',
      'none',
      "GitHub Actions' workflow run id in a step's summary URL: an identifier, no credential.",
      ({ rng }) => {
        const v = digits(rng, 11);
        return { value: v, event: { br: [`Test report: https://github.com/skiddaw-ebikes/booking-api/actions/runs/${v}/attempts/1`] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'bruno-verbose-header-x-skiddaw-key',
      'error',
      `${WHY.apiKey('X-Skiddaw-Key')} A failing request is printed with its headers; the staging environment's partner key is in a custom header.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            br: [
              'partners/quote.bru (401 Unauthorized) - 61 ms',
              '   ✕ assert: res.status: eq 200',
              '   request headers:',
              '     content-type: application/json',
              `     x-skiddaw-key: ${key}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'bruno-response-location-fragment',
      'error',
      "The implicit-flow test prints the `location` header of the authorize endpoint's 302: the access token in the fragment.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            br: [
              'auth/implicit-legacy.bru (302 Found) - 88 ms',
              `   console.log: location = https://book.${SK}/staff/cb#access_token=${at}&token_type=bearer&expires_in=7200&state=${rng.hex(8)}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'bruno-post-response-script-id-token',
      'error',
      "A post-response script prints the sign-in answer's `id_token` (`console.log: id_token = <JWT>`), on a line with the runner's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 8 * 3600,
          age: 1,
          claims: {
            iss: `https://sso.${SK}/realms/customers`,
            aud: 'booking-web',
            sub: rng.uuid(),
            email: 'qa+staging@skiddaw-ebikes.example',
          },
        });
        return { value: token, jwt: facts, event: { br: ['auth/sign-in.bru (200 OK) - 212 ms', `   console.log: id_token = ${token}`] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'bruno-post-response-script-refresh-jwt',
      'error',
      `${WHY.refresh} A post-response script stores and prints the refresh token (a JWT with a jti valid 30 days)`,
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: 1,
          jti: true,
          alg: 'HS512',
          claims: { iss: `https://sso.${SK}/realms/customers`, typ: 'Refresh', sub: rng.uuid() },
        });
        return { value: token, jwt: facts, event: { br: [`   console.log: saved refresh_token ${token}`] } };
      },
      { after: 0 },
    ),
    3,
    plant(
      'embed-jwt',
      'bruno-request-url-embed-ride-tracker-jwt',
      'error',
      'The ride tracker embed test requests `/embed/ride-tracker/<JWT>` and Bruno prints the URL of the failing request (UTC time on the line)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(10, 120),
          jti: true,
          claims: { iss: `https://book.${SK}`, ride: `R-${digits(rng, 5)}`, scope: 'embed:tracker' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            br: [
              'embeds/ride-tracker.bru (500 Internal Server Error) - 340 ms',
              `   url: https://staging.${SK}/embed/ride-tracker/${token}`,
              '   ✕ assert: res.status: eq 200',
              `   ✕ GET https://staging.${SK}/embed/ride-tracker/${token} -> 500`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'bruno-console-log-magic-link',
      'error',
      WHY.pathSecret('The passwordless test prints the magic sign-in link the API returns (`/signin/magic/<token>`)'),
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: { br: ['auth/magic-link.bru (201 Created) - 97 ms', `   console.log: link https://staging.${SK}/signin/magic/${tok}`] },
        };
      },
    ),
    2,
    plant('negative', 'bruno-response-etag', 'none', "A response's ETag printed by a test: a content hash, no credential.", ({ rng }) => {
      const v = `W/"${rng.hex(27)}"`;
      return { value: v, event: { br: [`   console.log: etag ${v}`] } };
    }),
    2,
    {
      raw: {
        br: [
          '',
          '📊 Execution Summary',
          'Requests:    28 passed, 3 failed, 31 total',
          'Tests:       44 passed, 2 failed, 46 total',
          'Assertions:  31 passed, 3 failed, 34 total',
          '##[error]Process completed with exit code 1.',
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kutt.log: `docker logs -t kutt` of Kutt 3 (the company's short links, `go.skiddaw-ebikes.example`): morgan's `dev` lines
// (`<METHOD> <url> <status> <ms> ms - <bytes>`) and the app's own console lines, each with Docker's time. From memory,
// not fetched.

function kuttLog(rng) {
  const render = (e) => e.kt.map((x) => `${dockerT(e.t)} ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ kt: [`GET /${rng.alnum(5)} 302 ${rng.int(2, 40)}.${rng.int(100, 999)} ms - ${rng.int(40, 200)}`] }),
      () => ({ kt: [`GET /api/v2/links?limit=10&skip=0&all=false 200 ${rng.int(5, 60)}.${rng.int(100, 999)} ms - ${rng.int(400, 4000)}`] }),
      () => ({ kt: [`GET /css/styles.css?v=${rng.hex(8)} 304 ${rng.int(1, 9)}.${rng.int(100, 999)} ms - -`] }),
    ])();
  const created = (target, extra = []) => ({
    kt: [
      `POST /api/v2/links 200 ${rng.int(20, 90)}.${rng.int(100, 999)} ms - 412`,
      `[links] created ${rng.alnum(5)} -> ${target}`,
      ...extra,
    ],
  });
  const steps = [
    { raw: { kt: ['> kutt@3.0.2 start', '> node server/server.js --production', 'Kutt is ready on http://localhost:3000'] } },
    3,
    plant(
      'negative',
      'kutt-link-short-id',
      'none',
      "Kutt's short-link id (`/<5 characters>`) with its visit counter: a public id, no credential.",
      ({ rng }) => {
        const v = `visits ${rng.alnum(5)}#${digits(rng, 7)}`;
        return { value: v, event: { kt: [`[stats] ${v} +1 (GB, iOS)`] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'kutt-created-link-target-waiver-sign',
      'error',
      WHY.pathSecret(
        "A short link made for a group's hire waiver points at the signing page (`/waivers/sign/<token>`), and Kutt logs the target it created",
      ),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return { value: tok, event: created(`https://book.${SK}/waivers/sign/${tok}`) };
      },
    ),
    3,
    plant(
      'api-key-name',
      'kutt-created-link-target-access-key-camel',
      'error',
      `${WHY.apiKey('accessKey')} A staff member shortened a live-availability link of the booking partner's API with the key in it.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: created(`https://api.lakes-stays.example/v1/availability?property=keswick-ebikes&accessKey=${key}`) };
      },
    ),
    3,
    plant(
      'session-id',
      'kutt-created-link-target-sid',
      'error',
      WHY.session('A link shortened from the address bar of the old checkout, `sid=` included'),
      ({ rng }) => {
        const sid = rng.lowerNum(32);
        return { value: sid, event: created(`https://book.${SK}/hire/checkout.php?sid=${sid}&step=3`) };
      },
    ),
    3,
    plant(
      'replay',
      'kutt-created-link-target-unlock-ticket-once',
      'note',
      WHY.ticketFirst(
        'A single-use bike unlock ticket in the link texted to a customer (`/unlock?ticket=…`); Kutt logs the target it shortened. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return { value: tk, event: created(`https://book.${SK}/unlock?dock=lakeside-04&ticket=${tk}`) };
      },
    ),
    3,
    plant(
      'refresh-token',
      'kutt-app-error-oidc-refresh-token',
      'error',
      `${WHY.refresh} Kutt's OIDC sign-in (staff) logs the token set it could not store, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(52);
        return {
          value: rt,
          event: {
            kt: [
              `[auth] failed to save session: token set {"token_type":"Bearer","expires_in":300,"refresh_token":"${rt}","scope":"openid email"} (SQLITE_BUSY)`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'kutt-static-cache-buster',
      'none',
      'A cache buster on a static script (`?v=<hex>`): a build hash, no credential.',
      ({ rng }) => {
        const v = rng.hex(16);
        return { value: v, event: { kt: [`GET /libs/htmx.min.js?v=${v} 200 ${rng.int(1, 9)}.${rng.int(100, 999)} ms - 51076`] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'kutt' }, filler, render, steps });
}

// =====================================================================================================================
// Nkanyi wa Hlanganani (Xitsonga; Giyani: SAST, UTC+2)
// =====================================================================================================================

const NK = 'nkanyi.example';

// ---------------------------------------------------------------------------------------------------------------------
// earthranger-web.log: `docker logs -t das_web` of the game reserve's EarthRanger server (Django under gunicorn): Django's
// `%(levelname)s %(asctime)s %(name)s %(message)s` lines and gunicorn's access lines, each with Docker's time. From
// memory, not fetched.

function earthrangerLog(rng) {
  const render = (e) =>
    e.er.map((x) => `${dockerT(e.t)} ${typeof x === 'string' ? x : `${x[0]} ${ymdHmsAt(e.t, 0)},${msPart(e.t)} ${x[1]} ${x[2]}`}`);
  const acc = (e, path, status = 200) => `${e.ip} - - [${clf(e.t)}] "GET ${path} HTTP/1.1" ${status} ${e.bytes} "-" "${e.ua}"`;
  const filler = (rng, t) => {
    const e = { ip: publicIp(rng), t, bytes: rng.int(300, 9000), ua: rng.pick(['EarthRanger/2.1 (Android 15)', ...BROWSERS]) };
    return rng.pick([
      () => ({ er: [acc(e, `/api/v1.0/subjects/?subject_group=${rng.uuid()}&include_inactive=false`)] }),
      () => ({ er: [acc(e, `/api/v1.0/activity/events/?page_size=25&state=new`)] }),
      () => ({ er: [['INFO', 'das_server.tracking', `Observation stored for collar ST-${digits(rng, 4)} (swiharhi: ndlopfu)`]] }),
      () => ({ er: [['INFO', 'activity.alerting', `Xiviko xi rhumeriwile eka vahlayisi (${rng.int(2, 9)})`]] }),
    ])();
  };
  const steps = [
    2,
    plant(
      'negative',
      'earthranger-event-serial-and-uuid',
      'none',
      "An event's id (a UUID) and serial number in the alerting log: identifiers, no credential.",
      ({ rng }) => {
        const v = rng.uuid();
        return {
          value: v,
          event: { er: [['INFO', 'activity.alerting', `event ${v} serial=${rng.int(10000, 99999)} type=carcass_rep priority=300`]] },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'earthranger-collar-feed-khiya',
      'error',
      `${WHY.apiKey('khiya')} ("key"): the collar vendor's feed is pulled with the key in the query; the source plugin's error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const url = `https://feed.collartrack.example/v2/positions?since=${Math.floor(DAY0 / 1000)}&khiya=${key}`;
        return {
          value: key,
          event: {
            er: [
              ['ERROR', 'tracking.pull_observations', `Xihoxo: feed ${url} returned 500`],
              'Traceback (most recent call last):',
              '  File "/workspace/das/tracking/pull_observations.py", line 212, in pull',
              '    response.raise_for_status()',
              `requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: ${url}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'earthranger-logout-id-token-hint-expired',
      'note',
      "A ranger's sign-out is logged with the end-session URL it redirects to, `id_token_hint` included; the ID token had expired an hour before the line (Docker's UTC time)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 7200,
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: `https://nghena.${NK}/realms/swiharhi`, aud: 'earthranger', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            er: [
              [
                'INFO',
                'accounts.views',
                `logout redirect https://nghena.${NK}/realms/swiharhi/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fer.${NK}%2F`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'earthranger-unexpected-redirect-fragment',
      'error',
      "The web UI's sign-in helper logs a redirect it did not expect from the old partner portal, fragment included (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            er: [
              [
                'WARNING',
                'das_server.auth',
                `unexpected redirect from partner portal: https://vahlayisi.${NK}/portal/#access_token=${at}&token_type=bearer`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'earthranger-alert-webex-incoming-webhook',
      'error',
      WHY.webhook(
        "A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<token>`) that posts poaching alerts to the rangers' space; the alert rule's failure writes it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(76);
        return {
          value: tok,
          event: {
            er: [
              ['ERROR', 'activity.alerting', `Xihoxo ku rhumela rungula: POST https://webexapis.com/v1/webhooks/incoming/${tok} -> 429`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'earthranger-querydict-xihundla',
      'error',
      'A failed form sign-in logs the request\'s POST data as a Django `<QueryDict: {…}>`, the password field (`xihundla`, "secret") included.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            er: [
              [
                'WARNING',
                'accounts.forms',
                `login failed POST=<QueryDict: {'mutirhisi': ['n.baloyi'], 'xihundla': ['${pw}'], 'next': ['/']}>`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'earthranger-cookie-nghenelo-id',
      'error',
      WHY.session(
        'A reverse-proxy debug line copied into the app log with the `Cookie` of the ranger\'s session (`nghenelo_id=…`, "entry")',
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(32);
        return {
          value: sid,
          event: {
            er: [
              ['DEBUG', 'das_server.middleware', `request GET /api/v1.0/user/me cookies: csrftoken=${rng.alnum(32)}; nghenelo_id=${sid}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'earthranger-static-manifest-hash',
      'none',
      'A static file with its manifest hash in the name: a content hash, no credential.',
      ({ rng, t }) => {
        const v = rng.hex(12);
        return { value: v, event: { er: [acc({ ip: publicIp(rng), t, bytes: 48211, ua: BROWSERS[0] }, `/static/js/main.${v}.js`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'er' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// qfieldcloud.log: `docker compose logs -t app worker_wrapper` of a QFieldCloud 25 stack (the reserve's field surveys):
// Compose's `<service>-1  | <RFC 3339 Z> <line>`, Django's and gunicorn's lines in `app`, the job runner's in
// `worker_wrapper`. From memory, not fetched.

function qfieldcloudLog(rng) {
  const render = (e) => e.qf.map(([svc, msg]) => `${`${svc}-1`.padEnd(17)} | ${dockerT(e.t)} ${msg}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ qf: [['app', `[${ymdHmsAt(t, 0)} +0000] [${rng.int(20, 40)}] [INFO] "GET /api/v1/projects/ HTTP/1.1" 200`]] }),
      () => ({ qf: [['worker_wrapper', `INFO Job ${rng.uuid()} (package) finished in ${rng.int(4, 90)}s`]] }),
      () => ({
        qf: [
          [
            'app',
            `INFO qfieldcloud.core.views.files_views Upload ${rng.pick(['swiharhi.gpkg', 'mapatrolo.gpkg', 'DCIM/IMG_0' + digits(rng, 3) + '.jpg'])} (${rng.int(10, 900)} kB)`,
          ],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'qfieldcloud-file-sha256',
      'none',
      "The sha256 of an uploaded GeoPackage, which QFieldCloud keeps as the file's ETag: a content hash, no credential.",
      ({ rng }) => {
        const v = rng.hex(64);
        return { value: v, event: { qf: [['app', `INFO qfieldcloud.core.utils2.storage stored swiharhi.gpkg version sha256=${v}`]] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'qfieldcloud-invitation-xirhambo-link',
      'error',
      WHY.pathSecret('A project invitation link (`/xirhambo/<token>`, "invitation") the app logs when its mail fails'),
      ({ rng }) => {
        const tok = rng.b64url(36);
        return {
          value: tok,
          event: {
            qf: [
              [
                'app',
                `ERROR qfieldcloud.core.invitations Xihoxo ku rhumela xirhambo: https://qfc.${NK}/xirhambo/${tok} (SMTPRecipientsRefused)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'qfieldcloud-allauth-callback-gunicorn-line',
      'warning',
      `${WHY.code} allauth's Google callback in gunicorn's access line, written through Compose with the service's prefix.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            qf: [
              [
                'app',
                `[${ymdHmsAt(t, 0)} +0000] [31] [INFO] "GET /accounts/google/login/callback/?state=${rng.alnum(12)}&code=${code}&scope=email+profile HTTP/1.1" 302`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'qfieldcloud-worker-env-khiya',
      'error',
      `${WHY.apiKey('NKANYI_KHIYA')} The worker prints the environment it hands the packaging job, and the basemap provider's key is set under a Xitsonga name no masking list knows.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            qf: [
              [
                'worker_wrapper',
                `DEBUG job env: {'QFIELDCLOUD_PROJECT': 'mapatrolo', 'NKANYI_KHIYA': '${key}', 'QT_QPA_PLATFORM': 'offscreen'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'qfieldcloud-layer-source-http-header-basic-percent-encoded',
      'error',
      "The packaging job logs a layer's QGIS data source, whose WMS URL carries `http-header:Authorization=Basic%20<base64>`: decoded, the tile server's `user:password`.",
      ({ rng }) => {
        const basic = encodeURIComponent(b64Of(`mapatrolo:${rng.alnum(16)}`));
        return {
          value: basic,
          event: {
            qf: [
              [
                'worker_wrapper',
                `WARNING layer "Swiharhi (WMS)" unreachable: contextualWMSLegend=0&crs=EPSG:4326&format=image/png&layers=swiharhi&styles&http-header:Authorization=Basic%20${basic}&url=https://tiles.${NK}/wms`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'qfieldcloud-worker-job-config-refresh-token',
      'error',
      `${WHY.refresh} The job's storage configuration is printed as JSON at debug, the cloud drive's \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(60)}`;
        return {
          value: rt,
          event: {
            qf: [
              [
                'worker_wrapper',
                `DEBUG storage config {"type":"drive","client_id":"${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com","refresh_token":"${rt}","folder":"mapatrolo"}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant('negative', 'qfieldcloud-job-uuid', 'none', 'A packaging job id (a UUID): an identifier, no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { qf: [['worker_wrapper', `INFO Job ${v} (package) started for project mapatrolo`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'qfc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// frepple.log: `docker logs -t frepple` of frePPLe 9 (the marula plant's production planning): Apache's access lines and
// Django's `[<time>] <LEVEL> <logger>: <message>` from the container's stdout, each with Docker's time. From memory,
// not fetched.

function freppleLog(rng) {
  const render = (e) =>
    e.fp.map((x) => `${dockerT(e.t)} ${typeof x === 'string' ? x : `[${ymdHmsAt(e.t, SAST)}] ${x[0]} ${x[1]}: ${x[2]}`}`);
  const acc = (e, path, status = 200) => `${e.ip} - - [${clf(e.t, SAST)}] "GET ${path} HTTP/1.1" ${status} ${e.bytes}`;
  const filler = (rng, t) => {
    const e = { ip: lan(rng), t, bytes: rng.int(300, 9000) };
    return rng.pick([
      () => ({
        fp: [acc(e, `/data/input/manufacturingorder/?status=confirmed&item=${rng.pick(['makanyi-pulp', 'nkanyi-oil-1L', 'jam-250g'])}`)],
      }),
      () => ({ fp: [['INFO', 'freppledb.execute', `Task ${rng.int(100, 999)} runplan finished in ${rng.int(4, 90)}s`]] }),
      () => ({ fp: [acc(e, `/api/input/demand/?format=json&due__gte=2027-11-15`)] }),
    ])();
  };
  const steps = [
    3,
    plant(
      'negative',
      'frepple-csrf-token-form',
      'none',
      "Django's CSRF form field in a rejected POST (`csrfmiddlewaretoken`): no credential.",
      ({ rng }) => {
        const v = rng.alnum(64);
        return {
          value: v,
          event: {
            fp: [
              ['WARNING', 'django.security.csrf', `Forbidden (CSRF token incorrect.): /execute/launch/runplan/ csrfmiddlewaretoken=${v}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'frepple-task-arguments-erp-password',
      'error',
      "frePPLe logs a task's arguments as it launches it; the ERP import was scheduled with the ERP account's password on its command line (`--xihundla …`).",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            fp: [
              [
                'INFO',
                'freppledb.execute.management.commands.runworker',
                `Task 512 started: importfromerp --url https://erp.${NK} --mutirhisi frepple --xihundla ${pw} --days 90`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'frepple-weather-connector-khiya',
      'error',
      `${WHY.apiKey('khiya')} The harvest forecast connector calls a weather API with the key in the query and logs the URL on a timeout.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            fp: [
              [
                'ERROR',
                'freppledb.custom.harvest',
                `Xihoxo: https://weather.agrodata.example/v1/forecast?lat=-23.30&lon=30.71&khiya=${key} timed out`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'frepple-api-request-headers-bearer-jwt',
      'error',
      "frePPLe's web service accepts a JWT in `Authorization: Bearer`; a debug middleware writes the headers of a failing API call as a dict (24 h token with a jti, Docker's UTC time on the line)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 7200),
          jti: true,
          claims: { user: 'erp-sync', iss: 'frepple' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            fp: [
              [
                'DEBUG',
                'freppledb.common.middleware',
                `API 500 /api/input/demand/ headers={'Content-Type': 'application/json', 'Authorization': 'Bearer ${token}'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'frepple-embed-dashboard-jwt-expired',
      'note',
      "The plant's planning dashboard embedded on the shop-floor screen (`/embed/<JWT>`), requested again three days after its token expired; Apache's access line with the SAST offset and Docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 10 * 86400,
          jti: true,
          claims: { dashboard: 'xiviko-xa-siku', user: 'screen-1' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            fp: [
              ['WARNING', 'django.request', `Unauthorized: /embed/${token}`],
              `${lan(rng)} - - [${clf(t, SAST)}] "GET /embed/${token} HTTP/1.1" 401 312`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'frepple-data-uri-base64-json-khiya',
      'error',
      "A report export fails and logs the chart's data URI (`data:application/json;base64,…`): decoded, JSON with the ERP API's `khiya`.",
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ source: `https://erp.${NK}/api/stock`, khiya: rng.alnum(32), range: '2027-11' }));
        return { value: b, event: { fp: [['ERROR', 'freppledb.reportmanager', `export failed for data:application/json;base64,${b}`]] } };
      },
    ),
    3,
    plant(
      'negative',
      'frepple-scenario-plan-hash',
      'none',
      "The plan's checksum frePPLe logs after a run (`plan checksum <hex>`): a hash, no credential.",
      ({ rng }) => {
        const v = rng.hex(32);
        return { value: v, event: { fp: [['INFO', 'freppledb.output', `plan checksum ${v} (scenario default)`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'frepple' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wazo-calld.log: /var/log/wazo-calld.log of the taxi association's Wazo Platform (its passenger line and dispatch):
// `%(asctime)s [%(process)d] (%(levelname)s) (%(name)s): %(message)s` in local time (SAST, no zone), the REST API's
// access lines with the caller's address, plugins' debug lines. From memory, not fetched.

function wazoCalldLog(rng) {
  const render = (e) => e.wz.map(([lvl, name, msg]) => `${ymdHmsAt(e.t, SAST)},${msPart(e.t)} [812] (${lvl}) (${name}): ${msg}`);
  const APP = rng.uuid();
  const filler = (rng) =>
    rng.pick([
      () => ({
        wz: [
          [
            'INFO',
            'wazo_calld.rest_api',
            `${lan(rng, '10.60')} - - "GET /1.0/calls?application=${APP} HTTP/1.1" 200 ${rng.int(80, 900)} "-" "wazo-dispatch/3.2" ${(rng.int(2, 90) / 1000).toFixed(6)}`,
          ],
        ],
      }),
      () => ({
        wz: [
          [
            'INFO',
            'wazo_calld.plugins.applications.stasis',
            `call ${digits(rng, 10)}.${rng.int(10, 999)} entered application ${APP} (tekisi: Giyani-Malamulele)`,
          ],
        ],
      }),
      () => ({ wz: [['DEBUG', 'wazo_calld.bus', `Publishing event "call_updated" (${rng.pick(['Up', 'Ringing', 'Down'])})`]] }),
    ])();
  const callme = (ip, tk, ua) => ({
    wz: [
      [
        'INFO',
        'wazo_calld.rest_api',
        `${ip} - - "POST /1.0/applications/${APP}/calls?tikiti=${tk} HTTP/1.1" 201 412 "-" "${ua}" 0.0${rng.int(10, 99)}112`,
      ],
    ],
  });
  const steps = [
    2,
    plant(
      'negative',
      'wazo-masked-auth-token-header',
      'none',
      "Wazo masks the `X-Auth-Token` header it logs to its last eight characters (`XXXXXXXX-XXXX-XXXX-XXXX-XXXX<8>`): the platform's own redaction, no credential.",
      ({ rng }) => {
        const v = `XXXXXXXX-XXXX-XXXX-XXXX-XXXX${rng.hex(8)}`;
        return {
          value: v,
          event: {
            wz: [
              [
                'DEBUG',
                'wazo_calld.http_server',
                `request: GET /1.0/lines/${rng.int(1, 40)}/presences headers: {'X-Auth-Token': '${v}', 'Accept': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'wazo-plugin-sms-gateway-khiya',
      'error',
      `${WHY.apiKey('khiya')} The association's SMS plugin confirms bookings through a gateway with the key in the query and logs the URL on an error.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            wz: [
              [
                'ERROR',
                'wazo_calld_tekisi.sms',
                `Xihoxo SMS: https://sms.gateway-za.example/api/send?khiya=${key}&to=2776${digits(rng, 7)} -> 503`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'wazo-callback-tikiti-once',
      'note',
      WHY.ticketFirst(
        'A single-use call-back ticket (`tikiti`, "ticket") from the SMS a passenger received, redeemed through the call-me-back endpoint; the REST API\'s access line writes the query. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(20);
        firstUse.tikiti = t;
        return {
          value: tk,
          event: callme(
            '198.51.100.47',
            tk,
            'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
          ),
        };
      },
      { ref: 'tikiti' },
    ),
    2,
    plant(
      'replay',
      'wazo-callback-tikiti-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tikiti').value,
            why: `${WHY.replay('tikiti', gap('tikiti', t))} Another phone, from another address, used the same call-back ticket and the API created a second call (201): the ticket was not spent.`,
          },
        ],
        event: callme(
          '203.0.113.188',
          refs.get('tikiti').value,
          'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
        ),
      }),
      { replayOf: 'tikiti', after: 97 },
    ),
    3,
    plant(
      'session-id',
      'wazo-plugin-dispatch-cookie-seshini',
      'error',
      WHY.session("The dispatch plugin logs the session cookie of the association's booking board it signs in to (`tekisi_seshini=…`)"),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return {
          value: sid,
          event: {
            wz: [
              [
                'DEBUG',
                'wazo_calld_tekisi.dispatch',
                `signed in to https://ntirho.${NK}/tekisi, cookie tekisi_seshini=${sid}; Path=/; HttpOnly`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'wazo-plugin-dispatch-request-headers-bearer',
      'error',
      "The dispatch plugin's debug line writes its outgoing request's headers as a dict, an opaque `Authorization: Bearer` token of the booking board's API included (the platform masks only its own `X-Auth-Token`).",
      ({ rng }) => {
        const tok = `nk_${rng.alnum(40)}`;
        return {
          value: tok,
          event: {
            wz: [
              [
                'DEBUG',
                'wazo_calld_tekisi.dispatch',
                `POST https://ntirho.${NK}/api/mpfhuka headers={'Authorization': 'Bearer ${tok}', 'Content-Type': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'wazo-call-linkedid',
      'none',
      "Asterisk's call id (`<epoch>.<n>`) as Wazo logs it: an identifier, no credential.",
      ({ rng }) => {
        const v = `${Math.floor(DAY0 / 1000) + rng.int(20000, 30000)}.${rng.int(100, 999)}`;
        return { value: v, event: { wz: [['INFO', 'wazo_calld.plugins.calls.services', `hangup call ${v} cause=16 (vakhandziyi: 1)`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'wazo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jambonz-feature-server.log: `docker logs -t` of a jambonz feature server (the association's SMS and voice app): pino
// JSON (`level`, `time` in epoch ms, `pid`, `hostname`, `callSid`, `msg`) after Docker's time. From memory, not fetched.

function jambonzLog(rng) {
  const render = (e) =>
    e.jb.map(
      (o) =>
        `${dockerT(e.t)} ${JSON.stringify({ level: o.level ?? 30, time: e.t, pid: 1, hostname: 'fs-1', ...o, level: undefined }).replace('{', `{"level":${o.level ?? 30},`)}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ jb: [{ callSid: rng.uuid(), msg: `CallSession:exec starting task #0:${rng.pick(['gather', 'say', 'dial'])}` }] }),
      () => ({ jb: [{ msg: `sms from +2776${digits(rng, 7)} routed to application tekisi-sms (${rng.int(20, 90)}ms)` }] }),
      () => ({ jb: [{ callSid: rng.uuid(), msg: 'CallSession:exec all tasks complete' }] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'jambonz-callsid-uuid',
      'none',
      'A call id (`callSid`, a UUID) on a pino line: an identifier, no credential.',
      ({ rng }) => {
        const v = rng.uuid();
        return { value: v, event: { jb: [{ callSid: v, msg: 'inbound call accepted from carrier Telkom-SIP' }] } };
      },
    ),
    3,
    plant(
      'webhook',
      'jambonz-zoho-cliq-zapikey-webhook',
      'error',
      WHY.webhook(
        "A Zoho Cliq channel webhook (`cliq.zoho.com/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the app posts missed calls to; the pino error's `url` writes it (the `zapikey` is the secret part)",
      ),
      ({ rng }) => {
        const k = `1001.${rng.hex(32)}.${rng.hex(32)}`;
        return {
          value: k,
          event: {
            jb: [
              {
                level: 50,
                url: `https://cliq.zoho.com/api/v2/channelsbyname/vachayeri/message?zapikey=${k}`,
                msg: 'Xihoxo ku rhumela rungula',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'jambonz-application-call-hook-password',
      'error',
      "The feature server dumps the application it loaded, whose `call_hook` carries HTTP basic credentials (`username`, `password`) for the association's webhook server.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            jb: [
              {
                level: 20,
                app: {
                  application_sid: rng.uuid(),
                  name: 'tekisi-voice',
                  call_hook: { url: `https://hook.${NK}/tekisi/voice`, method: 'POST', username: 'jambonz', password: pw },
                },
                msg: 'retrieved application for incoming call',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'jambonz-sms-hook-url-khiya',
      'error',
      `${WHY.apiKey('khiya')} The messaging hook is configured with the association's key in its query; the hook error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { jb: [{ level: 40, err: { status: 502 }, msg: `messaging_hook failed: https://hook.${NK}/tekisi/sms?khiya=${key}` }] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'jambonz-outbound-sms-text-hakela-link',
      'error',
      WHY.pathSecret('A fare payment link (`/hakela/<token>`, "pay") in an outbound SMS text the app logs'),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: {
            jb: [
              {
                msg: 'sending sms',
                to: `+2782${digits(rng, 7)}`,
                text: `Hakela mpfhuka wa wena: https://ntirho.${NK}/hakela/${tok} Inkomu!`,
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'jambonz-sms-gateway-body-percent-encoded-callback-khiya',
      'error',
      "The SMS gateway call is logged with its form body, whose `callback` is a percent-encoded URL with the association's `khiya` inside (`%3Fkhiya%3D…`).",
      ({ rng }) => {
        const key = rng.alnum(30);
        return {
          value: key,
          event: {
            jb: [
              {
                level: 20,
                body: `to=2776${digits(rng, 7)}&text=Tekisi%20yi%20fikile&callback=https%3A%2F%2Fhook.${NK}%2Fdlr%3Fkhiya%3D${key}`,
                msg: 'sms gateway request',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'jambonz-masked-sip-password',
      'none',
      'The carrier gateway\'s SIP password as the feature server logs it, masked (`"password":"********"` beside the realm): no credential.',
      ({ rng }) => {
        const v = `sip-${rng.hex(6)}.carrier.example`;
        return {
          value: v,
          event: {
            jb: [{ level: 20, gateway: { realm: v, username: 'hlanganani', password: '********' }, msg: 'registering to carrier' }],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'fs' }, filler, render, steps });
}

// =====================================================================================================================
// Fugassa e Gumbo (Ligurian; Recco and Fontanabuona: CET, UTC+1)
// =====================================================================================================================

const FG = 'fugassaegumbo.example';

// ---------------------------------------------------------------------------------------------------------------------
// openlp.log: OpenLP 3.1's log file (the choir's concerts: lyrics projection, the web remote, song imports) at debug:
// `%(asctime)s %(threadName)s %(name)-55s %(levelname)-8s %(message)s`, local time without a zone. From memory, not
// fetched.

function openlpLog(rng) {
  const render = (e) =>
    e.ol.map(([th, name, lvl, msg]) => `${ymdHmsAt(e.t, CET)},${msPart(e.t)} ${th} ${name.padEnd(55)} ${lvl.padEnd(8)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ol: [
          [
            'MainThread',
            'openlp.core.ui.slidecontroller',
            'DEBUG',
            `Live slide ${rng.int(0, 12)} (Trallalero: ${rng.pick(['Ma se ghe penso', 'O tranvai de Bolzaneto', 'A ciaevetta'])})`,
          ],
        ],
      }),
      () => ({
        ol: [['http_server', 'openlp.core.api.http.server', 'INFO', `${lan(rng, '192.168.1')} GET /api/v2/controller/live-items 200`]],
      }),
      () => ({
        ol: [['MainThread', 'openlp.core.lib.serviceitem', 'DEBUG', `render ${rng.int(1, 40)} frames for service item ${rng.int(1, 20)}`]],
      }),
    ])();
  const steps = [
    {
      raw: {
        ol: [
          ['MainThread', 'openlp.core.app', 'INFO', 'Starting OpenLP 3.1.5'],
          ['MainThread', 'openlp.core.common.settings', 'INFO', 'Settings: loaded from ~/.config/openlp/openlp.conf'],
        ],
      },
    },
    2,
    plant(
      'negative',
      'openlp-ccli-song-number',
      'none',
      "A song's CCLI number and the service file's md5 as OpenLP logs them: catalogue and content ids, no credential.",
      ({ rng }) => {
        const v = rng.hex(32);
        return {
          value: v,
          event: {
            ol: [
              [
                'MainThread',
                'openlp.core.ui.servicemanager',
                'DEBUG',
                `loaded service concerto-natale.osz md5=${v} (CCLI ${digits(rng, 7)})`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'openlp-songselect-login-form-dict',
      'error',
      "The SongSelect importer logs the login form it posts as a Python dict at debug, the choir account's password included.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            ol: [
              [
                'SongSelect',
                'openlp.plugins.songs.lib.songselect',
                'DEBUG',
                `posting login form {'Email': 'coro@${FG}', 'Password': '${pw}', 'RememberMe': 'true'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'openlp-remote-authorization-header',
      'error',
      "The web remote's debug line writes a request's headers, `Authorization` with the remote's login token (OpenLP's remote takes it bare, without a scheme).",
      ({ rng }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: {
            ol: [
              [
                'http_server',
                'openlp.core.api.http.endpoint.core',
                'DEBUG',
                `POST /api/v2/controller/show headers: {'Host': '192.168.1.20:4316', 'Authorization': '${tok}', 'Content-Type': 'application/json'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'openlp-custom-slide-feed-ciave',
      'error',
      `${WHY.apiKey('ciave')} ("key"): a web slide shows the concert's ticket counter from the box office with the key in its URL; the web engine's load error writes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ol: [
              [
                'MainThread',
                'openlp.core.display.window',
                'WARNING',
                `Failed to load https://biggetti.${FG}/api/conto?concerto=natale&ciave=${key} (net::ERR_CONNECTION_TIMED_OUT)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'openlp-web-slide-coro-sescion-query',
      'error',
      WHY.session("A web slide saved from the choir site's members' area with its session in the query (`coro_sescion=…`)"),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            ol: [
              [
                'MainThread',
                'openlp.plugins.custom.customtab',
                'DEBUG',
                `web slide url https://coro.${FG}/soci/programma?coro_sescion=${sid}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'openlp-planningcenter-token-response',
      'error',
      `${WHY.refresh} The Planning Center import logs the token endpoint's answer as a dict at debug.`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: {
            ol: [
              [
                'PlanningCenter',
                'openlp.plugins.planningcenter.lib.planningcenter_api',
                'DEBUG',
                `token response {'access_token': '<omitted>', 'token_type': 'bearer', 'expires_in': 7200, 'refresh_token': '${rt}'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'openlp-display-screen-id',
      'none',
      "A display's Qt screen serial, logged when the projector comes up: a device id, no credential.",
      ({ rng }) => {
        const v = `EPSON-${upperNum(rng, 12)}`;
        return { value: v, event: { ol: [['MainThread', 'openlp.core.display.screens', 'INFO', `screen 1 connected: ${v} 1920x1080`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'openlp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// system.log: TastyIgniter 3's storage/logs/system.log (the bakery's online orders, Laravel's single channel):
// `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>`, local time without a zone. From memory, not
// fetched.

function tastyigniterLog(rng) {
  const render = (e) =>
    e.ti.map(([lvl, msg, ctx]) => `[${ymdHmsAt(e.t, CET)}] production.${lvl}: ${msg} ${ctx ? JSON.stringify(ctx) : '[]'}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ti: [['INFO', `Ordine #${rng.int(4000, 6000)} confermou (fugassa co-o formaggio x${rng.int(1, 6)})`, null]] }),
      () => ({ ti: [['INFO', `Payment captured for order #${rng.int(4000, 6000)} (${rng.int(6, 60)}.${rng.int(10, 90)} EUR)`, null]] }),
      () => ({ ti: [['WARNING', `Location Recco: slot ${pad(rng.int(7, 12))}:${rng.pick(['00', '30'])} full`, null]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'tastyigniter-queue-job-uuid',
      'none',
      "A queued mail job's UUID in Laravel's failure message: an identifier, no credential.",
      ({ rng }) => {
        const v = rng.uuid();
        return {
          value: v,
          event: { ti: [['ERROR', `Job ${v} (Igniter\\Flame\\Mail\\SendQueuedMailable) failed: Connection refused`, null]] },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'tastyigniter-pumble-incoming-webhook',
      'error',
      WHY.webhook(
        "A Pumble incoming webhook (`api.pumble.com/workspaces/<id>/incomingWebhooks/postMessage/<token>`) the kitchen display posts new orders to; the failed call's context writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            ti: [
              [
                'ERROR',
                "Errô inviando l'ordine a-a cuxinn-a",
                { url: `https://api.pumble.com/workspaces/${rng.hex(24)}/incomingWebhooks/postMessage/${tok}`, status: 500 },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'tastyigniter-password-reset-parolla-link',
      'error',
      WHY.pathSecret(
        'A password reset link (`/parolla-segretta/reimpostâ/<code>`, "password, reset") in the mail the shop could not send, logged with the mail\'s text',
      ),
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            ti: [
              [
                'ERROR',
                `Mail not sent to cliente: "Pe reimpostâ a paròlla segretta: https://ordini.${FG}/parolla-segretta/reimpost%C3%A2/${tok}"`,
                { exception: '[object] (Swift_TransportException(code: 0): Connection could not be established)' },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'tastyigniter-delivery-partner-ciave',
      'error',
      `${WHY.apiKey('ciave')} The delivery partner's quote endpoint takes the shop's key in the query; Guzzle's exception message writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(36);
        return {
          value: key,
          event: {
            ti: [
              [
                'ERROR',
                `Client error: \`GET https://api.consegne-liguria.example/v1/quote?da=Recco&ciave=${key}\` resulted in a \`403 Forbidden\` response`,
                { exception: '[object] (GuzzleHttp\\Exception\\ClientException(code: 403))' },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'tastyigniter-context-cookie-session',
      'error',
      WHY.session("A checkout error's context carries the request's cookies, the shop's Laravel session (`tastyigniter_session`) included"),
      ({ rng }) => {
        const sid = b64Of(JSON.stringify({ iv: rng.b64url(22), value: rng.b64url(120), mac: rng.hex(64), tag: '' }));
        return {
          value: sid,
          event: {
            ti: [
              [
                'ERROR',
                'Checkout failed: cart empty after payment',
                { cookies: { tastyigniter_session: sid, 'XSRF-TOKEN': 'see-header' }, url: `https://ordini.${FG}/checkout` },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'tastyigniter-social-login-callback-url',
      'warning',
      `${WHY.code} The social login extension's exception context writes the callback URL it failed on, \`code\` and \`state\` included.`,
      ({ rng }) => {
        const code = rng.b64url(64);
        return {
          value: code,
          event: {
            ti: [
              [
                'ERROR',
                'Social login failed: Invalid state',
                { url: `https://ordini.${FG}/igniter/socialite/social/callback/google?state=${rng.alnum(40)}&code=${code}&scope=email` },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'tastyigniter-csrf-token',
      'none',
      "Laravel's CSRF form field (`_token`) in a TokenMismatchException context: no credential.",
      ({ rng }) => {
        const v = rng.alnum(40);
        return { value: v, event: { ti: [['ERROR', 'CSRF token mismatch.', { input: { _token: v, coperti: 2 } }]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'ordini' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tooljet.log: `docker logs -t tooljet` of a ToolJet 3 server (the olive press's milling-slot app for growers): NestJS'
// ConsoleLogger `[Nest] <pid>  - <M/D/YYYY, h:mm:ss AM>   <LEVEL> [<context>] <message>` after Docker's time. From
// memory, not fetched.

function tooljetLog(rng) {
  const nest = (t) => {
    const l = local(t, CET);
    const h = Number(l.slice(11, 13));
    return `${Number(l.slice(5, 7))}/${Number(l.slice(8, 10))}/${l.slice(0, 4)}, ${h % 12 || 12}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => e.tj.map(([lvl, ctx, msg]) => `${dockerT(e.t)} [Nest] 7  - ${nest(e.t)} ${lvl.padStart(7)} [${ctx}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ tj: [['LOG', 'DataQueriesService', `query macinatua_slots run in ${rng.int(8, 300)}ms (app gumbo-turni)`]] }),
      () => ({ tj: [['LOG', 'AppsController', `app ${rng.uuid()} released version v${rng.int(10, 40)}`]] }),
      () => ({ tj: [['WARN', 'DataSourcesService', `postgresql pool: ${rng.int(8, 10)}/10 connections in use`]] }),
    ])();
  const steps = [
    {
      raw: {
        tj: [
          ['LOG', 'NestFactory', 'Starting Nest application...'],
          ['LOG', 'InstanceLoader', 'AppModule dependencies initialized'],
          ['LOG', 'NestApplication', 'Nest application successfully started'],
        ],
      },
    },
    2,
    plant(
      'negative',
      'tooljet-app-version-id',
      'none',
      "An app version's id (a UUID) in a release line: an identifier, no credential.",
      ({ rng }) => {
        const v = rng.uuid();
        return { value: v, event: { tj: [['LOG', 'AppsController', `version ${v} promoted to production (gumbo-turni)`]] } };
      },
    ),
    3,
    plant(
      'id-token',
      'tooljet-sso-oidc-id-token-error',
      'error',
      "ToolJet's OpenID sign-in writes the ID token it could not map to a user into its error (10 minutes, no jti, live; Docker's UTC time on the line)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(2, 30),
          claims: { iss: `https://intrâ.${FG}`.replace('â', 'a'), aud: 'tooljet', sub: rng.uuid(), email: 'oive@fugassaegumbo.example' },
        });
        return { value: token, jwt: facts, event: { tj: [['ERROR', 'OauthService', `Utente no trovou pe id_token ${token}`]] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'tooljet-runjs-console-location-fragment',
      'error',
      "A RunJS query logs the address of the growers' portal window it opened, the implicit grant's fragment included (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            tj: [
              [
                'LOG',
                'RunJsService',
                `console.log: portal window https://coltivatoî.${FG}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'tooljet-public-app-embed-jwt-120s',
      'warning',
      "The milling queue board is embedded at the press with a short-lived token (`/embed/coa/<JWT>`, 120 s, no jti); the 404 of a stale page writes the path (Docker's UTC time)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { app: 'gumbo-coa', screen: 'frantoio-1' } });
        return { value: token, jwt: facts, event: { tj: [['WARN', 'ExceptionsHandler', `Cannot GET /embed/coa/${token}`]] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'tooljet-organization-invitation-link',
      'error',
      WHY.pathSecret('A workspace invitation link (`/organization-invitations/<token>`) logged when the invitation mail fails'),
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: {
            tj: [
              ['ERROR', 'EmailService', `Errô inviando l'invito: https://turni.${FG}/organization-invitations/${tok}?oid=${rng.uuid()}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'tooljet-restapi-json-escaped-u0026-key',
      'error',
      "A REST API data source's failing URL logged inside a JSON string with `&` escaped as `\\u0026` (`…?lotto=…\\u0026ciave=<key>`): decoded, the lab's API key.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            tj: [
              [
                'ERROR',
                'DataQueriesService',
                `{"message":"Query failed","url":"https://analisi-oio.example/api/v1/acidita?lotto=${rng.int(100, 999)}\\u0026ciave=${key}","status":401}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'tooljet-query-run-trace',
      'none',
      'An OpenTelemetry trace id on a slow-query warning: an identifier, no credential.',
      ({ rng }) => {
        const v = rng.hex(32);
        return { value: v, event: { tj: [['WARN', 'DataQueriesService', `slow query macinatua_slots 2412ms trace_id=${v}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'tooljet' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// piloti-journal.log: `journalctl -o short-iso -u xandikos -u piloti-notifica` on the host of the harbour pilots' duty
// roster: Xandikos (CalDAV, aiohttp) through Python logging's default `LEVEL:logger:message` with aiohttp's access
// format, and a notification script's lines. From memory, not fetched.

function pilotiJournal(rng) {
  const render = (e) => e.pj.map(([unit, msg]) => `${local(e.t, CET).slice(0, 19)}+0100 piloti ${unit}: ${msg}`);
  const acc = (ip, t, req, status, bytes, ua) => [
    'xandikos[612]',
    `INFO:aiohttp.access:${ip} [${clf(t)}] "${req} HTTP/1.1" ${status} ${bytes} "-" "${ua}"`,
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        pj: [
          acc(
            lan(rng, '10.8'),
            t,
            `PROPFIND /pilota/${rng.pick(['rossi', 'queirolo', 'bozzo'])}/calendars/turni/`,
            207,
            rng.int(400, 4000),
            'DAVx5/4.4.3-ose (dav4jvm; okhttp/4.12.0) Android/15',
          ),
        ],
      }),
      () => ({ pj: [acc(lan(rng, '10.8'), t, 'REPORT /pilota/turni/calendars/porto/', 207, rng.int(400, 9000), 'Thunderbird/140.2')] }),
      () => ({
        pj: [
          [
            'piloti-notifica[901]',
            `nâve ${rng.pick(['MSC', 'GNV', 'Moby'])} ${upperNum(rng, 4)} ETA ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}: turno assegnou`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'xandikos-sync-token-etag',
      'none',
      'A CalDAV sync token / ETag Xandikos returns (a git blob id): a content id, no credential.',
      ({ rng }) => {
        const v = rng.hex(40);
        return { value: v, event: { pj: [['xandikos[612]', `DEBUG:xandikos.webdav:sync-token http://xandikos.org/ns/sync/${v}`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'xandikos-ics-subscription-ciave',
      'error',
      `${WHY.apiKey('ciave')} The read-only ICS feed for the pilot boats' crews is published with a key in the query; aiohttp's access line writes the request.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            pj: [acc('203.0.113.61', t, `GET /pilota/turni/calendars/porto.ics?ciave=${key}`, 200, 18211, 'Google-Calendar-Importer')],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'xandikos-one-time-biggetto-share-once',
      'note',
      WHY.ticketFirst(
        "A one-time share of a day's roster (`biggetto`, \"ticket\") opened from the port authority's office; aiohttp's access line writes the query. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.biggetto = t;
        return {
          value: tk,
          event: { pj: [acc('198.51.100.23', t, `GET /condivixon/turni-2027-11-16?biggetto=${tk}`, 200, 3112, BROWSERS[0])] },
        };
      },
      { ref: 'biggetto' },
    ),
    2,
    plant(
      'replay',
      'xandikos-one-time-biggetto-share-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('biggetto').value,
            why: `${WHY.replay('biggetto', gap('biggetto', t))} A second client from another address opened the same one-time share and got the roster again (200).`,
          },
        ],
        event: {
          pj: [acc('203.0.113.207', t, `GET /condivixon/turni-2027-11-16?biggetto=${refs.get('biggetto').value}`, 200, 3112, BROWSERS[3])],
        },
      }),
      { replayOf: 'biggetto', after: 131 },
    ),
    3,
    plant(
      'header-dump',
      'piloti-notifica-basic-auth-header',
      'error',
      "The notification script logs its CalDAV request's headers at debug (`Authorization: Basic <base64 user:password>`): the roster service account.",
      ({ rng }) => {
        const basic = b64Of(`notifica:${rng.alnum(18)}`);
        return {
          value: basic,
          event: {
            pj: [
              ['piloti-notifica[901]', `DEBUG > PUT /pilota/turni/calendars/porto/${rng.uuid()}.ics`],
              ['piloti-notifica[901]', `DEBUG > Authorization: Basic ${basic}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'piloti-notifica-basecamp-chatbot-line',
      'error',
      WHY.webhook(
        'A Basecamp chatbot line URL (`3.basecamp.com/<account>/integrations/<key>/buckets/<id>/chats/<id>/lines`) the script posts shift changes to; its error writes the URL (the integration key is the secret part)',
      ),
      ({ rng }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: {
            pj: [
              [
                'piloti-notifica[901]',
                `ERROR Errô: POST https://3.basecamp.com/${digits(rng, 7)}/integrations/${key}/buckets/${digits(rng, 8)}/chats/${digits(rng, 10)}/lines -> 502`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'xandikos-vevent-uid',
      'none',
      "An event's UID in the notification script's line: an identifier, no credential.",
      ({ rng }) => {
        const v = `${rng.uuid()}@piloti`;
        return { value: v, event: { pj: [['piloti-notifica[901]', `INFO turno aggiornou UID=${v}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'piloti' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout82');
writePart(join(here, 'heldout82'), {
  'graphhopper.log': graphhopperLog(rng),
  'lubelogger.log': lubeloggerLog(rng),
  'umami.log': umamiLog(rng),
  'bruno-api-tests.log': brunoLog(rng),
  'kutt.log': kuttLog(rng),
  'earthranger-web.log': earthrangerLog(rng),
  'qfieldcloud.log': qfieldcloudLog(rng),
  'frepple.log': freppleLog(rng),
  'wazo-calld.log': wazoCalldLog(rng),
  'jambonz-feature-server.log': jambonzLog(rng),
  'openlp.log': openlpLog(rng),
  'system.log': tastyigniterLog(rng),
  'tooljet.log': tooljetLog(rng),
  'piloti-journal.log': pilotiJournal(rng),
});
