import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CertificateMailedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { RecordMailingService } from './record-mailing.service';

@EventConsumer()
export class CertificateMailedConsumer {
  private readonly logger = new Logger(CertificateMailedConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly recordMailing: RecordMailingService,
  ) {}

  /** R12, R27: printing on this node mailed the card. */
  @EventPattern(eventPattern(Topics.certificateMailed))
  async onCertificateMailed(
    @Payload() event: CertificateMailedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    const outcome = await this.inbox.handleOnce(
      event,
      async (manager) => {
        await this.recordMailing.execute(manager, event);
      },
      { heartbeat: context.getHeartbeat() },
    );
    this.logger.log({
      msg: outcome === 'handled' ? 'mailing recorded' : 'mailing already recorded',
      applicationId: event.payload.applicationId,
      eventId: event.id,
    });
  }
}
