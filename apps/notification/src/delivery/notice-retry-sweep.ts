import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { errorMessage, PollingLoop } from '@tongban/util';
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
  private readonly loop: PollingLoop;

  constructor(dispatcher: NoticeDispatcher, config: NotificationConfig) {
    this.loop = new PollingLoop({
      intervalMs: config.NOTIFICATION_SWEEP_INTERVAL_MS,
      pass: async (signal) => {
        await dispatcher.dispatchDue(signal);
        return false;
      },
      onError: (error) =>
        this.logger.warn({ msg: 'notice sweep failed; will retry', error: errorMessage(error) }),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Finishes the notice in flight, then stops — before the database connection closes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Resolves once every notice due at the call has been tried. For tests and tools. */
  nextFullPass(): Promise<void> {
    return this.loop.nextFullPass();
  }
}
