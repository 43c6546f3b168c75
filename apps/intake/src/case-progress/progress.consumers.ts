import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  CaseDecidedEvent,
  CaseReturnedEvent,
  CertificateDispatchedEvent,
  ConclusionRecordedEvent,
  eventPattern,
  InstitutionDesignatedEvent,
  ObjectionUpheldEvent,
  PublicityClearedEvent,
  PublicityStartedEvent,
  Topics,
} from '@tongban/contracts';
import { EventEnvelope } from '@tongban/contracts';
import { allowedEvents, type CaseEvent } from '@tongban/domain';
import { EventConsumer, Inbox } from '@tongban/messaging';
import { EntityManager } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { Application } from '../applications/application.entity';
import { ResidenceFlow } from '../handover/residence-flow.service';
import { CaseSteps } from './case-steps';

/**
 * Follows a case through the other services and the hukou county, so the residence county's
 * clerk and the applicant see one timeline. Each event moves the case record through the state
 * machine (ResidenceFlow), which hands the case over when the plan's residence stages are done.
 */
@EventConsumer()
export class ProgressConsumers {
  constructor(
    private readonly inbox: Inbox,
    private readonly applications: ApplicationLookup,
    private readonly steps: CaseSteps,
    private readonly flow: ResidenceFlow,
  ) {}

