import { Injectable } from '@nestjs/common';
import {
  ConclusionRecordedEvent,
  NATIONAL_MONITOR_COUNTY,
  PublicityOutcome,
  Topics,
  type StageTransition,
} from '@tongban/contracts';
import { DeadlineTracker } from '@tongban/deadlines';
import {
  chinaLocalDateOf,
  parseLocalDate,
  planHasStage,
  publicityEndsOn,
  type CaseStage,
} from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { PublicityConfig } from '../config/publicity.config';
import { PublicityCase } from './publicity-case.entity';
import { requirePublicityCaseForUpdate } from './publicity-case.lookup';

/**
 * The publicity desk's steps that publish events (R10, R26): start a notice period for a
 * conclusion that meets the standard, and clear the case back to the residence case record.
 */
@Injectable()
export class PublicityWorkflow {
  constructor(
    private readonly events: EventPublisher,
    private readonly deadlines: DeadlineTracker,
    private readonly clock: Clock,
    private readonly config: PublicityConfig,
  ) {}

  /** A conclusion arrived from assessment: publicise it where the plan says so (R10). */
  async onConclusion(manager: EntityManager, event: ConclusionRecordedEvent): Promise<void> {
    // R10: minors and renewals without publicity never reach this desk.
    if (!planHasStage(event.payload.plan, 'PUBLICITY')) return;
    const found = await requirePublicityCaseForUpdate(manager, event.payload.applicationId);
    if (!event.payload.meetsStandard) return; // Nothing to publicise; assessment closed the case.
    const today = chinaLocalDateOf(this.clock.now());
    found.conclusionReceivedOn = event.payload.receivedOn;
    // R26: enter the conclusion and complete publicity within 10 working days of receiving it.
    await this.deadlines.open(manager, {
      caseId: found.applicationId,
      rule: 'R26',
      countyCode: found.residenceCountyCode,
      caseKind: found.caseKind,
      triggeredOn: parseLocalDate(event.payload.receivedOn, 'receivedOn'),
    });
    const ends = publicityEndsOn(today, this.config.noticePeriodOf(found.residenceCountyCode));
    found.status = 'PUBLICISING';
    found.startsOn = today;
    found.endsOn = ends.value;
    found.endsOnProvisional = ends.provisional;
    found.outcome = null;
    await manager.save(found);
    await this.events.publish(manager, Topics.publicityStarted, {
      caseId: found.applicationId,
      sourceCounty: found.residenceCountyCode,
      destinationCounty: found.residenceCountyCode,
      payload: { applicationId: found.applicationId, startsOn: today, endsOn: ends.value },
    });
    await this.stage(manager, found, 'PUBLICITY', 'ENTERED');
  }

  /** R10: publicity is complete without a standing objection; the case goes to the hukou county. */
  async clear(
    manager: EntityManager,
    found: PublicityCase,
    outcome: PublicityOutcome,
    summary: string,
  ): Promise<void> {
    const today = chinaLocalDateOf(this.clock.now());
    found.status = 'CLEARED';
    found.outcome = outcome;
    found.summary = summary;
    found.clearedOn = today;
    await manager.save(found);
    await this.deadlines.close(manager, found.applicationId, 'R26', today);
    await this.events.publish(manager, Topics.publicityCleared, {
      caseId: found.applicationId,
      sourceCounty: found.residenceCountyCode,
      destinationCounty: found.residenceCountyCode,
      payload: { applicationId: found.applicationId, outcome, clearedOn: today, summary },
    });
    await this.stage(manager, found, 'PUBLICITY', 'COMPLETED');
  }

  /** An upheld objection sends the case back to assessment (R9); publicity restarts on the new conclusion. */
  async sendBack(manager: EntityManager, found: PublicityCase, resolution: string): Promise<void> {
    found.status = 'SENT_BACK';
    await manager.save(found);
    await this.events.publish(manager, Topics.objectionUpheld, {
      caseId: found.applicationId,
      sourceCounty: found.residenceCountyCode,
      destinationCounty: found.residenceCountyCode,
      payload: { applicationId: found.applicationId, resolution },
    });
    await this.stage(manager, found, 'PUBLICITY', 'RETURNED');
  }

  private async stage(
    manager: EntityManager,
    found: PublicityCase,
    stage: CaseStage,
    transition: StageTransition,
  ) {
    await this.events.publish(manager, Topics.caseStageChanged, {
      caseId: found.applicationId,
      sourceCounty: found.residenceCountyCode,
      destinationCounty: NATIONAL_MONITOR_COUNTY,
      payload: {
        countyCode: found.residenceCountyCode,
        caseKind: found.caseKind,
        stage,
        transition,
        occurredOn: chinaLocalDateOf(this.clock.now()),
      },
    });
  }
}
