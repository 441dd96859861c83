import type { ByteRange } from '../files/shard.js';
import type { Finding, Location } from '../findings/finding.js';
import { createParamNameClassifier } from '../secrets/param-names.js';
import { fingerprintOf } from '../secrets/protect.js';
import { FindingCollector, type OccurrenceCount } from './findings/collect-findings.js';
import { describeReplay, describeSecret, gradeSecret, singleUseKey } from './findings/describe-secret.js';
import { describeIoError } from './io/describe-io-error.js';
import { detachFinding } from './detach.js';
import { createDetailBudget, DEFAULT_DETAIL_BUDGET, type DetailBudget } from './findings/detail-budget.js';
import { detectLineSecrets, ParamNameCache, type DetectLineOptions, type LineSecret } from './detect/detect-line.js';
import { BIND_LINE_LITERALS, boundValues, placeholderColumns } from './detect/find-sql-values.js';
import { EarlierLines } from './io/earlier-lines.js';
import type { FoldedFindings } from './findings/fold-findings.js';
import { FindingGroups, gradedFinding, type GroupData } from './findings/group-findings.js';
import { endpointAt } from './findings/request-endpoint.js';
import {
  describeLine,
  lineTimeReader,
  FIELDS_DIRECTIVE,
  parseW3cFields,
  updateW3cFields,
  type FormatState,
  type LineContext,
} from './formats/formats.js';
import { credentialColumnParams, credentialColumnsOf, type CredentialColumn } from './formats/w3c-header-columns.js';
import { DEFAULT_JWT_POLICY, type JwtPolicy } from './findings/jwt-policy.js';
import { exchangeMarkOf, isSameRequest, requestIdIn, requestPhaseOf, type RequestMark } from './findings/same-request.js';
import { leadingNulBytes, looksBinary } from './io/looks-binary.js';
import { utf8MarkLength } from './io/text-encoding.js';
import { createPrefilter, everyLine, findCandidateLines, type BlockCandidates, type Prefilter } from './detect/prefilter.js';
import type { Redaction, RedactSink } from './io/redact-copy.js';
import { readBlocks, DEFAULT_BLOCK_LIMITS, type Block, type BlockLimits } from './io/read-blocks.js';
import { ReplayTracker, DEFAULT_REPLAY_CAPACITY } from './findings/replay-tracker.js';

export interface DetectionOptions {
  /** One finding per occurrence instead of one per distinct secret per file. */
  readonly allOccurrences: boolean;
  /** One finding per group (file, rule, endpoint, place in the line) instead of one per distinct secret. */
  readonly grouped: boolean;
  /** Parameter names to treat as credentials besides the shared table. */
  readonly extraSecretNames: readonly string[];
  readonly jwtPolicy: JwtPolicy;
  /** Single-use tokens remembered for replay detection (per segment and across them). */
  readonly replayCapacity: number;
  readonly blockLimits: BlockLimits;
  /** The run's budget of findings described in full, shared by its threads; without one, each segment has its own. */
  readonly detailBudget?: DetailBudget | undefined;
}

export const DEFAULT_DETECTION_OPTIONS: DetectionOptions = {
  allOccurrences: false,
  grouped: false,
  extraSecretNames: [],
  jwtPolicy: DEFAULT_JWT_POLICY,
  replayCapacity: DEFAULT_REPLAY_CAPACITY,
  blockLimits: DEFAULT_BLOCK_LIMITS,
};

export interface ScanStreamOptions {
  /** The path put in locations. */
  readonly path: string;
  readonly detection: DetectionOptions;
  /** W3C columns from a `#Fields:` header before this segment. */
  readonly w3cFields?: readonly string[] | undefined;
  /** The file's modification time (seconds since the epoch), for syslog times without a year. */
  readonly modifiedAt?: number | undefined;
  /** Whether to look at the first block for binary content (the segment starts the file). */
  readonly sniffBinary: boolean;
  readonly redact?: RedactSink | undefined;
  readonly onProgress?: ((bytes: number, findings: number) => void) | undefined;
  /** Where the segment lies in its file, when the file is scanned in several (see `DescribedEarlier`). */
  readonly segment?: ByteRange | undefined;
}

