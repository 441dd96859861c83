import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { at, expectBothDoors } from '../support/both-doors.js';
import { useTempProjects } from '../support/temp-project.js';

/**
 * A project's own connection class (Digigit24/kumsserp's ReconnectingWebSocket): its constructor keeps the URL in a
 * field and a method opens the socket with it, so `new ThatClass(url)` is the sink for `url`.
 */
describe('a wrapper class whose field is a sink URL', () => {
  const project = useTempProjects('wrapper-class-sink');

  const scan = (files: Record<string, string>) => {
    const directory = project(files);
    const paths = Object.keys(files).map((name) => join(directory, name));
    const program = ts.createProgram(paths, { noEmit: true, strict: true, types: [] });
    return analyzeProgram(program, paths).map((finding) => ({
      rule: finding.ruleId,
      line: finding.location.line,
      column: finding.location.column,
    }));
  };

  const wrapper = [
    'export class ReconnectingWebSocket {',
    '  private url: string;',
    '  private protocols?: string | string[];',
    '  private socket: WebSocket | null = null;',
    '  constructor(url: string, protocols?: string | string[]) {',
    '    this.url = url;',
    '    this.protocols = protocols;',
    '    this.connect();',
    '  }',
    '  private connect() {',
    '    this.socket = new WebSocket(this.url, this.protocols);',
    '  }',
    '}',
    'export default ReconnectingWebSocket;',
    '',
  ].join('\n');

  it('reports the construction of a class from another module at the argument the caller passes', () => {
    const hook = [
      "import ReconnectingWebSocket from '../utils/ReconnectingWebSocket';",
      'export const useChatWebSocket = (token: string | null, baseUrl: string) => {',
      '  const wsUrl = `${baseUrl}/?token=${token}`;',
      '  const socket = new ReconnectingWebSocket(wsUrl);',
      '  return socket;',
      '};',
      '',
    ].join('\n');
    const found = scan({ 'src/utils/ReconnectingWebSocket.ts': wrapper, 'src/hooks/useChatWebSocket.ts': hook });
    expect(found).toEqual([{ rule: 'ws-token-in-url', ...at(hook, 'wsUrl);') }]);
  });

  // kumsserp's notification socket: the Sidebar passes the `token` it destructured from `useAuth()` (a secret by its
  // name only) to the hook, which writes `?token=` around it and hands the URL to the wrapper class: reported at the
  // hook, where the query parameter is written, not at the wrapper's sink nor at the Sidebar.
  it('reports a name-only token two callers up at the hook that writes it into the query', () => {
    const hook = [
      "import ReconnectingWebSocket from '../utils/ReconnectingWebSocket';",
      'export const useNotificationWebSocket = (token: string | null) => {',
      '  const wsUrl = `wss://api.example.com/ws/notifications/?token=${token}`;',
      '  return new ReconnectingWebSocket(wsUrl);',
      '};',
      '',
    ].join('\n');
    const sidebar = [
      "import { useNotificationWebSocket } from '../hooks/useNotificationWebSocket';",
      'declare function useAuth(): { user: string; token: string | null };',
      'export const Sidebar = () => {',
      '  const { user, token } = useAuth();',
      '  const socket = useNotificationWebSocket(token);',
      '  return [user, socket];',
      '};',
      '',
    ].join('\n');
    const found = scan({
      'src/utils/ReconnectingWebSocket.ts': wrapper,
      'src/hooks/useNotificationWebSocket.ts': hook,
      'src/components/Sidebar.tsx': sidebar,
    });
    expect(found).toEqual([{ rule: 'ws-token-in-url', ...at(hook, 'wsUrl);') }]);
  });

  it('reports a class in the same file, its socket opened by a method called later', () => {
    const code = [
      'class Channel {',
      '  private url: string;',
      '  private socket?: WebSocket;',
      '  constructor(url: string) {',
      '    this.url = url;',
      '  }',
      '  open() {',
      '    this.socket = new WebSocket(this.url);',
      '  }',
      '}',
      'export function start(token: string) {',
      '  const chatUrl = `wss://chat.example.com/ws?token=${token}`;',
      '  const channel = new Channel(chatUrl);',
      '  channel.open();',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'channel.ts', [{ rule: 'ws-token-in-url', ...at(code, 'chatUrl);'), level: 'error' }]);
  });

  it('reports a parameter property used as the URL', () => {
    const code = [
      'class Feed {',
      '  private source?: EventSource;',
      '  constructor(private readonly url: string) {',
      '    this.connect();',
      '  }',
      '  private connect() {',
      '    this.source = new EventSource(this.url);',
      '  }',
      '}',
      'export function follow(accessToken: string) {',
      "  const eventsUrl = 'https://api.example.com/events?access_token=' + accessToken;",
      '  return new Feed(eventsUrl);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'feed.ts', [{ rule: 'ws-token-in-url', ...at(code, 'eventsUrl);'), level: 'error' }]);
  });

  it('does not report a field that is only a room name beside a constant URL', () => {
    const code = [
      'class Room {',
      '  private socket?: WebSocket;',
      '  constructor(private readonly room: string) {',
      '    this.connect();',
      '  }',
      '  private connect() {',
      "    this.socket = new WebSocket('wss://chat.example.com/ws');",
      "    this.socket.addEventListener('open', () => this.socket?.send(this.room));",
      '  }',
      '}',
      'export function join(token: string) {',
      '  return new Room(`room?token=${token}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'room.ts', []);
  });
});
