import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { moduleOfSpecifier } from '../ast/module-name.js';
import { GLOBAL_OBJECTS, thisWritesTo, writesTo } from '../ast/file-index.js';
import { classOfThis } from '../ast/class-of-this.js';
import { callsByName } from '../ast/calls-by-name.js';
import { staticPropertyName } from '../ast/property-name.js';
import { importedModules, importedNames, importEqualsSpecifier } from '../ast/imported-modules.js';
import { contextDecorators } from '../tables/propagators.js';

/**
 * What a callee or receiver is, in library terms: the module it comes from and the path inside it.
 * `module` is the import specifier as ast/module-name.ts names it (`socket.io-client`, `node:` dropped), `global` for the platform's own
 * objects (`WebSocket`, `fetch`, `location`), or `?` for a root the engine cannot resolve (a parameter: `res`).
 * Default imports, namespace imports and `require()` all start with an empty path, so `io(url)` after
 * `import io from 'socket.io-client'` and `require('socket.io-client')(url)` meet the same table row.
 */
export interface ApiRef {
  readonly module: string;
  readonly path: readonly string[];
}

const MAX_DEPTH = 8;

/**
 * `depth` counts the declarations followed (a variable's initializer, a parameter's registration), not the steps into
 * an expression's parts, which end with the expression: `api.interceptors.request.use` on an instance of a
 * `require`d axios is 5 member and call steps and 2 declarations away from its module.
 */
export function resolveApiRef(expression: ts.Expression, context: AnalysisContext, depth = 0): ApiRef | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const next = (inner: ts.Expression) => resolveApiRef(inner, context, depth);
  if (
    ts.isParenthesizedExpression(expression) ||
    ts.isAsExpression(expression) ||
    ts.isNonNullExpression(expression) ||
    ts.isAwaitExpression(expression)
  ) {
    return next(expression.expression);
  }
  if (ts.isIdentifier(expression)) return resolveIdentifierRef(expression, context, depth);
  if (expression.kind === ts.SyntaxKind.ThisKeyword) return { module: '?', path: ['this'] };
  if (ts.isPropertyAccessExpression(expression)) return resolveMemberRef(expression, context, depth);
  if (ts.isElementAccessExpression(expression) && ts.isStringLiteralLike(expression.argumentExpression)) {
    return member(next(expression.expression), expression.argumentExpression.text);
  }
  if (ts.isBinaryExpression(expression)) return alternativeRef(expression, next);
  if (ts.isConditionalExpression(expression)) return eitherRef(expression, next);
  if (ts.isCallExpression(expression) && isRequireCall(expression)) return requiredModule(expression);
  if (ts.isCallExpression(expression) && isBindCall(expression)) return next(expression.expression.expression);
  if (ts.isCallExpression(expression) || ts.isNewExpression(expression)) return called(next(expression.expression));
  return undefined;
}

/**
 * `(global && global.$) || require('jquery')`, `window.io ?? io`: one library found one of two ways (a page's global,
 * else the module), named by the first side that resolves; `a && b` is `b` when it is used at all.
 */
function alternativeRef(expression: ts.BinaryExpression, next: (inner: ts.Expression) => ApiRef | undefined): ApiRef | undefined {
  switch (expression.operatorToken.kind) {
    case ts.SyntaxKind.BarBarToken:
    case ts.SyntaxKind.QuestionQuestionToken:
      return next(expression.left) ?? next(expression.right);
    case ts.SyntaxKind.AmpersandAmpersandToken:
      return next(expression.right);
    default:
      return undefined;
  }
}

/**
 * `url.startsWith('https') ? https : http`: Node's idiom for one client of two modules with the same API, named by the
 * first branch that resolves to a module (a branch that stays a parameter's, `?`, only when neither does).
 */
function eitherRef(expression: ts.ConditionalExpression, next: (inner: ts.Expression) => ApiRef | undefined): ApiRef | undefined {
  const whenTrue = next(expression.whenTrue);
  if (whenTrue && whenTrue.module !== '?') return whenTrue;
  const whenFalse = next(expression.whenFalse);
  return whenFalse && whenFalse.module !== '?' ? whenFalse : (whenTrue ?? whenFalse);
}

