import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanStream, DEFAULT_DETECTION_OPTIONS } from '../../src/logs/scan-stream.js';
import { fingerprintOf } from '../../src/secrets/protect.js';
import { makeJwt } from '../support/make-jwt.js';
import { Random } from './corpus/random.js';

/** Hostile inputs of about `bytes` bytes each: random bytes and long lines of what the parsers look for. */
const hostile: Record<string, (random: Random, bytes: number) => Buffer> = {
  'random bytes': (random, bytes) => Buffer.from(Array.from({ length: bytes }, () => random.int(1, 255))),
  'one line of = signs': (_random, bytes) => Buffer.from('='.repeat(bytes)),
  'one line of token= pairs': (random, bytes) => Buffer.from(repeatTo(bytes, () => `&token=${random.token(20)}`)),
  'one line of JWT look-alikes in parameters': (random, bytes) =>
    Buffer.from(repeatTo(bytes, () => `&jwt=eyJ${random.token(12)}.eyJ${random.token(12)}.${random.token(8)}`)),
  'malformed percent-encoding': (random, bytes) =>
    Buffer.from(repeatTo(bytes, () => random.pick(['%', '%3', '%3D', '%E0%A4', '%25', 'token%3D%', '%26a%3D', '\\u0026', '&amp;']))),
  'malformed base64 after eyJ': (random, bytes) =>
    Buffer.from(repeatTo(bytes, () => `eyJ${random.string('A-Za-z0-9_-=.+/', random.int(1, 40))} `)),
  'deep JSON': (_random, bytes) => Buffer.from(`{"a":${'['.repeat(bytes / 2)}"token=abc"`),
  'provider prefixes without tokens': (random, bytes) =>
    Buffer.from(repeatTo(bytes, () => random.pick(['ghp_', 'xoxb-', 'AKIA', 'sk-', 'SK', 'key-', 'AIza', 'hooks.slack.com/services/T']))),
  'URLs with user info': (random, bytes) =>
    Buffer.from(repeatTo(bytes, () => random.pick(['s://', 'u:', 'p@', ':', '@h', 'x://u:p', '/']))),
  'many short lines': (random, bytes) => Buffer.from(repeatTo(bytes, () => `${random.pick(['?token=', '#Fields: date', 'eyJ', '='])}\n`)),
};

function repeatTo(bytes: number, piece: () => string): string {
  const parts: string[] = [];
  for (let length = 0; length < bytes;) {
    const next = piece();
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

/** A JWT in a URL on a line of its own after the hostile bytes: it must still be found. */
const JWT = makeJwt({ sub: 'fuzz', iat: 1_700_000_000, exp: 1_900_000_000 });
const PLANTED = Buffer.from(`\nGET /ws?access_token=${JWT} HTTP/1.1\n`);

/** Scans `hostile` with the planted JWT after it; checks what came out, and returns the CPU time taken. */
async function timeScan(hostile: Buffer): Promise<number> {
  const bytes = Buffer.concat([hostile, PLANTED]);
  const before = process.cpuUsage();
  const result = await scanStream(Readable.from([bytes]), { path: 'fuzz.log', detection: DEFAULT_DETECTION_OPTIONS, sniffBinary: false });
  const { user, system } = process.cpuUsage(before);
  expect(result.bytes).toBe(bytes.length);
  expect(result.newlines).toBe(bytes.reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 0));
  const planted = result.findings.find((finding) => finding.secret?.fingerprint === fingerprintOf(JWT));
  expect(planted?.ruleId).toBe('log-jwt');
  expect(planted?.location.line).toBe(result.newlines);
  return (user + system) / 1000;
}

describe('hostile input', () => {
  it.each(Object.keys(hostile))('%s: no crash, the planted JWT found, and 4× the input costs under 10× the time', async (name) => {
    const generate = hostile[name];
    if (!generate) throw new Error(name);
    const small = generate(new Random(1), 150_000);
    const large = generate(new Random(2), 600_000);
    await timeScan(small);
    // Best of three, in CPU time: the machine is shared. Linear costs ~4×, quadratic ~16×.
    const smallTime = Math.min(await timeScan(small), await timeScan(small), await timeScan(small));
    const largeTime = Math.min(await timeScan(large), await timeScan(large), await timeScan(large));
    expect(largeTime / Math.max(smallTime, 1)).toBeLessThan(10);
  });
});
