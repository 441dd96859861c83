// Writes corpus/logs-in-the-wild/heldout105/: a hundred-and-fifth held-out part, in formats no other part uses (acme.sh's
// `--debug 2` log, CocoaPods' `pod install --verbose` on CI, Chargebee events read from its API as JSON lines, ClamAV
// freshclam's log, foobar2000's console, a Fyne desktop app's Go log, a Tilda leads export (CSV), a VK Teams bot's Python
// log with its aiohttp access lines, amoCRM lead notes read from its API as JSON lines, a .NET MAUI app's logcat, a
// BookStack `laravel.log`, a Readarr log, Gumroad pings kept as JSON lines, a CoolTerm capture of a SIM7000 modem board),
// with credentials planted where these programs leak them and look-alikes that are no credential, and its labels.json.
// The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout105.mjs     rewrites heldout105/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: Derwent Makers, a community makerspace of Hobart (Tasmania), with its web server, member app,
// membership billing, mail server and workshop music PC (English, five logs); the Хальмг келнә төв ("Kalmyk language
// centre") of Elista, with a dictionary desktop app (толь), a website on Tilda, a VK Teams bot for its school (сурһуль),
// its CRM on amoCRM and a mobile app (Kalmyk in Cyrillic with ә һ җ ң ө ү where the apps show text, romanized without
// diacritics in routes, parameter, cookie and key names, five logs); the Хакас кийіс артели, a felt and honey
// co-operative near Abakan (Khakassia), with a wiki of teaching material on BookStack, a library of Khakas books kept by
// Readarr, a shop on Gumroad and a beehive scale with a SIM7000 modem (Khakas in Cyrillic with і ғ ң ӧ ӱ ӌ in text,
// romanized in names, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, clf, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import {
  B64,
  DAYS,
  digits,
  githubToken,
  HOUR,
  iso,
  local,
  lowerNum,
  MIN,
  MONTHS,
  pad,
  replayClock,
  upperNum,
  ymdHmsAt,
} from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'aiohttp/3.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** Hobart in January (AEDT, UTC+11), Elista (MSK, UTC+3 all year), Abakan (KRAT, UTC+7 all year). */
const AEDT = 660;
const MSK = 180;
const KRAT = 420;
const DAY_EN = Date.UTC(2028, 0, 10, 0, 0, 0);
const DAY_KA = Date.UTC(2028, 0, 24, 0, 0, 0);
const DAY_KH = Date.UTC(2028, 1, 7, 0, 0, 0);

