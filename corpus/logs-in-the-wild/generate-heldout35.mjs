// Writes corpus/logs-in-the-wild/heldout35/: a thirty-fifth held-out part, in formats no other part uses (Moonraker's
// log of a Klipper print farm host, a Mosquitto broker's log, the output of a fastlane lane in CI, `idevicesyslog` of an
// iPhone app, the IntelliJ HTTP Client's request history, `mysqlbinlog -vv` of a row-based binary log with its
// Rows_query events, P6Spy's spy.log, Apache NiFi's nifi-app.log with LogAttribute, a Bamboo build log, Tetragon's JSON
// export, the Intune Management Extension's AgentExecutor.log, `esphome logs` of an ESP32 sensor, an OWASP ZAP "Export
// Messages to File" text and a Rundeck execution log), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout35.mjs     rewrites heldout35/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Layerline, an on-demand 3D printing service with a Klipper print farm in Austin, Texas (English, five
// logs); Amanati (ამანათი), a parcel delivery and locker service in Tbilisi (Georgian messages, transliterated routes,
// table, column and parameter names, English code names, five logs); Ustaxona, a car service booking app and chain of
// workshops in Tashkent (Uzbek messages, routes and parameter names, English code names, four logs). Standard names
// (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, githubToken, HOUR, iso, local, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node', 'axios/1.13.4'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 5, 8, 0, 0, 0);
const { firstUse, gap } = replayClock();

// ---------------------------------------------------------------------------------------------------------------------
// Helpers shared by several formats.

/** RFC 1123 date of an HTTP header. */
const httpDate = (ms) => new Date(ms).toUTCString();
/** Java's `Date.toString()` in a zone `abbr` at `offset` minutes: `Tue Jun 08 10:14:02 GET 2027`. */
const javaDate = (ms, offset, abbr) => {
  const d = new Date(ms + offset * MIN);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${local(ms, offset).slice(11, 19)} ${abbr} ${d.getUTCFullYear()}`;
};
/** A syslog-style `Jun  8 09:14:02` (day padded with a space) at `offset` minutes. */
const syslogTime = (ms, offset) => {
  const d = new Date(ms + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(ms, offset).slice(11, 19)}`;
};
/** Base32 (RFC 4648, as Python's `base64.b32encode`) of `bytes`. */
const base32 = (bytes) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out + '='.repeat((8 - (out.length % 8)) % 8);
};
/**
 * A terminal-table (Ruby gem) as fastlane's PrintTable and summary print it: a centred title, optional headings with a
 * separator under them, then the rows.
 */
const terminalTable = (title, rows, headings = null) => {
  const all = headings ? [headings, ...rows] : rows;
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const inner = () => widths.reduce((a, w) => a + w, 0) + 3 * (widths.length - 1);
  if (title.length > inner()) widths[widths.length - 1] += title.length - inner();
  const sep = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const left = Math.floor((inner() - title.length) / 2);
  const row = (r) => `| ${r.map((v, c) => String(v).padEnd(widths[c])).join(' | ')} |`;
  return [sep, `| ${' '.repeat(left)}${title}${' '.repeat(inner() - title.length - left)} |`, sep, ...(headings ? [row(headings), sep] : []), ...rows.map(row), sep];
};

// =====================================================================================================================
// Layerline (English; Austin, Texas: CDT, UTC-5, in June)
// =====================================================================================================================

const CDT = -300;
const LL = 'layerline.example';
const LL_API = `api.${LL}`;
const orderNo = (rng) => `LL-${digits(rng, 5)}`;
const PARTS = ['bracket_v3', 'cable-clip_x20', 'enclosure-lid', 'gear-housing_rev2', 'drone-arm_l', 'knob_m8', 'sensor-mount'];
const MATERIALS = ['PETG', 'PLA', 'ASA', 'PA12-CF', 'TPU95A'];
const farmHost = (rng) => `10.40.2.${rng.int(11, 60)}`;

// ---------------------------------------------------------------------------------------------------------------------
// moonraker.log: Moonraker (v0.9) on one of the print farm's Raspberry Pi hosts, started with `-v`, so its request log
// writes successful requests too. The file handler's header (`-------------------- Log Start | <time.asctime in UTC>
// --------------------` and the application's arguments, one `key: value` a line), then `%(asctime)s
// [%(filename)s:%(funcName)s()] - %(message)s` in the Pi's local time without a zone; `log_request` writes `<status>
// <method> <uri with its query> (<remote ip>) [<user>] <ms>ms`. https://github.com/Arksine/moonraker (moonraker/
// loghelper.py's formats and header, moonraker/app.py's `log_request`, components/authorization.py's oneshot tokens and
// trusted connections, read).

