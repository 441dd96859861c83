import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
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
