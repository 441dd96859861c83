import type ts from 'typescript';
import type { SecretParamName } from '../../secrets/param-names.js';
import type { EngineSettings } from '../engine-options.js';
import type { Value } from '../evaluate/value.js';

/** Memory shared by every file analyzed against one program (or one file on its own): values and call sites. */
export interface AnalysisCache {
  /** Context-free values of declarations, expressions and function summaries, keyed by node. */
  readonly values: Map<ts.Node, Value>;
  /** Nodes being evaluated right now: meeting one again means recursion, which evaluates to "unknown". */
  readonly inProgress: Set<ts.Node>;
  /** Calls by the callee's last name, per file, built on first use. */
  readonly callsByName: Map<ts.SourceFile, ReadonlyMap<string, readonly ts.CallLikeExpression[]>>;
  /** A function's call sites in `files`, found on first use: asked at each of its sinks and at every depth above. */
  readonly callSites: Map<ts.Node, readonly ts.CallLikeExpression[]>;
}

export interface AnalysisContext {
  /** Resolves names: the program's checker, or one that knows only the analyzed file. */
  readonly checker: ts.TypeChecker;
  /** Whether `checker` sees the real program: only then are types and other files trusted. */
  readonly typed: boolean;
  /** Files whose functions may call the one being analyzed (the whole program, or just the file). */
  readonly files: () => readonly ts.SourceFile[];
  readonly cache: AnalysisCache;
  readonly classifyName: (name: string) => SecretParamName | undefined;
  readonly isSecretName: (name: string) => boolean;
  /** User settings the judges read (extra logger names, hosts allowed over ws://). */
  readonly settings: EngineSettings;
}

export function createAnalysisCache(): AnalysisCache {
  return { values: new Map(), inProgress: new Set(), callsByName: new Map(), callSites: new Map() };
}
