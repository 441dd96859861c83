import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { calledFunction } from '../evaluate/evaluate-call.js';
import { pickProperty } from '../evaluate/pick-property.js';
import type { Prop, Value } from '../evaluate/value.js';

/**
 * Reading configuration objects as the evaluator sees them (`{ logger: { serializers: { req } } }`, built inline or
 * in a variable): what the middleware and server checks judge.
 */

export type ObjectValue = Extract<Value, { kind: 'object' }>;

/** The first object among the arguments' values (options may follow a server or app argument). */
export function firstObject(values: readonly Value[]): ObjectValue | undefined {
  return values.find((value): value is ObjectValue => value.kind === 'object');
}

/** `options.a.b` along a path of property names, when each step is known. */
export function propAt(value: Value | undefined, path: readonly string[]): Value | undefined {
  return path.reduce<Value | undefined>(
    (current, key) => (current?.kind === 'object' ? current.props.get(key)?.value : current && pickProperty(current, key)),
    value,
  );
}

/** The written property (`logger: true`), for locations. */
export function propNode(value: ObjectValue, key: string): Prop | undefined {
  return value.props.get(key);
}

/** `true` written as such (or through a constant); the evaluator keeps the keyword as the literal's node. */
export function isTrueLiteral(value: Value | undefined): boolean {
  return value?.kind === 'literal' && value.node.kind === ts.SyntaxKind.TrueKeyword;
}

export function isFalseLiteral(value: Value | undefined): boolean {
  return value?.kind === 'literal' && value.node.kind === ts.SyntaxKind.FalseKeyword;
}

/** Every literal string a value can be (`'combined'`, `['req.url', 'req.headers.cookie']`). */
export function literalTexts(value: Value | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'literal' && !value.numeric) return [value.text];
  if (value.kind === 'union') return value.options.flatMap(literalTexts);
  if (value.kind === 'text' && value.parts.every((part) => part.kind === 'literal'))
    return [value.parts.map((part) => (part.kind === 'literal' ? part.text : '')).join('')];
  return [];
}

/**
 * The function an option is written as, for body scans: inline (`verifyClient: (info) => …`, a method) or named
 * (`verifyClient: verify`, `verifyClient: this.verify.bind(this)`).
 */
export function optionFunction(prop: Prop | undefined, context: AnalysisContext): ts.Node | undefined {
  if (!prop) return undefined;
  if (ts.isMethodDeclaration(prop.node)) return prop.node;
  const written = writtenValue(prop);
  if (!written) return undefined;
  if (ts.isArrowFunction(written) || ts.isFunctionExpression(written)) return written;
  return calledFunction(unbound(written), context);
}

/** `this.onRequestConnect.bind(this)` is the method it binds. */
function unbound(expression: ts.Expression): ts.Expression {
  const callee = ts.isCallExpression(expression) ? expression.expression : undefined;
  return callee && ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind' ? callee.expression : expression;
}

/** The expression a property is written with: `key: value`, or the name of a shorthand `{ key }`. */
export function writtenValue(prop: Prop): ts.Expression | undefined {
  if (ts.isPropertyAssignment(prop.node)) return prop.node.initializer;
  return ts.isShorthandPropertyAssignment(prop.node) ? prop.node.name : undefined;
}
