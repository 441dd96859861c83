import { ts } from '../ast/typescript.js';
import { importSpecifierOf, isRequireCall } from '../resolve/library-resolution.js';
import { sinkTable, type SinkRow } from '../tables/sinks.js';
import { descendantsOfKind } from '../ast/walk.js';
import { calleeOf } from '../ast/class-of-this.js';
import { moduleOfSpecifier } from '../ast/module-name.js';
import { asLoggerName, LOGGER_NAMES } from '../frameworks/loggers/named-logger.js';

export type SinkCandidate = ts.CallExpression | ts.NewExpression | ts.BinaryExpression;

/** Modules that are not imported: the platform's globals and unresolved roots such as `res`. */
export const IMPLICIT_MODULES = new Set(['global', '?']);

/** Last path segments of rows (`withUrl`, `get`, `WebSocket`, `href`): what a candidate's callee must end with. */
function terminalNames(rows: readonly SinkRow[]): string[] {
  return rows
    .flatMap((row) => row.paths.map((path) => (path.split('.').at(-1) ?? '').replace('()', '')))
    .filter((name) => name !== '' && name !== '**');
}

/**
 * For globals and parameters, a qualified key where the path allows it (`location.replace`, `res.redirect`) so
 * that `text.replace()` or `Object.assign()` do not count; after a constructor call (`XMLHttpRequest().open`) the
 * receiver is any variable, so the file must at least mention the constructor.
 */
export interface ImplicitKey {
  readonly key: string;
  readonly mentions?: string;
}

/** The implicit keys by the constructor their file must mention (undefined: none), so that each name is searched once. */
const implicitKeysByMention = new Map<string | undefined, string[]>();
const implicitPaths = sinkTable.filter((row) => row.modules.some((module) => IMPLICIT_MODULES.has(module))).flatMap((row) => row.paths);
for (const { key, mentions } of implicitPaths.map(implicitKey)) {
  implicitKeysByMention.set(mentions, [...(implicitKeysByMention.get(mentions) ?? []), key]);
}

export function implicitKey(path: string): ImplicitKey {
  const segments = path.split('.');
  const last = segments.at(-1) ?? '';
  const previous = segments.at(-2);
  if (previous === undefined) return { key: last };
  if (previous.endsWith('()')) return { key: last, mentions: previous.slice(0, -2) };
  // `$().**.load`: any chain off a constructor call (`$('#x').find('p').load(url)`), which the file must mention.
  const beforeChain = segments.at(-3);
  if (previous === '**' && beforeChain?.endsWith('()')) return { key: last, mentions: beforeChain.slice(0, -2) };
  return { key: `${previous}.${last}` };
}
const namesByModule = new Map<string, string[]>();
for (const row of sinkTable) {
  for (const module of row.modules) namesByModule.set(module, [...(namesByModule.get(module) ?? []), ...terminalNames([row])]);
}

/**
 * Calls, `new` expressions and assignments that may be sinks, judged by names alone; the library resolution
 * decides later. A library's method names (`get`, `query`) only count in files that import the library, or that
 * import project files when a checker can follow them (`import { api } from './http'`). Files without any
 * candidate cost one walk and no name resolution.
 */
export function findSinkCandidates(
  sourceFile: ts.SourceFile,
  followsImports: boolean,
  extraLoggerNames: readonly string[] = [],
): SinkCandidate[] {
  const names = candidateNames(sourceFile, followsImports);
  const extras = new Set(extraLoggerNames);
  const isCandidate = (callee: ts.Expression) =>
    names.has(terminalName(callee)) ||
    names.has(qualifiedName(callee)) ||
    (extras.size > 0 && (extras.has(terminalName(callee)) || isExtraLoggerMember(callee, extras)));
  return descendantsOfKind(sourceFile, [ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.BinaryExpression]).filter(
    (node): node is SinkCandidate =>
      ((ts.isCallExpression(node) || ts.isNewExpression(node)) && isCandidate(calleeOf(node))) ||
      (ts.isBinaryExpression(node) &&
        isAssignment(node.operatorToken.kind) &&
        (isCandidate(node.left) || isEntryOfCandidate(node.left, isCandidate))),
  );
}

