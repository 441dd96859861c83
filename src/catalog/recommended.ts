import type { RuleMeta } from './rule.js';

/** Low-precision rules stay out of the `recommended` presets: a default must not cry wolf. Every code rule is in `strict`. */
export function isRecommended(rule: RuleMeta): boolean {
  return rule.area === 'code' && rule.precision !== 'low';
}
