// Writes corpus/logs-in-the-wild/heldout36/: a thirty-sixth held-out part, in formats no other part uses (FreeRADIUS'
// `radiusd -X` debug output with rlm_rest, memcached's `-vv` log, a local GitHub Actions run with nektos/act, Faraday's
// logger middleware in a Ruby billing sync, a Microsoft Defender for Endpoint advanced hunting export of
// DeviceProcessEvents, a Zigbee2MQTT log, an ActiveMQ Classic broker with its LoggingBrokerPlugin, Prisma's query events
// under `pm2 --time`, httpx with httpcore's trace logging, electron-log's main.log of a desktop app, a CocoaLumberjack
// file log of an iPhone app, a delayed_job worker log with Active Job's arguments, Snort 3's alert_json with `b64_data`
// and a Traccar server log with its hex protocol dumps), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout36.mjs     rewrites heldout36/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Kestrel Fibre, a rural fibre internet provider in Burlington, Vermont (English, five logs);
// Panjoteka, a maker of smart beehive scales with a web shop and a desktop app for beekeepers in Kranj (Slovenian
// messages, routes, parameter, table and field names, English code names, five logs); Tambang Ekspres, an express bus
// ticketing company in Kuala Lumpur (Malay messages, routes, job and parameter names, English code names, four logs).
// Standard names (OAuth's, vendors') stay as their specifications and vendors write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.18.0', 'python-httpx/0.28.1', 'Faraday v2.14.0', 'Go-http-client/2.0', 'node', 'okhttp/5.3.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 5, 15, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Milliseconds of `ms` as three digits. */
const msOf = (ms) => local(ms, 0).slice(20, 23);
/** Lower-case hex of a string's UTF-8 bytes, as Traccar writes a message. */
const hexOf = (text) => Buffer.from(text).toString('hex');

// =====================================================================================================================
// Kestrel Fibre (English; Burlington, Vermont: EDT, UTC-4, in June)
// =====================================================================================================================

const EDT = -240;
const KF = 'kestrelfibre.example';
const subscriber = (rng) => `sub-${digits(rng, 6)}@kestrelfibre`;
const TOWNS = ['stowe', 'morrisville', 'hardwick', 'johnson', 'waterbury', 'cambridge'];

// ---------------------------------------------------------------------------------------------------------------------
// radiusd-X.log: the staff's capture of `radiusd -X 2>&1 | tee radiusd-X.log` (FreeRADIUS 3.2) while testing a new
// policy on the subscriber AAA server: packets numbered `(<n>)`, each attribute received indented, the sections run
// (`# Executing section authorize from file …`, `authorize {`, `[module] = ok`), rlm_rest's expansions and request
// (`rest: EXPAND …`, `rest:    --> …`, `rest: Sending HTTP GET to "…"`), the auth log (`log { auth = yes; auth_goodpass
// = yes }`: `Login OK: [<user>/<password>] (from client … cli …)`), `Sent Access-Accept …`, `Finished request`, `Waking
// up in …` between; no time on any line (-X logs to stdout without one).
// https://freeradius.org/documentation/freeradius-server/3.2.7/radiusd_x.html and the "Processing Packets" page of
// freeradius-server's docs (read through search); rlm_rest's and the auth log's lines from memory of public debug output.

