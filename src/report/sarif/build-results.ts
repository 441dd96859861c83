import type { CodeFlow, Result } from 'sarif';
import type { FlowStep } from '../../findings/finding.js';
import { partialFingerprintsOf } from './fingerprints.js';
import { sarifLocationOf } from './locations.js';
import type { ReportableFinding } from './reportable.js';

/** One finding as a SARIF result; `ruleIndex` points into the run's `tool.driver.rules`. */
export function buildResult(finding: ReportableFinding, ruleIndex: number): Result {
  const properties = propertiesOf(finding);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.message },
    locations: [sarifLocationOf(finding.location)],
    partialFingerprints: partialFingerprintsOf(finding),
    ...(finding.flow && finding.flow.length > 0 ? { codeFlows: [codeFlowOf(finding, finding.flow)] } : {}),
    ...(finding.related && finding.related.length > 0
      ? { relatedLocations: finding.related.map((related, id) => ({ id, ...sarifLocationOf(related.location, related.message) })) }
      : {}),
    ...(properties ? { properties } : {}),
  };
}

/** Source → steps → sink. Engines end a flow at the sink; when one does not, the finding's own location closes it. */
function codeFlowOf(finding: ReportableFinding, flow: readonly FlowStep[]): CodeFlow {
  const last = flow[flow.length - 1]?.location;
  const endsAtSink = last?.path === finding.location.path && last.line === finding.location.line && last.column === finding.location.column;
  const steps = endsAtSink ? flow : [...flow, { location: finding.location, message: finding.message }];
  return {
    threadFlows: [{ locations: steps.map((step) => ({ location: sarifLocationOf(step.location, step.message) })) }],
  };
}

/** The engine's facts (JWT lifetime, …) and the secret as it may travel: redacted, fingerprinted. */
function propertiesOf(finding: ReportableFinding): Record<string, unknown> | undefined {
  const secret = finding.secret
    ? { secret: { redacted: finding.secret.redacted, fingerprint: finding.secret.fingerprint, length: finding.secret.length } }
    : {};
  const properties = { ...finding.properties, ...secret };
  return Object.keys(properties).length > 0 ? properties : undefined;
}
