// Writes corpus/logs-in-the-wild/heldout124/: a hundred-and-twenty-fourth held-out part, in formats no other part uses
// (a SecureCRT session log of a Cisco IOS XE switch, MEGAsync's log, a Kea DHCPv4 server log, a Formstack submissions
// export, a diaspora* pod's log, a SeedDMS log, Wrike task comments read from its API, an Insync log, an mRemoteNG log, an
// OCS Inventory NG Windows agent log, Tinyauth's console output, a Docspell REST server log, a Ruckus Unleashed AP's
// syslog, Gladly conversation items read from its API), with credentials planted in the places issue #14 lists and
// look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before any
// scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout124.mjs     rewrites heldout124/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Brightlingsea Community Library and Makerspace (Essex), with its network, file sync, DHCP server,
// event sign-up forms and a diaspora* pod for its members (English, five logs); Нэпак кол ("the book house"), a Mansi
// publishing and reindeer herders' cooperative of Saranpaul (Сāрранпāвыл, Khanty-Mansi Okrug), with a document archive,
// a task board, a Google Drive sync, an admin's remote-desktop manager and an inventory agent (Mansi in Cyrillic with
// macrons where the apps show text, romanized in routes, parameter and key names, five logs); a Chukchi reindeer-herding
// and bone-carving cooperative of Lorino (Ԓуурэн, Chukotka) with a forward-auth gateway, a document server, a village
// Wi-Fi and a support inbox (Chukchi in Cyrillic with ӄ ӈ ԓ where the apps show text, romanized in names, four logs).
// Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { B64, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Essex in November (GMT, UTC+0), Khanty-Mansi Okrug (UTC+5 all year), Chukotka (UTC+12 all year). */
const GMT = 0;
const YEKT = 300;
const ANAT = 720;
const DAY_EN = Date.UTC(2027, 10, 8, 0, 0, 0);
const DAY_MA = Date.UTC(2027, 10, 22, 0, 0, 0);
const DAY_CH = Date.UTC(2027, 11, 6, 0, 0, 0);

/** `yyyy-MM-dd HH:mm:ss,SSS` (log4net, Python logging) and `yyyy-MM-dd HH:mm:ss.SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
const dotMs = (t, offset) => `${ymdHmsAt(t, offset)}.${local(t, offset).slice(20, 23)}`;
/** syslog's `Nov  8 09:12:01` at `offset`. */
const bsd = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, offset).slice(11, 19)}`;
};
const csvCell = (v) => `"${String(v).replace(/"/g, '""')}"`;
const hexOf = (text, sep = '') => [...Buffer.from(text)].map((b) => b.toString(16).padStart(2, '0')).join(sep);
/** A Wrike-style id: `IEAA` or `KUAA` and 12 capitals and digits. */
const wrikeId = (rng, prefix) => `${prefix}${upperNum(rng, 12)}`;

// =====================================================================================================================
// Brightlingsea Community Library and Makerspace (English; Essex: GMT, UTC+0 in November)
// =====================================================================================================================

const BL = 'brightlingsealib.example';

// ---------------------------------------------------------------------------------------------------------------------
// securecrt-core-sw1.log: a SecureCRT session log of the library's core switch (Cisco IOS XE 17.12) with the session's
// "Custom log data": `=== %S %Y-%M-%D %h:%m:%s ===` on connect and `[%h:%m:%s] ` before each line. The commands and
// IOS XE's output as the terminal received them: `show running-config | section …`, `copy https://… …` with its
// `Destination filename […]?` prompt and `Accessing https://…` line (the same request written by the typed command and
// by IOS: the repeats), `verify /md5`.
// From memory (not fetched): SecureCRT's custom log data substitutions, IOS XE's `copy` and `verify` output.

const IOS_TYPE7 = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
/** Cisco's reversible "type 7" encoding of `text` with seed `s`. */
const type7 = (text, s) =>
  pad(s) +
  [...text]
    .map((c, i) => (c.charCodeAt(0) ^ IOS_TYPE7.charCodeAt((s + i) % IOS_TYPE7.length)).toString(16).toUpperCase().padStart(2, '0'))
    .join('');

