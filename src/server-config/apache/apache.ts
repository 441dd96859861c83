import { shownName, type AccessLogLeak, type RecordedPart } from '../access-log-leak.js';
import { readDirectiveLines, type LineWord } from '../directive-lines.js';
import { APACHE_DIRECTIVES, APACHE_STOCK_FORMATS } from '../recorded-fields.js';
import { createPositionIndex, type Position } from '../text-position.js';

/** `%r`, `%>s`, `%{Referer}i`, `%!200,304{Foo}i`: modifiers, an optional `{argument}`, then the directive letter. */
const FORMAT_DIRECTIVE = /%(?:[<>]|!?[0-9,]+)*(?:\{([^}]*)\})?([a-zA-Z%])/g;

const FIX: Record<RecordedPart, string> = {
  query: 'Log %U (the path without its query) in place of %r and %q: "%m %U %H" is the request line without it.',
  referer: 'Drop %{Referer}i from the format.',
};

/**
 * Apache httpd's mod_log_config: each LogFormat or inline CustomLog format recording the request line (`%r`), the
 * query (`%q`) or the Referer (`%{Referer}i`); a CustomLog naming a stock nickname this file does not define
 * (`combined`), and a TransferLog with no nickname-less LogFormat before it (it then uses `common`).
 */
export function analyzeApache(source: string): AccessLogLeak[] {
  const position = createPositionIndex(source);
  const lines = readDirectiveLines(source, { continuation: true, trailingComments: false });
  const defined = new Set(
    lines.filter(({ words }) => isDirective(words[0], 'LogFormat') && words.length >= 3).map(({ words }) => words[2]?.text.toLowerCase()),
  );
  const leaks: AccessLogLeak[] = [];
  let defaultFormatSet = false;
  for (const { words } of lines) {
    const [name, first, second] = words;
    if (isDirective(name, 'LogFormat') && first) {
      // `LogFormat "…"` and `LogFormat nickname` set the format TransferLog uses; `LogFormat "…" nickname` does not.
      if (!second) defaultFormatSet = true;
      if (first.text.includes('%'))
        leaks.push(...formatLeaks(source, first, `Apache LogFormat${second ? ` \`${shownName(second.text)}\`` : ''}`, position));
    } else if ((isDirective(name, 'CustomLog') || isDirective(name, 'GlobalLog')) && second) {
      if (second.text.includes('%')) leaks.push(...formatLeaks(source, second, `Apache ${name.text}`, position));
      else if (!defined.has(second.text.toLowerCase())) leaks.push(...stockLeaks(name, second.text.toLowerCase(), position));
    } else if (isDirective(name, 'TransferLog') && !defaultFormatSet) {
      leaks.push(...stockLeaks(name, 'common', position));
    }
  }
  return leaks;
}

function isDirective(word: LineWord | undefined, directive: string): word is LineWord {
  return word?.text.toLowerCase() === directive.toLowerCase();
}

function formatLeaks(source: string, format: LineWord, describe: string, position: (offset: number) => Position): AccessLogLeak[] {
  const found = new Map<RecordedPart, AccessLogLeak>();
  // The format as written (quotes and escapes kept), so match offsets are source offsets.
  const raw = { text: source.slice(format.start, format.end), start: format.start };
  for (const match of raw.text.matchAll(FORMAT_DIRECTIVE)) {
    const [whole, argument, letter = ''] = match;
    const recorded = recordedBy(letter, argument);
    if (!recorded || found.has(recorded.part)) continue;
    const { line, column } = position(raw.start + match.index);
    const what = `${describe} records ${whole} (${recorded.meaning})`;
    found.set(recorded.part, {
      part: recorded.part,
      server: 'apache',
      line,
      column,
      endColumn: column + whole.length,
      what,
      fix: FIX[recorded.part],
    });
  }
  return [...found.values()];
}

function recordedBy(letter: string, argument: string | undefined): { part: RecordedPart; meaning: string } | undefined {
  if (letter === 'i' && argument?.toLowerCase() === 'referer') return { part: 'referer', meaning: 'the Referer header' };
  if (argument !== undefined) return undefined;
  return APACHE_DIRECTIVES.get(letter);
}

function stockLeaks(at: LineWord, nickname: string, position: (offset: number) => Position): AccessLogLeak[] {
  const parts = APACHE_STOCK_FORMATS.get(nickname) ?? [];
  const { line, column } = position(at.start);
  return parts.map((part) => ({
    part,
    server: 'apache',
    line,
    column,
    endColumn: column + (at.end - at.start),
    what: `Apache ${at.text} uses the stock \`${nickname}\` format, which records ${part === 'query' ? '%r (the request line, query included)' : '%{Referer}i'}`,
    fix:
      part === 'query'
        ? 'Define a LogFormat with "%m %U %H" in place of "%r" and name it here.'
        : 'Name a LogFormat without %{Referer}i here.',
  }));
}
