import type { Level } from '../catalog/rule.js';
import type { JwtFacts } from './jwt.js';
import {
  CLIENT_ENV_PREFIXES,
  documentationExamples,
  ENGINE_IO_SID,
  EXAMPLE_JWT_CLAIMS,
  EXAMPLE_WORDS,
  FLAG_VALUE,
  FLOW_SESSION_IDS,
  FORGERY_TOKENS,
  NUMERIC_SESSION_ID,
  MASK_MARKS,
  MASKED_PART,
  MASKED_TAIL,
  PUBLIC_JWT_ROLES,
  PUBLIC_KEY_NAME,
  RETURN_URL_IDS,
  RESOURCE_IDS,
  KEY_HASHES,
  TICKET_NAME,
  ONE_TIME_PASSWORD_NAME,
  vendorUrlKeyHosts,
  publicParamNames,
  REDACTED_SEGMENT,
  credentialPartNames,
  HMAC_OF_VALUE,
  REQUEST_SIGNATURE_SCHEME,
  RANDOM_BY_DESIGN_NAMES,
  PUBLIC_KEY_VALUES,
} from './known-values.js';
import { normalizeParamName, type SecretParamName } from './param-names.js';
import { isPlaceholderValue, TYPED_ID, type ProviderTokenShape } from './shapes.js';
import { SIGNED_URL_MAX_WARNING_SECONDS, type SignedUrlDeadline } from './signed-urls.js';

/**
 * The risk model: what a value found where a credential goes *is*, as a security reviewer would call it, and from
 * that how bad a finding is. One model for the code engine and the log scanner (issue #12).
 *
 * - `credential`: long-lived (a session or refresh token, an API key, a password, a provider token): error.
 * - `short-lived`: a token with a short lifetime that can be used again until it expires: warning.
 * - `vendor-url-key`: a key a vendor's API takes only in the URL (the Telegram bot API): warning, it cannot move.
 * - `library-url-token`: a token a client library appends to the URL itself (SignalR's `accessTokenFactory` over
 *   WebSockets in browsers): warning, it cannot move while that transport is used.
 * - `browser-key`: a key made to be sent from browsers and restricted by the vendor (Google's `AIza…`, used by
 *   Firebase and Maps): note, public when restricted; check its restrictions.
 * - `ticket`: short-lived and single-use (`exp` near `iat` and a `jti`, or named a ticket): note, the safe pattern
 *   when the server consumes it once.
 * - `transport-id`: a connection id that names no user (Engine.IO's `sid`): note.
 * - `credential-part`: one part of a credential that signs nothing alone (an AWS STS session token): note.
 * - `public`, `example`, `placeholder`, `not-a-credential`: no finding.
 */
export type CredentialKind =
  | 'credential'
  | 'short-lived'
  | 'vendor-url-key'
  | 'library-url-token'
  | 'browser-key'
  | 'ticket'
  | 'transport-id'
  | 'credential-part'
  | 'public'
  | 'example'
  | 'placeholder'
  | 'not-a-credential';

export interface Assessment {
  readonly kind: CredentialKind;
  /** Why, in a few words a message can quote: "a Supabase anon key (public by design)". */
  readonly reason: string;
  /** What must hold or what to do, when the kind's usual advice does not fit this value. */
  readonly advice?: string;
}

const LEVELS: Readonly<Record<CredentialKind, Level | undefined>> = {
  credential: 'error',
  'short-lived': 'warning',
  'vendor-url-key': 'warning',
  'library-url-token': 'warning',
  'browser-key': 'note',
  ticket: 'note',
  'transport-id': 'note',
  'credential-part': 'note',
  public: undefined,
  example: undefined,
  placeholder: undefined,
  'not-a-credential': undefined,
};

/** The level of a finding about a value of this kind; undefined: no finding. */
export function levelOfKind(kind: CredentialKind): Level | undefined {
  return LEVELS[kind];
}

