import { IsUUID } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

/** R10: the conclusion is publicised (公示) from `startsOn` to `endsOn` inclusive. */
export class PublicityStartedPayload {
  @IsUUID()
  applicationId!: string;

  @IsLocalDate()
  startsOn!: string;

  @IsLocalDate()
  endsOn!: string;
}

export const PublicityStarted: EventType<PublicityStartedPayload> = {
  type: 'publicity.notice.started',
  schemaVersion: 1,
  payloadClass: PublicityStartedPayload,
};
export class PublicityStartedEvent extends envelopeFor(PublicityStarted) {}
