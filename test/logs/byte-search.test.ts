import { describe, expect, it } from 'vitest';
import {
  PlainByteSearch,
  SHORT_ROUTE_TOKEN_LENGTH,
  TOKEN_RUN_LENGTH,
  WasmByteSearch,
  createByteSearch,
  type ByteNeedle,
  type ByteSearch,
} from '../../src/logs/detect/byte-search.js';
import { committedText, rebuiltModules } from '../../scripts/wasm.mjs';
import { Random } from './corpus/random.js';

/** What the SIMD search must return: every offset where a needle starts, the plain way. */
function naiveHits(bytes: Uint8Array, needles: readonly ByteNeedle[]): number[] {
  const hits: number[] = [];
  for (let at = 0; at < bytes.length; at += 1) {
    const fits = needles.some(
      ({ first, second }) => bytes[at] === first && (second === undefined || (at + 1 < bytes.length && bytes[at + 1] === second)),
    );
    if (fits) hits.push(at);
  }
  return hits;
}

/** What callers do with a hit: keep it where a needle really starts (the search may report more). */
function confirmedHits(hits: readonly number[], bytes: Uint8Array, needles: readonly ByteNeedle[]): number[] {
  return hits.filter((at) =>
    needles.some(({ first, second }) => bytes[at] === first && (second === undefined || bytes[at + 1] === second)),
  );
}

function hitsOf(search: ByteSearch, bytes: Uint8Array): number[] {
  search.load(bytes);
  const hits: number[] = [];
  search.forEachHit((offset) => hits.push(offset));
  return hits;
}

/** Bytes drawn from a small alphabet, so needles occur often and at every lane of a vector. */
function randomBytes(random: Random, length: number, alphabet: readonly number[]): Uint8Array {
  return Uint8Array.from({ length }, () => random.pick(alphabet));
}

describe('the WebAssembly byte search', () => {
  it('embeds the current assembly of its .wat source (run `npm run wasm:build` after editing it)', async () => {
    for (const { path, text } of await rebuiltModules()) expect({ path, text: committedText(path) }).toEqual({ path, text });
  });

  it('is the one used here (this runtime has WebAssembly SIMD)', () => {
    expect(createByteSearch([{ first: 0x3d, second: undefined }])).toBeInstanceOf(WasmByteSearch);
  });

  it('splits a first byte whose second bytes cross into many others over its spare slots (S( and SG, not SH)', () => {
    const needles = [...'GKe('].map((second) => ({ first: 0x53, second: second.charCodeAt(0) }));
    const bytes = Buffer.from('SH SG S( Se Sk SK Sh');
    // As one needle, the nibbles of G, K, e and ( also admit H and k; split in two (G, K | e, (), only h.
    expect(hitsOf(createByteSearch(needles), bytes)).toEqual([3, 6, 9, 15, 18]);
  });
});

