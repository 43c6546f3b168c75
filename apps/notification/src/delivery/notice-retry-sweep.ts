import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { sleep } from '@tongban/util';
import { NotificationConfig } from '../config/notification.config';
import { NoticeDispatcher } from './notice-dispatcher.service';

/**
 * Polls the notice table on an interval and sends what is due: new notices and failed ones
 * whose back-off has passed. The schedule lives in the database (next_attempt_at), so a
 * restart loses no retry; this loop only decides how often to look.
 */
@Injectable()
export class NoticeRetrySweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NoticeRetrySweep.name);
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;

  constructor(
    private readonly dispatcher: NoticeDispatcher,
    private readonly config: NotificationConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Finishes the notice in flight, then stops — before the database connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { signal } = this.stopping;
    while (!signal.aborted) {
      try {
        await this.dispatcher.dispatchDue(signal);
      } catch (error) {
        this.logger.warn({
          msg: 'notice sweep failed; will retry',
          error: error instanceof Error ? error.message : String(error),
        });
      }
      await sleep(this.config.NOTIFICATION_SWEEP_INTERVAL_MS, signal).catch(() => undefined);
    }
  }
}
