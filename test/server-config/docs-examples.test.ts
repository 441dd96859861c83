import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/catalog.js';
import { scanServerConfigs } from '../../src/server-config/scan-server-config.js';

/** The file name each fenced language is read under: the reader is chosen by name, as for real files. */
const FILE_OF_LANGUAGE: Record<string, string> = {
  nginx: 'nginx.conf',
  apache: 'httpd.conf',
  haproxy: 'haproxy.cfg',
  caddyfile: 'Caddyfile',
  yaml: 'config.yaml',
  toml: 'traefik.toml',
};

const dir = mkdtempSync(join(tmpdir(), 'urlleak-config-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Example {
  readonly reported: boolean;
  readonly language: string;
  readonly text: string;
}

function examplesOf(doc: string): Example[] {
  const examples: Example[] = [];
  let reported: boolean | undefined;
  let fence: { language: string; lines: string[] } | undefined;
  for (const line of doc.split('\n')) {
    if (fence) {
      if (line === '```') {
        if (reported !== undefined) examples.push({ reported, language: fence.language, text: `${fence.lines.join('\n')}\n` });
        fence = undefined;
      } else {
        fence.lines.push(line);
      }
    } else if (line.startsWith('```')) {
      fence = { language: line.slice(3), lines: [] };
    } else if (line.startsWith('#')) {
      reported = line.startsWith('### ❌') ? true : line.startsWith('### ✅') ? false : undefined;
    }
  }
  return examples;
}

const configRules = ruleCatalog.filter((rule) => rule.area === 'config');

describe.each(configRules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md examples', (id, rule) => {
  const examples = examplesOf(readFileSync(rule.docPath, 'utf8'));

  it('has reported and not-reported examples', () => {
    expect(examples.some((example) => example.reported)).toBe(true);
    expect(examples.some((example) => !example.reported)).toBe(true);
  });

  it.each(examples.map((example, index) => [index, example] as const))('example %i is judged as the doc says', async (index, example) => {
    const name = FILE_OF_LANGUAGE[example.language];
    expect(name, `language ${example.language}`).toBeDefined();
    const path = join(dir, `${id}-${index}`, name ?? '');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, example.text);
    const { findings } = await scanServerConfigs([path]);
    expect(findings.some((finding) => finding.ruleId === id)).toBe(example.reported);
  });
});
