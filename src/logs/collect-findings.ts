import type { Finding } from '../findings/finding.js';

interface Entry {
  readonly finding: Finding;
  occurrences: number;
  lastLine: number;
}

/**
 * One finding per distinct secret (by fingerprint) at its first occurrence, counting the rest; or, with
 * `allOccurrences`, one finding per occurrence. Memory grows with distinct secrets, which the report holds anyway.
 */
export class FindingCollector {
  private readonly first = new Map<string, Entry>();
  private readonly every: Finding[] = [];

  constructor(private readonly allOccurrences: boolean) {}

  /** Counts an occurrence; `describe` runs only when a finding is created. */
  add(fingerprint: string, line: number, describe: () => Finding): void {
    const entry = this.first.get(fingerprint);
    if (entry && !this.allOccurrences) {
      entry.occurrences += 1;
      entry.lastLine = line;
      return;
    }
    const finding = describe();
    if (this.allOccurrences) this.every.push(finding);
    else this.first.set(fingerprint, { finding, occurrences: 1, lastLine: line });
  }

  get size(): number {
    return this.allOccurrences ? this.every.length : this.first.size;
  }

  findings(): Finding[] {
    if (this.allOccurrences) return this.every;
    return [...this.first.values()].map(({ finding, occurrences, lastLine }) => withOccurrences(finding, occurrences, lastLine));
  }
}

export function withOccurrences(finding: Finding, occurrences: number, lastLine: number): Finding {
  return { ...finding, properties: { ...finding.properties, occurrences, lastLine } };
}
