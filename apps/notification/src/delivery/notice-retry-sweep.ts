import { Injectable, Logger } from '@nestjs/common';
import { errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { NotificationConfig } from '../config/notification.config';
import { NoticeDispatcher } from './notice-dispatcher.service';

/**
 * Polls the notice table on an interval and sends what is due: new notices and failed ones
 * whose back-off has passed. The schedule lives in the database (next_attempt_at), so a
 * restart loses no retry; this loop only decides how often to look.
 */
@Injectable()
export class NoticeRetrySweep extends ScheduledJob {
  private readonly logger = new Logger(NoticeRetrySweep.name);
  protected readonly loop: PollingLoop;

  constructor(dispatcher: NoticeDispatcher, config: NotificationConfig) {
    super();
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
}
