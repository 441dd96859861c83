import { describe, expect, it } from 'vitest';
import { assessLineSecret } from '../../src/logs/detect/assess-secret.js';
import { detectLineSecrets, ParamNameCache } from '../../src/logs/detect/detect-line.js';
import { BASE64_DATABASE_URLS } from '../../src/secrets/known-values.js';
import { createPrefilter, findCandidateLines } from '../../src/logs/detect/prefilter.js';
import { DEFAULT_TICKET_POLICY, levelOfKind } from '../../src/secrets/credential-risk.js';
import { classifyParamName, createParamNameClassifier } from '../../src/secrets/param-names.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * More places a credential hides in real log lines (issue #14), each through the prefilter and detection as the log
 * scanner runs them (a line the prefilter drops is never detected): the name a secret is reported under, its value
 * and the level the risk model gives it; each with a look-alike that is none.
 */
const KEY = 'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f';
const HEX = '5c5e70d5dac5521557755ea44c81957b';
const prefilter = createPrefilter();
const names = new ParamNameCache(createParamNameClassifier());

function secretsOf(line: string): { name: string | undefined; value: string; level: string | undefined }[] {
  const [candidate] = findCandidateLines(Buffer.from(`${line}\n`, 'latin1'), prefilter).lines;
  if (!candidate) return [];
  return detectLineSecrets(line, candidate, names).map((secret) => ({
    name: secret.param?.name ?? secret.provider?.id,
    value: secret.value,
    level: levelOfKind(assessLineSecret(secret, DEFAULT_TICKET_POLICY).kind),
  }));
}

const alb = (url: string) =>
  `h2 2026-03-10T10:13:08.198386Z app/prod/5c2e9a71 192.0.2.153:51775 10.20.2.121:8080 0.001 0.044 0.000 200 200 999 6764 "GET ${url} HTTP/2.0" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36"`;

describe('hex values: a session id, an OAuth code', () => {
  it('a PHP session id of 32 hex characters under sid, beside other parameters, is a session (its entropy is below 3.5)', () => {
    expect(secretsOf(alb(`https://app.example:443/portal/home?lang=de&sid=${HEX}`))).toEqual([{ name: 'sid', value: HEX, level: 'error' }]);
    expect(secretsOf(alb('https://app.example:443/portal/home?sid=12345678'))).toEqual([]);
  });

  it('a GitHub OAuth code (20 hex characters) beside state is an authorization code: a warning', () => {
    const line = `I, [2026-03-10T12:01:29.939573 #41]  INFO -- : Started GET "/users/auth/github/callback?code=95f4437d9eedaeb2f7ce&state=${KEY}" for 203.0.113.181`;
    expect(secretsOf(line)).toEqual([{ name: 'code', value: '95f4437d9eedaeb2f7ce', level: 'warning' }]);
  });
});

describe('secrets in paths', () => {
  it('invitation, join, confirmation, verification and activation links', () => {
    for (const path of [
      `/team/join/${KEY}`,
      `/invites/${KEY}`,
      `/invitations/accept/${KEY}`,
      `/account/confirmation/${KEY}`,
      `/confirm/${KEY}`,
      `/account/delete/confirm/${KEY}`,
      `/email/verify/42/${HEX}`,
      `/activate/${KEY}`,
      `/auth/magic_link/${KEY}`,
    ])
      expect(secretsOf(`Started GET "${path}" for 198.51.100.157`), path).toMatchObject([
        { value: path.endsWith(HEX) ? HEX : KEY, level: 'error' },
      ]);
    expect(secretsOf('Started GET "/team/join/engineering" for 198.51.100.157')).toEqual([]);
    expect(secretsOf('Started GET "/invites/42/accept" for 198.51.100.157')).toEqual([]);
    expect(secretsOf('Started GET "/orders/confirm/12345" for 198.51.100.157')).toEqual([]);
  });

  it('a segment holding a link word with others (/password_reset/, /forgot-password/, /email-confirmation/, /login-link/)', () => {
    for (const path of [
      `/password_reset/${KEY}`,
      `/reset_password/${KEY}`,
      `/forgot-password/${KEY}`,
      `/set-password/${KEY}`,
      `/passwordless/${KEY}`,
      `/team-invite/${KEY}`,
      `/email-confirmation/${KEY}`,
      `/email-verification/${KEY}`,
      `/verify_email/${KEY}`,
      `/account/recover/${KEY}`,
      `/signin/token/${KEY}`,
      `/login-link/${KEY}`,
    ])
      expect(secretsOf(`Started GET "${path}" for 198.51.100.157`), path).toMatchObject([{ value: KEY, level: 'error' }]);
    for (const path of ['/password/strength', '/forgot-password/sent', '/api/users/42/password', '/login-link/expired', `/signin/${HEX}`])
      expect(secretsOf(`Started GET "${path}" for 198.51.100.157`), path).toEqual([]);
  });

  it('a token with an expiry joined to it (`<hex>-<epoch>`, as shops sign activation links) is the segment; a word is none', () => {
    const signed = `${HEX}-1794894198`;
    expect(secretsOf(`{"url":"https://shop.example/account/activate/7179230866720/${signed}"}`)).toMatchObject([
      { value: signed, level: 'error' },
    ]);
    expect(secretsOf('{"url":"https://shop.example/account/activate/7179230866720/resend-1794894198"}')).toEqual([]);
  });

  it('webhooks whose path is the secret: Mattermost /hooks/<id>, Telegram /bot<token>/ without its host, Teams JSON-escaped', () => {
    const mattermost = '45pst36edsbfx6yx4okb6ups9b';
    expect(secretsOf(alb(`https://chat.example:443/hooks/${mattermost}`))).toMatchObject([{ value: mattermost, level: 'error' }]);
    expect(secretsOf(alb('https://chat.example:443/hooks/github'))).toEqual([]);
    const bot = `5689674089:AARRRkYQKQLmJPsHNO3Hk9ho6F8fPRWqz2h`;
    const router = `at=info method=POST path="/bot${bot}/webhook" host=bots.example.com request_id=1f0c fwd="203.0.113.7" status=200`;
    expect(secretsOf(router)).toMatchObject([{ name: 'telegram-bot-path', level: 'error' }]);
    // With its host, the token is found once.
    expect(secretsOf(`GET https://api.telegram.org/bot${bot}/getUpdates -> 409`)).toMatchObject([{ name: 'telegram-bot-token' }]);
    const teams = `{"url":"https:\\/\\/contoso.webhook.office.com\\/webhookb2\\/0c6f0a3e-1b2c-4d5e-8f90-a1b2c3d4e5f6@72f988bf-86f1-41af-91ab-2d7cd011db47\\/IncomingWebhook\\/${HEX}\\/5f2a7c1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"}`;
    expect(secretsOf(teams)).toMatchObject([{ name: 'teams-webhook', level: 'error' }]);
  });

  it("ASP.NET's cookieless forms ticket /(X(1)F(<hex>))/ is a login (an error), as is the session after X(1)", () => {
    const ticket = `${HEX}${HEX}${HEX}`.toUpperCase();
    expect(secretsOf(`2026-03-10 17:03:41 10.1.4.12 GET /(X(1)F(${ticket}))/Account/Default.aspx - 443`)).toMatchObject([
      { value: ticket, level: 'error' },
    ]);
    expect(secretsOf('2026-03-10 17:03:41 10.1.4.12 GET /(X(1)S(lit3py55t21z5v55vlm25s55))/Default.aspx - 443')).toMatchObject([
      { value: 'lit3py55t21z5v55vlm25s55', level: 'error' },
    ]);
  });
});

