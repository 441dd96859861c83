import { readFileSync } from 'node:fs';
import ajvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/catalog.js';
import { runCli } from '../support/run-cli.js';

// A CommonJS module that also sets `exports.default`; under NodeNext that is where the types are.
const Ajv = ajvModule.default;

const repoRoot = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('docs/json-report.schema.json', repoRoot), 'utf8')) as JsonSchema;
const doc = readFileSync(new URL('docs/json-report.md', repoRoot), 'utf8');
const validate = new Ajv({ allErrors: true }).compile(schema);

interface JsonSchema {
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly enum?: readonly string[];
}

interface Summary {
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly inputErrors: number;
  readonly notices: number;
}

interface JsonReport {
  readonly findings: readonly { readonly level: string }[];
  readonly errors: readonly unknown[];
  readonly notices: readonly unknown[];
  readonly summary: Summary;
}

function schemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** The demo `npm start` scans (code and logs, every level), plus a path that does not exist: an input error. */
async function demoReport(extra: readonly string[] = []): Promise<{ exitCode: number; report: JsonReport }> {
  const cwd = new URL('fixtures/demo/', repoRoot).pathname;
  const outcome = await runCli(['scan', '.', 'missing.log', '--format', 'json', ...extra], cwd);
  return { exitCode: outcome.exitCode, report: JSON.parse(outcome.stdout) as JsonReport };
}

describe('the JSON report', () => {
  it('of a real scan is valid against docs/json-report.schema.json, and its summary counts findings by level and input errors apart', async () => {
    const { exitCode, report } = await demoReport();
    expect(exitCode).toBe(2);
    expect(schemaErrors(report)).toEqual([]);
    const count = (level: string) => report.findings.filter((finding) => finding.level === level).length;
    expect(report.summary).toMatchObject({
      findings: report.findings.length,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      inputErrors: 1,
      notices: report.notices.length,
    });
    expect([count('error'), count('warning'), count('note')].every((levelCount) => levelCount > 0)).toBe(true);
  });

  it('with --quiet counts the findings it shows', async () => {
    const { report } = await demoReport(['--quiet']);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.summary).toMatchObject({ findings: report.summary.errors, warnings: 0, notes: 0, inputErrors: 1 });
  });

  it('is described field by field in docs/json-report.md', () => {
    const definitions = schema.definitions ?? {};
    const objects = [schema, schema.properties?.['summary'], definitions['finding'], definitions['location'], definitions['secret']];
    const fields = objects.flatMap((object) => Object.keys(object?.properties ?? {}));
    expect(fields.filter((field) => !doc.includes(`\`${field}\``))).toEqual([]);
  });

  it("lists exactly the catalog's rules", () => {
    expect(schema.definitions?.['ruleId']?.enum).toEqual(ruleCatalog.map((rule) => rule.id));
  });

  it('rejects a report that breaks it (the schema is not vacuous)', async () => {
    const { report } = await demoReport();
    expect(schemaErrors({ ...report, summary: { ...report.summary, inputErrors: undefined } })).not.toEqual([]);
    expect(schemaErrors({ ...report, findings: [{ ...report.findings[0], extra: 1 }] })).not.toEqual([]);
  });
});
