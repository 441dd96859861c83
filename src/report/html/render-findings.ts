import type { RuleId } from '../../catalog/catalog.js';
import { getRule } from '../../catalog/catalog.js';
import type { Area } from '../../catalog/rule.js';
import type { Finding, Location } from '../../findings/finding.js';
import { formatCount } from './format-values.js';
import { html, pathText, type Html } from './html.js';
import type { ReportModel } from './report-model.js';
import { levelBadge, ruleLink, section } from './parts.js';

/** Findings a section lists one by one; past this, a line says how many more the JSON or SARIF report holds. */
export const MAX_FINDINGS = 500;

const AREA_TITLES: Readonly<Record<Exclude<Area, 'logs'>, string>> = { code: 'Code findings', config: 'Server configuration findings' };

/** Code or configuration findings by rule and file: each with its message, flow steps and the rule's documentation. */
export function renderFindingsSection(model: ReportModel, area: Exclude<Area, 'logs'>): Html | null {
  const findings = model.findings.filter((finding) => getRule(finding.ruleId).area === area);
  if (findings.length === 0 && !model.report.areas.includes(area)) return null;
  if (findings.length === 0) return section(area, AREA_TITLES[area], html`<p>Nothing found.</p>`);
  const shown = findings.slice(0, MAX_FINDINGS);
  const more =
    findings.length > shown.length
      ? html`<p class="more">… and ${formatCount(findings.length - shown.length)} more findings, left out to keep the report small: the JSON and SARIF reports list them all.</p>`
      : null;
  return section(
    area,
    AREA_TITLES[area],
    html`${[...groupBy(shown, (finding) => finding.ruleId)].map(([ruleId, ofRule]) => renderRule(ruleId, ofRule))}${more}`,
  );
}

/** Items by key, keys in order of first appearance, items kept in their order (Map.groupBy, which Node 20 lacks). */
function groupBy<Key, Item>(items: readonly Item[], keyOf: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function renderRule(ruleId: RuleId, findings: readonly Finding[]): Html {
  const rule = getRule(ruleId);
  const files = groupBy(findings, (finding) => finding.location.path);
  return html`<article class="rule-findings" id="rule-${ruleId}"><h3>${rule.title} <small>${ruleLink(ruleId)} · ${formatCount(findings.length)} ${findings.length === 1 ? 'finding' : 'findings'}</small></h3>
<p class="muted">${rule.description}</p>
${[...files].map(([path, ofFile]) => html`<h4><code>${pathText(path)}</code></h4><ul class="findings">${ofFile.map(renderFinding)}</ul>`)}</article>`;
}

function renderFinding(finding: Finding): Html {
  const steps = finding.flow ?? [];
  const flow =
    steps.length > 0
      ? html`<details class="flow"><summary>Flow: ${formatCount(steps.length)} ${steps.length === 1 ? 'step' : 'steps'}</summary><ol>${steps.map(
          (step) => html`<li><code>${locationText(step.location)}</code> ${step.message}</li>`,
        )}</ol></details>`
      : null;
  return html`<li>${levelBadge(finding.level)} <code class="location">${locationText(finding.location)}</code> ${finding.message}${flow}</li>`;
}

/** `app/chat.ts:14:17`. */
function locationText(location: Location): Html {
  return html`${pathText(location.path)}:${location.line}:${location.column}`;
}
