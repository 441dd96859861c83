import { describe, expect, it } from 'vitest';
import { at, engine, expectBothDoors } from '../support/both-doors.js';

/** ws-insecure-scheme for clients that take an http:// URL and open the WebSocket over ws:// themselves. */
describe('http:// given to a client that upgrades it', () => {
  it('socket.io-client to a LAN address over http:// is reported; to localhost or over https:// it is not', () => {
    const code = [
      "import { io } from 'socket.io-client';",
      "const native = io.connect(isWeb ? 'http://localhost:3000' : 'http://192.168.1.49:3000');",
      "const secure = io('https://chat.example.com');",
      "const local = io('http://127.0.0.1:3000');",
      '',
    ].join('\n');
    expectBothDoors(code, 'socket.js', [{ rule: 'ws-insecure-scheme', ...at(code, 'isWeb ?'), level: 'warning' }]);
    const [finding] = engine(code, 'socket.js');
    expect(finding?.message).toContain('(http://192.168.1.49) is unencrypted (the client opens its WebSocket over ws://)');
    expect(finding?.suggestions?.[0]?.edits).toEqual([
      { start: code.indexOf('http://192'), end: code.indexOf('http://192') + 4, text: 'https' },
    ]);
  });

  it('the same URL with a choice between https and http for one host is the page scheme idiom; fetch over http is not a WebSocket', () => {
    const code = [
      "import io from 'socket.io-client';",
      "const scheme = location.protocol === 'https:' ? 'https://' : 'http://';",
      'const socket = io(scheme + location.host);',
      "fetch('http://api.example.com/items');",
      '',
    ].join('\n');
    expectBothDoors(code, 'socket.js', []);
  });
});
