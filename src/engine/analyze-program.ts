import type ts from 'typescript';
import type { Finding } from '../findings/finding.js';
import { analyzeSourceFile } from './analyze-source-file.js';
import type { EngineOptions } from './engine-options.js';

/**
 * Runs every code rule over the given files of a program, with its checker: flows cross imports, and function
 * summaries are computed once per program. No type-check is run; the checker is asked only at candidate sinks.
 */
export function analyzeProgram(
  program: ts.Program,
  files: readonly string[],
  options: Omit<EngineOptions, 'checker' | 'program'> = {},
): Finding[] {
  const checker = program.getTypeChecker();
  return files.flatMap((file) => {
    const sourceFile = program.getSourceFile(file);
    return sourceFile ? analyzeSourceFile(sourceFile, { ...options, checker, program, reportAtCallersAcrossFiles: true }) : [];
  });
}
