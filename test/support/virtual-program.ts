import ts from 'typescript';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';
import { shareDeclarationFiles } from '../../src/engine/ast/shared-declaration-files.js';
import type { Finding } from '../../src/findings/finding.js';

/**
 * The engine over one in-memory file inside a real TypeScript program (lib files, and `@types` where the options say
 * so), so that the checker knows the declared types. `fileName` places it: module resolution starts there.
 */
export function analyzeVirtualFile(fileName: string, code: string, options: ts.CompilerOptions): Finding[] {
  const host = shareDeclarationFiles(ts.createCompilerHost(options), options);
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) => (name === fileName ? sourceFile : getSourceFile(name, version, onError));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  return analyzeSourceFile(sourceFile, { program, checker: program.getTypeChecker() });
}
