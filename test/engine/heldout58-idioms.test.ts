import { describe, expect, it } from 'vitest';
import { codeFindingsIn } from '../support/code-findings.js';
import { useTempProjects } from '../support/temp-project.js';
import { at, expectBothDoors, places } from '../support/both-doors.js';

/**
 * Idioms code heldout57 and heldout58 and the real-world triage's eight new repositories showed the engine missing or
 * reporting twice (their first, unseen scores were taken before these were written).
 */

const project = useTempProjects('heldout58');

const findingsIn = (files: Record<string, string>) => codeFindingsIn(project(files));

describe('a URL grown by `+=` in the expression that returns it', () => {
  it('`return wsUrl += `//${host}/ws?_tt=${getToken()}`` is the whole URL, as a later `return wsUrl` is', () => {
    const code = [
      'function getWsUrl() {',
      "  let wsUrl = location.protocol === 'https:' ? 'wss:' : 'ws:'",
      '  return wsUrl += `//${location.host}/api/ws?_tt=${localStorage.getItem("token")}`',
      '}',
      'export const socket = new WebSocket(getWsUrl())',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/views/detail.ts', [{ rule: 'ws-token-in-url', ...at(code, 'getWsUrl())'), level: 'error' }]);
  });
});

describe('a global one module sets on `window` and another reads', () => {
  const config = [
    "if (process.env.VUE_APP_FLAG === 'prod') window.socketUrl = 'wss://api.example.com/websocket'",
    "else window.socketUrl = 'ws://apidev.example.cn:9008/websocket'",
    "window.location = '/login'",
    '',
  ].join('\n');
  it("`window.socketUrl` is every value the program writes to it: the build's `ws://` to a remote host is found", async () => {
    const view = ['export function enter() {', '  const url = window.socketUrl', '  return new WebSocket(url)', '}', ''].join('\n');
    expect(await findingsIn({ 'src/utils/request.js': config, 'src/views/room.js': view })).toEqual([
      'ws-insecure-scheme src/views/room.js:3',
    ]);
  });
  it("the platform's own members are not followed: a write to `window.location` navigates, it sets no global", async () => {
    const view = ['export function track() {', "  return new WebSocket('wss://api.example.com/ws?from=' + window.location)", '}', ''].join(
      '\n',
    );
    expect(await findingsIn({ 'src/utils/request.js': config, 'src/views/track.js': view })).toEqual([]);
  });
});

describe('a Vuex action dispatched by its name', () => {
  it("`dispatch('initWebSocket', wsUrl)` passes the payload to the action's second parameter", async () => {
    const store = [
      "import { getToken } from '../utils/token'",
      'export default {',
      '  state: { websocket: null },',
      '  actions: {',
      '    initWebSocket({ state }, wsUrl) {',
      '      state.websocket = new WebSocket(wsUrl)',
      '    },',
      '    send({ state, dispatch }, data) {',
      '      if (!state.websocket) {',
      '        const wsUrl = `wss://iot.example.com/api/ws/telemetry?token=${getToken()}`',
      "        dispatch('initWebSocket', wsUrl)",
      '      }',
      '    },',
      '  },',
      '}',
      '',
    ].join('\n');
    const token = "export function getToken() { return localStorage.getItem('jwt_token') }\n";
    const page = [
      'export default {',
      '  methods: {',
      '    open() {',
      "      this.$store.dispatch('socket/initWebSocket', 'wss://iot.example.com/ws?access_token=' + localStorage.getItem('jwt'))",
      '    },',
      '  },',
      '}',
      '',
    ].join('\n');
    expect(await findingsIn({ 'src/store/modules/socket.js': store, 'src/utils/token.js': token, 'src/views/device.js': page })).toEqual([
      'ws-token-in-url src/store/modules/socket.js:11',
      'ws-token-in-url src/views/device.js:4',
    ]);
  });
});

