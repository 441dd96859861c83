// Writes corpus/logs-in-the-wild/heldout56/: a fifty-sixth held-out part, in formats no other part uses (ZoneMinder
// 1.36's per-process logs gathered into one file, the OpenALPR daemon's alpr.log, `docker compose logs` of an NSQ stack
// with nsq_to_http and a Go consumer, an Apache OFBiz 18.12 ofbiz.log, a Rapid SCADA 6 ScadaServer.log with its
// modules, a Mango Automation 5 ma.log, a FUXA server log, an OpenRemote manager log, an Apache RocketMQ 5 broker.log,
// an OpenCPN 5.10 opencpn.log with plugins, a Homebridge homebridge.log, Owncast's log, MediaMTX's log with its hooks'
// output, a FHEM log file with HTTPMOD at verbose 5), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout56.mjs     rewrites heldout56/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kerbside Mobility, a Bristol parking operator with a car rental and van leasing arm (English, four
// logs: barrier cameras, plate recognition, gate events, the leasing back office); Amazi Meza Ltd, a water utility in
// Rubavu that also runs the dewatering pumps and haul-truck telemetry of a nearby tin mine (Kinyarwanda messages where
// its own modules and scripts write them, routes, parameter, header, key and property names in Kinyarwanda, English
// code names, five logs); Kandu Mas (ކަނޑު މަސް, "sea fish"), a Malé tuna fishery with a cold store, a fish auction
// streamed live and staff housing (Dhivehi messages in Thaana where its own plugins and scripts write them, names in
// Latin transliteration, five logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Bristol in October (BST, UTC+1), Rubavu (CAT, UTC+2), Malé (MVT, UTC+5), RocketMQ's own GMT+8 clock. */
const BST = 60;
const CAT = 120;
const MVT = 300;
const GMT8 = 480;
/** Microseconds (the milliseconds and three random digits). */
const usPart = (ms, rng) => `${msPart(ms)}${digits(rng, 3)}`;
/** `+hh:mm` of an offset in minutes. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** A private address. */
const lan = (rng, prefix = '10.60') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;

// =====================================================================================================================
// Kerbside Mobility (English; Bristol: BST, UTC+1)
// =====================================================================================================================

const KB = 'kerbside.example';

// ---------------------------------------------------------------------------------------------------------------------
// zm-logs-2027-10-05.log: ZoneMinder 1.36's log files of one day (zmc, zma, zms, zmfilter.pl, zmwatch.pl, each writes
// /var/log/zm/<name>.log) gathered into one file in time order by the ops team's support script: `%x %H:%M:%S.<us>
// <name>[<pid>].<LVL>-<file>/<line> [<message>]` (C locale `mm/dd/yy`, local time, no zone).
// https://github.com/ZoneMinder/ZoneMinder/blob/1.34.25/docs/userguide/options/options_logging.rst (read through
// search: one file per component, e.g. /var/log/zm/zmc_m11.log; ERR, WAR, INF, DBG) and a public Elasticsearch ingest
// pipeline for zmc_m#.log (read through search: `<date> <time> zmc_m<n>[<pid>].INF-zm_monitor.cpp/<line> [<name>:
// images:<n> - Capturing at <fps> fps, capturing bandwidth <n>bytes/sec]`); the other messages from memory.

function zoneminderLog(rng) {
  const stamp = (t) => { const l = local(t, BST); return `${l.slice(5, 7)}/${l.slice(8, 10)}/${l.slice(2, 4)} ${l.slice(11, 19)}.${usPart(t, rng)}`; };
  const render = (e) => e.zm.map(([proc, lvl, src, msg]) => `${stamp(e.t)} ${proc}.${lvl}-${src} [${msg}]`);
  const zmc = (m) => `zmc_m${m}[${1400 + m * 7}]`;
  const filler = (rng) =>
    rng.pick([
      () => ({ zm: [[zmc(rng.pick([3, 7, 9])), 'INF', 'zm_monitor.cpp/2983', `${rng.pick(['Barrier-In', 'Barrier-Out', 'Level2-Ramp'])}: images:${rng.int(10, 99)}000 - Capturing at ${rng.pick(['5.00', '10.00', '9.98'])} fps, capturing bandwidth ${rng.int(90000, 900000)}bytes/sec Analysing at ${rng.pick(['5.00', '10.00'])} fps`]] }),
      () => ({ zm: [[`zma_m${rng.pick([3, 7, 9])}[${rng.int(2000, 2100)}]`, 'INF', 'zm_monitor.cpp/1858', `${rng.pick(['Barrier-In', 'Barrier-Out'])}: ${rng.int(100, 999)} - Gone into alarm state PreAlarmCount: 0 > PreEventCount: 0`]] }),
      () => ({ zm: [[`zmfilter_1[${rng.int(3000, 3100)}]`, 'INF', 'zmfilter.pl/325', `Checking filter 'PurgeWhenFull'`]] }),
      () => ({ zm: [[`zmwatch[${rng.int(900, 990)}]`, 'INF', 'zmwatch.pl/148', `Watchdog checking monitor ${rng.pick([3, 7, 9])}, last write ${rng.int(0, 3)}s ago`]] }),
      () => ({ zm: [[`zmc_m${rng.pick([3, 7])}[${rng.int(1400, 1500)}]`, 'WAR', 'zm_packetqueue.cpp/112', `You have set the max video packets in the queue to ${rng.int(30, 80)}. The queue is full. Either Analysis is not keeping up or your camera's keyframe interval is larger than this setting.`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'zoneminder-zms-connkey', 'none', "zms' `connkey`, a random number the web console picks to send stream commands (pause, zoom, quit) to one zms process over a local socket: no credential, it grants nothing without the console's own login.", ({ rng }) => {
      const v = `connkey=${digits(rng, 6)}`;
      return { value: v, event: { zm: [[`zms_m7[${rng.int(5000, 5100)}]`, 'DB1', 'zm_stream.cpp/128', `Got command CMD_QUIT from ${v} (socket /run/zm/zms-${digits(rng, 6)}s.sock)`]] } };
    }),
    6,
    plant('encoded', 'zoneminder-ffmpeg-rtsp-userinfo-percent-encoded-password', 'error', "The exit camera's RTSP path carries its login with the password percent-encoded in the user information (`rtsp://gate3:<pass with %40 and %21>@…`); zmc writes the path when it cannot open the input, and again when the capture fails: decoded, it is the camera's admin password.", ({ rng }) => {
      const pw = `${rng.alnum(6)}%40${rng.alnum(5)}%21${rng.alnum(4)}`;
      const url = `rtsp://gate3:${pw}@10.60.3.13:554/Streaming/Channels/101`;
      return { value: pw, event: { zm: [[zmc(9), 'ERR', 'zm_ffmpeg_camera.cpp/192', `Unable to open input ${url} due to: Connection refused`], [zmc(9), 'ERR', 'zm_monitor.cpp/2618', `Failed to open input ${url}, sleeping 10s`]] } };
    }),
    6,
    plant('session-id', 'zoneminder-zms-query-auth-hash', 'error', WHY.session("zms logs its query string at debug level 1 with `auth=<32 hex>`, ZoneMinder's authentication hash for the operator's login (valid for `ZM_AUTH_HASH_TTL`, two hours by default): replayed in a stream or API URL it stands for the operator"), ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { zm: [[`zms_m3[${rng.int(5100, 5200)}]`, 'DB1', 'zms.cpp/126', `Query string 'mode=jpeg&monitor=3&scale=50&maxfps=5&buffer=1000&auth=${h}&connkey=${digits(rng, 6)}&rand=${rng.int(1000000, 9999999)}'`]] } };
    }),
    6,
    plant('api-key-name', 'zoneminder-curl-camera-snapshot-url-user-key', 'error', `${WHY.apiKey('user_key')} The overflow lot's camera is a remote cURL monitor behind the camera vendor's cloud relay, which takes its key in the query; zmc writes the URL when the relay refuses.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { zm: [[zmc(11), 'ERR', 'zm_curl_camera.cpp/408', `cURL failed for https://relay.camcloud.example/v1/devices/KB-LOT3/snapshot.jpg?channel=1&user_key=${key}: The requested URL returned error: 403`]] } };
    }),
    6,
    plant('webhook', 'zoneminder-zmfilter-execute-rocketchat-hook', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the ops team's notify script posts barrier alarms to; zmfilter.pl logs the command line of the filter's `Execute` action, the URL among its arguments (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { zm: [[`zmfilter_2[${rng.int(3100, 3200)}]`, 'INF', 'zmfilter.pl/873', `Executing '/usr/local/bin/zm-notify https://chat.${KB}/hooks/${rng.alnum(17)}/${tok} ${rng.int(48000, 48999)}'`]] } };
    }),
    6,
    plant('negative', 'zoneminder-zmfilter-upload-sha256', 'none', "The checksum zmfilter logs for an uploaded event archive (`sha256=<64 hex>`): a hash of a video file, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { zm: [[`zmfilter_1[${rng.int(3000, 3100)}]`, 'INF', 'zmfilter.pl/1021', `Uploaded event ${rng.int(48000, 48999)} archive Event-${rng.int(48000, 48999)}.tar.gz sha256=${h}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'zm-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alpr.log: the OpenALPR daemon (alprd 2.3) log, log4cplus with `%D{%Y-%m-%d %H:%M:%S},%q %-5p - %m` (local time, no
// zone): start-up lines (`Using: … for daemon configuration`, `Stream <n>: <url>`, `Upload address: …`), plates queued and
// uploaded, upload failures. A reconfigured restart in the middle.
// https://github.com/openalpr/openalpr/wiki/OpenALPR-Daemon-(alprd) (from memory, not fetched).

function alprdLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, BST)},${msPart(t)}`;
  const render = (e) => e.al.map(([lvl, msg]) => `${stamp(e.t)} ${lvl.padEnd(5)} - ${msg}`);
  const plate = () => `${upperNum(rng, 2).replace(/[0-9]/g, 'K')}${rng.int(10, 79)}${upperNum(rng, 3).replace(/[0-9]/g, 'X')}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ al: [['INFO', `Writing plate ${plate()} (kerbside-lot${rng.int(1, 3)}-cam${rng.int(1, 2)}-${Math.floor(DAY0 / 1000) + rng.int(20000, 40000)}${digits(rng, 3)}) to queue.`]] }),
      () => ({ al: [['INFO', `Uploaded ${rng.int(1, 6)} results to server (HTTP 200)`]] }),
      () => ({ al: [['INFO', `Video stream ${rng.int(1, 2)} connected`]] }),
      () => ({ al: [['DEBUG', `Processing frame ${rng.int(1000, 99999)} stream ${rng.int(1, 2)}: ${rng.int(0, 3)} plates found in ${rng.int(20, 140)}ms`]] }),
    ])();
  const start = (stream2) => [['INFO', 'Running OpenALPR daemon in the foreground.'], ['INFO', 'Using: /etc/openalpr/alprd.conf for daemon configuration'], ['INFO', 'Using: /usr/share/openalpr/runtime_data for runtime data'], ['INFO', 'country: gb -- config file: /etc/openalpr/openalpr.conf'], ['INFO', 'pattern: '], ['INFO', 'Stream 1: rtsp://10.60.4.20:554/h264/ch1/main'], ...stream2];
  const steps = [
    plant('negative', 'alprd-agent-uid', 'none', "The daemon's `agent_uid`, a random identifier of this installation it attaches to every upload: an identifier, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { al: [...start([['INFO', 'Stream 2: rtsp://10.60.4.21:554/h264/ch1/main']]), ['INFO', `agent_uid: ${v}`]] } };
    }, { after: 0 }),
    plant('api-key-name', 'alprd-upload-failed-ingest-key', 'error', `${WHY.apiKey('ingest_key')} The daemon's \`upload_address\` is the plate ingest endpoint with its key in the query; alprd writes the address when an upload fails.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { al: [['ERROR', `Failed uploading plate results to server: https://ingest.${KB}/v2/plates?site=lot2&ingest_key=${key} (HTTP 503). Will retry.`]] } };
    }),
    8,
    plant('negative', 'alprd-plate-group-uuid', 'none', "A plate group's uuid (`<site>-<camera>-<epoch ms>`) the daemon writes when it queues a plate: an identifier of one detection, no credential.", ({ rng }) => {
      const v = `kerbside-lot2-cam2-${Math.floor(DAY0 / 1000) + rng.int(40000, 42000)}${digits(rng, 3)}`;
      return { value: v, event: { al: [['INFO', `Writing plate ${plate()} (${v}) to queue.`]] } };
    }),
    8,
    plant('framework-dump', 'alprd-restart-stream-url-userinfo', 'error', "After a reconfiguration the daemon starts again and writes its configuration, the second camera's stream now given with the camera login in the URL's user information (`Stream 2: rtsp://alpr:<password>@…`): the camera's password in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { al: start([['INFO', `Stream 2: rtsp://alpr:${pw}@10.60.4.21:554/h264/ch1/main`]]) } };
    }),
    plant('webhook', 'alprd-upload-address-zapier-catch-hook', 'error', WHY.webhook("During the ingest outage the daemon's `upload_address` was pointed at a Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<secret>/`), which alprd writes at start-up (the last segment is the secret part)"), ({ rng }) => {
      const sec = rng.lowerNum(7);
      return { value: sec, needle: `/${sec}/`, event: { al: [['INFO', `Upload address: https://hooks.zapier.com/hooks/catch/${digits(rng, 8)}/${sec}/`], ['INFO', 'Starting camera 1'], ['INFO', 'Starting camera 2']] } };
    }, { after: 0 }),
    10,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'alpr-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nsq-stack.log: `docker compose logs --no-color` of the gate-events stack: nsqd 1.3 (`[nsqd] yyyy/mm/dd HH:MM:SS.us
