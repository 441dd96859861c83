import type ts from 'typescript';
import type { Finding } from '../findings/finding.js';
import type { ScanError } from '../findings/scan-result.js';
import { analyzeSourceFile } from './analyze-source-file.js';
import { describeFailure } from './ast/describe-failure.js';
import type { EngineOptions } from './engine-options.js';

export interface ProgramAnalysis {
  readonly findings: Finding[];
  /** Files whose analysis threw (nested too deeply, an engine bug); every other file was still analyzed. */
  readonly errors: ScanError[];
}

/**
 * `analyzeProgram` for the CLI: a file whose analysis throws becomes an error of its own, and the next file is
 * analyzed, so one hostile or generated file cannot cost the report of every other. (`analyzeProgram` itself lets
 * the error through: tests and library callers should see an engine bug, not a missing file.)
 */
export function analyzeEachFile(
  program: ts.Program,
  files: readonly string[],
  options: Omit<EngineOptions, 'checker' | 'program'> = {},
): ProgramAnalysis {
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  const errors: ScanError[] = [];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) continue;
    try {
      for (const finding of analyzeSourceFile(sourceFile, { ...options, checker, program, reportAtCallersAcrossFiles: true }))
        findings.push(finding);
    } catch (error) {
      errors.push({ path: file, message: `Could not be analyzed: ${describeFailure(error)}. The other files were analyzed.` });
    }
  }
  return { findings, errors };
}
