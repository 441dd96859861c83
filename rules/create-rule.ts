import { ESLintUtils } from '@typescript-eslint/utils';
import { packageHomepage } from '../src/package-info.js';

/** Extra `meta.docs` fields urlleak rules carry, read by the presets and the docs checks. */
export interface UrlleakRuleDocs {
  /** Whether the rule is in the `recommended` presets (every code rule is in `strict`). */
  readonly recommended: boolean;
  /** The rule uses type information when the parser provides it; it never requires it. */
  readonly requiresTypeChecking: false;
}

export const createRule = ESLintUtils.RuleCreator<UrlleakRuleDocs>(
  (name) => `${packageHomepage}/blob/main/docs/rules/${name}.md`,
);
