/**
 * urlleak as a library: the same engines the CLI and the ESLint plugin run. The ESLint plugin itself is the
 * `urlleak/eslint-plugin` export; the ESLint SARIF formatter is `urlleak/eslint-formatter-sarif`.
 */
export { ruleCatalog, getRule, isRuleId, type RuleId, type CodeRuleId } from './catalog/catalog.js';
export type { Area, Level, Precision, RuleMeta } from './catalog/rule.js';
export type { Finding, FlowStep, Location, RelatedLocation, Suggestion, TextEdit } from './findings/finding.js';
export type { ScanError, ScanNotice, ScanResult } from './findings/scan-result.js';
export { findingFingerprint } from './findings/fingerprint.js';
export { analyzeSourceFile, analyzeProgram, type EngineOptions, type EngineSettings } from './engine/index.js';
export { analyzeCode } from './engine/analyze-code.js';
export { scanLogs, type ScanLogsOptions } from './logs/scan-logs.js';
export { formatters, type FormatName } from './report/formatters.js';
export type { Formatter, Report } from './report/formatter.js';
export { protectSecret, redact, fingerprintOf, type ProtectedSecret } from './secrets/protect.js';
export { decodeJwt, jwtFacts, type DecodedJwt, type JwtFacts } from './secrets/jwt.js';
export { run, type CliIo, type CliOutcome } from './cli/run.js';
