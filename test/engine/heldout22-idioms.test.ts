import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout22 showed the engine missing (its first, unseen score was taken before these were written). */

describe('vue-native-websocket installed with its URL', () => {
  it('`Vue.use(VueNativeSock, url, options)` opens a WebSocket to that URL (calibur-tv/Mahoo’s Nuxt plugin)', () => {
    const code = [
      "import Vue from 'vue';",
      "import Router from 'vue-router';",
      "import VueNativeSock from 'vue-native-websocket';",
      'export default function install(token: string) {',
      "  Vue.use(Router, 'wss://api.example.com/ws?token=' + token);",
      "  Vue.use(VueNativeSock, `wss://api.example.com/ws?token=${token}`, { format: 'json', connectManually: true });",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'plugins/socket.client.ts', [{ rule: 'ws-token-in-url', ...at(code, '`wss://'), level: 'error' }]);
  });

  it("Vue 3's `createApp(App).use(VueNativeSock, url)`", () => {
    const code = [
      "import { createApp } from 'vue';",
      "import VueNativeSock from 'vue-native-websocket';",
      'export function start(App: object, jwt: string) {',
      '  const app = createApp(App);',
      "  app.use(VueNativeSock, 'ws://10.0.0.5:9090/?access_token=' + jwt);",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'main.ts', [
      { rule: 'ws-token-in-url', ...at(code, "'ws://10"), level: 'error' },
      { rule: 'ws-insecure-scheme', ...at(code, "'ws://10"), level: 'warning' },
    ]);
  });
});

describe('a request URL with its first characters cut off', () => {
  it('`req.url.substr(1)` and `.slice(1)` still end in the query; a negative start or an end cut is not followed (websocket_chat)', () => {
    const code = [
      "import { WebSocketServer } from 'ws';",
      'const wss = new WebSocketServer({ port: 8080 });',
      'wss.on("connection", (ws, req) => {',
      '  console.log(req.url.substr(1));',
      '  console.log(req.url.slice(1));',
      '  console.log(req.url.slice(-4));',
      '  console.log(req.url.substring(0, 10));',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'server/index.ts', [
      { rule: 'ws-missing-origin-check', ...at(code, 'new WebSocketServer'), level: 'note' },
      { rule: 'log-raw-url', ...at(code, 'req.url.substr(1)'), level: 'warning' },
      { rule: 'log-raw-url', ...at(code, 'req.url.slice(1)'), level: 'warning' },
    ]);
  });
});

describe('a pino-http req serializer built on the default one', () => {
  it('`Object.assign(pino.stdSerializers.req(req), { body })` and a spread of it still log the URL (express-logging-prototype)', () => {
    const code = [
      "const pino = require('pino');",
      "const pinoHttp = require('pino-http');",
      'export const assigned = pinoHttp({',
      '  serializers: { req: (req: any) => Object.assign(pino.stdSerializers.req(req), { body: req.raw.body }) },',
      '});',
      'export const spread = pinoHttp({ serializers: { req: (req: any) => ({ ...pino.stdSerializers.req(req), id: req.id }) } });',
      'export const own = pinoHttp({ serializers: { req: (req: any) => ({ method: req.method, id: req.id }) } });',
      '',
    ].join('\n');
    expectBothDoors(code, 'pino-http.ts', [
      { rule: 'log-middleware-url', ...at(code, '{\n  serializers'), level: 'warning' },
      { rule: 'log-middleware-url', ...at(code, '{ serializers: { req: (req: any) => ({ ...'), level: 'warning' },
    ]);
  });
});

describe('VueUse auto-imported by Nuxt', () => {
  it('`useWebSocket(url)` called without an import is VueUse’s (live-session’s Pinia store)', () => {
    const code = [
      'export function connect() {',
      '  const { socketUrl } = useRuntimeConfig().public;',
      '  return useWebSocket(`ws://${socketUrl}:33333`, { autoReconnect: true });',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'composables/useSessionStore.ts', [{ rule: 'ws-insecure-scheme', ...at(code, '`ws://'), level: 'warning' }]);
  });
});
