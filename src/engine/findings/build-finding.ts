import { ts } from '../ast/typescript.js';
import { getRule } from '../../catalog/catalog.js';
import type { Finding, FlowStep, Location } from '../../findings/finding.js';
import { protectSecret } from '../../secrets/protect.js';
import { explainAssessment, levelOfKind } from '../../secrets/credential-risk.js';
import type { SinkHit } from '../judge/sink-hit.js';
import { describeNode } from '../ast/describe-node.js';

/**
 * A finding from a hit: location at the sink's argument, flow source → steps → sink, other places the message speaks
 * of as related locations, never the raw secret.
 */
export function buildFinding(hit: SinkHit): Finding {
  const { row, leak, site } = hit;
  const rule = getRule(row.rule);
  const source = leak.secret === undefined ? describeNode(leak.taint.origin.node) : 'a hard-coded credential';
  const what = leak.parameter === undefined ? `A credential (${source})` : `Query parameter "${leak.parameter}" (${source})`;
  const reaches = `reaches ${rule.reaches ?? 'the URL of'} ${row.api}${throughHelper(leak)}, and URLs are recorded by proxies, servers and logs.`;
  const message =
    hit.message ??
    (leak.assessment
      ? `${what}, ${explainAssessment(leak.assessment)}, ${reaches}`
      : `${what} ${reaches} Instead, ${row.safeAlternative}.`);
  const flow: FlowStep[] = [
    { location: locationOf(leak.taint.origin.node), message: leak.taint.origin.message },
    ...leak.taint.steps.map((step) => ({ location: locationOf(step.node), message: step.message })),
    { location: locationOf(site), message: `reaches ${row.api}` },
  ];
  return {
    ruleId: row.rule,
    level: hit.level ?? (leak.assessment ? levelOfKind(leak.assessment.kind) : undefined) ?? rule.level,
    message,
    location: locationOf(leak.reportAt ?? site),
    ...(leak.secret === undefined ? {} : { secret: protectSecret(leak.secret) }),
    flow,
    ...(hit.related && hit.related.length > 0
      ? { related: hit.related.map((place) => ({ location: locationOf(place.node), message: place.message })) }
      : {}),
    properties: { sink: row.api, sinkId: row.id, parameter: leak.parameter ?? null, source, safeAlternative: row.safeAlternative },
    // A suggestion edits the sink's file: not where a finding reported at a caller lies.
    ...(hit.suggestions.length > 0 && !leak.reportAt ? { suggestions: hit.suggestions } : {}),
  };
}

/** ` through \`refreshToken()\`` when the finding lies at a caller of the helper whose sink leaks the secret. */
function throughHelper(leak: SinkHit['leak']): string {
  const call = leak.reportAt?.parent;
  return call && ts.isCallExpression(call) ? ` through \`${describeNode(call.expression)}()\`` : '';
}

export function locationOf(node: ts.Node): Location {
  const sourceFile = node.getSourceFile();
  const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  const end = sourceFile.getLineAndCharacterOfPosition(node.getEnd());
  return {
    path: sourceFile.fileName,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}