// <LEVEL>: …`), nsq_to_http (go-nsq's `yyyy/mm/dd HH:MM:SS <LVL> <n> [<topic>/<channel>] …`) and the exit-gate consumer
// (Go's standard log, `yyyy/mm/dd HH:MM:SS …`), every container in UTC without a zone.
// https://nsq.io/components/nsqd.html and https://nsq.io/components/utilities.html#nsq_to_http (from memory, not fetched).

function nsqLog(rng) {
  const d = (t) => iso(t).slice(0, 10).replace(/-/g, '/');
  const render = (e) =>
    e.nq.map(([svc, msg]) => {
      const pre = `${svc.padEnd(14)}| `;
      if (svc === 'nsqd-1') return `${pre}[nsqd] ${d(e.t)} ${iso(e.t).slice(11, 19)}.${usPart(e.t, rng)} ${msg}`;
      return `${pre}${d(e.t)} ${iso(e.t).slice(11, 19)} ${msg}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ nq: [['nsqd-1', `INFO: [gate-events] PUT ${rng.int(1, 9)} message(s)`]] }),
      () => ({ nq: [['nsqd-1', `INFO: TCP: new client(${lan(rng, '172.20')}:${rng.int(30000, 60000)})`]] }),
      () => ({ nq: [['nsq_to_http-1', `INF    1 [gate-events/http] (nsqd:4150) heartbeat received`]] }),
      () => ({ nq: [['exit-gate-1', `gate=EX-${rng.int(1, 3)} lane=${rng.int(1, 2)} plate=${upperNum(rng, 2)}${rng.int(10, 79)}${upperNum(rng, 3)} stay=${rng.int(12, 600)}m tariff=${rng.pick(['standard', 'evening', 'season'])} status=${rng.pick(['open', 'open', 'paid-exit'])}`]] }),
      () => ({ nq: [['exit-gate-1', `consumer stats: received=${rng.int(100, 9000)} finished=${rng.int(100, 9000)} requeued=${rng.int(0, 9)}`]] }),
    ])();
  const steps = [
    plant('negative', 'nsqd-identify-client-id', 'none', "The `client_id` a consumer sends in its IDENTIFY, which nsqd logs: the consumer's host name and a random suffix, an identifier.", ({ rng }) => {
      const v = `exit-gate-${rng.hex(12)}`;
      return { value: v, event: { nq: [['nsqd-1', 'INFO: TCP: listening on [::]:4150'], ['nsqd-1', 'INFO: HTTP: listening on [::]:4151'], ['nsqd-1', `INFO: [172.20.0.5:41822] IDENTIFY: {ClientID:${v} Hostname:exit-gate HeartbeatInterval:30000 OutputBufferSize:16384 OutputBufferTimeout:250 FeatureNegotiation:true TLSv1:false Deflate:false DeflateLevel:0 Snappy:false SampleRate:0 UserAgent:go-nsq/1.1.0 MsgTimeout:0}`]] } };
    }, { after: 0 }),
    6,
    plant('api-key-name', 'nsq-to-http-handler-error-consumer-key', 'error', `${WHY.apiKey('consumer_key')} nsq_to_http is started with \`--post\` to the billing endpoint, its key in the query; go-nsq's handler error writes Go's \`*url.Error\` with the whole URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { nq: [['nsq_to_http-1', `ERR    1 [gate-events/http] Handler returned error (Post "https://billing.${KB}/hooks/gate-events?consumer_key=${key}": context deadline exceeded) for msg ${rng.hex(16)}`]] } };
    }),
    6,
    plant('replay', 'nsq-exit-gate-ticket-once', 'note', WHY.ticketFirst("A single-use exit ticket (a paid stay's QR) accepted at exit gate EX-1; the consumer logs the ticket with the gate and the lane. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.exit = t;
      return { value: tk, event: { nq: [['exit-gate-1', `exit ticket accepted ticket=${tk} gate=EX-1 lane=2 plate=${upperNum(rng, 2)}${rng.int(10, 79)}${upperNum(rng, 3)} client=${publicIp(rng)}`]] } };
    }, { ref: 'exit' }),
    5,
    plant('replay', 'nsq-exit-gate-ticket-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('exit').value, why: `${WHY.replay('ticket', gap('exit', t))} Another gate (EX-3) on another lane accepted the same single-use exit ticket with another plate: the consumer did not spend it.` }], event: { nq: [['exit-gate-1', `exit ticket accepted ticket=${refs.get('exit').value} gate=EX-3 lane=1 plate=${upperNum(rng, 2)}${rng.int(10, 79)}${upperNum(rng, 3)} client=${publicIp(rng)}`]] } }), { replayOf: 'exit', after: 128 }),
    5,
    plant('negative', 'nsq-message-id', 'none', "An NSQ message id (16 hex characters) the consumer logs when it requeues a message: an identifier.", ({ rng }) => {
      const v = rng.hex(16);
      return { value: v, event: { nq: [['nsq_to_http-1', `WRN    1 [gate-events/http] backing off for 2.0000 seconds (backoff level 1), setting all to RDY 0`], ['exit-gate-1', `requeue msg=${v} attempts=3 reason="payment provider 502"`]] } };
    }),
    5,
    plant('refresh-token', 'nsq-exit-gate-oauth2-token-struct', 'error', `${WHY.refresh} The consumer prints the payment provider's \`*oauth2.Token\` with \`%+v\` after renewing it (\`{AccessToken:… RefreshToken:… Expiry:…}\`).`, ({ rng, t }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { nq: [['exit-gate-1', `payment token renewed: &{AccessToken:${rng.b64url(40)} TokenType:Bearer RefreshToken:${rt} Expiry:${iso(t + HOUR).slice(0, 19).replace('T', ' ')} +0000 UTC ExpiresIn:0 raw:<nil> expiryDelta:0}`]] } };
    }),
    5,
    plant('header-dump', 'nsq-exit-gate-go-header-map-token', 'error', "The consumer logs its failed call to the barrier controller with Go's `http.Header` map (`map[Authorization:[Token <40 hex>] …]`): the controller's API token.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { nq: [['exit-gate-1', `barrier open failed: POST https://barriers.${KB}/api/lanes/EX-2/open status=502 header=map[Authorization:[Token ${tok}] Content-Type:[application/json] User-Agent:[exit-gate/3.4]]`]] } };
    }),
    5,
    plant('encoded', 'nsq-exit-gate-next-base64url-url-with-token', 'error', "The consumer logs the pay-on-exit link it sends to a driver, whose `next` parameter is a base64url-encoded URL with the driver's account token in its query (`…?acct_token=…`): decoded, a credential.", ({ rng }) => {
      const inner = `https://account.${KB}/pay/complete?acct_token=${rng.alnum(32)}&lane=EX-2`;
      const b = b64urlOf(inner);
      return { value: b, event: { nq: [['exit-gate-1', `pay-on-exit link sent sms=+4477009${digits(rng, 5)} url=https://pay.${KB}/p/exit?amount=4.80&next=${b}`]] } };
    }),
    5,
    plant('path-secret', 'nsq-exit-gate-receipt-link', 'error', WHY.pathSecret("A receipt link (`/receipt/<token>/view`) the consumer logs after a paid exit: it opens the driver's receipt, with name and card digits, without a login"), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { nq: [['exit-gate-1', `receipt issued https://pay.${KB}/receipt/${tok}/view gate=EX-2`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'nsq' }, filler, render, steps, header: ['Attaching to exit-gate-1, nsq_to_http-1, nsqd-1'] });
}

