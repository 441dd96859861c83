import { FIND_BYTES_WASM } from './wasm/find-bytes-wasm.js';

/** A needle of one byte, or two (`second`), searched for in every block. */
export interface ByteNeedle {
  readonly first: number;
  readonly second: number | undefined;
  /**
   * A one-byte needle whose hits count only where `TOKEN_RUN_LENGTH` token characters (base64url) follow (the `/` before
   * a generated path segment), or a letter, the needle's byte again and `SHORT_ROUTE_TOKEN_LENGTH` token characters (a
   * one-letter route's short token, `/s/<token>`): checked in the search itself, so the many others never reach
   * JavaScript. One at most, and no other needle may start with its byte.
   */
  readonly tokenRun?: boolean;
}

/** How many token characters a `tokenRun` needle's hit must be followed by: two overlapping vectors of the kernel. */
export const TOKEN_RUN_LENGTH = 24;
/** How many after a one-letter route (`/s/`): the shortest share-link token (known-values.ts `SHORT_ROUTE_SHARE_LINKS`). */
export const SHORT_ROUTE_TOKEN_LENGTH = 15;

/** The WebAssembly API used here: the project's `lib` has no DOM, where TypeScript declares it. */
declare const WebAssembly:
  | {
      readonly Module: new (bytes: Uint8Array) => object;
      readonly Instance: new (module: object) => { readonly exports: unknown };
    }
  | undefined;

/** Finds a fixed set of needles in one block at a time. */
export interface ByteSearch {
  /** Makes `block` the one searched; it may be any size. */
  load(block: Uint8Array): void;
  /**
   * Calls `visit` with the offset in the block of every needle occurrence, in ascending order. It may also call it
   * where the first byte of a needle is followed by a byte no needle wants: callers check the second byte.
   */
  forEachHit(visit: (offset: number) => void): void;
  /** How many times `byte` occurs in the block's [from, to). */
  count(byte: number, from: number, to: number): number;
}

/**
 * The WebAssembly search where the runtime has WebAssembly with SIMD, else the plain one (`node --jitless` has no
 * WebAssembly at all): the same results, at about a third of the speed.
 */
export function createByteSearch(needles: readonly ByteNeedle[]): ByteSearch {
  const module = findBytesModule();
  return module ? new WasmByteSearch(module, needles) : new PlainByteSearch(needles);
}

interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface FindBytesExports {
  readonly memory: WasmMemory;
  findNeedles(start: number, end: number, groups: number, out: number, capacity: number, runByte: number): number;
  countByte(start: number, end: number, byte: number): number;
}

const NEEDLES_PER_GROUP = 8;
/** The kernel keeps the tables of up to 4 groups in locals, and skips the third and fourth when they are unused. */
const GROUPS = 4;
const TABLE_BYTES_PER_GROUP = 64;
const TABLES_BYTES = GROUPS * TABLE_BYTES_PER_GROUP;
/** The token-run tables after the needle tables: by low nibble, then by high nibble. */
const TOKEN_TABLES_BYTES = 32;
/** Hits returned per call; a block with more (a hostile line of `=`) is searched in several calls. */
const HITS_PER_CALL = 16 * 1024;
/** Vectors are read up to 17 bytes past a block's end, and a token-run check reads 32 after a hit. */
const BLOCK_PADDING = 32;
const WASM_PAGE_BYTES = 64 * 1024;

let compiled: object | null | undefined;

