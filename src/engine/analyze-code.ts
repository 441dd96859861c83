import type { ScanResult } from '../findings/scan-result.js';
import { analyzeEachFile } from './analyze-each-file.js';
import { createProgram, type CreateProgramOptions } from './ast/create-program.js';
import type { EngineSettings } from './engine-options.js';

export interface AnalyzeCodeOptions extends CreateProgramOptions {
  readonly settings?: EngineSettings;
}

/** The CLI's entry to the code engine: build a program over the files, analyze them, collect input problems. */
export function analyzeCode(options: AnalyzeCodeOptions): ScanResult {
  const { program, errors, notices } = createProgram(options);
  if (!program) return { findings: [], errors, notices, filesScanned: 0 };
  const analysis = analyzeEachFile(program, options.files, options.settings ? { settings: options.settings } : {});
  return { findings: analysis.findings, errors: [...errors, ...analysis.errors], notices, filesScanned: options.files.length };
}
