import { Buffer } from 'node:buffer';
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iso, MONTHS, pad, SeededRandom } from '../shared/generate-kit.mjs';

// The log builder both generators of this corpus share (generate.mjs: dev and heldout; generate-heldout2.mjs), so a
// label is attached to its line by one piece of code. Each generator hands over its own `baseRequest`.

const rotl = (x, k) => (x << k) | (x >>> (32 - k));

/** xoshiro128** seeded from the SHA-256 of a part's name: the same logs on every machine and run. */
export class Random extends SeededRandom {
  constructor(seed) {
    super();
    const digest = createHash('sha256').update(seed).digest();
    this.s = [0, 1, 2, 3].map((i) => digest.readUInt32LE(i * 4) | 0);
    for (let i = 0; i < 12; i++) this.next();
  }
  next() {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result / 4294967296;
  }
}

/**
 * The reviewer's reasons (`why`) the held-out parts share, by kind of case; each label adds what its value is. Label
 * text: changing a word changes every part's labels.json.
 */
export const WHY = {
  code: 'An OAuth authorization code beside its state (RFC 6749 §4.1.2): single-use and short-lived, but exchangeable by whoever reads it first; issue #14 grades it a warning.',
  refresh: 'A refresh token mints new access tokens until it is revoked or its session ends: a long-lived credential.',
  pathSecret: (what) => `${what}: the URL is the credential until it is used or expires (hours to days).`,
  webhook: (what) => `${what}: whoever has the URL can trigger or post through the integration until it is revoked.`,
  session: (what) => `${what}: whoever replays it is logged in as the user until the session ends.`,
  apiKey: (name) => `An API key under the name \`${name}\`, with a key's entropy: long-lived.`,
  ticketFirst: (what) => `${what} used once: single-use by design, acceptable (note).`,
  replay: (name, seconds) => `The same \`${name}\` accepted again ${seconds} s later from another client: a replay (log-token-replay).`,
};

/** `buildLog(rng, spec)` over the generator's `baseRequest(rng, t, site)`. */
export function logBuilder(baseRequest) {
  return (rng, spec) => buildLog(rng, spec, baseRequest);
}

// A log file: ordinary events and planted steps rendered by the file's format. Each planted value (a "mark") is found
// back in the lines its request was rendered into: the first line holding it gets the label; further lines of the same
// request (Rails' Started and Parameters, Spring's before/after messages, a dump's repeated header) get the same label
// with `sameRequestAs`. A replayed ticket gets `pairedWith` the line of its first use.

const shown = (value) => (value.length > 12 ? `${value.slice(0, 12)}…` : value);

function buildLog(rng, { start, site, filler, render, steps, header = [] }, baseRequest) {
  const lines = [...header];
  const cases = [];
  const needles = [];
  const refs = new Map();
  let t = start;
  const base = (at) => baseRequest(rng, at, site);
  for (const step of steps) {
    if (typeof step === 'number') {
      for (let i = 0; i < step; i++) {
        t += rng.int(700, 21000);
        lines.push(...render({ ...base(t), ...filler(rng, t, site) }, rng));
      }
      continue;
    }
    t += step.after !== undefined ? step.after * 1000 : rng.int(700, 21000);
    if (step.raw) {
      lines.push(...render({ ...base(t), ...step.raw }, rng));
      continue;
    }
    const made = step.make({ rng, t, refs });
    const event = { ...base(t), ...made.event, t };
    const startLine = lines.length;
    // A render may return an entry of several lines as one string (`next dev`'s printed objects): labels count lines.
    const rendered = render(event, rng).flatMap((text) => text.split('\n'));
    lines.push(...rendered);
    const marks = made.marks ?? [{ value: made.value, needle: made.needle, jwt: made.jwt }];
    marks.forEach((mark, index) => {
      const m = { category: step.category, kind: step.kind, expect: step.expect, why: step.why, ...mark };
      const needle = m.needle ?? m.value;
      const hits = rendered.flatMap((text, i) => (text.includes(needle) ? [startLine + i + 1] : []));
      if (hits.length === 0) throw new Error(`planted value not rendered: ${m.category}/${m.kind} ${shown(m.value)}`);
      const why = m.jwt ? withLifetime(m.why, m.jwt) : m.why;
      const label = { line: hits[0], category: m.category, kind: m.kind, expect: m.expect, value: shown(m.value), why };
      if (m.jwt) label.jwt = m.jwt;
      if (index === 0 && step.replayOf) label.pairedWith = refs.get(step.replayOf).line;
      cases.push(label);
      for (const line of hits.slice(1)) {
        cases.push({
          ...label,
          line,
          why: `The request of line ${hits[0]} written again by the same component. ${why}`,
          sameRequestAs: hits[0],
        });
      }
      needles.push({ needle, lines: hits, ref: index === 0 ? (step.ref ?? step.replayOf) : undefined });
      if (index === 0 && step.ref) refs.set(step.ref, { line: hits[0], value: m.value });
    });
  }
  // Every line holding a planted value must be a labeled line of that value (a replay pair shares its value).
  const byRef = new Map();
  for (const entry of needles) if (entry.ref) byRef.set(entry.ref, [...(byRef.get(entry.ref) ?? []), ...entry.lines]);
  for (const entry of needles) {
    const allowed = new Set(entry.ref ? byRef.get(entry.ref) : entry.lines);
    lines.forEach((text, i) => {
      if (text.includes(entry.needle) && !allowed.has(i + 1))
        throw new Error(`value ${shown(entry.needle)} also on unlabeled line ${i + 1}`);
    });
  }
  const seen = new Set();
  for (const entry of cases) {
    if (seen.has(entry.line)) throw new Error(`two labels on line ${entry.line}`);
    seen.add(entry.line);
  }
  cases.sort((a, b) => a.line - b.line);
  return { text: lines.join('\n') + '\n', cases };
}