const unix = (t) => Math.floor(t / 1000);
/** A line's lines: a string holding `\n` becomes several lines. */
const lines = (text) => text.split('\n');
/** C's ctime() at `offset` minutes from UTC, without zone: `Mon Jan 10 03:00:01 2028` (day padded with a space). */
const ctime = (t, offset) => {
  const d = new Date(t + offset * MIN);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)} ${d.getUTCFullYear()}`;
};
/** Nextcloud's share tokens: 15 characters of its human-readable alphabet. */
const HUMAN = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ncToken = (rng) => rng.chars(HUMAN, 15);
/** A password as people pick them for services: letters, digits and a few signs. */
const password = (rng) =>
  `${rng.alnum(6)}${rng.pick(['!', '$', '#', '&', '@', '+'])}${rng.alnum(5)}${rng.pick(['%', '/', '=', '?'])}${digits(rng, 3)}`;

// =====================================================================================================================
// Derwent Makers (English; Hobart, Tasmania: AEDT, UTC+11 in January)
// =====================================================================================================================

const DM = 'derwentmakers.org';

// ---------------------------------------------------------------------------------------------------------------------
// acme.sh.log: acme.sh 3.1 on the makerspace's web server, run from cron with `--debug 2` left in the crontab line:
// `[<date(1) output, local time with zone abbreviation>] <message>`, `_debug` lines as `name='value'`. DNS-01 through
// Cloudflare's API (`dns_cf`), the certificate deployed to the Synology NAS (`synology_dsm` deploy hook), a Microsoft
// Teams notification (`notify/teams`).
// From memory (not fetched): the `[date] message` layout, the `name='value'` debug lines, `_post_url`, `_CURL`, `_H1`,
// the hooks' variables.

function acmeLog(rng) {
  const stamp = (t) => {
    const d = new Date(t + AEDT * MIN);
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)} AEDT ${d.getUTCFullYear()}`;
  };
  const render = (e) => e.ac.map((m) => `[${stamp(e.t)}] ${m}`);
  const ZS = 'https://acme.zerossl.com/v2/DV90';
  const filler = (rng) =>
    rng.pick([
      () => ({ ac: ["_CURL='curl --silent --dump-header /root/.acme.sh/http.header  -L  -g '", "_ret='0'"] }),
      () => ({ ac: ['Http already initialized.', `_post_url='${ZS}/authz/${rng.b64url(22)}'`] }),
      () => ({ ac: [`code='200'`, `Le_NextRenewTime='${unix(DAY_EN) + rng.int(5000000, 5200000)}'`] }),
      () => ({ ac: [`_getdeployconf SYNO_Hostname`, `_readdomainconf`] }),
      () => ({ ac: [`Getting webroot for domain='${rng.pick(['www', 'members', 'wiki'])}.${DM}'`, 'Adding txt value: ok'] }),
    ])();
  const zone = rng.hex(32);
  const steps = [
    {
      raw: {
        ac: [
          'Lets find script dir.',
          "_SCRIPT_='/root/.acme.sh/acme.sh'",
          "_script='/root/.acme.sh/acme.sh'",
          'Using config home:/root/.acme.sh',
          'Using server: https://acme.zerossl.com/v2/DV90',
          `Renew: '${DM}'`,
          `Renew to Le_API=${ZS}`,
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'acme-sh-account-thumbprint',
      'none',
      "acme.sh writes the ACME account key's thumbprint (RFC 7638, base64url of a SHA-256 of the public key); it names the key and is published in every HTTP-01 answer: no credential.",
      ({ rng }) => {
        const th = rng.b64url(43);
        return { value: th, event: { ac: [`ACCOUNT_THUMBPRINT='${th}'`] } };
      },
    ),
    plant(
      'header-dump',
      'acme-sh-dns-cf-h1-authorization-bearer',
      'error',
      "The `dns_cf` hook sets its request headers in `_H1`, `_H2`… and `--debug 2` writes them: `_H1='Authorization: Bearer …'` holds the Cloudflare API token with DNS edit rights on the zone, long-lived.",
      ({ rng }) => {
        const tok = rng.b64url(40);
        return {
          value: tok,
          event: {
            ac: [
              `_post_url='https://api.cloudflare.com/client/v4/zones/${zone}/dns_records'`,
              `_H1='Authorization: Bearer ${tok}'`,
              "_H2='Content-Type: application/json'",
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'acme-sh-dns01-txtvalue',
      'none',
      'The DNS-01 TXT value (`txtvalue`, base64url of a SHA-256 over the challenge token and the account thumbprint) is published in public DNS for the validation: no credential.',
      ({ rng }) => {
        const txt = rng.b64url(43);
        return { value: txt, event: { ac: [`txtdomain='_acme-challenge.members.${DM}'`, `txtvalue='${txt}'`] } };
      },
    ),
    4,
    { raw: { ac: ['Cert success.', `Your cert is in: /root/.acme.sh/${DM}_ecc/${DM}.cer`, `Running deploy-hook 'synology_dsm'`] } },
    plant(
      'encoded',
      'acme-sh-synology-login-body-percent-encoded-passwd',
      'error',
      "The `synology_dsm` deploy hook logs in to the NAS with a form body it debugs in full; the DSM administrator's password is in it percent-encoded (`passwd=…%2F…`), decoded the NAS's admin password.",
      ({ rng }) => {
        const pw = password(rng);
        const enc = encodeURIComponent(pw);
        return {
          value: enc,
          event: {
            ac: [
              "_post_url='https://nas.derwentmakers.lan:5001/webapi/entry.cgi'",
              `body='api=SYNO.API.Auth&version=6&method=login&format=sid&account=acme-deploy&passwd=${enc}&enable_syno_token=yes'`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'session-id',
      'acme-sh-synology-login-response-sid',
      'error',
      WHY.session("The deploy hook debugs DSM's login response, and its `sid` is the NAS session the hook then uses as `_sid`"),
      ({ rng }) => {
        const sid = rng.b64url(86);
        return {
          value: sid,
          event: { ac: [`response='{"data":{"did":"${rng.b64url(22)}","is_portal_port":false,"sid":"${sid}"},"success":true}'`] },
        };
      },
      { after: 1 },
    ),
    3,
    { raw: { ac: ['Success', `Running cmd: ${'notify'}`, 'Sending via: teams'] } },
    plant(
      'webhook',
      'acme-sh-notify-teams-webhook-url',
      'error',
      WHY.webhook(
        "acme.sh's Teams notify hook posts to the channel's incoming webhook (`…webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`), and `_post` debugs the URL",
      ),
      ({ rng }) => {
        const id = rng.hex(32);
        const url = `https://derwentmakers.webhook.office.com/webhookb2/${rng.uuid()}@${rng.uuid()}/IncomingWebhook/${id}/${rng.uuid()}/V2${rng.b64url(43)}`;
        return {
          value: url.split('IncomingWebhook/')[1],
          needle: id,
          event: { ac: [`_post_url='${url}'`, "_CURL='curl --silent --dump-header /root/.acme.sh/http.header  -L  -g '"] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN - AEDT * MIN + 3 * HOUR, site: { host: 'acme.sh' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// pod-install-ci.txt: CocoaPods 1.16's `pod install --verbose` in the member app's CI job (the door and booking app,
// "MakersDoor"): `Analyzing dependencies`, the CDN source's `CDN: trunk Relative path …` lines, `-> Installing …` with
// `> Http download` / `> Git download` and the commands cocoapods-downloader runs (`$ /usr/bin/curl …`, `$ /usr/bin/git
// …`) indented under them, and the `[!] Error installing …` block that quotes the failed command again. No time.
// From memory (not fetched): the whole layout; cocoapods-downloader's curl options (`--create-dirs --netrc-optional
// --retry 2 -A …`) and its `git clone … --template= --single-branch --depth 1` likewise.

function cocoapodsLog(rng) {
  const render = (e) => e.cp;
  const TMP = () => `/var/folders/${lowerNum(rng, 2)}/${lowerNum(rng, 30)}/T/d20280110-${rng.int(3000, 9000)}-${lowerNum(rng, 6)}`;
  const PODS = [
    ['Alamofire', '5.10.2'],
    ['KeychainAccess', '4.2.2'],
    ['SnapKit', '5.7.1'],
    ['SwiftyJSON', '5.0.2'],
    ['Kingfisher', '8.1.3'],
    ['lottie-ios', '4.5.1'],
    ['SDWebImage', '5.20.0'],
    ['CryptoSwift', '1.8.4'],
    ['PromiseKit', '8.1.2'],
    ['Charts', '5.1.0'],
  ];
  let next = 0;
  const filler = (rng) => {
    const [pod, ver] = PODS[next++ % PODS.length];
    return {
      cp: [
        `-> Installing ${pod} (${ver})`,
        `  > Copying ${pod} from \`/Users/runner/Library/Caches/CocoaPods/Pods/Release/${pod}/${ver}-${rng.hex(5)}\` to \`Pods/${pod}\``,
      ],
    };
  };
  const curl = (file, url) =>
    `$ /usr/bin/curl -f -L -o ${file}/file.zip ${url} --create-dirs --netrc-optional --retry 2 -A 'CocoaPods/1.16.2 cocoapods-downloader/2.1'`;
  const steps = [
    {
      raw: {
        cp: [
          '  Preparing',
          '',
          'Analyzing dependencies',
          '',
          'Inspecting targets to integrate',
          '  Using `ARCHS` setting to build architectures of target `Pods-MakersDoor`: (``)',
          '',
          'Finding Podfile changes',
          '  A DoorBell',
          '  A LaserKit',
          '  A ThermalCam',
          '  - Alamofire',
          '  - KeychainAccess',
          '',
          'Resolving dependencies of `Podfile`',
          '  CDN: trunk Relative path: CocoaPods-version.yml exists! Returning local because checking is only performed in repo update',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'cocoapods-cdn-etag',
      'none',
      "The CDN source's verbose line keeps the `ETag` of the podspec index it fetched (a content hash the CDN hands out to every client): no credential.",
      ({ rng }) => {
        const etag = rng.hex(32);
        return {
          value: etag,
          event: {
            cp: [
              `  CDN: trunk Relative path downloaded: all_pods_versions_${rng.hex(1)}_${rng.hex(1)}_${rng.hex(1)}.txt, save ETag: W/"${etag}"`,
            ],
          },
        };
      },
    ),
    {
      raw: {
        cp: [
          '',
          'Comparing resolved specification to the sandbox manifest',
          '  A DoorBell',
          '  A LaserKit',
          '  A ThermalCam',
          '',
          'Downloading dependencies',
          '',
        ],
      },
    },
    3,
    plant(
      'framework-dump',
      'cocoapods-git-download-clone-url-with-pat',
      'error',
      "The Podfile pins a private pod with `:git => 'https://makers-ci:<token>@github.com/…'`, and cocoapods-downloader echoes its `git clone` with the URL as written: a GitHub personal access token (`ghp_…`) with a valid checksum, long-lived.",
      ({ rng }) => {
        const pat = githubToken('ghp_', rng.alnum(30));
        const dir = TMP();
        return {
          value: pat,
          event: {
            cp: [
              '-> Installing DoorBell (0.4.0)',
              '  > Git download',
              `      $ /usr/bin/git clone https://makers-ci:${pat}@github.com/derwentmakers/doorbell-ios.git ${dir} --template= --single-branch --depth 1 --branch 0.4.0`,
              `      Cloning into '${dir}'...`,
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'cocoapods-git-checkout-commit',
      'none',
      'A pod pinned to a commit: cocoapods-downloader checks out its 40-hex SHA-1, a public commit id, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        const dir = TMP();
        return {
          value: sha,
          event: {
            cp: [
              '-> Installing BLEKit (1.3.0)',
              '  > Git download',
              `      $ /usr/bin/git clone https://github.com/derwentmakers/blekit.git ${dir} --template= --single-branch`,
              `      Cloning into '${dir}'...`,
              `      $ /usr/bin/git -C ${dir} checkout --quiet ${sha}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'cocoapods-http-download-private-sdk-path-token',
      'error',
      WHY.pathSecret(
        "The laser cutter vendor's SDK comes from a per-customer download path (`/sdk/<token>/LaserKit-2.1.0.zip`) set as the podspec's `:http` source; cocoapods-downloader echoes its curl command with it",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        const dir = TMP();
        return {
          value: tok,
          event: {
            cp: [
              '-> Installing LaserKit (2.1.0)',
              '  > Http download',
              `      ${curl(dir, `https://downloads.lasertronic.example/sdk/${tok}/LaserKit-2.1.0.zip`)}`,
              '        % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
              '                                       Dload  Upload   Total   Spent    Left  Speed',
              `        100 ${rng.int(2000, 9000)}k  100 ${rng.int(2000, 9000)}k    0     0  ${rng.int(3000, 9999)}k      0 --:--:-- --:--:-- --:--:-- ${rng.int(3000, 9999)}k`,
              `      $ /usr/bin/unzip ${dir}/file.zip -d ${dir}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'cocoapods-http-download-licence-key-failed-twice-written',
      'error',
      `${WHY.apiKey('licence_key')} The thermal camera's SDK is fetched with the makerspace's licence key in the query; the download fails with 403, and CocoaPods quotes the failed command again in its \`[!]\` block.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        const dir = TMP();
        const c = curl(dir, `https://sdk.thermalcam.example/ios/ThermalCam-3.2.0.xcframework.zip?licence_key=${key}`);
        return {
          value: key,
          event: {
            cp: [
              '-> Installing ThermalCam (3.2.0)',
              '  > Http download',
              `      ${c}`,
              '        % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
              '                                       Dload  Upload   Total   Spent    Left  Speed',
              '          0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0',
              'curl: (22) The requested URL returned error: 403',
              '',
              '[!] Error installing ThermalCam',
              `[!] ${c.slice(2)}`,
              '',
              '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
              'curl: (22) The requested URL returned error: 403',
            ],
          },
        };
      },
    ),
  ];
  return buildLog(rng, { start: DAY_EN + 2 * HOUR, site: { host: 'cocoapods' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// chargebee-events.jsonl: the makerspace's membership billing on Chargebee, its events read back from the API
// (`GET /api/v2/events`, oldest first) one a line: `id` (`ev_…`), `occurred_at` (Unix seconds, UTC), `source`, `user`,
// `object`, `api_version`, `content` (customer, subscription, card, invoice), `event_type`, `webhook_status`, `webhooks`.
// The member app writes into customers' and subscriptions' `meta_data` and into custom fields (`cf_…`).
// From memory (not fetched): the event and object fields.

function chargebeeLog(rng) {
  const render = (e) => [JSON.stringify(e.cb)];
  const id = (rng) => `${rng.alnum(16)}`;
  const customer = (rng, t, extra = {}) => ({
    id: id(rng),
    first_name: rng.pick(['Ava', 'Liam', 'Mia', 'Noah', 'Isla', 'Jack', 'Ruby', 'Oscar']),
    last_name: rng.pick(['Nguyen', 'Smith', 'Kelly', 'Brown', 'Walsh', 'Taylor']),
    email: `${lowerNum(rng, 7)}@${rng.pick(['gmail.com', 'outlook.com', 'bigpond.com', 'utas.edu.au'])}`,
    auto_collection: 'on',
    net_term_days: 0,
    allow_direct_debit: false,
    created_at: unix(t) - rng.int(0, 90000000),
    taxability: 'taxable',
    updated_at: unix(t),
    pii_cleared: 'active',
    channel: 'web',
    resource_version: t,
    deleted: false,
    object: 'customer',
    card_status: 'valid',
    promotional_credits: 0,
    refundable_credits: 0,
    excess_payments: 0,
    unbilled_charges: 0,
    preferred_currency_code: 'AUD',
    mrr: 0,
    ...extra,
  });
  const subscription = (rng, t, cus, extra = {}) => ({
    id: id(rng),
    billing_period: 1,
    billing_period_unit: 'month',
    customer_id: cus,
    status: 'active',
    current_term_start: unix(t),
    current_term_end: unix(t) + 31 * 86400,
    next_billing_at: unix(t) + 31 * 86400,
    created_at: unix(t) - rng.int(0, 9000000),
    started_at: unix(t) - rng.int(0, 9000000),
    activated_at: unix(t) - rng.int(0, 9000000),
    updated_at: unix(t),
    has_scheduled_changes: false,
    channel: 'web',
    resource_version: t,
    deleted: false,
    object: 'subscription',
    currency_code: 'AUD',
    subscription_items: [
      {
        item_price_id: rng.pick(['workshop-member-AUD-Monthly', 'concession-member-AUD-Monthly', 'laser-addon-AUD-Monthly']),
        item_type: 'plan',
        quantity: 1,
        unit_price: rng.pick([4500, 2500, 1500]),
        amount: 4500,
        free_quantity: 0,
        object: 'subscription_item',
      },
    ],
    due_invoices_count: 0,
    mrr: 4500,
    ...extra,
  });
  const event = (rng, t, type, content, source = 'api') => ({
    id: `ev_${id(rng)}`,
    occurred_at: unix(t),
    source,
    user: source === 'admin_console' ? 'treasurer@derwentmakers.org' : undefined,
    object: 'event',
    api_version: 'v2',
    content,
    event_type: type,
    webhook_status: 'succeeded',
    webhooks: [{ id: `whv2_${id(rng)}`, webhook_status: 'succeeded', object: 'webhook' }],
  });
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const c = customer(rng, t);
        return { cb: event(rng, t, 'subscription_renewed', { subscription: subscription(rng, t, c.id), customer: c }, 'scheduled_job') };
      },
      () => ({
        cb: event(rng, t, 'customer_changed', { customer: customer(rng, t, { phone: `+614${digits(rng, 8)}` }) }, 'admin_console'),
      }),
      () => {
        const c = customer(rng, t);
        return {
          cb: event(
            rng,
            t,
            'payment_succeeded',
            {
              transaction: {
                id: `txn_${id(rng)}`,
                customer_id: c.id,
                amount: 4500,
                currency_code: 'AUD',
                type: 'payment',
                status: 'success',
                gateway: 'stripe',
                object: 'transaction',
              },
            },
            'scheduled_job',
          ),
        };
      },
    ])();
  const steps = [
    3,
    plant(
      'id-token',
      'chargebee-customer-meta-data-signup-id-token',
      'error',
      "The member app's sign-up stores the Google sign-in it came from in the new customer's `meta_data`, `id_token` included; the event's `occurred_at` is Unix time (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(20, 200),
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
            cb: event(rng, t, 'customer_created', {
              customer: customer(rng, t, { meta_data: { signup: { provider: 'google', id_token: token } } }),
            }),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'chargebee-card-masked-number',
      'none',
      "The card object's `masked_number` (`************<last 4>`), as Chargebee returns it: a mask, no credential.",
      ({ rng, t }) => {
        const last4 = digits(rng, 4);
        const c = customer(rng, t);
        return {
          value: `************${last4}`,
          event: {
            cb: event(
              rng,
              t,
              'card_added',
              {
                customer: c,
                card: {
                  status: 'valid',
                  gateway: 'stripe',
                  gateway_account_id: `gw_${id(rng)}`,
                  iin: digits(rng, 6),
                  last4,
                  card_type: 'visa',
                  funding_type: 'debit',
                  expiry_month: rng.int(1, 12),
                  expiry_year: 2030,
                  masked_number: `************${last4}`,
                  object: 'card',
                  customer_id: c.id,
                },
              },
              'hosted_page',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'chargebee-subscription-meta-data-door-app-refresh-token',
      'error',
      `${WHY.refresh} The door app's developer mirrored the member's app session into the subscription's \`meta_data\`, refresh token and all.`,
      ({ rng, t }) => {
        const rt = `v1.M${rng.b64url(100)}`;
        const c = customer(rng, t);
        return {
          value: rt,
          event: {
            cb: event(rng, t, 'subscription_changed', {
              subscription: subscription(rng, t, c.id, { meta_data: { door_app: { device: 'iPhone15,2', refresh_token: rt } } }),
              customer: c,
            }),
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'chargebee-customer-cf-signup-page-access-token-fragment',
      'error',
      'The sign-up page fills the custom field `cf_signup_page` with its own address, taken after the identity provider sent the browser back with `#access_token=…` in the fragment.',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            cb: event(
              rng,
              t,
              'customer_created',
              {
                customer: customer(rng, t, {
                  cf_signup_page: `https://members.${DM}/join/welcome#access_token=${at}&token_type=Bearer&expires_in=7200&state=${rng.b64url(16)}`,
                }),
              },
              'hosted_page',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'chargebee-subscription-meta-data-laser-booking-api-key',
      'error',
      `${WHY.apiKey('api_key')} The laser add-on's subscription carries the key the booking system issued to the member, in \`meta_data\`.`,
      ({ rng, t }) => {
        const key = rng.alnum(36);
        const c = customer(rng, t);
        return {
          value: key,
          event: {
            cb: event(rng, t, 'subscription_created', {
              subscription: subscription(rng, t, c.id, { meta_data: { laser_booking: { api_key: key, tier: 'co2-60w' } } }),
              customer: c,
            }),
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'chargebee-customer-meta-data-nextcloud-share-link',
      'error',
      WHY.pathSecret(
        "A Nextcloud public share link (`/s/<15-character token>`) to the new member's induction pack, put in the customer's `meta_data`",
      ),
      ({ rng, t }) => {
        const tok = ncToken(rng);
        return {
          value: tok,
          event: {
            cb: event(rng, t, 'customer_changed', {
              customer: customer(rng, t, { meta_data: { induction_pack: `https://cloud.${DM}/s/${tok}`, inducted: false } }),
            }),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'chargebee-payment-source-reference-id',
      'none',
      "A payment source's `reference_id` (`cus_…/pm_…`): the Stripe customer and payment method ids Chargebee keeps, which only the makerspace's secret Stripe key can use: ids, no credential.",
      ({ rng, t }) => {
        const ref = `cus_${rng.alnum(14)}/pm_${rng.alnum(24)}`;
        const c = customer(rng, t);
        return {
          value: ref,
          event: {
            cb: event(
              rng,
              t,
              'payment_source_added',
              {
                customer: c,
                payment_source: {
                  id: `pm_${id(rng)}`,
                  updated_at: unix(t),
                  resource_version: t,
                  deleted: false,
                  object: 'payment_source',
                  customer_id: c.id,
                  type: 'card',
                  reference_id: ref,
                  status: 'valid',
                  gateway: 'stripe',
                  gateway_account_id: `gw_${id(rng)}`,
                  created_at: unix(t),
                },
              },
              'hosted_page',
            ),
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'chargebee-invoice-note-usage-embed-jwt',
      'error',
      "A renewal invoice's note links the member's tool-usage dashboard as an embed URL (`/embed/usage/<JWT>`).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { member: rng.int(100, 900), scope: 'usage:read' } });
        const c = customer(rng, t);
        return {
          value: token,
          jwt: facts,
          event: {
            cb: event(
              rng,
              t,
              'invoice_generated',
              {
                invoice: {
                  id: `DM-${rng.int(4000, 4999)}`,
                  customer_id: c.id,
                  recurring: true,
                  status: 'paid',
                  date: unix(t),
                  total: 4500,
                  amount_paid: 4500,
                  currency_code: 'AUD',
                  notes: [
                    {
                      entity_type: 'plan_item_price',
                      note: `Your tool hours this month: https://members.${DM}/embed/usage/${token}`,
                      entity_id: 'workshop-member-AUD-Monthly',
                    },
                  ],
                  object: 'invoice',
                },
              },
              'scheduled_job',
            ),
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN - AEDT * MIN + 9 * HOUR, site: { host: 'chargebee' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// freshclam.log: ClamAV 1.4's freshclam on the makerspace's mail server, `LogTime yes` (`<ctime, local, no zone> ->
// <message>`), with third-party signatures from `DatabaseCustomURL` lines (SecuriteInfo, MalwarePatrol, the makerspace's
// own) and a `PrivateMirror`; one run started by hand with `--debug`, whose libcurl verbose lines (`*`, `>`, `<`) go to
// the same log.
// From memory (not fetched): the messages (`ClamAV update process started at …`, `… database is up-to-date (version: …,
// sigs: …, f-level: …, builder: …)`, `Testing database: …`, `Database test passed.`), the warnings' wording.

function freshclamLog(rng) {
  const render = (e) => e.fc.map((m) => `${ctime(e.t, AEDT)} -> ${m}`);
  const daily = { v: 27520 };
  const filler = (rng) =>
    rng.pick([
      () => ({
        fc: [`daily.cld database is up-to-date (version: ${daily.v}, sigs: ${2071000 + rng.int(0, 900)}, f-level: 90, builder: raynman)`],
      }),
      () => ({
        fc: [
          'main.cvd database is up-to-date (version: 62, sigs: 6647427, f-level: 90, builder: sigmgr)',
          'bytecode.cld database is up-to-date (version: 336, sigs: 83, f-level: 90, builder: nrandolp)',
        ],
      }),
      () => ({ fc: [`${rng.pick(['sanesecurity', 'foxhole_generic', 'phish'])}.ndb is up-to-date (version: custom database)`] }),
    ])();
  const steps = [
    {
      raw: {
        fc: [
          '--------------------------------------',
          'freshclam daemon 1.4.2 (OS: linux-gnu, ARCH: x86_64, CPU: x86_64)',
          'ClamAV update process started at Mon Jan 10 02:00:01 2028',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'path-secret',
      'freshclam-custom-url-securiteinfo-id-path',
      'error',
      WHY.pathSecret(
        "SecuriteInfo's signatures come from `DatabaseCustomURL` lines whose path holds the subscriber's 128-hex id (`/get/signatures/<id>/…`); freshclam quotes the URL when a download fails",
      ),
      ({ rng }) => {
        const sid = rng.hex(128);
        return {
          value: sid,
          event: {
            fc: [
              `WARNING: Can't download securiteinfo.hdb from https://www.securiteinfo.com/get/signatures/${sid}/securiteinfo.hdb`,
              'WARNING: Failed to get securiteinfo.hdb',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'freshclam-custom-url-malwarepatrol-receipt',
      'error',
      `${WHY.apiKey('receipt')} MalwarePatrol's ClamAV list is fetched with the subscription's receipt in the query; freshclam quotes the URL on a 503.`,
      ({ rng }) => {
        const r = rng.hex(32);
        return {
          value: r,
          event: {
            fc: [
              `WARNING: Can't download malwarepatrol.db from https://lists.malwarepatrol.net/cgi/getfile?receipt=${r}&product=8&list=clamav_basic (HTTP 503)`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'freshclam-testing-database-temp-name',
      'none',
      'freshclam tests a new database under a temporary name made of 32 random hex digits (`clamav-<hex>.tmp-daily.cld`): a file name, no credential.',
      ({ rng }) => {
        const h = rng.hex(32);
        daily.v += 1;
        return {
          value: h,
          event: {
            fc: [
              `daily database available for update (local version: ${daily.v - 1}, remote version: ${daily.v})`,
              `Testing database: '/var/lib/clamav/tmp.${rng.hex(10)}/clamav-${h}.tmp-daily.cld' ...`,
              'Database test passed.',
              `daily.cld updated (version: ${daily.v}, sigs: ${2071000 + rng.int(0, 900)}, f-level: 90, builder: raynman)`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'freshclam-private-mirror-userinfo-percent-encoded-password',
      'error',
      "The `PrivateMirror` line names the office's mirror with a user and password in its userinfo, the password percent-encoded because of its signs; freshclam quotes the whole URL when the mirror cannot be reached.",
      ({ rng }) => {
        const enc = encodeURIComponent(password(rng));
        return {
          value: enc,
          event: {
            fc: [
              `WARNING: Download failed (7) Couldn't connect to server`,
              `WARNING:  Message: https://clamav:${enc}@mirror.${DM}/daily.cvd`,
              'WARNING: Mirror is not reachable, trying next.',
            ],
          },
        };
      },
    ),
    3,
    {
      raw: {
        fc: [
          '--------------------------------------',
          'freshclam 1.4.2 started with --debug',
          'ClamAV update process started at Mon Jan 10 11:42:17 2028',
        ],
      },
    },
    plant(
      'negative',
      'freshclam-debug-user-agent-uuid',
      'none',
      "freshclam's user agent carries the installation's UUID from `freshclam.dat` (random, sent to every mirror so ClamAV can count installs): an id, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            fc: [
              '* Connected to database.clamav.net (104.16.218.84) port 443',
              '> GET /daily.cvd HTTP/1.1',
              '> Host: database.clamav.net',
              `> User-Agent: ClamAV/1.4.2 (OS: linux-gnu, ARCH: x86_64, CPU: x86_64, UUID: ${u})`,
              '> Accept: */*',
              '< HTTP/1.1 304 Not Modified',
            ],
          },
        };
      },
    ),
    plant(
      'header-dump',
      'freshclam-debug-curl-authorization-basic',
      'error',
      "Under `--debug` libcurl's verbose output is logged, and for the makerspace's own signature feed (user and password in the `DatabaseCustomURL`) it writes the request header `> Authorization: Basic <base64 of user:password>`.",
      ({ rng }) => {
        const b = b64Of(`sigs:${password(rng)}`);
        return {
          value: b,
          event: {
            fc: [
              `* Connected to sigs.${DM} (203.0.113.40) port 443`,
              "* Server auth using Basic with user 'sigs'",
              '> GET /clamav/makers.ndb HTTP/1.1',
              `> Host: sigs.${DM}`,
              `> Authorization: Basic ${b}`,
              '> User-Agent: ClamAV/1.4.2',
              '< HTTP/1.1 200 OK',
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN - AEDT * MIN + 2 * HOUR, site: { host: 'freshclam' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// foobar2000-console.txt: foobar2000 v2's console (View > Console) on the workshop's music PC, saved as text: the
// start-up lines, `Opening track for playback: "<location>"`, `Unable to open item for playback (<reason>):` with the
// location on the next line, components' messages. No time.
// From memory (not fetched): the messages' wording.

function foobarLog(rng) {
  const render = (e) => e.fb;
  const filler = (rng) =>
    rng.pick([
      () => ({
        fb: [
          `Opening track for playback: "C:\\Users\\workshop\\Music\\${rng.pick(['Midnight Oil', 'The Triffids', 'Paul Kelly', 'Courtney Barnett', 'Tame Impala'])}\\${pad(rng.int(1, 12))} - Track.flac"`,
        ],
      }),
      () => ({
        fb: [
          `Opening track for playback: "https://ice${rng.int(1, 6)}.somafm.com/${rng.pick(['groovesalad', 'dronezone', 'defcon', 'lush'])}-128-mp3"`,
        ],
      }),
      () => ({ fb: ['Playback stopped by user'] }),
    ])();
  const steps = [
    {
      raw: {
        fb: [
          'foobar2000 v2.24.1 (x64)',
          'Startup time : 0:00.734',
          'Watched folders: monitoring 1 folder',
          'Media Library: scan complete (4182 items)',
        ],
      },
      after: 0,
    },
    3,
    plant(
      'negative',
      'foobar2000-radio-garden-cache-buster',
      'none',
      'A stream opened from Radio Garden carries its `listening-from-radio-garden=<milliseconds>` marker, a time stamp the site adds to every stream: no credential.',
      ({ rng, t }) => {
        const ms = String(t - rng.int(1000, 9000));
        return {
          value: ms,
          event: { fb: [`Opening track for playback: "https://stream.edge.example/hobart-fm?listening-from-radio-garden=${ms}"`] },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'foobar2000-di-fm-listen-key',
      'error',
      `${WHY.apiKey('listen_key')} A premium stream of a radio network added to the playlist with the subscriber's listen key in its query.`,
      ({ rng }) => {
        const k = rng.hex(24);
        return { value: k, event: { fb: [`Opening track for playback: "http://prem2.di.fm:80/chillout_hi?listen_key=${k}"`] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'foobar2000-dropbox-shared-link-rlkey',
      'error',
      WHY.pathSecret(
        "A Dropbox shared link to a member's recording of the open-night talk (`/scl/fi/<id>/…?rlkey=…&dl=1`): whoever has the link reads the file; foobar2000 cannot open it and writes the location",
      ),
      ({ rng }) => {
        const rl = lowerNum(rng, 25);
        return {
          value: rl,
          event: {
            fb: [
              'Unable to open item for playback (Unsupported format or corrupted file):',
              `"https://www.dropbox.com/scl/fi/${lowerNum(rng, 25)}/open-night-talk.m4a?rlkey=${rl}&dl=1"`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'foobar2000-google-redirect-percent-encoded-access-key',
      'error',
      "A podcast episode pasted from a Google search result: the `/url?q=` wrapper holds the real address percent-encoded, and in it the private feed's `access_key` (`%3Faccess_key%3D…`).",
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            fb: [
              `Opening track for playback: "https://www.google.com/url?q=https%3A%2F%2Fpodcasts.makerlab.example%2Fprivate%2Fep-41.mp3%3Faccess_key%3D${k}&sa=D&source=editors&ust=${digits(rng, 16)}&usg=${rng.b64url(28)}"`,
              'Unable to open item for playback (Object not found):',
              '"https://www.google.com/url"',
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'foobar2000-recording-file-md5-name',
      'none',
      "A recording exported by the workshop's recorder app, named after its MD5 (32 hex): a file name, no credential.",
      ({ rng }) => {
        const h = rng.hex(32);
        return { value: h, event: { fb: [`Opening track for playback: "D:\\Recordings\\${h}.wav"`] } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_EN - AEDT * MIN + 14 * HOUR, site: { host: 'foobar2000' }, filler, render, steps });
}

// =====================================================================================================================
// Хальмг келнә төв, the Kalmyk language centre of Elista (Kalmyk; MSK, UTC+3 all year)
// =====================================================================================================================

const XK = 'xalmgkeln.example';
const KNAMES = [
  'Баатр Очиров',
  'Цаган Манджиева',
  'Санҗ Бадмаев',
  'Герл Убушаева',
  'Дава Сангаджиев',
  'Булһн Эрдниева',
  'Мөңкә Нимгиров',
  'Кермн Басангова',
];

// ---------------------------------------------------------------------------------------------------------------------
// xalmg-tol.log: the centre's dictionary desktop app (Хальмг толь, Go with Fyne 2.6, on the school's Windows PCs), its
// standard `log` output redirected to a file: `yyyy/mm/dd hh:mm:ss <message>` in local time without zone; Fyne's own
// errors as `Fyne error:  <message>` with `  Cause:` and `  At:` on further lines; the developers print Go values with
// `%+v` (an `oauth2.Token`, an `http.Cookie`, the app's config struct) and `%v` (an `http.Header`).
// From memory (not fetched): Fyne's `Fyne error:` / `Cause:` / `At:` block; the field lists of golang.org/x/oauth2's
// Token and net/http's Cookie as `%+v` prints them.

function fyneLog(rng) {
  const render = (e) => e.go.map((m) => `${ymdHmsAt(e.t, MSK).replace(/-/g, '/')} ${m}`);
  const WORDS = ['мөрн', 'нутг', 'зуудл', 'цецгә', 'тег', 'ээҗ', 'гер', 'һазр'];
  const filler = (rng) =>
    rng.pick([
      () => ({ go: [`Хәәлһн: "${rng.pick(WORDS)}" — ${rng.int(1, 40)} үг олгдв`] }),
      () => ({ go: [`Синк эклв: ${rng.int(10, 300)} шин үг`, 'Синк чиләв'] }),
      () => ({
        go: [
          'Fyne error:  Failed to decode image',
          '  Cause: image: unknown format',
          `  At: C:/Users/dev/go/pkg/mod/fyne.io/fyne/v2@v2.6.1/widget/icon.go:${rng.int(20, 90)}`,
        ],
      }),
    ])();
  const state = rng.b64url(32);
  const steps = [
    { raw: { go: ['Хальмг толь 2.4.0 эклв (windows/amd64)', `Үгмүд ачагдв: ${rng.int(48000, 49000)}`] }, after: 0 },
    plant(
      'framework-dump',
      'fyne-go-percent-plus-v-config-nuuts-ug',
      'error',
      'At start the app prints its configuration struct with `%+v`; the field `NuutsUg` (нууц үг, "password") holds the shared sync account\'s password in clear.',
      ({ rng }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: {
            go: [
              `Тохрлһс: {APIBase:https://api.tol.${XK}/v2 Login:tolch NuutsUg:${pw} Kel:xal DBPath:C:\\ProgramData\\XalmgTol\\tol.db SyncEvery:6h0m0s}`,
            ],
          },
        };
      },
      { after: 0.2 },
    ),
    plant(
      'negative',
      'fyne-dictionary-db-sha256',
      'none',
      "The dictionary database's SHA-256 (64 hex), printed after the download to compare with the published one: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return { value: h, event: { go: [`tol.db sha256: ${h}`] } };
      },
    ),
    3,
    plant(
      'negative',
      'fyne-authorize-url-pkce-code-challenge',
      'none',
      "The VK ID authorization URL the app opens in the browser carries its PKCE `code_challenge` (base64url of the verifier's SHA-256), public by design; the `state` beside it is a nonce: no credential.",
      ({ rng }) => {
        const cc = rng.b64url(43);
        return {
          value: cc,
          event: {
            go: [
              `Браузерт секгдв: https://id.vk.com/authorize?response_type=code&client_id=${digits(rng, 8)}&redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Forh&code_challenge=${cc}&code_challenge_method=S256&state=${state}&scope=email`,
            ],
          },
        };
      },
    ),
    plant(
      'oauth-code',
      'fyne-loopback-callback-code',
      'warning',
      `${WHY.code} The app's loopback server writes the query VK ID sent the browser back with.`,
      ({ rng }) => {
        const code = rng.b64url(64);
        return { value: code, event: { go: [`Орх: хәрү ирв: /orh?code=${code}&state=${state}&device_id=${rng.b64url(48)}&type=code_v2`] } };
      },
      { after: 9 },
    ),
    plant(
      'refresh-token',
      'fyne-go-percent-plus-v-oauth2-token',
      'error',
      `${WHY.refresh} The app prints the exchanged \`*oauth2.Token\` with \`%+v\`, refresh token included.`,
      ({ rng, t }) => {
        const rt = rng.b64url(86);
        return {
          value: rt,
          event: {
            go: [
              `Токен хадһлгдв: &{AccessToken:${rng.b64url(86)} TokenType:Bearer RefreshToken:${rt} Expiry:${ymdHmsAt(t + HOUR, MSK)}.${digits(rng, 7)} +0300 MSK ExpiresIn:3600 raw:<nil> expiryDelta:0}`,
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'session-id',
      'fyne-go-percent-plus-v-http-cookie-seans',
      'error',
      WHY.session('The sync client prints the `seans` ("session") cookie the server set, as Go\'s `%+v` of an `*http.Cookie`'),
      ({ rng }) => {
        const v = rng.b64url(43);
        return {
          value: v,
          event: {
            go: [
              `Куки авгдв: &{Name:seans Value:${v} Quoted:false Path:/ Domain:tol.${XK} Expires:2028-02-23 10:14:02 +0000 UTC RawExpires: MaxAge:2592000 Secure:true HttpOnly:true SameSite:3 Partitioned:false Raw: Unparsed:[]}`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'fyne-go-http-header-map-authorization',
      'error',
      'A failed API call is logged with its request headers as Go prints an `http.Header` (`map[Authorization:[Bearer …] …]`): the bearer token the app calls the dictionary API with.',
      ({ rng }) => {
        const tok = rng.b64url(64);
        return {
          value: tok,
          event: {
            go: [
              `Эндү: API сурвр 502: GET https://api.tol.${XK}/v2/ug/sync?since=${rng.int(1000, 9000)} толһас: map[Accept:[application/json] Authorization:[Bearer ${tok}] User-Agent:[XalmgTol/2.4.0 (windows)]]`,
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'fyne-loopback-posted-fragment-access-token',
      'error',
      'For the older VK login the loopback page reads `location.hash` and posts it to the app, which writes it: `access_token=…&expires_in=86400&user_id=…`, the token of the implicit flow.',
      ({ rng }) => {
        const at = `vk1.a.${rng.b64url(200)}`;
        return {
          value: at,
          event: { go: [`Орх: фрагмент ирв: access_token=${at}&expires_in=86400&user_id=${digits(rng, 9)}&state=${rng.b64url(32)}`] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_KA - MSK * MIN + 9 * HOUR, site: { host: 'fyne' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tilda-leads.csv: the centre's website on Tilda, its form submissions exported from the site's leads page as CSV
// (`;`-separated, quoted where needed): the form's fields (the site's editors named the message field `Бичг`), Tilda's
// `COOKIES` field (the form's "send cookies" option), `referer`, `tranid`, `formid`, `sent` (local time, no zone).
// From memory (not fetched): the export's columns and their order.

function tildaLog(rng) {
  const q = (v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const render = (e) => [[e.nm, e.em, e.ph, e.msg, e.ck, e.ref, e.tr, 'form617204955', ymdHmsAt(e.t, MSK)].map(q).join(';')];
  const ymuid = (rng, t) => `${unix(t) - rng.int(100000, 9000000)}${digits(rng, 9)}`;
  const cookies = (rng, t, extra = '') =>
    `_ym_uid=${ymuid(rng, t)}; _ym_d=${unix(t) - rng.int(100000, 9000000)}; tildauid=${t - rng.int(100000, 900000)}.${digits(rng, 6)}; tildasid=${t - rng.int(1000, 90000)}.${digits(rng, 6)}${extra}`;
  const MSGS = [
    'Мендвт! Хальмг келнә курсд бичгдхәр седләв.',
    'Күүкдин сурһульд орх күсләтә бәәнәв, 9 настә.',
    'Багшин цаг медхәр кергтә. Ханҗанав!',
    'Онлайн сурһмҗ бәәнү?',
  ];
  const person = (rng, t) => ({
    nm: rng.pick(KNAMES),
    em: `${lowerNum(rng, 8)}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`,
    ph: `+7 (9${digits(rng, 2)}) ${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 2)}`,
    msg: rng.pick(MSGS),
    ck: cookies(rng, t),
    ref: `https://${XK}/${rng.pick(['kurs', '', 'surhul', 'medeg'])}`,
    tr: `${digits(rng, 7)}:${digits(rng, 10)}`,
  });
  const filler = (rng, t) => person(rng, t);
  const steps = [
    3,
    plant(
      'session-id',
      'tilda-cookies-field-seans',
      'error',
      WHY.session(
        'Tilda\'s "send cookies" option copies every cookie of the visitor\'s browser into the lead; this visitor was signed in to the school portal on the same domain, so its `seans` cookie is there',
      ),
      ({ rng, t }) => {
        const v = rng.hex(32);
        return { value: v, event: { ...person(rng, t), ck: cookies(rng, t, `; seans=${v}`) } };
      },
    ),
    3,
    plant(
      'negative',
      'tilda-cookies-ym-uid',
      'none',
      "Yandex Metrica's `_ym_uid` in a lead's cookies (a first-visit Unix time and nine random digits): an analytics visitor id, no credential.",
      ({ rng, t }) => {
        const u = ymuid(rng, t);
        return { value: u, event: { ...person(rng, t), ck: `_ym_uid=${u}; _ym_d=${unix(t) - rng.int(100000, 9000000)}; _ym_isad=2` } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'tilda-referer-newsletter-tulkur',
      'error',
      `${WHY.apiKey('tulkur')} \`tulkur\` is түлкүр, "key". The lead came from a newsletter link that carries the subscriber's key to the centre's API, and Tilda keeps the page as \`referer\`.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return { value: k, event: { ...person(rng, t), ref: `https://${XK}/medeg?tulkur=${k}&utm_source=rassylka` } };
      },
    ),
    3,
    plant(
      'oauth-code',
      'tilda-referer-vk-id-return-code',
      'warning',
      `${WHY.code} The visitor signed in with VK ID on the site's account page just before sending the form, and the page's address, with the code, is the lead's \`referer\`.`,
      ({ rng, t }) => {
        const c = rng.b64url(64);
        return {
          value: c,
          event: {
            ...person(rng, t),
            ref: `https://${XK}/kabinet?code=${c}&state=${rng.b64url(22)}&device_id=${rng.b64url(48)}&type=code_v2`,
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'tilda-message-huvaah-share-link',
      'error',
      WHY.pathSecret(
        "A parent pastes the school portal's share link of her child's homework (`/huvaah/<token>`, хуваах, \"share\") into the form's `Бичг` field",
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return {
          value: tok,
          event: { ...person(rng, t), msg: `Мендвт! Даалһврин ссылк: https://surhul.${XK}/huvaah/${tok} — ю буру бәәнә?` },
        };
      },
    ),
    1,
    plant(
      'negative',
      'tilda-tranid',
      'none',
      "Tilda's `tranid` (`<project>:<number>`), the lead's number in Tilda: an id, no credential.",
      ({ rng, t }) => {
        const tr = `${digits(rng, 7)}:${digits(rng, 10)}`;
        return { value: tr, event: { ...person(rng, t), tr } };
      },
    ),
    3,
    plant(
      'encoded',
      'tilda-message-percent-encoded-nuuts',
      'error',
      'A visitor pastes an address copied from a mail client\'s link wrapper, still percent-encoded; decoded, it is the portal\'s sign-in link with `nuuts` (нууц, "secret").',
      ({ rng, t }) => {
        const s = rng.alnum(28);
        return {
          value: s,
          event: {
            ...person(rng, t),
            msg: `Орҗ чадхшв, ссылк: https%3A%2F%2Fsurhul.${XK}%2Forh%3Fnuuts%3D${s}%26edlgch%3D${rng.int(1000, 9999)}`,
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, {
    start: DAY_KA - MSK * MIN + 7 * HOUR,
    site: { host: 'tilda' },
    filler,
    render,
    steps,
    header: ['Name;Email;Phone;Бичг;COOKIES;referer;tranid;formid;sent'],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// surhul-bot.log: the school's VK Teams bot (bot-python, the `mailru-im-bot` package) with an aiohttp server beside it
// for VK ID sign-in and lesson links, Python logging to a file with `%(asctime)s %(levelname)-8s %(name)s: %(message)s`
// and `datefmt='%Y-%m-%dT%H:%M:%S%z'` (local time with its offset); the library's own `bot` logger is kept at WARNING,
// the app's loggers (`surhul_bot`, `vkid`, `tol`) at DEBUG, and aiohttp's access logger writes its default format.
// From memory (not fetched): aiohttp's access log format, bot-python's method names, VK ID's parameters.

function vkTeamsLog(rng) {
  const stamp = (t) => `${ymdHmsAt(t, MSK).replace(' ', 'T')}+0300`;
  const render = (e) => e.py.map(([lvl, lg, msg]) => `${stamp(e.t)} ${lvl.padEnd(8)} ${lg}: ${msg}`);
  const access = (e, ip, req, status, bytes, ua) => [
    'INFO',
    'aiohttp.access',
    `${ip} [${clf(e, MSK)}] "${req}" ${status} ${bytes} "-" "${ua}"`,
  ];
  const chat = (rng) => `${rng.pick(['surhul', 'baghsh', 'kurs-a1', 'kurs-b1'])}-${digits(rng, 4)}@chat.agent`;
  const filler = (rng, t) =>
    rng.pick([
      () => ({ py: [['INFO', 'surhul_bot', `Зәңг илгәв: chatId=${chat(rng)}`]] }),
      () => ({ py: [access(t, `10.0.3.${rng.int(2, 40)}`, 'GET /healthz HTTP/1.1', 200, 148, 'kube-probe/1.31')] }),
      () => ({ py: [['DEBUG', 'surhul_bot', `Шин event: newMessage, chatId=${chat(rng)}, msgId=${digits(rng, 19)}`]] }),
      () => ({ py: [['INFO', 'surhul_bot', `Сурһмҗ №${rng.int(1, 40)} сануллһн илгәгдв: ${rng.int(3, 30)} сурһульч`]] }),
    ])();
  const state = rng.b64url(32);
  const device = rng.b64url(48);
  const steps = [
    plant(
      'framework-dump',
      'vk-teams-bot-pydantic-settings-repr-db-url',
      'error',
      'At start the bot logs its pydantic `Settings` repr; the bot token is a `SecretStr` and shows as stars, but `db_url` is a plain string with the database password in its userinfo.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: {
            py: [
              [
                'INFO',
                'surhul_bot',
                `Тохрлһс: Settings(bot_token=SecretStr('**********'), api_url='https://api.internal.myteam.mail.ru/bot/v1/', db_url='postgresql://surhul:${pw}@db.internal:5432/surhul', vkid_client_id='${digits(rng, 8)}', tol_api='https://api.tol.${XK}/v2')`,
              ],
              ['INFO', 'surhul_bot', 'Бот эклв, event-мүд хүләнәв'],
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'negative',
      'vk-teams-bot-msg-id',
      'none',
      "VK Teams' `msgId` of a sent message (19 digits), which the bot logs to edit the message later: an id, no credential.",
      ({ rng }) => {
        const m = digits(rng, 19);
        return { value: m, event: { py: [['DEBUG', 'surhul_bot', `sendText ok: chatId=${chat(rng)}, msgId=${m}`]] } };
      },
    ),
    3,
    plant(
      'oauth-code',
      'vk-teams-bot-vk-id-callback-code-two-loggers',
      'warning',
      `${WHY.code} The sign-in callback writes the code in the app's \`vkid\` line and aiohttp's access logger writes the same request's query.`,
      ({ rng, t }) => {
        const code = rng.b64url(64);
        return {
          value: code,
          event: {
            py: [
              ['INFO', 'vkid', `VK ID хәрү: code=${code} state=${state} device_id=${device}`],
              access(
                t,
                publicIp(rng),
                `GET /vkid/orh?code=${code}&state=${state}&device_id=${device}&type=code_v2 HTTP/1.1`,
                302,
                0,
                BROWSERS[4],
              ),
            ],
          },
        };
      },
    ),
    plant(
      'id-token',
      'vk-teams-bot-vkid-debug-id-token',
      'error',
      'The `vkid` logger writes the `id_token` of the exchange at DEBUG, at a time with its offset (`+0300`).',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(1, 5),
          claims: { iss: 'https://id.vk.com', aud: digits(rng, 8), sub: digits(rng, 9) },
        });
        return { value: token, jwt: facts, event: { py: [['DEBUG', 'vkid', `id_token=${token}`]] } };
      },
      { after: 0.4 },
    ),
    3,
    plant(
      'api-key-name',
      'vk-teams-bot-tol-api-get-tulkur',
      'error',
      `${WHY.apiKey('tulkur')} The bot's dictionary lookups call the centre's API with its key in the query, and the \`tol\` logger writes each URL.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { py: [['DEBUG', 'tol', `GET https://api.tol.${XK}/v2/ug?ug=%D0%BC%D3%A9%D1%80%D0%BD&tulkur=${k}`]] } };
      },
    ),
    3,
    plant(
      'replay',
      'vk-teams-bot-lesson-bilet-first',
      'note',
      WHY.ticketFirst(
        'A one-time lesson link (`/surhmj/orh?bilet=…`, билет, "ticket") the bot sent a student; aiohttp\'s access line shows it opened and redirected to the lesson (302). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.bilet = t;
        return { value: tk, event: { py: [access(t, '198.51.100.23', `GET /surhmj/orh?bilet=${tk} HTTP/1.1`, 302, 0, BROWSERS[2])] } };
      },
      { ref: 'bilet' },
    ),
    1,
    plant(
      'replay',
      'vk-teams-bot-lesson-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} Another address and browser opened the same lesson link and were redirected to the lesson again.`,
          },
        ],
        event: { py: [access(t, '203.0.113.77', `GET /surhmj/orh?bilet=${refs.get('bilet').value} HTTP/1.1`, 302, 0, BROWSERS[0])] },
      }),
      { replayOf: 'bilet', after: 96 },
    ),
    3,
    plant(
      'refresh-token',
      'vk-teams-bot-vkid-refresh-post-data-dict',
      'error',
      `${WHY.refresh} The \`vkid\` logger writes the renewal request with its form as a Python dict.`,
      ({ rng }) => {
        const rt = rng.b64url(90);
        return {
          value: rt,
          event: {
            py: [
              [
                'DEBUG',
                'vkid',
                `POST https://id.vk.com/oauth2/auth data={'grant_type': 'refresh_token', 'refresh_token': '${rt}', 'client_id': '${digits(rng, 8)}', 'device_id': '${rng.b64url(48)}', 'state': '${rng.b64url(32)}'}`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'vk-teams-bot-send-file-file-id',
      'none',
      'The `fileId` VK Teams returns for an uploaded lesson sheet, which the bot logs to send it again: a file id, no credential.',
      ({ rng }) => {
        const f = rng.alnum(32);
        return { value: f, event: { py: [['DEBUG', 'surhul_bot', `sendFile ok: chatId=${chat(rng)}, fileId=${f}, name=surhmj-12.pdf`]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_KA - MSK * MIN + 8 * HOUR, site: { host: 'vkteams' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// amocrm-lead-notes.jsonl: the centre's CRM on amoCRM, the notes of its leads (course sign-ups) read from the API
// (`GET /api/v4/leads/notes`) one a line: `id`, `entity_id`, `created_by`, `updated_by`, `created_at` and `updated_at`
// (Unix seconds, UTC), `responsible_user_id`, `group_id`, `note_type` (`common`, `call_in`), `params`, `account_id`,
// `_links`. The staff write the notes in Kalmyk.
// From memory (not fetched): the note fields and `call_in` params.

function amocrmLog(rng) {
  const render = (e) => [JSON.stringify(e.am)];
  const USERS = [8812301, 8812302, 8812317];
  const note = (rng, t, text, type = 'common', params) => {
    const id = rng.int(40000000, 49999999);
    const lead = rng.int(21000000, 21999999);
    const by = rng.pick(USERS);
    return {
      id,
      entity_id: lead,
      created_by: by,
      updated_by: by,
      created_at: unix(t),
      updated_at: unix(t),
      responsible_user_id: by,
      group_id: 0,
      note_type: type,
      params: params ?? { text },
      account_id: 31770542,
      _links: { self: { href: `https://xalmgkeln.amocrm.ru/api/v4/leads/${lead}/notes/${id}` } },
    };
  };
  const TEXTS = ['Сурһульч курст бичгдв, төлвр хүләнә', 'Багшла келлцв, сурһмҗ пүрвд', 'Дуудв, утсан авсн уга', 'Төлвр орв, ханҗанав'];
  const filler = (rng, t) => ({ am: note(rng, t, rng.pick(TEXTS)) });
  const steps = [
    3,
    plant(
      'id-token',
      'amocrm-note-pasted-callback-id-token-expired',
      'note',
      "A manager pastes the link a student sent when she could not sign in, with `id_token=…` in its query, into a note; the note's `created_at` is Unix time (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3 * 3600 + rng.int(100, 900),
          claims: { iss: `https://id.${XK}`, aud: 'surhul-web', sub: rng.uuid(), email: `${lowerNum(rng, 8)}@mail.ru` },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            am: note(
              rng,
              t,
              `Сурһульч орҗ чадш уга, иим ссылк йовулв: https://surhul.${XK}/orh/callback?id_token=${token}&state=${rng.b64url(16)}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'amocrm-call-in-uniq',
      'none',
      "An incoming call's note from the telephony integration: `uniq` is the call's UUID in the PBX, an id, no credential.",
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            am: note(rng, t, '', 'call_in', { uniq: u, duration: rng.int(20, 400), source: 'Mango Office', phone: `+79${digits(rng, 9)}` }),
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'amocrm-note-tolvr-embed-jwt',
      'error',
      'A note gives the parent the payment page as an embed link (`/embed/tolvr/<JWT>`, төлвр, "payment").',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(60, 3000),
          jti: true,
          claims: { lead: rng.int(21000000, 21999999), sum: 4800 },
        });
        return { value: token, jwt: facts, event: { am: note(rng, t, `Төлврин хуудсн: https://surhul.${XK}/embed/tolvr/${token}`) } };
      },
    ),
    3,
    plant(
      'webhook',
      'amocrm-note-bitrix24-incoming-webhook',
      'error',
      WHY.webhook(
        'A Bitrix24 incoming webhook (`/rest/<user>/<secret>/crm.lead.add.json`) an administrator noted down while moving leads from the old CRM',
      ),
      ({ rng, t }) => {
        const s = lowerNum(rng, 16);
        return {
          value: s,
          event: { am: note(rng, t, `Хуучн CRM-әс лидс зөөх вебхук: https://xalmgkeln.bitrix24.ru/rest/1/${s}/crm.lead.add.json`) },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'amocrm-note-api-tulkur',
      'error',
      `${WHY.apiKey('api_tulkur')} A teacher's note keeps the address of the attendance export for the lead, with her key in it.`,
      ({ rng, t }) => {
        const k = rng.alnum(40);
        return { value: k, event: { am: note(rng, t, `Ирлһнә таблиц: https://api.surhul.${XK}/v1/export.csv?kurs=a1&api_tulkur=${k}`) } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'amocrm-note-yandex-implicit-access-token',
      'error',
      "A manager pastes the address Yandex ID sent her browser back to after connecting the centre's Yandex Disk, with the OAuth token in the fragment (`#access_token=y0_…`).",
      ({ rng, t }) => {
        const at = `y0_${rng.b64url(55)}`;
        return {
          value: at,
          event: {
            am: note(
              rng,
              t,
              `Диск холвгдв: https://surhul.${XK}/yadisk/ok#access_token=${at}&token_type=bearer&expires_in=31536000&cid=${lowerNum(rng, 26)}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'amocrm-note-copy-as-curl-seans-cookie',
      'error',
      WHY.session(
        "A developer pastes a request copied from the browser's developer tools (\"Copy as cURL\") into a lead's note, its `-b 'seans=…'` cookie included",
      ),
      ({ rng, t }) => {
        const v = rng.hex(32);
        return {
          value: v,
          event: {
            am: note(
              rng,
              t,
              `Эндү давтгдна: curl 'https://surhul.${XK}/api/kabinet' -H 'accept: application/json' -b 'seans=${v}; _ym_uid=${digits(rng, 19)}' -H 'user-agent: ${BROWSERS[0]}'`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'amocrm-note-masked-mir-card',
      'none',
      'A note with the card a payment came from as the bank masks it (`2202 20** **** <4 digits>`): a mask, no credential.',
      ({ rng, t }) => {
        const m = `2202 20** **** ${digits(rng, 4)}`;
        return { value: m, event: { am: note(rng, t, `Төлвр орв, карт ${m}`) } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KA - MSK * MIN + 6 * HOUR, site: { host: 'amocrm' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// surhul-android-logcat.txt: the school's .NET MAUI 9 app on a teacher's Android phone, `adb logcat -v threadtime`:
// `MM-DD hh:mm:ss.mmm  <pid>  <tid> <level> <tag>: <message>` in the phone's local time, no year or zone; the app's
// Console output under the `DOTNET` tag (C# records printed with their `ToString()`, `Name { A = …, B = … }`), the
// Microsoft.Extensions.Logging console lines of HttpClient's handler under the same tag.
// From memory (not fetched): the threadtime layout, the `DOTNET` tag, HttpClient's `Request Headers:` with values
// redacted as `*` (.NET 8+).

function mauiLog(rng) {
  const PID = 8812;
  const stamp = (t) => `${local(t, MSK).slice(5, 10)} ${local(t, MSK).slice(11, 23)}`;
  const render = (e) => e.lc.map(([lvl, tag, msg, tid]) => `${stamp(e.t)}  ${PID}  ${tid ?? PID} ${lvl} ${tag.padEnd(8)}: ${msg}`);
  const API = `https://api.surhul.${XK}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ lc: [['I', 'DOTNET', `[Surhmj] Сурһмҗмүд ачагдв: ${rng.int(4, 40)}`, PID + 28]] }),
      () => ({
        lc: [['I', 'Choreographer', `Skipped ${rng.int(30, 90)} frames!  The application may be doing too much work on its main thread.`]],
      }),
      () => ({
        lc: [
          [
            'D',
            'EGL_emulation',
            `app_time_stats: avg=${rng.int(5, 40)}.${digits(rng, 2)}ms min=${rng.int(1, 5)}.${digits(rng, 2)}ms max=${rng.int(40, 90)}.${digits(rng, 2)}ms count=${rng.int(10, 60)}`,
            PID + 51,
          ],
        ],
      }),
      () => ({ lc: [['I', 'DOTNET', `[Http] ← 200 GET ${API}/v1/surhmjs (${rng.int(80, 900)} ms)`, PID + 28]] }),
    ])();
  const steps = [
    {
      raw: {
        lc: [
          ['I', 'DOTNET', 'Surhul 3.1.0 (android) эклв', PID + 28],
          ['I', 'MonoDroid', 'Using runtime: .NET 9.0.11'],
        ],
      },
      after: 0,
    },
    3,
    plant(
      'oauth-code',
      'maui-webauthenticator-callback-code',
      'warning',
      `${WHY.code} MAUI's WebAuthenticator hands the app the custom-scheme return (\`surhul://orh/callback?code=…&state=…\`), and the app prints it.`,
      ({ rng }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: {
            lc: [['I', 'DOTNET', `[Orh] WebAuthenticator хәрү: surhul://orh/callback?code=${c}&state=${rng.b64url(22)}`, PID + 28]],
          },
        };
      },
    ),
    plant(
      'refresh-token',
      'maui-csharp-record-token-response',
      'error',
      `${WHY.refresh} The app prints the token response, a C# record, with its generated \`ToString()\`: \`TokenResponse { AccessToken = …, RefreshToken = …, … }\`.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return {
          value: rt,
          event: {
            lc: [
              [
                'I',
                'DOTNET',
                `[Orh] TokenResponse { AccessToken = ${rng.b64url(64)}, RefreshToken = ${rt}, ExpiresIn = 3600, TokenType = Bearer }`,
                PID + 28,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    3,
    plant(
      'negative',
      'maui-httpclient-logging-redacted-authorization',
      'none',
      "HttpClient's logging handler writes the request headers with their values redacted (`Authorization: *`), as .NET does by default: a redaction, no credential.",
      () => ({
        value: 'Authorization: *',
        event: {
          lc: [
            ['I', 'DOTNET', 'info: System.Net.Http.HttpClient.Surhul.ClientHandler[102]', PID + 33],
            ['I', 'DOTNET', '      Request Headers:', PID + 33],
            ['I', 'DOTNET', '      Authorization: *', PID + 33],
          ],
        },
      }),
    ),
    3,
    plant(
      'session-id',
      'maui-csharp-record-seans',
      'error',
      WHY.session("The portal's session (`Seans`, сеанс) kept by the app, printed as a C# record (`Seans { Id = …, … }`)"),
      ({ rng }) => {
        const v = rng.b64url(43);
        return {
          value: v,
          event: {
            lc: [
              [
                'I',
                'DOTNET',
                `[Kabinet] Seans { Id = ${v}, EdlgchId = ${rng.int(1000, 9999)}, Kel = xal, Duush = 24.02.2028 13:14:02 }`,
                PID + 28,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'maui-custom-handler-authorization-bearer',
      'error',
      "Beside the redacting handler, the app's own DelegatingHandler writes each request and its headers in debug builds: `Authorization: Bearer …` with the portal's access token.",
      ({ rng }) => {
        const tok = rng.b64url(64);
        return {
          value: tok,
          event: {
            lc: [
              ['D', 'DOTNET', `[Http] → GET ${API}/v1/daalhvr?kurs=a1`, PID + 28],
              ['D', 'DOTNET', `[Http] Authorization: Bearer ${tok}`, PID + 28],
              ['D', 'DOTNET', '[Http] Accept-Language: xal-RU, ru-RU', PID + 28],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'maui-deep-link-data-base64-tulkur',
      'error',
      'A deep link to a lesson packs its parameters as base64url JSON in `data=`; decoded, it holds the student\'s `tulkur` ("key") for the lesson API.',
      ({ rng }) => {
        const b = b64urlOf(JSON.stringify({ surhmj: rng.int(1, 40), tulkur: rng.alnum(32) }));
        return { value: b, event: { lc: [['I', 'DOTNET', `[DeepLink] surhul://surhmj?data=${b}`, PID + 28]] } };
      },
    ),
    3,
    plant(
      'negative',
      'maui-payment-idempotency-key',
      'none',
      'The `Idempotency-Key` the app sends with a course payment (a random UUID that stops a payment being made twice): an id, no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: { lc: [['D', 'DOTNET', `[Tolvr] POST ${API}/v1/tolvr Idempotency-Key: ${u}`, PID + 28]] } };
      },
    ),
    3,
    plant(
      'replay',
      'maui-websocket-bilet-first-use',
      'note',
      WHY.ticketFirst(
        'The class chat opens its WebSocket with a one-time `bilet` ("ticket") in the query, and the app prints the address when it connects. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(32);
        return { value: tk, event: { lc: [['I', 'DOTNET', `[Ws] Холвгдв: wss://api.surhul.${XK}/ws?bilet=${tk}`, PID + 40]] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_KA - MSK * MIN + 10 * HOUR, site: { host: 'maui' }, filler, render, steps });
}

// =====================================================================================================================
// Хакас кийіс артели, a felt and honey co-operative near Abakan (Khakas; KRAT, UTC+7 all year)
// =====================================================================================================================

const KH = 'xakaskiyis.example';

// ---------------------------------------------------------------------------------------------------------------------
// laravel-2028-02-07.log: the co-operative's wiki of Khakas teaching material on BookStack (Laravel's daily log,
// `storage/logs/laravel-YYYY-MM-DD.log`): Monolog's `[yyyy-mm-dd hh:mm:ss] production.<LEVEL>: <message> <context JSON>
// []` in local time without zone; an exception's context holds `"exception":"[object] (<class>(code: …): … at …)` and
// `[stacktrace]` with PHP's `#0 …` frames on further lines. A theme (`themes/kiyis/functions.php`, BookStack's "logical
// theme" system) adds the co-operative's own log lines in Khakas.
// From memory (not fetched): BookStack's webhook failure message, Laravel's QueryException text with `(Connection: …,
// SQL: …)`, Guzzle's `cURL error 28 … for <url>`; PHP 8.2's `Object(SensitiveParameterValue)` in traces.

function bookstackLog(rng) {
  const stamp = (t) => ymdHmsAt(t, KRAT);
  const render = (e) => lines(`[${stamp(e.t)}] production.${e.lvl}: ${e.msg}`);
  const ctx = (o) => JSON.stringify(o);
  const bs = (text) => text.replace(/\\/g, '\\\\');
  const exc = (cls, msg, at, frames) =>
    `${ctx({ userId: 3, exception: '__X__' }).replace('"__X__"', () => `"[object] (${bs(cls)}(code: 0): ${bs(msg).replace(/"/g, '\\"')} at ${at})\n[stacktrace]\n${frames.map((f, i) => `#${i} ${bs(f)}`).join('\n')}\n"`)} []`;
  const V = '/var/www/bookstack';
  const filler = (rng) =>
    rng.pick([
      () => ({
        lvl: 'INFO',
        msg: `Кніге кӧрілді ${ctx({ book: rng.pick(['xakas-tili-1-klass', 'chooxtar', 'kiyis-ester', 'ara-kiziler']), user: rng.int(2, 40) })} []`,
      }),
      () => ({
        lvl: 'ERROR',
        msg: `No query results for model [BookStack\\Entities\\Models\\Page]. ${exc('Illuminate\\Database\\Eloquent\\ModelNotFoundException', 'No query results for model [BookStack\\Entities\\Models\\Page].', `${V}/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php:617`, [`${V}/app/Entities/Queries/PageQueries.php(${rng.int(30, 90)}): Illuminate\\Database\\Eloquent\\Builder->firstOrFail()`, '{main}'])}`,
      }),
      () => ({ lvl: 'INFO', msg: `${rng.int(2, 40)} кізі кірді ${ctx({ ip: publicIp(rng) })} []` }),
    ])();
  const steps = [
    3,
    plant(
      'negative',
      'bookstack-pdo-sensitive-parameter-value',
      'none',
      'PHP 8.2 hides the PDO password in the trace of a failed connection as `Object(SensitiveParameterValue)`: a redaction, no credential.',
      () => ({
        value: 'Object(SensitiveParameterValue)',
        event: {
          lvl: 'ERROR',
          msg: `SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from \`settings\` where \`setting_key\` = app-name limit 1) ${exc('Illuminate\\Database\\QueryException', 'SQLSTATE[HY000] [2002] Connection refused', `${V}/vendor/laravel/framework/src/Illuminate/Database/Connection.php:825`, [`${V}/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db;port=3306;dbname=bookstack', 'bookstack', Object(SensitiveParameterValue), Array)`, '{main}'])}`,
        },
      }),
    ),
    3,
    plant(
      'framework-dump',
      'bookstack-theme-log-debug-mail-config-password',
      'error',
      "The theme's `functions.php` logs the SMTP configuration while someone chased a mail problem: Laravel's context JSON of `config('mail.mailers.smtp')`, `password` included.",
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            lvl: 'DEBUG',
            msg: `Почта тузалбинча ${ctx({ transport: 'smtp', host: 'smtp.mail.ru', port: 465, encryption: 'ssl', username: `wiki@${KH}`, password: pw, timeout: null })} []`,
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'bookstack-query-exception-email-confirmations-token',
      'error',
      WHY.pathSecret(
        "A duplicate-key error quotes the SQL insert into `email_confirmations`, with the token that makes the new user's confirmation link (`/register/confirm/<token>`)",
      ),
      ({ rng, t }) => {
        const tok = rng.alnum(24);
        const at = stamp(t);
        const msg = `SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${rng.int(20, 90)}' for key 'email_confirmations_user_id_unique'`;
        return {
          value: tok,
          event: {
            lvl: 'ERROR',
            msg: `${msg} (Connection: mysql, SQL: insert into \`email_confirmations\` (\`user_id\`, \`token\`, \`updated_at\`, \`created_at\`) values (${rng.int(20, 90)}, ${tok}, ${at}, ${at})) ${exc('Illuminate\\Database\\UniqueConstraintViolationException', msg, `${V}/vendor/laravel/framework/src/Illuminate/Database/Connection.php:820`, [`${V}/app/Access/UserTokenService.php(${rng.int(60, 90)}): Illuminate\\Database\\Query\\Builder->insert(Array)`, '{main}'])}`,
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'bookstack-webhook-call-failed-mattermost',
      'error',
      WHY.webhook(
        "BookStack's webhook to the co-operative's Mattermost channel (`/hooks/<26 characters>`) fails, and BookStack writes the endpoint in its error",
      ),
      ({ rng }) => {
        const h = lowerNum(rng, 26);
        return {
          value: h,
          event: { lvl: 'ERROR', msg: `Webhook call to endpoint https://chat.${KH}/hooks/${h} failed with status 403 [] []` },
        };
      },
    ),
    3,
    plant(
      'replay',
      'bookstack-theme-bilet-first',
      'note',
      WHY.ticketFirst(
        'The theme registers people for a felt-making workshop with a one-time `bilet` ("ticket") link and logs each acceptance with the ticket and the address (`Билет хабылды`). The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(22);
        firstUse.kbilet = t;
        return { value: tk, event: { lvl: 'INFO', msg: `Билет хабылды ${ctx({ bilet: tk, ip: '203.0.113.58', user: 17 })} []` } };
      },
      { ref: 'kbilet' },
    ),
    1,
    plant(
      'replay',
      'bookstack-theme-bilet-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('kbilet').value,
            why: `${WHY.replay('bilet', gap('kbilet', t))} Another address and another account were let in with the same ticket.`,
          },
        ],
        event: { lvl: 'INFO', msg: `Билет хабылды ${ctx({ bilet: refs.get('kbilet').value, ip: '198.51.100.201', user: 31 })} []` },
      }),
      { replayOf: 'kbilet', after: 212 },
    ),
    3,
    plant(
      'embed-jwt',
      'bookstack-guzzle-timeout-metabase-embed-jwt',
      'error',
      "A PDF export fetches the Metabase chart embedded in a page and times out; Guzzle's message ends with the URL, `/api/embed/card/<JWT>/…`",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { resource: { question: rng.int(3, 40) }, params: {} } });
        return {
          value: token,
          jwt: facts,
          event: {
            lvl: 'ERROR',
            msg: `cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://metabase.${KH}/api/embed/card/${token}/query/png [] []`,
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'bookstack-query-exception-api-tokens-bcrypt-secret',
      'none',
      "A failed insert into `api_tokens` quotes the new token's row; BookStack keeps its secret only as a bcrypt hash (`$2y$10$…`): a hash, no credential.",
      ({ rng, t }) => {
        const h = `$2y$10$${rng.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
        const at = stamp(t);
        return {
          value: h,
          event: {
            lvl: 'ERROR',
            msg: `SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'name' at row 1 (Connection: mysql, SQL: insert into \`api_tokens\` (\`name\`, \`token_id\`, \`secret\`, \`user_id\`, \`expires_at\`, \`updated_at\`, \`created_at\`) values (Хакас сӧстік, ${rng.alnum(32)}, ${h}, 4, 2029-02-07, ${at}, ${at})) [] []`,
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'bookstack-theme-login-failed-cookie-header',
      'error',
      WHY.session(
        'The theme logs failed sign-ins with the request\'s headers as context (`Кірерге чарабады`, "could not enter"); the `cookie` header holds `bookstack_session`, Laravel\'s encrypted session cookie',
      ),
      ({ rng }) => {
        const v = b64Of(JSON.stringify({ iv: rng.b64url(22), value: rng.b64url(180), mac: rng.hex(64), tag: '' }));
        return {
          value: v,
          event: {
            lvl: 'WARNING',
            msg: `Кірерге чарабады ${ctx({ email: `${lowerNum(rng, 6)}@mail.ru`, headers: { cookie: [`bookstack_session=${v}; XSRF-TOKEN=${b64Of(rng.hex(40))}`] } })} []`,
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KH - KRAT * MIN + 8 * HOUR, site: { host: 'bookstack' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// readarr.txt: Readarr 0.4 keeping the co-operative's library of Khakas books and audiobooks, log level Trace: NLog's
// `yyyy-mm-dd hh:mm:ss.f|<Level>|<Logger>|<message>` in local time without zone, HttpClient's `Req: [GET] <url>` trace
// lines, an exception's text on the lines after its message. Readarr's own cleanser replaces known key parameters
// (`apikey=(removed)`); names it does not know pass through.
// From memory (not fetched): the line layout, the logger names, `Req:`/`Res:`, the cleanser's output.

function readarrLog(rng) {
  const render = (e) => lines(`${ymdHmsAt(e.t, KRAT)}.${Math.floor((e.t % 1000) / 100)}|${e.lvl}|${e.lg}|${e.msg}`);
  const AUTHORS = ['Николай Доможаков', 'Моисей Баинов', 'Михаил Кильчичаков', 'Валентина Татарова', 'Нина Чаптыкова'];
  const filler = (rng) =>
    rng.pick([
      () => ({ lvl: 'Info', lg: 'RefreshAuthorService', msg: `Updating info for ${rng.pick(AUTHORS)}` }),
      () => ({
        lvl: 'Debug',
        lg: 'DiskScanService',
        msg: `Scanning '/books/${rng.pick(['Хакас чоохтар', 'Ара кізілер', 'Кийіс ӧнерзі'])}' for book files`,
      }),
      () => ({
        lvl: 'Trace',
        lg: 'HttpClient',
        msg: `Res: HTTP/2.0 [GET] https://api.bookinfo.pro/v1/author/${rng.int(100000, 999999)}: 200.OK (${rng.int(80, 900)} ms)`,
      }),
    ])();
  const steps = [
    { raw: { lvl: 'Info', lg: 'Bootstrap', msg: 'Starting Readarr - /opt/Readarr/Readarr - Version 0.4.18.2805' }, after: 0 },
    3,
    plant(
      'negative',
      'readarr-cleansed-apikey-removed',
      'none',
      "Readarr's log cleanser has replaced the indexer key in a Prowlarr search with `(removed)`: a redaction, no credential.",
      ({ rng }) => ({
        value: '&apikey=(removed)',
        event: {
          lvl: 'Trace',
          lg: 'HttpClient',
          msg: `Req: [GET] http://prowlarr:9696/${rng.int(1, 9)}/api?t=book&cat=7000,3030&extended=1&apikey=(removed)&offset=0&limit=100&q=%D1%85%D0%B0%D0%BA%D0%B0%D1%81`,
        },
      }),
    ),
    3,
    plant(
      'api-key-name',
      'readarr-goodreads-list-rss-key',
      'error',
      `${WHY.apiKey('key')} A Goodreads shelf's RSS (\`/review/list_rss/<user>?key=…\`) as an import list; the cleanser does not know \`key\`, and the warning quotes the URL.`,
      ({ rng }) => {
        const k = rng.b64url(40);
        return {
          value: k,
          event: {
            lvl: 'Warn',
            lg: 'ImportListSyncService',
            msg: `Goodreads list import failed: https://www.goodreads.com/review/list_rss/${digits(rng, 9)}?key=${k}&shelf=to-read (HTTP 503)`,
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'readarr-httpclient-req-achhys',
      'error',
      `${WHY.apiKey('achhys')} (\`achhys\` is ачхыс, "key".) The co-operative's own book server is added as a custom list; the cleanser does not know the Khakas name, and the trace line writes the request.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: { lvl: 'Trace', lg: 'HttpClient', msg: `Req: [GET] https://kniger.${KH}/opds/new?til=kjh&achhys=${k}` } };
      },
    ),
    3,
    plant(
      'negative',
      'readarr-torrent-info-hash',
      'none',
      "The grabbed release's torrent info hash (40 hex, a SHA-1 of the torrent's metadata): an id, no credential.",
      ({ rng }) => {
        const h = rng.hex(40).toUpperCase();
        return { value: h, event: { lvl: 'Debug', lg: 'QBittorrent', msg: `Adding torrent ${h} to category 'readarr'` } };
      },
    ),
    3,
    plant(
      'encoded',
      'readarr-jackett-download-path-base64-passkey',
      'error',
      "A download link from Jackett carries the tracker's own download URL in `path=` as base64; decoded, it holds the tracker account's `passkey`, which the cleanser cannot see.",
      ({ rng }) => {
        const b = b64urlOf(`https://tracker.kitapxana.example/download.php?id=${rng.int(10000, 99999)}&passkey=${rng.hex(32)}`);
        return {
          value: b,
          event: {
            lvl: 'Trace',
            lg: 'HttpClient',
            msg: `Req: [GET] http://jackett:9117/dl/kitapxana/?jackett_apikey=(removed)&path=${b}&file=Xakas+chooxtar`,
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'readarr-webhook-connection-n8n-url',
      'error',
      WHY.webhook(
        'The "Webhook" connection posts to an n8n workflow whose production URL (`/webhook/<uuid>`) is its only secret; the error writes the URL',
      ),
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            lvl: 'Error',
            lg: 'Webhook',
            msg: `Unable to post payload to https://n8n.${KH}/webhook/${u}\n\n[v0.4.18.2805] NzbDrone.Common.Http.HttpException: HTTP request failed: [502:BadGateway] [POST] at [https://n8n.${KH}/webhook/${u}]\n   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./Readarr.Common/Http/HttpClient.cs:line 119`,
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_KH - KRAT * MIN + 4 * HOUR, site: { host: 'readarr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gumroad-pings.jsonl: the co-operative's shop of felt patterns and a Khakas learning app on Gumroad; the shop's small
// receiver keeps each Gumroad Ping (a form POST per sale) as a JSON line: `sale_id`, `sale_timestamp` (ISO 8601, UTC),
// `order_number`, `seller_id`, `product_id`, `product_permalink`, `short_product_id`, `product_name`, `email`,
// `url_params` (the query of the product page the buyer came from), `full_name`, `purchaser_id`, `ip_country`, `price`,
// `referrer`, `quantity`, `custom_fields` (the seller's questions, named in Khakas), `license_key` for the app, `test`.
// From memory (not fetched): the ping's fields.

function gumroadLog(rng) {
  const render = (e) => [JSON.stringify(e.gr)];
  const PRODUCTS = [
    ['Кийіс ӧрнектері: 12 ӧрнек (PDF)', 'ornek12', '1200'],
    ['Хакас тілі: 1 клас, аудио', 'tilaudio', '900'],
    ['Ара чарии, 2028 (PDF)', 'ara28', '500'],
  ];
  const sale = (rng, t, extra = {}, product = rng.pick(PRODUCTS)) => ({
    sale_id: `${rng.chars(B64, 22)}==`,
    sale_timestamp: `${iso(t).slice(0, 19)}Z`,
    order_number: digits(rng, 9),
    seller_id: 'Xk3sP0a8qLmN2bV7cR1tYw==',
    product_id: `${rng.chars(B64, 22)}==`,
    product_permalink: `https://kiyis.gumroad.com/l/${product[1]}`,
    short_product_id: product[1],
    product_name: product[0],
    email: `${lowerNum(rng, 8)}@${rng.pick(['gmail.com', 'mail.ru', 'yandex.kz', 'web.de'])}`,
    url_params: {},
    full_name: rng.pick(['Айана Тоданова', 'Aruzhan S.', 'Lena Weber', 'Чечек Боргоякова']),
    purchaser_id: digits(rng, 13),
    ip_country: rng.pick(['Kazakhstan', 'Germany', 'Mongolia', 'Kyrgyzstan']),
    price: product[2],
    variants: {},
    test: 'false',
    referrer: 'direct',
    quantity: '1',
    custom_fields: {},
    can_contact: 'true',
    refunded: 'false',
    discover_fee_charged: 'false',
    is_gift_receiver_purchase: 'false',
    ...extra,
  });
  const APP = ['Хакас тілі: ӱгренчең программа', 'tilapp', '2500'];
  const filler = (rng, t) => ({ gr: sale(rng, t) });
  const steps = [
    3,
    plant(
      'negative',
      'gumroad-sale-id',
      'none',
      "Gumroad's `sale_id` (base64 with `==`), the sale's id in its API: an id, no credential.",
      ({ rng, t }) => {
        const s = sale(rng, t);
        return { value: s.sale_id, event: { gr: s } };
      },
    ),
    3,
    plant(
      'id-token',
      'gumroad-url-params-id-token',
      'error',
      "The co-operative's site links signed-in members to the product page with their `id_token` in the query, and Gumroad hands the page's query back in `url_params`; the ping's `sale_timestamp` is UTC",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(60, 900),
          claims: { iss: `https://id.${KH}`, aud: 'kiyis-shop', sub: rng.uuid() },
        });
        return { value: token, jwt: facts, event: { gr: sale(rng, t, { url_params: { id_token: token, utm_source: 'sait' } }) } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'gumroad-ping-license-key',
      'error',
      `${WHY.apiKey('license_key')} The learning app's licence, which unlocks it on any device, arrives in the ping of its sale.`,
      ({ rng, t }) => {
        const k = [0, 1, 2, 3].map(() => rng.hex(8).toUpperCase()).join('-');
        return { value: k, event: { gr: sale(rng, t, { license_key: k }, APP) } };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'gumroad-referrer-ornek-embed-jwt',
      'warning',
      'The buyer came from a pattern preview embedded in the co-operative\'s site (`/embed/ornek/<JWT>`, ӧрнек, "pattern"), and the ping\'s `referrer` keeps it, a short-lived token that stays reusable until it expires',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(20, 70), claims: { ornek: rng.int(1, 12), sub: 'preview' } });
        return { value: token, jwt: facts, event: { gr: sale(rng, t, { referrer: `https://${KH}/embed/ornek/${token}` }, PRODUCTS[0]) } };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'gumroad-custom-field-pichik-access-token-fragment',
      'error',
      'The shop asks buyers for a note (`Пічік`, "letter"); one pastes the address of the members\' page she was on, with the token of the sign-in return in its fragment (`#access_token=…`).',
      ({ rng, t }) => {
        const at = rng.b64url(43);
        return {
          value: at,
          event: {
            gr: sale(rng, t, {
              custom_fields: { Пічік: `Мин членмін: https://${KH}/kizi#access_token=${at}&token_type=Bearer&expires_in=3600` },
            }),
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'gumroad-url-params-fbclid',
      'none',
      'A buyer from a Facebook ad: `url_params` keeps the `fbclid` (`IwAR…`), a click id, no credential.',
      ({ rng, t }) => {
        const f = `IwAR${rng.b64url(56)}`;
        return { value: f, event: { gr: sale(rng, t, { url_params: { fbclid: f } }) } };
      },
    ),
    3,
    plant(
      'path-secret',
      'gumroad-custom-field-ules-share-link',
      'error',
      WHY.pathSecret(
        'A buyer answers the shop\'s note question with the share link (`/ules/<token>`, ӱлес, "share") of a photo album of her felt work on the co-operative\'s site',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(24);
        return { value: tok, event: { gr: sale(rng, t, { custom_fields: { Пічік: `Алғыс! Мин кийізім: https://${KH}/ules/${tok}` } }) } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_KH - KRAT * MIN + 5 * HOUR, site: { host: 'gumroad' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// coolterm-ara-3.txt: CoolTerm's capture to a text file (no timestamps) of the USB serial port of a beehive scale, an
// ESP32 board with a SIM7000G modem running an Arduino sketch with TinyGSM, whose `StreamDebugger` copies the modem's
// AT traffic to the same port: the sketch's lines `[<millis>] <message>` (in Khakas), TinyGSM's `### …` lines, the AT
// commands and the modem's answers (`OK`, `+HTTPACTION: 0,200,…`, `DOWNLOAD`).
// From memory (not fetched): TinyGSM's `### TinyGSM Version` lines, SIM7000's `AT+HTTPPARA`/`AT+HTTPDATA`/`AT+HTTPACTION`.

function cooltermLog(rng) {
  const START = DAY_KH - KRAT * MIN + 11 * HOUR;
  const boot = START - 300;
  const render = (e) => e.ct.map((m) => m.replace('{ms}', String(e.t - boot).padStart(7, ' ')));
  const http = (url, extra = [], method = 0) => [
    'AT+HTTPINIT',
    'OK',
    `AT+HTTPPARA="URL","${url}"`,
    'OK',
    ...extra,
    `AT+HTTPACTION=${method}`,
    'OK',
    '',
    `+HTTPACTION: ${method},200,${rng.int(2, 60)}`,
    'AT+HTTPTERM',
    'OK',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ ct: [`[{ms}] Ара уязы 3: ${rng.int(38, 46)}.${digits(rng, 2)} кг, ${rng.int(12, 34)}.${rng.int(0, 9)}°C`] }),
      () => ({ ct: ['AT+CSQ', `+CSQ: ${rng.int(9, 24)},99`, 'OK'] }),
      () => ({ ct: ['AT+CBC', `+CBC: 0,${rng.int(60, 99)},${rng.int(3700, 4150)}`, 'OK'] }),
    ])();
  const steps = [
    {
      raw: {
        get ct() {
          return [
            'ets Jul 29 2019 12:21:46',
            '',
            'rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)',
            '[{ms}] Ара уязы 3, firmware 1.2.4',
          ];
        },
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'coolterm-sketch-config-print-mqtt-chazhyt',
      'error',
      'At boot the sketch prints its configuration, `mqtt_chazhyt` (чажыт, "secret") with the MQTT password of the scale\'s account in clear.',
      ({ rng, t }) => {
        const pw = rng.alnum(16);
        return {
          value: pw,
          event: { ct: [`[{ms}] cfg: ara_uya=3 apn=internet.mts.ru mqtt=mqtt.${KH}:8883 mqtt_user=ara3 mqtt_chazhyt=${pw}`] },
        };
      },
      { after: 0.8 },
    ),
    {
      raw: {
        ct: [
          '[{ms}] ### TinyGSM Version: 0.12.0',
          '[{ms}] ### TinyGSM Compiled Module:  TinyGsmClientSIM7000SSL',
          '[{ms}] ### Modem: SIMCOM SIM7000G',
        ],
      },
    },
    plant(
      'negative',
      'coolterm-modem-imei',
      'none',
      "The modem's IMEI (`AT+GSN`, 15 digits), the device's hardware id: no credential.",
      ({ rng }) => {
        const imei = `86${digits(rng, 13)}`;
        return { value: imei, event: { ct: ['AT+GSN', '', imei, '', 'OK', '[{ms}] Сеть табылды: MTS RUS'] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'coolterm-at-httppara-thingspeak-api-key',
      'error',
      `${WHY.apiKey('api_key')} ThingSpeak's channel write key, in the URL the sketch sets with \`AT+HTTPPARA="URL",…\`, echoed on the port.`,
      ({ rng }) => {
        const k = upperNum(rng, 16);
        return {
          value: k,
          event: {
            ct: http(
              `http://api.thingspeak.com/update?api_key=${k}&field1=${rng.int(38, 46)}.${digits(rng, 2)}&field2=${rng.int(12, 34)}.${rng.int(0, 9)}`,
            ),
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'coolterm-at-httpdata-refresh-body',
      'error',
      `${WHY.refresh} The sketch renews its cloud token with a POST whose body it writes after \`AT+HTTPDATA\`, and the debugger echoes the body.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        const body = `grant_type=refresh_token&refresh_token=${rt}&client_id=ara-scale`;
        return {
          value: rt,
          event: {
            ct: http(
              `https://id.${KH}/oauth/token`,
              [
                'AT+HTTPPARA="CONTENT","application/x-www-form-urlencoded"',
                'OK',
                `AT+HTTPDATA=${body.length},10000`,
                'DOWNLOAD',
                body,
                'OK',
              ],
              1,
            ),
          },
        };
      },
    ),
    plant(
      'header-dump',
      'coolterm-at-httppara-userdata-authorization',
      'error',
      'The sketch adds its header with `AT+HTTPPARA="USERDATA","Authorization: Bearer …"`, echoed on the port with the access token.',
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: { ct: http(`https://api.${KH}/v1/ara/3/ölchem`, [`AT+HTTPPARA="USERDATA","Authorization: Bearer ${tok}"`, 'OK'], 1) },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'coolterm-at-httppara-home-assistant-webhook',
      'error',
      WHY.webhook(
        "A Home Assistant webhook (`/api/webhook/<id>`) the scale calls when the hive's weight drops (a swarm); its id is the only secret",
      ),
      ({ rng }) => {
        const id = rng.hex(64);
        return {
          value: id,
          event: {
            ct: [
              `[{ms}] Алӌас: ара уязы 3 ${rng.int(2, 4)}.${digits(rng, 1)} кг чиңілді!`,
              ...http(`https://ha.${KH}/api/webhook/${id}`, [], 1),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'coolterm-sim-iccid',
      'none',
      "The SIM card's ICCID (`AT+CCID`, 19 digits), printed after a modem restart: a card number, no credential.",
      ({ rng }) => {
        const iccid = `8970101${digits(rng, 12)}`;
        return { value: iccid, event: { ct: ['AT+CCID', iccid, '', 'OK'] } };
      },
    ),
    plant(
      'path-secret',
      'coolterm-at-httppara-ota-path-token',
      'error',
      WHY.pathSecret(
        'The firmware update comes from a per-device path (`/fw/<token>/ara-1.3.bin`) the server hands out; the sketch sets it as the URL and it is echoed',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { ct: ['[{ms}] Firmware 1.3 бар, чӱктирбін', ...http(`https://ota.${KH}/fw/${tok}/ara-1.3.bin`)] } };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: START, site: { host: 'ara' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout105');
writePart(join(here, 'heldout105'), {
  'acme.sh.log': acmeLog(rng),
  'pod-install-ci.txt': cocoapodsLog(rng),
  'chargebee-events.jsonl': chargebeeLog(rng),
  'freshclam.log': freshclamLog(rng),
  'foobar2000-console.txt': foobarLog(rng),
  'xalmg-tol.log': fyneLog(rng),
  'tilda-leads.csv': tildaLog(rng),
  'surhul-bot.log': vkTeamsLog(rng),
  'amocrm-lead-notes.jsonl': amocrmLog(rng),
  'surhul-android-logcat.txt': mauiLog(rng),
  'laravel-2028-02-07.log': bookstackLog(rng),
  'readarr.txt': readarrLog(rng),
  'gumroad-pings.jsonl': gumroadLog(rng),
  'coolterm-ara-3.txt': cooltermLog(rng),
});
