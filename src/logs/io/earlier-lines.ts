/**
 * What the nearest earlier line that has it says, at most `MAX_BYTES_BACK` bytes before the line asking: the time of
 * the entry a line without one continues (formats/formats.ts `lineTimeReader`), the SQL statement whose parameters a
 * bind line gives (detect/find-sql-values.ts). Lines are read forwards, each once (from where the last question
 * stopped), so a log where every line asks costs one extra reading of each line, not one per line asking and line back.
 */
export class EarlierLines<T> {
  /** Stream offset up to which lines were read. */
  private readTo = 0;
  private found: T | undefined;
  /** Stream offset of the line `found` was read from. */
  private foundAt = 0;

  /**
   * `read`: what one line says, or undefined; it is given at most `maxLineRead` bytes of a line (what it looks for
   * starts the line).
   */
  constructor(
    private readonly read: (line: string) => T | undefined,
    private readonly maxLineRead: number,
  ) {}

  /**
   * `bytes` holds the stream from `streamOffset` on; `lineStart` is the index of the line asking, which must not come
   * before one asked earlier (lines are scanned in order).
   */
  before(bytes: Buffer, streamOffset: number, lineStart: number): T | undefined {
    const lineAt = streamOffset + lineStart;
    const readInBlock = Math.max(0, this.readTo - streamOffset);
    const window = Math.max(lineAt - MAX_BYTES_BACK, streamOffset + startOfLinesBack(bytes, lineStart, MAX_LINES_BACK, readInBlock));
    let index = Math.max(this.readTo, window) - streamOffset;
    // Start at a line's start: what came before the block, or the middle of a line, is not read.
    if (index > 0 && bytes[index - 1] !== NEWLINE) index = bytes.indexOf(NEWLINE, index) + 1 || lineStart;
    for (index = Math.max(index, 0); index < lineStart;) {
      const newline = bytes.indexOf(NEWLINE, index);
      const end = newline === -1 || newline > lineStart ? lineStart : newline;
      const said = this.read(bytes.toString('latin1', index, Math.min(end, index + this.maxLineRead)));
      if (said !== undefined) {
        this.found = said;
        this.foundAt = streamOffset + index;
      }
      index = end + 1;
    }
    this.readTo = Math.max(this.readTo, lineAt);
    return this.found !== undefined && lineAt - this.foundAt <= MAX_BYTES_BACK ? this.found : undefined;
  }
}

/**
 * Where the line `count` lines before the one at `lineStart` starts (0 when the block has fewer), or `floor` once the
 * walk reaches it: what was read already is not walked again, so lines asking one after another walk each line once.
 */
function startOfLinesBack(bytes: Buffer, lineStart: number, count: number, floor: number): number {
  let start = lineStart;
  for (let line = 0; line < count && start > floor; line += 1) start = bytes.lastIndexOf(NEWLINE, start - 2) + 1;
  return start;
}

/**
 * How far back an earlier line is looked for: a pretty-printed object, a table, a batch of bind lines. Lines as well
 * as bytes: a line without a time among many others without (a section of a mixed log) would otherwise have each of
 * the 64 KiB before it read for a time.
 */
const MAX_BYTES_BACK = 64 * 1024;
const MAX_LINES_BACK = 64;
const NEWLINE = 0x0a;
