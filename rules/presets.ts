import type { RuleMeta } from '../src/catalog/rule.js';
import { isRecommended } from '../src/catalog/recommended.js';
import { ruleCatalog as catalog } from '../src/catalog/catalog.js';

export type Severity = 'error' | 'warn';

export const codeRules: readonly RuleMeta[] = catalog.filter((rule) => rule.area === 'code');

/** `recommended`: each recommended rule at its catalog level (notes and warnings as ESLint warnings). */
export function recommendedRuleLevels(prefix: string): Record<string, Severity> {
  return Object.fromEntries(
    codeRules.filter(isRecommended).map((rule) => [`${prefix}/${rule.id}`, rule.level === 'error' ? 'error' : 'warn']),
  );
}

/** `strict`: every code rule, warnings as errors. */
export function strictRuleLevels(prefix: string): Record<string, Severity> {
  return Object.fromEntries(codeRules.map((rule) => [`${prefix}/${rule.id}`, 'error']));
}
