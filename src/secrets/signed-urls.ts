import { normalizeParamName } from './param-names.js';

/**
 * URLs signed by a key (cloud storage, CDNs): the signature parameter is the credential, and the URL's expiry says for
 * how long it grants what it names. Its generic name (`sig`, `Signature`) alone needs a secret-shaped value; with a
 * companion parameter of the scheme in the same URL it is reported whatever the value looks like. Names in
 * `identifying` name the signer and are reported only as part of the signature.
 */
export interface SignedUrlScheme {
  readonly label: string;
  /** Normalized parameter names (`normalizeParamName`). */
  readonly signature: string;
  readonly companions: readonly string[];
  readonly identifying: readonly string[];
  /** Where the URL says when it stops working. */
  readonly expiry: SignedUrlExpiry;
  readonly source: string;
}

/**
 * `lifetime`: seconds from signing (AWS `X-Amz-Expires`); `epoch`: an absolute time in epoch seconds (CloudFront's
 * canned `Expires`); `iso`: an absolute ISO 8601 time (Azure's `se`), with the start in `start` when the URL has one.
 */
export type SignedUrlExpiry =
  | { readonly type: 'lifetime'; readonly param: string }
  | { readonly type: 'epoch'; readonly param: string }
  | { readonly type: 'iso'; readonly param: string; readonly start: string };

export const signedUrlSchemes: readonly SignedUrlScheme[] = [
  {
    label: 'AWS presigned URL',
    signature: 'xamzsignature',
    companions: ['xamzcredential', 'xamzalgorithm', 'xamzdate'],
    // The STS session token of temporary credentials signs nothing without the role's secret key.
    identifying: ['xamzcredential', 'xamzsecuritytoken'],
    expiry: { type: 'lifetime', param: 'xamzexpires' },
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html',
  },
  {
    label: 'Google Cloud Storage signed URL',
    signature: 'xgoogsignature',
    companions: ['xgoogcredential', 'xgoogalgorithm'],
    identifying: ['xgoogcredential'],
    expiry: { type: 'lifetime', param: 'xgoogexpires' },
    source: 'https://cloud.google.com/storage/docs/authentication/signatures#required-query-parameters',
  },
  {
    label: 'Azure SAS URL',
    signature: 'sig',
    companions: ['sv', 'se', 'sp', 'sr', 'spr'],
    identifying: [],
    expiry: { type: 'iso', param: 'se', start: 'st' },
    source: 'https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas',
  },
  {
    label: 'CloudFront signed URL',
    signature: 'signature',
    companions: ['keypairid', 'expires', 'policy'],
    identifying: ['keypairid'],
    expiry: { type: 'epoch', param: 'expires' },
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html',
  },
];

/**
 * Longest a signed URL may work and still be a warning rather than an error: a day. SDKs default to 15 minutes (AWS)
 * or an hour and allow up to 7 days (AWS SigV4, GCS V4); a URL that works for days is as good as a key to what it names.
 */
export const SIGNED_URL_MAX_WARNING_SECONDS = 86_400;

/**
 * Whether `name` only identifies (a key id, a session token) in a signed URL among `namesInLine` (normalized), one
 * with its signature: the signature is the URL's finding. Outside one, `X-Amz-Security-Token` in a header dump is
 * judged on its own, though a signed request's headers have `X-Amz-Date` beside it.
 */
export function isIdentifyingIn(name: string, namesInLine: Pick<ReadonlySet<string>, 'has'>): boolean {
  const normalized = normalizeParamName(name);
  return signedUrlSchemes.some((scheme) => scheme.identifying.includes(normalized) && namesInLine.has(scheme.signature));
}

/** The scheme whose signature `name` is, when one of its companions is among `namesInLine` (normalized). */
export function findSignedUrlScheme(name: string, namesInLine: Pick<ReadonlySet<string>, 'has'>): SignedUrlScheme | undefined {
  const normalized = normalizeParamName(name);
  return signedUrlSchemes.find(
    (scheme) => scheme.signature === normalized && scheme.companions.some((companion) => namesInLine.has(companion)),
  );
}

/**
 * When a signed URL stops working, from the values of its parameters (normalized name → decoded value):
 * `lifetimeSeconds` when the URL counts from its signing, `expiresAt` (epoch seconds) when it names a time;
 * undefined when the URL does not say in a form read here (CloudFront's custom policy, a malformed value).
 */
export interface SignedUrlDeadline {
  readonly lifetimeSeconds?: number;
  readonly expiresAt?: number;
}

export function readSignedUrlDeadline(
  scheme: SignedUrlScheme,
  valueOf: (normalizedName: string) => string | undefined,
): SignedUrlDeadline | undefined {
  const raw = valueOf(scheme.expiry.param);
  if (raw === undefined) return undefined;
  switch (scheme.expiry.type) {
    case 'lifetime':
      return wholeSeconds(raw, (seconds) => ({ lifetimeSeconds: seconds }));
    case 'epoch':
      return wholeSeconds(raw, (seconds) => ({ expiresAt: seconds }));
    case 'iso':
      return isoDeadline(raw, valueOf(scheme.expiry.start));
  }
}

const WHOLE_SECONDS = /^\d{1,12}$/;

function wholeSeconds(raw: string, deadline: (seconds: number) => SignedUrlDeadline): SignedUrlDeadline | undefined {
  return WHOLE_SECONDS.test(raw) ? deadline(Number(raw)) : undefined;
}

/** Azure's `se` (and `st`) are UTC ISO 8601 times or dates: with a start, the lifetime; without one, the end. */
function isoDeadline(end: string, start: string | undefined): SignedUrlDeadline | undefined {
  const endMs = Date.parse(end);
  if (Number.isNaN(endMs)) return undefined;
  const startMs = start === undefined ? Number.NaN : Date.parse(start);
  if (!Number.isNaN(startMs)) return { lifetimeSeconds: Math.round((endMs - startMs) / 1000) };
  return { expiresAt: Math.floor(endMs / 1000) };
}
