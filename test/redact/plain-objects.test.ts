import { describe, expect, it } from 'vitest';
import {
  createBreadcrumbScrubber,
  createEventScrubber,
  createRequestSerializer,
  expressWinstonOptions,
  expressWinstonRequestFilter,
  fastifySerializers,
  redactHeaders,
  redactUrl,
} from '../../src/redact/index.js';
import { makeJwt } from '../support/make-jwt.js';
import { findingsIn } from './scan-lines.js';

/**
 * The integrations on plain objects of the library's shapes: Sentry, which is not a devDependency here (its shapes are
 * taken from its documentation), and the corners of the others that a request through the real library does not reach
 * (integrations.test.ts has those).
 */
const TOKEN = 'd8f7a6s5d4f3g2h1j0k9l8m7';
const JWT = makeJwt({ sub: 'user-1', iat: 1_790_000_000, exp: 1_790_000_000 + 30 * 86_400 });
const URL = `/ws?room=7&token=${TOKEN}`;
const REDACTED = '/ws?room=7&token=[REDACTED]';

describe('Fastify logger serializers', () => {
  it('log Fastify’s default request fields with the URL redacted', () => {
    const request = { method: 'GET', url: URL, hostname: 'api.example.com', ip: '203.0.113.7', headers: {}, socket: { remotePort: 51234 } };
    expect(fastifySerializers().req(request)).toEqual({
      method: 'GET',
      url: REDACTED,
      host: 'api.example.com',
      remoteAddress: '203.0.113.7',
      remotePort: 51234,
    });
  });

  it('log Fastify 5’s host (with the port) when there is one, and leave out what is undefined', () => {
    const request = {
      method: 'GET',
      url: '/health',
      host: 'api.example.com:8443',
      hostname: 'api.example.com',
      headers: { 'accept-version': '2' },
    };
    expect(fastifySerializers().req(request)).toStrictEqual({ method: 'GET', url: '/health', version: '2', host: 'api.example.com:8443' });
  });
});

describe('express-winston request filter', () => {
  const filter = expressWinstonRequestFilter();
  const req = {
    method: 'GET',
    url: URL,
    originalUrl: `/api${URL}`,
    query: { room: '7', token: TOKEN },
    params: { uid: 'MTIz', token: 'c2j3k4-8f9e0d1c2b3a4f5e6d7c' },
    headers: { authorization: `Bearer ${TOKEN}`, referer: `https://app.example.com${URL}`, accept: '*/*' },
    httpVersion: '1.1',
  };

  it('filters each whitelisted name, and reads dotted names from the filtered field', () => {
    expect(filter(req, 'url')).toBe(REDACTED);
    expect(filter(req, 'originalUrl')).toBe(`/api${REDACTED}`);
    expect(filter(req, 'query')).toEqual({ room: '7', token: '[REDACTED]' });
    expect(filter(req, 'params')).toEqual({ uid: 'MTIz', token: '[REDACTED]' });
    expect(filter(req, 'headers')).toEqual({ authorization: '[REDACTED]', referer: `https://app.example.com${REDACTED}`, accept: '*/*' });
    expect(filter(req, 'headers.authorization')).toBe('[REDACTED]');
    expect(filter(req, 'query.token')).toBe('[REDACTED]');
    expect(filter(req, 'query.room')).toBe('7');
    expect(filter(req, 'method')).toBe('GET');
    expect(filter(req, 'httpVersion')).toBe('1.1');
    expect(filter(req, 'missing.deeper')).toBeUndefined();
    expect(req.query.token).toBe(TOKEN);
  });

  it('expressWinstonOptions(): filter and message share a redactor that remembers only the last URL', () => {
    const { requestFilter, requestWhitelist, msg } = expressWinstonOptions();
    expect(requestWhitelist).toEqual(['url', 'headers', 'method', 'httpVersion']);
    const other = { ...req, url: '/health', originalUrl: '/health' };
    expect(requestWhitelist.map((name) => requestFilter(req, name))).toEqual([REDACTED, filter(req, 'headers'), 'GET', '1.1']);
    expect(msg(req)).toBe(`HTTP GET /api${REDACTED}`);
    expect(requestFilter(other, 'url')).toBe('/health');
    expect(msg(other)).toBe('HTTP GET /health');
    expect(msg(req)).toBe(`HTTP GET /api${REDACTED}`);
  });

  it('is also given whitelisted body fields: a GraphQL query string stays, a URL in `url` is redacted', () => {
    const body = { query: 'query Me { me { id } }', url: `https://hooks.example.com/in?token=${TOKEN}`, note: 'hello' };
    expect(filter(body, 'query')).toBe(body.query);
    expect(filter(body, 'url')).toBe('https://hooks.example.com/in?token=[REDACTED]');
    expect(filter(body, 'note')).toBe('hello');
  });
});