describe.each([
  ['WebAssembly', (needles: readonly ByteNeedle[]): ByteSearch => createByteSearch(needles)],
  ['plain', (needles: readonly ByteNeedle[]): ByteSearch => new PlainByteSearch(needles)],
])('%s byte search', (_kind, newSearch) => {
  it('finds every one- and two-byte needle at every position and block length, as a plain scan does', () => {
    const random = new Random(5);
    for (let round = 0; round < 300; round += 1) {
      // Up to 32 first bytes: two groups of tables, three or four.
      const alphabet = Array.from({ length: random.int(4, 40) }, () => random.int(0, 255));
      const needles: ByteNeedle[] = Array.from({ length: random.int(1, 32) }, () => ({
        first: random.pick(alphabet),
        second: random.chance(0.5) ? undefined : random.pick(alphabet),
      }));
      const search = newSearch(needles);
      const bytes = randomBytes(random, random.int(0, 200), alphabet);
      const hits = hitsOf(search, bytes);
      expect(confirmedHits(hits, bytes, needles)).toEqual(naiveHits(bytes, needles));
      expect(hits.every((at) => at < bytes.length && needles.some(({ first }) => first === bytes[at]))).toBe(true);
    }
  });

  it('keeps a token-run needle only where TOKEN_RUN_LENGTH (24) token characters follow, or a one-letter route and SHORT_ROUTE_TOKEN_LENGTH (15), at every position and block end, as a plain scan does', () => {
    const random = new Random(11);
    const TOKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    const needles: ByteNeedle[] = [
      { first: 0x2f, second: undefined, tokenRun: true },
      { first: 0x3d, second: undefined },
    ];
    const runAt = (bytes: Uint8Array, from: number, length: number) =>
      from + length <= bytes.length &&
      Array.from(bytes.subarray(from, from + length)).every((byte) => TOKEN.includes(String.fromCharCode(byte)));
    const followedByRun = (bytes: Uint8Array, at: number) =>
      runAt(bytes, at + 1, TOKEN_RUN_LENGTH) ||
      (/[A-Za-z]/.test(String.fromCharCode(bytes[at + 1] ?? 0)) &&
        bytes[at + 2] === 0x2f &&
        runAt(bytes, at + 3, SHORT_ROUTE_TOKEN_LENGTH));
    for (let round = 0; round < 300; round += 1) {
      // Runs of token characters of 0 to 36 between slashes (around 24 and 15), an `=`, a space or a one-letter route
      // (a letter or a digit) now and then.
      const parts = Array.from(
        { length: random.int(1, 12) },
        () =>
          random.pick(['/', '=', ' ', '/', '/s/', '/F/', '/7/', '/-/']) +
          Array.from({ length: random.int(0, 36) }, () => random.pick([...TOKEN])).join(''),
      );
      const bytes = Buffer.from(parts.join(''), 'latin1');
      const expected = naiveHits(bytes, needles).filter((at) => bytes[at] !== 0x2f || followedByRun(bytes, at));
      expect(hitsOf(newSearch(needles), bytes)).toEqual(expected);
      expect(hitsOf(new PlainByteSearch(needles), bytes)).toEqual(expected);
    }
    expect(() => newSearch([...needles, { first: 0x2f, second: 0x2f }])).toThrow(/one token-run needle/);
  });

  it('searches needles of more than 16 first bytes (a third group of tables)', () => {
    const needles = Array.from({ length: 20 }, (_, index) => ({ first: 0x41 + index, second: index % 2 === 0 ? undefined : 0x2d }));
    const bytes = Buffer.from('xxT-xSxxxxxxxxxxA-B-Bx');
    const hits = hitsOf(newSearch(needles), bytes);
    expect(confirmedHits(hits, bytes, needles)).toEqual([2, 5, 16, 18]);
  });

  it('searches needles of more than 24 first bytes (a fourth group of tables)', () => {
    const needles = Array.from({ length: 30 }, (_, index) => ({ first: 0x41 + index, second: index % 2 === 0 ? undefined : 0x2d }));
    const bytes = Buffer.from('xx]-x^xxxxxxxxxxA-B-Bx[');
    const hits = hitsOf(newSearch(needles), bytes);
    expect(confirmedHits(hits, bytes, needles)).toEqual([2, 16, 18, 22]);
  });

  it('never reports a pair whose second byte lies past the block, whatever was loaded before', () => {
    const search = newSearch([{ first: 0x61, second: 0x62 }]);
    search.load(Buffer.from('xxxxxxxxxxxxxxxxxxabab'));
    expect(hitsOf(search, Buffer.from('xa'))).toEqual([]);
    expect(hitsOf(search, Buffer.from('xab'))).toEqual([1]);
  });

  it('returns hits beyond one call’s capacity, and grows its memory for large blocks', () => {
    const search = newSearch([{ first: 0x3d, second: undefined }]);
    const equalsSigns = Buffer.alloc(3 * 1024 * 1024 + 5, 0x3d);
    const hits = hitsOf(search, equalsSigns);
    expect(hits).toHaveLength(equalsSigns.length);
    expect(hits.every((offset, index) => offset === index)).toBe(true);
  });

  it('counts a byte in any range, as a plain count does', () => {
    const random = new Random(9);
    const search = newSearch([{ first: 0x3d, second: undefined }]);
    const bytes = randomBytes(random, 70_000, [0x0a, 0x41, 0x0a, 0x20]);
    search.load(bytes);
    for (let round = 0; round < 300; round += 1) {
      const from = random.int(0, bytes.length);
      const to = random.int(from, bytes.length);
      expect(search.count(0x0a, from, to)).toBe(bytes.subarray(from, to).filter((byte) => byte === 0x0a).length);
    }
  });
});
