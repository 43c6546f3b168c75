import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  ApplicationAcceptedEvent,
  ApplicationRefusedEvent,
  eventPattern,
  Topics,
} from '@tongban/contracts';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { RegisterRecipientService } from './register-recipient.service';

/** Intake's acceptance or refusal: whom to notify, and the 受理 or 不予受理 notice (R5, R25). */
@EventConsumer()
export class ApplicationAcceptedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly registerRecipient: RegisterRecipientService,
  ) {}

  /** The global validation pipe has checked the envelope and payload before this runs. */
  @EventPattern(eventPattern(Topics.applicationAccepted))
  async onApplicationAccepted(
    @Payload() event: ApplicationAcceptedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(
      event,
      (manager) => this.registerRecipient.execute(manager, event),
      {
        heartbeat: context.getHeartbeat(),
      },
    );
  }

  /** R5: the refusal also names the contact, so the applicant hears every reason. */
  @EventPattern(eventPattern(Topics.applicationRefused))
  async onApplicationRefused(
    @Payload() event: ApplicationRefusedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(
      event,
      (manager) => this.registerRecipient.execute(manager, event),
      {
        heartbeat: context.getHeartbeat(),
      },
    );
  }
}
