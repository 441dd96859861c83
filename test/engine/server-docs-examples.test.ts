import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeSourceFile } from '../../src/engine/analyze-source-file.js';

/** The server rules' doc examples, through the engine as the ESLint adapter runs it without types: ❌ reported, ✅ clean. */
const RULES = ['log-raw-url', 'log-middleware-url', 'ws-missing-origin-check', 'ws-insecure-scheme', 'query-token-accepted'];

function examples(doc: string, marker: '❌' | '✅'): string[] {
  const sections = doc
    .split(/^### /m)
    .filter((section) => section.startsWith(marker))
    .map((section) => section.split(/^## /m)[0] ?? '');
  return sections.flatMap((section) => [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1] ?? ''));
}

function analyse(code: string) {
  return analyzeSourceFile(ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true));
}

const URL_RULES = ['ws-token-in-url', 'token-in-request-url'];

describe.each(URL_RULES)('docs/rules/%s.md ✅ examples stay clean with the server rules', (rule) => {
  const doc = readFileSync(new URL(`../../docs/rules/${rule}.md`, import.meta.url), 'utf8');

  it.each(examples(doc, '✅').map((code, index) => [index, code] as const))('✅ #%i', (_index, code) => {
    expect(analyse(code).filter((finding) => RULES.includes(finding.ruleId)).map((finding) => finding.message)).toEqual([]);
  });
});

describe.each(RULES)('docs/rules/%s.md examples (engine, no types)', (rule) => {
  const doc = readFileSync(new URL(`../../docs/rules/${rule}.md`, import.meta.url), 'utf8');

  it.each(examples(doc, '❌').map((code, index) => [index, code] as const))('❌ #%i is reported', (_index, code) => {
    expect(analyse(code).map((finding) => finding.ruleId)).toContain(rule);
  });

  it.each(examples(doc, '✅').map((code, index) => [index, code] as const))('✅ #%i is reported by no rule', (_index, code) => {
    expect(analyse(code).map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });
});
