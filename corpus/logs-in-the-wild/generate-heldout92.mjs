// Writes corpus/logs-in-the-wild/heldout92/: a ninety-second held-out part, in formats no other part uses (a Zuul job's
// job-output.txt, Exceptionless events read from its API, a Gerrit httpd_log, Crisp conversation messages, Linear issue
// comments, an Erlang release's OTP logger file with Cowboy 2 crash reports, a Jester (Nim) app log, a Yealink desk
// phone's syslog, Gorgias ticket messages, DBeaver's debug log, Tawk.to chat transcripts, a Cirrus CI Flutter task log,
// a HeidiSQL session log, a builds.sr.ht job log), with credentials planted where apps leak them and look-alikes that
// are no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the
// files.
//
//   node corpus/logs-in-the-wild/generate-heldout92.mjs     rewrites heldout92/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Tynedale Food Hub of Hexham (Northumberland), a community food co-operative with an online
// shop, its code review, its support chat and its issue tracker (English, five logs); Ilulissani Angalasitsisut
// Peqatigiiffiat, an association of tour and boat operators of Ilulissat (Avannaata Kommunia) with a booking backend,
// a ticket app, an office phone, a support desk and a database (Greenlandic, Kalaallisut, in the 1973 orthography,
// five logs); the Koperasi Panenun Songket Pandai Sikek, a songket weavers' co-operative of Pandai Sikek (Tanah Datar,
// West Sumatra) with a shop, a mobile app, a chat widget and a database (Minangkabau, Baso Minang, four logs). Standard
// names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Dart/3.10 (dart:io)', 'Go-http-client/2.0'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Northumberland in January (GMT, UTC+0), Ilulissat in January (UTC-2), West Sumatra (WIB, UTC+7 all year). */
const GMT = 0;
const WGT = -120;
const WIB = 420;
const DAY_EN = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_GL = Date.UTC(2028, 0, 17, 0, 0, 0);
const DAY_MI = Date.UTC(2028, 0, 24, 0, 0, 0);

/** `+07:00`, `-02:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
const sec = (t) => Math.floor(t / 1000);
/** A log's ordinary lines between its planted ones, `k` times as many as its steps list. */
const more = (steps, k) => steps.map((s) => (typeof s === 'number' ? s * k : s));

// =====================================================================================================================
// Tynedale Food Hub (English; Hexham, Northumberland: GMT, UTC+0 in January)
// =====================================================================================================================

const TY = 'tynedalefoodhub.example';

// ---------------------------------------------------------------------------------------------------------------------
// job-output.txt: a Zuul job of the shop's Python code (tox on an ubuntu-noble node), as Zuul's log server keeps it:
// every line `<yyyy-mm-dd hh:mm:ss.ffffff> | <text>` (UTC), Ansible's `PLAY`/`TASK [role : name]` headers, a task's
// output as `<node> | <line>`, `<node> | ok: Runtime: …`, a debug task's JSON on further `<node> |` lines.
// From memory (not fetched): the line layout, the `Job console starting...`, `PRE-RUN START`/`RUN START` lines.

