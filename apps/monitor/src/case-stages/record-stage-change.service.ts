import { Injectable } from '@nestjs/common';
import type { CaseStageChangedEvent } from '@tongban/contracts';
import { EntityManager } from 'typeorm';
import { caseStatusOf, isLaterChange } from './case-status';
import { MonitoredCase } from './monitored-case.entity';
import { StageChange } from './stage-change.entity';

/** Adds a reported stage change to the history and moves the case to it if it is the latest. */
@Injectable()
export class RecordStageChangeService {
  async execute(manager: EntityManager, event: CaseStageChangedEvent): Promise<StageChange> {
    // Only the declared fields, copied one by one: nothing else of the message is kept (R32).
    const { countyCode, caseKind, stage, transition, occurredOn } = event.payload;
    const change = manager.create(StageChange, {
      eventId: event.id,
      caseId: event.caseId,
      countyCode,
      caseKind,
      stage,
      transition,
      occurredOn,
      occurredAt: new Date(event.occurredAt),
    });
    await manager.insert(StageChange, change);

    const current = {
      countyCode,
      caseKind,
      stage,
      transition,
      status: caseStatusOf(stage, transition),
      lastChangedOn: occurredOn,
      lastChangedAt: change.occurredAt,
      lastEventId: change.eventId,
    };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MonitoredCase)
      .values({
        caseId: change.caseId,
        ...current,
        firstSeenOn: occurredOn,
        firstSeenAt: change.occurredAt,
      })
      .orIgnore()
      .returning(['caseId'])
      .execute();
    if (inserted.raw.length > 0) return change;

    const known = await manager.findOneOrFail(MonitoredCase, {
      where: { caseId: change.caseId },
      lock: { mode: 'pessimistic_write' },
    });
    const moment = {
      occurredOn,
      occurredAt: change.occurredAt,
      eventId: change.eventId,
      stage,
      transition,
    };
    const first = { occurredOn: known.firstSeenOn, occurredAt: known.firstSeenAt, eventId: '' };
    if (isLaterChange(first, moment)) {
      known.firstSeenOn = occurredOn;
      known.firstSeenAt = change.occurredAt;
    }
    const last = {
      occurredOn: known.lastChangedOn,
      occurredAt: known.lastChangedAt,
      eventId: known.lastEventId,
      stage: known.stage,
      transition: known.transition,
    };
    // A late or repeated older change stays in the history but does not move the case back.
    if (isLaterChange(moment, last)) Object.assign(known, current);
    await manager.save(known);
    return change;
  }
}
