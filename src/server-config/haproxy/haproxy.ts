import type { AccessLogLeak, RecordedPart } from '../access-log-leak.js';
import { readDirectiveLines, type DirectiveLine, type LineWord } from '../directive-lines.js';
import { HAPROXY_VARIABLES } from '../recorded-fields.js';
import { createPositionIndex, type Position } from '../text-position.js';

/** Keywords that start a section of haproxy.cfg. Source: https://docs.haproxy.org/3.0/configuration.html#4 and #3. */
const SECTION_KEYWORDS = new Set([
  'global',
  'defaults',
  'frontend',
  'backend',
  'listen',
  'peers',
  'resolvers',
  'userlist',
  'program',
  'http-errors',
  'ring',
  'mailers',
  'cache',
  'crt-store',
  'traces',
]);

/** `%r`, `%{+Q}r`, `%HU`: flags in braces, then the variable's name. */
const LOG_VARIABLE = /%(?:\{[^}]*\})?([A-Za-z]+)/g;
/** `%[capture.req.uri]`, `%[url]`, `%[req.hdr(referer)]`: sample expressions, judged by their first fetch. */
const LOG_SAMPLE = /%(?:\{[^}]*\})?\[([^\]]*)\]/g;

/** Sample fetches that return the query or the Referer. Source: https://docs.haproxy.org/3.0/configuration.html#7.3.6 */
function recordedBySample(expression: string): { part: RecordedPart; meaning: string } | undefined {
  const fetch = expression.split(',')[0]?.trim().toLowerCase() ?? '';
  if (/^(capture\.req\.uri|url|pathq|query)$/.test(fetch)) return { part: 'query', meaning: `the \`${fetch}\` sample, query included` };
  if (/^(req\.)?hdr\(\s*referer\s*(,.*)?\)$/.test(fetch)) return { part: 'referer', meaning: 'the Referer header' };
  return undefined;
}

/** What `option httplog` logs, with the request line's path in place of the URI: the drop-in replacement. */
const HTTPLOG_WITHOUT_QUERY =
  'log-format "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc %ac/%fc/%bc/%sc/%rc %sq/%bq %hr %hs \\"%HM %HPO %HV\\""';

const FIX: Record<RecordedPart, string> = {
  query: 'Log %HPO (the path without its query) in place of %r, %HU and %HQ.',
  referer: 'Drop the Referer from the format.',
};

interface Section {
  readonly keyword: string;
  readonly lines: DirectiveLine[];
}

/**
 * HAProxy: each `log-format` recording the request line (`%r`), the URI (`%HU`), the query (`%HQ`) or the Referer; each
 * `option httplog`/`httpslog` in a section whose format is not set by a `log-format` there or in its defaults; each
 * `capture request header Referer`, which `option httplog` prints.
 */
export function analyzeHaproxy(source: string): AccessLogLeak[] {
  const position = createPositionIndex(source);
  const leaks: AccessLogLeak[] = [];
  for (const section of sectionsOf(readDirectiveLines(source, { continuation: false, trailingComments: true }))) {
    section.lines.forEach(({ words }, index) => {
      const [keyword, first, second, third] = words;
      if (isLogFormat(keyword) && first) leaks.push(...formatLeaks(source, words.slice(1), position));
      // `option httplog` sets the format as a `log-format` would: the later of the two in a section wins, and a
      // proxy's own option overrides what it inherits from its defaults.
      if (keyword?.text === 'option' && first && /^https?log$/.test(first.text) && !setsFormatAfter(section, index))
        leaks.push(httplogLeak(keyword, first, position));
      if (keyword?.text === 'capture' && first?.text === 'request' && second?.text === 'header' && third?.text.toLowerCase() === 'referer')
        leaks.push(captureLeak(keyword, third, position));
    });
  }
  return leaks;
}

function setsFormatAfter(section: Section, index: number): boolean {
  return section.lines.slice(index + 1).some(({ words }) => isLogFormat(words[0]));
}

function isLogFormat(word: LineWord | undefined): boolean {
  return word?.text === 'log-format' || word?.text === 'log-format-sd';
}

function sectionsOf(lines: readonly DirectiveLine[]): Section[] {
  const sections: Section[] = [{ keyword: '', lines: [] }];
  for (const line of lines) {
    const keyword = line.words[0]?.text ?? '';
    if (SECTION_KEYWORDS.has(keyword)) sections.push({ keyword, lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

function formatLeaks(source: string, format: readonly LineWord[], position: (offset: number) => Position): AccessLogLeak[] {
  const found = new Map<RecordedPart, { offset: number; written: string; meaning: string }>();
  const first = format[0];
  const last = format.at(-1);
  if (!first || !last) return [];
  const text = source.slice(first.start, last.end);
  const note = (offset: number, written: string, recorded: { part: RecordedPart; meaning: string } | undefined) => {
    const earlier = recorded && found.get(recorded.part);
    if (recorded && (!earlier || earlier.offset > offset)) found.set(recorded.part, { offset, written, meaning: recorded.meaning });
  };
  for (const match of text.matchAll(LOG_VARIABLE)) note(match.index, match[0], HAPROXY_VARIABLES.get(match[1] ?? ''));
  for (const match of text.matchAll(LOG_SAMPLE)) note(match.index, match[0], recordedBySample(match[1] ?? ''));
  return [...found].map(([part, { offset, written, meaning }]) => {
    const { line, column } = position(first.start + offset);
    const what = `HAProxy log-format records ${written} (${meaning})`;
    return { part, server: 'haproxy', line, column, endColumn: column + written.length, what, fix: FIX[part] };
  });
}

/** A leak spanning a directive's words, from its keyword to `last` (`option httplog`, `capture request header Referer`). */
function directiveLeak(
  from: LineWord,
  last: LineWord,
  report: Pick<AccessLogLeak, 'part' | 'what' | 'fix'>,
  position: (offset: number) => Position,
): AccessLogLeak {
  const { line, column } = position(from.start);
  return { ...report, server: 'haproxy', line, column, endColumn: column + (last.end - from.start) };
}

function httplogLeak(keyword: LineWord, option: LineWord, position: (offset: number) => Position): AccessLogLeak {
  return directiveLeak(
    keyword,
    option,
    {
      part: 'query',
      what: `HAProxy option ${option.text} uses the HTTP log format, which records %{+Q}r (the request line, query included)`,
      fix: `Set the same format with the path in place of the request line: ${HTTPLOG_WITHOUT_QUERY}.`,
    },
    position,
  );
}

function captureLeak(keyword: LineWord, header: LineWord, position: (offset: number) => Position): AccessLogLeak {
  const report = {
    part: 'referer',
    what: 'HAProxy captures the Referer header, which the HTTP log format prints',
    fix: 'Drop the capture of the Referer header.',
  } as const;
  return directiveLeak(keyword, header, report, position);
}
