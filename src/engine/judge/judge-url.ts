import { ts } from '../ast/typescript.js';
import { findProviderTokens, classifySecretValue, createJwtRegex, matchProviderToken } from '../../secrets/shapes.js';
import { normalizeParamName } from '../../secrets/param-names.js';
import { decodeJwt, jwtFacts } from '../../secrets/jwt.js';
import {
  assessJwt,
  assessProviderToken,
  vendorUrlKeyOf,
  type VendorUrlKey,
  assessWrittenValue,
  DEFAULT_TICKET_POLICY,
  isReportable,
  isTransportSessionId,
  TRANSPORT_ID,
  type Assessment,
} from '../../secrets/credential-risk.js';
import { assessTaint } from './assess-taint.js';
import { knownPrefix, literalHost, matchesAllowedHost } from './allowed-hosts.js';
import type { AnalysisContext } from '../ast/context.js';
import { describeNode } from '../ast/describe-node.js';
import { parseUrl, spellOut, type ParsedUrl, type UrlParam, type UrlPart } from './url-parts.js';
import { secretOf, type Taint, type Value } from '../evaluate/value.js';

/** A secret that reaches a URL: which parameter carries it and how it got there. */
export interface Leak {
  /** Query parameter name; undefined when the secret sits in the path or under a dynamic name. */
  readonly parameter: string | undefined;
  readonly taint: Taint;
  /** The raw literal, when the secret is written in the code: only ever passed to protectSecret. */
  readonly secret?: string;
  /**
   * What the risk model (src/secrets/credential-risk.ts) made of it when it is not a plain credential: a ticket or a
   * transport id is reported as a note with its reason. Leaks the model does not report are never made.
   */
  readonly assessment?: Assessment;
  /** Where a caller passes the secret into a helper whose sink leaks it: the finding's place (judge-with-callers.ts). */
  readonly reportAt?: ts.Node;
}

/** Values of these names are identifiers, counters or labels, not credentials, even under `key=` or `sig=`. */
const NOT_SECRET_VALUE_NAME =
  /(?:id|ids|index|idx|page|name|count|size|type|kind|version|lang|locale|mode|room|channel|cursor|offset|limit)$/i;

/** Leaks in a URL value (string, template, `new URL`, provider function). */
export function judgeUrl(value: Value, context: AnalysisContext): Leak[] {
  const leaks = spellOut(value).flatMap((parts) => {
    if (isCustomScheme(parts)) return [];
    const host = literalHost(parts);
    if (host !== undefined && matchesAllowedHost(host, context.settings.allowedHosts ?? [])) return [];
    const vendor = host === undefined ? undefined : vendorUrlKeyOf(host);
    return asVendorKeys(judgeParsed(parseUrl(parts), context, vendor), vendor);
  });
  return withoutUnnamedRepeats(leaks);
}

/** The API a URL's text is sent to, when it takes its key only in the URL. */
export function vendorOfUrl(value: Value): VendorUrlKey | undefined {
  for (const parts of spellOut(value)) {
    const host = literalHost(parts);
    const vendor = host === undefined ? undefined : vendorUrlKeyOf(host);
    if (vendor) return vendor;
  }
  return undefined;
}

/** Leaks to an API that takes its key only in the URL are graded as such (a warning that says the key cannot move). */
function asVendorKeys(leaks: readonly Leak[], vendor: VendorUrlKey | undefined): Leak[] {
  return vendor ? leaks.map((leak) => ({ ...leak, assessment: leak.assessment ?? vendor.assessment })) : [...leaks];
}

/**
 * One secret found under its parameter's name in one spelling of the URL and without it in another is one leak: the
 * separator chosen at run time (`${url}${url.includes('?') ? '&' : '?'}token=${t}`) makes a spelling where `&` follows
 * a dynamic part, whose query is not known to start there.
 */
function withoutUnnamedRepeats(leaks: readonly Leak[]): Leak[] {
  const named = new Set(leaks.filter((leak) => leak.parameter !== undefined).map((leak) => leak.taint.origin.node));
  return leaks.filter((leak) => leak.parameter !== undefined || !named.has(leak.taint.origin.node));
}

/** Schemes whose URLs travel over HTTP, through proxies and access logs. */
const NETWORK_SCHEMES = new Set(['http', 'https', 'ws', 'wss']);

/**
 * A deep link into an app (`outline://…`, `myapp://auth?token=`): the operating system hands it to the app, and no
 * proxy, server or access log sees it.
 */