/** `socket.io.opts.query.token = t`: an entry written into a candidate (a query record a library sends). */
function isEntryOfCandidate(left: ts.Expression, isCandidate: (callee: ts.Expression) => boolean): boolean {
  if (!ts.isPropertyAccessExpression(left) && !ts.isElementAccessExpression(left)) return false;
  return isCandidate(ts.isNonNullExpression(left.expression) ? left.expression.expression : left.expression);
}

/** `target = value`, and `target += value`, which appends to a URL (`config.url += '?token=' + t`). */
function isAssignment(operator: ts.SyntaxKind): boolean {
  return operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken;
}

function candidateNames(sourceFile: ts.SourceFile, followsImports: boolean): Set<string> {
  const names = new Set<string>();
  for (const [mentions, keys] of implicitKeysByMention) {
    if (mentions === undefined || sourceFile.text.includes(mentions)) keys.forEach((key) => names.add(key));
  }
  const { modules, localNames, importsProjectFiles, projectNames } = importsOf(sourceFile);
  const everyModule = followsImports && importsProjectFiles;
  for (const [module, moduleNames] of namesByModule) {
    if (everyModule || modules.has(module)) moduleNames.forEach((name) => names.add(name));
  }
  localNames.forEach((name) => names.add(name));
  // A project module may hand on a sink library under its own name (`const { morgan } = require('./logger')`).
  if (followsImports) projectNames.forEach((name) => names.add(name));
  aliasNames(sourceFile, new Set([...localNames, ...globalSinkRoots, ...LOGGER_NAMES])).forEach((name) => names.add(name));
  return names;
}

/** Platform objects sinks hang off (`console`, `location`): a local alias of them (`const print = console.log`) is a candidate too. */
const globalSinkRoots = new Set(
  sinkTable.filter((row) => row.modules.includes('global')).flatMap((row) => row.paths.map((path) => path.split('.')[0] ?? '')),
);

/**
 * Variables bound to something reached from a sink module or platform object: `const print = console.log`,
 * `const log = createDebug('app')`, `const warn = console.warn.bind(console)`, `const { info: logInfo } = logger`,
 * and aliases of those (`const debug = log.debug.bind(log)`), to a fixed point.
 */
function aliasNames(sourceFile: ts.SourceFile, roots: ReadonlySet<string>): string[] {
  const declarations = descendantsOfKind(sourceFile, [ts.SyntaxKind.VariableDeclaration]).filter(
    (node): node is ts.VariableDeclaration => ts.isVariableDeclaration(node) && node.initializer !== undefined,
  );
  const known = new Set(roots);
  const names: string[] = [];
  // Each round adds the aliases of the last round's names; a declaration is taken once.
  for (let pending = declarations; pending.length > 0;) {
    const taken = pending.filter((declaration) => known.has(rootName(declaration.initializer as ts.Expression)));
    if (taken.length === 0) break;
    for (const name of taken.flatMap((declaration) => declaredNames(declaration.name))) {
      known.add(name);
      names.push(name);
    }
    pending = pending.filter((declaration) => !taken.includes(declaration));
  }
  return names;
}

/** `x` → `['x']`; `{ warn, info: logInfo }` → `['warn', 'logInfo']`. */
function declaredNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isBindingElement(element) ? declaredNames(element.name) : []));
}

function rootName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) || ts.isCallExpression(expression) || ts.isNewExpression(expression))
    return rootName(expression.expression);
  return '';
}

/** `auditLog.info(…)`, `this.auditLog.warn(…)` for a configured logger name. */
function isExtraLoggerMember(callee: ts.Expression, extras: ReadonlySet<string>): boolean {
  return ts.isPropertyAccessExpression(callee) && extras.has(terminalName(callee.expression));
}

interface FileImports {
  readonly modules: Set<string>;
  /** Names bound to a sink module's default or namespace (`import connect from 'socket.io-client'`). */
  readonly localNames: string[];
  readonly importsProjectFiles: boolean;
  /** Names bound to what a project file exports (`import { api } from './api'`, `const { morgan } = require('./logger')`). */
  readonly projectNames: string[];
}

/**
 * A module of the project by its specifier: a relative path, or a path alias as projects write them (`~/`, `@/`,
 * `$logger`, `#utils`); a package name starts with a letter or a scope (`@acme/http`).
 */
