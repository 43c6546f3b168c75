import { IsUUID, Matches } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../../vocabulary/local-date';

/** R10: the conclusion is publicised (公示) from `startsOn` to `endsOn` inclusive. */
export class PublicityStartedPayload {
  @IsUUID()
  applicationId!: string;

  @Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE })
  startsOn!: string;

  @Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE })
  endsOn!: string;
}

export const PublicityStarted: EventType<PublicityStartedPayload> = {
  type: 'publicity.notice.started',
  schemaVersion: 1,
  payloadClass: PublicityStartedPayload,
};
export class PublicityStartedEvent extends envelopeFor(PublicityStarted) {}
