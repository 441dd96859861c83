import { describe, expect, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';
import { codeFindingsIn } from '../support/code-findings.js';
import { useTempProjects } from '../support/temp-project.js';

/**
 * Idioms code heldout59 showed the engine missing (its first, unseen score was taken before these were written).
 */

describe('a scheme chosen by comparing `location.protocol` with a scheme written without its colon', () => {
  const socketOn = (condition: string) =>
    [
      'export function open() {',
      `  const protocol = ${condition} ? 'wss' : 'ws'`,
      '  const url = `${protocol}://${location.hostname}/ws`',
      '  return new WebSocket(url)',
      '}',
      '',
    ].join('\n');

  it("`location.protocol === 'https'` never holds (the property ends in a colon): the socket is always ws://", () => {
    const code = socketOn("location.protocol === 'https'");
    expectBothDoors(code, 'src/services/websocket.service.ts', [{ rule: 'ws-insecure-scheme', ...at(code, 'url)'), level: 'warning' }]);
  });

  it("`=== 'https:'`, `!== 'http:'` and `startsWith('https')` are the page's own scheme: nothing to report", () => {
    for (const condition of [
      "location.protocol === 'https:'",
      "window.location.protocol !== 'http:'",
      "location.protocol.startsWith('https')",
    ])
      expectBothDoors(socketOn(condition), 'src/services/websocket.service.ts', []);
  });
});

describe('express-ws routes on an Express router in a file of their own', () => {
  const project = useTempProjects('heldout59');
  const findingsIn = (files: Record<string, string>) => codeFindingsIn(project(files));
  const route = (handler: string) =>
    [
      "const express = require('express')",
      "const SocketService = require('./SocketService')",
      'const router = express.Router()',
      `router.ws('/', ${handler})`,
      'module.exports = router',
      '',
    ].join('\n');
  const setup = (options: string) =>
    [
      "const express = require('express')",
      'const app = express()',
      `require('express-ws')(app${options})`,
      "app.use('/ws', require('./ws'))",
      'app.listen(8080)',
      '',
    ].join('\n');
  const open = '(ws, req) => { SocketService.register(ws) }';

  it('`router.ws(path, handler)` is a route express-ws gives the router: judged where it is, in either door', async () => {
    const code = route(open);
    expectBothDoors(code, 'server/ws.js', [{ rule: 'ws-missing-origin-check', ...at(code, 'router.ws'), level: 'note' }]);
    // The setup has no route of its own: the router's route carries the finding, once.
    expect(await findingsIn({ 'src/server/index.js': setup(''), 'src/server/ws.js': code })).toEqual([
      'ws-missing-origin-check src/server/ws.js:4',
    ]);
  });

  it("a handler that reads the Origin, or the setup's verifyClient that does, checks the route", async () => {
    const checked = route(
      "(ws, req) => { if (req.headers.origin !== 'https://app.example.com') return ws.close(); SocketService.register(ws) }",
    );
    expectBothDoors(checked, 'server/ws.js', []);
    const verifyClient = ", null, { wsOptions: { verifyClient: (info) => info.origin === 'https://app.example.com' } }";
    expect(await findingsIn({ 'src/server/index.js': setup(verifyClient), 'src/server/ws.js': route(open) })).toEqual([]);
  });
});

describe("a box's value written later: Vue's `ref` and React's `useRef`", () => {
  it('`wsUrl.value = await buildUrl()` then `new WebSocket(wsUrl.value)` opens the URL the helper built', () => {
    const code = [
      "import { ref } from 'vue'",
      'export const useSocket = (token) => {',
      '  const wsUrl = ref(null)',
      '  const build = async (base) => `${base}?${new URLSearchParams({ v: "1", token })}`',
      '  const open = async (base) => {',
      '    wsUrl.value = await build(base)',
      '    return new WebSocket(wsUrl.value)',
      '  }',
      '  return { open }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/composables/useSocket.js', [{ rule: 'ws-token-in-url', ...at(code, 'wsUrl.value)'), level: 'error' }]);
  });

  it("React's `urlRef.current = url` likewise; a box that holds only a plain URL is nothing to report", () => {
    const code = [
      "import { useRef } from 'react'",
      'export function useFeed(token) {',
      '  const urlRef = useRef("wss://feed.example.com/ws")',
      '  urlRef.current = `wss://feed.example.com/ws?access_token=${token}`',
      '  return () => new WebSocket(urlRef.current)',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/hooks/useFeed.js', [{ rule: 'ws-token-in-url', ...at(code, 'urlRef.current)'), level: 'error' }]);
    const plain = code.replace('  urlRef.current = `wss://feed.example.com/ws?access_token=${token}`\n', '');
    expectBothDoors(plain, 'src/hooks/useFeed.js', []);
  });
});
