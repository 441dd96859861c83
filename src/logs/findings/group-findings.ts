import type { Level } from '../../catalog/rule.js';
import type { RuleId } from '../../catalog/catalog.js';
import { isAtLeast, type Finding, type Location } from '../../findings/finding.js';
import { DistinctCounter, type DistinctCount } from './count-distinct.js';
import { TIMELINE_BUCKET_SECONDS, widerBucketSeconds, type GroupJwtFacts, type GroupSample } from './finding-group.js';
import { shiftLocation } from './fold-findings.js';
import { detachString } from '../detach.js';
import { isLiveWhenLogged } from './jwt-policy.js';

/**
 * A group of one file's findings as plain data (posted from workers inside segment results, merged in file order).
 * Lines are the segment's until the merge shifts them.
 */
export interface GroupData {
  readonly key: string;
  readonly ruleId: RuleId;
  readonly endpoint: string | null;
  readonly where: string;
  readonly parameter: string | null;
  readonly level: Level;
  readonly location: Location;
  readonly lastLine: number;
  readonly occurrences: number;
  readonly distinct: DistinctCount;
  readonly firstTime: number | null;
  readonly lastTime: number | null;
  readonly levels: Readonly<Record<Level, number>>;
  readonly samples: readonly GroupSample[];
  readonly jwt: JwtTally | null;
  readonly timeline: TimelineData;
}

/** The JWT facts of a group, summed: `GroupJwtFacts` before its median is read off the lifetime buckets. */
export type JwtTally = Omit<GroupJwtFacts, 'medianLifetimeSeconds' | 'lifetimes' | 'algs'> & {
  readonly algs: Readonly<Record<string, number>>;
  /** Tokens per lifetime bucket: index `i` holds lifetimes in [2^(i-1), 2^i) seconds (index 0: under 1 s). */
  readonly lifetimes: readonly number[];
};

export interface TimelineData {
  readonly bucketSeconds: number;
  readonly buckets: readonly (readonly [number, number])[];
}

/**
 * What a group needs to know of a secret when it is first seen: graded (`gradeSecret`), not described, since a log
 * with a new secret on every line grades one per line. `sample` is called only for a secret that becomes a sample.
 */
export interface GradedOccurrence {
  readonly ruleId: RuleId;
  /** The level of this occurrence; a JWT's as judged against this line's time. */
  readonly level: Level;
  readonly location: Location;
  readonly where: string;
  readonly parameter: string | null;
  readonly jwt: JwtProperties | undefined;
  readonly sample: () => { readonly redacted: string; readonly fingerprint: string };
}

/** A described finding (a replay) as a graded occurrence. */
export function gradedFinding(finding: Finding): GradedOccurrence {
  const { secret } = finding;
  return {
    ruleId: finding.ruleId,
    level: finding.level,
    location: finding.location,
    where: stringProperty(finding, 'where') ?? 'log line',
    parameter: stringProperty(finding, 'parameter') ?? null,
    jwt: undefined,
    sample: () => ({ redacted: secret?.redacted ?? '', fingerprint: secret?.fingerprint ?? '' }),
  };
}

/** One occurrence as the scanner hands it over: what it can tell without describing the secret. */
export interface Occurrence {
  /** The secret's fingerprint (or a replay key): repeats of a recent one are only counted. */
  readonly key: string;
  readonly endpoint: string | undefined;
  readonly location: Location;
  /** Seconds since the epoch, when the line has a time. */
  readonly timestamp: number | undefined;
}

/**
 * Findings grouped per rule, endpoint and place in the line, in fixed memory whatever the number of secrets or
 * lines: each group keeps exact counters, a distinct-count sketch, a few samples, a JWT tally of fixed size and a
 * timeline of bounded buckets; past `MAX_GROUPS` groups in a file, new endpoints share one group per rule and place.
 * A secret is described (graded, redacted, its JWT decoded) when first seen; a repeat among the last `RECENT_KEYS`
 * reuses that description. Levels and JWT facts are counted per occurrence, a JWT's liveness against each line's own
 * time, so no count depends on which occurrence described the secret, nor on how the file was split.
 */
