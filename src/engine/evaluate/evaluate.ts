import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluateCall, evaluateNew } from './evaluate-call.js';
import { evaluateIdentifier, evaluateShorthand } from './evaluate-declaration.js';
import { evaluateSplitPart } from './evaluate-request.js';
import { evaluateProperty } from './evaluate-property.js';
import { summarizeFunction } from './summaries.js';
import { opaque, text, union, type Prop, type Value } from './value.js';
import { staticPropertyName } from '../ast/property-name.js';
import { conditionOutcome } from './condition-outcome.js';

/**
 * The abstract value of an expression (see value.ts), memoized per node for the whole program: the same
 * declaration or function evaluated for a second sink costs a map lookup.
 */
export function evaluate(node: ts.Expression, context: AnalysisContext): Value {
  return memoized(node, context, () => evaluateUncached(node, context));
}

/** Nested evaluations beyond this depth are unknown: deeply nested generated code must not exhaust the stack. */
const MAX_NESTING = 400;

/** Memoization with a recursion guard: a value that depends on itself is unknown at the inner occurrence. */
export function memoized(key: ts.Node, context: AnalysisContext, compute: () => Value): Value {
  const cached = context.cache.values.get(key);
  if (cached) return cached;
  if (context.cache.inProgress.has(key) || context.cache.inProgress.size > MAX_NESTING) return opaque(key);
  context.cache.inProgress.add(key);
  try {
    const value = compute();
    context.cache.values.set(key, value);
    return value;
  } finally {
    context.cache.inProgress.delete(key);
  }
}

function evaluateUncached(node: ts.Expression, context: AnalysisContext): Value {
  if (ts.isStringLiteralLike(node)) return { kind: 'literal', text: node.text, node };
  if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) return { kind: 'literal', text: node.text, node, numeric: true };
  if (isConstantKeyword(node)) return { kind: 'literal', text: '', node, numeric: true };
  if (ts.isTemplateExpression(node)) return evaluateTemplate(node, context);
  if (isTransparentWrapper(node)) return evaluate(node.expression, context);
  if (ts.isBinaryExpression(node)) return evaluateBinary(node, context);
  if (ts.isConditionalExpression(node)) return evaluateConditional(node, context);
  if (ts.isIdentifier(node)) return evaluateIdentifier(node, context);
  if (ts.isPropertyAccessExpression(node)) return evaluateProperty(node, node.name.text, context);
  if (ts.isElementAccessExpression(node) && ts.isNumericLiteral(node.argumentExpression))
    return evaluateSplitPart(node, context) ?? opaque(node);
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return evaluateProperty(node, node.argumentExpression.text, context);
  }
  if (ts.isCallExpression(node)) return evaluateCall(node, context);
  if (ts.isNewExpression(node)) return evaluateNew(node, context);
  if (ts.isObjectLiteralExpression(node)) return evaluateObject(node, context);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node))
    return { kind: 'function', returns: summarizeFunction(node, context), node };
  if (ts.isArrayLiteralExpression(node)) return union(node.elements.map((element) => evaluate(element, context)));
  if (ts.isPrefixUnaryExpression(node) || ts.isTypeOfExpression(node) || ts.isPostfixUnaryExpression(node)) {
    return { kind: 'opaque', node, numeric: true };
  }
  return opaque(node);
}

/** Both branches, unless the condition is known by how it is written (`condition-outcome.ts`). */
function evaluateConditional(node: ts.ConditionalExpression, context: AnalysisContext): Value {
  const outcome = conditionOutcome(node.condition);
  if (outcome !== undefined) return evaluate(outcome ? node.whenTrue : node.whenFalse, context);
  return union([evaluate(node.whenTrue, context), evaluate(node.whenFalse, context)]);
}

