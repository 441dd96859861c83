// Writes corpus/logs-in-the-wild/heldout107/: a hundred-and-seventh held-out part, in formats no other part uses (Meson's
// `meson-log.txt`, a JabRef log, a sish tunnel server's log, MailHog messages read from its API, Pushbullet pushes read
// from its API, a MuseScore 4 log, `DEBUG=1 rebar3` output of an Erlang service, `pulumi up --logtostderr -v=9`, Ko-fi
// webhook payloads as a receiver keeps them, FastSpring order webhooks as a receiver keeps them, an ESPEasy unit's serial log, a Hubzilla
// hub's logfile, Terragrunt's output with TF_LOG=DEBUG, Ticket Tailor webhook deliveries as a receiver keeps them), with
// credentials planted where apps leak them and look-alikes that are no credential, and its labels.json. The labels come
// from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout107.mjs     rewrites heldout107/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Swaledale Museum and Local History Trust of Reeth (North Yorkshire), with a scanning tool
// built with Meson, a bibliography in JabRef, an archive viewer on a Raspberry Pi published through sish, a staging mail
// catcher and the volunteers' Pushbullet (English, five logs); Di Goldene Pave (די גאָלדענע פּאַווע, "the golden
// peacock"), a Yiddish theatre cooperative of Montreal, with its pit band's scores in MuseScore, a box office service in
// Erlang, its infrastructure in Pulumi, donations on Ko-fi and scripts sold through FastSpring (Yiddish in YIVO orthography where
// the apps show text, YIVO romanization in routes, parameter, cookie and key names, five logs); the Cooperatiba de la
// Baca Mirandesa, a cattle and meat cooperative of Malhadas (Miranda do Douro) that also runs the pauliteiros' festival,
// with an ESPEasy unit at a water trough, a Hubzilla hub, its shop's infrastructure in Terragrunt and festival tickets on
// Ticket Tailor (Mirandese, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'ESP32HTTPClient'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** North Yorkshire and Miranda do Douro in January (GMT/WET, UTC+0), Montreal in January (EST, UTC-5). */
const GMT = 0;
const EST = -300;
const WET = 0;
const DAY_EN = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_YI = Date.UTC(2028, 0, 17, 0, 0, 0);
const DAY_MI = Date.UTC(2028, 0, 24, 0, 0, 0);

