// Writes corpus/logs-in-the-wild/heldout61/: a sixty-first held-out part, in formats no other part uses (CoovaChilli
// through syslog on a ferry's Wi-Fi gateway, a Cal.com web container under `docker logs --timestamps` with NextAuth's
// debug output, a Klipper `klippy.log` with its config dump and restart, a motionEye `motioneye.log`, a datarhei Core 16
// JSON log behind Restreamer, a Rasa 3.6 `rasa run --debug --log-file` log, Mealie 1.12 under `docker logs
// --timestamps`, wmbusmeters at `--debug`, rtl_433's console with its key-value output, Typesense 27's glog log with
// slow-request logging, a LoRa Basics Station log, a NanoMQ 0.22 broker log at debug, Sensu Go's backend through
// `journalctl -o short-iso`, a WinSCP 6.3 session log of a scripted upload), with credentials planted in the places
// issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how each line was
// built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout61.mjs     rewrites heldout61/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Ashcombe Leisure, a Devon group with a ferry and short-cruise line (passenger Wi-Fi), the Quayside
// theatre and cinema that streams its plays, a props workshop with a 3D print farm, and Ashcombe Kennels with dog
// grooming (English, five logs); Ụtọ Achịcha ("sweet bread"), an Enugu bakery with food delivery that also reads the
// water meters of the estates it supplies (Igbo messages where the app shows them, route, parameter, header, key and
// slot names in Igbo, English code names, five logs); Zagros Kan û Pola ("Zagros mine and steel"), a Duhok group with a
// mine's gas and safety monitoring and a scrap metal yard (Kurmanji messages in Latin script, names transliterated
// without diacritics, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { B64, DAYS, digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'axios/1.13.2'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);

