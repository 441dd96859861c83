import { isResourceId, namesContentKind } from '../../secrets/credential-risk.js';
import type { SecretParamName } from '../../secrets/param-names.js';
import { GENERATED_SEGMENT_MIN_LENGTH, looksGeneratedSegment, looksRandomWithoutDigit, TYPED_ID } from '../../secrets/shapes.js';
import {
  PROVISIONING_FOLDER,
  SHARE_LINK_TOKEN_LENGTH,
  SHORT_ROUTE_SHARE_LINKS,
  TRACKER_PASSKEY,
  WEBAUTHN_CREDENTIAL_ROUTES,
} from '../../secrets/known-values.js';
import type { ContextSecret } from './find-context-secrets.js';

/**
 * A run of token characters after a `/` that ends a path or is followed by more of it (`/<token>/accept`): each is then
 * read backwards for the path it is in. Not a file's name (`/<token>.pdf`): content-hashed assets are named so
 * (`/fonts/<hash>.woff2`).
 */
const PATH_TOKEN_SEGMENT = new RegExp(
  String.raw`/([A-Za-z0-9_-]{${GENERATED_SEGMENT_MIN_LENGTH},})(?=$|[\s"'\`?#),;<>\]}\\|/]|[.:,!]+(?:\s|$))`,
  'g',
);

const PATH_TOKEN: SecretParamName = { name: 'path', kind: 'token', needsSecretValue: false, singleUse: false };

/**
 * A URL whose path ends in a token a server generated (src/secrets/shapes.ts `looksGeneratedSegment`), under whatever
 * word: a reset, sign-in, download or verification link of an app that names its routes in its own language
 * (`/xac-minh-email/<token>`, `/odbior/<token>`). Whoever holds such a URL holds what it opens (a capability URL, as the
 * W3C TAG calls it: https://www.w3.org/TR/capability-urls/). Words the tables know announce a link's secret anywhere in
 * its path (find-context-secrets.ts); a path's last segment needs none.
 *
 * Measured before it was added: on every labeled log of corpus/logs-in-the-wild, every line it matched was a labeled
 * secret (none of the 700 look-alikes: asset hashes, signed image paths, ACME challenges, OCSP requests); on the
 * risk-logs corpus, 16 loghub samples and a 10,000-line public Apache log, no line. Its finding is named by the route
 * word before it as written (`/xac-minh-email/`), else `path`.
 */
export function findPathTokens(line: string): ContextSecret[] {
  const found: ContextSecret[] = [...shareLinkTokens(line), ...trackerPasskeys(line), ...provisioningFolders(line)];
  PATH_TOKEN_SEGMENT.lastIndex = 0;
  for (let match = PATH_TOKEN_SEGMENT.exec(line); match; match = PATH_TOKEN_SEGMENT.exec(line)) {
    const value = match[1] ?? '';
    if (!looksGeneratedSegment(value) || isResourceId(value)) continue;
    const segments = pathSegmentsBefore(line, match.index);
    if (segments === undefined || !isOrdinaryPath(segments, value) || namesObject(segments, value)) continue;
    const start = match.index + 1;
    if (line[start + value.length] === '/' && !isLinkInsidePath(segments, value, line, start + value.length)) continue;
    found.push({ name: routeName(segments.at(-1)), entry: PATH_TOKEN, value, start, end: start + value.length });
  }
  return found;
}

/**
 * `https://cloud.example/s/<token>`, `/index.php/s/<token>`, `/f/<token>/`: a share link's token under the one-letter
 * route of a product that writes its links so (`SHORT_ROUTE_SHARE_LINKS`), at the start of the path, in that product's
 * shape. Shorter than a generated segment, so found apart.
 */
function shareLinkTokens(line: string): ContextSecret[] {
  const found: ContextSecret[] = [];
  SHORT_ROUTE_TOKEN.lastIndex = 0;
  for (let match = SHORT_ROUTE_TOKEN.exec(line); match; match = SHORT_ROUTE_TOKEN.exec(line)) {
    const [, route = '', value = ''] = match;
    const link = SHORT_ROUTE_SHARE_LINKS[route];
    if (link?.token.test(value) !== true) continue;
    const segments = pathSegmentsBefore(line, match.index);
    if (segments === undefined || !(segments.length === 0 || (segments.length === 1 && segments[0] === link.under))) continue;
    const start = match.index + route.length + 2;
    found.push({ name: `/${route}/`, entry: PATH_TOKEN, value, start, end: start + value.length });
  }
  return found;
}

