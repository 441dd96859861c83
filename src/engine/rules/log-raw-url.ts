import type { CodeRule } from './code-rule.js';

/** Raw request URLs reaching a logger. Sinks: the models' loggerSinks (frameworks/, e.g. frameworks/loggers/pino.ts); judge: server/check-logged-arguments.ts. */
export const logRawUrl: CodeRule = { id: 'log-raw-url', urlKind: 'the log written by' };
