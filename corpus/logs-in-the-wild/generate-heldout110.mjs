// Writes corpus/logs-in-the-wild/heldout110/: a hundred-and-tenth held-out part, in formats no other part uses (a Yate
// telephony engine log, a Poly VVX phone's application log, RSpec's documentation output, Turborepo's `turbo run`
// output, Audacity's log window saved to a file, Codeception's `--debug` output of API tests, Gajim's verbose log, a
// Lerna `lerna-debug.log`, Formbricks responses read from its Management API, a Tsung load generator's traffic dump,
// ExUnit's `mix test --trace` output, a Canvas LMS page views CSV, Behave's output with captured logging, Typebot's
// result logs), with credentials planted in the places issue #14 lists and look-alikes that are no credential, and its
// labels.json. The labels come from how each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout110.mjs     rewrites heldout110/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys. The log builder (labels, repeat lines, the check that no planted value is on an unlabeled line) is
// build-log.mjs, shared with the other generators.
//
// Three organisations: the Calder Valley Playhouse, a community theatre of Hebden Bridge (West Yorkshire), with a box
// office phone system, its desk phones, a booking site, a monorepo of its web apps and the adverts it records (English,
// five logs); Мокшень валонь кудо ("the house of the Moksha word"), a Moksha-language publishing house and reading club
// of Saransk (Mordovia), with a book shop's API, the editors' chat, a library of web components, reader surveys and a
// load test of the shop (Moksha in Cyrillic where the apps show text, romanized in routes, parameter, cookie and key
// names, five logs); the Унцукулалъул устарзабазул кооператив, a cooperative of the inlaid-woodwork masters of Untsukul
// (Dagestan), with a shop, an apprentices' course, an orders API and an order chat bot (Avar in Cyrillic with the
// palochka `Ӏ` in text, romanized in names, four logs). Standard names (OAuth's, vendors') stay as their specifications
// write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, b64urlOf, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, lowerNum, MIN, MONTHS, pad, replayClock, upperNum, ymdHmsAt } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Tsung'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const buildLog = logBuilder(baseRequest);
const { firstUse, gap } = replayClock();

/** West Yorkshire in December (GMT, UTC+0); Saransk and Dagestan (MSK, UTC+3 all year). */
const GMT = 0;
const MSK = 180;
const DAY_EN = Date.UTC(2027, 11, 13, 0, 0, 0);
const DAY_MK = Date.UTC(2027, 11, 20, 0, 0, 0);
const DAY_AV = Date.UTC(2028, 0, 17, 0, 0, 0);

/** An event of lines as the format prints them. */
const out = (...l) => ({ out: l.flat() });
/** `HH:MM:SS` at `offset` minutes from UTC. */
const hmsAt = (t, offset) => local(t, offset).slice(11, 19);
/** `HH:MM:SS.mmm` at `offset` minutes from UTC. */
const hmsMsAt = (t, offset) => local(t, offset).slice(11, 23);

// =====================================================================================================================
// Calder Valley Playhouse (English; Hebden Bridge, West Yorkshire: GMT, UTC+0 in December)
// =====================================================================================================================

const CV = 'calderplayhouse.example';

// ---------------------------------------------------------------------------------------------------------------------
// yate-boxoffice.log: Yate 6 run as `yate -vvvv -Dt -l /var/log/yate/yate-boxoffice.log` on the box office's phone
// server: `<date>_<time>.<µs> <module:LEVEL> message`, a SIP message ysipchan received or sent written between two rules
// of dashes after its line, and what the box office's external script (a PHP script under extmodule) writes with
// `Output()` printed as it is, without prefix.
// From memory: the stamp of `-Dt`, the `<sip:INFO> 'udp:…' received … bytes SIP message from …` line and its dashes
// (a search found SIP traces of a Yate client, not Yate's own log), the module names; the script's lines are the
// theatre's.

