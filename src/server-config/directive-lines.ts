/**
 * The line syntax Apache httpd and HAProxy share: one directive a line, `#` comments, a backslash at the end of a line
 * continues it (Apache), arguments separated by blanks, double quotes group words. Offsets stay those of the source.
 */

/** An argument: its text without quotes, and its source offsets (quotes included). */
export interface LineWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DirectiveLine {
  readonly words: readonly LineWord[];
}

export interface DirectiveLineOptions {
  /** Apache: a backslash at the end of a line continues it. */
  readonly continuation: boolean;
  /** HAProxy: `#` after a blank starts a comment anywhere in a line; Apache's comments take whole lines only. */
  readonly trailingComments: boolean;
}

/** The directive lines of a file: comments and blank lines dropped, continued lines joined. */
export function readDirectiveLines(source: string, options: DirectiveLineOptions): DirectiveLine[] {
  const lines: DirectiveLine[] = [];
  let words: LineWord[] = [];
  let index = 0;
  const endLine = () => {
    if (words.length > 0) lines.push({ words });
    words = [];
  };
  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '\n') {
      endLine();
      index += 1;
    } else if (char === '\\' && options.continuation && /^\\[ \t]*\r?\n/.test(source.slice(index, index + 4))) {
      index = source.indexOf('\n', index) + 1;
    } else if (/\s/.test(char)) {
      // Any blank but the line break (a no-break space pasted from a web page, a form feed, a BOM), as `wordEnd`
      // stops at them: a blank read as a word of no length would never be passed.
      index += 1;
    } else if (char === '#' && (words.length === 0 || options.trailingComments)) {
      const newline = source.indexOf('\n', index);
      index = newline === -1 ? source.length : newline;
    } else {
      const end = char === '"' ? quotedEnd(source, index) : wordEnd(source, index);
      words.push({ text: unquote(source.slice(index, end)), start: index, end });
      index = end;
    }
  }
  endLine();
  return lines;
}

function quotedEnd(source: string, start: number): number {
  let index = start + 1;
  while (index < source.length && source[index] !== '"' && source[index] !== '\n') {
    // A backslash escapes the next character, a Windows line break (`\r\n`) whole: a continued line within quotes.
    index += source[index] !== '\\' ? 1 : source.startsWith('\r\n', index + 1) ? 3 : 2;
  }
  return Math.min(index + 1, source.length);
}

function wordEnd(source: string, start: number): number {
  let index = start;
  while (index < source.length && !/\s/.test(source[index] ?? '')) index += source[index] === '\\' ? 2 : 1;
  return Math.min(index, source.length);
}

function unquote(raw: string): string {
  const quoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
  return quoted ? raw.slice(1, -1).replace(/\\(["\\])/g, '$1') : raw;
}
