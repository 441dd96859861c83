import { ts } from './typescript.js';
import type { AnalysisContext } from './context.js';
import { classOfThis } from './class-of-this.js';
import { descendantsOfKind } from './walk.js';

/**
 * Writes to a variable after its declaration: `x = …`, `x += …`, `x.search = …`, `x['token'] = …`,
 * `x.searchParams.set(k, v)`, `x.push(v)`, `Object.assign(x, …)`, and the calls that receive it (`addAuth(x)`), whose
 * callee may write to it in turn.
 */
export interface VariableWrites {
  readonly assignments: readonly ts.BinaryExpression[];
  /** `x.name = …`, `x['name'] = …` and `x[key] = …`. */
  readonly memberAssignments: readonly MemberAssignment[];
  readonly paramCalls: readonly ts.CallExpression[];
  /** `x.push(a, b)`, `x.unshift(a)`: elements added to an array. */
  readonly pushCalls: readonly ts.CallExpression[];
  /** `Object.assign(x, …)` and the like: calls whose first argument is the variable (the caller checks the callee). */
  readonly mergeCalls: readonly ts.CallExpression[];
  /** Calls that pass the variable (or its `searchParams`) as an argument (`addAuth(search)`), with its index. */
  readonly passedTo: readonly PassedArgument[];
}

export type MemberAssignment = ts.BinaryExpression & { readonly left: ts.PropertyAccessExpression | ts.ElementAccessExpression };

export interface PassedArgument {
  readonly call: ts.CallExpression;
  readonly index: number;
}

interface FileIndex {
  readonly assignments: Map<string, ts.BinaryExpression[]>;
  /** `this.name = …` by the class `this` is an instance of, then by member name. */
  readonly thisAssignments: Map<ts.ClassLikeDeclaration, Map<string, MemberAssignment[]>>;
  /** `this.name.member = …` (an options field filled in by a method), likewise. */
  readonly thisMemberAssignments: Map<ts.ClassLikeDeclaration, Map<string, MemberAssignment[]>>;
  readonly memberAssignments: Map<string, MemberAssignment[]>;
  readonly paramCalls: Map<string, ts.CallExpression[]>;
  readonly pushCalls: Map<string, ts.CallExpression[]>;
  readonly mergeCalls: Map<string, ts.CallExpression[]>;
  readonly passedTo: Map<string, PassedArgument[]>;
}

const indexes = new WeakMap<ts.SourceFile, FileIndex>();
const PARAM_METHODS = new Set(['set', 'append']);
const PUSH_METHODS = new Set(['push', 'unshift']);
const MERGE_METHODS = new Set(['assign']);

/** Per checker (symbols are its own) and declared name: a helper's parameter is asked for by each of its callers. */
const writesCache = new WeakMap<ts.TypeChecker, WeakMap<ts.Identifier, VariableWrites>>();

/** The writes to the variable declared by `name`, confirmed by symbol so that shadowed names do not mix. */
export function writesTo(name: ts.Identifier, context: AnalysisContext): VariableWrites {
  const byName = writesCache.get(context.checker) ?? new WeakMap<ts.Identifier, VariableWrites>();
  writesCache.set(context.checker, byName);
  const cached = byName.get(name);
  if (cached) return cached;
  const writes = findWrites(name, context);
  byName.set(name, writes);
  return writes;
}

function findWrites(name: ts.Identifier, context: AnalysisContext): VariableWrites {
  const index = fileIndex(name.getSourceFile());
  const symbol = context.checker.getSymbolAtLocation(name);
  const sameVariable = (identifier: ts.Expression | undefined) =>
    identifier !== undefined && ts.isIdentifier(identifier) && context.checker.getSymbolAtLocation(identifier) === symbol;
  return {
    assignments: (index.assignments.get(name.text) ?? []).filter((write) => sameVariable(write.left)),
    memberAssignments: (index.memberAssignments.get(name.text) ?? []).filter((write) => sameVariable(write.left.expression)),
    paramCalls: (index.paramCalls.get(name.text) ?? []).filter((call) => sameVariable(rootOf(call.expression))),
    pushCalls: (index.pushCalls.get(name.text) ?? []).filter((call) => sameVariable(receiverOf(call))),
    mergeCalls: (index.mergeCalls.get(name.text) ?? []).filter((call) => sameVariable(call.arguments[0])),
    passedTo: (index.passedTo.get(name.text) ?? []).filter(({ call, index: at }) => {
      const argument = call.arguments[at];
      return argument !== undefined && sameVariable(passedVariable(argument));
    }),
  };
}

