import { ts } from '../ast/typescript.js';
import type { Suggestion } from '../../findings/finding.js';
import { urlArgument, type SinkExpression, type SinkHit } from '../judge/sink-hit.js';
import type { AnalysisContext } from '../ast/context.js';
import { callArguments } from '../evaluate/rest-arguments.js';
import type { Leak } from '../judge/judge-url.js';
import { judgeWithCallers } from '../judge/judge-with-callers.js';
import type { SinkRow } from '../tables/sinks.js';
import { spellOut, type UrlPart } from '../judge/url-parts.js';
import type { Value } from '../evaluate/value.js';
import { serverHit } from './hit.js';
import { conditionOutcome } from '../evaluate/condition-outcome.js';
import { isAllowedPlainHost } from './is-allowed-plain-host.js';
import { hostAfterScheme, knownPrefix } from '../judge/allowed-hosts.js';

/**
 * ws-insecure-scheme: a WebSocket client's URL that starts with `ws://` to a host other than loopback (or an
 * allowed host), literal or built (`'ws:' + '//' + host`, templates, constants, helpers' callers).
 */
export function checkInsecureScheme(call: SinkExpression, row: SinkRow, context: AnalysisContext): SinkHit[] {
  const { args, values } = callArguments(call, context);
  const url = urlArgument(args, values, row, context);
  if (!url) return [];
  // A host known only at run time is what the callers pass, when the analysis sees them (`'ws://' + ip`).
  const runtimeHost = new WeakSet<Leak>();
  const schemes = row.upgradesHttp === true ? HTTP_UPGRADE_SCHEMES : WEBSOCKET_SCHEMES;
  const [leak] = judgeWithCallers(
    url.value,
    (value) => insecureSchemes(value, schemes, context, runtimeHost),
    context,
    (found) => runtimeHost.has(found),
  );
  if (!leak) return [];
  const literal = leak.taint.origin.node;
  const instead =
    row.upgradesHttp === true
      ? "use https:// (the client then opens wss://), or the page's own origin for same-origin sockets"
      : "use wss:// (or location.protocol === 'https:' ? 'wss:' : 'ws:' for same-origin sockets)";
  const message = `${leak.taint.origin.message}: the handshake (with its cookies and tokens) and every message cross the network unencrypted, and browsers block it on HTTPS pages. Instead, ${instead}.`;
  const suggestion = literal.getSourceFile() === call.getSourceFile() ? useSecureScheme(literal, schemes) : undefined;
  // Findings lie in the analyzed file: at the url option when it is written here, else at the argument.
  const site = url.prop && url.prop.node.getSourceFile() === call.getSourceFile() ? url.prop.node : url.argument;
  return [serverHit({ row, site, origin: leak.taint, message, suggestions: suggestion ? [suggestion] : [] })];
}

/** The plain and the encrypted scheme a client's URL is written with. */
interface Schemes {
  readonly plain: RegExp;
  readonly secure: RegExp;
  /** The plain scheme as a literal writes it, which the suggestion replaces. */
  readonly written: RegExp;
}

const WEBSOCKET_SCHEMES: Schemes = { plain: /^ws:\/\//i, secure: /^wss:\/\//i, written: /ws:/i };
/** A client that upgrades an `http://` URL to `ws://` itself, and `https://` to `wss://`; `ws://` it takes as it is. */
const HTTP_UPGRADE_SCHEMES: Schemes = {
  plain: /^(?:ws|http):\/\//i,
  secure: /^(?:wss|https):\/\//i,
  written: /(?:ws|http):/i,
};

/**
 * Each spelling of the URL whose known prefix is a plain scheme (`ws://`; `http://` for a client that upgrades it) and
 * whose host is not exempt. A plain spelling is not reported when another spelling of the same URL reaches the same
 * host encrypted: the scheme is chosen at run time (`(tls ? 'wss' : 'ws') + '://' + host`, the page's own scheme), so
 * the code speaks TLS whenever it is there.
 */
function insecureSchemes(value: Value, schemes: Schemes, context: AnalysisContext, runtimeHost: WeakSet<Leak>): Leak[] {
  const spellings = spellOut(value);
  const secureHosts = new Set(
    spellings.flatMap((parts) => {
      const prefix = knownPrefix(parts);
      const secure = schemes.secure.exec(prefix.text)?.[0];
      return secure === undefined ? [] : [hostKey(parts, prefix, secure)];
    }),
  );
  return spellings.flatMap((parts) => {
    const prefix = knownPrefix(parts);
    const scheme = parts.find((part) => part.kind === 'text' && part.text !== '');
    const plain = schemes.plain.exec(prefix.text)?.[0];
    if (plain === undefined || scheme?.kind !== 'text' || isSchemeIdiom(scheme.node)) return [];
    if (secureHosts.has(hostKey(parts, prefix, plain))) return [];
    const host = hostAfterScheme(prefix.text.slice(plain.length), prefix.complete);
    if (host !== undefined && isAllowedPlainHost(host, context.settings.allowedHosts ?? [])) return [];
    // Only scheme and host: a URL's user-info or query may hold a credential.
    const unknownHost = host === undefined || host === '';
    const written = plain.toLowerCase();
    const where = unknownHost ? `${written}… (a host known only at run time)` : `${written}${host}`;
    const opens = written === 'ws://' ? '' : ' (the client opens its WebSocket over ws://)';
    const leak: Leak = {
      parameter: undefined,
      taint: { origin: { node: scheme.node, message: `This WebSocket URL (${where}) is unencrypted${opens}` }, steps: [] },
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
  // `location.protocol === 'https'` never holds: the plain branch is always the one taken.
  if (conditionOutcome(parent.condition) !== undefined) return false;
  const condition = parent.condition.getText();
  return /protocol/.test(condition) && /['"`]https?:?['"`]/.test(condition);
}

function useSecureScheme(literal: ts.Node, schemes: Schemes): Suggestion | undefined {
  const sourceFile = literal.getSourceFile();
  const written = schemes.written.exec(literal.getText(sourceFile));
  if (!written) return undefined;
  const plain = written[0].slice(0, -1);
  const start = literal.getStart(sourceFile) + written.index;
  const secure = plain.toLowerCase() === 'http' ? 'https' : 'wss';
  return {
    id: 'useSecureScheme',
    description: `Use the encrypted ${secure}:// scheme.`,
    edits: [{ start, end: start + plain.length, text: secure }],
  };
}
