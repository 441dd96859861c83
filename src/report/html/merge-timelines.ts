import type { RuleId } from '../../catalog/catalog.js';
import { TIMELINE_BUCKET_SECONDS, widerBucketSeconds } from '../../logs/findings/finding-group.js';
import type { LeakGroup } from './leak-group.js';

/** Occurrences per time bucket of several groups, one count per series (a rule) in each bucket. */
export interface MergedTimeline {
  readonly bucketSeconds: number;
  readonly series: readonly RuleId[];
  /** `[start, counts]`, counts in the order of `series`; buckets without occurrences are left out. */
  readonly buckets: readonly (readonly [number, readonly number[]])[];
}

/** Bars a chart holds before its buckets are widened: past this, a bar is thinner than a pixel's worth of meaning. */
export const MAX_CHART_BUCKETS = 240;

/**
 * The groups' timelines on one scale: the widest bucket any group uses, widened (hours, days, weeks, 30 days, then
 * doubling) until the span fits `MAX_CHART_BUCKETS`. A narrower bucket falls into the wider one that holds its
 * start.
 */
export function mergeTimelines(groups: readonly LeakGroup[], series: readonly RuleId[]): MergedTimeline {
  const timed = groups.filter((group) => group.summary.timeline.buckets.length > 0);
  const bucketSeconds = chartBucketSeconds(timed);
  const counts = new Map<number, number[]>();
  for (const group of timed) {
    const index = series.indexOf(group.ruleId);
    if (index === -1) continue;
    for (const [start, occurrences] of group.summary.timeline.buckets) {
      const bucket = Math.floor(start / bucketSeconds) * bucketSeconds;
      const row = counts.get(bucket) ?? new Array<number>(series.length).fill(0);
      row[index] = (row[index] ?? 0) + occurrences;
      counts.set(bucket, row);
    }
  }
  return { bucketSeconds, series, buckets: [...counts].sort(([a], [b]) => a - b) };
}

function chartBucketSeconds(groups: readonly LeakGroup[]): number {
  const span = spanOf(groups);
  let width = groups.reduce((widest, group) => Math.max(widest, group.summary.timeline.bucketSeconds), TIMELINE_BUCKET_SECONDS[0] ?? 3600);
  while (span / width >= MAX_CHART_BUCKETS) width = widerBucketSeconds(width) ?? width * 2;
  return width;
}

/** Seconds from the first bucket's start to the last's, over every group (a loop: millions of buckets are possible). */
function spanOf(groups: readonly LeakGroup[]): number {
  let first = Infinity;
  let last = -Infinity;
  for (const group of groups) {
    for (const [start] of group.summary.timeline.buckets) {
      first = Math.min(first, start);
      last = Math.max(last, start);
    }
  }
  return last >= first ? last - first : 0;
}
