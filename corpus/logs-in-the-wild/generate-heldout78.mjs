// Writes corpus/logs-in-the-wild/heldout78/: a seventy-eighth held-out part, in formats no other part uses (a pywws
// weather-station log at `-vv`, `docker logs -t` of ecowitt2mqtt with `--verbose`, a Dkron 3 agent log (logrus text),
// `docker logs -t` of a Xibo CMS 4 container (Apache and PHP), `docker logs` of Budibase's apps service (pino JSON),
// `docker logs -t` of metasfresh's app server (Spring Boot console), a CNCjs 1.10 server at `-vvv`, a Piwigo 14 KLogger
// file in `_data/logs/`, `docker logs -t` of Keila (Phoenix), `docker logs -t` of Bagisto 2 with Laravel's stderr
// channel, OpenWebRX+ through `journalctl -o short-iso`, a Pat (Winlink client) log file, `docker logs -t` of EverShop,
// WriteFreely through `journalctl -o short-iso`), with credentials planted in the places issue #14 lists and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files.
//
//   node corpus/logs-in-the-wild/generate-heldout78.mjs     rewrites heldout78/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Arrowhead Plow & Weather, a Duluth (Minnesota) snow ploughing contractor that also runs a network of
// school weather stations and the Lakewalk Roller Rink (English, five logs); Ostal Vidal, a Lunèl (Lengadòc) family
// group with a rice mill (lo Molin de Ris de la Palun), an organ builder's workshop (lo Talhièr d'Orgues Vidal) and an
// ice cream parlour (la Gelatariá de la Plaça) (Occitan, Lengadocian: messages in Occitan where the app shows them,
// routes, parameter, header, key and property names in Occitan, English code names, five logs); Familian Taitano, a
// Hagåtña (Guam) family group with a coast guard auxiliary station and its lighthouse heritage site and a vintage
// clothing shop (Chamorro: messages in Chamorro where the app shows them, routes and names in Chamorro, four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node-fetch/3.3.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildOnce = logBuilder(baseRequest);
/** Twice the ordinary lines the steps ask for, and one more between planted steps: logs of a few dozen lines each. */
const buildLog = (rng, spec) => buildOnce(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 2 + 1 : s)) });

