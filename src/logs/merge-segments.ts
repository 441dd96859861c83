import type { Finding, Location } from '../findings/finding.js';
import { withOccurrences } from './collect-findings.js';
import { ReplayTracker } from './replay-tracker.js';
import type { SegmentResult } from './scan-stream.js';

/**
 * Joins segment results in input order: line numbers shifted by the lines before each segment, one finding per
 * secret per file (occurrences summed), and replays across segments and files found through a bounded map of
 * first uses.
 */
export class SegmentMerger {
  private readonly firstUses: ReplayTracker<Location>;

  constructor(
    private readonly allOccurrences: boolean,
    replayCapacity: number,
  ) {
    this.firstUses = new ReplayTracker(replayCapacity);
  }

  /** The findings of one file, whose segments are given in order. */
  mergeFile(segments: readonly SegmentResult[]): Finding[] {
    const bySecret = new Map<string, Finding>();
    const ordered: Finding[] = [];
    const replays: Finding[] = [];
    let lineOffset = 0;
    for (const segment of segments) {
      for (const finding of segment.findings) {
        const shifted = shiftLines(finding, lineOffset);
        const key = finding.secret?.fingerprint;
        const earlier = key === undefined || this.allOccurrences ? undefined : bySecret.get(key);
        if (earlier) bySecret.set(key ?? '', combineOccurrences(earlier, shifted));
        else if (key !== undefined && !this.allOccurrences) bySecret.set(key, shifted);
        else ordered.push(shifted);
      }
      replays.push(...this.mergeReplays(segment, lineOffset));
      lineOffset += segment.newlines;
    }
    return [...ordered, ...bySecret.values(), ...replays];
  }

  private mergeReplays(segment: SegmentResult, lineOffset: number): Finding[] {
    const found: Finding[] = [];
    const earlierFirst = new Map<string, Location>();
    for (const use of segment.firstUses) {
      const earlier = this.firstUses.firstUse(use.key);
      if (earlier) {
        earlierFirst.set(use.key, earlier);
        found.push(withFirstUse(shiftLines(use.replay, lineOffset), earlier));
      } else {
        this.firstUses.remember(use.key, shiftLocation(use.location, lineOffset));
      }
    }
    for (const { key, finding } of segment.replays) {
      const earlier = earlierFirst.get(key);
      const shifted = shiftLines(finding, lineOffset);
      found.push(earlier ? withFirstUse(shifted, earlier) : shifted);
    }
    return found;
  }
}

function combineOccurrences(first: Finding, later: Finding): Finding {
  const count = (finding: Finding) => Number(finding.properties?.['occurrences'] ?? 1);
  return withOccurrences(first, count(first) + count(later), Number(later.properties?.['lastLine'] ?? later.location.line));
}

function withFirstUse(finding: Finding, first: Location): Finding {
  return { ...finding, related: [{ location: first, message: 'first use' }] };
}

function shiftLocation(location: Location, offset: number): Location {
  if (offset === 0) return location;
  return {
    ...location,
    line: location.line + offset,
    ...(location.endLine === undefined ? {} : { endLine: location.endLine + offset }),
  };
}

function shiftLines(finding: Finding, offset: number): Finding {
  if (offset === 0) return finding;
  const lastLine = finding.properties?.['lastLine'];
  return {
    ...finding,
    location: shiftLocation(finding.location, offset),
    ...(finding.related ? { related: finding.related.map((related) => ({ ...related, location: shiftLocation(related.location, offset) })) } : {}),
    ...(typeof lastLine === 'number' ? { properties: { ...finding.properties, lastLine: lastLine + offset } } : {}),
  };
}
