import { describe, expect, it } from 'vitest';
import { accessLine as access, columnOf, findingsOfLine as findings, foundInLine as found } from '../support/scan-line.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * Where credentials hide in real log lines (issue #14), through the whole log scanner in process (prefilter included):
 * names APIs use for keys, OAuth codes, webhook URLs, authorization schemes and credential headers in header dumps,
 * Rails' parameter hashes, secret links and cookieless sessions; each with a look-alike that is no credential.
 */
const KEY = 'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f';
const LOGGED_AT = Date.UTC(2026, 9, 12, 8, 15, 2) / 1000;

describe('API keys under the names APIs use', () => {
  it('access_key, accessKey, appid, subscription-key and Ocp-Apim-Subscription-Key are credentials', async () => {
    for (const name of ['access_key', 'accessKey', 'appid', 'subscription-key', 'Ocp-Apim-Subscription-Key']) {
      const line = access(`/api/v1/data?q=London&${name}=${KEY}`);
      expect(await found(line), name).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, KEY) }]);
    }
  });

  it('appid and access_key need a secret-shaped value: an app id of digits is not one', async () => {
    expect(await found(access('/api/v1/data?appid=123456&access_key=public'))).toEqual([]);
  });
});

describe('OAuth authorization codes', () => {
  it('a code beside state, or on a callback path, is a warning: short-lived, single-use, but exchangeable', async () => {
    const withState = access(`/login?code=4/0AfJohXn${KEY}&state=af0ifjsldkj`);
    expect(await found(withState)).toEqual([{ rule: 'log-url-token', level: 'warning', column: columnOf(withState, '4/0A') }]);
    const [finding] = await findings(access(`/auth/google/callback?code=4/0AfJohXn${KEY}`));
    expect(finding?.level).toBe('warning');
    expect(finding?.message).toContain('an OAuth authorization code: single-use and short-lived, but exchangeable');
  });

  it("Alipay's auth_code on its callback is one too", async () => {
    const line = access(
      '/auth/alipay/callback?app_id=2021589807342973&scope=auth_user&auth_code=6414a238813300c3fe309e79f6c8c080&state=7543',
    );
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'warning', column: columnOf(line, '6414a') }]);
  });

  it('a code elsewhere is no credential', async () => {
    expect(await found(access(`/checkout?code=${KEY}`))).toEqual([]);
  });
});

describe('webhook URLs whose path is the secret', () => {
  it('Discord and Telegram webhooks, and Slack with JSON-escaped slashes', async () => {
    const discord = access(`/relay?to=https://discord.com/api/webhooks/123456789012345678/${KEY}${KEY}ab`);
    expect(await found(discord)).toMatchObject([{ rule: 'log-provider-token', level: 'error' }]);
    const telegram = `{"msg":"POST https://api.telegram.org/bot123456789:AAH${KEY.slice(0, 32)}/sendMessage failed"}`;
    expect(await found(telegram)).toMatchObject([{ rule: 'log-provider-token', level: 'error' }]);
    const slack = `{"msg":"posting to https:\\/\\/hooks.slack.com\\/services\\/T0123ABCD\\/B0123ABCD\\/${KEY.slice(0, 24)}"}`;
    expect(await found(slack)).toMatchObject([{ rule: 'log-provider-token', level: 'error' }]);
  });
});