function secureCrtLog(rng) {
  const P = 'core-sw1#';
  const render = (e) => e.out.map((l) => `[${local(e.t, GMT).slice(11, 19)}] ${l}`);
  const IFS = ['GigabitEthernet1/0/3', 'GigabitEthernet1/0/12', 'GigabitEthernet1/0/17', 'TenGigabitEthernet1/1/1'];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        out: [
          `${P}show interfaces ${rng.pick(IFS)} | include rate`,
          `  5 minute input rate ${rng.int(1000, 900000)} bits/sec, ${rng.int(2, 400)} packets/sec`,
        ],
      }),
      () => ({ out: [`${P}show clock`, `*${local(t, GMT).slice(11, 23)} GMT Mon Nov 8 2027`] }),
      () => ({ out: [`${P}show mac address-table count | include Total`, `Total Mac Addresses for this criterion: ${rng.int(40, 160)}`] }),
      () => ({ out: [`${P}`, `${P}`] }),
    ])();
  const copyLines = (url, dest) => [
    `${P}copy ${url} ${dest}`,
    `Destination filename [${dest === 'running-config' ? 'running-config' : url.split('/').at(-1)}]? `,
    `Accessing ${url}...`,
    `Loading ${url.split('/').at(-1).split('?')[0]} !!!!!`,
    `[OK - ${rng.int(3000, 9000)} bytes]`,
  ];
  const steps = [
    { raw: { out: ['=== core-sw1 2027-11-08 ===', 'core-sw1>enable', 'Password: ', `${P}terminal length 0`] }, after: 0 },
    2,
    plant(
      'framework-dump',
      'ios-show-run-archive-path-https-password',
      'error',
      "The switch backs its configuration up with IOS's `archive` (`path https://user:password@…/$h-$t`, `write-memory`), and `show running-config | section archive` prints the backup account's password in the URL.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: [
              `${P}show running-config | section archive`,
              'archive',
              ` path https://ios-backup:${pw}@backup.${BL}/ios/$h-$t`,
              ' write-memory',
              ' time-period 1440',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'ios-show-run-tacacs-key-type7',
      'error',
      "The TACACS+ server's shared key as IOS stores it under `service password-encryption`, `key 7 <hex>`: Cisco's type 7 is a fixed XOR with a published table, decoded by anyone; the key lets whoever has it pose as the switch or the server.",
      ({ rng }) => {
        const enc = type7(rng.alnum(16), rng.int(0, 15));
        return {
          value: enc,
          event: {
            out: [
              `${P}show running-config | section tacacs`,
              'tacacs server LIB-ISE',
              ` address ipv4 10.20.0.${rng.int(5, 20)}`,
              ` key 7 ${enc}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ios-username-secret-9-scrypt',
      'none',
      "The local admin's `secret 9 $9$…` is a scrypt hash of the password (IOS type 9): a salted hash, no credential to replay.",
      ({ rng }) => {
        const h = `$9$${rng.chars('./' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 14)}$${rng.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43)}`;
        return { value: h, event: { out: [`${P}show running-config | include username`, `username netadmin privilege 15 secret 9 ${h}`] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'ios-copy-nextcloud-public-dav-image',
      'error',
      WHY.pathSecret(
        "The new IOS XE image is fetched from a Nextcloud public share through its public WebDAV path (`/public.php/dav/files/<share token>/…`, the token 15 characters); the typed `copy` and IOS's `Accessing` line both write it",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: { out: copyLines(`https://cloud.${BL}/public.php/dav/files/${tok}/cat9k_lite_iosxe.17.12.04.SPA.bin`, 'flash:') },
        };
      },
      { after: 40 },
    ),
    plant(
      'negative',
      'ios-verify-md5-image',
      'none',
      "`verify /md5` prints the image's MD5 to compare with Cisco's published checksum: a file hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            out: [
              `${P}verify /md5 flash:cat9k_lite_iosxe.17.12.04.SPA.bin`,
              '.'.repeat(60) + 'Done!',
              `verify /md5 (flash:cat9k_lite_iosxe.17.12.04.SPA.bin) = ${h}`,
            ],
          },
        };
      },
      { after: 95 },
    ),
    3,
    plant(
      'api-key-name',
      'ios-copy-config-device-key',
      'error',
      `${WHY.apiKey('device_key')} The switch pulls a config snippet from the library's provisioning server with the key in the query; the typed \`copy\` and IOS's \`Accessing\` line both write it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { out: copyLines(`https://prov.${BL}/ios/core-sw1.cfg?device_key=${key}`, 'running-config') } };
      },
    ),
    2,
    { raw: { out: [`${P}write memory`, 'Building configuration...', '[OK]', `${P}exit`] } },
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR + 5 * MIN, site: { host: 'securecrt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// MEGAsync.log: MEGAsync 5 on the makerspace's laser-cutter PC, debug logging on: `<MM/DD-HH:MM:SS.ffffff> <thread>
// <level> <message> [<source>:<line>]` in local time (GMT), the MEGA SDK's `GET/POST target URL:` and `cURL DEBUG:` lines
// among the app's own.
// From memory (not fetched): the line layout, the SDK's message wording and the `ak=` app key parameter.

function megaLog(rng) {
  const stamp = (t) => {
    const l = local(t, GMT);
    return `${l.slice(5, 7)}/${l.slice(8, 10)}-${l.slice(11, 19)}.${l.slice(20, 23)}${digits(rng, 3)}`;
  };
  const render = (e) => e.out.map(([lvl, msg, src]) => `${stamp(e.t)} ${e.th} ${lvl} ${msg} [${src}]`);
  const api = 'https://g.api.mega.co.nz/cs';
  const filler = (rng) => ({
    th: rng.hex(4),
    ...rng.pick([
      () => ({ out: [['DBG', `Sync "Laser jobs": ${rng.int(1, 40)} files scanned`, 'sync.cpp:' + rng.int(900, 2000)]] }),
      () => ({
        out: [['INFO', `Transfer (UPLOAD) finished. File: job-${rng.int(100, 999)}.svg`, 'megaapi_impl.cpp:' + rng.int(13000, 14000)]],
      }),
      () => ({ out: [['DBG', `Request (FETCHNODES) finished`, 'megaapi_impl.cpp:' + rng.int(15000, 16000)]] }),
      () => ({ out: [['DBG', `cURL DEBUG: < HTTP/1.1 200 OK`, 'curlhttpio.cpp:' + rng.int(300, 420)]] }),
    ])(),
  });
  const th = () => rng.hex(4);
  const steps = [
    { raw: { th: th(), out: [['INFO', 'MEGAsync 5.6.1.0 (Windows 11) starting', 'main.cpp:412']] }, after: 0 },
    plant(
      'negative',
      'megasync-prelogin-app-key-ak',
      'none',
      "The SDK's request URL before login carries `ak=`, the application key MEGAsync ships with (it names the client app to MEGA's API, the same for every install): public, no credential.",
      ({ rng }) => {
        const ak = rng.alnum(8);
        return {
          value: ak,
          event: { th: th(), out: [['DBG', `POST target URL: ${api}?id=${digits(rng, 10)}&ak=${ak}&v=3`, 'curlhttpio.cpp:1380']] },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'megasync-api-url-sid',
      'error',
      WHY.session(
        "The SDK's request URL after login carries the account's session (`sid=`, 58 characters), which MEGA's API takes in the query",
      ),
      ({ rng }) => {
        const sid = rng.b64url(58);
        return {
          value: sid,
          event: {
            th: th(),
            out: [['DBG', `POST target URL: ${api}?id=${digits(rng, 10)}&sid=${sid}&v=3&domain=meganz`, 'curlhttpio.cpp:1380']],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'megasync-curl-debug-proxy-authorization',
      'error',
      "The library's proxy needs a login, and at debug level the SDK writes libcurl's request headers, `Proxy-Authorization: Basic …` (base64 of the proxy account and its password) among them.",
      ({ rng }) => {
        const b = b64Of(`makerspace:${rng.alnum(14)}`);
        return { value: b, event: { th: th(), out: [['DBG', `cURL DEBUG: > Proxy-Authorization: Basic ${b}`, 'curlhttpio.cpp:301']] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'megasync-clipboard-file-link-key',
      'error',
      WHY.pathSecret(
        'A file link MEGAsync copied to the clipboard (`https://mega.nz/file/<handle>#<key>`): the key after `#` decrypts the file, and the app logs the whole link',
      ),
      ({ rng }) => {
        const k = rng.b64url(43);
        return {
          value: k,
          event: {
            th: th(),
            out: [['INFO', `Link copied to clipboard: https://mega.nz/file/${rng.b64url(8)}#${k}`, 'MegaApplication.cpp:5127']],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'megasync-upload-node-handle',
      'none',
      "A finished upload's node handle (8 characters): the file's id in the account, useless without the account's session or a link's key.",
      ({ rng }) => {
        const h = rng.b64url(8);
        return {
          value: h,
          event: {
            th: th(),
            out: [['DBG', `Upload complete. Node handle: ${h} size: ${rng.int(20000, 900000)}`, 'megaapi_impl.cpp:13211']],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'megasync-importing-folder-link-key',
      'error',
      WHY.pathSecret(
        "A folder link opened in MEGAsync from a supplier's email (`https://mega.nz/folder/<handle>#<key>`, the key 22 characters) is written as the app imports it",
      ),
      ({ rng }) => {
        const k = rng.b64url(22);
        return {
          value: k,
          event: { th: th(), out: [['INFO', `Importing link: https://mega.nz/folder/${rng.b64url(8)}#${k}`, 'MegaApplication.cpp:4488']] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'mega' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kea-dhcp4.log: Kea 2.6's DHCPv4 server, log4cplus layout `%D{%Y-%m-%d %H:%M:%S.%q} %-5p [%c/%i.%t] %m` in local time
// (GMT), a packet's options on further lines at debug level (`DHCP4_RESPONSE_DATA`, `type=NNN, len=NNN: …`).
// From memory (not fetched): the message ids, the option dump's layout, the redaction of the lease database password.

function keaLog(rng) {
  const pid = rng.int(300, 900);
  const render = (e) =>
    e.out.flatMap(([lvl, logger, msg]) => {
      const [first, ...rest] = msg.split('\n');
      return [`${dotMs(e.t, GMT)} ${lvl.padEnd(5)} [kea-dhcp4.${logger}/${pid}.139${digits(rng, 9)}] ${first}`, ...rest];
    });
  const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const filler = (rng) => {
    const m = mac(rng);
    return rng.pick([
      () => ({
        out: [
          [
            'INFO',
            'leases',
            `DHCP4_LEASE_ALLOC [hwtype=1 ${m}], cid=[no info], tid=0x${rng.hex(8)}: lease 10.20.${rng.int(1, 3)}.${rng.int(10, 250)} has been allocated for 3600 seconds`,
          ],
        ],
      }),
      () => ({
        out: [
          [
            'INFO',
            'leases',
            `DHCP4_LEASE_ADVERT [hwtype=1 ${m}], cid=[no info], tid=0x${rng.hex(8)}: lease 10.20.${rng.int(1, 3)}.${rng.int(10, 250)} will be advertised`,
          ],
        ],
      }),
      () => ({ out: [['INFO', 'dhcp4', `DHCP4_QUERY_LABEL received query: [hwtype=1 ${m}], cid=[no info], tid=0x${rng.hex(8)}`]] }),
    ])();
  };
  const offer = (rng, opts) => {
    const m = mac(rng);
    return [
      [
        'DEBUG',
        'packets',
        [
          `DHCP4_RESPONSE_DATA [hwtype=1 ${m}], cid=[no info], tid=0x${rng.hex(8)}: responding with packet DHCPOFFER (type 2), transid=0x${rng.hex(8)}, local_address=10.20.0.2:67, remote_address=10.20.${rng.int(1, 3)}.${rng.int(10, 250)}:68`,
          'options:',
          '  type=001, len=004: 4294967040 (uint32)',
          '  type=003, len=004: 10.20.0.1',
          '  type=006, len=008: 10.20.0.2 10.20.0.3',
          ...opts,
        ].join('\n'),
      ],
    ];
  };
  const steps = [
    { raw: { out: [['INFO', 'dhcp4', 'DHCP4_STARTING Kea DHCPv4 server version 2.6.3 (stable) starting']] }, after: 0 },
    plant(
      'negative',
      'kea-mysql-lease-db-password-redacted',
      'none',
      "Kea writes the lease database's connection parameters at start with the password replaced (`password=*****`): a redaction, no credential.",
      () => ({
        value: 'password=*****',
        event: {
          out: [
            [
              'INFO',
              'dhcpsrv',
              'DHCPSRV_MYSQL_DB opening MySQL lease database: host=127.0.0.1 name=kea password=***** type=mysql universe=4 user=kea',
            ],
          ],
        },
      }),
    ),
    3,
    plant(
      'api-key-name',
      'kea-option-114-captive-portal-venue-key',
      'error',
      `${WHY.apiKey('venue_key')} The guest network's captive-portal option (114, RFC 8910) was configured with the portal's URL and the key the library's account holds with the Wi-Fi portal provider; Kea's debug dump of every offer writes it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://portal.${BL}/welcome?venue_key=${key}`;
        return {
          value: key,
          event: { out: offer(rng, [`  type=051, len=004: 3600 (uint32)`, `  type=114, len=${pad(url.length, 3)}: "${url}" (string)`]) },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'kea-option-43-hex-provisioning-key',
      'error',
      "The desk phones' vendor option (43) holds their provisioning URL as a sub-option Kea has no definition for, so the dump writes its bytes as hex (`01:..:68:74:74:70:73…`); decoded it is `https://prov…/cfg?prov_key=<key>`, the key that fetches every phone's SIP password.",
      ({ rng }) => {
        const url = `https://prov.${BL}/phone/cfg?prov_key=${rng.alnum(24)}`;
        const hex = `01:${url.length.toString(16).padStart(2, '0')}:${hexOf(url, ':')}`;
        return { value: hex, event: { out: offer(rng, [`  type=043, len=${pad(url.length + 2, 3)}: ${hex}`]) } };
      },
    ),
    3,
    plant(
      'negative',
      'kea-client-id-lease-alloc',
      'none',
      "A client identifier (`cid=[01:…]`, the type byte and the laptop's MAC): a hardware id, no credential.",
      ({ rng }) => {
        const m = mac(rng);
        return {
          value: `01:${m}`,
          event: {
            out: [
              [
                'INFO',
                'leases',
                `DHCP4_LEASE_ALLOC [hwtype=1 ${m}], cid=[01:${m}], tid=0x${rng.hex(8)}: lease 10.20.1.${rng.int(10, 250)} has been allocated for 3600 seconds`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'kea' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// formstack-submissions.csv: the library's event sign-up form's submissions exported from Formstack as CSV: a header
// row, then one row a submission, every cell quoted: `Unique ID`, `Time` (the account's time zone, no offset), the
// fields, the hidden `Page URL` field filled by the embed's script from `location.href`, and Formstack's own
// `Browser`, `OS`, `IP Address`, `Referrer`.
// From memory (not fetched): the export's column names and order.

function formstackLog(rng) {
  const COLS = ['Unique ID', 'Time', 'Name', 'Email', 'Event', 'Page URL', 'Browser', 'OS', 'IP Address', 'Referrer'];
  const render = (e) => [
    [`${rng.int(1, 9)}${digits(rng, 8)}`, ymdHmsAt(e.t, GMT), e.name, e.email, e.ev, e.page, e.browser, e.os, e.ip, e.ref]
      .map(csvCell)
      .join(','),
  ];
  const NAMES = ['Ann Mayhew', 'Tom Osborne', 'Priya Desai', 'Gary Munson', 'Ellie Cardy', 'Kofi Mensah', 'Rose Pettit'];
  const EVENTS = ['Repair Café (Sat 13 Nov)', 'Laser cutter induction', 'Family history drop-in', 'Code Club', 'Knit and natter'];
  const who = (rng) => {
    const n = rng.pick(NAMES);
    return {
      name: n,
      email: `${n.split(' ')[0].toLowerCase()}.${lowerNum(rng, 3)}@${rng.pick(['gmail.com', 'btinternet.com', 'outlook.com'])}`,
      ev: rng.pick(EVENTS),
      browser: rng.pick(['Chrome', 'Safari', 'Firefox', 'Edge']),
      os: rng.pick(['Windows', 'Mac OS X', 'iOS', 'Android']),
    };
  };
  const page = `https://www.${BL}/whats-on/sign-up`;
  const filler = (rng) => ({
    ...who(rng),
    page,
    ref: rng.pick([`https://www.${BL}/whats-on`, `https://www.${BL}/`, 'https://www.google.com/', `https://www.${BL}/makerspace`]),
  });
  const row = (rng, extra) => ({ event: { ...who(rng), page, ref: `https://www.${BL}/whats-on`, ...extra } });
  const steps = [
    4,
    plant(
      'oauth-code',
      'formstack-referrer-sign-in-callback-code',
      'warning',
      `${WHY.code} The members' area shows its sign-up link on the page the sign-in returns to, so the form's \`Referrer\` is that callback with its \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return { value: code, event: row(rng, { ref: `https://members.${BL}/auth/callback?code=${code}&state=${rng.b64url(22)}` }).event };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'formstack-hidden-page-url-access-token',
      'error',
      "The embed's script copies `location.href` into the hidden `Page URL` field, fragment included; a member who came from the catalogue's single sign-on landed with `#access_token=…` still in the address.",
      ({ rng }) => {
        const at = rng.b64url(48);
        return { value: at, event: row(rng, { page: `${page}#access_token=${at}&token_type=Bearer&expires_in=3600` }).event };
      },
    ),
    2,
    plant(
      'negative',
      'formstack-referrer-mailchimp-mc-eid',
      'none',
      "Mailchimp's `mc_eid` (10 hex digits) and `mc_cid` in the newsletter link the member followed: ids of the recipient and the campaign, no credential.",
      ({ rng }) => {
        const eid = rng.hex(10);
        return {
          value: eid,
          event: row(rng, { ref: `https://www.${BL}/whats-on?utm_source=newsletter&mc_cid=${rng.hex(10)}&mc_eid=${eid}` }).event,
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'formstack-referrer-patron-key',
      'error',
      `${WHY.apiKey('patron_key')} The catalogue's "my loans" page took the member's key in its address, and the form's \`Referrer\` keeps it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: row(rng, { ref: `https://catalogue.${BL}/my/loans?patron_key=${key}` }).event };
      },
    ),
    2,
    plant(
      'session-id',
      'formstack-referrer-jsessionid-path',
      'error',
      WHY.session(
        "The catalogue (a Java web app) rewrites URLs with `;jsessionid=<32 hex>` for visitors without cookies, and the form's `Referrer` holds such a search page",
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return { value: sid, event: row(rng, { ref: `https://catalogue.${BL}/opac/search;jsessionid=${sid}?q=repair+cafe` }).event };
      },
    ),
    3,
    plant(
      'encoded',
      'formstack-page-url-percent-encoded-reset-token',
      'error',
      "The sign-up page was reached through the catalogue's login with a percent-encoded `next=` holding a password reset link (`%3Freset_token%3D…`): the reset token, decoded, resets the member's password.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: row(rng, { page: `${page}?next=https%3A%2F%2Fcatalogue.${BL}%2Faccount%2Freset%3Freset_token%3D${tok}` }).event,
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'formstack-referrer-embed-calendar-jwt-7d',
      'error',
      "The makerspace's booking calendar embedded on a partner school's site (`/embed/calendar/<JWT>`) links to the sign-up form, and the form's `Referrer` is the embed with its token",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(3600, 86400),
          claims: { iss: `https://events.${BL}`, resource: { calendar: 'makerspace' }, partner: 'colne-community-school' },
        });
        return { value: token, jwt: facts, event: row(rng, { ref: `https://events.${BL}/embed/calendar/${token}` }).event };
      },
    ),
    2,
    plant(
      'negative',
      'formstack-referrer-fbclid',
      'none',
      "Facebook's click id (`fbclid=IwAR…`) on a shared link: an ad-tracking id, no credential.",
      ({ rng }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, event: row(rng, { ref: `https://www.${BL}/whats-on?fbclid=${f}` }).event };
      },
    ),
    2,
  ];
  return buildLog(rng, {
    start: DAY_EN + 7 * HOUR,
    site: { host: 'formstack' },
    filler,
    render,
    steps,
    header: [COLS.map(csvCell).join(',')],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// diaspora.log: the members' diaspora* pod (0.9, Rails 6.1), whose logging gem writes `[<ISO 8601>] <LEVEL> PID-<pid>
// TID-<tid> <logger>: <message>` in UTC; Rails' lines of a request (`Started`, `Processing by`, `Parameters:`,
// `Redirected to`, `Completed`) under the `Rails` logger. The pod is the OpenID Connect provider of the library's
// notes app, whose returns are Rails' `Redirected to` lines.
// From memory (not fetched): the logging layout, diaspora*'s OpenID Connect routes and its filtered parameters.

function diasporaLog(rng) {
  const pid = rng.int(2000, 9000);
  const render = (e) => e.out.map((m) => `[${iso(e.t).slice(0, 19)}] ${m[0].padEnd(5)} PID-${pid} TID-${e.tid} ${m[1]}: ${m[2]}`);
  const tid = () => `4711${digits(rng, 10)}`;
  const req = (rng, t, { m = 'GET', path, ctl, params, redirect, status = 200, ms }) => {
    const out = [
      [
        'INFO',
        'Rails',
        `Started ${m} "${path}" for ${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)} at ${ymdHmsAt(t, 0)} +0000`,
      ],
      ['INFO', 'Rails', `Processing by ${ctl} as HTML`],
    ];
    if (params) out.push(['INFO', 'Rails', `  Parameters: ${params}`]);
    if (redirect) out.push(['INFO', 'Rails', `Redirected to ${redirect}`]);
    out.push([
      'INFO',
      'Rails',
      `Completed ${redirect ? '302 Found' : `${status} OK`} in ${ms ?? rng.int(8, 240)}ms (Views: ${rng.int(1, 90)}.${rng.int(0, 9)}ms | ActiveRecord: ${rng.int(0, 30)}.${rng.int(0, 9)}ms | Allocations: ${rng.int(2000, 90000)})`,
    ]);
    return { tid: tid(), out };
  };
  const filler = (rng, t) =>
    rng.pick([
      () => req(rng, t, { path: '/stream', ctl: 'StreamsController#multi' }),
      () => req(rng, t, { path: `/people/${rng.hex(32)}`, ctl: 'PeopleController#show' }),
      () => ({
        tid: tid(),
        out: [['INFO', 'Sidekiq', `ReceivePublic JID-${rng.hex(24)} INFO: done: ${rng.int(0, 2)}.${rng.int(100, 999)} sec`]],
      }),
      () => req(rng, t, { path: '/notifications?per_page=5&_=' + digits(rng, 13), ctl: 'NotificationsController#index' }),
    ])();
  const NOTES = `notes.${BL}`;
  const authorize = (rng, t, redirect) =>
    req(rng, t, {
      m: 'POST',
      path: '/api/openid_connect/authorizations',
      ctl: 'Api::OpenidConnect::AuthorizationsController#create',
      params: `{"authenticity_token"=>"${rng.chars(B64, 86)}==", "approve"=>"true"}`,
      redirect,
    });
  const steps = [
    3,
    plant(
      'oauth-code',
      'diaspora-redirected-to-oidc-code',
      'warning',
      `${WHY.code} The pod, as the notes app's OpenID Connect provider, sends the member back with \`Redirected to …?code=<64 hex>&state=…\`, and Rails writes the redirect's Location.`,
      ({ rng, t }) => {
        const code = rng.hex(64);
        return { value: code, event: authorize(rng, t, `https://${NOTES}/auth/diaspora/callback?code=${code}&state=${rng.hex(32)}`) };
      },
    ),
    3,
    plant(
      'negative',
      'diaspora-post-guid',
      'none',
      "A post's `guid` (32 hex) in its permalink: a public id every federated pod knows, no credential.",
      ({ rng, t }) => {
        const g = rng.hex(32);
        return { value: g, event: req(rng, t, { path: `/posts/${g}`, ctl: 'PostsController#show' }) };
      },
    ),
    2,
    plant(
      'id-token',
      'diaspora-redirected-to-fragment-id-token-30min',
      'error',
      "The notes app's mobile view asks for `response_type=id_token`, and the pod's redirect (`Redirected to …#id_token=<JWT>&state=…`) writes the ID token with the rest of the Location",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          age: 0,
          claims: { iss: `https://social.${BL}/`, sub: rng.hex(32), aud: rng.hex(32), nonce: rng.hex(16) },
        });
        return { value: token, jwt: facts, event: authorize(rng, t, `https://${NOTES}/m/auth#id_token=${token}&state=${rng.hex(32)}`) };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'diaspora-redirected-to-fragment-access-token',
      'error',
      "A browser extension registered with `response_type=token` gets its access token in the redirect's fragment (`#access_token=…&token_type=Bearer`), and Rails writes the Location whole.",
      ({ rng, t }) => {
        const at = rng.hex(64);
        return {
          value: at,
          event: authorize(
            rng,
            t,
            `https://${NOTES}/ext/callback#access_token=${at}&token_type=Bearer&expires_in=86400&state=${rng.hex(32)}`,
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'diaspora-parameters-refresh-token-grant',
      'error',
      `${WHY.refresh} The notes app renews its token at the pod's token endpoint, and Rails' \`Parameters:\` line writes the grant (\`refresh_token\` is not among the pod's filtered parameters).`,
      ({ rng, t }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: req(rng, t, {
            m: 'POST',
            path: '/api/openid_connect/access_tokens',
            ctl: 'Api::OpenidConnect::TokenEndpointController#create',
            params: `{"grant_type"=>"refresh_token", "refresh_token"=>"${rt}", "client_id"=>"${rng.hex(32)}"}`,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'diaspora-sign-in-authenticity-token',
      'none',
      "Rails' CSRF field `authenticity_token` of the sign-in form (the password beside it is `[FILTERED]`): a per-form anti-forgery value, no credential.",
      ({ rng, t }) => {
        const a = rng.chars(B64, 86) + '==';
        return {
          value: a,
          event: req(rng, t, {
            m: 'POST',
            path: '/users/sign_in',
            ctl: 'SessionsController#create',
            params: `{"authenticity_token"=>"${a}", "user"=>{"username"=>"ellie", "password"=>"[FILTERED]", "remember_me"=>"1"}, "commit"=>"Sign in"}`,
            redirect: `https://social.${BL}/stream`,
          }),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'diaspora' }, filler, render, steps });
}

// =====================================================================================================================
// Нэпак кол, Saranpaul (Mansi; Khanty-Mansi Okrug: UTC+5 all year)
// =====================================================================================================================

const NK = 'nepak-kol.example';

// ---------------------------------------------------------------------------------------------------------------------
// seeddms-20271122.log: SeedDMS 6's log (PEAR Log's file handler): `<Mon dd HH:MM:SS> seeddms [<priority>] <message>`
// in local time (UTC+5), the message `<user> (<ip>) <script> <text>`, a debugging print_r left in an operation script
// on further lines.
// From memory (not fetched): the PEAR Log line layout, SeedDMS' message wording, its `formtoken` and `mydms_session`.

function seeddmsLog(rng) {
  const render = (e) =>
    e.out.flatMap(([prio, msg]) => {
      const [first, ...rest] = msg.split('\n');
      return [`${bsd(e.t, YEKT)} seeddms [${prio}] ${first}`, ...rest];
    });
  const USERS = ['anna.s', 'pavel.k', 'olga.h', 'admin'];
  const ip = (rng) => `10.5.0.${rng.int(10, 60)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['info', `${rng.pick(USERS)} (${ip(rng)}) out/out.ViewDocument.php documentid=${rng.int(100, 900)}`]] }),
      () => ({ out: [['info', `${rng.pick(USERS)} (${ip(rng)}) out/out.ViewFolder.php folderid=${rng.int(1, 60)}`]] }),
      () => ({ out: [['notice', `${rng.pick(USERS)} (${ip(rng)}) op/op.AddDocument.php Нэпак хансыс: «Сāлы ${rng.int(1, 12)}»`]] }),
      () => ({ out: [['info', `${rng.pick(USERS)} (${ip(rng)}) op/op.Login.php Пася! Ёхтыс`]] }),
    ])();
  const steps = [
    3,
    plant(
      'api-key-name',
      'seeddms-restapi-query-api-klyuch',
      'error',
      `${WHY.apiKey('api_klyuch')} (\`klyuch\`, ключ, "key", the loan Mansi uses.) The cooperative's app for herders fetches documents from SeedDMS' REST API with the key in the query, and the log writes the request.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { out: [['info', `api (${ip(rng)}) restapi/index.php GET /folder/14/children?api_klyuch=${key}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'seeddms-post-formtoken',
      'none',
      "SeedDMS' `formtoken` (32 hex), the anti-forgery key every form posts: no credential.",
      ({ rng }) => {
        const f = rng.hex(32);
        return {
          value: f,
          event: { out: [['debug', `olga.h (${ip(rng)}) op/op.EditDocument.php formtoken=${f} documentid=${rng.int(100, 900)}`]] },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'seeddms-print-r-post-parol',
      'error',
      "A developer's `print_r($_POST)` left in the user settings script writes the posted form as PHP's print_r array, the new password (`[parol]`, пароль) on its own line.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            out: [
              [
                'debug',
                `pavel.k (${ip(rng)}) op/op.EditUserData.php Array\n(\n    [formtoken] => ${rng.hex(32)}\n    [fullname] => Павел Кугин\n    [email] => pavel.k@${NK}\n    [parol] => ${pw}\n    [language] => ru_RU\n)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'seeddms-restore-session-mydms-session',
      'error',
      WHY.session(
        "SeedDMS' own session (`mydms_session`, 32 hex) quoted in an error after the database restart; it is the session of a signed-in editor",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            out: [['err', `anna.s (${ip(rng)}) inc/inc.Authentication.php cannot update session mydms_session=${s}: database is locked`]],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'seeddms-notify-public-link-token',
      'error',
      WHY.pathSecret(
        'A public link to a document (`/ssylka/<token>/…pdf`, ссылка, "link", the loan Mansi uses) written by the notification hook that mails it',
      ),
      ({ rng }) => {
        const tok = rng.alnum(28);
        return {
          value: tok,
          event: { out: [['notice', `admin (${ip(rng)}) op/op.Share.php Нэпак: https://nepak.${NK}/ssylka/${tok}/sali-2027.pdf`]] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'seeddms-version-md5-checksum',
      'none',
      "A new document version's MD5 checksum, which SeedDMS stores and logs: a file hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { out: [['info', `anna.s (${ip(rng)}) op/op.UpdateDocument.php version 3 checksum ${h}`]] } };
      },
    ),
    2,
    plant(
      'webhook',
      'seeddms-zulip-incoming-webhook-api-key',
      'error',
      WHY.webhook(
        'A Zulip incoming-webhook URL (`/api/v1/external/json?api_key=<bot key>&stream=…`) to which the review workflow posts, quoted when the post failed',
      ),
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            out: [
              [
                'warning',
                `admin (${ip(rng)}) inc/inc.ClassNotificationService.php post failed (timeout): https://chat.${NK}/api/v1/external/json?api_key=${k}&stream=nepak`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 4 * HOUR, site: { host: 'seeddms' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wrike-nepak-comments.jsonl: the comments of the cooperative's print-run tasks read from Wrike's API v4
// (`/tasks/{id}/comments`), oldest first, one a line: `id`, `authorId`, `text` (HTML), `updatedDate`, `createdDate`
// (UTC), `taskId`.
// From memory (not fetched): the comment's fields and Wrike's id shapes.

function wrikeLog(rng) {
  const TASKS = [wrikeId(rng, 'IEAAB'), wrikeId(rng, 'IEAAB'), wrikeId(rng, 'IEAAB')];
  const AUTHORS = [wrikeId(rng, 'KUAA'), wrikeId(rng, 'KUAA'), wrikeId(rng, 'KUAA')];
  const render = (e) => [
    JSON.stringify({
      id: wrikeId(rng, 'IEAABCM'),
      authorId: rng.pick(AUTHORS),
      text: e.text,
      updatedDate: iso(e.t).slice(0, 19) + 'Z',
      createdDate: iso(e.t).slice(0, 19) + 'Z',
      taskId: rng.pick(TASKS),
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ text: `Нэпак хансым, пумасипа! (${rng.int(2, 5)})` }),
      () => ({ text: `«Сāлы»: ${rng.int(100, 400)} экз.` }),
      () => ({ text: 'Ёмас! Пумасипа.' }),
      () => ({ text: `Обложка хансым, <a href="https://www.wrike.com/open.htm?id=${digits(rng, 10)}">ты</a>` }),
    ])();
  const steps = [
    3,
    plant(
      'embed-jwt',
      'wrike-comment-embed-jwt-30d-jti',
      'error',
      "An editor pastes the link of the printer's proof viewer (`/embed/<JWT>`) into a comment; the token opens the proof",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          jti: true,
          age: rng.int(600, 7200),
          claims: { iss: `https://proof.${NK}`, resource: { book: 'sali' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { text: `Корректура: <a href="https://proof.${NK}/embed/${token}">https://proof.${NK}/embed/${token}</a>` },
        };
      },
    ),
    2,
    plant(
      'negative',
      'wrike-comment-open-htm-permalink',
      'none',
      "A Wrike task's permalink (`open.htm?id=<10 digits>`): an id, opening it needs a Wrike login.",
      ({ rng }) => {
        const id = digits(rng, 10);
        return { value: `id=${id}`, event: { text: `Ты: https://www.wrike.com/open.htm?id=${id}` } };
      },
    ),
    2,
    plant(
      'id-token',
      'wrike-comment-id-token-expired',
      'note',
      "A developer pastes the address the shop's sign-in ended on, with `id_token=` in its query, to ask why the page is blank; the token had expired when the comment was written",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(0, 1800),
          claims: { iss: `https://id.${NK}`, sub: rng.uuid(), aud: 'nepak-shop', email: `olga.h@${NK}` },
        });
        return { value: token, jwt: facts, event: { text: `Ты: https://shop.${NK}/vhod/zavershit?id_token=${token}` } };
      },
    ),
    2,
    plant(
      'path-secret',
      'wrike-comment-yandex-disk-public-link',
      'error',
      WHY.pathSecret(
        "A Yandex Disk public link (`disk.yandex.ru/d/<14 characters>`) to the manuscript's photographs, pasted into a comment",
      ),
      ({ rng }) => {
        const tok = rng.b64url(14);
        return { value: tok, event: { text: `Нэпак: https://disk.yandex.ru/d/${tok}` } };
      },
    ),
    2,
    plant(
      'webhook',
      'wrike-comment-make-webhook',
      'error',
      WHY.webhook(
        'A Make (Integromat) custom webhook (`hook.eu1.make.com/<32 characters>`) that files print orders, pasted into a comment',
      ),
      ({ rng }) => {
        const h = lowerNum(rng, 32);
        return { value: h, event: { text: `Webhook: https://hook.eu1.make.com/${h}` } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'wrike-comment-ruby-inspect-oauth2-access-token',
      'error',
      `${WHY.refresh} A developer pastes Ruby's \`inspect\` of the shop's \`OAuth2::AccessToken\` (\`@refresh_token="…"\`) from a console session into a comment.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            text: `<pre>#&lt;OAuth2::AccessToken:0x0000${rng.hex(12)} @expires_at=${1827000000 + rng.int(0, 9999999)}, @expires_in=3600, @options={:mode=&gt;:header, :header_format=&gt;"Bearer %s"}, @params={}, @refresh_token="${rt}", @token="${rng.b64url(40)}"&gt;</pre>`,
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'wrike-comment-klyuch-api',
      'error',
      `${WHY.apiKey('klyuch_api')} A developer pastes the print house's order API call, key in the query, into a comment.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: { text: `Ты: https://api.tipografiya.example/v1/zakaz?klyuch_api=${key}` } };
      },
    ),
    2,
    plant(
      'encoded',
      'wrike-comment-base64-config-parol',
      'error',
      'A developer pastes the shop\'s deployment secret from Kubernetes as it prints it (base64): `{"db_user":"nepak","db_parol":"…"}` once decoded, the database password.',
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ db_user: 'nepak', db_parol: rng.alnum(18), db_host: `db.${NK}` }));
        return { value: b, event: { text: `config.json: <code>${b}</code>` } };
      },
    ),
    2,
    plant(
      'negative',
      'wrike-comment-attachment-download-id',
      'none',
      "A Wrike attachment's download link (`/attachments/<attachment id>/download`): the id of a file that opens only with a Wrike login on the account.",
      ({ rng }) => {
        const id = wrikeId(rng, 'IEAABCMZ');
        return { value: id, event: { text: `Макет: https://www.wrike.com/attachments/${id}/download` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 3 * HOUR, site: { host: 'wrike' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// insync.log: Insync 3 on the office PC syncing the cooperative's Google Drive, debug logging on: `<LEVEL> <yyyy-mm-dd
// HH:MM:SS,mmm> [<module>:<function>:<line>] <message>` in local time (UTC+5); Python's http.client debug output
// (`send: b'…'`) written into the same file.
// From memory (not fetched): the line layout and the module names.

function insyncLog(rng) {
  const render = (e) => e.out.map(([lvl, where, msg]) => `${lvl} ${commaMs(e.t, YEKT)} [${where}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['INFO', 'sync:upload:211', `uploaded "Нэпак/Сāлы/глава-${rng.int(1, 14)}.docx"`]] }),
      () => ({ out: [['DEBUG', 'gdrive:changes:88', `got ${rng.int(0, 12)} changes`]] }),
      () => ({ out: [['INFO', 'sync:download:174', `downloaded "Фото/${rng.hex(6)}.jpg"`]] }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'insync-loopback-callback-google-code',
      'warning',
      `${WHY.code} Insync signs in through Google with a loopback redirect (\`http://127.0.0.1:<port>/?state=…&code=4/0A…\`) and logs the request its listener received.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(69)}`;
        return {
          value: code,
          event: {
            out: [
              [
                'DEBUG',
                'auth:loopback:118',
                `callback: GET /?state=${rng.b64url(30)}&code=${code}&scope=email%20profile%20https://www.googleapis.com/auth/drive%20openid HTTP/1.1`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'insync-python-repr-credentials',
      'error',
      `${WHY.refresh} Insync logs the credentials it got as a Python dict's repr (\`{'access_token': …, 'refresh_token': '1//0…', …}\`).`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            out: [
              [
                'DEBUG',
                'auth:exchange:152',
                `credentials: {'access_token': 'ya29.${rng.b64url(150)}', 'expires_in': 3599, 'refresh_token': '${rt}', 'scope': 'openid https://www.googleapis.com/auth/drive', 'token_type': 'Bearer'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'insync-changes-page-token',
      'none',
      "Drive's changes `pageToken` (a cursor, digits): where the next listing starts, no credential.",
      ({ rng }) => {
        const p = digits(rng, 7);
        return {
          value: `pageToken=${p}`,
          event: {
            out: [
              [
                'DEBUG',
                'gdrive:changes:71',
                `GET https://www.googleapis.com/drive/v3/changes?pageToken=${p}&pageSize=1000&includeItemsFromAllDrives=true`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'insync-http-client-send-bearer',
      'error',
      "Python's http.client at debug level writes each request as bytes (`send: b'POST … HTTP/1.1\\r\\nHost: …\\r\\nAuthorization: Bearer ya29.…\\r\\n…'`), the access token among the headers.",
      ({ rng }) => {
        const at = `ya29.${rng.b64url(150)}`;
        return {
          value: at,
          event: {
            out: [
              [
                'DEBUG',
                'http.client:send:1034',
                `send: b'POST /upload/drive/v3/files?uploadType=resumable HTTP/1.1\\r\\nHost: www.googleapis.com\\r\\nUser-Agent: Insync/3.9.4\\r\\nAccept-Encoding: gzip\\r\\nAuthorization: Bearer ${at}\\r\\nContent-Type: application/json\\r\\n\\r\\n'`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'insync-drive-file-id',
      'none',
      'A Drive file id (33 characters starting with `1`): opening it needs a Google login with access.',
      ({ rng }) => {
        const id = `1${rng.b64url(32)}`;
        return { value: id, event: { out: [['INFO', 'sync:rename:302', `renamed ${id} "Фото/2027.jpg"`]] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'insync-dropbox-shared-link-rlkey',
      'error',
      WHY.pathSecret(
        "A Dropbox shared link (`/scl/fi/<id>/…?rlkey=<key>&dl=0`) Insync resolves for a shortcut in the synced folder; its `rlkey` is the link's secret",
      ),
      ({ rng }) => {
        const k = lowerNum(rng, 25);
        return {
          value: k,
          event: {
            out: [
              [
                'WARNING',
                'dropbox:resolve:64',
                `cannot resolve shortcut https://www.dropbox.com/scl/fi/${lowerNum(rng, 21)}/sali-maket.pdf?rlkey=${k}&dl=0`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 5 * HOUR, site: { host: 'insync' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mRemoteNG.log: mRemoteNG 1.77 of the cooperative's admin, log4net's `%date [%thread] %-5level - %message` in local
// time (UTC+5): connections opened and closed, external tools started with their expanded arguments, the embedded
// browser's navigations of HTTP(S) connections.
// From memory (not fetched): the layout and the messages' wording.

function mremotengLog(rng) {
  const render = (e) => e.out.map(([lvl, msg]) => `${commaMs(e.t, YEKT)} [${rng.pick([1, 1, 1, 9, 14])}] ${lvl.padEnd(5)} - ${msg}`);
  const CONNS = ['Нэпак кол сервер (RDP)', 'Сāлы NAS (SSH)', 'Типография (RDP)', 'Маршрутизатор (SSH)'];
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['INFO', `Connection opened: "${rng.pick(CONNS)}"`]] }),
      () => ({ out: [['INFO', `Connection closed: "${rng.pick(CONNS)}" (${rng.int(1, 90)} min)`]] }),
      () => ({ out: [['DEBUG', `Saved confCons.xml (${rng.int(20, 40)} connections)`]] }),
    ])();
  const steps = [
    { raw: { out: [['INFO', 'mRemoteNG 1.77.3.2 (x64) started']] }, after: 0 },
    2,
    plant(
      'framework-dump',
      'mremoteng-external-tool-pscp-pw',
      'error',
      "The admin's external tool `Копия` runs pscp with `%PASSWORD%`, and mRemoteNG writes the command line after expanding it, the connection's password after `-pw`.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            out: [
              [
                'INFO',
                `External tool "Копия" started: "C:\\Program Files\\PuTTY\\pscp.exe" -pw ${pw} -r nepak@10.5.0.4:/srv/archive D:\\Копия`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'mremoteng-connection-constant-id',
      'none',
      "A connection's `ConstantID` (a GUID) in a save message: mRemoteNG's id of the entry, no credential.",
      ({ rng }) => {
        const g = rng.uuid();
        return { value: g, event: { out: [['DEBUG', `Connection "Типография (RDP)" updated, ConstantID=${g}`]] } };
      },
    ),
    2,
    plant(
      'session-id',
      'mremoteng-https-connection-synology-sid',
      'error',
      WHY.session(
        "The NAS's HTTPS connection is saved with the address DSM's login returned (`/webman/index.cgi?_sid=…`), and mRemoteNG writes it as it opens the embedded browser",
      ),
      ({ rng }) => {
        const sid = rng.b64url(46);
        return {
          value: sid,
          event: { out: [['INFO', `Connection opened: "Сāлы NAS (HTTPS)" https://nas.${NK}:5001/webman/index.cgi?_sid=${sid}`]] },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'mremoteng-browser-navigated-access-token',
      'error',
      "The embedded browser of the shop's admin connection returns from the identity provider with `#access_token=…` in its address, and mRemoteNG logs the navigation.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: { out: [['DEBUG', `WebView2 navigated: https://shop.${NK}/admin/#access_token=${at}&token_type=Bearer&expires_in=3600`]] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mremoteng-http-connection-klyuch',
      'error',
      `${WHY.apiKey('klyuch')} The herders' GPS collar dashboard is saved as an HTTP connection with its key in the URL, written as it opens.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return { value: key, event: { out: [['INFO', `Connection opened: "Сāлы GPS (HTTP)" https://gps.${NK}/karta?klyuch=${key}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'mremoteng-rdp-certificate-thumbprint',
      'none',
      "The RDP server certificate's SHA-1 thumbprint the admin accepted: the fingerprint of a public certificate, no credential.",
      ({ rng }) => {
        const h = rng.hex(40).toUpperCase();
        return { value: h, event: { out: [['WARN', `RDP certificate accepted for "Нэпак кол сервер (RDP)": thumbprint ${h}`]] } };
      },
    ),
    2,
    plant(
      'webhook',
      'mremoteng-external-tool-ntfy-topic',
      'error',
      WHY.webhook(
        'An ntfy topic URL (`ntfy.sh/<random topic>`): the topic name is the secret, and the external tool `ntfy` that posts to it is written with its arguments',
      ),
      ({ rng }) => {
        const topic = `nepak_${lowerNum(rng, 20)}`;
        return {
          value: topic,
          event: {
            out: [['INFO', `External tool "ntfy" started: "C:\\Windows\\System32\\curl.exe" -d "Копия ёмас" https://ntfy.sh/${topic}`]],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MA + 6 * HOUR, site: { host: 'mremoteng' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// OCSInventory.log: the OCS Inventory NG Windows agent 2.10's log of one run with `/DEBUG=2`: a rule, `Starting OCS
// Inventory NG Agent on <date>.`, then `<COMPONENT> => <message>` lines (AGENT, CONFIG, COM SERVER, INVENTORY,
// DOWNLOAD, SENDING); no time on the lines.
// From memory (not fetched): the components' names and messages, the command line written at start.

function ocsLog(rng) {
  const render = (e) => e.out;
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [`INVENTORY => Software: ${rng.pick(['LibreOffice 25.8', '7-Zip 24.09', 'Scribus 1.6.3', 'Firefox 146.0'])} found`] }),
      () => ({ out: [`INVENTORY => WMI: ${rng.int(2, 40)} object(s) of Win32_${rng.pick(['LogicalDisk', 'Printer', 'NetworkAdapter'])}`] }),
      () => ({ out: [`COM SERVER => HTTP status ${rng.pick([200, 200, 304])}`] }),
    ])();
  const steps = [
    {
      raw: {
        out: [
          '='.repeat(78),
          `Starting OCS Inventory NG Agent on Monday, November 22, 2027 12:40:07.`,
          'AGENT => Running OCS Inventory NG Agent Version 2.10.1.0',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'ocs-agent-command-line-pwd',
      'error',
      "The agent writes its command line at start, and the installer's scheduled task passes the Communication Server account with `/USER=` and `/PWD=`.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            out: [`AGENT => Command line parameters: /SERVER=https://ocs.${NK}/ocsinventory /USER=agent /PWD=${pw} /SSL=1 /DEBUG=2 /NOTAG`],
          },
        };
      },
    ),
    plant(
      'negative',
      'ocs-agent-device-id',
      'none',
      "The agent's `DEVICEID` (host name and the date it was first inventoried): an id, no credential.",
      ({ rng }) => {
        const d = `NEPAK-PC${pad(rng.int(1, 20))}-2027-${pad(rng.int(1, 10))}-${pad(rng.int(1, 28))}-${pad(rng.int(0, 23))}-${pad(rng.int(0, 59))}-${pad(rng.int(0, 59))}`;
        return { value: d, event: { out: [`AGENT => Using DEVICEID ${d}`, 'CONFIG => Reading config file ocsinventory.ini'] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'ocs-curl-debug-authorization-basic',
      'error',
      "At `/DEBUG=2` the agent writes libcurl's request headers, `Authorization: Basic …` (the Communication Server account and its password in base64) among them.",
      ({ rng }) => {
        const b = b64Of(`agent:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            out: [
              `COM SERVER => cURL: > POST /ocsinventory HTTP/1.1`,
              `COM SERVER => cURL: > Host: ocs.${NK}`,
              `COM SERVER => cURL: > Authorization: Basic ${b}`,
              'COM SERVER => cURL: > Content-Type: application/x-compress',
            ],
          },
        };
      },
    ),
    4,
    { raw: { out: ['SENDING => Sending inventory', 'DOWNLOAD => Download is enabled by server'] } },
    plant(
      'path-secret',
      'ocs-download-fragment-private-path',
      'error',
      WHY.pathSecret(
        "The deployment package's fragments are served from a private download path (`/dl/<token>/…`) the admin set as the package's location; the agent writes each URL it fetches",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { out: [`DOWNLOAD => Fetching fragment https://files.${NK}/dl/${tok}/1763800000/1763800000-1`] } };
      },
    ),
    plant(
      'negative',
      'ocs-download-package-digest',
      'none',
      "The package's SHA-256 digest that the agent checks after downloading: a file hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { out: [`DOWNLOAD => Package 1763800000 digest ${h} verified`] } };
      },
    ),
    plant(
      'api-key-name',
      'ocs-download-command-kompyuter-klyuch',
      'error',
      `${WHY.apiKey('kompyuter_klyuch')} ("the computer's key".) The package's command registers the PC with the cooperative's licence server, key in the URL, and the agent writes the command it runs.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [
              `DOWNLOAD => Package 1763800000 executing: powershell.exe -NoProfile -Command "Invoke-RestMethod 'https://lic.${NK}/register?kompyuter_klyuch=${key}'"`,
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'ocs-download-teams-incoming-webhook',
      'error',
      WHY.webhook(
        "A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<id>`) the package's last command posts to, written by the agent",
      ),
      ({ rng }) => {
        const url = `https://nepakkol.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${rng.hex(32)}/${rng.uuid()}`;
        return {
          value: url.split('/')[6],
          needle: url,
          event: { out: [`DOWNLOAD => Package 1763800000 executing: powershell.exe -File notify.ps1 -Uri ${url}`] },
        };
      },
    ),
    2,
    { raw: { out: ['DOWNLOAD => Package 1763800000 SUCCESS', 'AGENT => Execution duration: 00:01:12.'] } },
  ];
  return buildLog(rng, { start: DAY_MA + 7 * HOUR, site: { host: 'ocs' }, filler, render, steps });
}

// =====================================================================================================================
// The Lorino cooperative (Chukchi; Chukotka: UTC+12 all year)
// =====================================================================================================================

const LU = 'luuren.example';

// ---------------------------------------------------------------------------------------------------------------------
// tinyauth.log: Tinyauth 3 (forward auth behind Traefik) at debug level: zerolog's console writer, `<RFC 3339 UTC> <LVL>
// <message> key=value…`, and Gin's request logger `[GIN] yyyy/mm/dd - HH:MM:SS | status | latency | ip | METHOD "path"`
// in the same stream (two loggers of one request: the repeat).
// From memory (not fetched): Tinyauth's messages and fields.

function tinyauthLog(rng) {
  const render = (e) =>
    e.out.map(([kind, lvl, msg]) =>
      kind === 'gin'
        ? `[GIN] ${iso(e.t).slice(0, 10).replace(/-/g, '/')} - ${iso(e.t).slice(11, 19)} | ${msg}`
        : `${iso(e.t).slice(0, 19)}Z ${lvl} ${msg}`,
    );
  const gin = (rng, status, method, path, ip = `10.1.0.${rng.int(2, 9)}`) => [
    'gin',
    '',
    `${status} | ${String(rng.int(1, 40) + '.' + rng.int(100, 999) + 'ms').padStart(12)} | ${ip.padStart(15)} | ${method.padEnd(7)} "${path}"`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['z', 'DBG', `Checking access host=kelikel.${LU} uri=/ user=ӈэвыткэй`], gin(rng, 200, 'GET', '/api/auth/traefik')] }),
      () => ({ out: [gin(rng, 401, 'GET', '/api/auth/traefik'), ['z', 'DBG', `Unauthorized, redirecting host=kelikel.${LU}`]] }),
      () => ({ out: [['z', 'INF', `Етти! user=${rng.pick(['ытвэргын', 'рэнтыт', 'ӈэвыткэй'])} provider=generic`]] }),
    ])();
  const steps = [
    { raw: { out: [['z', 'INF', 'Starting tinyauth version=v3.6.2']] }, after: 0 },
    plant(
      'negative',
      'tinyauth-startup-image-digest',
      'none',
      "The container image's digest written at start: a content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { out: [['z', 'DBG', `Build info image=ghcr.io/steveiliop56/tinyauth@sha256:${h}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'tinyauth-oauth-url-state',
      'none',
      'The `state` of an authorization request that never came back: a per-login anti-forgery nonce, no credential.',
      ({ rng }) => {
        const s = rng.b64url(32);
        return {
          value: s,
          event: {
            out: [
              [
                'z',
                'DBG',
                `Generated OAuth URL url=https://id.${LU}/authorize?client_id=tinyauth&redirect_uri=https%3A%2F%2Fauth.${LU}%2Fapi%2Foauth%2Fcallback%2Fgeneric&response_type=code&scope=openid+email&state=${s}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'tinyauth-callback-code-gin-and-debug',
      'warning',
      `${WHY.code} Gin's request logger writes the callback's path with its query, and Tinyauth's debug line writes the code again.`,
      ({ rng }) => {
        const code = rng.b64url(32);
        const state = rng.b64url(32);
        return {
          value: code,
          event: {
            out: [
              ['z', 'DBG', `Got OAuth callback provider=generic code=${code}`],
              gin(rng, 307, 'GET', `/api/oauth/callback/generic?code=${code}&state=${state}`),
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'tinyauth-go-oauth2-token-plus-v',
      'error',
      `${WHY.refresh} The exchange's result is written with Go's \`%+v\` of \`*oauth2.Token\` (\`&{AccessToken:… TokenType:Bearer RefreshToken:… Expiry:…}\`).`,
      ({ rng, t }) => {
        const rt = rng.b64url(43);
        return {
          value: rt,
          event: {
            out: [
              [
                'z',
                'DBG',
                `Got token token="&{AccessToken:${rng.b64url(43)} TokenType:Bearer RefreshToken:${rt} Expiry:${ymdHmsAt(t + HOUR, 0)}.${digits(rng, 9)} +0000 UTC ExpiresIn:0 raw:map[] expiryDelta:0}"`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'tinyauth-debug-id-token-1h',
      'error',
      "Tinyauth's debug line writes the ID token the provider returned with the exchange",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 1,
          claims: { iss: `https://id.${LU}`, sub: rng.uuid(), aud: 'tinyauth', email: `ytvergyn@${LU}` },
        });
        return { value: token, jwt: facts, event: { out: [['z', 'DBG', `Got ID token id_token=${token}`]] } };
      },
    ),
    plant(
      'session-id',
      'tinyauth-set-session-cookie-gorilla',
      'error',
      WHY.session(
        "Tinyauth's session cookie (`tinyauth-session`, a gorilla/securecookie value, `MTc…`) written by its debug line as it sets it",
      ),
      ({ rng }) => {
        const c = `MTc${rng.b64url(180)}`;
        return {
          value: c,
          event: {
            out: [
              [
                'z',
                'DBG',
                `Setting session cookie cookie="tinyauth-session=${c}; Path=/; Domain=${LU}; Max-Age=86400; HttpOnly; Secure; SameSite=Lax"`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'tinyauth-forward-auth-headers-go-map',
      'error',
      "A debug line prints the forwarded request's headers as Go's `map[…]` (`Authorization:[Basic …]`), the herders' app's account and password in base64.",
      ({ rng }) => {
        const b = b64Of(`ytvergyn:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            out: [
              [
                'z',
                'DBG',
                `Forward auth headers=map[Accept:[*/*] Authorization:[Basic ${b}] X-Forwarded-For:[10.1.0.${rng.int(10, 90)}] X-Forwarded-Host:[kelikel.${LU}] X-Forwarded-Proto:[https] X-Forwarded-Uri:[/api/korangy]]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'tinyauth-checking-access-uri-klyuch',
      'error',
      `${WHY.apiKey('klyuch')} The herd map's widget calls its API with the key in the query, and Tinyauth's access check writes the forwarded URI.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return { value: key, event: { out: [['z', 'DBG', `Checking access host=karta.${LU} uri=/api/korangy?klyuch=${key} user=`]] } };
      },
    ),
    2,
    plant(
      'replay',
      'tinyauth-checking-access-ws-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use WebSocket ticket (`bilet`, билет, "ticket", the loan Chukchi uses) of the herd map\'s live view, in the forwarded URI Tinyauth checks and lets through. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(24);
        firstUse.bilet = t;
        return {
          value: b,
          event: { out: [['z', 'DBG', `Checking access host=karta.${LU} uri=/ws?bilet=${b} ip=10.1.0.${rng.int(10, 90)} allowed=true`]] },
        };
      },
      { ref: 'bilet' },
    ),
    plant(
      'replay',
      'tinyauth-checking-access-ws-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another client on a public address presented the same ticket and Tinyauth let it through again.`,
          },
        ],
        event: {
          out: [
            [
              'z',
              'DBG',
              `Checking access host=karta.${LU} uri=/ws?bilet=${refs.get('bilet').value} ip=203.0.113.${rng.int(2, 250)} allowed=true`,
            ],
          ],
        },
      }),
      { replayOf: 'bilet', after: 118 },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CH + 20 * HOUR, site: { host: 'tinyauth' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// docspell-restserver.log: Docspell 0.43's REST server: scribe's `<yyyy.MM.dd HH:mm:ss:SSS> [<thread>] <LEVEL>
// <class> - <message>` in local time (UTC+12), the config it starts with as Scala case classes' toString, http4s'
// Logger middleware (`HTTP/1.1 GET /… Headers(…)`, sensitive headers as `<REDACTED>`).
// From memory (not fetched): the line layout, the config classes, the addon and notification messages.

function docspellLog(rng) {
  const render = (e) =>
    e.out.map(
      ([lvl, cls, msg]) =>
        `${local(e.t, ANAT).slice(0, 10).replace(/-/g, '.')} ${local(e.t, ANAT).slice(11, 19)}:${local(e.t, ANAT).slice(20, 23)} [io-compute-${rng.int(0, 7)}] ${lvl.padEnd(5)} ${cls} - ${msg}`,
    );
  const H = 'org.http4s.server.middleware.Logger';
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [['INFO', H, `HTTP/1.1 GET /api/v1/sec/item/${rng.b64url(43)} Headers(Host: kelikel.${LU}, Accept: application/json)`]],
      }),
      () => ({ out: [['INFO', 'docspell.joex.process.ItemHandler', `Processing item ${rng.b64url(43)}: Кэликэл ${rng.int(1, 90)}`]] }),
      () => ({ out: [['DEBUG', 'docspell.store.queries.QItem', `Search returned ${rng.int(0, 40)} items`]] }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'docspell-config-auth-bytevector-server-secret',
      'error',
      "The server writes its configuration at start as Scala case classes' `toString`; the `Auth` section's server secret, which signs every login token, is a scodec `ByteVector` and prints its bytes (`ByteVector(32 bytes, 0x…)`).",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            out: [
              [
                'INFO',
                'docspell.restserver.RestServer',
                `Starting with config: Config(AppId(rest1),https://kelikel.${LU},Bind(0.0.0.0,7880),Auth(ByteVector(32 bytes, 0x${h}),5 minutes,RememberMe(true,30 days)),IntegrationEndpoint(true,lorino))`,
              ],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'negative',
      'docspell-config-jdbc-password-masked',
      'none',
      "Docspell's `Password` type prints `***` in the config's toString: a mask, no credential.",
      () => ({
        value: 'Password(***)',
        event: {
          out: [
            ['INFO', 'docspell.restserver.RestServer', `Database: JdbcConfig(postgresql://db.${LU}:5432/docspell,docspell,Password(***))`],
          ],
        },
      }),
    ),
    2,
    plant(
      'path-secret',
      'docspell-http4s-open-upload-source-id',
      'error',
      WHY.pathSecret(
        "A Docspell upload source's id (`/api/v1/open/upload/item/<source id>`): anyone with the URL adds documents to the collective, and http4s' Logger writes the request",
      ),
      ({ rng }) => {
        const id = rng.b64url(43);
        return {
          value: id,
          event: {
            out: [
              [
                'INFO',
                H,
                `HTTP/1.1 POST /api/v1/open/upload/item/${id} Headers(Host: kelikel.${LU}, Content-Type: multipart/form-data; boundary=${rng.alnum(24)})`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'docspell-http4s-integration-header',
      'error',
      "The integration endpoint checks a configured header (`Docspell-Integration`), which http4s' Logger does not count among its sensitive headers, so it writes the value.",
      ({ rng }) => {
        const v = rng.alnum(32);
        return {
          value: v,
          event: {
            out: [
              [
                'INFO',
                H,
                `HTTP/1.1 POST /api/v1/open/integration/item/lorino Headers(Host: kelikel.${LU}, Docspell-Integration: ${v}, Content-Type: multipart/form-data)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'docspell-http4s-authorization-redacted',
      'none',
      "http4s' Logger replaces the sensitive `Authorization` header's value with `<REDACTED>`: a redaction, no credential.",
      () => ({
        value: 'Authorization: <REDACTED>',
        event: { out: [['INFO', H, `HTTP/1.1 GET /api/v1/sec/auth/session Headers(Host: kelikel.${LU}, Authorization: <REDACTED>)`]] },
      }),
    ),
    2,
    plant(
      'webhook',
      'docspell-gotify-channel-token',
      'error',
      WHY.webhook(
        "A Gotify application token (15 characters starting with `A`) in the notification channel's URL (`/message?token=…`), quoted when the push failed",
      ),
      ({ rng }) => {
        const tok = `A${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_', 14)}`;
        return {
          value: tok,
          event: {
            out: [
              [
                'WARN',
                'docspell.notification.impl.GotifyChannel',
                `Sending notification failed: POST https://push.${LU}/message?token=${tok} returned 502 Bad Gateway`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'docspell-addon-error-url-klyuch',
      'error',
      `${WHY.apiKey('klyuch')} An addon that files herd reports fails, and its error quotes the request it made to the herd registry, key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [
              [
                'ERROR',
                'docspell.joex.addon.AddonExecutor',
                `Addon "korangy-kelikel" failed: GET https://herd.${LU}/api/korangy?klyuch=${key} returned 503`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'docspell-http4s-share-attachment-bilet-first',
      'note',
      WHY.ticketFirst(
        "A single-use download ticket (`bilet`) of a shared attachment, in the request http4s' Logger writes (the client's address in `X-Forwarded-For`). The ticket is",
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.dsbilet = t;
        return {
          value: b,
          event: {
            out: [
              [
                'INFO',
                H,
                `HTTP/1.1 GET /api/v1/open/share/attachment/${rng.b64url(43)}?bilet=${b} Headers(Host: kelikel.${LU}, X-Forwarded-For: 10.1.0.${rng.int(10, 90)})`,
              ],
            ],
          },
        };
      },
      { ref: 'dsbilet' },
    ),
    1,
    plant(
      'replay',
      'docspell-http4s-share-attachment-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('dsbilet').value,
            why: `${WHY.replay('bilet', gap('dsbilet', t))} The second request comes from another address and is served (the response line follows with 200).`,
          },
        ],
        event: {
          out: [
            [
              'INFO',
              H,
              `HTTP/1.1 GET /api/v1/open/share/attachment/${rng.b64url(43)}?bilet=${refs.get('dsbilet').value} Headers(Host: kelikel.${LU}, X-Forwarded-For: 198.51.100.${rng.int(2, 250)})`,
            ],
            ['INFO', H, 'HTTP/1.1 200 OK Headers(Content-Type: application/pdf)'],
          ],
        },
      }),
      { replayOf: 'dsbilet', after: 141 },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CH + 21 * HOUR, site: { host: 'docspell' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ruckus-unleashed-syslog.log: the village Wi-Fi's Ruckus Unleashed master AP as the syslog server wrote it:
// `<Mon dd HH:MM:SS> <host> <program>: <message>` in local time (UTC+12); stamgr's client and guest portal lines, hostapd,
// the web server (`webs`).
// From memory (not fetched): the programs' messages and the WISPr redirect's parameters.

function ruckusLog(rng) {
  const render = (e) => e.out.map(([prog, msg]) => `${bsd(e.t, ANAT)} Luuren-AP1 ${prog}: ${msg}`);
  const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [['hostapd', `wlan${rng.int(0, 1)}: STA ${mac(rng)} IEEE 802.11: associated`]] }),
      () => ({ out: [['stamgr', `stamgr_handle_client_disassoc(): client ${mac(rng)} left WLAN[Нымным-гость]`]] }),
      () => ({ out: [['kernel', `wlan${rng.int(0, 1)}: channel utilization ${rng.int(3, 70)}%`]] }),
    ])();
  const steps = [
    plant(
      'negative',
      'ruckus-boot-serial-number',
      'none',
      "The AP's serial number written at boot: a device id printed on its label, no credential.",
      ({ rng }) => {
        const s = digits(rng, 12);
        return { value: s, event: { out: [['syslogd', `Unleashed 200.17.7.0.190 R650 serial=${s} booted`]] } };
      },
      { after: 0 },
    ),
    3,
    plant(
      'encoded',
      'ruckus-wispr-redirect-url-percent-encoded-klyuch',
      'error',
      'The guest portal redirect (WISPr parameters `sip`, `mac`, `client_mac`, `uip`, `ssid`) carries the page the guest asked for in `url=`, percent-encoded: a herd registry page with `%3Fklyuch%3D…`, its key.',
      ({ rng }) => {
        const key = rng.alnum(32);
        const m = mac(rng);
        return {
          value: key,
          event: {
            out: [
              [
                'stamgr',
                `redirect client ${m} to https://portal.${LU}/?sip=10.1.0.1&mac=${mac(rng).replace(/:/g, '')}&client_mac=${m.replace(/:/g, '')}&uip=10.1.${rng.int(2, 9)}.${rng.int(10, 250)}&ssid=Nymnym-gost&url=https%3A%2F%2Fherd.${LU}%2Fkarta%3Fklyuch%3D${key}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'ruckus-webs-external-portal-ap-klyuch',
      'error',
      `${WHY.apiKey('ap_klyuch')} The admin set the external portal's URL with the AP's key in it, and the web server writes the setting it saved.`,
      ({ rng }) => {
        const key = rng.alnum(24);
        return {
          value: key,
          event: {
            out: [
              ['webs', `admin@10.1.0.${rng.int(2, 9)} changed guest access: external portal https://portal.${LU}/vhod?ap_klyuch=${key}`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'ruckus-stamgr-after-auth-redirect-seans',
      'error',
      WHY.session(
        "After the portal's login stamgr redirects the guest to the village page with the portal's session (`seans=<32 hex>`, сеанс, the loan Chukchi uses)",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            out: [['stamgr', `client ${mac(rng)} authorized on WLAN[Нымным-гость], redirect to https://portal.${LU}/nymnym?seans=${s}`]],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'ruckus-guest-link-bilet-single-use',
      'note',
      WHY.ticketFirst("The portal's one-time sign-in link (`bilet`) sent by SMS, opened by one phone and written by stamgr. The ticket is"),
      ({ rng }) => {
        const b = upperNum(rng, 20);
        return { value: b, event: { out: [['stamgr', `guest ${mac(rng)} opened https://portal.${LU}/vhod?bilet=${b} accepted`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'ruckus-upgrade-image-md5',
      'none',
      "The firmware image's MD5 the AP checks before upgrading: a file hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { out: [['upgrade', `image R650_200.17.7.0.204.bl7 md5 ${h} ok`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CH + 19 * HOUR, site: { host: 'ruckus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gladly-conversation-items.jsonl: the support inbox's conversation items read from Gladly's API
// (`/api/v1/conversations/{id}/items`), one a line: `id`, `conversationId`, `customerId`, `timestamp` (UTC),
// `initiator` (`id`, `type`), `content` (`type: CHAT_MESSAGE`, `content`, `sessionId`).
// From memory (not fetched): the item's fields.

function gladlyLog(rng) {
  const conv = rng.b64url(22);
  const cust = rng.b64url(22);
  const agent = rng.b64url(22);
  const session = rng.b64url(22);
  const render = (e) => [
    JSON.stringify({
      id: rng.b64url(22),
      conversationId: conv,
      customerId: cust,
      timestamp: iso(e.t),
      initiator: { id: e.agent ? agent : cust, type: e.agent ? 'AGENT' : 'CUSTOMER' },
      content: { type: 'CHAT_MESSAGE', content: e.text, sessionId: session },
    }),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ agent: true, text: 'Етти! Номер заказа?' }),
      () => ({ text: `Етти. Заказ № ${rng.int(1000, 1999)}.` }),
      () => ({ agent: true, text: 'Ии.' }),
    ])();
  const say = (text) => ({ text });
  const steps = [
    2,
    plant(
      'id-token',
      'gladly-chat-pasted-id-token-1h',
      'error',
      "A customer pastes the address the shop's sign-in stopped on, `id_token=` in its query, into the chat",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(30, 300),
          claims: { iss: `https://id.${LU}`, sub: rng.uuid(), aud: 'luuren-shop' },
        });
        return { value: token, jwt: facts, event: say(`Етти! Ссылка гэмо: https://shop.${LU}/vkhod?id_token=${token}`) };
      },
    ),
    2,
    plant(
      'negative',
      'gladly-chat-russian-post-tracking',
      'none',
      "A Russian Post tracking number (`RA<9 digits>RU`): a parcel's id, no credential.",
      ({ rng }) => {
        const n = `RA${digits(rng, 9)}RU`;
        return { value: n, event: { agent: true, text: `Посылка: ${n}` } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'gladly-chat-embed-carving-catalogue-no-exp',
      'error',
      "A gallery that shows the cooperative's bone carvings through the catalogue's embed (`/embed/<JWT>`) forwards its link to support; the token has no `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: `https://shop.${LU}`, resource: { catalogue: 'reznaya-kost' }, partner: 'anadyr-museum' },
        });
        return { value: token, jwt: facts, event: say(`Етти. Embed: https://shop.${LU}/embed/${token}`) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'gladly-chat-pasted-access-token-fragment',
      'error',
      "A customer pastes the address of a page that would not load, `#access_token=…` from the shop's sign-in still in its fragment.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return { value: at, event: say(`Ты https://shop.${LU}/kabinet#access_token=${at}&token_type=Bearer&expires_in=3600`) };
      },
    ),
    2,
    plant(
      'encoded',
      'gladly-chat-base64-query-klyuch',
      'error',
      'A reseller pastes a "link code" their app shows, a base64 query string (`partner=…&klyuch=…`), whose key decoded is the reseller\'s catalogue key.',
      ({ rng }) => {
        const b = b64Of(`partner=anadyr-suvenir&klyuch=${rng.alnum(32)}`);
        return { value: b, event: say(`Код: ${b}`) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'gladly-chat-pasted-json-error-refresh-token',
      'error',
      `${WHY.refresh} A reseller pastes their integration's error, the JSON of the token response (\`"refresh_token":"…"\`) in it.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: say(
            `Ошибка: {"access_token":"${rng.b64url(43)}","token_type":"Bearer","expires_in":3600,"refresh_token":"${rt}","scope":"catalogue"}`,
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'gladly-chat-klyuch-in-link',
      'error',
      `${WHY.apiKey('klyuch')} A reseller pastes the catalogue feed's URL, key in its query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: say(`Фид: https://shop.${LU}/feed/kelikel.xml?klyuch=${key}`) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'gladly-chat-embed-expired',
      'note',
      'An agent quotes the old embed link a museum had used to show the carvings (`/embed/<JWT>`); it had expired a day before the message',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 8 * 86400 + rng.int(0, 3600),
          claims: { iss: `https://shop.${LU}`, resource: { catalogue: 'reznaya-kost' } },
        });
        return { value: token, jwt: facts, event: { agent: true, text: `Старая ссылка: https://shop.${LU}/embed/${token}` } };
      },
    ),
    2,
    plant(
      'negative',
      'gladly-chat-masked-card',
      'none',
      'A masked card number (`**** **** **** 4821`) an agent quotes: a mask, no credential.',
      ({ rng }) => {
        const m = `**** **** **** ${digits(rng, 4)}`;
        return { value: m, event: { agent: true, text: `Карта ${m}, ии.` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_CH + 22 * HOUR, site: { host: 'gladly' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout124');
writePart(join(here, 'heldout124'), {
  'securecrt-core-sw1.log': secureCrtLog(rng),
  'MEGAsync.log': megaLog(rng),
  'kea-dhcp4.log': keaLog(rng),
  'formstack-submissions.csv': formstackLog(rng),
  'diaspora.log': diasporaLog(rng),
  'seeddms-20271122.log': seeddmsLog(rng),
  'wrike-nepak-comments.jsonl': wrikeLog(rng),
  'insync.log': insyncLog(rng),
  'mRemoteNG.log': mremotengLog(rng),
  'OCSInventory.log': ocsLog(rng),
  'tinyauth.log': tinyauthLog(rng),
  'docspell-restserver.log': docspellLog(rng),
  'ruckus-unleashed-syslog.log': ruckusLog(rng),
  'gladly-conversation-items.jsonl': gladlyLog(rng),
});