function isCustomScheme(parts: readonly UrlPart[]): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(knownPrefix(parts).text)?.[1];
  return scheme !== undefined && !NETWORK_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Leaks in an option the library turns into the query: a record or a query string. `vendor`: the API the call's URL
 * goes to, when it takes its key only in the URL (`axios.create({ baseURL: 'https://api.openweathermap.org', params })`).
 */
export function judgeQueryOption(value: Value, context: AnalysisContext, vendor?: VendorUrlKey): Leak[] {
  const record = value.kind === 'function' ? value.returns : value;
  if (record.kind === 'object') return asVendorKeys(judgeRecord(record, context, vendor), vendor);
  return asVendorKeys(
    spellOut(record).flatMap((parts) => judgeParsed(parseUrl(parts, true), context, vendor)),
    vendor,
  );
}

function judgeRecord(record: Extract<Value, { kind: 'object' }>, context: AnalysisContext, vendor: VendorUrlKey | undefined): Leak[] {
  const leaks = [...record.props].flatMap(([name, prop]) =>
    spellOut(prop.value).flatMap((value) => judgeParam({ name, nameNode: prop.node, dynamicName: [], value }, context, vendor) ?? []),
  );
  const spreadSecrets = record.spreads.map((spread) => secretOf(spread)).filter((taint) => taint !== undefined);
  const all = [...leaks, ...spreadSecrets.map((taint) => taintLeak(undefined, taint))];
  return all.filter((leak) => leak.assessment === undefined || isReportable(leak.assessment));
}

function judgeParsed(url: ParsedUrl, context: AnalysisContext, vendor: VendorUrlKey | undefined): Leak[] {
  const leaks: Leak[] = [];
  for (const [index, value] of url.pathValues.entries()) {
    const taint = secretOf(value) ?? vendorPathKey(value, url.textBeforePathValues[index] ?? '', vendor);
    if (taint && acceptedInPath(taint)) leaks.push(taintLeak(undefined, taint));
  }
  leaks.push(...literalSecretsInPath(url.pathText));
  const names = new Set(url.params.map((param) => normalizeParamName(param.name)));
  const path = url.pathText.map((part) => (part.kind === 'text' ? part.text : '')).join('');
  for (const param of url.params) {
    const leak = judgeParam(param, context, vendor);
    if (!leak) continue;
    leaks.push(isTransportSessionId(param.name, names, `${path}?`) ? { ...leak, assessment: TRANSPORT_ID } : leak);
  }
  return leaks.filter((leak) => leak.assessment === undefined || isReportable(leak.assessment));
}

/** A value written where the vendor's URL holds its key (`https://api.telegram.org/bot${…}/`), whatever it is named. */
function vendorPathKey(value: Value, textBefore: string, vendor: VendorUrlKey | undefined): Taint | undefined {
  const node = nodeOf(value);
  if (vendor?.keyPathPrefix === undefined || !textBefore.endsWith(vendor.keyPathPrefix) || !node) return undefined;
  return { origin: { node, message: `\`${describeNode(node)}\` is written where the URL holds the API's key` }, steps: [] };
}

/** A leak of a value that flowed here: what its names and source say of it (a public key, a ticket), if anything. */
function taintLeak(parameter: string | undefined, taint: Taint): Leak {
  const assessment = assessTaint(taint);
  return assessment ? { parameter, taint, assessment } : { parameter, taint };
}

/**
 * REST paths name resources: `/sessions/${sessionId}` is an id far more often than the session cookie. In a path
 * a session-named value counts only when a source (not just its name) says it is a credential.
 */
function acceptedInPath(taint: Taint): boolean {
  return taint.byName !== 'session';
}

/**
 * A JWT or provider token written into the path (`/hooks/xoxb-…`): only shapes that cannot be anything else. Text
 * parts that follow each other are read as one, since a shape may start in the host (`https://api.telegram.org/bot` +
 * a constant bot token); the finding is placed at the part where the secret ends.
 */
function literalSecretsInPath(parts: readonly UrlPart[]): Leak[] {
  return textRuns(parts).flatMap((run) => {
    const text = run.map((part) => part.text).join('');
    const jwts = [...text.matchAll(createJwtRegex())]
      .filter((match) => assessWrittenValue(match[0]) === undefined)
      .map((match) => ({ value: match[0], end: match.index + match[0].length }));
    const tokens = findProviderTokens(text)
      .filter((match) => isReportable(assessProviderToken(match.value, match.shape)))
      .map((match) => ({ value: match.value, end: match.index + match.value.length }));
    return [...jwts, ...tokens].map(({ value, end }) => ({
      parameter: undefined,
      secret: value,
      taint: literalTaint(partEndingAt(run, end).node, 'a credential written into the URL path'),
    }));
  });
}

type TextPart = Extract<UrlPart, { kind: 'text' }>;