/** A single-use token's first use in a segment, with the finding to report if an earlier segment used it too. */
export interface FirstUse {
  readonly key: string;
  readonly location: Location;
  /** The request it was used in: a later line of the same request is not a replay. */
  readonly request: RequestMark;
  readonly replay: Finding;
}

/** What one stretch of a log produced. Lines are counted from 1 at the segment's start; the merge shifts them. */
export interface SegmentResult {
  readonly path: string;
  readonly binary: boolean;
  readonly bytes: number;
  /** Newlines in the segment. */
  readonly newlines: number;
  readonly findings: Finding[];
  /** Secrets this thread described in an earlier segment of the file, only counted here. */
  readonly counts: OccurrenceCount[];
  readonly replays: { readonly key: string; readonly finding: Finding }[];
  readonly firstUses: FirstUse[];
  /** Findings past the detail budget, counted per rule. */
  readonly folded: FoldedFindings[];
  /** Grouped findings (when `grouped`), in order of first occurrence. */
  readonly groups: GroupData[];
  /** The budget the segment drew from; the merge charges the replays it finds across segments to it. */
  readonly detailBudget?: DetailBudget | undefined;
  /** Why reading stopped early (truncated gzip, gzip followed by junk, an I/O error): what was read is still scanned. */
  readonly readError?: string | undefined;
  /** NUL bytes the file starts with (logrotate's copytruncate hole), known to the segment that starts the file. */
  readonly leadingNulBytes?: number | undefined;
}

/**
 * Scans one stream of log bytes (a whole file, a byte range of one, or stdin) in bounded memory. A read that fails
 * midway (a truncated gzip, junk after it) ends the stream: the bytes before it are scanned and their findings kept,
 * with the error beside them.
 */
export async function scanStream(chunks: AsyncIterable<Buffer | string>, options: ScanStreamOptions): Promise<SegmentResult> {
  const scanner = new SegmentScanner(options);
  const read: { error?: unknown } = {};
  // Only where the file starts: a NUL run there is copytruncate's hole (looks-binary.ts), scanned through as text.
  const nuls = (options.segment?.start ?? 0) === 0 ? new LeadingNuls() : undefined;
  let first = true;
  for await (const block of readBlocks(untilReadError(chunks, read), options.detection.blockLimits)) {
    if (first && options.sniffBinary && looksBinary(block.bytes)) return scanner.result(true);
    first = false;
    nuls?.see(block);
    await scanner.scanBlock(block);
  }
  return {
    ...scanner.result(false),
    readError: read.error === undefined ? undefined : describeIoError(read.error),
    leadingNulBytes: nuls?.count,
  };
}

/** The length of the run of NUL bytes a stream starts with, across blocks. */
class LeadingNuls {
  count = 0;
  private ended = false;

  /** Blocks of one long line overlap: the run is followed from where it had reached. */
  see(block: Block): void {
    const from = this.count - block.streamOffset;
    if (this.ended || from < 0 || from > block.bytes.length) return;
    const run = leadingNulBytes(block.bytes.subarray(from));
    this.count += run;
    this.ended = from + run < block.bytes.length;
  }
}

async function* untilReadError(chunks: AsyncIterable<Buffer | string>, read: { error?: unknown }): AsyncGenerator<Buffer | string> {
  try {
    yield* chunks;
  } catch (error) {
    read.error = error;
  }
}

/** What reads lines for one set of parameter names: the shared table plus the configured ones. */
interface LineReading {
  readonly prefilter: Prefilter;
  readonly names: ParamNameCache;
}

/** Built once per thread and set of names (a run has one), with their caches and WebAssembly search. */
const lineReadings = new Map<string, LineReading>();

function lineReadingFor(extraNames: readonly string[]): LineReading {
  const key = JSON.stringify(extraNames);
  let reading = lineReadings.get(key);
  if (!reading) {
    const names = new ParamNameCache(createParamNameClassifier(extraNames));
    reading = { prefilter: createPrefilter(names, extraNames), names };
    lineReadings.set(key, reading);
  }
  return reading;
}

/**
 * Secrets this thread has described in earlier segments of a file. A later segment of the same file only counts them,
 * and the merge, which folds a file's segments in order, adds the counts to the earlier finding: describing (the
 * format, the message, the hash) is the costliest part of a first occurrence, and every segment would otherwise
 * describe every secret it meets again (~6 % of a split file's scan on the benchmark log). A thread scans its
 * segments of a file in file order; the check on `end` keeps this right if one ever comes out of order. Bounded:
 * the last few files, a capped number of fingerprints each.
 */
