// Writes corpus/logs-in-the-wild/heldout83/: an eighty-third held-out part, in formats no other part uses (an Ollama
// server.log at OLLAMA_DEBUG=1, a Streamlit app's console at `--logger.level=debug`, a GoatCounter CSV export, an
// Amplitude Export API file (NDJSON), an AWStats 7.9 monthly data file, a Magnolia CMS 6 `magnolia-debug.log`, a Gradio
// app's console with httpx's request lines, an OroCommerce 6 `var/logs/prod.log` (Monolog), a Neos Flow 8
// `System_Production.log`, a PostHog events CSV export, a MagicMirror² console, an LLDAP log (tracing-forest) at
// verbose, a Statamic 5 daily `laravel-<date>.log`, `docker logs -t` of Pocket ID), with credentials planted in the
// places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each
// line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout83.mjs     rewrites heldout83/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Penwith Stone & Tide, a West Cornwall group with a granite quarry (Carn Glas), a tidal seaside lido
// and a sheep auction mart (English, five logs); Tunnara e Jardini Sciàcca, a Trapani family group with a tuna cannery
// (cunserva di tunnina), a blood-orange and lemon growers' cooperative and an opera dei pupi puppet theatre (Sicilian
// messages where the app shows them, routes, parameter, header, key and property names in Sicilian, English code names,
// five logs); the Ellan Vannin road-race marshals' association and Skeddan Jiarg, a Peel kipper smokehouse (Manx
// messages where the app shows them, names in Manx, four logs). Standard names (OAuth's, vendors') stay as their
// specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, local, lowerNum, MIN, pad, replayClock, upperNum } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-httpx/0.28.1', 'okhttp/5.3.2', 'Go-http-client/2.0', 'GuzzleHttp/7'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 5, 14, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Cornwall and the Isle of Man in June (BST, UTC+1), Trapani (CEST, UTC+2). */
const BST = 60;
const CEST = 120;
const render = (e) => e.L;
const csv = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
/** slog's text handler quoting (strconv.Quote-like for the characters used here). */
const slogq = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
const offs = (m) => `${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60))}:${pad(Math.abs(m) % 60)}`;

// =====================================================================================================================
// Penwith Stone & Tide (English; West Cornwall, BST)
// =====================================================================================================================

const PW = 'penwithstone.example';
const LIDO = 'battery-lido.example';
const MART = 'stburyanmart.example';

// ---------------------------------------------------------------------------------------------------------------------
// server.log: ~/.ollama/logs/server.log of the Ollama 0.9 macOS app on the quarry office's Mac mini with OLLAMA_DEBUG=1:
// log/slog's text handler (`time=<RFC 3339, ms, offset> level=<L> source=<file>:<line> msg="…" k=v …`), with the prompt
// of each chat request at DEBUG, and Gin's request lines (`[GIN] yyyy/mm/dd - HH:MM:SS | <status> | <latency> | <ip> |
// <method> "<path>"`, local time, no zone). From memory (not fetched).

