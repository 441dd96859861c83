/** A one-line progress report for terminals: rewritten in place at most a few times a second. */
export class ProgressLine {
  private bytes = 0;
  private findings = 0;
  private lastDraw = 0;
  private readonly startedAt: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = Date.now,
    private readonly intervalMs = 250,
  ) {
    this.startedAt = now();
  }

  add(bytes: number, findings: number): void {
    this.bytes += bytes;
    this.findings += findings;
    const time = this.now();
    if (time - this.lastDraw < this.intervalMs) return;
    this.lastDraw = time;
    this.write(`\r\u001b[2K${this.describe(time)}`);
  }

  /** Clears the line so the report starts on a clean one. */
  finish(): void {
    if (this.lastDraw > 0) this.write('\r\u001b[2K');
  }

  describe(time: number): string {
    const seconds = Math.max((time - this.startedAt) / 1000, 0.001);
    const megabytes = this.bytes / 1e6;
    return `urlleak: ${megabytes.toFixed(1)} MB scanned, ${(megabytes / seconds).toFixed(0)} MB/s, ${this.findings} finding${this.findings === 1 ? '' : 's'}`;
  }
}
