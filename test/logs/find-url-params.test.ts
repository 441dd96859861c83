import { describe, expect, it } from 'vitest';
import { decodeValue, findUrlParams } from '../../src/logs/detect/find-url-params.js';

const pairs = (text: string) => findUrlParams(text).map((param) => [param.name, param.value, text.slice(param.valueStart, param.valueEnd)]);

describe('findUrlParams', () => {
  it.each([
    [
      'query string',
      'GET /ws?room=1&token=abc HTTP/1.1',
      [
        ['room', '1', '1'],
        ['token', 'abc', 'abc'],
      ],
    ],
    [
      "a bracket the value never opened ends it (HttpURLConnection's {Name: value} headers, Kannel's [msg:…]); one it opened stays",
      '{Cookie: erp_kikao=J_JvWAuZMgUE}{User-Agent: Java/17} [msg:9:https://x.example/d?kikao=UTx5-l12o] (see /r?next=/a(b)c)',
      [
        ['erp_kikao', 'J_JvWAuZMgUE', 'J_JvWAuZMgUE'],
        ['kikao', 'UTx5-l12o', 'UTx5-l12o'],
        ['next', '/a(b)c', '/a(b)c'],
      ],
    ],
    [
      "a pipe after a token ends the value (a pipe-separated log's next field); one sooner stays (Sanctum's <id>|<secret>)",
      'MISS|200|https://cdn.example/dl/app.dmg?dl_ticket=1P3UYcl-IasqYYRz6YAsNr7NV-9nVnex|DE|Wget/1.25.0 /api?token=7|Ab3fGh9kLm2nPq4r',
      [
        ['dl_ticket', '1P3UYcl-IasqYYRz6YAsNr7NV-9nVnex', '1P3UYcl-IasqYYRz6YAsNr7NV-9nVnex'],
        ['token', '7|Ab3fGh9kLm2nPq4r', '7|Ab3fGh9kLm2nPq4r'],
      ],
    ],
    [
      "a CSV row's empty column (`-`) after the query column ends the value (Amplify's and CloudFront's access logs)",
      'GET,/downloads/warranty,200,-,one_time_token=ESMmSstEyOxuQ7Gevg,-,RefreshHit,shop.example,https,893',
      [['one_time_token', 'ESMmSstEyOxuQ7Gevg', 'ESMmSstEyOxuQ7Gevg']],
    ],
    [
      "a value printed inside its wrapper type's repr: the quoted argument (pydantic's SecretStr, Rust's Some)",
      "Settings(bot_token=SecretStr('**********'), lang='uk') Config { token=Some(\"Ab3fGh9kLm2nPq4r\") }",
      [
        ['bot_token', '**********', '**********'],
        ['lang', '', ''],
        ['token', 'Ab3fGh9kLm2nPq4r', 'Ab3fGh9kLm2nPq4r'],
      ],
    ],
    [
      'fragment',
      '/cb#access_token=abc&token_type=bearer',
      [
        ['access_token', 'abc', 'abc'],
        ['token_type', 'bearer', 'bearer'],
      ],
    ],
    [
      'HTML-escaped &amp;',
      'href="/x?a=1&amp;token=abc"',
      [
        ['href', '', ''],
        ['a', '1', '1'],
        ['token', 'abc', 'abc'],
      ],
    ],
    [
      'JSON \\u0026 and \\/',
      '"url":"\\/ws?a=1\\u0026token=ab\\/c"',
      [
        ['a', '1', '1'],
        ['token', 'ab/c', 'ab\\/c'],
      ],
    ],
    [
      'W3C cs-uri-query without ?',
      '2026-10-12\t/ws\ttoken=abc&x=1\t443',
      [
        ['token', 'abc', 'abc'],
        ['x', '1', '1'],
      ],
    ],
    [
      'nested percent-encoded URL',
      '?redirect_uri=https%3A%2F%2Fa%2Fcb%3Fstate%3Dx%26token%3Dabc',
      [
        ['redirect_uri', 'https://a/cb', 'https%3A%2F%2Fa%2Fcb'],
        ['state', 'x', 'x'],
        ['token', 'abc', 'abc'],
      ],
    ],
    [
      'encoded # kept inside a value',
      '?password=a%23b%26c&x=1',
      [
        ['password', 'a#b&c', 'a%23b%26c'],
        ['x', '1', '1'],
      ],
    ],
    [
      'malformed percent-encoding',
      '?token=%E0%A4%A&x=%zz',
      [
        ['token', '\u00e0\u00a4%A', '%E0%A4%A'],
        ['x', '%zz', '%zz'],
      ],
    ],
    [
      'bracketed names, raw and percent-encoded',
      '?auth[token]=a&user%5Bapi_key%5D=b&x%5btoken%5d=c',
      [
        ['auth[token]', 'a', 'a'],
        ['user[api_key]', 'b', 'b'],
        ['x[token]', 'c', 'c'],
      ],
    ],
    [
      'matrix parameter',
      '/app;jsessionid=ABC123?x=1',
      [
        ['jsessionid', 'ABC123', 'ABC123'],
        ['x', '1', '1'],
      ],
    ],
    [
      "a URL inside a Ruby hash's quoted value: its parameters end at its separators",
      '{"log"=>"GET /cb?code=abc123&state=xyz", "k"=>"v"}',
      [
        ['log', 'GET /cb?code=abc123&state=xyz', 'GET /cb?code=abc123&state=xyz'],
        ['code', 'abc123', 'abc123'],
        ['state', 'xyz', 'xyz'],
        ['k', 'v', 'v'],
      ],
    ],
    [
      "a parameter inside a printed string keeps its escaped quotes (Rack's HTTP_AUTHORIZATION in a Ruby hash)",
      '{"HTTP_AUTHORIZATION" => "Token token=\\"abc123\\"", "k" => "v"}',
      [
        ['HTTP_AUTHORIZATION', 'Token token=\\"abc123\\"', 'Token token=\\"abc123\\"'],
        ['token', '\\"abc123\\"', '\\"abc123\\"'],
        ['k', 'v', 'v'],
      ],
    ],
    [
      "a parameter printed as another's value (Tomcat's RequestDumperFilter) ends at the next space",
      'parameter=token=abc def',
      [
        ['parameter', 'token=abc', 'token=abc'],
        ['token', 'abc', 'abc'],
      ],
    ],
    ['name glued to other text is not a parameter', 'user:mytoken=abc', []],
    ['value-less and empty', '?token=&flag', [['token', '', '']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('never throws on malformed escapes', () => {
    expect(decodeValue('%')).toBe('%');
    expect(decodeValue('%41%zz%4')).toBe('A%zz%4');
  });
});
