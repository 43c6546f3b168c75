import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CardFactsAnsweredEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { CardFactsRecord } from './card-facts-record.entity';

@EventConsumer()
export class CardFactsAnsweredConsumer {
  private readonly logger = new Logger(CardFactsAnsweredConsumer.name);

  constructor(private readonly inbox: Inbox) {}

  /**
   * The transport verified the hukou county's signature. The answer is taken when it answers the
   * request in force and comes from the county asked; anything else is recorded as handled and
   * changes nothing (a late answer to a request asked again).
   */
  @EventPattern(eventPattern(Topics.cardFactsAnswered))
  async onAnswered(
    @Payload() event: CardFactsAnsweredEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    const { payload } = event;
    let taken = false;
    await this.inbox.handleOnce(
      event,
      async (manager) => {
        const record = await manager.findOne(CardFactsRecord, {
          where: { applicationId: payload.applicationId },
          lock: { mode: 'pessimistic_write' },
        });
        if (
          !record ||
          record.requestId !== payload.requestId ||
          record.hukouCountyCode !== event.sourceCounty
        )
          return;
        record.answeredOn = payload.answeredOn;
        record.outcome = payload.outcome;
        record.facts = payload.facts ?? null;
        await manager.save(record);
        taken = true;
      },
      { heartbeat: context.getHeartbeat() },
    );
    this.logger.log({
      msg: taken ? 'card facts received' : 'card facts answer not taken',
      applicationId: payload.applicationId,
      eventId: event.id,
    });
  }
}