function moonrakerLog(rng) {
  const ts = (ms) => `${ymdHmsAt(ms, CDT)},${local(ms, CDT).slice(20, 23)}`;
  const req = (ms, e) => `${ts(ms)} [app.py:log_request()] - ${e.status} ${e.method} ${e.uri} (${e.ip}) [${e.user}] ${e.ms.toFixed(2)}ms`;
  const render = (e) => {
    if (e.header) return e.header;
    const out = (e.lines ?? []).map(([src, msg], i) => `${ts(e.t + i * 2)} [${src}] - ${msg}`);
    for (const [i, r] of (e.reqs ?? [e]).entries()) if (r.uri) out.push(req(e.t + 40 + i * 31, { ...e, ...r }));
    return out;
  };
  const q = (parts) => parts.join('&');
  const filler = (rng, t) =>
    rng.pick([
      () => ({ uri: `/printer/objects/query?${q(['webhooks', 'print_stats', 'virtual_sdcard', 'display_status', 'heater_bed', 'extruder'])}`, method: 'GET', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: rng.int(180, 900) / 100 }),
      () => ({ uri: '/server/files/list?root=gcodes', method: 'GET', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: rng.int(300, 2400) / 100 }),
      () => ({ uri: `/server/history/list?limit=50&start=0&since=${sec(t) - 86400}&order=desc`, method: 'GET', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: rng.int(200, 1200) / 100 }),
      () => ({ uri: `/server/files/metadata?filename=orders%2F${orderNo(rng)}%2F${rng.pick(PARTS)}_0.2mm_${rng.pick(MATERIALS)}.gcode`, method: 'GET', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: rng.int(100, 600) / 100 }),
      () => ({ uri: '/machine/proc_stats', method: 'GET', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: rng.int(50, 300) / 100 }),
      () => ({ uri: `/printer/gcode/script?script=M117%20${orderNo(rng)}`, method: 'POST', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: rng.int(400, 3000) / 100 }),
      () => ({ lines: [['authorization.py:_check_trusted_connection()', `Trusted Connection Detected, IP: 10.40.2.${rng.int(11, 60)}`]] }),
    ])();
  const uuid = rng.hex(32);
  const start = DAY0 + 14 * HOUR + 3000;
  const header = [
    `${'-'.repeat(20)} Log Start | ${new Date(start).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, d, day, mon, y, hms) => `${d} ${mon} ${day.replace(/^0/, ' ')} ${hms} ${y}`)} ${'-'.repeat(20)}`,
    'data_path: /home/pi/printer_data',
    'is_default_data_path: False',
    'config_file: /home/pi/printer_data/config/moonraker.conf',
    'backup_config: /home/pi/printer_data/config/.moonraker.conf.bkp',
    'startup_warnings: []',
    'verbose: True',
    'debug: False',
    'asyncio_debug: False',
    'is_backup_config: False',
    'is_python_package: False',
    `instance_uuid: ${uuid}`,
    'unix_socket_path: /home/pi/printer_data/comms/moonraker.sock',
    'software_version: v0.9.3-84-g3c8d5e1',
    'git_branch: master',
    'git_remote: origin',
    'git_repo_url: https://github.com/Arksine/moonraker.git',
    'modified_files: []',
    'unofficial_components: []',
    'log_file: /home/pi/printer_data/logs/moonraker.log',
    'python_version: 3.11.2 (main, Nov 30 2024, 21:22:50) [GCC 12.2.0]',
    'launch_args: /home/pi/moonraker-env/bin/python /home/pi/moonraker/moonraker/moonraker.py -d /home/pi/printer_data -v',
  ];
  const steps = [
    plant('negative', 'moonraker-header-instance-uuid', 'none', "Moonraker's `instance_uuid` in its log header (an identifier of the installation, 32 hex characters): no credential.", () => ({ value: uuid, event: { header } }), { after: 0 }),
    { raw: { lines: [['app.py:listen()', 'SSL Certificate/Key not configured, aborting HTTPS Server startup'], ['app.py:register_local_handler()', 'Registering HTTP Endpoint: (GET) /server/info'], ['app.py:register_local_handler()', 'Registering HTTP Endpoint: (GET) /access/oneshot_token'], ['app.py:register_local_handler()', 'Registering HTTP Endpoint: (GET POST DELETE) /server/database/item'], ['power.py:_set_initial_state()', 'Power Device enclosure_fan: setting initial state to on'], ['authorization.py:_check_trusted_connection()', 'Trusted Connection Detected, IP: 10.40.1.5']] }, after: 2 },
    4,
    plant('replay', 'moonraker-websocket-oneshot-token', 'note', WHY.ticketFirst("A Moonraker oneshot token (32 base32 characters from `/access/oneshot_token`, valid 5 s, bound to the address that asked for it and removed when used) on the websocket URL a farm operator's dashboard opens. The token is"), ({ rng }) => {
      const tok = base32(rng.bytes(20));
      return { value: tok, event: { reqs: [{ uri: '/access/oneshot_token', method: 'GET', status: 200, ms: 1.07 }, { uri: `/websocket?token=${tok}`, method: 'GET', status: 101, ms: 2.41 }], ip: '10.40.1.22', user: 'farmops' } };
    }),
    4,
    plant('api-key-name', 'moonraker-request-uri-apikey-query', 'error', `${WHY.apiKey('apikey')} The farm monitor polls Moonraker's OctoPrint-compatible \`/api/job\` with the instance's API key (32 hex characters) in the query, OctoPrint's way; Moonraker reads the key only from \`X-Api-Key\` (the poller passes as a trusted address), and its request log writes the URI with the key.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { uri: `/api/job?apikey=${key}`, method: 'GET', status: 200, ip: '10.40.9.14', user: '_TRUSTED_USER_', ms: 0.88 } };
    }),
    5,
    plant('webhook', 'moonraker-database-item-value-slack-url-percent-encoded', 'error', WHY.webhook("A Slack incoming webhook URL saved in Moonraker's database by the farm's setup script through `POST /server/database/item?namespace=…&key=…&value=…`: the request log writes the query with the URL percent-encoded in `value`"), ({ rng }) => {
      const secret = rng.alnum(24);
      const url = `https://hooks.slack.com/services/T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${secret}`;
      return { value: secret, event: { uri: `/server/database/item?namespace=layerline&key=alerts.slack_url&value=${encodeURIComponent(JSON.stringify(url))}`, method: 'POST', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: 4.12 } };
    }),
    4,
    plant('encoded', 'moonraker-database-item-value-base64-user-password', 'error', "The same setup script stores the spool scale's credentials as base64 of `user:password` in Moonraker's database (`value=\"<base64>\"`, percent-encoded in the query): the password is one decoding away on the request log's line.", ({ rng }) => {
      const b64 = b64Of(`scale-svc:${rng.alnum(16)}`);
      const needle = encodeURIComponent(b64);
      return { value: needle, event: { uri: `/server/database/item?namespace=layerline&key=scale.basic_auth&value=${encodeURIComponent(JSON.stringify(b64))}`, method: 'POST', status: 200, ip: '10.40.1.5', user: '_TRUSTED_USER_', ms: 3.77 } };
    }),
    4,
    plant('negative', 'moonraker-request-cache-buster-underscore', 'none', "A dashboard's `_=` cache buster (milliseconds since the epoch) on a config file download: no credential.", ({ t }) => {
      const v = String(t - 5000);
      return { value: v, event: { uri: `/server/files/config/printer.cfg?_=${v}`, method: 'GET', status: 200, ip: '10.40.1.22', user: 'farmops', ms: 6.3 } };
    }),
    3,
  ];
  return buildLog(rng, { start, site: { host: 'farm-a07' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mosquitto.log: the farm's Mosquitto 2.0 broker (`log_dest file`, the default `log_timestamp`: seconds since the epoch,
// `connection_messages true`), with the mosquitto-go-auth plugin, whose JWT backend takes a token as the MQTT user
// name: `New connection from <ip>:<port> on port <n>.`, `New client connected from <ip>:<port> as <client id> (p2, c1,
// k<keepalive>, u'<user name>').`, `Client <id> closed its connection.`, `Saving in-memory database to …`.
// https://mosquitto.org/man/mosquitto-conf-5.html (not fetched; the connection lines from memory of the 2.0 broker's
// source and public logs), https://github.com/iegomez/mosquitto-go-auth (its JWT backend, not fetched).

function mosquittoLog(rng) {
  const render = (e) => e.lines.map((m, i) => `${sec(e.t) + (i > 1 ? 1 : 0)}: ${m}`);
  const printers = ['farm-a03', 'farm-a07', 'farm-a11', 'farm-b02', 'farm-b05', 'farm-b09', 'farm-c01'];
  const conn = (ip, port, id, user, k = 60, lport = 1883) => [`New connection from ${ip}:${port} on port ${lport}.`, `New client connected from ${ip}:${port} as ${id} (p2, c1, k${k}, u'${user}').`];
  const filler = (rng) => {
    const r = rng.int(1, 10);
    const p = rng.pick(printers);
    if (r <= 5) return { lines: conn(farmHost(rng), rng.int(32768, 60999), p, p) };
    if (r <= 8) return { lines: [`Client ${p} closed its connection.`] };
    if (r === 9) return { lines: [`Client ${p} has exceeded timeout, disconnecting.`] };
    return { lines: ['Saving in-memory database to /var/lib/mosquitto/mosquitto.db.'] };
  };
  const steps = [
    { raw: { lines: ['mosquitto version 2.0.21 starting', 'Config loaded from /etc/mosquitto/mosquitto.conf.', 'Loading plugin: /usr/lib/mosquitto-go-auth/go-auth.so', ' ├── Username/password checking enabled.', ' ├── TLS-PSK checking not enabled.', ' └── Extended authentication not enabled.', 'Opening ipv4 listen socket on port 1883.', 'Opening ipv6 listen socket on port 1883.', 'Opening websockets listen socket on port 9001.', 'mosquitto version 2.0.21 running'] }, after: 0 },
    8,
    plant('negative', 'mosquitto-client-id-mqttjs', 'none', "MQTT.js's random client id (`mqttjs_` and 8 hex characters) of the farm dashboard, connected as the user `dashboard`: an identifier of a connection, no credential.", ({ rng }) => {
      const id = `mqttjs_${rng.hex(8)}`;
      return { value: id, event: { lines: [`New client connected from 10.40.1.22:${rng.int(40000, 60000)} as ${id} (p2, c1, k60, u'dashboard').`] } };
    }),
    7,
    plant('id-token', 'mosquitto-connect-username-auth0-id-token', 'error', "The Layerline iPhone app connects to the broker's websockets listener with the customer's Auth0 ID token as the MQTT user name (the auth plugin's JWT backend validates it), and Mosquitto writes the user name on its `New client connected` line.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 36000, age: rng.int(300, 2400), alg: 'RS256', kid: rng.b64url(22), claims: { nickname: 'j.okafor', name: 'j.okafor@mail.example', email: 'j.okafor@mail.example', email_verified: true, iss: 'https://layerline.us.auth0.com/', aud: rng.alnum(32), sub: `auth0|${rng.hex(24)}`, sid: rng.b64url(32) } });
      return { value: token, jwt: facts, event: { lines: [`New client connected from 198.51.100.${rng.int(10, 250)}:${rng.int(40000, 60000)} as layerline-ios-${rng.hex(8)} (p2, c1, k30, u'${token}').`] } };
    }),
    7,
    plant('replay', 'mosquitto-connect-username-pairing-ticket', 'note', WHY.ticketFirst("A one-time pairing ticket (`pair_…`) the Layerline app hands to a new printer host, which uses it as the MQTT user name of its first connection (the auth plugin asks the pairing service); Mosquitto writes it on the `New client connected` line. The ticket is"), ({ rng, t }) => {
      firstUse.pair = t;
      const tk = `pair_${rng.b64url(26)}`;
      return { value: tk, event: { lines: conn('10.40.7.31', rng.int(32768, 60999), 'farm-c12-setup', tk) } };
    }, { ref: 'pair' }),
    5,
    plant('replay', 'mosquitto-connect-username-pairing-ticket', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('pair').value, why: `${WHY.replay('pair_…', gap('pair', t))} Another printer host (10.40.7.58, client \`farm-c14-setup\`) connected with the same pairing ticket and the broker let it in: the pairing service did not spend the ticket.` }], event: { lines: conn('10.40.7.58', 41877, 'farm-c14-setup', refs.get('pair').value) } }), { replayOf: 'pair', after: 74 }),
    6,
    plant('negative', 'mosquitto-connect-username-printer-serial', 'none', "A printer host's serial number as its MQTT user name (its password is checked apart and not logged): an identifier, no credential.", ({ rng }) => {
      const serial = `LL-C14-${rng.hex(8)}`;
      return { value: serial, event: { lines: conn('10.40.7.58', rng.int(32768, 60999), 'farm-c14', serial) } };
    }),
    7,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR + 12 * MIN, site: { host: 'mqtt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fastlane-ios-beta-1093.log: a CI job's output of `bundle exec fastlane ios beta` (fastlane 2.227, Ruby 3.3, colours off
// with FASTLANE_DISABLE_COLORS): `[HH:MM:SS]: <message>` in the runner's local time, step banners (`--- Step: <action>
// ---` between dashed lines), `$ <command>` and `▸ <output>` of shell commands, the tools' parameter tables ("Summary
// for match 2.227.1", terminal-table, sensitive options written `********`, whole values in CI), `puts` output of the
// Fastfile, and the closing "fastlane summary" table. https://github.com/fastlane/fastlane (fastlane_core/lib/
// fastlane_core/print_table.rb, read: in CI no transform, sensitive options masked), https://docs.fastlane.tools/actions/
// match/ (not fetched).

function fastlaneLog(rng) {
  const hhmmss = (ms) => local(ms, CDT).slice(11, 19);
  const render = (e) => {
    const out = [];
    let i = 0;
    for (const item of e.items) {
      const at = e.t + i++ * 700;
      if (item.step) {
        const title = `--- Step: ${item.step} ---`;
        const dash = '-'.repeat(title.length);
        out.push(`[${hhmmss(at)}]: ${dash}`, `[${hhmmss(at)}]: ${title}`, `[${hhmmss(at)}]: ${dash}`);
      } else if (item.table) {
        out.push('', ...terminalTable(item.table, item.rows), '');
      } else if (item.plain !== undefined) {
        out.push(item.plain);
      } else {
        out.push(`[${hhmmss(at)}]: ${item.msg}`);
      }
    }
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ items: [{ msg: `▸ Compiling ${rng.pick(['PrintQueueView', 'QuoteStore', 'OrderDetailView', 'FarmStatusClient', 'MaterialPicker'])}.swift` }] }),
      () => ({ items: [{ msg: `▸ Processing ${rng.pick(['Info.plist', 'Localizable.strings', 'PrivacyInfo.xcprivacy'])}` }] }),
      () => ({ items: [{ msg: `▸ Linking ${rng.pick(['Layerline', 'LayerlineKit', 'LayerlineWidgets'])}` }] }),
    ])();
  const sha = rng.hex(40);
  const steps = [
    { raw: { items: [{ plain: '[✔] 🚀 ' }, { step: 'default_platform' }, { msg: "Driving the lane 'ios beta' 🚀" }, { step: 'setup_ci' }, { msg: 'Creating temporary keychain: "fastlane_tmp_keychain".' }, { msg: '$ security list-keychains -d user' }, { msg: '▸ "/Users/runner/Library/Keychains/login.keychain-db"' }, { msg: 'Enabling match readonly mode.' }, { step: 'app_store_connect_api_key' }, { step: 'last_git_commit' }] }, after: 0 },
    plant('negative', 'fastlane-git-rev-parse-head-sha', 'none', "The commit being built, as `git rev-parse HEAD` prints it (a git SHA-1): no credential.", () => ({ value: sha, event: { items: [{ msg: '$ git rev-parse HEAD' }, { msg: `▸ ${sha}` }] } })),
    plant('api-key-name', 'fastlane-match-summary-git-url-userinfo-token', 'error', `A GitHub personal access token as the password of a URL's userinfo (labeled like a key, long-lived until revoked): the certificates repository's \`git_url\` carries a GitHub personal access token as its password (\`https://layerline-ci:ghp_…@github.com/…\`); match's parameter table prints \`git_url\` whole, as it is no sensitive option (in CI fastlane does not shorten values).`, ({ rng }) => {
      const tok = githubToken('ghp_', rng.alnum(30));
      return { value: tok, marks: [{ value: tok }, { value: '********', needle: 'git_basic_authorization', category: 'negative', kind: 'fastlane-match-summary-sensitive-masked', expect: 'none', why: "match's `git_basic_authorization` is a sensitive option, written `********` in its parameter table: no value on the line." }], event: { items: [{ step: 'match' }, { table: 'Summary for match 2.227.1', rows: [['type', 'appstore'], ['readonly', 'true'], ['generate_apple_certs', 'true'], ['skip_provisioning_profiles', 'false'], ['app_identifier', '["com.layerline.app", "com.layerline.app.widgets"]'], ['username', 'ios-release@layerline.example'], ['team_id', upperNum(rng, 10)], ['storage_mode', 'git'], ['git_url', `https://layerline-ci:${tok}@github.com/layerline/ios-certificates.git`], ['git_branch', 'main'], ['git_basic_authorization', '********'], ['shallow_clone', 'true'], ['clone_branch_directly', 'false'], ['keychain_name', 'fastlane_tmp_keychain'], ['platform', 'ios']] }, { msg: 'Cloning remote git repo...' }, { msg: "Checking out branch 'main'..." }, { msg: '🔓  Successfully decrypted certificates repo' }, { msg: 'Installing certificate...' }] } };
    }),
    { raw: { items: [{ plain: '' }, { msg: 'All required keys, certificates and provisioning profiles are installed 🙌' }, { step: 'increment_build_number' }, { msg: '$ cd /Users/runner/work/layerline-ios/layerline-ios && agvtool new-version -all 1093 && cd -' }, { msg: '▸ Setting version of project Layerline to:' }, { msg: '▸     1093.' }] } },
    plant('framework-dump', 'fastlane-puts-lane-context-asc-private-key', 'error', "A `puts lane_context` left in the Fastfile prints the lane context as a Ruby Hash: `APP_STORE_CONNECT_API_KEY` holds the App Store Connect API key's private key (`:key=>\"-----BEGIN PRIVATE KEY-----\\n…\"`), which signs tokens for the whole App Store Connect team.", ({ rng }) => {
      const body = `MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg${rng.b64url(64).replace(/[-_]/g, 'q')}\\n${rng.b64url(64).replace(/[-_]/g, 'Z')}\\n${rng.b64url(24).replace(/[-_]/g, 'k')}`;
      const needle = body.slice(48, 92);
      const keyId = upperNum(rng, 10);
      return { value: needle, event: { items: [{ step: 'puts' }, { msg: `{:PLATFORM_NAME=>:ios, :LANE_NAME=>"ios beta", :DEFAULT_PLATFORM=>:ios, :APP_STORE_CONNECT_API_KEY=>{:key_id=>"${keyId}", :issuer_id=>"${rng.uuid()}", :key=>"-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----", :duration=>1200, :in_house=>false}, :MATCH_PROVISIONING_PROFILE_MAPPING=>{"com.layerline.app"=>"match AppStore com.layerline.app", "com.layerline.app.widgets"=>"match AppStore com.layerline.app.widgets"}, :SIGH_PROFILE_TYPE=>"app-store", :BUILD_NUMBER=>"1093"}` }] } };
    }),
    { raw: { items: [{ step: 'build_app' }, { msg: '$ set -o pipefail && xcodebuild -workspace Layerline.xcworkspace -scheme Layerline -configuration Release -destination \'generic/platform=iOS\' -archivePath /Users/runner/Library/Developer/Xcode/Archives/2027-06-08/Layerline\\ 2027-06-08\\ 09.18.41.xcarchive archive | tee /Users/runner/Library/Logs/gym/Layerline-Layerline.log | xcpretty' }] } },
    5,
    { raw: { items: [{ msg: '▸ Archive Succeeded' }, { msg: 'Successfully stored the archive. You can find it in the Xcode Organizer.' }, { msg: 'Successfully exported and compressed dSYM file' }, { msg: 'Successfully exported and signed the ipa file:' }, { msg: '/Users/runner/work/layerline-ios/layerline-ios/Layerline.ipa' }, { step: 'upload_to_testflight' }, { msg: 'Ready to upload new build to TestFlight (App: 6471203395)...' }, { msg: 'Going to upload updated app to App Store Connect' }, { msg: 'Successfully uploaded package to App Store Connect. It might take a few minutes until it shows up on the website.' }, { msg: 'Successfully uploaded the new binary to App Store Connect' }] }, after: 240 },
    plant('header-dump', 'fastlane-sh-curl-authorization-bearer-sentry-token', 'error', "The lane marks the release in Sentry with `sh(\"curl … -H 'Authorization: Bearer …'\")`: fastlane prints every `sh` command as `$ <command>`, the user auth token (`sntryu_…`) included.", ({ rng }) => {
      const tok = `sntryu_${rng.hex(64)}`;
      return { value: tok, event: { items: [{ step: 'sh' }, { msg: `$ curl -fsS -X POST https://sentry.io/api/0/organizations/layerline/releases/ -H 'Authorization: Bearer ${tok}' -H 'Content-Type: application/json' -d '{"version":"com.layerline.app@4.18.0+1093","projects":["layerline-ios"]}'` }, { msg: `▸ {"id":${rng.int(100000000, 999999999)},"version":"com.layerline.app@4.18.0+1093","status":"open"}` }] } };
    }),
    plant('webhook', 'fastlane-sh-curl-discord-webhook', 'error', WHY.webhook("A Discord webhook URL (`/api/webhooks/<id>/<token>`) the lane posts the TestFlight build to with `sh(\"curl …\")`, printed by fastlane as `$ <command>`"), ({ rng }) => {
      const tok = rng.b64url(68);
      return { value: tok, event: { items: [{ step: 'sh' }, { msg: `$ curl -fsS -H 'Content-Type: application/json' -d '{"content":"Layerline iOS 4.18.0 (1093) is on TestFlight"}' https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}` }] } };
    }),
    { raw: { items: [{ plain: '' }, ...terminalTable('fastlane summary', [['1', 'default_platform', '0'], ['2', 'setup_ci', '0'], ['3', 'app_store_connect_api_key', '0'], ['4', 'last_git_commit', '0'], ['5', 'match', '6'], ['6', 'increment_build_number', '1'], ['7', 'puts', '0'], ['8', 'build_app', '291'], ['9', 'upload_to_testflight', '14'], ['10', 'sh', '1'], ['11', 'sh', '0']], ['Step', 'Action', 'Time (in s)']).map((plain) => ({ plain })), { plain: '' }, { msg: 'fastlane.tools finished successfully 🎉' }] } },
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR + 18 * MIN, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// idevicesyslog-qa-iphone15.txt: `idevicesyslog -u <udid>` (libimobiledevice 1.3) of the QA team's iPhone while testing a
// Layerline build: `<Mmm dd HH:MM:SS> <device name> <process>(<sender image>)[<pid>] <<Level>>: <message>`, the phone's
// local time without a year or zone; the app's NSLog lines (sender Foundation), CFNetwork's task lines, os_log lines
// with `<private>` for dynamic strings, other processes' lines. https://github.com/libimobiledevice/libimobiledevice
// (tools/idevicesyslog.c, not fetched; the line shape from memory of public idevicesyslog output).

function idevicesyslogLog(rng) {
  const dev = 'QA-iPhone-15';
  const pid = 812;
  const render = (e) => e.lines.map(([proc, level, msg], i) => `${syslogTime(e.t + i * 40, CDT)} ${dev} ${proc} <${level}>: ${msg}`);
  // A message with line breaks: idevicesyslog prints its further lines as they are, without a prefix (render's output is split at \n).
  const app = `Layerline(Foundation)[${pid}]`;
  const cfn = `Layerline(CFNetwork)[${pid}]`;
  const task = (rng) => `Task <${rng.uuid().toUpperCase()}>.<${rng.int(1, 9)}>`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [[cfn, 'Notice', `${task(rng)} resuming, timeouts(60.0, 604800.0) qos(0x21) voucher((null)) activity(00000000-0000-0000-0000-000000000000)`]] }),
      () => ({ lines: [[cfn, 'Notice', `${task(rng)} finished successfully`]] }),
      () => ({ lines: [['SpringBoard(FrontBoard)[58]', 'Notice', `[app<com.layerline.app>:${pid}] Setting process visibility to: ${rng.pick(['Foreground', 'Background'])}`]] }),
      () => ({ lines: [['runningboardd(RunningBoard)[33]', 'Notice', `[app<com.layerline.app(${rng.uuid().toUpperCase()})>:${pid}] Workspace assertion state did change`]] }),
      () => ({ lines: [[app, 'Notice', `[Orders] Loaded ${rng.int(1, 12)} orders (page ${rng.int(1, 4)})`]] }),
      () => ({ lines: [[app, 'Notice', `[Quote] ${rng.pick(PARTS)}.stl → ${rng.pick(MATERIALS)}, ${rng.int(1, 9)}h${pad(rng.int(0, 59))}m, $${rng.int(8, 90)}.${digits(rng, 2)}`]] }),
    ])();
  const steps = [
    6,
    plant('oauth-code', 'idevicesyslog-nslog-swift-urlqueryitem-array-code', 'warning', `${WHY.code} The app logs the query items of the callback its ASWebAuthenticationSession returned as Swift prints an array of \`URLQueryItem\` (\`[code=…, state=…]\`, no URL around them).`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { lines: [[app, 'Notice', `[Auth] Callback queryItems: [code=${code}, state=${rng.b64url(43)}]`]] } };
    }),
    7,
    plant('refresh-token', 'idevicesyslog-nslog-swift-struct-refreshtoken', 'error', `${WHY.refresh} The app logs the Swift description of its decoded token response (\`TokenResponse(accessToken: …, refreshToken: "…", …)\`), the Auth0 refresh token included.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { lines: [[app, 'Notice', `[Auth] Stored TokenResponse(accessToken: "${rng.alnum(32)}", refreshToken: "${rt}", idToken: nil, expiresIn: 86400, tokenType: "Bearer")`]] } };
    }),
    7,
    plant('negative', 'idevicesyslog-os-log-private', 'none', 'os_log writes a dynamic value as `<private>` unless it is marked public: no value on the line.', () => ({ value: '<private>', needle: 'payment sheet for <private>', event: { lines: [['Layerline[812]', 'Notice', '[Checkout] Presenting payment sheet for <private>']] } })),
    7,
    plant('path-secret', 'idevicesyslog-cfnetwork-task-error-failing-url-sign-in-link', 'error', WHY.pathSecret("An e-mail sign-in link's API call (`/v1/auth/link/<token>`) that timed out: CFNetwork writes the task's `NSURLErrorDomain` error, whose `UserInfo` holds the URL twice (`NSErrorFailingURLStringKey`, `NSErrorFailingURLKey`) on the message's last line"), ({ rng }) => {
      const tok = rng.b64url(40);
      const u = `https://${LL_API}/v1/auth/link/${tok}`;
      const id = `LocalDataTask <${rng.uuid().toUpperCase()}>.<2>`;
      return { value: tok, event: { lines: [[cfn, 'Error', `${id.replace('LocalDataTask ', 'Task ')} finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={_kCFStreamErrorCodeKey=-2102, NSUnderlyingError=0x30${rng.hex(7)} {Error Domain=kCFErrorDomainCFNetwork Code=-1001 "(null)" UserInfo={_kCFStreamErrorCodeKey=-2102, _kCFStreamErrorDomainKey=4}}, _NSURLErrorFailingURLSessionTaskErrorKey=${id}, _NSURLErrorRelatedURLSessionTaskErrorKey=(\n    "${id}"\n), NSLocalizedDescription=The request timed out., NSErrorFailingURLStringKey=${u}, NSErrorFailingURLKey=${u}, _kCFStreamErrorDomainKey=4}`]] } };
    }),
    6,
    plant('session-id', 'idevicesyslog-nslog-set-cookie-ll_session', 'error', WHY.session("The app's network layer logs the cookie the API set (`ll_session=<id>`)"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { lines: [[app, 'Notice', `[Net] Set-Cookie from ${LL_API}: ll_session=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]] } };
    }),
    7,
    plant('implicit-fragment', 'idevicesyslog-nslog-wknavigationaction-description-fragment', 'error', "The app's WKWebView delegate logs the `WKNavigationAction` it is asked to allow with `%@`: the object's description holds the request (`<NSMutableURLRequest: 0x…> { URL: … }`), and a materials partner's checkout returns with an implicit grant (`#access_token=<token>&token_type=Bearer`) in its fragment.", ({ rng }) => {
      const tok = `pm_${rng.alnum(40)}`;
      const ptr = () => `0x${rng.pick(['10', '30'])}${rng.hex(7)}`;
      return { value: tok, event: { lines: [[app, 'Notice', `[Web] decidePolicyFor <WKNavigationAction: ${ptr()}; navigationType = -1; syntheticClickType = 0; position x = 0.00 y = 0.00 request = <NSMutableURLRequest: ${ptr()}> { URL: https://shop.${LL}/partners/filamentworks/return#access_token=${tok}&token_type=Bearer&expires_in=7200 }; sourceFrame = <WKFrameInfo: ${ptr()}; webView = ${ptr()}; isMainFrame = YES; request = <NSMutableURLRequest: ${ptr()}> { URL: https://filamentworks.example/oauth/authorize }>; targetFrame = <WKFrameInfo: ${ptr()}; webView = ${ptr()}; isMainFrame = YES; request = <NSMutableURLRequest: ${ptr()}> { URL: https://filamentworks.example/oauth/authorize }>>`]] } };
    }),
    6,
    plant('negative', 'idevicesyslog-cfnetwork-task-uuid', 'none', "CFNetwork's task identifier (`Task <UUID>.<n>`): an identifier of one request, no credential.", ({ rng }) => {
      const u = rng.uuid().toUpperCase();
      return { value: u, event: { lines: [[cfn, 'Notice', `Task <${u}>.<3> resuming, timeouts(60.0, 604800.0) qos(0x19) voucher((null)) activity(00000000-0000-0000-0000-000000000000)`], [cfn, 'Notice', `Task <${u}>.<3> finished successfully`]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR + 40 * MIN, site: { host: dev }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// http-requests-log.http: the request history of the IntelliJ IDEA HTTP Client in a Layerline backend developer's
// project (`.idea/httpRequests/http-requests-log.http`): each executed request as run, variables resolved from the
// environment files, newest first, then `<> <yyyy-MM-ddTHHmmss>.<status>.<ext>` naming the saved response and `###`
// between requests. An undefined variable stays as `{{name}}`.
// https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html (the history, read through search),
// https://www.jetbrains.com/help/idea/exploring-http-syntax.html (the request syntax, read through search).

function intellijLog(rng) {
  // Newest first: the builder writes steps in order, so each entry shows the time mirrored from the end.
  const start = DAY0 + 15 * HOUR;
  const end = start + 6 * HOUR;
  const shown = (t) => end - (t - start);
  const stamp = (t) => local(shown(t), CDT).slice(0, 19).replace(/:/g, '');
  const render = (e) => {
    const out = [`${e.method} ${e.url}`, ...e.headers.map(([k, v]) => `${k}: ${v}`), ''];
    if (e.body) out.push(...e.body.split('\n'), '');
    out.push(`<> ${stamp(e.t)}.${e.status}.${e.ext ?? 'json'}`, '', '###', '');
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', url: `https://${LL_API}/v1/quotes?material=${rng.pick(MATERIALS).toLowerCase()}&infill=${rng.pick([15, 20, 40])}&qty=${rng.int(1, 50)}`, headers: [['Accept', 'application/json']], status: 200 }),
      () => ({ method: 'GET', url: 'http://localhost:8080/actuator/health', headers: [], status: 200 }),
      () => ({ method: 'POST', url: 'http://localhost:8080/v1/quotes', headers: [['Content-Type', 'application/json']], body: JSON.stringify({ file: `${rng.pick(PARTS)}.stl`, material: rng.pick(MATERIALS), qty: rng.int(1, 20) }, null, 2), status: 201 }),
      () => ({ method: 'GET', url: `http://localhost:8080/v1/orders/${orderNo(rng)}/status`, headers: [['Accept', 'application/json']], status: 200 }),
    ])();
  const steps = [
    2,
    plant('header-dump', 'intellij-history-authorization-shippotoken', 'error', "The history keeps each request with its variables resolved: the live Shippo key in Shippo's own scheme (`Authorization: ShippoToken shippo_live_…`).", ({ rng }) => {
      const tok = `shippo_live_${rng.hex(40)}`;
      return { value: tok, event: { method: 'POST', url: 'https://api.goshippo.com/shipments/', headers: [['Authorization', `ShippoToken ${tok}`], ['Content-Type', 'application/json']], body: JSON.stringify({ address_from: { name: 'Layerline Farm', street1: '4100 Ridgeline Dr', city: 'Austin', state: 'TX', zip: '78744', country: 'US' }, address_to: { name: 'R. Delgado', street1: '77 Example Ave', city: 'Tulsa', state: 'OK', zip: '74103', country: 'US' }, parcels: [{ length: '8', width: '6', height: '4', distance_unit: 'in', weight: '1.2', mass_unit: 'lb' }], async: false }, null, 2), status: 201 } };
    }),
    2,
    plant('negative', 'intellij-history-unresolved-variable', 'none', 'A variable no environment file defines stays as `{{partner_token}}` in the history: a placeholder, no value.', () => ({ value: '{{partner_token}}', event: { method: 'GET', url: `https://${LL_API}/v1/partners/filamentworks/catalog`, headers: [['Authorization', 'Bearer {{partner_token}}'], ['Accept', 'application/json']], status: 401 } })),
    1,
    plant('oauth-code', 'intellij-history-localhost-callback-code', 'warning', `${WHY.code} The developer replays the Auth0 callback against the local server with the code and state copied from the browser.`, ({ rng }) => {
      const code = rng.alnum(32);
      return { value: code, event: { method: 'GET', url: `http://localhost:8080/auth/callback?code=${code}&state=${rng.b64url(32)}`, headers: [], status: 200, ext: 'html' } };
    }),
    2,
    plant('refresh-token', 'intellij-history-body-refresh_token-grant', 'error', `${WHY.refresh} A refresh grant to Auth0's token endpoint, the body kept in the history.`, ({ rng }) => {
      const rt = `v1.M${rng.b64url(70)}`;
      return { value: rt, event: { method: 'POST', url: 'https://layerline.us.auth0.com/oauth/token', headers: [['Content-Type', 'application/json']], body: JSON.stringify({ grant_type: 'refresh_token', client_id: rng.alnum(32), refresh_token: rt }, null, 2), status: 200 } };
    }),
    2,
    plant('path-secret', 'intellij-history-invitation-accept-path', 'error', WHY.pathSecret('A team invitation `/v1/team/invitations/<token>/accept` replayed against the API'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'POST', url: `https://${LL_API}/v1/team/invitations/${tok}/accept`, headers: [['Content-Type', 'application/json']], body: JSON.stringify({ name: 'Priya Natarajan' }, null, 2), status: 200 } };
    }),
    2,
    plant('negative', 'intellij-history-idempotency-key', 'none', 'An `Idempotency-Key` header (a UUID per request): no credential.', ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'POST', url: `https://${LL_API}/v1/orders/${orderNo(rng)}/refunds`, headers: [['Content-Type', 'application/json'], ['Idempotency-Key', v]], body: JSON.stringify({ amount: '18.40', reason: 'warped part' }, null, 2), status: 201 } };
    }),
    2,
    plant('session-id', 'intellij-history-cookie-admin-session', 'error', WHY.session('The admin session cookie `ll_admin_session=<id>` the developer pasted into a request against production'), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { method: 'GET', url: 'https://admin.layerline.example/api/farm/printers?state=error', headers: [['Cookie', `ll_admin_session=${sid}`], ['Accept', 'application/json']], status: 200 } };
    }),
    2,
    plant('encoded', 'intellij-history-form-body-base64-credentials', 'error', "The legacy fleet API's sign-in takes `credentials=<base64 of user:password>` in a form body; the history keeps the body as sent, the password one decoding away.", ({ rng }) => {
      const b64 = b64Of(`fleet-admin:${rng.alnum(14)}${digits(rng, 2)}`);
      return { value: b64, event: { method: 'POST', url: 'https://fleet-legacy.layerline.example/api/login', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: `credentials=${b64}`, status: 200 } };
    }),
    2,
  ];
  return buildLog(rng, { start, site: { host: 'ide' }, filler, render, steps });
}