describe('Sentry beforeBreadcrumb', () => {
  const scrub = createBreadcrumbScrubber();

  it('redacts data.url, data.from and data.to in a copy', () => {
    const fetchCrumb = { category: 'fetch', data: { method: 'GET', url: `https://api.example.com${URL}`, status_code: 200 } };
    expect(scrub(fetchCrumb)).toEqual({
      category: 'fetch',
      data: { method: 'GET', url: `https://api.example.com${REDACTED}`, status_code: 200 },
    });
    expect(fetchCrumb.data.url).toContain(TOKEN);
    const navigation = { category: 'navigation', data: { from: `/reset?token=${TOKEN}`, to: '/home' } };
    expect(scrub(navigation).data).toEqual({ from: '/reset?token=[REDACTED]', to: '/home' });
  });

  it('returns a breadcrumb without URLs as it is', () => {
    const console = { category: 'console', message: 'hello' };
    expect(scrub(console)).toBe(console);
  });
});

/**
 * Sentry's types as its JavaScript SDK declares them (`Event`, `RequestEventData`, `QueryParams`, `Breadcrumb`:
 * https://www.mintlify.com/getsentry/sentry-javascript/api/types/event, @sentry/types request.d.ts), the fields the
 * scrubber reads: `beforeSend` must accept it without a cast.
 */
