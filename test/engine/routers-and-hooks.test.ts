import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Client navigation and socket hooks that put a URL in the history or on the wire. */
describe('client routers', () => {
  it("Vue Router's push with a token in its query record, also through a component's this.$router; a page number is none", () => {
    const code = [
      "import { useRouter } from 'vue-router';",
      'export function useVerify(token) {',
      '  const router = useRouter();',
      "  router.push({ path: '/verify', query: { token } });",
      "  router.push({ name: 'list', query: { page: 2 } });",
      '}',
      'export default {',
      '  methods: {',
      '    reset(token) {',
      "      this.$router.replace('/reset?token=' + token);",
      '    },',
      '  },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'verify.js', [
      { rule: 'token-in-request-url', ...at(code, 'query: { token }'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, "'/reset?token=' + token"), level: 'error' },
    ]);
  });

  it("React Router's navigate() from useNavigate() with a token in the URL; a path alone is none", () => {
    const code = [
      "import { useNavigate } from 'react-router-dom';",
      'export function Done({ token }: { token: string }) {',
      '  const navigate = useNavigate();',
      '  navigate(`/reset?token=${token}`);',
      "  navigate('/home');",
      '  return null;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'done.tsx', [{ rule: 'token-in-request-url', ...at(code, '`/reset'), level: 'error' }]);
  });
});

describe('react-use-websocket', () => {
  it('useWebSocket(url) with a token in the URL or in queryParams; a token sent on open is none', () => {
    const code = [
      "import useWebSocket from 'react-use-websocket';",
      'export function Feed({ token }: { token: string }) {',
      '  useWebSocket(`wss://api.example.com/feed?token=${token}`);',
      "  useWebSocket('wss://api.example.com/feed', { queryParams: { token } });",
      "  useWebSocket('wss://api.example.com/feed', { onOpen: (event) => (event.target as WebSocket).send(token) });",
      '  return null;',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'feed.tsx', [
      { rule: 'ws-token-in-url', ...at(code, '`wss://'), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, 'queryParams:'), level: 'error' },
    ]);
  });
});
