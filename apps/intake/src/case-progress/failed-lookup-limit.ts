/** Whether a lookup may go ahead, or how long its key must wait. */
export type LookupAdmission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export interface FailedLookupLimitOptions {
  maxFailures: number;
  windowMs: number;
  /** Keys remembered at most; beyond it expired windows go first, then the oldest. */
  maxTracked?: number;
}

interface FailureWindow {
  startedAt: number;
  failures: number;
}

/**
 * Counts failed lookups per key (an application number) over a fixed window from the first
 * failure, whatever address they come from. Once the failures are used up, every lookup of the
 * key is refused until the window ends — the right answer too, or a guesser would learn it from
 * the one lookup that succeeds. Plain memory: the service is one process per county node, and a
 * restart hands a guesser one fresh window at most.
 */
export class FailedLookupLimit {
  private readonly windows = new Map<string, FailureWindow>();
  private readonly maxTracked: number;

  constructor(private readonly options: FailedLookupLimitOptions) {
    this.maxTracked = options.maxTracked ?? 100_000;
  }

  /**
   * Starts a lookup. An admitted one counts as failed until {@link succeeded}, so lookups running
   * at the same time cannot all slip under the limit.
   */
  begin(key: string, now: Date): LookupAdmission {
    const at = now.getTime();
    const window = this.current(key, at);
    if (window.failures >= this.options.maxFailures) {
      const endsAt = window.startedAt + this.options.windowMs;
      return { admitted: false, retryAfterSeconds: Math.ceil((endsAt - at) / 1000) };
    }
    window.failures += 1;
    return { admitted: true };
  }

  /** The lookup proved who asks: the key starts afresh. */
  succeeded(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, at: number): FailureWindow {
    const known = this.windows.get(key);
    if (known && at < known.startedAt + this.options.windowMs) return known;
    // A new window goes to the end, keeping the map in order of start for forgetOldest.
    this.windows.delete(key);
    this.makeRoom(at);
    const fresh = { startedAt: at, failures: 0 };
    this.windows.set(key, fresh);
    return fresh;
  }

  /** Bounds memory when many unknown numbers are tried. */
  private makeRoom(at: number): void {
    if (this.windows.size < this.maxTracked) return;
    for (const [key, window] of this.windows) {
      if (at >= window.startedAt + this.options.windowMs) this.windows.delete(key);
    }
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxTracked) break;
      this.windows.delete(key);
    }
  }

  /** Keys remembered now (for tests and metrics). */
  get tracked(): number {
    return this.windows.size;
  }
}
