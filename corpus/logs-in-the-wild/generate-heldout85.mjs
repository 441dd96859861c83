// Writes corpus/logs-in-the-wild/heldout85/: an eighty-fifth held-out part, in formats no other part uses (a mediasoup
// SFU under `DEBUG=mediasoup*,marshlight:*` written to a file, supertokens-node's `DEBUG=com.supertokens` output beside
// an Express app's debug namespaces, a SnappyMail log file, `hugo server --logLevel debug`, `beet -vv import` with the
// hook plugin and `beet config --clear`, a Zephyr RTOS UART console of an oven controller, a django-oscar shop's Python
// log, Metro's console of a React Native app, a SeisComP custom module's log, pg_featureserv at debug, an open62541 OPC
// UA server's log, `gatsby develop --verbose`, a Spring Boot 3 console with JobRunr 7, Martin's actix-web request log),
// with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json.
// The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout85.mjs     rewrites heldout85/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three companies: Marshlight Festivals, a Woodbridge (Suffolk) company that runs the Shingle Street folk and roots
// festival, its crew radio and livestream, its website and its recordings archive (English, five logs); Furno & Limone
// d'o Vesuvio, an Ottaviano and Sorrento family group with a wood-fired pizza oven builder (furnaro), a limoncello maker
// (limunciello) and a guides' cooperative for Vesuvius walks (Neapolitan messages where the apps show them, routes,
// parameter and key names in Neapolitan, English code names, five logs); Co-chomann Chlò is Mòine na Hearadh, a Harris
// cooperative of tweed weavers with a small distillery (taigh-staile), an island ferry (aiseag) and the grazings'
// peat-bank register (Scottish Gaelic messages where the apps show them, routes and names in Gaelic, four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildOne = logBuilder(baseRequest);
/** More ordinary lines between planted ones (twice the count plus one), except just before a replay. */
const buildLog = (rng, spec) =>
  buildOne(rng, { ...spec, steps: spec.steps.map((s, i) => (typeof s === 'number' && !spec.steps[i + 1]?.replayOf ? s * 2 + 1 : s)) });

