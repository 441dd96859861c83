import { ts } from '../ast/typescript.js';
import type { Suggestion } from '../../findings/finding.js';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { evaluate } from '../evaluate/evaluate.js';
import { callArguments } from '../evaluate/rest-arguments.js';
import { judgeQueryOption, judgeUrl, vendorOfUrl, type Leak } from './judge-url.js';
import type { VendorUrlKey } from '../../secrets/credential-risk.js';
import { judgeWithCallers } from './judge-with-callers.js';
import { serverChecks } from '../server/server-checks.js';
import { urlArgIndex, urlArgument, type SinkExpression, type SinkHit } from './sink-hit.js';
import { suggestRename } from '../findings/suggest-rename.js';
import type { QueryOptionSpec, SinkRow, TokenOptionSpec } from '../tables/sinks.js';
import { union, type Prop, type Value } from '../evaluate/value.js';
import { pickProperty } from '../evaluate/pick-property.js';
import { urlPropNames } from '../frameworks/model.js';
import { enclosingFunction } from '../ast/enclosing.js';

export function checkCallSink(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  if (row.check) return serverChecks[row.check](call, row, context);
  const { args, values } = callArguments(call, context);
  return [
    ...checkUrlArgument(args, values, row, context),
    ...(row.queryOptions ?? []).flatMap((option) => checkQueryOption(args, values, option, row, context)),
    ...(row.queryArgs ?? []).flatMap((index) => checkQueryArgument(args[index], values[index], row, context, vendorOfChain(call, context))),
    ...(row.tokenOption ? checkTokenOption(args, values, row.tokenOption, row) : []),
  ];
}

/**
 * `ws.url = …`, `socket.io.opts.query = { token }`; with `entry`, one entry written into such a query
 * (`socket.io.opts.query.token = t`, as socket.io's docs update the query before a reconnection), judged as a query
 * of that one entry.
 */
export function checkAssignmentSink(assignment: ts.BinaryExpression, row: SinkRow, context: AnalysisContext, entry?: string): SinkHit[] {
  const written = evaluate(assignment.right, context);
  const value: Value =
    entry === undefined ? written : { kind: 'object', props: new Map([[entry, { value: written, node: assignment }]]), spreads: [] };
  const judge = row.assignment === 'query' ? judgeQueryOption : judgeUrl;
  return hits(
    row,
    assignment.right,
    judgeWithCallers(value, (current) => judge(current, context), context),
  );
}

function checkUrlArgument(args: readonly ts.Expression[], values: readonly Value[], row: SinkRow, context: AnalysisContext): SinkHit[] {
  const url = urlArgument(args, values, row, context);
  if (!url) return [];
  const props = row.url ? urlPropNames(row.url) : [];
  const judge = (current: Value) => judgeUrl(props.length === 0 ? current : urlOfOptions(current, props), context);
  const leaks = judgeWithCallers(url.value, judge, context);
  return url.prop ? hitsAtProperty(row, url.prop, url.argument, leaks) : hits(row, url.argument, leaks);
}

function checkQueryOption(
  args: readonly ts.Expression[],
  values: readonly Value[],
  option: QueryOptionSpec,
  row: SinkRow,
  context: AnalysisContext,
): SinkHit[] {
  const vendor = vendorOfCall(args, values, row, context);
  const written = optionProps(args, values, option.prop).flatMap(({ prop, argument, object }) => {
    if (!sendsQueryOption(object, option)) return [];
    const leaks = judgeWithCallers(prop.value, (current) => judgeQueryOption(current, context, vendor), context);
    const suggestion = option.rename && leaks.length > 0 ? suggestRename(prop.node, option.rename) : undefined;
    return hitsAtProperty(row, prop, argument, leaks, suggestion ? [suggestion] : []);
  });
  return [...written, ...optionsFromCallers(args, values, option, row, context)];
}

/** The API the call's own URL goes to (its URL argument, or `baseURL` option), when it takes its key only in the URL. */
function vendorOfCall(
  args: readonly ts.Expression[],
  values: readonly Value[],
  row: SinkRow,
  context: AnalysisContext,
): VendorUrlKey | undefined {
  const url = urlArgument(args, values, row, context);
  return url ? vendorOfUrl(url.value) : undefined;
}