class DescribedEarlier {
  private readonly byPath = new Map<string, { end: number; readonly fingerprints: Set<string> }>();

  /** The fingerprints described in segments of `path` that all end at or before `segment` starts. */
  before(path: string, segment: ByteRange | undefined): ReadonlySet<string> | undefined {
    const entry = segment === undefined ? undefined : this.byPath.get(path);
    return entry && entry.end <= (segment?.start ?? 0) ? entry.fingerprints : undefined;
  }

  record(path: string, segment: ByteRange | undefined, fingerprints: readonly string[]): void {
    if (segment === undefined) return;
    const entry = this.byPath.get(path);
    if (entry && entry.end > segment.start) return;
    const kept = entry ?? { end: 0, fingerprints: new Set<string>() };
    for (const fingerprint of fingerprints) if (kept.fingerprints.size < MAX_REMEMBERED_PER_FILE) kept.fingerprints.add(fingerprint);
    kept.end = segment.end;
    this.byPath.delete(path);
    this.byPath.set(path, kept);
    if (this.byPath.size > MAX_REMEMBERED_FILES) this.byPath.delete(this.byPath.keys().next().value ?? '');
  }
}

/** The first byte of a W3C directive (`#Fields:`). */
const HASH = 0x23;
const MAX_REMEMBERED_FILES = 8;
const MAX_REMEMBERED_PER_FILE = 50_000;
const describedEarlier = new DescribedEarlier();

class SegmentScanner {
  private readonly collector: FindingCollector;
  /** Reuses of single-use tokens, one finding per token (counted) unless every occurrence is asked for. */
  private readonly replays: FindingCollector;
  private readonly replayTracker: ReplayTracker<FirstUse>;
  /** Every finding, replays too, when the report is grouped (`collector` and `replays` stay empty). */
  private readonly groups: FindingGroups;
  private readonly formatState: FormatState;
  /** The time of a line without one: its entry's first line's (formats.ts `lineTimeReader`). */
  private readonly earlierTimes: EarlierLines<number>;
  /** The SQL statement whose parameters a bind line gives: the nearest before it (detect/find-sql-values.ts). */
  private readonly earlierStatements = new EarlierLines(placeholderColumns, MAX_STATEMENT_READ);
  private readonly reading: LineReading;
  private readonly knownBefore: ReadonlySet<string> | undefined;
  private lineNumber = 1;
  private newlines = 0;
  private bytes = 0;
  /** Stream offset before which every secret has been handled (long-line windows overlap). */
  private handledUpTo = 0;
  private reportedFindings = 0;
  private readonly detailBudget: DetailBudget;

  constructor(private readonly options: ScanStreamOptions) {
    this.detailBudget = options.detection.detailBudget ?? createDetailBudget(DEFAULT_DETAIL_BUDGET);
    this.collector = new FindingCollector(options.detection.allOccurrences, this.detailBudget);
    this.replays = new FindingCollector(options.detection.allOccurrences, this.detailBudget);
    this.replayTracker = new ReplayTracker(options.detection.replayCapacity);
    this.groups = new FindingGroups(options.detection.jwtPolicy.expiredLevel);
    this.formatState = { w3cFields: options.w3cFields, modifiedAt: options.modifiedAt };
    this.earlierTimes = lineTimeReader(this.formatState);
    this.reading = lineReadingFor(options.detection.extraSecretNames);
    this.knownBefore = options.detection.allOccurrences ? undefined : describedEarlier.before(options.path, options.segment);
  }

  async scanBlock(block: Block): Promise<void> {
    const { bytes } = block;
    const redactions: Redaction[] = [];
    const firstLine = this.lineNumber;
    const found = findCandidateLines(bytes, this.reading.prefilter);
    const candidates = this.readsCredentialColumns(bytes, found) ? everyLine(bytes) : found;
    for (const candidate of candidates.lines) {
      const { end } = candidate;
      // Read from after a byte order mark, so that a JSON line still starts with `{`.
      const start = candidate.start + utf8MarkLength(bytes, candidate.start);
      this.lineNumber = firstLine + candidate.newlinesBefore;
      const line = bytes.toString('latin1', start, bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end);
      this.scanLine(line, start, candidate, block, redactions);
    }
    this.lineNumber = firstLine + candidates.newlines;
    this.newlines = this.lineNumber - 1;
    this.bytes = block.streamOffset + block.commit;
    this.handledUpTo = Math.max(this.handledUpTo, block.streamOffset + block.commit);
    await this.options.redact?.write(block, redactions, this.handledUpTo);
    const findings = this.collector.size + this.replays.size + this.groups.size;
    this.options.onProgress?.(block.commit, findings - this.reportedFindings);
    this.reportedFindings = findings;
  }

