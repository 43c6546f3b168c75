import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ApplicationDraftedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { RegisterAssessmentCaseService } from './register-assessment-case.service';

@EventConsumer()
export class ApplicationDraftedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly registerCase: RegisterAssessmentCaseService,
  ) {}

  /** The global validation pipe has checked the envelope and payload before this runs. */
  @EventPattern(eventPattern(Topics.applicationDrafted))
  async onApplicationDrafted(
    @Payload() event: ApplicationDraftedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(event, (manager) => this.registerCase.execute(manager, event), {
      heartbeat: context.getHeartbeat(),
    });
  }
}
