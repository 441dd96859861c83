import type { Finding, PropertyValue } from '../findings/finding.js';
import { detachString } from '../detach-string.js';

export { detachString };

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