function radiusLog(rng) {
  let n = 0;
  const NAS = { olt: '10.20.0.3', bng: '10.20.0.2', wifi: '10.20.0.7' };
  const render = (e) => {
    if (e.plain) return e.plain;
    const id = n++;
    const p = (text) => `(${id}) ${text}`;
    const out = [p(`Received ${e.packet} Id ${e.rid} from ${e.from}:${e.sport} to 10.20.0.10:${e.packet === 'Accounting-Request' ? 1813 : 1812} length ${e.len}`)];
    for (const [k, v] of e.attrs) out.push(p(`  ${k} = ${v}`));
    for (const line of e.body) out.push(p(line));
    if (e.login) out.push(p(e.login));
    const reply = e.packet === 'Accounting-Request' ? 'Accounting-Response' : e.reject ? 'Access-Reject' : 'Access-Accept';
    out.push(p(`Sent ${reply} Id ${e.rid} from 10.20.0.10:${e.packet === 'Accounting-Request' ? 1813 : 1812} to ${e.from}:${e.sport} length 0`));
    for (const [k, v] of e.reply ?? []) out.push(p(`  ${k} = ${v}`));
    out.push(p('Finished request'), `Waking up in ${(4 + (id % 6) / 10).toFixed(1)} seconds.`);
    return out;
  };
  const section = (name, mods, chap = false) => {
    const rc = (m) => (name === 'authorize' && m === (chap ? 'chap' : 'pap') ? 'updated' : m === 'files' || m === 'expiration' || (name === 'authorize' && (m === 'pap' || m === 'chap' || m === 'mschap')) ? 'noop' : 'ok');
    return [`# Executing section ${name} from file /etc/freeradius/3.0/sites-enabled/default`, `  ${name} {`, ...mods.map((m) => `    [${m}] = ${rc(m)}`), `  } # ${name} = ${mods.some((m) => rc(m) === 'updated') ? 'updated' : 'ok'}`];
  };
  const acct = (rng) => {
    const mac = Array.from({ length: 6 }, () => rng.hex(2)).join('-').toUpperCase();
    return {
      packet: 'Accounting-Request', rid: rng.int(0, 255), from: NAS.bng, sport: rng.int(30000, 60000), len: rng.int(240, 380),
      attrs: [['Acct-Status-Type', 'Interim-Update'], ['User-Name', `"${subscriber(rng)}"`], ['Acct-Session-Id', `"${upperNum(rng, 8)}"`], ['Framed-IP-Address', `100.64.${rng.int(1, 40)}.${rng.int(2, 250)}`], ['NAS-IP-Address', NAS.bng], ['NAS-Port-Id', `"0/1/${rng.int(0, 3)}/${rng.int(1, 48)}:${rng.int(1000, 1100)}"`], ['Calling-Station-Id', `"${mac}"`], ['Acct-Input-Octets', String(rng.int(100000, 900000000))], ['Acct-Output-Octets', String(rng.int(100000, 900000000))], ['Acct-Session-Time', String(rng.int(60, 86400))]],
      body: [...section('preacct', ['preprocess', 'acct_unique', 'suffix']), ...section('accounting', ['detail', 'unix', 'exec', 'attr_filter.accounting_response'])],
    };
  };
  const filler = (rng) => acct(rng);
  // A PAP login (`User-Password` in clear text), or a CHAP one (`CHAP-Password`, a response to the challenge, and the
  // auth log's `<CHAP-Password>` in place of the password).
  const pap = (rng, { user, password, nas, nasId, mac, service = 'Framed-User', extra = [], restUri = null, reply = [], chap = false }) => ({
    packet: 'Access-Request', rid: rng.int(0, 255), from: nas, sport: rng.int(30000, 60000), len: rng.int(110, 220),
    attrs: [['User-Name', `"${user}"`], chap ? ['CHAP-Password', `0x${rng.hex(34)}`] : ['User-Password', `"${password}"`], ...(chap ? [['CHAP-Challenge', `0x${rng.hex(32)}`]] : []), ['NAS-IP-Address', nas], ['NAS-Identifier', `"${nasId}"`], ['Service-Type', service], ...(mac ? [['Calling-Station-Id', `"${mac}"`]] : []), ...extra, ['Message-Authenticator', `0x${rng.hex(32)}`]],
    body: [...section('authorize', ['preprocess', 'chap', 'mschap', 'suffix', 'files', 'expiration', 'logintime', 'pap'], chap).slice(0, -1), ...(restUri ?? []), '  } # authorize = updated', ...(chap ? ['Found Auth-Type = CHAP', '# Executing group from file /etc/freeradius/3.0/sites-enabled/default', '  Auth-Type CHAP {', '    chap: Comparing with "known good" Cleartext-Password', `    chap: CHAP user "${user}" authenticated successfully`, '    [chap] = ok', '  } # Auth-Type CHAP = ok'] : ['Found Auth-Type = PAP', '# Executing group from file /etc/freeradius/3.0/sites-enabled/default', '  Auth-Type PAP {', '    pap: Login attempt with password', '    pap: Comparing with "known good" Cleartext-Password', '    pap: User authenticated successfully', '    [pap] = ok', '  } # Auth-Type PAP = ok']), ...section('post-auth', ['exec', 'remove_reply_message_if_eap'])],
    login: `Login OK: [${user}/${chap ? '<CHAP-Password>' : password}] (from client ${nasId} port 0${mac ? ` cli ${mac}` : ''})`,
    reply,
  });
  const macOf = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join('-').toUpperCase();
  const steps = [
    { raw: { plain: ['FreeRADIUS Version 3.2.7', 'Copyright (C) 1999-2025 The FreeRADIUS server project and contributors', 'There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A', 'PARTICULAR PURPOSE', 'You may redistribute copies of FreeRADIUS under the terms of the', 'GNU General Public License', 'For more information about these matters, see the file named COPYRIGHT', 'Starting - reading configuration files ...', 'including dictionary file /usr/share/freeradius/dictionary', 'including configuration file /etc/freeradius/3.0/radiusd.conf', 'including configuration file /etc/freeradius/3.0/mods-enabled/rest', 'including configuration file /etc/freeradius/3.0/sites-enabled/default', 'Listening on auth address * port 1812 bound to server default', 'Listening on acct address * port 1813 bound to server default', 'Ready to process requests'] }, after: 0 },
    2,
    plant('negative', 'radiusd-x-acct-session-id', 'none', "A BNG's `Acct-Session-Id` (8 upper-case hex-like characters) in an Interim-Update: an identifier of one subscriber session for accounting, which logs no one in: no credential.", ({ rng }) => {
      const e = acct(rng);
      const v = `${upperNum(rng, 4)}${digits(rng, 4)}`;
      e.attrs[2] = ['Acct-Session-Id', `"${v}"`];
      return { value: v, event: e };
    }),
    2,
    plant('framework-dump', 'radiusd-x-access-request-user-password-and-login-ok', 'error', "`radiusd -X` prints every attribute of a received packet, so a PAP login's `User-Password` is on its own line in clear text (an OLT's read-only management account authenticated against RADIUS); with `auth_goodpass = yes` the auth log writes it again in `Login OK: [<user>/<password>]`.", ({ rng }) => {
      const pw = `${rng.alnum(12)}!${digits(rng, 2)}`;
      return { value: pw, event: pap(rng, { user: 'noc-ro', password: pw, nas: NAS.olt, nasId: `olt-${rng.pick(TOWNS)}-01`, service: 'Administrative-User', reply: [['Reply-Message', '"Welcome, NOC (read-only)"'], ['Cisco-AVPair', '"shell:priv-lvl=1"']] }) };
    }),
    3,
    plant('api-key-name', 'radiusd-x-rlm-rest-expand-uri-api_key', 'error', `${WHY.apiKey('api_key')} rlm_rest asks the subscriber database whether a PPPoE login may connect; the module's \`uri\` carries the database API's key in its query, and \`radiusd -X\` writes it in the expansion (\`rest: EXPAND …\`, \`rest:    --> …\`) and in \`Sending HTTP GET to "…"\`: one request on three lines.`, ({ rng }) => {
      const key = rng.hex(40);
      const user = subscriber(rng);
      const path = `/radius/authorize?user=%{User-Name}&api_key=${key}`;
      const done = `/radius/authorize?user=${encodeURIComponent(user)}&api_key=${key}`;
      const rest = ['    rest: Expanding URI components', `    rest: EXPAND https://subscribers.${KF}`, `    rest:    --> https://subscribers.${KF}`, `    rest: EXPAND ${path}`, `    rest:    --> ${done}`, `    rest: Sending HTTP GET to "https://subscribers.${KF}${done}"`, '    rest: Processing response header', '    rest:   Status : 200 (OK)', '    rest:   Type   : json (application/json)', '    rest: Parsing attribute "reply:Framed-Pool"', '    rest: EXPAND residential-v4', '    rest:    --> residential-v4', '    rest: reply:Framed-Pool := "residential-v4"', '    [rest] = updated'];
      const e = pap(rng, { user, password: null, chap: true, nas: NAS.bng, nasId: 'bng-burlington-02', mac: macOf(rng), restUri: rest, reply: [['Framed-Pool', '"residential-v4"']] });
      return { value: key, event: e };
    }),
    3,
    plant('replay', 'radiusd-x-guest-wifi-voucher-user-password', 'note', WHY.ticketFirst('A single-use guest Wi-Fi voucher (`GW-…`) typed into the library hotspot\'s captive portal, which sends it as the User-Name and User-Password of an Access-Request; `radiusd -X` writes it as an attribute and in `Login OK`. The voucher is'), ({ rng, t }) => {
      firstUse.voucher = t;
      const v = `GW-${upperNum(rng, 4)}-${upperNum(rng, 4)}`;
      return { value: v, event: pap(rng, { user: v, password: v, nas: NAS.wifi, nasId: 'hotspot-stowe-library', mac: macOf(rng), service: 'Login-User', extra: [['Called-Station-Id', '"58-C1-7A-00-11-02:KestrelGuest"']], reply: [['Session-Timeout', '7200']] }) };
    }, { ref: 'voucher' }),
    2,
    plant('replay', 'radiusd-x-guest-wifi-voucher-user-password', 'replay', '', ({ rng, refs, t }) => {
      const v = refs.get('voucher').value;
      return { marks: [{ value: v, why: `${WHY.replay('GW-… voucher', gap('voucher', t))} Another device (another Calling-Station-Id) at another hotspot sent the same voucher and got an Access-Accept: the voucher was not marked used.` }], event: pap(rng, { user: v, password: v, nas: NAS.wifi, nasId: 'hotspot-hardwick-cafe', mac: macOf(rng), service: 'Login-User', extra: [['Called-Station-Id', '"58-C1-7A-00-31-07:KestrelGuest"']], reply: [['Session-Timeout', '7200']] }) };
    }, { replayOf: 'voucher', after: 104 }),
    3,
    plant('negative', 'radiusd-x-message-authenticator', 'none', "`Message-Authenticator` (an HMAC-MD5 of one packet with the client's shared secret, RFC 3579): it proves the packet's integrity and cannot be reused for another: no credential.", ({ rng }) => {
      const e = acct(rng);
      const v = rng.hex(32);
      e.packet = 'Accounting-Request';
      e.attrs.push(['Message-Authenticator', `0x${v}`]);
      return { value: v, event: e };
    }),
    2,
    plant('replay', 'radiusd-x-installer-one-time-login-token', 'note', WHY.ticketFirst("A one-time login token (`otl_…`) the installer app issues so a technician can open a new ONT's management page once; the ONT checks it over RADIUS as the technician's password. The token is"), ({ rng, t }) => {
      firstUse.otl = t;
      const v = `otl_${lowerNum(rng, 26)}`;
      return { value: v, event: pap(rng, { user: 'tech.lmorin', password: v, nas: '10.31.4.17', nasId: 'ont-4417-cambridge', service: 'Administrative-User', reply: [['Reply-Message', '"Installer session"']] }) };
    }, { ref: 'otl' }),
    2,
    plant('replay', 'radiusd-x-installer-one-time-login-token', 'replay', '', ({ rng, refs, t }) => {
      const v = refs.get('otl').value;
      return { marks: [{ value: v, why: `${WHY.replay('otl_… one-time login token', gap('otl', t))} Another ONT (another NAS address and identifier) sent the technician's token and the server accepted it again.` }], event: pap(rng, { user: 'tech.lmorin', password: v, nas: '10.31.6.52', nasId: 'ont-6052-johnson', service: 'Administrative-User', reply: [['Reply-Message', '"Installer session"']] }) };
    }, { replayOf: 'otl', after: 171 }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR + 5 * MIN, site: { host: 'aaa1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// memcached.log: the customer portal's memcached 1.6 on Debian with `-vv` and `logfile /var/log/memcached.log` in
// /etc/memcached.conf: per connection `<fd new auto-negotiating client connection`, `fd: Client using the ascii
// protocol`, each command as received (`<fd get <key>`, `<fd set <key> <flags> <exptime> <bytes>`, `<fd add …`, `<fd
// delete <key>`), each answer (`>fd sending key <key>`, `>fd END`, `>fd STORED`, `>fd NOT_STORED`, `>fd DELETED`,
// `>fd NOT_FOUND`), `<fd connection closed.`; no time. The PHP portal stores sessions in memcached (php-memcached's
// `memc.sess.key.` prefix and its `lock.` keys) and caches by key. https://github.com/memcached/memcached
// (doc/protocol.txt, read through search; the `-vv` lines from memory of memcached.c and public output).

function memcachedLog(rng) {
  const render = (e) => {
    const fd = e.fd;
    const out = [];
    if (e.open) out.push(`<${fd} new auto-negotiating client connection`, `${fd}: Client using the ascii protocol`);
    for (const [cmd, ...answers] of e.cmds) out.push(`<${fd} ${cmd}`, ...answers.map((a) => `>${fd} ${a}`));
    if (e.close) out.push(`<${fd} connection closed.`);
    return out;
  };
  const sessionRound = (rng, fd, sid, hit = true) => {
    const k = `memc.sess.key.${sid}`;
    const len = rng.int(180, 900);
    return [[`add lock.${k} 0 30 1`, 'STORED'], [`get ${k}`, ...(hit ? [`sending key ${k}`] : []), 'END'], [`set ${k} 0 1440 ${len}`, 'STORED'], [`delete lock.${k} 0`, 'DELETED']];
  };
  const filler = (rng) => {
    const fd = rng.int(28, 64);
    return rng.pick([
      () => ({ fd, open: true, close: true, cmds: [[`get portal:plans:${rng.pick(TOWNS)}`, `sending key portal:plans:${rng.pick(TOWNS)}`, 'END']] }),
      () => ({ fd, open: true, close: true, cmds: [[`get portal:outages:active`, 'END'], [`set portal:outages:active 0 60 ${rng.int(40, 400)}`, 'STORED']] }),
      () => ({ fd, open: true, close: true, cmds: [[`incr portal:ratelimit:ip:203.0.113.${rng.int(2, 254)} 1`, 'NOT_FOUND'], [`add portal:ratelimit:ip:198.51.100.${rng.int(2, 254)} 0 60 1`, 'STORED']] }),
      () => ({ fd, open: true, close: true, cmds: [[`get portal:address:${digits(rng, 6)}`, 'END']] }),
    ])();
  };
  const steps = [
    3,
    plant('session-id', 'memcached-vv-php-session-key', 'error', WHY.session("php-memcached's session handler keys each session `memc.sess.key.<session id>`, and memcached's `-vv` log writes every key it receives: the lock, the read, the write and the unlock of one page view carry the customer's PHPSESSID"), ({ rng }) => {
      const sid = rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
      return { value: sid, event: { fd: 31, open: true, close: true, cmds: sessionRound(rng, 31, sid) } };
    }),
    3,
    plant('negative', 'memcached-vv-fragment-cache-digest-key', 'none', 'A rendered fragment cached under its template digest (`portal:frag:plans:<md5>`): a hash of content, no credential.', ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { fd: 40, open: true, close: true, cmds: [[`get portal:frag:plans:${v}`, 'END'], [`set portal:frag:plans:${v} 0 600 ${rng.int(2000, 9000)}`, 'STORED']] } };
    }),
    3,
    plant('path-secret', 'memcached-vv-password-reset-token-key', 'error', WHY.pathSecret('The portal keeps a password reset token as a cache key (`portal:pwreset:<token>`, the account id as the value) for its hour of validity; the `-vv` log writes the key on the `set` made when the e-mail is sent'), ({ rng }) => {
      const tok = rng.hex(48);
      return { value: tok, event: { fd: 36, open: true, close: true, cmds: [[`set portal:pwreset:${tok} 0 3600 6`, 'STORED']] } };
    }),
    4,
    plant('api-key-name', 'memcached-vv-rate-limit-key-api-key', 'error', `${WHY.apiKey('apikey')} The portal's partner API counts calls per key under \`portal:ratelimit:apikey:<key>\`, so every \`incr\` in memcached's \`-vv\` log carries a reseller's whole key.`, ({ rng }) => {
      const key = `kf_live_${rng.alnum(32)}`;
      return { value: key, event: { fd: 44, open: true, close: true, cmds: [[`incr portal:ratelimit:apikey:${key} 1`, String(rng.int(2, 400))]] } };
    }),
    3,
    plant('negative', 'memcached-vv-job-lock-uuid-key', 'none', "A billing job's lock key with the run's UUID (`portal:lock:invoice-run:<uuid>`): an identifier, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { fd: 52, open: true, close: true, cmds: [[`add portal:lock:invoice-run:${v} 0 900 1`, 'STORED']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 14 * HOUR, site: { host: 'cache1' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// act-deploy-portal.txt: a developer's local run of the portal's deploy workflow with nektos/act 0.2 (`act push
// --secret-file .secrets --var-file .vars 2>&1 | tee …`): every line prefixed `[<workflow>/<job>]`, the runner's
// container steps (`🚀  Start image=…`, `🐳  docker pull/create/run/exec …`), `⭐ Run Main <step>`, each output line as
// `  | <text>`, `💬  ::debug::<message>`, `✅  Success - Main <step>`, `🏁  Job succeeded`. act writes `***` for values
// of `--secret-file` secrets, not for `--var` variables or environment values. https://github.com/nektos/act (the
// output lines read in public issues of nektos/act through search: #165, #840, #2363).

function actLog(rng) {
  const P = '[Deploy portal/deploy]';
  let n = 0;
  const render = (e) => {
    const out = [];
    if (e.step) n++;
    if (e.step) out.push(`${P} ⭐ Run Main ${e.step}`, `${P}   🐳  docker exec cmd=[${e.cmd ?? `bash --noprofile --norc -e -o pipefail /var/run/act/workflow/${n}`}] user= workdir=`);
    for (const o of e.out ?? []) out.push(o.startsWith('💬') ? `${P}   ${o}` : `${P}   | ${o}`);
    if (e.step) out.push(`${P}   ✅  Success - Main ${e.step} [${(rng.int(40, 9000) / 1000).toFixed(6).replace(/0+$/, '')}s]`);
    for (const x of e.plain ?? []) out.push(`${P} ${x}`);
    return out;
  };
  const filler = () => ({ plain: [] });
  const install = { step: 'Install dependencies', out: ['', `added ${rng.int(600, 900)} packages, and audited ${rng.int(900, 1000)} packages in ${rng.int(8, 40)}s`, '', `${rng.int(100, 200)} packages are looking for funding`, '  run `npm fund` for details', '', 'found 0 vulnerabilities'] };
  const build = { step: 'Build', out: ['', '> kestrel-portal@4.2.0 build', '> vite build', '', 'vite v6.3.5 building for production...', 'transforming...', `✓ ${rng.int(300, 900)} modules transformed.`, 'rendering chunks...', 'computing gzip size...', `dist/index.html                   ${rng.int(1, 3)}.${digits(rng, 2)} kB │ gzip:  0.${digits(rng, 2)} kB`, `dist/assets/index-${rng.b64url(8)}.css   ${rng.int(20, 60)}.${digits(rng, 2)} kB │ gzip:  ${rng.int(5, 12)}.${digits(rng, 2)} kB`, `dist/assets/index-${rng.b64url(8)}.js   ${rng.int(200, 400)}.${digits(rng, 2)} kB │ gzip: ${rng.int(60, 120)}.${digits(rng, 2)} kB`, `✓ built in ${rng.int(2, 9)}.${digits(rng, 2)}s`] };
  const tests = rng.int(60, 120);
  const test = { step: 'Test', out: ['', ' RUN  v3.2.4 /home/dana/src/kestrel-portal', '', ...['plans', 'outages', 'billing', 'signup'].map((f) => ` ✓ tests/${f}.test.ts (${rng.int(4, 40)} tests) ${rng.int(20, 900)}ms`), '', ' Test Files  4 passed (4)', `      Tests  ${tests} passed (${tests})`] };
  const sha = rng.hex(40);
  const steps = [
    { raw: { plain: ['🚀  Start image=catthehacker/ubuntu:act-latest', '  🐳  docker pull image=catthehacker/ubuntu:act-latest platform= username= forcePull=true', '  🐳  docker create image=catthehacker/ubuntu:act-latest platform= entrypoint=["tail" "-f" "/dev/null"] cmd=[] network="host"', '  🐳  docker run image=catthehacker/ubuntu:act-latest platform= entrypoint=["tail" "-f" "/dev/null"] cmd=[] network="host"', '⭐ Run Main actions/checkout@v4', '  🐳  docker cp src=/home/dana/src/kestrel-portal/. dst=/home/dana/src/kestrel-portal', '  ✅  Success - Main actions/checkout@v4 [41.8ms]'] }, after: 0 },
    plant('negative', 'act-git-rev-parse-head', 'none', 'The commit being deployed (`git rev-parse HEAD`, a SHA-1): no credential.', () => ({ value: sha, event: { step: 'Show revision', out: [sha] } })),
    plant('api-key-name', 'act-env-var-not-masked', 'error', `${WHY.apiKey('DEPLOY_API_KEY')} The developer passes the hosting API's key with \`--var-file\` (a variable, not a secret), and a debugging \`env | grep DEPLOY\` prints it whole; act masks only what comes from \`--secret-file\`.`, ({ rng }) => {
      const key = `kfd_${rng.alnum(40)}`;
      return { value: key, marks: [{ value: key }, { value: 'DEPLOY_SSH_KEY=***', category: 'negative', kind: 'act-secret-masked', expect: 'none', why: 'A value from `--secret-file`, which act writes `***`: no value on the line.' }], event: { step: 'Check deploy env', out: [`DEPLOY_API_KEY=${key}`, 'DEPLOY_HOST=deploy.kestrelfibre.example', 'DEPLOY_SSH_KEY=***'] } };
    }),
    { raw: install },
    { raw: build },
    plant('encoded', 'act-cat-docker-config-auth-base64', 'error', "A debugging `cat ~/.docker/config.json` after `docker login` prints the registry's `auth`: base64 of `user:password`, the password one decoding away.", ({ rng }) => {
      const b = b64Of(`kestrel-ci:${rng.alnum(20)}`);
      return { value: b, event: { step: 'Registry login', out: ['Login Succeeded', '{', '\t"auths": {', '\t\t"registry.kestrelfibre.example": {', `\t\t\t"auth": "${b}"`, '\t\t}', '\t}', '}'] } };
    }),
    plant('framework-dump', 'act-debug-action-inputs-password', 'error', "A JavaScript action logs its inputs with `core.debug(JSON.stringify(inputs))`; act prints debug messages as `💬  ::debug::…`, the SFTP password input included (passed as a variable, so not masked).", ({ rng }) => {
      const pw = `${rng.alnum(14)}#${digits(rng, 3)}`;
      return { value: pw, event: { step: 'kestrel/sftp-upload@v2', cmd: 'node /var/run/act/actions/kestrel-sftp-upload@v2/dist/index.js', out: [`💬  ::debug::inputs={"host":"files.${KF}","username":"portal-deploy","password":"${pw}","local_dir":"dist","remote_dir":"/srv/portal/releases/${sha.slice(0, 7)}"}`, 'Uploaded 214 files to files.kestrelfibre.example'] } };
    }),
    { raw: test },
    plant('header-dump', 'act-curl-v-authorization-bearer', 'error', "The smoke test calls the portal's admin API with `curl -v -H \"Authorization: Bearer $PORTAL_ADMIN_TOKEN\"` (a variable, not masked); curl's `> Authorization:` line lands in act's output with the token.", ({ rng }) => {
      const tok = `kfa_${rng.alnum(44)}`;
      return { value: tok, event: { step: 'Smoke test admin API', out: [`*   Trying 198.51.100.40:443...`, `* Connected to portal.${KF} (198.51.100.40) port 443`, `> GET /admin/api/health HTTP/2`, `> Host: portal.${KF}`, '> User-Agent: curl/8.5.0', `> Authorization: Bearer ${tok}`, '> Accept: */*', '>', '< HTTP/2 200', '< content-type: application/json', '{"ok":true,"db":"up","cache":"up"}'] } };
    }),
    plant('implicit-fragment', 'act-curl-v-location-fragment', 'error', "The sign-in smoke test follows the portal's test-only implicit flow with `curl -v`; the 302's `< location:` header carries `#access_token=` for the test account, printed by act.", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { step: 'Smoke test sign-in', out: [`> GET /oauth/authorize?client_id=portal-smoke&response_type=token&redirect_uri=https%3A%2F%2Fportal.${KF}%2Fauth%2Fcomplete HTTP/2`, `> Host: id.${KF}`, '>', '< HTTP/2 302', `< location: https://portal.${KF}/auth/complete#access_token=${tok}&token_type=Bearer&expires_in=3600`, '< content-length: 0'] } };
    }),
    plant('webhook', 'act-set-x-vercel-deploy-hook', 'error', WHY.webhook('A Vercel deploy hook (`api.vercel.com/v1/integrations/deploy/prj_<id>/<secret>`) the workflow calls for the status page after `set -x`, which writes the expanded command'), ({ rng }) => {
      const s = rng.alnum(10);
      return { value: s, event: { step: 'Redeploy status page', out: [`+ curl -fsS -X POST https://api.vercel.com/v1/integrations/deploy/prj_${rng.alnum(28)}/${s}`, `{"job":{"id":"${rng.alnum(20)}","state":"PENDING","createdAt":${Date.UTC(2027, 5, 15)}}}`] } };
    }),
    { raw: { plain: ['🏁  Job succeeded'] } },
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: 'laptop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// billing-sync.log: the billing sync (a Ruby 3.3 script run by cron) with Faraday 2.14's logger middleware
// (`response :logger, logger, headers: true, bodies: { request: true, response: false }`; the token connection with
// `headers: { request: false, response: true }`, the payment gateway's with a `logger.filter` on `password=`) on a Ruby Logger with its
// default format (`<S>, [<yyyy-MM-ddTHH:mm:ss.µµµµµµ> #<pid>] <LEVEL padded to 5> -- <progname>: <message>`, local
// time without a zone): `request: <METHOD> <url>` at INFO, the request headers (`Name: "value"`, one a line, Ruby's
// inspect of each value) and body at DEBUG, `response: Status <n>` at INFO and the response headers at DEBUG; a message
// with line breaks continues on unprefixed lines. The API connection filters nothing. https://github.com/lostisland/faraday (lib/faraday/response/
// logger.rb and logging/formatter.rb, read in public issues and pull requests of lostisland/faraday through search:
// #277, #530, #596, #784); Ruby's Logger::Formatter from memory.

function faradayLog(rng) {
  const pid = 2311;
  const ts = (ms) => `${local(ms, EDT).slice(0, 19)}.${msOf(ms)}${digits(rng, 3)}`;
  const line = (ms, level, prog, msg) => `${level[0]}, [${ts(ms)} #${pid}] ${level.padStart(5)} -- ${prog}: ${msg}`;
  const hdrs = (list) => list.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  const render = (e) => {
    if (e.app) return [line(e.t, 'INFO', 'billing-sync', e.app)];
    const out = [line(e.t, 'INFO', 'request', `${e.method} ${e.url}`)];
    if (e.reqHeaders) out.push(line(e.t + 1, 'DEBUG', 'request', hdrs(e.reqHeaders)));
    if (e.body) out.push(line(e.t + 1, 'DEBUG', 'request', e.body));
    const res = e.resHeaders.map(([k, v]) => [k, k === 'date' ? new Date(e.t + e.ms).toUTCString() : v]);
    out.push(line(e.t + e.ms, 'INFO', 'response', `Status ${e.status}`), line(e.t + e.ms + 1, 'DEBUG', 'response', hdrs(res)));
    return out;
  };
  const realm = digits(rng, 19);
  const ua = 'Faraday v2.14.0';
  const qboHeaders = (rng) => [['date', new Date(DAY0).toUTCString()], ['content-type', 'application/json;charset=UTF-8'], ['intuit_tid', `1-${rng.hex(8)}-${rng.hex(24)}`], ['x-spanid', rng.uuid()], ['server', 'nginx']];
  // An Intuit access token is a JWE (`dir`, A128CBC-HS256): five segments, the key's empty.
  const jwe = (rng) => `eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..${rng.b64url(22)}.${rng.b64url(640)}.${rng.b64url(22)}`;
  const filler = (rng, t) => rng.pick([
    () => ({ app: `Synced ${rng.int(1, 40)} invoices for ${rng.pick(TOWNS)} (batch ${digits(rng, 4)})` }),
    () => ({ app: `Skipping account ${digits(rng, 6)}: autopay disabled` }),
    () => ({ app: `Queued ${rng.int(1, 12)} payment reminders` }),
  ])();
  const apiCall = (rng, url, status = 200) => ({ method: 'GET', url, reqHeaders: [['Accept', 'application/json'], ['Authorization', `Bearer ${jwe(rng)}`], ['User-Agent', ua]], resHeaders: qboHeaders(rng), status, ms: rng.int(90, 900) });
  const steps = [
    { raw: { app: 'Starting billing sync (cron, run 20270615-0900)' }, after: 0 },
    plant('oauth-code', 'faraday-token-request-body-authorization-code', 'warning', `${WHY.code} The QuickBooks connection was re-authorized this morning: the sync exchanges Intuit's code (\`AB11…\`) and Faraday logs the token request's form body (\`code=…&redirect_uri=…\`); the state was checked in the callback and is not in the body.`, ({ rng }) => {
      const code = `AB11${rng.alnum(46)}`;
      return { value: code, event: { method: 'POST', url: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer', reqHeaders: null, body: `grant_type=authorization_code&code=${code}&redirect_uri=https%3A%2F%2Fbilling.${KF}%2Fintuit%2Fcallback`, resHeaders: qboHeaders(rng), status: 200, ms: rng.int(200, 600) } };
    }),
    3,
    plant('header-dump', 'faraday-request-headers-authorization-bearer-jwe', 'error', "Faraday's logger writes the API connection's request headers one a line: `Authorization: \"Bearer <token>\"` with Intuit's access token (a JWE, five segments), valid an hour, on a continuation line of the DEBUG message.", ({ rng }) => {
      const e = apiCall(rng, `https://quickbooks.api.intuit.com/v3/company/${realm}/query?query=select%20*%20from%20Invoice%20where%20Balance%20%3E%20%270%27%20maxresults%201000&minorversion=75`);
      return { value: e.reqHeaders[1][1].slice(7), event: e };
    }),
    4,
    plant('negative', 'faraday-response-header-intuit_tid', 'none', "Intuit's `intuit_tid` response header (a transaction id for support): no credential.", ({ rng }) => {
      const v = `1-${rng.hex(8)}-${rng.hex(24)}`;
      const e = { method: 'GET', url: 'https://developer.api.intuit.com/.well-known/openid_configuration', reqHeaders: [['Accept', 'application/json'], ['User-Agent', ua]], resHeaders: qboHeaders(rng), status: 200, ms: 120 };
      e.resHeaders[2] = ['intuit_tid', v];
      return { value: v, event: e };
    }),
    3,
    plant('api-key-name', 'faraday-request-url-smarty-auth-token', 'error', `${WHY.apiKey('auth-token')} Smarty's US Street API takes a secret key pair in the query (\`auth-id\`, a UUID, and \`auth-token\`, 20 characters); the sync validates a new service address and Faraday's INFO line writes the URL.`, ({ rng }) => {
      const tok = rng.alnum(20);
      return { value: tok, event: { method: 'GET', url: `https://us-street.api.smarty.com/street-address?auth-id=${rng.uuid()}&auth-token=${tok}&street=${encodeURIComponent(`${rng.int(10, 990)} ${rng.pick(['Mountain Rd', 'Pond St', 'River Rd', 'Main St'])}`)}&city=${rng.pick(TOWNS)}&state=VT&candidates=1`, reqHeaders: [['Accept', 'application/json'], ['User-Agent', ua]], resHeaders: [['date', new Date(DAY0).toUTCString()], ['content-type', 'application/json; charset=utf-8'], ['x-request-id', rng.hex(16)]], status: 200, ms: rng.int(40, 200) } };
    }),
    3,
    plant('refresh-token', 'faraday-token-request-body-refresh_token', 'error', `${WHY.refresh} Intuit's refresh token (\`AB11…\`, valid 100 days, rotated) in the form body of the hourly refresh grant, which Faraday's logger writes at DEBUG.`, ({ rng }) => {
      const rt = `AB11${rng.alnum(46)}`;
      return { value: rt, event: { method: 'POST', url: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer', reqHeaders: null, body: `grant_type=refresh_token&refresh_token=${rt}`, resHeaders: qboHeaders(rng), status: 200, ms: rng.int(200, 600) } };
    }),
    3,
    plant('session-id', 'faraday-response-set-cookie-aspnet-sessionid', 'error', WHY.session("The town utility's legacy payment gateway answers the sync's sign-in with `set-cookie: \"ASP.NET_SessionId=<id>; …\"`, which Faraday's logger writes among the response headers"), ({ rng }) => {
      const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
      return { value: sid, marks: [{ value: sid }, { value: 'password=[FILTERED]', category: 'negative', kind: 'faraday-logger-filter-password-filtered', expect: 'none', why: "The gateway connection's `logger.filter` writes `[FILTERED]` for the form's `password`: no value on the line." }], event: { method: 'POST', url: `https://payments.${rng.pick(TOWNS)}-vt.example/Gateway/Login.aspx`, reqHeaders: [['Content-Type', 'application/x-www-form-urlencoded'], ['User-Agent', ua]], body: 'merchant=kestrelfibre&username=billing-sync&password=[FILTERED]', resHeaders: [['cache-control', 'private'], ['content-type', 'text/html; charset=utf-8'], ['set-cookie', `ASP.NET_SessionId=${sid}; path=/; secure; HttpOnly; SameSite=Lax`], ['x-aspnet-version', '4.0.30319'], ['date', new Date(DAY0).toUTCString()]], status: 302, ms: rng.int(300, 900) } };
    }),
    3,
    { raw: { app: 'Billing sync finished: 312 invoices, 0 errors' } },
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'billing' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// DeviceProcessEvents-kf-2027-06-15.csv: a security analyst's Microsoft Defender for Endpoint advanced hunting query
// (`DeviceProcessEvents | where … | project Timestamp, DeviceName, AccountName, FileName, FolderPath,
// ProcessCommandLine, InitiatingProcessFileName, InitiatingProcessCommandLine, SHA1`) exported to CSV: a header row,
// then one row a process, `Timestamp` in ISO 8601 with 7 decimals and `Z`, fields holding `,` or `"` quoted with `"`
// doubled. https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-deviceprocessevents-table (the columns, read
// through search); the export's CSV shape from memory.

function mdeLog(rng) {
  const cols = ['Timestamp', 'DeviceName', 'AccountName', 'FileName', 'FolderPath', 'ProcessCommandLine', 'InitiatingProcessFileName', 'InitiatingProcessCommandLine', 'SHA1'];
  const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const stamp = (ms) => `${new Date(ms).toISOString().slice(0, 23)}${digits(rng, 4)}Z`;
  const render = (e) => (e.header ? [cols.join(',')] : [[stamp(e.t), e.device, e.account, e.file, e.folder, e.cmd, e.pfile, e.pcmd, e.sha1 ?? rng.hex(40)].map((v) => q(String(v))).join(',')]);
  const DEV = ['kf-noc-wall-01.kestrel.lan', 'kf-build-02.kestrel.lan', 'kf-lt-jbarrows.kestrel.lan', 'kf-lt-dmercier.kestrel.lan', 'kf-fs01.kestrel.lan'];
  const filler = (rng) => rng.pick([
    () => ({ device: rng.pick(DEV), account: 'system', file: 'svchost.exe', folder: 'C:\\Windows\\System32\\svchost.exe', cmd: `svchost.exe -k ${rng.pick(['netsvcs', 'LocalServiceNetworkRestricted', 'wusvcs'])} -p -s ${rng.pick(['Schedule', 'BITS', 'wuauserv', 'Dhcp'])}`, pfile: 'services.exe', pcmd: 'services.exe' }),
    () => ({ device: rng.pick(DEV), account: rng.pick(['jbarrows', 'dmercier']), file: 'msedge.exe', folder: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', cmd: `"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --type=renderer --lang=en-US --renderer-client-id=${rng.int(5, 80)} --field-trial-handle=${rng.int(1000, 9999)},i,${digits(rng, 19)},${digits(rng, 19)},262144 /prefetch:1`, pfile: 'msedge.exe', pcmd: '"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"' }),
    () => ({ device: 'kf-build-02.kestrel.lan', account: 'svc-runner', file: 'git.exe', folder: 'C:\\Program Files\\Git\\cmd\\git.exe', cmd: `"C:\\Program Files\\Git\\cmd\\git.exe" -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +${rng.hex(40)}:refs/remotes/origin/main`, pfile: 'Runner.Worker.exe', pcmd: '"C:\\actions-runner\\bin\\Runner.Worker.exe" spawnclient 1472 1480' }),
    () => ({ device: rng.pick(DEV), account: 'system', file: 'WmiPrvSE.exe', folder: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe', cmd: 'C:\\Windows\\system32\\wbem\\wmiprvse.exe -secured -Embedding', pfile: 'svchost.exe', pcmd: 'C:\\Windows\\system32\\svchost.exe -k DcomLaunch -p' }),
    () => ({ device: rng.pick(DEV), account: rng.pick(['jbarrows', 'dmercier']), file: 'OneDrive.exe', folder: 'C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe', cmd: '"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe" /background', pfile: 'explorer.exe', pcmd: 'C:\\Windows\\Explorer.EXE' }),
  ])();
  const steps = [
    { raw: { header: true }, after: 0 },
    3,
    plant('embed-jwt', 'mde-process-command-line-edge-kiosk-embed-jwt-no-exp', 'error', "The NOC wall display runs Edge in kiosk mode on the outage map's embed URL, `/embed/outage-map/<JWT>`: the signed token has no `exp`, so the URL in the process command line works for anyone, for good (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400, 400000), claims: { resource: { dashboard: 'outage-map' }, params: { region: 'all' } } });
      return { value: token, jwt: facts, event: { device: 'kf-noc-wall-01.kestrel.lan', account: 'kioskuser0', file: 'msedge.exe', folder: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', cmd: `"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --kiosk https://noc.${KF}/embed/outage-map/${token} --edge-kiosk-type=fullscreen --no-first-run --kiosk-idle-timeout-minutes=0`, pfile: 'explorer.exe', pcmd: 'C:\\Windows\\Explorer.EXE' } };
    }),
    3,
    plant('api-key-name', 'mde-process-command-line-net-use-password', 'error', "`net use \\\\server\\share <password> /user:<account>` in a drive-mapping script: the service account's password is an argument, so the EDR's process event keeps it in `ProcessCommandLine` (labeled like a key: a long-lived credential).", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 2)}$${rng.alnum(4)}`;
      return { value: pw, event: { device: 'kf-noc-wall-01.kestrel.lan', account: 'kioskuser0', file: 'net.exe', folder: 'C:\\Windows\\System32\\net.exe', cmd: `net use \\\\fs01.kestrel.lan\\noc-share ${pw} /user:KESTREL\\svc-nocwall /persistent:no`, pfile: 'cmd.exe', pcmd: 'C:\\Windows\\system32\\cmd.exe /c ""C:\\ProgramData\\noc\\map-drives.cmd" "' } };
    }),
    3,
    plant('negative', 'mde-msiexec-uninstall-product-code', 'none', "An MSI product code (`/X{GUID}`) in an uninstall command line: an identifier of a package, no credential.", ({ rng }) => {
      const g = rng.uuid().toUpperCase();
      return { value: g, event: { device: 'kf-lt-dmercier.kestrel.lan', account: 'system', file: 'msiexec.exe', folder: 'C:\\Windows\\System32\\msiexec.exe', cmd: `MsiExec.exe /X{${g}} /qn REBOOT=ReallySuppress`, pfile: 'IntuneWindowsAgent.exe', pcmd: '"C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Microsoft.Management.Services.IntuneWindowsAgent.exe"' } };
    }),
    3,
    plant('id-token', 'mde-process-command-line-az-login-federated-token', 'error', "A self-hosted Actions runner signs in to Azure with `az login --service-principal … --federated-token <JWT>`: the workflow's OIDC ID token (audience `api://AzureADTokenExchange`) is an argument of cmd.exe and of the CLI's python.exe, so one process event holds it twice; exchanged for Azure access while it is live.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 300, age: rng.int(3, 20), jti: true, alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://token.actions.githubusercontent.com', aud: 'api://AzureADTokenExchange', sub: 'repo:kestrelfibre/portal:environment:production', repository: 'kestrelfibre/portal', ref: 'refs/heads/main', runner_environment: 'self-hosted' } });
      const app = rng.uuid();
      const ten = rng.uuid();
      return { value: token, jwt: facts, event: { device: 'kf-build-02.kestrel.lan', account: 'svc-runner', file: 'python.exe', folder: 'C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\python.exe', cmd: `"C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin\\..\\python.exe" -IBm azure.cli login --service-principal -u ${app} -t ${ten} --federated-token ${token}`, pfile: 'cmd.exe', pcmd: `C:\\Windows\\system32\\cmd.exe /d /s /c "az login --service-principal -u ${app} -t ${ten} --federated-token ${token}"` } };
    }),
    3,
    plant('encoded', 'mde-msiexec-property-base64-json-apikey', 'error', "The NOC agent's installer takes its configuration as an MSI property, `AGENTCONFIG=<base64 of JSON>`; the JSON holds the agent's `apiKey`, one decoding away in the process command line.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ endpoint: `https://noc-agent.${KF}`, site: rng.pick(TOWNS), apiKey: rng.alnum(36) }));
      return { value: b, event: { device: 'kf-noc-wall-01.kestrel.lan', account: 'system', file: 'msiexec.exe', folder: 'C:\\Windows\\System32\\msiexec.exe', cmd: `"C:\\Windows\\system32\\msiexec.exe" /i "C:\\Windows\\Temp\\kestrel-noc-agent-2.4.1.msi" /qn AGENTCONFIG=${b}`, pfile: 'IntuneWindowsAgent.exe', pcmd: '"C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Microsoft.Management.Services.IntuneWindowsAgent.exe"' } };
    }),
    3,
    plant('webhook', 'mde-powershell-command-google-apps-script-exec', 'error', WHY.webhook("A Google Apps Script web app deployed for \"anyone\" (`script.google.com/macros/s/<deployment id>/exec`) that appends outages to the NOC's sheet, called from a PowerShell one-liner whose command line the EDR keeps"), ({ rng }) => {
      const id = `AKfycb${rng.b64url(66)}`;
      return { value: id, event: { device: 'kf-noc-wall-01.kestrel.lan', account: 'svc-nocwall', file: 'powershell.exe', folder: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', cmd: `powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "Invoke-RestMethod -Method Post -Uri 'https://script.google.com/macros/s/${id}/exec' -Body (@{site='${rng.pick(TOWNS)}';status='down';olt='olt-${rng.pick(TOWNS)}-01'} | ConvertTo-Json)"`, pfile: 'svchost.exe', pcmd: 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule' } };
    }),
    3,
    plant('id-token', 'mde-edge-single-argument-logout-id_token_hint-expired', 'note', "An Entra sign-out URL with `id_token_hint=<JWT>` opened through the shell (`msedge.exe --single-argument <url>`) by the VPN client's disconnect script: the ID token expired two days before the process started, so it only names the user (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(600, 5000), alg: 'RS256', kid: rng.b64url(27), claims: { aud: rng.uuid(), iss: `https://login.microsoftonline.com/${rng.uuid()}/v2.0`, name: 'Jordan Barrows', preferred_username: 'jbarrows@kestrelfibre.example', oid: rng.uuid(), tid: rng.uuid(), ver: '2.0' } });
      return { value: token, jwt: facts, event: { device: 'kf-lt-jbarrows.kestrel.lan', account: 'jbarrows', file: 'msedge.exe', folder: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', cmd: `"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --single-argument https://login.microsoftonline.com/common/oauth2/v2.0/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fvpn.${KF}%2Fsigned-out`, pfile: 'powershell.exe', pcmd: 'powershell.exe -NoProfile -File C:\\ProgramData\\Kestrel\\vpn-disconnect.ps1' } };
    }),
    3,
    plant('negative', 'mde-sha1-column', 'none', "The `SHA1` column of a process event (the image's SHA-1): a file hash, no credential.", ({ rng }) => {
      const v = rng.hex(40);
      return { value: v, event: { device: 'kf-fs01.kestrel.lan', account: 'system', file: 'robocopy.exe', folder: 'C:\\Windows\\System32\\Robocopy.exe', cmd: 'robocopy D:\\shares\\noc E:\\backup\\noc /MIR /R:1 /W:1 /NP /LOG+:E:\\backup\\robocopy.log', pfile: 'svchost.exe', pcmd: 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule', sha1: v } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'mde' }, filler, render, steps });
}

// =====================================================================================================================
// Panjoteka (Slovenian; Kranj: CEST, UTC+2, in June)
// =====================================================================================================================

const CEST = 120;
const PJ = 'panjoteka.example';
const PANJI = ['panj-03', 'panj-07', 'panj-11', 'panj-14', 'panj-21', 'panj-26'];
const ieee = (rng) => `0x${rng.hex(16)}`;

// ---------------------------------------------------------------------------------------------------------------------
// zigbee2mqtt.log: Zigbee2MQTT 2.4 on the test apiary's gateway, `advanced.log_level: debug`, the file transport's
// format (`[<yyyy-MM-dd HH:mm:ss>] <level>: \t<namespace>: <message>`, local time without a zone): start-up lines,
// `z2m:mqtt: MQTT publish: topic '…', payload '…'` and `z2m:mqtt: Received MQTT message on '…' with data '…'` at debug,
// an external extension's lines (`z2m: [roj-alarm] …`). https://github.com/Koenkk/zigbee2mqtt (the lines read in
// public issues through search: #22538, #23026, and ioBroker.zigbee2mqtt #405); the file line's exact prefix from memory.

function z2mLog(rng) {
  const render = (e) => e.lines.map(([level, ns, msg], i) => `[${ymdHmsAt(e.t + i * 30, CEST)}] ${level}: \t${ns}: ${msg}`);
  const pub = (topic, payload) => ['debug', 'z2m:mqtt', `MQTT publish: topic 'zigbee2mqtt/${topic}', payload '${payload}'`];
  const filler = (rng, t) => rng.pick([
    () => ({ lines: [pub(`tehtnica-${rng.pick(PANJI)}`, JSON.stringify({ baterija: rng.int(40, 100), linkquality: rng.int(40, 200), teza: Number((rng.int(1800, 5200) / 100).toFixed(2)), temperatura: Number((rng.int(300, 360) / 10).toFixed(1)), vlaga: rng.int(40, 80), last_seen: local(t, CEST).slice(0, 19) + '+02:00' }))] }),
    () => ({ lines: [pub(`vhod-${rng.pick(PANJI)}`, JSON.stringify({ izhodi: rng.int(0, 300), prihodi: rng.int(0, 300), linkquality: rng.int(40, 200) }))] }),
    () => ({ lines: [['debug', 'z2m', `Device 'tehtnica-${rng.pick(PANJI)}' announced itself`]] }),
  ])();
  const steps = [
    { raw: { lines: [['info', 'z2m', 'Logging to console, file (filename: log.log)'], ['info', 'z2m', `Starting Zigbee2MQTT version 2.4.0 (commit #${rng.hex(7)})`], ['info', 'z2m', 'Starting zigbee-herdsman (4.4.1)'], ['info', 'zh:ember', '======== Ember Adapter Starting ========'], ['info', 'z2m', 'zigbee-herdsman started (resumed)'], ['info', 'z2m', 'Coordinator firmware version: \'{"meta":{"build":0,"ezspVersion":13,"major":7,"minor":4,"patch":4,"revision":"7.4.4 [GA]","special":0,"type":170},"type":"EmberZNet"}\''], ['info', 'z2m', 'Currently 14 devices are joined.']] }, after: 0 },
    plant('api-key-name', 'z2m-connecting-mqtt-server-url-userinfo-password', 'error', "The gateway's `mqtt.server` is written with the broker account in the URL (`mqtts://<user>:<password>@host`), and Zigbee2MQTT logs the server as configured on `Connecting to MQTT server at …` (labeled like a key: the broker account's password, long-lived).", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { lines: [['info', 'z2m', `Connecting to MQTT server at mqtts://cebelnjak-kranj:${pw}@mqtt.${PJ}:8883`], ['info', 'z2m', 'Connected to MQTT server'], ['info', 'z2m:mqtt', "MQTT publish: topic 'zigbee2mqtt/bridge/state', payload '{\"state\":\"online\"}'"], ['info', 'z2m', 'Started frontend on port 8080'], ['info', 'z2m', 'Zigbee2MQTT started!']] } };
    }, { after: 2 }),
    5,
    plant('negative', 'z2m-device-ieee-address', 'none', "A Zigbee device's IEEE address (`0x` and 16 hex digits) in its interview line: a hardware address, no credential.", ({ rng }) => {
      const a = ieee(rng);
      return { value: a, needle: a, event: { lines: [['info', 'z2m', `Successfully interviewed '${a}', device has successfully been paired`], ['info', 'z2m', "Device 'tehtnica-panj-26' is supported, identified as: Panjoteka Tehtnica 2 (TEHT-2)"]] } };
    }),
    5,
    plant('api-key-name', 'z2m-received-options-frontend-auth_token', 'error', `${WHY.apiKey('auth_token')} The apiary technician sets the frontend's password from Home Assistant's MQTT panel (\`zigbee2mqtt/bridge/request/options\`); at debug level Zigbee2MQTT logs the received message with its data, \`frontend.auth_token\` included.`, ({ rng }) => {
      const tok = rng.alnum(32);
      return { value: tok, event: { lines: [['debug', 'z2m:mqtt', `Received MQTT message on 'zigbee2mqtt/bridge/request/options' with data '{"options":{"frontend":{"auth_token":"${tok}"}},"transaction":"${lowerNum(rng, 5)}-1"}'`], ['info', 'z2m', 'Successfully changed options'], ['info', 'z2m', 'Restart required to apply options']] } };
    }),
    5,
    plant('framework-dump', 'z2m-received-options-mqtt-password', 'error', "A second options request moves the gateway to a new broker account; Zigbee2MQTT logs the received request body whole, the account's `mqtt.password` with it.", ({ rng }) => {
      const pw = `${rng.alnum(16)}-${digits(rng, 4)}`;
      return { value: pw, event: { lines: [['debug', 'z2m:mqtt', `Received MQTT message on 'zigbee2mqtt/bridge/request/options' with data '{"options":{"mqtt":{"server":"mqtts://mqtt.${PJ}:8883","user":"cebelnjak-bled","password":"${pw}"}},"transaction":"${lowerNum(rng, 5)}-2"}'`], ['info', 'z2m', 'Successfully changed options']] } };
    }),
    5,
    plant('webhook', 'z2m-external-extension-zoho-cliq-zapikey', 'error', WHY.webhook("A Zoho Cliq channel webhook (`/api/v2/channelsbyname/<channel>/message?zapikey=<key>`) the swarm-alarm extension posts to when a hive loses weight fast; its error line writes the URL"), ({ rng }) => {
      const key = `1001.${rng.hex(32)}.${rng.hex(32)}`;
      return { value: key, event: { lines: [['warning', 'z2m', `[roj-alarm] tehtnica-${rng.pick(PANJI)}: padec teže ${rng.int(15, 30) / 10} kg v 10 min, verjetno rojenje`], ['error', 'z2m', `[roj-alarm] Obvestilo ni uspelo: POST https://cliq.zoho.eu/api/v2/channelsbyname/cebelarji/message?zapikey=${key} -> 502 Bad Gateway`]] } };
    }),
    5,
    plant('negative', 'z2m-bridge-response-transaction-id', 'none', "The `transaction` id the frontend attaches to a request and Zigbee2MQTT echoes in its response: a correlation id, no credential.", ({ rng }) => {
      const tx = `${lowerNum(rng, 5)}-${rng.int(3, 40)}`;
      return { value: tx, event: { lines: [pub('bridge/response/device/ota_update/check', `{"data":{"id":"tehtnica-${rng.pick(PANJI)}","update_available":false},"status":"ok","transaction":"${tx}"}`)] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'cebelnjak' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// activemq.log: the hive telemetry broker (ActiveMQ Classic 6.1) with `<loggingBrokerPlugin logMessageEvents="true"/>`
// for a week of debugging, data/activemq.log in the distribution's log4j2 pattern (`%d | %-5p | %m | %c | %t%n`, local
// time without a zone): broker start-up lines and the plugin's `Sending message: ActiveMQTextMessage {…}` (the
// message's toString: headers, `properties = {…}` as a Java map, `text = …`). https://activemq.apache.org/components/
// classic/documentation/logging-interceptor and …/mdc-logging (read through search); the message's toString from memory
// of ActiveMQMessage's and ActiveMQTextMessage's source.

function activemqLog(rng) {
  const ts = (ms) => `${ymdHmsAt(ms, CEST)},${msOf(ms)}`;
  const conn = () => `ID:${rng.pick(['panjoteka-gw-kranj', 'panjoteka-gw-bled', 'trgovina-api-1', 'tehtnica-sync-1'])}-${rng.int(33000, 46000)}-${DAY0 - rng.int(3600, 900000) * 1000 + rng.int(0, 999)}-1:${rng.int(1, 90)}`;
  const render = (e) => {
    if (e.broker) return e.broker.map(([lvl, msg, cat, th]) => `${ts(e.t)} | ${lvl.padEnd(5)} | ${msg} | ${cat} | ${th}`);
    const c = e.conn ?? conn();
    const mid = e.mid ?? `${c}:1:1:${rng.int(1, 4000)}`;
    const props = Object.entries(e.props ?? {}).map(([k, v]) => `${k}=${v}`).join(', ');
    const msg = `Sending message: ActiveMQTextMessage {commandId = ${rng.int(5, 900)}, responseRequired = ${e.sync ?? false}, messageId = ${mid}, originalDestination = null, originalTransactionId = null, producerId = ${c}:1:1, destination = queue://${e.queue}, transactionId = null, expiration = 0, timestamp = ${e.t - 3}, arrival = 0, brokerInTime = ${e.t - 1}, brokerOutTime = 0, correlationId = ${e.corr ?? 'null'}, replyTo = null, persistent = true, type = null, priority = 4, groupID = null, groupSequence = 0, targetConsumerId = null, compressed = false, userID = null, content = org.apache.activemq.util.ByteSequence@${rng.hex(8)}, marshalledProperties = ${props ? `org.apache.activemq.util.ByteSequence@${rng.hex(8)}` : 'null'}, dataStructure = null, redeliveryCounter = 0, size = 0, properties = ${props ? `{${props}}` : 'null'}, readOnlyProperties = true, readOnlyBody = true, droppable = false, jmsXGroupFirstForConsumer = false, text = ${e.text}}`;
    return [`${ts(e.t)} | INFO  | ${msg} | org.apache.activemq.broker.util.LoggingBrokerPlugin | ActiveMQ Transport: tcp:///${e.from ?? `10.8.0.${rng.int(20, 60)}`}:${rng.int(40000, 60000)}@61616`];
  };
  const filler = (rng, t) => ({ queue: 'panji.meritve', text: JSON.stringify({ panj: `P-${rng.pick(PANJI).slice(5)}`, cas: local(t, CEST).slice(0, 19), teza_kg: Number((rng.int(1800, 5200) / 100).toFixed(2)), temp_c: Number((rng.int(300, 360) / 10).toFixed(1)) }) });
  const steps = [
    { raw: { broker: [['INFO', 'Using Persistence Adapter: KahaDBPersistenceAdapter[/opt/activemq/data/kahadb]', 'org.apache.activemq.broker.BrokerService', 'main'], ['INFO', `Apache ActiveMQ 6.1.4 (panjoteka-mq, ID:panjoteka-mq-38211-${DAY0 + 6 * HOUR - 41000}-0:1) is starting`, 'org.apache.activemq.broker.BrokerService', 'main'], ['INFO', 'Listening for connections at: tcp://panjoteka-mq:61616?maximumConnections=1000&wireFormat.maxFrameSize=104857600', 'org.apache.activemq.transport.TransportServerThreadSupport', 'main'], ['INFO', 'Connector openwire started', 'org.apache.activemq.broker.TransportConnector', 'main'], ['INFO', `Apache ActiveMQ 6.1.4 (panjoteka-mq, ID:panjoteka-mq-38211-${DAY0 + 6 * HOUR - 41000}-0:1) started`, 'org.apache.activemq.broker.BrokerService', 'main']] }, after: 0 },
    4,
    plant('negative', 'activemq-message-id', 'none', "A JMS `messageId` (`ID:<host>-<port>-<start time>-<n>:<session>:<producer>:<seq>`): an identifier of one message, no credential.", ({ rng, t }) => {
      const mid = `ID:panjoteka-gw-kranj-${rng.int(33000, 46000)}-${DAY0 - rng.int(3600, 900000) * 1000 + rng.int(0, 999)}-1:1:1:1:${rng.int(1, 9000)}`;
      return { value: mid, event: { mid, queue: 'panji.meritve', text: JSON.stringify({ panj: 'P-07', cas: local(t, CEST).slice(0, 19), teza_kg: 39.84, temp_c: 34.9 }) } };
    }),
    4,
    plant('header-dump', 'activemq-jms-property-authorization-bearer', 'error', "The web shop forwards each order to the fulfilment queue with the customer's API call's `Authorization` header copied into a JMS property; the plugin's message dump writes `properties = {Authorization=Bearer <token>, …}`.", ({ rng }) => {
      const tok = `pjk_${rng.b64url(40)}`;
      return { value: tok, event: { queue: 'trgovina.narocila', props: { Authorization: `Bearer ${tok}`, izvor: 'spletna-trgovina', verzija: 3 }, text: JSON.stringify({ narocilo: `N-${digits(rng, 6)}`, izdelki: [{ sifra: 'TEHT-2', kolicina: 1 }], dostava: 'Pošta Slovenije' }) } };
    }),
    4,
    plant('path-secret', 'activemq-text-ponastavitev-gesla-link', 'error', WHY.pathSecret('A password reset link `/ponastavitev-gesla/<token>` in the text of a message to the mail queue ("password reset"), written whole by the plugin'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { queue: 'posta.odhodna', text: JSON.stringify({ predloga: 'ponastavitev_gesla', prejemnik: 'mojca.kos@mail.example', povezava: `https://${PJ}/ponastavitev-gesla/${tok}`, jezik: 'sl' }) } };
    }),
    4,
    plant('refresh-token', 'activemq-text-refresh_token', 'error', `${WHY.refresh} The desktop app's sync service publishes a beekeeper's renewed token pair to the \`uporabniki.zetoni\` queue ("users.tokens") for the other instances; the message text holds the refresh token.`, ({ rng }) => {
      const rt = `pjr_${rng.b64url(48)}`;
      return { value: rt, event: { queue: 'uporabniki.zetoni', text: JSON.stringify({ uporabnik: rng.int(1000, 9999), refresh_token: rt, velja_do: '2027-07-15T00:00:00Z' }) } };
    }),
    4,
    plant('negative', 'activemq-correlation-id-uuid', 'none', 'A JMS `correlationId` (a UUID linking a reply to its request): no credential.', ({ rng }) => {
      const c = rng.uuid();
      return { value: c, event: { queue: 'trgovina.zaloga.odgovori', corr: c, text: JSON.stringify({ sifra: 'OKVIR-LR', na_zalogi: rng.int(0, 300) }) } };
    }),
    4,
    plant('session-id', 'activemq-jms-property-sejaid', 'error', WHY.session("The shop copies the customer's web session id into a JMS property `sejaId` (\"session id\") of each cart event, so the analytics consumer can join them; the plugin writes the properties map"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { queue: 'trgovina.kosarica', props: { sejaId: sid, dogodek: 'dodano' }, text: JSON.stringify({ sifra: 'SAT-DB', kolicina: rng.int(1, 10) }) } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'mq' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trgovina-api.log: the web shop's Node API (Express, Prisma 6 on PostgreSQL) under pm2 with `--time`, its
// ~/.pm2/logs/trgovina-api-out.log: each line prefixed `<yyyy-MM-ddTHH:mm:ss>: ` (local time, no zone); Prisma's
// `log: [{ emit: 'stdout', level: 'query' }, { emit: 'event', level: 'query' }]` writes `prisma:query <SQL>` and the
// team's `$on('query')` handler `Query: …`, `Params: <JSON array>`, `Duration: <n>ms`, as in Prisma's documentation;
// the app's request lines. https://www.prisma.io/docs/orm/prisma-client/observability-and-logging/logging (the event
// handler, read in public issues through search: prisma/orm #5026, notiz-dev/nestjs-prisma #23); pm2's `--time` prefix
// from memory.

function prismaLog(rng) {
  const ts = (ms) => local(ms, CEST).slice(0, 19);
  const render = (e) => {
    const out = [];
    if (e.req) out.push(`${ts(e.t)}: ${e.req}`);
    for (const [sql, params] of e.queries ?? []) out.push(`${ts(e.t)}: prisma:query ${sql}`, `${ts(e.t)}: Query: ${sql}`, `${ts(e.t)}: Params: ${JSON.stringify(params)}`, `${ts(e.t)}: Duration: ${rng.int(0, 9)}ms`);
    if (e.res) out.push(`${ts(e.t + 20)}: ${e.res}`);
    return out;
  };
  const sel = (table, cols, where) => `SELECT ${cols.map((c) => `"public"."${table}"."${c}"`).join(', ')} FROM "public"."${table}" WHERE ${where} LIMIT $2 OFFSET $3`;
  const filler = (rng) => rng.pick([
    () => ({ res: `GET /api/izdelki?kategorija=${rng.pick(['tehtnice', 'satniki', 'okvirji', 'zascita'])} 200 ${rng.int(5, 90)}ms`, queries: [[`SELECT "public"."Izdelek"."id", "public"."Izdelek"."ime", "public"."Izdelek"."cena" FROM "public"."Izdelek" WHERE "public"."Izdelek"."kategorija" = $1 ORDER BY "public"."Izdelek"."ime" ASC LIMIT $2 OFFSET $3`, [rng.pick(['tehtnice', 'satniki', 'okvirji']), 24, 0]]] }),
    () => ({ res: `GET /api/zaloga/${rng.pick(['TEHT-2', 'SAT-DB', 'OKVIR-LR'])} 200 ${rng.int(3, 40)}ms` }),
  ])();
  const steps = [
    { raw: { req: 'Strežnik posluša na vratih 3000' }, after: 0 },
    3,
    plant('session-id', 'prisma-params-seja-zeton', 'error', WHY.session('Every signed-in request looks its session up by token (`"Seja"."zeton" = $1`, "session"."token"): Prisma\'s query event writes the bound values in `Params:`'), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { queries: [[sel('Seja', ['id', 'uporabnikId', 'zeton', 'poteka'], '("public"."Seja"."zeton" = $1 AND 1=1)'), [tok, 1, 0]]], res: `GET /api/racun 200 ${rng.int(8, 40)}ms` } };
    }),
    3,
    plant('negative', 'prisma-params-argon2id-hash', 'none', 'An Argon2id hash of a new password (`$argon2id$v=19$m=65536,t=3,p=4$…`) bound into an `UPDATE`: a slow hash, not the password: no credential.', ({ rng }) => {
      const h = `$argon2id$v=19$m=65536,t=3,p=4$${rng.b64url(22).replace(/[-_]/g, 'A')}$${rng.b64url(43).replace(/[-_]/g, 'Q')}`;
      return { value: h, event: { res: 'POST /api/racun/geslo 204 312ms', queries: [['UPDATE "public"."Uporabnik" SET "gesloHash" = $1, "posodobljeno" = $2 WHERE ("public"."Uporabnik"."id" = $3 AND 1=1) RETURNING "public"."Uporabnik"."id"', [h, '2027-06-15 14:22:10.118 UTC', rng.int(1000, 9999)]]] } };
    }),
    3,
    plant('path-secret', 'prisma-params-ponastavitev-gesla-token', 'error', WHY.pathSecret('A password reset token inserted into `"PonastavitevGesla"` ("password reset"); the e-mailed link `/ponastavitev-gesla/<token>` holds the same value, and Prisma\'s `Params:` writes it'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { res: 'POST /api/geslo/pozabljeno 202 41ms', queries: [['INSERT INTO "public"."PonastavitevGesla" ("id","uporabnikId","zeton","poteka") VALUES ($1,$2,$3,$4) RETURNING "public"."PonastavitevGesla"."id"', [`c${lowerNum(rng, 24)}`, rng.int(1000, 9999), tok, '2027-06-15 15:31:00.000 UTC']]] } };
    }),
    3,
    plant('api-key-name', 'prisma-params-api-kljuc', 'error', `${WHY.apiKey('kljuc')} A reseller's API key (\`pj_live_…\`) looked up in \`"ApiKljuc"\` ("API key") by its plain value, bound as \`$1\` and written by Prisma's \`Params:\`.`, ({ rng }) => {
      const key = `pj_live_${rng.alnum(32)}`;
      return { value: key, event: { queries: [[sel('ApiKljuc', ['id', 'partnerId', 'kljuc', 'aktiven'], '("public"."ApiKljuc"."kljuc" = $1 AND "public"."ApiKljuc"."aktiven" = true)'), [key, 1, 0]]], res: `GET /api/partner/narocila 200 ${rng.int(8, 60)}ms` } };
    }),
    3,
    plant('negative', 'prisma-params-cuid', 'none', "A cuid primary key (`c` and 24 lower-case characters) of an order: an identifier, no credential.", ({ rng }) => {
      const id = `c${lowerNum(rng, 24)}`;
      return { value: id, event: { queries: [['SELECT "public"."Narocilo"."id", "public"."Narocilo"."stanje" FROM "public"."Narocilo" WHERE ("public"."Narocilo"."id" = $1 AND 1=1) LIMIT $2 OFFSET $3', [id, 1, 0]]], res: `GET /api/narocila/${id} 200 ${rng.int(5, 30)}ms` } };
    }),
    3,
    plant('refresh-token', 'prisma-params-osvezitveni-zeton', 'error', `${WHY.refresh} The desktop app's sign-in stores the issued refresh token as-is in \`"OsvezitveniZeton"\` ("refresh token"); Prisma's \`Params:\` writes it.`, ({ rng }) => {
      const rt = `pjr_${rng.b64url(48)}`;
      return { value: rt, event: { res: 'POST /api/prijava/zeton 200 88ms', queries: [['INSERT INTO "public"."OsvezitveniZeton" ("id","uporabnikId","zeton","naprava","poteka") VALUES ($1,$2,$3,$4,$5) RETURNING "public"."OsvezitveniZeton"."id"', [`c${lowerNum(rng, 24)}`, rng.int(1000, 9999), rt, 'Panjoteka Čebelar 3.4.1 (win32)', '2027-07-15 14:00:00.000 UTC']]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: 'trgovina' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tehtnica-sync.log: the scale sync worker (Python 3.12, httpx 0.28) with `logging.basicConfig(level=logging.DEBUG,
// format='%(asctime)s %(levelname)s %(name)s: %(message)s')`, so httpx's INFO line (`HTTP Request: <METHOD> <url>
// "HTTP/1.1 <status> <reason>"`) sits among httpcore's DEBUG trace (`connect_tcp.started host=… port=…`,
// `send_request_headers.started request=<Request [b'GET']>`, `receive_response_headers.complete return_value=(b'HTTP/1.1',
// 200, b'OK', [(b'<name>', b'<value>'), …])`, `response_closed.complete`); asctime is local without a zone.
// https://www.python-httpx.org/logging/ (not fetched); httpcore's trace lines from memory of httpcore/_trace.py and
// public debug output.

function httpxLog(rng) {
  const ts = (ms) => `${ymdHmsAt(ms, CEST)},${msOf(ms)}`;
  const L = (ms, level, name, msg) => `${ts(ms)} ${level} ${name}: ${msg}`;
  const ptr = () => `0x7f${rng.hex(10)}`;
  const render = (e) => {
    if (e.app) return [L(e.t, 'INFO', 'tehtnica_sync', e.app)];
    const m = `b'${e.method}'`;
    const host = new URL(e.url).host;
    const out = [];
    if (e.connect) out.push(L(e.t, 'DEBUG', 'httpcore.connection', `connect_tcp.started host='${host}' port=443 local_address=None timeout=10.0 socket_options=None`), L(e.t + 8, 'DEBUG', 'httpcore.connection', `connect_tcp.complete return_value=<httpcore._backends.sync.SyncStream object at ${ptr()}>`), L(e.t + 9, 'DEBUG', 'httpcore.connection', `start_tls.started ssl_context=<ssl.SSLContext object at ${ptr()}> server_hostname='${host}' timeout=10.0`), L(e.t + 30, 'DEBUG', 'httpcore.connection', `start_tls.complete return_value=<httpcore._backends.sync.SyncStream object at ${ptr()}>`));
    out.push(L(e.t + 31, 'DEBUG', 'httpcore.http11', `send_request_headers.started request=<Request [${m}]>`), L(e.t + 31, 'DEBUG', 'httpcore.http11', 'send_request_headers.complete'), L(e.t + 31, 'DEBUG', 'httpcore.http11', `send_request_body.started request=<Request [${m}]>`), L(e.t + 32, 'DEBUG', 'httpcore.http11', 'send_request_body.complete'), L(e.t + 32, 'DEBUG', 'httpcore.http11', `receive_response_headers.started request=<Request [${m}]>`));
    const hs = e.headers.map(([k, v]) => `(b'${k}', b'${v}')`).join(', ');
    out.push(L(e.t + e.ms, 'DEBUG', 'httpcore.http11', `receive_response_headers.complete return_value=(b'HTTP/1.1', ${e.status}, b'${e.reason}', [${hs}])`), L(e.t + e.ms, 'INFO', 'httpx', `HTTP Request: ${e.method} ${e.url} "HTTP/1.1 ${e.status} ${e.reason}"`), L(e.t + e.ms, 'DEBUG', 'httpcore.http11', `receive_response_body.started request=<Request [${m}]>`), L(e.t + e.ms + 1, 'DEBUG', 'httpcore.http11', 'receive_response_body.complete'), L(e.t + e.ms + 1, 'DEBUG', 'httpcore.http11', 'response_closed.started'), L(e.t + e.ms + 1, 'DEBUG', 'httpcore.http11', 'response_closed.complete'));
    return out;
  };
  const hd = (rng, t, extra = []) => [['Date', new Date(t).toUTCString()], ['Content-Type', 'application/json'], ...extra, ['Content-Length', String(rng.int(20, 4000))]];
  const filler = (rng, t) => rng.pick([
    () => ({ app: `Prebrane meritve: ${rng.int(20, 400)} (tehtnica-${rng.pick(PANJI)})` }),
    () => ({ method: 'GET', url: `https://api.${PJ}/v2/panji/${rng.pick(PANJI)}/meritve?od=${local(t - HOUR, CEST).slice(0, 16)}`, headers: hd(rng, t), status: 200, reason: 'OK', ms: rng.int(40, 300) }),
    () => ({ method: 'POST', url: `https://api.${PJ}/v2/meritve/uvoz`, headers: hd(rng, t), status: 201, reason: 'Created', ms: rng.int(60, 500) }),
  ])();
  const steps = [
    { raw: { app: 'Zagon sinhronizacije tehtnic (interval 300 s)' }, after: 0 },
    plant('api-key-name', 'httpx-request-url-kljuc', 'error', `${WHY.apiKey('kljuc')} The weather partner's API takes its key in the query as \`kljuc\` ("key"); httpx's INFO line writes the whole URL.`, ({ rng, t }) => {
      const key = rng.hex(32);
      return { value: key, event: { connect: true, method: 'GET', url: `https://vreme.partner.example/api/v1/napoved?kraj=Kranj&kljuc=${key}`, headers: hd(rng, t), status: 200, reason: 'OK', ms: rng.int(80, 400) } };
    }),
    3,
    plant('negative', 'httpcore-response-header-x-request-id', 'none', "A response's `x-request-id` in httpcore's header tuples: a correlation id, no credential.", ({ rng, t }) => {
      const v = rng.uuid();
      return { value: v, event: { method: 'GET', url: `https://api.${PJ}/v2/panji`, headers: hd(rng, t, [['x-request-id', v]]), status: 200, reason: 'OK', ms: rng.int(40, 200) } };
    }),
    3,
    plant('session-id', 'httpcore-response-headers-set-cookie-seja', 'error', WHY.session("The partner portal signs the worker in with a cookie: httpcore's `receive_response_headers.complete` writes every header tuple, `(b'Set-Cookie', b'seja=<id>; …')` among them"), ({ rng, t }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { connect: true, method: 'POST', url: 'https://portal.cebelarska-zveza.example/api/prijava', headers: hd(rng, t, [['Set-Cookie', `seja=${sid}; Path=/; Secure; HttpOnly; SameSite=Lax`]]), status: 200, reason: 'OK', ms: rng.int(100, 500) } };
    }),
    3,
    plant('path-secret', 'httpx-request-url-povabilo-sprejmi', 'error', WHY.pathSecret('A beekeepers\' association invitation accepted by the worker for a new apiary (`/povabila/<token>/sprejmi`, "invitations/…/accept"), written by httpx\'s INFO line'), ({ rng, t }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { method: 'POST', url: `https://portal.cebelarska-zveza.example/api/povabila/${tok}/sprejmi`, headers: hd(rng, t), status: 200, reason: 'OK', ms: rng.int(100, 400) } };
    }),
    3,
    plant('replay', 'httpx-request-url-enkratni_zeton', 'note', WHY.ticketFirst("A one-time export link's `enkratni_zeton` (\"one-time token\") the worker downloads the association's hive register with; httpx's line writes the URL. The token is"), ({ rng, t }) => {
      const tok = rng.b64url(27);
      return { value: tok, event: { connect: true, method: 'GET', url: `https://izvoz.cebelarska-zveza.example/prenos?enkratni_zeton=${tok}`, headers: hd(rng, t, [['Content-Disposition', 'attachment; filename="register-panjev.csv"']]), status: 200, reason: 'OK', ms: rng.int(200, 900) } };
    }),
    3,
    plant('webhook', 'httpx-request-url-pumble-incoming-webhook', 'error', WHY.webhook('A Pumble incoming webhook (`/workspaces/<id>/incomingWebhooks/postMessage/<token>`) the worker posts its daily summary to, written by httpx\'s INFO line'), ({ rng, t }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { connect: true, method: 'POST', url: `https://api.pumble.com/workspaces/${rng.hex(24)}/incomingWebhooks/postMessage/${tok}`, headers: hd(rng, t), status: 200, reason: 'OK', ms: rng.int(100, 400) } };
    }),
    3,
    plant('negative', 'httpcore-response-header-etag', 'none', "A weak `ETag` in httpcore's response header tuples: a version tag of a document, no credential.", ({ rng, t }) => {
      const v = `W/"${rng.hex(32)}"`;
      return { value: v.slice(3, -1), event: { method: 'GET', url: `https://api.${PJ}/v2/panji/${rng.pick(PANJI)}`, headers: hd(rng, t, [['ETag', v]]), status: 200, reason: 'OK', ms: rng.int(30, 200) } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'sync' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// main.log: the Windows desktop app "Panjoteka Čebelar" (Electron 37) with electron-log 5's file transport
// (%APPDATA%\Panjoteka Čebelar\logs\main.log; `[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}`, local time without a
// zone; an object argument written like util.inspect): the app's own lines, the protocol handler's deep links
// (`panjoteka://…` through `second-instance`), electron-updater's lines. https://github.com/megahertz/electron-log (the
// default format, from memory of its docs/transports/file.md), https://www.electron.build/auto-update (not fetched;
// electron-updater's messages from memory).

function electronLog(rng) {
  const ts = (ms) => `${ymdHmsAt(ms, CEST)}.${msOf(ms)}`;
  const render = (e) => e.lines.map(([lvl, msg], i) => `[${ts(e.t + i * 15)}] [${lvl}] ${msg}`);
  const filler = (rng) => rng.pick([
    () => ({ lines: [['info', `Sinhronizacija končana: ${rng.int(0, 120)} novih meritev, ${rng.int(0, 4)} opozoril`]] }),
    () => ({ lines: [['info', `Odprt pogled: ${rng.pick(['Pregled panjev', 'Dnevnik čebelarja', 'Zdravljenje varoje', 'Točenje medu'])}`]] }),
    () => ({ lines: [['debug', `Predpomnilnik slik: ${rng.int(10, 300)} MB`]] }),
  ])();
  const steps = [
    { raw: { lines: [['info', 'Panjoteka Čebelar 3.4.1 (Electron 37.2.0, Node 22.17.0) se zaganja'], ['info', 'Checking for update']] }, after: 0 },
    plant('negative', 'electron-updater-staging-user-id', 'none', "electron-updater's staged rollout id (`Generated new staging user ID: <uuid>`): a random id for rollout percentages, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { lines: [['info', `Generated new staging user ID: ${v}`]] } };
    }),
    plant('api-key-name', 'electron-updater-httperror-feed-url-kljuc', 'error', `${WHY.apiKey('kljuc')} The app's generic update feed is a private URL with a customer key in its query (\`latest.yml?kljuc=…\`); electron-updater's HttpError quotes the request it failed (\`method: GET url: …\`).`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [['error', `Error: HttpError: 503 Service Unavailable\n"method: GET url: https://posodobitve.${PJ}/cebelar/latest.yml?kljuc=${key}&noCache=1j${lowerNum(rng, 8)}\\n\\n          Data:\\n          <html><body>Service Unavailable</body></html>\\n          "\n    at createHttpError (C:\\Users\\cebelar\\AppData\\Local\\Programs\\panjoteka-cebelar\\resources\\app.asar\\node_modules\\builder-util-runtime\\out\\httpExecutor.js:22:12)`]] } };
    }),
    4,
    plant('oauth-code', 'electron-log-deep-link-custom-scheme-code-state', 'warning', `${WHY.code} The sign-in returns to the desktop app through its custom scheme; the app logs the deep link it receives (\`panjoteka://prijava/povratek?code=…&state=…\`, "sign-in/return").`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { lines: [['info', `Deep link prejet (second-instance): panjoteka://prijava/povratek?code=${code}&state=${rng.b64url(22)}`], ['info', 'Izmenjava kode za žetone …']] } };
    }),
    4,
    plant('refresh-token', 'electron-log-inspect-token-response-refresh_token', 'error', `${WHY.refresh} The app logs the token response it stored, written like util.inspect (\`{ access_expires_in: 900, refresh_token: '…' }\`), with the access token left out and the refresh token in.`, ({ rng }) => {
      const rt = `pjr_${rng.b64url(48)}`;
      return { value: rt, event: { lines: [['debug', `Žetoni shranjeni { uporabnik: ${rng.int(1000, 9999)}, access_expires_in: 900, refresh_token: '${rt}', shramba: 'safeStorage' }`]] } };
    }),
    4,
    plant('path-secret', 'electron-log-deep-link-povabilo', 'error', WHY.pathSecret('An apiary-sharing invitation the app receives as a deep link, `panjoteka://povabilo/<token>` ("invitation")'), ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { lines: [['info', `Deep link prejet (open-url): panjoteka://povabilo/${tok}`], ['info', 'Povabilo v čebelnjak: Čebelnjak Bled (2 panja)']] } };
    }),
    4,
    plant('implicit-fragment', 'electron-log-will-navigate-fragment', 'error', "The app's embedded partner window logs each `will-navigate` URL; the association portal's legacy sign-in returns with an implicit grant in the fragment (`#access_token=…`).", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { lines: [['debug', `will-navigate https://portal.cebelarska-zveza.example/povratek#access_token=${tok}&token_type=Bearer&expires_in=3600`]] } };
    }),
    4,
    plant('negative', 'electron-updater-update-info-sha512', 'none', "The downloaded update's `sha512` (base64 of a file hash) in the update info the app logs: no credential.", ({ rng }) => {
      const h = rng.bytes(64).toString('base64');
      return { value: h, event: { lines: [['info', `Posodobitev prenesena { version: '3.5.0', files: [ { url: 'Panjoteka-Cebelar-Setup-3.5.0.exe', sha512: '${h}', size: ${rng.int(90000000, 120000000)} } ], releaseDate: '2027-06-14T09:00:00.000Z' }`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 16 * HOUR, site: { host: 'desktop' }, filler, render, steps });
}

// =====================================================================================================================
// Tambang Ekspres (Malay; Kuala Lumpur: MYT, UTC+8, all year)
// =====================================================================================================================

const MYT = 480;
const TE = 'tambangekspres.example';
const TE_API = `api.${TE}`;
const KOTA = ['Ipoh', 'Johor Bahru', 'Melaka', 'Kuantan', 'Butterworth', 'Kota Bharu', 'Seremban'];
const bookingNo = (rng) => `TE${digits(rng, 8)}`;

// ---------------------------------------------------------------------------------------------------------------------
// com.tambangekspres.app 2027-06-15--14-01-58-317.log: a log file a customer sent from the iPhone app's "Hantar log"
// (send logs) button: CocoaLumberjack's DDFileLogger with the default DDLogFileFormatterDefault (`yyyy/MM/dd
// HH:mm:ss:SSS  <message>`, the phone's local time without a zone; a message with line breaks continues unprefixed),
// the file named `<bundle id> <yyyy-MM-dd--HH-mm-ss-SSS>.log`. The app's messages print Swift values as Swift describes
// them (a Dictionary, an NSHTTPCookie). https://github.com/CocoaLumberjack/CocoaLumberjack (Documentation/
// GettingStarted.md and DDFileLogger's naming, from memory); NSHTTPCookie's description from memory of public output.

function cocoaLog(rng) {
  const ts = (ms) => `${local(ms, MYT).slice(0, 10).replace(/-/g, '/')} ${local(ms, MYT).slice(11, 19)}:${msOf(ms)}`;
  const render = (e) => e.lines.map((msg, i) => `${ts(e.t + i * 25)}  ${msg}`);
  const filler = (rng) => rng.pick([
    () => ({ lines: [`[Jadual] Dimuatkan ${rng.int(4, 30)} perjalanan TBS → ${rng.pick(KOTA)}`] }),
    () => ({ lines: [`[Rangkaian] GET /v2/jadual?dari=TBS&ke=${rng.pick(['IPH', 'JHB', 'MLK', 'KTN'])}&tarikh=2027-06-20 → 200 (${rng.int(80, 900)} ms)`] }),
    () => ({ lines: [`[Tempahan] Tempat duduk ${rng.int(1, 44)}${rng.pick(['A', 'B', 'C'])} dipilih untuk ${bookingNo(rng)}`] }),
    () => ({ lines: [`[Aplikasi] applicationDidBecomeActive`] }),
  ])();
  const gmt = (ms) => `'${local(ms, 0).slice(0, 19).replace('T', ' ')} +0000'`;
  const cookie = (t, name, value, domain) => ['<NSHTTPCookie', '\tversion:0', `\tname:${name}`, `\tvalue:${value}`, `\texpiresDate:${gmt(t + 14 * 24 * HOUR)}`, `\tcreated:${gmt(t)}`, '\tsessionOnly:FALSE', `\tdomain:${domain}`, '\tpartition:none', '\tsameSite:lax', '\tpath:/', '\tisSecure:TRUE', '\tisHTTPOnly: TRUE', ' path:"/" isSecure:TRUE isHTTPOnly: TRUE>'].join('\n');
  const steps = [
    { raw: { lines: ['[Aplikasi] Tambang Ekspres 5.12.0 (881) iOS 26.1 iPhone15,3 dilancarkan', '[Aplikasi] Log fail: CocoaLumberjack DDFileLogger, maks 5 fail'] }, after: 0 },
    plant('negative', 'cocoalumberjack-apns-device-token', 'none', 'The APNs device token (64 hex digits) the app registers for push notifications: an address for notifications, which grants no access: no credential.', ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { lines: [`[Notifikasi] Token peranti APNs: ${v}`] } };
    }),
    3,
    plant('oauth-code', 'cocoalumberjack-aswebauthenticationsession-callback-code', 'warning', `${WHY.code} ASWebAuthenticationSession hands the app the callback URL (\`tambang://log-masuk/panggilan-balik?code=…&state=…\`, "sign-in/callback"), and the app logs it before exchanging the code.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { lines: [`[LogMasuk] Panggilan balik diterima: tambang://log-masuk/panggilan-balik?code=${code}&state=${rng.b64url(22)}`, '[LogMasuk] Menukar kod kepada token…'] } };
    }),
    3,
    plant('session-id', 'cocoalumberjack-nshttpcookie-description', 'error', WHY.session("The app's network layer logs each cookie it stores with `%@`, so NSHTTPCookie's multi-line description lands in the file, `value:<session id>` of `sesi_tambang` on a continuation line"), ({ rng, t }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { lines: [`[Rangkaian] Kuki disimpan: ${cookie(t, 'sesi_tambang', sid, TE_API)}`] } };
    }),
    3,
    plant('header-dump', 'cocoalumberjack-swift-dictionary-allhttpheaderfields', 'error', "A debug line prints a request's `allHTTPHeaderFields` as Swift prints a Dictionary (`[\"Authorization\": \"Bearer …\", …]`), the customer's access token in it.", ({ rng }) => {
      const tok = `te_at_${rng.b64url(40)}`;
      return { value: tok, event: { lines: [`[Rangkaian] Pengepala permintaan /v2/tempahan: ["Accept-Language": "ms-MY", "X-Peranti": "iPhone15,3", "Authorization": "Bearer ${tok}", "Accept": "application/json"]`] } };
    }),
    3,
    plant('path-secret', 'cocoalumberjack-universal-link-tetapan-semula-kata-laluan', 'error', WHY.pathSecret('A password reset link the app opens as a universal link, `/tetapan-semula-kata-laluan/<token>` ("reset password")'), ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { lines: [`[Pautan] Universal link dibuka: https://${TE}/tetapan-semula-kata-laluan/${tok}`] } };
    }),
    3,
    plant('implicit-fragment', 'cocoalumberjack-wkwebview-didfinish-url-fragment', 'error', "The payment WebView's `didFinish` logs `webView.url`; the e-wallet partner returns with an implicit grant in the fragment (`#access_token=…`).", ({ rng }) => {
      const tok = rng.b64url(43);
      return { value: tok, event: { lines: [`[WebView] didFinish: https://bayar.${TE}/kembali#access_token=${tok}&token_type=bearer&expires_in=1800&state=${rng.hex(16)}`] } };
    }),
    3,
    plant('negative', 'cocoalumberjack-response-x-request-id', 'none', "A response's `X-Request-Id` the app logs for support: a correlation id, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { lines: [`[Rangkaian] POST /v2/tempahan → 201, X-Request-Id: ${v}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 2 * MIN, site: { host: 'iphone' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// delayed_job.log: the booking app's Delayed Job 4.1 worker (Rails 7.2, Ruby 3.3, Active Job's DelayedJobAdapter),
// log/delayed_job.log: `<yyyy-MM-ddTHH:mm:ss+0800>: [Worker(host:<host> pid:<pid>)] <text>`; per job `Job <name> (id=<n>)
// (queue=<q>) RUNNING`, then `… COMPLETED after <s>` or `… FAILED (<n> prior attempts) with <error>`, where the name of
// an Active Job is the wrapper's display name: `<JobClass> [<job id>] from DelayedJob(<queue>) with arguments: <the
// serialized arguments, inspected>`. https://github.com/collectiveidea/delayed_job (lib/delayed/worker.rb's `say` and
// `job_say`, from memory), Rails' activejob/lib/active_job/queue_adapters/delayed_job_adapter.rb (`display_name`, from
// memory).

function delayedJobLog(rng) {
  const W = '[Worker(host:tambang-kerja-1 pid:2311)]';
  const stamp = (ms) => `${local(ms, MYT).slice(0, 19)}+0800`;
  let id = 48200;
  const render = (e) => {
    if (e.say) return [`${stamp(e.t)}: ${W} ${e.say}`];
    const name = `${e.job} [${e.jid}] from DelayedJob(${e.queue}) with arguments: ${e.args}`;
    const head = `Job ${name} (id=${e.id}) (queue=${e.queue})`;
    const end = e.fail ? `${head} FAILED (0 prior attempts) with ${e.fail}` : `${head} COMPLETED after ${(e.secs ?? 0.1).toFixed(4)}`;
    return [`${stamp(e.t)}: ${W} ${head} RUNNING`, `${stamp(e.t + Math.round((e.secs ?? 0.1) * 1000))}: ${W} ${end}`];
  };
  // Ruby 3.3's inspect of the serialized argument array.
  const rb = (v) => (Array.isArray(v) ? `[${v.map(rb).join(', ')}]` : v && typeof v === 'object' ? `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}=>${rb(x)}`).join(', ')}}` : JSON.stringify(v));
  const job = (rng, cls, queue, args, extra = {}) => ({ job: cls, jid: rng.uuid(), queue, args: rb(args), id: id++, secs: rng.int(20, 3000) / 1000, ...extra });
  const filler = (rng) => rng.pick([
    () => job(rng, 'HantarTiketJob', 'default', [{ _aj_globalid: `gid://tambang/Tempahan/${rng.int(100000, 999999)}` }]),
    () => job(rng, 'KemasKiniKerusiJob', 'default', [`${rng.pick(['TBS', 'IPH', 'JHB'])}-${rng.int(1000, 1999)}`, '2027-06-20']),
    () => job(rng, 'ActionMailer::MailDeliveryJob', 'mailers', ['TempahanMailer', 'pengesahan', 'deliver_now', { args: [{ _aj_globalid: `gid://tambang/Tempahan/${rng.int(100000, 999999)}` }], _aj_ruby2_keywords: ['args'] }]),
  ])();
  const steps = [
    { raw: { say: 'Starting job worker' }, after: 0 },
    3,
    plant('path-secret', 'delayed-job-mailer-arguments-reset-token', 'error', WHY.pathSecret("A password reset mail queued with `deliver_later`: Active Job's arguments hold the reset token the link `/tetapan-semula-kata-laluan/<token>` carries, and Delayed Job writes the job's name with its arguments on the RUNNING and COMPLETED lines"), ({ rng }) => {
      const tok = rng.b64url(20);
      return { value: tok, event: job(rng, 'ActionMailer::MailDeliveryJob', 'mailers', ['PenggunaMailer', 'tetapan_semula_kata_laluan', 'deliver_now', { args: [{ _aj_globalid: `gid://tambang/Pengguna/${rng.int(1000, 99999)}` }, tok], _aj_ruby2_keywords: ['args'] }]) };
    }),
    2,
    plant('id-token', 'delayed-job-arguments-google-id-token', 'error', "A job that verifies a \"Log masuk dengan Google\" sign-in later is queued with the Google ID token as its argument; Delayed Job writes it on both lines of the job while it is live.", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 40), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'nurul.aina@mail.example', email_verified: true, name: 'Nurul Aina' } });
      return { value: token, jwt: facts, event: job(rng, 'SahkanLogMasukGoogleJob', 'default', [token, { _aj_globalid: `gid://tambang/Peranti/${rng.int(1000, 99999)}` }]) };
    }),
    2,
    plant('negative', 'delayed-job-active-job-id', 'none', "Active Job's `job_id` (a UUID in brackets) of a routine job: an identifier, no credential.", ({ rng }) => {
      const e = job(rng, 'KemasKiniKerusiJob', 'default', ['TBS-1142', '2027-06-21']);
      return { value: e.jid, event: e };
    }),
    2,
    plant('embed-jwt', 'delayed-job-arguments-benam-laporan-jwt', 'error', "A job that e-mails the operators' daily report link, `/benam/laporan/<JWT>` (\"embed/report\"), with the URL as its argument: an embed token valid an hour (error).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 20), jti: true, claims: { resource: { laporan: 'jualan-harian' }, params: { pengendali: 'semua' } } });
      return { value: token, jwt: facts, event: job(rng, 'HantarLaporanHarianJob', 'default', [`https://${TE}/benam/laporan/${token}`, ['ops@tambangekspres.example']]) };
    }),
    2,
    plant('webhook', 'delayed-job-arguments-render-deploy-hook', 'error', WHY.webhook("A Render deploy hook (`api.render.com/deploy/srv-<id>?key=<key>`) passed to the job that rebuilds the static timetable site after an import"), ({ rng }) => {
      const key = rng.b64url(11);
      return { value: key, event: job(rng, 'BinaSemulaLamanJadualJob', 'default', [`https://api.render.com/deploy/srv-${lowerNum(rng, 20)}?key=${key}`]) };
    }),
    2,
    plant('refresh-token', 'delayed-job-arguments-refresh_token', 'error', `${WHY.refresh} The e-wallet partner's refresh token passed as a job argument (\`{"refresh_token"=>…}\`) to the job that renews the partner connection.`, ({ rng }) => {
      const rt = `rt_${rng.b64url(48)}`;
      return { value: rt, event: job(rng, 'SegarkanTokenRakanJob', 'default', [{ rakan: 'dompet-e', refresh_token: rt }]) };
    }),
    2,
    plant('implicit-fragment', 'delayed-job-arguments-url_halaman-fragment', 'error', "The site's page-view job stores the browser's whole `location.href` as `url_halaman` (\"page URL\"); after the e-wallet's implicit sign-in it carries `#access_token=…`, and Delayed Job writes it in the job's arguments.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: job(rng, 'SimpanLawatanJob', 'analitik', [{ url_halaman: `https://${TE}/akaun#access_token=${tok}&token_type=bearer&expires_in=1800`, rujukan: 'https://dompet-e.example/', masa: '2027-06-15T11:02:51+08:00' }]) };
    }),
    2,
    plant('embed-jwt', 'delayed-job-arguments-benam-jadual-jwt-120s', 'warning', "A job that warms the cache of a partner's timetable widget, `/benam/jadual/<JWT>`, with the embed URL as its argument: the token is valid two minutes and has no jti (warning).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 10), claims: { resource: { jadual: 'TBS-JHB' }, params: { rakan: 'agensi-pelancongan-07' } } });
      return { value: token, jwt: facts, event: job(rng, 'PanaskanCacheWidgetJob', 'default', [`https://${TE}/benam/jadual/${token}`]) };
    }),
    2,
    plant('api-key-name', 'delayed-job-arguments-kunci_api', 'error', `${WHY.apiKey('kunci_api')} The timetable import job receives an operator's API key as \`kunci_api\` ("API key") in its argument hash.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: job(rng, 'SegerakJadualPengendaliJob', 'import', [{ pengendali: 'Ekspres Perdana', kunci_api: key, tarikh: '2027-06-16' }]) };
    }),
    2,
    plant('framework-dump', 'delayed-job-arguments-kata_laluan', 'error', "The sign-up controller passes its permitted params to a job whole; Delayed Job writes them with the new account's `kata_laluan` (\"password\") on both lines.", ({ rng }) => {
      const pw = `${rng.alnum(10)}${digits(rng, 3)}!`;
      return { value: pw, event: job(rng, 'DaftarPenggunaJob', 'default', [{ nama: 'Lim Wei Jie', emel: 'weijie.lim@mail.example', telefon: `+601${digits(rng, 8)}`, kata_laluan: pw }]) };
    }),
    2,
    plant('header-dump', 'delayed-job-arguments-pengepala-authorization', 'error', "A webhook redelivery job is queued with the whole request it retries, headers included (`\"pengepala\"=>{\"Authorization\"=>\"Bearer …\"}`, \"headers\"); it failed, and Delayed Job's RUNNING and FAILED lines carry the token.", ({ rng }) => {
      const tok = `agn_${rng.b64url(36)}`;
      return { value: tok, event: job(rng, 'HantarSemulaWebhookJob', 'webhooks', [{ url: 'https://agensi-07.example/api/tempahan/status', pengepala: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' }, badan: `{"tempahan":"${bookingNo(rng)}","status":"dibatalkan"}` }], { fail: 'Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>', secs: 15.02 }) };
    }),
    2,
    plant('negative', 'delayed-job-globalid', 'none', 'A GlobalID of a booking (`gid://tambang/Tempahan/<id>`) in a job\'s arguments: a record reference, no credential.', ({ rng }) => {
      const g = `gid://tambang/Tempahan/${rng.int(1000000, 1999999)}`;
      return { value: g, event: job(rng, 'HantarTiketJob', 'default', [{ _aj_globalid: g }]) };
    }),
    2,
    plant('id-token', 'delayed-job-arguments-expired-id-token-audit', 'note', "The sign-in audit job, retried from the dead-letter queue two days later, carries the Google ID token of that sign-in: expired when written, it names the user and opens nothing (note).", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + rng.int(300, 4000), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'farid.hakim@mail.example', email_verified: true } });
      return { value: token, jwt: facts, event: job(rng, 'AuditLogMasukJob', 'audit', [{ kaedah: 'google', id_token: token, ip: '203.0.113.77' }]) };
    }),
    2,
    plant('embed-jwt', 'delayed-job-arguments-benam-laporan-jwt-expired', 'note', 'A cleanup job removes an expired report link, `/benam/laporan/<JWT>`, from the operators\' inbox archive: the token expired a day before (note).', ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 86400 + 3600 + rng.int(100, 3000), jti: true, claims: { resource: { laporan: 'jualan-harian' }, params: { pengendali: 'semua' } } });
      return { value: token, jwt: facts, event: job(rng, 'BersihkanPautanLamaJob', 'default', [`https://${TE}/benam/laporan/${token}`]) };
    }),
    2,
    { raw: { say: `${rng.int(30, 60)} jobs processed at ${(rng.int(100, 900) / 100).toFixed(4)} j/s, 1 failed` } },
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'kerja' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// alert_json.txt: Snort 3.9 on the bus terminals' network (inline, IPS policy "connectivity"), `alert_json = { file =
// true, fields = 'timestamp pkt_num proto pkt_gen pkt_len dir src_ap dst_ap rule action msg class priority b64_data' }`:
// one JSON object a line as Snort writes it (`{ "key" : value, … }`), `timestamp` `MM/dd-HH:mm:ss.µµµµµµ` local
// without a year or zone, `b64_data` the packet's payload in base64. The local rules flag plain HTTP from the counters'
// kiosks. https://docs.snort.org/start/alert_logging.html (alert_json's default fields and its line, read through
// search); `b64_data` from memory of `snort --help-module alert_json`.

function snortLog(rng) {
  let pkt = 18000;
  const ts = (ms) => `${local(ms, MYT).slice(5, 7)}/${local(ms, MYT).slice(8, 10)}-${local(ms, MYT).slice(11, 19)}.${msOf(ms)}${digits(rng, 3)}`;
  const render = (e) => {
    pkt += rng.int(5, 900);
    const f = [['timestamp', `"${ts(e.t)}"`], ['pkt_num', pkt], ['proto', '"TCP"'], ['pkt_gen', '"stream_tcp"'], ['pkt_len', Buffer.from(e.payload).length], ['dir', '"C2S"'], ['src_ap', `"${e.src}:${rng.int(40000, 65000)}"`], ['dst_ap', `"${e.dst}"`], ['rule', `"${e.rule}"`], ['action', '"allow"'], ['msg', `"${e.msg}"`], ['class', `"${e.cls ?? 'Potential Corporate Privacy Violation'}"`], ['priority', e.prio ?? 1], ['b64_data', `"${b64Of(e.payload)}"`]];
    return [`{ ${f.map(([k, v]) => `"${k}" : ${v}`).join(', ')} }`];
  };
  const kiosk = (rng) => `10.30.4.${rng.int(20, 60)}`;
  const req = (method, path, host, headers = [], body = '') => `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`;
  const filler = (rng) => rng.pick([
    () => ({ src: kiosk(rng), dst: '10.30.0.12:80', rule: '1:1000102:1', msg: 'TEMPATAN kiosk memuat turun jadual tanpa TLS', cls: 'Misc activity', prio: 3, payload: req('GET', `/jadual/${rng.pick(['TBS', 'IPH', 'JHB', 'MLK'])}.json`, 'kiosk-jadual.tambang.lan', [['User-Agent', 'TambangKiosk/2.3'], ['Accept', 'application/json']]) }),
    () => ({ src: kiosk(rng), dst: '10.30.0.15:80', rule: '1:1000105:1', msg: 'TEMPATAN pencetak tiket HTTP', cls: 'Misc activity', prio: 3, payload: req('POST', '/cetak', 'pencetak-kaunter.tambang.lan', [['Content-Type', 'application/json'], ['Content-Length', '58']], `{"tiket":"${bookingNo(rng)}","kerusi":"${rng.int(1, 44)}A","salinan":1}`) }),
  ])();
  const steps = [
    3,
    plant('encoded', 'snort-b64-data-request-query-kunci', 'error', "A kiosk fetches seat availability over plain HTTP with the operator API's key in the query (`kunci=`); Snort's `b64_data` holds the packet's payload in base64, so the key is one decoding away on the alert's line.", ({ rng }) => {
      const p = req('GET', `/api/v1/kerusi?perjalanan=TBS-${rng.int(1000, 1999)}&kunci=${rng.alnum(32)}`, 'api-dalaman.tambang.lan', [['User-Agent', 'TambangKiosk/2.3'], ['Accept', 'application/json']]);
      return { value: b64Of(p), event: { src: kiosk(rng), dst: '10.30.0.20:80', rule: '1:1000101:2', msg: 'TEMPATAN kunci API dalam URL tanpa TLS', payload: p } };
    }),
    3,
    plant('negative', 'snort-b64-data-cache-buster', 'none', 'A kiosk\'s request for a stylesheet with a `?v=<hash>` cache buster, in `b64_data`: no credential in the payload.', ({ rng }) => {
      const p = req('GET', `/aset/kiosk.css?v=${rng.hex(20)}`, 'kiosk-jadual.tambang.lan', [['User-Agent', 'TambangKiosk/2.3'], ['Accept', 'text/css']]);
      return { value: b64Of(p), event: { src: kiosk(rng), dst: '10.30.0.12:80', rule: '1:1000102:1', msg: 'TEMPATAN kiosk memuat turun jadual tanpa TLS', cls: 'Misc activity', prio: 3, payload: p } };
    }),
    3,
    plant('encoded', 'snort-b64-data-authorization-basic', 'error', "A counter PC's legacy report tool sends `Authorization: Basic <base64 of user:password>` over plain HTTP; Snort writes the payload in base64, so the password is two decodings away.", ({ rng }) => {
      const p = req('GET', '/laporan/jualan?tarikh=2027-06-14', 'laporan.tambang.lan', [['Authorization', `Basic ${b64Of(`kaunter-tbs:${rng.alnum(12)}`)}`], ['User-Agent', 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0)']]);
      return { value: b64Of(p), event: { src: '10.30.5.14', dst: '10.30.0.31:80', rule: '1:1000103:2', msg: 'TEMPATAN kelayakan Basic tanpa TLS', payload: p } };
    }),
    3,
    plant('oauth-code', 'snort-b64-data-callback-code-state', 'warning', `${WHY.code} The staff portal's callback reached over plain HTTP on the terminal network: \`/log-masuk/panggilan-balik?code=…&state=…\` inside \`b64_data\`.`, ({ rng }) => {
      const p = req('GET', `/log-masuk/panggilan-balik?code=${rng.b64url(32)}&state=${rng.b64url(22)}`, 'portal-kakitangan.tambang.lan', [['User-Agent', BROWSERS[0]], ['Accept', 'text/html']]);
      return { value: b64Of(p), event: { src: '10.30.5.22', dst: '10.30.0.40:80', rule: '1:1000104:1', msg: 'TEMPATAN panggilan balik OAuth tanpa TLS', payload: p } };
    }),
    3,
    plant('negative', 'snort-b64-data-callback-error-state-only', 'none', 'A callback with `error=access_denied` and its `state` only (the user cancelled), in `b64_data`: no code, no credential.', ({ rng }) => {
      const p = req('GET', `/log-masuk/panggilan-balik?error=access_denied&state=${rng.b64url(22)}`, 'portal-kakitangan.tambang.lan', [['User-Agent', BROWSERS[0]], ['Accept', 'text/html']]);
      return { value: b64Of(p), event: { src: '10.30.5.23', dst: '10.30.0.40:80', rule: '1:1000104:1', msg: 'TEMPATAN panggilan balik OAuth tanpa TLS', payload: p } };
    }),
    3,
    plant('path-secret', 'snort-b64-data-tetapan-semula-path', 'error', WHY.pathSecret('A staff password reset link `/tetapan-semula/<token>` opened over plain HTTP, in the alert\'s `b64_data`'), ({ rng }) => {
      const p = req('GET', `/tetapan-semula/${rng.b64url(40)}`, 'portal-kakitangan.tambang.lan', [['User-Agent', BROWSERS[1]], ['Accept', 'text/html']]);
      return { value: b64Of(p), event: { src: '10.30.5.31', dst: '10.30.0.40:80', rule: '1:1000106:1', msg: 'TEMPATAN pautan tetapan semula tanpa TLS', payload: p } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'snort' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tracker-server.log: the fleet's Traccar 6 server (buses report through the OsmAnd protocol on port 5055):
// `<yyyy-MM-dd HH:mm:ss> <LEVEL padded to 5>: <message>` in local time, `[T<connection id>] connected`, the protocol
// logging of each message as hex (`[T<id>: osmand < <address>] <hex>`, `… > …` for the answer), the decoded position
// (`[T<id>] id: <unique id>, time: …, lat: …, lon: …, speed: …, course: …`), `disconnected`.
// https://www.traccar.org/osmand/ (read through search); the log lines read in public issues of traccar/traccar through
// search (#1314, #1440, #2372; older versions), the current `[T…: osmand < …]` prefix from memory.

function traccarLog(rng) {
  const ts = (ms) => ymdHmsAt(ms, MYT);
  const render = (e) => e.lines.map(([lvl, msg], i) => `${ts(e.t + i * 3)} ${lvl.padStart(5)}: ${msg}`);
  const ok = hexOf('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n');
  const osm = (rng, t, dev, extra = '', headers = []) => {
    const c = `T${rng.hex(8)}`;
    const ip = `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    const lat = (2.9 + rng.int(0, 30000) / 10000).toFixed(5);
    const lon = (101.3 + rng.int(0, 30000) / 10000).toFixed(5);
    const speed = (rng.int(0, 900) / 10).toFixed(1);
    const course = (rng.int(0, 3599) / 10).toFixed(1);
    const q = `id=${dev}&timestamp=${Math.floor(t / 1000) - 1}&lat=${lat}&lon=${lon}&speed=${speed}&bearing=${course}&altitude=${rng.int(10, 90)}.0&accuracy=${rng.int(3, 20)}.0&batt=${rng.int(40, 100)}.0${extra}`;
    const msg = `POST /?${q} HTTP/1.1\r\nHost: gps.${TE}:5055\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}User-Agent: okhttp/4.12.0\r\nContent-Length: 0\r\n\r\n`;
    return { msg, lines: [['INFO', `[${c}] connected`], ['INFO', `[${c}: osmand < ${ip}] ${hexOf(msg)}`], ['INFO', `[${c}: osmand > ${ip}] ${ok}`], ['INFO', `[${c}] id: ${dev}, time: ${ymdHmsAt(t - 1000, MYT)}, lat: ${lat}, lon: ${lon}, speed: ${speed}, course: ${course}`], ['INFO', `[${c}] disconnected`]] };
  };
  const BAS = ['BAS2041', 'BAS2057', 'BAS2113', 'BAS2130', 'BAS2202'];
  const filler = (rng, t) => ({ lines: osm(rng, t, rng.pick(BAS)).lines });
  const steps = [
    { raw: { lines: [['INFO', 'Operating system name: Linux version: 6.8.0-60-generic architecture: amd64'], ['INFO', 'Java runtime name: OpenJDK 64-Bit Server VM vendor: Eclipse Adoptium version: 17.0.15+6'], ['INFO', 'Memory limit heap: 1024mb non-heap: 0mb'], ['INFO', 'Version: 6.8'], ['INFO', 'Starting server...']] }, after: 0 },
    3,
    plant('encoded', 'traccar-osmand-hex-query-kunci', 'error', "The depot's bus tablets add the fleet API's key to the OsmAnd URL (`&kunci=…`, \"key\"; Traccar keeps unknown parameters as attributes); Traccar's protocol logging writes each message as hex, so the key is one decoding away.", ({ rng, t }) => {
      const key = rng.alnum(32);
      return { value: hexOf(key), event: { lines: osm(rng, t, 'BAS2118', `&kunci=${key}`).lines } };
    }),
    3,
    plant('negative', 'traccar-position-unique-id-imei', 'none', "A tracker's unique id (its IMEI, 15 digits) in the decoded position line: a device identifier, no credential.", ({ rng, t }) => {
      const imei = `86${digits(rng, 13)}`;
      const o = osm(rng, t, imei);
      return { value: imei, needle: `id: ${imei},`, event: { lines: o.lines.filter(([, m]) => !m.includes('osmand <')) } };
    }),
    3,
    plant('encoded', 'traccar-osmand-hex-authorization-basic', 'error', "An older tracker firmware reaches Traccar through the operator's URL with a user and password, so it sends `Authorization: Basic <base64 of user:password>`; in Traccar's hex dump the password is two decodings away.", ({ rng, t }) => {
      const b = b64Of(`gps-perdana:${rng.alnum(14)}`);
      return { value: hexOf(b), event: { lines: osm(rng, t, 'BAS2166', '', [['Authorization', `Basic ${b}`]]).lines } };
    }),
    3,
    plant('framework-dump', 'traccar-osmand-hex-driver-kata_laluan', 'error', "The driver app sends the driver's sign-in with every position (`pemandu=…&kata_laluan=…`, \"driver\", \"password\"), and Traccar's hex dump of the message keeps the parameters whole, the password one decoding away.", ({ rng, t }) => {
      const pw = `${rng.alnum(8)}${digits(rng, 4)}`;
      return { value: hexOf(pw), event: { lines: osm(rng, t, 'BAS2171', `&pemandu=ahmad.fauzi&kata_laluan=${pw}`).lines } };
    }),
    3,
    plant('negative', 'traccar-osmand-hex-plain-position', 'none', 'The hex dump of an ordinary OsmAnd position (id, time, coordinates, speed, battery): no credential in it.', ({ rng, t }) => {
      const o = osm(rng, t, 'BAS2202');
      return { value: hexOf(o.msg), event: { lines: o.lines } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'traccar' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout36');
writePart(join(here, 'heldout36'), {
  'radiusd-X.log': radiusLog(rng),
  'memcached.log': memcachedLog(rng),
  'act-deploy-portal.txt': actLog(rng),
  'billing-sync.log': faradayLog(rng),
  'DeviceProcessEvents-kf-2027-06-15.csv': mdeLog(rng),
  'zigbee2mqtt.log': z2mLog(rng),
  'activemq.log': activemqLog(rng),
  'trgovina-api-out.log': prismaLog(rng),
  'tehtnica-sync.log': httpxLog(rng),
  'main.log': electronLog(rng),
  'com.tambangekspres.app 2027-06-15--14-01-58-317.log': cocoaLog(rng),
  'delayed_job.log': delayedJobLog(rng),
  'alert_json.txt': snortLog(rng),
  'tracker-server.log': traccarLog(rng),
});
