import type { Level } from '../catalog/rule.js';
import type { RuleId } from '../catalog/catalog.js';
import type { ProtectedSecret } from '../secrets/protect.js';
import { compareText } from '../compare-text.js';

/** A place in a file. Lines and columns are 1-based; the end is exclusive, as in SARIF regions. */
export interface Location {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** One step of a dataflow: where a secret came from, passed through, or ended up. */
export interface FlowStep {
  readonly location: Location;
  readonly message: string;
}

export interface RelatedLocation {
  readonly location: Location;
  readonly message: string;
}

/** A text replacement in the analyzed file: 0-based character offsets into its text, end exclusive. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A rewrite a person may choose to apply (an ESLint suggestion, never an autofix: it changes security semantics).
 * `id` is an imperative, usable as an ESLint suggestion messageId (`useAuthOption`).
 */
export interface Suggestion {
  readonly id: string;
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

export type PropertyValue = string | number | boolean | null | readonly PropertyValue[] | { readonly [key: string]: PropertyValue };

/** What every door reports: the engines produce these, formatters and the ESLint adapter consume them. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly level: Level;
  /** Human text. Built from redacted values only: it must never contain a raw secret. */
  readonly message: string;
  readonly location: Location;
  readonly secret?: ProtectedSecret;
  /** Source → … → sink, for dataflow findings. */
  readonly flow?: readonly FlowStep[];
  readonly related?: readonly RelatedLocation[];
  readonly properties?: { readonly [key: string]: PropertyValue };
  /** Safe rewrites for code findings; edits refer to the text of `location.path`. */
  readonly suggestions?: readonly Suggestion[];
  /**
   * Which of the identical findings in its file this is (1-based, in file order; see `occurrenceFingerprints`), fixed
   * before baselines and `--quiet` hide any, so a finding keeps its identity when an identical one is hidden.
   */
  readonly occurrence?: number;
  /**
   * What the finding is about when it stands for many secrets (a group of log findings: rule, endpoint, place), so its
   * fingerprint does not change with the secrets and counts it sums up.
   */
  readonly identity?: string;
}

const levelRank: Record<Level, number> = { note: 0, warning: 1, error: 2 };

export function isAtLeast(level: Level, threshold: Level): boolean {
  return levelRank[level] >= levelRank[threshold];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.path, b.location.path) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId)
  );
}
