// Writes corpus/logs-in-the-wild/heldout38/: a thirty-eighth held-out part, in formats no other part uses (an ESP32
// charger controller's ESP-IDF console saved by idf_monitor, PostgreSQL 17's csvlog with pgAudit and pg_cron, a Travis
// CI raw job log with a gitleaks scan, an iPhone app's Xcode console with Moya's NetworkLoggerPlugin, Cisco Secure
// Firewall Threat Defense connection events (430003) with URL logging, OpenWrt's `logread` of a substation gateway, the
// MySQL Enterprise Audit plugin's JSON log, a JavaFX desktop app's java.util.logging XMLFormatter file, `flux logs` of
// Flux's controllers, an lftp `debug` log of a nightly mirror job, a Capacitor app's Xcode console, a Go Machinery
// worker's log, Kerio Control's HTTP log, a terminal session of `grpcurl -v`), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout38.mjs     rewrites heldout38/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Ampwell, a network of EV charging depots for delivery fleets in Columbus, Ohio (English, five logs);
// Siltumzīme, a district heating company with smart heat meters in Valmiera (Latvian messages, routes, table, column,
// parameter and option names, transliterated to ASCII where an identifier needs it, English code names, five logs);
// Kelderdeur, a wine club and tasting room booking service in Stellenbosch (Afrikaans messages, routes and parameter
// names, English code names, four logs). Standard names (OAuth's, vendors') stay as their specifications and vendors
// write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'lftp/4.9.3'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 6, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** `yyyy-MM-dd HH:mm:ss` at `offset` minutes. */
const ymdHmsAt = (ms, offset = 0) => local(ms, offset).slice(0, 19).replace('T', ' ');
/** `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes. */
const ymdHmsMsAt = (ms, offset = 0) => local(ms, offset).slice(0, 23).replace('T', ' ');
/** A lower-case base32 string (RFC 4648 alphabet), as some vendors write tokens. */
const base32 = (rng, n) => rng.chars('abcdefghijklmnopqrstuvwxyz234567', n);
/** A value quoted for CSV the way PostgreSQL's csvlog writes a literal (always quoted, quotes doubled). */
const csvLit = (s) => `"${String(s).replace(/"/g, '""')}"`;
/** JSON as Foundation's JSONSerialization writes it (slashes escaped). */
const nsJson = (v) => JSON.stringify(v).replace(/\//g, '\\/');
/** Go's encoding/json (escapes `&`, `<`, `>`). */
const goJson = (v) => JSON.stringify(v).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
/** Shannon entropy in bits a character, as gitleaks computes it. */
const entropy = (s) => {
  const counts = {};
  for (const c of s) counts[c] = (counts[c] ?? 0) + 1;
  return -Object.values(counts).reduce((sum, n) => sum + (n / s.length) * Math.log2(n / s.length), 0);
};
/** The spaced hex bytes ESP_LOG_BUFFER_HEX writes. */
const spacedHex = (buf) => [...buf].map((b) => b.toString(16).padStart(2, '0')).join(' ');
/** `Tue Jul 13 06:58:01 2027`, as OpenWrt's logread and ctime write a time (day of month padded with a space). */
const ctimeAt = (ms, offset) => {
  const d = new Date(ms + offset * MIN);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(ms, offset).slice(11, 19)} ${d.getUTCFullYear()}`;
};

// =====================================================================================================================
// Ampwell (English; Columbus, Ohio: EDT, UTC-4, in July)
// =====================================================================================================================

const EDT = -240;
const AW = 'ampwell.example';
const DEPOTS = ['CMH-1 Groveport', 'CMH-2 Obetz', 'CMH-3 Hilliard', 'CMH-4 Westerville'];
const FLEETS = ['Buckeye Parcel', 'Scioto Grocers', 'Olentangy Linen', 'Short North Florist', 'German Village Bakes'];
const CP = 'AMP-CP-4471';

// ---------------------------------------------------------------------------------------------------------------------
// log.ampwell_cp.20270714094211.txt: the log file idf_monitor writes (Ctrl+T, Ctrl+L) while a field engineer watches the
// serial console of a charger controller (an ESP32 running Ampwell's firmware, a diagnostic build with HTTP_CLIENT at
// DEBUG and log colours off): the ROM and second stage bootloader lines, then ESP-IDF's log lines `<L> (<ms since
// boot>) <tag>: <message>`, no date. esp_http_client's DEBUG line `Write header[%d]: %s` prints the request head it is
// about to send, CRLFs included, so the header lines follow unprefixed (each ending in `\r`). ESP_LOG_BUFFER_HEX writes
// bytes as spaced hex, 16 a line. https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/system/log.html
// (not fetched; the line format from memory), components/esp_http_client/esp_http_client.c (the `Write header` line,
// read through search); the bootloader and app_init lines from memory of ESP-IDF v5 output.

function espIdfLog(rng) {
  const boot = DAY0 + 2 * 24 * HOUR + 13 * HOUR + 42 * MIN + 11000;
  const since = (ms) => ms - boot + 940;
  const render = (e) => e.lines.map(([lvl, tag, msg], i) => `${lvl} (${since(e.t) + i * 3}) ${tag}: ${msg}`);
  const ocpp = (action, payload) => `[2,"${rng.uuid()}","${action}",${JSON.stringify(payload)}]`;
  let energy = 1520344;
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const id = rng.uuid();
        return { lines: [['I', 'ocpp', `-> [2,"${id}","Heartbeat",{}]`], ['I', 'ocpp', `<- [3,"${id}",{"currentTime":"${iso(t)}"}]`]] };
      },
      () => {
        energy += rng.int(180, 900);
        return { lines: [['I', 'ocpp', `-> ${ocpp('MeterValues', { connectorId: 1, transactionId: 88120 + rng.int(0, 9), meterValue: [{ timestamp: iso(t).replace(/\.\d+Z$/, 'Z'), sampledValue: [{ value: String(energy), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }, { value: (rng.int(60, 110) / 10).toFixed(1), measurand: 'Power.Active.Import', unit: 'kW' }] }] })}`]] };
      },
      () => ({ lines: [['I', 'hw', `board temp ${(rng.int(380, 470) / 10).toFixed(1)} C, relay closed, RCD ok, CP state C`]] }),
      () => ({ lines: [['W', 'hw', `contactor feedback late by ${rng.int(12, 40)} ms`]] }),
      () => ({ lines: [['I', 'net', `rssi ${-rng.int(52, 78)} dBm, heap free ${rng.int(61000, 98000)}`]] }),
    ])();
  const writeHeader = (method, path, host, headers, body) => {
    const head = [`${method} ${path} HTTP/1.1`, 'User-Agent: ESP32 HTTP Client/1.0', `Host: ${host}`, ...headers.map(([k, v]) => `${k}: ${v}`)];
    if (body !== undefined) head.push(`Content-Length: ${body}`);
    return `Write header[${head.length}]: ${head.join('\r\n')}\r\n\r\n`;
  };
  const header = [
    '--- idf_monitor on /dev/ttyUSB0 115200 ---',
    '--- Quit: Ctrl+] | Menu: Ctrl+T | Help: Ctrl+T followed by Ctrl+H ---',
    'ets Jul 29 2019 12:21:46',
    '',
    'rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)',
    'configsip: 0, SPIWP:0xee',
    'clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00',
    'mode:DIO, clock div:2',
    'load:0x3fff0030,len:7208',
    'load:0x40078000,len:15752',
    'load:0x40080400,len:4',
    'load:0x40080404,len:3880',
    'entry 0x40080640',
    'I (31) boot: ESP-IDF v5.3.2 2nd stage bootloader',
    'I (31) boot: compile time Jul  2 2027 14:03:11',
    'I (31) boot: Multicore bootloader',
    'I (35) boot: chip revision: v3.1',
    'I (39) boot.esp32: SPI Speed      : 40MHz',
    'I (44) boot.esp32: SPI Mode       : DIO',
    'I (48) boot.esp32: SPI Flash Size : 8MB',
    'I (53) boot: Enabling RNG early entropy source...',
    'I (58) boot: Partition Table:',
    'I (62) boot: ## Label            Usage          Type ST Offset   Length',
    'I (69) boot:  0 nvs              WiFi data        01 02 00009000 00004000',
    'I (77) boot:  1 otadata          OTA data         01 00 0000d000 00002000',
    'I (84) boot:  2 phy_init         RF data          01 01 0000f000 00001000',
    'I (92) boot:  3 ota_0            OTA app          00 10 00010000 00300000',
    'I (99) boot:  4 ota_1            OTA app          00 11 00310000 00300000',
    'I (107) boot: End of partition table',
    'I (111) boot: Loaded app from partition at offset 0x310000',
  ];
  const steps = [
    plant('negative', 'esp-idf-app-init-elf-sha256', 'none', "app_init's `ELF file SHA256:` line at boot: the first 16 hex digits of the firmware image's hash, printed by every ESP-IDF app: no credential.", ({ rng }) => {
      const h = rng.hex(16);
      return { value: h, event: { lines: [['I', 'cpu_start', 'Multicore app'], ['I', 'cpu_start', 'Pro cpu start user code'], ['I', 'cpu_start', 'cpu freq: 160000000 Hz'], ['I', 'app_init', 'Application information:'], ['I', 'app_init', 'Project name:     ampwell_cp'], ['I', 'app_init', 'App version:      4.7.2-diag'], ['I', 'app_init', 'Compile time:     Jul  2 2027 14:03:07'], ['I', 'app_init', `ELF file SHA256:  ${h}...`], ['I', 'app_init', 'ESP-IDF:          v5.3.2'], ['I', 'main_task', 'Started on CPU0'], ['I', 'main_task', 'Calling app_main()']] } };
    }, { after: 0 }),
    plant('framework-dump', 'esp-idf-app-config-json-wifi-psk', 'error', "The firmware prints the configuration it loaded from NVS at boot (cJSON's unformatted print of the whole object): the depot's Wi-Fi passphrase `psk` is in it, on a serial console any installer's laptop records.", ({ rng }) => {
      const psk = `${rng.alnum(12)}-${digits(rng, 4)}`;
      return { value: psk, event: { lines: [['I', 'cfg', `loaded from nvs: {"wifi":{"ssid":"AMP-Depot-Ops","psk":"${psk}","country":"US"},"ocpp":{"url":"wss://ocpp.${AW}/cp/${CP}","hb":300,"profile":1},"fw":{"channel":"stable","auto":true}}`]] } };
    }, { after: 1 }),
    { raw: { lines: [['I', 'net', 'wifi connected to AMP-Depot-Ops (channel 6, rssi -61 dBm)'], ['I', 'esp_netif_handlers', 'sta ip: 10.40.8.57, mask: 255.255.255.0, gw: 10.40.8.1']] }, after: 3 },
    plant('encoded', 'esp-idf-log-buffer-hex-ocpp-authorization-key', 'error', "The diagnostic build dumps the OCPP AuthorizationKey (the charge point's password for security profile 1) with ESP_LOG_BUFFER_HEX: 16 bytes as spaced hex on one line, one decoding away from the password the CSMS accepts.", ({ rng }) => {
      const key = spacedHex(rng.bytes(16));
      return { value: key, event: { lines: [['D', 'ocpp', 'AuthorizationKey (16 bytes):'], ['D', 'ocpp', key]] } };
    }),
    plant('negative', 'esp-idf-ocpp-bootnotification-message-id', 'none', "The unique id of an OCPP-J CALL (`BootNotification`) and of its CALLRESULT, one request's two frames: a message identifier, no credential.", ({ rng, t }) => {
      const id = rng.uuid();
      return { value: id, event: { lines: [['I', 'ocpp', `-> [2,"${id}","BootNotification",{"chargePointVendor":"Ampwell","chargePointModel":"AW-22","chargePointSerialNumber":"AW22-0004471","firmwareVersion":"4.7.2-diag"}]`], ['I', 'ocpp', `<- [3,"${id}",{"status":"Accepted","currentTime":"${iso(t + 180)}","interval":300}]`]] } };
    }),
    3,
    plant('header-dump', 'esp-idf-http-client-write-header-authorization-basic', 'error', "esp_http_client at DEBUG writes the request head it sends (`Write header[n]:` and the header lines that follow, each ending in a CR): the charge point's `Authorization: Basic` (base64 of its id and password) for the diagnostics upload.", ({ rng }) => {
      const b = b64Of(`${CP}:${rng.alnum(20)}`);
      return { value: b, event: { lines: [['I', 'diag', 'uploading diagnostics bundle (12288 bytes)'], ['D', 'HTTP_CLIENT', writeHeader('POST', `/v2/chargers/${CP}/diagnostics`, `api.${AW}`, [['Authorization', `Basic ${b}`], ['Content-Type', 'application/octet-stream']], 12288)], ['I', 'diag', 'upload done, HTTP 201']] } };
    }),
    3,
    plant('path-secret', 'esp-idf-provisioning-claim-link', 'error', WHY.pathSecret('An unclaimed charger prints the installer claim link (`/claim/<charger>/<token>`) on its console at first connection'), ({ rng }) => {
      const tok = base32(rng, 26);
      return { value: tok, event: { lines: [['W', 'provision', 'charger not claimed by a depot yet'], ['I', 'provision', `installer claim link: https://app.${AW}/claim/${CP}/${tok}`]] } };
    }),
    3,
    plant('api-key-name', 'esp-idf-http-client-write-header-x-charger-secret', 'error', `${WHY.apiKey('X-Charger-Secret')} The tariff download sets the charger's secret as a custom header, and esp_http_client's DEBUG line writes it among the request head's lines.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { lines: [['D', 'HTTP_CLIENT', writeHeader('GET', `/v2/chargers/${CP}/tariff?depot=CMH-2`, `api.${AW}`, [['X-Charger-Secret', key], ['Accept', 'application/json']])], ['I', 'tariff', 'tariff CMH-2 v31 applied: 0.39 USD/kWh, idle fee after 20 min']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: boot, site: { host: 'cp' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// postgresql-2027-07-14_000000.csv: Ampwell's charging management database, PostgreSQL 17 with `log_destination =
// 'csvlog'`, pgAudit (`pgaudit.log = 'read, write, role, ddl'`, `pgaudit.log_parameter = on`) and pg_cron
// (`cron.log_statement = on`), the pgsql-http extension for HTTP calls. One CSV record a
// line: log_time, user_name, database_name, process_id, connection_from, session_id, session_line_num, command_tag,
// session_start_time, virtual_transaction_id, transaction_id, error_severity, sql_state_code, message, detail, hint,
// internal_query, internal_query_pos, context, query, query_pos, location, application_name, backend_type, leader_pid,
// query_id. pgAudit's message `AUDIT: <SESSION|OBJECT>,<statement id>,<substatement id>,<class>,<command>,<object
// type>,<object name>,<statement>,<parameters>` (its own CSV, quoted when needed) with errhidestmt, so `query` stays
// empty; it writes `<REDACTED>` after a PASSWORD in CREATE/ALTER ROLE. pg_cron's launcher writes `cron job <n> starting:
// <command>` and `cron job <n> completed: …`; a statement that reads no table is still logged as a session record. https://www.postgresql.org/docs/17/runtime-config-logging.html#RUNTIME-CONFIG-LOGGING-CSVLOG
// (not fetched; the columns from memory of csvlog.c), https://github.com/pgaudit/pgaudit (pgaudit.c, read),
// https://github.com/citusdata/pg_cron (src/pg_cron.c's log lines, read through search).

function pgCsvLog(rng) {
  const pgT = (ms) => `${ymdHmsMsAt(ms)} UTC`;
  const start0 = DAY0 + 2 * 24 * HOUR + 13 * HOUR;
  const mk = (o) => ({ line: 0, lxid: rng.int(900, 4000), ...o });
  const B = {
    api: mk({ user: 'csms_app', db: 'csms', pid: 48211, from: `10.40.2.17:${rng.int(40000, 60000)}`, start: start0 - rng.int(3600, 7200) * 1000, app: 'csms-api', type: 'client backend', proc: 5 }),
    portal: mk({ user: 'portal_app', db: 'csms', pid: 48377, from: `10.40.2.23:${rng.int(40000, 60000)}`, start: start0 - rng.int(1800, 3600) * 1000, app: 'driver-portal', type: 'client backend', proc: 7 }),
    admin: mk({ user: 'k.ostrowski', db: 'csms', pid: 51904, from: `10.40.0.12:${rng.int(40000, 60000)}`, start: start0 + 40 * 1000, app: 'psql', type: 'client backend', proc: 11 }),
    cron: mk({ pid: 1187, start: start0 - 9 * 24 * HOUR, type: 'pg_cron launcher', bg: true }),
    job: mk({ user: 'csms_jobs', db: 'csms', pid: 0, from: '127.0.0.1', start: 0, app: 'pg_cron', type: 'client backend', proc: 14 }),
    ckpt: mk({ pid: 1102, start: start0 - 9 * 24 * HOUR, type: 'checkpointer', bg: true }),
  };
  const row = (ms, b, { sev = 'LOG', state = '00000', msg, tag = '', txid = 0, qid }) => {
    b.line += 1;
    const fields = [
      pgT(ms), b.bg ? '' : csvLit(b.user), b.bg ? '' : csvLit(b.db), b.pid, b.bg ? '' : `"${b.from}"`, `${sec(b.start).toString(16)}.${b.pid.toString(16)}`, b.line, b.bg ? '' : csvLit(tag), `${ymdHmsAt(b.start)} UTC`, b.bg ? '' : `${b.proc}/${(b.lxid += 1)}`, txid, sev, state, csvLit(msg), '', '', '', '', '', '', '', '', csvLit(b.app ?? ''), csvLit(b.type), '', b.bg ? 0 : (qid ?? `${rng.pick(['', '-'])}${rng.int(1, 8)}${digits(rng, 18)}`),
    ];
    return fields.join(',');
  };
  const csvq = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const audit = (n, cls, cmd, stmt, params, objType = '', objName = '') => `AUDIT: SESSION,${n},1,${cls},${cmd},${objType},${objName},${csvq(stmt)},${params === undefined ? '<none>' : csvq(params.map(csvq).join(','))}`;
  let stmtNo = 0;
  const render = (e) =>
    e.rows.map(([who, r], i) => {
      const b = B[who];
      if (who === 'job') {
        b.pid = e.jobPid;
        b.start = e.t + i * 10;
        b.from = `127.0.0.1:${e.jobPort}`;
        b.line = 0;
      }
      return row(e.t + i * 11, b, r);
    });
  const depotId = () => rng.int(1, 4);
  const filler = (rng) =>
    rng.pick([
      () => ({ rows: [['api', { tag: 'SELECT', msg: audit((stmtNo += 1), 'READ', 'SELECT', 'SELECT id, status, last_heartbeat FROM chargers WHERE depot_id = $1 ORDER BY id', [String(depotId())]) }]] }),
      () => ({ rows: [['api', { tag: 'INSERT', txid: rng.int(9820000, 9890000), msg: audit((stmtNo += 1), 'WRITE', 'INSERT', 'INSERT INTO meter_values (charger_id, connector_id, transaction_id, wh, measured_at) VALUES ($1, $2, $3, $4, $5)', [`AMP-CP-${rng.int(4400, 4499)}`, '1', String(rng.int(88000, 88999)), String(rng.int(1200000, 1900000)), `${ymdHmsAt(DAY0 + 2 * 24 * HOUR + 14 * HOUR)}+00`]) }]] }),
      () => ({ rows: [['portal', { tag: 'SELECT', msg: audit((stmtNo += 1), 'READ', 'SELECT', 'SELECT s.id, s.kwh, s.cost_cents FROM charging_sessions s WHERE s.fleet_id = $1 AND s.started_at >= $2', [String(rng.int(200, 240)), '2027-07-01 00:00:00+00']) }]] }),
      () => ({ rows: [['portal', { tag: 'SELECT', msg: audit((stmtNo += 1), 'READ', 'SELECT', 'SELECT id, name, status FROM depots WHERE id = ANY($1)', ['{1,2,3,4}']) }]] }),
      () => ({ rows: [['api', { tag: 'UPDATE', txid: rng.int(9820000, 9890000), msg: audit((stmtNo += 1), 'WRITE', 'UPDATE', 'UPDATE chargers SET status = $1, last_heartbeat = now() WHERE id = $2', [rng.pick(['Available', 'Charging', 'SuspendedEV', 'Finishing']), `AMP-CP-${rng.int(4400, 4499)}`]) }]] }),
      () => ({ rows: [['ckpt', { msg: `checkpoint complete: wrote ${rng.int(200, 900)} buffers (${(rng.int(10, 60) / 10).toFixed(1)}%); 0 WAL file(s) added, 0 removed, 1 recycled; write=${rng.int(20, 40)}.${digits(rng, 3)} s, sync=0.0${digits(rng, 2)} s, total=${rng.int(20, 40)}.${digits(rng, 3)} s; sync files=${rng.int(20, 80)}, longest=0.00${rng.int(1, 9)} s, average=0.001 s; distance=${rng.int(4000, 9000)} kB, estimate=${rng.int(9000, 12000)} kB; lsn=3/${rng.hex(8).toUpperCase()}, redo lsn=3/${rng.hex(8).toUpperCase()}` }]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'pgaudit-alter-role-password-redacted', 'none', 'pgAudit writes `<REDACTED>` for everything after PASSWORD in an ALTER ROLE (ROLE class): the statement holds no password on the line.', () => ({ value: 'PASSWORD <REDACTED>', event: { rows: [['admin', { tag: 'ALTER ROLE', msg: audit((stmtNo += 1), 'ROLE', 'ALTER ROLE', 'ALTER ROLE csms_reporting WITH LOGIN PASSWORD <REDACTED>') }]] } })),
    3,
    plant('header-dump', 'pg-cron-pgsql-http-authorization-bearer-service-jwt', 'error', "A pg_cron job calls the settlement service with the pgsql-http extension, a bearer JWT in the request's headers: the launcher writes the job's command (`cron job 4 starting: …`) and pgAudit writes the same statement again when the job's connection runs it (a READ session record: the SELECT reads no table).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 10 * 365 * 86400, age: 203 * 86400 + rng.int(0, 80000), claims: { iss: `https://auth.${AW}`, sub: 'pg_cron', aud: 'settlement', scope: 'settlement:run' } });
      const cmd = `SELECT status FROM http(('POST', 'https://settle.${AW}/v1/runs', ARRAY[http_header('Authorization', 'Bearer ${token}')], 'application/json', '{"window":"hourly"}')::http_request)`;
      return { value: token, jwt: facts, event: { jobPid: rng.int(52000, 59000), jobPort: rng.int(40000, 60000), rows: [['cron', { msg: `cron job 4 starting: ${cmd}` }], ['job', { tag: 'SELECT', msg: audit(1, 'READ', 'SELECT', cmd) }], ['cron', { msg: 'cron job 4 completed: 1 row' }]] } };
    }),
    3,
    plant('refresh-token', 'pgaudit-parameter-column-refresh-token', 'error', `${WHY.refresh} The API stores a fleet's telematics refresh token with a prepared UPDATE; pgAudit with \`log_parameter\` writes the bound values after the statement, the token first.`, ({ rng }) => {
      const rt = `${rng.alnum(44)}`;
      return { value: rt, event: { rows: [['api', { tag: 'UPDATE', txid: rng.int(9820000, 9890000), msg: audit((stmtNo += 1), 'WRITE', 'UPDATE', 'UPDATE fleet_integrations SET refresh_token = $1, rotated_at = now() WHERE fleet_id = $2 AND provider = $3', [rt, '212', 'samsara']) }]] } };
    }),
    3,
    plant('webhook', 'pgaudit-insert-literal-better-stack-incoming-webhook', 'error', WHY.webhook('A Better Stack incoming webhook URL (`/api/v1/incoming-webhook/<token>`) an operator stores as an alert route with psql; pgAudit writes the INSERT with its literals'), ({ rng }) => {
      const tok = rng.alnum(24);
      return { value: tok, event: { rows: [['admin', { tag: 'INSERT', txid: rng.int(9820000, 9890000), msg: audit((stmtNo += 1), 'WRITE', 'INSERT', `INSERT INTO alert_routes (name, kind, url, enabled) VALUES ('charger-offline-cmh', 'betterstack', 'https://uptime.betterstack.com/api/v1/incoming-webhook/${tok}', true)`) }]] } };
    }),
    3,
    plant('id-token', 'pgaudit-parameter-column-id-token-lookup', 'error', "The driver portal looks up a session by the ID token a sign-out request carries; pgAudit's READ record writes the bound ID token (RS256, live).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(600, 1800), alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://id.${AW}`, aud: 'driver-portal', sub: rng.uuid(), sid: rng.uuid(), name: 'Dwayne Okafor', fleet: 'Buckeye Parcel' } });
      return { value: token, jwt: facts, event: { rows: [['portal', { tag: 'SELECT', msg: audit((stmtNo += 1), 'READ', 'SELECT', 'SELECT user_id, sid, created_at FROM sso_sessions WHERE id_token = $1 AND revoked_at IS NULL', [token]) }]] } };
    }),
    3,
    plant('api-key-name', 'pgaudit-insert-literal-ocpi-credentials-token', 'error', `${WHY.apiKey('token')} A roaming partner's OCPI credentials token (the \`Token\` its platform accepts from Ampwell) inserted by hand; pgAudit writes the literal.`, ({ rng }) => {
      const tok = rng.uuid();
      return { value: tok, event: { rows: [['admin', { tag: 'INSERT', txid: rng.int(9820000, 9890000), msg: audit((stmtNo += 1), 'WRITE', 'INSERT', `INSERT INTO ocpi_credentials (party_id, country_code, role, token, versions_url) VALUES ('EVX', 'US', 'EMSP', '${tok}', 'https://ocpi.evxroam.example/ocpi/versions')`) }]] } };
    }),
    3,
    plant('negative', 'pgaudit-parameter-vehicle-vin', 'none', "A vehicle's VIN bound in a lookup (17 characters, stamped on the vehicle): an identifier, no credential.", ({ rng }) => {
      const vin = `1FT${rng.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)}`;
      return { value: vin, event: { rows: [['api', { tag: 'SELECT', msg: audit((stmtNo += 1), 'READ', 'SELECT', 'SELECT id, fleet_id, battery_kwh FROM vehicles WHERE vin = $1', [vin]) }]] } };
    }),
    3,
    plant('embed-jwt', 'pgaudit-update-literal-embed-url-jwt-no-exp', 'error', "A depot wallboard's embed URL (`/embed/depot-load/<JWT>`) set by hand; pgAudit writes the UPDATE with the literal URL: a JWT without `exp` (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(3600, 90000), claims: { resource: { dashboard: 12 }, params: { depot: 'CMH-2' } } });
      return { value: token, jwt: facts, event: { rows: [['admin', { tag: 'UPDATE', txid: rng.int(9820000, 9890000), msg: audit((stmtNo += 1), 'WRITE', 'UPDATE', `UPDATE depot_wallboards SET embed_url = 'https://insights.${AW}/embed/depot-load/${token}' WHERE id = 7`) }]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: start0 + 2 * MIN, site: { host: 'pg' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// travis-job-1187452301.txt: the raw log of a Travis CI job (travis-ci.com) of Ampwell's CSMS repository as the API's
// log.txt returns it: `travis_fold:start:…`/`travis_time:start:…` markers, each followed by `\r\e[0K`, ANSI colours on
// the section titles, `$ <command>` for every command as written in .travis.yml (variables unexpanded), `Setting
// environment variables from repository settings` (`$ export NAME=[secure]` unless a variable is set to display its
// value) and from .travis.yml, `The command "…" exited with <n>.`, `Done. Your build exited with <n>.`; a Jest run's
// captured `console.log`; gitleaks 8's banner, its verbose findings (`%-12s %s`: Finding, Secret, RuleID, Entropy, File,
// Line, Commit, Author, Email, Date, Fingerprint, Link) and its zerolog console lines. https://docs.travis-ci.com/user/environment-variables/
// (not fetched); a raw Travis log read through search (markers and env sections); gitleaks' detect/utils.go
// (`printFinding`, read).

function travisLog(rng) {
  const ESC = '\x1b';
  const K = `\r${ESC}[0K`;
  let tt = DAY0 + 2 * 24 * HOUR + 18 * HOUR;
  const timer = (event, dur) => {
    const id = rng.hex(8);
    const s = BigInt(tt) * 1000000n + BigInt(rng.int(0, 999999));
    const f = s + BigInt(dur) * 1000000n + BigInt(rng.int(0, 999999));
    tt += dur + rng.int(2, 40);
    return [`travis_time:start:${id}${K}`, `travis_time:end:${id}:start=${s},finish=${f},duration=${f - s},event=${event}${K}`];
  };
  const render = (e) => e.lines;
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [`PASS test/ocpp/${rng.pick(['heartbeat', 'meter-values', 'status', 'authorize', 'remote-start'])}.test.ts (${(rng.int(8, 90) / 10).toFixed(1)} s)`] }),
      () => ({ lines: [`PASS test/billing/${rng.pick(['tariff', 'idle-fee', 'invoice', 'settlement'])}.test.ts`] }),
      () => ({ lines: [`PASS test/fleet/${rng.pick(['drivers', 'vehicles', 'depots'])}.test.ts (${(rng.int(8, 40) / 10).toFixed(1)} s)`] }),
    ])();
  const sha = rng.hex(40);
  const TESTS = rng.int(380, 470);
  const [t1a, t1b] = timer('checkout', 1840);
  const [t2a, t2b] = timer('env', 9);
  const header = [
    `travis_fold:start:worker_info${K}${ESC}[33;1mWorker information${ESC}[0m`,
    `hostname: ${rng.uuid()}@1.worker-com-${rng.hex(10)}-${lowerNum(rng, 5)}.gce-production-2`,
    'version: v6.2.30 https://github.com/travis-ci/worker/tree/7a1b5c0e2f6d4a9b8c3d1e0f2a4b6c8d9e0f1a2b',
    `instance: travis-job-${rng.uuid()} travis-ci-ubuntu-jammy-1752134567-${rng.hex(7)} (via amqp)`,
    `startup: ${(rng.int(4000, 8000) / 1000).toFixed(9)}s`,
    `travis_fold:end:worker_info${K}`,
    `travis_fold:start:git.checkout${K}${t1a}$ git clone --depth=50 --branch=main https://github.com/ampwell/csms.git ampwell/csms`,
    "Cloning into 'ampwell/csms'...",
    `${t1b}$ cd ampwell/csms`,
    `$ git checkout -qf ${sha}`,
    `travis_fold:end:git.checkout${K}`,
    t2a,
    `${ESC}[33;1mSetting environment variables from repository settings${ESC}[0m`,
  ];
  const steps = [
    plant('webhook', 'travis-repository-setting-displayed-portainer-stack-webhook', 'error', WHY.webhook('A Portainer GitOps stack webhook (`/api/stacks/webhooks/<uuid>`: the uuid alone redeploys the stack) kept as a repository setting whose "display value in build log" is on, so Travis prints `$ export NAME=<value>`'), ({ rng }) => {
      const u = rng.uuid();
      return { value: u, event: { lines: [`$ export PORTAINER_STACK_WEBHOOK=https://portainer.${AW}/api/stacks/webhooks/${u}`] } };
    }, { after: 0 }),
    plant('negative', 'travis-repository-setting-secure', 'none', 'A repository setting Travis keeps hidden: `$ export NAME=[secure]`, no value on the line.', () => ({ value: 'STRIPE_SECRET_KEY=[secure]', event: { lines: ['$ export STRIPE_SECRET_KEY=[secure]', '$ export GITLEAKS_LICENSE=[secure]', '', `${ESC}[33;1mSetting environment variables from .travis.yml${ESC}[0m`, '$ export NODE_ENV=test'] } }), { after: 0 }),
    plant('encoded', 'travis-yml-env-docker-auth-base64', 'error', "A plain `env:` variable in .travis.yml that a build script writes into ~/.docker/config.json: base64 of the registry user and password, printed by Travis's env section.", ({ rng }) => {
      const b = b64Of(`ampwell-ci:${rng.alnum(22)}`);
      return { value: b, event: { lines: [`$ export DOCKER_AUTH=${b}`, '', t2b, `travis_fold:start:nvm.install${K}${timer('nvm.install', 2400)[0]}$ nvm install 22`, 'Downloading and installing node v22.17.1...', 'Now using node v22.17.1 (npm v10.9.3)', `travis_fold:end:nvm.install${K}`, '$ node --version', 'v22.17.1', '$ npm --version', '10.9.3', `travis_fold:start:install${K}$ npm ci`, `added ${rng.int(1100, 1300)} packages, and audited ${rng.int(1300, 1400)} packages in ${rng.int(14, 40)}s`, '', `${rng.int(150, 220)} packages are looking for funding`, '  run `npm fund` for details', '', 'found 0 vulnerabilities', `travis_fold:end:install${K}`, '$ npm test', '', '> csms@4.12.0 test', '> jest --ci', ''] } };
    }, { after: 0 }),
    4,
    plant('path-secret', 'travis-jest-console-log-fleet-invite-link', 'error', WHY.pathSecret("A test against the staging API prints the fleet invitation link it creates (Jest's captured `console.log`, the link on its own indented line)"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: ['  console.log', `    fleet invite created: https://fleet-staging.${AW}/invite/${tok}`, '', '      at Object.log (test/fleet/invites.test.ts:58:13)', '', `PASS test/fleet/invites.test.ts (${(rng.int(20, 60) / 10).toFixed(1)} s)`] } };
    }),
    3,
    { raw: { lines: ['', `Test Suites: 42 passed, 42 total`, `Tests:       ${TESTS} passed, ${TESTS} total`, 'Snapshots:   0 total', `Time:        ${rng.int(40, 90)}.${digits(rng, 3)} s`, 'Ran all test suites.', '', 'The command "npm test" exited with 0.', '', '$ gitleaks detect --source . --log-opts="-n 50" -v', '', '    ○', '    │╲', '    │ ○', '    ○ ░', '    ░    gitleaks', ''] }, after: 1 },
    plant('api-key-name', 'travis-gitleaks-verbose-finding-stripe-live-key', 'error', `${WHY.apiKey('STRIPE_SECRET_KEY')} gitleaks, run without \`--redact\`, prints what it found in a committed staging env file: the \`Finding:\` line with its context and the \`Secret:\` line (one finding, two lines).`, ({ rng }) => {
      const key = `sk_live_${rng.alnum(24)}`;
      const c = rng.hex(40);
      const SCANNED = rng.int(700000, 900000);
      return { value: key, event: { lines: [`Finding:     STRIPE_SECRET_KEY=${key}`, `Secret:      ${key}`, 'RuleID:      stripe-access-token', `Entropy:     ${entropy(key).toFixed(6)}`, 'File:        deploy/staging.env', 'Line:        7', `Commit:      ${c}`, 'Author:      Priya Raman', `Email:       priya.raman@${AW}`, 'Date:        2027-07-13T21:04:19Z', `Fingerprint: ${c}:deploy/staging.env:stripe-access-token:7`, `Link:        https://github.com/ampwell/csms/blob/${c}/deploy/staging.env#L7`, '', '2:14PM INF 50 commits scanned.', `2:14PM INF scanned ~${SCANNED} bytes (${(SCANNED / 1000).toFixed(2)} KB) in 1.${digits(rng, 2)}s`, '2:14PM WRN leaks found: 1', '', 'The command "gitleaks detect --source . --log-opts="-n 50" -v" exited with 1.', ''] } };
    }),
    plant('negative', 'travis-script-line-unexpanded-variable', 'none', 'An after_script notification as .travis.yml writes it: Travis echoes the command with the variable reference, not its value (`"$SLACK_BUILD_HOOK"`).', () => ({ value: '"$SLACK_BUILD_HOOK"', event: { lines: [`travis_fold:start:after_script${K}$ curl -fsS -X POST -d "payload={\\"text\\":\\"csms build $TRAVIS_BUILD_NUMBER: $TRAVIS_TEST_RESULT\\"}" "$SLACK_BUILD_HOOK"`, `travis_fold:end:after_script${K}`, '', 'Done. Your build exited with 1.'] } }), { after: 2 }),
  ];
  return buildLog(rng, { start: tt, site: { host: 'travis' }, filler: (rng) => filler(rng), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// AmpwellDriver-xcode-console.txt: the Xcode console of a debug build of Ampwell's driver app for iPhone (iOS 26), saved
// by a developer: Moya 15's NetworkLoggerPlugin with `.verbose` log options, whose default formatter writes each entry
// as `Moya_Logger: [<date, short style; time, short style>] <identifier>: <message>` (en_US: `7/14/27, 9:58 AM`, a
// narrow no-break space before AM since iOS 17), `Request` (the URLRequest's description: its URL), `Request Headers` (a
// Swift Dictionary's description), `Request Body`, `HTTP Request Method`, `Response` (HTTPURLResponse's description,
// its headers over several lines) and `Response Body`; the app's own `print` lines and system messages.
// https://github.com/Moya/Moya (Sources/Moya/Plugins/NetworkLoggerPlugin.swift, read); HTTPURLResponse's description from
// memory of public console output.

function moyaLog(rng) {
  const stamp = (ms) => {
    const d = new Date(ms + EDT * MIN);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}\u202f${h < 12 ? 'AM' : 'PM'}`;
  };
  const swiftDict = (entries) => `[${entries.map(([k, v]) => `"${k}": "${v}"`).join(', ')}]`;
  const nsHeaders = (entries) => {
    const q = (s) => (/^[A-Za-z0-9_]+$/.test(s) ? s : `"${s.replace(/"/g, '\\"')}"`);
    return [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([k, v]) => [`    ${q(k)} =     (`, `        ${q(v)}`, '    );']);
  };
  const render = (e) => {
    if (e.plain) return e.plain;
    const m = (id, msg) => `Moya_Logger: [${stamp(e.t)}] ${id}: ${msg}`;
    const base = `https://api.${AW}`;
    const url = e.url ?? `${base}${e.path}`;
    const reqHeaders = e.reqHeaders ?? [['Accept', 'application/json']];
    const session = [['Accept-Encoding', 'br;q=1.0, gzip;q=0.9, deflate;q=0.8'], ['User-Agent', 'AmpwellDriver/5.3.0 (com.ampwell.driver; build:912; iOS 26.1.0) Alamofire/5.10.2'], ['Accept-Language', 'en-US;q=1.0']];
    const all = [...session, ...reqHeaders];
    for (let i = all.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [all[i], all[j]] = [all[j], all[i]];
    }
    const out = [m('Request', url), m('Request Headers', swiftDict(all))];
    if (e.body) out.push(m('Request Body', e.body));
    out.push(m('HTTP Request Method', e.method));
    const resHeaders = [['Content-Type', 'application/json; charset=utf-8'], ['Date', new Date(e.t + 300).toUTCString()], ['x-request-id', rng.uuid()], ...(e.resHeaders ?? [])];
    out.push(m('Response', `<NSHTTPURLResponse: 0x6000${rng.hex(8)}> { URL: ${url} } { Status Code: ${e.status}, Headers {`), ...nsHeaders(resHeaders), '} }');
    if (e.resBody !== undefined) out.push(m('Response Body', e.resBody));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/v2/depots/${rng.pick(['cmh-1', 'cmh-2', 'cmh-3'])}/availability`, status: 200, resBody: JSON.stringify({ free: rng.int(0, 12), queued: rng.int(0, 4), updated: iso(DAY0 + 2 * 24 * HOUR + 14 * HOUR) }) }),
      () => ({ method: 'GET', path: '/v2/me/sessions?limit=5', status: 200, resBody: JSON.stringify({ sessions: [{ id: rng.int(88000, 88999), kwh: (rng.int(80, 600) / 10).toFixed(1), depot: 'CMH-2' }] }) }),
      () => ({ plain: [`nw_connection_copy_connected_local_endpoint_block_invoke [C${rng.int(2, 14)}] Connection has no local endpoint`] }),
      () => ({ plain: [`[Charging] state=${rng.pick(['plugged', 'charging', 'idle'])} soc=${rng.int(20, 95)}% power=${(rng.int(60, 110) / 10).toFixed(1)}kW`] }),
    ])();
  const steps = [
    { raw: { plain: ['AmpwellDriver 5.3.0 (912) launched, env=production', 'nw_protocol_socket_set_no_wake_from_sleep [C1:1] setsockopt SO_NOWAKEFROMSLEEP failed [22: Invalid argument]'] }, after: 0 },
    2,
    plant('session-id', 'moya-response-description-set-cookie', 'error', WHY.session("Moya's `Response` entry writes HTTPURLResponse's description, its headers as an NSDictionary over several lines: the sign-in response's `Set-Cookie` with the web session `amp_sess` the app hands to its embedded portal"), ({ rng }) => {
      const sid = rng.b64url(48);
      return { value: sid, event: { method: 'POST', path: '/v2/auth/web-session', body: '{"purpose":"portal"}', status: 200, reqHeaders: [['Content-Type', 'application/json']], resHeaders: [['Set-Cookie', `amp_sess=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]], resBody: '{"ok":true}' } };
    }),
    3,
    plant('refresh-token', 'moya-request-headers-x-refresh-token', 'error', `${WHY.refresh} The app renews its session by sending the refresh token in a custom request header, which Moya's \`Request Headers\` entry writes with the others.`, ({ rng }) => {
      const rt = `rt_${rng.alnum(48)}`;
      return { value: rt, event: { method: 'POST', path: '/v2/auth/refresh', status: 200, reqHeaders: [['Accept', 'application/json'], ['X-Refresh-Token', rt]], resBody: '{"expires_in":3600,"token_type":"Bearer"}' } };
    }),
    3,
    plant('negative', 'moya-request-url-evse-id', 'none', 'An EVSE id (`US*AMP*E4471*1`, the eMI3 format printed on the charger) in a remote start URL: an identifier, no credential.', ({ rng }) => {
      const evse = `US*AMP*E${rng.int(4400, 4499)}*${rng.int(1, 2)}`;
      return { value: evse, event: { method: 'POST', path: `/v2/evses/${evse}/start`, body: '{"vehicle":"van-12"}', status: 202, resBody: '{"status":"Accepted"}' } };
    }),
    3,
    plant('path-secret', 'moya-request-url-fleet-invite-redeem', 'error', WHY.pathSecret("A driver redeems a fleet invitation in the app (`/v2/fleet/invites/<token>/redeem`): Moya's `Request` entry writes the URL and the `Response` entry's description writes it again (one request, two lines)"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'POST', path: `/v2/fleet/invites/${tok}/redeem`, status: 200, resBody: JSON.stringify({ fleet: rng.pick(FLEETS), role: 'driver' }) } };
    }),
    3,
    plant('implicit-fragment', 'moya-response-location-custom-scheme-fragment', 'error', "The partner sign-in endpoint answers a 302 to `ampwell://auth#access_token=…`; URLSession cannot follow a custom scheme, so the redirect reaches Moya and its `Response` entry writes the `Location` header with the access token in the fragment.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { method: 'GET', path: '/v2/partners/samsara/authorize?response_type=token&client_id=driver-ios', status: 302, resHeaders: [['Location', `ampwell://auth#access_token=${tok}&token_type=bearer&expires_in=3600`]], resBody: '' } };
    }),
    3,
    plant('api-key-name', 'moya-request-headers-x-ampwell-client-secret', 'error', `${WHY.apiKey('x-ampwell-client-secret')} A build setting leaves the partner API's client secret in a header the app adds to every request; Moya's \`Request Headers\` entry writes it.`, ({ rng }) => {
      const key = rng.hex(48);
      return { value: key, event: { method: 'GET', path: '/v2/partners/depot-map?bbox=-83.2,39.8,-82.7,40.2', status: 200, reqHeaders: [['Accept', 'application/json'], ['x-ampwell-client-secret', key]], resBody: '{"depots":4}' } };
    }),
    3,
    plant('negative', 'moya-request-headers-install-id', 'none', "`X-Amp-Install-Id`, a UUID the app generates at install to count devices: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid().toUpperCase();
      return { value: id, event: { method: 'POST', path: '/v2/telemetry/launch', status: 204, reqHeaders: [['Content-Type', 'application/json'], ['X-Amp-Install-Id', id]], body: '{"cold":true}', resBody: '' } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * 24 * HOUR + 13 * HOUR + 55 * MIN, site: { host: 'app', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ftd-depot-cmh2.log: connection events of the Cisco Secure Firewall Threat Defense (7.4) at the Obetz depot, sent as
// syslog without a device id and written by the collector's raw template: `<RFC 3339 time>Z   %FTD-1-430003: <Key>:
// <value>, …` (EventPriority, DeviceUUID, InstanceID, FirstPacketSecond, ConnectionID, AccessControlRuleAction, SrcIP,
// DstIP, SrcPort, DstPort, Protocol, interfaces, zones, VRFs, ACPolicy, AccessControlRuleName, Prefilter Policy, User,
// UserAgent, Client, ClientVersion, ApplicationProtocol, WebApplication, ConnectionDuration, packet and byte counts,
// NAPPolicy, the SSL fields for decrypted flows, HTTPResponse, HTTPReferer, ReferencedHost, URLCategory, URLReputation,
// URL, NAT_…), values unquoted (a user agent keeps its commas). The decryption policy resigns the depot office's HTTPS, so
// those URLs are whole. Public sample events in Elastic's cisco_ftd test data and in a Haskell parser's fixtures (read
// through search); https://www.cisco.com/c/en/us/td/docs/security/firepower/Syslogs/fptd_syslog_guide.html (not fetched).

function ftdLog(rng) {
  const dev = rng.uuid();
  let conn = rng.int(30000, 40000);
  const render = (e) => {
    const dec = e.url.startsWith('https://');
    const kv = [
      ['EventPriority', 'Low'], ['DeviceUUID', dev], ['InstanceID', '1'], ['FirstPacketSecond', iso(e.t - (e.dur ?? 1) * 1000).replace(/\.\d+Z$/, 'Z')], ['ConnectionID', String((conn += rng.int(1, 40)))], ['AccessControlRuleAction', 'Allow'],
      ['SrcIP', e.src ?? `10.40.8.${rng.int(20, 99)}`], ['DstIP', e.dst ?? `203.0.113.${rng.int(2, 250)}`], ['SrcPort', String(rng.int(40000, 65000))], ['DstPort', dec ? '443' : '80'], ['Protocol', 'tcp'],
      ['IngressInterface', 'depot-lan'], ['EgressInterface', e.local ? 'chargers' : 'outside'], ['IngressZone', 'DEPOT-LAN'], ['EgressZone', e.local ? 'CHARGERS' : 'OUTSIDE'], ['IngressVRF', 'Global'], ['EgressVRF', 'Global'],
      ['ACPolicy', 'AMP-Depot-Policy'], ['AccessControlRuleName', dec ? 'Office-Web-Decrypt' : e.local ? 'Office-to-Chargers' : 'Depot-Web'], ['Prefilter Policy', 'Default Prefilter Policy'], ['User', 'No Authentication Required'],
      ['UserAgent', e.ua], ['Client', e.client ?? 'Chrome'], ['ClientVersion', e.clientVersion ?? '143.0.0.0'], ['ApplicationProtocol', dec ? 'HTTPS' : 'HTTP'], ...(e.webApp ? [['WebApplication', e.webApp]] : []),
      ['ConnectionDuration', String(e.dur ?? rng.int(0, 4))], ['InitiatorPackets', String(rng.int(6, 30))], ['ResponderPackets', String(rng.int(6, 40))], ['InitiatorBytes', String(rng.int(900, 4000))], ['ResponderBytes', String(rng.int(2000, 90000))], ['NAPPolicy', 'Balanced Security and Connectivity'],
      ...(dec ? [['SSLPolicy', 'AMP-Office-Decrypt'], ['SSLFlowStatus', 'Success'], ['SSLCipherSuite', 'TLS_AES_128_GCM_SHA256'], ['SSLCertificate', e.cert ?? rng.hex(40)], ['SSLVersion', 'TLSv1.3'], ['SSLServerCertStatus', 'Valid'], ['SSLActualAction', 'Decrypt (Resign)'], ['SSLExpectedAction', 'Decrypt (Resign)'], ['SSLServerName', new URL(e.url).host]] : []),
      ['HTTPResponse', String(e.status)], ...(e.referer && e.referer !== '-' ? [['HTTPReferer', e.referer]] : []), ['ReferencedHost', new URL(e.url).host], ['URLCategory', e.cat ?? 'Business and Industry'], ['URLReputation', e.rep ?? 'Trusted'], ['URL', e.url],
      ...(e.local ? [] : [['NAT_InitiatorPort', String(rng.int(20000, 60000))], ['NAT_ResponderPort', dec ? '443' : '80'], ['NAT_InitiatorIP', '198.51.100.40'], ['NAT_ResponderIP', e.dst ?? `203.0.113.${rng.int(2, 250)}`]]),
    ];
    return [`${iso(e.t).replace(/\.\d+Z$/, 'Z')}   %FTD-1-430003: ${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://fleet.${AW}/api/v2/depots/cmh-2/queue`, status: 200, ua: BROWSERS[0] }),
      () => ({ url: `https://status.${AW}/`, status: 200, ua: BROWSERS[3], client: 'Firefox', clientVersion: '146.0' }),
      () => ({ url: `http://ctldl.windowsupdate.example/msdownload/update/v3/static/trustedr/en/authrootstl.cab?${rng.hex(16)}`, status: 200, ua: 'Microsoft-CryptoAPI/10.0', client: 'Microsoft CryptoAPI', clientVersion: '10.0', cat: 'Computers and Internet' }),
      () => ({ url: `https://maps.${AW}/tiles/12/${rng.int(1100, 1130)}/${rng.int(1540, 1560)}.png`, status: 200, ua: BROWSERS[0], referer: `https://fleet.${AW}/map` }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'ftd-430003-url-decrypted-callback-code', 'warning', `${WHY.code} The depot office signs in to the fleet console; with decryption the connection event's \`URL\` keeps the callback's query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { url: `https://fleet.${AW}/auth/callback?code=${code}&state=${rng.b64url(22)}&iss=https%3A%2F%2Fid.${AW}`, status: 302, ua: BROWSERS[0], referer: `https://id.${AW}/` } };
    }),
    3,
    plant('negative', 'ftd-430003-ssl-certificate-sha1', 'none', "`SSLCertificate`, the SHA-1 fingerprint of the server certificate the firewall saw: public, no credential.", ({ rng }) => {
      const c = rng.hex(40);
      return { value: c, event: { url: `https://status.${AW}/api/v1/summary`, status: 200, ua: BROWSERS[1], client: 'Safari', clientVersion: '26.1', cert: c } };
    }),
    3,
    plant('session-id', 'ftd-430003-url-charger-web-ui-session', 'error', WHY.session("A technician opens a charger's local web UI over plain HTTP from the office; its CGI keeps the login session in the query (`status.cgi?session=<id>`)"), ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { url: `http://10.40.9.${rng.int(20, 40)}/cgi-bin/status.cgi?session=${sid}&page=connectors`, status: 200, ua: BROWSERS[0], local: true, dst: '10.40.9.31', cat: 'Unknown', rep: 'Risk unknown' } };
    }),
    3,
    plant('replay', 'ftd-430003-url-shift-ticket', 'note', WHY.ticketFirst("A shift start ticket (`shift_ticket`, single use) the depot kiosk's QR code hands a driver's tablet, on the connection event of its first use. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(28);
      firstUse.shift = t;
      return { value: tk, event: { url: `http://kiosk.cmh2.${AW}/shift/start?shift_ticket=${tk}&bay=7`, status: 200, ua: BROWSERS[4], client: 'Chrome Mobile', src: '10.40.8.61', local: true, dst: '10.40.9.5', cat: 'Unknown', rep: 'Risk unknown' } };
    }, { ref: 'shift' }),
    1,
    plant('replay', 'ftd-430003-url-shift-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('shift').value, why: `${WHY.replay('shift_ticket', gap('shift', t))} Another device on the depot network (10.40.9.14) opened the same start link and the kiosk answered 200 again: the ticket was not spent.` }], event: { url: `http://kiosk.cmh2.${AW}/shift/start?shift_ticket=${refs.get('shift').value}&bay=7`, status: 200, ua: BROWSERS[0], src: '10.40.9.14', local: true, dst: '10.40.9.5', cat: 'Unknown', rep: 'Risk unknown' } }), { replayOf: 'shift', after: 95 }),
    3,
    plant('id-token', 'ftd-430003-url-decrypted-logout-id-token-hint', 'error', "A sign-out from the fleet console reaches the identity provider's logout with an `id_token_hint` (RS256, 8 h); the decrypted connection's `URL` writes it while the token is live.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 8 * 3600, age: rng.int(3 * 3600, 5 * 3600), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://id.${AW}`, aud: 'fleet-console', sub: rng.uuid(), sid: rng.uuid(), email: `dispatch.cmh2@${AW}` } });
      return { value: token, jwt: facts, event: { url: `https://id.${AW}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Ffleet.${AW}%2F`, status: 302, ua: BROWSERS[0] } };
    }),
    3,
    plant('embed-jwt', 'ftd-430003-http-referer-embed-jwt-120s', 'warning', "The depot wallboard (plain HTTP on the office network) frames a queue view (`/embed/depot-queue/<JWT>`), so the frame's script request carries it as `HTTPReferer`: valid 120 s without a jti (warning).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { resource: { board: 'depot-queue' }, params: { depot: 'CMH-2' } } });
      return { value: token, jwt: facts, event: { url: `http://wallboard.cmh2.${AW}/static/queue.${rng.hex(8)}.js`, status: 200, ua: 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36', clientVersion: '138.0.0.0', referer: `http://wallboard.cmh2.${AW}/embed/depot-queue/${token}`, local: true, dst: '10.40.9.8', cat: 'Unknown', rep: 'Risk unknown' } };
    }),
    3,
    plant('negative', 'ftd-430003-url-asset-content-hash', 'none', 'A content-hashed script in a `URL`: a build artefact name, no credential.', ({ rng }) => {
      const h = rng.hex(20);
      return { value: h, event: { url: `https://fleet.${AW}/assets/index-${h}.js`, status: 200, ua: BROWSERS[0], referer: `https://fleet.${AW}/` } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * 24 * HOUR + 12 * HOUR + 5 * MIN, site: { host: 'ftd' }, filler, render, steps });
}

// =====================================================================================================================
// Siltumzīme (Latvian; Valmiera: EEST, UTC+3, in July)
// =====================================================================================================================

const EEST = 180;
const SZ = 'siltumzime.example';
const STACIJAS = ['SM-0412', 'SM-0415', 'SM-0431', 'SM-0502', 'SM-0518'];
const IELAS = ['Rīgas iela 14', 'Cēsu iela 3', 'Beātes iela 40', 'Jāņa Daliņa iela 2', 'Stacijas iela 21'];

// ---------------------------------------------------------------------------------------------------------------------
// logread-sm0412.txt: `logread` of the OpenWrt 24.10 router in substation SM-0412, saved by a technician: `<Www Mmm dd
// HH:MM:SS yyyy> <facility>.<priority> <tag>[<pid>]: <message>` in the router's local time without a zone. BusyBox crond
// logs every job it starts (`cron.err crond[<pid>]: USER root pid <n> cmd <command>`, crontab commands whole), dropbear
// its logins, and the meter reading scripts log through `logger -t` (a maintenance script pipes `uci show` into it, one
// option a line: `<config>.<section>.<option>='<value>'`). https://openwrt.org/docs/guide-user/base-system/log.essentials
// and https://openwrt.org/docs/guide-user/base-system/uci (not fetched); BusyBox crond's `USER %s pid %3d cmd %s` from
// memory of its source.

function logreadLog(rng) {
  const render = (e) => e.lines.map(([fp, tag, msg], i) => `${ctimeAt(e.t + i * 400, EEST)} ${fp} ${tag}: ${msg}`);
  const crond = '1287';
  const cron = (cmd) => ['cron.err', `crond[${crond}]`, `USER root pid ${String(rng.int(10000, 32000)).padStart(3, ' ')} cmd ${cmd}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [cron('/usr/sbin/skaititaji-nolasit.sh'), ['user.notice', 'skaititaji', `nolasīti ${rng.int(11, 14)} skaitītāji (M-Bus), kļūdas: ${rng.pick([0, 0, 1])}`]] }),
      () => ({ lines: [['user.notice', 'skaititaji', `turpgaita ${rng.int(68, 82)}.${rng.int(0, 9)} °C, atgaita ${rng.int(38, 50)}.${rng.int(0, 9)} °C, jauda ${rng.int(120, 460)} kW`]] }),
      () => ({ lines: [['daemon.info', `dnsmasq-dhcp[${rng.int(1500, 1600)}]`, `DHCPACK(br-lan) 10.31.4.${rng.int(20, 60)} ${[0, 0, 0, 0, 0, 0].map(() => rng.hex(2)).join(':')} skaititajs-mbus`]] }),
      () => {
        const pid = rng.int(20000, 32000);
        const port = rng.int(50000, 60000);
        return { lines: [['authpriv.info', `dropbear[${pid}]`, `Child connection from 10.31.0.5:${port}`], ['authpriv.info', `dropbear[${pid}]`, `Exit (root) from <10.31.0.5:${port}>: Disconnect received`]] };
      },
    ])();
  const steps = [
    { raw: { lines: [['kern.info', 'kernel', `[ 4512.${digits(rng, 6)}] wwan0: renamed from usb0`], ['daemon.notice', 'procd', '/etc/rc.d/S95done: boot done']] }, after: 0 },
    2,
    plant('api-key-name', 'busybox-crond-cmd-url-api-atslega', 'error', `${WHY.apiKey('api_atslega')} The station's heartbeat is a crontab line calling curl with the key in the URL ("API key"); BusyBox crond writes every command it starts, so the key is in the log every five minutes.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [cron(`/usr/bin/curl -fsS -m 20 -o /dev/null "https://dati.${SZ}/v1/apakstacijas/SM-0412/dzivs?api_atslega=${key}"`)] } };
    }),
    3,
    plant('negative', 'logread-mbus-meter-secondary-address', 'none', "A heat meter's M-Bus secondary address (8-digit identification number, manufacturer code, version) when it answers: printed on the meter, no credential.", ({ rng }) => {
      const addr = digits(rng, 8);
      return { value: addr, event: { lines: [['user.notice', 'skaititaji', `skaitītājs ${addr} (KAM, v0x1b, siltums) atbild, 9 lauki`]] } };
    }),
    3,
    plant('webhook', 'busybox-crond-cmd-deadmanssnitch-url', 'error', WHY.webhook("A Dead Man's Snitch check-in URL (`nosnch.in/<token>`: the token is the whole credential) at the end of the upload job's crontab line, written by crond"), ({ rng }) => {
      const tok = rng.hex(10);
      return { value: tok, event: { lines: [cron(`/usr/sbin/skaititaji-augsupielade.sh && /usr/bin/curl -fsS -m 10 https://nosnch.in/${tok} >/dev/null`), ['user.notice', 'augsupielade', `augšupielādēti ${rng.int(40, 160)} ieraksti, atbilde 202`]] } };
    }),
    3,
    plant('framework-dump', 'logread-uci-show-option-parole', 'error', "A maintenance script pipes `uci show skaititaji` into `logger -t apkope`: one option a line, the upload account's password (`parole`) among them.", ({ rng }) => {
      const pw = `${rng.alnum(10)}!${digits(rng, 3)}`;
      return { value: pw, event: { lines: [['user.notice', 'apkope', 'skaititaji.augsupielade=augsupielade'], ['user.notice', 'apkope', `skaititaji.augsupielade.url='https://dati.${SZ}/v1/radijumi'`], ['user.notice', 'apkope', "skaititaji.augsupielade.lietotajs='sm0412'"], ['user.notice', 'apkope', `skaititaji.augsupielade.parole='${pw}'`], ['user.notice', 'apkope', "skaititaji.augsupielade.intervals='900'"], ['user.notice', 'apkope', "skaititaji.mbus.ports='/dev/ttyUSB1'"]] } };
    }),
    3,
    plant('encoded', 'busybox-crond-cmd-wget-base64-json-parole', 'error', "A nightly crontab line fetches the station's settings with `pieteikums=` (\"application\"): base64 of a JSON object holding the account and its password (`parole`), written by crond with the command.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ stacija: 'SM-0412', lietotajs: 'sm0412', parole: `${rng.alnum(12)}${digits(rng, 2)}` }));
      return { value: b, event: { lines: [cron(`/usr/bin/wget -q -O /tmp/iestatijumi.json "https://dati.${SZ}/v1/iestatijumi?pieteikums=${b}"`)] } };
    }),
    3,
    plant('negative', 'logread-sysupgrade-image-sha256', 'none', 'The SHA-256 of a sysupgrade image the maintenance script downloaded and checked: a checksum, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { lines: [['user.notice', 'apkope', `lejupielādēts openwrt-24.10.2-ramips-mt7621-siltumzime_sm-squashfs-sysupgrade.bin, sha256 ${h}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 3 * HOUR + 55 * MIN, site: { host: 'sm0412' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// audit.log: the MySQL Enterprise Audit plugin of Siltumzīme's billing database (MySQL 8.4) with `audit_log_format =
// JSON`: a JSON array, each event an object over several lines (`timestamp` in UTC as `yyyy-MM-dd HH:mm:ss`, `id`,
// `class`, `event`, `connection_id`, `account`, `login`, then `general_data` or `table_access_data` or
// `connection_data`), the statement in `query` on a line of its own. A logged statement is written by its `general`
// event and again by the `table_access` event of each table it touches. MySQL rewrites passwords before logging
// (`IDENTIFIED BY <secret>`). https://dev.mysql.com/doc/refman/8.4/en/audit-log-file-formats.html (read through
// search: the JSON example events); the indentation of nested objects from memory of those examples.

function mysqlAuditLog(rng) {
  const conns = { app: rng.int(1400, 1500), atskaites: rng.int(1500, 1600), admin: rng.int(1600, 1700) };
  const who = {
    app: { user: 'norekini_app', host: '10.31.%', ip: '10.31.2.14' },
    atskaites: { user: 'atskaites', host: '10.31.%', ip: '10.31.2.30' },
    admin: { user: 'j.kalnins', host: '10.31.0.%', ip: '10.31.0.9' },
  };
  let first = true;
  let lastTs = '';
  let sameTs = 0;
  const q = (s) => JSON.stringify(s);
  const record = (ms, k, cls, ev, data) => {
    const w = who[k];
    const lead = first ? '[' : '';
    first = false;
    const ts = ymdHmsAt(ms);
    sameTs = ts === lastTs ? sameTs + 1 : 0;
    lastTs = ts;
    const head = [`${lead}${lead ? '\n' : ''}  {`, `    "timestamp": "${ts}",`, `    "id": ${sameTs},`, `    "class": "${cls}",`, `    "event": "${ev}",`, `    "connection_id": ${conns[k]},`, `    "account": { "user": "${w.user}", "host": "${w.host}" },`, `    "login": { "user": "${w.user}", "os": "", "ip": "${w.ip}", "proxy": "" },`];
    return [...head, ...data, ''].join('\n').replace(/\n$/, '');
  };
  const general = (ms, k, cmd, query) => record(ms, k, 'general', 'status', [`    "general_data": { "command": "Query",`, `                      "sql_command": "${cmd}",`, `                      "query": ${q(query)},`, '                      "status": 0 } },']);
  const table = (ms, k, ev, db, tbl, query, cmd) => record(ms, k, 'table_access', ev, [`    "table_access_data": { "db": "${db}",`, `                           "table": "${tbl}",`, `                           "query": ${q(query)},`, `                           "sql_command": "${cmd}" } },`]);
  const render = (e) => e.records.flatMap((r) => (r[0] === 'g' ? general(e.t, r[1], r[2], r[3]) : table(e.t, r[1], r[2], r[3], r[4], r[5], r[6])).split('\n'));
  const filler = (rng) =>
    rng.pick([
      () => ({ records: [['g', 'app', 'select', `SELECT id, radijums_mwh, nolasits FROM radijumi WHERE skaititajs_id = ${rng.int(7100000, 7199999)} ORDER BY nolasits DESC LIMIT 12`]] }),
      () => {
        const s = `INSERT INTO radijumi (skaititajs_id, radijums_mwh, nolasits) VALUES (${rng.int(7100000, 7199999)}, ${(rng.int(100000, 900000) / 1000).toFixed(3)}, '2027-07-13 0${rng.int(0, 5)}:00:00')`;
        return { records: [['g', 'app', 'insert', s], ['t', 'app', 'insert', 'norekini', 'radijumi', s, 'insert']] };
      },
      () => ({ records: [['g', 'atskaites', 'select', `SELECT klients_id, SUM(summa_eur) FROM rekini WHERE periods = '2027-06' GROUP BY klients_id`]] }),
    ])();
  const steps = [
    2,
    plant('negative', 'mysql-audit-create-user-identified-by-secret', 'none', 'MySQL rewrites a statement with a password before the audit log gets it: `IDENTIFIED BY <secret>`, no value on the line.', () => ({ value: 'IDENTIFIED BY <secret>', event: { records: [['g', 'admin', 'create_user', "CREATE USER 'atskaites_ro'@'10.31.%' IDENTIFIED BY <secret>"]] } })),
    3,
    plant('path-secret', 'mysql-audit-insert-password-reset-token-general-and-table-access', 'error', WHY.pathSecret('The customer portal stores a password reset token (the `/paroles-atjaunosana/<token>` link e-mailed to the customer) with a literal INSERT: the `general` event writes the statement and the `table_access` event of the table writes it again (one statement, two lines)'), ({ rng }) => {
      const tok = rng.hex(48);
      const s = `INSERT INTO paroles_atjaunosana (klients_id, zetons, derigs_lidz) VALUES (${rng.int(20000, 29999)}, '${tok}', NOW() + INTERVAL 2 HOUR)`;
      return { value: tok, event: { records: [['g', 'app', 'insert', s], ['t', 'app', 'insert', 'norekini', 'paroles_atjaunosana', s, 'insert']] } };
    }),
    3,
    plant('session-id', 'mysql-audit-select-session-key-literal', 'error', WHY.session('The portal reads its session row by the session key from the cookie, built into the query as a literal (`sesijas_atslega = …`, "session key")'), ({ rng }) => {
      const sid = rng.alnum(40);
      return { value: sid, event: { records: [['g', 'app', 'select', `SELECT klients_id, derigs_lidz FROM sesijas WHERE sesijas_atslega = '${sid}' AND derigs_lidz > NOW()`]] } };
    }),
    3,
    plant('api-key-name', 'mysql-audit-update-api-atslega', 'error', `${WHY.apiKey('api_atslega')} An administrator rotates the heat meter vendor's API key by hand; the audit log writes the UPDATE with the new key.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { records: [['g', 'admin', 'update', `UPDATE integracijas SET api_atslega = '${key}', mainits = NOW() WHERE nosaukums = 'kamstrup-ready'`]] } };
    }),
    3,
    plant('framework-dump', 'mysql-audit-insert-request-log-json-parole', 'error', "The portal writes each sign-in request's body into a log table; the audit log keeps the INSERT, whose JSON literal (escaped again inside the audit log's JSON string) holds the customer's password (`parole`).", ({ rng }) => {
      const pw = `${rng.alnum(9)}${digits(rng, 3)}`;
      return { value: pw, event: { records: [['g', 'app', 'insert', `INSERT INTO pieprasijumu_zurnals (marsruts, saturs, ip) VALUES ('/api/pieteikties', '{"epasts":"ilze.berzina@inbox.example","parole":"${pw}"}', '198.51.100.${rng.int(2, 250)}')`]] } };
    }),
    3,
    plant('encoded', 'mysql-audit-update-from-base64-config-parole', 'error', "A gateway's configuration written with FROM_BASE64('…'): base64 of a JSON object holding the MQTT password (`parole`), one decoding away.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ mqtt: { serveris: `mqtts://mqtt.${SZ}:8883`, lietotajs: 'sm0431', parole: rng.alnum(18) } }));
      return { value: b, event: { records: [['g', 'admin', 'update', `UPDATE vartejas SET konfiguracija = FROM_BASE64('${b}') WHERE stacija = 'SM-0431'`]] } };
    }),
    3,
    plant('negative', 'mysql-audit-update-sim-iccid', 'none', "A gateway SIM's ICCID (19 digits printed on the card): an identifier, no credential.", ({ rng }) => {
      const iccid = `89371${digits(rng, 14)}`;
      return { value: iccid, event: { records: [['g', 'admin', 'update', `UPDATE vartejas SET sim_iccid = '${iccid}' WHERE stacija = 'SM-0502'`]] } };
    }),
    2,
  ];
  const built = buildLog(rng, { start: DAY0 + 24 * HOUR + 5 * HOUR + 10 * MIN, site: { host: 'mysql' }, filler, render, steps });
  // The plugin closes the array when the log is rotated: the last record's `},` becomes `}` and `]` follows.
  const text = built.text.replace(/\},\n$/, '}\n]\n');
  return { text, cases: built.cases };
}

// ---------------------------------------------------------------------------------------------------------------------
// serviss0.log: the log of Siltumzīme's JavaFX desktop app for meter technicians ("Siltumzīme Serviss", Java 21), a
// java.util.logging FileHandler with its default XMLFormatter: the XML header and `<!DOCTYPE log SYSTEM "logger.dtd">`,
// then one `<record>` a log call over several lines (`<date>` as ISO_INSTANT in UTC, `<millis>`, `<nanos>` when not
// zero, `<sequence>`, `<logger>`, `<level>`, `<class>`, `<method>`, `<thread>`, `<message>` with `<`, `>` and `&`
// escaped, `<param>` elements when the message has no `{`, `<exception>` with its frames). The record's time is on its
// `<date>` line, not on the `<message>` line. java.util.logging.XMLFormatter (JDK 21 source, read through search).

function julXmlLog(rng) {
  let seq = 0;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const render = (e) =>
    e.recs.flatMap(([level, logger, cls, method, msg, params, exc], i) => {
      const ms = e.t + i * 7;
      const micros = rng.int(1, 999);
      const out = ['<record>', `  <date>${new Date(ms).toISOString().replace(/Z$/, `${pad(micros, 3)}Z`)}</date>`, `  <millis>${ms}</millis>`, `  <nanos>${micros * 1000}</nanos>`, `  <sequence>${seq++}</sequence>`, `  <logger>${logger}</logger>`, `  <level>${level}</level>`, `  <class>${cls}</class>`, `  <method>${method}</method>`, `  <thread>${e.thread ?? rng.int(24, 40)}</thread>`, `  <message>${esc(msg)}</message>`];
      if (params && !msg.includes('{')) for (const p of params) out.push(`  <param>${esc(p)}</param>`);
      if (exc) {
        out.push('  <exception>', `    <message>${esc(exc.message)}</message>`);
        for (const [c, m, l] of exc.frames) out.push('    <frame>', `      <class>${c}</class>`, `      <method>${m}</method>`, ...(l >= 0 ? [`      <line>${l}</line>`] : []), '    </frame>');
        out.push('  </exception>');
      }
      out.push('</record>');
      return out;
    });
  const P = 'lv.siltumzime.serviss';
  const filler = (rng) =>
    rng.pick([
      () => ({ recs: [['INFO', `${P}.mbus.Nolasitajs`, `${P}.mbus.Nolasitajs`, 'nolasit', `Skaitītājs ${digits(rng, 8)} nolasīts: ${(rng.int(100000, 900000) / 1000).toFixed(3)} MWh, ${rng.int(2, 40)} m³`]] }),
      () => ({ recs: [['INFO', `${P}.ui.StacijuSkats`, `${P}.ui.StacijuSkats`, 'atjaunot', `Stacija ${rng.pick(STACIJAS)} atvērta (${rng.pick(IELAS)})`]] }),
      () => ({ recs: [['FINE', `${P}.api.Klients`, `${P}.api.Klients`, 'suutit', `GET https://api.${SZ}/v2/stacijas/${rng.pick(STACIJAS)}/skaititaji -> 200 (${rng.int(40, 400)} ms)`]] }),
      () => ({ recs: [['WARNING', `${P}.mbus.Nolasitajs`, `${P}.mbus.Nolasitajs`, 'nolasit', `Skaitītājs ${digits(rng, 8)} neatbild (3 mēģinājumi)`]] }),
    ])();
  const header = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>', '<!DOCTYPE log SYSTEM "logger.dtd">', '<log>'];
  const steps = [
    { raw: { thread: 1, recs: [['INFO', `${P}.App`, `${P}.App`, 'start', 'Siltumzīme Serviss 3.2.1 palaists (Java 21.0.7, JavaFX 21.0.5, Windows 11 10.0)']] }, after: 0 },
    2,
    plant('oauth-code', 'jul-xml-message-loopback-redirect-code-amp-escaped', 'warning', `${WHY.code} The app signs technicians in through the browser and a loopback redirect (RFC 8252); it logs the request its local listener received, and XMLFormatter escapes the \`&\` between \`code\` and \`state\` as \`&amp;\`.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { recs: [['INFO', `${P}.auth.Pieteiksanas`, `${P}.auth.Pieteiksanas`, 'apstradatAtbildi', `Pieteikšanās atbilde saņemta: http://127.0.0.1:${rng.int(49152, 65000)}/atpakal?code=${code}&state=${rng.b64url(22)}&session_state=${rng.uuid()}`]] } };
    }),
    3,
    plant('refresh-token', 'jul-xml-param-elements-refresh-token', 'error', `${WHY.refresh} The token store logs its renewal with the values as parameters but no \`{0}\` in the message, so XMLFormatter writes them as \`<param>\` elements, the refresh token on a line of its own.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { recs: [['FINE', `${P}.auth.MarkieruKratuve`, `${P}.auth.MarkieruKratuve`, 'atjaunot', 'Marķieris atjaunots', ['serviss-desktop', rt, '3600']]] } };
    }),
    3,
    plant('negative', 'jul-xml-message-update-sha256', 'none', "The SHA-256 of an update package the app downloaded and verified: a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { recs: [['INFO', `${P}.atjauninajumi.Atjauninatajs`, `${P}.atjauninajumi.Atjauninatajs`, 'parbaudit', `Atjauninājums 3.2.2 lejupielādēts, SHA-256 ${h} sakrīt`]] } };
    }),
    3,
    plant('header-dump', 'jul-xml-message-java-net-http-headers-tostring-bearer', 'error', "A 401 from the meter API is logged with the request's headers: java.net.http.HttpHeaders' `toString()` (`…@<hash> { {Authorization=[Bearer …], …} }`) writes the bearer token.", ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { recs: [['WARNING', `${P}.api.Klients`, `${P}.api.Klients`, 'suutit', `Pieprasījums noraidīts (401), galvenes: java.net.http.HttpHeaders@${rng.hex(8)} { {Accept=[application/json], Authorization=[Bearer ${tok}], User-Agent=[SiltumzimeServiss/3.2.1]} }`]] } };
    }),
    3,
    plant('session-id', 'jul-xml-message-cookie-store-list', 'error', WHY.session("The app logs its CookieManager's store after signing in to the legacy portal (`[SESIJA=…, lang=lv]`, HttpCookie's `toString()` in a list)"), ({ rng }) => {
      const sid = rng.alnum(32);
      return { value: sid, event: { recs: [['FINE', `${P}.portals.VecaisPortals`, `${P}.portals.VecaisPortals`, 'pieteikties', `Sīkdatnes: [SESIJA=${sid}, lang=lv]`]] } };
    }),
    3,
    plant('implicit-fragment', 'jul-xml-message-javafx-webview-location-fragment', 'error', "The embedded map (a JavaFX WebView) logs its WebEngine's location changes; the portal's implicit sign-in lands on `…/karte#access_token=…`, written with `&amp;` between the fragment's parameters.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { recs: [['FINE', `${P}.ui.KartesSkats`, `${P}.ui.KartesSkats`, 'lambda$iestatit$3', `WebView adrese mainīta: https://karte.${SZ}/karte#access_token=${tok}&token_type=Bearer&expires_in=3600`]] } };
    }),
    3,
    plant('negative', 'jul-xml-message-masked-password-param', 'none', "A message formatted with its parameters (`{0}`, `{1}`), the meter's password written `********` by the app: no value on the line.", () => ({ value: 'parole ********', event: { recs: [['INFO', `${P}.mbus.Savienojums`, `${P}.mbus.Savienojums`, 'atvert', 'Savienojums ar skaitītāju SM-0412-K3, parole ********']] } })),
    2,
  ];
  const built = buildLog(rng, { start: DAY0 + 24 * HOUR + 6 * HOUR + 12 * MIN, site: { host: 'serviss' }, filler, render, steps, header });
  return { text: `${built.text}</log>\n`, cases: built.cases };
}

