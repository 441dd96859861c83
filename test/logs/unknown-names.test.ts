import { describe, expect, it } from 'vitest';
import { accessLine as access, columnOf, findingsOfLine as findings, foundInLine as found } from '../support/scan-line.js';
import { looksGeneratedValue } from '../../src/secrets/shapes.js';
import { isRandomByDesignName } from '../../src/secrets/credential-risk.js';

/**
 * A URL query's parameter under a name no table knows whose value a server generated (detect-line.ts
 * `unknownNameEntry`), through the whole log scanner (prefilter included): an app's own word for its key or session,
 * in its own language. The values are shaped like those the labeled corpus missed before (Mongolian `tulkhuur`, Khmer
 * `sao`, a Slovenian one-time key).
 */
const KEY = 'rw6PTbcXKSjm2q7sqFwg2LOsy4zIx6JkOldM';
const SHORTEST = 'L3LjZDkFR4rv96JM6NPzmfkB';

describe('a generated value under a query parameter name no table knows', () => {
  it('is a credential after `?` or `&`, and in a URL percent-encoded inside another', async () => {
    for (const [line, value] of [
      [access(`/v2/ilgeemj?tulkhuur=${KEY}&ognoo=2027-07-21`), KEY],
      [access(`/api/v1/banhchi.csv?sakha=battambang&sao=${SHORTEST}`), SHORTEST],
      [`queries: execute_query('url: https://api.partner.example/v2/ilgeemj?tulkhuur=${KEY}&ognoo=2027-07-21')`, KEY],
      [access(`/nevtrekh?butsakh=https%3A%2F%2Fshop.example%2Fzakhialga%3Fapi_tulkhuur%3D${KEY}%26khuudas%3D1`), KEY],
    ] as const)
      expect(await found(line), line).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, value) }]);
  });

  it('names the parameter and never shows the value', async () => {
    const [finding] = await findings(access(`/v2/ilgeemj?tulkhuur=${KEY}`));
    expect(finding?.message).toContain('"tulkhuur"');
    expect(finding?.message).not.toContain(KEY);
  });

  it('leaves values random by design, public keys, payloads and short or plain values alone', async () => {
    for (const target of [
      // Ad click ids, OAuth's state, nonce and PKCE challenge, an S3 upload id, a digest, a version.
      `/landing?gclid=Cj0KCQiA83T6zJYSnUG1r1NxQ2pLk9&utm_source=google`,
      `/authorize?client_id=web&state=Vbf1212O6NFSF83Tok_HWnYD&nonce=n728mTHBSnNVL7TIoCRCKQ&code_challenge=_iGmS2KvaaZ5LWkniZnB9kFE`,
      `/bucket/video.mp4?partNumber=2&uploadId=VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRz`,
      `/report?contentHash=RkP9XQ2LmW8sTT3vNbB7cJ6hYdZQ5aE1`,
      // Keycloak's login step, Drupal's aggregated stylesheet, a reCAPTCHA site key.
      `/realms/k/login-actions/authenticate?session_code=g0SqfANvBuaEqA34CbUcq4nF_GrRhxPIkdnyn-lNG4E&execution=4163`,
      `/sites/default/files/css/css_EON9ds2RslzH1WVMP2hykF.css?delta=0&language=en&theme=olivero&x=wLV0IdWGoh2e0rL_O8plYMul`,
      `/recaptcha/api2/reload?k=6LVPefCLt2whLdf0jFaDuJiym_ISpzHQmWSDiu5j`,
      // A position in a list, base64 JSON (a cursor), a typed object id, a payload longer than any key, a short, a hex and a camel-case value.
      `/orders?after=bDZVqv96elRYfQ5AB5o4hibL`,
      `/orders?q=eyJpZCI6NDkzODQzLCJjcmVhdGVkIjoxNzk0fQ`,
      `/orders?q=${Buffer.from('{"хайлт":"ноолуур","хуудас":2}').toString('base64url')}`,
      `/checkout/done?payment_intent=pi_3MtwBwLkdIwHu7ix28a3tqPa`,
      // A playlist named by its kind.
      `/playlist?list=PLhArG-1umhnfwDddbI75F-SoBd0vM1axE`,
      `/clck/jsredir?data=${'UlNrNmk5WktYejR0eWJFYk1LdmtxbkltVkpkY2pNazJfME13WkZDeTZXVE9kRmxxOTd2eUp'.repeat(2)}`,
      `/api?ref=w4Jy3KstnyaouWfCSN4g`,
      // Base64 of text: a query string or a name encoded, which decodes to printable characters.
      `/ls/click?u=${Buffer.from('file=1223&lang=mn&src=newsletter').toString('base64url')}`,
      `/api?build=8ecc312346016ac5a3ba292d06737a1905ee71ea`,
      `/docs?page_title=GettingStartedWithTheNewAPIv2Release2026`,
    ])
      expect(await found(access(target)), target).toEqual([]);
    // Outside a query, an unknown key's value is data: a printed object's keys and logfmt's are read only by the tables'
    // names.
    expect(await found(`{"kholbolt":"${KEY}","ognoo":"2027-07-21"}`)).toEqual([]);
    expect(await found(`level=info msg="synced" kholbolt=${KEY} ognoo=2027-07-21`)).toEqual([]);
    // Also on a line another secret makes a candidate: only that one is reported.
    const withToken = `level=info msg="synced" access_token=${SHORTEST} kholbolt=${KEY}`;
    expect(await found(withToken)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(withToken, SHORTEST) }]);
  });

  it('takes random base64url of 24 characters and more, not words, and knows the names of random-by-design values', () => {
    expect(looksGeneratedValue(SHORTEST)).toBe(true);
    expect(looksGeneratedValue(SHORTEST.slice(0, 23))).toBe(false);
    expect(looksGeneratedValue('pi_3MtwBwLkdIwHu7ix28a3tqPa')).toBe(false);
    for (const name of ['gclid', 'fbclid', 'state', 'code_challenge', 'uploadId', 'request_id', 'etag', 'v', 'after', 'include', 'list'])
      expect(isRandomByDesignName(name), name).toBe(true);
    for (const name of ['tulkhuur', 'sao', 'kholbolt', 'monitoring_key', 'data']) expect(isRandomByDesignName(name), name).toBe(false);
  });
});

