import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { rules } from '../../rules/index.js';

/**
 * Each rule's declared option type (what a user's typed config checks against, in the .d.ts files) is exactly what its
 * schema accepts: type-checked by `npm test`'s typecheck, and compared with the schema at run time.
 */
type OptionsOf<Rule> = Rule extends TSESLint.RuleModule<string, infer Options> ? Options : never;
type Names<Rule> = OptionsOf<Rule> extends [(infer Options)?] ? keyof NonNullable<Options> : never;

const expectedNames = {
  'ws-token-in-url': ['extraSecretNames'],
  'token-in-request-url': ['extraSecretNames'],
  'log-raw-url': ['extraLoggerNames'],
  'log-middleware-url': ['extraLoggerNames'],
  'ws-missing-origin-check': [],
  'ws-insecure-scheme': ['allowedHosts'],
  'query-token-accepted': ['extraSecretNames'],
} as const satisfies { readonly [Id in keyof typeof rules]: readonly Names<(typeof rules)[Id]>[] };

describe('rule option types', () => {
  it('declare exactly the options each schema accepts', () => {
    expectTypeOf<Names<(typeof rules)['ws-token-in-url']>>().toEqualTypeOf<'extraSecretNames'>();
    expectTypeOf<Names<(typeof rules)['log-raw-url']>>().toEqualTypeOf<'extraLoggerNames'>();
    expectTypeOf<Names<(typeof rules)['ws-insecure-scheme']>>().toEqualTypeOf<'allowedHosts'>();
    expectTypeOf<OptionsOf<(typeof rules)['ws-missing-origin-check']>>().toEqualTypeOf<[]>();
    for (const [id, rule] of Object.entries(rules)) {
      const [schema] = rule.meta.schema as readonly { properties?: Record<string, unknown> }[];
      expect(Object.keys(schema?.properties ?? {}), id).toEqual(expectedNames[id as keyof typeof rules]);
    }
  });
});
