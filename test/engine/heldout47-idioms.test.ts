import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout47 to heldout49 showed the engine missing or misreading (their first, unseen scores were taken before these were written). */

describe("a page's axios from a script tag", () => {
  it('the undeclared global `axios` is axios: its methods, its call and its instances take the URL as the module does', () => {
    const code = [
      'function weather(zip) {',
      '  axios.get("https://api.openweathermap.org/data/2.5/weather?zip=" + zip + "&appid=6df605a29ea5d833a7dbfa5767e8d5b0");',
      '}',
      'function feed(token) {',
      "  return axios({ url: '/api/feed', params: { access_token: token } });",
      '}',
      "const client = axios.create({ baseURL: '/api' });",
      'function items(token) {',
      '  return client.get(`/items?token=${token}`);',
      '}',
      'function headers(token) {',
      "  return axios.get('/api/me', { headers: { Authorization: `Bearer ${token}` } });",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'public/app.js', [
      { rule: 'token-in-request-url', ...at(code, '"https://api.openweathermap'), level: 'warning' },
      { rule: 'token-in-request-url', ...at(code, 'params: {'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, '`/items'), level: 'error' },
    ]);
  });

  it('an undeclared `api` or `http` of another script is an HTTP client by its name, as an unresolved import is', () => {
    const code = ['function load(token) {', '  return api.get("/api/data?access_token=" + token);', '}', ''].join('\n');
    expectBothDoors(code, 'public/load.js', [{ rule: 'token-in-request-url', ...at(code, '"/api/data'), level: 'error' }]);
  });

  it('a declared `axios` of the file is not the page global: its own value decides', () => {
    const code = [
      'const axios = { get: (key) => localStorage.getItem(key) };',
      'export function read(token) {',
      '  return axios.get("cache?access_token=" + token);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/cache.js', []);
  });
});

describe("a Vue 2 root instance's data object", () => {
  it('`new Vue({ data: { appid } })`: `this.appid` in a hook or method is the data value (valeriomatranga/vuejs)', () => {
    const code = [
      'const app = new Vue({',
      "  el: '#app',",
      '  data: {',
      "    url: 'http://api.openweathermap.org/data/2.5/forecast',",
      "    query: 'Norwich',",
      "    appid: 'a24da99920814dac10773c623bd902db',",
      '  },',
      '  mounted() {',
      '    const fullpath = `${this.url}?q=${this.query}&appid=${this.appid}`;',
      '    fetch(fullpath);',
      '  },',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'live-weather/main.js', [{ rule: 'token-in-request-url', ...at(code, 'fullpath);'), level: 'warning' }]);
  });

  it("a data object's public value stays none: a query under a name that holds no credential", () => {
    const code = [
      'new Vue({',
      "  el: '#app',",
      "  data: { units: 'metric', city: 'Norwich' },",
      '  methods: {',
      '    load() {',
      '      fetch(`https://api.example.com/forecast?units=${this.units}&q=${this.city}`);',
      '    },',
      '  },',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'public/forecast.js', []);
  });
});

describe("a request's query copied into a record", () => {
  it('`Object.fromEntries(url.searchParams)` of a request URL, logged, is the query in the log (bc-coin-converter, a Remix loader)', () => {
    const code = [
      "import type { LoaderFunctionArgs } from '@remix-run/node';",
      'export async function loader({ request }: LoaderFunctionArgs) {',
      '  const url = new URL(request.url);',
      '  const queries = Object.fromEntries(url.searchParams);',
      "  console.log('queries', queries);",
      "  console.log('entries', Object.fromEntries(url.searchParams.entries()));",
      "  console.log('page', url.searchParams.get('page'));",
      '  return null;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'app/routes/api.auth/route.tsx', [
      { rule: 'log-raw-url', ...at(code, 'queries);'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'Object.fromEntries(url.searchParams.entries())'), level: 'warning' },
    ]);
  });
});

describe("a request's query copied key by key", () => {
  it('`for (const [key, value] of url.searchParams.entries()) queries[key] = value`, then logged, is the query in the log (bc-coin-converter)', () => {
    const code = [
      'export const fetchQueriesFromRequest = (req: Request) => {',
      '  const url = new URL(req.url);',
      '  const queries: Record<string, string> = {};',
      '  for (const [key, value] of url.searchParams.entries()) {',
      '    queries[key] = value;',
      '  }',
      '  return queries;',
      '};',
      'export async function loader({ request }: { request: Request }) {',
      "  console.log('queries', fetchQueriesFromRequest(request));",
      '  const sizes: Record<string, number> = {};',
      '  for (const [key, value] of new Map([["a", 1]])) sizes[key] = value;',
      "  console.log('sizes', sizes);",
      '  return null;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'app/lib/utils.ts', [{ rule: 'log-raw-url', ...at(code, 'fetchQueriesFromRequest(request)'), level: 'warning' }]);
  });
});

describe("a request's query copied by forEach", () => {
  it('`url.searchParams.forEach((value, key) => { params[key] = value })`, then logged, is the query in the log; an array copied so is its elements', () => {
    const code = [
      'export function handler(request: Request) {',
      '  const url = new URL(request.url);',
      '  const params: Record<string, string> = {};',
      '  url.searchParams.forEach((value, key) => {',
      '    params[key] = value;',
      '  });',
      "  console.log('params', params);",
      '  const names: Record<number, string> = {};',
      "  ['a', 'b'].forEach((value, index) => {",
      '    names[index] = value;',
      '  });',
      "  console.log('names', names);",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/handler.ts', [{ rule: 'log-raw-url', ...at(code, 'params);'), level: 'warning' }]);
  });
});

describe("a constant token spelled into a vendor's URL", () => {
  it("a Telegram bot token from a config object, after the host's `/bot` in another part of the template, is the bot's key (adobebot)", () => {
    const code = [
      "const TelegramConfig = { tokenBotTelegram: '7012345678:AAHk9xQ2mZr8VtLp3WcYbN5dFgJs6uEoPqR', botName: 'adobe_bot' };",
      'export async function send(message: string) {',
      '  const botToken = TelegramConfig.tokenBotTelegram;',
      '  const url = `https://api.telegram.org/bot${botToken}/sendMessage`;',
      "  await fetch(url, { method: 'POST', body: message });",
      '}',
      'export async function profile() {',
      '  await fetch(`https://api.telegram.org/bot${TelegramConfig.botName}/getMe`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/Telegram/TelegramService.ts', [{ rule: 'token-in-request-url', ...at(code, 'url, {'), level: 'warning' }]);
  });
});

describe("uWebSockets.js's request URL", () => {
  it('`req.getUrl()` is the path alone (SampleChat logs it: none); `req.getQuery()` is the query string, logged it is', () => {
    const code = [
      "import uWS from 'uWebSockets.js';",
      'uWS.App().ws("/chat", {',
      '  upgrade: (res, req, context) => {',
      "    console.log('Upgrade request: ' + req.getUrl());",
      "    console.log('query: ' + req.getQuery());",
      "    if (req.getHeader('origin') !== 'https://chat.example.com') return res.writeStatus('403').end();",
      "    res.upgrade({ url: req.getUrl() }, req.getHeader('sec-websocket-key'), req.getHeader('sec-websocket-protocol'), req.getHeader('sec-websocket-extensions'), context);",
      '  },',
      '}).listen(9001, () => {});',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/server.js', [{ rule: 'log-raw-url', ...at(code, 'req.getQuery()'), level: 'warning' }]);
  });
});
