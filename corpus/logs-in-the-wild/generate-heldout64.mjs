// Writes corpus/logs-in-the-wild/heldout64/: a sixty-fourth held-out part, in formats no other part uses (an evcc
// console log at trace level, an EMHASS web server log, a Vikunja log with its WEB lines, a TeslaMate log with LiveView
// and Tesla.Middleware.Logger output, MeshCentral with `--debug` through `journalctl -o short-iso`, `docker compose logs
// -t` of Appwrite, a Baserow all-in-one container log with its `[BACKEND]`/`[CADDY]`/`[CELERY_WORKER]` prefixes, a
// HedgeDoc 1 log (winston with morgan's lines), a Galène server log, an Opencast log, a PhotoPrism log (logrus text), a
// Shlink log, a Blynk legacy server log, a Kanboard debug.log), with credentials planted in the places issue #14 lists
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout64.mjs     rewrites heldout64/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three companies: Wherry Solar, a Norwich solar panel and home battery installer (English, five logs: site controllers,
// optimisation, job boards, the van fleet, remote support); Mkaka Wathu ("our milk"), a dairy cooperative near Dowa,
// Malawi, with milk collection centres, a member app and an online tutoring programme (Phunziro) for members' children
// (Chichewa messages where the app shows them, routes, parameter, header and key names in Chichewa, five logs); Biser
// Ohrid, a lakeside wedding venue with a marina and boat yard on Lake Ohrid (Macedonian in Latin transliteration for
// messages and names, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dart/3.9 (dart:io)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Norwich in October (BST, UTC+1); Dowa (CAT, UTC+2); Ohrid in October (CEST, UTC+2). */
const BST = 60;
const CAT = 120;
const CEST = 120;
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const vin = (rng, wmi) => `${wmi}${upperNum(rng, 6).replace(/[IOQ]/g, '7')}${digits(rng, 8)}`;

// =====================================================================================================================
// Wherry Solar (English; Norwich: BST, UTC+1)
// =====================================================================================================================

const WS = 'wherrysolar.example';

// ---------------------------------------------------------------------------------------------------------------------
// evcc.log: evcc 0.131 on a customer's site controller with `log: trace` for two devices (`journalctl -u evcc -o cat`):
// `[<module, padded to 6>] <LEVEL> yyyy/mm/dd HH:MM:SS <message>` (local time, no zone); the site's cycle, the loadpoint,
// the plugins' HTTP traces (request line, then body or dump lines without the prefix).
// https://docs.evcc.io/docs/reference/configuration/log (from memory, not fetched).

function evccLog(rng) {
  const stamp = (t) => ymdHmsAt(t, BST).replace(/-/g, '/');
  const render = (e) => e.ev.map((x) => (typeof x === 'string' ? x : `[${x[0].padEnd(6)}] ${x[1]} ${stamp(e.t)} ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ ev: [['site', 'DEBUG', '----'], ['site', 'DEBUG', `pv power: ${rng.int(0, 5400)}W`], ['site', 'DEBUG', `grid power: ${rng.int(-3800, 2400)}W`], ['site', 'DEBUG', `battery soc: ${rng.int(12, 100)}%`]] }),
      () => ({ ev: [['lp-1', 'DEBUG', `charge power: ${rng.pick([0, 0, 1380, 2760, 4140, 7360])}W`], ['lp-1', 'DEBUG', `charger status: ${rng.pick(['A', 'B', 'C'])}`]] }),
      () => ({ ev: [['lp-1', 'DEBUG', `pv charge current: ${rng.int(0, 16)}A = ${rng.int(0, 16)}A + ${rng.int(-4, 4)}A (${rng.int(0, 3600)}W @ 1p)`]] }),
      () => ({ ev: [['pv1', 'TRACE', `GET http://${lan(rng, '192.168')}/solar_api/v1/GetPowerFlowRealtimeData.fcgi`]] }),
      () => ({ ev: [['db', 'DEBUG', `session ${rng.int(200, 900)} updated: ${(rng.int(10, 900) / 10).toFixed(1)}kWh`]] }),
    ])();
  const header = [
    `[main  ] INFO ${stamp(DAY0 + 6 * HOUR)} evcc 0.131.4`,
    `[main  ] INFO ${stamp(DAY0 + 6 * HOUR)} using config file: /etc/evcc.yaml`,
    `[main  ] INFO ${stamp(DAY0 + 6 * HOUR)} starting ui and api at :7070`,
  ];
  const steps = [
    3,
    plant('negative', 'evcc-mqtt-client-id', 'none', "evcc's MQTT client id (`evcc-<8 hex>`), which it logs when it connects to the site's broker: an identifier, no credential.", ({ rng }) => {
      const id = `evcc-${rng.hex(8)}`;
      return { value: id, event: { ev: [['mqtt', 'INFO', `connecting ${id} at tcp://${lan(rng, '192.168')}:1883`]] } };
    }),
    4,
    plant('api-key-name', 'evcc-http-plugin-trace-installer-key', 'error', `${WHY.apiKey('installerKey')} The inverter portal's meter is read through evcc's HTTP plugin with the installer's key in the URL, and the plugin's trace writes the request line.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ev: [['pv2', 'TRACE', `GET https://monitor.inverterlink.example/api/v2/plants/${digits(rng, 5)}/realtime?units=W&installerKey=${key}`], ['pv2', 'TRACE', `{"pac":${rng.int(0, 4000)},"etoday":${rng.int(0, 30)}.${rng.int(0, 9)}}`]] } };
    }),
    4,
    plant('oauth-code', 'evcc-vehicle-login-trace-custom-scheme-location-state-first', 'warning', `${WHY.code} The vehicle plugin's login trace writes the identity provider's 302 with its \`Location\` on a custom scheme, \`state\` before \`code\`.`, ({ rng }) => {
      const code = `${rng.hex(8)}-${rng.b64url(40)}`;
      return { value: code, event: { ev: [['van3', 'TRACE', `GET https://identity.carbrand.example/oidc/v1/authorize?client_id=${rng.uuid()}&response_type=code&redirect_uri=wherryev%3A%2F%2Foauth%2Fcallback&scope=openid+vehicles`], ['van3', 'TRACE', `302 Location: wherryev://oauth/callback?state=${rng.hex(32)}&code=${code}`]] } };
    }),
    3,
    plant('refresh-token', 'evcc-vehicle-token-trace-form-body', 'error', `${WHY.refresh} The vehicle plugin renews its token and the trace writes the form body of the token request on the line after the request line.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { ev: [['van3', 'TRACE', 'POST https://identity.carbrand.example/oidc/v1/token'], ['van3', 'TRACE', `client_id=${rng.uuid()}&grant_type=refresh_token&refresh_token=${rt}`]] } };
    }),
    4,
    plant('negative', 'evcc-vehicle-vin', 'none', "A van's VIN, which evcc writes when it identifies the vehicle: an identifier printed on the windscreen, no credential.", ({ rng }) => {
      const v = vin(rng, 'WV1');
      return { value: v, event: { ev: [['lp-1', 'INFO', `vehicle updated: Wherry van 3 (vin ${v})`]] } };
    }),
    4,
    plant('header-dump', 'evcc-charger-trace-request-dump-bearer-opaque', 'error', "The charger plugin's trace dumps the outgoing request one header a line (without evcc's prefix): `Authorization: Bearer <opaque>`, the charger cloud's account token.", ({ rng }) => {
      const tok = `ch_${rng.alnum(44)}`;
      return { value: tok, event: { ev: [['wallbx', 'TRACE', 'POST /api/chargers/EH4X2K9L/commands/resume_charging HTTP/1.1'], 'Host: api.chargehub.example', 'User-Agent: evcc/0.131.4', 'Content-Length: 0', 'Accept: application/json', `Authorization: Bearer ${tok}`, 'Accept-Encoding: gzip', ''] } };
    }),
    4,
    plant('webhook', 'evcc-push-kestra-webhook-key', 'error', WHY.webhook('A Kestra flow webhook (`/api/v1/executions/webhook/<namespace>/<flow>/<key>`) evcc notifies when a charge ends; the push error writes the URL (the key is the secret part)'), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ev: [['push', 'ERROR', `send: Post "https://kestra.${WS}/api/v1/executions/webhook/wherry.ops/charge-done/${key}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'evcc' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// emhass.log: EMHASS 0.11 (the add-on's web server and its optimisation runs), Python logging's
// `%(asctime)s - %(name)s - %(levelname)s - %(message)s` (local time, no zone), the runtime parameters passed by Home
// Assistant's rest_command, the forecast retrievals and the Home Assistant REST calls at debug.
// https://emhass.readthedocs.io/en/latest/ (from memory, not fetched).

function emhassLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.em.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} - ${x[0]} - ${x[1]} - ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ em: [['web_server', 'INFO', ' >> Obtaining params: '], ['web_server', 'INFO', 'Setting up needed data'], ['web_server', 'INFO', `Retrieve hass get data method initiated...`]] }),
      () => ({ em: [['web_server', 'INFO', ` >> Performing naive MPC optimization...`], ['web_server', 'INFO', `Perform an iteration of a naive MPC controller`], ['web_server', 'INFO', `Status: Optimal`], ['web_server', 'INFO', `Total value of the Cost function = ${(rng.int(-400, 300) / 100).toFixed(2)}`]] }),
      () => ({ em: [['web_server', 'INFO', `Successfully posted to sensor.p_pv_forecast = ${rng.int(0, 4800)}`], ['web_server', 'INFO', `Successfully posted to sensor.p_batt_forecast = ${rng.int(-2500, 2500)}`]] }),
      () => ({ em: [['web_server', 'DEBUG', `Retrieving forecast: ${rng.int(24, 48)} steps of 30 min, soc_init=${(rng.int(10, 100) / 100).toFixed(2)}`]] }),
    ])();
  const steps = [
    3,
    plant('header-dump', 'emhass-debug-hass-headers-dict-long-lived-jwt', 'error', "EMHASS at DEBUG writes the headers of its Home Assistant REST call as a Python dict (`{'Authorization': 'Bearer <JWT>', …}`): a long-lived access token of Home Assistant, ten years (the line has no zone, but a token valid ten years is live either way)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 315360000, age: rng.int(86400 * 30, 86400 * 300), claims: { iss: rng.hex(32) } });
      return { value: token, jwt: facts, event: { em: [['web_server', 'DEBUG', `GET http://supervisor/core/api/history/period/${local(t - 86400000, BST).slice(0, 19)}?filter_entity_id=sensor.power_load_no_var_loads headers={'Authorization': 'Bearer ${token}', 'content-type': 'application/json'}`]] } };
    }),
    4,
    plant('framework-dump', 'emhass-passed-runtime-parameters-dict-solcast-key', 'error', "EMHASS writes the runtime parameters Home Assistant posted as a Python dict (`Passed runtime parameters: {…}`); the installer put the Solcast key in them, and the dict prints it in clear.", ({ rng }) => {
      const key = rng.b64url(32);
      return { value: key, event: { em: [['web_server', 'INFO', `Passed runtime parameters: {'prediction_horizon': 24, 'soc_init': 0.${rng.int(10, 99)}, 'soc_final': 0.3, 'solcast_rooftop_id': '${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}', 'solcast_api_key': '${key}', 'def_total_hours': [3, 2]}`]] } };
    }),
    4,
    plant('negative', 'emhass-ha-context-ulid', 'none', "The `context` id of the state Home Assistant answered with (a ULID): an identifier, no credential.", ({ rng }) => {
      const id = `01J${upperNum(rng, 23).replace(/[ILOU]/g, 'X')}`;
      return { value: id, event: { em: [['web_server', 'DEBUG', `Got state of sensor.battery_soc: {'state': '${rng.int(10, 99)}', 'last_changed': '${iso(DAY0 + 7 * HOUR)}', 'context': {'id': '${id}', 'parent_id': None, 'user_id': None}}`]] } };
    }),
    4,
    plant('api-key-name', 'emhass-forecast-solar-key-path-segment', 'error', "Forecast.Solar's personal API key is the first path segment of its URLs (`api.forecast.solar/<key>/estimate/…`); the request's HTTPError writes the URL: an API key in the path rather than under a name, long-lived.", ({ rng }) => {
      const key = rng.alnum(16);
      return { value: key, event: { em: [['web_server', 'INFO', 'Retrieving weather forecast data using method = forecast.solar'], ['web_server', 'ERROR', `429 Client Error: Too Many Requests for url: https://api.forecast.solar/${key}/estimate/52.63/1.30/35/0/5.2`]] } };
    }),
    4,
    plant('encoded', 'emhass-error-percent-encoded-json-runtimeparams-key', 'error', "A rest_command built by hand put the runtime parameters in the query as percent-encoded JSON; EMHASS's parse error writes the query, and `solcast_api_key` is inside it (`%22solcast_api_key%22%3A%22<key>%22`).", ({ rng }) => {
      const key = rng.b64url(32);
      return { value: key, event: { em: [['web_server', 'ERROR', `Unable to parse runtime parameters from /action/dayahead-optim?rp=%7B%22prediction_horizon%22%3A48%2C%22solcast_api_key%22%3A%22${key}%22%7D: expected a JSON body`]] } };
    }),
    4,
    plant('negative', 'emhass-solcast-rooftop-id', 'none', "A Solcast rooftop site id (`xxxx-xxxx-xxxx-xxxx`) in the forecast call: it names the site, the key is what authenticates.", ({ rng }) => {
      const id = `${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}`;
      return { value: id, event: { em: [['web_server', 'INFO', `Retrieving solcast forecast for rooftop_sites/${id}/forecasts (horizon 48 steps)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 20 * MIN, site: { host: 'emhass' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// vikunja.log: Vikunja 0.24 (job boards of the install crews; it serves its own frontend), its log to a file:
// `<RFC 3339 with offset>: <LEVEL>\t▶ <function> <3 hex> <message>` and the HTTP lines
// `<time>: WEB \t▶ <ip>  <METHOD> <status> <path> <duration> - <user agent>`.
// https://vikunja.io/docs/config-options/#log (from memory, not fetched); the line layout from memory.

function vikunjaLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 23)}+01:00`;
  const render = (e) => e.vk.map((x) => (x[0] === 'WEB' ? `${stamp(e.t)}: WEB \t▶ ${x[1]}  ${x[2]} ${x[3]} ${x[4]} ${(rng.int(200, 90000) / 1000).toFixed(3)}ms - ${x[5]}` : `${stamp(e.t)}: ${x[0]}\t▶ ${x[1]} ${rng.hex(3)} ${x[2]}`));
  const filler = (rng, t) =>
    rng.pick([
      () => ({ vk: [['WEB', publicIp(rng), 'GET', 200, `/api/v1/projects/${rng.int(2, 40)}/views/${rng.int(10, 200)}/tasks?sort_by[]=due_date&order_by[]=asc&page=1`, rng.pick(BROWSERS)]] }),
      () => ({ vk: [['WEB', publicIp(rng), 'POST', 200, `/api/v1/tasks/${rng.int(100, 2000)}`, rng.pick(BROWSERS)]] }),
      () => ({ vk: [['WEB', publicIp(rng), 'GET', 200, '/api/v1/notifications?page=1', rng.pick(BROWSERS)]] }),
      () => ({ vk: [['INFO', 'cron.(*Cron).run', `Sending reminders for ${rng.int(0, 9)} tasks`]] }),
      () => ({ vk: [['WEB', publicIp(rng), 'PUT', 201, `/api/v1/tasks/${rng.int(100, 2000)}/comments`, rng.pick(BROWSERS)]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'vikunja-vite-asset-hash', 'none', "A frontend asset's content hash (`/assets/index-<hash>.js`): a cache key, no credential.", ({ rng }) => {
      const h = rng.b64url(8);
      return { value: h, event: { vk: [['WEB', publicIp(rng), 'GET', 200, `/assets/index-${h}.js`, rng.pick(BROWSERS)]] } };
    }),
    3,
    plant('path-secret', 'vikunja-link-share-hash-auth', 'error', "A Vikunja link share (`/api/v1/shares/<hash>/auth`): the hash opens the shared project (a customer's install plan) to whoever holds it, until the share is deleted.", ({ rng }) => {
      const h = rng.alnum(40);
      return { value: h, event: { vk: [['WEB', publicIp(rng), 'POST', 200, `/api/v1/shares/${h}/auth`, rng.pick(BROWSERS)]] } };
    }),
    4,
    plant('oauth-code', 'vikunja-spa-route-openid-code', 'warning', `${WHY.code} The OpenID provider sends the browser back to the frontend route that Vikunja itself serves, so the WEB line writes \`code\` and \`state\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { vk: [['WEB', publicIp(rng), 'GET', 200, `/auth/openid/wherryid?code=${code}&state=${rng.b64url(22)}&session_state=${rng.uuid()}`, rng.pick(BROWSERS)]] } };
    }),
    4,
    plant('id-token', 'vikunja-openid-debug-expired-id-token', 'note', "Vikunja's OpenID callback rejects an ID token it was handed late and the DEBUG line writes it; the token had expired before the line was written (its time is in the line, with its offset)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + rng.int(600, 3000), claims: { iss: `https://id.${WS}`, sub: rng.uuid(), aud: 'vikunja', email: 'crew4@wherrysolar.example' } });
      return { value: token, jwt: facts, event: { vk: [['DEBUG', 'openid.HandleCallback', `Error verifying token for provider wherryid: oidc: token is expired, id_token=${token}`]] } };
    }),
    4,
    plant('webhook', 'vikunja-webhook-jandi-incoming', 'error', WHY.webhook('A JANDI incoming webhook (`wh.jandi.com/connect-api/webhook/<team>/<token>`) a project webhook posts to; Vikunja\'s error writes the target URL (the token is the secret part)'), ({ rng }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { vk: [['ERROR', 'webhooks.(*Webhook).sendWebhookPayload', `Could not send webhook payload to https://wh.jandi.com/connect-api/webhook/${digits(rng, 8)}/${tok}: 500 Internal Server Error`]] } };
    }),
    4,
    plant('implicit-fragment', 'vikunja-openid-unexpected-redirect-fragment', 'error', "A misconfigured client of the provider answered with the implicit flow; Vikunja's warning writes the URL it was sent to, `#access_token=` in its fragment: a bearer access token of the crew member's account.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { vk: [['WARNING', 'openid.HandleCallback', `Unexpected redirect from provider wherryid: https://tasks.${WS}/auth/openid/wherryid#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    4,
    plant('negative', 'vikunja-caldav-task-uid', 'none', "A task's CalDAV UID (`<uuid>`) in a DAV request: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { vk: [['WEB', publicIp(rng), 'GET', 200, `/dav/projects/${rng.int(2, 40)}/${id}.ics`, 'DAVx5/4.4.2-ose (2027/06/11; dav4jvm; okhttp/4.12.0) Android/16']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'tasks' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// teslamate.log: TeslaMate 1.32 for the installer's van and car fleet (`docker compose logs teslamate --no-log-prefix`,
// Elixir's Logger with `utc_log: true`): `yyyy-mm-dd HH:MM:SS.mmm <metadata> [<level>] <message>` in UTC, LiveView's
// `HANDLE EVENT`/`Parameters:` lines, Tesla.Middleware.Logger's debug dumps (headers one a line, without the prefix).
// https://docs.teslamate.org/docs/configuration/environment_variables (from memory, not fetched).

function teslamateLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, 0)}.${msPart(t)}`;
  const render = (e) => e.tm.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} ${x[0] ? `${x[0]} ` : ''}[${x[1]}] ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ tm: [[`car_id=${rng.int(1, 4)}`, 'info', rng.pick(['Start / :online', 'Fetching vehicle state ...', 'Driving / Start', 'Driving / End', 'Start / :asleep'])]] }),
      () => ({ tm: [[`car_id=${rng.int(1, 4)}`, 'info', `Charging / Start / ${rng.int(20, 70)}% / ${rng.int(100, 300)} km`]] }),
      () => ({ tm: [['', 'info', `GET /drive/${rng.int(1000, 9000)}`], ['', 'info', `Sent 200 in ${rng.int(2, 90)}ms`]] }),
      () => ({ tm: [[`car_id=${rng.int(1, 4)}`, 'debug', `Streaming API: ${rng.pick(['connected', 'Vehicle is offline', 'disconnected'])}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'teslamate-liveview-connect-csrf-token', 'none', "LiveView's connect parameters (`_csrf_token`): a CSRF token bound to the browser session, no credential on its own.", ({ rng }) => {
      const c = rng.b64url(40);
      return { value: c, event: { tm: [['', 'info', 'CONNECTED TO Phoenix.LiveView.Socket in 31µs'], '  Transport: :websocket', '  Serializer: Phoenix.Socket.V2.JSONSerializer', `  Parameters: %{"_csrf_token" => "${c}", "_live_referer" => "undefined", "_mounts" => "0", "vsn" => "2.0.0"}`] } };
    }),
    4,
    plant('framework-dump', 'teslamate-liveview-handle-event-parameters-refresh', 'error', "The sign-in form of TeslaMate takes the tokens the admin pastes; LiveView's debug `HANDLE EVENT` writes its `Parameters:` map on the next line (Phoenix filters `password`, not these keys), the refresh token in clear.", ({ rng }) => {
      const rt = `eu-r.${rng.b64url(60)}`;
      return { value: rt, event: { tm: [['', 'debug', 'HANDLE EVENT "sign_in" in TeslaMateWeb.SignInLive.Index'], `  Parameters: %{"tokens" => %{"access" => "[FILTERED]", "refresh" => "${rt}"}}`] } };
    }),
    4,
    plant('header-dump', 'teslamate-tesla-middleware-logger-authorization-jwt', 'error', "Tesla.Middleware.Logger at debug dumps the Fleet API request's headers, one a line (`authorization: Bearer <JWT>`): the owner's access token, on an entry with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 28800, age: rng.int(300, 20000), claims: { iss: 'https://auth.carbrand.example/oauth2/v3/nts', sub: rng.uuid(), aud: ['https://fleet-api.carbrand.example'], scp: ['openid', 'offline_access', 'vehicle_device_data'] } });
      return { value: token, jwt: facts, event: { tm: [['car_id=2', 'debug', 'GET https://fleet-api.carbrand.example/api/1/vehicles/1492/vehicle_data -> 200 (412.338 ms)'], '>>> REQUEST >>>', '(no query)', `authorization: Bearer ${token}`, 'user-agent: TeslaMate/1.32.0', '(no body)'] } };
    }),
    4,
    plant('refresh-token', 'teslamate-auth-struct-inspect', 'error', `${WHY.refresh} TeslaMate logs the refreshed tokens at debug as the inspected struct (\`%TeslaApi.Auth{…, refresh_token: "…"}\`).`, ({ rng }) => {
      const rt = `eu-r.${rng.b64url(60)}`;
      return { value: rt, event: { tm: [['', 'debug', `Refreshed tokens: %TeslaApi.Auth{token: "[redacted]", type: "Bearer", expires_in: 28800, refresh_token: "${rt}", created_at: ${Math.floor(DAY0 / 1000) + 30000}}`]] } };
    }),
    4,
    plant('negative', 'teslamate-vehicle-vin', 'none', "A car's VIN in TeslaMate's start-up line: an identifier, no credential.", ({ rng }) => {
      const v = vin(rng, 'LRW');
      return { value: v, event: { tm: [['car_id=4', 'info', `Starting logger for 'Survey car' (${v})`]] } };
    }),
    4,
    plant('api-key-name', 'teslamate-abrp-user-token-query', 'error', `${WHY.apiKey('token')} TeslaMate's ABRP integration sends telemetry with the user's ABRP token in the query; the failure writes the URL, and the give-up line writes it again.`, ({ rng }) => {
      const tok = rng.uuid();
      return { value: tok, event: { tm: [['car_id=1', 'warning', `ABRP: POST https://api.iternio.example/1/tlm/send?token=${tok} failed: {:error, %Mint.TransportError{reason: :timeout}}`], ['car_id=1', 'error', `ABRP: giving up after 3 attempts: https://api.iternio.example/1/tlm/send?token=${tok}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 40 * MIN, site: { host: 'teslamate' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// meshcentral.log: MeshCentral 1.1 (remote support for customers' monitoring gateways) with `--debug web,webrequest,auth,sms`
// under systemd, read with `journalctl -u meshcentral -o short-iso`: `<ISO time with offset> <host> node[<pid>]: <AREA>:
// <message>`, WEBREQUEST lines `(<ip>) <url>`.
// https://ylianst.github.io/MeshCentral/meshcentral/debugging/ (from memory, not fetched).

function meshLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)}+0100`;
  const render = (e) => e.mc.map((x) => `${stamp(e.t)} mesh-01 node[812]: ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ mc: [`WEBREQUEST: (${publicIp(rng)}) /${rng.pick(['', 'styles/style.css', 'scripts/common-0.0.js', 'images/logoback.png', 'favicon.ico'])}`] }),
      () => ({ mc: [`AGENT: Verified agent connection to ${rng.pick(['gw-nr14', 'gw-ip4', 'gw-pe30'])}-${rng.int(100, 999)} (${publicIp(rng)}).`] }),
      () => ({ mc: [`WEB: Relay connection to ${publicIp(rng)}, ${rng.pick(['desktop', 'terminal', 'files'])} session ended after ${rng.int(10, 3000)}s`] }),
      () => ({ mc: [`WEBREQUEST: (${publicIp(rng)}) /meshrelay.ashx?browser=1&p=${rng.int(1, 5)}`] }),
    ])();
  const steps = [
    3,
    plant('negative', 'meshcentral-agent-cert-hash', 'none', "The agent certificate's SHA-384 hash MeshCentral writes when it verifies an agent: a public fingerprint, no credential.", ({ rng }) => {
      const h = rng.hex(96);
      return { value: h, event: { mc: [`AGENT: Verified agent certificate hash ${h} for gw-nr14-${rng.int(100, 999)}`] } };
    }),
    3,
    plant('path-secret', 'meshcentral-agentinvite-code', 'error', "An agent invitation link (`/agentinvite?c=<code>`) sent to a customer so the gateway joins the device group: the code is the invitation until it expires, and the WEBREQUEST line writes it.", ({ rng }) => {
      const c = rng.b64url(72);
      return { value: c, event: { mc: [`WEBREQUEST: (${publicIp(rng)}) /agentinvite?c=${c}`] } };
    }),
    4,
    plant('session-id', 'meshcentral-login-token-query', 'error', WHY.session("A MeshCentral login cookie handed over in the query (`/?login=<cookie>`) by a link from the support portal: the WEBREQUEST line writes it, and the cookie logs the browser in"), ({ rng }) => {
      const c = rng.b64url(80);
      return { value: c, event: { mc: [`WEBREQUEST: (${publicIp(rng)}) /?login=${c}&viewmode=10`] } };
    }),
    4,
    plant('id-token', 'meshcentral-auth-oidc-debug-id-token', 'error', "MeshCentral's OIDC strategy at `--debug auth` writes the ID token it received from the company's identity provider, on a journal line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), jti: true, claims: { iss: `https://id.${WS}`, sub: rng.uuid(), aud: 'meshcentral', email: 'support2@wherrysolar.example', nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { mc: [`AUTH: OIDC: wherryid: callback tokenset id_token=${token} expires_at=${Math.floor(t / 1000) + 3500}`] } };
    }),
    4,
    plant('api-key-name', 'meshcentral-sms-url-provider-sms-secret', 'error', `${WHY.apiKey('sms_secret')} MeshCentral's SMS "url" provider sends two-factor codes through the SMS gateway's URL; \`--debug sms\` writes the URL with the gateway's secret.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { mc: [`SMS: Sending via url https://sms.textline.example/api/send?account=wherry&sms_secret=${key}&to=%2B4477${digits(rng, 8)}&msg=MeshCentral%20code%3A%20${digits(rng, 6)}`] } };
    }),
    4,
    plant('framework-dump', 'meshcentral-web-debug-req-query-inspect', 'error', "A file download fails and `--debug web` prints `req.query` as a Node object (`{ c: '<cookie>', m: …, f: … }`): `c` is the download authorization cookie, valid for the device's files until it expires.", ({ rng }) => {
      const c = rng.b64url(88);
      return { value: c, event: { mc: [`WEB: handleDownloadFile failed, req.query: { c: '${c}', m: 'customer-gateways', f: 'var/log/gateway.log' }`] } };
    }),
    4,
    plant('negative', 'meshcentral-node-id', 'none', "A device's node id (`node//<base64>`), which names the device in the group: an identifier, no credential.", ({ rng }) => {
      const id = `node//${rng.b64url(64)}`;
      return { value: id, event: { mc: [`WEB: Device ${id} (gw-pe30-${rng.int(100, 999)}) changed power state to 1`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'mesh' }, filler, render, steps });
}

// =====================================================================================================================
// Mkaka Wathu (Chichewa; Dowa: CAT, UTC+2)
// =====================================================================================================================

const MW = 'mkakawathu.example';
const PH = 'phunziro.example';

// ---------------------------------------------------------------------------------------------------------------------
// appwrite.log: `docker compose logs -t` of Appwrite 1.6 (the member app's backend): `<service>-1  | <RFC 3339 nanoseconds
// Z> <message>`, the API's `[Error] Timestamp:`/`Method:`/`URL:`/`Type:`/`Message:`/`File:`/`Line:` blocks, the
// functions worker's execution messages with the functions' output, the realtime server's connections.
// https://appwrite.io/docs/advanced/self-hosting/debug (from memory, not fetched).

function appwriteLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`;
  const render = (e) => e.aw.map(([svc, msg]) => `${`${svc}-1`.padEnd(29)}| ${stamp(e.t)} ${msg}`);
  const errBlock = (t, method, url, type, message, file, line) => [
    ['appwrite', `[Error] Timestamp: ${iso(t).slice(0, 19)}+00:00`], ['appwrite', `[Error] Method: ${method}`], ['appwrite', `[Error] URL: ${url}`], ['appwrite', `[Error] Type: ${type}`], ['appwrite', `[Error] Message: ${message}`], ['appwrite', `[Error] File: ${file}`], ['appwrite', `[Error] Line: ${line}`],
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ aw: [['appwrite-realtime', `Connection open (user: ${rng.hex(20)})`]] }),
      () => ({ aw: [['appwrite-worker-functions', `Executing function: ${rng.pick(['lipoti_la_mkaka', 'malipiro', 'lisiti'])} (${rng.hex(20)})`], ['appwrite-worker-functions', `Execution ${rng.hex(20)} completed in ${(rng.int(50, 4000) / 1000).toFixed(3)}s`]] }),
      () => ({ aw: errBlock(t, 'GET', '/v1/databases/:databaseId/collections/:collectionId/documents/:documentId', 'Appwrite\\Extend\\Exception', 'Document with the requested ID could not be found.', '/usr/src/code/app/controllers/api/databases.php', 3104) }),
      () => ({ aw: [['appwrite-worker-mails', `Mkaka walandiridwa: lisiti yatumizidwa kwa mlimi MW-DW-${digits(rng, 4)}`]] }),
      () => ({ aw: [['appwrite-realtime', `Connection close (user: ${rng.hex(20)})`]] }),
    ])();
  const fn = 'appwrite-worker-functions';
  const steps = [
    3,
    plant('negative', 'appwrite-execution-id', 'none', "An Appwrite execution id (20 hex): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(20);
      return { value: id, event: { aw: [[fn, `Execution ${id} of function malipiro queued (trigger: schedule)`]] } };
    }),
    3,
    plant('path-secret', 'appwrite-mails-worker-magic-url-secret', 'error', "The mails worker fails to send a magic URL sign-in mail and writes its template variables, the link with `userId` and `secret` (`/lowani?userId=…&secret=…`, \"sign in\"): whoever opens it is signed in until it expires.", ({ rng }) => {
      const s = rng.hex(128);
      return { value: s, event: { aw: [['appwrite-worker-mails', `Error sending mail to alimi+${digits(rng, 4)}@${MW}: Connection could not be established with host smtp.${MW}; variables: {"url":"https://app.${MW}/lowani?userId=${rng.hex(20)}&secret=${s}&expire=${encodeURIComponent(iso(DAY0 + 9 * HOUR))}","project":"Mkaka Wathu"}`]] } };
    }),
    4,
    plant('replay', 'appwrite-function-one-time-collection-code-once', 'note', WHY.ticketFirst("A one-time collection code (`nambala_yakamodzi`, \"number for once\") a farmer shows at the collection centre to draw an advance on the day's milk; the function logs the code and the centre. The code is"), ({ rng, t }) => {
      const code = upperNum(rng, 10);
      firstUse.mw = t;
      return { value: code, event: { aw: [[fn, `[lisiti] Chiphaso chavomerezedwa: nambala_yakamodzi=${code} malo=Mponela mlimi=MW-DW-0412 ip=${publicIp(rng)}`]] } };
    }, { ref: 'mw' }),
    2,
    plant('replay', 'appwrite-function-one-time-collection-code-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('mw').value, why: `${WHY.replay('nambala_yakamodzi', gap('mw', t))} Another centre, from another address, presented the same one-time code and the function accepted it again ("Chiphaso chavomerezedwa", "ticket accepted"): the advance was paid twice.` }], event: { aw: [[fn, `[lisiti] Chiphaso chavomerezedwa: nambala_yakamodzi=${refs.get('mw').value} malo=Madisi mlimi=MW-DW-0412 ip=${publicIp(rng)}`]] } }), { replayOf: 'mw', after: 96 }),
    3,
    plant('session-id', 'appwrite-realtime-session-cookie', 'error', WHY.session("The realtime server rejects a connection and writes the session cookie it was given (`a_session_<project>=<secret>`), Appwrite's session secret"), ({ rng }) => {
      const s = rng.hex(256).slice(0, 180);
      return { value: s, event: { aw: [['appwrite-realtime', `Failed to authorize connection: cookie a_session_mkakawathu=${s} (Project not found)`]] } };
    }),
    3,
    plant('api-key-name', 'appwrite-function-sms-gateway-kiyi', 'error', `${WHY.apiKey('kiyi')} ("key") The report function sends the day's totals by SMS through a gateway URL with the key in the query; the worker writes the function's error.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { [`aw`]: [[fn, `Execution of function lipoti_la_mkaka failed: Zalephera kutumiza SMS: GET https://sms.lilongwe-gw.example/v2/tumiza?kiyi=${key}&kwa=%2B26599${digits(rng, 7)} timed out after 15s`]] } };
    }),
    3,
    plant('embed-jwt', 'appwrite-function-statement-embed-jwt-1h-jti', 'error', "The statement function logs the signed link of a farmer's monthly milk statement it embeds in the app (`/embed/lipoti/<JWT>`, \"report\"): a JWT valid 1 h with a jti, live on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 20), jti: true, claims: { iss: `https://app.${MW}`, mlimi: 'MW-DW-0412', mwezi: '2027-09' } });
      return { value: token, jwt: facts, event: { aw: [[fn, `[lipoti] tsamba la lipoti: https://lipoti.${MW}/embed/lipoti/${token}`]] } };
    }),
    3,
    plant('id-token', 'appwrite-oauth2-invalid-response-id-token', 'error', "Appwrite's OAuth2 error writes the provider's token response it could not use, `id_token` included: the farmer's Google ID token, 1 h, live at the error block's time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 10), claims: { iss: 'https://accounts.google.com', sub: digits(rng, 21), aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, email_verified: true } });
      return { value: token, jwt: facts, event: { aw: errBlock(t, 'GET', '/v1/account/sessions/oauth2/callback/:provider/:projectId', 'Appwrite\\Extend\\Exception', `Invalid OAuth2 Response. Response from provider: {"access_token":"[hidden]","expires_in":3599,"id_token":"${token}","token_type":"Bearer"}`, '/usr/src/code/app/controllers/api/account.php', 1412) } };
    }),
    3,
    plant('framework-dump', 'appwrite-function-node-inspect-body-json', 'error', "A Node function prints `req.bodyJson` (util.inspect): the sign-up form of the member app with `mawu_achinsinsi` (\"password\") in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { aw: [[fn, `[lembetsa] { nambala_ya_mlimi: 'MW-DW-${digits(rng, 4)}', dzina: 'Chisomo Banda', foni: '+26599${digits(rng, 7)}', mawu_achinsinsi: '${pw}' }`]] } };
    }),
    3,
    plant('negative', 'appwrite-deployment-id', 'none', "A function deployment id (20 hex): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(20);
      return { value: id, event: { aw: [['appwrite-worker-builds', `Build of deployment ${id} for function lisiti finished (node-20.0)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'appwrite' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// baserow.log: `docker logs` of Baserow 1.29's all-in-one image (the collection centres' records): supervisor's
// per-process prefixes `[BACKEND][yyyy-mm-dd HH:MM:SS] …` (local time, no zone), `[CADDY][…] <Caddy JSON access log>`,
// `[CELERY_WORKER][…] …`, `[WEBFRONTEND][…] …`.
// https://baserow.io/docs/installation/install-with-docker (from memory, not fetched).

function baserowLog(rng) {
  const stamp = (t) => ymdHmsAt(t, CAT);
  const render = (e) => e.br.map(([p, msg]) => `[${p}][${stamp(e.t)}] ${msg}`);
  const caddy = (rng, t, uri, status, extraHeaders = {}, method = 'GET') => JSON.stringify({ level: 'info', ts: Number((t / 1000).toFixed(3)), logger: 'http.log.access', msg: 'handled request', request: { remote_ip: publicIp(rng), proto: 'HTTP/2.0', method, host: `mbiri.${MW}`, uri, headers: { 'User-Agent': [rng.pick(BROWSERS)], ...extraHeaders } }, status, size: rng.int(200, 9000), duration: rng.int(2, 900) / 1000 });
  const filler = (rng, t) =>
    rng.pick([
      () => ({ br: [['BACKEND', `INFO ${publicIp(rng)}:0 - "GET /api/database/views/grid/${rng.int(10, 90)}/?include=field_options HTTP/1.1" 200`]] }),
      () => ({ br: [['CADDY', caddy(rng, t, `/database/${rng.int(1, 9)}/table/${rng.int(10, 90)}/${rng.int(10, 90)}`, 200)]] }),
      () => ({ br: [['CELERY_WORKER', `[${iso(t).slice(0, 19).replace('T', ' ')},${msPart(t)}: INFO/ForkPoolWorker-${rng.int(1, 4)}] Task baserow.core.jobs.tasks.run_async_job[${rng.uuid()}] succeeded in ${(rng.int(10, 9000) / 1000).toFixed(3)}s: None`]] }),
      () => ({ br: [['WEBFRONTEND', `ℹ GET /database/${rng.int(1, 9)}/table/${rng.int(10, 90)} ${rng.int(20, 400)}ms`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'baserow-caddy-redacted-authorization', 'none', "Caddy's access log redacts `Authorization` (`[\"REDACTED\"]`) by default: no credential.", ({ rng, t }) => ({ value: '"Authorization":["REDACTED"]', event: { br: [['CADDY', caddy(rng, t, `/api/database/rows/table/${rng.int(10, 90)}/?user_field_names=true`, 200, { Authorization: ['REDACTED'] })]] } })),
    3,
    plant('path-secret', 'baserow-reset-password-signed-token', 'error', "A Baserow password reset link (`/reset-password/<token>`, itsdangerous-signed: `eyJ…` JSON, a timestamp and a signature, no JWT) that Caddy writes with the page request and the backend again with the API call: valid until it expires.", ({ rng, t }) => {
      const tok = `${b64Of(JSON.stringify({ user_id: rng.int(10, 400) })).replace(/=+$/, '')}.${rng.b64url(6)}.${rng.b64url(27)}`;
      return { value: tok, event: { br: [['CADDY', caddy(rng, t, `/reset-password/${tok}`, 200)], ['BACKEND', `INFO ${publicIp(rng)}:0 - "GET /api/user/dashboard/?reset=/reset-password/${tok} HTTP/1.1" 200`]] } };
    }),
    4,
    plant('api-key-name', 'baserow-backend-access-kiyi', 'error', `${WHY.apiKey('kiyi')} ("key") A milk-testing device posts readings with its key in the query, and the backend's access line writes it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { br: [['BACKEND', `INFO ${publicIp(rng)}:0 - "POST /api/database/rows/table/42/?user_field_names=true&kiyi=${key} HTTP/1.1" 401`]] } };
    }),
    4,
    plant('webhook', 'baserow-celery-webhook-integrately', 'error', WHY.webhook('An Integrately webhook (`webhooks.integrately.com/a/webhooks/<token>`) a table webhook calls on new collections; the celery worker writes the failed call (the token is the secret part)'), ({ rng, t }) => {
      const tok = rng.hex(32);
      return { value: tok, event: { br: [['CELERY_WORKER', `[${iso(t).slice(0, 19).replace('T', ' ')},${msPart(t)}: WARNING/ForkPoolWorker-2] Webhook 7 (kusonkhanitsa mkaka) call to https://webhooks.integrately.com/a/webhooks/${tok} failed: 502`]] } };
    }),
    4,
    plant('framework-dump', 'baserow-django-asgirequest-repr-chinsinsi', 'error', "Django's error report for a 500 writes the request as `<ASGIRequest: GET '…'>`; the query holds `chinsinsi` (\"secret\"), a form's shared secret, in clear.", ({ rng }) => {
      const s = rng.b64url(30);
      return { value: s, event: { br: [['BACKEND', 'ERROR Internal Server Error: /api/database/views/form/fomu-ya-mkaka/submit/'], ['BACKEND', `<ASGIRequest: POST '/api/database/views/form/fomu-ya-mkaka/submit/?chinsinsi=${s}'>`]] } };
    }),
    4,
    plant('encoded', 'baserow-caddy-percent-encoded-original-url-kiyi', 'error', "The login page is opened with the original URL percent-encoded in `original=`; inside it a key (`%3Fkiyi%3D<key>`) the collection centre's bookmark kept. Caddy writes the URI.", ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: key, event: { br: [['CADDY', caddy(rng, t, `/login?original=%2Fdatabase%2F3%2Ftable%2F42%2F118%3Fkiyi%3D${key}`, 200)]] } };
    }),
    4,
    plant('negative', 'baserow-celery-task-id', 'none', "A celery task id (UUID): an identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { br: [['CELERY_WORKER', `[${iso(t).slice(0, 19).replace('T', ' ')},${msPart(t)}: INFO/MainProcess] Task baserow.contrib.database.export.tasks.run_export_job[${id}] received`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'baserow' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hedgedoc.log: HedgeDoc 1.10 (the tutors' lesson notes), winston's `<ISO time Z> - <level>: <message>` with morgan's
// combined lines through its stream, and debug messages.
// https://docs.hedgedoc.org/configuration/ (from memory, not fetched).

function hedgedocLog(rng) {
  const stamp = (t) => iso(t);
  const render = (e) => e.hd.map(([lvl, msg]) => `${stamp(e.t)} - ${lvl}: ${msg}`);
  const morgan = (rng, t, method, url, status, referer, ua) => `${publicIp(rng)} - - [${clf(t)}] "${method} ${url} HTTP/1.1" ${status} ${rng.int(200, 9000)} "${referer}" "${ua ?? rng.pick(BROWSERS)}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ hd: [['info', morgan(rng, t, 'GET', `/${rng.b64url(22)}?both`, 200, `https://zolemba.${PH}/`)]] }),
      () => ({ hd: [['info', `SERVER connected a client (${rng.b64url(20)}) with protocol 4`]] }),
      () => ({ hd: [['info', `SERVER disconnected a client (${rng.b64url(20)}) of note ${rng.b64url(22)}`]] }),
      () => ({ hd: [['info', morgan(rng, t, 'GET', '/me', 200, `https://zolemba.${PH}/`)]] }),
      () => ({ hd: [['debug', `note ${rng.b64url(22)} saved (${rng.int(100, 9000)} bytes), kalasi-${rng.int(1, 8)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'hedgedoc-socketio-polling-cache-buster', 'none', "socket.io's polling cache buster (`t=<yeast id>`): no credential.", ({ rng, t }) => {
      const cb = rng.b64url(7);
      return { value: cb, event: { hd: [['info', morgan(rng, t, 'GET', `/socket.io/?noteId=${rng.b64url(22)}&EIO=4&transport=polling&t=${cb}`, 200, `https://zolemba.${PH}/`)]] } };
    }),
    3,
    plant('oauth-code', 'hedgedoc-morgan-oauth2-callback', 'warning', `${WHY.code} HedgeDoc's generic OAuth2 login comes back to \`/auth/oauth2/callback\`, and morgan's line writes the query.`, ({ rng, t }) => {
      const code = rng.b64url(32);
      return { value: code, event: { hd: [['info', morgan(rng, t, 'GET', `/auth/oauth2/callback?code=${code}&state=${rng.b64url(24)}`, 302, `https://lowani.${PH}/`)]] } };
    }),
    4,
    plant('refresh-token', 'hedgedoc-debug-oauth2-verify-refresh-token', 'error', `${WHY.refresh} The OAuth2 strategy's verify callback at debug writes the tokens it received (\`refreshToken=\`).`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { hd: [['debug', `oauth2 verify: accessToken=[hidden] refreshToken=${rt} profile=mphunzitsi.tiyamike`]] } };
    }),
    4,
    plant('implicit-fragment', 'hedgedoc-morgan-referer-fragment', 'error', "The tutoring portal's student page landed with an implicit-flow fragment, and the note it opened sent that address as Referer; morgan writes the Referer: `#access_token=` of the student's account.", ({ rng, t }) => {
      const at = rng.b64url(40);
      return { value: at, event: { hd: [['info', morgan(rng, t, 'GET', `/${rng.b64url(22)}?view`, 200, `https://${PH}/ophunzira/#access_token=${at}&token_type=bearer&expires_in=7200`)]] } };
    }),
    4,
    plant('session-id', 'hedgedoc-socket-debug-connect-sid-encoded', 'error', WHY.session("The socket's debug line writes the cookie of a rejected handshake, `connect.sid=s%3A<sid>.<signature>`: the express-session id percent-encoded with its signature"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { hd: [['debug', `SOCKET: handshake rejected (note kalasi-7 locked), cookie: connect.sid=s%3A${sid}.${rng.b64url(43)}`]] } };
    }),
    4,
    plant('embed-jwt', 'hedgedoc-morgan-referer-whiteboard-embed-120s-no-jti', 'warning', "A note embedded in the tutoring whiteboard: morgan writes the Referer, the whiteboard's embed URL (`/embed/<JWT>`) with a JWT valid 120 s and no jti, live when the line was written (morgan's time and winston's UTC)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(3, 40), claims: { iss: `https://bolodi.${PH}`, kalasi: 'kalasi-7', udindo: 'wophunzira' } });
      return { value: token, jwt: facts, event: { hd: [['info', morgan(rng, t, 'GET', `/${rng.b64url(22)}?view`, 200, `https://bolodi.${PH}/embed/${token}`)]] } };
    }),
    4,
    plant('negative', 'hedgedoc-build-asset-hash', 'none', "A built asset's content hash (`/build/index.<hash>.js`): a cache key, no credential.", ({ rng, t }) => {
      const h = rng.hex(20);
      return { value: h, event: { hd: [['info', morgan(rng, t, 'GET', `/build/index.${h}.js`, 200, `https://zolemba.${PH}/`)]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'hedgedoc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// galene.log: a Galène 0.9 server (the tutoring video classes) under systemd, its stderr as written by Go's log
// package: `yyyy/mm/dd HH:MM:SS <message>` (local time, no zone).
// https://galene.org/README.html (from memory, not fetched); the message texts from memory.

function galeneLog(rng) {
  const stamp = (t) => ymdHmsAt(t, CAT).replace(/-/g, '/');
  const render = (e) => e.gl.map((msg) => `${stamp(e.t)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ gl: [`Client ${rng.hex(32)} joined group kalasi-${rng.int(1, 8)} as ${rng.pick(['wophunzira', 'mphunzitsi'])}`] }),
      () => ({ gl: [`Client ${rng.hex(32)} left group kalasi-${rng.int(1, 8)}`] }),
      () => ({ gl: [`ICE connection state for ${rng.hex(32)}: ${rng.pick(['checking', 'connected', 'disconnected'])}`] }),
      () => ({ gl: [`Group kalasi-${rng.int(1, 8)}: ${rng.int(1, 30)} clients, ${rng.int(0, 12)} tracks`] }),
      () => ({ gl: [`http: TLS handshake error from ${publicIp(rng)}:${rng.int(1024, 65535)}: EOF`] }),
    ])();
  const header = [`${stamp(DAY0 + 5 * HOUR)} Listening on :8443`, `${stamp(DAY0 + 5 * HOUR)} Relay test successful in ${rng.int(5, 90)}ms, RTT = ${rng.int(5, 90)}ms`];
  const steps = [
    3,
    plant('negative', 'galene-client-id', 'none', "A Galène client id (32 hex): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { gl: [`Client ${id} kicked from group kalasi-3: Kalasi yatha ("class over")`] } };
    }),
    3,
    plant('api-key-name', 'galene-auth-server-url-kiyi-ya-seva', 'error', `${WHY.apiKey('kiyi_ya_seva')} ("server key") The groups' \`authServer\` URL carries the key the authorisation server expects, and Galène's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { gl: [`Couldn't contact authServer https://lowani.${PH}/galene-auth?kiyi_ya_seva=${key}: Post "https://lowani.${PH}/galene-auth?kiyi_ya_seva=${key}": dial tcp: i/o timeout`] } };
    }),
    4,
    plant('path-secret', 'galene-invite-token-group-url', 'error', "An invitation link to a class (`/group/kalasi-7/?token=<token>`, a Galène stateful token) that the server writes when it refuses a join: the link lets whoever has it into the class until the token expires.", ({ rng }) => {
      const tok = rng.b64url(22);
      return { value: tok, event: { gl: [`Join refused for /group/kalasi-7/?token=${tok}: group is full (30 clients)`] } };
    }),
    4,
    plant('header-dump', 'galene-whip-rejected-authorization-bearer', 'error', "The WHIP endpoint rejects a publisher and writes the `Authorization` header it got (`Bearer <token>`): the class stream's publishing token.", ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { gl: [`WHIP: rejected POST /group/kalasi-2/.whip from ${publicIp(rng)}: Authorization: Bearer ${tok}: not authorised`] } };
    }),
    4,
    plant('negative', 'galene-turn-username', 'none', "A TURN username (`<expiry>:<group>`) of the built-in TURN server: the username of a time-limited credential, not its password.", ({ rng }) => {
      const u = `${Math.floor(DAY0 / 1000) + 86400 + rng.int(0, 3000)}:kalasi-${rng.int(1, 8)}-${rng.hex(6)}`;
      return { value: u, event: { gl: [`TURN: allocation for ${u} from ${publicIp(rng)}:${rng.int(1024, 65535)}`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'galene' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// opencast.log: an Opencast 15 all-in-one node (recorded lessons), Karaf's `opencast.log`:
// `yyyy-mm-ddTHH:MM:SS,mmm | <LEVEL padded to 5> | (<Class>:<line>) - <message>` (local time, no zone).
// https://docs.opencast.org/r/15.x/admin/#configuration/logging/ (from memory, not fetched).

function opencastLog(rng) {
  const stamp = (t) => `${local(t, CAT).slice(0, 19)},${msPart(t)}`;
  const render = (e) => e.oc.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} | ${x[0].padEnd(5)} | (${x[1]}) - ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ oc: [['INFO', `WorkflowServiceImpl:${rng.int(1000, 2000)}`, `Workflow ${rng.int(1000, 9000)} (schedule-and-upload) ${rng.pick(['started', 'SUCCEEDED', 'paused'])}`]] }),
      () => ({ oc: [['INFO', `EncoderEngine:${rng.int(100, 600)}`, `Started encoding process for ${rng.uuid()} with profile adaptive-${rng.pick(['720p', '1080p', '480p'])}`]] }),
      () => ({ oc: [['INFO', `SchedulerServiceImpl:${rng.int(100, 2000)}`, `Capture agent ca-kalasi-${rng.int(1, 8)} heartbeat: idle`]] }),
      () => ({ oc: [['DEBUG', `ServiceRegistryJpaImpl:${rng.int(100, 3000)}`, `Dispatching ${rng.int(0, 9)} jobs`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'opencast-digest-response-hash', 'none', "A Digest `response=` in a request header Opencast's HTTP client writes: an MD5 over one nonce, no reusable credential.", ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { oc: [['DEBUG', 'HttpClientImpl:151', `Authorization: Digest username="opencast_system_account", realm="Opencast", nonce="${rng.b64url(24)}", uri="/workflow/instances", response="${h}", qop=auth, nc=00000001, cnonce="${rng.hex(16)}"`]] } };
    }),
    3,
    plant('header-dump', 'opencast-http-client-authorization-basic', 'error', "A capture agent's ingest call is retried, and the HTTP client at DEBUG writes its header `Authorization: Basic <base64>` (the capture agent's user and password).", ({ rng }) => {
      const b = b64Of(`ca-kalasi-7:${rng.alnum(18)}`);
      return { value: b, event: { oc: [['DEBUG', 'HttpClientImpl:151', `Retrying POST https://maphunziro.${PH}/ingest/addDCCatalog with header Authorization: Basic ${b}`]] } };
    }),
    4,
    plant('path-secret', 'opencast-signed-url-signature', 'error', "A signed distribution URL (`?policy=<base64 JSON>&keyId=…&signature=<hex>`) the download distribution writes: the signature lets whoever has the URL fetch the recording until the policy's end date.", ({ rng }) => {
      const sig = rng.hex(64);
      const mp = rng.uuid();
      const policy = b64Of(JSON.stringify({ Statement: { Resource: `https://maphunziro.${PH}/static/mh_default_org/engage-player/${mp}/presenter.mp4`, Condition: { DateLessThan: DAY0 + 30 * 86400000 } } }));
      return { value: sig, event: { oc: [['INFO', 'DownloadDistributionServiceImpl:322', `Distributed element ${rng.uuid()} of ${mp} to https://maphunziro.${PH}/static/mh_default_org/engage-player/${mp}/presenter.mp4?policy=${encodeURIComponent(policy)}&keyId=kalasi&signature=${sig}`]] } };
    }),
    4,
    plant('encoded', 'opencast-ingest-media-uri-percent-encoded-kiyi', 'error', "An ingest by URL: the media URI is percent-encoded in the query (`mediaUri=https%3A%2F%2F…%3Fkiyi%3D<key>`), and its storage link carries a key; the REST endpoint's error writes the encoded URI again.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { oc: [['WARN', 'IngestServiceImpl:1187', `Unable to download /ingest/addTrack?mediaPackage=${rng.uuid()}&flavor=presenter%2Fsource&mediaUri=https%3A%2F%2Fzosungira.${PH}%2Fkalasi-7%2Fphunziro-12.mp4%3Fkiyi%3D${key}: 403`], ['ERROR', 'IngestRestService:602', `Unable to add track from mediaUri https%3A%2F%2Fzosungira.${PH}%2Fkalasi-7%2Fphunziro-12.mp4%3Fkiyi%3D${key}`]] } };
    }),
    4,
    plant('refresh-token', 'opencast-youtube-publication-credential-map', 'error', `${WHY.refresh} The YouTube publication service at DEBUG writes the refreshed credential as a Java map (\`{access_token=…, refresh_token=…}\`).`, ({ rng }) => {
      const rt = `1//0${rng.b64url(100)}`;
      return { value: rt, event: { oc: [['DEBUG', 'YouTubeAPIVersion3ServiceImpl:118', `Credential refreshed: {access_token=[hidden], expires_in=3599, refresh_token=${rt}, token_type=Bearer}`]] } };
    }),
    4,
    plant('session-id', 'opencast-remember-me-cookie', 'error', WHY.session("The security filter at DEBUG writes the remember-me cookie it could not match (`oc-remember-me=<base64>`): Spring's remember-me token logs the admin in without a password"), ({ rng }) => {
      const c = b64Of(`admin:${Math.floor(DAY0 / 1000) + 14 * 86400}000:${rng.hex(64)}`).replace(/=+$/, '');
      return { value: c, event: { oc: [['DEBUG', 'TokenBasedRememberMeServices:142', `Remember-me cookie detected: oc-remember-me=${c}`]] } };
    }),
    4,
    plant('embed-jwt', 'opencast-jwt-filter-embed-player-no-exp', 'error', "The JWT filter rejects an embedded player request and writes its address (`/paella7/ui/embed.html?id=…&jwt=<JWT>`): a JWT without `exp` (the line has no zone; a token without exp is live either way)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 86400 * 40), claims: { iss: `https://${PH}`, sub: 'wophunzira-kalasi-7', roles: ['ROLE_STUDENT'] } });
      return { value: token, jwt: facts, event: { oc: [['WARN', 'JWTRequestHeaderAuthenticationFilter:97', `Rejected /paella7/ui/embed.html?id=${rng.uuid()}&jwt=${token}: claim 'name' missing`]] } };
    }),
    4,
    plant('negative', 'opencast-mediapackage-id', 'none', "A media package id (UUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { oc: [['INFO', 'IngestServiceImpl:684', `Ingesting media package ${id} (Phunziro 12: Masamu)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'opencast' }, filler, render, steps });
}

// =====================================================================================================================
// Biser Ohrid (Macedonian, Latin transliteration; Ohrid: CEST, UTC+2)
// =====================================================================================================================

const BO = 'biserohrid.example';

// ---------------------------------------------------------------------------------------------------------------------
// photoprism.log: `docker logs` of PhotoPrism (the wedding galleries), logrus' text formatter without a TTY:
// `time="<RFC 3339 Z>" level=<level> msg="<message>"`, the server's request lines at debug.
// https://docs.photoprism.app/getting-started/config-options/ (from memory, not fetched).

function photoprismLog(rng) {
  const render = (e) => e.pp.map(([lvl, msg]) => `time="${iso(e.t).slice(0, 19)}Z" level=${lvl} msg="${msg.replace(/"/g, '\\"')}"`);
  const filler = (rng) =>
    rng.pick([
      () => ({ pp: [['debug', `server: GET /api/v1/photos?count=120&offset=${rng.int(0, 900)}&merged=true&country=&camera=0&order=oldest&q= (200) [${rng.int(5, 300)}ms]`]] }),
      () => ({ pp: [['info', `index: added main jpg file svadba-${rng.int(100, 999)}/IMG_${digits(rng, 4)}.jpg`]] }),
      () => ({ pp: [['debug', `server: GET /api/v1/t/${rng.hex(40)}/public/tile_500 (200) [${rng.int(1, 40)}ms]`]] }),
      () => ({ pp: [['info', `faces: found ${rng.int(0, 20)} new markers`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'photoprism-photo-uid', 'none', "A photo's UID (`p` + 15 characters): an identifier, no credential.", ({ rng }) => {
      const id = `ps${lowerNum(rng, 14)}`;
      return { value: id, event: { pp: [['info', `photo: ${id} favorite set (galerija: svadba-petreski)`]] } };
    }),
    3,
    plant('path-secret', 'photoprism-share-link-token', 'error', "A gallery share link (`/s/<token>/<slug>`) sent to a wedding's guests: the token opens the album until the link expires; the server's debug line writes it.", ({ rng }) => {
      const tok = lowerNum(rng, 10);
      return { value: tok, event: { pp: [['debug', `server: GET /s/${tok}/svadba-petreski-2027 (302) [${rng.int(2, 40)}ms]`]] } };
    }),
    4,
    plant('oauth-code', 'photoprism-oidc-redirect-state-first', 'warning', `${WHY.code} PhotoPrism's OIDC redirect endpoint gets \`state\` first, then \`code\`; the server's debug line writes the query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { pp: [['debug', `server: GET /api/v1/oidc/redirect?state=${rng.b64url(22)}&code=${code}&iss=https%3A%2F%2Fnajava.${BO} (302) [${rng.int(20, 200)}ms]`]] } };
    }),
    3,
    plant('id-token', 'photoprism-oidc-warning-id-token-5min', 'error', "The OIDC login rejects an ID token (issuer mismatch) and the warning writes it: a JWT valid 5 min without jti, live at the line's UTC time (an ID token grades error while live)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(2, 60), claims: { iss: `https://najava.${BO}/realms/biser`, sub: rng.uuid(), aud: 'photoprism', preferred_username: 'fotograf.marija' } });
      return { value: token, jwt: facts, event: { pp: [['warning', `oidc: id_token ${token} rejected (issuer mismatch)`]] } };
    }),
    3,
    plant('refresh-token', 'photoprism-oidc-debug-token-response', 'error', `${WHY.refresh} The OIDC client at debug writes the token response (\`refresh_token=\`).`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { pp: [['debug', `oidc: token response token_type=Bearer expires_in=300 refresh_token=${rt}`]] } };
    }),
    3,
    plant('session-id', 'photoprism-session-debug-x-session-id', 'error', WHY.session("The auth middleware at debug writes the `X-Session-ID` it could not find in its cache (48 hex), the session id of the photographer's browser"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { pp: [['debug', `auth: session ${sid} not cached, loading from database (${publicIp(rng)})`]] } };
    }),
    3,
    plant('api-key-name', 'photoprism-places-kluch', 'error', `${WHY.apiKey('kluch')} ("key") The venue's own geocoder is called with the key in the query; the error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { pp: [['error', `places: failed to fetch https://geo.${BO}/reverse?lat=41.1${digits(rng, 3)}&lng=20.8${digits(rng, 3)}&kluch=${key} (401)`]] } };
    }),
    3,
    plant('negative', 'photoprism-file-sha1', 'none', "A file's SHA-1 hash, which PhotoPrism writes when it skips a duplicate: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { pp: [['info', `index: skipped duplicate svadba-petreski/IMG_${digits(rng, 4)}.jpg (sha1 ${h})`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'photoprism' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// shlink.log: Shlink 4's log (the venue's short links on invitations and boat tickets):
// `[<ISO 8601 microseconds with offset>] [<request token>] Shlink.<LEVEL> - <message>`.
// https://shlink.io/documentation/ (from memory, not fetched); the line format from memory of shlink-common's logger.

function shlinkLog(rng) {
  const stamp = (t) => `${local(t, CEST).slice(0, 23)}${digits(rng, 3)}+02:00`;
  const render = (e) => e.sl.map(([lvl, msg]) => `[${stamp(e.t)}] [${e.tok ?? rng.hex(13)}] Shlink.${lvl} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ sl: [['INFO', `Tracked visit for short code "${lowerNum(rng, 5)}" (potentially a bot: no)`]] }),
      () => ({ sl: [['INFO', `Short URL "https://bis.er/${lowerNum(rng, 5)}" created for "https://${BO}/${rng.pick(['meni', 'galerija', 'marina/cenovnik', 'kontakt'])}"`]] }),
      () => ({ sl: [['WARNING', `Short URL "https://bis.er/${lowerNum(rng, 5)}" not found`]] }),
      () => ({ sl: [['DEBUG', `Located visit for ${publicIp(rng)} in Ohrid, North Macedonia`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'shlink-request-token', 'none', "The request token Shlink puts in each line (`[<13 hex>]`): a request id, no credential.", ({ rng }) => {
      const tok = rng.hex(13);
      return { value: tok, event: { tok, sl: [['INFO', `Tracked visit for short code "marina" (potentially a bot: no)`]] } };
    }),
    3,
    plant('path-secret', 'shlink-created-invitation-link', 'error', "A short link created for a wedding invitation (`/pokana/<token>`, \"invitation\"): the long URL Shlink writes is the RSVP link, valid until the wedding.", ({ rng }) => {
      const tok = rng.b64url(24);
      return { value: tok, event: { sl: [['INFO', `Short URL "https://bis.er/${lowerNum(rng, 5)}" created for "https://svadbi.${BO}/pokana/${tok}"`]] } };
    }),
    3,
    plant('webhook', 'shlink-visit-webhook-tines', 'error', WHY.webhook('A Tines webhook (`<tenant>.tines.com/webhook/<path>/<secret>`) Shlink notifies of visits; its warning writes the URL (the last segment is the secret)'), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { sl: [['WARNING', `Failed to notify visit "${rng.int(1000, 9000)}" to webhook "https://biser-ops.tines.com/webhook/${rng.hex(32)}/${s}": 503 Service Unavailable`]] } };
    }),
    3,
    plant('embed-jwt', 'shlink-long-url-embed-seating-plan-expired', 'note', "A short link to the seating plan's embed (`/embed/raspored/<JWT>`, \"seating plan\") whose token expired two days before; Shlink's warning writes the long URL (its offset in the line)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(3600, 7200), jti: true, claims: { iss: `https://svadbi.${BO}`, svadba: 'petreski-2027', pogled: 'raspored' } });
      return { value: token, jwt: facts, event: { sl: [['WARNING', `Long URL "https://svadbi.${BO}/embed/raspored/${token}" of short code "raspored-pt" returned 401 when validated`]] } };
    }),
    3,
    plant('api-key-name', 'shlink-long-url-kluch', 'error', `${WHY.apiKey('kluch')} ("key") A short link made for the marina's berth map carries the map service's key in its long URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sl: [['INFO', `Short URL "https://bis.er/vez" created for "https://karti.${BO}/marina?sloj=vezovi&kluch=${key}"`]] } };
    }),
    3,
    plant('implicit-fragment', 'shlink-long-url-fragment-access-token', 'error', "A short link made from an address bar right after a login: the long URL's fragment holds `#access_token=`, a bearer token of the coordinator's account.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { sl: [['INFO', `Short URL "https://bis.er/${lowerNum(rng, 5)}" created for "https://planer.${BO}/svadbi/kalendar#access_token=${at}&token_type=Bearer&expires_in=3600"`]] } };
    }),
    3,
    plant('encoded', 'shlink-long-url-nested-percent-encoded-lozinka', 'error', "A short link whose long URL nests another, percent-encoded (`next=…%3Flozinka%3D<password>`): the guest Wi-Fi portal's password (\"lozinka\").", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { sl: [['INFO', `Short URL "https://bis.er/wifi" created for "https://portal.${BO}/najava?next=https%3A%2F%2Fwifi.${BO}%2Fgosti%3Fkorisnik%3Dsvadba%26lozinka%3D${pw}"`]] } };
    }),
    3,
    plant('negative', 'shlink-short-code', 'none', "A short code of a public page (`bis.er/<code>` for the menu): a short link, no credential.", ({ rng }) => {
      const code = `meni-${lowerNum(rng, 6)}`;
      return { value: code, event: { sl: [['INFO', `Short URL "https://bis.er/${code}" created for "https://${BO}/meni/esen-2027"`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'shlink' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// blynk.log: a Blynk legacy server 0.41 (the marina's shore-power pedestals), log4j2's
// `yyyy-MM-dd HH:mm:ss.SSS <LEVEL padded to 5> - <message>` (local time, no zone).
// https://github.com/blynkkk/blynk-server (from memory, not fetched).

function blynkLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, CEST)}.${msPart(t)}`;
  const render = (e) => e.bl.map(([lvl, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ bl: [['INFO', `Hardware P-${rng.int(1, 40)} connected from ${lan(rng, '10.50')}. dashId=${rng.int(1, 9)}, deviceId=${rng.int(0, 40)}`]] }),
      () => ({ bl: [['DEBUG', `P-${rng.int(1, 40)} vw ${rng.int(1, 9)} ${(rng.int(0, 3600) / 100).toFixed(2)}`]] }),
      () => ({ bl: [['INFO', `biser@${BO} Android app joined.`]] }),
      () => ({ bl: [['TRACE', `Storage flush: ${rng.int(10, 900)} points`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'blynk-firmware-build-hash', 'none', "The firmware build hash a pedestal reports at login: a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { bl: [['INFO', `Hardware P-14 info: fw=0.6.1, build=${h}, h-beat=45`]] } };
    }),
    3,
    plant('api-key-name', 'blynk-legacy-http-api-token-path', 'error', "The legacy HTTP API puts the device's auth token first in the path (`/<token>/update/V3?value=1`); the server's warning writes the path: whoever has it controls the pedestal (long-lived, like an API key).", ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { bl: [['WARN', `Error processing http request /${tok}/update/V3?value=1 from ${publicIp(rng)}. Reason : Device is offline.`]] } };
    }),
    4,
    plant('replay', 'blynk-pedestal-one-time-code-once', 'note', WHY.ticketFirst("A one-time code (`ednokraten_kod`) a boat owner enters to unlock a berth's shore power; the server writes the pedestal's virtual write at DEBUG. The code is"), ({ rng, t }) => {
      const code = digits(rng, 8);
      firstUse.bo = t;
      return { value: code, event: { bl: [['DEBUG', `P-14 vw 20 ednokraten_kod=${code} vez=14 from ${publicIp(rng)} -> Vezot e otkluchen`]] } };
    }, { ref: 'bo' }),
    2,
    plant('replay', 'blynk-pedestal-one-time-code-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('bo').value, why: `${WHY.replay('ednokraten_kod', gap('bo', t))} Another pedestal, from another address, sent the same one-time code and was unlocked ("Vezot e otkluchen"): the code was not spent.` }], event: { bl: [['DEBUG', `P-22 vw 20 ednokraten_kod=${refs.get('bo').value} vez=22 from ${publicIp(rng)} -> Vezot e otkluchen`]] } }), { replayOf: 'bo', after: 131 }),
    3,
    plant('webhook', 'blynk-webhook-windmill-token', 'error', WHY.webhook('A Windmill webhook (`/api/w/<workspace>/jobs/run/p/<path>?token=<token>`) the webhook widget calls when a berth is unlocked; the server writes the failed call (the token is the secret part)'), ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { bl: [['ERROR', `Error sending webhook to https://app.windmill.example/api/w/biser/jobs/run/p/f/marina/struja?token=${tok}. Reason : 500`]] } };
    }),
    3,
    plant('encoded', 'blynk-webhook-body-percent-encoded-json-kluch', 'error', "The billing webhook's body is form-encoded JSON (`body=%7B…%22kluch%22%3A%22<key>%22…%7D`), and the server writes it with the failed call: the billing service's key.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { bl: [['ERROR', `Webhook P-9 body=%7B%22vez%22%3A9%2C%22kwh%22%3A${rng.int(1, 40)}%2C%22kluch%22%3A%22${key}%22%7D. Reason : 400`]] } };
    }),
    3,
    plant('negative', 'blynk-share-token-redacted', 'none', "The server writes a shared app's token shortened (`shareToken=ab…`), its own masking: no credential.", ({ rng }) => {
      const v = `shareToken=${rng.alnum(4)}…`;
      return { value: v, event: { bl: [['INFO', `Shared app opened by recepcija, ${v}, dashId=2`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'blynk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kanboard-debug.log: Kanboard 1.2's `data/debug.log` with `DEBUG` on (the boat yard's job boards):
// `[yyyy-mm-dd HH:MM:SS] [<level>] <message>` (local time, no zone), plugins' messages among the core's.
// https://docs.kanboard.org/v1/admin/config/ (from memory, not fetched).

function kanboardLog(rng) {
  const stamp = (t) => ymdHmsAt(t, CEST);
  const render = (e) => e.kb.map(([lvl, msg]) => `[${stamp(e.t)}] [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ kb: [['debug', `SQL_QUERIES=${rng.int(4, 40)}`], ['debug', `RENDERING=${(rng.int(1, 90) / 1000).toFixed(4)}`], ['debug', `MEMORY=${rng.int(1, 8)}MB`]] }),
      () => ({ kb: [['debug', `Event: task.move.column, task #${rng.int(100, 1200)} (brod "${rng.pick(['Galeb', 'Ohrid 3', 'Labud', 'Sv. Naum'])}")`]] }),
      () => ({ kb: [['info', `SubtaskTimeTracking: user ${rng.int(2, 12)} stopped subtask ${rng.int(10, 900)}`]] }),
      () => ({ kb: [['debug', `Controller: TaskViewController::show task_id=${rng.int(100, 1200)} project_id=${rng.int(1, 6)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'kanboard-csrf-token', 'none', "A form's `csrf_token`, which a plugin's debug dump of the form writes: bound to the session, no credential on its own.", ({ rng }) => {
      const c = rng.hex(64);
      return { value: c, event: { kb: [['debug', `VezKod form values: array ( 'vez' => '22', 'brod' => 'Galeb', 'csrf_token' => '${c}' )`]] } };
    }),
    3,
    plant('session-id', 'kanboard-session-regenerate-kb-sid', 'error', WHY.session("A debug line of a session plugin writes the new session id after login (`KB_SID=<id>`), Kanboard's PHP session cookie"), ({ rng }) => {
      const sid = lowerNum(rng, 32);
      return { value: sid, event: { kb: [['debug', `SessionManager: regenerated KB_SID=${sid} for user 7 (rabotilnica)`]] } };
    }),
    4,
    plant('api-key-name', 'kanboard-incoming-webhook-token', 'error', `${WHY.apiKey('token')} Kanboard's incoming webhook URL carries the application's webhook token, which the webhook controller writes at debug.`, ({ rng }) => {
      const tok = rng.hex(60);
      return { value: tok, event: { kb: [['debug', `WebhookController: incoming /?controller=WebhookController&action=task&token=${tok}&project_id=3`]] } };
    }),
    4,
    plant('implicit-fragment', 'kanboard-oauth2-plugin-unexpected-fragment', 'error', "The OAuth2 plugin writes a redirect it did not expect, `#access_token=` in its fragment: a bearer token of the yard manager's account.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { kb: [['error', `OAuth2: unexpected redirect https://brodogradiliste.${BO}/?controller=OAuthController&action=handler&plugin=OAuth2#access_token=${at}&expires_in=3600`]] } };
    }),
    4,
    plant('replay', 'kanboard-plugin-one-time-gate-code-once', 'note', WHY.ticketFirst("A one-time gate code (`ednokraten_kod`) issued to a boat owner for the yard's gate, redeemed once (the plugin writes the code, the berth and the boat). The code is"), ({ rng }) => {
      const code = digits(rng, 8);
      return { value: code, event: { kb: [['info', `Plugin VezKod: ednokraten_kod=${code} iskoristen za vez 22 (brod "Galeb"), Kodot e prifaten`]] } };
    }),
    4,
    plant('encoded', 'kanboard-backup-url-base64-user-password', 'error', "The backup plugin's error writes its upload URL with `auth=<base64 of user:password>` (\"korisnik:lozinka\"), the WebDAV login of the archive.", ({ rng }) => {
      const b = b64Of(`kanboard-backup:${rng.alnum(18)}`);
      return { value: b, event: { kb: [['error', `Backup: upload to https://arhiva.${BO}/dav/?auth=${b} failed: Greshka 507`]] } };
    }),
    4,
    plant('negative', 'kanboard-attachment-path-hash', 'none', "An attachment's storage path (`tasks/<id>/<sha1>`): a content hash, no credential.", ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { kb: [['debug', `FileStorage: stored tasks/${rng.int(100, 1200)}/${h} (trup-foto.jpg)`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'kanboard' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout64');
writePart(join(here, 'heldout64'), {
  'evcc.log': evccLog(rng),
  'emhass.log': emhassLog(rng),
  'vikunja.log': vikunjaLog(rng),
  'teslamate.log': teslamateLog(rng),
  'meshcentral.log': meshLog(rng),
  'appwrite.log': appwriteLog(rng),
  'baserow.log': baserowLog(rng),
  'hedgedoc.log': hedgedocLog(rng),
  'galene.log': galeneLog(rng),
  'opencast.log': opencastLog(rng),
  'photoprism.log': photoprismLog(rng),
  'shlink.log': shlinkLog(rng),
  'blynk.log': blynkLog(rng),
  'kanboard-debug.log': kanboardLog(rng),
});
