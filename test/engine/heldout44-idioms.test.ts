import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout44 to heldout46 showed the engine missing or misreading (their first, unseen scores were taken before these were written). */

describe("NestJS on Fastify: the adapter's Fastify options", () => {
  it('`new FastifyAdapter({ logger: true })` logs every request URL (nx-movie-db); a logger above info and no options are quiet', () => {
    const code = [
      "import { NestFactory } from '@nestjs/core';",
      "import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';",
      "import { AppModule } from './app.module';",
      'export async function bootstrap() {',
      '  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ logger: true }));',
      '  await app.listen(3000);',
      '}',
      "export const quiet = new FastifyAdapter({ logger: { level: 'warn' } });",
      'export const plain = new FastifyAdapter();',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/main.ts', [{ rule: 'log-middleware-url', ...at(code, 'logger: true'), level: 'warning' }]);
  });
});

describe("a React hook's function receives no server request", () => {
  it("`useCallback((req) => console.log(req.url))` of a WebView's navigation is none; getServerSideProps' req in the same file still is (tonkeeper)", () => {
    const code = [
      "import { createElement, useCallback } from 'react';",
      'export function Browser({ open }) {',
      '  const onNavigate = useCallback((req) => {',
      '    console.log(req.url);',
      '    return open(req.url);',
      '  }, [open]);',
      '  return createElement(WebView, { onShouldStartLoadWithRequest: onNavigate });',
      '}',
      'export async function getServerSideProps({ req, res }) {',
      '  console.log(req.url);',
      '  return { props: {} };',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/Browser.js', [{ rule: 'log-raw-url', ...at(code, 'req.url);\n  return { props'), level: 'warning' }]);
  });
});

describe('a passcode read from the query', () => {
  it("a Worker's room passcode from the upgrade URL's query is a credential accepted from the query (web-whiteboard-server)", () => {
    const code = [
      'export default {',
      '  async fetch(request, env) {',
      '    const url = new URL(request.url);',
      "    const passcode = url.searchParams.get('passcode');",
      "    if (passcode !== env.ROOM_PASSCODE) return new Response('forbidden', { status: 403 });",
      "    const room = url.searchParams.get('room');",
      '    return env.ROOMS.get(env.ROOMS.idFromName(room)).fetch(request);',
      '  },',
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/worker.js', [
      { rule: 'query-token-accepted', ...at(code, "url.searchParams.get('passcode')"), level: 'warning' },
    ]);
  });
});