describe("a URL's query read back through `new URL(url).search`", () => {
  it('`path: u.pathname + u.search` of https.request carries the `?key=` the caller put in the URL; the path alone does not', () => {
    const code = (path: string) =>
      [
        "import * as https from 'https';",
        '',
        'export class Feeds {',
        '  private get apiKey(): string {',
        "    return process.env.SAFE_BROWSING_KEY || '';",
        '  }',
        '  check() {',
        "    return this.post(`https://safebrowsing.example.com/v4/find?key=${this.apiKey}`, '{}');",
        '  }',
        '  private post(url: string, body: string) {',
        '    const u = new URL(url);',
        `    const request = https.request({ hostname: u.hostname, path: ${path}, method: 'POST' });`,
        '    request.end(body);',
        '  }',
        '}',
        '',
      ].join('\n');
    const withQuery = code('u.pathname + u.search');
    expectBothDoors(withQuery, 'src/domain/feeds.ts', [
      { rule: 'token-in-request-url', ...at(withQuery, '`https://safebrowsing'), level: 'error' },
    ]);
    expect(places(code('u.pathname'), 'src/domain/feeds.ts')).toEqual([]);
  });
});

describe('STOMP clients made by a factory', () => {
  it('`Stomp.client(url)` of stompjs, webstomp-client and the `Stomp` global opens a WebSocket to the URL', () => {
    const code = [
      "import Stomp from 'stompjs'",
      "import webstomp from 'webstomp-client'",
      'const token = sessionStorage.getItem("token")',
      "export const a = Stomp.client('wss://api.example.com/stomp?token=' + token)",
      "export const b = webstomp.client('wss://api.example.com/stomp?token=' + token)",
      "export const c = window.Stomp.client('ws://203.0.113.7:61614/stomp')",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/views/classroom.js', [
      { rule: 'ws-token-in-url', ...at(code, "'wss://api.example.com/stomp?token=' + token)"), level: 'error' },
      { rule: 'ws-token-in-url', line: 5, column: at(code, "'wss://api.example.com/stomp?token=' + token)").column + 3, level: 'error' },
      { rule: 'ws-insecure-scheme', ...at(code, "'ws://203.0.113.7"), level: 'warning' },
    ]);
  });
});

describe('one leak, one finding', () => {
  it("a caller that only passes on the object the helper reads the token from is no second finding (parse-server's auth adapters)", () => {
    const code = [
      'function graphRequest(path) {',
      "  return fetch('https://graph.example.com/' + path);",
      '}',
      'function validateGraphToken(authData) {',
      "  return graphRequest('me?fields=id&access_token=' + authData.access_token);",
      '}',
      'export function validateAuthData(authData) {',
      '  return validateGraphToken(authData);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/adapters/auth/graph.js', [{ rule: 'token-in-request-url', ...at(code, "'me?fields=id"), level: 'error' }]);
  });
  it("callers that pass on the settings a helper reads its key from add no finding, for the key's URL or its parameter (uptime-kuma's FlashDuty)", () => {
    const code = [
      "const axios = require('axios');",
      'function post(notification) {',
      "  const url = notification.integrationKey.startsWith('http') ? notification.integrationKey : 'https://api.example.com/push?integration_key=' + notification.integrationKey;",
      "  return axios.request({ method: 'POST', url });",
      '}',
      'exports.sendUp = (notification) => post(notification);',
      'exports.sendDown = (notification) => post(notification);',
      '',
    ].join('\n');
    expect(new Set(places(code, 'server/providers/flashduty.js').map(({ rule, line }) => `${rule}:${line}`))).toEqual(
      new Set(['token-in-request-url:4']),
    );
  });
  it("a sink reached through several callers that add nothing is reported once (GrowthBook's `track({ clientKey })`)", () => {
    const code = [
      'async function track({ clientKey, events }) {',
      '  await fetch(`https://ingest.example.com/track?client_key=${clientKey}`, { method: "POST", body: JSON.stringify(events) });',
      '}',
      'export function pluginA(options) {',
      '  return (events) => track({ clientKey: options.clientKey, events });',
      '}',
      'export function pluginB(settings) {',
      '  return (events) => track({ clientKey: settings.clientKey, events });',
      '}',
      '',
    ].join('\n');
    expect(places(code, 'src/plugins/tracking.js').map(({ rule, line }) => `${rule}:${line}`)).toEqual(['token-in-request-url:2']);
  });
});