function yateLog(rng) {
  const stamp = (t) => `${local(t, GMT).slice(0, 10)}_${local(t, GMT).slice(11, 19)}.${pad(Math.floor(t % 1000), 3)}${digits(rng, 3)}`;
  const render = (e) => {
    const s = stamp(e.t);
    return e.out.map((l) => (l.startsWith('\u0000') ? l.slice(1) : `${s} ${l}`));
  };
  const raw = (l) => `\u0000${l}`;
  const sipBlock = (dir, ip, lines) => [
    dir === 'in'
      ? `<sip:INFO> 'udp:0.0.0.0:5060' received ${lines.join('\r\n').length + 4} bytes SIP message from ${ip}:5060 [0x55d${rng.hex(9)}]`
      : `<sip:INFO> 'udp:0.0.0.0:5060' sending code ${lines[0].split(' ')[1]} 0x55d${rng.hex(9)} to ${ip}:5060 [0x55d${rng.hex(9)}]`,
    raw('------'),
    ...lines.map(raw),
    raw('------'),
  ];
  const filler = (rng) =>
    rng.pick([
      () => {
        const b = rng.int(1, 4);
        return out(`<register:INFO> Refreshed 'boxoffice${b}' at sip:boxoffice${b}@10.20.0.${30 + b}:5060 expires 600`);
      },
      () =>
        out(
          `<cdrbuild:INFO> Finished cdr for 'sip/${rng.int(10, 300)}' billid ${1797000000 + rng.int(0, 99999)}-${rng.int(1, 400)} duration ${rng.int(8, 400)}`,
        ),
      () => out(`<callgen:ALL> Queue 'boxoffice' has ${rng.int(0, 3)} waiting, ${rng.int(1, 3)} agents free`),
      () => out(`<ysipchan:NOTE> Got re-INVITE for 'sip/${rng.int(10, 300)}' from 10.20.0.${rng.int(20, 40)}`),
    ])();
  const steps = [
    {
      raw: out(
        raw('Yate (4211) is starting Mon Dec 13 08:00:00 2027'),
        '<engine:NOTE> Loaded 42 modules',
        '<sip:NOTE> Added listener udp:0.0.0.0:5060',
      ),
      after: 0,
    },
    3,
    plant(
      'negative',
      'yate-register-digest-response',
      'none',
      "A desk phone's REGISTER carries a SIP Digest `Authorization` (RFC 3261): its `response` is an MD5 over the server's one-time `nonce`, the method and the URI, good for this one challenge; no credential.",
      ({ rng }) => {
        const resp = rng.hex(32);
        const cid = rng.hex(24);
        return {
          value: resp,
          event: out(
            sipBlock('in', '10.20.0.31', [
              `REGISTER sip:pbx.${CV} SIP/2.0`,
              `Via: SIP/2.0/UDP 10.20.0.31:5060;branch=z9hG4bK${rng.hex(8)};rport`,
              `From: "Box Office 2" <sip:boxoffice2@pbx.${CV}>;tag=${rng.hex(8)}`,
              `To: <sip:boxoffice2@pbx.${CV}>`,
              `Call-ID: ${cid}`,
              'CSeq: 2 REGISTER',
              'User-Agent: PolycomVVX-VVX_450-UA/6.4.7.5123',
              `Authorization: Digest username="boxoffice2", realm="pbx.${CV}", nonce="${rng.hex(32)}.${1797150000 + rng.int(0, 9999)}", uri="sip:pbx.${CV}", response="${resp}", algorithm=MD5`,
              'Expires: 600',
              'Content-Length: 0',
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'header-dump',
      'yate-sip-invite-bearer-rfc8898',
      'error',
      "The ticket agency's click-to-call gateway sends its INVITE with SIP's OAuth `Authorization: Bearer …` (RFC 8898), and ysipchan dumps the whole message it received, header included: an access token to the agency's trunk.",
      ({ rng }) => {
        const tok = rng.b64url(48);
        return {
          value: tok,
          event: out(
            sipBlock('in', '198.51.100.23', [
              `INVITE sip:boxoffice@pbx.${CV} SIP/2.0`,
              `Via: SIP/2.0/TLS 198.51.100.23:5061;branch=z9hG4bK${rng.hex(10)}`,
              `From: "Agency callback" <sip:+44${digits(rng, 10)}@sip.tixagency.example>;tag=${rng.hex(10)}`,
              `To: <sip:boxoffice@pbx.${CV}>`,
              `Call-ID: ${rng.uuid()}`,
              'CSeq: 1 INVITE',
              `Authorization: Bearer ${tok}`,
              'Content-Type: application/sdp',
              'Content-Length: 0',
              '',
            ]),
            `<ysipchan:CALL> Incoming call 'sip/${rng.int(10, 300)}' from sip:+44…@sip.tixagency.example routed to 'queue/boxoffice'`,
          ),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'yate-extmodule-output-box-office-key',
      'error',
      `${WHY.apiKey('box_office_key')} The box office's missed-call script prints the booking system's URL it posts to, key in the query, and Yate writes the script's output as it is.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(
            "<extmodule:INFO> Message 'chan.hangup' delivered to script 'missedcall.php'",
            raw(`missedcall: POST https://tickets.${CV}/api/callbacks?box_office_key=${k}&caller=%2B44${digits(rng, 10)} -> 201`),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'yate-extmodule-output-voicemail-link',
      'error',
      WHY.pathSecret(
        "The voicemail script stores a message and prints the link it mails to the front-of-house team, whose path holds the recording's random token (`/vm/<token>/…wav`)",
      ),
      ({ rng }) => {
        const tok = rng.b64url(32);
        return {
          value: tok,
          event: out(
            `<extmodule:INFO> Script 'voicemail.php' answered 'sip/${rng.int(10, 300)}'`,
            raw(
              `voicemail: saved 00:00:${pad(rng.int(12, 58))} message, link https://tickets.${CV}/vm/${tok}/msg-${pad(rng.int(1, 99), 4)}.wav mailed to foh@${CV}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'webhook',
      'yate-extmodule-output-rocketchat-hook',
      'error',
      WHY.webhook(
        "A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) the missed-call script posts to; the post timed out and the script printed cURL's error with the URL",
      ),
      ({ rng }) => {
        const id = lowerNum(rng, 24);
        const tok = rng.alnum(48);
        return {
          value: tok,
          needle: `${id}/${tok}`,
          event: out(
            raw(
              `missedcall: notify failed (cURL error 28: Operation timed out after 5001 milliseconds) https://chat.${CV}/hooks/${id}/${tok}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'yate-sip-call-id',
      'none',
      "A SIP `Call-ID` (random hex at the phone's address) in the 200 OK Yate sends back: it names one dialog, no credential.",
      ({ rng }) => {
        const cid = rng.hex(32);
        return {
          value: cid,
          event: out(
            sipBlock('out', '10.20.0.33', [
              'SIP/2.0 200 OK',
              `Via: SIP/2.0/UDP 10.20.0.33:5060;branch=z9hG4bK${rng.hex(8)};rport=5060`,
              `From: <sip:boxoffice3@pbx.${CV}>;tag=${rng.hex(8)}`,
              `To: <sip:1000@pbx.${CV}>;tag=${rng.int(100000000, 999999999)}`,
              `Call-ID: ${cid}@10.20.0.33`,
              'CSeq: 1 INVITE',
              'Server: YATE/6.4.1',
              'Content-Length: 0',
              '',
            ]),
          ),
        };
      },
    ),
    3,
  ];
  return buildLog(rng, { start: DAY_EN + 8 * HOUR, site: { host: 'pbx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// 0004f2a81c3e-app.log: the application log a Poly VVX 450 (UC Software 6.4) uploads to its provisioning server,
// `<MMDDHHMMSS>|<module, 5 wide>|<level>|<marker>|<message>` in the phone's local time (GMT), modules `copy`, `prov`,
// `cfg`, `brow` (the XML microbrowser), `sip`, `so`, `app1`.
// From memory (not fetched): the layout, the module names, the `'…' from '…'` wording of copy lines and the
// microbrowser's messages.

function polycomLog(rng) {
  const stamp = (t) => local(t, GMT).slice(5, 19).replace(/[-T:]/g, '');
  const render = (e) => e.out.map(([m, lvl, msg]) => `${stamp(e.t)}|${m.padEnd(5)}|${lvl}|00|${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => out([['sip', 2, `Registration for line 1 (boxoffice2) refreshed, expires ${rng.int(560, 600)}`]]),
      () => out([['so', 3, `DHCP lease renewed for 10.20.0.32, ${rng.int(3000, 86400)} s left`]]),
      () => out([['app1', 2, `Call ${rng.int(100, 999)} ended, duration ${rng.int(5, 600)} s`]]),
      () => out([['brow', 2, `Idle browser refresh in ${rng.int(30, 300)} s`]]),
    ])();
  const PROV = `https://prov.${CV}`;
  const steps = [
    { raw: out([['so', 2, 'Booting UC Software 6.4.7.5123, VVX_450 (MAC 0004f2a81c3e)']]), after: 0 },
    2,
    plant(
      'path-secret',
      'polycom-prov-server-path-token',
      'error',
      WHY.pathSecret(
        "The provisioning server hands each phone a directory under a random token (`/p/<token>/`), which serves the phone's configuration with its SIP password; the phone writes the server's address as it uses it",
      ),
      ({ rng }) => {
        const tok = rng.alnum(28);
        return { value: tok, event: out([['prov', 2, `Provisioning server: ${PROV}/p/${tok}/ (from DHCP option 160)`]]) };
      },
    ),
    plant(
      'negative',
      'polycom-config-file-md5',
      'none',
      'The MD5 of the configuration file the phone downloaded, which it compares to decide whether to reboot: a checksum, no credential.',
      ({ rng }) => {
        const md5 = rng.hex(32);
        return { value: md5, event: out([['cfg', 2, `'0004f2a81c3e-boxoffice.cfg' md5 ${md5} unchanged, no reboot needed`]]) };
      },
    ),
    3,
    plant(
      'replay',
      'polycom-copy-firmware-ticket-once',
      'note',
      WHY.ticketFirst(
        'The phone fetches its new firmware with a single-use download `ticket` the provisioning server adds to the URL for each phone; the copy line keeps it. The ticket is',
      ),
      ({ rng }) => {
        const tk = rng.b64url(22);
        return {
          value: tk,
          event: out([
            ['copy', 2, `'${PROV}/fw/VVX450-6.4.7.6010.sip.ld?ticket=${tk}' to 'flash:sip.ld' done, ${rng.int(48000000, 52000000)} bytes`],
          ]),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'polycom-microbrowser-house-key',
      'error',
      `${WHY.apiKey('house_key')} The phone's idle browser shows tonight's house from the booking system, and the microbrowser writes the URL it loads, key in the query.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return { value: k, event: out([['brow', 3, `Loading https://tickets.${CV}/phone/tonight.xhtml?house_key=${k}&seats=1`]]) };
      },
    ),
    2,
    plant(
      'session-id',
      'polycom-microbrowser-set-cookie-bo-session',
      'error',
      WHY.session(
        'The booking system answers the microbrowser with `Set-Cookie: bo_session=…`, which the browser module writes at debug level; a front-of-house sign-in session',
      ),
      ({ rng }) => {
        const s = rng.hex(40);
        return { value: s, event: out([['brow', 1, `Set-Cookie: bo_session=${s}; Path=/; Secure; HttpOnly; SameSite=Lax`]]) };
      },
    ),
    2,
    plant(
      'negative',
      'polycom-sip-password-masked',
      'none',
      "The phone prints the line's configuration with its password masked (`reg.1.auth.password=****`): a mask, no credential.",
      () => ({
        value: 'reg.1.auth.password=****',
        event: out([
          ['cfg', 2, 'reg.1.auth.userId=boxoffice2 reg.1.auth.password=**** reg.1.server.1.address=pbx.calderplayhouse.example'],
        ]),
      }),
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 7 * HOUR + 40 * MIN, site: { host: 'vvx' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// rspec-bookings.txt: `bundle exec rspec --format documentation --format RspecInstafail` of the booking site (Rails 8)
// on CI: example groups and examples indented by two, `(FAILED - n)`, each failure printed at once by rspec-instafail
// (`  n) <title>`, `Failure/Error:`, `expected:`/`got:` and the
// objects as Ruby 3.4's `inspect` writes them (`{key: value}` hashes, `#<struct …>`, `#<OmniAuth::AuthHash …>`),
// WebMock's `Real HTTP connections are disabled` message, `Finished in …` and `Randomized with seed …`. No time.
// From memory (not fetched): RSpec's documentation formatter, rspec-instafail's failure layout, WebMock's message, OmniAuth's
// `AuthHash` inspect.

function rspecLog(rng) {
  let n = 0;
  const render = (e) => e.out;
  const GROUPS = ['Seating plan', 'Basket', 'Gift vouchers', 'Season tickets', 'Access bookings', 'Friends membership'];
  const filler = (rng) =>
    out(
      `  ${rng.pick(GROUPS)}`,
      `    ${rng.pick(['renders the plan', 'holds seats for 10 minutes', 'applies the concession', 'emails the receipt', 'lists the wheelchair spaces', 'refuses a sold-out show'])}`,
    );
  const fail = (title, lines) => {
    n += 1;
    return [`    ${title} (FAILED - ${n})`, '', `  ${n}) ${title}`, ...lines.map((l) => (l ? `     ${l}` : ''))];
  };
  const steps = [
    { raw: out(`Randomized with seed ${rng.int(1000, 65535)}`, '', 'Bookings'), after: 0 },
    2,
    plant(
      'negative',
      'rspec-params-authenticity-token',
      'none',
      "A request spec prints the form it posts, Rails' `authenticity_token` among the params: a CSRF token, no credential.",
      ({ rng }) => {
        const a = rng.b64url(86);
        return {
          value: a,
          event: out(
            `  Basket`,
            `    posted params: {"authenticity_token" => "${a}", "seats" => ["D${rng.int(1, 20)}", "D${rng.int(1, 20)}"], "show_id" => "${rng.int(100, 400)}"}`,
            '    adds the seats',
          ),
        };
      },
    ),
    2,
    plant(
      'id-token',
      'rspec-got-omniauth-authhash-id-token',
      'error',
      "The OIDC sign-in spec fails and RSpec prints what it got: OmniAuth's `extra` AuthHash from the recorded response, the `id_token` in it.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 60),
          claims: {
            iss: `https://id.${CV}/realms/patrons`,
            sub: rng.uuid(),
            aud: 'booking-site',
            email: `patron${rng.int(10, 999)}@mail.example`,
            nonce: rng.b64url(22),
          },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            fail('Patron sign-in with the box office account creates the session', [
              'Failure/Error: expect(auth.extra).to be_empty',
              '  expected `#<OmniAuth::AuthHash …>.empty?` to be truthy, got false',
              `  auth.extra: #<OmniAuth::AuthHash id_token="${token}" raw_info=#<OmniAuth::AuthHash email_verified=true>>`,
              "# ./spec/requests/patron_sign_in_spec.rb:27:in 'block (2 levels) in <top (required)>'",
              '',
            ]),
          ),
        };
      },
    ),
    3,
    plant(
      'api-key-name',
      'rspec-webmock-unregistered-request-partner-key',
      'error',
      `${WHY.apiKey('partner_key')} WebMock refuses the real request the listings sync tried and its error quotes it whole, key in the query.`,
      ({ rng }) => {
        const k = rng.hex(40);
        return {
          value: k,
          event: out(
            fail('Listings sync imports the touring shows', [
              'Failure/Error: response = http.get(uri)',
              '',
              'WebMock::NetConnectNotAllowedError:',
              '  Real HTTP connections are disabled. Unregistered request: GET https://api.touringlistings.example/v2/shows?partner_key=' +
                k +
                "&region=yorkshire with headers {'Accept'=>'application/json', 'User-Agent'=>'Ruby'}",
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'refresh-token',
      'rspec-got-struct-refresh-token',
      'error',
      `${WHY.refresh} The ticketing partner's client keeps its tokens in a Ruby Struct, and a failed expectation prints it with \`inspect\`.`,
      ({ rng }) => {
        const r = rng.b64url(64);
        return {
          value: r,
          event: out(
            fail('Partner tokens renew before they expire', [
              'Failure/Error: expect(tokens).to be_fresh',
              `  expected \`#<struct Partner::Tokens access_token=nil, refresh_token="${r}", expires_at=2027-12-13 09:${pad(rng.int(0, 59))}:00 UTC>.fresh?\` to be truthy, got false`,
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'rspec-expected-embed-url-match',
      'error',
      "A view spec expects the seating-plan iframe's URL to match a pattern and prints the URL it found: `/embed/seating/<JWT>` signed for the partner sites.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 30 * 86400,
          jti: true,
          claims: { iss: `tickets.${CV}`, resource: { show: rng.int(100, 400) }, params: { partner: 'touringlistings' } },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            fail('Partner embed renders the seating plan', [
              'Failure/Error: expect(iframe[:src]).to match(%r{\\A/embed/seating/})',
              '',
              `  expected "https://tickets.${CV}/embed/seating/${token}?theme=dark" to match /\\A\\/embed\\/seating\\//`,
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'session-id',
      'rspec-response-headers-set-cookie',
      'error',
      WHY.session(
        "A request spec prints the response's headers, `Set-Cookie` with the site's encrypted cookie-store session (`_calder_session=<data>--<iv>--<tag>`)",
      ),
      ({ rng }) => {
        const c = `${rng.alnum(120)}--${rng.alnum(16)}--${rng.alnum(22)}%3D%3D`;
        return {
          value: c,
          event: out(
            fail('Basket keeps the seats across sign-in', [
              'Failure/Error: expect(response).to redirect_to(basket_path)',
              '  Expected response to be a <3XX: redirect>, but was a <200: OK>',
              `  headers: {"content-type" => "text/html; charset=utf-8", "set-cookie" => "_calder_session=${c}; path=/; secure; httponly; samesite=lax"}`,
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'framework-dump',
      'rspec-got-mailer-smtp-settings-hash',
      'error',
      "A mailer spec compares the delivery settings and RSpec prints the Hash it got (Ruby 3.4 `inspect`), the SMTP relay's `password:` in it.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            fail('Receipt mailer delivers through the relay', [
              'Failure/Error: expect(ActionMailer::Base.smtp_settings).to include(port: 587)',
              '',
              `  expected {address: "smtp.mailrelay.example", port: 2525, user_name: "boxoffice@${CV}", password: "${pw}", authentication: :plain, enable_starttls_auto: true} to include {port: 587}`,
              '',
            ]),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'rspec-asset-digest',
      'none',
      "Propshaft's digested asset name (`application-<40 hex>.css`) in a view spec's output: a content hash, no credential.",
      ({ rng }) => {
        const d = rng.hex(40);
        return { value: d, event: out('  Layout', `    links /assets/application-${d}.css`, '    shows the cookie banner once') };
      },
    ),
    {
      raw: out(
        '',
        `Finished in ${rng.int(20, 90)}.${rng.int(10, 99)} seconds (files took ${rng.int(2, 9)}.${rng.int(10, 99)} seconds to load)`,
        `214 examples, 6 failures`,
      ),
    },
  ];
  return buildLog(rng, { start: DAY_EN + 10 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// turbo-release.log: `turbo run build test deploy` (Turborepo 2) of the theatre's monorepo on a CI runner: turbo's
// bullets (`• Packages in scope`, `• Running …`, `• Remote caching disabled`), each task's lines prefixed
// `<package>:<task>: `, `cache miss, executing <hash>`, Playwright's failure output, the deploy script under `set -x`,
// then ` Tasks:`, `Cached:`, `  Time:`. No time.
// From memory (not fetched): the prefixes, the bullets and the summary; Playwright's `toHaveURL` message.

function turboLog(rng) {
  let task = '@calder/web:build';
  const render = (e) => e.out.map((l) => (l.startsWith('\u0000') ? l.slice(1) : `${task}: ${l}`));
  const raw = (l) => `\u0000${l}`;
  const at = (name) => ({
    get out() {
      task = name;
      return [raw(`${name}: cache miss, executing ${rng.hex(16)}`)];
    },
  });
  const filler = (rng) => {
    if (task.endsWith(':build'))
      return out(
        rng.pick([
          `○ /shows/[slug]   ${rng.int(1, 9)}.${rng.int(1, 99)} kB  ${rng.int(90, 140)} kB`,
          `✓ Generating static pages (${rng.int(1, 40)}/40)`,
          '  ▲ Next.js 16.0.3',
          `ƒ /api/basket   ${rng.int(100, 300)} B  ${rng.int(90, 110)} kB`,
        ]),
      );
    if (task.endsWith(':test'))
      return out(
        `  ✓  ${rng.int(1, 30)} [chromium] › tests/${rng.pick(['basket', 'seating', 'vouchers'])}.spec.ts:${rng.int(5, 80)}:5 › ${rng.pick(['adds seats', 'shows prices', 'applies voucher'])} (${rng.int(300, 4000)}ms)`,
      );
    return out(`+ ${rng.pick(['test -d .next', 'du -sh .next', 'ls out'])}`);
  };
  const steps = [
    {
      raw: out(
        raw('• Packages in scope: @calder/boxoffice, @calder/ui, @calder/web'),
        raw('• Running build, test, deploy in 3 packages'),
        raw('• Remote caching disabled'),
      ),
      after: 0,
    },
    plant(
      'negative',
      'turbo-task-hash',
      'none',
      "Turborepo's task hash (`cache miss, executing <16 hex>`): a hash of the task's inputs, no credential.",
      ({ rng }) => {
        const h = rng.hex(16);
        task = '@calder/ui:build';
        return {
          value: h,
          event: out(raw(`@calder/ui:build: cache miss, executing ${h}`), '> @calder/ui@1.8.0 build', '> tsup src/index.ts --dts'),
        };
      },
    ),
    { raw: at('@calder/web:build') },
    3,
    plant(
      'api-key-name',
      'turbo-build-script-listings-key',
      'error',
      `${WHY.apiKey('listings_key')} The site's build step fetches the season's listings and prints the URL it fetched, key in the query.`,
      ({ rng }) => {
        const k = rng.alnum(36);
        return {
          value: k,
          event: out(`[listings] fetched 42 shows from https://api.touringlistings.example/v2/venues/calder/shows?listings_key=${k}`),
        };
      },
    ),
    2,
    { raw: at('@calder/web:test') },
    2,
    plant(
      'implicit-fragment',
      'turbo-playwright-tohaveurl-received-fragment',
      'error',
      "A Playwright test of the patron sign-in fails, and `toHaveURL`'s message prints the received URL, the identity provider's `#access_token=…` in it.",
      ({ rng }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: out(
            `  ✘  ${rng.int(1, 30)} [chromium] › tests/sign-in.spec.ts:14:5 › patron lands on the account page (5.2s)`,
            '    Error: expect(page).toHaveURL(expected) failed',
            '',
            '    Expected pattern: /\\/account$/',
            `    Received string:  "https://${CV}/account#access_token=${a}&token_type=Bearer&expires_in=3600"`,
            '    Timeout: 5000ms',
          ),
        };
      },
    ),
    1,
    { raw: at('@calder/web:deploy') },
    plant(
      'framework-dump',
      'turbo-deploy-printenv-database-url',
      'error',
      "A `printenv | sort` left in the deploy script prints the runner's environment, and with it the booking database's URL with its password (`postgres://boxoffice:<password>@…`).",
      ({ rng }) => {
        const pw = rng.alnum(24);
        return {
          value: pw,
          event: out(
            '+ printenv',
            '+ sort',
            'CI=true',
            `DATABASE_URL=postgres://boxoffice:${pw}@db.${CV}:5432/boxoffice?sslmode=require`,
            'HOME=/home/runner',
          ),
        };
      },
    ),
    plant(
      'negative',
      'turbo-printenv-stripe-publishable-key',
      'none',
      "Stripe's publishable key (`pk_live_…`) in the same environment: it is shipped to every browser by design, no credential.",
      ({ rng }) => {
        const pk = `pk_live_51${rng.alnum(97)}`;
        return {
          value: pk,
          event: out(`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${pk}`, 'NODE_ENV=production', 'PATH=/usr/local/bin:/usr/bin:/bin'),
        };
      },
      { after: 0 },
    ),
    1,
    plant(
      'path-secret',
      'turbo-deploy-preview-link',
      'error',
      WHY.pathSecret("The deploy script prints the preview's private link (`/p/<token>/`) for the box office to check before the switch"),
      ({ rng }) => {
        const tok = rng.b64url(26);
        return {
          value: tok,
          event: out('+ rsync -az --delete .next/ deploy@web1:/srv/previews/', `Preview ready: https://previews.${CV}/p/${tok}/`),
        };
      },
    ),
    plant(
      'webhook',
      'turbo-deploy-xtrace-power-automate-workflow',
      'error',
      WHY.webhook(
        "A Power Automate workflow's HTTP trigger (`…logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?…&sig=<signature>`) that posts to the theatre's Teams channel; under `set -x` the shell prints the curl command",
      ),
      ({ rng }) => {
        const sig = rng.b64url(43);
        return {
          value: sig,
          event: out(
            `+ curl -fsS -H 'Content-Type: application/json' -d '{"text":"Site deployed"}' 'https://prod-${rng.int(10, 99)}.uksouth.logic.azure.com:443/workflows/${rng.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}'`,
          ),
        };
      },
    ),
    {
      raw: out(
        raw(''),
        raw(' Tasks:    6 successful, 7 total'),
        raw('Cached:    0 cached, 7 total'),
        raw(`  Time:    ${rng.int(60, 190)}.${rng.int(100, 999)}s`),
        raw('Failed:    @calder/web#test'),
      ),
    },
  ];
  return buildLog(rng, { start: DAY_EN + 11 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// audacity-log.txt: Audacity 3.7's log window (Help > Diagnostics > Show Log…) saved with "Save…": wxWidgets' log lines
// `HH:MM:SS: message` in local time (GMT).
// From memory (not fetched): the wx stamp, the start-up lines; the audio.com sign-in (a link back through the
// `audacity://` scheme) and upload lines are written in the app's style, not copied from a log.

function audacityLog(rng) {
  const render = (e) => e.out.map((l) => `${hmsAt(e.t, GMT)}: ${l}`);
  const filler = (rng) =>
    out(
      rng.pick([
        `Opened ${rng.pick(['panto-advert', 'friends-appeal', 'radio-trail'])}-${rng.int(1, 9)}.aup3`,
        `Audio I/O: ${rng.pick([44100, 48000])} Hz, buffer ${rng.int(4, 20)} ms`,
        'Effect: Loudness Normalization applied',
        `Exported ${rng.int(1, 60)} s to MP3, ${rng.int(128, 320)} kbps`,
      ]),
    );
  const steps = [
    { raw: out('Audacity 3.7.3', 'Loaded module mod-script-pipe', 'FFmpeg libraries loaded: avformat 61'), after: 0 },
    plant(
      'negative',
      'audacity-build-commit',
      'none',
      'The commit Audacity was built from, in its start-up lines: a public revision hash, no credential.',
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: out(`Build: ${c} (MSVC 19.40, x64)`) };
      },
    ),
    3,
    plant(
      'oauth-code',
      'audacity-scheme-link-code-state',
      'warning',
      `${WHY.code} The audio.com sign-in returns to the app through its own \`audacity://link\` scheme, and the app writes the link it received.`,
      ({ rng }) => {
        const c = rng.alnum(40);
        return { value: c, event: out(`Handling URL: audacity://link?code=${c}&state=${rng.b64url(22)}`, 'audio.com: signed in') };
      },
    ),
    3,
    plant(
      'api-key-name',
      'audacity-nyquist-freesound-token',
      'error',
      `${WHY.apiKey('token')} Freesound's API takes its key as \`token\` in the query; the sound-effects plug-in's failed request is written with its URL.`,
      ({ rng }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: out(`Nyquist: http-get failed (HTTP 429): https://freesound.org/apiv2/search/text/?query=thunder%20sheet&token=${k}`),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'audacity-upload-url-path-token',
      'error',
      WHY.pathSecret(
        "An upload of the pantomime's radio advert to the theatre's file drop fails, and the error quotes the upload URL, a random token in its path (`/u/<token>/…`)",
      ),
      ({ rng }) => {
        const tok = rng.alnum(30);
        return { value: tok, event: out(`Upload failed: PUT https://drop.${CV}/u/${tok}/panto-advert-30s.mp3 -> 503 Service Unavailable`) };
      },
    ),
    2,
    plant(
      'negative',
      'audacity-cloud-project-id',
      'none',
      "The id of a project saved to audio.com (a UUID, in the project's public URL too): it names the project, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return { value: u, event: out(`audio.com: project ${u} synced (3 snapshots)`) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_EN + 14 * HOUR, site: { host: 'desktop' }, filler, render, steps });
}

// =====================================================================================================================
// Мокшень валонь кудо (Moksha; Saransk, Mordovia: MSK, UTC+3)
// =====================================================================================================================

const MK = 'valkudo.example';

// ---------------------------------------------------------------------------------------------------------------------
// codecept-api-debug.log: `vendor/bin/codecept run Api --debug` (Codeception 5, REST module over PhpBrowser) of the
// book shop's API, kept by CI: the banner, `Api Tests (n)` and its rules, per test `<Cest>: <title>`, `Signature:`,
// `Test:`, `Scenario --`, the steps (` I send post "…",{…}`), the REST module's debug lines (`[Request] …`, `[Request
// Headers] {…}`, `[Response] …`, `[Page] …`, `[Cookies] {…}`), ` PASSED`/` FAIL`. No time.
// From memory (not fetched): the debug line names and their order.

function codeceptLog(rng) {
  const render = (e) => e.out;
  const API = `https://api.${MK}`;
  const test = (cest, method, title, lines, ok = true) => [
    `${cest}: ${title}`,
    `Signature: ${cest}:${method}`,
    `Test: tests/Api/${cest}.php:${method}`,
    'Scenario --',
    ...lines,
    ok ? ' PASSED ' : ' FAIL ',
    '',
  ];
  const filler = (rng) => {
    const id = rng.int(1000, 1999);
    return out(
      test('KinigaCest', 'show', 'Кинигань ванома', [
        ` I send get "/kinigat/${id}"`,
        `  [Request] GET ${API}/kinigat/${id}`,
        `  [Page] ${API}/kinigat/${id}`,
        '  [Response] 200',
        `  [Response] {"kiniga":${id},"lem":"Вирень лайме","isbn":"978-5-${digits(rng, 4)}-${digits(rng, 4)}-${rng.int(0, 9)}"}`,
        ' I see response code is 200',
      ]),
    );
  };
  const steps = [
    {
      raw: out(
        'Codeception PHP Testing Framework v5.1.2',
        'Powered by PHPUnit 11.4.3 by Sebastian Bergmann and contributors.',
        '',
        'Api Tests (11) ' + '-'.repeat(62),
        'Modules: REST, PhpBrowser, Asserts',
        '-'.repeat(77),
      ),
      after: 0,
    },
    1,
    plant(
      'header-dump',
      'codecept-request-headers-bearer',
      'error',
      "The REST module's debug output writes the headers of every request it sends, the test user's `Authorization: Bearer …` (an opaque access token of the staging shop) among them.",
      ({ rng }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: out(
            test('ZakazCest', 'create', 'Заказонь тиема', [
              ' I have http header "Content-Type","application/json"',
              ' I am bearer authenticated "$TEST_TOKEN"',
              ' I send post "/zakaz",{"kiniga":1042,"lovk":2}',
              `  [Request] POST ${API}/zakaz {"kiniga":1042,"lovk":2}`,
              `  [Request Headers] {"Content-Type":"application/json","Authorization":"Bearer ${tok}"}`,
              `  [Page] ${API}/zakaz`,
              '  [Response] 201',
              `  [Response] {"zakaz":${rng.int(10000, 19999)},"pandoma":"vanoma"}`,
              ' I see response code is 201',
            ]),
          ),
        };
      },
    ),
    plant(
      'negative',
      'codecept-response-nonce',
      'none',
      "The payment form's `nonce` the API returns for one checkout (the page echoes it in its script tag): single-request, no credential.",
      ({ rng }) => {
        const nn = rng.b64url(22);
        return {
          value: nn,
          event: out(
            test('PandomaCest', 'form', 'Пандомань форма', [
              ' I send get "/pandoma/forma"',
              `  [Request] GET ${API}/pandoma/forma`,
              '  [Response] 200',
              `  [Response] {"forma":"card","nonce":"${nn}","summa":"450.00"}`,
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'codecept-step-and-request-refresh-token',
      'error',
      `${WHY.refresh} The token test posts a recorded refresh token; the scenario's step line and the REST module's \`[Request]\` line both write the body.`,
      ({ rng }) => {
        const r = rng.alnum(64);
        return {
          value: r,
          event: out(
            test(
              'TokenCest',
              'refresh',
              'Токенонь одкстомтома',
              [
                ` I send post "/oauth/token",{"grant_type":"refresh_token","refresh_token":"${r}","client_id":"lovnyca-app"}`,
                `  [Request] POST ${API}/oauth/token {"grant_type":"refresh_token","refresh_token":"${r}","client_id":"lovnyca-app"}`,
                '  [Response] 400',
                '  [Response] {"error":"invalid_grant","error_description":"Эльбятькс: токенсь аф мольсь"}',
                ' I see response code is 200',
                ' Step  I see response code is 200',
                ' Fail  Expected HTTP Status Code: 200. Actual Status Code: 400',
              ],
              false,
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'codecept-request-query-panzhema',
      'error',
      `${WHY.apiKey('panzhema')} (панжема, "key"): a helper adds the partner shop's key to the catalogue export's query, and the \`[Request]\` line writes the URL.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(
            test('EksportCest', 'catalogue', 'Кинигань списоксь партнёрнэнди', [
              ' I send get "/eksport/kinigat"',
              `  [Request] GET ${API}/eksport/kinigat?panzhema=${k}&format=onix`,
              '  [Response] 200',
            ]),
          ),
        };
      },
    ),
    plant(
      'session-id',
      'codecept-cookies-valkudo-sessija',
      'error',
      WHY.session(
        "The REST module's `[Cookies]` line writes the browser's cookie jar, the shop's PHP session under `valkudo_sessija` (\"session\")",
      ),
      ({ rng }) => {
        const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return {
          value: s,
          event: out(
            test('KorzinaCest', 'add', 'Кинигась корзинаса', [
              ' I send post "/korzina",{"kiniga":1187}',
              `  [Request] POST ${API}/korzina {"kiniga":1187}`,
              `  [Cookies] {"valkudo_sessija":"${s}"}`,
              '  [Response] 200',
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'encoded',
      'codecept-request-percent-encoded-salava',
      'error',
      'The sign-in test follows a return address the shop percent-encodes in `vel` ("back"), and in it the reading club\'s share link with its `salava` ("secret", салава): `%3Fsalava%3D…`.',
      ({ rng }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          event: out(
            test('SuvamsCest', 'returns', 'Сувамс и мрдамс', [
              ' I send get "/suvams"',
              `  [Request] GET ${API}/suvams?vel=https%3A%2F%2F${MK}%2Fjavoms%2Fkluba%3Fsalava%3D${s}`,
              '  [Response] 302',
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'negative',
      'codecept-response-epub-sha256',
      'none',
      "The API's answer for an e-book file gives its `sha256`, which the reader app checks after download: a checksum, no credential.",
      ({ rng }) => {
        const h = rng.hex(64);
        return {
          value: h,
          event: out(
            test('FajlCest', 'meta', 'Электронай кинигань файлось', [
              ' I send get "/kinigat/1187/fajl"',
              `  [Request] GET ${API}/kinigat/1187/fajl`,
              '  [Response] 200',
              `  [Response] {"fajl":"virde-lajme.epub","kuvalmos":${rng.int(300000, 900000)},"sha256":"${h}"}`,
              ' I see response code is 200',
            ]),
          ),
        };
      },
    ),
    {
      raw: out('', 'Time: 00:04.812, Memory: 18.00 MB', '', 'There was 1 failure:', 'FAILURES!', 'Tests: 11, Assertions: 38, Failures: 1.'),
    },
  ];
  return buildLog(rng, { start: DAY_MK + 7 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// gajim-verbose.log: Gajim 2 started with `gajim --verbose` by an editor, stderr kept in a file: `HH:MM:SS (<level
// letter>) <logger name, padded>  <message>` in local time (MSK), loggers `gajim.c.m.*` (client modules), `gajim.c.preview`,
// `gajim.gtk.*`, `nbxmpp.*`.
// From memory (not fetched): the layout (a search was not made), the logger names and messages.

function gajimLog(rng) {
  const render = (e) => e.out.map(([lvl, lg, msg]) => `${hmsAt(e.t, MSK)} (${lvl}) ${lg.padEnd(32)} ${msg}`);
  const filler = (rng) =>
    rng.pick([
      () => out([['I', 'gajim.c.m.presence', `Received presence: redaktor${rng.int(1, 6)}@${MK}/gajim.${upperNum(rng, 8)}, available`]]),
      () => out([['I', 'gajim.c.m.message', `Received message from kluba@muc.${MK} (groupchat)`]]),
      () => out([['D', 'nbxmpp.smacks', `Send ack ${rng.int(10, 900)}`]]),
      () => out([['I', 'gajim.c.m.mam', `MAM query for kluba@muc.${MK} finished, ${rng.int(0, 40)} messages`]]),
    ])();
  const steps = [
    {
      raw: out([
        ['I', 'gajim.c.application', 'Gajim Version: 2.1.1'],
        ['I', 'gajim.c.client', `Connect to lovnyca@${MK}`],
      ]),
      after: 0,
    },
    2,
    plant(
      'negative',
      'gajim-omemo-fingerprint',
      'none',
      "An OMEMO identity key's fingerprint (64 hex, a contact's public key) Gajim writes when it trusts a new device: public by design, no credential.",
      ({ rng }) => {
        const f = rng.hex(64);
        return {
          value: f,
          event: out([['I', 'gajim.c.m.omemo', `New device ${rng.int(100000000, 999999999)} for redaktor3@${MK}, fingerprint ${f}`]]),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'gajim-httpupload-put-url-secret-path',
      'error',
      WHY.pathSecret(
        "An HTTP File Upload slot (XEP-0363) for the manuscript an editor sends: the upload service's GET and PUT URLs carry a random secret in the path, and whoever has the URL reads the file; Gajim writes the URL it uploads to",
      ),
      ({ rng }) => {
        const s = rng.alnum(32);
        return {
          value: s,
          event: out([
            ['I', 'gajim.c.m.httpupload', `Uploading file to https://upload.${MK}:5281/file_share/${s}/kiniga-2028-ruchnoj.docx`],
          ]),
        };
      },
    ),
    2,
    plant(
      'implicit-fragment',
      'gajim-nbxmpp-stanza-body-fragment',
      'error',
      'An editor pastes the address she landed on after signing in to the shop, and nbxmpp writes the incoming stanza with its `<body>`: `#access_token=…` in it.',
      ({ rng }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: out([
            [
              'D',
              'nbxmpp.dispatcher',
              `RECV: <message xmlns="jabber:client" type="chat" from="redaktor2@${MK}/gajim.${upperNum(rng, 8)}" id="${rng.uuid()}"><body>Ванк, мезе няйсамань: https://${MK}/lovnyca#access_token=${a}&amp;token_type=Bearer&amp;expires_in=3600</body></message>`,
            ],
          ]),
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'gajim-preview-embed-jwt-no-exp',
      'error',
      "Gajim's link preview downloads a link sent to the club's room, `/embed/kinigat/<JWT>` of the shop's catalogue widget, signed without `exp`.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, { claims: { iss: `shop.${MK}`, resource: { kolleksija: rng.int(1, 30) } } });
        return {
          value: token,
          jwt: facts,
          event: out([['I', 'gajim.c.preview', `Start downloading: https://shop.${MK}/embed/kinigat/${token}`]]),
        };
      },
    ),
    2,
    plant(
      'encoded',
      'gajim-open-uri-base64-salava',
      'error',
      'Gajim opens a link from a message in the browser and writes it; the newsletter\'s redirector keeps the target in base64url (`u=`), and decoded it is the club\'s share link with its `salava` ("secret").',
      ({ rng }) => {
        const b = b64urlOf(`https://${MK}/javoms/kluba?salava=${rng.alnum(30)}&ki=lovnyca`);
        return { value: b, event: out([['I', 'gajim.gtk.util', `Open URI: https://l.${MK}/r?u=${b}`]]) };
      },
    ),
    2,
    plant(
      'negative',
      'gajim-bob-cid',
      'none',
      'A Bits of Binary content id (`sha1+<40 hex>@bob.xmpp.org`, XEP-0231) of a sticker: the hash of public data, no credential.',
      ({ rng }) => {
        const h = rng.hex(40);
        return { value: h, event: out([['I', 'gajim.c.m.bob', `Requesting cid:sha1+${h}@bob.xmpp.org`]]) };
      },
    ),
    2,
  ];
  return buildLog(rng, { start: DAY_MK + 6 * HOUR, site: { host: 'desktop' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lerna-debug.log: the file Lerna 8 writes when `lerna publish from-package --loglevel silly` fails (the publishing
// house's web components): npmlog's entries numbered from 0, `<n> <level> <prefix> <message>`, lifecycle scripts'
// output under `lifecycle`, the error and its `exit code` last. No time.
// From memory (not fetched): the numbering and levels of lerna-debug.log, the prefixes (`publish`, `lifecycle`,
// `npm-registry-fetch`).

function lernaLog(rng) {
  let n = 0;
  const render = (e) => e.out.map(([lvl, pre, msg]) => `${n++} ${lvl} ${pre ? `${pre} ` : ''}${msg}`);
  const PKGS = ['@valkudo/kinigat-ui', '@valkudo/lovnyca', '@valkudo/kizefks', '@valkudo/javoms'];
  const filler = (rng) =>
    rng.pick([
      () => out([['silly', 'publish', `${rng.pick(PKGS)}@2.${rng.int(0, 9)}.${rng.int(0, 9)} already published? false`]]),
      () => out([['verbose', 'packed', `${rng.pick(PKGS)} ${rng.int(4, 90)}.${rng.int(0, 9)}kB`]]),
      () => out([['silly', 'lifecycle', `${rng.pick(PKGS)}@2.4.0~prepublishOnly: no script`]]),
      () =>
        out([
          ['http', 'fetch', `GET 200 https://npm.${MK}/${rng.pick(PKGS).replace('/', '%2f')} ${rng.int(40, 900)}ms (cache revalidated)`],
        ]),
    ])();
  const steps = [
    {
      raw: out([
        ['silly', 'argv', "{ _: [ 'publish' ], bump: 'from-package', loglevel: 'silly', yes: true, lernaVersion: '8.2.1', '$0': 'lerna' }"],
        ['notice', 'cli', 'v8.2.1'],
        ['verbose', 'rootPath', '/home/runner/work/komponentat/komponentat'],
      ]),
      after: 0,
    },
    plant(
      'negative',
      'lerna-last-tag-commit',
      'none',
      'The commit of the last release tag Lerna compares against: a public revision hash, no credential.',
      ({ rng }) => {
        const c = rng.hex(40);
        return { value: c, event: out([['silly', 'lastTagCommit', c]]) };
      },
    ),
    2,
    plant(
      'api-key-name',
      'lerna-registry-fetch-api-panzhema',
      'error',
      `${WHY.apiKey('api_panzhema')} ("the API's key"): the publishing house's registry proxy takes it in the query of the registry URL set in .npmrc, and npm-registry-fetch writes the URL of each request.`,
      ({ rng }) => {
        const k = rng.alnum(36);
        return {
          value: k,
          event: out([
            ['http', 'fetch', `GET 404 https://npm.${MK}/@valkudo%2fjavoms?api_panzhema=${k} ${rng.int(40, 300)}ms (cache skip)`],
          ]),
        };
      },
    ),
    3,
    plant(
      'negative',
      'lerna-tarball-integrity',
      'none',
      "A package tarball's `integrity` (SRI SHA-512) in the publish summary: a checksum, no credential.",
      ({ rng }) => {
        const i = `sha512-${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86)}==`;
        return { value: i, event: out([['verbose', 'publish', `@valkudo/kinigat-ui@2.4.0 integrity ${i}`]]) };
      },
    ),
    2,
    plant(
      'path-secret',
      'lerna-lifecycle-postpublish-storybook-link',
      'error',
      WHY.pathSecret(
        'The postpublish script uploads the components\' Storybook for the editors and prints the private link (`/javoms/<token>/…`, явомс, "to share")',
      ),
      ({ rng }) => {
        const tok = rng.alnum(24);
        return {
          value: tok,
          event: out([
            [
              'silly',
              'lifecycle',
              `@valkudo/kinigat-ui@2.4.0~postpublish: Storybook: https://files.${MK}/javoms/${tok}/kinigat-ui-2.4.0/index.html`,
            ],
          ]),
        };
      },
    ),
    plant(
      'webhook',
      'lerna-lifecycle-postpublish-zapier-catch-hook',
      'error',
      WHY.webhook(
        'A Zapier "Catch Hook" URL (`hooks.zapier.com/hooks/catch/<account>/<hook secret>/`) the postpublish script posts the release to; its `set -x` line is written as the script\'s output',
      ),
      ({ rng }) => {
        const acc = digits(rng, 8);
        const h = lowerNum(rng, 7);
        return {
          value: h,
          needle: `${acc}/${h}/`,
          event: out([
            [
              'silly',
              'lifecycle',
              `@valkudo/kinigat-ui@2.4.0~postpublish: + curl -fsS -d version=2.4.0 https://hooks.zapier.com/hooks/catch/${acc}/${h}/`,
            ],
          ]),
        };
      },
      { after: 0 },
    ),
    3,
    plant(
      'framework-dump',
      'lerna-error-git-push-remote-userinfo',
      'error',
      "The tags cannot be pushed and Lerna's error quotes the command it ran: the remote was set up with the bot's password in its user info (`https://lerna-bot:<password>@…`).",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: out([
            [
              'error',
              '',
              `Error: Command failed with exit code 128: git push --follow-tags --no-verify --atomic https://lerna-bot:${pw}@git.${MK}/kiniga/komponentat.git main`,
            ],
          ]),
        };
      },
    ),
    {
      raw: out([
        ['error', '', 'remote: Эльбятькс: ветвесь ванфтови (protected branch)'],
        ['error', '', 'lerna ERR! exit code 128'],
      ]),
    },
  ];
  return buildLog(rng, { start: DAY_MK + 9 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// formbricks-responses.jsonl: the reading club's survey responses read from Formbricks' Management API
// (`GET /api/v1/management/responses?surveyId=…`), oldest first, one a line: `id` (cuid), `createdAt`, `updatedAt`
// (UTC), `surveyId`, `finished`, `data` (answers by question id, hidden fields by name), `meta` (`source`, `url`,
// `userAgent`, `country`), `ttc`, `tags`, `language`.
// From memory (not fetched): the fields of a response; the JS widget keeps the page's whole address (`location.href`,
// fragment included) in `meta.url`.

function formbricksLog(rng) {
  const render = (e) => [JSON.stringify(e.fb)];
  const cuid = (rng) => `c${lowerNum(rng, 24)}`;
  const SURVEY = cuid(rng);
  const resp = (rng, t, { url, data = {}, hidden = {}, country = 'RU', ua }) => ({
    id: cuid(rng),
    createdAt: iso(t),
    updatedAt: iso(t + rng.int(20000, 90000)),
    surveyId: SURVEY,
    finished: true,
    data: { q_mazy: rng.int(3, 5), q_mezks: rng.pick(['Кинигась пяк мазы', 'Сюкпря!', 'Пяк цебярь']), ...data, ...hidden },
    meta: { source: 'website', url, userAgent: ua ?? { browser: 'Chrome', os: 'Android', device: 'phone' }, country },
    ttc: { q_mazy: rng.int(1000, 9000), q_mezks: rng.int(4000, 40000) },
    tags: [],
    language: 'mdf',
  });
  const filler = (rng, t) => ({ fb: resp(rng, t, { url: `https://${MK}/kinigat/${rng.int(1000, 1999)}` }) });
  const steps = [
    2,
    plant(
      'implicit-fragment',
      'formbricks-meta-url-fragment',
      'error',
      'The survey pops up on the page a reader reached after signing in with the implicit flow; the widget stores `location.href` in `meta.url`, `#access_token=…` included.',
      ({ rng, t }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: { fb: resp(rng, t, { url: `https://${MK}/lovnyca/kabinet#access_token=${a}&token_type=Bearer&expires_in=3600` }) },
        };
      },
    ),
    1,
    plant(
      'negative',
      'formbricks-meta-url-fbclid',
      'none',
      'A reader came from a Facebook post and the page address keeps its `fbclid`: a click id, no credential.',
      ({ rng, t }) => {
        const f = `IwZXh0bgNhZW0CMTEAAR${rng.b64url(60)}_aem_${rng.b64url(22)}`;
        return { value: f, event: { fb: resp(rng, t, { url: `https://${MK}/kinigat/1187?fbclid=${f}` }) } };
      },
    ),
    1,
    plant(
      'id-token',
      'formbricks-meta-url-id-token-expired',
      'note',
      "A reader's page kept the `id_token` the sign-in put in its query, and the survey stored the address; by the response's `createdAt` (UTC) the token had expired.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + rng.int(6000, 8000),
          claims: { iss: `https://id.${MK}`, sub: rng.uuid(), aud: 'valkudo-web', nonce: rng.b64url(22) },
        });
        return {
          value: token,
          jwt: facts,
          event: { fb: resp(rng, t, { url: `https://${MK}/suvams/mrdams?id_token=${token}&state=${rng.b64url(22)}` }) },
        };
      },
    ),
    1,
    plant(
      'replay',
      'formbricks-hidden-bilet-first',
      'note',
      WHY.ticketFirst(
        'The prize-draw survey is opened from a single-use link whose `bilet` ("ticket") the widget keeps as a hidden field and in `meta.url`; the response was accepted. The ticket is',
      ),
      ({ rng, t }) => {
        const b = rng.b64url(22);
        firstUse.bilet = t;
        return { value: b, event: { fb: resp(rng, t, { url: `https://${MK}/kizefks/lotereja?bilet=${b}`, hidden: { bilet: b } }) } };
      },
      { ref: 'bilet' },
    ),
    plant(
      'replay',
      'formbricks-hidden-bilet-again',
      'replay',
      '',
      ({ refs, t, rng }) => ({
        marks: [
          {
            value: refs.get('bilet').value,
            why: `${WHY.replay('bilet', gap('bilet', t))} A second, finished response from another country and browser carries the same single-use ticket.`,
          },
        ],
        event: {
          fb: resp(rng, t, {
            url: `https://${MK}/kizefks/lotereja?bilet=${refs.get('bilet').value}`,
            hidden: { bilet: refs.get('bilet').value },
            country: 'KZ',
            ua: { browser: 'Firefox', os: 'Windows', device: 'desktop' },
          }),
        },
      }),
      { replayOf: 'bilet', after: 151 },
    ),
    1,
    plant(
      'embed-jwt',
      'formbricks-meta-url-embed-short-no-jti',
      'warning',
      "The survey is shown inside the shop's embedded catalogue (`/embed/kinigat/<JWT>`), whose address the widget stored; the JWT lives two minutes, without `jti`, and was live at `createdAt` (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 120,
          age: rng.int(5, 40),
          claims: { iss: `shop.${MK}`, resource: { kolleksija: rng.int(1, 30) } },
        });
        return { value: token, jwt: facts, event: { fb: resp(rng, t, { url: `https://shop.${MK}/embed/kinigat/${token}` }) } };
      },
    ),
    1,
    plant(
      'api-key-name',
      'formbricks-answer-quotes-api-panzhema',
      'error',
      `${WHY.apiKey('api_panzhema')} A partner bookshop's employee answers the open question with the feed address that stopped working, key included.`,
      ({ rng, t }) => {
        const k = rng.alnum(36);
        return {
          value: k,
          event: {
            fb: resp(rng, t, {
              url: `https://${MK}/partnert`,
              data: { q_mezks: `Эльбятькс: https://api.${MK}/eksport/kinigat?api_panzhema=${k} аф панжи` },
            }),
          },
        };
      },
    ),
    1,
    plant(
      'encoded',
      'formbricks-meta-url-percent-encoded-salava',
      'error',
      'The page address holds a percent-encoded return address (`vel=`), and in it the club\'s share link with its `salava` ("secret"): `%3Fsalava%3D…`.',
      ({ rng, t }) => {
        const s = rng.alnum(30);
        return { value: s, event: { fb: resp(rng, t, { url: `https://${MK}/suvams?vel=%2Fjavoms%2Fkluba%3Fsalava%3D${s}` }) } };
      },
    ),
    plant(
      'negative',
      'formbricks-response-id',
      'none',
      "A response's own `id` (a cuid Formbricks gives every response): an identifier, no credential.",
      ({ rng, t }) => {
        const r = resp(rng, t, { url: `https://${MK}/kizefks` });
        return { value: r.id, event: { fb: r } };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_MK + 8 * HOUR, site: { host: 'formbricks' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// tsung-loadgen.log: the node log of a Tsung 1.8 load generator (`tsung1@loadgen.log`) with `dumptraffic="true"` in the
// scenario, during a load test of the book shop before the holiday sale: Erlang error_logger reports
// (`=INFO REPORT==== <dd-Mon-yyyy::hh:mm:ss> ===` in local time, MSK), then `ts_client:(<level>:<pid>) Send:` and the
// request as sent, line by line, and `Recv:` with the response's status line. The sessions were recorded with
// tsung-recorder from an editor's browser, so they carry her cookies, tokens and bodies.
// From memory (not fetched): the report header, the `ts_client:(5:<0.…>) Send:`/`Recv:` wording.

function tsungLog(rng) {
  const month = (t) => MONTHS[new Date(t + MSK * MIN).getUTCMonth()];
  const head = (t) => `=INFO REPORT==== ${local(t, MSK).slice(8, 10)}-${month(t)}-${local(t, MSK).slice(0, 4)}::${hmsAt(t, MSK)} ===`;
  const render = (e) => [head(e.t), ...e.out, ''];
  const pid = (rng) => `<0.${rng.int(200, 9000)}.0>`;
  const send = (rng, method, path, headers, body) => {
    const p = pid(rng);
    return [
      `ts_client:(5:${p}) Send:${method} ${path} HTTP/1.1`,
      `Host: shop.${MK}`,
      'User-Agent: Tsung',
      ...headers,
      ...(body ? [`Content-Length: ${body.length}`, '', body] : ['']),
      `ts_client:(5:${p}) Recv:HTTP/1.1 ${method === 'POST' ? 302 : 200} ${method === 'POST' ? 'Found' : 'OK'}`,
    ];
  };
  const filler = (rng) =>
    out(send(rng, 'GET', rng.pick(['/', '/kinigat', `/kinigat/${rng.int(1000, 1999)}`, '/korzina', '/static/app.css']), ['Accept: */*']));
  const steps = [
    { raw: out('ts_launcher:(3:<0.102.0>) Starting with 60 users per second, phase 1 of 3'), after: 0 },
    2,
    plant(
      'session-id',
      'tsung-send-cookie-valkudo-sessija',
      'error',
      WHY.session("The recorded session replays the editor's `Cookie: valkudo_sessija=…` on every request, and the traffic dump writes it"),
      ({ rng }) => {
        const s = rng.chars('abcdefghijklmnopqrstuv0123456789', 26);
        return { value: s, event: out(send(rng, 'GET', '/lovnyca/kabinet', ['Accept: text/html', `Cookie: valkudo_sessija=${s}`])) };
      },
    ),
    2,
    plant(
      'id-token',
      'tsung-send-form-post-id-token',
      'error',
      "The recorder kept the identity provider's `form_post` return to the shop, and the dump writes its body: an `id_token` valid an hour.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: rng.int(5, 90),
          claims: { iss: `https://id.${MK}`, sub: rng.uuid(), aud: 'valkudo-shop', nonce: rng.b64url(22) },
        });
        return {
          value: token,
          jwt: facts,
          event: out(
            send(
              rng,
              'POST',
              '/suvams/mrdams',
              ['Content-Type: application/x-www-form-urlencoded'],
              `id_token=${token}&state=${rng.b64url(22)}`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tsung-send-if-none-match-etag',
      'none',
      "An `If-None-Match` the recorded browser sent for the catalogue's JSON (an ETag, a hash of the content): no credential.",
      ({ rng }) => {
        const e = rng.hex(40);
        return { value: e, event: out(send(rng, 'GET', '/api/kinigat?lem=1', ['Accept: application/json', `If-None-Match: W/"${e}"`])) };
      },
    ),
    2,
    plant(
      'refresh-token',
      'tsung-send-refresh-token-body',
      'error',
      `${WHY.refresh} The recorded session renews the shop app's access token, and the dump writes the form body with the refresh token.`,
      ({ rng }) => {
        const r = rng.b64url(86);
        return {
          value: r,
          event: out(
            send(
              rng,
              'POST',
              '/oauth/token',
              ['Content-Type: application/x-www-form-urlencoded'],
              `grant_type=refresh_token&refresh_token=${r}&client_id=valkudo-shop`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'tsung-send-javoms-path-token',
      'error',
      WHY.pathSecret(
        'A shared e-book download (`/javoms/<token>/…epub`, явомс, "to share") the editor opened while recording, replayed by every virtual user',
      ),
      ({ rng }) => {
        const tok = rng.alnum(32);
        return { value: tok, event: out(send(rng, 'GET', `/javoms/${tok}/virde-lajme.epub`, ['Accept: application/epub+zip'])) };
      },
    ),
    2,
    plant(
      'header-dump',
      'tsung-send-authorization-basic',
      'error',
      "The staging shop sits behind HTTP Basic authentication, and each request of the dump writes its `Authorization: Basic …`: the base64 of the editors' user name and password.",
      ({ rng }) => {
        const b = b64Of(`redaktor:${rng.alnum(16)}`);
        return { value: b, event: out(send(rng, 'GET', '/admin/zakazt', ['Accept: text/html', `Authorization: Basic ${b}`])) };
      },
    ),
    2,
    plant(
      'encoded',
      'tsung-send-percent-encoded-json-salava',
      'error',
      'A recorded form posts the club\'s settings as percent-encoded JSON (`data=%7B…%7D`), and in it the share link\'s `salava` ("secret").',
      ({ rng }) => {
        const s = rng.alnum(30);
        return {
          value: s,
          event: out(
            send(
              rng,
              'POST',
              '/kluba/nastrojkat',
              ['Content-Type: application/x-www-form-urlencoded'],
              `data=%7B%22kluba%22%3A%22lovnyca%22%2C%22salava%22%3A%22${s}%22%7D`,
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'tsung-send-csrf-field',
      'none',
      'The form also posts its `_csrf` field: an anti-forgery token tied to the session, no credential.',
      ({ rng }) => {
        const c = rng.b64url(43);
        return {
          value: c,
          event: out(
            send(
              rng,
              'POST',
              '/korzina/tiems',
              ['Content-Type: application/x-www-form-urlencoded'],
              `kiniga=${rng.int(1000, 1999)}&_csrf=${c}`,
            ),
          ),
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_MK + 18 * HOUR, site: { host: 'tsung', api: true }, filler, render, steps });
}

// =====================================================================================================================
// Унцукулалъул устарзабазул кооператив (Avar; Untsukul, Dagestan: MSK, UTC+3)
// =====================================================================================================================

const AV = 'untsukul-ustar.example';

// ---------------------------------------------------------------------------------------------------------------------
// mix-test-trace.log: `mix test --trace` (Elixir 1.18, ExUnit) of the cooperative's Phoenix shop on CI: `Running ExUnit
// with seed: …`, each module with its file, `  * test … (… ms) [L#…]`, failures numbered with the file, `** (…)` and the
// values as `inspect` writes them (`%{"code" => …}`, `%Struct{…}`, keyword lists), the `The following output was
// logged:` block of captured Logger lines (`HH:MM:SS.mmm [level] message`, UTC), then `Finished in …`.
// From memory (not fetched): ExUnit's trace and failure layout; Tesla's logger line.

function exunitLog(rng) {
  let n = 0;
  const render = (e) => e.out;
  const logged = (t, lines) => [
    '     The following output was logged:',
    '     ',
    ...lines.map(([lvl, msg], i) => `     ${hmsMsAt(t + i * 4, 0)} [${lvl}] ${msg}`),
  ];
  const failure = (title, mod, file, line, body) => {
    n += 1;
    return [
      `  * test ${title} (${rng.int(3, 400)}.${rng.int(1, 9)}ms) [L#${line}]`,
      '',
      `  ${n}) test ${title} (${mod})`,
      `     ${file}:${line}`,
      ...body,
      '',
    ];
  };
  const filler = (rng) =>
    out(
      `  * test ${rng.pick(['lists the boxes', 'shows the price in roubles', 'renders the master page', 'adds a jug to the cart', 'sends the order mail'])} (${rng.int(1, 90)}.${rng.int(1, 9)}ms) [L#${rng.int(10, 200)}]`,
    );
  const steps = [
    {
      raw: out(
        `Running ExUnit with seed: ${rng.int(100000, 999999)}, max_cases: 1`,
        '',
        'UstarWeb.AuthControllerTest [test/ustar_web/controllers/auth_controller_test.exs]',
      ),
      after: 0,
    },
    plant(
      'oauth-code',
      'exunit-captured-ueberauth-params-map',
      'warning',
      `${WHY.code} The Ueberauth callback fails in a test that replays a recorded sign-in, and the app's warning, captured by ExUnit, inspects the params map.`,
      ({ rng, t }) => {
        const c = rng.alnum(40);
        return {
          value: c,
          event: out(
            failure(
              'callback signs the master in',
              'UstarWeb.AuthControllerTest',
              'test/ustar_web/controllers/auth_controller_test.exs',
              31,
              [
                '     Assertion with == failed',
                '     code:  assert redirected_to(conn) == ~p"/kabinet"',
                '     left:  "/lugin"',
                '     right: "/kabinet"',
                ...logged(t, [
                  ['warning', `Ueberauth failure, params: %{"code" => "${c}", "provider" => "yandex", "state" => "${rng.b64url(24)}"}`],
                ]),
              ],
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'exunit-conn-req-cookies-ustar-key',
      'error',
      WHY.session(
        'A failing controller test prints part of the `%Plug.Conn{}` it got, `req_cookies` with the signed Phoenix session cookie (`_ustar_key`, `SFMyNTY.…`)',
      ),
      ({ rng }) => {
        const c = `SFMyNTY.${rng.b64url(140)}.${rng.b64url(43)}`;
        return {
          value: c,
          event: out(
            failure(
              'kabinet shows the orders',
              'UstarWeb.KabinetControllerTest',
              'test/ustar_web/controllers/kabinet_controller_test.exs',
              18,
              [
                '     ** (RuntimeError) expected response with status 200, got: 302, with body:',
                '     "<html><body>You are being <a href=\\"/lugin\\">redirected</a>.</body></html>"',
                `     conn: %Plug.Conn{method: "GET", request_path: "/kabinet", req_cookies: %{"_ustar_key" => "${c}"}, status: 302, ...}`,
              ],
            ),
          ),
        };
      },
    ),
    2,
    plant(
      'negative',
      'exunit-conn-csrf-token',
      'none',
      'The same kind of inspect in another test shows the form\'s `"_csrf_token"`: an anti-forgery token masked per request, no credential.',
      ({ rng }) => {
        const c = rng.b64url(56);
        return {
          value: c,
          event: out(
            failure(
              'zakaz form posts the order',
              'UstarWeb.ZakazControllerTest',
              'test/ustar_web/controllers/zakaz_controller_test.exs',
              44,
              [
                '     ** (ArgumentError) could not find a field "zakaz[hur]"',
                `     params: %{"_csrf_token" => "${c}", "zakaz" => %{"kolichestvo" => "2", "hurmar" => "kiskan"}}`,
              ],
            ),
          ),
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'exunit-left-oauth2-access-token-struct',
      'error',
      `${WHY.refresh} A test of the delivery partner's client compares the token it got, and ExUnit prints the \`%OAuth2.AccessToken{}\` struct.`,
      ({ rng }) => {
        const r = rng.b64url(64);
        return {
          value: r,
          event: out(
            failure('delivery client renews the token', 'Ustar.DeliveryTest', 'test/ustar/delivery_test.exs', 57, [
              '     match (=) failed',
              '     code:  assert %OAuth2.AccessToken{access_token: "at-" <> _} = token',
              `     left:  %OAuth2.AccessToken{access_token: nil, refresh_token: "${r}", expires_at: nil, token_type: "Bearer", other_params: %{}}`,
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'webhook',
      'exunit-tesla-and-app-mattermost-hook',
      'error',
      WHY.webhook(
        "A Mattermost incoming webhook (`/hooks/<26 characters>`) the shop posts new orders to; Tesla's logger and the app's warning both write its URL, captured by ExUnit",
      ),
      ({ rng, t }) => {
        const h = lowerNum(rng, 26);
        return {
          value: h,
          event: out(
            failure('new order notifies the masters', 'Ustar.NotifyTest', 'test/ustar/notify_test.exs', 12, [
              '     ** (MatchError) no match of right hand side value: {:error, :econnrefused}',
              ...logged(t, [
                ['error', `POST https://chat.${AV}/hooks/${h} -> error: :econnrefused (2.4 ms)`],
                ['warning', `Mattermost-алде хабар битӀизе кӀоларо: https://chat.${AV}/hooks/${h}`],
              ]),
            ]),
          ),
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'exunit-dbconnection-repo-config-keyword-list',
      'error',
      "The repo cannot connect in one job, and the test helper prints the repo's configuration, a keyword list with the database `password:`.",
      ({ rng }) => {
        const pw = rng.alnum(20);
        return {
          value: pw,
          event: out(
            '',
            '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms',
            `Ustar.Repo config: [username: "ustar", password: "${pw}", hostname: "db", database: "ustar_test", pool: Ecto.Adapters.SQL.Sandbox, pool_size: 10]`,
            '',
          ),
        };
      },
    ),
    plant(
      'negative',
      'exunit-ecto-uuid',
      'none',
      'A product id (an Ecto UUID) in a failure about a missing record: an identifier, no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: out(
            failure(
              'product page 404s for a removed box',
              'UstarWeb.ProductControllerTest',
              'test/ustar_web/controllers/product_controller_test.exs',
              23,
              [
                `     ** (Ecto.NoResultsError) expected at least one result but got none in query: from p0 in Ustar.Shop.Product, where: p0.id == ^"${u}"`,
              ],
            ),
          ),
        };
      },
    ),
    {
      raw: out(
        `Finished in ${rng.int(8, 30)}.${rng.int(1, 9)} seconds (1.2s async, ${rng.int(6, 20)}.${rng.int(1, 9)}s sync)`,
        '118 tests, 6 failures',
      ),
    },
  ];
  return buildLog(rng, { start: DAY_AV + 6 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// canvas-page-views.csv: the apprentices' course on the cooperative's Canvas LMS; an admin downloaded a user's page
// views as CSV (the `page_views` columns: `request_id`, `user_id`, `url`, `context_id`, `context_type`, `asset_id`,
// `asset_type`, `controller`, `action`, `interaction_seconds`, `created_at` (UTC), `user_request`, `render_time`,
// `user_agent`, `participated`, `account_id`, `real_user_id`, `http_method`, `remote_ip`), newest last.
// From memory (not fetched): the column list and the value formats; `/login/session_token` handing the mobile app a
// one-time login URL (`/login?session_token=…`) is Canvas' API as its documentation describes it, from memory.

function canvasLog(rng) {
  const LMS = `https://lms.${AV}`;
  const q = (s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const render = (e) => [
    [
      rng.uuid(),
      e.cv.user ?? '10000000000017',
      e.cv.url,
      e.cv.ctx ?? '10000000000003',
      e.cv.ctx === '' ? '' : 'Course',
      '',
      '',
      e.cv.controller,
      e.cv.action,
      String(rng.int(0, 300)),
      `${ymdHmsAt(e.t, 0)} UTC`,
      e.cv.userRequest ?? 'true',
      `${rng.int(0, 2)}.${digits(rng, 6)}`,
      e.cv.ua ?? e.ua,
      'false',
      '10000000000001',
      '',
      e.cv.method ?? 'GET',
      e.cv.ip ?? e.ip,
    ]
      .map(q)
      .join(','),
  ];
  const filler = (rng) =>
    rng.pick([
      () => ({ cv: { url: `${LMS}/courses/3/modules`, controller: 'context_modules', action: 'index' } }),
      () => ({
        cv: {
          url: `${LMS}/courses/3/pages/${rng.pick(['gveti-baki', 'harac-hialtii', 'naqsh-1'])}`,
          controller: 'wiki_pages',
          action: 'show',
        },
      }),
      () => ({ cv: { url: `${LMS}/courses/3/assignments/${rng.int(10, 40)}`, controller: 'assignments', action: 'show' } }),
      () => ({ cv: { url: `${LMS}/`, ctx: '', controller: 'users', action: 'user_dashboard' } }),
    ])();
  const steps = [
    2,
    plant(
      'oauth-code',
      'canvas-page-view-oauth2-callback-code',
      'warning',
      `${WHY.code} Canvas signs the apprentices in through Google, and the page view of its own callback keeps the URL with the code.`,
      ({ rng }) => {
        const c = `4/0A${rng.b64url(70)}`;
        return {
          value: c,
          event: {
            cv: {
              url: `${LMS}/login/oauth2/callback?state=${rng.b64url(24)}&code=${c}&scope=email+profile+openid`,
              ctx: '',
              controller: 'login/oauth2',
              action: 'create',
            },
          },
        };
      },
    ),
    2,
    plant(
      'negative',
      'canvas-page-view-bookmark-cursor',
      'none',
      "An API page of the course's users, Canvas' pagination cursor in `page=bookmark:<base64 of JSON>`: a cursor, no credential.",
      ({ rng }) => {
        const b = `bookmark:${b64urlOf(JSON.stringify([`Ustar ${rng.int(1, 40)}`, rng.int(1, 400)]))}`;
        return {
          value: b,
          event: { cv: { url: `${LMS}/api/v1/courses/3/users?page=${b}&per_page=50`, controller: 'courses', action: 'users' } },
        };
      },
    ),
    2,
    plant(
      'path-secret',
      'canvas-page-view-file-verifier',
      'error',
      WHY.pathSecret(
        "A course file's download link with its `verifier`, which opens the file to anyone holding the link, written by the page view of the download",
      ),
      ({ rng }) => {
        const v = rng.alnum(40);
        return {
          value: v,
          event: {
            cv: {
              url: `${LMS}/courses/3/files/${rng.int(80, 140)}/download?download_frd=1&verifier=${v}`,
              controller: 'files',
              action: 'show',
            },
          },
        };
      },
    ),
    2,
    plant(
      'api-key-name',
      'canvas-page-view-api-access-token-query',
      'error',
      `${WHY.apiKey('access_token')} A course admin's script calls Canvas' API with its personal access token (\`<id>~<64 characters>\`) in the query, and the API request's page view keeps the URL.`,
      ({ rng }) => {
        const tk = `7~${rng.alnum(64)}`;
        return {
          value: tk,
          event: {
            cv: {
              url: `${LMS}/api/v1/courses/3/enrollments?per_page=100&access_token=${tk}`,
              controller: 'enrollments_api',
              action: 'index',
              userRequest: 'false',
              ua: 'python-requests/2.32.5',
            },
          },
        };
      },
    ),
    2,
    plant(
      'encoded',
      'canvas-page-view-external-tool-retrieve-percent-encoded-kuli',
      'error',
      "An external tool opened from a module item: Canvas keeps the tool's launch URL percent-encoded in `url=`, and in it the cooperative's price tool's `kuli` (\"key\", кули): `%3Fkuli%3D…`.",
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: {
            cv: {
              url: `${LMS}/courses/3/external_tools/retrieve?display=borderless&url=https%3A%2F%2Fbagha.${AV}%2Flti%2Flaunch%3Fkuli%3D${k}`,
              controller: 'external_tools',
              action: 'retrieve',
            },
          },
        };
      },
    ),
    2,
    plant(
      'embed-jwt',
      'canvas-page-view-external-tool-embed-jwt-expired',
      'note',
      "Another tool link in the course points at the pattern gallery's `/embed/<JWT>`; the page view's `created_at` (UTC) is a day after the JWT's `exp`.",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 3600,
          age: 3600 + 86400 + rng.int(100, 2000),
          claims: { iss: `naqsh.${AV}`, resource: { albom: rng.int(1, 20) } },
        });
        return {
          value: token,
          jwt: facts,
          event: {
            cv: {
              url: `${LMS}/courses/3/external_tools/retrieve?display=borderless&url=https%3A%2F%2Fnaqsh.${AV}%2Fembed%2F${token}`,
              controller: 'external_tools',
              action: 'retrieve',
            },
          },
        };
      },
    ),
    2,
    plant(
      'replay',
      'canvas-page-view-session-token-first',
      'note',
      WHY.ticketFirst(
        'The Canvas mobile app opens the course in a browser with a one-time login URL from `/login/session_token` (`/login?session_token=…`); the page view of the login keeps it. The session token is',
      ),
      ({ rng, t }) => {
        const s = rng.b64url(88);
        firstUse.session_token = t;
        return {
          value: s,
          event: {
            cv: {
              url: `${LMS}/login?session_token=${s}`,
              ctx: '',
              controller: 'login',
              action: 'new',
              ip: '203.0.113.77',
              ua: 'candroid/7.8.0 (Android 14)',
            },
          },
        };
      },
      { ref: 'session_token' },
    ),
    plant(
      'replay',
      'canvas-page-view-session-token-again',
      'replay',
      '',
      ({ refs, t }) => ({
        marks: [
          {
            value: refs.get('session_token').value,
            why: `${WHY.replay('session_token', gap('session_token', t))} A desktop browser on another address opened the same one-time login URL, and Canvas recorded a signed-in page view again.`,
          },
        ],
        event: {
          cv: {
            url: `${LMS}/login?session_token=${refs.get('session_token').value}`,
            ctx: '',
            controller: 'login',
            action: 'new',
            ip: '198.51.100.9',
          },
        },
      }),
      { replayOf: 'session_token', after: 212 },
    ),
    plant(
      'negative',
      'canvas-page-view-lti-resource-link-uuid',
      'none',
      "An LTI 1.3 deep-link item's `resource_link_lookup_uuid` in a module item's URL: an identifier of the link, no credential.",
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            cv: {
              url: `${LMS}/courses/3/external_tools/retrieve?resource_link_lookup_uuid=${u}`,
              controller: 'external_tools',
              action: 'retrieve',
            },
          },
        };
      },
    ),
    2,
  ];
  return buildLog(rng, {
    start: DAY_AV + 5 * HOUR,
    site: { host: 'lms' },
    filler,
    render,
    steps,
    header: [
      'request_id,user_id,url,context_id,context_type,asset_id,asset_type,controller,action,interaction_seconds,created_at,user_request,render_time,user_agent,participated,account_id,real_user_id,http_method,remote_ip',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// behave-api.txt: `behave -f plain --no-capture-stderr` (behave 1.2.6) of the orders API's acceptance tests on CI:
// `Feature:`, `  Scenario:`, `    Given … ... passed in 0.012s`, a failed step followed by its `Assertion Failed:` or
// `Traceback (most recent call last):`, then `Captured stdout:` and `Captured logging:` (Python logging's default
// `LEVEL:logger:message`), and the closing counts. No time.
// From memory (not fetched): the plain formatter's lines and the captured sections; urllib3's and requests' messages.

function behaveLog(rng) {
  const render = (e) => e.out;
  const API = `https://api.${AV}`;
  const filler = (rng) =>
    out(
      `    ${rng.pick(['Given', 'And', 'When'])} ${rng.pick(['устар "Гъазимагомед" бугеб буго', 'заказ #' + rng.int(100, 999) + ' бугеб буго', 'кьвагьи ккола', 'API-ялде сверизе'])} ... passed in 0.${digits(rng, 3)}s`,
    );
  const steps = [
    { raw: out('Feature: Заказал API', ''), after: 0 },
    1,
    plant(
      'oauth-code',
      'behave-assertion-and-urllib3-callback-code',
      'warning',
      `${WHY.code} The sign-in scenario fails on the callback; the assertion message and urllib3's captured debug line both write the request.`,
      ({ rng }) => {
        const c = rng.alnum(32);
        const st = rng.b64url(22);
        return {
          value: c,
          event: out(
            '  Scenario: Устар кабинеталде лъугьуна',
            '    When API-ялде callback битӀула ... failed in 0.231s',
            `    Assertion Failed: 500 != 302 : GET ${API}/lugin/callback?code=${c}&state=${st}`,
            '    Captured logging:',
            `    DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.${AV}:443`,
            `    DEBUG:urllib3.connectionpool:${API}:443 "GET /lugin/callback?code=${c}&state=${st} HTTP/1.1" 500 87`,
            '',
          ),
        };
      },
    ),
    1,
    plant(
      'implicit-fragment',
      'behave-selenium-current-url-fragment',
      'error',
      "A browser scenario asserts where the master lands after signing in, and Python's assertion message prints Selenium's `current_url`, `#access_token=…` in it.",
      ({ rng }) => {
        const a = rng.b64url(43);
        return {
          value: a,
          event: out(
            '  Scenario: Устар лъугьун браузералдасан',
            '    Then кабинет рагьула ... failed in 4.102s',
            `    Assertion Failed: 'https://${AV}/lugin#access_token=${a}&token_type=Bearer&expires_in=3600' != 'https://${AV}/kabinet'`,
            '',
          ),
        };
      },
    ),
    1,
    plant(
      'session-id',
      'behave-stdout-requests-cookiejar-sessionid',
      'error',
      WHY.session(
        "A step prints the requests session's cookie jar (`<RequestsCookieJar[<Cookie sessionid=… for …/>]>`), Django's `sessionid` of the test master",
      ),
      ({ rng }) => {
        const s = lowerNum(rng, 32);
        return {
          value: s,
          event: out(
            '  Scenario: Устаразул заказал сияхӀ',
            '    Then сияхӀалда 3 заказ буго ... failed in 0.088s',
            '    Assertion Failed: 2 != 3',
            '    Captured stdout:',
            `    <RequestsCookieJar[<Cookie sessionid=${s} for api.${AV}/>]>`,
            '',
          ),
        };
      },
    ),
    plant(
      'negative',
      'behave-stdout-cookiejar-csrftoken',
      'none',
      "The same print in another scenario shows Django's `csrftoken` cookie: an anti-forgery token, no credential.",
      ({ rng }) => {
        const c = rng.alnum(32);
        return {
          value: c,
          event: out(
            '  Scenario: Заказ тӀамизе',
            '    Then заказ тӀамун буго ... failed in 0.061s',
            '    Assertion Failed: 403 != 204',
            '    Captured stdout:',
            `    <RequestsCookieJar[<Cookie csrftoken=${c} for api.${AV}/>]>`,
            '',
          ),
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'behave-traceback-httperror-api-kuli',
      'error',
      `${WHY.apiKey('api_kuli')} ("the API's key", кули): requests' \`HTTPError\` message in the traceback quotes the URL, key in the query.`,
      ({ rng }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: out(
            '  Scenario: ГӀаракьал багьаби',
            '    When багьабазул сияхӀ босула ... failed in 0.412s',
            '    Traceback (most recent call last):',
            '      File "features/steps/bagha.py", line 22, in step_impl',
            '        r.raise_for_status()',
            `    requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: ${API}/v1/bagha?api_kuli=${k}&valyuta=RUB`,
            '',
          ),
        };
      },
    ),
    1,
    plant(
      'framework-dump',
      'behave-stdout-django-databases-repr',
      'error',
      "`environment.py` prints the test database settings at start-up (a Python dict's repr), the `'PASSWORD'` among them.",
      ({ rng }) => {
        const pw = rng.alnum(22);
        return {
          value: pw,
          event: out(
            '  Scenario: Заказ базаялда бугеб буго',
            '    Given база хӀадур буго ... failed in 1.004s',
            '    Captured stdout:',
            `    {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'ustar_test', 'USER': 'ustar', 'PASSWORD': '${pw}', 'HOST': 'db', 'PORT': '5432'}`,
            '',
          ),
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'behave-stdout-request-headers-x-kuli',
      'error',
      'A debugging print of `response.request.headers` (requests\' CaseInsensitiveDict repr) writes the headers sent, the orders API\'s `X-Kuli` ("key") among them.',
      ({ rng }) => {
        const k = rng.alnum(40);
        return {
          value: k,
          event: out(
            '  Scenario: Заказ цӀияб',
            '    Then жаваб 201 буго ... failed in 0.140s',
            '    Assertion Failed: 400 != 201',
            '    Captured stdout:',
            `    {'User-Agent': 'python-requests/2.32.5', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'X-Kuli': '${k}', 'Content-Length': '48', 'Content-Type': 'application/json'}`,
            '',
          ),
        };
      },
    ),
    plant(
      'negative',
      'behave-assertion-order-uuid',
      'none',
      'An order id (a UUID) in a failed comparison: an identifier, no credential.',
      ({ rng }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: out('  Scenario: Заказ батизе', '    Then заказ батула ... failed in 0.052s', `    Assertion Failed: None != '${u}'`, ''),
        };
      },
    ),
    {
      raw: out(
        '',
        'Failing scenarios:',
        '  features/zakaz.feature:31  Заказ цӀияб',
        '',
        '0 features passed, 1 failed, 0 skipped',
        '4 scenarios passed, 7 failed, 0 skipped',
      ),
    },
  ];
  return buildLog(rng, { start: DAY_AV + 7 * HOUR, site: { host: 'ci' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// typebot-logs.jsonl: the result logs of the cooperative's order bot on a self-hosted Typebot 3, read from its API
// (`GET /api/v1/typebots/{typebotId}/results/{resultId}/logs`) and kept one a line: `id`, `createdAt` (UTC),
// `resultId`, `status` (`success`/`error`), `description` (`Webhook successfuly executed.`, `Webhook returned an
// error.`), `details` (a JSON string: `statusCode`, `request` with `url`, `method`, `headers`, `body`, `response` with
// `data`).
// From memory (not fetched): the log fields and messages, the shape of `details`.

function typebotLog(rng) {
  const render = (e) => [JSON.stringify(e.tb)];
  const cuid = (rng) => `c${lowerNum(rng, 24)}`;
  const entry = (rng, t, { ok = true, status = ok ? 200 : 401, url, method = 'POST', headers = {}, body, data }) => ({
    id: cuid(rng),
    createdAt: iso(t),
    resultId: cuid(rng),
    status: ok ? 'success' : 'error',
    description: ok ? 'Webhook successfuly executed.' : 'Webhook returned an error.',
    details: JSON.stringify({
      statusCode: status,
      request: { url, method, headers: { 'Content-Type': 'application/json', ...headers }, ...(body ? { body } : {}) },
      response: { data: data ?? (ok ? { ok: true } : { error: 'Unauthorized' }) },
    }),
  });
  const filler = (rng, t) => ({
    tb: entry(rng, t, {
      url: `https://api.${AV}/v1/zakaz`,
      body: { hurmar: rng.pick(['kiskan', 'guli', 'tabaq']), kolichestvo: rng.int(1, 4), bot: 'Ворчами! Заказ босана, баркала.' },
      data: { zakaz: rng.int(100, 999) },
    }),
  });
  const steps = [
    2,
    plant(
      'webhook',
      'typebot-details-make-webhook-url',
      'error',
      WHY.webhook(
        "A Make scenario's custom webhook (`hook.eu2.make.com/<32 characters>`) the bot's HTTP block posts each order to; the log's `details` keep the request's URL",
      ),
      ({ rng, t }) => {
        const h = lowerNum(rng, 32);
        return {
          value: h,
          event: {
            tb: entry(rng, t, {
              url: `https://hook.eu2.make.com/${h}`,
              body: { zakaz: rng.int(100, 999), hurmar: 'kiskan' },
              data: 'Accepted',
            }),
          },
        };
      },
    ),
    1,
    plant(
      'api-key-name',
      'typebot-details-url-kuli',
      'error',
      `${WHY.apiKey('kuli')} ("key", кули): the bot asks the orders API for prices with the key in the query, and the log's \`details\` keep the URL.`,
      ({ rng, t }) => {
        const k = rng.alnum(32);
        return {
          value: k,
          event: { tb: entry(rng, t, { method: 'GET', url: `https://api.${AV}/v1/bagha?kuli=${k}&hurmar=kiskan`, data: { bagha: 4800 } }) },
        };
      },
    ),
    1,
    plant(
      'negative',
      'typebot-details-idempotency-key',
      'none',
      'An `Idempotency-Key` (a UUID) the bot sends so that a retried order is not booked twice: an identifier of the request, no credential.',
      ({ rng, t }) => {
        const u = rng.uuid();
        return {
          value: u,
          event: {
            tb: entry(rng, t, {
              url: `https://api.${AV}/v1/zakaz`,
              headers: { 'Idempotency-Key': u },
              body: { hurmar: 'guli', kolichestvo: 1 },
              data: { zakaz: rng.int(100, 999) },
            }),
          },
        };
      },
    ),
    1,
    plant(
      'header-dump',
      'typebot-details-request-headers-bearer',
      'error',
      "The bot's HTTP block calls the orders API with an `Authorization: Bearer …` header (an opaque access token of the bot's account), and the log's `details` keep the request's headers.",
      ({ rng, t }) => {
        const tok = rng.alnum(40);
        return {
          value: tok,
          event: {
            tb: entry(rng, t, {
              url: `https://api.${AV}/v1/zakaz/status`,
              headers: { Authorization: `Bearer ${tok}` },
              body: { zakaz: rng.int(100, 999) },
              data: { status: 'hadur' },
            }),
          },
        };
      },
    ),
    1,
    plant(
      'id-token',
      'typebot-details-body-id-token',
      'error',
      "The bot passes the customer's `id_token` from the shop's sign-in to the orders API in its request body, which the log's `details` keep; ten minutes of life, live at `createdAt` (UTC).",
      ({ rng, t }) => {
        const { token, facts } = jwt(rng, t, {
          lifetime: 600,
          age: rng.int(20, 200),
          claims: { iss: `https://id.${AV}`, sub: rng.uuid(), aud: 'ustar-bot', nonce: rng.b64url(22) },
        });
        return {
          value: token,
          jwt: facts,
          event: { tb: entry(rng, t, { ok: false, url: `https://api.${AV}/v1/lugin/bot`, body: { id_token: token }, status: 401 }) },
        };
      },
    ),
    1,
    plant(
      'refresh-token',
      'typebot-details-body-refresh-token',
      'error',
      `${WHY.refresh} The bot renews its delivery partner's token with an HTTP block, and the log's \`details\` keep the request body.`,
      ({ rng, t }) => {
        const r = rng.b64url(64);
        return {
          value: r,
          event: {
            tb: entry(rng, t, {
              ok: false,
              url: 'https://auth.delivery-partner.example/oauth/token',
              body: { grant_type: 'refresh_token', refresh_token: r, client_id: 'untsukul-ustar' },
              status: 400,
              data: { error: 'invalid_grant' },
            }),
          },
        };
      },
    ),
    1,
    plant(
      'encoded',
      'typebot-details-body-base64-sir',
      'error',
      'The bot sends the order to the masters\' workshop app as a base64 `payload`, and decoded it is JSON with the workshop\'s `sir` ("secret", сир).',
      ({ rng, t }) => {
        const p = b64Of(JSON.stringify({ zakaz: rng.int(100, 999), sir: rng.alnum(30), hurmar: 'tabaq' }));
        return {
          value: p,
          event: { tb: entry(rng, t, { url: `https://hialtii.${AV}/api/zakaz`, body: { payload: p }, data: { ok: true } }) },
        };
      },
    ),
    1,
    plant(
      'negative',
      'typebot-details-response-wamid',
      'none',
      "A WhatsApp Cloud API message id (`wamid.…`, base64 of the message's reference) in a response: an identifier, no credential.",
      ({ rng, t }) => {
        const w = `wamid.HBgL${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 48)}`;
        return {
          value: w,
          event: {
            tb: entry(rng, t, {
              url: 'https://graph.facebook.com/v21.0/1100000000000001/messages',
              body: { messaging_product: 'whatsapp', to: `79${digits(rng, 9)}`, type: 'text' },
              data: { messages: [{ id: w }] },
            }),
          },
        };
      },
    ),
    1,
  ];
  return buildLog(rng, { start: DAY_AV + 9 * HOUR, site: { host: 'typebot' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout110');
writePart(join(here, 'heldout110'), {
  'yate-boxoffice.log': yateLog(rng),
  '0004f2a81c3e-app.log': polycomLog(rng),
  'rspec-bookings.txt': rspecLog(rng),
  'turbo-release.log': turboLog(rng),
  'audacity-log.txt': audacityLog(rng),
  'codecept-api-debug.log': codeceptLog(rng),
  'gajim-verbose.log': gajimLog(rng),
  'lerna-debug.log': lernaLog(rng),
  'formbricks-responses.jsonl': formbricksLog(rng),
  'tsung1@loadgen.log': tsungLog(rng),
  'mix-test-trace.log': exunitLog(rng),
  'canvas-page-views.csv': canvasLog(rng),
  'behave-api.txt': behaveLog(rng),
  'typebot-logs.jsonl': typebotLog(rng),
});
