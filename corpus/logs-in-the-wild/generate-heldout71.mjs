// Writes corpus/logs-in-the-wild/heldout71/: a seventy-first held-out part, in formats no other part uses (gpsd 3.25's
// `-N -D 4` debug output on a ferry's bridge PC, Filebeat 8.15's own NDJSON log with the httpjson input at debug, a
// StackStorm 3.8 `st2actionrunner.log`, a DCP-o-matic 2.16 film `log` with e-mail debug, a Tautulli 2.14 `tautulli.log`
// with CherryPy's error dump, a StreamSets Data Collector 5 `sdc.log` with Jersey's client logging, `docker logs` of an
// Appsmith 1.x container, an Rspamd 3.10 `rspamd.log` with URLs in its task line, a Kapacitor 1.7 `kapacitord.log`, a
// Talend Open Studio 8 job console with tLogRow, tContextDump and CXF's message logging, an NXLog CE 3.2 `nxlog.log`
// with `log_info()` of forwarded events, a lichess-bot log, a Chronograf 1.10 log, `docker logs -t` of an AWX 24 task
// container with job events), with credentials planted in the places issue #14 lists and look-alikes that are no
// credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout71.mjs     rewrites heldout71/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Tidewater Crossings, a Portsmouth ferry operator to the Isle of Wight that also runs the Harbour
// Picturehouse cinema at its Ryde terminal (English, five logs); Non-u Barf ("bread and snow"), a Dushanbe group with a
// chain of bakeries (nonvoyi) and the Barfi Safed ski resort in the Varzob valley (Tajik in Latin transliteration where
// an app shows messages; routes, parameter, header, key and column names in Tajik, five logs); Ahal Hyzmat, an Ashgabat
// group with a blood centre (gan merkezi), a recycling centre, a piano tuning service and a chess club (Turkmen in its
// Latin alphabet where an app shows messages; names in Turkmen without diacritics in URLs and keys, four logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Portsmouth in October (BST, UTC+1); Dushanbe (UTC+5) and Ashgabat (UTC+5), no daylight saving. */
const BST = 60;
const TJT = 300;
const TMT = 300;
const lan = (rng, prefix = '10.71') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const doc = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;
/** ctime-like `Tue Oct  5 08:00:00 2027` at `offset`. */
const ctime = (ms, offset) => {
  const d = new Date(ms + offset * MIN);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(ms, offset).slice(11, 19)} ${d.getUTCFullYear()}`;
};
/** A JWT carried as its line's only JWT, with its facts. */
const J = (rng, t, o) => jwt(rng, t, o);

// =====================================================================================================================
// Tidewater Crossings (English; Portsmouth: BST, UTC+1)
// =====================================================================================================================

const TW = 'tidewater-crossings.example';
const HP = 'harbourpicturehouse.example';

// ---------------------------------------------------------------------------------------------------------------------
// gpsd.log: the stderr of `gpsd -N -D 4 -n /dev/ttyUSB0 /dev/ttyUSB1 ntrip://…` (gpsd 3.25) on the bridge PC of a ferry,
// captured by the service wrapper to a file: `gpsd:<LEVEL>: <message>` lines without times; the NTRIP source stashed
// with its user information, the NTRIP request as gpsd writes it at IO level, NMEA and AIVDM sentences read.
// https://gpsd.io/gpsd.html (options, ntrip:// sources; from memory, not fetched); message texts from memory.