function ollamaLog(rng) {
  const ts = (t) => `${local(t, BST).slice(0, 23)}${offs(BST)}`;
  const sl = (t, level, src, msg, kv = '') => `time=${ts(t)} level=${level} source=${src} msg=${slogq(msg)}${kv ? ` ${kv}` : ''}`;
  const gin = (t, status, path, method = 'POST') => {
    const l = local(t, BST);
    return `[GIN] ${l.slice(0, 10).replace(/-/g, '/')} - ${l.slice(11, 19)} | ${status} | ${(rng.int(20, 9000) / 1000).toFixed(6).padStart(13)}s |       127.0.0.1 | ${method.padEnd(8)} "${path}"`;
  };
  const blob = rng.hex(64);
  const chat = (t, prompt) => [
    sl(
      t,
      'DEBUG',
      'routes.go:1533',
      'chat request',
      `images=0 prompt=${slogq(`<|start_header_id|>system<|end_header_id|>\n\nYou are the Carn Glas office assistant.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n${prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`)}`,
    ),
    sl(t + 2100, 'DEBUG', 'server.go:1102', 'llama server stopped streaming', `duration=${(rng.int(900, 9000) / 1000).toFixed(3)}s`),
    gin(t + 2200, 200, '/api/chat'),
  ];
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: chat(
          t,
          rng.pick([
            'Draft a polite reply to a customer asking about the lead time for 40 tonnes of 20mm chippings.',
            "Summarise this week's blast log into three bullet points.",
            'What is 18.4 tonnes at £27.50 a tonne plus VAT?',
            "Rewrite the lido's winter opening notice in plainer English.",
          ]),
        ),
      }),
      () => ({ L: [gin(t, 200, '/api/tags', 'GET')] }),
      () => ({
        L: [sl(t, 'DEBUG', 'sched.go:592', 'evaluating already loaded', `model=/Users/office/.ollama/models/blobs/sha256-${blob}`)],
      }),
      () => ({ L: [sl(t, 'INFO', 'server.go:637', 'llama runner started in 1.84 seconds')] }),
      () => ({ L: [gin(t, 200, '/api/version', 'GET')] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          sl(
            DAY0 + 7 * HOUR,
            'INFO',
            'routes.go:1205',
            'server config',
            'env="map[OLLAMA_DEBUG:true OLLAMA_HOST:http://127.0.0.1:11434 OLLAMA_KEEP_ALIVE:5m0s OLLAMA_MAX_LOADED_MODELS:0 OLLAMA_MODELS:/Users/office/.ollama/models OLLAMA_ORIGINS:[http://localhost https://localhost]]"',
          ),
          sl(DAY0 + 7 * HOUR, 'INFO', 'routes.go:1258', 'Listening on 127.0.0.1:11434 (version 0.9.6)'),
          sl(
            DAY0 + 7 * HOUR,
            'INFO',
            'types.go:130',
            'inference compute',
            'id=0 library=metal variant="" compute="" driver=0.0 name="" total="10.7 GiB" available="10.7 GiB"',
          ),
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'ollama-model-blob-sha256',
      'none',
      "The model's blob name (`sha256-<64 hex>`), the content hash Ollama stores a model layer under: no credential.",
      ({ rng, t }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            L: [
              sl(
                t,
                'INFO',
                'server.go:405',
                'starting llama server',
                `cmd="/Applications/Ollama.app/Contents/Resources/ollama runner --model /Users/office/.ollama/models/blobs/sha256-${h} --ctx-size 8192 --batch-size 512 --threads 4 --parallel 2 --port ${rng.int(49152, 65000)}"`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'ollama-debug-prompt-pasted-callback-id-token',
      'error',
      "A user pastes the address of a failed sign-in (the customer portal's OIDC callback with `id_token=`) into the office assistant; at OLLAMA_DEBUG=1 the server writes every prompt, so the ID token is in server.log on a line with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: {
            iss: `https://login.${PW}`,
            sub: `cust-${digits(rng, 6)}`,
            aud: 'portal',
            email: 'orders@trevassack-builders.example',
            nonce: rng.b64url(16),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: chat(
              t,
              `The portal keeps saying "invalid session" after login. This is the address it ends on: https://portal.${PW}/oidc/callback?id_token=${token}&state=${rng.b64url(20)} what does it mean?`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'ollama-debug-prompt-pasted-curl-apitoken',
      'error',
      `${WHY.apiKey('apiToken')} The weighbridge vendor's API takes it in the query; a clerk pastes the curl command into the assistant and the prompt goes to server.log.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            L: chat(
              t,
              `Why does this return 403? curl -s "https://api.weighsoft.example/v2/tickets?site=carn-glas&from=2027-06-13&apiToken=${key}"`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'ollama-debug-prompt-pasted-url-sessionid',
      'error',
      WHY.session(
        "The mart's online bidding page with `sessionid=` in its address, pasted into the assistant with a question; the debug prompt line writes it",
      ),
      ({ rng, t }) => {
        const sid = rng.lowerNum(32);
        return {
          value: sid,
          event: {
            L: chat(
              t,
              `Can you make this link shorter for the newsletter? https://bid.${MART}/sale/2027-06-20/lots?sessionid=${sid}&pen=41`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'ollama-debug-prompt-pasted-implicit-fragment',
      'error',
      "The lido's season-pass page, copied from the address bar after the payment provider's implicit sign-in (`#access_token=…`), pasted into the assistant: the prompt line holds the access token.",
      ({ rng, t }) => {
        const at = rng.b64url(46);
        return {
          value: at,
          event: {
            L: chat(
              t,
              `Customer says the pass page is blank, the address is https://passes.${LIDO}/app/#access_token=${at}&token_type=Bearer&expires_in=3600 - is that our fault?`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'ollama-debug-prompt-git-commit-sha',
      'none',
      'A git commit hash (40 hex) pasted in a prompt about a deployment: an identifier of a commit, no credential.',
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { L: chat(t, `Write a changelog line for commit ${sha} "weighbridge: round to 20 kg"`) } };
      },
    ),
    3,
    plant(
      'framework-dump',
      'ollama-debug-prompt-pasted-rails-parameters',
      'error',
      'A developer pastes a Rails log excerpt (`Parameters: {"user"=>{"email"=>…, "password"=>"…"}}`) into the assistant; the password the mart\'s app logged (its filter_parameters were wrong) is now in Ollama\'s server.log too.',
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            L: chat(
              t,
              `Explain this log: Started POST "/users/sign_in" for 10.4.1.20 ... Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"pens@${MART}", "password"=>"${pw}"}, "commit"=>"Log in"}`,
            ),
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'office-mini' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// blastwatch.log: the console of `streamlit run blastwatch.py --logger.level=debug` (Streamlit 1.45) on the quarry's
// monitoring PC, redirected to a file: the start banner, then Python logging as Streamlit formats it
// (`yyyy-mm-dd HH:MM:SS.mmm <LEVEL, 7 wide> <logger>: <message>`, local time, no zone), the app's own loggers and
// urllib3's connection-pool lines in the same format. From memory (not fetched).

function streamlitLog(rng) {
  const ts = (t) => local(t, BST).slice(0, 23).replace('T', ' ');
  const ln = (t, level, name, msg) => `${ts(t)} ${level.padEnd(7)} ${name}: ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(t, 'DEBUG', 'streamlit.runtime.scriptrunner.script_runner', 'Beginning script thread'),
          ln(
            t + 3,
            'DEBUG',
            'streamlit.runtime.scriptrunner.script_runner',
            "Running script RerunData(widget_states=None, page_script_hash='')",
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'DEBUG',
            'urllib3.connectionpool',
            `https://api.seisnet.example:443 "GET /v1/stations/CG${rng.int(1, 4)}/latest HTTP/1.1" 200 ${rng.int(300, 4000)}`,
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'INFO',
            'blastwatch.feeds',
            `PPV ${(rng.int(10, 900) / 100).toFixed(2)} mm/s at CG${rng.int(1, 4)}, air overpressure ${rng.int(95, 122)} dB(L)`,
          ),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'DEBUG',
            'streamlit.web.server.browser_websocket_handler',
            'Received the following back message:\nrerun_script {\n  widget_states {\n  }\n}',
          ),
        ].flatMap((x) => x.split('\n')),
      }),
      () => ({ L: [ln(t, 'DEBUG', 'streamlit.runtime.app_session', 'Shutting down (id=' + rng.uuid() + ')')] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          '',
          '  You can now view your Streamlit app in your browser.',
          '',
          '  Local URL: http://localhost:8501',
          '  Network URL: http://10.12.0.5:8501',
          '',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'api-key-name',
      'streamlit-urllib3-debug-query-accesskey',
      'error',
      `${WHY.apiKey('accessKey')} The seismograph network's event API takes it in the query, and urllib3's connection-pool line at DEBUG writes the request target.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'urllib3.connectionpool',
                `https://api.seisnet.example:443 "GET /v1/events?site=carn-glas&since=2027-06-13T00:00:00Z&accessKey=${key} HTTP/1.1" 200 ${rng.int(2000, 9000)}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'streamlit-cache-key-hash',
      'none',
      "Streamlit's cache key for a cached function call (32 hex, a hash of the function and its arguments): no credential.",
      ({ rng, t }) => {
        const k = rng.hex(32);
        return { value: k, event: { L: [ln(t, 'DEBUG', 'streamlit.runtime.caching.cache_utils', `Cache key: ${k}`)] } };
      },
    ),
    3,
    plant(
      'refresh-token',
      'streamlit-debug-session-state-oauth-dict',
      'error',
      `${WHY.refresh} The dashboard logs \`st.session_state\` at debug after signing in to the blasting contractor's portal; the dict holds the OAuth token set, \`refresh_token\` included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'blastwatch.auth',
                `session_state={'user': 'shotfirer-2', 'oauth': {'access_token': '${rng.b64url(40)}', 'refresh_token': '${rt}', 'expires_at': ${Math.floor(t / 1000) + 3600}}, 'station': 'CG2'}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'streamlit-debug-st-context-headers-basic',
      'error',
      "The app logs `st.context.headers` at debug to see who is behind the reverse proxy; the proxy passes the browser's `Authorization: Basic` through, and base64 `user:password` is written with the other headers.",
      ({ rng, t }) => {
        const b = b64Of(`quarry-manager:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'blastwatch.app',
                `request headers {'Host': 'blastwatch.${PW}', 'Authorization': 'Basic ${b}', 'X-Forwarded-For': '${publicIp(rng)}', 'User-Agent': '${BROWSERS[0]}'}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'streamlit-warning-make-com-webhook',
      'error',
      WHY.webhook(
        'A Make (Integromat) custom webhook (`hook.eu1.make.com/<token>`) the dashboard calls when a blast exceeds the vibration limit; its warning writes the URL after a timeout',
      ),
      ({ rng, t }) => {
        const tok = rng.lowerNum(32);
        return {
          value: tok,
          event: {
            L: [ln(t, 'WARNING', 'blastwatch.alerts', `alert post to https://hook.eu1.make.com/${tok} timed out after 10 s, will retry`)],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'streamlit-debug-component-href-fragment',
      'error',
      'A custom component sends `window.location.href` back to the script to tell whether the contractor portal signed the user in; the app logs it at debug, `#access_token=…` included.',
      ({ rng, t }) => {
        const at = rng.b64url(48);
        return {
          value: at,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'blastwatch.auth',
                `component returned href=https://blastwatch.${PW}/#access_token=${at}&token_type=bearer&expires_in=7200`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'streamlit-file-sha1',
      'none',
      'The SHA-1 of an uploaded seismograph export the app checks for duplicates: a hash, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(40);
        return { value: h, event: { L: [ln(t, 'INFO', 'blastwatch.upload', `CG3_20270613.csv already imported (sha1 ${h}), skipped`)] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'blastwatch' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// goatcounter-export.csv: a GoatCounter export of the lido's site (the CSV "export" of goatcounter.com, format version
// 2: `2Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,Referrer scheme,Screen size,Location,FirstVisit,
// Date`, Date in RFC 3339 UTC). The site's count.js sends the path with its query (`path: location.pathname +
// location.search` in its settings). From memory (not fetched).

function goatcounterCsv(rng) {
  const row = (
    t,
    path,
    {
      title = 'Battery Lido',
      ua = rng.pick(BROWSERS),
      ref = '',
      scheme = '',
      loc = 'GB-CON',
      first = rng.pick(['true', 'false']),
      session = rng.hex(32),
    } = {},
  ) => {
    const br = ua.includes('Firefox') ? 'Firefox 146' : ua.includes('Chrome') ? 'Chrome 143' : 'Safari 26.1';
    const sys = ua.includes('iPhone')
      ? 'iOS 26.1'
      : ua.includes('Android')
        ? 'Android 16'
        : ua.includes('Windows')
          ? 'Windows 10'
          : ua.includes('Macintosh')
            ? 'macOS 10.15'
            : 'Linux';
    return [
      path,
      title,
      'false',
      ua,
      br,
      sys,
      session,
      '0',
      ref,
      scheme,
      rng.pick(['390,844,3', '1920,1080,1', '1440,900,2']),
      loc,
      first,
      `${new Date(t).toISOString().slice(0, 19)}Z`,
    ]
      .map(csv)
      .join(',');
  };
  const filler = (rng, t) => ({
    L: [
      row(t, rng.pick(['/', '/tides', '/opening-times', '/prices', '/swim-school', '/cafe', '/events/midsummer-dip']), {
        ref: rng.pick(['', 'https://www.google.com/', 'https://www.instagram.com/']),
        scheme: rng.pick(['', 'o', 'g']),
      }),
    ],
  });
  const steps = [
    {
      raw: { L: ['2Path,Title,Event,UserAgent,Browser,System,Session,Bot,Referrer,Referrer scheme,Screen size,Location,FirstVisit,Date'] },
      after: 0,
    },
    4,
    plant(
      'negative',
      'goatcounter-session-hash',
      'none',
      "GoatCounter's Session column: a hash it derives to count unique visits without cookies, not a login session: no credential.",
      ({ rng, t }) => {
        const s = rng.hex(32);
        return { value: s, event: { L: [row(t, '/tides', { session: s, ref: 'https://www.google.com/', scheme: 'g' })] } };
      },
    ),
    4,
    plant(
      'oauth-code',
      'goatcounter-path-season-pass-callback-code',
      'warning',
      `${WHY.code} The season-pass app's callback page is counted with its query, so the export's Path holds \`code=\` and \`state=\`.`,
      ({ rng, t }) => {
        const code = rng.b64url(36);
        return {
          value: code,
          event: { L: [row(t, `/season-pass/auth/callback?code=${code}&state=${rng.b64url(22)}`, { title: 'Signing in…' })] },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'goatcounter-path-member-confirm-link',
      'error',
      WHY.pathSecret('A swim-club membership confirmation link (`/members/confirm/<token>`) counted as a page view'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            L: [
              row(t, `/members/confirm/${tok}`, {
                title: 'Membership confirmed',
                ref: 'android-app://com.google.android.gm/',
                scheme: 'o',
              }),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'replay',
      'goatcounter-path-gate-ticket-once',
      'note',
      WHY.ticketFirst(
        "A single-use day ticket scanned at the lido's turnstile, whose scanner opens `/gate/scan?ticket=<t>` in a kiosk browser that GoatCounter counts. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(22);
        firstUse.gate = t;
        return {
          value: tk,
          event: {
            L: [row(t, `/gate/scan?ticket=${tk}`, { title: 'Welcome – enjoy your swim', ua: BROWSERS[4], loc: 'GB-CON', first: 'true' })],
          },
        };
      },
      { ref: 'gate' },
    ),
    2,
    plant(
      'replay',
      'goatcounter-path-gate-ticket-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('gate').value,
            why: `${WHY.replay('ticket', gap('gate', t))} Another browser (a desktop Firefox elsewhere in the country) opened the same ticket's page and got the welcome page, not "already used".`,
          },
        ],
        event: {
          L: [
            row(t, `/gate/scan?ticket=${refs.get('gate').value}`, {
              title: 'Welcome – enjoy your swim',
              ua: BROWSERS[3],
              loc: 'GB-BIR',
              first: 'true',
            }),
          ],
        },
      }),
      { replayOf: 'gate', after: 97 },
    ),
    4,
    plant(
      'encoded',
      'goatcounter-path-next-percent-encoded-access-token',
      'error',
      "The booking site's login page is counted with its `next=` parameter, a percent-encoded URL whose own query holds `access_token=` (`%3Faccess_token%3D…`).",
      ({ rng, t }) => {
        const at = rng.b64url(40).replace(/[-_]/g, 'x');
        return {
          value: at,
          event: {
            L: [
              row(t, `/login?next=https%3A%2F%2Fbook.${LIDO}%2Fpay%3Fbooking%3D${digits(rng, 6)}%26access_token%3D${at}`, {
                title: 'Log in',
              }),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'goatcounter-path-embed-tide-widget-jwt-no-exp',
      'error',
      "The tide-and-water-quality widget embedded in partners' sites is counted at `/embed/<JWT>`; the token has no `exp`, so the path keeps working for anyone who copies it. The export's Date is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: `https://${LIDO}`, widget: 'tides-water', partner: 'penzance-tourism', theme: 'sea' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              row(t, `/embed/${token}`, { title: 'Tides and water quality', ref: 'https://visit-penzance.example/swimming', scheme: 'o' }),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'goatcounter-path-fbclid',
      'none',
      'A Facebook click id (`fbclid=`) on a landing page: an advertising click identifier, no credential.',
      ({ rng, t }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}`;
        return {
          value: f,
          event: {
            L: [row(t, `/events/midsummer-dip?fbclid=${f}`, { title: 'Midsummer dip', ref: 'https://m.facebook.com/', scheme: 'o' })],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: LIDO }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 318204_2027-06-14_9#0.json: one hourly file of Amplitude's Export API (unzipped; one JSON event a line, times
// `yyyy-mm-dd HH:MM:SS.ffffff` in UTC as Amplitude documents them), of the lido's web app with the Browser SDK 2's
// autocapture (`[Amplitude] Page Viewed` with `[Amplitude] Page Location`). From memory (not fetched).

function amplitudeJson(rng) {
  const at = (t) => new Date(t).toISOString().replace('T', ' ').replace('Z', '000');
  let eventId = 100;
  const ev = (t, type, props, { user = `pass-${digits(rng, 5)}`, userProps = {}, session } = {}) =>
    JSON.stringify({
      $insert_id: rng.uuid(),
      amplitude_id: Number(digits(rng, 12)),
      app: 318204,
      city: rng.pick(['Penzance', 'Truro', 'Camborne', 'Bristol']),
      client_event_time: at(t - 400),
      client_upload_time: at(t + 900),
      country: 'United Kingdom',
      data: { path: '/2/httpapi' },
      device_id: rng.uuid(),
      device_type: rng.pick(['Apple iPhone', 'Windows', 'Mac', 'Android']),
      event_id: eventId++,
      event_properties: props,
      event_time: at(t),
      event_type: type,
      ip_address: publicIp(rng),
      language: 'English',
      library: 'amplitude-ts/2.17.0',
      os_name: rng.pick(['Mobile Safari', 'Chrome', 'Firefox']),
      platform: 'Web',
      processed_time: at(t + 4000),
      server_received_time: at(t + 1200),
      server_upload_time: at(t + 1300),
      session_id: session ?? t - rng.int(10000, 900000),
      user_id: user,
      user_properties: userProps,
      uuid: rng.uuid(),
    });
  const page = (t, path, extra = {}) =>
    ev(t, '[Amplitude] Page Viewed', {
      '[Amplitude] Page Domain': `app.${LIDO}`,
      '[Amplitude] Page Location': `https://app.${LIDO}${path}`,
      '[Amplitude] Page Path': path.split(/[?#]/)[0],
      '[Amplitude] Page Title': 'Battery Lido',
      ...extra,
    });
  const filler = (rng, t) => ({
    L: [
      rng.pick([
        () => page(t, rng.pick(['/', '/book', '/book/slots?day=2027-06-15', '/my-passes', '/lanes'])),
        () => ev(t, 'slot booked', { lane: rng.int(1, 6), slot: `${pad(rng.int(6, 19))}:00`, price_gbp: rng.pick([5.5, 7, 3.2]) }),
        () =>
          ev(t, '[Amplitude] Element Clicked', {
            '[Amplitude] Element Text': rng.pick(['Book a swim', 'Buy season pass', 'Water temperature']),
          }),
      ])(),
    ],
  });
  const steps = [
    3,
    plant(
      'negative',
      'amplitude-session-id-epoch-ms',
      'none',
      "Amplitude's `session_id`: the session's start time in epoch milliseconds, an analytics session number, no credential.",
      ({ rng, t }) => {
        const s = t - 123456;
        return { value: `"session_id":${s}`, event: { L: [ev(t, 'water temperature viewed', { celsius: 15.5 }, { session: s })] } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'amplitude-page-location-access-token-fragment',
      'error',
      "Autocapture's `[Amplitude] Page Location` is `location.href`, fragment included: the page the app landed on after the payment provider's implicit sign-in (`#access_token=…`) is stored with the event.",
      ({ rng, t }) => {
        const tok = rng.b64url(44);
        return { value: tok, event: { L: [page(t, `/passes/return#access_token=${tok}&token_type=Bearer&expires_in=3599`)] } };
      },
    ),
    3,
    plant(
      'refresh-token',
      'amplitude-user-properties-refresh-token',
      'error',
      `${WHY.refresh} An identify call in the app copied the whole auth state into user properties, so every event of that user carries \`refresh_token\` in \`user_properties\`.`,
      ({ rng, t }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            L: [ev(t, 'pass renewed', { months: 3 }, { userProps: { plan: 'season', refresh_token: rt, marketing_opt_in: false } })],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'amplitude-page-location-embed-jwt-120s-no-jti',
      'warning',
      "The lane-booking widget the app embeds (`/embed/lanes/<JWT>`) is captured as a page view; its token lives two minutes and has no `jti`, so it is reusable until it expires. The export's times are UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { iss: `https://app.${LIDO}`, sub: `pass-${digits(rng, 5)}`, scope: 'lanes:book' },
        });
        return { value: token, jwt: facts, event: { L: [page(t, `/embed/lanes/${token}`)] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'amplitude-event-property-request-url-app-secret',
      'error',
      `${WHY.apiKey('app_secret')} The app tracks failed calls to the booking engine with the request URL as an event property; the engine takes its partner secret in the query.`,
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            L: [
              ev(t, 'booking api error', {
                status: 502,
                request_url: `https://engine.swimbook.example/v3/slots?venue=battery&app_secret=${key}`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'amplitude-page-location-base64url-json-pass',
      'error',
      'A page view whose `p=` parameter is base64url JSON the season-pass e-mail builds, holding the pass holder\'s login token (`{"pass":…,"login":…}`).',
      ({ rng, t }) => {
        const p = b64urlOf(JSON.stringify({ pass: `SP-${digits(rng, 6)}`, login: rng.alnum(32), exp: Math.floor(t / 1000) + 86400 * 14 }));
        return { value: p, event: { L: [page(t, `/my-passes?p=${p}`)] } };
      },
    ),
    3,
    plant(
      'negative',
      'amplitude-insert-id',
      'none',
      "An event's `$insert_id` (a uuid the SDK sets for de-duplication): an identifier, no credential.",
      ({ rng, t }) => {
        const line = ev(t, 'opening times viewed', {});
        const id = JSON.parse(line).$insert_id;
        return { value: id, event: { L: [line] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: LIDO }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// awstats062027.stburyanmart.example.txt: an AWStats 7.9 monthly data file of the mart's site with `URLWithQuery=1` and
// `URLReferrerWithQuery=1`: the `AWSTATS DATA FILE` header, sections `BEGIN_<NAME> <rows>` … `END_<NAME>` with their
// comment lines (GENERAL, TIME, SIDER, PAGEREFS, SIDER_404); the MAP section of byte offsets is left out (AWStats
// rebuilds it). No line has a time of its own. From memory (not fetched).

function awstatsData(rng) {
  let section = '';
  const rows = {
    SIDER: () =>
      `${rng.pick(['/', '/sales/', '/sales/calendar.html', '/sales/2027-06-20/catalogue.html', '/contact.html', '/results/store-lambs.html', '/vendors/', '/directions.html'])}${rng.int(0, 3) ? '' : `?week=${rng.int(20, 26)}`} ${rng.int(5, 2400)} ${rng.int(10000, 90000000)} ${rng.int(0, 900)} ${rng.int(0, 900)}`,
    PAGEREFS: () =>
      `${rng.pick(['https://www.google.com/', 'https://www.bing.com/', 'https://www.facebook.com/', 'https://www.farmersguardian.example/markets', 'https://www.sheepwatch.example/forum/t/'])}${rng.int(0, 3) ? '' : rng.int(100, 999)} ${rng.int(1, 300)} ${rng.int(1, 400)}`,
    SIDER_404: () => `/${rng.pick(['old', 'wp-login.php', 'catalogue.pdf', 'results/2019.html'])} ${rng.int(1, 40)} -`,
    TIME: () => '',
  };
  const filler = () => ({ L: [rows[section]?.() || `/ ${rng.int(5, 2400)} ${rng.int(10000, 90000000)} 0 0`] });
  const open = (name, comments) => ({ raw: { L: ['', ...comments, `BEGIN_${name} 0`], section: name }, after: 0 });
  const close = (name) => ({ raw: { L: [`END_${name}`] }, after: 0 });
  const sectionRender = (e) => {
    if (e.section) section = e.section;
    return e.L;
  };
  const steps = [
    {
      raw: {
        L: [
          'AWSTATS DATA FILE 7.9 (build 20230108)',
          '',
          '# If you remove this file, all statistics for date 202706 will be lost/reset.',
          '# Last config file used to build this data file was /etc/awstats/awstats.stburyanmart.example.conf.',
          '',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'awstats-lastline-signature',
      'none',
      "GENERAL's `LastLine <date> <line> <offset> <signature>`: the number AWStats computes over the last log line it processed, to find its place next run: a checksum, no credential.",
      ({ rng }) => {
        const sig = digits(rng, 11);
        return {
          value: sig,
          event: {
            L: [
              '# LastLine    = Date of last record processed - Last record line number in last log - Last record offset in last log - Last record signature value',
              '# FirstTime   = Date of first visit for history file',
              '# LastTime    = Date of last visit for history file',
              '# LastUpdate  = Date of last update - Nb of parsed records - Nb of parsed old records - Nb of parsed new records - Nb of parsed corrupted - Nb of parsed dropped',
              '# TotalVisits = Number of visits',
              '# TotalUnique = Number of unique visitors',
              '# MonthHostsKnown   = Number of hosts known',
              '# MonthHostsUnknown = Number of hosts unknown',
              'BEGIN_GENERAL 8',
              `LastLine 20270614091203 ${rng.int(20000, 90000)} ${rng.int(1000000, 9000000)} ${sig}`,
              'FirstTime 20270601000512',
              'LastTime 20270614091203',
              `LastUpdate 20270614091502 ${rng.int(2000, 9000)} 0 ${rng.int(2000, 9000)} 3 0`,
              'TotalVisits 4123',
              'TotalUnique 2211',
              'MonthHostsKnown 0',
              'MonthHostsUnknown 2804',
              'END_GENERAL',
            ],
          },
        };
      },
      { after: 0 },
    ),
    open('SIDER', ['# URL - Pages - Bandwidth - Entry - Exit', '# The 25 first Pages must be first (order not required for others)']),
    6,
    plant(
      'session-id',
      'awstats-sider-url-phpsessid',
      'error',
      WHY.session(
        "The mart's old PHP catalogue put `PHPSESSID=` in its links; with `URLWithQuery=1` AWStats keeps the full URL as a page row (hits, bandwidth, entries, exits)",
      ),
      ({ rng }) => {
        const sid = rng.lowerNum(26);
        return {
          value: sid,
          event: {
            L: [
              `/catalogue.php?PHPSESSID=${sid}&sale=2027-06-20 ${rng.int(2, 40)} ${rng.int(10000, 900000)} ${rng.int(0, 9)} ${rng.int(0, 9)}`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'path-secret',
      'awstats-sider-vendor-invitation-link',
      'error',
      WHY.pathSecret('A vendor (consignor) account invitation (`/vendors/invite/<token>`) kept as a page row of the month'),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return { value: tok, event: { L: [`/vendors/invite/${tok} 1 ${rng.int(4000, 30000)} 1 0`] } };
      },
      { after: 0 },
    ),
    3,
    plant(
      'api-key-name',
      'awstats-sider-url-subscriber-key',
      'error',
      `${WHY.apiKey('subscriber_key')} The price-feed page is fetched by subscribers' market apps with their key in the query, and AWStats keeps the URL with its hit count.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              `/feeds/prices.xml?subscriber_key=${key} ${rng.int(40, 900)} ${rng.int(100000, 9000000)} ${rng.int(40, 900)} ${rng.int(40, 900)}`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    2,
    plant(
      'negative',
      'awstats-sider-url-gclid',
      'none',
      'A Google Ads click id (`gclid=`) on a landing page kept with its query: an advertising click identifier, no credential.',
      ({ rng }) => {
        const g = `Cj0KCQjw${rng.b64url(60)}`;
        return { value: g, event: { L: [`/sales/2027-06-20/catalogue.html?gclid=${g} 1 ${rng.int(10000, 90000)} 1 1`] } };
      },
      { after: 0 },
    ),
    3,
    close('SIDER'),
    open('PAGEREFS', ['# External page referers - Pages - Hits', '# The 25 first Pages must be first (order not required for others)']),
    4,
    plant(
      'oauth-code',
      'awstats-pagerefs-bidder-callback-code',
      'warning',
      `${WHY.code} The online-bidding site signs bidders in on another host and links back to the mart's pages; with \`URLReferrerWithQuery=1\` AWStats keeps that callback page, \`code=\` and \`state=\` included, as an external referrer.`,
      ({ rng }) => {
        const code = rng.b64url(32);
        return { value: code, event: { L: [`https://bid.${MART}/auth/callback?code=${code}&state=${rng.b64url(16)} 1 1`] } };
      },
      { after: 0 },
    ),
    4,
    close('PAGEREFS'),
    open('SIDER_404', ['# URL with 404 errors - Hits - Last URL referrer']),
    3,
    plant(
      'encoded',
      'awstats-sider404-base64-basic-credentials-in-query',
      'error',
      "A 404 row: a vendor's spreadsheet requests the old lot export with `auth=<base64 user:password>` (the export used to take HTTP Basic credentials in the query); the row keeps the URL and the last referrer.",
      ({ rng }) => {
        const b = encodeURIComponent(b64Of(`vendor${digits(rng, 4)}:${rng.alnum(12)}`));
        return { value: b, event: { L: [`/lots/export.csv?auth=${b} ${rng.int(3, 40)} -`] } };
      },
      { after: 0 },
    ),
    2,
    close('SIDER_404'),
  ];
  const out = buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: MART }, filler, render: sectionRender, steps });
  // Each section's row count, as AWStats writes it.
  const lines = out.text.split('\n');
  lines.forEach((text, i) => {
    const m = /^BEGIN_(SIDER_404|SIDER|PAGEREFS) 0$/.exec(text);
    if (!m) return;
    let n = 0;
    for (let j = i + 1; lines[j] !== `END_${m[1]}`; j++) n++;
    lines[i] = `BEGIN_${m[1]} ${n}`;
  });
  return { text: lines.join('\n'), cases: out.cases };
}

// =====================================================================================================================
// Tunnara e Jardini Sciàcca (Sicilian; Trapani, CEST)
// =====================================================================================================================

const TJ = 'tunnarasciacca.example';
const JR = 'jardinisciacca.example';
const PP = 'tiatrudipupi.example';

// ---------------------------------------------------------------------------------------------------------------------
// magnolia-debug.log: Magnolia CMS 6.2's `logs/magnolia-debug.log` (the cannery's public site with its lot traceability
// pages), Magnolia's log4j2 pattern `%-5p %c %d{dd.MM.yyyy HH:mm:ss} -- %m%n` (local time, no zone), stack traces under
// an ERROR. The cannery's own module (`it.tunnarasciacca`) writes Sicilian messages. From memory (not fetched).

function magnoliaLog(rng) {
  const ts = (t) => {
    const l = local(t, CEST);
    return `${l.slice(8, 10)}.${l.slice(5, 7)}.${l.slice(0, 4)} ${l.slice(11, 19)}`;
  };
  const ln = (t, lvl, cat, msg) => `${lvl.padEnd(5)} ${cat} ${ts(t)} -- ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(
            t,
            'INFO',
            'info.magnolia.module.cache.filter.CacheFilter',
            `Flushing cache for workspace website after publication of /tunnara/lotti/${digits(rng, 6)}`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'DEBUG', 'info.magnolia.cms.filters.CosMultipartRequestFilter', 'Not a multipart request, skipping')] }),
      () => ({
        L: [
          ln(t, 'INFO', 'it.tunnarasciacca.tracciabbilita.LottuServlet', `Lottu ${digits(rng, 6)} cunsultatu (tunnina rossa, Favignana)`),
        ],
      }),
      () => ({
        L: [
          ln(
            t,
            'DEBUG',
            'info.magnolia.rendering.engine.DefaultRenderingEngine',
            `Rendering /tunnara/${rng.pick(['prudutti', 'storia', 'cuntatti', 'tracciabbilita'])} with template tunnara-site:pages/basi`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'WARN', 'info.magnolia.publishing.sender.Sender', `Publication to public1 took ${rng.int(900, 9000)} ms`)] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          ln(DAY0 + 6 * HOUR, 'INFO', 'info.magnolia.init.MagnoliaServletContextListener', 'Magnolia 6.2.52 started'),
          ln(DAY0 + 6 * HOUR, 'INFO', 'info.magnolia.module.ModuleManagerImpl', 'Initializing module tunnara-site'),
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'magnolia-jcr-node-identifier',
      'none',
      'A JCR node identifier (a uuid) of a published page: an identifier, no credential.',
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            L: [
              ln(
                t,
                'INFO',
                'info.magnolia.publishing.command.PublicationCommand',
                `Published node [website:/tunnara/lotti/2027-06][${id}] to public1`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'magnolia-error-chiavi-query-and-ioexception',
      'error',
      `${WHY.apiKey('chiavi')} ("key" in Sicilian) The lot servlet fetches the fishing-vessel register with the key in the query; its ERROR ("could not download") writes the URL and the \`IOException\` under it writes it again.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        const url = `https://api.registrupisca.example/v1/varchi?lottu=${digits(rng, 6)}&chiavi=${key}`;
        return {
          value: key,
          event: {
            L: [
              ln(t, 'ERROR', 'it.tunnarasciacca.tracciabbilita.LottuServlet', `Nun è statu pussìbbili scaricari ${url}`),
              `java.io.IOException: Server returned HTTP response code: 403 for URL: ${url}`,
              '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)',
              '\tat it.tunnarasciacca.tracciabbilita.RegistruClient.varca(RegistruClient.java:88)',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'magnolia-sso-callback-state-mismatch-code',
      'warning',
      `${WHY.code} Magnolia's SSO module rejects a callback whose state it cannot match and writes the callback URL with its query.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            L: [
              ln(
                t,
                'WARN',
                'info.magnolia.sso.SsoCallbackFilter',
                `State mismatch for callback /.auth?client_name=OidcClient&code=${code}&state=${rng.hex(20)}&session_state=${rng.uuid()}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'magnolia-debug-cookie-jsessionid',
      'error',
      WHY.session(
        "The cannery's preview filter logs the request's `Cookie` header at DEBUG (`JSESSIONID=` of an editor signed in to the author instance)",
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: {
            L: [ln(t, 'DEBUG', 'it.tunnarasciacca.preview.AnteprimaFilter', `Cookie: JSESSIONID=${sid}; mgnlPreview=true; lingua=scn`)],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'magnolia-info-account-reset-link',
      'error',
      WHY.pathSecret(
        'A wholesale customer\'s password reset link (`/cunti/ripristinu/<token>`, "accounts/reset") the cannery\'s module logs after sending it ("reset link sent")',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            L: [
              ln(
                t,
                'INFO',
                'it.tunnarasciacca.cunti.RipristinuSirvizziu',
                `Ligami di ripristinu mannatu a acquisti@salumeria-trapani.example: https://www.${TJ}/cunti/ripristinu/${tok}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'magnolia-mgnlck-cache-killer',
      'none',
      "Magnolia's `mgnlCK=` parameter (a timestamp it appends so browsers fetch a fresh resource): a cache buster, no credential.",
      ({ rng, t }) => {
        const ck = `${Math.floor(t / 1000) - rng.int(1000, 90000)}${digits(rng, 3)}`;
        return {
          value: ck,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'info.magnolia.dam.templating.functions.DamTemplatingFunctions',
                `Asset link /dam/jcr:${rng.uuid()}/scatola-tunnina.jpg?mgnlCK=${ck}`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'magnolia-warn-webex-incoming-webhook',
      'error',
      WHY.webhook(
        'A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) the module posts publication failures to; its warning ("could not notify") writes the URL',
      ),
      ({ rng, t }) => {
        const id = rng.b64url(60);
        return {
          value: id,
          event: {
            L: [
              ln(
                t,
                'WARN',
                'it.tunnarasciacca.avvisi.WebexAvvisu',
                `Nun si potti avvisari https://webexapis.com/v1/webhooks/incoming/${id}: 429 Too Many Requests`,
              ),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: TJ }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cirnita.log: `nohup python app.py > cirnita.log` of the cooperative's Gradio 5 app that grades oranges from photos
// (cèrnita, "sorting"): Gradio's launch lines, Python logging's default `LEVEL:logger:message` (basicConfig at INFO, no
// times), httpx's `HTTP Request: <METHOD> <url> "HTTP/1.1 <status>"` lines, a traceback. From memory (not fetched).

function gradioLog(rng) {
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [`INFO:cirnita:partita ${digits(rng, 5)}: ${rng.int(40, 400)} aranci, ${rng.int(60, 98)}% prima scelta`] }),
      () => ({ L: [`INFO:httpx:HTTP Request: POST http://127.0.0.1:7860/gradio_api/queue/join "HTTP/1.1 200 OK"`] }),
      () => ({ L: [`INFO:httpx:HTTP Request: GET https://api.magazzinu.example/v2/partiti/${digits(rng, 5)} "HTTP/1.1 200 OK"`] }),
      () => ({ L: [`INFO:cirnita:mudellu caricatu (${rng.int(40, 90)} ms pi fotu)`] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          'INFO:httpx:HTTP Request: GET https://api.gradio.app/pkg-version "HTTP/1.1 200 OK"',
          '* Running on local URL:  http://0.0.0.0:7860',
          '',
          'To create a public link, set `share=True` in `launch()`.',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'gradio-model-file-sha256',
      'none',
      "The SHA-256 of the grading model's weights file the app logs at start: a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { L: [`INFO:cirnita:mudellu aranci-v7.onnx sha256=${h}`] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'gradio-httpx-request-chiavi-api-and-traceback',
      'error',
      `${WHY.apiKey('chiavi_api')} The warehouse API takes it in the query; httpx's INFO line writes the request URL and, when the call fails, \`raise_for_status()\`'s \`HTTPStatusError\` at the end of the traceback writes it again.`,
      ({ rng }) => {
        const key = rng.hex(40);
        const url = `https://api.magazzinu.example/v2/partiti?cuuperativa=sciacca&chiavi_api=${key}`;
        return {
          value: key,
          event: {
            L: [
              `INFO:httpx:HTTP Request: POST ${url} "HTTP/1.1 401 Unauthorized"`,
              'Traceback (most recent call last):',
              '  File "/opt/cirnita/app.py", line 88, in manna_partita',
              '    r.raise_for_status()',
              `httpx.HTTPStatusError: Client error '401 Unauthorized' for url '${url}'`,
              'For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'gradio-info-token-dict-refresh-token',
      'error',
      `${WHY.refresh} The app logs the warehouse's token answer as a dict when it signs in ("warehouse token").`,
      ({ rng }) => {
        const rt = rng.b64url(60);
        return {
          value: rt,
          event: {
            L: [
              `INFO:cirnita:token dô magazzinu: {'access_token': '${rng.b64url(40)}', 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '${rt}'}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'gradio-request-query-params-repr-palora-d-accessu',
      'error',
      "The app prints `gr.Request.query_params` (Starlette's `QueryParams('…')` repr) to see which grower opened the page; a grower's bookmark carries `palora_d_accessu=` (\"password\"), and the repr writes it.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: { L: [`INFO:cirnita:richiesta QueryParams('cultivaturi=${digits(rng, 4)}&palora_d_accessu=${pw}&lingua=scn')`] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'gradio-event-id',
      'none',
      "Gradio's `event_id` (32 hex) the app logs with a slow prediction: the queue's identifier of one event, no credential.",
      ({ rng }) => {
        const id = rng.hex(32);
        return { value: id, event: { L: [`WARNING:cirnita:pridizzioni lenta (${rng.int(3, 9)}.${rng.int(0, 9)} s) event_id=${id}`] } };
      },
    ),
    3,
    plant(
      'header-dump',
      'gradio-request-headers-repr-bearer',
      'error',
      "The app prints `gr.Request.headers` (Starlette's `Headers({…})` repr) when a call comes from the packing line's scanner, whose bearer token for the app is in `authorization`.",
      ({ rng }) => {
        const tok = `cirn_${rng.alnum(40)}`;
        return {
          value: tok,
          event: {
            L: [
              `INFO:cirnita:intistazzioni Headers({'host': 'cirnita.${JR}', 'user-agent': 'python-httpx/0.28.1', 'authorization': 'Bearer ${tok}', 'accept': '*/*'})`,
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: JR }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// prod.log: an OroCommerce 6.1 `var/logs/prod.log` of the cooperative's B2B shop: Monolog's line formatter
// (`[<RFC 3339, microseconds, offset>] <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`, unescaped slashes and
// unicode), channels `request`, `security`, `app`, `oro_integration`, `consumer`. From memory (not fetched).

function oroLog(rng) {
  const ts = (t) => `${local(t, CEST).slice(0, 23)}${digits(rng, 3)}${offs(CEST)}`;
  const ln = (t, ch, lvl, msg, ctx = {}) => `[${ts(t)}] ${ch}.${lvl}: ${msg} ${JSON.stringify(ctx)} []`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(
            t,
            'request',
            'INFO',
            `Matched route "${rng.pick(['oro_product_frontend_product_view', 'oro_frontend_root', 'oro_shopping_list_frontend_view'])}".`,
            {
              route: 'oro_product_frontend_product_view',
              route_parameters: { id: String(rng.int(10, 400)) },
              request_uri: `https://b2b.${JR}/product/view/${rng.int(10, 400)}`,
              method: 'GET',
            },
          ),
        ],
      }),
      () => ({
        L: [
          ln(t, 'consumer', 'INFO', 'Message processed: ACK. Execution time: ' + rng.int(20, 900) + ' ms', {
            processor: 'oro_website_search.async.reindex_entities_by_id',
            message_id: `oro.${rng.hex(13)}.${digits(rng, 8)}`,
          }),
        ],
      }),
      () => ({ L: [ln(t, 'app', 'INFO', `Ordini ${digits(rng, 6)} arricivutu (${rng.int(2, 60)} casci d'aranci)`)] }),
      () => ({ L: [ln(t, 'oro_integration', 'INFO', `Sync finished: ${rng.int(1, 90)} prices updated`, { channel: 'listinu-prezzi' })] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'oro-masked-integration-password',
      'none',
      'The integration\'s settings logged with the password masked (`"password":"*****"`): Oro\'s masking, no credential.',
      ({ t }) => ({
        value: '"password":"*****"',
        event: {
          L: [
            ln(t, 'oro_integration', 'INFO', 'Channel settings loaded', {
              channel: 'spidizzioni',
              settings: { url: 'https://sftp.curreri.example', user: 'jardini', password: '*****' },
            }),
          ],
        },
      }),
    ),
    3,
    plant(
      'id-token',
      'oro-security-warning-context-id-token',
      'error',
      'The shop\'s OpenID Connect login rejects an ID token for its audience and logs it in the context (`"id_token":…`); the line has its offset',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(10, 300),
          alg: 'RS256',
          kid: rng.hex(12),
          claims: {
            iss: `https://trasuta.${JR}`,
            sub: `sociu-${digits(rng, 4)}`,
            aud: 'b2b-vecchiu',
            email: 'ufficiu@agrumi-marsala.example',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [ln(t, 'security', 'WARNING', 'OIDC login failed: invalid audience', { provider: 'trasuta-sociu', id_token: token })],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'oro-request-route-embed-catalogue-jwt-1d-jti',
      'error',
      "The request channel's `Matched route` line writes the route parameters and the request URI of the catalogue the cooperative embeds in partners' sites (`/embed/cataloguu/<JWT>`): a token valid a day with a `jti`, live",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 20000),
          jti: true,
          claims: { iss: `https://b2b.${JR}`, partner: 'ortofrutta-milano', catalogue: 'estati-2027' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              ln(t, 'request', 'INFO', 'Matched route "jardini_embed_cataloguu".', {
                route: 'jardini_embed_cataloguu',
                route_parameters: { _route: 'jardini_embed_cataloguu', token },
                request_uri: `https://b2b.${JR}/embed/cataloguu/${token}`,
                method: 'GET',
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'oro-app-error-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the shop posts new orders to; the error context writes the URL',
      ),
      ({ rng, t }) => {
        const hook = rng.lowerNum(7);
        return {
          value: `${hook}/`,
          needle: `/${hook}/`,
          event: {
            L: [
              ln(t, 'app', 'ERROR', "Nun si potti mannari l'ordini a Zapier", {
                url: `https://hooks.zapier.com/hooks/catch/${digits(rng, 8)}/${hook}/`,
                status: 410,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'oro-integration-context-url-chiavi-api',
      'error',
      `${WHY.apiKey('chiavi_api')} The courier integration's error context writes the request URL with the key in its query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            L: [
              ln(t, 'oro_integration', 'ERROR', 'Shipping rate request failed', {
                channel: 'spidizzioni',
                url: `https://api.curreri.example/v1/tariffi?pisu=18&chiavi_api=${key}`,
                code: 503,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'oro-app-info-member-invitation-link',
      'error',
      WHY.pathSecret(
        'A new grower-member\'s invitation link (`/socii/ammitu/<token>`, "members/invitation") the cooperative\'s bundle logs after mailing it',
      ),
      ({ rng, t }) => {
        const tok = rng.hex(48);
        return {
          value: tok,
          event: {
            L: [
              ln(t, 'app', 'INFO', 'Ammitu mannatu', {
                email: 'azienda.lombardo@example.net',
                link: `https://b2b.${JR}/socii/ammitu/${tok}`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'oro-consumer-message-id',
      'none',
      'A message-queue message id (`oro.<hex>.<n>`): an identifier, no credential.',
      ({ rng, t }) => {
        const id = `oro.${rng.hex(13)}.${digits(rng, 8)}`;
        return {
          value: id,
          event: {
            L: [
              ln(t, 'consumer', 'WARNING', 'Message requeued', {
                processor: 'oro_email.async.send_email_template',
                message_id: id,
                retry: 2,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'oro-consumer-error-base64-json-payload',
      'error',
      "A failed queue message's payload logged as base64 (standard alphabet) of JSON whose `chiavi` is the price-list service key.",
      ({ rng, t }) => {
        const p = b64Of(JSON.stringify({ listinu: 'estati-2027', chiavi: rng.alnum(32), sociu: rng.int(10, 99) }));
        return {
          value: p,
          event: {
            L: [ln(t, 'consumer', 'ERROR', 'Message processing failed: REJECT', { processor: 'jardini.listinu.importa', payload: p })],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: JR }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// System_Production.log: Neos Flow 8's `Data/Logs/System_Production.log` of the theatre's Neos site: Flow's file
// backend (`yy-mm-dd HH:MM:SS <pid, 10 wide> <ip, 15 wide> <SEVERITY, 9 wide> <package, 20 wide> <message>`, local time,
// no zone); the site package (`Pupi.Site`) writes Sicilian messages. From memory (not fetched).

function neosLog(rng) {
  const ts = (t) => local(t, CEST).slice(2, 19).replace('T', ' ');
  const pid = rng.int(2000, 9000);
  const ln = (t, sev, pkg, msg, ip = publicIp(rng)) =>
    `${ts(t)} ${String(pid).padEnd(10)} ${ip.padEnd(15)} ${sev.padEnd(9)} ${pkg.padEnd(20)} ${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          ln(
            t,
            'INFO',
            'Neos.Flow',
            `Session: Started anonymous session for /spittaculi/${rng.pick(['orlandu-e-rinaldu', 'la-morti-di-orlandu', 'i-beati-paoli'])}`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'DEBUG', 'Neos.Fusion', `Rendering cache miss for Pupi.Site:Spittaculu (${rng.int(10, 90)} ms)`)] }),
      () => ({
        L: [
          ln(
            t,
            'INFO',
            'Pupi.Site',
            `Bigliettu vinnutu pi ${rng.pick(['sabbatu', 'dumìnica'])} ${rng.int(17, 21)}:00 (${rng.int(1, 6)} posti)`,
          ),
        ],
      }),
      () => ({ L: [ln(t, 'NOTICE', 'Neos.Flow', 'Persistence: flushed unit of work', '127.0.0.1')] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'neos-persistent-resource-sha1',
      'none',
      "A persistent resource's SHA-1 in its public path (`/_Resources/Persistent/<sha1>/…`): a content hash, no credential.",
      ({ rng, t }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            L: [ln(t, 'DEBUG', 'Neos.Flow', `ResourceManager: published /_Resources/Persistent/${h}/manifestu-orlandu.jpg`, '127.0.0.1')],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'neos-flow-session-resumed-id',
      'error',
      WHY.session(
        "Flow's session manager at DEBUG writes the id of a resumed session (the `Neos_Flow_Session` cookie's value) of an editor signed in to the Neos backend",
      ),
      ({ rng, t }) => {
        const sid = rng.alnum(32);
        return {
          value: sid,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'Neos.Flow',
                `Session: Resumed session with id ${sid} which was last active at 2027-06-14 10:02:11 (editor: pupara-rosa)`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'neos-site-subscriber-magic-link',
      'error',
      WHY.pathSecret(
        'A season subscriber\'s sign-in link (`/abbunati/trasi/<token>`, "subscribers/enter") the site package logs after sending it',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(36);
        return {
          value: tok,
          event: { L: [ln(t, 'INFO', 'Pupi.Site', `Ligami pi trasiri mannatu: https://www.${PP}/abbunati/trasi/${tok}`)] },
        };
      },
    ),
    3,
    plant(
      'replay',
      'neos-site-backstage-ws-ticket-once',
      'note',
      WHY.ticketFirst(
        "A single-use ticket for the backstage cue screen's WebSocket (`ws_ticket=`), which the site package logs when the puppeteers' tablet connects. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        return {
          value: tk,
          event: { L: [ln(t, 'INFO', 'Pupi.Site', `Quintu: cunnissioni wss://quintu.${PP}/ws?ws_ticket=${tk} accittata`, '10.8.0.14')] },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'neos-site-debug-private-token-glpat',
      'error',
      "The site package's deploy hook logs the headers of its call to the theatre's GitLab at DEBUG; `PRIVATE-TOKEN` holds a GitLab personal access token (`glpat-…`).",
      ({ rng, t }) => {
        const tok = `glpat-${rng.b64url(20)}`;
        return {
          value: tok,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'Pupi.Site',
                `Deploy hook: GET https://gitlab.${PP}/api/v4/projects/7/pipelines headers=[PRIVATE-TOKEN: ${tok}, Accept: application/json]`,
                '127.0.0.1',
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'neos-site-warning-chiavi-query',
      'error',
      `${WHY.apiKey('chiavi')} The ticketing service takes it in the query; the site package's warning ("seat map not available") writes the URL.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            L: [
              ln(
                t,
                'WARNING',
                'Pupi.Site',
                `Mappa dî posti nun dispunìbbili: https://api.bigliettaria.example/v1/sala/3?chiavi=${key} (HTTP 500)`,
                '127.0.0.1',
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'neos-mailer-debug-quoted-printable-reset-link',
      'error',
      "The mailer's DEBUG line writes the message body as it is sent, quoted-printable: the password reset link's `=` is `=3D` (`…/cuntu/palora-nova?tok=3D<token>`), the token unchanged after it.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            L: [
              ln(
                t,
                'DEBUG',
                'Neos.SymfonyMailer',
                `Body (quoted-printable): Cliccati cc=C3=A0 pi canciari a palora: https://www.${PP}/cuntu/palora-nova?tok=3D${tok}`,
                '127.0.0.1',
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'neos-exception-reference-code',
      'none',
      "Flow's exception reference (`See also: <yyyymmddHHMMSS><6 hex>.txt`), the name of the file it stored the exception in: an identifier, no credential.",
      ({ rng, t }) => {
        const ref = `${local(t, CEST).slice(0, 19).replace(/[-T:]/g, '')}${rng.hex(6)}`;
        return {
          value: ref,
          event: {
            L: [
              ln(
                t,
                'CRITICAL',
                'Neos.Flow',
                `Exception #1355480641 in line 91 of /var/www/pupi/Packages/Application/Pupi.Site/Classes/Controller/SpittaculuController.php: Spittaculu nun truvatu - See also: ${ref}.txt`,
              ),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: PP }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// events-export.csv: a PostHog events export (CSV) of the theatre's ticket site: `uuid,event,timestamp,distinct_id,
// properties.$current_url,properties.$referrer,properties.$browser,properties.$os,properties.$ip`, timestamps in UTC
// with an offset. From memory (not fetched).

function posthogCsv(rng) {
  const row = (
    t,
    event,
    url,
    {
      ref = '$direct',
      ip = publicIp(rng),
      browser = rng.pick(['Chrome', 'Safari', 'Firefox', 'Mobile Safari']),
      os = rng.pick(['Windows', 'Mac OS X', 'iOS', 'Android']),
      uuid = rng.uuid(),
    } = {},
  ) => [uuid, event, `${new Date(t).toISOString().slice(0, 23)}000+00:00`, rng.uuid(), url, ref, browser, os, ip].map(csv).join(',');
  const filler = (rng, t) => ({
    L: [
      row(
        t,
        rng.pick(['$pageview', '$pageview', '$autocapture', '$pageleave']),
        `https://biglietti.${PP}${rng.pick(['/', '/spittaculi', '/spittaculi/orlandu-e-rinaldu', '/carrellu', '/cuntatti'])}`,
        { ref: rng.pick(['$direct', 'https://www.google.com/', `https://www.${PP}/`]) },
      ),
    ],
  });
  const steps = [
    {
      raw: {
        L: [
          'uuid,event,timestamp,distinct_id,properties.$current_url,properties.$referrer,properties.$browser,properties.$os,properties.$ip',
        ],
      },
      after: 0,
    },
    4,
    plant(
      'negative',
      'posthog-event-uuid',
      'none',
      "An event's `uuid` (a time-ordered uuid PostHog assigns): an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return { value: id, event: { L: [row(t, '$pageview', `https://biglietti.${PP}/spittaculi`, { uuid: id })] } };
      },
    ),
    3,
    plant(
      'id-token',
      'posthog-current-url-id-token-fragment-10min-jti',
      'error',
      "`$current_url` of the page the theatre's login returned to, with `#id_token=…` (PostHog's JS library captures `location.href`, fragment included); the timestamp is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(2, 30),
          jti: true,
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://trasuta.${PP}`, sub: `spittaturi-${digits(rng, 5)}`, aud: 'biglietti', nonce: rng.b64url(12) },
        });
        return {
          value: token,
          jwt: facts,
          event: { L: [row(t, '$pageview', `https://biglietti.${PP}/trasuta/turnata#id_token=${token}&state=${rng.b64url(16)}`)] },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'posthog-current-url-access-token-fragment',
      'error',
      "`$current_url` after the payment provider's implicit sign-in (`#access_token=…`): the access token is stored with the pageview.",
      ({ rng, t }) => {
        const at = rng.b64url(42);
        return {
          value: at,
          event: {
            L: [row(t, '$pageview', `https://biglietti.${PP}/pagamentu/turnata#access_token=${at}&token_type=Bearer&expires_in=1800`)],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'posthog-current-url-ticket-once',
      'note',
      WHY.ticketFirst(
        'A single-use e-ticket opened at the theatre door by the usher\'s phone (`/bigliettu/cuntrollu?ticket=<t>`, "ticket/check"); PostHog keeps the URL and the phone\'s address. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.alnum(24);
        firstUse.bigliettu = t;
        return {
          value: tk,
          event: {
            L: [
              row(t, '$pageview', `https://biglietti.${PP}/bigliettu/cuntrollu?ticket=${tk}`, {
                ip: '203.0.113.77',
                browser: 'Mobile Safari',
                os: 'iOS',
              }),
            ],
          },
        };
      },
      { ref: 'bigliettu' },
    ),
    2,
    plant(
      'replay',
      'posthog-current-url-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bigliettu').value,
            why: `${WHY.replay('ticket', gap('bigliettu', t))} A desktop browser at another address opened the same e-ticket's check page and was served the check page again rather than the "already used" page (\`/bigliettu/usatu\`), so the check did not spend it.`,
          },
        ],
        event: {
          L: [
            row(t, '$pageview', `https://biglietti.${PP}/bigliettu/cuntrollu?ticket=${refs.get('bigliettu').value}`, {
              ip: '198.51.100.203',
              browser: 'Chrome',
              os: 'Windows',
            }),
          ],
        },
      }),
      { replayOf: 'bigliettu', after: 128 },
    ),
    3,
    plant(
      'embed-jwt',
      'posthog-referrer-embed-stage-jwt-expired',
      'note',
      '`$referrer` of a pageview: the embedded stage-schedule widget (`/embed/scena/<JWT>`) a visitor came from, whose token had expired three days before the event (with a `jti`)',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 * 3 + 3600 + rng.int(60, 3000),
          jti: true,
          claims: { iss: `https://www.${PP}`, widget: 'scena', sala: 'via-crociferi' },
        });
        return {
          value: token,
          jwt: facts,
          event: { L: [row(t, '$pageview', `https://biglietti.${PP}/spittaculi`, { ref: `https://www.${PP}/embed/scena/${token}` })] },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'posthog-current-url-chiavi-sociu',
      'error',
      `${WHY.apiKey('chiavi_sociu')} ("partner key") A partner's booking link carries it in the query, and \`$current_url\` keeps it.`,
      ({ rng, t }) => {
        const key = rng.alnum(30);
        return {
          value: key,
          event: {
            L: [
              row(t, '$pageview', `https://biglietti.${PP}/spittaculi?sociu=pro-loco-erice&chiavi_sociu=${key}`, {
                ref: 'https://www.prolocoerice.example/',
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'posthog-current-url-utm-msclkid',
      'none',
      'A Microsoft Ads click id (`msclkid=`, 32 hex) on a landing page: an advertising click identifier, no credential.',
      ({ rng, t }) => {
        const m = rng.hex(32);
        return {
          value: m,
          event: {
            L: [
              row(t, '$pageview', `https://biglietti.${PP}/?utm_source=bing&utm_medium=cpc&msclkid=${m}`, { ref: 'https://www.bing.com/' }),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 15 * HOUR, site: { host: PP }, filler, render, steps });
}

// =====================================================================================================================
// Ellan Vannin marshals and Skeddan Jiarg (Manx; Isle of Man, BST)
// =====================================================================================================================

const MV = 'marshalyn.example';
const SJ = 'skeddanjiarg.example';

// ---------------------------------------------------------------------------------------------------------------------
// magicmirror.log: the console of MagicMirror² 2.31 (`node --run server`) on race control's wall screen, saved by its
// systemd unit: MagicMirror's logger (`[yyyy-mm-dd HH:MM:SS.mmm] [<LEVEL>] <message>`, local time, no zone), the
// calendar module's fetch errors, custom modules (`MMM-ynnydyn`, marshal posts; `MMM-bratyn`, flags). From memory (not
// fetched).

function magicMirrorLog(rng) {
  const ts = (t) => local(t, BST).slice(0, 23).replace('T', ' ');
  const ln = (t, lvl, msg) => `[${ts(t)}] [${lvl}] ${lvl.length === 3 ? '  ' : lvl.length === 4 ? ' ' : ''}${msg}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [ln(t, 'LOG', `Calendar-Fetcher: Broadcasting ${rng.int(4, 30)} events from https://www.${MV}/calendar/public.ics.`)] }),
      () => ({
        L: [ln(t, 'INFO', `MMM-ynnydyn: ${rng.int(40, 60)} ynnydyn er ny lhiettal (posts manned), ${rng.int(0, 5)} foast follym`)],
      }),
      () => ({ L: [ln(t, 'LOG', `Newsfeed-Fetcher: Broadcasting ${rng.int(5, 20)} items.`)] }),
      () => ({ L: [ln(t, 'INFO', `MMM-bratyn: brat ${rng.pick(['bwee', 'jiarg', 'glass'])} ec ynnyd ${rng.int(1, 60)}`)] }),
    ])();
  const steps = [
    {
      raw: {
        L: [
          ln(DAY0 + 5 * HOUR, 'LOG', 'Starting MagicMirror: v2.31.0'),
          ln(DAY0 + 5 * HOUR, 'LOG', 'Loading config ...'),
          ln(DAY0 + 5 * HOUR, 'LOG', 'Loading module helpers ...'),
          ln(DAY0 + 5 * HOUR, 'LOG', 'Server started ...'),
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'magicmirror-ical-uid',
      'none',
      "An event's iCalendar UID (`<random>@google.com`) the calendar module logs for a duplicate: an identifier, no credential.",
      ({ rng, t }) => {
        const uid = `${rng.lowerNum(26)}@google.com`;
        return { value: uid, event: { L: [ln(t, 'WARN', `Calendar: duplicate event ${uid} skipped`)] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'magicmirror-calendar-google-private-ical-url-and-fetch-error',
      'error',
      WHY.pathSecret(
        "The marshals' rota calendar's secret iCal address (`calendar.google.com/calendar/ical/<id>/private-<hex>/basic.ics`); the calendar module's error writes it, and the fetch error under it writes it again",
      ),
      ({ rng, t }) => {
        const priv = rng.hex(32);
        const url = `https://calendar.google.com/calendar/ical/${rng.lowerNum(26)}%40group.calendar.google.com/private-${priv}/basic.ics`;
        return {
          value: priv,
          event: {
            L: [
              ln(t, 'ERROR', `Calendar Error. Could not fetch calendar: ${url}`),
              ln(t, 'ERROR', `Calendar-Fetcher: FetchError: request to ${url} failed, reason: getaddrinfo EAI_AGAIN calendar.google.com`),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'magicmirror-custom-module-callback-code',
      'warning',
      `${WHY.code} The posts module signs in to the marshals' roster with a local callback page and logs the callback it received.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(60)}`;
        return {
          value: code,
          event: { L: [ln(t, 'LOG', `MMM-ynnydyn: callback /MMM-ynnydyn/auth?code=${code}&state=${rng.hex(16)}&scope=openid`)] },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'magicmirror-ifttt-maker-key',
      'error',
      WHY.webhook(
        'An IFTTT Maker webhook (`maker.ifttt.com/trigger/<event>/with/key/<key>`) the flags module fires for a red flag; its warning writes the URL (the key is the secret part)',
      ),
      ({ rng, t }) => {
        const key = rng.b64url(22);
        return {
          value: key,
          event: {
            L: [
              ln(t, 'WARN', `MMM-bratyn: cha dod mee (could not) trigger https://maker.ifttt.com/trigger/brat_jiarg/with/key/${key}: 503`),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'magicmirror-custom-module-eochair-query',
      'error',
      `${WHY.apiKey('eochair')} ("key" in Manx) The posts module polls the radio net's position API with the key in the query and logs the URL it polls.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { L: [ln(t, 'INFO', `MMM-ynnydyn: jeeaghyn (polling) https://radio.${MV}/api/ynnydyn?raad=snaefell&eochair=${key}`)] },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'magicmirror-timing-feed-jsessionid',
      'error',
      WHY.session(
        'The live-timing module is set up with a feed address copied from a browser, `;jsessionid=` included, and logs it when the feed stops answering',
      ),
      ({ rng, t }) => {
        const sid = rng.hex(32).toUpperCase();
        return {
          value: sid,
          event: { L: [ln(t, 'WARN', `MMM-timing: no data from https://timing.${MV}/live/feed.json;jsessionid=${sid} for 60 s`)] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'magicmirror-webcam-cache-buster',
      'none',
      "The webcam module's `?t=<epoch ms>` on the image it reloads: a cache buster, no credential.",
      ({ t }) => ({ value: `?t=${t}`, event: { L: [ln(t, 'LOG', `MMM-webcam: reload https://cams.${MV}/creg-ny-baa.jpg?t=${t}`)] } }),
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: MV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lldap.log: `docker logs` of LLDAP 0.6 with `LLDAP_VERBOSE=true`, the marshals' user directory: tracing-forest's
// output (`<RFC 3339, µs, offset>  <LEVEL, 8 wide> <span or event>`, spans as `name [ <time> | <share> ]`, events under
// them as `┝━ <icon> [<level>]: <message>`), the configuration dump at start. From memory (not fetched).

function lldapLog(rng) {
  const ts = (t) => `${local(t, BST).slice(0, 23)}${digits(rng, 3)}${offs(BST)}`;
  const span = (t, lvl, text) => `${ts(t)}  ${lvl.padEnd(8)} ${text}`;
  const ev = (t, lvl, text, last = false) =>
    `${ts(t)}  ${lvl.padEnd(8)} ${last ? '┕━' : '┝━'} ${lvl === 'DEBUG' ? '🐛 [debug]' : lvl === 'WARN' ? '🚧 [warn]' : 'i [info]'}: ${text}`;
  const req = (t, method, uri, ms = (rng.int(50, 9000) / 1000).toFixed(2)) =>
    span(t, 'INFO', `HTTP request [ ${ms}ms | 100.00% ] method: ${method} | uri: ${uri}`);
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [
          req(t, 'POST', '/api/graphql'),
          ev(t, 'DEBUG', `| user_id: "marshal-${digits(rng, 4)}"`),
          ev(t, 'INFO', '| status: 200 OK', true),
        ],
      }),
      () => ({
        L: [
          span(t, 'INFO', `LDAP session [ ${(rng.int(50, 900) / 100).toFixed(2)}ms | 100.00% ]`),
          ev(
            t,
            'DEBUG',
            `| msg: LdapMsg { msgid: ${rng.int(1, 9)}, op: SearchRequest(LdapSearchRequest { base: "ou=people,dc=marshalyn,dc=example", scope: Subtree, filter: Equality("uid", "marshal-${digits(rng, 4)}") }), ctrl: [] }`,
            true,
          ),
        ],
      }),
      () => ({ L: [req(t, 'GET', '/health'), ev(t, 'INFO', '| status: 200 OK', true)] }),
    ])();
  const steps = [
    plant(
      'negative',
      'lldap-config-dump-redacted-jwt-secret',
      'none',
      "LLDAP's configuration dump at start with its secrets replaced (`jwt_secret: ***SECRET***`): the program's redaction, no credential.",
      ({ t }) => ({
        value: '***SECRET***',
        event: {
          L: [
            span(t, 'INFO', 'set_up_server [ 12.4ms | 3.10% / 100.00% ]'),
            ev(t, 'INFO', 'Starting LLDAP version 0.6.1'),
            ev(
              t,
              'DEBUG',
              '| Configuration: Configuration { ldap_host: "0.0.0.0", ldap_port: 3890, http_port: 17170, jwt_secret: ***SECRET***, ldap_base_dn: "dc=marshalyn,dc=example", ldap_user_dn: "admin", ldap_user_pass: ***SECRET***, database_url: "sqlite:///data/users.db?mode=rwc", verbose: true, .. }',
              true,
            ),
          ],
        },
      }),
      { after: 0 },
    ),
    3,
    plant(
      'header-dump',
      'lldap-debug-request-headers-bearer-jwt-1d',
      'error',
      "At verbose, LLDAP's request span logs the request's headers; `authorization` holds LLDAP's own JWT of an admin (valid a day, no `jti`), on a line with its offset",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 86400,
          age: rng.int(600, 40000),
          claims: { user: 'race-control', groups: ['lldap_admin', 'marshal-chiefs'] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [
              req(t, 'POST', '/api/graphql'),
              ev(t, 'DEBUG', `| headers: {"host": "dir.${MV}", "authorization": "Bearer ${token}", "content-type": "application/json"}`),
              ev(t, 'INFO', '| status: 200 OK', true),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'lldap-debug-request-headers-refresh-token-cookie',
      'error',
      `${WHY.refresh} LLDAP keeps it in the \`refresh_token\` cookie, and the verbose header line of \`/auth/refresh\` writes the cookie.`,
      ({ rng, t }) => {
        const rt = `${rng.alnum(100)}+marshal-${digits(rng, 4)}`;
        return {
          value: rt,
          event: {
            L: [
              req(t, 'GET', '/auth/refresh'),
              ev(t, 'DEBUG', `| headers: {"host": "dir.${MV}", "cookie": "refresh_token=${rt}"}`),
              ev(t, 'INFO', '| status: 200 OK', true),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'lldap-request-uri-reset-password-step2',
      'error',
      WHY.pathSecret(
        "A marshal's password reset link (`/reset-password/step2/<token>`) as the request span's `uri`; the reset handler's warning under it writes the path again",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(100);
        return {
          value: tok,
          event: {
            L: [
              req(t, 'GET', `/reset-password/step2/${tok}`),
              ev(
                t,
                'WARN',
                `| Fockle-follit noa (new password) page for /reset-password/step2/${tok}: token already used once, showing form again`,
              ),
              ev(t, 'INFO', '| status: 200 OK', true),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'lldap-debug-ldap-bind-request-simple-cred',
      'error',
      "At verbose, the LDAP handler logs each message with Rust's Debug formatting; a radio-gateway's simple bind (`LdapBindCred::Simple(\"…\")`) writes the service account's password.",
      ({ rng, t }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            L: [
              span(t, 'INFO', `LDAP session [ ${(rng.int(50, 900) / 100).toFixed(2)}ms | 100.00% ]`),
              ev(
                t,
                'DEBUG',
                `| msg: LdapMsg { msgid: 1, op: BindRequest(LdapBindRequest { dn: "uid=radio-gateway,ou=people,dc=marshalyn,dc=example", cred: LdapBindCred::Simple("${pw}") }), ctrl: [] }`,
              ),
              ev(
                t,
                'DEBUG',
                '| response: BindResponse(LdapBindResponse { res: LdapResult { code: Success, matcheddn: "", message: "", referral: [] }, saslcreds: None })',
                true,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'lldap-user-uuid',
      'none',
      "A user's uuid in a GraphQL answer logged at verbose: an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            L: [
              req(t, 'POST', '/api/graphql'),
              ev(
                t,
                'DEBUG',
                `| user: User { user_id: "marshal-${digits(rng, 4)}", uuid: "${id}", display_name: "Juan Kermode", ynnyd: 33 }`,
              ),
              ev(t, 'INFO', '| status: 200 OK', true),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: MV }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// laravel-2027-06-14.log: a Statamic 5 site with a shop add-on (Laravel's `daily` channel, `storage/logs/laravel-
// <date>.log`) of the smokehouse: `[yyyy-mm-dd HH:MM:SS] production.<LEVEL>: <message> <context JSON>`, exceptions with
// `[stacktrace]` and `[previous exception]`; Symfony's HeaderBag printed as text (`name: value` padded). From memory
// (not fetched).

function statamicLog(rng) {
  const ts = (t) => local(t, BST).slice(0, 19).replace('T', ' ');
  const ln = (t, lvl, msg, ctx) =>
    `[${ts(t)}] production.${lvl}: ${msg}${ctx === undefined ? '' : ` ${typeof ctx === 'string' ? ctx : JSON.stringify(ctx)}`}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        L: [ln(t, 'INFO', `Oardagh ${digits(rng, 5)} er ny chur (order sent): ${rng.int(1, 6)} x skeddan jiarg, Purt ny h-Inshey`, {})],
      }),
      () => ({
        L: [
          ln(t, 'INFO', 'Static cache cleared', { url: `https://www.${SJ}/${rng.pick(['shop', 'kippers', 'smokehouse-tours', 'about'])}` }),
        ],
      }),
      () => ({ L: [ln(t, 'DEBUG', `Glide cache hit for assets/${rng.pick(['kippers-box.jpg', 'kiln.jpg', 'peel-harbour.jpg'])}`, {})] }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'statamic-stripe-payment-intent-id',
      'none',
      'A Stripe PaymentIntent id (`pi_…` without its `_secret_` part): an identifier, no credential.',
      ({ rng, t }) => {
        const pi = `pi_3${rng.alnum(23)}`;
        return { value: pi, event: { L: [ln(t, 'INFO', 'Payment succeeded', { order: `SJ-${digits(rng, 5)}`, payment_intent: pi })] } };
      },
    ),
    3,
    plant(
      'webhook',
      'statamic-error-rocketchat-hook-and-previous-exception',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the shop posts new orders to; the exception's message writes the URL and its `[previous exception]` (Guzzle's cURL error) writes it again",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(48);
        const url = `https://chat.${SJ}/hooks/${rng.alnum(24)}/${tok}`;
        return {
          value: tok,
          event: {
            L: [
              ln(
                t,
                'ERROR',
                `Cha dod shin (we could not) post to ${url}`,
                `{"exception":"[object] (Illuminate\\\\Http\\\\Client\\\\ConnectionException(code: 0): Cha dod shin (we could not) post to ${url} at /var/www/skeddan/app/Listeners/OardaghNoa.php:31)`,
              ),
              '[stacktrace]',
              '#0 /var/www/skeddan/vendor/laravel/framework/src/Illuminate/Events/Dispatcher.php(458): App\\Listeners\\OardaghNoa->handle()',
              '#1 {main}',
              '',
              `[previous exception] [object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 28): cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for ${url} at /var/www/skeddan/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:276)`,
              '[stacktrace]',
              '#0 {main}',
              '"} ',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'statamic-warning-context-url-eochair-api',
      'error',
      `${WHY.apiKey('eochair_api')} The courier's rate API takes it in the query, and the shop's warning context writes the URL.`,
      ({ rng, t }) => {
        const key = rng.hex(36);
        return {
          value: key,
          event: {
            L: [
              ln(t, 'WARNING', 'Shipping rates unavailable, using flat rate', {
                url: `https://rates.manxpost.example/v1/quote?weight=1.2&eochair_api=${key}`,
                status: 502,
              }),
            ],
          },
        };
      },
    ),
    3,
    {
      ...plant('header-dump', 'statamic-headerbag-dump-basic-and-session-cookie', 'error', '', ({ rng, t }) => {
        const b = b64Of(`staff:${rng.alnum(14)}`);
        const cookie = b64Of(JSON.stringify({ iv: rng.b64url(22), value: rng.b64url(120), mac: rng.hex(64), tag: '' }));
        return {
          marks: [
            {
              value: b,
              why: "A debug line prints the request's HeaderBag as text (one `name: value` a line) while the staff area is behind HTTP Basic; `authorization: Basic <base64 user:password>` is a line of it.",
            },
            {
              value: cookie,
              category: 'session-id',
              kind: 'statamic-headerbag-dump-session-cookie',
              why: WHY.session(
                "The same HeaderBag dump's `cookie:` line holds the shop's Laravel session cookie (`skeddan_jiarg_session=`, the encrypted session id)",
              ),
            },
          ],
          event: {
            L: [
              ln(t, 'DEBUG', 'Staff request headers'),
              `accept:          text/html`,
              `authorization:   Basic ${b}`,
              `cookie:          skeddan_jiarg_session=${cookie}`,
              `host:            www.${SJ}`,
              `user-agent:      ${BROWSERS[1]}`,
            ],
          },
        };
      }),
    },
    3,
    plant(
      'path-secret',
      'statamic-info-order-download-link',
      'error',
      WHY.pathSecret('A customer\'s order page link (`/kionnaghey/<token>`, "purchase") the shop logs when it mails the receipt'),
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: { L: [ln(t, 'INFO', 'Receipt mailed', { order: `SJ-${digits(rng, 5)}`, link: `https://www.${SJ}/kionnaghey/${tok}` })] },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'statamic-request-all-fockle-follit',
      'error',
      'A form handler logs `request()->all()` on a validation failure; the trade-account sign-up sends `fockle_follit` ("password" in Manx) and it is written with the other fields.',
      ({ rng, t }) => {
        const pw = rng.alnum(15);
        return {
          value: pw,
          event: {
            L: [
              ln(t, 'WARNING', 'Trade sign-up failed validation', {
                input: { ennym: 'Creg Malin Hotel', email: 'kitchen@cregmalin.example', fockle_follit: pw, vat: 'GB000000000' },
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'statamic-info-accounting-token-rotated',
      'error',
      `${WHY.refresh} The accounting sync logs the rotated token set after refreshing it.`,
      ({ rng, t }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: { L: [ln(t, 'INFO', 'Accounting token rotated', { expires_in: 1800, refresh_token: rt, tenant: 'skeddan-jiarg-ltd' })] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'statamic-queue-job-uuid',
      'none',
      "A queued job's uuid in a failed-job line: an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { L: [ln(t, 'ERROR', 'Job failed', { job: 'Statamic\\Search\\UpdateItemIndex', uuid: id, attempts: 3 })] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: SJ }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pocket-id.log: `docker logs -t pocket-id` of Pocket ID 1.x, the smokehouse's staff sign-in (passkeys, OIDC): Docker's
// RFC 3339 nanosecond UTC prefix, Gin's request lines and slog's text lines. From memory (not fetched).

function pocketIdLog(rng) {
  const dk = (t) => `${new Date(t).toISOString().slice(0, 23)}${digits(rng, 6)}Z`;
  const gin = (t, status, method, path) => {
    const l = new Date(t).toISOString();
    return `${dk(t)} [GIN] ${l.slice(0, 10).replace(/-/g, '/')} - ${l.slice(11, 19)} | ${status} | ${(rng.int(300, 90000) / 1000).toFixed(3).padStart(10)}ms | ${publicIp(rng).padStart(15)} | ${method.padEnd(8)} "${path}"`;
  };
  const sl = (t, level, msg, kv = '') =>
    `${dk(t)} time=${new Date(t).toISOString().slice(0, 23)}Z level=${level} msg=${slogq(msg)}${kv ? ` ${kv}` : ''}`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ L: [gin(t, 200, 'GET', '/api/users/me')] }),
      () => ({ L: [gin(t, 200, 'GET', '/.well-known/openid-configuration')] }),
      () => ({ L: [gin(t, 200, 'POST', '/api/oidc/token')] }),
      () => ({
        L: [
          gin(
            t,
            302,
            'GET',
            `/authorize?client_id=${rng.uuid()}&redirect_uri=https%3A%2F%2Fwww.${SJ}%2Fcp%2Fauth%2Foidc%2Fcallback&response_type=code&scope=openid+email&state=${rng.b64url(16)}`,
          ),
        ],
      }),
      () => ({ L: [sl(t, 'INFO', 'Deleted expired one-time access tokens', `count=${rng.int(0, 4)}`)] }),
    ])();
  const steps = [
    { raw: { L: [sl(DAY0 + 7 * HOUR, 'INFO', 'Server listening', 'addr=0.0.0.0:1411 version=1.6.2')] }, after: 0 },
    5,
    plant(
      'negative',
      'pocketid-passkey-credential-id',
      'none',
      "A passkey's credential id in the path (base64url, the public identifier a browser shows every relying party): no credential.",
      ({ rng, t }) => {
        const id = rng.b64url(43);
        return { value: id, event: { L: [gin(t, 204, 'DELETE', `/api/webauthn/credentials/${id}`)] } };
      },
    ),
    5,
    plant(
      'id-token',
      'pocketid-gin-end-session-id-token-hint-expired',
      'note',
      "Gin's request line of an RP-initiated logout: `id_token_hint=` holds an ID token Pocket ID issued, which had expired two hours or more before the line (Docker's UTC prefix)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(60, 1800),
          alg: 'RS256',
          kid: rng.hex(8),
          claims: { iss: `https://id.${SJ}`, sub: rng.uuid(), aud: rng.uuid(), email: 'kiln@skeddanjiarg.example' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            L: [gin(t, 302, 'GET', `/api/oidc/end-session?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fwww.${SJ}%2Fcp`)],
          },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'pocketid-gin-path-hex-encoded-json-api-key',
      'error',
      'A custom sign-in page passes its context to Pocket ID as hex-encoded JSON (`ctx=7b22…`); decoded, it holds the shop\'s API key (`{"eochair":…}`).',
      ({ rng, t }) => {
        const hex = Buffer.from(JSON.stringify({ client: 'skeddan-shop', eochair: rng.alnum(32) })).toString('hex');
        return { value: hex, event: { L: [gin(t, 400, 'GET', `/login?ctx=${hex}`)] } };
      },
    ),
    5,
    plant(
      'framework-dump',
      'pocketid-slog-error-struct-client-secret',
      'error',
      "An error line prints the OIDC client being saved with Go's `%+v` (`{Name:… ClientSecret:… }`): the client's secret is in clear.",
      ({ rng, t }) => {
        const sec = rng.alnum(32);
        return {
          value: sec,
          event: {
            L: [
              sl(
                t,
                'ERROR',
                'Failed to update OIDC client',
                `client="{ID:${rng.uuid()} Name:Statamic CP ClientSecret:${sec} CallbackURLs:[https://www.${SJ}/cp/auth/oidc/callback] IsPublic:false PkceEnabled:true}" error="UNIQUE constraint failed: oidc_clients.name"`,
              ),
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'pocketid-user-uuid-path',
      'none',
      "A user's uuid in an admin API path: an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return { value: id, event: { L: [gin(t, 200, 'GET', `/api/users/${id}/groups`)] } };
      },
    ),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: SJ }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout83');
writePart(join(here, 'heldout83'), {
  'server.log': ollamaLog(rng),
  'blastwatch.log': streamlitLog(rng),
  'goatcounter-export.csv': goatcounterCsv(rng),
  '318204_2027-06-14_9#0.json': amplitudeJson(rng),
  'awstats062027.stburyanmart.example.txt': awstatsData(rng),
  'magnolia-debug.log': magnoliaLog(rng),
  'cirnita.log': gradioLog(rng),
  'prod.log': oroLog(rng),
  'System_Production.log': neosLog(rng),
  'events-export.csv': posthogCsv(rng),
  'magicmirror.log': magicMirrorLog(rng),
  'lldap.log': lldapLog(rng),
  'laravel-2027-06-14.log': statamicLog(rng),
  'pocket-id.log': pocketIdLog(rng),
});