/** What must hold, or what to do, for the kinds a finding is still made for but that are not plain credentials. */
const ADVICE: Readonly<Partial<Record<CredentialKind, string>>> = {
  'short-lived': 'reusable until it expires; make it single-use (a jti the server consumes once)',
  'vendor-url-key': 'restrict the key (referrers, APIs, IPs) and redact it from egress logs',
  'library-url-token':
    'keep that token short-lived (minutes) and redact the parameter from server and proxy logs, or authenticate with a cookie and an Origin check',
  'browser-key': 'public when restricted to referrers or APIs; check its restrictions',
  ticket: 'acceptable when the server consumes it once and checks its expiry',
  'transport-id': 'not a user credential',
  'credential-part': 'it signs nothing without the other parts (the secret key); keep it out of logs all the same',
};

/** The reason and, for tickets and the like, what must hold: "a ticket (…): acceptable when …". */
export function explainAssessment(assessment: Assessment): string {
  const advice = assessment.advice ?? ADVICE[assessment.kind];
  return advice === undefined ? assessment.reason : `${assessment.reason}: ${advice}`;
}

export function isReportable(assessment: Assessment): boolean {
  return levelOfKind(assessment.kind) !== undefined;
}

export const CREDENTIAL: Assessment = { kind: 'credential', reason: 'a credential' };

const examples = new Map(documentationExamples.map((example) => [example.value, example]));
const publicNames = new Map(publicParamNames.map((entry) => [entry.value, entry]));
const credentialParts = new Map(credentialPartNames.map((entry) => [entry.value, entry]));
const publicRoles = new Map(PUBLIC_JWT_ROLES.map((entry) => [entry.value, entry]));

/**
 * A value written out (in code, or in a log line) judged by itself: a documentation example, a placeholder, a mask or
 * a flag is none; undefined when the value alone does not tell (then its name, shape or source decides).
 */
export function assessWrittenValue(value: string): Assessment | undefined {
  const example = examples.get(value);
  if (example) return { kind: 'example', reason: `${example.what} (a documentation example)` };
  if (isPlaceholderValue(value)) return { kind: 'placeholder', reason: 'a placeholder' };
  if (isMasked(value)) return { kind: 'placeholder', reason: 'a masked or truncated value' };
  if (isRedactedJwt(value)) return REDACTED_JWT;
  if (REQUEST_SIGNATURE_SCHEME.pattern.test(value)) return REQUEST_SIGNATURE;
  if (HMAC_OF_VALUE.pattern.test(value)) return HMAC_OF_A_VALUE;
  if (EXAMPLE_WORDS.test(value)) return { kind: 'example', reason: 'a made-up example value' };
  if (FLAG_VALUE.test(value)) return { kind: 'not-a-credential', reason: 'a flag, not a credential' };
  return undefined;
}

/**
 * `sk_live_****`, `ghp_xxxxxxxx`, `eyJhbGciOi...`. No regex with an unanchored run: a log value of a million `x` is
 * read once.
 */
function isMasked(value: string): boolean {
  if (MASK_MARKS.some((mark) => value.includes(mark)) || value.endsWith(MASKED_TAIL.dots)) return true;
  if (trailingXRun(value) >= MASKED_TAIL.xRun) return true;
  return value.split(/[_.-]/).some((part) => MASKED_PART.test(part));
}

const REDACTED_JWT: Assessment = { kind: 'placeholder', reason: 'a JWT a redactor masked' };

const REQUEST_SIGNATURE: Assessment = {
  kind: 'not-a-credential',
  reason: 'the signature of one request (SigV4), which no other request can reuse',
};

const HMAC_OF_A_VALUE: Assessment = { kind: 'not-a-credential', reason: "an audit log's HMAC of a value (Vault), not the value" };

/** A value under a name `credentialPartNames` lists (`X-Amz-Security-Token`), whatever its shape (MinIO's are JWTs). */
export function assessCredentialPart(name: string): Assessment | undefined {
  const part = credentialParts.get(normalizeParamName(name));
  return part && { kind: 'credential-part', reason: `an ${part.what}` };
}

