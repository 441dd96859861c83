// Writes corpus/logs-in-the-wild/heldout90/: a ninetieth held-out part, in formats no other part uses (an AppVeyor
// build log, certbot's `letsencrypt.log`, a PuTTY session log, GitHub Desktop's daily log, a streamlink debug log
// appended by cron, a ThinkPHP 5.1 runtime log, a Tera Term capture with timestamps of an ESP8266's serial console, a
// Trello board's actions exported as JSON lines, a squidGuard log, an Airbrake notices export, Earthly's build output,
// the serial console of a Mongoose 7 firmware, a Help Scout threads export, a Raygun crash-report export), with
// credentials planted in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The
// labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout90.mjs     rewrites heldout90/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: Carrick Roads Community Radio of Falmouth (Cornwall), with its playout software, stream server,
// transmitter-site encoder, website and the recordings of council meetings it rebroadcasts (English, five logs); the
// Shwe Mandalay Lahpet producers' cooperative (ရွှေမန္တလေး လက်ဖက်ထုတ်လုပ်သူများ သမဝါယမ) of Mandalay, with a shop, a
// fermentation cellar with a vat monitor, a delivery board and an office network (Burmese in the Myanmar script where the
// apps show text, romanized in routes, parameter, cookie and key names, five logs); the Tshumisano ya Vhuendelamashango
// ya Fundudzi, a tourism and pottery cooperative near Lake Fundudzi (Vhembe, Limpopo) with a booking site, a lodge water
// pump and a support mailbox (Tshivenḓa, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'ESP8266HTTPClient'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Cornwall in November (GMT, UTC+0), Myanmar (MMT, UTC+6:30 all year), South Africa (SAST, UTC+2 all year). */
const GMT = 0;
const MMT = 390;
const SAST = 120;
const DAY_EN = Date.UTC(2027, 10, 8, 0, 0, 0);
const DAY_MM = Date.UTC(2027, 10, 22, 0, 0, 0);
const DAY_VE = Date.UTC(2027, 11, 6, 0, 0, 0);

/** `+06:30`, `+02:00`. */
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
/** Python logging's and log4j's `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC. */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;
/** A line's lines: a string holding `\n` becomes several lines. */
const lines = (text) => text.split('\n');

// =====================================================================================================================
// Carrick Roads Community Radio (English; Falmouth, Cornwall: GMT, UTC+0 in November)
// =====================================================================================================================

const CR = 'carrickroadsfm.example';

// ---------------------------------------------------------------------------------------------------------------------
// appveyor-cartwall-2.6.41.txt: the build log of the station's cart player ("Cartwall", a .NET 8 Windows app) on
// AppVeyor, as the job's Log tab downloads it: `Build started`, the clone and checkout, each command of appveyor.yml as
// the agent echoes it (`cmd:` lines, PowerShell lines) and its output, `Command exited with code 1`, then the
// `on_failure` commands. No time on the lines.
// `Build started`, `git clone -q --branch=… C:\projects\…`, the echoed commands and `Command exited with code …` are from
// AppVeyor logs quoted in issues (nomacs #1403, sakura-editor #43), read through the search tool; the test output
// (VSTest, FluentAssertions' messages) and the `set` step from memory.

