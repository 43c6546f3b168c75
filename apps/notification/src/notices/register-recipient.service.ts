import { Injectable } from '@nestjs/common';
import { ApplicationAcceptedEvent, ApplicationRefusedEvent } from '@tongban/contracts';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { addressNotice } from './address-notice';
import { CaseRecipient } from './case-recipient.entity';
import { lockCase } from './case-lock';
import { acceptedNotice, refusedNotice } from './notice-draft';
import { Notice } from './notice.entity';
import { RecordNoticeService } from './record-notice.service';

/**
 * Intake accepted (or refused) the application: its contact becomes the case's recipient, the
 * 受理 (不予受理) notice is queued, and every notice that arrived before it is rendered and
 * released — nothing lost.
 */
@Injectable()
export class RegisterRecipientService {
  constructor(
    private readonly clock: Clock,
    private readonly recordNotice: RecordNoticeService,
  ) {}

  async execute(
    manager: EntityManager,
    event: ApplicationAcceptedEvent | ApplicationRefusedEvent,
  ): Promise<void> {
    const { applicationId, applicationNumber, contact, residenceCountyCode } = event.payload;
    const accepted =
      event.type === 'intake.application.refused' ? undefined : (event as ApplicationAcceptedEvent);
    const firstNotice = accepted
      ? acceptedNotice(accepted)
      : refusedNotice(event as ApplicationRefusedEvent);
    await lockCase(manager, applicationId);
    // A second acceptance (e.g. after a supervisor override) brings the latest contact.
    await manager.upsert(
      CaseRecipient,
      {
        applicationId,
        applicationNumber,
        name: contact.name,
        phone: contact.phone,
        email: contact.email ?? null,
        residenceCountyCode,
        ...(accepted
          ? {
              caseKind: accepted.payload.caseKind,
              certificateOutcome: accepted.payload.plan.certificateOutcome,
            }
          : {}),
        registeredAt: this.clock.now(),
      },
      ['applicationId'],
    );
    await this.recordNotice.execute(manager, event, applicationId, firstNotice);

    const recipient = await manager.findOneByOrFail(CaseRecipient, { applicationId });
    const pending = await manager.findBy(Notice, { applicationId, status: 'PENDING_RECIPIENT' });
    // Due no earlier than the 受理 notice just queued, so the applicant hears of it first.
    const releasedAt = this.clock.now();
    for (const notice of pending) {
      await manager.update(Notice, { id: notice.id }, addressNotice(notice, recipient, releasedAt));
    }
  }
}