  /**
   * Whether this block's lines are all read: the W3C header in force, or one in the block, names a credential column
   * (formats/w3c-header-columns.ts), which no byte of a line announces.
   */
  private readsCredentialColumns(bytes: Buffer, found: BlockCandidates): boolean {
    if (this.credentialColumns(this.formatState.w3cFields).length > 0) return true;
    return found.lines.some(
      ({ start, end }) =>
        bytes[start] === HASH &&
        bytes.toString('latin1', start, start + FIELDS_DIRECTIVE.length) === FIELDS_DIRECTIVE &&
        this.credentialColumns(parseW3cFields(bytes.toString('latin1', start, end))).length > 0,
    );
  }

  private credentialColumns(fields: readonly string[] | undefined): readonly CredentialColumn[] {
    return credentialColumnsOf(fields, (name) => this.reading.names.classify(name));
  }

  private scanLine(line: string, lineStart: number, shapes: DetectLineOptions, block: Block, redactions: Redaction[]): void {
    if (line.startsWith(FIELDS_DIRECTIVE)) updateW3cFields(line, this.formatState);
    const fields = this.formatState.w3cFields;
    const columnParams = fields === undefined ? [] : credentialColumnParams(line, fields, this.credentialColumns(fields));
    const formatParams = isBindLine(line)
      ? [...columnParams, ...boundValues(line, this.earlierStatements.before(block.bytes, block.streamOffset, lineStart))]
      : columnParams;
    const secrets = detectLineSecrets(line, shapes, this.reading.names, 0, formatParams);
    if (secrets.length === 0) return;
    const continuation = lineStart === 0 && block.lineOffset > 0;
    // The format is read only for what needs it (a first occurrence, a replay): repeats are only counted.
    let context: LineContext | undefined;
    const contextOf = (): LineContext => {
      if (context) return context;
      const own = describeLine(line, this.formatState);
      // The middle of a long line has no timestamp of its own.
      const timestamp = continuation ? undefined : own.timestamp;
      if (timestamp !== undefined) return (context = own);
      const earlier = this.earlierTimes.before(block.bytes, block.streamOffset, lineStart);
      context = earlier === undefined ? { ...own, timestamp } : { ...own, timestamp: earlier, timeOfEarlierLine: true };
      return context;
    };
    const columns = new ColumnMapper(line, continuation ? block.lineOffset : 0);
    const keysInLine = new Set<string>();
    const lineAt = block.streamOffset + lineStart;
    // A secret starting before the end of the last one reported was seen already (a shape inside another, or the
    // previous window of a long line). Redactions run further, to the end of a whole parameter value: a second token
    // in the same value is still reported, and a value the previous window cut off is redacted on from where it was.
    let reportedUpTo = this.handledUpTo;
    for (const secret of secrets) {
      if (lineStart + secret.anchor >= block.commit) continue;
      const seen = lineAt + secret.start < reportedUpTo;
      const redactedAlready = lineAt + secret.redactEnd <= this.handledUpTo;
      if (seen && redactedAlready) continue;
      const fingerprint = fingerprintOf(secret.value);
      if (!seen) {
        reportedUpTo = lineAt + secret.end;
        const location = this.locate(secret, columns);
        this.count(secret, location, line, fingerprint, contextOf);
        this.trackReplay(secret, location, contextOf, keysInLine, line);
      }
      if (redactedAlready) continue;
      redactions.push({ start: Math.max(lineAt + secret.redactStart, this.handledUpTo), end: lineAt + secret.redactEnd, fingerprint });
      this.handledUpTo = lineAt + secret.redactEnd;
    }
  }

