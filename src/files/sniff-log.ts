import { open } from 'node:fs/promises';
import { utf16ByteOrderOf, utf8MarkLength } from '../logs/io/text-encoding.js';

/** How much of a file is read to tell whether it is a log: a few KiB hold its first dozens of lines. */
export const SNIFF_BYTES = 4 * 1024;

/**
 * How log lines start, one family a row. Anchored and built of bounded or disjoint parts, so each test is linear in
 * the line. Lines that start with whitespace (stack traces, wrapped messages) are continuations and not counted.
 */
export const LOG_LINE_STARTS: readonly { readonly pattern: RegExp; readonly examples: string }[] = [
  {
    pattern: /^\d{4}[-/]\d{2}[-/]\d{2}[T \t]\d{2}:\d{2}/,
    examples: '2026-10-14T07:56:09Z (ISO 8601, Heroku), 2026/10/14 07:56:09 (nginx error log), W3C',
  },
  { pattern: /^\[?\d{1,2}\/[A-Z][a-z]{2}\/\d{4}[: ]\d{2}:\d{2}/, examples: '[14/Oct/2026 07:56:09] (Django runserver)' },
  { pattern: /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}/, examples: 'Oct 14 07:56:09 host app[1]: (syslog, RFC 3164)' },
  { pattern: /^\[?[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}/, examples: '[Wed Oct 14 07:56:09.003 2026] (Apache error log)' },
  { pattern: /^(?:\d{1,5} )?<\d{1,3}>/, examples: '<34>1 2026-10-14T07:56:09Z (syslog priority; octet-counted drains)' },
  { pattern: /^\d{10}(?:\.\d{1,9})?\s/, examples: '1286536309.450 (Squid, CloudFront real-time: epoch seconds)' },
  { pattern: /^\d{1,3}(?:\.\d{1,3}){3}[\s:,]/, examples: '203.0.113.7 - - [14/Oct/2026:07:56:09 +0000] (access logs)' },
  { pattern: /^[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}\s/i, examples: '2001:db8::7 - - [...] (access logs, IPv6 clients)' },
  { pattern: /^\{\s*"/, examples: '{"time":…,"msg":…} (a JSON object per line: pino, journald, Monolog, Caddy)' },
  { pattern: /^#(?:Version|Fields|Software|Date):/, examples: '#Fields: date time … (W3C headers: IIS, CloudFront)' },
  { pattern: /^[A-Z], \[\d{4}-\d{2}-\d{2}T/, examples: 'I, [2026-10-14T07:56:09.003 #1]  INFO -- : (Ruby Logger)' },
  { pattern: /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}/, examples: 'I1014 07:56:09.003456    1 main.go:12] (klog)' },
  {
    pattern: /^\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[\s:]/,
    examples: 'INFO:root:…, [ERROR] … (a level first: Python logging, Maven)',
  },
  { pattern: /^(?:time|ts|t|level|lvl)=/, examples: 'time="2026-10-14T07:56:09Z" level=info msg=… (logfmt)' },
];

/** The fewest lines that must look like log lines: at least half, so a text with one dated line is not a log. */
const LOG_LINE_SHARE = 0.5;

/**
 * Whether a file's first bytes read like a log: most of its lines (those that start a record, not indented
 * continuations) start the way log lines do. `whole` says the bytes are the whole file; otherwise the last line may
 * be cut. A leading NUL run (logrotate's copytruncate hole) and a byte order mark are skipped; UTF-16 is decoded.
 */
export function looksLikeLog(head: Buffer, whole: boolean): boolean {
  const records = recordsOf(headText(head), whole);
  if (records.length === 0) return false;
  const logLines = records.filter((line) => LOG_LINE_STARTS.some(({ pattern }) => pattern.test(line))).length;
  return logLines >= records.length * LOG_LINE_SHARE;
}

/** The lines that start a record; a cut last line is left out, unless it is the only one (its start is what is judged). */
function recordsOf(text: string, whole: boolean): string[] {
  const lastNewline = text.lastIndexOf('\n');
  const complete = whole || lastNewline === -1 ? text : text.slice(0, lastNewline + 1);
  return complete.split('\n').filter((line) => line.trim() !== '' && !/^\s/.test(line));
}

/** A file's first bytes as text: decoded from UTF-16 when they start with its byte order mark, else byte by byte. */
function headText(head: Buffer): string {
  const byteOrder = utf16ByteOrderOf(head);
  if (byteOrder) return new TextDecoder(byteOrder).decode(head);
  let start = 0;
  while (head[start] === 0) start += 1;
  return head.toString('latin1', start + utf8MarkLength(head, start));
}

/** Reads a file's first `SNIFF_BYTES` and asks `looksLikeLog`. A file that cannot be read is not called a log. */
export async function sniffLogFile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
      return looksLikeLog(head.subarray(0, bytesRead), bytesRead < SNIFF_BYTES);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
