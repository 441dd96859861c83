import ts from 'typescript';
import type { Finding } from '../findings/finding.js';
import { buildFinding } from './build-finding.js';
import { checkAssignmentSink, checkCallSink, type SinkHit } from './check-sink.js';
import type { AnalysisContext } from './context.js';
import { isConfirmedReceiver } from './confirm-receiver.js';
import { createContext } from './create-context.js';
import type { EngineOptions } from './engine-options.js';
import { findSinkCandidates, type SinkCandidate } from './find-sink-candidates.js';
import { matchesApi, resolveApiRef } from './library-resolution.js';
import { codeRules } from './rules/code-rules.js';
import { sinkTable, type SinkRow } from './tables/sinks.js';

/**
 * The code engine on one file: every enabled rule's sinks, each argument followed back to its sources.
 * Works on a file of a program (pass its checker and program: flows cross imports) or on a file parsed alone
 * with `ts.createSourceFile(name, text, target, true)` (flows stay inside the file).
 */
export function analyzeSourceFile(sourceFile: ts.SourceFile, options: EngineOptions = {}): Finding[] {
  const rows = sinkTable.filter((row) => options.rules === undefined || options.rules.has(row.rule));
  if (rows.length === 0) return [];
  const candidates = findSinkCandidates(sourceFile, options.checker !== undefined || options.program !== undefined);
  if (candidates.length === 0) return [];
  const context = createContext(sourceFile, options);
  const hits = candidates.flatMap((candidate) => checkCandidate(candidate, rows, context));
  return uniqueHits(hits).flatMap((hit) => {
    const rule = codeRules.get(hit.row.rule);
    return rule ? [buildFinding(hit, rule)] : [];
  });
}

function checkCandidate(candidate: SinkCandidate, rows: readonly SinkRow[], context: AnalysisContext): SinkHit[] {
  const isAssignment = ts.isBinaryExpression(candidate);
  const ref = resolveApiRef(isAssignment ? candidate.left : candidate.expression, context);
  if (!ref) return [];
  return rows
    .filter((row) => (row.assignment !== undefined) === isAssignment && matchesApi(ref, row))
    .filter((row) => isAssignment || isConfirmedReceiver(candidate.expression, row, context))
    .flatMap((row) => (ts.isBinaryExpression(candidate) ? checkAssignmentSink(candidate, row, context) : checkCallSink(candidate, row, context)));
}

/**
 * One finding per rule, reported expression, parameter and origin: a URL built along two branches is one leak,
 * but two callers that pass different secrets into the same helper's sink are two.
 */
function uniqueHits(hits: readonly SinkHit[]): SinkHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const origin = hit.leak.taint.origin.node;
    const key = [hit.row.rule, hit.site.pos, hit.site.end, hit.leak.parameter ?? '', origin.getSourceFile().fileName, origin.pos].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
