import type { DeadlineAlertLevel, TimeLimitRule } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A county's warning (one working day left) or breach of a time limit R25–R27; no personal data. */
@Entity('deadline_alert')
@Index('deadline_alert_county_rule', ['countyCode', 'rule', 'dueOn'])
@Index('deadline_alert_case', ['caseId', 'rule'])
export class DeadlineAlert {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** The county that owes the duty. */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'text' })
  rule!: TimeLimitRule;

  @Column({ type: 'text' })
  level!: DeadlineAlertLevel;

  @Column({ type: 'date' })
  dueOn!: string;

  /** Computed without the holiday schedule of its year (weekends only). */
  @Column({ type: 'boolean' })
  provisional!: boolean;

  /** The envelope time: when the county's watch raised it. */
  @Column({ type: 'timestamptz' })
  raisedAt!: Date;

  /** When the county reported the stage change that discharged the duty, if it did. */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  /** The breach that followed this warning of the same deadline. */
  @Column({ type: 'uuid', nullable: true })
  supersededBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