export class FindingGroups {
  private readonly groups = new Map<string, GroupAccumulator>();
  /** The cap on groups is per file: the merge of a run's files holds the groups of all of them. */
  private readonly groupsPerFile = new Map<string, number>();
  private readonly recent = new Map<string, { readonly group: GroupAccumulator; readonly facts: SecretFacts }>();
  /** The group of the last secret first seen: a log with a new secret on every line puts them mostly in one. */
  private last: GroupAccumulator | undefined;

  /** `expiredLevel`: the level of a JWT already expired when its line was written (the JWT policy's). */
  constructor(private readonly expiredLevel: Level = 'note') {}

  /** Counts an occurrence; `grade` runs only for a secret not seen recently on this endpoint. */
  add(occurrence: Occurrence, grade: () => GradedOccurrence): void {
    const recentKey = `${occurrence.key}\0${occurrence.endpoint ?? ''}`;
    const known = this.recent.get(recentKey);
    if (known) {
      known.group.count(occurrence, known.facts, this.expiredLevel);
      return;
    }
    const graded = grade();
    const facts = { level: graded.level, jwt: graded.jwt };
    const group = this.groupFor(graded, occurrence.endpoint ?? null);
    group.count(occurrence, facts, this.expiredLevel);
    group.sample(occurrence.key, graded);
    if (this.recent.size >= RECENT_KEYS) this.recent.clear();
    this.recent.set(recentKey, { group, facts });
  }

  /** The groups of a later stretch of the same file (a segment), lines shifted by `lineOffset`. */
  merge(groups: readonly GroupData[], lineOffset: number): void {
    for (const data of groups) (this.groups.get(data.key) ?? this.mergedGroupFor(data, lineOffset)).merge(data, lineOffset);
  }

  get size(): number {
    return this.groups.size;
  }

  /** The groups as data, in order of first occurrence; `finished` (a whole file's) drops the sketches. */
  data(finished = false): GroupData[] {
    return [...this.groups.values()].map((group) => group.data(finished));
  }

  private groupFor(graded: GradedOccurrence, endpoint: string | null): GroupAccumulator {
    const { where, parameter } = graded;
    if (this.last?.holds(graded, endpoint)) return this.last;
    const own = this.groups.get(groupKey(graded.location.path, graded.ruleId, endpoint, where, parameter));
    if (own) return (this.last = own);
    const shown = this.shownEndpoint(graded.location.path, endpoint);
    const key = groupKey(graded.location.path, graded.ruleId, shown, where, parameter);
    const group = shown === endpoint ? undefined : this.groups.get(key);
    if (group) return (this.last = group);
    // Kept for the run: copies of their own, not views on the block the line was read from (detach.ts).
    const kept = new GroupAccumulator(
      detachString(key),
      graded,
      shown,
      detachString(where),
      parameter === null ? null : detachString(parameter),
    );
    this.last = kept;
    return this.created(key, kept);
  }

  /**
   * The group a segment's group joins when its key is new to the file: the cap on groups applies to the whole file as
   * it does to one segment (the segments' groups arrive in file order, each segment's in order of first occurrence).
   * A segment caps its own groups too, so past the cap a segment can put an endpoint the file already has among its
   * other endpoints: where segments start shapes the groups, and a file is split the same way on any number of
   * threads (scan-logs.ts).
   */
  private mergedGroupFor(data: GroupData, lineOffset: number): GroupAccumulator {
    const shown = this.shownEndpoint(data.location.path, data.endpoint);
    if (shown === data.endpoint) return this.created(data.key, GroupAccumulator.empty(data, lineOffset));
    const key = groupKey(data.location.path, data.ruleId, shown, data.where, data.parameter);
    return this.groups.get(key) ?? this.created(key, GroupAccumulator.empty({ ...data, key, endpoint: shown }, lineOffset));
  }

  /** A new endpoint as its group shows it: past `MAX_GROUPS` groups in a file, new endpoints share one group. */
  private shownEndpoint(path: string, endpoint: string | null): string | null {
    return endpoint === null || (this.groupsPerFile.get(path) ?? 0) < MAX_GROUPS ? endpoint : OTHER_ENDPOINTS;
  }

