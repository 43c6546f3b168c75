import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CaseDocumentsApprovedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { FileApprovedDocumentsService } from './file-approved-documents.service';

@EventConsumer()
export class CaseDocumentsApprovedConsumer {
  private readonly logger = new Logger(CaseDocumentsApprovedConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly filing: FileApprovedDocumentsService,
  ) {}

  /** R30: the approved case's verified scans go into the holder's e-archive. */
  @EventPattern(eventPattern(Topics.caseDocumentsApproved))
  async onDocumentsApproved(
    @Payload() event: CaseDocumentsApprovedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    const heartbeat = context.getHeartbeat();
    await this.filing.copyIntoArchive(event, heartbeat);
    const outcome = await this.inbox.handleOnce(
      event,
      async (manager) => {
        await this.filing.file(manager, event);
      },
      { heartbeat },
    );
    // Ids and counts only: the holder is named in the event, never in the log (R32).
    this.logger.log({
      msg: outcome === 'handled' ? 'case documents archived' : 'case documents already archived',
      applicationId: event.payload.applicationId,
      documents: event.payload.documents.length,
      eventId: event.id,
    });
  }
}