// ---------------------------------------------------------------------------------------------------------------------
// ofbiz.log: Apache OFBiz 18.12's runtime/logs/ofbiz.log with the default pattern's layout `<date> |<thread, 20> |<logger,
// 30> |<L>| <message>`, the date switched to log4j2's `ISO8601_OFFSET_DATE_TIME_HHCMM` (`2027-10-05T08:12:03,123+01:00`)
// in log4j2.xml; the leasing portal's own events and services, ControlServlet, ServiceDispatcher, HttpClient.
// https://cwiki.apache.org/confluence/display/OFBIZ/ (logging, from memory, not fetched).

function ofbizLog(rng) {
  const stamp = (t) => `${local(t, BST).slice(0, 19)},${msPart(t)}${zone(BST)}`;
  const render = (e) => e.of.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} |${x[0].slice(0, 20).padEnd(20)} |${x[1].slice(0, 30).padEnd(30)} |${x[2]}| ${x[3]}`));
  const exec = () => `http-nio-8443-exec-${rng.int(1, 40)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ of: [[exec(), 'ControlServlet', 'T', `[[[${rng.pick(['main', 'FindLease', 'ViewVehicle', 'LeaseInvoices'])}] Request Done- total:${(rng.int(5, 900) / 1000).toFixed(3)},since last([[[main] Request...):${(rng.int(1, 300) / 1000).toFixed(3)}]]`]] }),
      () => ({ of: [['OFBiz-JobQueue-0', 'ServiceDispatcher', 'I', `[[Sync service finished- total:${(rng.int(5, 900) / 1000).toFixed(3)},since last(Begin):${(rng.int(1, 300) / 1000).toFixed(3)}]] - '${rng.pick(['leaseAccrueMileage', 'sendLeaseReminders', 'purgeOldJobs'])}'`]] }),
      () => ({ of: [['OFBiz-JobPoller', 'JobPoller', 'I', `Job poller: ${rng.int(0, 5)} jobs queued, ${rng.int(0, 3)} running`]] }),
      () => ({ of: [[exec(), 'LeaseEvents', 'I', `Lease ${rng.int(10000, 19999)} mileage updated: ${rng.int(1000, 90000)} mi (vehicle KB-VAN-${rng.int(100, 999)})`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'ofbiz-login-services-masked-password', 'none', "LoginServices writes the changed login with the password field masked (`currentPassword=********`): the framework's masking, no credential.", ({ rng }) => {
      const v = `fleet.ops${rng.int(10, 99)}`;
      return { value: v, event: { of: [[exec(), 'LoginServices', 'I', `UserLogin [${v}] password changed {userLoginId=${v}, currentPassword=********, requirePasswordChange=N}`]] } };
    }),
    5,
    plant('oauth-code', 'ofbiz-oauth-event-rejected-callback-code', 'warning', `${WHY.code} The leasing portal's Google sign-in event rejects a callback (unknown state) and writes the request it got, \`code\` and \`state\` in its query.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { of: [[exec(), 'OAuthEvents', 'W', `Sign-in callback rejected (state not in session): /lease/control/oauth2callback?state=${rng.b64url(24)}&code=${code}&scope=openid%20email&authuser=0&prompt=none`]] } };
    }),
    5,
    plant('id-token', 'ofbiz-oauth-event-id-token-verification-error', 'error', "The same event fails to verify the ID token it received (audience mismatch) and writes the token in its error, at a time with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 120), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${rng.lowerNum(32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'j.whitlock@example.net', email_verified: true } });
      return { value: token, jwt: facts, event: { of: [[exec(), 'OAuthEvents', 'E', `id_token verification failed (aud mismatch) for ${token}`]] } };
    }),
    6,
    plant('session-id', 'ofbiz-redirect-external-login-key', 'error', WHY.session("OFBiz's `externalLoginKey` (`EL<digits>`) carries the user's login from one OFBiz application to another in the URL; RequestHandler writes the redirect it sends with the key"), ({ rng }) => {
      const k = `EL${digits(rng, 14)}`;
      return { value: k, event: { of: [[exec(), 'RequestHandler', 'I', `Sending redirect to: [https://backoffice.${KB}/accounting/control/main?externalLoginKey=${k}]`]] } };
    }),
    6,
    plant('header-dump', 'ofbiz-httpclient-java-map-basic', 'error', "The telematics sync service logs its HttpClient call with the request headers as a Java map (`{Authorization=Basic <base64>, …}`), and the failure's GeneralException repeats the map: the telematics account's login.", ({ rng }) => {
      const b = b64Of(`kerbside-leasing:${rng.alnum(20)}`);
      const h = `{Authorization=Basic ${b}, Accept=application/json}`;
      return { value: b, event: { of: [['OFBiz-JobQueue-1', 'HttpClient', 'I', `Connecting to https://api.fleettelematics.example/v1/vehicles?page=1 with headers ${h}`], ['OFBiz-JobQueue-1', 'ServiceDispatcher', 'E', `Service [syncTelematicsMileage] threw an exception: org.apache.ofbiz.base.util.GeneralException: HTTP 401 from telematics (headers ${h})`]] } };
    }),
    6,
    plant('refresh-token', 'ofbiz-service-result-map-refresh-token', 'error', `${WHY.refresh} The token-store service's result is logged as an OFBiz result map (\`{refreshToken=…, responseMessage=success}\`) at WARN when it is slow.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(90)}`;
      return { value: rt, event: { of: [['OFBiz-JobQueue-1', 'ModelService', 'W', `Service [storeTelematicsToken] slow (2412 ms), result: {accessTokenExpiresIn=3599, refreshToken=${rt}, responseMessage=success}`]] } };
    }),
    6,
    plant('embed-jwt', 'ofbiz-screen-embed-report-jwt-120s', 'warning', "The lease screen embeds the mileage report through `/embed/<JWT>`; the screen renderer logs the address when the report answers 403. A short token", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 60), claims: { resource: { report: 'lease-mileage' }, params: { lease: String(rng.int(10000, 19999)) } } });
      return { value: token, jwt: facts, event: { of: [[exec(), 'HtmlWidget', 'W', `Embedded report https://reports.${KB}/embed/${token}#bordered=false answered 403`]] } };
    }),
    6,
    plant('path-secret', 'ofbiz-magic-sign-in-link', 'error', WHY.pathSecret("A magic sign-in link (`/lease/control/magic/<token>`) the portal e-mails to a lease customer and logs"), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { of: [[exec(), 'LeaseNotices', 'I', `Magic sign-in link for customer ${rng.int(10000, 19999)} sent: https://lease.${KB}/lease/control/magic/${tok}`]] } };
    }),
    5,
    plant('negative', 'ofbiz-transaction-xid', 'none', "A transaction's global id (hex) the transaction manager writes with a rollback: an identifier, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { of: [[exec(), 'TransactionUtil', 'W', `Transaction rollback only set, xid=${v}, cause: lease 1${digits(rng, 4)} locked by another user`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'ofbiz' }, filler, render, steps });
}

// =====================================================================================================================
// Amazi Meza Ltd (Kinyarwanda; Rubavu: CAT, UTC+2)
// =====================================================================================================================

const AM = 'amazimeza.example';

// ---------------------------------------------------------------------------------------------------------------------
// ScadaServer.log: Rapid SCADA 6's server log (`yyyy-MM-dd HH:mm:ss <Type> <message>`, local time, no zone), the
// server's lines in English and the utility's own modules (`ModAmaziExport`, `ModAmaziAlarm`, `ModAmaziFagitire`) in
// Kinyarwanda, the archive module's start-up lines.
// https://rapidscada.net/docs/en/latest/ (from memory, not fetched).

