/** Whether a host is one the settings accept (`allowedHosts`: exact names, or `*.internal` for every name under one). */
export function matchesAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  const name = host.toLowerCase();
  return allowedHosts.some((allowed) => {
    const pattern = allowed.toLowerCase();
    return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern;
  });
}

/** The host of a URL whose beginning is written out (`https://api.telegram.org/bot…`), lower case; undefined otherwise. */
export function literalHost(text: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(text)?.[1]?.toLowerCase();
}
