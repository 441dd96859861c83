import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import { getRule, isRuleId } from '../src/catalog/catalog.js';
import { publishedDocUrl } from '../src/package-info.js';

/** Extra `meta.docs` fields urlleak rules carry, read by the presets and the docs checks. */
export interface UrlleakRuleDocs {
  /** Whether the rule is in the `recommended` presets (every code rule is in `strict`). */
  readonly recommended: boolean;
  /** The rule uses type information when the parser provides it; it never requires it. */
  readonly requiresTypeChecking: false;
}

type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, UrlleakRuleDocs>
>;

/**
 * typescript-eslint's `RuleCreator` contract (docs URL from the catalog, `create(context, options)`), without its
 * per-file merge of default options: ESLint already applies `meta.defaultOptions` to `context.options`, and the
 * second merge structured-cloned the defaults for every rule and file (some 7 % of the plugin's lint time). Rules
 * read their options as possibly absent, so an ESLint that does not apply defaults gives the same result.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: RuleSpec<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, UrlleakRuleDocs> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: docUrlOf(name) } },
    create: (context) => create(context, context.options),
  };
}

function docUrlOf(name: string): string {
  if (!isRuleId(name)) throw new Error(`no catalog entry for rule ${name}`);
  return publishedDocUrl(getRule(name).docPath);
}