const DAY0 = Date.UTC(2027, 9, 12, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Devon in October (BST, UTC+1), Enugu (WAT, UTC+1), Duhok (AST, UTC+3). */
const BST = 60;
const WAT = 60;
const AST = 180;
/** Traditional syslog time (`Oct 12 07:14:02`) at `offset` minutes. */
const syslogTime = (ms, offset) => { const d = new Date(ms + offset * MIN); return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${iso(d.getTime()).slice(11, 19)}`; };
/** Docker's `--timestamps` prefix (RFC 3339, nanoseconds, UTC) of the `i`-th line of one entry (increasing within it). */
const dockerTs = (ms, rng, i = 0) => `${iso(ms).slice(0, 23)}${pad(i * 40000 + rng.int(1000, 39999), 6)}Z`;
/** A private address. */
const lan = (rng, prefix = '10.40') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
const mac = (rng) => Array.from({ length: 6 }, () => rng.hex(2).toUpperCase()).join('-');
const pubIp = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;

// =====================================================================================================================
// Ashcombe Leisure (English; Devon: BST, UTC+1)
// =====================================================================================================================

const AL = 'ashcombe.example';

// ---------------------------------------------------------------------------------------------------------------------
// chilli.log: CoovaChilli 1.6 on the MV Ashcombe Belle's passenger Wi-Fi gateway, started with `-d` and logging to the
// daemon facility, written by rsyslog's traditional file format (BST, no year): `<Mon DD HH:MM:SS> <host>
// chilli[<pid>]: <src/file.c>: <line>: <message>`; DHCP leases, UAM redirects to the portal with their query
// (`res=notyet&uamip=…&challenge=…&userurl=<percent-encoded>`), RADIUS accounting, the redirector's request lines.
// https://coova.github.io/CoovaChilli/chilli(8).html and chilli.conf(5) (read through search: UAM, `-fd` for debugging,
// `logfacility`); the message texts and the redirect's parameter order from memory.

function chilliLog(rng) {
  const render = (e) => e.ch.map(([file, msg]) => `${syslogTime(e.t, BST)} belle-gw1 chilli[1187]: src/${file} ${msg}`);
  const portal = `https://wifi.${AL}/belle/login`;
  const redirect = (rng, userurl) => `Redirecting MAC=${mac(rng)} to ${portal}?res=notyet&uamip=10.1.0.1&uamport=3990&challenge=${rng.hex(32)}&called=00-0D-B9-4A-11-C2&mac=${mac(rng)}&ip=10.1.0.${rng.int(10, 250)}&nasid=belle-deck5&userurl=${userurl}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ ch: [['dhcp.c: 2081:', `DHCP Request from MAC=${mac(rng)} for 10.1.0.${rng.int(10, 250)}`]] }),
      () => ({ ch: [['chilli.c: 3470:', `Client MAC=${mac(rng)} assigned IP 10.1.0.${rng.int(10, 250)}`]] }),
      () => ({ ch: [['redir.c: 1124:', redirect(rng, encodeURIComponent(rng.pick(['http://neverssl.com/', 'http://captive.apple.com/hotspot-detect.html', 'http://connectivitycheck.gstatic.com/generate_204', `http://menu.${AL}/deck5/`])))]] }),
      () => ({ ch: [['radius.c: 1689:', `Sending RADIUS Accounting-Request (Interim-Update) for MAC=${mac(rng)} input=${rng.int(10000, 9000000)} output=${rng.int(10000, 90000000)}`]] }),
      () => ({ ch: [['chilli.c: 4012:', `Session timeout: MAC=${mac(rng)} idle ${rng.int(600, 1800)}s, logging out`]] }),
    ])();
  const steps = [
    { raw: { ch: [['main-opt.c: 842:', 'CoovaChilli(ChilliSpot) 1.6. Copyright 2002-2005 Mondru AB. Licensed under GPL.'], ['main-opt.c: 846:', 'Copyright 2006-2012 David Bird (Coova Technologies) <support@coova.com>. Licensed under GPL.']] }, after: 0 },
    plant('api-key-name', 'chilli-debug-option-uamserver-portal-key', 'error', `${WHY.apiKey('portal_key')} The ship's hotspot settings give the portal address with the venue's key in its query (\`uamserver\`), and chilli's \`-d\` start-up writes its options.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ch: [['options.c: 455:', `uamserver: ${portal}?venue=belle&portal_key=${key}`], ['options.c: 471:', 'uamport: 3990 uamuiport: 4990 uamanydns: yes']] } };
    }, { after: 0 }),
    5,
    plant('negative', 'chilli-redirect-uam-challenge', 'none', "The UAM `challenge` chilli adds to each redirect: a random nonce for CHAP between the portal and chilli, no credential.", ({ rng }) => {
      const ch = rng.hex(32);
      return { value: ch, event: { ch: [['redir.c: 1124:', `Redirecting MAC=${mac(rng)} to ${portal}?res=notyet&uamip=10.1.0.1&uamport=3990&challenge=${ch}&called=00-0D-B9-4A-11-C2&mac=${mac(rng)}&ip=10.1.0.${rng.int(10, 250)}&nasid=belle-deck5&userurl=${encodeURIComponent('http://neverssl.com/')}`]] } };
    }),
    6,
    plant('oauth-code', 'chilli-redirect-userurl-percent-encoded-oauth-callback', 'warning', `${WHY.code} A passenger's phone was finishing a sign-in to the booking site over plain HTTP when the hotspot intercepted it; chilli writes the address it was fetching, percent-encoded, as \`userurl=\`.`, ({ rng }) => {
      const code = rng.b64url(32);
      const url = `http://book.${AL}/auth/callback?code=${code}&state=${rng.b64url(22)}`;
      return { value: code, event: { ch: [['redir.c: 1124:', redirect(rng, encodeURIComponent(url))]] } };
    }),
    6,
    plant('session-id', 'chilli-redir-debug-request-cookie-phpsessid', 'error', WHY.session("The redirector logs the header lines of a request it intercepts at debug; the deck 5 menu app's `PHPSESSID` cookie travels in clear on the ship's network"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { ch: [['redir.c: 2988:', `redir_getreq: GET /deck5/order HTTP/1.1`], ['redir.c: 3011:', `redir_getreq: header Cookie: PHPSESSID=${sid}; lang=en`]] } };
    }),
    6,
    plant('negative', 'chilli-radius-acct-session-id', 'none', "RADIUS `Acct-Session-Id` of a passenger's session: chilli's accounting identifier, no credential.", ({ rng }) => {
      const id = rng.hex(16);
      return { value: id, event: { ch: [['radius.c: 1689:', `Sending RADIUS Accounting-Request (Start) Acct-Session-Id=${id} User-Name=cabin-${rng.int(100, 480)} MAC=${mac(rng)}`]] } };
    }),
    6,
    plant('path-secret', 'chilli-redirect-userurl-percent-encoded-reset-link', 'error', "A passenger opened a password reset link from the booking e-mail over HTTP before logging in to the Wi-Fi; chilli's redirect keeps it in `userurl` (percent-encoded): the link sets the account's password until it is used or expires.", ({ rng }) => {
      const tok = rng.b64url(40);
      return { value: tok, event: { ch: [['redir.c: 1124:', redirect(rng, encodeURIComponent(`http://book.${AL}/account/reset/${tok}`))]] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'chilli' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// calcom-web.log: `docker logs --timestamps calcom-web` of a self-hosted Cal.com v4 (Next.js 14) for the kennels' and
// grooming salon's bookings: docker's RFC 3339 UTC prefix, Next.js' start lines, the app's logger lines (`<yyyy-mm-dd
// HH:MM:SS.mmm> <LEVEL> [<name>] <message>`, BST) and NextAuth's `[next-auth][debug][…]` / `[next-auth][warn][…]` lines
// with `NEXTAUTH_DEBUG` on, request lines of the app's middleware.
// From memory (not fetched): Cal.com's logger layout, NextAuth's debug codes and Google's token response fields.

function calcomLog(rng) {
  const render = (e) => e.cc.map((x, i) => `${dockerTs(e.t, rng, i)} ${typeof x === 'string' ? x : `${ymdHmsAt(e.t, BST)}.${msPart(e.t)} ${x[0].padEnd(5)} [${x[1]}] ${x[2]}`}`);
  const B = `book.${AL}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ cc: [['INFO', 'bookings', `Booking created eventType=${rng.pick(['full-groom', 'puppy-tidy', 'nail-clip', 'kennel-night'])} attendees=1 seats=null`]] }),
      () => ({ cc: [['INFO', 'middleware', `${rng.pick(['GET', 'GET', 'POST'])} /${rng.pick(['ashcombe-kennels', 'ashcombe-kennels/full-groom', 'api/trpc/public/slots.getSchedule', 'apps/routing-forms'])} ${rng.pick([200, 200, 304])} ${pubIp(rng)}`]] }),
      () => ({ cc: [['DEBUG', 'getBusyTimes', `Busy times fetched for ${rng.int(1, 4)} calendars in ${rng.int(80, 900)}ms`]] }),
      () => ({ cc: [['WARN', 'reminderScheduler', `Skipping SMS reminder for booking ${rng.int(1000, 9999)}: no phone number`]] }),
    ])();
  const steps = [
    { raw: { cc: ['  ▲ Next.js 14.2.15', `  - Local:        http://localhost:3000`, '', ' ✓ Starting...', ' ✓ Ready in 2231ms', '[next-auth][warn][DEBUG_ENABLED] ', 'https://next-auth.js.org/warnings#debug_enabled'] }, after: 0 },
    3,
    plant('negative', 'calcom-nextauth-debug-csrf-token', 'none', "NextAuth's `csrfToken` in its debug output: a CSRF token, tied to the browser's cookie, no credential.", ({ rng }) => {
      const c = rng.hex(64);
      return { value: c, event: { cc: [`[next-auth][debug][GET_CSRF] { csrfToken: '${c}' }`] } };
    }),
    3,
    plant('id-token', 'calcom-nextauth-debug-oauth-callback-response-id-token', 'error', "NextAuth's debug output (`[next-auth][debug][OAUTH_CALLBACK_RESPONSE]`) prints the provider's tokens, the Google ID token of a groomer signing in among them; docker's UTC prefix times the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 20), alg: 'RS256', kid: rng.hex(40), claims: { iss: 'https://accounts.google.com', azp: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, aud: `${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'groomer.tess@example.org', email_verified: true } });
      return { value: token, jwt: facts, event: { cc: [`[next-auth][debug][OAUTH_CALLBACK_RESPONSE] { profile: { email: 'groomer.tess@example.org', email_verified: true }, account: { provider: 'google', type: 'oauth', providerAccountId: '${digits(rng, 21)}', token_type: 'Bearer', scope: 'openid email profile', id_token: '${token}' } }`] } };
    }),
    4,
    plant('oauth-code', 'calcom-google-calendar-callback-error-url', 'warning', `${WHY.code} The Google Calendar app's callback fails to exchange the code and the error writes the callback URL, \`state\` (percent-encoded JSON) and \`code\` included.`, ({ rng }) => {
      const code = `4/0A${rng.b64url(70)}`;
      return { value: code, event: { cc: [['ERROR', 'api/integrations/googlecalendar/callback', `invalid_grant: Bad Request url=/api/integrations/googlecalendar/callback?state=${encodeURIComponent(JSON.stringify({ returnTo: '/apps/installed/calendar' }))}&code=${code}&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.events`]] } };
    }),
    4,
    plant('replay', 'calcom-email-signin-token-once', 'note', WHY.ticketFirst("A single-use e-mail sign-in link of a kennel customer (`/api/auth/callback/email?…&token=…`), logged with the client's address by the middleware. The token is"), ({ rng, t }) => {
      const tk = rng.hex(64);
      firstUse.mail = t;
      return { value: tk, event: { cc: [['INFO', 'middleware', `GET /api/auth/callback/email?callbackUrl=%2Fbookings%2Fupcoming&token=${tk}&email=j.hartley%40example.net 302 ${pubIp(rng)}`]] } };
    }, { ref: 'mail' }),
    2,
    plant('replay', 'calcom-email-signin-token-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('mail').value, why: `${WHY.replay('token', gap('mail', t))} The e-mail sign-in link was opened again from another address and the callback signed the client in again (302 to the bookings): the verification token was not spent.` }], event: { cc: [['INFO', 'middleware', `GET /api/auth/callback/email?callbackUrl=%2Fbookings%2Fupcoming&token=${refs.get('mail').value}&email=j.hartley%40example.net 302 ${pubIp(rng)}`]] } }), { replayOf: 'mail', after: 47 }),
    4,
    plant('refresh-token', 'calcom-google-calendar-refresh-error-credential-object', 'error', `${WHY.refresh} The Google Calendar service logs the credential it failed to refresh as an object, \`refresh_token\` (\`1//0…\`) included.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(99)}`;
      return { value: rt, event: { cc: [['ERROR', 'GoogleCalendarService', `Token refresh failed for credential ${rng.int(100, 999)}: {"token_type":"Bearer","expiry_date":${DAY0 + 7 * HOUR},"refresh_token":"${rt}","scope":"https://www.googleapis.com/auth/calendar.events"} invalid_grant`]] } };
    }),
    4,
    plant('path-secret', 'calcom-email-send-failure-cancel-link', 'error', "The e-mail to a client fails and the mailer logs its template data, the booking's cancel link (`/booking/<uid>?cancel=true`) included: the uid cancels or reschedules the booking without a login.", ({ rng }) => {
      const uid = rng.alnum(22);
      return { value: uid, event: { cc: [['ERROR', 'sendEmail', `Failed to send AttendeeScheduledEmail: 421 4.7.0 Try again later; data={"title":"Full groom — Biscuit","cancelLink":"https://${B}/booking/${uid}?cancel=true","attendee":"j.hartley@example.net"}`]] } };
    }),
    4,
    plant('embed-jwt', 'calcom-kennel-board-embed-jwt-no-exp', 'error', "The kennel's day board is shown on a TV through an app embed URL (`/apps/kennel-board/embed/<JWT>`), a token without `exp`; the app's render error writes the URL on a line with docker's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://${B}`, team: 'ashcombe-kennels', view: 'day-board' } });
      return { value: token, jwt: facts, event: { cc: [['ERROR', 'apps/kennel-board', `Render failed for https://${B}/apps/kennel-board/embed/${token}: TypeError: Cannot read properties of undefined (reading 'pens')`]] } };
    }),
    4,
    plant('session-id', 'calcom-error-headers-nextauth-session-token-jwe', 'error', WHY.session("A tRPC error logs the request's headers, the `__Secure-next-auth.session-token` cookie with them (an encrypted JWE, NextAuth's session)"), ({ rng }) => {
      const jwe = `${b64urlOf('{"alg":"dir","enc":"A256GCM"}')}..${rng.b64url(16)}.${rng.b64url(340)}.${rng.b64url(22)}`;
      return { value: jwe, event: { cc: [['ERROR', 'trpc', `viewer.bookings.get failed: INTERNAL_SERVER_ERROR headers={"host":"${B}","cookie":"__Secure-next-auth.session-token=${jwe}; cal_tz=Europe%2FLondon"}`]] } };
    }),
    4,
    plant('implicit-fragment', 'calcom-client-error-report-href-fragment', 'error', "The booking app's client error reporter posts `window.location.href`; a video app's popup had landed on its redirect with the token in the fragment (`#access_token=…`), and the server logs the report.", ({ rng }) => {
      const at = rng.b64url(52);
      return { value: at, event: { cc: [['WARN', 'client-error', `Uncaught Error: popup closed href=https://${B}/apps/installed/conferencing#access_token=${at}&token_type=bearer&expires_in=3599`]] } };
    }),
    3,
    plant('negative', 'calcom-build-id', 'none', "Next.js' build id in a static asset path: a build identifier, no credential.", ({ rng }) => {
      const id = rng.b64url(21);
      return { value: id, event: { cc: [['DEBUG', 'middleware', `GET /_next/static/${id}/_buildManifest.js 200 ${pubIp(rng)}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'calcom' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// klippy.log: Klipper v0.12's `~/printer_data/logs/klippy.log` on one printer of the props workshop's farm: the start-up
// block (`Starting Klippy...`, `Args:`, `Git version:`, `CPU:`, `Start printer at …`), the whole `printer.cfg` between
// `===== Config file =====` and `=======================`, `Stats <uptime>:` lines every second of printing (no wall
// clock), a `RESTART` that writes the config again, and a shutdown with `Dumping gcode input <n> blocks`.
// From memory (not fetched): the start-up lines, the Stats fields, gcode_shell_command's section (a KIAUH extension).

function klippyLog(rng) {
  let up = 5120.4;
  const render = (e) => e.kl;
  const stats = (rng) => { up += rng.int(1, 4); return `Stats ${up.toFixed(1)}: gcodein=0  mcu: mcu_awake=0.00${rng.int(2, 6)} mcu_task_avg=0.0000${rng.int(10, 40)} mcu_task_stddev=0.0000${rng.int(10, 40)} bytes_write=${rng.int(100000, 900000)} bytes_read=${rng.int(100000, 900000)} bytes_retransmit=9 bytes_invalid=0 send_seq=${rng.int(10000, 90000)} receive_seq=${rng.int(10000, 90000)} retransmit_seq=2 srtt=0.00${rng.int(1, 3)} rttvar=0.000 rto=0.025 ready_bytes=0 upcoming_bytes=${rng.int(0, 400)} freq=180000${rng.int(100, 999)} heater_bed: target=60 temp=${(59 + rng.int(0, 20) / 10).toFixed(1)} pwm=0.${rng.int(100, 600)} sysload=0.${rng.int(20, 90)} cputime=${rng.int(100, 900)}.${rng.int(100, 999)} memavail=${rng.int(300000, 900000)} print_time=${(up + 3.2).toFixed(3)} buffer_time=1.${rng.int(100, 999)} print_stall=0 extruder: target=215 temp=${(214 + rng.int(0, 20) / 10).toFixed(1)} pwm=0.${rng.int(200, 700)}`; };
  const filler = (rng) => ({ kl: [stats(rng)] });
  const serial = rng.hex(24).toUpperCase();
  const pushcut = rng.alnum(22);
  const farmKey = rng.alnum(40);
  const spool = `spm_${rng.alnum(36)}`;
  const b64 = b64Of(JSON.stringify({ user: 'farm-p07', pass: rng.alnum(18) }));
  const config = [
    '===== Config file =====',
    '[mcu]',
    `serial = /dev/serial/by-id/usb-Klipper_stm32f446xx_${serial}-if00`,
    '',
    '[printer]',
    'kinematics = corexy',
    'max_velocity = 300',
    'max_accel = 3000',
    '',
    '[extruder]',
    'nozzle_diameter = 0.400',
    'filament_diameter = 1.750',
    '',
    '[gcode_shell_command notify_done]',
    `command = curl -s -X POST https://api.pushcut.io/${pushcut}/notifications/PrintDone`,
    'timeout = 5.',
    'verbose = False',
    '',
    '[gcode_shell_command farm_report]',
    `command = /home/pi/scripts/report.sh https://farm.${AL}/api/v1/jobs?printer=p07&farm_key=${farmKey}`,
    'timeout = 10.',
    '',
    '[gcode_shell_command spool_sync]',
    `command = curl -s -H "Authorization: Bearer ${spool}" https://spools.${AL}/api/v1/spool/active`,
    '',
    '[gcode_macro _FARM_UPLOAD]',
    `variable_auth_b64 = "${b64}"`,
    'gcode = ',
    '\tRUN_SHELL_COMMAND CMD=farm_report',
    '',
    '[virtual_sdcard]',
    'path = /home/pi/printer_data/gcodes',
    '=======================',
  ];
  const steps = [
    {
      category: 'negative', kind: 'klippy-start-git-version', expect: 'none', why: "Klipper's `Git version:` (`v0.12.0-<n>-g<short commit>`): a commit hash, no credential.",
      make: ({ rng }) => {
        const g = `v0.12.0-${rng.int(100, 400)}-g${rng.hex(8)}`;
        return {
          marks: [
            { value: g },
            { value: serial, category: 'negative', kind: 'klippy-config-mcu-serial-by-id', expect: 'none', why: "The MCU's USB serial number in its `/dev/serial/by-id/` path: a device identifier, no credential." },
            { value: pushcut, category: 'webhook', kind: 'klippy-config-shell-command-pushcut-webhook', expect: 'error', why: WHY.webhook('A Pushcut notification webhook (`api.pushcut.io/<secret>/notifications/<name>`) a gcode_shell_command calls when a print finishes; Klipper writes the whole printer.cfg into klippy.log at every start (the secret is the path segment)') },
            { value: farmKey, category: 'api-key-name', kind: 'klippy-config-shell-command-farm-key', expect: 'error', why: `${WHY.apiKey('farm_key')} The farm report command carries it in its URL, and the config dump writes the command.` },
            { value: spool, category: 'header-dump', kind: 'klippy-config-shell-command-curl-authorization-bearer', expect: 'error', why: "A gcode_shell_command's curl line with `-H \"Authorization: Bearer <token>\"`: the spool manager's API token, written with the config dump." },
            { value: b64, category: 'encoded', kind: 'klippy-config-macro-variable-base64-json', expect: 'error', why: "A macro variable holds base64 JSON (`{\"user\":…,\"pass\":…}`), the farm upload login, written with the config dump." },
          ],
          event: { kl: ['Starting Klippy...', "Args: ['/home/pi/klipper/klippy/klippy.py', '/home/pi/printer_data/config/printer.cfg', '-l', '/home/pi/printer_data/logs/klippy.log', '-I', '/home/pi/printer_data/comms/klippy.serial', '-a', '/home/pi/printer_data/comms/klippy.sock']", `Git version: '${g}'`, 'Branch: master', 'Remote: origin', 'Tracked URL: https://github.com/Klipper3d/klipper', 'CPU: 4 core ARMv8 Processor rev 3 (v8l)', "Python: '3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]'", `Start printer at Tue Oct 12 08:02:11 2027 (1823410931.4 ${up.toFixed(1)})`, ...config, 'mcu \'mcu\': Starting serial connect', "Loaded MCU 'mcu' 112 commands (v0.12.0-2xx / gcc: (15:8-2019-q3-update) 8.3.1)", 'Configured MCU \'mcu\' (1024 moves)', 'Moonraker: client connected', ...Array.from({ length: 6 }, () => stats(rng)), 'Restarting printer', 'Start printer at Tue Oct 12 08:41:37 2027 (1823413297.2 7476.8)', ...config, 'Configured MCU \'mcu\' (1024 moves)'] },
        };
      },
      after: 0,
    },
    12,
    plant('framework-dump', 'klippy-shutdown-dumping-gcode-input-password', 'error', "On an MCU shutdown Klipper dumps the last G-code blocks it read (`Dumping gcode input <n> blocks`, `Read <time>: '<line>'`); one is a macro call from the farm controller with the upload password as a parameter.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { kl: ['MCU \'mcu\' shutdown: Timer too close', 'Dumping gcode input 4 blocks', `Read ${(up + 0.2).toFixed(6)}: 'G1 X120.4 Y88.1 E0.0412\\n'`, `Read ${(up + 0.4).toFixed(6)}: 'M117 Layer 212/480\\n'`, `Read ${(up + 0.6).toFixed(6)}: '_FARM_UPLOAD USER=farm-p07 PASSWORD=${pw}\\n'`, `Read ${(up + 0.8).toFixed(6)}: 'G1 X121.0 Y88.6 E0.0398\\n'`, 'Dumping 2 requests for client 548291872'] } };
    }),
    6,
  ];
  return buildLog(rng, { start: DAY0 + 7 * HOUR, site: { host: 'p07' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// motioneye.log: motionEye 0.43's own log (`motioneye.log`, BST, no zone) for the kennels' pen cameras:
// `<yyyy-mm-dd HH:MM:SS>: [motioneye] <LEVEL, 8 wide>: <message>`, Tornado's access lines at debug (`200 GET <uri>
// (<ip>) <ms>ms`), the upload service (Google Drive), web hook calls, netcam tests.
// From memory (not fetched): the format string, the access lines and the upload and web hook messages.

function motioneyeLog(rng) {
  const render = (e) => e.me.map(([lvl, msg]) => `${ymdHmsAt(e.t, BST)}: [motioneye] ${lvl.padStart(8)}: ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ me: [['DEBUG', `200 GET /movie/${rng.int(1, 6)}/list/ (192.168.20.${rng.int(10, 60)}) ${rng.int(2, 90)}.${rng.int(10, 99)}ms`]] }),
      () => ({ me: [['INFO', `motion detected on camera ${rng.int(1, 6)} (pen ${rng.pick(['A', 'B', 'C'])}${rng.int(1, 12)})`]] }),
      () => ({ me: [['DEBUG', `refreshing disk usage for /var/lib/motioneye/Camera${rng.int(1, 6)}`]] }),
      () => ({ me: [['INFO', `uploading "/var/lib/motioneye/Camera${rng.int(1, 6)}/2027-10-12/${pad(rng.int(7, 18))}-${pad(rng.int(0, 59))}-${pad(rng.int(0, 59))}.mp4" to gdrive`]] }),
      () => ({ me: [['DEBUG', `200 GET /config/list/ (192.168.20.${rng.int(10, 60)}) ${rng.int(2, 40)}.${rng.int(10, 99)}ms`]] }),
    ])();
  const steps = [
    { raw: { me: [['INFO', 'hello! this is motionEye server 0.43.1'], ['INFO', 'main config file /etc/motioneye/motion.conf does not exist, using default values'], ['INFO', 'server started']] }, after: 0 },
    3,
    plant('negative', 'motioneye-picture-cache-buster', 'none', "The browser's `_=<epoch ms>` on a snapshot request: a cache buster, no credential.", ({ rng }) => {
      const cb = String(Math.floor(DAY0 / 1000) * 1000 + rng.int(25000000, 40000000));
      return { value: cb, event: { me: [['DEBUG', `200 GET /picture/3/current/?_=${cb} (192.168.20.${rng.int(10, 60)}) 4.${rng.int(10, 99)}ms`]] } };
    }),
    4,
    plant('api-key-name', 'motioneye-netcam-test-url-viewkey', 'error', `${WHY.apiKey('viewkey')} A pen camera's network stream is added with the key in its URL, and the netcam test's error writes it.`, ({ rng }) => {
      const key = rng.alnum(30);
      return { value: key, event: { me: [['ERROR', `failed to test netcam url http://cam-pen-b4.kennels.lan:8080/video.mjpg?viewkey=${key}: timeout`]] } };
    }),
    4,
    plant('session-id', 'motioneye-netcam-url-jsessionid', 'error', WHY.session("Another camera's stream URL was copied from its web page with `;jsessionid=` in it, and motionEye logs it when it adds the camera"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { me: [['INFO', `adding netcam camera with url http://cam-yard-1.kennels.lan/live/stream.mjpg;jsessionid=${sid}`]] } };
    }),
    4,
    plant('webhook', 'motioneye-web-hook-uptime-kuma-push', 'error', WHY.webhook("An Uptime Kuma push URL (`/api/push/<token>?status=up…`) the pen camera's motion web hook calls, written by motionEye's debug line (the push token is the secret)"), ({ rng }) => {
      const tok = rng.alnum(10);
      return { value: tok, event: { me: [['DEBUG', `calling web hook GET https://status.${AL}/api/push/${tok}?status=up&msg=motion-pen-c2&ping=`]] } };
    }),
    4,
    plant('refresh-token', 'motioneye-gdrive-refresh-failure-request-body', 'error', `${WHY.refresh} The Google Drive upload service logs the form it posted when the token refresh fails, \`refresh_token\` included.`, ({ rng }) => {
      const rt = `1//0${rng.b64url(99)}`;
      return { value: rt, event: { me: [['ERROR', `gdrive: failed to refresh access token: HTTP Error 400: Bad Request (data: grant_type=refresh_token&refresh_token=${rt}&client_id=${digits(rng, 12)}-${lowerNum(rng, 32)}.apps.googleusercontent.com)`]] } };
    }),
    4,
    plant('implicit-fragment', 'motioneye-netcam-test-redirect-fragment', 'error', "A cloud camera's stream URL redirects to its vendor's web app, and motionEye's netcam test logs where it was sent, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(48);
      return { value: at, event: { me: [['ERROR', `failed to test netcam url https://cam-run2.${AL}/stream: redirected to https://app.petcamcloud.example/live/#access_token=${at}&expires_in=3600`]] } };
    }),
    4,
    plant('negative', 'motioneye-update-check-commit', 'none', "The update check's release commit (40 hex): a git commit hash, no credential.", ({ rng }) => {
      const c = rng.hex(40);
      return { value: c, event: { me: [['INFO', `latest version available: 0.43.1 (commit ${c}); you are up to date`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'motioneye' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// datarhei-core.log: datarhei Core 16 behind Restreamer 2 for the Quayside theatre's live streams, with `CORE_LOG_LEVEL=
// debug` and the JSON log format: one JSON object a line (`component`, `level`, `ts` in RFC 3339 UTC, `message`, the
// fields of each component: HTTP's `client`, `method`, `path`, `status`, `referer`; a process' `id` and `args`).
// From memory (not fetched): the field names, the HTTP component's fields and the process messages.

function datarheiLog(rng) {
  const render = (e) => e.dr.map((o) => JSON.stringify({ ts: `${iso(e.t).slice(0, 23)}Z`, ...o }));
  const http = (rng, path, extra = {}) => ({ component: 'HTTP', level: 'INFO', message: '', client: pubIp(rng), method: 'GET', path, proto: 'HTTP/1.1', status: 200, size_bytes: rng.int(300, 900000), latency_ms: rng.int(1, 90), user_agent: rng.pick(BROWSERS), ...extra });
  const filler = (rng) =>
    rng.pick([
      () => ({ dr: [http(rng, `/memfs/${rng.uuid()}_${rng.int(1000, 9999)}.ts`)] }),
      () => ({ dr: [http(rng, `/memfs/${rng.uuid()}.m3u8`)] }),
      () => ({ dr: [{ component: 'ProcessManager', level: 'DEBUG', message: 'Progress', id: `restreamer-ui:ingest:${rng.uuid()}`, fps: 25, bitrate_kbit: rng.int(2500, 4500), speed: 1 }] }),
      () => ({ dr: [{ component: 'cluster', level: 'DEBUG', message: 'Sending heartbeat', node: 'core-quayside-1' }] }),
    ])();
  const steps = [
    { raw: { dr: [{ component: 'core', level: 'INFO', message: 'datarhei Core', version: '16.16.0', build: '2027-01-20T08:01:11Z' }] }, after: 0 },
    plant('framework-dump', 'datarhei-debug-config-dump-s3-secret', 'error', "At debug the Core logs its whole configuration on start; the recordings' S3 storage is listed with its `secret_access_key` in clear.", ({ rng }) => {
      const sk = rng.chars(B64, 40);
      return { value: sk, event: { dr: [{ component: 'config', level: 'DEBUG', message: 'Effective configuration', config: { api: { auth: { enable: true, jwt: { secret: '***' } } }, storage: { s3: [{ name: 'archive', endpoint: 's3.eu-west-2.amazonaws.com', access_key_id: `AKIA${upperNum(rng, 16)}`, secret_access_key: sk, bucket: 'quayside-recordings' }] } } }] } };
    }, { after: 0 }),
    5,
    plant('negative', 'datarhei-process-reference-id', 'none', "A process id built from the Restreamer UI's channel uuid: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { dr: [{ component: 'ProcessManager', level: 'INFO', message: 'Process started', id: `restreamer-ui:ingest:${id}`, reference: id }] } };
    }),
    5,
    plant('oauth-code', 'datarhei-http-ui-callback-code-state', 'warning', `${WHY.code} The Restreamer UI signs in through the theatre's identity provider, which redirects back to \`/ui/?code=…&state=…\`; the HTTP component logs the path with its query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { dr: [http(rng, `/ui/?code=${code}&state=${rng.b64url(43)}`, { size_bytes: 1830 })] } };
    }),
    5,
    plant('api-key-name', 'datarhei-process-args-input-stagekey', 'error', `${WHY.apiKey('stagekey')} The stage camera's HLS pull is configured with the key in its URL; the process' start line writes ffmpeg's arguments.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { dr: [{ component: 'ProcessManager', level: 'INFO', message: 'Process started', id: `restreamer-ui:ingest:${rng.uuid()}`, args: ['-fflags', '+genpts', '-i', `https://cams.${AL}/stage-left/index.m3u8?stagekey=${key}`, '-c', 'copy', '-f', 'hls', '{memfs}/stage-left.m3u8'] }] } };
    }),
    5,
    plant('path-secret', 'datarhei-process-args-egress-vimeo-stream-key-twice', 'error', "The egress to Vimeo's RTMPS ingest carries the event's stream key as the last path segment (`/live/<key>`); the Core writes ffmpeg's arguments when the process starts and again when it fails: the key lets anyone broadcast on the event.", ({ rng }) => {
      const key = rng.uuid();
      const id = `restreamer-ui:egress:vimeo:${rng.uuid()}`;
      const args = ['-i', '{memfs}/main.m3u8', '-c', 'copy', '-f', 'flv', `rtmps://rtmp-global.cloud.vimeo.com:443/live/${key}`];
      return { value: key, event: { dr: [{ component: 'ProcessManager', level: 'INFO', message: 'Process started', id, args }, { component: 'ProcessManager', level: 'ERROR', message: 'Process failed', id, args, error: 'exit status 1', last_line: 'Error opening output: I/O error' }] } };
    }),
    5,
    plant('embed-jwt', 'datarhei-http-referer-embed-jwt-expired', 'note', "The theatre's website embeds the player for ticket holders at `/embed/<JWT>`; an HLS request's `referer` carries the page, whose token (with a jti) had expired a day before the line's UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3 * 3600, age: 86400 + 3 * 3600 + rng.int(600, 3600), jti: true, claims: { iss: `https://live.${AL}`, show: 'twelfth-night-2027-10-11', seat: `F${rng.int(1, 24)}` } });
      return { value: token, jwt: facts, event: { dr: [http(rng, `/memfs/${rng.uuid()}.m3u8`, { referer: `https://live.${AL}/embed/${token}` })] } };
    }),
    5,
    plant('refresh-token', 'datarhei-debug-login-issued-refresh-jwt', 'error', `${WHY.refresh} The API's login handler logs the tokens it issued at debug; the refresh token is a JWT, on a line with its UTC time`, ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 86400, age: rng.int(0, 3), jti: true, claims: { iss: 'datarhei-core', sub: 'admin', usefor: 'refresh' } });
      return { value: token, jwt: facts, event: { dr: [{ component: 'HTTP', level: 'DEBUG', message: 'Login successful', user: 'admin', refresh_token: token, expires_in: 86400 }] } };
    }),
    5,
    plant('negative', 'datarhei-http-segment-request-id', 'none', "The `X-Request-ID` the edge adds to a segment request: a request id, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { dr: [http(rng, `/memfs/${rng.uuid()}_${rng.int(1000, 9999)}.ts`, { request_id: id })] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 18 * HOUR, site: { host: 'core' }, filler, render, steps });
}

// =====================================================================================================================
// Ụtọ Achịcha (Igbo; Enugu: WAT, UTC+1)
// =====================================================================================================================

const UA = 'utoachicha.example';

// ---------------------------------------------------------------------------------------------------------------------
// rasa.log: `rasa run --enable-api --debug --log-file rasa.log` of the ordering assistant (Rasa 3.6, WAT, no zone):
// `<yyyy-mm-dd HH:MM:SS> <LEVEL, 8 wide> <logger, padded>  - <message>`, the processor's `Received user message …`,
// the tracker's `Current slot values:` block (one `\t<slot>: <value>` a line), actions' events, the action server's
// errors. Igbo intents, slots and utterances.
// From memory (not fetched): the file handler's format, the processor's messages and the slot dump.

function rasaLog(rng) {
  const render = (e) => e.ra.map((x) => (typeof x === 'string' ? x : `${ymdHmsAt(e.t, WAT)} ${x[0].padEnd(8)} ${x[1].padEnd(30)} - ${x[2]}`));
  const P = 'rasa.core.processor';
  const filler = (rng) =>
    rng.pick([
      () => ({ ra: [['DEBUG', P, `Received user message '${rng.pick(['Achọrọ m achịcha abụọ', 'Ebee ka ọda m nọ?', 'Ego ole ka buredi dị?', 'Daalụ'])}' with intent '{'name': '${rng.pick(['nye_oda', 'soro_oda', 'juo_onu_ahia', 'ekele'])}', 'confidence': 0.9${rng.int(0, 9)}}' and entities '[]'`]] }),
      () => ({ ra: [['DEBUG', 'rasa.core.policies.ted_policy', `TED predicted 'utter_${rng.pick(['ekele', 'juo_adreesi', 'gosi_onu_ahia'])}' based on user intent.`]] }),
      () => ({ ra: [['DEBUG', P, `Action 'action_listen' ended with events '[]'.`]] }),
      () => ({ ra: [['DEBUG', 'rasa.core.lock_store', `Deleted lock for conversation '${rng.hex(32)}'.`]] }),
    ])();
  const steps = [
    { raw: { ra: [['INFO', 'root', 'Starting Rasa server on http://0.0.0.0:5005'], ['INFO', 'rasa.core.processor', 'Loading model models/20271011-221455-crisp-loaf.tar.gz...']] }, after: 0 },
    3,
    plant('negative', 'rasa-conversation-sender-id', 'none', "The REST channel's `sender_id` (32 hex) naming a conversation: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { ra: [['DEBUG', 'rasa.core.tracker_store', `Recreating tracker for id '${id}'`]] } };
    }),
    3,
    plant('implicit-fragment', 'rasa-user-message-pasted-url-fragment', 'error', "A customer pastes the address their browser showed after signing in to the ordering site into the chat; the processor logs the message, fragment and token included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { ra: [['DEBUG', P, `Received user message 'Ọ na-egosi m nke a: https://nri.${UA}/#access_token=${at}&token_type=Bearer&expires_in=3600' with intent '{'name': 'enyemaka', 'confidence': 0.71}' and entities '[]'`]] } };
    }),
    3,
    plant('session-id', 'rasa-socketio-metadata-nnoko', 'error', WHY.session("The website widget sends the shop's session id in the socket.io message metadata (`nnoko`, \"session\"), and the channel logs the metadata at debug"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { ra: [['DEBUG', 'rasa.core.channels.socketio', `User ${rng.hex(32)} sent message with metadata '{'nnoko': '${sid}', 'asụsụ': 'ig'}'`]] } };
    }),
    3,
    plant('framework-dump', 'rasa-tracker-current-slot-values-okwu-nzuzo', 'error', "The tracker's `Current slot values:` dump writes every slot one a line; a form had stored the customer's password in `okwu_nzuzo` (\"secret word\") before the login action.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { ra: [['DEBUG', P, 'Current slot values: '], '\taha: Chiamaka', '\tadreesi: 14 Ogui Road, Enugu', `\tokwu_nzuzo: ${pw}`, '\tnke_oda: 2', '\trequested_slot: None', '\tsession_started_metadata: None'] } };
    }),
    3,
    plant('api-key-name', 'rasa-action-server-connection-error-igodo', 'error', `${WHY.apiKey('igodo')} ("key") The action endpoint's URL carries it in the query (endpoints.yml), and the processor's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { ra: [['ERROR', 'rasa.core.processor', `Encountered an exception while running action 'action_nyocha_oda'.Bot will continue, but the actions events are lost. Please check the logs of your action server for more information.`], ['DEBUG', 'rasa.core.actions.action', `Failed to run custom action 'action_nyocha_oda'. Couldn't connect to the server at 'http://actions:5055/webhook?igodo=${key}'. Is the server running? Error: Cannot connect to host actions:5055`]] } };
    }),
    3,
    plant('path-secret', 'rasa-bot-uttered-tracking-link', 'error', "The action's events include the bot's answer with the order tracking link (`/soro/<token>`, \"follow\"): the link shows the order, the address and the rider's phone to anyone until delivery.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { ra: [['DEBUG', P, `Action 'action_nyocha_oda' ended with events '[BotUttered('Soro ọda gị ebe a: https://nri.${UA}/soro/${tok}', {"elements": null, "quick_replies": null, "buttons": null}, {}, 1823419001.88)]'.`]] } };
    }),
    3,
    plant('replay', 'rasa-slot-set-koodu-otu-oge-once', 'note', WHY.ticketFirst("A one-time discount code (`koodu_otu_oge`, \"one-time code\") the action server sets once it has redeemed it for a customer; the processor logs the event. The code is"), ({ rng }) => {
      const k = upperNum(rng, 12);
      return { value: k, event: { ra: [['DEBUG', P, `Action 'action_koodu' ended with events '[SlotSet(key: koodu_otu_oge, value: ${k}), BotUttered('Ewepụtara koodu gị', {}, {}, 1823419400.12)]'.`]] } };
    }),
    3,
    plant('negative', 'rasa-model-fingerprint', 'none', "The model's fingerprint (32 hex) logged when the model loads: a hash of the training data, no credential.", ({ rng }) => {
      const f = rng.hex(32);
      return { value: f, event: { ra: [['DEBUG', 'rasa.engine.loader', `Model fingerprint '${f}' matches, skipping training.`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'rasa' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// mealie.log: `docker logs --timestamps mealie` of Mealie 1.12 (the bakery's recipes and kiosk), `LOG_LEVEL=debug`:
// docker's RFC 3339 UTC prefix, then Mealie's `<LEVEL, 8 wide> <yyyy-mm-ddTHH:MM:SS> - <message>` (WAT, no zone), its
// access lines (`[<ip>:0] <status> "<method> <uri> HTTP/1.1"`), OIDC and notifier messages.
// From memory (not fetched): Mealie's log layout, the OIDC and Apprise messages.

function mealieLog(rng) {
  const render = (e) => e.ml.map(([lvl, msg], i) => `${dockerTs(e.t, rng, i)} ${lvl.padEnd(8)} ${local(e.t, WAT).slice(0, 19)} - ${msg}`);
  const acc = (rng, uri, status = '200 OK', method = 'GET') => ['INFO', `[${pubIp(rng)}:0] ${status} "${method} ${uri} HTTP/1.1"`];
  const filler = (rng) =>
    rng.pick([
      () => ({ ml: [acc(rng, `/api/recipes?page=${rng.int(1, 4)}&perPage=30&orderBy=created_at`)] }),
      () => ({ ml: [acc(rng, `/api/recipes/${rng.pick(['achicha-agbon', 'buredi-ukwu', 'meat-pie-enugu', 'chin-chin'])}`)] }),
      () => ({ ml: [['DEBUG', `Scheduled task: ${rng.pick(['purge_expired_tokens', 'update_group_statistics', 'create_mealplan_timeline_events'])} finished`]] }),
      () => ({ ml: [acc(rng, '/api/app/about')] }),
    ])();
  const steps = [
    { raw: { ml: [['INFO', 'Started server process [1]'], ['INFO', 'Waiting for application startup.'], ['INFO', 'Mealie v1.12.0 (production) — ọ dị njikere']] }, after: 0 },
    3,
    plant('negative', 'mealie-recipe-image-version', 'none', "The `version` on a recipe image URL: a cache buster, no credential.", ({ rng }) => {
      const v = rng.alnum(8);
      return { value: v, event: { ml: [acc(rng, `/api/media/recipes/${rng.uuid()}/images/min-original.webp?version=${v}`)] } };
    }),
    3,
    plant('negative', 'mealie-debug-smtp-settings-masked-password', 'none', "Mealie's debug line of its SMTP settings masks the password (`password=********`): no credential.", ({ rng }) => {
      const v = 'smtp_password=********';
      return { value: v, event: { ml: [['DEBUG', `SMTP settings: host=smtp.${UA} port=587 user=nri@${UA} ${v} strategy=TLS (${rng.int(1, 9)} pending)`]] } };
    }),
    3,
    plant('oauth-code', 'mealie-access-oidc-callback-code-state', 'warning', `${WHY.code} The staff sign in through the bakery's identity provider; Mealie's access line writes the callback with its query.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { ml: [acc(rng, `/api/auth/oauth/callback?code=${code}&state=${rng.b64url(32)}&session_state=${rng.uuid()}`)] } };
    }),
    2,
    plant('id-token', 'mealie-debug-oidc-id-token-claims-error', 'error', "Mealie's OIDC debug line writes the ID token whose claims it could not map to a user; docker's UTC prefix times the line", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(2, 30), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://login.${UA}/realms/ulo-oru`, aud: 'mealie', sub: rng.uuid(), preferred_username: 'nneka.o', groups: ['ndi-oru'] } });
      return { value: token, jwt: facts, event: { ml: [['DEBUG', `[OIDC] could not find user claim 'email' in id_token ${token}`]] } };
    }),
    3,
    plant('path-secret', 'mealie-access-reset-password-token', 'error', "A password reset link opened by a baker (`/reset-password?token=…`), written by the access line: the token sets the account's password until used or expired.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { ml: [acc(rng, `/reset-password?token=${tok}`)] } };
    }),
    3,
    plant('webhook', 'mealie-apprise-tgram-bot-token', 'error', WHY.webhook("An Apprise notifier URL (`tgram://<bot token>/<chat id>`) that sends the shift's meal plan to a Telegram group; Mealie's error writes the URL (the bot token is the secret)"), ({ rng }) => {
      const tok = `${digits(rng, 10)}:AA${rng.b64url(33)}`;
      return { value: tok, event: { ml: [['ERROR', `Apprise notification failed for tgram://${tok}/-100${digits(rng, 10)}: Ọ dị njọ (ziga ozi)`]] } };
    }),
    3,
    plant('embed-jwt', 'mealie-access-kiosk-embed-jwt-1h', 'error', "The shop's kiosk shows the day's cookbook through an embed URL (`/api/kiosk/embed/<JWT>`), written by the access line; docker's UTC prefix times it", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 1200), jti: true, claims: { iss: `https://nri.${UA}`, cookbook: 'ahia-ututu', kiosk: 'ogui-1' } });
      return { value: token, jwt: facts, event: { ml: [acc(rng, `/api/kiosk/embed/${token}`)] } };
    }),
    3,
    plant('api-key-name', 'mealie-scrape-error-url-igodo-api', 'error', `${WHY.apiKey('igodo_api')} A recipe is imported from a partner's API URL with the key in its query; the scraper's error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ml: [['ERROR', `Failed to scrape recipe from https://nri-ndi-igbo.example/api/uzommeputa/ofe-onugbu?igodo_api=${key}: 404 Not Found`]] } };
    }),
    3,
    plant('encoded', 'mealie-access-test-scrape-url-double-encoded-token', 'error', "The import dialog's test call carries the source URL percent-encoded twice (`%253F…token%253D…`), written by the access line: a share token of the supplier's recipe site.", ({ rng }) => {
      const tok = rng.alnum(28);
      const inner = encodeURIComponent(encodeURIComponent(`https://recipes.okporoko.example/s/ofe-owerri?token=${tok}`));
      return { value: tok, event: { ml: [acc(rng, `/api/recipes/test-scrape-url?url=${inner}`, '200 OK', 'POST')] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'mealie' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// wmbusmeters.log: wmbusmeters 1.17 reading the estates' water meters through an rtl-sdr (`rtlwmbus`), started with
// `--debug` and its output kept in a file: `(<tag>) <message>` lines without time (`(serial) received ascii "…"`,
// `(rtlwmbus) checkRTLWMBusFrame …`, `(meter) …`, `(shell) …`), and the `--logtelegrams` and meter lines.
// https://github.com/wmbusmeters/wmbusmeters (read through search: the readme, a discussion with `--debug` output of
// `(serial)`, `(rtlwmbus)` and `(meter)` lines); the `(shell)` lines from memory.

function wmbusLog(rng) {
  const render = (e) => e.wm;
  const frame = (rng) => `T1;1;1;2027-10-12 ${pad(rng.int(8, 11))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.000;${rng.int(60, 110)};${rng.int(80, 130)};${digits(rng, 8)};0x${rng.hex(rng.int(40, 60))}`;
  const filler = (rng) =>
    rng.pick([
      () => { const f = frame(rng); return { wm: [`(serial) received ascii "${f}<0A>"`, `(rtlwmbus) checkRTLWMBusFrame "${f}<0A>"`, '(rtlwmbus) received full frame', `(meter) ulo_${rng.int(1, 40)}: telegram received`] }; },
      () => ({ wm: [`ulo_${rng.int(1, 40)}\t${digits(rng, 8)}\t${rng.int(100, 900)}.${rng.int(100, 999)} m3\t0 m3/h\t2027-10-12 ${pad(rng.int(8, 11))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`] }),
      () => ({ wm: ['(meter) no meter handled checking 0 templates.'] }),
    ])();
  const steps = [
    { raw: { wm: ['(wmbusmeters) version: 1.17.1', '(config) loaded 38 meters from /etc/wmbusmeters.d', 'Started auto rtlwmbus[00000001] listening on t1'] }, after: 0 },
    4,
    plant('negative', 'wmbus-received-encrypted-telegram-hex', 'none', "A telegram as rtl_wmbus hands it over (`0x<hex>`): the meter's encrypted payload, no credential.", ({ rng }) => {
      const f = frame(rng);
      return { value: f.split(';0x')[1], needle: `0x${f.split(';0x')[1]}`, event: { wm: [`(serial) received ascii "${f}<0A>"`] } };
    }),
    4,
    plant('api-key-name', 'wmbus-shell-exec-curl-igodo', 'error', `${WHY.apiKey('igodo')} ("key") The \`shell=\` command posts each reading to the billing API with the key in the query; at \`--debug\` wmbusmeters writes the command it runs.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { wm: [`(shell) exec "/bin/sh" "-c" "curl -s -X POST 'https://mmiri.${UA}/api/ogugu?mita=${digits(rng, 8)}&igodo=${key}' -d @-"`] } };
    }),
    4,
    plant('header-dump', 'wmbus-shell-exec-curl-authorization-basic', 'error', "Another estate's `shell=` command uses curl with `-H 'Authorization: Basic <base64>'`, written by the `(shell)` debug line: the estate manager's login.", ({ rng }) => {
      const b = b64Of(`ulo-ngwuta:${rng.alnum(16)}`);
      return { value: b, event: { wm: [`(shell) exec "/bin/sh" "-c" "curl -s -H 'Authorization: Basic ${b}' -H 'Content-Type: application/json' -d \\"$METER_JSON\\" https://ngwuta-estate.example/mmiri/ogugu"`] } };
    }),
    4,
    plant('refresh-token', 'wmbus-shell-exec-curl-refresh-token-form', 'error', `${WHY.refresh} A third \`shell=\` command renews its token with curl's \`-d grant_type=refresh_token&refresh_token=…\`, written by the \`(shell)\` debug line.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { wm: [`(shell) exec "/bin/sh" "-c" "curl -s -d 'grant_type=refresh_token&refresh_token=${rt}&client_id=wmbus-ulo' https://login.${UA}/token"`] } };
    }),
    4,
    plant('negative', 'wmbus-meter-telegram-hex-from-logtelegrams', 'none', "`--logtelegrams` writes the raw telegram of an unknown meter (`telegram=|<hex>|`): encrypted meter data, no credential.", ({ rng }) => {
      const h = rng.hex(60).toUpperCase();
      return { value: h, event: { wm: [`telegram=|${h}|+${rng.int(10, 99)}`] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'wmbus' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rtl_433.log: rtl_433 23.11's console kept by systemd into a file on the estate's second receiver (Neptune R900 water
// meters on 915 MHz test hardware): the start-up lines (`rtl_433 version …`, `Reading conf from …`, the outputs it will
// publish to), the tuner lines, and the default key-value output blocks (`time : …`, `model : …`, `id : …`, …).
// From memory (not fetched): the start-up wording, `Publishing data to InfluxDB (<url>)` and the kv layout.

function rtl433Log(rng) {
  const render = (e) => e.rt;
  const block = (rng) => ['_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _', `time      : 2027-10-12 ${pad(rng.int(9, 12))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`, `model     : Neptune-R900 id        : ${digits(rng, 10)}`, `Unkn1     : ${rng.int(100, 200)}        NoUse     : 0            BackFlow  : 0            Consumption: ${rng.int(10000, 900000)}`, `Unkn3     : 0            Leak      : 0            LeakNow   : 0            Integrity : CRC`];
  const filler = (rng) => ({ rt: block(rng) });
  const steps = [
    {
      category: 'framework-dump', kind: 'rtl433-start-publishing-influx-v1-password', expect: 'error', why: "rtl_433 writes each output it publishes to on start; the InfluxDB 1.x output carries the user and password in its URL query (`u=…&p=…`).",
      make: ({ rng }) => {
        const pw = rng.alnum(20);
        const tok = `${rng.b64url(86)}==`;
        return {
          marks: [{ value: pw }, { value: tok, category: 'api-key-name', kind: 'rtl433-start-publishing-influx-v2-token', expect: 'error', why: `${WHY.apiKey('token')} The InfluxDB 2 output of the same receiver carries its API token in the URL query, written by the start-up line.` }],
          event: { rt: ['rtl_433 version 23.11 branch master at 202311281352 inputs file rtl_tcp RTL-SDR SoapySDR', 'Use -h for usage help and see https://triq.org/ for documentation.', 'Trying conf file at "rtl_433.conf"...', 'Reading conf from "/etc/rtl_433/rtl_433.conf".', `Publishing data to InfluxDB (http://mmiri-db.${UA}:8086/write?db=mita&u=ogugu&p=${pw})`, `Publishing data to InfluxDB (https://influx.${UA}/api/v2/write?org=uto-achicha&bucket=mita&precision=us&token=${tok})`, 'Registered 1 out of 250 device decoding protocols [ 228 ]', 'Found Rafael Micro R820T tuner', '[SDR] Using device 0: Realtek, RTL2838UHIDIR, SN: 00000001, "Generic RTL2832U OEM"', 'Exact sample rate is: 1024000.026491 Hz', 'Sample rate set to 1024000 S/s.', 'Tuner gain set to Auto.', 'Tuned to 912.380MHz.', 'baseband_demod_FM: low pass filter for 1024000 Hz at cutoff 204800 Hz, 5.0 us'] },
        };
      },
      after: 0,
    },
    5,
    plant('negative', 'rtl433-kv-meter-id', 'none', "A water meter's radio `id` (10 digits) in the decoded output: a device identifier, no credential.", ({ rng }) => {
      const b = block(rng);
      return { value: b[2].split(': ').at(-1), event: { rt: b } };
    }),
    6,
    plant('negative', 'rtl433-analyzer-codes-hex', 'none', "The analyzer's `codes : {<bits>}<hex>` of a frame no decoder took: raw radio bits, no credential.", ({ rng }) => {
      const h = rng.hex(26);
      return { value: h, event: { rt: ['_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _', `time      : 2027-10-12 ${pad(rng.int(9, 12))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`, 'model     : Unknown-Pulse', `codes     : {104}${h}`] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'rtl433' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// typesense.log: Typesense 27 (menu and shop search for the delivery app) with `--log-slow-requests-time-ms=200`, glog's
// line format (WAT, no zone): `<L><yyyymmdd> <HH:MM:SS.uuuuuu> <thread> <file>:<line>] <message>`; raft status lines,
// slow requests with their path and query string and, for POST, the body.
// https://typesense.org/docs/29.0/api/server-configuration.md (read through search: command line parameters);
// https://typesense.org/docs/cloud-management-api/v1/cluster-logs.md (read through search: API key prefixes in Cloud's
// logs); the slow request line and the scoped key's layout from memory.

function typesenseLog(rng) {
  const render = (e) => e.ts.map(([lvl, where, msg]) => { const l = local(e.t, WAT); return `${lvl}${l.slice(0, 4)}${l.slice(5, 7)}${l.slice(8, 10)} ${l.slice(11, 23)}${digits(rng, 3)} ${rng.int(120, 140)} ${where}] ${msg}`; });
  const filler = (rng) =>
    rng.pick([
      () => ({ ts: [['I', 'raft_server.cpp:549', `Term: 4, pending_queue: 0, last_index: ${rng.int(40000, 49000)}, committed: ${rng.int(40000, 49000)}, known_applied: ${rng.int(40000, 49000)}, applying: 0, pending_writes: 0, queued_writes: 0, local_sequence: ${rng.int(900000, 990000)}`]] }),
      () => ({ ts: [['I', 'raft_server.cpp:559', 'Node state: STATE_LEADER, last_index: ' + rng.int(40000, 49000)]] }),
      () => ({ ts: [['I', 'batched_indexer.cpp:284', `Running GC for aborted requests, req map size: ${rng.int(0, 3)}`]] }),
      () => ({ ts: [['I', 'http_server.cpp:1112', `Slow request: GET /collections/nri/documents/search?q=${rng.pick(['achicha', 'buredi', 'chin', 'meat pie'])}&query_by=aha,nkowa&per_page=20, took ${rng.int(200, 900)} ms`]] }),
    ])();
  const steps = [
    { raw: { ts: [['I', 'typesense_server_utils.cpp:354', 'Starting Typesense 27.1'], ['I', 'typesense_server_utils.cpp:357', 'Typesense is using jemalloc.'], ['I', 'raft_server.cpp:78', 'Nodes configuration: 10.20.1.11:8107:8108,10.20.1.12:8107:8108,10.20.1.13:8107:8108']] }, after: 0 },
    6,
    plant('negative', 'typesense-slow-request-filter-order-ref', 'none', "An order reference (32 hex) in a slow search's `filter_by`: an identifier, no credential.", ({ rng }) => {
      const r = rng.hex(32);
      return { value: r, event: { ts: [['I', 'http_server.cpp:1112', `Slow request: GET /collections/oda/documents/search?q=*&filter_by=ref:=${r}&per_page=1, took ${rng.int(200, 600)} ms`]] } };
    }),
    6,
    plant('api-key-name', 'typesense-slow-request-query-x-typesense-api-key', 'error', `${WHY.apiKey('x-typesense-api-key')} The rider app passes it as a query parameter instead of the header; the slow request line writes the query string.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { ts: [['I', 'http_server.cpp:1112', `Slow request: GET /collections/ulo_ahia/documents/search?q=ogui&query_by=aha&x-typesense-api-key=${key}, took ${rng.int(200, 900)} ms`]] } };
    }),
    6,
    plant('encoded', 'typesense-slow-request-scoped-key-base64', 'error', "A scoped search key (base64 of an HMAC digest, the parent key's prefix and JSON search parameters) the storefront passes in the query, written by the slow request line: it searches the shop's collections until the parent key is revoked.", ({ rng }) => {
      const parent = rng.alnum(32);
      const params = JSON.stringify({ filter_by: 'ulo_ahia:=ogui', expires_at: Math.floor(DAY0 / 1000) + 86400 * 90 });
      const digest = createHmac('sha256', parent).update(params).digest('base64');
      const scoped = b64Of(digest + parent.slice(0, 4) + params);
      return { value: scoped, event: { ts: [['I', 'http_server.cpp:1112', `Slow request: POST /multi_search?x-typesense-api-key=${scoped}, body: {"searches":[{"collection":"nri","q":"achicha","query_by":"aha"}]}, took ${rng.int(200, 900)} ms`]] } };
    }),
    6,
    plant('negative', 'typesense-slow-request-cache-buster', 'none', "The storefront's `_=<epoch ms>` on a search: a cache buster, no credential.", ({ rng }) => {
      const cb = String(Math.floor(DAY0 / 1000) * 1000 + rng.int(30000000, 40000000));
      return { value: cb, event: { ts: [['I', 'http_server.cpp:1112', `Slow request: GET /collections/nri/documents/search?q=chin&query_by=aha&_=${cb}, took ${rng.int(200, 900)} ms`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'typesense' }, filler, render, steps });
}

// =====================================================================================================================
// Zagros Kan û Pola (Kurmanji; Duhok: AST, UTC+3)
// =====================================================================================================================

const ZK = 'zagroskan.example';

// ---------------------------------------------------------------------------------------------------------------------
// station.log: LoRa Basics Station 2.0.6 on an underground gateway of the mine's gas sensors, `log_file` set in
// station.conf (UTC, no zone): `<yyyy-mm-dd HH:MM:SS.mmm> [<MOD>:<LEVEL>] <message>` (SYS, TCE, S2E, RAL, AIO), uplinks
// (`updf … mic=…`, `jreq … DevNonce=…`), the LNS' `runcmd` executed by the station, `XDEB` websocket lines.
// https://github.com/lorabasics/basicstation and the Azure IoT Edge starter kit's station configuration pages (read
// through search: TC_URI/CUPS_URI, tc.key as an auth token); the message texts from memory.

function stationLog(rng) {
  const render = (e) => e.st.map(([mod, msg]) => `${ymdHmsAt(e.t, 0)}.${msPart(e.t)} [${mod}] ${msg}`);
  const updf = (rng, micValue) => `RX 868.${rng.pick([1, 3, 5])}MHz DR${rng.int(0, 5)} SF${rng.int(7, 12)}/BW125 snr=${rng.int(-5, 9)}.${rng.int(0, 9)} rssi=-${rng.int(60, 118)} xtime=0x${rng.hex(14).toUpperCase()} - updf mhdr=40 DevAddr=260B${rng.hex(4).toUpperCase()} FCtrl=00 FCnt=${rng.int(100, 9000)} FOpts=[] 02 mic=${micValue ?? -rng.int(100000000, 2000000000)} (${rng.int(14, 24)} bytes)`;
  const filler = (rng) =>
    rng.pick([
      () => ({ st: [['S2E:VERB', updf(rng)]] }),
      () => ({ st: [['S2E:DEBU', `Tx done diid=${rng.int(100, 900)} [ant#0]`]] }),
      () => ({ st: [['SYS:INFO', `Gaz: hemu sensor normal in (gallery ${rng.int(1, 7)})`]] }),
      () => ({ st: [['RAL:VERB', `[ttyACM0] Concentrator status: OK`]] }),
    ])();
  const steps = [
    { raw: { st: [['SYS:INFO', 'Logging     : file: /var/log/station.log (maxsize=10000000, rotate=3)'], ['SYS:INFO', 'Station Ver : 2.0.6(corecell/std) 2022-01-18 12:45:18'], ['SYS:INFO', 'Station EUI : 1:2aa:bbff:fe10:3c'], ['TCE:INFO', `Connecting to INFOS: wss://lns.${ZK}:8887`], ['TCE:INFO', 'Connected to MUXS.']] }, after: 0 },
    5,
    plant('negative', 'station-updf-mic', 'none', "An uplink's `mic` (the LoRaWAN message integrity code over one frame): no credential.", ({ rng }) => {
      const m = String(-rng.int(100000000, 2000000000));
      return { value: `mic=${m}`, event: { st: [['S2E:VERB', updf(rng, m)]] } };
    }),
    6,
    plant('header-dump', 'station-xdeb-ws-header-authorization-bearer-nnsxs', 'error', "With `log_level: XDEBUG` the station writes the websocket handshake, the `Authorization: Bearer NNSXS.…` header from tc.key included: the gateway's API key at the LNS.", ({ rng }) => {
      const k = `NNSXS.${upperNum(rng, 39)}.${upperNum(rng, 52)}`;
      return { value: k, event: { st: [['AIO:XDEB', '[5] ws_connecting lns.zagroskan.example:8887 /traffic/eui-0102AABBFF10003C'], ['AIO:XDEB', `[5] ws header: Authorization: Bearer ${k}`]] } };
    }),
    6,
    plant('framework-dump', 'station-runcmd-args-sifre', 'error', "The LNS asks the station to run the mine's sync script (`runcmd`); the station writes the command with its arguments, the sensor hub's password (`--sifre`, \"password\") among them.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { st: [['SYS:INFO', `Runcmd: /opt/kan/bin/gaz-sync.sh --bikarhener hub-gaz --sifre ${pw} --galeri 4`], ['SYS:INFO', 'Runcmd: exit code 0 - Senkronkirin qediya']] } };
    }),
    6,
    plant('encoded', 'station-runcmd-args-base64-user-password', 'error', "A second `runcmd` passes the historian's login as base64 (`--auth-b64 <base64 of user:password>`), written with the command line.", ({ rng }) => {
      const b = b64Of(`historian-gaz:${rng.alnum(20)}`);
      return { value: b, event: { st: [['SYS:INFO', `Runcmd: /opt/kan/bin/push-historian.sh --auth-b64 ${b}`]] } };
    }),
    6,
    plant('negative', 'station-jreq-devnonce', 'none', "A join request's `DevNonce` and `MIC`: a counter and an integrity code of one frame, no credential.", ({ rng }) => {
      const n = String(rng.int(1000, 65000));
      return { value: `DevNonce=${n}`, event: { st: [['S2E:VERB', `RX 868.3MHz DR5 SF7/BW125 snr=8.5 rssi=-71 xtime=0x${rng.hex(14).toUpperCase()} - jreq MHdr=00 JoinEUI=70B3:D57E:D000:${rng.hex(4).toUpperCase()} DevEUI=70B3:D57E:D005:${rng.hex(4).toUpperCase()} DevNonce=${n} MIC=-${rng.int(100000000, 2000000000)}`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 5 * HOUR, site: { host: 'station' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// nanomq.log: NanoMQ 0.22 (the mine's MQTT broker for gas detectors and cap lamps) at `log.level = debug` to a file
// (AST, no zone): `<yyyy-mm-dd HH:MM:SS> [<tid>] <LEVEL> <source path>:<line> <function>: <message>`; the HTTP auth
// plugin's requests, the web hook's posts, packet dumps at debug.
// From memory (not fetched): the line layout, the auth_http and web hook messages, the packet dump.

function nanomqLog(rng) {
  const render = (e) => e.nq.map(([lvl, src, fn, msg]) => `${ymdHmsAt(e.t, AST)} [${rng.int(3400, 3420)}] ${lvl.padEnd(5)} /home/runner/work/nanomq/nanomq/${src} ${fn}: ${msg}`);
  const AUTH = 'nanomq/apps/auth_http.c:412';
  const filler = (rng) =>
    rng.pick([
      () => ({ nq: [['INFO', 'nng/src/sp/protocol/mqtt/nmq_mqtt.c:1006', 'tcptran_pipe_nego_cb', `client gaz-d${rng.int(10, 99)}-${rng.int(1, 7)} connected, keepalive 60`]] }),
      () => ({ nq: [['DEBUG', 'nanomq/pub_handler.c:1210', 'handle_pub', `publish topic kan/galeri${rng.int(1, 7)}/gaz/ch4 qos 1 payload {"ch4":${rng.int(0, 9)}.${rng.int(0, 99)},"co":${rng.int(0, 30)},"o2":20.${rng.int(5, 9)}}`]] }),
      () => ({ nq: [['INFO', 'nng/src/sp/protocol/mqtt/nmq_mqtt.c:1191', 'nano_pipe_close', `client lamp-${rng.int(100, 400)} disconnected, reason 0x00`]] }),
      () => ({ nq: [['WARN', 'nanomq/pub_handler.c:1302', 'handle_pub', 'Hişyarî: asta metanê bilind e (galeri 3)']] }),
    ])();
  const steps = [
    { raw: { nq: [['INFO', 'nanomq/apps/broker.c:1240', 'broker_start', 'NanoMQ Broker is started successfully!']] }, after: 0 },
    plant('api-key-name', 'nanomq-start-auth-http-url-kilit', 'error', `${WHY.apiKey('kilit')} ("key") The HTTP auth plugin's request URL carries the auth service's key; the broker prints its auth_http settings on start.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { nq: [['INFO', 'nanomq/conf_api.c:988', 'print_auth_http_conf', `auth_http.auth_req.url: https://auth.${ZK}/mqtt/auth?kilit=${key}`], ['INFO', 'nanomq/conf_api.c:990', 'print_auth_http_conf', 'auth_http.auth_req.method: post']] } };
    }, { after: 1 }),
    3,
    plant('negative', 'nanomq-generated-client-id', 'none', "A client id the broker generated for a client that sent none (`nanomq-<8 hex>`): an identifier, no credential.", ({ rng }) => {
      const id = `nanomq-${rng.hex(8)}`;
      return { value: id, event: { nq: [['DEBUG', 'nng/src/sp/protocol/mqtt/nmq_mqtt.c:871', 'tcptran_pipe_nego_cb', `empty client id, assigned ${id}`]] } };
    }),
    3,
    plant('replay', 'nanomq-auth-http-body-bilet-yekcar-once', 'note', WHY.ticketFirst("A new gas detector connects once with a single-use provisioning ticket as its password (username `bilet_yekcar`, \"one-time ticket\"); the auth plugin logs the request body and the service allows it. The ticket is"), ({ rng, t }) => {
      const tk = rng.alnum(24);
      firstUse.bilet = t;
      return { value: tk, event: { nq: [['DEBUG', AUTH, 'auth_http_req', `POST body: clientid=gaz-d71-4&username=bilet_yekcar&password=${tk}&ipaddress=10.44.3.71`], ['DEBUG', AUTH, 'auth_http_req', 'auth result: 200 allow']] } };
    }, { ref: 'bilet' }),
    3,
    plant('replay', 'nanomq-auth-http-body-bilet-yekcar-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('bilet').value, why: `${WHY.replay('password', gap('bilet', t))} Another client id from another address connected with the same provisioning ticket and the auth service allowed it again: the ticket was not spent.` }], event: { nq: [['DEBUG', AUTH, 'auth_http_req', `POST body: clientid=lamp-317&username=bilet_yekcar&password=${refs.get('bilet').value}&ipaddress=10.44.6.17`], ['DEBUG', AUTH, 'auth_http_req', 'auth result: 200 allow']] } }), { replayOf: 'bilet', after: 96 }),
    3,
    plant('webhook', 'nanomq-web-hook-post-failed-wecom-key', 'error', WHY.webhook("A WeCom group robot (`qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>`) the supplier's engineers get alarms on, set as a web hook rule; the broker's failure line writes the URL (the key is the secret)"), ({ rng }) => {
      const key = rng.uuid();
      return { value: key, event: { nq: [['WARN', 'nanomq/webhook_post.c:176', 'webhook_thr_cb', `post to https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key} failed: 503`]] } };
    }),
    3,
    plant('path-secret', 'nanomq-debug-publish-firmware-link', 'error', "The OTA service publishes a detector's firmware link and the broker logs the publish at debug: the path token (`/firmware/<token>/…`) downloads the firmware and the device certificate until it expires.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { nq: [['DEBUG', 'nanomq/pub_handler.c:1210', 'handle_pub', `publish topic kan/ota/gaz-d44 qos 1 payload {"url":"https://ota.${ZK}/firmware/${tok}/gaz-2.4.1.bin","sha256":"${rng.hex(64)}"}`]] } };
    }),
    3,
    plant('encoded', 'nanomq-debug-connect-packet-hex-password', 'error', "At debug the broker dumps a CONNECT packet in hex; its last field is the client's password in ASCII hex (`00 10 <16 bytes>`), readable by anyone who decodes the bytes.", ({ rng }) => {
      const pw = rng.alnum(16);
      const hx = (s) => Buffer.from(s).toString('hex').match(/../g).join(' ');
      const pwHex = hx(pw);
      return { value: pwHex, event: { nq: [['DEBUG', 'nng/src/sp/transport/mqtt/broker_tcp.c:544', 'tcptran_pipe_recv_cb', `recv CONNECT: 10 3a 00 04 4d 51 54 54 04 c2 00 3c 00 0a ${hx('lamp-22-ab')} 00 08 ${hx('lamp-svc')} 00 10 ${pwHex}`]] } };
    }),
    3,
    plant('negative', 'nanomq-mqtt5-correlation-data', 'none', "MQTT 5 `correlation data` of a request/response pair (hex): a correlation id, no credential.", ({ rng }) => {
      const c = rng.hex(32);
      return { value: c, event: { nq: [['DEBUG', 'nanomq/pub_handler.c:1450', 'decode_pub_properties', `correlation data: ${c}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'nanomq' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// sensu-backend.log: `journalctl -u sensu-backend -o short-iso` of Sensu Go 6.12 at `log-level: debug` on the mine's
// monitoring host: `<yyyy-mm-ddTHH:MM:SS+0300> <host> sensu-backend[<pid>]: <JSON>`, the JSON with `component`,
// `level`, `msg`, `time` (RFC 3339, +03:00) and the component's fields (a check's `command` and `output`, a handler's
// `handler` and `output`, `env_vars` with Sensu's redaction).
// From memory (not fetched): the field names, the messages and Sensu's default redacted keys.

function sensuLog(rng) {
  const render = (e) => e.sn.map((o) => { const l = local(e.t, AST); return `${l.slice(0, 19)}+0300 mon-kan-01 sensu-backend[812]: ${JSON.stringify({ ...o, time: `${l.slice(0, 19)}+03:00` })}`; });
  const filler = (rng) =>
    rng.pick([
      () => ({ sn: [{ component: 'schedulerd', level: 'debug', msg: 'sending check request', check: rng.pick(['gaz-galeri-1', 'gaz-galeri-4', 'pompe-ava', 'hewa-fan-2']), namespace: 'kan' }] }),
      () => ({ sn: [{ component: 'eventd', level: 'debug', msg: 'event received', entity: `gw-galeri-${rng.int(1, 7)}`, check: 'gaz-ch4', status: 0, output: `CH4 OK: 0.${rng.int(10, 90)}% (sînor 1.0%)` }] }),
      () => ({ sn: [{ component: 'keepalived', level: 'debug', msg: 'keepalive received', entity: `lamp-charger-${rng.int(1, 9)}` }] }),
      () => ({ sn: [{ component: 'pipeline', level: 'info', msg: 'event pipe handler executed', handler: 'telegram-hishyari', status: 0, output: 'Peyam hate şandin' }] }),
    ])();
  const steps = [
    3,
    plant('negative', 'sensu-event-id-uuid', 'none', "A Sensu event's `id` (uuid): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { sn: [{ component: 'eventd', level: 'debug', msg: 'event received', event_id: id, entity: 'gw-galeri-2', check: 'gaz-co', status: 0 }] } };
    }),
    3,
    plant('header-dump', 'sensu-check-command-authorization-bearer-jwt', 'error', "The historian check's command passes `-H \"Authorization: Bearer <JWT>\"`, and eventd writes the command with the event on a line with its +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(60, 900), jti: true, claims: { iss: `https://auth.${ZK}`, sub: 'sensu-historian', aud: 'historian-api', scope: 'read:gaz' } });
      return { value: token, jwt: facts, event: { sn: [{ component: 'eventd', level: 'debug', msg: 'event received', entity: 'mon-kan-01', check: 'historian-api', command: `check-http -u https://historian.${ZK}/api/health -H "Authorization: Bearer ${token}"`, status: 0 }] } };
    }),
    3,
    plant('path-secret', 'sensu-check-command-invitation-link-twice', 'error', "A synthetic check watches the contractors' onboarding page through a real invitation link (`/vexwendin/<token>`, \"invitation\"); schedulerd writes the command when it requests the check and eventd again with the event: the link registers an account until used.", ({ rng }) => {
      const tok = rng.b64url(32);
      const cmd = `check-http -u https://portal.${ZK}/vexwendin/${tok} -q "Tomar bibe"`;
      return { value: tok, event: { sn: [{ component: 'schedulerd', level: 'debug', msg: 'sending check request', check: 'portal-vexwendin', command: cmd, namespace: 'kan' }, { component: 'eventd', level: 'debug', msg: 'event received', entity: 'mon-kan-01', check: 'portal-vexwendin', command: cmd, status: 0, output: 'HTTP OK: 200' }] } };
    }),
    3,
    plant('embed-jwt', 'sensu-check-command-embed-jwt-120s', 'warning', "A check fetches the public gas dashboard through its embed URL (`/embed/<JWT>`), a token valid 120 s without jti minted by the check's wrapper; eventd writes the command at the line's +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(1, 20), claims: { iss: `https://gaz.${ZK}`, dashboard: 'galeri-hemu', ro: true } });
      return { value: token, jwt: facts, event: { sn: [{ component: 'eventd', level: 'debug', msg: 'event received', entity: 'mon-kan-01', check: 'dashboard-embed', command: `check-http -u https://gaz.${ZK}/embed/${token} -q galeri`, status: 0 }] } };
    }),
    3,
    plant('session-id', 'sensu-check-command-cookie-danisin', 'error', WHY.session("The scale-house check logs in with a copied session cookie (`-H \"Cookie: danisin=…\"`, \"session\"), written by eventd with the command"), ({ rng }) => {
      const sid = rng.hex(40);
      return { value: sid, event: { sn: [{ component: 'eventd', level: 'debug', msg: 'event received', entity: 'mon-kan-01', check: 'kesan-ui', command: `check-http -u https://kesan.${ZK}/ -H "Cookie: danisin=${sid}"`, status: 2, output: 'HTTP CRITICAL: 302 /tekeve' }] } };
    }),
    3,
    plant('implicit-fragment', 'sensu-check-output-location-fragment', 'error', "A check that follows the SSO redirects reports the final `Location` in its output, fragment included (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(50);
      return { value: at, event: { sn: [{ component: 'eventd', level: 'debug', msg: 'event received', entity: 'mon-kan-01', check: 'sso-ewlehi', status: 1, output: `HTTP WARNING: unexpected redirect Location: https://ewlehi.${ZK}/app/#access_token=${at}&token_type=Bearer&expires_in=900` }] } };
    }),
    3,
    plant('id-token', 'sensu-check-output-id-token-hint-expired', 'note', "The logout check's output writes the end-session URL it was sent to, `id_token_hint` included; the token had expired an hour before the line's +03:00 time (no jti): an expired credential part", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200 + rng.int(60, 900), alg: 'RS256', kid: rng.hex(16), claims: { iss: `https://sso.${ZK}/realms/kan`, aud: 'ewlehi', sub: rng.uuid() } });
      return { value: token, jwt: facts, event: { sn: [{ component: 'eventd', level: 'debug', msg: 'event received', entity: 'mon-kan-01', check: 'sso-derketin', status: 0, output: `HTTP OK: 302 Location: https://sso.${ZK}/realms/kan/protocol/openid-connect/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fewlehi.${ZK}%2F` }] } };
    }),
    3,
    plant('webhook', 'sensu-handler-error-teams-workflows-sig', 'error', WHY.webhook("A Teams Workflows webhook (`…powerplatform.com/powerautomate/automations/direct/workflows/<id>/triggers/manual/paths/invoke?…&sig=<sig>`) a pipe handler posts alarms to; the pipeline's error writes the handler's command (the `sig` is the secret)"), ({ rng }) => {
      const sig = rng.b64url(43);
      return { value: sig, event: { sn: [{ component: 'pipeline', level: 'error', msg: 'failed to execute event pipe handler', handler: 'teams-hishyari', command: `sensu-teams-handler --webhook-url "https://default${rng.hex(32)}.0${rng.int(1, 9)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}"`, error: 'exit status 1' }] } };
    }),
    3,
    plant('id-token', 'sensu-handler-output-id-token-live', 'error', "A handler that opens tickets in the safety system signs in and prints the token answer, `id_token` included, in its output; the line has its +03:00 time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(1, 10), alg: 'RS256', kid: rng.hex(16), jti: true, claims: { iss: `https://sso.${ZK}/realms/kan`, aud: 'sensu-ticket', sub: rng.uuid(), azp: 'sensu-ticket' } });
      return { value: token, jwt: facts, event: { sn: [{ component: 'pipeline', level: 'info', msg: 'event pipe handler executed', handler: 'tiket-ewlehi', status: 0, output: `login ok id_token=${token} ticket=EW-${rng.int(1000, 9999)} vekirî` }] } };
    }),
    3,
    plant('refresh-token', 'sensu-handler-output-refresh-token-json', 'error', `${WHY.refresh} The same handler prints the token endpoint's JSON answer on a failed renewal.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { sn: [{ component: 'pipeline', level: 'warn', msg: 'event pipe handler executed', handler: 'tiket-ewlehi', status: 1, output: `renew failed {"refresh_token":"${rt}","token_type":"Bearer","error":"temporarily_unavailable"}` }] } };
    }),
    3,
    plant('negative', 'sensu-handler-env-vars-redacted', 'none', "Sensu redacts sensitive environment variables of a handler when it logs them (`API_TOKEN=REDACTED`): no credential.", () => ({ value: 'SENSU_TEAMS_TOKEN=REDACTED', event: { sn: [{ component: 'pipeline', level: 'debug', msg: 'executing pipe handler', handler: 'teams-hishyari', env_vars: ['SENSU_TEAMS_TOKEN=REDACTED', 'TZ=Asia/Baghdad'] }] } })),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'sensu' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// winscp.log: a WinSCP 6.3 session log (`/log=… /loglevel=1 /logpassword`) of the scrap yard's nightly upload of the
// day's purchases (weighbridge tickets, seller IDs) to the registry and the group's share (AST, no zone): `<c>
// <yyyy-mm-dd HH:MM:SS.mmm> <text>` with `.` for information, `>` sent, `<` received, `!` script output, `*` errors;
// the header lines, the script's commands, the WebDAV exchange's request and response headers.
// From memory (not fetched): the markers, the header lines, the script lines and the WebDAV header lines.

function winscpLog(rng) {
  const render = (e) => e.ws.map(([c, msg]) => `${c} ${ymdHmsAt(e.t, AST)}.${msPart(e.t)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => ({ ws: [['.', `File: 'C:\\Pola\\Kesan\\kesan-2027-10-12-${pad(rng.int(1, 40))}.csv' [2027-10-12T${pad(rng.int(6, 18))}:${pad(rng.int(0, 59))}:00.000Z] [${rng.int(2000, 90000)}]`], ['.', 'Copying to remote directory started.']] }),
      () => ({ ws: [['>', `PUT /remote.php/dav/files/hesin/Kirin/kesan-${rng.int(1, 40)}.csv HTTP/1.1`], ['<', 'HTTP/1.1 201 Created']] }),
      () => ({ ws: [['.', 'Transfer done: \'C:\\Pola\\Kesan\\wene.zip\' => \'/Kirin/\' [' + rng.int(100000, 900000) + ']']] }),
      () => ({ ws: [['!', `Barkirin: kesan-${rng.int(1, 40)}.csv | ${rng.int(2, 90)} KB | ${rng.int(50, 900)} KB/s | binary | 100%`]] }),
    ])();
  const steps = [
    { raw: { ws: [['.', '--------------------------------------------------------------------------'], ['.', 'WinSCP Version 6.3.5 (Build 14991 2024-09-10) (OS 10.0.20348 - Windows Server 2022 Standard)'], ['.', 'Configuration: nul'], ['.', 'Log level: Normal'], ['.', 'Local account: HESIN\\kesan-svc'], ['.', 'Working directory: C:\\Pola\\Kesan'], ['.', 'Process ID: 5412'], ['.', 'Command-line: "C:\\Program Files (x86)\\WinSCP\\WinSCP.exe" /console /script=C:\\Pola\\barkirin.txt /log=C:\\Pola\\Log\\winscp.log /logpassword'], ['.', `Time zone: Current: GMT+3 (Arabic Standard Time), No DST`], ['.', `Login time: ${DAYS[new Date(DAY0).getUTCDay()]}, 12 October 2027 22:00:00`], ['.', '--------------------------------------------------------------------------']] }, after: 0 },
    plant('negative', 'winscp-script-open-masked-password-hostkey', 'none', "WinSCP masks the password of an earlier session in the logged `open` command (`sftp://kesan:***@…`) and writes the server's host key fingerprint: no credential.", ({ rng }) => {
      const fp = rng.chars(B64, 43);
      return { value: fp, event: { ws: [['>', `Script: open sftp://kesan:***@sftp.registry.example/ -hostkey="ssh-ed25519 255 ${fp}"`], ['.', 'Looking up host "sftp.registry.example" for SSH connection']] } };
    }, { after: 1 }),
    3,
    plant('encoded', 'winscp-script-open-percent-encoded-password-logpassword', 'error', "With `/logpassword` the `open` command of the FTPS session is written in clear; the password is percent-encoded in the session URL (`%40`, `%3A`, `%2F` for its special characters), a reversible encoding.", ({ rng }) => {
      const raw = `${rng.alnum(6)}@${rng.alnum(5)}:${rng.alnum(4)}/${rng.alnum(5)}`;
      const enc = encodeURIComponent(raw);
      return { value: enc, event: { ws: [['>', `Script: open ftpes://pola-hesin:${enc}@ftp.${ZK}/ -certificate="${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}"`], ['.', `Connecting to ftp.${ZK} ...`]] } };
    }),
    3,
    plant('path-secret', 'winscp-script-open-nextcloud-public-share-dav', 'error', "The script opens the group's Nextcloud public share over WebDAV; the share token is in the path (`/public.php/dav/files/<token>/`): whoever has it reads and writes the shared folder.", ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { ws: [['>', `Script: open davs://cloud.${ZK}/public.php/dav/files/${tok}/`], ['.', `Connecting to cloud.${ZK} ...`]] } };
    }),
    3,
    plant('header-dump', 'winscp-webdav-request-authorization-basic', 'error', "At this log level WinSCP writes the WebDAV request headers, `Authorization: Basic <base64>` with them: the yard account's app password.", ({ rng }) => {
      const b = b64Of(`hesin:${rng.alnum(5)}-${rng.alnum(5)}-${rng.alnum(5)}-${rng.alnum(5)}-${rng.alnum(5)}`);
      return { value: b, event: { ws: [['>', 'PROPFIND /remote.php/dav/files/hesin/Kirin/ HTTP/1.1'], ['>', `Authorization: Basic ${b}`], ['>', 'Depth: 1']] } };
    }),
    3,
    plant('session-id', 'winscp-webdav-response-set-cookie-nextcloud-session', 'error', WHY.session("The server's answer sets Nextcloud's PHP session cookie (`oc<instance id>=<session>`), and WinSCP writes the response headers"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { ws: [['<', 'HTTP/1.1 207 Multi-Status'], ['<', `Set-Cookie: oc${rng.lowerNum(10)}=${sid}; path=/; secure; HttpOnly; SameSite=Lax`]] } };
    }),
    3,
    plant('negative', 'winscp-webdav-response-x-request-id', 'none', "Nextcloud's `X-Request-Id` in a WebDAV response: a request id, no credential.", ({ rng }) => {
      const id = rng.alnum(20);
      return { value: id, event: { ws: [['<', 'HTTP/1.1 201 Created'], ['<', `X-Request-Id: ${id}`]] } };
    }),
    3,
    plant('api-key-name', 'winscp-script-call-curl-kilit-api', 'error', `${WHY.apiKey('kilit_api')} ("API key") The script reports the upload to the registry with \`call\`, the key in the URL; WinSCP writes the command.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { ws: [['>', `Script: call curl -s "https://api.registry.example/v2/kirin/rapor?bazirgan=PLZ-0451&kilit_api=${key}"`], ['!', '{"rewş":"pejirandin"}']] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 19 * HOUR, site: { host: 'winscp' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout61');
writePart(join(here, 'heldout61'), {
  'chilli.log': chilliLog(rng),
  'calcom-web.log': calcomLog(rng),
  'klippy.log': klippyLog(rng),
  'motioneye.log': motioneyeLog(rng),
  'datarhei-core.log': datarheiLog(rng),
  'rasa.log': rasaLog(rng),
  'mealie.log': mealieLog(rng),
  'wmbusmeters.log': wmbusLog(rng),
  'rtl_433.log': rtl433Log(rng),
  'typesense.log': typesenseLog(rng),
  'station.log': stationLog(rng),
  'nanomq.log': nanomqLog(rng),
  'sensu-backend.log': sensuLog(rng),
  'winscp.log': winscpLog(rng),
});
