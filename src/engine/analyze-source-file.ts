import { ts } from './ast/typescript.js';
import type { Finding } from '../findings/finding.js';
import { buildFinding } from './findings/build-finding.js';
import { checkAssignmentSink, checkCallSink } from './judge/check-sink.js';
import type { SinkHit } from './judge/sink-hit.js';
import type { AnalysisContext } from './ast/context.js';
import { isConfirmedReceiver } from './candidates/confirm-receiver.js';
import { createContext } from './ast/create-context.js';
import { calleeOf } from './ast/class-of-this.js';
import type { EngineOptions } from './engine-options.js';
import { findSinkCandidates, type SinkCandidate } from './candidates/find-sink-candidates.js';
import { matchesApi, resolveApiRef } from './resolve/library-resolution.js';
import { findQueryTokenReads } from './server/find-query-token-reads.js';
import { findPluginDescriptorHits, mentionsPluginDescriptor } from './server/find-plugin-descriptors.js';
import { matchesLoggerName } from './server/matches-logger-name.js';
import { sinkTable, type CodeRuleId, type SinkRow } from './tables/sinks.js';

/**
 * The code engine on one file: every enabled rule's sinks, each argument followed back to its sources.
 * Works on a file of a program (pass its checker and program: flows cross imports) or on a file parsed alone
 * with `ts.createSourceFile(name, text, target, true)` (flows stay inside the file).
 */
export function analyzeSourceFile(sourceFile: ts.SourceFile, options: EngineOptions = {}): Finding[] {
  const enabled = (rule: CodeRuleId): boolean => options.rules === undefined || options.rules.has(rule);
  const readsQuery = enabled('query-token-accepted');
  // query-token-accepted is worse where the same handler logs the URL: it needs log-raw-url's hits either way.
  const rows = sinkTable.filter((row) => enabled(row.rule) || (readsQuery && row.rule === 'log-raw-url'));
  if (rows.length === 0 && !readsQuery) return [];
  const followsImports = options.checker !== undefined || options.program !== undefined;
  const candidates = findSinkCandidates(sourceFile, followsImports, options.settings?.extraLoggerNames);
  const readsDescriptors = enabled('log-middleware-url') && mentionsPluginDescriptor(sourceFile.text);
  if (candidates.length === 0 && !readsQuery && !readsDescriptors) return [];
  const context = createContext(sourceFile, options);
  const sinkHits = [
    ...candidates.flatMap((candidate) => checkCandidate(candidate, rows, context)),
    ...(readsDescriptors ? findPluginDescriptorHits(sourceFile, context) : []),
  ];
  const queryHits = readsQuery
    ? findQueryTokenReads(
        sourceFile,
        context,
        sinkHits.filter((hit) => hit.row.rule === 'log-raw-url'),
      )
    : [];
  const hits = [...sinkHits.filter((hit) => enabled(hit.row.rule)), ...queryHits];
  return uniqueHits(hits.map((hit) => placed(hit, options.reportAtCallersAcrossFiles === true))).map(buildFinding);
}

function checkCandidate(candidate: SinkCandidate, rows: readonly SinkRow[], context: AnalysisContext): SinkHit[] {
  if (ts.isBinaryExpression(candidate)) return checkAssignmentCandidate(candidate, rows, context);
  const callee = calleeOf(candidate);
  const ref = resolveApiRef(callee, context);
  const byName = ts.isCallExpression(candidate) ? matchesLoggerName(candidate, ref, rows, context) : [];
  if (!ref && byName.length === 0) return [];
  return rows
    .filter((row) => row.assignment === undefined && ((ref !== undefined && matchesApi(ref, row)) || byName.includes(row)))
    .filter((row) => isConfirmedReceiver(callee, row, context))
    .flatMap((row) => checkCallSink(candidate, row, context));
}

/** `ws.url = …` as its row's sink; else `socket.io.opts.query.token = t`, one entry of a query a row sends. */
function checkAssignmentCandidate(assignment: ts.BinaryExpression, rows: readonly SinkRow[], context: AnalysisContext): SinkHit[] {
  const ref = resolveApiRef(assignment.left, context);
  const whole = ref ? rows.filter((row) => row.assignment !== undefined && matchesApi(ref, row)) : [];
  if (whole.length > 0) return whole.flatMap((row) => checkAssignmentSink(assignment, row, context));
  const entry = queryEntryWritten(assignment.left);
  const queryRef = entry && resolveApiRef(entry.query, context);
  if (!entry || !queryRef) return [];
  return rows
    .filter((row) => row.assignment === 'query' && matchesApi(queryRef, row))
    .flatMap((row) => checkAssignmentSink(assignment, row, context, entry.name));
}

/** `query.token` and `query['token']`: the record written into and the entry's name. */
function queryEntryWritten(left: ts.Expression): { query: ts.Expression; name: string } | undefined {
  if (ts.isPropertyAccessExpression(left)) return { query: left.expression, name: left.name.text };
  if (ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression))
    return { query: left.expression, name: left.argumentExpression.text };
  return undefined;
}

/** A caller in another file is where a finding lies only for a door that shows every file (the CLI). */
function placed(hit: SinkHit, acrossFiles: boolean): SinkHit {
  const { reportAt } = hit.leak;
  if (!reportAt || acrossFiles || reportAt.getSourceFile() === hit.site.getSourceFile()) return hit;
  const { reportAt: _elsewhere, ...atTheSink } = hit.leak;
  return { ...hit, leak: atTheSink };
}

/**
 * One finding per rule, reported expression, parameter and origin: a URL built along two branches is one leak,
 * but two callers that pass different secrets into the same helper's sink are two.
 */
function uniqueHits(hits: readonly SinkHit[]): SinkHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const origin = hit.leak.taint.origin.node;
    const reportAt = hit.leak.reportAt ? [hit.leak.reportAt.getSourceFile().fileName, hit.leak.reportAt.pos] : [];
    const key = [
      hit.row.rule,
      hit.site.pos,
      hit.site.end,
      hit.leak.parameter ?? '',
      origin.getSourceFile().fileName,
      origin.pos,
      ...reportAt,
    ].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