/**
 * `eyJhbGciOi….REDACTED.sig`, `….payload.[FILTERED]`: a JWT with a segment a redactor replaced, which no longer
 * decodes or verifies; its header and what is left grant nothing.
 */
function isRedactedJwt(value: string): boolean {
  if (!value.startsWith('eyJ')) return false;
  const headerEnd = value.indexOf('.');
  const payloadEnd = value.indexOf('.', headerEnd + 1);
  if (headerEnd === -1 || (payloadEnd !== -1 && value.includes('.', payloadEnd + 1))) return false;
  // The header starts with `eyJ`, which no redactor's mark does.
  if (payloadEnd === -1) return REDACTED_SEGMENT.test(value.slice(headerEnd + 1));
  return REDACTED_SEGMENT.test(value.slice(headerEnd + 1, payloadEnd)) || REDACTED_SEGMENT.test(value.slice(payloadEnd + 1));
}

/**
 * `header.payload.` with a signing algorithm: the signature was cut off (a token debugger's copy, a redactor that
 * drops it, a mask of stars the JWT pattern stops before). No server that checks signatures accepts it. With
 * `alg: none` an empty signature is the token itself, graded elsewhere as forgeable.
 */
function hasSignatureRemoved(token: string, facts: JwtFacts): boolean {
  return token.endsWith('.') && facts.alg !== undefined && facts.alg.toLowerCase() !== 'none';
}

function trailingXRun(value: string): number {
  let end = value.length;
  while (end > 0 && (value[end - 1] === 'x' || value[end - 1] === 'X')) end -= 1;
  return value.length - end;
}

/** A provider token by its shape: public by design (publishable keys), a key the vendor takes in URLs, or secret. */
export function assessProviderToken(value: string, shape: ProviderTokenShape): Assessment {
  const written = assessWrittenValue(value) ?? assessMaskedBody(value, shape);
  if (written) return written;
  if (shape.publishable) return { kind: 'public', reason: `a ${shape.provider} publishable key (public by design)` };
  if (shape.browserKey) return { kind: 'browser-key', reason: `a ${shape.provider} API key, made to be sent from browsers in the URL` };
  // CloudTrail writes the access key ID into every event it records (`userIdentity.accessKeyId`), by design.
  if (shape.keyId) return { kind: 'not-a-credential', reason: `a ${shape.provider} key ID (it names a key; its secret half signs)` };
  return { kind: 'credential', reason: `a ${shape.provider} token` };
}

/**
 * `ghp_000…0`, `sk_live_0101…01`, `AKIA0000…`: a vendor prefix over a mask. The body is what follows the last `_`, `-`
 * or `.` (or the first four characters, for prefixes without one); two distinct characters at most is no random secret.
 */
function assessMaskedBody(value: string, shape: ProviderTokenShape): Assessment | undefined {
  const cut = Math.max(value.lastIndexOf('_'), value.lastIndexOf('-'), value.lastIndexOf('.'));
  const body = cut === -1 ? value.slice(4) : value.slice(cut + 1);
  return body.length > 8 && hasAtMostTwoDistinctCharacters(body)
    ? { kind: 'placeholder', reason: `a masked ${shape.provider} token` }
    : undefined;
}

/** Without a Set of the characters: every provider token in a log or a redacted URL comes through here. */
function hasAtMostTwoDistinctCharacters(text: string): boolean {
  const first = text.charCodeAt(0);
  let second = -1;
  for (let index = 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === first || code === second) continue;
    if (second !== -1) return false;
    second = code;
  }
  return true;
}

/** How `log-jwt` and the engine tell a ticket from a reusable token. */
export interface TicketPolicy {
  /** Tokens with `exp - iat` at most this many seconds are short-lived. */
  readonly maxTicketLifetimeSeconds: number;
}

/** Five minutes: the longest lifetime of a ticket unless a caller of the log scanner's API says otherwise. */
export const DEFAULT_TICKET_POLICY: TicketPolicy = { maxTicketLifetimeSeconds: 300 };

