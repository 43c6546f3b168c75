import { Injectable } from '@nestjs/common';
import { CertificateMailedEvent } from '@tongban/contracts';
import { DeadlineTracker } from '@tongban/deadlines';
import { IllegalTransitionError, parseLocalDate } from '@tongban/domain';
import { EntityManager } from 'typeorm';
import { ApprovalCase } from './approval-case.entity';
import { ApprovalEvents } from './approval-events';
import { HukouFlow } from './hukou-flow';

/** A mailing approval cannot match to an approved case; the message names ids only. */
export class MailingNotApplicableError extends Error {
  override readonly name = 'MailingNotApplicableError';
}

/**
 * R12, R27: printing mailed the card, which completes this county's duty on the case; R27 is
 * MET if it left by the due day, MISSED otherwise; monitoring hears the mailing stage is
 * complete. Runs in the event's inbox transaction.
 */
@Injectable()
export class RecordMailingService {
  constructor(
    private readonly deadlines: DeadlineTracker,
    private readonly events: ApprovalEvents,
  ) {}

  async execute(manager: EntityManager, event: CertificateMailedEvent): Promise<ApprovalCase> {
    const { applicationId, waybillNumber, mailedOn } = event.payload;
    const found = await manager.findOne(ApprovalCase, {
      where: { applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) {
      throw new MailingNotApplicableError(
        `payload.applicationId: no approval case for application ${applicationId}`,
      );
    }
    try {
      // Printing tells of the card printed and mailed in one event (R12).
      HukouFlow.apply(
        found,
        { type: 'RECORD_PRINTED', by: found.plan.approver },
        { type: 'RECORD_MAILED', by: found.plan.approver },
      );
    } catch (error) {
      if (!(error instanceof IllegalTransitionError)) throw error;
      throw new MailingNotApplicableError(
        `payload.applicationId: case ${found.applicationNumber} is ${found.status}; only an approved case whose card is printed is mailed (${error.message})`,
      );
    }
    const mailed = parseLocalDate(mailedOn, 'payload.mailedOn');
    found.mailedOn = mailed;
    found.waybillNumber = waybillNumber;
    await manager.save(found);
    await this.deadlines.close(manager, applicationId, 'R27', mailed);
    // National monitoring learns the county's duty on the case is done (R27).
    await this.events.stage(manager, found, 'COMPLETED', mailedOn, 'MAILING');
    return found;
  }
}
