/**
 * The module an import specifier names, as the tables spell it: `node:` dropped, and a package's build output
 * (`@microsoft/signalr/dist/browser/signalr.js`, `socket.io-client/dist/socket.io`, `ws/lib/websocket`) read as the
 * package itself. Projects import a bundle by its path to pick a browser or CommonJS build; it is the same API.
 * Public subpath exports (`next/server`, `@apollo/client/link/ws`) are other APIs and stay as written.
 */
export function moduleOfSpecifier(specifier: string): string {
  // `'node:'` alone is its own (odd) specifier, not the empty one.
  const bare = specifier.startsWith('node:') && specifier.length > 'node:'.length ? specifier.slice('node:'.length) : specifier;
  const match = BUILD_OUTPUT.exec(bare);
  return match?.[1] ?? bare;
}

/** A package name (scoped or not), then a folder packages put their built files in. */
const BUILD_OUTPUT = /^((?:@[^/]+\/)?[^/.@][^/]*)\/(?:dist|lib|build|umd|esm|cjs|bundles?)(?:\/|$)/;
