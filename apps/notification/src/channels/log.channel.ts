import { Logger, LoggerService } from '@nestjs/common';
import { maskPhone } from '../privacy/mask-phone';
import {
  DeliveryResult,
  NoticeRecipient,
  NotificationChannel,
  RenderedNotice,
} from './notification-channel';

/**
 * The default channel: nothing leaves the node; the delivery is recorded in the notice log
 * (by the dispatcher) and one log line says a notice was due. R32: the line carries the
 * masked phone and the notice id only — never the name or the text, which hold personal data.
 */
export class LogChannel extends NotificationChannel {
  readonly name = 'log';

  constructor(private readonly logger: Pick<LoggerService, 'log'> = new Logger(LogChannel.name)) {
    super();
  }

  async send(recipient: NoticeRecipient, notice: RenderedNotice): Promise<DeliveryResult> {
    this.logger.log({
      msg: 'notice recorded on the log channel (not sent to the applicant)',
      noticeId: notice.id,
      to: maskPhone(recipient.phone),
    });
    return { delivered: true, providerMessageId: null };
  }
}
