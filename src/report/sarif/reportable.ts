import type { Finding } from '../../findings/finding.js';

/**
 * What the SARIF builders accept: a Finding whose rule may come from outside the catalog (an ESLint run reports
 * other plugins' rules too). Every Finding is one.
 */
export type ReportableFinding = Omit<Finding, 'ruleId'> & { readonly ruleId: string };