function appveyorLog(rng) {
  const PROJ = 'C:\\projects\\cartwall';
  let phase = 'restore';
  const render = (e) => e.ci;
  const LIBS = ['Cartwall.Core', 'Cartwall.Audio', 'Cartwall.Schedule', 'Cartwall.App', 'Cartwall.Web'];
  const TESTS = [
    'CartDeckTests.LoadsCart',
    'CartDeckTests.FiresOnHotkey',
    'PlaylistTests.ImportsM3u',
    'LoudnessTests.NormalisesToMinus23Lufs',
    'ScheduleTests.ReadsTheWeekGrid',
    'StingTests.DucksUnderTheMic',
    'TalkbackTests.OpensTheStudioLine',
  ];
  const filler = (rng) => {
    if (phase === 'test') return { ci: [`  Passed Cartwall.Tests.${rng.pick(TESTS)}(slot: ${rng.int(1, 48)}) [${rng.int(1, 140)} ms]`] };
    if (phase === 'restore') {
      const lib = rng.pick(LIBS);
      return { ci: [`  Restored ${PROJ}\\src\\${lib}\\${lib}.csproj (in ${rng.int(90, 2400)} ms).`] };
    }
    return rng.pick([
      () => {
        const lib = rng.pick(LIBS);
        return { ci: [`  ${lib} -> ${PROJ}\\src\\${lib}\\bin\\Release\\net8.0-windows\\${lib}.dll`] };
      },
      () => ({
        ci: [
          `${PROJ}\\src\\Cartwall.App\\Views\\DeckView.xaml.cs(${rng.int(20, 300)},${rng.int(5, 40)}): warning CS8618: Non-nullable property 'Deck' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable. [${PROJ}\\src\\Cartwall.App\\Cartwall.App.csproj]`,
        ],
      }),
    ])();
  };
  const sha = rng.hex(40);
  const steps = [
    {
      raw: {
        ci: [
          'Build started',
          `git clone -q --branch=main https://github.com/carrickroadsfm/cartwall.git ${PROJ}`,
          `git checkout -qf ${sha}`,
          'Running Install scripts',
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'appveyor-set-environment-connection-string',
      'error',
      "A debugging `set` left in the install script prints the build's environment, and with it the test database's connection string decrypted from a secure variable (`Password=…`).",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            ci: [
              'set',
              'ALLUSERSPROFILE=C:\\ProgramData',
              'APPVEYOR=True',
              'APPVEYOR_ACCOUNT_NAME=carrickroadsfm',
              `APPVEYOR_BUILD_FOLDER=${PROJ}`,
              'APPVEYOR_BUILD_NUMBER=41',
              'APPVEYOR_BUILD_VERSION=2.6.41',
              'APPVEYOR_BUILD_WORKER_IMAGE=Visual Studio 2022',
              'APPVEYOR_REPO_BRANCH=main',
              `CARTWALL_DB=Server=tcp:sql.${CR},1433;Database=cartwall;User ID=cartwall_ci;Password=${pw};Encrypt=True`,
              'CI=True',
              'CONFIGURATION=Release',
              'PLATFORM=x64',
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'encoded',
      'appveyor-powershell-encodedcommand-licence-key',
      'error',
      'The loudness library is activated by a PowerShell one-liner passed as `-EncodedCommand` (base64 of UTF-16LE), and the agent echoes the command line; decoded, the script sends `X-Licence-Key` with the licence key.',
      ({ rng }) => {
        const script = `$h = @{ 'X-Licence-Key' = '${rng.alnum(32)}' }; Invoke-WebRequest -UseBasicParsing -Method Post -Uri 'https://licensing.loudnesskit.example/v2/activate?seat=appveyor' -Headers $h -OutFile '${PROJ}\\lib\\LoudnessKit.lic'`;
        const b = Buffer.from(script, 'utf16le').toString('base64');
        return { value: b, event: { ci: [`powershell -NoProfile -NonInteractive -EncodedCommand ${b}`] } };
      },
      { after: 3 },
    ),
    { raw: { ci: ['dotnet restore Cartwall.sln', '  Determining projects to restore...'] } },
    3,
    {
      raw: {
        get ci() {
          phase = 'build';
          return ['dotnet build Cartwall.sln -c Release --no-restore', 'MSBuild version 17.11.9+a69bbaaf5 for .NET'];
        },
      },
    },
    4,
    plant(
      'negative',
      'appveyor-signtool-certificate-thumbprint',
      'none',
      '`signtool` picks the code-signing certificate by its SHA-1 thumbprint (`/sha1 <40 hex>`): the fingerprint of a public certificate, no credential.',
      ({ rng }) => {
        const thumb = rng.hex(40).toUpperCase();
        return {
          value: thumb,
          event: {
            ci: [
              `signtool sign /sha1 ${thumb} /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 out\\Cartwall-2.6.41-setup.exe`,
              'Done Adding Additional Store',
              'Successfully signed: out\\Cartwall-2.6.41-setup.exe',
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'appveyor-get-filehash-installer',
      'none',
      "PowerShell's `Get-FileHash` of the signed installer (SHA-256, 64 hex digits): a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64).toUpperCase();
        return {
          value: h,
          event: {
            ci: [
              'Get-FileHash out\\Cartwall-2.6.41-setup.exe | Format-List',
              '',
              'Algorithm : SHA256',
              `Hash      : ${h}`,
              `Path      : ${PROJ}\\out\\Cartwall-2.6.41-setup.exe`,
              '',
            ],
          },
        };
      },
    ),
    {
      raw: {
        get ci() {
          phase = 'test';
          return [
            'dotnet test Cartwall.sln -c Release --no-build --logger:Appveyor',
            `Test run for ${PROJ}\\tests\\Cartwall.Tests\\bin\\Release\\net8.0-windows\\Cartwall.Tests.dll (.NETCoreApp,Version=v8.0)`,
            'VSTest version 17.11.1 (x64)',
            '',
            'Starting test execution, please wait...',
            'A total of 1 test files matched the specified pattern.',
          ];
        },
      },
    },
    5,
    plant(
      'implicit-fragment',
      'appveyor-selenium-assertion-url-fragment',
      'error',
      "A Selenium sign-in test of the web cart editor fails, and FluentAssertions' message quotes the browser's address, with the identity provider's `#access_token=…` in it.",
      ({ rng }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            ci: [
              '  Failed Cartwall.Web.Tests.SignInTests.LandsOnTheCartPage [3 s]',
              '  Error Message:',
              `   Expected driver.Url to start with "https://cart.${CR}/carts", but "https://cart.${CR}/#access_token=${at}&token_type=Bearer&expires_in=3599" differs near "#ac" (index ${`https://cart.${CR}/`.length}).`,
              '  Stack Trace:',
              '     at FluentAssertions.Execution.XUnit2TestFramework.Throw(String message)',
              `     at Cartwall.Web.Tests.SignInTests.LandsOnTheCartPage() in ${PROJ}\\tests\\Cartwall.Web.Tests\\SignInTests.cs:line 48`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'appveyor-assertion-because-url-station-key',
      'error',
      `${WHY.apiKey('station_key')} The now-playing integration test fails with 401, and its assertion's "because" clause names the request, key included.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ci: [
              '  Failed Cartwall.Tests.NowPlayingTests.PostsTheTrackToTheStationApi [412 ms]',
              '  Error Message:',
              `   Expected response.StatusCode to be HttpStatusCode.OK {value: 200} because GET https://api.${CR}/v1/nowplaying?station_key=${key} should succeed, but found HttpStatusCode.Unauthorized {value: 401}.`,
            ],
          },
        };
      },
    ),
    2,
    {
      raw: {
        get ci() {
          phase = 'failure';
          return [
            '',
            'Failed!  - Failed:     2, Passed:   212, Skipped:     0, Total:   214, Duration: 48 s - Cartwall.Tests.dll (net8.0-windows)',
            'Command exited with code 1',
            '7z a screenshots.zip tests\\Cartwall.Web.Tests\\bin\\Release\\net8.0\\screenshots\\*.png',
            '',
            '7-Zip 24.08 (x64) : Copyright (c) 1999-2024 Igor Pavlov : 2024-08-11',
            '',
            'Everything is Ok',
          ];
        },
      },
    },
    plant(
      'path-secret',
      'appveyor-on-failure-seafile-upload-link',
      'error',
      WHY.pathSecret(
        "The `on_failure` step sends the test screenshots to a Seafile upload link through its API (`/api/v2.1/upload-links/<token>/upload/`); the agent echoes the command with the link's token",
      ),
      ({ rng }) => {
        const tok = rng.hex(20);
        return {
          value: tok,
          event: {
            ci: [
              `curl.exe -s -o NUL -w "%{http_code}" -F "file=@screenshots.zip" -F "parent_dir=/" "https://files.${CR}/api/v2.1/upload-links/${tok}/upload/"`,
              '200',
            ],
          },
        };
      },
      { after: 4 },
    ),
    plant(
      'webhook',
      'appveyor-on-failure-discord-webhook',
      'error',
      WHY.webhook(
        "A Discord webhook (`discord.com/api/webhooks/<id>/<token>`) written into appveyor.yml to tell the volunteers' channel a build broke; the agent echoes the curl command",
      ),
      ({ rng }) => {
        const id = `1${digits(rng, 18)}`;
        const tok = rng.b64url(68);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: {
            ci: [
              `curl.exe -s -H "Content-Type: application/json" -d "{\\"content\\":\\"Cartwall 2.6.41 failed on main (2 tests)\\"}" https://discord.com/api/webhooks/${id}/${tok}`,
            ],
          },
        };
      },
      { after: 2 },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 9 * HOUR, site: { host: 'appveyor' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// letsencrypt.log: certbot 2.11 on the stream server, one run (certbot keeps one file a run): a certificate for a new
// host name from ZeroSSL's ACME server with External Account Binding, DNS-01 through manual hooks on ClouDNS' API, a
// deploy hook. Python logging's `%(asctime)s:%(levelname)s:%(name)s:%(message)s` in the server's local time (GMT), a
// message's further lines without prefix (acme.client's `Received response:` with headers and body, `Sending POST
// request to …:` with the JWS).
// From memory (a search found certbot's user guide and forum posts quoting its console output, not this file): the
// `Arguments:`, `Discovered plugins:`, acme.client and urllib3 lines, the hooks' `Output from …` / `Error output from …`.

function certbotLog(rng) {
  const ZS = 'https://acme.zerossl.com/v2/DV90';
  const render = (e) =>
    e.cb.flatMap(([lvl, lg, msg], i) => {
      const [first, ...rest] = lines(msg);
      return [`${commaMs(e.t + i * 3, GMT)}:${lvl}:${lg}:${first}`, ...rest];
    });
  const nonce = (rng) => `${rng.b64url(43)}`;
  const received = (rng, t, status, extra = [], body = []) =>
    [
      'Received response:',
      `HTTP ${status}`,
      'Server: nginx',
      `Date: ${DAYS[new Date(t).getUTCDay()]}, ${pad(new Date(t).getUTCDate())} ${MONTHS[new Date(t).getUTCMonth()]} ${new Date(t).getUTCFullYear()} ${iso(t).slice(11, 19)} GMT`,
      'Content-Type: application/json',
      'Connection: keep-alive',
      `Replay-Nonce: ${nonce(rng)}`,
      ...extra,
      '',
      ...body,
    ].join('\n');
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        cb: [
          ['DEBUG', 'acme.client', `Sending POST request to ${ZS}/authz/${rng.b64url(22)}:`],
          [
            'DEBUG',
            'urllib3.connectionpool',
            `https://acme.zerossl.com:443 "POST /v2/DV90/authz/${rng.b64url(22)} HTTP/1.1" 200 ${rng.int(380, 760)}`,
          ],
        ],
      }),
      () => ({ cb: [['DEBUG', 'acme.client', `Storing nonce: ${nonce(rng)}`]] }),
      () => ({ cb: [['INFO', 'certbot._internal.auth_handler', 'Waiting for verification...']] }),
      () => ({ cb: [['DEBUG', 'acme.client', received(rng, t, 200, [`Retry-After: ${rng.int(2, 5)}`])]] }),
    ])();
  const steps = [
    {
      raw: {
        cb: [
          ['DEBUG', 'certbot._internal.main', 'certbot version: 2.11.0'],
          ['DEBUG', 'certbot._internal.main', 'Location of certbot entry point: /usr/bin/certbot'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'certbot-arguments-eab-hmac-key',
      'error',
      "certbot writes its command line at DEBUG (`Arguments: [...]`, a Python list); ZeroSSL's ACME server requires External Account Binding, and the `--eab-hmac-key` given on the command line is the key that ties new ACME accounts to the station's ZeroSSL account.",
      ({ rng }) => {
        const hmac = rng.b64url(86);
        return {
          value: hmac,
          event: {
            cb: [
              [
                'DEBUG',
                'certbot._internal.main',
                `Arguments: ['--manual', '--preferred-challenges', 'dns', '--manual-auth-hook', '/etc/letsencrypt/hooks/cloudns-auth.sh', '--manual-cleanup-hook', '/etc/letsencrypt/hooks/cloudns-cleanup.sh', '--server', '${ZS}', '--eab-kid', '${rng.b64url(22)}', '--eab-hmac-key', '${hmac}', '-m', 'tech@${CR}', '--agree-tos', '-d', 'listen.${CR}']`,
              ],
              [
                'DEBUG',
                'certbot._internal.main',
                'Discovered plugins: PluginsRegistry(PluginEntryPoint#manual,PluginEntryPoint#nginx,PluginEntryPoint#null,PluginEntryPoint#standalone,PluginEntryPoint#webroot)',
              ],
            ],
          },
        };
      },
      { after: 0.02 },
    ),
    {
      raw: {
        cb: [
          ['DEBUG', 'certbot._internal.log', 'Root logging level set at 30'],
          ['DEBUG', 'certbot._internal.plugins.selection', 'Requested authenticator manual and installer None'],
          ['INFO', 'certbot._internal.plugins.selection', 'Plugins selected: Authenticator manual, Installer None'],
          ['DEBUG', 'acme.client', `Sending GET request to ${ZS}.`],
          ['DEBUG', 'urllib3.connectionpool', 'Starting new HTTPS connection (1): acme.zerossl.com:443'],
          ['DEBUG', 'urllib3.connectionpool', 'https://acme.zerossl.com:443 "GET /v2/DV90 HTTP/1.1" 200 584'],
        ],
      },
      after: 1,
    },
    2,
    {
      raw: {
        cb: [
          ['INFO', 'certbot._internal.main', 'Account registered.'],
          ['INFO', 'certbot._internal.main', `Requesting a certificate for listen.${CR}`],
        ],
      },
      after: 2,
    },
    plant(
      'negative',
      'certbot-jws-protected-header',
      'none',
      'The new-order request certbot posts, a JWS in JSON form: its `protected` header (base64url of `alg`, `kid`, a fresh `nonce` and the `url`) and signature authenticate this one request; nothing in it can be replayed or used elsewhere.',
      ({ rng }) => {
        const protectedHeader = b64urlOf(
          JSON.stringify({ alg: 'RS256', kid: `${ZS}/account/${rng.b64url(22)}`, nonce: nonce(rng), url: `${ZS}/newOrder` })
            .replace(/":/g, '": ')
            .replace(/,"/g, ', "'),
        );
        return {
          value: protectedHeader,
          event: {
            cb: [
              [
                'DEBUG',
                'acme.client',
                `JWS payload:\nb'{\\n  "identifiers": [\\n    {\\n      "type": "dns",\\n      "value": "listen.${CR}"\\n    }\\n  ]\\n}'`,
              ],
              [
                'DEBUG',
                'acme.client',
                `Sending POST request to ${ZS}/newOrder:\n{\n  "payload": "${b64urlOf(`{\n  "identifiers": [\n    {\n      "type": "dns",\n      "value": "listen.${CR}"\n    }\n  ]\n}`)}",\n  "protected": "${protectedHeader}",\n  "signature": "${rng.b64url(342)}"\n}`,
              ],
              [
                'DEBUG',
                'urllib3.connectionpool',
                `https://acme.zerossl.com:443 "POST /v2/DV90/newOrder HTTP/1.1" 201 ${rng.int(420, 560)}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'certbot-dns01-challenge-token',
      'none',
      "The DNS-01 challenge in the authorization's answer, with its `token`: a value the CA publishes to whoever asks for the authorization, checked against a TXT record; no credential.",
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            cb: [
              [
                'DEBUG',
                'acme.client',
                received(
                  rng,
                  t,
                  200,
                  [],
                  [
                    '{',
                    '  "identifier": {',
                    '    "type": "dns",',
                    `    "value": "listen.${CR}"`,
                    '  },',
                    '  "status": "pending",',
                    `  "expires": "${iso(t + 7 * 86400000).slice(0, 19)}Z",`,
                    '  "challenges": [',
                    '    {',
                    '      "type": "dns-01",',
                    `      "url": "${ZS}/chall/${rng.b64url(22)}",`,
                    '      "status": "pending",',
                    `      "token": "${tok}"`,
                    '    }',
                    '  ]',
                    '}',
                  ],
                ),
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'api-key-name',
      'certbot-auth-hook-xtrace-cloudns-auth-password',
      'error',
      `${WHY.apiKey('auth-password')} ClouDNS' API takes its sub-user's password in the query (\`auth-id=…&auth-password=…\`); the manual auth hook runs under \`set -x\`, and certbot writes the hook's stderr, the traced curl command included.`,
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: {
            cb: [
              ['INFO', 'certbot._internal.auth_handler', `Performing the following challenges:\ndns-01 challenge for listen.${CR}`],
              ['INFO', 'certbot._internal.hooks', 'Running manual-auth-hook command: /etc/letsencrypt/hooks/cloudns-auth.sh'],
              [
                'ERROR',
                'certbot._internal.hooks',
                `Error output from manual-auth-hook command cloudns-auth.sh:\n+ curl -fsS 'https://api.cloudns.net/dns/add-record.json?auth-id=${digits(rng, 5)}&auth-password=${pw}&domain-name=${CR}&record-type=TXT&host=_acme-challenge.listen&record=${rng.b64url(43)}&ttl=60'\n+ sleep 30`,
              ],
              [
                'INFO',
                'certbot._internal.hooks',
                'Output from manual-auth-hook command cloudns-auth.sh:\n{"status":"Success","statusDescription":"The record was added successfully."}',
              ],
            ],
          },
        };
      },
      { after: 2 },
    ),
    3,
    {
      raw: {
        cb: [
          ['INFO', 'certbot._internal.auth_handler', 'Cleaning up challenges'],
          ['INFO', 'certbot._internal.hooks', 'Running manual-cleanup-hook command: /etc/letsencrypt/hooks/cloudns-cleanup.sh'],
          [
            'INFO',
            'certbot._internal.hooks',
            'Output from manual-cleanup-hook command cloudns-cleanup.sh:\n{"status":"Success","statusDescription":"The record was deleted successfully."}',
          ],
          ['DEBUG', 'certbot._internal.storage', `Writing new private key to /etc/letsencrypt/archive/listen.${CR}/privkey1.pem.`],
          ['INFO', 'certbot._internal.main', 'Successfully received certificate.'],
        ],
      },
      after: 40,
    },
    plant(
      'webhook',
      'certbot-deploy-hook-xtrace-healthchecks-ping',
      'error',
      WHY.webhook(
        "A Healthchecks.io ping URL (`hc-ping.com/<uuid>`, the uuid is the check's only secret) the deploy hook calls after a renewal; the hook runs under `set -x` and certbot writes its stderr",
      ),
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            cb: [
              ['INFO', 'certbot._internal.hooks', 'Running deploy-hook command: /etc/letsencrypt/renewal-hooks/deploy/50-icecast.sh'],
              [
                'ERROR',
                'certbot._internal.hooks',
                `Error output from deploy-hook command 50-icecast.sh:\n+ systemctl reload icecast2\n+ curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/${id}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    {
      raw: {
        cb: [['DEBUG', 'certbot._internal.display.obj', 'Notifying user: Successfully received certificate.']],
      },
      after: 0.02,
    },
  ];
  return buildLog(rng, { start: DAY_EN + 3 * HOUR + 12 * MIN, site: { host: 'certbot' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// putty-encoder-20271108.log: a PuTTY session log ("All session output") of the technical volunteer's SSH session to
// the encoder box at the transmitter site: PuTTY's `=~=~=… PuTTY log <yyyy.mm.dd hh:mm:ss> =~=~=…` header, then the
// terminal's output as received (lines ending in CR LF, the shell's echo of typed commands after the prompt, `ls`'s
// colours), no time on the lines.
// From memory (PuTTY's header line and CR LF endings; not fetched).

function puttyLog(rng) {
  const P = 'tech@encoder:~$ ';
  const render = (e) => e.tt.map((l) => `${l}\r`);
  const TRACKS = [
    ['Penhallow Shanty Crew', 'Kernow Tide'],
    ['The Helford Ferrymen', 'Oyster Dredge'],
    ['Jenny Tregaskis', 'Lamorna Light'],
    ['Pendennis Brass', 'Carrick Roads March'],
  ];
  // The box booted 41 days, 3 h 12 min before the session began; `uptime` and the journal follow the session's clock.
  const BOOT = DAY_EN + 18 * HOUR + 2 * MIN - (41 * 24 + 3) * HOUR - 12 * MIN;
  const clock = (t) => local(t, GMT).slice(11, 19);
  const up = (t) => {
    const m = Math.floor((t - BOOT) / MIN);
    return `${Math.floor(m / 1440)} days,  ${Math.floor((m % 1440) / 60)}:${pad(m % 60)}`;
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        tt: [
          `${P}uptime`,
          ` ${clock(t)} up ${up(t)},  1 user,  load average: 0.${rng.int(10, 40)}, 0.${rng.int(10, 30)}, 0.${rng.int(10, 25)}`,
        ],
      }),
      () => ({
        tt: [`${P}systemctl is-active icecast2 liquidsoap@studio nowplaying`, 'active', 'active', 'active'],
      }),
      () => ({
        tt: [
          `${P}df -h /srv`,
          'Filesystem      Size  Used Avail Use% Mounted on',
          `/dev/sda3       916G  ${rng.int(400, 700)}G  ${rng.int(150, 400)}G  ${rng.int(48, 79)}% /srv`,
        ],
      }),
      () => ({
        tt: [
          `${P}ls /srv/archive | tail -3`,
          '\u001b[0m\u001b[01;35m2027-11-07-breakfast.mp3\u001b[0m',
          '\u001b[01;35m2027-11-07-drivetime.mp3\u001b[0m',
          '\u001b[01;35m2027-11-07-folk-hour.mp3\u001b[0m',
        ],
      }),
      () => {
        const [a, s] = rng.pick(TRACKS);
        return { tt: [`${P}tail -1 /var/log/nowplaying/tracks.log`, `2027-11-08 ${clock(t - rng.int(20, 240) * 1000)} ${a} - ${s}`] };
      },
    ])();
  const header = ['=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2027.11.08 18:02:11 =~=~=~=~=~=~=~=~=~=~=~=\r'];
  const steps = [
    {
      raw: {
        tt: [
          'login as: tech',
          'Authenticating with public key "tech@studio-pc"',
          'Linux encoder 6.1.0-40-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.153-1 (2027-09-20) x86_64',
          '',
          'The programs included with the Debian GNU/Linux system are free software;',
          'the exact distribution terms for each program are described in the',
          'individual files in /usr/share/doc/*/copyright.',
          '',
          'Last login: Mon Nov  1 17:40:02 2027 from 192.0.2.44',
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'putty-ssh-host-key-fingerprint',
      'none',
      "`ssh-keygen -lf` of the encoder's host key prints its fingerprint (`SHA256:<base64>`), which the volunteer compares with the one PuTTY showed: a public key's hash, no credential.",
      ({ rng }) => {
        const fp = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43);
        return {
          value: fp,
          event: { tt: [`${P}ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`, `256 SHA256:${fp} root@encoder (ED25519)`] },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'putty-curl-verbose-icecast-authorization-basic',
      'error',
      "The volunteer tests the stream's metadata update with `curl -v`, the password read into a variable beforehand; curl's verbose output writes the request headers, `Authorization: Basic <base64 of source:password>` among them.",
      ({ rng }) => {
        const b = b64Of(`source:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            tt: [
              `${P}read -rs ICECAST_PW`,
              `${P}curl -sv -u "source:$ICECAST_PW" "http://localhost:8000/admin/metadata?mount=/live&mode=updinfo&song=Test%20tone"`,
              '*   Trying 127.0.0.1:8000...',
              '* Connected to localhost (127.0.0.1) port 8000',
              "* Server auth using Basic with user 'source'",
              '> GET /admin/metadata?mount=/live&mode=updinfo&song=Test%20tone HTTP/1.1',
              '> Host: localhost:8000',
              `> Authorization: Basic ${b}`,
              '> User-Agent: curl/7.88.1',
              '> Accept: */*',
              '>',
              '< HTTP/1.1 200 OK',
              '< Server: Icecast 2.4.4',
              '< Content-Type: text/xml',
              '<',
              '<?xml version="1.0"?>',
              '<iceresponse><message>Metadata update successful</message><return>1</return></iceresponse>',
              '* Connection #0 to host localhost left intact',
            ],
          },
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'putty-cat-liquidsoap-script-icecast-password',
      'error',
      '`sudo cat` of the Liquidsoap script prints its configuration as written, the Icecast source password in `output.icecast(…, password="…", …)` included.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            tt: [
              `${P}sudo cat /etc/liquidsoap/studio.liq`,
              '#!/usr/bin/liquidsoap',
              'set("log.file.path", "/var/log/liquidsoap/studio.log")',
              'set("frame.audio.samplerate", 48000)',
              'studio = input.alsa(device="hw:1,0")',
              'jingles = playlist(mode="randomize", "/srv/jingles")',
              'radio = fallback(track_sensitive=false, [studio, jingles, blank()])',
              `output.icecast(%mp3(bitrate=128), host="localhost", port=8000, password="${pw}", mount="/live", name="Carrick Roads FM", genre="Community", radio)`,
            ],
          },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'putty-journalctl-tunein-partner-key',
      'error',
      `${WHY.apiKey('partnerKey')} The now-playing service sends each track to TuneIn's AIR API (\`Playing.ashx?partnerId=…&partnerKey=…\`), and its journal lines write the request.`,
      ({ rng, t }) => {
        const key = rng.alnum(12);
        const [a, s] = rng.pick(TRACKS);
        const at = t - rng.int(30, 200) * 1000;
        return {
          value: key,
          event: {
            tt: [
              `${P}journalctl -u nowplaying -n 2 --no-pager`,
              `Nov 08 ${clock(at)} encoder nowplaying[1187]: track: ${a} - ${s}`,
              `Nov 08 ${clock(at + 1000)} encoder nowplaying[1187]: GET http://air.radiotime.com/Playing.ashx?partnerId=${rng.alnum(8)}&partnerKey=${key}&id=s${digits(rng, 6)}&title=${encodeURIComponent(s)}&artist=${encodeURIComponent(a)} -> 200`,
            ],
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'putty-curl-cookie-jar-to-stdout',
      'error',
      WHY.session(
        "The volunteer logs in to the website's admin with `curl -c -` to check the login works; curl prints its cookie jar (Netscape format, tab-separated) to the terminal, the `crfm_session` cookie's value in its last column",
      ),
      ({ rng }) => {
        const s = rng.b64url(40);
        return {
          value: s,
          event: {
            tt: [
              `${P}curl -s -c - -o /dev/null -d "user=tech&password=$WEB_PW" https://www.${CR}/admin/login`,
              '# Netscape HTTP Cookie File',
              '# https://curl.se/docs/http-cookies.html',
              '# This file was generated by libcurl! Edit at your own risk.',
              '',
              `#HttpOnly_www.${CR}\tFALSE\t/\tTRUE\t0\tcrfm_session\t${s}`,
            ],
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'putty-cat-rclone-conf-token-json',
      'error',
      `${WHY.refresh} \`cat\` of rclone's configuration prints the Google Drive remote's \`token = {…}\` JSON, with its \`refresh_token\` ("1//0…") beside the hour-long access token.`,
      ({ rng, t }) => {
        const rt = `1//0${rng.b64url(99)}`;
        return {
          value: rt,
          event: {
            tt: [
              `${P}cat ~/.config/rclone/rclone.conf`,
              '[archive-drive]',
              'type = drive',
              'scope = drive.file',
              `token = {"access_token":"ya29.a0${rng.b64url(180)}","token_type":"Bearer","refresh_token":"${rt}","expiry":"${iso(t + 2400000).slice(0, 19)}.${digits(rng, 6)}Z"}`,
              'team_drive = ',
              '',
            ],
          },
        };
      },
    ),
    1,
    plant(
      'path-secret',
      'putty-wget-quiet-download-link',
      'error',
      WHY.pathSecret(
        "A private download link of the jingle producer's file server (`/dl/<token>/…zip`), which the volunteer fetches with `wget -q` (the shell's echo of the typed command is the only copy)",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: { tt: [`${P}wget -q -O /srv/jingles/xmas-2027.zip "https://dl.kernowjingles.example/dl/${tok}/crfm-xmas-2027.zip"`] },
        };
      },
    ),
    1,
    plant(
      'negative',
      'putty-sha256sum-archive',
      'none',
      '`sha256sum` of a programme in the archive: a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { tt: [`${P}sha256sum /srv/archive/2027-11-07-folk-hour.mp3`, `${h}  /srv/archive/2027-11-07-folk-hour.mp3`] },
        };
      },
    ),
    1,
    { raw: { tt: [`${P}exit`, 'logout'] } },
  ];
  return buildLog(rng, { start: DAY_EN + 18 * HOUR + 2 * MIN + 11000, site: { host: 'encoder' }, filler, render, steps, header });
}

// ---------------------------------------------------------------------------------------------------------------------
// 2027-11-08.desktop.production.log: GitHub Desktop 3.5 on the web volunteer's laptop (Windows), its daily log:
// `<ISO 8601 UTC> - <level>: [ui|main] <message>`, a message's further lines (a failed Git command's stdout and stderr)
// without prefix.
// The line layout and the `Executing <action>: git …  (took …s)`, `[AppStore]`, `launching:` and toast CLSID messages
// are from logs quoted in desktop/desktop issues #16672 and desktop-trampoline #26, read through the search tool; the
// failed push's message and the OAuth deep-link line from memory (not verified).

function githubDesktopLog(rng) {
  const render = (e) =>
    e.gd.flatMap(([lvl, proc, msg], i) => {
      const [first, ...rest] = lines(msg);
      return [`${iso(e.t + i * 11)} - ${lvl}: [${proc}] ${first}`, ...rest];
    });
  const REPOS = ['website', 'schedule', 'podcast-feed', 'cartwall'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        gd: [
          [
            'info',
            'ui',
            `Executing fetch: git -c credential.helper= -c protocol.version=2 fetch --progress --prune --recurse-submodules=on-demand origin (took ${rng.int(300, 2400) / 1000}s)`,
          ],
        ],
      }),
      () => ({
        gd: [['info', 'ui', `[Timing] Action 'checkout branch from list' for '${rng.pick(REPOS)}' took ${rng.int(40, 2200) / 1000}s`]],
      }),
      () => ({ gd: [['info', 'ui', '[BranchPruner] No branches to prune.']] }),
      () => ({ gd: [['info', 'ui', `Executing commit: git -c credential.helper= commit -F - (took ${rng.int(100, 900) / 1000}s)`]] }),
      () => ({ gd: [['info', 'ui', 'Stats reported.']] }),
    ])();
  const steps = [
    plant(
      'negative',
      'github-desktop-toast-activator-clsid',
      'none',
      'The COM class id GitHub Desktop registers for Windows notifications (`Using toast activator CLSID {…}`): a constant identifier, no credential.',
      ({ rng }) => {
        const clsid = rng.uuid().toUpperCase();
        return { value: clsid, event: { gd: [['info', 'main', `Using toast activator CLSID {${clsid}}`]] } };
      },
      { after: 0 },
    ),
    {
      raw: {
        gd: [
          ['info', 'ui', '[AppStore] loading 4 repositories from store'],
          ['info', 'ui', '[AppStore] found account: crfm-web (Carrick Roads FM web team)'],
          ['info', 'ui', 'launching: 3.5.4 (Windows 10.0.26100)'],
          ['info', 'ui', "execPath: 'C:\\Users\\jenna\\AppData\\Local\\GitHubDesktop\\app-3.5.4\\GitHubDesktop.exe'"],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'oauth-code',
      'github-desktop-oauth-deep-link-code',
      'warning',
      `${WHY.code} Desktop's browser sign-in returns through its own URL scheme (\`x-github-desktop-auth://oauth?code=…&state=…\`, GitHub's 20-hex code), and the main process writes the URL it was opened with.`,
      ({ rng }) => {
        const code = rng.hex(20);
        return {
          value: code,
          event: { gd: [['info', 'main', `Received app URL: x-github-desktop-auth://oauth?code=${code}&state=${rng.uuid()}`]] },
        };
      },
    ),
    3,
    plant(
      'framework-dump',
      'github-desktop-executing-clone-url-password',
      'error',
      "Desktop writes each Git command it runs (`Executing clone: git … clone … -- <url>`); the schedule repository on the station's own Git server was added by a URL with the volunteer's password in its user info.",
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            gd: [
              [
                'info',
                'ui',
                `Executing clone: git -c credential.helper= -c init.defaultBranch=main clone --recursive --progress -- https://jenna.p:${pw}@git.${CR}/web/schedule.git C:\\Users\\jenna\\Documents\\GitHub\\schedule (took ${rng.int(2000, 9000) / 1000}s)`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'path-secret',
      'github-desktop-failed-push-hook-stdout-preview-link',
      'error',
      WHY.pathSecret(
        "The website's pre-push hook uploads a preview and prints its link (`/p/<token>/`); the push then fails, and Desktop writes the command's stdout and stderr under its error line",
      ),
      ({ rng }) => {
        const tok = rng.b64url(28);
        return {
          value: tok,
          event: {
            gd: [
              [
                'error',
                'ui',
                `\`git -c credential.helper= -c protocol.version=2 push origin xmas-schedule:xmas-schedule --progress\` exited with an unexpected code: 1.\nstdout:\n\n> crfm-site@4.1.0 prepush\n> node scripts/preview.mjs\n\nPreview uploaded: https://preview.${CR}/p/${tok}/\nBroken links: 2 (see preview-report.txt)\n\nstderr:\nhusky - pre-push script failed (code 1)\nerror: failed to push some refs to 'https://github.com/carrickroadsfm/website.git'`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'github-desktop-checkout-commit-sha',
      'none',
      'A commit checked out by its SHA-1 (40 hex digits) in a Git command Desktop writes: a revision id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: {
            gd: [
              [
                'info',
                'ui',
                `Executing checkoutCommit: git -c credential.helper= checkout ${sha} --progress --recurse-submodules -- (took ${rng.int(200, 900) / 1000}s)`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR + 40 * MIN, site: { host: 'desktop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// streamlink-recordings.log: two streamlink 7 runs from the recordings cron job, `streamlink --loglevel debug … 2>>
// streamlink-recordings.log`: `[<module>][<level>] <message>`, no time (the default `--logformat`); each run starts with
// the versions and `Arguments:` (one argument a line, the values of a plugin's sensitive arguments replaced by
// `********`). The morning run records BBC One South West's local news through the bbciplayer plugin; the afternoon run
// records a council planning committee's webcast, an HLS stream the webcast vendor protects with a header, a cookie and
// a viewer key.
// The version lines, `Arguments:` and `Found matching plugin …` are from debug logs in streamlink PR #3639, #6497 and
// issue #4518 (read through the search tool; #3639 says sensitive plugin arguments are replaced); the bbciplayer
// plugin's messages and the mediaselector URL from memory.

function streamlinkLog(rng) {
  const render = (e) => e.sl.map((x) => (typeof x === 'string' ? x : `[${x[0]}][${x[1]}] ${x[2]}`));
  const versions = [
    ['cli', 'debug', 'OS:         Linux-6.1.0-40-amd64-x86_64-with-glibc2.36'],
    ['cli', 'debug', 'Python:     3.11.2'],
    ['cli', 'debug', 'OpenSSL:    OpenSSL 3.0.17 1 Jul 2025'],
    ['cli', 'debug', 'Streamlink: 7.6.0'],
    ['cli', 'debug', 'Dependencies:'],
    ['cli', 'debug', ' certifi: 2025.8.3'],
    ['cli', 'debug', ' lxml: 6.0.1'],
    ['cli', 'debug', ' requests: 2.32.5'],
    ['cli', 'debug', ' urllib3: 2.5.0'],
  ];
  // Each run's playlist moves on: the fillers reload it and queue the next segments.
  let seq = 0;
  const filler = (rng) => {
    if (seq === 0) seq = rng.int(4000, 9000);
    const first = seq;
    seq += rng.int(2, 4);
    return {
      sl: [
        ['stream.hls', 'debug', 'Reloading playlist'],
        ['stream.hls', 'debug', `First Sequence: ${first}; Last Sequence: ${first + 5}`],
        ...Array.from({ length: seq - first }, (_, i) => ['stream.hls', 'debug', `Adding segment ${first + 5 + i} to queue`]),
      ],
    };
  };
  const ended = () => {
    seq = 0;
    return [
      ['stream.segmented', 'debug', 'Closing worker thread'],
      ['stream.segmented', 'debug', 'Closing writer thread'],
      ['cli', 'info', 'Stream ended'],
      ['cli', 'info', 'Closing currently open stream...'],
    ];
  };
  const steps = [
    { raw: { sl: [...versions, ['cli', 'debug', 'Arguments:']] }, after: 0 },
    plant(
      'negative',
      'streamlink-sensitive-plugin-argument-masked',
      'none',
      "streamlink's debug log lists the arguments of the run, and replaces the value of a plugin's sensitive argument with eight asterisks (`--bbciplayer-password=********`): a mask, no credential.",
      () => ({
        value: '--bbciplayer-password=********',
        event: {
          sl: [
            ['cli', 'debug', ' url=https://www.bbc.co.uk/iplayer/live/bbcone?area=south_west'],
            ['cli', 'debug', " stream=['best']"],
            ['cli', 'debug', ' --loglevel=debug'],
            ['cli', 'debug', ' --output=/srv/recordings/spotlight-{time:%Y-%m-%d}.ts'],
            ['cli', 'debug', ` --bbciplayer-username=tech@${CR}`],
            ['cli', 'debug', ' --bbciplayer-password=********'],
            ['cli', 'info', 'Found matching plugin bbciplayer for URL https://www.bbc.co.uk/iplayer/live/bbcone?area=south_west'],
            [
              'plugins.bbciplayer',
              'info',
              'A TV License is required to watch BBC iPlayer streams, see the BBC website for more information: https://www.bbc.co.uk/iplayer/help/tvlicence',
            ],
          ],
        },
      }),
      { after: 0 },
    ),
    plant(
      'negative',
      'streamlink-bbciplayer-mediaselector-atk',
      'none',
      "The bbciplayer plugin's media selector request carries `atk`, an HMAC-SHA1 of the programme's id under a key published in the plugin's own source: anyone computes the same value, no credential.",
      ({ rng }) => {
        const atk = rng.hex(40);
        return {
          value: atk,
          event: {
            sl: [
              ['plugins.bbciplayer', 'debug', 'Loading streams for live channel: bbc_one_south_west'],
              [
                'plugins.bbciplayer',
                'debug',
                `Info API request: https://open.live.bbc.co.uk/mediaselector/6/select/version/2.0/mediaset/pc/vpid/bbc_one_south_west/format/json/atk/${atk}/asn/1/`,
              ],
              ['cli', 'info', 'Available streams: 288p_alt, 288p (worst), 396p, 540p, 720p (best)'],
              ['cli', 'info', 'Opening stream: 720p (hls)'],
              ['cli', 'info', 'Writing output to'],
              '/srv/recordings/spotlight-2027-11-08.ts',
            ],
          },
        };
      },
      { after: 1 },
    ),
    4,
    {
      raw: {
        get sl() {
          return ended();
        },
      },
      after: 1740,
    },
    { raw: { sl: [...versions, ['cli', 'debug', 'Arguments:']] }, after: 18000 },
    plant(
      'session-id',
      'streamlink-arguments-http-cookie-aspnet-sessionid',
      'error',
      WHY.session(
        "The webcast vendor's player needs the viewer's ASP.NET session (`ASP.NET_SessionId`, 24 characters), copied from a browser into the cron job's `--http-cookie`; streamlink lists the argument as a Python list of tuples",
      ),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
        return {
          value: sid,
          event: {
            sl: [
              ['cli', 'debug', ' url=hls://https://webcast.councilav.example/live/planning-committee/index.m3u8'],
              ['cli', 'debug', " stream=['best']"],
              ['cli', 'debug', ' --loglevel=debug'],
              ['cli', 'debug', ' --output=/srv/recordings/planning-2027-11-08.ts'],
              ['cli', 'debug', ` --http-cookie=[('ASP.NET_SessionId', '${sid}')]`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'header-dump',
      'streamlink-arguments-http-header-authorization-bearer',
      'error',
      "`--http-header` is one of streamlink's own arguments, not a plugin's, so its value is not masked: the webcast's `('Authorization', 'Bearer …')` tuple is written as given.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            sl: [
              ['cli', 'debug', ` --http-header=[('Authorization', 'Bearer ${tok}'), ('Referer', 'https://webcast.councilav.example/')]`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    plant(
      'api-key-name',
      'streamlink-arguments-http-query-param-viewer-key',
      'error',
      `${WHY.apiKey('viewer_key')} The webcast's playlists want a \`viewer_key\` in their query, given to streamlink as \`--http-query-param\` and written in the argument list.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sl: [
              ['cli', 'debug', ` --http-query-param=[('viewer_key', '${key}')]`],
              [
                'cli',
                'info',
                'Found matching plugin hls for URL hls://https://webcast.councilav.example/live/planning-committee/index.m3u8',
              ],
              ['cli', 'info', 'Available streams: 360p (worst), 720p (best)'],
              ['cli', 'info', 'Opening stream: 720p (hls)'],
              ['cli', 'info', 'Writing output to'],
              '/srv/recordings/planning-2027-11-08.ts',
            ],
          },
        };
      },
      { after: 0 },
    ),
    4,
    {
      raw: {
        get sl() {
          return ended();
        },
      },
      after: 5400,
    },
  ];
  return buildLog(rng, { start: DAY_EN + 6 * HOUR + 29 * MIN, site: { host: 'streamlink' }, filler, render, steps });
}

// =====================================================================================================================
// Shwe Mandalay Lahpet producers' cooperative (Burmese; Mandalay: MMT, UTC+6:30 all year)
// =====================================================================================================================

const SL = 'shwelahpet.example';

/** Myanmar digits, as the apps show numbers in Burmese text: `၃၁.၂`. */
const mm = (n) => String(n).replace(/[0-9]/g, (d) => '၀၁၂၃၄၅၆၇၈၉'[Number(d)]);
const PRODUCTS = ['နမ့်ဆန် လက်ဖက် ၂၅၀ ဂရမ်', 'ရှမ်းလက်ဖက် ၅၀၀ ဂရမ်', 'လက်ဖက်သုပ် အစုံ', 'မိုးကုတ် လက်ဖက်ခြောက်', 'ပဲကြော် ၂၀၀ ဂရမ်'];

// ---------------------------------------------------------------------------------------------------------------------
// runtime-log-202711-22.log: the cooperative's shop, a ThinkPHP 5.1 app in debug mode, its file log
// (`runtime/log/202711/22.log`): per request a rule of dashes, `[ <ISO 8601 with +06:30> ] <ip> <METHOD> <host/uri>`,
// the runtime line in the framework's Chinese (运行时间, 吞吐率, 内存消耗, 文件加载), then `[ info ] [ LANG ]`,
// `[ ROUTE ]`, `[ HEADER ]` and `[ PARAM ]` as PHP's var_export, `[ RUN ]`, the app's own `[ info ]` lines (Burmese) and
// `[ sql ]` lines. The customers' shop is a single-page app without a server session; only the office's admin pages use
// the `setshin` session cookie.
// From memory (a search found ThinkPHP 5/6 logging articles, not a log): the entry layout, the runtime line and the
// `[ SQL ] … [ RunTime:…s ]` lines.

function thinkphpLog(rng) {
  const HOST = `shop.${SL}`;
  const ex = (label, o) => [`[ info ] [ ${label} ] array (`, ...Object.entries(o).map(([k, v]) => `  '${k}' => '${v}',`), ')'];
  const render = (e, rng) => {
    const r = e.tp;
    const [mod, ctl, act] = r.run;
    const ms = rng.int(8, 90);
    return [
      '---------------------------------------------------------------',
      `[ ${local(e.t, MMT).slice(0, 19)}${zone(MMT)} ] ${e.ip} ${r.m} ${HOST}${r.uri}`,
      `[运行时间：${(ms / 1000 + rng.int(0, 999) / 1e6).toFixed(6)}s] [吞吐率：${(1000 / ms).toFixed(2)}req/s] [内存消耗：${rng.int(1900, 2900).toLocaleString('en-US')}.${pad(rng.int(0, 99))}kb] [文件加载：${rng.int(78, 104)}]`,
      '[ info ] [ LANG ] /var/www/shop/thinkphp/lang/zh-cn.php',
      '[ info ] [ ROUTE ] array (',
      `  'rule' => '${r.rule}',`,
      `  'route' => '${mod}/${ctl}/${act}',`,
      ')',
      ...ex('HEADER', r.h),
      ...ex('PARAM', r.p ?? {}),
      `[ info ] [ RUN ] app\\${mod}\\controller\\${ctl}->${act}[ /var/www/shop/application/${mod}/controller/${ctl}.php ]`,
      ...(r.info ?? []).map((m) => `[ info ] ${m}`),
      ...(r.sql ?? []).map((s) => `[ sql ] [ SQL ] ${s} [ RunTime:0.00${digits(rng, 4)}s ]`),
    ];
  };
  const browser = (rng, extra = {}) => ({
    host: HOST,
    'user-agent': rng.pick(BROWSERS),
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'my-MM,my;q=0.9,en;q=0.7',
    ...extra,
  });
  const APP = 'ShweLahpet/3.2.0 (Android 14; SM-A155F)';
  const filler = (rng) =>
    rng.pick([
      () => {
        const id = rng.int(11, 48);
        return {
          tp: {
            m: 'GET',
            uri: `/index.php/product/${id}`,
            rule: 'product/:id',
            run: ['index', 'Product', 'read'],
            h: browser(rng),
            p: { id: String(id) },
            sql: [`SELECT * FROM \`sl_product\` WHERE  \`id\` = ${id} LIMIT 1`],
          },
        };
      },
      () => ({
        tp: {
          m: 'GET',
          uri: '/index.php/ping',
          rule: 'ping',
          run: ['index', 'Index', 'ping'],
          h: { host: HOST, 'user-agent': 'Uptime-Kuma/1.23.16', accept: '*/*' },
        },
      }),
      () => {
        const n = rng.int(10200, 10400);
        const qty = rng.int(1, 6);
        return {
          tp: {
            m: 'POST',
            uri: '/index.php/api/awda',
            rule: 'api/awda',
            run: ['api', 'Awda', 'save'],
            h: {
              host: HOST,
              'user-agent': APP,
              'content-type': 'application/json; charset=utf-8',
              'content-length': String(rng.int(120, 400)),
            },
            p: { product: rng.pick(PRODUCTS), qty: String(qty), myonel: rng.pick(['ချမ်းအေးသာစံ', 'မဟာအောင်မြေ', 'ရန်ကုန်', 'တောင်ကြီး']) },
            info: [`အော်ဒါ #${mm(n)} လက်ခံပြီးပါပြီ`],
            sql: [
              `INSERT INTO \`sl_awda\` (\`product_id\` , \`qty\` , \`create_time\`) VALUES (${rng.int(11, 48)} , ${qty} , ${Math.floor(DAY_MM / 1000) + rng.int(30000, 40000)})`,
            ],
          },
        };
      },
    ])();
  const steps = [
    1,
    plant(
      'negative',
      'thinkphp-upload-md5-file-name',
      'none',
      "A product photo named as ThinkPHP's upload names files by default, the date and the MD5 of the file (`/uploads/20271122/<md5>.jpg`): a content hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return {
          value: h,
          event: {
            tp: {
              m: 'GET',
              uri: '/index.php/product/12',
              rule: 'product/:id',
              run: ['index', 'Product', 'read'],
              h: browser(rng),
              p: { id: '12' },
              info: [`ပုံ: /uploads/20271122/${h}.jpg (${mm(1080)}×${mm(1080)})`],
              sql: ['SELECT * FROM `sl_product` WHERE  `id` = 12 LIMIT 1'],
            },
          },
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'thinkphp-param-app-login-sakarhwet',
      'error',
      "The staff app signs in with a JSON body; ThinkPHP's debug log writes every request's parameters as var_export, the password under the app's Burmese name `sakarhwet` (စကားဝှက်, \"password\") included.",
      ({ rng }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            tp: {
              m: 'POST',
              uri: '/index.php/api/win',
              rule: 'api/win',
              run: ['api', 'Win', 'login'],
              h: { host: HOST, 'user-agent': APP, 'content-type': 'application/json; charset=utf-8', 'content-length': '64' },
              p: { phone: `09${digits(rng, 9)}`, sakarhwet: pw },
              info: ['ဝန်ထမ်း ဝင်ရောက်ပြီး'],
            },
          },
        };
      },
    ),
    1,
    plant(
      'oauth-code',
      'thinkphp-facebook-callback-code-and-param',
      'warning',
      `${WHY.code} Facebook Login returns to the shop's callback (\`/win/facebook/callback?code=…&state=…\`, win from ဝင်, "enter"); the request's first line writes the query, and the \`[ PARAM ]\` dump of the same request writes the code again.`,
      ({ rng }) => {
        const code = `AQ${rng.b64url(318)}`;
        const state = rng.hex(32);
        return {
          value: code,
          event: {
            tp: {
              m: 'GET',
              uri: `/index.php/win/facebook/callback?code=${code}&state=${state}`,
              rule: 'win/facebook/callback',
              run: ['index', 'Win', 'facebook'],
              h: browser(rng, { referer: 'https://www.facebook.com/' }),
              p: { code, state },
            },
          },
        };
      },
    ),
    1,
    plant(
      'embed-jwt',
      'thinkphp-header-referer-embed-kan-120s',
      'warning',
      "The fermentation dashboard embedded on the cooperative's blog (`/embed/<JWT>`, vat temperatures) fetches its chart data, and the `[ HEADER ]` dump writes the request's `referer`, the embed page with its token, on a request stamped +06:30",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(2, 15),
          claims: { iss: `https://shop.${SL}`, resource: { dashboard: 'kan' }, params: { kan: [1, 2, 3] } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            tp: {
              m: 'GET',
              uri: '/index.php/api/kan/chart?kan=3&yet=7',
              rule: 'api/kan/chart',
              run: ['api', 'Kan', 'chart'],
              h: browser(rng, {
                accept: 'application/json',
                'x-requested-with': 'XMLHttpRequest',
                referer: `https://shop.${SL}/embed/${token}`,
              }),
              p: { kan: '3', yet: '7' },
            },
          },
        };
      },
    ),
    1,
    plant(
      'session-id',
      'thinkphp-header-cookie-setshin',
      'error',
      WHY.session(
        'The office\'s admin session cookie (`setshin`, ဆက်ရှင်, "session", a PHP session id of 26 characters) in the `cookie` entry of a request\'s `[ HEADER ]` dump',
      ),
      ({ rng }) => {
        const s = lowerNum(rng, 26);
        return {
          value: s,
          event: {
            tp: {
              m: 'GET',
              uri: '/index.php/admin/awda?status=new',
              rule: 'admin/awda',
              run: ['admin', 'Awda', 'index'],
              h: browser(rng, { cookie: `setshin=${s}; think_var=my-mm` }),
              p: { status: 'new' },
              sql: ["SELECT * FROM `sl_awda` WHERE  `status` = 'new' ORDER BY `id` DESC LIMIT 0,20"],
            },
          },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'thinkphp-sql-update-courier-refresh-token',
      'error',
      `${WHY.refresh} The courier integration's cron request renews its tokens and stores them; ThinkPHP's \`[ sql ]\` line writes the UPDATE with both values.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ip: '127.0.0.1',
            tp: {
              m: 'GET',
              uri: '/index.php/cron/poh_saung/token',
              rule: 'cron/poh_saung/token',
              run: ['cron', 'PohSaung', 'token'],
              h: { host: HOST, 'user-agent': 'curl/7.81.0', accept: '*/*' },
              info: ['ပို့ဆောင်ရေး token အသစ် ရယူပြီးပါပြီ'],
              sql: [
                `UPDATE \`sl_poh_saung_token\`  SET \`access_token\` = '${rng.b64url(40)}' , \`refresh_token\` = '${rt}' , \`update_time\` = ${Math.floor(DAY_MM / 1000) + rng.int(40000, 50000)}  WHERE  \`id\` = 1`,
              ],
            },
          },
        };
      },
    ),
    1,
    plant(
      'replay',
      'thinkphp-param-festival-lethmat-first',
      'note',
      WHY.ticketFirst(
        'A single-use entry ticket to the tea-tasting festival (`lethmat`, လက်မှတ်, "ticket"), posted by the gate scanner app and written in `[ PARAM ]`; the app logs its acceptance. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.lethmat = t;
        return {
          value: tk,
          event: {
            ip: '203.0.113.61',
            tp: {
              m: 'POST',
              uri: '/index.php/api/pwe/lethmat',
              rule: 'api/pwe/lethmat',
              run: ['api', 'Pwe', 'check'],
              h: {
                host: HOST,
                'user-agent': 'LahpetPwe/1.4 (Android 13)',
                'content-type': 'application/x-www-form-urlencoded',
                'x-gate': 'taung-1',
              },
              p: { lethmat: tk, gate: 'taung-1' },
              info: ['လက်ဖက်မြည်းပွဲ လက်မှတ် စစ်ဆေးပြီး — ဝင်ခွင့်ပြု (ဂိတ် ၁)'],
            },
          },
        };
      },
      { ref: 'lethmat' },
    ),
    1,
    plant(
      'replay',
      'thinkphp-param-festival-lethmat-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('lethmat').value,
            why: `${WHY.replay('lethmat', gap('lethmat', t))} The north gate's scanner, another device on another address, posted the same ticket and the shop let it in again.`,
          },
        ],
        event: {
          ip: '198.51.100.140',
          tp: {
            m: 'POST',
            uri: '/index.php/api/pwe/lethmat',
            rule: 'api/pwe/lethmat',
            run: ['api', 'Pwe', 'check'],
            h: {
              host: HOST,
              'user-agent': 'LahpetPwe/1.4 (Android 12)',
              'content-type': 'application/x-www-form-urlencoded',
              'x-gate': 'myauk-2',
            },
            p: { lethmat: refs.get('lethmat').value, gate: 'myauk-2' },
            info: ['လက်ဖက်မြည်းပွဲ လက်မှတ် စစ်ဆေးပြီး — ဝင်ခွင့်ပြု (ဂိတ် ၂)'],
          },
        },
      }),
      { replayOf: 'lethmat', after: 164 },
    ),
    1,
    plant(
      'negative',
      'thinkphp-param-kbzpay-notify-sign',
      'none',
      "KBZPay's payment notification, posted server to server: its `sign` is a SHA-256 over the notification's fields and the merchant key, valid for this one message; no credential.",
      ({ rng }) => {
        const sign = rng.hex(64).toUpperCase();
        return {
          value: sign,
          event: {
            ip: '203.0.113.201',
            tp: {
              m: 'POST',
              uri: '/index.php/api/pay/kbzpay/notify',
              rule: 'api/pay/kbzpay/notify',
              run: ['api', 'Pay', 'notify'],
              h: { host: HOST, 'user-agent': 'Apache-HttpClient/4.5.14 (Java/17.0.9)', 'content-type': 'application/json' },
              p: {
                merch_order_id: `SL${digits(rng, 10)}`,
                trade_status: 'PAY_SUCCESS',
                total_amount: '18500',
                trans_currency: 'MMK',
                sign_type: 'SHA256',
                sign,
              },
              info: ['ငွေပေးချေမှု အောင်မြင်ပါသည် (KBZPay)'],
            },
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_MM + 3 * HOUR, site: { host: 'shop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// teraterm-kan-monitor.log: the fermentation cellar's vat monitor, an ESP8266 (Arduino core 3.1, built with Debug port
// Serial and Debug level HTTP_CLIENT) on the office PC's USB port, logged by Tera Term with timestamps:
// `[<Day Mon DD HH:MM:SS.mmm YYYY>] <line>` in the PC's local time (Myanmar, no zone). The ROM's boot lines, the SDK's
// Wi-Fi lines, the sketch's own lines (Burmese) and ESP8266HTTPClient's debug lines (`[HTTP-Client][begin] url: …`,
// `[begin] host: … url: …`, `sending request header` with the request between `-----` rules).
// From memory: Tera Term's timestamp format, the boot and Wi-Fi lines and the HTTP client's debug strings (a search
// found ESP8266HTTPClient.cpp in esp8266/Arduino, but its debug strings were not read).

function espLog(rng) {
  const ts = (ms) => {
    const d = new Date(ms + MMT * MIN);
    return `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${iso(d.getTime()).slice(11, 23)} ${d.getUTCFullYear()}]`;
  };
  const render = (e) => e.es.map((l, i) => `${ts(e.t + i * 4)} ${l}`);
  const http = (rng, { method, url, host, port, path, headers, status }) => [
    `[HTTP-Client][begin] url: ${url}`,
    `[HTTP-Client][begin] host: ${host} port: ${port} url: ${path}`,
    `[HTTP-Client][sendRequest] type: '${method}' redirCount: 0`,
    `[HTTP-Client] connected to ${host}:${port}`,
    '[HTTP-Client] sending request header',
    '-----',
    `${method} ${path} HTTP/1.1`,
    `Host: ${host}${port === 80 || port === 443 ? '' : `:${port}`}`,
    'User-Agent: ESP8266HTTPClient',
    'Connection: keep-alive',
    'Accept-Encoding: identity;q=1,chunked;q=0.1,*;q=0',
    ...headers,
    '',
    '-----',
    `[HTTP-Client][handleHeaderResponse] RX: 'HTTP/1.1 ${status}'`,
    `[HTTP-Client][handleHeaderResponse] code: ${status.slice(0, 3)}`,
    '[HTTP-Client][end] tcp keep open for reuse',
  ];
  const reading = (rng, kan) => {
    const c = rng.int(270, 329) / 10;
    return `ကန် ${mm(kan)}: အပူချိန် ${mm(c.toFixed(1))}°C, စိုထိုင်းဆ ${mm(rng.int(78, 93))}%`;
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ es: [reading(rng, 1), reading(rng, 2), reading(rng, 3)] }),
      () => ({ es: [reading(rng, rng.int(1, 3))] }),
      () => ({ es: [`NTP: ${mm(2027)}-${mm(11)}-${mm(22)} အချိန် ညှိပြီး`] }),
      () => ({ es: [`heap: ${rng.int(18000, 26000)} bytes`] }),
    ])();
  const steps = [
    {
      raw: {
        es: [
          '',
          ' ets Jan  8 2013,rst cause:2, boot mode:(3,6)',
          '',
          'load 0x4010f000, len 3424, room 16 ',
          'tail 0',
          'chksum 0x2e',
          'load 0x3fff20b8, len 40, room 8 ',
          'tail 0',
          'chksum 0x2b',
          'csum 0x2b',
          'v000437b0',
          '~ld',
          'SDK:2.2.2-dev(38a443e)/Core:3.1.2=30102000/lwIP:STABLE-2_1_3_RELEASE/glue:1.2-65-g06164fb/BearSSL:b024386',
          'fpm close 1 ',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'esp8266-sdk-station-mac',
      'none',
      "The SDK's `mode : sta(<MAC>)` line when Wi-Fi starts: the board's hardware address, an identifier, no credential.",
      ({ rng }) => {
        const mac = `bc:dd:c2:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`;
        return {
          value: mac,
          event: {
            es: [
              `mode : sta(${mac})`,
              'add if0',
              'wifi evt: 2',
              'scandone',
              'state: 0 -> 2 (b0)',
              'state: 2 -> 3 (0)',
              'state: 3 -> 5 (10)',
              'add 0',
              'aid 2',
              'cnt ',
              '',
              'connected with Lahpet-Cellar, channel 6',
              'dhcp client start...',
              'wifi evt: 0',
              'ip:192.168.10.42,mask:255.255.255.0,gw:192.168.10.1',
              'wifi evt: 3',
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'esp8266-sketch-md5',
      'none',
      'The sketch prints its own MD5 at start (`ESP.getSketchMD5()`), which the OTA server compares: a checksum of the firmware, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { es: ['ကန်စောင့် v1.3.2 စတင်ပြီ', `Sketch MD5: ${h}`] } };
      },
      { after: 1 },
    ),
    plant(
      'encoded',
      'esp8266-config-base64-json',
      'error',
      'The sketch prints the configuration it read from flash as base64, a JSON object holding the cellar\'s Wi-Fi passphrase and the OTA password (`ota_sakarhwet`, စကားဝှက်, "password").',
      ({ rng }) => {
        const b = b64Of(
          JSON.stringify({
            wifi: { ssid: 'Lahpet-Cellar', pass: rng.alnum(16) },
            ota_sakarhwet: rng.alnum(14),
            kan: [1, 2, 3],
            post_min: 60,
          }),
        );
        return { value: b, event: { es: ['ဖွဲ့စည်းပုံ ဖတ်ပြီး', `Config (base64): ${b}`] } };
      },
      { after: 0.05 },
    ),
    4,
    plant(
      'header-dump',
      'esp8266-http-client-authorization-basic-influxdb',
      'error',
      "The hourly write of the readings to the office InfluxDB goes with HTTP Basic, and ESP8266HTTPClient's debug output prints the request header it sends, `Authorization: Basic <base64>` included.",
      ({ rng }) => {
        const b = b64Of(`kan-monitor:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            es: [
              'ဆာဗာသို့ ဒေတာ ပို့နေသည်...',
              ...http(rng, {
                method: 'POST',
                url: 'http://192.168.10.5:8086/write?db=lahpet&precision=s',
                host: '192.168.10.5',
                port: 8086,
                path: '/write?db=lahpet&precision=s',
                headers: [`Authorization: Basic ${b}`, 'Content-Type: text/plain', `Content-Length: ${rng.int(150, 190)}`],
                status: '204 No Content',
              }),
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'esp8266-http-client-header-x-api-thaw',
      'error',
      `${WHY.apiKey('X-Api-Thaw')} ("API key", from သော့, "key") The readings also go to the cooperative's own API, which takes its key in a header of the app's naming; the HTTP client's debug output prints the header block.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            es: http(rng, {
              method: 'POST',
              url: `http://iot.${SL}/api/v1/kan/3/reading`,
              host: `iot.${SL}`,
              port: 80,
              path: '/api/v1/kan/3/reading',
              headers: [`X-Api-Thaw: ${key}`, 'Content-Type: application/json', `Content-Length: ${rng.int(40, 60)}`],
              status: '201 Created',
            }),
          },
        };
      },
    ),
    4,
    plant(
      'webhook',
      'esp8266-http-client-telegram-bot-token',
      'error',
      WHY.webhook(
        "A Telegram bot token in the Bot API's path (`api.telegram.org/bot<token>/sendMessage`), with which the monitor alerts the cellar's group when a vat runs hot; ESP8266HTTPClient writes the URL in `[begin] url:`, again in `[begin] host: … url:` and once more in the request line of the header it sends",
      ),
      ({ rng }) => {
        const tok = `${rng.int(6, 8)}${digits(rng, 9)}:AA${rng.b64url(33)}`;
        const path = `/bot${tok}/sendMessage?chat_id=-100${digits(rng, 10)}&text=${encodeURIComponent('သတိ: ကန် ၃ အပူချိန် ၃၃.၁°C')}`;
        return {
          value: tok,
          event: {
            es: [
              'သတိ: ကန် ၃ အပူချိန် မြင့်နေသည် — Telegram သို့ ပို့နေသည်',
              ...http(rng, {
                method: 'GET',
                url: `https://api.telegram.org${path}`,
                host: 'api.telegram.org',
                port: 443,
                path,
                headers: [],
                status: '200 OK',
              }),
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_MM + 2 * HOUR, site: { host: 'kan' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// trello-poh-saung-actions.jsonl: the delivery board (ပို့ဆောင်ရေး, "delivery") of the cooperative's office on Trello,
// its actions read from the REST API (`GET /1/boards/{id}/actions?filter=all&limit=1000`) and written oldest first, one
// action a line (`jq -c 'reverse[]'`): `id`, `idMemberCreator`, `data` (the card, list and board, a comment's `text`,
// an attachment, a description's old and new value), `appCreator`, `type`, `date` (UTC, milliseconds), `memberCreator`.
// Ids are Trello's (MongoDB object ids, their first eight hex digits the creation time). Comments and names in Burmese.
// From memory (not fetched).

function trelloLog(rng) {
  const oid = (t) => `${Math.floor(t / 1000).toString(16)}${rng.hex(16)}`;
  const BOARD = { id: oid(DAY_MM - 200 * 86400000), name: 'ပို့ဆောင်ရေး ၂၀၂၇', shortLink: rng.alnum(8) };
  const LISTS = ['မှာယူပြီး', 'ထုပ်ပိုးနေသည်', 'ပို့ဆောင်နေသည်', 'ရောက်ရှိပြီး'].map((name) => ({ id: oid(DAY_MM - 199 * 86400000), name }));
  const member = (fullName, username, initials) => ({ id: oid(DAY_MM - 400 * 86400000), fullName, username, initials });
  const STAFF = [
    member('Zaw Min Htet', 'zawminhtet_sl', 'ZMH'),
    member('Thandar Win', 'thandarwin_sl', 'TW'),
    member('Aung Kyaw Oo', 'aungkyawoo_sl', 'AKO'),
  ];
  const CITIES = ['ရန်ကုန်', 'နေပြည်တော်', 'တောင်ကြီး', 'မော်လမြိုင်', 'ပုဂံ'];
  const CUSTOMERS = ['ဒေါ်ခင်မြင့်', 'ကိုသန့်ဇင်', 'မဆုမြတ်', 'ဦးတင်မောင်', 'ဒေါ်နီလာ'];
  const cards = [];
  const newCard = (rng, t) => {
    const c = {
      id: oid(t),
      name: `${rng.pick(CITIES)} — ${rng.pick(CUSTOMERS)} — လက်ဖက် ${mm(rng.int(2, 20))} ထုပ်`,
      idShort: 300 + cards.length,
      shortLink: rng.alnum(8),
    };
    cards.push(c);
    return c;
  };
  const who = (m, avatarHash = null) => ({
    id: m.id,
    activityBlocked: false,
    avatarHash,
    avatarUrl: avatarHash ? `https://trello-members.s3.amazonaws.com/${m.id}/${avatarHash}` : null,
    fullName: m.fullName,
    idMemberReferrer: null,
    initials: m.initials,
    nonPublic: {},
    nonPublicAvailable: true,
    username: m.username,
  });
  const action = (t, m, type, data, avatarHash = null) => ({
    id: oid(t),
    idMemberCreator: m.id,
    data: { ...data, board: BOARD },
    appCreator: null,
    type,
    date: iso(t),
    memberCreator: who(m, avatarHash),
  });
  const render = (e) => [JSON.stringify(action(e.t, e.tr.m, e.tr.type, e.tr.data, e.tr.avatar))];
  const cardRef = (c) => ({ id: c.id, name: c.name, idShort: c.idShort, shortLink: c.shortLink });
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const c = newCard(rng, t);
        return { tr: { m: rng.pick(STAFF), type: 'createCard', data: { card: cardRef(c), list: LISTS[0] } } };
      },
      () => {
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        const i = rng.int(0, 2);
        return {
          tr: {
            m: rng.pick(STAFF),
            type: 'updateCard',
            data: {
              card: { ...cardRef(c), idList: LISTS[i + 1].id },
              old: { idList: LISTS[i].id },
              listBefore: LISTS[i],
              listAfter: LISTS[i + 1],
            },
          },
        };
      },
      () => {
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          tr: {
            m: rng.pick(STAFF),
            type: 'commentCard',
            data: {
              text: rng.pick(['ထုပ်ပိုးပြီးပါပြီ', 'မနက်ဖြန် ပို့ပါမယ်', 'ဖောက်သည်ကို ဖုန်းဆက်ပြီး', 'ငွေလွှဲ ရပြီ (KBZPay)']),
              textData: { emoji: {} },
              card: cardRef(c),
              list: rng.pick(LISTS),
            },
          },
        };
      },
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'trello-create-card-short-link',
      'none',
      "A new card's `shortLink` (eight letters and digits, the card's address on trello.com/c/…): an identifier, and the board is private; no credential.",
      ({ rng, t }) => {
        const c = { id: oid(t), name: `မန္တလေး — ${rng.pick(CUSTOMERS)} — ပဲကြော် ${mm(4)} ထုပ်`, idShort: 290, shortLink: rng.alnum(8) };
        return { value: c.shortLink, event: { tr: { m: STAFF[0], type: 'createCard', data: { card: cardRef(c), list: LISTS[0] } } } };
      },
    ),
    3,
    plant(
      'path-secret',
      'trello-comment-hmyawe-share-link',
      'error',
      WHY.pathSecret(
        'A share link of the office\'s file server (`/hmyawe/<token>`, from မျှဝေ, "share"), posted in a card comment with the new wholesale price list',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(30);
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          value: tok,
          event: {
            tr: {
              m: STAFF[1],
              type: 'commentCard',
              data: {
                text: `လက်ကား ဈေးနှုန်းစာရင်း အသစ် ဒီမှာပါ: https://files.${SL}/hmyawe/${tok}`,
                textData: { emoji: {} },
                card: cardRef(c),
                list: LISTS[1],
              },
            },
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'trello-comment-pasted-signin-url-id-token-expired',
      'note',
      'A staff member pastes the courier portal\'s sign-in address that would not open into a comment ("ဒီလင့်ခ် ဖွင့်လို့မရဘူး", "this link won\'t open"); its `id_token` had expired two hours before the comment\'s UTC time',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 2 * 3600 + rng.int(60, 900),
          alg: 'RS256',
          kid: rng.hex(16),
          claims: { iss: 'https://id.couriermm.example', aud: 'merchant-portal', sub: rng.uuid(), nonce: rng.hex(16) },
        });
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          value: token,
          jwt: facts,
          event: {
            tr: {
              m: STAFF[2],
              type: 'commentCard',
              data: {
                text: `ဒီလင့်ခ် ဖွင့်လို့မရဘူး၊ ကြည့်ပေးပါဦး: https://merchant.couriermm.example/signin-oidc?id_token=${token}&state=${rng.b64url(22)}`,
                textData: { emoji: {} },
                card: cardRef(c),
                list: LISTS[2],
              },
            },
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'trello-link-attachment-access-token-fragment',
      'error',
      "A link attached to a card (`addAttachmentToCard`, the link's URL as the attachment's `name` and `url`): the courier's tracking page as the browser showed it after sign-in, `#access_token=…` included.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        const url = `https://track.couriermm.example/shipments/${digits(rng, 10)}#access_token=${at}&token_type=Bearer&expires_in=3600`;
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          value: at,
          event: {
            tr: {
              m: STAFF[0],
              type: 'addAttachmentToCard',
              data: { card: cardRef(c), list: LISTS[2], attachment: { id: oid(t), name: url, url, previewUrl: null, previewUrl2x: null } },
            },
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'trello-card-description-embed-30d-jti',
      'error',
      "A card's new description (`updateCard` with `old.desc`) holds the link of the stock dashboard embed (`/embed/<JWT>`) the office shares with the Yangon shop, valid thirty days, on an action dated in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(3600, 86400),
          jti: true,
          claims: { iss: `https://dash.${SL}`, resource: { dashboard: 4 }, params: { hsaing: 'yangon' } },
        });
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          value: token,
          jwt: facts,
          event: {
            tr: {
              m: STAFF[1],
              type: 'updateCard',
              data: {
                card: { ...cardRef(c), desc: `ရန်ကုန်ဆိုင် လက်ကျန်: https://dash.${SL}/embed/${token}` },
                old: { desc: '' },
                list: LISTS[1],
              },
            },
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'trello-comment-tracking-api-url-api-thaw',
      'error',
      `${WHY.apiKey('api_thaw')} ("API key", from သော့, "key") A comment gives the shop's tracking API address for the courier's developer, with the cooperative's key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          value: key,
          event: {
            tr: {
              m: STAFF[2],
              type: 'commentCard',
              data: {
                text: `ခြေရာခံ API: https://api.${SL}/v1/poh-saung/track?awb=MM${digits(rng, 9)}&api_thaw=${key}`,
                textData: { emoji: {} },
                card: cardRef(c),
                list: LISTS[2],
              },
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'trello-member-avatar-hash',
      'none',
      'The courier\'s driver, a guest on the board, comments once ("ရောက်ပါပြီ", "delivered"); his member record carries his avatar\'s `avatarHash` (32 hex digits, also in the avatar\'s URL): a file\'s hash, no credential.',
      ({ rng, t }) => {
        const h = rng.hex(32);
        const c = cards.length ? rng.pick(cards) : newCard(rng, t);
        return {
          value: h,
          event: {
            tr: {
              m: member('Htet Aung (CourierMM)', 'htetaung_couriermm', 'HA'),
              avatar: h,
              type: 'commentCard',
              data: { text: 'ရောက်ပါပြီ၊ လက်မှတ်ထိုးပြီးပါပြီ', textData: { emoji: {} }, card: cardRef(c), list: LISTS[3] },
            },
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MM + 1 * HOUR, site: { host: 'trello' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// squidGuard.log: the office's web filter, Squid with SSL bumping and squidGuard 1.6 as its URL rewriter, logging the
// requests it redirects (`log` in the blocked destinations): `<yyyy-mm-dd hh:mm:ss> [<pid>] Request(<source>/<destination
// >/-) <URL> <client>/<fqdn> <ident> <method> REDIRECT`, and its start-up `New setting:`/`init`/`ready for requests`
// lines, in local time without zone. Source groups named by the office (`yone`, ရုံး, "office"; `godaung`, ဂိုဒေါင်,
// "warehouse"); destinations are the blacklist's categories.
// From memory (a search found squidGuard's configuration documentation, which says blocked requests of a destination
// with `log` are logged, not the line's layout).

function squidGuardLog(rng) {
  const PIDS = [2417, 2418, 2419, 2420, 2421];
  const render = (e) => e.sg.map((m) => `${ymdHmsAt(e.t, MMT)} [${e.pid ?? 2417}] ${m}`);
  const req = (rng, src, dest, url, method = 'GET') => ({
    pid: rng.pick(PIDS),
    sg: [`Request(${src}/${dest}/-) ${url} 192.168.${src === 'yone' ? 20 : 30}.${rng.int(11, 60)}/- - ${method} REDIRECT`],
  });
  const filler = (rng) =>
    rng.pick([
      () =>
        req(
          rng,
          'yone',
          'socialnet',
          `https://www.tiktok.com/@${rng.pick(['mandalay.foodie', 'lahpet.lover', 'myanmar.vibes'])}/video/${digits(rng, 19)}`,
        ),
      () => req(rng, 'yone', 'adv', `https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-${digits(rng, 16)}`),
      () =>
        req(
          rng,
          'godaung',
          'games',
          `https://www.${rng.pick(['freegames', 'playzone', 'arcadehub'])}.example/play/${rng.pick(['tetris', 'chess', 'snake'])}`,
        ),
      () => req(rng, 'yone', 'tracker', `https://www.google-analytics.com/g/collect?v=2&tid=G-${upperNum(rng, 10)}&en=page_view`),
    ])();
  const steps = [
    {
      raw: {
        sg: [
          'New setting: logdir: /var/log/squidguard',
          'New setting: dbhome: /var/lib/squidguard/db',
          'init domainlist /var/lib/squidguard/db/adv/domains',
          'loading dbfile /var/lib/squidguard/db/adv/domains.db',
          'init domainlist /var/lib/squidguard/db/socialnet/domains',
          'loading dbfile /var/lib/squidguard/db/socialnet/domains.db',
          `squidGuard 1.6.0 started (${DAY_MM / 1000 + 5400}.118)`,
          `squidGuard ready for requests (${DAY_MM / 1000 + 5400}.342)`,
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'squidguard-ad-click-gclid',
      'none',
      'A blocked ad click with its `gclid`, the click id Google Ads appends: a tracking id, no credential.',
      ({ rng }) => {
        const g = `Cj0KCQiA${rng.b64url(70)}_BwE`;
        return {
          value: g,
          event: req(
            rng,
            'yone',
            'adv',
            `https://www.googleadservices.com/pagead/aclk?sa=L&ai=D${rng.b64url(40)}&gclid=${g}&adurl=https%3A%2F%2Fteashop.example%2F`,
          ),
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'squidguard-blocked-games-google-callback-code',
      'warning',
      `${WHY.code} A game site's Google sign-in returned to its callback through the office proxy, which blocked the games category: the redirect line holds Google's code (\`4/0A…\`) and the state, never redeemed since the page did not load.`,
      ({ rng }) => {
        const code = `4/0A${rng.b64url(70)}`;
        return {
          value: code,
          event: req(
            rng,
            'godaung',
            'games',
            `https://play.arcadehub.example/auth/google/callback?state=${rng.b64url(22)}&code=${code}&scope=email%20profile%20openid&authuser=0&prompt=none`,
          ),
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'squidguard-blocked-filehosting-download-link',
      'error',
      WHY.pathSecret(
        'A file-hosting download link (`/download/<token>/…xlsx`) someone in the office opened; squidGuard blocked the file-hosting category and logged the whole URL',
      ),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: req(rng, 'yone', 'filehosting', `https://send.filedrop.example/download/${tok}/lahpet-wholesale-2028.xlsx`),
        };
      },
    ),
    3,
    plant(
      'session-id',
      'squidguard-blocked-webmail-sid',
      'error',
      WHY.session(
        "A web mail's inbox address carries its session in the query (`sid=<32 hex>`), and the warehouse PC's request to it is blocked and logged",
      ),
      ({ rng }) => {
        const sid = rng.hex(32);
        return {
          value: sid,
          event: req(rng, 'godaung', 'webmail', `http://mail.freewebmail.example/cgi-bin/mailbox?sid=${sid}&folder=INBOX&page=1`),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'squidguard-blocked-fx-rates-access-key',
      'error',
      `${WHY.apiKey('access_key')} A spreadsheet's exchange-rate lookup calls a currency API with its key in the query, and the proxy blocks the finance category.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: req(rng, 'yone', 'finance', `http://api.fxrates.example/v1/latest?access_key=${key}&base=USD&symbols=MMK,THB,CNY`),
        };
      },
    ),
    3,
    plant(
      'encoded',
      'squidguard-blocked-tracker-hex-url-token',
      'error',
      "An ad network's redirect carries the page it came from as hex in `r=`; decoded, it is the shop's order page with the customer's `token=` in its query. The tracker category is blocked, so the line keeps it.",
      ({ rng }) => {
        const h = Buffer.from(`https://shop.${SL}/awda/view?id=${rng.int(10200, 10400)}&token=${rng.b64url(32)}`).toString('hex');
        return { value: h, event: req(rng, 'yone', 'tracker', `https://t.adnet.example/r?cid=${digits(rng, 8)}&r=${h}`) };
      },
    ),
    3,
    plant(
      'negative',
      'squidguard-blocked-ad-script-cache-buster',
      'none',
      "A blocked ad script's file name with its build hash and a cache buster (`app.<hex>.js?v=<digits>`): no credential.",
      ({ rng }) => {
        const h = rng.hex(12);
        return { value: h, event: req(rng, 'yone', 'adv', `https://cdn.adserve.example/static/js/app.${h}.js?v=${digits(rng, 10)}`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MM + 1 * HOUR + 30 * MIN, site: { host: 'proxy' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// airbrake-notices.jsonl: the shop's single-page app reports its errors to Airbrake with airbrake-js; the notices of a
// day read back from Airbrake's API, one a line: `id`, `groupId`, `createdAt` (UTC), `errors` (type, message,
// backtrace), `context` (notifier, environment, `url` (the page's address), user agent, `history` of locations, XHR
// requests and console lines), `params`, `session`, `environment`. airbrake-js filters `password` and `secret` keys
// (`[Filtered]`); the app adds its own `session`.
// From memory (not fetched): the notice's fields, the history entries and the filter's mark.

function airbrakeLog(rng) {
  const render = (e) => [JSON.stringify(e.ab)];
  const UA = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36';
  const notice = (rng, t, { type, message, url, history = [], params = {}, session = {}, file = 'main' }) => ({
    id: digits(rng, 19),
    groupId: digits(rng, 19),
    createdAt: iso(t),
    errors: [
      {
        type,
        message,
        backtrace: [
          {
            file: `https://shop.${SL}/static/js/${file}.${rng.hex(8)}.js`,
            function: rng.pick(['r.render', 'Object.onClick', 'n.fetchAwda', 'e.next']),
            line: 1,
            column: rng.int(1000, 90000),
          },
        ],
      },
    ],
    context: {
      notifier: {
        name: 'airbrake-js/browser',
        version: '2.1.9',
        url: 'https://github.com/airbrake/airbrake-js/tree/master/packages/browser',
      },
      environment: 'production',
      url,
      userAgent: UA,
      rootDirectory: `https://shop.${SL}`,
      language: 'JavaScript',
      severity: 'error',
      history,
    },
    params,
    session,
    environment: {},
  });
  const at = (t, s) => iso(t - s * 1000);
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        ab: notice(rng, t, {
          type: 'TypeError',
          message: "Cannot read properties of undefined (reading 'awda')",
          url: `https://shop.${SL}/awda/${rng.int(10200, 10400)}`,
          history: [{ type: 'log', severity: 'log', arguments: ['ဈေးခြင်းထဲ ထည့်ပြီး'], date: at(t, 4) }],
        }),
      }),
      () => ({
        ab: notice(rng, t, {
          type: 'ChunkLoadError',
          message: `Loading chunk ${rng.int(100, 900)} failed.`,
          url: `https://shop.${SL}/product/${rng.int(11, 48)}`,
        }),
      }),
      () => ({
        ab: notice(rng, t, {
          type: 'Error',
          message: 'Network Error',
          url: `https://shop.${SL}/`,
          history: [
            {
              type: 'xhr',
              method: 'GET',
              url: `https://api.${SL}/v1/product?page=${rng.int(1, 4)}`,
              statusCode: 0,
              duration: rng.int(8000, 15000),
              date: at(t, 1),
            },
          ],
        }),
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'airbrake-params-password-filtered',
      'none',
      'A failed sign-in\'s form values as airbrake-js sends them, the password replaced by its filter (`"password":"[Filtered]"`): a mask, no credential.',
      ({ rng, t }) => ({
        value: '"password":"[Filtered]"',
        event: {
          ab: notice(rng, t, {
            type: 'Error',
            message: 'Request failed with status code 401',
            url: `https://shop.${SL}/win`,
            params: { phone: `09${digits(rng, 9)}`, password: '[Filtered]', remember: true },
          }),
        },
      }),
    ),
    2,
    plant(
      'implicit-fragment',
      'airbrake-history-location-access-token-fragment',
      'error',
      "airbrake-js keeps the page's navigation history; after a sign-in the app's router moved from `/win` to the address the provider returned to, `#access_token=…` included, and the notice carries it.",
      ({ rng, t }) => {
        const tok = rng.b64url(43);
        return {
          value: tok,
          event: {
            ab: notice(rng, t, {
              type: 'TypeError',
              message: "Cannot read properties of null (reading 'profile')",
              url: `https://shop.${SL}/kyaw-nya`,
              history: [
                { type: 'location', from: '/win', to: `/#access_token=${tok}&token_type=Bearer&expires_in=3600`, date: at(t, 6) },
                { type: 'location', from: '/', to: '/kyaw-nya', date: at(t, 2) },
              ],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'airbrake-history-xhr-url-id-token',
      'error',
      "The app exchanges a Google sign-in for its own session with the ID token in the query (`/v1/win/google?id_token=…`), the call fails, and airbrake-js's XHR history keeps its URL; the token lives ten minutes and was live at the notice's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(10, 60),
          alg: 'RS256',
          kid: rng.hex(40),
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
            ab: notice(rng, t, {
              type: 'Error',
              message: 'Request failed with status code 500',
              url: `https://shop.${SL}/win`,
              history: [
                {
                  type: 'xhr',
                  method: 'POST',
                  url: `https://api.${SL}/v1/win/google?id_token=${token}`,
                  statusCode: 500,
                  duration: rng.int(200, 900),
                  date: at(t, 1),
                },
              ],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'airbrake-context-url-embed-expired',
      'note',
      "The dashboard embed on the cooperative's blog throws when its token is refused, and the notice's `context.url` is the embed page (`/embed/<JWT>`); the token had expired a day before the notice's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 86400 + 3600 + rng.int(60, 3000),
          claims: { iss: `https://shop.${SL}`, resource: { dashboard: 'kan' }, params: { kan: [1, 2, 3] } },
        });
        return {
          value: token,
          jwt: facts,
          event: { ab: notice(rng, t, { type: 'Error', message: 'jwt expired', url: `https://shop.${SL}/embed/${token}`, file: 'embed' }) },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'airbrake-app-session-refresh-token',
      'error',
      `${WHY.refresh} The app fills the notice's \`session\` with what it keeps in local storage; airbrake-js filters \`password\` and \`secret\` only, so \`refreshToken\` goes out as it is.`,
      ({ rng, t }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            ab: notice(rng, t, {
              type: 'Error',
              message: 'Request failed with status code 401',
              url: `https://shop.${SL}/awda`,
              session: { user: `09${digits(rng, 9)}`, refreshToken: rt, lang: 'my' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'airbrake-history-xhr-url-thaw',
      'error',
      `${WHY.apiKey('thaw')} ("key", သော့) The app's price list call puts the shop's key in the query, and the XHR history of a later error keeps the URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ab: notice(rng, t, {
              type: 'SyntaxError',
              message: 'Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON',
              url: `https://shop.${SL}/zay-nhon`,
              history: [
                {
                  type: 'xhr',
                  method: 'GET',
                  url: `https://api.${SL}/v1/zay-nhon?thaw=${key}&lang=my`,
                  statusCode: 502,
                  duration: rng.int(100, 800),
                  date: at(t, 1),
                },
              ],
            }),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'airbrake-error-message-html-amp-shohwet',
      'error',
      'A template error quotes the HTML it failed on, where the payment link\'s `&` is written `&amp;`; after it comes `shohwet` (လျှို့ဝှက်ချက်, "secret"), the order\'s payment secret.',
      ({ rng, t }) => {
        const s = rng.alnum(28);
        return {
          value: s,
          event: {
            ab: notice(rng, t, {
              type: 'Error',
              message: `Template render failed near: <a class="pay" href="https://pay.${SL}/awda/pay?id=${rng.int(10200, 10400)}&amp;shohwet=${s}">ငွေချေရန်</a>`,
              url: `https://shop.${SL}/awda/checkout`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'airbrake-group-id-and-backtrace-build-hash',
      'none',
      "A notice's own ids (`id`, `groupId`, nineteen digits) and the build hash in the bundle's file name: identifiers, no credential.",
      ({ rng, t }) => {
        const n = notice(rng, t, {
          type: 'RangeError',
          message: 'Maximum call stack size exceeded',
          url: `https://shop.${SL}/product/12`,
          file: 'vendor',
        });
        return { value: n.groupId, event: { ab: n } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MM + 4 * HOUR, site: { host: 'airbrake' }, filler, render, steps });
}

// =====================================================================================================================
// Tshumisano ya Vhuendelamashango ya Fundudzi (Tshivenḓa; Thathe Vondo and Thohoyandou, Vhembe: SAST, UTC+2 all year)
// =====================================================================================================================

const FU = 'fundudzi.example';

// ---------------------------------------------------------------------------------------------------------------------
// earthly-bukhu-deploy.log: the booking site's (bukhu, "booking") build and deploy with Earthly 0.8, `earthly --ci
// --push +deploy 2>&1 | tee …`: the `Init 🚀` and `Build 🔧` banners, each line of a target `<target, right-aligned> |
// <text>` (`--> FROM`, `--> RUN …` as written in the Earthfile, then the command's output), `ongoing | …` progress lines,
// the closing `Earthly Build ✅ SUCCESS` rule. No time on the lines. The deploy scripts run under `set -x` and speak
// Tshivenḓa.
// The banners and the `<target> | --> RUN …` layout are from Earthly output quoted in earthly/earthly issues #204 and
// #3991 and earthly/ci-examples PR #3, read through the search tool; the closing rule's wording from memory.

function earthlyLog(rng) {
  const RULE = '————————————————————————————————————————————————————————————————————————————————';
  const render = (e) => e.ea.map((x) => (typeof x === 'string' ? x : `${x[0].padStart(20)} | ${x[1]}`));
  // `ongoing` lines name the target that is running; the plants move it on.
  let current = '+build';
  let since = 0;
  const filler = (rng) => {
    since += rng.int(4, 12);
    return { ea: [['ongoing', `${current} (${since} seconds ago)`]] };
  };
  const now = (target) => {
    current = target;
    since = 0;
  };
  const steps = [
    {
      raw: {
        ea: [
          ' Init 🚀',
          RULE,
          '',
          ['buildkitd', 'Found buildkit daemon as docker container (earthly-buildkitd)'],
          '',
          ' Build 🔧',
          RULE,
          '',
          ['node:22-alpine', '--> Load metadata node:22-alpine linux/amd64'],
          ['+deps', '--> FROM node:22-alpine'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'earthly-image-digest',
      'none',
      'The base image resolved by its content digest (`@sha256:<64 hex>`): a hash of public content, no credential.',
      ({ rng }) => {
        const d = rng.hex(64);
        return { value: d, event: { ea: [['+deps', `[██████████] 100% resolve docker.io/library/node:22-alpine@sha256:${d}`]] } };
      },
      { after: 2 },
    ),
    plant(
      'negative',
      'earthly-npm-config-list-protected',
      'none',
      "`npm config list` prints the project's .npmrc with the registry token replaced by `(protected)`: a mask, no credential.",
      () => ({
        value: `//npm.${FU}/:_authToken = (protected)`,
        event: {
          ea: [
            ['+deps', '--> COPY package.json package-lock.json .npmrc ./'],
            ['+deps', '--> RUN npm config list'],
            ['+deps', '; "project" config from /app/.npmrc'],
            ['+deps', ''],
            ['+deps', `//npm.${FU}/:_authToken = (protected)`],
            ['+deps', `@fundudzi:registry = "https://npm.${FU}/"`],
          ],
        },
      }),
      { after: 1 },
    ),
    {
      raw: {
        ea: [
          ['+deps', '--> RUN npm ci'],
          ['+deps', 'added 512 packages, and audited 513 packages in 14s'],
          ['+build', '--> COPY . .'],
          ['+build', '--> RUN npm run build'],
          ['+build', '> bukhu@2.3.0 build'],
          ['+build', '> vite build'],
          ['+build', '✓ 214 modules transformed.'],
          ['+build', `dist/index.html                  1.21 kB │ gzip:  0.58 kB`],
          ['+build', `dist/assets/index-${rng.b64url(8)}.css   18.40 kB │ gzip:  4.71 kB`],
          ['+build', `dist/assets/index-${rng.b64url(8)}.js   182.36 kB │ gzip: 58.09 kB`],
          ['+build', '✓ built in 6.42s'],
        ],
      },
      after: 16,
    },
    1,
    plant(
      'replay',
      'earthly-xtrace-font-download-thikhithi-once',
      'note',
      WHY.ticketFirst(
        'The fonts of the site come from the cooperative\'s file server with a single-use download ticket (`thikhithi`, "ticket"), fetched once by a script under `set -x`. The ticket is',
      ),
      ({ rng }) => {
        now('+fonts');
        const tk = rng.b64url(24);
        return {
          value: tk,
          event: {
            ea: [
              ['+fonts', '--> RUN ./scripts/fetch-fonts.sh'],
              ['+fonts', 'Ri khou dzhenisa fonto dza saithi...'],
              ['+fonts', `+ curl -fsSL 'https://files.${FU}/dl?thikhithi=${tk}&faela=fonto-2027.zip' -o /tmp/fonto.zip`],
              ['+fonts', '+ unzip -q /tmp/fonto.zip -d public/fonts'],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'earthly-curl-verbose-smoke-test-authorization',
      'error',
      "The smoke test runs `curl -v` with the API token from an Earthly secret; the Earthfile's command line keeps `$API_TOKEN`, but curl's verbose output writes the header it sends, token included.",
      ({ rng }) => {
        now('+smoke');
        const tok = rng.b64url(44);
        return {
          value: tok,
          event: {
            ea: [
              [
                '+smoke',
                `--> RUN --secret API_TOKEN curl -sv -o /dev/null -H "Authorization: Bearer $API_TOKEN" https://api.${FU}/v1/nyendo`,
              ],
              ['+smoke', `* Connected to api.${FU} (203.0.113.90) port 443`],
              ['+smoke', '> GET /v1/nyendo HTTP/2'],
              ['+smoke', `> Host: api.${FU}`],
              ['+smoke', '> User-Agent: curl/8.11.1'],
              ['+smoke', '> Accept: */*'],
              ['+smoke', `> Authorization: Bearer ${tok}`],
              ['+smoke', '>'],
              ['+smoke', '< HTTP/2 200'],
            ],
          },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'earthly-xtrace-cache-purge-khiyi-ya-api',
      'error',
      `${WHY.apiKey('khiyi_ya_api')} ("the API's key") The deploy script purges the site's cache through the API with the key in the query; \`set -x\` traces the curl command.`,
      ({ rng }) => {
        now('+deploy');
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            ea: [
              ['+deploy', '--> RUN --push ./scripts/deploy.sh'],
              ['+deploy', 'Ri khou rumela saithi kha seva...'],
              ['+deploy', `+ rsync -az --delete dist/ deploy@web.${FU}:/srv/bukhu/`],
              ['+deploy', `+ curl -fsS -X POST 'https://api.${FU}/v1/cache/purge?khiyi_ya_api=${key}'`],
              ['+deploy', '{"purged":true,"files":214}'],
            ],
          },
        };
      },
      { after: 20 },
    ),
    plant(
      'webhook',
      'earthly-xtrace-slack-incoming-webhook',
      'error',
      WHY.webhook(
        'A Slack incoming webhook (`hooks.slack.com/services/T…/B…/…`) with which the deploy script tells the team the site is out (`Saithi ya bukhu yo rumelwa`, "the booking site was sent"); `set -x` traces the command',
      ),
      ({ rng }) => {
        const secret = rng.alnum(24);
        const path = `T0${upperNum(rng, 8)}/B0${upperNum(rng, 8)}/${secret}`;
        return {
          value: secret,
          needle: path,
          event: {
            ea: [
              [
                '+deploy',
                `+ curl -fsS -X POST -H 'Content-type: application/json' --data '{"text":"Saithi ya bukhu 2.3.0 yo rumelwa"}' https://hooks.slack.com/services/${path}`,
              ],
              ['+deploy', 'ok'],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'path-secret',
      'earthly-deploy-share-link-kovhekana',
      'error',
      WHY.pathSecret(
        'The deploy script publishes the build\'s archive for the travel agents and prints its share link (`/kovhekana/<token>/…zip`, from u kovhekana, "to share")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(30);
        return {
          value: tok,
          event: { ea: [['+deploy', `Linki ya u kovhekana: https://files.${FU}/kovhekana/${tok}/bukhu-2.3.0.zip`]] },
        };
      },
      { after: 2 },
    ),
    {
      raw: {
        ea: ['', '========================== 🌍 Earthly Build  ✅ SUCCESS =========================='],
      },
      after: 1,
    },
  ];
  return buildLog(rng, { start: DAY_VE + 7 * HOUR, site: { host: 'earthly' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pomba-console.log: the lodge's water pump controller (pomba, "pump"), firmware on an STM32 board with Ethernet built
// on Mongoose 7, its UART console captured with `picocom --logfile`: Mongoose's log prefix `<yyyy-mm-dd hh:mm:ss> <level>
// <file>:<line>:<function>` padded to 49 characters (the time from gmtime(), UTC), then the message; the firmware's own
// messages in Tshivenḓa. The controller serves a small dashboard (sessions in a `tshifhinga` cookie, a WebSocket live
// view opened with a one-time `thikhithi`), posts readings to the cooperative's API, renews a cloud token and checks for
// firmware.
// Mongoose's prefix (`"%s %d %s:%d:%s"` with a gmtime() stamp, padded into a 50-byte buffer) is from its log.c, read
// through the search tool; the firmware's messages are the helper's.

function mongooseLog(rng) {
  const prefix = (t, lvl, where) => {
    const p = `${ymdHmsAt(t, 0)} ${lvl} ${where}`;
    return (p.length > 48 ? p.slice(0, 48) : p).padEnd(49);
  };
  const render = (e) => e.mg.map(([lvl, where, msg]) => `${prefix(e.t, lvl, where)}${msg}`);
  // The tank's level falls while the lodge draws water and rises while the pump runs: it starts below 50 %, stops
  // above 90 %.
  let level = 62;
  let running = false;
  const filler = (rng) => {
    if (rng.int(0, 2) === 0)
      return { mg: [[2, 'net.c:133:fn', `${rng.pick(['192.168.88.17', '192.168.88.17', '192.168.88.24'])} GET /api/madi 200`]] };
    level = Math.max(20, Math.min(99, level + (running ? rng.int(3, 9) : -rng.int(2, 6))));
    if (!running && level < 50) {
      running = true;
      return { mg: [[2, 'pump.c:81:pump_poll', `Pomba yo thoma (maḓi tangini: ${level}%)`]] };
    }
    if (running && level > 90) {
      running = false;
      return { mg: [[2, 'pump.c:86:pump_poll', `Pomba yo ima (maḓi tangini: ${level}%)`]] };
    }
    return { mg: [[2, 'pump.c:77:pump_poll', `Maḓi tangini: ${level}%, pomba ${running ? 'i khou shuma' : 'yo ima'}`]] };
  };
  const steps = [
    {
      raw: {
        mg: [
          [2, 'main.c:48:main', 'Pomba ya maḓi v1.4.0, Mongoose 7.14'],
          [2, 'mongoose.c:4895:onstatechange', 'Link is up'],
          [2, 'mongoose.c:4913:onstatechange', 'READY, IP: 192.168.88.31'],
          [2, 'mongoose.c:4914:onstatechange', '       GW: 192.168.88.1'],
          [2, 'mongoose.c:4915:onstatechange', '    Lease: 86400 sec'],
          [2, 'net.c:210:web_init', 'Dashboard: http://0.0.0.0:80'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'mongoose-websocket-key-nonce',
      'none',
      "A WebSocket handshake's `Sec-WebSocket-Key` (16 random bytes in base64) the firmware writes at debug: a nonce the server only hashes into its reply, no credential.",
      ({ rng }) => {
        const k = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 21)}${rng.pick(['A', 'Q', 'g', 'w'])}==`;
        return { value: k, event: { mg: [[3, 'net.c:151:fn', `WS upgrade from 192.168.88.17, Sec-WebSocket-Key: ${k}`]] } };
      },
    ),
    3,
    plant(
      'session-id',
      'mongoose-login-tshifhinga-session',
      'error',
      WHY.session(
        'The dashboard\'s login writes who came in and the session it gave them (`tshifhinga`, "time, period", the name of its session cookie)',
      ),
      ({ rng }) => {
        const s = rng.hex(32);
        return { value: s, event: { mg: [[2, 'net.c:98:handle_login', `Mushumisi 'muvhulungi' o dzhena, tshifhinga=${s}`]] } };
      },
    ),
    3,
    plant(
      'replay',
      'mongoose-websocket-thikhithi-first',
      'note',
      WHY.ticketFirst(
        'The live view\'s WebSocket opens with a one-time ticket in its query (`/ws?thikhithi=…`, "ticket"), and the firmware logs each request with its address and status (101). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.thikhithi = t;
        return { value: tk, event: { mg: [[2, 'net.c:133:fn', `192.168.88.17 GET /ws?thikhithi=${tk} 101`]] } };
      },
      { ref: 'thikhithi' },
    ),
    1,
    plant(
      'replay',
      'mongoose-websocket-thikhithi-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('thikhithi').value,
            why: `${WHY.replay('thikhithi', gap('thikhithi', t))} A public address opened the live view with the ticket the lodge's tablet had used, and the controller switched protocols again (101).`,
          },
        ],
        event: { mg: [[2, 'net.c:133:fn', `198.51.100.71 GET /ws?thikhithi=${refs.get('thikhithi').value} 101`]] },
      }),
      { replayOf: 'thikhithi', after: 83 },
    ),
    3,
    plant(
      'api-key-name',
      'mongoose-cloud-post-khiyi',
      'error',
      `${WHY.apiKey('khiyi')} ("key") The controller posts its readings to the cooperative's API with the key in the query and logs each post.`,
      ({ rng }) => {
        const key = rng.alnum(28);
        return { value: key, event: { mg: [[2, 'cloud.c:64:cloud_post', `POST http://api.${FU}/v1/pomba/madi?khiyi=${key} -> 200`]] } };
      },
    ),
    3,
    plant(
      'refresh-token',
      'mongoose-debug-token-refresh-body',
      'error',
      `${WHY.refresh} At debug the firmware writes the body of its token renewal (\`grant_type=refresh_token&refresh_token=…\`) before sending it.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: {
            mg: [[3, 'cloud.c:102:cloud_token', `U vusulusa tokeni: grant_type=refresh_token&refresh_token=${rt}&client_id=pomba-01`]],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'mongoose-alarm-ifttt-maker-key',
      'error',
      WHY.webhook(
        'An IFTTT Webhooks key (`maker.ifttt.com/trigger/<event>/with/key/<key>`) with which the controller texts the caretaker when the pump runs dry (`Vhukhakhi`, "error"); the alarm line writes the URL',
      ),
      ({ rng }) => {
        const key = rng.b64url(22);
        return {
          value: key,
          needle: `with/key/${key}`,
          event: {
            mg: [
              [1, 'pump.c:120:pump_alarm', 'Vhukhakhi: pomba a i khou bvisa maḓi!'],
              [2, 'pump.c:124:pump_alarm', `Mulaedza u khou rumelwa: POST https://maker.ifttt.com/trigger/pomba_vhukhakhi/with/key/${key}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'mongoose-ota-check-firmware-path-token',
      'error',
      WHY.pathSecret(
        'The firmware server gives each controller a secret download path (`/fw/<token>/…bin`); the update check writes the URL of the new image (`Firmware ntswa`, "new firmware")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { mg: [[2, 'ota.c:41:ota_check', `Firmware ntswa: https://ota.${FU}/fw/${tok}/pomba-1.4.1.bin`]] } };
      },
    ),
    2,
    plant(
      'negative',
      'mongoose-ota-image-sha256',
      'none',
      'The SHA-256 of the downloaded image, checked before it is installed (`firmware yo dzheniswa`, "firmware installed"): a checksum, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { mg: [[2, 'ota.c:77:ota_done', `SHA-256: ${h}, firmware yo dzheniswa`]] } };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 4 * HOUR, site: { host: 'pomba' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// helpscout-threads.jsonl: the cooperative's bookings mailbox on Help Scout, a day's threads read from the Mailbox API
// (`GET /v2/conversations/{id}/threads`) with the conversation's id added, one a line: `id`, `conversationId`, `type`
// (customer, reply, note), `status`, `state`, `body` (HTML), `source`, `customer`, `createdBy`, `assignedTo`, `to`, `cc`,
// `bcc`, `createdAt` (UTC), `_embedded.attachments`. Customers write in Tshivenḓa or English; the staff's replies and
// notes are in Tshivenḓa.
// From memory (not fetched): the thread's fields.

function helpScoutLog(rng) {
  const STAFF = [
    { id: 611204, first: 'Khathutshelo', last: 'Nemakonde', email: `khathu@${FU}` },
    { id: 611377, first: 'Ndivhuwo', last: 'Tshivhase', email: `ndivhuwo@${FU}` },
  ];
  const PEOPLE = [
    ['Mpho', 'Ramabulana'],
    ['Rudzani', 'Netshitangani'],
    ['Tshilidzi', 'Mudau'],
    ['Lerato', 'Khumalo'],
    ['Anna', 'de Villiers'],
    ['Thabo', 'Nkuna'],
  ];
  let conv = 2814400;
  const known = new Map();
  const person = (rng, [first, last]) => {
    if (!known.has(first))
      known.set(first, {
        id: rng.int(700000000, 799999999),
        first,
        last,
        email: `${first.toLowerCase()}.${last.toLowerCase().replace(/ /g, '')}@example.net`,
      });
    return known.get(first);
  };
  const customerOf = (rng) => person(rng, rng.pick(PEOPLE));
  const thread = (rng, t, { type, body, customer, by, status = 'active' }) => {
    const c = customer ?? customerOf(rng);
    const staff = by ?? null;
    return {
      id: rng.int(4100000000, 4199999999),
      conversationId: conv,
      type,
      status,
      state: 'published',
      action: null,
      body,
      source: { type: type === 'note' ? 'web' : 'email', via: type === 'customer' ? 'customer' : 'user' },
      customer: { id: c.id, first: c.first, last: c.last, email: c.email },
      createdBy: staff
        ? { id: staff.id, type: 'user', first: staff.first, last: staff.last, email: staff.email }
        : { id: c.id, type: 'customer', first: c.first, last: c.last, email: c.email },
      assignedTo: staff ? { id: staff.id, first: staff.first, last: staff.last, email: staff.email } : null,
      savedReplyId: 0,
      to: type === 'reply' ? [c.email] : [],
      cc: [],
      bcc: [],
      createdAt: `${iso(t).slice(0, 19)}Z`,
      openedAt: null,
      _embedded: { attachments: [] },
    };
  };
  const render = (e) => [JSON.stringify(e.hs)];
  const next = () => (conv += rng.int(3, 40));
  const filler = (rng, t) =>
    rng.pick([
      () => {
        next();
        return {
          hs: thread(rng, t, {
            type: 'customer',
            body: `<div>${rng.pick(['Ndaa, ndi nga dzhena dzivhani musi ndi na lwendo?', 'Hi, is the pottery workshop at Mukondeni on Saturdays too?', 'Aa, ri vhathu vha 6, hu na lwendo lwa Thathe Vondo nga Lavhuraru?', 'Good morning, do you have a shuttle from Thohoyandou?'])}</div>`,
          }),
        };
      },
      () => ({
        hs: thread(rng, t, {
          type: 'reply',
          by: rng.pick(STAFF),
          body: `<div>${rng.pick(['Ndaa, ndo livhuwa nga u ri ṅwalela. Nyendo dza Lavhuraru dzi thoma nga 08:00.', 'Aa, ee, ri na lwendo lwa vhathu vha 6. Ri khou ni lindela!', 'Ndo livhuwa, ri ḓo ni fhindula ṋamusi.'])}</div>`,
        }),
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'helpscout-reply-booking-reference',
      'none',
      'A reply confirming a booking by its reference (`FUN-<6 capitals and digits>`): an identifier the customer quotes, no credential.',
      ({ rng, t }) => {
        const ref = `FUN-${upperNum(rng, 6)}`;
        return {
          value: ref,
          event: {
            hs: thread(rng, t, {
              type: 'reply',
              by: STAFF[0],
              body: `<div>Aa, bukhu yaṋu ndi <b>${ref}</b>: lwendo lwa dzivha ḽa Fundudzi, vhathu vha 4, ḽa Mugivhela. Ri khou ni lindela!</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'oauth-code',
      'helpscout-customer-pasted-facebook-callback-code',
      'warning',
      `${WHY.code} A customer whose Facebook sign-in failed pastes the address her browser stopped on, the site's callback with Facebook's \`code\`, \`state\` and the \`#_=_\` Facebook appends.`,
      ({ rng, t }) => {
        const code = `AQ${rng.b64url(296)}`;
        next();
        return {
          value: code,
          event: {
            hs: thread(rng, t, {
              type: 'customer',
              customer: person(rng, ['Tshilidzi', 'Mudau']),
              body: `<div>Aa, ndo lingedza u dzhena nga Facebook fhedzi zwa kundelwa. Ndi yone adiresi ye nda vhona:</div><div>https://${FU}/dzhena/facebook/callback?code=${code}&state=${rng.hex(32)}#_=_</div><div>Ndo livhuwa, Tshilidzi</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'helpscout-customer-pasted-fragment-id-token',
      'error',
      "A customer writes that after signing in he sees an empty page and pastes its address, the site's sign-in return with `#id_token=…` in the fragment; the token was an hour-long one, still live at the thread's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(120, 900),
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://id.${FU}`, aud: 'bukhu-web', sub: rng.uuid(), nonce: rng.b64url(16), name: 'Rudzani Netshitangani' },
        });
        next();
        return {
          value: token,
          jwt: facts,
          event: {
            hs: thread(rng, t, {
              type: 'customer',
              customer: person(rng, ['Rudzani', 'Netshitangani']),
              body: `<div>Ndaa, musi ndo dzhena ndi vhona fhedzi siatari ḽi si na tshithu. Adiresi ndi:</div><div>https://${FU}/dzhena#id_token=${token}&state=${rng.b64url(22)}&session_state=${rng.uuid()}</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'helpscout-customer-outlook-safe-links-tshiphiri',
      'error',
      'A customer writing from Outlook quotes the payment link of her booking; Microsoft\'s Safe Links rewrote it into `safelinks.protection.outlook.com/?url=<percent-encoded>`, and the encoded URL holds the booking\'s `tshiphiri` ("secret").',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        const inner = encodeURIComponent(`https://${FU}/mbadelo?bukhu=${rng.int(4000, 4999)}&tshiphiri=${s}`);
        next();
        return {
          value: s,
          event: {
            hs: thread(rng, t, {
              type: 'customer',
              customer: person(rng, ['Anna', 'de Villiers']),
              body: `<div>Good day, I tried to pay for our booking but the page says the link has expired:</div><div><a href="https://eur02.safelinks.protection.outlook.com/?url=${inner}&amp;data=05%7C02%7C%7C${rng.hex(32)}%7C${rng.hex(32)}%7C0%7C0%7C638${digits(rng, 15)}%7CUnknown&amp;sdata=${encodeURIComponent(rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43))}%3D&amp;reserved=0">Pay now</a></div><div>Kind regards, Anna</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'helpscout-customer-quoted-booking-manage-link',
      'error',
      WHY.pathSecret(
        'A customer quotes the booking confirmation\'s link to see and change her booking (`/bukhu/<token>/vhona`, "see"), which does not open for her',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(28);
        next();
        return {
          value: tok,
          event: {
            hs: thread(rng, t, {
              type: 'customer',
              customer: person(rng, ['Mpho', 'Ramabulana']),
              body: `<div>Aa, linki ya bukhu yanga a i khou vula:</div><div>&gt; Vha nga vhona kana u shandukisa bukhu yavho fhano: https://${FU}/bukhu/${tok}/vhona</div><div>Ndo livhuwa.</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'helpscout-note-embed-calendar-no-exp',
      'error',
      'A staff note gives a colleague the trips calendar embedded for the travel agents (`/embed/nyendo/<JWT>`), signed without `exp`, on a thread stamped in UTC',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(30 * 86400, 120 * 86400),
          claims: { iss: `https://${FU}`, resource: { dashboard: 2 }, params: { ajente: 'makhado-tours' } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            hs: thread(rng, t, {
              type: 'note',
              by: STAFF[1],
              body: `<div>Khalenda ya nyendo ya vha-ajente: https://${FU}/embed/nyendo/${token}</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'helpscout-note-ical-feed-khiyi-ya-khalenda',
      'error',
      `${WHY.apiKey('khiyi_ya_khalenda')} ("the calendar's key") A note hands a travel agent's iCal feed to a colleague, with its key in the query.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            hs: thread(rng, t, {
              type: 'note',
              by: STAFF[0],
              body: `<div>Fidi ya iCal ya ajente wa Makhado: https://api.${FU}/v1/nyendo.ics?ajente=makhado-tours&amp;khiyi_ya_khalenda=${key}</div>`,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'helpscout-customer-masked-card-number',
      'none',
      "A customer quotes the card the deposit was taken from as her bank's statement masks it (`**** **** **** <4 digits>`): a mask, no credential.",
      ({ rng, t }) => {
        const masked = `**** **** **** ${digits(rng, 4)}`;
        next();
        return {
          value: masked,
          event: {
            hs: thread(rng, t, {
              type: 'customer',
              customer: person(rng, ['Lerato', 'Khumalo']),
              body: `<div>Hello, the deposit shows twice on my card ending ${masked}. Could you check? Thanks, Lerato</div>`,
            }),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 6 * HOUR, site: { host: 'helpscout' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// raygun-errors.jsonl: the booking site's errors on Raygun, from its ASP.NET Core API (Raygun4Net.NetCore) and its
// browser front end (raygun4js), read back as the crash reports' raw JSON, one a line: `OccurredOn` (UTC) and `Details`
// (`MachineName`, `Version`, `Error` with class, message and stack, `Environment`, `Request` with `HostName`, `Url`,
// `HttpMethod`, `IPAddress`, `QueryString`, `Form`, `Headers`, `RawData`, `User`, `Tags`, `UserCustomData`, `Client`).
// The API's Raygun settings ignore every cookie (`IgnoreCookieNames = ["*"]`), not the raw `Cookie` header.
// From memory (a search found raygun4js's source and README, not read for the payload's fields): the payload.

function raygunLog(rng) {
  const render = (e) => [JSON.stringify(e.rg)];
  const NET = { Name: 'Raygun4Net.NetCore', Version: '11.1.2', ClientUrl: 'https://github.com/MindscapeHQ/raygun4net' };
  const JS = { Name: 'raygun-js', Version: '3.1.1', ClientUrl: 'https://github.com/MindscapeHQ/raygun4js' };
  const env = {
    ProcessorCount: 2,
    OSVersion: 'Unix 6.8.0.1017',
    Architecture: 'X64',
    Cpu: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
    UtcOffset: SAST / 60,
    Locale: 'en-ZA',
  };
  const api = (rng, t, { cls, msg, method = 'GET', url, query = {}, form = {}, headers = {}, raw = null, custom = {}, user = null }) => ({
    OccurredOn: `${iso(t).slice(0, 19)}Z`,
    Details: {
      MachineName: 'bukhu-web-1',
      Version: '2.3.0.0',
      Error: {
        ClassName: cls,
        Message: msg,
        StackTrace: [
          {
            LineNumber: rng.int(20, 300),
            ClassName: `Fundudzi.Bukhu.Api.${rng.pick(['BookingController', 'PaymentController', 'TokenController', 'TripsController'])}`,
            MethodName: rng.pick(['Create', 'Exchange', 'Handle', 'Get']),
            FileName: '/src/Fundudzi.Bukhu.Api/Controllers.cs',
          },
        ],
      },
      Environment: env,
      Request: {
        HostName: `api.${FU}`,
        Url: url,
        HttpMethod: method,
        IPAddress: publicIp(rng),
        QueryString: query,
        Form: form,
        Headers: { Host: `api.${FU}`, ...headers },
        RawData: raw,
      },
      User: user ?? { Identifier: rng.uuid(), IsAnonymous: true },
      Tags: ['api', 'production'],
      UserCustomData: custom,
      Client: NET,
    },
  });
  const APP = 'Bukhu/2.3.0 (Android 14)';
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        rg: api(rng, t, {
          cls: 'System.Threading.Tasks.TaskCanceledException',
          msg: 'The operation was canceled.',
          url: `/v1/nyendo?duvha=2027-12-${pad(rng.int(7, 31))}`,
          query: { duvha: `2027-12-${pad(rng.int(7, 31))}` },
          headers: { 'User-Agent': APP, Accept: 'application/json' },
        }),
      }),
      () => ({
        rg: api(rng, t, {
          cls: 'Microsoft.AspNetCore.Routing.Matching.AmbiguousMatchException',
          msg: 'The request matched multiple endpoints.',
          url: `/${rng.pick(['wp-login.php', '.env', 'admin/config.php'])}`,
          headers: { 'User-Agent': 'Mozilla/5.0 (compatible; scanner/1.0)' },
        }),
      }),
      () => ({
        rg: api(rng, t, {
          cls: 'Npgsql.NpgsqlException',
          msg: 'Exception while reading from stream',
          url: '/v1/mbiya',
          headers: { 'User-Agent': APP, Accept: 'application/json' },
          custom: { tshumelo: 'mbiya' },
        }),
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'raygun-form-antiforgery-token',
      'none',
      "A booking form's `__RequestVerificationToken` (ASP.NET Core's antiforgery token, a `CfDJ8…` data-protection blob) in the report's `Form`: it only proves the form came from the site, no credential.",
      ({ rng, t }) => {
        const af = `CfDJ8${rng.b64url(150)}`;
        return {
          value: af,
          event: {
            rg: api(rng, t, {
              cls: 'System.ArgumentException',
              msg: "Value 'vhathu' must be between 1 and 12.",
              method: 'POST',
              url: '/bukhu',
              form: { lwendo: 'dzivha-fundudzi', duvha: '2027-12-18', vhathu: '14', __RequestVerificationToken: af },
              headers: {
                'User-Agent': rng.pick(BROWSERS),
                'Content-Type': 'application/x-www-form-urlencoded',
                Cookie: `.AspNetCore.Antiforgery.${rng.b64url(11)}=CfDJ8${rng.b64url(140)}`,
              },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'session-id',
      'raygun-headers-raw-cookie-aspnetcore-session',
      'error',
      WHY.session(
        "The API's Raygun settings drop the parsed cookies, but the request's raw `Cookie` header stays in `Headers`, ASP.NET Core's `.AspNetCore.Session` cookie in it",
      ),
      ({ rng, t }) => {
        const s = `CfDJ8${rng.b64url(120)}`;
        return {
          value: s,
          event: {
            rg: api(rng, t, {
              cls: 'System.InvalidOperationException',
              msg: 'Sequence contains no elements',
              url: '/bukhu/mbadelo',
              headers: { 'User-Agent': rng.pick(BROWSERS), Accept: 'text/html', Cookie: `.AspNetCore.Session=${s}` },
              custom: { lwendo: 'thathe-vondo' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'raygun-form-token-endpoint-refresh-token',
      'error',
      `${WHY.refresh} The mobile app's token renewal fails on the server, and Raygun4Net keeps the request's \`Form\`, \`grant_type=refresh_token\` with the token.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return {
          value: rt,
          event: {
            rg: api(rng, t, {
              cls: 'Npgsql.PostgresException',
              msg: '40001: could not serialize access due to concurrent update',
              method: 'POST',
              url: '/connect/token',
              form: { grant_type: 'refresh_token', refresh_token: rt, client_id: 'bukhu-android' },
              headers: { 'User-Agent': APP, 'Content-Type': 'application/x-www-form-urlencoded' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'id-token',
      'raygun-form-google-id-token',
      'error',
      "The app sends a Google sign-in's ID token to the API in a form, the exchange throws, and the report's `Form` keeps `id_token`, live at the report's `OccurredOn`, in UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          alg: 'RS256',
          kid: rng.hex(40),
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
            rg: api(rng, t, {
              cls: 'Google.Apis.Auth.InvalidJwtException',
              msg: "JWT contains untrusted 'aud' claim.",
              method: 'POST',
              url: '/v1/dzhena/google',
              form: { id_token: token },
              headers: { 'User-Agent': APP, 'Content-Type': 'application/x-www-form-urlencoded' },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'raygun-headers-authorization-bearer-jwt',
      'error',
      "Raygun4Net keeps the request's headers, the mobile app's `Authorization: Bearer <JWT>` among them, a fifteen-minute token with a jti, live at the report's UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          age: rng.int(30, 400),
          jti: true,
          claims: { iss: `https://id.${FU}`, aud: 'bukhu-api', sub: rng.uuid(), scope: 'bukhu nyendo' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            rg: api(rng, t, {
              cls: 'System.NullReferenceException',
              msg: 'Object reference not set to an instance of an object.',
              url: '/v1/bukhu/mine',
              headers: { 'User-Agent': APP, Accept: 'application/json', Authorization: `Bearer ${token}` },
            }),
          },
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'raygun4js-request-url-access-token-fragment',
      'error',
      "A browser error reported by raygun4js, whose request URL is the page's address with its hash: the sign-in return, `#access_token=…`.",
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            rg: {
              OccurredOn: `${iso(t).slice(0, 19)}Z`,
              Details: {
                Error: {
                  ClassName: 'TypeError',
                  Message: "Cannot read properties of undefined (reading 'nyendo')",
                  StackTrace: [
                    {
                      LineNumber: 1,
                      ColumnNumber: rng.int(1000, 60000),
                      ClassName: 'line 1, column',
                      FileName: `https://${FU}/assets/index-${rng.b64url(8)}.js`,
                      MethodName: 'renderTrips',
                    },
                  ],
                },
                Environment: {
                  UtcOffset: 2,
                  'Browser-Width': 412,
                  'Browser-Height': 915,
                  'Screen-Width': 412,
                  'Screen-Height': 915,
                  'Color-Depth': 24,
                  Browser: 'Mozilla',
                  'Browser-Name': 'Netscape',
                  'Browser-Version': '5.0 (Linux; Android 14)',
                  Platform: 'Linux armv81',
                },
                Request: {
                  Url: `https://${FU}/dzhena/callback#access_token=${at}&token_type=Bearer&expires_in=3600&state=${rng.b64url(22)}`,
                  QueryString: {},
                  Headers: {
                    'User-Agent':
                      'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
                    Referer: `https://id.${FU}/`,
                    Host: FU,
                  },
                },
                Version: '2.3.0',
                Tags: ['web'],
                UserCustomData: {},
                Client: JS,
              },
            },
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'raygun-rawdata-escaped-json-tshiphiri',
      'error',
      'A payment provider\'s webhook fails in the API, and `RawData` keeps its JSON body as a string, quotes escaped (`\\"`); inside, the booking\'s return URL carries its `tshiphiri` ("secret").',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        const body = JSON.stringify({
          event: 'charge.success',
          data: {
            reference: `${lowerNum(rng, 12)}`,
            amount: 180000,
            currency: 'ZAR',
            metadata: { bukhu: rng.int(4000, 4999), return_url: `https://${FU}/mbadelo/vhuya?tshiphiri=${s}` },
          },
        });
        return {
          value: s,
          event: {
            rg: api(rng, t, {
              cls: 'System.Text.Json.JsonException',
              msg: 'The JSON value could not be converted to System.String. Path: $.data.metadata.bukhu | LineNumber: 0 | BytePositionInLine: 128.',
              method: 'POST',
              url: '/v1/mbadelo/webhook',
              headers: { 'User-Agent': 'Paystack/1.0', 'Content-Type': 'application/json', 'x-paystack-signature': rng.hex(128) },
              raw: body,
            }),
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'raygun-headers-traceparent',
      'none',
      "A W3C `traceparent` header (`00-<32 hex>-<16 hex>-01`) in a report's headers: a trace id, no credential.",
      ({ rng, t }) => {
        const tid = rng.hex(32);
        return {
          value: tid,
          event: {
            rg: api(rng, t, {
              cls: 'System.TimeoutException',
              msg: 'The operation has timed out.',
              url: '/v1/nyendo/12/ndivhiso',
              headers: { 'User-Agent': 'Bukhu-Worker/2.3.0', traceparent: `00-${tid}-${rng.hex(16)}-01` },
            }),
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_VE + 8 * HOUR, site: { host: 'raygun' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout90');
writePart(join(here, 'heldout90'), {
  'appveyor-cartwall-2.6.41.txt': appveyorLog(rng),
  'letsencrypt.log': certbotLog(rng),
  'putty-encoder-20271108.log': puttyLog(rng),
  '2027-11-08.desktop.production.log': githubDesktopLog(rng),
  'streamlink-recordings.log': streamlinkLog(rng),
  'runtime-log-202711-22.log': thinkphpLog(rng),
  'teraterm-kan-monitor.log': espLog(rng),
  'trello-poh-saung-actions.jsonl': trelloLog(rng),
  'squidGuard.log': squidGuardLog(rng),
  'airbrake-notices.jsonl': airbrakeLog(rng),
  'earthly-bukhu-deploy.log': earthlyLog(rng),
  'pomba-console.log': mongooseLog(rng),
  'helpscout-threads.jsonl': helpScoutLog(rng),
  'raygun-errors.jsonl': raygunLog(rng),
});