export function isShortLived(facts: JwtFacts, policy: TicketPolicy): boolean {
  return facts.exp !== undefined && facts.lifetimeSeconds !== undefined && facts.lifetimeSeconds <= policy.maxTicketLifetimeSeconds;
}

/**
 * A token by its lifetime, wherever that is read (a logged JWT's claims, the call that signs one in code): short-lived
 * and single-use is a ticket, short-lived alone can be replayed until it expires, anything longer is a credential.
 */
export function assessLifetime(lifetimeSeconds: number | undefined, singleUse: boolean, policy: TicketPolicy): Assessment {
  if (lifetimeSeconds === undefined || lifetimeSeconds > policy.maxTicketLifetimeSeconds) return CREDENTIAL;
  return singleUse ? { kind: 'ticket', reason: 'a short-lived single-use ticket' } : { kind: 'short-lived', reason: 'a short-lived token' };
}

/**
 * A JWT by its claims and segments: public by role, an example by its claims, a redactor's remnant by its segments,
 * a ticket (short-lived with a `jti`, or under a ticket name), short-lived, or a credential.
 */
export function assessJwt(token: string, facts: JwtFacts, policy: TicketPolicy, singleUseName = false): Assessment {
  const example = examples.get(token);
  if (example) return { kind: 'example', reason: `${example.what} (a documentation example)` };
  if (facts.sub === EXAMPLE_JWT_CLAIMS.sub && facts.name === EXAMPLE_JWT_CLAIMS.name)
    return { kind: 'example', reason: "jwt.io's sample claims (a documentation example)" };
  const role = facts.role === undefined ? undefined : publicRoles.get(facts.role);
  if (role) return { kind: 'public', reason: `a ${role.what}, public by design` };
  if (isRedactedJwt(token) || hasSignatureRemoved(token, facts)) return REDACTED_JWT;
  return assessLifetime(isShortLived(facts, policy) ? facts.lifetimeSeconds : undefined, facts.hasJti || singleUseName, policy);
}

/**
 * An OAuth authorization code in its redirect: single-use and valid for minutes (RFC 6749 §4.1.2), but whoever reads
 * the log first can exchange it where the client has no secret and no PKCE, so it stays a warning.
 */
const OAUTH_CODE: Assessment = {
  kind: 'short-lived',
  reason: 'an OAuth authorization code',
  advice: 'single-use and short-lived, but exchangeable by whoever reads it first without PKCE; keep redirect URLs out of logs',
};

/** PKCE's `code_verifier` (RFC 7636 §4.5): it redeems one authorization code, so it lives as long as that code. */
const PKCE_VERIFIER = 'codeverifier';
const OAUTH_CODE_VERIFIER: Assessment = {
  ...OAUTH_CODE,
  reason: "an OAuth authorization code's PKCE verifier",
  advice: 'it redeems the one authorization code it was made for, and only until that code is used; keep token requests out of logs',
};

const NUMERIC_SESSION: Assessment = {
  kind: 'not-a-credential',
  reason: "a number naming a connection or a record, not a session's secret (which has 64 bits or more of randomness)",
};

/** A value under a parameter name of the credential table: tickets are single-use by name. */
export function assessNamedValue(name: string, entry: SecretParamName, value?: string): Assessment {
  const written = value === undefined ? undefined : assessWrittenValue(value);
  if (written) return written;
  const publicName = publicNames.get(normalizeParamName(name));
  if (publicName) return { kind: 'public', reason: `a ${publicName.what}, public by design` };
  const part = assessCredentialPart(name);
  if (part) return part;
  if (entry.kind === 'session' && value !== undefined && NUMERIC_SESSION_ID.test(value)) return NUMERIC_SESSION;
  if (entry.kind === 'oauth-code') return entry.name === PKCE_VERIFIER ? OAUTH_CODE_VERIFIER : OAUTH_CODE;
  if (entry.singleUse || isTicketName(name))
    return { kind: 'ticket', reason: `a ${entry.kind === 'otp' ? 'one-time code' : 'ticket'} (single-use by its name)` };
  return CREDENTIAL;
}

