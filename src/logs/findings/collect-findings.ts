import type { Finding } from '../../findings/finding.js';
import { takeDetail, type DetailBudget } from './detail-budget.js';
import { FindingFolds, type FoldedFindings } from './fold-findings.js';

interface Entry {
  /** Undefined for a secret only counted here (described in an earlier segment of the file). */
  readonly finding: Finding | undefined;
  occurrences: number;
  lastLine: number;
}

/** Occurrences of a secret found first in an earlier segment of the file: the merge adds them to its finding. */
export interface OccurrenceCount {
  readonly key: string;
  readonly occurrences: number;
  readonly lastLine: number;
}

/** A finding with what it is counted by: a secret's fingerprint, or a single-use token's replay key. */
export interface KeyedFinding {
  readonly key: string;
  readonly finding: Finding;
}

/**
 * One finding per key (a secret's fingerprint, a replayed token) at its first occurrence, counting the rest; or, with
 * `allOccurrences`, one finding per occurrence. Each finding takes one from the run's detail budget; once it is spent,
 * new keys (every occurrence, with `allOccurrences`) are folded into counts per rule instead, so memory stays bounded
 * whatever the number of distinct secrets: the findings kept, at most the budget, and folds of fixed size.
 */
export class FindingCollector {
  private readonly first = new Map<string, Entry>();
  private readonly every: KeyedFinding[] = [];
  private readonly folds = new FindingFolds();
  private countedOnly = 0;

  constructor(
    private readonly allOccurrences: boolean,
    private readonly budget: DetailBudget,
  ) {}

  /** Counts an occurrence; `describe` runs only when a finding is created, and not at all when it returns undefined. */
  add(key: string, line: number, describe: () => Finding | undefined): void {
    const entry = this.first.get(key);
    if (entry && !this.allOccurrences) {
      entry.occurrences += 1;
      entry.lastLine = line;
      return;
    }
    if (this.folds.repeat(key, line)) return;
    const finding = describe();
    if (finding === undefined) {
      this.first.set(key, { finding, occurrences: 1, lastLine: line });
      this.countedOnly += 1;
      return;
    }
    if (!takeDetail(this.budget)) this.folds.add(key, finding, line, this.budget.limit);
    else if (this.allOccurrences) this.every.push({ key, finding });
    else this.first.set(key, { finding, occurrences: 1, lastLine: line });
  }

  /** Findings so far (what the progress line shows). */
  get size(): number {
    return this.allOccurrences ? this.every.length : this.first.size - this.countedOnly;
  }

  findings(): Finding[] {
    return this.keyed().map(({ finding }) => finding);
  }

  keyed(): KeyedFinding[] {
    if (this.allOccurrences) return this.every;
    return [...this.first].flatMap(([key, { finding, occurrences, lastLine }]) =>
      finding ? [{ key, finding: withOccurrences(finding, occurrences, lastLine) }] : [],
    );
  }

  /** The secrets only counted here. */
  counts(): OccurrenceCount[] {
    return [...this.first].flatMap(([key, { finding, occurrences, lastLine }]) => (finding ? [] : [{ key, occurrences, lastLine }]));
  }

  /** What the budget left undescribed, one fold per rule. */
  folded(): FoldedFindings[] {
    return this.folds.data();
  }

  /** The keys of the findings described here. */
  describedKeys(): string[] {
    return [...this.first].flatMap(([key, { finding }]) => (finding ? [key] : []));
  }
}

export function withOccurrences(finding: Finding, occurrences: number, lastLine: number): Finding {
  return { ...finding, properties: { ...finding.properties, occurrences, lastLine } };
}
