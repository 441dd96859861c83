import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout53 to heldout55 showed the engine missing (their first, unseen scores were taken before these were written). */

describe('EventSource clients of React Native and sse.js', () => {
  it('react-native-sse and sse.js take the URL as the EventSource does; a header is safe', () => {
    const code = [
      "import EventSource from 'react-native-sse';",
      "import { SSE } from 'sse.js';",
      '',
      'export function follow(baseUrl: string, jobId: string, accessToken: string) {',
      '  const stream = new EventSource(`${baseUrl}/api/jobs/${jobId}/stream?token=${encodeURIComponent(accessToken)}`);',
      '  const progress = new SSE(`${baseUrl}/api/jobs/${jobId}/progress?access_token=${accessToken}`);',
      "  const safe = new EventSource(`${baseUrl}/api/jobs/${jobId}/events`, { headers: { Authorization: { toString: () => 'Bearer ' + accessToken } } });",
      '  return [stream, progress, safe];',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'hooks/useJobProgress.ts', [
      { rule: 'ws-token-in-url', ...at(code, '`${baseUrl}/api/jobs/${jobId}/stream'), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, '`${baseUrl}/api/jobs/${jobId}/progress'), level: 'error' },
    ]);
  });
});

describe('uWebSockets.js routes on an app passed in by its type', () => {
  it('`server.ws()` of a `TemplatedApp` parameter is judged as `App().ws()`: its upgrade handler must read the Origin', () => {
    const code = (check: string) =>
      [
        "import type { TemplatedApp, HttpRequest, HttpResponse, us_socket_context_t } from 'uWebSockets.js';",
        '',
        'const handleUpgrade = (res: HttpResponse, req: HttpRequest, context: us_socket_context_t): void => {',
        check,
        "  res.upgrade({ token: req.getParameter(0) }, req.getHeader('sec-websocket-key'), req.getHeader('sec-websocket-protocol'), req.getHeader('sec-websocket-extensions'), context);",
        '};',
        '',
        'export const configureWebsockets = (server: TemplatedApp) =>',
        "  server.ws('/api/websocket/:token', { idleTimeout: 120, upgrade: handleUpgrade, message: () => undefined });",
        '',
      ].join('\n');
    const plain = code('');
    expectBothDoors(plain, 'vendor/start/server.ts', [{ rule: 'ws-missing-origin-check', ...at(plain, '{ idleTimeout'), level: 'note' }]);
    expectBothDoors(
      code("  if (req.getHeader('origin') !== 'https://app.example.com') return void res.writeStatus('403').end();"),
      'vendor/start/server.ts',
      [],
    );
  });
});
