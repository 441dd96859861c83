// Writes corpus/logs-in-the-wild/heldout111/: a hundred-and-eleventh held-out part, in formats no other part uses (a
// YOURLS click log exported from phpMyAdmin as CSV, `podman --log-level=debug` output of a build script, the SmartThings
// CLI's `edge:drivers:logcat`, a Chrome DevTools console saved with PubNub's verbose logging, MessageBird SMS messages
// read from its REST API, `incus --debug` client output of a deploy script, an frps (frp server) log, a CI job running
// Apache Cordova under `set -x` with `--verbose`, Infobip SMS logs read from its API, a Luanti (Minetest) server's
// debug.txt, code-server's stdout log, a Novu activity feed export, an Axiom export of a Vercel log drain, Sinch
// Conversation API inbound events), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout111.mjs     rewrites heldout111/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Ryburn Valley Community Cinema of Sowerby Bridge (West Yorkshire), with a short-link service,
// a foyer screen built with Podman, a SmartThings hub driving the projector and lights, a foyer kiosk and SMS tickets
// (English, five logs); Адыгэбзэ Унэ ("the house of the Kabardian language") of Nalchik, a publisher of Kabardian books
// with an online dictionary (псалъалъэ) and its app, a container host, a tunnel server, SMS to readers and a Luanti
// server for children's lessons (Kabardian in its Cyrillic orthography with the palochka `ӏ` where the apps show text,
// romanized in routes, parameter, cookie and key names, five logs); Tolışə Çoy, a tea co-operative of Lənkəran with a
// shop on Vercel, notifications through Novu, a developer's code-server and WhatsApp through Sinch (Talysh in its Latin
// orthography, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node-fetch/3.3.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** West Yorkshire in December (GMT, UTC+0), Kabardino-Balkaria (MSK, UTC+3 all year), Azerbaijan (AZT, UTC+4 all year). */
const GMT = 0;
const MSK = 180;
const AZT = 240;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_KB = Date.UTC(2027, 11, 20, 0, 0, 0);
const DAY_TL = Date.UTC(2028, 0, 10, 0, 0, 0);

/** `+03:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** ISO 8601 local time with its offset, to the second: `2027-12-20T02:00:01+03:00`. */
const isoAt = (t, offset) => `${local(t, offset).slice(0, 19)}${zone(offset)}`;
/** Crockford base32, as ULIDs write it. */
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulid = (rng, t) => {
  let time = '';
  let n = t;
  for (let i = 0; i < 10; i++) {
    time = CROCK[n % 32] + time;
    n = Math.floor(n / 32);
  }
  return time + rng.chars(CROCK, 16);
};
/** A MongoDB ObjectId made at `t`. */
const objectId = (rng, t) => Math.floor(t / 1000).toString(16) + rng.hex(16);
/** Every line of these logs is rendered by its event. */
const render = (e) => e.L;

// =====================================================================================================================
// Ryburn Valley Community Cinema (English; Sowerby Bridge, West Yorkshire: GMT, UTC+0 in December)
// =====================================================================================================================

const RV = 'ryburncinema.example';
const SHORT = 'rvc.example';

// ---------------------------------------------------------------------------------------------------------------------
// yourls_log.csv: the click log of the cinema's YOURLS short-link service (table `yourls_log`), exported from phpMyAdmin
// as CSV ("Put columns names in the first row", fields enclosed by `"`, `\N` for NULL): click_id, click_time (the
// server's local time, GMT), shorturl (the keyword), referrer (`direct` when there is none), user_agent, ip_address,
// country_code. The referrer is the page a click came from, so a page whose URL carries a secret hands it to YOURLS.
// Layout from memory (YOURLS' `yourls_log` columns and the `direct` referrer as its install script and `yourls_log_redirect`
// write them; phpMyAdmin's CSV export options); not fetched.

