import { describe, expect, it } from 'vitest';
import { LOG_LINE_STARTS, looksLikeLog, SNIFF_BYTES } from '../../src/files/sniff-log.js';

const text = (lines: readonly string[]) => Buffer.from(`${lines.join('\n')}\n`);

/** One real-looking line per family of `LOG_LINE_STARTS`, in its order. */
const LOG_LINES = [
  '2026-10-14T07:56:09.003456+00:00 heroku[router]: at=info method=GET path="/" status=200',
  '[14/Oct/2026 07:56:09] "GET / HTTP/1.1" 200 12',
  'Oct 14 07:56:09 web1 sshd[812]: Accepted publickey for deploy',
  '[Wed Oct 14 07:56:09.003456 2026] [core:error] [pid 12] AH00126: Invalid URI in request',
  '<34>1 2026-10-14T07:56:09.003Z web1 app 812 - - started',
  '1286536309.450    120 192.168.0.68 TCP_MISS/200 507 GET http://www.example.com/ - DIRECT/1.2.3.4 text/html',
  '203.0.113.7 - - [14/Oct/2026:07:56:09 +0000] "GET / HTTP/1.1" 200 12 "-" "curl/8"',
  '2001:db8::7 - - [14/Oct/2026:07:56:09 +0000] "GET / HTTP/1.1" 200 12 "-" "curl/8"',
  '{"__REALTIME_TIMESTAMP":"1791964569003000","MESSAGE":"started"}',
  '#Fields: date time cs-method cs-uri-stem cs-uri-query',
  'I, [2026-10-14T07:56:09.003456 #812]  INFO -- : Started GET "/"',
  'I1014 07:56:09.003456       1 main.go:42] serving',
  'WARNING:root:disk almost full',
  'time="2026-10-14T07:56:09Z" level=info msg="started"',
];

describe('looksLikeLog', () => {
  it('has one example line per family of line starts', () => {
    expect(LOG_LINES.map((line) => LOG_LINE_STARTS.findIndex(({ pattern }) => pattern.test(line)))).toEqual(
      LOG_LINE_STARTS.map((_, index) => index),
    );
  });

  it.each(LOG_LINES.map((line) => [line.slice(0, 40), line]))('a file of lines like %s… is a log', (_start, line) => {
    expect(looksLikeLog(text([line, line, line]), true)).toBe(true);
  });

  it.each([
    ['prose', ['MIT License', '', 'Copyright (c) 2026 Example', 'Permission is hereby granted, free of charge, to any person']],
    ['a shell script', ['#!/bin/sh', 'set -eu', 'exec node server.js "$@"']],
    ['a Makefile', ['build:', '\tnpm run build', 'test: build', '\tnpm test']],
    ['an environment file', ['DATABASE_URL=postgres://localhost/app', 'PORT=8080']],
    ['one dated line among prose', ['Release notes', '2026-10-14 07:56:09 was the cut-off', 'Fixed a crash', 'Faster startup']],
    ['nothing', []],
  ])('%s is not a log', (_name, lines) => {
    expect(looksLikeLog(text(lines), true)).toBe(false);
  });

  it('counts indented continuation lines (stack traces) for neither side', () => {
    const trace = ['\tat com.example.Filter.doFilter(Filter.java:42)', '\tat org.apache.catalina.Valve.invoke(Valve.java:9)'];
    expect(looksLikeLog(text(['2026-10-14 07:56:09,003 ERROR request failed', ...trace, ...trace, ...trace]), true)).toBe(true);
  });

  it('reads past a leading run of NUL bytes (what copytruncate leaves)', () => {
    expect(looksLikeLog(Buffer.concat([Buffer.alloc(100), text([LOG_LINES[2] ?? ''])]), true)).toBe(true);
  });

  it('leaves a cut last line out, and judges a single line longer than the sniff by its start', () => {
    const cut = Buffer.from(`${LOG_LINES[0]}\n${LOG_LINES[0]}\nplain words that were cut`);
    expect(looksLikeLog(cut, false)).toBe(true);
    const long = Buffer.from(`{"time":"2026-10-14T07:56:09Z","msg":"${'x'.repeat(SNIFF_BYTES)}`).subarray(0, SNIFF_BYTES);
    expect(looksLikeLog(long, false)).toBe(true);
  });

  it('is linear in the line: a long line of near-misses is judged at once', () => {
    const hostile = Buffer.from(`${'1:'.repeat(SNIFF_BYTES / 2)}\n`);
    const started = performance.now();
    expect(looksLikeLog(hostile, true)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
