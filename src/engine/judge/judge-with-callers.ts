import type ts from 'typescript';
import { callSitesOf } from '../resolve/call-sites.js';
import type { AnalysisContext } from '../ast/context.js';
import type { Leak } from './judge-url.js';
import { instantiate } from '../evaluate/summaries.js';
import { childrenOf, type Value } from '../evaluate/value.js';

/** How many callers up a sink's argument is followed (`connect(url)` ← `open(token)` ← `start()`). */
const MAX_CALLER_DEPTH = 3;

/**
 * Judges a sink's value as written, then as each caller of the enclosing function(s) would make it: a sink
 * inside `function connect(url) { new WebSocket(url) }` leaks when some caller passes a token URL.
 */
export function judgeWithCallers(value: Value, judge: (value: Value) => Leak[], context: AnalysisContext, depth = 0): Leak[] {
  const leaks = judge(value);
  if (depth >= MAX_CALLER_DEPTH) return leaks;
  for (const owner of parameterOwners(value)) {
    for (const call of callSitesOf(owner, context)) {
      leaks.push(...judgeWithCallers(instantiate(value, owner, call.arguments, context), judge, context, depth + 1));
    }
  }
  return leaks;
}

function parameterOwners(value: Value): Set<ts.Node> {
  const owners = new Set<ts.Node>();
  const seen = new Set<Value>();
  const visit = (current: Value): void => {
    if (seen.has(current)) return;
    seen.add(current);
    if (current.kind === 'param') owners.add(current.owner);
    childrenOf(current).forEach(visit);
  };
  visit(value);
  return owners;
}
