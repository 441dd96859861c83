import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_OPTIONS, scanStream } from '../../src/logs/scan-stream.js';
import { makeJwt } from '../support/make-jwt.js';

/**
 * W3C logs that give a request header a column of its own (ASP.NET Core's W3CLogger with AdditionalRequestHeaders,
 * IIS custom fields): the column's values are that header's, though no byte of their lines names it.
 */
const KEY = 'q5h1Kh0iRfuq0rZiTMMmFp43o362XtCAw7';
const JWT = makeJwt({ sub: 'u1', iat: 1_801_800_000, exp: 1_801_803_600 });
const FIELDS = '#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status cs(User-Agent) cs(x-api-key) cs(Authorization)';
const row = (key: string, authorization: string) =>
  `2027-02-02 16:03:32 192.0.2.81 GET /api/inventory/levels store=pdx-1 200 python-requests/2.32.5 ${key} ${authorization}`;

async function* chunks(...texts: string[]): AsyncGenerator<string> {
  yield* texts;
}

async function found(text: string, w3cFields?: readonly string[]) {
  const result = await scanStream(chunks(text), {
    path: 'w3clog.txt',
    detection: DEFAULT_DETECTION_OPTIONS,
    sniffBinary: false,
    ...(w3cFields ? { w3cFields } : {}),
  });
  return result.findings.map((finding) => ({
    rule: finding.ruleId,
    line: finding.location.line,
    column: finding.location.column,
    header: /"([^"]+)" of the header/.exec(finding.message)?.[1],
  }));
}

describe('a credential header logged in a W3C column of its own', () => {
  it('is read under its header name on every line, a Bearer JWT as a JWT; empty columns and other headers are not', async () => {
    const lines = [
      '#Software: Microsoft Internet Information Services 10.0',
      FIELDS,
      row(KEY, '-'),
      row('-', `Bearer+${JWT}`),
      row('-', '-'),
    ];
    const findings = await found(`${lines.join('\n')}\n`);
    expect(findings).toEqual([
      { rule: 'log-url-token', line: 3, column: (lines[2] ?? '').indexOf(KEY) + 1, header: 'x-api-key' },
      { rule: 'log-jwt', line: 4, column: (lines[3] ?? '').indexOf(JWT) + 1, header: 'Authorization' },
    ]);
  });

  it('in a segment that starts after the header (a split file), from the header the segment is given', async () => {
    const fields = FIELDS.slice('#Fields:'.length).trim().split(' ');
    expect(await found(`${row(KEY, '-')}\n`, fields)).toEqual([
      { rule: 'log-url-token', line: 1, column: row(KEY, '-').indexOf(KEY) + 1, header: 'x-api-key' },
    ]);
  });

  it('a column of a name that is data as often as a credential (`cs(key)`), or a line of another shape, is not read', async () => {
    const fields = '#Fields: date time cs-uri-stem cs(key)';
    expect(await found(`${fields}\n2027-02-02 16:03:32 /items ${KEY}\n`)).toEqual([]);
    expect(await found(`${FIELDS}\nnot a row of this header ${KEY}\n`)).toEqual([]);
  });
});

describe("Tomcat's extended access log", () => {
  // Tomcat's ExtendedAccessLogValve quotes its string columns (Referer, User-Agent) and names a parameter's column
  // `x-P(name)`, the requested session id's `x-H(requestedSessionId)`.
  const TOMCAT_FIELDS = '#Fields: date time c-ip cs-method cs-uri sc-status cs(User-Agent) x-H(requestedSessionId) x-P(api_key)';
  const SESSION = '93D9BE5FD4CF9A2E12148002A43181F2';
  const tomcatRow = (session: string, apiKey: string) =>
    `2027-06-08 07:22:15 198.51.100.111 GET /proofing/view 200 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" ${session} ${apiKey}`;
  const parameters = async (text: string) =>
    (await scanStream(chunks(text), { path: 'access.log', detection: DEFAULT_DETECTION_OPTIONS, sniffBinary: false })).findings.map(
      (finding) => [finding.location.line, /parameter "([^"]+)"/.exec(finding.message)?.[1]],
    );

  it('reads the session id and a parameter in their columns, past a quoted column with spaces', async () => {
    const lines = [TOMCAT_FIELDS, tomcatRow(`"${SESSION}"`, '-'), tomcatRow('-', KEY)];
    expect(await parameters(`${lines.join('\n')}\n`)).toEqual([
      [2, 'JSESSIONID'],
      [3, 'api_key'],
    ]);
  });

  it('decodes a parameter as Tomcat writes it: a percent-encoded placeholder is none', async () => {
    expect(await parameters(`${TOMCAT_FIELDS}\n${tomcatRow('-', '%7B%7Bapi_key%7D%7D')}\n`)).toEqual([]);
  });
});
