import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { DocumentUrlsReissuedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { ReissuedUrls } from './reissued-urls.service';

@EventConsumer()
export class DocumentUrlsReissuedConsumer {
  private readonly logger = new Logger(DocumentUrlsReissuedConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly reissued: ReissuedUrls,
  ) {}

  /**
   * The residence county signed the scans again (R30). Only database writes here: the sweep
   * fetches them, as it fetches every scan, outside the Kafka handler.
   */
  @EventPattern(eventPattern(Topics.documentUrlsReissued))
  async onReissued(
    @Payload() event: DocumentUrlsReissuedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    let renewed = 0;
    const outcome = await this.inbox.handleOnce(
      event,
      async (manager) => {
        renewed = (await this.reissued.apply(manager, event)).renewed;
      },
      { heartbeat: context.getHeartbeat() },
    );
    this.logger.log({
      msg: outcome === 'handled' ? 'fresh document URLs received' : 'reissue already received',
      applicationId: event.payload.applicationId,
      eventId: event.id,
      renewed,
    });
  }
}
