import { PollingLoop } from './polling-loop';

/** A pass the test opens and closes by hand, to see what the loop does meanwhile. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('PollingLoop', () => {
  let loop: PollingLoop | undefined;
  afterEach(async () => {
    await loop?.stop().catch(() => undefined);
    loop = undefined;
  });

  it('looks again at once while it finds work, and waits an interval when idle', async () => {
    const started: number[] = [];
    let backlog = 3;
    loop = new PollingLoop({
      intervalMs: 60_000,
      onError: () => undefined,
      pass: async () => {
        started.push(Date.now());
        return backlog-- > 0;
      },
    });
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Three passes with work, one that found none; then the minute-long wait.
    expect(started).toHaveLength(4);
  });

  it('resolves nextFullPass only after every worker finished a pass begun after the call', async () => {
    const gates = [gate(), gate(), gate(), gate()];
    let calls = 0;
    loop = new PollingLoop({
      workers: 2,
      intervalMs: 5,
      onError: () => undefined,
      pass: async () => {
        const mine = gates[calls++];
        if (mine) await mine.opened;
        return false;
      },
    });
    loop.start();
    const barrier = loop.nextFullPass();
    let passed = false;
    void barrier.then(() => (passed = true));

    gates[0].open();
    gates[1].open(); // both passes were in flight when the barrier was asked for
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passed).toBe(false);

    gates[2].open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passed).toBe(false); // one worker has not yet finished a fresh pass

    gates[3].open();
    await barrier;
    expect(calls).toBeGreaterThanOrEqual(4);
  });

  it('doubles the wait after each failure up to the bound, and resets after a success', async () => {
    const backoffs: number[] = [];
    const outcomes = ['fail', 'fail', 'fail', 'fail', 'ok', 'fail'];
    loop = new PollingLoop({
      intervalMs: 1,
      maxBackoffMs: 6,
      onError: (_error, backoffMs) => backoffs.push(backoffMs),
      pass: async () => {
        if (outcomes.shift() === 'fail') throw new Error('database away');
        return false;
      },
    });
    loop.start();
    while (outcomes.length > 0) await loop.nextFullPass();
    expect(backoffs).toEqual([2, 4, 6, 6, 2]);
  });

  it('stops only after the pass in flight has seen the abort, and refuses barriers after', async () => {
    const inFlight = gate();
    let sawAbort = false;
    loop = new PollingLoop({
      intervalMs: 5,
      onError: () => undefined,
      pass: async (signal) => {
        inFlight.open();
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        sawAbort = signal.aborted;
        return false;
      },
    });
    loop.start();
    await inFlight.opened;
    const pending = loop.nextFullPass();
    await loop.stop();
    expect(sawAbort).toBe(true);
    await expect(pending).rejects.toThrow('stopped');
    await expect(loop.nextFullPass()).rejects.toThrow('stopped');
  });
});
