import type ts from 'typescript';
import type { RuleId } from '../catalog/catalog.js';

/** User-tunable knowledge: extra names feed the shared tables, they never replace them. */
export interface EngineSettings {
  /** More query-parameter / identifier names that carry credentials (`x_my_token`). */
  readonly extraSecretNames?: readonly string[];
  /** More logger objects or functions (for the server-side rules). */
  readonly extraLoggerNames?: readonly string[];
  /** Hosts where plain `ws://` is accepted (for `ws-insecure-scheme`). */
  readonly allowedHosts?: readonly string[];
}

/**
 * How to analyze one file. With a `checker` (and the `program` it belongs to) flows are followed through imports
 * into other files and types confirm what names suggest; without one the engine resolves names inside the file and
 * recognizes libraries by their import specifiers. A `program` alone brings its checker.
 */
export interface EngineOptions {
  readonly checker?: ts.TypeChecker;
  readonly program?: ts.Program;
  /** Run only these rules; all code rules the engine knows when absent. */
  readonly rules?: ReadonlySet<RuleId>;
  readonly settings?: EngineSettings;
  /**
   * Report a secret a caller passes into a helper's sink at the caller, also when the caller is in another file (the
   * CLI's whole-program run). Off for the per-file doors (ESLint): their findings lie in the file they analyze.
   */
  readonly reportAtCallersAcrossFiles?: boolean;
}