  private created(key: string, group: GroupAccumulator): GroupAccumulator {
    this.groups.set(key, group);
    const { path } = group;
    this.groupsPerFile.set(path, (this.groupsPerFile.get(path) ?? 0) + 1);
    return group;
  }
}

function groupKey(path: string, ruleId: RuleId, endpoint: string | null, where: string, parameter: string | null): string {
  return [path, ruleId, endpoint ?? '', where, parameter ?? ''].join('\0');
}

/** Groups per file (a log whose every line has its own path would otherwise have one per line). */
const MAX_GROUPS = 500;
const OTHER_ENDPOINTS = '(other endpoints)';
/** Secrets remembered for counting repeats without describing them again (~2 MB). */
const RECENT_KEYS = 16_384;
/** Samples kept per group. */
const SAMPLES = 3;
/** `alg` names counted one by one per group; the rest are summed under `other`. */
const MAX_ALGS = 16;
const MAX_ALG_NAME = 24;
/** Timeline buckets per group before they are widened. */
const MAX_BUCKETS = 2_000;
/** Lifetime buckets: powers of two up to 2^40 s (~35,000 years). */
const LIFETIME_BUCKETS = 41;

/** What every occurrence of a secret counts: its level (when live), and its JWT's facts. */
interface SecretFacts {
  readonly level: Level;
  readonly jwt: JwtProperties | undefined;
}

/** A JWT's liveness on a line, as the per-secret report judges it (its properties hold `exp` as a number or null). */
function liveAt(jwt: JwtProperties, timestamp: number | undefined): boolean | undefined {
  return isLiveWhenLogged({ exp: typeof jwt.exp === 'number' ? jwt.exp : undefined }, timestamp);
}

function stringProperty(finding: Finding, name: string): string | undefined {
  const value = finding.properties?.[name];
  return typeof value === 'string' ? value : undefined;
}

class GroupAccumulator {
  private level: Level;
  private location: Location;
  private lastLine: number;
  private occurrences = 0;
  private readonly distinct = new DistinctCounter();
  private firstTime: number | null = null;
  private lastTime: number | null = null;
  private readonly levels: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  private readonly samples: GroupSample[] = [];
  private jwt: MutableJwtTally | null = null;
  private readonly timeline = new Timeline();

  constructor(
    private readonly key: string,
    first: Pick<Finding, 'ruleId' | 'location'>,
    private readonly endpoint: string | null,
    private readonly where: string,
    private readonly parameter: string | null,
    private readonly ruleId: RuleId = first.ruleId,
  ) {
    // The lowest: occurrences (`count`) and merged groups (`merge`) raise it. The first's own level is its level
    // when live, which an expired JWT is not.
    this.level = 'note';
    this.location = first.location;
    this.lastLine = first.location.line;
  }

  get path(): string {
    return this.location.path;
  }

  /** Whether a secret graded so, on this endpoint as shown, belongs here (the fields of `key`, compared). */
  holds(graded: GradedOccurrence, shown: string | null): boolean {
    return (
      graded.ruleId === this.ruleId &&
      shown === this.endpoint &&
      graded.where === this.where &&
      (graded.parameter ?? null) === this.parameter &&
      graded.location.path === this.location.path
    );
  }

  /** An empty group with `data`'s identity, its first location shifted. */
  static empty(data: GroupData, lineOffset: number): GroupAccumulator {
    const first = { ruleId: data.ruleId, location: shiftLocation(data.location, lineOffset) };
    return new GroupAccumulator(data.key, first, data.endpoint, data.where, data.parameter);
  }

