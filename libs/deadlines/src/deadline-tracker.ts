import { Injectable } from '@nestjs/common';
import type { CaseKind, LocalDate, TimeLimitRule } from '@tongban/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { deadlineDates } from './deadline-dates';
import { Deadline } from './deadline.entity';

export interface OpenDeadline {
  caseId: string;
  rule: TimeLimitRule;
  countyCode: string;
  caseKind: CaseKind;
  triggeredOn: LocalDate;
}

/** Starts and ends a case's statutory time limits, inside the caller's transaction. */
@Injectable()
export class DeadlineTracker {
  /** Starts the clock for a duty (idempotent: a second start of the same rule keeps the first). */
  async open(manager: EntityManager, deadline: OpenDeadline): Promise<Deadline> {
    const existing = await manager.findOneBy(Deadline, {
      caseId: deadline.caseId,
      rule: deadline.rule,
    });
    if (existing) return existing;
    const dates = deadlineDates(deadline.rule, deadline.triggeredOn);
    const row = manager.create(Deadline, {
      id: randomUUID(),
      ...deadline,
      ...dates,
      status: 'OPEN',
      warnedAt: null,
      breachedAt: null,
      closedOn: null,
    });
    await manager.insert(Deadline, row);
    return row;
  }

  /** The duty was done on `on`: MET if by the due day, MISSED otherwise. Unknown deadlines are ignored. */
  async close(
    manager: EntityManager,
    caseId: string,
    rule: TimeLimitRule,
    on: LocalDate,
  ): Promise<Deadline | null> {
    const row = await manager.findOne(Deadline, {
      where: { caseId, rule },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row || row.status !== 'OPEN') return row;
    row.status = on <= row.dueOn ? 'MET' : 'MISSED';
    row.closedOn = on;
    await manager.save(row);
    return row;
  }

  /** A case's deadlines, for staff views. */
  list(manager: EntityManager, caseId: string): Promise<Deadline[]> {
    return manager.find(Deadline, { where: { caseId }, order: { createdAt: 'ASC' } });
  }
}
