/** Severity of a finding, in SARIF's vocabulary (ESLint maps error→2, warning/note→1). */
export type Level = 'error' | 'warning' | 'note';

/** How often a finding of this rule is a true positive (GitHub's `precision` property). */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/** Which engine produces the rule's findings. */
export type Area = 'code' | 'logs' | 'config';

/** One entry of the rule catalog: everything that docs, ESLint `meta` and SARIF `rules` say about a rule. */
export interface RuleMeta {
  readonly id: string;
  readonly title: string;
  /** One sentence; ESLint `docs.description` and SARIF `shortDescription`. */
  readonly description: string;
  /** CWE ids such as `CWE-598`. */
  readonly cwe: readonly string[];
  readonly level: Level;
  /** GitHub `security-severity`, 0–10. */
  readonly securitySeverity: number;
  readonly precision: Precision;
  readonly tags: readonly string[];
  readonly area: Area;
  /**
   * Code rules: how a finding names where the URL goes, completing "reaches … <api>" ("the connection URL of",
   * "the request URL of").
   */
  readonly reaches?: string;
  /** Repository-relative path of the rule's documentation. */
  readonly docPath: string;
}
