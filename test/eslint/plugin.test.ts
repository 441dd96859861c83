import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleCatalog as catalog } from '../../src/catalog/catalog.js';
import plugin from '../../rules/index.js';
import { isRecommended } from '../../src/catalog/recommended.js';
import { readRuleDoc } from '../support/rule-docs.js';

const codeRules = catalog.filter((rule) => rule.area === 'code');
const pluginRules: Record<string, (typeof plugin.rules)[keyof typeof plugin.rules]> = plugin.rules;

describe('ESLint plugin ↔ catalog ↔ docs', () => {
  it('has exactly one ESLint rule per code rule of the catalog', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(codeRules.map((rule) => rule.id).sort());
  });

  it('names itself from package.json', () => {
    expect(plugin.meta).toEqual({ name: 'urlleak', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it.each(codeRules.map((rule) => [rule.id, rule] as const))('%s: meta matches the catalog and its doc', (id, rule) => {
    const { meta } = pluginRules[id]!;
    expect(meta.docs?.description).toBe(rule.description);
    expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(existsSync(fileURLToPath(new URL(`../../${rule.docPath}`, import.meta.url)))).toBe(true);
    expect(meta.type).toBe('problem');
    for (const messageId of Object.keys(meta.messages)) expect(messageId).toMatch(/^[a-z][A-Za-z]+$/);
    const doc = readRuleDoc(rule);
    for (const option of optionNames(meta.schema)) expect(doc, `doc of ${id} documents option ${option}`).toContain(`\`${option}\``);
    if (optionNames(meta.schema).length > 0) expect(doc).toContain('\n## Options\n');
  });

  it.each(codeRules.map((rule) => [rule.id] as const))('%s: option schema is closed and described', (id) => {
    const schema = pluginRules[id]!.meta.schema as unknown as {
      additionalProperties?: boolean;
      properties?: Record<string, { description?: string }>;
    }[];
    for (const entry of schema) {
      expect(entry.additionalProperties).toBe(false);
      for (const property of Object.values(entry.properties ?? {})) expect(property.description).toBeTruthy();
    }
  });

  it('builds presets from catalog metadata', () => {
    const recommended = Object.keys(plugin.configs.recommended.rules ?? {});
    expect(recommended.sort()).toEqual(
      codeRules
        .filter(isRecommended)
        .map((rule) => `urlleak/${rule.id}`)
        .sort(),
    );
    for (const rule of codeRules) {
      expect(plugin.configs.recommended.rules?.[`urlleak/${rule.id}`]).toBe(rule.level === 'error' ? 'error' : 'warn');
      expect(plugin.configs.strict.rules?.[`urlleak/${rule.id}`]).toBe('error');
    }
    expect(plugin.configs['recommended-type-checked'].rules).toEqual(plugin.configs.recommended.rules);
    expect(plugin.configs['recommended-type-checked'].languageOptions?.parserOptions).toMatchObject({ projectService: {} });
    for (const [name, config] of Object.entries(plugin.configs)) expect(config.name).toBe(`urlleak/${name}`);
  });
});

function optionNames(schema: unknown): string[] {
  const entries = Array.isArray(schema) ? (schema as { properties?: object }[]) : [];
  return entries.flatMap((entry) => Object.keys(entry.properties ?? {}));
}
