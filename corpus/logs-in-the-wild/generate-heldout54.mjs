// Writes corpus/logs-in-the-wild/heldout54/: a fifty-fourth held-out part, in formats no other part uses (a ROS 2
// `launch.log` of warehouse robots, an openTCS 6 kernel log, OrangeHRM 5's `orangehrm.log`, an Openbravo 24 Tomcat log
// with its Web POS requests, an iDempiere 11 server log, an X-Road 7 security server's `proxy.log`, an ILIAS 9 log file, a
// Safe Exam Browser 3 client log for Windows, a SatNOGS client 1.x through `journalctl -o short-iso`, a Yamcs 5 server
// log, freqtrade's log file with ccxt's verbose request lines, a Bitcoin Core 27 `debug.log`, a Node dispatcher under
// `DEBUG=socket.io*,engine*,ojek:*` written to a file, a Core Lightning 24 `lightningd` log), with credentials planted
// in the places issue #14 lists and look-alikes that are no credential, and its labels.json. The labels come from how
// each line was built, before any scanner reads the files.
//
//   node corpus/logs-in-the-wild/generate-heldout54.mjs     rewrites heldout54/ only; deterministic (seeded PRNG, no clock)
//
// Every value is random (its own seed): no real credential, no documentation example. JWTs are HS256-signed for real
// with random keys, RS256 signatures are random bytes. The log builder (labels, repeat lines, the check that no planted
// value is on an unlabeled line) is build-log.mjs, shared with the other generators.
//
// Three companies: Larkspur Freight, a Leeds warehouse-robotics and last-mile delivery company with a trade counter
// (English, five logs); Asom Xiksha aru Xeva Porishad (অসম শিক্ষা আৰু সেৱা পৰিষদ, "Assam education and services
// council"), a Guwahati exam board and citizen e-services office with a satellite ground station for its space
// applications centre (Assamese messages in Assamese script where the app shows them, routes, parameter, header, key
// and property names transliterated to Latin letters, English code names, five logs); Ojeg Bandung Jaya, a Bandung
// ride-hailing (ojek) and delivery company that runs a small crypto exchange desk (Sundanese messages in Latin script,
// names in Sundanese, four logs). Standard names (OAuth's, vendors') stay as their specifications write them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { b64Of, BROWSERS, jwt, logBuilder, plant, Random, requestMaker, WHY, writePart } from './build-log.mjs';
import { digits, HOUR, iso, local, MIN, replayClock, upperNum, ymdHmsAt, msPart } from '../shared/generate-kit.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const TOOLS = ['curl/8.19.0', 'python-requests/2.32.5', 'okhttp/5.3.2', 'Go-http-client/2.0', 'Java/21.0.8'];
const baseRequest = requestMaker(BROWSERS, TOOLS);
const build = logBuilder(baseRequest);
/** Every run of ordinary lines between planted steps twice as long and one line more: logs of some length around them. */
const buildLog = (rng, spec) => build(rng, { ...spec, steps: spec.steps.map((s) => (typeof s === 'number' ? s * 2 + 1 : s)) });

const DAY0 = Date.UTC(2027, 9, 19, 0, 0, 0);
const { firstUse, gap } = replayClock();

