export { analyzeSourceFile } from './analyze-source-file.js';
export { analyzeProgram } from './analyze-program.js';
export type { EngineOptions, EngineSettings } from './engine-options.js';
export { sinkTable, type SinkRow, type CodeRuleId } from './tables/sinks.js';
