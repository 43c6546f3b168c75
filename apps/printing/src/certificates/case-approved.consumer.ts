import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CaseApprovedEvent, eventPattern, Topics } from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { ApplyApprovalService } from './apply-approval.service';

@EventConsumer()
export class CaseApprovedConsumer {
  private readonly logger = new Logger(CaseApprovedConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly applyApproval: ApplyApprovalService,
  ) {}

  /** The global validation pipe has checked the envelope and payload before this runs. */
  @EventPattern(eventPattern(Topics.caseApproved))
  async onCaseApproved(
    @Payload() event: CaseApprovedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    const outcome = await this.inbox.handleOnce(
      event,
      async (manager) => {
        await this.applyApproval.execute(manager, event);
      },
      { heartbeat: context.getHeartbeat() },
    );
    // Ids only: the certificate number carries the holder's ID number (R32).
    this.logger.log({
      msg: outcome === 'handled' ? 'approval applied to the register' : 'approval already handled',
      applicationId: event.payload.applicationId,
      eventId: event.id,
    });
  }
}
