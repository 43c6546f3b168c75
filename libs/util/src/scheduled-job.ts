import type { PollingLoop } from './polling-loop';

/**
 * A service whose work a {@link PollingLoop} runs: started once the application is up and
 * stopped before it shuts down (Nest calls these hooks by name), with the loop's barrier for
 * tests and tools that must not guess a delay.
 */
export abstract class ScheduledJob {
  protected abstract readonly loop: PollingLoop;

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Finishes the pass in flight, then stops: before the database and Kafka connections close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Resolves once every worker has finished a pass begun after the call. */
  nextFullPass(): Promise<void> {
    return this.loop.nextFullPass();
  }
}
