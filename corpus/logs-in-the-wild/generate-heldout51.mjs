// Writes corpus/logs-in-the-wild/heldout51/: a fifty-first held-out part, in formats no other part uses (an Ignition 8.1
// gateway's wrapper.log with gateway scripts, an OpenLEADR 0.5 VTN's Python log with aiohttp's access lines, an
// OpenTripPlanner 2.6 server log, a Slurm 24.05 slurmctld.log with a job_submit.lua plugin, a GeoNetwork 4.4
// geonetwork.log, ChirpStack 4's tracing output through `journalctl -o cat`, The Things Stack 3's JSON log under `docker
// compose logs`, a JupyterHub 5 log with configurable-http-proxy and a spawned single-user server, a Nextflow 24
// `.nextflow.log`, a Galaxy 24 `galaxy.log` under Gravity, a LiveKit server 1.8 console log with egress and ingress, a
// Janus 1.2 gateway log at debug level 7 with timestamps, an OpenVidu 2.31 server log, a Kolibri 0.17 `kolibri.txt`),
// with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json.
// The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout51.mjs     rewrites heldout51/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Northfold County Utilities (an English-language county authority in Oregon running the water works'
// SCADA, an electricity demand-response programme, the bus network's journey planner, a flood-modelling cluster and an
// open-data catalogue, five logs); Allpa Willay ("news of the earth"), a Cusco farmers' cooperative with LoRaWAN soil and
// rain sensors, agronomists' notebooks and potato genomics pipelines (Quechua messages where an app shows them, route,
// parameter, header and key names in Quechua such as `kichana` "key", `yaykusqa` "entered, session", `rakiy` "share",
// `pakasqa` "hidden", English code names, five logs); Jnanadipa Shikhya (ଜ୍ଞାନଦୀପ ଶିକ୍ଷା), a Bhubaneswar online school with
// live classes on LiveKit, Janus and OpenVidu and Kolibri servers in village schools (Odia messages in Odia script where
// the app shows them, names transliterated such as `kunji` "key", `adhibeshana` "session", `shreni` "class", `ek_thara`
// "one time", four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, DAYS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 5, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Oregon in October (PDT, UTC-7), Cusco (PET, UTC-5), Bhubaneswar (IST, UTC+5:30). */
const PDT = -420;
const PET = -300;
const IST = 330;
/** `-0700`, `+0530`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const ulid = (rng) => `01J${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;

// =====================================================================================================================
// Northfold County Utilities (English; Oregon: PDT, UTC-7)
// =====================================================================================================================

const NF = 'northfold.example';

// ---------------------------------------------------------------------------------------------------------------------
// wrapper.log: an Ignition 8.1 gateway's wrapper.log (the water works' SCADA): the Java Service Wrapper's
// `<LEVEL, 6 wide> | jvm 1    | yyyy/MM/dd HH:mm:ss | <logback line>` around Ignition's pattern
// `%.-1p [%-30c{1}] [%d{HH:mm:ss,SSS}]: %m %X`, gateway scripts' loggers (`system.util.getLogger`) with Jython reprs.
// Written from memory (not fetched).

function ignitionWrapperLog(rng) {
  const render = (e) =>
    e.ig.map(([lvl, logger, msg, mdc = '']) => {
      const l = local(e.t, PDT);
      return `${'INFO'.padEnd(6)} | jvm 1    | ${l.slice(0, 10).replace(/-/g, '/')} ${l.slice(11, 19)} | ${lvl} [${logger.padEnd(30)}] [${l.slice(11, 19)},${msPart(e.t)}]: ${msg}${mdc ? ` ${mdc}` : ''}`;
    });
  const filler = (rng) =>
    rng.pick([
      () => ({ ig: [['I', 'TagHistoryDatasourceSink', `Stored ${rng.int(40, 900)} values to 'NF_Historian' in ${rng.int(4, 90)} ms`]] }),
      () => ({ ig: [['W', 'SubscriptionManager', `Subscription ${rng.int(1, 40)} on 'PLC-WTP-${rng.int(1, 4)}' missed ${rng.int(1, 3)} keep-alive(s)`, '{device-name=PLC-WTP-2}']] }),
      () => ({ ig: [['I', 'Scripting.script.Pumps', `Lift station LS-${pad(rng.int(1, 19))} wet well ${(rng.int(200, 900) / 100).toFixed(2)} ft, pumps ${rng.pick(['P1', 'P2', 'P1+P2'])} running`, '{project=WaterOps}']] }),
      () => ({ ig: [['I', 'AlarmJournal', `Alarm cleared: [default]WTP/Filters/F${rng.int(1, 6)}/Turbidity_High (${(rng.int(10, 90) / 100).toFixed(2)} NTU)`]] }),
      () => ({ ig: [['I', 'ClockDriftDetector', `Clock drift of ${rng.int(1000, 1900)} ms detected, gateway may have been paused`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'ignition-gateway-network-remote-uuid', 'none', "The gateway network names a remote gateway by its system UUID (`uuid=<uuid>`): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ig: [['I', 'WebSocketConnection', `Established connection to remote gateway 'NF-PUMP-EDGE-04' (uuid=${id})`]] } };
    }),
    6,
    plant('api-key-name', 'ignition-gateway-script-rain-feed-rainfall-key', 'error', `${WHY.apiKey('rainfall_key')} A gateway timer script polls the rain gauge feed with the key in the URL and logs the URL when the feed fails.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ig: [['W', 'Scripting.script.Rainfall', `Rain gauge feed failed for https://hydromet.valleyweather.example/api/v2/gauges/NF-17/latest?units=in&rainfall_key=${key}: HTTP 503`, '{project=WaterOps}']] } };
    }),
    6,
    plant('framework-dump', 'ignition-jython-httppost-params-dict-password', 'error', "A gateway script logs the parameters it passes to `system.net.httpPost` as a Jython 2.7 dict (`{'username': …, 'password': u'…'}`): the laboratory system's service password in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { ig: [['D', 'Scripting.script.LabSync', `httpPost params={'username': u'scada_lab', 'password': u'${pw}', 'site': u'NF-WTP-1'}`, '{project=WaterOps}']] } };
    }),
    5,
    plant('header-dump', 'ignition-jython-httpget-headervalues-basic', 'error', "The same script logs `system.net.httpGet(url=…, headerValues={'Authorization': 'Basic <base64>'})`: base64 of `user:password` for the laboratory API.", ({ rng }) => {
      const basic = b64Of(`lims_reader:${rng.alnum(16)}`);
      return { value: basic, event: { ig: [['D', 'Scripting.script.LabSync', `system.net.httpGet(url='https://lims.${NF}/api/v1/samples?since=2027-10-04', headerValues={'Authorization': 'Basic ${basic}', 'Accept': 'application/json'})`, '{project=WaterOps}']] } };
    }),
    6,
    plant('webhook', 'ignition-gateway-script-webex-incoming-webhook', 'error', WHY.webhook('A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<token>`) the alarm pipeline posts to; the gateway script logs the URL when Webex answers 429'), ({ rng }) => {
      const tok = b64Of(`ciscospark://us/WEBHOOK/${rng.uuid()}`).replace(/=+$/, '');
      return { value: tok, event: { ig: [['E', 'Scripting.script.NorthfoldAlerts', `Webex notify failed: POST https://webexapis.com/v1/webhooks/incoming/${tok} -> 429 Too Many Requests`, '{project=WaterOps, pipeline=Operators}']] } };
    }),
    6,
    plant('session-id', 'ignition-gateway-script-historian-redirect-sessid', 'error', WHY.session("The old historian's web trend page puts its session in the URL (`sessid=`); the gateway script that scrapes it logs the redirect it follows after logging in"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { ig: [['D', 'Scripting.script.TrendExport', `Following redirect to https://historian.${NF}/Trend/View.aspx?tag=WTP_EFF_CL2&sessid=${sid}`, '{project=WaterOps}']] } };
    }),
    5,
    plant('negative', 'ignition-module-signature-sha256', 'none', "A module's signature check prints the module file's SHA-256: a hash, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { ig: [['I', 'ModuleManager', `Module 'Perspective' (com.inductiveautomation.perspective) v2.1.44 signature verified, sha256=${h}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'nf-scada-gw1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openleadr-vtn.log: an OpenLEADR 0.5 VTN (the demand-response server) with the utility's own handlers and enrolment
// portal on aiohttp, Python logging to a file with `%(asctime)s %(levelname)s %(name)s: %(message)s` and
// `datefmt='%Y-%m-%dT%H:%M:%S%z'` (PDT), aiohttp.access lines in its default format (`%a %t "%r" %s %b "%{Referer}i"
// "%{User-Agent}i"`). Written from memory (not fetched).

function openLeadrLog(rng) {
  const stamp = (t) => `${local(t, PDT).slice(0, 19)}${zone(PDT)}`;
  const render = (e) => e.ol.map(([lvl, name, msg]) => `${stamp(e.t)} ${lvl} ${name}: ${msg}`);
  const acc = (e, path, status = 200, ref = '-') => ['INFO', 'aiohttp.access', `${e.ip} [${clf(e.t, PDT)}] "GET ${path} HTTP/1.1" ${status} ${e.bytes} "${ref}" "${e.ua}"`];
  const ven = () => `ven-${rng.pick(['thermo', 'ev', 'wh', 'batt'])}-${lowerNum(rng, 6)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ol: [['INFO', 'openleadr', `Received oadrPoll from ${ven()}`]] }),
      () => ({ ol: [['INFO', 'northfold.vtn.reports', `oadrUpdateReport from ${ven()}: ${rng.int(1, 12)} intervals, load ${(rng.int(100, 9000) / 100).toFixed(2)} kW`]] }),
      (e = baseRequest(rng, 0, {})) => ({ ol: [['INFO', 'aiohttp.access', `${e.ip} [__CLF__] "GET /portal/${rng.pick(['static/app.css', 'static/app.js', 'events', 'savings', 'faq'])} HTTP/1.1" 200 ${rng.int(300, 9000)} "-" "${rng.pick(BROWSERS)}"`]] }),
      () => ({ ol: [['DEBUG', 'openleadr', `Sending oadrResponse (200 OK) to ${ven()}`]] }),
    ])();
  const fill = (rng, t) => {
    const f = filler(rng);
    f.ol = f.ol.map(([a, b, c]) => [a, b, c.replace('__CLF__', clf(t, PDT))]);
    return f;
  };
  const steps = [
    5,
    plant('negative', 'openleadr-registration-id', 'none', "OpenADR's `registrationID`, which the VTN assigns a VEN when it registers: an identifier the VEN quotes back, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { ol: [['INFO', 'openleadr', `Registered VEN ven_name=ws-heatpump-0412 ven_id=${rng.hex(12)} registration_id=${id}`]] } };
    }),
    5,
    plant('api-key-name', 'openleadr-aiohttp-access-ven-key', 'error', `${WHY.apiKey('ven_key')} The thermostat aggregator polls the utility's status endpoint with it in the query; aiohttp's access log writes the request line.`, ({ rng, t }) => {
      const key = rng.hex(40);
      return { value: key, event: { ol: [acc({ ...baseRequest(rng, t, {}), ua: 'python-requests/2.32.5', t }, `/ven/status?aggregator=ecobright&ven_key=${key}`)] } };
    }),
    5,
    plant('refresh-token', 'openleadr-idp-refresh-failed-form-body', 'error', `${WHY.refresh} The VTN's back end logs the form body of a refresh it sent when the county's identity provider answers \`invalid_grant\`.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { ol: [['WARNING', 'northfold.vtn.idp', `refresh failed (400 invalid_grant), body=grant_type=refresh_token&refresh_token=${rt}&client_id=vtn-backend`]] } };
    }),
    5,
    plant('id-token', 'openleadr-aiohttp-access-referer-id-token', 'error', "The enrolment portal's sign-in finishes on `/portal/sso/finish?id_token=<JWT>&state=…` (response_mode=query); the next asset request carries that address as its Referer, which aiohttp's access log writes, with the line's `-0700` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(20, 400), alg: 'RS256', kid: rng.hex(12), claims: { iss: `https://id.${NF}/realms/customers`, aud: 'dr-portal', sub: rng.uuid(), email_verified: true } });
      const e = { ...baseRequest(rng, t, {}), t };
      return { value: token, jwt: facts, event: { ol: [acc(e, '/portal/static/enrol.css', 200, `https://${NF}/portal/sso/finish?id_token=${token}&state=${rng.b64url(22)}`)] } };
    }),
    5,
    plant('encoded', 'openleadr-hex-encoded-json-transport-credentials', 'error', "A handler logs an aggregator's push configuration as hex (`payload_hex=7b22…`): decoded, JSON with the aggregator's `push_password`.", ({ rng }) => {
      const hex = Buffer.from(JSON.stringify({ push_url: 'https://push.ecobright.example/oadr', push_user: 'northfold', push_password: rng.alnum(20) })).toString('hex');
      return { value: hex, event: { ol: [['DEBUG', 'northfold.vtn.handlers', `on_register_party extra payload_hex=${hex}`]] } };
    }),
    5,
    plant('embed-jwt', 'openleadr-aiohttp-access-embed-peak-chart-expired', 'note', "The savings page embeds the peak-day chart through `/embed/peak-chart/<JWT>`; a customer reopened a three-day-old page, and aiohttp's access log writes the path with its `-0700` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: 3 * 86400 + rng.int(600, 7200), jti: true, claims: { iss: `https://${NF}`, chart: 'peak-day', account: `4471-${pad(rng.int(1, 99))}` } });
      const e = { ...baseRequest(rng, t, {}), t };
      return { value: token, jwt: facts, event: { ol: [acc(e, `/embed/peak-chart/${token}?theme=light`, 401, `https://${NF}/portal/savings`)] } };
    }),
    5,
    plant('path-secret', 'openleadr-enrolment-mail-link', 'error', WHY.pathSecret("An enrolment link the portal mails to a customer (`/demand-response/enrol/<token>`), logged when the mail is queued"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ol: [['INFO', 'northfold.vtn.enrol', `enrolment mail queued for account 4471-${pad(rng.int(1, 99))}: https://${NF}/demand-response/enrol/${tok}`]] } };
    }),
    5,
    plant('embed-jwt', 'openleadr-aiohttp-access-embed-event-card-live', 'error', "The event banner on partner sites embeds `/embed/event-card/<JWT>` (1 h, with a jti); aiohttp's access log writes the path with its `-0700` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(30, 900), jti: true, claims: { iss: `https://${NF}`, card: 'event', program: 'peak-time-rebate' } });
      const e = { ...baseRequest(rng, t, {}), t };
      return { value: token, jwt: facts, event: { ol: [acc(e, `/embed/event-card/${token}`, 200, 'https://www.valleyenergysavers.example/')] } };
    }),
    5,
    plant('negative', 'openleadr-distribute-event-request-id', 'none', "OpenADR's `requestID` of an oadrDistributeEvent (hex): a message id, no credential.", ({ rng }) => {
      const id = rng.hex(24);
      return { value: id, event: { ol: [['INFO', 'openleadr', `Sent oadrDistributeEvent event_id=evt-peak-1005 request_id=${id} to 214 VENs`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'vtn' }, filler: fill, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// otp.log: an OpenTripPlanner 2.6 server of the county's bus network (console saved to a file, PDT, time of day only):
// `HH:mm:ss.SSS LEVEL (<File>.java:<line>) <message>`, the config loader's `Unexpected config parameter` warnings,
// GTFS-RT and GBFS updaters, a sandbox token refresher. Written from memory (not fetched).

function otpLog(rng) {
  const render = (e) => e.ot.map((x) => (typeof x === 'string' ? x : `${local(e.t, PDT).slice(11, 23)} ${x[0].padEnd(5)} (${x[1]}) ${x[2]}`));
  const filler = (rng) =>
    rng.pick([
      () => ({ ot: [['INFO', 'TimetableSnapshotManager.java:214', `Committing ${rng.int(1, 60)} trip updates (${rng.int(0, 4)} cancelled, ${rng.int(0, 9)} added)`]] }),
      () => ({ ot: [['INFO', 'GtfsRealtimeTripUpdateSource.java:88', `Updated ${rng.int(40, 300)} trips from feed 'nft-tripupdates'`]] }),
      () => ({ ot: [['WARN', 'TripUpdateHandler.java:402', `Trip not matched in feed 'nft-tripupdates': NFT:${rng.int(10000, 99999)}_${rng.pick(['WKD', 'SAT'])}`]] }),
      () => ({ ot: [['INFO', 'GbfsVehicleRentalDataSource.java:131', `Fetched ${rng.int(20, 140)} stations, ${rng.int(0, 80)} free vehicles from 'northfold-bikes'`]] }),
    ])();
  const steps = [
    plant('negative', 'otp-serialization-version-id', 'none', "OTP's serialization version id, printed at start-up to match a graph file with the server: a version hash, no credential.", ({ rng }) => {
      const id = rng.hex(20);
      return { value: id, event: { ot: [['INFO', 'OtpStartupInfo.java:28', '------------------------------------------------------------------------'], ['INFO', 'OtpStartupInfo.java:29', 'OpenTripPlanner 2.6.0'], ['INFO', 'OtpStartupInfo.java:30', `Otp serialization version id: ${id}`]] } };
    }, { after: 0 }),
    2,
    plant('framework-dump', 'otp-unexpected-config-parameter-password', 'error', "OTP's config loader warns about a parameter it does not know and quotes it with its value (`Unexpected config parameter: 'updaters[3].password:\"…\"'`): a misplaced feed password is written in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { ot: [['WARN', 'NodeAdapter.java:181', `Unexpected config parameter: 'updaters[3].password:"${pw}"' in 'router-config.json'. Is the spelling correct?`]] } };
    }),
    5,
    plant('api-key-name', 'otp-gtfsrt-feed-error-apitoken', 'error', `${WHY.apiKey('apiToken')} The vehicle-positions updater's URL carries it; the updater's error writes the URL.`, ({ rng }) => {
      const key = rng.hex(32);
      const url = `https://rt.transitsys.example/nft/vehiclepositions.pb?apiToken=${key}`;
      return { value: key, event: { ot: [['ERROR', 'GtfsRealtimeVehiclePositionSource.java:71', `Failed to fetch GTFS-RT feed from ${url}: HTTP 502`], ['WARN', 'PollingGraphUpdater.java:102', `Error while running polling updater of type vehicle-positions (url: ${url}), retrying in 30 s`]] } };
    }),
    6,
    plant('path-secret', 'otp-gbfs-feed-token-in-path', 'error', WHY.pathSecret('A scooter operator gives the county a GBFS feed whose path holds its access token (`/feeds/<token>/gbfs.json`); the updater logs the URL it loads. The URL is the credential until the operator rotates it'), ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { ot: [['INFO', 'GbfsFeedLoader.java:64', `Fetching GBFS discovery file https://gbfs.zipscoot.example/feeds/${tok}/gbfs.json`]] } };
    }),
    6,
    plant('encoded', 'otp-proxy-src-base64-url-key', 'error', "The park-and-ride updater fetches through the county's proxy with the source URL base64-encoded in `src=`; decoded, the URL carries the parking operator's `key`.", ({ rng }) => {
      const src = b64Of(`https://api.parkspot.example/v1/lots?region=northfold&key=${rng.alnum(32)}`);
      return { value: src, event: { ot: [['WARN', 'VehicleParkingUpdater.java:97', `Vehicle parking source failed: https://proxy.${NF}/fetch?src=${src} returned 504`]] } };
    }),
    6,
    plant('refresh-token', 'otp-sandbox-token-refresh-echo', 'error', `${WHY.refresh} The county's sandbox updater logs the fare system's error answer, which echoes the refresh token it was sent.`, ({ rng }) => {
      const rt = `rt_${rng.alnum(48)}`;
      return { value: rt, event: { ot: [['WARN', 'FareCapTokenRefresher.java:57', `Token refresh rejected: {"error":"invalid_grant","error_description":"refresh token revoked","refresh_token":"${rt}"}`]] } };
    }),
    5,
    plant('negative', 'otp-trip-not-found-id', 'none', 'A GTFS trip id in a real-time matching warning: an identifier, no credential.', ({ rng }) => {
      const id = `NFT:${rng.int(100000, 999999)}_WKD_${upperNum(rng, 6)}`;
      return { value: id, event: { ot: [['WARN', 'TripUpdateHandler.java:402', `Trip not found: ${id} (feed 'nft-tripupdates')`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'otp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// slurmctld.log: a Slurm 24.05 controller of the county's flood-modelling cluster (PDT, no zone):
// `[yyyy-mm-ddTHH:MM:SS.mmm] <message>`; the RPC, scheduler and completion lines, and a job_submit/lua plugin that logs
// each job's user, comment, `--export` list and the first lines of its batch script through `slurm.log_info` (written
// as `lua: <message>`). Written from memory (not fetched).

function slurmctldLog(rng) {
  const stamp = (t) => `[${local(t, PDT).slice(0, 23)}]`;
  const render = (e) => e.sl.map((m) => `${stamp(e.t)} ${m}`);
  let job = 40211;
  const filler = (rng) => {
    job += rng.int(1, 3);
    return rng.pick([
      () => ({ sl: [`_slurm_rpc_submit_batch_job: JobId=${job} InitPrio=${rng.int(4000, 9000)} usec=${rng.int(300, 2000)}`] }),
      () => ({ sl: [`sched: Allocate JobId=${job} NodeList=cn[${pad(rng.int(1, 20), 3)}-${pad(rng.int(21, 40), 3)}] #CPUs=${rng.pick([64, 128, 256])} Partition=flood`] }),
      () => ({ sl: [`_job_complete: JobId=${job} WEXITSTATUS 0`, `_job_complete: JobId=${job} done`] }),
      () => ({ sl: [`backfill: beginning`, `backfill: reached end of job queue`] }),
      () => ({ sl: [`lua: uid=${rng.int(41000, 41100)} account=floodmodel partition=flood name=nfm-${rng.pick(['hindcast', 'ensemble', 'surge'])}-${rng.int(1, 40)} comment="(null)"`] }),
    ])();
  };
  const steps = [
    5,
    plant('path-secret', 'slurm-job-submit-lua-comment-share-link', 'error', WHY.pathSecret("A modeller puts the share link of the model's input data in the job's `--comment` (`files.northfold.example/s/<token>/download`), which the job_submit plugin logs"), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { sl: [`lua: uid=41022 account=floodmodel partition=flood name=nfm-hindcast-11 comment="inputs: https://files.${NF}/s/${tok}/download"`] } };
    }),
    5,
    plant('negative', 'slurm-job-submit-lua-comment-md5', 'none', 'An md5 checksum of the input archive in a job comment (`md5=<32 hex>`): a hash, no credential.', ({ rng }) => {
      const h = rng.hex(32);
      return { value: h, event: { sl: [`lua: uid=41031 account=floodmodel partition=flood name=nfm-surge-2 comment="tide-2027-09.nc.gz md5=${h}"`] } };
    }),
    5,
    plant('api-key-name', 'slurm-job-submit-lua-export-cdo-key', 'error', `${WHY.apiKey('CDO_KEY')} The job passes it through \`--export=ALL,CDO_KEY=…\`, and the plugin logs the export list.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { sl: [`lua: JobName=nfm-ensemble-7 export="ALL,CDO_KEY=${key},OMP_NUM_THREADS=16"`] } };
    }),
    5,
    plant('header-dump', 'slurm-job-submit-lua-script-curl-bearer', 'error', "The plugin logs the first lines of the batch script; one line fetches gauge data with `curl -H \"Authorization: Bearer <token>\"`: the gauge API's token.", ({ rng }) => {
      const tok = `gauge_${rng.alnum(40)}`;
      return { value: tok, event: { sl: [`lua: JobName=nfm-hindcast-12 script[6]: curl -sf -H "Authorization: Bearer ${tok}" -o gauges.csv https://gauges.${NF}/export?days=30`] } };
    }),
    5,
    plant('encoded', 'slurm-job-submit-lua-script-export-base64-db-auth', 'error', "A batch script line exports `DB_AUTH_B64=<base64>`: decoded, `user:password` of the results database.", ({ rng }) => {
      const b = b64Of(`nfm_writer:${rng.alnum(18)}`);
      return { value: b, event: { sl: [`lua: JobName=nfm-hindcast-12 script[4]: export DB_AUTH_B64=${b}`] } };
    }),
    5,
    plant('refresh-token', 'slurm-job-submit-lua-script-rclone-drive-token', 'error', `${WHY.refresh} A batch script line copies results with \`rclone --drive-token '{…}'\`, the Google Drive token JSON with its \`refresh_token\`.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(98)}`;
      return { value: rt, event: { sl: [`lua: JobName=nfm-ensemble-8 script[9]: rclone copy --drive-token '{"access_token":"ya29.a0${rng.b64url(40)}","token_type":"Bearer","refresh_token":"${rt}","expiry":"2027-10-05T11:02:44.5-07:00"}' out/ gdrive:floodruns/2027-10`] } };
    }),
    5,
    plant('negative', 'slurm-container-image-digest', 'none', 'A container image pinned by digest (`@sha256:<64 hex>`) in a job submission: a hash, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { sl: [`lua: JobName=nfm-surge-3 container="registry.${NF}/hydro/adcirc@sha256:${h}"`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'slurmctld' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// geonetwork.log: a GeoNetwork 4.4 catalogue (the county's open-data portal) with log4j2's
// `%d{ISO8601} %-5level [%logger] - %message` (the container's clock, UTC, no zone), harvesters, the link checker, mail
// and security loggers. Written from memory (not fetched).

function geonetworkLog(rng) {
  const render = (e) => e.gn.map(([lvl, logger, msg]) => `${iso(e.t).slice(0, 19)},${msPart(e.t)} ${lvl.padEnd(5)} [${logger}] - ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ gn: [['INFO', 'geonetwork.harvester.csw', `Harvest ${rng.pick(['state-gis', 'usgs-water', 'county-parcels'])}: added ${rng.int(0, 12)}, updated ${rng.int(0, 80)}, unchanged ${rng.int(100, 900)}`]] }),
      () => ({ gn: [['INFO', 'geonetwork.index', `Indexed ${rng.int(1, 40)} records in ${rng.int(100, 3000)} ms`]] }),
      () => ({ gn: [['WARN', 'geonetwork.linkchecker', `Link https://gis.${NF}/arcgis/rest/services/${rng.pick(['Parcels', 'Zoning', 'Hydrants'])}/MapServer returned ${rng.pick([301, 404, 500])}`]] }),
      () => ({ gn: [['INFO', 'geonetwork.api', `GET /geonetwork/srv/api/records/${rng.uuid()}/formatters/xsl-view 200`]] }),
    ])();
  const steps = [
    5,
    plant('api-key-name', 'geonetwork-ogcwxs-harvester-authkey', 'error', `${WHY.apiKey('authkey')} GeoServer's authkey module takes it in the query; the OGC harvester's error writes the GetCapabilities URL.`, ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { gn: [['ERROR', 'geonetwork.harvester.ogcwxs', `Failed to harvest https://maps.${NF}/geoserver/ows?service=WMS&request=GetCapabilities&authkey=${key}: 401 Unauthorized`]] } };
    }),
    5,
    plant('negative', 'geonetwork-metadata-record-uuid', 'none', "A metadata record's UUID in the indexer's message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { gn: [['WARN', 'geonetwork.index', `Record ${id} has no spatial extent, using the catalogue default`]] } };
    }),
    5,
    plant('embed-jwt', 'geonetwork-linkchecker-embed-dashboard-no-exp', 'error', "A record's online resource is a dashboard's embed URL (`/embed/<JWT>`), a token without `exp`; the link checker writes it", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 30, 86400 * 200), claims: { iss: `https://dash.${NF}`, dashboard: 'river-levels', public: true } });
      return { value: token, jwt: facts, event: { gn: [['WARN', 'geonetwork.linkchecker', `Link https://dash.${NF}/embed/${token} returned 502 (record river-levels-live)`]] } };
    }),
    5,
    plant('session-id', 'geonetwork-remote-harvester-jsessionid', 'error', WHY.session("The GeoNetwork-to-GeoNetwork harvester logs in to a partner catalogue and writes the session it got (`JSESSIONID=…`) at DEBUG"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { gn: [['DEBUG', 'geonetwork.harvester.geonet', `Logged in to https://catalog.stateparks.example/geonetwork as harvester, session JSESSIONID=${sid}`]] } };
    }),
    5,
    plant('oauth-code', 'geonetwork-security-oidc-callback-debug', 'warning', `${WHY.code} GeoNetwork's security logger writes the Keycloak callback it handles at DEBUG, code and state included.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { gn: [['DEBUG', 'geonetwork.security', `OIDC callback /geonetwork/login/oauth2/code/keycloak?state=${rng.b64url(24)}&session_state=${rng.uuid()}&code=${code}`]] } };
    }),
    5,
    plant('path-secret', 'geonetwork-mail-data-request-approve-link', 'error', WHY.pathSecret('An approval link for a restricted data request (`/data-request/approve/<token>`), in the mail the catalogue sends and logs'), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { gn: [['INFO', 'geonetwork.mail', `Sent mail "Data request DR-2027-318" to gis-admin@${NF} with link https://data.${NF}/data-request/approve/${tok}`]] } };
    }),
    5,
    plant('encoded', 'geonetwork-harvester-settings-base64-json', 'error', "The CSW harvester logs the settings it failed to apply as base64 (`settings=<base64>`): decoded, JSON with the remote catalogue's account and password.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ url: 'https://csw.stateparks.example/csw', account: { type: 'password', username: 'northfold', password: rng.alnum(16) }, every: '0 0 3 ? * *' }));
      return { value: b, event: { gn: [['ERROR', 'geonetwork.harvester.csw', `Cannot apply harvester settings=${b}`]] } };
    }),
    5,
    plant('negative', 'geonetwork-xsrf-token-mismatch', 'none', "GeoNetwork's `XSRF-TOKEN` quoted in a CSRF mismatch: a CSRF token, no credential.", ({ rng }) => {
      const x = rng.uuid();
      return { value: x, event: { gn: [['WARN', 'geonetwork.security', `Invalid CSRF token (XSRF-TOKEN=${x}) for POST /geonetwork/srv/api/records/batchediting`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 17 * HOUR, site: { host: 'geonetwork' }, filler, render, steps });
}

// =====================================================================================================================
// Allpa Willay (Quechua; Cusco: PET, UTC-5)
// =====================================================================================================================

const AW = 'allpawillay.example';

// ---------------------------------------------------------------------------------------------------------------------
// chirpstack.log: `journalctl -u chirpstack -o cat` of ChirpStack 4.9: tracing-subscriber's default format
// (`<RFC 3339, microseconds, Z>  <LEVEL> <span{fields}>: <target>: <message> <key>=<value>…`), the HTTP integration's
// errors and debug lines (a Rust `HeaderMap` in Debug form), codecs' messages. Written from memory (not fetched).

function chirpstackLog(rng) {
  const stamp = (t) => `${iso(t).slice(0, 23)}${digits(rng, 3)}Z`;
  const render = (e) => e.cs.map(([lvl, span, target, msg]) => `${stamp(e.t)} ${lvl.padStart(5)} ${span ? `${span}: ` : ''}${target}: ${msg}`);
  const dedup = () => `up{deduplication_id=${rng.uuid()}}`;
  const eui = () => `a840410${rng.hex(9)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ cs: [['INFO', dedup(), 'chirpstack::uplink::data', `Updated device-session dev_eui=${eui()}`]] }),
      () => ({ cs: [['INFO', dedup(), 'chirpstack::uplink', `Uplink received m_type=UnconfirmedDataUp`]] }),
      () => ({ cs: [['INFO', '', 'chirpstack::gateway::backend::mqtt', `Message received from gateway region_id="au915_1" topic="au915_1/gateway/${rng.hex(16)}/event/stats" qos=0 json=false`]] }),
      () => ({ cs: [['WARN', dedup(), 'chirpstack::codec::js', `Decode error: js error: Error: Sensor mana kutichinchu (the sensor did not answer) dev_eui=${eui()}`]] }),
      () => ({ cs: [['INFO', '', 'chirpstack::downlink::scheduler', `Scheduling downlinks ran ${rng.int(1, 9)} times`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'chirpstack-dev-eui', 'none', "A device's DevEUI (64-bit hex): the sensor's identifier, no credential.", ({ rng }) => {
      const id = `70b3d57ed${rng.hex(7)}`;
      return { value: id, event: { cs: [['INFO', dedup(), 'chirpstack::uplink::join', `Device join-request received dev_eui=${id} join_eui=0000000000000000`]] } };
    }),
    5,
    plant('api-key-name', 'chirpstack-http-integration-url-kichana', 'error', `${WHY.apiKey('kichana')} ("key" in Quechua). The cooperative's HTTP integration URL carries it, and the integration's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { cs: [['ERROR', dedup(), 'chirpstack::integration::http', `Posting event error event="up" url=https://${AW}/chakra/willakuy?kichana=${key} error=error sending request: operation timed out`]] } };
    }),
    5,
    plant('header-dump', 'chirpstack-http-integration-headermap-debug-bearer', 'error', "The HTTP integration logs its request headers at DEBUG as a Rust `HeaderMap` (`{\"authorization\": \"Bearer …\", …}`): the analytics service's token.", ({ rng }) => {
      const tok = `aw_${rng.alnum(44)}`;
      return { value: tok, event: { cs: [['DEBUG', dedup(), 'chirpstack::integration::http', `Sending event event="status" url=https://tupu.${AW}/v1/chirp headers={"content-type": "application/json", "authorization": "Bearer ${tok}"}`]] } };
    }),
    5,
    plant('webhook', 'chirpstack-http-integration-integromat-hook', 'error', WHY.webhook('A Make (formerly Integromat) custom webhook on its legacy host (`hook.integromat.com/<id>`) a second HTTP integration posts frost alerts to; the integration\'s error writes it'), ({ rng }) => {
      const id = lowerNum(rng, 32);
      return { value: id, event: { cs: [['ERROR', dedup(), 'chirpstack::integration::http', `Posting event error event="up" url=https://hook.integromat.com/${id} error=HTTP status client error (410 Gone)`]] } };
    }),
    5,
    plant('encoded', 'chirpstack-http-integration-cfg-base64url-json', 'error', "A rain-gauge integration passes its settings as base64url JSON in `cfg=`; decoded, it holds the cooperative's `kichana`.", ({ rng }) => {
      const cfg = b64urlOf(JSON.stringify({ suyu: 'urubamba', kichana: rng.alnum(28), unidad: 'mm' }));
      return { value: cfg, event: { cs: [['ERROR', dedup(), 'chirpstack::integration::http', `Posting event error event="up" url=https://para.${AW}/v2/tupu?cfg=${cfg} error=HTTP status server error (502 Bad Gateway)`]] } };
    }),
    5,
    plant('api-key-name', 'chirpstack-http-integration-url-tarpuq-kichana', 'error', `${WHY.apiKey('tarpuq_kichana')} ("sower's key"). The seed bank's ingest URL carries it, and the integration's error writes it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { cs: [['WARN', dedup(), 'chirpstack::integration::http', `Posting event error event="join" url=https://muhu.${AW}/ingest?tarpuq_kichana=${key} error=HTTP status client error (429 Too Many Requests)`]] } };
    }),
    5,
    plant('id-token', 'chirpstack-oidc-verify-error-id-token', 'error', "ChirpStack's OIDC login fails on a claim check and its error writes the ID token it could not accept (`id_token=<JWT>`), on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(5, 60), alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://id.${AW}/realms/ayllu`, aud: 'chirpstack', sub: rng.uuid(), preferred_username: 'amaru', email_verified: false } });
      return { value: token, jwt: facts, event: { cs: [['ERROR', '', 'chirpstack::api::oidc', `OIDC callback error: email_verified is false id_token=${token}`]] } };
    }),
    5,
    plant('negative', 'chirpstack-deduplication-id', 'none', "ChirpStack's `deduplication_id` (a UUID per uplink) in the span: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { cs: [['INFO', `up{deduplication_id=${id}}`, 'chirpstack::uplink::data', `Chakra sensor willakun: allpa unu 23.4% (soil moisture) dev_eui=${eui()}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'chirpstack' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tts-stack.log: `docker compose logs --no-color stack` of The Things Stack 3.32 with `log.format: json` (one JSON object
// per line after compose's `stack-1  | ` prefix: `level`, `ts` RFC 3339 UTC, `namespace`, `msg`, fields), the web
// server's `Request handled` lines, application server webhooks, the console's OAuth client. Written from memory (not
// fetched).

function ttsLog(rng) {
  const render = (e) => e.tt.map((o) => `stack-1  | ${JSON.stringify({ level: o.level, ts: iso(e.t), namespace: o.ns, msg: o.msg, ...o.f })}`);
  const req = (url, status, method = 'GET') => ({ level: 'info', ns: 'web', msg: 'Request handled', f: { duration: `${(rng.int(10, 9000) / 1000).toFixed(3)}ms`, method, remote_addr: `${lan(rng, '172.18')}:${rng.int(30000, 60000)}`, request_id: ulid(rng), status, url } });
  const filler = (rng) =>
    rng.pick([
      () => ({ tt: [req(`/api/v3/as/applications/allpa-chakra/devices/suelo-${pad(rng.int(1, 60))}/packages/storage/uplink_message?limit=20`, 200)] }),
      () => ({ tt: [{ level: 'info', ns: 'networkserver', msg: 'Uplink processed', f: { device_uid: `allpa-chakra.suelo-${pad(rng.int(1, 60))}`, f_cnt: rng.int(1, 9000), correlation_ids: [`ns:uplink:${ulid(rng)}`] } }] }),
      () => ({ tt: [{ level: 'info', ns: 'applicationserver/io/web', msg: 'Webhook sent', f: { webhook_id: 'yaku-sensor', status: 200 } }] }),
      () => ({ tt: [req('/console/applications/allpa-chakra/data', 200)] }),
    ])();
  const steps = [
    5,
    plant('negative', 'tts-request-id-ulid', 'none', "The web server's `request_id` (a ULID): an identifier, no credential.", ({ rng }) => {
      const r = req('/api/v3/auth_info', 200);
      return { value: r.f.request_id, event: { tt: [r] } };
    }),
    5,
    plant('oauth-code', 'tts-request-handled-console-oauth-callback', 'warning', `${WHY.code} The console's callback is an ordinary route of the stack's web server, whose \`Request handled\` line writes the \`url\` with its query.`, ({ rng }) => {
      const code = `MF2XI.${upperNum(rng, 39)}.${rng.b64url(43)}`;
      return { value: code, event: { tt: [req(`/console/oauth/callback?code=${code}&state=${rng.b64url(22)}`, 302)] } };
    }),
    5,
    plant('refresh-token', 'tts-console-token-exchange-response-field', 'error', `${WHY.refresh} The console logs the token endpoint's answer as a JSON string field at debug.`, ({ rng }) => {
      const rt = `MF2XI.${upperNum(rng, 39)}.${rng.b64url(43)}`;
      return { value: rt, event: { tt: [{ level: 'debug', ns: 'console', msg: 'Exchanged OAuth token', f: { response: JSON.stringify({ access_token: '[masked]', expires_in: 3600, refresh_token: rt, token_type: 'bearer' }), user_id: 'ruphay' } }] } };
    }),
    5,
    plant('api-key-name', 'tts-webhook-failed-url-yaku-kichana', 'error', `${WHY.apiKey('yaku_kichana')} ("water key"). The irrigation webhook's base URL carries it; the application server's failure line writes the \`url\`.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { tt: [{ level: 'warn', ns: 'applicationserver/io/web', msg: 'Failed to send webhook', f: { webhook_id: 'yaku-qarpay', url: `https://yaku.${AW}/willakuy/uplink?yaku_kichana=${key}`, error: 'error:pkg/applicationserver/io/web:request (request failed) status=503' } }] } };
    }),
    5,
    plant('id-token', 'tts-request-handled-logout-id-token-hint-expired', 'note', "A sign-out through the stack's OAuth server with `id_token_hint=<JWT>` (Request handled, `ts` in UTC): the ID token had expired an hour before", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(10), jti: true, claims: { iss: `https://tts.${AW}/oauth`, aud: 'console', sub: 'ruphay' } });
      return { value: token, jwt: facts, event: { tt: [req(`/oauth/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Ftts.${AW}%2Fconsole`, 302)] } };
    }),
    5,
    plant('negative', 'tts-correlation-id', 'none', "A correlation id (`as:up:<ULID>`) of an uplink: an identifier, no credential.", ({ rng }) => {
      const id = `as:up:${ulid(rng)}`;
      return { value: id, event: { tt: [{ level: 'info', ns: 'applicationserver', msg: 'Uplink forwarded', f: { device_uid: 'allpa-chakra.suelo-07', correlation_ids: [id, `gs:uplink:${ulid(rng)}`] } }] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: 'tts' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jupyterhub.log: the journal of a JupyterHub 5.2 service as a file (Cusco time, no zone): the Hub's tornado-style
// `[<L> yyyy-mm-dd HH:MM:SS.mmm JupyterHub <module>:<line>] <message>`, configurable-http-proxy's
// `HH:MM:SS.mmm [ConfigProxy] <level>: <message>`, a spawned single-user server's `[<L> … ServerApp] …` (shared
// stdout). Written from memory (not fetched).

function jupyterhubLog(rng) {
  const hub = (t, l, mod, msg) => `[${l} ${ymdHmsAt(t, PET)}.${msPart(t)} JupyterHub ${mod}] ${msg}`;
  const render = (e) =>
    e.jh.map(([kind, a, b, c]) => {
      if (kind === 'hub') return hub(e.t, a, b, c);
      if (kind === 'chp') return `${local(e.t, PET).slice(11, 23)} [ConfigProxy] ${a}: ${b}`;
      return `[${a} ${ymdHmsAt(e.t, PET)}.${msPart(e.t)} ServerApp] ${b}`;
    });
  const users = ['wayta', 'sisa', 'ruphay', 'kusi', 'amaru'];
  const filler = (rng) =>
    rng.pick([
      () => ({ jh: [['hub', 'I', 'log:192', `200 GET /hub/api/users/${rng.pick(users)}/activity (${rng.pick(users)}@10.8.0.${rng.int(2, 90)}) ${(rng.int(100, 9000) / 100).toFixed(2)}ms`]] }),
      () => ({ jh: [['chp', 'info', `200 GET /user/${rng.pick(users)}/api/kernels?${rng.int(1000000000000, 9999999999999)}`]] }),
      () => ({ jh: [['hub', 'I', 'allpa_auth:41', `Yaykuy allin (sign-in ok): ${rng.pick(users)}`]] }),
      () => ({ jh: [['sua', 'I', `Saving file at /chakra/${rng.pick(['papa', 'sara', 'quinua'])}-${rng.int(1, 30)}.ipynb`]] }),
      (u = rng.pick(users)) => ({ jh: [['hub', 'I', 'log:192', `302 GET /hub/spawn/${u} -> /hub/spawn-pending/${u} (${u}@10.8.0.${rng.int(2, 90)}) ${(rng.int(100, 9000) / 100).toFixed(2)}ms`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'jupyterhub-oauth-authorize-state', 'none', "The Hub's own OAuth authorize request to a single-user server carries `state` (and `client_id`), no code: no credential.", ({ rng }) => {
      const st = rng.b64url(43);
      return { value: st, event: { jh: [['hub', 'I', 'log:192', `302 GET /hub/api/oauth2/authorize?client_id=jupyterhub-user-sisa&redirect_uri=%2Fuser%2Fsisa%2Foauth_callback&response_type=code&state=${st} -> /user/sisa/oauth_callback?[secret] (sisa@10.8.0.14) 21.06ms`]] } };
    }),
    5,
    plant('oauth-code', 'jupyterhub-chp-error-oauth-callback', 'warning', `${WHY.code} configurable-http-proxy could not reach the Hub and wrote the callback's URL in its error line, code and state included.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { jh: [['chp', 'error', `503 GET /hub/oauth_callback?code=${code}&state=${rng.b64url(40)} connect ECONNREFUSED 127.0.0.1:8081`]] } };
    }),
    5,
    plant('refresh-token', 'jupyterhub-auth-state-repr-refresh-token', 'error', `${WHY.refresh} The cooperative's authenticator logs a user's \`auth_state\` as a Python dict at debug, \`refresh_token\` included.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { jh: [['hub', 'D', 'allpa_auth:88', `auth_state for kusi: {'refresh_token': '${rt}', 'scope': ['openid', 'profile', 'chakra'], 'expires_at': 1822928400}`]] } };
    }),
    5,
    plant('path-secret', 'jupyterhub-accept-share-code', 'error', WHY.pathSecret("A JupyterHub share code (`/hub/accept-share?code=sc_…`) that grants access to an agronomist's server; the Hub's request log writes it"), ({ rng }) => {
      const code = `sc_${rng.b64url(32)}`;
      return { value: code, event: { jh: [['hub', 'I', 'log:192', `200 GET /hub/accept-share?code=${code} (amaru@10.8.0.31) 18.44ms`]] } };
    }),
    5,
    plant('negative', 'jupyterhub-kernel-channels-session-id', 'none', "A kernel's channels WebSocket with `session_id=<uuid>`: the Jupyter messaging session of a notebook tab, no login session.", ({ rng }) => {
      const s = rng.uuid();
      return { value: s, event: { jh: [['chp', 'info', `101 GET /user/wayta/api/kernels/${rng.uuid()}/channels?session_id=${s}`]] } };
    }),
    5,
    plant('implicit-fragment', 'jupyterhub-singleuser-refused-redirect-fragment', 'error', "A spawned server refuses to redirect to an address that is not local and writes it: the weather service's implicit-flow answer (`#access_token=…`) a notebook extension passed as `next`.", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { jh: [['sua', 'W', `Not redirecting to non-local URL https://sso.parawillay.example/callback#access_token=${at}&token_type=bearer&expires_in=3600`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'hub' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// .nextflow.log: a Nextflow 24.10 run of the cooperative's potato genomics pipeline on Slurm (Cusco time, no zone):
// `MMM-dd HH:mm:ss.SSS [<thread>] <LEVEL> <logger> - <message>`, the Launcher's `$> nextflow run …` line, FilePorter's
// staging of foreign files, the weblog observer, a failed task's `Command executed:`/`Command error:` block.
// https://nextflow.io/docs/latest/tracing.html (read through search: `nextflow log`, run names, session ids, task
// hashes); the log line layout from memory.

function nextflowLog(rng) {
  const stamp = (t) => { const l = local(t, PET); return `${MONTHS[Number(l.slice(5, 7)) - 1]}-${l.slice(8, 10)} ${l.slice(11, 23)}`; };
  const render = (e) => e.nf.map((x) => (typeof x === 'string' ? x : `${stamp(e.t)} [${x[0]}] ${x[1].padEnd(5)} ${x[2]} - ${x[3]}`));
  const hash = () => `${rng.hex(2)}/${rng.hex(6)}`;
  const proc = () => rng.pick(['FASTQC', 'TRIM', 'ALIGN', 'CALL_VARIANTS']);
  const filler = (rng) =>
    rng.pick([
      () => ({ nf: [['Task submitter', 'INFO', 'nextflow.Session', `[${hash()}] Submitted process > ${proc()} (papa-${rng.int(1, 96)})`]] }),
      () => ({ nf: [['Task monitor', 'DEBUG', 'n.processor.TaskPollingMonitor', `Task completed > TaskHandler[jobId: ${rng.int(50000, 59999)}; id: ${rng.int(1, 400)}; name: ${proc()} (papa-${rng.int(1, 96)}); status: COMPLETED; exit: 0]`]] }),
      () => ({ nf: [['Task monitor', 'DEBUG', 'n.executor.GridTaskHandler', '[SLURM] queue status >'], `  job: ${rng.int(50000, 59999)}: RUNNING`, `  job: ${rng.int(50000, 59999)}: PENDING`] }),
      () => ({ nf: [['main', 'DEBUG', 'nextflow.Session', `Workflow process names [dsl2]: FASTQC, TRIM, ALIGN, CALL_VARIANTS, FETCH_YIELDS`]] }),
    ])();
  const steps = [
    plant('api-key-name', 'nextflow-launcher-cmdline-chakra-kichana', 'error', `${WHY.apiKey('chakra_kichana')} ("field key"). A pipeline parameter on the command line, which the Launcher writes as \`$> nextflow run …\`.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { nf: [['main', 'DEBUG', 'nextflow.cli.Launcher', `$> nextflow run allpawillay/papa-genomics -r v2.1.0 -profile slurm --ayllu urubamba --chakra_kichana ${key}`], ['main', 'INFO', 'nextflow.cli.CmdRun', 'N E X T F L O W  ~  version 24.10.2']] } };
    }, { after: 0 }),
    plant('negative', 'nextflow-session-uuid', 'none', "Nextflow's session UUID (the run's id, which `-resume` uses): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { nf: [['main', 'DEBUG', 'nextflow.Session', `Session UUID: ${id}`], ['main', 'DEBUG', 'nextflow.Session', 'Run name: jovial_quispe']] } };
    }),
    2,
    plant('webhook', 'nextflow-weblog-hookdeck-url', 'error', WHY.webhook('A Hookdeck source URL (`hkdk.events/<id>`) set as `weblog.url` in the config; the weblog observer writes it when it starts'), ({ rng }) => {
      const id = lowerNum(rng, 14);
      return { value: id, event: { nf: [['main', 'DEBUG', 'nextflow.trace.WebLogObserver', `Creating weblog observer -- url=https://hkdk.events/${id}`]] } };
    }),
    5,
    plant('path-secret', 'nextflow-fileporter-foreign-file-share-link', 'error', WHY.pathSecret('A share link to the reference genome (`/rakiy/<token>/…`, "share") staged as a foreign file; FilePorter writes the URL'), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { nf: [['FileTransfer-1', 'DEBUG', 'nextflow.file.FilePorter', `Copying foreign file https://willay.${AW}/rakiy/${tok}/papa_DM_v6.1.fa.gz to work dir: /scratch/nf-work/stage-${rng.uuid()}/${rng.hex(2)}/${rng.hex(30)}/papa_DM_v6.1.fa.gz`]] } };
    }),
    6,
    plant('header-dump', 'nextflow-task-error-command-executed-curl-bearer', 'error', "A failed task's report quotes its script under `Command executed:`, a `curl -H 'Authorization: Bearer …'` line with the yield service's token.", ({ rng }) => {
      const tok = `rk_${rng.alnum(40)}`;
      const h = hash();
      return { value: tok, event: { nf: [['Task monitor', 'ERROR', 'nextflow.processor.TaskProcessor', `Error executing process > 'FETCH_YIELDS (chakra-12)'`], '', 'Caused by:', "  Process `FETCH_YIELDS (chakra-12)` terminated with an error exit status (22)", '', 'Command executed:', '', `  curl -sf -H 'Authorization: Bearer ${tok}' "https://pallay.${AW}/v1/yields?chakra=12" > yields.json`, '', 'Command exit status:', '  22', '', 'Command output:', '  (empty)', '', 'Command error:', '  curl: (22) The requested URL returned error: 401', '', 'Work dir:', `  /scratch/nf-work/${h.slice(0, 2)}/${h.slice(3)}${rng.hex(24)}`, ''] } };
    }),
    5,
    plant('implicit-fragment', 'nextflow-task-error-curl-location-fragment', 'error', "Another failed task's `Command error:` holds the response headers curl printed: a `location:` with the identity provider's implicit-flow answer (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(52);
      return { value: at, event: { nf: [['Task monitor', 'ERROR', 'nextflow.processor.TaskProcessor', `Error executing process > 'FETCH_WEATHER (urubamba)'`], '', 'Command error:', '  < HTTP/2 302', `  < location: https://app.${AW}/para/#access_token=${at}&token_type=Bearer&expires_in=3600`, '  curl: (47) Maximum (0) redirects followed', ''] } };
    }),
    5,
    plant('negative', 'nextflow-task-hash', 'none', "A task's work directory hash prefix (`[ab/cdef12]`): an identifier, no credential.", ({ rng }) => {
      const h = `${rng.hex(2)}/${rng.hex(6)}`;
      return { value: h, event: { nf: [['Task submitter', 'INFO', 'nextflow.Session', `[${h}] Submitted process > CALL_VARIANTS (papa-41)`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'nf' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// galaxy.log: a Galaxy 24.1 server under Gravity (Cusco time, no zone) with its default `stack` formatter
// (`<logger> <LEVEL> yyyy-mm-dd HH:MM:SS,mmm [pN:<process>,p:<pid>,tN:<thread>] <message>`), uvicorn.access lines,
// the job handler and command factory.
// https://docs.galaxyproject.org/en/latest/admin/config_logging.html (read through search: log levels, gravity, the
// `stack` filter and formatter); the line layout from memory.

function galaxyLog(rng) {
  const render = (e) => e.gx.map(([logger, lvl, pn, tn, msg]) => `${logger} ${lvl} ${ymdHmsAt(e.t, PET)},${msPart(e.t)} [pN:${pn},p:${pn.startsWith('main') ? 2190 : 2231},tN:${tn}] ${msg}`);
  const acc = (path, status) => ['uvicorn.access', 'INFO', 'main.1', 'MainThread', `${lan(rng, '10.8')}:0 - "GET ${path} HTTP/1.1" ${status}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ gx: [acc(`/api/histories/${rng.hex(16)}/contents?v=dev&limit=500`, 200)] }),
      () => ({ gx: [['galaxy.jobs.handler', 'DEBUG', 'handler_0', 'JobHandlerQueue.monitor_thread', `Grabbed Job(s): ${rng.int(9000, 9999)}`]] }),
      () => ({ gx: [['galaxy.jobs.runners.slurm', 'INFO', 'handler_0', 'SlurmRunner.monitor_thread', `(${rng.int(9000, 9999)}/${rng.int(50000, 59999)}) state change: job finished normally`]] }),
      () => ({ gx: [acc('/api/tools?in_panel=true&tool_help=false', 200)] }),
    ])();
  const steps = [
    5,
    plant('oauth-code', 'galaxy-uvicorn-access-authnz-keycloak-callback', 'warning', `${WHY.code} Galaxy's Keycloak login comes back on \`/authnz/keycloak/callback\`, which uvicorn's access line writes with its query.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { gx: [acc(`/authnz/keycloak/callback?state=${rng.b64url(30)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.${AW}%2Frealms%2Fayllu&code=${code}`, 302)] } };
    }),
    5,
    plant('negative', 'galaxy-encoded-history-id', 'none', "Galaxy's encoded id of a history (16 hex) in an API path: an identifier the server encodes with its id_secret, no credential.", ({ rng }) => {
      const id = rng.hex(16);
      return { value: id, event: { gx: [['galaxy.webapps.galaxy.api.histories', 'DEBUG', 'main.1', 'AnyIO worker thread', `Switching current history to ${id} for user sisa`]] } };
    }),
    5,
    plant('api-key-name', 'galaxy-data-fetch-url-allpa-kichana', 'error', `${WHY.apiKey('allpa_kichana')} ("soil key"). A dataset uploaded from a URL keeps the soil laboratory's key in its query; the data fetch tool's job logs the URL.`, ({ rng }) => {
      const key = rng.alnum(30);
      const url = `https://lab.suelosandinos.example/api/v1/analisis.csv?allpa_kichana=${key}&chakra=12`;
      return { value: key, event: { gx: [['galaxy.tools.data_fetch', 'INFO', 'handler_0', 'SlurmRunner.work_thread-1', `Fetching ${url}`], ['galaxy.tools.data_fetch', 'ERROR', 'handler_0', 'SlurmRunner.work_thread-1', `Failed to fetch ${url}: 403 Client Error: Forbidden`]] } };
    }),
    5,
    plant('framework-dump', 'galaxy-command-factory-built-script-tool-password', 'error', "Galaxy's command factory writes the tool command it built, a text parameter named `--pakasqa` (\"hidden\") holding the sensor platform's password.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { gx: [['galaxy.jobs.command_factory', 'INFO', 'handler_0', 'SlurmRunner.work_thread-2', `Built script [/srv/galaxy/jobs/009/9412/tool_script.sh] for tool command [python '/srv/galaxy/tools/allpa/sensor_pull.py' --user 'tarpuq' --pakasqa '${pw}' --out '/srv/galaxy/objects/${rng.hex(3)}/dataset_${rng.uuid()}.dat']`]] } };
    }),
    5,
    plant('session-id', 'galaxy-webapp-invalid-galaxysession-value', 'error', WHY.session("Galaxy's web framework writes the `galaxysession` cookie value it could not match (a live session key of another worker)"), ({ rng }) => {
      const s = rng.hex(32);
      return { value: s, event: { gx: [['galaxy.webapps.base.webapp', 'WARNING', 'main.2', 'AnyIO worker thread', `Unable to find session for galaxysession=${s}, creating a new one`]] } };
    }),
    5,
    plant('implicit-fragment', 'galaxy-framework-invalid-redirect-fragment', 'error', "Galaxy refuses a `redirect` target that is not its own and writes it: the weather portal's implicit-flow answer (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { gx: [['galaxy.web.framework.base', 'WARNING', 'main.1', 'AnyIO worker thread', `Invalid redirect target https://portal.parawillay.example/#access_token=${at}&state=${rng.hex(8)} ignored`]] } };
    }),
    5,
    plant('negative', 'galaxy-dataset-sha1-hash', 'none', 'A dataset hash Galaxy checked on upload (`sha1:<40 hex>`): a hash, no credential.', ({ rng }) => {
      const h = rng.hex(40);
      return { value: h, event: { gx: [['galaxy.tools.data_fetch', 'INFO', 'handler_0', 'SlurmRunner.work_thread-1', `Hash verified for papa_calls.vcf.gz: sha1:${h}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'galaxy' }, filler, render, steps });
}

// =====================================================================================================================
// Jnanadipa Shikhya (Odia; Bhubaneswar: IST, UTC+5:30)
// =====================================================================================================================

const JD = 'jnanadipa.example';

// ---------------------------------------------------------------------------------------------------------------------
// livekit.log: a LiveKit server 1.8 in production with zap's console encoder (`<ISO time with +0530>\t<LEVEL>\t<logger>\t
// <file:line>\t<message>\t<JSON fields>`), the room service, the webhook notifier, egress and ingress requests.
// Written from memory (not fetched).

function livekitLog(rng) {
  const stamp = (t) => `${local(t, IST).slice(0, 23)}${zone(IST)}`;
  const render = (e) => e.lk.map(([lvl, logger, caller, msg, f]) => `${stamp(e.t)}\t${lvl}\t${logger}\t${caller}\t${msg}\t${JSON.stringify(f)}`);
  const room = () => `shreni-${rng.int(6, 10)}-${rng.pick(['ganita', 'bigyana', 'odia', 'ingraji'])}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lk: [['INFO', 'livekit', 'rtc/room.go:422', 'participant active', { room: room(), participant: `chhatra-${rng.int(100, 999)}`, pID: `PA_${rng.alnum(12)}`, connectionType: 'udp' }]] }),
      () => ({ lk: [['INFO', 'livekit', 'service/roommanager.go:318', 'closing participant', { room: room(), participant: `chhatra-${rng.int(100, 999)}`, reason: 'CLIENT_REQUEST_LEAVE' }]] }),
      () => ({ lk: [['DEBUG', 'livekit.transport', 'rtc/transport.go:988', 'ice connected', { room: room(), transport: rng.pick(['PUBLISHER', 'SUBSCRIBER']) }]] }),
      () => ({ lk: [['INFO', 'livekit', 'service/roomservice.go:96', 'ଶ୍ରେଣୀ ଆରମ୍ଭ ହେଲା (class started)', { room: room(), shikhyaka: `shikhyaka-${rng.int(10, 99)}` }]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'livekit-room-sid', 'none', "A room's SID (`RM_<12>`), LiveKit's identifier for a room: no credential.", ({ rng }) => {
      const sid = `RM_${rng.alnum(12)}`;
      return { value: sid, event: { lk: [['INFO', 'livekit', 'service/roommanager.go:142', 'created room', { room: 'shreni-9-ganita', sid }]] } };
    }),
    5,
    plant('webhook', 'livekit-webhook-notifier-pabbly-url', 'error', WHY.webhook('A Pabbly Connect webhook (`connect.pabbly.com/workflow/sendwebhookdata/<id>`) set in the server\'s `webhook.urls`; the notifier writes it when a post fails'), ({ rng }) => {
      const id = rng.b64url(44);
      return { value: id, event: { lk: [['WARN', 'livekit.webhook', 'webhook/url_notifier.go:118', 'failed to send webhook', { url: `https://connect.pabbly.com/workflow/sendwebhookdata/${id}`, event: 'room_finished', error: 'Post: context deadline exceeded' }]] } };
    }),
    5,
    plant('embed-jwt', 'livekit-egress-request-custom-base-url-embed', 'warning', "A room-composite egress records a class through the school's custom layout (`customBaseUrl` …`/embed/shreni/<JWT>`); the start request is logged with its `+0530` time. The layout token is short-lived", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: `https://${JD}`, room: 'shreni-8-bigyana', layout: 'grid' } });
      return { value: token, jwt: facts, event: { lk: [['INFO', 'livekit.egress', 'service/egress.go:161', 'egress request', { egressID: `EG_${rng.alnum(12)}`, request: { roomComposite: { roomName: 'shreni-8-bigyana', customBaseUrl: `https://${JD}/embed/shreni/${token}`, fileOutputs: [{ filepath: 'recordings/{room_name}-{time}.mp4' }] } } }]] } };
    }),
    5,
    plant('framework-dump', 'livekit-egress-request-s3-secret', 'error', "The same kind of egress request dump holds its S3 upload settings (`s3: {accessKey, secret, …}`): the bucket's secret key, written in clear.", ({ rng }) => {
      const secret = rng.b64url(40);
      const egressID = `EG_${rng.alnum(12)}`;
      const request = { roomComposite: { roomName: 'shreni-10-odia', layout: 'speaker', fileOutputs: [{ filepath: 'recordings/{room_name}-{time}.mp4', s3: { accessKey: `JDREC${upperNum(rng, 15)}`, secret, bucket: 'jnanadipa-recordings', region: 'ap-south-1' } }] } };
      return { value: secret, event: { lk: [['INFO', 'livekit.egress', 'service/egress.go:161', 'egress request', { egressID, request }], ['INFO', 'livekit.egress', 'service/egress.go:233', 'egress started', { egressID, status: 'EGRESS_STARTING', request }]] } };
    }),
    5,
    plant('session-id', 'livekit-participant-metadata-adhibeshana', 'error', WHY.session("The school's app puts its web session (`adhibeshana`, \"session\") into the participant's metadata JSON, which the server logs when the participant joins"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { lk: [['INFO', 'livekit', 'rtc/room.go:388', 'participant joining', { room: 'shreni-9-ganita', participant: 'chhatra-412', metadata: JSON.stringify({ adhibeshana: sid, shreni: 9 }) }]] } };
    }),
    5,
    plant('path-secret', 'livekit-ingress-rtmp-url-stream-key', 'error', WHY.pathSecret("An RTMP ingress for a guest teacher's encoder, its stream key the last path segment (`rtmp://…/live/<key>`); the ingress service logs the URL it created. The key lets anyone broadcast into the class until the ingress is deleted, so the URL is the credential"), ({ rng }) => {
      const key = rng.alnum(12);
      return { value: key, event: { lk: [['INFO', 'livekit.ingress', 'service/ingress.go:204', 'ingress created', { ingressID: `IN_${rng.alnum(12)}`, url: `rtmp://ingest.${JD}/live/${key}`, room: 'shreni-7-odia', participant: 'atithi-shikhyaka' }]] } };
    }),
    5,
    plant('id-token', 'livekit-participant-attributes-id-token', 'error', "The app copies the student's ID token into the participant's attributes (`attributes.id_token`), which the server logs with its `+0530` time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), alg: 'RS256', kid: rng.hex(8), jti: true, claims: { iss: `https://login.${JD}`, aud: 'shreni-app', sub: rng.uuid(), name: 'ଚିନ୍ମୟୀ' } });
      return { value: token, jwt: facts, event: { lk: [['INFO', 'livekit', 'rtc/participant.go:611', 'participant attributes updated', { room: 'shreni-8-ganita', participant: 'chhatra-388', attributes: { id_token: token, shreni: '8' } }]] } };
    }),
    5,
    plant('negative', 'livekit-participant-sid', 'none', "A participant's SID (`PA_<12>`): an identifier, no credential.", ({ rng }) => {
      const sid = `PA_${rng.alnum(12)}`;
      return { value: sid, event: { lk: [['INFO', 'livekit', 'rtc/participant.go:1402', 'participant closing', { room: 'shreni-9-ganita', participant: 'chhatra-412', pID: sid, reason: 'CLIENT_REQUEST_LEAVE' }]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'livekit' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// janus.log: a Janus WebRTC Server 1.2 gateway with `-L /var/log/janus.log -d 7 -T` (local IST, no zone):
// `[<Day Mon dd HH:MM:SS yyyy>] <message>`, the HTTP transport's request lines and the incoming API requests as JSON at
// debug level 7, the VideoRoom plugin. Written from memory (not fetched).

function janusLog(rng) {
  const stamp = (t) => { const d = new Date(t + IST * MIN); return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, IST).slice(11, 19)} ${d.getUTCFullYear()}]`; };
  const render = (e) => e.jn.map((m) => `${stamp(e.t)} ${m}`);
  const sess = () => `${rng.int(1000000000000000, 8999999999999999)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ jn: [`[${sess()}] Creating ICE agent (ICE Full mode, controlling)`] }),
      () => ({ jn: [`[${sess()}] The DTLS handshake has been completed`, `[${sess()}] WebRTC media is now available`] }),
      () => ({ jn: [`Got a HTTP POST request on /janus/${sess()}/${sess()}...`] }),
      () => ({ jn: [`[janus.plugin.videoroom-0x7f${rng.hex(10)}] ଶ୍ରେଣୀ କକ୍ଷରେ ଯୋଗଦାନ (joined classroom) room=${rng.int(8101, 8120)}`] }),
      () => ({ jn: [`Sessions watchdog: ${rng.int(0, 3)} sessions timed out`] }),
    ])();
  const steps = [
    5,
    plant('negative', 'janus-session-id', 'none', "A Janus session id (a random 64-bit number the gateway assigns): an identifier, no credential (Janus authenticates requests with `token` or `apisecret`, not with it).", ({ rng }) => {
      const s = sess();
      return { value: s, event: { jn: [`Creating new session: ${s}; 0x7f${rng.hex(10)}`] } };
    }),
    5,
    plant('api-key-name', 'janus-incoming-request-apisecret', 'error', `${WHY.apiKey('apisecret')} Janus' shared API secret, sent in every request's JSON body; debug level 7 writes the incoming request.`, ({ rng }) => {
      const key = rng.alnum(24);
      return { value: key, event: { jn: [`Incoming Janus API request from janus.transport.http: {"janus":"attach","plugin":"janus.plugin.videoroom","transaction":"${rng.alnum(12)}","apisecret":"${key}"}`] } };
    }),
    5,
    plant('replay', 'janus-stored-token-once', 'note', WHY.ticketFirst("A one-time join token of the school's app in Janus' `token` field (stored-token authentication, removed by the app after one join), logged with the request's source. The token is"), ({ rng, t }) => {
      const tok = rng.b64url(32);
      firstUse.jtok = t;
      return { value: tok, event: { jn: [`Incoming Janus API request from janus.transport.http (203.0.113.48:51822): {"janus":"create","transaction":"${rng.alnum(12)}","token":"${tok}"}`] } };
    }, { ref: 'jtok' }),
    5,
    plant('framework-dump', 'janus-videoroom-create-request-secret', 'error', "The same debug output writes a VideoRoom `create` request whose body holds the room's `secret` (the key that edits or destroys the room) in clear.", ({ rng }) => {
      const s = rng.alnum(20);
      return { value: s, event: { jn: [`Incoming Janus API request from janus.transport.http: {"janus":"message","transaction":"${rng.alnum(12)}","body":{"request":"create","room":8114,"description":"ଶ୍ରେଣୀ ୮ ଗଣିତ","secret":"${s}","publishers":20,"is_private":true}}`] } };
    }),
    2,
    plant('replay', 'janus-stored-token-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('jtok').value, why: `${WHY.replay('token', gap('jtok', t))} A second client (another address) created a session with the same one-time token and Janus accepted it: the app had not removed it.` }], event: { jn: [`Incoming Janus API request from janus.transport.http (198.51.100.217:40211): {"janus":"create","transaction":"${rng.alnum(12)}","token":"${refs.get('jtok').value}"}`, `Creating new session: ${sess()}; 0x7f${rng.hex(10)}`] } }), { replayOf: 'jtok', after: 97 }),
    5,
    plant('session-id', 'janus-http-long-poll-adhibeshana', 'error', WHY.session("The school's web client appends its own session (`adhibeshana=`) to Janus' long-poll URL; the HTTP transport writes the request line"), ({ rng }) => {
      const sid = rng.hex(48);
      return { value: sid, event: { jn: [`Got a HTTP GET request on /janus/${sess()}?maxev=10&rid=${rng.int(1000000000000, 9999999999999)}&adhibeshana=${sid}...`] } };
    }),
    5,
    plant('negative', 'janus-transaction-id', 'none', "A Janus API `transaction` id, which the client picks to match answers: no credential.", ({ rng }) => {
      const tr = rng.alnum(12);
      return { value: tr, event: { jn: [`Incoming Janus API request from janus.transport.http: {"janus":"keepalive","session_id":${sess()},"transaction":"${tr}"}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'janus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openvidu.log: an OpenVidu 2.31 server (openvidu-server container, logback `[%p] %d{yyyy-MM-dd HH:mm:ss,SSS} [%t]
// %logger - %m`, IST, no zone): the configuration listing printed at start-up (`   * KEY=value`), the REST API's and
// RPC handler's messages. Written from memory (not fetched).

function openviduLog(rng) {
  const render = (e) => e.ov.map((x) => (typeof x === 'string' ? x : `[${x[0]}] ${ymdHmsAt(e.t, IST)},${msPart(e.t)} [${x[1]}] ${x[2]} - ${x[3]}`));
  const exec = () => `http-nio-0.0.0.0-5443-exec-${rng.int(1, 10)}`;
  const OVS = `openvidu.${JD}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ov: [['INFO', exec(), 'io.openvidu.server.rest.SessionRestController', `REST API: POST /openvidu/api/sessions {"customSessionId":"shreni${rng.int(6, 10)}-${rng.pick(['ganita', 'odia'])}"}`]] }),
      () => ({ ov: [['INFO', 'pool-4-thread-1', 'io.openvidu.server.core.SessionEventsHandler', `Participant con_${rng.alnum(10)} of session shreni${rng.int(6, 10)}-odia left (reason: disconnect)`]] }),
      () => ({ ov: [['INFO', exec(), 'io.openvidu.server.rest.SessionRestController', 'REST API: GET /openvidu/api/sessions']] }),
      () => ({ ov: [['WARN', 'pool-4-thread-2', 'io.openvidu.server.kurento.core.KurentoParticipant', 'ସଂଯୋଗ ବିଫଳ (connection failed): ICE state FAILED, retrying']] }),
    ])();
  const steps = [
    plant('webhook', 'openvidu-startup-config-webhook-endpoint-gotify', 'error', WHY.webhook("A Gotify application's message URL (`/message?token=<app token>`) set as `OPENVIDU_WEBHOOK_ENDPOINT`; OpenVidu's start-up listing of its configuration writes it"), ({ rng }) => {
      const tok = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_', 15);
      return { value: tok, event: { ov: [['INFO', 'main', 'io.openvidu.server.config.OpenviduConfig', ''], '', '   Configuration properties', '   ------------------------', '', '   * CERTIFICATE_TYPE=letsencrypt', `   * DOMAIN_OR_PUBLIC_IP=${OVS}`, '   * OPENVIDU_CDR=false', '   * OPENVIDU_RECORDING=true', '   * OPENVIDU_STREAMS_VIDEO_MAX_RECV_BANDWIDTH=1000', '   * OPENVIDU_WEBHOOK=true', `   * OPENVIDU_WEBHOOK_ENDPOINT=https://gotify.${JD}/message?token=${tok}`] } };
    }, { after: 0 }),
    plant('header-dump', 'openvidu-startup-config-webhook-headers-basic', 'error', "The next line of the listing, `OPENVIDU_WEBHOOK_HEADERS=[\"Authorization: Basic …\"]`: the headers OpenVidu sends with each webhook, base64 of `user:password`.", ({ rng }) => {
      const b = b64Of(`openvidu-hook:${rng.alnum(18)}`);
      return { value: b, event: { ov: [`   * OPENVIDU_WEBHOOK_HEADERS=["Authorization: Basic ${b}"]`, '   * OPENVIDU_WEBHOOK_EVENTS=[sessionCreated,sessionDestroyed,recordingStatusChanged]', ''] } };
    }, { after: 0 }),
    5,
    plant('negative', 'openvidu-custom-session-id', 'none', "An OpenVidu session id (`ses_<10>`), which names the session in URLs and events: an identifier, no credential.", ({ rng }) => {
      const s = `ses_${rng.alnum(10)}`;
      return { value: s, event: { ov: [['INFO', exec(), 'io.openvidu.server.core.SessionManager', `Session ${s} created`]] } };
    }),
    5,
    plant('replay', 'openvidu-joinroom-connection-token-once', 'note', WHY.ticketFirst("An OpenVidu connection token (`wss://…?sessionId=…&token=tok_…`), which the server accepts for one connection; the RPC handler logs the join with the client's address. The token is"), ({ rng, t }) => {
      const tok = `tok_${rng.alnum(16)}`;
      firstUse.ovtok = t;
      return { value: tok, event: { ov: [['INFO', 'pool-3-thread-7', 'io.openvidu.server.rpc.RpcHandler', `New request from participant 203.0.113.71: joinRoom {"token":"wss://${OVS}?sessionId=shreni9-ganita&token=${tok}","session":"shreni9-ganita","platform":"Chrome 143.0.0.0 on Android 16"}`]] } };
    }, { ref: 'ovtok' }),
    5,
    plant('negative', 'openvidu-connection-id', 'none', 'An OpenVidu connection id (`con_<10>`): an identifier, no credential.', ({ rng }) => {
      const c = `con_${rng.alnum(10)}`;
      return { value: c, event: { ov: [['INFO', 'pool-4-thread-3', 'io.openvidu.server.core.SessionEventsHandler', `Participant ${c} published stream str_CAM_${rng.alnum(4)}_${c}`]] } };
    }),
    2,
    plant('replay', 'openvidu-joinroom-connection-token-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('ovtok').value, why: `${WHY.replay('token', gap('ovtok', t))} Another device (another address, another browser) joined with the same connection token and the server accepted it.` }], event: { ov: [['INFO', 'pool-3-thread-2', 'io.openvidu.server.rpc.RpcHandler', `New request from participant 198.51.100.9: joinRoom {"token":"wss://${OVS}?sessionId=shreni9-ganita&token=${refs.get('ovtok').value}","session":"shreni9-ganita","platform":"Firefox 146.0 on Windows 10"}`]] } }), { replayOf: 'ovtok', after: 64 }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'openvidu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kolibri.txt: `~/.kolibri/logs/kolibri.txt` of a Kolibri 0.17 server in a village school (IST, no zone):
// `<LEVEL, 8 wide> <yyyy-mm-dd HH:MM:SS,mmm> <logger> <message>`, the server's request lines, channel imports, the
// error reports app, the school's `jnanadipa_pravesha` plugin with Odia messages. Written from memory (not fetched).

function kolibriLog(rng) {
  const render = (e) => e.kb.map(([lvl, logger, msg]) => `${lvl.padEnd(8)} ${ymdHmsAt(e.t, IST)},${msPart(e.t)} ${logger} ${msg}`);
  const reqLine = (path, status) => ['INFO', 'kolibri.core.request', `${lan(rng, '192.168')} "GET ${path} HTTP/1.1" ${status} ${rng.int(200, 40000)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ kb: [reqLine(`/api/content/contentnode/?parent=${rng.hex(32)}&include_coach_content=false`, 200)] }),
      () => ({ kb: [reqLine(`/content/storage/${rng.hex(1)}/${rng.hex(1)}/${rng.hex(32)}.mp4`, 206)] }),
      () => ({ kb: [['INFO', 'kolibri.core.logger', `Saved ${rng.int(1, 40)} attempt logs for learner chhatra-${rng.int(100, 999)}`]] }),
      () => ({ kb: [['INFO', 'jnanadipa_pravesha', `ପାଠ ସମ୍ପୂର୍ଣ୍ଣ (lesson complete) chhatra-${rng.int(100, 999)}`]] }),
    ])();
  const steps = [
    5,
    plant('negative', 'kolibri-channel-id', 'none', "A Kolibri channel id (32 hex) in an import message: an identifier of public content, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { kb: [['INFO', 'kolibri.core.content.utils.channel_import', `Importing channel ${id} (Odia Ganita Shreni 8) version 14`]] } };
    }),
    5,
    plant('path-secret', 'kolibri-studio-channel-lookup-token', 'error', WHY.pathSecret("An unlisted Studio channel's token in the lookup URL (`/api/public/v1/channels/lookup/<token>`); anyone with it can import the school's private channel, so the path is the credential"), ({ rng }) => {
      const tok = `${rng.chars('bdfghjklmnprstvz', 1)}${rng.chars('aiou', 1)}${rng.chars('bdfghjklmnprstvz', 1)}${rng.chars('aiou', 1)}${rng.chars('bdfghjklmnprstvz', 1)}-${rng.chars('bdfghjklmnprstvz', 1)}${rng.chars('aiou', 1)}${rng.chars('bdfghjklmnprstvz', 1)}${rng.chars('aiou', 1)}${rng.chars('bdfghjklmnprstvz', 1)}`;
      return { value: tok, event: { kb: [['INFO', 'kolibri.core.discovery.utils.network', `Looking up channel token at https://studio.learningequality.org/api/public/v1/channels/lookup/${tok}`]] } };
    }),
    5,
    plant('replay', 'kolibri-pravesha-ek-thara-code-once', 'note', WHY.ticketFirst("A one-time sign-in code (`ek_thara_code`, \"one-time code\") on the school plugin's entry route; the request line writes it. The code is"), ({ rng }) => {
      const code = rng.alnum(20);
      return { value: code, event: { kb: [reqLine(`/jnanadipa/pravesha?ek_thara_code=${code}&shreni=8`, 302)] } };
    }),
    5,
    plant('session-id', 'kolibri-error-report-cookies-kolibri', 'error', WHY.session("Kolibri's error reports app logs a front-end error with the request's cookies (`\"cookies\": {\"kolibri\": \"…\"}`, Kolibri's session cookie)"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { kb: [['ERROR', 'kolibri.core.errorreports', `Frontend error reported: {"error_message": "TypeError: n.progress is undefined", "context": {"url": "/en/learn/#/home", "cookies": {"kolibri": "${sid}", "kolibri_language": "or"}}}`]] } };
    }),
    5,
    plant('encoded', 'kolibri-request-fully-percent-encoded-kunji', 'error', "A tablet app sends `kunji=` (\"key\") with every character percent-encoded (`%4B%39…`); decoded, it is the school's sync key, and the request line writes it encoded.", ({ rng }) => {
      const raw = rng.alnum(24);
      const enc = [...raw].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
      return { value: enc, event: { kb: [reqLine(`/jnanadipa/sync/status?kunji=${enc}`, 200)] } };
    }),
    5,
    plant('implicit-fragment', 'kolibri-error-report-hash-route-access-token', 'error', "An error report's `url` is a hash-routed address of the plugin's page on which the school portal's implicit flow left `access_token=…` after `#/`.", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { kb: [['ERROR', 'kolibri.core.errorreports', `Frontend error reported: {"error_message": "ପ୍ରବେଶ ଅସଫଳ (sign-in failed)", "context": {"url": "/jnanadipa/pravesha/#/sso?access_token=${at}&token_type=Bearer&expires_in=3600"}}`]] } };
    }),
    5,
    plant('negative', 'kolibri-morango-sync-session-id', 'none', "A Morango sync session id (32 hex) of facility data syncing: the name says session, but it is a sync transfer's identifier, no login.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { kb: [['INFO', 'morango.sync.syncsession', `Completed sync session ${id} with https://sync.${JD} (push 214, pull 38 records)`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'kolibri' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout51');
writePart(join(here, 'heldout51'), {
  'wrapper.log': ignitionWrapperLog(rng),
  'openleadr-vtn.log': openLeadrLog(rng),
  'otp.log': otpLog(rng),
  'slurmctld.log': slurmctldLog(rng),
  'geonetwork.log': geonetworkLog(rng),
  'chirpstack.log': chirpstackLog(rng),
  'tts-stack.log': ttsLog(rng),
  'jupyterhub.log': jupyterhubLog(rng),
  '.nextflow.log': nextflowLog(rng),
  'galaxy.log': galaxyLog(rng),
  'livekit.log': livekitLog(rng),
  'janus.log': janusLog(rng),
  'openvidu.log': openviduLog(rng),
  'kolibri.txt': kolibriLog(rng),
});
