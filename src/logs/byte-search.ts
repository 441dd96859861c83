import { FIND_BYTES_WASM } from './wasm/find-bytes-wasm.js';

/** A needle of one byte, or two (`second`), searched for in every block. */
export interface ByteNeedle {
  readonly first: number;
  readonly second: number | undefined;
}

/** The WebAssembly API used here: the project's `lib` has no DOM, where TypeScript declares it. */
declare const WebAssembly: {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object) => { readonly exports: unknown };
};

interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface FindBytesExports {
  readonly memory: WasmMemory;
  findNeedles(start: number, end: number, out: number, capacity: number): number;
  countByte(start: number, end: number, byte: number): number;
}

const NEEDLES_PER_GROUP = 8;
/** The kernel keeps the tables in registers: a fixed number of groups. */
const GROUPS = 3;
const TABLE_BYTES_PER_GROUP = 64;
const TABLES_BYTES = GROUPS * TABLE_BYTES_PER_GROUP;
/** Hits returned per call; a block with more (a hostile line of `=`) is searched in several calls. */
const HITS_PER_CALL = 16 * 1024;
/** Vectors are read up to 17 bytes past a block's end. */
const BLOCK_PADDING = 32;
const WASM_PAGE_BYTES = 64 * 1024;

const findBytesModule = new WebAssembly.Module(Buffer.from(FIND_BYTES_WASM, 'base64'));

/**
 * The log scanner's per-byte work, on WebAssembly SIMD (src/logs/wasm/find-bytes.wat): a block is copied into the
 * module's memory once, then one pass finds every occurrence of all needles and newlines are counted 16 bytes at a
 * time. Measured on the benchmark log, against a `Buffer#indexOf` pass per needle and per newline: see
 * docs/log-scanner.md. One instance per thread; not re-entrant (a block stays loaded until the next `load`).
 */
export class ByteSearch {
  private readonly exports: FindBytesExports;
  private readonly hitsOffset: number;
  private readonly blockOffset: number;
  /** Written after a block: no needle has it as its second byte, so no pair is found straddling the block's end. */
  private readonly padding: number;
  private memory: Uint8Array;
  private blockLength = 0;

  constructor(needles: readonly ByteNeedle[]) {
    this.exports = new WebAssembly.Instance(findBytesModule).exports as unknown as FindBytesExports;
    if (needles.length > GROUPS * NEEDLES_PER_GROUP) throw new Error(`The byte search takes at most ${GROUPS * NEEDLES_PER_GROUP} needles, not ${needles.length}.`);
    this.hitsOffset = TABLES_BYTES;
    const seconds = new Set(needles.map(({ second }) => second));
    this.padding = Array.from({ length: 256 }, (_, byte) => byte).find((byte) => !seconds.has(byte)) ?? 0;
    this.blockOffset = this.hitsOffset + HITS_PER_CALL * Uint32Array.BYTES_PER_ELEMENT;
    this.memory = new Uint8Array(this.exports.memory.buffer);
    this.ensureCapacity(0);
    this.memory.set(needleTables(needles), 0);
  }

  /** Makes `block` the one searched; it may be any size. */
  load(block: Uint8Array): void {
    this.ensureCapacity(block.length);
    this.memory.set(block, this.blockOffset);
    this.memory.fill(this.padding, this.blockOffset + block.length, this.blockOffset + block.length + BLOCK_PADDING);
    this.blockLength = block.length;
  }

  /** Calls `visit` with the offset in the block of every needle occurrence, in ascending order. */
  forEachHit(visit: (offset: number) => void): void {
    const end = this.blockOffset + this.blockLength;
    for (let from = this.blockOffset; ; ) {
      const count = this.exports.findNeedles(from, end, this.hitsOffset, HITS_PER_CALL);
      const hits = new Uint32Array(this.exports.memory.buffer, this.hitsOffset, count);
      for (let index = 0; index < count; index += 1) visit((hits[index] ?? 0) - this.blockOffset);
      if (count < HITS_PER_CALL) return;
      from = (hits[count - 1] ?? end) + 1;
    }
  }

  /** How many times `byte` occurs in the block's [from, to). */
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

/**
 * Per group of 8 needles, four 16-entry tables by nibble (first byte low and high, second byte low and high): bit k
 * set where the nibble fits needle k. A byte fits a needle exactly when both its nibbles do; a one-byte needle fits
 * any second byte.
 */
function needleTables(needles: readonly ByteNeedle[]): Uint8Array {
  const tables = new Uint8Array(TABLES_BYTES);
  needles.forEach(({ first, second }, index) => {
    const base = Math.floor(index / NEEDLES_PER_GROUP) * TABLE_BYTES_PER_GROUP;
    const bit = 1 << index % NEEDLES_PER_GROUP;
    const mark = (table: number, nibble: number) => {
      tables[base + table * 16 + nibble] = (tables[base + table * 16 + nibble] ?? 0) | bit;
    };
    mark(0, first & 15);
    mark(1, first >> 4);
    for (let nibble = 0; nibble < 16; nibble += 1) {
      if (second === undefined || nibble === (second & 15)) mark(2, nibble);
      if (second === undefined || nibble === second >> 4) mark(3, nibble);
    }
  });
  return tables;
}
