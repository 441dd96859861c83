import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/redact/index.js';
import { generateCorpus } from '../logs/corpus/generate-corpus.js';
import { accessLine, findingsIn } from './scan-lines.js';

/**
 * The round trip of issue #17: every URL the log corpus plants (request targets and Referers of its nginx `combined`
 * lines, absolute URLs of its ALB lines), passed through `redactUrl` and written as access-log lines, leaves nothing
 * for the log scanner, while the originals are found; and a URL the scanner finds nothing in comes back byte for byte.
 */
const corpus = generateCorpus({ seed: 17, linesPerFormat: 600 });
const REQUEST = /"GET (\S+) HTTP\/[\d.]+"/;
const REFERER = /^\S+ - - \[[^\]]+\] "[^"]*" \d+ \d+ "([^"]*)"/;

function urlsOf(format: string, pattern: RegExp): string[] {
  const log = corpus.find((candidate) => candidate.format === format);
  if (!log) throw new Error(`no ${format} log in the corpus`);
  return log.content.split('\n').flatMap((line) => {
    const url = pattern.exec(line)?.[1];
    return url === undefined || url === '-' ? [] : [url];
  });
}

const urls = [...urlsOf('nginx-combined', REQUEST), ...urlsOf('nginx-combined', REFERER), ...urlsOf('aws-alb', REQUEST)];

describe('redactUrl on the log corpus', () => {
  it('reads a few hundred URLs from it, planted secrets and look-alikes', () => {
    expect(urls.length).toBeGreaterThan(1000);
  });

  it('leaves no finding in the redacted lines, where the originals have hundreds', async () => {
    const before = await findingsIn(urls.map((url) => accessLine(url)));
    expect(before.length).toBeGreaterThan(300);
    expect(await findingsIn(urls.map((url) => accessLine(redactUrl(url))))).toEqual([]);
  });

  it('changes exactly the URLs the scanner finds something in', async () => {
    const flagged = new Set((await findingsIn(urls.map((url) => accessLine(url)))).map((finding) => finding.location.line - 1));
    const changed = urls.flatMap((url, index) => (redactUrl(url) === url ? [] : [index]));
    expect(changed).toEqual([...flagged].sort((a, b) => a - b));
  });
});