interface SentryBreadcrumb {
  type?: string;
  level?: 'fatal' | 'error' | 'warning' | 'log' | 'info' | 'debug';
  event_id?: string;
  category?: string;
  message?: string;
  data?: { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- Sentry's declaration
  timestamp?: number;
}
interface SentryEvent {
  event_id?: string;
  message?: string;
  level?: SentryBreadcrumb['level'];
  platform?: string;
  request?: {
    url?: string;
    method?: string;
    data?: unknown;
    query_string?: string | { [key: string]: string } | [string, string][];
    cookies?: { [key: string]: string };
    env?: { [key: string]: string };
    headers?: { [key: string]: string };
  };
  transaction?: string;
  breadcrumbs?: SentryBreadcrumb[];
  tags?: { [key: string]: number | string | boolean | bigint | symbol | null | undefined };
  exception?: { values?: { type?: string; value?: string }[] };
}
type BeforeSend = (event: SentryEvent, hint: unknown) => SentryEvent | null | PromiseLike<SentryEvent | null>;

describe('Sentry beforeSend', () => {
  const scrub: BeforeSend = createEventScrubber();

  /** A server-side error event as @sentry/node's request data integration fills it. */
  const serverEvent = (): SentryEvent => ({
    event_id: 'fc6d8c0c43fc4630ad850ee518f1b9d0',
    level: 'error',
    platform: 'node',
    transaction: `GET /reset/MTIz/c2j3k4-8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c/`,
    request: {
      url: `https://api.example.com/oauth/callback?code=4/0AbCdEfGhIjKlMnOpQrStUvWxYz&state=xyz`,
      method: 'GET',
      query_string: 'code=4/0AbCdEfGhIjKlMnOpQrStUvWxYz&state=xyz',
      cookies: { sid: TOKEN, theme: 'dark' },
      headers: {
        Referer: `https://app.example.com/inbox?api_key=${TOKEN}`,
        Authorization: `Bearer ${JWT}`,
        Cookie: `sid=${TOKEN}; theme=dark`,
        'User-Agent': 'Mozilla/5.0',
      },
      env: { REMOTE_ADDR: '192.168.0.1' },
      data: { foo: 'bar' },
    },
    breadcrumbs: [
      { type: 'http', category: 'fetch', data: { method: 'GET', url: `https://api.example.com${URL}`, status_code: 200 } },
      { category: 'navigation', data: { from: `/login?token=${TOKEN}`, to: '/dashboard' } },
      { category: 'console', message: 'ready' },
    ],
    tags: { url: `https://api.example.com${URL}`, 'http.status_code': 500, handled: false },
    exception: { values: [{ type: 'Error', value: 'boom' }] },
  });

  it('redacts the request, breadcrumbs, transaction and tags of a copy, drops the cookies', async () => {
    const event = serverEvent();
    const original = structuredClone(event);
    const scrubbed = (await scrub(event, {})) ?? {};
    expect(event).toEqual(original);
    expect(scrubbed).toEqual({
      ...original,
      transaction: 'GET /reset/MTIz/[REDACTED]/',
      request: {
        url: 'https://api.example.com/oauth/callback?code=[REDACTED]&state=xyz',
        method: 'GET',
        query_string: 'code=[REDACTED]&state=xyz',
        headers: {
          Referer: 'https://app.example.com/inbox?api_key=[REDACTED]',
          Authorization: '[REDACTED]',
          Cookie: '[REDACTED]',
          'User-Agent': 'Mozilla/5.0',
        },
        env: { REMOTE_ADDR: '192.168.0.1' },
        data: { foo: 'bar' },
      },
      breadcrumbs: [
        { type: 'http', category: 'fetch', data: { method: 'GET', url: `https://api.example.com${REDACTED}`, status_code: 200 } },
        { category: 'navigation', data: { from: '/login?token=[REDACTED]', to: '/dashboard' } },
        { category: 'console', message: 'ready' },
      ],
      tags: { url: `https://api.example.com${REDACTED}`, 'http.status_code': 500, handled: false },
    });
    expect((await findingsIn([JSON.stringify(original)])).length).toBeGreaterThanOrEqual(5);
    expect(await findingsIn([JSON.stringify(scrubbed)])).toEqual([]);
  });

  it('reads the payload’s other forms: query and headers as [name, value] pairs or an object, breadcrumbs under values', async () => {
    const payload = {
      request: {
        url: 'https://api.example.com/ws',
        query_string: [
          ['room', '7'],
          ['access_token', JWT],
        ],
        headers: [
          ['Authorization', `Bearer ${JWT}`],
          ['Accept', 'application/json'],
        ],
        cookies: `sid=${TOKEN}`,
      },
      breadcrumbs: { values: [{ type: 'navigation', data: { from: `/ws?token=${TOKEN}`, to: '/' } }] },
    };
    expect(createEventScrubber()(payload)).toEqual({
      request: {
        url: 'https://api.example.com/ws',
        query_string: [
          ['room', '7'],
          ['access_token', '[REDACTED]'],
        ],
        headers: [
          ['Authorization', '[REDACTED]'],
          ['Accept', 'application/json'],
        ],
      },
      breadcrumbs: { values: [{ type: 'navigation', data: { from: '/ws?token=[REDACTED]', to: '/' } }] },
    });
    const asObject = { request: { url: '/ws', query_string: { room: '7', token: TOKEN } } };
    expect(createEventScrubber()(asObject).request.query_string).toEqual({ room: '7', token: '[REDACTED]' });
  });

  it('judges query_string with the URL’s path: an OAuth code on its callback, a promo code elsewhere', async () => {
    const code = '4/0AbCdEfGhIjKlMnOpQrStUvWxYz';
    const callback = await scrub({ request: { url: 'https://app.example.com/auth/callback', query_string: `code=${code}` } }, {});
    expect(callback?.request?.query_string).toBe('code=[REDACTED]');
    const promo = await scrub({ request: { url: 'https://shop.example.com/promo', query_string: `code=${code}` } }, {});
    expect(promo?.request?.query_string).toBe(`code=${code}`);
  });

  it('a browser event: the fragment of location.href is redacted too', async () => {
    const event: SentryEvent = {
      platform: 'javascript',
      request: {
        url: 'https://app.example.com/inbox#access_token=ya29.a0AfH6SMBx3kLmNoPqRsTuVwXyZ0123456789abcdef&token_type=bearer',
        headers: { 'User-Agent': 'Mozilla/5.0', Referer: 'https://accounts.example.com/' },
      },
    };
    expect((await scrub(event, {}))?.request).toEqual({
      url: 'https://app.example.com/inbox#access_token=[REDACTED]&token_type=bearer',
      headers: { 'User-Agent': 'Mozilla/5.0', Referer: 'https://accounts.example.com/' },
    });
  });
});

describe('request headers', () => {
  it('replace credentials, redact URLs, keep the rest', () => {
    const headers = {
      authorization: `Bearer ${TOKEN}`,
      'x-api-key': TOKEN,
      cookie: `sid=${TOKEN}`,
      referer: `https://app.example.com${URL}`,
      accept: 'application/json',
    };
    expect(redactHeaders(headers, (url) => redactUrl(url))).toEqual({
      authorization: '[REDACTED]',
      'x-api-key': '[REDACTED]',
      cookie: '[REDACTED]',
      referer: `https://app.example.com${REDACTED}`,
      accept: 'application/json',
    });
  });

  it('the request serializer takes the replacement option for both', () => {
    const serialize = createRequestSerializer({ replacement: (name) => `<${name}>` });
    expect(serialize({ method: 'POST', originalUrl: URL, url: '/ws', headers: { authorization: 'Basic dXNlcjpwYXNz' } })).toEqual({
      method: 'POST',
      url: '/ws?room=7&token=<token>',
      headers: { authorization: '<authorization>' },
    });
  });
});
