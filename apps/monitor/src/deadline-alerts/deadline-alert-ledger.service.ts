import { Injectable } from '@nestjs/common';
import type { DeadlineAlertedEvent } from '@tongban/contracts';
import { EntityManager, In, IsNull, LessThanOrEqual, MoreThan, MoreThanOrEqual, Or } from 'typeorm';
import { StageChange } from '../case-stages/stage-change.entity';
import { dischargesDuty, rulesDischargedBy } from './alert-resolution';
import { DeadlineAlert } from './deadline-alert.entity';

/**
 * The deadline alerts of every county and whether each still stands. Alerts and stage changes
 * travel on different topics and may arrive in either order; each side looks for the other,
 * so the outcome is the same whichever comes first.
 */
@Injectable()
export class DeadlineAlertLedger {
  /** Records an alert: resolved if the discharging change is already here, superseded by a later breach. */
  async record(manager: EntityManager, event: DeadlineAlertedEvent): Promise<DeadlineAlert> {
    // Only the declared fields, copied one by one: nothing else of the message is kept (R32).
    const { countyCode, rule, level, dueOn, provisional } = event.payload;
    const raisedAt = new Date(event.occurredAt);
    const sameDuty = { caseId: event.caseId, countyCode, rule };
    const alert = manager.create(DeadlineAlert, {
      eventId: event.id,
      ...sameDuty,
      level,
      dueOn,
      provisional,
      raisedAt,
      resolvedAt: await this.dischargedAt(manager, event.caseId, countyCode, rule, raisedAt),
      supersededBy: null,
    });
    if (level === 'BREACH') {
      // The warning before a breach of the same duty is now the breach.
      await manager.update(
        DeadlineAlert,
        {
          ...sameDuty,
          level: 'WARNING',
          raisedAt: LessThanOrEqual(raisedAt),
          supersededBy: IsNull(),
        },
        { supersededBy: event.id },
      );
    } else {
      const breach = await manager.findOne(DeadlineAlert, {
        where: { ...sameDuty, level: 'BREACH', raisedAt: MoreThanOrEqual(raisedAt) },
        order: { raisedAt: 'ASC' },
      });
      alert.supersededBy = breach?.eventId ?? null;
    }
    await manager.insert(DeadlineAlert, alert);
    return alert;
  }

  /** Resolves the alerts a stage change discharges: same case and county, raised before it. */
  async discharge(manager: EntityManager, change: StageChange): Promise<void> {
    const rules = rulesDischargedBy(change.stage, change.transition);
    if (rules.length === 0) return;
    const where = {
      caseId: change.caseId,
      countyCode: change.countyCode,
      rule: In(rules),
      raisedAt: LessThanOrEqual(change.occurredAt),
    };
    // The earliest discharging change counts, even when a later one arrived first.
    await manager.update(
      DeadlineAlert,
      { ...where, resolvedAt: Or(IsNull(), MoreThan(change.occurredAt)) },
      { resolvedAt: change.occurredAt },
    );
  }

  private async dischargedAt(
    manager: EntityManager,
    caseId: string,
    countyCode: string,
    rule: DeadlineAlertedEvent['payload']['rule'],
    raisedAt: Date,
  ): Promise<Date | null> {
    const later = await manager.find(StageChange, {
      where: { caseId, countyCode, occurredAt: MoreThanOrEqual(raisedAt) },
      order: { occurredAt: 'ASC' },
    });
    return later.find((c) => dischargesDuty(rule, c.stage, c.transition))?.occurredAt ?? null;
  }
}
