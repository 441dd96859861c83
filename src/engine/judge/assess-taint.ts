import ts from 'typescript';
import { isClientEnvName, isPublicKeyName, isTicketName, type Assessment } from '../../secrets/credential-risk.js';
import type { Taint } from '../evaluate/value.js';

/** The words read from each node of a flow: enough for `process.env.NEXT_PUBLIC_SUPABASE_KEY`, not whole functions. */
const MAX_NODE_TEXT = 200;

/**
 * What the names along a flow say of the value (issue #12: provenance decides): read from a variable inlined into
 * client bundles (`NEXT_PUBLIC_…`) or named for a public key (`anonKey`), it is public; made by a ticket function or
 * kept in a ticket variable (`getTransferToken()`, `wsTicket`) or fetched from a ticket endpoint (`/api/ws-ticket`), it is
 * a short-lived single-use ticket.
 */
export function assessTaint(taint: Taint): Assessment | undefined {
  const issued = assessIssued(taint);
  if (issued) return issued;
  const names = namesAlong(taint);
  const clientEnv = names.find(isClientEnvName);
  if (clientEnv) return { kind: 'public', reason: `${clientEnv} is inlined into client bundles, public by design` };
  const publicKey = names.find(isPublicKeyName);
  if (publicKey) return { kind: 'public', reason: `${publicKey} names a public key` };
  const ticket = names.find(isTicketName);
  if (ticket) return { kind: 'ticket', reason: `a ticket (${ticket})` };
  return undefined;
}

/** Short-lived tokens by their issuing call (`jwt.sign(…, { expiresIn: '60s', jwtid })`), as `log-jwt` grades them. */
function assessIssued(taint: Taint): Assessment | undefined {
  const lifetime = taint.issued?.lifetimeSeconds;
  if (lifetime === undefined || lifetime > TICKET_LIFETIME_SECONDS) return undefined;
  return taint.issued?.hasJti
    ? { kind: 'ticket', reason: `a JWT issued for ${lifetime} seconds with a jti (a single-use ticket)` }
    : { kind: 'short-lived', reason: `a JWT issued for ${lifetime} seconds, without a jti` };
}

/** The longest lifetime of a ticket: the log scanner's default (`DEFAULT_JWT_POLICY`). */
const TICKET_LIFETIME_SECONDS = 300;

function namesAlong(taint: Taint): string[] {
  const declared = declarationInitializer(taint.origin.node);
  return [taint.origin.node, ...(declared ? [declared] : []), ...taint.steps.map((step) => step.node)].flatMap(identifiersIn);
}

/**
 * What a variable known by its name was made from: `const { token } = await (await fetch('/api/ws-ticket')).json()`
 * names its endpoint there, not in the flow.
 */
function declarationInitializer(node: ts.Node): ts.Expression | undefined {
  let current: ts.Node = node;
  while (ts.isBindingElement(current.parent) || ts.isObjectBindingPattern(current.parent) || ts.isArrayBindingPattern(current.parent))
    current = current.parent;
  return ts.isVariableDeclaration(current.parent) ? current.parent.initializer : undefined;
}

function identifiersIn(node: ts.Node): string[] {
  return (
    node
      .getText()
      .slice(0, MAX_NODE_TEXT)
      .match(/[A-Za-z_$][\w$]*/g) ?? []
  );
}
