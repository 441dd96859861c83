import { ts } from '../ast/typescript.js';
import type { Suggestion } from '../../findings/finding.js';
import { urlArgument, type SinkExpression, type SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Leak } from '../judge/judge-url.js';
import { judgeWithCallers } from '../judge/judge-with-callers.js';
import type { SinkRow } from '../tables/sinks.js';
import { spellOut, type UrlPart } from '../judge/url-parts.js';
import type { Value } from '../evaluate/value.js';
import { serverHit } from './hit.js';
import { isAllowedPlainHost } from './is-allowed-plain-host.js';
import { hostAfterScheme, knownPrefix } from '../judge/allowed-hosts.js';

/**
 * ws-insecure-scheme: a WebSocket client's URL that starts with `ws://` to a host other than loopback (or an
 * allowed host), literal or built (`'ws:' + '//' + host`, templates, constants, helpers' callers).
 */
export function checkInsecureScheme(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const args = call.arguments ?? [];
  const url = urlArgument(
    args,
    args.map((argument) => evaluate(argument, context)),
    row,
  );
  if (!url) return [];
  // A host known only at run time is what the callers pass, when the analysis sees them (`'ws://' + ip`).
  const runtimeHost = new WeakSet<Leak>();
  const [leak] = judgeWithCallers(
    url.value,
    (value) => insecureSchemes(value, context, runtimeHost),
    context,
    (found) => runtimeHost.has(found),
  );
  if (!leak) return [];
  const literal = leak.taint.origin.node;
  const message = `${leak.taint.origin.message}: the handshake (with its cookies and tokens) and every message cross the network unencrypted, and browsers block it on HTTPS pages. Instead, use wss:// (or location.protocol === 'https:' ? 'wss:' : 'ws:' for same-origin sockets).`;
  const suggestion = literal.getSourceFile() === call.getSourceFile() ? useSecureScheme(literal) : undefined;
  // Findings lie in the analyzed file: at the url option when it is written here, else at the argument.
  const site = url.prop && url.prop.node.getSourceFile() === call.getSourceFile() ? url.prop.node : url.argument;
  return [serverHit({ row, site, origin: leak.taint, message, suggestions: suggestion ? [suggestion] : [] })];
}

const WS_SCHEME = /^ws:\/\//i;
const WSS_SCHEME = /^wss:\/\//i;

/**
 * Each spelling of the URL whose known prefix is `ws://` and whose host is not exempt. A `ws://` spelling is not
 * reported when another spelling of the same URL reaches the same host over `wss://`: the scheme is chosen at run
 * time (`(tls ? 'wss' : 'ws') + '://' + host`, the page's own scheme), so the code speaks TLS whenever it is there.
 */
function insecureSchemes(value: Value, context: AnalysisContext, runtimeHost: WeakSet<Leak>): Leak[] {
  const spellings = spellOut(value);
  const secureHosts = new Set(
    spellings.flatMap((parts) => {
      const prefix = knownPrefix(parts);
      return WSS_SCHEME.test(prefix.text) ? [hostKey(parts, prefix, 'wss://')] : [];
    }),
  );
  return spellings.flatMap((parts) => {
    const prefix = knownPrefix(parts);
    const scheme = parts.find((part) => part.kind === 'text' && part.text !== '');
    if (!WS_SCHEME.test(prefix.text) || scheme?.kind !== 'text' || isSchemeIdiom(scheme.node)) return [];
    if (secureHosts.has(hostKey(parts, prefix, 'ws://'))) return [];
    const host = hostAfterScheme(prefix.text.slice('ws://'.length), prefix.complete);
    if (host !== undefined && isAllowedPlainHost(host, context.settings.allowedHosts ?? [])) return [];
    // Only scheme and host: a URL's user-info or query may hold a credential.
    const unknownHost = host === undefined || host === '';
    const where = unknownHost ? 'ws://… (a host known only at run time)' : `ws://${host}`;
    const leak: Leak = {
      parameter: undefined,
      taint: { origin: { node: scheme.node, message: `This WebSocket URL (${where}) is unencrypted` }, steps: [] },
    };
    if (unknownHost) runtimeHost.add(leak);
    return [leak];
  });
}

/**
 * What a spelling's host is, to compare the `ws://` and `wss://` spellings of one URL: the literal host, or, when a
 * run-time part writes (the rest of) it, that part too — the same value, or an expression written the same way
 * (`'wss://' + host` and `'ws://' + host` in two branches).
 */
function hostKey(parts: readonly UrlPart[], prefix: { text: string; complete: boolean }, scheme: string): string {
  const host = hostAfterScheme(prefix.text.slice(scheme.length), prefix.complete);
  if (host !== undefined) return `host:${host}`;
  const dynamic = parts.find((part) => part.kind === 'dynamic');
  const written = dynamic?.kind === 'dynamic' && 'node' in dynamic.value ? dynamic.value.node.getText() : dynamic?.value.kind;
  return `run-time:${prefix.text.slice(scheme.length).toLowerCase()}:${written ?? ''}`;
}

/** `location.protocol === 'https:' ? 'wss:' : 'ws:'`: the page's own scheme, wss: on HTTPS. */
function isSchemeIdiom(node: ts.Node): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent || !ts.isConditionalExpression(parent) || parent.condition === child) return false;
  const condition = parent.condition.getText();
  return /protocol/.test(condition) && /['"`]https?:?['"`]/.test(condition);
}

function useSecureScheme(literal: ts.Node): Suggestion | undefined {
  const sourceFile = literal.getSourceFile();
  const written = literal.getText(sourceFile);
  const index = written.search(/ws:/i);
  if (index < 0) return undefined;
  const start = literal.getStart(sourceFile) + index;
  return { id: 'useSecureScheme', description: 'Use the encrypted wss:// scheme.', edits: [{ start, end: start + 2, text: 'wss' }] };
}
