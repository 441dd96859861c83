import type { RuleId } from '../../catalog/catalog.js';
import { getRule } from '../../catalog/catalog.js';
import type { Finding } from '../../findings/finding.js';
import type { Report } from '../formatter.js';
import { rowsBy, type GroupRow } from './group-rows.js';
import { leakGroupOf, type LeakGroup } from './leak-group.js';
import { mergeTimelines, type MergedTimeline } from './merge-timelines.js';
import { sumJwtFacts, type JwtTotals } from './sum-jwt-facts.js';

/** Everything the report shows, computed once from the findings: its size follows the groups, never the lines. */
export interface ReportModel {
  readonly report: Report;
  /** Log findings as groups, replays apart: a replayed ticket is also counted by the rule that found the token. */
  readonly leaks: readonly LeakGroup[];
  readonly replays: readonly LeakGroup[];
  /** Code and configuration findings. */
  readonly findings: readonly Finding[];
  /** Leaks per endpoint, place and rule across files, worst first. */
  readonly places: readonly GroupRow[];
  /** Leaks per file and rule, worst first. */
  readonly files: readonly GroupRow[];
  readonly replayPlaces: readonly GroupRow[];
  readonly timeline: MergedTimeline;
  readonly replayTimeline: MergedTimeline;
  readonly jwt: JwtTotals;
}

/** The log rules drawn as leaks, in the order of the chart's stack and legend. */
export const LEAK_RULES: readonly RuleId[] = ['log-url-token', 'log-jwt', 'log-provider-token'];
export const REPLAY_RULE: RuleId = 'log-token-replay';

export function buildReportModel(report: Report): ReportModel {
  const logFindings = report.result.findings.filter((finding) => getRule(finding.ruleId).area === 'logs');
  const groups = logFindings.map(leakGroupOf);
  const leaks = groups.filter((group) => group.ruleId !== REPLAY_RULE);
  const replays = groups.filter((group) => group.ruleId === REPLAY_RULE);
  return {
    report,
    leaks,
    replays,
    findings: report.result.findings.filter((finding) => getRule(finding.ruleId).area !== 'logs'),
    places: rowsBy(leaks, placeKey),
    files: rowsBy(leaks, (group) => `${group.path}\0${group.ruleId}`),
    replayPlaces: rowsBy(replays, placeKey),
    timeline: mergeTimelines(leaks, LEAK_RULES),
    replayTimeline: mergeTimelines(replays, [REPLAY_RULE]),
    jwt: sumJwtFacts(leaks),
  };
}

/** An endpoint, the place in the line and the rule: the same leak in several files (rotated logs) is one row. */
function placeKey(group: LeakGroup): string {
  const { endpoint, where, parameter } = group.summary;
  return [endpoint ?? '', where, parameter ?? '', group.ruleId].join('\0');
}
