import ts from 'typescript';
import type { Level } from '../catalog/rule.js';
import type { Suggestion } from '../findings/finding.js';
import type { AnalysisContext } from './context.js';
import { evaluate } from './evaluate.js';
import { judgeQueryOption, judgeUrl, type Leak } from './judge-url.js';
import { judgeWithCallers } from './judge-with-callers.js';
import { serverChecks } from './server/server-checks.js';
import { suggestRename } from './suggest-rename.js';
import type { QueryOptionSpec, SinkRow, TokenOptionSpec } from './tables/sinks.js';
import type { Prop, Value } from './value.js';

/** A leak at a sink: the row, the expression to report, how the secret got there, and safe rewrites. */
export interface SinkHit {
  readonly row: SinkRow;
  readonly site: ts.Node;
  readonly leak: Leak;
  readonly suggestions: readonly Suggestion[];
  /** Server rules word their own findings and may differ from the catalog's level (warning, or error when worse). */
  readonly message?: string;
  readonly level?: Level;
}

export type SinkExpression = ts.CallExpression | ts.NewExpression;

export function checkCallSink(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  if (row.check) return serverChecks[row.check](call, row, context);
  const args = call.arguments ?? [];
  const values = args.map((argument) => evaluate(argument, context));
  return [
    ...checkUrlArgument(args, values, row, context),
    ...(row.queryOptions ?? []).flatMap((option) => checkQueryOption(values, option, row, context)),
    ...(row.queryArgs ?? []).flatMap((index) => checkQueryArgument(args[index], values[index], row, context)),
    ...(row.tokenOption ? checkTokenOption(values, row.tokenOption, row) : []),
  ];
}

export function checkAssignmentSink(assignment: ts.BinaryExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const value = evaluate(assignment.right, context);
  return hits(row, assignment.right, judgeWithCallers(value, (current) => judgeUrl(current, context), context));
}

function checkUrlArgument(args: readonly ts.Expression[], values: readonly Value[], row: SinkRow, context: AnalysisContext): SinkHit[] {
  const url = urlArgument(args, values, row);
  if (!url) return [];
  return hits(row, url.site, judgeWithCallers(url.value, (current) => judgeUrl(current, context), context));
}

/** The URL a row's call receives (also for ws-insecure-scheme): its argument, or that option of an options object. */
export function urlArgument(args: readonly ts.Expression[], values: readonly Value[], row: SinkRow): { value: Value; site: ts.Node } | undefined {
  if (!row.url) return undefined;
  const index = row.url.arg === 'last' ? args.length - 1 : row.url.arg;
  const argument = args[index];
  const value = values[index];
  if (!argument || !value) return undefined;
  return urlOf(value, argument, row.url.prop);
}

/** The URL inside the argument: the argument itself, or its `url`/`uri`/`path` property when it is an options object. */
function urlOf(value: Value, argument: ts.Expression, prop: string | undefined): { value: Value; site: ts.Node } | undefined {
  if (value.kind !== 'object') return { value, site: argument };
  const found = prop === undefined ? undefined : value.props.get(prop);
  return found ? { value: found.value, site: found.node } : undefined;
}

function checkQueryOption(values: readonly Value[], option: QueryOptionSpec, row: SinkRow, context: AnalysisContext): SinkHit[] {
  return optionProps(values, option.prop).flatMap((prop) => {
    const leaks = judgeWithCallers(prop.value, (current) => judgeQueryOption(current, context), context);
    const suggestion = option.rename && leaks.length > 0 ? suggestRename(prop.node, option.rename) : undefined;
    return hits(row, prop.node, leaks, suggestion ? [suggestion] : []);
  });
}

function checkQueryArgument(argument: ts.Expression | undefined, value: Value | undefined, row: SinkRow, context: AnalysisContext): SinkHit[] {
  if (!argument || !value) return [];
  return hits(row, argument, judgeWithCallers(value, (current) => judgeQueryOption(current, context), context));
}

/** SignalR `accessTokenFactory`: browsers send its token as `access_token` in the URL unless only long polling is used. */
function checkTokenOption(values: readonly Value[], option: TokenOptionSpec, row: SinkRow): SinkHit[] {
  return values.flatMap((value) => {
    if (value.kind !== 'object') return [];
    const prop = value.props.get(option.prop);
    if (!prop || usesOnlyLongPolling(value)) return [];
    const leak: Leak = {
      parameter: option.parameter,
      taint: { origin: { node: prop.node, message: `${option.prop} supplies the token the client appends as ${option.parameter}` }, steps: [] },
    };
    return hits(row, prop.node, [leak]);
  });
}

function usesOnlyLongPolling(options: Extract<Value, { kind: 'object' }>): boolean {
  const transport = options.props.get('transport');
  if (!transport) return false;
  const written = transport.node.getText();
  return /LongPolling/.test(written) && !/WebSockets|ServerSentEvents/.test(written);
}

/** Every object argument's property of that name (also inside `a ?? b` alternatives). */
function optionProps(values: readonly Value[], name: string): Prop[] {
  return values.flatMap((value) => objectsIn(value)).flatMap((object) => {
    const prop = object.props.get(name);
    return prop ? [prop] : [];
  });
}

function objectsIn(value: Value): Extract<Value, { kind: 'object' }>[] {
  if (value.kind === 'object') return [value];
  if (value.kind === 'union') return value.options.flatMap(objectsIn);
  return [];
}

function hits(row: SinkRow, site: ts.Node, leaks: readonly Leak[], suggestions: readonly Suggestion[] = []): SinkHit[] {
  return leaks.map((leak) => ({ row, site, leak, suggestions }));
}

