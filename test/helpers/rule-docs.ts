import { readFileSync } from 'node:fs';
import type { RuleMeta } from '../../src/catalog/rule.js';

const root = new URL('../../', import.meta.url);

export function readRuleDoc(rule: RuleMeta): string {
  return readFileSync(new URL(rule.docPath, root), 'utf8');
}

/** The fenced code blocks under a `### ❌ …` or `### ✅ …` heading of a rule doc. */
export function docExamples(doc: string, marker: '❌' | '✅'): string[] {
  const sections = doc.split(/^### /m).filter((section) => section.startsWith(marker));
  return sections.flatMap((section) => [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1] ?? ''));
}