/**
 * Options a helper receives and passes on (`postUnsecurely(uri, body, httpOptions)` → `http.post(url, body,
 * httpOptions)`): their query option as each caller writes it, reported at the caller.
 */
function optionsFromCallers(
  args: readonly ts.Expression[],
  values: readonly Value[],
  option: QueryOptionSpec,
  row: SinkRow,
  context: AnalysisContext,
): SinkHit[] {
  const judgeOptions = (current: Value): Leak[] =>
    objectsIn(current).flatMap((object) => {
      const prop = object.props.get(option.prop);
      return prop && sendsQueryOption(object, option) ? judgeQueryOption(prop.value, context) : [];
    });
  const urlItself = urlArgumentIndex(row, args.length);
  return values.flatMap((value, index) => {
    const argument = args[index];
    // The URL argument is judged through its callers already (checkUrlArgument): it holds no options.
    if (!argument || value.kind !== 'param' || index === urlItself) return [];
    return hits(row, argument, judgeWithCallers(value, judgeOptions, context));
  });
}

/** The argument a row reads as the URL itself (not an options object holding it), if any. */
function urlArgumentIndex(row: SinkRow, argumentCount: number): number | undefined {
  if (!row.url || urlPropNames(row.url).length > 0) return undefined;
  return urlArgIndex(row.url, argumentCount);
}

/**
 * Reports at the option property (`query: {…}`) when it is written in the analyzed file, else at the argument that
 * brought it (`io(url, sharedOptions)`), with the property as one more step: a finding always lies in the file
 * whose sink it reports, which is the file an editor shows, and suggestions only edit that file. An option that a
 * method writes into a field (`this.httpOptions.params = …`) is reported at each call that sends the field, as one
 * written in another file is: several methods write it and several calls send it.
 */
function hitsAtProperty(
  row: SinkRow,
  prop: Prop,
  argument: ts.Expression,
  leaks: readonly Leak[],
  suggestions: readonly Suggestion[] = [],
): SinkHit[] {
  if (prop.node.getSourceFile() === argument.getSourceFile() && !isFieldWriteElsewhere(prop.node, argument))
    return hits(row, prop.node, leaks, suggestions);
  const step = { node: prop.node, message: `set as option \`${describeNode(prop.node).split(':')[0]}\`` };
  return hits(
    row,
    argument,
    leaks.map((leak) => ({ ...leak, taint: { ...leak.taint, steps: [...leak.taint.steps, step] } })),
  );
}

/** `this.options.params = …` in another function than the call that sends `this.options`. */
function isFieldWriteElsewhere(written: ts.Node, argument: ts.Expression): boolean {
  if (!ts.isBinaryExpression(written) || !ts.isPropertyAccessExpression(written.left)) return false;
  const field = written.left.expression;
  return (
    ts.isPropertyAccessExpression(field) &&
    field.expression.kind === ts.SyntaxKind.ThisKeyword &&
    enclosingFunction(written) !== enclosingFunction(argument)
  );
}

function checkQueryArgument(
  argument: ts.Expression | undefined,
  value: Value | undefined,
  row: SinkRow,
  context: AnalysisContext,
  vendor: VendorUrlKey | undefined,
): SinkHit[] {
  if (!argument || !value) return [];
  return hits(
    row,
    argument,
    judgeWithCallers(value, (current) => judgeQueryOption(current, context, vendor), context),
  );
}

/**
 * The API a request chain goes to (`request.get(url).set(…).query(params)`), when it takes its key only in the URL:
 * the first argument of a call down the chain that names such a host.
 */
function vendorOfChain(call: SinkExpression, context: AnalysisContext): VendorUrlKey | undefined {
  for (let receiver = receiverCall(call); receiver; receiver = receiverCall(receiver)) {
    const [first] = receiver.arguments;
    const vendor = first && vendorOfUrl(evaluate(first, context));
    if (vendor) return vendor;
  }
  return undefined;
}

function receiverCall(call: SinkExpression): ts.CallExpression | undefined {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) && ts.isCallExpression(callee.expression) ? callee.expression : undefined;
}