describe('a listener parameter named `request`', () => {
  it("`ws.on('message', (request) => …)` receives a message, not an HTTP request: logging it logs no URL", () => {
    const code = (event: string) =>
      [
        "import { WebSocketServer } from 'ws';",
        'const logger = console;',
        'const wss = new WebSocketServer({ port: 8080, verifyClient: (info) => info.origin === "https://app.example.com" });',
        `wss.on('${event}', (request, socket) => {`,
        "  logger.error('unable to parse request', request);",
        '});',
        '',
      ].join('\n');
    expect(places(code('message'), 'src/live/server.js')).toEqual([]);
    expect(places(code('upgrade'), 'src/live/server.js').map(({ rule }) => rule)).toEqual(['log-raw-url']);
  });
});

describe("a NestJS app's own socket.io adapter", () => {
  it('`super.createIOServer(port, { ...options, allowRequest })` with an allowRequest that reads the Origin checks every gateway', () => {
    const code = (check: string) =>
      [
        "import { IoAdapter } from '@nestjs/platform-socket.io';",
        "import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';",
        '',
        'export class SocketIoAdapter extends IoAdapter {',
        '  createIOServer(port: number, options?: any) {',
        '    return super.createIOServer(port, { ...options, allowRequest: (req, callback) => this.allowRequest(req, callback) });',
        '  }',
        '  allowRequest(req: any, callback: (err: Error | null, allow: boolean) => void) {',
        check,
        '    callback(null, true);',
        '  }',
        '}',
        '',
        '@WebSocketGateway()',
        'export class EventsGateway {',
        '  @WebSocketServer() server: any;',
        '}',
        '',
      ].join('\n');
    expect(
      places(code("    if (req.headers.origin !== 'https://panel.example.com') return callback(null, false);"), 'src/gateway/events.ts'),
    ).toEqual([]);
    const open = code('    if (!req.headers.cookie) return callback(null, false);');
    expect(places(open, 'src/gateway/events.ts').map(({ rule, line }) => `${rule}:${line}`)).toEqual(['ws-missing-origin-check:14']);
  });
});

describe('a function a module exports as itself', () => {
  it('`module.exports = (options, …) => https.request(options)` and `export default (url) => fetch(url)` are called by the names importers bind', async () => {
    const helper = [
      "const https = require('https');",
      'module.exports = (options, postData, callback) => {',
      '  const req = https.request(options, (res) => callback(res));',
      '  req.end(postData);',
      '};',
      '',
    ].join('\n');
    const controller = [
      "const sendRequest = require('../libs/httpsRequest.js');",
      'exports.reply = (id, text) => {',
      "  const options = { hostname: 'graph.example.com', path: '/v2/messages?access_token=' + process.env.FB_TOKEN, method: 'POST' };",
      '  sendRequest(options, JSON.stringify({ id, text }), () => {});',
      '};',
      '',
    ].join('\n');
    const postHelper = ['export default (url) => fetch(url, { method: "POST" })', ''].join('\n');
    const notify = [
      "import post from '../libs/post'",
      "export const send = () => post('https://api.example.com/notify?api_key=' + process.env.NOTIFY_KEY)",
      '',
    ].join('\n');
    expect(
      await findingsIn({
        'src/libs/httpsRequest.js': helper,
        'src/controllers/message.js': controller,
        'src/libs/post.js': postHelper,
        'src/controllers/notify.js': notify,
      }),
    ).toEqual(['token-in-request-url src/controllers/message.js:4', 'token-in-request-url src/controllers/notify.js:2']);
  });
});
