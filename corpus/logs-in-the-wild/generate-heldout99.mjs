// Writes corpus/logs-in-the-wild/heldout99/: a ninety-ninth held-out part, in formats no other part uses (Apache
// NetBeans 24's `messages.log`, a VMware ESXi 8 `hostd.log`, Mandrill webhook events kept as JSON lines, Customer.io
// webhook-action activity kept as JSON lines, Dagger's `--progress=plain` output, wallabag's Symfony `prod.log`, a
// Mezmo (LogDNA) export, TrackJS error records, Komga's Spring Boot log, a Misskey server's console log, a Coralogix
// export, a Barracuda Web Application Firewall access log, Focalboard's JSON server log, Instabug network logs of bug
// reports), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout99.mjs     rewrites heldout99/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Lakeside Public Library of Duluth (Minnesota), with the catalogue plugin its developer writes in
// NetBeans, its ESXi host, patron e-mail through Mandrill, notice automations on Customer.io and the website built with
// Dagger (English, five logs); «Үльгэр» хэблэл (the Ülger publishing house) of Ulan-Ude, with a bookshop, the editors'
// wallabag, a children's tales player, a Komga e-library and a Misskey instance (Buryat in Cyrillic, the standard
// orthography with ү, ө, һ; informal romanization in routes, parameter, cookie and key names, five logs); the Thagzo
// Tshogde, a weavers' co-operative of Khoma (Lhuentse, Bhutan), with a shop, its web firewall, a project board and a
// mobile app (Dzongkha in Roman Dzongkha, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import { digits, goJson, HOUR, iso, local, lowerNum, msPart, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.5'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Duluth in December (CST, UTC-6), Ulan-Ude (UTC+8 all year), Bhutan (BTT, UTC+6 all year). */
const CST = -360;
const ULN = 480;
const BTT = 360;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_BX = Date.UTC(2027, 11, 20, 0, 0, 0);
const DAY_DZ = Date.UTC(2028, 0, 10, 0, 0, 0);

/** Every file renders the lines its event carries. */
const render = (e) => e.out;
/** An event of these lines. */
const out = (...lines) => ({ out: lines });

// =====================================================================================================================
// Lakeside Public Library (English; Duluth, Minnesota: CST, UTC-6 in December)
// =====================================================================================================================

const LK = 'lakesidelibrary.example';

// ---------------------------------------------------------------------------------------------------------------------
// messages.log: Apache NetBeans 24's log of one IDE session on the library developer's Windows laptop
// (`%APPDATA%\NetBeans\24\var\log\messages.log`): the session header (`>Log Session:`, `>System Info:`, `Input
// arguments:` one a line, the memory and classpath lines), then java.util.logging records as NetBeans writes them
// (`LEVEL [logger]: message`, an exception's trace on further lines). No time on the records.
// From memory (not fetched): the header's fields and `Input arguments:` block, the record layout; the JDK's
// `sun.net.www.MessageHeader@… pairs: {…}{…}` dump at FINE from memory of HttpURLConnection's logging.

