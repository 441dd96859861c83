import type { Finding } from '../findings/finding.js';

interface Entry {
  readonly finding: Finding;
  occurrences: number;
  lastLine: number;
}

/** A finding with what it is counted by: a secret's fingerprint, or a single-use token's replay key. */
export interface KeyedFinding {
  readonly key: string;
  readonly finding: Finding;
}

/**
 * One finding per key (a secret's fingerprint, a replayed token) at its first occurrence, counting the rest; or, with
 * `allOccurrences`, one finding per occurrence. Memory grows with distinct keys, which the report holds anyway.
 */
export class FindingCollector {
  private readonly first = new Map<string, Entry>();
  private readonly every: KeyedFinding[] = [];

  constructor(private readonly allOccurrences: boolean) {}

  /** Counts an occurrence; `describe` runs only when a finding is created. */
  add(key: string, line: number, describe: () => Finding): void {
    const entry = this.first.get(key);
    if (entry && !this.allOccurrences) {
      entry.occurrences += 1;
      entry.lastLine = line;
      return;
    }
    const finding = describe();
    if (this.allOccurrences) this.every.push({ key, finding });
    else this.first.set(key, { finding, occurrences: 1, lastLine: line });
  }

  get size(): number {
    return this.allOccurrences ? this.every.length : this.first.size;
  }

  findings(): Finding[] {
    return this.keyed().map(({ finding }) => finding);
  }

  keyed(): KeyedFinding[] {
    if (this.allOccurrences) return this.every;
    return [...this.first].map(([key, { finding, occurrences, lastLine }]) => ({ key, finding: withOccurrences(finding, occurrences, lastLine) }));
  }
}

export function withOccurrences(finding: Finding, occurrences: number, lastLine: number): Finding {
  return { ...finding, properties: { ...finding.properties, occurrences, lastLine } };
}