function zuulLog(rng) {
  const N = 'ubuntu-noble';
  const render = (e, rng) => {
    const us = rng.int(0, 600);
    return e.z.map((l, i) => `${ymdHmsAt(e.t, GMT)}.${iso(e.t).slice(20, 23)}${pad(Math.min(999, us + i * 37), 3)} | ${l}`);
  };
  const TESTS = ['test_basket', 'test_delivery_slots', 'test_veg_box', 'test_stock_levels', 'test_invoices', 'test_producers'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        z: [
          `${N} | tests/${rng.pick(TESTS)}.py::test_${rng.pick(['adds', 'rejects', 'rounds', 'lists', 'totals'])}_${rng.int(1, 9)} PASSED [ ${rng.int(10, 99)}%]`,
        ],
      }),
      () => ({ z: [`${N} | ok: Runtime: 0:00:${pad(rng.int(1, 59))}.${digits(rng, 6)}`] }),
      () => ({
        z: [
          `${N} |   Downloading ${rng.pick(['django', 'psycopg', 'requests', 'pytest', 'whitenoise'])}-${rng.int(1, 5)}.${rng.int(0, 9)}.${rng.int(0, 9)}-py3-none-any.whl (${rng.int(40, 900)} kB)`,
        ],
      }),
    ])();
  const steps = [
    { raw: { z: ['Job console starting...', 'Updating repositories', 'Preparing job workspace', 'Running Ansible setup...'] }, after: 0 },
    {
      raw: {
        z: [
          'PRE-RUN START: [trusted : opendev.org/zuul/zuul-jobs/playbooks/base/pre.yaml@master]',
          '',
          'PLAY [all]',
          '',
          'TASK [validate-host : Collect information about zuul worker]',
        ],
      },
    },
    plant(
      'negative',
      'zuul-build-uuid-in-zuul-vars',
      'none',
      "The job's own Zuul build id (32 hex, a UUID without dashes) printed among the job variables: it names the build and its log directory, no credential.",
      ({ rng }) => {
        const b = rng.hex(32);
        return {
          value: b,
          event: {
            z: [
              `${N} | ok:`,
              `${N} | {`,
              `${N} |     "zuul.build": "${b}",`,
              `${N} |     "zuul.pipeline": "check",`,
              `${N} |     "zuul.project.name": "tynedale/shop"`,
              `${N} | }`,
            ],
          },
        };
      },
    ),
    2,
    {
      raw: {
        z: [
          'RUN START: [untrusted : review.tynedalefoodhub.example/tynedale/shop/playbooks/tox.yaml@main]',
          '',
          'TASK [tox : Install the shop and its test requirements]',
        ],
      },
    },
    plant(
      'path-secret',
      'zuul-pip-extra-index-url-gemfury-token',
      'error',
      WHY.pathSecret(
        'The shop installs its private packages from a Gemfury index whose URL carries the deploy token as its first path segment (`pypi.fury.io/<token>/<account>/`); the shell task echoes the pip command and pip itself prints the index in `Looking in indexes:`, since it masks only a password in the userinfo',
      ),
      ({ rng }) => {
        const tok = rng.alnum(20);
        const url = `https://pypi.fury.io/${tok}/tynedale/`;
        return {
          value: tok,
          event: {
            z: [
              `${N} | + pip install --extra-index-url ${url} -r requirements/test.txt`,
              `${N} | Looking in indexes: https://pypi.org/simple, ${url}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'zuul-pytest-requests-httperror-slots-api-key',
      'error',
      `${WHY.apiKey('api-key')} A test calls the hub's delivery-slot service on staging for real, gets a 429, and the requests exception quotes the URL, key included, in pytest's short summary.`,
      ({ rng }) => {
        const key = `${rng.b64url(22)}${digits(rng, 5)}`;
        return {
          value: key,
          event: {
            z: [
              `${N} | FAILED tests/test_delivery_slots.py::test_postcode_lookup - requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://slots.staging.${TY}/v1/find/NE46%201AB?api-key=${key}&expand=true`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'zuul-pytest-live-log-keycloak-id-token',
      'error',
      "pytest's live log (`log_cli`) shows a debug line of the sign-in test against the staging Keycloak, a Python dict with the `id_token` it got; Zuul stamps job-output.txt in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 4),
          jti: true,
          claims: {
            iss: `https://id.${TY}/realms/shop-staging`,
            aud: 'shop',
            sub: rng.uuid(),
            typ: 'ID',
            azp: 'shop',
            preferred_username: 'volunteer-ci',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            z: [
              `${N} | DEBUG    tests.test_login:test_login.py:${rng.int(30, 80)} signed in: {'id_token': '${token}', 'token_type': 'Bearer', 'expires_in': 3600}`,
            ],
          },
        };
      },
    ),
    3,
    { raw: { z: ['', 'TASK [Smoke test the staging API]'] } },
    plant(
      'header-dump',
      'zuul-httpie-print-request-headers-bearer',
      'error',
      "The smoke test runs HTTPie with `--print=Hh`, which writes the request's headers before the response's: the shop's staging API token in `Authorization: Bearer …`.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            z: [
              `${N} | GET /api/v1/stock?producer=all HTTP/1.1`,
              `${N} | Accept: application/json, */*;q=0.5`,
              `${N} | Authorization: Bearer ${tok}`,
              `${N} | Host: staging.${TY}`,
              `${N} | User-Agent: HTTPie/3.2.4`,
              `${N} | `,
              `${N} | HTTP/1.1 200 OK`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'zuul-git-config-extraheader-basic-installation-token',
      'error',
      "A step prints `git config --list` to debug a submodule; the checkout's `http.extraheader` is `AUTHORIZATION: basic` and base64 of `x-access-token:<GitHub installation token>`.",
      ({ rng }) => {
        const b = b64Of(`x-access-token:ghs_${rng.alnum(36)}`);
        return {
          value: b,
          event: {
            z: [
              `${N} | core.repositoryformatversion=0`,
              `${N} | http.https://github.com/.extraheader=AUTHORIZATION: basic ${b}`,
              `${N} | remote.origin.url=https://github.com/tynedale/recipes.git`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'zuul-debug-var-shop-settings-database-url',
      'error',
      'A `debug: var=shop_settings` task prints the whole settings dict as JSON, the database URL with its password among them.',
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            z: [
              '',
              'TASK [Show settings]',
              `${N} | ok:`,
              `${N} | {`,
              `${N} |     "shop_settings": {`,
              `${N} |         "allowed_hosts": "staging.${TY}",`,
              `${N} |         "database_url": "postgres://shop:${pw}@db.staging.internal:5432/shop",`,
              `${N} |         "debug": false`,
              `${N} |     }`,
              `${N} | }`,
            ],
          },
        };
      },
    ),
    2,
    plant('negative', 'zuul-sha256sum-wheel', 'none', '`sha256sum` of the built wheel (64 hex): a checksum, no credential.', ({ rng }) => {
      const h = rng.hex(64);
      return { value: h, event: { z: [`${N} | ${h}  dist/tynedale_shop-1.8.0-py3-none-any.whl`] } };
    }),
    plant(
      'webhook',
      'zuul-post-run-google-chat-webhook',
      'error',
      WHY.webhook(
        "A post-run task tells the volunteers' Google Chat space about the build with `curl` under `set -x`; a Chat incoming webhook URL carries its `key` and `token` in the query",
      ),
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            z: [
              '',
              'TASK [Notify the volunteers]',
              `${N} | + curl -sS -X POST -H 'Content-Type: application/json; charset=UTF-8' -d '{"text":"shop check: SUCCESS"}' 'https://chat.googleapis.com/v1/spaces/AAAA${rng.b64url(7)}/messages?key=AIzaSy${rng.b64url(33)}&token=${tok}'`,
            ],
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR + 14 * MIN, site: { host: 'zuul' }, filler, render, steps: more(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// exceptionless-events.jsonl: the shop's ASP.NET Core order service (Exceptionless .NET client) as events read back
// from Exceptionless' API (`/api/v2/events`), one a line: `id`, `organization_id`, `project_id`, `stack_id`, `type`,
// `date` (ISO 8601 with offset, UTC here), `message`, `data` with `@error` and `@request` (`http_method`, `host`, `path`,
// `query_string`, `post_data`, `headers`, `referrer`, `client_ip_address`, `user_agent`), `reference_id`.
// From memory (not fetched): the event's fields.

function exceptionlessLog(rng) {
  const render = (e) => [JSON.stringify(e.ex)];
  const oid = (rng) => rng.hex(24);
  const ORG = oid(rng);
  const PROJ = oid(rng);
  const ev = (
    rng,
    t,
    {
      type = 'error',
      msg,
      method = 'GET',
      path,
      query = {},
      post = null,
      headers = {},
      ref = null,
      err = 'System.InvalidOperationException',
    },
  ) => ({
    id: oid(rng),
    organization_id: ORG,
    project_id: PROJ,
    stack_id: oid(rng),
    is_first_occurrence: false,
    type,
    date: `${iso(t).slice(0, 23)}+00:00`,
    message: msg,
    data: {
      '@error': {
        type: err,
        message: msg,
        stack_trace: [{ name: 'MoveNext', declaring_namespace: 'Tynedale.Orders.Api', declaring_type: 'OrdersController' }],
      },
      '@request': {
        user_agent: rng.pick(BROWSERS),
        http_method: method,
        is_secure: true,
        host: `orders.${TY}`,
        port: 443,
        path,
        referrer: ref,
        client_ip_address: publicIp(rng),
        headers,
        query_string: query,
        post_data: post,
      },
      '@environment': { machine_name: 'orders-1', runtime_version: '.NET 9.0.4' },
    },
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        ex: ev(rng, t, { type: '404', msg: null, path: `/${rng.pick(['wp-admin/setup-config.php', '.git/config', 'xmlrpc.php'])}` }),
      }),
      () => ({ ex: ev(rng, t, { msg: 'The delivery slot is full.', path: `/api/slots/${rng.int(100, 400)}/book`, method: 'POST' }) }),
      () => ({ ex: ev(rng, t, { err: 'Npgsql.NpgsqlException', msg: 'Exception while reading from stream', path: '/api/boxes' }) }),
    ])();
  const steps = [
    2,
    plant(
      'id-token',
      'exceptionless-post-data-google-one-tap-credential',
      'error',
      "Sign in with Google's HTML API posts the ID token as `credential` (with `g_csrf_token`) to the shop's login URI; the sign-in throws and the event keeps `post_data`, live at the event's `date`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          alg: 'RS256',
          kid: rng.hex(40),
          claims: {
            iss: 'https://accounts.google.com',
            azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`,
            sub: digits(rng, 21),
            email_verified: true,
          },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ex: ev(rng, t, {
              err: 'Npgsql.PostgresException',
              msg: '23505: duplicate key value violates unique constraint "IX_Members_Email"',
              method: 'POST',
              path: '/signin/google',
              post: { credential: token, g_csrf_token: rng.hex(16) },
              headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://accounts.google.com' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'exceptionless-if-none-match-etag',
      'none',
      'An `If-None-Match` request header with the ETag of the product list (a quoted hash): a cache validator, no credential.',
      ({ rng, t }) => {
        const tag = rng.hex(32);
        return {
          value: tag,
          event: {
            ex: ev(rng, t, {
              err: 'System.OperationCanceledException',
              msg: 'The operation was canceled.',
              path: '/api/products',
              headers: { Accept: 'application/json', 'If-None-Match': `"${tag}"` },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'exceptionless-message-csharp-record-tokenset',
      'error',
      `${WHY.refresh} The accounting sync throws with a message that interpolates its C# record, and a record's ToString prints every property: \`TokenSet { AccessToken = , RefreshToken = …, ExpiresAt = … }\`.`,
      ({ rng, t }) => {
        const rt = rng.hex(64);
        const msg = `Xero refresh failed for TokenSet { AccessToken = , RefreshToken = ${rt}, ExpiresAt = 10/01/2028 09:${pad(rng.int(10, 59))}:00 +00:00 }`;
        return {
          value: rt,
          event: { ex: ev(rng, t, { err: 'Tynedale.Orders.Accounting.XeroSyncException', msg, method: 'POST', path: '/jobs/xero-sync' }) },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'exceptionless-request-path-embed-deliveries-jwt',
      'error',
      "The delivery-round page embedded in the drivers' tablet app carries a JWT without `exp` in its path (`/embed/deliveries/<JWT>`); the page throws and the event keeps the path",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(3600, 86400 * 20),
          claims: { iss: `orders.${TY}`, round: `hexham-${rng.int(1, 6)}`, role: 'driver' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ex: ev(rng, t, {
              err: 'System.NullReferenceException',
              msg: 'Object reference not set to an instance of an object.',
              path: `/embed/deliveries/${token}`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'exceptionless-query-string-feed-key',
      'error',
      `${WHY.apiKey('feed_key')} A member's calendar app fetches the collection-times feed and the handler throws; the event's \`query_string\` keeps the key.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            ex: ev(rng, t, {
              err: 'System.FormatException',
              msg: "String 'ics2' was not recognized as a valid format.",
              path: '/collections.ics',
              query: { feed_key: k, format: 'ics2' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'exceptionless-stack-id-in-message',
      'none',
      "A log event whose message names another event's stack by its id (24 hex, a MongoDB-style object id): an id, no credential.",
      ({ rng, t }) => {
        const s = rng.hex(24);
        return {
          value: s,
          event: {
            ex: {
              ...ev(rng, t, { type: 'log', msg: `Retry of stack ${s} scheduled`, path: '/jobs/xero-sync', method: 'POST' }),
              data: { '@level': 'Info', '@source': 'Tynedale.Orders.Jobs' },
            },
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'exceptionless' }, filler, render, steps: more(steps, 2) });
}

// ---------------------------------------------------------------------------------------------------------------------
// httpd_log: the co-operative's Gerrit 3.11 (review.tynedalefoodhub.example), its HTTP log in logs/: `<client>
// [<thread>] - <user or -> [<dd/Mon/yyyy:HH:mm:ss.SSS +0000>] "<request line>" <status> <bytes> <referer> "<user
// agent>"` (the referer unquoted `-` when absent, quoted otherwise). GitHub sign-in through the gerrit-oauth-provider
// plugin (`/oauth?code=…&state=…`).
// From memory (not fetched): the field order and the millisecond time.

function gerritLog(rng) {
  const render = (e) => {
    const d = clf(e.t).replace(' +0000', `.${iso(e.t).slice(20, 23)} +0000`);
    return [
      `${e.ip} [HTTP-${e.thread}] - ${e.user ?? '-'} [${d}] "${e.method} ${e.uri} HTTP/1.1" ${e.status} ${e.bytes} ${e.ref ? `"${e.ref}"` : '-'} "${e.ua}"`,
    ];
  };
  const th = (rng) => rng.int(40, 420);
  const filler = (rng) =>
    rng.pick([
      () => ({ thread: th(rng), user: rng.pick(['alan', 'priya', 'joanne']), uri: `/changes/?O=81&S=0&n=25&q=status%3Aopen%20-is%3Awip` }),
      () => ({
        thread: th(rng),
        user: 'zuul',
        uri: `/a/changes/${rng.int(1100, 1300)}/revisions/current/review`,
        method: 'POST',
        ua: 'python-requests/2.32.5',
      }),
      () => ({ thread: th(rng), uri: '/tynedale/shop/info/refs?service=git-upload-pack', ua: 'git/2.47.1' }),
      () => ({
        thread: th(rng),
        user: 'priya',
        uri: `/changes/tynedale%2Fshop~${rng.int(1100, 1300)}/detail?O=1916314`,
        ref: `https://review.${TY}/c/tynedale/shop/+/${rng.int(1100, 1300)}`,
      }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'gerrit-oauth-provider-github-callback-code',
      'warning',
      `${WHY.code} GitHub returns the sign-in to gerrit-oauth-provider's \`/oauth\` endpoint, and the HTTP log keeps the whole request line.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: { thread: th(rng), uri: `/oauth?code=${code}&state=${rng.b64url(22)}`, status: 302, bytes: 0, ref: 'https://github.com/' },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gerrit-change-id-in-rest-path',
      'none',
      "A change addressed by its Change-Id (`I` and 40 hex, the hash of a commit's first version) in a REST path: an id, no credential.",
      ({ rng }) => {
        const cid = `I${rng.hex(40)}`;
        return {
          value: cid,
          event: {
            thread: th(rng),
            user: 'alan',
            uri: `/changes/tynedale%2Fshop~main~${cid}/detail`,
            ref: `https://review.${TY}/dashboard/self`,
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'gerrit-referer-embed-dashboard-short-jwt',
      'warning',
      "A volunteer follows a change link from the CI status board embedded on the hub's intranet; the board's page sends its full address as Referer (`Referrer-Policy: unsafe-url`), a signed `/embed/board/<JWT>` of two minutes without a jti, live at the line's `+0000` time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(10, 60), claims: { resource: { dashboard: 3 }, params: {} } });
        return {
          value: token,
          jwt: facts,
          event: {
            thread: th(rng),
            user: 'joanne',
            uri: `/c/tynedale/shop/+/${rng.int(1100, 1300)}`,
            ref: `https://board.${TY}/embed/board/${token}`,
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'gerrit-referer-jenkins-jsessionid',
      'error',
      WHY.session(
        'The Referer of a click from the old Jenkins, which kept its Jetty session in the URL (`;jsessionid=node0…`) for a browser without cookies, and sends the full address',
      ),
      ({ rng }) => {
        const sid = `node0${lowerNum(rng, 24)}${rng.int(1, 99)}.node0`;
        return {
          value: sid,
          event: {
            thread: th(rng),
            user: 'alan',
            uri: `/c/tynedale/shop/+/${rng.int(1100, 1300)}`,
            ref: `https://jenkins.${TY}/job/shop-deploy/${rng.int(300, 400)}/console;jsessionid=${sid}`,
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'gerrit-uptime-monitor-api-key-query',
      'error',
      `${WHY.apiKey('api_key')} An uptime monitor copied from the shop's API checks Gerrit's version with the shop's key in the query; Gerrit ignores it and logs the request line.`,
      ({ rng }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: {
            thread: th(rng),
            uri: `/config/server/version?api_key=${k}`,
            ua: 'Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)',
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gerrit-trace-id-query',
      'none',
      "`?trace=<id>` asks Gerrit to trace one request; the id (time in ms and a short hex) only names the trace in the server's log, no credential.",
      ({ rng, t }) => {
        const id = `${t}-${rng.hex(8)}`;
        return {
          value: id,
          event: { thread: th(rng), user: 'priya', uri: `/changes/${rng.int(1100, 1300)}/submit?trace=${id}`, method: 'POST' },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR + 5 * MIN, site: { host: 'gerrit' }, filler, render, steps: more(steps, 4) });
}

// ---------------------------------------------------------------------------------------------------------------------
// crisp-messages.jsonl: the shop's support chat on Crisp, its conversations' messages from the REST API
// (`/v1/website/{website_id}/conversation/{session_id}/messages`), one a line: `session_id`, `website_id`, `type`,
// `from` (user/operator), `origin`, `content`, `fingerprint`, `user`, `stamped`, `timestamp` (ms since the epoch, UTC).
// From memory (not fetched).

function crispLog(rng) {
  const WEB = rng.uuid();
  const render = (e) => [JSON.stringify(e.cr)];
  let sess = `session_${rng.uuid()}`;
  const msg = (rng, t, from, content, nick) => ({
    session_id: sess,
    website_id: WEB,
    type: 'text',
    from,
    origin: from === 'user' ? 'chat' : 'urn:crisp.im:operator:0',
    content,
    fingerprint: rng.int(100000000000000, 999999999999999),
    user: from === 'user' ? { nickname: nick ?? 'visitor', user_id: sess } : { nickname: 'Joanne (Food Hub)', user_id: rng.uuid() },
    stamped: true,
    timestamp: t,
  });
  const newSession = (rng) => {
    sess = `session_${rng.uuid()}`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        cr: msg(
          rng,
          t,
          'user',
          rng.pick([
            'Hi, is the Saturday veg box still available?',
            'Thanks, that worked!',
            'Can I change my collection point to Corbridge?',
          ]),
          'Sue',
        ),
      }),
      () => ({
        cr: msg(
          rng,
          t,
          'operator',
          rng.pick([
            'Hi! Let me have a look for you.',
            'All sorted now, enjoy the box!',
            'Collection is from 10 till 1 at the Hexham hub.',
          ]),
        ),
      }),
    ])();
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'crisp-user-pastes-blank-page-access-token-fragment',
      'error',
      "A customer stuck on a blank page after signing in pastes its address into the chat, the identity provider's `#access_token=…` included.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            cr: msg(
              rng,
              t,
              'user',
              `I just get a white page after logging in, the address bar says https://shop.${TY}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}`,
              'Margaret',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'crisp-royal-mail-tracking-number',
      'none',
      'A customer quotes the Royal Mail tracking number of a hamper (two letters, nine digits, `GB`): a parcel id, no credential.',
      ({ rng, t }) => {
        const tn = `${rng.pick(['AB', 'FQ', 'JD', 'RT'])}${digits(rng, 9)}GB`;
        newSession(rng);
        return { value: tn, event: { cr: msg(rng, t, 'user', `The hamper for my mum hasn't arrived, tracking ${tn}`, 'Ian') } };
      },
    ),
    2,
    plant(
      'path-secret',
      'crisp-operator-invoice-download-link',
      'error',
      WHY.pathSecret(
        'The operator sends a customer the link to her invoice, whose token in the path (`/invoices/<token>/download`) opens it without signing in',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { cr: msg(rng, t, 'operator', `Here's your invoice: https://shop.${TY}/invoices/${tok}/download`) } };
      },
    ),
    2,
    plant(
      'id-token',
      'crisp-user-pastes-error-page-id-token',
      'error',
      "A customer copies the shop's sign-in error page into the chat, and the page printed the rejected ID token; live at the message's `timestamp`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 300),
          claims: { iss: `https://id.${TY}`, aud: 'shop-web', sub: rng.uuid(), email: 'm.robson@example.net' },
        });
        newSession(rng);
        return {
          value: token,
          jwt: facts,
          event: { cr: msg(rng, t, 'user', `It says: Sign-in failed (invalid audience). id_token: ${token}`, 'Margaret') },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'crisp-user-pastes-google-redirect-percent-encoded-feed-key',
      'error',
      "A customer pastes her calendar link as Google Docs wrapped it (`google.com/url?q=…`), the shop's URL inside percent-encoded: `feed_key%3D…`.",
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            cr: msg(
              rng,
              t,
              'user',
              `This link doesn't work any more: https://www.google.com/url?q=https://shop.${TY}/collections.ics?feed_key%3D${k}%26format%3Dics&sa=D&source=editors&ust=${digits(rng, 16)}&usg=AOvVaw${rng.b64url(22)}`,
              'Sue',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'crisp-user-pastes-fbclid',
      'none',
      'A product link a customer pasted from Facebook, with the click id Facebook appends (`fbclid=IwAR…`): a tracking id, no credential.',
      ({ rng, t }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return {
          value: f,
          event: { cr: msg(rng, t, 'user', `Is this still in stock? https://shop.${TY}/products/allendale-honey?fbclid=${f}`, 'Ian') },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'crisp' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// linear-comments.jsonl: the shop team's issue comments in Linear, read with the GraphQL API (`comments` with their
// issue), one a line: `id`, `createdAt`, `updatedAt` (UTC), `body` (Markdown), `user` (`name`, `displayName`), `issue`
// (`identifier`, `title`), `url`.
// From memory (not fetched).

function linearLog(rng) {
  const render = (e) => [JSON.stringify(e.ln)];
  const PEOPLE = [
    ['Alan Charlton', 'alan'],
    ['Priya Nair', 'priya'],
    ['Joanne Hedley', 'joanne'],
  ];
  const c = (
    rng,
    t,
    body,
    issue = [
      `SHOP-${rng.int(100, 240)}`,
      rng.pick(['Bookmarklet saves the wrong page', 'Member feeds', 'Sign-in loop on Safari', 'Embed for the drivers']),
    ],
  ) => {
    const [name, dn] = rng.pick(PEOPLE);
    const id = rng.uuid();
    return {
      id,
      createdAt: `${iso(t)}`,
      updatedAt: `${iso(t)}`,
      body,
      user: { name, displayName: dn },
      issue: { identifier: issue[0], title: issue[1] },
      url: `https://linear.app/tynedale/issue/${issue[0].toLowerCase()}#comment-${id.slice(0, 8)}`,
    };
  };
  const filler = (rng, t) => ({
    ln: c(
      rng,
      t,
      rng.pick(['Can reproduce on staging.', 'Deployed in 1.8.0, closing.', 'Moving to next cycle.', 'Looks fine to me, merging.']),
    ),
  });
  const steps = [
    1,
    plant(
      'refresh-token',
      'linear-comment-python-repr-token-response',
      'error',
      `${WHY.refresh} A developer pastes into a comment the Python dict their script printed from the stock supplier's token endpoint, \`refresh_token\` in it.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ln: c(
              rng,
              t,
              `Got this back from their token endpoint, the access token is fine but calls still 401:\n\n\`\`\`\n{'token_type': 'Bearer', 'expires_in': 1800, 'refresh_token': '${rt}', 'scope': 'stock.read'}\n\`\`\``,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'linear-comment-markdown-link-access-token-fragment',
      'error',
      'A bug report links the address the browser ended on after the loop, as a Markdown link, `#access_token=…` in it.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ln: c(
              rng,
              t,
              `Safari ends here and reloads forever: [this page](https://shop.${TY}/account#access_token=${at}&expires_in=3600&token_type=Bearer)`,
              ['SHOP-212', 'Sign-in loop on Safari'],
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'linear-comment-commit-sha',
      'none',
      'A comment names the commit of the fix (40 hex): a commit id, no credential.',
      ({ rng, t }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { ln: c(rng, t, `Fixed in ${sha}, will go out with 1.8.1.`) } };
      },
    ),
    2,
    plant(
      'path-secret',
      'linear-comment-member-feed-path-token',
      'error',
      WHY.pathSecret(
        "A comment quotes a member's personal order-history feed, whose token is a path segment (`/feeds/<token>/orders.rss`)",
      ),
      ({ rng, t }) => {
        const tok = lowerNum(rng, 30);
        return {
          value: tok,
          event: {
            ln: c(rng, t, `Reported by a member, her feed reader gets a 500 on https://shop.${TY}/feeds/${tok}/orders.rss`, [
              'SHOP-188',
              'Member feeds',
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'linear-comment-embed-rounds-jwt-seven-days',
      'error',
      "A developer pastes the drivers' round embed to reproduce a layout bug, a seven-day token with a jti, live at the comment's `createdAt`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 7 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `orders.${TY}`, round: 'haltwhistle-2', role: 'driver' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ln: c(rng, t, `Broken on the small tablet: https://orders.${TY}/embed/deliveries/${token}`, [
              'SHOP-230',
              'Embed for the drivers',
            ]),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'linear-comment-apikey-in-quoted-url',
      'error',
      `${WHY.apiKey('apikey')} A comment quotes the council's open-data call that fills the bin-day widget, with the hub's key.`,
      ({ rng, t }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            ln: c(
              rng,
              t,
              `The widget calls \`https://opendata.northumberland.example/api/v1/collections?uprn=${digits(rng, 12)}&apikey=${k}\` and gets HTML back since Monday.`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'linear-comment-placeholder-api-key',
      'none',
      'A comment shows how to call the API with a placeholder (`<YOUR_API_KEY>`): no value at all.',
      ({ t }) => {
        const ph = 'X-Api-Key: <YOUR_API_KEY>';
        return { value: ph, event: { ln: c(rng, t, `Docs should say: \`curl -H '${ph}' https://shop.${TY}/api/v1/stock\``) } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN + 13 * HOUR, site: { host: 'linear' }, filler, render, steps });
}

// =====================================================================================================================
// Ilulissani Angalasitsisut Peqatigiiffiat (Greenlandic; Ilulissat: UTC-2 in January)
// =====================================================================================================================

const IL = 'angalanerit-ilulissat.example';

// ---------------------------------------------------------------------------------------------------------------------
// cowboy-inniminniineq.log: the booking backend (inniminniineq, "booking"), an Erlang/OTP 27 release on Cowboy 2.12,
// its OTP logger file handler (logger_std_h) with the default formatter in single-line mode: `<RFC 3339 local time with
// offset> <level>: <message>`. A handler crash is Cowboy's `Ranch listener …, connection process …, stream … had its
// request process … exit with reason … and stacktrace …`; a `function_clause` puts the handler's arguments, the Req
// map, in the stacktrace's first frame. The app's own lines are `logger:notice/warning` in Greenlandic.
// From memory (not fetched): Cowboy's crash message, the Req map's keys, the formatter's layout.

function cowboyLog(rng) {
  const render = (e) => [`${local(e.t, WGT).slice(0, 19)}.${iso(e.t).slice(20, 23)}${digits(rng, 3)}${zone(WGT)} ${e.lv}: ${e.msg}`];
  const bin = (s) => `<<"${s}">>`;
  const pid = (rng) => `<0.${rng.int(900, 9000)}.0>`;
  const peer = (rng, ip) => `{{${(ip ?? publicIp(rng)).split('.').join(',')}},${rng.int(20000, 65000)}}`;
  const reqMap = (rng, { method = 'GET', path, qs = '', headers = {}, ip }) => {
    const h = { accept: '*/*', host: `api.${IL}`, 'user-agent': 'okhttp/5.3.2', ...headers };
    const hs = Object.keys(h)
      .sort()
      .map((k) => `${bin(k)} => ${bin(h[k])}`)
      .join(',');
    return `#{bindings => #{},body_length => 0,cert => undefined,has_body => false,headers => #{${hs}},host => ${bin(`api.${IL}`)},host_info => undefined,method => ${bin(method)},path => ${bin(path)},path_info => undefined,peer => ${peer(rng, ip)},pid => ${pid(rng)},port => 443,qs => ${bin(qs)},ref => https,scheme => <<"https">>,sock => {{10,0,0,4},443},streamid => 1,version => 'HTTP/1.1'}`;
  };
  const crash = (rng, mod, req) => ({
    lv: 'error',
    msg: `Ranch listener https, connection process ${pid(rng)}, stream 1 had its request process ${pid(rng)} exit with reason function_clause and stacktrace [{${mod},init,[${req},[]],[{file,"/src/${mod}.erl"},{line,${rng.int(12, 80)}}]},{cowboy_handler,execute,2,[{file,"/cowboy/src/cowboy_handler.erl"},{line,37}]},{cowboy_stream_h,execute,3,[{file,"/cowboy/src/cowboy_stream_h.erl"},{line,310}]},{cowboy_stream_h,request_process,3,[{file,"/cowboy/src/cowboy_stream_h.erl"},{line,299}]},{proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,329}]}]`,
  });
  const filler = (rng) =>
    rng.pick([
      () => ({
        lv: 'notice',
        msg: `Inniminniineq akuerineqarpoq: #{angalaneq => ${bin(rng.pick(['iluliarsuit-umiatsiamik', 'sermermiut', 'qilanngaq']))},inuit => ${rng.int(1, 8)},ulloq => ${bin(`2028-02-${pad(rng.int(1, 28))}`)}}`,
      }),
      () => ({ lv: 'notice', msg: `Sila nutarterneqarpoq: #{anori => ${rng.int(1, 14)},issik => ${-rng.int(8, 26)}}` }),
      () => ({ lv: 'warning', msg: `Akiliineq utaqqivoq: #{inniminniineq => ${rng.int(4000, 4999)}}` }),
    ])();
  const steps = [
    { raw: { lv: 'notice', msg: "Application inniminniineq started on node 'inniminniineq@api-1'" }, after: 0 },
    2,
    plant(
      'api-key-name',
      'cowboy-function-clause-req-map-qs-matuersaat',
      'error',
      `${WHY.apiKey('matuersaat')} (\`matuersaat\`, "key") A partner's request hits no clause of the handler, and Cowboy's crash report prints the Req map, its \`qs\` with the key.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: crash(rng, 'inniminniineq_h', reqMap(rng, { path: '/v1/angalanerit', qs: `matuersaat=${k}&ulloq=2028-02-03` })),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'cowboy-function-clause-req-map-authorization-basic',
      'error',
      "Another crash of the same handler: the Req map's `headers` hold the hotel desk's `authorization` header, `Basic` and base64 of its user and password.",
      ({ rng }) => {
        const b = b64Of(`hotel-arctic:${rng.alnum(16)}`);
        return {
          value: b,
          event: crash(
            rng,
            'inniminniineq_h',
            reqMap(rng, {
              method: 'POST',
              path: '/v1/inniminniineq',
              headers: { authorization: `Basic ${b}`, 'content-type': 'application/json' },
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'cowboy-notice-photo-sha256',
      'none',
      "The app logs the SHA-256 of a guide's uploaded photo (64 hex): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { lv: 'notice', msg: `Assi ilanngunneqarpoq: #{angalaneq => <<"sermermiut">>,sha256 => ${bin(h)}}` } };
      },
    ),
    2,
    plant(
      'session-id',
      'cowboy-function-clause-req-map-cookie-isersimaneq',
      'error',
      WHY.session(
        'The booking page\'s session cookie (`isersimaneq`, "being signed in") in the `cookie` header of a Req map printed by a crash report',
      ),
      ({ rng }) => {
        const s = rng.hex(64);
        return {
          value: s,
          event: crash(
            rng,
            'akiliineq_h',
            reqMap(rng, {
              path: '/akiliineq/uterfik',
              headers: { cookie: `isersimaneq=${s}; oqaatsit=kl`, 'user-agent': rng.pick(BROWSERS) },
            }),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'cowboy-warning-token-request-map-refresh-token',
      'error',
      `${WHY.refresh} The app's warning about a failed renewal with the payment provider prints the request body it sent, an Erlang map with \`refresh_token\`.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            lv: 'warning',
            msg: `Uppernarsaat nutarterneqanngilaq: {error,{400,<<"invalid_grant">>},#{<<"client_id">> => <<"inniminniineq">>,<<"grant_type">> => <<"refresh_token">>,<<"refresh_token">> => ${bin(rt)}}}`,
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'cowboy-notice-ws-bilitsi-first',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`bilitsi`, "ticket") for the live weather and sea-ice WebSocket, which the app logs with the peer when it upgrades the connection. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.bilitsi = t;
        return {
          value: tk,
          event: {
            lv: 'notice',
            msg: `Bilitsi atorneqarpoq: #{bilitsi => ${bin(tk)},peer => ${peer(rng, '203.0.113.77')},path => <<"/ws/sila">>}`,
          },
        };
      },
      { ref: 'ws-bilitsi' },
    ),
    1,
    plant(
      'replay',
      'cowboy-notice-ws-bilitsi-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('ws-bilitsi').value,
            why: `${WHY.replay('bilitsi', gap('bilitsi', t))} Another address opened the live view with the ticket the office screen had used, and the app upgraded it again.`,
          },
        ],
        event: {
          lv: 'notice',
          msg: `Bilitsi atorneqarpoq: #{bilitsi => ${bin(refs.get('ws-bilitsi').value)},peer => ${peer(rng, '198.51.100.23')},path => <<"/ws/sila">>}`,
        },
      }),
      { replayOf: 'ws-bilitsi', after: 118 },
    ),
    2,
    plant(
      'webhook',
      'cowboy-error-httpc-zapier-catch-hook',
      'error',
      WHY.webhook(
        'The app forwards each booking to a Zapier "catch hook" (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) and logs the failed call with its URL',
      ),
      ({ rng }) => {
        const id = `${rng.int(1000000, 29999999)}/${lowerNum(rng, 7)}`;
        return {
          value: id,
          event: {
            lv: 'error',
            msg: `Zapier-imut nassiussinermi kukkuneq: {failed_connect,[{to_address,{"hooks.zapier.com",443}},{inet,[inet],timeout}]} url="https://hooks.zapier.com/hooks/catch/${id}/"`,
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'cowboy-notice-request-id',
      'none',
      'A request id the app draws for each request (20 characters, base64url) in a notice: it ties log lines together, no credential.',
      ({ rng }) => {
        const r = rng.b64url(20);
        return { value: r, event: { lv: 'notice', msg: `Apeqqut sivisuvoq: #{request_id => ${bin(r)},ms => ${rng.int(2000, 9000)}}` } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_GL + 9 * HOUR, site: { host: 'cowboy' }, filler, render, steps: more(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// bilitsi.log: the boat-tour ticket app (bilitsi, "ticket"), written in Nim with Jester 0.6, logging through std/logging
// with `newFileLogger(fmtStr = "[$datetime] - $levelname: ")`: `[yyyy-MM-ddTHH:mm:ss] - LEVEL: message` in local time
// without zone; the app prints Nim values with `$` (objects as `(field: value, …)`, a StringTableRef as `{k: v, …}`).
// From memory (not fetched): Jester's start-up line, std/logging's `$datetime`.

function jesterLog(rng) {
  const render = (e) => [`[${local(e.t, WGT).slice(0, 19)}] - ${e.lv}: ${e.msg}`];
  const TOURS = ['iluliarsuit-umiatsiamik', 'sermermiut', 'qilanngaq', 'eqip-sermia'];
  const filler = (rng) =>
    rng.pick([
      () => ({ lv: 'INFO', msg: `${publicIp(rng)} GET /angalanerit/${rng.pick(TOURS)} 200` }),
      () => ({ lv: 'INFO', msg: `Bilitsi pilersinneqarpoq: (angalaneq: "${rng.pick(TOURS)}", inuit: ${rng.int(1, 6)})` }),
      () => ({ lv: 'DEBUG', msg: `Umiatsiaq "Aajuk" inissat: ${rng.int(0, 12)}` }),
    ])();
  const steps = [
    { raw: { lv: 'INFO', msg: 'Jester is making jokes at http://127.0.0.1:5000' }, after: 0 },
    plant(
      'framework-dump',
      'jester-startup-config-object-isissutissaq',
      'error',
      'At start the app prints its configuration object with `$`, a Nim tuple-like `(…)` with every field, the mail account\'s password (`smtpIsissutissaq`, "password") among them.',
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            lv: 'INFO',
            msg: `Aaqqissuussinerit: (port: 5000, dbUrl: "postgres://bilitsi@localhost/bilitsi", smtpHost: "smtp.${IL}", smtpAtuisoq: "bilitsi@${IL}", smtpIsissutissaq: "${pw}", oqaatsit: "kl")`,
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'negative',
      'jester-debug-pkce-code-challenge',
      'none',
      'The sign-in redirect the app logs carries a PKCE `code_challenge` (S256 of a verifier kept on the server): a hash, no credential.',
      ({ rng }) => {
        const cc = rng.b64url(43);
        return {
          value: cc,
          event: {
            lv: 'DEBUG',
            msg: `Iserit: https://login.microsoftonline.com/${rng.uuid()}/oauth2/v2.0/authorize?client_id=${rng.uuid()}&response_type=code&redirect_uri=https%3A%2F%2Fbilitsi.${IL}%2Fiserit%2Futerfik&code_challenge=${cc}&code_challenge_method=S256`,
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'jester-debug-stringtable-callback-code',
      'warning',
      `${WHY.code} The app's debug line prints the callback's parameters with \`$\` of a StringTableRef, \`{code: …, state: …}\`.`,
      ({ rng }) => {
        const code = `1.A${rng.b64url(4)}A${rng.b64url(180)}`;
        return {
          value: code,
          event: { lv: 'DEBUG', msg: `Iserit/uterfik params: {code: ${code}, state: ${rng.b64url(22)}, session_state: ${rng.uuid()}}` },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'jester-debug-new-isersimaneq',
      'error',
      WHY.session('A debug line prints the session cookie the app just set (`isersimaneq`, "being signed in") after a sign-in'),
      ({ rng }) => {
        const s = rng.hex(48);
        return { value: s, event: { lv: 'DEBUG', msg: `Isersimaneq nutaaq (atuisoq 14): isersimaneq=${s}; Path=/; HttpOnly; Secure` } };
      },
    ),
    2,
    plant(
      'encoded',
      'jester-warning-state-base64url-json-matuersaat',
      'error',
      'The app packs its return parameters into `state` as base64url of JSON; a warning about an unknown `state` prints it, and decoded it holds a partner\'s `matuersaat` ("key").',
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ uterfik: '/bilitsi/akiliineq', matuersaat: rng.alnum(32), angalaneq: 'sermermiut' }));
        return { value: b, event: { lv: 'WARN', msg: `state ilisarineqanngilaq: ${b}` } };
      },
    ),
    2,
    plant(
      'path-secret',
      'jester-info-avitseq-link',
      'error',
      WHY.pathSecret('The app logs the sharing link it made for a group\'s tickets (`/avitseq/<token>/…pdf`, "share")'),
      ({ rng }) => {
        const tok = rng.b64url(27);
        return { value: tok, event: { lv: 'INFO', msg: `Avitseqatigiinnermut link: https://bilitsi.${IL}/avitseq/${tok}/bilitsit.pdf` } };
      },
    ),
    2,
    plant(
      'negative',
      'jester-debug-user-object-argon2-hash',
      'none',
      'A debug `$` of the user object shows the stored password hash (`$argon2id$…`): a hash, not a credential that opens anything.',
      ({ rng }) => {
        const h = `$argon2id$v=19$m=65536,t=3,p=4$${rng.b64url(22)}$${rng.b64url(43)}`;
        return {
          value: h,
          event: { lv: 'DEBUG', msg: `Atuisoq: (id: 14, aqqa: "Aviaja Lyberth", email: "aviaja@${IL}", isissutissaqHash: "${h}")` },
        };
      },
    ),
    2,
    plant(
      'replay',
      'jester-info-boarding-bilitsi-first',
      'note',
      WHY.ticketFirst(
        "A single-use boarding ticket (`bilitsi`) checked by the crew's phone at the quay, the request line logged by the app with its address. The ticket is",
      ),
      ({ rng, t }) => {
        const tk = lowerNum(rng, 16);
        firstUse.boarding = t;
        return { value: tk, event: { lv: 'INFO', msg: `203.0.113.40 POST /umiatsiaq/ilaasoq?bilitsi=${tk} 200 Bilitsi atorneqarpoq` } };
      },
      { ref: 'boarding' },
    ),
    1,
    plant(
      'replay',
      'jester-info-boarding-bilitsi-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('boarding').value,
            why: `${WHY.replay('bilitsi', gap('boarding', t))} The second boat's crew phone, on another address, checked the same ticket and the app let it on board again.`,
          },
        ],
        event: { lv: 'INFO', msg: `198.51.100.91 POST /umiatsiaq/ilaasoq?bilitsi=${refs.get('boarding').value} 200 Bilitsi atorneqarpoq` },
      }),
      { replayOf: 'boarding', after: 241 },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GL + 11 * HOUR, site: { host: 'jester' }, filler, render, steps: more(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// yealink-t54w.log: the office's Yealink T54W desk phone sending syslog to the office server, as rsyslog writes it:
// `<Mmm dd hh:mm:ss> <phone's address> [<pid>]: <module> <<n>+<level>> <message>` in local time without zone; modules
// `AUT` (auto provisioning), `ACT` (action URL), `CFG`, `SIP`, `HTTP`.
// From memory (not fetched): the module and level layout of Yealink's log lines.

function yealinkLog(rng) {
  const PHONE = '10.20.0.31';
  const LV = { 3: 'err   ', 5: 'notice', 6: 'info  ', 7: 'debug ' };
  const render = (e) =>
    e.yl.map(([mod, n, msg]) => {
      const d = new Date(e.t + WGT * MIN);
      return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${local(e.t, WGT).slice(11, 19)} ${PHONE} [${e.pid}]: ${mod} <${n}+${LV[n]}> ${msg}`;
    });
  const pid = { AUT: 611, ACT: 702, CFG: 598, SIP: 655, HTTP: 611 };
  const filler = (rng) =>
    rng.pick([
      () => ({ pid: pid.SIP, yl: [['SIP', 6, `REGISTER sip:pbx.${IL} 200 OK, expires ${rng.pick([600, 3600])}`]] }),
      () => ({ pid: pid.SIP, yl: [['SIP', 6, `INVITE from sip:${rng.int(200, 260)}@pbx.${IL}, call-id ${rng.hex(16)}@${PHONE}`]] }),
      () => ({ pid: 540, yl: [['DSK', 6, `LCD backlight level ${rng.int(1, 10)}`]] }),
    ])();
  const steps = [
    1,
    plant(
      'path-secret',
      'yealink-auto-provision-per-device-path-token',
      'error',
      WHY.pathSecret(
        "Auto provisioning fetches the phone's configuration from the PBX's provisioning folder, whose random name in the path (`/provisioning/<token>/<mac>.cfg`) is all that protects the SIP account in it",
      ),
      ({ rng }) => {
        const tok = lowerNum(rng, 20);
        return {
          value: tok,
          event: {
            pid: pid.AUT,
            yl: [['AUT', 6, `Auto provision start, url https://pbx.${IL}/provisioning/${tok}/805ec0${rng.hex(6)}.cfg`]],
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'yealink-http-debug-authorization-basic',
      'error',
      "At debug level the phone's HTTP client writes the request it sends to the provisioning server, with `Authorization: Basic` and base64 of the provisioning user and password.",
      ({ rng }) => {
        const b = b64Of(`t54w:${rng.alnum(14)}`);
        return {
          value: b,
          event: {
            pid: pid.HTTP,
            yl: [
              [
                'HTTP',
                7,
                `request header: GET /phonebook/oqarasuaatit.xml HTTP/1.1\\r\\nHost: pbx.${IL}\\r\\nAuthorization: Basic ${b}\\r\\nUser-Agent: Yealink SIP-T54W 96.86.0.70\\r\\n`,
              ],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'negative',
      'yealink-sip-digest-nonce',
      'none',
      'The PBX\'s Digest challenge (`nonce="…"`) the phone logs at debug: a server nonce, no credential.',
      ({ rng }) => {
        const n = rng.hex(32);
        return {
          value: n,
          event: {
            pid: pid.SIP,
            yl: [['SIP', 7, `401 Unauthorized, WWW-Authenticate: Digest realm="asterisk",nonce="${n}",algorithm=MD5,qop="auth"`]],
          },
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'yealink-cfg-debug-account-password',
      'error',
      "The phone writes each configuration item it applies at debug level, the SIP account's `account.1.password` with its value.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            pid: pid.CFG,
            yl: [
              ['CFG', 7, 'set account.1.auth_name = 214'],
              ['CFG', 7, `set account.1.password = ${pw}`],
              ['CFG', 7, `set account.1.sip_server.1.address = pbx.${IL}`],
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'yealink-action-url-call-matuersaat',
      'error',
      `${WHY.apiKey('matuersaat')} (\`matuersaat\`, "key") The phone's action URL for incoming calls opens the customer card in the booking system; the phone logs the URL it will call and again its HTTP request line.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        const q = `/sianerneq?matuersaat=${k}&normu=%2B299${digits(rng, 6)}`;
        return {
          value: k,
          event: {
            pid: pid.ACT,
            yl: [
              ['ACT', 6, `action url incoming_call: https://inniminniineq.${IL}${q}`],
              ['HTTP', 7, `GET ${q} HTTP/1.1 -> 200`],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'webhook',
      'yealink-action-url-home-assistant-webhook',
      'error',
      WHY.webhook(
        "The action URL for a missed call goes to the office's Home Assistant webhook (`/api/webhook/<id>`), which turns on the lamp over the desk; the id is the only secret",
      ),
      ({ rng }) => {
        const id = `-${rng.b64url(24)}`;
        return { value: id, event: { pid: pid.ACT, yl: [['ACT', 6, `action url missed_call: http://ha.${IL}:8123/api/webhook/${id}`]] } };
      },
    ),
    1,
    plant(
      'negative',
      'yealink-firmware-md5',
      'none',
      "The firmware image's MD5 the phone checks before upgrading (32 hex): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { pid: pid.AUT, yl: [['AUT', 6, `firmware 96.86.0.75 md5 ${h} verified`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GL + 8 * HOUR + 30 * MIN, site: { host: 'yealink' }, filler, render, steps: more(steps, 3) });
}

// ---------------------------------------------------------------------------------------------------------------------
// gorgias-messages.jsonl: the association's support desk on Gorgias, ticket messages read from its REST API
// (`/api/tickets/{id}/messages`), one a line: `id`, `ticket_id`, `channel`, `via`, `source` (`type`, `from`, `to`),
// `sender`, `from_agent`, `public`, `body_text`, `created_datetime` (ISO 8601 with offset, UTC).
// From memory (not fetched).

function gorgiasLog(rng) {
  const render = (e) => [JSON.stringify(e.gg)];
  const AG = { id: rng.int(100000, 999999), email: `naja@${IL}`, name: 'Naja Kleist' };
  let ticket = rng.int(2000000, 2999999);
  const m = (rng, t, { agent = false, body, cust = ['Malik Petersen', 'malik.p@example.net'], ch = 'email', pub = true }) => {
    const who = agent ? AG : { id: rng.int(100000, 999999), email: cust[1], name: cust[0] };
    return {
      id: rng.int(300000000, 399999999),
      ticket_id: ticket,
      channel: ch,
      via: ch === 'internal-note' ? 'helpdesk' : ch,
      source: { type: ch, from: { name: who.name, address: who.email }, to: [{ name: 'Angalanerit', address: `ikiorneq@${IL}` }] },
      sender: who,
      from_agent: agent,
      public: pub,
      body_text: body,
      created_datetime: `${iso(t).slice(0, 23)}000+00:00`,
    };
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        gg: m(rng, t, {
          body: rng.pick([
            'Aluu, marlunnik bilitsinik pisiniarpunga. Qujanaq!',
            'Inniminniinera allanngortissinnaaviuk?',
            'Qujanarujussuaq!',
          ]),
        }),
      }),
      () => ({
        gg: m(rng, t, {
          agent: true,
          body: rng.pick([
            'Aluu! Ilaa, taamaaliorsinnaavugut.',
            'Inniminniinerit aaqqinneqarpoq. Ulluinnarmi pinnguarit!',
            'Qujanaq, ullumi akissuteqassaagut.',
          ]),
        }),
      }),
    ])();
  const next = (rng) => {
    ticket = rng.int(2000000, 2999999);
  };
  const steps = [
    2,
    plant(
      'oauth-code',
      'gorgias-customer-pastes-callback-code',
      'warning',
      `${WHY.code} A customer whose sign-in fails pastes the address of the error page, the return from the identity provider with its \`code\` and \`state\`.`,
      ({ rng, t }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            gg: m(rng, t, {
              body: `Aluu, iserneq iluatsinngilaq. Quppernermi uani: https://inniminniineq.${IL}/iserit/uterfik?code=${code}&state=${rng.b64url(22)} "Kukkuneq" kisimi allassimavoq.`,
              cust: ['Ane Mølgaard', 'ane.m@example.net'],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gorgias-customer-masked-iban',
      'none',
      'A customer quotes the account the refund should go to as her bank app masks it (`GL89 **** **** **** 06`): a mask, no credential.',
      ({ rng, t }) => {
        const iban = `GL${digits(rng, 2)} **** **** **** ${digits(rng, 2)}`;
        next(rng);
        return { value: iban, event: { gg: m(rng, t, { body: `Akiliutigisara kontomut ${iban} utertinneqarsinnaava?` }) } };
      },
    ),
    2,
    plant(
      'id-token',
      'gorgias-internal-note-id-token',
      'error',
      "An agent's internal note copies the `id_token` from the booking system's sign-in screen for the developer; live at the message's `created_datetime`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(120, 900),
          claims: { iss: `https://iserit.${IL}`, aud: 'inniminniineq', sub: rng.uuid(), name: 'Malik Petersen' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            gg: m(rng, t, {
              agent: true,
              ch: 'internal-note',
              pub: false,
              body: `Niels, atuisup id_token-ia: ${token} — iserneq iluatsinngilaq`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'gorgias-customer-old-embed-link-expired',
      'note',
      "A customer pastes the tour map link from last season's confirmation mail, `/embed/angalaneq/<JWT>`, which expired long before the message's `created_datetime`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 14 * 86400,
          age: 120 * 86400 + rng.int(0, 86400),
          claims: { iss: `inniminniineq.${IL}`, angalaneq: 'eqip-sermia', inniminniineq: rng.int(3000, 3999) },
        });
        next(rng);
        return {
          value: token,
          jwt: facts,
          event: {
            gg: m(rng, t, {
              body: `Nunap assinga ammarsinnaanngilara: https://inniminniineq.${IL}/embed/angalaneq/${token}`,
              cust: ['Hans Berthelsen', 'hansb@example.net'],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'gorgias-partner-pastes-matuersaat-api',
      'error',
      `${WHY.apiKey('matuersaat_api')} (\`matuersaat_api\`, "the API's key") A hotel's developer writes in with the call that fails, key included.`,
      ({ rng, t }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: {
            gg: m(rng, t, {
              body: `Hi, this call returns 500 since this morning: https://api.${IL}/v1/angalanerit?matuersaat_api=${k}&ulloq=2028-02-03`,
              cust: ['Dev, Hotel Icefiord', 'it@hotel-icefiord.example'],
            }),
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'gorgias-partner-pastes-request-headers-bearer',
      'error',
      "The same developer pastes the headers of the request as their HTTP client logged them, `Authorization: Bearer …` with the hotel's access token.",
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            gg: m(rng, t, {
              body: `Request:\nPOST /v1/inniminniineq HTTP/1.1\nHost: api.${IL}\nAuthorization: Bearer ${tok}\nContent-Type: application/json`,
              cust: ['Dev, Hotel Icefiord', 'it@hotel-icefiord.example'],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'gorgias-customer-pastes-uterfik-percent-encoded-uppernarsaat',
      'error',
      'A customer pastes the sign-in link she was sent, whose return address (`uterfik`, "where to return") is percent-encoded and carries the booking\'s `uppernarsaat` ("token"): `%3Fuppernarsaat%3D…`.',
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        next(rng);
        return {
          value: tok,
          event: {
            gg: m(rng, t, {
              body: `Link una atorsinnaanngilara: https://inniminniineq.${IL}/iserit?uterfik=%2Finniminniineq%2F4417%3Fuppernarsaat%3D${tok}`,
              cust: ['Pipaluk Olsen', 'pipaluk@example.net'],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'gorgias-agent-booking-reference',
      'none',
      'The agent confirms a booking by its reference (`ILU-` and six letters and digits): an id printed on the ticket, no credential.',
      ({ rng, t }) => {
        const r = `ILU-${upperNum(rng, 6)}`;
        return { value: r, event: { gg: m(rng, t, { agent: true, body: `Inniminniinerit ${r} akuerineqarpoq. Qujanaq!` }) } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_GL + 12 * HOUR, site: { host: 'gorgias' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dbeaver-debug.log: DBeaver 24.3 Community on the office manager's laptop (workspace6/.metadata/dbeaver-debug.log):
// `<yyyy-MM-dd HH:mm:ss.SSS> - <message>` in local time without zone, an error's further lines (PostgreSQL's `Detail:`,
// the stack) without prefix.
// From memory (not fetched).

function dbeaverLog(rng) {
  const render = (e) => {
    const [first, ...rest] = e.db;
    return [`${ymdHmsAt(e.t, WGT)}.${iso(e.t).slice(20, 23)} - ${first}`, ...rest];
  };
  const CONN = `postgres-jdbc-${rng.hex(11)}-${rng.hex(16)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ db: [`Refresh navigator node: ${rng.pick(['inniminniinerit', 'angalanerit', 'atuisut', 'akiliinerit'])}`] }),
      () => ({ db: [`Execute query: ${rng.int(1, 400)} rows fetched in ${rng.int(3, 900)}ms`] }),
      () => ({ db: ['SQL Editor: auto-commit mode ON'] }),
    ])();
  const pgErr = (state, msg, detail, sql) => [
    `SQL Error [${state}]: ERROR: ${msg}`,
    `  Detail: ${detail}`,
    `  Where: SQL statement "${sql}"`,
    'org.postgresql.util.PSQLException: ERROR: ' + msg,
    '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)',
    '\tat org.jkiss.dbeaver.model.impl.jdbc.exec.JDBCStatementImpl.execute(JDBCStatementImpl.java:330)',
  ];
  const steps = [
    {
      raw: {
        db: ['DBeaver 24.3.2.202501120936 is starting', 'OS: Windows 11 10.0 (amd64)', 'Java version: 21.0.5 by Eclipse Adoptium (64bit)'],
      },
      after: 0,
    },
    plant(
      'negative',
      'dbeaver-driver-download-sha1',
      'none',
      "DBeaver fetches the PostgreSQL driver from Maven Central and logs the jar's SHA-1 (40 hex): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: { db: [`Download https://repo1.maven.org/maven2/org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar (sha1 ${h})`] },
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'dbeaver-connect-jdbc-url-password',
      'error',
      "The staging connection was set up from a URL with `password=` in it, and DBeaver writes the URL it opens: the database user's password.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            db: [
              `Connect with 'inniminniineq-staging' (${CONN}) url jdbc:postgresql://db-staging.${IL}:5432/inniminniineq?user=aviaja&password=${pw}&sslmode=require`,
            ],
          },
        };
      },
    ),
    1,
    { raw: { db: [`Connected (${CONN}, PostgreSQL 16.6)`] } },
    2,
    plant(
      'api-key-name',
      'dbeaver-pg-unique-violation-detail-matuersaat',
      'error',
      `${WHY.apiKey('matuersaat')} (\`matuersaat\`, "key") Pasting a partner's key twice breaks the unique index, and PostgreSQL's \`Detail: Key (matuersaat)=(…) already exists.\` is written with the error.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            db: pgErr(
              '23505',
              'duplicate key value violates unique constraint "suleqatit_matuersaat_key"',
              `Key (matuersaat)=(${k}) already exists.`,
              `INSERT INTO suleqatit (aqqa, matuersaat) VALUES ($1, $2)`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'dbeaver-pg-not-null-failing-row-refresh',
      'error',
      `${WHY.refresh} A row copied by hand into the table of renewable tokens (\`uppernarsaatit_nutarterneqartartut\`) misses its user, and PostgreSQL's \`Failing row contains (…)\` prints the row, a Google refresh token (\`1//0…\`) in it.`,
      ({ rng }) => {
        const rt = `1//0${rng.b64url(8)}-L9Ir${rng.b64url(80)}`;
        return {
          value: rt,
          event: {
            db: pgErr(
              '23502',
              'null value in column "atuisoq_id" of relation "uppernarsaatit_nutarterneqartartut" violates not-null constraint',
              `Failing row contains (${rng.int(40, 90)}, null, google, ${rt}, 2028-01-17 09:${pad(rng.int(10, 59))}:00-02).`,
              'INSERT INTO uppernarsaatit_nutarterneqartartut VALUES (...)',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'dbeaver-pg-failing-row-bcrypt-hash',
      'none',
      "Another failing row holds a user's stored password hash (`$2a$12$…`): a hash, no credential.",
      ({ rng }) => {
        const h = `$2a$12$${rng.b64url(53).replace(/[-_]/g, '.')}`;
        return {
          value: h,
          event: {
            db: pgErr(
              '23514',
              'new row for relation "atuisut" violates check constraint "atuisut_email_check"',
              `Failing row contains (${rng.int(15, 40)}, Kunuunnguaq, kunu, ${h}, kl).`,
              'UPDATE atuisut SET email = $1 WHERE id = $2',
            ),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'dbeaver-pg-fk-violation-detail-isersimaneq',
      'error',
      WHY.session(
        'Deleting a user whose sessions still exist fails, and PostgreSQL\'s `Detail: Key (isersimaneq_id)=(…)` names a live session of the booking site (`isersimaneq`, "being signed in")',
      ),
      ({ rng }) => {
        const s = rng.hex(64);
        return {
          value: s,
          event: {
            db: pgErr(
              '23503',
              'update or delete on table "isersimanerit" violates foreign key constraint "inniminniinerit_isersimaneq_fkey" on table "inniminniinerit"',
              `Key (isersimaneq_id)=(${s}) is still referenced from table "inniminniinerit".`,
              'DELETE FROM isersimanerit WHERE atuisoq_id = $1',
            ),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_GL + 14 * HOUR, site: { host: 'dbeaver' }, filler, render, steps: more(steps, 2) });
}

// =====================================================================================================================
// Koperasi Panenun Songket Pandai Sikek (Minangkabau; Tanah Datar, West Sumatra: WIB, UTC+7 all year)
// =====================================================================================================================

const SK = 'songketpandaisikek.example';

// ---------------------------------------------------------------------------------------------------------------------
// tawk-transkrip.txt: the shop's chat widget on tawk.to, its chat transcripts as the dashboard's "Email transcript"
// sends them, appended to one text file: a `Chat Transcript` header block (site, start time with its GMT offset,
// visitor, agent) and `[hh:mm:ss AM] <name> : <message>` lines in the site's time zone, a rule between chats.
// From memory (not fetched).

function tawkLog(rng) {
  const render = (e) => (e.chat ? header(e.t, ...e.chat) : e.tw);
  const at = (t) => {
    const h = Number(local(t, WIB).slice(11, 13));
    return `[${pad(((h + 11) % 12) + 1)}:${local(t, WIB).slice(14, 19)} ${h < 12 ? 'AM' : 'PM'}]`;
  };
  const AGENT = 'Uni Yusnidar';
  let visitor = 'Rahmi';
  const say = (t, who, text) => [`${at(t)} ${who} : ${text}`];
  const header = (t, name, email) => {
    visitor = name;
    const d = new Date(t + WIB * MIN);
    return [
      '------------------------------------------------------------',
      'Chat Transcript',
      'Koperasi Panenun Songket Pandai Sikek',
      `Chat started on : ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${at(t).slice(1, 6)} ${at(t).slice(10, 12)} (GMT+7)`,
      `Visitor : ${name} (${email})`,
      `Agent : ${AGENT}`,
      '',
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        tw: say(
          t,
          visitor,
          rng.pick([
            'Assalamualaikum, Uni. Songket motif pucuak rabuang lai ado?',
            'Tarimo kasih banyak, Uni!',
            'Bara ongkos kiriman ka Pakanbaru?',
          ]),
        ),
      }),
      () => ({
        tw: say(
          t,
          AGENT,
          rng.pick([
            'Waalaikumsalam. Lai ado, Uni. Ciek lai tingga.',
            'Pasanan alah diterimo, insya Allah bisuak dikirim.',
            'Sabanta, ambo caliak dulu yo.',
          ]),
        ),
      }),
    ])();
  const steps = [
    { raw: { chat: ['Rahmi', 'rahmi.z@example.net'] }, after: 0 },
    2,
    plant(
      'oauth-code',
      'tawk-visitor-pastes-google-callback-code',
      'warning',
      `${WHY.code} A customer stuck on the shop's sign-in pastes the address it stopped on, Google's return with \`code=4/0A…\` and \`state\`.`,
      ({ rng, t }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: {
            tw: say(
              t,
              visitor,
              `Uni, indak bisa masuak. Alamaiknyo: https://toko.${SK}/masuak/google/baliak?state=${rng.b64url(30)}&code=${code}&scope=email%20profile%20openid&authuser=0&prompt=none`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'tawk-agent-bca-virtual-account',
      'none',
      'The agent gives the customer the virtual account number to pay into (16 digits): an account number anyone pays to, no credential.',
      ({ rng, t }) => {
        const va = `88608${digits(rng, 11)}`;
        return { value: va, event: { tw: say(t, AGENT, `Pambayaran bisa ka Virtual Account BCA ${va} yo, Uni. Tarimo kasih.`) } };
      },
    ),
    2,
    plant(
      'path-secret',
      'tawk-agent-babagi-motif-link',
      'error',
      WHY.pathSecret(
        'The agent sends a weaving pattern to a customer as a sharing link (`/babagi/<token>/…pdf`, "share") that opens without an account',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(26);
        return { value: tok, event: { tw: say(t, AGENT, `Iko motifnyo, Uni: https://toko.${SK}/babagi/${tok}/motif-pucuak-rabuang.pdf`) } };
      },
    ),
    1,
    { raw: { chat: ['Fadli', 'fadli.r@example.net'] }, after: 1800 },
    1,
    plant(
      'implicit-fragment',
      'tawk-visitor-pastes-access-token-fragment',
      'error',
      "A customer pastes the blank page's address after signing in with the shop's app, the `#access_token=…` in its fragment.",
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: {
            tw: say(
              t,
              visitor,
              `Sasudah masuak, layarnyo putiah se. Alamaik: https://toko.${SK}/akun#access_token=${a}&token_type=Bearer&expires_in=3600`,
            ),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'tawk-visitor-pastes-lacak-base64-kunci',
      'error',
      'The shop\'s order-tracking link packs its parameters in base64 (`?d=…`); a customer pastes it, and decoded it reads `pasanan=…&kunci=…` with the order\'s `kunci` ("key").',
      ({ rng, t }) => {
        const b = b64Of(`pasanan=${rng.int(10000, 19999)}&kunci=${rng.alnum(24)}`);
        return { value: b, event: { tw: say(t, visitor, `Link lacak pasanan ambo indak bisa dibukak: https://toko.${SK}/lacak?d=${b}`) } };
      },
    ),
    2,
    plant(
      'negative',
      'tawk-agent-masked-otp',
      'none',
      'The agent reminds the customer that the one-time code is shown masked (`******`) and never to send it: a mask, no value.',
      ({ t }) => {
        const mask = 'kode OTP ******';
        return { value: mask, event: { tw: say(t, AGENT, `Jan kirim ${mask} ka siapo pun, Uda.`) } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MI + 2 * HOUR, site: { host: 'tawk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cirrus-flutter-build.log: the shop's Flutter app built on Cirrus CI, the task's log as its instructions' logs one after
// the other (`clone`, `pub_cache`, `test_script`, `build_script`, `notify_script`), each script under `set -x` (`+ …`
// lines); no time on the lines.
// From memory (not fetched): the instruction names as headings.

function cirrusLog(rng) {
  const render = (e) => e.ci;
  const filler = (rng) =>
    rng.pick([
      () => ({
        ci: [
          `${pad(rng.int(0, 1))}:${pad(rng.int(0, 59))} +${rng.int(10, 140)}: ${rng.pick(['Keranjang', 'Pasanan', 'Motif', 'Pambayaran'])}Page ${rng.pick(['tampil', 'manambah', 'mahapuih'])} ${rng.int(1, 9)}`,
        ],
      }),
      () => ({ ci: [`Resolving dependencies... (${rng.int(1, 9)}.${rng.int(0, 9)}s)`] }),
    ])();
  const steps = [
    {
      raw: {
        ci: ['clone', 'Using built-in Git...', `Checking out ${rng.hex(40)}...`, 'pub_cache', 'Cache hit for pub_cache!', 'test_script'],
      },
      after: 0,
    },
    plant(
      'refresh-token',
      'cirrus-dart-test-print-credentials-json',
      'error',
      `${WHY.refresh} A widget test prints the oauth2 package's \`Credentials.toJson()\` of the test account, the refresh token in it.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ci: [
              `{"accessToken":"","refreshToken":"${rt}","idToken":null,"tokenEndpoint":"https://masuak.${SK}/oauth/token","scopes":["toko"],"expiration":null}`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'cirrus-dart-test-print-headers-map',
      'error',
      "A test prints the request's headers, a Dart `Map` as `toString()` writes it: `{authorization: Bearer …, content-type: …}`.",
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            ci: [`headers: {user-agent: SongketApp/2.4.0, authorization: Bearer ${tok}, content-type: application/json; charset=utf-8}`],
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'cirrus-dart-test-expected-actual-access-token',
      'error',
      "A failing integration test: the matcher's `Expected: … Actual: '…'` quotes the address the web view ended on, with `#access_token=…`.",
      ({ rng }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: {
            ci: [
              '══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════',
              'The following TestFailure was thrown running a test:',
              `Expected: 'https://toko.${SK}/akun'`,
              `  Actual: 'https://toko.${SK}/akun#access_token=${a}&token_type=Bearer&expires_in=3600'`,
              '   Which: is different.',
            ],
          },
        };
      },
    ),
    1,
    { raw: { ci: ['00:41 +62 -1: Some tests failed.', 'build_script'] } },
    plant(
      'negative',
      'cirrus-keytool-sha256-fingerprint',
      'none',
      "`keytool -list` of the upload keystore prints the certificate's SHA-256 fingerprint: public, no credential.",
      ({ rng }) => {
        const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: fp,
          event: {
            ci: [
              '+ keytool -list -keystore android/upload.jks -storepass:env STORE_PASS',
              'upload, 24 Jan 2028, PrivateKeyEntry,',
              `Certificate fingerprint (SHA-256): ${fp}`,
            ],
          },
        };
      },
    ),
    plant(
      'framework-dump',
      'cirrus-cat-key-properties-store-password',
      'error',
      "A debugging `cat android/key.properties` prints the signing settings, the keystore's `storePassword` in clear.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: { ci: ['+ cat android/key.properties', `storePassword=${pw}`, 'keyAlias=upload', 'storeFile=../upload.jks'] },
        };
      },
    ),
    plant(
      'api-key-name',
      'cirrus-flutter-build-dart-define-kunci-api',
      'error',
      `${WHY.apiKey('KUNCI_API')} (\`kunci\`, "key") The build passes the shop API's key with \`--dart-define\`, and \`set -x\` prints the command.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: { ci: [`+ flutter build appbundle --release --dart-define=KUNCI_API=${k} --dart-define=ALAMAIK_API=https://api.${SK}`] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'cirrus-sha1sum-app-bundle',
      'none',
      '`sha1sum` of the built app bundle (40 hex): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return {
          value: h,
          event: {
            ci: [`+ sha1sum build/app/outputs/bundle/release/app-release.aab`, `${h}  build/app/outputs/bundle/release/app-release.aab`],
          },
        };
      },
    ),
    { raw: { ci: ['notify_script'] } },
    plant(
      'webhook',
      'cirrus-notify-make-webhook',
      'error',
      WHY.webhook("The notify script posts to a Make scenario's custom webhook (`hook.eu2.make.com/<32 characters>`), printed by `set -x`"),
      ({ rng }) => {
        const h = lowerNum(rng, 32);
        return {
          value: h,
          event: {
            ci: [
              `+ curl -s -X POST https://hook.eu2.make.com/${h} -H 'Content-Type: application/json' -d '{"pasan":"Aplikasi 2.4.0 alah jadi"}'`,
              'Accepted',
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_MI + 1 * HOUR, site: { host: 'cirrus' }, filler, render, steps: more(steps, 2) });
}

// ---------------------------------------------------------------------------------------------------------------------
// heidisql-toko.sql: the treasurer's HeidiSQL 12 session log of the shop's MariaDB, written to a file by "Log to file":
// each statement as sent, HeidiSQL's own comments (`/* Connecting to … */`, `/* Entering session … */`, `/* Affected
// rows: … */`, `/* SQL Error (…): … */`); no time on the lines.
// From memory (not fetched).

function heidiLog(rng) {
  const render = (e) => e.hs;
  const done = (rng, rows = 1) =>
    `/* Affected rows: ${rows}  Found rows: 0  Warnings: 0  Duration for 1 query: 0.${pad(rng.int(1, 90), 3)} sec. */`;
  const filler = (rng) =>
    rng.pick([
      () => ({ hs: [`SELECT * FROM \`toko\`.\`${rng.pick(['pasanan', 'produk', 'pangguno', 'kiriman'])}\` LIMIT 1000;`] }),
      () => ({ hs: [`SHOW CREATE TABLE \`toko\`.\`${rng.pick(['pasanan', 'produk', 'pangguno'])}\`;`] }),
      () => ({ hs: [`UPDATE \`toko\`.\`produk\` SET \`stok\`='${rng.int(0, 12)}' WHERE  \`id\`=${rng.int(1, 300)};`, done(rng)] }),
    ])();
  const steps = [
    {
      raw: {
        hs: [
          '/* Connecting to 127.0.0.1 via MariaDB or MySQL (SSH tunnel), username toko, using password: Yes ... */',
          'SELECT CONNECTION_ID();',
          `/* Connected. Thread-ID: ${rng.int(1000, 9999)} */`,
          '/* Entering session "toko-songket" */',
        ],
      },
      after: 0,
    },
    1,
    plant(
      'session-id',
      'heidisql-insert-laravel-session-duplicate',
      'error',
      WHY.session(
        "Copying a customer's Laravel session row back by hand (`INSERT INTO sessions`) and HeidiSQL's `Duplicate entry` error both carry the session id (40 characters), whose cookie value it is",
      ),
      ({ rng }) => {
        const s = rng.alnum(40);
        return {
          value: s,
          event: {
            hs: [
              `INSERT INTO \`toko\`.\`sessions\` (\`id\`, \`user_id\`, \`ip_address\`, \`last_activity\`) VALUES ('${s}', ${rng.int(10, 900)}, '${publicIp(rng)}', ${sec(DAY_MI) + 3600});`,
              `/* SQL Error (1062): Duplicate entry '${s}' for key 'PRIMARY' */`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'heidisql-update-product-image-md5',
      'none',
      "A product's image file name, the MD5 of its content as Laravel's storage names uploads (32 hex): a file name, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { hs: [`UPDATE \`toko\`.\`produk\` SET \`gambar\`='produk/${h}.jpg' WHERE  \`id\`=${rng.int(1, 300)};`, done(rng)] },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'heidisql-select-babagi-url',
      'error',
      WHY.pathSecret(
        'The treasurer looks up a sharing link by its address (`/babagi/<token>/…`, "share"); the statement carries the whole link',
      ),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: {
            hs: [`SELECT * FROM \`toko\`.\`babagi\` WHERE \`url\` = 'https://toko.${SK}/babagi/${tok}/laporan-kas-desember.xlsx';`],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'heidisql-select-log-url-kunci-api',
      'error',
      `${WHY.apiKey('kunci_api')} (\`kunci\`, "key") A search in the log of outgoing calls quotes the stock sync's URL with its key.`,
      ({ rng }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            hs: [
              `SELECT * FROM \`toko\`.\`log_panggilan\` WHERE \`url\` LIKE 'https://gudang.${SK}/api/sinkron?kunci_api=${k}%' ORDER BY \`id\` DESC LIMIT 50;`,
            ],
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'heidisql-update-base64-midtrans-server-key',
      'error',
      'The payment settings keep the `Authorization: Basic` value ready-made: base64 of the Midtrans server key and a colon, set by hand.',
      ({ rng }) => {
        const b = b64Of(`Mid-server-${rng.b64url(24)}:`);
        return {
          value: b,
          event: { hs: [`UPDATE \`toko\`.\`pangaturan\` SET \`nilai\`='${b}' WHERE  \`namo\`='auth_pambayaran';`, done(rng)] },
        };
      },
    ),
    2,
    plant(
      'webhook',
      'heidisql-update-uptime-kuma-push-url',
      'error',
      WHY.webhook("The shop's heartbeat URL, an Uptime Kuma push monitor (`/api/push/<token>?status=up…`), saved in the settings table"),
      ({ rng }) => {
        const tok = rng.alnum(10);
        return {
          value: tok,
          event: {
            hs: [
              `UPDATE \`toko\`.\`pangaturan\` SET \`nilai\`='https://status.${SK}/api/push/${tok}?status=up&msg=OK&ping=' WHERE  \`namo\`='url_push_uptime';`,
              done(rng),
            ],
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'heidisql-update-karcih-used-once',
      'note',
      WHY.ticketFirst(
        'A single-use ticket to the weaving workshop (`karcih`, "ticket"), marked used by hand at the door with an UPDATE that only takes an unused ticket (1 row affected). The ticket is',
      ),
      ({ rng }) => {
        const tk = upperNum(rng, 10);
        return {
          value: tk,
          event: {
            hs: [`UPDATE \`toko\`.\`karcih\` SET \`dipakai_pado\`=NOW() WHERE  \`kode\`='${tk}' AND \`dipakai_pado\` IS NULL;`, done(rng)],
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'heidisql-select-midtrans-transaction-id',
      'none',
      "A payment looked up by Midtrans' `transaction_id` (a UUID): an id, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { hs: [`SELECT * FROM \`toko\`.\`pambayaran\` WHERE \`transaction_id\` = '${u}';`] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_MI + 6 * HOUR, site: { host: 'heidisql' }, filler, render, steps: more(steps, 2) });
}

// ---------------------------------------------------------------------------------------------------------------------
// srht-deploy.log: a builds.sr.ht job deploying the shop (Laravel): the runner's lines `[#<job>] <yyyy/mm/dd hh:mm:ss>
// <message>` (UTC) while it boots the image, clones and sends tasks, then each task's output under `set -x` (`+ …`).
// From memory (not fetched).

function srhtLog(rng) {
  const JOB = rng.int(1400000, 1499999);
  const render = (e) => e.sr.map((l) => (l.startsWith('!') ? `[#${JOB}] ${ymdHmsAt(e.t, GMT).replace(/-/g, '/')} ${l.slice(1)}` : l));
  const filler = (rng) =>
    rng.pick([
      () => ({
        sr: [
          `  - Installing ${rng.pick(['laravel/framework (v11.31.8)', 'guzzlehttp/guzzle (7.9.2)', 'midtrans/midtrans-php (2.6.2)', 'spatie/laravel-backup (9.2.6)', 'nesbot/carbon (3.8.4)'])}: Extracting archive`,
        ],
      }),
      () => ({ sr: [`   INFO  Caching ${rng.pick(['config', 'routes', 'views', 'events'])}.`] }),
    ])();
  const steps = [
    {
      raw: {
        sr: [
          '!Booting image debian/bookworm (default) on arch x86_64',
          '!Boot complete',
          '!Sending tasks',
          '!Sending secrets',
          '!Cloning repositories',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'srht-checkout-commit-sha',
      'none',
      'The commit the job checked out (40 hex): a commit id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { sr: [`!Checking out ${sha}`, '!Running task deploy', '+ cd toko', '+ composer install --no-dev --no-interaction'] },
        };
      },
    ),
    2,
    plant(
      'negative',
      'srht-composer-lock-content-hash',
      'none',
      "composer's warning names the lock file's `content-hash` (32 hex), a hash of composer.json: no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: { sr: [`Warning: The lock file is not up to date with the latest changes in composer.json (content-hash ${h}).`] },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'srht-curl-babagi-product-photos',
      'error',
      WHY.pathSecret(
        "The deploy task fetches the product photos from the co-operative's file server through a sharing link (`/babagi/<token>/…tar.gz`); `set -x` prints the curl command",
      ),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: {
            sr: [
              `+ curl -fsSLo /tmp/foto.tar.gz https://berkas.${SK}/babagi/${tok}/foto-produk.tar.gz`,
              '+ tar -xzf /tmp/foto.tar.gz -C public/foto',
            ],
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'srht-curl-sinkron-kunci-api',
      'error',
      `${WHY.apiKey('kunci_api')} (\`kunci\`, "key") After the deploy the task starts a stock sync with the warehouse's key in the query, printed by \`set -x\`.`,
      ({ rng }) => {
        const k = rng.hex(32);
        return {
          value: k,
          event: {
            sr: [`+ curl -fsS -X POST 'https://toko.${SK}/api/sinkron?kunci_api=${k}&gudang=pandai-sikek'`, '{"status":"ok","produk":214}'],
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'srht-curl-si-set-cookie-laravel-session',
      'error',
      WHY.session(
        'The smoke test signs in with `curl -si` and prints the response headers, the encrypted Laravel session cookie (`sesi_toko=eyJpdiI6…`) among them',
      ),
      ({ rng }) => {
        const c =
          `${b64Of(JSON.stringify({ iv: rng.bytes(16).toString('base64'), value: rng.bytes(96).toString('base64'), mac: rng.hex(64), tag: '' }))}`.replace(
            /=+$/,
            '',
          );
        const v = encodeURIComponent(c);
        return {
          value: v,
          event: {
            sr: [
              "+ curl -si -d @/tmp/masuak.json -H 'Content-Type: application/json' https://toko.songketpandaisikek.example/masuak",
              'HTTP/2 302',
              `location: https://toko.${SK}/akun`,
              `set-cookie: sesi_toko=${v}; expires=Wed, 24 Jan 2028 05:${pad(rng.int(10, 59))}:00 GMT; Max-Age=7200; path=/; secure; httponly; samesite=lax`,
            ],
          },
        };
      },
    ),
    1,
    { raw: { sr: ['!Complete'] } },
  ];
  return buildLog(rng, { start: DAY_MI + 3 * HOUR, site: { host: 'srht' }, filler, render, steps: more(steps, 2) });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout92');
writePart(join(here, 'heldout92'), {
  'job-output.txt': zuulLog(rng),
  'exceptionless-events.jsonl': exceptionlessLog(rng),
  httpd_log: gerritLog(rng),
  'crisp-messages.jsonl': crispLog(rng),
  'linear-comments.jsonl': linearLog(rng),
  'cowboy-inniminniineq.log': cowboyLog(rng),
  'bilitsi.log': jesterLog(rng),
  'yealink-t54w.log': yealinkLog(rng),
  'gorgias-messages.jsonl': gorgiasLog(rng),
  'dbeaver-debug.log': dbeaverLog(rng),
  'tawk-transkrip.txt': tawkLog(rng),
  'cirrus-flutter-build.log': cirrusLog(rng),
  'heidisql-toko.sql': heidiLog(rng),
  'srht-deploy.log': srhtLog(rng),
});
