// Writes corpus/logs-in-the-wild/heldout77/: a seventy-seventh held-out part, in formats no other part uses (a FIWARE
// Orion Context Broker 3 `contextBroker.log` with request payloads at INFO, PacketFence 13's `packetfence.log` with the
// captive portal and pfqueue, a QloApps 1.6 (PrestaShop 1.6 FileLogger) `log/<yyyymmdd>_exception.log`, an Eclipse
// hawkBit update server's Spring Boot 3 console at DEBUG, Sympa 6.2 through syslog, `docker logs` of an OpenPLC v3
// runtime (Flask and the runtime's prints), an LF Edge eKuiper 1.x `stream.log` (logrus text), a Bagisto 2 daily
// `laravel-<date>.log`, `docker logs` of Gladys Assistant 4, a Pydio Cells 4 `cells.log` (zap JSON), a Solidus 4
// `log/production.log`, an Akaunting 3 `storage/logs/laravel.log`, `docker logs -t` of Wekan (Meteor) with a printed
// mail, a Countly `countly-api.log`), with credentials planted in the places issue #14 lists and look-alikes that are
// no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout77.mjs     rewrites heldout77/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Medina Crossings, an Isle of Wight group with the East Cowes ferry terminal, the Ryde heritage tram
// depot and a hostel in Ventnor (English, five logs); Fradis Tonon, a San Denêl (San Daniele del Friuli) family group
// with a latarie (cheese dairy making Montasio), a blown-glass studio (veri sofiât) and horse stables (stalis) (Friulian
// messages where the app shows them, routes, parameter, header and key names in Friulian, English code names, five
// logs); Motswako, a Gaborone spice trader whose sister business is a bookbindery (Setswana messages where the app shows
// them, routes, parameter and key names in Setswana, English code names, four logs). Standard names (OAuth's, vendors')
// stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MONTHS, pad, replayClock, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 8, 21, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** The Isle of Wight in September (BST, UTC+1), Friuli (CEST, UTC+2), Gaborone (CAT, UTC+2). */
const BST = 60;
const CEST = 120;
const CAT = 120;
const lan = (rng, prefix) => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** Traditional syslog time (no year, no zone). */
const syslogTime = (t, offset) => {
  const l = local(t, offset);
  return `${MONTHS[Number(l.slice(5, 7)) - 1]} ${String(Number(l.slice(8, 10))).padStart(2, ' ')} ${l.slice(11, 19)}`;
};
/** ISO 8601 with the offset written `+hh:mm`. */
const isoAt = (t, offset, fraction = 3) =>
  `${local(t, offset).slice(0, fraction ? 20 + fraction : 19)}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const laravelTime = (t, offset) => ymdHmsAt(t, offset);

// =====================================================================================================================
// Medina Crossings (English; Isle of Wight: BST, UTC+1)
// =====================================================================================================================

const MC = 'medinacrossings.example';

// ---------------------------------------------------------------------------------------------------------------------
// contextBroker.log: FIWARE Orion Context Broker 3.x of the tram depot (vehicles, chargers, depot cameras as NGSIv2
// entities), `-logLevel INFO` with an `infoPayloadMaxSize` large enough to log request payloads, UTC:
// `time=<ISO Z> | lvl=<LEVEL> | corr=<uuid>[; cbnotif=<n>] | trans=<id> | from=<ip> | srv=<service> | subsrv=<path> |
// comp=Orion | op=<file[line]:function> | msg=<message>`.
// https://github.com/telefonicaid/fiware-orion/blob/master/doc/manuals/admin/management_api.md (read through search:
// the log config and `infoPayloadMaxSize`); the line layout and messages from memory.

