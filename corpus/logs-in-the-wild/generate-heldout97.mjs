// Writes corpus/logs-in-the-wild/heldout97/: a ninety-seventh held-out part, in formats no other part uses (XCP-ng's
// XAPI log `xensource.log`, a Pritunl server log, an Unraid syslog, Remmina's GLib debug output, a OneDev server log, a
// RhodeCode log, a Rancher server log, a Servant (Haskell) API's wai-extra `logStdoutDev` output, a Planka server log,
// a Mumble server (Murmur) log, a Pagure log, an EdgeRouter's (EdgeOS) /var/log/messages, a QNAP system event log
// exported as CSV, Olark conversation webhooks kept as JSON lines), with credentials planted in the places issue #14
// lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was built,
// before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout97.mjs     rewrites heldout97/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Holy Island (Lindisfarne) Community Development Trust of Northumberland, with a small server
// room (an XCP-ng host, a Pritunl VPN, an Unraid box at the heritage centre), the visitor-centre kiosks opened with
// Remmina and the causeway-times app built on OneDev (English, five logs); «Дзæбидыр», an Ossetian children's book
// publisher and online library of Vladikavkaz (North Ossetia), with its code on RhodeCode, a Rancher cluster, a
// dictionary API in Haskell, an editorial board on Planka and a Mumble server for readings (Ossetian, Iron, in Cyrillic
// where the apps show text, transliterated in routes, parameter, cookie and key names, five logs); the Kaza Sefaradi de
// Izmir, a Sephardic cultural association with a Ladino dictionary on Pagure, an office router, a QNAP NAS and a chat
// on its website (Ladino, Judeo-Spanish, in the Aki Yerushalayim Latin orthography, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, local, lowerNum, MIN, MONTHS, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'Go-http-client/2.0', 'okhttp/5.3.2', 'Dart/3.9 (dart:io)'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const build = logBuilder(baseRequest);
/** Each run of ordinary lines between planted steps written twice as long as the steps list it. */
const buildLog = (rng, spec) => build(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 2 : s)) });
const { firstUse, gap } = replayClock();

/** Northumberland in November (GMT, UTC+0), Vladikavkaz (MSK, UTC+3 all year), Izmir (TRT, UTC+3 all year). */
const GMT = 0;
const MSK = 180;
const TRT = 180;
const DAY_EN = Date.UTC(2027, 10, 15, 0, 0, 0);
const DAY_OS = Date.UTC(2027, 10, 29, 0, 0, 0);
const DAY_LA = Date.UTC(2027, 11, 13, 0, 0, 0);

