import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../../src/engine/analyze-code.js';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';
import { eslintPlaces } from '../support/both-doors.js';
import { analyzeVirtualFile } from '../support/virtual-program.js';

/**
 * Issue #13, "Dataflow": values moved the way real code moves them reach the sink as if they had been written there.
 * Each idiom (one describe block) is checked through the single-file door (no types, as ESLint without a program) and
 * a typed program (lib files and @types/node), with a safe variant beside each leak.
 */
const ROOT = resolve(import.meta.dirname, '../..');

const TYPED_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  types: ['node'],
  typeRoots: [join(ROOT, 'node_modules/@types')],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.Preserve,
};

function untyped(code: string, fileName: string): Finding[] {
  return analyzeSourceFile(ts.createSourceFile(`/virtual/${fileName}`, code, ts.ScriptTarget.Latest, true));
}

function typed(code: string, fileName: string): Finding[] {
  return analyzeVirtualFile(join(ROOT, 'fixtures/code', `dataflow-${fileName}`), code, TYPED_OPTIONS);
}

/** `rule line:column` of each finding (1-based), as both doors report it. */
function reported(code: string, fileName = 'client.ts'): string[] {
  const untypedFindings = untyped(code, fileName).map(describeFinding);
  expect(typed(code, fileName).map(describeFinding)).toEqual(untypedFindings);
  return untypedFindings;
}

/** `reported`, and the ESLint door (typescript-eslint's parser, no program) agreeing on every rule, line and column. */
function reportedByBothDoors(code: string): string[] {
  const found = reported(code);
  expect(eslintPlaces(code, 'client.ts').map(({ rule, line, column }) => `${rule} ${line}:${column}`)).toEqual(found);
  return found;
}

function describeFinding(finding: Finding): string {
  return `${finding.ruleId} ${finding.location.line}:${finding.location.column}`;
}

