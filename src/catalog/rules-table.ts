import { isRecommended } from './recommended.js';
import type { RuleMeta } from './rule.js';

export const RULES_TABLE_START = '<!-- begin rules table (generated from src/catalog/catalog.ts: npm run docs:update) -->';
export const RULES_TABLE_END = '<!-- end rules table -->';

/** The README's rule table, rendered from the catalog so it cannot drift. */
export function renderRulesTable(rules: readonly RuleMeta[]): string {
  const header = ['| Rule | Area | Description | Level | CWE | Severity | Recommended |', '| --- | --- | --- | --- | --- | --- | --- |'];
  const rows = rules.map(
    (rule) =>
      `| [${rule.id}](${rule.docPath}) | ${rule.area} | ${rule.description} | ${rule.level} | ${rule.cwe.join(', ')} | ${rule.securitySeverity.toFixed(1)} | ${isRecommended(rule) ? '✅' : ''} |`,
  );
  return [RULES_TABLE_START, ...header, ...rows, RULES_TABLE_END].join('\n');
}

/** Replaces the marked table in a README text; throws when the markers are missing. */
export function replaceRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(RULES_TABLE_START);
  const end = readme.indexOf(RULES_TABLE_END);
  if (start < 0 || end < start) throw new Error('README has no rules-table markers');
  return readme.slice(0, start) + table + readme.slice(end + RULES_TABLE_END.length);
}
