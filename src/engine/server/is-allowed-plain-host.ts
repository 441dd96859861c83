/** Loopback names and addresses, where `ws://` never leaves the machine. */
const LOOPBACK = /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/;

/** Whether plain `ws://` to this host is acceptable: loopback, or a host the settings allow (`*.internal` patterns too). */
export function isAllowedPlainHost(host: string, allowedHosts: readonly string[]): boolean {
  if (LOOPBACK.test(host)) return true;
  return allowedHosts.some((allowed) => {
    const pattern = allowed.toLowerCase();
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
}