// =====================================================================================================================
// Amanati (Georgian; Tbilisi: GET, UTC+4, all year)
// =====================================================================================================================

const GET = 240;
const AM = 'amanati.example';
const AM_ADMIN = `admin.${AM}`;
const trackingNo = (rng) => `AM${digits(rng, 10)}GE`;
const POSTOMATEBI = ['TB-0142', 'TB-0217', 'TB-0088', 'TB-0311', 'BT-0027', 'KT-0064'];

// ---------------------------------------------------------------------------------------------------------------------
// binlog.000417.txt: `mysqlbinlog --base64-output=DECODE-ROWS -vv binlog.000417` (MySQL 8.4, row-based logging, GTIDs,
// `binlog_rows_query_log_events=ON`) of the Laravel back office's database, run on the server (Asia/Tbilisi): the
// client's preamble, then per transaction `# at <pos>` and `#<yymmdd hh:mm:ss> server id 1  end_log_pos <n> CRC32 0x<crc>
// \t<event>` headers of the GTID, Query (`BEGIN`), Rows_query (`# <the statement as the client sent it>`), Table_map and
// Write_rows/Update_rows events, the rows decoded as `### INSERT INTO …`/`### SET`/`###   @<n>=<value> /* <type> meta=…
// nullable=… is_null=… */`, and `Xid = <n>` with `COMMIT/*!*/;`. The app's PDO emulates prepares, so the statement
// carries its literals. https://dev.mysql.com/doc/refman/8.4/en/mysqlbinlog-row-events.html (read through search),
// https://dev.mysql.com/doc/refman/8.4/en/replication-options-binary-log.html#sysvar_binlog_rows_query_log_events (not
// fetched; the GTID and Rows_query headers written from memory of mysqlbinlog output).

