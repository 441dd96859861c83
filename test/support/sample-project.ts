import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An obviously fake JWT, different per call site: generated, never pasted. */
export function fakeJwt(subject: string): string {
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: subject, iat: 1_791_792_900, exp: 1_791_796_500, jti: subject })}.not-a-real-signature`;
}

/**
 * A small project with the leaks urlleak looks for: clients putting tokens in WebSocket URLs, a server logging
 * req.url, access logs (plain and gzip) with tokens in query strings. Written to a fresh temporary directory.
 */
export function createSampleProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'urlleak-project-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'logs'));
  for (let index = 0; index < 9; index += 1) {
    writeFileSync(
      join(root, 'src', `client-${index}.ts`),
      [
        `const token${index} = localStorage.getItem('access_token') ?? '';`,
        `export const socket${index} = new WebSocket(\`wss://chat.example.com/ws?room=${index}&token=\${token${index}}\`);`,
        `export const events${index} = new EventSource('/events?access_token=' + token${index});`,
        '',
      ].join('\n'),
    );
  }
  writeFileSync(
    join(root, 'src', 'server.ts'),
    [
      'import express from "express";',
      'const app = express();',
      'app.use((req, _res, next) => {',
      '  console.log(`${req.method} ${req.url}`);',
      '  next();',
      '});',
      '',
    ].join('\n'),
  );
  for (let index = 0; index < 6; index += 1) {
    const lines = Array.from({ length: 20 }, (_unused, line) => {
      const query = line % 4 === 0 ? `room=${line}&token=${fakeJwt(`user-${index}-${line}`)}` : `page=${line}`;
      return `198.51.100.${index} - - [12/Oct/2026:08:15:${String(line).padStart(2, '0')} +0000] "GET /ws?${query} HTTP/1.1" 101 0 "-" "test-agent"`;
    });
    const text = `${lines.join('\n')}\n`;
    if (index === 5) writeFileSync(join(root, 'logs', `access-${index}.log.gz`), gzipSync(text));
    else writeFileSync(join(root, 'logs', `access-${index}.log`), text);
  }
  return root;
}
