/** Rows/s on stderr about once a second, so an operator sees a long import move. */
export class ImportProgress {
  private readonly startedAt = Date.now();
  private lastReportAt = this.startedAt;

  constructor(private readonly write: (line: string) => void = (l) => process.stderr.write(l)) {}

  /** Called per row; prints only when a second has passed since the last report. */
  tick(rows: number): void {
    const now = Date.now();
    if (now - this.lastReportAt < 1000) return;
    this.lastReportAt = now;
    this.write(`register import: ${rows} rows read, ${this.rate(rows, now)} rows/s\n`);
  }

  /** Seconds since the import started. */
  elapsedSeconds(now = Date.now()): number {
    return (now - this.startedAt) / 1000;
  }

  rate(rows: number, now = Date.now()): number {
    return Math.round(rows / Math.max(this.elapsedSeconds(now), 0.001));
  }
}