describe('authorization schemes and credential headers, wherever they are printed', () => {
  it('an opaque bearer token in a header dump, and Basic credentials', async () => {
    const bearer = `2026-10-12T08:15:02Z DEBUG request headers: Authorization: Bearer ${KEY}`;
    expect(await found(bearer)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(bearer, KEY) }]);
    const basic = `{"headers":{"authorization":"Basic ${Buffer.from('admin:S3cr3t-pass').toString('base64')}"}}`;
    expect(await found(basic)).toMatchObject([{ rule: 'log-url-token', level: 'error' }]);
  });

  it('a JWT after Bearer (also Bearer%20 in a query) is a log-jwt finding with its facts', async () => {
    const jwt = makeJwt({ sub: 'u1', iat: LOGGED_AT - 60, exp: LOGGED_AT + 3600 });
    const [finding] = await findings(access(`/ws?auth=Bearer%20${jwt}`));
    expect(finding).toMatchObject({ ruleId: 'log-jwt', level: 'error' });
    expect(finding?.properties?.['jwt']).toMatchObject({ alg: 'HS256', lifetimeSeconds: 3660, liveWhenLogged: true });
  });

  it('scheme words that carry no credential are no finding', async () => {
    for (const line of [
      '2026-10-12T08:15:02Z WARN WWW-Authenticate: Bearer realm="api", error="invalid_token"',
      '2026-10-12T08:15:02Z INFO Basic authentication enabled for /admin',
      '2026-10-12T08:15:02Z DEBUG Authorization: Bearer [REDACTED]',
    ])
      expect(await found(line), line).toEqual([]);
  });

  it('credential headers in a header dump, in their own casing or lower case', async () => {
    const dump = `{"req":{"headers":{"host":"api.example.com","x-api-key":"${KEY}"}}}`;
    expect(await found(dump)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(dump, KEY) }]);
    // An STS session token signs nothing without its secret key: a note (docs/risk-model.md, "part of a credential").
    const plain = `X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ${KEY}`;
    expect(await found(plain)).toMatchObject([{ rule: 'log-url-token', level: 'note' }]);
    expect(await found('{"x-api-key":"<api-key>"}')).toEqual([]);
  });
});

describe("Rails' parameter hashes, secret links and cookieless sessions", () => {
  it('"api_token"=>"…" in Parameters: is a credential; a nested hash and a filtered value are not', async () => {
    const line = `Parameters: {"user"=>{"email"=>"a@example.com"}, "api_token"=>"${KEY}", "password"=>"[FILTERED]"}`;
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, KEY) }]);
  });

  it('the secret segment of a reset, magic or invitation link, not an id or a word', async () => {
    const reset = access(`/accounts/reset/MTIz/c4x9k2-${KEY}/`);
    expect(await found(reset)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(reset, 'c4x9k2') }]);
    expect(await found(access('/accounts/reset/done/'))).toEqual([]);
    expect(await found(access('/invite/42/'))).toEqual([]);
    const magic = access(`/auth/magic/${KEY}`);
    expect(await found(magic)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(magic, KEY) }]);
  });

  it("ASP.NET's cookieless session id in the path", async () => {
    const line = access('/(S(lit3py55t21z5v55vlm25s55))/orders.aspx');
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, 'lit3') }]);
  });
});

describe('names, nesting and values as real formats write them', () => {
  it('a parameter printed as the value of another (Tomcat RequestDumperFilter, cookie dumps) is read', async () => {
    const parameter = `http-nio-8080-exec-7          parameter=token=${KEY}`;
    expect(await found(parameter)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(parameter, KEY) }]);
    const cookie = 'http-nio-8080-exec-3             cookie=JSESSIONID=F9EC7C3BB8793D8258E7DD4D7B56AB36';
    expect(await found(cookie)).toMatchObject([{ rule: 'log-url-token', level: 'error' }]);
    expect(await found('http-nio-8080-exec-2             header=user-agent=Mozilla/5.0 (X11; Linux x86_64)')).toEqual([]);
  });

  it("names with leading underscores: Akamai's __token__ is a credential, Laravel's _token and ASP.NET's antiforgery field are CSRF", async () => {
    const akamai = access(`/vod/master.m3u8?__token__=st=1779190255~exp=1779276655~acl=/vod/*~hmac=${KEY}${KEY}`);
    expect(await found(akamai)).toMatchObject([{ rule: 'log-url-token', level: 'error' }]);
    expect(await found(access(`/cart/empty?_token=${KEY}`))).toEqual([]);
    expect(await found(access(`/Account/Logout?__RequestVerificationToken=CfDJ8${KEY}`))).toEqual([]);
  });

  it('a password under an ambiguous name by its shape: letters and digits, not a path', async () => {
    const line = access('/export.php?user=ops&pwd=7ps0GwBQb17&format=csv');
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, '7ps0') }]);
    expect(await found(access('/files?pwd=/home/ops/exports'))).toEqual([]);
  });

  it('placeholders spelled INSERT_…_HERE, and JWTs cut short or redacted, are no credential; alg none stays one', async () => {
    expect(await found(access('/api/v1/availability?api_key=INSERT_API_KEY_HERE'))).toEqual([]);
    const [header, payload] = makeJwt({ sub: 'u1', iat: LOGGED_AT - 60, exp: LOGGED_AT + 3600 }).split('.');
    expect(await found(access(`/v1/orders?token=${header}.${payload}.`))).toEqual([]);
    expect(await found(access(`/v1/orders?token=${header}.%3Credacted%3E`))).toEqual([]);
    expect(await found(access(`/v1/orders?token=${header}.${payload}.******************`))).toEqual([]);
    const unsigned = makeJwt({ sub: 'u1', iat: LOGGED_AT - 60 }, { alg: 'none', typ: 'JWT' })
      .split('.')
      .slice(0, 2)
      .join('.');
    expect(await found(access(`/v1/orders?token=${unsigned}.`))).toMatchObject([{ rule: 'log-jwt', level: 'error' }]);
  });
});