function findBytesModule(): object | null {
  if (compiled === undefined) {
    try {
      compiled = WebAssembly ? new WebAssembly.Module(Buffer.from(FIND_BYTES_WASM, 'base64')) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * The log scanner's per-byte work, on WebAssembly SIMD (src/logs/detect/wasm/find-bytes.wat): a block is copied into the
 * module's memory once, then one pass finds every occurrence of all needles and newlines are counted 16 bytes at a
 * time. Measured on the benchmark log, against a `Buffer#indexOf` pass per needle and per newline: see
 * docs/log-scanner.md. One instance per thread; not re-entrant (a block stays loaded until the next `load`).
 */
export class WasmByteSearch implements ByteSearch {
  private readonly exports: FindBytesExports;
  private readonly hitsOffset: number;
  private readonly blockOffset: number;
  /** 2 to 4: the kernel reads the third and fourth groups of tables only when there are. */
  private readonly groups: number;
  /** Written after a block: no two-byte needle's tables accept it as a second byte, so no pair straddles the end. */
  private readonly padding: number;
  /** The byte of the `tokenRun` needle, -1 for none. */
  private readonly runByte: number;
  private memory: Uint8Array;
  private blockLength = 0;

  constructor(module: object, needles: readonly ByteNeedle[]) {
    if (!WebAssembly) throw new Error('WebAssembly is not available.');
    this.exports = new WebAssembly.Instance(module).exports as unknown as FindBytesExports;
    const byFirstByte = needlesByFirstByte(needles);
    if (byFirstByte.length > GROUPS * NEEDLES_PER_GROUP)
      throw new Error(`The byte search takes needles of at most ${GROUPS * NEEDLES_PER_GROUP} first bytes, not ${byFirstByte.length}.`);
    this.groups = Math.max(2, Math.ceil(byFirstByte.length / NEEDLES_PER_GROUP));
    const merged = withSplitSeconds(byFirstByte, this.groups * NEEDLES_PER_GROUP);
    const tables = needleTables(merged);
    this.padding = paddingFor(merged, tables);
    this.runByte = tokenRunByte(needles) ?? -1;
    this.hitsOffset = TABLES_BYTES + TOKEN_TABLES_BYTES;
    this.blockOffset = this.hitsOffset + HITS_PER_CALL * Uint32Array.BYTES_PER_ELEMENT;
    this.memory = new Uint8Array(this.exports.memory.buffer);
    this.ensureCapacity(0);
    this.memory.set(tables, 0);
    this.memory.set(TOKEN_TABLES, TABLES_BYTES);
  }

  load(block: Uint8Array): void {
    this.ensureCapacity(block.length);
    this.memory.set(block, this.blockOffset);
    this.memory.fill(this.padding, this.blockOffset + block.length, this.blockOffset + block.length + BLOCK_PADDING);
    this.blockLength = block.length;
  }

  forEachHit(visit: (offset: number) => void): void {
    const end = this.blockOffset + this.blockLength;
    for (let from = this.blockOffset; ;) {
      const count = this.exports.findNeedles(from, end, this.groups, this.hitsOffset, HITS_PER_CALL, this.runByte);
      const hits = new Uint32Array(this.exports.memory.buffer, this.hitsOffset, count);
      for (let index = 0; index < count; index += 1) visit((hits[index] ?? 0) - this.blockOffset);
      if (count < HITS_PER_CALL) return;
      from = (hits[count - 1] ?? end) + 1;
    }
  }

  count(byte: number, from: number, to: number): number {
    return to <= from ? 0 : this.exports.countByte(this.blockOffset + from, this.blockOffset + to, byte);
  }

  private ensureCapacity(blockLength: number): void {
    const needed = this.blockOffset + blockLength + BLOCK_PADDING;
    const { memory } = this.exports;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / WASM_PAGE_BYTES));
    if (this.memory.buffer !== memory.buffer) this.memory = new Uint8Array(memory.buffer);
  }
}

/** A needle as the kernel sees it: a first byte and the second bytes wanted after it (undefined: any). */
interface KernelNeedle {
  readonly first: number;
  readonly seconds: readonly number[] | undefined;
}

/**
 * Needles that share a first byte become one (`SG.` and `SK` are `S` then `G` or `K`): two groups of tables instead of
 * three for the log prefilter's needles, a third less work per byte.
 */
function needlesByFirstByte(needles: readonly ByteNeedle[]): KernelNeedle[] {
  const seconds = new Map<number, number[] | undefined>();
  for (const { first, second } of needles) {
    const wanted = seconds.get(first);
    if (seconds.has(first) && wanted === undefined) continue;
    seconds.set(first, second === undefined ? undefined : [...(wanted ?? []), second]);
  }
  return [...seconds].map(([first, wanted]) => ({ first, seconds: wanted }));
}

/**
 * The tables of the groups searched have room for `slots` needles: the spare ones go to the first bytes whose second
 * bytes' nibbles pair into the most bytes nobody wants, each split in two once (so that a spare slot halves the worst
 * needles rather than quartering one) (`S` then `G`, `K`, `e` or `(` admits 12
 * second bytes, `SH` among them, as one needle; 6 as `G`, `K` and `e`, `(`). The search costs the same; fewer hits
 * come back to be confirmed.
 */
function withSplitSeconds(needles: readonly KernelNeedle[], slots: number): KernelNeedle[] {
  const splits = needles
    .map(({ first, seconds }) => ({ first, halves: bestHalves(seconds) }))
    .filter(({ halves }) => halves !== undefined)
    .sort((a, b) => (b.halves?.saved ?? 0) - (a.halves?.saved ?? 0))
    .slice(0, slots - needles.length);
  return needles.flatMap((needle) => {
    const halves = splits.find(({ first }) => first === needle.first)?.halves;
    return halves
      ? [
          { first: needle.first, seconds: halves.a },
          { first: needle.first, seconds: halves.b },
        ]
      : [needle];
  });
}

/** Second bytes the nibble tables admit for these (every pairing of their low and high nibbles). */
function admitted(seconds: readonly number[]): number {
  return new Set(seconds.map((second) => second & 15)).size * new Set(seconds.map((second) => second >> 4)).size;
}

/** Most second bytes admitted by one needle for a split in two to consider (2^11 ways to split). */
const MAX_SECONDS_TO_SPLIT = 12;

/** The split of `seconds` in two that admits the fewest bytes, when it admits fewer than one needle does. */
function bestHalves(
  seconds: readonly number[] | undefined,
): { readonly a: number[]; readonly b: number[]; readonly saved: number } | undefined {
  if (seconds === undefined || seconds.length < 2 || seconds.length > MAX_SECONDS_TO_SPLIT) return undefined;
  const whole = admitted(seconds);
  let best: { a: number[]; b: number[]; saved: number } | undefined;
  // The last second byte always goes to `b`: each split is tried once.
  for (let mask = 1; mask < 1 << (seconds.length - 1); mask += 1) {
    const a = seconds.filter((_, index) => (mask >> index) & 1);
    const b = seconds.filter((_, index) => !((mask >> index) & 1));
    const saved = whole - admitted(a) - admitted(b);
    if (saved > 0 && (best === undefined || saved > best.saved)) best = { a, b, saved };
  }
  return best;
}

/**
 * Per group of 8 needles, four 16-entry tables by nibble (first byte low and high, second byte low and high): bit k
 * set where the nibble fits needle k. A byte fits a needle's first byte exactly when both its nibbles do; several
 * second bytes admit every pairing of their nibbles (`G`, `K` share a high nibble: exact; `a`, `J` also admit `A`, `j`).
 */
function needleTables(needles: readonly KernelNeedle[]): Uint8Array {
  const tables = new Uint8Array(TABLES_BYTES);
  needles.forEach(({ first, seconds }, index) => {
    const base = Math.floor(index / NEEDLES_PER_GROUP) * TABLE_BYTES_PER_GROUP;
    const bit = 1 << (index % NEEDLES_PER_GROUP);
    const mark = (table: number, nibble: number) => {
      tables[base + table * 16 + nibble] = (tables[base + table * 16 + nibble] ?? 0) | bit;
    };
    mark(0, first & 15);
    mark(1, first >> 4);
    for (let nibble = 0; nibble < 16; nibble += 1) {
      if (seconds === undefined || seconds.some((second) => nibble === (second & 15))) mark(2, nibble);
      if (seconds === undefined || seconds.some((second) => nibble === second >> 4)) mark(3, nibble);
    }
  });
  return tables;
}

/** A byte no two-byte needle's tables accept as its second: written after a block, it makes no pair straddle its end. */
function paddingFor(needles: readonly KernelNeedle[], tables: Uint8Array): number {
  const accepts = (byte: number) =>
    needles.some(({ seconds }, index) => {
      if (seconds === undefined) return false;
      const base = Math.floor(index / NEEDLES_PER_GROUP) * TABLE_BYTES_PER_GROUP;
      const bit = 1 << (index % NEEDLES_PER_GROUP);
      return ((tables[base + 32 + (byte & 15)] ?? 0) & (tables[base + 48 + (byte >> 4)] ?? 0) & bit) !== 0;
    });
  return Array.from({ length: 256 }, (_, byte) => byte).find((byte) => !accepts(byte)) ?? 0;
}

/** The byte of the one `tokenRun` needle, if any; a second one, or another needle starting with its byte, is refused. */
function tokenRunByte(needles: readonly ByteNeedle[]): number | undefined {
  const runs = needles.filter((needle) => needle.tokenRun === true);
  const [run] = runs;
  if (run === undefined) return undefined;
  if (runs.length > 1 || run.second !== undefined || needles.some((needle) => needle !== run && needle.first === run.first))
    throw new Error('The byte search takes one token-run needle, of one byte that no other needle starts with.');
  return run.first;
}

/** Whether the kernel keeps a token-run hit at `at` (its check, for the plain search). */
function tokenRunFollows(block: Uint8Array, at: number): boolean {
  if (tokenCharactersAt(block, at + 1, TOKEN_RUN_LENGTH)) return true;
  const route = (block[at + 1] ?? 0) | LOWER_CASE_BIT;
  return route >= LOWER_A && route <= LOWER_Z && block[at + 2] === block[at] && tokenCharactersAt(block, at + 3, SHORT_ROUTE_TOKEN_LENGTH);
}

function tokenCharactersAt(block: Uint8Array, from: number, length: number): boolean {
  for (let offset = from; offset < from + length; offset += 1) if (TOKEN_CHARACTER[block[offset] ?? 0] !== 1) return false;
  return true;
}

const LOWER_CASE_BIT = 0x20;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/** Token characters (base64url) by byte, 1 for one: what the run check asks of each byte, here and in the kernel. */
export const TOKEN_CHARACTER = Uint8Array.from({ length: 256 }, (_, byte) => (/[A-Za-z0-9_-]/.test(String.fromCharCode(byte)) ? 1 : 0));

/**
 * The kernel's token-run tables: a byte is a token character when its low nibble's entry and its high nibble's share a
 * bit. Each high nibble's set of low nibbles (digits: 0–9 after 3; `A`–`O`: 1–15 after 4; …) gets a bit, shared by the
 * high nibbles with the same set: exact, in five bits.
 */
const TOKEN_TABLES = ((): Uint8Array => {
  const tables = new Uint8Array(TOKEN_TABLES_BYTES);
  const bitsBySet = new Map<string, number>();
  for (let high = 0; high < 16; high += 1) {
    const lows = Array.from({ length: 16 }, (_, low) => low).filter((low) => TOKEN_CHARACTER[(high << 4) | low] === 1);
    if (lows.length === 0) continue;
    const key = lows.join(',');
    const bit = bitsBySet.get(key) ?? 1 << bitsBySet.size;
    bitsBySet.set(key, bit);
    tables[16 + high] = bit;
    for (const low of lows) tables[low] = (tables[low] ?? 0) | bit;
  }
  return tables;
})();

/** The same search in plain JavaScript, for runtimes without WebAssembly: a byte at a time, through a table. */
export class PlainByteSearch implements ByteSearch {
  /** By first byte: the second bytes its needles need, with `ANY_SECOND` for a one-byte needle. */
  private readonly seconds: (readonly number[] | undefined)[] = [];
  private readonly runByte: number;
  private block: Uint8Array = new Uint8Array(0);

  constructor(needles: readonly ByteNeedle[]) {
    for (const { first, second } of needles) this.seconds[first] = [...(this.seconds[first] ?? []), second ?? ANY_SECOND];
    this.runByte = tokenRunByte(needles) ?? -1;
  }

  load(block: Uint8Array): void {
    this.block = block;
  }

  forEachHit(visit: (offset: number) => void): void {
    const { block, seconds } = this;
    for (let offset = 0; offset < block.length; offset += 1) {
      const byte = block[offset] ?? 0;
      const wanted = seconds[byte];
      if (!wanted || (byte === this.runByte && !tokenRunFollows(block, offset))) continue;
      if (wanted.some((second) => second === ANY_SECOND || block[offset + 1] === second)) visit(offset);
    }
  }

  count(byte: number, from: number, to: number): number {
    let count = 0;
    for (let offset = this.block.indexOf(byte, from); offset !== -1 && offset < to; offset = this.block.indexOf(byte, offset + 1))
      count += 1;
    return count;
  }
}

const ANY_SECOND = -1;
