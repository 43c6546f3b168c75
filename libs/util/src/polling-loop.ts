import { sleep } from './sleep';

export interface PollingLoopOptions {
  /** One look for work; resolves true when it found some, so the worker looks again at once. */
  pass: (signal: AbortSignal) => Promise<boolean>;
  /** How long an idle worker waits before it looks again. */
  intervalMs: number;
  /** Upper bound of the doubling wait after consecutive failed passes. */
  maxBackoffMs?: number;
  /** Workers looking in parallel; the pass must be safe to run concurrently (row locks). */
  workers?: number;
  /** Told of every failed pass and how long the worker now waits; the loop itself never throws. */
  onError: (error: unknown, backoffMs: number) => void;
}

/**
 * Runs a database-scheduled job: looks for due work on an interval, at once again while it
 * keeps finding some, and backs off while it keeps failing. The schedule itself lives in the
 * database, so stopping or crashing loses nothing; the loop only decides how often to look.
 */
export class PollingLoop {
  private readonly stopping = new AbortController();
  private workers: Promise<void>[] = [];
  /** Passes are numbered as they start; each worker remembers the last it finished. */
  private passesStarted = 0;
  private readonly lastFinished: number[] = [];
  private waiters: { after: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(private readonly options: PollingLoopOptions) {}

  start(): void {
    const count = this.options.workers ?? 1;
    this.workers = Array.from({ length: count }, (_, worker) => this.work(worker));
  }

  /** Lets the passes in flight finish (they see the aborted signal), then resolves. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.workers);
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error('polling loop stopped'));
  }

  /**
   * Resolves once every worker has finished a pass that started after this call: whatever was
   * due when it was called has been looked at. For tests and tools that must not guess a delay.
   */
  nextFullPass(): Promise<void> {
    if (this.stopping.signal.aborted) return Promise.reject(new Error('polling loop stopped'));
    return new Promise((resolve, reject) => {
      this.waiters.push({ after: this.passesStarted, resolve, reject });
    });
  }

  private async work(worker: number): Promise<void> {
    const { signal } = this.stopping;
    const { intervalMs, maxBackoffMs = intervalMs } = this.options;
    this.lastFinished[worker] = 0;
    let failures = 0;
    while (!signal.aborted) {
      const ordinal = ++this.passesStarted;
      let foundWork = false;
      try {
        foundWork = await this.options.pass(signal);
        failures = 0;
      } catch (error) {
        failures += 1;
        this.options.onError(error, backoffAfter(failures, intervalMs, maxBackoffMs));
      }
      this.lastFinished[worker] = ordinal;
      this.settleWaiters();
      if (foundWork && failures === 0) continue;
      const wait = failures === 0 ? intervalMs : backoffAfter(failures, intervalMs, maxBackoffMs);
      await sleep(wait, signal).catch(() => undefined);
    }
  }

  private settleWaiters(): void {
    const slowest = Math.min(...this.lastFinished);
    const settled = this.waiters.filter((waiter) => slowest > waiter.after);
    this.waiters = this.waiters.filter((waiter) => slowest <= waiter.after);
    for (const waiter of settled) waiter.resolve();
  }
}

function backoffAfter(failures: number, intervalMs: number, maxBackoffMs: number): number {
  return Math.min(intervalMs * 2 ** failures, maxBackoffMs);
}
