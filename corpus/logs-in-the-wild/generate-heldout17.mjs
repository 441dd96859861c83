// Writes corpus/logs-in-the-wild/heldout17/: a seventeenth held-out part, in formats no other part uses (`journalctl -o
// short-precise`, Azure App Service's AppServiceConsoleLogs of an Express app with morgan's `short` format, `doctl apps
// logs` of a Remix app under remix-serve (morgan `tiny`), `firebase functions:log`, the OpenTelemetry Collector's debug
// exporter at `detailed` verbosity, a Chrome DevTools console saved with "Save as…", a pytest run with `-l` and captured
// logs, cloud-init.log, Serilog's File sink with its default output template, Dropwizard's console (application and
// request log), a JMeter results file (JTL, CSV), `wrangler tail --format pretty`, http-server serving a built SPA,
// `tcpdump -tttt -A`), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and
// its labels.json. The labels come from how each line was built, before any scanner reads the files (README.md).
//
//   node corpus/logs-in-the-wild/generate-heldout17.mjs     rewrites heldout17/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256/HS512-signed for
// real with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, target, WHY, writePart } from './build-log.mjs';
import { digits, iso, lowerNum, MONTHS, pad, upperNum, ymdHms } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------------------------------
// Values and times.

const TOOLS = ['curl/8.17.0', 'python-requests/2.32.5', 'okhttp/5.3.0', 'Go-http-client/2.0', 'node', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const HOUR = 3600 * 1000;
const DAY0 = Date.UTC(2026, 11, 4, 7, 0, 0);

/** When each single-use ticket was first used: a replay's reason states the real gap between its two lines. */
const firstUse = {};
const gap = (name, t) => Math.round((t - firstUse[name]) / 1000);

/** The company of this part: Fietsvloot, a Dutch bicycle-leasing company (employers lease e-bikes for their staff), its dealers and workshops. */
const SITE = 'www.fietsvloot.example';
const APP = 'mijn.fietsvloot.example';
const DEALER = 'dealer.fietsvloot.example';
const API = 'api.fietsvloot.example';
const LOGIN = 'login.fietsvloot.example';

/** ISO time with microseconds, nanoseconds, seven fractional digits (the event's millisecond, then random digits). */
const isoMicro = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 3)}Z`;
const isoNano = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 6)}Z`;
const iso7 = (ms, rng) => `${iso(ms).slice(0, 23)}${digits(rng, 4)}Z`;
/** Django's password-reset style token: base36 timestamp, a dash, 32 hex (`salted_hmac(…).hexdigest()[::2]`). */
const djangoToken = (rng) => `${lowerNum(rng, 6)}-${rng.hex(32)}`;
const uidb64 = (n) => Buffer.from(String(n)).toString('base64url');
/** Python's repr of a str list or dict of strs (single quotes). */
const pyList = (xs) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
/** A time of morgan's `:response-time` (three decimals). */
const msText = (e, rng) => `${e.ms}.${digits(rng, 3)}`;

// ---------------------------------------------------------------------------------------------------------------------
// journal-short-precise.log: `journalctl -o short-precise --since today` on the operations host (systemd 255): `<Mon DD
// HH:MM:SS.uuuuuu> <host> <identifier>[<pid>]: <message>`, no year. sshd, cron, a sync job run by a timer under `set -x`
// (bash writes each command with its arguments, quoted where needed), a Django site's management commands, dockerd.
// https://www.freedesktop.org/software/systemd/man/latest/journalctl.html#short-precise

