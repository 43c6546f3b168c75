import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseHandedOverEvent,
  CaseHandedOverV2Event,
  eventPattern,
  Topics,
} from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { RegisterHandoverService } from './register-handover.service';

@EventConsumer()
export class CaseHandedOverConsumer {
  private readonly logger = new Logger(CaseHandedOverConsumer.name);

  constructor(
    private readonly inbox: Inbox,
    private readonly registerHandover: RegisterHandoverService,
  ) {}

  /**
   * The transport has verified the residence county's signature and the validation pipe the
   * payload before this runs. Only database writes happen here: the scans are fetched later
   * by the document sweep, so a slow download never blocks the consumer's heartbeats.
   */
  @EventPattern(eventPattern(Topics.caseHandedOver))
  onCaseHandedOver(@Payload() event: CaseHandedOverEvent, @Ctx() context: KafkaContext) {
    return this.register(event, context);
  }

  /** v2: a case of any kind, with its plan, outcome and current card (R13–R24). */
  @EventPattern(eventPattern(Topics.caseHandedOverV2))
  onCaseHandedOverV2(@Payload() event: CaseHandedOverV2Event, @Ctx() context: KafkaContext) {
    return this.register(event, context);
  }

  private async register(
    event: CaseHandedOverEvent | CaseHandedOverV2Event,
    context: KafkaContext,
  ): Promise<void> {
    const outcome = await this.inbox.handleOnce(
      event,
      async (manager) => {
        await this.registerHandover.execute(manager, event);
      },
      { heartbeat: context.getHeartbeat() },
    );
    // Ids only: the package is full of the applicant's personal data (R32).
    this.logger.log({
      msg: outcome === 'handled' ? 'case received' : 'hand-over already received',
      applicationId: event.payload.applicationId,
      eventId: event.id,
      documents: event.payload.documents.length,
    });
  }
}
