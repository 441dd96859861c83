import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ts } from '../ast/typescript.js';
import type { TextEdit } from '../../findings/finding.js';
import { URLLEAK_REDACT_MODULE } from '../frameworks/loggers/urlleak-redact.js';

/**
 * The code rules' suggestions use urlleak's runtime redaction (`urlleak/redact`) where the linted project can import
 * it: the file imports it already, or the nearest package.json lists urlleak among its dependencies. Projects
 * without it get the suggestions that need nothing (`req.path`).
 */
export function canImportUrlleakRedact(sourceFile: ts.SourceFile): boolean {
  return importedNames(sourceFile) !== undefined || projectDependsOnUrlleak(dirname(sourceFile.fileName));
}

/** package.json files read, by path: their modification time and whether they list urlleak. */
const manifests = new Map<string, { readonly mtimeMs: number; readonly lists: boolean }>();
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function projectDependsOnUrlleak(directory: string): boolean {
  for (let current = directory; ; current = dirname(current)) {
    const manifest = join(current, 'package.json');
    if (existsSync(manifest)) return listsUrlleak(manifest);
    if (dirname(current) === current) return false;
  }
}

/** Read again when the file changed: an editor's ESLint server lives longer than one `npm install`. */
function listsUrlleak(manifest: string): boolean {
  try {
    const { mtimeMs } = statSync(manifest);
    const cached = manifests.get(manifest);
    if (cached?.mtimeMs === mtimeMs) return cached.lists;
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    const lists = DEPENDENCY_FIELDS.some((field) => {
      const dependencies = parsed[field];
      return typeof dependencies === 'object' && dependencies !== null && 'urlleak' in dependencies;
    });
    manifests.set(manifest, { mtimeMs, lists });
    return lists;
  } catch {
    return false;
  }
}

/** The names a file imports from urlleak/redact (ESM or require), undefined when it imports nothing from it. */
function importedNames(sourceFile: ts.SourceFile): Set<string> | undefined {
  let names: Set<string> | undefined;
  const add = (bindings: readonly string[]) => {
    names ??= new Set();
    for (const binding of bindings) names.add(binding);
  };
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && isRedactModule(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      add(bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name.text) : []);
    }
    const required = requiredNames(statement);
    if (required) add(required);
  }
  return names;
}

function isRedactModule(specifier: ts.Expression): boolean {
  return ts.isStringLiteral(specifier) && specifier.text === URLLEAK_REDACT_MODULE;
}

/** `const { redactUrl } = require('urlleak/redact');` */
function requiredNames(statement: ts.Statement): string[] | undefined {
  if (!ts.isVariableStatement(statement)) return undefined;
  for (const declaration of statement.declarationList.declarations) {
    const init = declaration.initializer;
    if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require') continue;
    const [specifier] = init.arguments;
    if (!specifier || !isRedactModule(specifier) || !ts.isObjectBindingPattern(declaration.name)) continue;
    return declaration.name.elements.flatMap((element) => (ts.isIdentifier(element.name) ? [element.name.text] : []));
  }
  return undefined;
}

/**
 * The edit that imports these names from urlleak/redact, in the file's module style (an `import` after the last one,
 * or a `require` in a CommonJS file); none when they are imported already.
 */
export function importRedactEdits(sourceFile: ts.SourceFile, names: readonly string[]): TextEdit[] {
  const imported = importedNames(sourceFile) ?? new Set<string>();
  const missing = names.filter((name) => !imported.has(name));
  if (missing.length === 0) return [];
  const commonJs = isCommonJs(sourceFile);
  const line = commonJs
    ? `const { ${missing.join(', ')} } = require('${URLLEAK_REDACT_MODULE}');`
    : `import { ${missing.join(', ')} } from '${URLLEAK_REDACT_MODULE}';`;
  const anchor = sourceFile.statements
    .filter((statement) => (commonJs ? requiresSomething(statement) : ts.isImportDeclaration(statement)))
    .at(-1);
  if (anchor) return [{ start: anchor.getEnd(), end: anchor.getEnd(), text: `\n${line}` }];
  const first = sourceFile.statements.find((statement) => !isDirective(statement));
  const at = first ? first.getStart(sourceFile) : sourceFile.getEnd();
  return [{ start: at, end: at, text: `${line}\n` }];
}

function isCommonJs(sourceFile: ts.SourceFile): boolean {
  if (/\.c[jt]s$/.test(sourceFile.fileName)) return true;
  if (/\.m[jt]s$/.test(sourceFile.fileName)) return false;
  const esm = sourceFile.statements.some(
    (statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement),
  );
  return !esm && sourceFile.statements.some(requiresSomething);
}

function requiresSomething(statement: ts.Statement): boolean {
  return (
    ts.isVariableStatement(statement) &&
    statement.declarationList.declarations.some((declaration) => {
      const init = declaration.initializer;
      return init !== undefined && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require';
    })
  );
}

/** `'use strict';` and other prologue directives stay first. */
function isDirective(statement: ts.Statement): boolean {
  return ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression);
}
