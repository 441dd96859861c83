// Writes corpus/logs-in-the-wild/heldout114/: a hundred-and-fourteenth held-out part, in formats no other part uses (a
// qutebrowser debug log, Neovim's LSP log, Drift conversation messages read from its API, a Lynx trace of a cron job,
// an iTerm2 session log in asciinema format, an Element Desktop rageshake log, Helix's log, a Concrete CMS log export,
// Resilio Sync's sync.log, Thonny's MicroPython backend.log, XenForo's error log read with mysql's `\G`, an Aruba
// Instant access point's syslog, a MobaXterm session log, Sourcetree for Windows' log), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout114.mjs     rewrites heldout114/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Tamar Valley Veterinary Group of Tavistock (Devon), with its reception browser, a booking
// site kept by a part-time developer, a website chat, a lab-results cron job and an IT contractor's terminal (English,
// five logs); the Ettrick Watter 'Oo Co-operative, a wool (`oo`) co-operative of Selkirk in the Scottish Borders, with
// its chat server, its stock tools, its website, its photo sharing and a dye-house thermometer (Scots where the apps
// show text and in the names its developers chose: `kay` "key", `saicret` "secret", `passwird` "password", `tickit`
// "ticket", `taiken` "token", `sederunt` "session", `pairt` "share", five logs); the Таргъу-Тав къумукъ маданият
// жамияты (Targhu-Taw Kumyk culture society) of Makhachkala, with its forum, its library app, its office Wi-Fi and its
// repository (Kumyk in Cyrillic where the apps show text, in an informal ASCII romanization in routes, parameter,
// cookie and key names: `achgych` ачгъыч "key", `bilet` билет "ticket", `sessiya` сессия "session", `belgi` белги
// "token, mark", `paylash` пайлаш "share", `tolev` тёлев "payment", `giriv` гирив "entering", four logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { B64, digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Lynx/2.9.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Devon and the Borders in December (GMT, UTC+0), Dagestan (MSK, UTC+3 all year). */
const GMT = 0;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_SC = Date.UTC(2027, 11, 20, 0, 0, 0);
const DAY_KU = Date.UTC(2028, 0, 10, 0, 0, 0);

const hms = (t, offset) => local(t, offset).slice(11, 19);
const hmsMs = (t, offset) => local(t, offset).slice(11, 23);
/** A base64 string of `n` characters (standard alphabet). */
const b64n = (rng, n) => rng.chars(B64, n);
/** Base32 capitals, as Resilio Sync writes its keys. */
const base32 = (rng, n) => rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);

/** Lua's `vim.inspect` of a value on one line, as Neovim's LSP log prints tables. */
function inspect(v) {
  if (typeof v === 'string') return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'vim.NIL';
  if (Array.isArray(v)) return v.length ? `{ ${v.map(inspect).join(', ')} }` : '{}';
  const keys = Object.keys(v).sort();
  if (!keys.length) return '{}';
  return `{ ${keys.map((k) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `["${k}"]`} = ${inspect(v[k])}`).join(', ')} }`;
}

/** A text's lines. */
const lines = (text) => text.split('\n');

/** A CSV field, quoted when it must be (RFC 4180: doubled quotes, line breaks kept). */
const csv = (f) => (/[",\n]/.test(String(f)) ? `"${String(f).replace(/"/g, '""')}"` : String(f));

// =====================================================================================================================
// Tamar Valley Veterinary Group (English; Tavistock, Devon: GMT, UTC+0 in December)
// =====================================================================================================================

const TV = 'tamarvalleyvets.example';

// ---------------------------------------------------------------------------------------------------------------------
// qutebrowser-reception.log: the reception PC's browser, qutebrowser 3.x started with `--debug` by the kiosk's session
// script, its stderr sent to a file: `<HH:MM:SS> <LEVEL, 8 wide> <category, 10 wide> <module>:<function>:<line>
// <message>`, local time (GMT) without date or zone.
// The layout, `Going to start loading:`, `Changing title for idx … to '<url>'`, `About to open URL:`, `Converting fuzzy
// term … to URL -> …`, `emitting: cur_url_changed(PyQt6.QtCore.QUrl('…'))` and `javascript_log_message` are from
// qutebrowser debug logs quoted in qutebrowser issues #1342, #5622, #6691, #6833 and #7865 (read through search); the
// line numbers are taken from those logs and may not match one version.

