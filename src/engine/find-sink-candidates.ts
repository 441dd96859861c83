import ts from 'typescript';
import { importSpecifierOf, isRequireCall } from './library-resolution.js';
import { sinkTable } from './tables/sinks.js';

export type SinkCandidate = ts.CallExpression | ts.NewExpression | ts.BinaryExpression;

/** Last path segments of every sink (`withUrl`, `get`, `WebSocket`, `href`): cheap syntactic pre-filter. */
const sinkNames = new Set(sinkTable.flatMap((row) => row.paths.map((path) => (path.split('.').at(-1) ?? '').replace('()', ''))).filter((name) => name !== '' && name !== '**'));
const sinkModules = new Set(sinkTable.flatMap((row) => row.modules));
/** Platform objects sinks hang off (`console`, `location`): a local alias of them (`const print = console.log`) is a candidate too. */
const globalSinkRoots = new Set(sinkTable.filter((row) => row.modules.includes('global')).flatMap((row) => row.paths.map((path) => path.split('.')[0] ?? '')));

/**
 * Calls, `new` expressions and assignments that may be sinks, judged by names alone; the library resolution
 * decides later. Files without any candidate cost one walk and no name resolution.
 */
export function findSinkCandidates(sourceFile: ts.SourceFile, extraNames: readonly string[] = []): SinkCandidate[] {
  const moduleNames = localNamesOfSinkModules(sourceFile);
  const names = new Set([...sinkNames, ...moduleNames, ...extraNames, ...aliasNames(sourceFile, new Set([...moduleNames, ...globalSinkRoots]))]);
  const found: SinkCandidate[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && names.has(terminalName(node.expression))) found.push(node);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && names.has(terminalName(node.left))) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function terminalName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (ts.isCallExpression(expression) && isRequireCall(expression)) return 'require()';
  if (ts.isParenthesizedExpression(expression)) return terminalName(expression.expression);
  return '';
}

/** Local names bound to a sink module's default or namespace (`import connect from 'socket.io-client'`). */
function localNamesOfSinkModules(sourceFile: ts.SourceFile): string[] {
  const names: string[] = ['require()'];
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (!sinkModules.has(moduleOf(importSpecifierOf(clause)))) continue;
      if (clause.name) names.push(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((element) => element.name.text));
    }
    if (ts.isVariableStatement(statement)) names.push(...requiredNames(statement));
  }
  return names;
}

/**
 * Variables bound to something reached from a sink module or platform object: `const print = console.log`,
 * `const log = createDebug('app')`, `const warn = console.warn.bind(console)`.
 */
function aliasNames(sourceFile: ts.SourceFile, roots: ReadonlySet<string>): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && roots.has(rootName(node.initializer))) names.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

function rootName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) || ts.isCallExpression(expression) || ts.isNewExpression(expression)) return rootName(expression.expression);
  return '';
}

function requiredNames(statement: ts.VariableStatement): string[] {
  return statement.declarationList.declarations.flatMap((declaration) => {
    const init = declaration.initializer;
    if (!init || !ts.isCallExpression(init) || !isRequireCall(init) || !ts.isIdentifier(declaration.name)) return [];
    const [specifier] = init.arguments;
    return specifier && ts.isStringLiteral(specifier) && sinkModules.has(moduleOf(specifier.text)) ? [declaration.name.text] : [];
  });
}

function moduleOf(specifier: string | undefined): string {
  return specifier?.replace(/^node:/, '') ?? '';
}
