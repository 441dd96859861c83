import { describe, expect, it } from 'vitest';
import { scanStream, DEFAULT_DETECTION_OPTIONS, type SegmentResult } from '../../src/logs/scan-stream.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { Random } from './corpus/random.js';

const SMALL_WINDOWS = { ...DEFAULT_DETECTION_OPTIONS, blockLimits: { maxLineBytes: 4096, overlapBytes: 512 } };

async function* inChunks(bytes: Buffer, sizes: () => number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < bytes.length;) {
    const size = Math.max(1, sizes());
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

function scan(bytes: Buffer, sizes: () => number, detection = SMALL_WINDOWS): Promise<SegmentResult> {
  return scanStream(inChunks(bytes, sizes), { path: 'test.log', detection, sniffBinary: true });
}

const summary = (result: SegmentResult) =>
  result.findings
    .map(
      (finding) =>
        `${finding.location.line}:${finding.location.column}-${finding.location.endColumn} ${finding.secret?.fingerprint} ×${String(finding.properties?.['occurrences'])}`,
    )
    .sort();

const secret = (random: Random) => random.token(32);

describe('scanStream', () => {
  it('finds the same secrets at the same places whatever the chunk sizes', async () => {
    const random = new Random(11);
    const lines = Array.from({ length: 400 }, (_, index) =>
      index % 3 === 0 ? `GET /ws?room=${index}&access_token=${secret(random)} HTTP/1.1` : `GET /health?n=${index} HTTP/1.1`,
    );
    const bytes = Buffer.from(`${lines.join('\r\n')}\r\n`);
    const whole = await scan(bytes, () => bytes.length);
    expect(whole.findings).toHaveLength(134);
    for (const seed of [1, 2, 3]) {
      const sizes = new Random(seed);
      expect(summary(await scan(bytes, () => sizes.int(1, 300)))).toEqual(summary(whole));
    }
  });

  it('scans a line far longer than the window in overlapping windows: every secret once, exact columns', async () => {
    const random = new Random(5);
    const planted: { value: string; column: number }[] = [];
    let line = '';
    while (line.length < 200_000) {
      // Random filler under a name of random-by-design values (an id): a generated value under an unknown name is a key.
      line += `&trace_id=${random.token(random.int(10, 900))}`;
      const value = secret(random);
      line += '&token=';
      planted.push({ value, column: line.length + 1 });
      line += value;
    }
    const bytes = Buffer.from(`first line\n${line}\nlast line with api_key=${'k'.repeat(3)}${secret(random)}\n`);
    for (const chunk of [bytes.length, 4000, 777]) {
      const result = await scan(bytes, () => chunk);
      const found = new Map(result.findings.map((finding) => [finding.secret?.fingerprint, finding]));
      for (const { value, column } of planted) {
        const finding = found.get(fingerprintOf(value));
        expect({ line: finding?.location.line, column: finding?.location.column, endColumn: finding?.location.endColumn }).toEqual({
          line: 2,
          column,
          endColumn: column + value.length,
        });
      }
      expect(result.findings).toHaveLength(planted.length + 1);
      expect(result.findings.find((finding) => finding.location.line === 3)).toBeDefined();
      expect(result.newlines).toBe(3);
    }
  });

  it('reads CRLF, invalid UTF-8 and stray NUL bytes without losing secrets or columns', async () => {
    const value = 'a1B2c3D4e5F6g7H8i9J0kLmN';
    const bytes = Buffer.concat([
      Buffer.from('caf\xe9 \x00\xff\xfe broken utf8\r\n', 'latin1'),
      Buffer.from('é€ ?token=', 'utf8'),
      Buffer.from(`${value}\r\n`),
    ]);
    const result = await scan(bytes, () => 5);
    expect(result.binary).toBe(false);
    expect(result.findings).toHaveLength(1);
    // `é€ ?token=`: 2 UTF-16 units before the space, so the value starts at column 11.
    expect(result.findings[0]?.location).toMatchObject({ line: 2, column: 11, endColumn: 11 + value.length });
  });

  it('scans past a leading run of NUL bytes (copytruncate) across blocks, and counts it', async () => {
    const bytes = Buffer.concat([Buffer.alloc(5000), Buffer.from('?token=a1B2c3D4e5F6g7H8i9J0\n')]);
    const result = await scan(bytes, () => 1024);
    expect(result.binary).toBe(false);
    expect(result.leadingNulBytes).toBe(5000);
    expect(result.findings).toHaveLength(1);
  });

  it('reports every occurrence with allOccurrences, else one finding with a count and the last line', async () => {
    const bytes = Buffer.from(
      ['?token=a1B2c3D4e5F6g7H8i9J0', 'nothing', '?token=a1B2c3D4e5F6g7H8i9J0', '?token=a1B2c3D4e5F6g7H8i9J0'].join('\n'),
    );
    const once = await scan(bytes, () => 64);
    expect(once.findings).toHaveLength(1);
    expect(once.findings[0]?.properties).toMatchObject({ occurrences: 3, lastLine: 4 });
    const every = await scan(bytes, () => 64, { ...SMALL_WINDOWS, allOccurrences: true });
    expect(every.findings.map((finding) => finding.location.line)).toEqual([1, 3, 4]);
  });

  it('finds passwords in the user info of URLs (database URLs, git remotes), and not e-mail addresses or ports', async () => {
    const passwords = ['Sup3rS3cretPw', 'S3cr3tRedisPw9', 'pa@ss:w0rd'];
    const lines = [
      `2026-11-29T10:00:06Z connecting to postgres://app_user:${passwords[0]}@db.internal:5432/app`,
      `{"msg":"cache","url":"redis://:${passwords[1]}@cache:6379/0"}`,
      `proxy https://deploy:${encodeURIComponent(passwords[2] ?? '')}@git.example.com/acme/app.git`,
      'mail from alice@example.com to bob@example.org; ssh git@github.com:acme/app.git',
      'https://user@host.example/ https://user:@host.example/ https://example.com:443@evil.example/',
      'https://user:***@h.example/ https://u:${DB_PASSWORD}@h.example/ ftp://anonymous:password@ftp.example/',
    ];
    const result = await scan(Buffer.from(`${lines.join('\n')}\n`), () => 50);
    expect(result.findings.map((finding) => [finding.ruleId, finding.location.line, finding.secret?.fingerprint])).toEqual(
      passwords.map((password, index) => ['log-url-token', index + 1, fingerprintOf(password)]),
    );
    expect(result.findings[0]?.message).toMatch(/^Password in a URL \(scheme:\/\/user:…@host\) in the log line: Sup…\[13 chars\]/);
    expect(result.findings[1]?.message).toContain('JSON field "url"');
  });

  it('does not take debug prints of objects for parameters (Android WindowManager, Java toString)', async () => {
    const lines = [
      '03-17 16:13:38.811  1702  2395 D WindowManager: opening app wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0}}}',
      'Session{id=42, token=Token{b7c1d2e3f4a5b6c7}}',
      'GET /ws?token=a1B2c3D4e5F6g7H8i9J0 HTTP/1.1',
    ];
    const result = await scan(Buffer.from(`${lines.join('\n')}\n`), () => 64);
    expect(result.findings.map((finding) => finding.location.line)).toEqual([3]);
  });
});
