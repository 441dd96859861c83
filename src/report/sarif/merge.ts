import type { Invocation, Log, ReportingDescriptor, Result, Run } from 'sarif';
import { buildLog } from './build-log.js';
import { numberOccurrences, URLLEAK_FINGERPRINT, withPlainFingerprints } from './fingerprints.js';
import { sortNotifications, sortResults } from './order-results.js';

/**
 * Merges SARIF logs (typically one per shard) into one: one run per tool and category, rules united, results
 * de-duplicated (a byte-range split can report a boundary line twice) and put in the order a single run has.
 */
export function mergeSarifLogs(logs: readonly Log[]): Log {
  const groups = new Map<string, Run[]>();
  for (const run of logs.flatMap((log) => log.runs)) {
    const key = `${run.tool.driver.name}\0${run.automationDetails?.id ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(run);
    else groups.set(key, [run]);
  }
  return buildLog([...groups.values()].map(mergeRuns));
}

function mergeRuns(runs: readonly Run[]): Run {
  const [first, ...rest] = runs;
  if (!first) throw new Error('mergeRuns needs at least one run');
  const rules = uniteRules(runs);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = uniqueResults(withPlainFingerprints(runs.flatMap((run) => run.results ?? []))).map((result) =>
    reindex(result, ruleIndex),
  );
  return {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    results: numberOccurrences(sortResults(results)),
    ...(first.invocations || rest.some((run) => run.invocations) ? { invocations: [mergeInvocations(runs)] } : {}),
  };
}

/** The first run's rules in their order, then any rule only a later run knows. */
function uniteRules(runs: readonly Run[]): ReportingDescriptor[] {
  const byId = new Map<string, ReportingDescriptor>();
  for (const rule of runs.flatMap((run) => run.tool.driver.rules ?? [])) {
    if (!byId.has(rule.id)) byId.set(rule.id, rule);
  }
  return [...byId.values()];
}

function reindex(result: Result, ruleIndex: ReadonlyMap<string, number>): Result {
  const index = result.ruleId === undefined ? undefined : ruleIndex.get(result.ruleId);
  // Spreading over the existing key keeps its position, so a merged file is byte-identical to a single run's.
  if (index !== undefined) return { ...result, ruleIndex: index };
  const { ruleIndex: _unknownRule, ...rest } = result;
  return rest;
}

/** Same rule, same place, same urlleak fingerprint: the same finding seen by two shards. */
function identityOf(result: Result): string {
  const physical = result.locations?.[0]?.physicalLocation;
  return [
    result.ruleId,
    physical?.artifactLocation?.uriBaseId,
    physical?.artifactLocation?.uri,
    physical?.region?.startLine,
    physical?.region?.startColumn,
    result.partialFingerprints?.[URLLEAK_FINGERPRINT] ?? result.message.text,
  ].join('\0');
}

function uniqueResults(results: readonly Result[]): Result[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    const identity = identityOf(result);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}

/** One invocation for the merged run: successful only if every shard was, with every shard's notifications. */
function mergeInvocations(runs: readonly Run[]): Invocation {
  const invocations = runs.flatMap((run) => run.invocations ?? []);
  const notifications = sortNotifications(invocations.flatMap((invocation) => invocation.toolExecutionNotifications ?? []));
  return {
    executionSuccessful: invocations.every((invocation) => invocation.executionSuccessful),
    toolExecutionNotifications: notifications,
  };
}
