import type { RuleId } from '../../catalog/catalog.js';
import type { Level } from '../../catalog/rule.js';
import type { GroupSample } from '../../logs/findings/finding-group.js';
import type { LeakGroup } from './leak-group.js';

/** Log groups summed under one key (an endpoint and place, a file): a row of the report's tables. */
export interface GroupRow {
  readonly key: string;
  /** The first group of the row (its endpoint and place, its file). */
  readonly first: LeakGroup;
  readonly level: Level;
  readonly occurrences: number;
  /** The sum of the groups' distinct counts: exact for one group, an upper bound for more (a secret may be in two). */
  readonly distinctSecrets: number;
  readonly groups: number;
  readonly approximate: boolean;
  readonly firstTime: string | null;
  readonly lastTime: string | null;
  readonly rules: ReadonlySet<RuleId>;
  readonly paths: ReadonlySet<string>;
  readonly samples: readonly GroupSample[];
}

const SAMPLES_PER_ROW = 3;

/** Rows of the groups by `keyOf`, worst first: by level, then by occurrences (ties in key order, for stable output). */
export function rowsBy(groups: readonly LeakGroup[], keyOf: (group: LeakGroup) => string): GroupRow[] {
  const rows = new Map<string, MutableRow>();
  for (const group of groups) {
    const key = keyOf(group);
    const row = rows.get(key);
    if (row) addToRow(row, group);
    else rows.set(key, newRow(key, group));
  }
  return [...rows.values()].sort(compareWorstFirst);
}

const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 2, warning: 1, note: 0 };

/** Error above warning above note, for sorting. */
export function levelRank(level: Level): number {
  return LEVEL_RANK[level];
}

export function compareWorstFirst(a: GroupRow, b: GroupRow): number {
  return levelRank(b.level) - levelRank(a.level) || b.occurrences - a.occurrences || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

type MutableRow = { -readonly [K in keyof GroupRow]: GroupRow[K] } & { rules: Set<RuleId>; paths: Set<string>; samples: GroupSample[] };

function newRow(key: string, group: LeakGroup): MutableRow {
  const { summary } = group;
  return {
    key,
    first: group,
    level: group.level,
    occurrences: summary.occurrences,
    distinctSecrets: summary.distinctSecrets,
    groups: 1,
    approximate: summary.distinctApproximate,
    firstTime: summary.firstTime,
    lastTime: summary.lastTime,
    rules: new Set([group.ruleId]),
    paths: new Set([group.path]),
    samples: summary.samples.slice(0, SAMPLES_PER_ROW),
  };
}

function addToRow(row: MutableRow, group: LeakGroup): void {
  const { summary } = group;
  if (levelRank(group.level) > levelRank(row.level)) row.level = group.level;
  row.occurrences += summary.occurrences;
  row.distinctSecrets += summary.distinctSecrets;
  row.groups += 1;
  row.approximate ||= summary.distinctApproximate;
  row.firstTime = earlier(row.firstTime, summary.firstTime);
  row.lastTime = later(row.lastTime, summary.lastTime);
  row.rules.add(group.ruleId);
  row.paths.add(group.path);
  for (const sample of summary.samples) {
    if (row.samples.length >= SAMPLES_PER_ROW) break;
    if (!row.samples.some((kept) => kept.fingerprint === sample.fingerprint)) row.samples.push(sample);
  }
}

/** ISO 8601 times in UTC compare as text; null is no time. */
export function earlier(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a <= b ? a : b;
}

export function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a >= b ? a : b;
}

/** The earliest time on any line of the groups. */
export function firstTime(groups: readonly LeakGroup[]): string | null {
  return groups.reduce<string | null>((first, group) => earlier(first, group.summary.firstTime), null);
}

export function lastTime(groups: readonly LeakGroup[]): string | null {
  return groups.reduce<string | null>((last, group) => later(last, group.summary.lastTime), null);
}
