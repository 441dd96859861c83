import { describeLine, timeMemberLine, type FormatState } from './formats.js';

/**
 * The time a line without its own was logged at: that of the nearest earlier line that has one, at most
 * `MAX_BYTES_BACK` bytes before it. A line with no time of its own continues an entry whose first line has it: a
 * pretty-printed JSON object (Zipkin's spans: `"timestamp": …` a dozen lines above a tag's URL), a table a tool prints
 * under its log line (Locust's statistics), a stack trace, a message's second line. Lines are read forwards, each once
 * (from where the last search stopped), so a log without times and a secret on every line costs one extra reading of
 * each line, not one per secret and line back.
 */
export class EarlierLineTimes {
  /** Stream offset up to which lines were read. */
  private readTo = 0;
  private time: number | undefined;
  /** Stream offset of the line `time` was read from. */
  private timeAt = 0;

  constructor(private readonly state: FormatState) {}

  /**
   * `bytes` holds the stream from `streamOffset` on; `lineStart` is the index of the line asking, which must not come
   * before one asked earlier (lines are scanned in order).
   */
  timeBefore(bytes: Buffer, streamOffset: number, lineStart: number): number | undefined {
    const lineAt = streamOffset + lineStart;
    let index = Math.max(this.readTo, lineAt - MAX_BYTES_BACK) - streamOffset;
    // Start at a line's start: what came before the block, or the middle of a line, is not read.
    if (index > 0 && bytes[index - 1] !== NEWLINE) index = bytes.indexOf(NEWLINE, index) + 1 || lineStart;
    for (index = Math.max(index, 0); index < lineStart;) {
      const newline = bytes.indexOf(NEWLINE, index);
      const end = newline === -1 || newline > lineStart ? lineStart : newline;
      const time = lineTime(bytes.toString('latin1', index, Math.min(end, index + MAX_LINE_READ)), this.state);
      if (time !== undefined) {
        this.time = time;
        this.timeAt = streamOffset + index;
      }
      index = end + 1;
    }
    this.readTo = Math.max(this.readTo, lineAt);
    return this.time !== undefined && lineAt - this.timeAt <= MAX_BYTES_BACK ? this.time : undefined;
  }
}

function lineTime(line: string, state: FormatState): number | undefined {
  return timeMemberLine(line) ?? describeLine(line, state).timestamp;
}

/** How far back a line's time is looked for: a long pretty-printed object, a big table. */
const MAX_BYTES_BACK = 64 * 1024;
/** A time is at a line's start: only the first bytes of a long line are read for it. */
const MAX_LINE_READ = 512;
const NEWLINE = 0x0a;
