import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout26 showed the engine missing (its first, unseen score was taken before these were written). */

describe('the SockJS global of a script tag', () => {
  it('`new SockJS(url)` with no import is the SockJS client (OVPN4ALL)', () => {
    const code = [
      "import Cookies from 'js-cookie';",
      'export const connect = (base) => {',
      "  const socket = new SockJS(`${base}/ws?ws-token=Bearer ${Cookies.get('jwt')}`);",
      '  return Stomp.over(socket);',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/lib/socket.ts', [{ rule: 'ws-token-in-url', ...at(code, '`${base}'), level: 'error' }]);
  });
});

describe('a module required inside a function', () => {
  it("`const WebSocket = require('ws')` in a method, then `new WebSocket.Server(…)`, is ws' server (Mimo-Crawler)", () => {
    const code = [
      'class WebsocketServer {',
      '  start = () => {',
      "    let WebSocket = require('ws');",
      "    this.server = new WebSocket.Server({ port: 4444, host: '0.0.0.0' });",
      "    this.server.on('connection', (connection) => connection.on('message', (message) => this.route(message)));",
      '  };',
      '}',
      'module.exports = WebsocketServer;',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/app/Server/websocketServer.js', [
      { rule: 'ws-missing-origin-check', ...at(code, 'new WebSocket.Server'), level: 'note' },
    ]);
  });
});
