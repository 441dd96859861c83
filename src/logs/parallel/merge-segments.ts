import type { Finding, Location } from '../../findings/finding.js';
import { withOccurrences, type KeyedFinding, type OccurrenceCount } from '../findings/collect-findings.js';
import { describeFolded } from '../findings/describe-secret.js';
import { takeDetail, type DetailBudget } from '../findings/detail-budget.js';
import { FindingFolds, shiftLocation, type FoldedFindings } from '../findings/fold-findings.js';
import { isSameRequest } from '../findings/same-request.js';
import { ReplayTracker } from '../findings/replay-tracker.js';
import { replayGroupKey, type FirstUse, type SegmentResult } from '../scan-stream.js';
import { FindingGroups, gradedFinding, type GroupData } from '../findings/group-findings.js';
import { compareText } from '../../compare-text.js';
import { describeGroup } from '../findings/describe-group.js';

/**
 * Folds scan results together in input order, one at a time, so nothing waits for the whole input:
 * - the segments of one file (`sameFile`): line numbers shifted by the lines before each segment, one finding per
 *   secret (occurrences summed, last line kept);
 * - then the files of a run: findings kept per file, replays joined across files.
 * Either way a single-use token first used in an earlier result makes its first use in a later one a replay, and
 * the later result's replays point at the earliest use. First uses are remembered in a bounded LRU map. Within a
 * file, replays of one token are one finding (the first reuse, counted), like any other secret.
 * Findings past the detail budget arrive folded (counts per file and rule) and are folded together; a replay the
 * merge itself finds (across segments or files) draws from the same budget, and is folded when it is spent.
 * Grouped findings (the default report) merge group by group; a replay the merge finds joins its group.
 */
export class SegmentMerger {
  private readonly firstUses: ReplayTracker<FirstUse>;
  private readonly bySecret = new Map<string, Finding>();
  private readonly ordered: Finding[] = [];
  private readonly replays: KeyedFinding[] = [];
  private readonly replaysByKey = new Map<string, Finding>();
  private readonly folds = new FindingFolds();
  private readonly groups = new FindingGroups();
  /** The run's budget, as the results carry it. */
  private budget: DetailBudget | undefined;
  private newlines = 0;
  private bytes = 0;

  /** `linesBefore`: the lines of the file before its first segment (a `--shard` range that starts inside it). */
  constructor(
    private readonly allOccurrences: boolean,
    replayCapacity: number,
    linesBefore = 0,
    private readonly grouped = false,
  ) {
    this.firstUses = new ReplayTracker(replayCapacity);
    this.newlines = linesBefore;
  }

  /**
   * Takes the result over: its lists are emptied once folded in. Its caller may hold it for a while yet (the settled
   * promise of a segment is held until the whole file is merged), and each one carries up to `replayCapacity` first
   * uses with their prepared findings: kept, they grew a split file's memory by ~20 MB per segment; its groups, each
   * with up to 256 distinct keys listed, grew it by ~2.5 MB per segment (dense 527 MB log, one thread: 165 → 143 MB).
   */
  add(result: SegmentResult, sameFile: boolean): void {
    this.budget ??= result.detailBudget;
    const lineOffset = sameFile ? this.newlines : 0;
    for (const finding of result.findings) this.addFinding(shiftLines(finding, lineOffset), sameFile);
    for (const count of result.counts) this.addCount(count, lineOffset);
    this.folds.merge(result.folded, lineOffset);
    this.groups.merge(result.groups, lineOffset);
    const earlierFirst = new Map<string, Location>();
    for (const use of result.firstUses) {
      const earlier = this.firstUses.firstUse(use.key);
      const request = { ...use.request, line: use.request.line + lineOffset };
      if (earlier) {
        earlierFirst.set(use.key, earlier.location);
        // A request whose lines straddle two segments of one file is still one use.
        if (!sameFile || !isSameRequest(earlier.request, request))
          this.addReplay(use.key, withFirstUse(shiftLines(use.replay, lineOffset), earlier.location), sameFile, true, request.loggedAt);
      } else {
        this.firstUses.remember(use.key, {
          ...use,
          location: shiftLocation(use.location, lineOffset),
          request,
          replay: shiftLines(use.replay, lineOffset),
        });
      }
    }
    for (const { key, finding } of result.replays) {
      const earlier = earlierFirst.get(key);
      const shifted = shiftLines(finding, lineOffset);
      this.addReplay(key, earlier ? withFirstUse(shifted, earlier) : shifted, sameFile, false);
    }
    this.newlines += result.newlines;
    this.bytes += result.bytes;
    release(result);
  }

  /** Everything folded so far, as one result (a whole file's, when its segments were added). */
  result(path: string): SegmentResult {
    return {
      path,
      binary: false,
      bytes: this.bytes,
      newlines: this.newlines,
      findings: [...this.ordered, ...this.bySecret.values()],
      counts: [],
      replays: this.allReplays(),
      firstUses: this.firstUses.values().map(([, use]) => use),
      // Nothing more is merged into a finished file's folds: their counts are enough.
      folded: this.folds.data(true),
      groups: this.groups.data(true),
      detailBudget: this.budget,
    };
  }