// ---------------------------------------------------------------------------------------------------------------------
// flux-logs-siltumzime.txt: `flux logs --all-namespaces --since=6h` against Siltumzīme's cluster (Flux 2.7: source-,
// kustomize-, helm- and notification-controller): each JSON line of the controllers printed through the CLI's template
// `{{.Timestamp}} {{.Level}} {{or .Kind .ControllerKind}}{{if .Name}}/{{.Name}}.{{.Namespace}}{{end}} - {{.Message}}
// {{.Error}}` (a space before the error even when there is none), the controllers' `ts` in ISO 8601 with milliseconds and
// `Z`. notification-controller 1.7 masks only a provider's token in a failed notification, and its GCR receiver still
// verified Google's ID token by calling tokeninfo with it in the URL. https://github.com/fluxcd/flux2 (cmd/flux/logs.go,
// read), https://github.com/fluxcd/pkg (runtime/logger, read), https://github.com/fluxcd/notification-controller
// (internal/server/receiver_handlers.go and event_handlers.go at v1.7.5, read).

function fluxLog(rng) {
  const line = (ms, lvl, kind, name, ns, msg, err = '') => `${iso(ms)} ${lvl} ${kind}${name ? `/${name}.${ns}` : ''} - ${msg} ${err}`;
  const render = (e) => e.lines.map((l, i) => line(e.t + i * 37, ...l));
  const rev = () => `main@sha1:${rng.hex(40)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [['info', 'Kustomization', rng.pick(['infrastruktura', 'norekini', 'skaititaji-api', 'portals']), 'flux-system', `Reconciliation finished in ${rng.int(400, 3000)}ms, next run in 10m0s`]] }),
      () => ({ lines: [['info', 'HelmRelease', rng.pick(['ingress-nginx', 'cert-manager', 'loki']), rng.pick(['infra', 'monitoring']), 'release in-sync with desired state']] }),
      () => ({ lines: [['info', 'OCIRepository', 'norekini-manifesti', 'flux-system', `stored artifact for digest 'v4.8.${rng.int(1, 9)}@sha256:${rng.hex(64)}'`]] }),
      () => ({ lines: [['info', '', '', '', 'dispatching event']] }),
    ])();
  const steps = [
    2,
    plant('negative', 'flux-gitrepository-stored-artifact-revision', 'none', "source-controller's `stored artifact for commit` with the revision (`main@sha1:<commit>`): a commit id, no credential.", ({ rng }) => {
      const r = rev();
      return { value: r.slice(10), event: { lines: [['info', 'GitRepository', 'flux-system', 'flux-system', `stored artifact for commit 'Merge pull request #${rng.int(300, 400)} from siltumzime/skaititaji-v2' (${r})`]] } };
    }),
    3,
    plant('api-key-name', 'flux-helmrepository-index-url-access-token', 'error', `${WHY.apiKey('access_token')} A HelmRepository points at a vendor's chart index with a token in its query; source-controller's reconcile error quotes the URL it failed to fetch.`, ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { lines: [['error', 'HelmRepository', 'mbus-iekartas', 'flux-system', 'Reconciler error', `failed to fetch Helm repository index: failed to cache index to temporary file: failed to fetch https://charts.mbus-iekartas.example/stable/index.yaml?access_token=${tok} : 401 Unauthorized`]] } };
    }),
    3,
    plant('id-token', 'flux-gcr-receiver-tokeninfo-url-id-token', 'error', "A GCR receiver (notification-controller 1.7) verifies a Pub/Sub push by calling Google's tokeninfo with the push's ID token in the query; when the call fails, the receiver's error quotes Go's `*url.Error`, URL and ID token (RS256, live) included.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 20), alg: 'RS256', kid: rng.hex(40), claims: { aud: `https://flux-receiver.${SZ}/hook/${rng.hex(64)}`, azp: digits(rng, 21), email: 'gcr-push@siltumzime-registry.iam.gserviceaccount.com', email_verified: true, iss: 'https://accounts.google.com', sub: digits(rng, 21) } });
      const digest = rng.hex(64);
      return {
        value: token,
        marks: [
          { value: token, jwt: facts },
          { value: digest, category: 'negative', kind: 'flux-receiver-handling-request-gcr-digest', expect: 'none', why: "A GCR receiver's webhook path digest on `handling request:`: the receiver accepts a push only with a Google-signed ID token of the configured service account, so the path alone triggers nothing: no credential." },
        ],
        event: { lines: [['info', '', '', '', `handling request: ${digest}`], ['error', 'Receiver', 'gcr-skaititaji-api', 'flux-system', 'unable to validate payload', `cannot authenticate GCR request: cannot verify authenticity of payload: Get "https://oauth2.googleapis.com/tokeninfo?id_token=${token}": dial tcp: lookup oauth2.googleapis.com on 10.43.0.10:53: read udp 10.42.1.17:${rng.int(30000, 60000)}->10.43.0.10:53: i/o timeout`]] },
      };
    }),
    3,
    plant('path-secret', 'flux-kustomize-remote-resource-share-link', 'error', WHY.pathSecret("A Kustomization pulls a patch from a file share's public link (`/s/<token>/download`), and kustomize-controller's build error quotes the remote resource"), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { lines: [['error', 'Kustomization', 'skaititaji-api', 'flux-system', 'Reconciliation failed after 1.482s, next try in 5m0s', `kustomize build failed: accumulating resources: accumulation err='accumulating resources from 'https://faili.${SZ}/s/${tok}/download?path=%2F&files=skaititaji-patch.yaml': yaml: line 3: mapping values are not allowed in this context': must build at directory: not a valid directory: evalsymlink failure on '/tmp/kustomization-${digits(rng, 10)}/https:/faili.${SZ}/s/${tok}/download' : lstat /tmp/kustomization-${digits(rng, 10)}/https:: no such file or directory`]] } };
    }),
    3,
    plant('webhook', 'flux-notification-failed-discord-webhook-retryablehttp', 'error', WHY.webhook("A Discord webhook (`/api/webhooks/<id>/<token>`, to which Flux's Discord provider appends `/slack`) in notification-controller's `failed to send notification`: the provider's address is not masked, and go-retryablehttp's error writes the URL twice"), ({ rng }) => {
      const tok = rng.b64url(68);
      const url = `https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}/slack`;
      return { value: tok, event: { lines: [['info', '', '', '', 'dispatching event'], ['error', '', '', '', 'failed to send notification', `postMessage failed: failed to execute request: POST ${url} giving up after 4 attempt(s): Post "${url}": context deadline exceeded`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 4 * HOUR + 2 * MIN, site: { host: 'flux' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lftp-eksports-2027-07-13.log: the debug log of a nightly lftp job that mirrors meter exports from a vendor portal
// (HTTPS) and an old FTP server (`debug -o <file> 5`): lftp's protocol log with its default prefixes (`---- ` notes,
// `---> ` sent, `<--- ` received, `**** ` errors), each HTTP request and response header on a line of its own, no time.
// lftp writes FTP's PASS as `PASS XXXX`, not HTTP's Authorization. The portal's WebDAV archive takes Basic
// authentication on its own host; the export host works with a session cookie and keys in the query. https://lftp.yar.ru/lftp-man.html (not fetched);
// src/ProtoLog.cc and src/Http.cc of lavv17/lftp (read through search).

function lftpLog(rng) {
  const host = 'eksports.mbus-iekartas.example';
  const render = (e) => e.lines;
  const req = (method, path, extra = [], h = host) => [`---> ${method} ${path} HTTP/1.1`, `---> Host: ${h}`, '---> User-Agent: lftp/4.9.3', '---> Accept: */*', ...extra.map((h) => `---> ${h}`), '---> Connection: keep-alive', '---> '];
  let now = DAY0 + 24 * HOUR + 1 * HOUR + 10 * MIN;
  const res = (status, extra = []) => [`<--- HTTP/1.1 ${status}`, `<--- Date: ${new Date((now += rng.int(900, 6000))).toUTCString()}`, '<--- Server: nginx', ...extra.map((h) => `<--- ${h}`), '<--- '];
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [...req('HEAD', `/eksports/stacijas/${rng.pick(STACIJAS)}/2027-07-12.csv`), ...res('200 OK', [`Content-Length: ${rng.int(20000, 90000)}`, 'Content-Type: text/csv', `Last-Modified: ${new Date(DAY0 + 22 * HOUR).toUTCString()}`])] }),
      () => ({ lines: ['---- Hit EOF', '---- Closing HTTP connection', `---- Connecting to ${host} (203.0.113.44) port 443`] }),
    ])();
  const header = ['---- Resolving host address...', '---- 1 address found: 203.0.113.45'];
  const steps = [
    plant('header-dump', 'lftp-debug-authorization-basic', 'error', "lftp's debug log writes every request header it sends: the vendor portal's `Authorization: Basic` (base64 of the export account and its password).", ({ rng }) => {
      const b = b64Of(`siltumzime-eksports:${rng.alnum(16)}`);
      return { value: b, event: { lines: ['---- Connecting to dav.mbus-iekartas.example (203.0.113.45) port 443', ...req('PROPFIND', '/arhivs/', [`Authorization: Basic ${b}`, 'Depth: 1'], 'dav.mbus-iekartas.example'), ...res('207 Multi-Status', ['Content-Type: application/xml; charset=utf-8', 'Transfer-Encoding: chunked']), '---- Receiving body...', '---- Hit EOF', '---- Closing HTTP connection', '---- Resolving host address...', '---- 1 address found: 203.0.113.44', `---- Connecting to ${host} (203.0.113.44) port 443`] } };
    }, { after: 0 }),
    2,
    plant('session-id', 'lftp-debug-set-cookie-then-cookie', 'error', WHY.session("The portal answers with a session cookie (`<--- Set-Cookie: SESIJA=…`) and lftp sends it back on the next request (`---> Cookie: SESIJA=…`)"), ({ rng }) => {
      const sid = rng.alnum(40);
      return { value: sid, event: { lines: [...res('200 OK', [`Set-Cookie: SESIJA=${sid}; path=/; secure; HttpOnly`, 'Content-Length: 0']), ...req('GET', '/eksports/stacijas/SM-0412/2027-07-12.csv', [`Cookie: SESIJA=${sid}`])] } };
    }),
    3,
    plant('api-key-name', 'lftp-debug-request-line-atslega', 'error', `${WHY.apiKey('atslega')} The job fetches the day's summary with the portal's key in the query ("key"); lftp's debug log writes the request line.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [...req('GET', `/api/kopsavilkums/2027-07-12.csv?atslega=${key}`), ...res('200 OK', ['Content-Type: text/csv', `Content-Length: ${rng.int(2000, 9000)}`])] } };
    }),
    2,
    plant('negative', 'lftp-debug-etag', 'none', 'An `ETag` the portal sends for an export file: a content version, no credential.', ({ rng }) => {
      const tag = rng.hex(32);
      return { value: tag, event: { lines: [...req('GET', '/eksports/stacijas/SM-0415/2027-07-12.csv'), ...res('200 OK', ['Content-Type: text/csv', `ETag: "${tag}"`, `Content-Length: ${rng.int(20000, 90000)}`])] } };
    }),
    3,
    plant('path-secret', 'lftp-debug-request-line-share-link', 'error', WHY.pathSecret("A vendor's share link for a monthly file (`/koplietot/<token>/…`, \"share\"), fetched by the job"), ({ rng }) => {
      const tok = rng.b64url(27);
      return { value: tok, event: { lines: [...req('GET', `/koplietot/${tok}/radijumi-2027-06.zip`), ...res('200 OK', ['Content-Type: application/zip', `Content-Length: ${rng.int(900000, 4000000)}`])] } };
    }),
    3,
    plant('replay', 'lftp-debug-request-line-vienreizeja-bilete', 'note', WHY.ticketFirst('A one-time download ticket (`vienreizeja_bilete`, "one-time ticket") for the vendor\'s calibration certificates, used once by the job. The ticket is'), ({ rng }) => {
      const tk = rng.alnum(30);
      return { value: tk, event: { lines: [...req('GET', `/lejupielade?vienreizeja_bilete=${tk}&fails=kalibresana-2027.pdf`), ...res('200 OK', ['Content-Type: application/pdf', `Content-Length: ${rng.int(200000, 900000)}`])] } };
    }),
    2,
    plant('negative', 'lftp-debug-ftp-pass-masked', 'none', 'lftp writes the FTP password it sends as `PASS XXXX`: no value on the line.', () => ({ value: 'PASS XXXX', event: { lines: ['---- Closing HTTP connection', '---- Connecting to ftp.valmieras-siltums.example (198.51.100.61) port 21', '<--- 220 (vsFTPd 3.0.5)', '---> USER arhivs', '<--- 331 Please specify the password.', '---> PASS XXXX', '<--- 230 Login successful.', '---> PWD', '<--- 257 "/" is the current directory'] } })),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 24 * HOUR + 1 * HOUR + 10 * MIN, site: { host: 'lftp' }, filler, render, steps, header });
}

// =====================================================================================================================
// Kelderdeur (Afrikaans; Stellenbosch: SAST, UTC+2)
// =====================================================================================================================

const SAST = 120;
const KD = 'kelderdeur.example';
const WYNE = ['Chenin Blanc 2025', 'Pinotage 2023', 'Syrah 2022', 'Cap Classique NV', 'Cabernet Franc 2021'];

// ---------------------------------------------------------------------------------------------------------------------
// Kelderdeur-xcode-console.txt: the Xcode console of a debug build of Kelderdeur's iPhone app (an Ionic app on
// Capacitor 7), saved by a developer: Capacitor's bridge logging (`⚡️  To Native ->  <plugin> <method> <callback id>`
// for each plugin call, `⚡️  TO JS <result JSON, first 256 characters>` for each result, JSONSerialization's output with
// `\/`), the Console plugin's `⚡️  [log] - <message>` for the web app's console.log, and system lines; no time.
// https://github.com/ionic-team/capacitor (ios/Capacitor/Capacitor/CapacitorBridge.swift and
// CAPConsolePlugin.swift, read through search).

function capacitorLog(rng) {
  const Z = '⚡️ ';
  const render = (e) => e.lines;
  const cb = () => String(rng.int(10000000, 99999999));
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [`${Z} To Native ->  Preferences get ${cb()}`, `${Z} TO JS {"value":"af"}`] }),
      () => ({ lines: [`${Z} [log] - Proeplek beskikbaar: ${rng.int(0, 14)} plekke vir ${rng.pick(['Saterdag 10:00', 'Saterdag 14:00', 'Sondag 11:00'])}`] }),
      () => ({ lines: [`${Z} To Native ->  Haptics impact ${cb()}`, `${Z} TO JS {}`] }),
      () => ({ lines: [`${Z} [log] - Mandjie: ${rng.int(1, 6)}× ${rng.pick(WYNE)}`] }),
    ])();
  const header = [`${Z} Loading app at capacitor://localhost...`, `${Z} WebView loaded`, `${Z} [log] - Kelderdeur 5.2.0 (412) begin`, `${Z} To Native ->  App addListener ${'18844291'}`, `${Z} To Native ->  SplashScreen hide ${'18844292'}`];
  const steps = [
    plant('refresh-token', 'capacitor-to-js-preferences-get-refresh-token', 'error', `${WHY.refresh} The web app keeps its refresh token in Capacitor Preferences; reading it back returns \`{"value":"…"}\`, which the bridge prints as \`⚡️  TO JS\`.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { lines: [`${Z} To Native ->  Preferences get ${cb()}`, `${Z} TO JS {"value":"${rt}"}`] } };
    }, { after: 1 }),
    2,
    plant('api-key-name', 'capacitor-console-log-url-api-sleutel', 'error', `${WHY.apiKey('api_sleutel')} The web app logs the map tiles URL it builds with the wine route partner's key ("API key"); the Console plugin prints it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [`${Z} [log] - Kaart laai: https://kaarte.wynroete.example/v2/teels/{z}/{x}/{y}.png?api_sleutel=${key}&taal=af`] } };
    }),
    3,
    plant('oauth-code', 'capacitor-to-js-appurlopen-custom-scheme-code', 'warning', `${WHY.code} The sign-in returns to the app through its custom scheme; Capacitor delivers the \`appUrlOpen\` event through the bridge, and \`⚡️  TO JS\` prints its URL (slashes escaped).`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { lines: [`${Z} TO JS ${nsJson({ url: `kelderdeur://teken-in/terug?code=${code}&state=${rng.b64url(22)}`, iosSourceApplication: 'com.apple.SafariViewService', iosOpenInPlace: false }).slice(0, 256)}`] } };
    }),
    3,
    plant('negative', 'capacitor-console-log-order-reference', 'none', 'An order reference in a console line (`KD-2027-…`): an identifier, no credential.', ({ rng }) => {
      const ref = `KD-2027-${upperNum(rng, 6)}`;
      return { value: ref, event: { lines: [`${Z} [log] - Bestelling ${ref} bevestig, aflewering Vrydag`] } };
    }),
    3,
    plant('session-id', 'capacitor-to-js-capacitorhttp-set-cookie', 'error', WHY.session("A CapacitorHttp request's result (`⚡️  TO JS`, the response's headers first in the printed 256 characters): the `Set-Cookie` with the web session `kd_sessie`"), ({ rng }) => {
      const sid = rng.alnum(40);
      const res = nsJson({ headers: { 'Set-Cookie': `kd_sessie=${sid}; path=/; secure; HttpOnly; SameSite=Lax`, 'Content-Type': 'application/json' }, status: 200, url: `https://api.${KD}/v1/sessie`, data: { lid: rng.int(10000, 99999), vlak: 'goud' } });
      return { value: sid, event: { lines: [`${Z} To Native ->  CapacitorHttp request ${cb()}`, `${Z} TO JS ${res.slice(0, 256)}`] } };
    }),
    3,
    plant('path-secret', 'capacitor-console-log-invitation-link', 'error', WHY.pathSecret('A wine club invitation opened in the app (`/uitnodiging/<token>`, "invitation"), logged by the web app'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: [`${Z} [log] - Uitnodiging oopgemaak: https://${KD}/uitnodiging/${tok}`] } };
    }),
    3,
    plant('implicit-fragment', 'capacitor-console-log-capacitor-localhost-fragment', 'error', "The partner sign-in (implicit grant) returns into the web view at `capacitor://localhost/teken-in#access_token=…`, and the app logs `window.location.href` to the console.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { lines: [`${Z} [log] - terug na aanmelding: capacitor://localhost/teken-in#access_token=${tok}&token_type=bearer&expires_in=3600`] } };
    }),
    3,
    plant('negative', 'capacitor-console-log-live-update-bundle-sha256', 'none', "The SHA-256 of a live update bundle the app downloaded: a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { lines: [`${Z} [log] - Bundel 5.2.1 afgelaai, sha256 ${h}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * 24 * HOUR + 7 * HOUR, site: { host: 'app' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// wynklub-worker.log: the stdout of Kelderdeur's Go worker on RichardKnop/machinery v1 with its default logger
// (`<LEVEL>: <yyyy/MM/dd HH:mm:ss> <file>:<line> <message>`, local time without a zone) at DEBUG: the launch settings,
// `Received new message: <the task signature as JSON>` (encoding/json: `&` as `\u0026`, `[]byte` as base64) and
// `Processed task <uuid>. Results = […]`. https://github.com/RichardKnop/machinery (v1's worker.go and
// brokers/redis/redis.go log lines, read through search in a public project's output and its source).

function machineryLog(rng) {
  const at = (ms) => local(ms, SAST).slice(0, 19).replace('T', ' ').replace(/-/g, '/');
  const render = (e) => e.lines.map(([lvl, src, msg], i) => `${lvl}: ${at(e.t + i * 20)} ${src} ${msg}`);
  const sig = (name, args, uuid = `task_${rng.uuid()}`) => ({ uuid, json: goJson({ UUID: uuid, Name: name, RoutingKey: 'kelderdeur_take', ETA: null, GroupUUID: '', GroupTaskCount: 0, Args: args.map(([n, t, v]) => ({ Name: n, Type: t, Value: v })), Headers: {}, Priority: 0, Immutable: false, RetryCount: 3, RetryTimeout: 0, OnSuccess: null, OnError: null, ChordCallback: null, BrokerMessageGroupId: '', SQSReceiptHandle: '', StopTaskDeletionOnError: false, IgnoreWhenTaskNotRegistered: false }) });
  const task = (name, args, results = '[]', uuid) => {
    const s = sig(name, args, uuid);
    return [['DEBUG', 'redis.go:347', `Received new message: ${s.json}`], ['DEBUG', 'worker.go:261', `Processed task ${s.uuid}. Results = ${results}`]];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: task('stuur_bestelling_epos', [['bestelling_id', 'string', `KD-2027-${upperNum(rng, 6)}`], ['taal', 'string', 'af']]) }),
      () => ({ lines: task('herbereken_voorraad', [['kelder', 'string', rng.pick(['hoofkelder', 'proelokaal'])], ['wyn', 'string', rng.pick(WYNE)]], `[${rng.int(0, 400)}]`) }),
      () => ({ lines: task('sinchroniseer_proeplekke', [['datum', 'string', '2027-07-17']], '[true]') }),
    ])();
  const header = [
    ['INFO', 'worker.go:58', 'Launching a worker with the following settings:'],
    ['INFO', 'worker.go:59', '- Broker: redis://redis.kelderdeur.internal:6379/3'],
    ['INFO', 'worker.go:61', '- DefaultQueue: kelderdeur_take'],
    ['INFO', 'worker.go:65', '- ResultBackend: redis://redis.kelderdeur.internal:6379/4'],
    ['INFO', 'redis.go:105', '[*] Waiting for messages. To exit press CTRL+C'],
  ].map(([lvl, src, msg]) => `${lvl}: ${at(DAY0 + 3 * 24 * HOUR + 6 * HOUR)} ${src} ${msg}`);
  const steps = [
    2,
    plant('webhook', 'machinery-signature-arg-slack-webhook', 'error', WHY.webhook('A Slack incoming webhook URL passed as a task argument (`kanaal_url`) to the tasting room roster notifier; Machinery at DEBUG writes each signature it receives'), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { lines: task('stuur_rooster_kennisgewing', [['kanaal_url', 'string', `https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${secret}`], ['week', 'string', '2027-W29']]) } };
    }),
    3,
    plant('api-key-name', 'machinery-signature-arg-api-sleutel', 'error', `${WHY.apiKey('api_sleutel')} The courier sync task gets the courier's key as an argument ("API key"); the received signature's JSON writes it.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { lines: task('sinchroniseer_koerier', [['koerier', 'string', 'the-courier-guy'], ['api_sleutel', 'string', key], ['sedert', 'string', '2027-07-14T00:00:00+02:00']], '[17]') } };
    }),
    3,
    plant('negative', 'machinery-task-uuid', 'none', "A task's UUID on its `Received new message` and `Processed task` lines (one task): an identifier, no credential.", ({ rng }) => {
      const uuid = `task_${rng.uuid()}`;
      return { value: uuid, event: { lines: task('maak_faktuur', [['bestelling_id', 'string', `KD-2027-${upperNum(rng, 6)}`]], '["INV-27-0412"]', uuid) } };
    }),
    3,
    plant('path-secret', 'machinery-signature-arg-password-reset-link', 'error', WHY.pathSecret('A password reset link (`/herstel-wagwoord/<token>`, "reset password") passed to the e-mail task as an argument, `&` written `\\u0026` by Go'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: task('stuur_herstel_epos', [['epos', 'string', 'marelize.botha@posbus.example'], ['skakel', 'string', `https://${KD}/herstel-wagwoord/${tok}?bron=epos&taal=af`]]) } };
    }),
    3,
    plant('framework-dump', 'machinery-signature-arg-json-string-wagwoord', 'error', "The warehouse sync task gets the warehouse portal's login as a JSON string argument; encoding/json escapes its quotes inside the signature, the password (`wagwoord`) in it.", ({ rng }) => {
      const pw = `${rng.alnum(11)}#${digits(rng, 2)}`;
      return { value: pw, event: { lines: task('sinchroniseer_pakhuis', [['aanmelding', 'string', JSON.stringify({ gebruiker: 'kelderdeur-api', wagwoord: pw })], ['pakhuis', 'string', 'Paarl-2']], '[3]') } };
    }),
    3,
    plant('encoded', 'machinery-signature-arg-bytes-base64-basic-credentials', 'error', "A `[]byte` task argument (the label printer's credentials `user:password`): encoding/json writes bytes as base64, one decoding away.", ({ rng }) => {
      const b = b64Of(`drukker:${rng.alnum(14)}`);
      return { value: b, event: { lines: task('druk_etikette', [['drukker', 'string', 'zebra-proelokaal'], ['magtiging', '[]byte', b], ['aantal', 'int64', 24]]) } };
    }),
    3,
    plant('negative', 'machinery-signature-arg-payfast-payment-id', 'none', "PayFast's `pf_payment_id` handed to the receipt task: a payment reference, no credential.", ({ rng }) => {
      const id = digits(rng, 10);
      return { value: id, event: { lines: task('stuur_kwitansie', [['bestelling_id', 'string', `KD-2027-${upperNum(rng, 6)}`], ['pf_payment_id', 'string', id], ['bedrag', 'string', `${rng.int(300, 4000)}.00`]]) } };
    }),
    3,
    plant('refresh-token', 'machinery-signature-arg-refresh-token', 'error', `${WHY.refresh} The accounting sync task is handed the accounting platform's refresh token as an argument; the signature's JSON writes it.`, ({ rng }) => {
      const rt = rng.hex(64);
      return { value: rt, event: { lines: task('vernuwe_rekeningkunde_tokens', [['organisasie', 'string', 'kelderdeur-pty'], ['refresh_token', 'string', rt]], '[true]') } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * 24 * HOUR + 6 * HOUR + 30 * 1000, site: { host: 'worker' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// http.log: Kerio Control's HTTP log at Kelderdeur's estate office, Apache format, with HTTPS filtering on (so HTTPS
// URLs are whole): `[<dd/Mon/yyyy HH:mm:ss>] <client ip> - <user> [<dd/Mon/yyyy:HH:mm:ss +0200>] "<method> <URL>
// HTTP/1.1" <status> <bytes> +<requests on the connection>`, the bracket the log's own time. https://manuals.gfi.com/en/kerio/control/content/logs/using-the-http-log-1455.html
// (read through search); the leading log time from the WinRoute manual's example of the same log (read through search).

function kerioLog(rng) {
  const lt = (ms) => {
    const d = new Date(ms + SAST * MIN);
    return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${local(ms, SAST).slice(11, 19)}`;
  };
  const USERS = ['thandi', 'pieter', 'annelie', '-'];
  const render = (e) => [`[${lt(e.t)}] ${e.client ?? `10.20.0.${rng.int(20, 60)}`} - ${e.user ?? rng.pick(USERS)} [${clf(e.t, SAST)}] "${e.method} ${e.url} HTTP/1.1" ${e.status} ${e.bytes} +${rng.int(1, 9)}`];
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `https://${KD}/proe/plekke?datum=2027-07-${rng.int(16, 20)}`, status: 200 }),
      () => ({ url: `https://admin.${KD}/bestellings?status=${rng.pick(['nuut', 'verpak', 'gestuur'])}&bladsy=${rng.int(1, 4)}`, status: 200 }),
      () => ({ url: `http://ocsp.digicert.example/MFEwTzBNMEswSTAJBgUrDgMCGgUABBS${rng.alnum(20)}`, status: 200, user: '-' }),
      () => ({ url: `https://${KD}/static/app.${rng.hex(8)}.css`, status: 304, bytes: 0 }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'kerio-http-log-url-callback-code', 'warning', `${WHY.code} The office signs in to the booking admin; with HTTPS filtering on, Kerio's HTTP log writes the callback URL (\`/teken-in/terug\`, "sign in/back") with its query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { method: 'GET', url: `https://admin.${KD}/teken-in/terug?code=${code}&state=${rng.hex(32)}`, status: 302, user: 'thandi' } };
    }),
    3,
    plant('negative', 'kerio-http-log-payfast-payment-id', 'none', "PayFast's `pf_payment_id` on the return page of a paid order: a payment reference, no credential.", ({ rng }) => {
      const id = digits(rng, 10);
      return { value: id, event: { method: 'GET', url: `https://${KD}/betaal/klaar?m_payment_id=KD-2027-${upperNum(rng, 6)}&pf_payment_id=${id}`, status: 200 } };
    }),
    3,
    plant('embed-jwt', 'kerio-http-log-url-embed-report-jwt-1h', 'error', "A sales report embedded in the office's dashboard (`/inbed/verslag/<JWT>`, \"embed/report\"), written whole by the HTTP log: valid 1 h with a jti, live (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 600), jti: true, claims: { resource: { dashboard: 3 }, params: { tydperk: '2027-07' }, sub: 'kantoor-skerm' } });
      return { value: token, jwt: facts, event: { method: 'GET', url: `https://verslae.${KD}/inbed/verslag/${token}`, status: 200, user: 'annelie' } };
    }),
    3,
    plant('replay', 'kerio-http-log-url-eenmalige-kaartjie', 'note', WHY.ticketFirst('A one-time voucher ticket (`eenmalige_kaartjie`, "one-time ticket") for a tasting voucher PDF, on the HTTP log line of its first download. The ticket is'), ({ rng, t }) => {
      const tk = rng.alnum(32);
      firstUse.koepon = t;
      return { value: tk, event: { method: 'GET', url: `https://${KD}/proe/koepon.pdf?eenmalige_kaartjie=${tk}`, status: 200, bytes: 48213, client: '10.20.0.31', user: 'thandi' } };
    }, { ref: 'koepon' }),
    2,
    plant('replay', 'kerio-http-log-url-eenmalige-kaartjie', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('koepon').value, why: `${WHY.replay('eenmalige_kaartjie', gap('koepon', t))} Another office PC (10.20.0.77, another user) downloaded the same voucher with the same ticket and the shop answered 200 again: the ticket was not spent.` }], event: { method: 'GET', url: `https://${KD}/proe/koepon.pdf?eenmalige_kaartjie=${refs.get('koepon').value}`, status: 200, bytes: 48213, client: '10.20.0.77', user: 'pieter' } }), { replayOf: 'koepon', after: 120 }),
    3,
    plant('id-token', 'kerio-http-log-url-endsession-id-token-hint-expired', 'note', 'A sign-out through the identity provider (`/connect/endsession?id_token_hint=<JWT>`) in the HTTP log: the ID token expired three hours before the line (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 3600 + rng.int(60, 900), alg: 'RS256', kid: rng.b64url(16), claims: { iss: `https://aanmeld.${KD}`, aud: 'kelderdeur-admin', sub: rng.uuid(), sid: rng.uuid(), name: 'Pieter van Wyk' } });
      return { value: token, jwt: facts, event: { method: 'GET', url: `https://aanmeld.${KD}/connect/endsession?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fadmin.${KD}%2F`, status: 302, user: 'pieter' } };
    }),
    3,
    plant('embed-jwt', 'kerio-http-log-url-embed-stock-jwt-expired', 'note', 'A stock view embed (`/inbed/voorraad/<JWT>`, "embed/stock") reloaded from a tab left open: the JWT expired a day before the line (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: 86400 + rng.int(600, 7200), claims: { resource: { dashboard: 5 }, params: { kelder: 'hoofkelder' } } });
      return { value: token, jwt: facts, event: { method: 'GET', url: `https://verslae.${KD}/inbed/voorraad/${token}`, status: 401, user: 'annelie' } };
    }),
    3,
    plant('negative', 'kerio-http-log-whatsapp-text-wagwoord-sentence', 'none', 'A WhatsApp click-to-chat link whose prefilled `text=` is a sentence ("I forgot my password") naming a password: words, no credential.', () => ({ value: 'Ek%20het%20my%20wagwoord%20vergeet', event: { method: 'GET', url: 'https://api.whatsapp.com/send?phone=27218870000&text=Ek%20het%20my%20wagwoord%20vergeet', status: 200 } })),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * 24 * HOUR + 6 * HOUR + 40 * MIN, site: { host: 'kerio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// grpcurl-sessie.txt: a developer's terminal session (saved with `script`) calling Kelderdeur's gRPC API with `grpcurl -v`
// (1.9): the typed command, then `Resolved method descriptor:`, `Request metadata to send:` (each `name: value`, sorted),
// `Response headers received:`, `Response contents:` (JSON, two-space indent, lowerCamelCase names, bytes as base64),
// `Response trailers received:` (`(empty)` when none) and `Sent 1 request and received 1 response`; no time.
// https://github.com/fullstorydev/grpcurl (format.go's DefaultEventHandler and PrintStatus, read).

function grpcurlLog(rng) {
  const host = `api.${KD}:443`;
  const render = (e) => {
    const md = (pairs) => (pairs.length ? [...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${v}`) : ['(empty)']);
    const out = [`$ grpcurl -v ${e.args.join(' ')} ${host} ${e.svc}/${e.method}`, '', 'Resolved method descriptor:', `rpc ${e.method} ( .${e.svc.replace(/\.[A-Za-z]+$/, '')}.${e.req} ) returns ( .${e.svc.replace(/\.[A-Za-z]+$/, '')}.${e.res} );`, '', 'Request metadata to send:', ...md(e.metadata ?? []), '', 'Response headers received:', ...md([['content-type', 'application/grpc'], ['date', new Date(e.t).toUTCString()], ['request-id', e.reqId ?? rng.uuid()], ['server', 'envoy']]), '', 'Response contents:', ...JSON.stringify(e.body, null, 2).split('\n'), '', 'Response trailers received:', '(empty)', 'Sent 1 request and received 1 response', ''];
    return out;
  };
  const svc = (s) => `kelderdeur.${s}.v1.${s[0].toUpperCase()}${s.slice(1)}Diens`;
  const filler = (rng) =>
    rng.pick([
      () => ({ args: ['-d', `'{"datum":"2027-07-${rng.int(16, 20)}"}'`], svc: svc('proe'), method: 'LysPlekke', req: 'LysPlekkeVersoek', res: 'LysPlekkeAntwoord', body: { plekke: [{ tyd: '10:00', oop: rng.int(0, 12) }, { tyd: '14:00', oop: rng.int(0, 12) }] } }),
      () => ({ args: ['-d', `'{"wyn":"${rng.pick(WYNE)}"}'`], svc: svc('voorraad'), method: 'KryVoorraad', req: 'KryVoorraadVersoek', res: 'KryVoorraadAntwoord', body: { bottels: String(rng.int(0, 900)), kelder: 'hoofkelder' } }),
    ])();
  const header = [`Script started on ${ymdHmsAt(DAY0 + 3 * 24 * HOUR + 7 * HOUR + 14 * MIN, SAST)}+02:00 [TERM="xterm-256color" TTY="/dev/ttys004" COLUMNS="148" LINES="52"]`];
  const steps = [
    plant('header-dump', 'grpcurl-argv-and-request-metadata-authorization-bearer', 'error', "An access token given with `-H 'authorization: Bearer …'`: the typed command holds it, and grpcurl's `Request metadata to send:` writes it again (one call, two lines).", ({ rng }) => {
      const tok = rng.alnum(44);
      return { value: tok, event: { args: ['-H', `'authorization: Bearer ${tok}'`, '-d', "'{\"lid\":\"41822\"}'"], metadata: [['authorization', `Bearer ${tok}`]], svc: svc('lede'), method: 'KryLid', req: 'KryLidVersoek', res: 'Lid', body: { lid: '41822', naam: 'Marelize Botha', vlak: 'GOUD' } } };
    }, { after: 0 }),
    1,
    plant('framework-dump', 'grpcurl-argv-d-json-wagwoord', 'error', "A sign-in tried from the terminal: the request message given with `-d` is a JSON object holding the password (`wagwoord`), on the typed command line.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 3)}!`;
      return { value: pw, event: { args: ['-d', `'{"epos":"toets.lid@${KD}","wagwoord":"${pw}"}'`], svc: svc('rekening'), method: 'TekenIn', req: 'TekenInVersoek', res: 'TekenInAntwoord', body: { sessieVervaldatum: '2027-07-15T09:20:00Z', lidId: '90001' } } };
    }),
    1,
    plant('implicit-fragment', 'grpcurl-response-contents-redirect-url-fragment', 'error', "The hand-off RPC for the web view returns a redirect URL carrying the access token in its fragment (`#access_token=…`), printed in `Response contents:`.", ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { args: ['-d', "'{\"bestemming\":\"winkel\"}'"], svc: svc('rekening'), method: 'SkepOorhandiging', req: 'SkepOorhandigingVersoek', res: 'Oorhandiging', body: { herleiUrl: `https://winkel.${KD}/oorhandig#access_token=${tok}`, vervalSekondes: 300 } } };
    }),
    1,
    plant('negative', 'grpcurl-response-header-request-id', 'none', "The `request-id` response header the gateway adds (32 hex digits): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { args: ['-d', "'{}'"], svc: svc('proe'), method: 'Gesondheid', req: 'GesondheidVersoek', res: 'GesondheidAntwoord', body: { status: 'OK' }, reqId: id } };
    }),
    1,
    plant('api-key-name', 'grpcurl-argv-and-request-metadata-x-api-sleutel', 'error', `${WHY.apiKey('x-api-sleutel')} The partner API's key given as metadata (\`-H 'x-api-sleutel: …'\`, "API key"): on the typed command and again under \`Request metadata to send:\`.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { args: ['-H', `'x-api-sleutel: ${key}'`, '-d', "'{\"sedert\":\"2027-07-01\"}'"], metadata: [['x-api-sleutel', key]], svc: svc('vennote'), method: 'LysBestellings', req: 'LysBestellingsVersoek', res: 'LysBestellingsAntwoord', body: { bestellings: [{ id: 'KD-2027-Q7W2LC', totaal: '1840.00' }] } } };
    }),
    1,
    plant('encoded', 'grpcurl-response-contents-bytes-base64-config', 'error', "A `bytes` field in the response (the partner's configuration blob), which grpcurl's JSON writes as base64: a JSON object with the courier's key (`api_sleutel`), one decoding away.", ({ rng }) => {
      const blob = b64Of(JSON.stringify({ koerier: 'the-courier-guy', api_sleutel: rng.hex(32), rekening: 'KDR0412' }));
      return { value: blob, event: { args: ['-d', "'{\"vennoot\":\"koerier\"}'"], svc: svc('vennote'), method: 'KryKonfigurasie', req: 'KryKonfigurasieVersoek', res: 'Konfigurasie', body: { vennoot: 'koerier', konfigurasie: blob, weergawe: 7 } } };
    }),
    1,
    plant('negative', 'grpcurl-response-contents-order-id', 'none', "An order id in `Response contents:`: an identifier, no credential.", ({ rng }) => {
      const id = `KD-2027-${upperNum(rng, 6)}`;
      return { value: id, event: { args: ['-d', `'{"bestelling":"${id}"}'`], svc: svc('bestellings'), method: 'KryBestelling', req: 'KryBestellingVersoek', res: 'Bestelling', body: { id, status: 'VERPAK', bottels: 6 } } };
    }),
  ];
  return buildLog(rng, { start: DAY0 + 3 * 24 * HOUR + 7 * HOUR + 15 * MIN, site: { host: 'grpc' }, filler, render, steps, header });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout38');
writePart(join(here, 'heldout38'), {
  'log.ampwell_cp.20270714094211.txt': espIdfLog(rng),
  'postgresql-2027-07-14_000000.csv': pgCsvLog(rng),
  'travis-job-1187452301.txt': travisLog(rng),
  'AmpwellDriver-xcode-console.txt': moyaLog(rng),
  'ftd-depot-cmh2.log': ftdLog(rng),
  'logread-sm0412.txt': logreadLog(rng),
  'audit.log': mysqlAuditLog(rng),
  'serviss0.log': julXmlLog(rng),
  'flux-logs-siltumzime.txt': fluxLog(rng),
  'lftp-eksports-2027-07-13.log': lftpLog(rng),
  'Kelderdeur-xcode-console.txt': capacitorLog(rng),
  'wynklub-worker.log': machineryLog(rng),
  'http.log': kerioLog(rng),
  'grpcurl-sessie.txt': grpcurlLog(rng),
});
