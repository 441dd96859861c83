// Writes corpus/logs-in-the-wild/heldout89/: an eighty-ninth held-out part, in formats no other part uses (GitHub
// Desktop 3.5's daily log, an AppVeyor build console, Raygun crash report payloads kept as JSON lines, a winget 1.x
// diagnostic log, `bazel test --announce_rc --show_timestamps -s` with BuildBuddy, a Salvo (Rust) service's tracing
// output with its Logger middleware, a Phorge access log, Brevo transactional webhook events kept as JSON lines, a
// Zoraxy reverse proxy log, Sphinx's `linkcheck` builder output, a NaviServer 5 error log of an OpenACS site, a Freshdesk
// tickets and conversations export, an Eleventy 3 build on Netlify, a Fibaro Home Center 3 console), with credentials
// planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from
// how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout89.mjs     rewrites heldout89/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Scilly Isles Community Co-operative of Hugh Town (St Mary's), with the inter-island boats'
// booking site and quay kiosks, a flower farm's shop and the islands' broadband (English, five logs); the Kòoperatiwa
// «Kaszëbsczi Wësziwk» of Kartuzë (Kartuzy, Pomerania), an embroiderers' co-operative with a shop of patterns (krom), an
// archive of old patterns (wzorë) being digitised and a Kashubian embroidery dictionary (słowôrz) (Kashubian in its
// standard orthography, five logs); the Cooperativa dles Üties dla Val Badia, a co-operative of mountain huts (üties)
// with a booking site, an avalanche course school (scora) and a hut's home automation (Ladin, Val Badia spelling, four
// logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, sec, WHY, writePart } from './build-log.mjs';
import {
  DAYS,
  digits,
  HOUR,
  iso,
  local,
  lowerNum,
  MIN,
  MONTHS,
  msPart,
  pad,
  replayClock,
  upperNum,
  ymdHmsAt,
} from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'reqwest/0.12'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** The Isles of Scilly in June (BST, UTC+1), Pomerania and Val Badia in summer (CEST, UTC+2). */
const BST = 60;
const CEST = 120;
const DAY_SC = Date.UTC(2027, 5, 18, 0, 0, 0);
const DAY_KA = Date.UTC(2027, 7, 12, 0, 0, 0);
const DAY_LA = Date.UTC(2027, 8, 14, 0, 0, 0);

/** `+02:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** PHP's `date('r')`: `Thu, 12 Aug 2027 10:20:30 +0200`. */
const rfc2822 = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${iso(d.getTime()).slice(11, 19)} ${zone(offset).replace(':', '')}`;
};
/** A GUID as Windows writes it. */
const guid = (rng) => rng.uuid().toUpperCase();
/** A raw step of several ordinary lines, `after` seconds after the previous entry. */
const rawStep = (event, after) => ({ raw: event, after });

// =====================================================================================================================
// Scilly Isles Community Co-operative (English; Hugh Town, St Mary's: BST, UTC+1 in June)
// =====================================================================================================================

const SC = 'scillycoop.example';

// ---------------------------------------------------------------------------------------------------------------------
// 2027-06-18.desktop.production.log: GitHub Desktop 3.5 on the web developer's Windows laptop: `<ISO 8601 UTC> - <level>:
// [<process>] <message>`, the lines of a failed git command's output (stdout:, stderr:) below its error line without a
// prefix.
// The line layout and the `Executing <name>: git … (took …s)` and AppStore messages are from GitHub Desktop logs quoted
// in desktop/desktop issues (#16672, desktop-trampoline #26), read through the search tool; the error entries with the
// command's output and the OAuth callback message from memory.