  /** The findings of everything added, replays next, then one summary per file and rule past the detail budget. */
  findings(): Finding[] {
    const groups = inFileOrder(this.groups.data()).map(describeGroup);
    const summaries = this.folded().map((folded) => describeFolded(folded, this.allOccurrences));
    return [...this.ordered, ...this.bySecret.values(), ...this.allReplays().map((replay) => replay.finding), ...summaries, ...groups];
  }

  /** What the detail budget left undescribed, per file and rule; empty when it was not spent. */
  folded(): FoldedFindings[] {
    return this.folds.data();
  }

  private allReplays(): KeyedFinding[] {
    return [...this.replays, ...[...this.replaysByKey].map(([key, finding]) => ({ key, finding }))];
  }

  /**
   * Added in input order, so the one kept for a token is its first reuse. A replay `foundHere` (its first use in an
   * earlier result) is a new finding unless it joins one kept for the token: it takes one from the detail budget.
   */
  private addReplay(key: string, finding: Finding, sameFile: boolean, foundHere: boolean, loggedAt?: number): void {
    if (this.grouped) {
      const endpoint = finding.properties?.['endpoint'];
      const occurrence = {
        key: replayGroupKey(key),
        endpoint: typeof endpoint === 'string' ? endpoint : undefined,
        location: finding.location,
        timestamp: loggedAt,
      };
      this.groups.add(occurrence, () => gradedFinding(finding));
      return;
    }
    const joinsOne = sameFile && !this.allOccurrences;
    const earlier = joinsOne ? this.replaysByKey.get(key) : undefined;
    if (foundHere && earlier === undefined && this.budget && !takeDetail(this.budget)) {
      this.folds.add(key, finding, finding.location.line, this.budget.limit);
      return;
    }
    if (!joinsOne) {
      this.replays.push({ key, finding });
      return;
    }
    // A replay found only here (its first use was in an earlier segment) has not been counted by a collector yet.
    const counted = finding.properties?.['occurrences'] === undefined ? withOccurrences(finding, 1, finding.location.line) : finding;
    this.replaysByKey.set(key, earlier ? combineOccurrences(earlier, counted) : counted);
  }

  /** A secret described by an earlier segment of this file, which was folded before this one (file order). */
  private addCount({ key, occurrences, lastLine }: OccurrenceCount, lineOffset: number): void {
    const earlier = this.bySecret.get(key);
    if (earlier) this.bySecret.set(key, addOccurrences(earlier, occurrences, lastLine + lineOffset));
  }

  private addFinding(finding: Finding, sameFile: boolean): void {
    const key = finding.secret?.fingerprint;
    if (!sameFile || this.allOccurrences || key === undefined) {
      this.ordered.push(finding);
      return;
    }
    const earlier = this.bySecret.get(key);
    this.bySecret.set(key, earlier ? combineOccurrences(earlier, finding) : finding);
  }
}

function release(result: SegmentResult): void {
  for (const list of [result.findings, result.counts, result.replays, result.firstUses, result.folded, result.groups]) list.length = 0;
}

function combineOccurrences(first: Finding, later: Finding): Finding {
  return addOccurrences(first, occurrencesOf(later), Number(later.properties?.['lastLine'] ?? later.location.line));
}

function addOccurrences(first: Finding, occurrences: number, lastLine: number): Finding {
  return withOccurrences(first, occurrencesOf(first) + occurrences, lastLine);
}

function occurrencesOf(finding: Finding): number {
  return Number(finding.properties?.['occurrences'] ?? 1);
}

function withFirstUse(finding: Finding, first: Location): Finding {
  return { ...finding, related: [{ location: first, message: 'first use' }] };
}

function shiftLines(finding: Finding, offset: number): Finding {
  if (offset === 0) return finding;
  const lastLine = finding.properties?.['lastLine'];
  return {
    ...finding,
    location: shiftLocation(finding.location, offset),
    ...(finding.related
      ? { related: finding.related.map((related) => ({ ...related, location: shiftLocation(related.location, offset) })) }
      : {}),
    ...(typeof lastLine === 'number' ? { properties: { ...finding.properties, lastLine: lastLine + offset } } : {}),
  };
}

/**
 * Groups by file (in input order), then by first occurrence: a replay group that the merge itself created (its
 * first use in an earlier segment) takes its place in the file as it does when the file is scanned in one piece.
 */
function inFileOrder(groups: readonly GroupData[]): GroupData[] {
  const fileOrder = new Map<string, number>();
  for (const group of groups) if (!fileOrder.has(group.location.path)) fileOrder.set(group.location.path, fileOrder.size);
  const position = (group: GroupData) => [fileOrder.get(group.location.path) ?? 0, group.location.line, group.location.column];
  return [...groups].sort((a, b) => {
    const [fileA = 0, lineA = 0, columnA = 0] = position(a);
    const [fileB = 0, lineB = 0, columnB = 0] = position(b);
    return fileA - fileB || lineA - lineB || columnA - columnB || compareText(a.key, b.key);
  });
}
