import { describe, expect, it } from 'vitest';
import { codeFindingsIn } from '../support/code-findings.js';
import { useTempProjects } from '../support/temp-project.js';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout56 and heldout57 showed the engine missing (their first, unseen scores were taken before these were written). */

const project = useTempProjects('heldout56');

/** A WebSocket wrapper written as a singleton, as JavaScript writes it (`static instance = null`). */
const SOCKET_SERVICE = [
  'export default class SocketService {',
  '  static instance = null',
  '  static get Instance() {',
  '    if (!this.instance) this.instance = new SocketService()',
  '    return this.instance',
  '  }',
  '  static getInstance() {',
  '    if (!SocketService.instance) SocketService.instance = new SocketService()',
  '    return SocketService.instance',
  '  }',
  '  static get count() {',
  '    return 1',
  '  }',
  '  connect(url) {',
  '    this.ws = new WebSocket(url)',
  '  }',
  '}',
  '',
].join('\n');

const findingsIn = (files: Record<string, string>) => codeFindingsIn(project(files));

describe('a singleton WebSocket wrapper', () => {
  it("`SocketService.Instance.connect(url)` and `getInstance().connect(url)` call the class's method: the token in the URL is found", async () => {
    const view = [
      "import SocketService from '../utils/websocket'",
      'export function start(info, appStore) {',
      "  SocketService.Instance.connect(info.ws_addr + '/cust/' + appStore.token)",
      "  SocketService.getInstance().connect(info.ws_addr + '/agent?token=' + appStore.token)",
      "  SocketService.count.connect(info.ws_addr + '/cust/' + appStore.token)",
      '}',
      '',
    ].join('\n');
    expect(await findingsIn({ 'src/utils/websocket.js': SOCKET_SERVICE, 'src/views/chat.js': view })).toEqual([
      'ws-token-in-url src/views/chat.js:3',
      'ws-token-in-url src/views/chat.js:4',
    ]);
  });
});

describe('the `@/` alias of a project without a tsconfig', () => {
  it('`@/utils/websocket` is `src/utils/websocket` (Vue CLI and Vite templates), as `~/` is', async () => {
    const view = (alias: string) =>
      [
        `import SocketService from '${alias}/utils/websocket'`,
        'export function start(info, appStore) {',
        "  new SocketService().connect(info.ws_addr + '?token=' + appStore.token)",
        '}',
        '',
      ].join('\n');
    expect(
      await findingsIn({ 'src/utils/websocket.js': SOCKET_SERVICE, 'src/views/at.js': view('@'), 'src/views/tilde.js': view('~') }),
    ).toEqual(['ws-token-in-url src/views/at.js:3', 'ws-token-in-url src/views/tilde.js:3']);
  });
});

describe('a verifyClient bound to its class', () => {
  it('`verifyClient: this.verify.bind(this)` is the method: one that never reads the Origin leaves the server open', () => {
    const code = (check: string) =>
      [
        "import { WebSocketServer } from 'ws';",
        '',
        'export class Server {',
        '  constructor(config) {',
        '    this.config = config;',
        '  }',
        '  verify(info, done) {',
        check,
        '    this.config.modules.verify(info, (allowed) => done(allowed));',
        '  }',
        '  listen() {',
        '    return new WebSocketServer({ port: this.config.port, verifyClient: this.verify.bind(this) });',
        '  }',
        '}',
        '',
      ].join('\n');
    const open = code('');
    expectBothDoors(open, 'src/core/server.js', [{ rule: 'ws-missing-origin-check', ...at(open, 'new WebSocketServer'), level: 'note' }]);
    expectBothDoors(code("    if (info.origin !== 'https://app.example.com') return done(false);"), 'src/core/server.js', []);
  });
});

describe("a query parameter of an ambiguous name kept under a credential's", () => {
  it("`const apiKey = url.searchParams.get('key')` in an upgrade handler is a key accepted from the query; `const page = …get('key')` is not", () => {
    const code = (variable: string) =>
      [
        "import { WebSocketServer } from 'ws';",
        '',
        'export function attach(server, users) {',
        '  const wss = new WebSocketServer({ noServer: true });',
        "  server.on('upgrade', async (req, socket, head) => {",
        '    const url = new URL(req.url, `http://${req.headers.host}`);',
        `    const ${variable} = url.searchParams.get('key');`,
        `    const user = await users.findByKey(${variable});`,
        '    if (!user) return socket.destroy();',
        "    if (req.headers.origin !== 'https://app.example.com') return socket.destroy();",
        "    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));",
        '  });',
        '}',
        '',
      ].join('\n');
    const kept = code('apiKey');
    expectBothDoors(kept, 'server/proxy-stream.js', [
      { rule: 'query-token-accepted', ...at(kept, "url.searchParams.get('key')"), level: 'warning' },
    ]);
    expectBothDoors(code('cacheEntry'), 'server/proxy-stream.js', []);
  });
});
