import { ts } from '../ast/typescript.js';
import type { AnalysisContext } from '../ast/context.js';
import type { SinkRow } from '../tables/sinks.js';

/**
 * Type confirmation for sinks found by a parameter's name: `res.redirect(url)` counts when `res` is typed as a
 * response (Express, Node, Fastify, Koa, Next), or when nothing is known about its type; not when the checker
 * knows it is something else (`router.redirect` under the name `res`).
 */
export function isConfirmedReceiver(callee: ts.Expression, row: SinkRow, context: AnalysisContext): boolean {
  if (!row.receiverTypes || !context.typed || !ts.isPropertyAccessExpression(callee)) return true;
  return typeMatches(context.checker.getTypeAtLocation(callee.expression), row.receiverTypes);
}

function typeMatches(type: ts.Type, names: readonly string[]): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((member) => typeMatches(member, names));
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
  return name !== undefined && names.includes(name);
}
