import {
  assessCredentialPart,
  assessJwt,
  assessNamedValue,
  assessProviderToken,
  assessSignedUrl,
  assessWrittenValue,
  CREDENTIAL,
  isReportable,
  TRANSPORT_ID,
  type Assessment,
  type TicketPolicy,
} from '../../secrets/credential-risk.js';
import type { LineSecret } from './detect-line.js';

/**
 * What a secret found in a log line is, by the shared risk model (src/secrets/credential-risk.ts). `loggedAt` (epoch
 * seconds, the line's time) dates what a URL says only as a time: a signed URL's expiry.
 */
export function assessLineSecret(secret: LineSecret, policy: TicketPolicy, loggedAt?: number): Assessment {
  const singleUseName = secret.param?.entry?.singleUse === true;
  const part = secret.param && !secret.signedUrl ? assessCredentialPart(secret.param.name) : undefined;
  if (part) return assessWrittenValue(secret.value) ?? part;
  if (secret.jwt) return assessJwt(secret.value, secret.jwt, policy, singleUseName);
  if (secret.provider) return assessProviderToken(secret.value, secret.provider);
  if (secret.transportId) return TRANSPORT_ID;
  if (secret.signedUrl) return assessSignedUrlSecret(secret, secret.signedUrl.label, policy, loggedAt);
  if (secret.param?.entry) return assessNamedValue(secret.param.name, secret.param.entry, secret.value);
  return assessWrittenValue(secret.value) ?? CREDENTIAL;
}

/** A signed URL: an example when its signature or its signer is one (the S3 docs' AKIAIOSFODNN7EXAMPLE), else by its lifetime. */
function assessSignedUrlSecret(secret: LineSecret, label: string, policy: TicketPolicy, loggedAt: number | undefined): Assessment {
  const written = assessWrittenValue(secret.value);
  if (written) return written;
  const signer = secret.signedUrlSigner === undefined ? undefined : assessWrittenValue(secret.signedUrlSigner);
  if (signer?.kind === 'example') return { kind: 'example', reason: 'a signed URL of a documentation example credential' };
  return assessSignedUrl(label, secret.signedUrlDeadline, loggedAt, policy);
}

/** Lifetimes only grade what is reported: whether a secret is reported at all does not depend on them. */
const ANY_LIFETIME: TicketPolicy = { maxTicketLifetimeSeconds: 0 };

/** Whether the risk model reports this secret at all (not a public key, an example, a placeholder, a mask or a flag). */
export function isReportableSecret(secret: LineSecret): boolean {
  return isReportable(assessLineSecret(secret, ANY_LIFETIME));
}
