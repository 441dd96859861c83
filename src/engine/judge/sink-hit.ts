import { ts } from '../ast/typescript.js';
import type { Level } from '../../catalog/rule.js';
import type { Suggestion } from '../../findings/finding.js';
import type { Prop, Value } from '../evaluate/value.js';
import { urlPropNames, type UrlSpec } from '../frameworks/model.js';
import type { SinkRow } from '../tables/sinks.js';
import type { Leak } from './judge-url.js';
import type { AnalysisContext } from '../ast/context.js';
import { resolveApiRef } from '../resolve/library-resolution.js';

/*
 * What a sink check returns, and where a row's call takes its URL: shared by the client-side checks (check-sink.ts)
 * and the server-side ones (server/), which check-sink.ts dispatches to; kept apart so neither imports the other back.
 */

/** A leak at a sink: the row, the expression to report, how the secret got there, and safe rewrites. */
export interface SinkHit {
  readonly row: SinkRow;
  readonly site: ts.Node;
  readonly leak: Leak;
  readonly suggestions: readonly Suggestion[];
  /** Server rules word their own findings and may differ from the catalog's level (warning, or error when worse). */
  readonly message?: string;
  readonly level?: Level;
  /** Other places the message speaks of (the handler's log call): in the finding's `related`, never its message. */
  readonly related?: readonly { readonly node: ts.Node; readonly message: string }[];
}

export type SinkExpression = ts.CallExpression | ts.NewExpression;

/** The URL a row's call receives (also for ws-insecure-scheme): the argument, or its `url`/`uri`/`path` option. */
export function urlArgument(
  args: readonly ts.Expression[],
  values: readonly Value[],
  row: SinkRow,
  context: AnalysisContext,
): { value: Value; argument: ts.Expression; prop?: Prop } | undefined {
  if (!row.url || !meetsCondition(row.url, values) || !installsPlugin(row.url, args, context)) return undefined;
  const index = urlArgIndex(row.url, args.length);
  const argument = args[index];
  const value = values[index];
  // An array written in the URL's place is no URL (SWR's `[url, token]` key hands the token to the fetcher apart).
  if (!argument || !value || ts.isArrayLiteralExpression(argument)) return undefined;
  if (value.kind !== 'object') return { value, argument };
  const prop = urlPropNames(row.url)
    .map((name) => value.props.get(name))
    .find((found) => found !== undefined);
  return prop ? { value: prop.value, argument, prop } : undefined;
}

/** A spec's `when`: the argument is written as that text (a header's name), whatever its case. */
function meetsCondition(url: UrlSpec, values: readonly Value[]): boolean {
  if (!url.when) return true;
  const value = values[url.when.arg];
  return value?.kind === 'literal' && value.text.toLowerCase() === url.when.is.toLowerCase();
}

/** A spec's `plugin`: the argument is that module's default export (`VueNativeSock` of `vue-native-websocket`). */
function installsPlugin(url: UrlSpec, args: readonly ts.Expression[], context: AnalysisContext): boolean {
  if (!url.plugin) return true;
  const argument = args[url.plugin.arg];
  const ref = argument && resolveApiRef(argument, context);
  return ref?.module === url.plugin.module && (ref.path.length === 0 || ref.path.join('.') === 'default');
}

/** Which argument a row's URL spec names among `argumentCount`. */
export function urlArgIndex(url: UrlSpec, argumentCount: number): number {
  return url.arg === 'last' ? argumentCount - 1 : url.arg;
}