/** SignalR `accessTokenFactory`: browsers send its token as `access_token` in the URL unless only long polling is used. */
function checkTokenOption(args: readonly ts.Expression[], values: readonly Value[], option: TokenOptionSpec, row: SinkRow): SinkHit[] {
  return values.flatMap((value, index) => {
    const argument = args[index];
    if (value.kind !== 'object' || !argument) return [];
    const prop = value.props.get(option.prop);
    if (!prop || usesOnlyLongPolling(value)) return [];
    const leak: Leak = {
      parameter: option.parameter,
      taint: {
        origin: { node: prop.node, message: `${option.prop} supplies the token the client appends as ${option.parameter}` },
        steps: [],
      },
      assessment: { kind: 'library-url-token', reason: 'appended to the URL by the client itself' },
    };
    return hitsAtProperty(row, prop, argument, [leak]);
  });
}

function usesOnlyLongPolling(options: Extract<Value, { kind: 'object' }>): boolean {
  const transport = options.props.get('transport');
  if (!transport) return false;
  const written = transport.node.getText();
  return /LongPolling/.test(written) && !/WebSockets|ServerSentEvents/.test(written);
}

/** Every object argument's property of that name (also inside `a ?? b` alternatives), with its argument and object. */
function optionProps(args: readonly ts.Expression[], values: readonly Value[], name: string): OptionProp[] {
  const [first = '', ...nested] = name.split('.');
  return values.flatMap((value, index) => {
    const argument = args[index];
    if (!argument) return [];
    return objectsIn(value).flatMap((object) =>
      propsAt(object, first, nested).map(({ prop, owner }) => ({ prop, argument, object: owner })),
    );
  });
}

/** The props at a dotted path (`options.query`: the `query` of each object the `options` prop may hold), with their object. */
function propsAt(object: ObjectValue, name: string, rest: readonly string[]): { prop: Prop; owner: ObjectValue }[] {
  const prop = object.props.get(name);
  if (!prop) return [];
  const [next, ...after] = rest;
  if (next === undefined) return [{ prop, owner: object }];
  return objectsIn(prop.value).flatMap((inner) => propsAt(inner, next, after));
}

interface OptionProp {
  readonly prop: Prop;
  readonly argument: ts.Expression;
  readonly object: ObjectValue;
}

type ObjectValue = Extract<Value, { kind: 'object' }>;

/** Whether the options' query option goes into the URL: always, or for the methods the library sends it with. */
function sendsQueryOption(options: ObjectValue, option: QueryOptionSpec): boolean {
  return !option.onlyForMethods || sendsInQuery(options, option.onlyForMethods);
}

/** `$.ajax({ data, type: 'POST' })` sends `data` as the body: only a method known to be a query method counts. */
function sendsInQuery(options: ObjectValue, spec: NonNullable<QueryOptionSpec['onlyForMethods']>): boolean {
  const written = spec.options.map((name) => options.props.get(name)).find((prop) => prop !== undefined);
  if (!written) return options.spreads.length === 0 && spec.methods.includes(spec.default);
  return literalTexts(written.value).some((method) => spec.methods.includes(method.toUpperCase()));
}

/** The texts a value can be when each of its options is a literal; an empty list when any is unknown. */
function literalTexts(value: Value): string[] {
  if (value.kind === 'literal') return [value.text];
  if (value.kind !== 'union') return [];
  const texts = value.options.map(literalTexts);
  return texts.every((options) => options.length > 0) ? texts.flat() : [];
}

/**
 * A sink that takes an options object (`axios.request({ url, headers })`) inside a wrapper sees only the wrapper's
 * parameter; each caller's argument gives its shape. An object is never the URL: its URL property is (a token in its
 * `headers` goes to a header); anything else is the URL itself.
 */
function urlOfOptions(value: Value, props: readonly string[]): Value {
  if (value.kind === 'object') return props.map((prop) => pickProperty(value, prop)).find((picked) => picked !== undefined) ?? union([]);
  if (value.kind === 'union') return union(value.options.map((option) => urlOfOptions(option, props)));
  return value;
}

function objectsIn(value: Value): ObjectValue[] {
  if (value.kind === 'object') return [value];
  if (value.kind === 'union') return value.options.flatMap(objectsIn);
  return [];
}

function hits(row: SinkRow, site: ts.Node, leaks: readonly Leak[], suggestions: readonly Suggestion[] = []): SinkHit[] {
  return leaks.map((leak) => ({ row, site, leak, suggestions }));
}