describe('framework and header dumps', () => {
  it('Rails Parameters under Ruby 3.4\'s Hash#inspect (`"k" => "v"`), as under older Rubies, and a hash with aligned arrows', () => {
    expect(secretsOf(`    "apiKey"       => "atsk_${KEY}"`)).toEqual([{ name: 'apiKey', value: `atsk_${KEY}`, level: 'error' }]);
    for (const arrow of ['=>', ' => ']) {
      const line = `I, [2026-03-10T12:01:29.939573 #41]  INFO -- :   Parameters: {"user"${arrow}"ada", "api_token"${arrow}"${KEY}"}`;
      expect(secretsOf(line), arrow).toEqual([{ name: 'api_token', value: KEY, level: 'error' }]);
    }
  });

  it('Spring\'s CommonsRequestLoggingFilter: the query ends at `, client=`, and a header list\'s name:"value"', () => {
    const before = `o.s.w.f.CommonsRequestLoggingFilter : Before request [GET /api/v1/reports/export?format=csv&accessKey=${KEY}, client=198.51.100.245]`;
    expect(secretsOf(before)).toEqual([{ name: 'accessKey', value: KEY, level: 'error' }]);
    const headers = `o.s.w.f.CommonsRequestLoggingFilter : Before request [GET /api/v1/reports/daily, client=203.0.113.136, headers=[host:"reports.example", ocp-apim-subscription-key:"${HEX}", x-request-id:"2d68e2f5"]]`;
    expect(secretsOf(headers)).toEqual([{ name: 'ocp-apim-subscription-key', value: HEX, level: 'error' }]);
    // A comma inside a value stays in it.
    expect(secretsOf(`GET /x?access_token=${KEY},${KEY} HTTP/1.1`)).toMatchObject([{ value: `${KEY},${KEY}` }]);
  });

  it("gRPC metadata in Netty's frame log: a ticket header among the request's headers", () => {
    const line = `2027-04-13T10:03:54.350-06:00 DEBUG 7 --- [gate] [-worker-ELG-3-2] i.g.n.s.i.grpc.netty.NettyServerHandler  : [id: 0xcad78a38] INBOUND HEADERS: streamId=79 headers=GrpcHttp2RequestHeaders[:path: /gate.v1.GateService/Redeem, content-type: application/grpc, x-validation-ticket: vt_${KEY}, grpc-timeout: 5S] streamDependency=0`;
    expect(secretsOf(line)).toEqual([{ name: 'x-validation-ticket', value: `vt_${KEY}`, level: 'note' }]);
  });

  it('a command quoted in a message ends with its quote; a file of KEY=value lines printed in a string, at its escaped line breaks', () => {
    const telegraf = `2027-04-14T04:05:41Z E! [inputs.exec] Error in plugin: exec: exit status 1 for command "/etc/telegraf/meters.sh --cloud https://cloud.example --refresh-token ${KEY}": refresh failed (invalid_grant)`;
    expect(secretsOf(telegraf)).toEqual([{ name: 'refresh-token', value: KEY, level: 'error' }]);
    const salt = `2027-04-14 06:03:07,747 [salt.state       :328 ][INFO    ][20597] {'pid': 29381, 'retcode': 0, 'stdout': 'APP_DB_HOST=db01.lan\\nAPP_DB_PASSWORD=${KEY}\\nAPP_REDIS=redis://10.0.3.40:6379/2', 'stderr': ''}`;
    expect(secretsOf(salt)).toEqual([{ name: 'APP_DB_PASSWORD', value: KEY, level: 'error' }]);
  });

  it("an .npmrc a CI job prints: a registry's :_auth=<base64 user:password>", () => {
    expect(secretsOf('//nexus.example/repository/npm-group/:_auth=Y2ktcGF3Y292ZXI6V0xZZ2FFb2U1RVBvdmRQb3JB')).toMatchObject([
      { name: '_auth', value: 'Y2ktcGF3Y292ZXI6V0xZZ2FFb2U1RVBvdmRQb3JB' },
    ]);
  });

  it("OpenStack Swift's proxy log: headers percent-encoded after their colon, a TempURL key among them", () => {
    const line = `Mar 16 08:05:17 swift-proxy-01 proxy-server: 10.40.0.31 10.40.0.31 16/Mar/2027/06/05/17 POST /v1/AUTH_18a7b449c46ca09c545041f9cbb619f4 HTTP/1.1 204 - python-swiftclient-4.6.0 gAAAAABnfAtt7tTW... - - - tx06da6425bbd6c9aca94cd-006b98d11c X-Account-Meta-Temp-Url-Key:%20${HEX} 0.1290 - - 1805177116.909405564 1805177117.030207350 - -`;
    expect(secretsOf(line)).toEqual([{ name: 'X-Account-Meta-Temp-Url-Key', value: HEX, level: 'error' }]);
  });

  it('a header dump of Ocp-Apim-Subscription-Key and X-Functions-Key (curl -v)', () => {
    expect(secretsOf(`> Ocp-Apim-Subscription-Key: ${HEX}`)).toMatchObject([{ value: HEX, level: 'error' }]);
    expect(secretsOf(`> x-functions-key: ${KEY}`)).toMatchObject([{ value: KEY, level: 'error' }]);
  });

  it("a dumped header's name is a whole hyphenated word before its colon; its value is never read as another header", () => {
    expect(secretsOf(`> X-Trace-Id: 9f2c:Dd-Api-Key:${HEX} Dd-Api-Key: ${KEY}`)).toMatchObject([{ name: 'Dd-Api-Key', value: KEY }]);
    expect(secretsOf(`> Dd-Api-Key: ${HEX}`)).toMatchObject([{ name: 'Dd-Api-Key', value: HEX }]);
    for (const line of [`> my_Dd-Api-Key: ${HEX}`, `> -Dd-Api-Key: ${HEX}`, '> Dd-Api-Key: short']) expect(secretsOf(line)).toEqual([]);
  });

  it('session cookies named <app>_session in Set-Cookie and Cookie dumps; a consent cookie is none', () => {
    const setCookie = `{"res":{"statusCode":200,"headers":{"set-cookie":["orders_session=${KEY}; Path=/; HttpOnly"]}}}`;
    expect(secretsOf(setCookie)).toEqual([{ name: 'orders_session', value: KEY, level: 'error' }]);
    expect(secretsOf(`Cookie: _shop_session=${KEY}; cookie_consent=accepted`)).toMatchObject([{ name: '_shop_session' }]);
    expect(secretsOf(`Set-Cookie: .AspNetCore.Cookies=CfDJ8${KEY}; path=/`)).toMatchObject([
      { name: '.AspNetCore.Cookies', level: 'error' },
    ]);
    expect(secretsOf('Cookie: new_session=true; cookie_consent=accepted')).toEqual([]);
  });

  it('a Rust struct printed with Debug: an Option holding a refresh token (`Some("…")`); a None and a redacted Secret are none', () => {
    const line = `[launcher::auth][DEBUG] saved: TokenSet { access_token: Secret("[redacted]"), refresh_token: Some("${KEY}"), expires_in: Some(3600s) }`;
    expect(secretsOf(line)).toEqual([{ name: 'refresh_token', value: KEY, level: 'error' }]);
    expect(secretsOf('[launcher::auth][DEBUG] saved: TokenSet { refresh_token: None, scope: Some("library") }')).toEqual([]);
  });

  it("Plug.Crypto's signed messages: Phoenix's session cookie in a printed conn, a Phoenix.Token under the app's word", () => {
    const session = `SFMyNTY.${KEY}${KEY}.${KEY.slice(0, 22)}-Gp`;
    expect(secretsOf(`conn: %Plug.Conn{method: "GET", req_cookies: %{"_ustar_key" => "${session}"}, status: 302}`)).toEqual([
      { name: '_ustar_key', value: session, level: 'error' },
    ]);
    const token = `SFMyNTY.g2gDYQFuBgBSlO3XiwFiAAFRgA.${KEY}`;
    expect(secretsOf(`GET /socket/websocket?zeton=${token}&vsn=2.0.0 HTTP/1.1`)).toEqual([{ name: 'zeton', value: token, level: 'error' }]);
    expect(secretsOf('GET /socket/websocket?zeton=SFMyNTY.short&vsn=2.0.0 HTTP/1.1')).toEqual([]);
  });

  it('Ruby\'s symbol keys before 3.4 (`:push_api_key=>"…"`) and a Lua table\'s string keys (`["password"] = "…"`)', () => {
    expect(secretsOf(`[DEBUG] Config: {:active=>true, :push_api_key=>"${KEY}", :name=>"shop"}`)).toEqual([
      { name: 'push_api_key', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`    ["password"] = "${KEY}",`)).toEqual([{ name: 'password', value: KEY, level: 'error' }]);
    expect(secretsOf('[DEBUG] Config: {:active=>true, :api_key=>nil, :name=>"shop"}')).toEqual([]);
  });

  it("serde_json's Value printed with Debug (`String(\"…\")`), Smalltalk's associations and Scala's Map: read as pairs", () => {
    const yaak = `[yaak_app::http_request][DEBUG] Sending HttpRequest { authentication: {"username": String("admin"), "password": String("${KEY}")} }`;
    expect(secretsOf(yaak)).toEqual([{ name: 'password', value: KEY, level: 'error' }]);
    const zinc = `2027-09-18 10:03:25 613832 D vk: a Dictionary('access_token'->'${KEY}' 'expires_in'->3600 'token_type'->'Bearer')`;
    expect(secretsOf(zinc)).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    const scala = `INFO  c.e.OAuthClient - token response Map(access_token -> ${KEY}, expires_in -> 3600, token_type -> Bearer)`;
    expect(secretsOf(scala)).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    expect(secretsOf('INFO  c.e.OAuthClient - token response Map(access_token -> [redacted], token_type -> Bearer)')).toEqual([]);
  });

  it('session cookies named by their instance (Dolibarr, Syncthing); a session id name before a word is none', () => {
    const dolibarr =
      'WARN faleoloa: session check failed; cookies: DOLSESSID_ebbc91eaadf1631c575333d65771023d=q3efpz0b4jzpkha5li8zr013mz; DOLUSERCOOKIE_boxfilter_task=all';
    expect(secretsOf(dolibarr)).toEqual([
      { name: 'DOLSESSID_ebbc91eaadf1631c575333d65771023d', value: 'q3efpz0b4jzpkha5li8zr013mz', level: 'error' },
    ]);
    const syncthing = `DBG Session created (user=ops cookie="sessionid-WCWKE=${KEY}" remote=10.61.2.44)`;
    expect(secretsOf(syncthing)).toEqual([{ name: 'sessionid-WCWKE', value: KEY, level: 'error' }]);
    expect(secretsOf(`GET /audit?session_id_hash=${HEX}&page=2 HTTP/1.1`)).toEqual([]);
  });

  it('a cookie under a name no table knows with 32 to 64 random hex digits (a browser log of a Set-Cookie); a hex query value is none', () => {
    const line = `Browser log: console-api 5:2 "cookie: sesiia=${HEX}${HEX.slice(0, 8)}; path=/; secure"`;
    expect(secretsOf(line)).toEqual([{ name: 'sesiia', value: `${HEX}${HEX.slice(0, 8)}`, level: 'error' }]);
    // Hex under an unknown query name is as often a digest or a signature in the app's language (`wersja=`, `assinatura=`).
    expect(secretsOf(`GET /static/app?wersja=${HEX} HTTP/1.1`)).toEqual([]);
    expect(secretsOf(`Cookie: ARRAffinity=${HEX}${HEX}`)).toEqual([]);
  });

  it("a session id a line carries as its context (a WebSocket logger's, a charger's) is none; in a query, a cookie or a quoted statement it is the session's", () => {
    const uuid = 'fc92f5d1-66b3-4833-81ad-3c09eaa36ef9';
    expect(
      secretsOf(`[INFO ] WebSocketLogger (qtp945129-52) - [chargeBoxId=SDW-PLT-01, sessionId=${uuid}] Connection is established`),
    ).toEqual([]);
    expect(
      secretsOf('[INFO] iso15118_charger:EvseV2G :: SessionSetupRes: SessionID=2EF2EB488DF64E04 ResponseCode=OK_NewSessionEstablished'),
    ).toEqual([]);
    expect(secretsOf(`GET /app/home?sessionId=${uuid} HTTP/1.1`)).toEqual([{ name: 'sessionId', value: uuid, level: 'error' }]);
    expect(secretsOf(`Cookie: SESSION=${uuid}; theme=dark`)).toMatchObject([{ name: 'SESSION', value: uuid }]);
    expect(secretsOf(`statement|SELECT S.PRIMARY_ID FROM SPRING_SESSION S WHERE S.SESSION_ID = '${uuid}'`)).toMatchObject([
      { value: uuid },
    ]);
    // A structured log's member (a RUM agent's, an LLM tracer's) names the session a record belongs to; a printed
    // dictionary of cookies holds the session's value.
    expect(secretsOf(`{"service":"portal-spa","status":"warn","session_id":"${uuid}","view":{"url":"/#/usage"}}`)).toEqual([]);
    expect(secretsOf(`  "session_id": "${uuid}",`)).toEqual([]);
    expect(secretsOf(`process_request COOKIES={'sessionid': '${uuid}', 'django_language': 'fr'}`)).toMatchObject([
      { name: 'sessionid', value: uuid },
    ]);
  });

  it('a JSON object in hex (`7b22…`) is read for the credentials it holds; one without any, and a hex digest, are none', () => {
    const hex = (text: string) => Buffer.from(text).toString('hex');
    const withSecret = `DEBUG handlers: on_register extra payload_hex=${hex(`{"push_user":"northfold","push_password":"${KEY}"}`)}`;
    expect(secretsOf(withSecret)).toMatchObject([{ name: 'push_password', level: 'error' }]);
    expect(secretsOf(`DEBUG handlers: on_register extra payload_hex=${hex('{"push_user":"northfold","region":"eu"}')}`)).toEqual([]);
    expect(secretsOf(`DEBUG upload checksum=7b22${HEX}`)).toEqual([]);
  });

  it("login cookies named by their beginning: WordPress's wordpress_logged_in_<hash>, Laravel's remember_web_<hash>", () => {
    const wordpress = `admin%7C1784049357%7C${KEY}%7C${HEX}${HEX}`;
    const line = `[14-Jul-2026 10:20:13 UTC] PHP Notice: cookies: wordpress_test_cookie=WP%20Cookie%20check; wordpress_logged_in_${HEX}=${wordpress}`;
    expect(secretsOf(line)).toMatchObject([{ name: `wordpress_logged_in_${HEX}`, level: 'error' }]);
    expect(secretsOf(`Cookie: remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=${KEY}`)).toMatchObject([{ level: 'error' }]);
    expect(secretsOf(`Set-Cookie: .AspNetCore.Identity.Application=CfDJ8${KEY}; path=/; httponly`)).toMatchObject([{ level: 'error' }]);
  });
});

describe('credentials under the keys of printed objects (JSON, Python, util.inspect)', () => {
  it("pino's req.query, an OAuth token response, Python's repr and util.inspect", () => {
    const jwt = makeJwt({ sub: 'u1', iat: 1_773_150_000, exp: 1_773_153_600 });
    const pino = `{"level":30,"time":1773155108037,"req":{"method":"GET","url":"/v1/export","query":{"access_token":"${KEY}"}},"msg":"request completed"}`;
    expect(secretsOf(pino)).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    expect(secretsOf(`token response: {"token_type":"Bearer","refresh_token":"${jwt}","expires_in":3600}`)).toMatchObject([
      { name: 'refresh_token', value: jwt },
    ]);
    expect(secretsOf(`DEBUG:app:payload {'client_secret': '${KEY}', 'grant_type': 'client_credentials'}`)).toMatchObject([
      { name: 'client_secret', level: 'error' },
    ]);
    expect(secretsOf(`  query: { apiKey: '${KEY}', page: '2' },`)).toMatchObject([{ name: 'apiKey', level: 'error' }]);
    expect(secretsOf(`{"msg":"{\\"password\\":\\"Hunter2Hunter2\\"}"}`)).toMatchObject([{ name: 'password', value: 'Hunter2Hunter2' }]);
  });

  it("a list's first value: Django's QueryDict, Go's url.Values as JSON (Buffalo's params)", () => {
    expect(secretsOf(`DEBUG login GET: <QueryDict: {'email': ['k@mail.example'], 'password': ['Molly8668blAE']}>`)).toMatchObject([
      { name: 'password', value: 'Molly8668blAE', level: 'error' },
    ]);
    const buffalo = `level=info params="{\\"client_id\\":[\\"app\\"],\\"refresh_token\\":[\\"${KEY}\\"]}" path=/oauth/token`;
    expect(secretsOf(buffalo)).toMatchObject([{ name: 'refresh_token', value: KEY, level: 'error' }]);
  });

  it("a session or a ticket under an app's name (`store_session`, `join_ticket`): read when the value is secret-shaped", () => {
    expect(secretsOf(`{"event":"Checkout Started","properties":{"store_region":"uk","store_session":"${KEY}"}}`)).toEqual([
      { name: 'store_session', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`{"event":"reservation.redeemed","join_ticket":"${KEY}","accepted":true}`)).toEqual([
      { name: 'join_ticket', value: KEY, level: 'note' },
    ]);
    expect(secretsOf(`{"store_session":"uk-2","join_ticket":"4711","steamPublisherKey":"${HEX.toUpperCase()}"}`)).toEqual([
      { name: 'steamPublisherKey', value: HEX.toUpperCase(), level: 'error' },
    ]);
  });

  it('keys known to hold none, placeholders, and ambiguous names in objects are not reported', () => {
    expect(secretsOf(`{"csrf_token":"${KEY}","next_page_token":"${KEY}"}`)).toEqual([]);
    expect(secretsOf('{"access_token":"[Redacted]","api_key":"***"}')).toEqual([]);
    // `key`, `sid`, `code` in an object are mostly data: a storage key, a resource sid (Twilio's), an error code.
    expect(secretsOf(`{"key":"${KEY}","sid":"SM${HEX}","code":"${KEY}"}`)).toEqual([]);
  });
});

describe('PowerShell on a process event (Windows 4688, Sysmon 1)', () => {
  const encoded = (script: string) => Buffer.from(script, 'utf16le').toString('base64');
  const event = (commandLine: string) => `\tProcess Command Line:\t${commandLine}`;

  it('an -EncodedCommand script is read once decoded, and reported at the encoded value', () => {
    const script = `$h=@{Authorization='Basic ZGlzcGF0Y2g6U2VjcmV0MTIzNDU='}; Invoke-RestMethod -Headers $h -Uri https://erp.example/api`;
    for (const option of ['-EncodedCommand', '-enc', '-ec', '-e']) {
      const value = encoded(script);
      expect(secretsOf(event(`powershell.exe -NoProfile ${option} ${value}`)), option).toEqual([
        { name: 'Authorization', value: 'ZGlzcGF0Y2g6U2VjcmV0MTIzNDU=', level: 'error' },
      ]);
    }
    // Base64 that is no UTF-16 text, and a script without a secret, are nothing.
    expect(secretsOf(event(`powershell.exe -enc ${Buffer.from('just some bytes here').toString('base64')}`))).toEqual([]);
    expect(secretsOf(event(`powershell.exe -enc ${encoded('Get-ChildItem C:\\Temp | Remove-Item')}`))).toEqual([]);
  });

  it('a password handed to ConvertTo-SecureString in plain text, not a variable', () => {
    expect(secretsOf(event(`powershell -c "$p = ConvertTo-SecureString 'Zq8#kLm2pR' -AsPlainText -Force"`))).toEqual([
      { name: 'ConvertTo-SecureString', value: 'Zq8#kLm2pR', level: 'error' },
    ]);
    expect(secretsOf(event('powershell -c "$p = ConvertTo-SecureString $env:BACKUP_PW -AsPlainText -Force"'))).toEqual([]);
  });
});

describe('an app written in French', () => {
  it('`jeton=` is a token; a random segment after `/motdepasse/reinitialiser/` is a password-reset token', () => {
    expect(secretsOf(alb(`https://boutique.example:443/livraisons/tarifs?cp=69004&jeton=${KEY}`))).toEqual([
      { name: 'jeton', value: KEY, level: 'error' },
    ]);
    const reset = secretsOf(alb(`https://extranet.example:443/motdepasse/reinitialiser/${HEX}`));
    expect(reset.map(({ value, level }) => ({ value, level }))).toEqual([{ value: HEX, level: 'error' }]);
    expect(secretsOf(alb('https://boutique.example:443/aide/reinitialiser/mot-de-passe'))).toEqual([]);
  });
});

describe('apps written in Spanish and Italian', () => {
  it('`clave_api=` is an API key; a random segment after `/verificar-correo/` is a verification token', () => {
    expect(secretsOf(alb(`https://gestoria.example:443/api/v1/expedientes?clave_api=${HEX}&ejercicio=2026`))).toEqual([
      { name: 'clave_api', value: HEX, level: 'error' },
    ]);
    const link = secretsOf(alb(`https://proveedores.example:443/verificar-correo/${KEY}`));
    expect(link.map(({ value, level }) => ({ value, level }))).toEqual([{ value: KEY, level: 'error' }]);
    expect(secretsOf(alb('https://proveedores.example:443/verificar-correo/reenviar'))).toEqual([]);
  });

  it('`parola_chiave` with a secret-shaped value is a password; a search keyword under it is none', () => {
    const dump = (value: string) => `[2026-12-18 09:01:56.56708] [35649] [debug] [QTjBJNTW] {  "parola_chiave" => "${value}",`;
    expect(secretsOf(dump('Crescentina1711!mEh1'))).toEqual([{ name: 'parola_chiave', value: 'Crescentina1711!mEh1', level: 'error' }]);
    expect(secretsOf(alb('https://forno.example:443/cerca?parola_chiave=crescentina'))).toEqual([]);
  });
});

describe('apps written in more languages (the translations of "password", "session", "key", "secret", "ticket")', () => {
  it('parameters and cookies named in Polish, Turkish, Romanian, Swedish and others, alone or in compounds', () => {
    const found = (url: string) => secretsOf(alb(url)).map(({ name, level }) => ({ name, level }));
    expect(found(`https://kurier.example:443/v1/zlecenia?klucz=${KEY}&sklep=2`)).toEqual([{ name: 'klucz', level: 'error' }]);
    expect(found(`https://kurier.example:443/v1/serwis?klucz_api=${KEY}&od=2026-12-01`)).toEqual([{ name: 'klucz_api', level: 'error' }]);
    expect(found(`https://kurier.example:443/raporty?token_api=${HEX}`)).toEqual([{ name: 'token_api', level: 'error' }]);
    expect(found(`https://kurier.example:443/podpis?paczka=12&sesja=${KEY}`)).toEqual([{ name: 'sesja', level: 'error' }]);
    expect(found(`https://sigorta.example:443/v1/kur?api_anahtari=${KEY}&doviz=EUR`)).toEqual([{ name: 'api_anahtari', level: 'error' }]);
    expect(found(`https://sigorta.example:443/teklif?anahtar=${KEY}`)).toEqual([{ name: 'anahtar', level: 'error' }]);
    expect(found(`https://magazin.example:443/api?cheie_api=${KEY}`)).toEqual([{ name: 'cheie_api', level: 'error' }]);
    expect(found(`https://butik.example:443/api?api_nyckel=${KEY}`)).toEqual([{ name: 'api_nyckel', level: 'error' }]);
    expect(found(`https://app.example:443/login?jelszo=${KEY}`)).toEqual([{ name: 'jelszo', level: 'error' }]);
    expect(secretsOf(`Cookie: dil=tr; cinar_oturum=${KEY}`).map(({ name }) => name)).toEqual(['cinar_oturum']);
    // Estonian `võti` and `seanss`, Swahili `kikao`, `ufunguo_api` and `tiketi_moja`.
    expect(found(`https://spaa.example:443/rpc/broneeringud?api_voti=${HEX}&alates=2027-03-16`)).toEqual([
      { name: 'api_voti', level: 'error' },
    ]);
    expect(found(`https://spaa.example:443/arved?ligipaasuvoti=${KEY}`)).toEqual([{ name: 'ligipaasuvoti', level: 'error' }]);
    expect(found(`https://spaa.example:443/sisene?seanss=${KEY}`)).toEqual([{ name: 'seanss', level: 'error' }]);
    expect(secretsOf(`Cookie: lugha=sw; erp_kikao=${KEY}`).map(({ name }) => name)).toEqual(['erp_kikao']);
    expect(found(`https://shamba.example:443/bei?ufunguo_api=${KEY}`)).toEqual([{ name: 'ufunguo_api', level: 'error' }]);
    // Javanese `sandhi` in a Java map, Sundanese `kecap_sandi` and `konci`, Assamese `guptosobdo`, and `karcis` ("ticket").
    expect(secretsOf(`Updating configuration with properties {alamat=https://cuaca.example/api, sandhi=${KEY}, interval=300}`)).toEqual([
      { name: 'sandhi', value: KEY, level: 'error' },
    ]);
    expect(found(`https://ojeg.example:443/akun?kecap_sandi=${KEY}`)).toEqual([{ name: 'kecap_sandi', level: 'error' }]);
    expect(found(`https://ojeg.example:443/saldo?konci=${KEY}`)).toEqual([{ name: 'konci', level: 'error' }]);
    expect(found(`https://axxp.example:443/xeva?guptosobdo=${KEY}`)).toEqual([{ name: 'guptosobdo', level: 'error' }]);
    expect(found(`https://ojeg.example:443/promo?karcis=${KEY}`)).toEqual([{ name: 'karcis', level: 'note' }]);
    expect(found('https://ojeg.example:443/promo?karcis=habis&sandhi=owah')).toEqual([]);
    // Sesotho and Tswana `senotlolo` and `lefoko_la_sephiri`, Oromo `furtuu`, `jecha_darbii` and `tikeetii`.
    expect(found(`https://archive.example:443/srs/dvr?api_senotlolo=${HEX}`)).toEqual([{ name: 'api_senotlolo', level: 'error' }]);
    expect(found(`https://payg.example:443/api/v1/galmee?furtuu=${HEX}&node=17`)).toEqual([{ name: 'furtuu', level: 'error' }]);
    expect(found(`https://payg.example:443/login?jecha_darbii=${KEY}`)).toEqual([{ name: 'jecha_darbii', level: 'error' }]);
    expect(secretsOf(`Request parameters: {email=[t.kgosi@example.net], lefoko_la_sephiri=[${KEY}]}`)).toMatchObject([
      { name: 'lefoko_la_sephiri', value: KEY, level: 'error' },
    ]);
    expect(found(`https://bakkabuaa.example:443/api/mirkaneessi?tikeetii=${KEY}`)).toEqual([{ name: 'tikeetii', level: 'note' }]);
    // Welsh `allwedd_api`, `tocyn_unwaith`, `sesiwn`; Slovak `heslo` and Welsh `cyfrinair` as printed keys.
    expect(found(`https://data.example:443/api/v1/cysylltiadau?arhosfan=1&allwedd_api=${KEY}`)).toEqual([
      { name: 'allwedd_api', level: 'error' },
    ]);
    expect(found(`https://siop.example:443/tocyn?tocyn_unwaith=${KEY}`)).toEqual([{ name: 'tocyn_unwaith', level: 'note' }]);
    expect(secretsOf(`Set-Cookie: sesiwn=${KEY}; Path=/; HttpOnly`).map(({ name }) => name)).toEqual(['sesiwn']);
    expect(secretsOf('{"pouzivatel":"rezervacny-system","heslo":"7wJh89Tt5BVfau79"}')).toEqual([
      { name: 'heslo', value: '7wJh89Tt5BVfau79', level: 'error' },
    ]);
    expect(secretsOf("[info]Methiant mewngofnodi { ebost: 'd@mail.example', cyfrinair: '1Gshwo0I6521', cofio: 'on' }")).toEqual([
      { name: 'cyfrinair', value: '1Gshwo0I6521', level: 'error' },
    ]);
    // Croatian `api_ključ` (key-first words after "API" too), `jednokratna_propusnica` ("one-time pass").
    expect(found(`https://portal.example:443/izvoz?format=csv&api_kljuc=${KEY}`)).toEqual([{ name: 'api_kljuc', level: 'error' }]);
    expect(found(`https://marina.example:443/preuzmi?jednokratna_propusnica=${KEY}`)).toEqual([
      { name: 'jednokratna_propusnica', level: 'note' },
    ]);
    expect(found(`https://shamba.example:443/risiti/pakua?tiketi_moja=${KEY}`)).toEqual([{ name: 'tiketi_moja', level: 'note' }]);
    // Ambiguous words and tickets take a secret-shaped value only: a seat, a language, a search word.
    for (const url of [
      'https://kino.example:443/rezerwacja?bilet=12',
      'https://app.example:443/szukaj?parola=ciao',
      'https://app.example:443/v1/liste?oturum=acik',
      'https://kurier.example:443/v1/zlecenia?klucz=sortuj',
    ])
      expect(secretsOf(alb(url)), url).toEqual([]);
  });

  it("Norwegian `billett` and Beego's `beegosessionID`", () => {
    expect(secretsOf(`GET /?port=hafjell-gondol-1&billett=${KEY} - 200 OK`)).toEqual([{ name: 'billett', value: KEY, level: 'note' }]);
    expect(secretsOf(`[I] [auth.go:73] login uid=86 beegosessionID=${HEX}`)).toEqual([
      { name: 'beegosessionID', value: HEX, level: 'error' },
    ]);
  });

  it('tickets named first or last in their language are single-use tickets: a note', () => {
    expect(secretsOf(alb(`https://sledzenie.example:443/ws?przesylka=KB1&bilet_ws=${KEY}`))).toEqual([
      { name: 'bilet_ws', value: KEY, level: 'note' },
    ]);
    expect(secretsOf(alb(`https://sigorta.example:443/police/indir?indirme_bileti=${KEY}`))).toEqual([
      { name: 'indirme_bileti', value: KEY, level: 'note' },
    ]);
  });

  it('links under reset, verification, confirmation and invitation words of more languages; words after them are none', () => {
    for (const path of [
      `/sifre/sifirla/${KEY}`,
      `/weryfikacja-email/42033-${KEY}`,
      `/e-posta/dogrula/${KEY}`,
      `/zaproszenie/${KEY}`,
      `/konto/passwort-zurucksetzen/${KEY}`,
      `/account/reimpostare-password/${KEY}`,
      `/utente/verifica/${KEY}`,
      `/einladung/annehmen/${KEY}`,
      `/ekip/davet/${KEY}`,
      `/tili/palauta/${KEY}`,
      `/bekrafta/${KEY}`,
    ]) {
      const link = secretsOf(alb(`https://app.example:443${path}`));
      expect(
        link.map(({ level }) => level),
        path,
      ).toEqual(['error']);
    }
    for (const path of ['/ekip/davet/ekibe-katil', '/utente/verifica/ordine-123', '/pomoc/zaproszenie/jak-zaprosic'])
      expect(secretsOf(alb(`https://app.example:443${path}`)), path).toEqual([]);
  });
});

describe('credentials of web frameworks and tools in their own shapes (logs heldout23)', () => {
  it("Matomo's token_auth, a Laravel Sanctum bearer token (id|token), Frappe's `token <key>:<secret>`", () => {
    expect(secretsOf(alb(`https://stats.example:443/index.php?module=API&method=VisitsSummary.get&token_auth=${HEX}`))).toEqual([
      { name: 'token_auth', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`> Authorization: Bearer 577|${KEY}`)).toMatchObject([{ value: `577|${KEY}`, level: 'error' }]);
    expect(secretsOf(`08:03:18 worker.1 | {'Authorization': 'token e59konhkeo4jusp:${KEY}', 'Accept': 'application/json'}`)).toMatchObject([
      { value: `e59konhkeo4jusp:${KEY}`, level: 'error' },
    ]);
    expect(secretsOf(`DEBUG headers: Authorization: token e59konhkeo4jusp:${KEY}`)).toMatchObject([
      { value: `e59konhkeo4jusp:${KEY}`, level: 'error' },
    ]);
    // `token` in prose, far from an Authorization header, is no scheme.
    expect(secretsOf(`INFO rotating the token e59konhkeo4jusp:${KEY} later`)).toEqual([]);
  });

  it("MediaWiki's CSRF token (it ends in +\\) is none; its e-mail confirmation link is one, the namespace in any language", () => {
    expect(secretsOf(`Start request POST /w/api.php?action=watch&format=json&titles=Main&token=${HEX}%2B%5C`)).toEqual([]);
    expect(secretsOf(`Start request GET /wiki/Special:ConfirmEmail/${HEX}`).map(({ level }) => level)).toEqual(['error']);
    expect(secretsOf(`Start request GET /wiki/Speci%C3%A1ln%C3%AD:ConfirmEmail/${HEX}`).map(({ level }) => level)).toEqual(['error']);
  });

  it('Indonesian names: sesi, sesi_id, tiket_…, kunci_rahasia ("secret key"), and a link under atur-ulang-sandi', () => {
    const found = (url: string) => secretsOf(alb(url)).map(({ name, level }) => ({ name, level }));
    expect(found(`https://mitra.example:443/dasbor?sesi=${KEY}`)).toEqual([{ name: 'sesi', level: 'error' }]);
    expect(found(`https://mitra.example:443/dasbor?sesi_id=${KEY}&tab=saldo`)).toEqual([{ name: 'sesi_id', level: 'error' }]);
    expect(found(`https://kasir.example:443/struk/unduh?tiket_unduh=${KEY}`)).toEqual([{ name: 'tiket_unduh', level: 'note' }]);
    expect(found(`https://kasir.example:443/api/bayar?kunci_rahasia=${KEY}`)).toEqual([{ name: 'kunci_rahasia', level: 'error' }]);
    expect(secretsOf(alb(`https://kasir.example:443/akun/atur-ulang-sandi/${KEY}`)).map(({ level }) => level)).toEqual(['error']);
    expect(found('https://kasir.example:443/profil?sandi=Budi')).toEqual([]);
  });

  it('credentials under their name in several languages, base64 as Basic takes them; a fetch option is none', () => {
    const basic = Buffer.from('svc-reports:O9KrpYCwHMmrn1u8gz').toString('base64');
    const found = (url: string) => secretsOf(alb(url)).map(({ name, level }) => ({ name, level }));
    expect(found(`https://api.example:443/v1/exports?credentials=${basic}&since=2026-12-08`)).toEqual([
      { name: 'credentials', level: 'error' },
    ]);
    expect(found(`https://api.example:443/v1/kasko?kimlik_bilgileri=${basic}`)).toEqual([{ name: 'kimlik_bilgileri', level: 'error' }]);
    expect(found(`https://api.example:443/v1/sync?partner_credenciales=${basic}`)).toEqual([
      { name: 'partner_credenciales', level: 'error' },
    ]);
    expect(found('https://api.example:443/v1/cors?credentials=include')).toEqual([]);
  });

  it('Vietnamese, Romanian and Hungarian names and links; Proxmox VE login cookies and console tickets', () => {
    const found = (url: string) => secretsOf(alb(url)).map(({ name, level }) => ({ name, level }));
    expect(found(`https://kenh.example:443/api/v3/dat-phong?ngay=2027-01-19&khoa_api=${HEX}`)).toEqual([
      { name: 'khoa_api', level: 'error' },
    ]);
    expect(found(`https://pms.example:443/le-tan/index.php?phien=${KEY}`)).toEqual([{ name: 'phien', level: 'error' }]);
    expect(found(`https://nexus.example:443/repository/raw/app.apk?letoltesi_jegy=${KEY}`)).toEqual([
      { name: 'letoltesi_jegy', level: 'note' },
    ]);
    expect(secretsOf(`smtp={'may_chu': 'smtp.example', 'cong': 587, 'mat_khau': 'ZrrcFol7HRxx5UNY'}`).map(({ name }) => name)).toEqual([
      'mat_khau',
    ]);
    expect(secretsOf(alb(`https://api.example:443/v1.0/invoke/conturi/method/resetare-parola/${KEY}`)).map(({ level }) => level)).toEqual([
      'error',
    ]);
    expect(secretsOf(alb(`https://jegy.example:443/jelszo-visszaallitas/${KEY}`)).map(({ level }) => level)).toEqual(['error']);
    const proxmox = (query: string) =>
      `::ffff:192.0.2.197 - root@pam [19/01/2027:09:05:22 +0200] "GET /api2/json/nodes/pve1/qemu/101/vncwebsocket?port=5901&${query} HTTP/1.1" 200 -`;
    expect(secretsOf(proxmox('vncticket=PVEVNC%3A50BB9DCC%3A%3A5X3%2F9CKsRqLH2rYa1oQGc7tjd%2B9pKL0t'))).toMatchObject([
      { name: 'vncticket', level: 'note' },
    ]);
    expect(secretsOf(proxmox('PVEAuthCookie=PVE%3Aroot%40pam%3A7E8369B2%3A%3AK4fNlFV%2FTyMRsuAH%2BD7Z'))).toMatchObject([
      { name: 'PVEAuthCookie', level: 'error' },
    ]);
    expect(found('https://kenh.example:443/khoa/cong-nghe-thong-tin?khoa=cntt')).toEqual([]);
  });
});

describe("Telegram's bot path under an app's own route", () => {
  it('`/integraciones/telegram/bot<token>` is the bot token, as `/bot<token>/…` is; `/robot<digits>:…` is none', () => {
    const token = `6656716302:${base64url(35, 3)}`;
    const line = (path: string) => `91.108.6.39 - - [18/Dec/2026:08:04:45 +0100] "POST ${path} HTTP/1.1" 200 2 "-" "-"`;
    expect(secretsOf(line(`/integraciones/telegram/bot${token}`)).map(({ name }) => name)).toEqual(['telegram-bot-path']);
    expect(secretsOf(line(`/robot${token}`))).toEqual([]);
  });
});

describe('webhook signing secrets', () => {
  it("`stripe listen`'s whsec_ secret is a credential; the word alone is none", () => {
    const secret = `whsec_${base64url(32, 11).replace(/[-_]/g, 'x')}`;
    const line = `> Ready! You are using Stripe API Version [2025-11-17.clover]. Your webhook signing secret is ${secret} (^C to quit)`;
    expect(secretsOf(line).map(({ name, level }) => ({ name, level }))).toEqual([{ name: 'webhook-signing-secret', level: 'error' }]);
    expect(secretsOf('set STRIPE_WEBHOOK_SECRET=whsec_... in .env')).toEqual([]);
  });
});

describe('webhooks by their URL', () => {
  it("a Google Apps Script web app's /exec URL (plain, or with JSON-escaped slashes) is a webhook; the editor's URL is none", () => {
    const id = `AKfycb${base64url(66, 7)}`;
    const body = (url: string) => `I1216 10:02:07.402875 21990 request.go:1212] Request Body: {"data":{"SHEETS_WEBHOOK":"${url}"}}`;
    for (const url of [`https://script.google.com/macros/s/${id}/exec`, `https:\\/\\/script.google.com\\/macros\\/s\\/${id}\\/exec`])
      expect(
        secretsOf(body(url)).map(({ name, level }) => ({ name, level })),
        url,
      ).toEqual([{ name: 'google-apps-script-web-app', level: 'error' }]);
    expect(secretsOf(body(`https://script.google.com/home/projects/${id}/edit`))).toEqual([]);
  });
});

describe('single-use names', () => {
  it('one_time_token and its kin are tickets (single-use: a second use is a replay)', () => {
    for (const name of ['one_time_token', 'oneTimeToken', 'single_use_token'])
      expect(classifyParamName(name), name).toMatchObject({ kind: 'ticket', singleUse: true });
    expect(secretsOf(alb(`https://app.example:443/export/download?one_time_token=${KEY}`))).toEqual([
      { name: 'one_time_token', value: KEY, level: 'note' },
    ]);
  });

  it('a token named for a one-time action (a session handoff, a seat in a call, a download) is a ticket too', () => {
    for (const name of ['handoff_token', 'joinToken', 'download_token'])
      expect(classifyParamName(name), name).toMatchObject({ kind: 'ticket', singleUse: true });
    expect(secretsOf(alb(`https://app.example:443/session/handoff?handoff_token=${KEY}`))).toEqual([
      { name: 'handoff_token', value: KEY, level: 'note' },
    ]);
    expect(classifyParamName('access_download_token')).toMatchObject({ kind: 'token', singleUse: false });
  });
});

/** A random base64url run of `length` characters, as token generators write them (seeded: the same every run). */
function base64url(length: number, seed: number): string {
  return Buffer.from(Array.from({ length }, (_, index) => (index * 73 + seed * 151 + ((index * index) % 17)) % 256))
    .toString('base64url')
    .slice(0, length);
}

const traefik = (path: string) =>
  `{"ClientHost":"198.51.100.107","DownstreamStatus":302,"RequestHost":"forum.example","RequestMethod":"GET","RequestPath":"${path}","RequestProtocol":"HTTP/2.0","StartUTC":"2026-07-14T05:02:32.746792838Z"}`;
const appGateway = (uri: string) =>
  `{"timeStamp":"2026-07-14T11:02:27+00:00","operationName":"ApplicationGatewayAccess","properties":{"httpMethod":"GET","requestUri":"${uri}","userAgent":"python-httpx/0.28.1","httpStatus":200}}`;
const combined = (path: string) =>
  `192.0.2.107 - - [14/Jul/2026:11:32:48 +0000] "GET ${path} HTTP/1.1" 200 11932 "-" "Mozilla/5.0 (Linux; Android 15; Pixel 9)"`;

describe('links under path words of their own (issue #14)', () => {
  it("Discourse's e-mail login, and the two confirmation links of its account pages", () => {
    expect(secretsOf(traefik(`/session/email-login/${HEX}`))).toEqual([{ name: '/email-login/', value: HEX, level: 'error' }]);
    expect(secretsOf(traefik(`/u/activate-account/${HEX}`))).toMatchObject([{ name: '/activate-account/', level: 'error' }]);
    expect(secretsOf(traefik('/session/email-login/expired'))).toEqual([]);
  });

  it("a Django signed key (`<payload>:<timestamp>:<signature>`, allauth's confirm-email) is a secret segment; a time is none", () => {
    const key = `MTI4:1uxByP:${base64url(43, 1)}`;
    expect(secretsOf(combined(`/accounts/confirm-email/${key}/`))).toEqual([{ name: '/confirm-email/', value: key, level: 'error' }]);
    expect(secretsOf(combined('/accounts/confirm-email/2026-07-14T10:30:00/'))).toEqual([]);
  });

  it('a magic link under a word of its own, after /auth/; ids and names there are none', () => {
    const token = base64url(48, 2);
    expect(secretsOf(combined(`/auth/m/${token}`))).toEqual([{ name: '/auth/', value: token, level: 'error' }]);
    // Named by the nearer word when two announce it.
    expect(secretsOf(combined(`/auth/magic/${token}`))).toMatchObject([{ name: '/magic/' }]);
    expect(secretsOf(combined('/auth/users/3aec78f2-56e1-46e5-a51b-6ed5a63bd91b/sessions'))).toEqual([]);
    expect(secretsOf(combined('/auth/realms/master/protocol/openid-connect/auth'))).toEqual([]);
    expect(secretsOf(combined(`/login/token/${token}`))).toEqual([{ name: '/login/', value: token, level: 'error' }]);
    expect(secretsOf(combined('/login/sso/3aec78f2-56e1-46e5-a51b-6ed5a63bd91b'))).toEqual([]);
  });

  it("Phoenix's phx.gen.auth magic link, /users/log-in/<token>, on its request line", () => {
    const token = base64url(43, 14);
    expect(secretsOf(`2026-07-14 12:04:00.209 request_id=Fx81-abcDEFghij0 [info] GET /users/log-in/${token}`)).toEqual([
      { name: '/log-in/', value: token, level: 'error' },
    ]);
    expect(secretsOf('2026-07-14 12:04:00.209 request_id=Fx81-abcDEFghij0 [info] GET /users/log-in/confirm')).toEqual([]);
  });

  it("ASP.NET Core Identity's ConfirmEmail and ResetPassword code, and an Azure Functions key, are credentials; other codes are none", () => {
    const token = base64url(120, 3);
    expect(secretsOf(appGateway(`/Identity/Account/ConfirmEmail?userId=3aec78f2-56e1-46e5-a51b-6ed5a63bd91b&code=${token}`))).toEqual([
      { name: 'code', value: token, level: 'error' },
    ]);
    expect(secretsOf(appGateway(`/Account/ResetPassword?code=${token}`))).toMatchObject([{ name: 'code', level: 'error' }]);
    const functionKey = `${base64url(54, 4)}==`;
    expect(secretsOf(appGateway(`/api/ExportInvoices?code=${functionKey}&month=2026-06`))).toEqual([
      { name: 'code', value: functionKey, level: 'error' },
    ]);
    expect(secretsOf(appGateway('/api/products?code=SKU-2231-BLUE'))).toEqual([]);
    expect(secretsOf(appGateway('/shop/redeem?code=SUMMER2026VOUCHER'))).toEqual([]);
  });

  it("Tableau's trusted ticket (`/trusted/<base64>==:<token>/views/…`) is single-use: a note, and a replay when used twice", () => {
    const ticket = `${base64url(22, 5)}==:${base64url(24, 6)}`;
    const line = `[2026-07-14T08:06:22.683Z] "GET /trusted/${ticket}/views/Sales/Overview?:embed=yes HTTP/2" 302 - via_upstream`;
    expect(secretsOf(line)).toEqual([{ name: '/trusted/', value: ticket, level: 'note' }]);
    const [candidate] = findCandidateLines(Buffer.from(`${line}\n`), prefilter).lines;
    expect(candidate && detectLineSecrets(line, candidate, names)[0]?.param?.entry?.singleUse).toBe(true);
  });
});

describe('credential headers in more dumps (issue #14)', () => {
  it("Go's http.Header as Caddy logs it and as fmt prints it: one-string arrays", () => {
    const fernet = `gAAAAAB${base64url(180, 7)}==`;
    const caddy = `{"level":"info","ts":1784009504.878,"logger":"http.log.access.log0","request":{"method":"GET","uri":"/compute/v2.1/servers/detail","headers":{"Accept":["*/*"],"X-Auth-Token":["${fernet}"]}}}`;
    expect(secretsOf(caddy)).toEqual([{ name: 'X-Auth-Token', value: fernet, level: 'error' }]);
    expect(secretsOf(`level=debug msg="vault request" headers="map[Accept:[*/*] X-Vault-Token:[hvs.${KEY}]]"`)).toEqual([
      { name: 'X-Vault-Token', value: `hvs.${KEY}`, level: 'error' },
    ]);
  });

  it("Django REST framework's `Token <key>` after the Authorization header's name; `token` in prose is none", () => {
    const drf = `"request_user_agent":"python-requests/2.32.5","request_authorization":"Token ${HEX}","response_status":200`;
    expect(secretsOf(`{${drf}}`)).toEqual([{ name: 'Authorization', value: HEX, level: 'error' }]);
    expect(secretsOf(`> Authorization: Token ${HEX}`)).toEqual([{ name: 'Authorization', value: HEX, level: 'error' }]);
    expect(secretsOf(`WARN auth: CSRF token ${HEX} did not match the session`)).toEqual([]);
    expect(secretsOf(`INFO Token ${HEX} rotated by the scheduler`)).toEqual([]);
  });

  it("AWS WAF's header list of names and values; a placeholder after Bearer is none", () => {
    const waf = (name: string, value: string) =>
      `{"timestamp":1784023610645,"action":"ALLOW","httpRequest":{"clientIp":"203.0.113.200","headers":[{"name":"host","value":"api.example"},{"name":"${name}","value":"${value}"}],"uri":"/v1/orders"}}`;
    expect(secretsOf(waf('x-api-key', KEY))).toEqual([{ name: 'x-api-key', value: KEY, level: 'error' }]);
    expect(secretsOf(waf('apikey', KEY))).toEqual([{ name: 'apikey', value: KEY, level: 'error' }]);
    expect(secretsOf(waf('authorization', 'Bearer null'))).toEqual([]);
    expect(secretsOf(waf('x-request-id', KEY))).toEqual([]);
  });

  it('a header dump JSON-escaped into a message (ASP.NET Core HttpClient logging), PRIVATE-TOKEN and apikey (curl -v)', () => {
    const message = `{"EventId":102,"Category":"System.Net.Http.HttpClient.apim.ClientHandler","Message":"Request Headers:\\r\\nOcp-Apim-Subscription-Key: ${HEX}\\r\\nAccept: application/json\\r\\n"}`;
    expect(secretsOf(message)).toEqual([{ name: 'Ocp-Apim-Subscription-Key', value: HEX, level: 'error' }]);
    expect(secretsOf(`> Private-Token: ${KEY}`)).toEqual([{ name: 'Private-Token', value: KEY, level: 'error' }]);
    // Upper case, as GitLab's curl examples write it: its glpat- token is found by its prefix.
    expect(secretsOf(`> PRIVATE-TOKEN: glpat-${KEY}`)).toMatchObject([{ name: 'gitlab-pat', level: 'error' }]);
    expect(secretsOf(`> apikey: ${KEY}`)).toEqual([{ name: 'apikey', value: KEY, level: 'error' }]);
    expect(secretsOf(`> X-Auth-Key: ${HEX}`)).toEqual([{ name: 'X-Auth-Key', value: HEX, level: 'error' }]);
    expect(secretsOf(`> api-key: ${HEX}`)).toEqual([{ name: 'api-key', value: HEX, level: 'error' }]);
  });
});

describe('multimaps as Go, Java and Kotlin print them: each name with the list of its values', () => {
  it("Go's url.Values through fmt (`map[name:[value] …]`): the first value; a placeholder or an id is none", () => {
    const line = (values: string) => `2026/11/17 11:04:03.703488 export params: map[${values} format:[csv] since:[2026-11-01]]`;
    expect(secretsOf(line(`access_token:[${KEY}]`))).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    expect(secretsOf(line('access_token:[YOUR_TOKEN]'))).toEqual([]);
    expect(secretsOf(line(`request_id:[${KEY}]`))).toEqual([]);
  });

  it("Ktor's Parameters and Spring's MultiValueMap (`name=[value, …]`): the first value, without its bracket", () => {
    const ktor = `2026-11-17 14:10:10.994 [eventLoopGroupProxy-4-1] WARN  c.example.routes.Feed - rejected: Parameters [user=[25317], token=[${KEY}], format=[ics]]`;
    expect(secretsOf(ktor)).toEqual([{ name: 'token', value: KEY, level: 'error' }]);
    const spring = `DEBUG o.s.w.f.CommonsRequestLoggingFilter - params {api_key=[${HEX}, ${KEY}], page=[1]}`;
    expect(secretsOf(spring)).toEqual([{ name: 'api_key', value: HEX, level: 'error' }]);
  });
});

describe('environment variables in constant case, as container definitions and CI APIs print them', () => {
  it("ECS task definitions' environment entries (name and value) and a CodeBuild override; a LOG_LEVEL is none", () => {
    const env = (name: string, value: string) =>
      `{"eventName":"RegisterTaskDefinition","requestParameters":{"containerDefinitions":[{"name":"reports","environment":[{"name":"LOG_LEVEL","value":"info"},{"name":"${name}","value":"${value}"}]}]}}`;
    expect(secretsOf(env('PARTNER_API_KEY', KEY))).toEqual([{ name: 'PARTNER_API_KEY', value: KEY, level: 'error' }]);
    expect(secretsOf(env('SMTP_PASSWORD', KEY))).toEqual([{ name: 'SMTP_PASSWORD', value: KEY, level: 'error' }]);
    expect(secretsOf(env('FEATURE_FLAGS', KEY))).toEqual([]);
    expect(secretsOf(`{"environmentVariablesOverride":[{"name":"SENTRY_AUTH_TOKEN","value":"${HEX}","type":"PLAINTEXT"}]}`)).toEqual([
      { name: 'SENTRY_AUTH_TOKEN', value: HEX, level: 'error' },
    ]);
  });
});

describe('names of credentials more APIs use', () => {
  it("a tracker's passkey, 3scale's user_key, Google's developerKey, Strapi's confirmation, an app's …SESSID", () => {
    for (const name of ['passkey', 'user_key', 'developerKey', 'confirmation', 'ASPSESSID'])
      expect(secretsOf(alb(`https://app.example:443/api/x?page=2&${name}=${HEX}`)), name).toEqual([{ name, value: HEX, level: 'error' }]);
    // Words, not secrets, under the names that need a secret-shaped value.
    expect(secretsOf(alb('https://app.example:443/account?confirmation=sent&passkey=enabled'))).toEqual([]);
  });
});

describe('keys named for their holder or what they open (logs heldout53 and heldout54)', () => {
  it('`station_key`, `tenantKey`, `routing_key` with a secret-shaped value; a cache key, a signature, a word are none', () => {
    const DIGEST = `${HEX}0a1b2c3d`;
    for (const name of ['station_key', 'tenantKey', 'routing_key'])
      expect(secretsOf(alb(`https://app.example:443/v2/nmea?${name}=${DIGEST}&fmt=json`)), name).toEqual([
        { name, value: DIGEST, level: 'error' },
      ]);
    for (const name of ['cache_key', 'signature_key', 'sortKey'])
      expect(secretsOf(alb(`https://app.example:443/v2/nmea?${name}=${DIGEST}&fmt=json`)), name).toEqual([]);
    expect(secretsOf(alb('https://app.example:443/v2/nmea?station_key=pier-4&fmt=json'))).toEqual([]);
  });
});

describe('more names, tokens and ping URLs (issue #14, after heldout6)', () => {
  it("Korea's data portal serviceKey, Zope's _ZopeId, Figma's figd_ token in a Python dict, a Healthchecks.io ping URL", () => {
    expect(secretsOf(alb(`https://api.example:443/air?serviceKey=${KEY}&returnType=json`))).toEqual([
      { name: 'serviceKey', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(alb(`https://cms.example:443/plone/edit?_ZopeId=${KEY}`))).toEqual([{ name: '_ZopeId', value: KEY, level: 'error' }]);
    const figma = `figd_${KEY}${HEX.slice(0, 8)}`;
    expect(secretsOf(`[W 261203 07:06:40 sync:61] 403 headers={'User-Agent': 'tornado/6.5', 'X-Figma-Token': '${figma}'}`)).toMatchObject([
      { value: figma, level: 'error' },
    ]);
    const ping = 'hc-ping.com/3df07894-a11f-40b3-96ad-e5a1b2ea6b1d';
    expect(secretsOf(`WARN: {"job":{"args":["https://${ping}","success"],"class":"PingMonitorJob"}}`)).toMatchObject([
      { value: ping, level: 'error' },
    ]);
  });
});

describe('PHP\'s print_r and name = "value" dumps', () => {
  it('print_r: `[name] => value` under a credential name; a placeholder or a page number is none', () => {
    const dump = (entries: string) => `[2026-12-01 10:00:00] production.DEBUG: token response Array ( ${entries} )`;
    expect(secretsOf(dump(`[access_token] => ${KEY} [token_type] => bearer`))).toEqual([
      { name: 'access_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(dump('[page] => 2 [access_token] => YOUR_TOKEN'))).toEqual([]);
  });

  it('`name = "value"` and `"name" = "value"` (HCL, an Objective-C dictionary); a SQL bind placeholder is none', () => {
    expect(secretsOf(`+ api_key = "${KEY}"`)).toEqual([{ name: 'api_key', value: KEY, level: 'error' }]);
    expect(secretsOf(`    "access_token" = "${KEY}";`)).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    expect(secretsOf('DEBUG [PrismaService] Query: SELECT "id" FROM "Session" WHERE ("public"."Session"."token" = $1 AND 1=1)')).toEqual(
      [],
    );
  });
});

describe('command lines, as process audits and CI traces print them', () => {
  it('--name=value and Java system properties (-Dname=value) under a credential name; other flags are none', () => {
    expect(secretsOf(`+ deploy --region eu --password=${KEY}`)).toEqual([{ name: '--password', value: KEY, level: 'error' }]);
    expect(secretsOf(`ps: java -Dspring.datasource.password=${KEY} -jar app.jar`)).toEqual([
      { name: '-Dspring.datasource.password', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`+ deploy --region=eu --build-id=${KEY}`)).toEqual([]);
  });
});

describe('values that hold no secret where one goes', () => {
  it("a secret's name in constant case (an unfilled template: ?access_token=ACCESS_TOKEN) is none; a value is still one", () => {
    expect(secretsOf(alb('https://api.example:443/v1/orders/?access_token=ACCESS_TOKEN'))).toEqual([]);
    expect(secretsOf(alb(`https://api.example:443/v1/orders/?access_token=${KEY}`))).toEqual([
      { name: 'access_token', value: KEY, level: 'error' },
    ]);
  });

  it("Rust's secrecy wrapper as Debug prints it (`api_key: SecretString([REDACTED])`) is none", () => {
    const config =
      'INFO app: config loaded config=Config { listen: 0.0.0.0:8080, partner: PartnerConfig { api_key: SecretString([REDACTED]), region: "NO" } }';
    expect(secretsOf(config)).toEqual([]);
  });
});

describe('AWS key pairs: the secret half is the credential, the access key ID names it', () => {
  const keyId = 'ASIAXC3DND0RF9UV0C1A';
  const secret = 'xrc3QkbgY15OYWbUWiQjTnE9msJQL11X4pwYYi/0';

  it("CloudTrail's userIdentity.accessKeyId, in every event it records, is no finding", () => {
    const event = `{"eventVersion":"1.11","userIdentity":{"type":"AssumedRole","accountId":"418207735160","accessKeyId":"${keyId}"},"eventTime":"2026-11-17T19:00:01Z","eventSource":"sts.amazonaws.com","eventName":"GetCallerIdentity"}`;
    expect(secretsOf(event)).toEqual([]);
  });

  it('the pair in a query or an STS response: the secret access key, by its name, is an error', () => {
    const query = alb(
      `https://gw.example:443/v1/s3/verify?access_key_id=${keyId}&secret_access_key=${encodeURIComponent(secret)}&bucket=drop`,
    );
    expect(secretsOf(query)).toEqual([{ name: 'secret_access_key', value: secret, level: 'error' }]);
    const sts = `DEBUG botocore.parsers Response body: {"Credentials":{"AccessKeyId":"${keyId}","SecretAccessKey":"${secret}"}}`;
    expect(secretsOf(sts)).toEqual([{ name: 'SecretAccessKey', value: secret, level: 'error' }]);
  });
});

describe('encodings and vendor URLs (issue #14)', () => {
  it('graphql-ws connectionParams percent-encoded into the query: the JWT after %22', () => {
    const jwt = makeJwt({ sub: 'user_4957', iat: 1_784_005_591, exp: 1_784_009_191 });
    const line = traefik(`/graphql?connectionParams=%7B%22authToken%22%3A%22${jwt}%22%7D`);
    expect(secretsOf(line)).toEqual([{ name: 'connectionParams', value: jwt, level: 'error' }]);
  });

  it('a JSON object percent-encoded into a query is read for the credentials it holds, an opaque one too', () => {
    expect(secretsOf(traefik(`/graphql?connectionParams=%7B%22authToken%22%3A%22${KEY}%22%7D`))).toEqual([
      { name: 'authToken', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(combined(`/ws?headers={"x-api-key":"${KEY}"}`))).toMatchObject([{ value: KEY, level: 'error' }]);
    expect(secretsOf(traefik('/graphql?payload=%7B%22query%22%3A%22subscription%20%7B%20orders%20%7D%22%7D'))).toEqual([]);
  });

  it('webhook URLs whose path is the secret: Zapier, IFTTT, Make, and Teams on its pre-2021 host (JSON-escaped)', () => {
    const squid = (url: string) =>
      `1784049357.902     41 10.30.2.122 TCP_MISS/200 120 POST ${url} - HIER_DIRECT/54.45.187.183 application/json`;
    expect(secretsOf(squid('https://hooks.zapier.com/hooks/catch/23931150/yfolb1l/'))).toMatchObject([
      { name: 'zapier-webhook', level: 'error' },
    ]);
    expect(secretsOf(squid(`https://maker.ifttt.com/trigger/door_open/with/key/${base64url(22, 8)}`))).toMatchObject([
      { name: 'ifttt-webhook-key', level: 'error' },
    ]);
    expect(secretsOf(squid('https://hook.eu1.make.com/h4k2m9x1q7w3e8r5t6y0u2i4o1p3a5s7'))).toMatchObject([
      { name: 'make-webhook', level: 'error' },
    ]);
    const teams = `[19-May-2026 16:02:19] WARNING: [pool www] child 5560 said into stderr: "{"url":"https:\\/\\/outlook.office.com\\/webhook\\/36841056-ac23-4523-8b90-236d0bad2470@3eb9e419-2e70-4901-a78b-d5dd5de44f0e\\/IncomingWebhook\\/${HEX}\\/b6918815-7f7d-4219-9899-a344536866a1"}"`;
    expect(secretsOf(teams)).toMatchObject([{ name: 'teams-webhook-legacy', level: 'error' }]);
    expect(secretsOf(squid('https://hooks.zapier.com/hooks/catch/'))).toEqual([]);
    // PHP's json_encode escapes slashes.
    const zapier = '{"message":"zap failed","url":"https:\\/\\/hooks.zapier.com\\/hooks\\/catch\\/23931150\\/yfolb1l\\/"}';
    expect(secretsOf(zapier)).toMatchObject([{ name: 'zapier-webhook', level: 'error' }]);
    const make = '{"message":"scenario hook","url":"https:\\/\\/hook.us2.make.com\\/h4k2m9x1q7w3e8r5t6y0u2i4o1p3a5s7"}';
    expect(secretsOf(make)).toMatchObject([{ name: 'make-webhook', level: 'error' }]);
  });

  it(".NET's System.Text.Json quotes inside a string as \\u0022: the pairs and the JWTs inside are read", () => {
    const jwt = makeJwt({ sub: 'u7', iat: 1_784_005_591, exp: 1_784_009_191 });
    const aspnet = (inner: string) =>
      `{"Timestamp":"2026-07-14T12:31:16.755Z","EventId":3,"LogLevel":"Debug","Category":"Auth.TokenClient","Message":"token response ${inner}"}`;
    expect(secretsOf(aspnet(`{\\u0022refresh_token\\u0022:\\u0022${KEY}\\u0022,\\u0022expires_in\\u0022:3600}`))).toEqual([
      { name: 'refresh_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(aspnet(`{\\u0022id_token\\u0022:\\u0022${jwt}\\u0022}`))).toMatchObject([{ name: 'id_token', value: jwt }]);
  });

  it("Netlify's build hook URL: its path is the secret", () => {
    expect(secretsOf(combined('/build_hooks/5c23354f454e1350f8543e78'))).toEqual([
      { name: '/build_hooks/', value: '5c23354f454e1350f8543e78', level: 'error' },
    ]);
  });

  it("session names written in capitals ending in SID (Gallery 2's); a playback or external session id is none", () => {
    expect(secretsOf(combined(`/videos/${HEX}/master.m3u8?MediaSourceId=${HEX}&PlaySessionId=${HEX}`))).toEqual([]);
    expect(secretsOf(combined(`/gallery2/main.php?g2_itemId=7149&g2_GALLERYSID=${HEX}`))).toEqual([
      { name: 'g2_GALLERYSID', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(combined('/gallery2/main.php?g2_GALLERYSID=7149'))).toEqual([]);
    expect(secretsOf(combined(`/api/calls?AccountSid=${HEX}`))).toEqual([]);
  });

  it("PHP shops' session ids in links: Zen Cart's zenid, osCommerce's osCsid, xt:Commerce's XTCsid", () => {
    const id = 'zm5456ws6fzs91jbjd8v1vjecf';
    for (const name of ['zenid', 'osCsid', 'XTCsid'])
      expect(secretsOf(combined(`/index.php?main_page=checkout_shipping&${name}=${id}`)), name).toEqual([
        { name, value: id, level: 'error' },
      ]);
  });

  it("a Stripe Checkout Session id and PayPal's order token in return URLs are ids; a client secret and a lone token are not", () => {
    const session = `cs_live_${base64url(58, 9).replace(/[-_]/g, 'x')}`;
    expect(secretsOf(combined(`/checkout/success?session_id=${session}`))).toEqual([]);
    expect(secretsOf(combined(`/checkout/success?session_id=${session}_secret_${KEY}`))).toMatchObject([{ name: 'session_id' }]);
    expect(secretsOf(combined('/checkout/paypal/return?token=9K0L2IVOK95YAQRPO&PayerID=LYMLAVECPY5WU'))).toEqual([]);
    expect(secretsOf(combined('/checkout/paypal/return?token=EC-9K0L2IVOK95YAQRPO&PayerID=LYMLAVECPY5WU'))).toEqual([]);
    expect(secretsOf(combined('/api/export?token=9K0L2IVOK95YAQRPO'))).toMatchObject([{ name: 'token', level: 'error' }]);
  });

  it("Tyk's analytics records hold the key's hash under api_key (any of its four hash lengths); an unhashed key is a key", () => {
    const record = (apiKey: string) =>
      `{"method":"GET","path":"/reports/v1/summary","response_code":200,"api_key":"${apiKey}","api_id":"81b68e66c76baadcdbe6a6bf1fa30d1b","org_id":"cbfac15662696cc50805776f","oauth_id":""}`;
    for (const hash of ['8db21a49', '8db21a49ae93c179', '8db21a49ae93c1797ca1e0c0d6a2f4b1', `${HEX}${HEX}`.slice(0, 64)])
      expect(secretsOf(record(hash)), hash).toEqual([]);
    const unhashed = `cbfac15662696cc50805776f${'0f8e2a4c6b1d3e5f7a9c0b2d4e6f8a1c'}`;
    expect(secretsOf(record(unhashed))).toMatchObject([{ name: 'api_key', value: unhashed, level: 'error' }]);
    // Without Tyk's org_id beside it, 16 hex digits under api_key is a key like any other.
    expect(secretsOf(`{"path":"/v1/summary","api_key":"8db21a49ae93c179"}`)).toMatchObject([{ name: 'api_key', level: 'error' }]);
  });
});

describe('more names and tickets (issue #14)', () => {
  const requests = (url: string) =>
    `[2026-07-14 09:12:40,118: DEBUG/ForkPoolWorker-2] https://api.example:443 "GET ${url} HTTP/1.1" 200 5120`;

  it("MaxMind's license_key, django-sesame's sesame and Vercel's x-vercel-protection-bypass are credentials", () => {
    expect(secretsOf(requests(`/app/geoip_download?edition_id=GeoLite2-ASN&license_key=${KEY}&suffix=tar.gz`))).toEqual([
      { name: 'license_key', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`INFO magic link sent: https://app.example/welcome/?sesame=${KEY}`)).toEqual([
      { name: 'sesame', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(combined(`/preview?x-vercel-protection-bypass=${KEY}&x-vercel-set-bypass-cookie=true`))).toEqual([
      { name: 'x-vercel-protection-bypass', value: KEY, level: 'error' },
    ]);
  });

  it("Firebase Auth's oobCode in an action link (a password reset) is a credential until used; the web API key beside it a note", () => {
    const code = base64url(54, 15);
    const apiKey = `AIzaSy${base64url(33, 16)}`;
    expect(secretsOf(combined(`/__/auth/action?mode=resetPassword&oobCode=${code}&apiKey=${apiKey}&lang=de`))).toEqual([
      { name: 'oobCode', value: code, level: 'error' },
      { name: 'apiKey', value: apiKey, level: 'note' },
    ]);
  });

  it("Vercel's protection bypass secret as a header, in a header dump and in a JSON object of headers", () => {
    expect(secretsOf(`2026-07-14T09:12:40.118Z DEBUG request headers: accept: */*\r\nx-vercel-protection-bypass: ${KEY}`)).toEqual([
      { name: 'x-vercel-protection-bypass', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`{"msg":"e2e request","headers":{"accept":"*/*","x-vercel-protection-bypass":"${KEY}"}}`)).toEqual([
      { name: 'x-vercel-protection-bypass', value: KEY, level: 'error' },
    ]);
  });

  it("Salesforce Commerce Cloud's dwsid session cookie, also in a Cookie header a CDN writes percent-encoded (;%20)", () => {
    const sid = `${base64url(40, 11)}_${base64url(30, 12)}`;
    expect(
      secretsOf(`{"reqPath":"/on/demandware.store/Sites-shop-Site/Cart-Show","cookie":"dw_dnt=1;%20dwsid=${sid};%20__cq_dnt=1"}`),
    ).toEqual([{ name: 'dwsid', value: sid, level: 'error' }]);
  });

  it('a SAML artifact and *_ticket names are single-use tickets (a note); a tracker ticket number is none', () => {
    expect(classifyParamName('SAMLart')).toMatchObject({ kind: 'ticket', singleUse: true });
    expect(classifyParamName('download_ticket')).toMatchObject({ kind: 'ticket', singleUse: true });
    const artifact = `AAQAA${base64url(40, 13)}`;
    expect(secretsOf(combined(`/Shibboleth.sso/SAML2/Artifact?SAMLart=${encodeURIComponent(artifact)}&RelayState=ss%3Amem%3A1`))).toEqual([
      { name: 'SAMLart', value: artifact, level: 'note' },
    ]);
    // 1 in 230 random 32-character values holds no digit: a ticket's value is random even so.
    const digitless = 'xQMRt-KwpZaLbYc_HnVDEsFgUiJoNqPr';
    expect(secretsOf(combined(`/sso/consume?login_ticket=${digitless}&next=%2F`))).toEqual([
      { name: 'login_ticket', value: digitless, level: 'note' },
    ]);
    expect(secretsOf(combined('/support/view?support_ticket=OPS-20260714'))).toEqual([]);
    expect(secretsOf(combined('/support/view?support_ticket=HelpdeskRequestOverview'))).toEqual([]);
  });
});

describe('pairs printed without a colon (issue #14)', () => {
  it("Python's tuples of pairs (werkzeug's ImmutableMultiDict, parse_qsl): a credential name's value is read", () => {
    expect(
      secretsOf(`[2026-07-14 10:02:11,904] WARNING in views: bad export args=ImmutableMultiDict([('page', '2'), ('api_token', '${KEY}')])`),
    ).toEqual([{ name: 'api_token', value: KEY, level: 'error' }]);
    expect(secretsOf(`DEBUG query pairs: [("refresh_token", "${KEY}")]`)).toEqual([{ name: 'refresh_token', value: KEY, level: 'error' }]);
    expect(secretsOf(`DEBUG query pairs: [('next_page_token', '${KEY}'), ('sort', 'asc')]`)).toEqual([]);
  });

  it("Haskell's show of pairs (wai-extra's Params) and Clojure's map (ring-logger's headers): the same pairs", () => {
    expect(secretsOf(`  Params: [("sucursal","coyoacan"),("api_token","${KEY}")]`)).toEqual([
      { name: 'api_token', value: KEY, level: 'error' },
    ]);
    expect(
      secretsOf(`INFO ring.logger - Starting :get /agen for 10.8.0.12 {"host" "api.example", "x-auth-token" "${KEY}", "accept" "*/*"}`),
    ).toEqual([{ name: 'x-auth-token', value: KEY, level: 'error' }]);
    expect(secretsOf(`INFO ring.logger - {"host" "api.example", "x-request-id" "${KEY}"}`)).toEqual([]);
  });

  it("Node's util.inspect of a URLSearchParams or a Map: 'name' => 'value'", () => {
    expect(secretsOf(`[webhook] rejected URLSearchParams { 'user' => 'u_1842', 'access_token' => '${KEY}' }`)).toEqual([
      { name: 'access_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`[webhook] rejected Map(2) { 'cursor' => '${KEY}', 'limit' => '50' }`)).toEqual([]);
  });

  it("Envoy's debug log, a request header per line as a pair without parentheses; a CSRF token or a request id is none", () => {
    expect(secretsOf(`'x-gitlab-token', '${KEY}'`)).toEqual([{ name: 'x-gitlab-token', value: KEY, level: 'error' }]);
    expect(secretsOf(`  'x-api-key', '${KEY}'`)).toMatchObject([{ name: 'x-api-key', value: KEY }]);
    expect(secretsOf(`'x-csrf-token', '${KEY}'`)).toEqual([]);
    expect(secretsOf("'x-request-id', '6f1c2d3e-aaaa-bbbb-cccc-1234567890ab'")).toEqual([]);
  });
});

describe("JSON's escaped = (issue #14)", () => {
  it("Gson's \\u003d and \\u0026 in a URL, also inside a JSON string inside JSON (\\\\u003d)", () => {
    expect(secretsOf(`{"level":"INFO","message":"notify url https://hooks.example/done?id\\u003d9\\u0026api_key\\u003d${KEY}"}`)).toEqual([
      { name: 'api_key', value: KEY, level: 'error' },
    ]);
    const nested = `{"@timestamp":"2026-07-14T14:10:24.322Z","message":"job: {\\"callbackUrl\\":\\"https://hooks.example/jobs?job\\\\u003d7\\\\u0026access_token\\\\u003d${KEY}\\"}"}`;
    expect(secretsOf(nested)).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    expect(secretsOf(`{"message":"login link https://app.example/?sesame\\u003d${KEY}"}`)).toEqual([
      { name: 'sesame', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`{"message":"redirect to https://shop.example/list?page\\u003d2\\u0026sort\\u003d${KEY}"}`)).toEqual([]);
  });
});

describe('webhooks whose path is the secret (issue #14)', () => {
  const uuid = '5d4f12a3-bc98-4d11-a4f2-00ab12cd34ef';

  it('Feishu and Lark custom bot hooks', () => {
    for (const host of ['open.feishu.cn', 'open.larksuite.com'])
      expect(
        secretsOf(`{"level":"ERROR","message":"bot hook https://${host}/open-apis/bot/v2/hook/${uuid} returned 19021"}`),
        host,
      ).toEqual([{ name: 'feishu-bot-webhook', value: `${host}/open-apis/bot/v2/hook/${uuid}`, level: 'error' }]);
    expect(secretsOf('{"message":"GET https://open.feishu.cn/open-apis/bot/v2/info 200"}')).toEqual([]);
  });

  it('Webex incoming webhooks (the id is base64 of ciscospark://us/WEBHOOK/<uuid>)', () => {
    const id = Buffer.from(`ciscospark://us/WEBHOOK/${uuid}`).toString('base64').replace(/=+$/, '');
    expect(secretsOf(`2026-07-14T16:03:38.98Z Run curl -s -X POST "https://webexapis.com/v1/webhooks/incoming/${id}" -d '{}'`)).toEqual([
      { name: 'webex-incoming-webhook', value: `webexapis.com/v1/webhooks/incoming/${id}`, level: 'error' },
    ]);
    expect(secretsOf('2026-07-14T16:03:38.98Z GET https://webexapis.com/v1/webhooks/incoming 200')).toEqual([]);
  });
});

describe('deploy hooks, workflow endpoints and OAuth servers of their own (issue #14)', () => {
  it("Vercel's deploy hooks, also JSON-escaped; the project's API path without a hook is none", () => {
    const hook = 'api.vercel.com/v1/integrations/deploy/prj_2OJo7XOmbu8Tx78OjbHMEzzbTogD/zStbJTq25A';
    expect(secretsOf(`2026-11-17T17:09:10+00:00 tools-01 wget[4399]: --2026-11-17 17:09:10--  https://${hook}`)).toEqual([
      { name: 'vercel-deploy-hook', value: hook, level: 'error' },
    ]);
    expect(secretsOf(`{"msg":"POST https:\\/\\/${hook.replaceAll('/', '\\/')} 201"}`)).toMatchObject([
      { name: 'vercel-deploy-hook', level: 'error' },
    ]);
    expect(secretsOf('GET https://api.vercel.com/v1/integrations/configurations 200')).toEqual([]);
  });

  it("PagerDuty's integration URLs (the 32-hex integration key), as CloudTrail logs an SNS subscription", () => {
    const url = `events.pagerduty.com/integration/${HEX}/enqueue`;
    expect(secretsOf(`{"eventName":"Subscribe","requestParameters":{"protocol":"https","endpoint":"https://${url}"}}`)).toEqual([
      { name: 'pagerduty-integration-url', value: url, level: 'error' },
    ]);
    expect(secretsOf('GET https://events.pagerduty.com/integration/health 200')).toEqual([]);
  });

  it("n8n's webhook trigger URLs (/webhook/<uuid>, /webhook-test/<uuid>); a receiver's own route or an id is none", () => {
    const uuid = '48f75433-0519-43ba-8882-b92da55f9b8e';
    for (const path of [`/webhook/${uuid}`, `/webhook-test/${uuid}`])
      expect(secretsOf(`INFO io.ktor.client.HttpClient - REQUEST: https://flows.example${path}`), path).toMatchObject([
        { value: uuid, level: 'error' },
      ]);
    expect(secretsOf('POST /webhook/stripe 200 12ms')).toEqual([]);
    expect(secretsOf('POST /api/webhook/42 200 3ms')).toEqual([]);
  });

  it("Render's and Cloudflare Pages' deploy hooks, Splunk On-Call's REST endpoint, Uptime Kuma's push monitors", () => {
    const render = 'api.render.com/deploy/srv-yrtias4uvablwxaxm5fk?key=JIxQfyqxHUH';
    expect(secretsOf(`INFO triggering deploy hook=https://${render}`)).toMatchObject([{ value: render, level: 'error' }]);
    const hook = '41769ffc-3db2-44f7-8253-ac9ef748cec4';
    expect(secretsOf(`+ curl -X POST https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${hook}`)).toMatchObject([
      { value: hook, level: 'error' },
    ]);
    const victorops = `integrations/generic/20131114/alert/${hook}/ops`;
    expect(secretsOf(`ERROR alert delivery failed url=https://alert.victorops.com/${victorops}`)).toMatchObject([{ level: 'error' }]);
    expect(secretsOf(`GET /api/push/${KEY}?status=up&msg=OK&ping= 200`)).toMatchObject([
      { name: 'uptime-kuma-push-url', value: `api/push/${KEY}`, level: 'error' },
    ]);
    // Older releases' 10-character tokens.
    expect(secretsOf("+ curl -fsS 'https://status.example.org/api/push/B4j1KKusl7?status=up&msg=OK&ping='")).toMatchObject([
      { name: 'uptime-kuma-push-url', level: 'error' },
    ]);
    expect(secretsOf('GET /api/push/NewMessage 200')).toEqual([]);
    expect(secretsOf('GET /api/push/devices 200')).toEqual([]);
  });

  it("Pipedream's HTTP endpoints, whose host is the secret", () => {
    expect(secretsOf('ERROR notify: webhook delivery failed (https://eo6csynu9xp3b02.m.pipedream.net/): timed out')).toEqual([
      { name: 'pipedream-endpoint', value: 'eo6csynu9xp3b02.m.pipedream.net', level: 'error' },
    ]);
    expect(secretsOf('GET https://pipedream.com/docs/workflows 200')).toEqual([]);
  });

  it("Ory's opaque OAuth tokens (ory_at_, ory_rt_, ory_ac_) under any name; a word ending in ory_ is none", () => {
    const refresh = `ory_rt_${KEY}.${HEX}`;
    // Named by its parameter when it is one's value.
    expect(secretsOf(`GET /api/auth/renew?rt=${refresh} 200 98.921 ms`)).toEqual([{ name: 'rt', value: refresh, level: 'error' }]);
    expect(secretsOf(`DEBUG hydra introspect token=[${refresh}]`)).toMatchObject([{ value: refresh, level: 'error' }]);
    expect(secretsOf(`DEBUG hydra issued ${refresh}`)).toEqual([{ name: 'ory-token', value: refresh, level: 'error' }]);
    expect(secretsOf(`INFO memory_at_${KEY} rebalanced`)).toEqual([]);
  });
});

describe("Docker's config.json in a CI log (issue #14)", () => {
  const login = Buffer.from(`ci-bot:${KEY}`).toString('base64');

  it('"auth": "<base64 of user:password>" is a registry login; an auth mode or other base64 is none', () => {
    expect(secretsOf(`2026-07-14T16:05:27.8165051Z 			"auth": "${login}"`)).toEqual([{ name: 'auth', value: login, level: 'error' }]);
    expect(secretsOf(`{"auths":{"registry.example:5000":{"auth":"${login}"}}}`)).toEqual([{ name: 'auth', value: login, level: 'error' }]);
    expect(secretsOf(`{"auth": "${Buffer.from(KEY).toString('base64')}"}`)).toEqual([]);
    expect(secretsOf('{"level":"info","msg":"proxy","auth":"oauth2-proxy","upstream":"http://10.0.0.2:4180"}')).toEqual([]);
    expect(secretsOf('{"level":"info","msg":"mode","auth": "disabled-for-healthchecks"}')).toEqual([]);
  });

  it('auth= in a URL needs a secret-shaped value: a mode is none', () => {
    expect(secretsOf(combined(`/db/orders.json?auth=${KEY}`))).toEqual([{ name: 'auth', value: KEY, level: 'error' }]);
    expect(secretsOf(combined('/status?auth=anonymous&verbose=1'))).toEqual([]);
  });
});

describe('placeholders a CI job prints (issue #14)', () => {
  const step = (command: string) => `2026-07-14T16:02:47.9147675Z ##[group]Run ${command}`;

  it('a shell variable, a GitHub Actions expression and a command substitution stand where a secret goes: none', () => {
    expect(secretsOf(step('curl -v -H "X-Vault-Token: $VAULT_TOKEN" "$VAULT_ADDR/v1/kv/data/ci"'))).toEqual([]);
    expect(secretsOf(step('curl "https://maps.example/geocode?api_key=${{secrets.MAPS_API_KEY}}&q=Bonn"'))).toEqual([]);
    expect(secretsOf(step('curl "https://api.example/v1/export?access_token=$(vault-read-export-token)"'))).toEqual([]);
  });

  it('a value that only starts with $ is still one', () => {
    expect(secretsOf(step(`curl -H "X-Vault-Token: hvs.${KEY}" "$VAULT_ADDR/v1/kv/data/ci"`))).toMatchObject([{ level: 'error' }]);
    expect(secretsOf(step('curl "https://db.example/login?password=$ecretPass1"'))).toEqual([
      { name: 'password', value: '$ecretPass1', level: 'error' },
    ]);
  });
});

describe('ciphertext under a secret name (issue #14)', () => {
  const ciphertext = `AgB4${base64url(300, 17).replace(/[-_]/g, '/')}==`;
  const audit = (spec: string) =>
    `{"kind":"Event","apiVersion":"audit.k8s.io/v1","verb":"create","requestObject":{"apiVersion":"bitnami.com/v1alpha1","kind":"SealedSecret","metadata":{"name":"smtp"},"spec":${spec}}}`;

  it("a SealedSecret's encryptedData is ciphertext for the cluster's key: none; a plain Secret's stringData beside it is one", () => {
    expect(secretsOf(audit(`{"encryptedData":{"SMTP_PASSWORD":"${ciphertext}","API_TOKEN":"${ciphertext}"}}`))).toEqual([]);
    expect(secretsOf(audit(`{"encryptedData":{"A":"${ciphertext}"},"stringData":{"API_TOKEN":"${KEY}"}}`))).toEqual([
      { name: 'API_TOKEN', value: KEY, level: 'error' },
    ]);
  });
});

describe('places of heldout parts (code and logs) seen after their first score', () => {
  it('short OAuth codes (ORCID 6, UAA 10, Bitbucket 18 characters) are codes beside a random state; code=US&state=CA is not', () => {
    for (const code of ['VEI7Td', 'Uvb2m71rdB', 'UZQjI2ULdmY8kACBYg'])
      expect(secretsOf(alb(`https://app.example:443/signin-orcid?code=${code}&state=B4eLwJ9NoRYFkfxp`)), code).toEqual([
        { name: 'code', value: code, level: 'warning' },
      ]);
    expect(secretsOf(alb('https://app.example:443/stores?code=US&state=CA'))).toEqual([]);
    expect(secretsOf(alb('https://app.example:443/stores?code=ABC123&state=NY'))).toEqual([]);
    expect(secretsOf(alb('https://app.example:443/products?code=SKU12345'))).toEqual([]);
  });

  it('a provider token after a percent escape: a GitLab token as the password of a percent-encoded clone URL', () => {
    const token = 'glpat-JgKHlcjCf5CahCueMDaT';
    const line = `2026/12/08 15:06:38 router: completed GET /repo/migrate?type=gitlab&clone_addr=https%3A%2F%2Foauth2%3A${token}%40gitlab.com%2Fx.git for 192.0.2.96:0, 200 OK`;
    expect(secretsOf(line)).toMatchObject([{ value: token, level: 'error' }]);
  });

  it("mod_log_forensic's headers (|Name:value): a Redmine API key header, a Drupal session cookie", () => {
    const forensic = (header: string) => `+ttE9YL941R11ahUNCUjAAAAB|GET /issues.json HTTP/1.1|Host:tracker.example|${header}|Accept:*/*`;
    expect(secretsOf(forensic(`X-Redmine-API-Key:${HEX}`))).toEqual([{ name: 'X-Redmine-API-Key', value: HEX, level: 'error' }]);
    const session = 'VOQ5OZAxWLyCpOT6e8B4bD_mNdvqQF4zFZ9mnBFu0_1';
    expect(secretsOf(forensic(`Cookie:SSESS2db50c197273af581ecec98502a74185=${session}; cookie-agreed=2`))).toMatchObject([
      { value: session, level: 'error' },
    ]);
  });

  it("Drupal's one-time login link /user/reset/<uid>/<timestamp>/<hash>; ids alone are no secret", () => {
    const hash = 'cFY-o5WRGn8cIKsOZtZkqfNicjVoyf7nlRAPqFv19lU';
    expect(secretsOf(combined(`/user/reset/230/1796709575/${hash}`))).toMatchObject([{ value: hash, level: 'error' }]);
    expect(secretsOf(combined('/user/reset/230/1796709575/login'))).toEqual([]);
  });

  it("Slack Workflow Builder's webhook triggers, with a doubled slash too", () => {
    for (const url of [
      'https://hooks.slack.com/triggers/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',
      'https://hooks.slack.com//triggers/TNFGUJKRMI5/3900530656845/f8ad46766e39a1ed49f84b9a93b32965',
      'https://hooks.slack.com/workflows/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',
    ])
      expect(secretsOf(`UNDICI 46529: sending request to POST ${url}`), url).toMatchObject([{ name: 'slack-webhook', level: 'error' }]);
  });

  it("a C# record's ToString() (Name = value, unquoted): its password member is one; its e-mail is not", () => {
    const line =
      '2026-12-03 13:08:21.505 warn: BookingK.Web.Pages.Account.LoginModel[0] Login failed for LoginModel { Email = jonas@booking-k.example, Password = gV3WQsFmOR!364, RememberMe = False }';
    expect(secretsOf(line)).toEqual([{ name: 'Password', value: 'gV3WQsFmOR!364', level: 'error' }]);
    expect(secretsOf('warn: Login failed for LoginModel { Email = jonas@booking-k.example, Password = , RememberMe = False }')).toEqual([]);
  });

  it('dumped headers named as credentials (OkHttp, a provider debug log): X-Parse-Session-Token, Dd-Api-Key; X-Request-Id is none', () => {
    const okhttp = (header: string) => `2026-12-09 10:32:47.838  5616  5669 D OkHttp  : ${header}`;
    expect(secretsOf(okhttp('X-Parse-Session-Token: r:2ebd917137d9a5bdee212fd77c12d59a'))).toEqual([
      { name: 'X-Parse-Session-Token', value: 'r:2ebd917137d9a5bdee212fd77c12d59a', level: 'error' },
    ]);
    expect(secretsOf(`Dd-Api-Key: ${HEX}`)).toEqual([{ name: 'Dd-Api-Key', value: HEX, level: 'error' }]);
    expect(secretsOf(okhttp(`X-Request-Id: ${HEX}`))).toEqual([]);
  });

  it("Splunk HEC's Authorization: Splunk <token>, read after the header's name only", () => {
    const token = 'e9d2764e-edfd-4509-8419-706d3615f022';
    const line = `{"level":20,"reqId":"req-17","headers":{"host":"api.example","authorization":"Splunk ${token}"},"msg":"proxying to HEC"}`;
    expect(secretsOf(line)).toMatchObject([{ value: token, level: 'error' }]);
    expect(secretsOf(`{"msg":"Splunk ${token} forwarder restarted","token_count":3}`)).toEqual([]);
  });

  it("Python's repr of a dataclass (name='value') and a Go map[string]string (name:value) hold pairs", () => {
    const refresh = 'W3rBSL-UfYWNj5ya4LHl0QFfnkBDgbNLwX5EjaUwJSfPVvIugG2wuA';
    const repr = `INFO - Done. Returned value was: TokenPair(access_token='***', refresh_token='${refresh}', expires_in=3600)`;
    expect(secretsOf(repr)).toEqual([{ name: 'refresh_token', value: refresh, level: 'error' }]);
    const config = `[DEBUG] provider.statuspage: Configuring client: config=map[api_token:${KEY} endpoint:https://api.statuspage.io/v1 retry_max:3]`;
    expect(secretsOf(config)).toEqual([{ name: 'api_token', value: KEY, level: 'error' }]);
  });

  it("Datadog's client token (pub + 32 hex), which browser SDKs send from every page, is public by design", () => {
    const config = "[2026-12-08T17:02:07.574Z] rum config { clientToken: 'pub47a4d0ddc4e67cae6cb5b7d3d8aed805', site: 'datadoghq.eu' }";
    expect(secretsOf(config)).toEqual([]);
    expect(secretsOf(`{"msg":"rum config","clientToken":"${HEX}"}`)).toMatchObject([{ name: 'clientToken', level: 'error' }]);
  });

  it("PostgreSQL's unique-violation detail Key (token)=(…) quotes the value; Key (email)=(…) is no credential", () => {
    const token = 'FDaTnOECNtKvA0qCuzTPOXpaL2Tz19UTLxZU_hKV';
    const detail = (key: string) => `2026-12-08 14:05:02.921 UTC [23254] app@ferries DETAIL:  Key ${key} already exists.`;
    expect(secretsOf(detail(`(token)=(${token})`))).toEqual([{ name: 'token', value: token, level: 'error' }]);
    expect(secretsOf(detail('(email)=(kari@fjord-d.example)'))).toEqual([]);
  });
});

describe('URLs inside other values', () => {
  it("a URL (or a query string) in base64 as a click tracker's u= carries its token (reported as the whole value); a URL without one, or other base64, is none", () => {
    const tracked = `https://files.example.org/download?file=1223&token=${KEY}`;
    const encoded = Buffer.from(tracked).toString('base64url');
    const proxy = (u: string) =>
      `"2026-12-02 09:05:03","jon (jon@example.org)","10.40.4.125","198.51.100.7","text/html","ALLOWED","https://click.mailer.example/ls/click?u=${u}&m=c34bb47bf9a8","","302"`;
    expect(secretsOf(proxy(encoded))).toEqual([{ name: 'token', value: KEY, level: 'error' }]);
    expect(secretsOf(proxy(Buffer.from('https://files.example.org/download?file=1223').toString('base64url')))).toEqual([]);
    expect(secretsOf(proxy(Buffer.from(`file=1223&token=${KEY}`).toString('base64url')))).toEqual([
      { name: 'token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(proxy(Buffer.from(`Download file 1223 with token ${KEY}`).toString('base64url')))).toEqual([]);
  });

  it("a reset link ends at a pipe, as Drupal's syslog line writes its fields", () => {
    const hash = 'R4mMG31qFoxP67J844CH8Rx7VVL1MWb9ML_IjiKMfer';
    const line = `Dec  2 12:00:16 web02 drupal: https://www.example.org|1796212816|php|203.0.113.123|https://www.example.org/user/reset/128/1796211286/${hash}||0||Deprecated function`;
    expect(secretsOf(line)).toEqual([{ name: '/reset/', value: hash, level: 'error' }]);
  });

  it("a firewall's numeric sessionid names a connection, not a session's secret", () => {
    const fortigate = (session: string) =>
      `Dec  2 08:00:09 fgt-edge-01 date=2026-12-02 time=08:00:09 logid="0316013057" type="utm" subtype="webfilter" sessionid=${session} srcip=10.20.5.222 url="https://cdn.example.org/app.js"`;
    expect(secretsOf(fortigate('52534165'))).toEqual([]);
    expect(secretsOf(fortigate(HEX))).toEqual([{ name: 'sessionid', value: HEX, level: 'error' }]);
  });
});

describe('ids under a credential name, and codes on a reset path', () => {
  it("a traffic record's SessionID beside DestinationIP (Cloudflare Gateway) names a network session; without it, a session id", () => {
    const record = {
      AccountID: 'b1c2d3e4f5a60718293a4b5c6d7e8f90',
      Action: 'allow',
      Datetime: '2026-12-03T10:00:04.983Z',
      DestinationIP: '192.0.2.159',
      DestinationPort: 443,
      DeviceID: 'b0d4c8a2-6e1f-4a3b-9c5d-7e2f1a0b3c4d',
      Email: 'kari.moe@sildre.example',
      HTTPHost: 'outlook.office.example',
      HTTPMethod: 'GET',
      HTTPStatusCode: 200,
      PolicyID: '',
      RequestID: '592acfc1e53e43ec2b5eed413e57e71b',
      SessionID: HEX,
      SourceIP: '100.96.11.215',
      URL: 'https://outlook.example/mail/inbox',
      UserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
      UserID: '2f6a1c9e-4b3d-4e8a-b7c1-5d9e0f2a3b6c',
    };
    expect(secretsOf(JSON.stringify(record))).toEqual([]);
    const { DestinationIP: _destination, ...withoutDestination } = record;
    expect(secretsOf(JSON.stringify(withoutDestination))).toEqual([{ name: 'SessionID', value: HEX, level: 'error' }]);
  });

  it("a code on a reset-password or verify-email path is the link's secret", () => {
    const strapi = (path: string) => `[2026-12-03 16:03:10.289] http: GET ${path}?code=c526a007ab9ed0bec5e21658fa386119b3f4ea28 (3 ms) 200`;
    expect(secretsOf(strapi('/admin/auth/reset-password'))).toEqual([
      { name: 'code', value: 'c526a007ab9ed0bec5e21658fa386119b3f4ea28', level: 'error' },
    ]);
    expect(secretsOf(strapi('/auth/verify-email'))).toHaveLength(1);
  });
});

describe('webhook URLs whose id is the secret', () => {
  const uuid = '6a9f0472-871a-4030-843a-eea949840794';
  it("a UUID after n8n's /webhook/ or Cloudflare Pages' deploy_hooks/ is the hook's secret; after /invite/ an id", () => {
    expect(secretsOf(`msg="hook failed" err="Post \\"https://n8n.example.org/webhook/${uuid}\\": context deadline exceeded"`)).toEqual([
      { name: '/webhook/', value: uuid, level: 'error' },
    ]);
    expect(
      secretsOf(`error: Webhook failed: POST https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${uuid} ETIMEDOUT`),
    ).toEqual([{ name: '/deploy_hooks/', value: uuid, level: 'error' }]);
    expect(secretsOf(`GET /invite/${uuid} HTTP/1.1`)).toEqual([]);
  });

  it('any path word naming a hook announces its secret in the four segments after it; routes, numeric ids and object ids are none', () => {
    expect(secretsOf(`WARN Endpoint https://webhooks.workato.com/webhooks/rest/${uuid}/order-created will be marked SUSPENDED`)).toEqual([
      { name: '/webhooks/', value: uuid, level: 'error' },
    ]);
    expect(secretsOf(`INFO odoo.addons.base_automation: Webhook #9 triggered (/web/hook/${uuid})`)).toEqual([
      { name: '/hook/', value: uuid, level: 'error' },
    ]);
    expect(secretsOf(`[alerts] posting to https://oncall.example/integrations/v1/formatted_webhook/${KEY}/ failed: 503`)).toEqual([
      { name: '/formatted_webhook/', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`$ curl -s -X POST https://sentry.io/api/hooks/release/builtin/8991708/${HEX}${HEX}/`)).toEqual([
      { name: '/hooks/', value: `${HEX}${HEX}`, level: 'error' },
    ]);
    expect(secretsOf('POST /webhooks/github HTTP/1.1 200')).toEqual([]);
    expect(secretsOf('GET /repos/acme/api/hooks/42/deliveries?access=1 HTTP/1.1 200')).toEqual([]);
    expect(secretsOf('GET /v2/webhooks/wh_1NG8Du2eZvKYlo2CJ0a1wMQ2 HTTP/1.1 200')).toEqual([]);
  });

  it('a random segment that happens to hold a link word is named by the word, never shown', () => {
    const segment = 'AbCdEfGhookQ1w2E3r4T5y6U7i8';
    const found = secretsOf(
      `POST /relay/${segment}/${KEY} HTTP/1.1 Authorization: Basic ${Buffer.from('ci:S3cr3t-pass').toString('base64')}`,
    );
    expect(found).toContainEqual({ name: '/hook/', value: KEY, level: 'error' });
    expect(JSON.stringify(found)).not.toContain(segment);
  });

  it('a link segment ends at a parenthesis: a URL a message wraps in (…)', () => {
    const token = 'sBpOzz1fH0IczFBs6jbau0kV5BDf92ScQ13FBB0JWRicrqLC';
    expect(
      secretsOf(`[error] Rocket.Chat notify failed: cURL error 28 (https://chat.example.org/hooks/9W832XFNfY3oqjlQw/${token})`),
    ).toEqual([{ name: '/hooks/', value: token, level: 'error' }]);
  });
});

describe('heldout15 shapes', () => {
  it('Rails\' Token token="…" in a Net::HTTP debug dump is the token; a path of words under key= is none', () => {
    const dump = `<- "GET /v2/orders HTTP/1.1\\r\\nAccept: */*\\r\\nAuthorization: Token token=\\"${HEX}${HEX}\\"\\r\\nHost: api.example\\r\\n\\r\\n"`;
    // Named by its `token=`, as the same header with its quotes unescaped is (since heldout91: `name=\"…\"` is a pair).
    expect(secretsOf(dump)).toEqual([{ name: 'token', value: `${HEX}${HEX}`, level: 'error' }]);
    expect(secretsOf(combined('/:/timeline?ratingKey=8380&key=%2Flibrary%2Fmetadata%2F6232&state=playing'))).toEqual([]);
    expect(secretsOf(combined(`/:/timeline?key=%2F${KEY}`))).toMatchObject([{ name: 'key' }]);
  });

  it("Nextcloud's oc<instanceid> and Gitea's i_like_gitea session cookies; a download_key in a URL", () => {
    const session = 'psm87k8cqveb8uinje20nn0gig';
    expect(secretsOf(`I/nsHttp   Cookie: ocpmn6qh0cd0=${session}; nc_sameSiteCookielax=true`)).toEqual([
      { name: 'ocpmn6qh0cd0', value: session, level: 'error' },
    ]);
    // Not by its name (`octocat` is no `oc<instance id>`), but since heldout86 by its value: PHP's 26-character session id.
    expect(secretsOf(`I/nsHttp   Cookie: ocsp=1; octocat=${session}`)).toEqual([{ name: 'octocat', value: session, level: 'error' }]);
    expect(secretsOf(`I/nsHttp   Cookie: ocsp=1; octocat=${session.slice(0, 20)}`)).toEqual([]);
    expect(secretsOf(`DBG GET http://gitea:3000/x headers={"Cookie":["i_like_gitea=${HEX.slice(0, 16)}; lang=en-US"]}`)).toMatchObject([
      { name: 'i_like_gitea', level: 'error' },
    ]);
    expect(secretsOf(combined(`/agent/latest.tgz?download_key=${KEY}`))).toEqual([{ name: 'download_key', value: KEY, level: 'error' }]);
    expect(secretsOf(combined('/agent/latest.tgz?download_key=linux'))).toEqual([]);
  });
});

describe('heldout16 shapes', () => {
  it("Dart's toString of a Map and of a class (Flutter's Dio, freezed): refresh_token and clientSecret entries", () => {
    expect(secretsOf(`flutter: {grant_type: refresh_token, refresh_token: ${KEY}, client_id: app-mobile}`)).toEqual([
      { name: 'refresh_token', value: KEY, level: 'error' },
    ]);
    expect(
      secretsOf(`flutter: AuthConfig(issuer: https://sso.example, clientId: app-mobile, clientSecret: ${KEY}, scopes: [openid])`),
    ).toEqual([{ name: 'clientSecret', value: KEY, level: 'error' }]);
    expect(secretsOf('flutter: {grant_type: refresh_token, refresh_token: [omitted], client_id: app-mobile}')).toEqual([]);
  });

  it('a route written without its leading slash (CodeIgniter), client_key= and Dropbox rlkey=; a bracketed phrase is none', () => {
    expect(secretsOf(`[Method: GET, Route: reset-password/${HEX}]`)).toEqual([{ name: '/reset-password/', value: HEX, level: 'error' }]);
    expect(secretsOf(combined(`/wp-json/x/v1/tours?lang=pt&client_key=${HEX}`))).toEqual([
      { name: 'client_key', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(combined('/scl/fi/g1wes33l8vymo01ccrkat/x.xlsx?rlkey=abcd1234efgh5678ijkl9012m&dl=0'))).toMatchObject([
      { name: 'rlkey', level: 'error' },
    ]);
    expect(secretsOf('msg="{\\"access_token\\":\\"[omitted by the test]\\",\\"expires_in\\":3600}" source=http-debug')).toEqual([]);
  });
});

describe('a CSV row', () => {
  it("a URL in a JMeter JTL row ends before the row's next numeric columns; a comma list inside a value stays", () => {
    const row = (url: string) => `1796403867788,159,07 Cart,200,OK,Portal 1-16,text,true,,791,508,20,20,${url},152,0,18`;
    expect(secretsOf(row('https://shop.example/cart/?SID=f5esj3vz7n31tlnehylan3dix4'))).toEqual([
      { name: 'SID', value: 'f5esj3vz7n31tlnehylan3dix4', level: 'error' },
    ]);
    expect(secretsOf(combined(`/authorize?scope=read,write&access_token=${KEY},${KEY}`))).toMatchObject([{ value: `${KEY},${KEY}` }]);
  });
});

describe('a line that is one YAML entry', () => {
  it('client_secret:, - api_key: and a password: line of a printed config are credentials; flags, expressions and placeholders are not', () => {
    expect(secretsOf(`  client_secret:   ${KEY}`)).toEqual([{ name: 'client_secret', value: KEY, level: 'error' }]);
    expect(secretsOf(`- api_key: ${KEY}`)).toEqual([{ name: 'api_key', value: KEY, level: 'error' }]);
    expect(secretsOf('    password: s3cr3t-Passw0rd')).toEqual([{ name: 'password', value: 's3cr3t-Passw0rd', level: 'error' }]);
    for (const line of ['password: true', 'password: changeme', 'api_key: ${{ secrets.API_KEY }}', `session_key: ${KEY} # rotated`])
      expect(secretsOf(line), line).toEqual([]);
  });
});

describe('base64 JSON standing alone', () => {
  const b64 = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64');
  it("Docker's X-Registry-Auth (base64url) and a worker's --config blob are read for the credentials they hold", () => {
    const auth = Buffer.from(JSON.stringify({ username: 'ci-bot', password: KEY, serveraddress: 'registry.example' })).toString(
      'base64url',
    );
    expect(
      secretsOf(
        `+ curl -s --unix-socket /var/run/docker.sock -H 'X-Registry-Auth: ${auth}' -X POST 'http://localhost/v1.47/images/x/push?tag=2'`,
      ),
    ).toEqual([{ name: 'password', value: KEY, level: 'error' }]);
    const config = b64({ upstream: 'https://api.example', apiToken: KEY, batch: 200 });
    expect(secretsOf(`{"short_message":"worker started","_command":"node dist/worker.js --config ${config}"}`)).toEqual([
      { name: 'apiToken', value: KEY, level: 'error' },
    ]);
  });

  it('a cursor is none, under its name or alone; a JWT is read as one', () => {
    const cursor = b64({ offset: 40, limit: 20 });
    expect(secretsOf(`GET /api/items?cursor=${cursor} HTTP/1.1`)).toEqual([]);
    expect(secretsOf(`INFO next page ${cursor} eyJ done`)).toEqual([]);
    const jwt = makeJwt({ sub: 'u1', iat: 1_784_005_591, exp: 1_784_009_191 });
    expect(secretsOf(`DEBUG Authorization: Bearer ${jwt}`)).toMatchObject([{ value: jwt }]);
  });
});

describe('percent-encoded header lists', () => {
  it("CloudFront real-time logs' cs-headers: Authorization%3ABearer%20<token> is a bearer token; a scheme glued to a word is none", () => {
    const token = 'pat-na1-436453ac-d9f8-4626-b330-33773fd9cfe5';
    const headers = `Host%3Aapp.example.org%0AUser-Agent%3AGo-http-client%2F2.0%0AAuthorization%3ABearer%20${token}%0AContent-Type%3Aapplication%2Fjson`;
    expect(secretsOf(`1796281601.616\t192.0.2.183\t200\t10629\tPOST\thttps\t/api/v2/crm/sync\t${headers}`)).toEqual([
      { name: 'Authorization', value: token, level: 'error' },
    ]);
    expect(secretsOf(`msg=NoBearer ${KEY}`)).toEqual([]);
  });
});

describe('Honeycomb', () => {
  it('an Ingest Key in an OkHttp header dump (X-Honeycomb-Team: hc?ik_…) is a provider token', () => {
    const key = `hcaik_${'j31eaxd02z8wesy1zlmtzz7tmltcdvae35ttgpm8kpu7blip4cu715l95v'}`;
    expect(secretsOf(`2026-12-09 10:35:14.546  5616  5647 D OkHttp  : X-Honeycomb-Team: ${key}`)).toEqual([
      { name: 'honeycomb-ingest-key', value: key, level: 'error' },
    ]);
    expect(secretsOf('2026-12-09 10:35:14.546 D Build: task ik_prepare finished in 12 ms')).toEqual([]);
  });
});

describe('account recovery', () => {
  it("authentik's /recovery/use-token/<token>/ link and Gitea's /user/recover_account?code= carry the recovery secret; /recovery/codes is a page", () => {
    const token = 'w3gELQHsJju0tGqjUua3nddolgHvREMc7F8zcyCcmMQO5DLYEvUMd4VfrNXA';
    expect(secretsOf(`{"event":"/recovery/use-token/${token}/","host":"auth.example.org","level":"info"}`)).toMatchObject([
      { value: token, level: 'error' },
    ]);
    const code = '20261201115300018028564cc2ab61d9ad140207140f0335b75a867672696e67726964';
    expect(secretsOf(`{"level":"info","msg":"request","method":"GET","url":"/user/recover_account?code=${code}","status":200}`)).toEqual([
      { name: 'code', value: code, level: 'error' },
    ]);
    expect(secretsOf('GET /account/recovery/codes HTTP/1.1')).toEqual([]);
  });
});

describe('account unlock links, Rails signed cookies, Basic credentials without a user, CEF-escaped queries', () => {
  it("Rails 8's password reset link (/passwords/<signed token>/edit) carries its token; the forms around it are none", () => {
    const token = `eyJfcmFpbHMiOnsiZGF0YSI6WzQyLCI${KEY}In19--5c5e70d5dac5521557755ea44c81957b1a2b3c4d`;
    expect(secretsOf(`method: "GET", path: "/passwords/${token}/edit", status: 200`)).toMatchObject([{ value: token, level: 'error' }]);
    for (const line of ['GET /passwords/new HTTP/1.1', 'GET /settings/passwords/edit HTTP/1.1']) expect(secretsOf(line)).toEqual([]);
  });

  it('an account unlock link (/unlock/<token>) carries its token; an unlock page without one is none', () => {
    expect(secretsOf(`  GET https://api.example/v1/account/unlock/xDqEBebMEjrH0pmndWrHa_seh0uxgPsO [200 OK, 4.02kB, 12ms]`)).toMatchObject([
      { value: 'xDqEBebMEjrH0pmndWrHa_seh0uxgPsO', level: 'error' },
    ]);
    expect(secretsOf('GET /account/unlock/instructions HTTP/1.1')).toEqual([]);
  });

  it("a Rails session cookie, base64 parts joined by -- and padded (percent-encoded), is the session's secret", () => {
    const cookie = `${KEY}${KEY}%3D%3D--onMIkglw9586ytHuN5sehJ%3D%3D--lXCAW5op5MkQthVPyJYXbF%3D%3D`;
    expect(secretsOf(`-   ReqHeader      Cookie: _shop_session=${cookie}`)).toMatchObject([
      { name: '_shop_session', value: `${KEY}${KEY}==--onMIkglw9586ytHuN5sehJ==--lXCAW5op5MkQthVPyJYXbF==`, level: 'error' },
    ]);
    expect(secretsOf('-   ReqHeader      Cookie: _shop_session=first--second')).toEqual([]);
  });

  it("Basic credentials with an empty user (Azure DevOps' `:<PAT>`) are credentials; prose after Basic is none", () => {
    const pat = Buffer.from(':xuhlkp5gfarxchwfwzeft36pigxs5lcrdormmocrikd4nln5n4k7').toString('base64');
    expect(
      secretsOf(`GET https://dev.azure.com/org/_apis/build/builds headers: Authorization: Basic ${pat}; Accept: application/json`),
    ).toMatchObject([{ value: pat, level: 'error' }]);
    expect(secretsOf('WWW-Authenticate: Basic realm="Restricted area", charset="UTF-8"')).toEqual([]);
  });

  it("a query string in a CEF extension, whose = are escaped (\\=), is read as one (Imperva's qstr and postbody)", () => {
    const line = (query: string) =>
      `CEF:0|Incapsula|SIEMintegration|1|1|Normal|0| fileId=94889895 src=192.0.2.52 qstr=${query} requestMethod=GET`;
    expect(secretsOf(line(`code\\=vxFhcVt_22TiqkpCp4wTvMza4MvkkW8-oanEEwIbwF0&state\\=P92y1s0cNiwV-mJC115VXv`))).toMatchObject([
      { name: 'code', value: 'vxFhcVt_22TiqkpCp4wTvMza4MvkkW8-oanEEwIbwF0', level: 'warning' },
    ]);
    expect(secretsOf(line(`grant_type\\=refresh_token&refresh_token\\=${KEY}`))).toMatchObject([
      { name: 'refresh_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(line(`page\\=2&sort\\=${KEY}`))).toEqual([]);
  });

  it("Atlassian's atl_token is a form's XSRF token, not a credential", () => {
    expect(
      secretsOf(`"GET /secure/CommentAssignIssue.jspa?atl_token=H51L-BSGS-L4U0-Q1FQ_cff036a4ed3e8397b5a1d3e2c4f6a8b0|lin HTTP/1.1"`),
    ).toEqual([]);
  });

  it("Drupal's, phpBB's and XWiki's form_token is a form's CSRF token, not a credential; a platform's token is one", () => {
    expect(
      secretsOf(`[http-nio-8080-exec-14 - https://wiki.example/xwiki/bin/save/Newsroom/Rota?form_token=${KEY}] WARN SaveAction`),
    ).toEqual([]);
    expect(secretsOf(`GET /api/sync?platform_token=${KEY} HTTP/1.1`)).toMatchObject([{ name: 'platform_token', value: KEY }]);
  });
});

describe('AWS request signing in header dumps, logfmt credentials, SharePoint login cookies', () => {
  const sigv4 =
    'AWS4-HMAC-SHA256 Credential=YAMSKGN2V6QMJSGPDDNW/20261215/eu-north-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=b3e2c0a1d4f5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1';
  const sessionToken = 'IQoJb3JpZ2luX2VjEJr0aaaWEaCXVzLWVhc3QtMSJHMEUCIQD6xK9mPq';

  it('a SigV4 Authorization value signs one request (none); the STS session token beside it signs nothing alone (a note)', () => {
    expect(secretsOf(`{"api":{"name":"GetObject"},"requestHeader":{"Authorization":"${sigv4}","X-Amz-Date":"20261215T110239Z"}}`)).toEqual(
      [],
    );
    expect(secretsOf(`{"requestHeader":{"Authorization":"${sigv4}","X-Amz-Security-Token":"${sessionToken}"}}`)).toEqual([
      { name: 'X-Amz-Security-Token', value: sessionToken, level: 'note' },
    ]);
    // MinIO's STS session tokens are JWTs: still one part of the credential, read as a JWT (with its facts) though the
    // signed request's headers have X-Amz-Date beside it, as a presigned URL's query would.
    const minio = makeJwt({ accessKey: 'YAMSKGN2V6QMJSGPDDNW', exp: 1797335259, parent: 'openid' });
    const minioLine = `{"requestHeader":{"Authorization":"${sigv4}","X-Amz-Date":"20261215T110239Z","X-Amz-Security-Token":"${minio}"}}`;
    expect(secretsOf(minioLine)).toEqual([{ name: 'X-Amz-Security-Token', value: minio, level: 'note' }]);
    const [candidate] = findCandidateLines(Buffer.from(`${minioLine}\n`, 'latin1'), prefilter).lines;
    expect(detectLineSecrets(minioLine, candidate!, names).map((secret) => secret.jwt?.exp)).toEqual([1797335259]);
    // botocore's debug log: a Python dict of bytes values.
    expect(
      secretsOf(
        `DEBUG:botocore.endpoint:Sending http request: headers={'X-Amz-Date': b'20260519T133139Z', 'X-Amz-Security-Token': b'${sessionToken}'}`,
      ),
    ).toEqual([{ name: 'X-Amz-Security-Token', value: sessionToken, level: 'note' }]);
    // A request printed as a Python bytes string: the n of \r\n is not the header name's.
    expect(secretsOf(`send: b'GET / HTTP/1.1\\r\\nx-amz-date: 20260310T140414Z\\r\\nx-amz-security-token: ${sessionToken}\\r\\n'`)).toEqual(
      [{ name: 'x-amz-security-token', value: sessionToken, level: 'note' }],
    );
  });

  it("a logfmt field under a credential name is read, quoted; a session id there is a line's metadata", () => {
    expect(secretsOf(`APPFW_SQL 58908 0 : SQL Special Character check failed for field refresh_token="${KEY}" <blocked>`)).toEqual([
      { name: 'refresh_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf('level=info msg="login" sessionId="8c2f0d3e-5b1a-4c7e-9f60-2a1b3c4d5e6f" user=bob')).toEqual([]);
  });

  it("SharePoint's FedAuth and rtFa cookies are logins", () => {
    expect(
      secretsOf(
        `Unhandled exception. Cookies: WSS_FullScreenMode=false; FedAuth=77u/PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTgiPz4${KEY}`,
      ),
    ).toMatchObject([{ name: 'FedAuth', level: 'error' }]);
  });
});

describe("Vault's audit log", () => {
  it('HMACs of values are none; a token in a request path and an oauth2-proxy session cookie in audited headers are secrets', () => {
    const hmac = `hmac-sha256:${'fe5e303d05510301487c16d48f4ee671111976064a21ff64497c00b1374e3d31'}`;
    expect(secretsOf(`{"type":"request","auth":{"client_token":"${hmac}","accessor":"${hmac}"},"request":{"path":"sys/health"}}`)).toEqual(
      [],
    );
    const token = `hvs.CAESIl6pcwNbrfRsg531HszcijxcLaSIQjTDy6Ltgey0iNMDZvn2It0KO5cP5sm9FtkDX_KmoKeugg0LZ-4cRO5Jbgo`;
    expect(secretsOf(`{"type":"request","auth":{"client_token":"${hmac}"},"request":{"path":"auth/token/lookup/${token}"}}`)).toMatchObject(
      [{ value: token, level: 'error' }],
    );
    expect(secretsOf(`{"request":{"headers":{"cookie":["_oauth2_proxy=${KEY}${KEY}|1797398837|evpkUgkokoDaDR"]}}}`)).toMatchObject([
      { name: '_oauth2_proxy', level: 'error' },
    ]);
  });
});

describe('Catalan and Tagalog names (logs heldout30)', () => {
  it('`clau_api`, `susi`, a `sessio_id` an SQL statement compares, a `bitllet` ticket', () => {
    expect(secretsOf(`GET /api/estacions?clau_api=${KEY} HTTP/1.1`)).toMatchObject([{ name: 'clau_api', level: 'error' }]);
    expect(secretsOf(`GET /rates?susi=${KEY}&from=PHP HTTP/1.1`)).toMatchObject([{ name: 'susi', level: 'error' }]);
    expect(secretsOf(`operation:SELECT * FROM sessions WHERE sessio_id = '${KEY}'`)).toMatchObject([{ name: 'sessio_id' }]);
    expect(secretsOf(`GET /mapa/ws?bitllet=${KEY} HTTP/1.1`)).toMatchObject([{ name: 'bitllet' }]);
  });
});

describe('apps written in other languages than English (logs heldout18)', () => {
  it('links under Portuguese, Spanish, Dutch and German route words; unsubscribe and share links', () => {
    for (const path of [
      `/redefinir-senha/${KEY}`,
      `/restablecer/${KEY}`,
      `/wachtwoord-herstellen/${HEX}`,
      `/passwort-zuruecksetzen/${KEY}`,
      `/uitnodiging/${KEY}`,
      `/convite/aceitar/${KEY}`,
      `/conta/ativar/${KEY}`,
      `/account/activeren/NDU0MA/${KEY}`,
      `/v1/entrar/link/${KEY}`,
      `/inloggen/link/${KEY}`,
      `/unsubscribe/${HEX}`,
      `/cancelar-subscricao/${KEY}`,
      `/share/${KEY}`,
    ])
      expect(secretsOf(`GET ${path} HTTP/1.1`), path).toMatchObject([{ value: path.endsWith(HEX) ? HEX : KEY, level: 'error' }]);
    // `ativa` is in `iniciativa`; a sign-in word or a share takes a random mixed-case segment only; Azure's resource ids.
    for (const path of [
      `/iniciativa/${KEY}`,
      `/entrar/${HEX}`,
      '/share/twitter',
      '/subscriptions/5f1c0d2e-7a3b-4c8d-9e0f-1a2b3c4d5e6f/resourceGroups/rg-portal',
    ])
      expect(secretsOf(`GET ${path} HTTP/1.1`), path).toEqual([]);
  });

  it('"password", "session" and "key" in other languages, as parameters and printed keys; ambiguous ones need a random value', () => {
    expect(secretsOf(`GET /login?senha=${KEY} HTTP/1.1`)).toMatchObject([{ name: 'senha', level: 'error' }]);
    expect(secretsOf(`job(config={'host': 'sftp.example', 'palavra_passe': '${KEY}'})`)).toMatchObject([{ name: 'palavra_passe' }]);
    expect(secretsOf(`--data '{"email":"qa@example.com","palavra_passe":"${KEY}"}'`)).toMatchObject([{ name: 'palavra_passe' }]);
    expect(secretsOf(`[debug] login body {"login":"jan","haslo":"Zx8q!pLm20kd"}`)).toMatchObject([{ name: 'haslo', level: 'error' }]);
    expect(secretsOf(`{"benutzer":"anna","Passwort":"${KEY}"}`)).toMatchObject([{ name: 'Passwort', level: 'error' }]);
    expect(secretsOf(`document.cookie ag_sessao=${KEY}; idioma=pt`)).toMatchObject([{ name: 'ag_sessao', level: 'error' }]);
    expect(secretsOf(`GET /confirmar.php?chave=${KEY} HTTP/1.1`)).toMatchObject([{ name: 'chave', level: 'error' }]);
    expect(secretsOf('GET /produtos?chave=camisa-azul&clave=42 HTTP/1.1')).toEqual([]);
  });

  it('keys named for a party: a partner header, a merchant key in SQL, a deploy key in a URL', () => {
    expect(secretsOf(`X-Partner-Key: ${KEY}`)).toMatchObject([{ name: 'X-Partner-Key', level: 'error' }]);
    expect(secretsOf(`SELECT id FROM parceiros WHERE merchant_key = '${KEY}' AND ativo = 1;`)).toMatchObject([{ name: 'merchant_key' }]);
    expect(secretsOf(`Collecting pkg@ https://pypi.example/p.whl?deploy_key=${KEY}`)).toMatchObject([
      { name: 'deploy_key', level: 'error' },
    ]);
  });

  it("Application Insights' SessionId beside OperationId is telemetry, on a line another credential brings in", () => {
    const line = `{"Url":"https://portal.example/me","SessionId":"baC4mArIjc_X6ne7ebIMu1","OperationId":"0f59991443","_ResourceId":"/subscriptions/5f1c0d2e-7a3b-4c8d-9e0f-1a2b3c4d5e6f/x","Data":"https://x.example/?access_token=${KEY}"}`;
    expect(secretsOf(line)).toMatchObject([{ name: 'access_token' }]);
  });
});

describe('more encodings and names (logs heldout18)', () => {
  it('a URL written in hex as a parameter is decoded like one in base64; a short hex value is none', () => {
    const url = `https://www.example.com/ticket/view?token=${KEY}`;
    expect(secretsOf(`GET /r?u=${Buffer.from(url).toString('hex')} HTTP/1.1`)).toMatchObject([{ name: 'token', value: KEY }]);
    expect(secretsOf('GET /r?u=6874747070 HTTP/1.1')).toEqual([]);
  });

  it('an OAuth code of random letters beside a random state (Login with Amazon), and one in a token request body', () => {
    expect(
      secretsOf('GET /login/amazon/retorno?code=ANaOlbOguGyjIPVQyzio&scope=profile&state=--YGvFJLHgY6comXYyhp1UyyEiI-4cPH'),
    ).toMatchObject([{ name: 'code', level: 'warning' }]);
    expect(
      secretsOf(`string: grant_type=authorization_code&client_id=c42b9879&redirect_uri=https%3A%2F%2Fa.example%2Fcb&code=${KEY}`),
    ).toMatchObject([{ name: 'code', level: 'warning' }]);
    expect(secretsOf('GET /products?code=SUMMERSALE&state=--YGvFJLHgY6comXYyhp1UyyEiI-4cPH HTTP/1.1')).toEqual([]);
  });

  it("an OAuth callback's query printed as an object or pairs (Litestar, hapi's good-console, wai-extra): code beside state", () => {
    const state = '9on4tNKmntixzpXVSJLAKHmZ6MfZaI';
    // Read where the line passes the prefilter by another word (here the callback's `/auth/` path): the search has no
    // first byte left for a `'state'` literal of its own.
    expect(secretsOf(`INFO litestar: path=/auth/idporten/callback query={'code': '${KEY}', 'state': '${state}'}`)).toMatchObject([
      { name: 'code', value: KEY, level: 'warning' },
    ]);
    expect(secretsOf(`  Params: [("state","${state}"),("code","4/0AqDWTORaqJvdwG91_q2c0MLgkbm_58Mov")]`)).toMatchObject([
      { name: 'code', level: 'warning' },
    ]);
    // An error's code and a job's state are no OAuth callback's; nor is a code printed with no state.
    expect(secretsOf(`{"level":"error","url":"/auth/login","code":"ECONNREFUSED","state":"failed","msg":"upstream down"}`)).toEqual([]);
    expect(secretsOf(`INFO litestar: path=/auth/idporten/callback query={'code': '${KEY}', 'page': '2'}`)).toEqual([]);
  });

  it("an Application Load Balancer's OIDC session cookie shard (AWSELBAuthSessionCookie-0) is a login", () => {
    expect(secretsOf(`Cookie: AWSELBAuthSessionCookie-0=${KEY}${KEY}/${KEY}; lang=pt`)).toMatchObject([
      { name: 'AWSELBAuthSessionCookie-0', level: 'error' },
    ]);
  });
});

describe('tickets and links in more places (logs heldout18)', () => {
  it('a ticket named by what it is for after the word (ticket_oferta) is single-use; a support ticket id is none', () => {
    expect(secretsOf(`"GET /vale.php?ticket_oferta=${KEY}" 200`)).toMatchObject([{ name: 'ticket_oferta', level: 'note' }]);
    expect(secretsOf('GET /support?ticket_id=4711 HTTP/1.1')).toEqual([]);
  });

  it('a ticket link (/ticket/<token>, /bilhete/abrir/<token>) is single-use; a numbered ticket is none', () => {
    expect(secretsOf(`<-- GET /v1/bilhete/abrir/${KEY}`)).toMatchObject([{ value: KEY, level: 'note' }]);
    expect(secretsOf(`GET /ticket/${KEY} HTTP/1.1`)).toMatchObject([{ value: KEY, level: 'note' }]);
    expect(secretsOf('GET /ticket/4711 HTTP/1.1')).toEqual([]);
  });

  it("a link's secret before a message's punctuation (`…/webhook/<key>: 401 Unauthorized`)", () => {
    expect(secretsOf(`error em https://kestra.example/api/v1/executions/webhook/ops/build/${KEY}: 401 Unauthorized`)).toMatchObject([
      { value: KEY, level: 'error' },
    ]);
  });
});

describe('words the fourth group of needles finds (logs heldout18)', () => {
  it("Portuguese `senha` as a printed key, and Okta's SSWS scheme where a recorded request lists its header's value alone", () => {
    expect(secretsOf(`{"email":"qa@example.com","senha":"${KEY}"}`)).toMatchObject([{ name: 'senha', level: 'error' }]);
    expect(secretsOf(`          - SSWS 00${KEY}`)).toMatchObject([{ value: `00${KEY}`, level: 'error' }]);
    expect(secretsOf('{"senha":"","lembrar":true}')).toEqual([]);
  });
});

describe('more places (logs heldout19)', () => {
  it('a URL in base64 standing alone, and one percent-encoded before it was base64-encoded', () => {
    const url = `https://deploy.example/api/builds/done?token=${KEY}`;
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    expect(secretsOf(`                          "v": "${b64(url)}"`)).toMatchObject([{ name: 'token', value: KEY }]);
    expect(secretsOf(`"ClientRequestQuery":"?weiter=${b64(encodeURIComponent(url))}"`)).toMatchObject([{ name: 'token', value: KEY }]);
    expect(secretsOf(`"v": "${b64('https://deploy.example/api/builds/done')}"`)).toEqual([]);
  });

  it('session cookies abbreviated `sess`, an X-Service-Key header, German compounds of "key", German route words', () => {
    expect(secretsOf(`"value" : "__Host-hs_sess=${KEY}; Path=/; Secure; HttpOnly"`)).toMatchObject([
      { name: '__Host-hs_sess', level: 'error' },
    ]);
    expect(secretsOf(`        'x-service-key': '${KEY}',`)).toMatchObject([{ name: 'x-service-key', level: 'error' }]);
    expect(secretsOf(`"url":"/api/v1/zaehlerstand?zaehler=1ESY11&zugangsschluessel=${KEY}"`)).toMatchObject([
      { name: 'zugangsschluessel' },
    ]);
    expect(secretsOf('"url":"/api/v1/suche?zugangsschluessel=keiner"')).toEqual([]);
    for (const path of [`/konto/bestaetigen/${KEY}`, `/newsletter/abmelden/${KEY}`])
      expect(secretsOf(`GET https://example.de${path}`), path).toMatchObject([{ value: KEY, level: 'error' }]);
  });
});

describe('command lines', () => {
  it('an option followed by its credential (--api-key, -ApiKey, --password, npm config set …:_authToken); an option after an option is none', () => {
    expect(secretsOf(`+ dotnet nuget push x.nupkg --api-key ${KEY} --source https://api.nuget.org/v3/index.json`)).toMatchObject([
      { name: 'api-key', level: 'error' },
    ]);
    expect(secretsOf(`<Data Name="CommandLine">"dotnet.exe" nuget push a.nupkg -ApiKey ${KEY} -Source https://x</Data>`)).toMatchObject([
      { name: 'ApiKey', level: 'error' },
    ]);
    expect(secretsOf(`    [install : npmrc] + npm config set //npm.pkg.example/:_authToken ${KEY}`)).toMatchObject([
      { name: '_authToken' },
    ]);
    // A registry with a path (GitLab's), and `_auth`: base64 of user:password, a credential whatever its name says.
    expect(secretsOf(`+ npm config set //gitlab.example/api/v4/projects/7/packages/npm/:_authToken ${KEY}`)).toMatchObject([
      { name: '_authToken' },
    ]);
    const basic = Buffer.from('ci-bot:5rQFU2IezwAbwFZzavHQyd').toString('base64');
    expect(secretsOf(`Step #2: + npm config set //npm.example/:_auth ${basic}`)).toMatchObject([{ name: '_auth', value: basic }]);
    expect(secretsOf(`COMMAND=/usr/bin/mysql -u root --password ${KEY} shop`)).toMatchObject([{ name: 'password' }]);
    expect(secretsOf('+ tool login --token --from-env TOKEN_FILE')).toEqual([]);
  });

  it("a command line as a list of its words (JSON, Python's repr, Go's %q) and an option opening a bracket", () => {
    expect(
      secretsOf(`2026-10-12T08:00:01Z INFO starting argv=["/usr/bin/rclone","copy","--s3-secret-access-key","${KEY}","s3:b"]`),
    ).toEqual([{ name: 's3-secret-access-key', value: KEY, level: 'error' }]);
    expect(secretsOf(`DEBUG cmd: ['aws', 's3', 'cp', '--secret-key', '${KEY}', 's3://b']`)).toEqual([
      { name: 'secret-key', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`level=info msg="exec" argv=["--token" "${KEY}"]`)).toMatchObject([{ name: 'token', value: KEY }]);
    expect(secretsOf(`INFO   Args: [--token ${KEY} --verbose]`)).toEqual([{ name: 'token', value: KEY, level: 'error' }]);
    // A file holding the token, an option after an option, an unexpanded pipeline macro: none.
    expect(secretsOf('INFO exec ["kubectl","--token-file","/var/run/secrets/kubernetes.io/token","get","pods"]')).toEqual([]);
    expect(secretsOf('INFO exec ["docker","login","--password-stdin","-u","deploy"]')).toEqual([]);
    expect(secretsOf("+ echo 'would push with --api-key $(NuGetApiKey)'")).toEqual([]);
  });
});

describe("Go structs as fmt's %+v prints them", () => {
  it('a field named for a credential, its value up to the next space or brace; a nil pointer, a mask or another field is none', () => {
    expect(secretsOf(`2026-10-12T08:00:05Z DEBUG config loaded: &{Addr::8080 DBUser:shop DBPassword:${KEY} Debug:true}`)).toEqual([
      { name: 'DBPassword', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`DEBUG request: {Method:GET URL:/api/v1/items Token:${HEX}}`)).toEqual([
      { name: 'Token', value: HEX, level: 'error' },
    ]);
    expect(secretsOf('DEBUG req: {Method:GET Token:<nil> Page:2}')).toEqual([]);
    expect(secretsOf('DEBUG cfg: &{Name:api Password:****** Secret: Timeout:30s}')).toEqual([]);
    expect(secretsOf(`DEBUG csrf: {CSRFToken:${HEX} Path:/form}`)).toEqual([]);
    expect(secretsOf('DEBUG put: {Bucket:media-prod Key:photos/2024/img001.jpg Size:20391}')).toEqual([]);
  });
});

describe('calendar feeds', () => {
  it("a private calendar feed's random segment before .ics, and Google's private-<hex>/basic.ics; a named calendar is none", () => {
    expect(secretsOf(`GET /rest/calendar-services/1.0/calendar/export/subcalendar/private/${HEX}.ics HTTP/1.1`)).toMatchObject([
      { value: HEX, level: 'error' },
    ]);
    expect(
      secretsOf(`GET https://calendar.google.com/calendar/ical/team%40group.calendar.google.com/private-${HEX}/basic.ics`),
    ).toMatchObject([{ value: `private-${HEX}` }]);
    expect(secretsOf('GET /holidays/norway-2026.ics HTTP/1.1')).toEqual([]);
    expect(secretsOf('GET /calendar/public/basic.ics HTTP/1.1')).toEqual([]);
  });
});

describe('heldout34 and heldout35: places and names of their first scan', () => {
  const TOKEN = 'mvq_6vFkmjzVsd6Kl8do3ppuFZPq4ts42XhX';

  it("an Authorization header in a vendor's own scheme; no handshake scheme, no redaction marker", () => {
    const zoho = '1000.b8a5b13c96cfdcb4eade7df584008ecd.32d5ef3a82cd5227527e456a9086330e';
    expect(secretsOf(`Authorization: Zoho-oauthtoken ${zoho}`)).toEqual([{ name: 'Authorization', value: zoho, level: 'error' }]);
    expect(secretsOf(`{"headers":{"authorization":"ShippoToken shippo_live_${HEX}"}}`)).toMatchObject([
      { value: `shippo_live_${HEX}`, level: 'error' },
    ]);
    expect(secretsOf('Authorization: Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYK')).toEqual([]);
    expect(secretsOf("headers: {'Content-Type': 'text/plain', 'Authorization': '(redacted)', 'User-Agent': 'Python/3.12'}")).toEqual([]);
  });

  it('a private key printed on one line (a Ruby hash of fastlane lane context), not a certificate', () => {
    const body = 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgucUNPuRC0FW4rqlxYcQ19810jjug7AAknw49x95qzUct';
    const key = `-----BEGIN PRIVATE KEY-----\\n${body}\\n${body}\\n-----END PRIVATE KEY-----`;
    expect(secretsOf(`[09:18:34]: {:APP_STORE_CONNECT_API_KEY=>{:key_id=>"QK61H2HT0V", :key=>"${key}", :duration=>1200}}`)).toEqual([
      { name: 'private-key', value: key, level: 'error' },
    ]);
    expect(secretsOf(`"cert":"-----BEGIN CERTIFICATE-----\\n${body}\\n-----END CERTIFICATE-----"`)).toEqual([]);
  });

  it('names after an escaped NUL (Passenger) and after a label in parentheses (Drogon)', () => {
    expect(secretsOf(`[Client 2-70] Header data: "HTTP_COOKIE\\000session=${HEX}\\000HTTP_ACCEPT\\000text/html"`)).toEqual([
      { name: 'session', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`GET /painel 200 OK 14210 0.006005 (cookie)cacifo_sessao=${HEX}`)).toEqual([
      { name: 'cacifo_sessao', value: HEX, level: 'error' },
    ]);
  });

  it('keys named first in Portuguese (`chave_…`, `X-Chave-…`) and after "API" in Uzbek, Icelandic and Georgian', () => {
    for (const [line, name] of [
      [`GET /api/parceiros/disponibilidade?data=2027-06-14&chave_parceiro=${KEY} HTTP/2.0`, 'chave_parceiro'],
      [`POST /api/cacifos/9/reservar 201 Created x-chave-quiosque: ${TOKEN}`, 'x-chave-quiosque'],
      [`X-Api-Kalit: ${TOKEN}`, 'X-Api-Kalit'],
      [`GET /api/laus-plass?dags=2027-06-14&api_lykill=${KEY} 192.0.2.252`, 'api_lykill'],
      [`https://b2b.example/api/narxlar?maxfiy_kalit=${KEY}&format=json`, 'maxfiy_kalit'],
      [`bamboo_SMS_API_GASAGHEBI=${KEY}`, 'bamboo_SMS_API_GASAGHEBI'],
    ] as const)
      expect(secretsOf(line), line).toEqual([{ name, value: line.includes(TOKEN) ? TOKEN : KEY, level: 'error' }]);
    expect(secretsOf('GET /api/tabela?chave_primaria=42&ordem=asc HTTP/2.0')).toEqual([]);
  });

  it('sessions, tokens and passwords in Georgian and Uzbek, a Pyramid auth ticket, a Spring Authorization Server code', () => {
    for (const [line, name] of [
      [`wss://admin.example/live/kurierebi?sesia=${KEY}`, 'sesia'],
      [`Set-Cookie: ustaxona_seans=${KEY}; Path=/; Secure; HttpOnly`, 'ustaxona_seans'],
      [`# insert into \`sesiebi\` (\`id\`, \`tokeni\`) values (76794, '${KEY}')`, 'tokeni'],
      [`'{"smtp_hosti":"smtp.example","smtp_paroli":"${KEY}"}'`, 'smtp_paroli'],
      [`Cookie: auth_tkt=${HEX}${HEX}!userid_type:b64unicode; lang=pt`, 'auth_tkt'],
      [`SELECT id FROM oauth2_authorization WHERE authorization_code_value = '${KEY}'`, 'authorization_code_value'],
    ] as const)
      expect(
        secretsOf(line).map((secret) => secret.name),
        line,
      ).toEqual([name]);
  });

  it("Twilio's resource SIDs and idempotency tokens are no credentials; heartbeat and push URLs of Cronhub and Bark are", () => {
    const sid = 'NOf336e678de45a2dd7e19d0e502a29013';
    expect(
      secretsOf(`{"account_sid":"ACce492aa1ecbd0db925a821c12b2bc8dc","sid":"${sid}","url":"https://monitor.twilio.com/v1/Alerts/${sid}"}`),
    ).toEqual([]);
    expect(secretsOf(`{"request_headers":"I-Twilio-Idempotency-Token=${KEY}&X-Home-Region=us1"}`)).toEqual([]);
    expect(secretsOf('FetchError: request to https://cronhub.io/ping/d48853b5-955f-41f1-8b99-bd858d1e112a failed')).toMatchObject([
      { name: 'cronhub-ping-url', level: 'error' },
    ]);
    expect(secretsOf('{"url":"https://api.day.app/OXV0BiMHnrkoTzbVh2Um8E/Nova%20reserva"}')).toMatchObject([
      { name: 'bark-push-url', level: 'error' },
    ]);
  });
});

describe('a percent-encoded URL inside a value', () => {
  it('a quoted setting or a form message holding it is read decoded; a value that is a URL keeps its nested parameters', () => {
    const hook = 'hooks.slack.com/services/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';
    const encoded = encodeURIComponent(`"https://${hook}"`);
    expect(secretsOf(`200 POST /server/database/item?namespace=app&key=alerts.slack_url&value=${encoded} (10.40.1.5)`)).toMatchObject([
      { name: 'value', level: 'error' },
    ]);
    expect(secretsOf(`To=%2B447700976683&Body=Alert+sent+to+${encodeURIComponent(`https://${hook}`)}+at+noon`)).toMatchObject([
      { name: 'Body', level: 'error' },
    ]);
    const redirect = `GET /cb?redirect_uri=https%3A%2F%2Fapp.example%2Fcb%3Fcode%3D${KEY}%26state%3D${HEX}`;
    expect(secretsOf(redirect).map((secret) => secret.name)).toEqual(['code']);
  });
});

describe("a request a network sensor prints in base64 (Snort 3's alert_json b64_data)", () => {
  it('is decoded and read: its query and its Authorization header; a payload of another kind is none', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const alert = (payload: string) => `{ "timestamp" : "06/15-10:00:44.671401", "dir" : "C2S", "b64_data" : "${b64(payload)}" }`;
    expect(secretsOf(alert(`GET /api/v1/trips?route=TBS-1178&kunci=${KEY} HTTP/1.1\r\nHost: api.example\r\n\r\n`))).toMatchObject([
      { name: 'kunci', value: KEY, level: 'error' },
    ]);
    const basic = b64('svc-gps:pTq9Vr2cW1sXo0pB');
    expect(secretsOf(alert(`GET /reports HTTP/1.1\r\nAuthorization: Basic ${basic}\r\n\r\n`))).toMatchObject([{ value: basic }]);
    expect(secretsOf(alert('GET /healthz HTTP/1.1\r\nHost: api.example\r\n\r\n'))).toEqual([]);
  });
});

describe('Azerbaijani and Hindi names (heldout37)', () => {
  it('açar, açarı and gizli açar, kunji; a link after şifrə bərpa', () => {
    for (const [line, name] of [
      [`url: https://api.karvan.example/reysler/axtar?haradan=baki&acar=${HEX}, backendResponseCode: 200`, 'acar'],
      [`split uri=index.php?_url=/feed -> uri=index.php, args=_url=/feed&api_acari=${KEY}&seher=baki`, 'api_acari'],
      [`sorğusu: https://e-qaime.example/api/v2/gonder?voen=6995156846&gizli_acar=${KEY}`, 'gizli_acar'],
      [`"POST /api/partner/receipts/?api_kunji=${KEY} HTTP/1.1" 201 11446`, 'api_kunji'],
    ] as const)
      expect(
        secretsOf(line).map((secret) => secret.name),
        line,
      ).toEqual([name]);
    expect(secretsOf(`url: https://api.karvan.example/hesab/sifre-berpa/${HEX}40, responseCode: 200`)).toMatchObject([{ level: 'error' }]);
    expect(secretsOf('GET /reysler/axtar?acar=ok&seher=baki HTTP/1.1')).toEqual([]);
  });
});

describe('general shapes of printed secrets (before heldout38)', () => {
  it("a cookie's value in double quotes before `;` (RFC 6265), also in a Python header list; logfmt's quoted metadata is none", () => {
    const ticket = `${HEX}${HEX}!userid_type:int`;
    expect(secretsOf(`Set-Cookie: auth_tkt="${ticket}"; Path=/; HttpOnly`)).toEqual([{ name: 'auth_tkt', value: ticket, level: 'error' }]);
    expect(secretsOf(`Response headers: [('Content-Length', '0'), ('Set-Cookie', 'session="${KEY}"; Path=/')]`)).toEqual([
      { name: 'session', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`level=info session="${KEY}" msg="request done"`)).toEqual([]);
    expect(secretsOf(`Set-Cookie: session="${KEY} x"; Path=/`)).toEqual([]);
  });

  it('a string entry of a PHP-serialized array, by the length written before it, also JSON-escaped; another key is none', () => {
    expect(secretsOf(`cache set settings: a:2:{s:7:"api_key";s:32:"${KEY}";s:4:"mode";s:4:"live";}`)).toEqual([
      { name: 'api_key', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`{"msg":"session","data":"a:1:{s:12:\\"access_token\\";s:32:\\"${KEY}\\";}"}`)).toMatchObject([
      { name: 'access_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`cache set settings: a:1:{s:7:"api_key";s:40:"${KEY}";}`)).toEqual([{ name: 'api_key', value: KEY, level: 'error' }]);
    expect(secretsOf(`cache set settings: a:1:{s:8:"partner_";s:32:"${KEY}";}`)).toEqual([]);
  });

  it("a URL in base64 as a path's segment (an image proxy's source), its padding percent-encoded; other base64 in a path is none", () => {
    const source = Buffer.from(`https://img.example/src/a.jpg?token=${KEY}`).toString('base64');
    expect(secretsOf(`GET /insecure/rs:fill:300/${source.replaceAll('=', '%3D')} HTTP/1.1`)).toMatchObject([
      { value: KEY, level: 'error' },
    ]);
    const other = Buffer.from(`files/a.jpg?token=${KEY}`).toString('base64');
    expect(secretsOf(`GET /insecure/rs:fill:300/aHR0c${other} HTTP/1.1`)).toEqual([]);
  });

  it("a secret key in Stripe's live-mode format under any vendor's prefix; a publishable key or an identifier is none", () => {
    expect(secretsOf(`info [qhr_live_${KEY}] quote requested`)).toEqual([
      { name: 'live-mode-secret-key', value: `qhr_live_${KEY}`, level: 'error' },
    ]);
    expect(secretsOf(`Params: ["pj_live_${KEY}",1,0]`)).toEqual([
      { name: 'live-mode-secret-key', value: `pj_live_${KEY}`, level: 'error' },
    ]);
    expect(secretsOf(`checkout key sk_live_${KEY} used`)).toEqual([{ name: 'stripe-secret-key', value: `sk_live_${KEY}`, level: 'error' }]);
    expect(secretsOf(`widget key pub_live_${KEY} used`)).toEqual([]);
    expect(secretsOf('feature is_live_streamingEnabledForUserAccount on')).toEqual([]);
  });

  it("a session cookie as a YAML line of a printed mapping (gcloud's and kubectl's YAML), a value that is no secret none", () => {
    expect(secretsOf(`    tb_session: ${KEY}`)).toEqual([{ name: 'tb_session', value: KEY, level: 'error' }]);
    expect(secretsOf('    tb_session: expired')).toEqual([]);
  });

  it("PHP's and Tracy's `'name' => 'value'` arrays, and a task argument's name, type and value (Machinery)", () => {
    expect(secretsOf(`[2027-07-13 09-23-40] array (2) 'PHPSESSID' => '${HEX}' 'lang' => 'hy'`)).toEqual([
      { name: 'PHPSESSID', value: HEX, level: 'error' },
    ]);
    const task = (name: string) =>
      `DEBUG: redis.go:347 Received new message: {"Name":"sync","Args":[{"Name":"${name}","Type":"string","Value":"${KEY}"}]}`;
    expect(secretsOf(task('refresh_token'))).toEqual([{ name: 'refresh_token', value: KEY, level: 'error' }]);
    expect(secretsOf(task('courier_token_type'))).toEqual([]);
  });

  it('a header named …-secret in a printed dictionary (Moya, Swift), and XML elements named for a credential (SOAP); a digest is none', () => {
    expect(secretsOf(`Request Headers: ["Accept": "application/json", "x-partner-client-secret": "${HEX}"]`)).toEqual([
      { name: 'x-partner-client-secret', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`Payload: <soap:Header><auth:Token>${KEY}</auth:Token></soap:Header>`)).toEqual([
      { name: 'Token', value: KEY, level: 'error' },
    ]);
    const password = (type: string) =>
      `<wsse:UsernameToken><wsse:Username>svc</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#${type}">Q9vK2mX7pL4s</wsse:Password></wsse:UsernameToken>`;
    expect(secretsOf(password('PasswordText'))).toEqual([{ name: 'Password', value: 'Q9vK2mX7pL4s', level: 'error' }]);
    expect(secretsOf(password('PasswordDigest'))).toEqual([]);
    expect(secretsOf('<Request><TokenType>Bearer</TokenType><Password>********</Password></Request>')).toEqual([]);
  });

  it("an authorization code written as fields around a random part (eBay's v^1.1#…#t^…) beside state; a Checkly heartbeat URL", () => {
    const code = `v%5E1.1%23i%5E1%23f%5E0%23r%5E1%23p%5E3%23I%5E3%23t%5E${KEY}`;
    expect(secretsOf(alb(`https://shop.example:443/ebay/callback?state=${HEX}&code=${code}`))).toMatchObject([
      { name: 'code', level: 'warning' },
    ]);
    expect(secretsOf(alb('https://shop.example:443/ebay/callback?state=x&code=v%5E1.1%23i%5E1%23f%5E0'))).toEqual([]);
    expect(secretsOf(`Read timed out. url=https://ping.checklyhq.com/504bc431-bfad-4817-be5d-d2ea9ec6d7c9'`)).toMatchObject([
      { name: 'url', value: 'checklyhq.com/504bc431-bfad-4817-be5d-d2ea9ec6d7c9', level: 'error' },
    ]);
  });

  it("framework session names (GoFrame's gfsessionid, classic ASP's ASPSESSIONID<8 letters>), an SMS API's psw, a Bitrix24 webhook", () => {
    expect(secretsOf(alb(`https://api.example:443/bet?order=R-1&gfsessionid=${HEX}`))).toEqual([
      { name: 'gfsessionid', value: HEX, level: 'error' },
    ]);
    const cookie = 'GJEBDLBBEHLHNDIEHAAGJLFL';
    expect(
      secretsOf(`2027-07-21 08:00:01 GET /default.asp - 443 - 203.0.113.9 ASPSESSIONIDQQTCRSBA=${cookie};+lang=en 200 0 0 15`),
    ).toEqual([{ name: 'ASPSESSIONIDQQTCRSBA', value: cookie, level: 'error' }]);
    expect(secretsOf('GET https://smsc.kz/sys/send.php?login=shop&psw=Ifqk4twXSuaMrp7J&phones=77018524062 -1')).toEqual([
      { name: 'psw', value: 'Ifqk4twXSuaMrp7J', level: 'error' },
    ]);
    expect(secretsOf('GET https://smsc.kz/sys/send.php?login=shop&psw=1&phones=77018524062 -1')).toEqual([]);
    expect(
      secretsOf('Post "https://shop.bitrix24.kz/rest/17/gx4n43ze7ohahgf9/crm.deal.update.json": context deadline exceeded'),
    ).toMatchObject([{ name: 'bitrix24-webhook-url', level: 'error' }]);
  });

  it('JSON inside a CSV field, its quotes doubled', () => {
    expect(secretsOf(`48262,GetMyProfile,"{""lockPairingSecret"": ""${KEY}"", ""unit"": ""B-12""}"`)).toEqual([
      { name: 'lockPairingSecret', value: KEY, level: 'error' },
    ]);
  });

  it("a value before a message's `: ` (ffmpeg's `…?auth=<base64>: Server returned 401`); a `:` inside a value stays", () => {
    const line = `ffmpeg.cam.detect ERROR : http://10.8.1.21/ISAPI/Streaming/channels/102/httpPreview?auth=${KEY}: Server returned 401 Unauthorized`;
    expect(secretsOf(line)).toEqual([{ name: 'auth', value: KEY, level: 'error' }]);
    expect(secretsOf(alb(`https://app.example:443/x?token=${KEY}:${HEX}`))).toEqual([
      { name: 'token', value: `${KEY}:${HEX}`, level: 'error' },
    ]);
  });

  it('a Wi-Fi network\'s pre-shared key in a device\'s printed config (`"psk":"…"`) and in wpa_supplicant\'s `psk="…"`', () => {
    expect(secretsOf('I (1940) cfg: loaded from nvs: {"wifi":{"ssid":"Depot-Ops","psk":"QaZNGsnSie5C-2371","country":"US"}}')).toEqual([
      { name: 'psk', value: 'QaZNGsnSie5C-2371', level: 'error' },
    ]);
    expect(secretsOf('wpa_supplicant[812]: network={ ssid="Depot-Ops" psk="QaZNGsnSie5C-2371" }')).toMatchObject([
      { name: 'psk', value: 'QaZNGsnSie5C-2371' },
    ]);
  });

  it("a password a message prints after the word and a colon (Spring Boot's generated one); prose and masks are none", () => {
    expect(secretsOf('Using generated security password: 8e557245-73e2-4286-969a-ff57fe326336')).toEqual([
      { name: 'password', value: '8e557245-73e2-4286-969a-ff57fe326336', level: 'error' },
    ]);
    expect(secretsOf(`frigate.app INFO : ***    Password: ${HEX}   ***`)).toEqual([{ name: 'Password', value: HEX, level: 'error' }]);
    // A terminal recording (asciinema) keeps each output line's escaped line break.
    expect(secretsOf('[91.252000, "o", "  password: RDFJT2lGbkdFZWlDSFE5dmFuRko=\\r\\n"]')).toEqual([
      { name: 'password', value: 'RDFJT2lGbkdFZWlDSFE5dmFuRko=', level: 'error' },
    ]);
    expect(secretsOf('login failed for ops: password: incorrect')).toEqual([]);
    expect(secretsOf('reset done, Password: ******** (hidden)')).toEqual([]);
    expect(secretsOf('sshd[812]: Failed password for invalid user admin from 203.0.113.9 port 52144 ssh2')).toEqual([]);
  });
});

describe("Windows Installer's verbose log, an APM's user attributes, a session named in capitals", () => {
  it('a property set or listed with its value is read by its name; a hidden one (**********) is none', () => {
    const msi = (text: string) => `MSI (s) (A0:B4) [09:42:02:210]: ${text}`;
    expect(secretsOf(msi(`PROPERTY CHANGE: Adding DBPASSWORD property. Its value is '${KEY}'.`))).toEqual([
      { name: 'DBPASSWORD', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`Property(S): SQLPASSWORD = ${KEY}`)).toEqual([{ name: 'SQLPASSWORD', value: KEY, level: 'error' }]);
    expect(secretsOf('Property(S): SQLPASSWORD = **********')).toEqual([]);
    expect(secretsOf(msi(`PROPERTY CHANGE: Adding INSTALLFOLDER property. Its value is 'C:\\Program Files\\App\\'.`))).toEqual([]);
  });

  it('`"memberSession":"…"` in camel case and `FARELINE_SID=…` in capitals are sessions, with a secret-shaped value', () => {
    expect(secretsOf(`AUDIT: {"userAttributes":{"memberSession":"${KEY}","kendra":"bakrol-3"}}`)).toEqual([
      { name: 'memberSession', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`cookies <RequestsCookieJar[<Cookie FARELINE_SID=${KEY} for portal.example/>]>`)).toEqual([
      { name: 'FARELINE_SID', value: KEY, level: 'error' },
    ]);
    expect(secretsOf('cookies <RequestsCookieJar[<Cookie FARELINE_SID=12 for portal.example/>]>')).toEqual([]);
  });
});

describe('keys printed with a colon', () => {
  it("a credential's key in JSON, escaped JSON, a Python dict, util.inspect and a header dump, whatever its language", () => {
    for (const [line, name] of [
      [`{"level":"info","user":"app","token":"${KEY}"}`, 'token'],
      [`{"log":"{\\"event\\":\\"login\\",\\"refresh_token\\":\\"${KEY}\\"}\\n","stream":"stdout"}`, 'refresh_token'],
      [`connect params {'host': 'db1', 'passwd': '${KEY}'}`, 'passwd'],
      [`config loaded { host: 'db1', user: 'app', lozinka: '${KEY}' }`, 'lozinka'],
      [`mailer settings {"smtp_host":"mx1","salasana":"${KEY}"}`, 'salasana'],
      [`> X-Secret: ${KEY}`, 'X-Secret'],
    ] as const)
      expect(secretsOf(line), line).toMatchObject([{ name, value: KEY, level: 'error' }]);
  });

  it('a password under a word that is also another, in a printed dictionary, with a secret-shaped value', () => {
    const kwargs = (value: string) => `DEBUG:pawn.tasks:Worker-1:appraise kwargs={'item': 'gold chain 18k', 'kalmar_sirri': '${value}'}`;
    expect(secretsOf(kwargs(KEY))).toMatchObject([{ name: 'kalmar_sirri', value: KEY, level: 'error' }]);
    expect(secretsOf(kwargs('zinariya'))).toEqual([]);
  });

  it('not by a key the table reads only with a secret-shaped value (`code`, `sid`), which JSON logs are full of', () => {
    const prefilterPasses = (line: string) => findCandidateLines(Buffer.from(`${line}\n`, 'latin1'), prefilter).lines.length > 0;
    expect(prefilterPasses(`{"event":"app.session.start","code":"T2007I","sid":"${KEY}"}`)).toBe(false);
    expect(prefilterPasses(`{"event":"login","secret":"${KEY}"}`)).toBe(true);
  });
});

describe('command lines', () => {
  it("the password of curl's -u/--user user:password, as CI traces and exec logs print it; not a variable, a mask or another command's -u", () => {
    expect(secretsOf(`+ curl -sSf -u deploy:${KEY} https://registry.example/v2/`)).toEqual([
      { name: 'curl --user', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`on_event_start   curl -s --user 'patrol:${KEY}' -d cam=%t https://hq.example/api/events`)).toMatchObject([
      { name: 'curl --user', value: KEY },
    ]);
    expect(secretsOf('+ curl -u "$NEXUS_USER:$NEXUS_PASS" https://nexus.example/')).toEqual([]);
    expect(secretsOf('+ curl -u ci:*** https://nexus.example/')).toEqual([]);
    expect(secretsOf('+ curl -u admin https://nexus.example/')).toEqual([]);
    expect(secretsOf(`docker run -u 1000:1000 app && curl https://x.example/`)).toEqual([]);
  });
});

describe('settings printed as name = value', () => {
  it('a credential setting with a generated value; not a mask, null, an SQL placeholder, a call or a dotted reference', () => {
    expect(secretsOf(`2027-10-05 08:34:08,897 DEBUG [38] App.Settings - Set utm_refresh_token = ${KEY}`)).toEqual([
      { name: 'utm_refresh_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`\tssl.key.password = ${KEY}`)).toMatchObject([{ name: 'ssl.key.password', value: KEY }]);
    for (const line of [
      '\tssl.truststore.password = null',
      '\tsasl.jaas.config = [hidden]',
      'WHERE password_resets.token = %(token_1)s::VARCHAR AND password_resets.used_at IS NULL',
      '      token = self.client.refresh()',
      '  WEBHOOK_SECRET = stavewise.ops.slack_alerts_secret',
      '(9)   CHAP-Password = 0x917d0e66a0d49f6208c7b18ee967de20a3',
    ])
      expect(secretsOf(line), line).toEqual([]);
  });

  it("go-getter's sshkey, a base64 private key in an artifact's URL", () => {
    const key = Buffer.from(`-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY}${KEY}\n-----END OPENSSH PRIVATE KEY-----\n`).toString('base64');
    const line = `[DEBUG] client.alloc_runner.task_runner.task_hook.artifacts: downloading artifact: artifact=git::ssh://git@git.example/ops/cfg.git?ref=v14&sshkey=${key}`;
    expect(secretsOf(line)).toMatchObject([{ name: 'sshkey', level: 'error' }]);
  });
});

describe('webhook URLs', () => {
  it("an ntfy.sh topic with a random part is the topic's only secret; a plain word is a public topic", () => {
    const topic = 'alarms-b1esx4z94hnhfvp4tjf1';
    expect(secretsOf(`Executing external command 'curl -s -d "Motion at gate" https://ntfy.sh/${topic}'`)).toEqual([
      { name: 'ntfy-topic', value: `ntfy.sh/${topic}`, level: 'error' },
    ]);
    expect(secretsOf('Executing external command \'curl -s -d "hello" https://ntfy.sh/mytopic\'')).toEqual([]);
  });
});

describe('SASL exchanges in protocol transcripts', () => {
  const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');

  it("PLAIN's user and password, and XOAUTH2's bearer token, as a client's command; not a server's capability list or a masked password", () => {
    const plain = b64(`\0kayit@example.org\0${KEY}`);
    expect(secretsOf(`[PROTOCOL] [689261B6.2] [core] C: AUTH PLAIN ${plain}`)).toEqual([
      { name: 'SASL PLAIN', value: plain, level: 'error' },
    ]);
    const xoauth2 = b64(`user=reminders@example.org\x01auth=Bearer ${KEY}\x01\x01`);
    expect(secretsOf(`2027-09-14 05:00:21\tCLIENT -> SERVER: AUTH XOAUTH2 ${xoauth2}`)).toMatchObject([
      { name: 'SASL XOAUTH2', value: xoauth2 },
    ]);
    // IMAP's command after its tag (Geary's protocol log).
    expect(secretsOf(`(geary:4711): geary-DEBUG: 09:00:06.531: [imap] > a001 AUTHENTICATE PLAIN ${plain}`)).toEqual([
      { name: 'SASL PLAIN', value: plain, level: 'error' },
    ]);
    expect(secretsOf('2027-09-14 05:00:20\tSERVER -> CLIENT: 250-AUTH PLAIN LOGIN XOAUTH2')).toEqual([]);
    expect(secretsOf(`[core] C: AUTH PLAIN ${b64('\0kayit@example.org\0********')}`)).toEqual([]);
  });

  it("IRC's blob in an AUTHENTICATE of its own, and XMPP's stanza, read by what the blob decodes to; not IRC's `+` or a nick's blob", () => {
    const plain = b64(`ircbot\0ircbot\0${KEY}`);
    expect(secretsOf(`2027/12/14 08:00:12 upstream "libera": sent: AUTHENTICATE ${plain}`)).toEqual([
      { name: 'SASL PLAIN', value: plain, level: 'error' },
    ]);
    expect(secretsOf(`22:00:30.614:DEBUG -- [libera] sent: Message { tags: None, command: AUTHENTICATE("${plain}") }`)).toEqual([
      { name: 'SASL PLAIN', value: plain, level: 'error' },
    ]);
    const stanza = `SENT: <auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">${plain}</auth>`;
    expect(secretsOf(`15/12/2027 10:00:01: xmpp: conn: ${stanza}`)).toEqual([{ name: 'SASL PLAIN', value: plain, level: 'error' }]);
    expect(secretsOf('2027/12/14 08:00:12 upstream "libera": received: AUTHENTICATE +')).toEqual([]);
    expect(secretsOf(`2027/12/14 08:00:12 upstream "libera": sent: AUTHENTICATE ${b64('just a nickname here')}`)).toEqual([]);
  });
});

describe('Groovy maps', () => {
  it("a credential's entry in a map as Groovy's toString() prints it; not a form token, nor a quoted value", () => {
    const line = (entries: string) =>
      `2027-10-05 08:31:39,879 [quartzScheduler_Worker-1] ERROR org.example.sync.StockSync - Sync failed [${entries}, expires_in:43199]`;
    expect(secretsOf(line(`access_token:${KEY}, token_type:bearer`))).toEqual([{ name: 'access_token', value: KEY, level: 'error' }]);
    expect(secretsOf(line(`SYNCHRONIZER_TOKEN:${KEY}, SYNCHRONIZER_URI:/shipment/receive`))).toEqual([]);
    expect(secretsOf(line('authorization:"masked", token_type:bearer'))).toEqual([]);
  });
});

describe('a user and a password in a query', () => {
  it("p= beside u= (InfluxDB 1.x, the Subsonic API) is a password with a password's shape; p= alone, or a page number, is none", () => {
    expect(secretsOf(`Publishing data to InfluxDB (http://meters.example:8086/write?db=water&u=reader&p=${KEY})`)).toEqual([
      { name: 'p', value: KEY, level: 'error' },
    ]);
    expect(secretsOf('GET /rest/stream.view?u=admin&p=enc:6d79536563726574313233&v=1.16.1&c=DSub&id=42 HTTP/1.1')).toMatchObject([
      { name: 'p', value: 'enc:6d79536563726574313233' },
    ]);
    // A password people chose: both cases and symbols, no digit (ESPurna's InfluxDB password, percent-encoded).
    expect(secretsOf('[INFLUXDB] POST http://metrics.example:8086/write?db=hives&u=espurna&p=zdPVXVlt%2BpnlVMw%40Wwtcyr')).toEqual([
      { name: 'p', value: 'zdPVXVlt+pnlVMw@Wwtcyr', level: 'error' },
    ]);
    expect(secretsOf('GET /forum/list?u=17&p=3 HTTP/1.1')).toEqual([]);
    expect(secretsOf('GET /forum/list?u=17&p=Next+Page HTTP/1.1')).toEqual([]);
    expect(secretsOf(`GET /search?q=lift&p=${KEY} HTTP/1.1`)).toEqual([]);
  });
});

describe('push and stream URLs', () => {
  it("Pushcut's webhook and Apprise's Telegram URL hold their secret in the path", () => {
    expect(secretsOf('command = curl -s -X POST https://api.pushcut.io/DMN9Jj60zIgMk26mTQBQSe/notifications/PrintDone')).toMatchObject([
      { name: 'pushcut-webhook', level: 'error' },
    ]);
    expect(
      secretsOf('ERROR Apprise notification failed for tgram://5285582598:AAzGvRne5h5uhfXbJ7QnCyk6IoKTBwf4d0s/-1006117887835'),
    ).toMatchObject([{ name: 'apprise-telegram', level: 'error' }]);
  });

  it("GlobalProtect's VPN login cookies in its client's log: a SAML header, the portal's XML config, the gateway's form", () => {
    expect(secretsOf(`SAML response headers: saml-auth-status: 1; saml-username: lonko; prelogin-cookie: ${KEY}; saml-slo: no`)).toEqual([
      { name: 'prelogin-cookie', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`portal config received: <policy><portal-userauthcookie>${KEY}</portal-userauthcookie></policy>`)).toEqual([
      { name: 'portal-userauthcookie', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`Send to gateway https://vpn.example/ssl-vpn/getconfig.esp: user=lonko&authcookie=${HEX}&client-type=1`)).toEqual([
      { name: 'authcookie', value: HEX, level: 'error' },
    ]);
  });

  it("SIP's header parameters after a `;` (a Via's branch, a From's tag) are a transaction's and a dialog's ids, no cookies", () => {
    expect(secretsOf(`Via: SIP/2.0/UDP 192.168.1.23:5060;rport;branch=z9hG4bKPj${HEX}`)).toEqual([]);
    expect(secretsOf(`From: "Desk 2" <sip:desk2@sip.example.org>;tag=${HEX}`)).toEqual([]);
    expect(secretsOf(`Cookie: lang=en;sessiya=${HEX}`)).toEqual([{ name: 'sessiya', value: HEX, level: 'error' }]);
  });

  it("a browser cookie with its attributes between its name and its value (Selenium's get_cookies(), FlareSolverr's reply)", () => {
    const flare = `Response => POST /v1 body: {'status': 'ok', 'solution': {'url': 'https://www.example.org/account', 'cookies': [{'domain': 'www.example.org', 'expiry': None, 'httpOnly': True, 'name': 'PHPSESSID', 'path': '/', 'sameSite': 'Lax', 'secure': True, 'value': '8pckkitw7sa5r309s53eae945s'}]}}`;
    expect(secretsOf(flare)).toEqual([{ name: 'PHPSESSID', value: '8pckkitw7sa5r309s53eae945s', level: 'error' }]);
    expect(
      secretsOf(`cookies: [{'domain': 'www.example.org', 'name': 'theme', 'path': '/', 'value': 'dark'}] ${flare.slice(0, 0)}`),
    ).toEqual([]);
  });

  it("GLib's GVariant text (flatpak's authenticator reply) and a Cookie header as an XML element's text (Apigee's trace)", () => {
    expect(
      secretsOf(`F: Authenticator response: {'tokens': <{'BaHc': ['org.example.App/x86_64/stable']}>, 'refresh-token': <'${KEY}'>}`),
    ).toEqual([{ name: 'refresh-token', value: KEY, level: 'error' }]);
    expect(secretsOf(`    <Header name="Cookie">ronistis=${HEX}; ziwan=zza</Header>`)).toEqual([
      { name: 'ronistis', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`    <Header name="Accept">text/html</Header><QueryParam name="page">${HEX}</QueryParam>`)).toEqual([]);
  });

  it("a Shadowsocks URI's user info (base64 of its method and password, SIP002); not one without a password", () => {
    const userinfo = Buffer.from('2022-blake3-aes-128-gcm:gcehmRB/XNREdGUxLkfnuQ==').toString('base64url');
    expect(
      secretsOf(`level=error msg="[Config] proxy 3 error: ss://${userinfo}@203.0.113.185:8388#hooghan: missing plugin option"`),
    ).toEqual([{ name: undefined, value: userinfo, level: 'error' }]);
    expect(secretsOf(`proxy ss://${Buffer.from('aes-256-gcm:').toString('base64url')}@203.0.113.185:8388#x`)).toEqual([]);
  });

  it('package repositories with a token in the URL: a Cloudsmith entitlement, a Gemfury token as the user; not a public path', () => {
    expect(
      secretsOf('MediaCurl.cc(doGetFileCopy):1045 url: https://dl.cloudsmith.io/Ypx96Nhy350mrvJ6/acme/kiosk/rpm/repomd.xml'),
    ).toMatchObject([{ name: 'cloudsmith-entitlement-url', level: 'error' }]);
    expect(secretsOf('url: https://RTL21eY6Wz8xcJMa4CGV@rpm.fury.io/acme/repodata/repomd.xml')).toMatchObject([
      { name: 'gemfury-url-token', level: 'error' },
    ]);
    expect(secretsOf('GET https://dl.cloudsmith.io/public/acme/repo/deb/debian/gpg.key')).toEqual([]);
  });

  it("a Telegram bot's token by its form, in a webhook route; not a time or a ratio", () => {
    const token = `4010386902:AAqRDC8KuZMeittHetfJVt6YpXS7Y7oWQaZ`;
    expect(secretsOf(`[W] [vhost/http.go:121] do http proxy request error: no route found: bots.example /telegram/${token}`)).toMatchObject(
      [{ name: 'telegram-bot-token-bare', value: token, level: 'error' }],
    );
    expect(secretsOf('ratio 1234567890:AAAA only, uptime 12:34:56')).toEqual([]);
  });

  it("a Vimeo unlisted video's hash, a 3CX provisioning folder, a SecuriteInfo subscriber's path; not a public video or a folder of words", () => {
    expect(secretsOf('"GET /films/tide HTTP/1.1" 200 3822 "https://vimeo.com/983047458/34040c6635" "Mozilla/5.0"')).toMatchObject([
      { name: 'vimeo-unlisted-link', level: 'error' },
    ]);
    expect(secretsOf('<iframe src="https://player.vimeo.com/video/983047458?h=34040c6635&badge=0">')).toMatchObject([
      { name: 'vimeo-unlisted-link', level: 'error' },
    ]);
    expect(secretsOf('see https://vimeo.com/983047458 and https://vimeo.com/channels/staffpicks/983047458')).toEqual([]);
    const threeCx = 'Provisioning: 192.168.7.46 downloaded https://pbx.example:5001/provisioning/nfsitw6ur9ed3i9n/3cxprov_805ec0846265.xml';
    expect(secretsOf(threeCx)).toMatchObject([{ name: '3cx-provisioning-link', level: 'error' }]);
    expect(secretsOf('GET /provisioning/yealink/001565aabbcc.cfg HTTP/1.1')).toEqual([]);
    const clamav = `WARNING: Can't download securiteinfo.hdb from https://www.securiteinfo.com/get/signatures/${HEX.repeat(4)}/securiteinfo.hdb`;
    expect(secretsOf(clamav)).toMatchObject([{ name: 'securiteinfo-signatures-url', level: 'error' }]);
  });

  it("a live stream's key at the end of its RTMP ingest URL; not a stream named by a word", () => {
    const uuid = 'f0a156f9-630c-4ae0-a34d-a073f2607051';
    expect(secretsOf(`"args":["-c","copy","-f","flv","rtmps://rtmp-global.cloud.example:443/live/${uuid}"]`)).toEqual([
      { name: 'stream key', value: uuid, level: 'error' },
    ]);
    expect(secretsOf('ffmpeg -re -i in.mp4 -f flv rtmp://a.rtmp.example/live2/ab12-cd34-ef56-gh78-ij90')).toMatchObject([
      { name: 'stream key', value: 'ab12-cd34-ef56-gh78-ij90' },
    ]);
    expect(secretsOf('ffmpeg -re -i in.mp4 -f flv rtmp://media.example/live/camera-front-door-main-entrance')).toEqual([]);
  });
});

describe('sessions under an app prefix, and calendar items', () => {
  it("Appwrite's a_session_<project> cookie and a two-letter capital session name (KB_SID) are sessions", () => {
    expect(secretsOf(`Failed to authorize connection: cookie a_session_6512ab3c=${HEX}${HEX} (Project not found)`)).toMatchObject([
      { name: 'a_session_6512ab3c', level: 'error' },
    ]);
    expect(secretsOf('[debug] SessionManager: regenerated KB_SID=b5elu2xgsew0hblwnt1bz33ykd8s99x3 for user 7')).toMatchObject([
      { name: 'KB_SID', level: 'error' },
    ]);
  });

  it("a CalDAV server's event or task named by its UID is no private feed; a feed link's UUID is", () => {
    const uid = '5056b683-89a7-41fe-b13b-579c6605e043';
    expect(secretsOf(`WEB ▶ 203.0.113.110  GET 200 /dav/projects/30/${uid}.ics 18.067ms - DAVx5/4.4.2-ose`)).toEqual([]);
    expect(secretsOf(`[INFO] PUT response status for '/parish/mass/${uid}.ics' in 0.072 seconds: 201 Created`)).toEqual([]);
    expect(secretsOf(`GET /calendar/feed/${uid}.ics HTTP/1.1`)).toMatchObject([{ name: 'calendar feed', value: uid }]);
  });
});

describe("Java's toString of a name and a value", () => {
  it('`Configuration(key=SMTP_PASSWORD, value=…)` is read as a pair of that name; another key is not', () => {
    const line = (key: string) =>
      `INFO 1 --- [alfio] a.manager.system.ConfigurationManager : saved configuration [Configuration(key=SMTP_HOST, value=smtp.example.org), Configuration(key=${key}, value=${KEY})]`;
    expect(secretsOf(line('SMTP_PASSWORD'))).toEqual([{ name: 'SMTP_PASSWORD', value: KEY, level: 'error' }]);
    expect(secretsOf(line('SMTP_PORT'))).toEqual([]);
  });
});

describe("Spring's request details and other printed parameter maps", () => {
  it('`parameters={name:[value], …}` (DispatcherServlet with log-request-details) is read entry by entry', () => {
    const line = (name: string) =>
      `2027-01-23 16:07:13.275 DEBUG 1 --- [nio-4040-exec-4] o.s.web.servlet.DispatcherServlet : POST "/createUser", parameters={username:[jo], ${name}:[${KEY}], adminRole:[false]}`;
    expect(secretsOf(line('password'))).toEqual([{ name: 'password', value: KEY, level: 'error' }]);
    expect(secretsOf(line('sersuz'))).toEqual([{ name: 'sersuz', value: KEY, level: 'error' }]);
    expect(secretsOf(line('nickname'))).toEqual([]);
  });

  it("a name-and-value object's value under a cookie's name (a WebDriver cookie) is read", () => {
    expect(
      secretsOf(
        `FINE [LocalNode.executeWebDriverCommand] - POST /session/${HEX}/cookie {"cookie":{"name":"saioa","value":"${HEX}${HEX}","path":"/"}}`,
      ),
    ).toEqual([{ name: 'saioa', value: `${HEX}${HEX}`, level: 'error' }]);
    expect(secretsOf(`POST /session/${HEX}/cookie {"cookie":{"name":"theme","value":"${HEX}${HEX}"}}`)).toEqual([]);
  });
});

describe('names that say more than their words', () => {
  it("an express-session cookie under an app's name, signed (`s:<id>.<signature>`)", () => {
    const signed = `s%3AB0scjAD-6L6kqtFKqPzlwNLmnOL5vKAl.8KY5fBFjXS4Ffjv2GOnC9YffuRUPEuabppgWEBEpQPF`;
    expect(secretsOf(`10:03:09.796 Script: cookie trilium.sid=${signed}`)).toMatchObject([{ name: 'trilium.sid', level: 'error' }]);
    expect(secretsOf('10:03:09.796 Script: cookie trilium.sid=s%3Aabc.def')).toEqual([]);
  });

  it('a credential named with the encoding of its value (`_B64`) in a shell trace', () => {
    const base64 = Buffer.from(`005a0323fb9b37a803d75174e:${KEY}`).toString('base64');
    expect(secretsOf(`+ export B2_CREDS_B64=${base64}`)).toEqual([{ name: 'B2_CREDS_B64', value: base64, level: 'error' }]);
    expect(secretsOf(`+ export LOGO_B64=${base64}`)).toEqual([]);
  });

  it("a one-word header is read where curl's or wget's header option names it", () => {
    expect(secretsOf(`wget -q --header="Token: ${KEY}" https://api.example/v1/report`)).toEqual([
      { name: 'Token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`Token: ${KEY} was rejected`)).toEqual([]);
  });

  it("a reset code on a front controller's route (`index.php?route=account/reset`) is the link's token", () => {
    const code = '3C02hUf05qr1nENzRYGaordIryaLY6RrFt3SLAyK';
    expect(secretsOf(`mail sent: https://shop.example/index.php?route=account/reset&email=a%40b.example&code=${code}`)).toMatchObject([
      { name: 'code', value: code, level: 'error' },
    ]);
    expect(secretsOf(`GET /index.php?route=product/category&code=${code} HTTP/1.1`)).toEqual([]);
  });

  it("csrf-magic's token (`sid:<sha1>,<time>`) is no credential", () => {
    expect(secretsOf('WEBUI NOTE: CSRF token expired, token=sid:b6ae1ca5e6c0c8bf18224a6e193f91d44c3c43c7,1800680616')).toEqual([]);
  });

  it("Shoutrrr's and Apprise's Discord URLs hold the webhook's token", () => {
    const token = 'Q7fv0Uhwq95EiXsk_6Hm4g_RMk3o49jcXvJQpoX4ms7_aBJ3Ko_TfSNMvs2euoUgcmr9';
    // Named by the parameter that carries it.
    expect(secretsOf(`msg="Failed to send shoutrrr notification (url=discord://${token}@0510861764727071416)"`)).toEqual([
      { name: 'url', value: `discord://${token}@0510861764727071416`, level: 'error' },
    ]);
    expect(secretsOf(`apprise: sending to discord://0510861764727071416/${token} failed`)).toMatchObject([
      { name: 'notification-url-discord', level: 'error' },
    ]);
  });
});

describe("Perl's dumps of a hash", () => {
  it('`name => "value"` with a plain key (Data::Dump) is read as a pair of that name; another key is not', () => {
    expect(secretsOf(`prefs: { kontrasenias => "${KEY}", user => "pista-dj", volume_limit => 85 }`)).toEqual([
      { name: 'kontrasenias', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`  refresh_token => "${KEY}",`)).toEqual([{ name: 'refresh_token', value: KEY, level: 'error' }]);
    expect(secretsOf(`  playlist => "${KEY}",`)).toEqual([]);
  });
});

describe("a request's cookies printed as a record", () => {
  it("every entry is a cookie: a generated value under a name no table knows is reported; another record's is not", () => {
    const value = `${HEX}${HEX.slice(0, 16)}`;
    expect(
      secretsOf(
        `WARN DelegateProxy - pre_authorize(): denied, context={"cookies"=>{"qm_reading"=>"${value}", "_ga"=>"GA1.1.2263102074.4490427009"}}`,
      ),
    ).toMatchObject([{ name: 'qm_reading', value, level: 'error' }]);
    // Capitals side by side, as a generated value under a name no table knows needs (shapes.ts `looksGeneratedSegment`).
    const session = 'mlNN_lo1br9pYoP8Tg1U-zXyQ2';
    expect(secretsOf(`DEBUG request: cookies={'fjell_okt': '${session}', 'lang': 'nb'}`)).toMatchObject([
      { name: 'fjell_okt', value: session },
    ]);
    expect(secretsOf(`DEBUG cookies policy accepted, record={"qm_reading":"${value}"}`)).toEqual([]);
  });
});

describe('heldout71 to heldout74 first scans', () => {
  it('a key under its own name in a printed object may be lowercase hex (apilayer); `key` of hex and an upper-case hex app id are no key', () => {
    expect(secretsOf(`r = REQUEST("https://api.example/v2/stock", params={'access_key': '${HEX}', 'sku': 12})`)).toEqual([
      { name: 'access_key', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`cache: {"key": "${HEX}", "ttl": 60}`)).toEqual([]);
    expect(secretsOf(`cache: {"md5_key": "${HEX}", "ttl": 60}`)).toEqual([]);
    expect(secretsOf(`appKey: ${HEX.toUpperCase()}`)).toEqual([]);
  });

  it('a password under a compound of an abbreviation or of an ambiguous word, in a printed record', () => {
    expect(
      secretsOf(`Running action via PythonRunner: crew_roster, parameters: {'portal_user': 'roster-bot', 'portal_pass': '${KEY}'}`),
    ).toEqual([{ name: 'portal_pass', value: KEY, level: 'error' }]);
    expect(secretsOf(`  'vosa_vuni' => 'VE6TYf5D75HvW2',`)).toEqual([{ name: 'vosa_vuni', value: 'VE6TYf5D75HvW2', level: 'error' }]);
    expect(secretsOf(`{'ski_pass': 'SEASON-2027'}`)).toEqual([]);
  });

  it('a cookie header held under a name that says how (`cookies_string`): its session cookie is read', () => {
    const session = 'p3tm7vhwh6airnzwb8svcq42avkw0u1t';
    expect(
      secretsOf(
        `Event data: {'res': {'msg': 'Status code was 200', 'cookies_string': 'awx_sessionid=${session}; csrftoken=x1', 'status': 200}}`,
      ),
    ).toEqual([{ name: 'awx_sessionid', value: session, level: 'error' }]);
    expect(secretsOf(`Event data: {'res': {'msg': 'ok', 'cache_string': 'awx_sessionid=${session}'}}`)).toEqual([]);
  });

  it("Tajik links: an invitation's `/davat/<token>` and a confirmation's `/tasdiq/<uid>/<token>/`", () => {
    expect(secretsOf(`rcpts: <a@mail.example>, urls: [https://app.example/davat/${HEX}${HEX.slice(0, 16)}]`)).toMatchObject([
      { name: '/davat/', value: `${HEX}${HEX.slice(0, 16)}`, level: 'error' },
    ]);
    expect(secretsOf(`urls: [https://app.example/tasdiq/7656/avytdw-${HEX}/]`)).toMatchObject([
      { name: '/tasdiq/', value: `avytdw-${HEX}` },
    ]);
    expect(secretsOf('urls: [https://app.example/davat/2027-spring-fair]')).toEqual([]);
  });

  it('a cookie named `<app>_sid` is a session, with a random value; a `call_sid` in a query is an id', () => {
    const session = `${HEX}${HEX.slice(0, 16)}`;
    expect(secretsOf(`Running command: check_http --header='Cookie: jeike_sid=${session}' --expected-string='ok'`)).toEqual([
      { name: 'jeike_sid', value: session, level: 'error' },
    ]);
    expect(secretsOf(alb(`https://api.example/calls?call_sid=CA${HEX}`))).toEqual([]);
  });

  it("a session id or a generated password without a digit (Pi-hole's `sid`, 16 letters): capitals side by side, not camel case", () => {
    expect(secretsOf('DEBUG: API: GET /api/stats/top_domains?count=10&sid=zuQlHJDevEibTeZEZvXMXS= (code 200)')).toEqual([
      { name: 'sid', value: 'zuQlHJDevEibTeZEZvXMXS=', level: 'error' },
    ]);
    expect(secretsOf(`extra_vars: {'kiosk': 'tarazy-1', 'tarazy_acarsoz': 'BEqfuJsJkEeYbhRX'}`)).toEqual([
      { name: 'tarazy_acarsoz', value: 'BEqfuJsJkEeYbhRX', level: 'error' },
    ]);
    expect(secretsOf(alb('https://help.example/portal?session=HelpdeskRequestOverview'))).toEqual([]);
    expect(secretsOf(`extra_vars: {'api_parol': 'HelpdeskOverviewPage'}`)).toEqual([]);
  });

  it("FreePBX UCP's reset link `?forgot=<token>`; a form's `forgot=1` is none", () => {
    expect(secretsOf(`UCP: reset link sent: https://pbx.example/ucp/?forgot=${HEX}`)).toEqual([
      { name: 'forgot', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(alb('https://pbx.example/ucp/?forgot=1'))).toEqual([]);
  });
});

describe('heldout75 and heldout76 first scans', () => {
  it('a quoted name in a property dump, `\'PASSWORD\' = "…"` (INDIGO), passes the prefilter as `"PASSWORD" = …` does', () => {
    expect(secretsOf(`indigo_server: 'Mount'.AUTHENTICATION ok { 'USERNAME' = "dome", 'PASSWORD' = "${KEY}" }`)).toEqual([
      { name: 'PASSWORD', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`indigo_server: 'Mount'.AUTHENTICATION ok { 'USERNAME' = "dome", 'PORT' = "${KEY}" }`)).toEqual([]);
  });

  it("a CSRF token named for what it protects against (Plesk's `forgery_protection_token`) is none", () => {
    expect(secretsOf(`DEBUG [panel] POST /admin/domain/list forgery_protection_token=${HEX}`)).toEqual([]);
    expect(secretsOf(`DEBUG [panel] POST /admin/domain/list session_token=${HEX}`)).toEqual([
      { name: 'session_token', value: HEX, level: 'error' },
    ]);
  });

  it("a device's `access_code` (Bambu Lab's LAN mode) is a password", () => {
    expect(secretsOf('MachineObject::connect: LAN mode dev_ip=10.0.0.9 dev_id=01S00C5 access_code=40516273 use_ssl=1')).toEqual([
      { name: 'access_code', value: '40516273', level: 'error' },
    ]);
  });

  it('words of Corsican, Sardinian, Hawaiian and Kirundi: key, password and ticket', () => {
    expect(secretsOf(alb(`https://archive.example/api/ritratti?chjave_api=${HEX}`))).toEqual([
      { name: 'chjave_api', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`DEBUG params: {"crae"=>"${KEY}", "pessa"=>"SH-CN-1"}`)).toEqual([{ name: 'crae', value: KEY, level: 'error' }]);
    expect(secretsOf(alb(`https://avl.example/gtfsrt/positions?urufunguzo=${KEY}`))).toEqual([
      { name: 'urufunguzo', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`login POST <QueryDict: {'user': ['kahu'], 'olelo_huna': ['4h6JPXx0S1opW']}>`)).toEqual([
      { name: 'olelo_huna', value: '4h6JPXx0S1opW', level: 'error' },
    ]);
    expect(secretsOf('Starting with Config{baseUrl=https://portal.example, umukoresha=depot, ijamboRyibanga=ghaXd6Yo4YE1PcbP}')).toEqual([
      { name: 'ijamboRyibanga', value: 'ghaXd6Yo4YE1PcbP', level: 'error' },
    ]);
    const ticket = 'Cx5dV0xtcyozqEuYaQRLec';
    expect(secretsOf(`DriverLogon - itike=${ticket} yemewe (accepted)`)).toMatchObject([{ name: 'itike', value: ticket }]);
    expect(secretsOf(alb(`https://events.example/api/check-ins?bigliettu=${ticket}`))).toMatchObject([
      { name: 'bigliettu', value: ticket },
    ]);
  });

  it('a Corsican or Sardinian confirmation link, `/cunfirma/<token>`; a reset link whose route goes on (`/reset/check/<uid>/<token>`)', () => {
    const token = `${HEX}${HEX.slice(0, 16)}`;
    expect(secretsOf(`INFO - "GET (0.0674s) 198.51.100.200 /cunfirma/${token} - 200 OK"`)).toMatchObject([
      { name: '/cunfirma/', value: token, level: 'error' },
    ]);
    expect(secretsOf(`https://train.example/en/user/password/reset/check/MzE3/yczdrn-${HEX}`)).toMatchObject([
      { value: `yczdrn-${HEX}`, level: 'error' },
    ]);
    expect(secretsOf('https://train.example/en/user/password/reset/check/done')).toEqual([]);
    // A word many paths hold is not followed past a directory (loghub's Hadoop sample).
    expect(
      secretsOf(
        'INFO org.mortbay.log: Extract jar:file:/D:/hadoop-2.6.0/share/hadoop/yarn/hadoop-yarn-common-2.6.0-SNAPSHOT.jar!/webapps/mapreduce',
      ),
    ).toEqual([]);
  });

  it('a query string in base64 is read as the query it is; a random value is not decoded into one', () => {
    const encoded = Buffer.from(`crae=${KEY}&pessa=SH-BR-M6100`).toString('base64url');
    expect(secretsOf(`INFO - "GET (0.0017s) 198.51.100.131 /tallere/istoccu?torrada=${encoded} - 200 OK"`)).toEqual([
      { name: 'crae', value: KEY, level: 'error' },
    ]);
    const harmless = Buffer.from('pessa=SH-BR-M6100&lingua=sc&pagina=2').toString('base64url');
    expect(secretsOf(`INFO - "GET (0.0017s) 198.51.100.131 /tallere/istoccu?torrada=${harmless} - 200 OK"`)).toEqual([]);
  });

  it('a link token before what the link does, with a message after the URL (`/<token>/track;data = …`)', () => {
    const token = 'pG3nynKXkQSyXZe1ooazCYoaHFSim0';
    expect(
      secretsOf(`nodeJS - postData request: url = https://portal.example/icayi/gupima/${token}/track;data = {"status":2}`),
    ).toMatchObject([{ value: token, level: 'error' }]);
  });
});

describe('heldout77 and heldout78 first scans', () => {
  it('an authorization scheme before a credential under an ambiguous name (`auth=Basic%20<base64>`) is read past the scheme', () => {
    const basic = Buffer.from('sensor:kDA2yb59ZHdO28').toString('base64');
    expect(secretsOf(`msg="poll https://10.52.3.21/api/v1/values?auth=Basic%20${basic}&fmt=json"`)).toEqual([
      { name: 'auth', value: `Basic ${basic}`, level: 'error' },
    ]);
    expect(secretsOf('msg="poll https://10.52.3.21/api/v1/values?auth=Basic%20realm&fmt=json"')).toEqual([]);
  });

  it("a session id of 20 digits or more (Sympa's `sympa_session`) is a session's secret; a shorter number is not", () => {
    expect(secretsOf('Failed to restore session from HTTP_COOKIE "sympa_session=97697682107272711308; sympa_lang=en"')).toEqual([
      { name: 'sympa_session', value: '97697682107272711308', level: 'error' },
    ]);
    expect(secretsOf('Failed to restore session from HTTP_COOKIE "sympa_session=9769768210727271; sympa_lang=en"')).toEqual([]);
  });

  it("anti-forgery hashes (PrestaShop's back-office `token` beside `controller`, Piwigo's `pwg_token`), a display's hardware key and an id typed as its name (`appId=app_…`) are none", () => {
    expect(secretsOf(`redirecting: /admin-vb71/index.php?controller=AdminOrders&id_order=872&token=${HEX}`)).toEqual([]);
    expect(secretsOf(`redirecting: /admin-vb71/index.php?id_order=872&token=${HEX}`)).toEqual([
      { name: 'token', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`[debug] [admin] GET /admin.php?page=photos_add&pwg_token=${HEX}`)).toEqual([]);
    expect(secretsOf(`PHP Warning:  XMDS RequiredFiles: display not authorised, hardwareKey=${HEX} in Soap.php`)).toEqual([]);
    expect(secretsOf(`automation trigger fired: "Route started" appId=app_${HEX}`)).toEqual([]);
    expect(secretsOf(alb(`https://api.weather.example/data/2.5/weather?q=Duluth&appid=${HEX}`))).toEqual([
      { name: 'appid', value: HEX, level: 'error' },
    ]);
  });

  it("Piwigo's session cookie `pwg_id` in a web service's query", () => {
    expect(secretsOf('[debug] [ws] POST /ws.php?format=json&method=pwg.images.addSimple&pwg_id=roavk6h2wyxtgqanzke43b4p1l')).toEqual([
      { name: 'pwg_id', value: 'roavk6h2wyxtgqanzke43b4p1l', level: 'error' },
    ]);
  });

  it("an environment printed in a Go map after its key's `:`, each variable ending at the next one's `,NAME=`", () => {
    expect(
      secretsOf(`msg="store: Setting job" executor_config="map[command:/opt/poll.sh env:DTN_API_KEY=${KEY},ZONE=MNZ037 shell:true]"`),
    ).toEqual([{ name: 'DTN_API_KEY', value: KEY, level: 'error' }]);
    // A URL's port or a word after a scheme is no environment variable.
    expect(secretsOf(`GET https://files.example:8443/get?path=a,b&mode=raw`)).toEqual([]);
  });

  it('an OAuth callback query printed as an object passes the prefilter by its `code` beside a `state` key', () => {
    const code = 'Lm482tjQCKpAxbTmw8keXyGguk4bFstKuaRTRa5D';
    expect(
      secretsOf(`production.INFO: Bank feed OAuth callback {"query":{"code":"${code}","state":"3eNQUDv9tP20Y0cIcT6xCjBXaqmgKvni"}}`),
    ).toEqual([{ name: 'code', value: code, level: 'warning' }]);
    expect(secretsOf(`production.ERROR: upstream failed {"code":"${code}","status":502}`)).toEqual([]);
    // A `state` key on the line before is not this line's: the one after the code, on its own line, is.
    const twoLines = `{"state":"x"}\n{"query":{"code":"${code}","state":"3eNQUDv9tP20Y0cIcT6xCjBXaqmgKvni"}}\n`;
    expect(findCandidateLines(Buffer.from(twoLines, 'latin1'), prefilter).lines.map((line) => line.newlinesBefore)).toEqual([1]);
  });

  it('a URL percent-encoded twice standing in a JSON body (`https%253A%252F%252F…%253Ftoken%253D…`)', () => {
    const url = `https%253A%252F%252Fcams.example%252Flive%252Fbay3.m3u8%253Fstream_token%253D${KEY}`;
    expect(secretsOf(`msg=Request received: POST /v2/entities/x/attrs {"feedUrl":{"value":"${url}","type":"Text"}}`)).toMatchObject([
      { value: KEY, level: 'error' },
    ]);
    expect(
      secretsOf(`msg=Request received {"feedUrl":{"value":"https%253A%252F%252Fcams.example%252Flive%252Fbay3.m3u8%253Fbay%253D3"}}`),
    ).toEqual([]);
  });

  it('words of Friulian, Setswana and Occitan: key, password and ticket', () => {
    expect(secretsOf(`FetchError: https://meteo.example/api/v1/paddock?claf_stalis=${HEX}&lat=46.15 returned 500`)).toEqual([
      { name: 'claf_stalis', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`login body { utent: 'mestri', peraule_segrete: 'AWjVOz9Ay0FyEq' }`)).toEqual([
      { name: 'peraule_segrete', value: 'AWjVOz9Ay0FyEq', level: 'error' },
    ]);
    expect(secretsOf('production.WARNING: login failed {"request":{"email":"k@example.org","lefoko_sephiri":"NX97H0MVlZ9XF"}}')).toEqual([
      { name: 'lefoko_sephiri', value: 'NX97H0MVlZ9XF', level: 'error' },
    ]);
    expect(secretsOf('Parameters: %{"_csrf_token" => "[FILTERED]", "senhal" => "vGhxlmIBczd6mT", "prenom" => "Laura"}')).toEqual([
      { name: 'senhal', value: 'vGhxlmIBczd6mT', level: 'error' },
    ]);
    const ticket = 'sgjPSxSUwqOdXfVe6gKhZv';
    expect(secretsOf(`[info] GET /tast/bon?bilhet_unic=${ticket}`)).toMatchObject([{ name: 'bilhet_unic', value: ticket }]);
    expect(secretsOf(`(checkTrigger) biliet_une_volte=${ticket} doprat at puarte-paddock`)).toMatchObject([
      { name: 'biliet_une_volte', value: ticket },
    ]);
  });
});

describe('heldout79 and heldout80 first scans', () => {
  it("an app's session cookie (`indico_session`) is its secret with a UUID too; a line's `sessionId=<uuid>` stays its context", () => {
    const uuid = '978b4e52-1d86-4346-bab4-40860e9b9fc3';
    expect(secretsOf(`WARNING indico.sessions Session indico_session=${uuid} resumed from 198.51.100.15`)).toEqual([
      { name: 'indico_session', value: uuid, level: 'error' },
    ]);
    expect(secretsOf(`WARNING indico.sessions Session session_id=${uuid} resumed from 198.51.100.15`)).toEqual([]);
  });

  it("a Webhook.site URL (its UUID opens every request it caught); Bislama's `api_ki` and Kurmanji's `kilita_api`", () => {
    const uuid = '0e591af6-3642-417c-8b33-2efdc976e3b0';
    expect(secretsOf(`WARNING Hook "Kopra sit" i no wok (HTTP 429) for https://webhook.site/${uuid} submission_id=532022`)).toEqual([
      { name: 'webhook-site-url', value: `webhook.site/${uuid}`, level: 'error' },
    ]);
    expect(secretsOf(`POST https://buking.example/api/sekem body: buking%5Bdei%5D=2027-10-20&buking%5Bapi_ki%5D=${KEY} -> 500`)).toEqual([
      { name: 'buking[api_ki]', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(`Started GET "/api/v1/stock_items?per_page=100&kilita_api=${HEX}" for 203.0.113.40`)).toEqual([
      { name: 'kilita_api', value: HEX, level: 'error' },
    ]);
  });

  it("notification libraries' service URLs: Shoutrrr's and Apprise's Gotify URL, Shoutrrr's Telegram URL", () => {
    const gotify = 'gotify://push.ferrowby.net/AKtsPhRmzAoBMqE';
    expect(secretsOf(`ERR failed to send notification error="dial tcp: i/o timeout" notifier=${gotify}`)).toEqual([
      { name: 'notifier', value: gotify, level: 'error' },
    ]);
    // A Gotify token is `A` and 14 characters: a longer segment is some other path.
    expect(secretsOf('ERR failed to send notification notifier=gotify://push.ferrowby.net/AKtsPhRmzAoBMqEx')).toEqual([]);
    const telegram = 'telegram://1234567890:AAFzk3h4xJ5lWq2-Pn8rT0vYb6cE9dG1hK2@telegram';
    expect(secretsOf(`level=error msg="Failed to send notification" url="${telegram}?chats=@alerts"`)).toEqual([
      { name: 'notification-url-telegram', value: telegram, level: 'error' },
    ]);
  });

  it("a document-signing link's token (`/sign/<token>`); `/sign/in` and a number are none", () => {
    const token = 'qeNMMmVJBzH9gvix3eQ5H';
    expect(secretsOf(`[JOBS]: send.signing.requested.email: sent signUrl=https://sign.caduff.net/sign/${token}`)).toMatchObject([
      { value: token, level: 'error' },
    ]);
    expect(secretsOf(alb('https://sign.caduff.net/sign/in?next=/documents'))).toEqual([]);
    expect(secretsOf(alb('https://sign.caduff.net/documents/sign/12345'))).toEqual([]);
  });

  it("a session id of 16 hex digits with letters and digits (a FRITZ!Box's `sid`); fewer, or digits only, are none", () => {
    const url = (sid: string) =>
      `[SCENARIO] - Executing command with option(s) : {"url":"http://192.168.178.1/webservices/homeautoswitch.lua?ain=087610123456&switchcmd=setswitchoff&sid=${sid}"}`;
    expect(secretsOf(url('f615818964455658'))).toEqual([{ name: 'sid', value: 'f615818964455658', level: 'error' }]);
    expect(secretsOf(url('f6158189644556'))).toEqual([]);
    expect(secretsOf(url('1615818964455658'))).toEqual([]);
  });

  it('words of Romansh and Walloon: key and ticket', () => {
    expect(secretsOf(`Max retries exceeded with url: /v2/lecturas?cabina=1&clav=${HEX} (Caused by ConnectTimeoutError)`)).toEqual([
      { name: 'clav', value: HEX, level: 'error' },
    ]);
    const ticket = 'MAEibQnb0zqk1q1q4EgI7uG4';
    expect(secretsOf(`INFO - Ricepisse 1311 drovè avou biyet=${ticket} pa 203.0.113.92`)).toMatchObject([{ name: 'biyet', value: ticket }]);
  });
});

describe('heldout81 and heldout82 first scans', () => {
  const guzzle = (request: string) =>
    `[2027-10-21 09:02:09] production.ERROR: Client error: \`${request}\` resulted in a \`404 Not Found\` response: {"success":false}`;

  it("a URL quoted in backticks (Guzzle's exception message) ends at the closing one: the hook's token, a key's value", () => {
    const token = 'in65x4sQY4gxeX8t2MJ1yGF0xFeSPxUuwhCJFOpcHxwMx1is';
    expect(secretsOf(guzzle(`POST https://chat.ferries.example/hooks/tsNs6gkumtcReGEmX/${token}`))).toMatchObject([
      { value: token, level: 'error' },
    ]);
    expect(secretsOf(guzzle(`GET https://api.partner.example/v1/quote?from=Recco&api_key=${HEX}`))).toEqual([
      { name: 'api_key', value: HEX, level: 'error' },
    ]);
    // Inside a value a backtick stays: browsers leave it unencoded in a query.
    expect(secretsOf(alb(`https://app.example/login?user=ana&password=Kx7\`pQ2vR9mZ&next=/`))).toEqual([
      { name: 'password', value: 'Kx7`pQ2vR9mZ', level: 'error' },
    ]);
  });

  it("Supabase Auth's `token_hash` in a link's query is its login; an audit line's `token_hash=<digest>` is none", () => {
    const hash = '2c5ed3feba33ce66d9e6898cf971452ba6f62a7ec6be1dfd80b1b898';
    expect(
      secretsOf(
        `{"level":"info","msg":"request completed","path":"/verify","referer":"https://book.example/auth/confirm?token_hash=${hash}&type=recovery"}`,
      ),
    ).toEqual([{ name: 'token_hash', value: hash, level: 'error' }]);
    expect(secretsOf(`level=info msg="api token used" user_id=42 token_hash=${hash}`)).toEqual([]);
  });

  it("a Basecamp chatbot's lines URL and a Brewfather custom stream's URL", () => {
    const basecamp = 'basecamp.com/2210330/integrations/3tizTUZrxFbhEYb5VfUsUJ3Q/buckets/65201492/chats/8757168059/lines';
    expect(secretsOf(`ERROR notify: POST https://3.${basecamp} -> 502`)).toEqual([
      { name: 'basecamp-chatbot-url', value: basecamp, level: 'error' },
    ]);
    expect(secretsOf('06:00:40.106 > HTTP: posting to http://log.brewfather.net/stream?id=Cq8NdjwmbrgVCJ')).toEqual([
      { name: 'brewfather-stream-url', value: 'log.brewfather.net/stream?id=Cq8NdjwmbrgVCJ', level: 'error' },
    ]);
  });

  it("a key in standard base64 under a key's own name (Go's `%+v` of a WireGuard config); under bare `key` it is none", () => {
    const psk = 'NJ8S+jintHJ1OrLSjrMHUHD3C2S9Qr6eefg6xu1+mSI=';
    expect(
      secretsOf(`DEBG client/internal/config.go:262: using config: &{WgIface:wt0 PreSharedKey:${psk} DisableIPv6Discovery:false}`),
    ).toEqual([{ name: 'PreSharedKey', value: psk, level: 'error' }]);
    // A repository's secrets public key is a libsodium key in base64.
    expect(secretsOf(`{"key_id": "3380204578043523366", "key": "${psk}"}`)).toEqual([]);
  });

  it("PKCE's code_verifier beside the code in a token request is as short-lived as the code: a warning, not an error", () => {
    const verifier = 'K5mY28hiOD7VCkADP3k3-Z_nf8cFo6pe4Y6Ex_PAVYo';
    const line = `[C] [config.go:185] the request url is /api/login/oauth/access_token?grant_type=authorization_code&client_id=4ea4aca8cc77ac9ca4b9&code=44fea3a276e0855df562&code_verifier=${verifier}&state=refuxos`;
    expect(secretsOf(line)).toEqual([
      { name: 'code', value: '44fea3a276e0855df562', level: 'warning' },
      { name: 'code_verifier', value: verifier, level: 'warning' },
    ]);
  });

  it('words of Ligurian, Asturian and Xitsonga: key', () => {
    expect(secretsOf(guzzle(`GET https://api.consegne.example/v1/quote?da=Recco&ciave=${HEX}`))).toEqual([
      { name: 'ciave', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(alb(`https://reserves.example/api/refuxos?llave=${KEY}`))).toEqual([{ name: 'llave', value: KEY, level: 'error' }]);
    expect(secretsOf(`ERROR harvest: https://weather.example/v1/forecast?lat=-23.30&khiya=${HEX} timed out`)).toEqual([
      { name: 'khiya', value: HEX, level: 'error' },
    ]);
  });
});

describe('heldout83 and heldout84 first scans', () => {
  it("a session sealed with hapi's Iron (Nuxt's `useSession` cookie) is the session; a reference number under `ticket` is none", () => {
    const seal = `Fe26.2**9c98abec4b4492ca1e132fb3e8e0140e7d8e04e7175f9a0098ee89e56b4dc122*rMnmqiW34gOU5z6fmCfuKg*${KEY}*1700000000*${HEX}${HEX}*${KEY}`;
    expect(
      secretsOf(`[debug] [proxy] forwarding with headers { accept: 'application/json', cookie: 'nuxt-session=${seal}; theme=dark' }`),
    ).toEqual([{ name: 'nuxt-session', value: seal, level: 'error' }]);
    expect(secretsOf('[kilo] success slip printed ticket=WB-280118-0087 kilo=5031')).toEqual([]);
    expect(secretsOf('GET /cas/validate?service=https%3A%2F%2Fapp.example%2F&ticket=ST-1-abcDEF123ghiJKL456mno-cas01')).toMatchObject([
      { name: 'ticket', level: 'note' },
    ]);
  });

  it('a Go struct printed inside a logfmt value (slog\'s `client="{ID:… ClientSecret:…}"`), and a long Pipedream endpoint host', () => {
    const secret = 'zo7HfaQqi2uUiHdnOiSSKdnEg0newjq2';
    expect(
      secretsOf(
        `time=2027-06-14T07:04:21.305Z level=ERROR msg="Failed to update OIDC client" client="{ID:354f3165 Name:CP ClientSecret:${secret} IsPublic:false}"`,
      ),
    ).toEqual([{ name: 'ClientSecret', value: secret, level: 'error' }]);
    const host = 'eoj3oubdaw4454049p00xo63g71mmy.m.pipedream.net';
    expect(secretsOf(`WARN alert - POST https://${host} failed (Could not resolve host)`)).toEqual([
      { name: 'pipedream-endpoint', value: host, level: 'error' },
    ]);
  });

  it("a WebAuthn credential's id in a path is public by design; another collection's generated segment stays a token", () => {
    const id = 'op7kjr0dohhtOYfzHyQI5KMRQdT4SwZIeraakenORjy';
    expect(secretsOf(`[GIN] 2027/06/14 - 07:01:16 | 204 | 24.221ms | 198.51.100.56 | DELETE "/api/webauthn/credentials/${id}"`)).toEqual(
      [],
    );
    expect(secretsOf(`[GIN] 2027/06/14 - 07:01:16 | 204 | 24.221ms | 198.51.100.56 | DELETE "/api/passkeys/${id}"`)).toEqual([]);
    expect(secretsOf(`[GIN] 2027/06/14 - 07:01:16 | 200 | 24.221ms | 198.51.100.56 | GET "/api/exports/${id}"`)).toMatchObject([
      { value: id },
    ]);
  });

  it('words of Sicilian, Irish and West Frisian: key, password and session', () => {
    expect(
      secretsOf(`WARNING Pupi.Site Mappa nun dispunìbbili: https://api.bigliettaria.example/v1/sala/3?chiavi=${HEX} (HTTP 500)`),
    ).toEqual([{ name: 'chiavi', value: HEX, level: 'error' }]);
    expect(secretsOf(alb(`https://biglietti.example/spittaculi?sociu=erice&chiavi_sociu=${KEY}`))).toEqual([
      { name: 'chiavi_sociu', value: KEY, level: 'error' },
    ]);
    expect(
      secretsOf(
        `production.WARNING: rates unavailable {"url":"https://rates.example/v1/quote?weight=1.2&eochair_api=${HEX}","status":502}`,
      ),
    ).toEqual([{ name: 'eochair_api', value: HEX, level: 'error' }]);
    expect(
      secretsOf("Field required [type=missing, input_value={'brûker': 'molkrutes', 'wachtwurd': '6XO6SRpIj1VYGUqr'}, input_type=dict]"),
    ).toEqual([{ name: 'wachtwurd', value: '6XO6SRpIj1VYGUqr', level: 'error' }]);
    expect(secretsOf(`WARNING results not sent: POST https://klub.example/sjuery/utslach?heat=2&sesje_id=${HEX} -> 503`)).toEqual([
      { name: 'sesje_id', value: HEX, level: 'error' },
    ]);
    expect(
      secretsOf(`403 Client Error: Forbidden for url: https://api.suvelpriis.example/v1/noteringen?produkt=molke&kaai=${HEX}`),
    ).toEqual([{ name: 'kaai', value: HEX, level: 'error' }]);
  });
});

describe('heldout85 and heldout86 first scans', () => {
  it("a PHP session id (26 characters of 0-9a-v) under an app's own cookie name; letters alone are none", () => {
    expect(secretsOf('  Cookie: DokuWiki=9dai1bl9vvrlhbkgsl5svgtclv; DWf1a9=deleted')).toEqual([
      { name: 'DokuWiki', value: '9dai1bl9vvrlhbkgsl5svgtclv', level: 'error' },
    ]);
    expect(
      secretsOf('symfony [info] {sfWebResponse} Send header "Set-Cookie: symfony=n6gq63n0qciuol57t89s8h1lue; path=/; secure; HttpOnly"'),
    ).toEqual([{ name: 'symfony', value: 'n6gq63n0qciuol57t89s8h1lue', level: 'error' }]);
    expect(secretsOf('  Cookie: lang=englishunitedkingdomversion; theme=dark')).toEqual([]);
  });

  it("Contao's `REQUEST_TOKEN` form field is its CSRF token; a Dooray! incoming webhook URL is a secret", () => {
    expect(
      secretsOf(
        'contao.general.WARNING: Form rejected {"FORM_SUBMIT":"auto_form_3","REQUEST_TOKEN":"zWEDXrCJoGIvEw3ZJ6kKpKgEaL_6nSE-SFxPAyjO6k-"} []',
      ),
    ).toEqual([]);
    const hook = 'hook.dooray.com/services/5905227943878480043/2739988937765048469/itXLqDN3rklMotdnXW3hrq';
    expect(secretsOf(`[w][notify] stream stalled, posting to https://${hook}`)).toEqual([
      { name: 'dooray-incoming-webhook', value: hook, level: 'error' },
    ]);
  });

  it("a printed key a name only suggests (`'NKANYI_KHIYA': '…'`) passes the prefilter with a generated value, not with a word", () => {
    expect(
      secretsOf(`DEBUG job env: {'QFIELDCLOUD_PROJECT': 'mapatrolo', 'NKANYI_KHIYA': '${HEX}', 'QT_QPA_PLATFORM': 'offscreen'}`),
    ).toEqual([{ name: 'NKANYI_KHIYA', value: HEX, level: 'error' }]);
    expect(secretsOf(`{"cache_api_anahtari": "${KEY}"}`)).toEqual([{ name: 'cache_api_anahtari', value: KEY, level: 'error' }]);
    expect(secretsOf("DEBUG job env: {'NKANYI_KHIYA': 'offscreen-platform-name'}")).toEqual([]);
  });

  it('words of Limburgish: key and password', () => {
    expect(secretsOf(`ERROR tourbooking: GET https://boekinge.example/v2/rondleijinge?daag=7&api_sjleutel=${KEY} -> 500`)).toEqual([
      { name: 'api_sjleutel', value: KEY, level: 'error' },
    ]);
    expect(secretsOf("{'gebroeker': 'kassa', 'wachwaord': 'ozkflzDV0Hvqx'}")).toEqual([
      { name: 'wachwaord', value: 'ozkflzDV0Hvqx', level: 'error' },
    ]);
  });
});

describe('heldout87 and heldout88 first scans', () => {
  it("Struts 2's `Setting params name => [ value ]`: a password among the request's parameters", () => {
    expect(
      secretsOf(
        'DEBUG [http-nio-8080-exec-16] c.o.x.i.ParametersInterceptor - Setting params username => [ night.shift ] password => [ lRU1oo5ZwFlNZy ] remember => [ false ]',
      ),
    ).toEqual([{ name: 'password', value: 'lRU1oo5ZwFlNZy', level: 'error' }]);
    expect(secretsOf('DEBUG c.o.x.i.ParametersInterceptor - Setting params username => [ night.shift ] page => [ 2 ]')).toEqual([]);
    // The field Struts' TokenInterceptor fills is a CSRF token, whichever way it is written.
    expect(secretsOf(`DEBUG c.o.x.i.ParametersInterceptor - Setting params struts.token.name => [ token ] token => [ ${HEX} ]`)).toEqual(
      [],
    );
    expect(secretsOf(`POST /orders/save.action?struts.token.name=token&token=${KEY} HTTP/1.1`)).toEqual([]);
    expect(secretsOf(`POST /orders/save.action?token=${KEY} HTTP/1.1`)).toEqual([{ name: 'token', value: KEY, level: 'error' }]);
  });

  it('knows each database scheme by the base64 of `<scheme>://` up to its last whole character', () => {
    for (const { scheme, start } of BASE64_DATABASE_URLS) {
      const text = `${scheme}://`;
      expect({ scheme, start }).toEqual({
        scheme,
        start: Buffer.from(text)
          .toString('base64')
          .slice(0, Math.floor((text.length * 4) / 3)),
      });
    }
  });

  it("a database's connection URL in base64, with a password in its user info, is read decoded", () => {
    const url = 'postgres://tours:SOvdiZcApZCNmMZLxO1z@db.staging.example:5432/tours?sslmode=require';
    expect(
      secretsOf(`+ kubectl create secret generic tours-db --from-literal=DATABASE_URL_B64=${Buffer.from(url).toString('base64')}`),
    ).toEqual([{ name: 'DATABASE_URL_B64', value: 'SOvdiZcApZCNmMZLxO1z', level: 'error' }]);
    const noPassword = Buffer.from('postgres://db.staging.example:5432/tours').toString('base64');
    expect(secretsOf(`+ kubectl create secret generic tours-db --from-literal=DATABASE_URL_B64=${noPassword}`)).toEqual([]);
  });

  it('Upper Sorbian `liscik` is a ticket: a single use is a note', () => {
    expect(secretsOf(`GET https://jutry.example/zastup/lisciki.pdf?liscik=${KEY} "KULTURNY\\hana" DIRECT/jutry.example`)).toEqual([
      { name: 'liscik', value: KEY, level: 'note' },
    ]);
  });

  it("named keys and passwords: Europeana's `wskey`, offlineimap's `remotepass`, Waray `yawi`; Zotero's write token is none", () => {
    expect(
      secretsOf('(3)(+0002823): HTTP GET https://api.europeana.eu/record/v2/search.json?query=banig&rows=20&wskey=exrqmmadbgg4'),
    ).toEqual([{ name: 'wskey', value: 'exrqmmadbgg4', level: 'error' }]);
    expect(secretsOf('  Args: /usr/bin/offlineimap -d imap -c /tmp/offlineimaprc?remotepass=u6zDQf81vtShxpaC')).toEqual([
      { name: 'remotepass', value: 'u6zDQf81vtShxpaC', level: 'error' },
    ]);
    expect(secretsOf(`CallLog: POST https://crm.example/api/tawag?linya=1&api_yawi=${HEX} failed (503)`)).toEqual([
      { name: 'api_yawi', value: HEX, level: 'error' },
    ]);
    expect(
      secretsOf(`(5)(+0019226): POST https://api.zotero.org/users/4088119/items Content-Type: application/json Zotero-Write-Token: ${HEX}`),
    ).toEqual([]);
  });

  it("a link's token before a file name with a version's dots; a bearer token whose spaces are escaped for a shell", () => {
    const token = 'O3ZtLxG-sY6i_Go84q3aXLw9_kCl2k';
    expect(secretsOf(`==> Downloading https://descargas.example/compartir/${token}/Taquilla-4.2.dmg`)).toEqual([
      { name: '/compartir/', value: token, level: 'error' },
    ]);
    expect(secretsOf(`curl --globoff --header Authorization:\\ Bearer\\ ${KEY} https://registry.example/v2/x/blobs/sha256:1`)).toEqual([
      { name: 'Authorization', value: KEY, level: 'error' },
    ]);
  });

  it("share links under a one-letter route: Nextcloud's and ownCloud's `/s/<15 characters>`, Seafile's `/f/<20 hex>/`", () => {
    expect(secretsOf('127.0.0.1 - - [20/Mar/2027:10:00:01 +0000] "GET /s/uQJPrLofVGYz6GV HTTP/1.1" 200 512 "-" "curl/8.5.0"')).toEqual([
      { name: '/s/', value: 'uQJPrLofVGYz6GV', level: 'error' },
    ]);
    expect(secretsOf('DEBUG NextcloudShareFeature - Created share https://cloud.example/index.php/s/2cFsXFJXKXnPNru for /Photos')).toEqual([
      { name: '/s/', value: '2cFsXFJXKXnPNru', level: 'error' },
    ]);
    expect(secretsOf('Script result: Downloading https://files.example/f/e6e6914e037f28341b2d/?dl=1')).toEqual([
      { name: '/f/', value: 'e6e6914e037f28341b2d', level: 'error' },
    ]);
    // Not a share link's shape (a word, no digit), nor a one-letter route inside a path (Google Drive's `/file/d/<id>`).
    expect(secretsOf('"GET /s/SearchResultsPage HTTP/1.1" 200')).toEqual([]);
    expect(secretsOf('GET https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrSt/view HTTP/1.1')).toEqual([]);
  });

  it("an access token as a URL's user name (`https://<token>@host`); a person's or a service's name is none", () => {
    const token = '6d99a7bed7e1e6cdf5fafd80745d9fe6aa7850f4';
    expect(secretsOf(`info: [ui] Executing clone: git clone --progress -- https://${token}@git.example/quay/importer.git C:\\x`)).toEqual([
      { name: undefined, value: token, level: 'error' },
    ]);
    expect(secretsOf('clone https://morwenna@git.example/quay/x.git, https://deploybot-ci-automation-user@git.example/y.git')).toEqual([]);
  });

  it("a PowerShell variable in a secret's place, and a Phorge commit's Diffusion path, are none", () => {
    expect(secretsOf('Write-Host "Notifying https://status.example/api/deploys?build=1.0.412&deploy_key=$env:DEPLOY_KEY"')).toEqual([]);
    expect(secretsOf('GET\t/rWZOREa10d4255a45f93dd829dd457707cad28411d677e\thttps://phorge.example/source/wzore/\t200')).toEqual([]);
  });

  it("a cookie header PHP prints (`'cookie' => '…'`), Tshivenḓa `thikhithi` a ticket; Google Ads' `ai` is an ad's id", () => {
    expect(secretsOf("  'cookie' => 'setshin=ejlmud3nmpjbliun3v163kwmai; think_var=my-mm',")).toEqual([
      { name: 'setshin', value: 'ejlmud3nmpjbliun3v163kwmai', level: 'error' },
    ]);
    expect(secretsOf(`192.168.88.17 GET /ws?thikhithi=${KEY} 101`)).toEqual([{ name: 'thikhithi', value: KEY, level: 'note' }]);
    expect(
      secretsOf(`Request(yone/adv/-) https://www.googleadservices.com/pagead/aclk?sa=L&ai=${KEY}&adurl=https%3A%2F%2Fx.example%2F`),
    ).toEqual([]);
  });

  it("qBittorrent's temporary Web UI password at a first start", () => {
    const line = 'The WebUI administrator password was not set. A temporary password is provided for this session: uKSNcQN1a';
    expect(secretsOf(`(I) 2027-09-14T09:00:01 - ${line}`)).toEqual([{ name: 'password', value: 'uKSNcQN1a', level: 'error' }]);
    expect(secretsOf('(I) 2027-09-14T09:00:01 - A temporary password is provided for this session: ********')).toEqual([]);
  });

  it("a private tracker's passkey: in an announce URL's path, in an RSS feed's `rsskey`; a Ruby struct's `password=\\\"…\\\"` in JSON", () => {
    expect(
      secretsOf(`wrn Announce error: Could not connect to tracker (https://tracker.example/tracker/${HEX}/announce) (announcer.cc:1180)`),
    ).toEqual([{ name: 'passkey', value: HEX, level: 'error' }]);
    expect(secretsOf(`GET https://tracker.example/announce/${HEX}?info_hash=%12%34&peer_id=-TR4000-`)).toEqual([
      { name: 'passkey', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`Req: [GET] https://reels.example/rss.php?cat=5&rsskey=${HEX}&search=Metropolis`)).toEqual([
      { name: 'rsskey', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`GET https://cdn.example/files/${HEX}/announce.txt HTTP/1.1`)).toEqual([]);
    expect(
      secretsOf('{"message":"Net::SMTPAuthenticationError: #<struct Mailer::Settings port=587, password=\\"DgYcijJ5TBnA3gkWBe8WeQZd\\">"}'),
    ).toEqual([{ name: 'password', value: 'DgYcijJ5TBnA3gkWBe8WeQZd', level: 'error' }]);
  });

  it("an Erlang map's binary entries; a chat's `session_<uuid>` under `session_id` is its id", () => {
    expect(
      secretsOf(
        `warning: token refresh failed: {error,{400,<<"invalid_grant">>},#{<<"client_id">> => <<"app">>,<<"refresh_token">> => <<"${KEY}">>}}`,
      ),
    ).toEqual([{ name: 'refresh_token', value: KEY, level: 'error' }]);
    // rebar3's Hex config: atom keys.
    expect(secretsOf(`===> Hex config: #{<<"hexpm">> => #{access_token => <<"${KEY}">>,expires_at => 1831683600}}`)).toEqual([
      { name: 'access_token', value: KEY, level: 'error' },
    ]);
    // Cowboy's request map: the cookie header a binary, its session cookie under the app's own name.
    expect(
      secretsOf(
        `crashed: badarg req: #{headers => #{<<"cookie">> => <<"kase_sesye=${HEX}; shprakh=yi">>,<<"host">> => <<"kase.example">>}}`,
      ),
    ).toEqual([{ name: 'kase_sesye', value: HEX, level: 'error' }]);
    expect(
      secretsOf('{"session_id":"session_20189ba6-4574-49c1-a395-9116df789a73","type":"text","from":"operator","content":"All sorted now"}'),
    ).toEqual([]);
  });

  it("git's extraheader with a lower-case `basic` (a CI job's git configuration): the base64 of its user and token", () => {
    const credential = Buffer.from('x-access-token:ghs_pEO68UKkskaCmVXJZbl8nRE9j6FoB7hRgrlm').toString('base64');
    expect(
      secretsOf(`2028-01-10 08:21:16.974553 | ubuntu-noble | http.https://github.com/.extraheader=AUTHORIZATION: basic ${credential}`),
    ).toEqual([{ name: 'Authorization', value: credential, level: 'error' }]);
  });

  it("a Netscape cookie file's line (curl's cookie jar printed by a job): its cookie, judged as a cookie", () => {
    expect(secretsOf(`#HttpOnly_www.example.org\tFALSE\t/\tTRUE\t0\tcrfm_session\t${KEY}`)).toEqual([
      { name: 'crfm_session', value: KEY, level: 'error' },
    ]);
    expect(secretsOf('#HttpOnly_www.example.org\tFALSE\t/\tTRUE\t0\tlang\ten-GB')).toEqual([]);
  });
});

describe('cookies as Set-Cookie writes them', () => {
  // Laravel's encrypted cookie: base64 of {"iv":…,"value":…,"mac":…,"tag":""}, random bytes inside.
  const laravel = Buffer.from(
    JSON.stringify({ iv: base64url(24, 3), value: base64url(160, 4), mac: HEX + HEX, tag: '' }).replaceAll('/', '\\/'),
  ).toString('base64');

  it("a pair followed by a cookie's attributes is a cookie, printed without its header's name", () => {
    expect(secretsOf(`[09:04:09] DEBUG: new session (user 14): isersimaneq=${HEX}${HEX.slice(0, 16)}; Path=/; HttpOnly; Secure`)).toEqual([
      { name: 'isersimaneq', value: `${HEX}${HEX.slice(0, 16)}`, level: 'error' },
    ]);
    expect(secretsOf(`[09:04:09] DEBUG: build ${HEX}${HEX.slice(0, 16)}; path=/srv/app`)).toEqual([]);
    expect(secretsOf(`[09:04:09] DEBUG: digest=${HEX}${HEX.slice(0, 16)}; size=2041`)).toEqual([]);
  });

  it("Laravel's encrypted cookie under the app's own session name is the session's; XSRF-TOKEN is not", () => {
    expect(secretsOf(`set-cookie: sesi_toko=${laravel}; expires=Wed, 24 Jan 2028 05:34:00 GMT; Max-Age=7200; path=/`)).toEqual([
      { name: 'sesi_toko', value: laravel, level: 'error' },
    ]);
    expect(secretsOf(`[info] created: sesi_toko=${laravel}; path=/; httponly; samesite=lax`)).toEqual([
      { name: 'sesi_toko', value: laravel, level: 'error' },
    ]);
    expect(secretsOf(`Cookie: lang=id; XSRF-TOKEN=${laravel}`)).toEqual([]);
    expect(secretsOf(`[info] state: ${laravel}`)).toEqual([]);
  });
});

describe('heldout93 to heldout96 first scans', () => {
  it("names of no credential: a .NET strong name, MyBB's and Kallithea's CSRF fields", () => {
    expect(
      secretsOf('Type : System.Web.HttpException, System.Web, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a'),
    ).toEqual([]);
    expect(secretsOf(`    [my_post_key] => ${HEX}`)).toEqual([]);
    expect(secretsOf(`form: {'username': 'ketut', '_session_csrf_secret_token': '${HEX}a1b2c3d4', 'remember': 'True'}`)).toEqual([]);
  });

  it("a record's id filed under `token` too (a Typeform response) is an id; a value written once is not", () => {
    const id = '9bhhz3ydu716vbvy0wel0a4kafnc6wz0';
    expect(secretsOf(`{"landing_id":"${id}","token":"${id}","response_id":"${id}","landed_at":"2028-02-08T01:53:09Z"}`)).toEqual([]);
    expect(secretsOf(`{"landing_id":"x1","token":"${id}","response_id":"r1"}`)).toEqual([{ name: 'token', value: id, level: 'error' }]);
    expect(secretsOf(`Current URL /web/guest/booking;jsessionid=${HEX} failed: {friendlyURL=/booking;jsessionid=${HEX}}`)).toEqual([
      { name: 'jsessionid', value: HEX, level: 'error' },
      { name: 'jsessionid', value: HEX, level: 'error' },
    ]);
    expect(secretsOf(`SELECT S.SESSION_ID FROM SPRING_SESSION S WHERE S.SESSION_ID = '${KEY}'`)).toEqual([
      { name: 'SESSION_ID', value: KEY, level: 'error' },
    ]);
  });

  it('a YAML entry on an escaped line of a JSON string (a Secret pasted into a comment); a header of escaped wire bytes is not one', () => {
    const password = Buffer.from('ZSPjSeHBTAeWRoK8E2LZ').toString('base64');
    expect(
      secretsOf(
        `{"id":4837,"text":"the secret it mounts:\\n\\n\`\`\`yaml\\nkind: Secret\\ndata:\\n  password: ${password}\\n\`\`\`","count":2}`,
      ),
    ).toEqual([{ name: 'password', value: password, level: 'error' }]);
    expect(
      secretsOf(
        'write: b"PUT /x HTTP/1.1\\r\\nauthorization: AWS4-HMAC-SHA256 Credential=AKIA993J6TGCPV3U8MMG/20270316/eu-west-2/s3/aws4_request"',
      ),
    ).toEqual([]);
  });

  it("a secret passed by its environment variable's name (Dagger's `env:NAME`) is none; a checkout link's base64 parameters are no path token", () => {
    expect(secretsOf('3   : dagger call deploy --src=. --token=env:NETLIFY_AUTH_TOKEN --site=lakeside-www')).toEqual([]);
    const parameters = Buffer.from('m=14a9f2911e1a3d7d64317820;ac.order_id=2077;a=36500000').toString('base64');
    const LINK_TOKEN = 'Vx9QmTR2pLK8wZ3nBc7YdF4hJs6GtA1e';
    expect(secretsOf(`{"message":"Pay here: https://checkout.paycom.uz/${parameters}","status":"DELIVRD"}`)).toEqual([]);
    expect(secretsOf(`{"message":"Your file: https://shop.example/download/${LINK_TOKEN}","status":"DELIVRD"}`)).toEqual([
      { name: '/download/', value: LINK_TOKEN, level: 'error' },
    ]);
  });

  it("pairs printed as tuples are found by the tuple's start, whatever the name (wai-extra's Params, werkzeug's MultiDict)", () => {
    expect(secretsOf(`  Params: [("bilet","${KEY}")]`)).toEqual([{ name: 'bilet', value: KEY, level: 'note' }]);
    expect(secretsOf(`args=ImmutableMultiDict([('lang', 'ba'), ('token', '${KEY}')])`)).toEqual([
      { name: 'token', value: KEY, level: 'error' },
    ]);
  });

  it("an OAuth callback's query as util.inspect prints it (`{ code: '…', state: '…' }`); a `code` without a state is none", () => {
    expect(secretsOf(`data:    api.js:2211 - OneID callback: { code: '${KEY}', state: 'ad663f90e9af73be' }`)).toEqual([
      { name: 'code', value: KEY, level: 'warning' },
    ]);
    expect(secretsOf(`[OAuth2Client] onHandleAuthorizationURLCallback { code: '${HEX}', state: '76b58c14d44705057683164e' }`)).toEqual([
      { name: 'code', value: HEX, level: 'warning' },
    ]);
    expect(secretsOf(`error: { code: '${KEY}', errno: -111, syscall: 'connect' }`)).toEqual([]);
  });

  it("a Cookie header in a request's bytes printed as a string, after an escaped line break", () => {
    expect(
      secretsOf(`(14:05:31) util: Request: 'GET /feed.xml HTTP/1.1\\r\\nCookie: pukson=${HEX}\\r\\nHost: intra.example\\r\\n\\r\\n'`),
    ).toEqual([{ name: 'pukson', value: HEX, level: 'error' }]);
  });

  it("Yandex ID's codes of digits beside a random state are OAuth codes; an order number beside none is not", () => {
    expect(secretsOf('[WARNING] invalid_grant /keru/yandex?code=4946591&state=06c31c3ac187a2b76a851f25')).toEqual([
      { name: 'code', value: '4946591', level: 'warning' },
    ]);
    expect(secretsOf('GET /orders/view?code=4946591&lang=ru HTTP/1.1')).toEqual([]);
  });

  it("a build's output line held in a JSON string (Screwdriver's step log), when the line is one YAML entry", () => {
    expect(secretsOf(`{"t":1828717323064,"m":"      POSTGRES_PASSWORD: ${KEY}","n":13}`)).toEqual([
      { name: 'POSTGRES_PASSWORD', value: KEY, level: 'error' },
    ]);
    expect(secretsOf('{"t":1828717323064,"m":"      image: postgres:16-alpine-20271101","n":13}')).toEqual([]);
  });

  it("a value the record files as its id is none in its path too (ngrok's request id); a webhook's timestamped HMAC; Karate's #(name)", () => {
    const id = 'airt_aDdoxsBzN3ugF9mDX0msW4md9wt';
    expect(secretsOf(`{"uri":"/api/requests/http/${id}","id":"${id}","tunnel_name":"command_line"}`)).toEqual([]);
    expect(secretsOf(`"headers":{"Paddle-Signature":["ts=1799748082;h1=${HEX}${HEX}"],"Accept":["*/*"]}`)).toEqual([]);
    expect(secretsOf('{"grant_type":"password","username":"boxoffice@example.org","password":"#(staffPassword)"}')).toEqual([]);
    expect(secretsOf(`{"grant_type":"password","username":"boxoffice@example.org","password":"${KEY}"}`)).toEqual([
      { name: 'password', value: KEY, level: 'error' },
    ]);
  });

  it("cookies as Python's http.cookiejar prints them (a requests session's jar), judged as cookies whatever their name", () => {
    expect(
      secretsOf(
        `<RequestsCookieJar[Cookie(version=0, name='lang', value='en', port=None), Cookie(version=0, name='ukungena', value='${HEX}', port=None)]>`,
      ),
    ).toEqual([{ name: 'ukungena', value: HEX, level: 'error' }]);
    expect(secretsOf(`jar: [Cookie(version=0, name='csrftoken', value='${KEY}', port=None, domain='.example.org')]`)).toEqual([]);
  });

  it('a generated token under a plural, before what a link handed out does (download, print); an editor page is none', () => {
    const token = 'C6UaPBO34hjaDf7DaLZD5LUbiOBZOrpK';
    expect(secretsOf(`{"content":"Here's your invoice: https://shop.example/invoices/${token}/download"}`)).toEqual([
      { name: '/invoices/', value: token, level: 'error' },
    ]);
    expect(secretsOf(`GET /projects/${token}/settings HTTP/1.1`)).toEqual([]);
  });

  it("go-sql-driver/mysql's Config printed by %+v: its `Passwd`", () => {
    expect(secretsOf(`app/init.go:41: connecting config="&{User:kibet Passwd:${KEY} Net:tcp Addr:db.example:3306 DBName:kibet}"`)).toEqual([
      { name: 'Passwd', value: KEY, level: 'error' },
    ]);
  });

  it("a signed session cookie in express-session's format with a base64url signature (Pode's `pode.sid`)", () => {
    const signed = `s:${KEY}.Is_yqOyXgZoXWbF6aQujEBGkvNSG1t4nv9stGhRRouE`;
    expect(secretsOf(`Cookie: pode.sid=${signed}`)).toEqual([{ name: 'pode.sid', value: signed, level: 'error' }]);
  });

  it('"ticket", "session", "key" and "password" in more languages', () => {
    expect(secretsOf(`GET /koncerts/live.m3u8?bilets=${KEY} HTTP/1.1`)).toEqual([{ name: 'bilets', value: KEY, level: 'note' }]);
    expect(secretsOf(`GET /api/luotta/viezza?bileahtta=${KEY} HTTP/1.1`)).toEqual([{ name: 'bileahtta', value: KEY, level: 'note' }]);
    expect(secretsOf(`GET /kaupa?coavdda=${KEY} HTTP/1.1`)).toEqual([{ name: 'coavdda', value: KEY, level: 'error' }]);
    expect(secretsOf(`GET /widget?zakaz=2151&asqys=${KEY} HTTP/1.1`)).toEqual([{ name: 'asqys', value: KEY, level: 'error' }]);
    expect(secretsOf(`POST /upload?lo_lus_zais=${KEY} HTTP/1.1`)).toEqual([{ name: 'lo_lus_zais', value: KEY, level: 'error' }]);
    expect(secretsOf(`Cookie: sesio=${HEX}`)).toEqual([{ name: 'sesio', value: HEX, level: 'error' }]);
  });
});

describe('labels of a few words, their colons aligned', () => {
  it("a CLI's field under a label of words (Storj's `uplink share`), read as one name; not a label of no credential", () => {
    const secret = 'jfuvj47mfcpohhd5bngexu5wczomiy6ilyjsv4tcez476fiahuq5d';
    expect(secretsOf(`Secret Key   : ${secret}`)).toEqual([{ name: 'Secret Key', value: secret, level: 'error' }]);
    expect(secretsOf(`Client Secret: ${KEY}`)).toEqual([{ name: 'Client Secret', value: KEY, level: 'error' }]);
    expect(secretsOf(`Request ID   : ${secret}`)).toEqual([]);
  });
});

describe("a Windows program's switches", () => {
  it('a password after its `/NAME=` switch on a command line (the OCS Inventory agent); not a path that holds an `=`', () => {
    const line = (switches: string) => `AGENT => Command line parameters: /SERVER=https://ocs.example/ocsinventory ${switches} /SSL=1`;
    expect(secretsOf(line(`/USER=agent /PWD=${KEY}`))).toEqual([{ name: 'PWD', value: KEY, level: 'error' }]);
    expect(secretsOf(`GET https://files.example/dl/PWD=${KEY}/report.pdf`)).toEqual([]);
  });
});

describe('share links whose key is the secret', () => {
  it("MEGA's file and folder links with their keys, Yandex Disk's published links, a Bitwarden Send; not a MEGA link without its key", () => {
    const fileLink = 'mega.nz/file/ZaiiR8hI#HkFV4CbqYNZr3IdSGEx7oZuFAE1_TuBsT7wBt6gy-nt';
    expect(secretsOf(`INFO Link copied to clipboard: https://${fileLink} [MegaApplication.cpp:5127]`)).toEqual([
      { name: 'mega-link-key', value: fileLink, level: 'error' },
    ]);
    const folderLink = 'mega.nz/folder/0imi-Cdh#1VsYvc3t-4bKek42WS441a';
    expect(secretsOf(`INFO Importing link: https://${folderLink} [MegaApplication.cpp:4488]`)).toEqual([
      { name: 'mega-link-key', value: folderLink, level: 'error' },
    ]);
    expect(secretsOf('INFO Importing link: https://mega.nz/folder/0imi-Cdh [MegaApplication.cpp:4488]')).toEqual([]);
    const yandex = 'disk.yandex.ru/d/wrUST_kR06kpFR';
    expect(secretsOf(`{"id":"IEAABCM7ZD661RMCKCT","text":"Photos: https://${yandex}","createdDate":"2027-11-22T03:02:48Z"}`)).toEqual([
      { name: 'yandex-disk-public-link', value: yandex, level: 'error' },
    ]);
    const send = 'send.bitwarden.com/#sDfdHULi1drZX-vHSDXLqm/_bytzu-ox9RBrZrKmcW_zE';
    expect(secretsOf(`[info] Send created: https://${send}`)).toEqual([{ name: 'bitwarden-send-link', value: send, level: 'error' }]);
  });

  it("Seafile's upload link under its `/u/` route, as its `/d/` share link; not another app's `/u/d/` of a word", () => {
    const token = '2ba8190fece0b83fd239';
    expect(secretsOf(`LUA [export] upload -> https://files.example/u/d/${token}/ (photo_212.jpg)`)).toEqual([
      { name: '/d/', value: token, level: 'error' },
    ]);
    expect(secretsOf('LUA [export] upload -> https://files.example/u/d/downloads-archive-2027/ (photo_212.jpg)')).toEqual([]);
  });
});

describe('Clojure maps, Beaker sessions, phone provisioning folders', () => {
  it("a credential's keyword in a Clojure map (ring-logger's params); not a keyword of no credential", () => {
    const line = (entries: string) =>
      `2027-12-20T10:08:09.441-09:00 [qtp1409875212-44] INFO  ring.logger - {:request-method :post, :uri "/oauth/token", :params {${entries}}}`;
    expect(secretsOf(line(`:grant_type "refresh_token", :refresh_token "${KEY}"`))).toEqual([
      { name: 'refresh_token', value: KEY, level: 'error' },
    ]);
    expect(secretsOf(line(`:grant_type "refresh_token", :client_request_id "${KEY}"`))).toEqual([]);
  });

  it("Beaker's session cookie (Pylons, TurboGears, Pyramid) in a CGI environment's cookie; not Matomo's visitor id beside it", () => {
    expect(secretsOf(`  HTTP_COOKIE: 'beaker.session.id=${HEX}; _pk_id.1.a3f2=0fd9b3e33900ac85.1830804175.'`)).toEqual([
      { name: 'beaker.session.id', value: HEX, level: 'error' },
    ]);
  });

  it("a desk phone's random provisioning folder before its MAC-named file; not a folder of words and a model's number", () => {
    const folder = '4c4608a8c401d9946e46ab58621944c9';
    expect(secretsOf(`<134>Feb  7 02:01:19 X4U [auto_provision] download https://prov.example/p/${folder}/0c383e10f3bf.cfg`)).toEqual([
      { name: 'provisioning folder', value: folder, level: 'error' },
    ]);
    expect(secretsOf('GET /provisioning/yealink-t46u-firmware-files/0c383e10f3bf.cfg HTTP/1.1')).toEqual([]);
  });
});

describe('share tokens without a digit, SNMP passphrases, signing keys', () => {
  it('a Nextcloud share token with no digit (one in ten) but capitals side by side; not a camel-case word under /s/', () => {
    const token = 'ROcTNiEBRdFYBiy';
    expect(
      secretsOf(
        `Macro error (Include): OpenURI::HTTPError 404 Not Found for #<URI::HTTPS https://cloud.example/index.php/s/${token}/download>`,
      ),
    ).toEqual([{ name: '/s/', value: token, level: 'error' }]);
    expect(secretsOf('GET https://cloud.example/s/ProjectOverview HTTP/1.1')).toEqual([]);
  });

  it("a device's SNMPv3 passphrase in print_r's dump (Observium's poller), an HMAC key in a printed config", () => {
    expect(secretsOf('    [snmp_authpass] => LL5e4MWNWilBO6P9')).toEqual([
      { name: 'snmp_authpass', value: 'LL5e4MWNWilBO6P9', level: 'error' },
    ]);
    expect(secretsOf(`settings: {"session":{"client":{"hmac":"sha256","hmac_key":"${HEX}"}}}`)).toEqual([
      { name: 'hmac_key', value: HEX, level: 'error' },
    ]);
  });
});

describe("Go's %+v of a struct whose first field is an empty string", () => {
  it('an oauth2.Token with no access token yet: its refresh token is read; not a struct of no credential', () => {
    const refresh = `1//0k3TQ5ofYtJTWYmMl1sZtis4pYzbctRsfOkS_oUYn9nW_${KEY}`;
    expect(
      secretsOf(
        `jobs    | 2027/12/13 08:01:46 token saved: &{AccessToken: TokenType:Bearer RefreshToken:${refresh} Expiry:0001-01-01 00:00:00 +0000 UTC ExpiresIn:0 raw:<nil>}`,
      ),
    ).toEqual([{ name: 'RefreshToken', value: refresh, level: 'error' }]);
    expect(secretsOf(`jobs    | 2027/12/13 08:01:46 saved: &{Title: Owner:bob RequestID:${KEY}}`)).toEqual([]);
  });
});

describe("a Java client's cookie objects", () => {
  it("Apache HttpClient's BasicClientCookie.toString() in a logged cookie store: a session's; not a locale cookie", () => {
    const store = (name: string, value: string) =>
      `2027-12-13 19:01:34,037 [Background] DEBUG smartgit.issues.Jira - cookies: [[version: 0][name: ${name}][value: ${value}][domain: jira.example][path: /][expiry: null]]`;
    expect(secretsOf(store('JSESSIONID', HEX.toUpperCase()))).toEqual([{ name: 'JSESSIONID', value: HEX.toUpperCase(), level: 'error' }]);
    expect(secretsOf(store('lang', 'en_GB_preferred_locale'))).toEqual([]);
  });
});
