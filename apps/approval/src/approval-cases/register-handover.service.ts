import { Injectable } from '@nestjs/common';
import { Deadline, DeadlineTracker } from '@tongban/deadlines';
import { chinaLocalDateOf, IllegalTransitionError } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { ApprovalConfig } from '../config/approval.config';
import { HandoverDocuments } from '../documents/handover-documents';
import { ApprovalCase, PreviousRound } from './approval-case.entity';
import { ApprovalEvents } from './approval-events';
import { handedOverCase, type HandoverEvent } from './handed-over-package';
import { handoverRefusal, HandoverRefusedError } from './handover-refusal';
import { HukouFlow } from './hukou-flow';

/**
 * Registers a case the residence county handed over (R10, R11): the form, conclusion and
 * publicity result as sent, each scan as PENDING for the fetch sweep, and R27's seven working
 * days from today. A case this county returned and that was re-routed back here starts a new
 * round. Runs in the hand-over's inbox transaction.
 */
@Injectable()
export class RegisterHandoverService {
  constructor(
    private readonly deadlines: DeadlineTracker,
    private readonly documents: HandoverDocuments,
    private readonly events: ApprovalEvents,
    private readonly clock: Clock,
    private readonly config: ApprovalConfig,
  ) {}

  async execute(manager: EntityManager, event: HandoverEvent): Promise<ApprovalCase> {
    const refusal = handoverRefusal(event, this.config.COUNTY_CODES);
    if (refusal) throw new HandoverRefusedError(refusal);
    const { payload } = event;
    const today = chinaLocalDateOf(this.clock.now());
    const existing = await manager.findOne(ApprovalCase, {
      where: { applicationId: payload.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) {
      try {
        // R11: only a case this county returned comes again, re-routed by the residence county.
        HukouFlow.apply(existing, {
          type: 'REROUTE',
          by: 'RESIDENCE',
          countyCode: payload.hukouCountyCode,
        });
      } catch (error) {
        if (!(error instanceof IllegalTransitionError)) throw error;
        throw new HandoverRefusedError(
          `payload.applicationId: case ${existing.applicationNumber} is already ${existing.status} here (round ${existing.round}); it can come again only after this county returned it (R11)`,
        );
      }
    }
    const history = existing
      ? [...existing.previousRounds, await this.closeRound(manager, existing)]
      : [];
    const round = existing ? existing.round + 1 : 1;
    const found = Object.assign(existing ?? new ApprovalCase(), {
      ...handedOverCase(event),
      round,
      // The residence side's stages are done: the case is at this county's first stage (R11).
      status: 'APPROVAL',
      handoverEventId: event.id,
      receivedOn: today,
      decision: null,
      mailedOn: null,
      waybillNumber: null,
      previousRounds: history,
    } satisfies Partial<ApprovalCase>);
    await manager.save(ApprovalCase, found);
    if (existing) await this.documents.supersedeEarlierRounds(manager, found.applicationId, round);
    await this.documents.record(manager, found.applicationId, round, payload.documents);
    // R27: approve, print and mail within 7 working days of receiving R's materials.
    await this.deadlines.open(manager, {
      caseId: found.applicationId,
      rule: 'R27',
      countyCode: found.hukouCountyCode,
      caseKind: found.caseKind,
      triggeredOn: today,
    });
    await this.events.stage(manager, found, 'ENTERED', today);
    return found;
  }

  /**
   * The tracker keeps one R27 row per case; the finished round's moves into the case's history
   * so the new round gets its own seven working days (R27 counts from each receipt).
   */
  private async closeRound(manager: EntityManager, existing: ApprovalCase): Promise<PreviousRound> {
    const r27 = await manager.findOneBy(Deadline, { caseId: existing.applicationId, rule: 'R27' });
    if (r27) await manager.delete(Deadline, { id: r27.id });
    return {
      round: existing.round,
      receivedOn: existing.receivedOn,
      decision: existing.decision,
      r27: r27 ? { dueOn: r27.dueOn, status: r27.status, closedOn: r27.closedOn } : null,
    };
  }
}
