import type { CaseKind } from '@tongban/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type DeadlineRule = 'R25' | 'R26' | 'R27';
export type DeadlineStatus = 'OPEN' | 'MET' | 'MISSED';

/**
 * A statutory time limit of one case at one county (R25–R27), kept in the database so it
 * survives restarts and is watched by whichever instance is running.
 */
@Entity('deadline')
@Index('deadline_case_rule', ['caseId', 'rule'], { unique: true })
@Index('deadline_open_due', ['dueOn'], { where: `"status" = 'OPEN'` })
export class Deadline {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  rule!: DeadlineRule;

  /** The county that owes the duty. */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  /** The trigger event's day; the period counts from the next working day. */
  @Column({ type: 'date' })
  triggeredOn!: string;

  /** Due by the end of this day. */
  @Column({ type: 'date' })
  dueOn!: string;

  /** The working day before `dueOn`: staff and monitoring are warned then. */
  @Column({ type: 'date' })
  warnOn!: string;

  /** Computed from weekends alone because a year's holiday schedule was missing. */
  @Column({ type: 'boolean' })
  provisional!: boolean;

  @Column({ type: 'text' })
  status!: DeadlineStatus;

  @Column({ type: 'timestamptz', nullable: true })
  warnedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  breachedAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
