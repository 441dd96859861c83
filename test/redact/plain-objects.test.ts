import { describe, expect, it } from 'vitest';
import { createBreadcrumbScrubber, createRequestSerializer, fastifySerializers, redactHeaders, redactUrl } from '../../src/redact/index.js';

/** The integrations whose library is not a devDependency here (Fastify, Sentry) take plain objects of the same shape. */
const TOKEN = 'd8f7a6s5d4f3g2h1j0k9l8m7';
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