function qutebrowserLog(rng) {
  const render = (e) => e.q.map(([lvl, cat, where, msg]) => `${hms(e.t, GMT)} ${lvl.padEnd(8)} ${cat.padEnd(10)} ${where} ${msg}`);
  const PAGES = [
    `https://diary.${TV}/appointments?date=2027-12-13&branch=tavistock`,
    `https://diary.${TV}/clients/${2000 + 17}/pets`,
    `https://www.${TV}/opening-times`,
    `https://diary.${TV}/vaccinations/due?week=50`,
    `https://mail.${TV}/#inbox`,
  ];
  const filler = (rng) => {
    const page = rng.pick(PAGES);
    return rng.pick([
      () => ({
        q: [
          [
            'DEBUG',
            'modes',
            'modeman:leave:421',
            `Ignoring leave request for KeyMode.${rng.pick(['caret', 'insert', 'hint', 'passthrough'])} (reason tab changed) as we're in mode KeyMode.normal`,
          ],
        ],
      }),
      () => ({ q: [['DEBUG', 'misc', 'app:on_focus_object_changed:582', 'Focus object changed: None']] }),
      () => ({
        q: [
          [
            'DEBUG',
            'webview',
            'browsertab:_set_load_status:1007',
            `load status for <qutebrowser.browser.webengine.webenginetab.WebEngineTab tab_id=${rng.int(0, 9)} url='${page}'>: LoadStatus.success`,
          ],
        ],
      }),
      () => ({
        q: [
          [
            'DEBUG',
            'js',
            'shared:javascript_log_message:150',
            `[https://diary.${TV}/assets/diary-${lowerNum(rng, 8)}.js:1] diary: ${rng.int(4, 31)} appointments loaded`,
          ],
        ],
      }),
      () => ({
        q: [
          [
            'DEBUG',
            'webview',
            'tabbedbrowser:_on_title_changed:795',
            `Changing title for idx ${rng.int(0, 4)} to '${rng.pick(['Diary – Tamar Valley Vets', 'Inbox – Tamar Valley Vets Mail', 'Opening times'])}'`,
          ],
        ],
      }),
    ])();
  };
  const header = [
    `${hms(DAY_EN + 8 * HOUR + 2000, GMT)} DEBUG    init       app:init:153 Initializing eventfilter...`,
    `${hms(DAY_EN + 8 * HOUR + 2000, GMT)} DEBUG    init       app:_open_startpage:315 Opening start pages`,
  ];
  const steps = [
    4,
    plant(
      'negative',
      'qutebrowser-authorize-url-nonce',
      'none',
      "The insurer's claims portal sends the browser to its identity provider with an OpenID Connect `nonce` (and a `state`) in the authorize URL: values that bind one sign-in's response, which open nothing.",
      ({ rng }) => {
        const nonce = rng.b64url(32);
        return {
          value: nonce,
          event: {
            q: [
              [
                'DEBUG',
                'webview',
                'browsertab:_on_before_load_started:1127',
                `Going to start loading: https://id.petsure-insurance.example/oauth2/authorize?response_type=code&client_id=tvvg-reception&redirect_uri=https%3A%2F%2Fclaims.${TV}%2Fauth%2Fcallback&scope=openid%20claims&state=${rng.b64url(22)}&nonce=${nonce}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'oauth-code',
      'qutebrowser-load-started-and-url-signal-callback-code',
      'warning',
      `${WHY.code} The claims portal's callback is written by the tab ("Going to start loading:") and again by the signal filter (\`cur_url_changed(QUrl(…))\`) as the page loads.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        const url = `https://claims.${TV}/auth/callback?code=${code}&state=${rng.b64url(22)}`;
        return {
          value: code,
          event: {
            q: [
              ['DEBUG', 'webview', 'browsertab:_on_before_load_started:1127', `Going to start loading: ${url}`],
              ['DEBUG', 'signals', 'signalfilter:_filter_signals:86', `emitting: cur_url_changed(PyQt6.QtCore.QUrl('${url}')) (tab 2)`],
            ],
          },
        };
      },
      { after: 3 },
    ),
    4,
    plant(
      'api-key-name',
      'qutebrowser-fuzzy-url-apikey',
      'error',
      `${WHY.apiKey('apikey')} A receptionist pastes the drug wholesaler's stock search address into the URL bar and qutebrowser's URL parser writes it back.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://api.vetgrid-wholesale.example/v2/stock/search?q=meloxicam&apikey=${key}`;
        return {
          value: key,
          event: {
            q: [
              ['DEBUG', 'url', 'urlutils:fuzzy_url:265', 'URL is a fuzzy address'],
              ['DEBUG', 'url', 'urlutils:fuzzy_url:267', `Converting fuzzy term '${url}' to URL -> ${url}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'qutebrowser-load-started-lab-portal-access-token-fragment',
      'error',
      "The laboratory's results portal signs the practice in with the implicit grant and the tab writes the address it is going to load, `#access_token=…` included.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            q: [
              [
                'DEBUG',
                'webview',
                'browsertab:_on_before_load_started:1127',
                `Going to start loading: https://results.labnorth-diagnostics.example/portal/#access_token=${at}&token_type=Bearer&expires_in=3600`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'qutebrowser-title-url-jsessionid',
      'error',
      WHY.session(
        "The veterinary supplier's Java shop rewrites its URLs with `;jsessionid=`; before the page has a title the tab's title is its URL, and qutebrowser logs it",
      ),
      ({ rng }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            q: [
              [
                'DEBUG',
                'webview',
                'tabbedbrowser:_on_title_changed:795',
                `Changing title for idx 3 to 'https://orders.westcountry-vetsupplies.example/shop/basket.jsp;jsessionid=${sid}'`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'qutebrowser-console-csp-script-hash',
      'none',
      "A Content-Security-Policy report in the page's console quotes the blocked inline script's hash (`'sha256-…'`): a digest of a script, no credential.",
      ({ rng }) => {
        const h = `${b64n(rng, 43)}=`;
        return {
          value: h,
          event: {
            q: [
              [
                'DEBUG',
                'js',
                'shared:javascript_log_message:150',
                `[https://diary.${TV}/appointments:0] Refused to execute inline script because it violates the following Content Security Policy directive: "script-src 'self'". Either the 'unsafe-inline' keyword, a hash ('sha256-${h}'), or a nonce ('nonce-...') is required to enable inline execution.`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'qutebrowser-open-url-nextcloud-share',
      'error',
      WHY.pathSecret(
        'A Nextcloud public share (`/s/<15 characters>`, an X-ray folder sent to a referral clinic) opened from the mail client, which qutebrowser logs as `About to open URL:`',
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return { value: tok, event: { q: [['DEBUG', 'init', 'app:open_url:314', `About to open URL: https://cloud.${TV}/s/${tok}`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'reception' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// nvim-lsp.log: the booking site's developer's Neovim 0.11 LSP log (`~/.local/state/nvim/lsp.log`) at `vim.lsp.log`
// level debug: `[<LEVEL>][<yyyy-mm-dd hh:mm:ss>] <source path>:<line>\t<values>`, each value `vim.inspect`ed on one
// line (`"rpc.send"`, `"rpc.receive"` with the JSON-RPC message as a Lua table, `"LSP[<name>]"` `"init_params"`, a
// server's stderr as `"rpc"` `"<cmd>"` `"stderr"` `"<text>"`), local time (GMT) without zone.
// The `[START]` line, the `[LEVEL][time] path:line\t…` layout and `"init_params"` are from Neovim LSP logs quoted in
// neocmakelsp issue #213 and neovim PR #13288 (read through search); the `"rpc"`/`"stderr"` entry and the line numbers
// from memory; the graphql-lsp message is the helper's, in that server's style.

function neovimLog(rng) {
  const render = (e) => e.nv.map(([lvl, src, ...vals]) => `[${lvl}][${ymdHmsAt(e.t, GMT)}] ${src}\t${vals.join('\t')}`);
  const RPC = '.../vim/lsp/rpc.lua';
  const ROOT = 'file:///home/jess/src/tvvg-booking';
  const FILES = [
    'app/models/appointment.rb',
    'app/controllers/bookings_controller.rb',
    'app/views/bookings/new.html.erb',
    'config/routes.rb',
  ];
  const send = (msg) => ['DEBUG', `${RPC}:286`, '"rpc.send"', inspect({ jsonrpc: '2.0', ...msg })];
  const didOpen = (path, languageId, text) =>
    send({ method: 'textDocument/didOpen', params: { textDocument: { languageId, text, uri: `${ROOT}/${path}`, version: 0 } } });
  const filler = (rng) =>
    rng.pick([
      () => ({
        nv: [
          [
            'DEBUG',
            `${RPC}:391`,
            '"rpc.receive"',
            inspect({
              jsonrpc: '2.0',
              method: 'textDocument/publishDiagnostics',
              params: { diagnostics: [], uri: `${ROOT}/${rng.pick(FILES)}`, version: rng.int(1, 80) },
            }),
          ],
        ],
      }),
      () => ({
        nv: [
          send({
            id: rng.int(2, 400),
            method: 'textDocument/hover',
            params: { position: { character: rng.int(0, 60), line: rng.int(0, 200) }, textDocument: { uri: `${ROOT}/${rng.pick(FILES)}` } },
          }),
        ],
      }),
      () => ({
        nv: [
          send({
            method: 'textDocument/didChange',
            params: {
              contentChanges: [{ text: rng.pick(['  end', '    @slots = Slot.free', '', '<%= f.submit "Book" %>']) }],
              textDocument: { uri: `${ROOT}/${rng.pick(FILES)}`, version: rng.int(2, 90) },
            },
          }),
        ],
      }),
    ])();
  const header = [`[START][${ymdHmsAt(DAY_EN + 13 * HOUR, GMT)}] LSP logging initiated`];
  const steps = [
    plant(
      'framework-dump',
      'neovim-init-params-sqls-data-source-password',
      'error',
      'The sqls language server is configured with the booking database\'s connection (`dataSourceName = "… password=… …"`); Neovim logs the server\'s `init_params` from its client and the `initialize` request from its RPC layer, both with `initializationOptions`.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        const params = {
          capabilities: { workspace: { configuration: true } },
          clientInfo: { name: 'Neovim', version: '0.11.5' },
          initializationOptions: {
            connectionConfig: {
              alias: 'booking',
              dataSourceName: `host=db.${TV} port=5432 user=booking password=${pw} dbname=booking sslmode=require`,
              driver: 'postgresql',
            },
          },
          processId: 48211,
          rootUri: ROOT,
        };
        return {
          value: pw,
          event: {
            nv: [
              ['TRACE', '...m/lsp/client.lua:540', '"LSP[sqls]"', '"init_params"', inspect(params)],
              send({ id: 1, method: 'initialize', params }),
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'api-key-name',
      'neovim-didopen-dotenv-insurer-api-key',
      'error',
      `${WHY.apiKey('PETSURE_API_KEY')} The developer opens the booking site's \`.env\` and the RPC layer logs the \`didOpen\` with the file's whole text.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            nv: [
              didOpen(
                '.env',
                'sh',
                `RAILS_ENV=development\nDATABASE_HOST=localhost\nPETSURE_API_KEY=${key}\nPETSURE_BASE=https://api.petsure-insurance.example/v3\n`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'neovim-didopen-package-lock-integrity',
      'none',
      "npm's `integrity` (`sha512-…`) in a `package-lock.json` the developer opens: the checksum of a published package, no credential.",
      ({ rng }) => {
        const integ = `sha512-${b64n(rng, 86)}==`;
        return {
          value: integ,
          event: {
            nv: [
              didOpen(
                'package-lock.json',
                'json',
                `{\n  "name": "tvvg-booking",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/flatpickr": {\n      "version": "4.6.13",\n      "resolved": "https://registry.npmjs.org/flatpickr/-/flatpickr-4.6.13.tgz",\n      "integrity": "${integ}"\n    }\n  }\n}\n`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'neovim-didopen-http-file-refresh-token',
      'error',
      `${WHY.refresh} A REST-client file (\`petsure.http\`) in which the developer pasted the insurer's refresh token to renew by hand; its \`didOpen\` carries the text.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            nv: [
              didOpen(
                'http/petsure.http',
                'http',
                `### renew\nPOST https://id.petsure-insurance.example/oauth2/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token&client_id=tvvg-booking&refresh_token=${rt}\n`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'neovim-stderr-graphql-lsp-schema-headers-bearer',
      'error',
      "graphql-lsp cannot load the practice-management API's schema and prints on stderr the URL and the headers it sent (from `.graphqlrc`), `Authorization: Bearer …` among them; Neovim logs the server's stderr.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        const text = `[GraphQL] Error fetching schema from https://api.vetsuite-pms.example/graphql with headers {"Authorization":"Bearer ${tok}","X-Practice":"tvvg"}: 401 Unauthorized\n`;
        return { value: tok, event: { nv: [['ERROR', `${RPC}:772`, '"rpc"', '"graphql-lsp"', '"stderr"', inspect(text)]] } };
      },
    ),
    3,
    plant(
      'negative',
      'neovim-progress-token-uuid',
      'none',
      "A `$/progress` notification's `token` (a work-done progress id the client chose, a UUID): it names a progress bar, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            nv: [
              [
                'DEBUG',
                `${RPC}:391`,
                '"rpc.receive"',
                inspect({
                  jsonrpc: '2.0',
                  method: '$/progress',
                  params: { token: id, value: { kind: 'begin', title: 'Indexing', percentage: 0 } },
                }),
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'neovim-didopen-script-teams-webhook',
      'error',
      WHY.webhook(
        'A Microsoft Teams incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>/<signature>`) in the nightly backup script the developer opens',
      ),
      ({ rng }) => {
        const path = `${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${rng.hex(32)}/${rng.uuid()}/V2${rng.b64url(43)}`;
        return {
          value: path,
          event: {
            nv: [
              didOpen(
                'bin/nightly-backup.sh',
                'sh',
                `#!/bin/sh\nset -e\npg_dump -Fc booking > /var/backups/booking-$(date +%F).dump\ncurl -fsS -H 'Content-Type: application/json' -d '{"text":"Booking backup done"}' https://tamarvalleyvets.webhook.office.com/webhookb2/${path}\n`,
              ),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: 'nvim' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// drift-messages.jsonl: the website chat's messages, read from Drift's Conversations API
// (`/conversations/{id}/messages`) for the day, one message a line: `id`, `conversationId`, `orgId`, `body`, `author`
// (`type` contact or user, `id`, `bot`), `type`, `createdAt` (epoch milliseconds, UTC), and the contact's `context`
// (`userAgent`, `ip`) on the first message of a conversation.
// From memory (not fetched).

function driftLog(rng) {
  const render = (e) => [JSON.stringify(e.dr)];
  const ORG = 2181066;
  let conv = 3120400000 + rng.int(0, 99999);
  let mid = 4410000000 + rng.int(0, 99999);
  const STAFF = [5120331, 5120346, 5120359];
  const msg = (t, body, { by = 'contact', first = false, bot = false } = {}) => {
    const m = {
      id: (mid += rng.int(1, 40)),
      conversationId: conv,
      orgId: ORG,
      body,
      author: {
        type: by === 'contact' ? 'contact' : 'user',
        id: by === 'contact' ? 19000000000 + rng.int(0, 999999999) : rng.pick(STAFF),
        bot,
      },
      type: 'chat',
      createdAt: t,
    };
    if (first) m.context = { userAgent: rng.pick(BROWSERS), ip: publicIp(rng) };
    return m;
  };
  const next = () => (conv += rng.int(3, 60));
  const filler = (rng, t) => {
    if (rng.int(0, 3) === 0) next();
    return rng.pick([
      () => ({
        dr: msg(
          t,
          rng.pick([
            'Hi, are you open on Saturday morning?',
            'Can I book a nail clip for my rabbit?',
            'My dog has been sick twice today, should I bring him in?',
            'Do you take Petsure insurance?',
          ]),
        ),
      }),
      () => ({
        dr: msg(
          t,
          rng.pick([
            'Hello! Saturday we are open 9–12 at Tavistock.',
            'Yes, we can claim directly from Petsure for you.',
            'Please call 01822 000 000 and we will fit you in today.',
            'Of course, you can book online or we can do it here.',
          ]),
          { by: 'user' },
        ),
      }),
      () => ({
        dr: msg(t, 'Hi there 👋 Tamar Valley Vets here. What can we help with? (For emergencies out of hours please call 01822 000 000.)', {
          by: 'user',
          bot: true,
          first: true,
        }),
      }),
    ])();
  };
  const steps = [
    3,
    plant(
      'oauth-code',
      'drift-contact-pasted-insurer-callback-code',
      'warning',
      `${WHY.code} A client pastes into the chat the address of the claims page that showed an error, the insurer's callback with its \`code\` and \`state\`.`,
      ({ rng, t }) => {
        next();
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            dr: msg(
              t,
              `hi I tried to send the claim and it just says "something went wrong" at https://claims.${TV}/auth/callback?code=${code}&state=${rng.b64url(22)} what do I do`,
              { first: true },
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'drift-contact-microchip-number',
      'none',
      "A client gives her cat's microchip number (15 digits, `826` the United Kingdom's ISO country code): an identifier printed on the pet's records, no credential.",
      ({ rng, t }) => {
        next();
        const chip = `826${digits(rng, 12)}`;
        return {
          value: chip,
          event: { dr: msg(t, `Hello, Moss has moved house with us, his chip is ${chip}, can you update the address?`, { first: true }) },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'drift-staff-sends-lab-results-share-link',
      'error',
      WHY.pathSecret("A vet sends a client the link to her dog's blood results (`/results/shared/<token>`), a link without sign-in"),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            dr: msg(
              t,
              `Hi Mrs Penrose, Bramble's bloods are back and all normal. You can see them here: https://results.${TV}/results/shared/${tok}`,
              { by: 'user' },
            ),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'drift-staff-sends-booking-embed-30d',
      'error',
      'The practice manager sends a breeder the link to the puppy-clinic booking embed (`/embed/<JWT>`) the practice made for her, valid thirty days, in a message stamped in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(600, 40000),
          jti: true,
          claims: { iss: `https://diary.${TV}`, sub: 'breeder-4417', scope: 'book:puppy-clinic' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            dr: msg(
              t,
              `Here is your own booking page for the litter checks, you can put all eight in: https://diary.${TV}/embed/${token}`,
              { by: 'user' },
            ),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'drift-contact-pasted-signin-id-token-expired',
      'note',
      "A client pastes the pet-portal sign-in address that left him on a blank page, with `id_token` in its query; the token had expired about two hours before the message's UTC time",
      ({ rng, t }) => {
        next();
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(0, 900),
          claims: { iss: `https://id.${TV}`, aud: 'pet-portal', sub: rng.uuid(), email_verified: true },
        });
        return {
          value: token,
          jwt: facts,
          event: { dr: msg(t, `this page is blank https://pets.${TV}/signin/return?id_token=${token} can you help`, { first: true }) },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'drift-contact-pasted-google-redirect-percent-encoded-token',
      'error',
      "A client copies the reminder link from a Google result or mail preview and pastes Google's redirect (`google.com/url?q=…`), in which the reminder page's `token` is percent-encoded (`%3Ftoken%3D…`).",
      ({ rng, t }) => {
        next();
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            dr: msg(
              t,
              `I got a reminder for Pip's booster but the link goes nowhere: https://www.google.com/url?q=https%3A%2F%2Fpets.${TV}%2Freminders%2Fconfirm%3Ftoken%3D${tok}&sa=D&source=editors&ust=${digits(rng, 16)}&usg=${rng.b64url(28)}`,
              { first: true },
            ),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'drift-contact-pasted-access-token-fragment',
      'error',
      "A client pastes the address the lab's results portal left her on, `#access_token=…` included, asking why it shows nothing.",
      ({ rng, t }) => {
        next();
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            dr: msg(
              t,
              `it says loading forever: https://results.labnorth-diagnostics.example/owner/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}`,
              { first: true },
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'drift-contact-masked-card',
      'none',
      'A client quotes the card the deposit was taken from as her banking app masks it (`•••• <4 digits>`): a mask, no credential.',
      ({ rng, t }) => {
        next();
        const masked = `•••• •••• •••• ${digits(rng, 4)}`;
        return {
          value: masked,
          event: { dr: msg(t, `Hi, I've been charged twice for the op deposit on ${masked}, can someone look?`, { first: true }) },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'drift' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// Lynx.trace: a cron job on the practice's small server that fetches the lab's daily report and other pages with
// `lynx -trace -dump` (Lynx 2.9, which writes its trace to `~/Lynx.trace`, replaced by each run; the job keeps a copy):
// per document `HTAccess: loading document <url>`, HTTP's steps (`Sending HTTP request.`, the request's header lines,
// `HTTP: WRITE delivered OK`, `HTTP: Rx: <status line>`, response headers, `HTTP: Interpreting status …`), the
// cookie module's `LYSetCookie` lines. No time on the lines.
// From memory (not fetched): the trace's wording is the helper's recollection and may differ from Lynx's.

function lynxLog(rng) {
  const render = (e) => e.ly;
  const UA = 'User-Agent: Lynx/2.9.2 libwww-FM/2.14 SSL-MM/1.4.1 GNUTLS/3.8.9';
  const fetch = (rng, url, { auth = null, cookie = null, status = 'HTTP/1.1 200 OK', resp = [] } = {}) => {
    const host = url.split('/')[2];
    return [
      `HTAccess: loading document ${url}`,
      `HTTP: Looking up ${host}`,
      `HTTP: Connecting to ${host}:443`,
      'Sending HTTP request.',
      `Host: ${host}`,
      UA,
      'Accept: text/html, text/plain, text/sgml, */*;q=0.01',
      ...(auth ? [`Authorization: ${auth}`] : []),
      ...(cookie ? [`Cookie: ${cookie}`] : []),
      'HTTP: WRITE delivered OK',
      `HTTP: Rx: ${status}`,
      ...resp,
      `HTTP: Interpreting status ${status.split(' ')[1]}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        ly: fetch(rng, `https://www.${TV}/news/${rng.pick(['christmas-opening', 'fireworks-advice', 'new-vet-nurse'])}`, {
          resp: [`Content-Type: text/html; charset=utf-8`, `Content-Length: ${rng.int(4000, 30000)}`],
        }),
      }),
      () => ({ ly: [`HTFormat: Constructing stream stack for text/html to www/dump`, `HTMLGen: ${rng.int(20, 400)} lines`] }),
      () => ({ ly: [`LYSetCookie got Set-Cookie header`, `LYSetCookie: ignoring cookie for another domain`] }),
    ])();
  const steps = [
    { raw: { ly: ['LYNX_CFG_FILE: /etc/lynx/lynx.cfg', 'LYNX version 2.9.2', 'Startfile: (none), dump mode'] }, after: 0 },
    plant(
      'api-key-name',
      'lynx-htaccess-daily-report-api-key',
      'error',
      `${WHY.apiKey('api_key')} The cron job asks the lab's API for the day's report with the key in the query, and Lynx's access layer writes the document's address.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            ly: fetch(rng, `https://api.labnorth-diagnostics.example/v2/reports/daily.csv?practice=TVVG&api_key=${key}`, {
              resp: ['Content-Type: text/csv'],
            }),
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'header-dump',
      'lynx-request-authorization-basic',
      'error',
      "The job reads the practice-management system's report page with `-auth=user:password`; the trace writes the request's headers, `Authorization: Basic <base64 of user:password>` among them.",
      ({ rng }) => {
        const basic = b64Of(`reports:${rng.alnum(16)}`);
        return {
          value: basic,
          needle: `Basic ${basic}`,
          event: {
            ly: fetch(rng, `https://pms.${TV}/reports/overdue-vaccinations`, { auth: `Basic ${basic}`, resp: ['Content-Type: text/html'] }),
          },
        };
      },
    ),
    plant(
      'session-id',
      'lynx-response-set-cookie-phpsessid',
      'error',
      WHY.session(
        "The reporting page answers with a PHP session cookie (`Set-Cookie: PHPSESSID=…`), and the trace writes the response's headers",
      ),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: sid,
          event: {
            ly: [
              `HTTP: Rx: Set-Cookie: PHPSESSID=${sid}; path=/; secure; HttpOnly`,
              'LYSetCookie got Set-Cookie header',
              'LYSetCookie: accepting cookie for pms.' + TV,
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'negative',
      'lynx-response-etag',
      'none',
      'An `ETag` in a response header: a version tag of the report page, no credential.',
      ({ rng }) => {
        const etag = rng.hex(40);
        return {
          value: etag,
          event: { ly: fetch(rng, `https://pms.${TV}/reports/daily-takings`, { resp: ['Content-Type: text/html', `ETag: "${etag}"`] }) },
        };
      },
    ),
    2,
    plant(
      'replay',
      'lynx-htaccess-download-ticket-first',
      'note',
      WHY.ticketFirst(
        "A single-use download ticket (`ticket=…`) the lab's API hands out for the day's PDF; the job fetches it once. The ticket is",
      ),
      ({ rng }) => {
        const tk = rng.b64url(24);
        return {
          value: tk,
          event: {
            ly: fetch(rng, `https://api.labnorth-diagnostics.example/v2/reports/daily.pdf?ticket=${tk}`, {
              resp: ['Content-Type: application/pdf'],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'lynx-picked-up-location-file-share',
      'error',
      WHY.pathSecret(
        "The lab's API answers the X-ray request with a redirect to a file-share link (`/s/<token>/…`); run with `-noredir`, Lynx only writes the `Location` it picked up",
      ),
      ({ rng }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          event: {
            ly: [
              ...fetch(rng, `https://api.labnorth-diagnostics.example/v2/imaging/latest?case=TVVG-${rng.int(10000, 99999)}`, {
                status: 'HTTP/1.1 302 Found',
              }),
              `HTTP: Picked up location 'https://share.labnorth-diagnostics.example/s/${tok}/thorax-lat.dcm'`,
              'HTTP: Not following redirect (-noredir)',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'lynx-response-ga-cookie',
      'none',
      "A Google Analytics cookie (`_ga=GA1.1.<random>.<epoch>`) set by the practice's website: a visitor counter, no credential.",
      ({ rng, t }) => {
        const ga = `GA1.1.${digits(rng, 10)}.${Math.floor(t / 1000)}`;
        return {
          value: ga,
          event: { ly: fetch(rng, `https://www.${TV}/`, { resp: [`Set-Cookie: _ga=${ga}; Domain=.${TV}; Max-Age=63072000; Path=/`] }) },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR, site: { host: 'lynx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// iterm2-tvvg-ops.cast: the IT contractor's terminal on the practice's ops server, logged by iTerm2 3.5 (Session >
// Log, format asciinema): a header object (`version` 2, `width`, `height`, `timestamp` in Unix seconds, `env`), then
// one event a line, `[<seconds since the start>, "o", "<output, JSON-escaped, with \r\n>"]`. Each line's time is the
// header's timestamp plus its offset: UTC.
// From memory (not fetched): iTerm2's asciinema option and asciinema's v2 layout.

function itermLog(rng) {
  const START = DAY_EN + 15 * HOUR;
  const PROMPT = 'alex@tvvg-ops ~ % ';
  const ev = (t, text) => `[${((t - START) / 1000).toFixed(6)}, "o", ${JSON.stringify(text)}]`;
  const render = (e) => e.out.map((text, i) => ev(e.t + i * 7, text));
  const cmd = (c, out) => ({ out: [`${PROMPT}${c}\r\n`, ...out.map((l) => `${l}\r\n`)] });
  const filler = (rng, t) =>
    rng.pick([
      () =>
        cmd('uptime', [
          ` ${hms(t, GMT)}  up ${rng.int(3, 90)} days,  2 users,  load average: 0.${rng.int(10, 99)}, 0.${rng.int(10, 99)}, 0.${rng.int(10, 99)}`,
        ]),
      () =>
        cmd('df -h /', [
          'Filesystem      Size  Used Avail Use% Mounted on',
          `/dev/sda2       234G  ${rng.int(40, 180)}G  ${rng.int(40, 180)}G  ${rng.int(20, 80)}% /`,
        ]),
      () =>
        cmd('docker ps --format "{{.Names}}\\t{{.Status}}"', [
          `tvvg-booking-web\tUp ${rng.int(2, 40)} hours`,
          `tvvg-booking-worker\tUp ${rng.int(2, 40)} hours`,
          `caddy\tUp ${rng.int(3, 20)} days`,
        ]),
      () => cmd('', []),
    ])();
  const header = [
    JSON.stringify({
      version: 2,
      width: 190,
      height: 52,
      timestamp: Math.floor(START / 1000),
      env: { SHELL: '/bin/zsh', TERM: 'xterm-256color' },
    })
      .replace(/,"/g, ', "')
      .replace(/":/g, '": '),
  ];
  const steps = [
    1,
    plant(
      'negative',
      'iterm-ssh-keygen-host-key-fingerprint',
      'none',
      "`ssh-keygen -lf` prints the server's ED25519 host key fingerprint (`SHA256:<43 base64>`): a digest of a public key, no credential.",
      ({ rng }) => {
        const fp = b64n(rng, 43);
        return { value: fp, event: cmd('ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub', [`256 SHA256:${fp} root@tvvg-ops (ED25519)`]) };
      },
    ),
    2,
    plant(
      'framework-dump',
      'iterm-docker-inspect-env-database-url',
      'error',
      '`docker inspect` of the booking container prints its environment as JSON, `DATABASE_URL=postgres://booking:<password>@…` in it.',
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: cmd("docker inspect --format '{{json .Config.Env}}' tvvg-booking-web", [
            JSON.stringify([
              'PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
              'RAILS_ENV=production',
              `DATABASE_URL=postgres://booking:${pw}@db.${TV}:5432/booking`,
              'RAILS_LOG_TO_STDOUT=1',
            ]),
          ]),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'iterm-kubectl-secret-yaml-base64-password',
      'error',
      "`kubectl get secret … -o yaml` prints the mail relay's Secret, whose `data` values are base64: `password: <base64 of the SMTP password>`.",
      ({ rng }) => {
        const b = b64Of(rng.alnum(20));
        return {
          value: b,
          event: cmd('kubectl -n reminders get secret smtp-relay -o yaml', [
            'apiVersion: v1',
            'data:',
            `  password: ${b}`,
            `  username: ${b64Of('reminders@' + TV)}`,
            'kind: Secret',
            'metadata:',
            '  name: smtp-relay',
            '  namespace: reminders',
            'type: Opaque',
          ]),
        };
      },
    ),
    2,
    plant(
      'negative',
      'iterm-docker-image-digest',
      'none',
      "`docker images --digests` lists the booking image's content digest (`sha256:<64 hex>`): a checksum, no credential.",
      ({ rng }) => {
        const d = rng.hex(64);
        return {
          value: d,
          event: cmd('docker images --digests ghcr.io/tvvg/booking', [
            'REPOSITORY             TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE',
            `ghcr.io/tvvg/booking   2.14.0    sha256:${d}   ${rng.hex(12)}   3 days ago     612MB`,
          ]),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'iterm-jq-credentials-file-refresh-token',
      'error',
      `${WHY.refresh} The contractor prints the reminder service's stored credentials with \`jq\` to check the scope, and the terminal log keeps the \`refresh_token\`.`,
      ({ rng }) => {
        const rt = rng.b64url(72);
        return {
          value: rt,
          event: cmd('jq . ~/.config/vetsuite/credentials.json', [
            '{',
            '  "client_id": "tvvg-reminders",',
            `  "refresh_token": "${rt}",`,
            '  "scope": "reminders.send clients.read"',
            '}',
          ]),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'iterm-jq-token-response-id-token',
      'error',
      "The contractor decodes a sign-in problem by printing the saved token response's `id_token` with `jq`; an hour-long token, live at the line's time (the cast's UTC timestamp plus its offset)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://id.${TV}`, aud: 'tvvg-ops', sub: rng.uuid(), name: 'Alex Trewin' },
        });
        return {
          value: token,
          jwt: facts,
          event: cmd("jq '{id_token, expires_in}' /tmp/signin-debug.json", ['{', `  "id_token": "${token}",`, '  "expires_in": 3600', '}']),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'iterm-wget-debug-request-authorization-bearer',
      'error',
      '`wget -d` prints the request it sends between `---request begin---` and `---request end---`; the command line holds `$PMS_TOKEN`, the printed request the token (`Authorization: Bearer …`).',
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: cmd('wget -d -q -O - --header="Authorization: Bearer $PMS_TOKEN" https://api.vetsuite-pms.example/v1/clinics/tvvg/rota', [
            'DEBUG output created by Wget 1.25.0 on darwin24.1.0.',
            '',
            '---request begin---',
            'GET /v1/clinics/tvvg/rota HTTP/1.1',
            'Host: api.vetsuite-pms.example',
            'User-Agent: Wget/1.25.0',
            'Accept: */*',
            'Accept-Encoding: identity',
            'Connection: Keep-Alive',
            `Authorization: Bearer ${tok}`,
            '',
            '---request end---',
            'HTTP request sent, awaiting response... 200 OK',
          ]),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'iterm-cat-script-google-chat-webhook',
      'error',
      WHY.webhook(
        'A Google Chat incoming webhook (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=<token>`, the `token` its secret) in the alert script the contractor prints with `cat`',
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: cmd('cat /usr/local/bin/notify-ops', [
            '#!/bin/sh',
            `curl -s -X POST -H 'Content-Type: application/json' 'https://chat.googleapis.com/v1/spaces/AAAA${rng.alnum(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}' -d "{\\"text\\": \\"$1\\"}"`,
          ]),
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: START, site: { host: 'iterm' }, filler, render, steps, header });
}

// =====================================================================================================================
// Ettrick Watter 'Oo Co-operative (Scots; Selkirk, Scottish Borders: GMT, UTC+0 in December)
// =====================================================================================================================

const EW = 'ettrickwatteroo.example';

// ---------------------------------------------------------------------------------------------------------------------
// element-desktop-rageshake.log: the co-op office's Element Desktop 1.12 logs as a rageshake (`/rageshake`) sends them
// and `Help & About > Download logs` saves them: `<ISO 8601 UTC with ms> <level letter> <message>`. The co-op's
// homeserver signs in through its Matrix Authentication Service (OIDC).
// The layout and the `Vector starting at <url>` and `Routing URL <url>` lines are from a rageshake log quoted in
// element-web PR #3072 (read through search); the other messages from memory.

function elementLog(rng) {
  const render = (e) => e.el.map(([lvl, msg]) => `${iso(e.t)} ${lvl} ${msg}`);
  const ROOMS = ['Clippin Sederunt', 'The Oo Shed', 'Dyehoose', 'Mercat Stall'];
  const filler = (rng) =>
    rng.pick([
      () => ({ el: [['I', `Sync state: SYNCING (next_batch s${rng.int(100000, 999999)}_${rng.int(1000, 9999)}_${rng.int(10, 99)})`]] }),
      () => ({ el: [['I', `Switching to room id !${rng.alnum(18)}:${EW} (${rng.pick(ROOMS)})`]] }),
      () => ({ el: [['W', `Failed to load image for m.room.avatar in ${rng.pick(ROOMS)}: 404`]] }),
      () => ({ el: [['I', `MatrixClient sync: ${rng.int(1, 30)} new events, ${rng.int(0, 9)} notifications`]] }),
    ])();
  const steps = [
    {
      raw: {
        el: [
          ['I', 'Initialised rageshake.'],
          ['I', 'Element Desktop 1.12.6 (Electron 39.2.1) on linux x64'],
        ],
      },
      after: 0,
    },
    plant(
      'oauth-code',
      'element-vector-starting-and-routing-oidc-code',
      'warning',
      `${WHY.code} Element Desktop comes back from the co-op's sign-in page through its own scheme (\`vector://vector/webapp/?code=…&state=…\`) and writes the address at start-up and again when it routes it.`,
      ({ rng }) => {
        const code = rng.alnum(32);
        const url = `vector://vector/webapp/?code=${code}&state=${rng.alnum(16)}`;
        return {
          value: code,
          event: {
            el: [
              ['I', `Vector starting at ${url}`],
              ['I', `Routing URL ${url}`],
            ],
          },
        };
      },
      { after: 2 },
    ),
    2,
    plant(
      'negative',
      'element-device-id',
      'none',
      "Element logs the session's device ID (ten capitals): it names a device of the account, no credential.",
      ({ rng }) => {
        const dev = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10);
        return {
          value: dev,
          event: {
            el: [['I', `setLoggedIn: mxid: @morag:${EW} deviceId: ${dev} guest: false hs: https://matrix.${EW} softLogout: false`]],
          },
        };
      },
    ),
    plant(
      'negative',
      'element-crypto-identity-key',
      'none',
      "The Rust crypto's start-up line gives the device's Curve25519 identity key (43 base64 characters): a public key, no credential.",
      ({ rng }) => {
        const k = b64n(rng, 43);
        return { value: k, event: { el: [['I', `Crypto: Rust crypto initialised; device identity key (curve25519): ${k}`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'element-integration-manager-scalar-token',
      'error',
      `${WHY.apiKey('scalar_token')} Element opens the co-op's integration manager with the user's \`scalar_token\` in the URL and logs the address.`,
      ({ rng }) => {
        const tok = rng.alnum(32);
        return {
          value: tok,
          event: {
            el: [['I', `Opening integration manager: https://dimension.${EW}/element?scalar_token=${tok}&room_id=!${rng.alnum(18)}:${EW}`]],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'element-media-url-access-token-query',
      'error',
      WHY.session(
        "A thumbnail fetched the old way, with the account's `access_token` (Synapse's `syt_…`) in the query, fails and Element logs the URL",
      ),
      ({ rng }) => {
        const tok = `syt_${Buffer.from('morag').toString('base64url')}_${rng.alnum(20)}_${rng.alnum(6)}`;
        return {
          value: tok,
          event: {
            el: [
              [
                'W',
                `Failed to fetch https://matrix.${EW}/_matrix/media/v3/thumbnail/${EW}/${rng.alnum(24)}?width=96&height=96&method=crop&access_token=${tok}: 502 Bad Gateway`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'element-jitsi-widget-url-jwt',
      'error',
      "The shearing-rota call's Jitsi widget on the co-op's own Jitsi with token authentication: Element logs the widget's URL, `jwt=<JWT>` in it, valid two hours, on a line in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7200,
          age: rng.int(60, 1200),
          claims: { iss: 'ettrick-oo', aud: 'jitsi', sub: `meet.${EW}`, room: 'ClippinSederunt', context: { user: { name: 'Morag' } } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            el: [
              [
                'I',
                `Adding widget jitsi_${rng.alnum(8)} in !${rng.alnum(18)}:${EW}: https://meet.${EW}/ClippinSederunt?jwt=${token}#config.startWithAudioMuted=true`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_SC + 8 * HOUR, site: { host: 'element' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// helix.log: the stock tools' developer's Helix 25.07 log (`~/.cache/helix/helix.log`): `<yyyy-mm-ddThh:mm:ss.mmm>
// <target> [<LEVEL>] <message>`, local time (GMT) without zone; `helix_lsp::transport` writes the messages it sends
// (`<server> -> <json>`), receives (`<- <json>`) and a server's stderr (`[ERROR] <server> err <- "<escaped line>"`).
// The layout and the `err <-` lines are from helix.log excerpts quoted in helix-editor/helix issues #10376, #14869 and
// #15610 and tekumara/typos-lsp issue #257 (read through search); the `->` lines at info level and lsp-ai's message
// from memory.

function helixLog(rng) {
  const render = (e) => e.hx.map(([target, lvl, msg]) => `${local(e.t, GMT).slice(0, 23)} ${target} [${lvl}] ${msg}`);
  const T = 'helix_lsp::transport';
  const ROOT = 'file:///home/eck/src/oo-stock';
  const open = (server, path, languageId, text) => [
    T,
    'INFO',
    `${server} -> ${JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { languageId, text, uri: `${ROOT}/${path}`, version: 0 } } })}`,
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        hx: [
          [
            T,
            'INFO',
            `rust-analyzer <- ${JSON.stringify({ jsonrpc: '2.0', method: '$/progress', params: { token: 'rustAnalyzer/Indexing', value: { kind: 'report', message: `${rng.int(1, 200)}/212 (oo_stock)`, percentage: rng.int(1, 99) } } })}`,
          ],
        ],
      }),
      () => ({ hx: [[T, 'ERROR', `rust-analyzer err <- "[WARN  project_model::workspace] unknown cfg key: \\"tokio_unstable\\"\\n"`]] }),
      () => ({ hx: [['helix_view::editor', 'INFO', `Save: ${rng.pick(['src/fleece.rs', 'src/main.rs', 'src/price.rs', 'README.md'])}`]] }),
      () => ({
        hx: [
          [
            T,
            'INFO',
            `rust-analyzer -> ${JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { contentChanges: [{ range: { start: { line: rng.int(1, 200), character: 0 }, end: { line: rng.int(1, 200), character: 0 } }, text: '    ' }], textDocument: { uri: `${ROOT}/src/fleece.rs`, version: rng.int(2, 300) } } })}`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'helix-didopen-cargo-lock-checksum',
      'none',
      "A `Cargo.lock` entry's `checksum` (SHA-256 of the crate from crates.io) in a `didOpen`: a checksum, no credential.",
      ({ rng }) => {
        const c = rng.hex(64);
        return {
          value: c,
          event: {
            hx: [
              open(
                'taplo',
                'Cargo.lock',
                'toml',
                `[[package]]\nname = "serde"\nversion = "1.0.228"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${c}"\n`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'helix-didopen-toml-api-kay',
      'error',
      `${WHY.apiKey('api_kay')} ("kay" is Scots for key) The developer opens the stock tool's settings and Helix logs the \`didOpen\` it sends to taplo, the file's text in it.`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            hx: [
              open(
                'taplo',
                'ettrick.toml',
                'toml',
                `[mercat]\nbase = "https://api.bordersmercat.example/v1"\napi_kay = "${key}"\n\n[fleece]\ngrades = ["fine", "medium", "strang"]\n`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'helix-stderr-lsp-ai-rust-debug-config-auth-token',
      'error',
      "lsp-ai cannot reach the co-op's model gateway and writes its configuration on stderr with Rust's `{:?}` (`Config { … auth_token: Some(\"…\") … }`); Helix logs the server's stderr.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            hx: [
              [
                T,
                'ERROR',
                `lsp-ai err <- "ERROR lsp_ai::transformer_worker: completion failed: error sending request for url (https://llm.${EW}/v1/completions) with config: Config { models: {\\"oo\\": OpenAI(OpenAI { auth_token_env_var_name: None, auth_token: Some(\\"${tok}\\"), completions_endpoint: Some(\\"https://llm.${EW}/v1/completions\\"), model: \\"oo-coder\\", max_requests_per_second: 1.0 }) } }\\n"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'helix-didopen-script-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) that puts each clippin's weights into the co-op's spreadsheet, in a script the developer opens",
      ),
      ({ rng }) => {
        const p = `${digits(rng, 8)}/${lowerNum(rng, 7)}`;
        return {
          value: p,
          event: {
            hx: [
              open(
                'bash-language-server',
                'scripts/clippin-weights.sh',
                'bash',
                `#!/bin/bash\n# Send the day's fleece weights tae the sheet\ncurl -s -X POST https://hooks.zapier.com/hooks/catch/${p}/ -d @weights.json\n`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'helix-didopen-http-file-authorization-basic',
      'error',
      "A request file for the online shop's admin API with its `Authorization: Basic <base64 of user:passwird>` header, opened in Helix and logged in the `didOpen`.",
      ({ rng }) => {
        const basic = b64Of(`eck:${rng.alnum(16)}`);
        return {
          value: basic,
          event: {
            hx: [
              open(
                'kulala-ls',
                'requests/mercat-stock.http',
                'http',
                `### Stock the nou\nGET https://shop.${EW}/admin/api/stock\nAuthorization: Basic ${basic}\nAccept: application/json\n`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'helix-didchange-pasted-refresh-taiken',
      'error',
      `${WHY.refresh} The developer pastes the shop platform's refresh token into the stock tool's secrets file (\`refresh_taiken\`, "taiken" Scots for token), and Helix logs the incremental \`didChange\` with the pasted text.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            hx: [
              [
                T,
                'INFO',
                `taplo -> ${JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: `refresh_taiken = "${rt}"\n` }], textDocument: { uri: `${ROOT}/saicrets.toml`, version: 3 } } })}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'helix-didopen-cargo-toml-git-rev',
      'none',
      'A git dependency pinned to a commit (`rev = "<40 hex>"`) in `Cargo.toml`: a commit id, no credential.',
      ({ rng }) => {
        const rev = rng.hex(40);
        return {
          value: rev,
          event: {
            hx: [
              open(
                'taplo',
                'Cargo.toml',
                'toml',
                `[package]\nname = "oo_stock"\nversion = "0.9.0"\n\n[dependencies]\nwoolgrade = { git = "https://codeberg.org/ettrick/woolgrade", rev = "${rev}" }\n`,
              ),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SC + 10 * HOUR, site: { host: 'helix' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// concrete-logs.csv: the co-op website's logs (Concrete CMS 9, Dashboard > Reports > Logs), exported as CSV for the
// web developer: `ID,Date,Level,Channel,User,Message`, the date in ISO 8601 with the site's offset (+00:00), Monolog's
// level names, a message of several lines quoted (RFC 4180). The site logs the mail it sends (channel `sent_emails`,
// with Concrete's `**EMAILS ARE ENABLED. THIS EMAIL HAS BEEN SENT**` banner and `Template Used:`/`Mail Details:`), its
// authentication failures and what the co-op's own package writes (channel `application`).
// From memory (not fetched): the export's columns and date format, the banner's wording, the reset link's path.

function concreteLog(rng) {
  let id = 18400 + rng.int(0, 500);
  const render = (e) =>
    lines(
      `${(id += rng.int(1, 4))},${local(e.t, GMT).slice(0, 19)}+00:00,${e.cc.level},${e.cc.channel},${csv(e.cc.user ?? '')},${csv(e.cc.msg)}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => {
        const who = rng.pick(['morag', 'eck', 'shona']);
        return { cc: { level: 'INFO', channel: 'authentication', user: who, msg: `Login: user ${who} signed in (ye're in)` } };
      },
      () => ({
        cc: {
          level: 'NOTICE',
          channel: 'application',
          user: '',
          msg: `Mercat stock sync: ${rng.int(10, 90)} items updated, ${rng.int(0, 4)} oot o stock`,
        },
      }),
      () => ({
        cc: {
          level: 'ERROR',
          channel: 'exceptions',
          user: '',
          msg: `Exception Occurred: /var/www/${EW}/public/concrete/src/Page/Page.php:${rng.int(200, 3000)} Call to a member function getCollectionID() on null (0)`,
        },
      }),
      () => ({
        cc: { level: 'WARNING', channel: 'security', user: '', msg: `Failed login attempt for user "admin" from ${publicIp(rng)}` },
      }),
    ])();
  const mail = (to, template, subject, body, extra = []) =>
    [
      '**EMAILS ARE ENABLED. THIS EMAIL HAS BEEN SENT**',
      `Template Used: ${template}`,
      'Mail Details: Reply-To: ',
      `From: Ettrick Watter 'Oo <naebody@${EW}>`,
      `To: ${to}`,
      `Subject: ${subject}`,
      ...extra,
      'Body:',
      ...body,
    ].join('\n');
  const steps = [
    2,
    plant(
      'path-secret',
      'concrete-sent-email-forgot-password-change-link',
      'error',
      WHY.pathSecret(
        "Concrete logs every mail it sends; a member's forgotten-passwird mail holds the change link with its hash (`/login/callback/concrete/change_password/<hash>`)",
      ),
      ({ rng }) => {
        const h = rng.alnum(32);
        return {
          value: h,
          event: {
            cc: {
              level: 'INFO',
              channel: 'sent_emails',
              user: '',
              msg: mail('shona.scott@borders-mail.example', 'forgot_password', 'Forgot yer passwird', [
                'Dear shona,',
                '',
                'Somebody (mebbe you) asked tae chynge yer passwird on the Ettrick Watter Oo site. Follow this link tae set a new ane:',
                '',
                `https://${EW}/index.php/login/callback/concrete/change_password/${h}`,
                '',
                'If ye didnae ask for this, ye can jist ignore this email.',
              ]),
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'concrete-logged-url-ccm-token',
      'none',
      "Concrete's form token `ccm_token` (`<Unix time>:<32 hex>`, its CSRF protection) in a logged URL: tied to one form and one session, no credential.",
      ({ rng, t }) => {
        const tk = `${Math.floor(t / 1000) - rng.int(30, 900)}:${rng.hex(32)}`;
        return {
          value: tk,
          event: {
            cc: {
              level: 'WARNING',
              channel: 'application',
              user: 'eck',
              msg: `Fleece price import skipped a row: /index.php/dashboard/fleece/import?ccm_token=${tk}&row=${rng.int(2, 90)}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'concrete-application-print-r-cookie-concrete',
      'error',
      WHY.session(
        "The co-op's shop package writes the visitor's cookies with PHP's `print_r($_COOKIE, true)` when a cairt (basket) goes missing, Concrete's session cookie `CONCRETE` among them",
      ),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: sid,
          event: {
            cc: {
              level: 'WARNING',
              channel: 'application',
              user: '',
              msg: `Cairt no found efter payment, cookies:\nArray\n(\n    [CONCRETE] => ${sid}\n    [cairt] => ${rng.int(100, 999)}\n    [ConcreteSitemapTreeID] => 1\n)\n`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'concrete-sent-email-quoted-printable-saicret',
      'error',
      'An order mail logged in its quoted-printable form: `=` written `=3D` and the long line broken with a soft `=`; the tracking link\'s `saicret` ("secret") stands on the continuation line as `saicret=3D<value>`.',
      ({ rng }) => {
        const s = rng.alnum(24);
        return {
          value: s,
          needle: `saicret=3D${s}`,
          event: {
            cc: {
              level: 'INFO',
              channel: 'sent_emails',
              user: '',
              msg: mail(
                'j.hogg@borders-mail.example',
                'order_complete',
                "Yer order's on its wey",
                [
                  'Thenk ye for yer order!',
                  '',
                  'Follow it here:',
                  `https://shop.${EW}/order/track?order=3D${rng.int(4000, 4999)}&=`,
                  `saicret=3D${s}`,
                  '',
                  'Aw the best fae Selkirk',
                ],
                ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable'],
              ),
            },
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'concrete-authentication-oidc-id-token-rejected',
      'error',
      "The members' sign-in through the co-op's identity provider fails on an audience check and the OpenID Connect add-on logs the `id_token` it rejected; an hour-long token, live at the row's time (+00:00)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 120),
          claims: { iss: `https://id.${EW}`, aud: 'oo-shop', sub: rng.uuid(), preferred_username: 'morag' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cc: {
              level: 'ERROR',
              channel: 'authentication',
              user: '',
              msg: `OpenID Connect: id_token rejected (aud "oo-shop" no expected "oo-site"): ${token}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'concrete-application-gravatar-md5',
      'none',
      "A member's avatar address on Gravatar (`/avatar/<MD5 of the e-mail>`): a hash of an address, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            cc: {
              level: 'INFO',
              channel: 'application',
              user: 'shona',
              msg: `Member profile updated, avatar https://www.gravatar.com/avatar/${h}?s=80&d=identicon`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'concrete-application-metabase-embed-dashboard-10min',
      'error',
      "The dashboard page's block logs the signed Metabase embed it renders (`/embed/dashboard/<JWT>`), valid ten minutes without a jti, live at the row's time (+00:00)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(1, 30),
          claims: { resource: { dashboard: 7 }, params: { clippin: '2027' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cc: {
              level: 'INFO',
              channel: 'application',
              user: 'eck',
              msg: `Stock dashboard block rendered https://stats.${EW}/embed/dashboard/${token}#bordered=false&titled=true`,
            },
          },
        };
      },
    ),
    2,
  ];
  const header = ['ID,Date,Level,Channel,User,Message'];
  return buildLog(rng, { start: DAY_SC + 7 * HOUR, site: { host: 'concrete' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// sync.log: Resilio Sync 3.x on the co-op's NAS, sharing the shearing photos and the fleece records with the members
// (debug logging on, `sync.log` in the storage folder): `[<yyyymmdd hh:mm:ss.mmm>] <message>`, local time (GMT)
// without zone.
// From memory (a search found Resilio's Management Console event-log schema, not sync.log): the layout and messages.

function resilioLog(rng) {
  const render = (e) => e.rs.map((m) => `[${ymdHmsAt(e.t, GMT).replace(/-/g, '')}.${local(e.t, GMT).slice(20, 23)}] ${m}`);
  const FOLDERS = ['/srv/oo/Clippin Photies', '/srv/oo/Fleece Records', '/srv/oo/Dyehoose'];
  const filler = (rng) =>
    rng.pick([
      () => ({ rs: [`SyncFolder[${rng.pick(FOLDERS)}]: scan finished, ${rng.int(10, 900)} files, ${rng.int(0, 5)} changed`] }),
      () => ({
        rs: [`Peer ${rng.pick(['morag-laptop', 'eck-phone', 'shona-pc'])}: connected via TCP ${publicIp(rng)}:${rng.int(1024, 65535)}`],
      }),
      () => ({ rs: [`MC[${rng.pick(FOLDERS)}]: merged ${rng.int(1, 30)} files from peer`] }),
      () => ({ rs: [`Tracker: ${rng.int(1, 6)} peers for ${rng.int(1, 3)} folders`] }),
    ])();
  const steps = [
    { raw: { rs: ['Resilio Sync 3.0.2 (1411) linux x64', 'Debug log enabled (mask FFFFFFFF)'] }, after: 0 },
    plant(
      'api-key-name',
      'resilio-config-dump-webui-api-key',
      'error',
      `${WHY.apiKey('api_key')} At start-up, with debug logging, Sync writes the configuration it loaded, the web UI's API key included.`,
      ({ rng }) => {
        const key = upperNum(rng, 72);
        return {
          value: key,
          event: {
            rs: [
              `Config loaded: {"storage_path":"/var/lib/resilio-sync","webui":{"listen":"0.0.0.0:8888","api_key":"${key}"},"use_upnp":false}`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'negative',
      'resilio-peer-id',
      'none',
      "A peer's ID (40 hex digits) in a connection line: it names a device of the share, no credential.",
      ({ rng }) => {
        const pid = rng.hex(40).toUpperCase();
        return { value: pid, event: { rs: [`Peer ${pid} (shona-pc): handshake ok, protocol 2.7`] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'resilio-add-folder-read-write-secret',
      'error',
      `${WHY.apiKey('secret')} A folder added through the web UI is logged with its read-write secret (33 base32 characters starting with \`A\`); whoever has it can change the folder.`,
      ({ rng }) => {
        const s = `A${base32(rng, 32)}`;
        return { value: s, event: { rs: [`AddFolder: path="/srv/oo/Fleece Records", secret=${s}, type=read_write`] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'resilio-proxy-connect-proxy-authorization',
      'error',
      "Sync reaches the tracker through the mill's HTTP proxy, and debug logging writes the `CONNECT` request it sends, `Proxy-Authorization: Basic <base64 of user:passwird>` in it.",
      ({ rng }) => {
        const basic = b64Of(`oo-nas:${rng.alnum(14)}`);
        return {
          value: basic,
          event: {
            rs: [
              `HttpProxy: sending "CONNECT t.resilio.com:443 HTTP/1.1\\r\\nHost: t.resilio.com:443\\r\\nProxy-Authorization: Basic ${basic}\\r\\n\\r\\n"`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'resilio-webui-request-csrf-token',
      'none',
      "The web UI's requests carry its anti-forgery `token=` (fetched from `/gui/token.html` for the page): tied to the browser's session and one page, no credential on its own.",
      ({ rng }) => {
        const tk = rng.b64url(64);
        return { value: tk, event: { rs: [`WebUI: GET /gui/?token=${tk}&action=getsyncfolders&discovery=1 from 192.168.10.23`] } };
      },
    ),
    2,
    plant(
      'path-secret',
      'resilio-link-processed-share-link-secret',
      'error',
      WHY.pathSecret(
        "A Resilio share link sent to a member (`link.resilio.com/#f=<folder>&…&s=<secret>&…`), written when the member's device processes it; the `s` in its fragment opens the folder",
      ),
      ({ rng }) => {
        const s = base32(rng, 33);
        return {
          value: s,
          event: {
            rs: [`Link: processing https://link.resilio.com/#f=Clippin%20Photies&sz=31E8&t=1&s=${s}&i=C${base32(rng, 32)}&e=&v=2.7`],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_SC + 6 * HOUR, site: { host: 'resilio' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// thonny-backend.log: Thonny 4.1's `backend.log` while the dye-house thermometer (a Raspberry Pi Pico W on MicroPython)
// is being programmed, debug logging on: `<HH:MM:SS.mmm> [<thread>] <LEVEL, 7 wide> <logger>: <message>`, local time
// without date or zone; its start lines print the backend's arguments as Python reprs.
// The start lines (`Thonny version:`, `cwd:`, `original argv:` with the options dict, `sys.executable:`) and the layout
// are from backend.log excerpts quoted in thonny/thonny issues #2748, #3044, #3224 and #3681 (read through search); the
// debug lines with the bytes written to and read from the device from memory.

function thonnyLog(rng) {
  const render = (e) => e.th.map(([lvl, name, msg]) => `${hmsMs(e.t, GMT)} [MainThread] ${lvl.padEnd(7)} ${name}: ${msg}`);
  const MP = 'thonny.plugins.micropython.mp_back';
  const BM = 'thonny.plugins.micropython.bare_metal_backend';
  const read = (text) => [['DEBUG', BM, `Read from device: ${pyBytes(text)}`]];
  const filler = (rng) =>
    rng.pick([
      () => ({ th: read(`Dyehoose: vat ${rng.int(1, 3)} at ${rng.int(60, 98)}.${rng.int(0, 9)} C\r\n`) }),
      () => ({ th: [['DEBUG', BM, `Executing ${pyBytes('__thonny_helper.print_mgmt_value(__thonny_helper.os.listdir("/"))')}`]] }),
      () => ({ th: read(`Wifi: rssi -${rng.int(40, 80)} dBm\r\n`) }),
    ])();
  const argv =
    "{'clean': True, 'port': '/dev/ttyACM0', 'dtr': None, 'rts': None, 'submit_mode': 'raw_paste', 'interrupt_on_connect': True, 'write_block_size': 64, 'write_block_delay': None, 'proxy_class': 'RaspberryPiPicoBackendProxy', 'sync_time': True, 'validate_time': False, 'local_rtc': True}";
  const header = [
    `${hmsMs(DAY_SC + 14 * HOUR, GMT)} [MainThread] INFO    thonny: Thonny version: 4.1.7`,
    `${hmsMs(DAY_SC + 14 * HOUR, GMT)} [MainThread] INFO    thonny: cwd: /home/eck/dyehoose`,
    `${hmsMs(DAY_SC + 14 * HOUR, GMT)} [MainThread] INFO    thonny: original argv: ['/usr/bin/python3', '-s', '-u', '-B', '/usr/lib/python3/dist-packages/thonny/plugins/rp2040/rp2040_back.py', "${argv}"]`,
    `${hmsMs(DAY_SC + 14 * HOUR, GMT)} [MainThread] INFO    thonny: sys.executable: /usr/bin/python3`,
  ];
  const steps = [
    2,
    plant(
      'negative',
      'thonny-device-unique-id',
      'none',
      "The sketch prints the board's `machine.unique_id()` as hex at boot: a serial number of the flash chip, no credential.",
      ({ rng }) => {
        const uid = rng.hex(16);
        return { value: uid, event: { th: read(`Dyehoose thermometer v0.4, board ${uid}\r\n`) } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'thonny-write-file-secrets-py-wifi-passwird',
      'error',
      "Thonny uploads the thermometer's `saicrets.py` and its debug log writes the bytes it sends as a Python bytes repr, the Wi-Fi `PASSWIRD` in them.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            th: [
              [
                'DEBUG',
                MP,
                `Writing /saicrets.py (${60 + pw.length} bytes): ${pyBytes(`WIFI_SSID = 'EttrickOo-Dyehoose'\nWIFI_PASSWIRD = '${pw}'\n`)}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'thonny-device-output-readings-url-kay',
      'error',
      `${WHY.apiKey('kay')} ("kay", Scots for key) The thermometer prints each reading it posts, with the co-op's API key in the URL, and Thonny's debug log keeps what it read from the device.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { th: read(`POST https://api.${EW}/v1/dyehoose/readings?kay=${key} -> 201\r\n`) } };
      },
    ),
    2,
    plant(
      'encoded',
      'thonny-device-output-base64-config-saicret',
      'error',
      'At boot the thermometer prints its MQTT configuration base64-encoded ("conf: …"); decoded, the JSON holds the broker\'s `saicret`.',
      ({ rng }) => {
        const b = b64Of(JSON.stringify({ broker: `mqtts://mqtt.${EW}:8883`, user: 'dyehoose', saicret: rng.alnum(24) }));
        return { value: b, event: { th: read(`conf: ${b}\r\n`) } };
      },
    ),
    2,
    plant(
      'webhook',
      'thonny-device-output-home-assistant-webhook',
      'error',
      WHY.webhook(
        'A Home Assistant webhook (`/api/webhook/<id>`, no other authentication) the thermometer calls when a vat runs hot, printed by the sketch',
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return { value: id, event: { th: read(`Vat 2 ower het! POST https://hame.${EW}/api/webhook/${id} -> 200\r\n`) } };
      },
    ),
    2,
    plant(
      'path-secret',
      'thonny-device-output-pairt-link',
      'error',
      WHY.pathSecret(
        'The thermometer uploads the day\'s chart and prints the share link the co-op\'s server gives it (`/pairt/<token>`, "pairt" Scots for share)',
      ),
      ({ rng }) => {
        const tok = rng.b64url(22);
        return { value: tok, event: { th: read(`Chairt pairtit: https://files.${EW}/pairt/${tok}\r\n`) } };
      },
    ),
    2,
    plant(
      'negative',
      'thonny-same-sha256-skip',
      'none',
      "Thonny compares the local and the device's copy of `main.py` by SHA-256 before an upload: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { th: [['INFO', MP, `Local /home/eck/dyehoose/main.py and remote /main.py have same sha256 (${h}), skipping`]] },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_SC + 14 * HOUR, site: { host: 'thonny' }, filler, render, steps, header });
}

/** Python's repr of bytes (ASCII text): `b'…'` with `\r`, `\n`, `\\` escaped, and `b"…"` when the text holds `'`. */
function pyBytes(text) {
  const esc = text.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return text.includes("'") && !text.includes('"') ? `b"${esc}"` : `b'${esc.replace(/'/g, "\\'")}'`;
}

// =====================================================================================================================
// Таргъу-Тав къумукъ маданият жамияты, the Targhu-Taw Kumyk culture society (Kumyk; Makhachkala: MSK, UTC+3 all year)
// =====================================================================================================================

const KT = 'targhutav.example';
/** PHP's json_encode: `/` written `\/`. */
const phpJson = (v) => JSON.stringify(v).replace(/\//g, '\\/');

// ---------------------------------------------------------------------------------------------------------------------
// xf_error_log.txt: the society forum's server error log (XenForo 2.3), read by its admin with `mysql --binary-as-hex
// -e 'SELECT * FROM xf_error_log ORDER BY error_id\G'`: per row the `*** N. row ***` rule, then `error_id`,
// `exception_date` (Unix seconds, UTC), `user_id`, `ip_address` (binary, shown in hex), `exception_type`, `message`,
// `filename`, `line`, `trace_string` (several lines), `request_state` (JSON written by PHP: `url`, `referrer`, `_GET`,
// `_POST`), field names right-aligned.
// From memory (not fetched): the table's columns, `request_state` as JSON and XenForo's masking of `password` in it.

function xenforoLog(rng) {
  let row = 0;
  let eid = 3300 + rng.int(0, 400);
  const F = (name, value) => `${name.padStart(14)}: ${value}`;
  const render = (e) => {
    const x = e.xf;
    return [
      `*************************** ${++row}. row ***************************`,
      F('error_id', (eid += rng.int(1, 6))),
      F('exception_date', Math.floor(e.t / 1000)),
      F('user_id', x.user ?? 'NULL'),
      F(
        'ip_address',
        `0x${e.ip
          .split('.')
          .map((n) => pad(Number(n).toString(16).toUpperCase()))
          .join('')}`,
      ),
      F('exception_type', x.type ?? 'ErrorException'),
      F('message', x.msg),
      F('filename', x.file ?? `/var/www/${KT}/src/addons/Targhu/Kitaphana/Pub/Controller/Kitap.php`),
      F('line', x.line ?? rng.int(20, 400)),
      F(
        'trace_string',
        `#0 /var/www/${KT}/src/XF/Mvc/Dispatcher.php(${rng.int(300, 400)}): ${x.fn ?? 'Targhu\\Kitaphana\\Pub\\Controller\\Kitap->actionIndex(Object(XF\\Mvc\\ParameterBag))'}`,
      ),
      `#1 /var/www/${KT}/src/XF/Mvc/Dispatcher.php(${rng.int(100, 200)}): XF\\Mvc\\Dispatcher->dispatchClass('Targhu\\\\Kitaphana...', 'Index', Object(XF\\Mvc\\RouteMatch), Object(Targhu\\Kitaphana\\Pub\\Controller\\Kitap), NULL)`,
      `#2 /var/www/${KT}/index.php(20): XF::runApp('XF\\\\Pub\\\\App')`,
      '#3 {main}',
      F('request_state', phpJson({ url: x.url, referrer: x.referrer ?? false, _GET: x.get ?? [], _POST: x.post ?? [] })),
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        xf: {
          msg: '[E_WARNING] Undefined array key "kitap_id"',
          url: `/kitaphana/kitap/${rng.int(10, 900)}`,
          referrer: `https://${KT}/kitaphana/`,
        },
      }),
      () => ({
        xf: {
          type: 'XF\\PrintableException',
          msg: 'Китап тапылмады.',
          url: `/kitaphana/kitap/${rng.int(900, 2000)}`,
          get: { sahypa: String(rng.int(1, 9)) },
        },
      }),
      () => ({
        xf: {
          type: 'XF\\Db\\DeadlockException',
          msg: 'MySQL query error [1213]: Deadlock found when trying to get lock; try restarting transaction',
          url: '/job.php',
          file: `/var/www/${KT}/src/XF/Db/AbstractStatement.php`,
          fn: 'XF\\Db\\AbstractStatement->getException(...)',
        },
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'xenforo-request-state-post-xftoken',
      'none',
      "A failed post's `_POST` keeps XenForo's form token `_xfToken` (`<Unix time>,<32 hex>`, its CSRF protection): tied to one session and a time, it opens nothing.",
      ({ rng, t }) => {
        const tk = `${Math.floor(t / 1000) - rng.int(20, 600)},${rng.hex(32)}`;
        return {
          value: tk,
          event: {
            xf: {
              type: 'XF\\Db\\Exception',
              msg: 'MySQL statement prepare error [1205]: Lock wait timeout exceeded',
              url: '/threads/kumuk-tilni-sozlugu.412/add-reply',
              referrer: `https://${KT}/threads/kumuk-tilni-sozlugu.412/`,
              post: { message_html: '<p>Савбол!</p>', _xfRequestUri: '/threads/kumuk-tilni-sozlugu.412/', _xfToken: tk },
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'xenforo-request-state-post-masked-password',
      'none',
      'A failed sign-in\'s `_POST` with the password as XenForo masks it in the error log (`"password":"********"`): a mask, no credential.',
      ({ rng }) => ({
        value: '********',
        needle: '"password":"********"',
        event: {
          xf: {
            type: 'XF\\Db\\Exception',
            msg: 'MySQL server has gone away',
            url: '/login/login',
            referrer: `https://${KT}/login/`,
            post: { login: 'patimat', password: '********', remember: '1', _xfRedirect: `https://${KT}/` },
            line: rng.int(80, 120),
          },
        },
      }),
    ),
    2,
    plant(
      'oauth-code',
      'xenforo-request-state-connected-account-yandex-code',
      'warning',
      `${WHY.code} A sign-in through Yandex ID (a connected-account add-on) throws in its callback, and the row's \`request_state\` keeps the callback's \`url\` and \`_GET\` with the code.`,
      ({ rng }) => {
        const code = lowerNum(rng, 16);
        const state = rng.hex(32);
        return {
          value: code,
          event: {
            xf: {
              type: 'XF\\ConnectedAccount\\Exception',
              msg: 'Invalid response from provider: cid mismatch',
              url: `/connected_account.php?code=${code}&state=${state}&cid=${digits(rng, 6)}`,
              referrer: 'https://oauth.yandex.ru/',
              get: { code, state },
            },
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'xenforo-request-state-get-achgych',
      'error',
      `${WHY.apiKey('achgych')} (ачгъыч, "key") The library app's API route of the society's add-on fails, and \`request_state\` keeps the request's URL and \`_GET\` with the key.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            xf: {
              type: 'XF\\PrintableException',
              msg: 'Ачгъыч тюз тюгюл.',
              url: `/kitaphana/api/kitaplar?til=kum&achgych=${key}`,
              get: { til: 'kum', achgych: key },
            },
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'xenforo-request-state-post-oauth2-refresh-token',
      'error',
      `${WHY.refresh} The library app renews its session at the forum's OAuth2 endpoint, the request throws, and \`request_state\`'s \`_POST\` keeps \`refresh_token\`.`,
      ({ rng }) => {
        const rt = rng.alnum(64);
        return {
          value: rt,
          event: {
            xf: {
              type: 'LogicException',
              msg: 'Could not find client by ID',
              url: '/api/oauth2/token',
              file: `/var/www/${KT}/src/XF/Api/Controller/OAuth2.php`,
              post: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'kitaphana-android' },
            },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'xenforo-request-state-referrer-embed-expired',
      'note',
      'The news widget the society embeds on partner sites (`/embed/habarlar/<JWT>`, хабарлар "news") is the `referrer` of a failed request; its token had expired a day before the row\'s `exception_date` (Unix time, UTC)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: 8 * 86400 + rng.int(0, 3600),
          claims: { iss: KT, aud: 'habarlar-widget', sub: 'partner-17' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            xf: {
              msg: '[E_WARNING] Undefined array key "habar_id"',
              url: '/habarlar/widget.json?san=5',
              referrer: `https://${KT}/embed/habarlar/${token}`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'xenforo-message-curl-error-power-automate-sig',
      'error',
      WHY.webhook(
        "A Power Automate (Logic Apps) HTTP trigger (`…/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`) the add-on posts new members to; Guzzle's time-out message quotes the URL",
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: {
            xf: {
              type: 'GuzzleHttp\\Exception\\ConnectException',
              msg: `cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://prod-${rng.int(10, 40)}.westeurope.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
              url: '/register/register',
              file: `/var/www/${KT}/src/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php`,
            },
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'xenforo-request-state-referrer-tolev-link',
      'error',
      WHY.pathSecret(
        'A membership payment link (`/tolev/<token>`, тёлев "payment") sent to a member is the `referrer` of a failed request',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { xf: { msg: '[E_WARNING] Undefined variable $ustav', url: '/tolev/qabul', referrer: `https://${KT}/tolev/${tok}` } },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KU + 5 * HOUR, site: { host: 'xenforo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// aruba-instant.log: the society office's Aruba Instant 8.12 cluster (virtual controller `Targhu-VC`) sending syslog to
// the office server, the guest network's captive portal on the society's own server: `<Mon DD hh:mm:ss> <AP address>
// <process>[<pid>]: <<message id>> <<LEVEL>> |AP <AP name>@<AP address> <process>|  <message>`, local time (MSK)
// without zone or year.
// The `<id> <LEVEL> |AP <mac or name>@<ip> <process>|` layout is from ArubaOS's syslog guide as quoted on the Aruba
// community forum ("Understanding syslog format in AOS8", read through search); Instant's messages, message ids and the
// REST API's `sid` from memory.

function arubaLog(rng) {
  const AP = ['Kitaphana-AP1', 'Zal-AP2'];
  const render = (e) => {
    const d = local(e.t, MSK);
    const stamp = `${MONTHS[Number(d.slice(5, 7)) - 1]} ${String(Number(d.slice(8, 10))).padStart(2, ' ')} ${d.slice(11, 19)}`;
    const ap = e.ap ?? 0;
    const ip = `10.10.0.${11 + ap}`;
    return e.ar.map(
      ([proc, pid, msgid, lvl, msg]) => `${stamp} ${ip} ${proc}[${pid}]: <${msgid}> <${lvl}> |AP ${AP[ap]}@${ip} ${proc}|  ${msg}`,
    );
  };
  const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2)).join(':');
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        ap: rng.int(0, 1),
        ar: [
          [
            'stm',
            3106,
            501100,
            'NOTI',
            `Assoc success @ ${hmsMs(t, MSK)}${digits(rng, 3)}: ${mac(rng)}: AP ${rng.pick(['Targhu-Ofis', 'Targhu-Qonaq'])}`,
          ],
        ],
      }),
      () => ({
        ap: rng.int(0, 1),
        ar: [['stm', 3106, 501080, 'NOTI', `Deauth to sta: ${mac(rng)}: Ageout AP STA has roamed to another AP`]],
      }),
      () => ({
        ap: 0,
        ar: [
          [
            'sapd',
            3095,
            404003,
            'WARN',
            `AM ${mac(rng)}: Interfering AP detected with SSID ${rng.pick(['Rostelecom_5G', 'DIRECT-3C-HP', 'Kafe_Tarki'])} and BSSID ${mac(rng)}`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'api-key-name',
      'aruba-cli-config-external-portal-achgych',
      'error',
      `${WHY.apiKey('achgych')} (ачгъыч, "key") The guest network's external captive portal is configured with the society's portal key in its URL, and the configuration change is written to syslog.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ap: 0,
            ar: [
              [
                'cli',
                2634,
                341004,
                'WARN',
                `Config change: external-captive-portal "qonaq" server qonaq.${KT} port 443 url "/portal?achgych=${key}" auth-text "Хош гелдигиз"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'aruba-radius-acct-session-id',
      'none',
      "A RADIUS accounting start's `Acct-Session-Id` (hex): it numbers a client's accounting session for the billing server, no credential.",
      ({ rng }) => {
        const asid = rng.hex(16).toUpperCase();
        return {
          value: asid,
          event: {
            ap: 1,
            ar: [['auth', 3117, 522008, 'NOTI', `Accounting-Request Start for ${mac(rng)}: Acct-Session-Id=${asid} server=radius.${KT}`]],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'aruba-captive-portal-redirect-url-percent-encoded-belgi',
      'error',
      'A guest\'s first request is sent to the external portal, and the redirect the AP logs carries the page the guest asked for in `url=`, percent-encoded: the library app\'s reading link with its `belgi` (белги, "token") as `%3Fbelgi%3D…`.',
      ({ rng }) => {
        const tok = rng.b64url(32);
        const m = mac(rng);
        return {
          value: tok,
          event: {
            ap: 0,
            ar: [
              [
                'httpd',
                3201,
                341274,
                'INFO',
                `CP redirect ${m} (192.168.20.${rng.int(20, 200)}) to https://qonaq.${KT}/portal?cmd=login&mac=${m}&essid=Targhu-Qonaq&apname=Kitaphana-AP1&vcname=Targhu-VC&switchip=securelogin.arubanetworks.com&url=https%3A%2F%2Fkitaphana.${KT}%2Fohuv%3Fbelgi%3D${tok}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'aruba-captive-portal-login-bilet-first',
      'note',
      WHY.ticketFirst(
        "A guest ticket (`bilet`, билет) for one visitor's device, checked by the portal and logged by the AP when it lets the client on. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(12);
        firstUse.bilet = t;
        return {
          value: tk,
          event: {
            ap: 1,
            ar: [
              [
                'httpd',
                3201,
                341275,
                'INFO',
                `CP login ok ${mac(rng)} (192.168.20.${rng.int(20, 200)}) user "qonaq" url=https://qonaq.${KT}/giriv?bilet=${tk}`,
              ],
            ],
          },
        };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'session-id',
      'aruba-httpd-rest-api-sid',
      'error',
      WHY.session(
        "The office manager's monitoring script calls Instant's REST API with its session id in the query (`sid=`), and the AP logs the request",
      ),
      ({ rng }) => {
        const sid = rng.alnum(20);
        return {
          value: sid,
          event: {
            ap: 0,
            ar: [
              [
                'httpd',
                3201,
                341280,
                'INFO',
                `REST API from 10.10.0.50: GET /rest/show-cmd?iap_ip_addr=10.10.0.11&cmd=show%20clients&sid=${sid}`,
              ],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'replay',
      'aruba-captive-portal-login-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} A second device, with another MAC and address, came onto the guest network with the same ticket and the AP let it on.`,
          },
        ],
        event: {
          ap: 0,
          ar: [
            [
              'httpd',
              3201,
              341275,
              'INFO',
              `CP login ok ${mac(rng)} (192.168.20.${rng.int(20, 200)}) user "qonaq" url=https://qonaq.${KT}/giriv?bilet=${refs.get('bilet').value}`,
            ],
          ],
        },
      }),
      { replayOf: 'bilet', after: 212 },
    ),
    2,
    plant(
      'negative',
      'aruba-image-upgrade-md5',
      'none',
      "The AP's image check after an upgrade (`md5 <32 hex>`): a checksum of the firmware, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { ap: 1, ar: [['cli', 2634, 341006, 'NOTI', `Image upgrade: ArubaInstant_Ursa_8.12.0.5_91384 verified, md5 ${h}`]] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KU + 9 * HOUR, site: { host: 'aruba' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mobaxterm-kitaphana-20280110.log: the library app's server seen from the society's admin's Windows PC through
// MobaXterm 24 (Settings > Terminal > "Save terminal output to a file"): MobaXterm's session banner, then the
// terminal's output as received, no time on the lines (nginx's access lines in it carry their own, +0300; the
// Elixir app's printed struct its `updated_at` in UTC).
// From memory (not fetched): the banner's wording; the Elixir `inspect` and nginx's combined format as they print.

function mobaLog(rng) {
  const PROMPT = 'admin@kitaphana:~$ ';
  const render = (e) => e.mx;
  let phase = 'shell';
  const access = (
    rng,
    t,
    { ip = publicIp(rng), method = 'GET', path, status = 200, ua = rng.pick(BROWSERS), bytes = rng.int(300, 40000) },
  ) => `${ip} - - [${clf(t, MSK)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "-" "${ua}"`;
  const filler = (rng, t) => {
    if (phase === 'tail')
      return {
        mx: [access(rng, t, { path: rng.pick(['/', '/kitaplar?til=kum', `/kitap/${rng.int(10, 900)}`, '/assets/app.css', '/habarlar']) })],
      };
    return rng.pick([
      () => ({
        mx: [
          `${PROMPT}uptime`,
          ` ${hms(t, MSK)} up ${rng.int(5, 200)} days,  1 user,  load average: 0.${rng.int(10, 99)}, 0.${rng.int(10, 99)}, 0.${rng.int(10, 99)}`,
        ],
      }),
      () => ({ mx: [`${PROMPT}systemctl is-active kitaphana-web nginx redis-server`, 'active', 'active', 'active'] }),
      () => ({
        mx: [
          `${PROMPT}df -h /srv`,
          'Filesystem      Size  Used Avail Use% Mounted on',
          `/dev/vdb1        98G   ${rng.int(10, 80)}G   ${rng.int(10, 80)}G  ${rng.int(10, 80)}% /srv`,
        ],
      }),
    ])();
  };
  const header = [
    `     ┌${'─'.repeat(70)}┐`,
    ...[
      '                 • MobaXterm Personal Edition v24.4 •',
      '               (SSH client, X server and network tools)',
      '',
      ` ➤ SSH session to admin@kitaphana.${KT}`,
      '   • Direct SSH      :  ✓',
      '   • SSH compression :  ✓',
      '   • X11-forwarding  :  ✗  (disabled or not supported by server)',
    ].map((text) => `     │${text.padEnd(70)}│`),
    `     └${'─'.repeat(70)}┘`,
    '',
    'Linux kitaphana 6.12.48-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 x86_64',
    `Last login: Fri Jan  7 18:02:11 2028 from 10.10.0.50`,
  ];
  const steps = [
    1,
    {
      raw: {
        get mx() {
          phase = 'tail';
          return [`${PROMPT}sudo tail -f /var/log/nginx/access.log`];
        },
      },
    },
    2,
    plant(
      'path-secret',
      'moba-tail-access-log-paylash-link',
      'error',
      WHY.pathSecret(
        'A shared book file (`/paylash/<token>/…pdf`, пайлаш "share") fetched by a reader, in the access lines the admin follows with `tail -f`',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { mx: [access(rng, t, { path: `/paylash/${tok}/tarihi-tarki.pdf`, bytes: rng.int(900000, 4000000) })] },
        };
      },
    ),
    2,
    plant(
      'replay',
      'moba-tail-access-log-ws-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use WebSocket ticket (`/ws?bilet=…`, билет "ticket") with which the library app\'s reading room opens its live connection; nginx logs the upgrade (101). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.wsbilet = t;
        return { value: tk, event: { mx: [access(rng, t, { ip: '198.51.100.77', path: `/ws?bilet=${tk}`, status: 101, bytes: 0 })] } };
      },
      { ref: 'wsbilet' },
    ),
    2,
    plant(
      'replay',
      'moba-tail-access-log-ws-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('wsbilet').value,
            why: `${WHY.replay('bilet', gap('wsbilet', t))} Another address opened the reading room's WebSocket with the same ticket and nginx switched protocols again (101).`,
          },
        ],
        event: {
          mx: [
            access(rng, t, {
              ip: '203.0.113.190',
              path: `/ws?bilet=${refs.get('wsbilet').value}`,
              status: 101,
              bytes: 0,
              ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/143.0.0.0 Safari/537.36',
            }),
          ],
        },
      }),
      { replayOf: 'wsbilet', after: 131 },
    ),
    1,
    {
      raw: {
        get mx() {
          phase = 'shell';
          return ['^C'];
        },
      },
    },
    plant(
      'implicit-fragment',
      'moba-journalctl-client-error-access-token-fragment',
      'error',
      'The app\'s browser error reports (`xata`, хата "error") are written to the journal with the page\'s address, and one page is the sign-in return with `#access_token=…`; the admin reads them with `journalctl`.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            mx: [
              `${PROMPT}journalctl -u kitaphana-web -n 2 --no-pager`,
              `Jan 10 ${hms(t, MSK)} kitaphana kitaphana[812]: ${hmsMs(t - 2000, MSK)} [warning] xata (client): TypeError: Cannot read properties of null (reading 'ad') at https://kitaphana.${KT}/#access_token=${at}&token_type=bearer&expires_in=3600`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'moba-journalctl-phoenix-request-id',
      'none',
      "Phoenix's `request_id` (20 base64url characters) in a journal line: it ties a request's lines together, no credential.",
      ({ rng, t }) => {
        const rid = `GI${rng.b64url(18)}`;
        return {
          value: rid,
          event: {
            mx: [
              `${PROMPT}journalctl -u kitaphana-web -n 1 --no-pager`,
              `Jan 10 ${hms(t, MSK)} kitaphana kitaphana[812]: ${hmsMs(t - 1000, MSK)} request_id=${rid} [info] Sent 200 in ${rng.int(2, 90)}ms`,
            ],
          },
        };
      },
    ),
    1,
    {
      raw: {
        mx: [
          `${PROMPT}sudo -u kitaphana /srv/kitaphana/bin/kitaphana remote`,
          'Erlang/OTP 27 [erts-15.2] [source] [64-bit] [smp:4:4] [ds:4:4:10] [async-threads:1] [jit:ns]',
          '',
          'Interactive Elixir (1.18.1) - press Ctrl+C to exit (type h() ENTER for help)',
        ],
      },
    },
    plant(
      'id-token',
      'moba-iex-inspect-struct-id-token-5min',
      'warning',
      "In a remote IEx shell the admin loads a member's account, and Elixir's `inspect` prints the struct, its stored `id_token` in it: a five-minute token without a jti, live at the struct's `updated_at` (UTC) and at the session's time",
      ({ rng, t }) => {
        const age = rng.int(30, 120);
        const { token, facts } = jwt(rng, t, {
          lifetime: 300,
          age,
          claims: { iss: `https://id.${KT}`, aud: 'kitaphana', sub: String(rng.int(100, 999)) },
        });
        const upd = iso(t - age * 1000)
          .slice(0, 19)
          .replace('T', ' ');
        return {
          value: token,
          jwt: facts,
          event: {
            mx: [
              'iex(kitaphana@127.0.0.1)3> Kitaphana.Repo.get!(Kitaphana.Hisap, 12)',
              `%Kitaphana.Hisap{__meta__: #Ecto.Schema.Metadata<:loaded, "hisaplar">, id: 12, ad: "Патимат", email: "patimat@${KT}", til: "kum", id_token: "${token}", inserted_at: ~U[2027-03-02 11:40:07Z], updated_at: ~U[${upd}Z]}`,
            ],
          },
        };
      },
    ),
    {
      raw: {
        mx: [
          'iex(kitaphana@127.0.0.1)4> ',
          'BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo',
          '       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution',
          'a',
        ],
      },
    },
    plant(
      'session-id',
      'moba-redis-cli-get-sessiya-key',
      'error',
      WHY.session(
        'The admin looks up a member\'s session in Redis by its key, `sessiya:<id>` (сессия "session"), typed on the command line',
      ),
      ({ rng }) => {
        const sid = rng.hex(40);
        return { value: sid, event: { mx: [`${PROMPT}redis-cli GET "sessiya:${sid}"`, '"{\\"hisap_id\\":12,\\"til\\":\\"kum\\"}"'] } };
      },
    ),
    2,
    plant('negative', 'moba-md5sum-backup', 'none', "`md5sum` of the night's database dump: a checksum, no credential.", ({ rng }) => {
      const h = rng.hex(32);
      return {
        value: h,
        event: { mx: [`${PROMPT}md5sum /srv/backup/kitaphana-2028-01-10.dump`, `${h}  /srv/backup/kitaphana-2028-01-10.dump`] },
      };
    }),
    1,
  ];
  return buildLog(rng, { start: DAY_KU + 7 * HOUR, site: { host: 'moba' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// sourcetree-log.txt: Sourcetree 3.4 for Windows on the developer's PC (`%LOCALAPPDATA%\Atlassian\SourceTree\log.txt`,
// debug logging on), log4net's `<yyyy-MM-dd HH:mm:ss,fff> [<thread>] <LEVEL, 5 wide> <logger> - <message>`, local time
// (MSK) without zone; the git commands it runs written as `Executing: git …`.
// From memory (not fetched): the file's layout, the loggers' names and messages.

function sourcetreeLog(rng) {
  const render = (e) =>
    e.st.map(
      ([lvl, logger, msg]) =>
        `${ymdHmsAt(e.t, MSK)},${local(e.t, MSK).slice(20, 23)} [${e.thread ?? 1}] ${lvl.padEnd(5)} ${logger} - ${msg}`,
    );
  const GIT = 'SourceTree.Model.Git.GitCommandRunner';
  const G = 'git -c diff.mnemonicprefix=false -c core.quotepath=false --no-optional-locks';
  const filler = (rng) =>
    rng.pick([
      () => ({ thread: rng.int(4, 30), st: [['INFO', GIT, `Executing: ${G} status --porcelain -z -unormal`]] }),
      () => ({
        thread: rng.int(4, 30),
        st: [['INFO', GIT, `Executing: ${G} log --branches --remotes --tags --graph -n ${rng.int(100, 300)} --date-order`]],
      }),
      () => ({
        thread: 1,
        st: [
          [
            'INFO',
            'SourceTree.Main.RepoTab',
            `Refresh of ${rng.pick(['kitaphana-app', 'forum-addon', 'habarlar-widget'])} took ${rng.int(40, 900)} ms`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'sourcetree-oauth-browser-navigated-access-token-fragment',
      'error',
      "Sourcetree's embedded browser signs the developer in to Bitbucket with the implicit grant and logs where it navigated, `#access_token=…&scopes=…&expires_in=7200&token_type=bearer`.",
      ({ rng }) => {
        const at = rng.b64url(88);
        return {
          value: at,
          event: {
            st: [
              [
                'DEBUG',
                'SourceTree.Api.UI.Wpf.OAuth.OAuthBrowser',
                `Navigated: http://localhost:34106/#access_token=${at}&scopes=account%20repository&expires_in=7200&token_type=bearer`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sourcetree-checkout-commit-sha',
      'none',
      'A commit id (40 hex digits) in a checkout command: it names a commit, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { thread: 9, st: [['INFO', GIT, `Executing: ${G} checkout --detach ${sha}`]] } };
      },
    ),
    2,
    plant(
      'framework-dump',
      'sourcetree-executing-fetch-url-userinfo-token',
      'error',
      'A repository added with its clone URL as GitLab shows it to a token (`https://oauth2:<token>@…`): every fetch Sourcetree runs is written with the URL, the token in its user information.',
      ({ rng }) => {
        const tok = `glpat-${rng.b64url(20)}`;
        return {
          value: tok,
          event: {
            thread: 12,
            st: [['INFO', GIT, `Executing: ${G} fetch --prune https://oauth2:${tok}@gitlab.${KT}/kitaphana/kitaphana-app.git`]],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'sourcetree-oauth-refresh-request-body',
      'error',
      `${WHY.refresh} Sourcetree renews its Bitbucket account and, at debug level, writes the request's form body.`,
      ({ rng }) => {
        const rt = rng.alnum(24);
        return {
          value: rt,
          event: {
            thread: 7,
            st: [
              [
                'DEBUG',
                'SourceTree.Api.Host.Identity.OAuth.OAuthRefresher',
                `POST https://bitbucket.org/site/oauth2/access_token body: grant_type=refresh_token&refresh_token=${rt}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'sourcetree-executing-extraheader-basic-base64',
      'error',
      "A push to the forum add-on's Bitbucket repository with the credential in git's `http.extraHeader` as `Authorization: Basic <base64>`; decoded: `x-token-auth:<repository access token>`.",
      ({ rng }) => {
        const b = b64Of(`x-token-auth:ATCTT3xFfGN0${rng.b64url(180)}`);
        return {
          value: b,
          event: {
            thread: 14,
            st: [
              [
                'INFO',
                GIT,
                `Executing: ${G} -c http.extraHeader="Authorization: Basic ${b}" push -v --tags origin refs/heads/main:refs/heads/main`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'sourcetree-custom-action-achgych',
      'error',
      `${WHY.apiKey('achgych')} (ачгъыч, "key") The developer's custom action "Къурув" ("build") starts the society's build server with its key in the URL, and Sourcetree writes the command it runs.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            thread: 1,
            st: [
              [
                'INFO',
                'SourceTree.CustomActions.CustomActionRunner',
                `Running custom action 'Къурув': C:\\Windows\\System32\\curl.exe -s -X POST "https://ci.${KT}/job/kitaphana-app/build?achgych=${key}"`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'sourcetree-lfs-oid',
      'none',
      'A Git LFS object id (`oid sha256:<64 hex>`) of a scanned book in an LFS transfer line: a checksum, no credential.',
      ({ rng }) => {
        const oid = rng.hex(64);
        return {
          value: oid,
          event: {
            thread: 14,
            st: [
              [
                'DEBUG',
                'SourceTree.Model.Git.LfsProgress',
                `LFS: uploaded oid sha256:${oid} (kitaplar/tarki-1912.pdf, ${rng.int(2, 40)} MB)`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KU + 11 * HOUR, site: { host: 'sourcetree' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout114');
writePart(join(here, 'heldout114'), {
  'qutebrowser-reception.log': qutebrowserLog(rng),
  'nvim-lsp.log': neovimLog(rng),
  'drift-messages.jsonl': driftLog(rng),
  'Lynx.trace': lynxLog(rng),
  'iterm2-tvvg-ops.cast': itermLog(rng),
  'element-desktop-rageshake.log': elementLog(rng),
  'helix.log': helixLog(rng),
  'concrete-logs.csv': concreteLog(rng),
  'sync.log': resilioLog(rng),
  'thonny-backend.log': thonnyLog(rng),
  'xf_error_log.txt': xenforoLog(rng),
  'aruba-instant.log': arubaLog(rng),
  'mobaxterm-kitaphana-20280110.log': mobaLog(rng),
  'sourcetree-log.txt': sourcetreeLog(rng),
});