function journalLog(rng) {
  const HOST = 'fv-ops-01';
  const stamp = (ms) => {
    const d = new Date(ms);
    return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(ms).slice(11, 19)}.${pad(ms % 1000, 3)}${digits(rng, 3)}`;
  };
  const render = (e) => e.lines.map(([id, msg], i) => `${stamp(e.t + i * 3)} ${HOST} ${id}: ${msg}`);
  const sync = () => `sync.sh[${rng.int(20000, 40000)}]`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ lines: [[`sshd[${rng.int(1000, 9000)}]`, `Connection closed by ${publicIp(rng)} port ${rng.int(30000, 60000)} [preauth]`]] }),
      () => ({ lines: [[`CRON[${rng.int(10000, 30000)}]`, 'pam_unix(cron:session): session opened for user root(uid=0) by root(uid=0)'], [`CRON[${rng.int(10000, 30000)}]`, '(root) CMD (/usr/local/bin/backup-pg.sh >/dev/null 2>&1)']] }),
      () => {
        const s = sync();
        return { lines: [['systemd[1]', 'Starting fv-sync.service - Fietsvloot contract sync...'], [s, '+ date -u +%FT%TZ'], [s, `${iso(t).slice(0, 19)}Z`], [s, `+ python3 /opt/fv/bin/sync_contracts.py --since=-1h`], [s, `synced ${rng.int(0, 40)} contracts`], ['systemd[1]', 'fv-sync.service: Deactivated successfully.']] };
      },
      () => ({ lines: [[`gunicorn[${rng.int(800, 900)}]`, `[INFO] "GET /health/ HTTP/1.1" 200 ${rng.int(10, 30)}`]] }),
    ])();
  const steps = [
    5,
    plant('webhook', 'journal-set-x-telegram-bot-token', 'error', WHY.webhook("The sync job reports to an operations channel through the Telegram Bot API (`api.telegram.org/bot<id>:<token>/sendMessage`); `set -x` writes the curl command with the URL"), ({ rng }) => {
      const secret = `AA${rng.b64url(33)}`;
      const token = `${digits(rng, 10)}:${secret}`;
      const s = sync();
      return { value: token, needle: secret, event: { lines: [[s, `+ curl -fsS -X POST https://api.telegram.org/bot${token}/sendMessage -d chat_id=-100${digits(rng, 10)} -d 'text=fv-sync: 12 contracten bijgewerkt'`], [s, `{"ok":true,"result":{"message_id":${rng.int(1000, 9000)}}}`]] } };
    }),
    5,
    plant('negative', 'journal-sshd-key-fingerprint', 'none', "sshd's `Accepted publickey … ssh2: ED25519 SHA256:<43 characters>`: the fingerprint of a public key, no credential.", ({ rng }) => {
      const fp = rng.b64url(43).replace(/[-_]/g, 'x');
      return { value: fp, event: { lines: [[`sshd[${rng.int(1000, 9000)}]`, `Accepted publickey for deploy from ${publicIp(rng)} port ${rng.int(30000, 60000)} ssh2: ED25519 SHA256:${fp}`], [`sshd[${rng.int(1000, 9000)}]`, 'pam_unix(sshd:session): session opened for user deploy(uid=1001) by deploy(uid=0)']] } };
    }),
    5,
    plant('api-key-name', 'journal-set-x-wget-api_token', 'error', WHY.apiKey('api_token') + ' The job fetches list prices from a bike-data supplier; `set -x` writes the wget command with its quoted URL.', ({ rng }) => {
      const key = rng.alnum(40);
      const s = sync();
      return { value: key, event: { lines: [[s, `+ wget -q -O /var/lib/fv/prijzen.json 'https://api.fietsdata-x.example/v2/prijzen?merk=alle&api_token=${key}'`]] } };
    }),
    5,
    plant('path-secret', 'journal-django-activation-link', 'error', WHY.pathSecret("A Django management command prints the activation link it mailed to a new employee (`/account/activeren/<uidb64>/<token>/`)"), ({ rng }) => {
      const token = djangoToken(rng);
      return { value: token, event: { lines: [[`python3[${rng.int(40000, 50000)}]`, `Activation link for j.devries@werkgever-x.example: https://${APP}/account/activeren/${uidb64(rng.int(1000, 9999))}/${token}/`]] } };
    }),
    5,
    plant('session-id', 'journal-set-x-curl-cookie-jsessionid', 'error', WHY.session("The export job downloads a report from the dealer portal with a copied `JSESSIONID` cookie (`curl -b 'JSESSIONID=<32 hex>'`), written by `set -x`"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      const s = sync();
      return { value: sid, event: { lines: [[s, `+ curl -fsS -b 'JSESSIONID=${sid}' -o /var/lib/fv/dealer-export.csv https://${DEALER}/portal/rapport/export.csv`]] } };
    }),
    5,
    plant('framework-dump', 'journal-python-dict-repr-password', 'error', "An import script logs its SFTP settings as a Python dict (`{'host': …, 'username': …, 'password': '…'}`) when the connection fails: the password on the line.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { lines: [[`fv-import[${rng.int(50000, 60000)}]`, `ERROR import failed (Authentication failed.) with config {'host': 'sftp.leasebank-x.example', 'port': 22, 'username': 'fietsvloot', 'password': '${pw}', 'remote_dir': '/out/contracts'}`]] } };
    }),
    5,
    plant('negative', 'journal-dockerd-container-id', 'none', "dockerd's `container=<64 hex>`: a container id, no credential.", ({ rng, t }) => {
      const id = rng.hex(64);
      return { value: id, event: { lines: [[`dockerd[${rng.int(600, 700)}]`, `time="${iso(t).slice(0, 19)}.${digits(rng, 9)}Z" level=info msg="ignoring event" container=${id} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"`]] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0, site: { host: 'ops' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// AppServiceConsoleLogs.json: Azure App Service (Linux, Node 22) resource logs of category AppServiceConsoleLogs as a
// diagnostic setting writes them to a storage account, one JSON record a line (`time` with seven digits, `resourceId`,
// `category`, `operationName`, `level` Informational for stdout and Error for stderr, `resultDescription` holding one
// line of the container's output, `Host`, `ContainerId`). The app is an Express portal for employers with morgan's
// `short` format behind `trust proxy` (`<client> - <METHOD> <url> HTTP/1.1 <status> <length> - <ms> ms`) and console
// output (util.inspect over several lines: each line is its own record).
// https://learn.microsoft.com/en-us/azure/app-service/monitor-app-service-reference, https://learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/appserviceconsolelogs,
// https://github.com/expressjs/morgan#short

function appServiceLog(rng) {
  const RID = `/SUBSCRIPTIONS/${rng.uuid().toUpperCase()}/RESOURCEGROUPS/RG-PORTAL-WEU/PROVIDERS/MICROSOFT.WEB/SITES/FV-WERKGEVERS`;
  const HOSTID = rng.hex(12);
  const CID = `fv-werkgevers_0_${rng.hex(8)}`;
  const rec = (t, line, err) => JSON.stringify({ time: iso7(t, rng), resourceId: RID, category: 'AppServiceConsoleLogs', operationName: 'Microsoft.Web/sites/log', level: err ? 'Error' : 'Informational', resultDescription: line, Host: HOSTID, ContainerId: CID });
  const render = (e, rng) => {
    const out = (e.out ?? []).map((line, i) => rec(e.t + i, line, e.err));
    if (!e.noAccess) out.push(rec(e.t + e.ms, `${e.ip} - ${e.method} ${target(e)} HTTP/1.1 ${e.status} ${e.bytes} - ${msText(e, rng)} ms`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/medewerkers', query: `pagina=${rng.int(1, 9)}` }),
      () => ({ path: `/api/contracten/${rng.int(10000, 99999)}` }),
      () => ({ path: '/robots933456.txt', status: 404, bytes: 9, ip: '169.254.129.1' }),
      () => ({ path: `/static/js/main.${rng.hex(8)}.js`, bytes: rng.int(90000, 200000) }),
      () => ({ noAccess: true, out: [`[portal] ${rng.int(1, 30)} reminders queued`] }),
    ])();
  const steps = [
    { raw: { noAccess: true, out: ['> fv-werkgevers@3.8.0 start', '> node server.js'] }, after: 0 },
    plant('framework-dump', 'appservice-util-inspect-knex-config-password', 'error', "The app prints its knex configuration at start-up (`console.log('db config', config)`): util.inspect writes the nested object one property a line, the database password on its own record.", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { noAccess: true, out: ['db config {', "  client: 'pg',", '  connection: {', "    host: 'fv-werkgevers.postgres.database.azure.com',", "    user: 'portal',", `    password: '${pw}',`, "    database: 'werkgevers',", '    ssl: true', '  },', '  pool: { min: 0, max: 10 }', '}'] } };
    }, { after: 1 }),
    { raw: { noAccess: true, out: ['portal listening on 8080'] }, after: 1 },
    5,
    plant('oauth-code', 'appservice-morgan-entra-callback-code', 'warning', `${WHY.code} Microsoft Entra ID's callback to the portal (\`/auth/redirect?code=1.A…&client_info=…&state=…&session_state=…\`), in morgan's line.`, ({ rng }) => {
      const code = `1.A${rng.b64url(180)}`;
      return { value: code, event: { path: '/auth/redirect', query: `code=${code}&client_info=${rng.b64url(120)}&state=${rng.b64url(32)}&session_state=${rng.uuid()}`, status: 302, bytes: 60 } };
    }),
    5,
    plant('negative', 'appservice-arraffinity-cookie', 'none', "App Service's `ARRAffinity` and `ARRAffinitySameSite` cookies (<64 hex>): the instance a client sticks to, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { out: [`cookies { ARRAffinity: '${v}', ARRAffinitySameSite: '${v}' }`], path: '/medewerkers/nieuw' } };
    }),
    5,
    plant('header-dump', 'appservice-util-inspect-req-headers-bearer-jwt', 'error', "A debugging `console.log(req.headers)` on the API: util.inspect writes one header a line, each line its own timed record, `authorization: 'Bearer <JWT>'` among them", ({ rng, t }) => {
      const tid = rng.uuid();
      const token = jwt(rng, t, { lifetime: 3600, age: 900, alg: 'RS256', kid: rng.b64url(27), claims: { aud: `api://${rng.uuid()}`, iss: `https://sts.windows.net/${tid}/`, oid: rng.uuid(), tid, scp: 'Contracts.Read', upn: 'hr@werkgever-x.example', ver: '1.0' } });
      return { value: token.token, jwt: token.facts, event: { path: '/api/contracten', query: 'status=actief', ua: BROWSERS[0], out: ['{', `  host: 'fv-werkgevers.azurewebsites.net',`, `  'user-agent': '${BROWSERS[0]}',`, "  accept: 'application/json',", `  authorization: 'Bearer ${token.token}',`, `  'x-forwarded-for': '${publicIp(rng)}:${rng.int(30000, 60000)}',`, `  'x-arr-log-id': '${rng.uuid()}',`, "  'x-forwarded-proto': 'https'", '}'] } };
    }),
    5,
    plant('replay', 'download_token-opaque', 'note', WHY.ticketFirst('An opaque `download_token` on a payroll export link (one download per token)'), ({ rng, t }) => {
      firstUse.dl = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: '/api/export/salarisstrook', query: `download_token=${tk}`, ip: '198.51.100.61', ua: BROWSERS[1] } };
    }, { ref: 'dl' }),
    3,
    plant('replay', 'download_token-opaque', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('dl').value, why: WHY.replay('download_token', gap('dl', t)) }], event: { path: '/api/export/salarisstrook', query: `download_token=${refs.get('dl').value}`, ip: '203.0.113.201', ua: BROWSERS[3] } }), { replayOf: 'dl', after: 74 }),
    5,
    plant('id-token', 'appservice-console-entra-logout-id_token_hint', 'error', "The portal logs where it sends a user who signs out (`Signing out, redirecting to https://login.microsoftonline.com/<tenant>/oauth2/v2.0/logout?…&id_token_hint=<ID token>`), with the record's time", ({ rng, t }) => {
      const tid = rng.uuid();
      const token = jwt(rng, t, { lifetime: 3600, age: 1300, alg: 'RS256', kid: rng.b64url(27), claims: { aud: rng.uuid(), iss: `https://login.microsoftonline.com/${tid}/v2.0`, oid: rng.uuid(), tid, preferred_username: 'hr@werkgever-x.example', name: 'HR Werkgever', nonce: rng.uuid(), ver: '2.0' } });
      return { value: token.token, jwt: token.facts, event: { path: '/auth/signout', status: 302, bytes: 0, out: [`Signing out, redirecting to https://login.microsoftonline.com/${tid}/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Ffv-werkgevers.azurewebsites.net%2F&id_token_hint=${token.token}`] } };
    }),
    5,
    plant('api-key-name', 'appservice-axioserror-azure-openai-api-key', 'error', WHY.apiKey('api-key') + " An Azure OpenAI call fails and `console.error(err)` writes the AxiosError over several stderr records, `'api-key': '<32 hex>'` in its config's headers.", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'POST', path: '/api/assistent', status: 500, err: true, out: ['AxiosError: Request failed with status code 429', '    at settle (/home/site/wwwroot/node_modules/axios/dist/node/axios.cjs:2090:12)', "  code: 'ERR_BAD_REQUEST',", '  config: {', "    method: 'post',", "    url: 'https://fv-assistent.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21',", '    headers: Object [AxiosHeaders] {', "      Accept: 'application/json, text/plain, */*',", "      'Content-Type': 'application/json',", `      'api-key': '${key}',`, "      'User-Agent': 'axios/1.13.2'", '    },', '  },', '  status: 429'] } };
    }),
    5,
    plant('negative', 'appservice-msal-correlation-id', 'none', "MSAL's `correlationId` (a uuid) in an application line: a request id, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { noAccess: true, out: [`[msal] acquireTokenByCode succeeded for scopes openid,profile,Contracts.Read correlationId: ${id}`] } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + HOUR, site: { host: 'werkgevers' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// doctl-apps-logs.txt: `doctl apps logs <app id> web --type run --follow` (doctl 1.14x) of a Remix shop on DigitalOcean
// App Platform: `<component> <RFC 3339 with nanoseconds> <line>`; the app runs `remix-serve ./build/server/index.js`,
// which logs each request with morgan's `tiny` format (`<METHOD> <url> <status> <length> - <ms> ms`, `-` for a streamed
// body), and console output of its loaders.
// https://docs.digitalocean.com/reference/doctl/reference/apps/logs/, https://remix.run/docs/en/main/other-api/serve,
// https://github.com/expressjs/morgan#tiny

function remixDoLog(rng) {
  const render = (e, rng) => {
    const out = (e.out ?? []).map((line, i) => `web ${isoNano(e.t + i, rng)} ${line}`);
    if (!e.noAccess) out.push(`web ${isoNano(e.t + e.ms, rng)} ${e.method} ${target(e)} ${e.status} ${e.stream ? '-' : e.bytes} - ${msText(e, rng)} ms`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/fietsen/${rng.pick(['gazelle-ultimate-c380', 'cortina-e-octa', 'qwic-premium-i-mn7', 'vanmoof-s5'])}`, stream: true }),
      () => ({ path: '/fietsen', query: `type=${rng.pick(['stad', 'speed-pedelec', 'bakfiets'])}&pagina=${rng.int(1, 5)}`, stream: true }),
      () => ({ path: `/assets/${rng.pick(['root', 'entry.client', 'fietsen'])}-${rng.alnum(8)}.js`, bytes: rng.int(2000, 90000) }),
      () => ({ path: '/healthz', bytes: 2, ua: 'DigitalOcean-HealthCheck' }),
      () => ({ noAccess: true, out: [`[loader] voorraad ${rng.int(3, 60)} fietsen in ${rng.int(20, 300)}ms`] }),
    ])();
  const steps = [
    { raw: { noAccess: true, out: ['[remix-serve] http://localhost:8080 (http://10.244.17.5:8080)'] }, after: 0 },
    4,
    plant('path-secret', 'remix-tiny-invite-token-path', 'error', WHY.pathSecret('An employer invites an employee to lease a bike (`/uitnodiging/<token>`), opened from the e-mail'), ({ rng }) => {
      const token = rng.b64url(32);
      return { value: token, event: { path: `/uitnodiging/${token}`, stream: true } };
    }),
    5,
    plant('negative', 'remix-mailchimp-mc_eid', 'none', "Mailchimp's `mc_eid=<10 hex>` (with `utm_*`) on a newsletter link: a subscriber id for tracking, no credential.", ({ rng }) => {
      const v = rng.hex(10);
      return { value: v, event: { path: '/fietsen/cortina-e-octa', query: `utm_source=nieuwsbrief&utm_medium=email&utm_campaign=winter-2026&mc_cid=${rng.hex(10)}&mc_eid=${v}`, stream: true } };
    }),
    5,
    plant('oauth-code', 'remix-tiny-slack-oauth-v2-code', 'warning', `${WHY.code} Slack's "Add to Slack" callback (\`/integraties/slack/callback?code=<n>.<n>.<64 hex>&state=…\`), in morgan's line.`, ({ rng }) => {
      const code = `${digits(rng, 10)}.${digits(rng, 13)}.${rng.hex(64)}`;
      return { value: code, event: { path: '/integraties/slack/callback', query: `code=${code}&state=${rng.b64url(24)}`, status: 302, bytes: 0 } };
    }),
    5,
    plant('embed-jwt', 'remix-tiny-embed-fleet-map-jwt-1h', 'error', "An employer's intranet embeds the fleet map of its leased bikes (`/embed/vlootkaart/<JWT>`); morgan writes the iframe's request with DigitalOcean's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 600, claims: { resource: { werkgever: rng.int(100, 999) }, params: { regio: 'utrecht' } } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/vlootkaart/${token.token}`, stream: true } };
    }),
    5,
    plant('encoded', 'remix-tiny-base64url-json-state-dealer-token', 'error', 'A dealer hand-off passes a base64url JSON `state` (`{"returnTo":…,"dealerToken":"<token>"}`): one decoding away from the dealer\'s access token.', ({ rng }) => {
      const b64 = Buffer.from(JSON.stringify({ returnTo: '/dealer/bestellingen', dealerToken: rng.alnum(40), ts: Math.floor(DAY0 / 1000) })).toString('base64url');
      return { value: b64, event: { path: '/login', query: `state=${b64}`, stream: true } };
    }),
    5,
    plant('path-secret', 'remix-tiny-email-change-confirm-token', 'error', WHY.pathSecret('An e-mail address change is confirmed from a link (`/account/e-mail/bevestigen?token=<64 hex>`)'), ({ rng }) => {
      const token = rng.hex(64);
      return { value: token, event: { path: '/account/e-mail/bevestigen', query: `token=${token}`, status: 302, bytes: 0 } };
    }),
    5,
    plant('negative', 'remix-vite-asset-hash', 'none', 'A Vite content-hashed asset (`/assets/<name>-<8 characters>.css`): a file name, no credential.', ({ rng }) => {
      const h = rng.alnum(8);
      return { value: h, event: { path: `/assets/root-${h}.css`, bytes: rng.int(2000, 40000) } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: SITE }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// firebase-functions.log: `firebase functions:log -n 200 > firebase-functions.log` (firebase-tools 14) of Cloud Functions
// (1st gen, Node 22): `<RFC 3339 with microseconds> <severity letter> <function>: <text>`, the runtime's `Function
// execution started` / `Function execution took <n> ms, finished with status code: <n>` and the structured entries of
// firebase-functions' logger (the jsonPayload as JSON, `message` last).
// https://firebase.google.com/docs/functions/writing-and-viewing-logs, https://firebase.google.com/docs/reference/functions/firebase-functions.logger

function firebaseLog(rng) {
  const render = (e, rng) => {
    const fn = e.fn ?? 'api';
    const out = [`${isoMicro(e.t, rng)} D ${fn}: Function execution started`];
    for (const [sev, payload] of e.entries ?? []) out.push(`${isoMicro(e.t + 5, rng)} ${sev} ${fn}: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}`);
    out.push(`${isoMicro(e.t + e.ms, rng)} D ${fn}: Function execution took ${e.ms} ms, finished with status code: ${e.status}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ entries: [['I', { path: '/v1/fietsen', count: rng.int(5, 80), message: 'catalog served' }]] }),
      () => ({ fn: 'onContractSigned', entries: [['I', { contractId: `C-${rng.int(100000, 999999)}`, message: 'welcome mail queued' }]] }),
      () => ({ fn: 'nightlyReminders', entries: [['I', `Sent ${rng.int(0, 50)} reminders`]] }),
      () => ({ entries: [] }),
    ])();
  const steps = [
    3,
    plant('framework-dump', 'firebase-functions-config-dump-mollie-key', 'error', "A function logs `functions.config()` at DEBUG while debugging payments: the runtime config's Mollie live key (`live_…`) in the JSON.", ({ rng }) => {
      const key = `live_${rng.alnum(30)}`;
      return { value: key, event: { entries: [['D', { config: { mollie: { api_key: key, profile: `pfl_${rng.alnum(10)}` }, postnl: { customer_code: 'FVLT' }, env: 'prod' }, message: 'runtime config' }]] } };
    }),
    4,
    plant('path-secret', 'firebase-email-sign-in-link-oobcode', 'error', WHY.pathSecret("A function logs the sign-in link Firebase Auth generated for a dealer (`/__/auth/action?apiKey=AIza…&mode=signIn&oobCode=<code>…`; the web `apiKey` is public, the `oobCode` signs in)"), ({ rng }) => {
      const oob = rng.b64url(43);
      return { value: oob, event: { fn: 'sendSignInLink', entries: [['I', { email: 'werkplaats@rijwielhandel-x.example', link: `https://fietsvloot-prod.firebaseapp.com/__/auth/action?apiKey=AIza${rng.b64url(35)}&mode=signIn&oobCode=${oob}&continueUrl=https://${DEALER}/welkom&lang=nl`, message: 'sign-in link generated' }]] } };
    }),
    4,
    plant('negative', 'firebase-auth-uid', 'none', 'A Firebase Auth `uid` (28 characters): a user id, no credential.', ({ rng }) => {
      const uid = rng.alnum(28);
      return { value: uid, event: { fn: 'onUserCreate', entries: [['I', { uid, provider: 'password', message: 'user created' }]] } };
    }),
    4,
    plant('refresh-token', 'firebase-google-oauth-tokens-refresh', 'error', `${WHY.refresh} A function logs the token response of Google's OAuth client when a workshop connects its calendar: \`refresh_token\` (\`1//0…\`) in the JSON.`, ({ rng }) => {
      const rt = `1//09${rng.b64url(98)}`;
      return { value: rt, event: { fn: 'calendarConnect', entries: [['I', { tokens: { access_token: `ya29.${rng.b64url(150)}`, expires_in: 3599, refresh_token: rt, scope: 'https://www.googleapis.com/auth/calendar.events', token_type: 'Bearer' }, message: 'google calendar connected' }]] } };
    }),
    4,
    plant('webhook', 'firebase-slack-workflow-webhook-trigger', 'error', WHY.webhook('A Slack Workflow Builder webhook trigger (`hooks.slack.com/triggers/T…/<n>/<secret>`) a function posts new dealer sign-ups to, in its error entry'), ({ rng }) => {
      const secret = rng.hex(32);
      return { value: secret, event: { fn: 'onDealerSignup', status: 500, entries: [['E', { err: 'Request failed with status code 410', url: `https://hooks.slack.com/triggers/T${upperNum(rng, 10)}/${digits(rng, 13)}/${secret}`, message: 'workflow webhook failed' }]] } };
    }),
    4,
    plant('implicit-fragment', 'firebase-client-error-report-href-access_token', 'error', "The dealer app's error reporter posts `location.href` to a function: an implicit-flow return (`/#access_token=<JWT>&token_type=Bearer…`) in the logged entry, with the entry's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 20, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${LOGIN}/`, sub: `dealer|${rng.int(1000, 9999)}`, aud: 'dealer-app', scope: 'orders:read orders:write' } });
      return { value: token.token, jwt: token.facts, event: { fn: 'clientErrors', entries: [['W', { href: `https://${DEALER}/#access_token=${token.token}&token_type=Bearer&expires_in=3600&state=${rng.alnum(16)}`, error: "TypeError: Cannot read properties of undefined (reading 'dealerId')", message: 'client error report' }]] } };
    }),
    4,
    plant('negative', 'firebase-fcm-message-id', 'none', 'An FCM `messageId` (`projects/<p>/messages/0:<n>%<hex>`): a message id, no credential.', ({ rng }) => {
      const id = `0:${digits(rng, 16)}%${rng.hex(16)}`;
      return { value: id, event: { fn: 'onContractSigned', entries: [['I', { messageId: `projects/fietsvloot-prod/messages/${id}`, message: 'push sent' }]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'functions' }, filler: (rng) => ({ status: 200, ms: rng.int(8, 900), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// otelcol-debug.log: an OpenTelemetry Collector (contrib 0.140) with the debug exporter at `verbosity: detailed`: zap's
// console encoder, a `Traces` line with the batch's counts, then the `ResourceSpans #0` dump over many untimed lines
// (resource and span fields, `Attributes:` as `-> <key>: <Type>(<value>)`, headers as `Slice(["…"])`) ending with the
// logger's fields. Node services with the HTTP instrumentation capturing some headers, and the web SDK's document load.
// https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter, https://opentelemetry.io/docs/specs/semconv/http/http-spans/

function otelLog(rng) {
  const FIELDS = `{"resource": {"service.instance.id": "${rng.uuid()}", "service.name": "otelcol-contrib", "service.version": "0.140.1"}, "otelcol.component.id": "debug", "otelcol.component.kind": "exporter", "otelcol.signal": "traces"}`;
  const spanTime = (ms) => `${ymdHms(ms)}.${pad(ms % 1000, 3)}${digits(rng, 6)} +0000 UTC`;
  const render = (e, rng) => {
    const ts = `${iso(e.t).slice(0, 23)}Z`;
    const svc = e.svc ?? 'portal-api';
    const attrs = e.attrs ?? [['http.request.method', `Str(${e.method})`], ['url.path', `Str(${e.path})`], ...(e.query ? [['url.query', `Str(${e.query})`]] : []), ['url.scheme', 'Str(https)'], ['http.response.status_code', `Int(${e.status})`]];
    return [
      `${ts}\tinfo\tTraces\t${FIELDS.slice(0, -1)}, "resource spans": 1, "spans": 1}`,
      `${ts}\tinfo\tResourceSpans #0`,
      'Resource SchemaURL: https://opentelemetry.io/schemas/1.37.0',
      'Resource attributes:',
      `     -> service.name: Str(${svc})`,
      `     -> telemetry.sdk.language: Str(${e.browser ? 'webjs' : 'nodejs'})`,
      'ScopeSpans #0',
      'ScopeSpans SchemaURL: ',
      `InstrumentationScope ${e.scope ?? '@opentelemetry/instrumentation-http 0.207.0'}`,
      'Span #0',
      `    Trace ID       : ${e.traceId ?? rng.hex(32)}`,
      '    Parent ID      : ',
      `    ID             : ${rng.hex(16)}`,
      `    Name           : ${e.name ?? e.method}`,
      `    Kind           : ${e.kind ?? 'Server'}`,
      `    Start time     : ${spanTime(e.t - e.ms)}`,
      `    End time       : ${spanTime(e.t)}`,
      '    Status code    : Unset',
      '    Status message : ',
      'Attributes:',
      ...attrs.map(([k, v]) => `     -> ${k}: ${v}`),
      `\t${FIELDS}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/contracten', query: `pagina=${rng.int(1, 9)}` }),
      () => ({ method: 'GET', path: `/api/fietsen/${rng.int(1000, 9999)}`, svc: 'catalogus' }),
      () => ({ method: 'POST', path: '/api/offertes', status: 201 }),
    ])();
  const steps = [
    1,
    plant('session-id', 'otel-http-request-header-cookie-session', 'error', WHY.session("The HTTP instrumentation captures the `cookie` request header (`-> http.request.header.cookie: Slice([\"fv_sessie=<43 characters>; …\"])`), the portal's session cookie in it"), ({ rng }) => {
      const sid = rng.b64url(43);
      return { value: sid, event: { method: 'GET', path: '/api/profiel', attrs: [['http.request.method', 'Str(GET)'], ['url.path', 'Str(/api/profiel)'], ['http.request.header.cookie', `Slice(["fv_sessie=${sid}; taal=nl"])`], ['http.response.status_code', 'Int(200)']] } };
    }),
    1,
    plant('negative', 'otel-browser-session-id', 'none', "The web SDK's `session.id` (32 hex): a session identifier for telemetry, no credential.", ({ rng }) => {
      const sid = rng.hex(32);
      return { value: sid, event: { browser: true, svc: 'dealer-web', scope: '@opentelemetry/instrumentation-fetch 0.207.0', kind: 'Client', method: 'GET', name: 'HTTP GET', attrs: [['http.method', 'Str(GET)'], ['http.url', `Str(https://${API}/v1/bestellingen)`], ['http.status_code', 'Int(200)'], ['session.id', `Str(${sid})`]] } };
    }),
    1,
    plant('webhook', 'otel-client-span-url-full-slack', 'error', WHY.webhook('A client span of the notifier posting to a Slack incoming webhook (`-> url.full: Str(https://hooks.slack.com/services/T…/B…/<24 characters>)`)'), ({ rng }) => {
      const secret = rng.alnum(24);
      return { value: secret, event: { svc: 'notifier', kind: 'Client', method: 'POST', name: 'POST', attrs: [['http.request.method', 'Str(POST)'], ['url.full', `Str(https://hooks.slack.com/services/T${upperNum(rng, 9)}/B${upperNum(rng, 11)}/${secret})`], ['server.address', 'Str(hooks.slack.com)'], ['http.response.status_code', 'Int(200)']] } };
    }),
    1,
    plant('path-secret', 'otel-url-path-verify-email-token', 'error', WHY.pathSecret('An e-mail verification link (`/api/account/verify-email/<token>`) in a server span\'s `url.path`'), ({ rng }) => {
      const token = rng.b64url(40);
      return { value: token, event: { method: 'GET', path: `/api/account/verify-email/${token}`, status: 302, attrs: [['http.request.method', 'Str(GET)'], ['url.path', `Str(/api/account/verify-email/${token})`], ['http.route', 'Str(/api/account/verify-email/:token)'], ['http.response.status_code', 'Int(302)']] } };
    }),
    1,
    plant('implicit-fragment', 'otel-document-load-http-url-access_token', 'error', "The web SDK's document-load span records `http.url` from `location.href`: the page an implicit flow returned to, `#access_token=<token>` with it.", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { browser: true, svc: 'dealer-web', scope: '@opentelemetry/instrumentation-document-load 0.52.0', kind: 'Internal', name: 'documentLoad', attrs: [['http.url', `Str(https://${DEALER}/auth/callback#access_token=${token}&token_type=Bearer&expires_in=3600)`], ['http.user_agent', `Str(${BROWSERS[0]})`]] } };
    }),
    1,
    plant('encoded', 'otel-url-query-encoded-handoff', 'error', 'A `url.query` holding a dealer hand-off URL percent-encoded once (`next=https%3A%2F%2F…%2Fsso%3Fhandoff%3D<token>`): one decoding away.', ({ rng }) => {
      const token = rng.alnum(36);
      return { value: token, event: { method: 'GET', path: '/api/sso/start', query: `next=${encodeURIComponent(`https://${DEALER}/sso?handoff=${token}&lang=nl`)}`, status: 302 } };
    }),
    1,
    plant('negative', 'otel-x-csrf-token-header', 'none', 'A captured `x-csrf-token` request header: a CSRF token, no credential.', ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { method: 'POST', path: '/api/offertes', status: 201, attrs: [['http.request.method', 'Str(POST)'], ['url.path', 'Str(/api/offertes)'], ['http.request.header.x-csrf-token', `Slice(["${v}"])`], ['http.response.status_code', 'Int(201)']] } };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'otel' }, filler: (rng) => ({ status: 200, ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dealer.fietsvloot.example-1764870000000.log: a Chrome 143 DevTools console saved with "Save as…" while a support
// engineer reproduces a dealer's problem, with "Preserve log" and "Log XMLHttpRequests" on: `Navigated to <url>`, `<source
// file>:<line> <message>`, `Fetch finished loading: GET "<url>".`, failed requests as `GET <url> 401 (Unauthorized)`,
// objects in their one-line preview (`{Accept: '…', Authorization: '…'}`, `Storage {…}`). No time on any line.
// https://developer.chrome.com/docs/devtools/console/reference#persist, https://developer.chrome.com/docs/devtools/console/reference#save

function chromeConsoleLog(rng) {
  const JS = `index-${rng.alnum(8)}.js`;
  const render = (e) => e.lines;
  const filler = (rng) =>
    rng.pick([
      () => ({ lines: [`${JS}:40 Fetch finished loading: GET "https://${API}/v1/bestellingen?status=open&pagina=${rng.int(1, 4)}".`] }),
      () => ({ lines: [`${JS}:12 [orders] ${rng.int(1, 30)} open bestellingen geladen`] }),
      () => ({ lines: [`${JS}:40 Fetch finished loading: GET "https://${API}/v1/voorraad?filiaal=${rng.int(1, 40)}".`] }),
      () => ({ lines: [`[Violation] 'setTimeout' handler took ${rng.int(50, 300)}ms`] }),
    ])();
  const steps = [
    { raw: { lines: [`Navigated to https://${DEALER}/`] }, after: 0 },
    2,
    plant('oauth-code', 'chrome-navigated-to-microsoft-account-code', 'warning', `${WHY.code} A Microsoft account sign-in returns to the dealer app (\`Navigated to …/auth/callback?code=M.C5…&state=…\`), a line "Preserve log" keeps.`, ({ rng }) => {
      const code = `M.C5${rng.int(10, 99)}_BAY.2.U.${rng.uuid()}`;
      return { value: code, event: { lines: [`Navigated to https://${DEALER}/auth/callback?code=${code}&state=${rng.b64url(22)}`] } };
    }),
    2,
    plant('negative', 'chrome-recaptcha-site-key', 'none', "reCAPTCHA's `k=6L…` site key on its own request: public by design, no credential.", ({ rng }) => {
      const k = `6L${rng.b64url(38)}`;
      return { value: k, event: { lines: [`recaptcha__nl.js:281 Fetch finished loading: POST "https://www.google.com/recaptcha/api2/reload?k=${k}".`] } };
    }),
    2,
    plant('header-dump', 'chrome-console-headers-drf-token', 'error', "The app's API wrapper logs its request headers (`request headers {Accept: 'application/json', Authorization: 'Token <40 hex>'}`): a Django REST framework token.", ({ rng }) => {
      const tok = rng.hex(40);
      return { value: tok, event: { lines: [`api.ts:18 request headers {Accept: 'application/json', Authorization: 'Token ${tok}', X-Dealer: '${rng.int(100, 999)}'}`, `${JS}:40 GET https://${API}/v1/bestellingen/${rng.int(10000, 99999)} 403 (Forbidden)`] } };
    }),
    2,
    plant('refresh-token', 'chrome-console-localstorage-refresh_token', 'error', `${WHY.refresh} The engineer prints \`localStorage\` (\`Storage {fv.refresh_token: '…', …}\`) to check the session.`, ({ rng }) => {
      const rt = rng.b64url(64);
      return { value: rt, event: { lines: [`auth.ts:52 Storage {fv.refresh_token: '${rt}', fv.dealer: '{"id":${rng.int(100, 999)},"naam":"Rijwielhandel X"}', length: 2}`] } };
    }),
    2,
    plant('api-key-name', 'chrome-fetch-finished-loading-api_key', 'error', WHY.apiKey('api_key') + ' An address lookup is called from the browser with a server key: "Log XMLHttpRequests" writes the URL.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { lines: [`${JS}:40 Fetch finished loading: GET "https://api.postcode-x.example/v1/lookup?postcode=3511AB&huisnummer=${rng.int(1, 200)}&api_key=${key}".`] } };
    }),
    2,
    plant('implicit-fragment', 'chrome-navigated-to-access_token-fragment', 'error', 'The legacy workshop module still signs in with the implicit flow: "Preserve log" keeps `Navigated to …/werkplaats/#access_token=<token>&token_type=Bearer…`.', ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { lines: [`Navigated to https://${DEALER}/werkplaats/#access_token=${token}&token_type=Bearer&expires_in=3600&state=${rng.alnum(12)}`] } };
    }),
    2,
    plant('negative', 'chrome-source-map-asset-hash', 'none', 'A failed source map of a content-hashed chunk (`chunk-<8 characters>.js.map`): a file name, no credential.', ({ rng }) => {
      const h = rng.alnum(8);
      return { value: h, event: { lines: [`DevTools failed to load source map: Could not load content for https://${DEALER}/assets/chunk-${h}.js.map: HTTP error: status code 404, net::ERR_HTTP_RESPONSE_CODE_FAILURE`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: DEALER }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pytest-staging.txt: `pytest -v -l -p no:cacheprovider tests/integration` (pytest 8.4) against the staging environment in
// a CI job: the session header, one line a test with its verdict and progress, then `FAILURES` with each failure's
// source, `-l`'s local variables (`name = repr`), the `E` lines (a string comparison with its `- `/`+ ` diff), the
// captured stdout and logs (`LEVEL    logger:file.py:line message`, urllib3's DEBUG request lines), and the short test
// summary. No time on any line.
// https://docs.pytest.org/en/stable/how-to/output.html, https://docs.pytest.org/en/stable/how-to/logging.html

function pytestLog(rng) {
  const TESTS = ['test_catalogus_lijst', 'test_offerte_berekenen', 'test_contract_status', 'test_dealer_voorraad', 'test_werkplaats_afspraak', 'test_fiets_zoeken', 'test_btw_tarief', 'test_leasebedrag_afronding'];
  let n = 0;
  const TOTAL = 47;
  const prog = () => `[${String(Math.round((++n * 100) / TOTAL)).padStart(3)}%]`;
  const bar = (title, ch = '_') => {
    const side = Math.max(2, Math.floor((80 - title.length - 2) / 2));
    return `${ch.repeat(side)} ${title} ${ch.repeat(80 - title.length - 2 - side)}`;
  };
  const render = (e) => (e.test ? [`tests/integration/${e.file}::${e.test} ${e.verdict ?? 'PASSED'} ${prog()}`] : e.lines);
  const filler = (rng) => ({ file: rng.pick(['test_catalogus.py', 'test_offertes.py', 'test_contracten.py']), test: `${rng.pick(TESTS)}[${rng.pick(['nl', 'en'])}]` });
  const fail = (name, file, line, body) => ['', bar(name), '', ...body, '', `tests/integration/${file}:${line}: AssertionError`];
  const steps = [
    { raw: { lines: [bar('test session starts', '='), 'platform linux -- Python 3.13.9, pytest-8.4.2, pluggy-1.6.0 -- /builds/fietsvloot/portal/.venv/bin/python', 'rootdir: /builds/fietsvloot/portal', 'configfile: pyproject.toml', 'plugins: anyio-4.11.0, django-4.11.1, randomly-3.16.0', `Using --randomly-seed=${digits(rng, 10)}`, `collecting ... collected ${TOTAL} items`, ''] }, after: 0 },
    6,
    { raw: { file: 'test_contracten.py', test: 'test_verlengen', verdict: 'FAILED' } },
    5,
    plant('negative', 'pytest-param-id-hmac-signature', 'none', 'A parametrized test id carrying the HMAC signature it checks (`[sha256=<64 hex>]`): a signature of a fixed body, no credential.', ({ rng }) => {
      const sig = rng.hex(64);
      return { value: sig, event: { file: 'test_webhooks.py', test: `test_handtekening_controleren[sha256=${sig}]` } };
    }),
    6,
    { raw: { file: 'test_webhooks.py', test: 'test_melding_versturen', verdict: 'FAILED' } },
    6,
    { raw: { file: 'test_auth.py', test: 'test_dealer_token', verdict: 'FAILED' } },
    5,
    { raw: { file: 'test_tarieven.py', test: 'test_prijzen_sync', verdict: 'FAILED' } },
    5,
    { raw: { file: 'test_accounts.py', test: 'test_reset_link', verdict: 'FAILED' } },
    4,
    { raw: { file: 'test_accounts.py', test: 'test_csrf_vereist', verdict: 'FAILED' } },
    3,
    { raw: { lines: ['', bar('FAILURES', '=')] }, after: 1 },
    plant('header-dump', 'pytest-captured-stdout-headers-basic', 'error', "A test prints the headers of its request to the leasing bank's staging API (`{'User-Agent': …, 'Authorization': 'Basic <base64 of user:password>'}`) in pytest's captured stdout.", ({ rng }) => {
      const b64 = b64Of(`fietsvloot-staging:${rng.alnum(16)}`);
      return { value: b64, event: { lines: [...fail('test_verlengen', 'test_contracten.py', 58, ['    def test_verlengen(bank):', '        r = bank.post("/contracts/renew", json={"contract": "C-104233"})', '>       assert r.status_code == 200', 'E       assert 401 == 200', 'E        +  where 401 = <Response [401]>.status_code']), bar('Captured stdout call', '-'), `headers: {'User-Agent': 'python-requests/2.32.5', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Basic ${b64}'}`] } };
    }, { after: 0 }),
    plant('webhook', 'pytest-captured-log-httperror-mattermost-hook', 'error', WHY.webhook("A Mattermost incoming webhook (`/hooks/<26 characters>`) in requests' `404 Client Error: Not Found for url: …`, in the captured log"), ({ rng }) => {
      const id = lowerNum(rng, 26);
      return { value: id, event: { lines: [...fail('test_melding_versturen', 'test_webhooks.py', 33, ['    def test_melding_versturen(notifier):', '>       assert notifier.send("staging check") is True', 'E       AssertionError: assert False is True']), bar('Captured log call', '-'), `WARNING  fietsvloot.notify:notify.py:41 webhook failed: 404 Client Error: Not Found for url: https://chat.fietsvloot.example/hooks/${id}`] } };
    }, { after: 0 }),
    plant('framework-dump', 'pytest-showlocals-client_secret', 'error', "`-l` prints the test's local variables: `payload = {'client_id': …, 'client_secret': '<secret>', …}` of a client-credentials request to the staging identity provider.", ({ rng }) => {
      const secret = rng.b64url(40);
      return { value: secret, event: { lines: [...fail('test_dealer_token', 'test_auth.py', 27, [`payload    = {'client_id': 'dealer-sync', 'client_secret': '${secret}', 'grant_type': 'client_credentials', 'scope': 'orders'}`, 'r          = <Response [400]>', '', '    def test_dealer_token():', '        payload = {**DEALER_CLIENT, "grant_type": "client_credentials", "scope": "orders"}', `        r = requests.post("https://${LOGIN}/oauth/token", data=payload, timeout=10)`, '>       assert r.status_code == 200', 'E       assert 400 == 200'])] } };
    }, { after: 0 }),
    plant('api-key-name', 'pytest-urllib3-debug-api_key', 'error', WHY.apiKey('api_key') + " urllib3's DEBUG line in the captured log writes the request target with the supplier's key.", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { lines: [...fail('test_prijzen_sync', 'test_tarieven.py', 19, ['    def test_prijzen_sync(client):', '>       assert client.sync().status_code == 200', 'E       assert 503 == 200']), bar('Captured log call', '-'), 'DEBUG    urllib3.connectionpool:connectionpool.py:1049 Starting new HTTPS connection (1): api.fietsdata-x.example:443', `DEBUG    urllib3.connectionpool:connectionpool.py:544 https://api.fietsdata-x.example:443 "GET /v2/prijzen?merk=alle&api_key=${key} HTTP/1.1" 503 None`] } };
    }, { after: 0 }),
    plant('path-secret', 'pytest-assert-diff-reset-link', 'error', WHY.pathSecret("A test compares the password-reset link staging mailed (`/wachtwoord/reset/<uidb64>/<token>/`) with the one it expects: the `E` line and the diff's `- `/`+ ` lines"), ({ rng }) => {
      const token = djangoToken(rng);
      const u = `https://staging.${APP.split('.').slice(1).join('.')}/wachtwoord/reset/${uidb64(rng.int(100, 999))}/${token}`;
      return { value: token, event: { lines: [...fail('test_reset_link', 'test_accounts.py', 71, ['    def test_reset_link(mailbox):', '>       assert mailbox.last_link() == expected_link()', `E       AssertionError: assert '${u}/' == '${u}'`, 'E         ', `E         - ${u}`, `E         + ${u}/`, `E         ?${' '.repeat(u.length + 2)}+`])] } };
    }, { after: 0 }),
    plant('negative', 'pytest-captured-stdout-csrftoken', 'none', "Django's `csrftoken` cookie (64 characters) printed by a CSRF test: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.alnum(64);
      return { value: v, event: { lines: [...fail('test_csrf_vereist', 'test_accounts.py', 90, ['    def test_csrf_vereist(session):', '>       assert session.post("/api/profiel", json={}).status_code == 403', 'E       assert 200 == 403']), bar('Captured stdout call', '-'), `cookies: csrftoken=${v}`] } };
    }, { after: 0 }),
    { raw: { lines: [bar('short test summary info', '='), 'FAILED tests/integration/test_contracten.py::test_verlengen - assert 401 == 200', 'FAILED tests/integration/test_webhooks.py::test_melding_versturen - AssertionError: assert False is True', 'FAILED tests/integration/test_auth.py::test_dealer_token - assert 400 == 200', 'FAILED tests/integration/test_tarieven.py::test_prijzen_sync - assert 503 == 200', 'FAILED tests/integration/test_accounts.py::test_reset_link - AssertionError: assert …', 'FAILED tests/integration/test_accounts.py::test_csrf_vereist - assert 200 == 403', bar(`6 failed, ${TOTAL - 6} passed in 41.27s`, '=')] }, after: 0 },
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'pytest' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cloud-init.log: /var/log/cloud-init.log of a new EC2 worker (cloud-init 25.3 on Ubuntu 24.04): `<Y-m-d H:M:S,ms> -
// <module>.py[<LEVEL>]: <message>`; url_helper's reads (`[0/<n>] open '<url>' with {<request options as a Python dict>}
// configuration`, `Read from <url> (<status>, <n>b) after 1 attempts`; the IMDSv2 token headers written as `REDACTED`) for
// IMDS, an `#include` of user-data, `write_files` entries with a `source` URI and headers, and `phone_home`; subp's
// `Running command [<argv>] …`; module timings.
// https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files, https://cloudinit.readthedocs.io/en/latest/reference/modules.html#phone-home,
// https://cloudinit.readthedocs.io/en/latest/explanation/format.html#include-file

function cloudInitLog(rng) {
  const render = (e, rng) => e.lines.map(([mod, level, msg], i) => `${ymdHms(e.t + i * 7)},${pad((e.t + i * 7) % 1000, 3)} - ${mod}[${level}]: ${msg}`);
  const run = (argv) => ['subp.py', 'DEBUG', `Running command ${pyList(argv)} with allowed return codes [0] (shell=False, capture=True)`];
  const open = (url, extra = '', method = 'GET') => ['url_helper.py', 'DEBUG', `[0/1] open '${url}' with {'url': '${url}', 'stream': False, 'allow_redirects': True, 'method': '${method}', 'timeout': 5.0${extra}} configuration`];
  const read = (url, n) => ['url_helper.py', 'DEBUG', `Read from ${url} (200, ${n}b) after 1 attempts`];
  const filler = (rng) =>
    rng.pick([
      () => {
        const u = `http://169.254.169.254/2021-03-23/meta-data/${rng.pick(['local-ipv4', 'placement/availability-zone', 'mac', 'hostname'])}`;
        return { lines: [open(u), read(u, rng.int(8, 40))] };
      },
      () => {
        const m = rng.pick(['apt_configure', 'write_files', 'users_groups', 'ssh', 'set_hostname', 'ntp', 'package_update_upgrade_install']);
        return { lines: [['modules.py', 'DEBUG', `Running module ${m} (<module 'cloudinit.config.cc_${m}' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_${m}.py'>) with frequency once-per-instance`], ['handlers.py', 'DEBUG', `finish: modules-config/config-${m}: SUCCESS: config-${m} ran successfully and took 0.0${rng.int(10, 99)} seconds`]] };
      },
      () => ({ lines: [run(['apt-get', '--option=Dpkg::Options::=--force-confold', '--option=Dpkg::options::=--force-unsafe-io', '--assume-yes', '--quiet', 'install', rng.pick(['jq', 'unzip', 'docker.io', 'awscli', 'tailscale'])])] }),
    ])();
  const steps = [
    { raw: { lines: [['util.py', 'INFO', `Cloud-init v. 25.3-0ubuntu1~24.04.1 running 'init' at ${new Date(DAY0 + 7 * HOUR).toUTCString().replace('GMT', '+0000')}. Up 9.12 seconds.`]] }, after: 0 },
    2,
    plant('negative', 'cloudinit-url_helper-imds-token-redacted', 'none', "url_helper writes the IMDSv2 token header as `'X-aws-ec2-metadata-token': 'REDACTED'`: masked, no value.", () => ({ value: "'X-aws-ec2-metadata-token': 'REDACTED'", event: { lines: [open('http://169.254.169.254/latest/user-data', ", 'headers': {'User-Agent': 'Cloud-Init/25.3-0ubuntu1~24.04.1', 'X-aws-ec2-metadata-token': 'REDACTED'}")] } })),
    2,
    plant('api-key-name', 'cloudinit-include-url-access_key', 'error', WHY.apiKey('access_key') + " The user-data is an `#include` of the worker's cloud-config from a config service with its key in the URL: url_helper's `open` and `Read from` lines.", ({ rng }) => {
      const key = rng.hex(32);
      const u = `https://config.fietsvloot.example/cloud-config/worker.yaml?access_key=${key}`;
      return { value: key, event: { lines: [open(u), read(u, rng.int(2000, 6000))] } };
    }),
    3,
    plant('header-dump', 'cloudinit-write-files-source-x-vault-token', 'error', "A `write_files` entry fetches the worker's secrets from Vault (`source: {uri: …, headers: {X-Vault-Token: hvs.…}}`): url_helper writes the request's headers as a dict.", ({ rng }) => {
      const tok = `hvs.${rng.b64url(90)}`;
      return { value: tok, event: { lines: [open('https://vault.fietsvloot.example:8200/v1/kv/data/worker', `, 'headers': {'X-Vault-Token': '${tok}'}`)] } };
    }),
    3,
    plant('encoded', 'cloudinit-write-files-source-basic-base64', 'error', "Another `write_files` source on the artifact server with `Authorization: Basic <base64 of user:password>` in its headers: one decoding away from the password.", ({ rng }) => {
      const b64 = b64Of(`worker:${rng.alnum(18)}`);
      return { value: b64, event: { lines: [open('https://artifacts.fietsvloot.example/repository/config/fv-worker/agent.toml', `, 'headers': {'Authorization': 'Basic ${b64}'}`)] } };
    }),
    3,
    plant('webhook', 'cloudinit-phone-home-render-deploy-hook', 'error', WHY.webhook("`phone_home` is pointed at a Render deploy hook (`api.render.com/deploy/srv-<id>?key=<key>`) so the worker triggers a deploy once it is up"), ({ rng }) => {
      const key = rng.b64url(11);
      return { value: key, needle: `?key=${key}`, event: { lines: [open(`https://api.render.com/deploy/srv-${lowerNum(rng, 20)}?key=${key}`, ", 'data': {'instance_id': 'i-0" + rng.hex(17) + "', 'hostname': 'fv-worker-07'}", 'POST')] } };
    }),
    3,
    plant('negative', 'cloudinit-instance-id', 'none', 'An EC2 instance id (`i-0<17 hex>`): an identifier, no credential.', ({ rng }) => {
      const id = `i-0${rng.hex(17)}`;
      return { value: id, event: { lines: [['util.py', 'DEBUG', `Writing to /var/lib/cloud/data/instance-id - wb: [644] 20 bytes`], ['stages.py', 'DEBUG', `Instance id for this boot: ${id}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'worker' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// log-20261204.txt: an ASP.NET Core 8 contract service with Serilog's File sink, daily rolling, default output template
// (`{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}`): hosting diagnostics
// (`Request starting HTTP/1.1 GET …`, `Request finished … - 200 …`), MVC's `Executing RedirectResult, redirecting to …`,
// IHttpClientFactory's logging (the URI in `Start processing HTTP request` and `Sending HTTP request`), destructured
// objects (`Type { Prop: value }`, dictionaries as `[("key": value)]`). UTC.
// https://github.com/serilog/serilog-sinks-file#controlling-event-formatting, https://github.com/serilog/serilog/wiki/Structured-Data,
// https://learn.microsoft.com/en-us/aspnet/core/fundamentals/logging/#log-category

function serilogLog(rng) {
  const HOSTNAME = 'http://contracten.internal:8080';
  const L = (t, lvl, msg) => `${ymdHms(t)}.${pad(t % 1000, 3)} +00:00 [${lvl}] ${msg}`;
  const render = (e, rng) => {
    if (e.msg) return [L(e.t, e.level ?? 'INF', e.msg)];
    const url = `${HOSTNAME}${target(e)}`;
    const out = [L(e.t, 'INF', `Request starting HTTP/1.1 ${e.method} ${url} - ${e.method === 'POST' ? 'application/json' : 'null'} ${e.method === 'POST' ? rng.int(40, 400) : 'null'}`)];
    let t = e.t;
    for (const c of e.client ?? []) {
      out.push(L((t += 1), 'INF', `Start processing HTTP request ${c.method} ${c.url}`), L((t += 1), 'INF', `Sending HTTP request ${c.method} ${c.url}`));
      if (c.trace) out.push(L(t, 'VRB', c.trace));
      out.push(L((t += c.ms), 'INF', `Received HTTP response headers after ${c.ms}.${digits(rng, 4)}ms - ${c.status}`), L((t += 1), 'INF', `End processing HTTP request after ${c.ms + 1}.${digits(rng, 4)}ms - ${c.status}`));
    }
    for (const [lvl, m] of e.inner ?? []) out.push(L((t += 2), lvl, m));
    out.push(L(e.t + e.ms, 'INF', `Request finished HTTP/1.1 ${e.method} ${url} - ${e.status} ${e.status === 302 ? 0 : 'null'} ${e.status === 302 ? 'null' : 'application/json; charset=utf-8'} ${e.ms}.${digits(rng, 4)}ms`));
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: `/api/contracten/${rng.int(100000, 199999)}` }),
      () => ({ method: 'GET', path: '/api/contracten', query: `werkgever=${rng.int(100, 999)}&status=actief` }),
      () => ({ method: 'GET', path: '/healthz', ua: 'kube-probe/1.33' }),
      () => ({ msg: `Contract C-${rng.int(100000, 199999)} ondertekend door werknemer ${rng.int(10000, 99999)}` }),
    ])();
  const steps = [
    { raw: { msg: 'Now listening on: http://[::]:8080' }, after: 0 },
    plant('framework-dump', 'serilog-destructured-smtp-options-password', 'error', "The service logs its mail settings at start-up with `{@Options}`: Serilog destructures the object (`SmtpOptions { Host: …, UserName: …, Password: \"…\" }`), the password on the line.", ({ rng }) => {
      const pw = rng.alnum(22);
      return { value: pw, event: { msg: `Mail settings SmtpOptions { Host: "smtp.fietsvloot.example", Port: 587, UserName: "noreply@fietsvloot.example", Password: "${pw}", EnableSsl: True }` } };
    }, { after: 1 }),
    { raw: { msg: 'Application started. Press Ctrl+C to shut down.' }, after: 0 },
    { raw: { msg: 'Hosting environment: Production' }, after: 0 },
    4,
    plant('api-key-name', 'serilog-httpclient-user_key', 'error', WHY.apiKey('user_key') + " The service looks up employers in a company register through a 3scale-managed API; IHttpClientFactory's logging writes the URI twice (`Start processing` and `Sending`).", ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'POST', path: '/api/werkgevers', status: 201, client: [{ method: 'GET', url: `https://api.bedrijfsregister-x.example/v2/zoeken?kvkNummer=${digits(rng, 8)}&user_key=${key}`, status: 200, ms: rng.int(40, 300) }] } };
    }),
    4,
    plant('negative', 'serilog-httpclient-trace-authorization-redacted', 'none', "IHttpClientFactory's header log at Verbose with `RedactLoggedHeaders` for Authorization writes `Authorization: *`: masked, no value.", ({ rng }) => ({ value: `Authorization: *`, event: { method: 'GET', path: '/api/contracten/sync', client: [{ method: 'GET', url: 'https://api.leasebank-x.example/v1/contracts?changedSince=2026-12-03', status: 200, ms: rng.int(40, 300), trace: 'Request Headers: Accept: application/json, Authorization: *, traceparent: 00-' + rng.hex(32) + '-' + rng.hex(16) + '-01' }] } })),
    4,
    plant('refresh-token', 'serilog-destructured-token-response-refresh-jwt', 'error', `${WHY.refresh} The leasing bank's client logs its token response with \`{@Response}\` (\`TokenResponse { AccessToken: …, RefreshToken: "<JWT>", … }\`): a refresh JWT valid 30 days with a jti, with the line's time`, ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 30 * 86400, age: 2, jti: true, alg: 'HS512', claims: { iss: 'https://auth.leasebank-x.example', sub: 'fietsvloot', typ: 'refresh', client_id: 'fv-contracten' } });
      return { value: token.token, jwt: token.facts, event: { msg: `Token refreshed TokenResponse { AccessToken: "${rng.b64url(48)}", RefreshToken: "${token.token}", ExpiresIn: 900, TokenType: "Bearer" }` } };
    }),
    4,
    plant('id-token', 'serilog-redirectresult-id_token_hint', 'error', "MVC's `Executing RedirectResult, redirecting to https://login…/connect/endsession?id_token_hint=<ID token>&…`: the sign-out of an HR user, with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2100, alg: 'RS256', kid: rng.hex(32).toUpperCase(), claims: { iss: `https://${LOGIN}`, aud: 'contracten-web', sub: rng.uuid(), sid: rng.hex(32).toUpperCase(), auth_time: Math.floor(t / 1000) - 2200, idp: 'local', amr: ['pwd'] } });
      return { value: token.token, jwt: token.facts, event: { method: 'GET', path: '/account/afmelden', status: 302, inner: [['INF', `Executing RedirectResult, redirecting to https://${LOGIN}/connect/endsession?id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fcontracten.fietsvloot.example%2F&state=${rng.b64url(43)}`]] } };
    }),
    4,
    plant('header-dump', 'serilog-destructured-headers-dictionary-bearer-jwt', 'error', "A failed dealer call logs the request headers with `{@Headers}` (`[(\"Accept\": [\"application/json\"]), (\"Authorization\": [\"Bearer <JWT>\"])]`), with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 500, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${LOGIN}`, aud: 'dealer-api', sub: 'fv-contracten', client_id: 'fv-contracten', scope: ['orders'] } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/api/contracten/levering', status: 502, inner: [['WRN', `Dealer call failed with 503, request headers [("Accept": ["application/json"]), ("Authorization": ["Bearer ${token.token}"]), ("X-Dealer": ["${rng.int(100, 999)}"])]`]] } };
    }),
    4,
    plant('negative', 'serilog-docusign-envelope-id', 'none', 'A signing return URL with `envelopeId=<uuid>` and `event=signing_complete`: an envelope id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { method: 'GET', path: '/contract/ondertekend', query: `event=signing_complete&envelopeId=${id}`, status: 302 } };
    }),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'contracten' }, filler: (rng) => ({ status: 200, ms: rng.int(3, 200), ...filler(rng) }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dropwizard.log: `docker logs` of a Dropwizard 4 service (the workshop planner) with console logging: the default
// layout (`%-5p [%d{ISO8601,UTC}] %c: %m%n%rEx`, exceptions as `! `-prefixed lines) and the request log in its default
// format (`<client> - - [<time>] "<request line>" <status> <length> "<referer>" "<user agent>" <ms>`), both on stdout.
// https://www.dropwizard.io/en/stable/manual/configuration.html#logging, https://www.dropwizard.io/en/stable/manual/configuration.html#request-log

function dropwizardLog(rng) {
  const app = (t, lvl, logger, m) => `${lvl.padEnd(5)} [${iso(t).slice(0, 10)} ${iso(t).slice(11, 23).replace('.', ',')}] ${logger}: ${m}`;
  const render = (e, rng) => {
    const out = (e.app ?? []).map(([lvl, logger, m]) => (logger === '!' ? `! ${m}` : app(e.t + 2, lvl, logger, m)));
    if (!e.noAccess) out.push(`${e.ip} - - [${clf(e.t + e.ms)}] "${e.method} ${target(e)} HTTP/1.1" ${e.status} ${e.bytes} "${e.referer}" "${e.ua}" ${e.ms}`);
    return out;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/api/afspraken', query: `werkplaats=${rng.int(1, 60)}&datum=2026-12-${pad(rng.int(5, 20))}` }),
      () => ({ path: `/api/afspraken/${rng.int(100000, 999999)}` }),
      () => ({ method: 'POST', path: '/api/afspraken', status: 201 }),
      () => ({ noAccess: true, app: [['INFO', 'nl.fietsvloot.planner.jobs.ReminderJob', `${rng.int(0, 30)} herinneringen verstuurd`]] }),
    ])();
  const steps = [
    { raw: { noAccess: true, app: [['INFO', 'org.eclipse.jetty.server.Server', 'Started Server@6b9651f3{STARTING}[12.0.16,sto=30000] @4121ms']] }, after: 0 },
    4,
    plant('replay', 'dl_ticket-opaque', 'note', WHY.ticketFirst('An opaque `dl_ticket` on a workshop report download (one download per ticket)'), ({ rng, t }) => {
      firstUse.dlt = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { path: `/api/rapporten/${rng.int(1000, 9999)}/download`, query: `dl_ticket=${tk}`, ip: '198.51.100.88', ua: BROWSERS[0] } };
    }, { ref: 'dlt' }),
    3,
    plant('replay', 'dl_ticket-opaque', 'replay', '', ({ refs, t }) => {
      const first = refs.get('dlt');
      return { marks: [{ value: first.value, why: WHY.replay('dl_ticket', gap('dlt', t)) }], event: { path: '/api/rapporten/4412/download', query: `dl_ticket=${first.value}`, ip: '192.0.2.166', ua: TOOLS[0] } };
    }, { replayOf: 'dlt', after: 58 }),
    4,
    plant('negative', 'dropwizard-sort-key-field', 'none', 'A list request sorted by a field (`key=startDatum&order=desc`): `key` names a column, no credential.', ({ rng }) => {
      const v = `key=startDatum&order=desc&w=${rng.int(1, 60)}`;
      return { value: v, event: { path: '/api/afspraken', query: v } };
    }),
    4,
    plant('header-dump', 'dropwizard-multivaluedmap-headers-bearer-jwt', 'error', "The dealer client logs the headers of a refused call, a JAX-RS `MultivaluedMap` (`{Authorization=[Bearer <JWT>], Accept=[application/json]}`), with the line's time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 1500, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${LOGIN}`, aud: 'dealer-api', sub: 'planner', scope: 'appointments' } });
      return { value: token.token, jwt: token.facts, event: { method: 'POST', path: '/api/afspraken/sync', status: 502, app: [['WARN', 'nl.fietsvloot.planner.dealer.DealerClient', `dealer API answered 401 for {Authorization=[Bearer ${token.token}], Accept=[application/json], X-Dealer-Id=[${rng.int(100, 999)}]}`]] } };
    }),
    4,
    plant('id-token', 'dropwizard-request-log-expired-id_token_hint', 'note', "The planner's own logout endpoint gets `id_token_hint=<ID token>` from its SPA: the request log writes it, three hours after the token expired", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 3600 + 3 * 3600, alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://${LOGIN}`, aud: 'planner-web', sub: rng.uuid(), nonce: rng.alnum(20) } });
      return { value: token.token, jwt: token.facts, event: { path: '/auth/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2Fplanner.fietsvloot.example%2F`, status: 302, bytes: 0, ua: BROWSERS[2] } };
    }),
    4,
    plant('webhook', 'dropwizard-pagerduty-integration-url', 'error', WHY.webhook('A PagerDuty integration URL (`events.pagerduty.com/integration/<32 hex>/enqueue`) in the notifier\'s error, before the exception\'s `!` lines'), ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { noAccess: true, app: [['ERROR', 'nl.fietsvloot.planner.alerts.PagerDutyNotifier', `Could not trigger https://events.pagerduty.com/integration/${key}/enqueue`], ['ERROR', '!', 'java.net.SocketTimeoutException: Read timed out'], ['ERROR', '!', 'at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)'], ['ERROR', '!', 'at org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)']] } };
    }),
    4,
    plant('negative', 'dropwizard-correlation-id', 'none', 'A `correlationId` (uuid) in an application line: a request id, no credential.', ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { noAccess: true, app: [['INFO', 'nl.fietsvloot.planner.resources.AfspraakResource', `afspraak verplaatst correlationId=${id}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'planner' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// results.jtl: a JMeter 5.6 results file in CSV (the default `jmeter.save.saveservice` columns: timeStamp in epoch ms,
// elapsed, label, responseCode, responseMessage, threadName, dataType, success, failureMessage, bytes, sentBytes,
// grpThreads, allThreads, URL, Latency, IdleTime, Connect), a load test of the staging portal recorded from a browser.
// https://jmeter.apache.org/usermanual/listeners.html#csvlogformat, https://jmeter.apache.org/usermanual/properties_reference.html#results_file_config

function jmeterLog(rng) {
  const header = ['timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect'];
  const render = (e, rng) => {
    const th = rng.int(1, 20);
    const ok = e.status < 400;
    return [`${e.t},${e.ms},${e.label ?? `${e.method} ${e.path}`},${e.status},${{ 200: 'OK', 302: 'Found', 401: 'Unauthorized', 404: 'Not Found' }[e.status]},Portaal ${1}-${th},text,${ok},,${e.bytes},${rng.int(300, 900)},20,20,https://staging.${APP}${target(e)},${Math.max(1, e.ms - rng.int(0, 20))},0,${rng.int(0, 30)}`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ label: '01 Home', path: '/' }),
      () => ({ label: '02 Fietsen', path: '/fietsen', query: `type=${rng.pick(['stad', 'bakfiets', 'speed-pedelec'])}` }),
      () => ({ label: '03 Fiets detail', path: `/fietsen/${rng.int(1000, 9999)}` }),
      () => ({ label: '04 Offerte', path: '/api/offerte', query: `fiets=${rng.int(1000, 9999)}&looptijd=36` }),
    ])();
  const steps = [
    5,
    plant('oauth-code', 'jmeter-url-keycloak-callback-code', 'warning', `${WHY.code} Keycloak's callback as recorded (\`/auth/callback?state=…&session_state=…&iss=…&code=<uuid>.<uuid>.<uuid>\`) in the JTL's URL column.`, ({ rng }) => {
      const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
      return { value: code, event: { label: '00 Login callback', path: '/auth/callback', query: `state=${rng.uuid()}&session_state=${rng.uuid()}&iss=https%3A%2F%2F${LOGIN}%2Frealms%2Ffietsvloot&code=${code}`, status: 302 } };
    }),
    5,
    plant('negative', 'jmeter-authorize-nonce', 'none', "An authorization request's `state` and `nonce`: anti-forgery values, no credential.", ({ rng }) => {
      const nonce = rng.b64url(22);
      return { value: nonce, event: { label: '00 Login', path: '/realms/fietsvloot/protocol/openid-connect/auth', query: `client_id=portaal&redirect_uri=https%3A%2F%2Fstaging.${APP}%2Fauth%2Fcallback&response_type=code&scope=openid&state=${rng.uuid()}&nonce=${nonce}` } };
    }),
    5,
    plant('embed-jwt', 'jmeter-url-embed-contract-jwt-120s', 'warning', 'The test plan opens the contract widget (`/embed/contract/<JWT>`): a JWT valid 120 s without jti, live when the sample was taken', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 120, age: 15, claims: { resource: { contract: rng.int(100000, 199999) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { label: '06 Contract widget', path: `/embed/contract/${token.token}` } };
    }),
    5,
    plant('session-id', 'jmeter-url-magento-sid', 'error', WHY.session("Magento's session id in the URL (`?SID=<26 characters>`, handed between the shop's domains) on the accessories shop's cart"), ({ rng }) => {
      const sid = lowerNum(rng, 26);
      return { value: sid, event: { label: '07 Accessoires winkelwagen', path: '/accessoires/checkout/cart/', query: `SID=${sid}` } };
    }),
    5,
    plant('api-key-name', 'jmeter-url-apikey', 'error', WHY.apiKey('apiKey') + ' The recorded plan calls the weather service the route planner uses with its key in the URL.', ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { label: '08 Routeplanner weer', path: '/api/weer', query: `lat=52.09&lon=5.12&apiKey=${key}` } };
    }),
    5,
    plant('encoded', 'jmeter-url-base64-json-credentials', 'error', 'A dealer single sign-on recorded with its `payload=` (base64url of `{"dealer":…,"user":…,"password":…}`): one decoding away from a password.', ({ rng }) => {
      const b64 = Buffer.from(JSON.stringify({ dealer: rng.int(100, 999), user: 'werkplaats', password: rng.alnum(16) })).toString('base64url');
      return { value: b64, event: { label: '09 Dealer SSO', path: '/sso/dealer', query: `payload=${b64}`, status: 302 } };
    }),
    5,
    plant('negative', 'jmeter-jquery-cache-buster', 'none', "jQuery's cache buster `_=<epoch ms>`: no credential.", ({ rng, t }) => {
      const v = String(t - rng.int(1000, 9000));
      return { value: `_=${v}`, event: { label: '05 Voorraad', path: '/api/voorraad', query: `filiaal=${rng.int(1, 40)}&_=${v}` } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: APP }, filler: (rng) => ({ method: 'GET', ...filler(rng) }), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// wrangler-tail.log: `wrangler tail fietsvloot-edge --format pretty` (wrangler 4) saved from a terminal in UTC: `<METHOD>
// <url> - <outcome> @ <M/D/YYYY, h:mm:ss AM/PM>` per invocation, then `  (log) …` / `  (error) …` lines of
// console output. A Worker in front of the portal (sign-in, sign-out, invitations) and a webhook relay.
// https://developers.cloudflare.com/workers/wrangler/commands/#tail, https://developers.cloudflare.com/workers/observability/logs/real-time-logs/

function wranglerLog(rng) {
  const when = (ms) => {
    const d = new Date(ms);
    const h = d.getUTCHours();
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  };
  const render = (e) => [`${e.method} https://${e.host}${target(e)} - ${e.outcome ?? 'Ok'} @ ${when(e.t)}`, ...(e.logs ?? []).map(([k, m]) => `  (${k}) ${m}`)];
  const filler = (rng) =>
    rng.pick([
      () => ({ host: APP, path: '/', logs: [] }),
      () => ({ host: APP, path: `/contracten/${rng.int(100000, 199999)}`, logs: [['log', `session ok for employee ${rng.int(10000, 99999)}`]] }),
      () => ({ host: APP, path: `/assets/app-${rng.alnum(8)}.js` }),
      () => ({ host: 'hooks.fietsvloot.example', method: 'POST', path: '/health', logs: [] }),
    ])();
  const steps = [
    { raw: { method: 'GET', host: APP, path: '/favicon.ico', logs: [] }, after: 0 },
    4,
    plant('id-token', 'wrangler-request-line-id_token_hint', 'error', "The Worker's sign-out relays to the identity provider (`/logout?id_token_hint=<ID token>&…`), a request line of the tail with its time", ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 36000, age: 7000, alg: 'RS256', kid: rng.b64url(22), claims: { iss: `https://${LOGIN}/`, sub: `auth0|${rng.hex(24)}`, aud: rng.alnum(32), nickname: 'werknemer', sid: rng.b64url(32) } });
      return { value: token.token, jwt: token.facts, event: { host: LOGIN, path: '/logout', query: `id_token_hint=${token.token}&post_logout_redirect_uri=https%3A%2F%2F${APP}%2F`, logs: [['log', 'signed out']] } };
    }),
    4,
    plant('negative', 'wrangler-gclid', 'none', "Google Ads' `gclid` click id on a landing page: no credential.", ({ rng }) => {
      const v = `Cj0KCQiA${rng.b64url(80)}`;
      return { value: v, event: { host: SITE, path: '/zakelijk', query: `utm_source=google&utm_medium=cpc&gclid=${v}` } };
    }),
    4,
    plant('path-secret', 'wrangler-sign-in-link-path', 'error', WHY.pathSecret('A passwordless sign-in link (`/inloggen/link/<token>`) opened by an employee'), ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { host: APP, path: `/inloggen/link/${token}`, logs: [['log', 'link login ok']] } };
    }),
    4,
    plant('webhook', 'wrangler-generic-hooks-id', 'error', WHY.webhook('The relay\'s own inbound webhook (`/hooks/<40 hex>`) that the leasing bank posts contract events to'), ({ rng }) => {
      const id = rng.hex(40);
      return { value: id, event: { host: 'hooks.fietsvloot.example', method: 'POST', path: `/hooks/${id}`, logs: [['log', `event contract.signed forwarded (${rng.int(10, 90)} ms)`]] } };
    }),
    4,
    plant('framework-dump', 'wrangler-console-form-data-password', 'error', "The sign-in handler logs the posted form (`JSON.stringify(Object.fromEntries(await request.formData()))`): `\"password\":\"…\"` in a `(log)` line.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { host: APP, method: 'POST', path: '/inloggen', logs: [['log', `form {"email":"m.jansen@werkgever-x.example","password":"${pw}","onthouden":"on"}`], ['log', 'login ok']] } };
    }),
    4,
    plant('implicit-fragment', 'wrangler-console-silent-renew-href', 'error', "A client error report the Worker logs carries the page's `location.href`: an oidc-client silent-renew page with `#access_token=<token>&…`.", ({ rng }) => {
      const token = rng.b64url(43);
      return { value: token, event: { host: APP, method: 'POST', path: '/_errors', logs: [['error', `client error {"message":"Frame window timed out","href":"https://${APP}/silent-renew.html#access_token=${token}&token_type=Bearer&expires_in=3600&state=${rng.hex(32)}"}`]] } };
    }),
    4,
    plant('replay', 'connect_ticket-opaque', 'note', WHY.ticketFirst('An opaque `connect_ticket` on the live-tracking WebSocket of a leased bike'), ({ rng }) => {
      const tk = rng.b64url(32);
      return { value: tk, event: { host: 'live.fietsvloot.example', path: '/ws', query: `connect_ticket=${tk}`, logs: [['log', 'websocket upgraded']] } };
    }),
    4,
    plant('negative', 'wrangler-cf-ray', 'none', "A `cf-ray` id logged by the Worker: a request id, no credential.", ({ rng }) => {
      const ray = `${rng.hex(16)}-AMS`;
      return { value: ray, event: { host: APP, path: '/api/status', logs: [['log', `cf-ray ${ray}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 11 * HOUR, site: { host: APP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// http-server.log: `npx http-server dist -p 8080 --proxy http://localhost:8080?` (http-server 14.1) serving the dealer
// SPA's build on a staging VM, its output redirected to a file (no colours): the start-up banner, then `[<ISO time>]
// "<METHOD> <url>" "<user agent>"` per request and `… Error (404): "Not found"` before the SPA fallback.
// https://github.com/http-party/http-server#available-options, https://github.com/http-party/http-server/blob/master/lib/http-server.js

function httpServerLog(rng) {
  const header = ['Starting up http-server, serving dist', '', 'http-server version: 14.1.1', '', 'http-server settings: ', 'CORS: disabled', 'Cache: 3600 seconds', 'Connection Timeout: 120 seconds', 'Directory Listings: visible', 'AutoIndex: visible', 'Serve GZIP Files: false', 'Serve Brotli Files: false', 'Default File Extension: none', '', 'Available on:', '  http://127.0.0.1:8080', '  http://10.0.3.14:8080', 'Unhandled requests will be served from: http://localhost:8080?', 'Hit CTRL-C to stop the server', ''];
  const render = (e) => {
    const line = `[${iso(e.t)}]  "${e.method} ${target(e)}" "${e.ua}"`;
    return e.spa ? [line, `[${iso(e.t + 1)}]  "${e.method} ${target(e)}" Error (404): "Not found"`] : [line];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ path: '/' }),
      () => ({ path: `/assets/index-${rng.alnum(8)}.js` }),
      () => ({ path: `/assets/index-${rng.alnum(8)}.css` }),
      () => ({ path: '/bestellingen', spa: true }),
      () => ({ path: `/bestellingen/${rng.int(10000, 99999)}`, spa: true }),
    ])();
  const steps = [
    5,
    plant('path-secret', 'http-server-reset-password-route', 'error', WHY.pathSecret('A password reset link of the dealer app (`/wachtwoord-herstellen/<48 hex>`), a SPA route that http-server writes twice: the request and its 404 before the fallback'), ({ rng }) => {
      const token = rng.hex(48);
      return { value: token, event: { path: `/wachtwoord-herstellen/${token}`, spa: true } };
    }),
    5,
    plant('negative', 'http-server-google-linker-_gl', 'none', "Google's cross-domain linker `_gl=1*…*_ga*…` on a landing URL: analytics client ids, no credential.", ({ rng }) => {
      const v = `1*${rng.alnum(6)}*_ga*${rng.b64url(24)}*_ga_${upperNum(rng, 10)}*${rng.b64url(40)}`;
      return { value: v, event: { path: '/', query: `_gl=${v}` } };
    }),
    5,
    plant('oauth-code', 'http-server-strava-callback-code', 'warning', `${WHY.code} Strava's callback when a dealer links its test-ride account (\`/koppelen/strava?state=…&code=<40 hex>&scope=read,activity:read_all\`), written twice by http-server.`, ({ rng }) => {
      const code = rng.hex(40);
      return { value: code, event: { path: '/koppelen/strava', query: `state=${rng.alnum(16)}&code=${code}&scope=read,activity:read_all`, spa: true } };
    }),
    5,
    plant('embed-jwt', 'http-server-embed-quote-jwt-expired', 'note', 'An old quote widget link (`/embed/offerte/<JWT>`) opened two days after its token expired', ({ rng, t }) => {
      const token = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 3600, claims: { resource: { offerte: rng.int(10000, 99999) }, params: {} } });
      return { value: token.token, jwt: token.facts, event: { path: `/embed/offerte/${token.token}`, spa: true } };
    }),
    5,
    plant('encoded', 'http-server-base64-next-url-token', 'error', 'A hand-off whose `next=` is the base64 of a URL (`aHR0cHM6…`, `https://…/sso?token=<token>`): one decoding away from a partner token.', ({ rng }) => {
      const b64 = b64Of(`https://portaal.leasebank-x.example/sso?token=${rng.alnum(40)}`);
      return { value: b64, event: { path: '/overdracht', query: `next=${b64}`, spa: true } };
    }),
    5,
    plant('negative', 'http-server-asset-hash', 'none', 'A content-hashed chunk (`/assets/Bestelling-<8 characters>.js`): a file name, no credential.', ({ rng }) => {
      const h = rng.alnum(8);
      return { value: h, event: { path: `/assets/Bestelling-${h}.js` } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 12 * HOUR, site: { host: DEALER }, filler: (rng) => ({ method: 'GET', ...filler(rng) }), render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// tcpdump.txt: `tcpdump -i ens5 -tttt -nn -A -s 0 'tcp port 8080 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)'`
// on the kiosk gateway (tcpdump 4.99): per data packet a summary line with the date (`-tttt`), the addresses and the
// first line of an HTTP request (`HTTP: GET … HTTP/1.1`), then the packet in ASCII (`-A`): header bytes as dots and
// stray characters, the request line, one header a line, the body. Plain HTTP inside the shop network.
// https://www.tcpdump.org/manpages/tcpdump.1.html

function tcpdumpLog(rng) {
  const SRV = '10.20.0.9.8080';
  const junk = (rng) => `E..${rng.chars('.@#$%&*+!^', 1)}.${rng.chars('.....@@..', 6)}.${rng.chars('.....ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)}...P.${rng.chars('.....abcdef', 8)}`;
  const render = (e, rng) => {
    const src = `${e.src ?? `10.20.${rng.int(1, 4)}.${rng.int(10, 200)}`}.${rng.int(40000, 60000)}`;
    const reqLine = `${e.method} ${target(e)} HTTP/1.1`;
    const hdrs = [['Host', e.host ?? 'kiosk-gw:8080'], ['User-Agent', e.ua ?? 'okhttp/5.3.0'], ['Accept', '*/*'], ...(e.headers ?? [])];
    if (e.body) hdrs.push(['Content-Type', 'application/x-www-form-urlencoded'], ['Content-Length', String(e.body.length)]);
    const payload = [reqLine, ...hdrs.map(([k, v]) => `${k}: ${v}`), '', ...(e.body ? [e.body] : [])];
    const len = payload.join('\r\n').length + 2;
    const seq = rng.int(1, 5000);
    return [`${ymdHms(e.t)}.${pad(e.t % 1000, 3)}${digits(rng, 3)} IP ${src} > ${SRV}: Flags [P.], seq ${seq}:${seq + len}, ack ${rng.int(1, 9000)}, win ${rng.int(400, 600)}, options [nop,nop,TS val ${digits(rng, 10)} ecr ${digits(rng, 10)}], length ${len}: HTTP: ${reqLine}`, junk(rng), ...payload];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ method: 'GET', path: '/api/kiosk/status' }),
      () => ({ method: 'GET', path: '/api/fietsen', query: `filiaal=${rng.int(1, 40)}` }),
      () => ({ method: 'POST', path: '/api/proefrit', body: `fiets=${rng.int(1000, 9999)}&duur=30` }),
    ])();
  const steps = [
    2,
    plant('replay', 'ws-ticket-opaque', 'note', WHY.ticketFirst('An opaque `ticket` on a kiosk\'s WebSocket upgrade (`GET /ws/live?ticket=…`)'), ({ rng, t }) => {
      firstUse.ws = t;
      const tk = rng.b64url(32);
      return { value: tk, event: { method: 'GET', path: '/ws/live', query: `ticket=${tk}`, src: '10.20.1.23', headers: [['Connection', 'Upgrade'], ['Upgrade', 'websocket'], ['Sec-WebSocket-Version', '13'], ['Sec-WebSocket-Key', rng.b64url(22) + '==']] } };
    }, { ref: 'ws' }),
    2,
    plant('replay', 'ws-ticket-opaque', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('ws').value, why: `${WHY.replay('ticket', gap('ws', t))} The summary lines show the two source addresses.` }], event: { method: 'GET', path: '/ws/live', query: `ticket=${refs.get('ws').value}`, src: '10.20.4.77', headers: [['Connection', 'Upgrade'], ['Upgrade', 'websocket'], ['Sec-WebSocket-Version', '13'], ['Sec-WebSocket-Key', rng.b64url(22) + '==']] } }), { replayOf: 'ws', after: 37 }),
    2,
    plant('negative', 'tcpdump-hashed-asset', 'none', 'A content-hashed bundle (`/static/kiosk.<12 hex>.js`), in the summary line and the request line: a file name, no credential.', ({ rng }) => {
      const h = rng.hex(12);
      return { value: h, event: { method: 'GET', path: `/static/kiosk.${h}.js`, ua: BROWSERS[4] } };
    }),
    2,
    plant('session-id', 'tcpdump-cookie-django-sessionid', 'error', WHY.session("Django's `sessionid` cookie (32 characters) of a shop assistant, in the captured request's `Cookie:` line"), ({ rng }) => {
      const sid = lowerNum(rng, 32);
      return { value: sid, event: { method: 'GET', path: '/beheer/verkopen/', headers: [['Cookie', `csrftoken=${rng.alnum(32)}; sessionid=${sid}`]], ua: BROWSERS[0] } };
    }),
    2,
    plant('api-key-name', 'tcpdump-query-appkey', 'error', WHY.apiKey('appkey') + ' The kiosk app calls the gateway with its key in the query: the summary line and the request line.', ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { method: 'GET', path: '/api/voorraad', query: `filiaal=12&appkey=${key}` } };
    }),
    2,
    plant('header-dump', 'tcpdump-proxy-authorization-basic', 'error', "A kiosk reaches the outside through the shop's proxy with `Proxy-Authorization: Basic <base64 of user:password>`: the captured header.", ({ rng }) => {
      const b64 = b64Of(`kiosk12:${rng.alnum(14)}`);
      return { value: b64, event: { method: 'GET', path: '/api/updates/latest', headers: [['Proxy-Authorization', `Basic ${b64}`]] } };
    }),
    2,
    plant('refresh-token', 'tcpdump-form-body-refresh_token', 'error', `${WHY.refresh} A kiosk renews its session: the captured body \`grant_type=refresh_token&refresh_token=<opaque>&client_id=…\`.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { method: 'POST', path: '/oauth/token', body: `grant_type=refresh_token&refresh_token=${rt}&client_id=kiosk-app` } };
    }),
    2,
    plant('negative', 'tcpdump-if-none-match-etag', 'none', 'A revalidation with `If-None-Match: "<32 hex>"`: an ETag, no credential.', ({ rng }) => {
      const tag = rng.hex(32);
      return { value: tag, event: { method: 'GET', path: '/api/fietsen', query: 'filiaal=12', headers: [['If-None-Match', `"${tag}"`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 13 * HOUR, site: { host: 'kiosk-gw:8080' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout17');
writePart(join(here, 'heldout17'), {
  'journal-short-precise.log': journalLog(rng),
  'AppServiceConsoleLogs.json': appServiceLog(rng),
  'doctl-apps-logs.txt': remixDoLog(rng),
  'firebase-functions.log': firebaseLog(rng),
  'otelcol-debug.log': otelLog(rng),
  'dealer.fietsvloot.example-1796387467000.log': chromeConsoleLog(rng),
  'pytest-staging.txt': pytestLog(rng),
  'cloud-init.log': cloudInitLog(rng),
  'log-20261204.txt': serilogLog(rng),
  'dropwizard.log': dropwizardLog(rng),
  'results.jtl': jmeterLog(rng),
  'wrangler-tail.log': wranglerLog(rng),
  'http-server.log': httpServerLog(rng),
  'tcpdump.txt': tcpdumpLog(rng),
});
