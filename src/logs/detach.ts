import type { Finding, PropertyValue } from '../findings/finding.js';

/**
 * V8 keeps a substring as a view on its parent, so a 20-byte token sliced from a 512 KiB block string keeps the
 * whole block alive for as long as the token is remembered (in a cache, a finding, a replay map). Whatever outlives
 * the block is detached first: a flat copy of its own.
 */
export function detachString(text: string): string {
  return (' ' + text).slice(1);
}

/** The finding with every string that may derive from the log line detached (numbers and decoded claims are fresh). */
export function detachFinding(finding: Finding): Finding {
  return {
    ...finding,
    message: detachString(finding.message),
    ...(finding.secret ? { secret: { ...finding.secret, redacted: detachString(finding.secret.redacted) } } : {}),
    ...(finding.properties ? { properties: detachProperties(finding.properties) } : {}),
  };
}

function detachProperties(properties: { readonly [key: string]: PropertyValue }): { [key: string]: PropertyValue } {
  const detached: { [key: string]: PropertyValue } = {};
  for (const [key, value] of Object.entries(properties)) detached[key] = typeof value === 'string' ? detachString(value) : value;
  return detached;
}
