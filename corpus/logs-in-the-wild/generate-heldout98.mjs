// Writes corpus/logs-in-the-wild/heldout98/: a ninety-eighth held-out part, in formats no other part uses (a mIRC
// channel log, a Docusaurus 3 build, Overmind's output of a Sinatra app and its worker, Hexo 7's `--debug` generate and
// deploy, an OrcaSlicer debug log, Zola's build and `zola check`, a CircuitPython board's serial console, a Pidgin 2
// debug log, JivoChat webhook events, a Konversation channel log, an Eskiz SMS export, a Pyrogram bot's Python logging,
// `forever logs` of a Node API, a RustDesk client log), with credentials planted where apps leak them and look-alikes
// that are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads
// the files.
//
//   node corpus/logs-in-the-wild/generate-heldout98.mjs     rewrites heldout98/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Kettle Moraine Makerspace of Waukesha (Wisconsin), with its members' chat, wiki, members'
// app, website and 3D printers (English, five logs); the «Ошмес» Udmurt language society of Izhkar (Izhevsk,
// Udmurtia), with its literary site, a museum room's climate sensor, office chat, site chat and IRC channel (Udmurt in
// Cyrillic with ӝ ӟ ӥ ӧ ӵ where the apps show text, ASCII transliteration in routes, parameter, cookie and key names,
// five logs); the «Kesteshi» embroidery cooperative of Nókis (Nukus, Karakalpakstan), with SMS notices, a Telegram bot,
// a shop API and remote support (Karakalpak in the Latin alphabet of 2016, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const build = logBuilder(baseRequest);
/** The builder, with three times the ordinary lines the steps ask for between planted ones. */
const buildLog = (rng, spec) => build(rng, { ...spec, steps: spec.steps.map((step) => (typeof step === 'number' ? step * 3 : step)) });
const { firstUse, gap } = replayClock();

/** Wisconsin in December (CST, UTC-6), Udmurtia (UTC+4 all year), Karakalpakstan (UTC+5 all year). */
const CST = -360;
const UDT = 240;
const NKT = 300;
const DAY_EN = Date.UTC(2027, 11, 4, 0, 0, 0);
const DAY_UD = Date.UTC(2027, 11, 11, 0, 0, 0);
const DAY_KK = Date.UTC(2027, 11, 18, 0, 0, 0);

/** `HH:MM:SS` and `HH:MM` at `offset` minutes from UTC. */
const hmsAt = (t, offset) => local(t, offset).slice(11, 19);
const hmAt = (t, offset) => local(t, offset).slice(11, 16);
const msAt = (t, offset) => local(t, offset).slice(20, 23);
/** A JSON object in base64url. */
const b64json = (value) => b64urlOf(JSON.stringify(value));

// =====================================================================================================================
// Kettle Moraine Makerspace (English; Waukesha, Wisconsin: CST, UTC-6 in December)
// =====================================================================================================================

const KM = 'kettlemoraine-makers.example';

// ---------------------------------------------------------------------------------------------------------------------
// mirc-kmm-shop.Libera.log: the shop channel as mIRC logs it: `Session Start: <Day Mon DD HH:MM:SS YYYY>`, `Session
// Ident: #channel`, then `[HH:MM] <nick> text` and `[HH:MM] * …` events in local time without zone or date.
// From memory (not fetched): the layout of mIRC's logs.

