import type { Level } from '../../catalog/rule.js';
import type { RuleId } from '../../catalog/catalog.js';
import { isAtLeast, type Finding, type Location } from '../../findings/finding.js';
import { DistinctCounter, type DistinctCount } from './count-distinct.js';

/**
 * The findings of one file and rule that the detail budget left undescribed, as counts. Plain data: it is posted
 * from workers inside segment results. Lines are the segment's until the merge shifts them.
 */
export interface FoldedFindings {
  readonly ruleId: RuleId;
  /** The highest level among them. */
  readonly level: Level;
  /** The first folded occurrence. */
  readonly location: Location;
  readonly lastLine: number;
  /** Occurrences of the folded secrets: exact. */
  readonly occurrences: number;
  /** Distinct secrets (replayed tokens) among them: exact while few, else estimated in fixed memory. */
  readonly distinct: DistinctCount;
  /** The budget that was spent. */
  readonly detailBudget: number;
}

interface Fold {
  readonly ruleId: RuleId;
  level: Level;
  location: Location;
  lastLine: number;
  occurrences: number;
  readonly distinct: DistinctCounter;
  readonly detailBudget: number;
}

/**
 * One fold per file and rule, in fixed memory whatever the number of secrets: the distinct count is a sketch, and
 * only the last few thousand keys are remembered, so that a repeat of a recent one is counted without describing it
 * again (a forgotten one is described again and then counted; either way the counts stay the same).
 */
export class FindingFolds {
  private readonly folds = new Map<string, Fold>();
  private readonly recent = new Map<string, Fold>();

  /** Counts an occurrence of a key folded recently; false when the key is not remembered (describe it, then `add`). */
  repeat(key: string, line: number): boolean {
    const fold = this.recent.get(key);
    if (!fold) return false;
    fold.occurrences += 1;
    fold.lastLine = line;
    return true;
  }

  /** Folds a finding that a budget of `detailBudget` findings had no room for. */
  add(key: string, finding: Finding, line: number, detailBudget: number): void {
    const fold = this.foldFor(finding.location, finding.ruleId, finding.level, detailBudget);
    fold.occurrences += 1;
    fold.lastLine = line;
    fold.distinct.add(key);
    if (this.recent.size >= RECENT_KEYS) this.recent.clear();
    this.recent.set(key, fold);
  }

  /** Folds of a later stretch (a segment, a file), lines shifted by `lineOffset`. */
  merge(folded: readonly FoldedFindings[], lineOffset: number): void {
    for (const other of folded) {
      const location = shiftLocation(other.location, lineOffset);
      const fold = this.foldFor(location, other.ruleId, other.level, other.detailBudget);
      fold.occurrences += other.occurrences;
      fold.lastLine = other.lastLine + lineOffset;
      fold.distinct.merge(other.distinct);
    }
  }

  get size(): number {
    return this.folds.size;
  }

  /** The folds as data; `finished` (a whole file's) keeps only their counts, dropping sketches and keys. */
  data(finished = false): FoldedFindings[] {
    return [...this.folds.values()].map(({ distinct, ...fold }) => ({ ...fold, distinct: distinct.data(finished) }));
  }

  /** In order of first occurrence per file, as added (input order). */
  private foldFor(location: Location, ruleId: RuleId, level: Level, detailBudget: number): Fold {
    const key = `${location.path}\0${ruleId}`;
    const fold = this.folds.get(key);
    if (fold) {
      if (!isAtLeast(fold.level, level)) fold.level = level;
      return fold;
    }
    const created: Fold = {
      ruleId,
      level,
      location,
      lastLine: location.line,
      occurrences: 0,
      distinct: new DistinctCounter(),
      detailBudget,
    };
    this.folds.set(key, created);
    return created;
  }
}

/** Distinct secrets among folded findings: never more than their occurrences, which an estimate may overshoot. */
export function countFoldedSecrets(folded: FoldedFindings): { readonly count: number; readonly approximate: boolean } {
  const { count, approximate } = DistinctCounter.from(folded.distinct).estimate();
  return { count: Math.min(count, folded.occurrences), approximate };
}

/** Keys remembered for counting repeats without describing them (~0.5 MB). */
const RECENT_KEYS = 4096;

export function shiftLocation(location: Location, offset: number): Location {
  if (offset === 0) return location;
  return {
    ...location,
    line: location.line + offset,
    ...(location.endLine === undefined ? {} : { endLine: location.endLine + offset }),
  };
}