/** The normalized parameter names of a URL or line: a set, or a map to their values. */
export type NameLookup = Pick<ReadonlySet<string>, 'has'>;

/**
 * Engine.IO's `sid`: a transport id when the URL is an Engine.IO one (an `EIO` parameter beside it, or a
 * `/socket.io/` or `/engine.io/` path).
 */
export function isTransportSessionId(name: string, namesInUrl: NameLookup, url: string | undefined): boolean {
  if (normalizeParamName(name) !== ENGINE_IO_SID.name) return false;
  return namesInUrl.has(ENGINE_IO_SID.companion) || (url !== undefined && ENGINE_IO_SID.path.test(url));
}

/**
 * A value known by its shape and a companion beside it to be no credential: a checkout or order id a vendor's redirect
 * puts in the return URL (`RETURN_URL_IDS`), an API's resource id in its records (`RESOURCE_IDS`), a gateway's hash of a key (`KEY_HASHES`), a traffic record's network
 * session (`FLOW_SESSION_IDS`), an anti-forgery token (`FORGERY_TOKENS`), an id typed as its own name (`appId=app_…`).
 */
export function isIdNotCredential(name: string, value: string, namesInUrl: NameLookup): boolean {
  const normalized = normalizeParamName(name);
  return (
    isIdTypedByItsName(normalized, value) ||
    ID_NOT_CREDENTIAL.some(
      (id) =>
        (id.name === undefined || id.name === normalized) &&
        id.shape.test(value) &&
        (id.companion === undefined || namesInUrl.has(id.companion)),
    )
  );
}

/**
 * Whether a name says an object's id (`id`, `response_id`, `landingId`, `uuid`). A value under a credential's name that
 * the same record also files under such a name is that id, not a credential: a Typeform response's `token` is its
 * `response_id` (https://www.typeform.com/developers/responses/reference/retrieve-responses/).
 */
export function isIdName(name: string): boolean {
  // `uuid` and `guid` end so too.
  return normalizeParamName(name).endsWith('id');
}

/**
 * An id whose type prefix is the name's own word (Budibase's `appId=app_<hex>`, Crisp's `"session_id":"session_<uuid>"`):
 * `appid` is a credential's name where a service issues keys under it (OpenWeatherMap's `appid=<32 hex>`), but a value
 * typed as the app itself names it.
 */
function isIdTypedByItsName(normalizedName: string, value: string): boolean {
  if (!normalizedName.endsWith('id') || !(TYPED_ID.test(value) || TYPED_UUID.test(value))) return false;
  return normalizedName.startsWith(value.slice(0, value.indexOf('_')).toLowerCase());
}

/** A UUID after its type's word (`session_<uuid>`, `website_<uuid>`). */
const TYPED_UUID = /^[a-z]{2,12}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A parameter name whose value is random by design and opens nothing (`RANDOM_BY_DESIGN_NAMES`): an id, a digest, a click id. */
export function isRandomByDesignName(name: string): boolean {
  const normalized = normalizeParamName(name);
  return RANDOM_BY_DESIGN_NAMES.some((entry) => entry.names.test(normalized));
}

/** A word naming a kind of content (`playlist`, `entity`: `RANDOM_BY_DESIGN_NAMES`' content ids), whose ids are random by design. */
export function namesContentKind(word: string): boolean {
  return CONTENT_ID_NAMES.test(normalizeParamName(word));
}

const CONTENT_ID_NAMES = RANDOM_BY_DESIGN_NAMES.find((entry) => entry.value === 'content-id')?.names ?? /(?!)/;

/** A key public by design by its shape alone (`PUBLIC_KEY_VALUES`): for values whose name says nothing. */
export function isPublicKeyByShape(value: string): boolean {
  return PUBLIC_KEY_VALUES.some((entry) => entry.shape.test(value));
}