describe('URLs percent-encoded more than once', () => {
  it('a token in a URL nested twice (%253D) or three times (%25253D) is found and the whole value redacted', async () => {
    const twice = access(`/r?next=%2Fws%253Ftoken%253D${KEY}&lang=en`);
    expect(await found(twice)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(twice, '%2Fws') }]);
    const [finding] = await findings(twice);
    expect(finding?.properties?.['parameter']).toBe('token');
    const thrice = access(`/r?next=%252Fws%25253Ftoken%25253D${KEY}&auth=required&token=${KEY.slice(0, 24)}`);
    expect((await findings(thrice)).map((each) => each.location.column)).toEqual([
      columnOf(thrice, '%252Fws'),
      columnOf(thrice, 'token=') + 6,
    ]);
    expect(await found(access('/r?next=%2Fws%253Froom%253D42'))).toEqual([]);
  });
});

describe('base64 JSON values and JSON in a query', () => {
  const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

  it("AppSync's header=<base64 JSON> is reported by the JWT inside, with its claims", async () => {
    const jwt = makeJwt({ sub: 'u1', iat: LOGGED_AT - 60, exp: LOGGED_AT + 300 });
    const line = access(
      `/graphql/realtime?header=${base64({ host: 'x.appsync-api.us-east-1.amazonaws.com', Authorization: jwt })}&payload=e30=`,
    );
    const [finding] = await findings(line);
    expect(finding).toMatchObject({ ruleId: 'log-jwt', location: { column: columnOf(line, 'eyJ') } });
    expect(finding?.properties).toMatchObject({ parameter: 'header', jwt: { lifetimeSeconds: 360, liveWhenLogged: true } });
  });

  it('a state or data blob with a credential field is reported; a cursor of ids is not', async () => {
    const state = access(`/oauth/return?state=${base64({ returnTo: '/home', access_token: KEY })}`);
    expect(await findings(state)).toMatchObject([{ ruleId: 'log-url-token', properties: { parameter: 'access_token' } }]);
    expect(await found(access(`/api/items?cursor=${base64({ id: 1234567, ts: 1791000000, dir: 'next' })}`))).toEqual([]);
    // A cursor is not read at all, whatever it holds (a name known to carry no credential).
    expect(await found(access(`/api/items?pageToken=${base64({ id: 1, access_token: KEY })}`))).toEqual([]);
  });

  it('a JSON object of headers in a query (headers=%7B"Authorization":"Bearer …"%7D)', async () => {
    const line = access(`/proxy?headers=%7B%22Authorization%22%3A%22Bearer%20${KEY}%22%7D`);
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, KEY) }]);
  });
});