/**
 * `name = …` where `name` is declared nowhere: sloppy-mode JavaScript's implicit global (`req = \`https://…\`` at a
 * module's top, read in a function below). The writes of the same file; a global shared across files is not followed.
 */
export function implicitGlobalWrites(use: ts.Identifier, context: AnalysisContext): readonly ts.BinaryExpression[] {
  const writes = fileIndex(use.getSourceFile()).assignments.get(use.text) ?? [];
  return writes.filter(
    (write) => write.operatorToken.kind === ts.SyntaxKind.EqualsToken && context.checker.getSymbolAtLocation(write.left) === undefined,
  );
}

/** The platform's names for the global object, whose members are the globals: `window.socketUrl` is `socketUrl`. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'globalThis', 'self', 'global']);

/** Per checker: the global object's members written anywhere in its files, by member name. */
const globalWritesCache = new WeakMap<ts.TypeChecker, Map<string, MemberAssignment[]>>();

/**
 * Every `window.name = …` (or `globalThis.`, `self.`, `global.`) in the files the analysis sees: a global one module
 * sets (`window.sockterUrl = 'ws://…'` where a build picks its hosts) and another reads. Not through a local variable
 * that shadows the global object's name.
 */
export function globalObjectWrites(name: string, context: AnalysisContext): readonly MemberAssignment[] {
  let byName = globalWritesCache.get(context.checker);
  if (!byName) {
    byName = collectGlobalObjectWrites(context);
    globalWritesCache.set(context.checker, byName);
  }
  return byName.get(name) ?? [];
}

function collectGlobalObjectWrites(context: AnalysisContext): Map<string, MemberAssignment[]> {
  const byName = new Map<string, MemberAssignment[]>();
  for (const file of context.files())
    for (const globalName of GLOBAL_OBJECTS) {
      // Only files that write the name are indexed: most of a large program's never do.
      if (!file.text.includes(`${globalName}.`) && !file.text.includes(`${globalName}[`)) continue;
      for (const write of fileIndex(file).memberAssignments.get(globalName) ?? []) {
        const member = writtenMember(write);
        if (
          member !== undefined &&
          write.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          isGlobalObject(write.left.expression, context)
        )
          push(byName, member, write);
      }
    }
  return byName;
}

/**
 * A member the platform or a package declares on the global object (`window.location`, `window.name`): its writes
 * navigate or set the platform's state rather than a value another module reads back.
 */
export function isPlatformGlobal(member: ts.Node, context: AnalysisContext): boolean {
  const declarations = context.checker.getSymbolAtLocation(member)?.declarations ?? [];
  return declarations.some((declaration) => PLATFORM_DECLARATIONS.test(declaration.getSourceFile().fileName));
}

/** TypeScript's own libraries (`lib.dom.d.ts`) and packages' declarations (`@types/node`). */
const PLATFORM_DECLARATIONS = /(?:^|\/)lib\.[\w.]*\.d\.ts$|\/node_modules\//;

/**
 * `window` (or another of `GLOBAL_OBJECTS`) as the platform declares it, or undeclared: no local of that name. (In
 * JavaScript, a write to one of its members, `window.location = …`, is a declaration the checker adds to it.)
 */
export function isGlobalObject(expression: ts.Expression, context: AnalysisContext): boolean {
  if (!ts.isIdentifier(expression) || !GLOBAL_OBJECTS.has(expression.text)) return false;
  const declarations = context.checker.getSymbolAtLocation(expression)?.declarations ?? [];
  return !declarations.some((declaration) => !declaration.getSourceFile().isDeclarationFile && declaresLocal(declaration));
}

function declaresLocal(declaration: ts.Declaration): boolean {
  return (
    ts.isVariableDeclaration(declaration) ||
    ts.isParameter(declaration) ||
    ts.isBindingElement(declaration) ||
    ts.isFunctionDeclaration(declaration) ||
    ts.isImportClause(declaration) ||
    ts.isImportSpecifier(declaration) ||
    ts.isNamespaceImport(declaration) ||
    ts.isImportEqualsDeclaration(declaration)
  );
}

/** Every `this.name = …` in the methods, constructor and initializers of `cls` (not in a nested function's own `this`). */
export function thisWritesTo(cls: ts.ClassLikeDeclaration, name: string): readonly MemberAssignment[] {
  return fileIndex(cls.getSourceFile()).thisAssignments.get(cls)?.get(name) ?? [];
}

