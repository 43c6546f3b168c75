import type { ChannelName } from '../config/notification.config';

/** Whom a notice goes to: the contact intake took at acceptance (R32: personal data). */
export interface NoticeRecipient {
  readonly name: string;
  readonly phone: string;
  /** Not yet carried by intake's contact; the email channel refuses without one. */
  readonly email: string | null;
}

/** A notice ready to go out. Its id lets a gateway drop a resend after a crash. */
export interface RenderedNotice {
  readonly id: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * What a channel made of one send. A failure says whether trying again could help (a gateway
 * outage) or not (the recipient cannot be reached this way); reasons never hold personal data.
 */
export type DeliveryResult =
  | { readonly delivered: true; readonly providerMessageId: string | null }
  | { readonly delivered: false; readonly reason: string; readonly retryable: boolean };

/** One way of reaching applicants. The configured one is injected under this class. */
export abstract class NotificationChannel {
  abstract readonly name: ChannelName;

  /** Sends one notice; resolves with the outcome rather than throwing for a failed send. */
  abstract send(recipient: NoticeRecipient, notice: RenderedNotice): Promise<DeliveryResult>;
}