function mircLog(rng) {
  const render = (e) => e.irc.map((text) => (text.startsWith('Session') || text === '' ? text : `[${hmAt(e.t, CST)}] ${text}`));
  const NICKS = ['dana_w', 'rmoreno', 'jkowalczyk', 'Tpham', 'lasercat', 'benchgrinder'];
  const SAY = [
    'anyone know if the big laser got its lens cleaned?',
    'filament dryer is back on the shelf',
    'the bandsaw blade is dull again, ordering one',
    'open shop tonight 6-9, I can badge people in',
    'who left the soldering iron on lol',
    'the CNC spoilboard needs surfacing before the class',
    'brb',
    'thx!',
    "Prusa 3 is printing someone's 14 h job, please don't cancel it",
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ irc: [`<${rng.pick(NICKS)}> ${rng.pick(SAY)}`] }),
      () => ({ irc: [`<${rng.pick(NICKS)}> ${rng.pick(SAY)}`] }),
      () => {
        const n = rng.pick(NICKS);
        return { irc: [`* ${n} (~${n}@user/${n}) has joined #kmm-shop`] };
      },
    ])();
  const say = (nick, text) => ({ irc: [`<${nick}> ${text}`] });
  const steps = [
    {
      raw: {
        irc: [
          `Session Start: ${DAYS[new Date(DAY_EN + 15 * HOUR).getUTCDay()]} Dec 04 09:12:40 2027`,
          'Session Ident: #kmm-shop',
          '* Now talking in #kmm-shop',
          "* Topic is 'Kettle Moraine Makerspace | open shop Tue/Thu 6-9pm, Sat 10-4 | wiki: https://wiki." + KM + "/'",
          '* Set by dana_w!~dana_w@user/dana_w on Mon Nov 22 19:02:11 2027',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'path-secret',
      'mirc-seafile-share-link-waivers',
      'error',
      WHY.pathSecret('A board member pastes a Seafile share link (`/d/<20 hex>/`) to the signed liability waivers into the public channel'),
      ({ rng }) => {
        const tok = rng.hex(20);
        return {
          value: tok,
          event: say('dana_w', `waivers for saturday's welding class are here, print them before 10: https://cloud.${KM}/d/${tok}/`),
        };
      },
    ),
    2,
    plant(
      'negative',
      'mirc-stripe-publishable-key',
      'none',
      "A member quotes the Stripe publishable key (`pk_live_…`) from the dues page's source while debugging checkout: public by design, no credential.",
      ({ rng }) => {
        const pk = `pk_live_51${rng.alnum(97)}`;
        return { value: pk, event: say('jkowalczyk', `checkout page loads ${pk} so at least the js sees the right account`) };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'mirc-pasted-address-bar-access-token',
      'error',
      "A member pastes the address bar of the members' portal after signing in, the implicit flow's `#access_token=…` in it, asking why the page stays blank.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: say(
            'Tpham',
            `after login it dumps me on https://members.${KM}/#access_token=${at}&token_type=Bearer&expires_in=3600 and the page is blank??`,
          ),
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'mirc-laser-queue-json-api-key',
      'error',
      `${WHY.apiKey('api_key')} The laser queue's JSON feed, pasted with its key so others can build a lobby display.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: say('rmoreno', `raw queue is https://queue.${KM}/api/jobs.json?api_key=${key} if someone wants to make the lobby screen`),
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'mirc-lobby-dashboard-embed-jwt-no-exp',
      'error',
      "The lobby TV's dashboard embed (`/embed/<JWT>`) pasted into the channel; the token has no `exp`, so the link works until its key is rotated",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { age: rng.int(86400, 20 * 86400), claims: { resource: { dashboard: 4 }, params: {} } });
        return { value: token, jwt: facts, event: say('lasercat', `lobby TV url: https://dash.${KM}/embed/${token}`) };
      },
    ),
    2,
    plant(
      'negative',
      'mirc-ups-tracking-number',
      'none',
      'A UPS tracking number (`1Z…`, 18 characters) for the new spindle: a shipment id, no credential.',
      ({ rng }) => {
        const n = `1Z${upperNum(rng, 16)}`;
        return { value: n, event: say('benchgrinder', `spindle shipped, UPS ${n}, should be here tuesday`) };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 15 * HOUR + 13 * MIN, site: { host: 'irc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// docusaurus-build-wiki.log: `npm run build` of the makerspace's wiki (Docusaurus 3.9) on the build box: npm's `> `
// echo of each script, `[INFO]`, `[webpackbar]`, `[WARNING]` with Docusaurus' broken links and broken anchors lists,
// `[SUCCESS]`, a local plugin's console.log output (Node's util.inspect), then the `postbuild` script. No time.
// From memory (not fetched): the wording of the messages and of the broken links report.

function docusaurusLog(rng) {
  const render = (e) => e.d;
  const PAGES = ['tools/laser', 'tools/cnc', 'tools/lathe', 'classes/welding-101', 'members/onboarding', 'tools/printers'];
  const filler = (rng) =>
    rng.pick([
      () => ({ d: [`[INFO] [en] Processing docs/${rng.pick(PAGES)}.md`] }),
      () => ({ d: [`[WARNING] The page docs/${rng.pick(PAGES)}.md has no front matter "title", using the first heading.`] }),
    ])();
  const steps = [
    {
      raw: { d: ['', '> kmm-wiki@0.0.0 build', '> docusaurus build', '', '[INFO] [en] Creating an optimized production build...'] },
      after: 0,
    },
    2,
    plant(
      'framework-dump',
      'docusaurus-plugin-inspect-customfields-db-url',
      'error',
      "A local plugin logs `siteConfig.customFields` while debugging, and Node's util.inspect prints the tool-booking database's URL with its password.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            d: [
              '[kmm-booking] customFields: {',
              `  bookingApi: 'https://queue.${KM}/api',`,
              `  bookingDb: 'postgres://wiki_ro:${pw}@db.${KM}:5432/booking',`,
              '  showBadges: true',
              '}',
            ],
          },
        };
      },
    ),
    plant(
      'header-dump',
      'docusaurus-plugin-axios-error-authorization',
      'error',
      "The same plugin fetches the tool list at build time, the call fails, and the AxiosError it prints keeps the request's `config.headers`, `Authorization: Bearer …` with the booking API's token.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            d: [
              '[kmm-booking] could not load tools: AxiosError: Request failed with status code 502',
              '    at settle (/srv/kmm-wiki/node_modules/axios/dist/node/axios.cjs:2090:12) {',
              "  code: 'ERR_BAD_RESPONSE',",
              '  config: {',
              '    headers: Object [AxiosHeaders] {',
              "      Accept: 'application/json, text/plain, */*',",
              `      Authorization: 'Bearer ${tok}',`,
              "      'User-Agent': 'axios/1.13.2',",
              "      'Accept-Encoding': 'gzip, compress, deflate, br'",
              '    },',
              `    url: 'https://queue.${KM}/api/tools',`,
              "    method: 'get'",
              '  }',
              '}',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'docusaurus-algolia-search-only-api-key',
      'none',
      "The DocSearch settings the plugin prints next: Algolia's search-only `apiKey`, shipped to every browser: public by design, no credential.",
      ({ rng }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            d: ['[kmm-booking] algolia: {', `  appId: '${upperNum(rng, 10)}',`, `  apiKey: '${k}',`, "  indexName: 'kmm-wiki'", '}'],
          },
        };
      },
    ),
    3,
    { raw: { d: ['[webpackbar] ✔ Server: Compiled successfully in 14.27s', '[webpackbar] ✔ Client: Compiled successfully in 31.02s'] } },
    plant(
      'path-secret',
      'docusaurus-broken-link-waiver-sign-token',
      'error',
      WHY.pathSecret(
        "Docusaurus lists a broken link: a page links to the e-signature page of a member's waiver (`/members/waiver/sign/<token>`), a path the wiki does not have",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            d: [
              '[WARNING] Docusaurus found broken links!',
              '',
              "Please check the pages of your site in the list below, and make sure you don't reference any path that does not exist.",
              "Note: it's possible to ignore broken links with the 'onBrokenLinks' Docusaurus configuration, and let the build pass.",
              '',
              'Exhaustive list of all broken links found:',
              '- Broken link on source page path = /docs/members/onboarding:',
              `   -> linking to /members/waiver/sign/${tok}`,
              '   -> linking to /docs/tools/laser-old',
              '',
            ],
          },
        };
      },
    ),
    plant(
      'implicit-fragment',
      'docusaurus-broken-anchor-access-token',
      'error',
      "A how-to page links to an address copied from the browser after a test sign-in; the anchor check reports it as a broken anchor, the implicit flow's `#access_token=…` being no heading of the page.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            d: [
              '[WARNING] Docusaurus found broken anchors!',
              '',
              "Please check the pages of your site in the list below, and make sure you don't reference any anchor that does not exist.",
              '',
              'Exhaustive list of all broken anchors found:',
              '- Broken anchor on source page path = /docs/members/portal-sign-in:',
              `   -> linking to /docs/members/portal#access_token=${at}&token_type=Bearer&expires_in=3600`,
              '',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'docusaurus-webpack-chunk-hash',
      'none',
      "webpack's content hash in a bundle's file name (`main.<8 hex>.js`) in a size warning: a cache buster, no credential.",
      ({ rng }) => {
        const h = rng.hex(8);
        return {
          value: `main.${h}.js`,
          event: {
            d: [
              `[WARNING] asset size limit: The following asset(s) exceed the recommended size limit (244 KiB): assets/js/main.${h}.js (612 KiB)`,
            ],
          },
        };
      },
    ),
    { raw: { d: ['[SUCCESS] Generated static files in "build".', '[INFO] Use `npm run serve` command to test your build locally.', ''] } },
    plant(
      'webhook',
      'docusaurus-postbuild-cloudflare-pages-deploy-hook',
      'error',
      WHY.webhook(
        'npm echoes the `postbuild` script, a POST to a Cloudflare Pages deploy hook (`/pages/webhooks/deploy_hooks/<uuid>`) written into package.json',
      ),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            d: [
              '> kmm-wiki@0.0.0 postbuild',
              `> curl -s -X POST https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${id}`,
              '',
              `{"success":true,"errors":[],"messages":[],"result":{"id":"${rng.uuid()}"}}`,
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 16 * HOUR, site: { host: 'docusaurus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// overmind-members.log: Overmind's output of the members' app (`overmind start`, Procfile `web` and `worker`) saved
// from its terminal: `<process padded> | <line>`, the `system` lines first. `web` is a Sinatra app on Puma whose
// Rack::CommonLogger writes `<ip> - - [<dd/Mon/yyyy:HH:MM:SS -0600>] "GET <path> HTTP/1.1" <status> <size> <secs>` and
// whose Ruby Logger writes `I, [<ISO time> #<pid>]  INFO -- : <message>` (Ruby's `inspect` of hashes and OmniAuth
// objects); `worker` uses the same Logger. From memory (not fetched): Overmind's prefix and system lines.

function overmindLog(rng) {
  const WEB = 41172;
  const WRK = 41175;
  const render = (e) => e.o;
  const rack = (e, { ip = e.ip, m = 'GET', p, status = 200, size = rng.int(300, 9000) }) =>
    `web    | ${ip} - - [${clf(e.t, CST)}] "${m} ${p} HTTP/1.1" ${status} ${size} ${(rng.int(2, 300) / 1000).toFixed(4)}`;
  const rlog = (t, pid, lvl, msg, proc = 'web   ') =>
    `${proc} | ${lvl[0]}, [${local(t, CST).slice(0, 23)}${pad(rng.int(0, 999), 3)} #${pid}] ${lvl.padStart(5)} -- : ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        o: [rack({ t, ip: publicIp(rng) }, { p: rng.pick(['/tools', '/calendar', '/classes', '/me', `/tools/${rng.int(1, 40)}`]) })],
      }),
      () => ({ o: [rlog(t, WRK, 'INFO', `badge sync: ${rng.int(180, 240)} members, ${rng.int(0, 4)} changed`, 'worker')] }),
      () => ({ o: [rack({ t, ip: publicIp(rng) }, { p: '/assets/app.css', status: 304, size: 0 })] }),
    ])();
  const steps = [
    {
      raw: {
        get o() {
          return [
            `system | Tmux socket name: overmind-members-${rng.alnum(21)}`,
            'system | Tmux session ID: members',
            'system | Listening at ./.overmind.sock',
            `web    | Started with pid ${WEB}...`,
            `worker | Started with pid ${WRK}...`,
            'web    | Puma starting in single mode...',
            'web    | * Puma version: 6.6.1 ("Return to Forever")',
            'web    | * Min threads: 0, max threads: 5',
            'web    | * Environment: production',
            `web    | * PID: ${WEB}`,
            'web    | * Listening on http://127.0.0.1:9292',
            'web    | Use Ctrl-C to stop',
          ];
        },
      },
      after: 0,
    },
    3,
    plant(
      'oauth-code',
      'overmind-rack-discord-callback-code',
      'warning',
      `${WHY.code} Members sign in with Discord; Rack::CommonLogger writes the callback's query (\`/auth/discord/callback?code=…&state=…\`, Discord's 30-character code).`,
      ({ rng, t }) => {
        const code = rng.alnum(30);
        return {
          value: code,
          event: {
            o: [rack({ t, ip: publicIp(rng) }, { p: `/auth/discord/callback?code=${code}&state=${rng.hex(48)}`, status: 302, size: 0 })],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'overmind-logger-omniauth-credentials-inspect',
      'error',
      `${WHY.refresh} The app logs the OmniAuth credentials of the sign-in, Ruby's inspect of \`OmniAuth::AuthHash\` with \`refresh_token="…"\`.`,
      ({ rng, t }) => {
        const rt = rng.alnum(30);
        return {
          value: rt,
          event: {
            o: [
              rlog(
                t,
                WEB,
                'INFO',
                `discord credentials: #<OmniAuth::AuthHash expires=true expires_at=${Math.floor(t / 1000) + 604800} refresh_token="${rt}" token="${rng.alnum(30)}">`,
              ),
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'id-token',
      'overmind-logger-omniauth-extra-id-token',
      'error',
      "A member signs in through the county library's OpenID provider, and the app logs OmniAuth's `extra`, Ruby's inspect with `id_token=\"…\"`, an hour's token, live",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          claims: { iss: 'https://login.waukeshacountylibrary.example', aud: 'kmm-members', sub: rng.uuid(), email: 'tpham@mail.example' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            o: [
              rlog(
                t,
                WEB,
                'INFO',
                `oidc extra: #<OmniAuth::AuthHash id_token="${token}" raw_info=#<OmniAuth::AuthHash email_verified=true sub="${rng.uuid()}">>`,
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'overmind-logger-rack-session-cookie-inspect',
      'error',
      WHY.session(
        "A debugging line prints `request.cookies`, Ruby's inspect of a hash, with the signed `rack.session` cookie (`BAh7…--<40 hex>`)",
      ),
      ({ rng, t }) => {
        const s = `BAh7${rng.b64url(120).replace(/[-_]/g, 'Q')}--${rng.hex(40)}`;
        return { value: s, event: { o: [rlog(t, WEB, 'DEBUG', `cookies: {"rack.session"=>"${s}", "kmm_theme"=>"dark"}`)] } };
      },
    ),
    2,
    plant(
      'negative',
      'overmind-params-authenticity-token',
      'none',
      "A form post's params, Ruby's inspect with Rack::Protection's `authenticity_token`: a CSRF token, no credential.",
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: { o: [rlog(t, WEB, 'INFO', `params: {"authenticity_token"=>"${a}", "class_id"=>"${rng.int(100, 300)}", "seats"=>"1"}`)] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'overmind-params-and-rack-line-api-key',
      'error',
      `${WHY.apiKey('api_key')} The lobby display polls the queue API; the app's params line and Rack's request line of the same request both write it.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        const ip = publicIp(rng);
        return {
          value: key,
          event: {
            o: [
              rlog(t, WEB, 'INFO', `params: {"api_key"=>"${key}", "tool"=>"laser"}`),
              rack({ t, ip }, { p: `/api/v1/queue?api_key=${key}&tool=laser` }),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'overmind-rack-door-ticket-first',
      'note',
      WHY.ticketFirst(
        "A one-time door ticket (`ticket=`) the app mails a guest for a class, opened by the front door's keypad; Rack writes the request. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(32);
        firstUse.door = t;
        return { value: tk, event: { o: [rack({ t, ip: '198.51.100.77' }, { p: `/door/open?ticket=${tk}`, size: 17 })] } };
      },
      { ref: 'door' },
    ),
    1,
    plant(
      'replay',
      'overmind-rack-door-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('door').value,
            why: `${WHY.replay('ticket', gap('door', t))} The same door ticket opened the door again from another address, after the guest had forwarded the mail.`,
          },
        ],
        event: { o: [rack({ t, ip: '203.0.113.201' }, { p: `/door/open?ticket=${refs.get('door').value}`, size: 17 })] },
      }),
      { replayOf: 'door', after: 146 },
    ),
    2,
    plant(
      'encoded',
      'overmind-rack-go-percent-encoded-api-key',
      'error',
      "The app's redirector (`/go?to=…`) carries a whole URL percent-encoded (`%3Fapi_key%3D…`) in Rack's request line: decoded, the queue API with its key.",
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            o: [
              rack(
                { t, ip: publicIp(rng) },
                { p: `/go?to=https%3A%2F%2Fqueue.${KM}%2Fapi%2Fjobs.json%3Fapi_key%3D${key}`, status: 302, size: 0 },
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'overmind-sequel-database-inspect-password',
      'error',
      'The worker loses its database and logs the Sequel database object, whose inspect shows the connection URL with its password.',
      ({ rng, t }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            o: [
              rlog(
                t,
                WRK,
                'ERROR',
                `reconnecting #<Sequel::Postgres::Database: "postgres://members:${pw}@db.${KM}:5432/members"> after PG::ConnectionBad`,
                'worker',
              ),
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'overmind-worker-job-id',
      'none',
      "The worker's job id (`JID-<24 hex>`): names a background job, no credential.",
      ({ rng, t }) => {
        const jid = rng.hex(24);
        return { value: jid, event: { o: [rlog(t, WRK, 'INFO', `JID-${jid} BadgeSync done: 3.2 s`, 'worker')] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 17 * HOUR, site: { host: 'overmind' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hexo-deploy.log: `hexo generate --deploy --debug` of the makerspace's website (Hexo 7): with `--debug` every line has
// `HH:mm:ss.SSS` (local, no zone) and a level (`DEBUG`, `INFO `, `WARN `, `ERROR`), plugins' lines, then
// hexo-deployer-git's git output. From memory (not fetched): the layout of hexo-log's debug lines.

function hexoLog(rng) {
  const render = (e) => e.h.map((text) => `${hmsAt(e.t, CST)}.${msAt(e.t, CST)} ${text}`);
  const POSTS = ['2027/11/30/open-shop-hours', '2027/11/21/laser-class', '2027/11/12/welding-101', '2027/10/28/new-lathe'];
  const filler = (rng) =>
    rng.pick([
      () => ({ h: [`DEBUG Rendering post: source/_posts/${rng.pick(POSTS).split('/').at(-1)}.md`] }),
      () => ({ h: [`DEBUG Generator: ${rng.pick(['page', 'post', 'archive', 'category', 'index', 'tag'])}`] }),
      () => ({ h: [`INFO  Generated: ${rng.pick(POSTS)}/index.html`] }),
    ])();
  const steps = [
    {
      raw: {
        h: [
          'DEBUG Hexo version: 7.3.0',
          'DEBUG Working directory: /srv/kmm-site/',
          'DEBUG Config loaded: /srv/kmm-site/_config.yml',
          'DEBUG Plugin loaded: hexo-deployer-git',
          'DEBUG Script loaded: scripts/calendar.js',
          'DEBUG Script loaded: scripts/notify.js',
          'INFO  Start processing',
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'hexo-ga4-measurement-id',
      'none',
      "The theme's GA4 measurement id (`G-<10>`), printed in the site's head: public by design, no credential.",
      ({ rng }) => {
        const g = `G-${upperNum(rng, 10)}`;
        return { value: g, event: { h: [`DEBUG Theme config: google_analytics = ${g}`] } };
      },
    ),
    plant(
      'path-secret',
      'hexo-calendar-google-private-ical',
      'error',
      WHY.pathSecret(
        "A site script pulls the class calendar from Google Calendar's secret iCal address (`/private-<32 hex>/basic.ics`), and its warning writes it",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            h: [
              `WARN  calendar: fetch https://calendar.google.com/calendar/ical/${lowerNum(rng, 26)}%40group.calendar.google.com/private-${s}/basic.ics failed: ETIMEDOUT`,
            ],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'hexo-calendar-gaxios-body-refresh-token',
      'error',
      `${WHY.refresh} The script's fallback to the Calendar API fails with \`invalid_grant\`, and the GaxiosError it prints keeps the token request's body, \`refresh_token=1%2F%2F0…\` percent-encoded.`,
      ({ rng }) => {
        const rt = `1%2F%2F0${rng.b64url(100)}`;
        return {
          value: rt,
          event: {
            h: [
              'ERROR calendar: GaxiosError: invalid_grant',
              `  body: 'refresh_token=${rt}&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com&grant_type=refresh_token',`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'hexo-tools-data-warn-api-key',
      'error',
      `${WHY.apiKey('api_key')} A data script fetches the tool list for the site, and its warning writes the URL it fetched.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            h: [
              `WARN  tools: GET https://queue.${KM}/api/v1/tools.json?api_key=${key} responded 503, using cached source/_data/tools.json`,
            ],
          },
        };
      },
    ),
    3,
    {
      raw: {
        h: [
          'INFO  84 files generated in 2.41 s',
          'INFO  Deploying: git',
          'INFO  Clearing .deploy_git folder...',
          'INFO  Copying files from public folder...',
        ],
      },
    },
    plant(
      'negative',
      'hexo-deploy-commit-short-sha',
      'none',
      "git's summary of the deploy commit (`[gh-pages <7 hex>]`): an abbreviated commit id, no credential.",
      ({ rng, t }) => {
        const c = rng.hex(7);
        return { value: `[gh-pages ${c}]`, event: { h: [`INFO  [gh-pages ${c}] Site updated: ${ymdHmsAt(t, CST)}`] } };
      },
    ),
    plant(
      'framework-dump',
      'hexo-deployer-git-unable-to-access-password-url',
      'error',
      "hexo-deployer-git pushes to the repository URL of `_config.yml`, a bot's user and password in it, and git's `unable to access` error repeats the URL.",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            h: [
              `ERROR fatal: unable to access 'https://kmm-bot:${pw}@git.${KM}/kmm/site.git/': The requested URL returned error: 502`,
              "FATAL Something's wrong. Maybe you can find the solution here: https://hexo.io/docs/troubleshooting.html",
            ],
          },
        };
      },
    ),
    plant(
      'webhook',
      'hexo-notify-teams-incoming-webhook',
      'error',
      WHY.webhook(
        "The site's notify script posts the failure to a Microsoft Teams incoming webhook (`…/IncomingWebhook/<32 hex>/<uuid>`) and logs the URL",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            h: [
              `INFO  notify: posted "deploy failed" to https://kmm.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${s}/${rng.uuid()}`,
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 19 * HOUR, site: { host: 'hexo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// orcaslicer-debug.log: OrcaSlicer 2.3's debug log on the makerspace's slicing PC (Boost.Log: `[<yyyy-mm-dd
// hh:mm:ss.ffffff>] [<thread id>] [<level>]   <message>`, local time without zone), with its print host uploads to
// OctoPrint and Moonraker and its Bambu cloud login. From memory (not fetched): the layout and the messages.

function orcaLog(rng) {
  const render = (e) =>
    e.g.map(
      (text) =>
        `[${ymdHmsAt(e.t, CST)}.${msAt(e.t, CST)}${digits(rng, 3)}] [${rng.pick(['0x00001a2c', '0x00003f10', '0x00002b44'])}] ${text}`,
    );
  const filler = (rng) =>
    rng.pick([
      () => ({ g: [`[info]    GUI_App::on_init_inner: preset ${rng.pick(['Prusa MK4 0.4', 'Bambu P1S 0.4', 'Voron 2.4 0.4'])} loaded`] }),
      () => ({ g: [`[debug]   Slicing: layer ${rng.int(1, 400)} of ${rng.int(400, 900)}`] }),
      () => ({ g: [`[info]    export gcode to /home/kmm/slices/${rng.pick(['hook-bracket', 'gridfinity-3x2', 'badge-holder'])}.gcode`] }),
    ])();
  const steps = [
    { raw: { g: ['[info]    OrcaSlicer 2.3.1, start logging', '[info]    platform: Linux 6.8.0-49-generic x86_64'] }, after: 0 },
    2,
    plant(
      'path-secret',
      'orca-deep-link-open-file-share-token',
      'error',
      WHY.pathSecret(
        "A member's model share link opened through the slicer's own URL scheme (`orcaslicer://open?file=…/p/<token>/…3mf`); Orca logs the URL it received",
      ),
      ({ rng }) => {
        const tok = rng.b64url(27);
        return {
          value: tok,
          event: { g: [`[info]    Received URL: orcaslicer://open?file=https://files.${KM}/p/${tok}/hook-bracket.3mf`] },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'orca-bambu-login-response-refresh-token',
      'error',
      `${WHY.refresh} The Bambu cloud login's response body, logged as received, \`refreshToken\` in it.`,
      ({ rng }) => {
        const rt = rng.b64url(120);
        return {
          value: rt,
          event: {
            g: [
              `[info]    user login response: {"accessToken":"${rng.b64url(120)}","refreshToken":"${rt}","expiresIn":7776000,"refreshExpiresIn":7776000,"tfaKey":"","accessMethod":"password","loginType":""}`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'orca-printer-serial-number',
      'none',
      "A Bambu printer's serial number (`01P00C…`, 15 characters) in the device list: an id printed on the printer, no credential.",
      ({ rng }) => {
        const sn = `01P00C${digits(rng, 9)}`;
        return {
          value: sn,
          event: { g: [`[info]    DeviceManager: found printer dev_id=${sn}, name=P1S-shop, ip=192.168.40.31, connection=lan`] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'orca-octoprint-version-check-apikey-query',
      'error',
      `${WHY.apiKey('apikey')} OctoPrint takes its key in the query too; the connection test fails and the error quotes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32).toUpperCase();
        return {
          value: key,
          event: { g: [`[error]   OctoPrint: Error getting version: HTTP 502, url: http://192.168.40.22/api/version?apikey=${key}`] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'orca-moonraker-upload-headers-x-api-key',
      'error',
      "A debug line of the upload to the Voron's Moonraker writes the request's headers as JSON, `X-Api-Key` with Moonraker's key.",
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            g: [
              `[debug]   Moonraker: upload headers {"X-Api-Key":"${key}","Content-Type":"multipart/form-data","User-Agent":"OrcaSlicer/2.3.1"}`,
            ],
          },
        };
      },
    ),
    plant('negative', 'orca-gcode-md5', 'none', 'The MD5 of the G-code it uploaded (32 hex): a checksum, no credential.', ({ rng }) => {
      const m = rng.hex(32);
      return { value: m, event: { g: [`[info]    upload finished: gridfinity-3x2.gcode, md5=${m}, size=${rng.int(200000, 9000000)}`] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 21 * HOUR, site: { host: 'orca' }, filler, render, steps });
}

// =====================================================================================================================
// «Ошмес» Udmurt language society (Udmurt; Izhkar/Izhevsk: UTC+4 all year)
// =====================================================================================================================

const OS = 'oshmes-kyl.example';

// ---------------------------------------------------------------------------------------------------------------------
// zola-oshmes.log: the society's literary site built with Zola 0.19 on its server, a failing `zola build`, the build
// again, then `zola check`: `Building site...`, `Checking all internal links with anchors.`, `-> Creating N pages (0
// orphan) and M sections`, `Error: …` chains, `Checking N external link(s).`, one line a broken link. No time.
// From memory (not fetched): the wording of Zola's messages.

function zolaLog(rng) {
  const render = (e) => e.z;
  const FILES = ['ivor/вордӥськем-кыл-нунал.md', 'kylbur/гуждор.md', 'lyddon/_index.md', 'kylbur/толалтэ.md', 'ivor/лыдӟиськон-нунал.md'];
  const filler = (rng) =>
    rng.pick([
      () => ({ z: [`Warning: content/${rng.pick(FILES)} has no \`date\`, it is sorted last`] }),
      () => ({
        z: [
          `Broken link in content/${rng.pick(FILES)} to https://udmurt.${rng.pick(['media', 'info'])}.example/${lowerNum(rng, 8)}: Client error status code (404 Not Found) received`,
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        z: [
          '$ zola build',
          'Building site...',
          'Checking all internal links with anchors.',
          '> Successfully checked 61 internal link(s) with anchors.',
        ],
      },
      after: 0,
    },
    plant(
      'api-key-name',
      'zola-load-data-error-kuslyan',
      'error',
      `${WHY.apiKey('kuslyan')} ("key", куслян) A shortcode's \`load_data(url=…)\` pulls the poems' reading counts from the society's API, and Zola's error chain writes the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            z: [
              'Error: Failed to build the site',
              'Error: Failed to render content of /srv/oshmes/content/kylbur/_index.md',
              'Error: Reason: Failed to render lyddis shortcode',
              `Error: Reason: Failed to load data from https://api.${OS}/v1/lyddon.json?kuslyan=${key}: error sending request`,
            ],
          },
        };
      },
    ),
    {
      raw: {
        z: [
          '',
          '$ zola build',
          'Building site...',
          'Checking all internal links with anchors.',
          '> Successfully checked 61 internal link(s) with anchors.',
          '-> Creating 214 pages (0 orphan) and 12 sections',
          'Done in 2.4s.',
          '',
          '$ zola check',
          'Checking site...',
          'Checking 318 external link(s).',
        ],
      },
    },
    2,
    plant(
      'implicit-fragment',
      'zola-check-broken-link-access-token-fragment',
      'error',
      "A news item links to a sign-in return address copied from the browser, the implicit flow's `#access_token=…` in it; `zola check` lists it as broken.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            z: [
              `Broken link in content/ivor/пырон-выль.md to https://${OS}/pyron#access_token=${at}&token_type=Bearer&expires_in=3600: Client error status code (401 Unauthorized) received`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'zola-check-doi-link',
      'none',
      'A DOI link to a paper on Udmurt morphology (`doi.org/10.<registrant>/<suffix>`): a public identifier, no credential.',
      ({ rng }) => {
        const d = `10.${rng.int(1000, 9999)}/${lowerNum(rng, 4)}.${rng.int(2019, 2027)}.${rng.int(10, 99)}${lowerNum(rng, 4)}`;
        return {
          value: d,
          event: {
            z: [
              `Broken link in content/lyddon/грамматика.md to https://doi.org/${d}: Server error status code (503 Service Unavailable) received`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'zola-check-broken-link-lyukon-share',
      'error',
      WHY.pathSecret(
        'An anthology\'s download link is a share of the society\'s cloud (`/lyukon/<token>/…pdf`, lyukon from люкон, "sharing out"), listed by `zola check` when the share was withdrawn',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: {
            z: [
              `Broken link in content/kylbur/гуждор.md to https://cloud.${OS}/lyukon/${tok}/kylburet-2027.pdf: Client error status code (410 Gone) received`,
            ],
          },
        };
      },
    ),
    plant(
      'encoded',
      'zola-check-imgproxy-percent-encoded-kuslyan',
      'error',
      'A cover image goes through an image proxy whose `url=` is the source URL percent-encoded once; decoded, the society\'s API with `kuslyan=` ("key").',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            z: [
              `Broken link in content/ivor/лыдӟиськон-нунал.md to https://img.${OS}/proxy?w=640&url=https%3A%2F%2Fapi.${OS}%2Fv1%2Fobloshka%2F12.jpg%3Fkuslyan%3D${key}: Client error status code (403 Forbidden) received`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'zola-check-web-archive-timestamp',
      'none',
      "A Wayback Machine link (`web.archive.org/web/<14 digits>/…`): a capture's timestamp, no credential.",
      ({ rng }) => {
        const ts = `20${rng.int(10, 24)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${digits(rng, 6)}`;
        return {
          value: ts,
          event: {
            z: [`Broken link in content/lyddon/_index.md to https://web.archive.org/web/${ts}/http://udmurt-kyl.example/: Timeout`],
          },
        };
      },
    ),
    { raw: { z: ['Error: Found 7 broken link(s) in 6 file(s)', 'Error: Site checked with errors'] } },
  ];
  return buildLog(rng, { start: DAY_UD + 8 * HOUR, site: { host: 'zola' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// circuitpython-muzej.log: the serial console of a CircuitPython 9 board (an ESP32-S3 Feather) that watches the museum
// room's climate, copied from the terminal: `Auto-reload is on…`, `code.py output:`, what code.py prints (Udmurt
// messages, Python reprs of dicts and bytes), a traceback, `Code done running.`, `soft reboot`. No time.
// From memory (not fetched): CircuitPython's console lines.

function circuitpyLog(rng) {
  const render = (e) => e.c;
  const filler = (rng) =>
    rng.pick([
      () => ({ c: [`Музейын шуныт: ${rng.int(180, 240) / 10}°C, нюрлык: ${rng.int(35, 60)}%`] }),
      () => ({ c: [`Музейын шуныт: ${rng.int(180, 240) / 10}°C, нюрлык: ${rng.int(35, 60)}%`] }),
      () => ({ c: ['Ыстэмын.'] }),
    ])();
  const steps = [
    {
      raw: {
        c: [
          'Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.',
          'code.py output:',
          'Adafruit CircuitPython 9.2.4 on 2027-01-14; Adafruit Feather ESP32-S3 4MB Flash 2MB PSRAM with ESP32S3',
        ],
      },
      after: 0,
    },
    plant('negative', 'circuitpython-wifi-mac', 'none', "The board's Wi-Fi MAC address: names the radio, no credential.", ({ rng }) => {
      const mac = Array.from({ length: 6 }, () => rng.hex(2)).join(':');
      return { value: mac, event: { c: [`Wi-Fi MAC: ${mac}`] } };
    }),
    plant(
      'framework-dump',
      'circuitpython-print-settings-dict-wifi-password',
      'error',
      "code.py prints the settings it read from settings.toml while debugging, a Python dict whose repr holds the museum's Wi-Fi password.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: { c: [`{'CIRCUITPY_WIFI_SSID': 'Oshmes-Muzej', 'CIRCUITPY_WIFI_PASSWORD': '${pw}', 'ZAL': 'vozhdyny-zal'}`] },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'circuitpython-print-post-headers-aio-key',
      'error',
      "Before each post to Adafruit IO the code prints the URL and the headers dict, `X-AIO-Key` with the account's key (`aio_…`).",
      ({ rng }) => {
        const key = `aio_${rng.alnum(28)}`;
        return {
          value: key,
          event: {
            c: [
              `POST https://io.adafruit.com/api/v2/oshmes/feeds/muzej-shunyt/data {'X-AIO-Key': '${key}', 'Content-Type': 'application/json'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'circuitpython-sending-url-kuslyan',
      'error',
      `${WHY.apiKey('kuslyan')} ("key", куслян) The code announces in Udmurt what it sends (\`Ыстӥсько:\`, "I am sending"), the society's API URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return { value: key, event: { c: [`Ыстӥсько: https://api.${OS}/v1/muzej/shunyt?kuslyan=${key}&t=21.6`] } };
      },
    ),
    2,
    plant(
      'session-id',
      'circuitpython-print-response-headers-set-cookie',
      'error',
      WHY.session(
        'The code prints the dashboard\'s response headers, a Python dict whose `set-cookie` holds the session (`pukson=<32 hex>`, пуксён, "session, sitting")',
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            c: [
              `{'content-type': 'application/json', 'set-cookie': 'pukson=${s}; Path=/; HttpOnly; SameSite=Lax', 'content-length': '27'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'circuitpython-hexlify-body-kuslyan',
      'error',
      'A debugging `print(binascii.hexlify(body))` writes the JSON body it posts in hex (`b\'7b22…\'`); decoded, `{"kuslyan": "…"}` with the key.',
      ({ rng }) => {
        const body = JSON.stringify({ kuslyan: rng.alnum(24), t: 21.4 });
        const h = Buffer.from(body).toString('hex');
        return { value: h, event: { c: [`b'${h}'`] } };
      },
    ),
    plant(
      'webhook',
      'circuitpython-slack-workflow-trigger',
      'error',
      WHY.webhook(
        'When the room is too dry the code posts to a Slack workflow trigger (`hooks.slack.com/triggers/T…/<id>/<32 hex>`) and prints the URL after `Ыстӥсько:`',
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return {
          value: s,
          event: {
            c: [
              'Сак луэ: нюрлык 31% — музейын туж куасьмем!',
              `Ыстӥсько: https://hooks.slack.com/triggers/T${upperNum(rng, 10)}/${digits(rng, 13)}/${s}`,
            ],
          },
        };
      },
    ),
    {
      raw: {
        c: [
          'Traceback (most recent call last):',
          '  File "code.py", line 88, in <module>',
          '  File "adafruit_requests.py", line 683, in post',
          'OSError: [Errno 116] ETIMEDOUT',
          '',
          'Code done running.',
          '',
          'Press any key to enter the REPL. Use CTRL-D to reload.',
          'soft reboot',
          '',
          'Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.',
          'code.py output:',
        ],
      },
    },
    plant(
      'negative',
      'circuitpython-cpu-uid',
      'none',
      "`microcontroller.cpu.uid` printed in hex: the chip's serial, no credential.",
      ({ rng }) => {
        const u = rng.hex(12);
        return { value: u, event: { c: [`cpu uid: ${u}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_UD + 9 * HOUR, site: { host: 'circuitpython' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pidgin-debug.log: Pidgin 2.14's debug window saved to a file on the office PC (XMPP account on the society's
// server): `(HH:MM:SS) <category>: <message>`, local time without zone, the XMPP stanzas as `jabber: Sending (ssl)
// (…): <…>` and `jabber: Recv (ssl)(<bytes>): <…>`, a plugin's HTTP requests as `util: Request: '…'` with `\r\n`
// written out. From memory (not fetched): the categories and the stanza lines.

function pidginLog(rng) {
  const ME = `sylvi@${OS}/Pidgin`;
  const render = (e) => e.p.map((text) => `(${hmsAt(e.t, UDT)}) ${text}`);
  const recv = (rng, from, body) => {
    const xml = `<message from='${from}@${OS}/Gajim' to='${ME}' type='chat' id='${rng.uuid()}'><body>${body}</body></message>`;
    return `jabber: Recv (ssl)(${Buffer.byteLength(xml)}): ${xml}`;
  };
  const req = (host, lines) => `util: Request: '${lines.join('\\r\\n')}\\r\\nHost: ${host}\\r\\nConnection: close\\r\\n\\r\\n'`;
  const filler = (rng) =>
    rng.pick([
      () => ({ p: [`jabber: Sending (ssl) (${ME}): <iq type='get' id='purple${rng.hex(8)}'><ping xmlns='urn:xmpp:ping'/></iq>`] }),
      () => ({
        p: [
          recv(
            rng,
            rng.pick(['arkadi', 'nadja', 'vera']),
            rng.pick(['Ӟечбур!', 'Тау!', 'Чаклам, ӧтчы кыллюкамез лыдӟы.', 'Ӵуказе кенеш 10 часын.']),
          ),
        ],
      }),
      () => ({ p: ['util: Writing file blist.xml to directory /home/sylvi/.purple'] }),
    ])();
  const steps = [
    {
      raw: {
        get p() {
          return [
            `account: Connecting to account ${ME}.`,
            'connection: Connecting. gc = 0x55d1c2a3e0c0',
            `dnssrv: querying SRV record for ${OS}: _xmpp-client._tcp.${OS}`,
            `proxy: Attempting connection to 198.51.100.${rng.int(2, 250)}`,
          ];
        },
      },
      after: 0,
    },
    plant(
      'negative',
      'pidgin-scram-client-first-nonce',
      'none',
      'The SASL `auth` stanza of SCRAM-SHA-1, base64 of the client-first message (`n,,n=<user>,r=<nonce>`): a username and a nonce, no credential.',
      ({ rng }) => {
        const b = b64Of(`n,,n=sylvi,r=${rng.b64url(24)}`);
        return {
          value: b,
          event: {
            p: [`jabber: Sending (ssl) (${ME}): <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>${b}</auth>`],
          },
        };
      },
    ),
    plant(
      'negative',
      'pidgin-entity-caps-ver-hash',
      'none',
      "Entity capabilities' `ver` (base64 of a SHA-1 over the client's features): a hash every Pidgin of this version sends, no credential.",
      ({ rng }) => {
        const v = rng.bytes(20).toString('base64');
        return {
          value: v,
          event: {
            p: [
              `jabber: Sending (ssl) (${ME}): <presence><c xmlns='http://jabber.org/protocol/caps' node='http://pidgin.im/' hash='sha-1' ver='${v}'/></presence>`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'pidgin-recv-message-vk-callback-code',
      'warning',
      `${WHY.code} A colleague's sign-in to the site with VK ID stops on an error page, and she sends the callback address in a chat message (\`/pyron/vk/callback?code=…&amp;state=…\`, pyron from пырон, "entering"), escaped as XML.`,
      ({ rng }) => {
        const code = rng.hex(18);
        return {
          value: code,
          event: {
            p: [recv(rng, 'nadja', `Пыронэ ӧй луы, со адрес: https://${OS}/pyron/vk/callback?code=${code}&amp;state=${rng.b64url(22)}`)],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'pidgin-recv-message-id-token',
      'error',
      "The same colleague pastes the address the identity provider returned to (`#id_token=…`), an hour's token minutes old",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 400),
          claims: { iss: `https://id.${OS}`, aud: 'oshmes-site', sub: rng.uuid(), name: 'Надя' },
        });
        return { value: token, jwt: facts, event: { p: [recv(rng, 'nadja', `Таиз но: https://${OS}/pyron/cb#id_token=${token}`)] } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pidgin-recv-message-kuslyan-link',
      'error',
      `${WHY.apiKey('kuslyan')} ("key", куслян) A colleague sends the link to the reading statistics' export, key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { p: [recv(rng, 'arkadi', `Лыдӟисьёс сярысь статистика: https://api.${OS}/v1/statistika.csv?kuslyan=${key}`)] },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'pidgin-util-request-cookie-pukson',
      'error',
      WHY.session(
        "A news-feed plugin fetches the society's intranet feed with the user's cookie, and Pidgin's `util: Request:` writes the whole request, `Cookie: pukson=<32 hex>` (пуксён, \"session\")",
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return { value: s, event: { p: [req(`intra.${OS}`, ['GET /ivor/feed.xml HTTP/1.1', `Cookie: pukson=${s}`])] } };
      },
    ),
    2,
    plant(
      'header-dump',
      'pidgin-util-request-authorization-basic',
      'error',
      "The plugin's other feed uses HTTP Basic, and the same `util: Request:` line writes `Authorization: Basic <base64 of user:password>`.",
      ({ rng }) => {
        const b = b64Of(`sylvi:${rng.alnum(14)}`);
        return { value: b, event: { p: [req(`intra.${OS}`, ['GET /kenesh/feed.xml HTTP/1.1', `Authorization: Basic ${b}`])] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_UD + 10 * HOUR, site: { host: 'pidgin' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jivo-webhooks.jsonl: JivoChat's webhook events for the site's chat as the society's receiver keeps them, one JSON a
// line: `event_name`, `chat_id`, `widget_id`, `visitor`, `agents`, `session` (`geoip`, `ip_addr`, `user_agent`), `page`
// (`url`, `title`), `chat` (`messages` with unix `timestamp`, `type`, `message`; `rate`). From memory (not fetched):
// the fields.

function jivoLog(rng) {
  const WIDGET = rng.b64url(10);
  const render = (e) => [JSON.stringify(e.j)];
  const ev = (rng, t, { url, title = 'Ошмес — удмурт кыл', msgs, event = 'chat_finished' }) => ({
    event_name: event,
    chat_id: rng.int(30000, 39999),
    widget_id: WIDGET,
    visitor: {
      name: rng.pick(['Гордей', 'Люда', 'Ӧнняй', 'Вася', 'Алёна']),
      email: '',
      phone: '',
      number: rng.int(1000, 9999),
      chats_count: rng.int(1, 4),
    },
    agents: [{ id: 417203, name: 'Вера', email: `vera@${OS}` }],
    session: {
      geoip: { region_code: 'UD', country_code: 'RU', region: 'Udmurtiya', city: 'Izhevsk' },
      ip_addr: publicIp(rng),
      user_agent: rng.pick(BROWSERS),
    },
    page: { url, title },
    chat: {
      messages: msgs.map(([type, message], i) => ({ timestamp: Math.floor(t / 1000) - 120 + i * 30, type, message })),
      rate: rng.pick(['positive', 'none']),
      blacklisted: false,
    },
  });
  const filler = (rng, t) => ({
    j: ev(rng, t, {
      url: `https://${OS}/${rng.pick(['kylbur', 'ivor', 'lyddon', 'kenesh'])}`,
      msgs: rng.pick([
        [
          ['visitor', 'Ӟечбур! Кылбуретэз кызьы басьтыны луэ?'],
          ['agent', 'Ӟечбур! Книгаез магазинысь басьтыны луэ.'],
        ],
        [
          ['visitor', 'Вордӥськем кыл нуналлы кытын пуктоды?'],
          ['agent', 'Милям кенешмы 21-тӥ февральын луоз.'],
        ],
      ]),
    }),
  });
  const steps = [
    2,
    plant(
      'negative',
      'jivo-page-url-isbn',
      'none',
      "A book's ISBN-13 in the catalogue page the reader chats from (`/kniga/978…`): a book's number, no credential.",
      ({ rng, t }) => {
        const isbn = `978${digits(rng, 10)}`;
        return {
          value: isbn,
          event: {
            j: ev(rng, t, {
              url: `https://${OS}/kniga/${isbn}`,
              msgs: [
                ['visitor', 'Та книга вуз-а?'],
                ['agent', 'Вуз, 450 манет.'],
              ],
            }),
          },
        };
      },
    ),
    plant(
      'oauth-code',
      'jivo-page-url-vk-callback-code',
      'warning',
      `${WHY.code} A reader's VK ID sign-in ends on the callback page, where she opens the chat; the event's \`page.url\` is the callback with its code.`,
      ({ rng, t }) => {
        const code = rng.hex(18);
        return {
          value: code,
          event: {
            j: ev(rng, t, {
              url: `https://${OS}/pyron/vk/callback?code=${code}&state=${rng.b64url(22)}`,
              msgs: [
                ['visitor', 'Пыро — но страница буш.'],
                ['agent', 'Курисько, выльысь пырыны тыршы.'],
              ],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'jivo-page-url-access-token-fragment',
      'error',
      'Another reader opens the chat on the page the identity provider returned to, and `page.url` keeps its hash, `#access_token=…`.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            j: ev(rng, t, {
              url: `https://${OS}/lyddon#access_token=${at}&token_type=Bearer&expires_in=3600`,
              msgs: [
                ['visitor', 'Лыдӟон книга ӧй усьты.'],
                ['agent', 'Тау, учкиськом.'],
              ],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'jivo-visitor-message-expired-id-token',
      'note',
      "A reader pastes the address she was stuck on into the chat, `#id_token=…` in it; the token had expired about two hours before the message's unix timestamp",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 2 * 3600 + rng.int(60, 900),
          claims: { iss: `https://id.${OS}`, aud: 'oshmes-site', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            j: ev(rng, t, {
              url: `https://${OS}/kenesh`,
              msgs: [
                ['visitor', `Таиз адрес: https://${OS}/pyron/cb#id_token=${token}`],
                ['agent', 'Тау! Выльысь пыры.'],
              ],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'jivo-agent-message-kuslyan-feed',
      'error',
      `${WHY.apiKey('kuslyan')} ("key", куслян) The agent sends a library partner the link to the new-books feed, key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            j: ev(rng, t, {
              url: `https://${OS}/kenesh`,
              msgs: [
                ['visitor', 'Выль книгаос сярысь RSS вань-а?'],
                ['agent', `Вань: https://api.${OS}/v1/vyl-kniga.rss?kuslyan=${key}`],
              ],
            }),
          },
        };
      },
    ),
    plant(
      'negative',
      'jivo-page-url-yclid',
      'none',
      "Yandex Direct's click id (`yclid`, digits) in the landing page's address: an ad click id, no credential.",
      ({ rng, t }) => {
        const y = digits(rng, 20);
        return {
          value: y,
          event: {
            j: ev(rng, t, {
              url: `https://${OS}/kylbur?yclid=${y}`,
              msgs: [
                ['visitor', 'Ӟечбур!'],
                ['agent', 'Ӟечбур! Кызьы юрттыны?'],
              ],
            }),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_UD + 11 * HOUR, site: { host: 'jivo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// konversation-udmurt-kyl.log: Konversation's log of the society's IRC channel: `[<Day Mon D YYYY>] [HH:MM:SS] <nick>\t
// text` in local time without zone, joins as `-->`. From memory (not fetched): the layout.

function konversationLog(rng) {
  const render = (e) =>
    e.k.map(
      (text) =>
        `[${DAYS[new Date(e.t + UDT * MIN).getUTCDay()]} ${MONTHS[new Date(e.t + UDT * MIN).getUTCMonth()]} ${new Date(e.t + UDT * MIN).getUTCDate()} 2027] [${hmsAt(e.t, UDT)}] ${text}`,
    );
  const NICKS = ['arkadi', 'vera_k', 'sylvi', 'gordej', 'kyltodis'];
  const SAY = ['Ӟечбур, ваньмыз!', 'Тау', 'Выль кыллюкамлы 120 кыл ватсаськиз', 'Орфографиез эскерыны кулэ', 'Ӵуказе пумиськом'];
  const filler = (rng) => ({ k: [`<${rng.pick(NICKS)}>\t${rng.pick(SAY)}`] });
  const say = (n, text) => ({ k: [`<${n}>\t${text}`] });
  const steps = [
    { raw: { k: ['-->\tarkadi (~arkadi@oshmes/arkadi) has joined #udmurt-kyl'] }, after: 0 },
    2,
    plant(
      'webhook',
      'konversation-rocketchat-incoming-webhook',
      'error',
      WHY.webhook(
        "A member pastes the society's Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) so a bot can post the channel's news",
      ),
      ({ rng }) => {
        const tok = rng.alnum(48);
        return { value: tok, needle: tok, event: say('kyltodis', `ботлы: https://chat.${OS}/hooks/${rng.alnum(17)}/${tok}`) };
      },
    ),
    2,
    plant(
      'negative',
      'konversation-commit-sha',
      'none',
      "A commit of the spell checker's repository (40 hex): a commit id, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: say('sylvi', `орфография: https://git.${OS}/oshmes/hunspell-udm/commit/${c}`) };
      },
    ),
    2,
    plant(
      'path-secret',
      'konversation-pyron-magic-link',
      'error',
      WHY.pathSecret(
        'A member pastes the one-click sign-in link the site mailed her (`/pyron/<token>`, pyron from пырон, "entering") to ask why it fails',
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return { value: tok, event: say('vera_k', `та ссылка ӧз ужа: https://${OS}/pyron/${tok}`) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'konversation-pasted-token-response-json',
      'error',
      `${WHY.refresh} A member pastes the JSON his script got from the OAuth server of the society's cloud, \`refresh_token\` in it.`,
      ({ rng }) => {
        const rt = `1:${rng.alnum(16)}:${rng.b64url(60)}`;
        return {
          value: rt,
          event: say(
            'gordej',
            `{"token_type":"bearer","access_token":"y0_${rng.b64url(52)}","expires_in":31536000,"refresh_token":"${rt}"}`,
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'konversation-embed-jwt-30d-jti',
      'error',
      "The reading-club widget's embed (`/embed/<JWT>`) pasted for a partner library",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 5 * 86400),
          jti: true,
          claims: { widget: 'lyddiskon-klub', org: 'oshmes' },
        });
        return { value: token, jwt: facts, event: say('arkadi', `библиотекалы: https://${OS}/embed/${token}`) };
      },
    ),
    2,
    plant(
      'encoded',
      'konversation-base64-url-kuslyan',
      'error',
      'A member hides a link in base64 to keep the key out of the channel\'s plain text; decoded, the society\'s API URL with `kuslyan=` ("key").',
      ({ rng }) => {
        const b = b64Of(`https://api.${OS}/v1/kyllyukam.json?kuslyan=${rng.alnum(32)}`);
        return { value: b, event: say('kyltodis', `base64 -d: ${b}`) };
      },
    ),
    plant(
      'negative',
      'konversation-gpg-fingerprint',
      'none',
      "An OpenPGP key's fingerprint (40 hex in groups): identifies a public key, no credential.",
      ({ rng }) => {
        const f = rng.hex(40).toUpperCase().match(/.{4}/g).join(' ');
        return { value: f, event: say('sylvi', `мынам GPG: ${f}`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_UD + 18 * HOUR, site: { host: 'irc' }, filler, render, steps });
}

// =====================================================================================================================
// «Kesteshi» embroidery cooperative (Karakalpak; Nókis/Nukus: UTC+5 all year)
// =====================================================================================================================

const KS = 'kesteshi.example';

// ---------------------------------------------------------------------------------------------------------------------
// eskiz-sms-export.jsonl: the cooperative's sent SMS read back from Eskiz's API (`/api/message/sms/get-user-messages`),
// one message a line: `id`, `user_id`, `country_code`, `message`, `nick`, `phone_number`, `parts_count`, `status`,
// `status_date`, `user_sms_id`, `created_at`, `updated_at` (Laravel's `…000000Z`, UTC). From memory (not fetched).

function eskizLog(rng) {
  const render = (e) => [JSON.stringify(e.s)];
  const sms = (rng, t, message) => {
    const at = `${iso(t).slice(0, 19)}.000000Z`;
    return {
      id: rng.int(180000000, 189999999),
      user_id: 22817,
      country_code: 'UZ',
      message,
      nick: '4546',
      phone_number: `99861${digits(rng, 7)}`,
      parts_count: message.length > 70 ? 2 : 1,
      status: rng.pick(['DELIVRD', 'DELIVRD', 'DELIVRD', 'TRANSMTD']),
      status_date: `${iso(t + 4000).slice(0, 19)}.000000Z`,
      user_sms_id: rng.uuid(),
      created_at: at,
      updated_at: at,
    };
  };
  const filler = (rng, t) => ({
    s: sms(
      rng,
      t,
      rng.pick([
        `Húrmetli klient, buyırtpańız #${rng.int(1000, 4999)} qabıl etildi. Kesteshi`,
        `Buyırtpańız #${rng.int(1000, 4999)} tayar, dúkanǵa kelip alıwıńızǵa boladı. Kesteshi`,
        'Kesteshi: 25-dekabr kúni kesteshilik sabaǵı saat 10:00 de baslanadı.',
      ]),
    ),
  });
  const steps = [
    2,
    plant(
      'path-secret',
      'eskiz-sms-order-page-token',
      'error',
      WHY.pathSecret(
        "An SMS gives the customer her order's private page (`/b/<token>`), with her address and the photos of the embroidery",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(22);
        return { value: tok, event: { s: sms(rng, t, `Buyırtpańız tayar. Kóriw: https://${KS}/b/${tok}`) } };
      },
    ),
    2,
    plant(
      'negative',
      'eskiz-sms-post-tracking-number',
      'none',
      "A parcel's tracking number of the national post (`CP<9 digits>UZ`, the UPU's S10 format): a shipment id, no credential.",
      ({ rng, t }) => {
        const n = `CP${digits(rng, 9)}UZ`;
        return { value: n, event: { s: sms(rng, t, `Posılkańız jiberildi, trek nomeri: ${n}. Kesteshi`) } };
      },
    ),
    plant(
      'negative',
      'eskiz-sms-payme-checkout-link',
      'none',
      'A Payme checkout link, base64 of `m=<merchant>;ac.order_id=…;a=<amount>`: the merchant id and an order, no credential.',
      ({ rng, t }) => {
        const b = b64Of(`m=${rng.hex(24)};ac.order_id=${rng.int(1000, 4999)};a=${rng.int(50, 900)}00000`);
        return { value: b, event: { s: sms(rng, t, `Tólem: https://checkout.paycom.uz/${b}`) } };
      },
    ),
    2,
    plant(
      'api-key-name',
      'eskiz-sms-calendar-gilt',
      'error',
      `${WHY.apiKey('gilt')} ("key") An SMS to a teacher gives her the class calendar feed, key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { s: sms(rng, t, `Sabaqlar kalendarı: https://${KS}/kalendar.ics?gilt=${key}`) } };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'eskiz-sms-expired-embed-jwt',
      'note',
      "An SMS links the order's status widget (`/embed/<JWT>`); read back, the token had expired a day before the message's `created_at` (UTC)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + 3600 + rng.int(60, 3000),
          claims: { order: rng.int(1000, 4999), view: 'status' },
        });
        return { value: token, jwt: facts, event: { s: sms(rng, t, `Buyırtpa jaǵdayı: https://${KS}/embed/${token}`) } };
      },
    ),
    2,
    plant(
      'encoded',
      'eskiz-sms-d-base64url-json-gilt',
      'error',
      'A link whose `d=` is a JSON object in base64url; decoded, `{"buyirtpa":…,"gilt":"…"}` with the shop API\'s key.',
      ({ rng, t }) => {
        const d = b64json({ buyirtpa: rng.int(1000, 4999), gilt: rng.alnum(32) });
        return { value: d, event: { s: sms(rng, t, `Tólemdi tastıyıqlań: https://${KS}/t?d=${d}`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KK + 4 * HOUR, site: { host: 'eskiz' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pyrogram-kesteshi-bot.log: the cooperative's Telegram bot on Pyrogram 2.0, Python logging with the format
// `%(asctime)s - %(name)s - %(levelname)s - %(message)s` (local time, no zone): Pyrogram's session lines, httpx's
// `HTTP Request:` lines, the bot's own lines in Karakalpak, a traceback. From memory (not fetched): Pyrogram's messages.

function pyrogramLog(rng) {
  const BOT = 'kesteshi_bot';
  const render = (e) =>
    e.y.map((text, i) => ((i === 0 && e.cont !== 'all') || !e.cont ? `${ymdHmsAt(e.t, NKT)},${msAt(e.t, NKT)} - ${text}` : text));
  const filler = (rng) =>
    rng.pick([
      () => ({ y: [`${BOT} - INFO - Jańa xabar: ${rng.int(100000000, 999999999)} → /${rng.pick(['katalog', 'buyirtpa', 'baylanis'])}`] }),
      () => ({ y: [`httpx - INFO - HTTP Request: GET https://api.${KS}/v1/katalog?bet=${rng.int(1, 9)} "HTTP/1.1 200 OK"`] }),
      () => ({ y: [`${BOT} - INFO - Buyırtpa #${rng.int(1000, 4999)} jaǵdayı jiberildi`] }),
    ])();
  const steps = [
    {
      raw: {
        y: [
          `${BOT} - ERROR - Bot iske túspedi`,
          'Traceback (most recent call last):',
          '  File "/srv/kesteshi-bot/main.py", line 14, in <module>',
        ],
        cont: true,
      },
      after: 0,
    },
    plant(
      'webhook',
      'pyrogram-traceback-source-line-bot-token',
      'error',
      WHY.webhook(
        "The traceback of a failed start quotes main.py's line, where the Telegram bot token (`<id>:AA…`) is written into the `Client(…)` call",
      ),
      ({ rng }) => {
        const tok = `${rng.int(6000000000, 8999999999)}:AA${rng.b64url(33)}`;
        return {
          value: tok,
          event: {
            y: [
              `    app = Client("kesteshi", api_id=API_ID, api_hash=API_HASH, bot_token="${tok}")`,
              'pyrogram.errors.exceptions.bad_request_400.ApiIdInvalid: Telegram says: [400 API_ID_INVALID]',
            ],
            cont: 'all',
          },
        };
      },
      { after: 0 },
    ),
    {
      raw: {
        y: ['pyrogram.client - INFO - Pyrogram v2.0.106, Copyright (C) 2017-present Dan <https://github.com/delivrance>'],
      },
    },
    { raw: { y: ['pyrogram.session.session - INFO - Session initialized: Layer 158'] } },
    { raw: { y: ['pyrogram.session.session - INFO - Session started'] } },
    2,
    plant(
      'negative',
      'pyrogram-httpx-headers-authorization-secure',
      'none',
      "httpx's `Headers` repr masks `authorization` as `'[secure]'`: a redaction, no credential.",
      () => ({
        value: "'authorization': '[secure]'",
        event: { y: [`${BOT} - DEBUG - so'raw: Headers({'host': 'api.${KS}', 'accept': '*/*', 'authorization': '[secure]'})`] },
      }),
    ),
    plant(
      'header-dump',
      'pyrogram-httpx-headers-x-gilt',
      'error',
      'The next request\'s `Headers` repr: httpx masks only the authorization headers, so the shop API\'s own header `x-gilt` ("key") is printed whole.',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { y: [`${BOT} - DEBUG - so'raw: Headers({'host': 'api.${KS}', 'accept': '*/*', 'x-gilt': '${key}'})`] },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'pyrogram-httpx-request-line-gilt',
      'error',
      `${WHY.apiKey('gilt')} ("key") httpx writes every request's URL at INFO, the shop API's key in its query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            y: [`httpx - INFO - HTTP Request: GET https://api.${KS}/v1/buyirtpa/${rng.int(1000, 4999)}?gilt=${key} "HTTP/1.1 200 OK"`],
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'pyrogram-bot-python-repr-token-dict',
      'error',
      `${WHY.refresh} The bot logs the shop API's token response, a Python dict's repr with \`'refresh_token'\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            y: [
              `${BOT} - DEBUG - token jańalandı: {'access_token': '${rng.b64url(40)}', 'refresh_token': '${rt}', 'expires_in': 3600, 'token_type': 'Bearer'}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'pyrogram-start-deep-link-kiriw-first',
      'note',
      WHY.ticketFirst(
        'A one-time sign-in ticket for the shop, passed through the bot\'s deep link (`t.me/kesteshi_bot?start=kiriw_…`, kiriw, "entering"); the bot logs `/start` with it and redeems it. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(32);
        return { value: tk, event: { y: [`${BOT} - INFO - /start kiriw_${tk} → paydalanıwshı ${rng.int(100000000, 999999999)} kirdi`] } };
      },
    ),
    2,
    plant(
      'negative',
      'pyrogram-photo-file-unique-id',
      'none',
      "A photo's `file_unique_id`: Telegram's stable id of a file, which downloads nothing, no credential.",
      ({ rng }) => {
        const f = `AQAD${rng.b64url(12)}`;
        return { value: f, event: { y: [`${BOT} - INFO - Súwret alındı: file_unique_id=${f}`] } };
      },
    ),
    plant(
      'session-id',
      'pyrogram-export-session-string',
      'error',
      WHY.session(
        "The admin's helper script prints the Pyrogram session string of the cooperative's user account (`export_session_string()`), the whole authorization of the account",
      ),
      ({ rng }) => {
        const s = rng.b64url(351);
        return { value: s, event: { y: [`${BOT} - WARNING - sessiya qatarı: ${s}`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KK + 5 * HOUR, site: { host: 'pyrogram' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// forever-kesteshi-api.log: `forever logs kesteshi-api.js` of the shop's Node API (Express 4): `data:    <script>:<pid>
// - <line>` for each line of the process's output: morgan's `combined` lines (time in UTC, `+0000`), console.log
// lines with Node's util.inspect (objects over several lines, Buffers in hex). From memory (not fetched).

function foreverLog(rng) {
  const PID = 2211;
  const render = (e) => e.f.map((text) => (text.startsWith('info:') ? text : `data:    kesteshi-api.js:${PID} - ${text}`));
  const morgan = (e, { ip = e.ip, p, status = 200, ref = '-', ua = e.ua, size = rng.int(200, 9000) }) =>
    `${ip} - - [${clf(e.t, 0)}] "GET ${p} HTTP/1.1" ${status} ${size} "${ref}" "${ua}"`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ f: [morgan({ t, ip: publicIp(rng), ua: rng.pick(BROWSERS) }, { p: `/api/katalog?bet=${rng.int(1, 9)}` })] }),
      () => ({ f: [`Buyırtpa #${rng.int(1000, 4999)} saqlandı`] }),
    ])();
  const steps = [
    { raw: { f: ['info:    Showing logs for kesteshi-api.js', 'Kesteshi API 3000-portta islep tur'] }, after: 0 },
    2,
    plant(
      'oauth-code',
      'forever-oneid-callback-console-and-morgan',
      'warning',
      `${WHY.code} Staff sign in with OneID, the state's single sign-on; the handler logs the callback's query and morgan writes the request line of the same request.`,
      ({ rng, t }) => {
        const code = rng.b64url(32);
        const state = rng.hex(16);
        return {
          value: code,
          event: {
            f: [
              `OneID callback: { code: '${code}', state: '${state}' }`,
              morgan(
                { t, ip: publicIp(rng), ua: BROWSERS[0] },
                { p: `/kiriw/oneid/callback?code=${code}&state=${state}`, status: 302, size: 0 },
              ),
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'forever-tokenset-inspect-id-token',
      'error',
      "openid-client's `TokenSet` printed with console.log, util.inspect writing one property a line, `id_token: '…'` among them: an hour's token, just issued",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 10),
          claims: { iss: 'https://sso.egov.example', aud: 'kesteshi', sub: digits(rng, 14) },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            f: [
              'TokenSet {',
              `  access_token: '${rng.b64url(40)}',`,
              `  id_token: '${token}',`,
              "  token_type: 'Bearer',",
              `  expires_at: ${Math.floor(t / 1000) + 3600}`,
              '}',
            ],
          },
        };
      },
    ),
    plant(
      'session-id',
      'forever-console-set-cookie-connect-sid',
      'error',
      WHY.session("The sign-in handler logs the `Set-Cookie` it sends, express-session's signed `connect.sid` (`s%3A<id>.<signature>`)"),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return { value: sid, event: { f: [`Set-Cookie: [ 'connect.sid=s%3A${sid}.${rng.b64url(43)}; Path=/; HttpOnly; SameSite=Lax' ]`] } };
      },
    ),
    2,
    plant(
      'negative',
      'forever-morgan-objectid-route',
      'none',
      'A MongoDB ObjectId (24 hex) naming an order in a route: an id, no credential.',
      ({ rng, t }) => {
        const id = rng.hex(24);
        return { value: id, event: { f: [morgan({ t, ip: publicIp(rng), ua: BROWSERS[1] }, { p: `/api/buyirtpa/${id}` })] } };
      },
    ),
    plant(
      'embed-jwt',
      'forever-morgan-referer-embed-jwt-120s',
      'warning',
      "The order widget embedded on the shop's site (`/embed/<JWT>`) loads its data, and morgan's `combined` line writes the embed page as the Referer, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(3, 30),
          claims: { order: rng.int(1000, 4999), view: 'status' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            f: [
              morgan(
                { t, ip: publicIp(rng), ua: BROWSERS[2] },
                { p: '/api/widget/jaǵday'.replace('ǵ', 'g'), ref: `https://${KS}/embed/${token}` },
              ),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'forever-morgan-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to the cooperative\'s embroidery fair (`bilet=`, "ticket"), checked at the door by the organisers\' tablet; morgan writes the check. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.bilet = t;
        return {
          value: tk,
          event: { f: [morgan({ t, ip: '203.0.113.45', ua: 'okhttp/5.3.2' }, { p: `/api/bilet/tekser?bilet=${tk}`, size: 41 })] },
        };
      },
      { ref: 'bilet' },
    ),
    1,
    plant(
      'replay',
      'forever-morgan-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} A phone on another address checked the same fair ticket, a photo of it shared, and the API accepted it again.`,
          },
        ],
        event: {
          f: [morgan({ t, ip: '198.51.100.23', ua: BROWSERS[4] }, { p: `/api/bilet/tekser?bilet=${refs.get('bilet').value}`, size: 41 })],
        },
      }),
      { replayOf: 'bilet', after: 131 },
    ),
    2,
    plant(
      'encoded',
      'forever-console-buffer-hex-gilt',
      'error',
      'The payment webhook\'s raw body logged as a Buffer, which util.inspect prints as hex bytes (`<Buffer 7b 22 …>`); decoded, `{"gilt":"…"}` with the shop API\'s key.',
      ({ rng }) => {
        const hx = Buffer.from(JSON.stringify({ gilt: rng.alnum(24) }))
          .toString('hex')
          .match(/../g)
          .join(' ');
        return { value: hx, event: { f: [`webhook body: <Buffer ${hx}>`] } };
      },
    ),
    plant(
      'negative',
      'forever-console-etag',
      'none',
      'A weak ETag (`W/"<size>-<hash>"`) in a cache line: a content hash, no credential.',
      ({ rng }) => {
        const e = rng.b64url(27);
        return { value: e, event: { f: [`katalog keshten: W/"${rng.hex(4)}-${e}"`] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KK + 6 * HOUR, site: { host: 'forever' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rustdesk-kesteshi.log: the RustDesk 1.3 client log on the workshop's PC (flexi_logger: `[<yyyy-mm-dd
// hh:mm:ss.ffffff +05:00>] <LEVEL> [<file>:<line>] <message>`), with Rust's `{:?}` of structs and maps.
// From memory (not fetched): the messages and the structs' fields.

function rustdeskLog(rng) {
  const render = (e) =>
    e.r.map(([lvl, src, msg]) => `[${ymdHmsAt(e.t, NKT)}.${msAt(e.t, NKT)}${digits(rng, 3)} +05:00] ${lvl.padEnd(5)} [${src}] ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ r: [['INFO', 'src/rendezvous_mediator.rs:140', `start rendezvous mediator of rd.${KS}`]] }),
      () => ({
        r: [['INFO', 'src/server/connection.rs:1210', `Connection opened from 10.20.0.${rng.int(2, 60)}:${rng.int(40000, 60000)}.`]],
      }),
      () => ({ r: [['DEBUG', 'src/ipc.rs:562', 'ipc: options changed']] }),
    ])();
  const steps = [
    { raw: { r: [['INFO', 'src/main.rs:53', 'RustDesk 1.3.2 (Kesteshi), start']] }, after: 0 },
    plant(
      'negative',
      'rustdesk-server-public-key',
      'none',
      "The self-hosted server's public key (`key`, base64 of an Ed25519 public key), the one every client is configured with: public, no credential.",
      ({ rng }) => {
        const k = rng.bytes(32).toString('base64');
        return { value: k, event: { r: [['INFO', 'src/common.rs:883', `rendezvous server key: "${k}"`]] } };
      },
    ),
    plant(
      'framework-dump',
      'rustdesk-options-hashmap-proxy-password',
      'error',
      "The client logs its options, Rust's `{:?}` of a HashMap, the HTTP proxy's `proxy-password` in it.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            r: [
              [
                'DEBUG',
                'src/client.rs:402',
                `options: {"custom-rendezvous-server": "rd.${KS}", "proxy-url": "http://proxy.${KS}:3128", "proxy-username": "ustaxana", "proxy-password": "${pw}"}`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'rustdesk-authbody-debug-access-token',
      'error',
      WHY.session(
        "The account login's response, Rust's `{:?}` of `AuthBody { access_token: \"…\", … }`: the API server's session token for the address book",
      ),
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: {
            r: [
              [
                'INFO',
                'src/hbbs_http/account.rs:237',
                `login ok: AuthBody { access_token: "${tok}", type: "access_token", tfa_type: "", secret: "", user: UserPayload { name: "aysulu", email: None, note: None, status: Normal, is_admin: false } }`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'rustdesk-reqwest-error-url-gilt',
      'error',
      `${WHY.apiKey('gilt')} ("key") The heartbeat to the cooperative's own API fails, and reqwest's error names the URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            r: [
              [
                'ERROR',
                'src/hbbs_http/sync.rs:118',
                `sync error: error sending request for url (https://api.${KS}/v1/qurilma/heartbeat?gilt=${key}): operation timed out`,
              ],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'rustdesk-updater-download-bolisiw-token',
      'error',
      WHY.pathSecret(
        'The custom client\'s update is a share of the cooperative\'s cloud (`/bolisiw/<token>/…exe`, bólisiw, "sharing"), and the updater logs what it downloads',
      ),
      ({ rng }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: {
            r: [['INFO', 'src/updater.rs:96', `Downloading https://cloud.${KS}/bolisiw/${tok}/rustdesk-kesteshi-1.3.3-x86_64.exe`]],
          },
        };
      },
    ),
    plant(
      'negative',
      'rustdesk-updater-sha256',
      'none',
      'The SHA-256 of the downloaded installer (64 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { r: [['INFO', 'src/updater.rs:121', `sha256 ok: ${h}`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_KK + 8 * HOUR, site: { host: 'rustdesk' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout98');
writePart(join(here, 'heldout98'), {
  'mirc-kmm-shop.Libera.log': mircLog(rng),
  'docusaurus-build-wiki.log': docusaurusLog(rng),
  'overmind-members.log': overmindLog(rng),
  'hexo-deploy.log': hexoLog(rng),
  'orcaslicer-debug.log': orcaLog(rng),
  'zola-oshmes.log': zolaLog(rng),
  'circuitpython-muzej.log': circuitpyLog(rng),
  'pidgin-debug.log': pidginLog(rng),
  'jivo-webhooks.jsonl': jivoLog(rng),
  'konversation-udmurt-kyl.log': konversationLog(rng),
  'eskiz-sms-export.jsonl': eskizLog(rng),
  'pyrogram-kesteshi-bot.log': pyrogramLog(rng),
  'forever-kesteshi-api.log': foreverLog(rng),
  'rustdesk-kesteshi.log': rustdeskLog(rng),
});
