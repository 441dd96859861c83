import { normalizeParamName } from '../../secrets/param-names.js';

/**
 * Cloud storage URLs signed by a key: the signature parameter is the credential. Its generic name (`sig`) alone
 * needs a secret-shaped value; with a companion parameter of the scheme in the same line it is reported whatever
 * the value looks like. Names in `identifying` name the signer and are reported only as part of the signature.
 */
export interface SignedUrlScheme {
  readonly label: string;
  readonly signature: string;
  readonly companions: readonly string[];
  readonly identifying: readonly string[];
}

export const signedUrlSchemes: readonly SignedUrlScheme[] = [
  {
    label: 'AWS presigned URL',
    signature: 'xamzsignature',
    companions: ['xamzcredential', 'xamzalgorithm', 'xamzdate'],
    identifying: ['xamzcredential'],
  },
  {
    label: 'Google Cloud Storage signed URL',
    signature: 'xgoogsignature',
    companions: ['xgoogcredential', 'xgoogalgorithm'],
    identifying: ['xgoogcredential'],
  },
  { label: 'Azure SAS URL', signature: 'sig', companions: ['sv', 'se', 'sp', 'sr', 'spr'], identifying: [] },
];

const identifyingNames = new Set(signedUrlSchemes.flatMap((scheme) => scheme.identifying));

export function isIdentifyingOnly(name: string): boolean {
  return identifyingNames.has(normalizeParamName(name));
}

/** The scheme whose signature `name` is, when one of its companions is among `namesInLine` (normalized). */
export function findSignedUrlScheme(name: string, namesInLine: ReadonlySet<string>): SignedUrlScheme | undefined {
  const normalized = normalizeParamName(name);
  return signedUrlSchemes.find(
    (scheme) => scheme.signature === normalized && scheme.companions.some((companion) => namesInLine.has(companion)),
  );
}