function netbeansLog(rng) {
  const HOME = 'C:\\Users\\rhalvorsen';
  const filler = (rng) =>
    rng.pick([
      () =>
        out(
          `INFO [org.netbeans.modules.parsing.impl.indexing.RepositoryUpdater]: Complete indexing of 0 binary roots followed by ${rng.int(2, 9)} source roots took: ${rng.int(90, 4000)} ms (New or modified files: ${rng.int(0, 12)}, Deleted files: 0) [Adding listeners took: ${rng.int(1, 30)} ms]`,
        ),
      () =>
        out(
          `INFO [org.netbeans.modules.maven.embedder.exec.MavenExecMonitor]: Reactor summary: catalog-covers SUCCESS [${rng.int(2, 40)}.${rng.int(100, 999)} s]`,
        ),
      () =>
        out(
          'WARNING [org.netbeans.TopSecurityManager]: use of system property netbeans.home has been obsoleted in favor of InstalledFileLocator/Places at org.netbeans.modules.java.j2seplatform.platformdefinition.Util.removeNBArtifacts(Util.java:337)',
        ),
      () =>
        out(
          `INFO [org.netbeans.modules.java.source.usages.ClassIndexManager]: Opened ${rng.int(20, 200)} indices in ${rng.int(10, 900)} ms`,
        ),
      () =>
        out(
          `INFO [org.netbeans.ui.metrics.laf]: USG_LOOK_AND_FEEL`,
          `INFO [org.netbeans.modules.debugger.jpda.ui]: Debugger started for org.lakeside.catalog.Main (pid ${rng.int(2000, 30000)})`,
        ),
    ])();
  const steps = [
    {
      raw: out(
        '-------------------------------------------------------------------------------',
        '>Log Session: Monday, December 13, 2027 at 8:41:07 AM Central Standard Time',
        '>System Info: ',
        '  Product Version         = Apache NetBeans IDE 24',
        '  Operating System        = Windows 11 version 10.0 running on amd64',
        '  Java; VM; Vendor        = 21.0.5; OpenJDK 64-Bit Server VM 21.0.5+11-LTS; Eclipse Adoptium',
        '  Runtime                 = OpenJDK Runtime Environment 21.0.5+11-LTS',
        '  Java Home               = C:\\Program Files\\Eclipse Adoptium\\jdk-21.0.5.11-hotspot',
        '  System Locale; Encoding = en_US (nb); UTF-8',
        `  Home Directory          = ${HOME}`,
        '  Current Directory       = C:\\Program Files\\NetBeans-24\\netbeans',
        `  User Directory          = ${HOME}\\AppData\\Roaming\\NetBeans\\24`,
        `  Cache Directory         = ${HOME}\\AppData\\Local\\NetBeans\\Cache\\24`,
        '  Installation            = C:\\Program Files\\NetBeans-24\\netbeans\\nb',
        '                            C:\\Program Files\\NetBeans-24\\netbeans\\ergonomics',
        '                            C:\\Program Files\\NetBeans-24\\netbeans\\ide',
        '                            C:\\Program Files\\NetBeans-24\\netbeans\\java',
        '                            C:\\Program Files\\NetBeans-24\\netbeans\\platform',
        '  Boot & Ext. Classpath   = ',
        '  Application Classpath   = C:\\Program Files\\NetBeans-24\\netbeans\\platform\\lib\\boot.jar;C:\\Program Files\\NetBeans-24\\netbeans\\platform\\lib\\org-openide-modules.jar;C:\\Program Files\\NetBeans-24\\netbeans\\platform\\lib\\org-openide-util.jar',
        '  Startup Classpath       = C:\\Program Files\\NetBeans-24\\netbeans\\platform\\core\\core-base.jar;C:\\Program Files\\NetBeans-24\\netbeans\\platform\\core\\core.jar',
        '-------------------------------------------------------------------------------',
      ),
      after: 0,
    },
    plant(
      'framework-dump',
      'netbeans-input-arguments-proxy-password',
      'error',
      "The session header lists the JVM's input arguments one a line; `netbeans.conf` was edited to reach the library's authenticating proxy, and `-Dhttp.proxyPassword=…` is written with the rest: the proxy account's password, long-lived.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: out(
            'Input arguments:',
            '    -Xss2m',
            '    -Xms32m',
            '    -XX:+UseStringDeduplication',
            '    -Dapple.laf.useScreenMenuBar=true',
            '    -Dsun.java2d.noddraw=true',
            '    -Dhttp.proxyHost=proxy.lakesidelibrary.example',
            '    -Dhttp.proxyPort=3128',
            '    -Dhttp.proxyUser=LAKESIDE\\svc-netbeans',
            `    -Dhttp.proxyPassword=${pw}`,
            `    -Dnetbeans.home=C:\\Program Files\\NetBeans-24\\netbeans\\platform`,
            `    -Dnetbeans.user=${HOME}\\AppData\\Roaming\\NetBeans\\24`,
            'Compiler: HotSpot 64-Bit Tiered Compilers',
            'Heap memory usage: initial 32.0MB maximum 4064.0MB',
            'Garbage collector: G1 Young Generation (Collections=0 Total time spent=0s)',
            'Garbage collector: G1 Old Generation (Collections=0 Total time spent=0s)',
            'Classes: loaded=2411 total loaded=2411 unloaded 0',
            'INFO [org.netbeans.core.startup.NbEvents]: Turning on modules:',
            '	org.openide.util.lookup [9.30 24]',
            '	org.openide.util [9.33 24]',
            '	org.netbeans.api.maven [1.28 24]',
          ),
        };
      },
      { after: 1 },
    ),
    4,
    plant(
      'path-secret',
      'netbeans-autoupdate-private-catalog-token-path',
      'error',
      WHY.pathSecret(
        "The catalogue vendor's plugins come from a private update center whose catalog URL carries the library's customer token in its path (`/c/<token>/updates.xml.gz`); Auto Update writes the URL when the catalog cannot be loaded",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: out(
            `WARNING [org.netbeans.modules.autoupdate.updateprovider.AutoupdateCatalogProvider]: Update center "Evergreen ILS Tools" (https://nbm.ilstools.example/c/${tok}/updates.xml.gz) cannot be loaded: java.net.SocketTimeoutException: Connect timed out`,
          ),
        };
      },
    ),
    3,
    plant(
      'negative',
      'netbeans-git-commit-sha',
      'none',
      "The Git module's line for a commit names it by its SHA-1 (40 hex digits): an object id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: out(`INFO [org.netbeans.modules.git.ui.commit.CommitAction]: Commit ${sha} created on branch cover-cache`),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'netbeans-ioexception-cover-service-apikey',
      'error',
      `${WHY.apiKey('apikey')} The plugin's cover fetcher throws, and HttpURLConnection's IOException quotes the whole URL, key included, in the stack trace the run writes to the log.`,
      ({ rng }) => {
        const key = rng.hex(32);
        const isbn = `978${digits(rng, 10)}`;
        return {
          value: key,
          event: out(
            'SEVERE [org.lakeside.catalog.covers.CoverFetcher]',
            `java.io.IOException: Server returned HTTP response code: 403 for URL: https://covers.bookjackets.example/index.php?isbn=${isbn}/MC.JPG&client=lakesidepl&apikey=${key}`,
            '	at java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)',
            '	at java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream(HttpURLConnection.java:1615)',
            '	at java.base/sun.net.www.protocol.https.HttpsURLConnectionImpl.getInputStream(HttpsURLConnectionImpl.java:223)',
            '	at org.lakeside.catalog.covers.CoverFetcher.fetch(CoverFetcher.java:61)',
            '	at org.lakeside.catalog.covers.CoverCache.lambda$warm$0(CoverCache.java:44)',
          ),
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'netbeans-fine-messageheader-authorization-basic',
      'error',
      "The developer set `sun.net.www.protocol.http.HttpURLConnection.level = FINE` to debug the holds API, and the JDK dumps each request's `MessageHeader` pairs into the log, `Authorization: Basic` (base64 of the service account and its password) among them.",
      ({ rng }) => {
        const basic = b64Of(`svc-holds:${rng.alnum(18)}`);
        return {
          value: basic,
          event: out(
            `FINE [sun.net.www.protocol.http.HttpURLConnection]: sun.net.www.MessageHeader@${rng.hex(8)}7 pairs: {GET /api/v1/holds?branch=main&status=ready HTTP/1.1: null}{Authorization: Basic ${basic}}{User-Agent: Java/21.0.5}{Host: ils.${LK}}{Accept: */*}{Connection: keep-alive}`,
          ),
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'netbeans-java-record-tostring-refresh-token',
      'error',
      `${WHY.refresh} The plugin logs the token response it stores, and a Java record's \`toString()\` prints every component: \`TokenResponse[accessToken=…, refreshToken=…, …]\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: out(
            `INFO [org.lakeside.catalog.auth.TokenStore]: saved TokenResponse[accessToken=${rng.b64url(40)}, refreshToken=${rt}, expiresIn=3600, scope=catalog holds]`,
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'netbeans-autoupdate-certificate-fingerprint',
      'none',
      "Auto Update trusts the plugin's signing certificate and writes its SHA-256 fingerprint (colon-separated hex): a public certificate's fingerprint, no credential.",
      ({ rng }) => {
        const fp = rng.hex(64).toUpperCase().match(/../g).join(':');
        return {
          value: fp,
          event: out(
            `INFO [org.netbeans.modules.autoupdate.services.Utilities]: Trusted certificate CN=ILS Tools Code Signing, O=ILS Tools LLC, SHA-256 fingerprint ${fp}`,
          ),
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 14 * HOUR, site: { host: 'netbeans' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hostd.log: the library's ESXi 8.0 host, `/var/log/hostd.log` as the support bundle keeps it: `<ISO 8601 UTC, ms>Z
// <Xx(NNN)> Hostd[<pid>]: [Originator@6876 sub=<component> opID=<id> user=<user>] <message>`, with `In(166)`, `Wa(164)`,
// `Db(167)` for the level. The host's verbose logging is on (`Config.HostAgent.log.level = verbose`) since a backup
// job failed.
// From memory (not fetched): the ESXi 8 prefix with its syslog-style level, the `Originator@6876` block, the task and
// event messages; the request lines (`Proxysvc`) and the generic service ticket's wording are approximations.

function esxiLog(rng) {
  const PID = rng.int(2097000, 2099999);
  const line = (t, lvl, sub, msg) => `${iso(t).slice(0, 23)}Z ${lvl} Hostd[${PID}]: [Originator@6876 sub=${sub}] ${msg}`;
  const op = (rng) => `esxui-${rng.hex(4)}-${rng.hex(4)}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          line(
            t,
            'In(166)',
            `Vimsvc.TaskManager opID=${op(rng)} user=root`,
            `Task Created : haTask-ha-host-vim.HostSystem.retrieveInternalCapability-${rng.int(10000, 99999)}`,
          ),
        ),
      () =>
        out(
          line(
            t,
            'In(166)',
            `Vimsvc.TaskManager opID=${op(rng)} user=root`,
            `Task Completed : haTask-ha-host-vim.HostSystem.retrieveInternalCapability-${rng.int(10000, 99999)} Status success`,
          ),
        ),
      () =>
        out(
          line(
            t,
            'Db(167)',
            'Hostsvc.VmkVprobSource',
            `VmkVprobSource::Post event: (vim.event.EventEx) { key = ${rng.int(100, 999)}, eventTypeId = "esx.audit.net.firewall.config.changed" }`,
          ),
        ),
      () =>
        out(
          line(
            t,
            'In(166)',
            'Vimsvc.ha-eventmgr',
            `Event ${rng.int(2000, 9000)} : User root@${publicIpLan(rng)} logged in as VMware vSphere Client/8.0`,
          ),
        ),
      () =>
        out(
          line(
            t,
            'Wa(164)',
            `Vmsvc.vm:/vmfs/volumes/datastore1/catalog-db/catalog-db.vmx opID=${op(rng)}`,
            'Failed to find activation record, event user unknown.',
          ),
        ),
    ])();
  const publicIpLan = (rng) => `10.40.0.${rng.int(10, 90)}`;
  const steps = [
    3,
    plant(
      'negative',
      'esxi-vm-bios-uuid',
      'none',
      "A VM's BIOS UUID (`uuid.bios`, sixteen hex bytes in VMware's spaced form) in a reconfigure line: an identifier of the virtual machine, no credential.",
      ({ rng, t }) => {
        const b = rng.hex(32).match(/../g);
        const u = `${b.slice(0, 8).join(' ')}-${b.slice(8).join(' ')}`;
        return {
          value: u,
          event: out(
            line(
              t,
              'In(166)',
              `Vmsvc.vm:/vmfs/volumes/datastore1/catalog-db/catalog-db.vmx opID=${op(rng)} user=root`,
              `Reconfigured: uuid.bios = "${u}"`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'session-id',
      'esxi-soap-failure-vmware-soap-session-cookie',
      'error',
      WHY.session(
        'Verbose hostd writes a failed SOAP call with the client\'s cookie, `vmware_soap_session="<40 hex>"`: the backup appliance\'s logged-in session on the host',
      ),
      ({ rng, t }) => {
        const s = rng.hex(40);
        return {
          value: s,
          event: out(
            line(
              t,
              'Wa(164)',
              `Default opID=${rng.hex(8)} user=backup`,
              `SOAP request returned HTTP failure; <SSL(<io_obj p:0x000000${rng.hex(10)}, h:${rng.int(20, 90)}, <TCP '10.40.0.2 : 443'>, <TCP '10.40.0.31 : ${rng.int(30000, 60000)}'>>)>, method: RetrieveContents; code: 500(Internal Server Error); cookie: vmware_client=VMware; vmware_soap_session="${s}"`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'replay',
      'esxi-generic-service-ticket-first',
      'note',
      WHY.ticketFirst(
        'The backup job reads a disk through the datastore browser with a generic service ticket (`vmware_cgi_ticket`, from `AcquireGenericServiceTicket`), which hostd accepts for one GET of `/folder/…` and logs. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = `52${rng.hex(6)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
        firstUse.cgi = t;
        return {
          value: tk,
          event: out(
            line(
              t,
              'Db(167)',
              `Proxysvc opID=${rng.hex(8)}`,
              `Accepted generic service ticket ${tk} for GET /folder/catalog-db/catalog-db-flat.vmdk?dcPath=ha-datacenter&dsName=datastore1 from 10.40.0.31`,
            ),
          ),
        };
      },
      { ref: 'cgi' },
    ),
    1,
    plant(
      'replay',
      'esxi-generic-service-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('cgi').value,
            why: `${WHY.replay('vmware_cgi_ticket', gap('cgi', t))} A workstation on the staff network presented the backup appliance's ticket for the same disk, and hostd accepted it again.`,
          },
        ],
        event: out(
          line(
            t,
            'Db(167)',
            `Proxysvc opID=${rng.hex(8)}`,
            `Accepted generic service ticket ${refs.get('cgi').value} for GET /folder/catalog-db/catalog-db-flat.vmdk?dcPath=ha-datacenter&dsName=datastore1 from 10.40.0.57`,
          ),
        ),
      }),
      { replayOf: 'cgi', after: 212 },
    ),
    4,
    plant(
      'header-dump',
      'esxi-proxysvc-request-headers-authorization-basic',
      'error',
      "Verbose hostd dumps the headers of a request it refuses, and the monitoring script's `Authorization: Basic` (base64 of `root` and the host's password) is among them.",
      ({ rng, t }) => {
        const basic = b64Of(`root:${rng.alnum(14)}`);
        return {
          value: basic,
          event: out(
            line(
              t,
              'Db(167)',
              `Proxysvc.Req${pad(rng.int(100, 999), 5)}`,
              `Request headers: GET /sdk/vimServiceVersions.xml HTTP/1.1 | Host: esxi01.${LK} | Authorization: Basic ${basic} | User-Agent: check_vmware_esx/1.2 | Accept: */*`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'esxi-host-ssl-thumbprint',
      'none',
      "The host's SSL certificate thumbprint (SHA-1, colon-separated hex) as hostd logs it when a client is told to trust it: a fingerprint of a public certificate, no credential.",
      ({ rng, t }) => {
        const fp = rng.hex(40).toUpperCase().match(/../g).join(':');
        return { value: fp, event: out(line(t, 'In(166)', 'Hostsvc.HostCertificateManager', `Host SSL thumbprint: ${fp}`)) };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR, site: { host: 'esxi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mandrill-events.jsonl: the library's Mandrill webhook events (patron notices: holds ready, PIN resets, e-book loans,
// the events newsletter) as the receiving endpoint stored them, one `mandrill_events` element a line: `event`, `msg`
// (`ts`, `subject`, `email`, `sender`, `tags`, `state`, `metadata`, `_id`), `_id`, `ip`, `user_agent`, `url` for
// clicks, `ts` (epoch seconds, UTC).
// From memory (not fetched): the event's fields.

function mandrillLog(rng) {
  const patrons = ['aholm@example.net', 'j.ortiz@example.com', 'kbergstrom@example.org', 'lnguyen@example.net', 'm.lindqvist@example.com'];
  const msg = (rng, t, subject, tags, extra = {}) => ({
    ts: sec(t) - rng.int(300, 40000),
    subject,
    email: rng.pick(patrons),
    sender: `notices@${LK}`,
    tags,
    state: 'sent',
    metadata: { branch: rng.pick(['main', 'west-duluth', 'mount-royal']) },
    _id: rng.hex(32),
    _version: rng.b64url(22),
    ...extra,
  });
  const ev = (rng, t, event, m, extra = {}) => ({
    out: [
      JSON.stringify({
        event,
        msg: m,
        _id: m._id,
        ip: `${rng.pick(['198.51.100', '203.0.113'])}.${rng.int(2, 254)}`,
        user_agent: rng.pick(BROWSERS),
        ...extra,
        ts: sec(t),
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ev(rng, t, 'send', msg(rng, t, 'Your hold is ready to pick up', ['holds'])),
      () => ev(rng, t, 'open', msg(rng, t, 'Lakeside Library events this week', ['newsletter'])),
      () =>
        ev(rng, t, 'click', msg(rng, t, 'Lakeside Library events this week', ['newsletter']), {
          url: `https://www.${LK}/events/${rng.pick(['lego-club', 'tax-help', 'storytime', 'genealogy-drop-in'])}`,
        }),
      () => ev(rng, t, 'deferral', msg(rng, t, 'Items due in 3 days', ['due-soon'], { state: 'deferred' })),
    ])();
  const steps = [
    4,
    plant(
      'path-secret',
      'mandrill-click-pin-reset-link-token-path',
      'error',
      WHY.pathSecret(
        "A patron clicks the PIN reset link of a notice (`/account/pin/reset/<token>`), and Mandrill's click event keeps the clicked URL",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: ev(rng, t, 'click', msg(rng, t, 'Reset your library PIN', ['pin-reset']), {
            url: `https://catalog.${LK}/account/pin/reset/${tok}`,
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'mandrill-send-message-id',
      'none',
      "A `send` event's message `_id` (32 hex digits): Mandrill's id of the message, no credential.",
      ({ rng, t }) => {
        const m = msg(rng, t, 'Your hold is ready to pick up', ['holds']);
        return { value: m._id, event: ev(rng, t, 'send', m) };
      },
    ),
    4,
    plant(
      'path-secret',
      'mandrill-click-ebook-loan-download-path',
      'error',
      WHY.pathSecret(
        "An e-book loan's download link (`/loan/<token>/download`), clicked from the loan notice and kept in Mandrill's click event",
      ),
      ({ rng, t }) => {
        const tok = rng.hex(40);
        return {
          value: tok,
          event: ev(rng, t, 'click', msg(rng, t, 'Your e-book loan is ready', ['ebook-loan']), {
            url: `https://ebooks.${LK}/loan/${tok}/download?format=epub`,
          }),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'mandrill-click-percent-encoded-next-auto-login-token',
      'error',
      'The holds notice links to the login page with its destination in `next`, percent-encoded, and the destination carries an `auto_login_token` (`%3Fauto_login_token%3D…`) that signs the patron in: the clicked URL is in the click event.',
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: ev(rng, t, 'click', msg(rng, t, 'Your hold is ready to pick up', ['holds']), {
            url: `https://catalog.${LK}/login?next=%2Fmy%2Fholds%3Fauto_login_token%3D${tok}%26src%3Demail`,
          }),
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'mandrill-click-embed-events-calendar-jwt-30d',
      'error',
      "The events calendar widget sent to a partner school as an embed link (`/embed/events/<JWT>`), clicked from the newsletter; the JWT lives 30 days with a jti, and the click's `ts` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { iss: `https://www.${LK}`, resource: { calendar: 'youth-services' }, partner: 'lester-park-elementary' },
        });
        return {
          value: token,
          jwt: facts,
          event: ev(rng, t, 'click', msg(rng, t, 'Lakeside Library events this week', ['newsletter']), {
            url: `https://www.${LK}/embed/events/${token}`,
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'mandrill-click-unrendered-merge-tag-key',
      'none',
      'An unsubscribe link whose merge tag the template never filled (`key=*|UNSUB_KEY|*`): a placeholder, no credential.',
      ({ rng, t }) => {
        const v = '*|UNSUB_KEY|*';
        return {
          value: v,
          event: ev(rng, t, 'click', msg(rng, t, 'Items due in 3 days', ['due-soon']), {
            url: `https://www.${LK}/notices/unsubscribe?email=*|EMAIL|*&key=${v}`,
          }),
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR, site: { host: 'mandrill' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// customerio-activities.jsonl: the library's Customer.io workspace, its activity log read from the API
// (`/v1/activities`), one activity a line: `id`, `customer_id`, `customer_identifiers`, `delivery_id`, `delivery_type`,
// `type`, `timestamp` (epoch seconds), `data`; webhook actions keep the request sent (`method`, `url`, `headers`,
// `body`) and the response's status.
// From memory (not fetched): the activity's fields; the request and response under `data` are an approximation of what
// the workspace's delivery view shows.

function customerioLog(rng) {
  const act = (rng, t, type, data, dtype = 'webhook', did) => ({
    out: [
      JSON.stringify({
        id: `01J${upperNum(rng, 23)}`,
        customer_id: `patron-${digits(rng, 6)}`,
        customer_identifiers: { id: `patron-${digits(rng, 6)}`, email: `p${digits(rng, 4)}@example.net`, cio_id: rng.hex(20) },
        delivery_id: did ?? `${b64Of(rng.bytes(24))}`,
        delivery_type: dtype,
        type,
        timestamp: sec(t),
        data,
      }),
    ],
  });
  const hook = (method, url, headers, body, status = 200) => ({ request: { method, url, headers, body }, response: { status } });
  const filler = (rng, t) =>
    rng.pick([
      () => act(rng, t, 'sent_email', { subject: 'Your hold is ready to pick up', campaign_id: rng.int(10, 40) }, 'email'),
      () => act(rng, t, 'attribute_change', { attribute: 'home_branch', from: 'main', to: 'west-duluth' }, 'customer'),
      () => act(rng, t, 'event', { name: 'hold_ready', attributes: { item: `3${digits(rng, 13)}` } }, 'customer'),
      () =>
        act(
          rng,
          t,
          'sent_action',
          hook('POST', `https://ils.${LK}/api/v1/notices/ack`, { 'Content-Type': 'application/json' }, `{"notice":${rng.int(1000, 9999)}}`),
        ),
    ])();
  const steps = [
    4,
    plant(
      'webhook',
      'customerio-webhook-action-slack-incoming',
      'error',
      WHY.webhook(
        "A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<24>`) as a campaign's webhook action, telling circulation staff a hold expired unclaimed; the activity keeps the request's URL",
      ),
      ({ rng, t }) => {
        const path = `T${upperNum(rng, 10)}/B${upperNum(rng, 10)}/${rng.alnum(24)}`;
        return {
          value: path,
          event: act(
            rng,
            t,
            'sent_action',
            hook(
              'POST',
              `https://hooks.slack.com/services/${path}`,
              { 'Content-Type': 'application/json' },
              '{"text":"Hold expired unclaimed at Main: 2 items"}',
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'customerio-unrendered-liquid-reset-token',
      'none',
      "A webhook action whose Liquid tag the customer's profile could not fill is sent as written (`token={{customer.pin_reset_token}}`): a placeholder, no credential.",
      ({ rng, t }) => {
        const v = '{{customer.pin_reset_token}}';
        return {
          value: v,
          event: act(
            rng,
            t,
            'sent_action',
            hook('GET', `https://ils.${LK}/api/v1/pin/notify?patron=${digits(rng, 6)}&token=${v}`, {}, '', 400),
          ),
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'customerio-webhook-headers-authorization-bearer',
      'error',
      "The webhook action to the ILS's notice API sends `Authorization: Bearer <key>`, and the activity keeps the request's headers.",
      ({ rng, t }) => {
        const k = rng.alnum(48);
        return {
          value: k,
          event: act(
            rng,
            t,
            'sent_action',
            hook(
              'POST',
              `https://ils.${LK}/api/v1/notices`,
              { Authorization: `Bearer ${k}`, 'Content-Type': 'application/json' },
              '{"type":"hold_ready"}',
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'customerio-webhook-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} The text-message provider takes it in the URL of the webhook action, which the activity keeps.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: act(
            rng,
            t,
            'sent_action',
            hook(
              'POST',
              `https://api.textnotice.example/v2/messages?api_key=${k}`,
              { 'Content-Type': 'application/json' },
              '{"to":"+1218555","template":"hold_ready"}',
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'webhook',
      'customerio-webhook-action-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<key>/`) fed by the new-card campaign to add patrons to a spreadsheet',
      ),
      ({ rng, t }) => {
        const p = `${digits(rng, 8)}/${lowerNum(rng, 7)}`;
        return {
          value: p,
          event: act(
            rng,
            t,
            'sent_action',
            hook('POST', `https://hooks.zapier.com/hooks/catch/${p}/`, { 'Content-Type': 'application/json' }, '{"card":"new"}'),
          ),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'customerio-webhook-form-body-percent-encoded-access-key',
      'error',
      "A webhook action posts a form whose `callback` is a URL, percent-encoded (`%3Faccess_key%3D…`), carrying the ILS's access key for the callback; the activity keeps the body.",
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: act(
            rng,
            t,
            'sent_action',
            hook(
              'POST',
              'https://api.textnotice.example/v2/campaigns/holds/send',
              { 'Content-Type': 'application/x-www-form-urlencoded' },
              `to=%2B1218555${digits(rng, 4)}&template=hold_ready&callback=https%3A%2F%2Fils.${LK}%2Fapi%2Fv1%2Fsms%2Fstatus%3Faccess_key%3D${k}`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'customerio-delivery-id',
      'none',
      "An activity's `delivery_id` (Customer.io's base64 id of one delivery): an identifier, no credential.",
      ({ rng, t }) => {
        const did = b64Of(rng.bytes(24));
        return { value: did, event: act(rng, t, 'sent_email', { subject: 'Items due in 3 days', campaign_id: 12 }, 'email', did) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 16 * HOUR, site: { host: 'customerio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dagger-site-deploy.log: the library website's deploy, `dagger call … --progress=plain` run by a scheduled job and its
// output kept: one span a line with its number (`<n>   : <name>`, `<n>   : <name> DONE [<s>s]`, the span's output
// `<n>   : | <text>`), function calls shown with their arguments; Dagger scrubs values it knows as secrets (`***`). No
// time on the lines.
// From memory (not fetched): the plain progress layout and the call spans' wording.

function daggerLog(rng) {
  let n = 0;
  const span = (name, lines = [], secs) => {
    n += 1;
    const id = String(n).padEnd(4);
    return [`${id}: ${name}`, ...lines.map((l) => `${id}: | ${l}`), `${id}: DONE [${secs}s]`];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        out: span(
          `exec npm ci --no-audit`,
          [`added ${rng.int(300, 900)} packages in ${rng.int(4, 30)}s`],
          `${rng.int(4, 30)}.${rng.int(0, 9)}`,
        ),
      }),
      () => ({ out: span('copy /src /app', [], `0.${rng.int(1, 9)}`) }),
      () => ({
        out: span(
          `exec npx eleventy --quiet`,
          [`[11ty] Copied ${rng.int(40, 200)} Wrote ${rng.int(100, 400)} files in ${rng.int(2, 9)}.${rng.int(10, 99)} seconds`],
          `${rng.int(3, 12)}.${rng.int(0, 9)}`,
        ),
      }),
      () => ({
        out: span(`exec npx html-validate _site`, [`✔ ${rng.int(100, 400)} files validated`], `${rng.int(1, 6)}.${rng.int(0, 9)}`),
      }),
    ])();
  const steps = [
    { raw: { out: [...span('connect', [], '0.3'), ...span('load module', [], '2.8')] }, after: 0 },
    plant(
      'negative',
      'dagger-cli-secret-env-reference',
      'none',
      "The job's command line passes the Netlify token as a Dagger secret by reference (`--token=env:NETLIFY_AUTH_TOKEN`): the name of an environment variable, no credential.",
      () => {
        const v = 'env:NETLIFY_AUTH_TOKEN';
        return { value: v, event: { out: span(`dagger call deploy --src=. --token=${v} --site=lakeside-www`, [], '0.0') } };
      },
      { after: 0 },
    ),
    4,
    plant(
      'api-key-name',
      'dagger-call-span-plain-string-api-key',
      'error',
      `${WHY.apiKey('apiKey')} The link checker's key is a plain \`String\` argument of the module's function, not a \`Secret\`, so the call span prints it and Dagger has nothing to scrub.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: { out: span(`.checkLinks(site: "https://www.${LK}", apiKey: "${k}"): String!`, ['312 links, 0 broken'], '14.2') },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'dagger-exec-env-database-url-password',
      'error',
      "A debugging `env` left in the build container's steps prints its environment, and `DATABASE_URL=postgres://site:<password>@…` with it: the events database's password.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            out: span(
              'exec env',
              [
                'HOSTNAME=dagger',
                'NODE_VERSION=22.12.0',
                'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
                `DATABASE_URL=postgres://site:${pw}@db.${LK}:5432/events`,
                'ELEVENTY_ENV=production',
              ],
              '0.1',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'dagger-scrubbed-secret-in-exec',
      'none',
      "The Netlify deploy's exec span, its token argument scrubbed by Dagger (`--auth ***`): a redaction, no credential.",
      () => {
        const v = '--auth ***';
        return {
          value: v,
          event: { out: span(`exec netlify deploy --prod --dir _site --site lakeside-www ${v}`, ['Deploy is live!'], '21.4') },
        };
      },
    ),
    plant(
      'path-secret',
      'dagger-output-nextcloud-share-link',
      'error',
      WHY.pathSecret(
        "The deploy script publishes the site's archive to the library's Nextcloud and prints the public share link (`/s/<15 characters>`)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            out: span(
              'exec ./scripts/archive.sh',
              ['Archive uploaded: site-2027-12-13.tar.gz', `Share: https://cloud.${LK}/s/${tok}`],
              '3.9',
            ),
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'dagger-exec-curl-teams-workflow-sig',
      'error',
      WHY.webhook(
        "A Teams channel's Workflows webhook (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<43>`) the deploy posts to; the exec span's name is the whole curl command",
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            out: span(
              `exec curl -fsS -H Content-Type:application/json -d @card.json https://prod-${rng.int(10, 99)}.northcentralus.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
              [],
              '0.8',
            ),
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'dagger' }, filler, render, steps });
}

// =====================================================================================================================
// «Үльгэр» хэблэл, the Ülger publishing house (Buryat; Ulan-Ude: UTC+8 all year)
// =====================================================================================================================

const UL = 'ulger.example';
/** PHP's `Y-m-d\TH:i:s.uP` at UTC+8, as Monolog writes it. */
const monologTime = (rng, t) => `${local(t, ULN).slice(0, 19)}.${msPart(t)}${digits(rng, 3)}+08:00`;

// ---------------------------------------------------------------------------------------------------------------------
// wallabag-prod.log: the editors' wallabag 2.6 (read-it-later; they save sources for the publisher's books) on
// Symfony, `var/logs/prod.log`: Monolog's LineFormatter, `[<datetime +08:00>] <channel>.<LEVEL>: <message> <context
// JSON> <extra JSON>`, with Symfony's `request` channel (`Matched route "…".` with `request_uri`), `security`,
// `doctrine`, graby's content fetcher (`graby`) and wallabag's own (`app`). Slashes unescaped, as Monolog encodes.
// From memory (not fetched): the layout; graby's `Fetching url: {url}` message and wallabag's `Error while trying to
// fetch content from URL.` from memory of their source.

function wallabagLog(rng) {
  const W = `wb.${UL}`;
  const rec = (rng, t, channel, level, message, context = [], extra = []) =>
    `[${monologTime(rng, t)}] ${channel}.${level}: ${message} ${JSON.stringify(context)} ${JSON.stringify(extra)}`;
  const matched = (rng, t, route, uri, method = 'GET') =>
    rec(rng, t, 'request', 'INFO', `Matched route "${route}".`, { route, route_parameters: { _route: route }, request_uri: uri, method });
  const filler = (rng, t) =>
    rng.pick([
      () => out(matched(rng, t, 'api_get_entries', `https://${W}/api/entries.json?perPage=30&page=${rng.int(1, 9)}&tags=nom-1987`)),
      () => out(rec(rng, t, 'security', 'DEBUG', 'Checking for authenticator support.', { firewall_name: 'api', authenticators: 1 })),
      () =>
        out(
          matched(rng, t, 'homepage', `https://${W}/unread/list`),
          rec(
            rng,
            t + 4,
            'doctrine',
            'DEBUG',
            'Executing query: SELECT count(DISTINCT e0_.id) AS sclr_0 FROM wallabag_entry e0_ WHERE e0_.user_id = ? AND e0_.is_archived = ?',
            { sql: 'SELECT count(DISTINCT e0_.id) ...', params: { 1: rng.int(2, 9), 2: false } },
          ),
        ),
      () => out(rec(rng, t, 'graby', 'INFO', 'Graby is ready to fetch')),
    ])();
  const steps = [
    4,
    plant(
      'refresh-token',
      'wallabag-matched-route-oauth-token-query-refresh-token',
      'error',
      `${WHY.refresh} The editors' phone app renews its token with a GET, which FOSOAuthServerBundle accepts, so Symfony's \`Matched route "fos_oauth_server_token"\` writes the request URI with \`grant_type=refresh_token&…&refresh_token=…\` (and the client secret).`,
      ({ rng, t }) => {
        const rt = lowerNum(rng, 50);
        return {
          value: rt,
          event: out(
            matched(
              rng,
              t,
              'fos_oauth_server_token',
              `https://${W}/oauth/v2/token?grant_type=refresh_token&client_id=3_${lowerNum(rng, 50)}&client_secret=${lowerNum(rng, 50)}&refresh_token=${rt}`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'wallabag-matched-route-feed-token-path',
      'error',
      WHY.pathSecret(
        "An editor's unread feed, read by a feed reader at `/feed/<user>/<token>/unread`; the route's request URI carries the feed token, which opens the user's saved articles",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(30);
        return { value: tok, event: out(matched(rng, t, 'unread_feed', `https://${W}/feed/dulma/${tok}/unread?page=2`)) };
      },
    ),
    4,
    plant(
      'negative',
      'wallabag-graby-response-etag',
      'none',
      "graby's DEBUG line of the fetched page's response headers, with its `etag` (a hash of the content): a cache validator, no credential.",
      ({ rng, t }) => {
        const e = rng.hex(32);
        return {
          value: e,
          event: out(
            rec(rng, t, 'graby', 'DEBUG', 'Data fetched: {data}', {
              data: {
                effective_url: 'https://baikal-daily.example/culture/2027/12/buryat-tales',
                status: 200,
                headers: { 'content-type': 'text/html; charset=utf-8', etag: `"${e}"` },
              },
            }),
          ),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'wallabag-graby-and-app-error-tulkhyur-url',
      'error',
      `${WHY.apiKey('tulkhyur')} (\`tulkhyur\`, түлхюур, "key") An editor saves an archive page with the archive's key in its query; graby writes the URL it fetches, and wallabag's content proxy writes it again when the fetch fails: one request, two loggers.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        const url = `https://archive.nomoi-san.example/sonin/1987/12?tulkhyur=${k}&khuudahan=4`;
        return {
          value: k,
          event: out(
            rec(rng, t, 'graby', 'INFO', 'Fetching url: {url}', { url }),
            rec(rng, t + 180, 'app', 'ERROR', 'Error while trying to fetch content from URL.', {
              entry_url: url,
              error_msg: 'Client error: 403 Forbidden',
            }),
          ),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'wallabag-graby-google-redirect-percent-encoded-nyusa',
      'error',
      'An editor saves a link copied from a Google Docs manuscript, still wrapped in Google\'s redirect (`google.com/url?q=…`): the real URL is percent-encoded in `q`, and carries the shared folder\'s `nyusa` (нюуса, "secret", `%3Fnyusa%3D…`); graby writes the URL it fetches.',
      ({ rng, t }) => {
        const s = rng.alnum(28);
        return {
          value: s,
          event: out(
            rec(rng, t, 'graby', 'INFO', 'Fetching url: {url}', {
              url: `https://www.google.com/url?q=https%3A%2F%2Fdrive.${UL}%2Fkhubaakha%3Fnyusa%3D${s}&sa=D&source=editors&ust=${digits(rng, 16)}&usg=AOvVaw${rng.b64url(22)}`,
            }),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'wallabag-doctrine-hashed-url-param',
      'none',
      "Doctrine's DEBUG line of the duplicate check, whose parameter is the entry's `hashed_url` (a SHA-1 of the URL): a hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: out(
            rec(
              rng,
              t,
              'doctrine',
              'DEBUG',
              'Executing statement: SELECT w0_.id AS id_0 FROM wallabag_entry w0_ WHERE w0_.user_id = ? AND w0_.hashed_url = ? (parameters: {params}, types: {types})',
              {
                sql: 'SELECT w0_.id AS id_0 FROM wallabag_entry w0_ WHERE w0_.user_id = ? AND w0_.hashed_url = ?',
                params: { 1: 3, 2: h },
                types: { 1: 1, 2: 2 },
              },
            ),
          ),
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_BX + 1 * HOUR, site: { host: 'wallabag' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mezmo-delguur.jsonl: the bookshop's (дэлгүүр, "shop") Node service as Mezmo (formerly LogDNA) exports it, one line a
// line: `_account`, `_app`, `_host`, `_file`, `_logtype`, `_tag`, `_ts` (epoch ms, UTC), `_lid`, `level`, and the
// service's own line in `_line` (`<hh:mm:ss> <LEVEL> [<module>] <message>`, local time, Buryat messages).
// From memory (not fetched): the export's fields.

function mezmoLog(rng) {
  const mz = (rng, t, level, mod, msg) => ({
    out: [
      JSON.stringify({
        _account: '6b1f0c92e4',
        _app: 'delguur',
        _host: 'delguur-1',
        _file: '/var/log/ulger/delguur.log',
        _logtype: 'customapp',
        _tag: ['ulger', 'production'],
        _ts: t,
        _lid: digits(rng, 19),
        level: level.toLowerCase(),
        _line: `${local(t, ULN).slice(11, 19)} ${level.padEnd(5)} [${mod}] ${msg}`,
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => mz(rng, t, 'INFO', 'zakhialga', `Захиалга №${rng.int(10400, 10999)} хүлеэн абтаа`),
      () => mz(rng, t, 'INFO', 'tulberi', `Түлбэри амжалтатай: ${rng.int(3, 40) * 50} түх.`),
      () => mz(rng, t, 'WARN', 'nom', `Алдуу: ном олдобогүй (ISBN 978-5-${digits(rng, 4)}-${digits(rng, 4)}-${digits(rng, 1)})`),
      () => mz(rng, t, 'INFO', 'http', `GET /nom/${rng.int(100, 900)} 200 ${rng.int(4, 90)}ms`),
    ])();
  const steps = [
    4,
    plant(
      'oauth-code',
      'mezmo-line-vk-id-callback-code',
      'warning',
      `${WHY.code} VK ID returns a buyer to the shop's callback (\`/orokho/vk/callback\`, орохо, "to enter"), and the service's request line, exported by Mezmo, keeps the query.`,
      ({ rng, t }) => {
        const code = rng.hex(18);
        return {
          value: code,
          event: mz(
            rng,
            t,
            'INFO',
            'http',
            `GET /orokho/vk/callback?code=${code}&state=${rng.hex(32)}&device_id=${rng.b64url(43)} 302 41ms`,
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'mezmo-yookassa-payment-id',
      'none',
      "A YooKassa payment's id (`<8 hex>-000f-5000-8000-<12 hex>`) in the shop's payment line: an identifier the shop looks the payment up by, no credential.",
      ({ rng, t }) => {
        const id = `${rng.hex(8)}-000f-5000-8000-${rng.hex(12)}`;
        return {
          value: id,
          event: mz(rng, t, 'INFO', 'tulberi', `Түлбэри хүлеэгдэнэ: payment_id=${id}, захиалга №${rng.int(10400, 10999)}`),
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'mezmo-client-error-location-vk-access-token-fragment',
      'error',
      'The shop\'s front end posts its errors to the service, with the page\'s `location`; a buyer\'s error came on the VK implicit-flow return, `#access_token=vk1.a.…`, and the service logs it ("Хуудаһанай алдуу", "page error").',
      ({ rng, t }) => {
        const at = `vk1.a.${rng.b64url(180)}`;
        return {
          value: at,
          event: mz(
            rng,
            t,
            'WARN',
            'front',
            `Хуудаһанай алдуу: TypeError: Cannot read properties of null (reading 'sagsa'); location=https://delguur.${UL}/orokho/vk#access_token=${at}&expires_in=86400&user_id=${digits(rng, 9)}&state=${rng.hex(16)}`,
          ),
        };
      },
    ),
    4,
    plant(
      'webhook',
      'mezmo-line-bitrix24-inbound-webhook',
      'error',
      WHY.webhook(
        'A Bitrix24 inbound webhook (`<portal>.bitrix24.ru/rest/<user>/<code>/<method>`) through which the shop adds deals to the CRM; the service logs the call it made ("… CRM руу эльгээгдэбэ", "sent to the CRM")',
      ),
      ({ rng, t }) => {
        const code = lowerNum(rng, 16);
        return {
          value: code,
          event: mz(
            rng,
            t,
            'INFO',
            'crm',
            `Шэнэ захиалга CRM руу эльгээгдэбэ: POST https://ulger.bitrix24.ru/rest/1/${code}/crm.deal.add.json 200`,
          ),
        };
      },
    ),
    4,
    plant(
      'session-id',
      'mezmo-debug-cookie-express-session-sessi',
      'error',
      WHY.session(
        'A debug line of the incoming cookies, with the shop\'s express-session cookie (`ulger.sessi`, a loan of "session", signed, `s%3A<id>.<signature>`)',
      ),
      ({ rng, t }) => {
        const id = rng.b64url(32);
        return { value: id, event: mz(rng, t, 'DEBUG', 'http', `cookie: ulger.sessi=s%3A${id}.${rng.alnum(43)}; hele=bxr`) };
      },
    ),
    4,
    plant(
      'id-token',
      'mezmo-line-orokho-id-token-verified',
      'error',
      'The sign-in module logs the ID token it verified ("id_token шалгагдаба", "was checked") for the publisher\'s own identity provider; Mezmo\'s `_ts` gives the line\'s time in UTC, and the token lives an hour',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 30),
          claims: { iss: `https://id.${UL}`, aud: 'delguur', sub: rng.uuid(), nonce: rng.hex(16), name: 'Сэсэг Доржиева' },
        });
        return { value: token, jwt: facts, event: mz(rng, t, 'INFO', 'orokho', `id_token шалгагдаба: ${token}`) };
      },
    ),
    4,
    plant(
      'negative',
      'mezmo-yookassa-idempotence-key',
      'none',
      'The `Idempotence-Key` (a UUID) the shop sends YooKassa with a payment request, logged: it only makes a retry harmless, no credential.',
      ({ rng, t }) => {
        const k = rng.uuid();
        return { value: k, event: mz(rng, t, 'DEBUG', 'tulberi', `POST https://api.yookassa.ru/v3/payments Idempotence-Key: ${k}`) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BX + 2 * HOUR, site: { host: 'mezmo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trackjs-ulgernuud.jsonl: the children's tales player (үльгэрнүүд, "tales") in the browser, its errors as TrackJS
// records read back from the API, one a line: `timestamp` (UTC), `message`, `url`, `entry`, `file`, `line`, `column`,
// `customer` (`application`, `sessionId`, `userId`, `version`, `correlationId`, `token`), `environment`, and the
// telemetry (`console`, `network`, `navigation`).
// From memory (not fetched): the record's fields.

function trackjsLog(rng) {
  const rec = (rng, t, { message, url, console = [], network = [], navigation = [], customer = {} }) => ({
    out: [
      JSON.stringify({
        timestamp: iso(t),
        message,
        url,
        entry: 'window',
        file: `https://dun.${UL}/assets/index-${rng.b64url(8)}.js`,
        line: 1,
        column: rng.int(1000, 90000),
        customer: { application: 'ulgernuud', sessionId: '', userId: '', version: '3.4.1', correlationId: rng.uuid(), ...customer },
        environment: { age: rng.int(2000, 900000), userAgent: rng.pick(BROWSERS), viewportHeight: 915, viewportWidth: 412 },
        console,
        network,
        navigation,
      }),
    ],
  });
  const page = (rng) => `https://dun.${UL}/ulger/${rng.pick(['altan-melhei', 'gesar', 'ubgen-ba-hogshon', 'buga'])}`;
  const filler = (rng, t) =>
    rng.pick([
      () => rec(rng, t, { message: "TypeError: Cannot read properties of undefined (reading 'duun')", url: page(rng) }),
      () =>
        rec(rng, t, {
          message: "NotAllowedError: play() failed because the user didn't interact with the document first.",
          url: page(rng),
          console: [{ timestamp: iso(t - 900), severity: 'log', message: 'Үльгэр ашаалагдаба' }],
        }),
      () =>
        rec(rng, t, {
          message: 'Failed to fetch',
          url: page(rng),
          network: [
            { method: 'GET', url: `https://api.${UL}/v2/dun/${rng.int(10, 99)}.mp3`, statusCode: 0, statusText: '', type: 'fetch' },
          ],
        }),
    ])();
  const steps = [
    4,
    plant(
      'negative',
      'trackjs-console-sri-integrity-hash',
      'none',
      'The player logs the Subresource Integrity value of the audio worklet it loads (`sha384-<64 base64>`): a hash of a public file, no credential.',
      ({ rng, t }) => {
        const h = `sha384-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)}`;
        return {
          value: h,
          event: rec(rng, t, {
            message: 'AbortError: The user aborted a request.',
            url: page(rng),
            console: [{ timestamp: iso(t - 700), severity: 'warn', message: `worklet integrity ${h} checked` }],
          }),
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'trackjs-navigation-to-access-token-fragment',
      'error',
      "TrackJS's navigation telemetry records the address the page moved to, here the sign-in return with `#access_token=…`, before the error.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: rec(rng, t, {
            message: "TypeError: Cannot read properties of null (reading 'hereglegshe')",
            url: `https://dun.${UL}/orokho`,
            navigation: [
              {
                from: `https://dun.${UL}/`,
                to: `https://dun.${UL}/orokho#access_token=${at}&token_type=Bearer&expires_in=3600`,
                on: iso(t - 2200),
                type: 'hashchange',
              },
            ],
          }),
        };
      },
    ),
    4,
    plant(
      'id-token',
      'trackjs-console-telemetry-id-token',
      'error',
      "The player prints the ID token it got to the console (`console.log('id_token', …)`), and TrackJS's console telemetry keeps it with the record; the record's `timestamp` is UTC and the token lives an hour",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(10, 200),
          claims: { iss: `https://id.${UL}`, aud: 'ulgernuud', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: rec(rng, t, {
            message: "TypeError: Cannot read properties of undefined (reading 'nere')",
            url: page(rng),
            console: [{ timestamp: iso(t - 1500), severity: 'log', message: `id_token ${token}` }],
          }),
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'trackjs-url-embed-player-jwt-7d-jti',
      'error',
      "The tales player embedded on a school's site (`/embed/<JWT>`, seven days, with a jti) reports an error, and the record's `url` is the embed page, token included, at the record's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://dun.${UL}`, school: 'ulan-ude-gymnasium-14', ulger: ['gesar', 'buga'] },
        });
        return { value: token, jwt: facts, event: rec(rng, t, { message: 'Script error.', url: `https://dun.${UL}/embed/${token}` }) };
      },
    ),
    4,
    plant(
      'session-id',
      'trackjs-customer-sessionid-set-to-session-cookie',
      'error',
      WHY.session(
        "The player sets TrackJS's `customer.sessionId` to its own session cookie's value (64 hex digits) to find a family's errors, and every record of that visitor carries it",
      ),
      ({ rng, t }) => {
        const s = rng.hex(64);
        return {
          value: s,
          event: rec(rng, t, {
            message: 'AbortError: The play() request was interrupted by a call to pause().',
            url: page(rng),
            customer: { sessionId: s, userId: `hereglegshe-${digits(rng, 5)}` },
          }),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'trackjs-network-telemetry-api-tulkhyur',
      'error',
      `${WHY.apiKey('api_tulkhyur')} (түлхюур, "key") The player calls the audio API with its key in the query, and TrackJS's network telemetry keeps the failed call's URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: rec(rng, t, {
            message: 'Failed to fetch',
            url: page(rng),
            network: [
              {
                method: 'GET',
                url: `https://api.${UL}/v2/dun/${rng.int(10, 99)}?api_tulkhyur=${k}`,
                statusCode: 403,
                statusText: 'Forbidden',
                type: 'fetch',
              },
            ],
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'trackjs-customer-correlation-id',
      'none',
      "TrackJS's `correlationId` (a UUID the agent makes to group one visitor's errors): an identifier, no credential.",
      ({ rng, t }) => {
        const c = rng.uuid();
        return { value: c, event: rec(rng, t, { message: 'Script error.', url: page(rng), customer: { correlationId: c } }) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BX + 3 * HOUR, site: { host: 'trackjs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// komga.log: the publisher's Komga 1.x e-library (номой сан) with DEBUG on for Spring's request logging
// (`CommonsRequestLoggingFilter` with headers) and Spring Security, Spring Boot 3's console layout:
// `<ISO 8601 +08:00> <LEVEL> <pid> --- [komga] [<thread, 15>] <logger, 40> : <message>`; Komga's own lines print Kotlin
// data classes (`Library(…)`, `Book(…)`).
// From memory (not fetched): Spring Boot 3.2's layout, `Before request [GET …, client=…, headers=[name:"value", …]]`,
// FilterChainProxy's `Securing GET …`; Komga's messages and its data classes' fields approximate.

function komgaLog(rng) {
  const head = (t, level, thread, logger) =>
    `${local(t, ULN).slice(0, 23)}+08:00 ${level.padStart(5)} 1 --- [komga] [${thread.padStart(15)}] ${logger.padEnd(40)} :`;
  const exec = (rng) => `io-25600-exec-${rng.int(1, 9)}`;
  const before = (rng, t, th, req, headers) =>
    `${head(t, 'DEBUG', th, 'o.s.w.f.CommonsRequestLoggingFilter')} Before request [${req}, client=10.8.0.${rng.int(2, 90)}, headers=[${headers.map(([k, v]) => `${k}:"${v}"`).join(', ')}]]`;
  const tsid = (rng) => `0${upperNum(rng, 12).replace(/[ILOU]/g, 'K')}`;
  const filler = (rng, t) =>
    rng.pick([
      () =>
        out(
          `${head(t, 'INFO', 'task-processor-1', 'o.g.k.a.s.LibraryContentLifecycle')} Scan library: Library(name=Номууд, root=file:/books/nomuud/, id=${tsid(rng)})`,
        ),
      () =>
        out(
          `${head(t, 'INFO', 'task-processor-2', 'o.g.k.a.s.BookLifecycle')} Generate thumbnail and persist for book: ${rng.pick(['Гэсэр', 'Үльгэрнүүд 2', 'Буряад арадай дуунууд'])}`,
        ),
      () =>
        out(
          `${head(t, 'DEBUG', exec(rng), 'o.s.security.web.FilterChainProxy')} Secured GET /api/v1/series?library_id=${tsid(rng)}&page=0`,
        ),
    ])();
  const steps = [
    4,
    plant(
      'oauth-code',
      'komga-filterchain-and-requestlogging-yandex-code',
      'warning',
      `${WHY.code} A reader signs in with Yandex ID, and Komga's OAuth2 return (\`/login/oauth2/code/yandex?code=…&state=…\`) is written by Spring Security's \`Securing GET …\` and again by the request logging filter: one request, two loggers.`,
      ({ rng, t }) => {
        const code = lowerNum(rng, 16);
        const q = `/login/oauth2/code/yandex?code=${code}&state=${rng.b64url(43)}%3D&cid=${digits(rng, 7)}`;
        const th = exec(rng);
        return {
          value: code,
          event: out(
            `${head(t, 'DEBUG', th, 'o.s.security.web.FilterChainProxy')} Securing GET ${q}`,
            before(rng, t, th, `GET ${q}`, [
              ['host', `nom.${UL}`],
              ['user-agent', rng.pick(BROWSERS)],
              ['referer', 'https://oauth.yandex.ru/'],
            ]),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'komga-book-data-class-file-hash',
      'none',
      "Komga's analysis line prints the book's data class, with its `fileHash` (a content hash of the file, 32 hex digits): a checksum, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: out(
            `${head(t, 'INFO', 'task-processor-1', 'o.g.k.a.s.BookAnalyzer')} Analyzed book: Book(name=Гэсэр, url=file:/books/nomuud/gesar.epub, fileSize=2841102, fileHash=${h}, number=1, id=${tsid(rng)})`,
          ),
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'komga-requestlogging-headers-authorization-basic-opds',
      'error',
      "An OPDS reader app sends the reader's account in `Authorization: Basic`, and the request logging filter, told to include headers, writes them all.",
      ({ rng, t }) => {
        const basic = b64Of(`dulma@${UL}:${rng.alnum(14)}`);
        return {
          value: basic,
          event: out(
            before(rng, t, exec(rng), 'GET /opds/v1.2/catalog', [
              ['host', `nom.${UL}`],
              ['authorization', `Basic ${basic}`],
              ['user-agent', 'KOReader/2024.11'],
              ['accept', '*/*'],
            ]),
          ),
        };
      },
    ),
    4,
    plant(
      'session-id',
      'komga-requestlogging-headers-cookie-spring-session',
      'error',
      WHY.session(
        "The request logging filter writes the `cookie` header with Spring Session's `SESSION` cookie (base64 of the session's UUID)",
      ),
      ({ rng, t }) => {
        const s = b64Of(rng.uuid());
        return {
          value: s,
          event: out(
            before(rng, t, exec(rng), `GET /api/v1/books/${tsid(rng)}/thumbnail`, [
              ['host', `nom.${UL}`],
              ['cookie', `SESSION=${s}`],
              ['user-agent', rng.pick(BROWSERS)],
            ]),
          ),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'komga-requestlogging-headers-x-api-key',
      'error',
      `${WHY.apiKey('X-API-Key')} The publisher's sync script calls Komga with an API key header, and the request logging filter writes it.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: out(
            before(rng, t, exec(rng), 'POST /api/v1/libraries/scan', [
              ['host', `nom.${UL}`],
              ['x-api-key', k],
              ['user-agent', 'python-requests/2.32.5'],
            ]),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'komga-series-tsid',
      'none',
      "A series' id (Komga's 13-character TSID) in a request line: an identifier, no credential.",
      ({ rng, t }) => {
        const id = tsid(rng);
        return {
          value: id,
          event: out(
            `${head(t, 'DEBUG', exec(rng), 'o.s.security.web.FilterChainProxy')} Secured GET /api/v1/series/${id}/books?unpaged=true`,
          ),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_BX + 4 * HOUR, site: { host: 'komga' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// misskey.log: the publisher's Misskey instance (readers and authors post in Buryat), its console as `docker compose
// logs` keeps it without the compose prefix: `<LEVEL> <worker>\t[<context>]\t<message>` (`*` the primary, a number a
// worker), with `[core boot]`, `[queue deliver]`, `[queue inbox]`, `[url-preview]`, `[queue webhookDeliver]`,
// `[remote ap]` contexts. No time on the lines.
// The layout is from Misskey's `packages/backend/src/logger.ts` (read through the search tool): `<level> <worker>\t
// [<contexts joined by a space>]\t<message>`, levels `ERR `, `WARN`, `DONE`, `VERB`, `INFO`, `*` for the primary; the
// contexts and messages from memory.

function misskeyLog(rng) {
  const ml = (level, worker, ctx, msg) => `${level.padEnd(4)} ${worker}\t[${ctx}]\t${msg}`;
  const aid = (rng) => lowerNum(rng, 10);
  const filler = (rng) =>
    rng.pick([
      () =>
        out(
          ml(
            'INFO',
            rng.int(1, 2),
            'queue deliver',
            `deliver to https://${rng.pick(['mastodon.social', 'misskey.io', 'buryat.social'])}/inbox`,
          ),
        ),
      () => out(ml('INFO', rng.int(1, 2), 'queue inbox', `Create note ${aid(rng)}`)),
      () =>
        out(
          ml(
            'INFO',
            rng.int(1, 2),
            'url-preview',
            `Getting preview of https://${rng.pick(['baikal-daily.example', 'ru.wikipedia.org'])}/wiki/${rng.pick(['Гэсэр', 'Сагаалган'])}@bxr ...`,
          ),
        ),
    ])();
  const steps = [
    {
      raw: out(
        ml('INFO', '*', 'core boot', 'Welcome to Misskey!'),
        ml('INFO', '*', 'core boot', 'Misskey v2024.11.0'),
        ml('DONE', '*', 'core boot', 'Now listening on port 3000 on https://mk.ulger.example'),
      ),
      after: 0,
    },
    3,
    plant(
      'webhook',
      'misskey-webhook-deliver-google-chat-token',
      'error',
      WHY.webhook(
        "An outgoing webhook of the publisher's account to a Google Chat space (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`, the `token` being the secret); the deliver queue logs the URL when the delivery fails",
      ),
      ({ rng }) => {
        const tok = `${rng.b64url(43)}%3D`;
        return {
          value: tok,
          event: out(
            ml(
              'WARN',
              2,
              'queue webhookDeliver',
              `Failed to deliver to https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}: 400 Bad Request`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'misskey-ap-key-id',
      'none',
      "An ActivityPub signature's `keyId` (a remote actor's public key URL, `…/users/<id>#main-key`): names a public key, no credential.",
      ({ rng }) => {
        const id = lowerNum(rng, 16);
        return {
          value: id,
          event: out(ml('WARN', 1, 'queue inbox', `signature verification failed: keyId=https://buryat.social/users/${id}#main-key`)),
        };
      },
    ),
    4,
    plant(
      'negative',
      'misskey-deliver-digest-header',
      'none',
      "The deliver queue's verbose (`VERB`) line of a signed request's `Digest` header (`SHA-256=<base64>`, a hash of the activity's body): a checksum, no credential.",
      ({ rng }) => {
        const d = b64Of(rng.bytes(32));
        return { value: d, event: out(ml('VERB', 1, 'queue deliver', `POST https://buryat.social/inbox Digest: SHA-256=${d}`)) };
      },
    ),
    4,
    plant(
      'path-secret',
      'misskey-remote-ap-attachment-khubaakha-token-path',
      'error',
      WHY.pathSecret(
        'A note from another Buryat server attaches a file through its share link (`/khubaakha/<token>/…`, хубааха, "to share"), and Misskey writes the URL when the attachment cannot be fetched',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: out(
            ml(
              'WARN',
              1,
              'remote ap',
              `Failed to fetch attachment https://files.nomoi-san.example/khubaakha/${tok}/sagaalgan-2028.pdf: 410 Gone`,
            ),
          ),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'misskey-url-preview-tulkhyur',
      'error',
      `${WHY.apiKey('tulkhyur')} (түлхюур, "key") An author posts the radio's stream page with its key in the query, and Misskey's URL preview writes the URL it fetches.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(ml('INFO', 2, 'url-preview', `Getting preview of https://radio.${UL}/dun/live?tulkhyur=${k}@bxr ...`)),
        };
      },
    ),
    4,
    plant(
      'replay',
      'misskey-url-preview-bilet-once',
      'note',
      WHY.ticketFirst(
        'An author posts a single-use invitation to the book launch (`bilet`, билет, "ticket"), and the server\'s URL preview fetches it once and logs the URL. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          event: out(ml('INFO', 1, 'url-preview', `Getting preview of https://${UL}/nom-bayar/bilet?bilet=${tk}@bxr ...`)),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_BX + 5 * HOUR, site: { host: 'misskey' }, filler, render, steps });
}

// =====================================================================================================================
// Thagzo Tshogde, the weavers' co-operative of Khoma (Dzongkha in Roman Dzongkha; Bhutan: BTT, UTC+6 all year)
// =====================================================================================================================

const TZ = 'thagzo.example';

// ---------------------------------------------------------------------------------------------------------------------
// coralogix-tshongkhang.jsonl: the shop's (tshongkhang) Python API and its browser front end as Coralogix's log
// explorer exports them, one entry a line: `timestamp` (UTC), `applicationName`, `subsystemName`, `severity`,
// `computerName`, and `text`, the entry's own JSON (`logger`, `message`, and the fields the app adds); Python's reprs
// (a dict, pydantic's settings) inside messages.
// From memory (not fetched): the export's fields.

function coralogixLog(rng) {
  const cx = (rng, t, severity, subsystem, text) => ({
    out: [
      JSON.stringify({
        timestamp: iso(t),
        applicationName: 'thagzo',
        subsystemName: subsystem,
        severity,
        computerName: subsystem === 'web' ? 'browser' : `tshongkhang-api-${rng.int(1, 2)}`,
        text,
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () =>
        cx(rng, t, 'Info', 'api', {
          logger: 'uvicorn.access',
          message: `${publicIp(rng)}:${rng.int(1024, 65535)} - "GET /v1/kira?page=${rng.int(1, 9)} HTTP/1.1" 200`,
        }),
      () => cx(rng, t, 'Info', 'api', { logger: 'thagzo.ngodzin', message: `Ngodzin tshar yi: #${rng.int(2000, 2999)}` }),
      () => cx(rng, t, 'Info', 'api', { logger: 'thagzo.tiru', message: `Tiru thob yi: Nu. ${rng.int(8, 90) * 500}` }),
      () => cx(rng, t, 'Warning', 'api', { logger: 'thagzo.kira', message: `Nyenkha: kira ${rng.int(100, 300)} mindu (stock 0)` }),
    ])();
  const steps = [
    plant(
      'framework-dump',
      'coralogix-pydantic-settings-repr-database-url',
      'error',
      "At start-up the API logs its settings object, and pydantic's repr prints every field: the SMTP password, a `SecretStr`, is masked, but `database_url` is a plain string with the database password in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: cx(rng, t, 'Info', 'api', {
            logger: 'thagzo.main',
            message: `settings: Settings(database_url='postgresql://thagzo:${pw}@db.${TZ}:5432/tshongkhang', smtp_sangtshig=SecretStr('**********'), bfs_merchant_id='BE10000${digits(rng, 3)}', debug=False)`,
          }),
        };
      },
      { after: 2 },
    ),
    4,
    plant(
      'refresh-token',
      'coralogix-python-dict-repr-token-response',
      'error',
      `${WHY.refresh} The sign-in module logs the provider's token response as a Python dict ("tagtshen", token), \`{'access_token': …, 'refresh_token': …}\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: cx(rng, t, 'Debug', 'api', {
            logger: 'thagzo.nangdzu',
            message: `tagtshen response: {'access_token': '${rng.b64url(43)}', 'refresh_token': '${rt}', 'token_type': 'Bearer', 'expires_in': 3600}`,
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'coralogix-bfs-checksum',
      'none',
      "The Bhutan Financial Switch payment gateway's `bfs_checkSum` on its authorisation response: an RSA signature over that one message's fields, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(512).toUpperCase();
        return {
          value: c,
          event: cx(rng, t, 'Info', 'api', {
            logger: 'thagzo.tiru',
            message: 'BFS AR received',
            bfs_msgType: 'AR',
            bfs_debitAuthCode: '00',
            bfs_checkSum: c,
          }),
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'coralogix-browser-page-access-token-fragment',
      'error',
      "The front end ships its errors to Coralogix with the page's address, here the sign-in return with `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: cx(rng, t, 'Error', 'web', {
            logger: 'browser',
            message: "TypeError: Cannot read properties of undefined (reading 'mingi')",
            page: `https://shop.${TZ}/nangdzu/callback#access_token=${at}&token_type=Bearer&expires_in=3600`,
          }),
        };
      },
    ),
    4,
    plant(
      'id-token',
      'coralogix-nangdzu-expired-id-token',
      'note',
      'The sign-in module rejects an ID token ("Nangdzu mi tshu", "could not enter") and logs it; it had expired two hours before the entry\'s UTC `timestamp`',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 900),
          claims: { iss: `https://id.${TZ}`, aud: 'tshongkhang', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: cx(rng, t, 'Warning', 'api', { logger: 'thagzo.nangdzu', message: 'Nangdzu mi tshu: id_token expired', id_token: token }),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'coralogix-uvicorn-access-api-demi',
      'error',
      `${WHY.apiKey('api_demi')} (demi, "key") The co-operative's stock app calls the API with its key in the query, and uvicorn's access line keeps the request line.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: cx(rng, t, 'Info', 'api', {
            logger: 'uvicorn.access',
            message: `${publicIp(rng)}:${rng.int(1024, 65535)} - "GET /v1/kira/stock?api_demi=${k} HTTP/1.1" 200`,
          }),
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'coralogix-referer-embed-jwt-no-exp',
      'error',
      "The shop's product gallery embedded on the tourism council's site (`/embed/<JWT>`), a JWT without `exp`, as the `referer` of a logged request",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400, 40 * 86400),
          claims: { iss: `https://shop.${TZ}`, resource: { gallery: 'kushuthara' } },
        });
        return {
          value: token,
          jwt: facts,
          event: cx(rng, t, 'Info', 'api', {
            logger: 'thagzo.http',
            message: 'GET /v1/gallery/kushuthara 200',
            referer: `https://shop.${TZ}/embed/${token}`,
          }),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'coralogix-base64-state-sangwa',
      'error',
      'The payment return carries its own `state`, base64 of a JSON object whose `return` URL has the order\'s `sangwa` ("secret"); the API logs the query, and the secret is in the base64.',
      ({ rng, t }) => {
        const st = b64Of(JSON.stringify({ order: rng.int(2000, 2999), return: `/tiru/done?sangwa=${rng.alnum(24)}` }));
        return {
          value: st,
          event: cx(rng, t, 'Info', 'api', { logger: 'thagzo.tiru', message: `BFS return: orderNo=${rng.int(2000, 2999)}&state=${st}` }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'coralogix-bfs-txn-id',
      'none',
      "The payment gateway's transaction id (`bfs_bfsTxnId`): an identifier, no credential.",
      ({ rng, t }) => {
        const id = digits(rng, 16);
        return { value: id, event: cx(rng, t, 'Info', 'api', { logger: 'thagzo.tiru', message: `Tiru thob yi: bfs_bfsTxnId=${id}` }) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_DZ + 2 * HOUR, site: { host: 'coralogix' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// barracuda-waf-access.log: the co-operative's Barracuda Web Application Firewall in front of the shop, its access
// logs sent to syslog: `<yyyy-mm-dd hh:mm:ss.mmm> <+zzzz> <unit> TR <client ip> <port> <service ip> <port> <login>
// <cert user> <method> <protocol> <host> <version> <status> <bytes sent> <bytes received> <cache hit> <time taken>
// <server time> <server ip> <server port> <profile matched> <protected> <WF matched> <URL> <query string> "<referer>"
// "<cookie>" "<user agent>" …` (`-` for an empty field), local time (+0600).
// From memory (not fetched): the field order of the access log; an approximation.

function barracudaLog(rng) {
  const line = (e, { method = 'GET', url = '/', query = '-', status = 200, referer = '-', cookie = '-', ip, ua } = {}) =>
    `${ymdHmsAt(e.t, BTT)}.${msPart(e.t)} +0600 thagzo-waf TR ${ip ?? e.ip} ${e.port} 10.30.0.10 443 - - ${method} HTTPS shop.${TZ} HTTP/1.1 ${status} ${e.bytes} ${rng.int(300, 900)} 0 ${e.ms} ${Math.max(1, e.ms - rng.int(0, 3))} 10.30.1.21 8080 PROFILED PROTECTED ALLOWED ${url} ${query} "${referer}" "${cookie}" "${ua ?? e.ua}" - - - - - - SERVER`;
  const filler = (rng) =>
    rng.pick([
      () => ({ bc: { url: `/kira/${rng.int(100, 300)}` } }),
      () => ({ bc: { url: '/static/thagzo.css', referer: `https://shop.${TZ}/` } }),
      () => ({ bc: { url: '/v1/kira', query: `page=${rng.int(1, 9)}&skad=dz` } }),
      () => ({ bc: { url: '/ngodzin', method: 'POST', status: 303 } }),
    ])();
  const rb = (e) => [line(e, e.bc)];
  const steps = [
    4,
    plant(
      'oauth-code',
      'barracuda-referer-callback-code',
      'warning',
      `${WHY.code} The sign-in return page (\`/nangdzu/callback?code=…&state=…\`, nangdzu, "to enter") loads its stylesheet, and the WAF's referer field keeps the page's address, code included.`,
      ({ rng }) => {
        const code = rng.b64url(32);
        return {
          value: code,
          event: { bc: { url: '/static/thagzo.css', referer: `https://shop.${TZ}/nangdzu/callback?code=${code}&state=${rng.hex(24)}` } },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'barracuda-query-string-refresh-token',
      'error',
      `${WHY.refresh} The stock app renews its token with a GET, and the WAF's query-string field keeps \`grant_type=refresh_token&refresh_token=…\`.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            bc: { url: '/oauth/token', query: `grant_type=refresh_token&refresh_token=${rt}&client_id=thagzo-stock`, ua: 'okhttp/5.3.2' },
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'barracuda-query-fbclid',
      'none',
      'A visitor from Facebook lands with `fbclid` in the query: a click id for ad attribution, no credential.',
      ({ rng }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, event: { bc: { url: '/kira/kushuthara', query: `fbclid=${f}`, referer: 'https://l.facebook.com/' } } };
      },
    ),
    4,
    plant(
      'path-secret',
      'barracuda-url-gosha-share-token',
      'error',
      WHY.pathSecret(
        'A pattern book shared with a buyer through the shop\'s share link (`/gosha/<token>/…pdf`, gosha, "to share"), in the WAF\'s URL field',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { bc: { url: `/gosha/${tok}/kira-patterns-2028.pdf` } } };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'barracuda-referer-embed-jwt-120s',
      'warning',
      "The shop's stock widget embedded on the weavers' blog (`/embed/<JWT>`, two minutes, no jti) fetches its data, and the WAF's referer field keeps the embed page, on a line stamped +0600",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 20),
          claims: { iss: `https://shop.${TZ}`, resource: { widget: 'kira-stock' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { bc: { url: '/v1/kira/stock', query: 'widget=1', referer: `https://shop.${TZ}/embed/${token}` } },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'barracuda-cookie-field-dutsho',
      'error',
      WHY.session('The WAF logs the request\'s cookies, with the shop\'s session cookie (`dutsho`, dütshö, "time, period", 40 hex digits)'),
      ({ rng }) => {
        const s = rng.hex(40);
        return { value: s, event: { bc: { url: '/ngodzin/mine', cookie: `dutsho=${s}; skad=dz` } } };
      },
    ),
    4,
    plant(
      'api-key-name',
      'barracuda-query-string-demi',
      'error',
      `${WHY.apiKey('demi')} (demi, "key") A partner shop's catalogue feed reads the co-operative's products with the key in the query, and the WAF keeps the query string.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { bc: { url: '/v1/kira/feed', query: `demi=${k}&format=json`, ua: 'python-requests/2.32.5' } } };
      },
    ),
    4,
    plant(
      'replay',
      'barracuda-query-tshongdu-tikit-first',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket to the weaving fair (`tikit`, tshongdu, "fair"), checked by the gate tablet at `/tshongdu/tikit?tikit=…` and accepted (200). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.tikit = t;
        return { value: tk, event: { bc: { url: '/tshongdu/tikit', query: `tikit=${tk}`, ip: '203.0.113.44', ua: 'okhttp/5.3.2' } } };
      },
      { ref: 'tikit' },
    ),
    1,
    plant(
      'replay',
      'barracuda-query-tshongdu-tikit-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('tikit').value,
            why: `${WHY.replay('tikit', gap('tikit', t))} A phone on another address presented the same fair ticket, and the shop accepted it again (200).`,
          },
        ],
        event: { bc: { url: '/tshongdu/tikit', query: `tikit=${refs.get('tikit').value}`, ip: '198.51.100.23', ua: BROWSERS[4] } },
      }),
      { replayOf: 'tikit', after: 131 },
    ),
    4,
    plant(
      'negative',
      'barracuda-query-cursor',
      'none',
      "The product list pages with an opaque `cursor` (base64 of the last row's key): a pagination cursor, no credential.",
      ({ rng }) => {
        const c = b64urlOf(JSON.stringify({ id: rng.int(100, 300), sort: 'new' }));
        return { value: c, event: { bc: { url: '/v1/kira', query: `cursor=${c}&limit=24` } } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_DZ + 3 * HOUR, site: { host: `shop.${TZ}` }, filler, render: rb, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// focalboard.log: the co-operative's Focalboard (personal server) for its weaving orders board, its JSON log as
// Focalboard's mlog writes it: one object a line, `timestamp` (`yyyy-mm-dd hh:mm:ss.mmm +06:00`), `level`, `msg`,
// `caller`, and the record's fields; Go's encoder escapes `&`, `<`, `>` in strings (`\u0026`).
// From memory (not fetched): the mlog layout; the config and API debug records approximate Focalboard's.

function focalboardLog(rng) {
  const fb = (t, level, msg, caller, fields = {}) =>
    goJson({ timestamp: `${ymdHmsAt(t, BTT)}.${msPart(t)} +06:00`, level, msg, caller, ...fields });
  const bid = (rng) => `b${lowerNum(rng, 26)}`;
  const filler = (rng, t) =>
    rng.pick([
      () => out(fb(t, 'debug', 'API DEBUG', 'api/api.go:180', { method: 'GET', url: `/api/v2/boards/${bid(rng)}/blocks?all=true` })),
      () =>
        out(fb(t, 'info', 'Ngodzin card updated', 'app/blocks.go:243', { title: `Kira #${rng.int(2000, 2999)}: kushuthara, tshar yi` })),
      () => out(fb(t, 'debug', 'WSAdapter.Broadcast', 'ws/server.go:581', { action: 'UPDATE_BLOCK' })),
    ])();
  const steps = [
    {
      raw: out(
        fb(DAY_DZ + 4 * HOUR, 'info', 'Focalboard Server', 'main/main.go:115', {
          version: '7.11.4',
          edition: 'linux',
          build_number: '12345678',
        }),
      ),
      after: 0,
    },
    plant(
      'framework-dump',
      'focalboard-startup-config-dbconfig-password',
      'error',
      "The server logs its configuration at start-up, with `dbconfig`, the Postgres connection string and the boards user's password in it.",
      ({ rng, t }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: out(
            fb(t, 'info', 'Server config', 'main/main.go:141', {
              serverRoot: `https://board.${TZ}`,
              port: 8000,
              dbtype: 'postgres',
              dbconfig: `postgres://boardsuser:${pw}@localhost:5432/boards?sslmode=disable&connect_timeout=10`,
              useSSL: false,
              localOnly: false,
            }),
          ),
        };
      },
      { after: 1 },
    ),
    plant(
      'api-key-name',
      'focalboard-startup-webhook-update-demi',
      'error',
      `${WHY.apiKey('demi')} (demi, "key") The board's update webhook posts to the co-operative's order service with the key in the URL, and the start-up record lists \`webhook_update\`.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(fb(t, 'info', 'Webhook URLs', 'main/main.go:152', { webhook_update: [`https://orders.${TZ}/zhu/board?demi=${k}`] })),
        };
      },
      { after: 0 },
    ),
    4,
    plant(
      'negative',
      'focalboard-telemetry-id',
      'none',
      "The server's telemetry id (a 26-character id of the installation): an identifier, no credential.",
      ({ rng, t }) => {
        const id = lowerNum(rng, 26);
        return { value: id, event: out(fb(t, 'info', 'Telemetry', 'telemetry/telemetry.go:88', { telemetryID: id, enabled: false })) };
      },
    ),
    4,
    plant(
      'path-secret',
      'focalboard-api-debug-and-sharing-read-token',
      'error',
      WHY.pathSecret(
        "A buyer opens the shared orders board; its read token (`read_token=…`) is in the API's debug record of the request and again in the sharing check's record of the same request: one request, two loggers. The token opens the board",
      ),
      ({ rng, t }) => {
        const tok = `k${lowerNum(rng, 26)}`;
        const b = bid(rng);
        return {
          value: tok,
          event: out(
            fb(t, 'debug', 'API DEBUG', 'api/api.go:180', { method: 'GET', url: `/api/v2/boards/${b}/blocks?read_token=${tok}` }),
            fb(t, 'debug', 'checking read token', 'app/sharing.go:41', { boardID: b, readToken: tok, enabled: true }),
          ),
        };
      },
    ),
    4,
    plant(
      'session-id',
      'focalboard-debug-session-token',
      'error',
      WHY.session(
        "A debug record of a session refresh prints the session's token (26 characters), which the API accepts as the user's bearer",
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: out(fb(t, 'debug', 'session refreshed', 'auth/auth.go:67', { token: s, userID: `u${lowerNum(rng, 26)}` })),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'focalboard-insert-block-go-escaped-ampersand-sangwa',
      'error',
      "A card's link property points to the co-operative's drive with the folder's `sangwa` (\"secret\"); the failed insert logs the block, and Go's encoder writes the `&` before it as `\\u0026`.",
      ({ rng, t }) => {
        const s = rng.alnum(26);
        return {
          value: s,
          event: out(
            fb(t, 'error', 'insertBlock failed', 'app/blocks.go:118', {
              error: 'pq: value too long for type character varying(100)',
              block: {
                type: 'card',
                title: 'Kira #2417',
                fields: { properties: { link: `https://drive.${TZ}/gosha?folder=kira-2417&sangwa=${s}` } },
              },
            }),
          ),
        };
      },
    ),
    4,
    plant(
      'negative',
      'focalboard-board-id',
      'none',
      "A new board's id (`b` and 26 characters): an identifier, no credential.",
      ({ rng, t }) => {
        const b = bid(rng);
        return { value: b, event: out(fb(t, 'info', 'Board created', 'app/boards.go:312', { boardID: b, title: 'Ngodzin 2028' })) };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_DZ + 4 * HOUR, site: { host: 'focalboard' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// instabug-network-logs.jsonl: the co-operative's Android app (thagzo 2.3.0), its bug reports' network logs as read back
// from Instabug, one request a line: `bug` (`id`, `reported_at`, `app_version`, `os`, `device`) and `network` (`date`,
// epoch ms, UTC; `method`, `url`, `request_headers`, `request_body`, `response_code`, `response_headers`,
// `response_body`, `duration`). The app never set Instabug's network obfuscation.
// From memory (not fetched): the network log's fields.

function instabugLog(rng) {
  const ib = (rng, t, net) => ({
    out: [
      JSON.stringify({
        bug: {
          id: 4100 + rng.int(0, 80),
          reported_at: iso(t + rng.int(20, 300) * 1000),
          app_version: '2.3.0 (57)',
          os: 'Android 14',
          device: 'samsung SM-A155F',
        },
        network: {
          date: t,
          method: 'GET',
          request_headers: { 'User-Agent': 'okhttp/5.3.2', Accept: 'application/json' },
          request_body: '',
          response_code: 200,
          response_headers: { 'Content-Type': 'application/json' },
          response_body: '',
          duration: rng.int(40, 900),
          ...net,
        },
      }),
    ],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ib(rng, t, { url: `https://api.${TZ}/v1/kira?page=${rng.int(1, 5)}`, response_body: '{"items":[],"next":null}' }),
      () => ib(rng, t, { url: `https://api.${TZ}/v1/ngodzin/${rng.int(2000, 2999)}`, response_body: '{"status":"tshar yi"}' }),
      () => ib(rng, t, { url: `https://cdn.${TZ}/img/kira-${rng.int(100, 300)}.webp`, response_headers: { 'Content-Type': 'image/webp' } }),
    ])();
  const steps = [
    4,
    plant(
      'oauth-code',
      'instabug-response-location-callback-code',
      'warning',
      `${WHY.code} The app's sign-in goes through the identity provider in a web view, and the network log keeps the authorize call's 302 with its \`Location\` back to the shop's callback.`,
      ({ rng, t }) => {
        const code = rng.b64url(32);
        return {
          value: code,
          event: ib(rng, t, {
            url: `https://id.${TZ}/authorize?client_id=thagzo-android&response_type=code&redirect_uri=https%3A%2F%2Fshop.${TZ}%2Fnangdzu%2Fcallback&state=${rng.hex(24)}`,
            response_code: 302,
            response_headers: { Location: `https://shop.${TZ}/nangdzu/callback?code=${code}&state=${rng.hex(24)}` },
          }),
        };
      },
    ),
    4,
    plant(
      'id-token',
      'instabug-response-body-id-token',
      'error',
      "The token endpoint's response body, `id_token` in it, in the report's network log; its `date` is UTC and the token lives an hour",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(0, 5),
          claims: { iss: `https://id.${TZ}`, aud: 'thagzo-android', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        return {
          value: token,
          jwt: facts,
          event: ib(rng, t, {
            method: 'POST',
            url: `https://id.${TZ}/token`,
            response_body: JSON.stringify({ id_token: token, token_type: 'Bearer' }),
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'instabug-response-etag',
      'none',
      "A response's `ETag` (a weak validator over the product list): a cache validator, no credential.",
      ({ rng, t }) => {
        const e = rng.hex(40);
        return {
          value: e,
          event: ib(rng, t, {
            url: `https://api.${TZ}/v1/kira?page=1`,
            response_headers: { 'Content-Type': 'application/json', ETag: `W/"${e}"` },
          }),
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'instabug-response-location-access-token-fragment',
      'error',
      "A partner marketplace's sign-in in the web view uses the implicit flow, and the network log keeps its 302 whose `Location` carries `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: ib(rng, t, {
            url: `https://auth.bhutanmarket.example/oauth/authorize?response_type=token&client_id=thagzo`,
            response_code: 302,
            response_headers: { Location: `https://shop.${TZ}/nangdzu/market#access_token=${at}&token_type=bearer&expires_in=7200` },
          }),
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'instabug-request-body-refresh-token',
      'error',
      `${WHY.refresh} The app's renewal body (\`grant_type=refresh_token&refresh_token=…\`) in the report's network log.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: ib(rng, t, {
            method: 'POST',
            url: `https://id.${TZ}/token`,
            request_headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            request_body: `grant_type=refresh_token&refresh_token=${rt}&client_id=thagzo-android`,
          }),
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'instabug-request-headers-authorization-bearer',
      'error',
      "The request headers of an API call, `Authorization: Bearer <opaque token>` among them, in the report's network log.",
      ({ rng, t }) => {
        const k = rng.b64url(40);
        return {
          value: k,
          event: ib(rng, t, {
            url: `https://api.${TZ}/v1/ngodzin/mine`,
            request_headers: { Authorization: `Bearer ${k}`, 'User-Agent': 'okhttp/5.3.2' },
          }),
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'instabug-request-header-x-api-demi',
      'error',
      `${WHY.apiKey('X-Api-Demi')} (demi, "key") The app calls the shipping service with the co-operative's key in a header, kept in the network log.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: ib(rng, t, {
            method: 'POST',
            url: `https://ship.${TZ}/v1/rate`,
            request_headers: { 'X-Api-Demi': k, 'Content-Type': 'application/json' },
            request_body: '{"dzongkhag":"Lhuentse","kg":2}',
          }),
        };
      },
    ),
    4,
    plant(
      'negative',
      'instabug-request-id',
      'none',
      'An `X-Request-Id` the API returns (a UUID): a trace id, no credential.',
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: ib(rng, t, {
            url: `https://api.${TZ}/v1/tiru/${rng.int(2000, 2999)}`,
            response_headers: { 'Content-Type': 'application/json', 'X-Request-Id': id },
          }),
        };
      },
    ),
    4,
    plant(
      'encoded',
      'instabug-url-percent-encoded-redirect-tagtshen',
      'error',
      'The payment page is opened with its return address in `redirect`, percent-encoded, and the return address carries the order\'s `tagtshen` ("token", `%3Ftagtshen%3D…`).',
      ({ rng, t }) => {
        const tk = rng.alnum(32);
        return {
          value: tk,
          event: ib(rng, t, {
            url: `https://pay.${TZ}/tiru/start?order=${rng.int(2000, 2999)}&redirect=https%3A%2F%2Fshop.${TZ}%2Ftiru%2Fdone%3Ftagtshen%3D${tk}`,
            response_headers: { 'Content-Type': 'text/html' },
          }),
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'instabug-response-body-config-smtp-sangtshig',
      'error',
      "The API's `/v1/config` returns the server's whole settings to the app by mistake, the SMTP account's `sangtshig` (\"password\") among them, and the network log keeps the response body.",
      ({ rng, t }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: ib(rng, t, {
            url: `https://api.${TZ}/v1/config`,
            response_body: JSON.stringify({
              skad: 'dz',
              currency: 'BTN',
              smtp: { host: `smtp.${TZ}`, user: `ngodzin@${TZ}`, sangtshig: pw },
            }),
          }),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_DZ + 5 * HOUR, site: { host: 'instabug' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout99');
writePart(join(here, 'heldout99'), {
  'messages.log': netbeansLog(rng),
  'hostd.log': esxiLog(rng),
  'mandrill-events.jsonl': mandrillLog(rng),
  'customerio-activities.jsonl': customerioLog(rng),
  'dagger-site-deploy.log': daggerLog(rng),
  'wallabag-prod.log': wallabagLog(rng),
  'mezmo-delguur.jsonl': mezmoLog(rng),
  'trackjs-ulgernuud.jsonl': trackjsLog(rng),
  'komga.log': komgaLog(rng),
  'misskey.log': misskeyLog(rng),
  'coralogix-tshongkhang.jsonl': coralogixLog(rng),
  'barracuda-waf-access.log': barracudaLog(rng),
  'focalboard.log': focalboardLog(rng),
  'instabug-network-logs.jsonl': instabugLog(rng),
});
