import { readFileSync } from 'node:fs';
import type { RuleMeta } from '../../src/catalog/rule.js';

const root = new URL('../../', import.meta.url);

export function readRuleDoc(rule: RuleMeta): string {
  return readFileSync(new URL(rule.docPath, root), 'utf8');
}

/** The fenced code blocks under a `### ❌ …` or `### ✅ …` heading of a rule doc. */
export function docExamples(doc: string, marker: '❌' | '✅'): string[] {
  // A `### ❌`/`### ✅` section ends at the next heading of either level.
  const sections = doc
    .split(/^### /m)
    .filter((section) => section.startsWith(marker))
    .map((section) => section.split(/^## /m)[0] ?? '');
  return sections.flatMap((section) => [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1] ?? ''));
}
