import type { Log, Notification, ReportingDescriptor, Run, ToolComponent } from 'sarif';
import { numberOccurrences } from './fingerprints.js';
import { artifactLocationOf, sourceRootOf } from './locations.js';
import { sortNotifications, sortResults } from './order-results.js';
import { buildResult } from './build-results.js';
import type { ReportableFinding } from './reportable.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A problem with an input, reported beside the results rather than as one. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
  readonly level: 'error' | 'note';
}

export interface RunInput {
  readonly driver: ToolComponent & { readonly rules: readonly ReportingDescriptor[] };
  /** `automationDetails.id`: GitHub's category; two runs of one tool with the same category are rejected. */
  readonly category: string;
  readonly cwd: string;
  readonly findings: readonly ReportableFinding[];
  readonly problems: readonly InputProblem[];
}

export function buildLog(runs: Run[]): Log {
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}

/** One run: results in the one urlleak order, with line hashes and urlleak fingerprints numbered per file. */
export function buildRun(input: RunInput): Run {
  const ruleIndex = new Map(input.driver.rules.map((rule, index) => [rule.id, index]));
  const results = input.findings.map((finding) => {
    const index = ruleIndex.get(finding.ruleId);
    if (index === undefined) throw new Error(`SARIF run has no rule ${finding.ruleId}`);
    return buildResult(finding, index);
  });
  return {
    tool: { driver: { ...input.driver, rules: [...input.driver.rules] } },
    automationDetails: { id: input.category },
    originalUriBaseIds: sourceRootOf(input.cwd),
    columnKind: 'utf16CodeUnits',
    results: numberOccurrences(sortResults(results)),
    invocations: [
      {
        executionSuccessful: !input.problems.some((problem) => problem.level === 'error'),
        toolExecutionNotifications: sortNotifications(input.problems.map(notificationOf)),
      },
    ],
  };
}

function notificationOf(problem: InputProblem): Notification {
  return {
    level: problem.level,
    message: { text: problem.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(problem.path) } }],
  };
}
