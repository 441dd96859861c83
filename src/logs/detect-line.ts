import { decodeJwt, jwtFacts, type JwtFacts } from '../secrets/jwt.js';
import { classifyParamName, normaliseParamName, type SecretKind, type SecretParamName } from '../secrets/param-names.js';
import { classifySecretValue, createJwtRegex, findProviderTokens, isPlaceholderValue, type ProviderTokenShape } from '../secrets/shapes.js';
import { findUrlParams, type UrlParam } from './find-url-params.js';
import type { LineContext } from './formats.js';
import { findSignedUrlScheme, isIdentifyingOnly, type SignedUrlScheme } from './signed-urls.js';

/** One secret in one line. `value` is the raw secret: it stays inside the scanner and is never put in a finding. */
export interface LineSecret {
  readonly kind: 'url-param' | 'jwt' | 'provider-token';
  readonly value: string;
  /** Span of the secret as written in the line (percent-encoded when nested in another URL). */
  readonly start: number;
  readonly end: number;
  /** Start of the context the detection needed (the parameter name): long-line windows split on it. */
  readonly anchor: number;
  /** Where in the line: "request line", "Referer", `JSON field "req.url"`, or "log line". */
  readonly where: string;
  readonly param: { readonly name: string; readonly entry: SecretParamName | undefined } | undefined;
  readonly signedUrl: SignedUrlScheme | undefined;
  readonly jwt: JwtFacts | undefined;
  readonly provider: ProviderTokenShape | undefined;
}

/** Shortest value worth reporting per parameter kind: `token=1` is a flag, `password=abc` is still a password. */
const MIN_VALUE_LENGTH: Partial<Record<SecretKind, number>> = { password: 1, otp: 4 };
const DEFAULT_MIN_VALUE_LENGTH = 8;

const jwtRegex = createJwtRegex();

/**
 * Every secret in a line, whatever its format: sensitive URL parameters, JWTs and provider tokens. A JWT or
 * provider token that is the value of a parameter is one secret (reported by its shape, naming the parameter).
 */
export function detectLineSecrets(line: string, context: LineContext): LineSecret[] {
  const params = findUrlParams(line);
  const whereOf = (index: number) => context.regions.find((region) => index >= region.start && index < region.end)?.label ?? 'log line';
  const enclosingParam = (found: ShapedSecret) => params.find((candidate) => found.start >= candidate.valueStart && found.end <= candidate.valueEnd);
  // The access key id inside `X-Amz-Credential` names the signer; the signature is the secret.
  const shaped = [...findJwts(line), ...findProviders(line)].filter((found) => !isIdentifyingOnly(enclosingParam(found)?.name ?? '')).map((found) => {
    const param = enclosingParam(found);
    return {
      ...found,
      anchor: param?.anchor ?? found.start,
      where: whereOf(found.start),
      param: param ? { name: param.name, entry: classifyParamName(param.name) } : undefined,
    };
  });
  const covered = (param: UrlParam) => shaped.some((secret) => secret.start >= param.valueStart && secret.end <= param.valueEnd);
  const namesInLine = new Set(params.map((param) => normaliseParamName(param.name)));
  const fromParams = params.flatMap((param) => (covered(param) ? [] : paramSecret(param, namesInLine, whereOf)));
  return [...shaped, ...fromParams].sort((a, b) => a.start - b.start);
}

type ShapedSecret = Omit<LineSecret, 'anchor' | 'where' | 'param'>;

function findJwts(line: string): ShapedSecret[] {
  if (!line.includes('eyJ')) return [];
  const found: ShapedSecret[] = [];
  jwtRegex.lastIndex = 0;
  for (let match = jwtRegex.exec(line); match; match = jwtRegex.exec(line)) {
    const decoded = decodeJwt(match[0]);
    if (!decoded) continue;
    found.push({ kind: 'jwt', value: match[0], start: match.index, end: match.index + match[0].length, signedUrl: undefined, jwt: jwtFacts(decoded), provider: undefined });
  }
  return found;
}

function findProviders(line: string): ShapedSecret[] {
  return findProviderTokens(line).map((match) => ({
    kind: 'provider-token',
    value: match.value,
    start: match.index,
    end: match.index + match.value.length,
    signedUrl: undefined,
    jwt: undefined,
    provider: match.shape,
  }));
}

function paramSecret(param: UrlParam, namesInLine: ReadonlySet<string>, whereOf: (index: number) => string): LineSecret[] {
  const entry = classifyParamName(param.name);
  if (!entry || isIdentifyingOnly(param.name) || !isCredentialValue(param.value, entry)) return [];
  const signedUrl = findSignedUrlScheme(param.name, namesInLine);
  if (!signedUrl && entry.needsSecretValue && classifySecretValue(param.value) === undefined) return [];
  return [
    {
      kind: 'url-param',
      value: param.value,
      start: param.valueStart,
      end: param.valueEnd,
      anchor: param.anchor,
      where: whereOf(param.valueStart),
      param: { name: param.name, entry },
      signedUrl,
      jwt: undefined,
      provider: undefined,
    },
  ];
}

function isCredentialValue(value: string, entry: SecretParamName): boolean {
  if (isPlaceholderValue(value) || value.includes('://')) return false;
  return value.length >= (MIN_VALUE_LENGTH[entry.kind] ?? DEFAULT_MIN_VALUE_LENGTH);
}
