// Writes corpus/logs-in-the-wild/heldout121/: a hundred-and-twenty-first held-out part, in formats no other part uses
// (vcpkg's `install --debug` output on a Windows build agent, LibreOffice's SAL_LOG output of WebDAV and CMIS, a Jetforce
// Gemini server's access log, VyOS 1.4's `show log`, Buttondown newsletter events read from its API, Blender 4.2's system
// console with add-ons' prints, a Trino server.log, Dask distributed's scheduler and worker log, Kdenlive's debug output,
// a TiDB general log, an ArangoDB server log with the `requests` topic, an Appcircle build log of a Flutter app, Ecwid
// orders read from its REST API, a Pgpool-II log with `log_statement`), with credentials planted in realistic places
// and look-alikes that are no credential, and its labels.json. The labels come from how each line was built, before
// any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout121.mjs     rewrites heldout121/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Hebden Royd Picture House and Makerspace of Hebden Bridge (West Yorkshire), a community
// cinema with a workshop, a Gemini capsule, a router and a newsletter (English, five logs); the Līvõd Rāndakilād Sidām, a
// Livonian heritage association of the Livonian Coast (Kūolka, Latvia) with a dictionary (sõnārōntõz) and song archive
// project (Livonian where the apps show text and in names the developers chose, five logs); Goyje, a bookshop and
// publisher of Sulaymaniyah (Kurdistan Region, Iraq) with an online shop, a Foxx API and a mobile app (Central Kurdish,
// Sorani, in the Arabic script in text and romanized in names, four logs). Standard names (OAuth's, vendors') stay as
// their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Dart/3.9 (dart:io)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** West Yorkshire in December (GMT, UTC+0), Latvia in January (EET, UTC+2), Iraq's Kurdistan Region (UTC+3 all year). */
const GMT = 0;
const EET = 120;
const AST = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_LIV = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_KU = Date.UTC(2028, 0, 24, 0, 0, 0);

