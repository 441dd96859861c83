import { describe, expect, it } from 'vitest';
import { createUrlRedactor, redactUrl } from '../../src/redact/index.js';
import { makeJwt } from '../support/make-jwt.js';
import { accessLine, findingsIn } from './scan-lines.js';

const JWT = makeJwt({ sub: 'user-1', iat: 1_790_000_000, exp: 1_790_000_000 + 30 * 86_400 });
const TOKEN = 'd8f7a6s5d4f3g2h1j0k9l8m7';
const TELEGRAM = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';

/** Each kind of secret a URL carries, and the URL as `redactUrl` returns it: every other byte unchanged. */
const REDACTED: readonly (readonly [what: string, url: string, expected: string])[] = [
  ['query parameter', `https://api.example.com/ws?token=${TOKEN}&room=7`, 'https://api.example.com/ws?token=[REDACTED]&room=7'],
  ['req.url-style', `/ws?room=7&access_token=${JWT}`, '/ws?room=7&access_token=[REDACTED]'],
  ['relative, no slash', `ws?api_key=${TOKEN}`, 'ws?api_key=[REDACTED]'],
  [
    'fragment',
    `https://app.example.com/cb#access_token=${TOKEN}&token_type=bearer`,
    'https://app.example.com/cb#access_token=[REDACTED]&token_type=bearer',
  ],
  ['query and fragment', `/a?x=1&password=Pw!7abc9def#s=${TOKEN}`, '/a?x=1&password=[REDACTED]#s=' + TOKEN],
  ['user-info password', 'https://admin:s3cr3tP4ss@db.example.com/x', 'https://admin:[REDACTED]@db.example.com/x'],
  ['user-info, no user', 'redis://:Kx9mQ2vL8pR4@cache:6379/0', 'redis://:[REDACTED]@cache:6379/0'],
  ['reset link', 'https://example.com/reset/MTIz/c2j3k4-8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c/', 'https://example.com/reset/MTIz/[REDACTED]/'],
  ['Telegram bot path', `https://api.telegram.org/bot${TELEGRAM}/getMe`, 'https://api.telegram.org/bot[REDACTED]/getMe'],
  [
    'Slack webhook',
    'https://hooks.slack.com/services/T0ABCDEFG/B0ABCDEFG/abcdefghijklmnopqrstuvwx',
    'https://hooks.slack.com/services/T0ABCDEFG/B0ABCDEFG/[REDACTED]',
  ],
  ['JWT in the path', `/download/${JWT}/file.pdf`, '/download/[REDACTED]/file.pdf'],
  [
    'nested, percent-encoded URL',
    `https://x.example/login?redirect_uri=https%3A%2F%2Fy.example%2Fcb%3Ftoken%3D${TOKEN}%26a%3D1&b=2`,
    'https://x.example/login?redirect_uri=https%3A%2F%2Fy.example%2Fcb%3Ftoken%3D[REDACTED]%26a%3D1&b=2',
  ],
  ['nested twice', `/go?next=%2Fws%253Fticket_id%253D1%2526token%253D${TOKEN}&x=1`, '/go?next=[REDACTED]&x=1'],
  [
    'OAuth code on its callback',
    '/oauth/callback?code=4/0AbCdEfGhIjKlMnOpQrStUvWxYz&state=xyz',
    '/oauth/callback?code=[REDACTED]&state=xyz',
  ],
  [
    'Google API key',
    'https://maps.googleapis.com/maps/api/js?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW',
    'https://maps.googleapis.com/maps/api/js?key=[REDACTED]',
  ],
  [
    'AWS presigned URL',
    '/b/k.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAZ3QW7RT5YU2IOPLK%2F20261012%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-Signature=8b1e1b7c3d3f0c9a6c9f2d5e4a1b0c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b',
    '/b/k.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAZ3QW7RT5YU2IOPLK%2F20261012%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-Signature=[REDACTED]',
  ],
  ['HTML-escaped query', `/r?to=inbox&amp;token=${TOKEN}`, '/r?to=inbox&amp;token=[REDACTED]'],
  ['path parameter', `/app;jsessionid=${TOKEN.toUpperCase()}9F?x=1`, '/app;jsessionid=[REDACTED]?x=1'],
];

/** URLs with nothing the log scanner reports: returned byte for byte. */
const UNCHANGED: readonly string[] = [
  '/',
  '/api/users/42',
  '/api/users/42?page=2&sort=name',
  'https://example.com/search?q=token&lang=en#results',
  '/ws?token=true',
  '/ws?token=[REDACTED]',
  '/ws?token=${TOKEN}',
  '/ws?csrf_token=8f9e0d1c2b3a4f5e6d7c8b9a',
  `/page?pageToken=${TOKEN}`,
  'https://x.example/?pk=pk_live_51H8sd7f6g5h4j3k2l1abcdef',
  'https://user@example.com/repo.git',
  'https://example.com:443@evil.example/',
  '/reset/password',
  '/invite/42',
  '/files/caf%C3%A9%20menu.pdf?v=3',
  '/ünïcödé/路径?name=值',
  'mailto:someone@example.com',
  '',
];

describe('redactUrl: each kind of secret a URL carries', () => {
  it.each(REDACTED)('%s', (_what, url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it.each(UNCHANGED.map((url) => [url]))('keeps %j byte for byte', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

  it('redacts what the log scanner reports, and only that: each line is found before and clean after', async () => {
    const urls = REDACTED.map(([, url]) => url);
    expect(await findingsIn(urls.map((url) => accessLine(url)))).toHaveLength(urls.length);
    expect(await findingsIn(urls.map((url) => accessLine(redactUrl(url))))).toEqual([]);
    expect(await findingsIn(UNCHANGED.map((url) => accessLine(url)))).toEqual([]);
  });
});

describe('redactUrl options', () => {
  it('replacement: a string, or a function of the name and the text replaced', () => {
    expect(redactUrl(`/ws?token=${TOKEN}`, { replacement: '***' })).toBe('/ws?token=***');
    const seen: string[] = [];
    const tagged = redactUrl(`https://u:Kx9mQ2vL8pR4@h/ws?token=${TOKEN}`, {
      replacement: (name, value) => {
        seen.push(`${name}=${value}`);
        return `[${name}:${value.length}]`;
      },
    });
    expect(tagged).toBe(`https://u:[password:12]@h/ws?token=[token:${TOKEN.length}]`);
    expect(seen).toEqual(['password=Kx9mQ2vL8pR4', `token=${TOKEN}`]);
  });

  it('sensitiveNames: names of your own, judged like the table’s (a flag or placeholder stays)', () => {
    const redact = createUrlRedactor({ sensitiveNames: ['x-tenant-secret-ref'] });
    expect(redact(`/a?x-tenant-secret-ref=${TOKEN}&b=1`)).toBe('/a?x-tenant-secret-ref=[REDACTED]&b=1');
    expect(redact('/a?x-tenant-secret-ref=true')).toBe('/a?x-tenant-secret-ref=true');
    expect(redactUrl(`/a?x-tenant-secret-ref=${TOKEN}`)).toBe(`/a?x-tenant-secret-ref=${TOKEN}`);
  });

  it('a URL with nothing the scanner looks for returns at once, the same string', () => {
    const url = '/static/js/app.3f8a9c2d.js';
    expect(redactUrl(url)).toBe(url);
  });
});
