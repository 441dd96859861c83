import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout18 showed the engine missing (its first, unseen score was taken before these were written). */

describe('a query checked away from its handler', () => {
  it('a query passed into a check function is read there (the credential at the read); a page number is not', () => {
    const code = [
      "import type { FastifyRequest } from 'fastify';",
      'function checkApiKey(query: Record<string, string>) {',
      '  const key = query.api_key;',
      '  const page = query.page;',
      "  if (process.env.API_KEY !== key) throw new Error('invalid api_key');",
      '  return page;',
      '}',
      'export function handler(request: FastifyRequest) {',
      '  return checkApiKey(request.query as Record<string, string>);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/check.ts', [{ rule: 'query-token-accepted', ...at(code, 'query.api_key'), level: 'warning' }]);
  });

  it('a class keeping request.query in a constructor parameter property, read in a method (kiwilan/social-oembed)', () => {
    const code = [
      "import type { FastifyRequest } from 'fastify';",
      'export default class Middleware {',
      '  protected constructor(',
      '    protected request: FastifyRequest,',
      '    protected query: Record<string, string>,',
      '  ) {}',
      '  public static make(request: FastifyRequest): Middleware {',
      '    const instance = new Middleware(request, request.query as Record<string, string>);',
      '    instance.checkApiKey();',
      '    return instance;',
      '  }',
      '  private checkApiKey() {',
      '    const key = this.query?.api_key;',
      "    if (process.env.API_KEY !== key) throw new Error('invalid api_key');",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/middleware.ts', [{ rule: 'query-token-accepted', ...at(code, 'this.query?.api_key'), level: 'warning' }]);
  });

  it("a query the caller builds itself is no request's", () => {
    const code = [
      'function checkApiKey(query: Record<string, string>) {',
      "  if (process.env.API_KEY !== query.api_key) throw new Error('invalid api_key');",
      '}',
      'export function selfTest() {',
      "  checkApiKey({ api_key: 'x' });",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/self-test.ts', []);
  });
});

describe("Koa's context in a helper with other parameters than next", () => {
  it('ctx that reads headers is the context: its query token is accepted (alvin0216/react-blog); a canvas ctx is not', () => {
    const code = [
      "const jwt = require('jsonwebtoken');",
      'exports.checkToken = (ctx, roles = []) => {',
      "  const header = ctx.headers['authorization'];",
      '  const { token } = ctx.query;',
      '  return jwt.verify(header ? header.split(" ")[1] : token, process.env.SECRET);',
      '};',
      'exports.draw = (ctx, scene) => {',
      '  ctx.fillRect(0, 0, scene.query.token, 1);',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/utils/token.js', [{ rule: 'query-token-accepted', ...at(code, 'token }'), level: 'error' }]);
  });
});

describe('one-time passwords', () => {
  it('an otp in a URL is a note (used once, within minutes); the TOTP seed (otpSecret) is a credential', () => {
    const code = [
      "import axios from 'axios';",
      'export async function verifyOtp(id: number, otp: string) {',
      '  await axios.post(`/auth/m2f/${id}?otp=${otp}`);',
      '}',
      'export async function enroll(otpSecret: string) {',
      '  await axios.post(`/auth/enroll?seed=${otpSecret}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/auth.ts', [
      { rule: 'token-in-request-url', ...at(code, '`/auth/m2f'), level: 'note' },
      { rule: 'token-in-request-url', ...at(code, '`/auth/enroll'), level: 'error' },
    ]);
  });
});

describe('a query parameter under a computed name', () => {
  it('`{ [API_KEY_NAME]: value }` with the name a constant string is that parameter (api-proxy-server); an unknown name is none', () => {
    const code = [
      "import axios from 'axios';",
      "const API_KEY_NAME = 'api_key';",
      'const API_KEY_VALUE = process.env.WEATHER_API_KEY;',
      'export function forecast(city: string, field: string) {',
      "  void axios.get('https://api.weather.example/forecast', { params: { [field]: city } });",
      "  return axios.get('https://api.weather.example/forecast', { params: { q: city, [API_KEY_NAME]: API_KEY_VALUE } });",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/forecast.ts', [{ rule: 'token-in-request-url', ...at(code, 'params: { q: city'), level: 'error' }]);
  });
});
