// Writes corpus/logs-in-the-wild/heldout87/: an eighty-seventh held-out part, in formats no other part uses (`vagrant up
// --debug` of Vagrant 2.4, a Postmark outbound-messages and clicks export, a CircleCI job's downloaded step output, a
// Cyberduck 9 log with its transcript, `particle serial monitor` of a Particle Boron, a Chocolatey 2.4 `chocolatey.log`,
// a Zendesk audit-log export, an Oat++ 1.3 service's DefaultLogger output, a Jamf Pro `/var/log/jamf.log`, `brew install
// --debug --verbose`, a Cisco Secure Web Appliance access log, a Bugsnag events export, `docker logs` of SonarQube 10, a
// Microsoft 365 unified audit log CSV), with credentials planted in the places issue #14 lists and look-alikes that are
// no credential, and its labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout87.mjs     rewrites heldout87/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256/ES256 signatures are random bytes. The log builder (labels, repeat lines, the check that no
// planted value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three organisations: the Stanley Harbour & Camp Co-operative of Stanley (Falkland Islands; FKST, UTC-3 all year), which
// markets its members' wool clip, runs wildlife tours from the jetty and keeps a scale in the Goose Green wool shed
// (English, five logs); the Cooperativa d'a Val d'Echo (Echo, Huesca), a valley co-operative with a cheese dairy
// (formachería), the bookings of the valley's mountain refuges (refuchios) and the Linza Nordic ski centre's ticket desk
// (taquilla) (Aragonese in the Academia Aragonesa de la Lengua's orthography, five logs); the Serbski kulturny dom Kulow
// (Wittichenau), a Sorbian cultural house with the Easter riders' (křižerjo) and Easter egg market (jutrowne jejka) pages,
// a spelling-checker project (serbski prawopis) and its office (Upper Sorbian, four logs). Standard names (OAuth's,
// vendors') stay as their specifications write them.
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, publicIp, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { DAYS, digits, HOUR, iso, local, lowerNum, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'node'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildOne = logBuilder(baseRequest);
/** Two more ordinary entries between planted ones, except just before a replay. */
const buildLog = (rng, spec) =>
  buildOne(rng, { ...spec, steps: spec.steps.map((s, i) => (typeof s === 'number' && !spec.steps[i + 1]?.replayOf ? s + 2 : s)) });
const { firstUse, gap } = replayClock();

/** The Falklands (FKST, UTC-3 all year), Aragon and Lusatia in winter (CET, UTC+1), Postmark's API clock (EST, UTC-5). */
const FKST = -180;
const CET = 60;
const EST = -300;
const DAY_FK = Date.UTC(2027, 0, 22, 0, 0, 0);
const DAY_AR = Date.UTC(2027, 1, 13, 0, 0, 0);
const DAY_HS = Date.UTC(2027, 2, 20, 0, 0, 0);

/** `yyyy-MM-dd HH:mm:ss,SSS` at `offset` minutes from UTC (log4j's and log4net's default date). */
const commaMs = (t, offset) => `${ymdHmsAt(t, offset)},${local(t, offset).slice(20, 23)}`;

// =====================================================================================================================
// Stanley Harbour & Camp Co-operative (English; Stanley, Falkland Islands: FKST, UTC-3 all year)
// =====================================================================================================================

const SH = 'stanleycoop.example';

// ---------------------------------------------------------------------------------------------------------------------
// vagrant-up-debug.log: `vagrant up --debug > vagrant-up-debug.log 2>&1` of Vagrant 2.4.3 on the web developer's Mac
// (the tours site and its database in two VirtualBox machines): log4r's `<LEVEL, 5 wide, right-aligned> <logger>:
// <message>` without a time, the UI's `==> <machine>: …` lines in between, the downloader's `-- Source:` and the curl
// command line the subprocess logger writes (`Starting process: [...]`), the SSH communicator's `Execute:` and
// `stdout:`/`stderr:` lines of a shell provisioner.
// Layout read through search (hashicorp/vagrant issues #6854, #6861, #11850 and vagrant-softlayer #64 quote such debug
// logs); the `Authorization` header for a private box, `Execute:` with the provisioner's `env` and the checksum line from
// memory.

function vagrantLog(rng) {
  let provisioning = false;
  const render = (e) => e.vg.map((x) => (typeof x === 'string' ? x : `${x[0].padStart(5)} ${x[1]}: ${x[2]}`));
  const HOME = '/Users/kelper';
  const CURL = '"/opt/vagrant/embedded/bin/curl", "-q", "--fail", "--location", "--max-redirs", "10", "--verbose"';
  const UA = '"--user-agent", "Vagrant/2.4.3 (+https://www.vagrantup.com; ruby3.3.6)"';
  const ACTIONS = [
    'Vagrant::Action::Builtin::ConfigValidate',
    'VagrantPlugins::ProviderVirtualBox::Action::CheckAccessible',
    'Vagrant::Action::Builtin::BoxCheckOutdated',
    'VagrantPlugins::ProviderVirtualBox::Action::SetName',
    'Vagrant::Action::Builtin::SyncedFolders',
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({
        vg: [
          ['DEBUG', 'subprocess', 'Selecting on IO'],
          ['DEBUG', 'subprocess', `Waiting for process to exit. Remaining to timeout: ${rng.int(31990, 32000)}`],
          ['DEBUG', 'subprocess', 'Exit status: 0'],
        ],
      }),
      () => ({ vg: [['INFO', 'warden', `Calling IN action: #<${rng.pick(ACTIONS)}:0x0000${rng.hex(12)}>`]] }),
      () => ({
        vg: [
          [
            'INFO',
            'subprocess',
            `Starting process: ["/usr/local/bin/VBoxManage", "list", "${rng.pick(['hostonlyifs', 'dhcpservers', 'vms'])}"]`,
          ],
        ],
      }),
      () => ({
        vg: [
          provisioning
            ? [
                'DEBUG',
                'ssh',
                `stdout: ${rng.pick([
                  `Setting up nginx (1.22.1-9+deb12u${rng.int(1, 3)}) ...`,
                  `Get:${rng.int(2, 60)} http://deb.debian.org/debian bookworm/main amd64 postgresql-15 amd64 15.${rng.int(8, 12)}-0+deb12u1 [16.${rng.int(1, 9)} MB]`,
                  'Unpacking python3-venv (3.11.2-1+b1) ...',
                  `Processing triggers for man-db (2.11.2-2) ...`,
                ])}`,
              ]
            : ['DEBUG', 'virtualbox', `Searching for VBoxManage at: /usr/local/bin/VBoxManage`],
        ],
      }),
      () => ({
        vg: [
          ['DEBUG', 'virtualbox', 'Reading machine state'],
          ['INFO', 'machine', `Calling action: ${rng.pick(['read_state', 'ssh_info'])} on provider VirtualBox`],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        vg: [
          ['INFO', 'global', 'Vagrant version: 2.4.3'],
          ['INFO', 'global', 'Ruby version: 3.3.6'],
          ['INFO', 'global', 'RubyGems version: 3.5.22'],
          ['INFO', 'global', 'VAGRANT_LOG="debug"'],
          ['INFO', 'global', 'VAGRANT_INSTALLER_ENV="1"'],
          ['INFO', 'vagrant', '`vagrant` invoked: ["up", "--debug"]'],
          ['INFO', 'environment', `  - cwd: ${HOME}/src/tours-site`],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'vagrant-virtualbox-machine-uuid',
      'none',
      "The VirtualBox machine's UUID the driver is instantiated for: an identifier of a local VM, no credential.",
      ({ rng }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            vg: [
              ['INFO', 'machine', 'Initializing machine: web'],
              ['DEBUG', 'virtualbox', `Instantiating the driver for machine ID: "${id}"`],
            ],
          },
        };
      },
      { after: 1 },
    ),
    2,
    plant(
      'header-dump',
      'vagrant-subprocess-curl-argv-authorization-bearer-atlas-token',
      'error',
      "The web machine's box is private on the box registry: Vagrant adds `Authorization: Bearer <token>` to the curl it runs for the box metadata, and the subprocess logger writes curl's whole argument list with it (an `…atlasv1…` registry token).",
      ({ rng }) => {
        const tok = `${rng.alnum(14)}.atlasv1.${rng.alnum(68)}`;
        const tmp = `${HOME}/.vagrant.d/tmp/box${rng.hex(40)}`;
        return {
          value: tok,
          event: {
            vg: [
              ['INFO', 'interface', "output: Loading metadata for box 'stanleycoop/tours-dev'"],
              "==> web: Loading metadata for box 'stanleycoop/tours-dev'",
              ['INFO', 'downloader', 'Downloader starting download: '],
              ['INFO', 'downloader', '  -- Source: https://vagrantcloud.com/api/v2/vagrant/stanleycoop/tours-dev'],
              ['INFO', 'downloader', `  -- Destination: ${tmp}`],
              [
                'INFO',
                'subprocess',
                `Starting process: [${CURL}, ${UA}, "-H", "Accept: application/json", "-H", "Authorization: Bearer ${tok}", "--output", "${tmp}", "https://vagrantcloud.com/api/v2/vagrant/stanleycoop/tours-dev"]`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'vagrant-box-checksum-sha256',
      'none',
      'The SHA-256 the box metadata gives for the box file, which Vagrant compares after the download: a hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            vg: [
              ['INFO', 'interface', 'detail: Calculating and comparing box checksum...'],
              ['DEBUG', 'box_add', `Expected checksum (sha256): ${h}`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'vagrant-box-url-share-link-downloader-and-subprocess',
      'error',
      WHY.pathSecret(
        "The db machine's `box_url` is a share link of the co-operative's file server (`/s/<token>/db-base-2027.box`); the downloader writes it as its `-- Source:` and the subprocess logger again in curl's argument list",
      ),
      ({ rng }) => {
        const tok = rng.alnum(24);
        const url = `https://files.${SH}/s/${tok}/db-base-2027.box`;
        const tmp = `${HOME}/.vagrant.d/tmp/box${rng.hex(40)}`;
        return {
          value: tok,
          event: {
            vg: [
              ['INFO', 'machine', 'Initializing machine: db'],
              ['INFO', 'downloader', 'Downloader starting download: '],
              ['INFO', 'downloader', `  -- Source: ${url}`],
              ['INFO', 'downloader', `  -- Destination: ${tmp}`],
              ['INFO', 'subprocess', `Starting process: [${CURL}, ${UA}, "--continue-at", "-", "--output", "${tmp}", "${url}"]`],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'framework-dump',
      'vagrant-ssh-execute-shell-provisioner-env-db-password',
      'error',
      'The shell provisioner gets the database password through its `env` option; the SSH communicator logs the command it runs (`Execute: … DB_PASSWORD="…" /tmp/vagrant-shell (sudo=true)`), the environment included.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        provisioning = true;
        return {
          value: pw,
          event: {
            vg: [
              '==> db: Running provisioner: shell...',
              ['DEBUG', 'ssh', 'Uploading: /tmp/vagrant-shell20270122-4181-1x2kq0t.sh to /tmp/vagrant-shell'],
              [
                'INFO',
                'ssh',
                `Execute: chmod +x '/tmp/vagrant-shell' && DB_NAME="tours" DB_USER="tours" DB_PASSWORD="${pw}" /tmp/vagrant-shell (sudo=true)`,
              ],
            ],
          },
        };
      },
    ),
    4,
    plant(
      'api-key-name',
      'vagrant-ssh-stderr-set-x-curl-tidekey',
      'error',
      `${WHY.apiKey('tidekey')} The provisioning script runs under \`set -x\`, so bash writes the curl of the tide tables to stderr and Vagrant's SSH communicator logs it.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            vg: [
              [
                'DEBUG',
                'ssh',
                `stderr: + curl -fsSL 'https://tides.${SH}/api/v1/harbour?days=7&tidekey=${key}' -o /srv/tours/data/tides.json`,
              ],
            ],
          },
        };
      },
    ),
    4,
  ];
  return buildLog(rng, { start: DAY_FK + 12 * HOUR, site: { host: 'vagrant' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// postmark-outbound-2027-01-22.jsonl: a day of the tours desk's Postmark server, exported with the Messages API
// (`/messages/outbound/{id}/details` for each message, `/messages/outbound/clicks` for link clicks), one JSON object a
// line; Postmark writes its times in US Eastern time with seven decimals and the offset (`-05:00` in January).
// Field names read through search (the postmark.js client's OutboundMessageDetails type: MessageID, To, ReceivedAt,
// Subject, TextBody, HtmlBody, MessageEvents, Metadata, MessageStream, Status, TrackLinks; Postmark's webhook page for
// `…-04:00` times); the click record's fields and Django's error-mail text (`technical_500.txt`) from memory.

function postmarkLog(rng) {
  const render = (e) => e.pm.map((o) => JSON.stringify(o));
  const at = (t) => `${local(t, EST).slice(0, 19)}.${digits(rng, 7)}-05:00`;
  const NAMES = ['Aoife Clarke', 'Tom Dunn', 'Priya Natarajan', 'Luis Ferreira', 'Helen Biggs', 'Gareth Jones'];
  const message = (t, { to, subject, tag, text, metadata = {}, events }) => {
    const name = to ?? rng.pick(NAMES);
    const email = `${name.split(' ')[0].toLowerCase()}.${rng.int(10, 99)}@example.net`;
    return {
      MessageID: rng.uuid(),
      Tag: tag,
      To: [{ Email: email, Name: name }],
      Cc: [],
      Bcc: [],
      Recipients: [email],
      ReceivedAt: at(t),
      From: `"Stanley Harbour & Camp Co-op" <bookings@${SH}>`,
      Subject: subject,
      Attachments: [],
      Status: 'Sent',
      TrackOpens: true,
      TrackLinks: 'HtmlAndText',
      Metadata: metadata,
      MessageStream: 'outbound',
      TextBody: text,
      MessageEvents: events ?? [
        {
          Recipient: email,
          Type: 'Delivered',
          ReceivedAt: at(t + 2000),
          Details: { DeliveryMessage: 'smtp;250 2.0.0 Ok: queued', DestinationServer: 'mx.example.net', DestinationIP: publicIp(rng) },
        },
      ],
    };
  };
  const click = (t, { link, ip, platform, ua, tag, os }) => ({
    RecordType: 'Click',
    ClickLocation: 'Text',
    Client: { Name: platform === 'Mobile' ? 'Chrome Mobile 143.0' : 'Firefox 146.0', Company: 'Unknown', Family: 'Unknown' },
    OS: { Name: os, Company: 'Unknown', Family: os.split(' ')[0] },
    Platform: platform,
    UserAgent: ua,
    OriginalLink: link,
    Geo: { CountryISOCode: 'FK', Country: 'Falkland Islands (Malvinas)', City: 'Stanley', IP: ip },
    MessageID: rng.uuid(),
    MessageStream: 'outbound',
    ReceivedAt: at(t),
    Tag: tag,
    Recipient: 'helen.biggs@example.net',
  });
  const TOURS = ['Volunteer Point penguin tour', 'Gypsy Cove walk', 'Kidney Island boat trip', 'Cape Pembroke lighthouse tour'];
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const tour = rng.pick(TOURS);
        const ref = `SHC-${upperNum(rng, 6)}`;
        return {
          pm: [
            message(t, {
              subject: `Your ${tour} is booked (${ref})`,
              tag: 'booking-confirmation',
              text: `Hello,\n\nYour ${tour} on ${rng.int(23, 31)} January is confirmed. Pick-up is at 07:30 at the Jetty Centre, Ross Road.\nBooking: ${ref}\n\nStanley Harbour & Camp Co-operative`,
              metadata: { booking: ref },
            }),
          ],
        };
      },
      () => ({
        pm: [
          message(t, {
            subject: `Shearing roster for the week of ${rng.int(25, 29)} January`,
            tag: 'members',
            text: `Goose Green shed: ${rng.int(3, 6)} stands, start 06:00. Fleece weights are on the members' page.\n\nThe co-op office`,
          }),
        ],
      }),
      () => ({
        pm: [
          message(t, {
            subject: 'Wool clip sale: lots close on Friday',
            tag: 'members',
            text: `The February sale lists ${rng.int(40, 120)} lots of Falkland Corriedale and Polwarth. Offers close on Friday at noon.\n\nThe co-op office`,
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'postmark-smtp-queue-id',
      'none',
      "The receiving server's SMTP reply with its queue id (`250 2.0.0 OK <epoch> <id> - gsmtp`) in a delivery event: an identifier of one delivery, no credential.",
      ({ rng, t }) => {
        const q = `${rng.hex(13)}-${rng.hex(10)}si.${rng.int(2, 40)}`;
        const m = message(t, {
          subject: 'Your Gypsy Cove walk is booked',
          tag: 'booking-confirmation',
          text: 'Hello,\n\nYour Gypsy Cove walk on 24 January is confirmed. Meet at the Jetty Centre at 14:00.\n\nStanley Harbour & Camp Co-operative',
        });
        m.MessageEvents[0].Details.DeliveryMessage = `smtp;250 2.0.0 OK  ${Math.floor(t / 1000)} ${q} - gsmtp`;
        return { value: q, event: { pm: [m] } };
      },
    ),
    3,
    plant(
      'path-secret',
      'postmark-text-body-password-reset-link',
      'error',
      WHY.pathSecret(
        'A password reset link of the tours site (`/account/reset/<uidb64>/<token>/`) in the `TextBody` of the reset mail, which the Messages API hands back in full',
      ),
      ({ rng, t }) => {
        const tok = `${lowerNum(rng, 6)}-${rng.hex(32)}`;
        return {
          value: tok,
          event: {
            pm: [
              message(t, {
                subject: 'Reset your password',
                tag: 'password-reset',
                text: `Hello,\n\nSomeone asked to reset the password of your Stanley tours account. To choose a new one, open:\n\nhttps://tours.${SH}/account/reset/${b64Of(String(rng.int(100, 999))).replace(/=+$/, '')}/${tok}/\n\nIf it was not you, ignore this message.`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'postmark-metadata-zapier-catch-hook',
      'error',
      WHY.webhook(
        "A Zapier catch hook (`hooks.zapier.com/hooks/catch/<account>/<hook>/`) the booking system puts into the message's `Metadata` so that a Zap hears of the booking; the export writes the metadata",
      ),
      ({ rng, t }) => {
        const hook = lowerNum(rng, 7);
        const ref = `SHC-${upperNum(rng, 6)}`;
        return {
          value: hook,
          event: {
            pm: [
              message(t, {
                subject: `Your Kidney Island boat trip is booked (${ref})`,
                tag: 'booking-confirmation',
                text: `Hello,\n\nYour Kidney Island boat trip on 27 January is confirmed. Bring warm clothes.\nBooking: ${ref}\n\nStanley Harbour & Camp Co-operative`,
                metadata: { booking: ref, notify: `https://hooks.zapier.com/hooks/catch/${digits(rng, 8)}/${hook}/` },
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'postmark-text-body-tide-chart-embed-no-exp',
      'error',
      "A tide chart embedded for the guest (`/embed/tides/<JWT>`) in a booking mail's `TextBody`, a token without `exp`, on a line with Postmark's `-05:00` time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          age: rng.int(86400 * 20, 86400 * 60),
          claims: { iss: `https://tides.${SH}`, chart: 'stanley-harbour', embed: true },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            pm: [
              message(t, {
                subject: 'Your Cape Pembroke lighthouse tour: tide times',
                tag: 'booking-confirmation',
                text: `Hello,\n\nThe causeway to Cape Pembroke is best crossed at low water. Tide times for your trip:\nhttps://tides.${SH}/embed/tides/${token}\n\nStanley Harbour & Camp Co-operative`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'postmark-django-error-mail-post-id-token',
      'error',
      "Django mails the site's admins an `Internal Server Error` report of the OIDC callback through Postmark; the report's `POST:` section lists the `form_post` fields, `id_token` included (the view was not marked `@sensitive_post_parameters`), on a line with Postmark's `-05:00` time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 40),
          alg: 'RS256',
          kid: rng.hex(10),
          claims: { iss: `https://login.${SH}`, aud: 'tours-site', sub: rng.uuid(), nonce: rng.b64url(22) },
        });
        const text = [
          'Internal Server Error: /auth/oidc/callback',
          '',
          "KeyError at /auth/oidc/callback\n'oidc_nonce'",
          '',
          'Request Method: POST',
          `Request URL: https://tours.${SH}/auth/oidc/callback`,
          'Django Version: 5.1.5',
          '',
          'Request information:',
          'USER: AnonymousUser',
          '',
          'GET: No GET data',
          '',
          'POST:',
          `state = '${rng.b64url(32)}'`,
          `id_token = '${token}'`,
          '',
          'FILES: No FILES data',
        ].join('\n');
        return {
          value: token,
          jwt: facts,
          event: {
            pm: [
              message(t, {
                to: 'Web Team',
                subject: '[Django] ERROR (EXTERNAL IP): Internal Server Error: /auth/oidc/callback',
                tag: 'django-error',
                text,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'replay',
      'postmark-click-one-time-login-ticket-once',
      'note',
      WHY.ticketFirst(
        "A one-time login link of the members' page (`/login/once?ticket=…`), in Postmark's click record of the mail that carried it (`OriginalLink`, the member's phone). The ticket is",
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(30);
        firstUse.once = t;
        return {
          value: tk,
          event: {
            pm: [
              click(t, {
                link: `https://members.${SH}/login/once?ticket=${tk}&next=%2Ffleece`,
                ip: '203.0.113.58',
                platform: 'Mobile',
                os: 'Android 16',
                ua: BROWSERS[4],
                tag: 'login-link',
              }),
            ],
          },
        };
      },
      { ref: 'once' },
    ),
    plant(
      'replay',
      'postmark-click-one-time-login-ticket-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('once').value,
            why: `${WHY.replay('ticket', gap('once', t))} Postmark recorded a second click on the same one-time link, from another address and a desktop browser: the link was opened twice.`,
          },
        ],
        event: {
          pm: [
            click(t, {
              link: `https://members.${SH}/login/once?ticket=${refs.get('once').value}&next=%2Ffleece`,
              ip: '198.51.100.203',
              platform: 'Desktop',
              os: 'Linux',
              ua: BROWSERS[3],
              tag: 'login-link',
            }),
          ],
        },
      }),
      { replayOf: 'once', after: 138 },
    ),
    3,
    plant(
      'implicit-fragment',
      'postmark-helpdesk-notification-quoted-fragment',
      'error',
      "The helpdesk's notification of a guest's reply, sent through Postmark, quotes the address the payment page returned to (`/booking/done#access_token=…`).",
      ({ rng, t }) => {
        const at2 = rng.b64url(43);
        return {
          value: at2,
          event: {
            pm: [
              message(t, {
                to: 'Tours Desk',
                subject: 'New reply on #1187: payment page stuck',
                tag: 'helpdesk',
                text: `Helen Biggs wrote:\n\n> I paid but the page only says "loading". The address bar shows\n> https://tours.${SH}/booking/done#access_token=${at2}&token_type=bearer&expires_in=3600\n> Is my booking through?\n\nReply above this line.`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'postmark-metadata-booking-reference',
      'none',
      "A booking reference in a message's `Metadata`: a record's reference, no credential.",
      ({ rng, t }) => {
        const ref = `SHC-${upperNum(rng, 6)}`;
        return {
          value: ref,
          event: {
            pm: [
              message(t, {
                subject: 'Your booking has changed',
                tag: 'booking-change',
                text: 'Hello,\n\nYour Volunteer Point pick-up moved to 07:00 because of the tide. See you at the Jetty Centre.\n\nStanley Harbour & Camp Co-operative',
                metadata: { booking_ref: ref, change: 'pickup-time' },
              }),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_FK + 10 * HOUR, site: { host: 'postmark' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// circleci-job-1183-deploy.txt: the steps of a CircleCI job (the tours site's `deploy` job), saved one after the other
// from the job page's "Download step output": the `Spin up environment` step's agent and Docker lines, then for each
// run step the shell line `#!/bin/bash -eo pipefail`, the command, and its output (bash's `set -x` lines, Playwright's
// list reporter); no times but the agent's build date. CircleCI masks the values of project environment variables as
// `********************`.
// From memory (not fetched): the spin-up lines, the masking, Playwright's failure layout.

function circleciLog(rng) {
  const render = (e) => e.cc;
  const PIP = ['Django==5.1.5', 'gunicorn==23.0.0', 'psycopg[binary]==3.2.4', 'pillow==11.1.0', 'whitenoise==6.8.2'].flatMap((p) => [
    `Collecting ${p}`,
    `  Downloading ${p.split(/[=[]/)[0].replace('psycopg', 'psycopg_binary')}-${p.split('==')[1]}-py3-none-any.whl (${rng.int(1, 9)}.${rng.int(0, 9)} MB)`,
  ]);
  const passed = (n, spec, title) => `  ✓  ${n} [chromium] › ${spec} › ${title} (${rng.int(400, 3000)}ms)`;
  const steps = [
    {
      raw: {
        cc: [
          'Build-agent version 1.0.289941-5f9c3a1b (2027-01-19T11:02:37+0000)',
          'System information:',
          ' Server Version: 27.4.1',
          ' Storage Driver: overlay2',
          '  Backing Filesystem: xfs',
          ' Cgroup Driver: cgroupfs',
          ' Cgroup Version: 2',
          ' Kernel Version: 6.8.0-1019-aws',
          ' Operating System: Ubuntu 24.04.1 LTS',
          ' OSType: linux',
          ' Architecture: x86_64',
          '',
          'Starting container cimg/python:3.13-browsers',
          'cimg/python:3.13-browsers:',
          '  pull stats: Image was already available so the image was not pulled',
          '  time to create container: 118ms',
          'Time to upload agent and config: 712.448ms',
          'Time to start containers: 402.117ms',
          "Using SSH Config Dir '/home/circleci/.ssh'",
          'git version 2.47.1',
          'Cloning git repository - OK',
          'Checking out branch - OK',
          '#!/bin/bash -eo pipefail',
          'pip install -r requirements.txt',
          ...PIP,
          'Successfully installed Django-5.1.5 asgiref-3.8.1 gunicorn-23.0.0 pillow-11.1.0 psycopg-3.2.4 psycopg-binary-3.2.4 sqlparse-0.5.3 whitenoise-6.8.2',
          '#!/bin/bash -eo pipefail',
          'python manage.py collectstatic --noinput',
          `${rng.int(180, 240)} static files copied to '/home/circleci/project/staticfiles', ${rng.int(500, 700)} post-processed.`,
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'circleci-masked-project-env-var',
      'none',
      "CircleCI's mask for a project environment variable's value (`X-Api-Key: ********************`) in a `set -x` line: a mask, no credential.",
      () => ({
        value: 'X-Api-Key: ********************',
        event: {
          cc: [
            '#!/bin/bash -eo pipefail',
            'set -x; ./scripts/deploy.sh',
            `+ curl -fsS -H 'X-Api-Key: ********************' https://api.tourdesk.example/v2/ping`,
            '{"ok":true}',
          ],
        },
      }),
      { after: 21 },
    ),
    {
      raw: {
        cc: [
          `+ rsync -az --delete staticfiles/ deploy@web1.${SH}:/srv/tours/static/`,
          `+ ssh deploy@web1.${SH} 'cd /srv/tours && git pull --ff-only && venv/bin/python manage.py migrate --noinput'`,
          'Operations to perform:',
          '  Apply all migrations: admin, auth, bookings, contenttypes, sessions, tours',
          'Running migrations:',
          '  No migrations to apply.',
        ],
      },
      after: 9,
    },
    plant(
      'api-key-name',
      'circleci-set-x-curl-sync-key',
      'error',
      `${WHY.apiKey('sync_key')} The deploy script hard-codes the listing partner's key in the URL, so CircleCI has no variable to mask, and \`set -x\` writes the curl line.`,
      ({ rng }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            cc: [
              `+ curl -fsS 'https://api.tourdesk.example/v2/listings/sync?operator=stanley-coop&sync_key=${key}'`,
              `{"synced":${rng.int(8, 20)}}`,
            ],
          },
        };
      },
      { after: 4 },
    ),
    {
      raw: {
        cc: [
          "+ curl -fsS -o /tmp/oauth.json -d grant_type=client_credentials -u '********************' https://auth.tourdesk.example/oauth/token",
        ],
      },
      after: 1,
    },
    plant(
      'refresh-token',
      'circleci-set-x-jq-token-json-refresh-token',
      'error',
      `${WHY.refresh} The deploy script prints the partner's token answer with \`jq 'del(.access_token)'\`, which drops the access token and keeps the refresh token, one member a line.`,
      ({ rng }) => {
        const rt = rng.b64url(54);
        return {
          value: rt,
          event: {
            cc: [
              "+ jq 'del(.access_token)' /tmp/oauth.json",
              '{',
              '  "token_type": "Bearer",',
              '  "expires_in": 3600,',
              `  "refresh_token": "${rt}",`,
              '  "scope": "listings.write"',
              '}',
            ],
          },
        };
      },
      { after: 1 },
    ),
    {
      raw: {
        cc: [
          `+ echo '********************' | docker login -u ci-deploy --password-stdin registry.${SH}`,
          'WARNING! Your password will be stored unencrypted in /home/circleci/.docker/config.json.',
          'Configure a credential helper to remove this warning. See',
          'https://docs.docker.com/engine/reference/commandline/login/#credential-stores',
          '',
          'Login Succeeded',
        ],
      },
      after: 2,
    },
    plant(
      'encoded',
      'circleci-cat-docker-config-auth-base64',
      'error',
      "`docker login` stored the registry login in `~/.docker/config.json` as base64 of `user:password`, and the script prints the file: CircleCI masks the password's value but not its base64.",
      ({ rng }) => {
        const b = b64Of(`ci-deploy:${rng.alnum(24)}`);
        return {
          value: b,
          event: { cc: ['+ cat /home/circleci/.docker/config.json', `{"auths":{"registry.${SH}":{"auth":"${b}"}}}`] },
        };
      },
      { after: 1 },
    ),
    plant(
      'negative',
      'circleci-git-rev-parse-commit-sha',
      'none',
      'The commit being deployed (`git rev-parse HEAD`): a hash, no credential.',
      ({ rng }) => {
        const sha = rng.hex(40);
        return {
          value: sha,
          event: { cc: ['+ git rev-parse HEAD', sha, `+ docker build -q -t registry.${SH}/tours-site:main .`, `sha256:${rng.hex(64)}`] },
        };
      },
      { after: 1 },
    ),
    {
      raw: {
        cc: [
          '#!/bin/bash -eo pipefail',
          `npx playwright test --reporter=list --project=chromium`,
          '',
          'Running 9 tests using 2 workers',
          '',
          passed(1, 'home.spec.ts:8:5', 'shows the tour list'),
          passed(2, 'tours.spec.ts:14:5', 'filters by date'),
          passed(4, 'tours.spec.ts:39:5', 'shows a tour'),
          passed(5, 'contact.spec.ts:16:5', 'sends the form'),
        ],
      },
      after: 38,
    },
    plant(
      'implicit-fragment',
      'circleci-playwright-to-have-url-received-fragment',
      'error',
      "An end-to-end test fails on `expect(page).toHaveURL(…)` and Playwright's report prints the address the page ended on: the staging payment provider's return with `#access_token=…`.",
      ({ rng }) => {
        const at2 = rng.b64url(43);
        return {
          value: at2,
          event: {
            cc: [
              '  ✘  3 [chromium] › booking.spec.ts:41:5 › pays and returns to the confirmation page (12.4s)',
              passed(6, 'members.spec.ts:9:5', 'opens the fleece weights'),
              '',
              '  1) [chromium] › booking.spec.ts:41:5 › pays and returns to the confirmation page ──────────────',
              '',
              '    Error: expect(page).toHaveURL(expected) failed',
              '',
              '    Expected pattern: /\\/booking\\/done$/',
              `    Received string:  "https://tours-staging.${SH}/booking/done#access_token=${at2}&token_type=bearer&expires_in=3600"`,
            ],
          },
        };
      },
      { after: 17 },
    ),
    {
      raw: {
        cc: [
          '',
          '  1 failed',
          '    [chromium] › booking.spec.ts:41:5 › pays and returns to the confirmation page',
          '  8 passed (41.2s)',
          '',
          'Exited with code exit status 1',
        ],
      },
      after: 12,
    },
    plant(
      'webhook',
      'circleci-step-command-rocketchat-incoming-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<integration id>/<token>`) written into the job's `notify` step (`when: always`), whose command CircleCI prints at the top of the step's output",
      ),
      ({ rng }) => {
        const tok = rng.alnum(48);
        return {
          value: tok,
          event: {
            cc: [
              '#!/bin/bash -eo pipefail',
              `curl -fsS -X POST -H 'Content-Type: application/json' -d '{"text":"tours-site deploy finished, e2e: failed"}' https://chat.${SH}/hooks/${rng.alnum(17)}/${tok}`,
              '{"success":true}',
            ],
          },
        };
      },
      { after: 2 },
    ),
  ];
  return buildLog(rng, { start: DAY_FK + 14 * HOUR, site: { host: 'circleci' }, filler: () => ({ cc: [] }), render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// cyberduck.log: Cyberduck 9.1 on the office Mac with debug logging on (`~/Library/Logs/Cyberduck/cyberduck.log`), log4j's
// `yyyy-MM-dd HH:mm:ss,SSS [<thread>] <LEVEL, 5 wide> <logger> - <message>` in local time; the `transcript` logger
// writes each request and status line at INFO and every header at DEBUG, the photos going to the co-operative's
// Nextcloud over WebDAV.
// Read through search: Cyberduck's LoggingTranscriptListener (logger `transcript`, headers at debug, the rest at info) and
// LoggingHttpRequestExecutor (the request line and every header to the transcript); the line pattern, the share and token
// messages from memory.

function cyberduckLog(rng) {
  const render = (e) => e.cd.map(([th, lvl, lg, msg]) => `${commaMs(e.t, FKST)} [${th}] ${lvl.padEnd(5)} ${lg} - ${msg}`);
  const T = 'transcript';
  const PHOTOS = ['Goose Green shed', 'Volunteer Point', 'Shearing 2027', 'Wool sale lots'];
  const filler = (rng) =>
    rng.pick([
      () => {
        const f = `${rng.pick(PHOTOS).replace(/ /g, '%20')}/IMG_${rng.int(1000, 9999)}.jpg`;
        return {
          cd: [
            ['background-2', 'INFO', T, `PUT /remote.php/dav/files/office/Photos/${f} HTTP/1.1`],
            ['background-2', 'DEBUG', T, `Content-Length: ${rng.int(800000, 6000000)}`],
            ['background-2', 'INFO', T, 'HTTP/1.1 201 Created'],
          ],
        };
      },
      () => ({ cd: [['background-1', 'INFO', 'ch.cyberduck.core.transfer.TransferQueue', `Add transfer Upload ${rng.int(2, 40)} files`]] }),
      () => ({
        cd: [
          ['background-2', 'INFO', T, `PROPFIND /remote.php/dav/files/office/Photos/ HTTP/1.1`],
          ['background-2', 'DEBUG', T, 'Depth: 1'],
          ['background-2', 'INFO', T, 'HTTP/1.1 207 Multi-Status'],
        ],
      }),
      () => ({
        cd: [
          [
            'main',
            'DEBUG',
            'ch.cyberduck.core.threading.DefaultBackgroundExecutor',
            `Run action ch.cyberduck.core.threading.WorkerBackgroundAction@${rng.hex(8)} in background`,
          ],
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'header-dump',
      'cyberduck-transcript-debug-authorization-basic',
      'error',
      "With debug logging on, Cyberduck's transcript writes every request header: the Nextcloud bookmark's `Authorization: Basic <base64 of user:app password>`.",
      ({ rng }) => {
        const b = b64Of(`office:${rng.alnum(5)}-${rng.alnum(5)}-${rng.alnum(5)}-${rng.alnum(5)}-${rng.alnum(5)}`);
        return {
          value: b,
          event: {
            cd: [
              ['background-2', 'INFO', T, 'PROPFIND /remote.php/dav/files/office/ HTTP/1.1'],
              ['background-2', 'DEBUG', T, 'Depth: 1'],
              ['background-2', 'DEBUG', T, `Authorization: Basic ${b}`],
              ['background-2', 'DEBUG', T, 'User-Agent: Cyberduck/9.1.2.42722 (Mac OS X/15.2) (arm64)'],
            ],
          },
        };
      },
    ),
    plant(
      'session-id',
      'cyberduck-transcript-debug-set-cookie-nextcloud-session',
      'error',
      WHY.session("Nextcloud's session cookie (`oc<instance id>=<session>`) in the response headers the transcript writes"),
      ({ rng }) => {
        const sid = lowerNum(rng, 26);
        return {
          value: sid,
          event: {
            cd: [
              ['background-2', 'INFO', T, 'HTTP/1.1 207 Multi-Status'],
              ['background-2', 'DEBUG', T, `Set-Cookie: oc${lowerNum(rng, 10)}=${sid}; path=/; secure; HttpOnly; SameSite=Lax`],
            ],
          },
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'negative',
      'cyberduck-transcript-etag',
      'none',
      "A file's ETag in the response headers: a version stamp, no credential.",
      ({ rng }) => {
        const e = rng.hex(32);
        return {
          value: e,
          event: {
            cd: [
              ['background-2', 'INFO', T, 'HTTP/1.1 201 Created'],
              ['background-2', 'DEBUG', T, `ETag: "${e}"`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'cyberduck-nextcloud-share-link',
      'error',
      WHY.pathSecret(
        "A Nextcloud public share link (`/s/<token>`) of the wool sale's photos, created from Cyberduck's Share menu and written at debug",
      ),
      ({ rng }) => {
        const tok = rng.alnum(15);
        return {
          value: tok,
          event: {
            cd: [
              [
                'background-3',
                'DEBUG',
                'ch.cyberduck.core.nextcloud.NextcloudShareFeature',
                `Created share https://cloud.${SH}/s/${tok} for /Photos/Wool sale lots`,
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'cyberduck-oauth-tokens-masked',
      'none',
      "The Google Drive bookmark's saved OAuth tokens as the log writes them, every value masked (`accessToken='********'`): no credential.",
      ({ t }) => ({
        value: "refreshToken='********'",
        event: {
          cd: [
            [
              'background-4',
              'DEBUG',
              'ch.cyberduck.core.oauth.OAuth2AuthorizationService',
              `Save new tokens OAuthTokens{accessToken='********', refreshToken='********', expiryInMilliseconds=${t + 3599000}}`,
            ],
          ],
        },
      }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_FK + 13 * HOUR, site: { host: 'office-mac' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// woolshed-serial.log: `particle serial monitor --follow` of the Goose Green wool shed's Particle Boron (Device OS 6.2):
// the CLI's two opening lines, then Device OS's log handler, `<milliseconds since boot, 10 digits> [<category>] <LEVEL>:
// <message>`, with the firmware's own categories (`app.scale`, `app.upload`, …); no wall-clock time.
// Read through search (Particle's docs and blog posts quoting `0000080001 [app] INFO: tempF=73.1` and `particle serial
// monitor --follow`); the system categories' messages from memory.

function particleLog(rng) {
  let t0;
  const render = (e) => {
    t0 ??= e.t;
    return e.pt.map((x, i) => (typeof x === 'string' ? x : `${pad(e.t - t0 + 15000 + i * 3, 10)} [${x[0]}] ${x[1]}: ${x[2]}`));
  };
  const filler = (rng) =>
    rng.pick([
      () => ({
        pt: [
          ['app.scale', 'INFO', `stand ${rng.int(1, 5)} fleece ${rng.int(25, 58) / 10} kg (bin ${rng.pick(['AAA', 'AA', 'B', 'BLK'])})`],
        ],
      }),
      () => ({ pt: [['app', 'INFO', `battery ${rng.int(40, 99)}%, solar ${rng.int(0, 900)} mW`]] }),
      () => ({
        pt: [
          ['comm.protocol', 'INFO', "Posting 'M' describe message"],
          ['comm.protocol', 'INFO', "rcv'd message type=13"],
        ],
      }),
      () => ({ pt: [['app.upload', 'INFO', `queued ${rng.int(1, 30)} weights, next upload in 300 s`]] }),
    ])();
  const steps = [
    {
      raw: {
        pt: [
          'Opening serial monitor for com port: "/dev/tty.usbmodem14201"',
          'Serial monitor opened successfully:',
          ['system', 'INFO', 'Device OS version 6.2.1'],
          ['ncp.client', 'INFO', 'Modem powered on'],
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'particle-device-id',
      'none',
      "The Boron's device id (24 hex) the firmware prints at start: an identifier, no credential.",
      ({ rng }) => {
        const id = rng.hex(24);
        return { value: id, event: { pt: [['app', 'INFO', `woolshed-scale 1.4 on ${id}`]] } };
      },
      { after: 2 },
    ),
    plant(
      'negative',
      'particle-sim-iccid',
      'none',
      "The SIM's ICCID the cellular modem reports: a card's serial number, no credential.",
      ({ rng }) => {
        const iccid = `8988${digits(rng, 15)}`;
        return {
          value: iccid,
          event: {
            pt: [
              ['ncp.client', 'INFO', `ICCID: ${iccid}`],
              ['system', 'INFO', 'Cloud connected'],
            ],
          },
        };
      },
      { after: 3 },
    ),
    2,
    plant(
      'path-secret',
      'particle-app-cfg-settings-capability-url',
      'error',
      WHY.pathSecret(
        'The scale fetches its settings from a per-device capability URL (`/d/<token>/settings.json`) and prints it when it starts',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return { value: tok, event: { pt: [['app.cfg', 'INFO', `fetching settings from https://cfg.${SH}/d/${tok}/settings.json`]] } };
      },
    ),
    plant(
      'encoded',
      'particle-app-cfg-trace-hex-json',
      'error',
      'The firmware traces the settings blob it stored, JSON printed as hex, the upload key inside (`{"upload_key":…}`).',
      ({ rng }) => {
        const hex = Buffer.from(JSON.stringify({ shed: 'goose-green', upload_key: rng.alnum(32), every: 300 })).toString('hex');
        return { value: hex, event: { pt: [['app.cfg', 'TRACE', `stored cfg hex ${hex}`]] } };
      },
    ),
    3,
    plant(
      'api-key-name',
      'particle-app-upload-post-url-shed-key',
      'error',
      `${WHY.apiKey('shed_key')} The firmware posts the fleece weights with the key in the query and logs the URL it posts to.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            pt: [['app.upload', 'INFO', `POST https://api.${SH}/v1/fleece?shed=goose-green&shed_key=${key} (${rng.int(3, 30)} weights)`]],
          },
        };
      },
    ),
    3,
    plant(
      'refresh-token',
      'particle-app-auth-trace-token-response',
      'error',
      `${WHY.refresh} The firmware traces the token answer it keeps in EEPROM, the access token hidden and the refresh token not.`,
      ({ rng }) => {
        const rt = rng.b64url(48);
        return {
          value: rt,
          event: { pt: [['app.auth', 'TRACE', `token response {"access_token":"(hidden)","refresh_token":"${rt}","expires_in":3600}`]] },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'particle-app-alert-make-webhook',
      'error',
      WHY.webhook(
        'A Make (Integromat) custom webhook (`hook.<zone>.make.com/<token>`) the firmware calls when a stand stops weighing, so that the scenario texts the shed boss; its warning writes the URL',
      ),
      ({ rng }) => {
        const tok = lowerNum(rng, 32);
        return {
          value: tok,
          event: { pt: [['app.alert', 'WARN', `no weight on stand 3 for 10 min, calling https://hook.eu2.make.com/${tok}?stand=3`]] },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_FK + 9 * HOUR, site: { host: 'boron' }, filler, render, steps });
}

// =====================================================================================================================
// Cooperativa d'a Val d'Echo (Aragonese; Echo, Huesca: CET, UTC+1 in February)
// =====================================================================================================================

const VE = 'valdecho.example';

// ---------------------------------------------------------------------------------------------------------------------
// chocolatey.log: `C:\ProgramData\chocolatey\logs\chocolatey.log` of Chocolatey 2.4 on a ticket-desk PC of the Linza
// Nordic ski centre (log4net: `yyyy-MM-dd HH:mm:ss,SSS <pid> [<LEVEL, 5 wide>] - <message>`, local time without a zone,
// a message's further lines without a prefix); the debug lines Chocolatey always writes to its file (`Command line:`,
// the configuration dump after `NOTE: Hiding sensitive configuration data!`), the package scripts' output.
// Read through search (a Pester test of a chocolatey.log parser quotes `2026-06-09 14:50:42,784 38664 [DEBUG] - …`, the
// NOTE and the `Configuration: …|` dump over several lines); `Downloading … from '…'`, the checksum line and the product
// code line from memory.

function chocolateyLog(rng) {
  let pid = rng.int(2000, 30000);
  const render = (e, rng) => {
    let t = e.t;
    // A message of several lines is one entry; the builder counts lines, so the render hands them over one by one.
    return e.ch.flatMap(([lvl, msg]) => `${commaMs((t += rng.int(0, 40)), CET)} ${pid} [${lvl.padEnd(5)}] - ${msg}`.split('\n'));
  };
  const run = (rng, args) => {
    pid = rng.int(2000, 30000);
    return [
      ['INFO', '============================================================'],
      ['INFO', 'Chocolatey v2.4.1'],
      ['DEBUG', 'Chocolatey is running on Windows v 10.0.26100.0'],
      ['DEBUG', `Command line: "C:\\ProgramData\\chocolatey\\choco.exe" ${args}`],
      [
        'DEBUG',
        '\nNOTE: Hiding sensitive configuration data! Please double and triple\n check to be sure no sensitive data is shown, especially if copying\n output to a gist for review.',
      ],
      [
        'DEBUG',
        `Configuration: CommandName='${args.split(' ')[0]}'|\nCacheLocation='C:\\ProgramData\\chocolatey\\choco-cache'|\nCommandExecutionTimeoutSeconds='14400'|WebRequestTimeoutSeconds='30'|\nSources='https://paquetz.${VE}/nuget/'|`,
      ],
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ ch: [['DEBUG', `Sending message '${rng.pick(['PreRunMessage', 'PostRunMessage'])}' out if there are subscribers...`]] }),
      () => ({
        ch: [
          [
            'DEBUG',
            `Attempting to delete file "C:/ProgramData/chocolatey/lib-bkp/${rng.pick(['taquilla-linza', 'lector-forfaits', 'impresora-tiquets'])}".`,
          ],
        ],
      }),
      () => ({
        ch: [
          ['DEBUG', `Running list with the following filter = '${rng.pick(['taquilla-linza', 'lector-forfaits', ''])}'`],
          ['DEBUG', '--- Start of List ---'],
          ['DEBUG', '--- End of List ---'],
        ],
      }),
      () => ({
        ch: [
          [
            'DEBUG',
            `Capturing package files in 'C:\\ProgramData\\chocolatey\\lib\\${rng.pick(['taquilla-linza', 'lector-forfaits', 'impresora-tiquets'])}'`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: { ch: run(rng, 'upgrade all -y --no-progress') },
      after: 0,
    },
    2,
    plant(
      'framework-dump',
      'chocolatey-command-line-package-parameters-contrasenya',
      'error',
      'Chocolatey writes its command line to the log; the desk\'s installer passes the ticket program\'s admin password as a package parameter (`--params "\'/ContrasenyaAdmin:…\'"`, Aragonese "password"), which it writes in full (only the `-sensitive` variants of those options stay out of the log).',
      ({ rng }) => {
        const pw = rng.alnum(16);
        const args = `install taquilla-linza -y --source="'https://paquetz.${VE}/nuget/'" --params="'/ContrasenyaAdmin:${pw} /Puesto:3'"`;
        return { value: pw, event: { ch: run(rng, args) } };
      },
    ),
    plant(
      'api-key-name',
      'chocolatey-package-script-downloading-from-clau',
      'error',
      `${WHY.apiKey('clau')} ("key") The package's install script downloads the installer from the co-operative's package share with the key in the query, and Chocolatey writes \`Downloading … from '<url>'\`.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            ch: [
              ['INFO', 'taquilla-linza v4.2.0'],
              ['INFO', `Downloading taquilla-linza 64 bit\n  from 'https://paquetz.${VE}/descargas/taquilla-4.2.0-x64.msi?clau=${key}'`],
            ],
          },
        };
      },
      { after: 2 },
    ),
    plant(
      'negative',
      'chocolatey-package-checksum-sha256',
      'none',
      'The SHA-256 the package declares for its installer, which Chocolatey verifies: a hash, no credential.',
      ({ rng }) => {
        const h = rng.hex(64).toUpperCase();
        return {
          value: h,
          event: {
            ch: [
              ['INFO', 'Download of taquilla-4.2.0-x64.msi (58.21 MB) completed.'],
              [
                'DEBUG',
                `Verifying package provided checksum of '${h}' for 'C:\\Users\\taquilla\\AppData\\Local\\Temp\\chocolatey\\taquilla-linza\\4.2.0\\taquilla-4.2.0-x64.msi'.`,
              ],
              ['INFO', 'Hashes match.'],
            ],
          },
        };
      },
      { after: 9 },
    ),
    plant(
      'refresh-token',
      'chocolatey-package-script-write-debug-licence-refresh-token',
      'error',
      `${WHY.refresh} The install script registers the desk with the ticket program's licence server and writes its answer with \`Write-Debug\` (\`Respuesta d'o servidor de licencias\`, "answer of the licence server"), which Chocolatey keeps in its log.`,
      ({ rng }) => {
        const rt = rng.b64url(56);
        return {
          value: rt,
          event: {
            ch: [
              [
                'DEBUG',
                `Respuesta d'o servidor de licencias: {"puesto":3,"token_type":"Bearer","expires_in":86400,"refresh_token":"${rt}"}`,
              ],
            ],
          },
        };
      },
      { after: 4 },
    ),
    plant(
      'negative',
      'chocolatey-msi-product-code',
      'none',
      "The installer's MSI product code (a GUID in braces): an identifier, no credential.",
      ({ rng }) => {
        const g = `{${rng.uuid().toUpperCase()}}`;
        return {
          value: g,
          event: {
            ch: [
              ['INFO', 'Installing taquilla-linza...'],
              ['DEBUG', `MSI product code for taquilla-linza: ${g}`],
              ['INFO', 'taquilla-linza has been installed.'],
            ],
          },
        };
      },
      { after: 31 },
    ),
    3,
    plant(
      'replay',
      'chocolatey-package-script-downloading-billet-once',
      'note',
      WHY.ticketFirst(
        "The reader's package downloads its firmware with a single-use download ticket (`billet`, Aragonese \"ticket\") that the package share hands out, written by Chocolatey's `Downloading … from '<url>'`. The ticket is",
      ),
      ({ rng }) => {
        const tk = rng.b64url(24);
        return {
          value: tk,
          event: {
            ch: [
              ...run(rng, 'upgrade lector-forfaits -y'),
              ['INFO', 'lector-forfaits v2.1.0'],
              ['INFO', `Downloading lector-forfaits\n  from 'https://paquetz.${VE}/descarga?billet=${tk}&fichero=lector-forfaits-2.1.zip'`],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_AR + 7 * HOUR + 40 * 60000, site: { host: 'taquilla-3' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// zendesk-audit-logs.jsonl: the refuges' help desk's account audit log, read from Zendesk's Audit Logs API
// (`/api/v2/audit_logs.json`, Enterprise plan) and written one entry a line with `jq -c '.audit_logs[]'`; `created_at` in
// UTC. The help desk works in Spanish and Aragonese; Zendesk's own labels are in English (`action_label`, the
// `change_description` sentences), the names the co-operative gave (targets, webhooks, dynamic content) in Aragonese.
// Field names read through search (developer.zendesk.com, Audit Logs: action, action_label, actor_id, actor_name,
// change_description, created_at, id, ip_address, source_id, source_label, source_type, url); the wording of the
// `change_description` sentences from memory.

function zendeskLog(rng) {
  const render = (e) => e.zd.map((o) => JSON.stringify(o));
  const ACTORS = ['Marta Lacasa', 'Chusé Ipas', 'Pilar Gabás'];
  const entry = (rng, t, { action = 'update', label = 'Updated', type, sourceLabel, change }) => {
    const id = digits(rng, 14);
    return {
      url: `https://valdecho.zendesk.com/api/v2/audit_logs/${id}.json`,
      id: Number(id),
      action_label: label,
      actor_id: Number(digits(rng, 13)),
      actor_name: rng.pick(ACTORS),
      source_id: Number(digits(rng, 13)),
      source_type: type,
      source_label: sourceLabel,
      action,
      change_description: change,
      ip_address: publicIp(rng),
      created_at: `${iso(t).slice(0, 19)}Z`,
    };
  };
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        zd: [
          entry(rng, t, {
            action: 'login',
            label: 'Signed in',
            type: 'user',
            sourceLabel: rng.pick(ACTORS),
            change: 'Successful sign-in using Zendesk password from https://valdecho.zendesk.com/access/login',
          }),
        ],
      }),
      () => ({
        zd: [
          entry(rng, t, {
            type: 'rule',
            sourceLabel: rng.pick(['Reserva cancelada', 'Refuchio plen', 'Forfait perdiu']),
            change: `Conditions: changed from "Status is New" to "Status is New, Tags contain ${rng.pick(['refuchio', 'forfait', 'formache'])}"`,
          }),
        ],
      }),
      () => ({
        zd: [
          entry(rng, t, {
            type: 'ticket_field',
            sourceLabel: 'Refuchio',
            change: `Options: added "${rng.pick(['Gabardito', 'Linza', 'Aguas Tuertas'])}"`,
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'zendesk-api-token-masked',
      'none',
      'The audit entry of a new API token, which Zendesk shows masked but for its last four characters: no credential.',
      ({ rng, t }) => {
        const v = `************${rng.hex(4)}`;
        return {
          value: v,
          event: {
            zd: [
              entry(rng, t, {
                action: 'create',
                label: 'Created',
                type: 'api_token',
                sourceLabel: 'Sincronizar forfaits',
                change: `Token ${v} created`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'zendesk-target-url-clau-api',
      'error',
      `${WHY.apiKey('clau_api')} ("API key") An HTTP target that posts new tickets to the refuges' booking system carries the key in its URL; the audit entry of the change writes the new URL.`,
      ({ rng, t }) => {
        const key = rng.alnum(40);
        return {
          value: key,
          event: {
            zd: [
              entry(rng, t, {
                type: 'target',
                sourceLabel: 'Reservas refuchios',
                change: `Url: changed from "https://reservas.${VE}/api/zendesk" to "https://reservas.${VE}/api/zendesk?clau_api=${key}"`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'zendesk-webhook-endpoint-pipedream',
      'error',
      WHY.webhook(
        "A Pipedream endpoint (`https://eo<id>.m.pipedream.net`, whose host is the secret) set as a Zendesk webhook's endpoint; the audit entry writes the new endpoint",
      ),
      ({ rng, t }) => {
        const host = `eo${lowerNum(rng, 15)}`;
        return {
          value: host,
          event: {
            zd: [
              entry(rng, t, {
                type: 'webhook',
                sourceLabel: 'Avisos de nieu',
                change: `Endpoint: changed from "https://avisos.${VE}/zendesk" to "https://${host}.m.pipedream.net"`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'zendesk-dynamic-content-iframe-embed-30d-jti',
      'error',
      "A dynamic content item of the help desk holds an iframe of the refuges' map (`/embed/refuchios/<JWT>`, 30 d with a jti); the audit entry writes the item's new content, on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          age: rng.int(60, 600),
          jti: true,
          claims: { iss: `https://mapas.${VE}`, mapa: 'refuchios-val-d-echo', capas: ['refuchios', 'nieu'] },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            zd: [
              entry(rng, t, {
                type: 'cms_text',
                sourceLabel: 'mapa_refuchios',
                change: `Default variant: changed from "<p>Mapa d'os refuchios</p>" to "<iframe src=\\"https://mapas.${VE}/embed/refuchios/${token}\\" width=\\"600\\" height=\\"400\\"></iframe>"`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'zendesk-target-url-auth-basic-base64',
      'error',
      "Another HTTP target's URL carries a Basic login for the ski passes' system, base64 of `user:password` after `auth=Basic%20`; the audit entry writes the URL.",
      ({ rng, t }) => {
        const b = b64Of(`zendesk:${rng.alnum(18)}`);
        return {
          value: b,
          needle: encodeURIComponent(b),
          event: {
            zd: [
              entry(rng, t, {
                action: 'create',
                label: 'Created',
                type: 'target',
                sourceLabel: 'Forfaits Linza',
                change: `Url: set to "https://forfaits.${VE}/api/tiquets?auth=Basic%20${encodeURIComponent(b)}"`,
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'negative',
      'zendesk-saml-certificate-fingerprint',
      'none',
      "The SAML signing certificate's SHA-256 fingerprint in a security settings change: a public certificate's hash, no credential.",
      ({ rng, t }) => {
        const fp = Array.from({ length: 32 }, () => rng.hex(2).toUpperCase()).join(':');
        return {
          value: fp,
          event: {
            zd: [
              entry(rng, t, {
                type: 'account_setting',
                sourceLabel: 'Single sign-on',
                change: `SAML certificate fingerprint: changed to "${fp}"`,
              }),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_AR + 8 * HOUR, site: { host: 'zendesk' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// reservas-refuchios.log: the refuges' booking service, a C++ service on Oat++ 1.3 whose stdout (oatpp's DefaultLogger)
// is redirected to a file: `<ANSI colour> <V|D|I|W|E> <ANSI reset>|<local time %Y-%m-%d %H:%M:%S> <microseconds since
// the epoch>| <tag>:<message>`; the tags and messages are the service's own, in Aragonese.
// Read through search: oatpp's `src/oatpp/core/base/Environment.cpp` (DefaultLogger::log: the colour codes per priority,
// `localtime_r` with the configured time format, the microsecond ticks of the system clock, `" " << tag << ":" <<
// message`); the default time format from memory.

function oatppLog(rng) {
  const ESC = '\u001b';
  const COLOUR = { V: '0;0', D: '34;0', I: '32;0', W: '45;0', E: '41;0' };
  let last = 0;
  const render = (e, rng) =>
    e.op.map(([l, tag, msg]) => {
      last = Math.max(last + rng.int(30, 400), e.t * 1000 + rng.int(0, 999));
      return `${ESC}[${COLOUR[l]}m ${l} ${ESC}[0m|${ymdHmsAt(Math.floor(last / 1000), CET)} ${last}| ${tag}:${msg}`;
    });
  const REFUCHIOS = ['Gabardito', 'Linza', 'Aguas Tuertas', 'Ordiso'];
  const filler = (rng) =>
    rng.pick([
      () => ({
        op: [
          [
            'I',
            'Reservas',
            `GET /api/refuchios/disponibilidat?refuchio=${rng.pick(REFUCHIOS).toLowerCase().replace(/ /g, '-')}&data=2027-02-${rng.int(14, 28)} -> 200 (${rng.int(3, 90)} ms)`,
          ],
        ],
      }),
      () => ({ op: [['I', 'Meteo', `Parte de nieu actualizau: Linza ${rng.int(84, 88)} cm, risco de lurte ${rng.pick([2, 3])}`]] }),
      () => ({ op: [['W', 'Reservas', `Refuchio de ${rng.pick(REFUCHIOS)} plen: 2027-02-${rng.int(14, 28)}`]] }),
      () => ({ op: [['D', 'Pago', `Cobro RF-${digits(rng, 6)} confirmau por a pasarela (${rng.int(18, 96)},00 EUR)`]] }),
    ])();
  const steps = [
    {
      raw: {
        op: [
          ['D', 'oatpp-version', '1.3.0'],
          ['D', 'oatpp/Config', 'OATPP_THREAD_DISTRIBUTED_MEM_POOL_SHARDS_COUNT=10'],
          ['I', 'Reservas', 'Servidor escuitando en o puerto 8000'],
        ],
      },
      after: 0,
    },
    2,
    plant(
      'negative',
      'oatpp-auth-unknown-oidc-state',
      'none',
      'An OIDC `state` the service did not know (`Estau OIDC caducau`, "state expired") in a warning: a random value that protects the flow, no credential.',
      ({ rng }) => {
        const s = rng.b64url(22);
        return { value: s, event: { op: [['W', 'Auth', `Estau OIDC caducau u desconoixiu: state=${s}`]] } };
      },
    ),
    3,
    plant(
      'oauth-code',
      'oatpp-auth-retorno-query-code',
      'warning',
      `${WHY.code} The service logs the query of the sign-in return (\`/auth/retorno\`, Aragonese "return") as it receives it.`,
      ({ rng }) => {
        const code = rng.b64url(43);
        return {
          value: code,
          event: {
            op: [['I', 'Auth', `Retorno d'OIDC: GET /auth/retorno?state=${rng.b64url(22)}&session_state=${rng.uuid()}&code=${code}`]],
          },
        };
      },
    ),
    plant(
      'id-token',
      'oatpp-auth-debug-token-response-id-token',
      'error',
      "The service writes the identity provider's token answer at debug (`Respuesta d'o servidor d'identidat`), the access token hidden but the `id_token` in full; the line's microsecond ticks give its UTC instant",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          jti: true,
          alg: 'RS256',
          kid: rng.hex(12),
          claims: { iss: `https://identidat.${VE}`, aud: 'reservas-refuchios', sub: rng.uuid(), locale: 'an' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            op: [
              [
                'D',
                'Auth',
                `Respuesta d'o servidor d'identidat: {"access_token":"(amagau)","token_type":"Bearer","expires_in":3600,"id_token":"${token}"}`,
              ],
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'refresh-token',
      'oatpp-auth-debug-refresh-token-alzau',
      'error',
      `${WHY.refresh} The next debug line says where the refresh token was saved (\`alzau\`, "saved") and writes it.`,
      ({ rng }) => {
        const rt = rng.b64url(64);
        return { value: rt, event: { op: [['D', 'Auth', `Token de refresco alzau ta la sesión: ${rt}`]] } };
      },
      { after: 0 },
    ),
    3,
    plant(
      'session-id',
      'oatpp-reservas-debug-cabeceras-cookie-sesion',
      'error',
      WHY.session(
        'The booking service\'s session cookie (`sesion=`) in a debug line of the request headers it received (`Cabeceras`, "headers")',
      ),
      ({ rng }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          event: {
            op: [['D', 'Reservas', `Cabeceras: Host: refuchios.${VE} | Cookie: sesion=${sid}; idioma=an | Accept: application/json`]],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'oatpp-pago-debug-peticion-authorization-bearer',
      'error',
      'The payment module writes each request to the card gateway with its headers at debug (`Petición`, "request"): the gateway\'s secret key as `Authorization: Bearer <key>`.',
      ({ rng }) => {
        const k = rng.alnum(48);
        return {
          value: k,
          event: {
            op: [
              [
                'D',
                'Pago',
                `Petición: POST https://api.pasarela.example/v1/cobros {Authorization: Bearer ${k}, Content-Type: application/json}`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'oatpp-pago-idempotency-key',
      'none',
      'The `Idempotency-Key` of a payment request the gateway refused as a duplicate: a random key against double charges, no credential.',
      ({ rng }) => {
        const k = rng.uuid();
        return { value: k, event: { op: [['W', 'Pago', `A pasarela ha refusau a petición duplicada (Idempotency-Key ${k})`]] } };
      },
      { after: 1 },
    ),
    3,
    plant(
      'api-key-name',
      'oatpp-meteo-warning-url-clau',
      'error',
      `${WHY.apiKey('clau')} ("key") The weather module reads the snow report with the key in the query; its warning (\`No s'ha puesto leyer o parte de nieu\`, "the snow report could not be read") writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            op: [
              ['W', 'Meteo', `No s'ha puesto leyer o parte de nieu de https://meteo.${VE}/api/v1/nieu?zona=linza&clau=${key} (HTTP 503)`],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'oatpp-correu-vinclo-reserva-fuella',
      'error',
      WHY.pathSecret(
        'The link to a booking\'s sheet (`/reserva/<token>/fuella`, "booking … sheet"), which the mail module writes when it sends the confirmation (`con o vinclo`, "with the link")',
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: {
            op: [
              [
                'I',
                'Correu',
                `Ninviando a confirmación RF-${digits(rng, 6)} a ${rng.pick(['ana', 'jorge', 'lucia'])}.${rng.int(10, 99)}@example.net con o vinclo https://refuchios.${VE}/reserva/${tok}/fuella`,
              ],
            ],
          },
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_AR + 9 * HOUR, site: { host: 'reservas' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// jamf.log: `/var/log/jamf.log` of a Mac in the dairy's office, written by the Jamf Pro binary: `<Day Mon DD HH:MM:SS>
// <computer name> jamf[<pid>]: <message>` in local time, no year, no zone; a policy's script output after `Script
// result: `, its further lines without a prefix.
// Read through search (a test of a jamf.log parser quotes `Wed Mar 16 13:31:20 François's Mac mini jamf[2874]:
// Installing EnterpriseConnect-1.5.3.pkg...`); the policy messages and the script-result layout from memory.

function jamfLog(rng) {
  let pid = rng.int(1000, 9000);
  const render = (e) => {
    const l = local(e.t, CET);
    const d = new Date(e.t + CET * 60000);
    const stamp = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${l.slice(8, 10)} ${l.slice(11, 19)}`;
    return e.jf.flatMap((m) => `${stamp} Oficina-Mac-3 jamf[${pid}]: ${m}`.split('\n'));
  };
  const checkIn = (rng, policy, lines) => {
    pid = rng.int(1000, 9000);
    return [
      'Checking for policies triggered by "recurring check-in" for user "marta"...',
      `Executing Policy ${policy}`,
      `Running script ${policy.replace(/ /g, '_').toLowerCase()}.zsh...`,
      'Script exit code: 0',
      `Script result: ${lines.join('\n')}`,
    ];
  };
  const filler = (rng) =>
    rng.pick([
      () => ({ jf: ['Checking for patches...', 'No patch policies were found.'] }),
      () => ({
        jf: [
          `Retrieving inventory preferences from https://valdecho.jamfcloud.com/...`,
          'Locating applications...',
          'Locating package receipts...',
        ],
      }),
      () => ({ jf: ['Gathering application usage information...', 'Locating hardware information (macOS 15.3)...'] }),
      () => ({ jf: ['Submitting data to https://valdecho.jamfcloud.com/...', `<computer_id>${rng.int(40, 60)}</computer_id>`] }),
      () => ({ jf: ['Submitting log to https://valdecho.jamfcloud.com/'] }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'jamf-script-result-serial-udid',
      'none',
      "The Mac's serial number and hardware UDID that an inventory script prints: identifiers, no credential.",
      ({ rng }) => {
        const udid = rng.uuid().toUpperCase();
        return {
          value: udid,
          event: { jf: checkIn(rng, 'Inventario extendiu', [`numero de serie C02${upperNum(rng, 9)} / UDID ${udid}`]) },
        };
      },
      { after: 863 },
    ),
    3,
    plant(
      'negative',
      'jamf-script-result-installer-sha256',
      'none',
      "The SHA-256 a script checks a downloaded installer against (`SHA-256 de l'instalador`): a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: { jf: checkIn(rng, 'Verificar instaladors', [`SHA-256 de l'instalador: ${h}`, 'Instalador verificau']) },
        };
      },
      { after: 886 },
    ),
    3,
    plant(
      'framework-dump',
      'jamf-script-result-zsh-typeset-p-contrasenya',
      'error',
      'The printer script receives its settings as policy parameters and prints them with zsh\'s `typeset -p` (`typeset -A conf=( [contrasenya]=… … )`, Aragonese "password"); Jamf keeps the script\'s output after `Script result:`.',
      ({ rng }) => {
        const pw = rng.alnum(18);
        return {
          value: pw,
          event: {
            jf: checkIn(rng, 'Impresora Formacheria', [
              'Configurando a impresora...',
              `typeset -A conf=( [contrasenya]=${pw} [servidor]=impresoras.${VE} [usuario]=svc-impresora )`,
              'Impresora "Formacheria" configurada',
            ]),
          },
        };
      },
      { after: 909 },
    ),
    3,
    plant(
      'encoded',
      'jamf-script-result-argumento-base64-login',
      'error',
      'The Wi-Fi script receives its login base64-encoded in policy parameter 5, a habit of Jamf admins that hides nothing, and prints it (`Argumento 5 (en base64)`).',
      ({ rng }) => {
        const b = b64Of(`svc-wifi:${rng.alnum(16)}`);
        return {
          value: b,
          event: {
            jf: checkIn(rng, 'WiFi Oficina', [`Argumento 4: Oficina-8021X`, `Argumento 5 (en base64): ${b}`, 'Perfil 802.1X instalau']),
          },
        };
      },
      { after: 932 },
    ),
    3,
    plant(
      'session-id',
      'jamf-script-result-curl-v-set-cookie-sesion',
      'error',
      WHY.session(
        "The inventory portal's session cookie (`sesion=`) in the `curl -v` output of a script, which Jamf logs as the script's result",
      ),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return {
          value: sid,
          event: {
            jf: checkIn(rng, 'Dentrar en o portal', [
              `* Connected to portal.${VE} (192.0.2.40) port 443`,
              '> POST /dentrar HTTP/2',
              '< HTTP/2 302',
              `< set-cookie: sesion=${sid}; Path=/; Secure; HttpOnly`,
              '< location: /equipos',
            ]),
          },
        };
      },
      { after: 955 },
    ),
    plant(
      'api-key-name',
      'jamf-script-result-url-clau-api',
      'error',
      `${WHY.apiKey('clau_api')} ("API key") The inventory script sends the Mac's inventory with the key in the URL and echoes where it sends it (\`Ninviando inventario a …\`, "sending the inventory to").`,
      ({ rng }) => {
        const key = rng.alnum(36);
        return {
          value: key,
          event: {
            jf: checkIn(rng, 'Ninviar inventario', [
              `Ninviando inventario a https://inventario.${VE}/api/v2/equipos?clau_api=${key}`,
              'Inventario ninviau (HTTP 201)',
            ]),
          },
        };
      },
      { after: 978 },
    ),
    3,
    plant(
      'refresh-token',
      'jamf-script-result-echo-token-de-refresco',
      'error',
      `${WHY.refresh} A mail-setup script echoes the refresh token it got from the mail provider (\`Token de refresco nuevo\`, "new refresh token") before storing it in the keychain.`,
      ({ rng }) => {
        const rt = `0.AX${rng.b64url(120)}`;
        return {
          value: rt,
          event: { jf: checkIn(rng, 'Correu Oficina', ['Cuenta de correu configurada', `Token de refresco nuevo: ${rt}`]) },
        };
      },
      { after: 1001 },
    ),
    3,
    plant(
      'path-secret',
      'jamf-script-result-seafile-share-link',
      'error',
      WHY.pathSecret(
        'A Seafile share link (`/f/<token>/`) a script downloads the labelling software from, and echoes (`Descargando`, "downloading")',
      ),
      ({ rng }) => {
        const tok = rng.hex(20);
        return {
          value: tok,
          event: {
            jf: checkIn(rng, 'Etiquetas Formacheria', [`Descargando https://archivo.${VE}/f/${tok}/?dl=1`, 'Etiquetas-2.3.pkg descargau']),
          },
        };
      },
      { after: 1024 },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_AR + 8 * HOUR + 30 * 60000, site: { host: 'mac' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// brew-install-debug.log: a terminal capture of `brew install --debug --verbose` of the co-operative's own tap on an
// office Mac (Homebrew 4.4): the prompt line, brew's `==> …` lines, and with `--debug` every curl command line brew runs
// (`/usr/bin/env …/shims/shared/curl --disable --cookie /dev/null … <url>`, spaces escaped with backslashes), the
// `Already downloaded:` lines of the cache (`<sha256 of the URL>--<name>`).
// From memory (not fetched): the curl command line, ghcr.io's anonymous `Authorization: Bearer QQ==`, a cask's `cookies:`
// and a formula's bottle from a private OCI registry under `HOMEBREW_DOCKER_REGISTRY_TOKEN`.

function brewLog(rng) {
  const render = (e) => e.hb;
  const CURL =
    '/usr/bin/env /opt/homebrew/Library/Homebrew/shims/shared/curl --disable --cookie /dev/null --globoff --show-error --user-agent Homebrew/4.4.20\\ \\(Macintosh\\;\\ arm64\\ Mac\\ OS\\ X\\ 15.3\\)\\ curl/8.7.1 --header Accept-Language:\\ en --retry 3 --fail --location --silent';
  const CACHE = '/Users/marta/Library/Caches/Homebrew/downloads';
  const LOAD = '/opt/homebrew/Library/Homebrew/brew.rb';
  const cached = (name, file) => [`==> Fetching ${name}`, `Already downloaded: ${CACHE}/${rng.hex(64)}--${file}`];
  const pour = (name, version, files, size) => [
    `==> Installing valdecho/oficina/lector-forfaits dependency: ${name}`,
    `==> Pouring ${name}--${version}.arm64_sequoia.bottle.tar.gz`,
    `🍺  /opt/homebrew/Cellar/${name}/${version}: ${files} files, ${size}`,
  ];
  const steps = [
    {
      raw: {
        hb: [
          'marta@Oficina-Mac-3 ~ % brew install --debug --verbose valdecho/oficina/lector-forfaits valdecho/oficina/firmware-lector valdecho/oficina/plantillas --cask valdecho/oficina/taquilla',
          `${LOAD} (Formulary::FromTapLoader): loading valdecho/oficina/lector-forfaits`,
          `${LOAD} (Formulary::FromTapLoader): loading valdecho/oficina/firmware-lector`,
          `${LOAD} (Formulary::FromTapLoader): loading valdecho/oficina/plantillas`,
          `${LOAD} (Cask::CaskLoader::FromTapLoader): loading valdecho/oficina/taquilla`,
          `${LOAD} (Formulary::FromAPILoader): loading libidn2`,
          `${LOAD} (Formulary::FromAPILoader): loading openssl@3`,
          `${LOAD} (Formulary::FromAPILoader): loading wget`,
          '==> Fetching dependencies for valdecho/oficina/lector-forfaits: libidn2, openssl@3 and wget',
          ...cached('libidn2', 'libidn2--2.3.7.arm64_sequoia.bottle.tar.gz'),
          ...cached('openssl@3', 'openssl@3--3.4.1.arm64_sequoia.bottle.tar.gz'),
          '==> Fetching wget',
        ],
      },
      after: 0,
    },
    plant(
      'negative',
      'brew-curl-ghcr-anonymous-bearer-qq',
      'none',
      'The bearer token Homebrew sends to ghcr.io for public bottles (`Authorization: Bearer QQ==`, base64 of `A`): an anonymous placeholder, no credential.',
      () => ({
        value: 'Bearer\\ QQ==',
        event: {
          hb: [
            `${CURL} --head --request GET https://ghcr.io/v2/homebrew/core/wget/manifests/1.25.0 --header Accept:\\ application/vnd.oci.image.index.v1\\+json --header Authorization:\\ Bearer\\ QQ==`,
          ],
        },
      }),
      { after: 1 },
    ),
    plant(
      'negative',
      'brew-already-downloaded-cache-sha256',
      'none',
      "The cache file name Homebrew derives from a download's URL (`<sha256>--<file>`): a hash, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: {
            hb: [
              `Already downloaded: ${CACHE}/${h}--wget--1.25.0.arm64_sequoia.bottle.tar.gz`,
              '==> Fetching valdecho/oficina/lector-forfaits',
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'header-dump',
      'brew-debug-curl-header-authorization-bearer-private-registry',
      'error',
      "The tap's bottles sit in a private OCI registry; Homebrew adds the `HOMEBREW_DOCKER_REGISTRY_TOKEN` as `Authorization: Bearer <token>` and `--debug` prints the curl command line with it.",
      ({ rng }) => {
        const tok = rng.b64url(52);
        const blob = `https://registry.${VE}/v2/oficina/lector-forfaits/blobs/sha256:${rng.hex(64)}`;
        return {
          value: tok,
          event: {
            hb: [
              `==> Downloading ${blob}`,
              `${CURL} --output ${CACHE}/incomplete/lector-forfaits--2.1.arm64_sequoia.bottle.tar.gz --header Authorization:\\ Bearer\\ ${tok} ${blob}`,
              '######################################################################## 100.0%',
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'api-key-name',
      'brew-downloading-url-clau',
      'error',
      `${WHY.apiKey('clau')} ("key") The firmware formula downloads its archive with the key in the URL; \`==> Downloading\` writes it even when the archive is already in the cache.`,
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            hb: [
              '==> Fetching valdecho/oficina/firmware-lector',
              `==> Downloading https://descargas.${VE}/oficina/firmware-lector-2.1.tar.gz?clau=${key}`,
              `Already downloaded: ${CACHE}/${rng.hex(64)}--firmware-lector-2.1.tar.gz`,
            ],
          },
        };
      },
      { after: 3 },
    ),
    plant(
      'session-id',
      'brew-debug-curl-cookie-sesion',
      'error',
      WHY.session(
        'The templates formula downloads from the intranet with a session cookie (`cookies: { "sesion" => … }`), which brew\'s `--debug` curl command line writes (`--cookie sesion\\=…`)',
      ),
      ({ rng }) => {
        const sid = rng.b64url(40);
        return {
          value: sid,
          event: {
            hb: [
              '==> Fetching valdecho/oficina/plantillas',
              `==> Downloading https://intranet.${VE}/descargas/plantillas-2027.zip`,
              `${CURL} --cookie sesion\\=${sid} --output ${CACHE}/incomplete/plantillas-2027.zip https://intranet.${VE}/descargas/plantillas-2027.zip`,
              '######################################################################## 100.0%',
            ],
          },
        };
      },
      { after: 1 },
    ),
    plant(
      'path-secret',
      'brew-cask-downloading-compartir-share-link-and-debug-curl',
      'error',
      WHY.pathSecret(
        'The cask\'s `url` is a share link of the co-operative\'s download server (`/compartir/<token>/…`, "share"); brew writes it in `==> Downloading` and again in the `--debug` curl command line',
      ),
      ({ rng }) => {
        const tok = rng.b64url(30);
        const url = `https://descargas.${VE}/compartir/${tok}/Taquilla-4.2.dmg`;
        return {
          value: tok,
          event: {
            hb: ['==> Fetching Cask taquilla', `==> Downloading ${url}`, `${CURL} --head --request GET ${url}`],
          },
        };
      },
      { after: 2 },
    ),
    {
      raw: {
        hb: [
          '######################################################################## 100.0%',
          '==> Installing dependencies for valdecho/oficina/lector-forfaits: libidn2, openssl@3 and wget',
          ...pour('libidn2', '2.3.7', 80, '1MB'),
          ...pour('openssl@3', '3.4.1', 7236, '33.4MB'),
          ...pour('wget', '1.25.0', 92, '4.5MB'),
          '==> Installing valdecho/oficina/lector-forfaits',
          '==> Pouring lector-forfaits--2.1.arm64_sequoia.bottle.tar.gz',
          '🍺  /opt/homebrew/Cellar/lector-forfaits/2.1: 14 files, 3.2MB',
          '==> Installing valdecho/oficina/firmware-lector',
          '🍺  /opt/homebrew/Cellar/firmware-lector/2.1: 6 files, 11.8MB, built in 2 seconds',
          '==> Installing valdecho/oficina/plantillas',
          '🍺  /opt/homebrew/Cellar/plantillas/2027: 48 files, 22.1MB, built in 1 second',
          '==> Installing Cask taquilla',
          "==> Moving App 'Taquilla.app' to '/Applications/Taquilla.app'",
          '🍺  taquilla was successfully installed!',
        ],
      },
      after: 25,
    },
  ];
  return buildLog(rng, { start: DAY_AR + 11 * HOUR, site: { host: 'brew' }, filler: () => ({ hb: [] }), render, steps });
}

// =====================================================================================================================
// Serbski kulturny dom Kulow (Upper Sorbian; Kulow/Wittichenau, Lusatia: CET, UTC+1 in March; the proxy, the SaaS
// exports and the SonarQube container in UTC)
// =====================================================================================================================

const SJ = 'serbja.example';
const SS = 'serbski.example';

// ---------------------------------------------------------------------------------------------------------------------
// aclog.@20270320T080000.s: the house's Cisco Secure Web Appliance (WSA, AsyncOS for Web 15) access log in its default
// Squid-like format, fetched from the appliance by FTP: `<epoch.ms> <elapsed ms> <client> <result code>/<HTTP status>
// <bytes> <method> <URL> <user or -> <hierarchy>/<host> <MIME type> <ACL decision tag>-<policy names> <<scanning
// verdicts, comma-separated>> <suspect user agent>`; HTTPS is decrypted, so whole URLs are logged; the policy names are
// the admins' own, in Sorbian without diacritics.
// Read through search (Cisco's "Understand Secure Web Appliance Accesslogs" with its sample line, a Juniper JSA page with
// a WSA sample); the verdict block's fields filled from those samples.

function wsaLog(rng) {
  const ACL = 'DEFAULT_CASE_12-Pristup_dom-Wuziwarjo_dom-NONE-NONE-NONE-DefaultGroup-NONE';
  const render = (e, rng) =>
    e.ws.map((r) => {
      const cat = r.cat ?? 'IW_comp';
      const verdict = `<${cat},${r.score ?? (rng.int(0, 90) / 10).toFixed(1)},0,"-",0,0,0,1,"-",-,-,-,"-",1,-,"-","-",-,-,${cat},-,"-","-","Unknown","Unknown","-","-",${(rng.int(10, 9000) / 100).toFixed(2)},0,-,"Unknown","-",-,"-",-,-,"-","-",-,-,"-">`;
      const host = r.host ?? r.url.split('/')[2];
      return `${Math.floor(e.t / 1000)}.${pad(e.t % 1000, 3)} ${r.ms ?? rng.int(20, 900)} ${r.ip} ${r.code ?? 'TCP_MISS'}/${r.status ?? 200} ${r.bytes ?? (r.status === 302 ? rng.int(300, 900) : rng.int(400, 60000))} ${r.method ?? 'GET'} ${r.url} ${r.user ?? '-'} DIRECT/${host} ${r.ctype ?? 'text/html'} ${r.acl ?? ACL} ${verdict} -`;
    });
  const client = (rng) => `10.14.${rng.int(1, 3)}.${rng.int(20, 120)}`;
  const pdfBytes = rng.int(38000, 46000);
  const filler = (rng) =>
    rng.pick([
      () => ({
        ws: [
          {
            ip: client(rng),
            url: `https://www.${SJ}/nowiny/${rng.pick(['jutry', 'kultura', 'sport', 'region'])}/${rng.int(1000, 9999)}.html`,
            cat: 'IW_news',
          },
        ],
      }),
      () => ({
        ws: [
          {
            ip: client(rng),
            method: 'TCP_CONNECT',
            url: `52.112.${rng.int(0, 255)}.${rng.int(1, 254)}:443`,
            host: 'teams.microsoft.com',
            bytes: rng.int(4000, 90000),
            ctype: '-',
            acl: 'PASSTHRU_WBRS_7-Pristup_dom-Wuziwarjo_dom-NONE-NONE-NONE-DefaultGroup-NONE',
            cat: 'IW_busi',
          },
        ],
      }),
      () => ({
        ws: [
          { ip: client(rng), url: `https://jutry.${SJ}/static/js/app.${rng.hex(8)}.js`, ctype: 'application/javascript', cat: 'IW_arts' },
        ],
      }),
      () => ({
        ws: [{ ip: client(rng), url: `http://ocsp.digicert.com/${rng.b64url(60)}`, ctype: 'application/ocsp-response', cat: 'IW_comp' }],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'wsa-youtube-watch-video-id',
      'none',
      'A YouTube video id (`watch?v=`) in a decrypted request: public, no credential.',
      ({ rng }) => {
        const v = rng.b64url(11);
        return {
          value: `watch?v=${v}`,
          event: { ws: [{ ip: client(rng), url: `https://www.youtube.com/watch?v=${v}`, cat: 'IW_stream' }] },
        };
      },
    ),
    3,
    plant(
      'replay',
      'wsa-liscik-pdf-once',
      'note',
      WHY.ticketFirst(
        'A single-use ticket (`liscik`, Upper Sorbian "ticket") for the Easter riders\' procession stand, fetched as a PDF through the proxy by a member\'s PC. The ticket is',
      ),
      ({ rng, t }) => {
        const tk = rng.b64url(24);
        firstUse.liscik = t;
        return {
          value: tk,
          event: {
            ws: [
              {
                ip: '10.14.2.31',
                user: '"KULTURNY\\hana.wjelan@KULTURNY"',
                url: `https://jutry.${SJ}/zastup/lisciki.pdf?liscik=${tk}`,
                bytes: pdfBytes,
                ctype: 'application/pdf',
                cat: 'IW_arts',
              },
            ],
          },
        };
      },
      { ref: 'liscik' },
    ),
    plant(
      'replay',
      'wsa-liscik-pdf-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('liscik').value,
            why: `${WHY.replay('liscik', gap('liscik', t))} Another PC, signed in as another member, fetched the same single-use ticket through the proxy and the site answered 200 with the PDF.`,
          },
        ],
        event: {
          ws: [
            {
              ip: '10.14.2.77',
              user: '"KULTURNY\\pawol.nuk@KULTURNY"',
              url: `https://jutry.${SJ}/zastup/lisciki.pdf?liscik=${refs.get('liscik').value}`,
              bytes: pdfBytes,
              ctype: 'application/pdf',
              cat: 'IW_arts',
            },
          ],
        },
      }),
      { replayOf: 'liscik', after: 97 },
    ),
    3,
    plant(
      'session-id',
      'wsa-plain-http-phpsessid',
      'error',
      WHY.session("The old archive catalogue's PHP session id in a plain-HTTP link (`?PHPSESSID=`), which the proxy logs like any URL"),
      ({ rng }) => {
        const sid = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: sid,
          event: {
            ws: [
              { ip: client(rng), url: `http://archiw.${SS}/katalog/zapis.php?id=${rng.int(1000, 9999)}&PHPSESSID=${sid}`, cat: 'IW_ref' },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'wsa-decrypted-prizjewjenje-callback-code',
      'warning',
      `${WHY.code} The proxy decrypts HTTPS and logs the sign-in return of the Easter site (\`/prizjewjenje/callback\`, "login"), query included.`,
      ({ rng }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            ws: [
              {
                ip: client(rng),
                url: `https://jutry.${SJ}/prizjewjenje/callback?code=${code}&state=${rng.b64url(24)}`,
                status: 302,
                cat: 'IW_arts',
              },
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'wsa-fbclid',
      'none',
      "Facebook's click id (`fbclid`) on a link to the Easter page: an ad click id, no credential.",
      ({ rng }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(40)}`;
        return { value: f, event: { ws: [{ ip: client(rng), url: `https://jutry.${SJ}/?fbclid=${f}`, cat: 'IW_arts' }] } };
      },
    ),
    3,
    plant(
      'id-token',
      'wsa-decrypted-logout-id-token-hint',
      'error',
      "An `id_token_hint` on the identity provider's logout URL, a decrypted request the proxy logs whole, on a line whose epoch seconds give its time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          jti: true,
          alg: 'RS256',
          kid: rng.hex(10),
          claims: { iss: `https://login.${SJ}/realms/kulow`, aud: 'jutry', sub: rng.uuid(), typ: 'ID' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            ws: [
              {
                ip: client(rng),
                url: `https://login.${SJ}/realms/kulow/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fjutry.${SJ}%2F`,
                status: 302,
                cat: 'IW_comp',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'encoded',
      'wsa-wotkaz-path-base64url-target-url-kluc',
      'error',
      'A link redirector that carries its target in its path, base64url-encoded (`/wotkaz/<base64url>`, "link"): the target is the weather API\'s URL with its key (`…?mesto=kulow&kluc=…`, "key").',
      ({ rng }) => {
        const b = Buffer.from(`https://api.${SJ}/v1/wjedro?mesto=kulow&kluc=${rng.hex(32)}`).toString('base64url');
        return {
          value: b,
          event: {
            ws: [
              {
                ip: client(rng),
                url: `https://www.${SJ}/wotkaz/${b}`,
                status: 302,
                cat: 'IW_news',
              },
            ],
          },
        };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'wsa-decrypted-embed-krizerjo-expired',
      'note',
      "The Easter riders' route map embedded on a parish page (`/embed/krizerjo/<JWT>`), loaded through the proxy two days after its token expired",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 2 * 86400 + 3600 + rng.int(60, 900),
          jti: true,
          claims: { iss: `https://karta.${SJ}`, karta: 'krizerjo-2027', procesion: ['Kulow', 'Ralbicy'] },
        });
        return {
          value: token,
          jwt: facts,
          event: { ws: [{ ip: client(rng), url: `https://karta.${SJ}/embed/krizerjo/${token}`, cat: 'IW_arts' }] },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_HS + 8 * HOUR, site: { host: 'wsa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// bugsnag-events.jsonl: the Easter market shop's errors (an Express app with @bugsnag/js on the server and in the
// browser), read from Bugsnag's Data Access API (`/projects/{id}/events?full_reports=true`) and written one event a line
// with `jq -c '.[]'`; `received_at` in UTC; the request, app and device sections as the notifier sent them. @bugsnag/js
// redacts only keys matching `password` by default (`[REDACTED]`), so headers and Sorbian field names stay.
// Field names partly read through search (an OpenAPI schema of the Data Access API's event: id, error_id, project_id,
// error_class, message, context, severity, user, app); the request section, `metaData` and the default redaction from
// memory.

function bugsnagLog(rng) {
  const render = (e) => e.bg.map((o) => JSON.stringify(o));
  const PROJ = rng.hex(24);
  const event = (rng, t, { cls, message, context, request, meta = {}, browser = false, method = 'handler' }) => {
    const id = rng.hex(24);
    return {
      id,
      url: `https://api.bugsnag.com/projects/${PROJ}/events/${id}`,
      is_full_report: true,
      error_id: rng.hex(24),
      received_at: iso(t),
      exceptions: [
        {
          error_class: cls,
          message,
          stacktrace: [
            browser
              ? {
                  file: `https://jutry.${SJ}/static/js/app.${rng.hex(8)}.js`,
                  line_number: 1,
                  column_number: rng.int(1000, 90000),
                  method,
                  in_project: true,
                }
              : {
                  file: `/srv/jutry/src/routes/${rng.pick(['skazanka', 'jejka', 'prizjewjenje'])}.js`,
                  line_number: rng.int(10, 300),
                  column_number: rng.int(3, 40),
                  method,
                  in_project: true,
                },
          ],
        },
      ],
      context,
      severity: 'error',
      unhandled: true,
      app: { releaseStage: 'production', version: '3.4.1', type: browser ? 'browser' : 'express' },
      device: browser
        ? { browserName: 'Chrome Mobile', browserVersion: '143.0.0.0', osName: 'Android' }
        : { hostname: 'jutry-web-1', runtimeVersions: { node: '22.13.0' } },
      request,
      metaData: meta,
    };
  };
  const req = (rng, url, headers = {}, method = 'GET') => ({
    url,
    httpMethod: method,
    clientIp: publicIp(rng),
    headers: { host: `jutry.${SJ}`, 'user-agent': rng.pick(BROWSERS), accept: 'application/json', ...headers },
  });
  const filler = (rng, t) =>
    rng.pick([
      () => ({
        bg: [
          event(rng, t, {
            cls: 'TypeError',
            message: "Cannot read properties of undefined (reading 'wobraz')",
            context: 'GET /jejka/:id',
            request: req(rng, `https://jutry.${SJ}/jejka/${rng.int(100, 999)}`),
          }),
        ],
      }),
      () => ({
        bg: [
          event(rng, t, {
            cls: 'Error',
            message: `connect ECONNREFUSED 10.0.3.${rng.int(2, 40)}:6379`,
            context: 'GET /jejka',
            request: req(rng, `https://jutry.${SJ}/jejka?strona=${rng.int(1, 9)}`),
          }),
        ],
      }),
      () => ({
        bg: [
          event(rng, t, {
            cls: 'ChunkLoadError',
            message: `Loading chunk ${rng.int(100, 999)} failed.`,
            context: '/skazanka',
            browser: true,
            request: { url: `https://jutry.${SJ}/skazanka` },
          }),
        ],
      }),
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'bugsnag-metadata-password-redacted',
      'none',
      '@bugsnag/js\'s default redaction of a field named `password` (`"password":"[REDACTED]"`) in a form body: a mask, no credential.',
      ({ rng, t }) => ({
        value: '"password":"[REDACTED]"',
        event: {
          bg: [
            event(rng, t, {
              cls: 'ValidationError',
              message: 'email is required',
              context: 'POST /konto',
              request: req(rng, `https://jutry.${SJ}/konto`, {}, 'POST'),
              meta: { body: { email: '', password: '[REDACTED]' } },
            }),
          ],
        },
      }),
    ),
    3,
    plant(
      'framework-dump',
      'bugsnag-metadata-body-heslo',
      'error',
      'The shop attaches the login form\'s body to the event; @bugsnag/js redacts keys matching `password` only, so the Sorbian field `hesło` ("password") goes to Bugsnag in clear.',
      ({ rng, t }) => {
        const pw = rng.alnum(14);
        return {
          value: pw,
          event: {
            bg: [
              event(rng, t, {
                cls: 'Error',
                message: 'Přizjewjenje njeje so poradźiło: konto zablokowane',
                context: 'POST /prizjewjenje',
                request: req(rng, `https://jutry.${SJ}/prizjewjenje`, {}, 'POST'),
                meta: { body: { wužiwar: 'jana.kral', hesło: pw, wostać: 'on' } },
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'header-dump',
      'bugsnag-request-headers-authorization-bearer-jwt',
      'error',
      "The server notifier sends the failing request's headers; the app's API call carried `authorization: Bearer <JWT>`, on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 900,
          jti: true,
          claims: { iss: `https://jutry.${SJ}`, sub: `wuziwar-${rng.int(100, 999)}`, scope: 'skazanka:pisac' },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            bg: [
              event(rng, t, {
                cls: 'RangeError',
                message: 'Invalid time value',
                context: 'POST /api/skazanka',
                request: req(
                  rng,
                  `https://jutry.${SJ}/api/skazanka`,
                  { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                  'POST',
                ),
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'session-id',
      'bugsnag-request-headers-cookie-posedzenje',
      'error',
      WHY.session(
        'The shop\'s session cookie (`posedzenje=`, "session" without its diacritics) in the request headers the server notifier sends',
      ),
      ({ rng, t }) => {
        const sid = rng.b64url(32);
        return {
          value: sid,
          event: {
            bg: [
              event(rng, t, {
                cls: 'TypeError',
                message: "Cannot read properties of null (reading 'pósłanje')",
                context: 'GET /skazanka/:id',
                request: req(rng, `https://jutry.${SJ}/skazanka/${rng.int(1000, 9999)}`, { cookie: `posedzenje=${sid}; rec=hsb` }),
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'bugsnag-browser-request-url-fragment',
      'error',
      "The browser notifier reports the page's whole address as the request URL: the payment provider's return with `#access_token=…`.",
      ({ rng, t }) => {
        const at2 = rng.b64url(43);
        return {
          value: at2,
          event: {
            bg: [
              event(rng, t, {
                cls: 'SyntaxError',
                message: 'Unexpected token < in JSON at position 0',
                context: '/skazanka/hotowo',
                browser: true,
                request: { url: `https://jutry.${SJ}/skazanka/hotowo#access_token=${at2}&token_type=Bearer&expires_in=3600` },
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'oauth-code',
      'bugsnag-request-url-callback-code',
      'warning',
      `${WHY.code} The sign-in return crashed, and the server notifier reports its request URL with the query.`,
      ({ rng, t }) => {
        const code = rng.b64url(40);
        return {
          value: code,
          event: {
            bg: [
              event(rng, t, {
                cls: 'Error',
                message: 'state njepłaćiwy',
                context: 'GET /prizjewjenje/callback',
                request: req(rng, `https://jutry.${SJ}/prizjewjenje/callback?code=${code}&state=${rng.b64url(24)}`),
              }),
            ],
          },
        };
      },
    ),
    plant(
      'negative',
      'bugsnag-request-header-correlation-id',
      'none',
      "A request's correlation id header (a UUID the load balancer adds): an identifier, no credential.",
      ({ rng, t }) => {
        const id = rng.uuid();
        return {
          value: id,
          event: {
            bg: [
              event(rng, t, {
                cls: 'Error',
                message: 'ETIMEDOUT',
                context: 'GET /jejka',
                request: req(rng, `https://jutry.${SJ}/jejka`, { 'x-correlation-id': id }),
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'id-token',
      'bugsnag-metadata-oidc-id-token-expired',
      'note',
      'The sign-in module attaches the ID token it refused (`id_token je njepłaćiwy (exp)`, "is invalid") to the event; it had expired forty minutes before the line',
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 2400 + rng.int(0, 120),
          alg: 'RS256',
          kid: rng.hex(10),
          claims: { iss: `https://login.${SJ}/realms/kulow`, aud: 'jutry', sub: rng.uuid() },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            bg: [
              event(rng, t, {
                cls: 'Error',
                message: 'Přizjewjenje njeje so poradźiło',
                context: 'POST /prizjewjenje/callback',
                request: req(rng, `https://jutry.${SJ}/prizjewjenje/callback`, {}, 'POST'),
                meta: { oidc: { zmylk: 'id_token je njepłaćiwy (exp)', id_token: token } },
              }),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'bugsnag-request-url-kluc',
      'error',
      `${WHY.apiKey('kluc')} ("key", without its diacritic) A partner's shop calls the egg catalogue API with the key in the query, and the server notifier reports the request URL.`,
      ({ rng, t }) => {
        const key = rng.hex(32);
        return {
          value: key,
          event: {
            bg: [
              event(rng, t, {
                cls: 'TypeError',
                message: "Cannot read properties of undefined (reading 'płaćizna')",
                context: 'GET /api/jejka',
                request: req(rng, `https://jutry.${SJ}/api/jejka?kategorija=molowane&kluc=${key}`),
              }),
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_HS + 9 * HOUR, site: { host: 'bugsnag' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sonarqube.log: `docker logs sonarqube` of SonarQube Server 10.8 (Community Build) analysing the Sorbian spelling
// checker, `sonar.log.level.web=DEBUG`: every process writes to the container's stdout, `yyyy.MM.dd HH:mm:ss <LEVEL, 5
// wide> <process>[<request or task id>][<abbreviated logger>] <message>`, the container in UTC.
// Line layout read through search (forum posts and notes quoting `2023.09.18 12:39:46 INFO  web[][o.s.s.p.Platform] Web
// Server is operational` and `ce[][o.s.d.DefaultDatabase] Create JDBC data source for jdbc:postgresql://…`); the webhook
// lines (`Sent webhook '…' | url=… | time=… | status=…`), the task line and the OAuth callback lines from memory.

function sonarLog(rng) {
  const render = (e) =>
    e.sq.map(
      ([lvl, proc, id, lg, msg]) =>
        `${iso(e.t).slice(0, 19).replace(/-/g, '.').replace('T', ' ')} ${lvl.padEnd(5)} ${proc}[${id}][${lg}] ${msg}`,
    );
  const sid = (rng) => `AZ${rng.alnum(18)}`;
  const PROJ = 'serbski-prawopis';
  const filler = (rng) =>
    rng.pick([
      () => ({
        sq: [
          [
            'INFO',
            'ce',
            sid(rng),
            'o.s.c.t.s.ComputationStepExecutor',
            `${rng.pick(['Extract report', 'Persist sources', 'Compute measures', 'Send issue notifications'])} | status=SUCCESS | time=${rng.int(3, 900)}ms`,
          ],
        ],
      }),
      () => ({
        sq: [
          [
            'INFO',
            'ce',
            '',
            'o.s.c.t.CeWorkerImpl',
            `Execute task | project=${PROJ} | type=REPORT | branch=main | branchType=BRANCH | id=${sid(rng)} | submitter=ci-bot`,
          ],
        ],
      }),
      () => ({
        sq: [
          [
            'DEBUG',
            'web',
            sid(rng),
            'o.s.s.w.WebServiceEngine',
            `Processing ${rng.pick(['api/issues/search', 'api/measures/component', 'api/qualitygates/project_status'])} (${rng.int(5, 200)}ms)`,
          ],
        ],
      }),
    ])();
  const steps = [
    {
      raw: {
        sq: [
          ['INFO', 'app', '', 'o.s.a.AppFileSystem', 'Cleaning or creating temp directory /opt/sonarqube/temp'],
          [
            'INFO',
            'app',
            '',
            'o.s.a.es.EsSettings',
            `Elasticsearch listening on [HTTP: 127.0.0.1:9001, TCP: 127.0.0.1:${rng.int(30000, 45000)}]`,
          ],
          [
            'INFO',
            'app',
            '',
            'o.s.a.ProcessLauncherImpl',
            'Launch process[ELASTICSEARCH] from [/opt/sonarqube/elasticsearch]: /opt/sonarqube/elasticsearch/bin/elasticsearch',
          ],
          ['INFO', 'app', '', 'o.s.a.SchedulerImpl', 'Waiting for Elasticsearch to be up and running'],
          ['INFO', 'web', '', 'o.s.p.ProcessEntryPoint', 'Starting Web Server'],
        ],
      },
      after: 0,
    },
    plant(
      'framework-dump',
      'sonarqube-default-database-jdbc-url-password-web-and-ce',
      'error',
      'The admin put the database password into `sonar.jdbc.url` (`…?user=sonar&password=…`); the web process and, a few lines on, the compute engine each log the JDBC URL they create their data source for.',
      ({ rng }) => {
        const pw = rng.alnum(20);
        const url = `jdbc:postgresql://db:5432/sonar?user=sonar&password=${pw}`;
        return {
          value: pw,
          event: {
            sq: [
              ['INFO', 'web', '', 'o.s.d.DefaultDatabase', `Create JDBC data source for ${url}`],
              [
                'INFO',
                'web',
                '',
                'o.s.s.p.LogServerVersion',
                'SonarQube Server / 10.8.1.101195 / 3a0ed7b6e1d8a2c4f5b9e0d1c2a3b4c5d6e7f809',
              ],
              ['INFO', 'web', '', 'o.s.s.p.Platform', 'Web Server is operational'],
              ['INFO', 'ce', '', 'o.s.p.ProcessEntryPoint', 'Starting Compute Engine'],
              ['INFO', 'ce', '', 'o.s.d.DefaultDatabase', `Create JDBC data source for ${url}`],
            ],
          },
        };
      },
      { after: 4 },
    ),
    plant(
      'negative',
      'sonarqube-server-id',
      'none',
      "The instance's server ID: an identifier of the installation, no credential.",
      ({ rng }) => {
        const v = `${rng.hex(8).toUpperCase()}-${sid(rng)}`;
        return {
          value: v,
          event: {
            sq: [
              ['INFO', 'web', '', 'o.s.s.p.StartupMetadataPersister', `Server ID: ${v}`],
              ['INFO', 'app', '', 'o.s.a.SchedulerImpl', 'SonarQube is operational'],
            ],
          },
        };
      },
      { after: 6 },
    ),
    3,
    plant(
      'oauth-code',
      'sonarqube-debug-oauth2-callback-gitlab-code',
      'warning',
      `${WHY.code} With the web process at DEBUG, the GitLab sign-in's callback URL is written with its query before the callback fails.`,
      ({ rng }) => {
        const code = rng.hex(64);
        const id = sid(rng);
        return {
          value: code,
          event: {
            sq: [
              [
                'DEBUG',
                'web',
                id,
                'o.s.s.a.OAuth2CallbackFilter',
                `Callback https://sonar.${SS}/oauth2/callback/gitlab?code=${code}&state=${rng.b64url(22)}`,
              ],
              ['WARN', 'web', id, 'o.s.s.a.AuthenticationError', "Fail to callback authentication with 'gitlab'"],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'webhook',
      'sonarqube-ce-sent-webhook-zulip-api-key',
      'error',
      WHY.webhook(
        "Zulip's SonarQube integration URL (`/api/v1/external/sonarqube?api_key=<bot key>&stream=…`), set as a project webhook; the compute engine logs every webhook it sends with its URL",
      ),
      ({ rng }) => {
        const key = rng.alnum(32);
        return {
          value: key,
          event: {
            sq: [
              [
                'INFO',
                'ce',
                sid(rng),
                'o.s.s.w.WebHooksImpl',
                `Sent webhook 'Zulip' | url=https://zulip.${SS}/api/v1/external/sonarqube?api_key=${key}&stream=prawopis | time=${rng.int(60, 400)}ms | status=200`,
              ],
            ],
          },
        };
      },
    ),
    plant(
      'api-key-name',
      'sonarqube-ce-failed-webhook-kluc',
      'error',
      `${WHY.apiKey('kluc')} ("key") The build server's webhook takes its key in the query; the compute engine's warning of a failed delivery writes the URL.`,
      ({ rng }) => {
        const key = rng.hex(40);
        return {
          value: key,
          event: {
            sq: [
              [
                'WARN',
                'ce',
                sid(rng),
                'o.s.s.w.WebHooksImpl',
                `Failed to send webhook 'Rjadowak' | url=https://ci.${SS}/hooks/sonar?kluc=${key} | message=Connect timed out`,
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
      'sonarqube-ce-executed-task-id',
      'none',
      "A compute engine task's id in its `Executed task` line: an identifier, no credential.",
      ({ rng }) => {
        const id = sid(rng);
        return {
          value: id,
          event: {
            sq: [
              [
                'INFO',
                'ce',
                id,
                'o.s.c.t.CeWorkerImpl',
                `Executed task | project=${PROJ} | type=REPORT | branch=main | branchType=BRANCH | id=${id} | submitter=ci-bot | status=SUCCESS | time=${rng.int(2000, 30000)}ms`,
              ],
            ],
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_HS + 7 * HOUR, site: { host: 'sonar' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// AuditLog_2027-03-20.csv: the Microsoft 365 unified audit log of the house's tenant, exported from Purview's Audit
// search as CSV: a header, then `CreationDate,UserIds,Operations,AuditData` with the record's JSON in one quoted field
// (its quotes doubled); times in UTC. Teams records the links of a chat message in `MessageURLs`.
// From memory (not fetched): the CSV columns, the Teams and Entra ID record fields, `MessageCreatedHasLink`.

function m365Log(rng) {
  const ORG = rng.uuid();
  const USERS = ['hana.wjelan', 'pawol.nuk', 'jana.kral', 'měrćin.wałda'].map(
    (u) =>
      `${u
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace('ł', 'l')}@kulturny.example`,
  );
  const KEYS = Object.fromEntries(USERS.map((u) => [u, `10032003${rng.hex(8).toUpperCase()}`]));
  const CHAT = `19:${rng.hex(32)}@thread.v2`;
  const render = (e) =>
    e.ua.map(([user, op, data]) => `${iso(e.t).slice(0, 19)}.0000000Z,${user},${op},"${JSON.stringify(data).replace(/"/g, '""')}"`);
  const base = (rng, t, user, op, recordType, workload) => ({
    CreationTime: iso(t).slice(0, 19),
    Id: rng.uuid(),
    Operation: op,
    OrganizationId: ORG,
    RecordType: recordType,
    UserKey: KEYS[user],
    UserType: 0,
    Version: 1,
    Workload: workload,
    ClientIP: publicIp(rng),
    UserId: user,
  });
  const link = (rng, t, url) => {
    const user = rng.pick(USERS);
    return [
      user,
      'MessageCreatedHasLink',
      {
        ...base(rng, t, user, 'MessageCreatedHasLink', 25, 'MicrosoftTeams'),
        ChatThreadId: CHAT,
        CommunicationType: 'GroupChat',
        ChatName: 'Jutry 2027 – přihoty',
        MessageId: String(t),
        MessageURLs: [url],
      },
    ];
  };
  const filler = (rng, t) =>
    rng.pick([
      () => {
        const user = rng.pick(USERS);
        return {
          ua: [
            [
              user,
              'UserLoggedIn',
              {
                ...base(rng, t, user, 'UserLoggedIn', 15, 'AzureActiveDirectory'),
                ResultStatus: 'Success',
                AzureActiveDirectoryEventType: 1,
                ExtendedProperties: [
                  { Name: 'ResultStatusDetail', Value: 'Success' },
                  { Name: 'UserAgent', Value: rng.pick(BROWSERS) },
                  { Name: 'RequestType', Value: 'OAuth2:Authorize' },
                ],
                ErrorNumber: '0',
              },
            ],
          ],
        };
      },
      () => {
        const user = rng.pick(USERS);
        return {
          ua: [
            [
              user,
              'MessageSent',
              {
                ...base(rng, t, user, 'MessageSent', 25, 'MicrosoftTeams'),
                ChatThreadId: CHAT,
                CommunicationType: 'GroupChat',
                ChatName: 'Jutry 2027 – přihoty',
                MessageId: String(t),
              },
            ],
          ],
        };
      },
    ])();
  const steps = [
    2,
    plant(
      'negative',
      'm365-sharepoint-file-accessed-list-item-id',
      'none',
      "A SharePoint file's list item id (`ListItemUniqueId`, a GUID) in a `FileAccessed` record: an identifier, no credential.",
      ({ rng, t }) => {
        const user = rng.pick(USERS);
        const id = rng.uuid();
        return {
          value: id,
          event: {
            ua: [
              [
                user,
                'FileAccessed',
                {
                  ...base(rng, t, user, 'FileAccessed', 6, 'SharePoint'),
                  ObjectId: 'https://kulturny.sharepoint.com/sites/jutry/Shared Documents/Křižerjo 2027.xlsx',
                  ItemType: 'File',
                  ListItemUniqueId: id,
                  SiteUrl: 'https://kulturny.sharepoint.com/sites/jutry/',
                  SourceFileName: 'Křižerjo 2027.xlsx',
                },
              ],
            ],
          },
        };
      },
    ),
    3,
    plant(
      'path-secret',
      'm365-teams-message-url-dzelic-share-link',
      'error',
      WHY.pathSecret(
        'A share link of the house\'s file server (`/dzelic/<token>/…`, "share") posted in a Teams chat, which the audit record keeps in `MessageURLs`',
      ),
      ({ rng, t }) => {
        const tok = rng.b64url(30);
        return { value: tok, event: { ua: [link(rng, t, `https://dom.${SS}/dzelic/${tok}/program-jutry-2027.pdf`)] } };
      },
    ),
    3,
    plant(
      'embed-jwt',
      'm365-teams-message-url-embed-jejka-120s',
      'warning',
      "A link to the egg market's stall map (`/embed/jejka/<JWT>`, 120 s without a jti) pasted into the chat seconds after it was made, in `MessageURLs` on a line with its UTC time",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(10, 60),
          claims: { iss: `https://karta.${SJ}`, karta: 'jutrowne-wiki-2027', rjad: 3 },
        });
        return { value: token, jwt: facts, event: { ua: [link(rng, t, `https://karta.${SJ}/embed/jejka/${token}`)] } };
      },
    ),
    3,
    plant(
      'negative',
      'm365-teams-meeting-join-link',
      'none',
      'A Teams meeting join link (`meetup-join/19:meeting_…@thread.v2` with the tenant and organizer ids): identifiers of a meeting, no credential.',
      ({ rng, t }) => {
        const m = rng.b64url(48);
        return {
          value: m,
          event: {
            ua: [
              link(
                rng,
                t,
                `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${m}%40thread.v2/0?context=%7b%22Tid%22%3a%22${ORG}%22%2c%22Oid%22%3a%22${rng.uuid()}%22%7d`,
              ),
            ],
          },
        };
      },
    ),
    3,
    plant(
      'implicit-fragment',
      'm365-teams-message-url-fragment',
      'error',
      'A member pastes the address the shop\'s payment page returned to (`/skazanka/hotowo#access_token=…`, "order … done") into the chat; `MessageURLs` keeps it.',
      ({ rng, t }) => {
        const at2 = rng.b64url(43);
        return {
          value: at2,
          event: { ua: [link(rng, t, `https://jutry.${SJ}/skazanka/hotowo#access_token=${at2}&token_type=Bearer&expires_in=3600`)] },
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'm365-teams-message-url-api-kluc',
      'error',
      `${WHY.apiKey('api_kluc')} ("API key") A weather API URL with the house's key, pasted into the chat and kept in \`MessageURLs\`.`,
      ({ rng, t }) => {
        const key = rng.alnum(32);
        return { value: key, event: { ua: [link(rng, t, `https://api.${SJ}/v1/wjedro?mesto=kulow&dny=3&api_kluc=${key}`)] } };
      },
    ),
    3,
    plant(
      'encoded',
      'm365-teams-message-url-base64-query-string-kluc',
      'error',
      'A link to the photo archive whose whole query is base64 (`?q=<base64 of "foto=…&kluc=…">`, "key"), pasted into the chat and kept in `MessageURLs`.',
      ({ rng, t }) => {
        const b = b64Of(`foto=krizerjo-1957&wulkosc=wulka&kluc=${rng.alnum(28)}`);
        return { value: b, event: { ua: [link(rng, t, `https://archiw.${SS}/fota?q=${b}`)] } };
      },
    ),
    2,
  ];
  return buildLog(rng, {
    start: DAY_HS + 10 * HOUR,
    site: { host: 'm365' },
    filler,
    render,
    steps,
    header: ['CreationDate,UserIds,Operations,AuditData'],
  });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout87');
writePart(join(here, 'heldout87'), {
  'vagrant-up-debug.log': vagrantLog(rng),
  'postmark-outbound-2027-01-22.jsonl': postmarkLog(rng),
  'circleci-job-1183-deploy.txt': circleciLog(rng),
  'cyberduck.log': cyberduckLog(rng),
  'woolshed-serial.log': particleLog(rng),
  'chocolatey.log': chocolateyLog(rng),
  'zendesk-audit-logs.jsonl': zendeskLog(rng),
  'reservas-refuchios.log': oatppLog(rng),
  'jamf.log': jamfLog(rng),
  'brew-install-debug.log': brewLog(rng),
  'aclog.@20270320T080000.s': wsaLog(rng),
  'bugsnag-events.jsonl': bugsnagLog(rng),
  'sonarqube.log': sonarLog(rng),
  'AuditLog_2027-03-20.csv': m365Log(rng),
});
