import type { CodeRule } from './code-rule.js';

/** Raw request URLs reaching a logger. Sinks: tables/logger-sinks.ts; judge: server/check-logged-arguments.ts. */
export const logRawUrl: CodeRule = { id: 'log-raw-url', urlKind: 'the log written by' };