describe('a key name that needs a generated value, in a printed object', () => {
  it('`"app_key": <generated>` is a credential; a storage key, a digest and an SSH public key under `key` are not', async () => {
    const line = `{"level":"info","msg":"init","config":{"app_key":"${KEY}","region":"eu"}}`;
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, KEY) }]);
    for (const other of [
      '{"level":"info","msg":"put","key":"uploads/2027/05/photo_1234.jpg","etag":"d41d8cd98f00b204e9800998ecf8427e"}',
      '{"event":"authorized_keys","key":"AAAAC3NzaC1lZDI1NTE5AAAAIB7Xt2mQ9vK3pL8sR4nW6yZ1cE5fH0jU2aD9gT3kM7bN"}',
      '{"level":"debug","msg":"cache","app_key":"user-profile-v2-settings-cache"}',
    ])
      expect(await found(other), other).toEqual([]);
  });
});

describe('a cookie under a name no table knows', () => {
  it('with a generated value, in a Cookie header, a cookies= field and a Set-Cookie entry, and after a `;` in a query', async () => {
    for (const line of [
      `WARN [Forms] submit failed form=7 cookies="umoya_iseshoni=${KEY}; shell#lang=en; website#lang=xh-ZA"`,
      `stdout | token response headers [["cache-control","no-store"],["set-cookie","kw_rt=${KEY}; Path=/oauth; HttpOnly"]]`,
      `response headers Headers { location: "/amatikiti", "set-cookie": "ukungena=${KEY}; Path=/; HttpOnly; Secure" }`,
      `DEBUG proxy: incoming Cookie: _ga=GA1.2.562243715.8360625486; kholbolt=${KEY}`,
      access(`/otrs/index.pl?Action=AgentTicketZoom;TicketID=99780;OTRSAgentInterface=${KEY}`),
    ])
      expect(await found(line), line).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, KEY) }]);
  });

  it("named for a session id, with a hex value; a query parameter so named and a cookie's words are none", async () => {
    const line = 'DEBUG filter: incoming Cookie: SimpleSAMLSessionID=38a2109ff52a47a105ae5004f18bfb66; _ga=GA1.2.562243715.8360625486';
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, '38a2109f') }]);
    for (const other of [
      access('/Videos/1/stream?PlaySessionId=38a2109ff52a47a105ae5004f18bfb66&static=true'),
      'Set-Cookie: theme=dark; Path=/; Max-Age=31536000',
      'Cookie: cookie_consent=accepted; kholbolt=englishunitedkingdomversion',
      'Content-Type: text/html; charset=utf-8',
    ])
      expect(await found(other), other).toEqual([]);
  });
});
