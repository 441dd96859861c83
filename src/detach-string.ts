/**
 * V8 keeps a substring as a view on its parent, so a 20-byte token sliced from a 512 KiB block string (or a name from a
 * source file's text) keeps the whole parent alive for as long as the piece is remembered (in a cache, a finding, a
 * replay map). Whatever outlives its parent is detached first: a flat copy of its own.
 */
export function detachString(text: string): string {
  return (' ' + text).slice(1);
}
