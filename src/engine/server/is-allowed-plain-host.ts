import { matchesAllowedHost } from '../judge/allowed-hosts.js';

/**
 * Hosts where `ws://` never leaves the machine:
 * - `localhost` and every name under `.localhost` (RFC 6761 §6.3: they resolve to loopback), a trailing dot too;
 * - IPv4 loopback `127.0.0.0/8` and IPv6 loopback `[::1]` (also IPv4-mapped, `[::ffff:127.0.0.1]`);
 * - the unspecified addresses `0.0.0.0` and `[::]`: as a destination, the OS connects to the local host (tests that
 *   reuse the server's listen address, `ws://0.0.0.0:<port>`);
 * - `host.docker.internal`: Docker's name for the host machine as seen from a container, a virtual interface of the
 *   same machine (bridge or Docker Desktop's VM), never a physical network.
 */
const LOCAL_HOST = new RegExp(
  `^(?:${[
    'localhost',
    '.+\\.localhost',
    '127(?:\\.\\d{1,3}){3}',
    '0\\.0\\.0\\.0',
    '\\[::1?\\]',
    '\\[(?:0{1,4}:){7}0{0,3}[01]\\]',
    '::1',
    '\\[::ffff:127(?:\\.\\d{1,3}){3}\\]',
    'host\\.docker\\.internal',
  ].join('|')})\\.?$`,
);

/** Whether plain `ws://` to this host is acceptable: a local host, or a host the settings allow (`*.internal` patterns too). */
export function isAllowedPlainHost(host: string, allowedHosts: readonly string[]): boolean {
  return isLocalHost(host) || matchesAllowedHost(host, allowedHosts);
}

/** A host (lower-case, IPv6 in brackets) that names this machine. */
function isLocalHost(host: string): boolean {
  return LOCAL_HOST.test(host);
}
