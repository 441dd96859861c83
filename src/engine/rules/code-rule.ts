import type { CodeRuleId } from '../tables/sinks.js';

/** What distinguishes one URL rule from the other: its sinks (rows of tables/sinks.ts) and how it words a leak. */
export interface CodeRule {
  readonly id: CodeRuleId;
  /** "the connection URL of", "the request URL of": completes "reaches … <api>". */
  readonly urlKind: string;
}
