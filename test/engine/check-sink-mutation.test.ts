import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * Decisions of the sink checks (src/engine/judge/check-sink.ts) and of the walk up to callers
 * (judge-with-callers.ts) that mutants changed without a test noticing (docs/mutation-testing.md).
 */
function findings(code: string): Finding[] {
  return analyzeSourceFile(ts.createSourceFile('/virtual/client.ts', code, ts.ScriptTarget.Latest, true));
}
const summary = (found: readonly Finding[]) =>
  found.map((finding) => ({
    line: finding.location.line,
    parameter: finding.properties?.['parameter'],
    source: finding.properties?.['source'],
  }));

describe('check-sink', () => {
  it('a query string assigned to socket.io opts.query is read as a query: the parameter is named', () => {
    const found = findings(`
      import { io } from 'socket.io-client';
      declare const token: string;
      const socket = io('https://chat.example.com');
      socket.io.opts.query = \`token=\${token}\`;
    `);
    expect(summary(found)).toEqual([{ line: 5, parameter: 'token', source: 'token' }]);
  });

  it('a URL in an options property is reported at the property; a query option finding has no suggestion without a safe rename', () => {
    const [finding, ...rest] = findings(`
      import axios from 'axios';
      declare const accessToken: string;
      axios({ url: \`https://api.example.com/me?access_token=\${accessToken}\` });
    `);
    expect(rest).toEqual([]);
    expect(finding?.location).toMatchObject({ line: 4, column: 15 });
    const [query] = findings(`
      import axios from 'axios';
      declare const accessToken: string;
      axios.get('https://api.example.com/me', { params: { access_token: accessToken } });
    `);
    expect(query?.properties?.['parameter']).toBe('access_token');
    expect(query?.suggestions).toBeUndefined();
  });

  it('a navigation is judged as a URL: a secret in its path has no parameter name', () => {
    expect(summary(findings('declare const accessToken: string;\nlocation.href = `/reset/${accessToken}`;\n'))).toEqual([
      { line: 2, parameter: null, source: 'accessToken' },
    ]);
  });

  it('a URL finding carries no suggestion', () => {
    const [finding] = findings('declare const accessToken: string;\nfetch(`/api/me?access_token=${accessToken}`);\n');
    expect(finding?.suggestions).toBeUndefined();
  });

  it("SignalR's accessTokenFactory puts the token in the URL unless the transport is long polling only", () => {
    const connect = (transport: string) =>
      findings(`
        import { HubConnectionBuilder, HttpTransportType } from '@microsoft/signalr';
        declare function getToken(): string;
        new HubConnectionBuilder().withUrl('/hub', { accessTokenFactory: () => getToken()${transport} }).build();
      `);
    const [finding] = connect('');
    expect(finding?.flow?.[0]?.message).toBe('accessTokenFactory supplies the token the client appends as access_token');
    expect(connect(', transport: HttpTransportType.LongPolling')).toEqual([]);
    expect(connect(', transport: HttpTransportType.LongPolling | HttpTransportType.WebSockets')).toHaveLength(1);
  });

  it('options objects chosen by a condition: the query option of either, and the url (not the headers) of either', () => {
    expect(
      summary(
        findings(`
          import axios from 'axios';
          declare const accessToken: string;
          declare const signedIn: boolean;
          axios.get('https://api.example.com/me', signedIn ? { params: { access_token: accessToken } } : {});
        `),
      ).map((found) => found.parameter),
    ).toEqual(['access_token']);
    expect(
      findings(`
        import axios from 'axios';
        declare const bearer: string;
        declare const retry: boolean;
        async function send(options: object) {
          return axios.request(options);
        }
        send(retry ? { url: '/a', headers: { Authorization: bearer } } : { url: '/b', headers: { Authorization: bearer } });
      `),
    ).toEqual([]);
  });
});

describe('judge-with-callers', () => {
  const chain = (levels: number) => {
    const helpers = Array.from({ length: levels }, (_, index) =>
      index === 0 ? 'function f0(url: string) { return fetch(url); }' : `function f${index}(url: string) { return f${index - 1}(url); }`,
    );
    return `declare const accessToken: string;\n${helpers.join('\n')}\nf${levels - 1}(\`/me?access_token=\${accessToken}\`);\n`;
  };

  it('follows a sink up to three callers, not four', () => {
    expect(findings(chain(3))).toHaveLength(1);
    expect(findings(chain(4))).toEqual([]);
  });

  it('two secrets in one URL path are two findings (no parameter names them)', () => {
    expect(
      findings('declare const accessToken: string;\ndeclare const refreshToken: string;\nfetch(`/a/${accessToken}/b/${refreshToken}`);\n'),
    ).toHaveLength(2);
  });

  it("a helper's parameter named like a secret is left to callers that name it, plain or destructured", () => {
    const plain = findings(`
            function send(token: string) {
        return fetch(\`/x?token=\${token}\`);
      }
      send(localStorage.getItem('access_token'));
    `);
    expect(summary(plain).map((found) => found.source)).toEqual(["localStorage.getItem('access_token')"]);
    const destructured = findings(`
            function send({ token }: { token: string }) {
        return fetch(\`/x?token=\${token}\`);
      }
      send({ token: localStorage.getItem('access_token') });
    `);
    expect(summary(destructured).map((found) => found.source)).toEqual(["localStorage.getItem('access_token')"]);
    const own = findings(`
            declare const session: { token: string };
      function send(token?: string) {
        return fetch(\`/x?token=\${session.token || token}\`);
      }
      send(localStorage.getItem('access_token'));
    `);
    // One leak per parameter in each view: the branch written first stands for the URL.
    expect(summary(own).map((found) => found.source)).toEqual(['session.token']);
  });
});
