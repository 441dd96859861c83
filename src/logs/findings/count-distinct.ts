import { fingerprintOf } from '../../secrets/protect.js';

/**
 * Distinct keys counted in fixed memory, as plain data (it crosses threads inside segment results): the keys
 * themselves while few, then a HyperLogLog sketch, whose estimate is within ~2 % (standard error 0.8 %), or, once a
 * file is finished, just the count. Sketches of two segments merge into the sketch of both, so a secret folded in
 * two segments is counted once.
 */
export type DistinctCount =
  | { readonly kind: 'exact'; readonly keys: readonly string[] }
  | { readonly kind: 'sketch'; readonly registers: Uint8Array }
  | { readonly kind: 'counted'; readonly count: number; readonly approximate: boolean };

/** Keys listed one by one up to this many (~10 KB); a sketch is 16 KB whatever the count. */
const EXACT_LIMIT = 256;
/** 2^14 registers: standard error 1.04 / sqrt(2^14) = 0.8 %. */
const INDEX_BITS = 14;
const REGISTERS = 2 ** INDEX_BITS;

/** Counts distinct keys: a secret's fingerprint or a replay key ending in one (16 hex digits of a SHA-256). */
export class DistinctCounter {
  private keys: Set<string> | undefined = new Set();
  private registers: Uint8Array | undefined;
  private counted: { count: number; approximate: boolean } | undefined;

  static from(data: DistinctCount): DistinctCounter {
    const counter = new DistinctCounter();
    counter.merge(data);
    return counter;
  }

  add(key: string): void {
    if (this.keys) {
      this.keys.add(key);
      if (this.keys.size > EXACT_LIMIT) this.toSketch();
      return;
    }
    if (this.registers) addToRegisters(this.registers, key);
    else this.counted = { count: (this.counted?.count ?? 0) + 1, approximate: true };
  }

  merge(data: DistinctCount): void {
    if (data.kind === 'exact') {
      for (const key of data.keys) this.add(key);
      return;
    }
    if (data.kind === 'sketch' && !this.counted) {
      if (this.keys) this.toSketch();
      if (this.registers)
        for (let index = 0; index < REGISTERS; index += 1)
          this.registers[index] = Math.max(this.registers[index] ?? 0, data.registers[index] ?? 0);
      return;
    }
    // A finished count cannot tell which keys it holds: the sum may count a key twice.
    const other = data.kind === 'sketch' ? { count: estimateRegisters(data.registers), approximate: true } : data;
    const own = this.estimate();
    this.keys = undefined;
    this.registers = undefined;
    this.counted = {
      count: own.count + other.count,
      approximate: own.approximate || other.approximate || (own.count > 0 && other.count > 0),
    };
  }

  estimate(): { readonly count: number; readonly approximate: boolean } {
    if (this.keys) return { count: this.keys.size, approximate: false };
    if (this.registers) return { count: estimateRegisters(this.registers), approximate: true };
    return this.counted ?? { count: 0, approximate: false };
  }

  /** The data to post or keep; `finished` keeps only the count (nothing more will be merged into it). */
  data(finished = false): DistinctCount {
    if (this.keys && !finished) return { kind: 'exact', keys: [...this.keys] };
    if (this.registers && !finished) return { kind: 'sketch', registers: this.registers };
    return { kind: 'counted', ...this.estimate() };
  }

  private toSketch(): void {
    const registers = new Uint8Array(REGISTERS);
    for (const key of this.keys ?? []) addToRegisters(registers, key);
    this.keys = undefined;
    this.registers = registers;
  }
}

/** The key's 64 hash bits: its last 16 hex digits (a fingerprint is already a hash), else a hash of it. */
function addToRegisters(registers: Uint8Array, key: string): void {
  const hex = HEX_TAIL.test(key) ? key.slice(-16) : fingerprintOf(key);
  const high = Number.parseInt(hex.slice(0, 8), 16);
  const low = Number.parseInt(hex.slice(8, 16), 16);
  const index = high >>> (32 - INDEX_BITS);
  // The rank: 1 + the leading zeros of the 50 bits after the index.
  const rest = (high << INDEX_BITS) >>> 0;
  const rank = rest === 0 ? 32 - INDEX_BITS + Math.clz32(low) + 1 : Math.clz32(rest) + 1;
  if (rank > (registers[index] ?? 0)) registers[index] = rank;
}

const HEX_TAIL = /[0-9a-f]{16}$/;

/** HyperLogLog's estimate with linear counting for small counts (Flajolet et al. 2007; Heule et al. 2013). */
function estimateRegisters(registers: Uint8Array): number {
  let sum = 0;
  let zeros = 0;
  for (const rank of registers) {
    sum += 2 ** -rank;
    if (rank === 0) zeros += 1;
  }
  const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
  const raw = (alpha * REGISTERS * REGISTERS) / sum;
  if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
  return Math.round(raw);
}
