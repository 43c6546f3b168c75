import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { eventPattern, ObjectionUpheldEvent, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { ReopenForReassessmentService } from './reopen-for-reassessment.service';

@EventConsumer()
export class ObjectionUpheldConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly reopen: ReopenForReassessmentService,
  ) {}

  /** R9, R10: an upheld publicity objection sends the case back for re-assessment. */
  @EventPattern(eventPattern(Topics.objectionUpheld))
  async onObjectionUpheld(
    @Payload() event: ObjectionUpheldEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(
      event,
      async (manager) => {
        await this.reopen.execute(
          manager,
          event.payload.applicationId,
          `publicity objection upheld: ${event.payload.resolution}`,
        );
      },
      { heartbeat: context.getHeartbeat() },
    );
  }
}
