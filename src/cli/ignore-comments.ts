import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getRule } from '../catalog/catalog.js';
import type { Finding } from '../findings/finding.js';

/**
 * `// urlleak-ignore-next-line ws-token-in-url, log-raw-url -- reason` (or the same in a block comment; in server
 * configuration, after `#`). Without rule ids it silences every rule on the next line, like
 * `eslint-disable-next-line`; `urlleak/<id>` also works.
 */
const DIRECTIVE = /(?:\/\/|\/\*|#)\s*urlleak-ignore-next-line\b(.*?)(?:\*\/\s*\}?)?\s*$/;

/** The rule ids a line's directive names, `'*'` for all; undefined when the line has no directive. */
export function parseIgnoreDirective(line: string): ReadonlySet<string> | undefined {
  const match = DIRECTIVE.exec(line);
  if (!match) return undefined;
  const [ruleList = ''] = (match[1] ?? '').split(/\s--\s|\s--$/);
  const ids = ruleList
    .split(/[\s,]+/)
    .filter((id) => id !== '')
    .map((id) => id.replace(/^urlleak\//, ''));
  return new Set(ids.length > 0 ? ids : ['*']);
}

/** Drops code and configuration findings whose line is preceded by a directive naming their rule. Logs have no comments. */
export async function dropIgnoredFindings(findings: readonly Finding[], cwd: string): Promise<Finding[]> {
  const linesByPath = new Map<string, Promise<readonly string[]>>();
  const linesOf = (path: string) => {
    let lines = linesByPath.get(path);
    if (!lines) {
      lines = readFile(resolve(cwd, path), 'utf8').then(
        (text) => text.split(/\r?\n/),
        () => [],
      );
      linesByPath.set(path, lines);
    }
    return lines;
  };
  const kept = await Promise.all(
    findings.map(async (finding) => {
      if (getRule(finding.ruleId).area === 'logs') return true;
      const previous = (await linesOf(finding.location.path))[finding.location.line - 2];
      const ignored = previous === undefined ? undefined : parseIgnoreDirective(previous);
      return !(ignored && (ignored.has('*') || ignored.has(finding.ruleId)));
    }),
  );
  return findings.filter((_finding, index) => kept[index]);
}