function gpsdLog(rng) {
  const render = (e) => e.g.map((x) => `gpsd:${x[0]}: ${x[1]}`);
  const nmeaSum = (s) => { let c = 0; for (const ch of s) c ^= ch.charCodeAt(0); return c.toString(16).toUpperCase().padStart(2, '0'); };
  const six = '0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw';
  const aivdm = (payload) => { const body = `AIVDM,1,1,,${rng.pick(['A', 'B'])},${payload},0`; return `!${body}*${nmeaSum(body)}`; };
  const gga = () => { const body = `GNGGA,${pad(rng.int(6, 20))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}.00,5047.${rng.int(1000, 9999)},N,00106.${rng.int(1000, 9999)},W,${rng.pick([1, 2, 4, 5])},${rng.int(8, 19)},0.${rng.int(5, 9)},${rng.int(8, 14)}.${rng.int(0, 9)},M,47.1,M,,`; return `$${body}*${nmeaSum(body)}`; };
  const filler = (rng) =>
    rng.pick([
      () => ({ g: [['IO', `<= GPS: ${gga()}`]] }),
      () => ({ g: [['IO', `<= GPS: ${aivdm(rng.chars(six, 28))}`]] }),
      () => ({ g: [['PROG', `NMEA0183: GGA: hhmmss=${pad(rng.int(6, 20))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}.00 lat=50.79 lon=-1.10 alt=${rng.int(8, 14)}.${rng.int(0, 9)} mode=3 status=${rng.pick([2, 4, 5])}`]] }),
      () => ({ g: [['DATA', `AIVDM: type 1 MMSI=2350${rng.int(10000, 99999)} status=0 turn=-128 speed=${rng.int(0, 180)} course=${rng.int(0, 3599)} heading=${rng.int(0, 359)}`]] }),
      () => ({ g: [['PROG', `NTRIP: got ${rng.int(80, 900)} bytes of RTCM3 from rtk.caster.example`]] }),
      () => ({ g: [['INFO', `<= client(${rng.int(1, 6)}): ?POLL;`]] }),
    ])();
  let ntripPw = '';
  const header = ['gpsd:INFO: launching (Version 3.25, revision release-3.25)', 'gpsd:INFO: starting uid 0, gid 0', 'gpsd:INFO: listening on port gpsd'];
  const steps = [
    plant('framework-dump', 'gpsd-debug-stashing-ntrip-device-userinfo', 'error', "gpsd's debug output names each device it stashes as given on the command line; the RTK correction source is an `ntrip://user:password@caster:port/mountpoint` URL, so the bridge's NTRIP password is written in clear.", ({ rng }) => {
      ntripPw = rng.alnum(16);
      return { value: ntripPw, event: { g: [['INFO', 'stashing device /dev/ttyUSB0 at slot 0'], ['INFO', 'stashing device /dev/ttyUSB1 at slot 1'], ['INFO', `stashing device ntrip://tw-bridge-solentpride:${ntripPw}@rtk.caster.example:2101/PORTSMOUTH3 at slot 2`]] } };
    }),
    5,
    plant('negative', 'gpsd-ubx-sec-uniqid', 'none', "The u-blox receiver's chip id (`UBX-SEC-UNIQID`, ten hex digits), which gpsd logs when it probes the device: a hardware serial, no credential.", ({ rng }) => {
      const id = rng.hex(10);
      return { value: id, event: { g: [['INFO', `UBX-SEC-UNIQID: ${id}`]] } };
    }),
    7,
    plant('header-dump', 'gpsd-io-ntrip-request-string-basic', 'error', "At IO level gpsd writes the NTRIP request it sends as one C-escaped string (`GET /<mount> HTTP/1.1\\r\\n…Authorization: Basic <base64>\\r\\n…`): the base64 is `user:password` of the caster account.", () => {
      const basic = b64Of(`tw-bridge-solentpride:${ntripPw}`);
      return { value: basic, event: { g: [['IO', `ntrip: sending request "GET /PORTSMOUTH3 HTTP/1.1\\r\\nNtrip-Version: Ntrip/2.0\\r\\nUser-Agent: NTRIP gpsd/3.25\\r\\nHost: rtk.caster.example\\r\\nAuthorization: Basic ${basic}\\r\\nConnection: close\\r\\n\\r\\n"`], ['PROG', 'NTRIP: stream established']] } };
    }),
    7,
    plant('negative', 'gpsd-aivdm-armored-payload', 'none', "An AIS position report as the receiver delivers it (`!AIVDM,…,<six-bit armored payload>,0*hh`): the payload looks random but is an encoded MMSI, position and course, no credential.", ({ rng }) => {
      const p = `13${rng.chars(six, 26)}`;
      return { value: p, event: { g: [['IO', `<= GPS: ${aivdm(p)}`]] } };
    }),
    9,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'bridge' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// filebeat-20271005.ndjson: Filebeat 8.15's own log file (`logging.to_files`, ECS JSON, UTC): `{"log.level":…,
// "@timestamp":"…Z","log.logger":…,"log.origin":{…},"message":…,"service.name":"filebeat",…,"ecs.version":"1.6.0"}`;
// the httpjson input at debug polling the booking API, a filestream input with the ndjson parser, dissect failures.
// https://www.elastic.co/guide/en/beats/filebeat/current/filebeat-input-httpjson.html and the logging configuration
// page (from memory, not fetched); the messages and fields from memory.

function filebeatLog(rng) {
  const render = (e) => e.fb.map((o) => JSON.stringify({ 'log.level': o.l, '@timestamp': `${iso(e.t).slice(0, 23)}Z`, 'log.logger': o.lg, 'log.origin': { function: o.fn, 'file.name': o.file, 'file.line': o.line }, message: o.m, ...(o.x ?? {}), 'service.name': 'filebeat', 'ecs.version': '1.6.0' }));
  const BOOK = `https://bookings.${TW}/v2/sailings/bookings`;
  const hj = { id: 'tw-bookings', input_source: BOOK, input_url: BOOK };
  const filler = (rng) =>
    rng.pick([
      () => ({ fb: [{ l: 'info', lg: 'monitoring', fn: 'github.com/elastic/beats/v7/libbeat/monitoring/report/log.(*reporter).logSnapshot', file: 'log/log.go', line: 187, m: 'Non-zero metrics in the last 30s', x: { 'monitoring.metrics': { beat: { memstats: { rss: rng.int(90000000, 160000000) } }, libbeat: { output: { events: { acked: rng.int(20, 900) } } } } } }] }),
      () => ({ fb: [{ l: 'debug', lg: 'input.httpjson-cursor', fn: 'github.com/elastic/beats/v7/x-pack/filebeat/input/httpjson.run', file: 'httpjson/input.go', line: 172, m: 'Process another repeated request.', x: hj }] }),
      () => ({ fb: [{ l: 'info', lg: 'input.filestream', fn: 'github.com/elastic/beats/v7/filebeat/input/filestream.(*fileProspector).onFSEvent', file: 'filestream/prospector.go', line: 331, m: `A new file /var/log/tw/gangway-${rng.int(1, 6)}.ndjson has been found`, x: { id: 'gangway-scans' } }] }),
      () => ({ fb: [{ l: 'debug', lg: 'publisher', fn: 'github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*client).publish', file: 'pipeline/client.go', line: 105, m: `Publish event: ${rng.int(1, 40)} events`, x: { id: 'tw-bookings' } }] }),
      () => ({ fb: [{ l: 'info', lg: 'publisher_pipeline_output', fn: 'github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run', file: 'pipeline/client_worker.go', line: 147, m: `Connection to backoff(elasticsearch(https://es.${TW}:9200)) established` }] }),
    ])();
  const dissect = (m) => ({ l: 'warn', lg: 'processors.dissect', fn: 'github.com/elastic/beats/v7/libbeat/processors/dissect.(*processor).Run', file: 'dissect/processor.go', line: 88, m });
  const ngx = (rng, t, path, extra = '-') => `${doc(rng)} - - [${local(t, BST).slice(8, 10)}/${MONTHS[new Date(t).getUTCMonth()]}/2027:${local(t, BST).slice(11, 19)} +0100] "GET ${path} HTTP/2.0" 302 0 "-" "${rng.pick(BROWSERS)}" ${extra}`;
  const steps = [
    4,
    plant('negative', 'filebeat-beat-ephemeral-id', 'none', "Filebeat's start-up line with its `ephemeral_id` (a UUID made at each start): an identifier of the process, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { fb: [{ l: 'info', lg: 'beat', fn: 'github.com/elastic/beats/v7/libbeat/cmd/instance.(*Beat).launch', file: 'instance/beat.go', line: 419, m: 'filebeat start running.', x: { 'beat.ephemeral_id': id, 'beat.version': '8.15.3' } }] } };
    }),
    5,
    plant('api-key-name', 'filebeat-httpjson-transform-url-param-operator-key', 'error', `${WHY.apiKey('operator_key')} The httpjson input adds it with a \`request.transforms\` \`set: url.params.operator_key\`, so \`input_url\` is clean but the debug line of the built request, and the error of the same request, carry it.`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `${BOOK}?since=2027-10-05T00%3A00%3A00Z&operator_key=${key}`;
      return { value: key, event: { fb: [{ l: 'debug', lg: 'input.httpjson-cursor', fn: 'github.com/elastic/beats/v7/x-pack/filebeat/input/httpjson.(*requestFactory).newHTTPRequest', file: 'httpjson/request.go', line: 318, m: `new request: GET ${url}`, x: hj }, { l: 'error', lg: 'input.httpjson-cursor', fn: 'github.com/elastic/beats/v7/x-pack/filebeat/input/httpjson.run', file: 'httpjson/input.go', line: 181, m: `Error while processing http request: failed to execute http GET ${url}: server responded with status code 502: Bad Gateway`, x: hj }] } };
    }),
    5,
    plant('refresh-token', 'filebeat-httpjson-oauth2-token-response-body-escaped', 'error', `${WHY.refresh} The httpjson input's OAuth2 client could not parse the token endpoint's answer and logs the body as a JSON string inside the JSON line (\`\\"refresh_token\\":\\"…\\"\`).`, ({ rng }) => {
      const rt = `twrt_${rng.b64url(48)}`;
      const body = JSON.stringify({ access_token: 'issued-see-vault', token_type: 'Bearer', expires_in: '3600', refresh_token: rt, scope: 'bookings:read' });
      return { value: rt, event: { fb: [{ l: 'error', lg: 'input.httpjson-cursor', fn: 'github.com/elastic/beats/v7/x-pack/filebeat/input/httpjson.(*oauth2Config).client', file: 'httpjson/config_auth.go', line: 244, m: 'oauth2: cannot parse token response: json: cannot unmarshal string into Go struct field tokenJSON.expires_in of type int32', x: { ...hj, 'http.response.body.content': body } }] } };
    }),
    5,
    plant('session-id', 'filebeat-dissect-failure-quoted-nginx-cookie', 'error', WHY.session("A dissect processor that expects the old nginx format fails on the new one (which appends `$http_cookie`) and quotes the remaining line, with the booking site's `tw_sid` cookie"), ({ rng, t }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { fb: [dissect(`could not find delimiter: ' "' in remaining: '${ngx(rng, t, '/my-bookings', `"tw_sid=${sid}; tw_consent=1"`).slice(20)}', (offset: 20)`)] } };
    }),
    5,
    plant('id-token', 'filebeat-dissect-failure-id-token-hint-live', 'error', "The same dissect failure quotes a logout redirect to the identity provider with `id_token_hint=<JWT>`: the passenger's ID token, logged with its UTC time", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 3600, age: rng.int(300, 1800), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${TW}`, aud: 'tw-bookings-web', sub: rng.uuid(), email_verified: true } });
      return { value: token, jwt: facts, event: { fb: [dissect(`could not find delimiter: ' "' in remaining: '${ngx(rng, t, `/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${TW}%2F`, '"-"').slice(20)}', (offset: 20)`)] } };
    }),
    5,
    plant('oauth-code', 'filebeat-ndjson-parser-error-quoted-callback', 'warning', `${WHY.code} The ndjson parser of a filestream input meets a plain-text line in a JSON log and writes the line it could not decode: a booking-site callback with \`code\` and \`state\`.`, ({ rng, t }) => {
      const code = rng.b64url(43);
      return { value: code, event: { fb: [{ l: 'error', lg: 'input.filestream', fn: 'github.com/elastic/beats/v7/libbeat/reader/readjson.(*JSONReader).decode', file: 'readjson/json.go', line: 112, m: "Error decoding JSON: invalid character 'G' looking for beginning of value", x: { id: 'web-access', 'log.file.path': '/var/log/tw/web-access.ndjson', 'json.raw': `GET /auth/callback?code=${code}&state=${rng.hex(24)} 302 ${rng.int(4, 90)}ms` } }] } };
    }),
    5,
    plant('encoded', 'filebeat-httpjson-pagination-next-url-double-encoded', 'error', 'The pagination step logs the next URL, whose `return_to` holds a portal export URL percent-encoded twice (`%253D`), with the export password `operator_pass` inside.', ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { fb: [{ l: 'debug', lg: 'input.httpjson-cursor', fn: 'github.com/elastic/beats/v7/x-pack/filebeat/input/httpjson.(*pagination).newPageIterator', file: 'httpjson/pagination.go', line: 143, m: `pagination: next request url ${BOOK}?page=2&return_to=https%253A%252F%252Fportal.${TW}%252Fexport%253Fformat%253Dcsv%2526operator_pass%253D${pw}`, x: hj }] } };
    }),
    5,
    plant('negative', 'filebeat-httpjson-cursor-next-page-token', 'none', "The cursor httpjson keeps between runs: `next_page_token`, base64 of a JSON offset (it starts `eyJ`), no credential.", ({ rng }) => {
      const c = b64Of(JSON.stringify({ offset: rng.int(1000, 9000), after: '2027-10-05T06:00:00Z' }));
      return { value: c, event: { fb: [{ l: 'debug', lg: 'input.httpjson-cursor', fn: 'github.com/elastic/beats/v7/x-pack/filebeat/input/httpjson.(*cursor).update', file: 'httpjson/cursor.go', line: 77, m: 'cursor updated', x: { ...hj, cursor: { next_page_token: c } } }] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'fb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// st2actionrunner.log: /var/log/st2/st2actionrunner.<host>.log of StackStorm 3.8 (server time UTC, no zone written):
// `%(asctime)s %(process)s %(levelname)s %(module)s [-] %(message)s`; action runs with their parameters (values of
// parameters declared `secret: true` masked as `********`), core.http results and errors, a core.sendmail body.
// https://docs.stackstorm.com/reference/secrets_masking.html (from memory, not fetched); the line texts from memory.

function st2Log(rng) {
  const pid = rng.int(2000, 9000);
  const stamp = (t) => `${ymdHmsAt(t, 0)},${msPart(t)}`;
  const render = (e) => e.s.map(([lvl, mod, msg]) => `${stamp(e.t)} ${pid} ${lvl} ${mod} [-] ${msg}`);
  const oid = (rng) => rng.hex(24);
  const filler = (rng) =>
    rng.pick([
      () => ({ s: [['INFO', 'base', `Dispatched {~}action_execution: ${oid(rng)} / {~}live_action: ${oid(rng)} with "requested" status.`]] }),
      () => ({ s: [['INFO', 'worker', `Liveaction ${oid(rng)} is ${rng.pick(['running', 'succeeded', 'succeeded', 'scheduled'])}.`]] }),
      () => ({ s: [['INFO', 'python_runner', `Running action via PythonRunner: tidewater.${rng.pick(['tide_window', 'berth_status', 'fuel_report', 'crossing_count'])}`]] }),
      () => ({ s: [['DEBUG', 'local_runner', `Running command: /opt/stackstorm/packs/tidewater/actions/${rng.pick(['ais_sync.sh', 'tidegauge.sh'])} --vessel ${rng.pick(['Solent Pride', 'Wight Dawn', 'Spithead Star'])}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'st2-secret-parameter-masked', 'none', "StackStorm masks parameters an action declares `secret: true` (`'api_token': '********'`): the masking, no credential.", () => ({ value: "'api_token': '********'", event: { s: [['INFO', 'python_runner', "Running action via PythonRunner: tidewater.berth_status, parameters: {'port': 'Ryde', 'api_token': '********'}"]] } })),
    4,
    plant('framework-dump', 'st2-python-runner-parameters-undeclared-secret', 'error', "The crew roster action takes the crew portal's password as an ordinary string parameter (not declared `secret: true`), so the runner's parameters line writes it in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { s: [['INFO', 'python_runner', `Running action via PythonRunner: tidewater.crew_roster, parameters: {'vessel': 'Wight Dawn', 'portal_user': 'roster-bot', 'portal_pass': '${pw}', 'notify': True}`]] } };
    }),
    4,
    plant('webhook', 'st2-core-http-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<token>`) the bridge-alert rule posts to through `core.http`; the failed action is written by the runner and again in the execution result'), ({ rng }) => {
      const tok = rng.b64url(96);
      const url = `https://webexapis.com/v1/webhooks/incoming/${tok}`;
      return { value: tok, event: { s: [['ERROR', 'http_runner', `Failed to run action core.http: 404 Client Error: Not Found for url: ${url}`], ['INFO', 'action_executions', `Execution result: {'status_code': 404, 'url': '${url}', 'body': 'Not Found'}`]] } };
    }),
    4,
    plant('api-key-name', 'st2-core-http-url-crew-key', 'error', `${WHY.apiKey('crew_key')} The crew roster vendor takes it in the query; \`core.http\` logs the URL it calls.`, ({ rng }) => {
      const key = rng.hex(36);
      return { value: key, event: { s: [['DEBUG', 'http_runner', `Sending GET request to https://rosters.crewline.example/api/v3/shifts?vessel=WightDawn&crew_key=${key}`]] } };
    }),
    4,
    plant('negative', 'st2-liveaction-object-id', 'none', 'A live action id (24 hex, a MongoDB ObjectId): an identifier, no credential.', ({ rng }) => {
      const id = oid(rng);
      return { value: id, event: { s: [['INFO', 'worker', `Liveaction ${id} is delayed and rescheduled (policy tidewater.concurrency).`]] } };
    }),
    4,
    plant('webhook', 'st2-core-http-zulip-external-api-key', 'error', WHY.webhook("A Zulip incoming webhook integration (`/api/v1/external/<integration>?api_key=<bot key>&stream=…`) the tide-window rule posts to; the runner's debug line writes the URL"), ({ rng }) => {
      const k = rng.alnum(32);
      return { value: k, event: { s: [['DEBUG', 'http_runner', `Sending POST request to https://tidewater.zulipchat.example/api/v1/external/json?api_key=${k}&stream=bridge&topic=tide%20window`]] } };
    }),
    4,
    plant('path-secret', 'st2-sendmail-body-crew-activation-link', 'error', WHY.pathSecret('A crew app activation link (`/crew/activate/<token>`) that `core.sendmail` puts in its body; the runner logs the rendered body at debug'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { s: [['DEBUG', 'local_runner', `Running command: sendmail -t <<< 'To: deckhand.r.okafor@${TW} Subject: Your crew app account  Welcome aboard. Activate here: https://crew.${TW}/crew/activate/${tok}'`]] } };
    }),
    4,
    plant('refresh-token', 'st2-execution-result-token-dict', 'error', `${WHY.refresh} The fuel-card action prints the token endpoint's answer as its result, a Python dict the runner logs at the end of the execution.`, ({ rng }) => {
      const rt = rng.b64url(50);
      return { value: rt, event: { s: [['INFO', 'action_executions', `Execution result: {'exit_code': 0, 'result': {'token_type': 'bearer', 'expires_in': 1800, 'refresh_token': '${rt}'}, 'stderr': ''}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'st2' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log: the `log` file DCP-o-matic 2.16 keeps in a film's folder (local time, BST, no zone): `<ctime>: <message>`;
// encoding progress, the DCP's CPL and hashes, and, with "Log debug information about e-mail sending" on, the e-mail
// of KDMs with curl's SMTP conversation.
// https://dcpomatic.com/manual (preferences, KDM e-mail; from memory, not fetched); the messages from memory.

function dcpLog(rng) {
  const render = (e) => e.d.map((m) => `${ctime(e.t, BST)}: ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ d: [`Encoded frame ${rng.int(100, 9000)} from head`] }),
      () => ({ d: [`Finished locally-encoded frame ${rng.int(100, 9000)} for mono`] }),
      () => ({ d: [`J2K encoder thread ${rng.int(0, 7)} pushes frame ${rng.int(100, 9000)} back onto queue after failure`] }),
      () => ({ d: [`Transcode job: ${rng.int(10, 99)}% done, ${rng.int(20, 40)} fps`] }),
      () => ({ d: [`Examined content /srv/dcp/harbour-shorts/${rng.pick(['reel1.mov', 'reel2.mov', 'titles.png', 'audio-5.1.wav'])}`] }),
    ])();
  const header = [`${ctime(DAY0 + 8 * HOUR, BST)}: DCP-o-matic 2.16.98 git 3c5f1e2 using libdcp 1.8.99 and libav`, `${ctime(DAY0 + 8 * HOUR, BST)}: CPU: AMD Ryzen 9 7950X, 32 processors`];
  const steps = [
    5,
    plant('negative', 'dcpomatic-asset-hash-base64-sha1', 'none', 'The hash DCP-o-matic computes for a reel\'s picture asset (base64 of a SHA-1, as a DCP\'s PKL holds it): a digest, no credential.', ({ rng }) => {
      const h = rng.bytes(20).toString('base64');
      return { value: h, event: { d: [`Hash of /srv/dcp/harbour-shorts/DCP/j2c_${rng.uuid()}.mxf is ${h}`] } };
    }),
    6,
    plant('negative', 'dcpomatic-cpl-urn-uuid', 'none', "The composition playlist's id (`urn:uuid:<uuid>`), which a KDM names: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { d: [`Wrote CPL urn:uuid:${id} (HarbourShorts_SHR_F_EN-XX_51_2K_HPH_20271005_SMPTE_OV)`] } };
    }),
    6,
    plant('encoded', 'dcpomatic-email-debug-smtp-auth-plain', 'error', "With e-mail debug logging on, DCP-o-matic writes curl's SMTP conversation; `AUTH PLAIN <base64>` is `\\0user\\0password` of the cinema's mail account.", ({ rng }) => {
      const v = b64Of(`\0kdm@${HP}\0${rng.alnum(16)}`);
      return { value: v, event: { d: ['Email: > EHLO projection-01', 'Email: < 250-smtp.mail.example Hello', 'Email: < 250 AUTH PLAIN LOGIN', `Email: > AUTH PLAIN ${v}`, 'Email: < 235 2.7.0 Authentication successful'] } };
    }),
    3,
    plant('path-secret', 'dcpomatic-email-debug-kdm-collect-link', 'error', WHY.pathSecret("The KDM e-mail's body as the debug log writes it, with the link where a partner cinema collects its KDMs (`/kdm/collect/<token>`)"), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { d: ['Email: > Subject: KDMs for Harbour Shorts', `Email: > Dear projectionist, KDMs for Ryde Screen 2 are attached. Collect them later at https://${HP}/kdm/collect/${tok} .`] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'dcp' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// tautulli.log: Tautulli 2.14 (local time, BST, no zone): `yyyy-mm-dd HH:MM:SS - <LEVEL> :: <thread> : Tautulli <Module>
// :: <message>`, "Mask sensitive data in the logs" on (its own keys and the Plex token as `********`), CherryPy's error
// report with the request headers on lines of their own, notifier failures, the Plex.tv PIN login.
// https://github.com/Tautulli/Tautulli/wiki (from memory, not fetched); the module names and messages from memory.

function tautulliLog(rng) {
  const pms = `10-71-3-20.${rng.hex(32)}.plex.direct:32400`;
  const render = (e) => e.ta.flatMap(([lvl, thread, mod, msg]) => {
    const first = `${ymdHmsAt(e.t, BST)} - ${lvl.padEnd(5)} :: ${thread} : Tautulli ${mod} :: ${msg}`;
    return first.split('\n');
  });
  const filler = (rng) =>
    rng.pick([
      () => ({ ta: [['INFO', 'Thread-' + rng.int(10, 30), 'ActivityHandler', `Session ${rng.int(100, 999)} started by user '${rng.pick(['member.kay', 'member.ostrowski', 'screen2', 'volunteer.amir'])}' (${rng.int(10, 99)}) with ratingKey ${rng.int(1000, 9999)} (Harbour Shorts Q&A).`]] }),
      () => ({ ta: [['INFO', 'Thread-' + rng.int(10, 30), 'ActivityHandler', `Session ${rng.int(100, 999)} stopped.`]] }),
      () => ({ ta: [['DEBUG', 'Thread-' + rng.int(10, 30), 'Monitor', 'Checking for active streams.']] }),
      () => ({ ta: [['INFO', 'CP Server Thread-' + rng.int(1, 10), 'WebAuth', `Tautulli user 'hp-admin' logged in from ${doc(rng)}.`]] }),
      () => ({ ta: [['DEBUG', 'Thread-' + rng.int(10, 30), 'Pmsconnect', `Requesting URL: https://${pms}/status/sessions?X-Plex-Token=********`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'tautulli-masked-plex-token', 'none', "Tautulli's log masking writes the Plex token as `X-Plex-Token=********`: the masking, no credential.", ({ rng }) => { const v = `/library/metadata/${rng.int(10000, 99999)}?X-Plex-Token=********`; return { value: v, event: { ta: [['DEBUG', 'Thread-14', 'Pmsconnect', `Requesting URL: https://${pms}${v}`]] } }; }),
    4,
    plant('api-key-name', 'tautulli-request-error-tmdb-api-key', 'error', `${WHY.apiKey('api_key')} Tautulli looks up posters on The Movie Database with it; the masking covers Tautulli's own keys, not this one, and the request error writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { ta: [['ERROR', 'Thread-21', 'Request', `Request raised HTTP error with status code 401: Unauthorized for url: https://api.themoviedb.org/3/movie/${rng.int(10000, 999999)}/images?api_key=${key}`]] } };
    }),
    4,
    plant('webhook', 'tautulli-notifier-gotify-app-token', 'error', WHY.webhook("A Gotify application token in the URL the Gotify notification agent posts to (`/message?token=A…`)"), ({ rng }) => {
      const tok = `A${rng.alnum(14)}`;
      return { value: tok, event: { ta: [['ERROR', 'Thread-33', 'Notifiers', `Gotify notification failed: HTTPSConnectionPool(host='push.${HP}', port=443): Max retries exceeded with url: /message?token=${tok} (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))`]] } };
    }),
    4,
    plant('session-id', 'tautulli-cherrypy-error-request-headers-cookie', 'error', WHY.session("CherryPy's error report, which Tautulli writes under WebStart, lists the request headers one a line; the `Cookie` line holds the web interface's `session_id`"), ({ rng, t }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { ta: [['ERROR', 'CP Server Thread-6', 'WebStart', `[${local(t, BST).slice(8, 10)}/${MONTHS[new Date(t).getUTCMonth()]}/2027:${local(t, BST).slice(11, 19)}] HTTP \nRequest Headers:\n  Remote-Addr: ${lan(rng)}\n  HOST: tautulli.${HP}\n  USER-AGENT: ${rng.pick(BROWSERS)}\n  COOKIE: session_id=${sid}; theme=dark\n  X-FORWARDED-FOR: ${doc(rng)}\nTraceback (most recent call last):\n  File "/app/lib/cherrypy/_cprequest.py", line 659, in respond\nKeyError: 'section_id'`]] } };
    }),
    4,
    plant('replay', 'tautulli-plextv-pin-once', 'note', WHY.ticketFirst("A Plex.tv PIN (`pin id` and its `code`) the Tautulli setup uses once to link the account; the PlexTV module logs it when it is claimed. The code is"), ({ rng }) => {
      const code = upperNum(rng, 4) + rng.lowerNum(21);
      return { value: code, event: { ta: [['INFO', 'CP Server Thread-3', 'PlexTV', `Plex.tv pin ${rng.int(100000000, 999999999)} with code=${code} authorized, linking account.`]] } };
    }),
    4,
    plant('negative', 'tautulli-plex-machine-identifier', 'none', "The Plex server's `machineIdentifier` (40 hex), which Tautulli logs when it connects: a server id, no credential.", ({ rng }) => {
      const id = rng.hex(40);
      return { value: id, event: { ta: [['INFO', 'Thread-2', 'Pmsconnect', `Connected to Plex Media Server 'Harbour Screens' (machineIdentifier ${id}).`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'tt' }, filler, render, steps });
}

// =====================================================================================================================
// Non-u Barf (Tajik, Latin transliteration; Dushanbe: UTC+5)
// =====================================================================================================================

const NB = 'nonubarf.example';

// ---------------------------------------------------------------------------------------------------------------------
// sdc.log: $SDC_LOG/sdc.log of StreamSets Data Collector 5.x (local time, no zone): `yyyy-MM-dd HH:mm:ss,SSS
// [user:*<user>] [pipeline:<title>/<id>] [runner:<n>] [thread:<name>] [stage:<instance>] <LEVEL> <Logger> - <message>`;
// the HTTP Client origin, its OAuth2 and Jersey's LoggingFeature lines (the request lines after the first without the
// prefix), an error record's `Record[…]` text, a validation issue with an unresolved credential function.
// https://docs.streamsets.com/ (the HTTP Client origin; from memory, not fetched); the log pattern from memory.

function sdcLog(rng) {
  const pipe = `Farmoishho/farmoishho${rng.hex(8)}-${rng.uuid()}`;
  const render = (e) => e.sd.flatMap(([lvl, stage, logger, msg]) => (lvl === null ? [msg] : [`${ymdHmsAt(e.t, TJT)},${msPart(e.t)} [user:*admin] [pipeline:${pipe}] [runner:0] [thread:ProductionPipelineRunnable-farmoishho] [stage:${stage}] ${lvl.padEnd(5)} ${logger} - ${msg}`]));
  const filler = (rng) =>
    rng.pick([
      () => ({ sd: [['INFO', 'HTTPClient_01', 'HttpClientSource', `Fetched ${rng.int(1, 400)} records, next page cursor=${rng.int(1000, 99999)}`]] }),
      () => ({ sd: [['INFO', '', 'ProductionPipelineRunner', `Batch ${rng.int(100, 9999)} committed: ${rng.int(1, 400)} records in ${rng.int(40, 900)} ms`]] }),
      () => ({ sd: [['DEBUG', 'JDBCProducer_01', 'JdbcGenericRecordWriter', `Inserted ${rng.int(1, 400)} rows into nonvoyi.farmoish`]] }),
      () => ({ sd: [['WARN', 'ExpressionEvaluator_01', 'ExpressionEvaluator', `Field /nuqta not found for record non-${rng.int(1, 12)}::${rng.int(1000, 9999)}, using default 'Sino'`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'sdc-credential-function-placeholder', 'none', 'A validation issue quoting the stage configuration as written, with its credential function (`${credential:get("vault", "all", "kassa/kalid")}`): a reference to a secret store, no credential.', () => ({ value: '${credential:get("vault", "all", "kassa/kalid")}', event: { sd: [['WARN', 'HTTPClient_01', 'HttpClientSource', 'CREDENTIAL_STORE_002 - Store \'vault\' could not resolve ${credential:get("vault", "all", "kassa/kalid")}, retrying']] } })),
    4,
    plant('api-key-name', 'sdc-http-client-error-url-kalid', 'error', `${WHY.apiKey('kalid')} ("key"): the bakeries' till system takes it in the query; the HTTP Client origin's error writes the resource URL with it.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { sd: [['ERROR', 'HTTPClient_01', 'HttpClientSource', `HTTP_01 - Error fetching resource. Status: 401 Reason: Unauthorized URL: https://kassa.${NB}/api/v2/farmoishho?nonvoyi=sino-3&kalid=${key}`]] } };
    }),
    4,
    plant('header-dump', 'sdc-jersey-logging-feature-basic', 'error', "The origin's request logging (Jersey's LoggingFeature) writes the request with one header a line (`1 > Authorization: Basic <base64>`), the flour supplier's `user:password`.", ({ rng }) => {
      const basic = b64Of(`nonubarf:${rng.alnum(16)}`);
      return { value: basic, event: { sd: [['INFO', 'HTTPClient_02', 'LoggingFeature', '1 * Sending client request on thread ProductionPipelineRunnable-farmoishho'], [null, '', '', `1 > GET https://orders.ordu-supplier.example/api/zakaz?sana=2027-10-05`], [null, '', '', '1 > Accept: application/json'], [null, '', '', `1 > Authorization: Basic ${basic}`], [null, '', '', '1 > User-Agent: StreamSets Data Collector']] } };
    }),
    4,
    plant('refresh-token', 'sdc-oauth2-token-response-debug', 'error', `${WHY.refresh} The origin's OAuth2 client logs the token endpoint's JSON answer at DEBUG.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { sd: [['DEBUG', 'HTTPClient_01', 'OAuth2ConfigBean', `Token response: {"access_token":"${rng.b64url(40)}","token_type":"bearer","expires_in":3600,"refresh_token":"${rt}"}`]] } };
    }),
    4,
    plant('framework-dump', 'sdc-error-record-field-parol', 'error', "An error record as Data Collector's `Record.toString()` writes it (`Record[headers='HeaderImpl[…]' data='Field[type=LIST_MAP value={…}]']`), with the customer account's `parol` (\"password\") field in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { sd: [['ERROR', 'JDBCProducer_01', 'JdbcProducer', `JDBC_14 - Error processing record: Record[headers='HeaderImpl[farmoishho::${rng.int(1000, 9999)}]' data='Field[type=LIST_MAP value={mijoz=Field[type=STRING value=dilnoza.r], telefon=Field[type=STRING value=+992 93 ${rng.int(100, 999)} ${rng.int(1000, 9999)}], parol=Field[type=STRING value=${pw}], nonvoyi=Field[type=STRING value=sino-3]}]']`]] } };
    }),
    4,
    plant('webhook', 'sdc-http-client-destination-dingtalk-robot', 'error', WHY.webhook("A DingTalk group robot (`oapi.dingtalk.com/robot/send?access_token=<64 hex>`) the pipeline's HTTP Client destination alerts the equipment supplier's group through; its error writes the resource URL"), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { sd: [['ERROR', 'HTTPClient_03', 'HttpClientTarget', `HTTP_03 - Error sending resource. Status: 400 Reason: Bad Request URL: https://oapi.dingtalk.com/robot/send?access_token=${tok}`]] } };
    }),
    4,
    plant('negative', 'sdc-id-startup', 'none', "Data Collector's id (`SDC ID`, a UUID) in the start-up banner: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sd: [['INFO', '', 'Main', `SDC ID        : ${id}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'sdc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// appsmith.log: `docker logs appsmith` of an Appsmith 1.x container (supervisord's children prefixed `<process> stdout |`
// or `stderr |`): the backend's `[<RFC 3339, Z>] [<thread>] requestId=… traceId=… - <message>`, the realtime server's
// `rts stdout | <RFC 3339, Z> <message>`.
// https://docs.appsmith.com/getting-started/setup/instance-management/how-to-get-container-logs (from memory, not
// fetched); the backend's pattern from memory.

function appsmithLog(rng) {
  const render = (e) => e.ap.map(([proc, lvl, msg]) => (proc === 'backend' ? `backend stdout | [${iso(e.t)}] ${lvl.padEnd(5)} [reactor-http-epoll-${rng.int(1, 8)}] requestId=${rng.uuid()} traceId=${rng.hex(32)} - ${msg}` : `${proc} stdout | ${iso(e.t)} ${msg}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ ap: [['backend', 'INFO', `Executed action Farmoish_${rng.pick(['GetAll', 'Update', 'Daily'])} on datasource Kassa API in ${rng.int(30, 900)} ms`]] }),
      () => ({ ap: [['backend', 'DEBUG', `Fetching page ${rng.hex(24)} of application Farmoishho for view mode`]] }),
      () => ({ ap: [['rts', '', `Socket connected for application ${rng.hex(24)}, page edit mode: false`]] }),
      () => ({ ap: [['editor', '', `{"level":"info","logger":"http.log.access","msg":"handled request","status":200,"duration":0.0${rng.int(10, 99)}}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'appsmith-workspace-object-id', 'none', 'A workspace id (24 hex, a MongoDB ObjectId) in a permission message: an identifier, no credential.', ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { ap: [['backend', 'WARN', `User nonvoy.sino3 has no manage permission on workspace ${id}`]] } };
    }),
    4,
    plant('oauth-code', 'appsmith-oauth2-login-failure-callback-url', 'warning', `${WHY.code} Spring Security's OAuth2 login fails on the ID token and the backend logs the callback it was handling, \`code\` and \`state\` in its query.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { ap: [['backend', 'ERROR', `Authentication failed for /login/oauth2/code/oidc?code=${code}&state=${rng.b64url(44)}: [invalid_id_token] An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found`]] } };
    }),
    4,
    plant('id-token', 'appsmith-oidc-rejected-id-token-live', 'error', "The same failure's debug line writes the rejected ID token itself, at a UTC time", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 600, age: rng.int(10, 60), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://vorid.${NB}/realms/nonvoyi`, aud: 'appsmith', sub: rng.uuid(), preferred_username: 'nonvoy.sino3' } });
      return { value: token, jwt: facts, event: { ap: [['backend', 'DEBUG', `OidcIdTokenDecoder: rejecting id_token ${token}`]] } };
    }),
    4,
    plant('embed-jwt', 'appsmith-embedded-app-referer-embed-jwt-120s', 'warning', "An app embedded in the bakeries' menu site is opened from a page whose address carries a short embed token (`/embed/farmoish/<JWT>`); the backend's warning about the frame's origin writes the Referer at a UTC time", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { iss: `https://menu.${NB}`, menu: 'sino-3', role: 'mijoz' } });
      return { value: token, jwt: facts, event: { ap: [['backend', 'WARN', `Embedded view request from a frame outside the allowed origins, Referer=https://menu.${NB}/embed/farmoish/${token}`]] } };
    }),
    4,
    plant('api-key-name', 'appsmith-rest-datasource-error-kalidi-api', 'error', `${WHY.apiKey('kalidi_api')} ("API key"): a REST API datasource keeps it as a query parameter, and the backend's error about the failed action writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ap: [['backend', 'ERROR', `Execution of action Anbor_Holat failed: 403 FORBIDDEN from GET https://anbor.${NB}/api/holat?sklad=2&kalidi_api=${key}`]] } };
    }),
    4,
    plant('session-id', 'appsmith-rts-cookie-session-base64', 'error', WHY.session("The realtime server logs the cookie of a socket it could not authenticate against the backend: Spring Session's `SESSION` (base64 of the session's UUID)"), ({ rng }) => {
      const sid = b64Of(rng.uuid());
      return { value: sid, event: { ap: [['rts', '', `Error authenticating socket: backend returned 401 for cookie SESSION=${sid}`]] } };
    }),
    4,
    plant('encoded', 'appsmith-rest-url-base64url-json-marker', 'error', 'A REST action for the ski school passes its context as base64url JSON in `marker=`; the JSON holds the booking system\'s `kalid`.', ({ rng }) => {
      const m = b64urlOf(JSON.stringify({ maktab: 'barfi-safed', kalid: rng.alnum(32), sana: '2027-10-05' }));
      return { value: m, event: { ap: [['backend', 'ERROR', `Execution of action Dars_Jadval failed: 502 BAD_GATEWAY from GET https://maktab.barfisafed.example/api/jadval?marker=${m}`]] } };
    }),
    4,
    plant('implicit-fragment', 'appsmith-client-error-page-url-access-token', 'error', "The client's error report, which the backend logs, carries the page's address; the app landed there from the implicit flow, `#access_token=…` included.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { ap: [['backend', 'WARN', `Client error reported: TypeError: Cannot read properties of undefined (reading 'nom') pageUrl=https://app.${NB}/app/farmoishho/asosi-${rng.hex(24)}#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    4,
    plant('negative', 'appsmith-git-commit-sha', 'none', "A Git-connected app's commit id (40 hex) after a push: a hash, no credential.", ({ rng }) => {
      const sha = rng.hex(40);
      return { value: sha, event: { ap: [['backend', 'INFO', `Git push of application Farmoishho to branch main succeeded, commit ${sha}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'appsmith' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rspamd.log: /var/log/rspamd/rspamd.log of Rspamd 3.10 (local time, no zone): `yyyy-mm-dd HH:MM:SS #<pid>(<process>)
// <<uid>>; <module>; <function>: <message>`; the task line with a `log_format` that adds the message's URLs.
// https://rspamd.com/doc/configuration/logging.html (log_format variables; from memory, not fetched).

function rspamdLog(rng) {
  const render = (e) => e.rs.map(([mod, fn, msg]) => `${ymdHmsAt(e.t, TJT)} #${rng.int(40000, 40100)}(normal) <${rng.hex(6)}>; ${mod}; ${fn}: ${msg}`);
  const task = (rng, from, to, urls, score = '-0.40') => ['task', 'rspamd_task_write_log', `id: <${rng.hex(16)}@mail.${NB}>, qid: <${upperNum(rng, 11)}>, ip: ${lan(rng)}, from: <${from}>, (default: F (no action): [${score}/15.00] [MIME_GOOD(-0.10){text/html;},DMARC_POLICY_ALLOW(-0.50){${NB};none;}]), len: ${rng.int(3000, 40000)}, time: ${rng.int(40, 400)}.${rng.int(100, 999)}ms, dns req: ${rng.int(4, 30)}, digest: <${rng.hex(32)}>, rcpts: <${to}>, urls: [${urls.join(', ')}]`];
  const filler = (rng) =>
    rng.pick([
      () => ({ rs: [task(rng, `noreply@${NB}`, `mijoz${rng.int(100, 999)}@mail.example`, [`https://${NB}/nonvoyi/sino-3`, `https://${NB}/menu`])] }),
      () => ({ rs: [['csession', 'rspamd_controller_learn_fuzzy', `learned ${rng.int(1, 5)} fuzzy hashes`]] }),
      () => ({ rs: [['lua', 'lua_util.lua:1', `DKIM signing for ${NB} with selector s2027`]] }),
      () => ({ rs: [['proxy', 'rspamd_milter_process_command', `got connection from ${lan(rng)}:${rng.int(30000, 60000)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'rspamd-task-digest', 'none', "The task line's `digest` (32 hex, a hash of the message's parts for the fuzzy storage): a hash, no credential.", ({ rng }) => {
      const line = task(rng, `info@${NB}`, 'mijoz@mail.example', [`https://${NB}/aksiya`]);
      const d = line[2].match(/digest: <([0-9a-f]{32})>/)[1];
      return { value: d, event: { rs: [line] } };
    }),
    4,
    plant('path-secret', 'rspamd-task-urls-password-reset-parol', 'error', WHY.pathSecret('A password reset link of the ski resort\'s lift-pass accounts (`/parol/barqaror/<token>`, "password restore") in the URLs of the message the task line describes'), ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { rs: [task(rng, 'noreply@barfisafed.example', 'farrukh.n@mail.example', [`https://barfisafed.example/parol/barqaror/${tok}`, 'https://barfisafed.example/yordam'])] } };
    }),
    4,
    plant('path-secret', 'rspamd-task-urls-invitation-davat', 'error', WHY.pathSecret('A staff invitation to the bakeries\' order app (`/davat/<token>`, "invitation") in the message\'s URLs'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { rs: [task(rng, `noreply@${NB}`, 'sitora.k@mail.example', [`https://app.${NB}/davat/${tok}`])] } };
    }),
    4,
    plant('path-secret', 'rspamd-task-urls-email-verification-tasdiq', 'error', WHY.pathSecret("An e-mail confirmation link of the ski school's booking site (`/tasdiq/<uid>/<token>`, \"confirmation\")"), ({ rng }) => {
      const tok = `${rng.lowerNum(6)}-${rng.hex(32)}`;
      return { value: tok, event: { rs: [task(rng, 'maktab@barfisafed.example', 'jamshed.t@mail.example', [`https://maktab.barfisafed.example/tasdiq/${rng.int(1000, 9999)}/${tok}/`])] } };
    }),
    4,
    plant('negative', 'rspamd-message-id', 'none', 'The Message-ID and queue id of a rejected message in the milter\'s line: identifiers, no credential.', ({ rng }) => {
      const mid = `${rng.hex(20)}.${rng.int(1000, 9999)}@mta.mail.example`;
      return { value: mid, event: { rs: [['proxy', 'rspamd_milter_send_action', `reject message <${mid}> qid <${upperNum(rng, 11)}>: spam`]] } };
    }),
    4,
    plant('path-secret', 'rspamd-task-urls-magic-login-vorid', 'error', WHY.pathSecret('A one-click sign-in link to the lift-pass account (`/vorid/<token>`, "entry")'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { rs: [task(rng, 'noreply@barfisafed.example', 'malika.s@mail.example', [`https://barfisafed.example/vorid/${tok}?chipta=fasl-2027`])] } };
    }),
    4,
    plant('api-key-name', 'rspamd-task-urls-supplier-portal-kalid', 'error', `${WHY.apiKey('kalid')} A supplier's statement e-mail links its portal with the bakeries' key in the query; the task line lists the URL.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { rs: [task(rng, 'statements@ordu-supplier.example', `hisobdor@${NB}`, [`https://portal.ordu-supplier.example/hisob?mijoz=NB-104&kalid=${key}`])] } };
    }),
    4,
    plant('implicit-fragment', 'rspamd-task-urls-forwarded-address-bar-fragment', 'error', "A staff member forwards the address of a page that would not load to the helpdesk; the address from the browser's bar ends in the implicit flow's `#access_token=…`, and the task line lists it.", ({ rng }) => {
      const at = rng.b64url(52);
      return { value: at, event: { rs: [task(rng, `sitora.k@${NB}`, `yordam@${NB}`, [`https://app.${NB}/auth/natija#access_token=${at}&token_type=Bearer&expires_in=3600`])] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'mail' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kapacitord.log: Kapacitor 1.7's log (logfmt, local time with its offset): `ts=<RFC 3339, ms, +05:00> lvl=<l>
// msg="…" service=… …`; the HTTP service's request lines (`uri=`, `referer=`), alert handlers' failures, an httpPost
// node's errors.
// https://docs.influxdata.com/kapacitor/v1/ (configuration: logging, [http]; from memory, not fetched).

function kapacitorLog(rng) {
  const ts = (t) => `${local(t, TJT).slice(0, 23)}+05:00`;
  const render = (e) => e.k.map((x) => `ts=${ts(e.t)} ${x}`);
  const http = (rng, t, uri, { status = 204, referer = '-', ua = 'Telegraf/1.32.2 Go/1.23.2', method = 'POST' } = {}) => `lvl=info msg="http request" service=http host=${lan(rng)} username=- start=${ts(t)} method=${method} uri=${uri} protocol=HTTP/1.1 status=${status} referer=${referer} user-agent=${JSON.stringify(ua)} request-id=${rng.uuid()} duration=${rng.int(200, 9000)}µs`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ k: [http(rng, t, '/kapacitor/v1/write?consistency=&db=barf&precision=ns&rp=autogen')] }),
      () => ({ k: [`lvl=info msg="alert triggered" service=kapacitor task_master=main task=barf_chuqurii level=${rng.pick(['OK', 'INFO', 'WARNING'])} id=barf_chuqurii:lift=${rng.int(1, 6)}`] }),
      () => ({ k: [`lvl=debug msg="point" service=kapacitor task_master=main task=tup_harorat node=log3 prefix= name=harorat db=barf rp=autogen group=tup=${rng.int(1, 40)} dimension_0=tup tag_tup=${rng.int(1, 40)} field_harorat=-${rng.int(1, 9)}.${rng.int(0, 9)}`] }),
      () => ({ k: [`lvl=info msg="created log session" service=sessions id=${rng.uuid()} content-type=application/json`] }),
    ])();
  const steps = [
    plant('negative', 'kapacitor-startup-cluster-server-id', 'none', "Kapacitor's start-up line with its `cluster_id` and `server_id` (UUIDs): identifiers, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { k: [`lvl=info msg="kapacitord starting" service=run version=1.7.6 branch=HEAD commit=${rng.hex(40)}`, `lvl=info msg="ClusterID: ${rng.uuid()} ServerID: ${id}" service=run`] } };
    }),
    5,
    plant('api-key-name', 'kapacitor-http-request-uri-p-password', 'error', "The weather stations write to Kapacitor with InfluxDB 1.x query authentication (`u=…&p=<password>`), and Kapacitor's HTTP request line writes the URI whole: `p` is the stations' write password.", ({ rng, t }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { k: [http(rng, t, `/kapacitor/v1/write?db=barf&precision=s&rp=autogen&u=stansiya&p=${pw}`, { ua: 'weewx/5.1' })] } };
    }),
    5,
    plant('negative', 'kapacitor-http-request-p-redacted', 'none', 'A station whose client already redacts its own requests (`p=[REDACTED]` percent-encoded): the redaction, no credential.', ({ rng, t }) => ({ value: 'p=%5BREDACTED%5D', event: { k: [http(rng, t, '/kapacitor/v1/write?db=barf&precision=s&u=stansiya2&p=%5BREDACTED%5D', { ua: 'influx-relay/2.0' })] } })),
    5,
    plant('embed-jwt', 'kapacitor-http-request-referer-embed-jwt-no-exp', 'error', "The snow report page embeds a chart whose address carries a token without `exp` (`/embed/<JWT>`); its script reads Kapacitor's API, and the request line writes the Referer, at a time with its offset", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: 'https://barfisafed.example', chart: 'barf-chuqurii', lift: 'all' } });
      return { value: token, jwt: facts, event: { k: [http(rng, t, '/kapacitor/v1/tasks/barf_chuqurii?dot-view=attributes', { method: 'GET', status: 200, referer: `https://hisobot.barfisafed.example/embed/${token}`, ua: rng.pick(BROWSERS) })] } };
    }),
    5,
    plant('webhook', 'kapacitor-post-handler-pipedream-endpoint', 'error', WHY.webhook('A Pipedream HTTP source (`https://eo<id>.m.pipedream.net`, the subdomain is the secret) the `post` alert handler sends snow-cannon alerts to; the handler\'s failure writes the URL'), ({ rng }) => {
      const id = `eo${rng.lowerNum(13)}`;
      return { value: id, event: { k: [`lvl=error msg="failed to POST alert data" service=kapacitor task_master=main task=tup_harorat node=alert2 err="Post \\"https://${id}.m.pipedream.net\\": dial tcp: lookup ${id}.m.pipedream.net: i/o timeout"`] } };
    }),
    5,
    plant('session-id', 'kapacitor-httppost-node-url-sessiya', 'error', WHY.session("The lift telemetry task's `httpPost` node posts to a URL copied from a logged-in browser, with the operations portal's `sessiya` (\"session\") in the query; the node's error writes it"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { k: [`lvl=error msg="failed to POST batch" service=kapacitor task_master=main task=lift_telemetriya node=http_post4 url="https://amaliyot.barfisafed.example/api/lift/holat?sessiya=${sid}" err="received status 419"`] } };
    }),
    5,
    plant('encoded', 'kapacitor-post-handler-auth-base64-json', 'error', "The ski patrol's alert endpoint takes `auth=` base64 of a JSON object holding its `kalid`; the `post` handler's error writes the URL.", ({ rng }) => {
      const a = b64Of(JSON.stringify({ guruh: 'patrul', kalid: rng.alnum(30) }));
      return { value: a, event: { k: [`lvl=error msg="failed to POST alert data" service=kapacitor task_master=main task=shamol node=alert3 err="Post \\"https://patrul.barfisafed.example/ogohi?auth=${a}\\": context deadline exceeded"`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'kap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Chiptaho_Furush_Export_run.log: the console of a Talend Open Studio 8 job launched by its `_run.sh` from cron (local
// time, no zone): `[statistics]` lines, tLogRow's tables (`|col|col|`), tContextDump with "Hide password" (Password-type
// parameters as `********`), CXF's message logging of tRESTClient through java.util.logging (two-line SimpleFormatter,
// `REQ_OUT` with `Headers: {…}`), the component exception and tLogCatcher's row of the same error.
// https://help.talend.com/ (tLogRow, tContextDump, tRESTClient; from memory, not fetched); CXF's LoggingFeature from
// memory.

function talendLog(rng) {
  const jul = (t) => { const l = local(t, TJT); const d = new Date(t + TJT * MIN); const h = d.getUTCHours() % 12 || 12; return `${MONTHS[d.getUTCMonth()]} ${l.slice(8, 10)}, ${l.slice(0, 4)} ${h}:${l.slice(14, 19)} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`; };
  const render = (e) => e.tl.flatMap((x) => (x.jul ? [`${jul(e.t)} ${x.jul}`, ...x.lines] : x.lines));
  const hm = (t) => local(t, TJT).slice(11, 19);
  const filler = (rng, t) =>
    rng.pick([
      () => ({ tl: [{ lines: [`|${local(t, TJT).slice(0, 10)} ${hm(t)}|lift-${rng.int(1, 6)}|${rng.hex(12)}|FASL|QABUL|`] }] }),
      () => ({ tl: [{ lines: [`|kassa-${rng.int(1, 4)}|${rng.int(1, 90)}|${rng.int(100, 9000)}.00|TJS|`] }] }),
      () => ({ tl: [{ lines: [`[statistics] ${rng.pick(['connected', 'sending', 'ok'])}`] }] }),
    ])();
  const header = ['[statistics] connecting to socket on port 3891', '[statistics] connected'];
  const steps = [
    plant('framework-dump', 'talend-tcontextdump-string-typed-parol', 'error', "tContextDump, printed by tLogRow, hides Password-typed context parameters; the sales API's password was declared a String (`api_parol`) and is written in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { tl: [{ lines: ['.---------------+--------------------------------.', '|            tLogRow_1             |', '|=--------------+-------------------------------=|', '|key            |value                           |', '|=--------------+-------------------------------=|', '|sana           |2027-10-04                      |', '|api_url        |https://furush.barfisafed.example|', `|api_parol      |${pw}              |`, '|db_parol       |********                        |', "'---------------+--------------------------------'"] }] } };
    }),
    4,
    plant('header-dump', 'talend-cxf-req-out-headers-basic', 'error', "tRESTClient with \"Log messages\" on: CXF writes the outgoing request with its headers as a map (`Headers: {Accept=application/json, Authorization=Basic <base64>}`), the tax office's `user:password`.", ({ rng }) => {
      const basic = b64Of(`barfisafed-furush:${rng.alnum(14)}`);
      return { value: basic, event: { tl: [{ jul: 'org.apache.cxf.ext.logging.slf4j.Slf4jEventSender send', lines: ['INFO: REQ_OUT', '    Address: https://e-hisobot.andoz.example/api/v1/furush', '    HttpMethod: POST', '    Content-Type: application/json', `    ExchangeId: ${rng.uuid()}`, `    Headers: {Accept=application/json, Authorization=Basic ${basic}}`, '    Payload: {"davra":"2027-10-04","shumora":412}'] }] } };
    }),
    4,
    plant('refresh-token', 'talend-tlogrow-token-response-row', 'error', `${WHY.refresh} The job logs the lift system's token answer through tLogRow, one row with \`access_token\` and \`refresh_token\` columns.`, ({ rng }) => {
      const rt = rng.b64url(46);
      return { value: rt, event: { tl: [{ lines: ['|token_type|expires_in|refresh_token|', `|bearer|3600|${rt}|`] }] } };
    }),
    4,
    plant('api-key-name', 'talend-trestclient-exception-kalid', 'error', `${WHY.apiKey('kalid')} The lift gates' vendor API takes it in the query; the component's exception writes the URL, and tLogCatcher's row writes the same error again.`, ({ rng }) => {
      const key = rng.alnum(32);
      const msg = `javax.ws.rs.NotAuthorizedException: HTTP 401 Unauthorized for GET https://gates.liftvendor.example/api/skans?sana=2027-10-04&kalid=${key}`;
      return { value: key, event: { tl: [{ lines: ['Exception in component tRESTClient_2 (Chiptaho_Furush_Export)', msg, '\tat org.apache.cxf.jaxrs.client.AbstractClient.convertToWebApplicationException(AbstractClient.java:507)', `|${local(DAY0, TJT).slice(0, 10)}|Chiptaho_Furush_Export|tRESTClient_2|${msg}|`] }] } };
    }),
    4,
    plant('replay', 'talend-tlogrow-gate-scan-chipta-once', 'note', WHY.ticketFirst("A single-ride lift ticket (`chipta`, \"ticket\") scanned at a gate; the job prints the day's gate scans through tLogRow (time, gate, ticket, type, result). The ticket is"), ({ rng, t }) => {
      const c = rng.alnum(20);
      firstUse.chipta = t;
      return { value: c, event: { tl: [{ lines: [`|${local(t, TJT).slice(0, 10)} ${hm(t)}|lift-2|${c}|YAKKARATA|QABUL|`] }] } };
    }, { ref: 'chipta' }),
    3,
    plant('replay', 'talend-tlogrow-gate-scan-chipta-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('chipta').value, why: `${WHY.replay('chipta', gap('chipta', t))} The same single-ride ticket is scanned at another lift's gate and accepted again (\`QABUL\`, "accepted"): the gates did not share its use.` }], event: { tl: [{ lines: [`|${local(t, TJT).slice(0, 10)} ${hm(t)}|lift-5|${refs.get('chipta').value}|YAKKARATA|QABUL|`] }] } }), { replayOf: 'chipta', after: 97 }),
    4,
    plant('negative', 'talend-tlogrow-fiscal-sign', 'none', "A till's fiscal sign (`fiskal_imzo`, a hash the tax office's cash register scheme gives each receipt) in the sales rows: a receipt check value, no credential.", ({ rng }) => {
      const f = rng.hex(16).toUpperCase();
      return { value: f, event: { tl: [{ lines: ['|kassa|chek|fiskal_imzo|summa|', `|kassa-2|${rng.int(1000, 9999)}|${f}|${rng.int(100, 999)}.00|`] }] } };
    }),
    4,
    plant('negative', 'talend-job-pid', 'none', 'The job\'s process id as Talend builds it (`pid` of six random letters and digits) in the end line: an identifier, no credential.', ({ rng }) => {
      const p = rng.alnum(6);
      return { value: `pid=${p}`, event: { tl: [{ lines: [`Job Chiptaho_Furush_Export ended with pid=${p}, exit code 1`, '[statistics] disconnected'] }] } };
    }),
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'talend' }, filler, render, steps, header });
}

// =====================================================================================================================
// Ahal Hyzmat (Turkmen; Ashgabat: UTC+5)
// =====================================================================================================================

const AH = 'ahalhyzmat.example';

// ---------------------------------------------------------------------------------------------------------------------
// nxlog.log: NXLog Community Edition 3.2's own log on the blood centre's Windows lab PC (local time, no zone):
// `yyyy-mm-dd HH:MM:SS <LEVEL> <message>`; the configuration's `log_info()` of events it forwards (IIS W3C lines of the
// donor portal, in UTC as IIS writes them, and Application events), om_http errors, xm_csv parse warnings.
// https://docs.nxlog.co/ (Community Edition reference: log_info, om_http; from memory, not fetched).

function nxlogLog(rng) {
  const render = (e) => e.nx.map(([lvl, msg]) => `${ymdHmsAt(e.t, TMT)} ${lvl} ${msg}`);
  const iis = (rng, t, uri, query, { ip = doc(rng), status = 200, cookie = '-', ua = rng.pick(BROWSERS) } = {}) => `${ymdHmsAt(t, 0)} 10.71.2.15 GET ${uri} ${query || '-'} 443 - ${ip} ${ua.replace(/ /g, '+')} ${cookie} ${status} 0 0 ${rng.int(8, 400)}`;
  const fwd = (line) => ['INFO', `iis-donor: forwarding ${line}`];
  const filler = (rng, t) =>
    rng.pick([
      () => ({ nx: [fwd(iis(rng, t, rng.pick(['/donor/', '/donor/wagt', '/css/site.css', '/donor/maglumat']), ''))] }),
      () => ({ nx: [['INFO', `analyser: file /C:/LIS/export/${rng.int(1000, 9999)}.csv read, ${rng.int(5, 90)} records`]] }),
      () => ({ nx: [['INFO', `om_http: ${rng.int(10, 400)} events sent`]] }),
      () => ({ nx: [['WARNING', `xm_csv: expected 12 fields, got ${rng.int(9, 11)} in record ${rng.int(100, 999)}`]] }),
    ])();
  const steps = [
    plant('negative', 'nxlog-isbt128-donation-number', 'none', 'An ISBT 128 donation identification number (`=G1234 27 123456`, facility, year, serial) in a forwarded analyser record: a blood unit label, no credential.', ({ rng }) => {
      const din = `=G${rng.int(1000, 9999)}27${rng.int(100000, 999999)}00`;
      return { value: din, event: { nx: [['INFO', `analyser: forwarding result unit=${din} ABO=A Rh=POS hb=${rng.int(120, 170)}`]] } };
    }),
    4,
    plant('api-key-name', 'nxlog-om-http-error-url-acar', 'error', `${WHY.apiKey('acar')} ("key"): the central log collector takes it in the URL of om_http, and om_http's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { nx: [['ERROR', `om_http: couldn't connect to https://loglar.${AH}/ingest?merkez=gan&acar=${key}: Connection refused (errno 10061)`]] } };
    }),
    4,
    plant('path-secret', 'nxlog-log-info-iis-donor-result-link', 'error', WHY.pathSecret("A donor's test-result link (`/donor/netije/<token>`, \"result\") in the donor portal's IIS line the configuration forwards and `log_info()` writes"), ({ rng, t }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { nx: [fwd(iis(rng, t, `/donor/netije/${tok}`, ''))] } };
    }),
    4,
    plant('session-id', 'nxlog-log-info-iis-cookie-gan-sessiya', 'error', WHY.session("The portal's session cookie (`gan_sessiya`) in the `cs(Cookie)` field of a forwarded IIS line"), ({ rng, t }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { nx: [fwd(iis(rng, t, '/donor/wagt/bellik', 'gun=2027-10-07', { cookie: `gan_sessiya=${sid};+dil=tk` }))] } };
    }),
    4,
    plant('oauth-code', 'nxlog-log-info-iis-signin-oidc-code', 'warning', `${WHY.code} The staff sign-in callback (\`/signin-oidc\`) in a forwarded IIS line, \`code\` and \`state\` in \`cs-uri-query\`.`, ({ rng, t }) => {
      const code = rng.b64url(48);
      return { value: code, event: { nx: [fwd(iis(rng, t, '/signin-oidc', `code=${code}&state=${rng.b64url(40)}&session_state=${rng.uuid()}`, { status: 302 }))] } };
    }),
    4,
    plant('encoded', 'nxlog-log-info-iis-returnurl-double-encoded', 'error', 'A `ReturnUrl` in a forwarded IIS query holding a report URL percent-encoded twice (`%253D`), with the report service\'s `acarsoz` ("password") inside.', ({ rng, t }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { nx: [fwd(iis(rng, t, '/Account/Login', `ReturnUrl=%2Fhasabat%3Furl%3Dhttps%253A%252F%252Fhasabat.${AH}%252Fgan%253Facarsoz%253D${pw}`))] } };
    }),
    4,
    plant('implicit-fragment', 'nxlog-log-info-application-event-navigation-fragment', 'error', "The donor kiosk's app writes a navigation error to the Application event log with the address it was sent to (`#access_token=…`); the configuration forwards the event and `log_info()` writes it.", ({ rng }) => {
      const at = rng.b64url(50);
      return { value: at, event: { nx: [['INFO', `eventlog: forwarding Source=GanKiosk EventID=1001 Level=Warning Message="Nawigasiýa ýalňyşlygy (navigation error): https://donor.${AH}/kiosk/#access_token=${at}&token_type=Bearer&expires_in=900"`]] } };
    }),
    4,
    plant('replay', 'nxlog-log-info-iis-queue-bilet-once', 'note', WHY.ticketFirst("A single-use queue ticket (`bilet`, \"ticket\") a donor scans at the kiosk to check in; the forwarded IIS line shows it with the kiosk's address. The ticket is"), ({ rng, t }) => {
      const b = rng.alnum(22);
      firstUse.bilet = t;
      return { value: b, event: { nx: [fwd(iis(rng, t, '/donor/nobat/gir', `bilet=${b}`, { ip: '10.71.4.21', ua: 'GanKiosk/2.3' }))] } };
    }, { ref: 'bilet' }),
    3,
    plant('replay', 'nxlog-log-info-iis-queue-bilet-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('bilet').value, why: `${WHY.replay('bilet', gap('bilet', t))} Another client (another address, a phone's browser) checked in with the same queue ticket and the portal answered 200 again.` }], event: { nx: [fwd(iis(rng, t, '/donor/nobat/gir', `bilet=${refs.get('bilet').value}`, { ip: '198.51.100.77', ua: BROWSERS[2] }))] } }), { replayOf: 'bilet', after: 133 }),
    4,
    plant('negative', 'nxlog-file-sha256', 'none', "The SHA-256 the configuration computes of an analyser export before it archives it: a file hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { nx: [['INFO', `analyser: archived /C:/LIS/export/${rng.int(1000, 9999)}.csv sha256=${h}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'lab' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lichess-bot.log: a lichess-bot log file of the chess club's bot (`--logfile`, local time, no zone): `yyyy-mm-dd
// HH:MM:SS,mmm <logger> (<file>:<line>) <LEVEL> <message>`, urllib3's request lines at DEBUG, backoff's messages.
// https://github.com/lichess-bot-devs/lichess-bot/wiki (from memory, not fetched); the pattern from memory.

function lichessBotLog(rng) {
  const render = (e) => e.lb.map(([lg, where, lvl, msg]) => `${ymdHmsAt(e.t, TMT)},${msPart(e.t)} ${lg} (${where}) ${lvl} ${msg}`);
  const u3 = (host, line) => ['urllib3.connectionpool', 'connectionpool.py:546', 'DEBUG', `https://${host}:443 "${line}" 200 None`];
  const filler = (rng) =>
    rng.pick([
      () => ({ lb: [u3('lichess.org', `GET /api/bot/game/stream/${rng.alnum(8)} HTTP/11`)] }),
      () => ({ lb: [['lib.engine_wrapper', 'engine_wrapper.py:300', 'INFO', `Searching for time ${rng.int(1, 9)}.${rng.int(0, 9)} for game ${rng.alnum(8)}`]] }),
      () => ({ lb: [['lib.lichess_bot', 'lichess_bot.py:910', 'INFO', `+++ https://lichess.org/${rng.alnum(8)}/white Rapid vs AhalKust-Oglan (${rng.int(1200, 2100)})`]] }),
      () => ({ lb: [u3('lichess.org', 'POST /api/bot/game/' + rng.alnum(8) + '/move/' + rng.pick(['e2e4', 'g1f3', 'd2d4', 'c7c5']) + ' HTTP/11')] }),
    ])();
  const steps = [
    3,
    plant('negative', 'lichess-bot-challenge-id', 'none', "A challenge id (eight letters and digits) the bot accepts: a game's id on Lichess, no credential.", ({ rng }) => {
      const id = rng.alnum(8);
      return { value: `challenge ${id}`, event: { lb: [['lib.lichess_bot', 'lichess_bot.py:412', 'INFO', `Accept challenge ${id} from Ahal-Kust-Kluby (Rapid 10+5)`]] } };
    }),
    4,
    plant('header-dump', 'lichess-bot-backoff-kwargs-headers-bearer-lip', 'error', "backoff's debug message prints the call's keyword arguments, the session headers among them: `'Authorization': 'Bearer lip_…'`, the bot account's Lichess personal token.", ({ rng }) => {
      const tok = `lip_${rng.alnum(20)}`;
      return { value: tok, event: { lb: [['backoff', '_common.py:105', 'DEBUG', `Backing off api_get(...) for 1.2s (requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))) kwargs {'headers': {'Authorization': 'Bearer ${tok}', 'User-Agent': 'lichess-bot/2027.9.1 user:AhalKust-Bot'}, 'timeout': 2}`]] } };
    }),
    4,
    plant('api-key-name', 'lichess-bot-urllib3-club-book-acar', 'error', `${WHY.apiKey('acar')} ("key"): the club's own opening book server takes it in the query; urllib3's request line writes the path.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lb: [u3(`kitap.${AH}`, `GET /kust/kitap?fen=rnbqkbnr%2Fpppppppp%2F8%2F8%2F4P3%2F8%2FPPPP1PPP%2FRNBQKBNR+b+KQkq+-+0+1&acar=${key} HTTP/11`)] } };
    }),
    4,
    plant('path-secret', 'lichess-bot-chat-message-club-invitation', 'error', WHY.pathSecret("The greeting the bot sends in a game's chat, with a club membership invitation (`/cakylyk/<token>`, \"invitation\"); the bot logs the chat line it sends"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { lb: [['lib.conversation', 'conversation.py:88', 'INFO', `*** https://lichess.org/${rng.alnum(8)} [player] AhalKust-Bot: Salam! Kluba goşulmak üçin: https://kust.${AH}/cakylyk/${tok}`]] } };
    }),
    4,
    plant('encoded', 'lichess-bot-urllib3-result-payload-base64-json', 'error', "The club's results hook gets each finished game as `payload=` base64 of a JSON object that holds the hook's `acar`; urllib3's request line writes it.", ({ rng }) => {
      const p = b64Of(JSON.stringify({ oyun: rng.alnum(8), netije: '1-0', acar: rng.alnum(28) }));
      return { value: p, event: { lb: [u3(`kust.${AH}`, `GET /api/netije?payload=${encodeURIComponent(p)} HTTP/11`)] } };
    }),
    4,
    plant('negative', 'lichess-bot-game-id-over', 'none', "A finished game's id in the bot's `--- … Game over` line: a public game id, no credential.", ({ rng }) => {
      const id = rng.alnum(8);
      return { value: `lichess.org/${id} Game over`, event: { lb: [['lib.lichess_bot', 'lichess_bot.py:1003', 'INFO', `--- https://lichess.org/${id} Game over`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'bot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chronograf.log: `journalctl -u chronograf -o cat` of Chronograf 1.10 (logrus text, local time with offset): `time="…"
// level=… msg="…" component=server method=… remote_addr="…" url="…" took=…`, the generic OAuth provider's errors, the
// InfluxDB proxy's errors.
// https://docs.influxdata.com/chronograf/v1/administration/managing-security/ (generic OAuth; from memory, not fetched).

function chronografLog(rng) {
  const tm = (t) => `${local(t, TMT).slice(0, 19)}+05:00`;
  const render = (e) => e.c.map((x) => `time="${tm(e.t)}" ${x}`);
  const req = (rng, url, resp = 'OK') => `level=info msg="Response: ${resp}" component=server method=GET remote_addr="${lan(rng)}:${rng.int(30000, 60000)}" url="${url}" took=${rng.int(1, 90)}.${rng.int(100, 999)}ms`;
  const filler = (rng) =>
    rng.pick([
      () => ({ c: [req(rng, `/chronograf/v1/sources/1/proxy`)] }),
      () => ({ c: [req(rng, `/chronograf/v1/dashboards/${rng.int(1, 9)}`)] }),
      () => ({ c: [req(rng, '/chronograf/v1/me')] }),
      () => ({ c: [`level=info msg="Serving chronograf at http://[::]:8888" component=server`] }),
    ])();
  const steps = [
    4,
    plant('negative', 'chronograf-oauth-login-redirect-state', 'none', "The generic OAuth login's redirect with its `state` only: a CSRF value for one round trip, no credential.", ({ rng }) => {
      const st = rng.b64url(40);
      return { value: st, event: { c: [req(rng, `/oauth/sazlayjy/login?redirect=%2F&state=${st}`, 'Temporary Redirect')] } };
    }),
    4,
    plant('oauth-code', 'chronograf-request-url-generic-oauth-callback', 'warning', `${WHY.code} Chronograf's request line writes the generic OAuth provider's callback (\`/oauth/<provider>/callback?code=…&state=…\`).`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { c: [req(rng, `/oauth/sazlayjy/callback?code=${code}&state=${rng.b64url(40)}`, 'Temporary Redirect')] } };
    }),
    4,
    plant('refresh-token', 'chronograf-oauth-go-token-struct', 'error', `${WHY.refresh} After the exchange, the provider's user info call fails and the error line prints the Go \`*oauth2.Token\` with \`%+v\` (\`&{AccessToken:… RefreshToken:… Expiry:…}\`).`, ({ rng, t }) => {
      const rt = rng.b64url(44);
      return { value: rt, event: { c: [`level=error msg="Unable to get principal identifier: 502 Bad Gateway" component=auth method=GET url=/oauth/sazlayjy/callback token="&{AccessToken:${rng.b64url(40)} TokenType:Bearer RefreshToken:${rt} Expiry:${ymdHmsAt(t + HOUR, TMT)} +0500 +05 raw:<nil>}"`] } };
    }),
    4,
    plant('id-token', 'chronograf-request-url-id-token-hint-live', 'error', "A dashboard link that returns from the identity provider's logout carries `id_token_hint=<JWT>`; Chronograf's request line writes it with the line's offset", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 3600, age: rng.int(200, 2400), jti: true, alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://gir.${AH}`, aud: 'chronograf', sub: 'sazlayjy.m.orazow' } });
      return { value: token, jwt: facts, event: { c: [req(rng, `/logout?id_token_hint=${token}&redirect=%2F`, 'Not Found')] } };
    }),
    4,
    plant('header-dump', 'chronograf-proxy-error-go-header-map-token', 'error', "The InfluxDB proxy fails and writes the upstream request's headers as a Go `http.Header` map (`map[Authorization:[Token <InfluxDB 2 token>] …]`).", ({ rng }) => {
      const tok = `${rng.b64url(86)}==`.replace(/[-_]/g, 'A');
      return { value: tok, event: { c: [`level=error msg="Error proxying to InfluxDB: 503 Service Unavailable, request headers map[Accept:[application/json] Authorization:[Token ${tok}] User-Agent:[Chronograf/1.10.5]]" component=proxy`] } };
    }),
    4,
    plant('embed-jwt', 'chronograf-request-url-embed-jwt-1h-jti', 'error', "A humidity chart shared with a concert hall is opened through an address meant for the dashboards' front proxy (`/embed/<JWT>`); Chronograf answers 404 and its request line writes the path, with the line's offset", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 3600, age: rng.int(60, 1800), jti: true, claims: { iss: `https://sazlayjy.${AH}`, panel: 'cyglylyk', zal: 'Magtymguly' } });
      return { value: token, jwt: facts, event: { c: [req(rng, `/embed/${token}`, 'Not Found')] } };
    }),
    4,
    plant('negative', 'chronograf-dashboard-cell-uuid', 'none', 'A dashboard cell id (UUID) in a request path: an identifier, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { c: [req(rng, `/chronograf/v1/dashboards/3/cells/${id}`)] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'chrono' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// awx_task.log: `docker logs -t awx_task` of AWX 24 (docker's RFC 3339 nanosecond time, UTC, before each line; the
// application's own Python logging time after it): the dispatcher's job lines, job extra_vars at DEBUG (survey
// passwords as `$encrypted$`), the callback receiver's job events with the `uri` module's results.
// https://ansible.readthedocs.io/projects/awx/en/latest/administration/logging.html (from memory, not fetched); the
// event layout from memory.

function awxLog(rng) {
  const render = (e) => e.aw.map(([lvl, lg, msg]) => `${iso(e.t).slice(0, 23)}${rng.int(100000, 999999)}Z ${ymdHmsAt(e.t, 0)},${msPart(e.t)} ${lvl.padEnd(8)} [${rng.hex(8)}] ${lg} ${msg}`);
  const ev = (rng, task, res) => ['DEBUG', 'awx.main.commands.run_callback_receiver', `Event data: {'event': 'runner_on_failed', 'job_id': ${rng.int(400, 499)}, 'task': '${task}', 'host': 'kiosk-${rng.int(1, 6)}', 'res': ${res}}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ aw: [['INFO', 'awx.main.dispatch', `job ${rng.int(400, 499)} (running) finished running, producing ${rng.int(20, 400)} events.`]] }),
      () => ({ aw: [['INFO', 'awx.main.commands.run_callback_receiver', `Starting EOF event processing for Job ${rng.int(400, 499)}`]] }),
      () => ({ aw: [['DEBUG', 'awx.main.scheduler', `Starting Scheduler`]] }),
      () => ({ aw: [['INFO', 'awx.analytics.job_lifecycle', `job-${rng.int(400, 499)} ${rng.pick(['created', 'waiting', 'pre run', 'preparing playbook', 'running playbook', 'finalize run'])}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'awx-survey-password-encrypted', 'none', "AWX writes a survey answer of type password as `$encrypted$` in a job's extra_vars: the masking, no credential.", ({ rng }) => ({ value: "'agza_parol': '$encrypted$'", event: { aw: [['DEBUG', 'awx.main.tasks.jobs', `job ${rng.int(400, 499)} extra_vars: {'kiosk': 'tarazy-2', 'agza_parol': '$encrypted$'}`]] } })),
    4,
    plant('framework-dump', 'awx-job-extra-vars-plain-password', 'error', "The weighbridge kiosks' playbook gets the weighbridge controller's password as an ordinary extra variable (not a survey password), so AWX's debug line of the job's extra_vars writes it in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { aw: [['DEBUG', 'awx.main.tasks.jobs', `job ${rng.int(400, 499)} extra_vars: {'kiosk': 'tarazy-1', 'tarazy_acarsoz': '${pw}', 'gaytadan_isleyis_merkezi': 'Ahal-1'}`]] } };
    }),
    4,
    plant('api-key-name', 'awx-event-uri-failed-url-acar', 'error', `${WHY.apiKey('acar')} The bin sensors' API takes it in the query; the \`uri\` task's failure result (\`url\`, \`msg\`) is in the job event the callback receiver logs.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { aw: [ev(rng, 'Konteýner datçiklerini barla', `{'msg': 'Status code was 401 and not [200]: HTTP Error 401: Unauthorized', 'url': 'https://datcik.${AH}/api/v1/konteyner?merkez=ahal-1&acar=${key}', 'status': 401}`)] } };
    }),
    4,
    plant('implicit-fragment', 'awx-event-uri-result-location-fragment', 'error', "A `uri` task that signs a kiosk in to the recycling centre's booking app gets a redirect; the result's `location` is the implicit flow's return address with `#access_token=…`.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { aw: [ev(rng, 'Kioska gir', `{'msg': 'Status code was 302 and not [200]', 'location': 'https://bellik.${AH}/kiosk/#access_token=${at}&token_type=Bearer&expires_in=3600', 'status': 302}`)] } };
    }),
    4,
    plant('session-id', 'awx-event-uri-cookies-string-awx-sessionid', 'error', WHY.session("A `uri` task that logs in to AWX's own API returns `cookies_string`, with `awx_sessionid`"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { aw: [ev(rng, 'AWX API-a gir', `{'msg': 'Status code was 200 and not [204]', 'cookies_string': 'awx_sessionid=${sid}; csrftoken=${rng.alnum(32)}', 'status': 200}`)] } };
    }),
    4,
    plant('embed-jwt', 'awx-event-uri-embed-jwt-expired', 'note', "A `uri` task checks the fill-level dashboard through an embed address saved in the inventory (`/embed/<JWT>`); the token expired two days before the job, and the failed event writes the URL with docker's UTC time", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 7 * 86400, age: 9 * 86400, jti: true, claims: { iss: `https://panel.${AH}`, panel: 'doluluk', merkez: 'ahal-1' } });
      return { value: token, jwt: facts, event: { aw: [ev(rng, 'Panel barla', `{'msg': 'Status code was 403 and not [200]', 'url': 'https://panel.${AH}/embed/${token}', 'status': 403}`)] } };
    }),
    4,
    plant('id-token', 'awx-event-uri-keycloak-logout-id-token-hint-expired', 'note', "The kiosk sign-out task calls the identity provider's end-session endpoint with an `id_token_hint` kept from the morning run; it had expired an hour before this event", ({ rng, t }) => {
      const { token, facts } = J(rng, t, { lifetime: 3600, age: 7200 + rng.int(0, 600), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://gir.${AH}/realms/merkez`, aud: 'kiosk', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { aw: [ev(rng, 'Kioskdan çyk', `{'msg': 'Status code was 400 and not [302]', 'url': 'https://gir.${AH}/realms/merkez/protocol/openid-connect/logout?id_token_hint=${token}', 'status': 400}`)] } };
    }),
    4,
    plant('negative', 'awx-job-event-uuid', 'none', "A job event's `uuid`: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { aw: [['DEBUG', 'awx.main.commands.run_callback_receiver', `Event data: {'event': 'playbook_on_stats', 'job_id': ${rng.int(400, 499)}, 'uuid': '${id}', 'changed': {'kiosk-1': 2}}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'awx' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout71');
writePart(join(here, 'heldout71'), {
  'gpsd.log': gpsdLog(rng),
  'filebeat-20271005.ndjson': filebeatLog(rng),
  'st2actionrunner.log': st2Log(rng),
  'log': dcpLog(rng),
  'tautulli.log': tautulliLog(rng),
  'sdc.log': sdcLog(rng),
  'appsmith.log': appsmithLog(rng),
  'rspamd.log': rspamdLog(rng),
  'kapacitord.log': kapacitorLog(rng),
  'Chiptaho_Furush_Export_run.log': talendLog(rng),
  'nxlog.log': nxlogLog(rng),
  'lichess-bot.log': lichessBotLog(rng),
  'chronograf.log': chronografLog(rng),
  'awx_task.log': awxLog(rng),
});
