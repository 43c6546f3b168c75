import { Injectable } from '@nestjs/common';
import { CaseHandedOverEvent } from '@tongban/contracts';
import { Deadline, DeadlineTracker } from '@tongban/deadlines';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { ApprovalConfig } from '../config/approval.config';
import { HandoverDocuments } from '../documents/handover-documents';
import { ApprovalCase, PreviousRound } from './approval-case.entity';
import { ApprovalEvents } from './approval-events';
import { handoverRefusal, HandoverRefusedError } from './handover-refusal';

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

  async execute(manager: EntityManager, event: CaseHandedOverEvent): Promise<ApprovalCase> {
    const refusal = handoverRefusal(event, this.config.COUNTY_CODES);
    if (refusal) throw new HandoverRefusedError(refusal);
    const { payload } = event;
    const today = chinaLocalDateOf(this.clock.now());
    const existing = await manager.findOne(ApprovalCase, {
      where: { applicationId: payload.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && existing.status !== 'RETURNED') {
      throw new HandoverRefusedError(
        `payload.applicationId: case ${existing.applicationNumber} is already ${existing.status} here (round ${existing.round}); it can come again only after this county returned it (R11)`,
      );
    }
    const history = existing
      ? [...existing.previousRounds, await this.closeRound(manager, existing)]
      : [];
    const round = existing ? existing.round + 1 : 1;
    const found = Object.assign(existing ?? new ApprovalCase(), {
      applicationId: payload.applicationId,
      applicationNumber: payload.applicationNumber,
      caseKind: payload.caseKind,
      residenceCountyCode: payload.residenceCountyCode,
      hukouCountyCode: payload.hukouCountyCode,
      round,
      status: 'RECEIVED',
      handoverEventId: event.id,
      handedOverOn: payload.handedOverOn,
      receivedOn: today,
      applicant: {
        name: payload.applicant.name,
        idNumber: payload.applicant.idNumber,
        phone: payload.applicant.phone,
        mailingAddress: { ...payload.applicant.mailingAddress },
        guardian: payload.applicant.guardian ? { ...payload.applicant.guardian } : null,
      },
      conclusion: {
        classification: {
          category: payload.conclusion.classification.category,
          level: payload.conclusion.classification.level,
          impairments: payload.conclusion.classification.impairments.map((i) => ({ ...i })),
        },
        institutionName: payload.conclusion.institutionName,
        doctorName: payload.conclusion.doctorName,
        assessedOn: payload.conclusion.assessedOn,
      },
      publicity: { ...payload.publicity },
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
