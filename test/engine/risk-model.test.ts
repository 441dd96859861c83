import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * The code engine asks the shared risk model (src/secrets/credential-risk.ts) what a value in a URL is: provenance
 * and names decide the level (issue #12). Each case is a pattern from real code (bench/real-world/triage.json).
 */
function findings(code: string): Finding[] {
  return analyzeSourceFile(ts.createSourceFile('/virtual/client.ts', code, ts.ScriptTarget.Latest, true));
}
const levels = (code: string) => findings(code).map((finding) => `${finding.ruleId}:${finding.level}:${finding.location.line}`);

describe('public by design', () => {
  it('a key read from a variable inlined into client bundles (NEXT_PUBLIC_, VITE_) is no finding', () => {
    expect(
      levels(`
        import { RealtimeClient } from '@supabase/realtime-js';
        const NEXT_PUBLIC_SUPABASE_KEY = process.env.NEXT_PUBLIC_SUPABASE_KEY;
        export const socket = new RealtimeClient(process.env.NEXT_PUBLIC_SUPABASE_URL, { params: { apikey: NEXT_PUBLIC_SUPABASE_KEY } });
        export const maps = fetch(\`https://api.example.com/tiles?access_token=\${import.meta.env.VITE_MAPBOX_TOKEN}\`);
      `),
    ).toEqual([]);
  });

  it('a variable named for a public key is no finding; a secret key beside it still is', () => {
    expect(
      levels(`
        declare const supabaseAnonKey: string;
        declare const serviceRoleKey: string;
        new WebSocket(\`wss://x.supabase.co/realtime/v1/websocket?apikey=\${supabaseAnonKey}\`);
        new WebSocket(\`wss://x.supabase.co/realtime/v1/websocket?apikey=\${serviceRoleKey}\`);
      `),
    ).toEqual(['ws-token-in-url:error:5']);
  });

  it('a publishable key or a documentation example written in the URL is no finding; a secret key is', () => {
    expect(
      levels(`
        fetch('https://api.example.com/v1/checkout?key=pk_live_51HqLyjWDarjtT1zdp7dcXYZab');
        fetch('https://sts.example.com/?access_key=AKIAIOSFODNN7EXAMPLE');
        fetch('https://api.example.com/v1/charges?key=sk_live_51HqLyjWDarjtT1zdp7dcXYZab');
      `),
    ).toEqual(['token-in-request-url:error:4']);
  });
});

describe('tickets by provenance', () => {
  it("a token made by a ticket function is a note that says what must hold; the message names the function's call", () => {
    const [finding, ...rest] = findings(`
      import jwt from 'jsonwebtoken';
      function getTransferToken(userId: string) {
        return jwt.sign({ id: userId, type: 'transfer' }, 'secret');
      }
      function getSessionToken(userId: string) {
        return jwt.sign({ id: userId }, 'secret');
      }
      export function redirect(res: { redirect(url: string): void }, userId: string) {
        res.redirect(\`/desktop-redirect?token=\${getTransferToken(userId)}\`);
      }
      export function leak(res: { redirect(url: string): void }, userId: string) {
        res.redirect(\`/auth?token=\${getSessionToken(userId)}\`);
      }
    `);
    expect(finding?.level).toBe('note');
    expect(finding?.message).toContain('a ticket (getTransferToken): acceptable when the server consumes it once and checks its expiry');
    expect(finding?.flow?.map((step) => step.message)).toContain('returned by `getTransferToken(userId)`');
    expect(rest.map((other) => `${other.level}:${other.location.line}`)).toEqual(['error:13']);
  });

  it('a JWT issued for at most five minutes: with a jti a ticket (note), without one short-lived (warning); longer, a credential', () => {
    expect(
      levels(`
        import jwt from 'jsonwebtoken';
        import { SignJWT } from 'jose';
        declare const key: string;
        export async function handoff(req: unknown, res: { redirect(url: string): void }) {
          const ticket = jwt.sign({ sub: 'u' }, key, { expiresIn: '60s', jwtid: crypto.randomUUID() });
          res.redirect(\`/handoff?token=\${ticket}\`);
          const reusable = jwt.sign({ sub: 'u' }, key, { expiresIn: 120 });
          res.redirect(\`/handoff?token=\${reusable}\`);
          const session = jwt.sign({ sub: 'u', jti: 'j' }, key, { expiresIn: '30d' });
          res.redirect(\`/handoff?token=\${session}\`);
          const joseTicket = await new SignJWT({ sub: 'u' }).setJti('j1').setExpirationTime('2m').sign(new Uint8Array(32));
          res.redirect(\`/handoff?token=\${joseTicket}\`);
        }
      `),
    ).toEqual([
      'token-in-request-url:note:7',
      'token-in-request-url:warning:9',
      'token-in-request-url:error:11',
      'token-in-request-url:note:13',
    ]);
  });

  it('a token fetched from a ticket endpoint is a note; one fetched from a session endpoint an error', () => {
    expect(
      levels(`
        export async function connect() {
          const { token } = await (await fetch('/api/ws-ticket', { method: 'POST' })).json();
          new WebSocket(\`wss://api.example.com/ws?token=\${token}\`);
          const { accessToken } = await (await fetch('/api/session')).json();
          new WebSocket(\`wss://api.example.com/ws?token=\${accessToken}\`);
        }
      `),
    ).toEqual(['ws-token-in-url:note:4', 'ws-token-in-url:error:6']);
  });

  it('a variable named a ticket is a note', () => {
    expect(
      levels(`
        declare function fetchWsTicket(): Promise<string>;
        export async function connect() {
          const wsTicket = await fetchWsTicket();
          return new WebSocket(\`wss://api.example.com/ws?ticket=\${wsTicket}\`);
        }
      `),
    ).toEqual(['ws-token-in-url:note:5']);
  });
});

describe('not a credential, or not through a proxy', () => {
  it("Engine.IO's sid in an Engine.IO URL is a transport id (note); sid elsewhere stays a session id", () => {
    expect(
      levels(`
        import http from 'node:http';
        declare function getSidFromResponse(res: unknown): string;
        const sid = getSidFromResponse({});
        http.get({ port: 3000, path: '/engine.io/?transport=polling&sid=' + sid });
        fetch('/socket.io/?EIO=4&transport=polling&sid=' + sid);
        fetch('https://shop.example.com/cart?sid=' + sid);
      `),
    ).toEqual(['token-in-request-url:note:5', 'token-in-request-url:note:6', 'token-in-request-url:error:7']);
  });

  it('a custom-scheme deep link hands the token to an app, not to a proxy: no finding', () => {
    expect(
      levels(`
        declare const token: string;
        window.open(\`outline://\${window.location.host}/auth/redirect?token=\${token}\`, '_self');
        window.open(\`https://\${window.location.host}/auth/redirect?token=\${token}\`, '_self');
      `),
    ).toEqual(['token-in-request-url:error:4']);
  });
});

describe('headers are not the URL', () => {
  it('a token in the headers of an options object a wrapper passes to axios.request is no URL finding; one in its url is', () => {
    expect(
      levels(`
        import axios from 'axios';
        export class Monitor {
          bearer_token = '';
          async check(url: string) {
            let bearerAuthHeader = {};
            bearerAuthHeader = { Authorization: 'Bearer ' + this.bearer_token };
            const options = { url, method: 'get', headers: { Accept: '*/*', ...bearerAuthHeader } };
            await this.makeAxiosRequest(options);
            await this.makeAxiosRequest({ url: 'https://status.example.com/health?access_token=' + this.bearer_token });
          }
          async makeAxiosRequest(options: object) {
            return axios.request(options);
          }
        }
      `),
    ).toEqual(['token-in-request-url:error:10']); // at the caller that passes the secret
  });
});

describe('names of a resource, not a credential', () => {
  it('a room or conversation "token" in a URL is no finding by its name alone', () => {
    expect(
      levels(`
        declare const notification: { host: string; conversationToken: string; roomToken: string };
        fetch(\`\${notification.host}/ocs/v2.php/apps/spreed/api/v1/bot/\${notification.conversationToken}/message\`);
        fetch(\`\${notification.host}/chat?room_token=\${notification.roomToken}\`);
      `),
    ).toEqual([]);
  });
});

describe('one finding per leak at a helper', () => {
  it("a helper's parameter named like a secret, filled by its caller: one finding, with the caller's value; branches of one URL are one", () => {
    const found = findings(`
      declare const defaults: { clientSecret: string };
      declare const authentication: { clientSecret: string };
      function refresh({ refreshToken, clientSecret }: { refreshToken: string; clientSecret?: string }) {
        const query = new URLSearchParams({ client_secret: clientSecret || defaults.clientSecret, refresh_token: refreshToken });
        return fetch(\`https://gitlab.example.com/oauth/token?\${query.toString()}\`, { method: 'POST' });
      }
      declare const stored: { refreshToken: string };
      refresh({ refreshToken: stored.refreshToken, clientSecret: authentication.clientSecret });
    `);
    expect(found.map((finding) => [finding.properties?.['parameter'], finding.properties?.['source']])).toEqual([
      ['client_secret', 'authentication.clientSecret'],
      ['refresh_token', 'stored.refreshToken'],
    ]);
  });
});

describe('hosts', () => {
  it('a key for an API that takes it only in the URL (Telegram) is a warning that says so', () => {
    const [finding] = findings(`
      declare const botToken: string;
      fetch(\`https://api.telegram.org/bot\${botToken}/sendMessage\`);
    `);
    expect(finding?.level).toBe('warning');
    expect(finding?.message).toContain(
      'a key for the Telegram Bot API (bot token in the path), which takes it only in the URL: restrict the key',
    );
  });

  it("Mapbox's web services take the token only as access_token=: a warning; the same token to another API is an error", () => {
    const levels = (host: string) =>
      findings(`
      declare const mapboxToken: string;
      fetch(\`https://${host}/geocoding/v5/mapbox.places/paris.json?access_token=\${mapboxToken}\`);
    `).map((finding) => finding.level);
    expect(levels('api.mapbox.com')).toEqual(['warning']);
    expect(levels('geo.example.com')).toEqual(['error']);
  });

  it('allowedHosts accepts a host for the URL rules too', () => {
    const code = 'declare const apiKey: string;\nfetch(`https://metrics.corp.example/v1/push?api_key=${apiKey}`);\n';
    const source = ts.createSourceFile('/virtual/client.ts', code, ts.ScriptTarget.Latest, true);
    expect(analyzeSourceFile(source).map((finding) => finding.level)).toEqual(['error']);
    expect(analyzeSourceFile(source, { settings: { allowedHosts: ['*.corp.example'] } })).toEqual([]);
  });
});