function yourlsLog(rng) {
  const KEYWORDS = ['dune3', 'xmas-sing', 'autism-friendly', 'film-club', 'volunteer', 'members', 'gift', 'quiz-night'];
  const REFS = [
    'direct',
    'direct',
    'https://www.facebook.com/',
    'https://www.google.com/',
    `https://${RV}/whats-on/`,
    `https://${RV}/`,
    'https://t.co/',
    'android-app://com.google.android.gm/',
  ];
  let id = 18240;
  const row = (rng, t, referrer, keyword = rng.pick(KEYWORDS)) => {
    id += rng.int(1, 4);
    const ua = rng.pick(BROWSERS).replace(/"/g, '""');
    return `"${id}","${ymdHmsAt(t, GMT)}","${keyword}","${referrer}","${ua}","${publicIp(rng)}","GB"`;
  };
  const filler = (rng, t) => ({ L: [row(rng, t, rng.pick(REFS))] });
  const steps = [
    { raw: { L: ['"click_id","click_time","shorturl","referrer","user_agent","ip_address","country_code"'] }, after: 0 },
    4,
    plant(
      'oauth-code',
      'yourls-referrer-members-callback-code',
      'warning',
      `${WHY.code} The members' area signs in through an identity provider and lands on its callback page, which links the "members" short link: the click's referrer is the callback URL, code and state included.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: { L: [row(rng, t, `https://${RV}/members/auth/callback?code=${code}&state=${rng.b64url(22)}`, 'members')] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'yourls-referrer-private-screening-invite',
      'error',
      WHY.pathSecret(
        'A private screening\'s invitation page (`/screenings/private/<token>`), whose token lets anyone book the seats; its "directions" short link records the page as referrer',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { L: [row(rng, t, `https://${RV}/screenings/private/${tok}`, 'directions')] } };
      },
    ),
    3,
    plant(
      'negative',
      'yourls-referrer-facebook-link-shim-hash',
      'none',
      "Facebook's link shim (`l.facebook.com/l.php?u=…&h=AT…`) as referrer: `h` is the shim's hash of the target, checked by Facebook, no credential.",
      ({ rng, t }) => {
        const h = `AT${rng.b64url(60)}`;
        return {
          value: h,
          event: { L: [row(rng, t, `https://l.facebook.com/l.php?u=https%3A%2F%2F${SHORT}%2Fxmas-sing&h=${h}`, 'xmas-sing')] },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'yourls-referrer-box-office-jsessionid',
      'error',
      WHY.session(
        "The box office's hosted ticketing (a Java site) keeps the session in the path (`;jsessionid=`) when the browser refuses cookies; the basket page's link to the film's short link makes it the referrer",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            L: [
              row(
                rng,
                t,
                `https://tickets.boxoffice-hosting.example/ryburn/basket.jsp;jsessionid=${sid}?perf=${rng.int(4000, 4999)}`,
                'dune3',
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'yourls-referrer-listings-widget-apikey',
      'error',
      `${WHY.apiKey('apikey')} The film-listings widget is an iframe whose URL carries the cinema's key for the listings service; links clicked inside it give that URL as referrer.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: { L: [row(rng, t, `https://widgets.filmlistings.example/v3/venue/ryburn?apikey=${key}&layout=week`, 'film-club')] },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'yourls-referrer-login-next-member-token-percent-encoded',
      'error',
      'The sign-in page keeps where to go next (`next=`) percent-encoded; that target is the digital membership card with its `member_token`, which opens the card without signing in: a long-lived credential under its encoding.',
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: { L: [row(rng, t, `https://${RV}/login?next=%2Fmembers%2Fcard%3Fmember_token%3D${tok}%26print%3D1`, 'members')] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'yourls-referrer-mailchimp-mc-eid',
      'none',
      "A newsletter link's referrer with Mailchimp's `mc_cid` (the campaign) and `mc_eid` (the subscriber's unique id, 10 hex digits): tracking ids, no credential.",
      ({ rng, t }) => {
        const eid = rng.hex(10);
        return {
          value: eid,
          event: { L: [row(rng, t, `https://${RV}/whats-on/?utm_source=newsletter&mc_cid=${rng.hex(10)}&mc_eid=${eid}`, 'quiz-night')] },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: SHORT }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// podman-foyer-screen.log: the foyer screen's build-and-run script on the projection box, each podman call with
// `--log-level=debug`, stdout and stderr appended to one file: logrus' text lines as podman prints them to a file
// (`time="…" level=debug msg="…"`), `Called <cmd>.PersistentPreRunE(<the whole command line>)`, containers/image's
// registry lines, buildah's `STEP n/m:` and `--> <id>` lines, the containers' own output.
// From memory (not fetched): the `Called …PersistentPreRunE(…)` line, the storage and registry debug lines, `STEP`.

function podmanLog(rng) {
  const lg = (t, level, msg) => `time="${isoAt(t, GMT).replace('+00:00', 'Z')}" level=${level} msg="${msg.replace(/"/g, '\\"')}"`;
  const called = (t, cmd, line) => [
    lg(t, 'info', `podman filtering at log level debug`),
    lg(t, 'debug', `Called ${cmd}.PersistentPreRunE(${line})`),
    lg(t, 'debug', 'Using conmon: "/usr/bin/conmon"'),
    lg(t, 'debug', 'Initializing boltdb state at /home/projection/.local/share/containers/storage/libpod/bolt_state.db'),
    lg(t, 'debug', 'Using graph driver overlay'),
    lg(t, 'debug', 'Using graph root /home/projection/.local/share/containers/storage'),
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [lg(t, 'debug', `Detected compression format gzip`)] }),
      () => ({ L: [lg(t, 'debug', 'Cached value indicated that overlay is supported')] }),
      () => ({ L: [lg(t, 'debug', `Cleaning up container ${rng.hex(64)}`)] }),
      () => ({ L: [lg(t, 'debug', 'Looking up image "localhost/foyer-screen:2.4" in local containers storage')] }),
      () => ({
        L: [
          lg(
            t,
            'debug',
            `overlay: mount_data=lowerdir=/home/projection/.local/share/containers/storage/overlay/l/${upperNum(rng, 26)},upperdir=…`,
          ),
        ],
      }),
    ])();
  const steps = [
    plant(
      'encoded',
      'podman-called-build-arg-npmrc-base64',
      'error',
      "The foyer screen's image installs a private npm package; the build passes the whole `.npmrc` base64-encoded as `--build-arg NPMRC_B64`, and podman's debug line prints the command line. Decoded, it is `//npm.pkg.github.com/:_authToken=ghp_…`, a GitHub token.",
      ({ rng, t }) => {
        const b = b64Of(`//npm.pkg.github.com/:_authToken=ghp_${rng.alnum(36)}\n@ryburn:registry=https://npm.pkg.github.com\n`);
        return {
          value: b,
          event: {
            L: [
              ...called(t, 'build', `podman --log-level=debug build --build-arg NPMRC_B64=${b} -t foyer-screen:2.4 .`),
              'STEP 1/8: FROM docker.io/library/node:22-alpine AS build',
              lg(t + 900, 'debug', 'Trying to access "docker.io/library/node:22-alpine"'),
              lg(t + 1100, 'debug', 'GET https://registry-1.docker.io/v2/'),
              lg(t + 1300, 'debug', 'Ping https://registry-1.docker.io/v2/ status 401'),
              lg(t + 1400, 'debug', 'GET https://auth.docker.io/token?scope=repository%3Alibrary%2Fnode%3Apull&service=registry.docker.io'),
              lg(t + 1700, 'debug', 'Increasing token expiration to: 60 seconds'),
              'STEP 2/8: ARG NPMRC_B64',
              'STEP 3/8: WORKDIR /app',
              'STEP 4/8: COPY package.json package-lock.json ./',
              'STEP 5/8: RUN echo "$NPMRC_B64" | base64 -d > .npmrc && npm ci && rm .npmrc',
              '',
              `added ${rng.int(300, 420)} packages, and audited ${rng.int(421, 480)} packages in ${rng.int(9, 30)}s`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'podman-copying-blob-layer-digest',
      'none',
      'A layer digest (`Copying blob sha256:<64 hex>`) as podman pulls the base image: a content hash, no credential.',
      ({ rng, t }) => {
        const d = rng.hex(64);
        return { value: d, event: { L: [`Copying blob sha256:${d}`, lg(t, 'debug', 'Detected compression format gzip')] } };
      },
    ),
    2,
    plant(
      'negative',
      'podman-build-image-id',
      'none',
      "The new image id podman prints at the end of a build (64 hex digits, the image configuration's digest): an identifier, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: {
            L: [
              'STEP 8/8: CMD ["node", "server.js"]',
              `COMMIT foyer-screen:2.4`,
              `--> ${d.slice(0, 12)}`,
              'Successfully tagged localhost/foyer-screen:2.4',
              d,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'podman-called-run-env-database-url-password',
      'error',
      "The screen's container gets its database as `-e DATABASE_URL=postgres://foyer:<password>@…`; podman's debug line prints the whole command line with the password.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            L: called(
              t,
              'run',
              `podman --log-level=debug run -d --replace --name foyer-screen -p 8080:8080 -e DATABASE_URL=postgres://foyer:${pw}@db.${RV}:5432/foyer -e TZ=Europe/London localhost/foyer-screen:2.4`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'podman-called-run-env-tmdb-api-key',
      'error',
      `${WHY.apiKey('TMDB_API_KEY')} A one-off container syncs the week's films from the film database, the key passed with \`-e\` and printed by podman's debug line.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            L: [
              ...called(
                t,
                'run',
                `podman --log-level=debug run --rm -e TMDB_API_KEY=${key} localhost/foyer-screen:2.4 node sync-listings.js --week`,
              ),
              'Synced 14 films, 3 trailers, 38 screenings',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'podman-build-context-nextcloud-share-url',
      'error',
      WHY.pathSecret(
        "The poster wall's build context is a Nextcloud public share (`/s/<15-character token>/download`), given to `podman build` as a URL; the debug line prints the command and the download step the URL again",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(15);
        const url = `https://cloud.${RV}/s/${tok}/download`;
        return {
          value: tok,
          event: {
            L: [
              ...called(t, 'build', `podman --log-level=debug build -t poster-wall:1.1 ${url}`),
              lg(t + 200, 'debug', `Downloading build context from "${url}"`),
              'STEP 1/4: FROM docker.io/library/nginx:1.27-alpine',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'podman-called-run-env-power-automate-workflow-url',
      'error',
      WHY.webhook(
        "A Microsoft Teams channel's Power Automate workflow URL (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`), passed to the health-check container with `-e` and printed by podman's debug line; `sig` is the workflow's key",
      ),
      ({ rng, t }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            L: called(
              t,
              'run',
              `podman --log-level=debug run -d --name foyer-health -e TEAMS_WORKFLOW_URL=https://prod-${rng.int(10, 60)}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} localhost/foyer-health:0.3`,
            ),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'podman' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// smartthings-logcat-projector.log: `smartthings edge:drivers:logcat --hub-address=…` of the cinema's hub while the
// projectionist debugs a LAN Edge driver for the projector and house lights: `<ISO 8601 with nanoseconds and offset>
// <LEVEL> <driver name>  <message>`, the driver's `log.debug(utils.stringify_table(…))` printing Lua tables.
// From memory (not fetched): the line layout, `connecting... connected`, the stringified tables.

function smartThingsLog(rng) {
  const DRV = 'Ryburn Projector LAN';
  const ts = (t) => `${local(t, GMT).slice(0, 23)}${digits(rng, 6)}+00:00`;
  const ln = (t, level, msg) => `${ts(t)} ${level} ${DRV}  ${msg}`;
  const dev = (rng) => `<Device: ${rng.uuid()} (${rng.pick(['Projector', 'House lights', 'Foyer lights', 'Screen masking'])})>`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(
            t,
            'INFO',
            `${dev(rng)} received command: {"args":{},"capability":"switch","command":"${rng.pick(['on', 'off'])}","component":"main","positional_args":{}}`,
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'TRACE',
            `${dev(rng)} emitting event: {"attribute_id":"switchLevel","capability_id":"switchLevel","component_id":"main","state":{"value":${rng.int(0, 100)}}}`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'DEBUG', `poll: lamp hours ${rng.int(1200, 1900)}, status "standby"`)] }),
      () => ({ L: [ln(t, 'INFO', `${dev(rng)} health check ok`)] }),
    ])();
  const steps = [
    { raw: { L: ['connecting... connected'] }, after: 0 },
    3,
    plant(
      'negative',
      'smartthings-projector-digest-nonce',
      'none',
      "The projector's web interface answers 401 with a Digest challenge; its `nonce` is a per-challenge value the client hashes, no credential.",
      ({ rng, t }) => {
        const n = rng.hex(32);
        return {
          value: n,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                `http 401 from 192.168.20.41: WWW-Authenticate: Digest realm="Projector", nonce="${n}", qop="auth", algorithm=MD5`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'smartthings-projector-set-cookie-sessionid',
      'error',
      WHY.session(
        "The driver signs in to the projector's web control and logs the response's `Set-Cookie: SESSIONID=…`; whoever has it drives the projector's web control",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32);
        return { value: sid, event: { L: [ln(t, 'DEBUG', `login ok, Set-Cookie: SESSIONID=${sid}; Path=/; HttpOnly`)] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'smartthings-stringify-table-preferences-apikey',
      'error',
      `${WHY.apiKey('apiKey')} The driver prints the device's preferences with \`utils.stringify_table\` on every change, the lighting cloud's key among them.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            L: [ln(t, 'DEBUG', `${dev(rng)} preferences: {apiKey="${key}", ipAddress="192.168.20.41", pollInterval=30, useHttps=false}`)],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'smartthings-stringify-table-request-authorization-bearer',
      'error',
      'The driver prints each cloud request as a Lua table before sending it, `headers` with `Authorization="Bearer …"`: the lighting cloud\'s access token, opaque, lifetime unknown.',
      ({ rng, t }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                `request: {body="{\\"scene\\":\\"pre-show\\"}", headers={Authorization="Bearer ${tok}", ["Content-Type"]="application/json"}, method="POST", url="https://api.lumencloud.example/v2/sites/ryburn/scenes"}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'smartthings-refresh-request-body',
      'error',
      `${WHY.refresh} The driver renews its lighting-cloud token and logs the form it posts, \`refresh_token=\` included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            L: [
              ln(
                t,
                'TRACE',
                `POST https://auth.lumencloud.example/oauth/token body: grant_type=refresh_token&refresh_token=${rt}&client_id=st-edge-ryburn`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'smartthings-home-assistant-webhook-url',
      'error',
      WHY.webhook(
        "The driver tells the volunteers' Home Assistant that the show started through a webhook trigger (`/api/webhook/<id>`, no other authentication: the id is the secret); the driver logs the URL it posts to",
      ),
      ({ rng, t }) => {
        const id = rng.hex(64);
        return { value: id, event: { L: [ln(t, 'INFO', `show started, notifying https://ha.${RV}/api/webhook/${id}`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'smartthings-device-network-id-mac',
      'none',
      "The device's network id (`device_network_id`, the projector's MAC address) in the driver's discovery line: an address, no credential.",
      ({ rng, t }) => {
        const mac = rng.hex(12).toUpperCase();
        return { value: mac, event: { L: [ln(t, 'INFO', `discovered projector at 192.168.20.41, device_network_id=${mac}`)] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: 'hub' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// foyer-kiosk-console.log: the foyer kiosk's Chrome DevTools console, saved with "Save as…" (each message after its
// `<file>:<line>` source, a multi-line message's further lines without it), with PubNub's JavaScript SDK at
// `logVerbosity: true` (`<<<<<`, `[<ISO> / <ms>]`, the request URL, the response, `-----`).
// From memory (not fetched): the saved console's layout and PubNub's verbose block.

function kioskConsole(rng) {
  const KIOSK = rng.uuid();
  const SUB = `sub-c-${rng.uuid()}`;
  const pn = (rng, t, url, body) => [
    `pubnub.min.js:2 <<<<<`,
    `pubnub.min.js:2 [${iso(t)} / ${rng.int(40, 400)}]`,
    url,
    body,
    'pubnub.min.js:2 -----',
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: pn(rng, t, `https://ps.pndsn.com/time/0?uuid=${KIOSK}&pnsdk=PubNub-JS-Web%2F8.2.7`, `[${sec(t)}${digits(rng, 7)}]`) }),
      () => ({
        L: [
          `screen.js:88 now showing: ${rng.pick(['Dune: Part Three', 'Wallace & Gromit', 'Paddington in Peru', 'The Holdovers'])} (screen ${rng.int(1, 2)})`,
        ],
      }),
      () => ({ L: [`listings.js:14 listings refreshed (${rng.int(20, 40)} screenings)`] }),
      () => ({ L: ['Third-party cookie will be blocked. Learn more in the Issues tab.'] }),
    ])();
  const steps = [
    { raw: { L: ['kiosk.js:3 Ryburn foyer kiosk 3.2.0 starting'] }, after: 0 },
    2,
    plant(
      'negative',
      'kiosk-console-mapbox-public-token',
      'none',
      "The map of the bus stops uses Mapbox's public token (`pk.`), made to sit in a browser: public by design.",
      ({ rng, t }) => {
        const pk = `pk.${b64urlOf(JSON.stringify({ u: 'ryburncinema', a: `cl${lowerNum(rng, 23)}` }))}.${rng.b64url(22)}`;
        return { value: pk, event: { L: [`map.js:9 mapbox ready, token ${pk}`] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'kiosk-console-location-href-access-token',
      'error',
      "The kiosk's sign-in page logs `location.href` on its return from the identity provider, the implicit grant's `#access_token=…` in the fragment.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [
              `auth.js:41 back from sign-in https://${RV}/kiosk/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.hex(16)}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'kiosk-console-id-token-string',
      'error',
      'The sign-in code logs the ID token it stores, as a string (the console has no time on its lines)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          claims: { iss: `https://id.${RV}/`, aud: 'foyer-kiosk', sub: `kiosk|${rng.hex(12)}`, nonce: rng.hex(16) },
        });
        return { value: token, jwt: facts, event: { L: [`auth.js:57 [auth] stored id_token ${token}`] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'kiosk-pubnub-subscribe-auth-jwt',
      'error',
      "The kiosk hands PubNub its own JWT as the Access Manager `auth` key, and PubNub's verbose log prints the subscribe URL with it (the URL's line has no time)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          jti: true,
          claims: { iss: `https://id.${RV}/`, sub: 'foyer-kiosk', chn: 'foyer-now-showing' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: pn(
              rng,
              t,
              `https://ps.pndsn.com/v2/subscribe/${SUB}/foyer-now-showing/0?uuid=${KIOSK}&pnsdk=PubNub-JS-Web%2F8.2.7&auth=${token}&tt=0`,
              '{"t":{"t":"0","r":12},"m":[]}',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'kiosk-console-failed-fetch-api-key',
      'error',
      `${WHY.apiKey('api_key')} The listings request fails: Chrome writes the network error with the URL, and the app's catch block logs the URL again.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://api.${RV}/v1/listings?api_key=${key}&days=7`;
        return { value: key, event: { L: [`listings.js:22  GET ${url} 403 (Forbidden)`, `listings.js:30 listings failed 403 ${url}`] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'kiosk-console-session-json-refresh-token',
      'error',
      `${WHY.refresh} The kiosk logs the session it restores from localStorage as JSON.`,
      ({ rng }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          event: {
            L: [
              `auth.js:88 restored session {"refresh_token":"${rt}","expires_at":${rng.int(1797000000, 1798000000)},"scope":"openid kiosk"}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kiosk-pubnub-publish-timetoken',
      'none',
      'PubNub\'s answer to a publish, `[1,"Sent","<timetoken>"]`: a 17-digit timestamp, no credential.',
      ({ rng, t }) => {
        const tt = `${sec(t)}${digits(rng, 7)}`;
        return {
          value: tt,
          event: {
            L: pn(
              rng,
              t,
              `https://ps.pndsn.com/publish/pub-c-${rng.uuid()}/${SUB}/0/foyer-now-showing/0?uuid=${KIOSK}&pnsdk=PubNub-JS-Web%2F8.2.7`,
              `[1,"Sent","${tt}"]`,
            ),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: 'kiosk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// messagebird-messages.jsonl: the cinema's SMS read back from MessageBird's REST API (`GET /messages`), one message
// object a line, oldest first: `id`, `href`, `direction`, `type`, `originator`, `body`, `reference`, `validity`,
// `gateway`, `typeDetails`, `datacoding`, `mclass`, `scheduledDatetime`, `createdDatetime` (`+00:00`), `recipients`.
// From memory (not fetched).

function messageBirdLog(rng) {
  const msg = (rng, t, body) => {
    const id = rng.hex(32);
    const at = `${local(t, 0).slice(0, 19)}+00:00`;
    return JSON.stringify({
      id,
      href: `https://rest.messagebird.com/messages/${id}`,
      direction: 'mt',
      type: 'sms',
      originator: 'RyburnFilm',
      body,
      reference: null,
      validity: null,
      gateway: 10,
      typeDetails: {},
      datacoding: 'plain',
      mclass: 1,
      scheduledDatetime: null,
      createdDatetime: at,
      recipients: {
        totalCount: 1,
        totalSentCount: 1,
        totalDeliveredCount: 1,
        totalDeliveryFailedCount: 0,
        items: [
          {
            recipient: Number(`4477009${digits(rng, 5)}`),
            status: 'delivered',
            statusDatetime: at,
            messagePartCount: body.length > 160 ? 2 : 1,
          },
        ],
      },
    });
  };
  const filler = (rng, t) => ({
    L: [
      msg(
        rng,
        t,
        rng.pick([
          'Reminder: your screening at Ryburn Valley Cinema starts at 19:30 tonight. Doors 19:00. Enjoy the film!',
          'Thanks for volunteering! Your next shift: Sat 18 Dec, bar 18:30-21:00.',
          "Ryburn Valley Cinema: tonight's 20:00 screening is sold out. Returns at the door from 19:45.",
        ]),
      ),
    ],
  });
  const steps = [
    2,
    plant(
      'path-secret',
      'messagebird-body-e-ticket-link',
      'error',
      WHY.pathSecret('An e-ticket sent by SMS as a link (`/t/<token>`) that shows the QR code for the door without signing in'),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: { L: [msg(rng, t, `Your tickets for Dune: Part Three, Fri 19:30, seats F7-F8: https://${RV}/t/${tok}`)] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'messagebird-body-booking-reference',
      'none',
      'A booking reference read out at the door (`RVC-` and six characters): printed on every ticket, no credential.',
      ({ rng, t }) => {
        const ref = `RVC-${upperNum(rng, 6)}`;
        return { value: ref, event: { L: [msg(rng, t, `Booking confirmed, ref ${ref}. Show this text or your e-ticket at the door.`)] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'messagebird-body-rota-password-reset',
      'error',
      WHY.pathSecret("A password-reset link of the volunteers' rota (`/password/reset/<64 hex>`) sent by SMS"),
      ({ rng, t }) => {
        const tok = rng.hex(64);
        return {
          value: tok,
          event: { L: [msg(rng, t, `Reset your rota password: https://rota.${RV}/password/reset/${tok} (valid 60 minutes)`)] },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'messagebird-body-seat-map-embed-jwt',
      'error',
      "A link to the seat map for a group booking, the seat-map service's `/embed/<JWT>` with the group's booking rights, seven days",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          jti: true,
          claims: { iss: 'seatmap', venue: 'ryburn', booking: rng.int(90000, 99999), scope: 'choose' },
        });
        return {
          value: token,
          jwt: facts,
          event: { L: [msg(rng, t, `Choose your group's seats here: https://seats.${RV}/embed/${token}`)] },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'messagebird-body-short-redirect-base64url-member-token',
      'error',
      "The renewal reminder's link goes through the cinema's redirector with the target base64url-encoded (`/r?u=…`); decoded, the target is the renewal page with the member's `member_token`, a long-lived credential.",
      ({ rng, t }) => {
        const u = b64urlOf(`https://${RV}/members/renew?member_token=${rng.alnum(40)}`);
        return { value: u, event: { L: [msg(rng, t, `Your membership ends on 31 Dec. Renew in one tap: https://${SHORT}/r?u=${u}`)] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'messagebird-body-calendar-feed-key',
      'error',
      `${WHY.apiKey('calendar_key')} The new projectionist gets the screenings calendar feed by SMS, the feed's key in its query.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            L: [msg(rng, t, `Welcome to the team! Add the screenings calendar: https://${RV}/feeds/screenings.ics?calendar_key=${key}`)],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'messagebird-body-youtube-trailer-id',
      'none',
      "A trailer's YouTube link (`youtu.be/<11 characters>`): a public video id, no credential.",
      ({ rng, t }) => {
        const v = rng.b64url(11);
        return { value: v, event: { L: [msg(rng, t, `New this week: watch the trailer https://youtu.be/${v}`)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'messagebird' }, filler, render, steps });
}

// =====================================================================================================================
// Адыгэбзэ Унэ, Nalchik (Kabardian; MSK, UTC+3 all year)
// =====================================================================================================================

const AU = 'adygebze-une.example';

// ---------------------------------------------------------------------------------------------------------------------
// incus-deploy.log: the nightly deploy of the dictionary (псалъалъэ) into its container, a script calling
// `incus --debug exec …`, everything appended: the client's debug lines `DEBUG  [<ISO 8601 with offset>] <message>
// <key=value…>`, a request or response body printed as indented JSON on the lines after an empty message.
// From memory (not fetched): the `Sending request to Incus` / `Got response struct from Incus` lines and the JSON
// printed with tabs, as LXD's client printed them.

function incusLog(rng) {
  const d = (t, msg, kv = '') => `DEBUG  [${isoAt(t, MSK)}] ${msg}${kv ? ` ${kv}` : ' '}`;
  const body = (t, obj) => [
    d(t, ''),
    ...JSON.stringify(obj, null, '\t')
      .split('\n')
      .map((x) => `\t${x}`),
  ];
  const exec = (t, command, environment = {}) => [
    d(t, 'Connecting to a local Incus over a Unix socket'),
    d(t, 'Sending request to Incus', 'etag= method=POST url="http://unix.socket/1.0/instances/psalale/exec"'),
    ...body(t, {
      command,
      cwd: '',
      environment: { HOME: '/root', LANG: 'C.UTF-8', TERM: 'xterm', USER: 'root', ...environment },
      group: 0,
      height: 0,
      interactive: false,
      'record-output': false,
      user: 0,
      'wait-for-websocket': true,
      width: 0,
    }),
    d(t + 40, 'Got operation from Incus'),
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [d(t, 'Sending request to Incus', 'etag= method=GET url="http://unix.socket/1.0"'), d(t, 'Got response struct from Incus')],
      }),
      () => ({ L: [`Псалъэ ${rng.int(41000, 43000)} зэхуэхьэсащ (${rng.int(2, 9)} с)`] }),
      () => ({ L: [d(t, 'Sending request to Incus', `etag= method=GET url="http://unix.socket/1.0/operations/${rng.uuid()}"`)] }),
      () => ({ L: ['Псалъалъэр зэрагъэпэщащ.'] }),
    ])();
  const steps = [
    { raw: { L: ['=== Псалъалъэ: деплой ==='] }, after: 0 },
    1,
    plant(
      'negative',
      'incus-image-fingerprint',
      'none',
      "The instance's base image fingerprint (`volatile.base_image`, SHA-256 of the image) in the instance record the client prints: a content hash, no credential.",
      ({ rng, t }) => {
        const fp = rng.hex(64);
        return {
          value: fp,
          event: {
            L: [
              d(t, 'Sending request to Incus', 'etag= method=GET url="http://unix.socket/1.0/instances/psalale"'),
              d(t, 'Got response struct from Incus'),
              ...body(t, {
                architecture: 'x86_64',
                config: { 'image.os': 'Debian', 'image.release': 'bookworm', 'volatile.base_image': fp },
                name: 'psalale',
                status: 'Running',
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'incus-debug-exec-environment-db-password',
      'error',
      'The deploy runs the migrations with `incus exec --env`, and `--debug` prints the exec request\'s body, `environment` with the database password (`DB_SHEKHU_PSALE`, щэху псалъэ, "secret word").',
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: { L: exec(t, ['/srv/psalale/bin/migrate', '--yes'], { DB_HOST: 'db.lan', DB_SHEKHU_PSALE: pw, DB_USER: 'psalale' }) },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'incus-debug-exec-environment-api-unkybze',
      'error',
      `${WHY.apiKey('API_UNKYBZE')} The name is Kabardian (ӏункӏыбзэ, "key"); the speech service's key for the dictionary's pronunciations, in the exec request's \`environment\`.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return { value: key, event: { L: exec(t, ['/srv/psalale/bin/tts-cache', '--warm'], { API_UNKYBZE: key, TTS_VOICE: 'kbd-1' }) } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'incus-debug-exec-environment-rclone-token',
      'error',
      `${WHY.refresh} The backup runs rclone inside the container with its Google Drive remote set by environment (\`RCLONE_CONFIG_GDRIVE_TOKEN\`, rclone's token JSON), and the exec body prints it, \`refresh_token\` (\`1//0…\`) beside the access token.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(6)}-${rng.b64url(90)}`;
        const tokenJson = JSON.stringify({
          access_token: `ya29.${rng.b64url(150)}`,
          token_type: 'Bearer',
          refresh_token: rt,
          expiry: `${local(t + HOUR, MSK).slice(0, 19)}+03:00`,
        });
        return {
          value: rt,
          event: {
            L: exec(t, ['rclone', 'sync', '/srv/psalale/data', 'gdrive:psalale-backup'], {
              RCLONE_CONFIG_GDRIVE_TYPE: 'drive',
              RCLONE_CONFIG_GDRIVE_TOKEN: tokenJson,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'incus-debug-exec-command-base64-env-file',
      'error',
      "The script writes the app's `.env` into the container as base64 in an `sh -c` command (`echo … | base64 -d`); the exec body prints the command. Decoded, the file holds `SMTP_SHEKHU_PSALE=…`, the mail password.",
      ({ rng, t }) => {
        const b = b64Of(`SMTP_HOST=smtp.${AU}\nSMTP_USER=psalale@${AU}\nSMTP_SHEKHU_PSALE=${rng.alnum(18)}\n`);
        return {
          value: b,
          event: { L: exec(t, ['sh', '-c', `echo ${b} | base64 -d > /srv/psalale/.env && chmod 600 /srv/psalale/.env`]) },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'incus-debug-exec-command-mattermost-hook',
      'error',
      WHY.webhook(
        'A Mattermost incoming webhook (`/hooks/<26 characters>`) the script calls with curl inside the container to tell the editors the deploy is done; the exec body prints the command',
      ),
      ({ rng, t }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: {
            L: exec(t, [
              'curl',
              '-fsS',
              '-H',
              'Content-Type: application/json',
              '-d',
              '{"text":"Псалъалъэр щӏэрыщӏэу зэрагъэпэщащ"}',
              `https://chat.${AU}/hooks/${id}`,
            ]),
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'incus-operation-uuid',
      'none',
      "The exec's operation id (a UUID in `/1.0/operations/<uuid>`) as the client waits for it: names the operation, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: { L: [d(t, 'Sending request to Incus', `etag= method=GET url="http://unix.socket/1.0/operations/${u}/wait?timeout=-1"`)] },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KB + 2 * HOUR, site: { host: 'incus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// frps.log: the tunnel server (frp 0.61's frps) that publishes the office's machines: `<yyyy-mm-dd hh:mm:ss.mmm>
// [<I|W|E|D>] [<file:line>] [<run id>] <message>` in local time (MSK) without zone; while the office's frpc is
// disconnected, frps logs each HTTP request it cannot route: `do http proxy request [host: …] error: no route found:
// <host> <path>` (the path, not the query).
// From frps lines quoted in fatedier/frp issues #2145 and #4371 (read through search: the layout, `client login info`,
// `do http proxy request … no route found: <host> <path>`); the proxy lines from memory.

function frpsLog(rng) {
  const run = rng.hex(16);
  const ln = (t, lv, src, msg, id = true) =>
    `${ymdHmsAt(t, MSK)}.${local(t, MSK).slice(20, 23)} [${lv}] [${src}] ${id ? `[${run}] ` : ''}${msg}`;
  const noRoute = (t, host, path) =>
    ln(t, 'W', 'vhost/http.go:121', `do http proxy request [host: ${host}] error: no route found: ${host} ${path}`, false);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [noRoute(t, `psalale.${AU}`, rng.pick(['/', '/psale/ady', '/psale/shchy', '/favicon.ico', '/robots.txt']))] }),
      () => ({ L: [noRoute(t, `tkhyl.${AU}`, rng.pick(['/', '/tkhylhe', '/wp-login.php', '/.env']))] }),
      () => ({
        L: [
          ln(
            t,
            'I',
            'server/service.go:591',
            `client login info: ip [${publicIp(rng)}:${rng.int(30000, 60000)}] version [0.61.0] hostname [] os [linux] arch [amd64]`,
            false,
          ),
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          ln(DAY_KB, 'I', 'root.go:114', 'frps uses config file: /etc/frp/frps.toml', false),
          ln(DAY_KB, 'I', 'server/service.go:237', 'frps tcp listen on 0.0.0.0:7000', false),
          ln(DAY_KB, 'I', 'server/service.go:305', 'http service listen on 0.0.0.0:80', false),
          ln(DAY_KB, 'I', 'root.go:123', 'frps started successfully', false),
          ln(
            DAY_KB,
            'I',
            'proxy/http.go:110',
            `[psalale] http proxy listen for host [psalale.${AU}] location [] group [], routeByHTTPUser []`,
          ),
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'frps-no-route-acme-challenge-token',
      'none',
      'An ACME HTTP-01 challenge path (`/.well-known/acme-challenge/<token>`) frps could not route: the token is published on purpose for the CA to fetch, no credential.',
      ({ rng, t }) => {
        const tk = rng.b64url(43);
        return { value: tk, event: { L: [noRoute(t, `psalale.${AU}`, `/.well-known/acme-challenge/${tk}`)] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'frps-no-route-gueshyn-manuscript-share',
      'error',
      WHY.pathSecret(
        'A manuscript shared with a reviewer by link (`/gueshyn/<token>/`, гуэшын, "to share"), requested while the tunnel was down and written by frps with its path',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { L: [noRoute(t, `tkhyl.${AU}`, `/gueshyn/${tok}/`)] } };
      },
    ),
    2,
    plant(
      'webhook',
      'frps-no-route-telegram-webhook-path-bot-token',
      'error',
      WHY.webhook(
        "The dictionary's Telegram bot receives its updates at a path named with its own bot token (`/telegram/<id>:<secret>`), as bot libraries' examples do; Telegram's deliveries during the outage are written with the path, and the token controls the bot",
      ),
      ({ rng, t }) => {
        const tok = `${digits(rng, 10)}:AA${rng.b64url(33)}`;
        return { value: tok, event: { L: [noRoute(t, `psalale.${AU}`, `/telegram/${tok}`)] } };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'frps-no-route-embed-jwt-path',
      'error',
      "A school's page embeds the dictionary's word-of-the-day widget at `/embed/<JWT>`; frps writes the path of the widget's request (frps' local time has no zone; the token's lifetime decides)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 365 * 86400,
          claims: { iss: `https://psalale.${AU}`, sub: `school-${rng.int(1, 40)}`, widget: 'wordofday' },
        });
        return { value: token, jwt: facts, event: { L: [noRoute(t, `psalale.${AU}`, `/embed/${token}`)] } };
      },
    ),
    2,
    plant(
      'session-id',
      'frps-no-route-jsessionid-path-parameter',
      'error',
      WHY.session(
        "The office's old library catalogue (a Java web app) puts the session in the path (`;jsessionid=`), which frps writes as part of the path",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return { value: sid, event: { L: [noRoute(t, `tkhyl.${AU}`, `/katalog/search;jsessionid=${sid}`)] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'frps-no-route-tkhyl-download-token',
      'error',
      WHY.pathSecret('A bought e-book\'s download link (`/tkhyl/<token>/download`, тхылъ, "book") requested while the tunnel was down'),
      ({ rng, t }) => {
        const tok = rng.hex(40);
        return { value: tok, event: { L: [noRoute(t, `tkhyl.${AU}`, `/tkhyl/${tok}/download`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'frps-no-route-static-content-hash',
      'none',
      "A bundle's file name with its content hash (`/static/js/main.<8 hex>.js`): a cache key, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(8);
        return { value: `main.${h}.js`, event: { L: [noRoute(t, `psalale.${AU}`, `/static/js/main.${h}.js`)] } };
      },
    ),
    2,
    {
      raw: {
        L: [
          ln(
            DAY_KB + 11 * HOUR,
            'I',
            'proxy/http.go:110',
            `[psalale] http proxy listen for host [psalale.${AU}] location [] group [], routeByHTTPUser []`,
          ),
          ln(DAY_KB + 11 * HOUR, 'I', 'server/control.go:399', 'new proxy [psalale] type [http] success'),
        ],
      },
    },
  ];
  return buildLog(rng, { start: DAY_KB + 5 * HOUR, site: { host: 'frps' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cordova-psalale-ci.log: the CI job that builds the dictionary app (Apache Cordova 12, cordova-android 13): the job's
// script under `set -x` (`+ <command>`), Cordova's `--verbose` lines (`Checking for any plugins…`, `Running command: …`,
// `Executing script found in config.xml for hook "…": …`), Gradle's task lines, `apksigner verify --print-certs`.
// From memory (not fetched): Cordova's verbose messages, the signing flags `--keystore`, `--storePassword`, `--alias`,
// `--password` after `--`.

function cordovaLog(rng) {
  let phase = 'gradle';
  const TASKS = [
    'preBuild',
    'preReleaseBuild',
    'mergeReleaseResources',
    'compileReleaseJavaWithJavac',
    'mergeReleaseAssets',
    'packageRelease',
    'lintVitalAnalyzeRelease',
  ];
  const filler = (rng) =>
    phase === 'gradle'
      ? { L: [`> Task :app:${rng.pick(TASKS)}${rng.pick(['', ' UP-TO-DATE', ''])}`] }
      : {
          L: [
            rng.pick([
              'Checking for any plugins added to the project that have not been installed in android platform',
              'No differences found between plugins added to project and installed in android platform. Continuing...',
              `copy  www/css/psalale.css platforms/android/app/src/main/assets/www/css/psalale.css (new file)`,
            ]),
          ],
        };
  const steps = [
    { raw: { L: ['$ ./ci/build.sh', '+ cd /builds/adygebze-une/psalale-app', `+ git rev-parse HEAD`] }, after: 0 },
    plant(
      'negative',
      'cordova-ci-git-commit-sha',
      'none',
      'The commit being built (`git rev-parse HEAD`, 40 hex digits): a content hash, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { L: [sha] } };
      },
      { after: 0 },
    ),
    plant(
      'encoded',
      'cordova-ci-plugin-add-git-url-percent-encoded-password',
      'error',
      "The keyboard plugin comes from the office's Git server, its URL with the CI user's password percent-encoded (`%40`, `%21`…) in the userinfo; `set -x` echoes the command.",
      ({ rng }) => {
        const raw = `${rng.alnum(8)}@${rng.alnum(6)}!${rng.alnum(6)}`;
        const enc = encodeURIComponent(raw).replace(/!/g, '%21');
        return {
          value: enc,
          event: {
            L: [
              `+ npx cordova plugin add 'https://ci-psalale:${enc}@git.${AU}/psalale/cordova-plugin-adyghe-keyboard.git#v1.3.0' --verbose`,
              'Installing "cordova-plugin-adyghe-keyboard" for android',
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'cordova-ci-plugin-variable-tts-unkybze',
      'error',
      `${WHY.apiKey('TTS_UNKYBZE')} The name is Kabardian (ӏункӏыбзэ, "key"); the speech plugin takes the key as a plugin variable at install, and \`set -x\` echoes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              `+ npx cordova plugin add cordova-plugin-psalale-tts --variable TTS_UNKYBZE=${key} --verbose`,
              'Installing "cordova-plugin-psalale-tts" for android',
              'Adding cordova-plugin-psalale-tts to package.json',
            ],
          },
        };
      },
    ),
    plant(
      'framework-dump',
      'cordova-ci-build-store-password',
      'error',
      "The release build passes the keystore's passwords to cordova-android after `--` (`--storePassword=…`, `--password=…`), and `set -x` echoes the whole command: the password of the key that signs every update of the app.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            L: [
              `+ npx cordova build android --release --verbose -- --keystore=/builds/psalale.keystore --storePassword=${pw} --alias=psalale --password=${pw} --packageType=apk`,
              'Checking for any plugins added to the project that have not been installed in android platform',
              `Running command: /builds/adygebze-une/psalale-app/platforms/android/tools/gradlew cdvBuildRelease -b /builds/adygebze-une/psalale-app/platforms/android/build.gradle -PcdvReleaseSigningPropertiesFile=release-signing.properties`,
            ],
          },
        };
      },
    ),
    6,
    {
      raw: {
        get L() {
          phase = 'cordova';
          return [
            'BUILD SUCCESSFUL in 1m 12s',
            '41 actionable tasks: 38 executed, 3 up-to-date',
            'Built the following apk(s): ',
            '\t/builds/adygebze-une/psalale-app/platforms/android/app/build/outputs/apk/release/app-release.apk',
          ];
        },
      },
    },
    plant(
      'webhook',
      'cordova-ci-after-build-hook-rocket-chat-webhook',
      'error',
      WHY.webhook(
        'A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) the `after_build` hook posts to; the hook prints where it posts',
      ),
      ({ rng }) => {
        const id = rng.alnum(17);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            L: [
              'Executing script found in config.xml for hook "after_build": hooks/after_build/notify.js',
              `Хъыбар ягъэхь: https://chat.${AU}/hooks/${id}/${tok}`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'cordova-ci-apksigner-certificate-digest',
      'none',
      "`apksigner verify --print-certs` prints the signing certificate's SHA-256 digest: the fingerprint of a public certificate, no credential.",
      ({ rng }) => {
        const dg = rng.hex(64);
        return {
          value: dg,
          event: {
            L: [
              '+ apksigner verify --print-certs platforms/android/app/build/outputs/apk/release/app-release.apk',
              'Signer #1 certificate DN: CN=Adygebze Une, O=Adygebze Une, L=Nalchik, C=RU',
              `Signer #1 certificate SHA-256 digest: ${dg}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'cordova-ci-adb-am-start-deep-link-code',
      'warning',
      `${WHY.code} The smoke test opens the app on the emulator through its sign-in return (\`psalale://ihen?code=…&state=…\`, ихьэн, "to enter") with \`adb shell am start -d\`, echoed by \`set -x\`; a code captured from the test sign-in.`,
      ({ rng }) => {
        const code = rng.b64url(32);
        return {
          value: code,
          event: {
            L: [
              `+ adb shell am start -W -a android.intent.action.VIEW -d 'psalale://ihen?code=${code}&state=${rng.hex(16)}' org.adygebze.psalale`,
              'Starting: Intent { act=android.intent.action.VIEW dat=psalale://ihen/... pkg=org.adygebze.psalale }',
              'Status: ok',
              'LaunchState: COLD',
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KB + 7 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// infobip-sms-logs.jsonl: the publisher's SMS to readers read back from Infobip's SMS logs API (`/sms/1/logs`), one
// result a line: `bulkId`, `messageId`, `to`, `from`, `text`, `sentAt`, `doneAt` (`+0000`), `smsCount`, `mccMnc`,
// `price`, `status`, `error`. The texts are in Kabardian (UCS-2, so two or three parts).
// From memory (not fetched).

function infobipLog(rng) {
  const msg = (rng, t, text) => {
    const at = (x) => `${iso(x).slice(0, 23)}+0000`;
    return JSON.stringify({
      bulkId: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}`,
      messageId: digits(rng, 20),
      to: `7928${digits(rng, 7)}`,
      from: 'AdygebzeUne',
      text,
      sentAt: at(t),
      doneAt: at(t + rng.int(2000, 9000)),
      smsCount: Math.ceil(text.length / 67),
      mccMnc: rng.pick(['25001', '25002', '25099']),
      price: { pricePerMessage: 0.0412, currency: 'EUR' },
      status: { groupId: 3, groupName: 'DELIVERED', id: 5, name: 'DELIVERED_TO_HANDSET', description: 'Message delivered to handset' },
      error: { groupId: 0, groupName: 'OK', id: 0, name: 'NO_ERROR', description: 'No Error', permanent: false },
    });
  };
  const filler = (rng, t) => ({
    L: [
      msg(
        rng,
        t,
        rng.pick([
          'Уи махуэ фӏыуэ! Тхылъ щӏэ къыдэкӏащ: «Нартхэ». Упсэу!',
          'Адыгэбзэ дерсыр пщэдджыжьым сыхьэт 10-м щыӏэнущ.',
          'Уи заказыр ягъэхьащ. Упсэу!',
        ]),
      ),
    ],
  });
  const steps = [
    2,
    plant(
      'path-secret',
      'infobip-text-tkhyl-download-link',
      'error',
      WHY.pathSecret('A bought e-book\'s download link (`/tkhyl/<token>`, тхылъ, "book") sent to the reader by SMS'),
      ({ rng, t }) => {
        const tok = rng.b64url(28);
        return { value: tok, event: { L: [msg(rng, t, `Уи тхылъыр мыдэ щыӏэщ: https://${AU}/tkhyl/${tok} Упсэу!`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'infobip-text-lesson-meeting-id',
      'none',
      "A video lesson's meeting number (`Зэхуэс ID`, eleven digits) without its passcode: it names the meeting, no credential.",
      ({ rng, t }) => {
        const mid = `${digits(rng, 3)} ${digits(rng, 4)} ${digits(rng, 4)}`;
        return { value: mid, event: { L: [msg(rng, t, `Дерсыр сыхьэт 18-м. Зэхуэс ID: ${mid}`)] } };
      },
    ),
    2,
    plant(
      'session-id',
      'infobip-text-sign-in-link-zekhues',
      'error',
      WHY.session('A sign-in link for the reading club whose `zekhues` (зэхуэс, "session") is the session it opens'),
      ({ rng, t }) => {
        const sid = rng.hex(40);
        return { value: sid, event: { L: [msg(rng, t, `Тхылъеджэ клубым ихьэн: https://${AU}/ihen?zekhues=${sid}`)] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'infobip-text-calendar-unkybze',
      'error',
      `${WHY.apiKey('unkybze')} The name is Kabardian (ӏункӏыбзэ, "key"); the lessons calendar feed sent to a teacher, its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { L: [msg(rng, t, `Дерсхэм я календарыр: https://${AU}/dershe.ics?unkybze=${key}`)] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'infobip-text-quiz-embed-jwt',
      'error',
      'A teacher gets a link to the quiz widget (`/embed/psalale/<JWT>`) for her class, a token valid for thirty days with a jti',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          jti: true,
          claims: { iss: `https://psalale.${AU}`, sub: `teacher-${rng.int(100, 999)}`, klass: '3A', role: 'teacher' },
        });
        return { value: token, jwt: facts, event: { L: [msg(rng, t, `Упщӏэхэр: https://psalale.${AU}/embed/psalale/${token}`)] } };
      },
    ),
    2,
    plant(
      'encoded',
      'infobip-text-link-base64-json-shekhu',
      'error',
      'A link whose `d` parameter is base64 of a JSON object holding `shekhu` (щэху, "secret"), the reader\'s account secret for the app: the value under its encoding.',
      ({ rng, t }) => {
        const b = b64Of(JSON.stringify({ reader: rng.int(10000, 99999), shekhu: rng.alnum(32) }));
        return { value: b, event: { L: [msg(rng, t, `Псалъалъэ приложенэм хэт: https://psalale.${AU}/app?d=${b}`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'infobip-text-masked-card',
      'none',
      'A payment receipt quoting the card by its last four digits (`**** 4417`): a mask, no credential.',
      ({ rng, t }) => {
        const card = `**** ${digits(rng, 4)}`;
        return { value: card, event: { L: [msg(rng, t, `Ахъшэр къыӏэрыхьащ: 850 ₽, карт ${card}. Упсэу!`)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KB + 9 * HOUR, site: { host: 'infobip' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// debug.txt: the Luanti 5.10 server of the children's language lessons (Джэгупӏэ, "playground"): `<yyyy-mm-dd
// hh:mm:ss>: <LEVEL>[<thread>]: <message>` in local time (MSK) without zone; chat commands as `<name> invokes /<cmd>,
// parameters "<param>"`; the lessons mods' `core.log(…)` lines, tables printed with `dump()` over several lines.
// From memory (not fetched): the line layout, the `invokes` line, `dump()`'s layout with tabs.

function luantiLog(rng) {
  const ln = (t, lv, th, msg) => `${ymdHmsAt(t, MSK)}: ${lv}[${th}]: ${msg}`;
  const dump = (obj, depth = 0) => {
    const ind = '\t'.repeat(depth + 1);
    const parts = Object.entries(obj).map(([k, v]) => {
      const key = /^[a-z_]+$/i.test(k) ? k : `["${k}"]`;
      if (Array.isArray(v)) return `${ind}${key} = {\n${v.map((x) => `${ind}\t"${x}"`).join(',\n')}\n${ind}}`;
      if (v && typeof v === 'object') return `${ind}${key} = ${dump(v, depth + 1)}`;
      return `${ind}${key} = ${typeof v === 'string' ? `"${v}"` : v}`;
    });
    return `{\n${parts.join(',\n')}\n${'\t'.repeat(depth)}}`;
  };
  const NAMES = ['Zalim', 'Madina', 'Astemir', 'Dana', 'Kantemir', 'Alina'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(
            t,
            'ACTION',
            'Server',
            `${rng.pick(NAMES)} [${publicIp(rng)}] joins game. List of players: ${NAMES.slice(0, rng.int(2, 5)).join(' ')}`,
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'ACTION',
            'Server',
            `${rng.pick(NAMES)} digs default:stone at (${rng.int(-90, 90)},${rng.int(-20, 5)},${rng.int(-90, 90)})`,
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'ACTION',
            'Server',
            `[adyghe_ders] ${rng.pick(NAMES)}: псалъэ «${rng.pick(['унэ', 'мыӏэрысэ', 'шы', 'бзу', 'мэз'])}» пэжу итхащ (+${rng.int(1, 5)})`,
          ),
        ],
      }),
      () => ({
        L: [ln(t, 'ACTION', 'Server', `${rng.pick(NAMES)} leaves game. List of players: ${NAMES.slice(0, rng.int(1, 4)).join(' ')}`)],
      }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          ln(DAY_KB + 15 * HOUR, 'ACTION', 'Main', 'World at [/var/games/luanti/worlds/dzhegupe]'),
          ln(DAY_KB + 15 * HOUR, 'ACTION', 'Main', 'Server for gameid="minetest_game" listening on [::]:30000.'),
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'luanti-mod-settings-dump-shekhu',
      'error',
      'The sign-in mod prints its settings with `dump()` at load, `shekhu` (щэху, "secret") among them: the client secret the server uses with the school\'s identity provider.',
      ({ rng, t }) => {
        const s = rng.alnum(40);
        return {
          value: s,
          event: {
            L: [
              ln(
                t,
                'ACTION',
                'Main',
                `[adyghe_auth] settings: ${dump({ client_id: 'dzhegupe', issuer: `https://ihen.${AU}`, shekhu: s, redirect_uri: `https://ihen.${AU}/luanti/cb` })}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'luanti-mod-texture-cache-sha1',
      'none',
      'A texture cached under its SHA-1 (`<40 hex>.png`), as Luanti names its media: a content hash, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { L: [ln(t, 'ACTION', 'Main', `[adyghe_ders] cached lesson texture ${h}.png (${rng.int(2, 40)} KiB)`)] },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'luanti-chat-command-invokes-ihen-callback',
      'warning',
      `${WHY.code} A pupil links her account with the school's site: the site's return page shows the callback URL, she pastes it into the chat command \`/ihen\` (ихьэн, "to enter"), and Luanti logs the command with its parameters.`,
      ({ rng, t }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            L: [
              ln(
                t,
                'ACTION',
                'Server',
                `Madina invokes /ihen, parameters "https://ihen.${AU}/luanti/cb?code=${code}&state=${rng.hex(24)}"`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'luanti-mod-auth-state',
      'none',
      "The sign-in mod's `state` for a pupil's link request: a value checked against the callback, like a CSRF field, no credential.",
      ({ rng, t }) => {
        const st = rng.hex(24);
        return { value: st, event: { L: [ln(t, 'ACTION', 'Server', `[adyghe_auth] Astemir: ихьэн линк ящӏащ, state=${st}`)] } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'luanti-mod-token-dump-refresh-token',
      'error',
      `${WHY.refresh} The sign-in mod prints the renewed tokens of a pupil with \`dump()\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            L: [
              ln(
                t,
                'ACTION',
                'Server',
                `[adyghe_auth] Zalim: токенхэр щӏэрыщӏэ: ${dump({ expires_in: 3600, refresh_token: rt, token_type: 'Bearer' })}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'luanti-mod-http-error-ders-unkybze',
      'error',
      `${WHY.apiKey('unkybze')} The name is Kabardian (ӏункӏыбзэ, "key"); the lessons mod's HTTP call fails and its error line quotes the URL with the key.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            L: [
              ln(t, 'ERROR', 'Server', `[adyghe_ders] HTTP 403 https://api.${AU}/v1/dershe/3?unkybze=${key}: Щыуагъэ: ӏункӏыбзэр мыпэжщ`),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'luanti-mod-request-dump-extra-headers-bearer',
      'error',
      "The lessons mod prints each request with `dump()` before `fetch`, `extra_headers` with `Authorization: Bearer …`: the server's opaque token for the school's API, lifetime unknown.",
      ({ rng, t }) => {
        const tok = rng.b64url(44);
        return {
          value: tok,
          event: {
            L: [
              ln(
                t,
                'ACTION',
                'Server',
                `[adyghe_ders] request ${dump({ url: `https://api.${AU}/v1/bally`, method: 'POST', extra_headers: [`Authorization: Bearer ${tok}`, 'Content-Type: application/json'], timeout: 10 })}`,
              ),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_KB + 15 * HOUR, site: { host: 'luanti' }, filler, render, steps });
}

// =====================================================================================================================
// Tolışə Çoy, Lənkəran (Talysh; AZT, UTC+4 all year)
// =====================================================================================================================

const TC = 'tolise-coy.example';

// ---------------------------------------------------------------------------------------------------------------------
// code-server-stdout.txt: the developer's code-server 4.x, `coder-logs/code-server-stdout.txt`: code-server's own lines
// `[<ISO 8601 UTC>] <level>  <message>` (debug lines with a JSON field), the VS Code server's `[hh:mm:ss] …` lines
// (UTC) and what extension hosts print on stderr, an error with Node's util.inspect of its object.
// From memory (not fetched): the start-up lines; the `/callback?vscode-…` and proxy debug lines are invented in the
// app's style.

function codeServerLog(rng) {
  const cs = (t, lv, msg) => `[${iso(t)}] ${lv.padEnd(5)} ${msg}`;
  const vs = (t, msg) => `[${iso(t).slice(11, 19)}] ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [vs(t, `[127.0.0.1][${rng.hex(8)}][ManagementConnection] New connection established.`)] }),
      () => ({ L: [vs(t, `[127.0.0.1][${rng.hex(8)}][ExtensionHostConnection] New connection established.`)] }),
      () => ({ L: [cs(t, 'debug', `got latest version {"latest":"4.96.4"}`)] }),
      () => ({
        L: [vs(t, `[127.0.0.1][${rng.hex(8)}][ExtensionHostConnection] <${rng.int(1000, 9000)}> Launched Extension Host Process.`)],
      }),
    ])();
  const steps = [
    plant(
      'negative',
      'code-server-version-commit-sha',
      'none',
      "code-server's start-up line with the commit it was built from (40 hex digits): a content hash, no credential.",
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: {
            L: [
              cs(t, 'info', `code-server 4.96.4 ${sha} with Code 1.96.4`),
              cs(t, 'info', 'Using user-data-dir /home/elnur/.local/share/code-server'),
              cs(t, 'info', 'Using config file /home/elnur/.config/code-server/config.yaml'),
              cs(t, 'info', 'HTTP server listening on http://127.0.0.1:8080/'),
              cs(t, 'info', '  - Authentication is enabled'),
              cs(t, 'info', '    - Using password from /home/elnur/.config/code-server/config.yaml'),
              cs(t, 'info', '  - Not serving HTTPS'),
              cs(t, 'info', 'Session server listening on /home/elnur/.local/share/code-server/code-server-ipc.sock'),
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'oauth-code',
      'code-server-callback-vscode-query-code',
      'warning',
      `${WHY.code} The GitHub sign-in inside code-server returns through code-server's \`/callback\`, the code and state percent-encoded in \`vscode-query\`, and the debug line of the request writes the whole URL.`,
      ({ rng, t }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            L: [
              cs(
                t,
                'debug',
                `callback {"url":"/callback?vscode-reqid=1&vscode-scheme=code-oss&vscode-authority=vscode.github-authentication&vscode-path=%2Fdid-authenticate&vscode-query=windowId%3D1%26code%3D${code}%26state%3D${rng.uuid()}"}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'code-server-proxy-debug-id-token-query',
      'error',
      "The shop's dev server runs behind code-server's `/proxy/3000/`; the sign-in page posts back with `id_token` in the query, and code-server's debug line of the proxied request writes it, live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: `https://id.${TC}/`, aud: 'coy-dev', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { L: [cs(t, 'debug', `proxy {"url":"/proxy/3000/hesob/ihen?id_token=${token}","target":"http://127.0.0.1:3000"}`)] },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'code-server-exthost-axios-error-authorization',
      'error',
      "An extension's request fails and the extension host's stderr carries Node's util.inspect of the AxiosError, `config.headers` with `Authorization: 'Bearer …'`: the shop API's opaque token, lifetime unknown.",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            L: [
              vs(
                t,
                `[127.0.0.1][${rng.hex(8)}][ExtensionHostConnection] <${rng.int(1000, 9000)}> AxiosError: Request failed with status code 502`,
              ),
              '    at settle (/home/elnur/.local/share/code-server/extensions/tolise.sifaris-helper-0.4.1/dist/extension.js:2:41210)',
              "  code: 'ERR_BAD_RESPONSE',",
              '  config: {',
              `    url: 'https://api.${TC}/v1/sifaris',`,
              "    method: 'get',",
              '    headers: Object [AxiosHeaders] {',
              "      Accept: 'application/json, text/plain, */*',",
              `      Authorization: 'Bearer ${tok}',`,
              "      'User-Agent': 'axios/1.7.9'",
              '    },',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'code-server-extension-vsix-sha256',
      'none',
      "The SHA-256 of an extension's VSIX as code-server installs it: a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return { value: h, event: { L: [vs(t, `Installing extension 'tolise.sifaris-helper' v0.4.1 (sha256 ${h})`)] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'code-server-exthost-fetch-error-kilid',
      'error',
      `${WHY.apiKey('kilid')} The name is Talysh ("key"); the extension's fetch of the stock list fails and the error message on the extension host's stderr quotes the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              vs(
                t,
                `[127.0.0.1][${rng.hex(8)}][ExtensionHostConnection] <${rng.int(1000, 9000)}> Error: 403 Forbidden: GET https://api.${TC}/v1/anbar?kilid=${key}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'code-server-exthost-oauth-error-body-refresh-token',
      'error',
      `${WHY.refresh} The extension's token renewal hits a network error, and the printed error keeps the request body it posted.`,
      ({ rng, t }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            L: [
              vs(
                t,
                `[127.0.0.1][${rng.hex(8)}][ExtensionHostConnection] <${rng.int(1000, 9000)}> FetchError: request to https://id.${TC}/oauth/token failed, reason: getaddrinfo EAI_AGAIN id.${TC}`,
              ),
              `  body: 'grant_type=refresh_token&refresh_token=${rt}&client_id=coy-vscode'`,
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TL + 5 * HOUR, site: { host: 'code-server' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// novu-activity.jsonl: the co-operative's notifications read back from Novu's activity feed (`GET /v1/notifications`),
// one notification a line: `_id`, `_environmentId`, `_organizationId`, `transactionId`, `createdAt` (UTC), `channels`,
// `subscriber`, `template`, `jobs` (each with `type`, `status`, `payload`, `providerId`, `executionDetails` with `raw`).
// From memory (not fetched).

function novuLog(rng) {
  const ENV = rng.hex(24);
  const ORG = rng.hex(24);
  const note = (rng, t, template, channel, payload, raw = '{"statusCode":202}') =>
    JSON.stringify({
      _id: objectId(rng, t),
      _environmentId: ENV,
      _organizationId: ORG,
      transactionId: rng.uuid(),
      createdAt: iso(t),
      channels: [channel],
      subscriber: {
        _id: objectId(rng, t),
        subscriberId: `mushtari-${rng.int(1000, 9999)}`,
        firstName: rng.pick(['Elnur', 'Gülnarə', 'Rəşad', 'Aynur', 'Tofiq']),
      },
      template: { _id: objectId(rng, t), name: template },
      jobs: [
        {
          _id: objectId(rng, t),
          type: channel,
          status: 'completed',
          payload,
          providerId: channel === 'email' ? 'sendgrid' : channel === 'sms' ? 'twilio' : 'chat-webhook',
          executionDetails: [{ detail: 'Message sent', status: 'Success', isRetry: false, raw }],
        },
      ],
    });
  const filler = (rng, t) => ({
    L: [
      note(rng, t, rng.pick(['sifaris-qəbul', 'sifaris-rəvon', 'novə-coy']), rng.pick(['email', 'sms']), {
        sifarisNo: rng.int(20000, 29999),
        mətn: rng.pick(['Sipos! Sifarişi qəbul bıə.', 'Sifarişi rə kardə bıə.', 'Tojə çoy ome!']),
      }),
    ],
  });
  const steps = [
    2,
    plant(
      'path-secret',
      'novu-payload-sifre-reset-link',
      'error',
      WHY.pathSecret('A password-reset link (`/sifre/<token>`, şifrə, "password") in an email notification\'s payload'),
      ({ rng, t }) => {
        const tok = rng.hex(48);
        return { value: tok, event: { L: [note(rng, t, 'sifre-novə', 'email', { sifreLink: `https://${TC}/sifre/${tok}` })] } };
      },
    ),
    2,
    plant(
      'negative',
      'novu-payload-order-tracking-number',
      'none',
      "A parcel's tracking number in a shipping notification: it names the parcel, no credential.",
      ({ rng, t }) => {
        const trk = `AZ${digits(rng, 9)}LN`;
        return { value: trk, event: { L: [note(rng, t, 'sifaris-rəvon', 'sms', { sifarisNo: rng.int(20000, 29999), izNo: trk })] } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'novu-payload-invite-link-fragment-access-token',
      'error',
      "An invitation email's link built from the identity provider's return, the implicit grant's `#access_token=…` still in its fragment (`dəvətLink`, dəvət, \"invitation\").",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [
              note(rng, t, 'dəvət', 'email', {
                dəvətLink: `https://${TC}/devet/#access_token=${at}&token_type=bearer&expires_in=86400&type=invite`,
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'novu-payload-cart-link-seans',
      'error',
      WHY.session('An abandoned-cart email links back to the cart with `seans` (Talysh "session"), the shop session it restores'),
      ({ rng, t }) => {
        const sid = rng.hex(32);
        return { value: sid, event: { L: [note(rng, t, 'sebət-yodi', 'email', { sebətLink: `https://${TC}/sebet?seans=${sid}` })] } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'novu-payload-registration-form-sifre',
      'error',
      "The welcome workflow is triggered with the whole registration form as its payload, the new customer's password (`sifre`) included, and the activity feed keeps the payload.",
      ({ rng, t }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            L: [
              note(rng, t, 'xoş-omə', 'email', {
                form: { nom: 'Aynur', email: `aynur.${rng.int(10, 99)}@mail.example`, sifre: pw, dı: 'Lənkəran' },
              }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'novu-execution-raw-chat-webhook-authorization',
      'error',
      "The chat step's execution detail keeps the provider's raw request, `headers` with `Authorization: Bearer …` for the shop's ops chat: an opaque token, lifetime unknown.",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            L: [
              note(
                rng,
                t,
                'anbar-xəbə',
                'chat',
                { mətn: 'Anbarədə çoy kəm bıə' },
                JSON.stringify({
                  request: {
                    url: `https://ops.${TC}/api/v1/messages`,
                    headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' },
                  },
                  statusCode: 200,
                }),
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'novu-payload-order-status-url-kilid',
      'error',
      `${WHY.apiKey('kilid')} The name is Talysh ("key"); an SMS payload links the courier's order-status API with the shop's key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [note(rng, t, 'kuryer', 'sms', { statusUrl: `https://api.${TC}/v1/sifaris/${rng.int(20000, 29999)}/status?kilid=${key}` })],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'novu-payload-unsubscribe-hmac',
      'none',
      "An unsubscribe link's `sig`, an HMAC of the subscriber id that only proves the link was made by the shop and opens nothing else, no credential.",
      ({ rng, t }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            L: [note(rng, t, 'novə-coy', 'email', { unsubscribeUrl: `https://${TC}/e-poct/rədd?sub=${rng.int(1000, 9999)}&sig=${sig}` })],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_TL + 8 * HOUR, site: { host: 'novu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// axiom-vercel-export.ndjson: the shop's Vercel log drain as Axiom keeps it, exported from a query as NDJSON: `_time`
// (UTC), `_sysTime`, `level`, `message`, `request` (`host`, `ip`, `method`, `path` with its query, `statusCode`,
// `userAgent`), `vercel` (`deploymentId`, `environment`, `projectName`, `region`, `source`). A function's console line
// is its own event beside the request's.
// From memory (not fetched).

function axiomLog(rng) {
  const DPL = `dpl_${rng.alnum(28)}`;
  const ev = (rng, t, source, path, { status = 200, message = '', ip = publicIp(rng), ua = rng.pick(BROWSERS), method = 'GET' } = {}) =>
    JSON.stringify({
      _time: iso(t),
      _sysTime: iso(t + rng.int(300, 2500)),
      level: status >= 500 ? 'error' : 'info',
      message,
      request: { host: `www.${TC}`, ip, method, path, statusCode: status, userAgent: ua },
      vercel: { deploymentId: DPL, environment: 'production', projectName: 'tolise-coy', region: 'fra1', source },
    });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [ev(rng, t, 'static', rng.pick(['/', '/coy/yasil', '/coy/siyo', '/barəmon', '/favicon.ico']))] }),
      () => ({ L: [ev(rng, t, 'lambda', `/api/mal?kateqoriya=${rng.pick(['siyo', 'yasil', 'gul'])}`)] }),
      () => ({ L: [ev(rng, t, 'edge', '/_next/image?url=%2Fimg%2Fcoy-bog.jpg&w=640&q=75')] }),
    ])();
  const scanner = (gate) => `TolisCoyBilet/2.1 (Android 14; ${gate})`;
  const steps = [
    3,
    plant(
      'negative',
      'axiom-vercel-next-data-build-id',
      'none',
      'A Next.js data request with the build id in its path (`/_next/data/<build id>/…json`): names the build, no credential.',
      ({ rng, t }) => {
        const b = rng.b64url(21);
        return { value: b, event: { L: [ev(rng, t, 'lambda', `/_next/data/${b}/coy/siyo.json`)] } };
      },
    ),
    2,
    plant(
      'replay',
      'axiom-vercel-festival-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket to the tea festival (`bilet`, "ticket"), checked by the east gate\'s scanner app in the query of `/api/bilet`; the request is accepted. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.bilet = t;
        return {
          value: tk,
          event: { L: [ev(rng, t, 'lambda', `/api/bilet?bilet=${tk}&darvoze=rojhilat`, { ip: '198.51.100.23', ua: scanner('rojhilat') })] },
        };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'axiom-vercel-festival-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} The west gate's scanner, another device on another address, checked the same ticket and the shop accepted it again (200).`,
          },
        ],
        event: {
          L: [
            ev(rng, t, 'lambda', `/api/bilet?bilet=${refs.get('bilet').value}&darvoze=rojavo`, {
              ip: '203.0.113.170',
              ua: scanner('rojavo'),
            }),
          ],
        },
      }),
      { replayOf: 'bilet', after: 141 },
    ),
    2,
    plant(
      'id-token',
      'axiom-vercel-ihen-id-token-request-and-console',
      'error',
      "The sign-in page sends the identity provider's ID token to `/api/ihen` in the query; Vercel's request log and the function's console line (its own event in the drain) both write it, live at the events' UTC `_time`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 40),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
          },
        });
        const ip = publicIp(rng);
        const ua = rng.pick(BROWSERS);
        const path = `/api/ihen?id_token=${token}`;
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              ev(rng, t, 'lambda', path, { ip, ua, status: 302 }),
              ev(rng, t + 40, 'lambda', path, { ip, ua, status: 302, message: `ihen: GET ${path} -> /hesob` }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'axiom-vercel-chat-ws-bilet-first',
      'note',
      WHY.ticketFirst(
        "The shop's live chat opens its socket with a single-use ticket (`ws_bilet`) fetched just before, in the query of `/api/chat/ws`; the upgrade is accepted (101). The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.hex(32);
        firstUse.ws_bilet = t;
        return { value: tk, event: { L: [ev(rng, t, 'edge', `/api/chat/ws?ws_bilet=${tk}`, { status: 101, ip: '192.0.2.77' })] } };
      },
      { ref: 'ws_bilet' },
    ),
    2,
    plant(
      'replay',
      'axiom-vercel-chat-ws-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('ws_bilet').value,
            why: `${WHY.replay('ws_bilet', gap('ws_bilet', t))} Another address opened the chat socket with the ticket the customer's browser had used, and the edge function upgraded it again (101).`,
          },
        ],
        event: {
          L: [
            ev(rng, t, 'edge', `/api/chat/ws?ws_bilet=${refs.get('ws_bilet').value}`, {
              status: 101,
              ip: '203.0.113.9',
              ua: 'python-requests/2.32.5',
            }),
          ],
        },
      }),
      { replayOf: 'ws_bilet', after: 64 },
    ),
    2,
    plant(
      'replay',
      'axiom-vercel-kitob-download-bilet-once',
      'note',
      WHY.ticketFirst(
        'The tea-recipe booklet is downloaded with a single-use ticket (`bilet`) under `/api/kitob` (kitob, "book"), fetched once. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        return { value: tk, event: { L: [ev(rng, t, 'lambda', `/api/kitob/coy-resept.pdf?bilet=${tk}`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'axiom-vercel-og-image-hash',
      'none',
      'An Open Graph image route with a cache hash of its text (`/api/og?h=<40 hex>`): a cache key, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(40);
        return { value: h, event: { L: [ev(rng, t, 'edge', `/api/og?title=Siyo%20coy&h=${h}`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_TL + 6 * HOUR, site: { host: 'axiom' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sinch-inbound.jsonl: WhatsApp messages to the shop, as Sinch's Conversation API delivered them to the shop's callback
// (`message_inbound` events) and the shop stored them, one a line: `app_id`, `accepted_time` and `event_time` (UTC),
// `project_id`, `message` (`id`, `direction`, `contact_message.text_message.text`, `channel_identity`,
// `conversation_id`, `contact_id`, `metadata`, `accept_time`, `processing_mode`), `message_metadata`, `correlation_id`.
// From memory (not fetched).

function sinchLog(rng) {
  const APP = ulid(rng, DAY_TL - 300 * 86400000);
  const PROJECT = rng.uuid();
  const inbound = (rng, t, text) =>
    JSON.stringify({
      app_id: APP,
      accepted_time: iso(t + 120),
      event_time: iso(t),
      project_id: PROJECT,
      message: {
        id: ulid(rng, t),
        direction: 'TO_APP',
        contact_message: { text_message: { text } },
        channel_identity: { channel: 'WHATSAPP', identity: `99450${digits(rng, 7)}`, app_id: APP },
        conversation_id: ulid(rng, t - rng.int(1, 90) * 60000),
        contact_id: ulid(rng, t - 86400000 * rng.int(2, 200)),
        metadata: '',
        accept_time: iso(t + 120),
        sender_id: '',
        processing_mode: 'CONVERSATION',
        injected: false,
      },
      message_metadata: '',
      correlation_id: '',
    });
  const filler = (rng, t) => ({
    L: [
      inbound(
        rng,
        t,
        rng.pick(['Səlom! Siyo çoy hələ hest?', 'Sipos, sifarişi omə.', 'Bə Astaro rəvon karde bəbe?', 'Yaşılə çoy 500 qram çandə?']),
      ),
    ],
  });
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'sinch-whatsapp-pasted-account-link-access-token',
      'error',
      "A customer pastes the address her browser showed after signing in, the implicit grant's `#access_token=…` in the fragment, to ask why her account page is empty.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [
              inbound(
                rng,
                t,
                `Səlom, hesob səhifə vaşa. Ən link: https://${TC}/hesob/#access_token=${at}&token_type=bearer&expires_in=3600`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sinch-whatsapp-order-number',
      'none',
      'A customer quotes her order number (`TC-` and five digits): it names the order, no credential.',
      ({ rng, t }) => {
        const no = `TC-${digits(rng, 5)}`;
        return { value: no, event: { L: [inbound(rng, t, `Sifariş ${no} kə omə?`)] } };
      },
    ),
    2,
    plant(
      'id-token',
      'sinch-whatsapp-pasted-link-expired-id-token',
      'note',
      'A customer pastes a sign-in link from the day before, `id_token=` in its query; the token had expired when the message came (UTC `event_time`)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 26 * 3600,
          claims: { iss: `https://id.${TC}/`, aud: 'coy-shop', sub: rng.uuid(), email: 'gulnare@mail.example' },
        });
        return { value: token, jwt: facts, event: { L: [inbound(rng, t, `Dəvati linki kor nıkə: https://${TC}/ihen?id_token=${token}`)] } };
      },
    ),
    2,
    plant(
      'session-id',
      'sinch-whatsapp-pasted-old-shop-phpsessid',
      'error',
      WHY.session("A wholesale buyer pastes a link of the old shop, which keeps PHP's session in the URL (`PHPSESSID=`, 26 characters)"),
      ({ rng, t }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: sid,
          event: { L: [inbound(rng, t, `Ən sifariş: https://kohnə.${TC}/sebet.php?PHPSESSID=${sid}&id=${rng.int(100, 999)}`)] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'sinch-whatsapp-pasted-curl-verbose-authorization',
      'error',
      "A partner shop's developer pastes curl's `-v` output into the chat to show a failing call, the `> Authorization: Bearer …` line with the partner's token for the shop's API.",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            L: [
              inbound(
                rng,
                t,
                `API kor nıkə, bıvinde:\n> GET /v1/topdan/qiymət HTTP/2\n> Host: api.${TC}\n> User-Agent: curl/8.5.0\n> Authorization: Bearer ${tok}\n> Accept: */*\n< HTTP/2 500`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'sinch-whatsapp-pasted-partner-callback-fragment',
      'error',
      "The partner's developer pastes the callback address of his integration test, the shop's `#access_token=…` in the fragment.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            L: [
              inbound(
                rng,
                t,
                `Callback bıə: https://partner-coy.example/callback#access_token=${at}&token_type=Bearer&expires_in=7200&scope=topdan`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sinch-whatsapp-masked-card',
      'none',
      'A customer quotes the card she paid with, masked (`**** **** **** 4417`): a mask, no credential.',
      ({ rng, t }) => {
        const c = `**** **** **** ${digits(rng, 4)}`;
        return { value: c, event: { L: [inbound(rng, t, `Pul ${c} kartı-ku rəvon bıə, bıvinde`)] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_TL + 7 * HOUR, site: { host: 'sinch' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout111');
writePart(join(here, 'heldout111'), {
  'yourls_log.csv': yourlsLog(rng),
  'podman-foyer-screen.log': podmanLog(rng),
  'smartthings-logcat-projector.log': smartThingsLog(rng),
  'foyer-kiosk-console.log': kioskConsole(rng),
  'messagebird-messages.jsonl': messageBirdLog(rng),
  'incus-deploy.log': incusLog(rng),
  'frps.log': frpsLog(rng),
  'cordova-psalale-ci.log': cordovaLog(rng),
  'infobip-sms-logs.jsonl': infobipLog(rng),
  'debug.txt': luantiLog(rng),
  'code-server-stdout.txt': codeServerLog(rng),
  'novu-activity.jsonl': novuLog(rng),
  'axiom-vercel-export.ndjson': axiomLog(rng),
  'sinch-inbound.jsonl': sinchLog(rng),
});
