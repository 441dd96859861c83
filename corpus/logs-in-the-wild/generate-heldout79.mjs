// Writes corpus/logs-in-the-wild/heldout79/: a seventy-ninth held-out part, in formats no other part uses (a QGIS Server
// 3.34 log file at QGIS_SERVER_LOG_LEVEL=0, `docker logs -t` of pgAdmin 4 with OAuth2 sign-in, Lightdash's JSON log,
// Homebox's console log, Request Tracker 5's rt.log, `docker logs -t` of Documenso with next-auth's debug output,
// Conduit (Matrix homeserver) through `journalctl -o cat`, Indico's indico.log, `docker logs` of Lemmy, `docker logs -t`
// of Mathesar, deCONZ with `--dbg-http`, `docker compose logs -t` of Automatisch, Open Source Point of Sale's CodeIgniter
// 4 log file, Meilisearch's actix access log), with credentials planted in the places issue #14 lists and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files.
//
//   node corpus/logs-in-the-wild/generate-heldout79.mjs     rewrites heldout79/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: the Ferrowby Cliff & Canal Trust, a Shropshire trust that runs a cliff railway (funicular), a flight
// of canal locks and a clock repairer's workshop (English, five logs); Famiglia Caduff SA, a Silvaplauna (Engiadina)
// family group with a cable car (pendiculara), a kite school on the lake and the chess club it hosts (Romansh, rumantsch
// grischun: messages where the app shows them, routes, parameter, header and key names in Romansh, five logs); Famile
// Delvaux, a family near Nameur with a mushroom farm in old quarry galleries (tchampions) and a violin maker's workshop
// and shop (Walloon: messages where the app shows them, routes and names in Walloon, four logs). Standard names
// (OAuth's, OpenID Connect's, Matrix's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node-fetch/1.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 6, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Shropshire in October (BST, UTC+1); Engiadina and Nameur (CEST, UTC+2). */
const BST = 60;
const CEST = 120;
const lan = (rng, prefix = '10.20') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const pub = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;
/** More ordinary traffic between the planted steps of a file whose entries are one or two lines. */
const widen = (steps, k) => steps.map((s) => (typeof s === 'number' ? s * k : s));
/** Docker's `-t` timestamps of one entry's lines: RFC 3339 with nanoseconds, UTC, increasing line by line. */
const dockerStamps = (rng, t) => {
  let ns = rng.int(100000, 800000);
  return () => `${iso(t).slice(0, 23)}${pad((ns += rng.int(20, 90)), 6)}Z`;
};

// =====================================================================================================================
// Ferrowby Cliff & Canal Trust (English; Shropshire: BST, UTC+1)
// =====================================================================================================================

const FT = 'ferrowby.example';

// ---------------------------------------------------------------------------------------------------------------------
// qgis_server.log: QGIS Server 3.34 (fcgi under nginx) with QGIS_SERVER_LOG_FILE and QGIS_SERVER_LOG_LEVEL=0 (local time,
// BST, no zone): `<ISO date-time> <level> <message>`; at level 0 each request writes `******** New request ********`,
// `Request URL:`, an `Environment:` block (one `NAME: value` a line) and its parameters (`KEY:value`, decoded), then
// `Request finished in <n> ms`; provider errors name the layer's data source.
// https://docs.qgis.org/latest/en/docs/server_manual/config.html (environment variables; from memory, not fetched); the
// block layout from memory.