describe('writes into a record after it is made', () => {
  it('an element write of a credential into the record a WebSocket URL is built from is a finding; of a room, none', () => {
    const code = `export function connect(token: string) {
  const params: Record<string, string> = {};
  params['room'] = 'lobby';
  params['token'] = token;
  return new WebSocket(\`wss://api.example.com/ws?\${new URLSearchParams(params)}\`);
}
export function join(room: string) {
  const params: Record<string, string> = {};
  params['room'] = room;
  return new WebSocket(\`wss://api.example.com/ws?\${new URLSearchParams(params)}\`);
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 5:24']);
  });

  it('Object.assign of a credential into the record (a statement, or the record itself) is a finding; into headers, none', () => {
    const code = `export function connect(token: string) {
  const params = { room: 'a' };
  Object.assign(params, { access_token: token });
  return new WebSocket('wss://api.example.com/ws?' + new URLSearchParams(params).toString());
}
const defaults = { v: '2' };
export function poll(apiKey: string) {
  const query = Object.assign({}, defaults, { api_key: apiKey });
  return fetch(\`https://api.example.com/poll?\${new URLSearchParams(query)}\`);
}
export async function load(token: string) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  Object.assign(headers, { Authorization: \`Bearer \${token}\` });
  return fetch('https://api.example.com/items?page=1', { headers });
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 4:24', 'token-in-request-url 9:16']);
  });
});

describe('writes into a record a function receives', () => {
  it('a credential written into the params a function was given is in the query it builds from them; a page number is not', () => {
    const code = `import qs from 'qs';
export function authed(path: string, params: Record<string, string>, token: string) {
  params.access_token = token;
  return fetch(\`https://api.example.com\${path}?\${qs.stringify(params)}\`);
}
export function stored(path: string, query: URLSearchParams) {
  query.set('token', localStorage.getItem('token') ?? '');
  return new EventSource(\`https://api.example.com\${path}?\${query}\`);
}
export function paged(path: string, params: Record<string, string>, page: number) {
  params.page = String(page);
  return fetch(\`https://api.example.com\${path}?\${qs.stringify(params)}\`);
}
`;
    expect(reportedByBothDoors(code)).toEqual(['token-in-request-url 4:16', 'ws-token-in-url 8:26']);
  });

  it("a helper appends a record's entries to the URL's searchParams it is given (through a local ?? alias); a room record is safe", () => {
    const code = `function encodeParams(params: Record<string, string>, target?: URLSearchParams): URLSearchParams {
  const search = target ?? new URLSearchParams();
  for (const [key, value] of Object.entries(params)) search.append(key, String(value));
  return search;
}
function getUrl(path: string, queryParams?: Record<string, string>): URL {
  const url = new URL('https://matrix.example.org/_matrix/client/v3' + path);
  if (queryParams) encodeParams(queryParams, url.searchParams);
  return url;
}
export function authed(path: string, queryParams: Record<string, string>, accessToken: string) {
  queryParams.access_token = accessToken;
  return fetch(getUrl(path, queryParams));
}
export function rooms(path: string) {
  return fetch(getUrl(path, { room: 'lobby', limit: '10' }));
}
`;
    expect(reportedByBothDoors(code)).toEqual(['token-in-request-url 13:16']);
  });

  it('options a helper receives, adds to and returns are still the options the caller wrote (params included)', () => {
    const code = `import axios from 'axios';
function withProxy(config: Record<string, unknown> = {}) {
  if (process.env.PROXY) config.proxy = false;
  return config;
}
export function send(login: string, password: string, text: string) {
  return axios.post('https://sms.example.com/send.php', null, withProxy({ params: { username: login, password, text } }));
}
export function notify(text: string) {
  return axios.post('https://sms.example.com/send.php', null, withProxy({ params: { text } }));
}
`;
    expect(reportedByBothDoors(code)).toEqual(['token-in-request-url 7:75']);
  });
});

describe('arrays and records built piece by piece', () => {
  it('query parts pushed onto an array and joined are a finding with the token; with a version only, none', () => {
    const code = `export function connect(url: string, stream: string, params: string | null, accessToken: string) {
  const parameter: Array<string> = [\`stream=\${stream}\`];
  if (params) {
    parameter.push(params);
  }
  if (accessToken !== null) {
    parameter.push(\`access_token=\${accessToken}\`);
  }
  return new WebSocket(\`\${url}?\${parameter.join('&')}\`);
}
export function watch(url: string, stream: string) {
  const parameter: string[] = [\`stream=\${stream}\`];
  parameter.push('v=2');
  return new WebSocket(\`\${url}?\${parameter.join('&')}\`);
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 9:24']);
  });

  it("a helper that copies its argument's defined entries into the query it joins is a finding at its caller's socket", () => {
    const code = `type QueryParams = Record<string, string | number | boolean>;
export function encodeQueryString(input: unknown = {}): string {
  const source = input as QueryParams;
  const params: QueryParams = {};
  Object.keys(source).forEach((key) => {
    const val = source[key];
    if (val !== undefined) params[key] = val;
  });
  return Object.keys(params)
    .map((key) => \`\${encodeURIComponent(key)}=\${encodeURIComponent(String(params[key]))}\`)
    .join('&');
}
export class ApiClient {
  constructor(private readonly server: string, private readonly session: string | null) {}
  subscribe(path: string) {
    const query = encodeQueryString({ access_token: this.session ?? undefined });
    return new EventSource(\`\${this.server}\${path}?\${query}\`);
  }
  list(path: string, page: number) {
    return new EventSource(\`\${this.server}\${path}?\${encodeQueryString({ page })}\`);
  }
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 17:28']);
  });

  it('a record copied entry by entry (for…of and forEach over Object.entries) keeps its names', () => {
    const code = `export function search(base: string, extra: Record<string, string>, apiKey: string) {
  const query: Record<string, string> = { api_key: apiKey };
  const copy: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) copy[k] = v;
  Object.entries(extra).forEach(([name, value]) => {
    copy[name] = value;
  });
  return fetch(\`\${base}?\${new URLSearchParams(copy)}\`);
}
export function page(base: string, n: string) {
  const query: Record<string, string> = { page: n };
  const copy: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) copy[k] = v;
  return fetch(\`\${base}?\${new URLSearchParams(copy)}\`);
}
`;
    expect(reported(code)).toEqual(['token-in-request-url 8:16']);
  });

  it("a hand-written serializer's key=value pieces, appended in forEach or pushed in for…in, are its record as a query", () => {
    const code = `function toQuery(record: Record<string, string>): string {
  let out = '';
  let count = -1;
  Object.keys(record).forEach((key) => {
    out += (++count > 0 ? '&' : '') + encodeURIComponent(key) + '=' + encodeURIComponent(record[key] ?? '');
  });
  return out;
}
function pairs(record: Record<string, string>): string {
  const parts: string[] = [];
  for (const name in record) parts.push(\`\${name}=\${encodeURIComponent(record[name] ?? '')}\`);
  return parts.join('&');
}
function labels(record: Record<string, string>): string {
  let out = '';
  Object.keys(record).forEach((key) => {
    out += record[key];
  });
  return out;
}
export function stream(api: string, accessToken: string, name: string) {
  const params: Record<string, string> = { stream: name };
  if (accessToken) params.access_token = accessToken;
  return new WebSocket(\`\${api}/streaming?\` + toQuery(params));
}
export function poll(api: string, apiKey: string) {
  return fetch(\`\${api}/poll?\${pairs({ v: '2', api_key: apiKey })}\`);
}
export function page(api: string, name: string) {
  return new WebSocket(\`\${api}/streaming?\` + toQuery({ stream: name }));
}
export function titled(api: string, accessToken: string) {
  return fetch(\`\${api}/title/\${labels({ access_token: accessToken })}\`);
}
`;
    expect(reportedByBothDoors(code)).toEqual(['ws-token-in-url 24:24', 'token-in-request-url 27:16']);
  });
});

describe('a helper fills the query object it is given', () => {
  it("a URLSearchParams filled by a helper's set is a finding where the caller puts it in the URL; a page set by one, none", () => {
    const code = `function addAuth(search: URLSearchParams) {
  search.set('token', localStorage.getItem('token') ?? '');
}
function addPaging(search: URLSearchParams, page: number) {
  search.set('page', String(page));
}
export function open() {
  const search = new URLSearchParams();
  search.set('stream', 'orders');
  addAuth(search);
  return new EventSource(\`/events?\${search}\`);
}
export function list() {
  const search = new URLSearchParams();
  addPaging(search, 2);
  return new EventSource(\`/events?\${search}\`, { withCredentials: true });
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 11:26']);
  });

  it('a helper imported from another file fills the query: found by the whole-program door (the CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urlleak-dataflow-'));
    try {
      writeFileSync(
        join(dir, 'auth.ts'),
        `export function addAuth(search: URLSearchParams) {\n  search.append('access_token', sessionStorage.getItem('session') ?? '');\n}\n`,
      );
      writeFileSync(
        join(dir, 'events.ts'),
        `import { addAuth } from './auth';\nconst search = new URLSearchParams({ stream: 'orders' });\naddAuth(search);\nexport const events = new EventSource('/events?' + search.toString());\n`,
      );
      const files = ['auth.ts', 'events.ts'].map((file) => join(dir, file));
      const { findings } = analyzeCode({ cwd: dir, files });
      expect(findings.map((finding) => `${finding.location.path.slice(dir.length + 1)} ${describeFinding(finding)}`)).toEqual([
        'events.ts ws-token-in-url 4:39',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a CommonJS helper exported as { route: route } and called as route.route(ctx.request.url) logs the URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urlleak-dataflow-'));
    try {
      writeFileSync(
        join(dir, 'route.js'),
        `async function route(url) {\n  console.log('url', url);\n}\nmodule.exports = { route: route };\n`,
      );
      writeFileSync(
        join(dir, 'app.js'),
        `const Koa = require('koa');\nconst route = require('./route');\nconst app = new Koa();\napp.use(async (ctx) => {\n  await route.route(ctx.request.url);\n});\n`,
      );
      const files = ['app.js', 'route.js'].map((file) => join(dir, file));
      const { findings } = analyzeCode({ cwd: dir, files });
      expect(findings.map((finding) => `${finding.location.path.slice(dir.length + 1)} ${describeFinding(finding)}`)).toEqual([
        'route.js log-raw-url 2:22',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a URL whose searchParams a helper appends the caller's credential to, two helpers deep, is one finding", () => {
    const code = `function withToken(url: URL, value: string) {
  url.searchParams.append('access_token', value);
}
function signed(url: URL, value: string) {
  withToken(url, value);
}
export function download(file: string, session: { accessToken: string }) {
  const url = new URL(\`https://files.example.com/\${file}\`);
  signed(url, session.accessToken);
  return fetch(url);
}
`;
    const [finding, ...rest] = untyped(code, 'client.ts');
    expect(rest).toEqual([]);
    expect(finding?.flow?.map((step) => step.location.line)).toEqual([9, 5, 8, 10]);
    expect(reported(code)).toEqual(['token-in-request-url 10:16']);
  });
});

describe('React hooks', () => {
  it('a URL memoized with useMemo and opened in useEffect is a finding at the socket; one with a room only, none', () => {
    const code = `import { useEffect, useMemo } from 'react';
export function useLive(accessToken: string) {
  const url = useMemo(() => \`wss://api.example.com/ws?token=\${accessToken}\`, [accessToken]);
  useEffect(() => {
    const ws = new WebSocket(url);
    return () => ws.close();
  }, [url]);
}
export function useRoom(room: string, token: string) {
  const url = useMemo(() => \`wss://api.example.com/ws?room=\${encodeURIComponent(room)}\`, [room]);
  useEffect(() => {
    const ws = new WebSocket(url);
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token }));
  }, [url, token]);
}
`;
    expect(reported(code, 'live.tsx')).toEqual(['ws-token-in-url 5:30']);
  });

  it("a URL builder made with useCallback, and a custom hook's URL, are findings where the component opens them", () => {
    // The custom hook (a project function called by its name) was already followed before issue #13.
    const code = `import React, { useEffect } from 'react';
declare function useSession(): { jwt: string };
export function useFeed() {
  const feedUrl = React.useCallback((room: string) => \`https://api.example.com/feed/\${room}?key=\${localStorage.getItem('api_key')}\`, []);
  React.useEffect(() => {
    const source = new EventSource(feedUrl('lobby'));
    return () => source.close();
  }, [feedUrl]);
}
function useSocketUrl() {
  const { jwt } = useSession();
  return \`wss://api.example.com/socket?auth=\${jwt}\`;
}
export function Chat() {
  const url = useSocketUrl();
  useEffect(() => {
    const ws = new WebSocket(url);
    return () => ws.close();
  }, [url]);
  return null;
}
`;
    expect(reported(code, 'feed.tsx')).toEqual(['ws-token-in-url 6:36', 'ws-token-in-url 17:30']);
  });
});

describe('bound and aliased loggers', () => {
  it('bound, destructured and renamed loggers of the request URL are log-raw-url findings; of its path, none', () => {
    // The destructured `info` and the renamed `console.log` were already found before issue #13; `.bind` was not.
    const code = `import pino from 'pino';
import type { IncomingMessage } from 'node:http';
const log = pino();
const warn = log.warn.bind(log);
const print = console.info.bind(console);
const { info } = log;
const out = console.log;
export function onRequest(req: IncomingMessage) {
  warn(\`slow \${req.url}\`);
  print('done', req.url);
  info(req.url);
  out(req.url);
}
export function onPath(req: IncomingMessage) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  warn(\`slow \${path}\`);
  print('done', path);
}
`;
    expect(reported(code)).toEqual(['log-raw-url 9:16', 'log-raw-url 10:17', 'log-raw-url 11:8', 'log-raw-url 12:7']);
  });

  it("a capitalized Log imported from a module the analysis cannot see (MagicMirror's) is a logger by its name", () => {
    const code = `const Log = require('logger');
exports.cors = function (req, res) {
  const message = \`invalid url: \${req.url}\`;
  Log.error(message);
  Log.info(\`served \${req.path}\`);
  return res.status(400).send(message);
};
`;
    expect(reported(code, 'server-functions.ts')).toEqual(['log-raw-url 4:13']);
  });
});

describe('formats and replacements carry the URL', () => {
  it('util.format and a template replace of the original URL, logged, are log-raw-url findings; of the path, none', () => {
    const code = `import util from 'node:util';
import { format } from 'util';
export function line(req: { method: string; originalUrl: string; path: string }) {
  console.log(util.format('%s %s', req.method, req.originalUrl));
  console.log(util.format('%s %s', req.method, req.path));
}
export function line2(req: { method: string; originalUrl: string; path: string }) {
  console.log(':method :url'.replace(':url', req.originalUrl));
  console.log(':method :url'.replace(':url', req.path));
}
export function line3(req: { originalUrl: string; path: string }) {
  console.log(format('%s %d%%', req.originalUrl, 3));
  console.log(format('%s %d%%', req.path, 3));
}
`;
    expect(untyped(code, 'format.ts').map(describeFinding)).toEqual(['log-raw-url 4:48', 'log-raw-url 8:46', 'log-raw-url 12:33']);
  });

  it('a credential replaced into a URL template is a finding; a room replaced in is not', () => {
    const code = `const SOCKET_URL = 'wss://api.example.com/ws?room={room}&token={token}';
export function connect(room: string) {
  const token = localStorage.getItem('token') ?? '';
  return new WebSocket(SOCKET_URL.replace('{room}', room).replace(/\\{token\\}/g, token));
}
export function join(room: string) {
  return new WebSocket('wss://api.example.com/ws?room={room}'.replace('{room}', room));
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 4:24']);
  });
});

describe('members read off a parameter', () => {
  it('`c.appID` under an ambiguous name (appid) is named by its member, an id: none; `c.appSecret` under secret is one', () => {
    const code = `export function token(c: { appID: string; appSecret: string }): Promise<Response> {
  return fetch(\`https://api.example.com/cgi-bin/token?appid=\${c.appID}&secret=\${c.appSecret}\`);
}
`;
    expect(reportedByBothDoors(code)).toEqual(['token-in-request-url 2:16']);
  });
});

describe('a separator chosen at run time', () => {
  it("`${url}${url.includes('?') ? '&' : '?'}token=…` is one finding under the parameter's name, not two", () => {
    const code = `export function withToken(url: string): Promise<Response> {
  return fetch(\`\${url}\${url.includes('?') ? '&' : '?'}access_token=\${localStorage.getItem('token')}\`);
}
`;
    expect(reportedByBothDoors(code)).toEqual(['token-in-request-url 2:16']);
  });
});

describe('destructured request parameters', () => {
  it('an Express middleware that destructures method and originalUrl and logs them is a log-raw-url finding; path, none', () => {
    const code = `import express from 'express';
const app = express();
app.use(({ method, originalUrl }, _res, next) => {
  console.log(method, originalUrl);
  next();
});
app.use(({ method, path }, _res, next) => {
  console.log(method, path);
  next();
});
`;
    expect(reported(code, 'server.ts')).toEqual(['log-raw-url 4:23']);
  });

  it('a handler typed by its request type: the url logged, the query token accepted; a url that is no request, none', () => {
    const code = `import type { IncomingMessage } from 'node:http';
import pino from 'pino';
const logger = pino();
export const logRequest = ({ url }: IncomingMessage) => logger.info(url);
export function stream({ url }: IncomingMessage, res: { end(body: string): void }) {
  const query = new URL(url ?? '/', 'http://localhost').searchParams;
  res.end(String(verify(query.get('token') ?? '')));
}
export const open = ({ url }: { url: string }) => logger.info(url);
export const list = (items: { url: string }[]) => items.forEach(({ url }) => logger.info(url));
declare function verify(token: string): boolean;
`;
    expect(reported(code, 'server.ts')).toEqual(['log-raw-url 4:69', 'query-token-accepted 7:25']);
  });

  it('an Express handler reading the token from a destructured query is query-token-accepted', () => {
    const code = `import type { Request, Response } from 'express';
export function handler({ query }: Request, res: Response) {
  res.json({ ok: verify(String(query.token)) });
}
declare function verify(token: string): boolean;
`;
    expect(untyped(code, 'handler.ts').map(describeFinding)).toEqual(['query-token-accepted 3:32']);
  });
});

describe('class members, defaults, promises', () => {
  it('a member set in the constructor or initialized from storage is followed into a method; a room member, none', () => {
    const code = `export class Live {
  private c: string | null;
  private d = localStorage.getItem('jwt');
  private room = 'lobby';
  bearer_token = '';
  constructor() {
    this.c = localStorage.getItem('jwt');
  }
  connect() {
    return new WebSocket(\`wss://api.example.com/live?c=\${this.c}&room=\${this.room}\`);
  }
  reconnect() {
    return new WebSocket(\`wss://api.example.com/live?d=\${this.d}&room=\${this.room}\`);
  }
  join() {
    return new WebSocket(\`wss://api.example.com/live?room=\${this.room}\`);
  }
  open() {
    // Set by an ORM: the empty initializer is a placeholder, the name still says what the member holds.
    return new WebSocket(\`wss://api.example.com/live?access_token=\${this.bearer_token}\`);
  }
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 10:26', 'ws-token-in-url 13:26', 'ws-token-in-url 20:26']);
  });

  it('a private method (#buildUrl) that appends the credential is followed to the socket its caller opens; a room, none', () => {
    const code = `export class Manager {
  #buildUrl(idx: number): string | undefined {
    const url = new URL(\`wss://api.example.com/ws/\${idx}\`);
    const token = localStorage.getItem('token');
    if (!token) return undefined;
    url.searchParams.append('token', token);
    return url.toString();
  }
  #roomUrl(room: string): string {
    return \`wss://api.example.com/ws?room=\${room}\`;
  }
  open(idx: number): WebSocket[] {
    const finalUrl = this.#buildUrl(idx);
    return finalUrl ? [new WebSocket(finalUrl), new WebSocket(this.#roomUrl('lobby'))] : [];
  }
}
`;
    expect(reportedByBothDoors(code)).toEqual(['ws-token-in-url 14:38']);
  });

  it("a constructor's parameter property is what the instance was made with, at the call and at the method", () => {
    const code = `export class Live {
  constructor(private readonly c: string) {}
  url() {
    return \`wss://api.example.com/live?c=\${this.c}\`;
  }
  connect() {
    return new WebSocket(this.url());
  }
}
const live = new Live(localStorage.getItem('jwt') ?? '');
export const socket = new WebSocket(live.url());
live.connect();
`;
    expect(reported(code)).toEqual(['ws-token-in-url 10:23', 'ws-token-in-url 11:37']);
  });

  it('a default parameter value and a promise of the credential are followed; a default room is no finding', () => {
    const code = `export function connect(c = localStorage.getItem('jwt')) {
  return new WebSocket(\`wss://api.example.com/live?c=\${c}\`);
}
export function open() {
  return Promise.resolve(localStorage.getItem('jwt')).then((c) => new WebSocket(\`wss://api.example.com/live?c=\${c}\`));
}
export function join(room = 'lobby') {
  return new WebSocket(\`wss://api.example.com/live?room=\${room}\`);
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 2:24', 'ws-token-in-url 5:81']);
  });
});

describe('functions a Vue plugin installs on every component', () => {
  const plugin = `import Vue from 'vue';

Vue.prototype.$downloadFile = (url, filename = null) => {
  const a = document.createElement('a');
  a.href = url;
  if (filename) a.download = filename;
  a.click();
};
`;
  const component = `<template><button @click="exportOpml">Export</button></template>

<script>
export default {
  methods: {
    exportOpml() {
      this.$downloadFile(\`/api/libraries/\${this.libraryId}/opml?token=\${this.$store.getters['user/getToken']}\`);
    },
    exportCsv() {
      this.$downloadFile(\`/api/libraries/\${this.libraryId}/export.csv\`);
    },
  },
};
</script>
`;

  function analyzed(files: Record<string, string>): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'urlleak-component-globals-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const { findings } = analyzeCode({ cwd: dir, files: Object.keys(files).map((name) => join(dir, name)) });
      return findings.map((finding) => `${finding.location.path.slice(dir.length + 1)} ${describeFinding(finding)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('this.$downloadFile(url) in a component calls Vue.prototype.$downloadFile of another file: the token is reported at the call', () => {
    expect(analyzed({ 'utils.js': plugin, 'Toolbar.vue': component })).toEqual(['Toolbar.vue token-in-request-url 7:26']);
  });

  it("Vue 3's app.config.globalProperties.$downloadFile is the same", () => {
    const vue3 = plugin
      .replace("import Vue from 'vue';", "import { createApp } from 'vue';\nconst app = createApp({});")
      .replace('Vue.prototype', 'app.config.globalProperties');
    expect(analyzed({ 'main.js': vue3, 'Toolbar.vue': component })).toEqual(['Toolbar.vue token-in-request-url 7:26']);
  });
});

describe('records rebuilt from their entries', () => {
  it('a query helper that drops undefined entries with reduce keeps the credential it is given; without one, nothing', () => {
    const code = `export function urlQuery(obj: Record<string, string | number | undefined>): string {
  const params = Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .reduce((a, [k, v]) => ((a[k] = v!), a), {} as Record<string, string | number>);
  return Object.entries(params)
    .map((e) => \`\${e[0]}=\${encodeURIComponent(e[1])}\`)
    .join('&');
}
export function stream(origin: string, user: { token: string } | null) {
  const query = urlQuery({ i: user?.token, _t: Date.now() });
  return new WebSocket(\`\${origin}/streaming?\${query}\`);
}
export function publicStream(origin: string) {
  return new WebSocket(\`\${origin}/streaming?\${urlQuery({ _t: Date.now() })}\`);
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 11:24']);
  });

  it('Object.fromEntries over filtered entries is the record it started from', () => {
    const code = `export function connect(token: string, room?: string) {
  const query = Object.fromEntries(Object.entries({ token, room }).filter(([, v]) => v !== undefined));
  return new WebSocket(\`wss://api.example.com/ws?\${new URLSearchParams(query)}\`);
}
export function join(room?: string) {
  const query = Object.fromEntries(Object.entries({ room }).filter(([, v]) => v !== undefined));
  return new WebSocket(\`wss://api.example.com/ws?\${new URLSearchParams(query)}\`);
}
`;
    expect(reported(code)).toEqual(['ws-token-in-url 3:24']);
  });
});

describe('the request destructured from a context object', () => {
  it("tRPC's createContext({ req }) logs the request URL and reads its query; a req that is no request, none", () => {
    const code = `import type { IncomingMessage } from 'node:http';
export const createContext = ({ req }: { req: IncomingMessage & { query: Record<string, string> } }) => {
  console.info('trpc', req.url);
  return { token: req.query.token };
};
export const describeJob = ({ req }: { req: { url: string; query: { token: string } } }) => {
  console.info('job', req.url);
  return req.query.token;
};
`;
    expect(typed(code, 'context.ts').map(describeFinding)).toEqual(['log-raw-url 3:24', 'query-token-accepted 4:19']);
    expect(untyped(code, 'context.ts').map(describeFinding)).toEqual([
      'log-raw-url 3:24',
      'log-raw-url 7:23',
      'query-token-accepted 4:19',
      'query-token-accepted 8:10',
    ]);
  });
});