/** `a.b`: a member of what `a` is; for `this.http` (unresolved root) what the member is declared as. */
function resolveMemberRef(expression: ts.PropertyAccessExpression, context: AnalysisContext, depth: number): ApiRef | undefined {
  const base = resolveApiRef(expression.expression, context, depth);
  if (base && base.module !== '?') return member(base, expression.name.text);
  // The class's own text first: asking the checker for a member's symbol is the dearer step.
  const field = thisFieldRef(expression, context, depth);
  if (field) return field;
  const declaration = mayBeAnnotated(expression.name, context)
    ? context.checker.getSymbolAtLocation(expression.name)?.valueDeclaration
    : undefined;
  return (declaration && declaredInstanceRef(declaration, context, depth)) ?? member(base, expression.name.text);
}

/**
 * `this.api` where the class keeps a library's instance in that field, by its initializer or the `this.api = …` that
 * sets it (`private api: AxiosInstance;` then `this.api = axios.create({…})` in the constructor): an instance of what
 * that expression is. Found in the class's own text, without asking the checker.
 */
function thisFieldRef(expression: ts.PropertyAccessExpression, context: AnalysisContext, depth: number): ApiRef | undefined {
  if (expression.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  const cls = classOfThis(expression);
  if (!cls) return undefined;
  const name = expression.name.text;
  const field = cls.members.find(
    (candidate): candidate is ts.PropertyDeclaration =>
      ts.isPropertyDeclaration(candidate) &&
      (ts.isIdentifier(candidate.name) || ts.isPrivateIdentifier(candidate.name)) &&
      candidate.name.text === name,
  );
  const assigned = field?.initializer ?? thisWritesTo(cls, name)[0]?.right;
  return assigned ? resolveApiRef(assigned, context, depth + 1) : undefined;
}

const annotatedNames = new WeakMap<ts.SourceFile, Map<string, boolean>>();

/**
 * Whether a member can have an annotated declaration (`http: HttpClient`, `http?: HttpClient`). Without the
 * program's checker it can only be in this file, so its text must show the name before a colon; asking the checker
 * for a member's symbol type-checks the whole expression, the dearest step of single-file analysis.
 */
function mayBeAnnotated(name: ts.MemberName, context: AnalysisContext): boolean {
  if (context.typed) return true;
  const sourceFile = name.getSourceFile();
  const known = annotatedNames.get(sourceFile) ?? new Map<string, boolean>();
  annotatedNames.set(sourceFile, known);
  let verdict = known.get(name.text);
  if (verdict === undefined) {
    const gap = String.raw`(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/)*`;
    verdict = new RegExp(String.raw`(?<![\w$])${name.text.replace(/\$/g, '\\$')}${gap}[?!]?${gap}:`).test(sourceFile.text);
    known.set(name.text, verdict);
  }
  return verdict;
}

/**
 * A parameter or property annotated with a library's class (`private http: HttpClient`, `res: Response` from
 * express) is an instance of it, with or without a checker: the annotation names the import.
 */
function declaredInstanceRef(declaration: ts.Declaration, context: AnalysisContext, depth: number): ApiRef | undefined {
  const type =
    ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration)
      ? declaration.type
      : undefined;
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const typeRef = resolveIdentifierRef(type.typeName, context, depth + 1);
  return typeRef && typeRef.module !== 'global' && typeRef.module !== '?' ? called(typeRef) : undefined;
}

function member(base: ApiRef | undefined, name: string): ApiRef | undefined {
  if (!base) return undefined;
  if (base.module === 'global' && base.path.length === 1 && GLOBAL_OBJECTS.has(base.path[0] ?? '')) {
    return { module: 'global', path: [name] };
  }
  // `require('axios').default`, as axios' README has CommonJS users write it for its typings: the module's default
  // export, which a default import, a namespace import and `require()` all start from (an empty path).
  if (base.path.length === 0 && name === 'default') return base;
  return { module: base.module, path: [...base.path, name] };
}

/** The value a call (or `new`) returns: `axios.create` → `create()`. */
function called(callee: ApiRef | undefined): ApiRef | undefined {
  if (!callee) return undefined;
  const last = callee.path.at(-1);
  if (last === undefined) return { module: callee.module, path: ['()'] };
  return { module: callee.module, path: [...callee.path.slice(0, -1), `${last}()`] };
}