function orionLog(rng) {
  let trans = rng.int(1000, 9000);
  const render = (e) =>
    e.or.map(
      ([lvl, op, msg, corr]) =>
        `time=${iso(e.t)} | lvl=${lvl} | corr=${corr ?? e.corr ?? rng.uuid()} | trans=${Math.floor(DAY0 / 1000)}-${rng.int(100, 999)}-${pad(trans++, 11)} | from=${e.from ?? lan(rng, '10.44')} | srv=tramdepot | subsrv=/ryde | comp=Orion | op=${op} | msg=${msg}`,
    );
  const REQ = 'logTracing.cpp[130]:logInfoRequestWithoutPayload';
  const REQP = 'logTracing.cpp[113]:logInfoRequestWithPayload';
  const NOTIF = 'logTracing.cpp[79]:logInfoNotification';
  const filler = (rng) =>
    rng.pick([
      () => ({
        or: [
          [
            'INFO',
            REQ,
            `Request received: GET /v2/entities?type=Tram&attrs=soc,location&limit=${rng.pick([20, 50, 100])}, response code: 200`,
          ],
        ],
      }),
      () => ({
        or: [
          [
            'INFO',
            REQP,
            `Request received: PATCH /v2/entities/urn:ngsi-ld:Tram:${pad(rng.int(1, 12))}/attrs, request payload (${rng.int(60, 140)} bytes): {"soc":{"value":${rng.int(20, 100)},"type":"Number"},"depotBay":{"value":"B${rng.int(1, 6)}","type":"Text"}}, response code: 204`,
          ],
        ],
      }),
      () => ({
        or: [['INFO', NOTIF, `Notif delivered (subId: ${rng.hex(24)}): POST http://quantumleap:8668/v2/notify, response code: 200`]],
      }),
      () => ({ or: [['INFO', REQ, `Request received: GET /version, response code: 200`]] }),
    ])();
  const steps = [
    {
      raw: {
        or: [
          [
            'INFO',
            'contextBroker.cpp[1258]:main',
            'start command line </usr/bin/contextBroker -fg -multiservice -ngsiv1Autocast -disableFileLog -logForHumans -logLevel INFO>',
          ],
          ['INFO', 'contextBroker.cpp[1381]:main', 'Orion Context Broker is running'],
          ['INFO', 'mongoConnectionPool.cpp[217]:mongoConnectionPoolInit', 'Connected to mongo at mongo-db:27017, DB: orion, poolsize: 10'],
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'orion-correlator-uuid',
      'none',
      "Orion's correlator (`corr=<uuid>`), which follows one request through the broker and its notifications: an identifier, no credential.",
      ({ rng }) => {
        const corr = rng.uuid();
        return {
          value: corr,
          event: { corr, or: [['INFO', REQ, 'Request received: GET /v2/subscriptions?limit=100, response code: 200']] },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'orion-subscription-payload-httpcustom-authorization-bearer-jwt',
      'error',
      'A subscription created with `httpCustom` headers: Orion logs the request payload at INFO, so the `Authorization: Bearer <JWT>` it will send with every notification is written, on a line with its UTC time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 12 * 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://id.${MC}`, sub: 'svc-depot-orion', aud: 'fleet-api', scope: 'fleet:write' },
        });
        const body = JSON.stringify({
          description: 'tram SoC to fleet API',
          subject: { entities: [{ idPattern: '.*', type: 'Tram' }], condition: { attrs: ['soc'] } },
          notification: {
            httpCustom: { url: `https://fleet.${MC}/v1/ingest/soc`, headers: { Authorization: `Bearer ${token}` } },
            attrs: ['soc', 'depotBay'],
          },
          throttling: 5,
        });
        return {
          value: token,
          jwt: facts,
          event: {
            or: [
              [
                'INFO',
                REQP,
                `Request received: POST /v2/subscriptions, request payload (${body.length} bytes): ${body}, response code: 201`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'orion-notification-webex-incoming-webhook',
      'error',
      WHY.webhook(
        "A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) a subscription notifies when a charger faults; Orion writes the URL in the notification's failure warning and again in its `Notif delivered` line (same correlator)",
      ),
      ({ rng }) => {
        const id = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
        const corr = `${rng.uuid()}; cbnotif=1`;
        const sub = rng.hex(24);
        return {
          value: id,
          event: {
            corr,
            or: [
              [
                'WARN',
                'httpRequestSend.cpp[587]:httpRequestSend',
                `Notification (subId: ${sub}) response NOT OK, http code: 429, url: https://webexapis.com/v1/webhooks/incoming/${id}`,
              ],
              ['INFO', NOTIF, `Notif delivered (subId: ${sub}): POST https://webexapis.com/v1/webhooks/incoming/${id}, response code: 429`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'orion-notif-delivered-url-ingest-key',
      'error',
      `${WHY.apiKey('ingest_key')} The energy supplier's ingest endpoint takes it in the query of the subscription's notification URL, which \`Notif delivered\` writes.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            corr: `${rng.uuid()}; cbnotif=1`,
            or: [
              [
                'INFO',
                NOTIF,
                `Notif delivered (subId: ${rng.hex(24)}): POST https://ingest.gridwatch.example/v3/readings?site=ryde-depot&ingest_key=${key}, response code: 200`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'orion-subscription-id',
      'none',
      'A subscription id (24 hex digits, a MongoDB ObjectId): an identifier, no credential.',
      ({ rng }) => {
        const id = rng.hex(24);
        return { value: id, event: { or: [['INFO', REQ, `Request received: DELETE /v2/subscriptions/${id}, response code: 204`]] } };
      },
    ),
    4,
    plant(
      'encoded',
      'orion-entity-attr-double-percent-encoded-camera-url',
      'error',
      "Orion forbids `=`, `?` and quotes in attribute values, so the depot's camera feed URL is stored percent-encoded twice; its `stream_token` is the camera's viewing credential.",
      ({ rng }) => {
        const tok = rng.alnum(32);
        const url = `https://cams.${MC}/live/bay3.m3u8?stream_token=${tok}`;
        const twice = encodeURIComponent(encodeURIComponent(url));
        const body = `{"feedUrl":{"value":"${twice}","type":"Text"}}`;
        return {
          value: tok,
          event: {
            or: [
              [
                'INFO',
                REQP,
                `Request received: POST /v2/entities/urn:ngsi-ld:DepotCamera:bay3/attrs, request payload (${body.length} bytes): ${body}, response code: 204`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'orion' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// packetfence.log: /usr/local/pf/logs/packetfence.log of PacketFence 13 running the ferry terminal's guest Wi-Fi portal,
// through rsyslog (BST, no year): `<Mon DD HH:MM:SS> <host> <program>: <component>(<pid>) <LEVEL>: [mac:<mac>] <message>
// (<perl sub>)`, the portal (httpd.portal), pfqueue and the RADIUS side (httpd.aaa).
// From memory (not fetched): PacketFence's administration guide, "Logs".

function packetfenceLog(rng) {
  const mac = () => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const render = (e) =>
    e.pf.map(
      ([prog, lvl, m, msg, sub]) =>
        `${syslogTime(e.t, BST)} pf01 packetfence_${prog}: ${prog}(${rng.int(1800, 9000)}) ${lvl}: [mac:${m}] ${msg} (${sub})`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        pf: [['httpd.portal', 'INFO', mac(), 'Instantiate profile ferry-guests', 'pf::Connection::ProfileFactory::_from_profile']],
      }),
      () => ({
        pf: [
          [
            'httpd.aaa',
            'INFO',
            mac(),
            `handling radius autz request: from switch_ip => (10.61.0.${rng.int(2, 30)}), connection_type => Wireless-802.11-NoEAP,switch_mac => (${mac()}), mac => [${mac()}], port => 0, username => "${rng.hex(12)}", ssid => MedinaCrossings-Guest`,
            'pf::radius::authorize',
          ],
        ],
      }),
      () => ({
        pf: [
          [
            'pfqueue',
            'INFO',
            mac(),
            `Node registered, role guest, unregdate ${ymdHmsAt(DAY0 + rng.int(20, 30) * HOUR, BST)}`,
            'pf::node::node_register',
          ],
        ],
      }),
      () => ({
        pf: [
          [
            'httpd.portal',
            'INFO',
            mac(),
            `Redirecting to destination URL http://neverssl.com/?_=${Math.floor(DAY0 / 1000) + rng.int(1000, 90000)}`,
            'captiveportal::PacketFence::Controller::Root::end',
          ],
        ],
      }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'packetfence-acct-session-id',
      'none',
      'A RADIUS `Acct-Session-Id` the access point sends with accounting: it names one association, not a login; nobody can replay it to get in.',
      ({ rng }) => {
        const id = rng.hex(16).toUpperCase();
        return {
          value: id,
          event: {
            pf: [
              [
                'httpd.aaa',
                'INFO',
                mac(),
                `Accounting Start for session Acct-Session-Id => ${id}, NAS-IP-Address => 10.61.0.12`,
                'pf::radius::accounting',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'packetfence-portal-oauth2-callback-code',
      'warning',
      `${WHY.code} The portal's OAuth source (Google sign-in for guests) logs the callback it received, query included.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            pf: [
              [
                'httpd.portal',
                'INFO',
                mac(),
                `OAuth2 callback received for source google-guests: /oauth2/callback?state=${rng.hex(32)}&code=${code}&scope=email+openid&authuser=0&prompt=none`,
                'captiveportal::DynamicRouting::Module::Authentication::OAuth::handle_callback',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'packetfence-wifi-ticket-once',
      'note',
      WHY.ticketFirst(
        "A single-use Wi-Fi ticket printed on a foot passenger's boarding pass (`wifi_ticket=`), validated by the portal for one device. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(10).toUpperCase();
        firstUse.wifi = t;
        return {
          value: tk,
          event: {
            pf: [
              [
                'httpd.portal',
                'INFO',
                '3c:22:fb:6e:10:a4',
                `Validated wifi_ticket=${tk} for boarding pass EC-RH-${digits(rng, 6)}, registering device`,
                'captiveportal::DynamicRouting::Module::Authentication::Login::authenticate',
              ],
            ],
          },
        };
      },
      { ref: 'wifi' },
    ),
    2,
    plant(
      'replay',
      'packetfence-wifi-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('wifi').value,
            why: `${WHY.replay('wifi_ticket', gap('wifi', t))} Another device (another MAC address) entered the same boarding-pass ticket and the portal registered it too: the source did not spend the ticket.`,
          },
        ],
        event: {
          pf: [
            [
              'httpd.portal',
              'INFO',
              'a8:93:4a:02:7d:51',
              `Validated wifi_ticket=${refs.get('wifi').value} for boarding pass EC-RH-${digits(rng, 6)}, registering device`,
              'captiveportal::DynamicRouting::Module::Authentication::Login::authenticate',
            ],
          ],
        },
      }),
      { replayOf: 'wifi', after: 97 },
    ),
    4,
    plant(
      'session-id',
      'packetfence-portal-session-cookie-restore',
      'error',
      WHY.session("The portal's session cookie (`CGISESSION_PF`), written at DEBUG when the portal restores a guest's session"),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            pf: [
              [
                'httpd.portal',
                'DEBUG',
                mac(),
                `Restoring portal session from cookie CGISESSION_PF=${sid}`,
                'captiveportal::PacketFence::Session::load',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'packetfence-pfqueue-perl-hash-authorization-basic',
      'error',
      "pfqueue's firewall SSO task dumps the HTTP request it sends to the boarding system as a Perl hash at DEBUG: `'Authorization' => 'Basic <base64 user:password>'` is the integration account's password.",
      ({ rng }) => {
        const basic = b64Of(`pf-sso:${rng.alnum(18)}`);
        return {
          value: basic,
          event: {
            pf: [
              [
                'pfqueue',
                'DEBUG',
                mac(),
                `firewallsso request: { 'method' => 'POST', 'url' => 'https://boarding.${MC}/api/wifi/sso', 'headers' => { 'Authorization' => 'Basic ${basic}', 'Content-Type' => 'application/json' } }`,
                'pf::firewallsso::JSONRPC::action',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'packetfence-pfqueue-sso-url-sso-key',
      'error',
      `${WHY.apiKey('sso_key')} The lounge's booking API takes it in the query; pfqueue's warning writes the URL when the call fails.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            pf: [
              [
                'pfqueue',
                'WARN',
                mac(),
                `Firewall SSO call failed: 503 Service Unavailable for https://lounge.${MC}/v2/wifi-login?terminal=east-cowes&sso_key=${key}`,
                'pf::firewallsso::HTTP::action',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'packetfence-portal-destination-cache-buster',
      'none',
      'A cache buster (`_=<epoch>`) on the destination URL the portal sends a guest back to: a timestamp, no credential.',
      ({ rng }) => {
        const cb = `${Math.floor(DAY0 / 1000) + rng.int(20000, 40000)}${digits(rng, 3)}`;
        return {
          value: cb,
          event: {
            pf: [
              [
                'httpd.portal',
                'INFO',
                mac(),
                `Redirecting to destination URL https://www.${MC}/timetable?_=${cb}`,
                'captiveportal::PacketFence::Controller::Root::end',
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'pf01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 20270921_exception.log: QloApps 1.6.1 (hotel booking on PrestaShop 1.6) of the Ventnor hostel, log/<yyyymmdd>_exception.log
// written by PrestaShop 1.6's FileLogger (local time, BST, no zone): `*<LEVEL>* \tv<_PS_VERSION_> <Y/m/d - H:i:s>:
// <message>`; a module's `print_r()` output continues over lines of its own.
// From memory (not fetched): PrestaShop 1.6's classes/FileLogger.php.

function qloappsLog(rng) {
  const stamp = (t) => local(t, BST).slice(0, 19).replace(/-/g, '/').replace('T', ' - ');
  const render = (e) => e.ql.flatMap(([lvl, msg]) => `*${lvl}* \tv1.6.1.24 ${stamp(e.t)}: ${msg}`.split('\n'));
  const filler = (rng) =>
    rng.pick([
      () => ({
        ql: [
          [
            'NOTICE',
            `Undefined index: id_room in /var/www/qlo/modules/hotelreservationsystem/classes/HotelBookingDetail.php on line ${rng.int(200, 900)}`,
          ],
        ],
      }),
      () => ({
        ql: [
          [
            'WARNING',
            `Booking cart ${rng.int(1000, 9999)}: room type ${rng.int(1, 9)} has no availability from 2027-09-${pad(rng.int(22, 30))}`,
          ],
        ],
      }),
      () => ({
        ql: [
          ['ERROR', `Mail::Send() - Error: Could not instantiate mail function. (order_conf to guest-${rng.int(100, 999)}@mail.example)`],
        ],
      }),
      () => ({ ql: [['NOTICE', `Smarty compile: themes/hotel-reservation-theme/room-type.tpl (${rng.int(10, 90)} ms)`]] }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'qloapps-admin-controller-token',
      'none',
      "PrestaShop's back-office token (`index.php?controller=AdminOrders&token=<32 hex>`), a per-employee anti-CSRF value: it opens nothing without the employee's cookie.",
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            ql: [
              [
                'WARNING',
                `Invalid token for controller AdminOrders, redirecting: /admin-vb71/index.php?controller=AdminOrders&id_order=${rng.int(100, 999)}&vieworder&token=${tok}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'qloapps-password-recovery-link-in-mail-error',
      'error',
      WHY.pathSecret(
        "A guest's password recovery link (`index.php?controller=password&token=…&id_customer=…`), written in the mail template's variables when sending fails",
      ),
      ({ rng }) => {
        const tok = `${rng.hex(32)}-${rng.hex(8)}`;
        return {
          value: tok,
          event: {
            ql: [
              [
                'ERROR',
                `Mail::Send() - Error: SMTP connect() failed. template=password_query vars={url} => https://stay.${MC}/ventnor/index.php?controller=password&token=${tok}&id_customer=${rng.int(100, 9999)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'qloapps-module-print-r-post-passwd',
      'error',
      "A login module logs `print_r($_POST, true)` on a failed guest sign-in: PHP's array dump continues over lines, and its `[passwd]` line holds the guest's password in clear.",
      ({ rng }) => {
        const pw = rng.alnum(13);
        return {
          value: pw,
          event: {
            ql: [
              [
                'ERROR',
                `guestlogin: authentication failed, POST = Array\n(\n    [email] => guest-${rng.int(100, 999)}@mail.example\n    [passwd] => ${pw}\n    [back] => my-account\n    [SubmitLogin] => \n)`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'qloapps-fblogin-unexpected-return-url-fragment',
      'error',
      "A social login module logs a return URL it could not parse, fragment included: Facebook's implicit grant put the access token in `#access_token=`.",
      ({ rng }) => {
        const at = `EAAB${rng.alnum(120)}`;
        return {
          value: at,
          event: {
            ql: [
              [
                'ERROR',
                `fblogin: unexpected return URL https://stay.${MC}/ventnor/module/fblogin/callback#access_token=${at}&data_access_expiration_time=${Math.floor(DAY0 / 1000) + 7776000}&expires_in=5183`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'qloapps-payment-module-curl-merchant-key',
      'error',
      `${WHY.apiKey('merchant_key')} A payment module's cURL error writes the gateway URL with the key in its query.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            ql: [
              [
                'ERROR',
                `paywight: cURL error 28 (Operation timed out after 15001 milliseconds) for https://api.paywight.example/v1/charges?merchant_key=${key}&amount=4800&currency=GBP`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'qloapps-smarty-html-numeric-entity-key',
      'error',
      'A Smarty template error quotes the map iframe it rendered: the attribute is HTML-escaped with numeric entities (`key&#61;…&amp;`), around the key of the island map service the hostel embeds (a server key of that service, unrestricted).',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ql: [
              [
                'WARNING',
                `Smarty: unable to cache block "hostelmap": <iframe src="https://maps.wightmaps.example/embed/v1/place?key&#61;${key}&amp;q&#61;Ventnor"></iframe>`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'qloapps-cart-checksum-sha1',
      'none',
      "The cart's checksum (a SHA-1 of its content) PrestaShop compares before an order: a hash, no credential.",
      ({ rng }) => {
        const sum = rng.hex(40);
        return {
          value: sum,
          event: { ql: [['WARNING', `Cart ${rng.int(1000, 9999)} changed during checkout (checksum ${sum} does not match)`]] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'qlo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hawkbit.log: the console of an Eclipse hawkBit update server (Spring Boot 3.3, DEBUG for org.eclipse.hawkbit), which
// the tram depot uses to update the trams' on-board units (BST): `<ISO with offset> <LEVEL, 5 wide> <pid> --- [<app>]
// [<thread, 15 wide>] <logger, 40 wide> : <message>`.
// From memory (not fetched): Spring Boot's logging reference and hawkBit's DDI API documentation (`TargetToken`).

function hawkbitLog(rng) {
  const short = (logger) => {
    const p = logger.split('.');
    return [...p.slice(0, -1).map((x) => x[0]), p.at(-1)].join('.').slice(-40).padEnd(40);
  };
  const render = (e) =>
    e.hb.map(
      ([lvl, logger, msg]) =>
        `${isoAt(e.t, BST)} ${lvl.padStart(5)} 1 --- [hawkbit-update-server] [${`nio-8080-exec-${rng.int(1, 10)}`.padStart(15)}] ${short(logger)} : ${msg}`,
    );
  const tram = () => `tram-${pad(rng.int(1, 12))}-obu`;
  const filler = (rng) =>
    rng.pick([
      () => ({ hb: [['DEBUG', 'org.eclipse.hawkbit.ddi.rest.resource.DdiRootController', `getControllerBase({}) for target ${tram()}`]] }),
      () => ({
        hb: [['INFO', 'org.eclipse.hawkbit.repository.jpa.JpaControllerManagement', `Target ${tram()} polled, next poll in 00:05:00`]],
      }),
      () => ({
        hb: [
          [
            'DEBUG',
            'org.eclipse.hawkbit.ddi.rest.resource.DdiRootController',
            `provideBasedeploymentActionFeedback for target [${tram()}]: action ${rng.int(100, 999)} status PROCEEDING`,
          ],
        ],
      }),
      () => ({
        hb: [
          [
            'INFO',
            'org.eclipse.hawkbit.repository.jpa.RolloutExecutor',
            `Rollout obu-2027.9 group ${rng.int(1, 4)}: ${rng.int(1, 12)} of 12 targets finished`,
          ],
        ],
      }),
    ])();
  const steps = [
    { raw: { hb: [['INFO', 'org.eclipse.hawkbit.app.Start', 'Started Start in 14.212 seconds (process running for 15.03)']] }, after: 0 },
    4,
    plant(
      'header-dump',
      'hawkbit-controller-preauth-filter-headers-map-targettoken',
      'error',
      "The controller security filter logs the request headers as a Java map at DEBUG (`{…, authorization=TargetToken <token>, …}`): a target security token, with which anyone can act as the tram's on-board unit (poll, fetch artifacts, report feedback) until it is regenerated.",
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            hb: [
              [
                'DEBUG',
                'org.eclipse.hawkbit.security.controller.AbstractHttpControllerAuthenticationFilter',
                `Retrieved request headers {host=hawkbit.${MC}, authorization=TargetToken ${tok}, accept=application/hal+json, user-agent=swupdate/2024.05}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'hawkbit-artifact-sha256',
      'none',
      "An artifact's SHA-256 hash, which hawkBit publishes so targets can check their downloads: a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            hb: [
              [
                'INFO',
                'org.eclipse.hawkbit.repository.jpa.JpaArtifactManagement',
                `Stored artifact obu-rootfs-2027.9.swu (sha1 ${rng.hex(40)}, sha256 ${h}, 48.2 MB)`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'hawkbit-oidc-user-mapping-debug-id-token',
      'error',
      "The management UI's OIDC login logs the ID token of the user it maps to roles, at DEBUG, on a line with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 120),
          alg: 'RS256',
          kid: rng.hex(16),
          jti: true,
          claims: { iss: `https://id.${MC}/realms/depot`, aud: 'hawkbit', sub: rng.uuid(), preferred_username: 'depot-eng-3' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            hb: [
              [
                'DEBUG',
                'org.eclipse.hawkbit.autoconfigure.security.OidcUserManagementAutoConfiguration',
                `Mapping authorities for OIDC user depot-eng-3 from id token ${token}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'hawkbit-spring-session-cookie-base64',
      'error',
      WHY.session(
        "The management UI's Spring Session cookie (`SESSION=<base64 of the session uuid>`), written in a WARN when a UI request came after a node restart",
      ),
      ({ rng }) => {
        const s = b64Of(rng.uuid());
        return {
          value: s,
          event: {
            hb: [
              [
                'WARN',
                'org.eclipse.hawkbit.ui.HawkbitUIErrorHandler',
                `Stale UI request, re-attaching session from cookies [SESSION=${s}; hb-locale=en]`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'hawkbit-oauth2-client-token-response-map',
      'error',
      `${WHY.refresh} The server's OAuth2 client to the identity provider logs the token answer as a Java map at DEBUG, the access token masked but the refresh token (a Keycloak refresh JWT) in clear, on a line with its offset.`,
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          age: rng.int(1, 20),
          alg: 'HS512',
          jti: true,
          claims: {
            iss: `https://id.${MC}/realms/depot`,
            aud: `https://id.${MC}/realms/depot`,
            typ: 'Refresh',
            sub: rng.uuid(),
            azp: 'hawkbit-mgmt',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            hb: [
              [
                'DEBUG',
                'org.eclipse.hawkbit.mgmt.client.TokenRelay',
                `Token response for client hawkbit-mgmt: {access_token=[PROTECTED], expires_in=300, refresh_expires_in=1800, refresh_token=${token}, token_type=Bearer}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'hawkbit-tracing-trace-id',
      'none',
      'A Micrometer trace id the server writes when it forwards an action to the event bus: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            hb: [
              ['DEBUG', 'org.eclipse.hawkbit.event.BusProtoStuffMessageConverter', `Sent TargetAssignDistributionSetEvent traceId=${id}`],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'hawkbit' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sympa.log: Sympa 6.2 (the ferry timetable alerts lists) through rsyslog's local1 (BST, no year): `<Mon DD HH:MM:SS>
// lists <program>[<pid>]: <level> <Package::function()> <message>`, wwsympa's lines with `[robot …] [client …] [user …]`.
// From memory (not fetched): Sympa's documentation on logs.

function sympaLog(rng) {
  const render = (e) => e.sy.map(([prog, lvl, msg]) => `${syslogTime(e.t, BST)} lists ${prog}[${rng.int(1000, 30000)}]: ${lvl} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        sy: [
          [
            'sympa_msg',
            'notice',
            `Sympa::Spindle::ToList::_send_msg() No VERP subscribers left to distribute message <${rng.hex(12)}@${MC}> to list timetable-alerts@lists.${MC}`,
          ],
        ],
      }),
      () => ({
        sy: [
          ['wwsympa', 'info', `main::#1180 [robot lists.${MC}] [client ${lan(rng, '192.0.2')}] [user nobody] do_info() timetable-alerts`],
        ],
      }),
      () => ({
        sy: [
          [
            'bulk',
            'notice',
            `Sympa::Spindle::ProcessOutgoing::_twist() Done sending message Sympa::Message <timetable-alerts@lists.${MC}.${Math.floor(DAY0 / 1000) + rng.int(1000, 9000)}.${rng.int(1000, 9999)}> to ${rng.int(100, 4000)} recipients`,
          ],
        ],
      }),
      () => ({
        sy: [['archived', 'notice', `Sympa::Spindle::ProcessArchive::_twist() Archiving message for list timetable-alerts@lists.${MC}`]],
      }),
    ])();
  const steps = [
    4,
    plant('negative', 'sympa-message-id', 'none', "A message's Message-ID: an identifier, no credential.", ({ rng }) => {
      const id = `${rng.hex(20)}@ops.${MC}`;
      return {
        value: id,
        event: {
          sy: [
            [
              'sympa_msg',
              'notice',
              `Sympa::Spindle::DistributeMessage::_distribute_msg() Message <${id}> for list timetable-alerts@lists.${MC} from ops@${MC} accepted`,
            ],
          ],
        },
      };
    }),
    4,
    plant(
      'replay',
      'sympa-wwsympa-ticket-once',
      'note',
      WHY.ticketFirst(
        "A one-time login ticket (`/sympa/ticket/<ticket>`) a subscriber received by mail; wwsympa logs the click with the client's address. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = digits(rng, 20);
        firstUse.ticket = t;
        return {
          value: tk,
          event: {
            sy: [
              [
                'wwsympa',
                'info',
                `main::#1180 [robot lists.${MC}] [client 203.0.113.61] [user nobody] do_ticket() Login with ticket ${tk} accepted for s.hart@mail.example`,
              ],
            ],
          },
        };
      },
      { ref: 'ticket' },
    ),
    2,
    plant(
      'replay',
      'sympa-wwsympa-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} A client at another address clicked the same login ticket and wwsympa accepted it again: the ticket was not spent.`,
          },
        ],
        event: {
          sy: [
            [
              'wwsympa',
              'info',
              `main::#1180 [robot lists.${MC}] [client 198.51.100.207] [user nobody] do_ticket() Login with ticket ${refs.get('ticket').value} accepted for s.hart@mail.example`,
            ],
          ],
        },
      }),
      { replayOf: 'ticket', after: 143 },
    ),
    4,
    plant(
      'path-secret',
      'sympa-auth-key-confirm-link',
      'error',
      WHY.pathSecret(
        "A subscription confirmation link with Sympa's authentication key in the path (`/sympa/auth/<key>/subscribe/…`), written when the confirmation mail bounced",
      ),
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            sy: [
              [
                'sympa_msg',
                'err',
                `Sympa::Mailer::store() Could not send confirmation to r.quinn@mail.example: 550 mailbox full; link was https://lists.${MC}/sympa/auth/${key}/subscribe/timetable-alerts`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'sympa-wwsympa-cookie-sympa-session',
      'error',
      WHY.session("wwsympa's session cookie (`sympa_session=<number>`), written with the HTTP_COOKIE it could not restore"),
      ({ rng }) => {
        const s = digits(rng, 20);
        return {
          value: s,
          event: {
            sy: [
              [
                'wwsympa',
                'err',
                `main::#1180 [robot lists.${MC}] [client ${lan(rng, '192.0.2')}] [user nobody] Sympa::Session::new() Failed to restore session from HTTP_COOKIE "sympa_session=${s}; sympa_lang=en"`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'sympa-list-config-custom-vars-zulip-incoming',
      'error',
      WHY.webhook(
        "A Zulip incoming webhook (`/api/v1/external/slack_incoming?api_key=…&stream=…`) kept as a list's `custom_vars` for a moderation hook; Sympa's config loader quotes the line it rejects",
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sy: [
              [
                'sympa',
                'err',
                `Sympa::List::_load_list_config_file() Error at line 41 of config of timetable-alerts: custom_vars zulip_hook https://chat.${MC}/api/v1/external/slack_incoming?api_key=${key}&stream=ferry-ops (name must be lower case letters)`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'sympa-spool-file-name',
      'none',
      "A spool file's name (`<list>@<robot>.<epoch>.<pid>`): a file name, no credential.",
      ({ rng }) => {
        const f = `timetable-alerts@lists.${MC}.${Math.floor(DAY0 / 1000) + rng.int(20000, 30000)}.${rng.int(10000, 99999)}`;
        return { value: f, event: { sy: [['sympa_msg', 'notice', `Sympa::Spool::Incoming::quarantine() Moved ${f} to bad spool`]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'lists' }, filler, render, steps });
}

// =====================================================================================================================
// Fradis Tonon (Friulian; San Denêl: CEST, UTC+2)
// =====================================================================================================================

const FT = 'fradistonon.example';

// ---------------------------------------------------------------------------------------------------------------------
// openplc.log: `docker logs openplc` of the latarie's OpenPLC Runtime v3 (the cjaldîrs, "vats"): Werkzeug's access lines
// (`<ip> - - [dd/Mon/yyyy HH:MM:SS] "<request>" <status> -`, local time without zone), the runtime's own prints, and the
// prints of a custom Python sync hook the dairy added to the web app.
// From memory (not fetched): the OpenPLC_v3 repository's webserver.py and the runtime's messages.

function openplcLog(rng) {
  const wz = (t) => {
    const l = local(t, CEST);
    return `${l.slice(8, 10)}/${MONTHS[Number(l.slice(5, 7)) - 1]}/${l.slice(0, 4)} ${l.slice(11, 19)}`;
  };
  const render = (e) => e.op.map((x) => (Array.isArray(x) ? `${x[0]} - - [${wz(e.t)}] "${x[1]}" ${x[2]} -` : x));
  const filler = (rng) =>
    rng.pick([
      () => ({ op: [[lan(rng, '10.52'), 'GET /monitoring HTTP/1.1', 200]] }),
      () => ({ op: [[lan(rng, '10.52'), `GET /runtime_logs HTTP/1.1`, 200]] }),
      () => ({ op: [`Modbus Server: Client accepted! Creating thread for the new client ID: ${rng.int(4, 30)}`] }),
      () => ({ op: [`Temperadure dal cjaldîr ${rng.int(1, 4)}: ${(rng.int(300, 380) / 10).toFixed(1)} °C (setpoint 35.0)`] }),
      () => ({ op: [[lan(rng, '10.52'), 'GET /static/monitoring.js HTTP/1.1', 304]] }),
    ])();
  const steps = [
    {
      raw: {
        op: [
          'OpenPLC Runtime starting...',
          'Warning: Persistent Storage file not found',
          'Interactive Server: Listening on port 43628',
          ' * Serving Flask app "webserver" (lazy loading)',
          ' * Running on http://0.0.0.0:8080/ (Press CTRL+C to quit)',
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'openplc-program-file-random-name',
      'none',
      'OpenPLC stores an uploaded program under a random number (`<digits>.st`): a file name, no credential.',
      ({ rng }) => {
        const f = `${digits(rng, 6)}.st`;
        return { value: f, event: { op: [`Compiling program ${f} ("cjaldir-montasio-v7")`, 'Compilation finished successfully!'] } };
      },
    ),
    4,
    plant(
      'framework-dump',
      'openplc-login-print-request-form-immutablemultidict',
      'error',
      "A debugging print left in the login view writes Flask's `request.form` (an `ImmutableMultiDict`), the operator's password included.",
      ({ rng }) => {
        const pw = rng.alnum(12);
        return {
          value: pw,
          event: {
            op: [
              `login form: ImmutableMultiDict([('username', 'latarie'), ('password', '${pw}')])`,
              [lan(rng, '10.52'), 'POST /login HTTP/1.1', 302],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'openplc-flask-session-cookie-print',
      'error',
      WHY.session(
        "Flask's signed session cookie (`session=<payload>.<time>.<signature>`, Flask-Login's `_user_id` inside), printed by the sync hook with `request.cookies`",
      ),
      ({ rng }) => {
        const payload = b64urlOf(JSON.stringify({ _fresh: true, _id: rng.hex(128), _user_id: '1' }));
        const cookie = `${payload}.${rng.b64url(6)}.${rng.b64url(27)}`;
        return { value: cookie, event: { op: [`sync hook: cookies ImmutableMultiDict([('session', '${cookie}')])`] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'openplc-sync-hook-traceback-url-claf',
      'error',
      `${WHY.apiKey('claf')} ("key") The sync hook sends vat temperatures to the dairy's portal with the key in the query; the urllib error it prints writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { op: [`Erôr di sincronizazion: HTTPError 502 for https://portal.${FT}/latarie/api/cjaldirs?claf=${key}&cjaldir=2`] },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'openplc-sync-hook-token-dict',
      'error',
      `${WHY.refresh} The sync hook prints the portal's token answer as a Python dict when it renews its session.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            op: [
              `sync hook: gnûf token {'token_type': 'Bearer', 'expires_in': 600, 'refresh_token': '${rt}', 'access_token': '<omitted>'}`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'openplc-runtime-logs-cache-buster',
      'none',
      "The monitoring page's cache buster (`?_=<epoch ms>`): a timestamp, no credential.",
      ({ rng }) => {
        const cb = `${Math.floor(DAY0 / 1000) + rng.int(20000, 40000)}${digits(rng, 3)}`;
        return { value: cb, event: { op: [[lan(rng, '10.52'), `GET /runtime_logs?_=${cb} HTTP/1.1`, 200]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'openplc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// stream.log: LF Edge eKuiper 1.x on the latarie's edge gateway (rules over the vats' MQTT streams), logrus' text
// formatter: `time="<RFC 3339 with offset>" level=<l> msg="<message>" file="<file:line>"[ rule=<id>]`.
// From memory (not fetched): eKuiper's documentation (configuration, REST sink, HTTP pull source).

function ekuiperLog(rng) {
  const q = (s) => JSON.stringify(s);
  const render = (e) =>
    e.ek.map(
      ([lvl, msg, file, rule]) => `time="${isoAt(e.t, CEST, 0)}" level=${lvl} msg=${q(msg)} file="${file}"${rule ? ` rule=${rule}` : ''}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        ek: [
          [
            'info',
            `sink result for rule cjaldir_alarm: [{"cjaldir":${rng.int(1, 4)},"temperadure":${(rng.int(300, 380) / 10).toFixed(1)}}]`,
            'sink/log_sink.go:32',
            'cjaldir_alarm',
          ],
        ],
      }),
      () => ({
        ek: [['debug', `receive data from mqtt source latarie/cjaldir/${rng.int(1, 4)} qos=1`, 'mqtt/mqtt_source.go:118', 'cjaldir_alarm']],
      }),
      () => ({
        ek: [
          [
            'info',
            `rule formadi_stagjonadure checkpoint ${rng.int(100, 999)} done`,
            'topo/checkpoint/coordinator.go:201',
            'formadi_stagjonadure',
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        ek: [['info', 'Serving kuiper (version - 1.14.2) on port 20498, and restful api on http://0.0.0.0:9081.', 'server/server.go:247']],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'ekuiper-masked-mqtt-password',
      'none',
      "eKuiper writes the MQTT connection it opens with the password masked (`password:******`): the platform's masking, no credential.",
      () => ({
        value: 'password:******',
        event: {
          ek: [
            [
              'info',
              'Connect MQTT broker with props map[server:tcp://mosquitto.latarie:1883 username:ekuiper password:****** protocolVersion:3.1.1]',
              'mqtt/mqtt_wrapper.go:88',
            ],
          ],
        },
      }),
    ),
    4,
    plant(
      'framework-dump',
      'ekuiper-rule-created-json-mqtt-action-password',
      'error',
      "The rule creation log writes the rule's JSON, and a rule's own MQTT action carries its broker password in clear (the masking applies to the connection configuration, not to a rule's action).",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            ek: [
              [
                'info',
                `Rule cjaldir_alarm is created: {"id":"cjaldir_alarm","sql":"SELECT cjaldir, temperadure FROM cjaldirs WHERE temperadure > 36","actions":[{"mqtt":{"server":"tcp://broker.${FT}:1883","topic":"latarie/alarm","username":"latarie-edge","password":"${pw}"}}]}`,
                'server/rule_manager.go:162',
                'cjaldir_alarm',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'ekuiper-rest-sink-zoho-cliq-zapikey',
      'error',
      WHY.webhook(
        "A Zoho Cliq incoming webhook (`cliq.zoho.eu/api/v2/channelsbyname/<channel>/message?zapikey=…`) the alarm rule's REST sink posts to; the sink's error writes the URL",
      ),
      ({ rng }) => {
        const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
        return {
          value: key,
          event: {
            ek: [
              [
                'error',
                `rest sink fails to send out the data: Post "https://cliq.zoho.eu/api/v2/channelsbyname/latarie/message?zapikey=${key}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
                'rest/rest_sink.go:141',
                'cjaldir_alarm',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'ekuiper-httppull-embed-formadi-120s-no-jti',
      'warning',
      "An HTTP pull source reads the ageing room's chart through its embed URL (`/embed/stagjonadure/<JWT>`), a 120 s token without a jti; the source's error writes the URL on a line with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 60),
          claims: { iss: `https://dash.${FT}`, panel: 'formadi-stagjonadure', room: 'celâr-2' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ek: [
              [
                'warning',
                `httppull source failed: Get "https://dash.${FT}/embed/stagjonadure/${token}": unexpected status 401`,
                'http/httppull_source.go:97',
                'formadi_stagjonadure',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'ekuiper-rest-sink-url-claf-latarie',
      'error',
      `${WHY.apiKey('claf_latarie')} The cooperative's quality portal takes it in the query of the REST sink's URL, which the sink writes when it retries.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            ek: [
              [
                'warning',
                `rest sink retry 2/3 to https://cualitat.${FT}/api/lots?claf_latarie=${key} after 503`,
                'rest/rest_sink.go:156',
                'formadi_lots',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'ekuiper-httppull-url-auth-basic-percent-encoded',
      'error',
      'An HTTP pull source whose device only reads credentials from the query: the URL carries `auth=Basic%20<base64 user:password>`, percent-encoded, and the source logs it.',
      ({ rng }) => {
        const b = encodeURIComponent(b64Of(`sensor:${rng.alnum(14)}`));
        return {
          value: b,
          event: {
            ek: [
              [
                'debug',
                `httppull source poll https://10.52.3.21/api/v1/values?auth=Basic%20${b}&fmt=json`,
                'http/httppull_source.go:71',
                'cjaldir_alarm',
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'ekuiper-sink-cache-message-id',
      'none',
      "A sink cache's message id (`msgId=<uuid>`) used for resending: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { ek: [['debug', `cache: stored msgId=${id} for resend`, 'topo/node/cache/sync_cache.go:210', 'cjaldir_alarm']] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'edge' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel-2027-09-21.log: the blown-glass studio's Bagisto 2 shop with Laravel's `daily` channel (local time, CEST, no
// zone): `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>`.
// From memory (not fetched): Laravel's logging documentation and Bagisto's social login package routes.

function bagistoLog(rng) {
  const render = (e) =>
    e.bg.map(([lvl, msg, ctx]) => `[${laravelTime(e.t, CEST)}] production.${lvl}: ${msg} ${ctx ? JSON.stringify(ctx) : '[]'} []`);
  const filler = (rng) =>
    rng.pick([
      () => ({ bg: [['INFO', `Ordin ricevût #${rng.int(1000, 9999)}`, { channel: 'default', total: `${rng.int(30, 900)}.00 EUR` }]] }),
      () => ({
        bg: [
          ['INFO', 'Pagament confermât', { order_id: rng.int(1000, 9999), method: rng.pick(['paypal_smart_button', 'cashondelivery']) }],
        ],
      }),
      () => ({ bg: [['WARNING', 'Product stock low', { sku: `VERI-${rng.int(100, 999)}`, qty: rng.int(0, 3) }]] }),
      () => ({
        bg: [
          [
            'ERROR',
            `SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock (SQL: update \`product_inventories\` set \`qty\` = ${rng.int(0, 20)} where \`id\` = ${rng.int(1, 900)})`,
            null,
          ],
        ],
      }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'bagisto-xsrf-token-cookie',
      'none',
      "Laravel's `XSRF-TOKEN` cookie (encrypted, `eyJpdiI6…`), an anti-CSRF value: it authenticates nobody.",
      ({ rng }) => {
        const x = b64Of(JSON.stringify({ iv: rng.b64url(22) + '==', value: rng.b64url(60), mac: rng.hex(64), tag: '' }));
        return { value: x, event: { bg: [['WARNING', 'CSRF token mismatch on checkout', { cookies: { 'XSRF-TOKEN': x } }]] } };
      },
    ),
    4,
    plant(
      'oauth-code',
      'bagisto-social-login-callback-url-context',
      'warning',
      `${WHY.code} The social login callback failed, and the handler logs the callback URL in the context.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(68)}`;
        return {
          value: code,
          event: {
            bg: [
              [
                'WARNING',
                'Jentrade social falide (social login failed)',
                {
                  url: `https://shop.${FT}/customer/social-login/google/callback?state=${rng.alnum(40)}&code=${code}&scope=email%20profile`,
                },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'bagisto-encrypted-session-cookie-context',
      'error',
      WHY.session(
        "The shop's Laravel session cookie (`veri_sofiat_session`, encrypted `eyJpdiI6…`: encryption does not stop a replay, the server decrypts it), written in a context dump of the request's cookies",
      ),
      ({ rng }) => {
        const c = b64Of(JSON.stringify({ iv: rng.b64url(22) + '==', value: rng.b64url(64), mac: rng.hex(64), tag: '' }));
        return {
          value: c,
          event: {
            bg: [['ERROR', 'Cart merge failed after login', { customer_id: rng.int(100, 999), cookies: { veri_sofiat_session: c } }]],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'bagisto-reset-password-link-mail-failure',
      'error',
      WHY.pathSecret("A customer's password reset link (`/customer/reset-password/<token>`), written in the context of a mail failure"),
      ({ rng }) => {
        const tok = rng.hex(64);
        return {
          value: tok,
          event: {
            bg: [
              [
                'ERROR',
                'Erôr tal mandâ la email (mail failed)',
                {
                  mailable: 'Webkul\\Shop\\Mail\\Customer\\ResetPasswordNotification',
                  url: `https://shop.${FT}/customer/reset-password/${tok}?email=cliente${rng.int(10, 99)}%40mail.example`,
                },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'bagisto-js-error-report-href-fragment',
      'error',
      "The shop's JavaScript error reporter posts `location.href` to `/api/erors-js`; the page had `#access_token=` from a PayPal Connect implicit redirect.",
      ({ rng }) => {
        const at = `A21AA${rng.b64url(90)}`;
        return {
          value: at,
          event: {
            bg: [
              [
                'ERROR',
                'JS erôr',
                {
                  message: "TypeError: Cannot read properties of undefined (reading 'address')",
                  href: `https://shop.${FT}/checkout/onepage#access_token=${at}&token_type=Bearer&expires_in=28800`,
                },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'bagisto-guzzle-psr7-headers-authorization-basic',
      'error',
      'The courier integration logs its Guzzle request headers as a PSR-7 array (`"Authorization":["Basic …"]`): the courier account\'s password in base64.',
      ({ rng }) => {
        const b = b64Of(`veri-sofiat:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            bg: [
              [
                'DEBUG',
                'Courier request',
                {
                  method: 'POST',
                  uri: 'https://api.corrier.example/v2/shipments',
                  headers: { Host: ['api.corrier.example'], Authorization: [`Basic ${b}`], 'Content-Type': ['application/json'] },
                },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant('negative', 'bagisto-queue-job-uuid', 'none', "A queued job's uuid: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { bg: [['INFO', 'Processed job', { job: 'Webkul\\Core\\Jobs\\UpdateCreateInventoryIndex', uuid: id }]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gladys.log: `docker logs gladys` of the stables' Gladys Assistant 4 (stall sensors, gates, cameras), its tracer-style
// lines: `<yyyy-mm-ddTHH:MM:SS+hhmm> <<level>> <file>:<line> (<function>) <message>`.
// From memory (not fetched): Gladys Assistant's server logger.

function gladysLog(rng) {
  const ts = (t) => `${local(t, CEST).slice(0, 19)}+0200`;
  const render = (e) => e.gl.map(([lvl, where, msg]) => `${ts(e.t)} <${lvl}> ${where} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ gl: [['info', 'index.js:34 (MqttHandler.handleNewMessage)', `stale-${rng.int(1, 14)}/umiditât ${rng.int(40, 90)}%`]] }),
      () => ({ gl: [['debug', 'scene.executeActions.js:51 (executeActions)', `Scene "Sere stalis" executed ${rng.int(1, 9)} actions`]] }),
      () => ({ gl: [['info', 'device.poll.js:18 (poll)', `Polling ${rng.int(3, 20)} devices of service zigbee2mqtt`]] }),
      () => ({ gl: [['warn', 'gateway.js:88 (Gateway.refreshUserKeys)', 'Gladys Plus keys refreshed']] }),
    ])();
  const steps = [
    { raw: { gl: [['info', 'index.js:52 (Object.start)', 'Gladys Assistant started in 4.1 s']] }, after: 0 },
    4,
    plant(
      'negative',
      'gladys-zigbee-ieee-address',
      'none',
      "A Zigbee device's IEEE address (`0x00158d…`, 64 bits in hex): a hardware address, no credential.",
      ({ rng }) => {
        const a = `0x00158d${rng.hex(10)}`;
        return {
          value: a,
          event: { gl: [['info', 'zigbee2mqtt.handleMqttMessage.js:64 (handleMqttMessage)', `New device ${a} paired (stale-7 puarte)`]] },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'gladys-debug-util-inspect-req-body',
      'error',
      'A debug line prints the login request\'s body with util.inspect (`{ utent: …, peraule_segrete: … }`, "user", "password").',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: { gl: [['debug', 'user.login.js:27 (login)', `login body { utent: 'mestri-stalis', peraule_segrete: '${pw}' }`]] },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'gladys-http-request-failed-embed-stale-cjamare-1h-jti',
      'error',
      "The camera service logs a failed fetch of a stall camera's embed URL (`/embed/cjamare/<JWT>`), a token valid 1 h with a jti, on a line with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          jti: true,
          claims: { iss: `https://cams.${FT}`, camera: 'stale-3', stalis: 'san-denel' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            gl: [
              [
                'error',
                'camera.getImage.js:40 (getImage)',
                `Erôr: request to https://cams.${FT}/embed/cjamare/${token} failed, reason: socket hang up`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'gladys-http-action-ifttt-maker-key',
      'error',
      WHY.webhook(
        "An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`, the key in the path) a scene's HTTP action calls when a gate stays open",
      ),
      ({ rng }) => {
        const key = rng.b64url(22);
        return {
          value: key,
          event: {
            gl: [
              [
                'warn',
                'scene.actions.http.js:22 (request)',
                `HTTP action failed (status 429): POST https://maker.ifttt.com/trigger/puarte_vierte/with/key/${key}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'gladys-biliet-une-volte-gate-once',
      'note',
      WHY.ticketFirst(
        'A one-time gate ticket (`biliet_une_volte`, "one-time ticket") a rider receives to open the paddock gate once; the gate scene logs it when it is used. The ticket is',
      ),
      ({ rng }) => {
        const b = rng.alnum(20);
        return {
          value: b,
          event: { gl: [['info', 'scene.triggers.js:77 (checkTrigger)', `biliet_une_volte=${b} doprât (used) at puarte-paddock`]] },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'gladys-message-invitation-link',
      'error',
      WHY.pathSecret('An invitation link for a new stable hand (`/invit/<token>`), written when the message service could not deliver it'),
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            gl: [
              [
                'warn',
                'message.send.js:45 (send)',
                `Messaç no consegnât (not delivered) to +39 3${digits(rng, 9)}: Invît: https://stalis.${FT}/invit/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'gladys-weather-service-url-clafstalis',
      'error',
      `${WHY.apiKey('claf_stalis')} The stables' own paddock-weather API takes it in the query; the service's error writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            gl: [
              [
                'error',
                'weather.get.js:31 (get)',
                `FetchError: https://meteo.${FT}/api/v1/paddock?claf_stalis=${key}&lat=46.15&lon=13.01 returned 500`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant('negative', 'gladys-scene-selector-uuid', 'none', "A scene's id (a uuid): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { gl: [['debug', 'scene.addScene.js:20 (addScene)', `Scene ${id} loaded (selector: sere-stalis)`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'gladys' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cells.log: Pydio Cells 4 of the glass studio (photo shoots shared with galleries), zap's JSON encoder, one object a
// line: `{"level":…,"ts":"<ISO with offset>","logger":"pydio.<service>","msg":…,…}`.
// From memory (not fetched): Pydio Cells' admin guide on logs.

function cellsLog(rng) {
  const render = (e) =>
    e.ce.map(([lvl, logger, msg, extra]) =>
      JSON.stringify({ level: lvl, ts: isoAt(e.t, CEST), logger: `pydio.${logger}`, msg, ...(extra ?? {}) }),
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        ce: [
          [
            'info',
            'rest.tree',
            'Listing nodes',
            { Path: `veri/fotos/2027-09/${rng.pick(['vasis', 'lampadaris', 'cjalis'])}`, Count: rng.int(3, 90) },
          ],
        ],
      }),
      () => ({ ce: [['info', 'grpc.tasks', 'Job finished', { JobID: 'thumbs-generator', Duration: `${rng.int(100, 900)}ms` }]] }),
      () => ({
        ce: [['debug', 'gateway.data', 'PutObject', { Key: `personal/beatrice/${rng.hex(8)}.jpg`, Size: rng.int(100000, 9000000) }]],
      }),
    ])();
  const steps = [
    4,
    plant('negative', 'cells-node-etag-md5', 'none', "An object's ETag (an MD5 of its content): a hash, no credential.", ({ rng }) => {
      const e = rng.hex(32);
      return {
        value: e,
        event: { ce: [['info', 'gateway.data', 'Upload complete', { Key: 'veri/fotos/2027-09/vasis/IMG_2041.jpg', Etag: e }]] },
      };
    }),
    4,
    plant(
      'id-token',
      'cells-web-oauth-verifying-id-token',
      'error',
      'The web login logs the ID token it verifies at debug, a token valid 10 h without a jti, on a line with its offset',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 36000,
          age: rng.int(5, 60),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://cells.${FT}/oidc/`, aud: ['cells-frontend'], sub: rng.uuid(), name: 'beatrice' },
        });
        return {
          value: token,
          jwt: facts,
          event: { ce: [['debug', 'web.oauth', 'verifying id_token', { id_token: token, client: 'cells-frontend' }]] },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'cells-oauth-refresh-grant-ory-rt',
      'error',
      `${WHY.refresh} The embedded OAuth server (Ory Hydra, \`ory_rt_\` tokens) logs the refresh grant it served, token included.`,
      ({ rng }) => {
        const rt = `ory_rt_${rng.b64url(43)}.${rng.b64url(43)}`;
        return { value: rt, event: { ce: [['debug', 'grpc.oauth', 'refresh grant', { client_id: 'cells-sync', refresh_token: rt }]] } };
      },
    ),
    4,
    plant(
      'path-secret',
      'cells-share-public-link-created',
      'error',
      WHY.pathSecret('A public link to a photo shoot (`/public/<link hash>`), written by the share service when it is created'),
      ({ rng }) => {
        const h = rng.alnum(12).toLowerCase();
        return {
          value: h,
          event: {
            ce: [
              [
                'info',
                'rest.share',
                'Share link created',
                { LinkUrl: `https://cells.${FT}/public/${h}`, Label: 'Galarie Udin - lampadaris' },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'cells-gateway-http-header-json-bearer-jwt',
      'error',
      'The gateway logs a rejected request\'s `http.Header` as JSON (`"Authorization":["Bearer <JWT>"]`), a token valid 10 min with a jti, on a line with its offset',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 200),
          alg: 'RS256',
          kid: rng.hex(8),
          jti: true,
          claims: { iss: `https://cells.${FT}/oidc/`, aud: ['cells-sync'], sub: rng.uuid(), scp: ['openid', 'offline'] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ce: [
              [
                'warn',
                'gateway.proxy',
                'Request rejected by policy',
                { Header: { Authorization: [`Bearer ${token}`], 'User-Agent': ['cells-sync/0.9.4'] } },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'cells-scheduler-webhook-headers-x-veri-claf',
      'error',
      `${WHY.apiKey('X-Veri-Claf')} A scheduler job calls the shop's catalogue API with the key in a header of its own, and the job's failure logs its headers.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            ce: [
              [
                'error',
                'jobs.actions',
                'HTTP action failed',
                {
                  Url: `https://shop.${FT}/api/catalogue/sync`,
                  Headers: { 'X-Veri-Claf': key, 'Content-Type': 'application/json' },
                  Status: 502,
                },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'cells-mailer-invitation-link-base64-json-password',
      'error',
      'A welcome mail\'s link carries `d=<base64 JSON>` with the new gallery user\'s temporary password (`"peraule"`); the mailer logs the link it queued.',
      ({ rng }) => {
        const d = b64Of(JSON.stringify({ utent: `galarie-${rng.int(10, 99)}`, peraule: rng.alnum(12) }));
        return {
          value: d,
          event: { ce: [['info', 'grpc.mailer', 'Mail queued', { To: 'info@galarie.example', Link: `https://cells.${FT}/login?d=${d}` }]] },
        };
      },
    ),
    4,
    plant('negative', 'cells-span-uuid', 'none', "A tracing span's uuid (`SpanUuid`): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ce: [['info', 'rest.user', 'User updated', { Login: 'beatrice', SpanUuid: id }]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'cells' }, filler, render, steps });
}

// =====================================================================================================================
// Motswako (Setswana; Gaborone: CAT, UTC+2)
// =====================================================================================================================

const MW = 'motswako.example';

// ---------------------------------------------------------------------------------------------------------------------
// production.log: the spice shop's Solidus 4 on Rails 7.2, Logger's default format with `config.log_tags =
// [:request_id]`: `I, [<ISO local, µs> #<pid>]  INFO -- : [<request id>] <message>`, `Started … at <time with offset>`,
// `Parameters: {"k" => "v"}` (Ruby 3.4's inspect).
// From memory (not fetched): the Rails guides (debugging, filter_parameters) and Solidus' routes.

function solidusLog(rng) {
  const L = { I: 'INFO', W: 'WARN', E: 'ERROR', D: 'DEBUG' };
  const pid = rng.int(10, 99);
  const render = (e) => {
    const rid = e.rid ?? rng.uuid();
    return e.rl.map(
      ([lv, msg], i) =>
        `${lv}, [${local(e.t, CAT).slice(0, 23)}${pad(i * 150 + rng.int(0, 140), 3)} #${pid}] ${L[lv].padStart(5)} -- : [${rid}] ${msg}`,
    );
  };
  const started = (e, method, path, ip) => `Started ${method} "${path}" for ${ip} at ${ymdHmsAt(e, CAT)} +0200`;
  const filler = (rng, t) => {
    return rng.pick([
      () => ({
        rl: [
          [
            'I',
            started(t, 'GET', `/products/${rng.pick(['peri-peri', 'cumin-seeds', 'rooibos', 'mopane-smoke-salt'])}`, lan(rng, '192.0.2')),
          ],
          ['I', 'Processing by Spree::ProductsController#show as HTML'],
          ['I', `Completed 200 OK in ${rng.int(20, 300)}ms (Views: ${rng.int(10, 200)}.0ms | ActiveRecord: ${rng.int(1, 40)}.0ms)`],
        ],
      }),
      () => ({ rl: [['I', `Taelo e amogetswe (order accepted) R${digits(rng, 9)}`]] }),
      () => ({ rl: [['W', `Stock low for SKU SPC-${rng.int(100, 999)} (${rng.int(0, 4)} left)`]] }),
    ])();
  };
  const steps = [
    4,
    plant(
      'negative',
      'solidus-authenticity-token-parameter',
      'none',
      "Rails' `authenticity_token` in a form's Parameters: an anti-CSRF value, no credential.",
      ({ rng, t }) => {
        const a = rng.b64url(86);
        return {
          value: a,
          event: {
            rl: [
              ['I', started(t, 'POST', '/cart', lan(rng, '192.0.2'))],
              ['I', 'Processing by Spree::OrdersController#update as HTML'],
              [
                'I',
                `  Parameters: {"authenticity_token" => "${a}", "order" => {"line_items_attributes" => {"0" => {"quantity" => "2", "id" => "${rng.int(100, 999)}"}}}}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'solidus-omniauth-callback-started-and-parameters',
      'warning',
      `${WHY.code} Rails writes the callback in its \`Started\` line and again in \`Parameters\` (\`code\` is not in the default filter list).`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        const state = rng.hex(48);
        return {
          value: code,
          event: {
            rl: [
              [
                'I',
                started(t, 'GET', `/users/auth/google_oauth2/callback?state=${state}&code=${code}&scope=email+profile`, '203.0.113.40'),
              ],
              ['I', 'Processing by Spree::OmniauthCallbacksController#google_oauth2 as HTML'],
              ['I', `  Parameters: {"state" => "${state}", "code" => "${code}", "scope" => "email profile"}`],
              ['I', 'Redirected to https://shop.motswako.example/account'],
              ['I', 'Completed 302 Found in 212ms'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'solidus-lefoko-sephiri-seswa-path-and-parameters',
      'error',
      WHY.pathSecret(
        'A password reset link with its token in the path (`/lefoko-sephiri/seswa/<tshupo>`, "new password", "proof"), written in `Started` and again in `Parameters` (the parameter\'s name escapes the `token` filter)',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(20);
        return {
          value: tok,
          event: {
            rl: [
              ['I', started(t, 'GET', `/lefoko-sephiri/seswa/${tok}`, '198.51.100.77')],
              ['I', 'Processing by LefokoSephiriController#edit as HTML'],
              ['I', `  Parameters: {"tshupo" => "${tok}"}`],
              ['I', 'Completed 200 OK in 41ms'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'solidus-mobile-money-token-renewed-message',
      'error',
      `${WHY.refresh} The mobile-money payment method logs the renewal of its API session with the new refresh token.`,
      ({ rng }) => {
        const rt = rng.alnum(48);
        return { value: rt, event: { rl: [['I', `MobileMoney: token renewed, refresh_token=${rt} expires_in=3600`]] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'solidus-shipping-rate-error-senotlolo',
      'error',
      `${WHY.apiKey('senotlolo')} ("key") The courier's rate API takes it in the query; the shipping calculator's error writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(36);
        return {
          value: key,
          event: {
            rl: [
              [
                'E',
                `Phoso ya go bala sekepe (shipping rate error): Net::ReadTimeout for https://rates.courier-bw.example/v1/quote?senotlolo=${key}&to=Francistown`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'solidus-started-hex-encoded-json-blob',
      'error',
      'A partner\'s checkout link passes the cart as hex-encoded JSON (`?blob=<hex>`), and the JSON holds the partner\'s API key (`"senotlolo"`): written in `Started` (no Parameters line: the partner route is a Rack endpoint).',
      ({ rng, t }) => {
        const hex = Buffer.from(
          JSON.stringify({ partner: 'kalahari-kitchens', senotlolo: rng.alnum(32), items: [['SPC-114', 3]] }),
        ).toString('hex');
        return {
          value: hex,
          event: {
            rl: [
              ['I', started(t, 'GET', `/partner/checkout?blob=${hex}`, '203.0.113.91')],
              ['I', 'Completed 302 Found in 12ms'],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'solidus-request-id-tag',
      'none',
      "Rails' request id (`[<uuid>]`, the `log_tags` tag of every line of one request): an identifier, no credential.",
      ({ rng, t }) => {
        const rid = rng.uuid();
        return { value: rid, event: { rid, rl: [['I', started(t, 'GET', '/t/categories/spice-blends', lan(rng, '192.0.2'))]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel.log: the bookbindery's Akaunting 3 (invoices to libraries and schools) with Laravel's `single` channel (local
// time, CAT, no zone): `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>`.
// From memory (not fetched): Laravel's logging documentation, Akaunting's signed portal links.

function akauntingLog(rng) {
  const render = (e) =>
    e.ak.map(([lvl, msg, ctx]) => `[${laravelTime(e.t, CAT)}] production.${lvl}: ${msg} ${ctx ? JSON.stringify(ctx) : '[]'}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ak: [
          [
            'INFO',
            `Invoice INV-${pad(rng.int(100, 999), 5)} sent`,
            { company_id: 1, contact: rng.pick(['Gaborone Public Library', 'Maru-a-Pula School', 'University of Botswana Library']) },
          ],
        ],
      }),
      () => ({ ak: [['INFO', 'Tuelo e amogetswe (payment received)', { amount: `${rng.int(200, 9000)}.00 BWP` }]] }),
      () => ({
        ak: [
          [
            'ERROR',
            `SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from \`sessions\` where \`id\` = ? limit 1)`,
            null,
          ],
        ],
      }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'akaunting-csrf-token-input',
      'none',
      "Laravel's `_token` in the logged input: an anti-CSRF value, no credential.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            ak: [
              ['WARNING', 'The given data was invalid.', { input: { _token: tok, name: 'Phuthadikobo Museum', email: 'not-an-email' } }],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'akaunting-login-failed-request-context-lefoko-sephiri',
      'error',
      'A login listener logs the request input as context, the password field (`lefoko_sephiri`, "secret word") included.',
      ({ rng }) => {
        const pw = rng.alnum(13);
        return {
          value: pw,
          event: {
            ak: [
              [
                'WARNING',
                'Go tsena go paletswe (login failed)',
                { request: { email: 'kgomotso@motswako.example', lefoko_sephiri: pw, remember: 'on' } },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'oauth-code',
      'akaunting-bank-feed-oauth-callback-query-context',
      'warning',
      `${WHY.code} The bank-feed module logs the callback's query as context.`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return { value: code, event: { ak: [['INFO', 'Bank feed OAuth callback', { query: { code, state: rng.alnum(32) } }]] } };
      },
    ),
    4,
    plant(
      'refresh-token',
      'akaunting-bank-feed-token-refreshed-context',
      'error',
      `${WHY.refresh} The bank-feed module logs the renewed token set at DEBUG.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return { value: rt, event: { ak: [['DEBUG', 'Bank feed token refreshed', { refresh_token: rt, expires_in: 3600 }]] } };
      },
    ),
    4,
    plant(
      'path-secret',
      'akaunting-signed-portal-invoice-link',
      'error',
      WHY.pathSecret(
        'A signed public invoice link (`/portal/invoices/<id>/signed?signature=…`), which opens the invoice and its payment page without a login; written when the mail failed',
      ),
      ({ rng }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            ak: [
              [
                'ERROR',
                'Expected response code 250 but got code "554"',
                { mail: 'invoice_new_customer', link: `https://bofa.${MW}/1/portal/invoices/${rng.int(100, 999)}/signed?signature=${sig}` },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'akaunting-report-embed-dipalo-no-exp',
      'error',
      'A report widget\'s embed URL (`/embed/dipalo/<JWT>`, "accounts") in an exception\'s context, a token without `exp` (valid whenever read)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 5, 86400 * 60),
          claims: { iss: `https://bofa.${MW}`, company_id: 1, report: 'profit-loss' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ak: [
              [
                'ERROR',
                'Call to a member function format() on null',
                {
                  url: `https://bofa.${MW}/embed/dipalo/${token}`,
                  exception:
                    '[object] (Error(code: 0): Call to a member function format() on null at /var/www/html/app/Widgets/ProfitLoss.php:54)',
                },
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'akaunting-currency-rates-url-senotlolo-api',
      'error',
      `${WHY.apiKey('senotlolo_api')} The currency rates job fetches rates with the key in the query; Guzzle's exception message writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ak: [
              [
                'ERROR',
                `Server error: \`GET https://rates.bw-fx.example/v2/latest?base=BWP&senotlolo_api=${key}\` resulted in a \`503 Service Unavailable\` response`,
                null,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'akaunting-document-number-and-hash',
      'none',
      "A document's content hash (SHA-256) Akaunting stores to detect changes: a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { ak: [['INFO', 'Document updated', { document: `INV-${pad(rng.int(100, 999), 5)}`, hash: h }]] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'akaunting' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wekan.log: `docker logs -t wekan-app` of the bindery's Wekan board (jobs from binding to delivery): Docker's RFC 3339
// nanosecond timestamp in UTC before each line of the Meteor server's output, including the mails Meteor prints to
// stdout when no MAIL_URL is set (`====== BEGIN MAIL #n ======` … `====== END MAIL #n ======`).
// From memory (not fetched): Meteor's email package documentation.

function wekanLog(rng) {
  const ts = (t, i) => `${iso(t + i).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => e.wk.map((line, i) => `${ts(e.t, i)} ${line}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        wk: [
          `Card "${rng.pick(['Bible rebind', 'Thesis x12', 'Ledger repair', 'School readers'])}" moved to list "Go bofa" (binding) by ${rng.pick(['kagiso', 'naledi', 'tumelo'])}`,
        ],
      }),
      () => ({ wk: [`Meteor method cards.update took ${rng.int(5, 90)} ms`] }),
      () => ({ wk: [`Attachment ${rng.hex(8)}.pdf uploaded to board dibuka (${rng.int(50, 900)} kB)`] }),
    ])();
  const steps = [
    { raw: { wk: ['Meteor server restarted', 'Wekan v7.61 ready'] }, after: 0 },
    4,
    plant(
      'negative',
      'wekan-meteor-document-id',
      'none',
      'A Meteor document `_id` (17 random characters): an identifier, no credential.',
      ({ rng }) => {
        const id = rng.chars('23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz', 17);
        return { value: id, event: { wk: [`Card ${id} archived (board dibuka)`] } };
      },
    ),
    4,
    plant(
      'path-secret',
      'wekan-printed-mail-enroll-account-link',
      'error',
      WHY.pathSecret(
        'An enrolment link (`/enroll-account/<token>`) in a mail Meteor prints to stdout for lack of a MAIL_URL: the first line holding the token is labeled',
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            wk: [
              '====== BEGIN MAIL #3 ======',
              '(Mail not sent; to enable sending, set the MAIL_URL environment variable.)',
              'To: thato@mail.example',
              'Subject: O laleditswe go Wekan (you are invited)',
              '',
              `Dumela thato, tsena fano: https://dibuka.${MW}/enroll-account/${tok}`,
              '====== END MAIL #3 ======',
            ],
          },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'wekan-oidc-debug-id-token-expired',
      'note',
      "The OIDC login with `DEBUG=true` prints the ID token it received; the token had expired 30 minutes before the line's UTC time (no jti): an expired credential part",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: 300 + 1800 + rng.int(10, 90),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://id.${MW}/realms/dibuka`, aud: 'wekan', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: { wk: [`XXX: id_token: ${token}`, 'Exception while invoking method login: Error: token expired'] },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'wekan-attachment-auth-meteor-login-token-cookie',
      'error',
      WHY.session(
        "Meteor's login token (`meteor_login_token=<43 characters>`) from the cookie an attachment download presented, written when the check failed",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return { value: tok, event: { wk: [`Attachment download denied for cookie meteor_login_token=${tok} (board dibuka)`] } };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'wekan-client-error-location-fragment',
      'error',
      "The client error reporter sends `window.location` to the server's console: the board was opened from an implicit sign-in, `#access_token=` included.",
      ({ rng }) => {
        const at = rng.b64url(64);
        return {
          value: at,
          event: {
            wk: [
              `Client error: TypeError: Cannot read properties of null (reading 'boardId') at https://dibuka.${MW}/b/${rng.alnum(17)}/dibuka#access_token=${at}&token_type=bearer`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'wekan-outgoing-integration-url-senotlolo-sa-api',
      'error',
      `${WHY.apiKey('senotlolo_sa_api')} ("API key") The board's outgoing integration to the invoicing system puts it in the query; the failed call is printed with its URL.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return { value: key, event: { wk: [`Outgoing webhook error: 401 https://bofa.${MW}/api/wekan-hook?senotlolo_sa_api=${key}`] } };
      },
    ),
    4,
    plant(
      'encoded',
      'wekan-sso-next-param-base64-url-with-key',
      'error',
      "A login redirect's `next=` carries a whole URL in base64, and that URL holds the invoicing API's key: printed by a redirect warning.",
      ({ rng }) => {
        const inner = `https://bofa.${MW}/api/export?board=dibuka&senotlolo=${rng.alnum(30)}`;
        const b = encodeURIComponent(b64Of(inner));
        return { value: b, event: { wk: [`Refusing redirect to /sign-in?next=${b} after login`] } };
      },
    ),
    4,
    plant('negative', 'wekan-attachment-md5', 'none', "An attachment's MD5 checksum: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { wk: [`Attachment stored, md5 ${h}`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'wekan' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// countly-api.log: the spice shop's Countly (web and app analytics, hooks), `countly-api.log` (UTC):
// `<ISO Z>: <LEVEL, 5 wide> [<module>] <message>`.
// From memory (not fetched): Countly's server documentation and its read API (`/o?api_key=…`).

function countlyLog(rng) {
  const render = (e) => e.cy.map(([lvl, mod, msg]) => `${iso(e.t)}: ${lvl.padEnd(5)} [${mod}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ cy: [['INFO', 'api:requestProcessor', `/i processed for app motswako-web, ${rng.int(1, 20)} events`]] }),
      () => ({ cy: [['DEBUG', 'jobs:manager', `Job api:clearTokens finished in ${rng.int(10, 900)} ms`]] }),
      () => ({ cy: [['INFO', 'push:api', `Sent ${rng.int(10, 900)} notifications (Dikgwebo tsa dinoko)`]] }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'countly-sdk-checksum256',
      'none',
      "The SDK's request checksum (`checksum256=<SHA-256 of the query and the salt>`): a hash over one request, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            cy: [
              [
                'WARN',
                'api:requestProcessor',
                `Request does not match checksum: /i?app_key=(redacted)&device_id=${rng.uuid()}&checksum256=${h}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'countly-read-api-api-key-slow-request',
      'error',
      `${WHY.apiKey('api_key')} Countly's read API takes a user's API key in the query; the slow-request warning writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            cy: [
              [
                'WARN',
                'api:requestProcessor',
                `Slow request (${rng.int(4000, 9000)} ms): /o?api_key=${key}&app_id=${rng.hex(24)}&method=events&period=30days`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'countly-hooks-http-effect-wecom-key',
      'error',
      WHY.webhook(
        "A WeCom group robot webhook (`qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>`) a hook's HTTP effect posts to for the buyers' group with suppliers; the hook's error writes the URL",
      ),
      ({ rng }) => {
        const key = rng.uuid();
        return {
          value: key,
          event: {
            cy: [
              [
                'ERROR',
                'hooks:http',
                `HTTP effect failed for hook "stock-alerts": POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key} ETIMEDOUT`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'countly-crash-report-error-message-id-token',
      'error',
      "A crash report from the shop app quotes the failed login with the ID token (24 h, jti), and Countly logs the crash's error text, on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(60, 3600),
          alg: 'RS256',
          kid: rng.hex(8),
          jti: true,
          claims: { iss: `https://id.${MW}`, aud: 'motswako-app', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: { cy: [['INFO', 'crashes:api', `New crash group for motswako-app: "Phoso: login failed for id_token=${token}"`]] },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'countly-view-segmentation-name-fragment',
      'error',
      "The web SDK tracks the page view under the full URL; the page had `#access_token=` from an implicit sign-in, and Countly's validation warning writes the segment.",
      ({ rng }) => {
        const at = rng.b64url(52);
        return {
          value: at,
          event: {
            cy: [
              [
                'WARN',
                'views:api',
                `View name too long, truncating segment: https://shop.${MW}/account#access_token=${at}&expires_in=3600`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'countly-hooks-http-effect-embed-report-expired',
      'note',
      'A hook\'s HTTP effect fetches a sales report through its embed URL (`/embed/dipalo-tsa-thekiso/<JWT>`, "sales figures"), a token with a jti that had expired three days before the line\'s UTC time: an expired credential part',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 86400 + rng.int(60, 3600),
          jti: true,
          claims: { iss: `https://reports.${MW}`, report: 'thekiso-weekly' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cy: [
              [
                'ERROR',
                'hooks:http',
                `HTTP effect failed for hook "weekly-report": GET https://reports.${MW}/embed/dipalo-tsa-thekiso/${token} 401`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant('negative', 'countly-device-id', 'none', 'An SDK `device_id` (a uuid): an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { cy: [['DEBUG', 'api:requestProcessor', `New user for app motswako-web, device_id=${id}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'countly' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout77');
writePart(join(here, 'heldout77'), {
  'contextBroker.log': orionLog(rng),
  'packetfence.log': packetfenceLog(rng),
  '20270921_exception.log': qloappsLog(rng),
  'hawkbit.log': hawkbitLog(rng),
  'sympa.log': sympaLog(rng),
  'openplc.log': openplcLog(rng),
  'stream.log': ekuiperLog(rng),
  'laravel-2027-09-21.log': bagistoLog(rng),
  'gladys.log': gladysLog(rng),
  'cells.log': cellsLog(rng),
  'production.log': solidusLog(rng),
  'laravel.log': akauntingLog(rng),
  'wekan.log': wekanLog(rng),
  'countly-api.log': countlyLog(rng),
});