  /** One occurrence: a JWT expired on its line counts at `expiredLevel`, whatever the line that described it. */
  count({ location, timestamp }: Occurrence, facts: SecretFacts, expiredLevel: Level): void {
    const live = facts.jwt ? liveAt(facts.jwt, timestamp) : undefined;
    const level = live === false ? expiredLevel : facts.level;
    this.raiseLevel(level);
    this.levels[level] += 1;
    if (facts.jwt) (this.jwt ??= emptyJwtTally()).add(facts.jwt, live);
    this.occurrences += 1;
    this.spread(location, location.line);
    if (timestamp === undefined) return;
    this.firstTime = this.firstTime === null ? timestamp : Math.min(this.firstTime, timestamp);
    this.lastTime = this.lastTime === null ? timestamp : Math.max(this.lastTime, timestamp);
    this.timeline.add(timestamp, 1);
  }

  /** A secret first seen: counted among the distinct ones, and a sample if among the first few in the file. */
  sample(key: string, graded: GradedOccurrence): void {
    this.distinct.add(key);
    const { line } = graded.location;
    const last = this.samples[SAMPLES - 1];
    if (last !== undefined && last.line <= line) return;
    const { redacted, fingerprint } = graded.sample();
    this.keepSample({ redacted: detachString(redacted), fingerprint, line });
  }

  /**
   * The samples are the distinct secrets first seen earliest in the file, whatever order the segments of a split
   * file are merged in (a replay the merge finds comes after the segment's own).
   */
  private keepSample(sample: GroupSample): void {
    const index = this.samples.findIndex((kept) => kept.fingerprint === sample.fingerprint);
    if (index !== -1 && (this.samples[index]?.line ?? 0) <= sample.line) return;
    if (index !== -1) this.samples.splice(index, 1);
    this.samples.push(sample);
    this.samples.sort((a, b) => a.line - b.line);
    this.samples.length = Math.min(this.samples.length, SAMPLES);
  }

  /** Widens the group's span to a location: the first occurrence is the earliest in the file. */
  private spread(location: Location, lastLine: number): void {
    if (location.line < this.location.line || (location.line === this.location.line && location.column < this.location.column))
      this.location = location;
    this.lastLine = Math.max(this.lastLine, lastLine);
  }

  merge(data: GroupData, lineOffset: number): void {
    this.raiseLevel(data.level);
    this.occurrences += data.occurrences;
    this.spread(shiftLocation(data.location, lineOffset), data.lastLine + lineOffset);
    this.distinct.merge(data.distinct);
    if (data.firstTime !== null) this.firstTime = this.firstTime === null ? data.firstTime : Math.min(this.firstTime, data.firstTime);
    if (data.lastTime !== null) this.lastTime = this.lastTime === null ? data.lastTime : Math.max(this.lastTime, data.lastTime);
    for (const level of LEVELS) this.levels[level] += data.levels[level];
    for (const sample of data.samples) this.keepSample({ ...sample, line: sample.line + lineOffset });
    if (data.jwt) (this.jwt ??= emptyJwtTally()).merge(data.jwt);
    this.timeline.merge(data.timeline);
  }

  data(finished: boolean): GroupData {
    return {
      key: this.key,
      ruleId: this.ruleId,
      endpoint: this.endpoint,
      where: this.where,
      parameter: this.parameter,
      level: this.level,
      location: this.location,
      lastLine: this.lastLine,
      occurrences: this.occurrences,
      distinct: this.distinct.data(finished),
      firstTime: this.firstTime,
      lastTime: this.lastTime,
      levels: { ...this.levels },
      samples: [...this.samples],
      jwt: this.jwt?.data() ?? null,
      timeline: this.timeline.data(),
    };
  }