function binlogLog(rng) {
  const serverUuid = rng.uuid();
  let pos = 157;
  let gno = 3812;
  let xid = 15520;
  let seq = 40;
  let first = true;
  const tableIds = {};
  const bt = (ms) => {
    const l = local(ms, GET);
    return `#${l.slice(2, 4)}${l.slice(5, 7)}${l.slice(8, 10)} ${String(Number(l.slice(11, 13))).padStart(2, ' ')}${l.slice(13, 19)}`;
  };
  const crc = () => `0x${rng.hex(8)}`;
  const head = (ms, len, what) => {
    const out = [`# at ${pos}`, `${bt(ms)} server id 1  end_log_pos ${pos + len} CRC32 ${crc()} \t${what}`];
    pos += len;
    return out;
  };
  const lit = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  const typeOf = ([, type, nullable = 0], v) => `/* ${type} nullable=${nullable} is_null=${v === null ? 1 : 0} */`;
  const rowLines = (cols, values) => values.map((v, i) => `###   @${i + 1}=${lit(v)} ${typeOf(cols[i], v)}`);
  const render = (e) => {
    if (e.lines) return e.lines;
    const ms = e.t;
    const micro = digits(rng, 3);
    const us = `${ms}${micro}`;
    const when = `${local(ms, GET).slice(0, 10)} ${local(ms, GET).slice(11, 23)}${micro} +04`;
    const tid = e.thread ?? rng.int(40, 90);
    const tableId = (tableIds[e.table] ??= 92 + Object.keys(tableIds).length * 3);
    seq += 1;
    gno += 1;
    xid += rng.int(1, 9);
    const out = [
      ...head(ms, 79, `GTID\tlast_committed=${seq - 1}\tsequence_number=${seq}\trbr_only=yes\toriginal_committed_timestamp=${us}\timmediate_commit_timestamp=${us}\ttransaction_length=${rng.int(500, 1400)}`),
      '/*!50718 SET TRANSACTION ISOLATION LEVEL READ COMMITTED*//*!*/;',
      `# original_commit_timestamp=${us} (${when})`,
      `# immediate_commit_timestamp=${us} (${when})`,
      `/*!80001 SET @@session.original_commit_timestamp=${us}*//*!*/;`,
      '/*!80014 SET @@session.original_server_version=80405*//*!*/;',
      '/*!80014 SET @@session.immediate_server_version=80405*//*!*/;',
      `SET @@SESSION.GTID_NEXT= '${serverUuid}:${gno}'/*!*/;`,
      ...head(ms, 83, `Query\tthread_id=${tid}\texec_time=0\terror_code=0`),
      `SET TIMESTAMP=${sec(ms)}/*!*/;`,
    ];
    if (first) {
      out.push(
        `SET @@session.pseudo_thread_id=${tid}/*!*/;`,
        'SET @@session.foreign_key_checks=1, @@session.sql_auto_is_null=0, @@session.unique_checks=1, @@session.autocommit=1/*!*/;',
        'SET @@session.sql_mode=1168113696/*!*/;',
        'SET @@session.auto_increment_increment=1, @@session.auto_increment_offset=1/*!*/;',
        '/*!\\C utf8mb4 *//*!*/;',
        'SET @@session.character_set_client=255,@@session.collation_connection=255,@@session.collation_server=255/*!*/;',
        'SET @@session.lc_time_names=0/*!*/;',
        'SET @@session.collation_database=DEFAULT/*!*/;',
        '/*!80011 SET @@session.default_collation_for_utf8mb4=255*//*!*/;',
      );
      first = false;
    }
    out.push('BEGIN', '/*!*/;');
    out.push(...head(ms, 40 + e.stmt.length, 'Rows_query'), `# ${e.stmt}`);
    out.push(...head(ms, 50 + e.table.length, `Table_map: \`amanati\`.\`${e.table}\` mapped to number ${tableId}`), '# has_generated_invisible_primary_key=0');
    if (e.update) {
      out.push(...head(ms, 120 + e.stmt.length, `Update_rows: table id ${tableId} flags: STMT_END_F`), `### UPDATE \`amanati\`.\`${e.table}\``, '### WHERE', ...rowLines(e.cols, e.update[0]), '### SET', ...rowLines(e.cols, e.update[1]));
    } else {
      out.push(...head(ms, 60 + e.stmt.length, `Write_rows: table id ${tableId} flags: STMT_END_F`), `### INSERT INTO \`amanati\`.\`${e.table}\``, '### SET', ...rowLines(e.cols, e.values));
    }
    out.push(...head(ms, 31, `Xid = ${xid}`), 'COMMIT/*!*/;');
    return out;
  };
  const dt = (ms) => ymdHmsAt(ms, GET);
  const V = (n, nullable = 0) => [null, `VARSTRING(${n * 4}) meta=${n * 4}`, nullable];
  const INT = [null, 'INT meta=0'];
  const BIG = [null, 'LONGINT meta=0'];
  const DT = [null, 'DATETIME(0) meta=0'];
  const TEXT = [null, 'BLOB/TEXT meta=2', 1];
  const JSONC = [null, 'JSON meta=4', 1];
  const colsList = (names) => names.map((n) => `\`${n}\``).join(', ');
  const insert = (table, names, cols, values, t, extra = {}) => ({ table, cols, values, stmt: `insert into \`${table}\` (${colsList(names)}) values (${values.map(lit).join(', ')})`, t, ...extra });
  const statusi = ['mighebulia', 'sortirebashi', 'gzashia', 'postomatshi', 'chabarebulia'];
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const id = rng.int(480000, 520000);
        const a = rng.int(0, 3);
        const from = statusi[a];
        const to = statusi[a + 1];
        const tr = trackingNo(rng);
        return { table: 'amanatebi', cols: [BIG, V(20), V(20), DT], update: [[id, tr, from, dt(t - 3600000)], [id, tr, to, dt(t)]], stmt: `update \`amanatebi\` set \`statusi\` = '${to}', \`ganakhlda\` = '${dt(t)}' where \`id\` = ${id}` };
      },
      () => {
        const id = rng.int(900000, 990000);
        const pm = rng.pick(POSTOMATEBI);
        return insert('postomatis_movlenebi', ['id', 'postomati', 'movlena', 'ujra', 'sheqmnilia'], [BIG, V(16), V(32), INT, DT], [id, pm, rng.pick(['kari_gaikhsna', 'kari_daikhura', 'amanati_chaido']), rng.int(1, 48), dt(t)], t);
      },
    ])();
  const steps = [
    { raw: { lines: ['# The proper term is pseudo_replica_mode, but we use this compatibility alias', '# to make the statement usable on server versions 8.0.24 and older.', '/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=1*/;', '/*!50003 SET @OLD_COMPLETION_TYPE=@@COMPLETION_TYPE,COMPLETION_TYPE=0*/;', 'DELIMITER /*!*/;', '# at 4', `${bt(DAY0 + 5 * HOUR + 41 * MIN)} server id 1  end_log_pos 127 CRC32 0x${rng.hex(8)} \tStart: binlog v 4, server v 8.4.5 created ${bt(DAY0 + 5 * HOUR + 41 * MIN).slice(1)}`, '# at 127', `${bt(DAY0 + 5 * HOUR + 41 * MIN)} server id 1  end_log_pos 157 CRC32 0x${rng.hex(8)} \tPrevious-GTIDs`, `# ${serverUuid}:1-3812`] }, after: 0 },
    3,
    plant('session-id', 'mysqlbinlog-rows-query-and-row-sesiebi-tokeni', 'error', WHY.session("A \"remember me\" session token the back office stores in `sesiebi.tokeni`: mysqlbinlog writes it in the Rows_query event's statement and again in the decoded row (`@3`)"), ({ rng, t }) => {
      const tok = rng.alnum(60);
      return { value: tok, event: insert('sesiebi', ['id', 'momkhmarebeli_id', 'tokeni', 'ip_misamarti', 'brauzeri', 'bolo_aqtivoba'], [BIG, INT, V(64), V(45), V(255), DT], [rng.int(70000, 79999), rng.int(100, 900), tok, `203.0.113.${rng.int(2, 250)}`, BROWSERS[0], dt(t)], t) };
    }),
    3,
    plant('negative', 'mysqlbinlog-row-paroli-bcrypt-hash', 'none', 'A bcrypt hash (`$2y$12$…`) in `momkhmareblebi.paroli` (Laravel hashes passwords): no credential, in the statement and the row alike.', ({ rng, t }) => {
      const h = `$2y$12$${rng.b64url(53).replace(/[-_]/g, '.')}`;
      return { value: h, event: insert('momkhmareblebi', ['id', 'sakheli', 'el_posta', 'paroli', 'sheqmnilia'], [INT, V(120), V(190), V(255), DT], [rng.int(901, 990), 'ნინო ბერიძე', 'n.beridze@mail.example', h, dt(t)], t) };
    }),
    3,
    plant('path-secret', 'mysqlbinlog-rows-query-and-row-paroli-aghdgenebi-tokeni', 'error', WHY.pathSecret("A password reset token (`/paroli/aghdgena/<token>`) the back office stores in clear in `paroli_aghdgenebi.tokeni`, in the Rows_query statement and the decoded row"), ({ rng, t }) => {
      const tok = rng.hex(64);
      return { value: tok, event: insert('paroli_aghdgenebi', ['el_posta', 'tokeni', 'sheqmnilia'], [V(190), V(64), DT], ['g.kapanadze@mail.example', tok, dt(t)], t) };
    }),
    3,
    plant('refresh-token', 'mysqlbinlog-rows-query-and-row-kurieris-tokenebi-refresh', 'error', `${WHY.refresh} The courier app's refresh token, stored in \`kurieris_tokenebi.refresh_tokeni\`: in the Rows_query statement and the decoded row.`, ({ rng, t }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: insert('kurieris_tokenebi', ['id', 'kurieri_id', 'refresh_tokeni', 'vada'], [BIG, INT, V(128), DT], [rng.int(200000, 299999), rng.int(10, 300), rt, dt(t + 30 * 24 * HOUR)], t) };
    }),
    3,
    plant('framework-dump', 'mysqlbinlog-rows-query-and-row-audits-new-values-smtp-paroli', 'error', "laravel-auditing records the settings model's change in `audits.new_values` as JSON, the SMTP password (`smtp_paroli`) included: in the Rows_query statement and the decoded row (MySQL's JSON text form).", ({ rng, t }) => {
      const pw = `${rng.alnum(12)}!${digits(rng, 2)}`;
      const jsonIn = JSON.stringify({ smtp_hosti: 'smtp.amanati.ge', smtp_paroli: pw });
      const jsonOut = `{"smtp_hosti": "smtp.amanati.ge", "smtp_paroli": "${pw}"}`;
      const ev = insert('audits', ['user_type', 'user_id', 'event', 'auditable_type', 'auditable_id', 'old_values', 'new_values', 'url', 'ip_address', 'user_agent', 'created_at', 'updated_at'], [V(255, 1), BIG, V(255), V(255), BIG, TEXT, TEXT, TEXT, V(45, 1), V(1023, 1), DT, DT], ['App\\Models\\Momkhmarebeli', 3, 'updated', 'App\\Models\\Parametri', 1, '{"smtp_paroli":null}', jsonIn, `https://${AM_ADMIN}/parametrebi/posta`, '10.50.1.23', BROWSERS[3], dt(t), dt(t)], t);
      ev.values[6] = jsonOut;
      ev.cols[6] = JSONC;
      return { value: pw, event: ev };
    }),
    3,
    plant('implicit-fragment', 'mysqlbinlog-rows-query-and-row-support-message-pasted-fragment', 'error', "A customer pastes the address bar into a support request (`mkhardacheris_motkhovnebi.teqsti`): a partner's implicit grant had left `#access_token=<token>` on the locker page, and the row holds it in the Rows_query statement and the decoded row.", ({ rng, t }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: insert('mkhardacheris_motkhovnebi', ['id', 'momkhmarebeli_id', 'teqsti', 'sheqmnilia'], [BIG, INT, TEXT, DT], [rng.int(30000, 39999), rng.int(100, 900), `გამარჯობა, ამანათს ვერ ვიღებ, ეს გვერდი იხსნება და ცარიელია: https://${AM}/postomati/gakhsna#access_token=${tok}&token_type=Bearer&expires_in=3600`, dt(t)], t) };
    }),
    3,
    plant('api-key-name', 'mysqlbinlog-rows-query-and-update-row-partniorebi-api-gasaghebi', 'error', `${WHY.apiKey('api_gasaghebi')} A partner's key (Georgian \`gasaghebi\`, "key") set for the first time: the Rows_query statement and the Update_rows event's SET image (the WHERE image holds NULL).`, ({ rng, t }) => {
      const key = `amk_live_${rng.alnum(36)}`;
      const id = rng.int(10, 60);
      return { value: key, event: { table: 'partniorebi', cols: [INT, V(120), V(64, 1), DT], update: [[id, 'Vendeli.example', null, dt(t - 40 * 24 * HOUR)], [id, 'Vendeli.example', key, dt(t)]], stmt: `update \`partniorebi\` set \`api_gasaghebi\` = '${key}', \`ganakhlda\` = '${dt(t)}' where \`id\` = ${id}`, t } };
    }),
    3,
    plant('negative', 'mysqlbinlog-row-idempotency-gasaghebi-uuid', 'none', 'An `idempotency_gasaghebi` ("idempotency key") of a payment: a UUID that makes a retry safe, no credential, although its name says key.', ({ rng, t }) => {
      const v = rng.uuid();
      return { value: v, event: insert('gadakhdebi', ['id', 'amanati_id', 'tankha', 'idempotency_gasaghebi', 'sheqmnilia'], [BIG, BIG, V(16), V(36), DT], [rng.int(600000, 699999), rng.int(480000, 520000), '12.50', v, dt(t)], t) };
    }),
    2,
  ];
  const out = buildLog(rng, { start: DAY0 + 6 * HOUR + 10 * MIN, site: { host: 'db' }, filler, render, steps });
  const endT = DAY0 + 7 * HOUR + 2 * MIN;
  const tail = [`# at ${pos}`, `${bt(endT)} server id 1  end_log_pos ${pos + 44} CRC32 0x${rng.hex(8)} \tRotate to binlog.000418  pos: 4`, "SET @@SESSION.GTID_NEXT= 'AUTOMATIC' /* added by mysqlbinlog */ /*!*/;", 'DELIMITER ;', '# End of log file', '/*!50003 SET COMPLETION_TYPE=@OLD_COMPLETION_TYPE*/;', '/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=0*/;'];
  return { text: out.text + tail.join('\n') + '\n', cases: out.cases };
}

// ---------------------------------------------------------------------------------------------------------------------
// spy.log: P6Spy 3.9 in the courier API (Spring Boot, Hibernate, Spring Authorization Server and Spring Session JDBC on
// PostgreSQL) with the default FileLogger and SingleLineFormat, `dateformat` unset: `<now, ms since the epoch>|<elapsed
// ms>|<category>|connection <id>|url <JDBC URL>|<statement with ?>|<statement with the bound values>`, commits as
// `…|commit|connection <id>|url <URL>||`. https://github.com/p6spy/p6spy (src/main/java/com/p6spy/engine/spy/appender/
// SingleLineFormat.java, read), https://p6spy.readthedocs.io/en/latest/configandusage.html (not fetched).

