import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ApplicationAcceptedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { RegisterAssessmentCaseService } from './register-assessment-case.service';

@EventConsumer()
export class ApplicationAcceptedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly registerCase: RegisterAssessmentCaseService,
  ) {}

  /** The global validation pipe has checked the envelope and payload before this runs. */
  @EventPattern(eventPattern(Topics.applicationAccepted))
  async onApplicationAccepted(
    @Payload() event: ApplicationAcceptedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(event, (manager) => this.registerCase.execute(manager, event), {
      heartbeat: context.getHeartbeat(),
    });
  }
}