  /** One occurrence of a secret: grouped, or collected one finding per secret (or per occurrence). */
  private count(secret: LineSecret, location: Location, line: string, fingerprint: string, contextOf: () => LineContext): void {
    const { jwtPolicy, grouped } = this.options.detection;
    if (!grouped) {
      this.collector.add(fingerprint, location.line, () =>
        this.knownBefore?.has(fingerprint) ? undefined : detachFinding(describeSecret(secret, location, contextOf(), jwtPolicy)),
      );
      return;
    }
    const endpoint = endpointAt(line, secret.start);
    const occurrence = { key: fingerprint, endpoint, location, timestamp: contextOf().timestamp };
    this.groups.add(occurrence, () => gradeSecret(secret, location, contextOf(), jwtPolicy));
  }

  private trackReplay(secret: LineSecret, location: Location, contextOf: () => LineContext, keysInLine: Set<string>, line: string): void {
    const key = singleUseKey(secret, this.options.detection.jwtPolicy);
    // A request line and its Referer carrying the same ticket are one use.
    if (key === undefined || keysInLine.has(key)) return;
    keysInLine.add(key);
    const { timestamp, timeOfEarlierLine, format } = contextOf();
    const request = {
      line: location.line,
      // Two lines under one timed line would seem logged at one instant (same-request.ts), which they were not.
      loggedAt: timeOfEarlierLine ? undefined : timestamp,
      requestId: requestIdIn(line),
      format,
      phase: requestPhaseOf(line),
      ...exchangeMarkOf(line, secret.start, format),
    };
    const first = this.replayTracker.firstUse(key);
    const endpoint = endpointAt(line, secret.start);
    if (!first) {
      const replay = detachFinding(describeReplay(secret, location, contextOf(), undefined, endpoint));
      this.replayTracker.remember(key, { key, location, request, replay });
    } else if (!isSameRequest(first.request, request)) {
      const describe = () => detachFinding(describeReplay(secret, location, contextOf(), first.location, endpoint));
      if (this.options.detection.grouped)
        this.groups.add({ key: replayGroupKey(key), endpoint, location, timestamp }, () => gradedFinding(describe()));
      else this.replays.add(key, location.line, describe);
    }
  }

  private locate(secret: LineSecret, columns: ColumnMapper): Location {
    const column = columns.columnAt(secret.start);
    return { path: this.options.path, line: this.lineNumber, column, endLine: this.lineNumber, endColumn: columns.columnAt(secret.end) };
  }

  result(binary: boolean): SegmentResult {
    if (!binary) describedEarlier.record(this.options.path, this.options.segment, this.collector.describedKeys());
    return {
      path: this.options.path,
      binary,
      bytes: this.bytes,
      newlines: this.newlines,
      findings: binary ? [] : this.collector.findings(),
      counts: binary ? [] : this.collector.counts(),
      replays: binary ? [] : this.replays.keyed(),
      firstUses: binary ? [] : this.replayTracker.values().map(([, firstUse]) => firstUse),
      folded: binary ? [] : [...this.collector.folded(), ...this.replays.folded()],
      groups: binary ? [] : this.groups.data(),
      detailBudget: this.detailBudget,
    };
  }
}

/** A replay's key among a group collector's keys, apart from secrets' fingerprints. */
export function replayGroupKey(key: string): string {
  return `replay:${key}`;
}

const CARRIAGE_RETURN = 0x0d;

/**
 * 1-based columns in UTF-16 code units of the UTF-8 text (SARIF's default) for offsets into a latin1-decoded line.
 * Offsets are asked in ascending order, so the conversion walks the line once, and not at all for ASCII lines.
 */
class ColumnMapper {
  private readonly ascii: boolean;
  private offset = 0;
  private units = 0;

  constructor(
    private readonly line: string,
    private readonly lineOffset: number,
  ) {
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(line);
  }

  columnAt(offset: number): number {
    if (this.ascii) return this.lineOffset + offset + 1;
    if (offset < this.offset) {
      this.offset = 0;
      this.units = 0;
    }
    this.units += Buffer.from(this.line.slice(this.offset, offset), 'latin1').toString('utf8').length;
    this.offset = offset;
    return this.lineOffset + this.units + 1;
  }
}

/** A statement written over a long line still binds its first placeholders within this many bytes. */
const MAX_STATEMENT_READ = 16 * 1024;

function isBindLine(line: string): boolean {
  return BIND_LINE_LITERALS.some((literal) => line.includes(literal));
}
