import type { UrlPart } from './url-parts.js';

/** Whether a host is one the settings accept (`allowedHosts`: exact names, or `*.internal` for every name under one). */
export function matchesAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  const name = host.toLowerCase();
  return allowedHosts.some((allowed) => {
    const pattern = allowed.toLowerCase();
    return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern;
  });
}

/**
 * The host (lower case, IPv6 in brackets) at the start of what follows `scheme://`, user info skipped. When the text
 * is only the beginning of a URL (`complete` false: a dynamic part follows), the host counts only if something ends it.
 */
export function hostAfterScheme(rest: string, complete: boolean): string | undefined {
  const authority = /^[^/?#]*@/.exec(rest);
  const afterUserInfo = authority ? rest.slice(authority[0].length) : rest;
  const match = /^(\[[^\]]*\]|[^/:?#]*)([/:?#])?/.exec(afterUserInfo);
  const host = match?.[1] ?? '';
  if (match?.[2] === undefined && !complete) return undefined;
  return host.toLowerCase();
}

/** The host of a URL whose beginning is written out (`https://api.telegram.org/bot…`); undefined otherwise. */
export function literalHost(parts: readonly UrlPart[]): string | undefined {
  const { text, complete } = knownPrefix(parts);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  return scheme ? hostAfterScheme(text.slice(scheme[0].length), complete) || undefined : undefined;
}

/** The literal text at the start of the URL, and whether the URL ends there (no run-time part follows). */
export function knownPrefix(parts: readonly UrlPart[]): { text: string; complete: boolean } {
  let text = '';
  for (const part of parts) {
    if (part.kind === 'dynamic') return { text, complete: false };
    text += part.text;
  }
  return { text, complete: true };
}