/** Leeds in October (BST, UTC+1), Guwahati (IST, UTC+5:30), Bandung (WIB, UTC+7). */
const BST = 60;
const IST = 330;
const WIB = 420;
/** `+05:30` for an offset in minutes. */
const zone = (offset, colon = true) => `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${colon ? ':' : ''}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
/** Epoch seconds with `n` decimals. */
const epoch = (ms, n) => `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}${'0'.repeat(Math.max(0, n - 3))}`.slice(0, String(Math.floor(ms / 1000)).length + 1 + n);
const lan = (rng, prefix = '10.54') => `${prefix}.${rng.int(1, 9)}.${rng.int(2, 250)}`;
/** A line's items: strings are written as they are, arrays go through the file's formatter. */
const lines = (fmt) => (e) => e.L.map((x) => (typeof x === 'string' ? x : fmt(e.t, x)));

// =====================================================================================================================
// Larkspur Freight (English; Leeds: BST, UTC+1)
// =====================================================================================================================

const LF = 'larkspur-freight.example';

// ---------------------------------------------------------------------------------------------------------------------
// launch.log: ~/.ros/log/<date>-<host>-<pid>/launch.log of a ROS 2 Jazzy `ros2 launch` on an autonomous mobile robot:
// `<epoch seconds, 7 decimals> [<LEVEL>] [launch]: <message>`, `[INFO] [<proc>-<n>]: process started with pid [<pid>]`,
// and each process' output as `<epoch> [<proc>-<n>] <text>`, rclcpp/rclpy lines inside as
// `[<LEVEL>] [<epoch, 9 decimals>] [<node>]: <message>`. From memory (docs.ros.org, "Logging and logger
// configuration"; not fetched).

function rosLaunchLog(rng) {
  const node = (t) => `${epoch(t, 9)}`;
  const fmt = (t, [proc, lvl, name, msg]) => (proc === 'launch' ? `${epoch(t, 7)} [${lvl}] [launch]: ${msg}` : `${epoch(t, 7)} [${proc}] [${lvl}] [${node(t)}] [${name}]: ${msg}`);
  const render = lines(fmt);
  const FC = 'fleet_client-3';
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['bt_navigator-2', 'INFO', 'bt_navigator', `Begin navigating from current location (${(rng.int(0, 9000) / 100).toFixed(2)}, ${(rng.int(0, 4000) / 100).toFixed(2)}) to (${(rng.int(0, 9000) / 100).toFixed(2)}, ${(rng.int(0, 4000) / 100).toFixed(2)})`]] }),
      () => ({ L: [['bt_navigator-2', 'INFO', 'bt_navigator', 'Goal succeeded']] }),
      () => ({ L: [['controller_server-1', 'WARN', 'controller_server', `Control loop missed its desired rate of 20.0000 Hz. Current loop rate is ${(rng.int(1500, 1990) / 100).toFixed(4)} Hz.`]] }),
      () => ({ L: [[FC, 'INFO', 'fleet_client', `state published: mode=${rng.pick(['IDLE', 'MOVING', 'CHARGING', 'PICKING'])} battery=${rng.int(20, 100)}% tote=${upperNum(rng, 2)}-${digits(rng, 4)}`]] }),
      () => ({ L: [['amcl-4', 'INFO', 'amcl', 'Message Filter dropping message: frame \'laser\' at time ' + epoch(DAY0 + rng.int(0, 86400000), 3) + ' for reason \'the timestamp on the message is earlier than all the data in the transform cache\'']] }),
    ])();
  const steps = [
    plant('negative', 'ros2-launch-log-directory-uuid', 'none', "The launch system's log directory name (`<date>-<host>-<pid>`) and the launch's own run id: identifiers, no credential.", ({ t }) => {
      const dir = `2027-10-19-07-02-11-481203-amr-07-${rng.int(1000, 9999)}`;
      return { value: dir, event: { L: [['launch', 'INFO', '', `All log files can be found below /home/larkspur/.ros/log/${dir}`], ['launch', 'INFO', '', 'Default logging verbosity is set to INFO'], ['launch', 'INFO', '', `[controller_server-1]: process started with pid [${rng.int(2000, 9000)}]`]] } };
    }, { after: 0 }),
    4,
    plant('api-key-name', 'ros2-launch-fleet-client-parameter-url-robot-key', 'error', `${WHY.apiKey('robot_key')} The fleet client node prints its parameters at start-up; the fleet server URL carries the robot's key in the query.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { L: [[FC, 'INFO', 'fleet_client', `parameters: fleet_name=leeds-dc1 robot_name=amr-07 server_url=https://fleet.${LF}/v2/robots/amr-07/state?robot_key=${key} publish_hz=2.0`]] } };
    }),
    4,
    plant('path-secret', 'ros2-launch-map-server-share-link', 'error', "The map loader fetches the site map from a share link (`/s/<token>/leeds-dc1.yaml`) and rclpy writes the URL it opens: the link is the credential until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(28);
      return { value: tok, event: { L: [['map_fetch-5', 'INFO', 'map_fetch', `downloading https://files.${LF}/s/${tok}/leeds-dc1.yaml -> /tmp/maps/leeds-dc1.yaml`]] } };
    }),
    4,
    plant('header-dump', 'ros2-launch-fleet-client-debug-headers-basic', 'error', "The fleet client's `--log-level debug` run prints its HTTP session's headers as a Python dict (`{'Authorization': 'Basic <base64 user:password>', …}`): the robot's login to the warehouse management API.", ({ rng }) => {
      const b = b64Of(`amr-07:${rng.alnum(22)}`);
      return { value: b, event: { L: [[FC, 'DEBUG', 'fleet_client', `session headers: {'User-Agent': 'python-requests/2.31.0', 'Accept': 'application/json', 'Authorization': 'Basic ${b}', 'Connection': 'keep-alive'}`]] } };
    }),
    4,
    plant('webhook', 'ros2-launch-safety-node-webex-incoming-webhook', 'error', WHY.webhook("A Webex incoming webhook (`webexapis.com/v1/webhooks/incoming/<id>`) the safety monitor posts e-stop alerts to; its error writes the URL"), ({ rng }) => {
      const id = rng.b64url(120);
      return { value: id, event: { L: [['safety_monitor-6', 'ERROR', 'safety_monitor', `alert post failed: HTTPSConnectionPool(host='webexapis.com', port=443): Max retries exceeded with url: /v1/webhooks/incoming/${id} (Caused by NewConnectionError('Failed to establish a new connection: [Errno 101] Network is unreachable'))`]] } };
    }),
    4,
    plant('encoded', 'ros2-launch-ros-arguments-base64-json-credentials', 'error', "The launch file passes the charger controller's settings as a base64 JSON parameter (`-p config_b64:=<base64 of {\"user\":…,\"password\":…}>`); the launch system writes the process' command line when it dies.", ({ rng }) => {
      const b = b64Of(JSON.stringify({ host: 'charger-bank-2.lan', user: 'amr-charge', password: rng.alnum(20) }));
      return { value: b, event: { L: [['launch', 'ERROR', '', `[charger_bridge-7]: process has died [pid ${rng.int(2000, 9000)}, exit code 1, cmd '/opt/larkspur/lib/charger_bridge/charger_bridge --ros-args -r __node:=charger_bridge -p config_b64:=${b}'].`]] } };
    }),
    4,
    plant('negative', 'ros2-launch-goal-uuid', 'none', "An action goal's UUID that nav2 logs: an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32);
      return { value: id, event: { L: [['bt_navigator-2', 'INFO', 'bt_navigator', `Received goal ${id} for navigate_to_pose, tote pick at aisle ${rng.int(1, 40)}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR, site: { host: 'amr-07' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// opentcs-kernel.log: an openTCS 6 kernel's log file (java.util.logging through openTCS' single-line formatter, local
// time, BST, no zone): `yyyy-MM-dd HH:mm:ss.SSS <LEVEL> [<thread>] <class>.<method>(): <message>`, the kernel's
// start-up, transport orders with their properties, vehicle comm adapters, a custom dock-door plugin. From memory
// (openTCS developer's guide and user's guide, not fetched).

function openTcsLog(rng) {
  const fmt = (t, [lvl, thread, where, msg]) => `${ymdHmsAt(t, BST)}.${msPart(t)} ${lvl.padEnd(7)} [${thread}] ${where}(): ${msg}`;
  const render = lines(fmt);
  const KE = 'kernelExecutor';
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', KE, 'o.o.k.v.DefaultVehicleController.onCommandExecuted', `Vehicle-${String(rng.int(1, 14)).padStart(2, '0')}: Command MovementCommand{step=Point-${digits(rng, 4)} --> Point-${digits(rng, 4)}, operation=NOP} executed.`]] }),
      () => ({ L: [['INFO', KE, 'o.o.s.r.DefaultRouter.selectRoute', `Selected route for TOrder-${digits(rng, 5)}: ${rng.int(3, 30)} steps, costs ${rng.int(1000, 90000)}.`]] }),
      () => ({ L: [['INFO', KE, 'o.o.k.w.DefaultDispatcher.assignOrders', `Assigning transport order TOrder-${digits(rng, 5)} to vehicle Vehicle-${String(rng.int(1, 14)).padStart(2, '0')}.`]] }),
      () => ({ L: [['FINE', 'vda5050-adapter', 'c.l.tcs.vda.Vda5050Adapter.onState', `state update Vehicle-${String(rng.int(1, 14)).padStart(2, '0')} headerId=${rng.int(1000, 99999)} battery=${rng.int(20, 100)} driving=${rng.pick(['true', 'false'])}`]] }),
    ])();
  const DD = 'c.l.tcs.dock.DockDoorService.open';
  const steps = [
    plant('negative', 'opentcs-kernel-web-api-access-key-masked', 'none', "The kernel prints its configuration at start-up with the web API's access key masked (`servicewebapi.accessKey = ********`): no credential.", () => ({ value: 'servicewebapi.accessKey = ********', event: { L: [['INFO', 'main', 'o.o.k.RunKernel.main', 'Starting openTCS kernel 6.2.0'], ['INFO', 'main', 'o.o.c.ConfigurationProvider.log', 'servicewebapi.bindAddress = 0.0.0.0'], ['INFO', 'main', 'o.o.c.ConfigurationProvider.log', 'servicewebapi.accessKey = ********'], ['INFO', 'main', 'o.o.c.ConfigurationProvider.log', 'servicewebapi.bindPort = 55200']] } }), { after: 0 }),
    4,
    plant('api-key-name', 'opentcs-comm-adapter-mqtt-bridge-url-tenant-key', 'error', `${WHY.apiKey('tenantKey')} The VDA 5050 adapter's connection warning writes the MQTT-over-WebSocket bridge URL, key included.`, ({ rng }) => {
      const key = rng.hex(40);
      return { value: key, event: { L: [['WARNING', 'vda5050-adapter', 'c.l.tcs.vda.MqttBridge.connect', `Connection to wss://mqtt.${LF}/vda5050?tenantKey=${key}&clientId=opentcs-kernel lost, reconnecting in 5 s`]] } };
    }),
    4,
    plant('framework-dump', 'opentcs-transport-order-properties-dump-password', 'error', "The kernel logs a new transport order with its properties as a Java map (`properties={…, wmsPassword=<password>}`): the integration put the WMS login into an order property and the kernel writes it in clear.", ({ rng }) => {
      const pw = rng.alnum(18);
      return { value: pw, event: { L: [['INFO', KE, 'o.o.k.s.StandardTransportOrderService.createTransportOrder', `Created transport order TOrder-${digits(rng, 5)}: destinations=[Location-DOCK4:LOAD], intendedVehicle=null, properties={wmsOrder=SO-${digits(rng, 7)}, wmsUser=tcs-bridge, wmsPassword=${pw}, priority=2}`]] } };
    }),
    4,
    plant('replay', 'opentcs-dock-door-gate-ticket-once', 'note', WHY.ticketFirst("A single-use dock-door ticket (`gate_ticket`) the WMS issues for one loading: the door plugin logs it with the vehicle and the address that asked. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.gate = t;
      return { value: tk, event: { L: [['INFO', 'dock-door-http', DD, `DOCK4 opened gate_ticket=${tk} vehicle=Vehicle-07 from 10.54.3.17`]] } };
    }, { ref: 'gate' }),
    2,
    plant('replay', 'opentcs-dock-door-gate-ticket-again', 'replay', '', ({ refs, t }) => ({ marks: [{ value: refs.get('gate').value, why: `${WHY.replay('gate_ticket', gap('gate', t))} Another vehicle's adapter, from another address, opened the door with the same ticket and the plugin accepted it.` }], event: { L: [['INFO', 'dock-door-http', DD, `DOCK4 opened gate_ticket=${refs.get('gate').value} vehicle=Vehicle-12 from 10.54.6.40`]] } }), { replayOf: 'gate', after: 97 }),
    4,
    plant('path-secret', 'opentcs-plugin-invitation-link', 'error', "The operator-invite plugin logs the invitation link it mailed to a new shift lead (`/invite/<token>`): valid until used.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { L: [['INFO', 'operator-invite', 'c.l.tcs.ops.InviteMailer.send', `Invitation sent to shift.lead@larkspur-freight.example: https://ops.${LF}/invite/${tok}`]] } };
    }),
    4,
    plant('negative', 'opentcs-vda5050-order-update-id', 'none', "A VDA 5050 order id with its update id, which the adapter logs: identifiers, no credential.", ({ rng }) => {
      const id = `${rng.uuid()}`;
      return { value: id, event: { L: [['FINE', 'vda5050-adapter', 'c.l.tcs.vda.Vda5050Adapter.sendOrder', `order sent orderId=${id} orderUpdateId=${rng.int(0, 9)} nodes=${rng.int(2, 9)}`]] } };
    }),
    3,
  ];
  return buildLog(rng, { start: DAY0 + 6 * HOUR + 20 * MIN, site: { host: 'tcs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// orangehrm.log: OrangeHRM 5.7's src/log/orangehrm.log, Monolog's LineFormatter (`[<date, ISO 8601 with offset>]
// <channel>.<LEVEL>: <message> <context JSON> <extra JSON>`), with the OpenID Connect login module and a payroll export
// plugin. From memory (OrangeHRM's installation guide, not fetched).

function orangeHrmLog(rng) {
  const fmt = (t, [lvl, msg, ctx = '[]']) => `[${local(t, BST).slice(0, 19)}${zone(BST)}] orangehrm.${lvl}: ${msg} ${ctx} []`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `Leave request ${rng.int(1000, 9999)} approved`, `{"empNumber":${rng.int(10, 400)}}`]] }),
      () => ({ L: [['INFO', `Payroll export batch ${rng.int(100, 999)} written (${rng.int(20, 300)} rows)`]] }),
      () => ({ L: [['WARNING', `Attendance punch out of range for employee ${rng.int(10, 400)}`, `{"device":"kiosk-${rng.int(1, 6)}"}`]] }),
      () => ({ L: [['DEBUG', `Route matched: ${rng.pick(['/api/v2/time/timesheets', '/api/v2/leave/leave-requests', '/api/v2/pim/employees'])}`]] }),
    ])();
  const OP = 'https://sso.larkspur-freight.example';
  const steps = [
    3,
    plant('negative', 'orangehrm-csrf-token-in-context', 'none', "The login form's `_token` (a CSRF token) written in a validation warning's context: no credential.", ({ rng }) => {
      const v = rng.b64url(43);
      return { value: v, event: { L: [['WARNING', 'Login form validation failed', `{"username":"d.ashworth","_token":"${v}"}`]] } };
    }),
    3,
    plant('oauth-code', 'orangehrm-oidc-callback-exception-context-url', 'warning', `${WHY.code} The OpenID Connect module's exception puts the callback URL into the context.`, ({ rng }) => {
      const code = rng.b64url(43);
      return { value: code, event: { L: [['ERROR', 'OpenID Connect authentication failed: invalid_grant', `{"url":"https://hr.${LF}/web/index.php/openidauth/openIdCredentials?code=${code}&state=${rng.hex(32)}","provider":2}`]] } };
    }),
    3,
    plant('id-token', 'orangehrm-oidc-claims-error-id-token', 'error', "The module logs the ID token whose `email` claim matched no employee, with the line's time and offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(5, 60), jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: OP, sub: rng.uuid(), aud: 'orangehrm', email: 'k.mensah@larkspur-freight.example', nonce: rng.hex(16) } });
      return { value: token, jwt: facts, event: { L: [['ERROR', 'No employee matches the OpenID user', `{"id_token":"${token}"}`]] } };
    }),
    3,
    plant('refresh-token', 'orangehrm-payroll-plugin-token-response-context', 'error', `${WHY.refresh} The payroll export plugin logs the payroll bureau's token answer in its debug context.`, ({ rng }) => {
      const rt = `prb_rt_${rng.alnum(48)}`;
      return { value: rt, event: { L: [['DEBUG', 'Payroll bureau token refreshed', `{"response":{"access_token":"${'*'.repeat(12)}","token_type":"bearer","expires_in":1800,"refresh_token":"${rt}"}}`]] } };
    }),
    3,
    plant('path-secret', 'orangehrm-reset-password-code-url', 'error', WHY.pathSecret("A password reset link (`/auth/resetPassword/resetCode/<code>`) the mailer failed to send and logged"), ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { L: [['ERROR', 'Mail transport error: Connection could not be established with host smtp.larkspur-freight.example', `{"to":"p.ostrowski@example.net","link":"https://hr.${LF}/web/index.php/auth/resetPassword/resetCode/${code}"}`]] } };
    }),
    3,
    plant('session-id', 'orangehrm-debug-request-cookies-orangehrm', 'error', WHY.session("A debug listener logs the request's cookies; `_orangehrm` is the session cookie"), ({ rng }) => {
      const sid = rng.lowerNum(26);
      return { value: sid, event: { L: [['DEBUG', 'Request cookies', `{"_orangehrm":"${sid}","Loggedin":"True","lang":"en_GB"}`]] } };
    }),
    3,
    plant('negative', 'orangehrm-employee-uuid', 'none', "An employee's external id that the payroll export logs: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', 'Employee synced to payroll bureau', `{"externalId":"${id}","empNumber":${rng.int(10, 400)}}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 8 * HOUR, site: { host: 'hr' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// openbravo.log: an Openbravo 24 (Tomcat 9) `openbravo.log` through log4j2's pattern
// `%d [%t] %-5p %c - %m%n` (local time, BST, no zone) with the mobile core's Web POS requests and its client error
// reports. From memory (Openbravo's wiki on log4j2 configuration, not fetched).

function openbravoLog(rng) {
  const fmt = (t, [lvl, logger, msg]) => `${ymdHmsAt(t, BST)},${msPart(t)} [http-nio-8080-exec-${rng.int(1, 40)}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
  const render = lines(fmt);
  const MS = 'org.openbravo.mobile.core.MobileServiceProcessor';
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', MS, `Executed org.openbravo.retail.posterminal.OrderLoader in ${rng.int(40, 900)} ms (terminal LF-COUNTER-${rng.int(1, 3)})`]] }),
      () => ({ L: [['INFO', 'org.openbravo.retail.posterminal.ProcessCashClose', `Cash up ${rng.hex(32).toUpperCase()} processed`]] }),
      () => ({ L: [['WARN', 'org.openbravo.service.importprocess.ImportEntryManager', `Import entry queue size ${rng.int(10, 400)}`]] }),
      () => ({ L: [['INFO', 'org.openbravo.base.session.OBPropertiesProvider', 'Loaded Openbravo.properties']] }),
    ])();
  const steps = [
    3,
    plant('negative', 'openbravo-terminal-cash-up-id', 'none', "A POS terminal's cash-up id (32 hex digits, Openbravo's UUID form): an identifier, no credential.", ({ rng }) => {
      const id = rng.hex(32).toUpperCase();
      return { value: id, event: { L: [['INFO', 'org.openbravo.retail.posterminal.master.Cashup', `Cashup ${id} opened by user counter1`]] } };
    }),
    3,
    plant('api-key-name', 'openbravo-payment-provider-url-merchant-key', 'error', `${WHY.apiKey('merchantKey')} The card payment connector's error writes the terminal gateway URL with the key in the query.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [['ERROR', 'com.larkspur.pos.payment.CardGateway', `Payment request failed: 502 Bad Gateway from https://pay.cardgate.example/v1/terminals/LF-COUNTER-2/sale?merchantKey=${key}&amount=48.60&currency=GBP`]] } };
    }),
    3,
    plant('implicit-fragment', 'openbravo-web-pos-client-error-location-href', 'error', "The Web POS reports a client error with its `location.href`, which still holds the implicit-flow fragment (`#access_token=…`) of the back-office SSO.", ({ rng }) => {
      const at = rng.b64url(44);
      return { value: at, event: { L: [['ERROR', 'org.openbravo.mobile.core.utils.ClientErrorLogger', `Client error from terminal LF-COUNTER-1: TypeError: Cannot read properties of undefined (reading 'orgId') at https://pos.${LF}/web/pos/?terminal=LF-COUNTER-1#access_token=${at}&token_type=Bearer&expires_in=3600`]] } };
    }),
    3,
    plant('session-id', 'openbravo-ws-url-jsessionid-on-client-log', 'error', WHY.session("The Web POS client log relayed to the server holds a request URL with `;jsessionid=`"), ({ rng }) => {
      const sid = rng.hex(32).toUpperCase();
      return { value: sid, event: { L: [['WARN', 'org.openbravo.mobile.core.utils.ClientErrorLogger', `Client log from terminal LF-COUNTER-3: request timeout POST /openbravo/org.openbravo.mobile.core.service.jsonrest/org.openbravo.retail.posterminal.OrderLoader;jsessionid=${sid}`]] } };
    }),
    3,
    plant('header-dump', 'openbravo-connector-debug-x-auth-token', 'error', "The stock connector's debug line writes its request headers as a Java map (`{X-Auth-Token=[<token>], …}`): the warehouse system's service token.", ({ rng }) => {
      const tok = `lfw_${rng.alnum(44)}`;
      return { value: tok, event: { L: [['DEBUG', 'com.larkspur.pos.stock.WmsStockClient', `GET https://wms.${LF}/api/stock?sku=LF-${digits(rng, 6)} headers={Accept=[application/json], X-Auth-Token=[${tok}]}`]] } };
    }),
    3,
    plant('encoded', 'openbravo-receipt-print-url-percent-encoded-json-key', 'error', "The receipt printing hook logs the print server URL whose `job` parameter is percent-encoded JSON with the print server's key (`job=%7B%22key%22%3A%22…`).", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, needle: key, event: { L: [['WARN', 'com.larkspur.pos.print.ReceiptHook', `Print server slow (${rng.int(2000, 9000)} ms): http://10.54.8.20:8090/print?job=%7B%22printer%22%3A%22counter-2%22%2C%22key%22%3A%22${key}%22%7D`]] } };
    }),
    3,
    plant('embed-jwt', 'openbravo-dashboard-widget-embed-jwt-no-exp', 'error', "A back-office dashboard widget loads a sales report through `/embed/<JWT>` and the widget's error writes the URL: a token without `exp`", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { age: rng.int(86400 * 10, 86400 * 60), claims: { iss: `https://reports.${LF}`, resource: { dashboard: 14 }, params: { store: 'leeds-counter' } } });
      return { value: token, jwt: facts, event: { L: [['ERROR', 'com.larkspur.pos.widget.SalesWidget', `Widget load failed for https://reports.${LF}/embed/dashboard/${token}#bordered=false: java.net.SocketTimeoutException: Read timed out`]] } };
    }),
    3,
    plant('negative', 'openbravo-masked-card-pan', 'none', "A masked card number (`**** **** **** <4>`) on a payment line: no credential.", ({ rng }) => {
      const v = `**** **** **** ${digits(rng, 4)}`;
      return { value: v, event: { L: [['INFO', 'com.larkspur.pos.payment.CardGateway', `Sale approved card=${v} auth=${upperNum(rng, 6)} amount=12.40`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 9 * HOUR, site: { host: 'pos' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// idempiere.log: an iDempiere 11 server log (`log/idempiere.<date>_<n>.log`, its CLogFormatter: `HH:mm:ss.SSS
// <class>.<method>: <message> [<thread>]`, warnings and errors prefixed `-----------> ` and `===========> `, local time
// of day). From memory (iDempiere wiki, not fetched).

function idempiereLog(rng) {
  const fmt = (t, [lvl, where, msg]) => `${local(t, BST).slice(11, 23)} ${lvl === 'SEVERE' ? '===========> ' : lvl === 'WARNING' ? '-----------> ' : ''}${where}: ${msg} [${rng.int(20, 90)}]`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'MInOut.completeIt', `Shipment LF-SH-${digits(rng, 6)} completed, lines=${rng.int(1, 30)}`]] }),
      () => ({ L: [['INFO', 'Scheduler.run', `Replenish Report (AD_Scheduler_ID=${rng.int(1000000, 1000099)}) ok`]] }),
      () => ({ L: [['WARNING', 'MStorageOnHand.add', `Negative on hand for M_Product_ID=${rng.int(1000000, 1009999)} in M_Locator_ID=${rng.int(1000000, 1000099)}`]] }),
      () => ({ L: [['INFO', 'Login.loadPreferences', `AD_User_ID=${rng.int(1000000, 1000099)} Larkspur Leeds DC`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'idempiere-mail-password-masked', 'none', "The mail setup test prints the SMTP login with the password masked (`Password=*****`): no credential.", () => ({ value: 'Password=*****', event: { L: [['INFO', 'EMail.send', 'Host=smtp.larkspur-freight.example, User=erp-mailer, Password=*****, StartTLS=true']] } })),
    3,
    plant('oauth-code', 'idempiere-oauth2-mail-callback-query', 'warning', `${WHY.code} iDempiere's OAuth2 mail setup logs the redirect it received.`, ({ rng }) => {
      const code = `M.C5${digits(rng, 2)}_BAY.2.U.${rng.b64url(36)}`;
      return { value: code, event: { L: [['INFO', 'MAuthorizationAccount.processToken', `Callback /webui/oauth2?code=${code}&state=${rng.hex(24)}&session_state=${rng.uuid()}`]] } };
    }),
    3,
    plant('webhook', 'idempiere-rocket-chat-webhook-error', 'error', WHY.webhook("A Rocket.Chat incoming webhook (`/hooks/<id>/<token>`) a custom process posts stock alerts to; its error writes the URL (the token is the secret part)"), ({ rng }) => {
      const tok = rng.alnum(48);
      return { value: tok, event: { L: [['SEVERE', 'StockAlertProcess.doIt', `Post to https://chat.${LF}/hooks/${rng.alnum(24)}/${tok} failed: HTTP 500`]] } };
    }),
    3,
    plant('api-key-name', 'idempiere-carrier-label-url-access-code', 'error', `${WHY.apiKey('accessCode')} The carrier label process writes the label service URL on a warning.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [['WARNING', 'CarrierLabelProcess.doIt', `Label service returned 429 for https://labels.parcelcarrier.example/v3/labels?accessCode=${key}&shipment=LF-SH-${digits(rng, 6)}`]] } };
    }),
    3,
    plant('framework-dump', 'idempiere-process-parameter-dump-password', 'error', "iDempiere logs a process' parameters at start (`ProcessInfoParameter[…]`) one a line; the SFTP export process takes its password as a parameter and the dump writes it in clear.", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { L: [['INFO', 'SvrProcess.prepare', `ProcessInfoParameter[Host=sftp.payroll-bureau.example]`], ['INFO', 'SvrProcess.prepare', `ProcessInfoParameter[SftpUser=larkspur_erp]`], ['INFO', 'SvrProcess.prepare', `ProcessInfoParameter[SftpPassword=${pw}]`]] } };
    }),
    3,
    plant('path-secret', 'idempiere-portal-email-verification-link', 'error', WHY.pathSecret("A supplier portal e-mail verification link (`/portal/verify/<token>`) the registration process logs"), ({ rng }) => {
      const tok = rng.b64url(36);
      return { value: tok, event: { L: [['INFO', 'SupplierRegistration.doIt', `Verification mail queued for accounts@haulage-partner.example: https://erp.${LF}/portal/verify/${tok}`]] } };
    }),
    3,
    plant('negative', 'idempiere-record-uuid', 'none', "A record's `_UU` column value (a UUID) in a change log message: an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', 'MChangeLog.saveEx', `M_InOut_UU=${id} DocStatus CO`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 10 * HOUR, site: { host: 'erp' }, filler, render, steps });
}

// =====================================================================================================================
// Asom Xiksha aru Xeva Porishad (Assamese; Guwahati: IST, UTC+5:30)
// =====================================================================================================================

const AX = 'axxp.example';

// ---------------------------------------------------------------------------------------------------------------------
// proxy.log: /var/log/xroad/proxy.log of an X-Road 7 security server (logback, `yyyy-MM-dd HH:mm:ss,SSSXXX [<thread>]
// <LEVEL> <logger, abbreviated> - <message>`), with the REST adapter of a member's e-services and a custom message
// logger. From memory (X-Road's security server user guide, "System services and logs", not fetched).

function xroadProxyLog(rng) {
  const fmt = (t, [lvl, logger, msg]) => `${local(t, IST).slice(0, 19).replace('T', ' ')},${msPart(t)}${zone(IST)} [qtp${rng.int(100000000, 999999999)}-${rng.int(20, 90)}] ${lvl} ${logger} - ${msg}`;
  const render = lines(fmt);
  const SM = 'e.r.x.p.s.ServerMessageProcessor';
  const CM = 'e.r.x.p.c.ClientRestMessageProcessor';
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', CM, `Processing REST request for service AS:GOV:${rng.int(1000000, 9999999)}:axxp:${rng.pick(['porikhya-result', 'praman-potro', 'abedon-status'])}/v1`]] }),
      () => ({ L: [['INFO', SM, `Received message for client AS:GOV:${rng.int(1000000, 9999999)}:axxp, queryId=${rng.uuid()}`]] }),
      () => ({ L: [['DEBUG', 'e.r.x.c.c.GlobalConf', 'Global configuration reloaded']] }),
      () => ({ L: [['WARN', 'e.r.x.p.c.ClientProxyHandler', `Request took ${rng.int(3000, 12000)} ms`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'xroad-query-id', 'none', "X-Road's `queryId` of a message (a UUID): an identifier, no credential.", ({ rng }) => {
      const id = rng.uuid();
      return { value: id, event: { L: [['INFO', SM, `Message logged: queryId=${id}, service=porikhya-result`]] } };
    }),
    3,
    plant('header-dump', 'xroad-rest-adapter-request-headers-bearer-jwt', 'error', "The member's REST adapter logs the headers of the request it forwards, before and after the call (a Java map, `{Authorization=Bearer <JWT>, …}`): the caller's access token, on lines with their offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 1800, age: rng.int(30, 600), jti: true, claims: { iss: `https://porisoy.${AX}`, sub: 'svc-xeva-kendra', aud: 'xroad-rest', scope: 'abedon:read' } });
      const h = `{Authorization=Bearer ${token}, X-Road-Client=AS/GOV/4719012/xeva-kendra, Accept=application/json}`;
      return { value: token, jwt: facts, event: { L: [['DEBUG', 'a.x.adapter.RestForwarder', `→ GET /r1/AS/GOV/4719012/axxp/abedon-status/v1/abedon/${digits(rng, 8)} headers=${h}`], ['DEBUG', 'a.x.adapter.RestForwarder', `← 200 in ${rng.int(40, 900)} ms headers=${h}`]] } };
    }),
    3,
    plant('api-key-name', 'xroad-rest-adapter-backend-url-sabi', 'error', `${WHY.apiKey('sabi')} (\`sabi\`, "key"). The adapter's connection error writes the backend URL with the key in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['ERROR', 'a.x.adapter.RestForwarder', `সংযোগ বিফল হ'ল (connection failed): http://10.54.2.31:8080/praman-potro/api?sabi=${key}&dhoron=jonmo`]] } };
    }),
    3,
    plant('framework-dump', 'xroad-rest-adapter-form-params-guptosobdo', 'error', "The adapter dumps a form body's parameters as a map (`params={porisoy_no=…, guptosobdo=<password>}`, `guptosobdo` \"password\"): a citizen's password in clear.", ({ rng }) => {
      const pw = rng.alnum(14);
      return { value: pw, event: { L: [['DEBUG', 'a.x.adapter.FormDumper', `POST /r1/AS/GOV/4719012/axxp/xeva-login/v1 params={porisoy_no=${digits(rng, 12)}, guptosobdo=${pw}, bhasha=as}`]] } };
    }),
    3,
    plant('session-id', 'xroad-rest-adapter-set-cookie-adhibexon', 'error', WHY.session("The adapter logs the e-services portal's answer headers, `Set-Cookie: adhibexon=…` (\"session\")"), ({ rng }) => {
      const sid = rng.b64url(40);
      return { value: sid, event: { L: [['DEBUG', 'a.x.adapter.RestForwarder', `response headers {Content-Type=application/json, Set-Cookie=adhibexon=${sid}; Path=/; Secure; HttpOnly}`]] } };
    }),
    3,
    plant('id-token', 'xroad-rest-adapter-id-token-hint-logout-url', 'error', "The adapter logs the logout redirect it builds for the citizen portal, `id_token_hint` included, with the line's offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 600, age: rng.int(30, 300), alg: 'RS256', kid: rng.hex(10), claims: { iss: `https://porisoy.${AX}`, sub: rng.uuid(), aud: 'xeva-portal', acr: 'aadhaar-otp' } });
      return { value: token, jwt: facts, event: { L: [['INFO', 'a.x.adapter.LogoutRedirect', `redirect https://porisoy.${AX}/oidc/logout?id_token_hint=${token}&post_logout_redirect_uri=https%3A%2F%2Fxeva.${AX}%2F`]] } };
    }),
    3,
    plant('refresh-token', 'xroad-rest-adapter-token-answer-json', 'error', `${WHY.refresh} The adapter logs the identity provider's token answer when it caches a new token.`, ({ rng }) => {
      const rt = rng.b64url(52);
      return { value: rt, event: { L: [['DEBUG', 'a.x.adapter.TokenCache', `cached token answer {"access_token":"(omitted)","expires_in":300,"refresh_expires_in":1800,"refresh_token":"${rt}","token_type":"Bearer"}`]] } };
    }),
    3,
    plant('negative', 'xroad-message-hash', 'none', "The message log's SHA-512 hash of a request (base64): a digest, no credential.", ({ rng }) => {
      const v = rng.bytes(64).toString('base64');
      return { value: v, event: { L: [['DEBUG', 'e.r.x.m.LogArchiver', `Archived message hash=${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR, site: { host: 'xroad' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// ilias.log: an ILIAS 9 log file (Monolog through ILIAS' logger: `[<date with offset>] <channel>.<LEVEL>:
// [<component>] <class>::<method>:<line> <message> [] []`), with the OpenID Connect auth, LTI and the exam portal.
// From memory (ILIAS' setup documentation on logging, not fetched).

function iliasLog(rng) {
  const fmt = (t, [lvl, comp, where, msg]) => `[${local(t, IST).slice(0, 19)}${zone(IST)}] ilias.${lvl}: [${comp}] ${where} ${msg} [] []`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'auth', 'ilAuthFrontend::handleAuthenticationSuccess:' + rng.int(100, 300), `Authentication successful for user ${rng.int(1000, 99999)}`]] }),
      () => ({ L: [['INFO', 'tst', 'ilTestPlayerAbstractGUI::finishTestCmd:' + rng.int(100, 900), `পৰীক্ষা সমাপ্ত (exam finished) active_id=${rng.int(1000, 99999)}`]] }),
      () => ({ L: [['DEBUG', 'cron', 'ilCronManager::runJob:' + rng.int(100, 300), `Job ${rng.pick(['mail_notification', 'book_notification', 'lm_link_check'])} finished`]] }),
      () => ({ L: [['WARNING', 'mail', 'ilMailMimeTransportBase::send:' + rng.int(100, 200), `Mail queue delay ${rng.int(20, 400)} s`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'ilias-rtoken', 'none', "ILIAS' `rtoken` (its CSRF token) in a logged command URL: no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { L: [['DEBUG', 'init', 'ilCtrl::redirect:' + rng.int(100, 600), `ilias.php?baseClass=ilrepositorygui&cmd=confirmedDelete&rtoken=${v}&ref_id=${rng.int(100, 900)}`]] } };
    }),
    3,
    plant('oauth-code', 'ilias-oidc-callback-exception-url', 'warning', `${WHY.code} ILIAS' OpenID Connect plugin fails to exchange it and logs the callback URL.`, ({ rng }) => {
      const code = rng.b64url(40);
      return { value: code, event: { L: [['ERROR', 'auth', 'ilAuthProviderOpenIdConnect::doAuthentication:' + rng.int(100, 300), `প্ৰমাণীকৰণ বিফল (authentication failed): /openidconnect.php?code=${code}&state=${rng.hex(32)}`]] } };
    }),
    3,
    plant('implicit-fragment', 'ilias-lti-launch-return-url-fragment', 'error', "An LTI tool's return URL logged by ILIAS still carries the tool's implicit-flow fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [['WARNING', 'lti', 'ilLTIConsumerResultService::handleRequest:' + rng.int(50, 200), `unexpected return_url https://lab.${AX}/lti/done#access_token=${at}&token_type=bearer`]] } };
    }),
    3,
    plant('refresh-token', 'ilias-plugin-token-store-debug', 'error', `${WHY.refresh} A video plugin logs the token it stores for the lecture platform.`, ({ rng }) => {
      const rt = rng.alnum(64);
      return { value: rt, event: { L: [['DEBUG', 'xvid', 'ilVideoPlugin::storeToken:' + rng.int(40, 90), `token stored expires_in=3599 refresh_token=${rt}`]] } };
    }),
    3,
    plant('path-secret', 'ilias-registration-code-link-nimontron', 'error', WHY.pathSecret("An invitation link to the exam portal (`/nimontron/<token>`, \"invitation\") the registration mailer logs"), ({ rng }) => {
      const tok = rng.b64url(30);
      return { value: tok, event: { L: [['INFO', 'reg', 'ilRegistrationMailNotification::send:' + rng.int(50, 200), `নিমন্ত্ৰণ পঠোৱা হ'ল (invitation sent): https://porikhya.${AX}/nimontron/${tok}`]] } };
    }),
    3,
    plant('session-id', 'ilias-session-debug-phpsessid-client', 'error', WHY.session("ILIAS' session debug line names the session id and the client"), ({ rng }) => {
      const sid = rng.lowerNum(32);
      return { value: sid, event: { L: [['DEBUG', 'init', 'ilSession::_writeData:' + rng.int(100, 300), `write session ${sid} for client axxp_porikhya`]] } };
    }),
    3,
    plant('embed-jwt', 'ilias-page-editor-embed-jwt-120s', 'warning', "A page in the exam portal embeds a results chart through `/embed/<JWT>`; the page editor's link check logs the URL at a time with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 120, age: rng.int(5, 40), claims: { iss: `https://fol.${AX}`, chart: 'porikhya-fol-2027', exam: 'HSLC' } });
      return { value: token, jwt: facts, event: { L: [['WARNING', 'copg', 'ilPCIIMTrigger::checkLink:' + rng.int(50, 200), `iframe source unreachable: https://fol.${AX}/embed/${token}`]] } };
    }),
    3,
    plant('negative', 'ilias-file-checksum', 'none', "The SHA-256 checksum of an uploaded answer file: a digest, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { L: [['INFO', 'file', 'ilFileObjectDatabaseObjective::upload:' + rng.int(50, 200), `uploaded uttor-${digits(rng, 6)}.pdf sha256=${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'ilias' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// SebClient.log: a Safe Exam Browser 3.8 for Windows client log (`%LocalAppData%\SafeExamBrowser\Logs\…_Client.log`):
// `yyyy-MM-dd HH:mm:ss.fff [<thread, 2 digits>] - <LEVEL>: <message>` (local time, no zone), the browser's navigation
// and request lines, the configuration's start URL. From memory (safeexambrowser.org's Windows user manual, not
// fetched).

function sebClientLog(rng) {
  const fmt = (t, [lvl, msg]) => `${ymdHmsAt(t, IST)}.${msPart(t)} [${String(rng.int(1, 30)).padStart(2, '0')}] - ${lvl}: ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `[BrowserApplication] Tab #${rng.int(1, 3)}: Loaded page 'https://porikhya.${AX}/ilias.php?baseClass=ilobjtestgui&ref_id=${rng.int(100, 900)}'.`]] }),
      () => ({ L: [['DEBUG', `[Monitoring] Detected ${rng.int(0, 2)} display(s), battery ${rng.int(20, 100)}%.`]] }),
      () => ({ L: [['INFO', `[Runtime] Client heartbeat ok (${rng.int(10, 90)} ms).`]] }),
      () => ({ L: [['WARNING', `[Proctoring] Screen proctoring upload delayed by ${rng.int(2, 30)} s.`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'seb-config-key-hash-header', 'none', "SEB's `X-SafeExamBrowser-ConfigKeyHash` header: a SHA-256 hash over the URL and the configuration key, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { L: [['DEBUG', `[BrowserApplication] Request headers added: X-SafeExamBrowser-ConfigKeyHash=${v}.`]] } };
    }),
    3,
    plant('path-secret', 'seb-start-url-exam-link', 'error', "The exam's start link (`/porikhya/arombho/<token>`, \"exam start\") in the configuration's start URL, which SEB logs when it loads the configuration: whoever opens it enters the candidate's exam until it expires.", ({ rng }) => {
      const tok = rng.b64url(32);
      return { value: tok, event: { L: [['INFO', `[Configuration] Start URL: 'https://porikhya.${AX}/porikhya/arombho/${tok}'.`]] } };
    }),
    3,
    plant('implicit-fragment', 'seb-navigation-fragment-two-lines', 'error', "The browser logs the navigation and the loaded page with the implicit-flow fragment (`#access_token=…`) of the candidate login.", ({ rng }) => {
      const at = rng.b64url(42);
      const url = `https://porikhya.${AX}/candidate/#access_token=${at}&token_type=Bearer&expires_in=7200`;
      return { value: at, event: { L: [['DEBUG', `[BrowserApplication] Tab #1: Navigation requested to '${url}'.`], ['INFO', `[BrowserApplication] Tab #1: Loaded page '${url}'.`]] } };
    }),
    3,
    plant('api-key-name', 'seb-proctoring-upload-url-proctor-sabi', 'error', `${WHY.apiKey('proctor_sabi')} The screen proctoring service's upload URL, written on a failed upload.`, ({ rng }) => {
      const key = rng.alnum(40);
      return { value: key, event: { L: [['ERROR', `[Proctoring] Upload failed: https://proctor.${AX}/v1/screens?proctor_sabi=${key}&session=${rng.int(1000, 9999)} (503).`]] } };
    }),
    3,
    plant('replay', 'seb-quit-link-one-time-code-once', 'note', WHY.ticketFirst("A one-time exit code (`ebaror_kod`, \"one-time code\") in the quit link the invigilator's page opens; SEB logs the link when it quits. The code is"), ({ rng }) => {
      const code = rng.b64url(20);
      return { value: code, event: { L: [['INFO', `[BrowserApplication] Quit URL detected: 'https://porikhya.${AX}/xomapti?ebaror_kod=${code}'.`]] } };
    }),
    3,
    plant('encoded', 'seb-request-filter-percent-encoded-twice', 'error', "The request filter blocks a link to the results service whose `next` parameter is a URL percent-encoded twice with a `sabi` inside (`sabi%253D…`).", ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['WARNING', `[RequestFilter] Blocked request to 'https://fol.${AX}/redirect?next=https%253A%252F%252Ffol-api.${AX}%252Fv1%252Ffol%253Fsabi%253D${key}'.`]] } };
    }),
    3,
    plant('negative', 'seb-browser-exam-key-hash-header', 'none', "SEB's `X-SafeExamBrowser-RequestHash` header: a hash over the URL and the Browser Exam Key, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { L: [['DEBUG', `[BrowserApplication] Request headers added: X-SafeExamBrowser-RequestHash=${v}.`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 4 * HOUR + 30 * MIN, site: { host: 'seb' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// satnogs-client.log: `journalctl -u satnogs-client -o short-iso` of a SatNOGS client 1.9 ground station:
// `<ISO time with offset> <host> satnogs-client[<pid>]: <asctime> - <logger> - <LEVEL> - <message>`, the scheduler's
// jobs, the flowgraph, the post-observation script's output. From memory (SatNOGS wiki, "SatNOGS Client", not fetched).

function satnogsLog(rng) {
  const fmt = (t, [lvl, logger, msg]) => `${local(t, IST).slice(0, 19)}${zone(IST, false)} gs-axxp satnogs-client[${rng.int(800, 900)}]: ${ymdHmsAt(t, IST)},${msPart(t)} - ${logger} - ${lvl} - ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', 'satnogsclient.scheduler.tasks', `Received job for observation ${rng.int(10000000, 12000000)}, starting at ${iso(DAY0 + rng.int(0, 86400000)).slice(0, 19)}Z`]] }),
      () => ({ L: [['INFO', 'satnogsclient.observer.observer', `উপগ্ৰহ পাছ আৰম্ভ (satellite pass started) norad=${rng.pick([25544, 43017, 40069, 57183])}`]] }),
      () => ({ L: [['INFO', 'satnogsclient.upload', `Upload successful for waterfall_${rng.int(10000000, 12000000)}.png`]] }),
      () => ({ L: [['WARNING', 'satnogsclient.rotator', `Rotator offset ${(rng.int(1, 40) / 10).toFixed(1)} deg`]] }),
    ])();
  const PS = 'satnogsclient.observer.observer';
  const steps = [
    3,
    plant('negative', 'satnogs-api-token-masked', 'none', "The client's configuration listing at start-up masks its network API token (`SATNOGS_API_TOKEN = ****`): no credential.", () => ({ value: 'SATNOGS_API_TOKEN = ****', event: { L: [['INFO', 'satnogsclient', 'SATNOGS_STATION_ID = 3417'], ['INFO', 'satnogsclient', 'SATNOGS_API_TOKEN = ****'], ['INFO', 'satnogsclient', 'SATNOGS_POST_OBSERVATION_SCRIPT = /opt/axxp/bin/post-obs.sh']] } })),
    3,
    plant('api-key-name', 'satnogs-post-observation-script-url-api-sabi', 'error', `${WHY.apiKey('api_sabi')} The post-observation script uploads the decoded frames to the centre's archive and its curl error goes to the client's log.`, ({ rng }) => {
      const key = rng.alnum(36);
      return { value: key, event: { L: [['WARNING', PS, `post-observation script: curl: (22) The requested URL returned error: 502 https://bhoral.${AX}/v1/frames?api_sabi=${key}&obs=${rng.int(10000000, 12000000)}`]] } };
    }),
    3,
    plant('webhook', 'satnogs-post-observation-gotify-token', 'error', WHY.webhook("A Gotify message URL (`/message?token=<app token>`) the script notifies the duty officer through; its error writes the URL"), ({ rng }) => {
      const tok = rng.alnum(15);
      return { value: tok, event: { L: [['WARNING', PS, `post-observation script: notify failed POST https://gotify.${AX}/message?token=${tok} (timeout)`]] } };
    }),
    3,
    plant('encoded', 'satnogs-post-observation-base64-userinfo', 'error', "The script echoes its archive login as an `Authorization: Basic` value it built itself, base64 of `user:password` passed in a `--auth-b64` argument.", ({ rng }) => {
      const b = b64Of(`gs-axxp:${rng.alnum(18)}`);
      return { value: b, event: { L: [['INFO', PS, `post-observation script: + /opt/axxp/bin/archive-upload --auth-b64 ${b} --obs 1141${digits(rng, 4)}`]] } };
    }),
    3,
    plant('path-secret', 'satnogs-post-observation-share-link', 'error', "The script logs the share link it created for the pass's decoded images (`/bhag/<token>`, \"share\"): the link opens them until it is revoked.", ({ rng }) => {
      const tok = rng.b64url(26);
      return { value: tok, event: { L: [['INFO', PS, `post-observation script: শ্বেয়াৰ লিংক (share link) https://bhoral.${AX}/bhag/${tok}`]] } };
    }),
    3,
    plant('negative', 'satnogs-observation-artifact-hash', 'none', "The SHA-256 of a decoded frame file the artifact uploader logs: a digest, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { L: [['INFO', 'satnogsclient.upload', `artifact data_${rng.int(10000000, 12000000)}_0.bin sha256 ${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR, site: { host: 'gs' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// yamcs-server.log: a Yamcs 5.10 server log (`yamcs-server.log.0`, Yamcs' console format with the date:
// `yyyy-MM-dd HH:mm:ss.SSS+ZZZZ <instance> [<thread>] <class> <LEVEL> <message>`), with the HTTP server, the OpenID
// Connect auth module and an instance's TM link to the ground station. From memory (yamcs.org server manual, not
// fetched).

function yamcsLog(rng) {
  const fmt = (t, [inst, cls, lvl, msg]) => `${ymdHmsAt(t, IST)}.${msPart(t)}${zone(IST, false)} ${inst} [${rng.int(1, 60)}] ${cls} ${lvl} ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['assac', 'TcpTmDataLink', 'INFO', `Link tm-gs: ${rng.int(100, 9000)} packets received`]] }),
      () => ({ L: [['_global', 'HttpServer', 'INFO', `${rng.pick(['GET', 'GET', 'POST'])} /api/archive/assac/${rng.pick(['parameters', 'packets', 'events'])} ${rng.pick([200, 200, 404])} ${rng.int(2, 400)}ms`]] }),
      () => ({ L: [['assac', 'XtceTmRecorder', 'INFO', `Recorded ${rng.int(10, 900)} packets`]] }),
      () => ({ L: [['assac', 'AlarmServer', 'WARNING', `Alarm ${rng.pick(['/AXSAT/battery_v', '/AXSAT/temp_obc'])} WARNING_LOW`]] }),
    ])();
  const HS = 'HttpRequestHandler';
  const steps = [
    3,
    plant('negative', 'yamcs-csrf-cookie-xsrf', 'none', "Yamcs web's `X-XSRF-TOKEN` value in a request debug line: a CSRF token, no credential.", ({ rng }) => {
      const v = rng.uuid();
      return { value: v, event: { L: [['_global', HS, 'FINE', `POST /api/processors/assac/realtime/commands X-XSRF-TOKEN: ${v}`]] } };
    }),
    3,
    plant('header-dump', 'yamcs-http-debug-request-header-lines-bearer-jwt', 'error', "The HTTP server's debug dump of a request writes `Authorization: Bearer <JWT>` on its own line: a mission operator's access token, on a line with its offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 43200, age: rng.int(600, 7200), claims: { iss: `https://porisoy.${AX}`, sub: 'op.bhuyan', aud: 'yamcs', roles: ['operator'] } });
      return { value: token, jwt: facts, event: { L: [['_global', HS, 'FINE', 'GET /api/mdb/assac/parameters HTTP/1.1'], ['_global', HS, 'FINE', 'Host: yamcs.axxp.example'], ['_global', HS, 'FINE', `Authorization: Bearer ${token}`], ['_global', HS, 'FINE', 'Accept: application/json']] } };
    }),
    3,
    plant('id-token', 'yamcs-openid-auth-expired-id-token', 'note', "The OpenID Connect module rejects an ID token that had expired an hour before and logs it with the line's offset", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 7200, jti: true, alg: 'RS256', kid: rng.hex(8), claims: { iss: `https://porisoy.${AX}`, sub: 'op.kalita', aud: 'yamcs' } });
      return { value: token, jwt: facts, event: { L: [['_global', 'OpenIdAuthModule', 'WARNING', `Rejected id_token=${token}: token expired`]] } };
    }),
    3,
    plant('embed-jwt', 'yamcs-web-display-embed-jwt-1h-jti', 'error', "A public pass display is embedded through `/embed/<JWT>` and the HTTP server's 404 line writes the path", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(60, 900), jti: true, claims: { iss: `https://yamcs.${AX}`, display: 'pass-overview', instance: 'assac' } });
      return { value: token, jwt: facts, event: { L: [['_global', 'HttpServer', 'INFO', `GET /embed/${token} 404 3ms`]] } };
    }),
    3,
    plant('session-id', 'yamcs-http-debug-cookie-line', 'error', WHY.session("The same debug dump of another request writes its `Cookie:` line with the web session (`yamcs-session`)"), ({ rng }) => {
      const sid = rng.b64url(32);
      return { value: sid, event: { L: [['_global', HS, 'FINE', 'GET /api/user HTTP/1.1'], ['_global', HS, 'FINE', `Cookie: yamcs-session=${sid}; lang=as`]] } };
    }),
    3,
    plant('api-key-name', 'yamcs-tm-link-url-link-sabi', 'error', `${WHY.apiKey('link_sabi')} The TM link's configuration error writes the station's stream URL, key included.`, ({ rng }) => {
      const key = rng.hex(32);
      return { value: key, event: { L: [['assac', 'WebSocketTmLink', 'SEVERE', `Cannot connect to wss://gs-axxp.${AX}/tm?link_sabi=${key}: Connection refused`]] } };
    }),
    3,
    plant('framework-dump', 'yamcs-link-args-dump-password', 'error', "Yamcs logs a data link's arguments at start-up as a map (`args: {host=…, user=…, password=<password>}`): the station's FTP login in clear.", ({ rng }) => {
      const pw = rng.alnum(16);
      return { value: pw, event: { L: [['assac', 'FileTransferLink', 'INFO', `Starting link ftp-gs with args: {host=gs-axxp.${AX}, port=21, user=yamcs, password=${pw}, passive=true}`]] } };
    }),
    3,
    plant('encoded', 'yamcs-command-history-hex-base64-credentials', 'error', "A command's argument logged by the command history is base64 JSON with the payload's upload key (`{\"k\":…}`).", ({ rng }) => {
      const b = b64Of(JSON.stringify({ u: 'axsat-upl', k: rng.alnum(28) }));
      return { value: b, event: { L: [['assac', 'CommandHistoryRecorder', 'INFO', `/AXSAT/SET_UPLOAD_AUTH(auth_blob=${b}) queued by op.bhuyan`]] } };
    }),
    3,
    plant('negative', 'yamcs-archive-packet-hash', 'none', "The CRC and generation time of a TM packet the recorder logs: a checksum, no credential.", ({ rng }) => {
      const v = `crc=0x${rng.hex(8)}`;
      return { value: v, event: { L: [['assac', 'XtceTmRecorder', 'FINE', `packet /AXSAT/HK seq=${rng.int(1000, 9999)} ${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'yamcs' }, filler, render, steps });
}

// =====================================================================================================================
// Ojeg Bandung Jaya (Sundanese; Bandung: WIB, UTC+7)
// =====================================================================================================================

const OB = 'ojegbandung.example';

// ---------------------------------------------------------------------------------------------------------------------
// freqtrade.log: the console of freqtrade 2027.9 under a systemd unit with stdout and stderr appended to one file
// (`StandardOutput=append:`): freqtrade's log lines (`<asctime> - <logger> - <LEVEL> - <message>`, local time, no zone)
// beside ccxt's printed `fetch Request:`/`fetch Response:` lines without a time, the bot running a market-making strategy
// on the desk's own exchange with `"ccxt_config": {"verbose": true}`. From memory (freqtrade.io configuration and webhook docs; ccxt's
// manual on `verbose`; not fetched).

function freqtradeLog(rng) {
  const fmt = (t, [logger, lvl, msg]) => `${ymdHmsAt(t, WIB)},${msPart(t)} - ${logger} - ${lvl} - ${msg}`;
  const render = lines(fmt);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['freqtrade.worker', 'INFO', `Bot heartbeat. PID=${rng.int(1000, 9000)}, version='2027.9', state='RUNNING'`]] }),
      () => ({ L: [['freqtrade.freqtradebot', 'INFO', `Long signal found: about create a new trade for ${rng.pick(['BTC/IDR', 'ETH/IDR', 'USDT/IDR'])} with stake_amount: ${rng.int(100000, 900000)} ...`]] }),
      () => ({ L: [['freqtrade.exchange.exchange', 'INFO', `Using cached candle (OHLCV) data for ${rng.pick(['BTC/IDR', 'ETH/IDR'])}, 5m, spot ...`]] }),
      () => ({ L: [['freqtrade.wallets', 'INFO', `Wallets synced. IDR free=${rng.int(1000000, 90000000)}`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'freqtrade-config-secret-masked', 'none', "freqtrade's `show-config` style listing at start masks the exchange secret (`\"secret\": \"REDACTED\"`): no credential.", () => ({ value: '"secret": "REDACTED"', event: { L: [['freqtrade.configuration.configuration', 'INFO', 'Using exchange config: {"name": "ojegx", "key": "REDACTED", "secret": "REDACTED", "pair_whitelist": ["BTC/IDR", "ETH/IDR"]}']] } })),
    3,
    plant('header-dump', 'freqtrade-ccxt-verbose-request-headers-x-konci', 'error', "ccxt's verbose `fetch Request:` line writes the request headers as a Python dict, the exchange's key header (`X-Konci`, \"key\") included: the trading key.", ({ rng }) => {
      const key = rng.alnum(64);
      return { value: key, event: { L: [`fetch Request: ojegx GET https://api.x.${OB}/v1/akun/saldo RequestHeaders: {'X-Konci': '${key}', 'X-Tanda': '${rng.hex(64)}', 'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate'} RequestBody: None`] } };
    }),
    3,
    plant('webhook', 'freqtrade-webhook-dingtalk-retry-two-lines', 'error', WHY.webhook("A DingTalk robot webhook (`oapi.dingtalk.com/robot/send?access_token=<token>`) the bot's `webhook` section posts trades to; the RPC module writes the URL on the failure and on its retry"), ({ rng }) => {
      const tok = rng.hex(64);
      const url = `https://oapi.dingtalk.com/robot/send?access_token=${tok}`;
      return { value: tok, event: { L: [['freqtrade.rpc.webhook', 'WARNING', `Could not call webhook url ${url}. Exception: 503 Server Error`], ['freqtrade.rpc.webhook', 'INFO', `Retrying webhook ${url} (1/3)`]] } };
    }),
    3,
    plant('api-key-name', 'freqtrade-price-feed-url-konci', 'error', `${WHY.apiKey('konci')} (\`konci\`, "key"). A custom pricing helper logs the rupiah rate feed URL on an error.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['user_data.strategies.OjegMM', 'ERROR', `Kurs teu kabaca (rate could not be read) from https://kurs.${OB}/v2/idr?konci=${key}&pair=USDT`]] } };
    }),
    3,
    plant('encoded', 'freqtrade-ccxt-verbose-request-body-urlencoded-json', 'error', "ccxt's verbose line writes a form body whose `payload` is percent-encoded JSON with the withdrawal key (`%22kecap_sandi%22%3A%22…`).", ({ rng }) => {
      const pw = rng.alnum(24);
      return { value: pw, event: { L: [`fetch Request: ojegx POST https://api.x.${OB}/v1/tarik RequestHeaders: {'Content-Type': 'application/x-www-form-urlencoded'} RequestBody: payload=%7B%22aset%22%3A%22USDT%22%2C%22kecap_sandi%22%3A%22${pw}%22%7D`] } };
    }),
    3,
    plant('refresh-token', 'freqtrade-ccxt-verbose-response-body-refresh', 'error', `${WHY.refresh} ccxt's verbose \`fetch Response:\` line writes the exchange's token answer.`, ({ rng }) => {
      const rt = rng.b64url(56);
      return { value: rt, event: { L: [`fetch Response: ojegx POST https://api.x.${OB}/v1/token 200 ResponseHeaders: {'Content-Type': 'application/json'} ResponseBody: {"access_token":"${rng.b64url(40)}","refresh_token":"${rt}","expires_in":900}`] } };
    }),
    3,
    plant('negative', 'freqtrade-order-id', 'none', "An exchange order id freqtrade logs: an identifier, no credential.", ({ rng }) => {
      const id = `ox-${rng.hex(24)}`;
      return { value: id, event: { L: [['freqtrade.freqtradebot', 'INFO', `Order ${id} for BTC/IDR filled.`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 1 * HOUR + 30 * MIN, site: { host: 'ft' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// debug.log: a Bitcoin Core 27 node's `debug.log` (`<ISO time>Z <message>`), with its start-up listing of `Config file
// arg:` lines (sensitive arguments as `****`), UpdateTip lines, `-debug=http` request lines and a notify command's
// `runCommand error`. From memory (Bitcoin Core's doc/init.md and bitcoin.conf examples, not fetched).

function bitcoindLog(rng) {
  const fmt = (t, [msg]) => `${iso(t).slice(0, 19)}Z ${msg}`;
  const render = lines(fmt);
  let height = 912000 + rng.int(0, 500);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [[`UpdateTip: new best=00000000000000000000${rng.hex(44)} height=${++height} version=0x${rng.pick(['20000000', '2a000000', '3fff0000'])} log2_work=95.${digits(rng, 6)} tx=${rng.int(1100000000, 1200000000)} date='${iso(DAY0 + rng.int(0, 86400000)).slice(0, 19)}Z' progress=1.000000 cache=${rng.int(10, 90)}.${rng.int(1, 9)}MiB(${rng.int(100000, 900000)}txo)`]] }),
      () => ({ L: [[`[http] Received a POST request for / from 127.0.0.1:${rng.int(30000, 60000)}`]] }),
      () => ({ L: [[`[net] Added connection peer=${rng.int(10, 300)}`]] }),
      () => ({ L: [[`Saw new header hash=00000000000000000000${rng.hex(44)} height=${height + 1}`]] }),
    ])();
  const steps = [
    plant('negative', 'bitcoind-config-rpcpassword-masked', 'none', "Bitcoin Core masks sensitive arguments in its start-up listing (`Config file arg: rpcpassword=****`): no credential.", () => ({ value: 'rpcpassword=****', event: { L: [['Bitcoin Core version v27.2.0 (release build)'], ['Config file arg: rpcuser="ojegx-desk"'], ['Config file arg: rpcpassword=****'], ['Config file arg: server="1"']] } }), { after: 0 }),
    plant('framework-dump', 'bitcoind-config-walletnotify-curl-userinfo', 'error', "The listing writes the `walletnotify` command in clear (it is no sensitive argument); the command passes the desk's login to curl (`-u desk:<password>`).", ({ rng }) => {
      const pw = rng.alnum(20);
      return { value: pw, event: { L: [[`Config file arg: walletnotify="curl -s -u desk:${pw} https://desk.${OB}/btc/tx/%s"`]] } };
    }, { after: 0 }),
    plant('api-key-name', 'bitcoind-config-blocknotify-url-konci-akses', 'error', `${WHY.apiKey('konci_akses')} (\`konci_akses\`, "access key"). The \`blocknotify\` command in the listing calls the desk's API with it in the query.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [[`Config file arg: blocknotify="curl -s https://desk.${OB}/btc/blok/%s?konci_akses=${key}"`], ['Config file arg: txindex="1"']] } };
    }, { after: 0 }),
    5,
    plant('webhook', 'bitcoind-runcommand-error-dingtalk-webhook', 'error', WHY.webhook("A second `walletnotify` posts to a DingTalk robot (`oapi.dingtalk.com/robot/send?access_token=<token>`); Bitcoin Core's `runCommand error: system(<command>)` writes the command when curl fails"), ({ rng }) => {
      const tok = rng.hex(64);
      return { value: tok, event: { L: [[`runCommand error: system(curl -s -X POST -H 'Content-Type: application/json' -d '{"msgtype":"text","text":{"content":"tx anyar"}}' https://oapi.dingtalk.com/robot/send?access_token=${tok}) returned 1792`]] } };
    }),
    5,
    plant('negative', 'bitcoind-txid', 'none', "A transaction id the wallet logs (64 hex digits): an identifier, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { L: [[`[desk] AddToWallet ${v}  new`]] } };
    }),
    5,
  ];
  return buildLog(rng, { start: DAY0 + 30 * MIN, site: { host: 'btc' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// dispatch-debug.log: a Node dispatcher (Socket.IO 4) started with `DEBUG=socket.io*,engine*,ojek:*` and stderr sent to
// a file: the debug module writes `<ISO time>Z <namespace> <message>` when stderr is no TTY; the app's own `ojek:*`
// namespaces print objects through util.inspect. From memory (socket.io.dev "Troubleshooting"/"Logging and debugging",
// the debug package's README; not fetched).

function socketIoDebugLog(rng) {
  const fmt = (t, [ns, msg]) => `${iso(t)} ${ns} ${msg}`;
  const render = lines(fmt);
  const sid = () => rng.b64url(20);
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['engine:socket', `writing ping packet - expecting pong within 20000ms`]] }),
      () => ({ L: [['socket.io:socket', `emitting event ["posisi",{"supir":"S-${digits(rng, 5)}","lat":-6.${digits(rng, 4)},"lng":107.${digits(rng, 4)}}]`]] }),
      () => ({ L: [['ojek:dispatch', `pesenan P-${digits(rng, 7)} ditarima ku supir S-${digits(rng, 5)} (order accepted by driver)`]] }),
      () => ({ L: [['engine', `handshaking client "${sid()}"`]] }),
      () => ({ L: [['socket.io:client', 'connecting to namespace /supir']] }),
    ])();
  const steps = [
    3,
    plant('negative', 'socketio-engine-sid', 'none', "Engine.IO's session id of a connection (`handshaking client \"<sid>\"`): a transport id beside `/socket.io/`, not a user's session.", ({ rng }) => {
      const v = rng.b64url(20);
      return { value: v, event: { L: [['engine', `handshaking client "${v}"`]] } };
    }),
    3,
    plant('oauth-code', 'socketio-engine-intercept-query-and-app-handshake', 'warning', `${WHY.code} The rider app opens the socket right after its OAuth login with the callback's query still appended; Engine.IO's \`intercepting request\` line and the app's handshake dump both write it.`, ({ rng }) => {
      const code = rng.b64url(32);
      const st = rng.hex(24);
      return { value: code, event: { L: [['engine', `intercepting request for path "/socket.io/?EIO=4&transport=polling&code=${code}&state=${st}"`], ['ojek:auth', `handshake query { EIO: '4', transport: 'polling', code: '${code}', state: '${st}' }`]] } };
    }),
    3,
    plant('id-token', 'socketio-app-auth-inspect-id-token', 'error', "The app's `ojek:auth` namespace prints the handshake's `auth` object through util.inspect, a Google ID token included, on a line with its UTC time", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: rng.int(10, 300), alg: 'RS256', kid: rng.hex(20), claims: { iss: 'https://accounts.google.com', aud: `${digits(rng, 12)}-ojeg.apps.googleusercontent.com`, sub: digits(rng, 21), email: 'asep.s@example.com' } });
      return { value: token, jwt: facts, event: { L: [['ojek:auth', `handshake auth { idToken: '${token}', platform: 'android' }`]] } };
    }),
    3,
    plant('implicit-fragment', 'socketio-app-referer-fragment', 'error', "The handshake headers the app prints hold a `referer` with the web booking page's implicit-flow fragment (`#access_token=…`).", ({ rng }) => {
      const at = rng.b64url(40);
      return { value: at, event: { L: [['ojek:auth', `handshake headers { host: 'ws.${OB}', referer: 'https://pesen.${OB}/#access_token=${at}&token_type=Bearer', 'user-agent': 'Mozilla/5.0' }`]] } };
    }),
    3,
    plant('session-id', 'socketio-app-cookie-sesi', 'error', WHY.session("The same dump of another handshake writes its `cookie` header with the booking site's session (`sesi_ojeg`, \"session\")"), ({ rng }) => {
      const v = rng.b64url(36);
      return { value: v, event: { L: [['ojek:auth', `handshake headers { host: 'ws.${OB}', cookie: 'sesi_ojeg=${v}; basa=su', 'user-agent': 'okhttp/4.12.0' }`]] } };
    }),
    3,
    plant('refresh-token', 'socketio-app-emit-token-renewal', 'error', `${WHY.refresh} The dispatcher emits the renewed tokens to the driver app and socket.io's \`emitting event\` line writes them.`, ({ rng }) => {
      const rt = rng.b64url(48);
      return { value: rt, event: { L: [['socket.io:socket', `emitting event ["token_anyar",{"refresh_token":"${rt}","expires_in":900}]`]] } };
    }),
    3,
    plant('replay', 'socketio-app-karcis-once', 'note', WHY.ticketFirst("A single-use ride ticket (`karcis`, \"ticket\") the passenger app presents to claim a promo ride; the app logs it with the socket's address. The ticket is"), ({ rng, t }) => {
      const tk = rng.b64url(22);
      firstUse.karcis = t;
      return { value: tk, event: { L: [['ojek:promo', `karcis ditarima (ticket accepted) karcis=${tk} from 203.0.113.58 akun=A-${digits(rng, 6)}`]] } };
    }, { ref: 'karcis' }),
    2,
    plant('replay', 'socketio-app-karcis-again', 'replay', '', ({ refs, t, rng }) => ({ marks: [{ value: refs.get('karcis').value, why: `${WHY.replay('karcis', gap('karcis', t))} Another account from another address presented the same ticket and the promo service accepted it.` }], event: { L: [['ojek:promo', `karcis ditarima (ticket accepted) karcis=${refs.get('karcis').value} from 198.51.100.204 akun=A-${digits(rng, 6)}`]] } }), { replayOf: 'karcis', after: 131 }),
    3,
    plant('negative', 'socketio-app-order-id', 'none', "An order id (`P-<7 digits>`) with a trace id: identifiers, no credential.", ({ rng }) => {
      const v = rng.hex(32);
      return { value: v, event: { L: [['ojek:dispatch', `pesenan P-${digits(rng, 7)} dibolaykeun (order cancelled) trace=${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 2 * HOUR, site: { host: 'ws' }, filler, render, steps });
}

// ---------------------------------------------------------------------------------------------------------------------
// lightningd.log: a Core Lightning 24.08 node's `--log-file` at `--log-level=debug`: `<ISO time>Z <LEVEL, 7 wide>
// <subsystem>: <message>`, plugins' lines as `plugin-<name>: …`. From memory (docs.corelightning.org, lightningd-config,
// not fetched).

function lightningdLog(rng) {
  const fmt = (t, [lvl, sub, msg]) => `${iso(t)} ${lvl.padEnd(7)} ${sub}: ${msg}`;
  const render = lines(fmt);
  const peer = () => `02${rng.hex(64)}`;
  const filler = (rng) =>
    rng.pick([
      () => ({ L: [['INFO', `${peer()}-chan#${rng.int(1, 40)}`, 'State changed from CHANNELD_AWAITING_LOCKIN to CHANNELD_NORMAL']] }),
      () => ({ L: [['DEBUG', 'gossipd', `Received node_announcement for node ${peer()}`]] }),
      () => ({ L: [['INFO', 'lightningd', `Sending ${rng.int(1000, 900000)}msat over ${rng.int(1, 4)} hops to deliver ${rng.int(1000, 900000)}msat`]] }),
      () => ({ L: [['DEBUG', 'plugin-bayar', `invoice pamayaran-${digits(rng, 6)} dibayar (paid)`]] }),
    ])();
  const steps = [
    3,
    plant('negative', 'lightningd-payment-hash', 'none', "An invoice's payment hash (64 hex digits): public in the invoice, no credential.", ({ rng }) => {
      const v = rng.hex(64);
      return { value: v, event: { L: [['INFO', 'plugin-bayar', `invoice created payment_hash=${v} amount_msat=${rng.int(10000, 9000000)}`]] } };
    }),
    3,
    plant('path-secret', 'lightningd-plugin-lnurl-withdraw-link', 'error', "The payout plugin logs the LNURL-withdraw link it made for a driver (`/lnurlw/<k1>`): whoever opens it first withdraws the driver's balance.", ({ rng }) => {
      const k1 = rng.hex(64);
      return { value: k1, event: { L: [['INFO', 'plugin-bayar', `tutumbu tarik (withdraw link) for supir S-${digits(rng, 5)}: https://bayar.${OB}/lnurlw/${k1}`]] } };
    }),
    3,
    plant('api-key-name', 'lightningd-plugin-rate-url-konci', 'error', `${WHY.apiKey('konci')} The plugin's rate fetch error writes the URL.`, ({ rng }) => {
      const key = rng.alnum(32);
      return { value: key, event: { L: [['UNUSUAL', 'plugin-bayar', `kurs gagal (rate failed): https://kurs.${OB}/v2/btc?konci=${key} -> 429`]] } };
    }),
    3,
    plant('embed-jwt', 'lightningd-plugin-embed-expired-jwt', 'note', "The plugin logs the receipt embed (`/embed/<JWT>`) a merchant's page requested after the token had expired two days earlier", ({ rng, t }) => {
      const { token, facts } = jwt(rng, t, { lifetime: 3600, age: 2 * 86400 + 3600, jti: true, claims: { iss: `https://bayar.${OB}`, receipt: `R-${digits(rng, 8)}`, merchant: 'warung-sari' } });
      return { value: token, jwt: facts, event: { L: [['DEBUG', 'plugin-bayar', `embed geus kadaluwarsa (embed expired): /embed/${token}`]] } };
    }),
    3,
    plant('negative', 'lightningd-bolt11-invoice', 'none', "A BOLT 11 invoice (`lnbc…`) the plugin logs when it hands it to a merchant's page: a payment request meant to be shown to the payer, no credential.", ({ rng }) => {
      const v = `lnbc${rng.int(10, 900)}u1p${rng.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 220)}`;
      return { value: v, event: { L: [['INFO', 'plugin-bayar', `invoice for warung-sari: ${v}`]] } };
    }),
    2,
  ];
  return buildLog(rng, { start: DAY0 + 3 * HOUR, site: { host: 'cln' }, filler, render, steps });
}

const rng = new Random('urlleak corpus/logs-in-the-wild heldout54');
writePart(join(here, 'heldout54'), {
  'launch.log': rosLaunchLog(rng),
  'opentcs-kernel.log': openTcsLog(rng),
  'orangehrm.log': orangeHrmLog(rng),
  'openbravo.log': openbravoLog(rng),
  'idempiere.2027-10-19_0.log': idempiereLog(rng),
  'proxy.log': xroadProxyLog(rng),
  'ilias.log': iliasLog(rng),
  'SebClient.log': sebClientLog(rng),
  'satnogs-client.log': satnogsLog(rng),
  'yamcs-server.log.0': yamcsLog(rng),
  'freqtrade.log': freqtradeLog(rng),
  'debug.log': bitcoindLog(rng),
  'dispatch-debug.log': socketIoDebugLog(rng),
  'lightningd.log': lightningdLog(rng),
});
