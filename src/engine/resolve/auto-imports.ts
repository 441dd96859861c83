import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { hasModifier } from '../ast/modifiers.js';
import type { FunctionLike } from '../evaluate/summaries.js';

/**
 * Functions a framework imports for the project: Nuxt auto-imports every export of the top-level files of `utils/`
 * and `composables/` (a default export under the file's name in camelCase), Nitro those of `server/utils/`
 * (https://nuxt.com/docs/guide/directory-structure/utils, https://nuxt.com/docs/guide/directory-structure/composables),
 * and unplugin-auto-import can be set to the same folders. A component or route then calls `authorizedUrl(url, token)`
 * with no import at all: the checker finds no declaration, and the function is looked up here by name, only for a
 * callee the checker cannot resolve (a name the file declares or imports is never replaced).
 */

/** The function a plain callee names, when the checker resolves it to nothing and an auto-import folder exports one. */
export function autoImportedFunction(callee: ts.Expression, context: AnalysisContext): FunctionLike | undefined {
  if (!ts.isIdentifier(callee) || context.checker.getSymbolAtLocation(callee) !== undefined) return undefined;
  for (const file of context.files()) {
    const fn = exportsOf(file)?.get(callee.text);
    if (fn) return fn;
  }
  return undefined;
}

/** The name an anonymous default export of an auto-import folder is called by (its file's name in camelCase). */
export function autoImportName(fn: ts.Node): string | undefined {
  const file = fn.getSourceFile();
  if (!isAutoImportFile(file.fileName)) return undefined;
  const holder = ts.isExportAssignment(fn.parent) ? fn.parent : fn;
  return isDefaultExport(holder) ? nameOfFile(file.fileName) : undefined;
}

const exported = new WeakMap<ts.SourceFile, ReadonlyMap<string, FunctionLike> | null>();

/** A file's exported functions by the name they are auto-imported under; null for a file outside the folders. */
function exportsOf(file: ts.SourceFile): ReadonlyMap<string, FunctionLike> | null {
  const cached = exported.get(file);
  if (cached !== undefined) return cached;
  const found = isAutoImportFile(file.fileName) ? functionsExportedBy(file) : null;
  exported.set(file, found);
  return found;
}

function functionsExportedBy(file: ts.SourceFile): ReadonlyMap<string, FunctionLike> {
  const found = new Map<string, FunctionLike>();
  const add = (name: string, fn: ts.Node | undefined) => {
    if (fn && (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.body && !found.has(name))
      found.set(name, fn);
  };
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && hasExport(statement)) {
      if (isDefaultExport(statement)) add(nameOfFile(file.fileName), statement);
      if (statement.name) add(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement) && hasExport(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) add(declaration.name.text, declaration.initializer);
    } else if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      add(nameOfFile(file.fileName), statement.expression);
    }
  }
  return found;
}

/** A top-level file of an auto-import folder, or its `index` one level down (`composables/auth/index.ts`). */
function isAutoImportFile(fileName: string): boolean {
  return AUTO_IMPORT_FILE.test(fileName.replaceAll('\\', '/'));
}

const AUTO_IMPORT_FILE = /\/(?:utils|composables)\/(?:[^/]+\/index|[^/]+)\.(?:[cm]?[jt]s|tsx|jsx)$/;

function hasExport(node: ts.Node): boolean {
  return hasModifier(node, ts.SyntaxKind.ExportKeyword);
}

function isDefaultExport(node: ts.Node): boolean {
  return ts.isExportAssignment(node) ? !node.isExportEquals : hasModifier(node, ts.SyntaxKind.DefaultKeyword);
}

/** `utils/authorized-url.ts` → `authorizedUrl`; `composables/auth/index.ts` → `auth`. */
function nameOfFile(fileName: string): string {
  const parts = fileName.replaceAll('\\', '/').split('/');
  const base = (parts.at(-1) ?? '').replace(/\.[^.]+$/, '');
  const name = base === 'index' ? (parts.at(-2) ?? base) : base;
  return name.replace(/[-_.]+([A-Za-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
