import { ESLintUtils } from '@typescript-eslint/utils';
import { getRule, isRuleId } from '../src/catalog/rules.js';
import { publishedDocUrl } from '../src/package-info.js';

/** Extra `meta.docs` fields urlleak rules carry, read by the presets and the docs checks. */
export interface UrlleakRuleDocs {
  /** Whether the rule is in the `recommended` presets (every code rule is in `strict`). */
  readonly recommended: boolean;
  /** The rule uses type information when the parser provides it; it never requires it. */
  readonly requiresTypeChecking: false;
}

export const createRule = ESLintUtils.RuleCreator<UrlleakRuleDocs>((name) => {
  if (!isRuleId(name)) throw new Error(`no catalog entry for rule ${name}`);
  return publishedDocUrl(getRule(name).docPath);
});