function resolveIdentifierRef(identifier: ts.Identifier, context: AnalysisContext, depth: number): ApiRef | undefined {
  // A shorthand property's name (`{ access }`) is its value's variable, where the checker would give the property.
  const symbol = ts.isShorthandPropertyAssignment(identifier.parent)
    ? context.checker.getShorthandAssignmentValueSymbol(identifier.parent)
    : context.checker.getSymbolAtLocation(identifier);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration || isAmbientGlobal(declaration)) return { module: 'global', path: [identifier.text] };
  const imported = importedRef(declaration, symbol, context, depth);
  if (imported) return imported;
  if (ts.isParameter(declaration)) {
    return (
      interceptedConfigRef(declaration, context, depth) ??
      declaredInstanceRef(declaration, context, depth) ??
      passedLibraryRef(declaration, context, depth) ?? { module: '?', path: [identifier.text] }
    );
  }
  if (ts.isBindingElement(declaration)) return destructuredRef(declaration, context, depth);
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return resolveApiRef(declaration.initializer, context, depth + 1);
  }
  return undefined;
}

/**
 * The request config a request interceptor receives (`api.interceptors.request.use((config) => …)`, or a function
 * registered by its name): a member of what the interceptor was registered on, `….interceptors.request.use().config`,
 * so that what it writes into `config.params` or `config.url` meets the table's rows for every request's URL.
 */
function interceptedConfigRef(parameter: ts.ParameterDeclaration, context: AnalysisContext, depth: number): ApiRef | undefined {
  const fn = parameter.parent;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) || fn.parameters[0] !== parameter) {
    return undefined;
  }
  if (!mayBeRegistered(fn)) return undefined;
  for (const registration of registrationsOf(fn, context)) {
    if (registration.expression.getText().endsWith(NUXT_AXIOS_REGISTRATION)) return NUXT_AXIOS_CONFIG;
    const callee = resolveApiRef(registration.expression, context, depth + 1);
    if (callee && callee.path.slice(-3).join('.') === INTERCEPTOR_REGISTRATION) {
      return { module: callee.module, path: [...callee.path.slice(0, -1), 'use()', 'config'] };
    }
  }
  return undefined;
}

const INTERCEPTOR_REGISTRATION = 'interceptors.request.use';
/**
 * @nuxtjs/axios' helper for the same on the `$axios` of a plugin's context or a component
 * (`export default ({ $axios }) => { $axios.onRequest((config) => …) }`: https://axios.nuxtjs.org/helpers#interceptors),
 * an axios instance's request interceptor: the table's `$axios.onRequest().config` rows (frameworks/axios.ts).
 */
const NUXT_AXIOS_REGISTRATION = '$axios.onRequest';
const NUXT_AXIOS_CONFIG: ApiRef = { module: '?', path: ['$axios', 'onRequest()', 'config'] };

/**
 * Whether the text can register the function as an interceptor, before anything is resolved: passed inline to a
 * `….interceptors.request.use(` (or `$axios.onRequest(`), or named in the file's text as `use(<name>`. Finding a named function's uses asks
 * the checker about every use of its name, which most parameters of most files never need.
 */
function mayBeRegistered(fn: ts.SignatureDeclaration): boolean {
  const text = fn.getSourceFile().text;
  const registrations = [INTERCEPTOR_REGISTRATION, NUXT_AXIOS_REGISTRATION].filter((registration) => text.includes(registration));
  if (registrations.length === 0) return false;
  if (ts.isCallExpression(fn.parent)) {
    const callee = fn.parent.expression.getText();
    return registrations.some((registration) => callee.endsWith(registration));
  }
  const name = functionNameOf(fn);
  return name !== undefined && new RegExp(String.raw`\b(?:use|onRequest)\(\s*${name.replace(/\$/g, '\\$')}\b`).test(text);
}

/**
 * A library object a function of the file is handed (`handleRequest(https, url)` for
 * `function handleRequest(requestor, url) { requestor.request(url) }`, a pattern to share code between `http` and
 * `https`): what the file's callers pass, when one of them passes a library. Callers in the same file only: the
 * function is named once where it is declared, and its calls are found by that name.
 */
function passedLibraryRef(parameter: ts.ParameterDeclaration, context: AnalysisContext, depth: number): ApiRef | undefined {
  const known = passedLibraries.get(parameter);
  if (known !== undefined || passedLibraries.has(parameter)) return known;
  // Asked again while its callers are resolved (a recursive call, helpers passing it on): nothing more to learn there.
  passedLibraries.set(parameter, undefined);
  const ref = firstPassedLibrary(parameter, context, depth);
  passedLibraries.set(parameter, ref);
  return ref;
}

/** Per parameter, once: each is asked for at every use, and callers' arguments may be parameters in turn. */
const passedLibraries = new WeakMap<ts.ParameterDeclaration, ApiRef | undefined>();

