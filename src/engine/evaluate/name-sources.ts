import type ts from 'typescript';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { TOKEN_GETTER_VERBS } from '../tables/sources.js';
import type { Taint } from './value.js';

/** A secret known by its name alone: `accessToken`, `session.jwt`, a parameter called `token`. */
export function nameTaint(name: string, node: ts.Node, context: AnalysisContext): Taint | undefined {
  const kind = context.isSecretName(name) ? context.classifyName(name)?.kind : undefined;
  if (!kind) return undefined;
  return { origin: { node, message: `\`${describeNode(node)}\` holds a credential (by its name)` }, steps: [], byName: kind };
}

const getterPrefix = new RegExp(`^(?:${TOKEN_GETTER_VERBS.join('|')})(?=[A-Z_])_?`);

/** A call whose name promises a credential: `getIdToken()`, `fetchAccessToken()`, `token()`. */
export function getterTaint(name: string, call: ts.Node, context: AnalysisContext): Taint | undefined {
  const noun = name.replace(getterPrefix, '');
  const kind = context.isSecretName(noun) ? context.classifyName(noun)?.kind : undefined;
  if (!kind) return undefined;
  return { origin: { node: call, message: `\`${describeNode(call)}\` returns a credential` }, steps: [], byName: kind };
}

export function sourceTaint(node: ts.Node, what: string): Taint {
  return { origin: { node, message: `credential read from ${what}` }, steps: [] };
}
