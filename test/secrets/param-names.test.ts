import { describe, expect, it } from 'vitest';
import { classifyParamName, isSecretIdentifierName } from '../../src/secrets/param-names.js';

describe('classifyParamName', () => {
  it.each([
    'token',
    'access_token',
    'accessToken',
    'Access-Token',
    'id_token',
    'refresh_token',
    'jwt',
    'apikey',
    'api_key',
    'X-Api-Key',
    'client_secret',
    'password',
    'sessionid',
    'ticket',
    'otp',
    'authorization',
    'githubToken',
  ])('%s is sensitive', (name) => expect(classifyParamName(name)).toBeDefined());

  it.each([
    'pageToken',
    'nextToken',
    'continuationToken',
    'PaginationToken',
    'resumptionToken',
    'startToken',
    'cursor',
    'recaptcha_token',
    'turnstileToken',
    'token_type',
    'csrf_token',
    'room',
    'page',
    'v',
    'EIO',
    'transport',
    'id',
    'user_id',
  ])('%s is not sensitive', (name) => expect(classifyParamName(name)).toBeUndefined());

  it('marks ambiguous names as needing a secret-shaped value', () => {
    for (const name of ['key', 'sig', 'session', 'pass', 'sid']) expect(classifyParamName(name)?.needsSecretValue).toBe(true);
    expect(classifyParamName('token')?.needsSecretValue).toBe(false);
  });

  it('marks tickets and one-time codes as single-use', () => {
    expect(classifyParamName('ticket')?.singleUse).toBe(true);
    expect(classifyParamName('token')?.singleUse).toBe(false);
  });

  it('recognises identifiers that hold credentials', () => {
    for (const name of ['accessToken', 'jwt', 'idToken', 'apiKey', 'authToken']) expect(isSecretIdentifierName(name)).toBe(true);
    for (const name of ['key', 'nextPageToken', 'tokenType', 'room']) expect(isSecretIdentifierName(name)).toBe(false);
  });
});