  @EventPattern(eventPattern(Topics.institutionDesignated))
  onDesignated(@Payload() event: InstitutionDesignatedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, async (manager, application) => {
      const where = payload.homeVisit ? '（上门评定）' : `，地址：${payload.institutionAddress}`;
      await this.steps.record(
        manager,
        application.id,
        'INSTITUTION_DESIGNATED',
        payload.designatedOn,
        `已指定评定机构：${payload.institutionName}${where}`,
      );
    });
  }

  @EventPattern(eventPattern(Topics.conclusionRecorded))
  onConclusion(@Payload() event: ConclusionRecordedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, async (manager, application) => {
      application.conclusion = {
        meetsStandard: payload.meetsStandard,
        classification: payload.classification ?? null,
        institutionName: payload.institutionName,
        doctorName: payload.doctorName,
        assessedOn: payload.assessedOn,
        receivedOn: payload.receivedOn,
      };
      const record: CaseEvent = {
        type: 'RECORD_CONCLUSION',
        by: 'RESIDENCE',
        meetsStandard: payload.meetsStandard,
      };
      // R9: a re-assessment after a dispute (not after an upheld objection, already applied).
      const disputed =
        payload.reassessment &&
        allowedEvents(ResidenceFlow.snapshotOf(application)).some(
          (e) => e.type === 'REQUEST_REASSESSMENT',
        );
      const events: CaseEvent[] = disputed
        ? [{ type: 'REQUEST_REASSESSMENT', by: 'RESIDENCE' }, record]
        : [record];
      const text = payload.meetsStandard
        ? '评定结论已录入，符合残疾标准'
        : '评定结论已录入：未达到残疾标准，可申请复评（R9）';
      await this.steps.record(
        manager,
        application.id,
        'CONCLUSION_RECORDED',
        payload.receivedOn,
        text,
      );
      await this.flow.apply(manager, application, events);
    });
  }

  @EventPattern(eventPattern(Topics.publicityStarted))
  onPublicityStarted(@Payload() event: PublicityStartedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, (manager, application) =>
      this.steps.record(
        manager,
        application.id,
        'PUBLICITY_STARTED',
        payload.startsOn,
        `公示期：${payload.startsOn} 至 ${payload.endsOn}`,
      ),
    );
  }

  /** R10: publicity done without a standing objection → the case goes to the hukou county. */
  @EventPattern(eventPattern(Topics.publicityCleared))
  onPublicityCleared(@Payload() event: PublicityClearedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, async (manager, application) => {
      application.publicity = {
        outcome: payload.outcome,
        summary: payload.summary,
        clearedOn: payload.clearedOn,
      };
      await this.steps.record(
        manager,
        application.id,
        'PUBLICITY_CLEARED',
        payload.clearedOn,
        `公示结束：${payload.summary}`,
      );
      await this.flow.apply(manager, application, [
        { type: 'COMPLETE_PUBLICITY', by: 'RESIDENCE' },
      ]);
    });
  }

  /** R9, R10: an objection raised during publicity was upheld; the case is assessed again. */
  @EventPattern(eventPattern(Topics.objectionUpheld))
  onObjectionUpheld(@Payload() event: ObjectionUpheldEvent, @Ctx() context: KafkaContext) {
    const { resolution } = event.payload;
    return this.update(event, context, (manager, application) =>
      this.flow.apply(manager, application, [
        { type: 'RAISE_OBJECTION', by: 'RESIDENCE', reason: resolution },
        { type: 'UPHOLD_OBJECTION', by: 'RESIDENCE' },
      ]),
    );
  }

  /** R11: not the hukou county's jurisdiction; a clerk contacts the applicant and re-routes. */
  @EventPattern(eventPattern(Topics.caseReturned))
  onReturned(@Payload() event: CaseReturnedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, async (manager, application) => {
      application.returnReason = payload.reason;
      await this.flow.apply(manager, application, [
        { type: 'RETURN_FOR_JURISDICTION', by: 'HUKOU', reason: payload.reason },
      ]);
      await this.steps.record(
        manager,
        application.id,
        'RETURNED',
        payload.returnedOn,
        `户籍地退回：${payload.reason}`,
      );
    });
  }

  @EventPattern(eventPattern(Topics.caseDecided))
  onDecided(@Payload() event: CaseDecidedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, async (manager, application) => {
      application.decision = {
        decision: payload.decision,
        reasons: payload.reasons,
        decidedOn: payload.decidedOn,
      };
      await this.flow.apply(manager, application, [
        payload.decision === 'APPROVED'
          ? { type: 'APPROVE', by: 'HUKOU' }
          : { type: 'REFUSE', by: 'HUKOU', reason: payload.reasons.join('；') },
      ]);
      const text =
        payload.decision === 'APPROVED'
          ? '户籍地已审核通过'
          : `户籍地不予通过：${payload.reasons.join('；')}`;
      await this.steps.record(manager, application.id, payload.decision, payload.decidedOn, text);
    });
  }

  /** R12, R29: the card is in the post, cash on delivery. */
  @EventPattern(eventPattern(Topics.certificateDispatched))
  onDispatched(@Payload() event: CertificateDispatchedEvent, @Ctx() context: KafkaContext) {
    const { payload } = event;
    return this.update(event, context, async (manager, application) => {
      application.dispatch = {
        certificateNumber: payload.certificateNumber,
        validFrom: payload.validFrom,
        validUntil: payload.validUntil,
        courier: payload.courier,
        waybillNumber: payload.waybillNumber,
        dispatchedOn: payload.dispatchedOn,
      };
      // The residence county learns of printing and mailing together, from the dispatch.
      await this.flow.apply(manager, application, [
        { type: 'RECORD_PRINTED', by: 'HUKOU' },
        { type: 'RECORD_MAILED', by: 'HUKOU' },
      ]);
      await this.steps.record(
        manager,
        application.id,
        'DISPATCHED',
        payload.dispatchedOn,
        `证件已由${payload.courier}寄出，运单号 ${payload.waybillNumber}，邮费到付（R29）`,
      );
    });
  }

  private update(
    event: EventEnvelope & { payload: { applicationId: string } },
    context: KafkaContext,
    apply: (manager: EntityManager, application: Application) => Promise<unknown>,
  ): Promise<unknown> {
    return this.inbox.handleOnce(
      event,
      async (manager) => {
        const application = await this.applications.requireForUpdate(
          manager,
          event.payload.applicationId,
        );
        await apply(manager, application);
      },
      { heartbeat: context.getHeartbeat() },
    );
  }
}