function firstPassedLibrary(parameter: ts.ParameterDeclaration, context: AnalysisContext, depth: number): ApiRef | undefined {
  const fn = parameter.parent;
  const name = functionNameOf(fn);
  if (name === undefined) return undefined;
  const index = fn.parameters.indexOf(parameter);
  const imported = importedNames(fn.getSourceFile());
  for (const call of callsByName(fn.getSourceFile(), context).get(name) ?? []) {
    // Calls of the bare name only (`handleRequest(https, url)`): a method of the same name is another function.
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
    const argument = call.arguments[index];
    // A library object is passed by the name it was imported or required under (`https`), never built inline.
    if (!argument || !ts.isIdentifier(argument) || !imported.has(argument.text)) continue;
    const ref = resolveApiRef(argument, context, depth + 1);
    if (ref && ref.module !== '?' && ref.module !== 'global') return ref;
  }
  return undefined;
}

/** The name a function is declared under: its own, or the variable an arrow or function expression is assigned to. */
export function functionNameOf(fn: ts.SignatureDeclaration): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
    return fn.parent.name.text;
  }
  return undefined;
}

/** Calls a function is passed to as their first argument: written inline, or by the name it is declared with. */
function registrationsOf(fn: ts.SignatureDeclaration, context: AnalysisContext): ts.CallExpression[] {
  if (ts.isCallExpression(fn.parent) && fn.parent.arguments[0] === fn) return [fn.parent];
  const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined;
  if (!name || !ts.isIdentifier(name)) return [];
  return writesTo(name, context)
    .passedTo.filter(({ index }) => index === 0)
    .map(({ call }) => call);
}

/** `const { io } = require('socket.io-client')`, `const { data: { token } } = …` is not a library. */
function destructuredRef(element: ts.BindingElement, context: AnalysisContext, depth: number): ApiRef | undefined {
  const pattern = element.parent;
  const name = element.propertyName ?? element.name;
  if (!ts.isObjectBindingPattern(pattern) || !ts.isIdentifier(name)) return undefined;
  const holder = pattern.parent;
  if (!ts.isVariableDeclaration(holder) || !holder.initializer) return decoratedContextRef(element, context, depth);
  return (
    exportedByProjectModule(holder.initializer, name.text, context, depth) ??
    member(resolveApiRef(holder.initializer, context, depth + 1), name.text)
  );
}

/**
 * A value a handler destructures from the context an app decorated earlier in its chain (contextDecorators: Elysia's
 * `.decorate('logger', logger)` or `.decorate('tools', { serverRequest })` before `.onRequest(({ tools: { serverRequest } }) => …)`):
 * the decorated value, read down the destructured path.
 */
function decoratedContextRef(element: ts.BindingElement, context: AnalysisContext, depth: number): ApiRef | undefined {
  const path: string[] = [];
  let node: ts.Node = element;
  while (ts.isBindingElement(node)) {
    const name = node.propertyName ?? node.name;
    if (!ts.isIdentifier(name) && !ts.isStringLiteral(name)) return undefined;
    path.unshift(name.text);
    node = node.parent.parent;
  }
  const fn = node.parent;
  const handlerCall = fn?.parent;
  if (!ts.isParameter(node) || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== node) return undefined;
  if (!handlerCall || !ts.isCallExpression(handlerCall) || !ts.isPropertyAccessExpression(handlerCall.expression)) return undefined;
  const modules = importedModules(element.getSourceFile());
  const methods = new Set(contextDecorators.filter((row) => row.modules.some((module) => modules.has(module))).map((row) => row.method));
  if (methods.size === 0) return undefined;
  const [name = '', ...rest] = path;
  const decorated = decoratedValue(handlerCall.expression.expression, name, methods, context);
  if (!decorated) return undefined;
  const { expression, unread } = readDown(decorated, rest);
  return unread.reduce<ApiRef | undefined>(
    (ref, member) => ref && { ...ref, path: [...ref.path, member] },
    resolveApiRef(expression, context, depth + 1),
  );
}

/** What the latest decoration before a handler names `name`: down the chain from the handler, through an app variable. */
function decoratedValue(
  chain: ts.Expression,
  name: string,
  methods: ReadonlySet<string>,
  context: AnalysisContext,
): ts.Expression | undefined {
  let link: ts.Expression | undefined = chain;
  for (let steps = 0; link && steps < MAX_CHAIN_LINKS; steps += 1) {
    if (ts.isIdentifier(link)) {
      const declaration: ts.Declaration | undefined = context.checker.getSymbolAtLocation(link)?.valueDeclaration;
      link = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
      continue;
    }
    if (!ts.isCallExpression(link) || !ts.isPropertyAccessExpression(link.expression)) return undefined;
    if (methods.has(link.expression.name.text)) {
      const [key, value] = link.arguments;
      if (key && ts.isStringLiteralLike(key) && key.text === name) return value;
      if (key && ts.isObjectLiteralExpression(key)) {
        const found = readDown(key, [name]);
        if (found.unread.length === 0) return found.expression;
      }
    }
    link = link.expression.expression;
  }
  return undefined;
}

