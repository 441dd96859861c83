import type { GroupJwtFacts } from '../../logs/findings/finding-group.js';
import type { LeakGroup } from './leak-group.js';

/** The JWT facts of every group, summed: what the token-lifetimes section draws. */
export type JwtTotals = Pick<GroupJwtFacts, Counter> & {
  /** Occurrences per `alg`, most first. */
  readonly algs: readonly (readonly [string, number])[];
  /** Occurrences per lifetime bucket (`[upToSeconds, count]`, exclusive upper bounds, powers of two), shortest first. */
  readonly lifetimes: readonly (readonly [number, number])[];
};

type Counter = 'occurrences' | 'liveWhenLogged' | 'expiredWhenLogged' | 'liveUnknown' | 'withoutExp' | 'withJti';
const COUNTERS: readonly Counter[] = ['occurrences', 'liveWhenLogged', 'expiredWhenLogged', 'liveUnknown', 'withoutExp', 'withJti'];

export function sumJwtFacts(groups: readonly LeakGroup[]): JwtTotals {
  const totals: Record<Counter, number> = {
    occurrences: 0,
    liveWhenLogged: 0,
    expiredWhenLogged: 0,
    liveUnknown: 0,
    withoutExp: 0,
    withJti: 0,
  };
  const algs = new Map<string, number>();
  const lifetimes = new Map<number, number>();
  for (const facts of groups.map((group) => group.summary.jwt)) {
    if (facts === null) continue;
    for (const counter of COUNTERS) totals[counter] += facts[counter];
    addCounts(algs, Object.entries(facts.algs));
    addCounts(lifetimes, facts.lifetimes);
  }
  return {
    ...totals,
    algs: [...algs].sort(([nameA, a], [nameB, b]) => b - a || (nameA < nameB ? -1 : 1)),
    lifetimes: [...lifetimes].filter(([, count]) => count > 0).sort(([a], [b]) => a - b),
  };
}

function addCounts<K>(counts: Map<K, number>, entries: Iterable<readonly [K, number]>): void {
  for (const [key, count] of entries) counts.set(key, (counts.get(key) ?? 0) + count);
}