/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** syslog's `Dec 13 09:14:02` at `offset`. */
const sysTime = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${local(t, offset).slice(11, 19)}`;
};
const out = (e) => e.out;
/** Ordinary lines between the planted ones: each count of a log's steps, three times over. */
const more = (steps) => steps.map((s) => (typeof s === 'number' ? s * 3 : s));

// =====================================================================================================================
// Hebden Royd Picture House and Makerspace (English; Hebden Bridge, West Yorkshire: GMT, UTC+0 in December)
// =====================================================================================================================

const HR = 'hebdenroyd.example';

// ---------------------------------------------------------------------------------------------------------------------
// vcpkg-reeldesk-install.log: `vcpkg install --triplet x64-windows --debug` on the makerspace's Windows build agent for
// ReelDesk, the projection booth's control app (C++): vcpkg's plain messages (`Computing installation plan...`,
// `Installing n/m …`, `-- Downloading … -> …`, `… package ABI: …`, `Elapsed time …`) between `[DEBUG]` lines, among them
// each process it starts (`[DEBUG] <id>: CreateProcessW(…)`) with its whole command line. No time on the lines.
// From memory (not fetched): the messages' wording and the `CreateProcessW` debug lines.

function vcpkgLog(rng) {
  const ROOT = 'C:\\a\\reeldesk\\vcpkg';
  const PORTS = ['zlib', 'fmt', 'spdlog', 'nlohmann-json', 'libusb', 'boost-asio', 'sqlite3', 'openssl'];
  let n = 1000;
  let step = 0;
  const filler = (rng) =>
    rng.pick([
      () => {
        const p = rng.pick(PORTS);
        step += 1;
        return {
          out: [
            `Installing ${step}/60 ${p}:x64-windows@${rng.int(1, 3)}.${rng.int(0, 12)}.${rng.int(0, 9)}...`,
            `Building ${p}:x64-windows...`,
          ],
        };
      },
      () => ({ out: [`-- Configuring x64-windows`, `-- Building x64-windows-dbg`, `-- Building x64-windows-rel`] }),
      () => {
        n += rng.int(1, 4);
        return { out: [`[DEBUG] ${n}: cmd_execute_and_stream_data() returned 0 after ${rng.int(20000, 9000000)} us`] };
      },
      () => ({ out: [`Elapsed time to handle ${rng.pick(PORTS)}:x64-windows: ${rng.int(1, 59)}.${rng.int(0, 9)} s`] }),
    ])();
  const steps = [
    {
      raw: {
        out: [
          '[DEBUG] To include the environment in debug output, pass --debug-env',
          '[DEBUG] Trying to load bundleconfig from C:\\a\\reeldesk\\vcpkg\\vcpkg-bundle.json',
          "[DEBUG] Feature flag 'binarycaching' unset",
          "[DEBUG] Feature flag 'manifests' = off",
          'Detecting compiler hash for triplet x64-windows...',
          'Compiler found: C:/Program Files/Microsoft Visual Studio/2022/BuildTools/VC/Tools/MSVC/14.44.35207/bin/Hostx64/x64/cl.exe',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'vcpkg-debug-createprocess-git-fetch-userinfo-token',
      'error',
      "vcpkg fetches the makerspace's private port registry with git, and its `--debug` output prints the process it starts with the whole command line: the registry URL carries the build agent's Gitea access token as its user.",
      ({ rng }) => {
        const pat = rng.hex(40);
        n += 1;
        return {
          value: pat,
          event: {
            out: [
              `[DEBUG] ${n}: CreateProcessW("C:\\Program Files\\Git\\cmd\\git.exe" --git-dir=${ROOT}\\registries\\git\\.git --work-tree=${ROOT}\\registries\\git-trees -c core.autocrlf=false fetch --update-shallow -- https://reeldesk-ci:${pat}@git.${HR}/booth/vcpkg-registry.git HEAD)`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'vcpkg-registry-baseline-commit',
      'none',
      "The registry's baseline, a git commit id (40 hex digits), as vcpkg reports the versions it resolved: a commit, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: { out: [`[DEBUG] Registry git.${HR}/booth/vcpkg-registry.git resolved to baseline ${c}`] } };
      },
    ),
    {
      raw: {
        out: [
          'Computing installation plan...',
          'The following packages will be built and installed:',
          '    pjlink-sdk:x64-windows@3.2.0 -- git+https://git.' + HR + '/booth/vcpkg-registry.git',
        ],
      },
    },
    3,
    plant(
      'path-secret',
      'vcpkg-debug-curl-azblob-binary-cache-sas',
      'error',
      WHY.pathSecret(
        "vcpkg's binary cache on Azure Blob Storage (`x-azblob`) is read with curl, and `--debug` prints the command line: the container's SAS (`sp=rwlc`, `se` six months on) rides in the query, `sig` included",
      ),
      ({ rng }) => {
        const sig = encodeURIComponent(`${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}=`);
        const abi = rng.hex(64);
        n += 1;
        return {
          value: sig,
          event: {
            out: [
              `[DEBUG] ${n}: CreateProcessW("C:\\Windows\\System32\\curl.exe" --fail -L "https://hebdenroydcache.blob.core.windows.net/vcpkg/${abi}.zip?sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=2028-06-30T17:00:00Z&st=2027-12-01T09:00:00Z&spr=https&sig=${sig}" --create-dirs --output ${ROOT}\\buildtrees\\zlib\\${abi}.zip)`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'vcpkg-downloading-distfile-licence-key',
      'error',
      `${WHY.apiKey('licence_key')} The projector vendor's SDK port downloads its archive with the makerspace's licence key in the query, and vcpkg echoes the URL in its \`-- Downloading\` line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [
              `-- Downloading https://downloads.pjlink-vendor.example/sdk/pjlink-sdk-3.2.0.zip?licence_key=${key} -> pjlink-sdk-3.2.0.zip...`,
              `-- Extracting source ${ROOT}/downloads/pjlink-sdk-3.2.0.zip`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'vcpkg-debug-curl-authorization-bearer',
      'error',
      "The SDK's documentation archive needs an `Authorization: Bearer` header, which the portfile hands to vcpkg's download helper; vcpkg passes it to curl on the command line and `--debug` prints it.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        n += 1;
        return {
          value: tok,
          event: {
            out: [
              `[DEBUG] ${n}: CreateProcessW("C:\\Windows\\System32\\curl.exe" --fail -L https://downloads.pjlink-vendor.example/sdk/pjlink-docs-3.2.0.tar.gz -H "Authorization: Bearer ${tok}" --create-dirs --output ${ROOT}\\downloads\\pjlink-docs-3.2.0.tar.gz.4120.part)`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'vcpkg-package-abi-hash',
      'none',
      'A package ABI (SHA-256 of its build inputs, 64 hex digits) that vcpkg prints for every port it builds: a cache key, no credential.',
      ({ rng }) => {
        const abi = rng.hex(64);
        return { value: abi, event: { out: [`pjlink-sdk:x64-windows package ABI: ${abi}`] } };
      },
    ),
    3,
    { raw: { out: ['Stored binaries in 1 destinations in 412 ms.', 'Total install time: 6.2 min'] } },
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'vcpkg' }, filler, render: out, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// soffice-sal-log.txt: LibreOffice 25.8 started by the box office volunteer with `SAL_LOG=+INFO.ucb.ucp+WARN` to chase
// a rota spreadsheet that would not save to the cinema's Nextcloud: SAL_LOG's `<level>:<area>:<pid>:<thread>:<file>:<line>:
// <message>` lines, a message of several lines continued without prefix (curl's header blocks). No time on the lines.
// From memory (not fetched): SAL_LOG's prefix; the WebDAV and CMIS messages are the helper's, in LibreOffice's style.

function libreofficeLog(rng) {
  const PID = rng.int(2000, 30000);
  const TH = rng.int(2000, 30000);
  const pre = (lvl, area, file, line) => `${lvl}:${area}:${PID}:${TH}:${file}:${line}: `;
  const CS = 'ucb/source/ucp/webdav-curl/CurlSession.cxx';
  const DAV = `https://cloud.${HR}/remote.php/dav/files/boxoffice`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          `${pre('info', 'ucb.ucp.webdav.curl', CS, rng.int(600, 1900))}CURLINFO_TEXT: Connected to cloud.${HR} (203.0.113.${rng.int(2, 250)}) port 443`,
        ],
      }),
      () => ({ out: [`${pre('info', 'ucb.ucp.webdav.curl', CS, rng.int(600, 1900))}HTTP response status: 207`] }),
      () => ({
        out: [
          `${pre('info', 'ucb.ucp.webdav.curl', CS, rng.int(600, 1900))}CurlSession::PROPFIND ${DAV}/Rota/${rng.pick(['december', 'january', 'volunteers', 'projectionists'])}.ods`,
        ],
      }),
      () => ({
        out: [
          `${pre('warn', 'vcl.schedule', 'vcl/source/app/scheduler.cxx', 428)}Uncaught exception during Scheduler::ProcessTaskScheduling!`,
        ],
      }),
    ])();
  const steps = [
    plant(
      'negative',
      'libreoffice-curl-authorization-redacted',
      'none',
      "LibreOffice's curl debug callback writes the request's headers but puts `[redacted]` in place of the `Authorization` value: a mask, no credential.",
      () => ({
        value: 'Authorization: [redacted]',
        event: {
          out: [
            `${pre('info', 'ucb.ucp.webdav.curl', CS, 511)}CURLINFO_HEADER_OUT: PROPFIND /remote.php/dav/files/boxoffice/Rota/ HTTP/1.1`,
            `Host: cloud.${HR}`,
            'Authorization: [redacted]',
            'Depth: 1',
            'Content-Type: application/xml',
          ],
        },
      }),
    ),
    2,
    plant(
      'session-id',
      'libreoffice-curl-header-out-nextcloud-session-cookie',
      'error',
      WHY.session(
        "The same debug callback writes the `Cookie` header unmasked: Nextcloud's session cookie (named `oc` and the instance id, 26 characters) the server set on the first response",
      ),
      ({ rng }) => {
        const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: s,
          event: {
            out: [
              `${pre('info', 'ucb.ucp.webdav.curl', CS, 511)}CURLINFO_HEADER_OUT: PUT /remote.php/dav/files/boxoffice/Rota/december.ods HTTP/1.1`,
              `Host: cloud.${HR}`,
              `Cookie: oc${rng.lowerNum(10)}=${s}; nc_sameSiteCookielax=true; nc_sameSiteCookiestrict=true`,
              `If: (<opaquelocktoken:${rng.uuid()}>)`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'libreoffice-webdav-lock-token',
      'none',
      'A WebDAV `Lock-Token` (`opaquelocktoken:<uuid>`) Nextcloud returned for the spreadsheet: it names a lock on a file, whoever holds it still needs the session; no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: { out: [`${pre('info', 'ucb.ucp.webdav.curl', CS, 1378)}LOCK succeeded: Lock-Token: <opaquelocktoken:${u}>`] },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'libreoffice-curlsession-nextcloud-public-share-dav',
      'error',
      WHY.pathSecret(
        "A distributor's trailer schedule opened from a Nextcloud public share through its WebDAV endpoint (`/public.php/dav/files/<15-character share token>/`); LibreOffice logs the session's URL",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            out: [
              `${pre('info', 'ucb.ucp.webdav.curl', CS, 702)}CurlSession::CurlSession with URL <https://share.northfilms.example/public.php/dav/files/${tok}/Trailers-2028-Q1.ods>`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'libreoffice-cmis-google-drive-code-post',
      'warning',
      `${WHY.code} Here no state travels with it: the volunteer pasted Google's code into LibreOffice's Google Drive dialog, and the CMIS layer's warning quotes the failed token request.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(71)}`;
        return {
          value: code,
          event: {
            out: [
              `${pre('warn', 'ucb.ucp.cmis', 'ucb/source/ucp/cmis/auth_provider.cxx', 97)}OAuth2 token request failed (400 invalid_grant): POST https://oauth2.googleapis.com/token code=${code}&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com&redirect_uri=urn:ietf:wg:oauth:2.0:oob&grant_type=authorization_code`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'libreoffice-cmis-refresh-token-body',
      'error',
      `${WHY.refresh} libcmis, made verbose by the CMIS log area, writes the body of its token renewal for the cinema's Google Drive, \`refresh_token=1//0…\` in it.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            out: [
              `${pre('info', 'ucb.ucp.cmis', 'ucb/source/ucp/cmis/cmis_content.cxx', 388)}libcmis: POST https://oauth2.googleapis.com/token`,
              `grant_type=refresh_token&refresh_token=${rt}&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'soffice' }, filler, render: out, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// jetforce-access.log: the makerspace's Gemini capsule on Jetforce 0.10 with CGI scripts (a door status page, the
// induction sign-up, a little board): one line a request, `<client ip> [<CLF time>] "<gemini URL>" <status> "<meta>"
// <bytes>`; a status 10/11 prompt makes the client ask again with the answer as the URL's query.
// From memory (not fetched): the line's layout.

function jetforceLog(rng) {
  const CAP = `gemini://${HR}`;
  const line = (e, url, status = 20, meta = 'text/gemini') =>
    `${e.ip} [${clf(e.t, GMT)}] "${url}" ${status} "${meta}" ${status === 20 ? rng.int(200, 9000) : 0}`;
  const render = (e) => [line(e, e.url, e.gs, e.meta)];
  const filler = (rng) =>
    rng.pick([
      () => ({ url: `${CAP}/` }),
      () => ({ url: `${CAP}/${rng.pick(['films', 'workshop', 'laser', 'kiln', 'about'])}.gmi` }),
      () => ({ url: `${CAP}/films/${rng.pick(['2027-12-17', '2027-12-19', '2028-01-07'])}.gmi` }),
      () => ({ url: `${CAP}/cgi-bin/door`, gs: 10, meta: 'Door number?' }),
      () => ({ url: `${CAP}/favicon.txt`, gs: 51, meta: 'Not Found' }),
    ])();
  const steps = [
    3,
    plant(
      'encoded',
      'jetforce-sensitive-input-percent-encoded-passphrase',
      'error',
      "The members' area asks for its passphrase with status 11 (sensitive input); the client sends it back as the URL's query, percent-encoded (`%2B`, `%2F`, `%3D` of a base64 passphrase), and Jetforce logs the whole URL.",
      ({ rng }) => {
        const pass = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 30)}+/=`;
        const enc = encodeURIComponent(pass);
        return { value: enc, event: { url: `${CAP}/members/login?${enc}`, gs: 30, meta: `${CAP}/members/` } };
      },
    ),
    2,
    plant(
      'negative',
      'jetforce-gitlog-commit-path',
      'none',
      "The capsule's git log page of the ReelDesk repository, one commit by its id (40 hex digits): a commit, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: { url: `${CAP}/git/reeldesk/commit/${c}.gmi` } };
      },
    ),
    2,
    plant(
      'path-secret',
      'jetforce-board-minutes-share-path',
      'error',
      WHY.pathSecret(
        "The board's draft minutes shared with trustees at an unguessable path (`/minutes/<token>/…`), fetched by a trustee's client",
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { url: `${CAP}/minutes/${tok}/2027-12-board.gmi` } };
      },
    ),
    2,
    plant(
      'replay',
      'jetforce-induction-ticket-first',
      'note',
      WHY.ticketFirst(
        'A single-use induction sign-up ticket (`ticket=`) for the laser cutter, sent by a new member from the link in her welcome email. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.induct = t;
        return { value: tk, event: { ip: '198.51.100.23', url: `${CAP}/cgi-bin/induct?ticket=${tk}` } };
      },
      { ref: 'induct' },
    ),
    2,
    plant(
      'replay',
      'jetforce-induction-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('induct').value,
            why: `${WHY.replay('ticket', gap('induct', t))} Another address opened the same induction link and the CGI script answered 20 again.`,
          },
        ],
        event: { ip: '203.0.113.190', url: `${CAP}/cgi-bin/induct?ticket=${refs.get('induct').value}` },
      }),
      { replayOf: 'induct', after: 117 },
    ),
    2,
    plant(
      'session-id',
      'jetforce-board-cgi-sid-query',
      'error',
      WHY.session(
        "Gemini has no cookies, so the capsule's board CGI keeps its login in the query (`sid=<32 hex>`) of every link it writes",
      ),
      ({ rng }) => {
        const sid = rng.hex(32);
        return { value: sid, event: { url: `${CAP}/cgi-bin/board?sid=${sid}&topic=kiln-firing` } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'jetforce-door-status-door-key',
      'error',
      `${WHY.apiKey('door_key')} The door controller's status script is polled with its key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { ip: '192.0.2.77', url: `${CAP}/cgi-bin/door-status?door_key=${key}` } };
      },
    ),
    2,
    plant(
      'negative',
      'jetforce-board-post-ulid',
      'none',
      'A board post addressed by its ULID (26 characters of Crockford base32): an identifier, no credential.',
      ({ rng }) => {
        const id = `01J${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
        return { value: id, event: { url: `${CAP}/board/post/${id}.gmi` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: HR }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// vyos-show-log.txt: `show log` on the makerspace's VyOS 1.4 router (the journal in its short format,
// `<Mon DD HH:MM:SS> <host> <process>[<pid>]: <message>`, local time without zone): sshd, sudo, cron of the task
// scheduler, ddclient at debug, OpenVPN, DHCP.
// From memory (not fetched): the processes' messages; ddclient's debug lines are the helper's in its style.

function vyosLog(rng) {
  const H = 'vyos-hebden';
  const pid = () => rng.int(900, 40000);
  const l = (e, proc, msg) => `${sysTime(e.t, GMT)} ${H} ${proc}[${pid()}]: ${msg}`;
  const render = (e) => e.msgs.map(([proc, msg]) => l(e, proc, msg));
  const filler = (rng) =>
    rng.pick([
      () => ({
        msgs: [
          [
            'dhcpd',
            `DHCPACK on 10.42.${rng.int(0, 3)}.${rng.int(10, 250)} to ${Array.from({ length: 6 }, () => rng.hex(2)).join(':')} via eth1`,
          ],
        ],
      }),
      () => ({
        msgs: [['openvpn', `booth/${publicIp(rng)}:${rng.int(1024, 65535)} Data Channel: cipher 'AES-256-GCM', peer-id: ${rng.int(0, 9)}`]],
      }),
      () => ({ msgs: [['chronyd', `Selected source ${rng.pick(['0.pool.ntp.org', '1.pool.ntp.org'])} (${publicIp(rng)})`]] }),
      () => ({ msgs: [['sshd', `Connection closed by ${publicIp(rng)} port ${rng.int(1024, 65535)} [preauth]`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'vyos-sshd-publickey-fingerprint',
      'none',
      "sshd's `Accepted publickey … ED25519 SHA256:<43 base64>`: the fingerprint of a public key, no credential.",
      ({ rng }) => {
        const fp = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43);
        return {
          value: fp,
          event: {
            msgs: [['sshd', `Accepted publickey for vyos from 192.0.2.14 port ${rng.int(40000, 60000)} ssh2: ED25519 SHA256:${fp}`]],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'vyos-sudo-command-curl-authorization-bearer',
      'error',
      "sudo logs the command it runs with its arguments: an operator's `curl -H 'Authorization: Bearer …'` to the booking system's API from the router, the header's token in the `COMMAND=` field.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            msgs: [
              [
                'sudo',
                `    vyos : TTY=pts/0 ; PWD=/home/vyos ; USER=root ; COMMAND=/usr/bin/curl -s -H Authorization: Bearer ${tok} https://tickets.${HR}/api/v2/screens/status`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'vyos-ddclient-debug-duckdns-token',
      'error',
      `${WHY.apiKey('token')} ddclient at debug writes the URL it fetches for the DuckDNS update, the account's token (a UUID) in the query.`,
      ({ rng }) => {
        const tok = rng.uuid();
        return {
          value: tok,
          event: {
            msgs: [
              ['ddclient', `DEBUG:    get_url: url=https://www.duckdns.org/update?domains=hebdenroyd-booth&token=${tok}&ip=203.0.113.58`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'vyos-ddclient-debug-perl-hash-cloudflare-token',
      'error',
      "ddclient at debug dumps its configuration as a Perl hash (`'password' => '…'`): for the Cloudflare zone the password is an API token (40 characters), long-lived.",
      ({ rng }) => {
        const tok = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40);
        return {
          value: tok,
          event: {
            msgs: [
              [
                'ddclient',
                `DEBUG:    %config{'films.${HR}'} = {'login' => 'token','password' => '${tok}','protocol' => 'cloudflare','zone' => '${HR}','ttl' => 1}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'vyos-openvpn-tls-session-id',
      'none',
      "OpenVPN's `TLS: Initial packet from …, sid=<8 hex> <8 hex>`: the id of one TLS handshake of the tunnel, which authenticates nothing by itself.",
      ({ rng }) => {
        const sid = `${rng.hex(8)} ${rng.hex(8)}`;
        return {
          value: sid,
          event: { msgs: [['openvpn', `booth/198.51.100.31:1194 TLS: Initial packet from [AF_INET]198.51.100.31:1194, sid=${sid}`]] },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'vyos-cron-task-scheduler-teams-webhook',
      'error',
      WHY.webhook(
        'The task scheduler runs a WAN check every five minutes, and cron logs the command with its argument, a Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/…/IncomingWebhook/<32 hex>/…`)',
      ),
      ({ rng }) => {
        const h = rng.hex(32);
        const url = `https://hebdenroyd.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${h}/${rng.uuid()}/V2${rng.b64url(43)}`;
        return {
          value: h,
          needle: `IncomingWebhook/${h}`,
          event: { msgs: [['CRON', `(root) CMD (/config/scripts/wan-check.sh ${url})`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: H }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// buttondown-events.jsonl: the cinema's newsletter on Buttondown, its events read from the API (`/v1/events`), one a
// line: `id`, `creation_date` (UTC), `event_type` (delivered, opened, clicked), `subscriber_id`, `email_id`, `metadata`
// (a click's `url`).
// From memory (not fetched): the event's fields.

function buttondownLog(rng) {
  const EMAIL = rng.uuid();
  const ev = (rng, t, type, metadata = {}) =>
    JSON.stringify({
      id: rng.uuid(),
      creation_date: `${iso(t).slice(0, 23)}000Z`,
      event_type: type,
      subscriber_id: rng.uuid(),
      email_id: EMAIL,
      metadata,
    });
  const render = (e) => [ev(rng, e.t, e.type ?? 'clicked', e.md ?? {})];
  const filler = (rng) =>
    rng.pick([
      () => ({ type: 'delivered' }),
      () => ({ type: 'opened' }),
      () => ({ md: { url: `https://${HR}/films/${rng.pick(['perfect-days', 'the-zone-of-interest', 'aftersun', 'past-lives'])}` } }),
      () => ({ md: { url: `https://${HR}/workshop/open-evenings` } }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'buttondown-click-youtube-trailer-id',
      'none',
      "A click on a film's trailer (`youtube.com/watch?v=<11 characters>`): a public video id, no credential.",
      ({ rng }) => {
        const v = rng.b64url(11);
        return { value: v, event: { md: { url: `https://www.youtube.com/watch?v=${v}` } } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'buttondown-click-programme-embed-jwt',
      'error',
      "A click on the season programme's embed (`/embed/<JWT>`), a token made for the newsletter and valid for a month, with a jti; `creation_date` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://${HR}`, sub: 'programme-2028-winter', aud: 'embed' },
        });
        return { value: token, jwt: facts, event: { md: { url: `https://${HR}/embed/${token}` } } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'buttondown-click-editor-pasted-access-token-fragment',
      'error',
      "The newsletter's editor pasted the booking page's link from her own address bar, fresh from signing in, so every reader's click carries `#access_token=…` in the URL Buttondown records.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return { value: at, event: { md: { url: `https://tickets.${HR}/account#access_token=${at}&token_type=Bearer&expires_in=3600` } } };
      },
    ),
    2,
    plant(
      'path-secret',
      'buttondown-click-ticket-print-link',
      'error',
      WHY.pathSecret("A member's ticket print link (`/tickets/<token>/print`) pasted into a reply that went to the list, then clicked"),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { md: { url: `https://tickets.${HR}/tickets/${tok}/print` } } };
      },
    ),
    2,
    plant(
      'session-id',
      'buttondown-click-phpsessid-in-url',
      'error',
      WHY.session(
        "The members' old forum puts its PHP session id in links (`PHPSESSID=`, 26 characters of `[a-v0-9]`), and a volunteer copied one into the newsletter",
      ),
      ({ rng }) => {
        const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return { value: s, event: { md: { url: `https://forum.${HR}/viewtopic.php?t=${rng.int(100, 900)}&PHPSESSID=${s}` } } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'buttondown-click-calendar-feed-key',
      'error',
      `${WHY.apiKey('feed_key')} The volunteers' rota calendar feed, linked with its key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { md: { url: `https://rota.${HR}/calendar.ics?feed_key=${key}` } } };
      },
    ),
    2,
    plant(
      'encoded',
      'buttondown-click-redirector-base64url-member-key',
      'error',
      "A click through the cinema's own link redirector, whose `u=` is the target URL in base64url; decoded, the target carries the member's `member_key`.",
      ({ rng }) => {
        const target = `https://${HR}/members/renew?member=${rng.int(1000, 4999)}&member_key=${rng.alnum(32)}`;
        const u = b64urlOf(target);
        return { value: u, event: { md: { url: `https://go.${HR}/r?u=${u}` } } };
      },
    ),
    2,
    plant(
      'negative',
      'buttondown-click-utm-id-uuid',
      'none',
      "A click whose `utm_id` is the campaign's UUID: analytics, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { md: { url: `https://${HR}/films/the-holdovers?utm_source=buttondown&utm_medium=email&utm_id=${u}` } } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'buttondown' }, filler, render, steps: more(steps) });
}

// =====================================================================================================================
// Līvõd Rāndakilād Sidām (Livonian; Kūolka and Rīga, Latvia: EET, UTC+2 in January)
// =====================================================================================================================

const LV = 'randakilad.example';

// ---------------------------------------------------------------------------------------------------------------------
// blender-konsol.txt: Blender 4.2 LTS's system console while the association models the old fishing boats (laivad) from
// photogrammetry: Blender's own lines (`Read blend:`, `Info: Saved …`, render `Fra:` lines) between the prints and
// tracebacks of two add-ons, the association's archive uploader (its messages in Livonian) and a Sketchfab uploader,
// which print Python objects (dicts in repr) as they are.
// From memory (not fetched): Blender's lines; the add-ons' prints are the helper's.

function blenderLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          `Fra:1 Mem:${rng.int(300, 900)}.${rng.int(10, 99)}M (Peak ${rng.int(900, 1900)}.${rng.int(10, 99)}M) | Time:00:${pad(rng.int(1, 59))}.${pad(rng.int(0, 99))} | Mem:${rng.int(100, 400)}.00M, Peak:${rng.int(400, 900)}.00M | Scene, ViewLayer | Sample ${rng.int(1, 128)}/128`,
        ],
      }),
      () => ({ out: [`Info: Saved "laiv_${rng.pick(['kuolka', 'irē', 'pitrõg', 'sīkrõg'])}.blend"`] }),
      () => ({ out: [`lōdõrõz: ${rng.int(2, 40)} fotod lōdõd, ${rng.int(10000, 90000)} pūnkti`] }),
    ])();
  const steps = [
    {
      raw: {
        out: [
          'Blender 4.2.5 LTS (hash 1ba4c6a6ab16 built 2024-12-17 01:36:26)',
          'Read prefs: "C:\\Users\\sidam\\AppData\\Roaming\\Blender Foundation\\Blender\\4.2\\config\\userpref.blend"',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'blender-addon-print-config-dict-salasona',
      'error',
      'The archive uploader add-on prints its settings as a Python dict when it starts (`Konfig: {…}`), the archive account\'s password under its Livonian key `salasona` (salāsõnā, "password") in clear.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: [
              `arhīv: Konfig: {'url': 'https://arhiiv.${LV}/api/v1/', 'kasutaji': 'sidam-kuolka', 'salasona': '${pw}', 'kila': 'Kūolka', 'timeout': 30}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'blender-sketchfab-model-uid',
      'none',
      "A Sketchfab model's uid (32 hex digits) in the public URL the uploader prints after publishing: an identifier, no credential.",
      ({ rng }) => {
        const uid = rng.hex(32);
        return { value: uid, event: { out: [`Sketchfab: Upload successful: https://sketchfab.com/3d-models/kuolka-laiv-${uid}`] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'blender-sketchfab-headers-dict-authorization-token',
      'error',
      "The Sketchfab uploader prints the headers of its upload request as a Python dict, `'Authorization': 'Token <32 hex>'`, the account's API token.",
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            out: [
              `Sketchfab: POST https://api.sketchfab.com/v3/models headers={'Authorization': 'Token ${tok}', 'User-Agent': 'blender-sketchfab/1.6.0'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'blender-sketchfab-oauth-reply-dict-refresh-token',
      'error',
      `${WHY.refresh} The uploader prints Sketchfab's OAuth2 reply as a dict when it renews the login, \`'refresh_token': '…'\` in it.`,
      ({ rng }) => {
        const rt = rng.alnum(30);
        return {
          value: rt,
          event: {
            out: [
              `Sketchfab: token renewed {'expires_in': 2592000, 'token_type': 'Bearer', 'scope': 'read write', 'refresh_token': '${rt}'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'blender-traceback-httperror-url-votti',
      'error',
      `${WHY.apiKey('votti')} (\`votti\` is the add-on developer's ASCII of the Livonian word for "key".) The archive's API rejects an upload and requests' \`HTTPError\` in the traceback quotes the URL, key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            out: [
              'Error: Python: Traceback (most recent call last):',
              '  File "C:\\Users\\sidam\\AppData\\Roaming\\Blender Foundation\\Blender\\4.2\\scripts\\addons\\arhiv_lōdõrõz\\__init__.py", line 214, in execute',
              '    r.raise_for_status()',
              `requests.exceptions.HTTPError: 413 Client Error: Payload Too Large for url: https://arhiiv.${LV}/api/v1/laivad/upload?votti=${key}&kila=kuolka`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'blender-addon-share-link-base64-json-votti',
      'error',
      'The archive uploader prints a share link for the model whose `d=` is base64 of JSON; decoded, it holds the archive\'s `votti` ("key").',
      ({ rng }) => {
        const d = b64Of(JSON.stringify({ laiv: 'kuolka-1931', votti: rng.alnum(32), kila: 'Kūolka' }));
        return { value: d, event: { out: [`arhīv: jagāmiz linkõ: https://arhiiv.${LV}/nǟdõ?d=${d}`] } };
      },
    ),
    2,
    plant(
      'negative',
      'blender-texture-md5-file-name',
      'none',
      'A baked texture saved under the MD5 of its pixels (32 hex digits) as the file name: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { out: [`Info: Saved image "//textures/${h}.png"`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LIV + 8 * HOUR, site: { host: 'blender' }, filler, render: out, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// trino-server.log: the dictionary project's Trino 470 coordinator, `server.log` in airlift's layout:
// `<ISO 8601 with +0200>\t<LEVEL>\t<thread>\t<logger>\t<message>`, the configuration table Bootstrap writes at start
// (`PROPERTY  DEFAULT  RUNTIME  DESCRIPTION`, one property a line, security-sensitive ones as `[REDACTED]`), then
// query and OAuth2 messages. Catalogs named in Livonian (`sonarontoz`, "dictionary"; `lolod`, "songs").
// From memory (not fetched): the Bootstrap table's spacing and the messages' wording.

function trinoLog(rng) {
  const stamp = (t) => `${local(t, EET).slice(0, 23)}+0200`;
  const line = (e, lvl, th, logger, msg) => `${stamp(e.t)}\t${lvl}\t${th}\t${logger}\t${msg}`;
  const render = (e) => e.l.map(([lvl, th, logger, msg]) => line(e, lvl, th, logger, msg));
  const boot = (prop, def, run, desc = '') => [
    'INFO',
    'main',
    'Bootstrap',
    `${prop.padEnd(52)} ${def.padEnd(12)} ${run.padEnd(24)} ${desc}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        l: [
          [
            'INFO',
            `dispatcher-query-${rng.int(1, 90)}`,
            'io.trino.event.QueryMonitor',
            `TIMELINE: Query 20280110_${pad(rng.int(6, 9))}${pad(rng.int(0, 59))}${pad(rng.int(0, 59))}_${pad(rng.int(0, 999), 5)}_${lowerNum(rng, 5)} :: FINISHED :: elapsed ${rng.int(20, 4000)}ms :: planning ${rng.int(2, 90)}ms`,
          ],
        ],
      }),
      () => ({
        l: [
          [
            'INFO',
            'node-state-poller-0',
            'io.trino.metadata.DiscoveryNodeManager',
            `Previously active node is missing: ${rng.uuid()} (last seen at 10.0.3.${rng.int(2, 40)})`,
          ],
        ],
      }),
      () => ({
        l: [
          [
            'WARN',
            'Memory-Reservation-1',
            'io.trino.memory.ClusterMemoryManager',
            `Query 20280110_${pad(rng.int(6, 9))}${pad(rng.int(10, 59))}01_00${rng.int(100, 999)}_${lowerNum(rng, 5)} reserved ${rng.int(2, 9)}GB`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        l: [
          ['INFO', 'main', 'io.airlift.log.Logging', 'Logging to stderr'],
          ['INFO', 'main', 'Bootstrap', 'Loading catalog etc/catalog/sonarontoz.properties'],
          boot('PROPERTY', 'DEFAULT', 'RUNTIME', 'DESCRIPTION'),
          boot('connection-user', '----', 'sonarontoz_ro'),
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'trino-bootstrap-connection-url-password-param',
      'error',
      "airlift's configuration table hides properties marked security-sensitive, but `connection-url` is not: the PostgreSQL JDBC URL carries the catalog's `password=` parameter, printed in clear at start-up.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            l: [
              boot(
                'connection-url',
                '----',
                `jdbc:postgresql://db.${LV}:5432/sonarontoz?user=sonarontoz_ro&password=${pw}&ssl=true`,
                'JDBC connection URL',
              ),
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'trino-bootstrap-connection-password-redacted',
      'none',
      "The table's `connection-password` row shows `[REDACTED]`, airlift's mask of a sensitive property: no credential.",
      () => ({ value: 'connection-password', event: { l: [boot('connection-password', '----', '[REDACTED]', 'Connection password')] } }),
      { after: 0 },
    ),
    plant(
      'header-dump',
      'trino-bootstrap-http-event-listener-headers',
      'error',
      "The HTTP event listener's `connect-http-headers` (the headers it sends with every query event) are not marked sensitive either: `Authorization: Bearer <token>` of the log ingest, in the start-up table.",
      ({ rng }) => {
        const tok = rng.alnum(44);
        return { value: tok, event: { l: [boot('http-event-listener.connect-http-headers', '[]', `[Authorization: Bearer ${tok}]`)] } };
      },
      { after: 0 },
    ),
    plant(
      'api-key-name',
      'trino-bootstrap-ingest-uri-votti',
      'error',
      `${WHY.apiKey('votti')} The event listener's ingest URI carries the project's key under the developer's Livonian name (\`votti\`, "key"), in the same table.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { l: [boot('http-event-listener.connect-ingest-uri', '----', `https://logi.${LV}/v1/trino?votti=${key}`)] },
        };
      },
      { after: 0 },
    ),
    { raw: { l: [['INFO', 'main', 'io.trino.server.Server', '======== SERVER STARTED ========']] } },
    3,
    plant(
      'negative',
      'trino-query-id',
      'none',
      'A Trino query id (`<date>_<time>_<counter>_<5 characters>`) in a failure message: an identifier, no credential.',
      ({ rng }) => {
        const q = `20280110_081512_00${rng.int(100, 999)}_${lowerNum(rng, 5)}`;
        return {
          value: q,
          event: {
            l: [
              [
                'INFO',
                'dispatcher-query-12',
                'io.trino.event.QueryMonitor',
                `TIMELINE: Query ${q} :: FAILED (TABLE_NOT_FOUND) :: elapsed 41ms :: planning 0ms`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'trino-oauth2-callback-failed-uri',
      'warning',
      `${WHY.code} The web UI's OAuth2 callback failed (clock skew) and Trino's warning quotes the callback's request URI, \`code\` and \`state\` in it.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            l: [
              [
                'WARN',
                `http-worker-${rng.int(100, 400)}`,
                'io.trino.server.security.oauth2.OAuth2CallbackResource',
                `OAuth2 callback failed for /oauth2/callback?state=${rng.b64url(43)}&code=${code}&session_state=${rng.uuid()}: token not yet valid`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_LIV + 7 * HOUR, site: { host: 'trino' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// dask-distributed.log: the song archive's transcription cluster, Dask distributed 2025.x scheduler and worker logs
// in one file (`<yyyy-mm-dd hh:mm:ss,mmm> - <logger> - <LEVEL> - <message>`, local time without zone), a failed task
// written as Dask writes it (`Compute Failed`, `Key:`, `State:`, `Task:` with its args and kwargs in repr,
// `Exception:`, `Traceback:`). Task names and messages of the archive's code in Livonian (`lōlõd`, "songs").
// From memory (not fetched): the `Compute Failed` block's lines.

function daskLog(rng) {
  const render = (e) =>
    e.l.map(([logger, lvl, msg], i) => (i === 0 || logger ? `${commaMs(e.t, EET)} - ${logger} - ${lvl} - ${msg}` : msg));
  const key = (rng) => `('transcribe-lolod-${rng.hex(32)}', ${rng.int(0, 40)})`;
  const filler = (rng) =>
    rng.pick([
      () => ({ l: [['distributed.scheduler', 'INFO', `Receive client connection: Client-${rng.uuid()}`]] }),
      () => ({ l: [['distributed.worker', 'INFO', `Starting Worker plugin lolod-ntfy-${rng.hex(8)}`]] }),
      () => ({
        l: [
          [
            'distributed.core',
            'INFO',
            `Event loop was unresponsive in Worker for ${rng.int(3, 9)}.${rng.int(10, 99)}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.`,
          ],
        ],
      }),
      () => ({ l: [['distributed.worker', 'INFO', `lōlõd: ${rng.int(1, 40)} lōlõ kēratõd (Kūolka, ${rng.int(1930, 1939)})`]] }),
    ])();
  const failed = (rng, fn, args, kwargs, exc) => [
    ['distributed.worker', 'WARNING', 'Compute Failed'],
    [null, null, `Key:       ${key(rng)}`],
    [null, null, 'State:     executing'],
    [null, null, `Task:  <Task ${key(rng)} ${fn}(...)>`],
    [null, null, `Args:      ${args}`],
    [null, null, `Kwargs:    ${kwargs}`],
    [null, null, `Exception: ${exc}`],
    [null, null, 'Traceback: \'  File "/srv/lolod/tasks.py", line 88, in transcribe\\n    r.raise_for_status()\\n\''],
  ];
  const steps = [
    2,
    plant(
      'negative',
      'dask-task-key-tokenize-hash',
      'none',
      "A Dask task key (`('transcribe-lolod-<32 hex>', n)`, the hex from Dask's `tokenize` of the inputs) in the scheduler's message: a hash naming a task, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            l: [
              [
                'distributed.scheduler',
                'INFO',
                `Task ('transcribe-lolod-${h}', 3) marked as failed because 4 workers died while trying to run it`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'dask-compute-failed-args-url-votti',
      'error',
      `${WHY.apiKey('votti')} A failed task's \`Args:\` repr holds the recording API's URL with the archive's key (\`votti\`, Livonian "key").`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            l: failed(
              rng,
              'fetch_recording',
              `('https://lolod.${LV}/api/v1/lint/${rng.int(100, 999)}.flac?votti=${k}',)`,
              '{}',
              "HTTPError('503 Server Error: Service Unavailable for url: https://lolod." + LV + "/api/v1/lint')",
            ),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'dask-compute-failed-kwargs-gcsfs-token-dict',
      'error',
      `${WHY.refresh} The task reads the recordings from Google Cloud Storage with gcsfs, given a token dict; the failed task's \`Kwargs:\` repr prints \`storage_options\` with \`'refresh_token': '1//0…'\`.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            l: failed(
              rng,
              'load_audio',
              "('gs://lolod-arhiiv/kuolka/1934/lint-17.flac',)",
              `{'storage_options': {'token': {'client_id': '${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com', 'client_secret': 'GOCSPX-${rng.b64url(28)}', 'refresh_token': '${rt}', 'type': 'authorized_user'}}}`,
              "FileNotFoundError('lolod-arhiiv/kuolka/1934/lint-17.flac')",
            ),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'dask-exception-presigned-url-seven-days',
      'error',
      WHY.pathSecret(
        "A presigned MinIO URL (`X-Amz-Expires=604800`, seven days) for a recording, quoted by requests' `HTTPError` in a failed task's `Exception:`; the signature is the credential",
      ),
      ({ rng }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            l: [
              [
                'distributed.worker',
                'WARNING',
                `Compute Failed Key: ${key(rng)} Exception: "HTTPError('403 Client Error: Forbidden for url: https://s3.${LV}/lolod/kuolka/lint-22.flac?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=lolod%2F20280110%2Flv-kurzeme-1%2Fs3%2Faws4_request&X-Amz-Date=20280110T061200Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}')"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'dask-exception-invalid-url-percent-encoded-votti',
      'error',
      'A ValueError quotes a callback URL the task was given, percent-encoded inside `next=`; decoded, it carries `votti=` ("key") with the archive\'s key.',
      ({ rng }) => {
        const enc = `https%3A%2F%2Flolod.${LV}%2Fapi%2Fv1%2Fvalmiz%3Fvotti%3D${rng.alnum(32)}`;
        return {
          value: enc,
          event: {
            l: [
              [
                'distributed.worker',
                'ERROR',
                `lōlõd: kēratõks äb ūo vȯnd: ValueError('bad callback: https://lolod.${LV}/login?next=${enc}')`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'dask-worker-plugin-ntfy-topic-url',
      'error',
      WHY.webhook(
        "A worker plugin posts finished transcriptions to an ntfy topic whose unguessable name is the secret (`ntfy.sh/<topic>`); the plugin's error line quotes the URL",
      ),
      ({ rng }) => {
        const topic = `lolod-${rng.alnum(24)}`;
        return {
          value: topic,
          event: {
            l: [
              [
                'distributed.worker',
                'ERROR',
                `Failed to run worker plugin lolod-ntfy: ConnectionError('POST https://ntfy.sh/${topic} timed out')`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'dask-client-id-uuid',
      'none',
      'The scheduler closes a client by its id (`Client-<uuid>`): an identifier, no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { l: [['distributed.scheduler', 'INFO', `Remove client Client-${u}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LIV + 9 * HOUR, site: { host: 'dask' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// kdenlive-debug.txt: Kdenlive 25.08 run from a terminal with `QT_LOGGING_RULES="kdenlive.*=true;qt.networkauth*=true"`
// while cutting a film about the coast villages: Qt's default message pattern (`<category>: <message>`), Kdenlive's
// online resources (Pixabay, Pexels, Freesound with OAuth2), MLT's producer messages (`[producer avformat] …`).
// From memory (not fetched): the categories and messages.

function kdenliveLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: [
          `kdenlive: Loading clip: "/home/sidam/Videos/kilad/${rng.pick(['kuolka', 'ire', 'pitrog', 'sikrog', 'vaid'])}_${rng.int(1, 40)}.mov"`,
        ],
      }),
      () => ({ out: [`kdenlive: ==== RENDERING JOB ${rng.int(1, 9)}: ${rng.int(1, 99)}% `] }),
      () => ({ out: [`kdenlive.bin: Adding clip with id ${rng.int(2, 300)} to bin folder "Rānda"`] }),
      () => ({ out: [`qt.qpa.wayland: Wayland does not support QWindow::requestActivate()`] }),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'kdenlive-online-resources-pixabay-key',
      'error',
      `${WHY.apiKey('key')} Kdenlive's online resources search Pixabay, and its debug line writes the request URL with the Pixabay key (\`<digits>-<hex>\`) in the query.`,
      ({ rng }) => {
        const key = `${digits(rng, 8)}-${rng.hex(25)}`;
        return {
          value: key,
          event: {
            out: [`kdenlive.resources: Searching "https://pixabay.com/api/videos/?key=${key}&q=baltic%20sea%20waves&per_page=20&page=1"`],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'kdenlive-clip-file-hash',
      'none',
      "Kdenlive's `file_hash` of a clip (MD5, 32 hex digits), which it uses to find moved files: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { out: [`kdenlive: Clip hash for "/home/sidam/Videos/kilad/kuolka_03.mov": "${h}"`] } };
      },
    ),
    2,
    plant(
      'negative',
      'kdenlive-project-document-uuid',
      'none',
      "The project document's id (a UUID in braces, Qt's `QUuid` text) that Kdenlive logs when it opens the project: an identifier, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { out: [`kdenlive: Opening project "/home/sidam/Videos/kilad/rānda.kdenlive", document id: {${u}}`] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'kdenlive-pexels-request-raw-header-authorization',
      'error',
      "The Pexels provider sends its key in the `Authorization` header (no scheme), and a debug line prints the request's raw headers.",
      ({ rng }) => {
        const k = rng.alnum(56);
        return {
          value: k,
          event: { out: [`kdenlive.resources: Request headers: ("Authorization", "${k}") ("User-Agent", "Kdenlive/25.08.1")`] },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'kdenlive-networkauth-loopback-redirect-code',
      'warning',
      `${WHY.code} Freesound's sign-in returns to Kdenlive's loopback listener, and Qt's OAuth2 reply handler writes the request it received, \`code\` and \`state\` in it.`,
      ({ rng }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: {
            out: [`qt.networkauth.replyhandler: Received request: GET /?code=${code}&state=${rng.b64url(8)} HTTP/1.1 from 127.0.0.1`],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'kdenlive-networkauth-token-reply-refresh',
      'error',
      `${WHY.refresh} Qt's OAuth2 flow writes Freesound's token reply at debug, \`refresh_token\` in it.`,
      ({ rng }) => {
        const rt = rng.alnum(30);
        return {
          value: rt,
          event: {
            out: [
              `qt.networkauth.oauth2: Token reply: QMap(("expires_in", QVariant(qlonglong, 86399))("refresh_token", QVariant(QString, "${rt}"))("scope", QVariant(QString, "read write")))`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'kdenlive-mlt-avformat-hls-token-path',
      'error',
      WHY.pathSecret(
        "MLT cannot open the live stream of the Livonian festival added as a clip; its message quotes the HLS URL with the viewer's token in the path (`/hls/<token>/index.m3u8`)",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            out: [
              `[producer avformat] Failed to open https://strēm.${LV}/hls/${tok}/index.m3u8: Server returned 403 Forbidden (access denied)`,
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LIV + 13 * HOUR, site: { host: 'kdenlive' }, filler, render: out, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// tidb-general.log: the dictionary's TiDB 8.5 with the general log on: the unified log format
// `[<yyyy/mm/dd hh:mm:ss.mmm +02:00>] [<LEVEL>] [<file>:<line>] [<message>] [key=value]…`, each `GENERAL_LOG` entry with
// its connection, user, schema version, transaction, database and `sql="…"`. Tables and columns in Livonian:
// `sõnā` (word), `sesij` (session), `linkõd` (links), `seļtšõd` (friends, members).
// From memory (not fetched): the `GENERAL_LOG` fields' order.

function tidbLog(rng) {
  const stamp = (t) => `${local(t, EET).slice(0, 10).replace(/-/g, '/')} ${local(t, EET).slice(11, 23)} +02:00`;
  const gen = (e, sql, conn = e.conn) =>
    `[${stamp(e.t)}] [INFO] [session.go:3919] [GENERAL_LOG] [conn=${conn}] [session_alias=] [user=sonarontoz@10.0.3.21] [schemaVersion=812] [txnStartTS=${e.ts}] [forUpdateTS=0] [isReadConsistency=false] [currentDB=sonarontoz] [isPessimistic=false] [sessionTxnMode=PESSIMISTIC] [sql=${JSON.stringify(sql)}]`;
  const render = (e) => [gen({ ...e, conn: e.conn ?? 2097150 + rng.int(1, 40), ts: `4${digits(rng, 17)}` }, e.sql)];
  const WORDS = ['jōra', 'kalā', 'laiv', 'mer', 'rānda', 'kilā', 'sõnā', 'rōntõz'];
  const filler = (rng) =>
    rng.pick([
      () => ({ sql: `SELECT id, sõnā, tǟdõks FROM sõnād WHERE sõnā LIKE '${rng.pick(WORDS)}%' LIMIT 20` }),
      () => ({ sql: `UPDATE seļtšõd SET viimi_tulmi = NOW() WHERE id = ${rng.int(10, 400)}` }),
      () => ({ sql: 'SELECT 1' }),
      () => ({ sql: `INSERT INTO ūtsõd (sõnā_id, kīel) VALUES (${rng.int(1000, 19000)}, 'lv')` }),
    ])();
  const steps = [
    2,
    plant(
      'session-id',
      'tidb-general-log-insert-sesij',
      'error',
      WHY.session(
        'The dictionary\'s editor app keeps its sessions in a table (`sesij`, Livonian "session"); the general log writes the INSERT of a new one with its id',
      ),
      ({ rng }) => {
        const s = rng.hex(64);
        return {
          value: s,
          event: { sql: `INSERT INTO sesij (id, seļtš_id, lopāndõks) VALUES ('${s}', ${rng.int(10, 90)}, NOW() + INTERVAL 30 DAY)` },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tidb-general-log-bcrypt-hash',
      'none',
      "A member's new password stored as a bcrypt hash (`$2b$12$…`): a one-way hash, no credential.",
      ({ rng }) => {
        const h = `$2b$12$${rng.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
        return { value: h, event: { sql: `UPDATE seļtšõd SET salasona_hash = '${h}' WHERE id = ${rng.int(10, 90)}` } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'tidb-general-log-insert-embed-jwt-no-exp',
      'error',
      'The editor saves a word card\'s embed link for the school\'s site (`/embed/<JWT>`) in the `linkõd` ("links") table; the token has no `exp`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          claims: { iss: `https://sonarontoz.${LV}`, sub: `sõnā:${rng.int(1000, 19000)}`, aud: 'skūol' },
        });
        return {
          value: token,
          jwt: facts,
          event: { sql: `INSERT INTO linkõd (sõnā_id, url) VALUES (${rng.int(1000, 19000)}, 'https://sonarontoz.${LV}/embed/${token}')` },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'tidb-general-log-insert-id-token-json',
      'error',
      "The sign-in code stores the identity provider's reply in a JSON column; the INSERT in the general log holds the `id_token`, one hour, live at the line's `+02:00` time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 40),
          claims: { iss: `https://id.${LV}`, aud: 'sonarontoz', sub: rng.uuid(), name: 'Kūolka skūol' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            sql: `INSERT INTO tulmizt (seļtš_id, vastõks) VALUES (${rng.int(10, 90)}, '{"id_token":"${token}","token_type":"Bearer"}')`,
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'tidb-general-log-zulip-incoming-webhook-api-key',
      'error',
      WHY.webhook(
        "The project's chat integration is saved with its Zulip incoming webhook URL, whose bot `api_key` is the secret; the UPDATE is in the general log",
      ),
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            sql: `UPDATE integratsij SET url = 'https://livod.zulipchat.com/api/v1/external/slack_incoming?api_key=${k}&stream=sonarontoz' WHERE id = 1`,
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'tidb-general-log-saved-link-access-token-fragment',
      'error',
      "An editor saved the page she was on as a source link; her browser's address held the sign-in return's `#access_token=…`, now in an INSERT.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            sql: `INSERT INTO linkõd (sõnā_id, url) VALUES (${rng.int(1000, 19000)}, 'https://arhiiv.${LV}/kēratõks/1938#access_token=${at}&token_type=Bearer&expires_in=3600')`,
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'tidb-general-log-from-base64-config-votti',
      'error',
      'The import job writes its settings with `FROM_BASE64(…)`; decoded, the JSON holds the song archive\'s `votti` ("key").',
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ allikas: `https://lolod.${LV}/api/v1`, votti: rng.alnum(32), kīel: 'liv' }));
        return { value: b, event: { sql: `REPLACE INTO sǟdõd (nimi, arv) VALUES ('lolod_import', FROM_BASE64('${b}'))` } };
      },
    ),
    2,
    plant(
      'negative',
      'tidb-general-log-audio-sha256',
      'none',
      "A recording's SHA-256 (64 hex digits) kept to find duplicates: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { sql: `SELECT id FROM lint WHERE sha256 = '${h}'` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LIV + 10 * HOUR, site: { host: 'tidb' }, filler, render, steps: more(steps) });
}

// =====================================================================================================================
// Goyje, bookshop and publisher (Central Kurdish, Sorani; Sulaymaniyah: UTC+3 all year)
// =====================================================================================================================

const GO = 'goyje-kteb.example';

// ---------------------------------------------------------------------------------------------------------------------
// arangod.log: the shop's ArangoDB 3.12 with its Foxx API (`/_db/kteb/api/…`), `--log.level requests=debug` and
// `--log.level general=info`: `<ISO 8601 UTC>Z [<pid>-<tid>] <LEVEL> [<log id>] {<topic>} <message>`; each request
// written twice, `"http-request-begin"` and `"http-request-end"` with the same connection and URL; the request body
// at trace for one endpoint; the Foxx service's `console.log` lines under `{general}`, in Sorani.
// From memory (not fetched): the `requests` lines' fields and log ids.

function arangoLog(rng) {
  const PID = rng.int(1000, 9000);
  const st = (t) => `${iso(t).slice(0, 19)}Z`;
  const render = (e) => {
    if (e.req) {
      const c = `0x7f${rng.hex(10)}`;
      const { m = 'GET', url, status = 200 } = e.req;
      return [
        `${st(e.t)} [${PID}-${rng.int(2, 40)}] DEBUG [e2da4] {requests} "http-request-begin","${c}","${e.ip}","${m}","${url}"`,
        ...(e.extra ?? []).map((x) => `${st(e.t)} [${PID}-${rng.int(2, 40)}] ${x}`),
        `${st(e.t)} [${PID}-${rng.int(2, 40)}] INFO [d4a8f] {requests} "http-request-end","${c}","${e.ip}","${m}","${url}",${status},${rng.int(0, 900)},${rng.int(80, 9000)},${(rng.int(100, 90000) / 1e6).toFixed(6)}`,
      ];
    }
    return e.out.map((x) => `${st(e.t)} [${PID}-${rng.int(2, 40)}] ${x}`);
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ req: { url: `/_db/kteb/api/kteb?bash=${rng.pick(['roman', 'shi3r', 'mezhu', 'mndalan'])}&lapere=${rng.int(1, 9)}` } }),
      () => ({ req: { url: `/_db/kteb/api/kteb/${rng.int(1000, 9999)}` } }),
      () => ({ req: { url: '/_api/version' } }),
      () => ({ out: [`INFO [99d80] {general} kteb: داواکاری #${rng.int(2000, 4000)} وەرگیرا`] }),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'arangodb-requests-url-kilili-api',
      'error',
      `${WHY.apiKey('kilili_api')} (\`kilili_api\` is the Foxx developer's Sorani "API key", کلیلی API.) A distributor's stock sync calls the Foxx API with its key in the query; \`http-request-begin\` writes the URL.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { ip: '198.51.100.88', req: { url: `/_db/kteb/api/kogakan/stock?kilili_api=${k}` } } };
      },
    ),
    2,
    plant(
      'negative',
      'arangodb-foxx-document-rev',
      'none',
      'An ArangoDB document revision (`_rev`, 11 characters ending `---`) the Foxx service logs after an update: a version stamp, no credential.',
      ({ rng }) => {
        const rev = `_j${rng.b64url(6)}---`;
        return {
          value: rev,
          event: { out: [`INFO [99d80] {general} kteb: کتێب نوێ کرایەوە {"_key":"${rng.int(1000, 9999)}","_rev":"${rev}"}`] },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'arangodb-foxx-console-log-configuration',
      'error',
      'The Foxx service logs `module.context.configuration` when it mounts: the SMTP account\'s password under the developer\'s Sorani key `wshey_nheni` (وشەی نهێنی, "password") in clear.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: [
              `INFO [99d80] {general} kteb: ڕێکخستن: {"smtp_host":"smtp.${GO}","smtp_user":"froshtn@${GO}","wshey_nheni":"${pw}","bash_default":"roman"}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'arangodb-requests-signing-event-bilit-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket (`bilit`, بلیت) to a book signing, checked at the door by the shop's app; `http-request-begin` and `-end` write it. The ticket is",
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.bilit = t;
        return { value: b, event: { ip: '203.0.113.41', req: { m: 'POST', url: `/_db/kteb/api/bonekan/waj-kirdn/check?bilit=${b}` } } };
      },
      { ref: 'bilit' },
    ),
    1,
    plant(
      'replay',
      'arangodb-requests-signing-event-bilit-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilit').value,
            why: `${WHY.replay('bilit', gap('bilit', t))} A phone on another address checked the same ticket and the API answered 200 again.`,
          },
        ],
        event: { ip: '192.0.2.204', req: { m: 'POST', url: `/_db/kteb/api/bonekan/waj-kirdn/check?bilit=${refs.get('bilit').value}` } },
      }),
      { replayOf: 'bilit', after: 142 },
    ),
    2,
    plant(
      'session-id',
      'arangodb-foxx-warn-danishtin-cookie',
      'error',
      WHY.session(
        'The Foxx sessions middleware\'s cookie (named `danishtin`, دانیشتن, "session", with its signature), quoted by the service\'s warning about an unknown customer',
      ),
      ({ rng }) => {
        const s = `${digits(rng, 9)}.${rng.b64url(27)}`;
        return { value: s, event: { out: [`WARN [99d80] {general} kteb: کڕیار نەدۆزرایەوە بۆ دانیشتن: danishtin=${s}`] } };
      },
    ),
    2,
    plant(
      'id-token',
      'arangodb-requests-trace-body-google-id-token',
      'error',
      "At trace the `requests` topic writes the body of the Google sign-in request, `id_token` in its JSON, one hour, live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(3, 60),
          claims: {
            iss: 'https://accounts.google.com',
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { out: [`TRACE [b9e9b] {requests} "http-request-body","0x7f${rng.hex(10)}","{\\"id_token\\":\\"${token}\\"}"`] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'arangodb-foxx-fastpay-transaction-id',
      'none',
      'A payment provider\'s transaction id (24 hex digits) in the Foxx service\'s "payment successful" line: an identifier, no credential.',
      ({ rng }) => {
        const id = rng.hex(24);
        return { value: id, event: { out: [`INFO [99d80] {general} kteb: پارەدان سەرکەوتوو بوو، ژمارەی مامەڵە ${id}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KU + 6 * HOUR, site: { host: GO }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// appcircle-goyje-android.log: the shop app's Android build on Appcircle (a Flutter 3.35 app), the build log as its
// Download Logs button saves it: each line `<ISO 8601 UTC> <text>`, a banner at each workflow step, the commands of a
// custom script under `set -x` (`+ …`), `flutter build … -v` output with the Gradle command it runs.
// From memory (not fetched): Appcircle's step banners; Flutter's `-Pdart-defines=` (each define base64) from memory.

function appcircleLog(rng) {
  const st = (t) => `${iso(t).slice(0, 23)}Z`;
  const render = (e) => e.out.map((x) => `${st(e.t)} ${x}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ out: [`[  +${rng.int(1, 900)} ms] Running Gradle task 'assembleRelease'...`] }),
      () => ({
        out: [
          `> Task :app:${rng.pick(['compileReleaseKotlin', 'mergeReleaseResources', 'processReleaseManifest', 'minifyReleaseWithR8'])}`,
        ],
      }),
      () => ({ out: [`Resolving dependencies... ${rng.int(1, 9)}.${rng.int(0, 9)}s`] }),
    ])();
  const steps = [
    { raw: { out: ['===== Step: Git Clone =====', `Cloning into '/Users/appcircle/app/goyje'...`] }, after: 0 },
    plant(
      'negative',
      'appcircle-git-commit',
      'none',
      'The commit the build checked out (40 hex digits): a commit, no credential.',
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: { out: [`HEAD is now at ${c.slice(0, 7)} dawakari: نوێکردنەوەی پەڕەی پارەدان`, `Commit: ${c}`] } };
      },
      { after: 2 },
    ),
    { raw: { out: ['===== Step: Custom Script (prepare) ====='] } },
    plant(
      'id-token',
      'appcircle-set-x-id-token-assignment',
      'error',
      "The prepare script asks Google for an identity token to call the shop's Cloud Run API, and `set -x` prints the assignment with the token, one hour, live at the line's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 1,
          claims: {
            iss: 'https://accounts.google.com',
            aud: `https://api-${lowerNum(rng, 10)}-ew.a.run.app`,
            sub: digits(rng, 21),
            email: `appcircle@goyje-kteb.iam.gserviceaccount.com`,
          },
        });
        return { value: token, jwt: facts, event: { out: ['++ gcloud auth print-identity-token', `+ ID_TOKEN=${token}`] } };
      },
    ),
    plant(
      'webhook',
      'appcircle-set-x-rocketchat-webhook',
      'error',
      WHY.webhook(
        "The script tells the team's Rocket.Chat channel a build started through an incoming webhook (`/hooks/<id>/<token>`), and `set -x` prints the curl command",
      ),
      ({ rng }) => {
        const id = rng.alnum(24);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            out: [
              `+ curl -s -X POST -H 'Content-Type: application/json' -d '{"text":"بنیاتنانی ئەپ دەستی پێکرد"}' https://chat.${GO}/hooks/${id}/${tok}`,
            ],
          },
        };
      },
    ),
    { raw: { out: ['===== Step: Flutter Build for Android ====='] } },
    plant(
      'api-key-name',
      'appcircle-flutter-build-dart-define-kilili-nexshe',
      'error',
      `${WHY.apiKey('KILILI_NEXSHE')} (کلیلی نەخشە, "map key": the shop's map tiles key.) The step echoes the \`flutter build\` command with its \`--dart-define\`.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { out: [`$ flutter build apk --release --dart-define=KILILI_NEXSHE=${k} --dart-define=BASH=kurdi -v`] } };
      },
    ),
    2,
    plant(
      'encoded',
      'appcircle-flutter-verbose-gradle-dart-defines-base64',
      'error',
      'At `-v` Flutter prints the Gradle command it runs, the defines passed as `-Pdart-defines=` each in base64; one decodes to `NHENIY_PAREDAN=…` (نهێنیی پارەدان, "payment secret"), the payment gateway\'s merchant secret given from a file the echoed command does not show.',
      ({ rng }) => {
        const b = b64Of(`NHENIY_PAREDAN=${rng.alnum(40)}`);
        return {
          value: b,
          event: {
            out: [
              `[  +${rng.int(2, 90)} ms] executing: /Users/appcircle/app/goyje/android/gradlew -Pverbose=true -Ptarget-platform=android-arm64 -Pdart-defines=${b64Of('BASH=kurdi')},${b} -Ptrack-widget-creation=true -Ptree-shake-icons=true assembleRelease`,
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'appcircle-keytool-certificate-sha256',
      'none',
      "`keytool -list` of the upload keystore prints the certificate's SHA-256 fingerprint (colon-separated hex): a public certificate's fingerprint, no credential.",
      ({ rng }) => {
        const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: fp,
          event: { out: ['+ keytool -list -keystore upload.jks -storepass:env KEYSTORE_PASS', `Certificate fingerprint (SHA-256): ${fp}`] },
        };
      },
    ),
    { raw: { out: ['===== Step: Custom Script (share) ====='] } },
    plant(
      'path-secret',
      'appcircle-set-x-curl-upload-hawbesh-path',
      'error',
      WHY.pathSecret(
        'The test build is uploaded to the shop\'s file server at a share path (`/hawbesh/<token>/`, هاوبەش, "share") that testers download from; `set -x` prints the command',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { out: [`+ curl -s -T build/app/outputs/flutter-apk/app-release.apk https://dl.${GO}/hawbesh/${tok}/goyje-2.4.0.apk`] },
        };
      },
    ),
    { raw: { out: ['===== Build Succeeded ====='] } },
  ];
  return buildLog(rng, { start: DAY_KU + 5 * HOUR, site: { host: 'appcircle' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// ecwid-orders.jsonl: the shop's Ecwid store, orders read from the REST API (`/api/v3/{storeId}/orders`), one a line:
// `id`, `internalId`, `orderNumber`, `email`, `createDate` (`yyyy-MM-dd HH:mm:ss +0000`, UTC), `paymentMethod`,
// `paymentStatus`, `fulfillmentStatus`, `ipAddress`, `refererUrl`, `globalReferer`, `customerUserAgent`, `orderComments`,
// `privateAdminNotes`, `orderExtraFields`, `items`, `externalTransactionId`. Customers write in Sorani.
// From memory (not fetched): the order's fields.

function ecwidLog(rng) {
  const STORE = digits(rng, 8);
  let num = 4100;
  const order = (rng, t, o) => {
    num += rng.int(1, 3);
    return JSON.stringify({
      id: upperNum(rng, 5),
      internalId: rng.int(500000000, 900000000),
      orderNumber: num,
      email: `${rng.pick(['shilan', 'karwan', 'nask', 'hawre', 'dilnya'])}${rng.int(10, 99)}@mail.example`,
      createDate: `${ymdHmsAt(t, 0)} +0000`,
      paymentMethod: rng.pick(['FIB', 'FastPay', 'پارەدان لە کاتی گەیاندن']),
      paymentStatus: 'PAID',
      fulfillmentStatus: 'AWAITING_PROCESSING',
      ipAddress: publicIp(rng),
      refererUrl: o.refererUrl ?? `https://${GO}/`,
      globalReferer: o.globalReferer ?? 'https://www.instagram.com/',
      customerUserAgent: rng.pick(BROWSERS),
      orderComments: o.orderComments ?? '',
      privateAdminNotes: o.privateAdminNotes ?? '',
      orderExtraFields: o.orderExtraFields ?? [],
      items: [
        { name: rng.pick(['مەم و زین', 'دیوانی نالی', 'شاری مۆسیقارە سپییەکان', 'ژانی گەل']), quantity: 1, price: rng.int(6, 25) * 1000 },
      ],
      externalTransactionId: o.externalTransactionId ?? '',
    });
  };
  const render = (e) => [order(rng, e.t, e.o ?? {})];
  const filler = (rng) =>
    rng.pick([
      () => ({ o: {} }),
      () => ({ o: { orderComments: 'تکایە بە دیاری بیپێچنەوە' } }),
      () => ({ o: { globalReferer: 'https://www.google.com/' } }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'ecwid-order-referer-url-signin-callback-code',
      'warning',
      `${WHY.code} The customer signed in with Google just before ordering, and the storefront page she came from, kept as the order's \`refererUrl\`, is the shop's callback with \`code\` and \`state\`.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(71)}`;
        return {
          value: code,
          event: {
            o: {
              refererUrl: `https://${GO}/chune-jurewe/callback?state=${rng.b64url(22)}&code=${code}&scope=email+openid&authuser=0&prompt=none`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ecwid-order-external-transaction-id',
      'none',
      "The payment provider's transaction id (`externalTransactionId`, a UUID): an identifier, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { o: { externalTransactionId: u } } };
      },
    ),
    2,
    plant(
      'id-token',
      'ecwid-order-global-referer-expired-id-token',
      'note',
      "The order's `globalReferer` is a partner library's sign-in return with `id_token` in the query; the token had expired about three hours before `createDate`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 4 * 3600 + rng.int(0, 900),
          claims: { iss: 'https://login.pirtukxane.example', aud: 'goyje', sub: rng.uuid() },
        });
        return { value: token, jwt: facts, event: { o: { globalReferer: `https://pirtukxane.example/return?id_token=${token}` } } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'ecwid-order-private-note-embed-jwt-120s',
      'warning',
      "A staff note (`privateAdminNotes`) pastes the book preview's embed link (`/embed/<JWT>`), a two-minute token without jti, live at `createDate`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 60),
          claims: { iss: `https://${GO}`, sub: `kteb:${rng.int(1000, 9999)}`, aud: 'pishandan' },
        });
        return { value: token, jwt: facts, event: { o: { privateAdminNotes: `پێشاندانی کتێب بۆ کڕیار: https://${GO}/embed/${token}` } } };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'ecwid-order-comments-access-token-fragment',
      'error',
      'A customer pastes the address of the page that would not load into her order comment; it is the sign-in return with `#access_token=…`.',
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: { o: { orderComments: `ئەم لینکە کار ناکات: https://${GO}/hesab#access_token=${at}&token_type=Bearer&expires_in=3600` } },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'ecwid-order-extra-field-ebook-download-link',
      'error',
      WHY.pathSecret(
        'A customer puts the download link of an e-book she bought before (`/dabezandin/<token>/…pdf`, دابەزاندن, "download") in a checkout field, asking for the printed copy',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            o: {
              orderExtraFields: [
                { id: 'tebini', title: 'تێبینی', value: `هەمان کتێبم پێشتر کڕیوە: https://${GO}/dabezandin/${tok}/diwani-nali.pdf` },
              ],
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'ecwid-order-comment-isbn-like-tracking-number',
      'none',
      'A courier tracking number (13 characters) a customer quotes in her comment: an identifier, no credential.',
      ({ rng }) => {
        const tn = `KR${digits(rng, 9)}IQ`;
        return { value: tn, event: { o: { orderComments: `ژمارەی بەدواداچوونی داواکاری پێشوو: ${tn}` } } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KU + 7 * HOUR, site: { host: 'ecwid' }, filler, render, steps: more(steps) });
}

// ---------------------------------------------------------------------------------------------------------------------
// pgpool.log: Pgpool-II 4.6 in front of the shop's PostgreSQL, `log_statement = on`, `log_line_prefix = '%m: %a pid %p: '`
// (`<yyyy-mm-dd hh:mm:ss.mmm +03>: <application> pid <pid>: LOG:  statement: <sql>`). Tables and columns in Sorani
// romanized: `danishtin` (session), `bilit` (ticket), `agadarkirdnewe` (notification), `dawakari` (order).
// From memory (not fetched): the prefix's rendering.

function pgpoolLog(rng) {
  const render = (e) => [
    `${local(e.t, AST).slice(0, 10)} ${local(e.t, AST).slice(11, 23)} +03: ${e.app ?? 'goyje-api'} pid ${rng.int(3000, 9000)}: LOG:  statement: ${e.sql}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ sql: `SELECT id, nav, nrx FROM kteb WHERE bash = '${rng.pick(['roman', 'shi3r', 'mezhu'])}' ORDER BY nav LIMIT 24` }),
      () => ({ sql: 'BEGIN' }),
      () => ({ sql: 'COMMIT' }),
      () => ({ sql: `UPDATE dawakari SET barudox = 'nardra' WHERE id = ${rng.int(4000, 4300)}` }),
    ])();
  const steps = [
    2,
    plant(
      'session-id',
      'pgpool-statement-insert-danishtin',
      'error',
      WHY.session(
        'The shop\'s API keeps customer sessions in a table (`danishtin`, دانیشتن, "session"); Pgpool\'s statement log writes the INSERT with the new id',
      ),
      ({ rng }) => {
        const s = rng.b64url(43);
        return {
          value: s,
          event: { sql: `INSERT INTO danishtin (id, kryar_id, kotayi) VALUES ('${s}', ${rng.int(100, 900)}, now() + interval '14 days')` },
        };
      },
    ),
    2,
    plant(
      'negative',
      'pgpool-statement-bcrypt-hash',
      'none',
      "A bcrypt hash (`$2a$10$…`) of a customer's new password in an UPDATE: a one-way hash, no credential.",
      ({ rng }) => {
        const h = `$2a$10$${rng.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
        return { value: h, event: { sql: `UPDATE kryar SET wshey_nheni_hash = '${h}' WHERE id = ${rng.int(100, 900)}` } };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pgpool-statement-insert-courier-refresh-token',
      'error',
      `${WHY.refresh} The courier integration stores its renewed tokens, and the INSERT in Pgpool's log holds the \`refresh_token\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            sql: `INSERT INTO oauth_token (dabinkar, refresh_token, updated_at) VALUES ('gayandn', '${rt}', now()) ON CONFLICT (dabinkar) DO UPDATE SET refresh_token = EXCLUDED.refresh_token`,
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'pgpool-statement-google-chat-webhook-token',
      'error',
      WHY.webhook(
        "The staff's Google Chat space is saved as a notification target (`agadarkirdnewe`, ئاگادارکردنەوە), its webhook URL with `key` and `token`",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            sql: `UPDATE agadarkirdnewe SET url = 'https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}' WHERE nav = 'froshtn'`,
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'pgpool-statement-bilit-single-use-first',
      'note',
      WHY.ticketFirst("A single-use ticket (`bilit`, بلیت) to a poetry evening, looked up once by the door app's query. The ticket is"),
      ({ rng }) => {
        const b = rng.b64url(22);
        return {
          value: b,
          event: { app: 'goyje-derge', sql: `UPDATE bilit SET bekarhatuwe = true WHERE kod = '${b}' AND bekarhatuwe = false RETURNING id` },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'pgpool-statement-embed-jwt-7d',
      'error',
      "A publisher's preview page is saved with its embed link (`/embed/<JWT>`), a token valid seven days without jti, live at the line's `+03` time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(60, 3600),
          claims: { iss: `https://${GO}`, sub: `kteb:${rng.int(1000, 9999)}`, aud: 'blawkar' },
        });
        return {
          value: token,
          jwt: facts,
          event: { sql: `INSERT INTO pishandan (kteb_id, url) VALUES (${rng.int(1000, 9999)}, 'https://${GO}/embed/${token}')` },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'pgpool-statement-client-error-page-url-fragment',
      'error',
      "The storefront's error reporter stores the page address with each error, and one is the sign-in return, `#access_token=…` included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            sql: `INSERT INTO hele (peyam, page_url) VALUES ('هەڵە: دانیشتن بەسەرچوو', 'https://${GO}/hesab#access_token=${at}&token_type=Bearer')`,
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pgpool-statement-where-kilili-api',
      'error',
      `${WHY.apiKey('kilili_api')} The API authenticates a distributor by looking its key up in a WHERE clause, which the statement log writes.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { sql: `SELECT id, nav FROM kogakan WHERE kilili_api = '${k}' AND chalak = true` } };
      },
    ),
    2,
    plant(
      'negative',
      'pgpool-statement-pdf-sha256',
      'none',
      "An e-book file's SHA-256 (64 hex digits) checked before sale: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { sql: `SELECT id FROM pel WHERE sha256 = '${h}'` } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KU + 8 * HOUR, site: { host: GO }, filler, render, steps: more(steps) });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout121');
writePart(join(here, 'heldout121'), {
  'vcpkg-reeldesk-install.log': vcpkgLog(rng),
  'soffice-sal-log.txt': libreofficeLog(rng),
  'jetforce-access.log': jetforceLog(rng),
  'vyos-show-log.txt': vyosLog(rng),
  'buttondown-events.jsonl': buttondownLog(rng),
  'blender-konsol.txt': blenderLog(rng),
  'trino-server.log': trinoLog(rng),
  'dask-distributed.log': daskLog(rng),
  'kdenlive-debug.txt': kdenliveLog(rng),
  'tidb-general.log': tidbLog(rng),
  'arangod.log': arangoLog(rng),
  'appcircle-goyje-android.log': appcircleLog(rng),
  'ecwid-orders.jsonl': ecwidLog(rng),
  'pgpool.log': pgpoolLog(rng),
});