const DAY0 = Date.UTC(2027, 5, 19, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Suffolk, Harris (BST, UTC+1) and Campania (CEST, UTC+2) in summer. */
const BST = 60;
const CEST = 120;
const colonHex = (rng, n) => Array.from({ length: n }, () => rng.hex(2).toUpperCase()).join(':');

// =====================================================================================================================
// Marshlight Festivals (English; Suffolk, BST)
// =====================================================================================================================

const ML = 'marshlight.example';

// ---------------------------------------------------------------------------------------------------------------------
// mediasoup-sfu.log: a Node.js SFU (mediasoup 3.15 with protoo signalling) run with
// `DEBUG=mediasoup:INFO*,mediasoup:WARN*,mediasoup:ERROR*,marshlight:*` and stderr sent to a file: the `debug` module
// writes `<ISO time, Z> <namespace> <message>` when stderr is no TTY. From memory (debug's README, mediasoup's
// "Debugging" page), not fetched.

function mediasoupLog(rng) {
  const render = (e) => e.ms.map(([ns, msg]) => `${iso(e.t)} ${ns} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ms: [
          ['mediasoup:Router', `createWebRtcTransport()`],
          ['mediasoup:Transport', `connect()`],
        ],
      }),
      () => ({
        ms: [
          [
            'marshlight:room',
            `peer ${lowerNum(rng, 8)} left room ${rng.pick(['main-stage', 'barn-stage', 'crew-ops'])} (peers now ${rng.int(2, 60)})`,
          ],
        ],
      }),
      () => ({
        ms: [['mediasoup:WARN:Channel', `[pid:${rng.int(300, 900)}] RTC::WebRtcTransport::OnIceServerTupleRemoved() | ICE tuple removed`]],
      }),
      () => ({
        ms: [
          [
            'marshlight:stats',
            `room main-stage bitrate ${rng.int(400, 6000)} kbps consumers ${rng.int(10, 900)} loss ${(rng.int(0, 40) / 10).toFixed(1)}%`,
          ],
        ],
      }),
      () => ({ ms: [['mediasoup:Producer', `pause()`]] }),
    ])();
  const steps = [
    {
      raw: {
        ms: [
          ['marshlight:server', 'protoo WebSocket server listening on 0.0.0.0:4443'],
          ['mediasoup:Worker', 'constructor()'],
          ['marshlight:server', 'mediasoup Worker created [pid:412]'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'mediasoup-dtls-fingerprint',
      'none',
      "The DTLS fingerprint of a transport's certificate (`sha-256` as colon-separated hex), sent to the peer in the SDP: a public hash, no credential.",
      ({ rng }) => {
        const fp = colonHex(rng, 32);
        return {
          value: fp,
          event: {
            ms: [
              [
                'marshlight:room',
                `transport ${rng.uuid()} dtlsParameters {"role":"auto","fingerprints":[{"algorithm":"sha-256","value":"${fp}"}]}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'protoo-ws-url-ticket-first-use',
      'note',
      WHY.ticketFirst(
        'A single-use ticket in the protoo WebSocket URL (`?roomId=…&peerId=…&ticket=<t>`) the crew app gets before it joins the ops room; the signalling server logs the upgrade. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.ws = t;
        return {
          value: tk,
          event: {
            ms: [
              [
                'marshlight:signal',
                `upgrade GET /?roomId=crew-ops&peerId=${lowerNum(rng, 8)}&ticket=${tk} from ${publicIp(rng)} "MarshlightCrew/4.2 (iPhone; iOS 26.1)" accepted`,
              ],
            ],
          },
        };
      },
      { ref: 'ws' },
    ),
    3,
    plant(
      'replay',
      'protoo-ws-url-ticket-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('ws').value,
            why: `${WHY.replay('ticket', gap('ws', t))} Another client, from another address and with another user agent, joined the ops room with the same ticket and the server accepted it.`,
          },
        ],
        event: {
          ms: [
            [
              'marshlight:signal',
              `upgrade GET /?roomId=crew-ops&peerId=${lowerNum(rng, 8)}&ticket=${refs.get('ws').value} from ${publicIp(rng)} "python-websockets/15.0" accepted`,
            ],
          ],
        },
      }),
      { replayOf: 'ws', after: 97 },
    ),
    3,
    plant(
      'framework-dump',
      'protoo-request-dump-join-password',
      'error',
      'The signalling server dumps each protoo request at debug (`protoo request {"method":"join","data":{…}}`); the backstage room\'s join request carries its room password in clear.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            ms: [
              [
                'marshlight:signal',
                `protoo request {"request":true,"id":${rng.int(1000000, 9999999)},"method":"join","data":{"displayName":"FOH desk","device":{"flag":"chrome","name":"Chrome","version":"143.0.0.0"},"roomPassword":"${pw}","rtpCapabilities":"[…]"}}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'signal-origin-embed-stream-jwt-1h',
      'error',
      "The signalling server logs the page a viewer joined from, the festival's embeddable livestream player (`/embed/<JWT>`): a viewer token with a jti, on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(120, 900),
          jti: true,
          claims: { iss: `https://stream.${ML}`, room: 'main-stage', role: 'viewer', partner: 'bbc-suffolk' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ms: [['marshlight:signal', `viewer peer ${lowerNum(rng, 8)} origin https://stream.${ML}/embed/${token} joined main-stage`]],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'recorder-upload-url-recorder-key',
      'error',
      `${WHY.apiKey('recorderKey')} The recorder uploads each set to the archive host with the key in the query; its failure line writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            ms: [
              [
                'marshlight:recorder',
                `upload failed (HTTP 507) POST https://ingest.setarchive.example/v2/upload?recorderKey=${key}&set=barn-stage-2027-06-19-1930`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'recorder-share-link',
      'error',
      WHY.pathSecret("The recorder logs the private share link it made for the band's manager (`/recordings/share/<token>`)"),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: { ms: [['marshlight:recorder', `set ready: https://rec.${ML}/recordings/share/${tok} (47 min, 1.8 GB)`]] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'protoo-peer-id',
      'none',
      'A protoo peer id chosen by the client (`peerId=`): it names a connection, no credential.',
      ({ rng }) => {
        const id = lowerNum(rng, 12);
        return { value: id, event: { ms: [['marshlight:room', `peer ${id} joined room barn-stage (peers now ${rng.int(2, 40)})`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'sfu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// supertokens-api.log: the festival's account API (Express with supertokens-node 21) under
// `DEBUG=com.supertokens,marshlight:*`, stderr to a file: `<ISO time, Z> com.supertokens {t: "<ISO>", message: "…",
// file: "…", sdkVer: "…"}` and the app's own namespaces. From memory (SuperTokens' "Debug logs" page), not fetched.

function supertokensLog(rng) {
  const render = (e) =>
    e.st.map(([ns, msg]) =>
      ns === 'st'
        ? `${iso(e.t)} com.supertokens {t: "${iso(e.t)}", message: "${msg[0]}", file: "${msg[1]}" sdkVer: "21.1.0"}`
        : `${iso(e.t)} ${ns} ${msg}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        st: [
          ['st', ['middleware: Started', 'node_modules/supertokens-node/lib/build/supertokens.js:228:26']],
          [
            'st',
            [
              `middleware: requestRID is: ${rng.pick(['session', 'emailpassword', 'thirdparty'])}`,
              'node_modules/supertokens-node/lib/build/supertokens.js:245:34',
            ],
          ],
        ],
      }),
      () => ({
        st: [
          ['st', ['getSession: Started', 'node_modules/supertokens-node/lib/build/recipe/session/sessionRequestFunctions.js:61:30']],
          [
            'st',
            [
              'getSession: Value of doAntiCsrfCheck is: true',
              'node_modules/supertokens-node/lib/build/recipe/session/sessionRequestFunctions.js:120:30',
            ],
          ],
        ],
      }),
      () => ({
        st: [
          [
            'marshlight:http',
            `GET /api/${rng.pick(['lineup', 'crew/rota', 'tickets/mine', 'camping/pitches'])} ${rng.pick([200, 200, 200, 304, 401])} ${rng.int(3, 240)} ms`,
          ],
        ],
      }),
      () => ({
        st: [['st', ['Sending request to core: /recipe/session/verify', 'node_modules/supertokens-node/lib/build/querier.js:173:26']]],
      }),
    ])();
  const steps = [
    3,
    plant(
      'oauth-code',
      'thirdparty-signinup-redirect-uri-query-params',
      'warning',
      `${WHY.code} The app logs the third-party sign-in input at debug, the provider's callback query parameters as JSON (\`redirectURIQueryParams\`).`,
      ({ rng }) => {
        const code = `4/0${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            st: [
              [
                'marshlight:auth',
                `signinup google redirectURIInfo={"redirectURIOnProviderDashboard":"https://${ML}/auth/callback/google","redirectURIQueryParams":{"state":"${rng.b64url(22)}","code":"${code}","scope":"email openid https://www.googleapis.com/auth/userinfo.email"}}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'supertokens-anti-csrf-header',
      'none',
      "The `anti-csrf` response header of a session (SuperTokens' anti-CSRF token, checked against the session on each request): a CSRF token, no credential on its own.",
      ({ rng }) => {
        const v = rng.uuid();
        return {
          value: v,
          event: {
            st: [
              [
                'marshlight:http',
                `POST /auth/signin 200 set headers {"anti-csrf":"${v}","access-control-expose-headers":"front-token, anti-csrf"}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'apple-form-post-body-id-token-10min',
      'error',
      "Sign in with Apple answers with `response_mode=form_post`; the app logs the posted body at debug, `id_token=<JWT>` included (Apple's 10-minute ID token), on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 40),
          claims: {
            iss: 'https://appleid.apple.com',
            aud: `com.marshlight.web`,
            sub: `${digits(rng, 6)}.${rng.hex(32)}.${digits(rng, 4)}`,
            email: 'crew.volunteer@example.org',
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { st: [['marshlight:auth', `apple form_post body state=${rng.b64url(22)}&id_token=${token}`]] },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'debug-request-headers-json-bearer-jwt',
      'error',
      'The app\'s request logger dumps the headers as JSON at debug (`"authorization":"Bearer <JWT>"`): the crew member\'s SuperTokens access token (header-based sessions), on a line with its UTC time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1500),
          alg: 'HS256',
          claims: {
            sub: rng.uuid(),
            sessionHandle: rng.uuid(),
            refreshTokenHash1: rng.hex(64),
            parentRefreshTokenHash1: null,
            antiCsrfToken: null,
            tId: 'public',
            iss: `https://api.${ML}/auth`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            st: [
              [
                'marshlight:http',
                `GET /api/crew/rota headers {"host":"api.${ML}","authorization":"Bearer ${token}","rid":"session","st-auth-mode":"header","user-agent":"MarshlightCrew/4.2"}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'refresh-failed-st-refresh-token',
      'error',
      `${WHY.refresh} The app logs a failed refresh with the \`st-refresh-token\` header it was given.`,
      ({ rng }) => {
        const rt = `${rng.alnum(120)}.${rng.hex(32)}.V2`;
        return {
          value: rt,
          event: { st: [['marshlight:auth', `refresh failed (UNAUTHORISED: token theft detected?) st-refresh-token=${rt}`]] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'password-reset-link-query-token',
      'error',
      WHY.pathSecret('The mailer logs the password reset link SuperTokens generated (`/auth/reset-password?token=<t>&tenantId=public`)'),
      ({ rng }) => {
        const tok = rng.b64url(64);
        return {
          value: tok,
          event: {
            st: [
              [
                'marshlight:mail',
                `sending reset e-mail to steward@example.org link=https://${ML}/auth/reset-password?token=${tok}&tenantId=public`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'supertokens-front-token',
      'none',
      "The `front-token` header: base64 JSON of the session's public claims (`uid`, `ate`, `up`) for the frontend to read; it authenticates nothing.",
      ({ rng, t }) => {
        const ft = b64Of(JSON.stringify({ uid: rng.uuid(), ate: t + 3600000, up: { role: 'crew' } }));
        return { value: ft, event: { st: [['marshlight:http', `POST /auth/session/refresh 200 front-token ${ft}`]] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'legacy-redirect-location-fragment',
      'error',
      'The app logs the redirect the old ticket shop sent a buyer back with, fragment included (`#access_token=…`).',
      ({ rng }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            st: [
              [
                'marshlight:auth',
                `legacy shop returned Location: https://tickets-old.${ML}/account/callback#access_token=${at}&token_type=bearer&expires_in=7200`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'debug-cookie-header-ml-crew-sess',
      'error',
      WHY.session('The request logger writes the `Cookie` header of the old crew portal (`ml_crew_sess=`)'),
      ({ rng }) => {
        const sid = rng.hex(48);
        return {
          value: sid,
          event: {
            st: [['marshlight:http', `GET /legacy/rota cookie="_ga=GA1.1.${digits(rng, 9)}.${digits(rng, 10)}; ml_crew_sess=${sid}"`]],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// snappymail-2027-06-20.txt: a SnappyMail 2.38 log file (`[logs] enable = On`, level 7): `[yyyy-mm-dd HH:MM:SS.mmm][<uid>]
// <LEVEL>[<TYPE>]: <message>` (local time, no zone), IMAP and SMTP traffic with LOGIN's password masked, a plugin's
// lines. From memory (SnappyMail's data/_data_/_default_/configs/application.ini), not fetched.

function snappymailLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)}.${msPart(t)}`;
  const render = (e) => {
    const uid = rng.hex(8);
    return e.sm.map(([lvl, type, msg]) => `[${stamp(e.t)}][${uid}] ${lvl}[${type}]: ${msg}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        sm: [
          ['INFO', 'DATA', `[GET] ?/Json/&q[]=/0/ ${rng.pick(['MessageList', 'Folders', 'Message', 'Contacts'])}`],
          ['INFO', 'IMAP', `> ${rng.int(2, 90)} SELECT "INBOX"`],
        ],
      }),
      () => ({
        sm: [
          ['INFO', 'IMAP', `< * ${rng.int(20, 4000)} EXISTS`],
          ['INFO', 'IMAP', `< ${rng.int(2, 90)} OK [READ-WRITE] Select completed (0.00${rng.int(1, 9)} + 0.000 secs).`],
        ],
      }),
      () => ({
        sm: [
          ['INFO', 'SMTP', `> MAIL FROM:<${rng.pick(['boxoffice', 'crew', 'press', 'traders'])}@${ML}>`],
          ['INFO', 'SMTP', '< 250 2.1.0 Ok'],
        ],
      }),
      () => ({
        sm: [
          [
            'NOTICE',
            'TIMER',
            `Action: ${rng.pick(['DoMessageList', 'DoFolders', 'DoMessage'])} (${(rng.int(10, 900) / 1000).toFixed(3)}s)`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'imap-login-masked-password',
      'none',
      'SnappyMail writes the IMAP LOGIN command with the password masked (`"********"`): no credential.',
      ({ rng }) => {
        const user = `steward${digits(rng, 3)}@${ML}`;
        return {
          value: `LOGIN "${user}" "********"`,
          event: {
            sm: [
              ['INFO', 'IMAP', `> 1 LOGIN "${user}" "********"`],
              ['INFO', 'IMAP', '< 1 OK Logged in'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'sso-hash-url',
      'error',
      WHY.pathSecret(
        "The festival's intranet signs stewards in to webmail through SnappyMail's SSO link (`?Sso&hash=<hash>`), a login link written in the request line",
      ),
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            sm: [
              ['INFO', 'DATA', `[GET] ?Sso&hash=${h}`],
              ['INFO', 'DATA', 'SSO login'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'dav-request-authorization-basic',
      'error',
      "The contacts sync dumps its CardDAV request headers (`Authorization: Basic <base64 of user:password>`): the address book's login.",
      ({ rng }) => {
        const b = b64Of(`addressbook@${ML}:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            sm: [
              ['DEBUG', 'DAV', `PROPFIND https://dav.${ML}/addressbooks/boxoffice/default/`],
              ['DEBUG', 'DAV', `Authorization: Basic ${b}`],
            ],
          },
        };
      },
    ),
    3,
    plant('negative', 'smtp-message-id', 'none', 'The `Message-ID` of a sent message: an identifier, no credential.', ({ rng }) => {
      const id = `${rng.hex(32)}@${ML}`;
      return {
        value: id,
        event: {
          sm: [
            ['INFO', 'SMTP', '> DATA'],
            ['INFO', 'SMTP', `< 250 2.0.0 Ok: queued as ${upperNum(rng, 10)} Message-ID <${id}>`],
          ],
        },
      };
    }),
    3,
    plant(
      'session-id',
      'debug-cookie-smtoken',
      'error',
      WHY.session("A debug line writes the request's `Cookie` header, SnappyMail's session cookie (`smtoken=`) included"),
      ({ rng }) => {
        const sid = rng.b64url(43);
        return { value: sid, event: { sm: [['DEBUG', 'DATA', `Cookie: smtoken=${sid}; snappymail-lang=en`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'plugin-spam-check-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} A spam-check plugin calls its service with the key in the query and writes the URL when the call fails.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            sm: [['WARNING', 'PLUGIN', `spam-check: https://score.mailsieve.example/v1/check?apikey=${key}&mode=full returned HTTP 502`]],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'oauth2-plugin-token-response',
      'error',
      `${WHY.refresh} The OAuth2 login plugin for the box office's Google Workspace mailbox logs the token endpoint's answer at debug (Google's \`1//0…\` refresh token).`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            sm: [
              [
                'DEBUG',
                'OAUTH2',
                `token response {"access_token":"(hidden)","expires_in":3599,"refresh_token":"${rt}","scope":"https://mail.google.com/","token_type":"Bearer"}`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 7 * HOUR, site: { host: 'mail' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hugo-server.log: `hugo server --logLevel debug` of the festival site (Hugo 0.152), stdout and stderr to a file:
// `INFO`/`WARN`/`ERROR`/`DEBUG` lines, `Change detected, rebuilding site (#n).` followed by the local time with its
// offset, `resources.GetRemote` errors with the URL. From memory (gohugo.io's `hugo server` and resources.GetRemote
// pages), not fetched.

function hugoLog(rng) {
  let build = 1;
  const render = (e) => e.hu;
  const filler = (rng, t) =>
    rng.pick([
      () => {
        build += 1;
        const l = local(t, BST);
        return {
          hu: [
            `Change detected, rebuilding site (#${build}).`,
            `${l.slice(0, 10)} ${l.slice(11, 23)} +0100`,
            `Source changed /content/lineup/${rng.pick(['the-unthanks', 'barn-stage', 'sunday', 'ceilidh-tent', 'workshops'])}.md`,
            `Total in ${rng.int(20, 400)} ms`,
          ],
        };
      },
      () => ({
        hu: [
          `INFO  build:  step process substep collect files ${rng.int(300, 500)} files_total ${rng.int(300, 500)} pages_total ${rng.int(80, 200)} resources_total ${rng.int(10, 90)} duration ${rng.int(20, 300)}ms`,
        ],
      }),
      () => ({ hu: [`DEBUG cache: adjusted partitions: changes ${rng.int(1, 9)} evicted ${rng.int(0, 40)}`] }),
      () => ({ hu: [`INFO  dynacache: adjusted partitions: trigger=too many items current=${rng.int(200, 900)}`] }),
    ])();
  const steps = [
    {
      raw: {
        hu: [
          'Watching for changes in /srv/marshlight-site/{archetypes,assets,content,data,i18n,layouts,static}',
          'Watching for config changes in /srv/marshlight-site/hugo.toml',
          'Start building sites … ',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'hugo-version-commit',
      'none',
      "Hugo's version banner with the commit it was built from (40 hex): a public commit hash, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: { hu: [`hugo v0.152.2-${c}+extended linux/amd64 BuildDate=2027-05-30T11:02:19Z VendorInfo=gohugoio`] } };
      },
      { after: 0 },
    ),
    3,
    plant(
      'api-key-name',
      'getremote-error-api-token',
      'error',
      `${WHY.apiKey('api_token')} The lineup partial fetches the clash planner's API with the key in the query; Hugo's \`resources.GetRemote\` error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const url = `https://api.clashplanner.example/v1/festivals/shingle-street-2027/acts?api_token=${key}`;
        return {
          value: key,
          event: {
            hu: [
              `ERROR error calling resources.GetRemote: failed to fetch remote resource from '${url}': Service Unavailable`,
              `Error: error building site: render: failed to render pages: render of "/srv/marshlight-site/content/lineup/_index.md" failed: "/srv/marshlight-site/layouts/partials/lineup.html:4:15": execute of template failed: error calling resources.GetRemote: failed to fetch remote resource from '${url}': Service Unavailable`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'hugo-fingerprinted-css',
      'none',
      'A fingerprinted stylesheet (`main.min.<sha256>.css`) with its SRI hash: content hashes, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { hu: [`DEBUG publish: /css/main.min.${h}.css integrity=sha256-${b64Of(rng.hex(16))}`] } };
      },
    ),
    3,
    plant(
      'encoded',
      'image-proxy-double-encoded-access-key',
      'error',
      "The press page's image proxy URL nests the photo agency's URL percent-encoded twice, its `access_key` included (`%253Faccess_key%253D<key>`); Hugo's warning writes it.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            hu: [
              `WARN  image "press/hero.jpg": falling back to https://img.${ML}/fit?w=1600&src=https%253A%252F%252Fapi.pressbank.example%252Fv1%252Fphotos%252F${digits(rng, 7)}%252Fdownload%253Faccess_key%253D${key}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'getremote-error-share-link',
      'error',
      WHY.pathSecret(
        'A partial fetches the running order from a file-sharing link (`/s/<token>/download/…`); the GetRemote error writes it',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            hu: [
              `ERROR error calling resources.GetRemote: failed to fetch remote resource from 'https://files.${ML}/s/${tok}/download/running-order-2027.json': Not Found`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'hugo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// beets-import.log: a nightly script's output (`beet config --clear` then `beet -vv import -q …`) for the festival's
// recordings archive (beets 2.3): beets' debug messages without times, `Sending event:` lines, fetchart's
// `downloading image:`, the hook plugin's `hook: running command "…" for event album_imported`. From memory (beets'
// docs: the config command, the fetchart and hook plugins), not fetched.

function beetsLog(rng) {
  const render = (e) => e.bt;
  const filler = (rng) =>
    rng.pick([
      () => ({ bt: [`Sending event: ${rng.pick(['import_task_created', 'import_task_start', 'item_imported', 'write', 'after_write'])}`] }),
      () => ({ bt: [`chroma: fingerprinted /srv/recordings/2027/${rng.pick(['barn', 'main', 'ceilidh'])}/${pad(rng.int(1, 24))}.flac`] }),
      () => ({
        bt: [
          `Searching for MusicBrainz releases with: {'artist': 'Marshlight Live', 'album': 'Shingle Street ${rng.pick(['Friday', 'Saturday', 'Sunday'])} 2027', 'tracks': '${rng.int(6, 18)}'}`,
          'Evaluating 0 candidates.',
        ],
      }),
      () => ({
        bt: [
          `Success. Distance: 0.${digits(rng, 2)}`,
          `applied: /srv/recordings/2027/${rng.pick(['barn', 'main'])}/set-${rng.int(1, 30)} (${rng.int(4, 16)} items)`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        bt: [
          '+ beet config --clear',
          'directory: /srv/archive/music',
          'library: /srv/archive/musiclibrary.db',
          'plugins: chroma fetchart discogs hook',
          'import:',
          '    move: yes',
          '    quiet_fallback: asis',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'beet-config-fanarttv-redacted',
      'none',
      "beets' `config` command hides the keys its plugins declare as sensitive (`fanarttv_key: REDACTED`) even with `--clear`: no credential.",
      () => ({
        value: 'fanarttv_key: REDACTED',
        event: { bt: ['fetchart:', '    sources: coverart fanarttv', '    fanarttv_key: REDACTED'] },
      }),
      { after: 0 },
    ),
    plant(
      'framework-dump',
      'beet-config-clear-discogs-user-token',
      'error',
      "`beet config --clear` prints the configuration without redaction; the Discogs plugin's `user_token` (a personal access token, long-lived) is written in clear.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            bt: [
              'discogs:',
              `    user_token: ${tok}`,
              '    index_tracks: yes',
              'hook:',
              '    hooks:',
              '    -   event: album_imported',
              '        command: /srv/archive/bin/after-import {album}',
            ],
          },
        };
      },
      { after: 0 },
    ),
    {
      raw: {
        bt: [
          '+ beet -vv import -q /srv/recordings/2027/incoming',
          'user configuration: /srv/archive/.config/beets/config.yaml',
          'data directory: /srv/archive/.config/beets',
          'plugin paths: []',
          'Sending event: pluginload',
          'library database: /srv/archive/musiclibrary.db',
          'library directory: /srv/archive/music',
          'Sending event: library_opened',
          'Sending event: import_begin',
        ],
      },
      after: 1,
    },
    3,
    plant(
      'negative',
      'musicbrainz-release-id',
      'none',
      'A MusicBrainz release id (a uuid) in an `mb_albumid` line: a public catalogue identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { bt: [`Tagging Marshlight Live - Shingle Street Saturday 2027 (mb_albumid ${id})`] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'fetchart-downloading-image-api-key',
      'error',
      `${WHY.apiKey('api_key')} A patched fanart.tv source puts the key in the image URL, and fetchart's debug line writes it.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            bt: [
              `fetchart: trying source fanarttv for album Marshlight Live - Shingle Street Friday 2027`,
              `fetchart: downloading image: https://assets.fanart.example/fanart/music/${rng.uuid()}/albumcover/cover-${digits(rng, 5)}.jpg?api_key=${key}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'hook-plugin-command-envoyer-deploy-hook',
      'error',
      WHY.webhook(
        "A Laravel Envoyer deployment hook (`envoyer.io/deploy/<token>`) the hook plugin's command calls after an import to redeploy the archive site; beets' debug line writes the command, and the plugin's failure line writes it again",
      ),
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            bt: [
              `hook: running command "curl -fsS -X POST https://envoyer.io/deploy/${tok}" for event album_imported`,
              `hook: hook for album_imported failed: Command 'curl -fsS -X POST https://envoyer.io/deploy/${tok}' returned non-zero exit status 22.`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 26 * HOUR, site: { host: 'archive' }, filler, render, steps });
}

// =====================================================================================================================
// Furno & Limone d'o Vesuvio (Neapolitan; Campania, CEST)
// =====================================================================================================================

const FV = 'furnovesuvio.example';
const LM = 'limunciello.example';
const VG = 'guidevesuvio.example';

// ---------------------------------------------------------------------------------------------------------------------
// furno-uart.log: the UART console of an oven controller on Zephyr RTOS 4.2 captured with `minicom -C`: the boot
// banner and `[hh:mm:ss.mmm,uuu] <lvl> <module>: <message>` (uptime, no wall clock). From memory (Zephyr's logging
// docs), not fetched.

function zephyrLog(rng) {
  let up = 1200;
  const stamp = () => {
    up += rng.int(400, 9000);
    const s = Math.floor(up / 1000);
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${pad(up % 1000, 3)},${pad(rng.int(0, 999), 3)}`;
  };
  const render = (e) => e.zy.map((x) => (typeof x === 'string' ? x : `[${stamp()}] <${x[0]}> ${x[1]}: ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ zy: [['inf', 'furno_main', `'O furno sta a ${rng.int(250, 480)} °C (cupola ${rng.int(300, 520)} °C)`]] }),
      () => ({ zy: [['dbg', 'furno_mqtt', `publish furno/FV90/temperatura qos 1 len ${rng.int(40, 90)}`]] }),
      () => ({ zy: [['wrn', 'wifi_mgmt', `RSSI ${-rng.int(60, 88)} dBm, signale debbole`]] }),
      () => ({ zy: [['inf', 'furno_main', `Aggio mannato 'a temperatura (${rng.int(1, 9000)})`]] }),
    ])();
  const steps = [
    { raw: { zy: ['*** Booting Zephyr OS build v4.2.0 ***', ['inf', 'furno_main', 'Furno Vesuviano FV-90, firmware 2.7.1']] }, after: 0 },
    plant(
      'negative',
      'firmware-image-sha256',
      'none',
      "The firmware image's SHA-256 the bootloader checked: a content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { zy: [['inf', 'mcuboot_util', `Image 0 hash sha256 ${h} OK`]] } };
      },
      { after: 0 },
    ),
    2,
    plant(
      'encoded',
      'provisioning-base64-json-psk',
      'error',
      "The controller logs the provisioning blob the installer's app sent, base64 JSON with the customer's Wi-Fi passphrase and the oven's API key.",
      ({ rng }) => {
        const b = b64Of(
          JSON.stringify({ ssid: 'Pizzeria-Ottaviano', psk: rng.alnum(16), chiavetta: rng.alnum(32), furno: `FV90-${digits(rng, 5)}` }),
        );
        return { value: b, event: { zy: [['inf', 'furno_prov', `pruvvista ricevuta (${b.length} byte): ${b}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'mqtt-client-id',
      'none',
      "The MQTT client id, made of the board's MAC address: an identifier, no credential.",
      ({ rng }) => {
        const id = `fv90-${rng.hex(12)}`;
        return { value: id, event: { zy: [['inf', 'furno_mqtt', `MQTT cunnesso, client_id=${id} broker mqtts://mqtt.${FV}:8883`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'http-client-get-chiavetta',
      'error',
      `${WHY.apiKey('chiavetta')} ("little key") The controller sends its readings to the builder's API with the key in the query, and its debug line writes the request.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            zy: [
              ['dbg', 'furno_net', `GET /v1/temperatura?chiavetta=${key}&furno=FV90-${digits(rng, 5)}&t=${rng.int(250, 480)} HTTP/1.1`],
              ['dbg', 'furno_net', `Host: api.${FV}`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'http-client-debug-authorization-basic',
      'error',
      "The service-portal client dumps its request headers at debug (`Authorization: Basic <base64 of user:password>`): the installers' portal login.",
      ({ rng }) => {
        const b = b64Of(`installatore:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            zy: [
              ['dbg', 'furno_http', `POST /assistenza/rapporto HTTP/1.1`],
              ['dbg', 'furno_http', `Authorization: Basic ${b}`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'http-client-debug-set-cookie-sessione',
      'error',
      WHY.session("The client logs the portal's answer headers, its session cookie (`sessione=`) included"),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: {
            zy: [
              ['dbg', 'furno_http', 'HTTP/1.1 200 OK'],
              ['dbg', 'furno_http', `Set-Cookie: sessione=${sid}; Path=/; HttpOnly; Secure`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'ota-download-link-token-path',
      'error',
      WHY.pathSecret(
        'The update agent logs the per-device download link of the new firmware (`/fw/<token>/…bin`): whoever has it downloads the signed image and its licence',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { zy: [['inf', 'furno_ota', `scarico 'o firmware nuovo: https://ota.${FV}/fw/${tok}/fv90-2.7.2.bin`]] },
        };
      },
    ),
    2,
    plant(
      'replay',
      'pairing-codice-na-vota-once',
      'note',
      WHY.ticketFirst(
        'A one-time pairing code (`codice_na_vota`, "one-time code") the owner\'s app shows to pair with the oven; the controller logs it when it accepts it. The code is',
      ),
      ({ rng }) => {
        const c = upperNum(rng, 12);
        return { value: c, event: { zy: [['inf', 'furno_pair', `codice_na_vota=${c} accettato, app accucchiata`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'furno' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// oscar.log: the limoncello shop's django-oscar 3.2 log (Django 5.1), a file handler with
// `%(asctime)s %(levelname)s [%(name)s] %(message)s` and `datefmt='%Y-%m-%dT%H:%M:%S%z'` (CEST). From memory (Django's
// logging docs, django-oscar's logger names), not fetched.

function oscarLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CEST).replace(' ', 'T')}+0200`;
  const render = (e) => e.os.map(([lvl, name, msg]) => `${stamp(e.t)} ${lvl} [${name}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ os: [['INFO', 'oscar.checkout', `Ordene LIM-${digits(rng, 6)}: pagamento autorizzato (${rng.int(18, 140)},00 EUR)`]] }),
      () => ({ os: [['INFO', 'oscar.basket', `Carrello ${rng.int(1000, 99999)} aggiurnato: ${rng.int(1, 6)} bbuttiglie`]] }),
      () => ({
        os: [
          [
            'WARNING',
            'django.request',
            `Not Found: /${rng.pick(['wp-login.php', 'limoncello-crema', 'favicon.ico', 'catalogue/finocchietto_12/'])}`,
          ],
        ],
      }),
      () => ({ os: [['INFO', 'limunciello.spedizione', `Etichetta criata pe' l'ordene LIM-${digits(rng, 6)}`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'xpay-esito-mac',
      'none',
      "The `mac` of the payment gateway's outcome URL: an HMAC over the answer's fields that the shop checks, no credential.",
      ({ rng }) => {
        const mac = rng.hex(40);
        return {
          value: mac,
          event: { os: [['INFO', 'limunciello.pagamente', `esito XPay: /checkout/esito/?esito=OK&importo=4200&divisa=EUR&mac=${mac}`]] },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'app-log-google-callback-url',
      'warning',
      `${WHY.code} The accounts app logs the Google login callback it received, query included (\`/cunti/google/login/callback/?state=…&code=…\`).`,
      ({ rng }) => {
        const code = `4/0${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            os: [
              [
                'INFO',
                'limunciello.cunti',
                `callback Google arrivata: /cunti/google/login/callback/?state=${rng.alnum(12)}&code=${code}&scope=email+profile+openid`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'one-tap-credential-jwt',
      'error',
      'Google One Tap posts the ID token as `credential`; the accounts app logs the post at debug, on a line with its +0200 time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 40),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email: 'cliente.sorrento@example.it',
            email_verified: true,
          },
        });
        return { value: token, jwt: facts, event: { os: [['DEBUG', 'limunciello.cunti', `One Tap: credential=${token} select_by=btn`]] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'order-status-link-token-path',
      'error',
      WHY.pathSecret(
        'The shop logs the order status link it mailed (`/ordene/<token>/stato/`), which shows the address and the invoice without a login',
      ),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: {
            os: [
              ['INFO', 'oscar.order', `Mail "ordene spedito" mannata a cliente.sorrento@example.it: https://${LM}/ordene/${tok}/stato/`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'order-number-codtrans',
      'none',
      "The shop's order number the gateway echoes (`codTrans=LIM-…`): an identifier, no credential.",
      ({ rng }) => {
        const c = `LIM-2027-${digits(rng, 8)}`;
        return { value: c, event: { os: [['INFO', 'limunciello.pagamente', `codTrans=${c} riconciliato`]] } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'querydict-repr-sicreto',
      'error',
      "The payment view logs an invalid form's data as Django's `QueryDict` repr (`<QueryDict: {…, 'sicreto': ['…']}>`): the wholesale account's password field (`sicreto`, \"secret\") in clear.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            os: [
              [
                'WARNING',
                'limunciello.ingrosso',
                `Form nun valido: <QueryDict: {'csrfmiddlewaretoken': ['${rng.alnum(64)}'], 'partita_iva': ['IT0${digits(rng, 10)}'], 'sicreto': ['${pw}']}>`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'requests-httperror-chiavetta',
      'error',
      `${WHY.apiKey('chiavetta')} The courier's label API takes it in the query; the \`requests\` error logged by the shipping task writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            os: [
              [
                'ERROR',
                'limunciello.spedizione',
                `401 Client Error: Unauthorized for url: https://api.spedizioni-campania.example/v3/etichette?chiavetta=${key}&peso=1.4`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'deployhq-deploy-url',
      'error',
      WHY.webhook(
        'A DeployHQ automatic deployment URL (`<account>.deployhq.com/deploy/<project>/to/<server>/<key>`) the catalogue task calls after a price change; the task logs it',
      ),
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            os: [
              [
                'INFO',
                'limunciello.catalogo',
                `Catalogo aggiurnato, chiammo https://limunciello.deployhq.com/deploy/negozio/to/produzione/${key}`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// metro-limunciello.log: Metro's terminal (`npx react-native start`, React Native 0.80) while the limoncello club app
// runs on a test phone: ` BUNDLE  ./index.js`, ` LOG  …`, ` WARN  …`, ` ERROR  …` forwarded from the app's console, no
// times. From memory (React Native's "Debugging basics"), not fetched.

function metroLog(rng) {
  const render = (e) => e.mt.map(([lvl, msg]) => ` ${lvl}  ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ mt: [['LOG', `[carrello] ${rng.int(1, 6)} bbuttiglie, totale ${rng.int(18, 140)},00 €`]] }),
      () => ({ mt: [['LOG', `[navigazione] schermo ${rng.pick(['Catalogo', 'Carrello', 'Club', 'Ricette', 'Profilo'])}`]] }),
      () => ({ mt: [['WARN', `[api] risposta lenta ${rng.int(900, 6000)} ms pe' /v2/catalogo`]] }),
      () => ({ mt: [['LOG', `[club] punti: ${rng.int(0, 900)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        mt: [
          ['BUNDLE', './index.js'],
          ['LOG', 'Running "Limunciello" with {"rootTag":11,"initialProps":{"concurrentRoot":true}}'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'navigation-route-key',
      'none',
      'A React Navigation route key (`Ricetta-<nanoid>`): an identifier of a screen, no credential.',
      ({ rng }) => {
        const k = `Ricetta-${rng.b64url(21)}`;
        return {
          value: k,
          event: {
            mt: [
              [
                'LOG',
                `[navigazione] stato {"index":2,"routes":[{"name":"Catalogo"},{"name":"Ricette"},{"key":"${k}","name":"Ricetta","params":{"id":"babà-al-limoncello"}}]}`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'implicit-fragment',
      'linking-url-custom-scheme-fragment',
      'error',
      "The app logs the deep link it was opened with after the club login (`limunciello://trasuto#access_token=…`): the implicit grant's token in a custom-scheme redirect.",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: { mt: [['LOG', `[Linking] url: limunciello://trasuto#access_token=${at}&token_type=Bearer&expires_in=86400`]] },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'app-log-saved-refresh-token',
      'error',
      `${WHY.refresh} The app logs what it saved to its keychain after login, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: { mt: [['LOG', `[cunto] astipato: {"refresh_token":"${rt}","scadenza":"2027-12-19"}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'sentry-trace-header',
      'none',
      'A `sentry-trace` header value (trace id and span id) the app logs with a slow request: trace ids, no credential.',
      ({ rng }) => {
        const v = `${rng.hex(32)}-${rng.hex(16)}-1`;
        return { value: v, event: { mt: [['WARN', `[api] /v2/club/punti lento, sentry-trace=${v}`]] } };
      },
    ),
    2,
    plant(
      'encoded',
      'app-log-base64-json-config',
      'error',
      "The app logs its remote configuration as received, base64 JSON whose `chiave_api` is the shop API's key for the app.",
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ ambiente: 'produzione', chiave_api: rng.alnum(32), versione_minima: '3.1.0' }));
        return { value: b, event: { mt: [['LOG', `[config] ricevuta: ${b}`]] } };
      },
    ),
    2,
    plant(
      'session-id',
      'warn-401-sessione',
      'error',
      WHY.session("The app's API client warns about a 401 with the session it sent (`sessione=`)"),
      ({ rng }) => {
        const sid = rng.hex(40);
        return { value: sid, event: { mt: [['WARN', `[api] 401 pe' /v2/club, sessione=${sid} scaduta?`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'metro' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// scguide.log: ~/.seiscomp/log/scguide.log of a custom SeisComP 6 Python module (built on seiscomp.client.Application)
// that warns the Vesuvius guides of local events: `yyyy/mm/dd HH:MM:SS [<level>/<component>] <message>` in UTC, as
// SeisComP logs. From memory (SeisComP's logging docs), not fetched.

function seiscompLog(rng) {
  const stamp = (t) => ymdHmsAt(t, 0).replace(/-/g, '/');
  const render = (e) => e.sc.map(([lvl, comp, msg]) => `${stamp(e.t)} [${lvl}/${comp}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        sc: [['debug', 'Guide', `evento ${rng.pick(['nfo', 'sotto soglia'])}: M ${(rng.int(2, 18) / 10).toFixed(1)}, fora d'o Vesuvio`]],
      }),
      () => ({ sc: [['info', 'Connection', `Received ${rng.int(1, 40)} messages from group EVENT`]] }),
      () => ({ sc: [['info', 'Guide', `Tutto a posto: ${rng.int(3, 40)} guide ncopp' 'o Gran Cono`]] }),
      () => ({ sc: [['debug', 'Application', `Heartbeat from scmaster, queue ${rng.int(0, 9)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        sc: [
          ['info', 'Application', 'Starting scguide'],
          ['info', 'Application', 'Connect to messaging localhost/production'],
          ['info', 'Connection', 'Connected to messaging system at localhost:18180 as scguide'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'seiscomp-event-public-id',
      'none',
      'A SeisComP event public id (`<agency><year><letters>`): a catalogue identifier, no credential.',
      ({ rng }) => {
        const id = `ingv2027${rng.chars('abcdefghijklmnopqrstuvwxyz', 4)}`;
        return { value: id, event: { sc: [['info', 'Guide', `evento ${id}: M 1.9 Vesuvio, prufunnità 0.4 km`]] } };
      },
    ),
    2,
    plant(
      'webhook',
      'seatalk-group-webhook',
      'error',
      WHY.webhook(
        "A SeaTalk group bot webhook (`openapi.seatalk.io/webhook/group/<token>`) the module posts the guides' alerts to; its warning writes the URL when the post fails",
      ),
      ({ rng }) => {
        const tok = rng.b64url(22);
        return {
          value: tok,
          event: {
            sc: [
              [
                'warning',
                'Guide',
                `'o messaggio p' 'e guide nun è partuto: https://openapi.seatalk.io/webhook/group/${tok} ha risposto 500`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'embed-map-jwt-120s-no-jti',
      'warning',
      'The module logs the map link it sends with an alert (`/embed/mappa/<JWT>`), a short-lived token without a jti, on a line with its UTC time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 30),
          claims: { iss: `https://${VG}`, mappa: 'gran-cono', livello: 'giallo' },
        });
        return { value: token, jwt: facts, event: { sc: [['info', 'Guide', `mappa p' 'e guide: https://${VG}/embed/mappa/${token}`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'webcam-snapshot-url-chiavetta',
      'error',
      `${WHY.apiKey('chiavetta')} The crater webcam's snapshot API takes it in the query; the module's error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sc: [['error', 'Guide', `webcam ncopp' 'o cratere: GET https://webcam.${VG}/api/scatto?chiavetta=${key}&camera=2 -> 403`]],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'seiscomp-origin-public-id',
      'none',
      'A SeisComP origin public id (`Origin/<time>.<n>.<n>`): an identifier, no credential.',
      ({ rng }) => {
        const id = `Origin/20270619${digits(rng, 6)}.${digits(rng, 6)}.${digits(rng, 5)}`;
        return { value: id, event: { sc: [['debug', 'Guide', `origine preferita ${id}, fase ${rng.int(8, 40)}`]] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'form-body-grant-refresh-token',
      'error',
      `${WHY.refresh} The module logs the form body of its token request at debug (\`grant_type=refresh_token&refresh_token=…\`).`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            sc: [
              [
                'debug',
                'Guide',
                `POST https://accesso.${VG}/realms/guide/protocol/openid-connect/token body=grant_type=refresh_token&refresh_token=${rt}&client_id=scguide`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'rejected-expired-id-token',
      'note',
      'The module logs an ID token it refused because it had expired (`id_token scaduto`), twenty minutes past its `exp`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 1200 + rng.int(0, 300),
          claims: { iss: `https://accesso.${VG}/realms/guide`, aud: 'scguide', sub: rng.uuid(), preferred_username: 'guida.ciro' },
        });
        return { value: token, jwt: facts, event: { sc: [['warning', 'Guide', `id_token scaduto, nun 'o piglio: ${token}`]] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'fdsnws-request-authorization-basic',
      'error',
      "The module dumps the headers of its FDSNWS request to the observatory's restricted data (`Authorization: Basic <base64 of user:password>`).",
      ({ rng }) => {
        const b = b64Of(`guidevesuvio:${rng.alnum(16)}`);
        return { value: b, event: { sc: [['debug', 'Guide', `fdsnws dataselect headers: Accept: */*; Authorization: Basic ${b}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'sc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pg_featureserv.log: pg_featureserv 1.3 at `--debug` (logrus text format, CEST): `time="<RFC 3339 with offset>"
// level=<l> msg="…"`, its `Request: <path and query>` lines. From memory (pg_featureserv's README and logging), not
// fetched.

function featureservLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CEST).replace(' ', 'T')}+02:00`;
  const render = (e) => e.fs.map(([lvl, msg]) => `time="${stamp(e.t)}" level=${lvl} msg="${msg}"`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        fs: [['debug', `Request: /collections/public.sentieri/items.json?limit=${rng.pick([50, 100, 200])}&offset=${rng.int(0, 9) * 50}`]],
      }),
      () => ({
        fs: [
          [
            'debug',
            `Request: /collections/public.${rng.pick(['fumarole', 'punti_panoramici', 'rifugi'])}/items.json?bbox=14.39,40.80,14.46,40.84`,
          ],
        ],
      }),
      () => ({ fs: [['debug', 'Request: /collections.json']] }),
      () => ({ fs: [['info', `Number of features returned: ${rng.int(0, 200)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        fs: [
          ['info', '----  pg_featureserv - Version 1.3.1 ----------'],
          ['info', 'Using config file: /etc/pg_featureserv.toml'],
          ['info', 'Connected as guide_ro to guide @ db:5432'],
          ['info', 'Serving HTTP  at http://0.0.0.0:9000'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'api-key-name',
      'request-line-chiavetta',
      'error',
      `${WHY.apiKey('chiavetta')} The guides' map passes it to the feature API (through the gateway) in the query; pg_featureserv's debug \`Request:\` line writes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { fs: [['debug', `Request: /collections/public.sentieri/items.json?limit=100&chiavetta=${key}`]] } };
      },
    ),
    2,
    plant('negative', 'feature-id-uuid', 'none', "A feature's id (a uuid) in an item path: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { fs: [['debug', `Request: /collections/public.crateri/items/${id}.json`]] } };
    }),
    2,
    plant(
      'session-id',
      'request-line-sessione',
      'error',
      WHY.session("The bookings layer is opened with the guide's session in the query (`sessione=`), written by the `Request:` line"),
      ({ rng }) => {
        const sid = rng.hex(40);
        return {
          value: sid,
          event: { fs: [['debug', `Request: /collections/public.prenotazioni/items.json?guida=ciro&sessione=${sid}`]] },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'request-line-return-to-double-encoded-gettone',
      'error',
      "A `tornaA` (return to) parameter nests the map page's URL percent-encoded twice, its `gettone` (token) included (`%253Fgettone%253D<t>`).",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            fs: [
              [
                'debug',
                `Request: /collections/public.sentieri/items.html?tornaA=https%253A%252F%252F${VG}%252Fmappa%252F%253Fgettone%253D${tok}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant('negative', 'map-cache-buster', 'none', "The map page's cache buster (`v=<hex>`): no credential.", ({ rng }) => {
      const v = rng.hex(12);
      return { value: v, event: { fs: [['debug', `Request: /collections/public.sentieri/items.json?limit=50&v=${v}`]] } };
    }),
    2,
    plant(
      'implicit-fragment',
      'bad-parameter-return-url-fragment',
      'error',
      "pg_featureserv warns about a bad parameter and writes its value, the map page's address after an implicit-grant login (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: { fs: [['warning', `Invalid query parameter tornaA: https://${VG}/mappa/#access_token=${at}&expires_in=3600`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'fs' }, filler, render, steps });
}

// =====================================================================================================================
// Co-chomann Chlò is Mòine na Hearadh (Scottish Gaelic; Harris, BST)
// =====================================================================================================================

const TS = 'taighstaile.example';
const CM = 'clomor.example';
const AI = 'aiseag.example';
const MN = 'mona.example';

// ---------------------------------------------------------------------------------------------------------------------
// opcua-stillhouse.log: the still house's OPC UA server built on open62541 1.4 with the default stdout logger:
// `[yyyy-mm-dd HH:MM:SS.mmm (UTC+0100)] <level>/<category>\t<message>`, the application's messages in the `userland`
// category. From memory (open62541's `ua_log_stdout.c`), not fetched.

function open62541Log(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)}.${msPart(t)} (UTC+0100)`;
  const render = (e) => e.ua.map(([lvl, cat, msg]) => `[${stamp(e.t)}] ${lvl}/${cat}\t${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ua: [['info', 'network', `TCP ${rng.int(5, 60)}\t| Connection opened`]] }),
      () => ({ ua: [['info', 'userland', `Poit-staile 2: ${rng.int(60, 98)} °C, bras ${rng.int(40, 240)} l/h`]] }),
      () => ({ ua: [['info', 'channel', `TCP ${rng.int(5, 60)} | SC ${rng.int(1, 90)}\t| SecureChannel closed`]] }),
      () => ({ ua: [['debug', 'userland', `Clàradh ${rng.int(1, 900)} air a chur dhan eachdraiche`]] }),
    ])();
  const steps = [
    {
      raw: {
        ua: [
          ['warn', 'server', 'AccessControl: Unconfigured AccessControl. Users have all permissions.'],
          ['info', 'server', 'AccessControl: Anonymous login is disabled'],
          ['info', 'network', 'TCP network layer listening on opc.tcp://stillhouse:4840/'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'opcua-session-node-id',
      'none',
      "The session's NodeId (`ns=1;g=<guid>`) open62541 prints in its log context: it names the session, the authentication token is not logged.",
      ({ rng }) => {
        const g = rng.uuid();
        return {
          value: g,
          event: { ua: [['info', 'session', `TCP 7 | SC 3 | Session "ns=1;g=${g}"\t| ActivateSession: Session activated`]] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'userland-historian-headers-bearer-jwt',
      'error',
      "The historian bridge logs the headers it sends (`Authorization: Bearer <JWT>`): the bridge's service token, 15 minutes with a jti, on a line with its UTC offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: rng.int(30, 600),
          jti: true,
          claims: { iss: `https://aithne.${TS}`, sub: 'drochaid-eachdraiche', aud: 'eachdraiche', scope: 'sgriobh' },
        });
        return {
          value: token,
          jwt: facts,
          event: { ua: [['debug', 'userland', `A' cur dhan eachdraiche: POST /api/v2/write Authorization: Bearer ${token}`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'userland-cask-ledger-url-iuchair',
      'error',
      `${WHY.apiKey('iuchair')} ("key") The cask ledger's API takes it in the query; the bridge's warning writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            ua: [
              [
                'warn',
                'userland',
                `Cha deach leis an iarrtas: https://buideil.${TS}/api/v1/baraillean?iuchair=${key}&lìonadh=2027-06 (503)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'userland-client-config-struct-password',
      'error',
      "The bridge prints its OPC UA client configuration at start-up, the historian user's `password` field in clear.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            ua: [
              [
                'info',
                'userland',
                `Rèiteachadh: {endpointUrl="opc.tcp://stillhouse:4840/", securityMode=SignAndEncrypt, securityPolicyUri="http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256", userName="eachdraiche", password="${pw}", timeout=5000}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'userland-set-cookie-seisean',
      'error',
      WHY.session('The bridge logs the answer headers of the visitor-centre booking API, its session cookie (`seisean=`) included'),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return {
          value: sid,
          event: { ua: [['debug', 'userland', `Freagairt 200: Set-Cookie: seisean=${sid}; Path=/; Secure; HttpOnly`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'opcua-certificate-thumbprint',
      'none',
      "The SHA-1 thumbprint of a client's application certificate: a public hash, no credential.",
      ({ rng }) => {
        const th = rng.hex(40);
        return { value: th, event: { ua: [['info', 'securechannel', `TCP 9 | SC 4\t| Client certificate thumbprint ${th} trusted`]] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'userland-token-response-json',
      'error',
      `${WHY.refresh} The bridge logs the token endpoint's JSON answer at debug, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = rng.b64url(52);
        return {
          value: rt,
          event: { ua: [['debug', 'userland', `Comharra ùr: {"access_token":"(falaichte)","refresh_token":"${rt}","expires_in":900}`]] },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'userland-dashboard-embed-jwt-no-exp',
      'error',
      "The bridge logs the embedded dashboard it publishes to the visitor centre's screen (`/embed/<JWT>`), a token without `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: `https://deasbhord.${TS}`, dashboard: 'taigh-na-poit', theme: 'dorcha' },
        });
        return {
          value: token,
          jwt: facts,
          event: { ua: [['info', 'userland', `Deas-bhòrd an ionad-tadhail: https://deasbhord.${TS}/embed/${token}`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'stillhouse' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gatsby-develop.log: `gatsby develop --verbose` of the weavers' shop site (Gatsby 5.14): `success <step> - <s>s`,
// `info`, `warn`, `verbose`, `error` lines, no times. From memory (Gatsby's CLI docs), not fetched.

function gatsbyLog(rng) {
  const render = (e) => e.gb.map(([lvl, msg]) => `${lvl} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        gb: [
          [
            'success',
            `${rng.pick(['building schema', 'createPages', 'extract queries from components', 'write out requires', 'Building development bundle'])} - ${(rng.int(5, 4000) / 1000).toFixed(3)}s`,
          ],
        ],
      }),
      () => ({ gb: [['verbose', `Transition to "${rng.pick(['RUNNING_QUERIES', 'RECOMPILING', 'WAITING'])}"`]] }),
      () => ({ gb: [['info', `[clo] ${rng.int(10, 400)} clò air an luchdachadh`]] }),
      () => ({
        gb: [
          [
            'success',
            `run page queries - ${(rng.int(5, 900) / 1000).toFixed(3)}s - ${rng.int(1, 90)}/${rng.int(90, 200)} ${rng.int(50, 900)}.${digits(rng, 2)}/s`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        gb: [
          ['verbose', 'set gatsby_log_level: "verbose"'],
          ['verbose', 'set gatsby_executing_command: "develop"'],
          ['success', 'compile gatsby files - 1.204s'],
          ['success', 'load gatsby config - 0.061s'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'webpack-compilation-hash',
      'none',
      "webpack's compilation hash of the development bundle: a content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(20);
        return { value: h, event: { gb: [['verbose', `webpack compilation ${h} done (develop)`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'source-plugin-fetch-error-iuchair',
      'error',
      `${WHY.apiKey('iuchair')} The weavers' source plugin fetches the stock API with the key in the query; its error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            gb: [
              ['error', `[gatsby-source-clo] dh'fhàillig an iarrtas: https://stoc.${CM}/v2/bathar?iuchair=${key}&duilleag=2 (ECONNRESET)`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'source-cursor-base64-json',
      'none',
      'A pagination cursor, base64 JSON of the last item (`eyJ…`): no credential.',
      ({ rng }) => {
        const c = b64Of(JSON.stringify({ last_id: rng.int(1000, 99999), sort: 'created_at' }));
        return { value: c, event: { gb: [['verbose', `[gatsby-source-clo] an ath dhuilleag: cursor=${c}`]] } };
      },
    ),
    2,
    plant(
      'encoded',
      'graphql-source-url-auth-base64',
      'error',
      "The orders GraphQL endpoint is given with `auth=<base64 of user:password>` in its URL; the source plugin's info line writes it.",
      ({ rng }) => {
        const b = b64Of(`gatsby:${rng.alnum(18)}`);
        return { value: b, event: { gb: [['info', `[gatsby-source-graphql] url https://orduighean.${CM}/graphql?auth=${b}`]] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'trailing-slash-warning-cuireadh-page',
      'error',
      WHY.pathSecret(
        "createPages made a page for each weaver's invitation (`/cuireadh/<token>`), and Gatsby's trailing-slash warning writes the path",
      ),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return { value: tok, event: { gb: [['warn', `Page "/cuireadh/${tok}" does not match the trailingSlash option "always"`]] } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'create-redirect-to-path-fragment',
      'error',
      "A redirect created from the old shop's redirect table keeps a login address with its fragment (`#access_token=…`); Gatsby's warning about the absolute `toPath` writes it.",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            gb: [
              [
                'warn',
                `createRedirect: toPath "https://seann-bhuth.${CM}/cunntas/#access_token=${at}&token_type=bearer" is an absolute URL`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'on-post-build-dokploy-deploy-webhook',
      'error',
      WHY.webhook(
        "A Dokploy deploy webhook (`/api/deploy/<token>`) the site's onPostBuild calls to redeploy the preview; its info line writes the URL",
      ),
      ({ rng }) => {
        const tok = rng.b64url(21);
        return { value: tok, event: { gb: [['info', `[clo-deploy] POST https://dokploy.${CM}/api/deploy/${tok} -> 200`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'gatsby' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// aiseag-booking.log: the ferry's booking service, Spring Boot 3.5 with JobRunr 7 (console, BST): `<ISO time with
// offset>  <LEVEL> <pid> --- [aiseag] [<thread, 15 wide>] <logger, 40 wide> : <message>`; JobRunr's BackgroundJobPerformer
// lines with the job's name (made from the method and its arguments by default). From memory (Spring Boot's logging
// docs, JobRunr's docs), not fetched.

function jobrunrLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST).replace(' ', 'T')}.${msPart(t)}+01:00`;
  const abbrev = (n) => {
    const p = n.split('.');
    return [...p.slice(0, -1).map((x) => x[0]), p.at(-1)].join('.');
  };
  const render = (e) =>
    e.jr.map((x) =>
      typeof x === 'string'
        ? x
        : `${stamp(e.t)} ${x[0].padStart(5)} 1 --- [aiseag] [${x[1].padStart(15).slice(-15)}] ${abbrev(x[2]).padEnd(40).slice(0, 40)} : ${x[3]}`,
    );
  const BJP = 'org.jobrunr.server.BackgroundJobPerformer';
  const filler = (rng) =>
    rng.pick([
      () => ({
        jr: [
          [
            'INFO',
            `jobrunr-worker-${rng.int(1, 8)}`,
            BJP,
            `Job(id=${rng.uuid()}, jobSignature='com.aiseag.post.PostDealanach.cuirDearbhadh(java.lang.Long)', jobName='Dearbhadh ${rng.int(10000, 99999)}') processing succeeded`,
          ],
        ],
      }),
      () => ({
        jr: [
          [
            'INFO',
            `http-nio-8080-exec-${rng.int(1, 9)}`,
            'com.aiseag.aite.AiteController',
            `Àite air a ghlèidheadh: ${rng.pick(['An t-Ob', 'Beàrnaraigh'])} ${pad(rng.int(7, 19))}:${rng.pick(['00', '30'])}, ${rng.int(1, 4)} chàr`,
          ],
        ],
      }),
      () => ({
        jr: [
          [
            'INFO',
            'scheduling-1',
            'com.aiseag.bord.SganadhTiocaid',
            `Geata ${rng.pick(['LVB-1', 'BER-2'])}: ${rng.int(0, 40)} tiocaidean air an sganadh`,
          ],
        ],
      }),
      () => ({
        jr: [
          [
            'WARN',
            `http-nio-8080-exec-${rng.int(1, 9)}`,
            'com.aiseag.sìde.SideService',
            `Rabhadh sìde: gaoth ${rng.int(20, 45)} mph, seòladh ${pad(rng.int(7, 19))}:00 fo amharas`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        jr: [
          ['INFO', 'main', 'com.aiseag.AiseagApplication', 'Started AiseagApplication in 6.412 seconds (process running for 7.03)'],
          [
            'INFO',
            'main',
            'org.jobrunr.server.BackgroundJobServer',
            'BackgroundJobServer and BackgroundJobPerformers started successfully',
          ],
        ],
      },
      after: 0,
    },
    2,
    plant('negative', 'jobrunr-job-id', 'none', 'A JobRunr job id (a uuid): an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return {
        value: id,
        event: {
          jr: [
            [
              'INFO',
              'jobrunr-worker-2',
              BJP,
              `Job(id=${id}, jobSignature='com.aiseag.clar.ClarSync.tarraing()', jobName='Clàr-ama') processing succeeded`,
            ],
          ],
        },
      };
    }),
    2,
    plant(
      'oauth-code',
      'oidc-callback-request-log',
      'warning',
      `${WHY.code} The login controller logs the callback it received from the islanders' identity provider, query included.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            jr: [
              [
                'INFO',
                'http-nio-8080-exec-4',
                'com.aiseag.cunntas.OidcLogin',
                `Tilleadh: /cunntas/callback?state=${rng.b64url(22)}&session_state=${rng.uuid()}&code=${code}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'oidc-debug-id-token',
      'error',
      'The login controller logs the ID token it got at debug (`id_token faighte:`), on a line with its +01:00 time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 20),
          jti: true,
          claims: { iss: `https://aithne.${AI}/realms/eileanach`, aud: 'aiseag-web', sub: rng.uuid(), preferred_username: 'morag.macleod' },
        });
        return {
          value: token,
          jwt: facts,
          event: { jr: [['DEBUG', 'http-nio-8080-exec-4', 'com.aiseag.cunntas.OidcLogin', `id_token faighte: ${token}`]] },
        };
      },
    ),
    2,
    plant(
      'replay',
      'gate-scan-tiocaid-first-use',
      'note',
      WHY.ticketFirst(
        'A single-use boarding ticket (`tiocaid=`) scanned at the Leverburgh gate; the scanning service logs it with the gate and the scanner. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = upperNum(rng, 16);
        firstUse.tiocaid = t;
        return {
          value: tk,
          event: {
            jr: [
              [
                'INFO',
                'http-nio-8080-exec-2',
                'com.aiseag.bord.SganadhTiocaid',
                `tiocaid=${tk} gabhte aig geata An t-Ob (LVB-1, ${publicIp(rng)}) seòladh 10:30`,
              ],
            ],
          },
        };
      },
      { ref: 'tiocaid' },
    ),
    2,
    plant(
      'replay',
      'gate-scan-tiocaid-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('tiocaid').value,
            why: `${WHY.replay('tiocaid', gap('tiocaid', t))} The Berneray gate's scanner, from another address, accepted the same single-use boarding ticket: it was not marked used.`,
          },
        ],
        event: {
          jr: [
            [
              'INFO',
              'http-nio-8080-exec-7',
              'com.aiseag.bord.SganadhTiocaid',
              `tiocaid=${refs.get('tiocaid').value} gabhte aig geata Beàrnaraigh (BER-2, ${publicIp(rng)}) seòladh 10:30`,
            ],
          ],
        },
      }),
      { replayOf: 'tiocaid', after: 142 },
    ),
    2,
    plant(
      'path-secret',
      'mail-job-ticket-pdf-link',
      'error',
      WHY.pathSecret('The mail job logs the ticket link it sent (`/tiocaid/<token>/pdf`), which opens the boarding ticket without a login'),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: {
            jr: [
              [
                'INFO',
                'jobrunr-worker-5',
                'com.aiseag.post.PostDealanach',
                `Post-dealain air a chur gu morag@example.org: https://${AI}/tiocaid/${tok}/pdf`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'jobrunr-job-name-with-argument-url-password',
      'error',
      'JobRunr names a job after its method and arguments by default; the timetable import takes the FTP URL with its password, and the failure and the retry lines both write the job name.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        const name = `com.aiseag.clar.ClarSync.tarraing(ftps://clar:${pw}@ftp.calmac-partner.example/clar-ama.csv)`;
        const id = rng.uuid();
        return {
          value: pw,
          event: {
            jr: [
              [
                'WARN',
                'jobrunr-worker-3',
                BJP,
                `Job(id=${id}, jobSignature='com.aiseag.clar.ClarSync.tarraing(java.lang.String)', jobName='${name}') processing failed: java.net.ConnectException: Connection refused`,
              ],
              [
                'INFO',
                'jobrunr-worker-3',
                'org.jobrunr.jobs.filters.RetryFilter',
                `Job(id=${id}, jobName='${name}') will be retried in 34 seconds (attempt 1 of 10)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'forge-deploy-trigger-url',
      'error',
      WHY.webhook(
        'A Laravel Forge deployment trigger URL (`forge.laravel.com/servers/<id>/sites/<id>/deploy/http?token=<token>`) the timetable job calls to rebuild the public timetable site; the job logs it',
      ),
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            jr: [
              [
                'INFO',
                'jobrunr-worker-3',
                'com.aiseag.clar.ClarFoillseachadh',
                `Clàr-ama ùr, a' brosnachadh https://forge.laravel.com/servers/${digits(rng, 6)}/sites/${digits(rng, 7)}/deploy/http?token=${tok}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'booking-reference',
      'none',
      'A booking reference (`AIS-<letters and digits>`): an identifier, no credential.',
      ({ rng }) => {
        const ref = `AIS-${upperNum(rng, 8)}`;
        return {
          value: ref,
          event: { jr: [['INFO', 'http-nio-8080-exec-1', 'com.aiseag.aite.AiteController', `Glèidheadh ${ref} air a dhearbhadh`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'aiseag' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// martin-tiles.log: Martin 0.15 (maplibre tile server) under `RUST_LOG=info` with actix-web's Logger (env_logger
// format, UTC): `[<RFC 3339, Z> INFO  actix_web::middleware::logger] <ip> "<request line>" <status> <bytes> "<Referer>"
// "<User-Agent>" <seconds>`. From memory (Martin's docs, actix-web's Logger default format), not fetched.

function martinLog(rng) {
  const render = (e) =>
    e.mt ?? [
      `[${iso(e.t).slice(0, 19)}Z INFO  actix_web::middleware::logger] ${e.ip} "${e.method} ${e.path}${e.query ? `?${e.query}` : ''} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${(e.ms / 1000).toFixed(6)}`,
    ];
  const page = `https://mapa.${MN}/`;
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/bancan_mona/${rng.int(12, 17)}/${rng.int(7900, 8100)}/${rng.int(5100, 5300)}`, referer: page }),
      () => ({ path: `/criochan_croit/${rng.int(12, 17)}/${rng.int(7900, 8100)}/${rng.int(5100, 5300)}`, referer: page }),
      () => ({ path: '/catalog', referer: '-' }),
      () => ({
        path: `/bancan_mona,criochan_croit/${rng.int(12, 17)}/${rng.int(7900, 8100)}/${rng.int(5100, 5300)}`,
        referer: page,
        status: rng.pick([200, 204]),
      }),
    ])();
  const steps = [
    {
      raw: {
        mt: [
          `[${iso(DAY0 + 12 * HOUR).slice(0, 19)}Z INFO  martin] Starting Martin v0.15.0`,
          `[${iso(DAY0 + 12 * HOUR).slice(0, 19)}Z INFO  martin::pg::builder] Discovered source bancan_mona from "public"."bancan_mona" with geom column (POLYGON, SRID=27700)`,
          `[${iso(DAY0 + 12 * HOUR).slice(0, 19)}Z INFO  martin] Martin has been started on 0.0.0.0:3000.`,
        ],
      },
      after: 0,
    },
    3,
    plant(
      'oauth-code',
      'referer-map-page-code-state',
      'warning',
      `${WHY.code} The map page's address right after the grazings committee login, \`code\` and \`state\` in its query, is the Referer of its first tile requests.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            path: `/bancan_mona/14/${rng.int(7900, 8100)}/${rng.int(5100, 5300)}`,
            referer: `${page}?code=${code}&state=${rng.b64url(22)}`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'referer-error-state-only',
      'none',
      "A Referer after a refused login (`?error=access_denied&state=<random>`): the state is the client's CSRF value, no credential.",
      ({ rng }) => {
        const st = rng.b64url(22);
        return {
          value: st,
          event: {
            path: `/bancan_mona/13/${rng.int(3950, 4050)}/${rng.int(2550, 2650)}`,
            referer: `${page}?error=access_denied&state=${st}`,
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'tile-request-iuchair',
      'error',
      `${WHY.apiKey('iuchair')} The committee's QGIS project adds it to the tile URL, and actix-web's Logger writes the request line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            path: `/bancan_mona/15/${rng.int(15900, 16100)}/${rng.int(10300, 10500)}`,
            query: `iuchair=${key}`,
            referer: '-',
            ua: 'QGIS/34400/Ubuntu 24.04.2 LTS',
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'referer-embed-expired-3d-jti',
      'note',
      'The township noticeboard embeds the peat-bank map (`/embed/<JWT>`, the Referer of its tile requests); its token, with a jti, had expired three days before: an expired credential part',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 86400 + rng.int(600, 7200),
          jti: true,
          claims: { iss: `https://mapa.${MN}`, map: 'bancan-mona', baile: 'sgarasta' },
        });
        return {
          value: token,
          jwt: facts,
          event: { path: `/bancan_mona/14/${rng.int(7900, 8100)}/${rng.int(5100, 5300)}`, referer: `https://mapa.${MN}/embed/${token}` },
        };
      },
    ),
    3,
    plant('negative', 'tile-cache-buster', 'none', "The map style's cache buster (`v=<hex>`): no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { path: '/catalog', query: `v=${v}`, referer: page } };
    }),
    3,
    plant(
      'encoded',
      'style-request-cfg-base64url-json-iuchair',
      'error',
      "A style request carries its settings as base64url JSON (`cfg=`) whose `iuchair` is the register API's key.",
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ clàr: 'bancan-2027', iuchair: rng.alnum(32), cànan: 'gd' }));
        return { value: b, event: { path: '/bancan_mona', query: `cfg=${b}`, referer: page } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'martin' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout85');
writePart(join(here, 'heldout85'), {
  'mediasoup-sfu.log': mediasoupLog(rng),
  'supertokens-api.log': supertokensLog(rng),
  'snappymail-2027-06-20.txt': snappymailLog(rng),
  'hugo-server.log': hugoLog(rng),
  'beets-import.log': beetsLog(rng),
  'furno-uart.log': zephyrLog(rng),
  'oscar.log': oscarLog(rng),
  'metro-limunciello.log': metroLog(rng),
  'scguide.log': seiscompLog(rng),
  'pg_featureserv.log': featureservLog(rng),
  'opcua-stillhouse.log': open62541Log(rng),
  'gatsby-develop.log': gatsbyLog(rng),
  'aiseag-booking.log': jobrunrLog(rng),
  'martin-tiles.log': martinLog(rng),
});