/** An app's chain is short; an app variable leads to another chain at most a few times. */
const MAX_CHAIN_LINKS = 64;

/** Down an object literal's properties along `path` (shorthand ones to their names), as far as they are written. */
function readDown(expression: ts.Expression, path: readonly string[]): { expression: ts.Expression; unread: readonly string[] } {
  let current = expression;
  for (const [index, name] of path.entries()) {
    const property = ts.isObjectLiteralExpression(current)
      ? current.properties.find((candidate) => candidate.name !== undefined && staticPropertyName(candidate.name) === name)
      : undefined;
    if (property && ts.isPropertyAssignment(property)) current = property.initializer;
    else if (property && ts.isShorthandPropertyAssignment(property)) current = property.name;
    else return { expression: current, unread: path.slice(index) };
  }
  return { expression: current, unread: [] };
}

/**
 * `const { morgan } = require('./middleware/logger')` where that module ends `module.exports = { morgan, … }`: what
 * the project module exports under that name (a library it required, an instance it made), read in its file.
 */
function exportedByProjectModule(initializer: ts.Expression, name: string, context: AnalysisContext, depth: number): ApiRef | undefined {
  if (!context.typed || !ts.isCallExpression(initializer) || !isRequireCall(initializer)) return undefined;
  const [specifier] = initializer.arguments;
  if (!specifier || !ts.isStringLiteral(specifier) || !isRelative(specifier.text)) return undefined;
  const property = context.checker.getTypeAtLocation(initializer).getProperty(name);
  const exported = property?.valueDeclaration ?? property?.declarations?.[0];
  const shorthandValue =
    exported && ts.isShorthandPropertyAssignment(exported) ? context.checker.getShorthandAssignmentValueSymbol(exported) : undefined;
  const value = shorthandValue ? (shorthandValue.valueDeclaration ?? shorthandValue.declarations?.[0]) : exported;
  if (value && ts.isPropertyAssignment(value)) return resolveApiRef(value.initializer, context, depth + 1);
  if (value && ts.isVariableDeclaration(value) && value.initializer) return resolveApiRef(value.initializer, context, depth + 1);
  return undefined;
}

function importedRef(
  declaration: ts.Declaration,
  symbol: ts.Symbol | undefined,
  context: AnalysisContext,
  depth: number,
): ApiRef | undefined {
  const specifier = importSpecifierOf(declaration);
  if (specifier === undefined) return undefined;
  if (symbol && (isRelative(specifier) || resolvesIntoProject(symbol, context))) {
    // Without a checker the module is not read: the import is known by its local name only, like a parameter
    // (`import api from './api'`, matched by the tables' name rows: named-http-client.ts, named-logger.ts).
    return context.typed ? followRelativeImport(symbol, context, depth) : { module: '?', path: [symbol.name] };
  }
  const module = moduleOfSpecifier(specifier);
  if (ts.isImportSpecifier(declaration)) {
    const imported = (declaration.propertyName ?? declaration.name).text;
    return { module, path: imported === 'default' ? [] : [imported] };
  }
  return { module, path: [] };
}

/**
 * An import through a path alias or a workspace package (`@/api/eduApi`, `~/helpers/axios`, `@acme/http`) that the
 * checker resolves to a source file of the project, not to a package's declarations: followed like a relative one.
 */
function resolvesIntoProject(symbol: ts.Symbol, context: AnalysisContext): boolean {
  if (!context.typed || !(symbol.flags & ts.SymbolFlags.Alias)) return false;
  // The next alias only: a project module that re-exports a package (`export default log4js`) is the project's.
  const target = context.checker.getImmediateAliasedSymbol(symbol);
  const file = (target?.valueDeclaration ?? target?.declarations?.[0])?.getSourceFile();
  return file !== undefined && !file.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(file.fileName);
}

