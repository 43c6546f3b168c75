import { HttpGateway } from './http-gateway';
import {
  DeliveryResult,
  NoticeRecipient,
  NotificationChannel,
  RenderedNotice,
} from './notification-channel';
import { GatewaySettings } from './sms.channel';

/** Email through an HTTP mail gateway: `{ from, to, subject, text }` with a bearer token. */
export class EmailChannel extends NotificationChannel {
  readonly name = 'email';

  constructor(
    private readonly gateway: HttpGateway,
    private readonly settings: GatewaySettings & { readonly from: string },
  ) {
    super();
  }

  async send(recipient: NoticeRecipient, notice: RenderedNotice): Promise<DeliveryResult> {
    // Retrying cannot conjure an address: staff must reach the applicant another way.
    if (!recipient.email) {
      return { delivered: false, retryable: false, reason: 'the recipient has no email address' };
    }
    const { from, ...gateway } = this.settings;
    return this.gateway.post({
      ...gateway,
      idempotencyKey: notice.id,
      body: { from, to: recipient.email, subject: notice.subject, text: notice.text },
    });
  }
}
