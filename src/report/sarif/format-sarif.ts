import type { Run } from 'sarif';
import type { Area } from '../../catalog/rule.js';
import { getRule } from '../../catalog/catalog.js';
import { classifyFile } from '../../files/file-kind.js';
import type { Formatter, Report } from '../formatter.js';
import { buildCatalogRules } from './build-rules.js';
import { buildLog, buildRun, type InputProblem } from './build-log.js';
import { coalesceChunks } from '../coalesce-chunks.js';
import { jsonFileChunks } from '../json-chunks.js';
import { safeText } from '../safe-text.js';
import { checkUploadSizeOfChunks, enforceGithubLimits, type Warn } from './limits.js';
import { readToolInfo } from './tool-info.js';

/** `automationDetails.id` of each area's run: one category per engine, as GitHub requires. */
export function categoryOfArea(area: Area): string {
  return `urlleak/${area}/`;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run per area that ran, every catalog rule in each. Written result by
 * result (`runs[].results[]` are the fourth level), the same bytes as `JSON.stringify(log, null, 2)`.
 */
export const formatSarif: Formatter = (report) => {
  const warn: Warn = report.warn ?? (() => undefined);
  const log = enforceGithubLimits(buildLog(report.areas.map((area) => buildAreaRun(report, area))), warn);
  return coalesceChunks(checkUploadSizeOfChunks(jsonFileChunks(log, SARIF_RESULTS_LEVEL), warn));
};

/** Log → `runs` → a run → `results`: each result below is one chunk. */
export const SARIF_RESULTS_LEVEL = 4;

function buildAreaRun(report: Report, area: Area): Run {
  const tool = readToolInfo();
  const { findings, errors, notices } = report.result;
  const problems: InputProblem[] = [
    ...errors.map((error) => ({ path: error.path, message: safeText(error.message), level: 'error' as const })),
    ...notices.map((notice) => ({ path: notice.path, message: safeText(notice.message), level: 'note' as const })),
  ];
  return buildRun({
    driver: {
      name: tool.name,
      version: tool.version,
      semanticVersion: tool.version,
      informationUri: tool.informationUri,
      rules: buildCatalogRules(tool),
    },
    category: categoryOfArea(area),
    cwd: report.cwd,
    findings: findings.filter((finding) => getRule(finding.ruleId).area === area),
    problems: problems.filter((problem) => areaOfProblem(problem.path, report.areas) === area),
  });
}

/** An input problem belongs to the run of the engine that reads such files; with one area, to that one. */
function areaOfProblem(path: string, areas: readonly Area[]): Area | undefined {
  if (areas.length === 1) return areas[0];
  const kind = classifyFile(path);
  return kind === 'code' || kind === 'config' ? kind : 'logs';
}