/** A helper module of the project (`import { api } from './api'`): what its export is, with a checker. */
function followRelativeImport(symbol: ts.Symbol, context: AnalysisContext, depth: number): ApiRef | undefined {
  const target = context.checker.getAliasedSymbol(symbol);
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return resolveApiRef(declaration.initializer, context, depth + 1);
  }
  return reexportedLibrary(symbol, context, depth);
}

/** Aliases followed one at a time when a module re-exports a library (`export default log4js`, `export { morgan }`). */
const MAX_REEXPORT_HOPS = 4;

/**
 * `import log4js from '$logger'` where that project module ends `export default log4js` after `import log4js from
 * 'log4js'`: the library itself. Followed one alias at a time, since following them all at once ends in the package's
 * declarations (or nowhere, without node_modules).
 */
function reexportedLibrary(symbol: ts.Symbol, context: AnalysisContext, depth: number): ApiRef | undefined {
  let current: ts.Symbol | undefined = symbol;
  for (let hop = 0; current && current.flags & ts.SymbolFlags.Alias && hop < MAX_REEXPORT_HOPS; hop += 1) {
    current = context.checker.getImmediateAliasedSymbol(current);
    const declaration = current?.declarations?.[0];
    if (!current || !declaration) return undefined;
    if (ts.isExportAssignment(declaration)) return resolveApiRef(declaration.expression, context, depth + 1);
    const specifier = importSpecifierOf(declaration);
    if (specifier !== undefined && !isRelative(specifier) && !resolvesIntoProject(current, context))
      return importedRef(declaration, current, context, depth + 1);
  }
  return undefined;
}

/** The module an import-like declaration names, or undefined when it is not an import. */
export function importSpecifierOf(declaration: ts.Node): string | undefined {
  const importDeclaration = ts.isImportSpecifier(declaration)
    ? declaration.parent.parent.parent
    : ts.isNamespaceImport(declaration)
      ? declaration.parent.parent
      : ts.isImportClause(declaration)
        ? declaration.parent
        : undefined;
  if (importDeclaration && ts.isStringLiteral(importDeclaration.moduleSpecifier)) return importDeclaration.moduleSpecifier.text;
  return importEqualsSpecifier(declaration);
}

/** `log.warn.bind(log)` is `log.warn` with its receiver fixed: the same API. */
function isBindCall(call: ts.CallExpression): call is ts.CallExpression & { readonly expression: ts.PropertyAccessExpression } {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'bind';
}

export function isRequireCall(call: ts.CallExpression): boolean {
  const [argument] = call.arguments;
  return ts.isIdentifier(call.expression) && call.expression.text === 'require' && argument !== undefined && ts.isStringLiteral(argument);
}

function requiredModule(call: ts.CallExpression): ApiRef | undefined {
  const [argument] = call.arguments;
  if (!argument || !ts.isStringLiteral(argument) || isRelative(argument.text)) return undefined;
  return { module: moduleOfSpecifier(argument.text), path: [] };
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/');
}

/** Declared by the platform (lib.dom.d.ts, `declare global` in @types/node) rather than by the project or a module. */
function isAmbientGlobal(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile();
  if (!file.isDeclarationFile) return false;
  for (let current = declaration.parent; current; current = current.parent) {
    if (ts.isModuleDeclaration(current)) return (current.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
  }
  return !ts.isExternalModule(file);
}

/** Whether a resolved API is one of a table row's: modules, then paths with `**` for any run of segments. */
export function matchesApi(ref: ApiRef, row: { readonly modules: readonly string[]; readonly paths: readonly string[] }): boolean {
  if (!row.modules.includes(ref.module)) return false;
  return row.paths.some((pattern) => matchPath(segmentsOf(pattern), 0, ref.path, 0));
}

/** Table patterns split once: every call candidate of every lint matches them (a bounded set: the tables' own). */
const patternSegments = new Map<string, readonly string[]>();

function segmentsOf(pattern: string): readonly string[] {
  let segments = patternSegments.get(pattern);
  if (!segments) {
    segments = pattern === '' ? [] : pattern.split('.');
    patternSegments.set(pattern, segments);
  }
  return segments;
}

/** Whether `path` from `at` matches `pattern` from `from`; `**` takes any run of segments, none included. */
function matchPath(pattern: readonly string[], from: number, path: readonly string[], at: number): boolean {
  if (from === pattern.length) return at === path.length;
  const head = pattern[from];
  if (head === '**') {
    for (let next = at; next <= path.length; next++) if (matchPath(pattern, from + 1, path, next)) return true;
    return false;
  }
  return at < path.length && path[at] === head && matchPath(pattern, from + 1, path, at + 1);
}