const SHORT_ROUTE_TOKEN = new RegExp(
  String.raw`/([a-z])/([A-Za-z0-9]{${SHARE_LINK_TOKEN_LENGTH.min},${SHARE_LINK_TOKEN_LENGTH.max}})(?=$|[\s"'\`?#),;<>\]}\\|/]|[.:,!]+(?:\s|$))`,
  'g',
);
/** A phone's provisioning URL whose random folder keeps its configuration file (known-values.ts `PROVISIONING_FOLDER`). */
function provisioningFolders(line: string): ContextSecret[] {
  if (!line.includes('.cfg') && !line.includes('.xml')) return [];
  return [...line.matchAll(PROVISIONING_URL)].flatMap((match) => {
    const value = match[1] ?? '';
    // Random: hex digits (a hash of the tenant and a secret), or a generated segment; not words with a model's number.
    if (!HEX_FOLDER.test(value) && !looksGeneratedSegment(value)) return [];
    const start = (match.index ?? 0) + 1;
    return [{ name: 'provisioning folder', entry: PATH_TOKEN, value, start, end: start + value.length }];
  });
}

const HEX_FOLDER = /^[0-9a-f]+$|^[0-9A-F]+$/;

const PROVISIONING_URL = new RegExp(PROVISIONING_FOLDER.pattern, 'g');

/**
 * A BitTorrent tracker's announce URL with the user's passkey in its path (`/<passkey>/announce`, UNIT3D's
 * `/announce/<passkey>`), as a client's announce errors print it: 32 or 40 hex digits with which anyone downloads and
 * uploads as that user of a private tracker (known-values.ts `TRACKER_PASSKEY`).
 */
function trackerPasskeys(line: string): ContextSecret[] {
  if (!line.includes(ANNOUNCE)) return [];
  return [...line.matchAll(PASSKEY_IN_URL)].flatMap((match) => {
    const value = match[1] ?? match[2] ?? '';
    const start = (match.index ?? 0) + match[0].indexOf(value);
    return [{ name: 'passkey', entry: PATH_TOKEN, value, start, end: start + value.length }];
  });
}

const ANNOUNCE = TRACKER_PASSKEY.route;
const PASSKEY = `[0-9a-fA-F]{${TRACKER_PASSKEY.lengths.join('}|[0-9a-fA-F]{')}}`;
const PASSKEY_IN_URL = new RegExp(String.raw`/(${PASSKEY})${ANNOUNCE}(?![\w.-])|${ANNOUNCE}/(${PASSKEY})(?![0-9A-Za-z])`, 'g');

/**
 * The segments of the path before the `/` at `slash`, first to last, when it is one: after `scheme://host`, after a
 * host name alone (`example.com/…`), or a path standing after a space, a quote, `=`, `(`, `,`, `:`, `>` or `[` (a
 * request line, a JSON field, a message's words). Read backwards a bounded way: a segment of at most
 * `MAX_SEGMENT_LENGTH` characters, at most `MAX_SEGMENTS` of them.
 */
function pathSegmentsBefore(line: string, slash: number): string[] | undefined {
  const segments: string[] = [];
  for (let end = slash; segments.length <= MAX_SEGMENTS;) {
    if (startsPath(line, end)) return segments.reverse();
    let start = end;
    while (start > 0 && end - start < MAX_SEGMENT_LENGTH && SEGMENT_CHARACTER.test(line[start - 1] ?? '')) start -= 1;
    const segment = line.slice(start, end);
    if (line[start - 1] !== '/') return startsPath(line, start) && HOST.test(segment) ? segments.reverse() : undefined;
    if (line[start - 2] === '/')
      return SCHEME_BEFORE.test(line.slice(Math.max(0, start - 2 - MAX_SCHEME), start - 2)) ? segments.reverse() : undefined;
    segments.push(segment);
    end = start - 1;
  }
  return undefined;
}

/** Whether a path (or a host name) may start at `index`: the line's start, or after a character that ends words. */
function startsPath(line: string, index: number): boolean {
  return index === 0 || PATH_START.test(line[index - 1] ?? '');
}