/** A planted step: one value (or several marks) with its label. */
export const plant = (category, kind, expect, why, makeFn, options = {}) => ({ category, kind, expect, why, make: makeFn, ...options });

function withLifetime(why, facts) {
  const text = why.trim().replace(/:$/, '');
  return /[.)]$/.test(text) ? `${text} It is ${lifetimeText(facts)}.` : `${text}: ${lifetimeText(facts)}.`;
}

function lifetimeText(facts) {
  if (facts.lifetimeSeconds === null) return 'a JWT without exp';
  const s = facts.lifetimeSeconds;
  const span = s % 86400 === 0 ? `${s / 86400} d` : s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`;
  return `a JWT valid ${span} (exp - iat)${facts.hasJti ? ' with a jti' : ', no jti'}, ${facts.liveWhenLogged ? 'live' : 'already expired'} when logged`;
}

/**
 * Writes a part's logs under `directory` (emptied first) and their labels to its labels.json, and prints what the part
 * holds per category (a repeat line of one request counted apart).
 */
export function writePart(directory, files) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const cases = [];
  for (const [name, { text, cases: fileCases }] of Object.entries(files)) {
    writeFileSync(join(directory, name), text);
    for (const entry of fileCases) cases.push({ file: name, ...entry });
  }
  writeFileSync(join(directory, 'labels.json'), `${JSON.stringify({ cases }, null, 2)}\n`);
  const lines = Object.values(files).reduce((sum, { text }) => sum + text.split('\n').length - 1, 0);
  const counts = {};
  for (const entry of cases) {
    const row = (counts[entry.category] ??= {});
    const key = entry.sameRequestAs ? 'repeat' : entry.expect;
    row[key] = (row[key] ?? 0) + 1;
  }
  const part = directory.split('/').at(-1);
  console.log(`${part}: ${Object.keys(files).length} logs, ${lines} lines, ${cases.length} labeled lines`);
  for (const [category, row] of Object.entries(counts).sort())
    console.log(`  ${category.padEnd(18)} ${Object.entries(row).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Values every part's generator writes the same way.

export const b64urlOf = (text) => Buffer.from(text).toString('base64url');
export const b64Of = (text) => Buffer.from(text).toString('base64');
export const sec = (ms) => Math.floor(ms / 1000);

/**
 * A JWT logged at `t` (ms), issued `age` s before, valid `lifetime` s (no exp when undefined); `alg: 'none'` unsigned,
 * HS256/HS512 signed for real with random keys, others with random signature bytes.
 */
export function jwt(rng, t, { lifetime, age, jti = false, alg = 'HS256', kid, typ = 'JWT', claims = {} } = {}) {
  const iat = sec(t) - (age ?? rng.int(20, 600));
  const payload = { ...claims, iat };
  if (lifetime !== undefined) payload.exp = iat + lifetime;
  if (jti) payload.jti = rng.uuid();
  const header = kid ? { alg, typ, kid } : { alg, typ };
  const input = `${b64urlOf(JSON.stringify(header))}.${b64urlOf(JSON.stringify(payload))}`;
  let signature;
  if (alg === 'none') signature = '';
  else if (alg === 'HS256') signature = createHmac('sha256', rng.bytes(32)).update(input).digest('base64url');
  else if (alg === 'HS512') signature = createHmac('sha512', rng.bytes(64)).update(input).digest('base64url');
  else signature = rng.bytes(256).toString('base64url');
  const facts = { lifetimeSeconds: lifetime ?? null, hasJti: jti, liveWhenLogged: payload.exp === undefined || payload.exp > sec(t) };
  return { token: `${input}.${signature}`, facts };
}

/** The facts of a JWT logged again at `t` (a replay, or a repeat line of one request). */
export function factsAt(token, t) {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  return { lifetimeSeconds: payload.exp === undefined ? null : payload.exp - payload.iat, hasJti: payload.jti !== undefined, liveWhenLogged: payload.exp === undefined || payload.exp > sec(t) };
}

/** Common Log Format time with the server's offset in minutes: `17/Nov/2026:07:14:02 +0000`. */
export function clf(ms, offset = 0) {
  const d = new Date(ms + offset * 60000);
  const o = Math.abs(offset);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${iso(d.getTime()).slice(11, 19)} ${offset < 0 ? '-' : '+'}${pad(Math.floor(o / 60))}${pad(o % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Ordinary traffic, as heldout3 and later parts start every request.

/** A client address from the documentation ranges (RFC 5737). */
export const publicIp = (rng) => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(2, 254)}`;

/** Browsers' user agents of late 2026, which the parts from heldout7 on pick from. */
export const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0',
  'Mozilla/5.0 (Linux; Android 16; Pixel 9a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Mobile Safari/537.36',
];

/** A request's path and query as a request line writes them. */
export const target = (e) => e.path + (e.query ? `?${e.query}` : '');

/** The request every line of a part starts from, with a browser's user agent, or an API tool's for API sites. */
export function requestMaker(browsers, tools) {
  return (rng, t, site) => ({
      t,
      ip: publicIp(rng),
      port: rng.int(1024, 65535),
      method: 'GET',
      path: '/',
      query: '',
      status: 200,
      bytes: rng.int(400, 14000),
      referer: '-',
      ua: rng.pick(site.api ? tools : browsers),
      reqId: rng.hex(32),
      ms: rng.int(3, 260),
      host: site.host,
  });
}
