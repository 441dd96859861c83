import { deflateRawSync, gzipSync } from 'node:zlib';
import type { Log, Result, Run } from 'sarif';

/** What GitHub code scanning accepts in one upload (docs: "SARIF results exceed limit"). */
export const GITHUB_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  locationsPerResult: 1_000,
  threadFlowLocationsPerResult: 10_000,
  tagsPerRule: 20,
  gzipBytes: 10 * 1024 * 1024,
} as const;

export type Warn = (message: string) => void;

const levelRank: Record<string, number> = { error: 3, warning: 2, note: 1, none: 0 };

/** Cuts a log down to what GitHub accepts, saying what was cut; what cannot be cut safely is only warned about. */
export function enforceGithubLimits(log: Log, warn: Warn): Log {
  if (log.runs.length > GITHUB_LIMITS.runsPerFile) {
    warn(`${log.runs.length} runs exceed GitHub's limit of ${GITHUB_LIMITS.runsPerFile} per SARIF file: upload the categories separately.`);
  }
  return { ...log, runs: log.runs.map((run) => limitRun(run, warn)) };
}

function limitRun(run: Run, warn: Warn): Run {
  const results = run.results ?? [];
  const kept = results.length > GITHUB_LIMITS.resultsPerRun ? keepMostSevere(results, run, warn) : results;
  const trimmed = trimLocations(kept, categoryOf(run), warn);
  return run.results ? { ...run, results: trimmed } : run;
}

/** GitHub rejects the whole upload above the limit; the most severe results are the ones worth keeping. */
function keepMostSevere(results: readonly Result[], run: Run, warn: Warn): Result[] {
  const limit = GITHUB_LIMITS.resultsPerRun;
  const ranked = results.map((result, index) => ({ index, rank: levelRank[result.level ?? 'warning'] ?? 0 }));
  ranked.sort((a, b) => b.rank - a.rank || a.index - b.index);
  const keep = new Set(ranked.slice(0, limit).map(({ index }) => index));
  warn(
    `run ${categoryOf(run)}: ${results.length} results exceed GitHub's limit of ${limit} per run; kept the ${limit} most severe. ` +
      'Use --baseline to hide known findings, or split the input with --shard and upload each category separately.',
  );
  return results.filter((_result, index) => keep.has(index));
}

function trimLocations(results: readonly Result[], category: string, warn: Warn): Result[] {
  let trimmedRelated = 0;
  let trimmedFlows = 0;
  const trimmed = results.map((result) => {
    const related = result.relatedLocations ?? [];
    const flowTooLong = (result.codeFlows ?? []).some((flow) =>
      flow.threadFlows.some((thread) => thread.locations.length > GITHUB_LIMITS.threadFlowLocationsPerResult),
    );
    if (related.length <= GITHUB_LIMITS.locationsPerResult && !flowTooLong) return result;
    if (related.length > GITHUB_LIMITS.locationsPerResult) trimmedRelated += 1;
    if (flowTooLong) trimmedFlows += 1;
    return {
      ...result,
      ...(result.relatedLocations ? { relatedLocations: related.slice(0, GITHUB_LIMITS.locationsPerResult) } : {}),
      ...(result.codeFlows ? { codeFlows: result.codeFlows.map(shortenFlow) } : {}),
    };
  });
  if (trimmedRelated > 0) {
    warn(
      `run ${category}: ${trimmedRelated} result(s) had more than ${GITHUB_LIMITS.locationsPerResult} related locations; kept the first ${GITHUB_LIMITS.locationsPerResult}.`,
    );
  }
  if (trimmedFlows > 0) {
    warn(
      `run ${category}: ${trimmedFlows} result(s) had a code flow longer than ${GITHUB_LIMITS.threadFlowLocationsPerResult} steps; kept its start and its sink.`,
    );
  }
  return trimmed;
}

/** Keeps the source end and the sink: the two steps a reader of a flow cannot do without. */
function shortenFlow<T extends { threadFlows: { locations: unknown[] }[] }>(flow: T): T {
  const limit = GITHUB_LIMITS.threadFlowLocationsPerResult;
  return {
    ...flow,
    threadFlows: flow.threadFlows.map((thread) =>
      thread.locations.length <= limit
        ? thread
        : { ...thread, locations: [...thread.locations.slice(0, limit - 1), ...thread.locations.slice(-1)] },
    ),
  };
}

function categoryOf(run: Run): string {
  return run.automationDetails?.id ?? run.tool.driver.name;
}

/** The upload limit is on the gzipped file; nothing can be dropped safely at this point, so only warn. */
export function checkUploadSize(text: string, warn: Warn, limitBytes: number = GITHUB_LIMITS.gzipBytes): void {
  warnIfOverUploadLimit(gzipSync(text).length, warn, limitBytes);
}

/** Deflate looks back 32 KiB at most: blocks of 1 MiB compressed apart cost a fraction of a percent more than one stream. */
const MEASURED_BLOCK_CHARACTERS = 1024 * 1024;
/** A gzip member's header and trailer around the deflate data. */
const GZIP_FRAMING_BYTES = 18;

/**
 * `checkUploadSize` for a document written in chunks: the chunks pass through unchanged, their gzipped size is
 * measured block by block on the way, and the warning (if any) comes after the last one.
 */
export function* checkUploadSizeOfChunks(
  chunks: Iterable<string>,
  warn: Warn,
  limitBytes: number = GITHUB_LIMITS.gzipBytes,
): Generator<string, void, undefined> {
  let compressed = GZIP_FRAMING_BYTES;
  let block: string[] = [];
  let blockLength = 0;
  for (const chunk of chunks) {
    yield chunk;
    block.push(chunk);
    blockLength += chunk.length;
    if (blockLength < MEASURED_BLOCK_CHARACTERS) continue;
    compressed += deflateRawSync(block.join('')).length;
    block = [];
    blockLength = 0;
  }
  if (blockLength > 0) compressed += deflateRawSync(block.join('')).length;
  warnIfOverUploadLimit(compressed, warn, limitBytes);
}

function warnIfOverUploadLimit(size: number, warn: Warn, limitBytes: number): void {
  if (size <= limitBytes) return;
  warn(
    `the SARIF file is ${(size / 1024 / 1024).toFixed(1)} MiB gzipped, over GitHub's upload limit of ${(limitBytes / 1024 / 1024).toFixed(0)} MiB. ` +
      'Use --baseline to hide known findings, or upload each category (urlleak/code/, urlleak/logs/) separately.',
  );
}
