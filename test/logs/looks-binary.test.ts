import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingNulBytes, looksBinary } from '../../src/logs/io/looks-binary.js';

const text = (line: string, times = 200) => Buffer.from(`${line}\n`.repeat(times));

describe('looksBinary', () => {
  it('sniffs what follows a leading NUL run (logrotate copytruncate leaves one while the writer appends)', () => {
    expect(looksBinary(Buffer.concat([Buffer.alloc(100_000), text('GET /ws?token=abc HTTP/1.1')]))).toBe(false);
    expect(looksBinary(Buffer.alloc(4096))).toBe(false);
    expect(leadingNulBytes(Buffer.concat([Buffer.alloc(7), Buffer.from('x'), Buffer.alloc(3)]))).toBe(7);
  });

  it('passes text logs, with ANSI colors, CRLF, tabs and a stray NUL', () => {
    expect(looksBinary(text('10.0.0.1 - - [12/Oct/2026:08:15:02 +0000] "GET / HTTP/1.1" 200 2\r'))).toBe(false);
    expect(looksBinary(text('\u001b[32minfo\u001b[39m\tserver started'))).toBe(false);
    expect(looksBinary(Buffer.concat([text('GET /health'), Buffer.from([0]), text('GET /health')]))).toBe(false);
    expect(looksBinary(Buffer.from('héllo wörld ✓\n'.repeat(100)))).toBe(false);
  });

  it('rejects random or compressed bytes and known binary signatures', () => {
    expect(looksBinary(randomBytes(16 * 1024))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.alloc(4096), randomBytes(16 * 1024)]))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), text('looks like text after the header')]))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from('%PDF-1.7\n'), text('obj')]))).toBe(true);
  });
});