/** A value shaped as an API's resource id (`RESOURCE_IDS`): a path that ends in one names an object, not a capability. */
export function isResourceId(value: string): boolean {
  return RESOURCE_IDS.some((id) => id.shape.test(value));
}

const ID_NOT_CREDENTIAL = [...RETURN_URL_IDS, ...RESOURCE_IDS, ...KEY_HASHES, ...FLOW_SESSION_IDS, ...FORGERY_TOKENS];

export const TRANSPORT_ID: Assessment = {
  kind: 'transport-id',
  reason: "Engine.IO's transport session id, which names a connection, not a user",
};

/** An environment variable inlined into client bundles (`NEXT_PUBLIC_…`, `VITE_…`): its value is public. */
export function isClientEnvName(name: string): boolean {
  return CLIENT_ENV_PREFIXES.some((prefix) => name.startsWith(prefix.value));
}

/** An API that takes its key only in the URL, as the risk model judges a leak to it. */
export interface VendorUrlKey {
  readonly assessment: Assessment;
  /** The normalized names of its key's query parameters. */
  readonly keyParams: ReadonlySet<string>;
  /** The path's text right before a key written as a segment (`/bot`), if the key goes there. */
  readonly keyPathPrefix: string | undefined;
}

const vendorHosts = new Map<string, VendorUrlKey>(
  vendorUrlKeyHosts.map((vendor) => [
    vendor.value,
    {
      assessment: { kind: 'vendor-url-key', reason: `a key for ${vendor.what}, which takes it only in the URL` },
      keyParams: new Set(vendor.keyParams),
      keyPathPrefix: vendor.keyPathPrefix,
    },
  ]),
);

/** A leak to an API that takes its key only in the URL (the Telegram Bot API): a warning that says it cannot move. */
export function vendorUrlKeyOf(host: string): VendorUrlKey | undefined {
  return vendorHosts.get(host) ?? vendorHosts.get(host.replace(/^[^.]+\./, ''));
}

/** A function or variable named for a single-use ticket (`getTransferToken`, `createTicket`, `oneTimeToken`, `wsTicket`). */
export function isTicketName(name: string): boolean {
  return TICKET_NAME.test(normalizeParamName(name));
}

/** A variable named for a one-time password (`ONE_TIME_PASSWORD_NAME`): single-use like a ticket. */
export function isOneTimePasswordName(name: string): boolean {
  return ONE_TIME_PASSWORD_NAME.test(normalizeParamName(name));
}

/** A variable or property named for a public key (`anonKey`, `publishableKey`, `SUPABASE_ANON_KEY`). */
export function isPublicKeyName(name: string): boolean {
  return PUBLIC_KEY_NAME.test(name);
}

/**
 * A signed URL (presigned S3, CloudFront, Azure SAS) by how long it works: it grants what it names to whoever holds it
 * until it expires, so its lifetime is the risk. Short as a ticket: a note; up to a day: a warning; longer or unknown:
 * a credential. Already expired when logged: a note, harmless now.
 */
export function assessSignedUrl(
  label: string,
  deadline: SignedUrlDeadline | undefined,
  loggedAt: number | undefined,
  policy: TicketPolicy,
): Assessment {
  const lifetime =
    deadline?.lifetimeSeconds ?? (deadline?.expiresAt === undefined || loggedAt === undefined ? undefined : deadline.expiresAt - loggedAt);
  if (lifetime === undefined || lifetime > SIGNED_URL_MAX_WARNING_SECONDS) return { kind: 'credential', reason: `a ${label} signature` };
  if (lifetime <= 0) return { kind: 'ticket', reason: 'expired when logged', advice: 'harmless now' };
  const reason = `signed to work for ${lifetime} s`;
  return lifetime <= policy.maxTicketLifetimeSeconds
    ? { kind: 'ticket', reason, advice: 'an expiring capability by design; keep its expiry this short' }
    : {
        kind: 'short-lived',
        reason,
        advice: 'whoever reads the log can fetch what it names until it expires; shorten its expiry or redact signatures',
      };
}
