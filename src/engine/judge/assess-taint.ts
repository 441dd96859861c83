import { ts } from '../ast/typescript.js';
import { bindingHolder } from '../ast/declaration-of.js';
import {
  assessLifetime,
  DEFAULT_TICKET_POLICY,
  isClientEnvName,
  isPublicKeyName,
  isTicketName,
  isOneTimePasswordName,
  type Assessment,
} from '../../secrets/credential-risk.js';
import type { Taint } from '../evaluate/value.js';

/**
 * What the names along a flow say of the value (issue #12: provenance decides): read from a variable inlined into
 * client bundles (`NEXT_PUBLIC_…`) or named for a public key (`anonKey`), it is public; made by a ticket function or
 * kept in a ticket variable (`getTransferToken()`, `wsTicket`) or fetched from a ticket endpoint (`/api/ws-ticket`), it is
 * a short-lived single-use ticket.
 */
export function assessTaint(taint: Taint): Assessment | undefined {
  const issued = assessIssued(taint);
  if (issued) return issued;
  const { names, texts } = wordsAlong(taint);
  const clientEnv = names.find(isClientEnvName);
  if (clientEnv) return { kind: 'public', reason: `${clientEnv} is inlined into client bundles, public by design` };
  const publicKey = names.find(isPublicKeyName);
  if (publicKey) return { kind: 'public', reason: `${publicKey} names a public key` };
  const ticket = names.find(isTicketName);
  if (ticket) return { kind: 'ticket', reason: `a ticket (${ticket})` };
  const oneTimePassword = names.find(isOneTimePasswordName);
  if (oneTimePassword) return { kind: 'ticket', reason: `a one-time password (${oneTimePassword})` };
  // A string is only matched, never quoted: it may hold anything, a credential too.
  if (texts.some((text) => text.split(/[^A-Za-z0-9]+/).some(isTicketName)))
    return { kind: 'ticket', reason: 'a ticket (from a ticket endpoint)' };
  return undefined;
}

/** Short-lived tokens by their issuing call (`jwt.sign(…, { expiresIn: '60s', jwtid })`), as `log-jwt` grades them. */
function assessIssued(taint: Taint): Assessment | undefined {
  if (!taint.issued) return undefined;
  const { lifetimeSeconds, hasJti } = taint.issued;
  const assessment = assessLifetime(lifetimeSeconds, hasJti, DEFAULT_TICKET_POLICY);
  return assessment.kind === 'credential'
    ? undefined
    : { ...assessment, reason: `${assessment.reason}, issued for ${lifetimeSeconds} seconds` };
}

/** Identifiers and string contents read along a flow: its nodes, and the declaration a name-only variable came from. */
function wordsAlong(taint: Taint): { names: string[]; texts: string[] } {
  const declared = declarationInitializer(taint.origin.node);
  const nodes = [taint.origin.node, ...(declared ? [declared] : []), ...taint.steps.map((step) => step.node)];
  const names: string[] = [];
  const texts: string[] = [];
  for (const node of nodes) collectWords(node, names, texts, { left: MAX_NODES_PER_STEP });
  return { names, texts };
}

/**
 * What a variable known by its name was made from: `const { token } = await (await fetch('/api/ws-ticket')).json()`
 * names its endpoint there, not in the flow.
 */
function declarationInitializer(node: ts.Node): ts.Expression | undefined {
  const holder = ts.isBindingElement(node.parent) ? bindingHolder(node.parent) : node.parent;
  return ts.isVariableDeclaration(holder) ? holder.initializer : undefined;
}

/** Enough for `process.env.NEXT_PUBLIC_SUPABASE_KEY` or `fetch('/api/ws-ticket')`, never a whole function. */
const MAX_NODES_PER_STEP = 40;

function collectWords(node: ts.Node, names: string[], texts: string[], budget: { left: number }): void {
  if (budget.left-- <= 0) return;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) names.push(node.text);
  else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
    texts.push(node.text);
  node.forEachChild((child) => collectWords(child, names, texts, budget));
}