function p6spyLog(rng) {
  const PG = 'jdbc:postgresql://pg-kurieri.amanati.lan:5432/kurieri';
  const lit = (v) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const fill = (sql, vals) => {
    let i = 0;
    return sql.replace(/\?/g, () => lit(vals[i++]));
  };
  const render = (e) => {
    const cid = e.cid ?? rng.int(3, 18);
    const url = e.url ?? PG;
    const out = [];
    let at = e.t;
    for (const [sql, vals] of e.stmts) {
      at += rng.int(1, 40);
      out.push(`${at}|${rng.int(0, 6)}|statement|connection ${cid}|url ${url}|${sql}|${fill(sql, vals)}`);
    }
    if (e.commit !== false) out.push(`${at + rng.int(1, 5)}|0|commit|connection ${cid}|url ${url}||`);
    return out;
  };
  const selAmanati = 'select a1_0.id,a1_0.kurieri_id,a1_0.postomati,a1_0.statusi,a1_0.tracking_nomeri from amanatebi a1_0 where a1_0.tracking_nomeri=?';
  const ts = (t) => `${ymdHmsAt(t, GET)}.${local(t, GET).slice(20, 23)}+04`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ stmts: [[selAmanati, [trackingNo(rng)]]], commit: false }),
      () => ({ stmts: [['update amanatebi set statusi=?,ganakhlda=? where id=?', [rng.pick(['gzashia', 'postomatshi', 'chabarebulia']), ts(t), rng.int(480000, 520000)]]] }),
      () => ({ stmts: [['select k1_0.id,k1_0.sakheli,k1_0.telefoni from kurierebi k1_0 where k1_0.id=?', [rng.int(10, 300)]]], commit: false }),
      () => ({ stmts: [['insert into mdebareobebi (kurieri_id,ganedi,grdzedi,sheqmnilia,id) values (?,?,?,?,?)', [rng.int(10, 300), `41.${rng.int(680000, 780000)}`, `44.${rng.int(730000, 880000)}`, ts(t), rng.int(9000000, 9999999)]]] }),
    ])();
  const steps = [
    3,
    plant('session-id', 'p6spy-spring-session-jdbc-select-session-id', 'error', WHY.session("Spring Session JDBC loads a courier web session by its id (`WHERE S.SESSION_ID = ?`), and P6Spy writes the statement with the bound id (a UUID, the `SESSION` cookie's value)"), ({ rng }) => {
      const sid = rng.uuid();
      return { value: sid, event: { stmts: [['SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = ?', [sid]]], commit: false } };
    }),
    3,
    plant('oauth-code', 'p6spy-spring-authorization-server-authorization-code-value', 'warning', `${WHY.code} Spring Authorization Server looks the code up when the courier app exchanges it (\`FROM oauth2_authorization WHERE authorization_code_value = ?\`); P6Spy writes the statement with the bound code.`, ({ rng }) => {
      const code = rng.b64url(128);
      return { value: code, event: { stmts: [['SELECT id, registered_client_id, principal_name, authorization_grant_type, authorized_scopes, attributes, state, authorization_code_value, authorization_code_issued_at, authorization_code_expires_at, authorization_code_metadata FROM oauth2_authorization WHERE authorization_code_value = ?', [code]]], commit: false } };
    }),
    3,
    plant('id-token', 'p6spy-insert-oidc-sesiebi-id-tokeni', 'error', "The courier web app keeps the customer's ID token for the later sign-out (`insert into oidc_sesiebi (id_tokeni, …)`); P6Spy writes the insert with the bound token, on a line whose time is milliseconds since the epoch.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(5, 60), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://shesvla.amanati.example/realms/amanati', aud: 'kurieri-web', sub: rng.uuid(), typ: 'ID', azp: 'kurieri-web', sid: rng.uuid(), preferred_username: 'l.tsiklauri', name: 'ლევან წიკლაური' } });
      return { value: token, jwt: facts, event: { stmts: [['insert into oidc_sesiebi (id_tokeni,kurieri_id,sheqmnilia,id) values (?,?,?,?)', [token, rng.int(10, 300), ts(t), rng.int(40000, 49999)]]] } };
    }),
    3,
    plant('negative', 'p6spy-select-token-hash-sha256', 'none', 'A lookup by `token_hash` (the SHA-256 of an API token, which the service stores instead of the token): no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { stmts: [['select p1_0.id,p1_0.partniori,p1_0.token_hash from partnioris_tokenebi p1_0 where p1_0.token_hash=?', [v]]], commit: false } };
    }),
    3,
    plant('embed-jwt', 'p6spy-update-ekranebi-chasheneba-url-no-exp', 'error', 'A locker hall screen gets its embed URL `/chasheneba/postomatebi/<JWT>` saved with `update ekranebi set chasheneba_url=?`, bound in the statement P6Spy writes: an embed token that never expires (error).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(2, 20), claims: { resource: { ekrani: 7 }, params: { qalaqi: 'tbilisi' } } });
      return { value: token, jwt: facts, event: { stmts: [['update ekranebi set chasheneba_url=?,ganakhlda=? where id=?', [`https://${AM}/chasheneba/postomatebi/${token}`, ts(t), 7]]] } };
    }),
    3,
    plant('api-key-name', 'p6spy-url-jdbc-mysql-password-parameter', 'error', "A one-off migration reads the old MySQL database through a second pool whose JDBC URL carries the password (`?user=…&password=…`): P6Spy writes the URL on every statement of that connection (here one). A password under a parameter name, labeled like a key.", ({ rng }) => {
      const pw = `${rng.alnum(16)}${digits(rng, 2)}`;
      return { value: pw, event: { url: `jdbc:mysql://legacy-db.amanati.lan:3306/amanati_dzveli?user=gadamtani&password=${pw}&useSSL=true`, cid: 41, stmts: [['select id,tracking_nomeri,statusi from amanatebi where sheqmnilia < ? limit ?', ['2024-01-01 00:00:00', 5000]]], commit: false } };
    }),
    3,
    plant('negative', 'p6spy-select-tracking-nomeri', 'none', 'A parcel tracking number (`AM<10 digits>GE`, printed on the label and given to the recipient): an identifier, no credential.', ({ rng }) => {
      const v = trackingNo(rng);
      return { value: v, event: { stmts: [[selAmanati, [v]]], commit: false } };
    }),
    3,
    plant('embed-jwt', 'p6spy-delete-chasheneba-bmulebi-expired', 'note', "A cleanup job deletes an embed link by its token (`delete from chasheneba_bmulebi where tokeni=?`) a day after the JWT expired: already expired when logged (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 3600 + 86400 + rng.int(60, 3000), claims: { resource: { angarishi: 'dghiuri' }, params: {} } });
      return { value: token, jwt: facts, event: { stmts: [['delete from chasheneba_bmulebi where tokeni=?', [token]]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 30 * MIN, site: { host: 'kurieri-api' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nifi-app.log: Apache NiFi 2.4's application log (logback `%date %level [%thread] %logger{40} %msg%n`, local time
// without a zone) of the integration flows: HandleHttpRequest (partners' status webhooks, the lockers' pickup checks,
// customers' confirmation links) and InvokeHTTP, each followed by a LogAttribute processor (Log Level info, Log Payload
// on some): `LogAttribute[id=…] logging for FlowFile StandardFlowFileRecord[…]`, a dashed line, `FlowFile Properties`
// (`entryDate`, `lineageStartDate`, `fileSize`), `FlowFile Attribute Map Content` (every attribute, sorted, `Key: '<k>'`
// then a tab and `Value: '<v>'`), a dashed line, the payload. https://github.com/apache/nifi (nifi-standard-processors'
// LogAttribute.java, read; NiFi 2's `FlowFile Properties` heading read in a public tutorial's output), NiFi's
// HandleHttpRequest and InvokeHTTP documentation for the attributes (not fetched).

function nifiLog(rng) {
  const ts = (ms) => `${ymdHmsAt(ms, GET)},${local(ms, GET).slice(20, 23)}`;
  const dash = '-'.repeat(50);
  const laIds = { partner: rng.uuid(), locker: rng.uuid(), web: rng.uuid(), notify: rng.uuid() };
  let rc = 1781041200000 + rng.int(0, 9999);
  let off = 0;
  const render = (e) => {
    if (e.lines) return e.lines.map(([thread, logger, msg], i) => `${ts(e.t + i)} INFO [${thread}] ${logger} ${msg}`);
    const u = e.uuid ?? rng.uuid();
    const payload = e.payload ?? '';
    const size = Buffer.byteLength(payload) || e.size || 0;
    const name = e.filename ?? String(rng.int(100000000, 999999999)) + digits(rng, 5);
    off += size + rng.int(0, 400);
    const attrs = { filename: name, path: './', uuid: u, ...e.attrs };
    const keys = Object.keys(attrs).sort();
    const flow = e.flow ?? (e.attrs['invokehttp.request.url'] ? 'notify' : e.attrs['http.request.uri']?.startsWith('/postomati') ? 'locker' : e.attrs['http.request.uri']?.startsWith('/partniorebi') ? 'partner' : 'web');
    const claim = size ? `StandardContentClaim [resourceClaim=StandardResourceClaim[id=${rc}-${rng.int(1, 40)}, container=default, section=${rng.int(1, 40)}], offset=${off}, length=${size}]` : '';
    const out = [
      `${ts(e.t)} INFO [Timer-Driven Process Thread-${rng.int(1, 10)}] o.a.n.processors.standard.LogAttribute LogAttribute[id=${laIds[flow]}] logging for FlowFile StandardFlowFileRecord[uuid=${u},claim=${claim},offset=0,name=${name},size=${size}]`,
      dash,
      'FlowFile Properties',
      "Key: 'entryDate'",
      `\tValue: '${javaDate(e.t - 40, GET, 'GET')}'`,
      "Key: 'lineageStartDate'",
      `\tValue: '${javaDate(e.t - 60, GET, 'GET')}'`,
      "Key: 'fileSize'",
      `\tValue: '${size}'`,
      'FlowFile Attribute Map Content',
      ...keys.flatMap((k) => [`Key: '${k}'`, `\tValue: '${attrs[k]}'`]),
      dash,
    ];
    if (e.logPayload) out.push(...payload.split('\n'));
    rc += rng.int(0, 2);
    return out;
  };
  const httpIn = (rng, { method = 'POST', path, query = '', remote, headers = {}, host = 'integraciebi.amanati.example', params = {} }) => {
    const a = {
      'http.context.identifier': rng.uuid(),
      'http.local.addr': '10.50.3.14',
      'http.local.name': host,
      'http.method': method,
      'http.protocol': 'HTTP/1.1',
      'http.remote.addr': remote,
      'http.remote.host': remote,
      'http.request.uri': path,
      'http.request.url': `https://${host}${path}`,
      'http.server.name': host,
      'http.server.port': '443',
      'http.servlet.path': '',
      'http.headers.Host': host,
    };
    if (query) a['http.query.string'] = query;
    for (const [k, v] of Object.entries(params)) a[`http.query.param.${k}`] = v;
    for (const [k, v] of Object.entries(headers)) a[`http.headers.${k}`] = v;
    return a;
  };
  const partnerUa = 'Vendeli-Webhooks/2.3';
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const body = JSON.stringify({ tracking_nomeri: trackingNo(rng), statusi: rng.pick(['gadmotsemulia', 'kurierthan']), dro: local(t, GET).slice(0, 19) + '+04:00' });
        return { attrs: { ...httpIn(rng, { path: '/partniorebi/statusi', remote: `198.51.100.${rng.int(2, 250)}`, headers: { 'Content-Type': 'application/json', 'User-Agent': partnerUa, 'X-Vendeli-Signature': `sha256=${rng.hex(64)}` } }), 'mime.type': 'application/json' }, payload: body, logPayload: true };
      },
      () => ({ lines: [['pool-7-thread-1', 'o.a.n.c.r.WriteAheadFlowFileRepository', 'Initiating checkpoint of FlowFile Repository'], ['pool-7-thread-1', 'o.a.n.c.r.WriteAheadFlowFileRepository', `Successfully checkpointed FlowFile Repository with ${rng.int(2, 40)} records in ${rng.int(0, 6)} milliseconds`]] }),
      () => ({ lines: [['Cleanup Archive for default', 'o.a.n.c.repository.FileSystemRepository', `Successfully deleted ${rng.int(0, 30)} files (${rng.int(0, 90000)} bytes) from archive`]] }),
      () => {
        const pm = rng.pick(POSTOMATEBI);
        return { attrs: { ...httpIn(rng, { method: 'GET', path: '/postomati/statusi', query: `postomati=${pm}`, params: { postomati: pm }, remote: `10.60.4.${rng.int(10, 60)}`, headers: { 'User-Agent': 'Amanati-Postomati/5.2 (Linux; armv7l)' } }) }, size: 0 };
      },
    ])();
  const ticket = rng.b64url(22);
  const steps = [
    { raw: { lines: [['main', 'org.apache.nifi.web.server.JettyServer', 'NiFi has started. The UI is available at the following URLs:'], ['main', 'org.apache.nifi.web.server.JettyServer', 'https://nifi-01.amanati.lan:8443/nifi'], ['main', 'org.apache.nifi.NiFi', 'Started Application Controller in 41.882 seconds (41882116402 ns)']] }, after: 0 },
    3,
    plant('header-dump', 'nifi-logattribute-http-headers-authorization-basic', 'error', "A partner's status webhook arrives with `Authorization: Basic <base64 of user:password>`; HandleHttpRequest copies every header into an `http.headers.*` attribute and LogAttribute writes them all.", ({ rng, t }) => {
      const b = b64Of(`vendeli:${rng.alnum(20)}`);
      return { value: b, event: { attrs: { ...httpIn(rng, { path: '/partniorebi/statusi', remote: '198.51.100.19', headers: { Authorization: `Basic ${b}`, 'Content-Type': 'application/json', 'User-Agent': partnerUa } }), 'mime.type': 'application/json' }, payload: JSON.stringify({ tracking_nomeri: trackingNo(rng), statusi: 'gadmotsemulia', dro: local(t, GET).slice(0, 19) + '+04:00' }), logPayload: true } };
    }),
    3,
    plant('replay', 'nifi-logattribute-query-param-erti-jeradi-bileti', 'note', WHY.ticketFirst("A one-time pickup ticket (`erti_jeradi_bileti`, from the SMS the recipient got), which locker TB-0142 (10.60.4.11) checks through HandleHttpRequest; LogAttribute writes it as `http.query.param.erti_jeradi_bileti` and in the raw `http.query.string`, beside the flow's verdict `amanati.bileti.shedegi: dashvebulia` (allowed). The ticket is"), ({ rng, t }) => {
      firstUse.bileti = t;
      return { value: ticket, event: { attrs: { ...httpIn(rng, { method: 'GET', path: '/postomati/gakhsna', query: `erti_jeradi_bileti=${ticket}&postomati=TB-0142`, params: { erti_jeradi_bileti: ticket, postomati: 'TB-0142' }, remote: '10.60.4.11', headers: { 'User-Agent': 'Amanati-Postomati/5.2 (Linux; armv7l)' } }), 'amanati.bileti.shedegi': 'dashvebulia' }, size: 0 } };
    }, { ref: 'bileti' }),
    2,
    plant('replay', 'nifi-logattribute-query-param-erti-jeradi-bileti', 'replay', '', ({ rng, t }) => ({ marks: [{ value: ticket, why: `${WHY.replay('erti_jeradi_bileti', gap('bileti', t))} Another locker, TB-0217 (10.60.4.27), sent the same one-time pickup ticket and the flow answered \`dashvebulia\` (allowed) again.` }], event: { attrs: { ...httpIn(rng, { method: 'GET', path: '/postomati/gakhsna', query: `erti_jeradi_bileti=${ticket}&postomati=TB-0217`, params: { erti_jeradi_bileti: ticket, postomati: 'TB-0217' }, remote: '10.60.4.27', headers: { 'User-Agent': 'Amanati-Postomati/5.2 (Linux; armv7l)' } }), 'amanati.bileti.shedegi': 'dashvebulia' }, size: 0 } }), { replayOf: 'bileti', after: 83 }),
    3,
    plant('negative', 'nifi-logattribute-invokehttp-tx-id', 'none', "InvokeHTTP's `invokehttp.tx.id` (a UUID of one exchange): no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { attrs: { 'invokehttp.request.duration': String(rng.int(40, 300)), 'invokehttp.request.url': 'https://api.amanati.example/v2/amanatebi/statusi', 'invokehttp.response.url': 'https://api.amanati.example/v2/amanatebi/statusi', 'invokehttp.status.code': '204', 'invokehttp.status.message': 'No Content', 'invokehttp.tx.id': v }, size: 0 } };
    }),
    3,
    plant('encoded', 'nifi-logattribute-header-base64-json-api-gasaghebi', 'error', "Another partner sends its context as base64 of JSON in a custom header (`X-Partniori-Konteksti`): the key it holds (`api_gasaghebi`) is one decoding away in the `http.headers.X-Partniori-Konteksti` attribute LogAttribute writes.", ({ rng, t }) => {
      const b = b64Of(JSON.stringify({ partniori: 'sachuqari', api_gasaghebi: `sq_${rng.alnum(32)}`, garemo: 'production' }));
      return { value: b, event: { attrs: { ...httpIn(rng, { path: '/partniorebi/statusi', remote: '192.0.2.40', headers: { 'Content-Type': 'application/json', 'User-Agent': 'Sachuqari-Hooks/1.0', 'X-Partniori-Konteksti': b } }), 'mime.type': 'application/json' }, payload: JSON.stringify({ tracking_nomeri: trackingNo(rng), statusi: 'kurierthan', dro: local(t, GET).slice(0, 19) + '+04:00' }), logPayload: true } };
    }),
    3,
    plant('webhook', 'nifi-logattribute-invokehttp-request-url-telegram-bot', 'error', WHY.webhook("The Telegram Bot API URL `https://api.telegram.org/bot<token>/sendMessage` the operations flow posts alerts to: InvokeHTTP records it in `invokehttp.request.url` and again in `invokehttp.response.url`, and LogAttribute writes both"), ({ rng }) => {
      const tok = `${rng.int(6000000000, 7999999999)}:AA${rng.b64url(33)}`;
      const url = `https://api.telegram.org/bot${tok}/sendMessage`;
      return { value: tok, event: { attrs: { 'invokehttp.request.duration': String(rng.int(90, 400)), 'invokehttp.request.url': url, 'invokehttp.response.url': url, 'invokehttp.status.code': '200', 'invokehttp.status.message': 'OK', 'invokehttp.tx.id': rng.uuid(), 'mime.type': 'application/json' }, payload: '{"ok":true,"result":{"message_id":' + rng.int(1000, 9999) + ',"chat":{"id":-100' + digits(rng, 10) + ',"title":"ამანათი — ოპერაციები","type":"supergroup"},"text":"⚠️ პოსტომატი BT-0027 ხაზგარეშეა"}}', logPayload: true } };
    }),
    3,
    plant('path-secret', 'nifi-logattribute-query-param-tokeni-confirmation-link', 'error', WHY.pathSecret("A customer's e-mail confirmation link `/dadastureba?tokeni=<token>&el_posta=…` handled by a HandleHttpRequest flow: LogAttribute writes `http.query.param.tokeni` and the raw `http.query.string`"), ({ rng }) => {
      const tok = rng.hex(48);
      const q = `tokeni=${tok}&el_posta=t.gelashvili%40mail.example`;
      return { value: tok, event: { attrs: { ...httpIn(rng, { method: 'GET', path: '/dadastureba', query: q, params: { tokeni: tok, el_posta: 't.gelashvili@mail.example' }, remote: '203.0.113.' + rng.int(2, 250), host: 'chemi.amanati.example', headers: { 'User-Agent': BROWSERS[2], Accept: 'text/html' } }) }, size: 0 } };
    }),
    3,
    plant('framework-dump', 'nifi-logattribute-payload-kurieri-paroli', 'error', "LogAttribute with Log Payload on writes the body a partner posts to register a courier, its `paroli` (password) in clear.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 3)}`;
      const payload = JSON.stringify({ kurieri: { sakheli: 'გიორგი მაისურაძე', telefoni: `+9955${digits(rng, 8)}`, el_posta: 'g.maisuradze@mail.example', paroli: pw, qalaqi: 'თბილისი' } }, null, 2);
      return { value: pw, event: { attrs: { ...httpIn(rng, { path: '/partniorebi/kurierebi', remote: '198.51.100.19', headers: { 'Content-Type': 'application/json', 'User-Agent': partnerUa } }), 'mime.type': 'application/json' }, payload, logPayload: true } };
    }),
    3,
    plant('negative', 'nifi-logattribute-http-context-identifier', 'none', "HandleHttpRequest's `http.context.identifier` (a UUID naming the waiting request for HandleHttpResponse): no credential.", ({ rng }) => {
      const v = rng.uuid();
      const a = httpIn(rng, { method: 'GET', path: '/postomati/statusi', query: 'postomati=KT-0064', params: { postomati: 'KT-0064' }, remote: '10.60.4.52', headers: { 'User-Agent': 'Amanati-Postomati/5.2 (Linux; armv7l)' } });
      a['http.context.identifier'] = v;
      return { value: v, event: { attrs: a, size: 0 } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 20 * MIN, site: { host: 'nifi-01' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// AMANATI-KAPI-JOB1-812.log: a Bamboo Data Center 10.2 build log as "Download" saves it: `<type>\t<dd-MMM-yyyy
// HH:mm:ss>\t<text>` (types `simple` for Bamboo's own lines, `command` for the external process, `build` for its
// standard output, `error` for its standard error; the agent's local time without a zone). A `command` entry is one line:
// the process's command line, directory and extra environment variables joined with `\n` written out; Bamboo writes
// `********` for variables whose names hold `password`, `secret`, `passphrase` or `sshKey`, and nothing else.
// https://confluence.atlassian.com/bamboo/bamboo-variables-289277087.html (the masking of variable names, not fetched),
// https://confluence.atlassian.com/bamboo/viewing-a-build-s-log-289276954.html (not fetched; the line layout from
// memory of public Bamboo build logs).

function bambooLog(rng) {
  const bt = (ms) => {
    const l = local(ms, GET);
    return `${l.slice(8, 10)}-${MONTHS[Number(l.slice(5, 7)) - 1]}-${l.slice(0, 4)} ${l.slice(11, 19)}`;
  };
  const render = (e) => e.lines.map(([type, msg], i) => `${type}\t${bt(e.t + i * 120)}\t${msg}`);
  const plan = 'Amanati - Kurieri API - Default Job #812 (AMANATI-KAPI-JOB1-812)';
  const dir = '/home/bamboo/bamboo-agent-home/xml-data/build-dir/AMANATI-KAPI-JOB1';
  const filler = (rng) => ({ lines: [['build', `AmanatiStatusiTest > ${rng.pick(['gadasvla_gzashia()', 'postomatshi_chadeba()', 'chabareba_kodit()', 'ujris_dakaveba()', 'dabruneba_gamgzavnze()'])} PASSED`]] });
  const sha = rng.hex(40);
  const steps = [
    { raw: { lines: [['simple', `Build ${plan} started building on agent tbilisi-agent-02, bamboo version: 10.2.3`], ['simple', 'Remote agent on host tbilisi-agent-02'], ['simple', `Build working directory is ${dir}`], ['simple', `Executing build ${plan}`], ['simple', "Starting task 'Checkout Default Repository' of type 'com.atlassian.bamboo.plugins.vcs:task.vcs.checkout'"], ['simple', `Checking out into ${dir}`]] }, after: 0 },
    plant('negative', 'bamboo-updating-source-code-to-revision-sha', 'none', 'The revision Bamboo checks out (a git SHA-1), on its `Updating` and `Updated` lines: no credential.', () => ({ value: sha, event: { lines: [['simple', `Updating source code to revision: ${sha}`], ['simple', "Fetching 'refs/heads/main' from 'ssh://git@bitbucket.amanati.lan:7999/kur/kurieri-api.git'. Will try to do a shallow fetch."], ['simple', `Updated source code to revision: ${sha}`]] } }), { after: 1 }),
    { raw: { lines: [['simple', "Finished task 'Checkout Default Repository' with result: Success"], ['simple', 'Running pre-build action: VCS Version Collector'], ['simple', "Starting task 'build-and-deploy.sh' of type 'com.atlassian.bamboo.plugins.scripttask:task.builder.script'"]] } },
    plant('api-key-name', 'bamboo-command-extra-environment-variables-sms-api-gasaghebi', 'error', `${WHY.apiKey('bamboo_SMS_API_GASAGHEBI')} Bamboo's \`command\` entry lists the script's extra environment variables; it masks names holding \`password\` or \`secret\` (\`bamboo_DB_PASSWORD=********\`), not the SMS gateway's key under a Georgian name (\`GASAGHEBI\`, "key").`, ({ rng }) => {
      const key = rng.alnum(40);
      const env = ['bamboo_planRepository_1_branch=main', `bamboo_planRepository_1_revision=${sha.slice(0, 12)}`, 'bamboo_buildNumber=812', 'bamboo_buildKey=AMANATI-KAPI-JOB1', 'bamboo_capability_system_jdk_JDK_21=/usr/lib/jvm/temurin-21-jdk-amd64', 'bamboo_DB_PASSWORD=********', 'bamboo_DEPLOY_GAREMO=staging', `bamboo_SMS_API_GASAGHEBI=${key}`, 'bamboo_working_directory=' + dir];
      return { value: key, event: { lines: [['command', `Beginning to execute external process for build '${plan}'\\n ... running command line: \\n/bin/sh\\t/home/bamboo/bamboo-agent-home/temp/AMANATI-KAPI-JOB1-812-ScriptBuildTask-${digits(rng, 14)}.sh\\n ... in: ${dir}\\n ... using extra environment variables: \\n${env.join('\\n')}\\n`]] } };
    }),
    { raw: { lines: [['error', "+ echo 'ეტაპი 1/4: აწყობა'"], ['build', 'ეტაპი 1/4: აწყობა'], ['error', '+ ./gradlew --no-daemon clean build'], ['build', 'Starting a Gradle Daemon (subsequent builds will be faster)'], ['build', '> Task :clean'], ['build', '> Task :compileJava'], ['build', '> Task :processResources'], ['build', '> Task :classes'], ['build', '> Task :compileTestJava'], ['build', '> Task :processTestResources'], ['build', '> Task :testClasses'], ['build', '> Task :test']] } },
    3,
    plant('framework-dump', 'bamboo-test-output-kotlin-data-class-paroli', 'error', "A configuration test prints the SMS settings object it loaded (a Kotlin data class's `toString()`), the gateway password (`paroli`) included; Gradle's `showStandardStreams` puts the test's standard output in the build's output.", ({ rng }) => {
      const pw = `${rng.alnum(12)}#${digits(rng, 2)}`;
      return { value: pw, event: { lines: [['build', ''], ['build', 'KonfiguraciisTest > smsKonfiguracia_chaitvirta() STANDARD_OUT'], ['build', `    chaitvirta: SmsKonfiguracia(hosti=sms-gw.example, momkhmarebeli=amanati, paroli=${pw}, gamgzavni=AMANATI, ttl=PT30M)`], ['build', ''], ['build', 'KonfiguraciisTest > smsKonfiguracia_chaitvirta() PASSED']] } };
    }),
    2,
    { raw: { lines: [['build', '> Task :bootJar'], ['build', '> Task :build'], ['build', ''], ['build', 'BUILD SUCCESSFUL in 2m 4s'], ['build', '9 actionable tasks: 9 executed'], ['error', "+ echo 'ეტაპი 2/4: დოკერის იმიჯი'"], ['build', 'ეტაპი 2/4: დოკერის იმიჯი'], ['error', '+ docker build -t registry.amanati.lan/kurieri-api:812 .'], ['build', '#0 building with "default" instance using docker driver'], ['build', '#8 exporting to image'], ['build', '#8 DONE 1.9s']] } },
    plant('negative', 'bamboo-docker-push-digest', 'none', "The image digest `docker push` prints (`sha256:` and 64 hex characters): no credential.", ({ rng }) => {
      const d = rng.hex(64);
      return { value: d, event: { lines: [['error', '+ docker push registry.amanati.lan/kurieri-api:812'], ['build', 'The push refers to repository [registry.amanati.lan/kurieri-api]'], ['build', `812: digest: sha256:${d} size: 2417`]] } };
    }),
    { raw: { lines: [['error', "+ echo 'ეტაპი 3/4: სტეიჯინგი'"], ['build', 'ეტაპი 3/4: სტეიჯინგი']] } },
    plant('encoded', 'bamboo-set-x-echo-base64-gradle-properties', 'error', "The deploy step writes a properties file from base64 (`echo <base64> | base64 -d`); bash's `set -x` trace on standard error (Bamboo's `error` lines) prints the expanded base64, and the Nexus password in it is one decoding away.", ({ rng }) => {
      const b = b64Of(`nexusMomkhmarebeli=ci-amanati\nnexusParoli=${rng.alnum(18)}\n`);
      return { value: b, event: { lines: [['error', `+ echo ${b}`], ['error', '+ base64 -d'], ['error', '+ chmod 600 /home/bamboo/.gradle/gradle.properties']] } };
    }),
    plant('path-secret', 'bamboo-set-x-curl-staging-invitation-link', 'error', WHY.pathSecret("A staging courier invitation link `/motsveva/<token>` the smoke test opens with curl, printed by bash's `set -x` trace"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: [['error', `+ curl -fsS -o /dev/null -w '%{http_code}' https://staging.${AM}/motsveva/${tok}`], ['build', '200']] } };
    }),
    { raw: { lines: [['error', "+ echo 'ეტაპი 4/4: ბექ-ოფისის განახლება'"], ['build', 'ეტაპი 4/4: ბექ-ოფისის განახლება']] } },
    plant('webhook', 'bamboo-set-x-curl-laravel-forge-deploy-trigger', 'error', WHY.webhook("A Laravel Forge deployment trigger URL (`/servers/<id>/sites/<id>/deploy/http?token=…`) for the back office, called with curl and printed by `set -x`"), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { lines: [['error', `+ curl -fsS -X POST 'https://forge.laravel.com/servers/${rng.int(600000, 999999)}/sites/${rng.int(2000000, 2999999)}/deploy/http?token=${tok}'`], ['build', 'OK']] } };
    }),
    { raw: { lines: [['simple', "Finished task 'build-and-deploy.sh' with result: Success"], ['simple', "Running post build plugin 'Docker Container Cleanup'"], ['simple', "Running post build plugin 'NCover Results Collector'"], ['simple', "Running post build plugin 'Clover Results Collector'"], ['simple', "Running post build plugin 'npm Cache Cleanup'"], ['simple', 'Finalising the build...'], ['simple', 'Stopping timer.'], ['simple', 'Build AMANATI-KAPI-JOB1-812 completed.'], ['simple', 'All post build plugins have finished'], ['simple', 'Generating build results summary...'], ['simple', 'Saving build results to disk...'], ['simple', 'Store variable context...'], ['simple', 'Finished building AMANATI-KAPI-JOB1-812.']] } },
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR + 5 * MIN, site: { host: 'bamboo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tetragon.log: Cilium Tetragon 1.4's JSON export file (`/var/run/cilium/tetragon/tetragon.log`) from Amanati's
// Kubernetes nodes: one event a line as protojson writes it (snake_case, zero values omitted), `process_exec` and
// `process_exit` with the `process` (`exec_id`, `pid`, `uid`, `cwd`, `binary`, `arguments` — argv after the binary,
// joined with spaces, an argument holding a space in double quotes —, `flags`, `start_time`, `auid`, `pod`, `docker`,
// `parent_exec_id`, `tid`) and its `parent`, `node_name` and `time` (RFC 3339, UTC, nanoseconds).
// https://tetragon.io/docs/use-cases/process-lifecycle/process-execution/ (read through search), public exports of
// process_exec events read through search.

function tetragonLog(rng) {
  const nsTime = (ms, ns = digits(rng, 6)) => `${iso(ms).slice(0, 19)}.${pad(ms % 1000, 3)}${ns}Z`;
  const execId = (node, pid) => b64Of(`${node}:${rng.int(100000000000000, 999999999999999)}:${pid}`);
  const podOf = (p) => ({ namespace: p.ns, name: p.name, container: { id: `containerd://${p.cid}`, name: p.container, image: { id: `${p.image.split(':')[0]}@sha256:${p.digest}`, name: p.image }, start_time: p.started, pid: p.cpid }, pod_labels: p.labels, workload: p.workload, workload_kind: p.kind });
  const mkPod = (rng, ns, workload, kind, container, image, labels) => ({ ns, name: `${workload}-${rng.lowerNum(10)}-${rng.lowerNum(5)}`, cid: rng.hex(64), container, image, digest: rng.hex(64), started: '2027-06-08T03:00:04Z', cpid: rng.int(5, 90), labels, workload, kind });
  const pods = {
    eksporti: mkPod(rng, 'eksporti', 's3-eksporti', 'CronJob', 'eksporti', 'registry.amanati.lan/eksporti:1.4.2', { app: 's3-eksporti' }),
    debug: mkPod(rng, 'kurieri', 'netshoot-debug', 'Deployment', 'netshoot', 'docker.io/nicolaka/netshoot:v0.13', { app: 'netshoot-debug' }),
    runner: mkPod(rng, 'ci', 'deploy-runner', 'Deployment', 'runner', 'registry.amanati.lan/ci-runner:3.2.0', { app: 'deploy-runner' }),
    kiosk: mkPod(rng, 'ekranebi', 'rigi-ekrani', 'DaemonSet', 'chromium', 'registry.amanati.lan/kiosk-chromium:126.0', { app: 'rigi-ekrani' }),
    api: mkPod(rng, 'kurieri', 'kurieri-api', 'Deployment', 'api', 'registry.amanati.lan/kurieri-api:812', { app: 'kurieri-api' }),
  };
  const nodes = { eksporti: 'amanati-wk-02', debug: 'amanati-wk-01', runner: 'amanati-wk-03', kiosk: 'sacavi-didube-01', api: 'amanati-wk-01' };
  const proc = (p) => {
    const o = { exec_id: p.exec_id, pid: p.pid, uid: p.uid ?? 0, cwd: p.cwd ?? '/', binary: p.binary };
    if (p.args) o.arguments = p.args;
    o.flags = p.flags ?? (o.cwd === '/' ? 'execve rootcwd clone' : 'execve clone');
    o.start_time = p.start;
    o.auid = 4294967295;
    if (p.pod) {
      o.pod = podOf(p.pod);
      o.docker = p.pod.cid.slice(0, 31);
    }
    if (p.parent_exec_id) o.parent_exec_id = p.parent_exec_id;
    o.tid = p.pid;
    return o;
  };
  const render = (e) => {
    const podKey = e.pod;
    const pod = pods[podKey];
    const node = nodes[podKey];
    const ppid = rng.int(2, 400);
    const parent = { exec_id: execId(node, ppid), pid: ppid, uid: e.uid, cwd: e.cwd, binary: e.parentBinary ?? '/bin/sh', args: e.parentArgs, start: nsTime(e.t - rng.int(200, 4000)), pod };
    const pid = ppid + rng.int(1, 60);
    const ns = rng.int(100000, 800000);
    const self = { exec_id: e.execId ?? execId(node, pid), pid, uid: e.uid, cwd: e.cwd, binary: e.binary, args: e.args, start: nsTime(e.t, String(ns)), pod, parent_exec_id: parent.exec_id };
    const out = [JSON.stringify({ process_exec: { process: proc(self), parent: proc(parent) }, node_name: node, time: nsTime(e.t, String(ns + rng.int(20000, 190000))) })];
    if (e.exit !== undefined) {
      const te = e.t + e.exit;
      const exit = { process: proc(self), parent: proc(parent) };
      if (e.exitStatus) exit.status = e.exitStatus;
      exit.time = nsTime(te, String(ns));
      out.push(JSON.stringify({ process_exit: exit, node_name: node, time: nsTime(te, String(ns + rng.int(20000, 190000))) }));
    }
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ pod: 'api', binary: '/usr/bin/wget', args: '-q -O- http://127.0.0.1:8081/actuator/health/readiness', parentBinary: '/bin/sh', parentArgs: '-c "wget -q -O- http://127.0.0.1:8081/actuator/health/readiness"', exit: rng.int(20, 90) }),
      () => ({ pod: 'kiosk', binary: '/usr/bin/xset', args: 's off', parentBinary: '/bin/sh', parentArgs: '/usr/local/bin/ekrani-start.sh', uid: 1000, cwd: '/home/kiosk' }),
      () => ({ pod: 'debug', binary: '/usr/bin/dig', args: `+short kurieri-api.kurieri.svc.cluster.local`, parentBinary: '/bin/zsh', exit: rng.int(5, 40) }),
      () => ({ pod: 'runner', binary: '/usr/bin/kubectl', args: `-n kurieri rollout status deploy/kurieri-api --timeout=120s`, parentBinary: '/bin/bash', parentArgs: '/runner/deploy.sh', cwd: '/runner' }),
    ])();
  const steps = [
    5,
    plant('id-token', 'tetragon-process-exec-aws-web-identity-token-argv', 'error', "An export CronJob passes its projected service account token (an OIDC ID token of the cluster's issuer) to `aws sts assume-role-with-web-identity --web-identity-token <JWT>` on the command line; Tetragon's `process_exec` writes argv in `arguments`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: rng.int(600, 20000), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { aud: ['sts.amazonaws.com'], iss: `https://oidc.eks.eu-central-1.amazonaws.com/id/${rng.hex(32).toUpperCase()}`, 'kubernetes.io': { namespace: 'eksporti', pod: { name: pods.eksporti.name, uid: rng.uuid() }, serviceaccount: { name: 's3-eksporti', uid: rng.uuid() } }, sub: 'system:serviceaccount:eksporti:s3-eksporti' } });
      return { value: token, jwt: facts, event: { pod: 'eksporti', binary: '/usr/local/bin/aws', args: `sts assume-role-with-web-identity --role-arn arn:aws:iam::${digits(rng, 12)}:role/amanati-s3-eksporti --role-session-name eksporti-${digits(rng, 8)} --web-identity-token ${token} --duration-seconds 3600`, parentBinary: '/bin/sh', parentArgs: '/app/eksporti.sh', cwd: '/app', uid: 1001 } };
    }),
    6,
    plant('negative', 'tetragon-git-checkout-commit-sha', 'none', 'A commit checked out by a deploy runner (a git SHA-1 in argv): no credential.', ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { pod: 'runner', binary: '/usr/bin/git', args: `-c advice.detachedHead=false checkout --detach ${v}`, parentBinary: '/bin/bash', parentArgs: '/runner/deploy.sh', cwd: '/runner/src' } };
    }),
    5,
    plant('header-dump', 'tetragon-process-exec-grpcurl-authorization-metadata-jwt', 'error', "An engineer in a debug pod calls the courier API's gRPC service with `grpcurl -H 'authorization: Bearer <JWT>'` (a metadata header): Tetragon writes argv in the `process_exec` and again in the `process_exit` of the same process (a repeat).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1500), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: 'https://shesvla.amanati.example/realms/amanati', aud: 'kurieri-api', sub: rng.uuid(), typ: 'Bearer', azp: 'ops-cli', scope: 'openid statistika' } });
      return { value: token, jwt: facts, event: { pod: 'debug', binary: '/usr/local/bin/grpcurl', args: `-plaintext -H "authorization: Bearer ${token}" -d {"dghe":"2027-06-08"} kurieri-api.kurieri.svc.cluster.local:9090 amanati.kurieri.v1.Statistika/Dghiuri`, parentBinary: '/bin/zsh', cwd: '/root', exit: rng.int(80, 400) } };
    }),
    5,
    plant('embed-jwt', 'tetragon-process-exec-chromium-kiosk-app-embed', 'warning', 'A locker hall screen starts Chromium in kiosk mode on `/chasheneba/rigi/<JWT>` (the queue board), and Tetragon writes argv: reusable by whoever reads the command line until it expires (warning).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(8, 25), claims: { resource: { rigi: 'didube' }, params: {} } });
      return { value: token, jwt: facts, event: { pod: 'kiosk', binary: '/usr/lib/chromium/chromium', args: `--kiosk --noerrdialogs --disable-infobars --ozone-platform=wayland --app=https://${AM}/chasheneba/rigi/${token}`, parentBinary: '/bin/sh', parentArgs: '/usr/local/bin/ekrani-start.sh', uid: 1000, cwd: '/home/kiosk' } };
    }),
    6,
    plant('webhook', 'tetragon-process-exec-curl-ploi-deploy-webhook', 'error', WHY.webhook("A Ploi deploy webhook (`/webhooks/servers/<id>/sites/<id>/deploy?token=…`) the deploy runner calls with curl; Tetragon writes argv in the `process_exec` and the `process_exit`"), ({ rng }) => {
      const tok = rng.alnum(40);
      return { value: tok, event: { pod: 'runner', binary: '/usr/bin/curl', args: `-fsS -X POST https://ploi.io/webhooks/servers/${rng.int(40000, 99999)}/sites/${rng.int(100000, 399999)}/deploy?token=${tok}`, parentBinary: '/bin/bash', parentArgs: '/runner/deploy.sh', cwd: '/runner', exit: rng.int(300, 1400) } };
    }),
    5,
    plant('session-id', 'tetragon-process-exec-websocat-url-sesia', 'error', WHY.session("The admin console's live feed takes the session in its websocket URL (`?sesia=<id>`); an engineer opens it with `websocat` in a debug pod, and Tetragon writes argv"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { pod: 'debug', binary: '/usr/local/bin/websocat', args: `-v wss://${AM_ADMIN}/live/kurierebi?sesia=${sid}`, parentBinary: '/bin/zsh', cwd: '/root' } };
    }),
    5,
    plant('negative', 'tetragon-exec-id', 'none', "Tetragon's `exec_id` (base64 of node, boot time and pid, naming one process): no credential.", ({ rng }) => {
      const id = execId(nodes.api, 4100 + rng.int(0, 800));
      return { value: id, event: { pod: 'api', binary: '/bin/date', args: '-u +%s', parentBinary: '/bin/sh', parentArgs: '-c "date -u +%s"', execId: id } };
    }),
    5,
    plant('api-key-name', 'tetragon-process-exec-psql-url-userinfo-password', 'error', "`psql postgresql://kurieri:<password>@…` run in the debug pod: the database password as a connection URL's userinfo, in argv (a password in a URL's userinfo is labeled like a key).", ({ rng }) => {
      const pw = `${rng.alnum(18)}`;
      return { value: pw, event: { pod: 'debug', binary: '/usr/bin/psql', args: `postgresql://kurieri:${pw}@pg-kurieri.amanati.lan:5432/kurieri -c "select statusi, count(*) from amanatebi group by 1"`, parentBinary: '/bin/zsh', cwd: '/root' } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR + 3 * MIN, site: { host: 'k8s' }, filler, render, steps });
}