/** Every `this.name.member = …` in `cls` (`this.httpOptions.params = new HttpParams()…` in a method). */
export function thisMemberWritesTo(cls: ts.ClassLikeDeclaration, name: string): readonly MemberAssignment[] {
  return fileIndex(cls.getSourceFile()).thisMemberAssignments.get(cls)?.get(name) ?? [];
}

/** The name a member write sets: `x.token = …` and `x['token'] = …` → `token`. */
export function writtenMember(write: MemberAssignment): string | undefined {
  const { left } = write;
  if (ts.isPropertyAccessExpression(left)) return left.name.text;
  return ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : undefined;
}

function fileIndex(sourceFile: ts.SourceFile): FileIndex {
  const cached = indexes.get(sourceFile);
  if (cached) return cached;
  const index: FileIndex = {
    assignments: new Map(),
    thisAssignments: new Map(),
    thisMemberAssignments: new Map(),
    memberAssignments: new Map(),
    paramCalls: new Map(),
    pushCalls: new Map(),
    mergeCalls: new Map(),
    passedTo: new Map(),
  };
  for (const node of descendantsOfKind(sourceFile, [ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.CallExpression])) {
    if (ts.isBinaryExpression(node)) indexAssignment(node, index);
    if (ts.isCallExpression(node)) indexCall(node, index);
  }
  indexes.set(sourceFile, index);
  return index;
}

function indexAssignment(node: ts.BinaryExpression, index: FileIndex): void {
  const operator = node.operatorToken.kind;
  if (operator !== ts.SyntaxKind.EqualsToken && operator !== ts.SyntaxKind.PlusEqualsToken) return;
  if (ts.isIdentifier(node.left)) push(index.assignments, node.left.text, node);
  else if (isMemberWrite(node)) indexMemberWrite(node, index);
}

function indexMemberWrite(node: MemberAssignment, index: FileIndex): void {
  const receiver = node.left.expression;
  if (ts.isIdentifier(receiver)) push(index.memberAssignments, receiver.text, node);
  if (receiver.kind === ts.SyntaxKind.ThisKeyword) indexByClass(index.thisAssignments, writtenMember(node), node);
  else if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword)
    indexByClass(index.thisMemberAssignments, receiver.name.text, node);
}

function indexByClass(
  byClass: Map<ts.ClassLikeDeclaration, Map<string, MemberAssignment[]>>,
  name: string | undefined,
  node: MemberAssignment,
): void {
  const cls = name === undefined ? undefined : classOfThis(node);
  if (name === undefined || !cls) return;
  const byName = byClass.get(cls) ?? new Map<string, MemberAssignment[]>();
  byClass.set(cls, byName);
  push(byName, name, node);
}

function isMemberWrite(node: ts.BinaryExpression): node is MemberAssignment {
  return ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left);
}

function indexCall(node: ts.CallExpression, index: FileIndex): void {
  indexParamCall(node, index);
  const receiver = receiverOf(node);
  if (receiver && ts.isIdentifier(receiver) && PUSH_METHODS.has(methodName(node))) push(index.pushCalls, receiver.text, node);
  const [target] = node.arguments;
  if (target && ts.isIdentifier(target) && isMergeCallee(node.expression)) push(index.mergeCalls, target.text, node);
  node.arguments.forEach((argument, at) => {
    const passed = passedVariable(argument);
    if (ts.isIdentifier(passed)) push(index.passedTo, passed.text, { call: node, index: at });
  });
}

/** `addAuth(x)` passes `x`; `encodeParams(params, x.searchParams)` passes the query of the URL `x`, written into it. */
function passedVariable(argument: ts.Expression): ts.Expression {
  return ts.isPropertyAccessExpression(argument) && argument.name.text === 'searchParams' ? argument.expression : argument;
}

/** `url.searchParams.set('token', t)` or `params.append('token', t)`. */
function indexParamCall(node: ts.CallExpression, index: FileIndex): void {
  if (!ts.isPropertyAccessExpression(node.expression) || !PARAM_METHODS.has(node.expression.name.text)) return;
  const root = rootOf(node.expression);
  if (ts.isIdentifier(root)) push(index.paramCalls, root.text, node);
}

/** `Object.assign`: which `Object` it is, the evaluator asks the propagator table. */
function isMergeCallee(callee: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && MERGE_METHODS.has(callee.name.text);
}

/** `a.push(…)` → `a`. */
function receiverOf(call: ts.CallExpression): ts.Expression | undefined {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
}

function methodName(call: ts.CallExpression): string {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : '';
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
