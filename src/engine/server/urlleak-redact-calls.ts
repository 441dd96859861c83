import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import { URLLEAK_REDACT_MODULE } from '../frameworks/loggers/urlleak-redact.js';
import { resolveApiRef } from '../resolve/library-resolution.js';

/** `pinoSerializers()`, `redactUrlsFormat()`: a call of one of these urlleak/redact exports. */
export function callsUrlleakRedact(node: ts.Node, names: readonly string[], context: AnalysisContext): boolean {
  if (!ts.isCallExpression(node)) return false;
  const ref = resolveApiRef(node.expression, context);
  return ref?.module === URLLEAK_REDACT_MODULE && names.includes(ref.path.at(-1) ?? '');
}

/** Whether a call of one of these exports appears anywhere in the expression (`format.combine(redactUrlsFormat(), …)`). */
export function containsUrlleakRedactCall(node: ts.Node, names: readonly string[], context: AnalysisContext): boolean {
  if (callsUrlleakRedact(node, names, context)) return true;
  return ts.forEachChild(node, (child) => containsUrlleakRedactCall(child, names, context) || undefined) ?? false;
}
