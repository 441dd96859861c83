import { describe, expect, it } from 'vitest';
import { ruleCatalog as catalog } from '../../src/catalog/catalog.js';
import { docExamples, readRuleDoc } from '../support/rule-docs.js';
import { allRulesAsErrors, lintSnippet } from '../support/lint.js';

const codeRules = catalog.filter((rule) => rule.area === 'code');

describe.each(codeRules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md examples', (id, rule) => {
  const doc = readRuleDoc(rule);
  const incorrect = docExamples(doc, '❌');
  const correct = docExamples(doc, '✅');

  it('has both kinds of example', () => {
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
  });

  it.each(incorrect.map((code, index) => [index, code] as const))('❌ #%i is reported by the rule', (_index, code) => {
    const messages = lintSnippet(code, { [`urlleak/${id}`]: 'error' }, 'typescript-eslint');
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.map((message) => message.ruleId)).toContain(`urlleak/${id}`);
  });

  it.each(correct.map((code, index) => [index, code] as const))('✅ #%i is reported by no urlleak rule', (_index, code) => {
    expect(lintSnippet(code, allRulesAsErrors(), 'typescript-eslint')).toEqual([]);
  });
});
