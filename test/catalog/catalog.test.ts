import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/catalog.js';
import { renderRulesTable } from '../../src/catalog/rules-table.js';

const root = new URL('../../', import.meta.url);
const readDoc = (path: string) => readFileSync(new URL(path, root), 'utf8');

const REQUIRED_SECTIONS = ['## Why it matters', '## What is flagged', '## Safe alternatives', '## How to fix', '## When not to use it'];

describe('rule catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = ruleCatalog.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(ruleCatalog.map((rule) => [rule.id, rule] as const))('%s has valid metadata', (_id, rule) => {
    expect(rule.cwe.length).toBeGreaterThan(0);
    for (const cwe of rule.cwe) expect(cwe).toMatch(/^CWE-[1-9]\d*$/);
    expect(rule.securitySeverity).toBeGreaterThanOrEqual(0);
    expect(rule.securitySeverity).toBeLessThanOrEqual(10);
    expect(['error', 'warning', 'note']).toContain(rule.level);
    expect(['very-high', 'high', 'medium', 'low']).toContain(rule.precision);
    expect(rule.tags).toContain('security');
    expect(rule.description).toMatch(/^[A-Z].*\.$/);
    expect(rule.docPath).toBe(`docs/rules/${rule.id}.md`);
  });

  it.each(ruleCatalog.map((rule) => [rule.id, rule] as const))('%s has a doc with every required section', (_id, rule) => {
    const doc = readDoc(rule.docPath);
    expect(doc.startsWith(`# ${rule.id}\n`)).toBe(true);
    expect(doc).toContain(`> ${rule.description}`);
    const positions = REQUIRED_SECTIONS.map((heading) => doc.indexOf(`\n${heading}\n`));
    for (const [index, position] of positions.entries()) expect(position, REQUIRED_SECTIONS[index]).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const cwe of rule.cwe) expect(doc).toContain(cwe);
  });

  it('README rules table is up to date (npm run docs:update)', () => {
    expect(readDoc('README.md')).toContain(renderRulesTable(ruleCatalog));
  });
});