const SEGMENT_CHARACTER = /[A-Za-z0-9._~%@:+!$*=,;-]/;
const MAX_SEGMENT_LENGTH = 128;
const MAX_SEGMENTS = 16;
const MAX_SCHEME = 32;
const SCHEME_BEFORE = /(?:^|[^A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:$/;
const PATH_START = /[\s"'=(,:>[]/;
const HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d{1,5})?$/;

/**
 * Not a path of random parts (a base64 blob's slashes, imgproxy's signature before its options), no ACME challenge
 * (`/.well-known/acme-challenge/<token>`: public by design, RFC 8555 §8.3), no OCSP request (base64 DER after the host,
 * RFC 6960 Appendix A: a `SEQUENCE`, byte 0x30, is written `M`).
 */
function isOrdinaryPath(segments: readonly string[], token: string): boolean {
  if (DER_SEQUENCE.test(segments[0] ?? token)) return false;
  return !segments.some((segment) => segment === '.well-known' || looksGeneratedSegment(segment));
}

const DER_SEQUENCE = /^M[A-H][A-Za-z0-9+%]{20,}/;

/**
 * Whether the segment is an object's id by the words before it: a kind of content (`/entity/<guid>`, `/playlist/<id>`),
 * a REST collection before a typed id (`/v2/webhooks/wh_…`, `/customers/cus_…`), or a WebAuthn credential's id
 * (`/api/webauthn/credentials/<id>`, `WEBAUTHN_CREDENTIAL_ROUTES`). A typed value under a singular word may be a key
 * (`/live/live_<stream key>`).
 */
function namesObject(segments: readonly string[], value: string): boolean {
  const routeWord = segments.at(-1);
  if (routeWord === undefined) return false;
  return namesContentKind(routeWord) || (TYPED_ID.test(value) && PLURAL_WORD.test(routeWord)) || namesWebAuthnCredential(segments);
}

function namesWebAuthnCredential(segments: readonly string[]): boolean {
  const words = segments.map((segment) => segment.toLowerCase());
  const { collections, api } = WEBAUTHN_CREDENTIAL_ROUTES;
  return collections.includes(words.at(-1) ?? '') && words.some((word) => api.includes(word));
}

const PLURAL_WORD = /^[A-Za-z_-]*[a-z]s$/;

/**
 * A token with more path after it is a link's when what follows is a file it gives (`/download/<token>/report.pdf`,
 * `/ota/<token>/firmware.bin`), nothing but the slash (`/share/<token>/`) or what the link does (`isLinkAction`), under a
 * route word: a path's first segment is a tenant's, a cache server's or an image proxy's signature as often, and a typed
 * object id (`/deploy/prj_<id>/<hook>`: Vercel's project, Stripe's `cus_`) names no secret.
 */
function isLinkInsidePath(segments: readonly string[], token: string, line: string, slash: number): boolean {
  if (segments.length === 0 || TYPED_ID.test(token)) return false;
  let end = slash + 1;
  while (end < line.length && end - slash <= MAX_SEGMENT_LENGTH && SEGMENT_CHARACTER.test(line[end] ?? '')) end += 1;
  if (line[end] === '/') return false;
  // Up to a path parameter or what a message writes after the URL (`/<token>/track;data = …`).
  const rest = line.slice(slash + 1, end).split(';')[0] ?? '';
  return rest === '' || (FILE_NAME.test(rest) && !looksGeneratedSegment(rest)) || isLinkAction(segments.at(-1) ?? '', rest);
}

/**
 * `/<route word>/<token>/<action>`: what an emailed or texted link does with its token (`/invitation/<token>/accept`,
 * `/receipt/<token>/view`, `/sign/<token>/print`), in any language. Not a REST collection's resource, a plural before
 * its id (`/projects/<id>/edit`), unless the action is one a link handed to a customer performs
 * (`HANDED_OUT_ACTIONS`: `/invoices/<token>/download`, `/tickets/<token>/print`); nor one of an editor's pages, nor an id
 * under a one-letter route (Google Drive's `/file/d/<id>/view`). Measured on every labeled part: 9 labels more, no
 * false positive; the handed-out actions under a plural 3 more, none.
 */
function isLinkAction(routeWord: string, action: string): boolean {
  if (!ROUTE_WORD.test(routeWord) || !ROUTE_WORD.test(action) || EDITOR_ACTIONS.has(action.toLowerCase())) return false;
  return !PLURAL_WORD.test(routeWord) || HANDED_OUT_ACTIONS.has(action.toLowerCase());
}

/**
 * What a link sent to someone does with the generated token before it (a download, a print, a payment, an acceptance).
 * Not `view`: a collection's page for one of its objects as often (`/receipts/<id>/view`).
 */
const HANDED_OUT_ACTIONS: ReadonlySet<string> = new Set(['download', 'print', 'pdf', 'accept', 'pay', 'confirm', 'verify']);

/** A file's name, a version's dots in it too (`report.pdf`, `Taquilla-4.2.dmg`, `app-1.2.3.tar.gz`). */
const FILE_NAME = /^[^.][^/]*\.[A-Za-z0-9]{1,8}$/;
/** The pages an app has for each of its objects, whose id a path names before them. */
const EDITOR_ACTIONS: ReadonlySet<string> = new Set([
  'edit',
  'editor',
  'settings',
  'update',
  'delete',
  'destroy',
  'history',
  'revisions',
  'members',
]);

/**
 * The segment before the token when it is a word a finding may show (`xac-minh-email`); never a value of its own, such
 * as an id of random letters (`looksRandomWithoutDigit`).
 */
function routeName(segment: string | undefined): string {
  return segment !== undefined && ROUTE_WORD.test(segment) && !looksRandomWithoutDigit(segment, MIN_RANDOM_NAME)
    ? `/${segment}/`
    : PATH_TOKEN.name;
}

/** Random letters this long or longer are an id, not a word. */
const MIN_RANDOM_NAME = 8;

const ROUTE_WORD = /^[A-Za-z][A-Za-z_-]{1,39}$/;
