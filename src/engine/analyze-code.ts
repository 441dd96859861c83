import type { ScanResult } from '../findings/scan-result.js';
import { analyzeProgram } from './analyze-program.js';
import { createProgram, type CreateProgramOptions } from './create-program.js';

/** The CLI's entry to the code engine: build a program over the files, analyse them, collect input problems. */
export function analyzeCode(options: CreateProgramOptions): ScanResult {
  const { program, errors, notices } = createProgram(options);
  if (!program) return { findings: [], errors, notices, filesScanned: 0 };
  const findings = analyzeProgram(program, options.files);
  return { findings, errors, notices, filesScanned: options.files.length };
}