function qgisServerLog(rng) {
  const stamp = (t) => local(t, BST).slice(0, 19);
  const render = (e) => e.q.map(([lvl, msg]) => `${stamp(e.t)} ${lvl} ${msg}`);
  const MAP = '/srv/qgis/ferrowby-locks.qgs';
  const request = (rng, { query, extraEnv = [], params = [], ms }) => {
    const ip = pub(rng);
    const url = `https://maps.${FT}/ows/?${query}`;
    return [
      [0, '******************** New request ***************'],
      [0, `Request URL: ${url}`],
      [0, 'Environment:'],
      [0, '------------------------------------------------'],
      [0, `SERVER_NAME: maps.${FT}`],
      [0, `REQUEST_URI: /ows/?${query}`],
      [0, `REMOTE_ADDR: ${ip}`],
      [0, 'REQUEST_METHOD: GET'],
      [0, `QUERY_STRING: ${query}`],
      ...extraEnv.map((x) => [0, x]),
      [0, `MAP:${MAP}`],
      ...params.map((x) => [0, x]),
      [0, `Request finished in ${ms ?? rng.int(12, 900)} ms`],
    ];
  };
  const bbox = (rng) =>
    `${(-2.45 + rng.int(0, 90) / 1000).toFixed(3)},${(52.5 + rng.int(0, 90) / 1000).toFixed(3)},${(-2.35 + rng.int(0, 90) / 1000).toFixed(3)},${(52.6 + rng.int(0, 90) / 1000).toFixed(3)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        q: request(rng, {
          query: `SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=locks,towpath&CRS=EPSG:4326&BBOX=${bbox(rng)}&WIDTH=512&HEIGHT=512&FORMAT=image/png`,
          params: ['SERVICE:WMS', 'REQUEST:GetMap', 'LAYERS:locks,towpath'],
        }),
      }),
      () => ({
        q: request(rng, {
          query: `SERVICE=WFS&REQUEST=GetFeature&TYPENAME=lock_status&OUTPUTFORMAT=application/json`,
          params: ['SERVICE:WFS', 'REQUEST:GetFeature', 'TYPENAME:lock_status'],
        }),
      }),
      () => ({ q: [[1, `Layer 'boats_waiting' (lock ${rng.int(1, 21)}): ${rng.int(0, 9)} features`]] }),
    ])();
  const steps = [
    1,
    plant(
      'negative',
      'qgis-server-cache-buster-dc',
      'none',
      'An OpenLayers cache buster (`_dc=<ms>`) on a GetLegendGraphic request, printed in the URL, the environment and the parameters: no credential.',
      ({ rng }) => {
        const dc = `${Math.floor(DAY0 / 1000)}${digits(rng, 3)}`;
        return {
          value: dc,
          event: {
            q: request(rng, {
              query: `SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=locks&FORMAT=image/png&_dc=${dc}`,
              params: ['SERVICE:WMS', 'REQUEST:GetLegendGraphic', `_DC:${dc}`],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'qgis-server-request-url-env-and-params-accesskey',
      'error',
      `${WHY.apiKey('accesskey')} The lock-keepers' tablet app adds the map proxy's key to every OWS request; QGIS Server writes it in the request URL, in REQUEST_URI and QUERY_STRING, and again as a decoded parameter.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            q: request(rng, {
              query: `SERVICE=WMS&REQUEST=GetFeatureInfo&LAYERS=locks&QUERY_LAYERS=locks&INFO_FORMAT=text/html&I=${rng.int(1, 500)}&J=${rng.int(1, 500)}&accesskey=${key}`,
              params: ['SERVICE:WMS', 'REQUEST:GetFeatureInfo', `ACCESSKEY:${key}`],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'qgis-server-environment-http-authorization-basic',
      'error',
      "The WFS-T editing client of the lock team sends Basic credentials, and QGIS Server's environment block writes `HTTP_AUTHORIZATION: Basic <base64 of user:password>`.",
      ({ rng }) => {
        const b = b64Of(`lockteam:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            q: request(rng, {
              query: 'SERVICE=WFS&VERSION=1.1.0&REQUEST=DescribeFeatureType&TYPENAME=stoppages',
              extraEnv: ['AUTH_TYPE: Basic', `HTTP_AUTHORIZATION: Basic ${b}`],
              params: ['SERVICE:WFS', 'REQUEST:DescribeFeatureType'],
            }),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'qgis-server-environment-x-request-id',
      'none',
      "nginx's `X-Request-Id` forwarded as `HTTP_X_REQUEST_ID` in the environment block: a request id, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            q: request(rng, {
              query: 'SERVICE=WMS&REQUEST=GetCapabilities',
              extraEnv: [`HTTP_X_REQUEST_ID: ${id}`],
              params: ['SERVICE:WMS', 'REQUEST:GetCapabilities'],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'qgis-server-environment-http-cookie-phpsessid',
      'error',
      WHY.session(
        "The map page of the trust's intranet forwards the browser's cookie to QGIS Server, and the environment block writes `HTTP_COOKIE: PHPSESSID=<id>`",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(26);
        return {
          value: sid,
          event: {
            q: request(rng, {
              query: 'SERVICE=WMS&REQUEST=GetPrint&TEMPLATE=stoppage-notice&FORMAT=pdf',
              extraEnv: [`HTTP_COOKIE: PHPSESSID=${sid}; ferrowby_lang=en`],
              params: ['SERVICE:WMS', 'REQUEST:GetPrint', 'TEMPLATE:stoppage-notice'],
            }),
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'qgis-server-external-wms-url-double-percent-encoded-key',
      'error',
      "An external WMS layer is requested with its source URL percent-encoded twice (`tiles:url=https%253A%252F%252F…%253Fapikey%253D<key>`): QGIS Server decodes it once in the parameter line, leaving the basemap vendor's key still percent-encoded.",
      ({ rng }) => {
        const key = rng.hex(32);
        const u = `https%253A%252F%252Ftiles.mapvendor.example%252Fwms%253Fapikey%253D${key}`;
        return {
          value: key,
          event: {
            q: request(rng, {
              query: `SERVICE=WMS&REQUEST=GetMap&LAYERS=EXTERNAL_WMS:tiles,locks&tiles:url=${u}&tiles:layers=os&CRS=EPSG:27700&WIDTH=800&HEIGHT=600`,
              params: ['SERVICE:WMS', 'REQUEST:GetMap', `TILES:URL:${u.replace(/%25/g, '%')}`],
            }),
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'qgis-server-environment-http-referer-embed-expired',
      'note',
      "The lock status map is embedded in the trust's visitor page through `/embed/<JWT>`; a visitor's stale tab asks for a map and QGIS Server writes `HTTP_REFERER` with the embed token, which had expired three days before (with a jti): an expired credential part",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7200,
          age: 3 * 86400 + rng.int(3600, 9000),
          jti: true,
          claims: { iss: `https://visit.${FT}`, view: 'lock-status', flight: 'ferrowby-21' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            q: request(rng, {
              query: `SERVICE=WMS&REQUEST=GetMap&LAYERS=locks&CRS=EPSG:4326&BBOX=${bbox(rng)}&WIDTH=400&HEIGHT=300&FORMAT=image/png`,
              extraEnv: [`HTTP_REFERER: https://visit.${FT}/embed/${token}`],
              params: ['SERVICE:WMS', 'REQUEST:GetMap', 'LAYERS:locks'],
            }),
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'qgis-server-provider-error-postgres-datasource-password',
      'error',
      "A PostGIS layer fails to load and QGIS Server writes the layer's data source URI with its connection parameters, `password='…'` included (the project stores the password, not a service file).",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            q: [
              [2, `Layer(s) not valid: boats_waiting`],
              [
                2,
                `Invalid layer boats_waiting: dbname='canal' host=db.${FT} port=5432 user='qgis_ro' password='${pw}' sslmode=require key='id' srid=27700 type=Point checkPrimaryKeyUnicity='1' table="public"."boats_waiting" (geom)`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'maps' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pgadmin.log: `docker logs -t pgadmin` of the dpage/pgadmin4 8.14 image (container in UTC): Docker's RFC 3339 prefix,
// then gunicorn's access line (`<ip> - - [<clf>] "<request>" <status> <size> "<referer>" "<ua>"`) or pgAdmin's console
// log (`%(asctime)s: %(levelname)s\t%(name)s:\t%(message)s`, CONSOLE_LOG_LEVEL=10), OAuth2 sign-in configured.
// https://www.pgadmin.org/docs/pgadmin4/latest/oauth2.html and the container's environment page (from memory, not
// fetched); the log lines from memory.

function pgadminLog(rng) {
  const render = (e) => {
    const ts = dockerStamps(rng, e.t);
    return e.pg.map(
      (x, i) => `${ts(i)} ${typeof x === 'string' ? x : `${ymdHmsAt(e.t, 0)},${iso(e.t).slice(20, 23)}: ${x[0]}\t${x[1]}:\t${x[2]}`}`,
    );
  };
  const acc = (rng, t, req, status = 200, ua = rng.pick(BROWSERS)) =>
    `${pub(rng)} - - [${clf(t)}] "${req} HTTP/1.1" ${status} ${rng.int(200, 90000)} "https://pgadmin.${FT}/browser/" "${ua}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ pg: [acc(rng, t, `GET /browser/server/obj/${rng.int(1, 4)}/${rng.int(1, 9)}`)] }),
      () => ({ pg: [acc(rng, t, `POST /sqleditor/query_tool/start/${digits(rng, 7)}`)] }),
      () => ({ pg: [['INFO', 'pgadmin', `Connection Request for server#${rng.int(1, 4)}`]] }),
      () => ({ pg: [acc(rng, t, `GET /misc/ping`)] }),
      () => ({
        pg: [
          [
            'DEBUG',
            'pgadmin',
            `Execute (async) by ${rng.pick(['lockkeeper', 'ops', 'clocks'])}@${FT} on ferrowby@db.${FT}/${digits(rng, 7)} #${rng.int(1, 9)} - SELECT lock_no, state FROM lock_state ORDER BY lock_no`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'pgadmin-x-pga-csrftoken',
      'none',
      "pgAdmin's CSRF token (`X-pgA-CSRFToken`) written by a debug line: bound to one session's form, no credential.",
      ({ rng }) => {
        const v = `${rng.alnum(30)}.${rng.b64url(6)}.${rng.b64url(27)}`;
        return { value: v, event: { pg: [['DEBUG', 'pgadmin', `CSRF check passed, X-pgA-CSRFToken=${v}`]] } };
      },
    ),
    3,
    plant(
      'oauth-code',
      'pgadmin-gunicorn-access-oauth2-authorize-code',
      'warning',
      `${WHY.code} pgAdmin's OAuth2 redirect URI (\`/oauth2/authorize\`) receives the code in its query, and gunicorn's access line writes it.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return { value: code, event: { pg: [acc(rng, t, `GET /oauth2/authorize?code=${code}&state=${rng.alnum(30)}`, 302)] } };
      },
    ),
    1,
    plant(
      'refresh-token',
      'pgadmin-debug-oauth2-token-dict-refresh',
      'error',
      `${WHY.refresh} pgAdmin's debug line prints the provider's token answer as a Python dict.`,
      ({ rng }) => {
        const rt = rng.b64url(60);
        return {
          value: rt,
          event: {
            pg: [
              [
                'DEBUG',
                'pgadmin',
                `OAuth2 token: {'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '${rt}', 'scope': 'openid email profile', 'expires_at': ${Math.floor(DAY0 / 1000) + 9 * 3600}}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'pgadmin-debug-oauth2-id-token',
      'error',
      "The next debug line prints the ID token pgAdmin parses for the user's e-mail (1 h, jti), at Docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          alg: 'RS256',
          kid: rng.hex(12),
          jti: true,
          claims: { iss: `https://sso.${FT}`, aud: 'pgadmin', sub: rng.uuid(), email: `lockkeeper@${FT}` },
        });
        return { value: token, jwt: facts, event: { pg: [['DEBUG', 'pgadmin', `OAuth2 id_token: ${token}`]] } };
      },
      { after: 0.002 },
    ),
    3,
    plant(
      'path-secret',
      'pgadmin-gunicorn-access-reset-password-token',
      'error',
      WHY.pathSecret("pgAdmin's password reset link for an internal user (`/browser/reset_password/<token>`), in gunicorn's access line"),
      ({ rng, t }) => {
        const tok = `${rng.b64url(40)}.${rng.b64url(6)}.${rng.b64url(27)}`;
        return { value: tok, event: { pg: [acc(rng, t, `GET /browser/reset_password/${tok}`)] } };
      },
    ),
    3,
    plant(
      'negative',
      'pgadmin-sqleditor-trans-id',
      'none',
      "The Query Tool's transaction id in its URLs (`/sqleditor/poll/<7 digits>`): an identifier of one editor tab, no credential.",
      ({ rng, t }) => {
        const id = digits(rng, 7);
        return { value: `/sqleditor/poll/${id}`, event: { pg: [acc(rng, t, `GET /sqleditor/poll/${id}`)] } };
      },
    ),
    3,
    plant(
      'session-id',
      'pgadmin-warning-session-cookie-pga4-session',
      'error',
      WHY.session(
        "pgAdmin warns about a session it could not bind to the client's address and writes the `pga4_session` cookie (`<uuid>!<signature>`)",
      ),
      ({ rng }) => {
        const sid = `${rng.uuid()}!${rng.b64url(43)}`;
        return {
          value: sid,
          event: { pg: [['WARNING', 'pgadmin', `Session pga4_session=${sid} used from a new address; ENHANCED_COOKIE_PROTECTION is off`]] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'pgadmin' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// lightdash.log: the Lightdash 0.14xx backend with LIGHTDASH_LOG_FORMAT=json, one winston JSON object a line
// (`{"level":…,"message":…,"timestamp":"<RFC 3339 Z>",…}`), the funicular's ridership dashboards.
// https://docs.lightdash.com/self-host/customize-deployment/environment-variables (from memory, not fetched).

function lightdashLog(rng) {
  const render = (e) =>
    e.ld.map((o) =>
      JSON.stringify({
        level: o.level ?? 'info',
        message: o.message,
        timestamp: iso(e.t),
        serviceName: 'lightdash-backend',
        ...(o.extra ?? {}),
      }),
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ ld: [{ level: 'http', message: `GET /api/v1/projects/${rng.uuid()}/explores 200 - ${rng.int(20, 900)} ms` }] }),
      () => ({ ld: [{ message: `Scheduler job daily-ridership completed in ${rng.int(800, 9000)} ms` }] }),
      () => ({ ld: [{ level: 'debug', message: `Compiled query for explore cliff_railway_trips (${rng.int(1, 30)} dimensions)` }] }),
      () => ({ ld: [{ level: 'http', message: `POST /api/v1/saved/${rng.uuid()}/results 200 - ${rng.int(40, 3000)} ms` }] }),
    ])();
  const PROJ = rng.uuid();
  const steps = [
    2,
    plant(
      'negative',
      'lightdash-query-uuid',
      'none',
      "A query's uuid Lightdash logs with its warehouse timing: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            ld: [{ message: 'Warehouse query finished', extra: { queryUuid: id, warehouse: 'postgres', durationMs: rng.int(40, 4000) } }],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'lightdash-generated-embed-url-jwt',
      'error',
      "The backend logs the embed URL it generated for the station display (`/embed/<project uuid>#<JWT>`), at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(0, 5),
          jti: true,
          claims: { content: { type: 'dashboard', dashboardUuid: rng.uuid() }, user: { externalId: 'station-display-top' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { ld: [{ level: 'debug', message: `Generated embed url https://lightdash.${FT}/embed/${PROJ}#${token}` }] },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'lightdash-scheduler-slack-workflow-trigger',
      'error',
      WHY.webhook(
        "A Slack Workflow Builder trigger (`hooks.slack.com/triggers/<team>/<id>/<secret>`) set as a scheduled delivery's webhook target; the scheduler's error writes it",
      ),
      ({ rng }) => {
        const sec = rng.hex(32);
        return {
          value: sec,
          event: {
            ld: [
              {
                level: 'error',
                message: `Failed to send scheduled delivery 'Weekly ridership' to https://hooks.slack.com/triggers/T${upperNum(rng, 10)}/${digits(rng, 13)}/${sec}: 404 Not Found`,
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'lightdash-debug-request-headers-apikey-ldpat',
      'error',
      "A debug line of the API middleware writes the request's headers, `authorization: ApiKey ldpat_<hex>` (a personal access token of the dbt sync job) included.",
      ({ rng }) => {
        const tok = `ldpat_${rng.hex(32)}`;
        return {
          value: tok,
          event: {
            ld: [
              {
                level: 'debug',
                message: 'Incoming request',
                extra: {
                  method: 'POST',
                  url: `/api/v1/projects/${PROJ}/refresh`,
                  headers: { authorization: `ApiKey ${tok}`, 'content-type': 'application/json', 'user-agent': 'lightdash-cli/0.1470.0' },
                },
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'lightdash-client-error-report-url-fragment',
      'error',
      "The frontend reports an error with the page's address, and the address it landed on after the old identity provider's implicit flow still carries `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(46);
        return {
          value: at,
          event: {
            ld: [
              {
                level: 'warn',
                message: 'Client error reported',
                extra: {
                  error: 'ChunkLoadError: Loading chunk 412 failed',
                  url: `https://lightdash.${FT}/login#access_token=${at}&token_type=Bearer&expires_in=3600`,
                },
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'lightdash-sentry-trace-header',
      'none',
      'A `sentry-trace` header value (`<trace id>-<span id>-<sampled>`) logged with a slow request: a trace id, no credential.',
      ({ rng }) => {
        const v = `${rng.hex(32)}-${rng.hex(16)}-1`;
        return {
          value: v,
          event: {
            ld: [
              {
                level: 'warn',
                message: 'Slow request',
                extra: { url: '/api/v1/dashboards', durationMs: rng.int(4000, 9000), 'sentry-trace': v },
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'lightdash-oidc-logout-id-token-hint-expired',
      'note',
      "Lightdash logs the end-session URL it redirects a user to on logout, `id_token_hint` included; that ID token (1 h, no jti) had expired 40 minutes before the line's UTC time: an expired credential part",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 6000 + rng.int(0, 60),
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://sso.${FT}`, aud: 'lightdash', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ld: [
              {
                message: `Redirecting to https://sso.${FT}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Flightdash.${FT}%2Flogin`,
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'lightdash-snowflake-oauth-refresh-failed',
      'error',
      `${WHY.refresh} The warehouse connection's OAuth refresh fails and the error message carries the refresh token it sent.`,
      ({ rng }) => {
        const rt = `ver:1-hint:${digits(rng, 10)}-ETMsDgAAA${rng.b64url(60)}`;
        return {
          value: rt,
          event: { ld: [{ level: 'error', message: `Warehouse OAuth refresh failed: invalid_grant (refresh_token=${rt})` }] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'lightdash' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// homebox.log: Homebox 0.17 (the clock repairer's parts and repairs inventory) with HBOX_LOG_FORMAT=text: zerolog's
// console writer, `<RFC 3339 local> <LVL> <message> <key>=<value>…`, the request logger at debug.
// https://homebox.software/en/configure-homebox (from memory, not fetched); notifiers are shoutrrr URLs
// (https://containrrr.dev/shoutrrr/services/gotify/, from memory).

function homeboxLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)}+01:00`;
  const render = (e) => e.hb.map(([lvl, msg]) => `${stamp(e.t)} ${lvl} ${msg}`);
  const req = (rng, method, path, status = 200) =>
    `request method=${method} path=${path} status=${status} latency=${rng.int(1, 90)}.${digits(rng, 3)}ms remote=${lan(rng, '10.21')}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        hb: [
          [
            'INF',
            req(
              rng,
              'GET',
              `/api/v1/items?labels=${rng.pick(['longcase', 'bracket', 'carriage', 'movement-parts'])}&page=${rng.int(1, 4)}`,
            ),
          ],
        ],
      }),
      () => ({ hb: [['INF', req(rng, 'PUT', `/api/v1/items/${rng.uuid()}`)]] }),
      () => ({
        hb: [
          [
            'DBG',
            `item updated name="${rng.pick(['Fusee chain', 'Suspension spring', 'Mainspring 2.2mm', 'Verge escapement'])}" quantity=${rng.int(0, 30)}`,
          ],
        ],
      }),
      () => ({ hb: [['INF', req(rng, 'GET', '/api/v1/status')]] }),
    ])();
  const steps = [
    {
      raw: {
        hb: [
          ['INF', 'starting server version=0.17.2 commit=unknown'],
          ['INF', 'Server is running on 0.0.0.0:7745'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'homebox-attachment-sha256',
      'none',
      'The SHA-256 of an uploaded attachment (a repair photo) in a debug line: a content hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { hb: [['DBG', `attachment stored type=photo sha256=${h} size=${rng.int(90000, 900000)}`]] } };
      },
    ),
    3,
    plant(
      'webhook',
      'homebox-notifier-shoutrrr-gotify-url',
      'error',
      WHY.webhook(
        "A Gotify application token in a shoutrrr notifier URL (`gotify://<host>/<token>`) the workshop set up for maintenance reminders; the notifier's error writes the URL",
      ),
      ({ rng }) => {
        const tok = `A${rng.alnum(14)}`;
        return {
          value: tok,
          event: {
            hb: [
              [
                'ERR',
                `failed to send notification error="dial tcp: lookup gotify.${FT}: i/o timeout" notifier=gotify://gotify.${FT}/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'homebox-request-register-invite-token',
      'error',
      WHY.pathSecret("A group invitation link (`/register?token=<token>`) opened by the new apprentice, in the request logger's path"),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { hb: [['INF', req(rng, 'GET', `/register?token=${tok}`)]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'homebox-request-attachment-access-token-query',
      'error',
      "The web UI loads attachment images with the user's API token in the query (`?access_token=<token>`, an `<img>` cannot send a header), and the request logger writes the path: the token is the user's session credential.",
      ({ rng }) => {
        const tok = rng.b64url(44);
        return {
          value: tok,
          event: { hb: [['INF', req(rng, 'GET', `/api/v1/items/${rng.uuid()}/attachments/${rng.uuid()}?access_token=${tok}`)]] },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'homebox-debug-request-body-login-password',
      'error',
      'A debug line dumps the body of a failed login, `password` included.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            hb: [
              ['DBG', `request body path=/api/v1/users/login body={"username":"tom@${FT}","password":"${pw}","stayLoggedIn":true}`],
              ['WRN', 'login failed reason="invalid credentials"'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'homebox-x-request-id',
      'none',
      "The reverse proxy's `X-Request-Id` in a warning: a request id, no credential.",
      ({ rng }) => {
        const id = rng.hex(24);
        return {
          value: id,
          event: { hb: [['WRN', `slow request path=/api/v1/items/export request_id=${id} latency=${rng.int(2000, 9000)}ms`]] },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'homebox-label-service-payload-base64url-json',
      'error',
      'The label maker service is called with a `payload=` of base64url JSON holding the printer service\'s key (`{"printer":…,"key":…}`), and the error writes the URL.',
      ({ rng }) => {
        const p = b64urlOf(JSON.stringify({ printer: 'brother-ql-820', key: rng.alnum(32), size: '62x29' }));
        return {
          value: p,
          event: { hb: [['ERR', `label service request failed url=https://labels.${FT}/print?payload=${p} status=502`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'homebox' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// rt.log: Request Tracker 5.0's log file (`Set($LogToFile, 'debug')`; local time, BST, no zone):
// `[<pid>] [<Day Mon DD HH:MM:SS YYYY>] [<level>]: <message> (<file>:<line>)`, the boaters' enquiries queue.
// https://docs.bestpractical.com/rt/5.0.7/RT_Config.html#Logging (from memory, not fetched).

function rtLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + BST * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
  };
  const render = (e) => e.rt.map(([lvl, msg, where]) => `[${e.pid ?? rng.int(2100, 2190)}] [${stamp(e.t)}] [${lvl}]: ${msg} (${where})`);
  const msgid = (rng) =>
    `<rt-5.0.7-${rng.int(2100, 2190)}-${Math.floor(DAY0 / 1000) + rng.int(0, 80000)}-${rng.int(100, 999)}.${rng.int(1, 9)}-${rng.int(3, 9)}-0@${FT}>`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        rt: [
          [
            'info',
            `${msgid(rng)} #${rng.int(1200, 1400)}/${rng.int(9000, 9999)} - Scrip ${rng.int(1, 9)} On Create Autoreply To Requestors`,
            '/opt/rt5/sbin/../lib/RT/Action/SendEmail.pm:327',
          ],
        ],
      }),
      () => ({
        rt: [
          [
            'info',
            `${msgid(rng)} sent  To: ${rng.pick(['moorings', 'locks', 'stoppages'])}@${FT}`,
            '/opt/rt5/sbin/../lib/RT/Action/SendEmail.pm:328',
          ],
        ],
      }),
      () => ({
        rt: [
          [
            'debug',
            `Ticket ${rng.int(1200, 1400)} queue Boaters status changed from new to open`,
            '/opt/rt5/sbin/../lib/RT/Ticket.pm:2711',
          ],
        ],
      }),
      () => ({
        rt: [
          [
            'info',
            `Successful login for lockkeeper${rng.int(1, 4)} from ${lan(rng, '10.22')}`,
            '/opt/rt5/sbin/../lib/RT/Interface/Web.pm:875',
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'rt-message-id',
      'none',
      "RT's generated Message-ID (`<rt-<version>-<pid>-<epoch>-<n>.<n>-<n>-0@<domain>>`): a mail identifier, no credential.",
      ({ rng }) => {
        const m = msgid(rng);
        return {
          value: m.slice(1, -1),
          event: {
            rt: [
              [
                'info',
                `${m} #1311/9472 - Scrip 4 On Correspond Notify Owner and AdminCcs`,
                '/opt/rt5/sbin/../lib/RT/Action/SendEmail.pm:327',
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'rt-warning-rt-sid-cookie',
      'error',
      WHY.session('RT warns that a session cookie (`RT_SID_<site>.443=<32 hex>`) comes from another address, and writes it'),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: {
            rt: [
              [
                'warning',
                `RT_SID_${FT}.443=${sid} presented from ${pub(rng)}, session created for ${lan(rng, '10.22')}`,
                '/opt/rt5/sbin/../lib/RT/Interface/Web/Session.pm:226',
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'rt-scrip-booking-api-url-svc-key',
      'error',
      `${WHY.apiKey('svc_key')} A custom scrip books a lock passage on the booking system with the key in the query; its error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            rt: [
              [
                'error',
                `Scrip 12 (Book passage) failed: 503 Service Unavailable for https://bookings.${FT}/api/passages?lock=21&date=2027-10-08&svc_key=${key}`,
                '/opt/rt5/local/lib/RT/Action/BookPassage.pm:58',
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'rt-rest2-query-cursor',
      'none',
      'A REST2 search with paging (`page=2&per_page=50`) and a TicketSQL query: no credential.',
      ({ rng }) => {
        const q = `Queue%3D%27Boaters%27%20AND%20Created%3E%272027-10-0${rng.int(1, 5)}%27`;
        return {
          value: q,
          event: {
            rt: [['debug', `REST2 GET /REST/2.0/tickets?query=${q}&page=2&per_page=50`, '/opt/rt5/sbin/../lib/RT/REST2/Dispatcher.pm:77']],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'rt-rest2-callback-url-double-percent-encoded-key',
      'error',
      "A REST2 request from the booking system carries its callback URL percent-encoded twice, the booking API's `svc_key` inside (`%253Fsvc_key%253D<key>`).",
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            rt: [
              [
                'debug',
                `REST2 POST /REST/2.0/ticket?callback=https%253A%252F%252Fbookings.${FT}%252Fhooks%252Frt%253Fsvc_key%253D${key}`,
                '/opt/rt5/sbin/../lib/RT/REST2/Dispatcher.pm:77',
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'rt' }, filler, render, steps: widen(steps, 4) });
}

// =====================================================================================================================
// Famiglia Caduff SA (Romansh; Silvaplauna: CEST, UTC+2)
// =====================================================================================================================

const CD = 'caduff.example';

// ---------------------------------------------------------------------------------------------------------------------
// documenso.log: `docker logs -t documenso` of Documenso 1.9 (the kite school's liability waivers): Docker's RFC 3339
// prefix on each line of Next.js' server output, next-auth's `[next-auth][debug][…]` messages (NEXTAUTH debug on) and the
// app's own lines, objects printed by util.inspect over several lines.
// https://docs.documenso.com/developers/self-hosting (from memory, not fetched); next-auth's debug output from memory.

function documensoLog(rng) {
  const render = (e) => {
    const ts = dockerStamps(rng, e.t);
    return e.dc.flatMap((x) => x.split('\n')).map((x, i) => `${ts(i)} ${x}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ dc: [`[JOBS]: Job send.signing.status.email completed (${rng.int(40, 900)}ms)`] }),
      () => ({ dc: [`[DOCUMENT]: Document ${rng.int(300, 900)} suttascrit da tuts ils destinaturs`] }),
      () => ({ dc: [` GET /api/trpc/document.findDocuments?batch=1 200 in ${rng.int(20, 400)}ms`] }),
      () => ({ dc: [`[WEBHOOK]: No webhooks for event DOCUMENT_OPENED (team ${rng.int(1, 3)})`] }),
    ])();
  const steps = [
    { raw: { dc: ['  ▲ Next.js 14.2.6', '  - Local:        http://localhost:3000', '', ' ✓ Ready in 812ms'] }, after: 0 },
    2,
    plant(
      'negative',
      'documenso-next-auth-csrf-token',
      'none',
      "next-auth's `csrfToken` (its double-submit cookie value) in a debug line: no credential.",
      ({ rng }) => {
        const v = rng.hex(64);
        return { value: v, event: { dc: [`[next-auth][debug][CSRF] { csrfToken: '${v}' }`] } };
      },
    ),
    3,
    plant(
      'id-token',
      'documenso-next-auth-debug-oauth-callback-id-token',
      'error',
      "next-auth's debug output prints the OpenID Connect callback's account over several lines; the `id_token` line (1 h, no jti) is live at Docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 20),
          alg: 'RS256',
          kid: rng.hex(10),
          claims: { iss: `https://login.${CD}/realms/kite`, aud: 'documenso', sub: rng.uuid(), email: `instructura@${CD}` },
        });
        const rt = rng.b64url(64);
        return {
          marks: [
            { value: token, jwt: facts },
            {
              value: rt,
              category: 'refresh-token',
              kind: 'documenso-next-auth-debug-oauth-callback-refresh-token',
              expect: 'error',
              why: `${WHY.refresh} The same next-auth debug dump prints the account's \`refresh_token\` two lines on.`,
            },
          ],
          event: {
            dc: [
              `[next-auth][debug][OAUTH_CALLBACK_RESPONSE] {\n  profile: { sub: '${rng.uuid()}', email: 'instructura@${CD}', name: 'Ladina Caduff' },\n  account: {\n    provider: 'oidc',\n    type: 'oauth',\n    providerAccountId: '${rng.uuid()}',\n    id_token: '${token}',\n    expires_at: ${Math.floor(t / 1000) + 300},\n    refresh_token: '${rt}',\n    token_type: 'Bearer',\n    scope: 'openid email profile'\n  }\n}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'documenso-jobs-signing-link',
      'error',
      WHY.pathSecret("The signing request job logs the recipient's signing link (`/sign/<token>`), the kite student's waiver"),
      ({ rng }) => {
        const tok = rng.b64url(21);
        return {
          value: tok,
          event: {
            dc: [
              `[JOBS]: send.signing.requested.email: dumonda da suttascriver tramessa a gion.p@example.net signUrl=https://sign.${CD}/sign/${tok}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'documenso-webhook-call-failed-home-assistant',
      'error',
      WHY.webhook(
        "A Home Assistant webhook (`/api/webhook/<id>`) the school set as a team webhook, which lights the lesson board when a waiver is signed; the failed call's line writes the URL",
      ),
      ({ rng }) => {
        const id = `scola-kite-${rng.b64url(24)}`;
        return {
          value: id,
          event: { dc: [`[WEBHOOK]: Failed to call webhook https://ha.${CD}/api/webhook/${id} for DOCUMENT_COMPLETED: fetch failed`] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'documenso-envelope-id',
      'none',
      "A document's envelope id (`envelope_<21 characters>`): an identifier, no credential.",
      ({ rng }) => {
        const id = `envelope_${rng.alnum(21)}`;
        return { value: id, event: { dc: [`[DOCUMENT]: Sealing ${id} (3 pagina)`] } };
      },
    ),
    3,
    plant(
      'header-dump',
      'documenso-api-request-headers-inspect-api-token',
      'error',
      "The public API route logs the request's headers with util.inspect; `authorization` holds the booking system's Documenso API token (`api_<…>`).",
      ({ rng }) => {
        const tok = `api_${rng.lowerNum(16)}`;
        return {
          value: tok,
          event: {
            dc: [
              `[API]: POST /api/v1/templates/7/generate-document headers { authorization: '${tok}', 'content-type': 'application/json', 'user-agent': 'reservaziuns/2.3' }`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'documenso-team-invite-link',
      'error',
      WHY.pathSecret('A team invitation link (`/team/invite/<token>`) for a new instructor, printed by the mail job'),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            dc: [
              `[JOBS]: send.team-member-invite.email: invitaziun per ils instructurs tramessa, link https://sign.${CD}/team/invite/${tok}`,
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'documenso' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// conduit.log: `journalctl -u conduit -o cat` of Conduit 0.9 (the chess club's Matrix homeserver) with
// `log = "warn,conduit=debug,conduit::api::ruma_wrapper=trace"`: tracing-subscriber's full format,
// `<RFC 3339 µs Z> <LEVEL> <target>: <message> <fields>`.
// https://docs.conduit.rs/configuration.html (from memory, not fetched).

function conduitLog(rng) {
  const render = (e) => e.cn.map(([lvl, target, msg]) => `${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z ${lvl.padStart(5)} ${target}: ${msg}`);
  const RW = 'conduit::api::ruma_wrapper::axum';
  const user = (rng) => `@${rng.pick(['gion', 'ladina', 'flurin', 'seraina', 'men', 'curdin'])}:schah.${CD}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        cn: [
          [
            'DEBUG',
            RW,
            `request method=GET uri=/_matrix/client/v3/sync?since=s${rng.int(1000, 9999)}_${rng.int(100, 999)}&timeout=30000 user=${user(rng)}`,
          ],
        ],
      }),
      () => ({
        cn: [['DEBUG', 'conduit::service::rooms::timeline', `appended pdu room=!${rng.alnum(18)}:schah.${CD} type=m.room.message`]],
      }),
      () => ({ cn: [[' WARN', 'conduit::service::sending', `Could not send transaction to matrix.example.org: Connection timed out`]] }),
      () => ({
        cn: [
          [
            'DEBUG',
            RW,
            `request method=PUT uri=/_matrix/client/v3/rooms/!${rng.alnum(18)}:schah.${CD}/send/m.room.message/${rng.int(1, 999)} user=${user(rng)}`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'conduit-event-id',
      'none',
      'A Matrix event id (`$<43 base64url>`): an identifier of one event, no credential.',
      ({ rng }) => {
        const id = `$${rng.b64url(43)}`;
        return {
          value: id,
          event: { cn: [['DEBUG', 'conduit::service::rooms::timeline', `redacting event ${id} by @moderatur:schah.${CD}`]] },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'conduit-request-uri-access-token-query',
      'error',
      'An old bot of the club sends its Matrix access token in the query (`?access_token=<token>`, which the client-server API still accepts), and the request span writes the URI: a long-lived account credential.',
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            cn: [
              [
                'DEBUG',
                RW,
                `request method=GET uri=/_matrix/client/v3/rooms/!${rng.alnum(18)}:schah.${CD}/messages?dir=b&limit=50&access_token=${tok} user=@bot-partidas:schah.${CD}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'conduit-trace-refresh-request-body',
      'error',
      `${WHY.refresh} The trace level of the request wrapper writes the body of \`POST /_matrix/client/v3/refresh\`, the client's refresh token.`,
      ({ rng }) => {
        const rt = rng.alnum(40);
        return { value: rt, event: { cn: [['TRACE', RW, `body={"refresh_token":"${rt}"} uri=/_matrix/client/v3/refresh`]] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'conduit-preview-url-percent-encoded-fragment',
      'error',
      'A member pasted a link with `#access_token=…` into the club room, and the client asked for its preview: the request span writes `preview_url?url=` with the fragment percent-encoded (`%23access_token%3D…`).',
      ({ rng }) => {
        const at = rng.alnum(40);
        return {
          value: at,
          event: {
            cn: [
              [
                'DEBUG',
                RW,
                `request method=GET uri=/_matrix/media/v3/preview_url?url=https%3A%2F%2Fturnier.${CD}%2Fapp%2F%23access_token%3D${at}%26token_type%3DBearer&ts=${Math.floor(DAY0 / 1000)}000 user=${user(rng)}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'conduit-trace-appservice-request-debug-authorization',
      'error',
      'Sending a transaction to the club\'s lichess bridge (an appservice), the trace level prints the `http::Request` with Rust\'s `{:?}`: `headers: {"authorization": "Bearer <hs_token>", …}`, the homeserver\'s token for the appservice.',
      ({ rng }) => {
        const tok = rng.alnum(64);
        return {
          value: tok,
          event: {
            cn: [
              [
                'TRACE',
                'conduit::service::appservice',
                `Request { method: PUT, uri: http://bridge-lichess:9000/_matrix/app/v1/transactions/${rng.int(100, 999)}, version: HTTP/1.1, headers: {"content-type": "application/json", "authorization": "Bearer ${tok}"}, body: Body(Full(b"{\\"events\\":[]}")) }`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'conduit-transaction-id',
      'none',
      "A client's transaction id in a send request (`/send/m.room.message/<txnId>`): an idempotency key, no credential.",
      ({ rng }) => {
        const id = `m${Math.floor(DAY0 / 1000)}${digits(rng, 3)}.${rng.int(0, 40)}`;
        return {
          value: id,
          event: {
            cn: [
              [
                'DEBUG',
                RW,
                `request method=PUT uri=/_matrix/client/v3/rooms/!${rng.alnum(18)}:schah.${CD}/send/m.room.message/${id} user=${user(rng)}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'conduit' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// indico.log: Indico 3.3's `indico.log` (the chess club's tournaments and registrations; logging.yaml's default file
// format, local time, CEST, no zone): `<asctime>  <LEVEL, 7 wide>  <request id>  <user id, 6 wide>  <logger, 25 wide> <message>`.
// https://docs.getindico.io/en/stable/config/logging/ (from memory, not fetched); the HTTP API's `ak=`/`signature=`
// from https://docs.getindico.io/en/stable/http-api/access/ (from memory).

function indicoLog(rng) {
  const render = (e) =>
    e.ix.map(
      ([lvl, logger, msg]) =>
        `${ymdHmsAt(e.t, CEST)},${iso(e.t).slice(20, 23)}  ${lvl.padEnd(7)}  ${rng.hex(16)}  ${String(e.uid ?? rng.pick(['', '12', '47', '118'])).padEnd(6)}  ${logger.padEnd(25)} ${msg}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ ix: [['INFO', 'indico.rh', `GET /event/${rng.int(10, 14)}/timetable/ 200`]] }),
      () => ({
        ix: [['INFO', 'indico.emails', `Mail tramess: "Turnier da schah ${rng.pick(['blitz', 'rapid', 'classic'])}: confermaziun"`]],
      }),
      () => ({ ix: [['INFO', 'indico.event.registration', `Registration ${rng.int(100, 180)} modified in event ${rng.int(10, 14)}`]] }),
      () => ({ ix: [['DEBUG', 'indico.celery', `Task indico.core.emails.send_email[${rng.uuid()}] succeeded`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'indico-form-csrf-token',
      'none',
      "A form's `csrf_token` in a validation warning: a form token, no credential.",
      ({ rng }) => {
        const v = rng.uuid();
        return {
          value: v,
          event: { ix: [['WARNING', 'indico.rh', `Form validation failed: {'email': ['Adressa nunvalaivla']} csrf_token=${v}`]] },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'indico-multipass-login-failed-code',
      'warning',
      `${WHY.code} Members sign in with their lichess account; a failed callback is logged with its URL (\`/login/lichess/?code=…&state=…\`).`,
      ({ rng }) => {
        const code = `liu_${rng.alnum(32)}`;
        return {
          value: code,
          event: {
            ix: [
              [
                'WARNING',
                'indico.auth',
                `Login failed via lichess: MultipassException('invalid_grant') on GET /login/lichess/?code=${code}&state=${rng.b64url(30)}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'indico-registration-link-token',
      'error',
      WHY.pathSecret(
        "A registration's management link (`/event/<id>/registrations/<form>/?token=<uuid>`), which lets the player change or withdraw the registration",
      ),
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: {
            ix: [
              [
                'INFO',
                'indico.event.registration',
                `Registraziun 141 (Flurin Caduff) creada; link https://turnier.${CD}/event/12/registrations/31/?token=${tok}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'indico-checkin-secret-first',
      'note',
      WHY.ticketFirst(
        "A player's ticket QR (`checkin_secret`) scanned at the tournament hall's entrance by the check-in app; the club's check-in hook logs the secret and the scanner's address. The ticket is",
      ),
      ({ rng, t }) => {
        const s = rng.uuid();
        firstUse.checkin = t;
        return {
          value: s,
          event: {
            ix: [['INFO', 'indico.plugin.schah', `Check-in registraziun 141 checkin_secret=${s} scanner=entrada-1 from 203.0.113.41`]],
          },
        };
      },
      { ref: 'checkin' },
    ),
    2,
    plant(
      'replay',
      'indico-checkin-secret-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('checkin').value,
            why: `${WHY.replay('checkin_secret', gap('checkin', t))} Another scanner at another address checked the same ticket in and the hook accepted it: a copied ticket let a second person in.`,
          },
        ],
        event: {
          ix: [
            [
              'INFO',
              'indico.plugin.schah',
              `Check-in registraziun 141 checkin_secret=${refs.get('checkin').value} scanner=entrada-2 from 198.51.100.77`,
            ],
          ],
        },
      }),
      { replayOf: 'checkin', after: 96 },
    ),
    3,
    plant(
      'webhook',
      'indico-plugin-hookshot-webhook',
      'error',
      WHY.webhook(
        "A matrix-hookshot generic webhook (`/webhook/<id>`) the club's plugin posts results to; the plugin's error writes the URL",
      ),
      ({ rng }) => {
        const id = rng.b64url(32);
        return {
          value: id,
          event: { ix: [['ERROR', 'indico.plugin.schah', `Publitgar resultats failed: POST https://hookshot.${CD}/webhook/${id} -> 502`]] },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'indico-sessions-cookie-new-ip',
      'error',
      WHY.session("Indico's session cookie (`indico_session`) written by a warning about a session resumed from a new address"),
      ({ rng }) => {
        const sid = rng.uuid();
        return {
          value: sid,
          event: {
            ix: [
              [
                'WARNING',
                'indico.sessions',
                `Session indico_session=${sid} resumed from 198.51.100.${rng.int(2, 250)} (was ${lan(rng, '10.30')})`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'indico-http-api-ak-signed-url',
      'error',
      `${WHY.apiKey('ak')} The results board fetches the tournament feed with a signed HTTP API URL (\`ak=<api key>&signature=…&timestamp=…\`); the key stays valid after the signed request expires.`,
      ({ rng }) => {
        const ak = rng.uuid();
        return {
          value: ak,
          event: {
            ix: [
              [
                'INFO',
                'indico.rh',
                `GET /export/event/12.json?detail=contributions&ak=${ak}&signature=${rng.hex(40)}&timestamp=${Math.floor(DAY0 / 1000) + 50000} 200`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'indico-celery-task-id',
      'none',
      'A Celery task id (a uuid) for a reminder e-mail: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { ix: [['INFO', 'indico.celery', `Scheduled task indico.modules.events.reminders.tasks.send_event_reminders[${id}]`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'indico' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// lemmy.log: `docker logs lemmy` of Lemmy 0.19 (the valley's community forum, run by the cable car), RUST_LOG=
// "warn,lemmy_server=info,lemmy_api=debug,lemmy_api_common=debug": tracing-subscriber's full format,
// `<RFC 3339 µs Z>  <LEVEL> <target>: <message>`.
// https://join-lemmy.org/docs/administration/troubleshooting.html (from memory, not fetched).

function lemmyLog(rng) {
  const render = (e) => e.lm.map(([lvl, target, msg]) => `${iso(e.t).slice(0, 23)}${digits(rng, 3)}Z ${lvl.padStart(5)} ${target}: ${msg}`);
  const IN = `forum.${CD}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lm: [[' INFO', 'lemmy_server::scheduled_tasks', 'Updating active site and community aggregates ...']] }),
      () => ({ lm: [[' WARN', 'lemmy_server::root_span_builder', `NotFound: Record not found`]] }),
      () => ({
        lm: [
          [
            'DEBUG',
            'lemmy_api::post',
            `post ${rng.int(100, 900)} in !pendiculara@${IN}: "${rng.pick(['Stadi dal vent', 'Revisiun da la pendiculara', 'Uras da fanestra'])}"`,
          ],
        ],
      }),
      () => ({ lm: [[' INFO', 'lemmy_server::scheduled_tasks', 'Done.']] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'lemmy-pictrs-image-alias',
      'none',
      'A pict-rs image alias (`/pictrs/image/<uuid>.jpeg`) in a thumbnail line: an image name, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { lm: [['DEBUG', 'lemmy_api_common::request', `thumbnail stored https://${IN}/pictrs/image/${id}.jpeg`]] },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'lemmy-password-reset-email-failed-link',
      'error',
      WHY.pathSecret("Lemmy's password reset link (`/password_change/<token>`), written when the mail could not be sent"),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            lm: [
              [
                ' WARN',
                'lemmy_api_common::utils',
                `Failed to send password reset email to men.p@example.net (smtp timeout): https://${IN}/password_change/${tok}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'lemmy-debug-auth-cookie-jwt-no-exp',
      'error',
      "Lemmy's login token is a JWT without `exp`, sent in the `jwt` cookie; a debug line of the session middleware writes the cookie: it is the user's session until it is revoked",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 3, 86400 * 40), claims: { sub: String(rng.int(2, 900)), iss: IN } });
        return {
          value: token,
          jwt: facts,
          event: { lm: [['DEBUG', 'lemmy_api_common::utils', `local_user_view_from_jwt: cookie jwt=${token}`]] },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'lemmy-oauth-redirect-rejected-fragment',
      'error',
      "An OAuth provider answered with the implicit flow, and Lemmy's warning writes the redirect it rejected, `#access_token=…` included.",
      ({ rng }) => {
        const at = rng.b64url(44);
        return {
          value: at,
          event: {
            lm: [
              [
                ' WARN',
                'lemmy_api::oauth',
                `Unexpected OAuth redirect https://${IN}/oauth/callback#access_token=${at}&token_type=bearer&state=${rng.alnum(16)}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'lemmy-link-metadata-fetch-embed-jwt',
      'error',
      "A member posts the cable car's live webcam embed link (`/embed/<JWT>`) and Lemmy's link-metadata fetch fails, writing the URL; the token (24 h, no jti) is live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 7200),
          claims: { iss: `https://webcam.${CD}`, cam: 'staziun-sura', sub: 'forum' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            lm: [
              [
                ' WARN',
                'lemmy_api_common::request',
                `Failed to fetch link metadata for https://webcam.${CD}/embed/${token}: error sending request`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'lemmy-verify-email-link',
      'error',
      WHY.pathSecret("Lemmy's e-mail verification link (`/verify_email/<token>`), written by a debug line of the registration"),
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: { lm: [['DEBUG', 'lemmy_api::local_user', `registraziun: e-mail da verificaziun https://${IN}/verify_email/${tok}`]] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'lemmy-activitypub-activity-id',
      'none',
      'An ActivityPub activity id (`/activities/like/<uuid>`) in a federation warning: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            lm: [
              [
                ' WARN',
                'activitypub_federation::activity_sending',
                `Failed to send https://${IN}/activities/like/${id} to https://lemmy.example.org/inbox: Request limit was reached`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'lemmy' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// mathesar.log: `docker logs -t mathesar_service` of Mathesar 0.2 (the cable car's inspection records): Docker's RFC 3339
// prefix, gunicorn's error log (`[<date> +0000] [<pid>] [<LEVEL>] <message>`) and Django's log lines
// (`<LEVEL> <date> <logger> <message>`).
// https://docs.mathesar.org/ (from memory, not fetched).

function mathesarLog(rng) {
  const render = (e) => {
    const ts = dockerStamps(rng, e.t);
    return e.mt.map(
      (x, i) => `${ts(i)} ${typeof x === 'string' ? x : `${x[0]} ${ymdHmsAt(e.t, 0)},${iso(e.t).slice(20, 23)} ${x[1]} ${x[2]}`}`,
    );
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        mt: [
          [
            'INFO',
            'django.server',
            `"GET /api/db/v0/tables/${rng.int(10, 90)}/records/?limit=500&offset=${rng.int(0, 9) * 500} HTTP/1.1" 200 ${rng.int(900, 90000)}`,
          ],
        ],
      }),
      () => ({ mt: [['INFO', 'django.server', `"POST /api/ui/v0/records/ HTTP/1.1" 201 ${rng.int(100, 900)}`]] }),
      () => ({
        mt: [
          `[${ymdHmsAt(t, 0)} +0000] [1] [WARNING] Worker with pid ${rng.int(7, 12)} was terminated due to signal 9`,
          `[${ymdHmsAt(t, 0)} +0000] [${rng.int(13, 40)}] [INFO] Booting worker with pid: ${rng.int(13, 40)}`,
        ],
      }),
      () => ({ mt: [['INFO', 'mathesar.imports', `Import revisiun_cabina_${rng.int(1, 12)}.csv: ${rng.int(20, 400)} lingias`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'mathesar-csrftoken-cookie',
      'none',
      "Django's `csrftoken` cookie in a CSRF failure warning: no credential.",
      ({ rng }) => {
        const v = rng.alnum(32);
        return {
          value: v,
          event: {
            mt: [
              [
                'WARNING',
                'django.security.csrf',
                `Forbidden (CSRF token from the 'X-CSRFToken' HTTP header incorrect.): /api/db/v0/tables/ csrftoken=${v}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'mathesar-django-not-found-shared-table-link',
      'error',
      WHY.pathSecret(
        "A shared table link (`/shares/tables/<uuid>/`) the inspectors send to the lift manufacturer, in Django's `Not Found:` warning after the share was moved",
      ),
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { mt: [['WARNING', 'django.request', `Not Found: /shares/tables/${id}/`]] } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'mathesar-django-querydict-login-password',
      'error',
      "A debug line of the login view prints `request.POST` as Django's QueryDict (`<QueryDict: {'username': […], 'password': ['…']}>`).",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            mt: [
              [
                'DEBUG',
                'mathesar.views',
                `login POST <QueryDict: {'username': ['inspectur'], 'password': ['${pw}'], 'next': ['/db/pendiculara/']}>`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'mathesar-bad-request-base64-json-connection',
      'error',
      'A bad request to the connections API is logged with its `payload=` query, base64 JSON of a database connection with its `password`.',
      ({ rng }) => {
        const p = b64Of(
          JSON.stringify({ host: `db.${CD}`, port: 5432, user: 'inspecziun', password: rng.alnum(18), database: 'pendiculara' }),
        );
        return { value: p, event: { mt: [['WARNING', 'django.request', `Bad Request: /api/ui/v0/connections/?payload=${p}`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'mathesar-import-requests-error-clav',
      'error',
      `${WHY.apiKey('clav')} ("key") A scheduled import pulls the rope tension readings from the manufacturer's API with the key in the query; the requests error writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            mt: [
              [
                'ERROR',
                'mathesar.imports',
                `Import da las mesiraziuns failed: HTTPSConnectionPool(host='api.seilbahn-service.example', port=443): Max retries exceeded with url: /v2/lecturas?cabina=1&clav=${key} (Caused by ConnectTimeoutError)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant('negative', 'mathesar-table-oid', 'none', "A table's OID in a records request: an identifier, no credential.", ({ rng }) => {
      const oid = String(rng.int(2000000, 2999999));
      return {
        value: `/tables/${oid}/`,
        event: { mt: [['INFO', 'django.server', `"GET /api/db/v0/tables/${oid}/columns/ HTTP/1.1" 200 ${rng.int(900, 9000)}`]] },
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'mathesar' }, filler, render, steps: widen(steps, 3) });
}

// =====================================================================================================================
// Famile Delvaux (Walloon; Nameur: CEST, UTC+2)
// =====================================================================================================================

const DV = 'delvaux.example';

// ---------------------------------------------------------------------------------------------------------------------
// deconz.log: deCONZ 2.28 (the galleries' Zigbee gateway: humidity, CO2 and misting valves) started with
// `--dbg-info=1 --dbg-http=1` and its output kept in a file: `HH:MM:SS:mmm <message>` (local time of day, CEST, no
// date), the REST API's `/api/<apikey>/…` paths, the HTTP debug lines.
// https://dresden-elektronik.github.io/deconz-rest-doc/ (from memory, not fetched); the debug line layout from memory.

function deconzLog(rng) {
  const render = (e) => e.dz.map((m) => `${local(e.t, CEST).slice(11, 19)}:${iso(e.t).slice(20, 23)} ${m}`);
  const KEY = upperNum(rng, 10);
  const filler = (rng) =>
    rng.pick([
      () => ({
        dz: [`ZCL attribute report 0x00158D00${rng.hex(8).toUpperCase()} for cluster: 0x0405, ep: 0x01 (umiditè ${rng.int(85, 97)}%)`],
      }),
      () => ({ dz: [`ZCL attribute report 0x00158D00${rng.hex(8).toUpperCase()} for cluster: 0x040D, ep: 0x01`] }),
      () => ({
        dz: [
          `Websocket ${lan(rng, '192.168')}:${rng.int(40000, 60000)} send message: {"e":"changed","id":"${rng.int(2, 40)}","r":"sensors","t":"event"} (ret = ${rng.int(60, 140)})`,
        ],
      }),
      () => ({ dz: [`Device TTL ${rng.int(1000, 9000)} s flags: 0x7`] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'deconz-ieee-address',
      'none',
      'A Zigbee IEEE address (`0x00158d00…`) in a device announcement: a hardware address, no credential.',
      ({ rng }) => {
        const a = `0x00158d00${rng.hex(8)}`;
        return { value: a, event: { dz: [`device announce ${a} (0x${rng.hex(4).toUpperCase()}) mac capabilities 0x8E`] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'deconz-http-debug-rest-path-apikey',
      'error',
      "deCONZ's REST API takes its key as a path segment (`/api/<apikey>/sensors`), and the HTTP debug line writes the path with the client's address: the key of the farm's control panel, long-lived.",
      ({ rng }) => ({ value: KEY, event: { dz: [`HTTP API GET /api/${KEY}/sensors - ${lan(rng, '192.168')}`] } }),
    ),
    3,
    plant(
      'header-dump',
      'deconz-http-debug-authorization-basic',
      'error',
      "The Phoscon app asks for a new key with the gateway's login; the HTTP debug output writes the request's `Authorization: Basic <base64 of delight:password>`.",
      ({ rng }) => {
        const b = b64Of(`delight:${rng.alnum(12)}`);
        return { value: b, event: { dz: [`HTTP API POST /api - ${lan(rng, '192.168')}`, `	Authorization: Basic ${b}`] } };
      },
    ),
    3,
    plant(
      'negative',
      'deconz-bridgeid',
      'none',
      "The gateway's `bridgeid` (16 hex digits) in the config answer: an identifier, no credential.",
      ({ rng }) => {
        const id = `00212E${rng.hex(10).toUpperCase()}`;
        return { value: id, event: { dz: [`GW bridgeid ${id}, announce to https://phoscon.de/discover`] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'deconz-whitelist-apikey-last-used',
      'error',
      "The whitelist check writes another client's key with its name (`iobroker#tchampions`): a long-lived REST API key.",
      ({ rng }) => {
        const key = upperNum(rng, 10);
        return { value: key, event: { dz: [`apikey ${key} (iobroker#tchampions) last used ${local(DAY0, CEST).slice(0, 10)}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'deconz' }, filler, render, steps: widen(steps, 4) });
}

// ---------------------------------------------------------------------------------------------------------------------
// automatisch.log: `docker compose logs -t` of Automatisch 0.13 (the farm's automations): `<service>-1  | <RFC 3339
// nanoseconds Z> <winston line>`, the winston line `<level>: <message>` (LOG_LEVEL=debug), the main and worker services.
// https://automatisch.io/docs/advanced/configuration (from memory, not fetched).

function automatischLog(rng) {
  const render = (e) => {
    const ts = dockerStamps(rng, e.t);
    return e.au.map(([svc, lvl, msg], i) => `automatisch-${svc}-1  | ${ts(i)} ${lvl}: ${msg}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ au: [['main', 'http', `GET /graphql 200 ${rng.int(5, 200)}ms`]] }),
      () => ({ au: [['worker', 'info', `JOB ID: ${rng.int(10000, 99999)} - FLOW ID: ${rng.uuid()} has been completed!`]] }),
      () => ({ au: [['worker', 'debug', `Galerèye ${rng.int(1, 4)}: umiditè ${rng.int(85, 97)}%, nol aroke`]] }),
      () => ({ au: [['main', 'http', `POST /graphql 200 ${rng.int(5, 200)}ms`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'automatisch-flow-id',
      'none',
      "A flow's uuid in the worker's completion line: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { au: [['worker', 'info', `JOB ID: ${rng.int(10000, 99999)} - FLOW ID: ${id} has been completed!`]] } };
      },
    ),
    3,
    plant(
      'oauth-code',
      'automatisch-http-log-connection-callback-code',
      'warning',
      `${WHY.code} Connecting the sales spreadsheet, the OAuth callback page (\`/app/google-sheets/connections/add?code=…&state=…\`) is served by the main service and its HTTP log writes the query.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(60)}`;
        return {
          value: encodeURIComponent(code),
          event: {
            au: [
              [
                'main',
                'http',
                `GET /app/google-sheets/connections/add?code=${encodeURIComponent(code)}&state=${rng.b64url(40)}&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fspreadsheets 200 3ms`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'automatisch-debug-connection-token-refresh',
      'error',
      `${WHY.refresh} The debug line of the connection's token refresh writes the refresh token it sent.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(100)}`;
        return {
          value: rt,
          event: {
            au: [
              ['worker', 'debug', `Refreshing token for connection google-sheets: {"grant_type":"refresh_token","refresh_token":"${rt}"}`],
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'automatisch-debug-token-response-id-token',
      'error',
      "The next debug line writes the token endpoint's `id_token` (1 h, no jti), live at Docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(0, 3),
          alg: 'RS256',
          kid: rng.hex(20),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email: `botike@${DV}`,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { au: [['worker', 'debug', `Token response for google-sheets: id_token=${token} expires_in=3599`]] },
        };
      },
      { after: 0.002 },
    ),
    3,
    plant(
      'webhook',
      'automatisch-action-error-pushcut-url',
      'error',
      WHY.webhook(
        "A Pushcut notification URL (`api.pushcut.io/<secret>/notifications/<name>`) that buzzes the farmer's phone when a gallery gets too dry; the HTTP action's error writes the URL",
      ),
      ({ rng }) => {
        const sec = rng.b64url(22);
        return {
          value: sec,
          event: {
            au: [
              [
                'worker',
                'error',
                `Step "Avierti" failed: POST https://api.pushcut.io/${sec}/notifications/Galereye%20setche -> 429 Too Many Requests`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'automatisch-redirect-location-fragment',
      'error',
      "A legacy app integration follows a provider's redirect and the debug line writes the `Location` it got, `#access_token=…` included.",
      ({ rng }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            au: [['main', 'debug', `Redirect Location: https://botike.${DV}/intrêye#access_token=${at}&token_type=bearer&expires_in=7200`]],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'automatisch-step-execution-data-in-dump',
      'error',
      "A failed step's execution is logged with its `dataIn` (the action's parameters as JSON), the SMTP password of the farm's mailbox included.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            au: [
              [
                'worker',
                'error',
                `Execution step failed: {"appKey":"smtp","key":"sendEmail","dataIn":{"host":"smtp.${DV}","username":"tchampions@${DV}","password":"${pw}","to":"botike@${DV}","subject":"Stock di tchampions"}}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'automatisch-http-request-action-cle-api',
      'error',
      `${WHY.apiKey('cle_api')} ("API key") The HTTP request action reads the cave's weather station with the key in the query; the worker's debug line writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { au: [['worker', 'debug', `HTTP request GET https://meteo.${DV}/v1/cåve?cle_api=${key}&station=trô-3`]] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'automatisch-bullmq-job-id',
      'none',
      "A BullMQ job id in the worker's line (`JOB ID: <n>`) with the execution's uuid: identifiers, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { au: [['worker', 'info', `JOB ID: ${rng.int(10000, 99999)} - EXECUTION ID: ${id} started`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'automatisch' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-2027-10-06.log: Open Source Point of Sale 3.4 (CodeIgniter 4) `writable/logs/log-<date>.log` of the violin maker's
// shop, threshold 9 (local time, CEST, no zone): `<LEVEL> - <yyyy-mm-dd HH:MM:SS> --> <message>`.
// https://codeigniter.com/user_guide/general/logging.html (from memory, not fetched); OSPOS' own messages from memory.

function osposLog(rng) {
  const render = (e) => e.os.map(([lvl, msg]) => `${lvl} - ${ymdHmsAt(e.t, CEST)} --> ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ os: [['INFO', `Controller "App\\Controllers\\Sales" loaded.`]] }),
      () => ({
        os: [
          ['DEBUG', `Vinte ${rng.int(1200, 1400)}: ${rng.pick(['cwèdes di violon', 'archet', 'colofane', 'tchevalet'])} x${rng.int(1, 3)}`],
        ],
      }),
      () => ({ os: [['INFO', `Session: Class initialized using 'CodeIgniter\\Session\\Handlers\\DatabaseHandler' driver.`]] }),
      () => ({ os: [['DEBUG', `Receipt ${rng.int(1200, 1400)} printed on EPSON TM-T20III`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'ospos-csrf-token',
      'none',
      "CodeIgniter's CSRF token (`csrf_ospos_v3`) in a debug line: a form token, no credential.",
      ({ rng }) => {
        const v = rng.hex(32);
        return { value: v, event: { os: [['DEBUG', `CSRF token verified csrf_ospos_v3=${v}`]] } };
      },
    ),
    3,
    plant(
      'session-id',
      'ospos-debug-session-id-ci-session',
      'error',
      WHY.session("A debug line writes the shop's CodeIgniter session cookie (`ospos_session`, 40 characters) when a till logs in"),
      ({ rng }) => {
        const sid = rng.lowerNum(40);
        return { value: sid, event: { os: [['DEBUG', `Login employee 2 (Marie Delvaux), ospos_session=${sid}`]] } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'ospos-error-post-print-r-password',
      'error',
      "A failed login's error writes the POST data with `print_r()` (`Array ( [username] => … [password] => … )`).",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            os: [['ERROR', `Login failed, POST: Array ( [username] => botike [password] => ${pw} [csrf_ospos_v3] => ${rng.hex(32)} )`]],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'ospos-receipt-biyet-first',
      'note',
      WHY.ticketFirst(
        'A one-time receipt ticket (`biyet`, "ticket") the shop e-mails with a repair invoice, opened by the customer; the receipt view logs it with the client\'s address. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.alnum(24);
        firstUse.biyet = t;
        return { value: b, event: { os: [['INFO', `Ricepisse 1311 drovè avou biyet=${b} pa 203.0.113.92`]] } };
      },
      { ref: 'biyet' },
    ),
    2,
    plant(
      'replay',
      'ospos-receipt-biyet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('biyet').value,
            why: `${WHY.replay('biyet', gap('biyet', t))} Another client at another address opened the receipt with the same one-time ticket and the shop showed it again.`,
          },
        ],
        event: { os: [['INFO', `Ricepisse 1311 drovè avou biyet=${refs.get('biyet').value} pa 198.51.100.23`]] },
      }),
      { replayOf: 'biyet', after: 143 },
    ),
    3,
    plant(
      'api-key-name',
      'ospos-webshop-sync-error-cle',
      'error',
      `${WHY.apiKey('cle')} ("key") The shop's stock sync calls the webshop with the key in the query, and the error writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: { os: [['ERROR', `Stock sync: cURL error 28 for https://webshop.${DV}/api/stock?cle=${key}&item=VIOLON-4-4`]] },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'ospos-mail-body-html-amp-key',
      'error',
      "The invoice e-mail's HTML body is logged at debug; its payment link's parameters are HTML-escaped (`&amp;sicret=<key>`), the payment provider's merchant key.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            os: [
              [
                'DEBUG',
                `Email body: <p>Bondjoû,</p><p><a href="https://pay.${DV}/facteure?nr=1311&amp;sicret=${key}">Payî li facteure</a></p>`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'ospos-invoice-number',
      'none',
      'An invoice number (`FACT-2027-<n>`) on a receipt line: an identifier, no credential.',
      ({ rng }) => {
        const n = `FACT-2027-${digits(rng, 5)}`;
        return { value: n, event: { os: [['INFO', `Facteure ${n} generêye`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'ospos' }, filler, render, steps: widen(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// meilisearch.log: Meilisearch 1.x (the violin maker's catalogue search) with actix-web's logger:
// `[<RFC 3339 Z> INFO  actix_web::middleware::logger] <ip> "<request line>" <status> <size> "<referer>" "<ua>" <secs>`.
// https://www.meilisearch.com/docs/learn/self_hosted/configure_meilisearch_at_launch (log level; from memory, not
// fetched); the access line from actix-web's default Logger format (from memory).

function meilisearchLog(rng) {
  const render = (e) => [
    `[${iso(e.t).slice(0, 19)}Z ${(e.lvl ?? 'INFO').padEnd(5)} actix_web::middleware::logger] ${e.ip} "${e.method} ${e.path} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${(e.ms / 1000).toFixed(6)}`,
  ];
  const SHOP = `https://botike.${DV}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'POST', path: '/indexes/instrumints/search', referer: `${SHOP}/catalogue?p=${rng.int(1, 6)}` }),
      () => ({ method: 'POST', path: '/multi-search', referer: `${SHOP}/` }),
      () => ({ method: 'GET', path: '/health', referer: '-', ua: 'kube-probe/1.31' }),
      () => ({
        method: 'GET',
        path: `/indexes/instrumints/documents/${rng.pick(['violon', 'alto', 'violoncelle'])}-${rng.int(100, 300)}`,
        referer: `${SHOP}/instrumint`,
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'meilisearch-key-uid-route',
      'none',
      "A request for an API key's description by its `uid` (`/keys/<uuid>`): the uid names the key and cannot authenticate, no credential.",
      ({ rng }) => {
        const uid = rng.uuid();
        return { value: uid, event: { method: 'GET', path: `/keys/${uid}`, referer: '-', ua: 'curl/8.19.0' } };
      },
    ),
    3,
    plant(
      'oauth-code',
      'meilisearch-referer-oauth-callback-code',
      'warning',
      `${WHY.code} The shop's sign-in callback page runs a search as it loads, so the search request's Referer is the callback URL with the code (\`/intrer/callback?code=…&state=…\`).`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            method: 'POST',
            path: '/indexes/instrumints/search',
            referer: `${SHOP}/intrer/callback?code=${code}&state=${rng.alnum(24)}`,
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'meilisearch-query-cle-400',
      'error',
      `${WHY.apiKey('cle')} ("key") A misconfigured import script sends the Meilisearch key in the query (\`?cle=<key>\`) instead of a header; Meilisearch answers 400 but its access line writes the request line.`,
      ({ rng }) => {
        const key = rng.alnum(43);
        return {
          value: key,
          event: {
            method: 'GET',
            path: `/indexes/instrumints/documents?limit=200&cle=${key}`,
            status: 400,
            referer: '-',
            ua: 'python-requests/2.32.5',
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'meilisearch-get-search-q-percent-encoded-url-key',
      'error',
      "Someone pasted a supplier link into the search box; the GET search writes it percent-encoded in `q=` (`https%3A%2F%2F…%3Fkey%3D<key>`), the supplier portal's key inside.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            method: 'GET',
            path: `/indexes/instrumints/search?q=https%3A%2F%2Ftonewood-supply.example%2Forder%3Fkey%3D${key}%26lot%3D${rng.int(100, 999)}`,
            referer: `${SHOP}/catalogue`,
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'meilisearch-referer-partner-embed-120s',
      'warning',
      "A partner music school embeds the catalogue (`/embed/<JWT>`), so the search's Referer carries the embed token: 120 s, no jti, live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 60),
          claims: { iss: SHOP, partner: 'academeye-nameur', scope: 'catalogue:read' },
        });
        return {
          value: token,
          jwt: facts,
          event: { method: 'POST', path: '/indexes/instrumints/search', referer: `${SHOP}/embed/${token}` },
        };
      },
    ),
    3,
    plant(
      'replay',
      'meilisearch-referer-biyet-once',
      'note',
      WHY.ticketFirst(
        "A one-time viewing ticket (`biyet`) for a reserved instrument's page, in the Referer of the page's search; used once here. The ticket is",
      ),
      ({ rng }) => {
        const b = rng.alnum(22);
        return { value: b, event: { method: 'POST', path: '/indexes/instrumints/search', referer: `${SHOP}/rezerve?biyet=${b}` } };
      },
    ),
    3,
    plant(
      'negative',
      'meilisearch-referer-asset-version',
      'none',
      'A page with an asset version (`?v=<8 hex>`) in the Referer: a cache buster, no credential.',
      ({ rng }) => {
        const v = rng.hex(8);
        return { value: `v=${v}`, needle: v, event: { method: 'POST', path: '/multi-search', referer: `${SHOP}/catalogue?v=${v}` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'meili' }, filler, render, steps: widen(steps, 3) });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout79');
writePart(join(here, 'heldout79'), {
  'qgis_server.log': qgisServerLog(rng),
  'pgadmin.log': pgadminLog(rng),
  'lightdash.log': lightdashLog(rng),
  'homebox.log': homeboxLog(rng),
  'rt.log': rtLog(rng),
  'documenso.log': documensoLog(rng),
  'conduit.log': conduitLog(rng),
  'indico.log': indicoLog(rng),
  'lemmy.log': lemmyLog(rng),
  'mathesar.log': mathesarLog(rng),
  'deconz.log': deconzLog(rng),
  'automatisch.log': automatischLog(rng),
  'log-2027-10-06.log': osposLog(rng),
  'meilisearch.log': meilisearchLog(rng),
});
