import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CardFactsRequestedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { AnswerCardFactsService } from './answer-card-facts.service';

@EventConsumer()
export class CardFactsRequestedConsumer {
  private readonly logger = new Logger(CardFactsRequestedConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly answer: AnswerCardFactsService,
  ) {}

  /** The transport verified the asking county's signature; the answer goes back signed. */
  @EventPattern(eventPattern(Topics.cardFactsRequested))
  async onRequested(
    @Payload() event: CardFactsRequestedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    const outcome = await this.inbox.handleOnce(
      event,
      (manager) => this.answer.execute(manager, event),
      { heartbeat: context.getHeartbeat() },
    );
    // Ids only: the card number carries the holder's ID number (R32).
    this.logger.log({
      msg: outcome === 'handled' ? 'card facts answered' : 'card facts request already answered',
      applicationId: event.payload.applicationId,
      eventId: event.id,
    });
  }
}
