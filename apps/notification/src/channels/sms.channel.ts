import { HttpGateway } from './http-gateway';
import {
  DeliveryResult,
  NoticeRecipient,
  NotificationChannel,
  RenderedNotice,
} from './notification-channel';

export interface GatewaySettings {
  readonly url: string;
  readonly token: string;
  readonly timeoutMs: number;
}

/** Text messages through the county's SMS gateway: `{ to, text }` with a bearer token. */
export class SmsChannel extends NotificationChannel {
  readonly name = 'sms';

  constructor(
    private readonly gateway: HttpGateway,
    private readonly settings: GatewaySettings,
  ) {
    super();
  }

  send(recipient: NoticeRecipient, notice: RenderedNotice): Promise<DeliveryResult> {
    return this.gateway.post({
      ...this.settings,
      idempotencyKey: notice.id,
      body: { to: recipient.phone, text: notice.text },
    });
  }
}