  private raiseLevel(level: Level): void {
    if (!isAtLeast(this.level, level)) this.level = level;
  }
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/** What `describeSecret` puts under `properties.jwt`. */
export interface JwtProperties {
  readonly alg?: string | null;
  readonly exp?: number | null;
  readonly lifetimeSeconds?: number | null;
  readonly hasJti?: boolean;
}

interface MutableJwtTally {
  add(jwt: JwtProperties, liveWhenLogged: boolean | undefined): void;
  merge(other: JwtTally): void;
  data(): JwtTally;
}

function emptyJwtTally(): MutableJwtTally {
  const counts = { occurrences: 0, liveWhenLogged: 0, expiredWhenLogged: 0, liveUnknown: 0, withoutExp: 0, withJti: 0 };
  const range: { minLifetimeSeconds: number | null; maxLifetimeSeconds: number | null } = {
    minLifetimeSeconds: null,
    maxLifetimeSeconds: null,
  };
  const widen = (low: number | null, high: number | null) => {
    if (low !== null) range.minLifetimeSeconds = Math.min(range.minLifetimeSeconds ?? low, low);
    if (high !== null) range.maxLifetimeSeconds = Math.max(range.maxLifetimeSeconds ?? high, high);
  };
  const algs = new Map<string, number>();
  const lifetimes = new Array<number>(LIFETIME_BUCKETS).fill(0);
  const countAlg = (alg: string, count: number) => {
    const name = algs.has(alg) || algs.size < MAX_ALGS ? alg : 'other';
    algs.set(name, (algs.get(name) ?? 0) + count);
  };
  return {
    add(jwt, liveWhenLogged) {
      counts.occurrences += 1;
      if (liveWhenLogged === true) counts.liveWhenLogged += 1;
      else if (liveWhenLogged === false) counts.expiredWhenLogged += 1;
      else counts.liveUnknown += 1;
      if (jwt.exp === null || jwt.exp === undefined) counts.withoutExp += 1;
      if (jwt.hasJti === true) counts.withJti += 1;
      // The header is the token's sender's: a name of any length or content is cut short here (reports escape it).
      countAlg(typeof jwt.alg === 'string' ? jwt.alg.toLowerCase().slice(0, MAX_ALG_NAME) : '(missing)', 1);
      if (typeof jwt.lifetimeSeconds === 'number' && jwt.lifetimeSeconds >= 0) {
        widen(jwt.lifetimeSeconds, jwt.lifetimeSeconds);
        const index = Math.min(LIFETIME_BUCKETS - 1, jwt.lifetimeSeconds < 1 ? 0 : Math.floor(Math.log2(jwt.lifetimeSeconds)) + 1);
        lifetimes[index] = (lifetimes[index] ?? 0) + 1;
      }
    },
    merge(other) {
      for (const name of Object.keys(counts) as (keyof typeof counts)[]) counts[name] += other[name];
      widen(other.minLifetimeSeconds, other.maxLifetimeSeconds);
      for (const [alg, count] of Object.entries(other.algs)) countAlg(alg, count);
      other.lifetimes.forEach((count, index) => (lifetimes[index] = (lifetimes[index] ?? 0) + count));
    },
    data: () => ({ ...counts, ...range, algs: Object.fromEntries(algs), lifetimes: [...lifetimes] }),
  };
}

/**
 * Occurrences per time bucket: hours, widened to days, weeks and 30 days while there are more than `MAX_BUCKETS`.
 * Past that many 30-day buckets (times scattered over 160 years: misread ones), new buckets are not opened.
 */
class Timeline {
  private width = TIMELINE_BUCKET_SECONDS[0] ?? 3600;
  private buckets = new Map<number, number>();

  add(seconds: number, count: number): void {
    let start = this.startOf(seconds);
    while (!this.buckets.has(start) && this.buckets.size >= MAX_BUCKETS) {
      if (!this.widen()) return;
      start = this.startOf(seconds);
    }
    this.buckets.set(start, (this.buckets.get(start) ?? 0) + count);
  }

  merge(other: TimelineData): void {
    while (this.width < other.bucketSeconds && this.widen());
    for (const [start, count] of other.buckets) this.add(start, count);
  }

  data(): TimelineData {
    return { bucketSeconds: this.width, buckets: [...this.buckets].sort(([a], [b]) => a - b) };
  }

  /** False when the buckets are as wide as they go. */
  private widen(): boolean {
    const wider = widerBucketSeconds(this.width);
    if (wider === undefined) return false;
    const old = this.buckets;
    this.width = wider;
    this.buckets = new Map();
    for (const [start, count] of old) {
      const bucket = this.startOf(start);
      this.buckets.set(bucket, (this.buckets.get(bucket) ?? 0) + count);
    }
    return true;
  }

  private startOf(seconds: number): number {
    return Math.floor(seconds / this.width) * this.width;
  }
}
