import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@tongban/contracts';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { addressNotice } from './address-notice';
import { CaseRecipient } from './case-recipient.entity';
import { lockCase } from './case-lock';
import { NoticeDraft } from './notice-draft';
import { NOTICE_STEP } from './notice-type';
import { Notice } from './notice.entity';

/**
 * Records the notice an event calls for, inside the event's inbox transaction. With the
 * recipient known it is rendered and queued; otherwise it waits as PENDING_RECIPIENT until
 * intake's acceptance arrives (topics do not keep order with each other).
 */
@Injectable()
export class RecordNoticeService {
  constructor(private readonly clock: Clock) {}

  async execute(
    manager: EntityManager,
    event: EventEnvelope,
    applicationId: string,
    draft: NoticeDraft,
  ): Promise<void> {
    await lockCase(manager, applicationId);
    const recipient = await manager.findOneBy(CaseRecipient, { applicationId });
    const now = this.clock.now();
    const notice = {
      id: randomUUID(),
      applicationId,
      eventId: event.id,
      correlationId: event.correlationId,
      type: draft.type,
      step: NOTICE_STEP[draft.type],
      templateId: draft.templateId,
      templateValues: { ...draft.values },
      attempts: 0,
      recordedAt: now,
      caseCountyCodes: [...new Set([event.sourceCounty, event.destinationCounty])],
    } satisfies Partial<Notice>;
    await manager.insert(Notice, {
      ...notice,
      ...(recipient
        ? addressNotice(notice, recipient, now)
        : { status: 'PENDING_RECIPIENT' as const }),
    });
  }
}