function isConstantKeyword(node: ts.Expression): boolean {
  const kind = node.kind;
  return (
    kind === ts.SyntaxKind.TrueKeyword ||
    kind === ts.SyntaxKind.FalseKeyword ||
    kind === ts.SyntaxKind.NullKeyword ||
    ts.isVoidExpression(node)
  );
}

type Wrapper =
  ts.ParenthesizedExpression | ts.AsExpression | ts.NonNullExpression | ts.TypeAssertion | ts.SatisfiesExpression | ts.AwaitExpression;

function isTransparentWrapper(node: ts.Expression): node is Wrapper {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isAwaitExpression(node)
  );
}

function evaluateTemplate(node: ts.TemplateExpression, context: AnalysisContext): Value {
  const parts: Value[] = [{ kind: 'literal', text: node.head.text, node: node.head }];
  for (const span of node.templateSpans) {
    parts.push(evaluate(span.expression, context), { kind: 'literal', text: span.literal.text, node: span.literal });
  }
  return text(parts);
}

function evaluateBinary(node: ts.BinaryExpression, context: AnalysisContext): Value {
  switch (node.operatorToken.kind) {
    case ts.SyntaxKind.PlusToken:
      return text(plusOperands(node).map((operand) => evaluate(operand, context)));
    case ts.SyntaxKind.QuestionQuestionToken:
    case ts.SyntaxKind.BarBarToken:
      return union([evaluate(node.left, context), evaluate(node.right, context)]);
    case ts.SyntaxKind.AmpersandAmpersandToken:
    case ts.SyntaxKind.CommaToken:
    case ts.SyntaxKind.EqualsToken:
      return evaluate(node.right, context);
    // `return url += \`?token=${t}\``: a variable's value already holds each of its writes (ast/file-index.ts); anything
    // else is what it held joined with what is appended.
    case ts.SyntaxKind.PlusEqualsToken:
      return ts.isIdentifier(node.left)
        ? evaluate(node.left, context)
        : text([evaluate(node.left, context), evaluate(node.right, context)]);
    default:
      return { kind: 'opaque', node, numeric: true };
  }
}

/** `a + b + c` parses as `(a + b) + c`: collect the operands of a left-deep chain without recursing into it. */
function plusOperands(node: ts.BinaryExpression): ts.Expression[] {
  const rights: ts.Expression[] = [];
  let current: ts.Expression = node;
  while (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    rights.push(current.right);
    current = current.left;
  }
  return [current, ...rights.reverse()];
}

function evaluateObject(node: ts.ObjectLiteralExpression, context: AnalysisContext): Value {
  const props = new Map<string, Prop>();
  const spreads: Value[] = [];
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = evaluate(property.expression, context);
      if (spread.kind === 'object') for (const [name, prop] of spread.props) props.set(name, prop);
      else spreads.push(spread);
      continue;
    }
    const name = property.name && propertyNameOf(property.name, context);
    if (name === undefined) continue;
    const value = propertyValue(property, context);
    if (value) props.set(name, { value, node: property });
  }
  return { kind: 'object', props, spreads };
}

/** `token`, `'api-key'`, or a computed name that is one constant string: `[API_KEY_NAME]` after `const API_KEY_NAME = 'api_key'`. */
function propertyNameOf(name: ts.PropertyName, context: AnalysisContext): string | undefined {
  const written = staticPropertyName(name);
  if (written !== undefined || !ts.isComputedPropertyName(name)) return written;
  const computed = evaluate(name.expression, context);
  return computed.kind === 'literal' && !computed.numeric ? computed.text : undefined;
}

function propertyValue(property: ts.ObjectLiteralElementLike, context: AnalysisContext): Value | undefined {
  if (ts.isPropertyAssignment(property)) return evaluate(property.initializer, context);
  if (ts.isShorthandPropertyAssignment(property)) return evaluateShorthand(property, context);
  if (ts.isMethodDeclaration(property)) return { kind: 'function', returns: summarizeFunction(property, context) };
  return undefined;
}