function rapidScadaLog(rng) {
  const render = (e) => e.rs.map(([type, msg]) => `${ymdHmsAt(e.t, CAT)} ${type.padEnd(6)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ rs: [['Info', `Current data received from ${lan(rng, '10.61')}: ${rng.int(10, 80)} channels`]] }),
      () => ({ rs: [['Action', `[ModAmaziExport] Ibipimo ${rng.int(20, 400)} byoherejwe neza (pompe ${rng.pick(['Gisenyi-1', 'Gisenyi-2', 'Rutongo-P3'])})`]] }),
      () => ({ rs: [['Info', `Channel ${rng.int(1100, 1400)} value ${(rng.int(100, 9900) / 100).toFixed(2)} (${rng.pick(["urwego rw'amazi", 'umuvuduko', 'ubushyuhe'])})`]] }),
      () => ({ rs: [['Action', `[ModAmaziAlarm] Ikigega ${rng.pick(['Nyamyumba', 'Rugerero'])} cyuzuye ku ${rng.int(80, 99)}%`]] }),
      () => ({ rs: [['Info', `Historical data archived: ${rng.int(100, 9000)} records`]] }),
    ])();
  const steps = [
    plant('negative', 'rapidscada-client-session-id', 'none', "Rapid SCADA numbers each client connection with a session ID it logs at connect time: a connection number on the server, no login.", ({ rng }) => {
      const v = `Session ID = ${digits(rng, 10)}`;
      return { value: v, event: { rs: [['Action', 'ScadaServer 6.2.1.0 started'], ['Action', `Client ${lan(rng, '10.61')} connected. ${v}`]] } };
    }, { after: 0 }),
    plant('framework-dump', 'rapidscada-archive-connection-string', 'error', "The PostgreSQL archive module writes its connection string at start-up, `Password=` included (an Npgsql connection string): the historian database's password.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { rs: [['Action', `[ModArcPostgreSql] Connection string: Server=10.61.0.4;Port=5432;Database=amazi_arc;User Id=scada;Password=${pw};Timeout=15`]] } };
    }, { after: 1 }),
    6,
    plant('api-key-name', 'rapidscada-export-url-urufunguzo', 'error', `${WHY.apiKey('urufunguzo')} (Kinyarwanda for "key"). The export module posts readings to the utility's reporting API with the key in the query and logs the URL in its Kinyarwanda error.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { rs: [['Error', `[ModAmaziExport] Ikosa ryo kohereza ibipimo kuri https://raporo.${AM}/api/v1/ibipimo?urufunguzo=${key}: 502 Bad Gateway`]] } };
    }),
    6,
    plant('webhook', 'rapidscada-alarm-ntfy-topic', 'error', WHY.webhook("An ntfy topic (`ntfy.sh/<topic>`) the alarm module pushes pump alarms to; on the public server the topic name is the only secret, so whoever reads it can read and post the alarms"), ({ rng }) => {
      const topic = `amazi-${rng.lowerNum(24)}`;
      return { value: topic, event: { rs: [['Error', `[ModAmaziAlarm] Ntibishobotse kohereza impuruza "Pompe Rutongo-P3 yahagaze" kuri https://ntfy.sh/${topic}: The operation has timed out.`]] } };
    }),
    6,
    plant('header-dump', 'rapidscada-export-verbose-basic-header', 'error', "The export module writes its request headers at verbose level (`Authorization: Basic <base64>`): the cloud historian account's login.", ({ rng }) => {
      const b = b64Of(`amazi-export:${rng.alnum(18)}`);
      return { value: b, event: { rs: [['Info', `[ModAmaziExport] Umutwe w'ubusabe: Authorization: Basic ${b}; Content-Type: application/json`]] } };
    }),
    6,
    plant('negative', 'rapidscada-config-md5', 'none', "The MD5 of the configuration database the server writes when it loads it: a file hash, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { rs: [['Action', `Configuration database loaded (md5 ${v})`]] } };
    }),
    6,
    plant('path-secret', 'rapidscada-bill-module-receipt-link', 'error', WHY.pathSecret("A customer's receipt link (`/inyemezabwishyu/<token>`, \"receipt\") the billing module logs when it sends the receipt by SMS"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { rs: [['Action', `[ModAmaziFagitire] Inyemezabwishyu yoherejwe kuri +25078${digits(rng, 7)}: https://konti.${AM}/inyemezabwishyu/${tok}`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'scada' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ma.log: Mango Automation 5's logs/ma.log, its log4j2 pattern `%-5p %d{…} (%C.%M:%L) - %m%n` with the date switched to
// `ISO8601_OFFSET_DATE_TIME_HHCMM` (`2027-10-05T08:12:03,123+02:00`): HTTP retriever and HTTP sender data sources,
// scripting, the utility's messages in Kinyarwanda.
// https://docs-v5.radixiot.com/ (logging; from memory, not fetched).

function mangoLog(rng) {
  const stamp = (t) => `${local(t, CAT).slice(0, 19)},${msPart(t)}${zone(CAT)}`;
  const render = (e) => e.ma.map(([lvl, src, msg]) => `${lvl.padEnd(5)} ${stamp(e.t)} (${src}) - ${msg}`);
  const RET = 'com.serotonin.m2m2.http.rt.HttpRetrieverDataSourceRT.doPoll:142';
  const SEND = 'com.serotonin.m2m2.http.rt.HttpSenderRT.send:211';
  const filler = (rng) =>
    rng.pick([
      () => ({ ma: [['INFO', 'com.serotonin.m2m2.rt.maint.work.BackupWorkItem.execute:88', `Backup yarangiye: ${rng.int(2, 90)} MB`]] }),
      () => ({ ma: [['DEBUG', RET, `Poll ${rng.pick(['Konteri-Gisenyi', 'Konteri-Rugerero', 'Pompe-Rutongo'])} yarangiye mu ${rng.int(20, 900)} ms`]] }),
      () => ({ ma: [['INFO', 'com.serotonin.m2m2.rt.event.EventManagerImpl.raiseEvent:312', `Event raised: ${rng.pick(["Urwego rw'amazi ruri hasi", 'Umuvuduko uri hejuru', 'Pompe yahagaze'])} (DP_${digits(rng, 6)})`]] }),
      () => ({ ma: [['WARN', 'com.serotonin.m2m2.rt.dataSource.PollingDataSource.incrementUnsuccessfulPolls:180', `Aborted ${rng.int(1, 4)} polls for data source Konteri-${rng.pick(['Gisenyi', 'Rugerero'])}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'mango-instance-guid', 'none', "Mango's instance GUID, written at start-up to identify the installation to the store: an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { ma: [['INFO', 'com.serotonin.m2m2.Lifecycle.initialize:201', `Mango Automation 5.3.2 starting, instance GUID ${v}`]] } };
    }),
    5,
    plant('header-dump', 'mango-http-sender-debug-bearer-jwt', 'error', "The HTTP sender publisher logs its request at DEBUG with the headers as a list (`[Authorization: Bearer <JWT>, …]`): the reporting API's service token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { iss: `https://sso.${AM}`, sub: 'mango-publisher', aud: 'raporo-api', scope: 'ibipimo:write' } });
      return { value: token, jwt: facts, event: { ma: [['DEBUG', SEND, `Kohereza POST https://raporo.${AM}/api/v1/ibipimo headers [Content-Type: application/json, Authorization: Bearer ${token}]`]] } };
    }),
    6,
    plant('api-key-name', 'mango-http-retriever-url-urufunguzo-api', 'error', `${WHY.apiKey('urufunguzo_api')} The HTTP retriever reads the mine's pump controller through its cloud with the key in the URL; the poll error writes it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { ma: [['ERROR', RET, `Ikosa rya poll: https://cloud.pumpctl.example/v2/sites/rutongo/pumps?urufunguzo_api=${key} returned 401`]] } };
    }),
    6,
    plant('embed-jwt', 'mango-http-retriever-embed-report-jwt-no-exp', 'error', "A retriever reads the daily report through its embed address (`/raporo/embed/<JWT>`, a token without `exp`) and logs it when the regex finds no value", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { raporo: 'umunsi', site: 'rubavu', theme: 'light' } });
      return { value: token, jwt: facts, event: { ma: [['WARN', RET, `No match for 'Igiteranyo: ([0-9.]+)' in https://raporo.${AM}/raporo/embed/${token}?format=text`]] } };
    }),
    6,
    plant('refresh-token', 'mango-http-sender-debug-refresh-grant-body', 'error', `${WHY.refresh} A second HTTP sender renews the SSO token and logs the form body it posts at DEBUG (\`grant_type=refresh_token&refresh_token=…\`).`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { ma: [['DEBUG', SEND, `Kohereza POST https://sso.${AM}/realms/amazi/protocol/openid-connect/token body grant_type=refresh_token&refresh_token=${rt}&client_id=mango`]] } };
    }),
    6,
    plant('session-id', 'mango-http-retriever-cookie-mango-session', 'error', WHY.session("A retriever scrapes the mine site's own Mango instance with its session cookie (`MANGO8080=node0…`, Mango's session cookie named after the port) and logs it at DEBUG"), ({ rng }) => {
      const sid = `node0${rng.lowerNum(26)}${rng.int(1, 9)}`;
      return { value: sid, event: { ma: [['DEBUG', RET, `GET https://mango-rutongo.${AM}/rest/latest/point-values/latest/DP_${digits(rng, 6)} Cookie: MANGO8080=${sid}`]] } };
    }),
    6,
    plant('negative', 'mango-module-sha256', 'none', "The SHA-256 of a module archive the module loader checks: a file hash, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { ma: [['INFO', 'com.serotonin.m2m2.module.ModuleRegistry.loadModule:402', `Module mangoApi-5.3.2.zip verified sha256=${v}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'mango' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fuxa.log: a FUXA 1.2 server's log file (`<ISO time, Z> [<LVL>] <message>`), its WebAPI devices, server scripts'
// console output and the notificator, the utility's lines in Kinyarwanda; objects printed with Node's util.inspect.
// https://github.com/frangoteam/FUXA/wiki (from memory, not fetched).

function fuxaLog(rng) {
  const render = (e) => e.fx.map((x) => (typeof x === 'string' ? x : `${iso(e.t)} [${x[0]}] ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ fx: [['INF', `device '${rng.pick(['Konteri-Nyamyumba', 'Pompe-Gisenyi-1', 'Ikigega-Rugerero'])}' polling ${rng.int(4, 60)} tags ok`]] }),
      () => ({ fx: [['INF', `script 'kubara-amazi': Amazi yakoreshejwe uyu munsi ${rng.int(100, 9000)} m3`]] }),
      () => ({ fx: [['WAR', `device 'Pompe-Rutongo-P${rng.int(1, 4)}' connection timeout, reconnecting in ${rng.int(5, 30)}s`]] }),
      () => ({ fx: [['INF', `alarm '${rng.pick(["Urwego rw'amazi ruri hasi", 'Pompe yahagaze'])}' ${rng.pick(['ON', 'OFF', 'ACK'])}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'fuxa-device-id', 'none', "FUXA's device id (`d_<hex>`), the key of a device in the project: an identifier.", ({ rng }) => {
      const v = `d_${rng.hex(8)}-${rng.hex(4)}`;
      return { value: v, event: { fx: [['INF', `project loaded, device ${v} 'Konteri-Nyamyumba' (WebAPI) started`]] } };
    }),
    5,
    plant('api-key-name', 'fuxa-webapi-inspect-headers-x-urufunguzo', 'error', `${WHY.apiKey('X-Urufunguzo')} (a request header, "key"). The WebAPI device logs its request options through util.inspect when the meter cloud answers 500, the header included.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { fx: [['ERR', `device 'Konteri-Nyamyumba' request failed: { method: 'GET', url: 'https://meters.${AM}/api/ibipimo/latest', headers: { Accept: 'application/json', 'X-Urufunguzo': '${key}' }, timeout: 10000 } status 500`]] } };
    }),
    5,
    plant('implicit-fragment', 'fuxa-webapi-redirect-fragment-access-token', 'error', "The customer-account device follows the portal's sign-in and lands on a redirect whose fragment holds an access token (`#access_token=…`); FUXA's error writes the redirect.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { fx: [['ERR', `device 'Konti-Portal' unexpected redirect to https://konti.${AM}/injira/gusubira#access_token=${at}&token_type=bearer&expires_in=3600`]] } };
    }),
    5,
    plant('encoded', 'fuxa-script-double-percent-encoded-url-key', 'error', "A server script logs the sign-in address it builds, whose `garuka` (\"return\") parameter is a URL percent-encoded twice (`%253F`, `%253D`) with the reporting API key in its query: decoded twice, a credential.", ({ rng }) => {
      const key = rng.alnum(32);
      const inner = encodeURIComponent(encodeURIComponent(`https://raporo.${AM}/api/v1/export?urufunguzo=${key}`));
      return { value: key, needle: inner, event: { fx: [['INF', `script 'raporo-ya-buri-kwezi': injira https://konti.${AM}/injira?garuka=${inner}`]] } };
    }),
    5,
    plant('session-id', 'fuxa-script-console-cookie-amazi-umwanya', 'error', WHY.session("A server script prints the portal's session cookie it uses (`AMAZI_UMWANYA=…`, \"session\") with console.log"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { fx: [['INF', `script 'konti-sync': Cookie: AMAZI_UMWANYA=${sid}; Path=/; HttpOnly`]] } };
    }),
    5,
    plant('embed-jwt', 'fuxa-iframe-widget-embed-jwt-1h', 'error', "An iframe widget of the operators' view points at the reporting tool's embed address (`/raporo/embed/<JWT>`); FUXA warns that the frame's source answered 404 and writes it. A token", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 600), jti: true, claims: { resource: { dashboard: 12 }, params: { site: 'rubavu' } } });
      return { value: token, jwt: facts, event: { fx: [['WAR', `view 'Incamake' iframe source https://raporo.${AM}/raporo/embed/${token}#titled=false answered 404`]] } };
    }),
    5,
    plant('id-token', 'fuxa-logout-id-token-hint-expired', 'note', "A script signs the operator out of the utility's SSO and logs the end-session URL, `id_token_hint=<JWT>` an ID token that expired an hour before the line: no longer usable (note)", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(0, 600), claims: { iss: `https://sso.${AM}/realms/amazi`, aud: 'fuxa', sub: rng.uuid(), preferred_username: 'umugenzuzi2' } });
      return { value: token, jwt: facts, event: { fx: [['INF', `script 'gusohoka': https://sso.${AM}/realms/amazi/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Ffuxa.${AM}%2F`]] } };
    }),
    5,
    plant('path-secret', 'fuxa-notificator-verification-link', 'error', WHY.pathSecret("An e-mail verification link (`/kwemeza/<token>`, \"confirm\") the notificator sends to a new operator and logs in Kinyarwanda"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { fx: [['INF', `notificator: email yoherejwe kuri n.uwase@example.net (Emeza aderesi yawe: https://konti.${AM}/kwemeza/${tok})`]] } };
    }),
    5,
    plant('negative', 'fuxa-pagination-cursor-base64-json', 'none', "A pagination cursor of the meter cloud (base64 JSON `{\"page\":…,\"after\":…}`, one segment): it starts with `eyJ` like a JWT but holds no credential.", ({ rng }) => {
      const v = b64urlOf(JSON.stringify({ page: rng.int(2, 30), after: `konteri-${digits(rng, 5)}` }));
      return { value: v, event: { fx: [['INF', `device 'Konteri-Nyamyumba' next page cursor=${v}`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'fuxa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openremote-manager.log: the OpenRemote 1.x manager's log (its JUL formatter: `yyyy-MM-dd HH:mm:ss.SSS  <LEVEL, 7>
// [<thread, 24>] <logger>  : <message>`, the container's clock, UTC without a zone): the HTTP and MQTT agents of the
// mine's haul trucks and pumps, notifications, console error reports.
// https://docs.openremote.io/ (from memory, not fetched).

function openRemoteLog(rng) {
  const render = (e) => e.or.map(([lvl, th, lg, msg]) => `${ymdHmsAt(e.t, 0)}.${msPart(e.t)}  ${lvl.padEnd(7)} [${th.slice(0, 24).padEnd(24)}] ${lg.padEnd(58).slice(0, 58)} : ${msg}`);
  const HA = 'org.openremote.agent.protocol.http.HTTPProtocol';
  const filler = (rng) =>
    rng.pick([
      () => ({ or: [['INFO', 'AssetProcessingService', 'org.openremote.manager.asset.AssetProcessingService', `Attribute event processed: Ikamyo-${rng.int(10, 40)}.umuvuduko=${rng.int(0, 45)}`]] }),
      () => ({ or: [['INFO', 'RulesEngine', 'org.openremote.manager.rules.RulesEngine', `Rules engine ruleset 'Pompe ${rng.pick(['zimya', 'tangiza'])}' fired ${rng.int(1, 9)} times`]] }),
      () => ({ or: [['FINE', 'HTTP-Agent-polling', HA, `Polling ${rng.pick(['/v1/machines/status', '/v1/pumps/flow'])} returned 200 in ${rng.int(40, 900)}ms`]] }),
      () => ({ or: [['INFO', 'MQTT-Broker', 'org.openremote.manager.mqtt.MQTTBrokerService', `Client disconnected: ikamyo-${rng.int(10, 40)}`]] }),
    ])();
  const steps = [
    4,
    plant('negative', 'openremote-asset-id', 'none', "An OpenRemote asset id (22 characters of base62, a UUID in short form): an identifier.", ({ rng }) => {
      const v = rng.alnum(22);
      return { value: v, event: { or: [['INFO', 'AssetStorageService', 'org.openremote.manager.asset.AssetStorageService', `Asset created: ${v} 'Pompe Rutongo-P4' (PumpAsset)`]] } };
    }),
    5,
    plant('framework-dump', 'openremote-mqtt-agent-tostring-password', 'error', "The MQTT agent of the trucks' gateway is logged through its Java `toString()` when its link fails (`MQTTAgent{…, usernamePassword=UsernamePassword{username='…', password='…'}}`): the broker login in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { or: [['WARNING', 'MQTT-Agent-connect', 'org.openremote.agent.protocol.mqtt.MQTTProtocol', `Connection failed for MQTTAgent{id='${rng.alnum(22)}', name='Amakamyo gateway', host='10.62.0.9', port=8883, usernamePassword=UsernamePassword{username='ikamyo-gw', password='${pw}'}, secureMode=true}`]] } };
    }),
    5,
    plant('api-key-name', 'openremote-http-agent-url-urufunguzo-rwa-api', 'error', `${WHY.apiKey('urufunguzo_rwa_api')} ("the API's key"). The HTTP agent polls the haul trucks' telematics API (an AEMP fleet feed) with the key in the query; the agent's warning and the protocol's FINE retry line both write the URL.`, ({ rng }) => {
      const key = rng.alnum(40);
      const url = `https://fleet.oem-telematics.example/aemp/Fleet/1?urufunguzo_rwa_api=${key}`;
      return { value: key, event: { or: [['WARNING', 'HTTP-Agent-polling', HA, `Request failed: GET ${url} status=429`], ['FINE', 'HTTP-Agent-polling', HA, `Scheduling retry in 60s for ${url}`]] } };
    }),
    5,
    plant('oauth-code', 'openremote-webservice-unhandled-request-code', 'warning', `${WHY.code} The manager's web service warns about a request it did not route, the Keycloak callback with \`code\`, \`state\` and \`session_state\` in its query.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { or: [['WARNING', 'XNIO-1 task-4', 'org.openremote.container.web.WebService', `Unhandled request: GET /manager/callback?state=${rng.uuid()}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fsso.${AM}%2Fauth%2Frealms%2Fmaster&code=${code}`]] } };
    }),
    5,
    plant('refresh-token', 'openremote-http-agent-oauth-grant-tostring', 'error', `${WHY.refresh} The HTTP agent's OAuth grant is logged through its \`toString()\` when the token endpoint fails (\`OAuthRefreshTokenGrant{…, refreshToken='…'}\`).`, ({ rng }) => {
      const rt = rng.b64url(60);
      return { value: rt, event: { or: [['WARNING', 'HTTP-Agent-polling', 'org.openremote.container.web.OAuthFilter', `Failed to renew token with OAuthRefreshTokenGrant{tokenEndpointUri='https://sso.pumpctl.example/oauth/token', clientId='amazi', scope='pumps.read', refreshToken='${rt}'}`]] } };
    }),
    5,
    plant('implicit-fragment', 'openremote-console-error-report-location', 'error', "A console app (the operators' tablets) sends an error report with its `location.href`, a page whose fragment holds an access token (`#access_token=…`), and the manager logs the report.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { or: [['WARNING', 'XNIO-1 task-7', 'org.openremote.manager.console.ConsoleResourceImpl', `Console error report from console ${rng.alnum(22)}: TypeError: o is undefined at https://or.${AM}/manager/#access_token=${at}&token_type=Bearer&expires_in=300`]] } };
    }),
    5,
    plant('path-secret', 'openremote-email-notification-invitation-link', 'error', WHY.pathSecret("An invitation link (`/ubutumire/<token>`, \"invitation\") the e-mail notification handler writes at FINE with the message body"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { or: [['FINE', 'NotificationService', 'org.openremote.manager.notification.EmailNotificationHandler', `Sending email to j.habimana@example.net body="Murakaza neza! Kanda hano wemere ubutumire: https://or.${AM}/ubutumire/${tok}"`]] } };
    }),
    5,
    plant('negative', 'openremote-mqtt-client-id', 'none', "An MQTT client id the broker logs at connect (a gateway's name and a UUID): an identifier.", ({ rng }) => {
      const v = `ikamyo-gw-${rng.uuid()}`;
      return { value: v, event: { or: [['INFO', 'MQTT-Broker', 'org.openremote.manager.mqtt.MQTTBrokerService', `Client connected: clientId=${v}, realm=amazi, user=ikamyo-gw`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'or' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// broker.log: an Apache RocketMQ 5.3 broker's ~/logs/rocketmqlogs/broker.log, logback's `%d{yyy-MM-dd HH:mm:ss,GMT+8}
// %p %t - %m%n` (RocketMQ's own default: GMT+8, not Rubavu's time, no zone written): BrokerStartup's configuration
// dump one `key=value` a line, store and ACL messages.
// RocketMQ's logback_broker.xml (read through search: `%d{yyy-MM-dd HH:mm:ss,GMT+8} %p %t - %m%n`, files under
// ${user.home}/logs/rocketmqlogs/); the messages and the 5.3 property names from memory.

function rocketmqLog(rng) {
  const render = (e) => e.rq.map(([lvl, th, msg]) => `${ymdHmsAt(e.t, GMT8)} ${lvl} ${th} - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ rq: [['INFO', 'BrokerControllerScheduledThread1', `dispatch behind commit log 0 bytes`]] }),
      () => ({ rq: [['INFO', 'brokerOutApi_thread_1', `register broker[0]to name server 10.61.0.${rng.int(20, 22)}:9876 OK`]] }),
      () => ({ rq: [['INFO', 'FlushRealTimeService', `Flush data to disk costs ${rng.int(1, 40)} ms`]] }),
      () => ({ rq: [['WARN', `SendMessageThread_${rng.int(1, 8)}`, `[PCBUSY_CLEAN_QUEUE]broker busy, start flow control for a while, period in queue: ${rng.int(200, 900)}ms`]] }),
    ])();
  const dump = (lines) => lines.map((l) => ['INFO', 'main', l]);
  const steps = [
    plant('negative', 'rocketmq-acl-signature', 'none', "The `signature` of a refused request (an HMAC over that one request), which the ACL validator logs: no credential, it cannot sign another request.", ({ rng }) => {
      const v = rng.bytes(20).toString('base64');
      return { value: v, event: { rq: [['WARN', 'NettyServerCodecThread_2', `authentication failed: check signature failed, accessKey=amazi-ibipimo, signature=${v}, remote=10.61.0.31:51834`]] } };
    }, { after: 0 }),
    plant('framework-dump', 'rocketmq-broker-config-dump-inner-client-credentials', 'error', "BrokerStartup writes every configuration property at start, one `key=value` a line; `innerClientAuthenticationCredentials` holds the broker's own access key and secret key as JSON: the secret in clear.", ({ rng }) => {
      const sk = rng.alnum(32);
      return { value: sk, event: { rq: dump(['brokerClusterName=AmaziCluster', 'brokerName=broker-a', 'brokerId=0', 'namesrvAddr=10.61.0.20:9876;10.61.0.21:9876', 'authenticationEnabled=true', `innerClientAuthenticationCredentials={"accessKey":"amazi-broker","secretKey":"${sk}"}`]) } };
    }, { after: 2 }),
    plant('api-key-name', 'rocketmq-broker-config-dump-metrics-exporter-header', 'error', `${WHY.apiKey('x-urufunguzo')} The next property of the dump, \`metricsGrpcExporterHeader\`, gives the metrics collector's header as \`name:value\`.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { rq: dump(['metricsExporterType=OTLP_GRPC', `metricsGrpcExporterTarget=https://otel.${AM}:4317`, `metricsGrpcExporterHeader=x-urufunguzo:${key}`, 'storePathRootDir=/home/rocketmq/store', 'flushDiskType=ASYNC_FLUSH']) } };
    }, { after: 0 }),
    8,
    plant('negative', 'rocketmq-uniq-key', 'none', "A message's `UNIQ_KEY` (RocketMQ's client-side message id, 32 hex characters) in a store warning: an identifier.", ({ rng }) => {
      const v = rng.hex(32).toUpperCase();
      return { value: v, event: { rq: [['WARN', `SendMessageThread_${rng.int(1, 8)}`, `message size exceeded, topic=amazi-ibipimo, UNIQ_KEY=${v}, size=4194400`]] } };
    }),
    7,
    plant('encoded', 'rocketmq-put-message-properties-base64-json', 'error', "A failed `putMessage` is logged with the message's properties; the producer put the meter cloud's login into a user property `icyemezo` (\"credential\") as base64 JSON (`{\"konti\":…,\"ijambobanga\":…}`): decoded, a password.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ konti: 'ibipimo-sync', ijambobanga: rng.alnum(18) }));
      return { value: b, event: { rq: [['WARN', `SendMessageThread_${rng.int(1, 8)}`, `putMessage not in lock elapsed time(ms)=${rng.int(500, 900)}, topic=amazi-konteri, properties={KEYS=konteri-${digits(rng, 5)}, icyemezo=${b}, WAIT=true, TAGS=ibipimo}`]] } };
    }),
    8,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'rmq' }, filler, render, steps });
}

// =====================================================================================================================
// Kandu Mas (Dhivehi; Malé: MVT, UTC+5)
// =====================================================================================================================

const KM = 'kandumas.example';

// ---------------------------------------------------------------------------------------------------------------------
// opencpn.log: an OpenCPN 5.10 log file on a pole-and-line vessel's chart PC (wxLog's `%H:%M:%S.%l %Z: ` prefix, the
// zone as `+05`, no date), the start-up banner, PlugInManager and the company's own `kandu_catch_pi` plugin (Dhivehi
// messages), the GRIB plugin.
// https://opencpn.org/wiki/dokuwiki/doku.php?id=opencpn:manual_basics:files_and_folders (from memory, not fetched).

function opencpnLog(rng) {
  const render = (e) => e.oc.map((msg) => `${local(e.t, MVT).slice(11, 23)} +05: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ oc: [`AIS: ${rng.int(2, 40)} targets, ${rng.int(0, 3)} lost`] }),
      () => ({ oc: [`kandu_catch_pi: މަސް ރިކޯޑުކުރެވިއްޖެ (catch logged) ${rng.int(40, 900)} kg ${rng.pick(['skipjack', 'yellowfin'])}`] }),
      () => ({ oc: [`NMEA: ${rng.pick(['GPRMC', 'GPGGA', 'SDDBT'])} sentence checksum error on /dev/ttyUSB0`] }),
      () => ({ oc: [`Chart cache: ${rng.int(20, 200)} charts, ${rng.int(100, 900)} MB`] }),
    ])();
  const header = ['------- Starting OpenCPN -------'];
  const steps = [
    plant('negative', 'opencpn-chart-sha1', 'none', "The SHA-1 of a chart file the chart database logs when it adds it: a file hash, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { oc: ['OpenCPN Version 5.10.2-0+6e5d1ab8d.deb12 Build Date Thu Jan 2 2027', 'PlugInManager: Loading PlugIn: /usr/lib/opencpn/libgrib_pi.so', 'PlugInManager: Loading PlugIn: /home/nakhudha/.local/lib/opencpn/libkandu_catch_pi.so', `ChartDB: added MV50010A.000 sha1=${v}`] } };
    }, { after: 0 }),
    5,
    plant('api-key-name', 'opencpn-grib-download-url-api-thaalhu', 'error', `${WHY.apiKey('api_thaalhu')} (Dhivehi ތަޅު, "key"). The GRIB plugin downloads forecasts from the company's weather proxy with the key in the query and writes the URL when it fails.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { oc: [`grib_pi: download https://weather.${KM}/v1/gfs?lat=4.2&lon=73.5&days=3&api_thaalhu=${key} failed (HTTP 401)`] } };
    }),
    5,
    plant('implicit-fragment', 'opencpn-plugin-loopback-redirect-fragment', 'error', "The catch plugin signs the skipper in through the system browser and logs the loopback redirect it received, an access token in its fragment (`http://127.0.0.1:…/#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(42);
      return { value: at, event: { oc: [`kandu_catch_pi: login redirect http://127.0.0.1:7879/done#access_token=${at}&token_type=Bearer&expires_in=86400`] } };
    }),
    5,
    plant('session-id', 'opencpn-plugin-set-cookie-kandu-vaguthu', 'error', WHY.session("The catch plugin logs the cookie the company's server set (`KANDU_VAGUTHU=…`, vaguthu \"time, session\")"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { oc: [`kandu_catch_pi: cookie KANDU_VAGUTHU=${sid}; Path=/; Secure`] } };
    }),
    5,
    plant('encoded', 'opencpn-plugin-config-base64-json', 'error', "The catch plugin logs its configuration blob as read from opencpn.conf, base64 JSON with the vessel account's `sirrubas` (ސިއްރުބަސް, \"password\"): decoded, a password.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ odi: 'MV-KM-07', user: 'nakhudha07', sirrubas: rng.alnum(16), server: `https://api.${KM}` }));
      return { value: b, event: { oc: [`kandu_catch_pi: config ${b}`] } };
    }),
    5,
    plant('path-secret', 'opencpn-plugin-logbook-share-link', 'error', WHY.pathSecret("A logbook share link (`/logbook/share/<token>`) the catch plugin logs after a trip; it opens the vessel's positions and catches without a login"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { oc: [`kandu_catch_pi: ދަތުރުގެ ލޮގްބުކް ޝެއާކުރެވިއްޖެ https://riport.${KM}/logbook/share/${tok}`] } };
    }),
    5,
    plant('negative', 'opencpn-ais-mmsi-voyage-uuid', 'none', "A voyage's UUID the catch plugin logs with the vessel's MMSI: identifiers.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { oc: [`kandu_catch_pi: voyage ${v} started mmsi=4550${digits(rng, 5)}`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'ocpn' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// homebridge.log: Homebridge 1.8's homebridge.log as Homebridge UI keeps it (`[M/D/YYYY, h:mm:ss AM] [<plugin or
// accessory>] <message>`, local time, no zone) on the staff-housing and cold-store hub: the cold room sensors' cloud
// plugin, a smart lock plugin and the company's own door plugin (Dhivehi messages).
// https://github.com/homebridge/homebridge/wiki (from memory, not fetched).

function homebridgeLog(rng) {
  const stamp = (t) => {
    const l = local(t, MVT);
    const h = Number(l.slice(11, 13));
    return `${Number(l.slice(5, 7))}/${Number(l.slice(8, 10))}/${l.slice(0, 4)}, ${h % 12 === 0 ? 12 : h % 12}:${l.slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => e.hb.map(([src, msg]) => `[${stamp(e.t)}] [${src}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ hb: [['KanduFini', `FiniKotari-${rng.int(1, 3)} temperature ${(-rng.int(180, 250) / 10).toFixed(1)} °C`]] }),
      () => ({ hb: [['Kandu Dhoru', `ދޮރު ${rng.pick(['ހުޅުވިއްޖެ', 'ބަންދުކުރެވިއްޖެ'])} dhoru=${rng.pick(['FiniKotari-1', 'FiniKotari-2', 'Gedhoru-A'])}`]] }),
      () => ({ hb: [['Homebridge', `Homebridge v1.8.5 (HAP v0.12.3) (Kandu Bridge) is running on port ${rng.pick([51826, 51826, 51827])}.`]] }),
      () => ({ hb: [['Vaguthu Lock', `Gedhoru-${rng.pick(['A', 'B'])} battery ${rng.int(20, 100)}%`]] }),
    ])();
  const steps = [
    plant('negative', 'homebridge-bridge-username-mac', 'none', "The bridge's `username` (a MAC-style HomeKit identifier), written at start-up: an identifier, no credential.", ({ rng }) => {
      const v = Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join(':');
      return { value: v, event: { hb: [['Homebridge', 'Loaded config.json with 0 accessories and 2 platforms.'], ['Homebridge', `Bridge username ${v}`]] } };
    }, { after: 0 }),
    5,
    plant('oauth-code', 'homebridge-plugin-received-redirect-code', 'warning', `${WHY.code} The cold room sensors' cloud plugin logs the redirect it received while linking the account, \`code\` and \`state\` in its query.`, ({ rng }) => {
      const code = rng.alnum(40);
      return { value: code, event: { hb: [['KanduFini', `Received redirect: https://hub.${KM}:8581/kandufini/callback?code=${code}&state=${rng.hex(16)}`]] } };
    }),
    5,
    plant('refresh-token', 'homebridge-plugin-refresh-token-updated', 'error', `${WHY.refresh} The same plugin logs the new refresh token when the cloud rotates it ("Refresh token updated: …").`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { hb: [['KanduFini', `Refresh token updated: ${rt}. Saving to config.json`]] } };
    }),
    5,
    plant('implicit-fragment', 'homebridge-plugin-pasted-url-fragment', 'error', "The smart lock plugin asks the admin to paste the address the vendor's sign-in page ended on and logs it, an access token in its fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { hb: [['Vaguthu Lock', `Pasted URL accepted: https://account.smartlock.example/oauth/done#access_token=${at}&token_type=bearer&expires_in=86400`]] } };
    }),
    5,
    plant('replay', 'homebridge-door-one-time-code-once', 'note', WHY.ticketFirst("A one-time door code (`ehfahara_kodu`, \"one-time code\") for the cold room, accepted from the operations tablet; the door plugin logs it with the device. The code is"), ({ rng, t }) => {
      const kodu = rng.b64url(16);
      firstUse.kodu = t;
      return { value: kodu, event: { hb: [['Kandu Dhoru', `ކޯޑު ގަބޫލުކުރެވިއްޖެ dhoru=FiniKotari-2 ehfahara_kodu=${kodu} device=tablet-ops ip=10.70.1.21`]] } };
    }, { ref: 'kodu' }),
    4,
    plant('replay', 'homebridge-door-one-time-code-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('kodu').value, why: `${WHY.replay('ehfahara_kodu', gap('kodu', t))} Another device (a phone the plugin does not know) opened the cold room with the same one-time code and the plugin accepted it again.` }], event: { hb: [['Kandu Dhoru', `ކޯޑު ގަބޫލުކުރެވިއްޖެ dhoru=FiniKotari-2 ehfahara_kodu=${refs.get('kodu').value} device=unknown ip=10.70.4.188`]] } }), { replayOf: 'kodu', after: 104 }),
    5,
    plant('negative', 'homebridge-accessory-uuid', 'none', "An accessory's UUID HAP-NodeJS logs when it restores it from the cache: an identifier.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { hb: [['Homebridge', `Restoring cached accessory FiniKotari-3 (${v})`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'hub' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// owncast.log: Owncast 0.2's log (logrus' text formatter with full timestamps: `LEVL[<RFC 3339 with +05:00>] <message>`)
// of the fish auction stream: start-up, inbound stream, chat clients, IndieAuth, webhooks and external actions at debug.
// https://owncast.online/docs/ (from memory, not fetched).

function owncastLog(rng) {
  const render = (e) => e.ow.map(([lvl, msg]) => `${lvl}[${local(e.t, MVT).slice(0, 19)}${zone(MVT)}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ow: [['INFO', `Chat client connected from ${publicIp(rng)}`]] }),
      () => ({ ow: [['DEBU', `Transcoder: segment stream-${rng.int(1000, 9999)}.ts written (${rng.int(200, 900)} KB)`]] }),
      () => ({ ow: [['INFO', `${rng.int(3, 300)} viewers`]] }),
      () => ({ ow: [['DEBU', `chat message from ${rng.pick(['Ahmed', 'Mariyam', 'Ibrahim', 'Aishath'])}: ${rng.pick(['ކަޅުބިލަމަސް ކިހާވަރެއް؟', 'ނީލަން ފެށީ؟', 'ޝުކުރިއްޔާ'])}`]] }),
    ])();
  const steps = [
    plant('negative', 'owncast-build-commit', 'none', "The commit hash in Owncast's start-up banner: a build identifier.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { ow: [['INFO', `Owncast v0.2.3-linux-64bit (${v})`], ['INFO', 'Web server is listening on IP 0.0.0.0 port 8080.'], ['INFO', 'The web admin interface is available at /admin.']] } };
    }, { after: 0 }),
    5,
    plant('webhook', 'owncast-webhook-zulip-slack-incoming-api-key', 'error', WHY.webhook("A Zulip incoming webhook (the Slack-compatible integration, `/api/v1/external/slack_incoming?api_key=…&stream=…`) set as an Owncast webhook; the delivery error writes the URL (the bot's `api_key` is the secret part)"), ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ow: [['WARN', `unable to send webhook to https://kandumas.zulipchat.example/api/v1/external/slack_incoming?api_key=${key}&stream=neelan: Post: context deadline exceeded`]] } };
    }),
    5,
    plant('oauth-code', 'owncast-indieauth-callback-code', 'warning', `${WHY.code} Owncast logs the IndieAuth callback it handles at debug, \`code\` and \`state\` in its query (an IndieAuth code is exchanged like OAuth's).`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { ow: [['DEBU', `handling IndieAuth callback /api/auth/indieauth/callback?state=${rng.alnum(20)}&code=${code}&iss=https%3A%2F%2Findieauth.example%2F`]] } };
    }),
    5,
    plant('id-token', 'owncast-external-actions-url-id-token', 'error', "The auction team set an external action (the bidding page) with an ID token in its URL (`?id_token=<JWT>`); Owncast logs the updated actions, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), alg: 'RS256', kid: rng.alnum(12), claims: { iss: `https://login.${KM}`, aud: 'neelan-web', sub: rng.uuid(), name: 'Neelan Desk' } });
      return { value: token, jwt: facts, event: { ow: [['INFO', `Updated external actions: [{URL:https://neelan.${KM}/bid?id_token=${token} Title:Bid Description:ނީލަމަށް ބިޑު ހުށަހަޅާ OpenExternally:false}]`]] } };
    }),
    6,
    plant('id-token', 'owncast-webhook-url-id-token-jti', 'error', "The same team's webhook endpoint takes an ID token in its query; the delivery error writes the URL", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, alg: 'RS256', kid: rng.alnum(12), claims: { iss: `https://login.${KM}`, aud: 'neelan-hooks', sub: 'owncast-auction' } });
      return { value: token, jwt: facts, event: { ow: [['WARN', `unable to send webhook to https://neelan.${KM}/hooks/owncast?id_token=${token}: 502 Bad Gateway`]] } };
    }),
    5,
    plant('embed-jwt', 'owncast-chat-referer-embed-jwt-expired', 'note', "A chat client connected from the company's report page, whose address (`/riport/embed/<JWT>`) Owncast logs as the referer at debug; the token expired two days before the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 * 2 + rng.int(3600, 7200), jti: true, claims: { riport: 'neelan-agu', dhuvas: '2027-10-03' } });
      return { value: token, jwt: facts, event: { ow: [['DEBU', `chat client ${rng.alnum(10)} from ${publicIp(rng)} referer=https://${KM}/riport/embed/${token}`]] } };
    }),
    5,
    plant('negative', 'owncast-segment-cache-buster', 'none', "An HLS playlist request's cache buster (`?t=<epoch ms>`): no credential.", ({ rng }) => {
      const v = `t=${Math.floor(DAY0) + rng.int(10000000, 20000000)}`;
      return { value: v, event: { ow: [['DEBU', `serving /hls/0/stream.m3u8?${v} to ${publicIp(rng)}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'owncast' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mediamtx.log: MediaMTX 1.x's log to a file (`yyyy/mm/dd HH:MM:SS <LVL> [<component>] …`, local time, no zone) at the
// fish market: RTSP cameras, WebRTC (WHIP) publishing, and the output of `runOnReady`/`runOnRead` commands (a `set -x`
// shell script with curl -v, ffmpeg's stderr), which MediaMTX passes through to its own output.
// https://github.com/bluenviron/mediamtx (README: hooks, authentication; from memory, not fetched).

function mediamtxLog(rng) {
  const render = (e) => e.mm.map((x) => (typeof x === 'string' ? x : `${local(e.t, MVT).slice(0, 10).replace(/-/g, '/')} ${local(e.t, MVT).slice(11, 19)} ${x[0]} ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ mm: [['INF', `[RTSP] [conn ${lan(rng, '10.70')}:${rng.int(30000, 60000)}] opened`]] }),
      () => ({ mm: [['INF', `[RTSP] [session ${rng.hex(8)}] is reading from path 'neelan-${rng.pick(['cam1', 'cam2'])}', 1 track (H264)`]] }),
      () => ({ mm: [['INF', `[HLS] [muxer neelan-cam${rng.int(1, 2)}] created (requested by ${publicIp(rng)})`]] }),
      () => ({ mm: [['INF', `[RTSP] [conn ${lan(rng, '10.70')}:${rng.int(30000, 60000)}] closed: EOF`]] }),
    ])();
  const steps = [
    plant('negative', 'mediamtx-version-commit', 'none', "The commit of MediaMTX's build it prints with its version: a build identifier.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { mm: [['INF', `MediaMTX v1.15.3 (commit ${v})`], ['INF', 'configuration loaded from /etc/mediamtx/mediamtx.yml'], ['INF', '[RTSP] listener opened on :8554 (TCP), :8000 (UDP/RTP), :8001 (UDP/RTCP)'], ['INF', '[WebRTC] listener opened on :8889 (HTTP), :8189 (ICE/UDP)']] } };
    }, { after: 0 }),
    5,
    plant('path-secret', 'mediamtx-whip-secret-path-name', 'error', WHY.pathSecret("The auctioneer's phone publishes by WHIP to a path whose name is the secret (`neelan/<random>`): MediaMTX writes the path name when the session starts and when it publishes, and whoever knows it can publish to the auction"), ({ rng }) => {
      const sec = rng.lowerNum(24);
      const s = rng.hex(8);
      return { value: sec, event: { mm: [['INF', `[WebRTC] [session ${s}] created by ${publicIp(rng)}:${rng.int(30000, 60000)}`], ['INF', `[WebRTC] [session ${s}] is publishing to path 'neelan/${sec}', 2 tracks (H264, Opus)`]] } };
    }),
    5,
    plant('webhook', 'mediamtx-runonready-curl-verbose-power-automate-sig', 'error', WHY.webhook("A Power Automate HTTP trigger (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`) the `runOnReady` script calls with `curl -v` to post to the sales team; curl's request line reaches MediaMTX's output (the `sig` is the secret part)"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { mm: [['INF', "[path neelan/live] runOnReady command started"], '+ curl -v -X POST -H Content-Type:application/json -d @/tmp/neelan.json "$FLOW_URL"', '* Connected to prod-41.southindia.logic.azure.example (20.0.0.10) port 443', `> POST /workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig} HTTP/2`, '< HTTP/2 202'] } };
    }),
    5,
    plant('api-key-name', 'mediamtx-runonready-ffmpeg-output-url-thaalhu', 'error', `${WHY.apiKey('thaalhu')} (Dhivehi ތަޅު, "key"). The \`runOnReady\` ffmpeg restreams the auction to the company's site with the key in the RTMP URL's query; ffmpeg's stderr writes the output URL with its error.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { mm: [['INF', '[path neelan/live] runOnReady command started'], `[tls @ 0x55d${rng.hex(9)}] Error in the pull function.`, `rtmps://live.${KM}:443/neelan?thaalhu=${key}: I/O error`] } };
    }),
    5,
    plant('encoded', 'mediamtx-ffmpeg-input-url-base64-credentials', 'error', "A `runOnRead` ffmpeg pulls the harbour camera's MJPEG with the login as base64 in the query (`credentials=<base64 of user:password>`); ffmpeg's `Input #0` line writes the URL.", ({ rng }) => {
      const b = b64Of(`bandharu:${rng.alnum(14)}`);
      return { value: b, event: { mm: [['INF', "[path bandharu-cam] runOnRead command started"], `Input #0, mpjpeg, from 'http://10.70.2.14/cgi-bin/mjpg/video.cgi?channel=1&credentials=${b}':`, '  Duration: N/A, bitrate: N/A'] } };
    }),
    5,
    plant('replay', 'mediamtx-runonread-ticket-once', 'note', WHY.ticketFirst("A one-time playback ticket the market display redeems through the `runOnRead` script (`set -x` writes the curl line, `?ticket=…`). The ticket is"), ({ rng }) => {
      const tk = rng.b64url(22);
      return { value: tk, event: { mm: [['INF', '[path neelan-cam1] runOnRead command started'], `+ curl -sf https://api.${KM}/tiket/redeem?ticket=${tk}&display=market-1`] } };
    }),
    5,
    plant('negative', 'mediamtx-rtp-ssrc', 'none', "An RTP stream's SSRC MediaMTX writes when a packet arrives out of order: a stream identifier.", ({ rng }) => {
      const v = `SSRC ${rng.hex(8).toUpperCase()}`;
      return { value: v, event: { mm: [['WAR', `[RTSP] [session ${rng.hex(8)}] ${rng.int(1, 40)} RTP packets lost (${v})`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'mtx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fhem-2027-10.log: a FHEM 6.3 log file (`%Y.%m.%d %H:%M:%S <verbose>: <message>`, local time, no zone) of the cold
// store: HTTPMOD devices polling the refrigeration vendor's cloud at verbose 5 (HandleSendQueue, HttpUtils, cookies),
// a Log3 of a Data::Dumper structure from 99_myUtils.pm, DebianMail.
// https://wiki.fhem.de/wiki/HTTPMOD and https://fhem.de/commandref.html#verbose (from memory, not fetched).

function fhemLog(rng) {
  const render = (e) => e.fh.map((x) => (typeof x === 'string' ? x : `${local(e.t, MVT).slice(0, 10).replace(/-/g, '.')} ${local(e.t, MVT).slice(11, 19)} ${x[0]}: ${x[1]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ fh: [[3, `FiniKotari${rng.int(1, 3)}: temperature ${(-rng.int(180, 250) / 10).toFixed(1)}`]] }),
      () => ({ fh: [[4, `HTTPMOD FiniCloud: Read response matched Reading temp${rng.int(1, 3)}`]] }),
      () => ({ fh: [[2, `MQTT2_FHEM_Server: ${lan(rng, '10.70')} connected`]] }),
      () => ({ fh: [[3, `Generator: ${rng.pick(['ON', 'OFF'])} (ފިނިކުރާ ކޮޓަރީގެ ކަރަންޓު)`]] }),
    ])();
  const steps = [
    plant('negative', 'fhem-unique-id', 'none', "FHEM's uniqueID (32 hex characters, the installation's anonymous id for fheminfo statistics), logged at start: an identifier.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { fh: [[0, 'Featurelevel: 6.3'], [0, 'Server started with 14 defined entities (fhem.pl:28827/2027-09-20 perl:5.036000 os:linux user:fhem pid:812)'], [3, `fheminfo: uniqueID ${v}`]] } };
    }, { after: 0 }),
    5,
    plant('api-key-name', 'fhem-httpmod-verbose5-url-thaalhu-api', 'error', `${WHY.apiKey('thaalhu_api')} (Dhivehi ތަޅު, "key"). The refrigeration cloud's HTTPMOD device has the key in its URL; at verbose 5 HTTPMOD's send queue and HttpUtils both write it.`, ({ rng }) => {
      const key = rng.hex(32);
      const url = `https://cloud.coldtech.example/api/v2/units/KM-CS1/readings?thaalhu_api=${key}`;
      return { value: key, event: { fh: [[5, `HTTPMOD FiniCloud: HandleSendQueue sends update with timeout 5 to ${url}, data empty, no headers`], [5, `HttpUtils url=${url} NOTIFY`]] } };
    }),
    5,
    plant('header-dump', 'fhem-httpmod-verbose5-header-bearer-opaque', 'error', "A second HTTPMOD device sends its header at verbose 5 (`header: Authorization: Bearer <token>`): the vendor portal's opaque API token.", ({ rng }) => {
      const tok = `ct_${rng.alnum(40)}`;
      return { value: tok, event: { fh: [[5, `HTTPMOD FiniPortal: HandleSendQueue sends update with timeout 5 to https://portal.coldtech.example/api/alarms, data empty, header: Authorization: Bearer ${tok}`]] } };
    }),
    5,
    plant('session-id', 'fhem-httpmod-getcookies-vaguthu-id', 'error', WHY.session("HTTPMOD stores the portal's session cookie and logs it at verbose 5 (`GetCookies added cookie vaguthu_id Value …`)"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { fh: [[5, `HTTPMOD FiniPortal: GetCookies is looking for Cookies`], [5, `HTTPMOD FiniPortal: GetCookies added cookie vaguthu_id Value ${sid}`]] } };
    }),
    5,
    plant('framework-dump', 'fhem-myutils-data-dumper-sirrubas', 'error', "A function in 99_myUtils.pm logs its settings with Data::Dumper (`$VAR1 = { … 'sirrubas' => '…' }`, one key a line): the generator controller's password (sirrubas, \"password\").", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { fh: [[3, 'myUtils_Generator: settings $VAR1 = {'], "          'host' => '10.70.3.5',", "          'user' => 'genset',", `          'sirrubas' => '${pw}',`, "          'interval' => 60", '        };'] } };
    }),
    5,
    plant('path-secret', 'fhem-debianmail-password-reset-link', 'error', WHY.pathSecret("A password reset link of the vendor portal (`/sirrubas/badhalu/<token>`, \"change password\") that DebianMail logs with the message it sends"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { fh: [[3, `DebianMail: sent to ops@${KM}: ސިއްރުބަސް ބަދަލުކުރުމަށް: https://portal.coldtech.example/sirrubas/badhalu/${tok}`]] } };
    }),
    5,
    plant('negative', 'fhem-fhemweb-csrf', 'none', "FHEMWEB's CSRF check failing for a stale page (`csrf_<digits>`): a per-start CSRF token, a look-alike with no login behind it.", ({ rng }) => {
      const v = `csrf_${digits(rng, 15)}`;
      return { value: v, event: { fh: [[3, `FHEMWEB WEB CSRF error: ${v} ne csrf_${digits(rng, 15)} for client WEB_10.70.1.21_51220 / command set FiniKotari2 on. For details see the csrfToken FHEMWEB attribute.`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'fhem' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout56');
writePart(join(here, 'heldout56'), {
  'zm-logs-2027-10-05.log': zoneminderLog(rng),
  'alpr.log': alprdLog(rng),
  'nsq-stack.log': nsqLog(rng),
  'ofbiz.log': ofbizLog(rng),
  'ScadaServer.log': rapidScadaLog(rng),
  'ma.log': mangoLog(rng),
  'fuxa.log': fuxaLog(rng),
  'openremote-manager.log': openRemoteLog(rng),
  'broker.log': rocketmqLog(rng),
  'opencpn.log': opencpnLog(rng),
  'homebridge.log': homebridgeLog(rng),
  'owncast.log': owncastLog(rng),
  'mediamtx.log': mediamtxLog(rng),
  'fhem-2027-10.log': fhemLog(rng),
});
