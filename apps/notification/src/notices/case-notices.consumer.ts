import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseDecidedEvent,
  CertificateDispatchedEvent,
  EventEnvelope,
  eventPattern,
  InstitutionDesignatedEvent,
  PublicityStartedEvent,
  Topics,
} from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import {
  decidedNotice,
  designatedNotice,
  dispatchedNotice,
  NoticeDraft,
  publicityNotice,
} from './notice-draft';
import { RecordNoticeService } from './record-notice.service';

/**
 * Every later step of a case that the applicant hears about: one notice per event, once per
 * event id. County topics (decided, dispatched) reach these handlers only after the transport
 * verified the hukou county's signature; anything else is refused before it gets here.
 */
@EventConsumer()
export class CaseNoticesConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly recordNotice: RecordNoticeService,
  ) {}

  @EventPattern(eventPattern(Topics.institutionDesignated))
  onInstitutionDesignated(
    @Payload() event: InstitutionDesignatedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    return this.record(event, event.payload.applicationId, designatedNotice(event), context);
  }

  @EventPattern(eventPattern(Topics.publicityStarted))
  onPublicityStarted(
    @Payload() event: PublicityStartedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    return this.record(event, event.payload.applicationId, publicityNotice(event), context);
  }

  @EventPattern(eventPattern(Topics.caseDecided))
  onCaseDecided(@Payload() event: CaseDecidedEvent, @Ctx() context: KafkaContext): Promise<void> {
    return this.record(event, event.payload.applicationId, decidedNotice(event), context);
  }

  @EventPattern(eventPattern(Topics.certificateDispatched))
  onCertificateDispatched(
    @Payload() event: CertificateDispatchedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    return this.record(event, event.payload.applicationId, dispatchedNotice(event), context);
  }

  private async record(
    event: EventEnvelope,
    applicationId: string,
    draft: NoticeDraft,
    context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(
      event,
      (manager) => this.recordNotice.execute(manager, event, applicationId, draft),
      { heartbeat: context.getHeartbeat() },
    );
  }
}
