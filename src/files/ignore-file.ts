import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Turns one gitignore line into fast-glob ignore patterns. A pattern without an inner slash matches at any depth;
 * a leading slash anchors it; a trailing slash means a directory. Negations are not supported by fast-glob's
 * ignore list and are dropped: a file that a `!pattern` re-includes stays ignored (a known gap).
 */
export function gitignoreToGlobs(line: string): string[] {
  const pattern = line.trim();
  if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) return [];
  const directoryOnly = pattern.endsWith('/');
  const body = pattern.replace(/^\/|\/$/g, '');
  const anchored = pattern.startsWith('/') || body.includes('/');
  const base = anchored ? body : `**/${body}`;
  return directoryOnly ? [`${base}/**`] : [base, `${base}/**`];
}

export async function readIgnoreFile(directory: string, name: string): Promise<string[]> {
  try {
    const text = await readFile(join(directory, name), 'utf8');
    return text.split(/\r?\n/).flatMap(gitignoreToGlobs);
  } catch {
    return [];
  }
}
