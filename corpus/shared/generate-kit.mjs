// What the corpus generators share (corpus/risk-logs/, corpus/logs-in-the-wild/): alphabets, a seeded random source
// (each generator brings its own PRNG step, so its bytes stay what they were), the checksum GitHub appends to its
// tokens, and the time formats most log lines use. Importing it writes nothing.
import { Buffer } from 'node:buffer';

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';

/** `n` random digits, capitals and digits, or small letters and digits, from a generator's seeded `rng`. */
export const digits = (rng, n) => rng.chars(DIGITS, n);
export const upperNum = (rng, n) => rng.chars(UPPER + DIGITS, n);
export const lowerNum = (rng, n) => rng.chars(LOWER + DIGITS, n);

/** Draws built on `next()` (a float in [0, 1)), which a subclass defines. */
export class SeededRandom {
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(list) {
    return list[this.int(0, list.length - 1)];
  }
  chars(alphabet, length) {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[this.int(0, alphabet.length - 1)];
    return text;
  }
  hex(length) {
    return this.chars(HEX, length);
  }
  b64url(length) {
    return this.chars(B64URL, length);
  }
  alnum(length) {
    return this.chars(ALNUM, length);
  }
  lowerNum(length) {
    return this.chars(LOWER + DIGITS, length);
  }
  bytes(length) {
    return Buffer.from(Array.from({ length }, () => this.int(0, 255)));
  }
  uuid() {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
}

// CRC32 (IEEE) and base62: the checksum GitHub appends to its tokens (`ghp_` + 30 characters + 6 of checksum).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(text) {
  let c = 0xffffffff;
  for (const byte of Buffer.from(text)) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function base62(n, width) {
  const digits = DIGITS + UPPER + LOWER;
  let text = '';
  do {
    text = digits[n % 62] + text;
    n = Math.floor(n / 62);
  } while (n > 0);
  return text.padStart(width, '0');
}

/** A GitHub token with a valid checksum over its random body. */
export function githubToken(prefix, body) {
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const pad = (n, width = 2) => String(n).padStart(width, '0');
export const iso = (ms) => new Date(ms).toISOString();
export const ymdHms = (ms) => iso(ms).slice(0, 19).replace('T', ' ');
export const b64url = (text) => Buffer.from(text).toString('base64url');
/** Go's encoding/json escapes `&`, `<` and `>` in strings. */
export const goJson = (value) => JSON.stringify(value).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/** Milliseconds in a minute and an hour, as the generators place lines in time. */
export const MIN = 60 * 1000;
export const HOUR = 3600 * 1000;

/** Local wall-clock parts of `ms` at `offset` minutes from UTC: the whole ISO text, its date, its time (to the second or millisecond). */
export const local = (ms, offset) => iso(ms + offset * MIN);
export const ymd = (ms, offset = 0) => local(ms, offset).slice(0, 10);
export const hms = (ms, offset = 0) => local(ms, offset).slice(11, 19);
export const hmsMs = (ms, offset = 0) => local(ms, offset).slice(11, 23);
/** `yyyy-MM-dd HH:mm:ss` at `offset` minutes from UTC. */
export const ymdHmsAt = (ms, offset) => local(ms, offset).slice(0, 19).replace('T', ' ');
/** The milliseconds of `ms` as three digits. */
export const msPart = (ms) => iso(ms).slice(20, 23);

/**
 * When each single-use ticket was first used (`firstUse[name] = t`), so that a replay's reason states the real gap
 * between its two lines (`gap(name, t)`, in seconds). One clock per generator.
 */
export function replayClock() {
  const firstUse = {};
  return { firstUse, gap: (name, t) => Math.round((t - firstUse[name]) / 1000) };
}
