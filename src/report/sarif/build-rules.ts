import type { ReportingDescriptor } from 'sarif';
import type { RuleMeta } from '../../catalog/rule.js';
import { ruleCatalog } from '../../catalog/catalog.js';
import { GITHUB_LIMITS } from './limits.js';
import { readRuleHelp } from './rule-help.js';
import { publishedDocUrl } from '../../package-info.js';
import type { ToolInfo } from './tool-info.js';

const MAX_FULL_DESCRIPTION = 1024;

/** Every catalog rule, so that code scanning knows each rule even in a run that found nothing for it. */
export function buildCatalogRules(tool: ToolInfo, idPrefix = ''): ReportingDescriptor[] {
  return ruleCatalog.map((rule) => buildCatalogRule(rule, tool, `${idPrefix}${rule.id}`));
}

/** One rule with everything GitHub reads: descriptions, help, severity, precision, tags. */
export function buildCatalogRule(rule: RuleMeta, tool: ToolInfo, id: string = rule.id): ReportingDescriptor {
  const help = readRuleHelp(rule);
  return {
    id,
    name: rule.title,
    shortDescription: { text: rule.description },
    fullDescription: { text: clip(help?.summary || rule.description, MAX_FULL_DESCRIPTION) },
    help: help ? { text: help.text, markdown: help.markdown } : { text: rule.description },
    helpUri: publishedDocUrl(rule.docPath),
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: ruleTags(rule),
      precision: rule.precision,
      'security-severity': rule.securitySeverity.toFixed(1),
    },
  };
}

/** `security` first (it is what makes GitHub treat the alert as a security alert), then CWE tags, then the rest. */
function ruleTags(rule: RuleMeta): string[] {
  const cweTags = rule.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`);
  return [...new Set(['security', ...cweTags, ...rule.tags])].slice(0, GITHUB_LIMITS.tagsPerRule);
}

/** Shortens on a word boundary and says so with an ellipsis. */
export function clip(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