function githubDesktopLog(rng) {
  const render = (e) => e.gd.flatMap(([lvl, msg, more = []]) => [`${iso(e.t)} - ${lvl}: ${msg}`, ...more]);
  const secs = (rng) => `${rng.int(0, 2)}.${pad(rng.int(40, 999), 3)}s`;
  const GIT = 'git -c credential.helper= -c protocol.version=2';
  const REPOS = ['booking-kiosk', 'quay-timetable', 'flower-farm-shop', 'broadband-portal'];
  const HOME = 'C:\\Users\\morwenna';
  const filler = (rng) =>
    rng.pick([
      () => ({ gd: [['info', `[ui] Executing fetch: ${GIT} fetch --progress --prune origin (took ${secs(rng)})`]] }),
      () => ({ gd: [['info', '[ui] [BranchPruner] No branches to prune.']] }),
      () => ({
        gd: [['info', `[ui] [AppStore.withAuthenticatingUser] account found for repository: ${rng.pick(REPOS)} - sciltech (has token)`]],
      }),
      () => ({ gd: [['info', `[ui] [Timing] Action 'checkout branch from list' for '${rng.pick(REPOS)}' took ${secs(rng)}`]] }),
      () => ({ gd: [['info', `[ui] Executing pull: ${GIT} -c rebase.backend=merge pull --ff --progress origin (took ${secs(rng)})`]] }),
      () => ({ gd: [['info', '[ui] Stats reported.']] }),
    ])();
  const steps = [
    rawStep(
      {
        gd: [
          ['info', `[main] Using toast activator CLSID {${guid(rng)}}`],
          ['info', '[ui] [AppStore] loading 4 repositories from store'],
          ['info', '[ui] [AppStore] found account: sciltech (Morwenna Jenkins)'],
          ['info', '[ui] launching: 3.5.2 (Windows 10.0.26100)'],
          ['info', `[ui] execPath: '${HOME}\\AppData\\Local\\GitHubDesktop\\app-3.5.2\\GitHubDesktop.exe'`],
          ['info', "[ui] Subscribed 'sciltech' to Alive channel"],
        ],
      },
      0,
    ),
    3,
    plant(
      'negative',
      'github-desktop-cherry-pick-commit-sha',
      'none',
      "The commit a cherry-pick takes (40 hex digits) in Desktop's command log: a revision id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { gd: [['info', `[ui] Executing cherryPick: git cherry-pick ${sha} --keep-redundant-commits (took ${secs(rng)})`]] },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'github-desktop-custom-scheme-oauth-callback-code',
      'warning',
      `${WHY.code} GitHub Desktop got a sign-in callback on its own URL scheme (\`x-github-desktop-auth://oauth?code=…&state=…\`) while no sign-in was pending, and its error line writes the whole callback; GitHub's code (20 hex digits) stays redeemable for ten minutes with the client id and secret that ship inside the app.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: {
            gd: [
              [
                'error',
                `[ui] Ignoring OAuth callback x-github-desktop-auth://oauth?code=${code}&state=${rng.uuid()}: no sign-in in progress`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'github-desktop-clone-command-gitea-token-user',
      'error',
      'A Gitea access token (40 hex digits) pasted as the user of a clone URL. GitHub Desktop writes every git command it runs with its arguments: the token is in the `Executing clone:` line and again in the error line that quotes the failed command (git hides it in its own message).',
      ({ rng }) => {
        const tok = rng.hex(40);
        const dest = `${HOME}\\Documents\\GitHub\\timetable-importer`;
        const cmd = `git -c credential.helper= -c init.defaultBranch=main clone --recursive --progress -- https://${tok}@git.${SC}/quay/timetable-importer.git ${dest}`;
        return {
          value: tok,
          event: {
            gd: [
              ['info', `[ui] Executing clone: ${cmd} (took ${secs(rng)})`],
              [
                'error',
                `[ui] \`${cmd}\` exited with an unexpected code: 128.`,
                ['stderr:', `Cloning into '${dest}'...`, `fatal: repository 'https://git.${SC}/quay/timetable-importer.git/' not found`],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'github-desktop-pre-commit-hook-output-sailing-key',
      'error',
      `${WHY.apiKey('sailing_key')} The repository's pre-commit hook checks the timetable against the live API with the key in the query; when the hook fails, GitHub Desktop's error entry keeps the hook's output, URL and all.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            gd: [
              [
                'error',
                '[ui] `git commit -F -` exited with an unexpected code: 1.',
                [
                  'stdout:',
                  '',
                  '> quay-timetable@4.2.0 precommit',
                  '> node scripts/check-sailings.mjs',
                  '',
                  'stderr:',
                  `check-sailings: GET https://timetable.${SC}/api/sailings?date=2027-06-19&route=SMS-TRE&sailing_key=${key} returned 403 Forbidden`,
                  'husky - pre-commit script failed (code 1)',
                ],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'github-desktop-github-request-id',
      'none',
      "An `X-GitHub-Request-Id` quoted by a failed API call: GitHub's identifier of one request, no credential.",
      ({ rng }) => {
        const id = `${rng.hex(4)}:${rng.hex(4)}:${rng.hex(7)}:${rng.hex(7)}:${rng.hex(8)}`.toUpperCase();
        return {
          value: id,
          event: {
            gd: [
              [
                'error',
                `[ui] Unable to fetch pull requests for scillycoop/booking-kiosk: HTTP 502 Bad Gateway (X-GitHub-Request-Id: ${id})`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'github-desktop-pre-push-hook-preview-share-link',
      'error',
      WHY.pathSecret(
        "A preview build the pre-push hook uploads to the co-op's file server and shares as a link (`/share/<token>/…zip`); the hook prints it and GitHub Desktop's error entry keeps it when the push is refused",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            gd: [
              [
                'error',
                `[ui] \`${GIT} push origin kiosk-summer:kiosk-summer --progress\` exited with an unexpected code: 1.`,
                [
                  'stderr:',
                  `Preview uploaded: https://files.${SC}/share/${tok}/booking-kiosk-preview.zip`,
                  'smoke test: 2 of 14 checks failed',
                  'husky - pre-push script failed (code 1)',
                  "error: failed to push some refs to 'https://github.com/scillycoop/booking-kiosk.git'",
                ],
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_SC + 7 * HOUR, site: { host: 'desktop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// appveyor-booking-kiosk-1.0.412.log: the booking kiosk's build on AppVeyor (Visual Studio 2022 image), its console log
// as the job page's "Log" button downloads it: AppVeyor's own lines (`Build started`, the clone and checkout commands,
// `Running Install scripts`), each script line echoed as written (cmd and PowerShell, variables not expanded), then its
// output; no time.
// The opening lines are from AppVeyor logs quoted in issues (appveyor/ci #2387, antlr4cs #131, nomacs #1403), read
// through the search tool; the rest (msbuild, dotnet test, deploy scripts) from memory.

function appveyorLog(rng) {
  const render = (e) => e.av;
  const P = 'C:\\projects\\booking-kiosk';
  const PROJECTS = ['BookingKiosk.Core', 'BookingKiosk.Sailings', 'BookingKiosk.Payments', 'BookingKiosk.Printing', 'BookingKiosk.Ui'];
  const buildLines = () => PROJECTS.map((proj) => `  ${proj} -> ${P}\\src\\${proj}\\bin\\Release\\net8.0\\${proj}.dll`);
  const QUAYS = ['"SMS"', '"TRE"', '"BRY"', '"SMN"', '"AGN"'];
  const filler = (rng) => ({
    av: [
      `  Passed ${rng.pick([
        `Sailings_are_listed_by_quay(quay: ${rng.pick(QUAYS)})`,
        `Fare_for_party(adults: ${rng.int(1, 4)}, children: ${rng.int(0, 3)})`,
        `Tide_warning_is_shown(quay: ${rng.pick(QUAYS)})`,
        'Cancelled_sailing_refunds_to_card',
        'Receipt_prints_booking_reference',
      ])} [${rng.int(12, 900)} ms]`,
    ],
  });
  const steps = [
    rawStep(
      {
        av: ['Build started', `git clone -q --branch=main https://github.com/scillycoop/booking-kiosk.git ${P}`],
      },
      0,
    ),
    plant(
      'negative',
      'appveyor-checkout-commit-sha',
      'none',
      'The commit AppVeyor checks out (40 hex digits): a revision id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return { value: sha, event: { av: [`git checkout -qf ${sha}`] } };
      },
      { after: 2 },
    ),
    rawStep({ av: ['Running Install scripts', 'set'] }, 3),
    plant(
      'framework-dump',
      'appveyor-install-set-environment-secure-variable',
      'error',
      "AppVeyor decrypts a secure variable into the build's environment; a `set` left in the install script prints the whole environment, and the kiosk database's password with it (`KIOSK_DB_PASSWORD=…`).",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            av: [
              'ALLUSERSPROFILE=C:\\ProgramData',
              'APPDATA=C:\\Users\\appveyor\\AppData\\Roaming',
              'APPVEYOR=True',
              'APPVEYOR_ACCOUNT_NAME=scillycoop',
              'APPVEYOR_API_URL=http://localhost:1030/',
              `APPVEYOR_BUILD_FOLDER=${P}`,
              `APPVEYOR_BUILD_ID=${digits(rng, 8)}`,
              'APPVEYOR_BUILD_NUMBER=412',
              'APPVEYOR_BUILD_VERSION=1.0.412',
              'APPVEYOR_BUILD_WORKER_IMAGE=Visual Studio 2022',
              `APPVEYOR_JOB_ID=${lowerNum(rng, 16)}`,
              'APPVEYOR_PROJECT_NAME=booking-kiosk',
              'APPVEYOR_REPO_BRANCH=main',
              'APPVEYOR_REPO_NAME=scillycoop/booking-kiosk',
              'APPVEYOR_REPO_PROVIDER=gitHub',
              'CI=True',
              'COMPUTERNAME=APPVYR-WIN',
              'CONFIGURATION=Release',
              `KIOSK_DB_PASSWORD=${pw}`,
              'KIOSK_DB_USER=kiosk_build',
              'NUMBER_OF_PROCESSORS=2',
              'OS=Windows_NT',
              'PLATFORM=Any CPU',
              'USERNAME=appveyor',
            ],
          },
        };
      },
      { after: 1 },
    ),
    rawStep(
      {
        av: [
          'dotnet restore BookingKiosk.sln --verbosity quiet',
          `msbuild "${P}\\BookingKiosk.sln" /m /verbosity:minimal /p:Configuration=Release /logger:"C:\\Program Files\\AppVeyor\\BuildAgent\\dotnetcore\\Appveyor.MSBuildLogger.dll"`,
          'MSBuild version 17.14.8+a7a4d5af0 for .NET Framework',
          ...buildLines(),
        ],
      },
      14,
    ),
    rawStep(
      {
        av: [
          'Running Deployment scripts',
          "$r = Invoke-RestMethod -Method Post -Uri $env:LEDGER_TOKEN_URL -Body @{ grant_type = 'refresh_token'; refresh_token = $env:LEDGER_REFRESH_TOKEN; client_id = 'kiosk-build' }",
          '$r | Select-Object token_type, expires_in, refresh_token, scope',
          '',
        ],
      },
      40,
    ),
    plant(
      'refresh-token',
      'appveyor-powershell-object-list-refresh-token',
      'error',
      `${WHY.refresh} The deploy script renews the ledger API's tokens and prints the answer as PowerShell formats an object (\`refresh_token : …\`); the new refresh token is no secure variable, so nothing hides it.`,
      ({ rng }) => {
        const rt = rng.hex(64);
        return {
          value: rt,
          event: {
            av: [
              'token_type    : Bearer',
              'expires_in    : 1800',
              `refresh_token : ${rt}`,
              'scope         : accounting.transactions offline_access',
              '',
            ],
          },
        };
      },
      { after: 2 },
    ),
    rawStep(
      {
        av: [
          'Write-Host "Notifying https://status.scillycoop.example/api/deploys?build=$env:APPVEYOR_BUILD_VERSION&deploy_key=$env:DEPLOY_KEY"',
        ],
      },
      1,
    ),
    plant(
      'api-key-name',
      'appveyor-write-host-url-deploy-key',
      'error',
      `${WHY.apiKey('deploy_key')} The script's echoed line shows the variable's name; the \`Write-Host\` output below it is the expanded URL with the key.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return { value: key, event: { av: [`Notifying https://status.${SC}/api/deploys?build=1.0.412&deploy_key=${key}`] } };
      },
      { after: 0.2 },
    ),
    plant(
      'webhook',
      'appveyor-echoed-curl-discord-webhook',
      'error',
      WHY.webhook(
        'A Discord channel webhook (`discord.com/api/webhooks/<id>/<token>`) written into the deploy script, which AppVeyor echoes line by line',
      ),
      ({ rng }) => {
        const tok = rng.b64url(68);
        return {
          value: tok,
          event: {
            av: [
              `curl -s -H "Content-Type: application/json" -d "{\\"content\\":\\"Kiosk 1.0.412 deployed to staging\\"}" https://discord.com/api/webhooks/${digits(rng, 19)}/${tok}`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'appveyor-echoed-nuget-push-unexpanded-variable',
      'none',
      'The echoed `nuget push` line names its key as `%NUGET_API_KEY%`: cmd expands it when it runs, the log shows the placeholder only.',
      () => ({
        value: '%NUGET_API_KEY%',
        event: {
          av: [
            'nuget push artifacts\\ScillyCoop.Kiosk.Printing.1.0.412.nupkg -ApiKey %NUGET_API_KEY% -Source https://nuget.scillycoop.example/v3/index.json',
            "Pushing ScillyCoop.Kiosk.Printing.1.0.412.nupkg to 'https://nuget.scillycoop.example/api/v2/package'...",
            '  PUT https://nuget.scillycoop.example/api/v2/package/',
            '  Created https://nuget.scillycoop.example/api/v2/package/ 812ms',
            'Your package was pushed.',
          ],
        },
      }),
      { after: 3 },
    ),
    rawStep(
      {
        av: [
          'Running "after deployment" scripts',
          'dotnet test tests\\BookingKiosk.UiTests --no-build -c Release --logger:Appveyor -- RunConfiguration.TestSessionTimeout=600000',
          'Test run for C:\\projects\\booking-kiosk\\tests\\BookingKiosk.UiTests\\bin\\Release\\net8.0\\BookingKiosk.UiTests.dll (.NETCoreApp,Version=v8.0)',
          'Starting test execution, please wait...',
          'A total of 1 test files matched the specified pattern.',
        ],
      },
      5,
    ),
    6,
    plant(
      'implicit-fragment',
      'appveyor-ui-test-assertion-page-url-fragment',
      'error',
      "A UI test against the staging site fails on the address the browser landed on after signing in, and the assertion's message prints it with its `#access_token=…`.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            av: [
              `  Failed Kiosk_returns_to_sailings_after_sign_in [${rng.int(2, 9)} s]`,
              '  Error Message:',
              `   Expected driver.Url to contain "/sailings", but "https://staging.book.${SC}/#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(16)}" does not.`,
              '  Stack Trace:',
              '     at BookingKiosk.UiTests.SignInTests.Kiosk_returns_to_sailings_after_sign_in() in C:\\projects\\booking-kiosk\\tests\\BookingKiosk.UiTests\\SignInTests.cs:line 58',
            ],
          },
        };
      },
    ),
    5,
    rawStep(
      {
        av: [
          '',
          'Failed!  - Failed:     1, Passed:    23, Skipped:     0, Total:    24, Duration: 1 m 12 s - BookingKiosk.UiTests.dll (net8.0)',
          'Command exited with code 1',
        ],
      },
      1,
    ),
  ];
  return buildLog(rng, { start: DAY_SC + 8 * HOUR, site: { host: 'appveyor' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// raygun-crash-reports.jsonl: the co-op's Raygun Crash Reporting application, each report's raw payload (the "Raw data"
// tab of a crash report) kept one JSON object a line: `occurredOn` in UTC, `details` with machine, client, error,
// environment, tags, custom data, request (host, url, method, address, query string, form, headers) and user. Reports
// from the booking site (Raygun4Net.AspNetCore), the flower farm shop's admin (Raygun4Net on ASP.NET 4.8) and the booking
// pages in the browser (raygun4js).
// The payload's fields are from Raygun's API reference (https://raygun.com/raygun-providers/rest-json-api) and
// WebService::Raygun::Message, read through the search tool; raygun4js putting `location.hash` in `url` from memory.

function raygunLog(rng) {
  const render = (e) => [JSON.stringify(e.rg)];
  const client = {
    core: { name: 'Raygun4Net.AspNetCore', version: '11.2.2', clientUrl: 'https://github.com/MindscapeHQ/raygun4net' },
    net: { name: 'Raygun4Net', version: '11.2.2', clientUrl: 'https://github.com/MindscapeHQ/raygun4net' },
    js: { name: 'raygun-js', version: '3.1.4', clientUrl: 'https://github.com/MindscapeHQ/raygun4js' },
  };
  const server = { processorCount: 2, osVersion: 'Microsoft Windows NT 10.0.20348.0', locale: 'en-GB' };
  // raygun4js sends no machine name and no response; the .NET clients send both.
  const report = (t, d) => {
    const js = d.client === client.js;
    return {
      occurredOn: iso(t),
      details: {
        ...(js ? {} : { machineName: d.machine ?? 'WEB-BOOK-02' }),
        version: d.version ?? '3.8.1.0',
        client: d.client ?? client.core,
        error: d.error,
        environment: d.environment ?? server,
        tags: d.tags ?? ['production'],
        userCustomData: d.custom ?? {},
        request: d.request,
        ...(js ? {} : { response: { statusCode: d.status ?? 500 } }),
        user: d.user ?? { identifier: 'anonymous' },
        ...(d.groupingKey ? { groupingKey: d.groupingKey } : {}),
      },
    };
  };
  const err = (className, message, at) => ({
    className,
    message,
    stackTrace: [{ lineNumber: at[2], className: at[0], fileName: at[3] ?? null, methodName: at[1] }],
  });
  const req = (e, url, method, extra = {}) => ({
    hostName: e.host,
    url,
    httpMethod: method,
    iPAddress: e.ip,
    queryString: {},
    form: {},
    headers: { 'User-Agent': e.ua, Accept: 'text/html,application/xhtml+xml' },
    ...extra,
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        host: `book.${SC}`,
        rg: (e) =>
          report(t, {
            error: err(
              'System.Threading.Tasks.TaskCanceledException',
              'The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing.',
              ['ScillyCoop.Booking.Sailings.TideClient', 'GetTidesAsync', 41, 'TideClient.cs'],
            ),
            request: req(e, `/sailings`, 'GET', {
              queryString: { date: '2027-06-19', from: rng.pick(['SMS', 'TRE', 'BRY', 'SMN', 'AGN']) },
            }),
          }),
      }),
      () => ({
        host: `shop.${SC}`,
        rg: (e) =>
          report(t, {
            machine: 'FLOWERS-WEB',
            version: '1.14.0.0',
            client: client.net,
            error: err('System.NullReferenceException', 'Object reference not set to an instance of an object.', [
              'FlowerFarm.Admin.Controllers.OrdersController',
              'Dispatch',
              88,
              'OrdersController.cs',
            ]),
            request: req(e, `/admin/orders/${rng.int(1000, 9999)}/dispatch`, 'POST'),
          }),
      }),
      () => ({
        host: `book.${SC}`,
        rg: (e) =>
          report(t, {
            version: '3.8.1',
            client: client.js,
            environment: { 'browser-Width': 390, 'browser-Height': 844, utcOffset: 1, locale: 'en-GB' },
            tags: ['production', 'web'],
            error: err('TypeError', "Cannot read properties of undefined (reading 'departures')", [
              'renderTimetable',
              'timetable',
              212,
              `https://book.${SC}/assets/timetable.js`,
            ]),
            request: {
              url: `https://book.${SC}/sailings#${rng.pick(['tresco', 'bryher', 'st-martins', 'st-agnes'])}`,
              queryString: {},
              headers: { 'User-Agent': e.ua },
            },
          }),
      }),
    ])();
  // Events hand over `rg` as a function of the request, so a report carries the line's address and user agent.
  const renderWith = (e) => render({ rg: typeof e.rg === 'function' ? e.rg(e) : e.rg });
  const steps = [
    2,
    plant(
      'negative',
      'raygun-client-grouping-key',
      'none',
      "A report's `groupingKey` (40 hex digits) the booking site computes to group timeouts: a digest, no credential.",
      ({ rng, t }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            host: `book.${SC}`,
            rg: (e) =>
              report(t, {
                groupingKey: key,
                error: err('ScillyCoop.Booking.TideFeedException', 'Tide feed returned no data for Hugh Town', [
                  'ScillyCoop.Booking.Sailings.TideClient',
                  'Parse',
                  77,
                  'TideClient.cs',
                ]),
                request: req(e, '/sailings', 'GET', { queryString: { date: '2027-06-20', from: 'SMS' } }),
              }),
          },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'raygun-aspnetcore-form-post-id-token',
      'error',
      "The booking site's sign-in answers with `response_mode=form_post`; a crash in the callback makes Raygun4Net.AspNetCore send the request's form, the `id_token` in it, in a report whose time is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(2, 20),
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: { iss: `https://id.${SC}/realms/quay`, aud: 'booking-site', sub: rng.uuid(), nonce: rng.b64url(22), sid: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            host: `book.${SC}`,
            rg: (e) =>
              report(t, {
                error: err('System.Security.Cryptography.CryptographicException', 'The key {0f3c…} was not found in the key ring.', [
                  'Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector',
                  'UnprotectCore',
                  0,
                ]),
                request: req(e, '/signin-oidc', 'POST', {
                  form: { id_token: token, state: `CfDJ8${rng.b64url(120)}`, session_state: rng.uuid() },
                  headers: { 'User-Agent': e.ua, 'Content-Type': 'application/x-www-form-urlencoded', Origin: `https://id.${SC}` },
                }),
              }),
          },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'raygun-aspnet-request-headers-authorization-basic',
      'error',
      'The flower farm shop\'s stock feed is called with HTTP Basic; Raygun4Net sends the failed request\'s headers with the report (`"Authorization":"Basic <base64>"`), the wholesaler\'s login in them.',
      ({ rng, t }) => {
        const b = b64Of(`wholesale-scilly:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            host: `shop.${SC}`,
            rg: (e) =>
              report(t, {
                machine: 'FLOWERS-WEB',
                version: '1.14.0.0',
                client: client.net,
                error: err('System.FormatException', "Input string was not in a correct format: 'pinks, 40 bunches'.", [
                  'FlowerFarm.Api.StockController',
                  'Put',
                  52,
                  'StockController.cs',
                ]),
                request: req(e, '/api/stock/narcissi-soleil-dor', 'PUT', {
                  headers: { Authorization: `Basic ${b}`, 'Content-Type': 'text/csv', 'User-Agent': 'Wholesale-Sync/2.1' },
                }),
              }),
          },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'raygun-aspnet-cookie-header-session-id',
      'error',
      WHY.session(
        "The shop admin's ASP.NET session (`ASP.NET_SessionId`, 24 characters) in the `Cookie` header Raygun4Net sends with a report",
      ),
      ({ rng, t }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
        return {
          value: sid,
          event: {
            host: `shop.${SC}`,
            rg: (e) =>
              report(t, {
                machine: 'FLOWERS-WEB',
                version: '1.14.0.0',
                client: client.net,
                user: { identifier: 'packing.shed' },
                error: err('System.Data.SqlClient.SqlException', 'Execution Timeout Expired.', [
                  'FlowerFarm.Admin.Controllers.ReportsController',
                  'Weekly',
                  31,
                  'ReportsController.cs',
                ]),
                request: req(e, '/admin/reports/weekly', 'GET', {
                  headers: { 'User-Agent': e.ua, Cookie: `ASP.NET_SessionId=${sid}; shop_lang=en-GB` },
                }),
              }),
          },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'raygun-js-url-with-location-hash',
      'error',
      "raygun4js reports the page's address with its fragment; a script error on the page the sign-in returned to carries `#access_token=…` in the report's `url`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            host: `book.${SC}`,
            rg: (e) =>
              report(t, {
                version: '3.8.1',
                client: client.js,
                environment: { 'browser-Width': 1280, 'browser-Height': 720, utcOffset: 1, locale: 'en-GB' },
                tags: ['production', 'web'],
                error: err('TypeError', "Cannot read properties of null (reading 'basket')", [
                  'restoreBasket',
                  'account',
                  64,
                  `https://book.${SC}/assets/account.js`,
                ]),
                request: {
                  url: `https://book.${SC}/account#access_token=${at}&token_type=Bearer&expires_in=3600`,
                  queryString: {},
                  headers: { 'User-Agent': e.ua },
                },
              }),
          },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'raygun-aspnetcore-form-refresh-token',
      'error',
      `${WHY.refresh} A quay kiosk renews its session through the booking API; the API crashes and Raygun4Net.AspNetCore sends the posted form, \`refresh_token\` included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return {
          value: rt,
          event: {
            host: `book.${SC}`,
            rg: (e) =>
              report(t, {
                machine: 'WEB-BOOK-01',
                error: err('Npgsql.NpgsqlException', 'Exception while reading from stream', [
                  'ScillyCoop.Booking.Auth.KioskSessions',
                  'RefreshAsync',
                  120,
                  'KioskSessions.cs',
                ]),
                request: req(e, '/api/auth/refresh', 'POST', {
                  form: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'quay-kiosk' },
                  headers: { 'User-Agent': 'BookingKiosk/2.3.1', 'Content-Type': 'application/x-www-form-urlencoded' },
                }),
              }),
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'raygun-aspnetcore-url-embed-sailings-no-exp',
      'error',
      "The sailings board embedded on the tourist office's site (`/embed/sailings/<JWT>`), signed without `exp`; a crash on it puts the address in the report's request `url`, in a report whose time is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 10, 86400 * 60),
          claims: { iss: `https://book.${SC}`, resource: { board: 'hugh-town-quay' }, partner: 'tourist-office' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            host: `book.${SC}`,
            rg: (e) =>
              report(t, {
                error: err('System.InvalidOperationException', 'Sequence contains no elements', [
                  'ScillyCoop.Booking.Embed.BoardController',
                  'Index',
                  29,
                  'BoardController.cs',
                ]),
                request: req(e, `/embed/sailings/${token}`, 'GET', {
                  headers: { 'User-Agent': e.ua, Referer: 'https://www.visitscilly.example/' },
                }),
              }),
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'raygun-request-id-header',
      'none',
      "A request's `X-Request-ID` (a UUID) among a report's headers: an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            host: `book.${SC}`,
            rg: (e) =>
              report(t, {
                error: err('System.IO.IOException', 'Unable to read data from the transport connection.', [
                  'ScillyCoop.Booking.Payments.CardClient',
                  'CaptureAsync',
                  66,
                  'CardClient.cs',
                ]),
                request: req(e, '/checkout/pay', 'POST', { headers: { 'User-Agent': e.ua, 'X-Request-ID': id } }),
              }),
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_SC + 9 * HOUR, site: { host: `book.${SC}` }, filler, render: renderWith, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// WinGet-2027-06-18-11-42-07.318.log: winget's diagnostic log of one `winget install` on a quay kiosk (DiagOutputDir):
// `<yyyy-MM-dd HH:mm:ss.fff> <level letter> [<channel, 4 wide>] <message>` in local time without a zone. The kiosk app
// comes from the co-op's private REST source, which wants a key header.
// The layout, the start-up lines (`Command line Args:`, `WinGet invoked with arguments:`) and the download lines
// (`Generated temp download path:`, `WinINet|DeliveryOptimization downloading from url:`, motw) are from winget logs
// quoted in microsoft/winget-cli and winget-pkgs issues, read through the search tool; `Installer args:` and the ARP
// correlation line from memory.

function wingetLog(rng) {
  const render = (e) => e.wg.map(([lvl, ch, msg]) => `${ymdHmsAt(e.t, BST)}.${msPart(e.t)} <${lvl}> [${ch.padEnd(4)}] ${msg}`);
  const filler = () => ({ wg: [['I', 'CORE', 'Setting action: Get, Type: Secure, Name: admin_settings']] });
  const TMP = 'C:\\Users\\kiosk\\AppData\\Local\\Temp\\WinGet\\ScillyCoop.BookingKiosk.2.3.1';
  const tmpName = rng.hex(64);
  const steps = [
    plant(
      'negative',
      'winget-activity-guid',
      'none',
      "winget's activity id (a GUID) on its first line: it correlates one run's telemetry, no credential.",
      ({ rng }) => {
        const id = guid(rng);
        return { value: id, event: { wg: [['I', 'CORE', `WinGet, version [1.12.3104], activity [{${id}}]`]] } };
      },
      { after: 0 },
    ),
    rawStep({ wg: [['I', 'CORE', 'OS: Windows.Desktop v10.0.26100.4652']] }, 0),
    plant(
      'header-dump',
      'winget-command-line-rest-source-header',
      'error',
      'The kiosk\'s install script passes the private REST source\'s key as an HTTP header (`--header "X-Quay-Source-Key: …"`); winget writes its command line twice, as `Command line Args:` and as `WinGet invoked with arguments:`.',
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            wg: [
              [
                'I',
                'CORE',
                `Command line Args: "C:\\Users\\kiosk\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe" install --id ScillyCoop.BookingKiosk --source quay --header "X-Quay-Source-Key: ${key}" --accept-package-agreements --silent`,
              ],
              ['I', 'CORE', 'Package: Microsoft.DesktopAppInstaller v1.27.3104.0'],
              ['I', 'CORE', 'IsCOMCall:0; Caller: winget-cli'],
              [
                'I',
                'CLI',
                `WinGet invoked with arguments: 'install' '--id' 'ScillyCoop.BookingKiosk' '--source' 'quay' '--header' 'X-Quay-Source-Key: ${key}' '--accept-package-agreements' '--silent'`,
              ],
            ],
          },
        };
      },
      { after: 0.004 },
    ),
    rawStep(
      {
        wg: [
          ['I', 'CLI', 'Found subcommand: install'],
          ['I', 'CLI', 'Leaf command to execute: root:install'],
          ['I', 'CLI', 'Executing command: install'],
          ['I', 'REPO', 'Adding to source references quay'],
          ['I', 'CORE', 'Default proxy is not set'],
          ['I', 'REPO', 'REST HTTP Client helper does not use proxy'],
          ['I', 'REPO', 'Searching for packages in source: quay'],
          ['I', 'CLI', 'Manifest fields: Name [Booking Kiosk], Version [2.3.1]'],
          ['I', 'CLI', 'Starting installer selection.'],
          ['I', 'CLI', 'Completed installer selection.'],
          ['I', 'CLI', `Generated temp download path: ${TMP}\\${tmpName}`],
          ['I', 'CLI', 'Installer download headers: '],
        ],
      },
      0.6,
    ),
    plant(
      'path-secret',
      'winget-wininet-download-url-token-path',
      'error',
      WHY.pathSecret(
        "The private source hands out the kiosk installer from a per-kiosk download path (`/dl/<token>/…msi`), and winget's download line writes it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: { wg: [['I', 'CORE', `WinINet downloading from url: https://files.${SC}/dl/${tok}/BookingKiosk-2.3.1-x64.msi`]] },
        };
      },
      { after: 0.02 },
    ),
    rawStep(
      {
        wg: [
          ['I', 'CORE', 'Download completed.'],
          ['I', 'CORE', `Started applying motw to ${TMP}\\${tmpName} with zone: 3`],
          ['I', 'CORE', 'Finished applying motw'],
          ['I', 'CLI', 'Installer hash verified'],
        ],
      },
      3.4,
    ),
    plant(
      'api-key-name',
      'winget-installer-args-kiosk-key',
      'error',
      `${WHY.apiKey('KIOSK_KEY')} The manifest's custom switch hands the kiosk's key to the MSI as a property, and winget writes the installer's arguments.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            wg: [['I', 'CLI', `Installer args: /quiet /norestart /log "${TMP}\\install.log" KIOSK_KEY=${key} QUAY=HUGHTOWN`]],
          },
        };
      },
      { after: 0.01 },
    ),
    1,
    plant(
      'negative',
      'winget-arp-product-code',
      'none',
      "The MSI's ProductCode (a GUID) winget correlates with the installed programs: an identifier of a product, no credential.",
      ({ rng }) => {
        const pc = guid(rng);
        return { value: pc, event: { wg: [['I', 'CLI', `Correlated ARP entry: {${pc}} [Booking Kiosk 2.3.1]`]] } };
      },
      { after: 41 },
    ),
    rawStep(
      {
        wg: [
          ['I', 'CLI', 'Installer completed with exit code: 0'],
          ['I', 'CLI', 'Leaf command succeeded: root:install'],
        ],
      },
      0.01,
    ),
  ];
  return buildLog(rng, { start: DAY_SC + 10 * HOUR + 42 * MIN, site: { host: 'kiosk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bazel-test-quay.log: a terminal capture of `bazel test //... --announce_rc --show_timestamps -s` (Bazel 8) of the
// timetable services on the developer's Linux box, remote cache and build event stream on BuildBuddy: `(HH:MM:SS)
// <INFO|DEBUG|WARNING|SUBCOMMAND|FAIL>: …` in local time without a zone, the rc options and commands below their
// lines, the test output between `====` rules.
// From memory (not fetched), except `--remote_header=x-buildbuddy-api-key=…` in a `.bazelrc` which BuildBuddy's and
// its users' pull requests show (read through the search tool).

function bazelLog(rng) {
  const render = (e) => e.bz.map((x) => (typeof x === 'string' ? x : `(${local(e.t, BST).slice(11, 19)}) ${x[0]}: ${x[1]}`));
  const WS = '/home/morwenna/src/quay';
  const BASE = `/home/morwenna/.cache/bazel/_bazel_morwenna/${rng.hex(32)}`;
  let done = 0;
  const filler = (rng) => {
    done += rng.int(40, 400);
    const what = rng.pick([
      `GoCompilePkg timetable/${rng.pick(['sailings', 'tides', 'fares', 'quays', 'sync', 'weather'])}/${rng.pick(['lib', 'store', 'api'])}.a`,
      `GoLink timetable/${rng.pick(['server', 'importer', 'notifier'])}_/${rng.pick(['server', 'importer', 'notifier'])}`,
      `Testing //timetable/${rng.pick(['tides', 'fares', 'quays'])}:${rng.pick(['unit', 'store'])}_test`,
      `Compiling kiosk/printer/${rng.pick(['escpos', 'receipt', 'usb'])}.cc`,
      `GoStdlib external/rules_go~~go_sdk~go_sdk/stdlib_/pkg`,
    ]);
    const n = String(done).replace(/\B(?=(\d{3})+$)/g, ',');
    return { bz: [`(__) [${n} / 2,914] ${what}; ${rng.int(0, 3)}s remote-cache, linux-sandbox`] };
  };
  // The progress lines take the line's time like the others.
  const renderAll = (e) => render(e).map((line) => line.replace('(__)', `(${local(e.t, BST).slice(11, 19)})`));
  const steps = [
    rawStep(
      {
        bz: [
          ['INFO', `Reading rc options for 'test' from ${WS}/.bazelrc:`],
          "  Inherited 'common' options: --enable_bzlmod --remote_cache=grpcs://remote.buildbuddy.io --bes_results_url=https://app.buildbuddy.io/invocation/ --bes_backend=grpcs://remote.buildbuddy.io --remote_timeout=10m",
        ],
      },
      0,
    ),
    plant(
      'api-key-name',
      'bazel-announce-rc-buildbuddy-api-key-header',
      'error',
      `${WHY.apiKey('x-buildbuddy-api-key')} The developer's \`user.bazelrc\` passes the BuildBuddy key as a remote header; \`--announce_rc\` prints every rc file's options, this one too.`,
      ({ rng }) => {
        const key = rng.alnum(20);
        return {
          value: key,
          event: {
            bz: [
              ['INFO', `Reading rc options for 'test' from ${WS}/user.bazelrc:`],
              `  Inherited 'common' options: --remote_header=x-buildbuddy-api-key=${key}`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    rawStep(
      {
        bz: [
          ['INFO', `Reading rc options for 'test' from ${WS}/.bazelrc:`],
          "  'test' options: --test_output=errors --test_env=TZ=Europe/London",
          ['INFO', `Streaming build results to: https://app.buildbuddy.io/invocation/${rng.uuid()}`],
          ['INFO', 'Analyzed 96 targets (412 packages loaded, 9,871 targets configured).'],
        ],
      },
      3,
    ),
    3,
    plant(
      'framework-dump',
      'bazel-subcommand-exec-env-database-url-password',
      'error',
      "With `-s` Bazel prints each action's command with its environment; the genrule gets the fares database's URL through `--action_env`, its password in the user info (`FARES_DB_URL=postgres://fares:…@…`).",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: {
            bz: [
              [
                'SUBCOMMAND',
                `# //timetable:gen_fares [action 'Executing genrule //timetable:gen_fares', configuration: ${rng.hex(64)}, execution platform: @@platforms//host:host, mnemonic: Genrule]`,
              ],
              `(cd ${BASE}/execroot/_main && \\`,
              '  exec env - \\',
              `    FARES_DB_URL=postgres://fares:${pw}@db.${SC}:5432/fares \\`,
              '    PATH=/usr/local/bin:/usr/bin:/bin \\',
              "  /bin/bash -c 'source external/bazel_tools/tools/genrule/genrule-setup.sh; bazel-out/k8-opt-exec-ST-d57f47055a04/bin/timetable/fares_gen_/fares_gen --out bazel-out/k8-fastbuild/bin/timetable/fares.json')",
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'bazel-debug-canonical-sha256',
      'none',
      "Bazel's hint that an archive rule can be pinned by its `sha256`: a content digest, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            bz: [
              [
                'DEBUG',
                `Rule 'tide_tables' indicated that a canonical reproducible form can be obtained by modifying arguments sha256 = "${h}"`,
              ],
            ],
          },
        };
      },
    ),
    5,
    rawStep(
      {
        bz: [
          ['FAIL', `//timetable:sync_test (see ${BASE}/execroot/_main/bazel-out/k8-fastbuild/testlogs/timetable/sync_test/test.log)`],
          ['INFO', 'From Testing //timetable:sync_test:'],
          '==================== Test output for //timetable:sync_test:',
        ],
      },
      2,
    ),
    plant(
      'refresh-token',
      'bazel-test-output-go-struct-refresh-token',
      'error',
      `${WHY.refresh} The calendar sync test fails and prints the loaded configuration with Go's \`%+v\` (\`{CalendarID:… RefreshToken:1//0… Scope:…}\`), Google's refresh token in it.`,
      ({ rng }) => {
        const rt = `1//0g${rng.b64url(98)}`;
        return {
          value: rt,
          event: {
            bz: [
              '--- FAIL: TestCalendarSync (0.03s)',
              `    sync_test.go:48: loaded config {CalendarID:sailings@${SC} RefreshToken:${rt} Scope:https://www.googleapis.com/auth/calendar.events}, want the refresh token from SYNC_REFRESH_TOKEN only`,
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'session-id',
      'bazel-test-output-go-header-map-set-cookie',
      'error',
      WHY.session(
        "The sign-in test prints the response's headers as Go prints an `http.Header` (`map[… Set-Cookie:[scilly_sid=…; …]]`), the booking site's session cookie from the staging server in it",
      ),
      ({ rng }) => {
        const s = rng.b64url(43);
        return {
          value: s,
          event: {
            bz: [
              '--- FAIL: TestStaffSignInCookie (0.41s)',
              `    sync_test.go:77: response headers: map[Cache-Control:[no-store] Content-Type:[application/json] Set-Cookie:[scilly_sid=${s}; Path=/; Secure; HttpOnly; SameSite=Lax]]`,
              '    sync_test.go:78: want SameSite=Strict',
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'negative',
      'bazel-test-output-calendar-event-id',
      'none',
      "A Google Calendar event id (26 base32hex characters) in a test's message: the identifier of one sailing's event, no credential.",
      ({ rng }) => {
        const id = rng.chars('0123456789abcdefghijklmnopqrstuv', 26);
        return {
          value: id,
          event: {
            bz: [
              '--- FAIL: TestSailingEvents (0.12s)',
              `    sync_test.go:91: event ${id} not found after sync`,
              'FAIL',
              '================================================================================',
            ],
          },
        };
      },
      { after: 0 },
    ),
    rawStep(
      {
        bz: [
          ['INFO', 'Found 62 targets and 34 test targets...'],
          ['INFO', 'Elapsed time: 97.412s, Critical Path: 41.88s'],
          ['INFO', '1,812 processes: 1,544 remote cache hit, 219 internal, 49 linux-sandbox.'],
          ['INFO', 'Build completed, 1 test FAILED, 1,812 total actions'],
          '//timetable:sync_test                                                    FAILED in 1.9s',
          `  ${BASE}/execroot/_main/bazel-out/k8-fastbuild/testlogs/timetable/sync_test/test.log`,
          '',
          'Executed 12 out of 34 tests: 33 tests pass and 1 fails locally.',
        ],
      },
      1,
    ),
  ];
  return buildLog(rng, { start: DAY_SC + 11 * HOUR + 12 * MIN, site: { host: 'bazel' }, filler, render: renderAll, steps });
}

// =====================================================================================================================
// Kòoperatiwa «Kaszëbsczi Wësziwk» (Kashubian; Kartuzë, Pomerania: CEST, UTC+2 in August)
// =====================================================================================================================

const KW = 'wesziwk.example';

// ---------------------------------------------------------------------------------------------------------------------
// krom-api.log: the pattern shop's API (`krom`, "shop"), a Salvo 0.8 service with `tracing_subscriber::fmt()` writing to
// a file and Salvo's `Logger` middleware: `<RFC 3339 UTC with microseconds>  <LEVEL, 5 wide> <span>: <target>: <message>
// <fields>`, the middleware's `Request{remote_addr=… version=… method=… path=…}` span in front of every line written
// while a request is handled.
// Salvo's Logger (the span's fields and `Response status=… duration=…`) is from its source (crates/extra/src/logging.rs),
// read through the search tool; tracing-subscriber's line layout, Salvo's `socket://` addresses and the app's messages
// from memory.

function salvoLog(rng) {
  // The lines of one event are written in order: microseconds rise within the event's millisecond and beyond.
  const render = (e, rng) => {
    let us = rng.int(0, 400);
    return e.sv.map(([lvl, target, msg, span]) => {
      const s = span ? `Request{remote_addr=socket://${e.ip}:${e.port} version=HTTP/1.1 method=${span[0]} path=${span[1]}}: ` : '';
      us += rng.int(20, 300);
      return `${iso(e.t + Math.floor(us / 1000)).slice(0, 23)}${pad(us % 1000, 3)}Z ${lvl.padStart(5)} ${s}${target}: ${msg}`;
    });
  };
  const dur = (rng) => `${rng.int(0, 40)}.${digits(rng, 6)}ms`;
  const RESP = 'salvo_extra::logging';
  const ok = (rng, m, p, status = '200 OK') => ['INFO', RESP, `Response status=${status} duration=${dur(rng)}`, [m, p]];
  const filler = (rng) =>
    rng.pick([
      () => {
        const p = `/api/wzore?kategorejo=${rng.pick(['kwiatë', 'serca', 'tulipanë', 'gwiôzdë'])}&strona=${rng.int(1, 9)}`;
        return { sv: [ok(rng, 'GET', encodeURI(p))] };
      },
      () => ({ sv: [ok(rng, 'GET', `/api/wzore/${rng.int(100, 2400)}`)] }),
      () => {
        const n = rng.int(4800, 4999);
        return {
          sv: [
            [
              'INFO',
              'krom_api::zamowienia',
              `Zamówienié ${n} zapisóné: ${rng.int(1, 5)} wzorë, ${rng.int(30, 240)} zł`,
              ['POST', '/api/zamowienia'],
            ],
            ok(rng, 'POST', '/api/zamowienia', '201 Created'),
          ],
        };
      },
      () => ({ sv: [ok(rng, 'GET', '/zdrowie')] }),
      () => ({ sv: [['INFO', 'krom_api::magazyn', `Stan magazynu òdswieżony: ${rng.int(180, 260)} pòzycjów`]] }),
    ])();
  const steps = [
    rawStep(
      {
        sv: [
          ['INFO', 'krom_api', 'Krom API 1.8.2 zaczinô robòtã'],
          ['INFO', 'salvo_core::server', 'listening [HTTP/1.1, HTTP/2] on http://0.0.0.0:5800'],
        ],
      },
      0,
    ),
    3,
    plant(
      'negative',
      'salvo-oauth2-token-response-redacted-debug',
      'none',
      'The oauth2 crate prints its token types redacted (`AccessToken([redacted])`, `RefreshToken([redacted])`) when the courier client logs the answer with `{:?}`: no value in the line.',
      ({ rng }) => ({
        value: 'AccessToken([redacted])',
        event: {
          sv: [
            [
              'DEBUG',
              'krom_api::kurier',
              `Dostóny token kuriera: StandardTokenResponse { access_token: AccessToken([redacted]), token_type: Bearer, expires_in: Some(${rng.pick([3600, 7200])}), refresh_token: Some(RefreshToken([redacted])), scopes: None, extra_fields: EmptyExtraTokenFields }`,
            ],
          ],
        },
      }),
    ),
    5,
    plant(
      'oauth-code',
      'salvo-logger-span-callback-code',
      'warning',
      `${WHY.code} The sign-in callback's query is in the Logger's span, so the handler's warning and the middleware's \`Response\` line both carry it; the exchange timed out, so the code was never redeemed.`,
      ({ rng }) => {
        const code = `${rng.uuid()}.${rng.uuid()}.${rng.uuid()}`;
        const p = `/wlogowanie/callback?state=${rng.b64url(22)}&session_state=${rng.uuid()}&iss=https%3A%2F%2Fid.${KW}%2Frealms%2Fkrom&code=${code}`;
        return {
          value: code,
          event: {
            sv: [
              ['WARN', 'krom_api::wlogowanie', 'Nie dô sã wëmienic kòdu na token: operation timed out', ['GET', p]],
              ['INFO', RESP, `Response status=502 Bad Gateway duration=10${digits(rng, 3)}.${digits(rng, 6)}ms`, ['GET', p]],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'salvo-warn-id-token-wrong-audience',
      'error',
      "The shop rejects an `id_token` issued for the dictionary site (`aud` is not `krom-api`) and its warning quotes the whole token; it is still valid for the other site. The line's time is tracing's UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: rng.int(5, 60),
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: {
            iss: `https://id.${KW}/realms/krom`,
            aud: 'sloworz-web',
            sub: rng.uuid(),
            azp: 'sloworz-web',
            preferred_username: 'ana.kreft',
          },
        });
        return {
          value: token,
          jwt: facts,
          event: { sv: [['WARN', 'krom_api::wlogowanie', `Lëchi id_token (aud nie je krom-api), wlogòwanié òdrzuconé: ${token}`]] },
        };
      },
    ),
    5,
    plant(
      'replay',
      'salvo-pattern-file-bilet-first',
      'note',
      WHY.ticketFirst(
        'A single-use download ticket (`bilet`, "ticket") for a bought pattern, in the path of the Logger span when the PDF is fetched. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(24);
        firstUse.bilet = t;
        return { value: b, event: { ip: '203.0.113.41', sv: [ok(rng, 'GET', `/wzore/lopk?bilet=${b}`)] } };
      },
      { ref: 'bilet' },
    ),
    2,
    plant(
      'replay',
      'salvo-pattern-file-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address fetched the same pattern with the same ticket and the shop answered 200 again.`,
          },
        ],
        event: { ip: '198.51.100.172', sv: [ok(rng, 'GET', `/wzore/lopk?bilet=${refs.get('bilet').value}`)] },
      }),
      { replayOf: 'bilet', after: 96 },
    ),
    5,
    plant(
      'session-id',
      'salvo-debug-set-cookie-krom-sesjo',
      'error',
      WHY.session(
        'The shop\'s session cookie (`krom_sesjo`, from `sesjô`, "session") in a DEBUG line that prints the `Set-Cookie` it sends',
      ),
      ({ rng }) => {
        const s = rng.b64url(43);
        return {
          value: s,
          event: {
            sv: [
              [
                'DEBUG',
                'krom_api::sesjo',
                `Nowô sesjô: set_cookie="krom_sesjo=${s}; Path=/; HttpOnly; Secure; SameSite=Lax"`,
                ['POST', '/wlogowanie'],
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'salvo-debug-reqwest-header-map-klucz',
      'error',
      'The call to the co-op\'s warehouse service is logged with reqwest\'s `HeaderMap` in `{:?}`; the warehouse key is set as a plain header (`"x-klucz-magazynu": "…"`), not marked sensitive, so it is printed in full.',
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            sv: [
              [
                'DEBUG',
                'krom_api::magazyn',
                `Zapëtanié: POST http://magazyn.internal:8081/rezerwacje headers={"content-type": "application/json", "x-klucz-magazynu": "${key}", "accept": "application/json"}`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'refresh-token',
      'salvo-error-rust-debug-struct-refresh-token',
      'error',
      `${WHY.refresh} The courier client fails to refresh and logs its own configuration struct with \`{:?}\` (\`KurierKonfig { …, refresh_token: "…" }\`), which has no redaction.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            sv: [
              [
                'ERROR',
                'krom_api::kurier',
                `Nie dô sã òdswieżëc tokena kuriera (HTTP 503): KurierKonfig { baza_url: "https://api.kurier.example/v2", klient_id: "krom-wesziwk", refresh_token: "${rt}", timeout: 10s }`,
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'salvo-request-id-ulid',
      'none',
      "The request id Salvo's RequestId middleware makes (a ULID), quoted by the order handler: an identifier, no credential.",
      ({ rng }) => {
        const id = `01J${rng.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
        return {
          value: id,
          event: {
            sv: [
              [
                'INFO',
                'krom_api::zamowienia',
                `Zamówienié ${rng.int(4800, 4999)} zapłacóné (request_id=${id})`,
                ['POST', '/api/zamowienia/platnosc'],
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 7 * HOUR, site: { host: 'krom', api: true }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// phorge-access.log: the pattern archive's Phorge (the project's tasks, files and repository), its own access log
// (`log.access.path`) with the default `log.access.format`: tab-separated `[<date('r')>]`, process id, host name,
// client address, user, controller, method, URI, Referer, HTTP code, microseconds.
// The default format and the fields `%D` (date('r')), `%h` (php_uname) and `%p` (getmypid) are from Phabricator's
// PhabricatorAccessLog.php and PhabricatorAccessLogConfigOptions.php, read through the search tool; the controllers'
// names from memory.

function phorgeLog(rng) {
  const PH = `phorge.${KW}`;
  const render = (e, rng) => {
    const a = e.ph;
    return [
      [
        `[${rfc2822(e.t, CEST)}]`,
        e.pid ?? rng.int(1100, 1400),
        'phorge-web-1',
        e.ip,
        a.user ?? '-',
        a.ctrl,
        a.m ?? 'GET',
        a.uri,
        a.ref ?? '-',
        a.code ?? 200,
        rng.int(9000, 480000),
      ].join('\t'),
    ];
  };
  const USERS = ['ana.kreft', 'jan.bork', 'marta.labuda', 'piotr.formela'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        ph: {
          user: rng.pick(USERS),
          ctrl: 'ManiphestTaskDetailController',
          uri: `/T${rng.int(100, 480)}`,
          ref: `https://${PH}/maniphest/`,
        },
      }),
      () => ({ ph: { user: rng.pick(USERS), ctrl: 'PhabricatorHomeController', uri: '/' } }),
      () => {
        const n = rng.int(100, 480);
        return {
          ph: {
            user: rng.pick(USERS),
            ctrl: 'ManiphestTaskEditController',
            m: 'POST',
            uri: `/maniphest/task/edit/${n}/`,
            ref: `https://${PH}/T${n}`,
            code: 302,
          },
        };
      },
      () => ({ ph: { user: rng.pick(USERS), ctrl: 'PhabricatorFeedListController', uri: '/feed/' } }),
      () => ({
        ph: {
          user: rng.pick(USERS),
          ctrl: 'DiffusionBrowseController',
          uri: `/source/wzore/browse/master/skany/${rng.pick(['kartuzy', 'wejherowo', 'puck', 'koscerzna'])}/`,
        },
      }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'phorge-maniphest-saved-query-key',
      'none',
      "A saved search's query key (12 characters) in Maniphest's URI: it names a stored query anyone can read, no credential.",
      ({ rng }) => {
        const q = rng.b64url(12);
        return {
          value: q,
          event: {
            ph: {
              user: 'marta.labuda',
              ctrl: 'ManiphestTaskListController',
              uri: `/maniphest/query/${q}/#R`,
              ref: `https://${PH}/maniphest/`,
            },
          },
        };
      },
    ),
    5,
    plant(
      'path-secret',
      'phorge-file-data-secret-key-path',
      'error',
      WHY.pathSecret(
        "A file's data URI (`/file/data/<secret key>/PHID-FILE-…/<name>`): the 20-character key is what lets a logged-out browser download the scan",
      ),
      ({ rng }) => {
        const k = lowerNum(rng, 20);
        return {
          value: k,
          event: {
            ph: {
              ctrl: 'PhabricatorFileDataController',
              uri: `/file/data/${k}/PHID-FILE-${lowerNum(rng, 20)}/wzor-kartuzy-1932.pdf`,
              ref: 'https://www.facebook.com/',
            },
          },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'phorge-conduit-api-token-query',
      'error',
      `${WHY.apiKey('api.token')} A script of the dictionary project calls Conduit with its bot's token in the query (\`api-\` and 28 characters); the access log writes the URI.`,
      ({ rng }) => {
        const tok = `api-${lowerNum(rng, 28)}`;
        return {
          value: tok,
          event: {
            ph: {
              user: 'sloworz-bot',
              ctrl: 'PhabricatorConduitAPIController',
              uri: `/api/maniphest.search?api.token=${tok}&constraints%5Bprojects%5D%5B0%5D=PHID-PROJ-${lowerNum(rng, 20)}&limit=100`,
            },
            ip: '10.20.0.14',
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'phorge-auth-login-google-callback-code',
      'warning',
      `${WHY.code} Phorge signs members in with Google; the provider's redirect back to \`/auth/login/google:google.com/\` puts the code (\`4/0A…\`) in the URI the access log writes.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(69)}`;
        return {
          value: code,
          event: {
            ph: {
              ctrl: 'PhabricatorAuthLoginController',
              uri: `/auth/login/google:google.com/?state=${rng.hex(40)}&code=${code}&scope=email+profile+openid+https://www.googleapis.com/auth/userinfo.email+https://www.googleapis.com/auth/userinfo.profile&authuser=0&prompt=none`,
              ref: 'https://accounts.google.com/',
              code: 302,
            },
          },
        };
      },
    ),
    5,
    plant(
      'id-token',
      'phorge-referer-logout-id-token-hint',
      'error',
      "A member came back to Phorge from the identity provider's logout page; the Referer is that page's URL with its `id_token_hint`, still valid, on a line whose date carries its offset (+0200)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(600, 1800),
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: { iss: `https://id.${KW}/application/o/phorge/`, aud: 'phorge', sub: rng.hex(64), email: 'jan.bork@example.net' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ph: {
              ctrl: 'PhabricatorHomeController',
              uri: '/',
              ref: `https://id.${KW}/application/o/phorge/end-session/?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2F${PH}%2F`,
            },
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'phorge-referer-metabase-embed-dashboard',
      'error',
      "A task opened from the link on the archive's statistics dashboard, embedded with a signed token (`/embed/dashboard/<JWT>#bordered=true…`): the Referer carries it, ten minutes long, with the line's +0200 date",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(60, 300),
          claims: { resource: { dashboard: 7 }, params: { projekt: 'wzore' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ph: {
              user: 'piotr.formela',
              ctrl: 'ManiphestTaskDetailController',
              uri: `/T${rng.int(100, 480)}`,
              ref: `https://statystika.${KW}/embed/dashboard/${token}#bordered=true&titled=true`,
            },
          },
        };
      },
    ),
    5,
    plant(
      'negative',
      'phorge-diffusion-commit-hash',
      'none',
      "A commit's URI (`/rWZORE<40 hex>`): the repository's callsign and a revision id, no credential.",
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: {
            ph: {
              user: 'jan.bork',
              ctrl: 'DiffusionCommitController',
              uri: `/rWZORE${sha}`,
              ref: `https://${PH}/source/wzore/history/master/`,
            },
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 8 * HOUR, site: { host: PH }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// brevo-webhooks.jsonl: the shop's transactional mail events from Brevo's webhook, stored by the shop one JSON object a
// line as received: `event`, `email`, `id`, `date` (the account's local time, no zone), `ts`, `message-id`, `ts_event`,
// `subject`, `tag`, `sending_ip`, `ts_epoch` (ms), `template_id`, `tags`, and `link` on clicks.
// The event names are from Brevo's transactional webhooks page (read through the search tool: the list only); the
// payload's fields and their order from memory.

function brevoLog(rng) {
  const render = (e) => [JSON.stringify(e.bv)];
  const MAILS = ['k.brzeska@example.net', 'wojtek.l@example.org', 'h.szulc@example.com', 'ola.recz@example.net'];
  const SUBJECTS = [
    ['Pòcwierdzenié zamówieniô', 3],
    ['Twòje wzorë są ju gòtowé', 7],
    ['Zmiana parolë w kromie', 5],
    ['Nowi katalog wzorów 2027', 9],
  ];
  const ev = (rng, t, event, extra = {}) => {
    const [subject, template] = extra.subject ?? rng.pick(SUBJECTS);
    const sent = sec(t) - rng.int(60, 3000);
    return {
      event,
      email: extra.email ?? rng.pick(MAILS),
      id: 904112,
      date: ymdHmsAt(t, CEST),
      ts: sent,
      'message-id': extra.mid ?? `<${digits(rng, 12)}.${digits(rng, 11)}@smtp-relay.mailin.fr>`,
      ts_event: sec(t),
      subject,
      tag: `["${extra.tag ?? 'krom'}"]`,
      sending_ip: `185.41.28.${rng.int(100, 140)}`,
      ts_epoch: t,
      template_id: template,
      tags: [extra.tag ?? 'krom'],
      ...(extra.link ? { link: extra.link } : {}),
    };
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ bv: ev(rng, t, 'delivered') }),
      () => ({ bv: ev(rng, t, 'opened') }),
      () => ({ bv: ev(rng, t, 'request') }),
      () => ({ bv: ev(rng, t, 'click', { subject: SUBJECTS[3], tag: 'katalog', link: `https://krom.${KW}/wzore/${rng.int(100, 2400)}` }) }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'brevo-delivered-message-id',
      'none',
      "A mail's `message-id` on a delivery event: the identifier of one message, no credential.",
      ({ rng, t }) => {
        const mid = `<${digits(rng, 12)}.${digits(rng, 11)}@smtp-relay.mailin.fr>`;
        return { value: mid, event: { bv: ev(rng, t, 'delivered', { mid }) } };
      },
    ),
    5,
    plant(
      'path-secret',
      'brevo-click-password-change-link',
      'error',
      WHY.pathSecret(
        'A password change link (`/zmiana-parole/<token>`, "change of password") a customer clicked; Brevo\'s click event carries the whole `link` and the shop keeps it',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: { bv: ev(rng, t, 'click', { subject: SUBJECTS[2], link: `https://krom.${KW}/zmiana-parole/${tok}` }) },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'brevo-click-catalogue-klucz',
      'error',
      `${WHY.apiKey('klucz')} ("key") The new catalogue's download link carries the file server's key in its query, and the click event keeps the link.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            bv: ev(rng, t, 'click', { subject: SUBJECTS[3], tag: 'katalog', link: `https://pliczi.${KW}/katalog-2027.pdf?klucz=${key}` }),
          },
        };
      },
    ),
    5,
    plant(
      'embed-jwt',
      'brevo-click-embed-wzore-expired',
      'note',
      "A customer opened the preview of her patterns from an older mail: the click's `link` is the embedded preview (`/embed/wzore/<JWT>`), two days past its `exp` by the event's `ts_event` (epoch seconds)",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + 3600 + rng.int(60, 5000),
          jti: true,
          claims: { iss: `https://krom.${KW}`, resource: { podglad: rng.int(4800, 4999) }, params: { lang: 'csb' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { bv: ev(rng, t, 'click', { subject: SUBJECTS[1], link: `https://krom.${KW}/embed/wzore/${token}` }) },
        };
      },
    ),
    5,
    plant(
      'encoded',
      'brevo-click-lenk-adresa-base64-url-klucz',
      'error',
      'A tracked link goes through the shop\'s redirector, whose `adresa` ("address") parameter holds the target in base64url: a URL of the file server with its `klucz` ("key").',
      ({ rng, t }) => {
        const b = b64urlOf(`https://pliczi.${KW}/wzore/${rng.int(100, 2400)}.pdf?klucz=${rng.alnum(32)}`);
        return { value: b, event: { bv: ev(rng, t, 'click', { subject: SUBJECTS[1], link: `https://krom.${KW}/lenk?adresa=${b}` }) } };
      },
    ),
    5,
    plant(
      'negative',
      'brevo-click-utm-campaign-id',
      'none',
      'A click on a product page with campaign parameters (`utm_id=<hex>`): a tracking id, no credential.',
      ({ rng, t }) => {
        const id = rng.hex(16);
        return {
          value: id,
          event: {
            bv: ev(rng, t, 'click', {
              subject: SUBJECTS[3],
              tag: 'katalog',
              link: `https://krom.${KW}/wzore/${rng.int(100, 2400)}?utm_source=brevo&utm_medium=email&utm_campaign=katalog-2027&utm_id=${id}`,
            }),
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 9 * HOUR, site: { host: 'brevo' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zoraxy.log: the co-op's Zoraxy reverse proxy in front of the shop, the file server, the photo gallery and n8n:
// request lines `[<yyyy-MM-dd HH:mm:ss.µµµµµµ>] [router:host-http] [origin:<host>] [client: <ip>] [useragent: <ua>]
// <method> <URI> <status>` and system lines `[…] [<module>] [system:info] <message>`, local time without a zone.
// Both layouts are from Zoraxy's own source (a comment of log examples in its log viewer) and parsers of its log, read
// through the search tool.

function zoraxyLog(rng) {
  const render = (e, rng) => {
    const stamp = `[${ymdHmsAt(e.t, CEST)}.${msPart(e.t)}${digits(rng, 3)}]`;
    const z = e.zx;
    if (z.sys) return [`${stamp} [${z.sys[0]}] [system:info] ${z.sys[1]}`];
    return [
      `${stamp} [router:${z.router ?? 'host-http'}] [origin:${z.origin}] [client: ${e.ip}] [useragent: ${e.ua}] ${z.m ?? 'GET'} ${z.uri} ${z.status ?? 200}`,
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({ zx: { origin: `krom.${KW}`, uri: `/wzore/${rng.int(100, 2400)}` } }),
      () => ({ zx: { origin: `krom.${KW}`, uri: `/static/krom.${rng.hex(8)}.js` } }),
      () => ({
        zx: { origin: `sloworz.${KW}`, uri: `/szekba?q=${encodeURIComponent(rng.pick(['wësziwk', 'kwiôtk', 'serce', 'kòlor']))}` },
      }),
      () => ({ zx: { sys: ['uptime-monitor', `Uptime updated - ${sec(t)}`] } }),
      () => ({
        zx: {
          origin: `galereja.${KW}`,
          uri: `/obrozczi/${rng.int(10, 99)}/${rng.pick(['kartuzy', 'chmielno', 'sulecino'])}-${rng.int(1, 40)}.jpg`,
        },
      }),
    ])();
  const steps = [
    rawStep(
      {
        zx: { sys: ['internal', 'Zoraxy started. Visit control panel at http://localhost:8000'] },
      },
      0,
    ),
    3,
    plant(
      'negative',
      'zoraxy-acme-http-challenge-token',
      'none',
      'An ACME HTTP-01 challenge fetched by the certificate authority (`/.well-known/acme-challenge/<token>`): public by design for the minutes of the challenge, no credential.',
      ({ rng }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            ip: '203.0.113.250',
            ua: "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)",
            zx: { origin: `pliczi.${KW}`, uri: `/.well-known/acme-challenge/${tok}` },
          },
        };
      },
    ),
    5,
    plant(
      'oauth-code',
      'zoraxy-request-line-callback-authelia-code',
      'warning',
      `${WHY.code} The shop's sign-in callback (\`/wlogowanie/callback?code=authelia_ac_…&state=…\`) in the proxy's request line.`,
      ({ rng }) => {
        const code = `authelia_ac_${rng.b64url(43)}.${rng.b64url(43)}`;
        return {
          value: code,
          event: {
            zx: {
              origin: `krom.${KW}`,
              uri: `/wlogowanie/callback?code=${code}&iss=https%3A%2F%2Fauth.${KW}&scope=openid+profile+email&state=${rng.b64url(32)}`,
              status: 302,
            },
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'zoraxy-request-line-n8n-webhook',
      'error',
      WHY.webhook("An n8n workflow webhook (`/webhook/<uuid>`) the shop calls for each paid order, in the proxy's request line"),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: { ip: '10.20.0.12', ua: 'reqwest/0.12', zx: { origin: `n8n.${KW}`, m: 'POST', uri: `/webhook/${id}` } },
        };
      },
    ),
    5,
    plant(
      'api-key-name',
      'zoraxy-request-line-klucz-api',
      'error',
      `${WHY.apiKey('klucz_api')} ("API key") A partner shop's script reads the embroidery catalogue with the key in the query; the proxy writes the request line.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { ua: 'python-requests/2.32.5', zx: { origin: `krom.${KW}`, uri: `/api/wesziwczi?kategorejo=serca&klucz_api=${key}` } },
        };
      },
    ),
    5,
    plant(
      'negative',
      'zoraxy-request-line-kursor',
      'none',
      "A list's cursor (`kursor`, base64 of the last id) in a paged request: a position, no credential.",
      ({ rng }) => {
        const c = b64urlOf(`{"id":${rng.int(1000, 9999)},"k":"${rng.pick(['serca', 'kwiatë'])}"}`);
        return { value: c, event: { zx: { origin: `krom.${KW}`, uri: `/api/wesziwczi?kursor=${c}` } } };
      },
    ),
    5,
    plant(
      'path-secret',
      'zoraxy-request-line-dzelec-share-path',
      'error',
      WHY.pathSecret('A shared scan on the file server (`/dzelec/<token>/…pdf`, from `dzelëc`, "to share"), in the proxy\'s request line'),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { zx: { origin: `pliczi.${KW}`, uri: `/dzelec/${tok}/wzor-chmielno-1954.pdf` } } };
      },
    ),
    5,
    plant(
      'session-id',
      'zoraxy-request-line-php-session-sesjo',
      'error',
      WHY.session(
        'The old photo gallery (PHP with `session.use_trans_sid`) puts its session, named `sesjo` (from `sesjô`), into its links for browsers without cookies; the proxy writes the request line',
      ),
      ({ rng }) => {
        const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return { value: s, event: { zx: { origin: `galereja.${KW}`, uri: `/index.php?strona=${rng.int(2, 9)}&sesjo=${s}` } } };
      },
    ),
    5,
    plant(
      'encoded',
      'zoraxy-request-line-percent-encoded-return-klucz-api',
      'error',
      'A sign-in redirect whose `wroce` (from `wrócë`, "come back") parameter is the warehouse page to return to, percent-encoded, its `klucz_api` inside (`%3Fklucz_api%3D…`).',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            zx: {
              origin: `krom.${KW}`,
              uri: `/wlogowanie?wroce=https%3A%2F%2Fmagazyn.${KW}%2Fstan%3Fklucz_api%3D${key}%26regal%3D${rng.int(1, 30)}`,
              status: 302,
            },
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_KA + 10 * HOUR, site: { host: `krom.${KW}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// linkcheck-sloworz.txt: `make linkcheck` (Sphinx 8, the linkcheck builder) of the embroidery dictionary's documentation,
// written in Kashubian (`language = 'csb'`, for which Sphinx has no translation): Sphinx's start-up lines, then one line
// a link `(<docname, 16 wide>: line <n, 4 wide>) <status, 10 wide><URI>[ - <message>]`, no time.
// From memory (not fetched): the linkcheck builder's line layout and its `ok`, `broken`, `redirect … with Found to …`
// statuses.

function sphinxLog(rng) {
  const render = (e) => e.sp;
  const DOCS = ['index', 'wprowadzenie', 'wzore/kartuzy', 'wzore/wejherowo', 'wzore/puck', 'api/szekba', 'api/eksport', 'pomoc/wlogowanie'];
  const link = (doc, line, status, uri, msg = '') =>
    `(${doc.padStart(16)}: line ${String(line).padStart(4)}) ${status.padEnd(10)}${uri}${msg}`;
  const filler = (rng) =>
    rng.pick([
      () => ({
        sp: [
          link(
            rng.pick(DOCS),
            rng.int(3, 240),
            'ok',
            `https://csb.wikipedia.org/wiki/${rng.pick(['Kaszëbsczi_wësziwk', 'Kartuzë', 'Kaszëbë', 'Wejrowò'])}`,
          ),
        ],
      }),
      () => ({
        sp: [
          link(
            rng.pick(DOCS),
            rng.int(3, 240),
            'ok',
            `https://sloworz.${KW}/slowo/${rng.pick(['wesziwk', 'kwiotk', 'serce', 'tulipan', 'gwiozda'])}`,
          ),
        ],
      }),
      () => ({
        sp: [
          link(
            rng.pick(DOCS),
            rng.int(3, 240),
            'ok',
            `https://docs.python.org/3/library/${rng.pick(['json', 'csv', 'urllib.parse'])}.html`,
          ),
        ],
      }),
      () => ({ sp: [link(rng.pick(DOCS), rng.int(3, 240), '-ignored-', `http://localhost:${rng.pick([5800, 8000])}/`)] }),
    ])();
  const steps = [
    rawStep(
      {
        sp: [
          'sphinx-build -b linkcheck -d _build/doctrees . _build/linkcheck',
          'Running Sphinx v8.1.3',
          'loading translations [csb]... not available for built-in messages',
          'making output directory... done',
          'building [linkcheck]: targets for 23 source files that are out of date',
          'updating environment: [new config] 23 added, 0 changed, 0 removed',
          'reading sources... [100%] wzore/wejherowo',
          'looking for now-outdated files... none found',
          'pickling environment... done',
          'checking consistency... done',
          'preparing documents... done',
          'copying assets... done',
          'writing output... [100%] wzore/wejherowo',
          '',
        ],
      },
      0,
    ),
    3,
    plant(
      'negative',
      'sphinx-linkcheck-youtube-video-id',
      'none',
      "A YouTube video's id (`watch?v=`, 11 characters): public, no credential.",
      ({ rng }) => {
        const v = rng.b64url(11);
        return { value: v, event: { sp: [link('wprowadzenie', rng.int(10, 90), 'ok', `https://www.youtube.com/watch?v=${v}`)] } };
      },
    ),
    4,
    plant(
      'path-secret',
      'sphinx-linkcheck-redirect-target-dzelec-share',
      'error',
      WHY.pathSecret(
        "A pattern page that redirects to the file server's share link (`/dzelec/<token>/…pdf`); linkcheck writes the redirect with its target (`redirect … - with Found to …`)",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        const n = rng.int(100, 2400);
        return {
          value: tok,
          event: {
            sp: [
              link(
                'wzore/kartuzy',
                rng.int(10, 200),
                'redirect',
                `https://krom.${KW}/wzore/${n}/pdf - with Found to https://pliczi.${KW}/dzelec/${tok}/wzor-${n}.pdf`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'sphinx-linkcheck-broken-link-klucz',
      'error',
      `${WHY.apiKey('klucz')} ("key") An example request in the API pages was written with a real key; linkcheck gets a 401 and writes the link twice on its line (the URI and requests' message).`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://api.sloworz.${KW}/v1/szekba?q=wesziwk&klucz=${key}`;
        return {
          value: key,
          event: { sp: [link('api/szekba', rng.int(10, 120), 'broken', `${url} - 401 Client Error: Unauthorized for url: ${url}`)] },
        };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'sphinx-linkcheck-ok-link-fragment-access-token',
      'error',
      "A help page links to the dictionary's sign-in page with the address copied from a browser after signing in, `#access_token=…` and all; linkcheck checks it and writes it.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            sp: [
              link(
                'pomoc/wlogowanie',
                rng.int(10, 80),
                'ok',
                `https://sloworz.${KW}/konto#access_token=${at}&token_type=Bearer&expires_in=3600`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'sphinx-linkcheck-broken-slack-webhook',
      'error',
      WHY.webhook(
        "A Slack incoming webhook (`hooks.slack.com/services/T…/B…/…`) pasted into the page on notifications; linkcheck's GET fails (400) and the line writes the URL",
      ),
      ({ rng }) => {
        const url = `https://hooks.slack.com/services/T0${upperNum(rng, 9)}/B0${upperNum(rng, 9)}/${rng.alnum(24)}`;
        return {
          value: url.split('/').at(-1),
          event: { sp: [link('api/eksport', rng.int(10, 160), 'broken', `${url} - 400 Client Error: Bad Request for url: ${url}`)] },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'sphinx-linkcheck-double-percent-encoded-next-klucz',
      'error',
      'A sign-in link whose `next` parameter is the export URL percent-encoded twice (`%253F`, `%253D`), the export `klucz` ("key") inside.',
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sp: [
              link(
                'api/eksport',
                rng.int(10, 160),
                'ok',
                `https://sloworz.${KW}/wlogowanie?next=https%253A%252F%252Fsloworz.${KW}%252Fapi%252Feksport%253Fformat%253Dcsv%2526klucz%253D${key}`,
              ),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'negative',
      'sphinx-linkcheck-github-blob-commit',
      'none',
      'A GitHub permalink with a commit hash (`/blob/<40 hex>/…`): a revision id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { sp: [link('index', rng.int(10, 60), 'ok', `https://github.com/wesziwk/sloworz/blob/${sha}/dane/hasla.csv`)] },
        };
      },
    ),
    3,
    rawStep(
      {
        sp: [
          '',
          'build finished with problems, 2 warnings (with warnings treated as errors).',
          'Look for any errors in the above output or in _build/linkcheck/output.txt',
          'make: *** [Makefile:20: linkcheck] Error 1',
        ],
      },
      1,
    ),
  ];
  return buildLog(rng, { start: DAY_KA + 11 * HOUR, site: { host: 'sphinx' }, filler, render, steps });
}

// =====================================================================================================================
// Cooperativa dles Üties dla Val Badia (Ladin, Val Badia spelling; CEST, UTC+2 in September)
// =====================================================================================================================

const UB = 'utiesbadia.example';

// ---------------------------------------------------------------------------------------------------------------------
// scora-error.log: the avalanche course school (`scora`, "school") on OpenACS under NaviServer 5, its server log:
// `[dd/Mon/yyyy:HH:MM:SS.µµµµµµ][<pid>.<thread id>][-<thread name>-] <Severity>: <message>`, local time without a zone,
// further lines of a message (a Tcl error's errorInfo) without a prefix. The school's own packages log in Ladin.
// The line prefix is from a NaviServer log line quoted in an OpenACS upgrade script, read through the search tool (it
// shows `[03/Jan/2017:16:00:36][4864.7f6e84a99700][-conn:production:7-]`); the microseconds and the five-part thread
// name of newer versions, and the messages, from memory.

function naviLog(rng) {
  const PID = 4812;
  const stamp = (t, us) => {
    const l = local(t, CEST);
    return `[${l.slice(8, 10)}/${MONTHS[Number(l.slice(5, 7)) - 1]}/${l.slice(0, 4)}:${l.slice(11, 19)}.${l.slice(20, 23)}${us}]`;
  };
  let req = 2400;
  // One thread id per thread: the scheduler's and each connection thread's.
  const tids = new Map();
  const tidOf = (name, rng) => {
    if (!tids.has(name)) tids.set(name, `7f${rng.hex(10)}`);
    return tids.get(name);
  };
  const render = (e, rng) => {
    const n = rng.int(0, 9);
    const th = e.th ?? `-conn:scora:default:${n}:${++req}-`;
    const tid = e.tid ?? tidOf(e.th ?? `conn${n}`, rng);
    const [sev, msg, more = []] = e.ns;
    return [`${stamp(e.t, digits(rng, 3))}[${PID}.${tid}][${th}] ${sev}: ${msg}`, ...more];
  };
  const COURSES = ['lavines-1', 'lavines-2', 'arva-pratica', 'primo-aiut'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        ns: [
          'Notice',
          `scora::curs: ${rng.pick(['anna.irsara', 'lukas.frenademez', 'martina.pescosta', 'tobia.crazzolara'])} é entré tl curs ${rng.pick(COURSES)}`,
        ],
      }),
      () => ({ ns: ['Notice', `scora::curs: test dl curs ${rng.pick(COURSES)} ciarié sö (${rng.int(6, 20)} domandes)`] }),
      () => ({
        ns: [
          'Notice',
          `scora::curs: ${rng.pick(['anna.irsara', 'lukas.frenademez', 'martina.pescosta'])} á fat le test dl curs ${rng.pick(COURSES)}: ${rng.int(9, 20)} de 20`,
        ],
      }),
      () => ({ ns: ['Debug(request)', `rp_handler: handling request: GET /dotlrn/clubs/${rng.pick(COURSES)}/`] }),
    ])();
  const steps = [
    rawStep(
      {
        th: '-main:scora-',
        tid: '7f0000000001',
        ns: ['Notice', 'nsmain: NaviServer/5.0.1 (tar-5.0.1) running'],
      },
      0,
    ),
    rawStep({ th: '-driver:nssock_v4:0-', tid: '7f0000000002', ns: ['Notice', 'driver: accepting on port 8000 (0.0.0.0)'] }, 0.2),
    3,
    plant(
      'negative',
      'navi-csrf-token-check-failed',
      'none',
      "OpenACS's anti-forgery `__csrf_token` in a warning about a form sent without a matching token: it stops cross-site posts, no credential.",
      ({ rng }) => {
        const c = rng.hex(40);
        return {
          value: c,
          event: {
            ns: ['Warning', `security::csrf::validate: __csrf_token ${c} nia valid por /dotlrn/clubs/lavines-1/forums/message-post`],
          },
        };
      },
    ),
    5,
    plant(
      'header-dump',
      'navi-tcl-list-request-headers-bearer',
      'error',
      "The school's API package logs the request's headers as a Tcl list (`ns_set array [ns_conn headers]`), the app's bearer token in braces among them (`Authorization {Bearer …}`).",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            ns: [
              'Notice',
              `scora::api: headers: Host api.scora.${UB} Authorization {Bearer ${tok}} Accept application/json User-Agent okhttp/4.12.0`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'framework-dump',
      'navi-tcl-list-form-parora-tle',
      'error',
      'The sign-in page logs the posted form as a Tcl list (`ns_set array [ns_getform]`); the password is the value after `parora_tle` ("password", literally "key word").',
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            ns: ['Notice', `scora::anunzia: form: email martina.pescosta@example.net parora_tle ${pw} lingaz lld return_url /dotlrn/`],
          },
        };
      },
    ),
    5,
    plant(
      'session-id',
      'navi-debug-request-cookie-ad-session-id',
      'error',
      WHY.session(
        "OpenACS's signed session cookie (`ad_session_id`, the session and user with an expiry and an HMAC) in the request's Cookie header, which the request processor writes at Debug(request)",
      ),
      ({ rng }) => {
        const sig = rng.hex(40).toUpperCase();
        const exp = sec(DAY_LA) + rng.int(86400, 604800);
        return {
          value: sig,
          event: {
            ns: [
              'Debug(request)',
              `rp_handler: cookies: ad_session_id=%22${rng.int(41000000, 41999999)}%2c${rng.int(2000, 2999)}%2c0%2c1%20%7b${rng.int(700, 900)}%20${exp}%20${sig}%7d%22; ad_locale=lld_IT`,
            ],
          },
        };
      },
    ),
    5,
    plant(
      'replay',
      'navi-certificat-biliet-first',
      'note',
      WHY.ticketFirst(
        "A single-use ticket (`biliet`) for downloading a course certificate, written by the school's package with the client's address. The ticket is",
      ),
      ({ rng, t }) => {
        const b = rng.b64url(24);
        firstUse.biliet = t;
        return {
          value: b,
          event: { ns: ['Notice', `scora::certificat: biliet=${b} adoré da 203.0.113.88 (200), certificat-lavines-2.pdf`] },
        };
      },
      { ref: 'biliet' },
    ),
    2,
    plant(
      'replay',
      'navi-certificat-biliet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('biliet').value,
            why: `${WHY.replay('biliet', gap('biliet', t))} Another address downloaded the certificate with the same ticket on another connection, and the school served it again (200).`,
          },
        ],
        event: {
          ns: ['Notice', `scora::certificat: biliet=${refs.get('biliet').value} adoré da 198.51.100.61 (200), certificat-lavines-2.pdf`],
        },
      }),
      { replayOf: 'biliet', after: 143 },
    ),
    5,
    plant(
      'api-key-name',
      'navi-ns-http-error-tle-and-errorinfo',
      'error',
      `${WHY.apiKey('tle')} ("key") A scheduled job fetches the avalanche bulletin with the key in the query; the timeout's error message and the errorInfo below it (\`while executing "ns_http run …"\`) both write the URL.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        const url = `https://lavines.${UB}/api/bolletin?zona=badia&lingaz=lld&tle=${key}`;
        return {
          value: key,
          event: {
            th: '-sched:14-',
            ns: [
              'Error',
              `scora::lavines: fal tl ciarié le bolletin: ns_http failed: ${url}: timeout`,
              [
                '    while executing',
                `"ns_http run -timeout 10s ${url}"`,
                '    (procedure "scora::lavines::ajorne" line 7)',
                '    invoked from within',
                '"scora::lavines::ajorne"',
              ],
            ],
          },
        };
      },
    ),
    5,
    plant(
      'webhook',
      'navi-warning-mattermost-incoming-webhook',
      'error',
      WHY.webhook(
        'A Mattermost incoming webhook (`/hooks/<26 characters>`) the school posts new registrations to; the warning about a failed post writes its URL',
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 26);
        return {
          value: id,
          event: { ns: ['Warning', `scora::avis: nia bun de mëne l'avis a Mattermost (HTTP 503): https://chat.${UB}/hooks/${id}`] },
        };
      },
    ),
    5,
    plant(
      'negative',
      'navi-uploaded-file-sha256',
      'none',
      'The SHA-256 of a course handout the file storage writes after an upload: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { ns: ['Notice', `fs::add_file: ciarié sö manual-arva-2027.pdf (sha256 ${h})`] } };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_LA + 7 * HOUR, site: { host: `scora.${UB}` }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// freshdesk-tickets.jsonl: the huts' help desk on Freshdesk, tickets (`/api/v2/tickets?include=description`) and their
// conversations (`/api/v2/tickets/<id>/conversations`) exported one JSON object a line, times in UTC.
// From memory (not fetched): the ticket and conversation fields of Freshdesk's API v2.

function freshdeskLog(rng) {
  const render = (e) => [JSON.stringify(e.fd)];
  let nextTicket = 8211;
  const tickets = [];
  const ticket = (t, subject, text, extra = {}) => {
    const id = nextTicket++;
    tickets.push(id);
    return {
      id,
      subject,
      description_text: text,
      status: 2,
      priority: 1,
      source: 1,
      requester_id: 77000000000 + rng.int(100000, 999999),
      responder_id: null,
      group_id: 77000012345,
      type: extra.type ?? 'Prenotaziun',
      tags: extra.tags ?? [],
      custom_fields: { cf_utia: extra.utia ?? rng.pick(['Ütia Col dla Vara', 'Ütia Sas Pitla', 'Ütia Munt Fornela']) },
      created_at: iso(t).slice(0, 19) + 'Z',
      updated_at: iso(t).slice(0, 19) + 'Z',
    };
  };
  const note = (t, body, extra = {}) => ({
    id: 77001000000 + rng.int(100000, 999999),
    ticket_id: extra.ticket ?? rng.pick(tickets.length ? tickets : [8210]),
    body_text: body,
    incoming: extra.incoming ?? false,
    private: extra.private ?? true,
    user_id: 77000000000 + rng.int(1000, 9999),
    source: extra.incoming ? 0 : 2,
    created_at: iso(t).slice(0, 19) + 'Z',
    updated_at: iso(t).slice(0, 19) + 'Z',
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        fd: ticket(
          t,
          `Prenotaziun por ${rng.int(2, 6)} porsones`,
          `Bun dé, i ess gust de prenoté ${rng.int(1, 3)} nöts ai ${rng.int(2, 28)} de setëmber. Él ciamó post?`,
        ),
      }),
      () => ({ fd: note(t, "Prenotaziun confermada. Bëgnodüs tl'ütia!", { private: false }) }),
      () => ({ fd: note(t, `Vënerdi: ciamó ${rng.int(0, 6)} posć.`) }),
      () => ({ fd: ticket(t, 'Curs de lavines', "Él ciamó posć tl curs de lavines d'otober?", { type: 'Scora' }) }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'freshdesk-booking-reference',
      'none',
      "A booking's reference (`UB-` and six characters) in a ticket's subject: an identifier the guest reads out on the phone, no credential.",
      ({ rng, t }) => {
        const ref = `UB-${upperNum(rng, 6)}`;
        return { value: ref, event: { fd: ticket(t, `Müdaziun dla prenotaziun ${ref}`, 'Podunse rové n dé plü tert?') } };
      },
    ),
    4,
    plant(
      'implicit-fragment',
      'freshdesk-description-pasted-fragment',
      'error',
      "A guest pasted the address the booking page was stuck on after signing in into her ticket (`#access_token=…`); the export keeps the ticket's description.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            fd: ticket(
              t,
              'La plata resta blanca',
              `Do l'anunzia resta la plata blanca: https://prenotaziun.${UB}/#access_token=${at}&token_type=Bearer&expires_in=3600 Ci messi pa fá?`,
            ),
          },
        };
      },
    ),
    4,
    plant(
      'embed-jwt',
      'freshdesk-private-note-embed-ocupaziun-120s',
      'warning',
      "A hut keeper's private note shares the occupancy chart's embed link (`/embed/ocupaziun/<JWT>`), valid 120 s without a jti, in a conversation whose time is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 25),
          claims: { iss: `https://statistiches.${UB}`, resource: { dashboard: 4 }, params: { utia: 'col-dla-vara' } },
        });
        return {
          value: token,
          jwt: facts,
          event: { fd: note(t, `Ocupaziun dles üties sëgn: https://statistiches.${UB}/embed/ocupaziun/${token}`) },
        };
      },
    ),
    4,
    plant(
      'id-token',
      'freshdesk-conversation-pasted-expired-id-token',
      'note',
      'A guest replied with the error text her app showed, an `id_token` that had expired some forty minutes before her message',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 40 * 60 + rng.int(10, 600),
          alg: 'RS256',
          kid: rng.b64url(43),
          claims: { iss: `https://id.${UB}/realms/uties`, aud: 'prenotaziun-app', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: { fd: note(t, `L'app mostra: "id_token nia plü valid": ${token}`, { incoming: true, private: false }) },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'freshdesk-reply-booking-manage-link',
      'error',
      WHY.pathSecret('The link to change a booking (`/prenotaziun/<token>/muda`, "change") that a hut keeper sends in a public reply'),
      ({ rng, t }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { fd: note(t, `Chiló pos müdé tüa prenotaziun: https://prenotaziun.${UB}/prenotaziun/${tok}/muda`, { private: false }) },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'freshdesk-description-base64-query-tle',
      'error',
      'A guest pasted the link from the tourist office\'s newsletter, whose `d` parameter is a whole query string in base64 (`prenotaziun=…&tle=…`), the booking API\'s key (`tle`, "key") inside.',
      ({ rng, t }) => {
        const b = b64Of(`prenotaziun=UB-${upperNum(rng, 6)}&utia=sas-pitla&tle=${rng.alnum(32)}`);
        return {
          value: b,
          event: { fd: ticket(t, 'Link dla newsletter', `Le link ne va nia: https://${UB}/va?d=${b}`, { type: 'Domanda' }) },
        };
      },
    ),
    4,
    plant(
      'negative',
      'freshdesk-note-stripe-payment-intent-id',
      'none',
      'A Stripe PaymentIntent id (`pi_…`) in a private note about a refund: a typed id, no credential.',
      ({ rng, t }) => {
        const pi = `pi_3${rng.alnum(23)}`;
        return { value: pi, event: { fd: note(t, `Rimborsé: ${pi}, 120 €`) } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_LA + 8 * HOUR, site: { host: 'freshdesk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// netlify-build-eleventy.log: the build of the huts' website with Eleventy 3 on Netlify, the build command's output as
// the deploy log shows it without Netlify's own time column: npm's script lines (`> pkg@version script`), the data files'
// `console.log` output (Node's util.inspect for objects), `[11ty] Writing … from …`, the summary line; no time.
// From memory (not fetched).

function eleventyLog(rng) {
  const render = (e) => e.el.flatMap((x) => x.split('\n'));
  // Each page is written once: the filler takes the next one of the site's pages.
  const PAGES = [
    ['index.html', 'index.njk'],
    ['uties/index.html', 'uties/index.njk'],
    ...['col-dla-vara', 'sas-pitla', 'munt-fornela'].flatMap((u) => [
      [`uties/${u}/index.html`, `uties/${u}.njk`],
      [`uties/${u}/fotos/index.html`, `uties/${u}-fotos.njk`],
    ]),
    ['prenotaziun/index.html', 'prenotaziun.njk'],
    ['prenotaziun/condiziuns/index.html', 'prenotaziun/condiziuns.md'],
    ['scora/index.html', 'scora/index.njk'],
    ['scora/curs-de-lavines/index.html', 'scora/curs-de-lavines.md'],
    ['scora/arva/index.html', 'scora/arva.md'],
    ['contat/index.html', 'contat.njk'],
    ['de/index.html', 'de/index.njk'],
    ['de/huetten/index.html', 'de/huetten.njk'],
    ['it/index.html', 'it/index.njk'],
    ['it/rifugi/index.html', 'it/rifugi.njk'],
    ['avisc/index.html', 'avisc/index.njk'],
    ['avisc/2027-09-fin-dla-stajun/index.html', 'avisc/2027-09-fin-dla-stajun.md'],
    ['impressum/index.html', 'impressum.md'],
    ['sitemap.xml', 'sitemap.xml.njk'],
    ['feed.xml', 'feed.xml.njk'],
    ['404.html', '404.njk'],
  ];
  let page = 0;
  const filler = () => {
    const [out, src] = PAGES[page++ % PAGES.length];
    return { el: [`[11ty] Writing ./_site/${out} from ./src/${src}`] };
  };
  const steps = [
    rawStep({ el: ['', '> utiesbadia@2.4.0 build', '> eleventy', ''] }, 0),
    plant(
      'framework-dump',
      'eleventy-data-file-util-inspect-parora-tle',
      'error',
      "The site's data file prints its configuration with `console.log`, which Node writes as util.inspect does (`{ api: '…', parora_tle: '…' }` over several lines); the build user's password is on its own line.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            el: [
              `{\n  api: 'https://api.${UB}/v1',\n  lingaz: [ 'lld', 'de', 'it' ],\n  utent: 'sito-build',\n  parora_tle: '${pw}',\n  uties: 3\n}`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'api-key-name',
      'eleventy-data-file-warning-url-tle',
      'error',
      `${WHY.apiKey('tle')} ("key") The occupancy data file calls the booking API with the key in the query; its warning writes the URL when the API refuses.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { el: [`Nia bun de ciarié l'ocupaziun (HTTP 401): https://api.${UB}/v1/ocupaziun?da=2027-09-14&dis=30&tle=${key}`] },
        };
      },
    ),
    3,
    plant(
      'negative',
      'eleventy-stylesheet-content-hash',
      'none',
      "A stylesheet's file name with its content hash: a cache key, no credential.",
      ({ rng }) => {
        const h = rng.hex(8);
        return { value: `stil.${h}.css`, event: { el: [`[11ty] Writing ./_site/assets/stil.${h}.css from ./src/assets/stil.css.njk`] } };
      },
    ),
    4,
    plant(
      'path-secret',
      'eleventy-shortcode-warning-nextcloud-share',
      'error',
      WHY.pathSecret(
        "A hut's photo the image shortcode loads from a Nextcloud share (`/s/<15 characters>/download`); its warning writes the URL when the share answers 404",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: { el: [`Imaja nia ciafada: https://cloud.${UB}/s/${tok}/download?path=%2F&files=munt-fornela-iade.jpg (404)`] },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'eleventy-console-log-map-cfg-base64-json-tle',
      'error',
      'The map shortcode logs the embed it builds; its `cfg` parameter is a JSON object in base64url with the map service\'s key (`"tle":"…"`).',
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ layer: 'uties', zoom: 13, tle: rng.alnum(32) }));
        return { value: b, event: { el: [`Mapa: https://mapes.${UB}/embed?cfg=${b}`] } };
      },
    ),
    4,
    plant(
      'negative',
      'eleventy-img-output-hash',
      'none',
      'An image eleventy-img wrote, named by a short hash of its source and options: a cache key, no credential.',
      ({ rng }) => {
        const h = rng.b64url(10);
        return { value: `${h}-800.webp`, event: { el: [`[11ty] Writing ./_site/img/${h}-800.webp from ./src/img/col-dla-vara.jpg`] } };
      },
    ),
    3,
    rawStep({ el: ['[11ty] Copied 41 Wrote 23 files in 3.42 seconds (148.7ms each, v3.1.2)', '', '> utiesbadia@2.4.0 postbuild'] }, 3),
    plant(
      'webhook',
      'eleventy-npm-postbuild-netlify-build-hook',
      'error',
      WHY.webhook(
        "A Netlify build hook (`api.netlify.com/build_hooks/<id>`) the postbuild script calls to rebuild the German site; npm prints the script's command line",
      ),
      ({ rng }) => {
        const id = rng.hex(24);
        return { value: id, event: { el: [`> curl -s -X POST -d {} https://api.netlify.com/build_hooks/${id}`, ''] } };
      },
      { after: 0 },
    ),
  ];
  return buildLog(rng, { start: DAY_LA + 9 * HOUR, site: { host: 'netlify' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// hc3-console.txt: a hut's Fibaro Home Center 3, the QuickApps' console copied from the web interface: `[dd.mm.yyyy]
// [HH:MM:SS] [<LEVEL>] [<tag>]: <message>`, local time without a zone; the co-op's QuickApps write Ladin.
// From memory (not fetched).

function hc3Log(rng) {
  const render = (e) => {
    const l = local(e.t, CEST);
    return e.hc.map(
      ([lvl, tag, msg]) => `[${l.slice(8, 10)}.${l.slice(5, 7)}.${l.slice(0, 4)}] [${l.slice(11, 19)}] [${lvl}] [${tag}]: ${msg}`,
    );
  };
  let pumping = false;
  const filler = (rng) =>
    rng.pick([
      () => ({
        hc: [['DEBUG', 'QA_TERMOSTAT_52', `Temperatöra tla stüa: ${rng.int(180, 230) / 10} °C, impostaziun ${rng.int(190, 215) / 10} °C`]],
      }),
      () => {
        if (rng.int(1, 5) === 1) pumping = !pumping;
        return {
          hc: [
            [
              'TRACE',
              'QA_TERMOPUMPA_58',
              `Termopumpa: ${pumping ? 'ativa' : 'en pousa'}, ${rng.int(pumping ? 42 : 30, pumping ? 52 : 41)} °C`,
            ],
          ],
        };
      },
      () => ({ hc: [['DEBUG', 'QA_FOTOVOLTAICH_70', `Produziun: ${rng.int(2, 54) / 10} kW`]] }),
      () => ({ hc: [['DEBUG', 'SCENE12', `Lüm dla terasa ${rng.pick(['impié', 'destüda'])}`]] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'hc3-weather-station-mac',
      'none',
      "The weather station's MAC address in a reading: a device's hardware address, no credential.",
      ({ rng }) => {
        const mac = `70:ee:50:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`;
        return {
          value: mac,
          event: { hc: [['DEBUG', 'QA_NETATMO_63', `Stazion ${mac}: ${rng.int(20, 140) / 10} °C, ${rng.int(40, 90)} %`]] },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'hc3-quickapp-debug-url-tle-api',
      'error',
      `${WHY.apiKey('tle_api')} ("API key") The hut's snow station QuickApp writes each request it sends, the co-op's key in the query.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: { hc: [['DEBUG', 'QA_STAZION_61', `GET https://meteo.${UB}/api/stazion/col-dla-vara?tle_api=${key}&unites=metric`]] },
        };
      },
    ),
    4,
    plant(
      'header-dump',
      'hc3-quickapp-trace-json-headers-basic',
      'error',
      'The heat pump QuickApp traces the headers of its call to the pump\'s web interface as JSON, HTTP Basic included (`"Authorization":"Basic <base64>"`).',
      ({ rng }) => {
        const b = b64Of(`ütia:${rng.alnum(12)}`);
        return {
          value: b,
          event: { hc: [['TRACE', 'QA_TERMOPUMPA_58', `headers: {"Accept":"application/json","Authorization":"Basic ${b}"}`]] },
        };
      },
    ),
    4,
    plant(
      'session-id',
      'hc3-quickapp-debug-set-cookie-sid',
      'error',
      WHY.session(
        "The heat pump's web interface session (`SID`, 32 hex digits) from the `Set-Cookie` the QuickApp writes after signing in",
      ),
      ({ rng }) => {
        const sid = rng.hex(32);
        return { value: sid, event: { hc: [['DEBUG', 'QA_TERMOPUMPA_58', `Set-Cookie: SID=${sid}; path=/; HttpOnly`]] } };
      },
    ),
    4,
    plant(
      'replay',
      'hc3-door-otp-used-once',
      'note',
      WHY.ticketFirst(
        "A one-time door code for the hut's storeroom (`otp=`, six digits) a supplier used, written by the lock's QuickApp. The code is",
      ),
      ({ rng }) => {
        const otp = digits(rng, 6);
        return {
          value: otp,
          needle: `otp=${otp}`,
          event: { hc: [['DEBUG', 'QA_PORTA_44', `Porta dl depot daverta cun otp=${otp} (fornidur)`]] },
        };
      },
    ),
    4,
    plant(
      'refresh-token',
      'hc3-quickapp-netatmo-token-json',
      'error',
      `${WHY.refresh} The weather station QuickApp writes Netatmo's token answer as JSON with the access token taken out but the refresh token (\`<24 hex>|<32 hex>\`) left in.`,
      ({ rng }) => {
        const rt = `${rng.hex(24)}|${rng.hex(32)}`;
        return {
          value: rt,
          event: {
            hc: [
              ['DEBUG', 'QA_NETATMO_63', `token: {"scope":["read_station"],"expires_in":10800,"expire_in":10800,"refresh_token":"${rt}"}`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'encoded',
      'hc3-quickapp-payload-hex-json-tle',
      'error',
      'The solar QuickApp posts its readings as hex-encoded JSON (`payload_hex=7b22…`), the co-op\'s IoT key (`"tle"`) inside.',
      ({ rng }) => {
        const hex = Buffer.from(JSON.stringify({ serial: `FV${digits(rng, 8)}`, tle: rng.alnum(32), kw: rng.int(2, 54) / 10 })).toString(
          'hex',
        );
        return { value: hex, event: { hc: [['DEBUG', 'QA_FOTOVOLTAICH_70', `POST https://iot.${UB}/api/ingest payload_hex=${hex}`]] } };
      },
    ),
    4,
    plant(
      'negative',
      'hc3-lock-event-uuid',
      'none',
      "The lock's event id (a UUID) in a battery warning: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return { value: id, event: { hc: [['WARNING', 'QA_PORTA_44', `Batteria dla porta basa (${rng.int(8, 19)} %), event ${id}`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_LA + 6 * HOUR, site: { host: 'hc3' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout89');
writePart(join(here, 'heldout89'), {
  '2027-06-18.desktop.production.log': githubDesktopLog(rng),
  'appveyor-booking-kiosk-1.0.412.log': appveyorLog(rng),
  'raygun-crash-reports.jsonl': raygunLog(rng),
  'WinGet-2027-06-18-11-42-07.318.log': wingetLog(rng),
  'bazel-test-quay.log': bazelLog(rng),
  'krom-api.log': salvoLog(rng),
  'phorge-access.log': phorgeLog(rng),
  'brevo-webhooks.jsonl': brevoLog(rng),
  'zoraxy.log': zoraxyLog(rng),
  'linkcheck-sloworz.txt': sphinxLog(rng),
  'scora-error.log': naviLog(rng),
  'freshdesk-tickets.jsonl': freshdeskLog(rng),
  'netlify-build-eleventy.log': eleventyLog(rng),
  'hc3-console.txt': hc3Log(rng),
});
