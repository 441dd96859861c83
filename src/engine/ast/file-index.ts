import ts from 'typescript';
import type { AnalysisContext } from './context.js';
import { walkDescendants } from './walk.js';

/** Writes to a variable after its declaration: `x = …`, `x += …`, `x.search = …`, `x.searchParams.set(k, v)`. */
export interface VariableWrites {
  readonly assignments: readonly ts.BinaryExpression[];
  readonly memberAssignments: readonly ts.BinaryExpression[];
  readonly paramCalls: readonly ts.CallExpression[];
}

interface FileIndex {
  readonly assignments: Map<string, ts.BinaryExpression[]>;
  readonly memberAssignments: Map<string, ts.BinaryExpression[]>;
  readonly paramCalls: Map<string, ts.CallExpression[]>;
}

const indexes = new WeakMap<ts.SourceFile, FileIndex>();
const PARAM_METHODS = new Set(['set', 'append']);

/** The writes to the variable declared by `name`, confirmed by symbol so that shadowed names do not mix. */
export function writesTo(name: ts.Identifier, context: AnalysisContext): VariableWrites {
  const index = fileIndex(name.getSourceFile());
  const symbol = context.checker.getSymbolAtLocation(name);
  const sameVariable = (identifier: ts.Expression) =>
    ts.isIdentifier(identifier) && context.checker.getSymbolAtLocation(identifier) === symbol;
  return {
    assignments: (index.assignments.get(name.text) ?? []).filter((write) => sameVariable(write.left)),
    memberAssignments: (index.memberAssignments.get(name.text) ?? []).filter(
      (write) => ts.isPropertyAccessExpression(write.left) && sameVariable(write.left.expression),
    ),
    paramCalls: (index.paramCalls.get(name.text) ?? []).filter((call) => sameVariable(rootOf(call.expression))),
  };
}

function fileIndex(sourceFile: ts.SourceFile): FileIndex {
  const cached = indexes.get(sourceFile);
  if (cached) return cached;
  const index: FileIndex = { assignments: new Map(), memberAssignments: new Map(), paramCalls: new Map() };
  walkDescendants(sourceFile, (node) => {
    if (ts.isBinaryExpression(node)) indexAssignment(node, index);
    if (ts.isCallExpression(node)) indexParamCall(node, index);
  });
  indexes.set(sourceFile, index);
  return index;
}

function indexAssignment(node: ts.BinaryExpression, index: FileIndex): void {
  const operator = node.operatorToken.kind;
  if (operator !== ts.SyntaxKind.EqualsToken && operator !== ts.SyntaxKind.PlusEqualsToken) return;
  if (ts.isIdentifier(node.left)) push(index.assignments, node.left.text, node);
  else if (ts.isPropertyAccessExpression(node.left) && ts.isIdentifier(node.left.expression))
    push(index.memberAssignments, node.left.expression.text, node);
}

/** `url.searchParams.set('token', t)` or `params.append('token', t)`. */
function indexParamCall(node: ts.CallExpression, index: FileIndex): void {
  if (!ts.isPropertyAccessExpression(node.expression) || !PARAM_METHODS.has(node.expression.name.text)) return;
  const root = rootOf(node.expression);
  if (ts.isIdentifier(root)) push(index.paramCalls, root.text, node);
}

/** `a.searchParams.set` → `a`; `a.set` → `a`. */
function rootOf(callee: ts.Expression): ts.Expression {
  if (!ts.isPropertyAccessExpression(callee)) return callee;
  const receiver = callee.expression;
  return ts.isPropertyAccessExpression(receiver) && receiver.name.text === 'searchParams' ? receiver.expression : receiver;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