// =====================================================================================================================
// Ustaxona (Uzbek; Tashkent: UZT, UTC+5, all year)
// =====================================================================================================================

const UZT = 300;
const UZ = 'ustaxona.uz';
const UZ_API = `api.${UZ}`;
const buyurtma = (rng) => `UX-${digits(rng, 6)}`;
const FILIALLAR = ['Chilonzor', 'Yunusobod', 'Sergeli', 'Mirzo Ulug‘bek', 'Yakkasaroy'];

// ---------------------------------------------------------------------------------------------------------------------
// AgentExecutor.log: the Intune Management Extension's AgentExecutor.log on a workshop reception PC
// (`C:\ProgramData\Microsoft\IntuneManagementExtension\Logs`): CMTrace's format, `<![LOG[<message>]LOG]!><time="HH:mm:ss.
// fffffff" date="M-d-yyyy" component="AgentExecutor" context="" type="1" thread="<n>" file="">` (local time, no zone),
// CRLF line ends, a message over several lines when the text has line breaks; for each remediation script run the
// parsed arguments, the PowerShell command line, the exit code and `write output done. output = <the script's
// output>, error = `. https://learn.microsoft.com/en-us/troubleshoot/mem/intune/app-management/develop-deliver-working-
// win32-app-via-intune (the logs' folder; not fetched), the CMTrace line shape read in public scripts through search;
// the AgentExecutor messages from memory of public logs.

