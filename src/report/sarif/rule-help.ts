import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../../catalog/rule.js';
import { packageRoot } from '../../package-root.js';

/** A rule's documentation in the two forms SARIF carries; absent when the package ships no doc for the rule. */
export interface RuleHelp {
  readonly markdown: string;
  readonly text: string;
  /** The doc's first prose paragraph: the rule's fullDescription. */
  readonly summary: string;
}

const cache = new Map<string, RuleHelp | undefined>();

/** Reads `docs/rules/<id>.md` from the installed package (the docs ship with it), once per rule. */
export function readRuleHelp(rule: RuleMeta): RuleHelp | undefined {
  if (!cache.has(rule.id)) cache.set(rule.id, loadRuleHelp(rule));
  return cache.get(rule.id);
}

function loadRuleHelp(rule: RuleMeta): RuleHelp | undefined {
  let source: string;
  try {
    source = readFileSync(fileURLToPath(new URL(rule.docPath, packageRoot)), 'utf8');
  } catch {
    return undefined;
  }
  // The H1 repeats the rule id, which code scanning already shows as the alert's title.
  const markdown = source.replace(/^# .*\r?\n+/, '').trim();
  return { markdown, text: markdownToText(markdown), summary: firstParagraph(markdown) };
}

/** Markdown syntax that reads as noise in a plain-text viewer, and what it becomes. Applied to prose only. */
const PLAIN_TEXT_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^#{1,6}\s+/gm, ''],
  [/^>\s?/gm, ''],
  [/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)'],
  [/\*\*([^*]+)\*\*/g, '$1'],
  [/``\s?(.+?)\s?``|`([^`]+)`/g, '$1$2'],
];

const FENCED_BLOCK = /^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;

/** Prose loses its markup; code examples keep every character, indented instead of fenced. */
function markdownToText(markdown: string): string {
  let text = '';
  let proseStart = 0;
  for (const block of markdown.matchAll(FENCED_BLOCK)) {
    text += rewriteProse(markdown.slice(proseStart, block.index));
    text += (block[1] ?? '').replace(/^(?=.)/gm, '    ');
    proseStart = block.index + block[0].length;
  }
  text += rewriteProse(markdown.slice(proseStart));
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function rewriteProse(prose: string): string {
  return PLAIN_TEXT_REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), prose);
}

/** The first paragraph that is prose: not the `> description` quote, a heading, a list or code. */
function firstParagraph(markdown: string): string {
  const paragraphs = markdown.split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.trim());
  const prose = paragraphs.find((paragraph) => paragraph !== '' && !/^(?:>|#|[-*] |\d+\. |```|\|)/.test(paragraph));
  return prose === undefined ? '' : rewriteProse(prose.replace(/\s*\r?\n\s*/g, ' ')).trim();
}
