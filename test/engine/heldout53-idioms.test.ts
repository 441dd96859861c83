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