/** Runs of text parts with no dynamic part between them. */
function textRuns(parts: readonly UrlPart[]): TextPart[][] {
  const runs: TextPart[][] = [[]];
  for (const part of parts) {
    if (part.kind === 'text') runs.at(-1)?.push(part);
    else runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/** The part of a run that holds the character before `end` (the run's joined text). */
function partEndingAt(run: readonly TextPart[], end: number): TextPart {
  let offset = 0;
  for (const part of run) {
    offset += part.text.length;
    if (end <= offset) return part;
  }
  return run.at(-1) as TextPart;
}

/**
 * One parameter: a secret value of any name; or a sensitive name (shared table) with a value that is not a
 * constant, or with a constant shaped like a secret. `vendor`: the API the URL goes to, whose key parameters hold its
 * key whatever their name says elsewhere.
 */
function judgeParam(param: UrlParam, context: AnalysisContext, vendor: VendorUrlKey | undefined): Leak | undefined {
  const name = param.name === '' ? undefined : param.name;
  const dynamic = param.value.flatMap((part) => (part.kind === 'dynamic' ? [part.value] : []));
  for (const value of [...param.dynamicName, ...dynamic]) {
    const taint = secretOf(value);
    if (taint) return taintLeak(name, taint);
  }
  if (name === undefined) return undefined;
  const entry = context.classifyName(name);
  if (!entry) return undefined;
  const needsSecretValue = entry.needsSecretValue && !vendor?.keyParams.has(normalizeParamName(name));
  if (dynamic.length === 0) return judgeConstant(name, param, needsSecretValue);
  const undecided = dynamic.filter((value) => !isClearlyNotSecret(value, needsSecretValue, context));
  const [first] = undecided;
  if (!first) return undefined;
  const node = nodeOf(first) ?? param.nameNode;
  if (!node) return undefined;
  return taintLeak(name, { origin: { node, message: `\`${describeNode(node)}\` is sent as the "${name}" parameter` }, steps: [] });
}

function judgeConstant(name: string, param: UrlParam, needsSecretValue: boolean): Leak | undefined {
  const literal = param.value.map((part) => (part.kind === 'text' ? part.text : '')).join('');
  const shape = classifySecretValue(decodeSafely(literal));
  if (!shape || (needsSecretValue && shape === 'high-entropy' && literal.length < 32)) return undefined;
  const assessment = assessLiteral(decodeSafely(literal));
  if (assessment && !isReportable(assessment)) return undefined;
  const node = param.value.find((part) => part.kind === 'text')?.node ?? param.nameNode;
  if (!node) return undefined;
  return {
    parameter: name,
    secret: decodeSafely(literal),
    taint: literalTaint(node, `a credential-shaped literal (${shape}) in "${name}"`),
    ...(assessment && assessment.kind !== 'credential' ? { assessment } : {}),
  };
}

/** A credential written in the code: a documentation example, a mask or a publishable key is none. */
function assessLiteral(literal: string): Assessment | undefined {
  const written = assessWrittenValue(literal);
  if (written) return written;
  const decoded = decodeJwt(literal);
  if (decoded) return assessJwt(literal, jwtFacts(decoded), DEFAULT_TICKET_POLICY);
  const shape = matchProviderToken(literal);
  return shape ? assessProviderToken(literal, shape) : undefined;
}

function literalTaint(node: ts.Node, message: string): Taint {
  return { origin: { node, message }, steps: [] };
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Numbers, booleans and id-like names are never credentials; with a checker, the type says so too. */
function isClearlyNotSecret(value: Value, needsSecretValue: boolean, context: AnalysisContext): boolean {
  if ((value.kind === 'opaque' || value.kind === 'literal') && value.numeric) return true;
  const node = nodeOf(value);
  if (!node) return false;
  // A member read off a parameter (`c.appID`) is named by its member, not by the parameter it comes from.
  const name = value.kind === 'param' && value.path.length > 0 ? (value.path.at(-1) ?? '') : lastName(node);
  if (needsSecretValue && NOT_SECRET_VALUE_NAME.test(name)) return true;
  return context.typed && ts.isExpression(node) && isNumberOrBoolean(context.checker.getTypeAtLocation(node));
}

function isNumberOrBoolean(type: ts.Type): boolean {
  const flags = ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null;
  if (type.isUnion()) return type.types.every(isNumberOrBoolean);
  return (type.flags & flags) !== 0;
}

function nodeOf(value: Value): ts.Node | undefined {
  return 'node' in value ? value.node : undefined;
}

function lastName(node: ts.Node): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isCallExpression(node)) return lastName(node.expression);
  return '';
}
