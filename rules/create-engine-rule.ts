import type { TSESLint } from '@typescript-eslint/utils';
import { isRecommended } from '../src/catalog/recommended.js';
import { getRule, type RuleId } from '../src/catalog/catalog.js';
import type { Finding, Suggestion } from '../src/findings/finding.js';
import { analyzeLintedFile } from './analyze-linted-file.js';
import { createRule } from './create-rule.js';
import { optionsSchema, settingsFrom, type OptionName, type RuleOptions } from './rule-options.js';

export interface EngineRuleSpec<MessageId extends string, SuggestionId extends string, Name extends OptionName> {
  readonly id: RuleId;
  /** camelCase, naming the violation (`tokenInSocketUrl`); its text is the engine's message. */
  readonly messageId: MessageId;
  /** Imperative ids of the safe rewrites the engine may offer for this rule (`useAuthOption`). */
  readonly suggestionIds: readonly SuggestionId[];
  readonly optionNames: readonly Name[];
}

/** A rule's options as its schema allows them: an object of its own option names, or none at all. */
export type EngineRuleOptions<Name extends OptionName> = [Name] extends [never] ? [] : [Partial<Record<Name, string[]>>?];

/**
 * An ESLint rule that is only a door to the engine: meta from the catalog, detection from `analyzeSourceFile`,
 * suggestions as the engine computed them. No detection logic lives here.
 */
export function createEngineRule<MessageId extends string, SuggestionId extends string = never, Name extends OptionName = never>(
  spec: EngineRuleSpec<MessageId, SuggestionId, Name>,
) {
  const catalog = getRule(spec.id);
  const messages = {
    [spec.messageId]: '{{message}}',
    ...Object.fromEntries(spec.suggestionIds.map((id) => [id, '{{description}}'])),
  } as Record<MessageId | SuggestionId, string>;
  const offered = new Set<string>(spec.suggestionIds);

  return createRule<EngineRuleOptions<Name>, MessageId | SuggestionId>({
    name: spec.id,
    meta: {
      type: 'problem',
      docs: { description: catalog.description, recommended: isRecommended(catalog), requiresTypeChecking: false },
      messages,
      schema: optionsSchema(spec.optionNames),
      ...(spec.suggestionIds.length > 0 ? { hasSuggestions: true } : {}),
      // ESLint validates defaults against the schema: a rule without options must not default to one.
      defaultOptions: (spec.optionNames.length > 0 ? [{}] : []) as EngineRuleOptions<Name>,
    },
    create(context, optionList) {
      const [options = {}] = optionList as readonly RuleOptions[];
      return {
        'Program:exit'() {
          for (const finding of analyzeLintedFile(context, settingsFrom(options))) {
            if (finding.ruleId === spec.id) context.report(toReport(finding, spec.messageId, offered));
          }
        },
      };
    },
  });
}

type Report<MessageId extends string> = TSESLint.ReportDescriptor<MessageId>;

function toReport<MessageId extends string>(finding: Finding, messageId: string, offered: ReadonlySet<string>): Report<MessageId> {
  const { line, column, endLine, endColumn } = finding.location;
  const suggest = (finding.suggestions ?? []).filter((suggestion) => offered.has(suggestion.id)).map(toSuggestion);
  return {
    messageId: messageId as MessageId,
    data: { message: finding.message },
    // ESLint columns are 0-based; the finding model's are 1-based (as SARIF's).
    loc: { start: { line, column: column - 1 }, end: { line: endLine ?? line, column: (endColumn ?? column) - 1 } },
    ...(suggest.length > 0 ? { suggest: suggest as TSESLint.SuggestionReportDescriptor<MessageId>[] } : {}),
  };
}

function toSuggestion(suggestion: Suggestion): TSESLint.SuggestionReportDescriptor<string> {
  return {
    messageId: suggestion.id,
    data: { description: suggestion.description },
    fix: (fixer) => suggestion.edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text)),
  };
}
