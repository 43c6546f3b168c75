import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  ApplicationAcceptedEvent,
  ConclusionRecordedEvent,
  eventPattern,
  Topics,
} from '@tongban/contracts';
import { planHasStage } from '@tongban/domain';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { PublicityCase } from './publicity-case.entity';
import { PublicityWorkflow } from './publicity-workflow';

@EventConsumer()
export class PublicityConsumers {
  constructor(
    private readonly inbox: Inbox,
    private readonly workflow: PublicityWorkflow,
  ) {}

  /** Registers a case whose plan has publicity (R10: not minors, not renewals without assessment). */
  @EventPattern(eventPattern(Topics.applicationAccepted))
  async onAccepted(
    @Payload() event: ApplicationAcceptedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    const { payload } = event;
    await this.inbox.handleOnce(
      event,
      async (manager) => {
        if (!planHasStage(payload.plan, 'PUBLICITY')) return;
        await manager.insert(PublicityCase, {
          applicationId: payload.applicationId,
          applicationNumber: payload.applicationNumber,
          caseKind: payload.caseKind,
          residenceCountyCode: payload.residenceCountyCode,
          hukouCountyCode: payload.hukouCountyCode,
          applicantIsMinor: payload.applicantIsMinor,
          status: 'AWAITING_CONCLUSION',
        });
      },
      { heartbeat: context.getHeartbeat() },
    );
  }

  /**
   * Starts publicity for a conclusion that meets the standard, where the plan has publicity. The
   * acceptance always precedes a conclusion by days; should it not be here yet, the inbox
   * retries and then parks the event.
   */
  @EventPattern(eventPattern(Topics.conclusionRecorded))
  async onConclusion(
    @Payload() event: ConclusionRecordedEvent,
    @Ctx() context: KafkaContext,
  ): Promise<void> {
    await this.inbox.handleOnce(event, (manager) => this.workflow.onConclusion(manager, event), {
      heartbeat: context.getHeartbeat(),
    });
  }
}
