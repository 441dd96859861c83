import { fileURLToPath } from 'node:url';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** Untyped: typescript-eslint's parser without a program, as `recommended` runs in most editors. */
export const ruleTester = new RuleTester();

export const typedFixtureDir = fileURLToPath(new URL('../../fixtures/eslint-typed/', import.meta.url));

/** Typed: the project service over fixtures/eslint-typed, so imports resolve and the checker is there. */
export const typedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } },
});

/**
 * rule-tester is pinned one patch behind @typescript-eslint/utils (8.72 vs 8.73): the same runtime shapes, but
 * distinct type identities under exactOptionalPropertyTypes. This is the one place that bridges them.
 */
export function runRuleTests<MessageId extends string, Options extends readonly unknown[]>(
  tester: RuleTester,
  name: string,
  rule: RuleModule<MessageId, Options, unknown>,
  tests: RunTests<MessageId, Options>,
): void {
  tester.run(name, rule as never, tests);
}