function isProjectSpecifier(specifier: string): boolean {
  return /^(?:\.|~|@\/|\$|#)/.test(specifier);
}

function importsOf(sourceFile: ts.SourceFile): FileImports {
  const imports: FileImports & { importsProjectFiles: boolean } = {
    modules: new Set(),
    localNames: ['require()'],
    importsProjectFiles: false,
    projectNames: [],
  };
  const record = (specifier: string, localNames: readonly string[]) => {
    if (isProjectSpecifier(specifier)) {
      imports.importsProjectFiles = true;
      imports.projectNames.push(...localNames);
    }
    const module = moduleOfSpecifier(specifier);
    if (!namesByModule.has(module)) return;
    imports.modules.add(module);
    imports.localNames.push(...localNames);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      record(importSpecifierOf(statement.importClause) ?? '', boundNames(statement.importClause));
    }
    // TypeScript's CommonJS import, `import pinoHttp = require('pino-http')`: the module under its local name.
    if (ts.isImportEqualsDeclaration(statement)) {
      const specifier = importSpecifierOf(statement);
      if (specifier !== undefined) record(specifier, [statement.name.text]);
    }
  }
  for (const statement of variableStatementsWithRequire(sourceFile)) {
    for (const [specifier, name] of requiredModules(statement)) record(specifier, name === undefined ? [] : [name]);
  }
  return imports;
}

/**
 * The file's variable statements that may require a module: at the top, and inside functions, where Node code requires
 * a module when it first needs it (`start() { const WebSocket = require('ws'); … }`). Only files that say `require(`
 * are walked.
 */
function variableStatementsWithRequire(sourceFile: ts.SourceFile): ts.VariableStatement[] {
  if (!sourceFile.text.includes('require(')) return [];
  return descendantsOfKind(sourceFile, [ts.SyntaxKind.VariableStatement]).filter(ts.isVariableStatement);
}

function boundNames(clause: ts.ImportClause): string[] {
  const names = clause.name ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((element) => element.name.text));
  return names;
}

/** `const x = require('m')` and `const { a } = require('m')`: the module, and the local name when there is one. */
function requiredModules(statement: ts.VariableStatement): [string, string | undefined][] {
  return statement.declarationList.declarations.flatMap((declaration): [string, string | undefined][] => {
    const init = declaration.initializer && requireAtRoot(declaration.initializer);
    if (!init) return [];
    const [specifier] = init.arguments;
    if (!specifier || !ts.isStringLiteral(specifier)) return [];
    if (ts.isIdentifier(declaration.name)) return [[specifier.text, declaration.name.text]];
    // `const { morgan } = require('./logger')`: each name bound, from a project file only (a package's members are
    // matched by their paths).
    if (!isProjectSpecifier(specifier.text)) return [[specifier.text, undefined]];
    return declaredNames(declaration.name).map((name): [string, string] => [specifier.text, name]);
  });
}

/**
 * The `require('m')` a declaration's value starts from: itself, or called or read further (`require('debug')('app')`,
 * `require('websocket').client`): the name is then bound to something of the module.
 */
function requireAtRoot(expression: ts.Expression): ts.CallExpression | undefined {
  let current = expression;
  while (!(ts.isCallExpression(current) && isRequireCall(current))) {
    if (ts.isCallExpression(current) || ts.isNewExpression(current) || ts.isPropertyAccessExpression(current)) current = current.expression;
    else return undefined;
  }
  return current;
}

/** `window.location.replace` → `location.replace`; `this.requestLogger.info` → `logger.info`. */
function qualifiedName(expression: ts.Expression): string {
  return ts.isPropertyAccessExpression(expression) ? `${asLoggerName(terminalName(expression.expression))}.${expression.name.text}` : '';
}

function terminalName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  // `require('ws')`, and what a required module's call returns, called at once: `require('debug')('app')(req.url)`.
  if (ts.isCallExpression(expression) && requireAtRoot(expression)) return 'require()';
  // What a call returns, as the tables write it: `getLogger()` (a logger factory's, `getLogger().info(…)`).
  if (ts.isCallExpression(expression)) {
    const called = terminalName(expression.expression);
    return called === '' ? '' : `${called}()`;
  }
  if (ts.isParenthesizedExpression(expression)) return terminalName(expression.expression);
  return '';
}