const DAY0 = Date.UTC(2028, 0, 18, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Duluth in January (CST, UTC-6), Lunèl (CET, UTC+1), Hagåtña (ChST, UTC+10). */
const CST = -360;
const CET = 60;
const CHST = 600;
const lan = (rng, prefix = '192.168') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** `docker logs -t`'s RFC 3339 time with nanoseconds, in UTC. */
const dockerT = (t, rng, i = 0) => `${iso(t).slice(0, 23)}${pad(i * 7 + rng.int(0, 6), 3)}${digits(rng, 3)}Z`;
/** `journalctl -o short-iso`'s time (seconds and the offset without colon). */
const shortIso = (t, offset) => `${local(t, offset).slice(0, 19)}${zone(offset).replace(':', '')}`;

// =====================================================================================================================
// Arrowhead Plow & Weather (English; Duluth: CST, UTC-6)
// =====================================================================================================================

const AH = 'arrowheadplow.example';

// ---------------------------------------------------------------------------------------------------------------------
// pywws.log: pywws 24 (`pywws-livelog -vv -l pywws.log ~/weather/data`) on the school stations' Raspberry Pi: Python
// logging `%(asctime)s:%(name)s:%(message)s` (local time, no zone), the upload services' (`pywws.service.<name>`) debug
// lines. https://pywws.readthedocs.io/ (from memory, not fetched).

function pywwsLog(rng) {
  const render = (e) => e.py.map(([name, msg]) => `${ymdHmsAt(e.t, CST)}:${name}:${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ py: [['pywws.weatherstation', `live_data ${rng.int(1, 4096)} ${ymdHmsAt(DAY0, 0).slice(0, 10)}`]] }),
      () => ({ py: [['pywws.service.wunderground', '1 record sent']] }),
      () => ({ py: [['pywws.process', 'Generating summary data']] }),
      () => ({ py: [['pywws.regulartasks', "doing task sections ['live']"]] }),
      () => ({ py: [['pywws.service.windy', 'OK']] }),
      () => ({
        py: [
          [
            'pywws.weatherstation',
            `status {'lost_connection': False, 'rain_overflow': False} temp_out=${(-rng.int(40, 250) / 10).toFixed(1)}`,
          ],
        ],
      }),
    ])();
  const steps = [
    plant(
      'negative',
      'pywws-version-commit-hash',
      'none',
      'pywws writes its version and the commit it was built from at start-up (40 hex digits): a git hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            py: [
              ['pywws.logger', `pywws version 24.2.0, build 1751 (${h})`],
              ['pywws.logger', 'Python version 3.11.2 (main, Mar 13 2027, 12:18:29) [GCC 12.2.0]'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    4,
    plant(
      'framework-dump',
      'pywws-wunderground-debug-params-dict-password',
      'error',
      'At `-vv` the Weather Underground service writes the parameters it is about to send as a Python dict; `PASSWORD` is the station key Weather Underground issues: whoever has it posts as the station.',
      ({ rng }) => {
        const pw = rng.alnum(8);
        return {
          value: pw,
          event: {
            py: [
              [
                'pywws.service.wunderground',
                `params {'ID': 'KMNDULUT41', 'PASSWORD': '${pw}', 'action': 'updateraw', 'dateutc': '${ymdHmsAt(DAY0 + 11 * HOUR, 0)}', 'softwaretype': 'pywws-24.2.0', 'tempf': '${rng.int(-15, 15)}.${rng.int(0, 9)}'}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'pywws-windy-station-key-in-path',
      'error',
      "Windy's station upload takes the station's API key as a path segment (`stations.windy.com/pws/update/<key>`); the service's error writes the URL: the URL is the credential until the key is regenerated.",
      ({ rng }) => {
        const key = rng.b64url(36);
        return {
          value: key,
          event: {
            py: [
              [
                'pywws.service.windy',
                `<class 'requests.exceptions.HTTPError'>: 502 Server Error: Bad Gateway for url: https://stations.windy.com/pws/update/${key}?winddir=${rng.int(0, 359)}&wind=${rng.int(0, 12)}&temp=${-rng.int(1, 25)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'pywws-metoffice-wow-site-id',
      'none',
      "The Met Office WOW service's `siteid` (a uuid) in its success line: the public id of the site, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { py: [['pywws.service.metoffice', `OK siteid=${id}`]] } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'pywws-metoffice-connection-error-site-authentication-key',
      'error',
      `${WHY.apiKey('siteAuthenticationKey')} The Met Office WOW service's connection error (urllib3's \`Max retries exceeded with url:\`) writes the upload URL with it.`,
      ({ rng }) => {
        const key = rng.alnum(20);
        return {
          value: key,
          event: {
            py: [
              [
                'pywws.service.metoffice',
                `<class 'requests.exceptions.ConnectionError'>: HTTPSConnectionPool(host='wow.metoffice.gov.uk', port=443): Max retries exceeded with url: /automaticreading?siteid=${rng.uuid()}&siteAuthenticationKey=${key}&softwaretype=pywws (Caused by NameResolutionError("Failed to resolve 'wow.metoffice.gov.uk'"))`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'pywws-openweathermap-redirect-next-percent-encoded-appid',
      'error',
      "The school network's captive proxy redirected the OpenWeatherMap upload to its login page, and the service's warning writes the redirect with the original URL percent-encoded in `next=` (`…%3Fappid%3D<key>`): the station account's API key.",
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            py: [
              [
                'pywws.service.openweathermap',
                `unexpected redirect to https://portal.lakeheadschools.example/login?next=https%3A%2F%2Fapi.openweathermap.org%2Fdata%2F3.0%2Fmeasurements%3Fappid%3D${key}%26station_id%3D${rng.hex(24)}`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'wx-pi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ecowitt2mqtt.log: `docker logs -t ecowitt2mqtt` of ecowitt2mqtt with `--verbose` (Python logging's
// `LEVEL:name:message`, uvicorn's access lines `INFO:     <ip>:<port> - "<request>" <status>`), each line prefixed with
// docker's RFC 3339 UTC time. https://github.com/bachya/ecowitt2mqtt (from memory, not fetched).

function ecowittLog(rng) {
  const render = (e, rng) => e.ew.map((x, i) => `${dockerT(e.t, rng, i)} ${x}`);
  const gw = () => `${lan(rng)}:${rng.int(30000, 60000)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ew: [`INFO:     ${gw()} - "POST /data/report/ HTTP/1.1" 204 No Content`] }),
      () => ({
        ew: [
          `DEBUG:ecowitt2mqtt:Publishing to ecowitt2mqtt/wx-${rng.pick(['denfeld', 'lakeside', 'piedmont'])}: tempinf=${rng.int(60, 72)}.${rng.int(0, 9)} baromrelin=${rng.int(29, 30)}.${rng.int(100, 999)}`,
        ],
      }),
      () => ({
        ew: [`DEBUG:ecowitt2mqtt:Published to Home Assistant discovery topic homeassistant/sensor/${rng.hex(12)}/windspeedmph/config`],
      }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'ecowitt2mqtt-verbose-loaded-config-mqtt-password',
      'error',
      'At `--verbose` ecowitt2mqtt writes the configuration it loaded as a dict, `mqtt_password` in clear: the broker account of the stations.',
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            ew: [
              `DEBUG:ecowitt2mqtt:Loaded config: {'endpoint': '/data/report', 'hass_discovery': True, 'input_unit_system': 'imperial', 'mqtt_broker': 'mqtt.${AH}', 'mqtt_password': '${pw}', 'mqtt_port': 8883, 'mqtt_tls': True, 'mqtt_username': 'ecowitt', 'port': 8080, 'verbose': True}`,
              'INFO:     Started server process [1]',
              'INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)',
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'negative',
      'ecowitt2mqtt-passkey-md5-of-mac',
      'none',
      "The gateway's `PASSKEY` (the MD5 of its MAC address, upper-case hex) in the received payload: Ecowitt's device identifier, no credential.",
      ({ rng }) => {
        const pk = rng.hex(32).toUpperCase();
        return {
          value: pk,
          event: {
            ew: [
              `DEBUG:ecowitt2mqtt:Received data from the Ecowitt device: {'PASSKEY': '${pk}', 'stationtype': 'GW2000A_V3.1.4', 'dateutc': '${ymdHmsAt(DAY0 + 12 * HOUR, 0)}', 'tempinf': '68.9', 'humidityin': '31', 'model': 'GW2000A_WIFI${rng.hex(4).toUpperCase()}'}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'ecowitt2mqtt-uvicorn-access-wu-protocol-password',
      'error',
      `${WHY.apiKey('PASSWORD')} The Piedmont station's older gateway posts in Weather Underground's protocol (\`GET /data/report/?ID=…&PASSWORD=…\`), reusing the station's Weather Underground key; uvicorn's access line writes the query.`,
      ({ rng }) => {
        const pw = rng.alnum(8);
        return {
          value: pw,
          event: {
            ew: [
              `INFO:     ${gw()} - "GET /data/report/?ID=KMNDULUT77&PASSWORD=${pw}&tempf=${rng.int(-10, 20)}.${rng.int(0, 9)}&humidity=${rng.int(40, 90)}&dateutc=now&action=updateraw HTTP/1.1" 200 OK`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'ecowitt2mqtt-verbose-request-headers-bearer-ha-token',
      'error',
      "A bridge script on the Lakeside station posts with the Home Assistant long-lived access token it also uses for Home Assistant's API; ecowitt2mqtt's verbose dump of a rejected request writes its headers (`'authorization': 'Bearer <JWT>'`), on a line with docker's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 315360000, age: rng.int(86400 * 30, 86400 * 300), claims: { iss: rng.hex(32) } });
        return {
          value: token,
          jwt: facts,
          event: {
            ew: [
              `DEBUG:ecowitt2mqtt:Invalid payload (no PASSKEY), request headers: {'host': 'wx.${AH}:8080', 'user-agent': 'python-requests/2.28.1', 'content-type': 'application/x-www-form-urlencoded', 'authorization': 'Bearer ${token}'}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'ecowitt2mqtt-mqtt-url-userinfo-percent-encoded-password',
      'error',
      "The MQTT connection error writes the broker URL with the password in its user information, percent-encoded (`mqtts://ecowitt:<password with %40 and %2F>@…`): decoded, the broker account's password.",
      ({ rng }) => {
        const pw = `${rng.alnum(10)}%40${rng.alnum(6)}%2F${rng.alnum(6)}`;
        return {
          value: pw,
          event: {
            ew: [
              `ERROR:ecowitt2mqtt:There was an MQTT error while publishing to mqtts://ecowitt:${pw}@mqtt-backup.${AH}:8883: [Errno 111] Connection refused`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'ecowitt2mqtt-hass-discovery-unique-id',
      'none',
      "The Home Assistant discovery `unique_id` (the gateway's id and a sensor name): an identifier, no credential.",
      ({ rng }) => {
        const id = `${rng.hex(16)}_windgustmph`;
        return {
          value: id,
          event: {
            ew: [
              `DEBUG:ecowitt2mqtt:Publishing discovery config: {"name": "Wind gust", "unique_id": "${id}", "state_topic": "ecowitt2mqtt/wx-lakeside/windgustmph"}`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'wx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dkron.log: a Dkron 3.2 agent (the plough dispatch scheduler) through its log file, logrus' text formatter
// (`time="<RFC 3339 with offset>" level=<l> msg="…" <k>=<v>`, CST), a shell job's output at debug, the http executor's
// job JSON. https://dkron.io/docs/usage/executors/http/ (from memory, not fetched).

function dkronLog(rng) {
  const render = (e) => e.dk.map((x) => `time="${local(e.t, CST).slice(0, 19)}${zone(CST)}" ${x}`);
  const node = 'dkron-1';
  const filler = (rng) =>
    rng.pick([
      () => ({
        dk: [
          `level=info msg="agent: Running for job" job_name=${rng.pick(['route-board-refresh', 'salt-stock-sync', 'wx-alert-poll'])} node=${node}`,
        ],
      }),
      () => ({
        dk: [
          `level=debug msg="scheduler: Run job" job=${rng.pick(['route-board-refresh', 'salt-stock-sync', 'wx-alert-poll'])} node=${node}`,
        ],
      }),
      () => ({
        dk: [`level=info msg="grpc: Received execution done" group=${digits(rng, 19)} job=wx-alert-poll node=${node} success=true`],
      }),
      () => ({ dk: [`level=debug msg="store: Setting job" job=route-board-refresh node=${node}`] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'dkron-execution-group',
      'none',
      "Dkron's execution `group` (the run's start time in nanoseconds): an identifier, no credential.",
      ({ rng }) => {
        const g = `${Math.floor(DAY0 / 1000) + 40000}${digits(rng, 9)}`;
        return {
          value: g,
          event: { dk: [`level=info msg="grpc: Received execution done" group=${g} job=route-board-refresh node=${node} success=false`] },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'dkron-http-executor-job-json-headers-bearer',
      'error',
      'The http executor\'s job configuration is written at debug as JSON with its `headers` (`["Authorization: Bearer <token>"]`): the routing service\'s opaque API token.',
      ({ rng }) => {
        const tok = `rtk_${rng.alnum(40)}`;
        return {
          value: tok,
          event: {
            dk: [
              `level=debug msg="http: Executing" executor_config="map[debug:true expectCode:200 headers:[\\"Content-Type: application/json\\", \\"Authorization: Bearer ${tok}\\"] method:POST timeout:30 url:https://routes.${AH}/api/v2/boards/refresh]" job=route-board-refresh node=${node}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'dkron-shell-job-output-slack-webhook',
      'error',
      WHY.webhook(
        "A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<secret>`) the snow-emergency job posts to; the shell job's output, which Dkron logs at debug, writes the curl command line",
      ),
      ({ rng }) => {
        const sec = rng.alnum(24);
        return {
          value: sec,
          event: {
            dk: [
              `level=debug msg="shell: + curl -fsS -X POST -d @/tmp/snow-emergency.json https://hooks.slack.com/services/T0${upperNum(rng, 8)}/B0${upperNum(rng, 8)}/${sec}" job=snow-emergency-notify node=${node}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'dkron-shell-job-output-curl-cookie-sessionid',
      'error',
      WHY.session(
        "The salt supplier's portal has no API; the stock job replays a browser session with `curl -b 'sessionid=…'`, and the shell output (`set -x`) writes it, again in the execution's output when the job fails",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(32);
        return {
          value: sid,
          event: {
            dk: [
              `level=debug msg="shell: + curl -fsS -b 'sessionid=${sid}' https://orders.northlandsalt.example/depot/stock.csv" job=salt-stock-sync node=${node}`,
              `level=error msg="agent: Error running job" error="exit status 22" job=salt-stock-sync node=${node} output="+ curl -fsS -b 'sessionid=${sid}' https://orders.northlandsalt.example/depot/stock.csv\\ncurl: (22) The requested URL returned error: 403\\n"`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'dkron-shell-job-output-token-json',
      'error',
      `${WHY.refresh} The fleet telematics job prints the token endpoint's JSON answer before it reads the trucks' positions; Dkron logs the shell output line by line.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            dk: [
              `level=debug msg="shell: {\\"access_token\\":\\"${rng.b64url(40)}\\",\\"token_type\\":\\"Bearer\\",\\"expires_in\\":3600,\\"refresh_token\\":\\"${rt}\\"}" job=fleet-positions node=${node}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'dkron-job-update-env-map-api-key',
      'error',
      `${WHY.apiKey('DTN_API_KEY')} The weather alert job gets it through its shell executor's \`env\`; the store's debug line writes the job with its executor config as a Go map.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            dk: [
              `level=debug msg="store: Setting job" executor_config="map[command:/opt/jobs/wx-alert-poll.sh env:DTN_API_KEY=${key},ZONE=MNZ037 shell:true]" job=wx-alert-poll node=${node}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'dkron-raft-node-id',
      'none',
      "The raft server's id (a uuid) in a membership line: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { dk: [`level=info msg="raft: added peer, starting replication" peer=${id} node=${node}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'dkron' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// xibo-cms.log: `docker logs -t cms-xibo-1` of a Xibo CMS 4 container (the roller rink's signage): Apache's combined
// access log (CST) and PHP's error lines, docker's UTC time in front. https://xibosignage.com/docs/setup/ (from memory,
// not fetched).

function xiboLog(rng) {
  const clfAt = (t) => {
    const d = new Date(t + CST * MIN);
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(d.getTime()).slice(11, 19)} -0600`;
  };
  const render = (e, rng) =>
    e.xb.map(
      (x, i) =>
        `${dockerT(e.t, rng, i)} ${typeof x === 'string' ? x : `${x.ip ?? e.ip} - - [${clfAt(e.t)}] "${x.req}" ${x.status ?? 200} ${e.bytes} "${x.ref ?? '-'}" "${x.ua ?? e.ua}"`}`,
    );
  const disp = 'Xibo/4 (Android 12; Philips 43BDL)';
  const filler = (rng) =>
    rng.pick([
      () => ({ xb: [{ req: `POST /xmds.php?v=7 HTTP/1.1`, ua: disp, ip: lan(rng, '10.8') }] }),
      () => ({
        xb: [
          {
            req: `GET /xmds.php?file=${rng.int(100, 999)}.mp4&displayId=${rng.int(1, 9)}&type=M&itemId=${rng.int(100, 999)} HTTP/1.1`,
            ua: disp,
            ip: lan(rng, '10.8'),
          },
        ],
      }),
      () => ({
        xb: [{ req: `GET /layout/designer/${rng.int(10, 60)} HTTP/1.1`, ref: 'https://signage.lakewalkrink.example/layout/view' }],
      }),
      () => ({ xb: [{ req: `GET /dist/vendor.bundle.js?v=4.1.2 HTTP/1.1`, ref: 'https://signage.lakewalkrink.example/display/view' }] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'xibo-xmds-hardware-key',
      'none',
      "A display's `hardwareKey` (an MD5 the player derives from its device) in a `RequiredFiles` fault: the display's identifier, no credential.",
      ({ rng }) => {
        const hk = rng.hex(32);
        return {
          value: hk,
          event: {
            xb: [
              `[php:error] [pid ${rng.int(40, 900)}] [client ${lan(rng, '10.8')}:${rng.int(30000, 60000)}] PHP Warning:  XMDS RequiredFiles: display not authorised, hardwareKey=${hk} in /var/www/cms/lib/Xmds/Soap.php on line 412`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'xibo-widget-preview-weather-feed-key',
      'error',
      `${WHY.apiKey('key')} The rink's conditions widget pulls a weather feed whose URL carries the key; a layout preview request writes the widget's resource URL with it in the access line.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            xb: [
              {
                req: `GET /playlist/widget/resource/${rng.int(100, 999)}?preview=1&source=${encodeURIComponent('https://api.weatherapi.example/v1/current.json')}&key=${key}&q=Duluth HTTP/1.1`,
                ref: 'https://signage.lakewalkrink.example/layout/designer/14',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'xibo-webpage-widget-scoreboard-embed-no-exp',
      'error',
      "A webpage widget shows the roller derby scoreboard through its `/embed/<JWT>` page, a token without `exp`; the CMS caches the page for the displays and PHP's warning writes the URL when the fetch times out, with docker's UTC time in front",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: 'https://scores.lakewalkrink.example', board: 'derby-night', rink: 'lakewalk' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            xb: [
              `[php:error] [pid ${rng.int(40, 900)}] [client ${lan(rng, '10.8')}:${rng.int(30000, 60000)}] PHP Warning:  Webpage widget ${rng.int(100, 999)}: could not cache https://scores.lakewalkrink.example/embed/${token} (cURL error 28: Operation timed out) in /var/www/cms/lib/Widget/WebpageProvider.php on line 131`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'xibo-access-phpsessid-query',
      'error',
      WHY.session(
        "A support link pasted into a layout's ticker carried the CMS session as a query parameter (`?PHPSESSID=`), and the access line writes it",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(26);
        return {
          value: sid,
          event: { xb: [{ req: `GET /layout/view?PHPSESSID=${sid} HTTP/1.1`, ref: 'https://signage.lakewalkrink.example/library/view' }] },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'xibo-php-warning-webpage-widget-uri-fragment',
      'error',
      "The rink's livestream page was added to a webpage widget with the address it landed on after sign-in, fragment included (`#access_token=…`); PHP's warning about the widget writes the URI.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            xb: [
              `[php:error] [pid ${rng.int(40, 900)}] [client ${lan(rng)}:${rng.int(30000, 60000)}] PHP Notice:  Webpage widget ${rng.int(100, 999)}: uri https://live.lakewalkrink.example/stream/rink-cam#access_token=${at}&token_type=Bearer&expires_in=86400 is not embeddable (X-Frame-Options) in /var/www/cms/lib/Widget/WebpageProvider.php on line 88`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'xibo-access-referer-party-invite-link',
      'error',
      "A staff member opened the CMS from a birthday-party invitation page; the access line's Referer writes its link (`/party/invite/<token>`), which opens the party's booking until it is used.",
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: { xb: [{ req: 'GET /display/view HTTP/1.1', ref: `https://book.lakewalkrink.example/party/invite/${tok}` }] },
        };
      },
    ),
    3,
    plant('negative', 'xibo-cache-buster', 'none', 'A cache buster on a library thumbnail (`?cb=<hex>`): no credential.', ({ rng }) => {
      const cb = rng.hex(20);
      return {
        value: cb,
        event: {
          xb: [
            {
              req: `GET /library/thumbnail/${rng.int(100, 999)}?cb=${cb} HTTP/1.1`,
              ref: 'https://signage.lakewalkrink.example/library/view',
            },
          ],
        },
      };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 20 * HOUR, site: { host: 'signage' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// budibase-apps.log: `docker logs budibase-apps-1` of Budibase's apps service (pino JSON, one object a line: `level`,
// `time` in ms since the epoch, `pid`, `hostname`, `msg`, the request's `req` and the correlation id), the plough
// dispatch app. https://docs.budibase.com/docs/self-hosting (from memory, not fetched).

function budibaseLog(rng) {
  const render = (e) =>
    e.bb.map((x) => JSON.stringify({ level: x.level ?? 30, time: e.t, pid: 1, hostname: 'apps-7c9d4', ...x.o, msg: x.msg }));
  const cid = () => rng.uuid();
  const appId = `app_${rng.hex(32)}`;
  const req = (method, url, status, ip) => ({
    o: {
      req: { method, url, remoteAddress: ip ?? `::ffff:${lan(rng, '172.18')}` },
      res: { statusCode: status },
      correlationId: cid(),
      responseTime: rng.int(3, 400),
    },
    msg: 'request completed',
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ bb: [req('GET', `/api/${appId}/rows/ta_${rng.hex(32)}`, 200)] }),
      () => ({ bb: [req('POST', `/api/${appId}/queries/query_${rng.hex(32)}`, 200)] }),
      () => ({ bb: [{ msg: `automation trigger fired: "Route started" appId=${appId}`, o: { correlationId: cid() } }] }),
      () => ({ bb: [req('GET', '/builder/app/' + appId + '/design', 200)] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'budibase-correlation-id',
      'none',
      "Budibase's `correlationId` (a uuid) on a request line: a trace id, no credential.",
      ({ rng }) => {
        const c = rng.uuid();
        return {
          value: c,
          event: {
            bb: [
              {
                o: {
                  req: { method: 'GET', url: `/api/${appId}/tables`, remoteAddress: `::ffff:${lan(rng, '172.18')}` },
                  res: { statusCode: 200 },
                  correlationId: c,
                  responseTime: 12,
                },
                msg: 'request completed',
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'budibase-google-datasource-callback-req-url',
      'warning',
      `${WHY.code} The Google Sheets datasource's OAuth callback comes back to the apps service, and pino-http writes \`req.url\` with \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = encodeURIComponent(`4/0A${rng.b64url(60)}`);
        return {
          value: code,
          event: {
            bb: [
              req(
                'GET',
                `/api/global/auth/datasource/google/callback?state=${rng.uuid()}&code=${code}&scope=${encodeURIComponent('https://www.googleapis.com/auth/spreadsheets')}`,
                302,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'budibase-google-datasource-debug-tokens',
      'error',
      `${WHY.refresh} The datasource's debug message writes the tokens Google answered with, \`refresh_token\` included.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(100)}`;
        return {
          value: rt,
          event: {
            bb: [
              {
                level: 20,
                msg: `google datasource tokens saved: {"access_token":"ya29.${rng.b64url(60)}","expires_in":3599,"refresh_token":"${rt}","scope":"https://www.googleapis.com/auth/spreadsheets","token_type":"Bearer"}`,
                o: { correlationId: cid() },
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'budibase-oidc-callback-debug-id-token',
      'error',
      "The OIDC sign-in of the dispatchers writes the provider's answer at debug (`id_token`), on a line with pino's epoch-millisecond time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: {
            iss: `https://login.${AH}/realms/staff`,
            sub: rng.uuid(),
            aud: 'budibase',
            email: 'dispatch3@arrowheadplow.example',
            nonce: rng.b64url(16),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            bb: [
              {
                level: 20,
                msg: `oidc callback: token set { id_token: '${token}', token_type: 'Bearer', expires_in: 3600 }`,
                o: { correlationId: cid() },
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'budibase-route-sheet-ticket-once',
      'note',
      WHY.ticketFirst(
        "A driver's one-time route-sheet link (`?ticket=`) opened from the driver's phone; pino-http writes `req.url`. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.route = t;
        return {
          value: tk,
          event: { bb: [req('GET', `/app/plough-dispatch/route-sheet?ticket=${tk}&truck=P-14`, 200, '::ffff:198.51.100.47')] },
        };
      },
      { ref: 'route' },
    ),
    2,
    plant(
      'replay',
      'budibase-route-sheet-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('route').value,
            why: `${WHY.replay('ticket', gap('route', t))} Another address opened the same driver's route sheet and the app served it (200): the ticket was never consumed.`,
          },
        ],
        event: {
          bb: [req('GET', `/app/plough-dispatch/route-sheet?ticket=${refs.get('route').value}&truck=P-14`, 200, '::ffff:203.0.113.212')],
        },
      }),
      { replayOf: 'route', after: 97 },
    ),
    2,
    plant(
      'implicit-fragment',
      'budibase-client-error-report-location-fragment',
      'error',
      "The app's client library reports a front-end error with `location.href`, fragment included (`#access_token=…`), after the map provider's implicit sign-in.",
      ({ rng }) => {
        const at = rng.b64url(40);
        return {
          value: at,
          event: {
            bb: [
              {
                level: 50,
                msg: `client error: TypeError: Cannot read properties of undefined (reading 'lat') at https://apps.${AH}/app/plough-dispatch/map#access_token=${at}&token_type=bearer&expires_in=7200`,
                o: { correlationId: cid() },
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'budibase-embed-metabase-dashboard-120s',
      'warning',
      "The app's embed component loads the salt-usage dashboard through `/embed/dashboard/<JWT>` (120 s, no jti); the apps service's proxy line writes the URL, at pino's epoch-millisecond time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 30),
          claims: { resource: { dashboard: rng.int(2, 40) }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            bb: [
              {
                level: 40,
                msg: `embed proxy: upstream 504 for https://bi.${AH}/embed/dashboard/${token}#bordered=false`,
                o: { correlationId: cid() },
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'budibase-rest-datasource-x-budibase-api-key-header-dump',
      'error',
      `${WHY.apiKey('x-budibase-api-key')} The fleet tablets call the public API with it; the debug line of a rejected call writes the request headers.`,
      ({ rng }) => {
        const key = `${rng.hex(32)}-${rng.hex(64)}`;
        return {
          value: key,
          event: {
            bb: [
              {
                level: 20,
                msg: 'public api: unauthorised',
                o: {
                  req: {
                    method: 'POST',
                    url: `/api/public/v1/tables/ta_${rng.hex(32)}/rows/search`,
                    headers: { host: `apps.${AH}`, 'x-budibase-api-key': key, 'content-type': 'application/json' },
                  },
                  correlationId: cid(),
                },
              },
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'budibase-app-id',
      'none',
      'A Budibase app id (`app_<32 hex>`) in a publish message: an identifier, no credential.',
      ({ rng }) => {
        const id = `app_${rng.hex(32)}`;
        return { value: id, event: { bb: [{ msg: `app published: ${id} (plough-dispatch)`, o: { correlationId: cid() } }] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'apps' }, filler, render, steps });
}

// =====================================================================================================================
// Ostal Vidal (Occitan, Lengadocian; Lunèl: CET, UTC+1)
// =====================================================================================================================

const OV = 'ostalvidal.example';

// ---------------------------------------------------------------------------------------------------------------------
// metasfresh-app.log: `docker logs -t metasfresh-app` of the rice mill's metasfresh ERP (Spring Boot console pattern:
// `yyyy-MM-dd HH:mm:ss.SSS  LEVEL <pid> --- [thread] logger : message`, local time without zone), an integration's
// RestTemplate debug and its errors. https://docs.metasfresh.org/ (from memory, not fetched).

function metasfreshLog(rng) {
  const render = (e, rng) =>
    e.mf.map(
      (x, i) =>
        `${dockerT(e.t, rng, i)} ${typeof x === 'string' ? x : `${ymdHmsAt(e.t, CET)}.${msPart(e.t)}  ${x[0].padStart(5)} 1 --- [${x[1].padStart(15)}] ${x[2].padEnd(40)} : ${x[3]}`}`,
    );
  const RT = 'o.s.web.client.RestTemplate';
  const BASC = 'd.m.molin.bascula.BasculaClient';
  const filler = (rng) =>
    rng.pick([
      () => ({
        mf: [
          [
            'INFO',
            `nio-8181-exec-${rng.int(1, 9)}`,
            'd.m.rest_api.RestApiFilter',
            `GET /api/v2/material/receipt/${rng.int(1000, 9999)} -> 200`,
          ],
        ],
      }),
      () => ({
        mf: [
          [
            'INFO',
            'scheduling-1',
            BASC,
            `Pesada recebuda: camion ${upperNum(rng, 2)}-${digits(rng, 3)}-${upperNum(rng, 2)}, ${rng.int(8000, 26000)} kg de ris paddy`,
          ],
        ],
      }),
      () => ({
        mf: [['DEBUG', 'scheduling-1', 'd.m.a.process.ProcessExecutor', `Executing process AD_Process_ID=${rng.int(540000, 549999)}`]],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'metasfresh-masked-senhal',
      'none',
      "The integration's configuration line masks the weighbridge password (`senhal=******`): the application's own masking, no credential.",
      () => ({
        value: 'senhal=******',
        event: {
          mf: [['INFO', 'main', BASC, 'Configuracion de la bascula: url=https://bascula.molin.local/api, utilizaire=erp, senhal=******']],
        },
      }),
    ),
    2,
    plant(
      'api-key-name',
      'metasfresh-resttemplate-debug-url-clau',
      'error',
      `${WHY.apiKey('clau')} ("key") The weighbridge API takes it in the query; RestTemplate's debug line writes the URL and the client's error repeats it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://bascula.molin.local/api/pesadas?dempuei=${ymdHmsAt(DAY0, CET).slice(0, 10)}&clau=${key}`;
        return {
          value: key,
          event: {
            mf: [
              ['DEBUG', 'scheduling-1', RT, `HTTP GET ${url}`],
              ['WARN', 'scheduling-1', BASC, `Impossible de legir las pesadas: I/O error on GET request for "${url}": Read timed out`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'metasfresh-resttemplate-interceptor-headers-basic',
      'error',
      "A logging interceptor of the rice buyers' EDI client writes the request headers as Spring's `HttpHeaders` (`[Authorization:\"Basic <base64>\", …]`): the EDI account's login.",
      ({ rng }) => {
        const b = b64Of(`molin-palun:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            mf: [
              [
                'DEBUG',
                'edi-export-2',
                'd.m.molin.edi.EdiLoggingInterceptor',
                `Request POST https://edi.riscomerci.example/v1/desadv headers=[Content-Type:"application/xml", Authorization:"Basic ${b}", Content-Length:"4821"]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'metasfresh-shop-connector-token-response',
      'error',
      `${WHY.refresh} The web shop connector logs the token response it got at DEBUG.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            mf: [
              [
                'DEBUG',
                'shop-sync-1',
                'd.m.molin.botiga.BotigaTokenClient',
                `Responsa del geton: {access_token=${rng.b64url(40)}, token_type=Bearer, expires_in=3600, refresh_token=${rt}}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'metasfresh-ad-pinstance-parameters-dump-senhal-sftp',
      'error',
      "A process run writes its parameters one a line (`Parameter SENHAL_SFTP=…`); the process' parameter is not masked like the configuration: the SFTP password of the rice buyers' drop.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            mf: [
              [
                'INFO',
                `nio-8181-exec-${rng.int(1, 9)}`,
                'd.m.a.process.ProcessInfo',
                `Parameters of AD_PInstance_ID=${rng.int(1000000, 1999999)}:`,
              ],
              '  Parameter SERVIDOR_SFTP=sftp.riscomerci.example',
              '  Parameter UTILIZAIRE_SFTP=molin_palun',
              `  Parameter SENHAL_SFTP=${pw}`,
              '  Parameter REPERTORI=/entrada/desadv',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'metasfresh-redirect-tornar-percent-encoded-clau',
      'error',
      'The shop connector logs a redirect to the shop\'s login with the original request percent-encoded in `tornar=` ("return"), `clau%3D<key>` inside: the shop API\'s key.',
      ({ rng }) => {
        const key = rng.alnum(28);
        return {
          value: key,
          event: {
            mf: [
              [
                'WARN',
                'shop-sync-1',
                'd.m.molin.botiga.BotigaClient',
                `Redireccion inesperada cap a https://botiga.${OV}/connexion?tornar=%2Fapi%2Fcomandas%3Fclau%3D${key}%26estat%3Dnova`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'metasfresh-external-system-config-dump-x-clau-api',
      'error',
      `${WHY.apiKey('X-Clau-API')} The transport planner's header, written in clear by the external-system configuration dump at start-up.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            mf: [
              [
                'INFO',
                'main',
                'd.m.externalsystem.ExternalSystemConfig',
                `ExternalSystemConfig{type=Other, name=transport-planner, params={url=https://plan.transports-camarga.example/api, header=X-Clau-API, valor=${key}}}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'metasfresh-trace-id',
      'none',
      "A request's trace id (32 hex) in the API filter's line: no credential.",
      ({ rng }) => {
        const tr = rng.hex(32);
        return {
          value: tr,
          event: {
            mf: [
              [
                'INFO',
                `nio-8181-exec-${rng.int(1, 9)}`,
                'd.m.rest_api.RestApiFilter',
                `POST /api/v2/orders/sales/candidates -> 201 traceId=${tr}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'erp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cncjs.log: a CNCjs 1.10 server started with `-vvv` for the organ workshop's router (winston lines
// `<ISO time Z> - <level>: <namespace> <message>`), its event triggers' commands and the socket.io connections.
// https://github.com/cncjs/cncjs (from memory, not fetched).

function cncjsLog(rng) {
  const render = (e) => e.cn.map(([lvl, ns, msg]) => `${iso(e.t)} - ${lvl}: ${ns} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        cn: [
          [
            'verbose',
            'cncjs:controller:Grbl',
            `> G1 X${rng.int(10, 900)}.${rng.int(0, 9)} Y${rng.int(10, 600)}.${rng.int(0, 9)} F${rng.pick([1200, 1800, 2400])}`,
          ],
        ],
      }),
      () => ({
        cn: [
          [
            'silly',
            'cncjs:controller:Grbl',
            `< <Run|MPos:${rng.int(0, 900)}.000,${rng.int(0, 600)}.000,-${rng.int(0, 20)}.000|FS:1800,18000>`,
          ],
        ],
      }),
      () => ({ cn: [['info', 'cncjs:controller:Grbl', `Taula de vent: passada ${rng.int(1, 40)} acabada`]] }),
      () => ({ cn: [['debug', 'cncjs:api.watch', `Reading directory /home/talhier/gcode/somier-${rng.int(1, 12)}`]] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'cncjs-socket-id',
      'none',
      'A socket.io connection id (20 characters): names a connection, no credential.',
      ({ rng }) => {
        const id = rng.b64url(20);
        return { value: id, event: { cn: [['info', 'cncjs:cncengine', `New connection from ${lan(rng)}: id=${id}, clients=2`]] } };
      },
    ),
    3,
    plant(
      'session-id',
      'cncjs-socketio-handshake-token-jwt',
      'error',
      WHY.session(
        "The workshop's tablet connects with its CNCjs access token in the socket.io query (`?token=<JWT>`, the server's session token, signed with the `.cncrc` secret), and the server's debug line of the handshake writes it, with its UTC time",
      ),
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400 * 5),
          claims: { id: rng.hex(8), name: 'talhier' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cn: [['debug', 'cncjs:cncengine', `handshake GET /socket.io/?token=${token}&EIO=3&transport=websocket from ${lan(rng)}`]],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'cncjs-event-trigger-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<secret>/`) the `gcode:stop` event posts to; the event trigger writes its system command',
      ),
      ({ rng }) => {
        const sec = rng.lowerNum(7);
        return {
          value: sec,
          needle: `/${sec}/`,
          event: {
            cn: [
              [
                'info',
                'cncjs:EventTrigger',
                `Execute command: curl -s -X POST https://hooks.zapier.com/hooks/catch/${digits(rng, 8)}/${sec}/ -d 'talhier=vidal&eveniment=gcode:stop'`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'cncjs-watch-load-share-link',
      'error',
      "The G-code of a wind chest was loaded from a cloud share link (`/s/<token>/download`), and the loader's line writes it: the link opens the workshop's drawings to anyone until it is revoked.",
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            cn: [
              [
                'info',
                'cncjs:api.gcode',
                `Cargament de https://nuvol.${OV}/s/${tok}/download?path=%2Fsomiers&files=somier-principal-8p.nc`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'cncjs-macro-curl-clau',
      'error',
      `${WHY.apiKey('clau')} A macro reports the job's end to the workshop's time sheet with the key in the query, and the server writes the macro's command.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            cn: [
              [
                'info',
                'cncjs:controller:Grbl',
                `Macro "Fin de trabalh": %wait ; curl "https://temps.${OV}/api/ponch?clau=${key}&maquina=router-1"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant('negative', 'cncjs-gcode-file-sha1', 'none', 'The SHA-1 of a loaded G-code file: a checksum, no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return {
        value: h,
        event: { cn: [['debug', 'cncjs:controller:Grbl', `Load G-code: name="tuel-16p.nc", size=${rng.int(10000, 900000)}, sha1=${h}`]] },
      };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'cnc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log_2028-01-18_<hash>.txt: a Piwigo 14 log in `_data/logs/` (the organ builder's gallery of instruments), KLogger's
// `[yyyy-mm-dd H:i:s.u] [<level>] <message>` (local time without zone), with the OAuth login plugin's debug lines.
// https://piwigo.org/doc/ (from memory, not fetched).

function piwigoLog(rng) {
  const render = (e) => e.pw.map(([lvl, msg]) => `[${ymdHmsAt(e.t, CET)}.${msPart(e.t)}${digits(rng, 3)}] [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ pw: [['info', `[ws] pwg.images.addChunk image_id=${rng.int(100, 999)} chunk ${rng.int(1, 9)}/9`]] }),
      () => ({ pw: [['debug', `[sync] album "Orgue de Sant Firmin" : ${rng.int(1, 40)} fotos novèlas`]] }),
      () => ({
        pw: [
          ['info', `[derivatives] generated ${rng.pick(['2small', 'thumb', 'medium', 'large'])} for upload/2028/01/18/${rng.hex(8)}.jpg`],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'piwigo-pwg-token-csrf',
      'none',
      "Piwigo's `pwg_token` on an admin action: a CSRF token bound to the session, no credential.",
      ({ rng }) => {
        const tk = rng.hex(32);
        return { value: tk, event: { pw: [['debug', `[admin] GET /admin.php?page=photos_add&pwg_token=${tk}`]] } };
      },
    ),
    2,
    plant(
      'oauth-code',
      'piwigo-oauth-plugin-callback-url',
      'warning',
      `${WHY.code} The OAuth login plugin writes the callback URL it received at debug.`,
      ({ rng }) => {
        const code = rng.b64url(36);
        return {
          value: code,
          event: {
            pw: [
              ['debug', `[OAuth] callback: /plugins/oAuth/auth.php?provider=Google&code=${code}&state=${rng.hex(32)}&scope=email+profile`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'piwigo-lost-password-key',
      'error',
      "Piwigo's lost-password link (`password.php?action=reset&key=<key>`) the mail step writes: the link sets a new password until it is used.",
      ({ rng }) => {
        const key = rng.alnum(20);
        return {
          value: key,
          event: {
            pw: [
              [
                'info',
                `[mail] corrièl de reïnicializacion mandat a m.fabre@${OV}: https://galeria.${OV}/password.php?action=reset&key=${key}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'piwigo-ws-debug-pwg-id-query',
      'error',
      WHY.session(
        "The upload tool passes Piwigo's session as `pwg_id=` in the web service URL, and the web service's debug line writes it",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(26);
        return { value: sid, event: { pw: [['debug', `[ws] POST /ws.php?format=json&method=pwg.images.addSimple&pwg_id=${sid}`]] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'piwigo-debug-request-headers-cookie-remember',
      'error',
      'A debug dump of the request headers writes `Cookie: pwg_id=…; pwg_remember=<value>`: the remember-me cookie signs the user in for weeks.',
      ({ rng }) => {
        const rem = `${rng.int(2, 9)}-${Math.floor(DAY0 / 1000) + 86400 * 20}-${rng.b64url(28)}`;
        return {
          value: rem,
          event: {
            pw: [
              [
                'debug',
                `[request] headers: Host: galeria.${OV} | User-Agent: ${rng.pick(BROWSERS)} | Cookie: pwg_display_thumbnail=no_display_thumbnail; pwg_remember=${rem}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'piwigo-oauth-plugin-state-base64-json-secret',
      'error',
      "The OAuth plugin's error writes its saved provider configuration as base64 JSON (`config=eyJ…`), the provider's `client_secret` inside.",
      ({ rng }) => {
        const b = b64Of(
          JSON.stringify({
            provider: 'Google',
            client_id: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`,
            client_secret: `GOCSPX-${rng.b64url(28)}`,
          }),
        );
        return { value: b, event: { pw: [['error', `[OAuth] configuracion invalida, config=${b}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'piwigo-image-md5sum',
      'none',
      "An image's md5sum, which Piwigo keeps for duplicates: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { pw: [['info', `[ws] pwg.images.exist md5sum=${h} -> null`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'galeria' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// keila.log: `docker logs -t keila` of Keila 0.15 (the ice cream parlour's newsletter; Elixir Logger's
// `HH:MM:SS.mmm request_id=<id> [info] …`, Phoenix's `GET /…`, `Processing with …` and `  Parameters: %{…}` lines) with
// docker's UTC time in front. https://www.keila.io/docs (from memory, not fetched).

function keilaLog(rng) {
  const render = (e, rng) =>
    e.kl.map(
      (x, i) =>
        `${dockerT(e.t, rng, i)} ${typeof x === 'string' ? x : `${iso(e.t).slice(11, 23)} request_id=${x.rid ?? e.rid} [${x[0]}] ${x[1]}`}`,
    );
  const phx = (e, method, path, params, ctl) => [
    [`info`, `${method} ${path}`],
    ['debug', `Processing with KeilaWeb.${ctl}`],
    ['debug', `  Parameters: ${params}`],
    ['debug', '  Pipelines: [:browser]'],
    ['info', `Sent ${rng.pick([200, 200, 302])} in ${rng.int(2, 90)}ms`],
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ rid: rng.b64url(20), kl: phx(null, 'GET', '/campaigns', '%{}', 'CampaignController.index/2') }),
      () => ({ rid: rng.b64url(20), kl: [['info', `Letra "Gelats d'ivèrn" mandada a ${rng.int(10, 400)} abonats`]] }),
      () => ({
        rid: rng.b64url(20),
        kl: [
          ['info', `GET /api/v1/contacts`],
          ['info', `Sent 200 in ${rng.int(2, 90)}ms`],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'keila-phoenix-request-id',
      'none',
      "Phoenix's `request_id` on a request's lines: a request id, no credential.",
      ({ rng }) => {
        const rid = rng.b64url(20);
        return {
          value: rid,
          event: {
            rid,
            kl: [
              ['info', 'GET /forms'],
              ['info', `Sent 200 in ${rng.int(2, 90)}ms`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'keila-double-opt-in-link-and-params',
      'error',
      'A double opt-in link (`/double-opt-in/<form>/<contact>/<hmac>`): it confirms the subscription of whoever the address belongs to; Phoenix writes the path and the `Parameters:` line repeats the hmac.',
      ({ rng }) => {
        const h = rng.b64url(43);
        const f = `nfrm_${rng.alnum(8)}`;
        const c = `c_${rng.alnum(8)}`;
        return {
          value: h,
          event: {
            rid: rng.b64url(20),
            kl: phx(
              null,
              'GET',
              `/double-opt-in/${f}/${c}/${h}`,
              `%{"contact_id" => "${c}", "form_id" => "${f}", "hmac" => "${h}"}`,
              'PublicFormController.double_opt_in/2',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'keila-phoenix-parameters-senhal',
      'error',
      'The parlour\'s loyalty sign-up form posts to a custom route with the field `senhal` ("password"); Phoenix filters `password` from `Parameters:`, not `senhal`.',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            rid: rng.b64url(20),
            kl: phx(
              null,
              'POST',
              '/fidelitat/inscripcion',
              `%{"_csrf_token" => "[FILTERED]", "corrièl" => "l.bonnet@example.net", "senhal" => "${pw}", "prenom" => "Laura"}`,
              'FidelitatController.create/2',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'keila-bilhet-unic-once',
      'note',
      WHY.ticketFirst(
        'A one-time tasting-voucher link (`?bilhet_unic=`, "single ticket") redeemed once at the counter; Phoenix writes the path. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          needle: `bilhet_unic=${tk}`,
          event: {
            rid: rng.b64url(20),
            kl: [
              ['info', `GET /tast/bon?bilhet_unic=${tk}`],
              ['info', 'Sent 200 in 14ms'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'keila-logger-metadata-session-cookie',
      'error',
      WHY.session("A custom plug logs a rejected request with its cookie (`_keila_key=…`), Keila's signed session cookie"),
      ({ rng }) => {
        const s = `SFMyNTY.${rng.b64url(120)}.${rng.b64url(43)}`;
        return { value: s, event: { rid: rng.b64url(20), kl: [['warning', `Requèsta refusada (origin) cookie=_keila_key=${s}`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'keila-sender-error-mailgun-api-key-url',
      'error',
      `${WHY.apiKey('api_key')} The parlour's custom sender adapter puts it in the query of its delivery call, and the error writes the URL.`,
      ({ rng }) => {
        const key = `key-${rng.hex(32)}`;
        return {
          value: key,
          event: { rid: rng.b64url(20), kl: [['error', `Error de mandadís: POST https://mail-relay.${OV}/v3/send?api_key=${key} -> 503`]] },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'keila-campaign-notify-webex-incoming-webhook',
      'error',
      WHY.webhook(
        'A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<token>`) the campaign-sent notice posts to; the error writes the URL',
      ),
      ({ rng }) => {
        const tok = rng.b64url(80);
        return {
          value: tok,
          event: {
            rid: rng.b64url(20),
            kl: [
              [
                'error',
                `Notificacion pas mandada a https://webexapis.com/v1/webhooks/incoming/${tok}: %Req.TransportError{reason: :timeout}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'keila-oidc-debug-id-token',
      'error',
      "The staff sign-in through the family's identity provider writes the token set at debug (`id_token`), with docker's UTC time in front",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          jti: true,
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://identitat.${OV}`, sub: rng.uuid(), aud: 'keila', email: `gelataria@${OV}` },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            rid: rng.b64url(20),
            kl: [['debug', `OIDC tokens: %{"access_token" => "[FILTERED]", "id_token" => "${token}", "token_type" => "Bearer"}`]],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'keila-csrf-token-hidden-field',
      'none',
      "Phoenix's `_csrf_token` in a logged form: a CSRF token, no credential.",
      ({ rng }) => {
        const c = rng.b64url(56);
        return {
          value: c,
          event: {
            rid: rng.b64url(20),
            kl: phx(
              null,
              'POST',
              '/forms/nfrm_Glac1eR0',
              `%{"_csrf_token" => "${c}", "contact" => %{"email" => "p.roux@example.net"}}`,
              'PublicFormController.submit/2',
            ),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'keila' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bagisto.log: `docker logs -t bagisto-php` of Bagisto 2 (the ice cream parlour's order shop) with `LOG_CHANNEL=stderr`:
// Laravel's `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>` (local time, no zone), docker's UTC
// time in front. https://devdocs.bagisto.com/ (from memory, not fetched).

function bagistoLog(rng) {
  const render = (e, rng) => e.bg.map(([lvl, msg], i) => `${dockerT(e.t, rng, i)} [${ymdHmsAt(e.t, CET)}] production.${lvl}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        bg: [
          [
            'INFO',
            `Comanda #${rng.int(1000, 9999)} creada: ${rng.int(1, 6)} tortas gelat, retirada ${rng.pick(['dissabte', 'dimenge', 'divendres'])}`,
          ],
        ],
      }),
      () => ({ bg: [['DEBUG', `cart.updated {"cart_id":${rng.int(100, 999)},"items":${rng.int(1, 5)}}`]] }),
      () => ({ bg: [['INFO', `Stock low: sku=gelat-${rng.pick(['vanilha', 'avelana', 'fraisa', 'cafe'])} qty=${rng.int(0, 5)}`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'bagisto-csrf-token-context',
      'none',
      "Laravel's `_token` (the form's CSRF token) in a logged request context: no credential.",
      ({ rng }) => {
        const c = rng.alnum(40);
        return { value: c, event: { bg: [['DEBUG', `checkout.save-address {"_token":"${c}","billing":{"city":"Lunèl"}}`]] } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'bagisto-js-error-report-url-fragment',
      'error',
      "The storefront's JavaScript error report writes the page address with the fragment the payment provider's implicit flow left (`#access_token=…`).",
      ({ rng }) => {
        const at = rng.b64url(42);
        return {
          value: at,
          event: {
            bg: [
              [
                'ERROR',
                `js-error {"message":"Uncaught TypeError: e.total is undefined","url":"https://botiga.${OV}/checkout/onepage#access_token=${at}&token_type=bearer&expires_in=3600"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'bagisto-payment-token-response-context',
      'error',
      `${WHY.refresh} The payment module logs the provider's token response as the context of a warning.`,
      ({ rng }) => {
        const rt = rng.b64url(60);
        return {
          value: rt,
          event: {
            bg: [
              [
                'WARNING',
                `pagament: geton renovelat {"access_token":"${rng.b64url(40)}","refresh_token":"${rt}","expires_in":32400,"scope":"payments"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'bagisto-logout-id-token-hint-expired',
      'note',
      "The admin's single sign-out redirects with `id_token_hint=<JWT>` to the end-session endpoint, logged an hour after the token expired (docker's UTC time on the line)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          age: 5400,
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://identitat.${OV}`, sub: rng.uuid(), aud: 'bagisto-admin' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            bg: [
              [
                'INFO',
                `admin logout redirect https://identitat.${OV}/realms/ostal/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fbotiga.${OV}%2Fadmin`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'bagisto-embed-order-tracker-expired',
      'note',
      "The order page embeds the delivery tracker through `/embed/<JWT>`; the warning writes a tracker URL whose token, with a jti, had expired two days before the line (docker's UTC time on the line)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: 86400 * 3,
          jti: true,
          claims: { iss: `https://seguiment.${OV}`, comanda: rng.int(1000, 9999) },
        });
        return {
          value: token,
          jwt: facts,
          event: { bg: [['WARNING', `seguiment: iframe refused https://seguiment.${OV}/embed/${token}`]] },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'bagisto-guest-order-view-link',
      'error',
      'The guest order confirmation mail writes its view link (`/comanda/veire/<token>`): it opens the order, address and phone included, to anyone who has it.',
      ({ rng }) => {
        const tok = rng.alnum(40);
        return { value: tok, event: { bg: [['INFO', `Mail OrderConfirmation queued: ligam https://botiga.${OV}/comanda/veire/${tok}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'bagisto-order-increment-uuid',
      'none',
      "The order's uuid in an event line: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { bg: [['INFO', `sales.order.save.after {"order_uuid":"${id}"}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'botiga' }, filler, render, steps });
}

// =====================================================================================================================
// Familian Taitano (Chamorro; Hagåtña: ChST, UTC+10)
// =====================================================================================================================

const FT = 'taitano.example';

// ---------------------------------------------------------------------------------------------------------------------
// openwebrx.log: `journalctl -u openwebrx -o short-iso` of OpenWebRX+ 1.2 at the coast guard auxiliary station (Python
// logging `%(asctime)s - %(name)s - %(levelname)s - %(message)s` after the journal's prefix).
// https://github.com/luarvique/openwebrx (from memory, not fetched).

function openwebrxLog(rng) {
  const render = (e) =>
    e.ow.map(
      ([name, lvl, msg]) =>
        `${shortIso(e.t, CHST)} guardiakosta openwebrx[${712}]: ${ymdHmsAt(e.t, CHST)},${msPart(e.t)} - ${name} - ${lvl} - ${msg}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ ow: [['owrx.source', 'INFO', `Starting sdr_connector for profile "marine-vhf"`]] }),
      () => ({ ow: [['owrx.aprs', 'INFO', `KH2${upperNum(rng, 3)}>APRS: position 13.${rng.int(400, 600)}N 144.${rng.int(600, 800)}E`]] }),
      () => ({ ow: [['owrx.dsc', 'INFO', `DSC routine call from MMSI ${digits(rng, 9)} on ch70`]] }),
      () => ({ ow: [['owrx.connection', 'INFO', `Håfa adai: client connected from ${lan(rng)}`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'openwebrx-sdr-profile-uuid',
      'none',
      "An SDR profile's id (a uuid) in the source's line: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { ow: [['owrx.source', 'INFO', `activating profile ${id} (marine-vhf)`]] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'openwebrx-receiverbook-receiver-key',
      'error',
      `${WHY.apiKey('receiver_keys')} The receiver's key for the receiver directory (\`owrx-<id>-<secret>\`) is written by the settings dump at DEBUG.`,
      ({ rng }) => {
        const k = `owrx-${rng.hex(16)}-${rng.hex(64)}`;
        return {
          value: k,
          event: {
            ow: [
              [
                'owrx.config',
                'DEBUG',
                `core settings loaded: {'receiver_name': 'Guma\\' Guardia Kosta Orote', 'receiver_keys': ['${k}'], 'receiver_gps': {'lat': 13.44, 'lon': 144.63}}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'openwebrx-settings-ui-session-cookie-warning',
      'error',
      WHY.session(
        "The settings pages' session cookie (`owrx-session=<id>`), written by the controller's warning about an expired login page",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: { ow: [['owrx.controllers.session', 'WARNING', `Ti siña: login redirect for cookie owrx-session=${s} from ${lan(rng)}`]] },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'openwebrx-dsc-notifier-synology-chat-incoming-token',
      'error',
      WHY.webhook(
        "A Synology Chat incoming webhook (`webapi/entry.cgi?api=SYNO.Chat.External&method=incoming&version=2&token=%22<token>%22`) the station's DSC distress notifier posts to; its error, logged through OpenWebRX's logger, writes the URL (the token, in percent-encoded quotes, is the secret part)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(64);
        return {
          value: tok,
          event: {
            ow: [
              [
                'owrx.dsc.notify',
                'ERROR',
                `Ti ma na'hanao: POST https://nas.${FT}:5001/webapi/entry.cgi?api=SYNO.Chat.External&method=incoming&version=2&token=%22${tok}%22 failed: 429 Too Many Requests`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'openwebrx-mqtt-base64-userpass-header',
      'error',
      "The MQTT reporter's debug line writes the websocket handshake's `Authorization: Basic <base64 of user:password>`, the broker account of the station.",
      ({ rng }) => {
        const b = b64Of(`guardiakosta:${rng.alnum(18)}`);
        return {
          value: b,
          event: {
            ow: [['owrx.reporting.mqtt', 'DEBUG', `connecting to wss://mqtt.${FT}/mqtt with headers {'Authorization': 'Basic ${b}'}`]],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'openwebrx-pskreporter-spot-hash',
      'none',
      "A spot's dedup hash (SHA-1) in the PSK Reporter uploader's line: no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: { ow: [['owrx.reporting.pskreporter', 'DEBUG', `duplicate spot ${h} dropped`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 2 * HOUR, site: { host: 'owrx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pat.log: a Pat 0.16 Winlink client's log file (`~/.local/state/pat/pat.log`, Go's log with date and time, local,
// no zone) on the station's operator PC, with its HTTP API's request lines.
// https://github.com/la5nta/pat/wiki (from memory, not fetched).

function patLog(rng) {
  const render = (e) => e.pt.map((x) => `${ymdHmsAt(e.t, CHST).replace(/-/g, '/')} ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        pt: [
          `Connecting to KH2${upperNum(rng, 2)} (ardop)...`,
          'Connected to KH2GJ (ARDOP)',
          `>FF`,
          'Waiting for remote node to close the connection...',
        ],
      }),
      () => ({ pt: [`GET /api/mailbox/in ${rng.int(1, 40)}ms`] }),
      () => ({ pt: [`Downloading forms from ${rng.pick(['winlink.org', 'cms.winlink.org'])}...`, 'Forms are up to date'] }),
    ])();
  const steps = [
    1,
    plant(
      'negative',
      'pat-message-id',
      'none',
      'A Winlink message id (MID, 12 characters) in a received line: an identifier, no credential.',
      ({ rng }) => {
        const mid = upperNum(rng, 12);
        return { value: mid, event: { pt: [`<${mid} Nuebu na katta: i tiempo gi Orote (${rng.int(1, 9)} KB)`] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pat-cms-api-error-key',
      'error',
      `${WHY.apiKey('key')} The station's Winlink web-services key, in the query of the CMS API call; the error line writes the URL.`,
      ({ rng }) => {
        const key = upperNum(rng, 32);
        return {
          value: key,
          event: {
            pt: [
              `Unable to check account: GET https://api.winlink.org/account/exists?callsign=KH2TFT&key=${key}&format=json: 503 Service Unavailable`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'pat-debug-config-dump-secure-login-password',
      'error',
      "With `PAT_DEBUG=1` Pat writes its configuration struct (Go's `%+v`), `SecureLoginPassword` in clear: the station's Winlink password.",
      ({ rng }) => {
        const pw = rng.alnum(12);
        return {
          value: pw,
          event: {
            pt: [
              `DEBUG: config: {MyCall:KH2TFT SecureLoginPassword:${pw} AuxAddrs:[] Locator:QK23kk ServiceCodes:[PUBLIC] HTTPAddr:localhost:8080 MOTD:[Håfa adai gi Guardia Kosta]}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'pat-http-api-password-recovery-link-proxy',
      'error',
      "A Winlink password-recovery link (`/recover/<token>`) opened through Pat's web UI proxy: the HTTP log line writes the link, which sets a new password until used.",
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { pt: [`GET /api/proxy?url=https://winlink.org/recover/${tok} 302 ${rng.int(40, 400)}ms`] } };
      },
    ),
    2,
    plant(
      'negative',
      'pat-ardop-session-id',
      'none',
      "The ARDOP modem's session id (hex) in a link line: a radio session number, no credential.",
      ({ rng }) => {
        const s = rng.hex(8).toUpperCase();
        return { value: s, event: { pt: [`ARDOP session ${s} closed, ${rng.int(100, 9000)} bytes`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 - 1 * HOUR, site: { host: 'pat' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// evershop.log: `docker logs -t evershop-app-1` of EverShop 1.2 (the vintage clothing shop, Tenda Magagu Antigu): its
// console messages and a request logger's `<method> <url> <status> - <ms> ms`, docker's UTC time in front.
// https://evershop.io/docs (from memory, not fetched).

function evershopLog(rng) {
  const render = (e, rng) => e.ev.map((x, i) => `${dockerT(e.t, rng, i)} ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ev: [
          `GET /magagu/${rng.pick(['aloha-shirt', 'levis-501', 'denim-jacket', 'muumuu'])}-${rng.int(100, 999)} 200 - ${rng.int(5, 300)} ms`,
        ],
      }),
      () => ({ ev: [`GET /assets/main.${rng.hex(8)}.js 304 - ${rng.int(1, 9)} ms`] }),
      () => ({ ev: [`POST /api/cart/mine/items 200 - ${rng.int(10, 200)} ms`] }),
    ])();
  const steps = [
    2,
    plant('negative', 'evershop-cart-uuid', 'none', "A cart's uuid in an API path: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ev: [`GET /api/carts/${id} 200 - ${rng.int(5, 60)} ms`] } };
    }),
    2,
    plant(
      'oauth-code',
      'evershop-google-login-callback-request-line',
      'warning',
      `${WHY.code} The customer sign-in with Google comes back to \`/customer/google/callback\`, and the request line writes \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = encodeURIComponent(`4/0A${rng.b64url(60)}`);
        return {
          value: code,
          event: {
            ev: [
              `GET /customer/google/callback?state=${rng.hex(24)}&code=${code}&scope=email+profile+openid&authuser=0&prompt=none 302 - ${rng.int(100, 600)} ms`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'evershop-paypal-token-debug',
      'error',
      `${WHY.refresh} The PayPal extension logs the token answer while debugging the vault.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ev: [
              `[paypal] token response: { access_token: 'A21AA${rng.b64url(60)}', refresh_token: '${rt}', token_type: 'Bearer', expires_in: 32400 }`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'evershop-tiket-once',
      'note',
      WHY.ticketFirst(
        'A one-time pickup ticket (`?tiket=`) for an online order, scanned at the counter; the request line writes it. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.tiket = t;
        return { value: tk, event: { ev: [`GET /otden/chule'?tiket=${tk} 200 - ${rng.int(10, 90)} ms (198.51.100.61, Tenda-POS/2.3)`] } };
      },
      { ref: 'tiket' },
    ),
    2,
    plant(
      'replay',
      'evershop-tiket-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('tiket').value,
            why: `${WHY.replay('tiket', gap('tiket', t))} A phone on another address presented the same pickup ticket and the shop answered 200: it did not mark the ticket used.`,
          },
        ],
        event: { ev: [`GET /otden/chule'?tiket=${refs.get('tiket').value} 200 - ${rng.int(10, 90)} ms (203.0.113.88, ${BROWSERS[4]})`] },
      }),
      { replayOf: 'tiket', after: 142 },
    ),
    2,
    plant(
      'implicit-fragment',
      'evershop-console-error-location-fragment',
      'error',
      "The storefront's client error reporter writes `location.href` with the fragment of an implicit sign-in (`#access_token=…`) from the shop's Instagram feed widget.",
      ({ rng }) => {
        const at = `IGQV${rng.b64url(120)}`;
        return {
          value: at,
          event: {
            ev: [
              `[client-error] Ti siña ma fanu'i i retratu: https://tenda.${FT}/#access_token=${at}&data_access_expiration_time=${Math.floor(DAY0 / 1000) + 86400 * 90}&expires_in=5183944`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'evershop-axios-error-config-headers-bearer',
      'error',
      "An AxiosError printed by the shipping extension includes its `config.headers` (`Authorization: 'Bearer <token>'`): the courier API's opaque token.",
      ({ rng }) => {
        const tok = `shp_live_${rng.alnum(40)}`;
        return {
          value: tok,
          event: {
            ev: [
              '[shipping] AxiosError: Request failed with status code 401',
              '  config: {',
              `    url: 'https://api.islandcourier.example/v2/rates',`,
              "    method: 'post',",
              `    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ${tok}' }`,
              '  }',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'evershop-sentry-trace-header',
      'none',
      'A `sentry-trace` header value (trace id and span id) in a slow-request warning: no credential.',
      ({ rng }) => {
        const tr = `${rng.hex(32)}-${rng.hex(16)}-1`;
        return { value: tr, event: { ev: [`[warn] slow request GET /magagu 2104 ms sentry-trace=${tr}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'tenda' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// writefreely.log: `journalctl -u writefreely -o short-iso` of WriteFreely 0.15 (the lighthouse heritage site's blog):
// Go's log with `INFO:`/`ERROR:` prefixes and the request lines `"<method> <path> HTTP/1.1" <status> <duration> "<ua>"
// "<ip>"`. https://writefreely.org/docs (from memory, not fetched).

function writefreelyLog(rng) {
  const render = (e) => e.wf.map((x) => `${shortIso(e.t, CHST)} faru writefreely[933]: ${x}`);
  const reqLine = (e, path, status = 200) =>
    `"GET ${path} HTTP/1.1" ${status} ${rng.int(1, 90)}.${rng.int(100, 999)}ms "${e.ua}" "${e.ip}"`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        wf: [
          `"GET /${rng.pick(['estoria-i-faru', 'guardia-kosta', 'i-tasi', 'pakyo-1976'])} HTTP/1.1" 200 ${rng.int(1, 90)}.${rng.int(100, 999)}ms "${rng.pick(BROWSERS)}" "${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}"`,
        ],
      }),
      () => ({
        wf: [
          `INFO: ${ymdHmsAt(DAY0, CHST).slice(0, 10).replace(/-/g, '/')} ${rng.pick(['Sent', 'Queued'])} ActivityPub post to ${rng.int(1, 9)} followers`,
        ],
      }),
      () => ({
        wf: [
          `"GET /css/write.css?${rng.int(100, 999)} HTTP/1.1" 200 0.${rng.int(100, 999)}ms "${rng.pick(BROWSERS)}" "203.0.113.${rng.int(2, 254)}"`,
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'writefreely-post-id',
      'none',
      "A WriteFreely post id (random letters and digits, 10 characters) in an API path: the post's identifier, no credential.",
      ({ rng }) => {
        const id = rng.lowerNum(10);
        return {
          value: id,
          event: { wf: [`"GET /api/posts/${id} HTTP/1.1" 200 3.${rng.int(100, 999)}ms "Go-http-client/2.0" "127.0.0.1"`] },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'writefreely-generic-oauth-callback',
      'warning',
      `${WHY.code} The generic OAuth login's callback (\`/oauth/callback/generic\`) is a request line with \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            wf: [
              `"GET /oauth/callback/generic?code=${code}&state=${rng.lowerNum(24)} HTTP/1.1" 302 ${rng.int(100, 900)}.${rng.int(100, 999)}ms "${BROWSERS[1]}" "198.51.100.${rng.int(2, 254)}"`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'writefreely-oauth-error-token-response-id-token',
      'error',
      "The generic OAuth login fails on a missing field and the error writes the provider's token response (`id_token`, 10 min, jti), with the journal's +1000 time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(2, 30),
          jti: true,
          claims: { iss: `https://sagan.${FT}`, sub: rng.uuid(), aud: 'writefreely', preferred_username: 'faru-admin' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            wf: [
              `ERROR: ${ymdHmsAt(t, CHST).replace(/-/g, '/')} oauth.go:244: Unable to parse user info: missing "email"; token response {"access_token":"[hidden]","id_token":"${token}","token_type":"Bearer"}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'writefreely-password-reset-request-line',
      'error',
      "WriteFreely's password reset link (`/reset?t=<token>`) opened by the lighthouse volunteer: the request line writes it, and it sets a new password until used.",
      ({ rng }) => {
        const tok = rng.lowerNum(40);
        return {
          value: tok,
          event: { wf: [`"GET /reset?t=${tok} HTTP/1.1" 200 4.${rng.int(100, 999)}ms "${BROWSERS[2]}" "203.0.113.${rng.int(2, 254)}"`] },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'writefreely-referer-less-embed-tide-widget',
      'error',
      "A post embeds the harbour's tide and wind widget through `/embed/<JWT>` (1 h, jti); WriteFreely's proxy for embeds writes the URL in its error, with the journal's +1000 time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1800),
          jti: true,
          claims: { iss: `https://manglo.${FT}`, station: 'orote-point', widget: 'tide-wind' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            wf: [
              `ERROR: ${ymdHmsAt(t, CHST).replace(/-/g, '/')} embed.go:61: Ti siña: fetch https://manglo.${FT}/embed/${token} timed out`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'writefreely-post-hook-netlify-build-hook',
      'error',
      WHY.webhook(
        "A Netlify build hook (`api.netlify.com/build_hooks/<id>`) a post-publish hook calls to rebuild the heritage site's static pages; the hook's error writes the URL (the id is the secret)",
      ),
      ({ rng }) => {
        const id = rng.hex(24);
        return {
          value: id,
          event: {
            wf: [
              `ERROR: ${ymdHmsAt(DAY0, CHST).slice(0, 10).replace(/-/g, '/')} hooks.go:37: POST https://api.netlify.com/build_hooks/${id}?trigger_title=${encodeURIComponent('Nuebu na post')}: 502 Bad Gateway`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'writefreely-ap-inbox-json-escaped-url-key',
      'error',
      "An ActivityPub delivery error writes the remote inbox with its query JSON-escaped (`\\u0026key=<key>` inside a Go-quoted string): the relay's API key.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            wf: [
              `ERROR: ${ymdHmsAt(DAY0, CHST).slice(0, 10).replace(/-/g, '/')} activitypub.go:512: Couldn't post! "{\\"inbox\\":\\"https://relay.pacificsocial.example/inbox?actor=faru\\\\u0026key=${key}\\",\\"status\\":500}"`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'writefreely-gravatar-md5',
      'none',
      'A Gravatar hash (MD5 of an e-mail) in an avatar request: no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            wf: [
              `INFO: ${ymdHmsAt(DAY0, CHST).slice(0, 10).replace(/-/g, '/')} avatar: fetched https://www.gravatar.com/avatar/${h}?s=96&d=identicon`,
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'faru' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout78');
writePart(join(here, 'heldout78'), {
  'pywws.log': pywwsLog(rng),
  'ecowitt2mqtt.log': ecowittLog(rng),
  'dkron.log': dkronLog(rng),
  'xibo-cms.log': xiboLog(rng),
  'budibase-apps.log': budibaseLog(rng),
  'metasfresh-app.log': metasfreshLog(rng),
  'cncjs.log': cncjsLog(rng),
  'log_2028-01-18_5c1e9a.txt': piwigoLog(rng),
  'keila.log': keilaLog(rng),
  'bagisto.log': bagistoLog(rng),
  'openwebrx.log': openwebrxLog(rng),
  'pat.log': patLog(rng),
  'evershop.log': evershopLog(rng),
  'writefreely.log': writefreelyLog(rng),
});
