import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { DocumentUrlsRequestedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { ReissueDocumentUrlsService, ReissueOutcome } from './reissue-document-urls.service';

@EventConsumer()
export class DocumentUrlsRequestedConsumer {
  private readonly logger = new Logger(DocumentUrlsRequestedConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly reissue: ReissueDocumentUrlsService,
  ) {}

  /** R30: the hukou county could not fetch the scans with the URLs it got; sign them again. */
  @EventPattern(eventPattern(Topics.documentUrlsRequested))
  async onRequested(
    @Payload() event: DocumentUrlsRequestedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    let result: ReissueOutcome | undefined;
    const outcome = await this.inbox.handleOnce(
      event,
      async (manager) => {
        result = await this.reissue.execute(manager, event, context.getTopic());
      },
      { heartbeat: context.getHeartbeat() },
    );
    if (outcome === 'duplicate' || !result?.answered) return;
    this.logger.log({
      msg: 'document URLs reissued',
      applicationId: event.payload.applicationId,
      eventId: event.id,
      reissued: result.reissued,
      unavailable: result.unavailable,
    });
  }
}