function agentExecutorLog(rng) {
  const cm = (ms, msg, thread) => {
    const l = local(ms, UZT);
    const date = `${Number(l.slice(5, 7))}-${Number(l.slice(8, 10))}-${l.slice(0, 4)}`;
    return `<![LOG[${msg}]LOG]!><time="${l.slice(11, 23)}${digits(rng, 4)}" date="${date}" component="AgentExecutor" context="" type="1" thread="${thread}" file="">`;
  };
  const render = (e) => {
    const out = [];
    e.msgs.forEach((m, i) => out.push(...cm(e.t + i * 13, m, e.thread ?? 1).split('\n')));
    return out.map((l) => `${l}\r`);
  };
  const run = (rng, script, output) => {
    const dir = `C:\\Windows\\IMECache\\HealthScripts\\${rng.uuid()}_${rng.int(1, 6)}`;
    const res = rng.uuid();
    const p = rng.int(2000, 9999);
    const out = `${output.join('\r\n')}\r\n`;
    return [
      'ExecutorLog AgentExecutor gets invoked',
      'Creating command line parser, name delimiter is - and value separator is  .',
      'Getting Ordered Parameters',
      'Parsing Ordered Parameters.',
      `Adding argument remediationScript with value ${dir}\\${script} to the named argument list.`,
      `Adding argument resultFile with value ${dir}\\${res}-${script.replace('.ps1', '')}.output to the named argument list.`,
      'Adding argument timeoutSeconds with value 3600 to the named argument list.',
      'Adding argument executionPolicy with value -1 to the named argument list.',
      'Remediation script option gets invoked',
      'Prepare to run Powershell Script ..',
      'scriptParams is ',
      `cmd line for running powershell is -NoProfile -executionPolicy bypass -file  "${dir}\\${script}" `,
      'runAs32BitOn64 = False, so Disable Wow64FsRedirection',
      'PowerShell path is C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe',
      `[Executor] created powershell with process id ${p}`,
      'Powershell exit code is 0',
      `length of out=${out.length}`,
      'length of error=0',
      'error from script =',
      'Powershell script is successfully executed.',
      `write output done. output = ${out.replace(/\r\n/g, '\n')}, error = `,
      'Revert Wow64FsRedirection',
      'Agent executor completed.',
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ msgs: run(rng, 'detect.ps1', [`Chop etish navbati toza (${rng.int(0, 2)} ta vazifa)`]) }),
      () => ({ msgs: run(rng, 'remediate.ps1', ['1C mijoz yangilandi: 8.3.25.1394', `Qayta ishga tushirish talab qilinmaydi`]) }),
      () => ({ msgs: run(rng, 'detect.ps1', [`Diagnostika dasturi versiyasi: ${rng.pick(['7.4.2', '7.4.3'])}`, 'Holat: OK']) }),
    ])();
  const steps = [
    { raw: { msgs: [] }, after: 2477 },
    1,
    plant('api-key-name', 'agentexecutor-output-url-api_kalit', 'error', `${WHY.apiKey('api_kalit')} A remediation script reports the PC's state to the company API with the key in the query and prints the URL it called; AgentExecutor writes the script's output (\`kalit\` is Uzbek for key).`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { msgs: run(rng, 'remediate.ps1', ['Kompyuter holati tekshirildi: disk 71%, xotira 58%', `Holat yuborildi: https://${UZ_API}/v1/kompyuter/holat?api_kalit=${key}&kompyuter=USTX-QABUL-03 (200)`]) } };
    }),
    { raw: { msgs: [] }, after: 3454 },
    1,
    plant('negative', 'agentexecutor-output-bitlocker-key-protector-id', 'none', "A BitLocker detection script prints the key protector's id (`KeyProtectorId`, a GUID), not the recovery password: no credential.", ({ rng }) => {
      const v = `{${rng.uuid().toUpperCase()}}`;
      return { value: v, event: { msgs: run(rng, 'detect.ps1', ['BitLocker: C: shifrlangan (XtsAes128)', `KeyProtectorId       : ${v}`, 'KeyProtectorType     : RecoveryPassword', 'Zaxira nusxa Entra ID ga yuklangan']) } };
    }),
    { raw: { msgs: [] }, after: 2031 },
    1,
    plant('framework-dump', 'agentexecutor-output-netsh-wlan-key-content', 'error', "A Wi-Fi remediation prints `netsh wlan show profile name=… key=clear` to check the staff network's profile: the output's `Key Content` line is the Wi-Fi password.", ({ rng }) => {
      const pw = `Ustx${rng.alnum(10)}${digits(rng, 2)}`;
      return { value: pw, event: { msgs: run(rng, 'remediate.ps1', ['Wi-Fi profili qayta o‘rnatildi: Ustaxona-Xodim', '', 'Security settings', '-----------------', '    Authentication         : WPA2-Personal', '    Cipher                 : CCMP', '    Security key           : Present', `    Key Content            : ${pw}`]) } };
    }),
    { raw: { msgs: [] }, after: 3008 },
    1,
    plant('header-dump', 'agentexecutor-output-convertto-json-authorization-basic', 'error', "A script prints the headers it sends to the spare parts supplier as `ConvertTo-Json` (Windows PowerShell's layout, two spaces after the colon): `\"Authorization\":  \"Basic <base64 of user:password>\"`.", ({ rng }) => {
      const b = b64Of(`ustaxona:${rng.alnum(14)}`);
      return { value: b, event: { msgs: run(rng, 'remediate.ps1', ['Yetkazib beruvchi sinxronlash sarlavhalari:', '{', `    "Authorization":  "Basic ${b}",`, '    "Accept":  "application/json"', '}', 'Sinxronlash: 214 ta ehtiyot qism yangilandi']) } };
    }),
    { raw: { msgs: [] }, after: 1585 },
    1,
    plant('negative', 'agentexecutor-output-entra-device-id', 'none', "The device's Entra ID (a GUID naming the PC in the directory): an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { msgs: run(rng, 'detect.ps1', [`Qurilma ID: ${v}`, 'Entra ID ga qo‘shilgan: Ha']) } };
    }),
    { raw: { msgs: [] }, after: 2562 },
    1,
    plant('encoded', 'agentexecutor-output-base64-json-parol', 'error', "A script prints its settings environment variable as it read it, base64 of JSON: the 1C service's `parol` (password) is one decoding away.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ server: '1c.ustaxona.lan', baza: 'ustaxona_buh', foydalanuvchi: 'integratsiya', parol: `${rng.alnum(12)}${digits(rng, 2)}` }));
      return { value: b, event: { msgs: run(rng, 'remediate.ps1', [`Sozlama (USTAXONA_SOZLAMA): ${b}`, '1C ulanishi: muvaffaqiyatli']) } };
    }),
    { raw: { msgs: [] }, after: 3539 },
    1,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 12 * MIN, site: { host: 'USTX-QABUL-03' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// esphome-kompressor-1.txt: `esphome logs kompressor-1.yaml` (ESPHome 2025.5) over the native API, saved without colours:
// the CLI's `INFO …` lines, then the device's lines prefixed by the time the CLI received them (`[HH:MM:SS]`, no date),
// `[<level letter>][<tag>:<line>]: <message>`: the configuration dump (`[C]`, with `[redacted]` for the SSID), sensor
// states (`[D]`), and http_request's failures, `HTTP Request failed; URL: <url>; Code: <n>` or `; Error: <text>`, which
// write the whole URL. https://github.com/esphome/esphome (esphome/components/http_request/http_request_arduino.cpp,
// read), https://esphome.io/components/http_request.html (not fetched).

function esphomeLog(rng) {
  const hhmmss = (ms) => local(ms, UZT).slice(11, 19);
  const render = (e) => e.lines.map((l, i) => (typeof l === 'string' ? l : `[${hhmmss(e.t + i * 20)}][${l[0]}][${l[1]}]: ${l[2]}`));
  const state = (rng) =>
    rng.pick([
      ['D', 'sensor:094', `'Bosim': Sending state ${(rng.int(620, 820) / 100).toFixed(5)} bar with 2 decimals of accuracy`],
      ['D', 'sensor:094', `'Harorat': Sending state ${(rng.int(310, 480) / 10).toFixed(5)} °C with 1 decimals of accuracy`],
      ['D', 'binary_sensor:036', `'Kompressor ishlayapti': Sending state ${rng.pick(['ON', 'OFF'])}`],
      ['D', 'sensor:094', `'WiFi signal': Sending state -${rng.int(48, 72)}.00000 dBm with 0 decimals of accuracy`],
    ]);
  const filler = (rng) => ({ lines: [state(rng)] });
  const fail = (url, tail) => ['E', 'http_request.arduino:141', `HTTP Request failed; URL: ${url}; ${tail}`];
  const mac = ['A4', 'CF', '12', ...Array.from({ length: 3 }, () => rng.hex(2).toUpperCase())].join(':');
  const steps = [
    { raw: { lines: ['INFO ESPHome 2025.5.2', 'INFO Reading configuration kompressor-1.yaml...', 'INFO Starting log output from 192.168.50.21 using esphome API', 'INFO Successfully resolved kompressor-1 @ 192.168.50.21 in 0.000s', 'INFO Successfully connected to kompressor-1 @ 192.168.50.21 in 0.014s', 'INFO Successful handshake with kompressor-1 @ 192.168.50.21 in 0.097s', ['I', 'app:100', 'ESPHome version 2025.5.2 compiled on Jun  2 2027, 18:41:07'], ['C', 'wifi:600', 'WiFi:']] }, after: 0 },
    plant('negative', 'esphome-config-local-mac', 'none', "The ESP32's MAC address in the configuration dump (`Local MAC`): a hardware identifier, no credential.", () => ({ value: mac, event: { lines: [['C', 'wifi:428', `  Local MAC: ${mac}`]] } }), { after: 0 }),
    plant('negative', 'esphome-config-wifi-ssid-redacted', 'none', "ESPHome's configuration dump writes the SSID as `[redacted]`: no value on the line.", () => ({ value: '[redacted]', needle: 'SSID: [redacted]', event: { lines: [['C', 'wifi:433', '  SSID: [redacted]'], ['C', 'wifi:436', '  IP Address: 192.168.50.21']] } }), { after: 0 }),
    { raw: { lines: [['C', 'wifi:438', '  Signal strength: -61 dB ▂▄▆█'], ['C', 'wifi:442', '  Channel: 6'], ['C', 'wifi:443', '  Subnet: 255.255.255.0'], ['C', 'wifi:444', '  Gateway: 192.168.50.1'], ['C', 'api:149', 'API Server:'], ['C', 'api:150', '  Address: kompressor-1.local:6053'], ['C', 'api:152', '  Using noise encryption: YES'], ['C', 'http_request:018', 'HTTP Request:'], ['C', 'http_request:019', '  Timeout: 5000ms'], ['C', 'http_request:020', '  User-Agent: ESPHome/2025.5.2 (https://esphome.io)'], ['C', 'http_request:021', '  Follow redirects: YES'], ['C', 'http_request:022', '  Redirect limit: 3']] }, after: 0 },
    7,
    plant('api-key-name', 'esphome-http-request-failed-url-thingspeak-api_key', 'error', `${WHY.apiKey('api_key')} The compressor's readings go to a ThingSpeak channel with its write key in the query; when the request fails, http_request writes the whole URL.`, ({ rng }) => {
      const key = upperNum(rng, 16);
      return { value: key, event: { lines: [fail(`http://api.thingspeak.com/update?api_key=${key}&field1=7.42&field2=41.5`, 'Error: connection refused')] } };
    }),
    7,
    plant('api-key-name', 'esphome-http-request-failed-url-kalit', 'error', `${WHY.apiKey('kalit')} The workshop's own sensor API takes the device key as \`kalit\` (Uzbek for key) in the query; http_request's failure line writes the URL with it.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [fail(`https://${UZ_API}/v1/datchik/yozuv?qurilma=kompressor-1&kalit=${key}&bosim=7.42&harorat=41.5`, 'Code: 503')] } };
    }),
    7,
    plant('encoded', 'esphome-http-request-failed-url-domoticz-base64-password', 'error', "Domoticz takes `username` and `password` base64-encoded in the query of its JSON API; the failed request's URL carries the password one decoding away.", ({ rng }) => {
      const pw = b64Of(`${rng.alnum(12)}${digits(rng, 2)}`);
      return { value: pw, event: { lines: [fail(`http://192.168.50.5:8080/json.htm?type=command&param=udevice&idx=14&nvalue=0&svalue=7.42&username=${b64Of('ustaxona')}&password=${pw}`, 'Code: 401')] } };
    }),
    7,
    plant('path-secret', 'esphome-http-request-failed-url-ota-firmware-link', 'error', WHY.pathSecret("A firmware download link `/proshivka/<token>/kompressor-1.bin` for an OTA update over http_request (the image holds the device's Wi-Fi and API secrets): the failure line writes the URL"), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: [fail(`https://ota.${UZ}/proshivka/${tok}/kompressor-1.bin`, 'Code: 404')] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR + 2 * MIN, site: { host: 'kompressor-1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ustaxona-api-zap-eksport.txt: what a penetration tester's ZAP 2.16 wrote with "Export > Messages to File…" for the
// selected history entries: per message `==== <history id> ==========`, the request header as ZAP holds it (the request
// line with the absolute URI, the headers, a blank line), the request body, a line break, then the response header and
// body the same way; CRLF line ends, no time of its own. https://www.zaproxy.org/docs/desktop/addons/import-export/ (read
// through search), the export's writer (`exportHistory`: `"==== " + historyId + " =========="`, header, body, CRLF)
// read in public copies of ZAP's source through search.

function zapLog(rng) {
  let hid = 212;
  const render = (e) => {
    hid += e.gapIds ?? rng.int(1, 7);
    const date = httpDate(e.t + 180);
    const reqBody = e.reqBody ?? '';
    const resBody = e.resBody ?? '';
    const out = [`==== ${hid} ==========`, `${e.method} ${e.url} HTTP/1.1`, `Host: ${new URL(e.url).host}`, 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:146.0) Gecko/20100101 Firefox/146.0', 'Accept: application/json, text/plain, */*', 'Accept-Language: uz,ru;q=0.8,en;q=0.5', ...(e.reqHeaders ?? []).map(([k, v]) => `${k}: ${v}`), ...(reqBody ? ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(reqBody)}`] : []), '', reqBody, `HTTP/1.1 ${e.status}`, 'Server: nginx', `Date: ${date}`, ...(resBody ? [`Content-Type: ${e.resType ?? 'application/json; charset=utf-8'}`, `Content-Length: ${Buffer.byteLength(resBody)}`] : ['Content-Length: 0']), ...(e.resHeaders ?? []).map(([k, v]) => `${k}: ${v}`), 'Connection: keep-alive', '', resBody];
    return out.map((l) => `${l}\r`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', url: `https://${UZ_API}/v1/filiallar?shahar=toshkent`, status: '200 OK', resBody: JSON.stringify({ filiallar: FILIALLAR.map((nomi, i) => ({ id: i + 1, nomi })) }) }),
      () => ({ method: 'GET', url: `https://${UZ_API}/v1/bosh-vaqtlar?filial=${rng.int(1, 5)}&sana=2027-06-10`, status: '200 OK', resBody: JSON.stringify({ vaqtlar: ['09:00', '10:30', '14:00', '16:30'].slice(0, rng.int(1, 4)) }) }),
      () => ({ method: 'GET', url: `https://${UZ_API}/v1/buyurtmalar/${buyurtma(rng)}`, status: '403 Forbidden', resBody: JSON.stringify({ xato: 'Ruxsat yo‘q' }) }),
      () => ({ method: 'GET', url: `https://${UZ_API}/v1/xizmatlar?tur=${rng.pick(['moy-almashtirish', 'tormoz', 'diagnostika', 'shinomontaj'])}`, status: '200 OK', resBody: JSON.stringify({ narx_dan: rng.int(80, 900) * 1000, valyuta: 'UZS' }) }),
    ])();
  const steps = [
    2,
    plant('oauth-code', 'zap-export-request-line-oneid-callback-code', 'warning', `${WHY.code} The request line of the OneID (the government single sign-on) callback the tester's browser followed through ZAP, with \`code\` and \`state\` in the query.`, ({ rng }) => {
      const code = rng.hex(32);
      return { value: code, event: { method: 'GET', url: `https://${UZ_API}/kirish/oneid/qaytish?code=${code}&state=${rng.b64url(24)}`, status: '302 Found', resHeaders: [['Location', `https://${UZ}/kabinet`]] } };
    }),
    2,
    plant('session-id', 'zap-export-response-set-cookie-ustaxona-seans', 'error', WHY.session('The session cookie the API set after the OneID sign-in (`Set-Cookie: ustaxona_seans=<id>`), kept in the exported response header'), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { method: 'GET', url: `https://${UZ_API}/v1/kabinet/profil`, status: '200 OK', resHeaders: [['Set-Cookie', `ustaxona_seans=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]], resBody: JSON.stringify({ ism: 'Dilnoza', familiya: 'Yusupova', telefon: '+99890*****12' }) } };
    }),
    2,
    plant('negative', 'zap-export-request-x-csrf-token', 'none', 'An `X-CSRF-Token` request header (anti-forgery): no credential.', ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { method: 'POST', url: `https://${UZ_API}/v1/buyurtmalar`, reqHeaders: [['X-CSRF-Token', v]], reqBody: JSON.stringify({ filial: 2, xizmat: 'diagnostika', sana: '2027-06-10', vaqt: '10:30', avtomobil: 'Chevrolet Cobalt, 01 A 123 BC' }), status: '201 Created', resBody: JSON.stringify({ buyurtma: buyurtma(rng), holat: 'qabul qilindi' }) } };
    }),
    2,
    plant('refresh-token', 'zap-export-request-body-refresh_token', 'error', `${WHY.refresh} The Android app's refresh call (\`/v1/auth/yangilash\`, "refresh") replayed by the tester, its JSON body exported with the request.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { method: 'POST', url: `https://${UZ_API}/v1/auth/yangilash`, reqBody: JSON.stringify({ refresh_token: rt, qurilma: 'android' }), status: '200 OK', resBody: JSON.stringify({ ok: true, muddat: 900 }) } };
    }),
    2,
    plant('path-secret', 'zap-export-request-line-parolni-tiklash-token', 'error', WHY.pathSecret('A password reset link `/parolni-tiklash/<token>` the tester requested for a test account and opened through ZAP'), ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { method: 'GET', url: `https://${UZ}/parolni-tiklash/${tok}`, status: '200 OK', resBody: '' } };
    }),
    2,
    plant('implicit-fragment', 'zap-export-response-body-script-location-replace-fragment', 'error', "A parts supplier's widget signs in with an implicit grant, and its authorization server answers with a page that redirects by script (`location.replace(\"…#access_token=…\")`) instead of a `Location` header: ZAP exports the response body, fragment included.", ({ rng }) => {
      const tok = rng.alnum(40);
      const body = `<!doctype html><html><head><meta charset="utf-8"><title>Yo‘naltirilmoqda…</title></head><body><script>location.replace("https://${UZ}/hamkor/qaytish#access_token=${tok}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}");</script></body></html>`;
      return { value: tok, event: { method: 'GET', url: `https://b2b.avtoqism.example/oauth/authorize?response_type=token&client_id=ustaxona-widget&redirect_uri=https%3A%2F%2F${UZ}%2Fhamkor%2Fqaytish&state=${rng.b64url(16)}`, status: '200 OK', resBody: body, resType: 'text/html; charset=utf-8' } };
    }),
    2,
    plant('api-key-name', 'zap-export-request-header-x-api-kalit', 'error', `${WHY.apiKey('X-Api-Kalit')} A partner integration's key in a custom request header named in Uzbek (\`kalit\`, key), kept in the exported request.`, ({ rng }) => {
      const key = `ustx_${rng.alnum(40)}`;
      return { value: key, event: { method: 'GET', url: `https://${UZ_API}/v1/hamkor/ehtiyot-qismlar?artikul=96549934`, reqHeaders: [['X-Api-Kalit', key]], status: '200 OK', resBody: JSON.stringify({ artikul: '96549934', nomi: 'Moy filtri', qoldiq: 14 }) } };
    }),
    2,
    plant('negative', 'zap-export-response-etag', 'none', 'A response `ETag` (a hash of the representation): no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { method: 'GET', url: `https://${UZ_API}/v1/filiallar?shahar=toshkent`, status: '200 OK', resHeaders: [['ETag', `W/"${v}"`]], resBody: JSON.stringify({ filiallar: FILIALLAR.map((nomi, i) => ({ id: i + 1, nomi })) }) } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 30 * MIN, site: { host: 'zap' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 9187.rdlog: a Rundeck 5.8 execution log as the server stores it (`var/logs/rundeck/<project>/job/<id>/logs/
// <execution>.rdlog`), format `text/x-rundeck-log-v2.0`: the `^text/x-rundeck-log-v2.0^` head, one event a line
// `^<yyyy-MM-ddTHH:mm:ssZ, UTC>|<event type, empty for log>|<level, empty for NORMAL>|{<metadata key=value sorted,
// joined with |>}|<message, ^ and \ escaped with \>^`, and `^END^`; secure job options masked as `[SECURE]`.
// https://github.com/rundeck/rundeck (RundeckLogFormat.java and its tests, read).

function rundeckLog(rng) {
  const esc = (m) => m.replace(/\\/g, '\\\\').replace(/\^/g, '\\^');
  const ev = (ms, type, level, meta, msg) => `^${iso(ms).slice(0, 19)}Z|${type}|${level}|{${Object.keys(meta).sort().map((k) => `${k}=${meta[k]}`).join('|')}}|${esc(msg)}^`;
  const user = 'ustaxona-ops';
  const render = (e) => {
    if (e.plain) return e.plain;
    const meta = { node: e.node, step: String(e.step), stepctx: String(e.step), user };
    const out = [];
    let i = 0;
    for (const [type, level, msg] of e.events) out.push(ev(e.t + i++ * 700, type, level, meta, msg));
    return out;
  };
  const nodes = ['xizmat-01', 'xizmat-02'];
  const chatter = (rng, node, step, n) => ({ raw: { node, step, events: Array.from({ length: n }, () => ['', '', rng.pick([`Tekshirildi: ${rng.int(40, 400)} ta yozuv`, `Kutilmoqda... (${rng.int(1, 9)}s)`, `Filial ${rng.pick(FILIALLAR)}: OK`])]) } });
  const filler = () => ({ plain: [] });
  const begin = (step, node, label) => ({ raw: { node, step, events: [['stepbegin', '', ''], ['', 'VERBOSE', `[workflow] Begin step: ${step},NodeDispatch`], ['', 'VERBOSE', `${step}: Workflow step executing: ${label}`]] } });
  const end = (step, node) => ({ raw: { node, step, events: [['', 'VERBOSE', `[workflow] Finish step: ${step},NodeDispatch`], ['stepend', '', '']] } });
  const steps = [
    { raw: { plain: ['^text/x-rundeck-log-v2.0^'] }, after: 0 },
    begin(1, nodes[0], 'Eskirgan seanslarni yopish'),
    plant('negative', 'rundeck-secure-option-masked', 'none', "A secure job option Rundeck writes as `[SECURE]`: no value on the line.", () => ({ value: '[SECURE]', needle: 'parol=[SECURE]', event: { node: nodes[0], step: 1, events: [['', '', 'Keycloak admin: ops-robot, parol=[SECURE]']] } })),
    chatter(rng, nodes[0], 1, 2),
    plant('id-token', 'rundeck-step-output-logout-id-token-hint-expired', 'note', "The session cleanup step prints the end-session URL it calls for each stale session, with the `id_token_hint` it stored; this ID token expired three hours before the line (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: 1800 + 3 * 3600 + rng.int(60, 1200), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://id.${UZ}/realms/ustaxona`, aud: 'ustaxona-web', sub: rng.uuid(), typ: 'ID', azp: 'ustaxona-web', sid: rng.uuid(), preferred_username: 'sh.rahimov' } });
      return { value: token, jwt: facts, event: { node: nodes[0], step: 1, events: [['', '', `Seans yopilmoqda: https://id.${UZ}/realms/ustaxona/protocol/openid-connect/logout?id_token_hint=${token}&client_id=ustaxona-web`]] } };
    }),
    chatter(rng, nodes[0], 1, 2),
    end(1, nodes[0]),
    begin(2, nodes[0], 'Kunlik hisobot havolasi'),
    chatter(rng, nodes[0], 2, 1),
    plant('embed-jwt', 'rundeck-step-output-joylash-hisobot-jwt', 'error', 'The report step prints the link it puts on the workshops\' screens, `/joylash/hisobot/<JWT>` ("embed/report"): an embed token valid an hour (error).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), jti: true, claims: { resource: { hisobot: 'kunlik-tushum' }, params: { filial: 'barchasi' } } });
      return { value: token, jwt: facts, event: { node: nodes[0], step: 2, events: [['', '', `Hisobot havolasi: https://${UZ}/joylash/hisobot/${token}`]] } };
    }),
    end(2, nodes[0]),
    begin(3, nodes[0], 'Xodim taklifnomalari'),
    chatter(rng, nodes[0], 3, 2),
    plant('path-secret', 'rundeck-step-output-taklif-link', 'error', WHY.pathSecret('A staff invitation link `/taklif/<token>` ("invitation") the step prints after e-mailing it'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { node: nodes[0], step: 3, events: [['', '', `Taklifnoma yuborildi: b.tursunov@mail.example → https://${UZ}/taklif/${tok}`]] } };
    }),
    end(3, nodes[0]),
    begin(4, nodes[1], '1C sinxronlash'),
    chatter(rng, nodes[1], 4, 2),
    plant('refresh-token', 'rundeck-step-output-refresh-jwt', 'error', `${WHY.refresh} The 1C sync step prints the rotated refresh token the accounting gateway returned.`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 30 * 86400, age: rng.int(1, 5), jti: true, alg: 'HS512', claims: { iss: 'https://1c-shlyuz.ustaxona.lan', sub: 'integratsiya', typ: 'refresh' } });
      return { value: token, jwt: facts, event: { node: nodes[1], step: 4, events: [['', '', `Yangi refresh_token: ${token} (30 kun)`]] } };
    }),
    chatter(rng, nodes[1], 4, 1),
    plant('api-key-name', 'rundeck-step-output-url-maxfiy_kalit', 'error', `${WHY.apiKey('maxfiy_kalit')} The same step prints the supplier price list URL it fetched, the key in the query under \`maxfiy_kalit\` (Uzbek for "secret key").`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { node: nodes[1], step: 4, events: [['', '', `Narxlar yuklandi: https://b2b.avtoqism.example/api/narxlar?maxfiy_kalit=${key}&format=json (1 842 ta)`]] } };
    }),
    end(4, nodes[1]),
    begin(5, nodes[1], 'Mobil kirish tekshiruvi'),
    plant('implicit-fragment', 'rundeck-step-output-json-report-manzil-fragment-jwt', 'error', "The mobile sign-in smoke test prints one JSON line a check; the sign-in check's `manzil` (\"address\": where the test account's implicit grant redirected) carries `#access_token=<JWT>`.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 900, age: rng.int(0, 3), jti: true, alg: 'RS256', kid: rng.b64url(43), claims: { iss: `https://id.${UZ}/realms/ustaxona`, aud: 'ustaxona-mobil', sub: rng.uuid(), typ: 'Bearer', azp: 'ustaxona-mobil', preferred_username: 'test-mijoz-07' } });
      return { value: token, jwt: facts, event: { node: nodes[1], step: 5, events: [['', '', JSON.stringify({ tekshiruv: 'bosh-sahifa', holat: 200, vaqt_ms: rng.int(80, 300) })], ['', '', JSON.stringify({ tekshiruv: 'kirish', holat: 302, manzil: `https://${UZ}/mobil/qaytish#access_token=${token}&token_type=Bearer&expires_in=900`, vaqt_ms: rng.int(200, 900) })], ['', '', JSON.stringify({ tekshiruv: 'chiqish', holat: 204, vaqt_ms: rng.int(40, 200) })]] } };
    }),
    chatter(rng, nodes[1], 5, 1),
    plant('negative', 'rundeck-step-output-backup-sha256', 'none', 'A backup archive\'s SHA-256 checksum: no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { node: nodes[1], step: 5, events: [['', '', `Zaxira nusxa tayyor: ustaxona-2027-06-09.sql.gz sha256=${v}`]] } };
    }),
    end(5, nodes[1]),
    { raw: { plain: ['^END^'] } },
  ];
  return buildLog(rng, { start: DAY0 + 20 * HOUR + 50 * MIN, site: { host: 'rundeck' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout35');
writePart(join(here, 'heldout35'), {
  'moonraker.log': moonrakerLog(rng),
  'mosquitto.log': mosquittoLog(rng),
  'fastlane-ios-beta-1093.log': fastlaneLog(rng),
  'idevicesyslog-qa-iphone15.txt': idevicesyslogLog(rng),
  'http-requests-log.http': intellijLog(rng),
  'binlog.000417.txt': binlogLog(rng),
  'spy.log': p6spyLog(rng),
  'nifi-app.log': nifiLog(rng),
  'AMANATI-KAPI-JOB1-812.log': bambooLog(rng),
  'tetragon.log': tetragonLog(rng),
  'AgentExecutor.log': agentExecutorLog(rng),
  'esphome-kompressor-1.txt': esphomeLog(rng),
  'ustaxona-api-zap-eksport.txt': zapLog(rng),
  '9187.rdlog': rundeckLog(rng),
});