/** Python logging's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** BSD syslog's `Nov 15 09:12:03` at `offset` minutes from UTC. */
const syslogTime = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(t, offset).slice(11, 19)}`;
};
/** Rancher's lumberjack-less logrus-to-stdlib time: `2027/11/29 09:12:03` (UTC). */
const slashTime = (t) => ymdHmsAt(t, 0).replace(/-/g, '/');
const lines = (text) => text.split('\n');
/** Rancher's token alphabet (no vowels, no look-alike digits). */
const RANCHER = 'bcdfghjklmnpqrstvwxz2456789';
const wgKey = (rng) => `${rng.bytes(32).toString('base64')}`;

// =====================================================================================================================
// Holy Island (Lindisfarne) Community Development Trust (English; Northumberland: GMT, UTC+0 in November)
// =====================================================================================================================

const HI = 'holyisland-trust.example';

// ---------------------------------------------------------------------------------------------------------------------
// xensource.log: XAPI on the trust's XCP-ng 8.3 host, through syslog: `<Mon dd hh:mm:ss> <host> xapi: [<level>||<thread>
// <context>|<task name> <R:|D:task>|<module>] <message>`, levels padded to five (` info`, `debug`, ` warn`, `error`),
// HTTP handlers logging their URI, the audit module's `Host.call_plugin … args = [ 'k' = 'v'; … ]`. Local time (GMT)
// without zone. From memory (not fetched): the bracketed prefix, `Session.create trackid=… pool=false uname=…
// originator=…`, the audit lines and the HTTP handler names.

function xapiLog(rng) {
  const HOST = 'lindisfarne-xcp1';
  const task = (rng) => `${rng.pick(['R', 'D'])}:${rng.hex(12)}`;
  const render = (e) =>
    e.x.map(([lvl, ctx, name, mod, msg]) => `${syslogTime(e.t, GMT)} ${HOST} xapi: [${lvl}||${ctx}|${name}|${mod}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({
        x: [['debug', `${rng.int(100, 9999)} HTTPS 192.0.2.40->:::80`, `VM.get_record ${task(rng)}`, 'api_effect', 'VM.get_record']],
      }),
      () => ({
        x: [
          [
            ' info',
            `${rng.int(100, 9999)} /var/lib/xcp/xapi`,
            `session.login_with_password D:${rng.hex(12)}`,
            'xapi_session',
            `Session.create trackid=${rng.hex(32)} pool=false uname=root originator=XenCenter is_local_superuser=true auth_user_sid= parent=trackid=${rng.hex(32)}`,
          ],
        ],
      }),
      () => ({
        x: [['debug', `${rng.int(10, 99)}`, `events D:${rng.hex(12)}`, 'xenops_server', `Received an event on managed VM ${rng.uuid()}`]],
      }),
      () => ({ x: [['debug', `${rng.int(10, 99)}`, `heartbeat ${task(rng)}`, 'xapi_ha', 'Heartbeat OK: all hosts live']] }),
    ])();
  const ctx = (rng) => `${rng.int(100, 9999)} HTTPS 192.0.2.40->:::80`;
  const steps = [
    4,
    plant(
      'session-id',
      'xapi-import-raw-vdi-session-ref',
      'error',
      WHY.session(
        "The kiosk image is uploaded with `import_raw_vdi`, whose URL carries the caller's XAPI session reference (`session_id=OpaqueRef:<uuid>`); XAPI's HTTP handler writes the URI and the import module writes it again",
      ),
      ({ rng }) => {
        const ref = `OpaqueRef:${rng.uuid()}`;
        const c = ctx(rng);
        const name = `VDI.import_raw ${task(rng)}`;
        const uri = `/import_raw_vdi?session_id=${ref}&vdi=${rng.uuid()}&format=vhd`;
        return {
          value: ref,
          event: {
            x: [
              ['debug', c, name, 'xapi_http', `HTTP GET ${uri}`],
              [' info', c, name, 'import', `import_raw_vdi: uri=${uri} content_length=${rng.int(2, 9) * 1073741824}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'xapi-task-opaqueref',
      'none',
      "A task's reference (`OpaqueRef:<uuid>` of a `task` object) in the status line of an export: it names an asynchronous job to poll, and grants nothing without a session.",
      ({ rng }) => {
        const ref = `OpaqueRef:${rng.uuid()}`;
        return {
          value: ref,
          event: {
            x: [['debug', ctx(rng), `VM.export ${task(rng)}`, 'export', `task ${ref} progress=0.${rng.int(10, 99)} status=pending`]],
          },
        };
      },
    ),
    plant(
      'path-secret',
      'xapi-vm-import-url-nextcloud-share',
      'error',
      WHY.pathSecret(
        "A visitor-kiosk template imported with `VM.import` from the trust's Nextcloud public share (`/s/<15 characters>/download`); XAPI writes the URL it fetches",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            x: [
              [
                ' info',
                ctx(rng),
                `VM.import ${task(rng)}`,
                'import',
                `import: fetching from url=https://cloud.${HI}/s/${tok}/download/kiosk-template-2027.xva sr=${rng.uuid()}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'xapi-audit-call-plugin-slack-webhook',
      'error',
      WHY.webhook(
        "A home-made host plugin (`backup-notify`) called with a Slack incoming webhook as its argument; XAPI's audit module writes every argument of `Host.call_plugin`",
      ),
      ({ rng }) => {
        const path = `T${upperNum(rng, 9)}/B${upperNum(rng, 11)}/${rng.alnum(24)}`;
        return {
          value: path,
          event: {
            x: [
              [
                ' info',
                ctx(rng),
                `host.call_plugin ${task(rng)}`,
                'audit',
                `Host.call_plugin host = '${rng.uuid()} (${HOST})'; plugin = 'backup-notify'; fn = 'notify' args = [ 'webhook' = 'https://hooks.slack.com/services/${path}'; 'text' = 'Nightly export finished' ]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'xapi-audit-call-plugin-api-key',
      'error',
      `${WHY.apiKey('api_key')} The off-site copy plugin gets the storage provider's key as an argument, and the audit line writes it.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            x: [
              [
                ' info',
                ctx(rng),
                `host.call_plugin ${task(rng)}`,
                'audit',
                `Host.call_plugin host = '${rng.uuid()} (${HOST})'; plugin = 'offsite-sync'; fn = 'push' args = [ 'bucket' = 'lindisfarne-xva'; 'api_key' = '${key}'; 'endpoint' = 'https://s3.eu-central-003.backblazeb2.com' ]`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'xapi-xenstore-user-data-base64-chpasswd',
      'error',
      "Cloud-init user data handed to a new VM through xenstore (`vm-data/user-data`) is base64; decoded, the cloud-config sets the kiosk user's password (`chpasswd`).",
      ({ rng }) => {
        const cfg = `#cloud-config\nhostname: kiosk-3\nchpasswd:\n  expire: false\n  users:\n    - name: kiosk\n      password: ${rng.alnum(16)}\n      type: text\n`;
        const b = b64Of(cfg);
        return {
          value: b,
          event: {
            x: [
              [
                'debug',
                ctx(rng),
                `VM.add_to_xenstore_data ${task(rng)}`,
                'audit',
                `VM.add_to_xenstore_data self = '${rng.uuid()}'; key = 'vm-data/user-data'; value = '${b}'`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'xapi-session-destroy-trackid',
      'none',
      "`trackid` is XAPI's hash of a session reference, written so that log lines of one session can be matched: it cannot be turned back into the session, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return {
          value: id,
          event: {
            x: [
              [
                ' info',
                `${rng.int(100, 9999)} /var/lib/xcp/xapi`,
                `session.logout D:${rng.hex(12)}`,
                'xapi_session',
                `Session.destroy trackid=${id}`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'xapi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pritunl.log: the trust's Pritunl VPN server: `[<host name>][<yyyy-mm-dd hh:mm:ss,mmm>][<LEVEL>] <message>`, then the
// message's keyword arguments one a line, indented, `name = value`, and a traceback where there is one. Local time
// (GMT). From memory (not fetched): the prefix, the indented keyword lines, the messages and the key link paths.

function pritunlLog(rng) {
  const NODE = 'quiet-causeway-4127';
  const render = (e) => [
    `[${NODE}][${commaMs(e.t, GMT)}][${e.lvl ?? 'INFO'}] ${e.msg}`,
    ...(e.kw ?? []).map(([k, v]) => `  ${k.padEnd(10)}= ${v}`),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        msg: 'User connected',
        kw: [
          ['user_name', `"${rng.pick(['warden', 'shop', 'heritage', 'ferry-desk'])}"`],
          ['remote_ip', `"${publicIp(rng)}"`],
        ],
      }),
      () => ({ msg: 'User disconnected', kw: [['user_id', `"${rng.hex(24)}"`]] }),
      () => ({ msg: 'Checking notifications...' }),
      () => ({
        msg: 'Pool ping',
        kw: [
          ['server_id', `"${rng.hex(24)}"`],
          ['clients', `${rng.int(0, 9)}`],
        ],
      }),
    ])();
  const steps = [
    { raw: { msg: 'Starting server', kw: [['version', '"1.32.4081.52"']] }, after: 0 },
    3,
    plant(
      'path-secret',
      'pritunl-temporary-profile-key-link',
      'error',
      WHY.pathSecret(
        'A temporary profile link (`/k/<key>`) made for a volunteer and written with the user it belongs to; whoever opens it downloads the VPN profile',
      ),
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            msg: 'Created user key link',
            kw: [
              ['user_id', `"${rng.hex(24)}"`],
              ['key_link', `"https://vpn.${HI}/k/${k}"`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'pritunl-client-import-uri-ku',
      'error',
      WHY.pathSecret(
        "The client's import address for the same kind of link (`pritunl://…/ku/<key>`), logged when a tablet asked for it; it carries the key in its path",
      ),
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            msg: 'Profile import uri requested',
            kw: [
              ['uri', `"pritunl://vpn.${HI}/ku/${k}"`],
              ['remote_ip', `"${publicIp(rng)}"`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'pritunl-wireguard-public-key',
      'none',
      "A WireGuard client's public key (32 bytes in base64) written when it connects: public by design, no credential.",
      ({ rng }) => {
        const k = wgKey(rng);
        return {
          value: k,
          event: {
            msg: 'WireGuard client connected',
            kw: [
              ['public_key', `"${k}"`],
              ['user_name', '"warden"'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'pritunl-sso-callback-error-url-code',
      'warning',
      `${WHY.code} The Google single sign-on return fails on the server's clock and the error's keyword lines keep the whole callback address.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            lvl: 'ERROR',
            msg: 'Google auth check error',
            kw: [
              ['url', `"https://vpn.${HI}/sso/callback?state=${rng.alnum(32)}&code=${code}&scope=email+openid&authuser=0&prompt=none"`],
              ['remote_ip', `"${publicIp(rng)}"`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pritunl-sso-refresh-failed-kwarg',
      'error',
      `${WHY.refresh} Google's refresh token (\`1//0…\`) is a keyword of the warning written when the periodic SSO check fails.`,
      ({ rng }) => {
        const rt = `1//03${rng.b64url(98)}`;
        return {
          value: rt,
          event: {
            lvl: 'WARNING',
            msg: 'Failed to refresh Google SSO token',
            kw: [
              ['user_id', `"${rng.hex(24)}"`],
              ['refresh_token', `"${rt}"`],
              ['status', '400'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pritunl-auth-plugin-error-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} The trust's authentication plugin asks the rota app whether a volunteer is on duty, and the error's keyword line quotes the URL with the key.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            lvl: 'ERROR',
            msg: 'Plugin user_authenticate error',
            kw: [
              ['plugin', '"rota_check"'],
              ['url', `"https://rota.${HI}/api/on-duty?user=warden&api_key=${key}"`],
              ['error', '"timeout"'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'pritunl-organization-object-id',
      'none',
      'An organisation id (a 24-hex MongoDB ObjectId) in the line written when users are imported: a database id, no credential.',
      ({ rng }) => {
        const id = rng.hex(24);
        return {
          value: id,
          event: {
            msg: 'Imported users',
            kw: [
              ['org_id', `"${id}"`],
              ['count', `${rng.int(3, 20)}`],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'pritunl' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// syslog: /var/log/syslog of the heritage centre's Unraid 7 server ("Tower"): BSD syslog `<Mon dd hh:mm:ss> Tower
// <tag>: <message>` in local time (GMT); nginx's error lines (its own `yyyy/mm/dd hh:mm:ss [error] pid#tid: *n …, client:
// …, server: …, request: "…", host: "…"`) forwarded by syslog, emhttpd, the notification agents, User Scripts output sent
// through `logger`. From memory (not fetched): the tags and messages, the `csrf_token` of webGui requests.

function unraidLog(rng) {
  const render = (e) => e.u.map(([tag, msg]) => `${syslogTime(e.t, GMT)} Tower ${tag}: ${msg}`);
  const ngx = (e, rng, msg, req, ref) =>
    `${slashTime(e)} [error] ${rng.int(5000, 9000)}#${rng.int(5000, 9000)}: *${rng.int(100, 99999)} ${msg}, client: 192.168.10.${rng.int(20, 90)}, server: , request: "${req}", host: "tower.local"${ref ? `, referrer: "${ref}"` : ''}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ u: [['emhttpd', `spinning down /dev/sd${rng.pick(['b', 'c', 'd', 'e'])}`]] }),
      () => ({ u: [['kernel', `eth0: renamed from veth${rng.hex(7)}`]] }),
      () => ({ u: [['rc.docker', `${rng.pick(['jellyfin', 'metabase', 'sonarr', 'nextcloud'])}: started succesfully!`]] }),
      () => ({
        u: [
          [
            'nginx',
            ngx(
              t,
              rng,
              'upstream timed out (110: Connection timed out) while reading response header from upstream',
              `GET /plugins/dynamix.system.stats/include/Stats.php?cmd=sys HTTP/1.1`,
            ),
          ],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'framework-dump',
      'unraid-user-script-docker-run-env-password',
      'error',
      'A User Scripts job recreates the collection-database container and sends its output to syslog through `logger`; the `docker run` it prints holds the database password as an `-e` variable.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            u: [
              ['root', 'Script Starting recreate-collections-db'],
              [
                'root',
                `docker run -d --name='collections-db' --net='bridge' -e TZ="Europe/London" -e HOST_OS="Unraid" -e 'MARIADB_USER'='collections' -e 'MARIADB_PASSWORD'='${pw}' -v '/mnt/user/appdata/collections-db':'/var/lib/mysql':'rw' 'mariadb:11.4'`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'unraid-nginx-webgui-csrf-token',
      'none',
      "Unraid's webGui sends its `csrf_token` (16 upper-case hex) with every command; a timed-out request quotes it: an anti-forgery value, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(16).toUpperCase();
        return {
          value: c,
          event: {
            u: [
              [
                'nginx',
                ngx(
                  t,
                  rng,
                  'upstream timed out (110: Connection timed out) while reading response header from upstream',
                  `POST /webGui/include/Notify.php?csrf_token=${c} HTTP/1.1`,
                  'http://tower.local/Dashboard',
                ),
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'unraid-nginx-error-request-sonarr-apikey',
      'error',
      `${WHY.apiKey('apikey')} A calendar widget calls the Sonarr container through the server's address, and nginx's error line quotes the request with the key.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            u: [
              [
                'nginx',
                ngx(
                  t,
                  rng,
                  'connect() failed (111: Connection refused) while connecting to upstream',
                  `GET /sonarr/api/v3/calendar?apikey=${key}&start=2027-11-15&end=2027-11-22 HTTP/1.1`,
                ),
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'unraid-gotify-agent-token-url',
      'error',
      WHY.webhook(
        "Unraid's Gotify notification agent failed, and its error quotes the push address with the application token (`/message?token=A…`, 15 characters)",
      ),
      ({ rng }) => {
        const tok = `A${rng.alnum(14)}`;
        return {
          value: tok,
          event: {
            u: [
              [
                'Gotify',
                `Failed to send notification to https://push.${HI}/message?token=${tok} (curl: (28) Operation timed out after 10001 milliseconds)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'unraid-user-script-privatebin-link',
      'error',
      WHY.pathSecret(
        "A diagnostics script pastes the server's report to the trust's PrivateBin and logs the link; the fragment after `#` is the paste's decryption key, so the whole link opens it",
      ),
      ({ rng }) => {
        const key = rng.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44);
        return { value: key, event: { u: [['root', `diagnostics uploaded: https://paste.${HI}/?${rng.hex(16)}#${key}`]] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'unraid-nginx-error-embed-jwt',
      'error',
      "A Metabase embed address (`/embed/dashboard/<JWT>`) opened against the server's own port instead of the container's; nginx's error line writes the path with the token",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 1800,
          age: rng.int(30, 300),
          claims: { resource: { dashboard: rng.int(2, 9) }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            u: [
              [
                'nginx',
                ngx(
                  t,
                  rng,
                  `open() "/usr/local/emhttp/embed/dashboard/${token}" failed (2: No such file or directory)`,
                  `GET /embed/dashboard/${token} HTTP/1.1`,
                ),
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'unraid-docker-image-digest',
      'none',
      'The image digest Docker prints after a pull (`sha256:<64 hex>`): a content hash, no credential.',
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { u: [['rc.docker', `metabase: pulled metabase/metabase:v0.56.3 Digest: sha256:${d}`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'tower' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// remmina-kiosk.log: Remmina 1.4's stderr on the visitor-centre kiosk, started with `G_MESSAGES_DEBUG=remmina` and
// redirected to a file: GLib's `(<prgname>:<pid>): <domain>-DEBUG: <hh:mm:ss.mmm>: <message>`, local time (GMT) without
// date. The WWW plugin (WebKitGTK) shows the tide dashboards. GLib's line layout from memory (the standard g_log
// handler); Remmina's messages paraphrased from memory.

function remminaLog(rng) {
  const render = (e) => e.r.map((m) => `(org.remmina.Remmina:${4312}): remmina-DEBUG: ${local(e.t, GMT).slice(11, 23)}: ${m}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ r: [`[RDP] Connected to kiosk-${rng.int(1, 4)}.${HI}:3389`] }),
      () => ({ r: [`[WWW] load-changed: finished`] }),
      () => ({ r: [`remmina_main_quickconnect: profile "Tide board ${rng.int(1, 3)}"`] }),
      () => ({ r: [`[RDP] rf_desktop_resize ${rng.pick(['1920x1080', '1280x1024'])}`] }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'remmina-www-grafana-snapshot-url',
      'error',
      WHY.pathSecret(
        'The WWW profile opens a Grafana snapshot (`/dashboard/snapshot/<32 characters>`), whose key is the whole access control of the snapshot',
      ),
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { r: [`[WWW] URL is set to https://grafana.${HI}/dashboard/snapshot/${k}?kiosk`] } };
      },
    ),
    2,
    plant(
      'negative',
      'remmina-rdp-certificate-fingerprint',
      'none',
      "The RDP server's certificate fingerprint (SHA-256, colon-separated) Remmina shows before trusting it: a public certificate's hash, no credential.",
      ({ rng }) => {
        const f = rng.hex(64).match(/../g).join(':');
        return { value: f, event: { r: [`[RDP] Certificate fingerprint: ${f}`] } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'remmina-www-metabase-embed',
      'error',
      'The causeway board is a Metabase static embed (`/embed/dashboard/<JWT>#bordered=false`) the WWW plugin loads; the token is signed for ten minutes at a time, live when the line was written (GMT clock)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(5, 60),
          claims: { resource: { dashboard: 4 }, params: { site: 'causeway' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { r: [`[WWW] URL is set to https://bi.${HI}/embed/dashboard/${token}#bordered=false&titled=false`] },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'remmina-vnc-uri-password',
      'error',
      "A kiosk's VNC profile was made from a `vnc://:<password>@host` address, and Remmina writes the address it parsed, the password in its userinfo.",
      ({ rng }) => {
        const pw = rng.alnum(8);
        return { value: pw, event: { r: [`[VNC] remmina_file_new_from_uri: vnc://:${pw}@kiosk-shop.${HI}:5901`] } };
      },
    ),
    2,
    plant(
      'id-token',
      'remmina-www-load-changed-fragment-id-token',
      'error',
      "The staff page signs in through the trust's identity provider, which returns `#id_token=…` in the fragment; the WWW plugin's `load-changed` line writes the whole address. The token lives an hour, live at the line's time (GMT)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://id.${HI}`, aud: 'kiosk-staff', sub: rng.uuid(), nonce: rng.b64url(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: { r: [`[WWW] load-changed: committed https://staff.${HI}/signin#id_token=${token}&state=${rng.b64url(22)}`] },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'remmina-www-load-changed-fragment-access-token',
      'error',
      "The events screen uses the implicit flow; its return (`#access_token=…&token_type=Bearer&expires_in=3600`) is written by the WWW plugin's `load-changed` line.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            r: [`[WWW] load-changed: redirected https://events.${HI}/callback#access_token=${at}&token_type=Bearer&expires_in=3600`],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'remmina-www-title-changed-fragment',
      'error',
      "The page's title is set to its own address by a broken template, and the WWW plugin logs the title: an implicit-flow `#access_token=…` with it.",
      ({ rng }) => {
        const at = rng.alnum(40);
        return { value: at, event: { r: [`[WWW] title changed: "https://tides.${HI}/admin/#access_token=${at}&scope=read"`] } };
      },
    ),
    2,
    plant(
      'negative',
      'remmina-www-grafana-dashboard-uid',
      'none',
      'A Grafana dashboard `uid` in its path (`/d/<uid>/…`): names the dashboard, which still needs a signed-in viewer; no credential.',
      ({ rng }) => {
        const uid = rng.b64url(14);
        return { value: uid, event: { r: [`[WWW] URL is set to https://grafana.${HI}/d/${uid}/causeway-safe-crossing?orgId=1&kiosk`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'remmina' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// onedev-server.log: OneDev 11's `logs/server.log`: `<yyyy-mm-dd hh:mm:ss,mmm> <LEVEL, padded to 5> [<thread>]
// <logger> - <message>`, local time (GMT), Java toString output of records and maps. From memory (not fetched): the
// pattern, the logger names, the messages.

function onedevLog(rng) {
  const render = (e) =>
    e.o.flatMap(([lvl, th, lg, msg]) => {
      const [first, ...rest] = lines(msg);
      return [`${commaMs(e.t, GMT)} ${lvl.padEnd(5)} [${th}] ${lg} - ${first}`, ...rest];
    });
  const th = (rng) => rng.pick([`qtp${rng.int(100000, 999999)}-${rng.int(20, 90)}`, `job-executor-${rng.int(1, 4)}`, 'main']);
  const filler = (rng) =>
    rng.pick([
      () => ({
        o: [
          [
            'INFO',
            th(rng),
            'io.onedev.server.job.DefaultJobManager',
            `Job finished (project: causeway-times, build: #${rng.int(300, 420)}, job: ci)`,
          ],
        ],
      }),
      () => ({ o: [['INFO', th(rng), 'io.onedev.server.git.GitFilter', `Pushed refs/heads/main (project: causeway-times)`]] }),
      () => ({
        o: [
          [
            'WARN',
            th(rng),
            'io.onedev.server.web.websocket.WebSocketManager',
            'Error sending websocket message: java.nio.channels.ClosedChannelException',
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'refresh-token',
      'onedev-record-tostring-refresh-token',
      'error',
      `${WHY.refresh} The SSO connector logs the record it keeps for a signed-in volunteer, and Java's record toString writes every component, the refresh token among them.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            o: [
              [
                'DEBUG',
                th(rng),
                'io.onedev.server.plugin.sso.openid.OpenIdConnector',
                `Stored SsoSession[subject=${rng.uuid()}, email=warden@${HI}, refreshToken=${rt}, expiresIn=3600]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'onedev-agent-request-headers-map-bearer',
      'error',
      'The request of a build agent that failed to authenticate, its headers printed as a Java map of lists (`{Authorization=[Bearer …], …}`); the agent token is long-lived.',
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            o: [
              [
                'WARN',
                th(rng),
                'io.onedev.server.rest.resource.AgentResource',
                `Agent authentication failed, request headers: {Authorization=[Bearer ${tok}], User-Agent=[OneDev Agent 11.0.4], Host=[dev.${HI}]}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'onedev-ssh-key-fingerprint',
      'none',
      "The SHA-256 fingerprint of an SSH public key a volunteer added: a public key's hash, no credential.",
      ({ rng }) => {
        const f = rng.bytes(32).toString('base64').replace(/=+$/, '');
        return {
          value: f,
          event: {
            o: [
              [
                'INFO',
                th(rng),
                'io.onedev.server.entitymanager.impl.DefaultSshKeyManager',
                `SSH key added (user: ferry-desk, fingerprint: SHA256:${f})`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'onedev-teams-webhook-error',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<ids>/IncomingWebhook/<32 hex>/<id>`) a job posts to; its failure quotes the address',
      ),
      ({ rng }) => {
        const s = `${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${rng.hex(32)}/${rng.uuid()}`;
        return {
          value: s,
          event: {
            o: [
              [
                'ERROR',
                th(rng),
                'io.onedev.server.notification.WebHookManager',
                `Error posting to https://lindisfarnetrust.webhook.office.com/webhookb2/${s}: 408 Request Timeout`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'onedev-git-extraheader-basic-base64',
      'error',
      'A mirror job runs git with `-c http.extraHeader="Authorization: Basic …"`, and the failed command is logged; decoded, the base64 holds the mirror account and its password.',
      ({ rng }) => {
        const b = b64Of(`mirror-bot:${rng.alnum(24)}`);
        return {
          value: b,
          event: {
            o: [
              [
                'ERROR',
                th(rng),
                'io.onedev.server.git.command.GitCommand',
                `Command failed: git -c http.extraHeader="Authorization: Basic ${b}" push --mirror https://git.northumbria-trusts.example/holyisland/causeway-times.git\nfatal: unable to access 'https://git.northumbria-trusts.example/holyisland/causeway-times.git/': The requested URL returned error: 403`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'onedev-job-error-tide-api-key',
      'error',
      `${WHY.apiKey('tide_key')} The build's data job sends the trust's tide service key in the query, and the failed step's message quotes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            o: [
              [
                'ERROR',
                th(rng),
                'io.onedev.server.job.JobContext',
                `Step "fetch tides" failed: GET https://tides.${HI}/v2/predictions?station=holy-island&days=14&tide_key=${key} returned 401`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'onedev-lfs-object-oid',
      'none',
      'A Git LFS object id (`oid sha256:<64 hex>`) of an uploaded chart: a content hash, no credential.',
      ({ rng }) => {
        const oid = rng.hex(64);
        return {
          value: oid,
          event: {
            o: [
              [
                'INFO',
                th(rng),
                'io.onedev.server.git.LfsFilter',
                `LFS object uploaded (project: causeway-times, oid: sha256:${oid}, size: ${rng.int(20000, 900000)})`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'onedev' }, filler, render, steps });
}

// =====================================================================================================================
// «Дзæбидыр», Ossetian children's book publisher and online library (Ossetian, Iron; Vladikavkaz: MSK, UTC+3)
// =====================================================================================================================

const DZ = 'dzaebidyr.example';

// ---------------------------------------------------------------------------------------------------------------------
// rhodecode.log: RhodeCode CE 5 behind gunicorn: `<yyyy-mm-dd hh:mm:ss,mmm> [<pid>] <LEVEL, padded> [<logger>] <message>`
// in local time (MSK) without zone; the request wrapper's `Req[<n>] IP: … <METHOD> Request to <path> time: …s
// [<agent>] RhodeCode …`. From memory (not fetched): the prefix, the wrapper's wording, the base controller's `request
// path:` line, the integration and settings lines.

function rhodecodeLog(rng) {
  let req = 40;
  const render = (e) => e.c.map(([lvl, lg, msg]) => `${commaMs(e.t, MSK)} [${e.pid ?? 1187}] ${lvl.padEnd(5)} [${lg}] ${msg}`);
  const wrap = (rng, ip, m, path, agent = 'Mozilla/5.0') => [
    'INFO',
    'rhodecode.lib.middleware.request_wrapper',
    `Req[${String(++req).padStart(4)}] IP: ${ip} ${m} Request to ${path} time: ${(rng.int(4, 400) / 1000).toFixed(4)}s [${agent}], RhodeCode 5.4.1`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ c: [wrap(rng, publicIp(rng), 'GET', `/chinygdon-web/files/${rng.hex(12)}/src/`)] }),
      () => ({ c: [['DEBUG', 'rhodecode.lib.auth', `Auth-check of user:redaktor, via:auth_plugin`]] }),
      () => ({ c: [wrap(rng, publicIp(rng), 'GET', '/_admin/notifications')] }),
      () => ({ c: [['INFO', 'rhodecode.lib.hooks_daemon', `Hook daemon: push to chinygdon-web by redaktor (${rng.int(1, 5)} commits)`]] }),
    ])();
  const steps = [
    2,
    plant(
      'framework-dump',
      'rhodecode-settings-dict-repr-db-password',
      'error',
      'At start-up a debug line prints the loaded settings as a Python dict; the database URL in it carries the password (`postgresql://rhodecode:<password>@…`).',
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            c: [
              [
                'DEBUG',
                'rhodecode.config.middleware',
                `Loaded settings: {'app.base_url': 'https://code.${DZ}', 'sqlalchemy.db1.url': 'postgresql://rhodecode:${pw}@db:5432/rhodecode', 'cache_dir': '/var/opt/rhodecode_data', 'use_celery': True}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'rhodecode-journal-feed-auth-token',
      'error',
      `${WHY.apiKey('auth_token')} RhodeCode lets a feed reader pass a user's auth token (40 hex) in the query; the base controller writes the path and the request wrapper writes it again.`,
      ({ rng }) => {
        const key = rng.hex(40);
        const path = `/_admin/journal/atom?auth_token=${key}`;
        const ip = publicIp(rng);
        return {
          value: key,
          event: { c: [['DEBUG', 'rhodecode.lib.base', `request path: ${path}`], wrap(rng, ip, 'GET', path, 'Thunderbird/140.5')] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rhodecode-changeset-commit-id',
      'none',
      'A commit id (40 hex) in a changeset path: names a commit, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { c: [wrap(rng, publicIp(rng), 'GET', `/chinygdon-web/changeset/${sha}`)] } };
      },
    ),
    2,
    plant(
      'oauth-code',
      'rhodecode-oidc-callback-keycloak-code',
      'warning',
      `${WHY.code} Keycloak's code (\`<uuid>.<uuid>.<uuid>\`) returns to RhodeCode's OpenID Connect plugin, and the request wrapper writes the callback with it.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            c: [
              wrap(
                rng,
                publicIp(rng),
                'GET',
                `/_admin/auth/oidc/callback?state=${rng.b64url(30)}&session_state=${rng.uuid()}&code=${code}`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'rhodecode-archive-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket for a repository archive (`bilet`, Ossetian билет, "ticket"), handed to the printing house. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(32);
        firstUse.bilet = t;
        return { value: b, event: { c: [wrap(rng, '203.0.113.77', 'GET', `/chinygdon-print/archive/tip.zip?bilet=${b}`, 'Wget/1.25.0')] } };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'rhodecode-archive-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address fetched the archive with the printing house's ticket, and the request wrapper shows it served.`,
          },
        ],
        event: {
          c: [wrap(rng, '198.51.100.23', 'GET', `/chinygdon-print/archive/tip.zip?bilet=${refs.get('bilet').value}`, 'curl/8.19.0')],
        },
      }),
      { replayOf: 'bilet', after: 211 },
    ),
    2,
    plant(
      'webhook',
      'rhodecode-mattermost-integration-url',
      'error',
      WHY.webhook(
        "RhodeCode's Mattermost integration posts to an incoming webhook (`/hooks/<26 characters>`) and logs the address on failure",
      ),
      ({ rng }) => {
        const h = lowerNum(rng, 26);
        return {
          value: h,
          event: {
            c: [
              [
                'ERROR',
                'rhodecode.integrations.types.base',
                `Failed to send message to https://chat.${DZ}/hooks/${h}: Read timed out. (read timeout=30)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'rhodecode-environ-repr-cookie',
      'error',
      WHY.session(
        "An exception's report prints the WSGI environ as a Python dict, and its `HTTP_COOKIE` holds RhodeCode's `rhodecode` session cookie",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            c: [
              [
                'ERROR',
                'rhodecode.lib.middleware.error_handling',
                `Exception in /chinygdon-web/pull-request/new, environ: {'REQUEST_METHOD': 'GET', 'PATH_INFO': '/chinygdon-web/pull-request/new', 'HTTP_HOST': 'code.${DZ}', 'HTTP_COOKIE': 'rhodecode=${s}; rhodecode_lang=os'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rhodecode-form-csrf-token',
      'none',
      "A comment form's `csrf_token` in the parameters printed at debug: an anti-forgery value, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            c: [
              [
                'DEBUG',
                'rhodecode.apps.repository.views.repo_commits',
                `POST params: {'text': 'Хорз у, ацы хуызæн ныууадз.', 'csrf_token': '${c}'}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OS + 6 * HOUR, site: { host: 'rhodecode' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rancher.log: the Rancher 2.9 server container's stdout: `<yyyy/mm/dd hh:mm:ss> [<LEVEL>] <message>` (UTC), Go's `%+v`
// of structs and maps, `url.Error` messages quoting the URL. From memory (not fetched): the messages, the import path
// `/v3/import/<token>_<cluster>.yaml`.

function rancherLog(rng) {
  const render = (e) => e.k.map(([lvl, msg]) => `${slashTime(e.t)} [${lvl}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ k: [['INFO', `Handling backend connection request [c-m-${lowerNum(rng, 8)}]`]] }),
      () => ({
        k: [
          [
            'INFO',
            `[planner] rkecluster fleet-default/chinygdon: configuring bootstrap node(s) custom-${rng.hex(12)}: waiting for plan to be applied`,
          ],
        ],
      }),
      () => ({
        k: [
          [
            'INFO',
            `Watching metadata for rke-machine-config.cattle.io/v1, Kind=${rng.pick(['DigitaloceanConfig', 'VmwarevsphereConfig'])}`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'path-secret',
      'rancher-cluster-import-url-token',
      'error',
      WHY.pathSecret(
        'The registration command of an imported cluster (`/v3/import/<token>_<cluster>.yaml`) logged at info; the token in the path registers an agent into the cluster',
      ),
      ({ rng }) => {
        const tok = rng.chars(RANCHER, 54);
        return {
          value: tok,
          event: {
            k: [
              [
                'INFO',
                `[clusterregistrationtoken] cluster c-m-${lowerNum(rng, 8)}: curl --insecure -sfL https://rancher.${DZ}/v3/import/${tok}_c-m-${lowerNum(rng, 8)}.yaml | kubectl apply -f -`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rancher-ca-checksum',
      'none',
      "`CATTLE_CA_CHECKSUM`, the SHA-256 of the server's CA certificate agents pin: a public certificate's hash, no credential.",
      ({ rng }) => {
        const c = rng.hex(64);
        return { value: c, event: { k: [['INFO', `Updating agent deployment with CATTLE_CA_CHECKSUM=${c}`]] } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'rancher-helm-repo-spec-go-struct',
      'error',
      "A catalog error prints the Helm repository's spec with Go's `%+v`; its basic-auth password is a field of the struct.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            k: [
              [
                'ERROR',
                `error syncing 'chinygdon-charts': handler helm-clusterrepo-download: {URL:https://charts.${DZ}/ Username:ci Password:${pw} InsecureSkipTLSverify:false}: 401 Unauthorized, requeuing`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'rancher-request-header-map-bearer',
      'error',
      "An authentication debug line prints the request's headers as a Go `map[…]`, the Rancher API token (`token-<5>:<54>`) in `Authorization: Bearer` with them.",
      ({ rng }) => {
        const tok = `token-${rng.chars(RANCHER, 5)}:${rng.chars(RANCHER, 54)}`;
        return {
          value: tok,
          event: {
            k: [
              [
                'DEBUG',
                `[auth] authenticating request: map[Accept:[application/json] Authorization:[Bearer ${tok}] User-Agent:[Go-http-client/2.0]]`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'rancher-keycloak-oidc-expired-id-token',
      'note',
      'The Keycloak OIDC provider rejects a sign-in whose ID token had expired, and its error line writes the raw token; expired three hours before the line (UTC)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age: 3 * 3600 + rng.int(300, 900),
          claims: { iss: `https://id.${DZ}/realms/dzaebidyr`, aud: 'rancher', sub: rng.uuid(), typ: 'ID' },
        });
        return {
          value: token,
          jwt: facts,
          event: { k: [['ERROR', `[keycloakoidc] failed to verify ID token: oidc: token is expired, rawIDToken=${token}`]] },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'rancher-oauth2-token-go-struct',
      'error',
      `${WHY.refresh} The GitHub App auth provider prints the \`oauth2.Token\` it got back with \`%+v\`, the refresh token a field of it.`,
      ({ rng }) => {
        const rt = `ghr_${rng.alnum(76)}`;
        return {
          value: rt,
          event: {
            k: [
              [
                'DEBUG',
                `[githubapp] token refreshed: &{AccessToken: TokenType:bearer RefreshToken:${rt} Expiry:2027-11-30 05:12:03 +0000 UTC ExpiresIn:0}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'rancher-url-error-daeghael',
      'error',
      `${WHY.apiKey('daeghael')} (\`daeghael\`, Ossetian дæгъæл, "key"): the library's catalogue index, fetched by a Helm repository, takes it in the query; Go's \`url.Error\` quotes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            k: [
              [
                'ERROR',
                `error syncing 'chinygdon-catalogue': Get "https://catalog.${DZ}/index.yaml?daeghael=${key}": dial tcp 10.43.12.7:443: i/o timeout`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rancher-kubernetes-object-uid',
      'none',
      "A Kubernetes object's `uid` in a controller's message: names an object, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { k: [['INFO', `[mgmt-cluster-rbac-remove] Updating cluster c-m-${lowerNum(rng, 8)} (uid ${u})`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OS + 4 * HOUR, site: { host: 'rancher' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dzyrduat-api.log: the dictionary and library API, a Servant (Haskell) server with wai-extra's `logStdoutDev`, stdout
// kept by systemd in a file: per request `<METHOD> <path>`, `  Params: [(…,…)]` as Haskell's `show` (non-ASCII as
// decimal escapes), `  Request Body: …` when there is one, `  Accept: …`, `  Status: <code> <message> <seconds>s`; no
// time. From memory (not fetched).

/** Haskell's `show` of a String: non-ASCII as decimal escapes, `\&` before a digit that follows one. */
function hs(text) {
  let out = '"';
  let numeric = false;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (numeric && ch >= '0' && ch <= '9') out += '\\&';
    numeric = false;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c > 126) {
      out += `\\${c}`;
      numeric = true;
    } else out += ch;
  }
  return `${out}"`;
}

function servantLog(rng) {
  const render = (e) => [
    `${e.m ?? 'GET'} ${e.p}`,
    `  Params: [${(e.params ?? []).map(([k, v]) => `(${hs(k)},${hs(v)})`).join(',')}]`,
    ...(e.body ? [`  Request Body: ${e.body}`] : []),
    `  Accept: ${e.acc ?? 'application/json'}`,
    `  Status: ${e.st ?? '200 OK'} ${(rng.int(300, 90000) / 1000000).toFixed(6)}s`,
  ];
  const WORDS = ['хъæд', 'фыссæг', 'чиныг', 'æрвон', 'дзæбидыр', 'уæрыкк', 'хох', 'ныхас'];
  const filler = (rng) =>
    rng.pick([
      () => ({ p: '/api/v1/dzyrduat', params: [['q', rng.pick(WORDS)]] }),
      () => ({ p: `/api/v1/chinyg/${rng.int(100, 999)}` }),
      () => ({ p: '/api/v1/chinygkaesaeg', params: [['arkhajaeg', `${rng.int(1000, 9999)}`]] }),
      () => ({ p: '/healthz', acc: '*/*' }),
    ])();
  const steps = [
    3,
    plant(
      'id-token',
      'servant-params-gis-credential-id-token',
      'error',
      'Google Identity Services posts the sign-in to the site as a form (`credential=<ID token>&g_csrf_token=…`), and `logStdoutDev` shows the parsed body in `Params`; the token lives an hour and was live when posted',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 20),
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
          event: {
            m: 'POST',
            p: '/bakhizyn/google',
            params: [
              ['credential', token],
              ['g_csrf_token', rng.hex(16)],
            ],
            acc: 'text/html',
            st: '303 See Other',
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'servant-params-pagination-cursor',
      'none',
      'A pagination `cursor` (base64 of the last id and title shown) in `Params`: a position in a list, no credential.',
      ({ rng }) => {
        const c = b64urlOf(`{"id":${rng.int(1000, 9999)},"t":"${rng.pick(WORDS)}"}`);
        return {
          value: c,
          event: {
            p: '/api/v1/chinygtae',
            params: [
              ['cursor', c],
              ['limit', '24'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'servant-params-refresh-token-grant',
      'error',
      `${WHY.refresh} The reading app renews its session against the API's token endpoint with a form body, and \`Params\` prints it.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            m: 'POST',
            p: '/oauth/token',
            params: [
              ['grant_type', 'refresh_token'],
              ['refresh_token', rt],
              ['client_id', 'chinygdon-android'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'servant-embed-path-jwt',
      'error',
      "A book's reader is embedded in partner schools' sites by `/embed/<JWT>`, and the request line holds the token",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(86400, 5 * 86400),
          jti: true,
          claims: { book: rng.int(100, 999), school: `skola-${rng.int(1, 40)}` },
        });
        return { value: token, jwt: facts, event: { p: `/embed/${token}`, acc: 'text/html' } };
      },
    ),
    2,
    plant(
      'replay',
      'servant-bilet-audiobook-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`bilet`, билет) for streaming an audiobook chapter, requested by the reading app. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.alnum(24);
        firstUse.biletAudio = t;
        return {
          value: b,
          event: { p: `/api/v1/qaelaes/47/3`, params: [['bilet', b]], acc: 'audio/mpeg', st: '206 Partial Content' },
        };
      },
      { ref: 'biletAudio' },
    ),
    1,
    plant(
      'replay',
      'servant-bilet-audiobook-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('biletAudio').value,
            why: `${WHY.replay('bilet', gap('biletAudio', t))} \`logStdoutDev\` writes no client address; the second request asks for the chapter with another \`Accept\` (\`*/*\`, not the app's \`audio/mpeg\`), and the API served it again (206).`,
          },
        ],
        event: { p: '/api/v1/qaelaes/47/3', params: [['bilet', refs.get('biletAudio').value]], acc: '*/*', st: '206 Partial Content' },
      }),
      { replayOf: 'biletAudio', after: 96 },
    ),
    2,
    plant(
      'implicit-fragment',
      'servant-error-beacon-body-fragment',
      'error',
      "The web client reports script errors with its `location.href`; after an implicit-flow sign-in, the address holds `#access_token=…`, and `Request Body` prints the beacon's JSON.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            m: 'POST',
            p: '/api/v1/raedyd',
            body: `{"href":"https://chinygdon.${DZ}/#access_token=${at}&token_type=Bearer&expires_in=3600","msg":"TypeError: e is undefined"}`,
            st: '204 No Content',
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'servant-bilet-print-first-only',
      'note',
      WHY.ticketFirst('A single-use ticket (`bilet`) for a printable PDF of a colouring book, used by one request. The ticket is'),
      ({ rng }) => {
        const b = rng.alnum(24);
        return { value: b, event: { p: `/api/v1/chinyg/${rng.int(100, 999)}/pdf`, params: [['bilet', b]], acc: 'application/pdf' } };
      },
    ),
    2,
    plant(
      'negative',
      'servant-params-file-sha1',
      'none',
      "A cover image's SHA-1 (`sha`) used for cache busting: a content hash, no credential.",
      ({ rng }) => {
        const s = rng.hex(40);
        return { value: s, event: { p: `/static/cover/${rng.int(100, 999)}.webp`, params: [['sha', s]], acc: 'image/webp' } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OS + 8 * HOUR, site: { host: 'servant' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// planka.log: the editorial board's Planka 1.x server log (`logs/planka.log`): `[<yyyy-mm-dd hh:mm:ss.mmm>] [<level>]
// <message>` in local time (MSK), objects printed with Node's util.inspect over several lines. From memory (not
// fetched): the layout, the messages, openid-client's `TokenSet`.

function plankaLog(rng) {
  const render = (e) =>
    e.l.flatMap(([lvl, msg]) =>
      lines(msg).map((m, i) => (i === 0 ? `[${local(e.t, MSK).slice(0, 23).replace('T', ' ')}] [${lvl}] ${m}` : m)),
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ l: [['info', `Card ${digits(rng, 19)} moved to list "Ныффыст" by redaktor`]] }),
      () => ({ l: [['info', `Socket connected: ${rng.b64url(20)}`]] }),
      () => ({ l: [['info', 'Ног карточкæ: «Уæрыкк æмæ бирæгъ», иллюстрацитæ']] }),
      () => ({ l: [['warn', `Attachment thumbnail skipped: ${rng.uuid()}.tif`]] }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'planka-oidc-callback-error-code',
      'warning',
      `${WHY.code} The OpenID Connect return to Planka fails its state check, and the error writes the callback URL with the code.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        return {
          value: code,
          event: {
            l: [
              [
                'error',
                `OIDC callback failed: state mismatch (url: https://board.${DZ}/oidc-callback?state=${rng.b64url(32)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.${DZ}%2Frealms%2Fdzaebidyr&code=${code})`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'planka-tokenset-inspect-refresh',
      'error',
      `${WHY.refresh} A debug line prints openid-client's \`TokenSet\` with util.inspect, the refresh token a property on its own line.`,
      ({ rng }) => {
        const rt = rng.b64url(36);
        return {
          value: rt,
          event: {
            l: [
              [
                'debug',
                `OIDC tokens for redaktor: TokenSet {\n  token_type: 'Bearer',\n  refresh_token: '${rt}',\n  expires_at: ${Math.floor(DAY_OS / 1000) + 9 * 3600},\n  scope: 'openid email profile'\n}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'planka-card-snowflake-id',
      'none',
      "A card's id (Planka's 19-digit snowflake) in a move message: a database id, no credential.",
      ({ rng }) => {
        const id = digits(rng, 19);
        return { value: id, event: { l: [['info', `Card ${id} moved to list "Мыхуырмæ" by nyvgaenaeg`]] } };
      },
    ),
    2,
    plant(
      'session-id',
      'planka-cookie-access-token-jwt',
      'error',
      WHY.session(
        "Planka's `accessToken` cookie (a JWT Planka signs for a year) in the request headers an Unauthorized socket handshake prints with util.inspect",
      ),
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 365 * 86400,
          age: rng.int(5 * 86400, 40 * 86400),
          claims: { sub: digits(rng, 19) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            l: [
              [
                'warn',
                `Socket handshake rejected: {\n  host: 'board.${DZ}',\n  cookie: 'accessToken=${token}; accessTokenVersion=1',\n  'user-agent': '${rng.pick(BROWSERS)}'\n}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'planka-inspect-headers-authorization-bearer',
      'error',
      "A failed API call from the translators' script, its headers printed with util.inspect: `authorization: 'Bearer <JWT>'`, a Planka access token",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 365 * 86400, age: rng.int(86400, 9 * 86400), claims: { sub: digits(rng, 19) } });
        return {
          value: token,
          jwt: facts,
          event: {
            l: [
              [
                'error',
                `E_FORBIDDEN on POST /api/cards/${digits(rng, 19)}/comment-actions, headers: {\n  host: 'board.${DZ}',\n  authorization: 'Bearer ${token}',\n  'content-type': 'application/json'\n}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'planka-link-preview-percent-encoded-susaeg',
      'error',
      'A link pasted in a card leads through a sign-in page whose `next=` is percent-encoded; decoded it is a manuscript share address with `susaeg=` (Ossetian сусæг, "secret"), and the preview error writes it.',
      ({ rng }) => {
        const s = rng.alnum(28);
        const inner = encodeURIComponent(`https://files.${DZ}/kuystytae/fyssaeg-2028.docx?susaeg=${s}`);
        return { value: s, event: { l: [['warn', `Link preview failed (403): https://files.${DZ}/bakhizyn?next=${inner}`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'planka-attachment-dirname-uuid',
      'none',
      "An attachment's directory name (a UUID) in Planka's upload message: names a file on disk, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { l: [['info', `Attachment stored: private/attachments/${u}/nyv-3.png`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_OS + 7 * HOUR, site: { host: 'planka' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mumble-server.log: the Mumble server (Murmur 1.5) of the readings' voice channels: `<W><yyyy-mm-dd hh:mm:ss.mmm> <server
// id> => <session:name(user id)> <message>` in local time (MSK), the first start's SuperUser password among the server's
// own lines. From memory (not fetched).

function murmurLog(rng) {
  const render = (e) => e.mm.map((m) => `<W>${local(e.t, MSK).slice(0, 23).replace('T', ' ')} ${m}`);
  const NAMES = ['Zaurbek', 'Fatima', 'Alan', 'Madina', 'Soslan', 'Zalina'];
  let s = 2;
  const filler = (rng) =>
    rng.pick([
      () => ({ mm: [`1 => <${++s}:(-1)> New connection: ${publicIp(rng)}:${rng.int(30000, 60000)}`] }),
      () => ({ mm: [`1 => <${s}:${rng.pick(NAMES)}(${rng.int(2, 40)})> Authenticated`] }),
      () => ({
        mm: [
          `1 => <${s}:${rng.pick(NAMES)}(${rng.int(2, 40)})> Moved ${rng.pick(NAMES)}:${s}(${rng.int(2, 40)}) to Аргъæуттæ[${rng.int(1, 6)}:0]`,
        ],
      }),
      () => ({ mm: [`1 => <${s}:${rng.pick(NAMES)}(${rng.int(2, 40)})> Connection closed: The remote host closed the connection [1]`] }),
    ])();
  const steps = [
    {
      raw: {
        mm: [
          'Murmur 1.5.735 (1.5.735) running on X11: Debian GNU/Linux 12 (bookworm): Booting servers',
          'ServerDB: Opened SQLite database /var/lib/mumble-server/mumble-server.sqlite',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'murmur-superuser-password-first-start',
      'error',
      "On the first start of a virtual server Murmur generates the SuperUser's password and writes it in its log; whoever reads it administers the server.",
      ({ rng }) => {
        const pw = rng.alnum(12);
        return { value: pw, event: { mm: [`1 => Password for 'SuperUser' set to '${pw}'`, '1 => Server listening on [::]:64738'] } };
      },
      { after: 1 },
    ),
    3,
    plant(
      'negative',
      'murmur-user-certificate-hash',
      'none',
      "A client certificate's SHA-1 hash Murmur writes when it registers a user: identifies a public certificate, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { mm: [`1 => <${++s}:Zalina(-1)> Renamed to Zalina`, `1 => <${s}:Zalina(41)> Registered with certificate hash ${h}`] },
        };
      },
    ),
    4,
    plant(
      'negative',
      'murmur-server-certificate-digest',
      'none',
      "The SHA-256 digest of the server's own certificate, printed when the certificate is reloaded: public, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { mm: [`1 => Reloaded certificate, SHA-256 digest ${d}`] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_OS + 15 * HOUR, site: { host: 'murmur' }, filler, render, steps });
}

// =====================================================================================================================
// Kaza Sefaradi de Izmir (Ladino, Judeo-Spanish, Aki Yerushalayim orthography; Izmir: TRT, UTC+3 all year)
// =====================================================================================================================

const KS = 'kazasefaradi.example';

// ---------------------------------------------------------------------------------------------------------------------
// pagure.log: the Ladino dictionary's Pagure 6 forge (web app and its celery workers, one file):
// `[<yyyy-mm-dd hh:mm:ss,mmm>][<logger> <LEVEL>] <message>` in local time (TRT), Flask's error entries with the request's
// headers on further lines. From memory (not fetched): the format string, the loggers and the messages.

function pagureLog(rng) {
  const render = (e) =>
    e.g.flatMap(([lg, lvl, msg]) => lines(msg).map((m, i) => (i === 0 ? `[${commaMs(e.t, TRT)}][${lg} ${lvl.padStart(7)}] ${m}` : m)));
  const filler = (rng) =>
    rng.pick([
      () => ({ g: [['pagure.lib.git', 'INFO', `Updating the git repo: diksionaryo (${rng.int(1, 6)} commits)`]] }),
      () => ({
        g: [
          [
            'pagure.lib.notify',
            'DEBUG',
            `Sending email to: ${rng.pick(['ester', 'moshe', 'rivka', 'yusef'])}@${KS}, subject: [diksionaryo] Issue #${rng.int(40, 260)}`,
          ],
        ],
      }),
      () => ({ g: [['pagure.lib.tasks', 'INFO', `Generating archive: diksionaryo-${rng.int(1, 3)}.${rng.int(0, 9)}.tar.gz`]] }),
    ])();
  const steps = [
    2,
    plant(
      'webhook',
      'pagure-webhook-zulip-api-key',
      'error',
      WHY.webhook(
        "The project's web-hook points at Zulip's Pagure integration, whose URL carries the bot's `api_key`; the worker logs the address it calls",
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            g: [
              [
                'pagure.lib.tasks_services',
                'INFO',
                `Calling the web-hook: https://chat.${KS}/api/v1/external/pagure?api_key=${key}&stream=diksionaryo`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'pagure-webhook-signature',
      'none',
      "`X-Pagure-Signature`, the HMAC of one notification's body under the project's hook key: proves that message only, no credential.",
      ({ rng }) => {
        const sig = rng.hex(64);
        return {
          value: sig,
          event: {
            g: [['pagure.lib.tasks_services', 'DEBUG', `Web-hook headers: X-Pagure-Topic: git.receive, X-Pagure-Signature-256: ${sig}`]],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pagure-mirror-url-private-token',
      'error',
      `${WHY.apiKey('private_token')} The mirror job reads a partner's GitLab archive with the token in the query, and its failure quotes the URL.`,
      ({ rng }) => {
        const key = `glpat-${rng.b64url(20)}`;
        return {
          value: key,
          event: {
            g: [
              [
                'pagure.lib.tasks_mirror',
                'ERROR',
                `Mirror fetch failed for https://gitlab.sefarad-net.example/api/v4/projects/118/repository/archive.tar.gz?private_token=${key}: 404 Client Error`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'pagure-api-error-authorization-token',
      'error',
      "An API error entry continues with the request's headers, among them `Authorization: token <64 characters>`, a Pagure API token valid for months.",
      ({ rng }) => {
        const tok = upperNum(rng, 64);
        return {
          value: tok,
          event: {
            g: [
              [
                'pagure.api',
                'ERROR',
                `Exception on /api/0/diksionaryo/pull-request/new [POST]\nHost: diksionaryo.${KS}\nAuthorization: token ${tok}\nUser-Agent: python-requests/2.32.5\nKeyError: 'branch_to'`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'pagure-error-cookie-flask-session',
      'error',
      WHY.session("An error entry of the web app writes the request's `Cookie`, Pagure's signed Flask session (`pagure=.eJw…`)"),
      ({ rng }) => {
        const s = `.eJw${rng.b64url(96)}.${rng.b64url(6)}.${rng.b64url(27)}`;
        return {
          value: s,
          event: {
            g: [
              [
                'pagure.ui',
                'ERROR',
                `Exception on /diksionaryo/issue/${rng.int(40, 260)}/update [POST]\nHost: diksionaryo.${KS}\nCookie: pagure=${s}\nBuildError: Could not build url for endpoint 'ui_ns.view_issue'`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pagure-ci-jenkins-build-token',
      'error',
      `${WHY.apiKey('token')} pagure-ci starts the dictionary's Jenkins job through its remote trigger (\`buildWithParameters?token=…\`), and logs the address.`,
      ({ rng }) => {
        const tok = rng.hex(32);
        return {
          value: tok,
          event: {
            g: [
              [
                'pagure.lib.tasks_services',
                'INFO',
                `Triggering the build at: https://ci.${KS}/job/diksionaryo/buildWithParameters?token=${tok}&cause=PR%2312`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'pagure-mirror-push-userinfo-percent-encoded',
      'error',
      "A push mirror's URL holds the account's password percent-encoded in its userinfo (`%40`, `%21`…); git's error quotes it.",
      ({ rng }) => {
        const pw = `${rng.alnum(8)}@${rng.alnum(6)}!${rng.alnum(4)}`;
        const enc = encodeURIComponent(pw).replace(/!/g, '%21');
        return {
          value: enc,
          event: {
            g: [
              [
                'pagure.lib.tasks_mirror',
                'ERROR',
                `Pushing to mirror failed: fatal: unable to access 'https://kaza-bot:${enc}@git.sefarad-net.example/kaza/diksionaryo.git/': Could not resolve host`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'pagure-commit-hash',
      'none',
      'A commit hash (40 hex) in the refresh message of a pull request: names a commit, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { g: [['pagure.lib.tasks', 'INFO', `Refreshing pull-request #${rng.int(2, 40)} of diksionaryo, head ${h}`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LA + 6 * HOUR, site: { host: 'pagure' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// messages: /var/log/messages of the office's EdgeRouter X (EdgeOS 2.0): BSD syslog `<Mon dd hh:mm:ss> ubnt <tag>[pid]:
// <message>` in local time (TRT); ddclient run with `debug=yes verbose=yes` writes `SENDING:` lines of its requests.
// From memory (not fetched).

function edgeosLog(rng) {
  const render = (e) => e.w.map(([tag, msg]) => `${syslogTime(e.t, TRT)} ubnt ${tag}: ${msg}`);
  const pid = rng.int(2000, 9000);
  const filler = (rng) =>
    rng.pick([
      () => ({
        w: [
          [
            `dnsmasq-dhcp[${rng.int(1500, 1600)}]`,
            `DHCPACK(switch0) 192.168.1.${rng.int(20, 200)} ${rng.hex(12).match(/../g).join(':')} ofis-${rng.int(1, 9)}`,
          ],
        ],
      }),
      () => ({
        w: [
          [
            'kernel',
            `[WAN_LOCAL-default-D]IN=eth0 OUT= SRC=${publicIp(rng)} DST=203.0.113.90 PROTO=TCP SPT=${rng.int(1024, 65535)} DPT=23`,
          ],
        ],
      }),
      () => ({ w: [[`ddclient[${pid}]`, 'SUCCESS:  updating kazasefaradi-ofis: good: IP address set to 203.0.113.90']] }),
    ])();
  const steps = [
    3,
    plant(
      'header-dump',
      'edgeos-ddclient-sending-authorization-basic',
      'error',
      "ddclient's debug output writes the whole request it sends to the dynamic-DNS provider, header by header; `Authorization: basic …` is the account's name and password in base64.",
      ({ rng }) => {
        const b = b64Of(`kazasefaradi:${rng.alnum(16)}`);
        const tag = `ddclient[${pid}]`;
        return {
          value: b,
          event: {
            w: [
              [tag, 'CONNECT:  members.dyndns.org'],
              [tag, 'SENDING:  GET /nic/update?system=dyndns&hostname=kazasefaradi-ofis.dyndns.org&myip=203.0.113.90 HTTP/1.0'],
              [tag, 'SENDING:   Host: members.dyndns.org'],
              [tag, `SENDING:   Authorization: basic ${b}`],
              [tag, 'SENDING:   User-Agent: ddclient/3.9.1'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'edgeos-sshd-publickey-fingerprint',
      'none',
      "sshd's `Accepted publickey … SHA256:<fingerprint>`: the hash of a public key, no credential.",
      ({ rng }) => {
        const f = rng.bytes(32).toString('base64').replace(/=+$/, '');
        return {
          value: f,
          event: {
            w: [
              [
                `sshd[${rng.int(9000, 20000)}]`,
                `Accepted publickey for ubnt from 192.168.1.${rng.int(20, 60)} port ${rng.int(40000, 60000)} ssh2: ED25519 SHA256:${f}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'edgeos-task-freedns-update-key',
      'error',
      WHY.pathSecret(
        "A scheduled task calls FreeDNS's update address (`/dynamic/update.php?<key>`), whose only parameter is the host's update key, and writes it with `logger`",
      ),
      ({ rng }) => {
        const k = b64Of(`${rng.alnum(24)}:${digits(rng, 8)}`);
        return {
          value: k,
          event: {
            w: [
              [
                'root',
                `freedns: curl -s https://freedns.afraid.org/dynamic/update.php?${k} -> Updated kaza-arshivo.mooo.com to 203.0.113.90`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'edgeos-ddclient-dynu-password-query',
      'error',
      `${WHY.apiKey('password')} A second ddclient entry updates the archive's name at Dynu, whose update URL takes the account's password in the query; ddclient's debug output writes the request line.`,
      ({ rng }) => {
        const pw = rng.hex(32);
        return {
          value: pw,
          event: {
            w: [
              [
                `ddclient[${pid}]`,
                `SENDING:  GET /nic/update?hostname=kaza-arshivo.freeddns.org&myip=203.0.113.90&password=${pw} HTTP/1.0`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'edgeos-charon-ike-spis',
      'none',
      "strongSwan's IKE SA names its two SPIs (16 hex each): connection identifiers, no credential.",
      ({ rng }) => {
        const a = rng.hex(16);
        return {
          value: a,
          event: {
            w: [
              [
                `charon[${rng.int(3000, 4000)}]`,
                `10[IKE] IKE_SA peer-arshivo[3] established between 203.0.113.90[203.0.113.90]...198.51.100.14[198.51.100.14], SPIs ${a}_i ${rng.hex(16)}_r`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_LA + 5 * HOUR, site: { host: 'edgeos' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// qnap-eventlog.csv: the NAS's system event log exported from QTS 5.2 (Control Panel > System Logs > Export): a header
// row, then `"<Type>","<yyyy/mm/dd>","<hh:mm:ss>","<user>","<source IP>","<computer>","<[App] message>"` in local time
// (TRT). From memory (not fetched): the columns, the apps' messages.

function qnapLog(rng) {
  const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
  const render = (e) =>
    e.q.map(([type, user, ip, comp, msg]) =>
      [type, ymdHmsAt(e.t, TRT).slice(0, 10).replace(/-/g, '/'), ymdHmsAt(e.t, TRT).slice(11), user, ip, comp, msg].map(q).join(','),
    );
  const filler = (rng) =>
    rng.pick([
      () => ({
        q: [
          [
            'Information',
            'System',
            '127.0.0.1',
            'localhost',
            `[Antivirus] Scan completed. Scanned files: ${rng.int(2000, 90000)}. Infected files: 0.`,
          ],
        ],
      }),
      () => ({
        q: [
          [
            'Information',
            rng.pick(['ester', 'moshe', 'rivka']),
            `192.168.1.${rng.int(20, 90)}`,
            `OFIS-${rng.int(1, 6)}`,
            '[File Station] Uploaded "Arshivo/Fotografias/kaza-1924.jpg".',
          ],
        ],
      }),
      () => ({
        q: [
          [
            'Warning',
            'System',
            '127.0.0.1',
            'localhost',
            `[Storage & Snapshots] Snapshot of "Arshivo" created; ${rng.int(3, 30)} snapshots kept.`,
          ],
        ],
      }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'qnap-file-station-share-link-ssid',
      'error',
      WHY.pathSecret(
        "File Station's share link (`share.cgi?ssid=<id>`) for the newsletter's photos, written in the event it logs when a link is made; whoever has it downloads the files",
      ),
      ({ rng }) => {
        const ssid = rng.alnum(9);
        return {
          value: ssid,
          event: {
            q: [
              [
                'Information',
                'rivka',
                '192.168.1.31',
                'OFIS-2',
                `[File Station] Created share link https://kazasefaradi.myqnapcloud.com/share.cgi?ssid=${ssid} for "Arshivo/Boletin/Kanun-2028".`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'qnap-masked-password',
      'none',
      "The Notification Center writes an SMTP account's password masked (`********`) when it is changed: a mask, no credential.",
      () => ({
        value: 'password=********',
        event: {
          q: [
            [
              'Information',
              'admin',
              '192.168.1.10',
              'OFIS-1',
              '[Notification Center] SMTP service "posta" changed: server=smtp.kazasefaradi.example, user=nas, password=********.',
            ],
          ],
        },
      }),
    ),
    3,
    plant(
      'session-id',
      'qnap-event-url-sid',
      'error',
      WHY.session(
        'QTS passes its login session as `sid=` in the query of its CGI calls; a failed thumbnail request is written with its URL',
      ),
      ({ rng }) => {
        const sid = lowerNum(rng, 8);
        return {
          value: sid,
          event: {
            q: [
              [
                'Warning',
                'moshe',
                '192.168.1.44',
                'OFIS-4',
                `[File Station] Failed to generate thumbnail: /cgi-bin/filemanager/utilRequest.cgi?func=get_thumb&sid=${sid}&path=%2FArshivo%2FFotografias&name=kaza-1924.jpg`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'qnap-notification-webhook-yave',
      'error',
      `${WHY.apiKey('yave')} (\`yave\`, Ladino "key"): the association's own messaging service, set in the Notification Center as a custom webhook, takes it in the query; the failed delivery writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            q: [
              [
                'Error',
                'System',
                '127.0.0.1',
                'localhost',
                `[Notification Center] Failed to send message through webhook "mesajes": https://mesajes.${KS}/api/embiar?yave=${key}&kanal=ofis (HTTP 502).`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'qnap-sms-provider-url-base64-auth',
      'error',
      "A custom SMS provider's URL template carries `auth=` with base64 of the account's name and password; the Notification Center's error writes the URL it built.",
      ({ rng }) => {
        const b = b64Of(`kazasefaradi:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            q: [
              [
                'Error',
                'System',
                '127.0.0.1',
                'localhost',
                `[Notification Center] Failed to send SMS: https://sms.ileti-tr.example/send?auth=${encodeURIComponent(b)}&to=905551234567&text=Alarma+en+el+arshivo`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'qnap-firmware-checksum',
      'none',
      'The SHA-256 of a downloaded firmware image, written by the firmware update: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            q: [['Information', 'System', '127.0.0.1', 'localhost', `[Firmware Update] Downloaded QTS 5.2.7.3256; SHA-256 ${h} verified.`]],
          },
        };
      },
    ),
    3,
  ];
  const out = buildLog(rng, {
    start: DAY_LA + 8 * HOUR,
    site: { host: 'qnap' },
    filler,
    render,
    steps,
    header: ['"Type","Date","Time","Users","Source IP","Computer name","Content"'],
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// olark-conversations.jsonl: Olark's conversation webhooks as the association's receiver stores them, one a line:
// `kind`, `id`, `tags`, `items` (`MessageToOperator`/`MessageToVisitor` with `nickname`, `timestamp` in epoch seconds as a
// string, `body`), `operators`, `visitor` (`ip`, `city`, `countryCode`, `browser`, `operatingSystem`,
// `conversationBeginPage`, …). From memory (not fetched).

function olarkLog(rng) {
  const render = (e) => [JSON.stringify(e.ol)];
  const OPS = { ester: 'Ester Kohen', moshe: 'Moshe Levi' };
  const conv = (rng, t, msgs, page) => {
    const op = rng.pick(Object.keys(OPS));
    const opId = digits(rng, 7);
    let ts = t / 1000;
    const [city, countryCode] = rng.pick([
      ['Istanbul', 'TR'],
      ['Izmir', 'TR'],
      ['Tel Aviv', 'IL'],
      ['Thessaloniki', 'GR'],
      ['Seattle', 'US'],
    ]);
    return {
      kind: 'Conversation',
      id: rng.alnum(32),
      tags: [],
      items: msgs.map(([who, body]) => {
        ts += rng.int(8, 90);
        return who === 'v'
          ? { kind: 'MessageToOperator', nickname: 'Vijitador', timestamp: ts.toFixed(3), body }
          : { kind: 'MessageToVisitor', nickname: OPS[op], operatorId: opId, timestamp: ts.toFixed(3), body };
      }),
      operators: { [opId]: { kind: 'Operator', id: opId, nickname: OPS[op], username: op, emailAddress: `${op}@${KS}` } },
      visitor: {
        kind: 'Visitor',
        id: rng.alnum(26),
        ip: publicIp(rng),
        city,
        countryCode,
        browser: rng.pick(['Chrome 143.0', 'Safari 26.1', 'Firefox 146.0']),
        operatingSystem: rng.pick(['Windows', 'iOS', 'Macintosh', 'Android']),
        conversationBeginPage: page ?? `https://${KS}/${rng.pick(['kursos', 'biblioteka', 'eventos', ''])}`,
      },
    };
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        ol: conv(rng, t, [
          ['v', 'Buenos dias, ay kurso de ladino este invierno?'],
          ['o', 'Si, empesamos el 10 de enero, los martes a las 19:00.'],
          ['v', 'Mersi muncho!'],
        ]),
      }),
      () => ({
        ol: conv(rng, t, [
          ['v', 'Onde se puede merkar el livro de kantikas?'],
          ['o', 'En la butika de la Kaza, o por la posta.'],
        ]),
      }),
      () => ({
        ol: conv(rng, t, [
          ['v', 'La biblioteka esta avierta el shabat?'],
          ['o', 'No, solo de alhad a djueves.'],
        ]),
      }),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'olark-visitor-pastes-signin-url-id-token-expired',
      'note',
      'A member pastes the sign-in address that would not open ("no se avre") into the chat; its `id_token` had expired about a day before the message (the conversation\'s epoch time)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + rng.int(600, 7200),
          claims: { iss: `https://id.${KS}`, aud: 'miembros', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ol: conv(rng, t, [
              ['v', `El link no se avre: https://miembros.${KS}/entrar/oidc?id_token=${token}&state=${rng.b64url(22)}`],
              ['o', 'Aprova de entrar otra vez dezde la pajina prinsipala, por favor.'],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'olark-visitor-pastes-fragment-access-token',
      'error',
      'A visitor pastes the address of the empty page he lands on after signing in with the implicit flow; its fragment holds `#access_token=…`.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ol: conv(rng, t, [
              [
                'v',
                `Despues de entrar veo una pajina bosha: https://biblioteka.${KS}/#access_token=${at}&token_type=Bearer&expires_in=3600`,
              ],
              ['o', 'Mos estamos okupando, grasias.'],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'olark-booking-reference',
      'none',
      'A booking reference for a guided walk in Karatas (`KSZ-…`), quoted by the operator: names a booking, opens nothing.',
      ({ rng, t }) => {
        const ref = `KSZ-${upperNum(rng, 8)}`;
        return {
          value: ref,
          event: {
            ol: conv(rng, t, [
              ['v', 'Tengo una reservasion para el paseo de Karatas?'],
              ['o', `Si, el numero es ${ref}, el alhad a las 10:00.`],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'olark-visitor-pastes-callback-code',
      'warning',
      `${WHY.code} A visitor pastes the donation site's sign-in return, stuck on an error page, into the chat.`,
      ({ rng, t }) => {
        const code = rng.alnum(40);
        return {
          value: code,
          event: {
            ol: conv(rng, t, [
              ['v', `Kero dar una donasion ama me da un yerro: https://donasiones.${KS}/auth/callback?code=${code}&state=${rng.hex(24)}`],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'olark-operator-embed-link-jwt',
      'error',
      "The operator sends a teacher the link to the course's embedded video page (`/embed/<JWT>`); the token rides in the link",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(60, 3600),
          claims: { kurso: 'ladino-1', sub: `profesor-${rng.int(1, 9)}` },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ol: conv(rng, t, [
              ['v', 'Onde esta el video de la lision 3?'],
              ['o', `Aki lo tiene: https://kursos.${KS}/embed/${token}`],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'olark-visitor-begin-page-phpsessid',
      'error',
      WHY.session(
        "The visitor's `conversationBeginPage` is the shop page with PHP's session id in its query (`PHPSESSID=`, 26 characters), where the chat started",
      ),
      ({ rng, t }) => {
        const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: s,
          event: {
            ol: conv(
              rng,
              t,
              [
                ['v', 'El pago no paso, ke hago?'],
                ['o', 'Aprova otra vez en un minuto.'],
              ],
              `https://butika.${KS}/index.php?route=checkout/checkout&PHPSESSID=${s}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'olark-visitor-pastes-google-redirect-percent-encoded',
      'error',
      'A visitor pastes a link copied from a Google search result (`google.com/url?q=…`), the association\'s archive link percent-encoded in `q`; decoded, it carries `sekreto=` (Ladino "secret").',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        const q = encodeURIComponent(`https://arshivo.${KS}/fotos/kaza-1924?sekreto=${s}`);
        return {
          value: s,
          event: {
            ol: conv(rng, t, [
              [
                'v',
                `Este link funsionava antes: https://www.google.com/url?q=${q}&sa=D&source=editors&ust=${digits(rng, 16)}&usg=${rng.b64url(28)}`,
              ],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'olark-operator-pastes-calendar-yave',
      'error',
      `${WHY.apiKey('yave')} An operator pastes the events calendar feed to a member, the association's feed URL with its key (\`yave\`).`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            ol: conv(rng, t, [
              ['v', 'Puedo meter los eventos en mi kalendario?'],
              ['o', `Si, adjusta esta adresa: https://eventos.${KS}/kalendario.ics?yave=${key}`],
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'olark-visitor-id',
      'none',
      "Olark's visitor `id` in a returning visitor's greeting lookup: names a browser to the chat service, no credential.",
      ({ rng, t }) => {
        const id = rng.alnum(26);
        const c = conv(rng, t, [
          ['v', 'Shalom, es otra vez yo.'],
          ['o', 'Bienvenida!'],
        ]);
        c.visitor.id = id;
        return { value: id, event: { ol: c } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_LA + 9 * HOUR, site: { host: 'olark' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout97');
writePart(join(here, 'heldout97'), {
  'xensource.log': xapiLog(rng),
  'pritunl.log': pritunlLog(rng),
  syslog: unraidLog(rng),
  'remmina-kiosk.log': remminaLog(rng),
  'onedev-server.log': onedevLog(rng),
  'rhodecode.log': rhodecodeLog(rng),
  'rancher.log': rancherLog(rng),
  'dzyrduat-api.log': servantLog(rng),
  'planka.log': plankaLog(rng),
  'mumble-server.log': murmurLog(rng),
  'pagure.log': pagureLog(rng),
  messages: edgeosLog(rng),
  'qnap-eventlog.csv': qnapLog(rng),
  'olark-conversations.jsonl': olarkLog(rng),
});