/** A Unix time in seconds. */
const unix = (t) => Math.floor(t / 1000);
/** `2028-01-10T09:14:02Z`, UTC to the second. */
const utcZ = (t) => `${iso(t).slice(0, 19)}Z`;
/** `-05:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** An RFC 2822 date for mail headers, in UTC. */
const mailDate = (t) => {
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(t).slice(11, 19)} +0000`;
};
/** A Slack incoming webhook's path parts. */
const slackHook = (rng) => ({ team: `T${upperNum(rng, 9)}`, bot: `B${upperNum(rng, 11)}`, secret: rng.alnum(24) });

// =====================================================================================================================
// The Swaledale Museum and Local History Trust (English; Reeth, North Yorkshire: GMT, UTC+0 in January)
// =====================================================================================================================

const SW = 'swaledalemuseum.example';

// ---------------------------------------------------------------------------------------------------------------------
// meson-log.txt: `meson setup build` of the trust's scanning tool (dalescan, C, libtiff and libjpeg-turbo) as Meson 1.6
// writes build/meson-logs/meson-log.txt: `Build started at …`, `Main binary:`, `Build Options:`, the project lines, each
// compiler check with its `Running compile:` block, `Running command:` of a `run_command()` with its `--- stdout ---` and
// `--- stderr ---`, `Message:` of `message()`, a wrap's `Downloading … source from …`. Layout from memory (not fetched).

function mesonLog(rng) {
  const SRC = '/home/volunteer/src/dalescan';
  const B = `${SRC}/build`;
  const render = (e) => e.m;
  const FUNCS = ['strlcpy', 'posix_fadvise', 'reallocarray', 'getline', 'strndup', 'clock_gettime'];
  const HEADERS = ['tiffio.h', 'jpeglib.h', 'sys/mman.h', 'endian.h', 'linux/videodev2.h'];
  const ARGS = ['-Wshadow', '-Wformat=2', '-Wmissing-prototypes', '-Wno-unused-parameter', '-fno-strict-aliasing'];
  const filler = (rng) =>
    rng.pick([
      () => ({ m: [`Checking for function "${rng.pick(FUNCS)}" : YES`] }),
      () => ({ m: [`Has header "${rng.pick(HEADERS)}" : YES`] }),
      () => {
        const tmp = `${B}/meson-private/tmp${rng.lowerNum(8)}`;
        const arg = rng.pick(ARGS);
        return {
          m: [
            'Running compile:',
            `Working directory:  ${tmp}`,
            'Code:',
            ' extern int i;',
            'int i;',
            '',
            '-----------',
            `Command line: \`cc ${tmp}/testfile.c -o ${tmp}/output.obj -c -D_FILE_OFFSET_BITS=64 -O0 -Werror=implicit-function-declaration ${arg}\` -> 0`,
            `Compiler for C supports arguments ${arg}: YES`,
          ],
        };
      },
    ])();
  const steps = [
    plant(
      'framework-dump',
      'meson-build-options-upload-password',
      'error',
      "Meson writes the options of `meson setup` on the log's third line (`Build Options:`); the volunteer passed the archive server's upload password as a project option (`-Dupload_password=…`), and the log keeps it.",
      ({ rng, t }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            m: [
              `Build started at ${local(t, GMT).slice(0, 23)}${digits(rng, 3)}`,
              'Main binary: /usr/bin/python3',
              `Build Options: -Dbuildtype=release -Dupload_user=scanner -Dupload_password=${pw}`,
              'Python system: Linux',
              'The Meson build system',
              'Version: 1.6.1',
              `Source dir: ${SRC}`,
              `Build dir: ${B}`,
              'Build type: native build',
              'Project name: dalescan',
              'Project version: 0.9.3',
              '-----------',
              'Detecting compiler via: `cc --version` -> 0',
              'stdout:',
              'cc (Debian 12.2.0-14) 12.2.0',
              'Copyright (C) 2022 Free Software Foundation, Inc.',
              '-----------',
              'C compiler for the host machine: cc (gcc 12.2.0 "cc (Debian 12.2.0-14) 12.2.0")',
              'C linker for the host machine: cc ld.bfd 2.40',
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'negative',
      'meson-message-minisign-public-key',
      'none',
      'A `message()` in meson.build prints the minisign public key the releases are checked against (`RW…`, base64 of an Ed25519 public key and its id): public by design.',
      ({ rng }) => {
        const pub = Buffer.concat([Buffer.from('Ed'), rng.bytes(40)]).toString('base64');
        return { value: pub, event: { m: [`Message: release signatures are checked with minisign key ${pub}`] } };
      },
    ),
    2,
    {
      raw: {
        m: [
          'Run-time dependency libtiff-4 found: NO (tried pkgconfig and cmake)',
          'Looking for a fallback subproject for the dependency libtiff-4',
        ],
      },
    },
    plant(
      'path-secret',
      'meson-wrap-nextcloud-share-download',
      'error',
      WHY.pathSecret(
        "A wrap file's `source_url` points at a Nextcloud public share of the patched libtiff tarball (`/s/<15-character token>/download`), and Meson writes where it downloads from",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          needle: `/s/${tok}/download`,
          event: {
            m: [
              `Downloading libtiff source from https://cloud.${SW}/s/${tok}/download`,
              `Download size: ${rng.int(2400000, 2900000)}`,
              'Downloading file of unknown size.',
              '',
              'Executing subproject libtiff',
              '',
              'Project name: libtiff',
              'Project version: 4.6.0',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'meson-run-command-git-rev-parse',
      'none',
      "`run_command('git', 'rev-parse', 'HEAD')` for the version string: the commit's SHA-1 (40 hex digits), no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { m: [`Running command: /usr/bin/git -C ${SRC} rev-parse HEAD`, '--- stdout ---', sha, '', '--- stderr ---', '', ''] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'meson-run-command-curl-api-key',
      'error',
      `${WHY.apiKey('api_key')} meson.build fetches the collections database's schema with \`run_command('curl', …)\`, key in the query, and Meson writes the whole command.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            m: [
              `Running command: /usr/bin/curl -fsS https://collections.${SW}/api/v1/schema?format=json&api_key=${key}`,
              '--- stdout ---',
              '{"schema":"2.4","fields":["accession","title","parish","date_from","date_to","medium"]}',
              '--- stderr ---',
              '',
              '',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'meson-run-command-curl-verbose-authorization',
      'error',
      "A `run_command()` fetches the IIIF manifest template with `curl -v -H @file`: the command line names only the header file, but curl's verbose output on stderr (which Meson logs) prints the request's `> Authorization: Bearer …` header.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            m: [
              `Running command: /usr/bin/curl -v -fsS -H @/home/volunteer/.config/dalescan/iiif-auth.header https://iiif.${SW}/templates/manifest.json`,
              '--- stdout ---',
              '{"@context":"http://iiif.io/api/presentation/3/context.json","type":"Manifest","items":[]}',
              '--- stderr ---',
              `* Connected to iiif.${SW} (203.0.113.37) port 443`,
              '* using HTTP/2',
              `> GET /templates/manifest.json HTTP/2`,
              `> Host: iiif.${SW}`,
              '> User-Agent: curl/7.88.1',
              '> Accept: */*',
              `> Authorization: Bearer ${tok}`,
              '> ',
              '< HTTP/2 200 ',
              '< content-type: application/json',
              '',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'meson-run-command-slack-webhook',
      'error',
      WHY.webhook(
        'A Slack incoming webhook (`hooks.slack.com/services/T…/B…/<secret>`) called from meson.build to tell the digitisation channel a build was configured; Meson writes the `run_command()` line with it',
      ),
      ({ rng }) => {
        const h = slackHook(rng);
        return {
          value: h.secret,
          needle: `${h.bot}/${h.secret}`,
          event: {
            m: [
              `Running command: /usr/bin/curl -s -X POST -H Content-type: application/json --data {"text":"dalescan 0.9.3 configured on scanpc"} https://hooks.slack.com/services/${h.team}/${h.bot}/${h.secret}`,
              '--- stdout ---',
              'ok',
              '--- stderr ---',
              '',
              '',
            ],
          },
        };
      },
    ),
    2,
    { raw: { m: ['Build targets in project: 9', 'Found ninja-1.11.1 at /usr/bin/ninja'] } },
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR + 14 * 60000, site: { host: 'meson' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jabref.log: JabRef 6's log (tinylog writer to a file), two lines an entry: `<yyyy-MM-dd HH:mm:ss> [<thread>]
// <class>.<method>()` then `<LEVEL>: <message>`, a stack trace's lines after an exception; local time without zone. The
// trust keeps its bibliography of dale history in JabRef and fetches from Springer Nature, IEEE Xplore, Elsevier
// (through the library's EZproxy) and Semantic Scholar. From memory (not fetched).

function jabrefLog(rng) {
  const render = (e) => e.jr.flatMap(([thread, where, level, msg]) => [`${ymdHmsAt(e.t, GMT)} [${thread}] ${where}`, `${level}: ${msg}`]);
  const FX = 'JavaFX Application Thread';
  const filler = (rng) =>
    rng.pick([
      () => ({
        jr: [[FX, 'org.jabref.gui.autosaver.AutosaveUiManager.performAutosave()', 'INFO', 'Autosaving library swaledale-history.bib']],
      }),
      () => ({
        jr: [
          [
            `pool-2-thread-${rng.int(1, 4)}`,
            'org.jabref.logic.importer.fetcher.CrossRef.performSearchById()',
            'DEBUG',
            `Fetching https://api.crossref.org/works/10.${rng.int(1000, 9999)}/${rng.lowerNum(9)}`,
          ],
        ],
      }),
      () => ({
        jr: [
          [
            FX,
            'org.jabref.gui.entryeditor.EntryEditor.setCurrentlyEditedEntry()',
            'DEBUG',
            `Editing entry ${rng.pick(['Fieldhouse1978', 'Raistrick1955', 'Hartley2019', 'Spensley2003', 'Gill1984'])}`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        jr: [
          ['main', 'org.jabref.Launcher.main()', 'INFO', 'JabRef 6.0 on Linux 6.1.0-28-amd64 amd64, Java 21.0.5'],
          [FX, 'org.jabref.gui.JabRefGUI.openWindow()', 'INFO', 'Opening /home/curator/Documents/bibliography/swaledale-history.bib'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'api-key-name',
      'jabref-springer-fetcher-url-api-key',
      'error',
      `${WHY.apiKey('api_key')} The Springer Nature fetcher fails on a search and its warning quotes the request URL, where Springer takes the key.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            jr: [
              [
                'pool-2-thread-1',
                'org.jabref.logic.importer.fetcher.SpringerFetcher.performSearch()',
                'WARN',
                `Could not fetch from https://api.springernature.com/meta/v2/json?q=keyword%3A%22lead%20mining%22%20AND%20keyword%3ASwaledale&api_key=${key}&s=1&p=20: HTTP 429 Too Many Requests`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'jabref-semantic-scholar-paper-id',
      'none',
      "Semantic Scholar's `paperId` (40 hex digits) in the path of the fetcher's request: a public record id, no credential.",
      ({ rng }) => {
        const id = rng.hex(40);
        return {
          value: id,
          event: {
            jr: [
              [
                'pool-2-thread-3',
                'org.jabref.logic.importer.fetcher.SemanticScholar.performSearchById()',
                'DEBUG',
                `Fetching https://api.semanticscholar.org/graph/v1/paper/${id}?fields=title,authors,year,externalIds`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'jabref-ieee-ioexception-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} IEEE Xplore refuses the request, and Java's \`IOException\` message ("Server returned HTTP response code: 403 for URL: …") quotes the URL with the key.`,
      ({ rng }) => {
        const key = lowerNum(rng, 24);
        return {
          value: key,
          event: {
            jr: [
              [
                'pool-2-thread-2',
                'org.jabref.logic.importer.fetcher.IEEE.performSearch()',
                'ERROR',
                `Could not fetch from IEEEXplore\njava.io.IOException: Server returned HTTP response code: 403 for URL: https://ieeexploreapi.ieee.org/api/v1/search/articles?apikey=${key}&querytext=Reeth%20smelt%20mill&max_records=20\n\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)\n\tat org.jabref.logic.net.URLDownload.asInputStream(URLDownload.java:291)\n\tat org.jabref.logic.importer.fetcher.IEEE.performSearch(IEEE.java:262)`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'jabref-ezproxy-cookie-list',
      'error',
      WHY.session(
        "JabRef's debug line after the library's EZproxy login prints the cookie jar as a Java list (`[ezproxy=…, ezproxyl=…]`); `ezproxy` is the proxy's session, which opens the licensed journals as the curator",
      ),
      ({ rng }) => {
        const s = rng.alnum(15);
        return {
          value: s,
          event: {
            jr: [
              [
                FX,
                'org.jabref.logic.net.ProxyRegisterer.register()',
                'DEBUG',
                `Cookies after login to ezproxy.${SW}: [ezproxy=${s}, ezproxyl=${rng.alnum(15)}, ezproxyn=${rng.alnum(15)}]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'jabref-ezproxy-login-url-percent-encoded-apikey',
      'error',
      "A full-text download goes through the EZproxy login (`/login?url=…`), and the target is percent-encoded inside `url=`: decoded, Elsevier's article API with `apiKey=` (32 hex digits), a long-lived key.",
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            jr: [
              [
                FX,
                'org.jabref.gui.linkedfile.DownloadLinkedFileAction.onFailure()',
                'WARN',
                `Could not download file from https://ezproxy.${SW}/login?url=https%3A%2F%2Fapi.elsevier.com%2Fcontent%2Farticle%2Fdoi%2F10.1016%2Fj.jas.${rng.int(2015, 2024)}.0${rng.int(1, 9)}.0${rng.int(10, 99)}%3FapiKey%3D${key}%26httpAccept%3Dapplication%252Fpdf`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'jabref-masked-springer-key',
      'none',
      'The fetcher preferences line shows the custom key masked (`3f1a…` then asterisks, four characters at each end): a mask, no credential.',
      ({ rng }) => {
        const masked = `${rng.hex(4)}${'*'.repeat(24)}${rng.hex(4)}`;
        return {
          value: masked,
          event: {
            jr: [
              [
                FX,
                'org.jabref.gui.preferences.PreferencesDialogViewModel.storeAllSettings()',
                'INFO',
                `Custom API key for SpringerNature: ${masked}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'jabref-download-headers-java-map',
      'error',
      "The trust's DSpace repository wants a bearer token for its full texts; JabRef's debug line prints the request headers as a Java map (`{Authorization=[Bearer …], …}`).",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            jr: [
              [
                'pool-2-thread-4',
                'org.jabref.logic.net.URLDownload.openConnection()',
                'DEBUG',
                `Request headers for https://repository.${SW}/server/api/core/bitstreams/${rng.uuid()}/content: {Authorization=[Bearer ${tok}], User-Agent=[JabRef/6.0], Accept=[application/pdf]}`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'jabref' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sish.log: the sish SSH tunnel server on the trust's VPS, publishing the archive viewer that runs on a Raspberry Pi in
// the museum: SSH events as Go's log writes them (`2028/01/10 11:02:10 …`), each HTTP request as sish's access line
// `<yyyy/mm/dd - hh:mm:ss> | <host> | <status> | <duration> | <client> | <METHOD padded> "<path?query>"`, in UTC. From
// memory (not fetched): the access line is sish's variant of gin's default formatter.

function sishLog(rng) {
  const HOSTN = `archive.tunnel.${SW}`;
  const stamp = (t) => `${ymdHmsAt(t, GMT).slice(0, 10).replace(/-/g, '/')} - ${ymdHmsAt(t, GMT).slice(11)}`;
  const render = (e) =>
    e.ssh
      ? [`${ymdHmsAt(e.t, GMT).slice(0, 10).replace(/-/g, '/')} ${ymdHmsAt(e.t, GMT).slice(11)} ${e.ssh}`]
      : [
          `${stamp(e.t)} | ${HOSTN} | ${e.status} | ${String((e.ms + rng.int(0, 999) / 1000).toFixed(3)).padStart(10)}ms | ${e.ip} | ${e.method.padEnd(8)} "${e.path}${e.query ? `?${e.query}` : ''}"`,
        ];
  const filler = (rng) =>
    rng.pick([
      () => ({ path: `/objects/${rng.int(1000, 9999)}` }),
      () => ({
        path: '/search',
        query: `q=${rng.pick(['gunnerside', 'old+gang', 'arkengarthdale', 'muker+show', 'knitting'])}&page=${rng.int(1, 4)}`,
      }),
      () => ({ path: `/iiif/${rng.int(1000, 9999)}/full/max/0/default.jpg` }),
      () => ({ path: '/static/viewer.js', status: 304 }),
    ])();
  const steps = [
    { raw: { ssh: 'Starting SSH service on address :2222' }, after: 0 },
    { raw: { ssh: 'Starting HTTP service on address :80' }, after: 0.01 },
    plant(
      'negative',
      'sish-ssh-key-fingerprint',
      'none',
      'sish logs the public key fingerprint (`SHA256:…`) the Raspberry Pi connected with: a fingerprint of a public key, no credential.',
      ({ rng }) => {
        const fp = `SHA256:${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}`;
        return { value: fp, event: { ssh: `Accepted SSH connection for: 198.51.100.23:51422 (archivepi) with key ${fp}` } };
      },
      { after: 40 },
    ),
    { raw: { ssh: `HTTP alias ${HOSTN} added for 198.51.100.23:51422 (archivepi)` } },
    3,
    plant(
      'oauth-code',
      'sish-access-google-callback-code',
      'warning',
      `${WHY.code} The volunteers sign in to the archive viewer with Google; the callback's request line carries Google's \`4/0A…\` code.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(68)}`;
        return {
          value: code,
          event: {
            path: '/auth/google/callback',
            query: `state=${rng.b64url(22)}&code=${code}&scope=email%20openid&authuser=0&prompt=none`,
            status: 302,
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'sish-access-path-jsessionid',
      'error',
      WHY.session(
        "The archive viewer's old search (a Java servlet) rewrites URLs with the session when the browser refuses cookies, so `;jsessionid=<32 hex, upper case>` travels in the request's path",
      ),
      ({ rng }) => {
        const s = rng.hex(32).toUpperCase();
        return { value: s, event: { path: `/viewer/search.jsp;jsessionid=${s}`, query: 'q=lead+mine' } };
      },
    ),
    2,
    plant(
      'replay',
      'sish-access-download-ticket-first',
      'note',
      WHY.ticketFirst(
        "A one-time download ticket for a high-resolution scan (`/download?ticket=…`), issued after a volunteer's request was approved. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.ticket = t;
        return { value: tk, event: { ip: '203.0.113.88', path: `/download`, query: `ticket=${tk}&object=${rng.int(1000, 9999)}` } };
      },
      { ref: 'ticket' },
    ),
    1,
    plant(
      'replay',
      'sish-access-download-ticket-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('ticket').value,
            why: `${WHY.replay('ticket', gap('ticket', t))} Another address fetched the scan with the ticket the volunteer had used, and the viewer served it again (200).`,
          },
        ],
        event: { ip: '192.0.2.201', path: '/download', query: `ticket=${refs.get('ticket').value}&object=${rng.int(1000, 9999)}` },
      }),
      { replayOf: 'ticket', after: 241 },
    ),
    2,
    plant(
      'negative',
      'sish-access-asset-content-hash',
      'none',
      "A stylesheet's cache-busting `v=` (an MD5 of the file's content, 32 hex digits): no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { path: '/static/viewer.css', query: `v=${h}`, status: 200 } };
      },
    ),
    2,
    plant(
      'path-secret',
      'sish-access-share-link-token',
      'error',
      WHY.pathSecret('A shared album of photographs, opened from the link a volunteer emailed to a family (`/share/<token>/…`)'),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { path: `/share/${tok}/album`, status: 200 } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'sish-access-api-apikey',
      'error',
      `${WHY.apiKey('apikey')} The museum's website pulls new acquisitions from the viewer's API with the key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { ip: '203.0.113.37', path: '/api/objects', query: `since=2028-01-01&apikey=${key}`, ua: 'python-requests/2.32.5' },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: HOSTN }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mailhog-messages.jsonl: the staging mail catcher of the museum's collections site and shop, its messages read back
// from MailHog's API (`/api/v2/messages`), oldest first, one a line: `ID`, `From`, `To`, `Content` (`Headers`, `Body`
// as sent, quoted-printable, `Size`, `MIME`), `Created` (UTC), `Raw` (`From`, `To`, `Data`, `Helo`). From memory (not
// fetched).

function mailhogLog(rng) {
  const render = (e) => [JSON.stringify(e.mh)];
  const msg = (rng, t, { to, subject, body, extraHeaders = {} }) => {
    const id = `${rng.bytes(32).toString('base64')}@mailhog.example`;
    const mid = `<${rng.hex(32)}@staging.${SW}>`;
    const headers = {
      'Content-Transfer-Encoding': ['quoted-printable'],
      'Content-Type': ['text/plain; charset=utf-8'],
      Date: [mailDate(t)],
      From: [`Swaledale Museum <noreply@${SW}>`],
      'Message-ID': [mid],
      'MIME-Version': ['1.0'],
      Received: [`from staging.${SW} by mailhog.example (MailHog)\r\n          id ${id}; ${mailDate(t)}`],
      'Return-Path': [`<noreply@${SW}>`],
      Subject: [subject],
      To: [to],
      ...extraHeaders,
    };
    const [mbox, domain] = to.split('@');
    const data = `${Object.entries(headers)
      .filter(([k]) => k !== 'Received' && k !== 'Return-Path')
      .map(([k, v]) => `${k}: ${v[0]}`)
      .join('\r\n')}\r\n\r\n${body}`;
    return {
      mh: {
        ID: id,
        From: { Relays: null, Mailbox: 'noreply', Domain: SW, Params: '' },
        To: [{ Relays: null, Mailbox: mbox, Domain: domain, Params: '' }],
        Content: { Headers: headers, Body: body, Size: data.length, MIME: null },
        Created: `${iso(t).slice(0, 23)}${digits(rng, 6)}Z`,
        MIME: null,
        Raw: { From: `noreply@${SW}`, To: [to], Data: data, Helo: `staging.${SW}` },
      },
    };
  };
  const PEOPLE = ['margaret.alderson', 'john.kearton', 'ruth.metcalfe', 'tom.harker', 'anne.calvert'];
  const filler = (rng, t) =>
    rng.pick([
      () =>
        msg(rng, t, {
          to: `${rng.pick(PEOPLE)}@volunteers.${SW}`,
          subject: 'Your rota for next week',
          body: `Hello,\r\n\r\nYou are on the front desk on ${rng.pick(['Tuesday', 'Thursday', 'Saturday'])} from 10:00 to 13:00.\r\n\r\nThank you!\r\nSwaledale Museum`,
        }),
      () =>
        msg(rng, t, {
          to: `${rng.pick(PEOPLE)}@volunteers.${SW}`,
          subject: 'New enquiry about the Gunnerside photographs',
          body: `A new enquiry (#${rng.int(300, 900)}) was assigned to you.\r\n\r\nhttps://collections.${SW}/enquiries/${rng.int(300, 900)}`,
        }),
    ])();
  const steps = [
    3,
    plant(
      'path-secret',
      'mailhog-body-password-reset-link',
      'error',
      WHY.pathSecret('A password reset link of the collections site (`/reset/<token>`) in the body of a caught staging email'),
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: msg(rng, t, {
            to: `ruth.metcalfe@volunteers.${SW}`,
            subject: 'Reset your password',
            body: `Someone asked to reset the password of your account.\r\n\r\nhttps://collections.${SW}/reset/${tok}\r\n\r\nThe link works for 24 hours.`,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mailhog-dkim-signature',
      'none',
      'A `DKIM-Signature` header (`bh=` body hash, `b=` signature): it signs this one message, and it lets nobody in; no credential.',
      ({ rng, t }) => {
        const b = rng.bytes(256).toString('base64');
        return {
          value: b,
          event: msg(rng, t, {
            to: `tom.harker@volunteers.${SW}`,
            subject: 'Museum newsletter, January',
            body: 'The winter opening hours are on the website.\r\n\r\nSwaledale Museum',
            extraHeaders: {
              'DKIM-Signature': [
                `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${SW}; s=mail; t=${unix(t)}; h=from:to:subject:date; bh=${rng.bytes(32).toString('base64')}; b=${b}`,
              ],
            },
          }),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'mailhog-quoted-printable-order-token',
      'error',
      "A shop order's confirmation, quoted-printable: the `=` of the link's query is written `=3D`, and after it the order's access token (`token=3D…`) that opens the order, address included, without a login.",
      ({ rng, t }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: msg(rng, t, {
            to: `a.buyer@mail.${SW}`,
            subject: `Order SM-${rng.int(1000, 1999)} confirmed`,
            body: `Thank you for your order of "Lead Mining in Swaledale" (2nd edition).\r\n\r\nView your order: https://shop.${SW}/orders/view?token=3D${tok}\r\n`,
          }),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'mailhog-body-metabase-embed-30d',
      'error',
      'The weekly visitor-numbers email links a signed Metabase embed (`/embed/dashboard/<JWT>#bordered=3Dtrue`), valid thirty days, in a message stamped in UTC (`Created`)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(30, 300),
          claims: { resource: { dashboard: 7 }, params: {} },
        });
        return {
          value: token,
          jwt: facts,
          event: msg(rng, t, {
            to: `trustees@${SW}`,
            subject: 'Visitor numbers, week 1',
            body: `This week's visitor numbers:\r\n\r\nhttps://stats.${SW}/embed/dashboard/${token}#bordered=3Dtrue&titled=3Dtrue\r\n`,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mailhog-message-id',
      'none',
      "A `Message-ID` (32 hex digits at the sender's host): names one email, no credential.",
      ({ rng, t }) => {
        const e = msg(rng, t, {
          to: `anne.calvert@volunteers.${SW}`,
          subject: 'Re: loan of the Muker Show cups',
          body: 'Yes, the cups can go to the show tent on the Wednesday.',
        });
        const mid = e.mh.Content.Headers['Message-ID'][0].slice(1, 33);
        return { value: mid, event: e };
      },
    ),
    2,
    plant(
      'session-id',
      'mailhog-body-basket-link-sid',
      'error',
      WHY.session(
        "A basket reminder the shop builds from the visitor's session: the link carries `sid=<32 hex>`, the shop's session id, and opens the basket and the checkout as that visitor",
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: msg(rng, t, {
            to: `j.dinsdale@mail.${SW}`,
            subject: 'You left something in your basket',
            body: `Your basket is waiting:\r\nhttps://shop.${SW}/basket?sid=${s}\r\n`,
          }),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 12 * HOUR, site: { host: 'mailhog' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pushbullet-pushes.jsonl: the collections officer's pushes read from Pushbullet's API (`/v2/pushes`), oldest first,
// one a line: `active`, `iden` (22 characters), `created`/`modified` (Unix seconds with a fraction, UTC), `type` (link or
// note), `dismissed`, `direction`, sender and receiver, `source_device_iden`, `title`, `url`, `body`. From memory (not
// fetched).

function pushbulletLog(rng) {
  const USER = lowerNum(rng, 9);
  const PHONE = `${USER}${rng.alnum(13)}`;
  const render = (e) => [JSON.stringify(e.pb)];
  const push = (rng, t, fields) => {
    const created = unix(t) + rng.int(0, 999999) / 1e6;
    return {
      pb: {
        active: true,
        iden: `${USER}${rng.alnum(13)}`,
        created,
        modified: created + rng.int(1, 9) / 10,
        type: fields.url ? 'link' : 'note',
        dismissed: rng.int(0, 1) === 1,
        direction: 'self',
        sender_iden: USER,
        sender_email: `collections@${SW}`,
        sender_email_normalized: `collections@${SW}`,
        sender_name: 'Collections Officer',
        receiver_iden: USER,
        receiver_email: `collections@${SW}`,
        receiver_email_normalized: `collections@${SW}`,
        source_device_iden: PHONE,
        ...fields,
      },
    };
  };
  const filler = (rng, t) =>
    rng.pick([
      () =>
        push(rng, t, {
          title: 'Loan form',
          body: `Ring ${rng.pick(['Mrs Kearton', 'the Reeth school', 'Richmond library'])} about the loan form`,
        }),
      () => push(rng, t, { title: 'Swaledale Museum — Objects', url: `https://collections.${SW}/objects/${rng.int(1000, 9999)}` }),
      () => push(rng, t, { title: 'Opening hours', body: 'Winter: Wed, Sat, Sun 10:30–16:00' }),
    ])();
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'pushbullet-link-fragment-access-token',
      'error',
      "The officer pushes the page her phone landed on after signing in to the collections site, to finish on the laptop: the implicit grant's `#access_token=…` is part of the pushed `url`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: push(rng, t, {
            title: 'Collections',
            url: `https://collections.${SW}/auth/done#access_token=${at}&token_type=bearer&expires_in=3600&state=${rng.b64url(16)}`,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'pushbullet-link-fbclid',
      'none',
      "A newspaper article pushed with Facebook's click id (`fbclid=IwAR…`): a tracking parameter, no credential.",
      ({ rng, t }) => {
        const f = `IwAR${rng.b64url(59)}`;
        return {
          value: f,
          event: push(rng, t, {
            title: 'Lead mines in the dales — Darlington & Stockton Times',
            url: `https://news.example/2028/01/lead-mines-dales?fbclid=${f}`,
          }),
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'pushbullet-link-gitlab-callback-code',
      'warning',
      `${WHY.code} The officer pushed the callback page of a GitLab sign-in (64 hex digits) that failed on her phone, to ask the volunteer developer.`,
      ({ rng, t }) => {
        const code = rng.hex(64);
        return {
          value: code,
          event: push(rng, t, {
            title: 'Sign-in error',
            url: `https://collections.${SW}/auth/gitlab/callback?code=${code}&state=${rng.b64url(32)}`,
          }),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'pushbullet-note-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<key>/`) that adds a donation to the trust's sheet, kept in a note",
      ),
      ({ rng, t }) => {
        const acct = digits(rng, 8);
        const key = lowerNum(rng, 7);
        return {
          value: key,
          needle: `/catch/${acct}/${key}/`,
          event: push(rng, t, {
            title: 'Donations zap',
            body: `Zap for the donations sheet: https://hooks.zapier.com/hooks/catch/${acct}/${key}/`,
          }),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'pushbullet-link-id-token-expired',
      'note',
      "A sign-in page's address pushed with its `id_token` in the query, two hours after the token's `exp`: a JWT seen after it expired, in a push whose `created` is a Unix time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 600),
          claims: { iss: `https://id.${SW}`, sub: rng.uuid(), aud: 'collections', email: `collections@${SW}` },
        });
        return {
          value: token,
          jwt: facts,
          event: push(rng, t, {
            title: 'Collections sign in',
            url: `https://collections.${SW}/signin/complete?id_token=${token}&state=${rng.b64url(16)}`,
          }),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'pushbullet-link-wetransfer-short',
      'error',
      WHY.pathSecret('A WeTransfer short link (`we.tl/t-<token>`) to the scans a family sent, pushed to the laptop'),
      ({ rng, t }) => {
        const tok = rng.alnum(10);
        return {
          value: tok,
          needle: `t-${tok}`,
          event: push(rng, t, { title: 'Kearton family photographs', url: `https://we.tl/t-${tok}` }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'pushbullet-link-youtube-share-si',
      'none',
      'A YouTube link pushed with its share id (`si=`, sixteen characters): a tracking parameter of the share sheet, no credential.',
      ({ rng, t }) => {
        const si = rng.b64url(16);
        return {
          value: si,
          event: push(rng, t, { title: 'Hushing for lead — old film', url: `https://youtu.be/${rng.b64url(11)}?si=${si}` }),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pushbullet-note-widget-api-token',
      'error',
      `${WHY.apiKey('api_token')} The developer pushed the bus-times widget's URL, key included, for the officer to paste into the website.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: push(rng, t, {
            title: 'Bus widget',
            body: `Paste this into the footer block: https://widgets.${SW}/bus?stop=reeth-green&api_token=${key}`,
          }),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: 'pushbullet' }, filler, render, steps });
}

// =====================================================================================================================
// Di Goldene Pave (Yiddish; Montreal: EST, UTC-5 in January)
// =====================================================================================================================

const GP = 'goldenepave.example';

// ---------------------------------------------------------------------------------------------------------------------
// MuseScore_280117_190204.log: MuseScore Studio 4's log of the pit band's arranger (MuseScore writes one file a session
// under ~/.local/share/MuseScore/MuseScore4/logs/): `<yyyy-MM-ddTHH:mm:ss.zzz> | <LEVEL padded> | <thread padded> |
// <function> | <message>`, local time without zone, DEBUG lines of a debug build. From memory (not fetched): the columns;
// the cloud and audio.com functions' names and messages are invented in the app's style.

function musescoreLog(rng) {
  const render = (e) =>
    e.ms.map(([lvl, th, fn, msg], i) => `${local(e.t + i, EST).slice(0, 23)} | ${lvl.padEnd(5)} | ${th.padEnd(15)} | ${fn} | ${msg}`);
  const M = 'main_thread';
  const SCORES = [
    'טומבאַלאַלײַקע — קלעזמער־אָרקעסטער.mscz',
    'דער דיבוק — פֿאָרשפּיל.mscz',
    'אַ חתונה אין שטעטל — טאַנץ.mscz',
    'די גאָלדענע פּאַווע — פֿינאַל.mscz',
  ];
  const DIR = '/home/rokhl/Documents/MuseScore4/Scores/';
  const filler = (rng) =>
    rng.pick([
      () => ({ ms: [['INFO', M, 'ProjectActionsController::saveProject', `saving: ${DIR}${rng.pick(SCORES)}`]] }),
      () => ({ ms: [['DEBUG', M, 'PlaybackController::onPlay', `play from tick ${rng.int(0, 90000)}`]] }),
      () => ({ ms: [['WARN', 'audio_worker', 'AudioOutputDevice::process', `buffer underrun, frames: ${rng.pick([256, 512, 1024])}`]] }),
      () => ({ ms: [['INFO', M, 'NotationActionController::addNote', `add note, pitch: ${rng.int(48, 84)}`]] }),
    ])();
  const steps = [
    {
      raw: {
        ms: [
          [
            'INFO',
            M,
            'GlobalModule::onPreInit',
            'log path: /home/rokhl/.local/share/MuseScore/MuseScore4/logs/MuseScore_280117_190204.log',
          ],
          ['INFO', M, 'GlobalModule::onPreInit', '=== Started MuseScore Studio 4.6.3, build number 253170602 ==='],
          ['INFO', M, 'LanguagesService::setCurrentLanguage', 'language: yi'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'musescore-authorize-url-pkce-challenge',
      'none',
      "The authorization URL the app opens in the browser carries PKCE's `code_challenge` (S256 of a verifier kept in memory) and a `state`: neither opens anything.",
      ({ rng }) => {
        const ch = rng.b64url(43);
        return {
          value: ch,
          event: {
            ms: [
              [
                'DEBUG',
                M,
                'MuseScoreComService::authorize',
                `open: https://musescore.com/oauth/authorize?client_id=musescore-studio&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A${rng.int(40000, 60000)}%2F&code_challenge=${ch}&code_challenge_method=S256&state=${rng.b64url(16)}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'oauth-code',
      'musescore-loopback-redirect-code',
      'warning',
      `${WHY.code} The desktop app's loopback server receives the browser's redirect and the debug build writes the whole target, code and state.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: { ms: [['DEBUG', M, 'OAuthHttpServerReplyHandler::onRequest', `GET /?code=${code}&state=${rng.b64url(16)} HTTP/1.1`]] },
        };
      },
      { after: 14 },
    ),
    plant(
      'refresh-token',
      'musescore-save-tokens-json',
      'error',
      `${WHY.refresh} The debug build writes the token response it stores for musescore.com as JSON.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ms: [
              [
                'DEBUG',
                M,
                'AbstractCloudService::saveTokens',
                `tokens: {"access_token":"${rng.b64url(43)}","expires_in":2592000,"refresh_token":"${rt}","token_type":"Bearer"}`,
              ],
            ],
          },
        };
      },
      { after: 0.2 },
    ),
    3,
    plant(
      'path-secret',
      'musescore-open-private-score-link',
      'error',
      WHY.pathSecret(
        'A private score on musescore.com, opened from its secret link (`/user/<id>/scores/<id>/s/<code>`) the conductor shared',
      ),
      ({ rng }) => {
        const s = rng.alnum(6);
        const u = `/user/${digits(rng, 8)}/scores/${digits(rng, 8)}/s/${s}`;
        return {
          value: s,
          needle: u,
          event: { ms: [['INFO', M, 'ProjectActionsController::openProject', `opening: https://musescore.com${u}`]] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'musescore-crash-upload-sentry-key',
      'none',
      "The crash reporter's upload URL with Sentry's `sentry_key`: a DSN's public key, meant to ship in the app; no credential.",
      ({ rng }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            ms: [
              [
                'INFO',
                M,
                'CrashHandler::init',
                `crashpad upload url: https://o${digits(rng, 6)}.ingest.sentry.io/api/${digits(rng, 7)}/minidump/?sentry_key=${k}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'musescore-network-request-authorization',
      'error',
      "Publishing the recording of «טומבאַלאַלײַקע» to audio.com, the debug build writes the request's headers, `Authorization: Bearer …` included.",
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            ms: [
              [
                'DEBUG',
                'network_thread',
                'NetworkManager::execRequest',
                `POST https://api.audio.com/upload headers: Authorization: Bearer ${tok}; Content-Type: application/json; Accept: application/json`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_YI + 19 * HOUR + 2 * 60000 + 4000 - EST * 60000, site: { host: 'musescore' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rebar3-kase.log: `DEBUG=1 rebar3 shell` of the box office service (kase, "box office": Erlang/OTP 27, Cowboy), kept
// with `tee`: rebar3's `===> ` lines (providers, dependencies, hooks as `sh(…)`), then the shell's logger reports
// (`=ERROR REPORT==== 17-Jan-2028::19:20:11.123456 ===`, local time without zone) and the app's `io:format` lines. From
// memory (not fetched): the `===>` wording and OTP's report header; the Hex OAuth configuration line is invented in
// rebar3's style.

function rebar3Log(rng) {
  const render = (e) => e.r3;
  const report = (t, kind, body) => [
    `=${kind} REPORT==== ${pad(new Date(t + EST * 60000).getUTCDate())}-${MONTHS[new Date(t + EST * 60000).getUTCMonth()]}-${new Date(t + EST * 60000).getUTCFullYear()}::${local(t, EST).slice(11, 23)}${digits(rng, 3)} ===`,
    ...body.split('\n'),
  ];
  let phase = 'deps';
  const DEPS = ['cowboy', 'cowlib', 'ranch', 'jsx', 'epgsql', 'poolboy'];
  const filler = (rng, t) => {
    if (phase === 'deps') {
      const d = rng.pick(DEPS);
      return { r3: [`===> Compiling ${d}`] };
    }
    return rng.pick([
      () => ({
        r3: report(
          t,
          'INFO',
          `kase_bilet: farkoyft bilet ${rng.int(1000, 9999)} far der forshtelung "der dibek", zits ${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 24)}`,
        ),
      }),
      () => ({ r3: [`kase: ${rng.int(1, 40)} zitsn nokh fray far ${rng.pick(['fraytik', 'motse-shabes', 'zuntik'])}`] }),
    ])();
  };
  const steps = [
    {
      raw: {
        r3: [
          '===> Evaluating config script "rebar.config.script"',
          '===> Expanded command sequence to be run: [app_discovery,install_deps,lock,compile,shell]',
          '===> Running provider: app_discovery',
          '===> Found top-level apps: [kase]',
          '===> Running provider: install_deps',
          '===> Verifying dependencies...',
        ],
      },
      after: 0,
    },
    plant(
      'refresh-token',
      'rebar3-hex-config-erlang-map-refresh-token',
      'error',
      `${WHY.refresh} rebar3's debug output prints the Hex configuration it read as an Erlang map, and Hex's OAuth login stored its tokens there (\`refresh_token => <<"…">>\`).`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            r3: [
              `===> Hex config: #{<<"hexpm">> => #{access_token => <<"${rng.b64url(43)}">>,expires_at => ${unix(DAY_YI) + 3600},refresh_token => <<"${rt}">>,repo_name => <<"hexpm">>,repo_url => <<"https://repo.hex.pm">>}}`,
            ],
          },
        };
      },
    ),
    plant(
      'encoded',
      'rebar3-fetch-git-dep-percent-encoded-password',
      'error',
      "A private git dependency written with its CI user's password in the URL, percent-encoded because it holds `@` and `!` (`%40`, `%21`); rebar3 writes the dependency's source term when fetching it.",
      ({ rng }) => {
        const pw = `${rng.alnum(6)}%40${rng.alnum(8)}%21${rng.alnum(4)}`;
        return {
          value: pw,
          event: { r3: [`===> Fetching pyese_notn ({git,"https://kase-ci:${pw}@git.${GP}/kase/pyese_notn.git",{tag,"v0.3.1"}})`] },
        };
      },
    ),
    plant(
      'negative',
      'rebar3-git-dep-lock-ref',
      'none',
      'The lock\'s git ref of a dependency (`{ref,"<40 hex>"}`): a commit SHA-1, no credential.',
      ({ rng }) => {
        const ref = rng.hex(40);
        return { value: ref, event: { r3: [`===> Fetching jsx ({git,"https://github.com/talentdeficit/jsx.git",{ref,"${ref}"}})`] } };
      },
    ),
    {
      raw: {
        r3: ['===> Fetching cowboy v2.12.0', '===> Fetching ranch v1.8.0', '===> Running provider: lock', '===> Running provider: compile'],
      },
    },
    3,
    plant(
      'webhook',
      'rebar3-post-hook-sh-discord-webhook',
      'error',
      WHY.webhook(
        "A Discord webhook (`/api/webhooks/<id>/<token>`) in a `post_hooks` entry of rebar.config that tells the box office channel a build is ready; rebar3 writes the hook's command as `sh(…)` and, when it fails, again in its error",
      ),
      ({ rng }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            r3: [
              '===> Compiling kase',
              `===> sh(curl -fsS -H 'Content-Type: application/json' -d '{"content":"kase 1.4.0 iz fartik"}' https://discord.com/api/webhooks/${id}/${tok})`,
              'failed with return code 22 and the following output:',
              'curl: (22) The requested URL returned error: 400',
              '',
            ],
          },
        };
      },
    ),
    {
      raw: {
        get r3() {
          phase = 'shell';
          return [
            '===> Running provider: shell',
            'Erlang/OTP 27 [erts-15.2] [source] [64-bit] [smp:8:8] [ds:8:8:10] [async-threads:1] [jit:ns]',
            '',
            'Eshell V15.2 (press Ctrl+G to abort, type help(). for help)',
            '===> Booted cowlib',
            '===> Booted ranch',
            '===> Booted cowboy',
            '===> Booted kase',
          ];
        },
      },
    },
    2,
    plant(
      'framework-dump',
      'rebar3-crash-report-sys-config-parol',
      'error',
      'The database pool refuses its configuration and the crash report prints the offending term: the `db` section of sys.config, with the database password under `parol` (פּאַראָל, "password").',
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            r3: report(
              t,
              'CRASH',
              `  crasher:\n    initial call: poolboy:init/1\n    pid: <0.${rng.int(300, 900)}.0>\n    registered_name: []\n    exception exit: {bad_config,[{db,[{host,"db.${GP}"},{port,5432},{database,"kase"},{user,"kase"},{parol,"${pw}"},{pool_size,10}]}]}\n      in function  gen_server:init_it/6 (gen_server.erl, line 2229)`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'rebar3-error-report-httpc-url-shlisl',
      'error',
      `${WHY.apiKey('shlisl')} \`shlisl\` is Yiddish for "key" (שליסל). The seat-map partner's API cannot be reached, and the app's error report prints the request tuple httpc was given, URL and key included.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            r3: report(
              t,
              'ERROR',
              `kase_zitsn: sync failed: {error,{failed_connect,[{to_address,{"api.zitsplan.example",443}},{inet,[inet],nxdomain}]}} request: {"https://api.zitsplan.example/v2/zal/gesher/zitsn?shlisl=${key}",[]}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'rebar3-error-report-cowboy-req-cookie',
      'error',
      WHY.session(
        'A handler crash logs the whole Cowboy request map (`#{headers => #{<<"cookie">> => <<"kase_sesye=…">>, …}}`), with the box office\'s session cookie (`kase_sesye`, סעסיע, "session")',
      ),
      ({ rng, t }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            r3: report(
              t,
              'ERROR',
              `kase_bilet_h crashed: badarg req: #{bindings => #{id => <<"${rng.int(1000, 9999)}">>},body_length => 0,has_body => false,headers => #{<<"accept">> => <<"text/html">>,<<"cookie">> => <<"kase_sesye=${s}; shprakh=yi">>,<<"host">> => <<"kase.${GP}">>,<<"user-agent">> => <<"Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0">>},host => <<"kase.${GP}">>,method => <<"GET">>,path => <<"/kase/bilet/${rng.int(1000, 9999)}">>,peer => {{192,0,2,${rng.int(2, 254)}},${rng.int(1024, 65535)}},port => 443,qs => <<>>,scheme => <<"https">>,version => 'HTTP/1.1'}`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'rebar3-info-report-seat-map-etag',
      'none',
      "The seat map's ETag (32 hex digits) in an info report: a content hash, no credential.",
      ({ rng, t }) => {
        const etag = rng.hex(32);
        return { value: etag, event: { r3: report(t, 'INFO', `kase_zitsn: zitsplan geladn, etag "${etag}", 412 zitsn`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_YI + 19 * HOUR + 20 * 60000 - EST * 60000, site: { host: 'rebar3' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pulumi-up-prod.log: `pulumi up --logtostderr -v=9 2> pulumi-up-prod.log` of the theatre's stack (DigitalOcean,
// Cloudflare, Kubernetes, a command:local:Command): glog's `I<mmdd> <hh:mm:ss.uuuuuu> <pid> <file>:<line>] <message>`,
// local time without zone, messages with Go's printed maps. From memory (not fetched): glog's header; the files, line
// numbers and wording of Pulumi's messages are in its style, not checked.

function pulumiLog(rng) {
  const PID = rng.int(30000, 60000);
  const render = (e) =>
    e.pl.map(
      ([where, msg], i) =>
        `I${local(e.t, EST).slice(5, 7)}${local(e.t, EST).slice(8, 10)} ${local(e.t + i * 2, EST).slice(11, 23)}${pad(rng.int(0, 999), 3)} ${String(PID).padStart(7)} ${where}] ${msg}`,
    );
  const URN = 'urn:pulumi:prod::kase';
  const filler = (rng) =>
    rng.pick([
      () => ({
        pl: [[`step_executor.go:${rng.int(300, 420)}`, `StepExecutor worker(${rng.int(-2, 7)}): worker waiting for incoming chains`]],
      }),
      () => ({
        pl: [
          [
            `eventsink.go:${rng.int(59, 62)}`,
            `resource registration successful: ty=${rng.pick(['digitalocean:index/droplet:Droplet', 'cloudflare:index/record:Record', 'kubernetes:apps/v1:Deployment'])}, urn=${URN}::${rng.pick(['kase-web', 'bine-lights', 'notn-cdn'])}`,
          ],
        ],
      }),
      () => ({ pl: [[`plugin.go:${rng.int(600, 700)}`, `plugin ${rng.pick(['digitalocean', 'cloudflare', 'kubernetes'])}: ping ok`]] }),
    ])();
  const steps = [
    {
      raw: {
        pl: [
          ['log.go:81', 'Pulumi CLI version 3.210.0'],
          ['plugins.go:120', 'gatherPluginsFromProgram(): gathering plugins from language host'],
        ],
      },
      after: 0,
    },
    plant(
      'header-dump',
      'pulumi-api-call-headers-go-map',
      'error',
      "At `-v=9` the CLI writes each Pulumi Cloud call with its headers as a Go map, and `Authorization:[token pul-…]` is the access token of the theatre's Pulumi organisation.",
      ({ rng }) => {
        const tok = `pul-${rng.hex(40)}`;
        return {
          value: tok,
          event: {
            pl: [
              [
                'client.go:214',
                `Pulumi API call details (POST https://api.pulumi.com/api/stacks/goldene-pave/kase/prod/update): headers=map[Accept:[application/vnd.pulumi+8] Accept-Encoding:[gzip] Authorization:[token ${tok}] Content-Type:[application/json] User-Agent:[pulumi-cli/1 (v3.210.0; linux)]]`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'pulumi-stack-encryptionsalt',
      'none',
      "The stack configuration's `encryptionsalt` (`v1:<salt>:v1:<nonce>:<check>`), which derives the key from a passphrase kept elsewhere: no credential.",
      ({ rng }) => {
        const salt = `v1:${rng.bytes(8).toString('base64')}:v1:${rng.bytes(12).toString('base64')}:${rng.bytes(32).toString('base64')}`;
        return { value: salt, event: { pl: [['stack.go:88', `loaded stack config Pulumi.prod.yaml (encryptionsalt=${salt})`]] } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'pulumi-provider-checkconfig-news-map',
      'error',
      "The Cloudflare provider's configuration, set with `pulumi config set cloudflare:apiToken` without `--secret`, printed as a Go map in the engine's `CheckConfig` line (`news=map[apiToken:{…}]`).",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            pl: [
              [
                'provider_plugin.go:592',
                `Provider[cloudflare, 0xc000${rng.hex(6)}].CheckConfig(${URN}::pulumi:providers:cloudflare::default_5_49_1) news=map[apiToken:{${tok}} version:{5.49.1}]`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'pulumi-config-secret-masked',
      'none',
      'A secret configuration value as the engine prints it, `[secret]`: a mask, no credential.',
      () => ({ value: 'kase:dbParol=[secret]', event: { pl: [['eval.go:133', 'stack config: kase:dbParol=[secret] kase:shprakh=yi']] } }),
    ),
    2,
    plant(
      'encoded',
      'pulumi-k8s-secret-data-base64',
      'error',
      "A Kubernetes Secret written as plain `data` in the program (not `pulumi.secret`), printed with the step's inputs: base64 of the box office database password (`parol`).",
      ({ rng }) => {
        const b = b64Of(rng.alnum(24));
        return {
          value: b,
          event: {
            pl: [
              [
                'step_generator.go:1104',
                `Planner decided to update '${URN}::kubernetes:core/v1:Secret::kase-db' (oldprops=map[data:{map[]}] inputs=map[apiVersion:{v1} data:{map[parol:{${b}} user:{${b64Of('kase')}}]} kind:{Secret}])`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'pulumi-command-create-curl-tsutrit-shlisl',
      'error',
      `${WHY.apiKey('tsutrit_shlisl')} \`tsutrit_shlisl\` is Yiddish for "access key" (צוטריט־שליסל). A \`command:local:Command\` syncs the seat map with curl, and the planner line prints its \`create\` command.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            pl: [
              [
                'step_generator.go:1088',
                `Planner decided to create '${URN}::command:local:Command::zitsplan-sync' (inputs=map[create:{curl -fsS -X POST "https://api.zitsplan.example/v2/zal/gesher/sync?tsutrit_shlisl=${key}"}])`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pulumi-eventsink-command-stdout-google-tokens',
      'error',
      `${WHY.refresh} A command renews the Google Calendar token of the performance calendar and prints the response; the engine's event sink writes the command's stdout.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            pl: [
              [
                'eventsink.go:59',
                `eventSink::Info(<{%reset%}>{"access_token":"ya29.${rng.b64url(150)}","expires_in":3599,"refresh_token":"${rt}","scope":"https://www.googleapis.com/auth/calendar","token_type":"Bearer"}<{%reset%}>)`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_YI + 20 * HOUR - EST * 60000, site: { host: 'pulumi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// kofi-webhooks.jsonl: Ko-fi's webhook payloads as the theatre's receiver keeps them, one a line: `received_at` (UTC)
// and the payload `data` (a JSON string in a form field) parsed, without its `verification_token` once checked:
// `message_id`, `timestamp` (UTC), `type`, `is_public`, `from_name`, `message`, `amount`, `url`, `email`, `currency`,
// `is_subscription_payment`, `is_first_subscription_payment`, `kofi_transaction_id`, `shop_items`, `tier_name`,
// `shipping`; a body it could not parse kept raw. From memory (not fetched).

function kofiLog(rng) {
  const render = (e) => [JSON.stringify(e.kf)];
  const NAMES = ['Rivke F.', 'Shloyme B.', 'Mireille L.', 'Avrom K.', 'Anonymous'];
  const MSGS = ['אַ דאַנק פֿאַר דער פֿאָרשטעלונג!', 'זײַט געזונט און שפּילט ווײַטער', 'פֿאַר די קינדער־פֿאָרשטעלונגען', 'Merci et bravo!'];
  const payload = (rng, t, over = {}) => {
    const tx = rng.uuid();
    return {
      kf: {
        received_at: `${iso(t).slice(0, 23)}Z`,
        data: {
          message_id: rng.uuid(),
          timestamp: utcZ(t - rng.int(1000, 4000)),
          type: 'Donation',
          is_public: true,
          from_name: rng.pick(NAMES),
          message: rng.pick(MSGS),
          amount: `${rng.pick([5, 10, 18, 36])}.00`,
          url: `https://ko-fi.com/Home/CoffeeShop?txid=${tx}`,
          email: `${lowerNum(rng, 7)}@mail.example`,
          currency: 'CAD',
          is_subscription_payment: false,
          is_first_subscription_payment: false,
          kofi_transaction_id: tx,
          shop_items: null,
          tier_name: null,
          shipping: null,
          ...over,
        },
      },
    };
  };
  const filler = (rng, t) => payload(rng, t);
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'kofi-message-pasted-fragment-access-token',
      'error',
      'A donor explains in her message why she could not buy tickets and pastes the address the box office left her on, `#access_token=…` of its sign-in included.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: payload(rng, t, {
            message: `איך האָב נישט געקענט קויפֿן בילעטן, דער בלאַט האָט געוויזן: https://kase.${GP}/arayngang#access_token=${at}&token_type=Bearer&expires_in=3600`,
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'kofi-shop-item-direct-link-code',
      'none',
      "A shop order's `direct_link_code` (ten hex digits), the public code of the product in Ko-fi's shop: no credential.",
      ({ rng, t }) => {
        const code = rng.hex(10);
        return {
          value: code,
          event: payload(rng, t, {
            type: 'Shop Order',
            message: '',
            amount: '25.00',
            shop_items: [{ direct_link_code: code, variation_name: 'פּראָגראַם־ביכל 2027/28', quantity: 1 }],
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'kofi-transaction-id',
      'none',
      "Ko-fi's `kofi_transaction_id` (a UUID, repeated as `txid` in the payload's `url`): names a payment, no credential.",
      ({ rng, t }) => {
        const e = payload(rng, t);
        return { value: e.kf.data.kofi_transaction_id, event: e };
      },
    ),
    2,
    plant(
      'path-secret',
      'kofi-message-vimeo-unlisted-link',
      'error',
      WHY.pathSecret(
        'A supporter sends the unlisted Vimeo link of his recording of the last performance (`vimeo.com/<id>/<hash>`; the hash is what opens it)',
      ),
      ({ rng, t }) => {
        const id = digits(rng, 9);
        const h = rng.hex(10);
        return {
          value: h,
          needle: `${id}/${h}`,
          event: payload(rng, t, {
            from_name: 'Avrom K.',
            message: `דאָ איז מײַן רעקאָרדירונג פֿון דער פֿאָרשטעלונג: https://vimeo.com/${id}/${h}`,
          }),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'kofi-raw-body-percent-encoded-verification-token',
      'error',
      "A payload the receiver could not parse is kept raw: the form body, percent-encoded (`data=%7B%22verification_token%22%3A%22…`), with the webhook's `verification_token`, the shared secret that makes a request look like Ko-fi's.",
      ({ rng, t }) => {
        const vt = rng.uuid();
        const tx = rng.uuid();
        const body = `data=${encodeURIComponent(JSON.stringify({ verification_token: vt, message_id: rng.uuid(), timestamp: utcZ(t - 2000), type: 'Donation', is_public: false, from_name: 'Anonymous', message: 'אַ גוטן יום־טובֿ', amount: '18.00', url: `https://ko-fi.com/Home/CoffeeShop?txid=${tx}`, currency: 'CAD', kofi_transaction_id: tx }))}`;
        return {
          value: vt,
          event: {
            kf: {
              received_at: `${iso(t).slice(0, 23)}Z`,
              error: 'unexpected Content-Type text/plain;charset=UTF-8, body kept raw',
              raw_body: body,
            },
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'kofi-message-pasted-id-token-1h',
      'error',
      'A member pastes the address of the failed sign-in into her subscription message, `id_token=<JWT>` in its query, on a payload stamped in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://id.${GP}`, sub: rng.uuid(), aud: 'kase', name: 'Rivke F.' },
        });
        return {
          value: token,
          jwt: facts,
          event: payload(rng, t, {
            type: 'Subscription',
            is_subscription_payment: true,
            tier_name: 'פֿרײַנד',
            message: `דער אַרײַנגאַנג אַרבעט נישט: https://kase.${GP}/arayngang/tsurik?id_token=${token}`,
            amount: '10.00',
          }),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'kofi-message-embed-seat-map-expired',
      'note',
      'A donor pastes the seat-map embed of a past performance (`/embed/<JWT>`), a day after its `exp`: a JWT seen after it expired, on a payload stamped in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 8 * 86400 + rng.int(600, 7200),
          claims: { resource: { zal: 'gesher' }, params: { forshtelung: 'der-dibek-2027-12-30' } },
        });
        return {
          value: token,
          jwt: facts,
          event: payload(rng, t, { message: `דער זיץ־פּלאַן עפֿנט זיך נישט: https://kase.${GP}/embed/${token}`, amount: '5.00' }),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_YI + 21 * HOUR - EST * 60000, site: { host: 'kofi' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// fastspring-webhooks.jsonl: the scripts, scores and workshop recordings the theatre sells through a FastSpring store,
// its `order.completed` webhook posts as the receiver keeps them, one a line: `{"events":[{…}]}` with the event's `id`,
// `live`, `processed`, `type`, `created` (milliseconds, UTC) and `data`: the order (`id`, `reference`, `completed`,
// `changed`, `currency`, `total`, `account`, `customer`, `payment`, `tags` as the store page passed them, `items` with
// their `fulfillments`, licence keys included). From memory (not fetched).

function fastspringLog(rng) {
  const render = (e) => [JSON.stringify(e.fs)];
  const PRODUCTS = [
    ['dibek-notn', 'דער דיבוק — נאָטן פֿאַר קלעזמער־אָרקעסטער', 25],
    ['tumbalalayke', 'טומבאַלאַלײַקע — פּאַרטיטור', 8],
    ['pave-tekst', 'די גאָלדענע פּאַווע — טעקסט פֿון דער פּיעסע', 15],
  ];
  const NAMES = [
    ['Rivke', 'Feldman'],
    ['Shloyme', 'Bernshteyn'],
    ['Mireille', 'Lévesque'],
    ['Avrom', 'Kats'],
    ['Dvoyre', 'Rozn'],
  ];
  const order = (rng, t, { product, tags = {}, fulfillments = {}, id } = {}) => {
    const [sku, name, price] = product ?? rng.pick(PRODUCTS);
    const [first, last] = rng.pick(NAMES);
    const oid = id ?? rng.b64url(22);
    const ref = `GOL${local(t, EST).slice(2, 4)}${local(t, EST).slice(5, 7)}${local(t, EST).slice(8, 10)}-${digits(rng, 4)}-${digits(rng, 5)}`;
    return {
      fs: {
        events: [
          {
            id: rng.b64url(22),
            live: true,
            processed: false,
            type: 'order.completed',
            created: t,
            data: {
              order: oid,
              id: oid,
              reference: ref,
              completed: true,
              changed: t - rng.int(500, 3000),
              changedDisplay: '1/17/28',
              language: 'yi',
              live: true,
              currency: 'CAD',
              total: price,
              totalDisplay: `CA$${price.toFixed(2)}`,
              account: rng.b64url(22),
              customer: { first, last, email: `${first.toLowerCase()}.${lowerNum(rng, 4)}@mail.example`, company: null, phone: null },
              payment: { type: rng.pick(['creditcard', 'paypal']) },
              invoiceUrl: `https://goldenepave.onfastspring.com/account/order/${ref}/invoice`,
              tags,
              items: [
                { product: sku, quantity: 1, display: name, subtotal: price, subtotalDisplay: `CA$${price.toFixed(2)}`, fulfillments },
              ],
            },
          },
        ],
      },
    };
  };
  const filler = (rng, t) => order(rng, t);
  const steps = [
    2,
    plant(
      'api-key-name',
      'fastspring-fulfillment-license',
      'error',
      `${WHY.apiKey('license')} The licensed edition of the orchestra parts unlocks the app the band reads them in; FastSpring's licence fulfilment puts the key in the order, and whoever has it activates another copy.`,
      ({ rng, t }) => {
        const key = [0, 1, 2, 3].map(() => upperNum(rng, 5)).join('-');
        return {
          value: key,
          event: order(rng, t, {
            product: ['dibek-partn', 'דער דיבוק — אָרקעסטער־פּאַרטן (ליצענץ)', 90],
            fulfillments: { 'dibek-partn_license_0': [{ license: key, display: 'License Key', type: 'license' }] },
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'fastspring-order-reference',
      'none',
      "An order's `reference` (`GOL<yymmdd>-<4 digits>-<5 digits>`), printed on the buyer's invoice: names the order, no credential.",
      ({ rng, t }) => {
        const e = order(rng, t);
        return { value: e.fs.events[0].data.reference, event: e };
      },
    ),
    2,
    plant(
      'session-id',
      'fastspring-tags-page-url-sesye',
      'error',
      WHY.session(
        'The store page passes the page it was opened from in the order\'s `tags`, and the theatre\'s old shop keeps its PHP session in its links (`sesye=`, סעסיע, "session")',
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 26);
        return { value: s, event: order(rng, t, { tags: { page: `https://www.${GP}/krom/notn?sesye=${s}` } }) };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'fastspring-tags-page-embed-120s',
      'warning',
      "The buyer came from the programme widget embedded on a partner's site (`/embed/<JWT>`, valid 120 s, no jti), which the store passes in `tags.page`, on an event stamped in UTC (`created`, milliseconds)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 60),
          claims: { resource: { program: '2027-28' }, params: { partner: 'kultur-tsenter' } },
        });
        return { value: token, jwt: facts, event: order(rng, t, { tags: { page: `https://kase.${GP}/embed/${token}` } }) };
      },
    ),
    2,
    plant(
      'negative',
      'fastspring-order-id',
      'none',
      "The order's `id` (22 base64url characters, also in `order`): names the order in FastSpring's API, no credential.",
      ({ rng, t }) => {
        const id = rng.b64url(22);
        return { value: id, event: order(rng, t, { id }) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'fastspring-tags-class-link-fragment',
      'error',
      "The workshop recording's page asks the buyer for her class page and passes the answer in `tags`; she pasted the address her browser shows after signing in to the theatre's school, `#access_token=…` included.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: order(rng, t, {
            product: ['varshtat-ornamentn', 'װאַרשטאַט: קלעזמער־אָרנאַמענטן (רעקאָרדירונג)', 30],
            tags: { klas: `https://shul.${GP}/klas/3#access_token=${at}&token_type=Bearer` },
          }),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'fastspring-tags-id-token-1h',
      'error',
      "The box office's store builder passes the member's `id_token` in the order's `tags` by mistake, on an event stamped in UTC (`created`, milliseconds)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 1200),
          jti: true,
          claims: { iss: `https://id.${GP}`, sub: rng.uuid(), aud: 'kase', mitglid: true },
        });
        return { value: token, jwt: facts, event: order(rng, t, { tags: { mitglid: 'true', id_token: token } }) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_YI + 17 * HOUR - EST * 60000, site: { host: 'fastspring' }, filler, render, steps });
}

// =====================================================================================================================
// Cooperatiba de la Baca Mirandesa (Mirandese; Malhadas, Miranda do Douro: WET, UTC+0 in January)
// =====================================================================================================================

const BM = 'bacamirandesa.example';

// ---------------------------------------------------------------------------------------------------------------------
// espeasy-bebedouro.log: the serial console of the ESPEasy unit (ESP32, mega build) at a water trough (bebedouro) of
// the cooperative's pasture, captured by a laptop: `<milliseconds since boot, right-aligned> : <level padded> : <message>`
// with ESPEasy's tags (`INIT :`, `WIFI :`, `HTTP :`, `EVENT:`, `ACT  :` for the actions rules run), the rules' own
// `LogEntry` lines in Mirandese. From memory (not fetched).

function espeasyLog(rng) {
  let boot = 3100;
  const render = (e) =>
    e.ee.map(([lvl, msg]) => {
      boot += rng.int(4, 60);
      return `${String(boot).padStart(8)} : ${lvl.padEnd(6)} : ${msg}`;
    });
  const filler = (rng) => {
    boot += rng.int(20000, 60000);
    return rng.pick([
      () => ({ ee: [['Info', `EVENT: Nible#Percent=${rng.int(40, 98)}`]] }),
      () => ({ ee: [['Info', `EVENT: Bebedouro#Temperatura=${rng.int(3, 11)}.${rng.int(0, 9)}`]] }),
      () => {
        const n = rng.int(40, 98);
        return {
          ee: [
            ['Info', `ACT  : LogEntry,'Nible de l'auga ne l bebedouro: ${n}%'`],
            ['Info', `Nible de l'auga ne l bebedouro: ${n}%`],
          ],
        };
      },
      () => ({
        ee: [
          [
            'Debug',
            `WD   : Uptime ${Math.floor(boot / 60000)}  ConnectFailures 0 FreeMem ${rng.int(140000, 170000)} WiFiStatus WL_CONNECTED ESPeasy internal wifi status: Conn. IP Init`,
          ],
        ],
      }),
    ])();
  };
  const steps = [
    {
      raw: {
        ee: [
          ['Info', 'INIT : Booting version: mega-20250505 (ESP32 4M316k)'],
          ['Info', 'INIT : Cold Boot - Restart Reason: Power on Reset'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'espeasy-init-build-md5',
      'none',
      "The firmware's build MD5 ESPEasy prints at boot (32 hex digits): a checksum of the image, no credential.",
      ({ rng }) => {
        const md5 = rng.hex(32);
        return { value: md5, event: { ee: [['Info', `INIT : Build Md5: ${md5}  (passed)`]] } };
      },
      { after: 0.1 },
    ),
    plant(
      'negative',
      'espeasy-wifi-bssid',
      'none',
      "The access point's BSSID (a MAC address) in the Wi-Fi connection line: names a radio, no credential.",
      ({ rng }) => {
        const mac = Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: mac,
          event: { ee: [['Info', `WIFI : Connected! AP: BacaMirandesa-Curral (${mac}) Ch: 6 Duration: ${rng.int(1800, 3200)} ms`]] },
        };
      },
      { after: 3 },
    ),
    2,
    plant(
      'api-key-name',
      'espeasy-thingspeak-get-api-key',
      'error',
      `${WHY.apiKey('api_key')} ThingSpeak's write key (16 characters) in the controller's GET request; the HTTP helper's line writes the same request again.`,
      ({ rng }) => {
        const key = upperNum(rng, 16);
        const q = `api_key=${key}&field1=${rng.int(40, 98)}&field2=${rng.int(3, 11)}.${rng.int(0, 9)}`;
        return {
          value: key,
          event: {
            ee: [
              ['Debug', 'HTTP : connecting to api.thingspeak.com:80'],
              ['Debug', `C004 : GET /update?${q} HTTP/1.1`],
              ['Info', `HTTP : http://api.thingspeak.com:80/update?${q} HTTP code: 200`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'espeasy-sendtohttp-home-assistant-webhook',
      'error',
      WHY.webhook(
        "A Home Assistant webhook (`/api/webhook/<id>`; the id is the only secret) the rules call when the trough runs dry; ESPEasy's `ACT  :` line writes the action with it",
      ),
      ({ rng }) => {
        const id = `-${rng.b64url(24)}`;
        return {
          value: id,
          needle: `/api/webhook/${id}`,
          event: {
            ee: [
              ['Info', 'EVENT: Nible#Percent=8'],
              ['Info', `ACT  : SendToHTTP,casa.${BM},8123,/api/webhook/${id}`],
              ['Info', 'Nun hai auga ne l bebedouro! Abiso ambiado.'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'espeasy-sendtohttp-percent-encoded-json-chabe',
      'error',
      "The rules post each reading to the cooperative's server as percent-encoded JSON in the query (`dados=%7B%22chabe%22%3A%22…`); decoded, the device's key (`chabe`, \"key\") with a key's entropy.",
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ee: [
              [
                'Info',
                `ACT  : SendToHTTP,dados.${BM},80,/api/leituras?dados=%7B%22chabe%22%3A%22${key}%22%2C%22nible%22%3A${rng.int(40, 98)}%7D`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'espeasy-posttohttp-google-refresh-token',
      'error',
      `${WHY.refresh} The rules renew a Google access token for the readings' spreadsheet with \`PostToHTTP\`, and the action's line writes the form body, client secret and refresh token included.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            ee: [
              [
                'Info',
                `ACT  : PostToHTTP,oauth2.googleapis.com,443,/token,,'grant_type=refresh_token&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com&client_secret=GOCSPX-${rng.b64url(28)}&refresh_token=${rt}'`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'espeasy-config-download-bilhete-once',
      'note',
      WHY.ticketFirst(
        'The unit fetches its new thresholds with a one-time ticket in the query (`bilhete=`, "ticket") the server issues per download. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          event: {
            ee: [
              ['Info', `ACT  : SendToHTTP,192.168.1.10,80,/cunfiguracon/bebedouro.json?bilhete=${tk}`],
              ['Info', 'Cunfiguraçon nuoba recebida.'],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MI + 6 * HOUR, site: { host: 'espeasy' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hubzilla.log: the cooperative's Hubzilla hub (its channel, its cloud of photographs and the sign-in of its shop through
// Hubzilla's OAuth2/OpenID Connect server) with the logfile at LOGGER_DEBUG: `<ISO 8601 UTC>:<level>:<request hash>:
// <file>:<line>:<function>: <message>`, a print_r()/var_export() dump continuing on further lines without prefix. From
// memory (not fetched): the prefix's fields and order; the messages are the hub admin's debugging lines.

function hubzillaLog(rng) {
  const render = (e) => {
    const h = rng.hex(8);
    return e.hz.flatMap(([lvl, where, msg]) => {
      const [first, ...rest] = msg.split('\n');
      return [`${utcZ(e.t)}:${lvl}:${h}:${where}: ${first}`, ...rest];
    });
  };
  const HUB = `hub.${BM}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        hz: [
          [
            'LOG_INFO',
            `Zotlabs/Daemon/Queue.php:${rng.int(30, 90)}:run`,
            `queue: delivering ${rng.int(1, 9)} items to https://${rng.pick(['hubzilla.example.org', 'zot.example.net', 'social.example.com'])}`,
          ],
        ],
      }),
      () => ({
        hz: [
          [
            'LOG_DEBUG',
            `Zotlabs/Module/Cloud.php:${rng.int(40, 120)}:init`,
            `cloud: /cloud/bacas/retratos/${rng.pick(['fiesta-2027', 'ferira-de-l-gado', 'curral'])} for ${rng.pick(['anonymous', 'bacas'])}`,
          ],
        ],
      }),
      () => ({
        hz: [
          [
            'LOG_INFO',
            `include/items.php:${rng.int(2000, 4000)}:item_store`,
            `item_store: created item ${rng.int(10000, 99999)} "Fiesta de ls Pauliteiros: bilhetes a la benda"`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'hubzilla-httpsig-signature',
      'none',
      'The HTTP Signature of a Zot6 delivery (`signature="<base64>"` over `(request-target) date digest host`): it authenticates that one request, no credential.',
      ({ rng }) => {
        const sig = rng.bytes(256).toString('base64');
        return {
          value: sig,
          event: {
            hz: [
              [
                'LOG_DEBUG',
                'Zotlabs/Web/HTTPSig.php:96:verify',
                `signature header: keyId="https://social.example.com/channel/gaiteiro",algorithm="rsa-sha256",headers="(request-target) date digest host",signature="${sig}"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'hubzilla-authorize-redirect-code',
      'warning',
      `${WHY.code} The hub signs members in to the cooperative's shop; its authorize step logs the redirect it sends back, code and state.`,
      ({ rng }) => {
        const code = rng.hex(40);
        return {
          value: code,
          event: {
            hz: [
              [
                'LOG_DEBUG',
                'Zotlabs/Module/Authorize.php:98:post',
                `redirect: https://tenda.${BM}/antrar/retorno?code=${code}&state=${rng.b64url(22)}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'hubzilla-token-response-json-id-token',
      'error',
      "The token endpoint's debugging line writes the response as JSON, with the OpenID Connect `id_token` (one hour), on a line stamped in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 0,
          claims: { iss: `https://${HUB}`, sub: rng.b64url(43), aud: 'tenda', name: 'Zé de l Pilo' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            hz: [
              [
                'LOG_DEBUG',
                'Zotlabs/Module/Token.php:64:init',
                `response: {"access_token":"${rng.hex(40)}","expires_in":3600,"token_type":"Bearer","scope":"openid profile","id_token":"${token}"}`,
              ],
            ],
          },
        };
      },
      { after: 2 },
    ),
    3,
    plant(
      'refresh-token',
      'hubzilla-token-request-print-r-refresh',
      'error',
      `${WHY.refresh} The shop renews its token at the hub, and the admin's \`logger(print_r($_REQUEST, true))\` writes the request array on the lines after the prefix.`,
      ({ rng }) => {
        const rt = rng.hex(40);
        return {
          value: rt,
          event: {
            hz: [
              [
                'LOG_DEBUG',
                'Zotlabs/Module/Token.php:41:init',
                `request: Array\n(\n    [grant_type] => refresh_token\n    [refresh_token] => ${rt}\n    [client_id] => tenda\n)\n`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'hubzilla-server-print-r-http-cookie',
      'error',
      WHY.session(
        "A print_r() of `$_SERVER` written while chasing a redirect loop: `[HTTP_COOKIE]` holds the member's `PHPSESSID` (26 characters) beside Hubzilla's `jsAvailable`",
      ),
      ({ rng }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: {
            hz: [
              [
                'LOG_DEBUG',
                'boot.php:1180:login',
                `server: Array\n(\n    [HTTP_HOST] => ${HUB}\n    [HTTP_USER_AGENT] => ${BROWSERS[4]}\n    [HTTP_COOKIE] => PHPSESSID=${s}; jsAvailable=1\n    [REQUEST_METHOD] => GET\n    [REQUEST_URI] => /channel/bacas\n    [REMOTE_ADDR] => 192.0.2.${rng.int(2, 254)}\n)\n`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'hubzilla-owt-token-first',
      'note',
      WHY.ticketFirst(
        "An OpenWebAuth token (`owt=`), which a visitor's home hub issues so that this hub can recognise them, verified on a request to the photographs. The hub deletes it once verified; it is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(43);
        firstUse.owt = t;
        return {
          value: tk,
          event: {
            hz: [
              [
                'LOG_INFO',
                'include/zid.php:349:owt_init',
                `owt: /cloud/bacas/retratos?owt=${tk} from 203.0.113.19 verified for https://social.example.com/channel/gaiteiro`,
              ],
            ],
          },
        };
      },
      { ref: 'owt' },
    ),
    1,
    plant(
      'replay',
      'hubzilla-owt-token-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('owt').value,
            why: `${WHY.replay('owt', gap('owt', t))} Another address presented the same OpenWebAuth token and the hub verified it again as the same visitor.`,
          },
        ],
        event: {
          hz: [
            [
              'LOG_INFO',
              'include/zid.php:349:owt_init',
              `owt: /cloud/bacas/retratos?owt=${refs.get('owt').value} from 198.51.100.77 verified for https://social.example.com/channel/gaiteiro`,
            ],
          ],
        },
      }),
      { replayOf: 'owt', after: 132 },
    ),
    2,
    plant(
      'framework-dump',
      'hubzilla-var-export-addon-config-palabra-passe',
      'error',
      'The cooperative\'s own shop addon dumps its configuration with var_export() when the shop does not answer; the array holds the hub\'s password at the shop (`palabra_passe`, "password").',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            hz: [
              [
                'LOG_INFO',
                'addon/tenda/tenda.php:57:tenda_sync',
                `tenda: la tenda nun respunde, cunfiguraçon: array (\n  'tenda_url' => 'https://tenda.${BM}/api',\n  'outelizador' => 'hub',\n  'palabra_passe' => '${pw}',\n  'ancomiendas' => true,\n)`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'hubzilla-import-xchan-portable-id',
      'none',
      "A channel's portable id (a Zot6 `xchan_hash`, base64url of a hash of its public key) in an import line: names a channel, no credential.",
      ({ rng }) => {
        const id = rng.b64url(86);
        return {
          value: id,
          event: {
            hz: [
              [
                'LOG_DEBUG',
                'Zotlabs/Lib/Libzot.php:1024:import_xchan',
                `import_xchan: ${id} (https://social.example.com/channel/gaiteiro) updated`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MI + 9 * HOUR, site: { host: HUB }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// terragrunt-tenda.log: `terragrunt apply --log-level debug` with TF_LOG=DEBUG for the shop's unit (Hetzner Cloud, the
// http provider, a null_resource), captured from the terminal: Terragrunt 0.7x's `<hh:mm:ss.mmm> <LEVEL padded>
// [<unit>] <message>` and `<hh:mm:ss.mmm> STDOUT|STDERR [<unit>] terraform: <Terraform's line>`, local time without
// zone; Terraform's debug lines carry their own UTC stamps. From memory (not fetched): Terragrunt's new log layout,
// hcloud-go's request dump.

function terragruntLog(rng) {
  const U = '[live/tenda]';
  const render = (e) =>
    e.tg.map(
      ([lvl, msg]) =>
        `${local(e.t, WET).slice(11, 23)} ${lvl.padEnd(6)} ${U} ${lvl === 'STDOUT' || lvl === 'STDERR' ? 'terraform: ' : ''}${msg}`,
    );
  const tfd = (t) => `${iso(t).slice(0, 23)}Z [DEBUG]`;
  const SERVER = rng.int(40000000, 60000000);
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        tg: [
          [
            'STDERR',
            `${tfd(t)} provider.terraform-provider-hcloud_v1.49.1: Waiting for action ${rng.int(10000000, 99999999)} to complete: @module=hcloud timestamp=${iso(t).slice(0, 23)}Z`,
          ],
        ],
      }),
      () => ({
        tg: [['STDOUT', `hcloud_server.tenda: Still modifying... [id=${SERVER}, ${rng.int(1, 6)}0s elapsed]`]],
      }),
      () => ({ tg: [['DEBUG', `Detected ${rng.int(1, 4)} Hooks`]] }),
    ])();
  const steps = [
    {
      raw: {
        tg: [
          ['DEBUG', 'Terragrunt Version: 0.77.20'],
          ['DEBUG', 'Reading Terragrunt config file at ./live/tenda/terragrunt.hcl'],
        ],
      },
      after: 0,
    },
    plant(
      'path-secret',
      'terragrunt-downloading-configurations-token-path',
      'error',
      WHY.pathSecret(
        "The unit's `source` is a zip on the cooperative's file server behind a private download link (`/d/<token>/…`), and Terragrunt writes where it downloads the configuration from",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            tg: [
              [
                'INFO',
                `Downloading Terraform configurations from https://arquibos.${BM}/d/${tok}/modulo-tenda.zip into ./live/tenda/.terragrunt-cache/${rng.b64url(27)}/${rng.b64url(27)}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'terragrunt-init-provider-key-id',
      'none',
      "`terraform init` names the key the provider's release is signed with (`key ID` plus 16 hex digits): a public signing key's id, no credential.",
      ({ rng }) => {
        const kid = rng.hex(16).toUpperCase();
        return {
          value: kid,
          event: {
            tg: [
              ['STDOUT', '- Installing hetznercloud/hcloud v1.49.1...'],
              ['STDOUT', `- Installed hetznercloud/hcloud v1.49.1 (signed by a HashiCorp partner, key ID ${kid})`],
            ],
          },
        };
      },
      { after: 4 },
    ),
    plant(
      'framework-dump',
      'terragrunt-running-command-var-palabra-passe',
      'error',
      '`extra_arguments` passes the database password as `-var palabra_passe_bd=…` ("password"), and Terragrunt\'s debug line writes the command it runs, arguments and all.',
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            tg: [
              ['DEBUG', `Running command: terraform apply -input=false -auto-approve -var palabra_passe_bd=${pw} -var ambiente=producion`],
            ],
          },
        };
      },
      { after: 3 },
    ),
    2,
    plant(
      'header-dump',
      'terragrunt-tf-log-hcloud-request-dump',
      'error',
      "With TF_LOG=DEBUG the Hetzner provider dumps each API request, and the dump's `Authorization: Bearer …` is the project's API token (64 characters); Terragrunt relays every line on stderr.",
      ({ rng, t }) => {
        const tok = rng.alnum(64);
        return {
          value: tok,
          event: {
            tg: [
              ['STDERR', `${tfd(t)} provider.terraform-provider-hcloud_v1.49.1: ---[ REQUEST ]---------------------------------------`],
              ['STDERR', 'GET /v1/servers?name=tenda HTTP/1.1'],
              ['STDERR', 'Host: api.hetzner.cloud'],
              ['STDERR', 'User-Agent: hcloud-go/2.17.1 terraform-provider-hcloud/1.49.1'],
              ['STDERR', `Authorization: Bearer ${tok}`],
              ['STDERR', 'Accept-Encoding: gzip'],
              ['STDERR', '-----------------------------------------------------'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'terragrunt-http-data-source-chabe-twice',
      'error',
      `${WHY.apiKey('chabe')} \`chabe\` is Mirandese for "key". The http data source reads the festival's events from the ticket site's API; the provider's debug line and Terraform's error both write the URL with the key.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            tg: [
              [
                'STDERR',
                `${tfd(t)} provider.terraform-provider-http_v3.4.5: Sending HTTP Request: @module=http tf_http_req_method=GET tf_http_req_uri="/v1/fiestas?chabe=${key}" tf_http_req_version=HTTP/1.1 timestamp=${iso(t).slice(0, 23)}Z`,
              ],
              ['STDERR', '╷'],
              ['STDERR', '│ Error: Error making request'],
              ['STDERR', '│ '],
              ['STDERR', `│ GET https://api.bilhetes.${BM}/v1/fiestas?chabe=${key} returned 401 Unauthorized`],
              ['STDERR', '╵'],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'terragrunt-local-exec-slack-webhook',
      'error',
      WHY.webhook(
        "A Slack incoming webhook in a `local-exec` provisioner that tells the cooperative the shop was updated; Terraform prints the provisioner's `Executing:` line with it",
      ),
      ({ rng }) => {
        const h = slackHook(rng);
        return {
          value: h.secret,
          needle: `${h.bot}/${h.secret}`,
          event: {
            tg: [
              [
                'STDOUT',
                `null_resource.abiso (local-exec): Executing: ["/bin/sh" "-c" "curl -fsS -X POST -H 'Content-Type: application/json' -d '{\\"text\\":\\"La tenda fui atualizada\\"}' https://hooks.slack.com/services/${h.team}/${h.bot}/${h.secret}"]`,
              ],
              ['STDOUT', 'null_resource.abiso (local-exec): ok'],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'terragrunt-output-sensitive',
      'none',
      'A sensitive output as Terraform prints it, `<sensitive>`: a mask, no credential.',
      () => ({
        value: 'bd_palabra_passe = <sensitive>',
        event: {
          tg: [
            ['STDOUT', ''],
            ['STDOUT', 'Outputs:'],
            ['STDOUT', ''],
            ['STDOUT', 'bd_palabra_passe = <sensitive>'],
          ],
        },
      }),
      { after: 1 },
    ),
    plant(
      'embed-jwt',
      'terragrunt-output-metabase-embed-no-exp',
      'error',
      "The sales dashboard's signed embed URL (`/embed/dashboard/<JWT>`) is an output of the unit, printed after the apply; the JWT has no `exp`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { age: rng.int(1, 5), claims: { resource: { dashboard: 2 }, params: { tenda: 'malhadas' } } });
        return {
          value: token,
          jwt: facts,
          event: {
            tg: [
              ['STDOUT', `painel_embed_url = "https://painel.${BM}/embed/dashboard/${token}#bordered=true&titled=false"`],
              ['STDOUT', 'tenda_ip = "203.0.113.140"'],
            ],
          },
        };
      },
      { after: 0.01 },
    ),
    { raw: { tg: [['INFO', 'Unit live/tenda: apply finished']] }, after: 0.2 },
  ];
  return buildLog(rng, { start: DAY_MI + 11 * HOUR, site: { host: 'terragrunt' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tickettailor-webhooks.jsonl: Ticket Tailor's webhook deliveries for the pauliteiros' festival as the cooperative's
// receiver keeps them, one a line: `received_at` (UTC), the `url` it was called on, the headers it kept
// (`tickettailor-webhook-signature: t=<unix>,v1=<HMAC-SHA256>`), and the body (`id`, `created_at`, `event`,
// `resource_url`, `payload`: the order with `buyer_details` and its `custom_questions`, `event_summary`,
// `issued_tickets`, `line_items`, `status`, `total`, `txn_id`). From memory (not fetched).

function ticketTailorLog(rng) {
  const render = (e) => [JSON.stringify(e.tt)];
  const NAMES = [
    ['Ana', 'Fernandes'],
    ['Manuel', 'Preto'],
    ['Lurdes', 'Cordeiro'],
    ['Amadeu', 'Ferreira'],
    ['Rosa', 'Martins'],
  ];
  const delivery = (rng, t, { url = `https://ganchos.${BM}/tickettailor`, answers = ['Nó', ''], sig, txn } = {}) => {
    const [first, last] = rng.pick(NAMES);
    const or = `or_${digits(rng, 8)}`;
    const qty = rng.int(1, 4);
    return {
      tt: {
        received_at: `${iso(t).slice(0, 23)}Z`,
        url,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'TicketTailor-Webhooks',
          'tickettailor-webhook-signature': `t=${unix(t)},v1=${sig ?? rng.hex(64)}`,
        },
        body: {
          id: `wh_${digits(rng, 7)}`,
          created_at: unix(t) - 1,
          event: 'ORDER.CREATED',
          resource_url: `https://api.tickettailor.com/v1/orders/${or}`,
          payload: {
            object: 'order',
            id: or,
            buyer_details: {
              first_name: first,
              last_name: last,
              name: `${first} ${last}`,
              email: `${first.toLowerCase()}.${last.toLowerCase()}@mail.example`,
              phone: `+351 9${digits(rng, 8)}`,
              custom_questions: [
                { question: 'Ben cun ls pauliteiros de la sue tierra?', answer: answers[0] },
                { question: 'Outras notas', answer: answers[1] },
              ],
            },
            created_at: unix(t) - 2,
            currency: { base_multiplier: 100, code: 'eur' },
            event_summary: {
              id: `ev_${digits(rng, 7)}`,
              event_series_id: 'es_4418822',
              name: 'Fiesta de ls Pauliteiros 2028',
              start_date: { date: '2028-08-15', time: '16:00', timezone: '+01:00' },
              venue: { name: 'Eiras de Malhadas' },
            },
            issued_tickets: Array.from({ length: qty }, () => ({
              object: 'issued_ticket',
              id: `it_${digits(rng, 8)}`,
              barcode: upperNum(rng, 6),
              checked_in: 'false',
              status: 'valid',
              ticket_type_id: 'tt_2209981',
            })),
            line_items: [{ object: 'line_item', description: 'Antrada giral', quantity: qty, total: qty * 800, type: 'ticket' }],
            marketing_opt_in: false,
            payment_method: { type: 'stripe' },
            referral_tag: null,
            status: 'completed',
            subtotal: qty * 800,
            total: qty * 800,
            txn_id: txn ?? `ch_3${rng.alnum(23)}`,
          },
        },
      },
    };
  };
  const filler = (rng, t) => delivery(rng, t);
  const steps = [
    2,
    plant(
      'api-key-name',
      'tickettailor-delivery-url-chabe',
      'error',
      `${WHY.apiKey('chabe')} \`chabe\` is Mirandese for "key". Before the receiver checked signatures, the webhook was set up with a key in its URL's query, and the receiver keeps the URL each delivery came to.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: delivery(rng, t, { url: `https://ganchos.${BM}/tickettailor?chabe=${key}` }) };
      },
    ),
    2,
    plant(
      'negative',
      'tickettailor-webhook-signature-hmac',
      'none',
      "Ticket Tailor's `tickettailor-webhook-signature` (`t=<unix>,v1=<HMAC-SHA256>`) proves one delivery: no credential.",
      ({ rng, t }) => {
        const sig = rng.hex(64);
        return { value: sig, event: delivery(rng, t, { sig }) };
      },
    ),
    2,
    plant(
      'path-secret',
      'tickettailor-custom-question-hostel-booking-link',
      'error',
      WHY.pathSecret(
        'A buyer answers the free-text question with the private link of her hostel booking (`/r/<token>`), which opens and changes the booking',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: delivery(rng, t, {
            answers: ['Si', `Drumo ne l albergue, la reserba: https://reserbas.albergue-malhadas.example/r/${tok}`],
          }),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tickettailor-order-stripe-charge-id',
      'none',
      "The order's `txn_id`, a Stripe charge id (`ch_3…`): names a payment, no credential.",
      ({ rng, t }) => {
        const txn = `ch_3${rng.alnum(23)}`;
        return { value: txn, event: delivery(rng, t, { txn }) };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'tickettailor-custom-question-fragment-access-token',
      'error',
      "A buyer pastes into the free-text answer the address the cooperative's shop showed after signing in, `#access_token=…` of the implicit grant included.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: delivery(rng, t, {
            answers: [
              'Nó',
              `Nun cunsigo antrar ne la tenda, ye esto que aparece: https://tenda.${BM}/antrar#access_token=${at}&token_type=Bearer&expires_in=3600`,
            ],
          }),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MI + 14 * HOUR, site: { host: 'tickettailor' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout107');
writePart(join(here, 'heldout107'), {
  'meson-log.txt': mesonLog(rng),
  'jabref.log': jabrefLog(rng),
  'sish.log': sishLog(rng),
  'mailhog-messages.jsonl': mailhogLog(rng),
  'pushbullet-pushes.jsonl': pushbulletLog(rng),
  'MuseScore_280117_190204.log': musescoreLog(rng),
  'rebar3-kase.log': rebar3Log(rng),
  'pulumi-up-prod.log': pulumiLog(rng),
  'kofi-webhooks.jsonl': kofiLog(rng),
  'fastspring-webhooks.jsonl': fastspringLog(rng),
  'espeasy-bebedouro.log': espeasyLog(rng),
  'hubzilla.log': hubzillaLog(rng),
  'terragrunt-tenda.log': terragruntLog(rng),
  'tickettailor-webhooks.jsonl': ticketTailorLog(rng),
});
