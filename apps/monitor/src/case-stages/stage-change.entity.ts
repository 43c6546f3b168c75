import type { CaseKind, StageTransition } from '@tongban/contracts';
import type { CaseStage } from '@tongban/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One stage change a county reported, exactly the declared fields of the de-identified event
 * (R32): the case id is a random UUID, never a name or ID number.
 */
@Entity('stage_change')
@Index('stage_change_case', ['caseId', 'occurredAt'])
export class StageChange {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  @Column({ type: 'text' })
  stage!: CaseStage;

  @Column({ type: 'text' })
  transition!: StageTransition;

  /** The county's business day of the change (China time). */
  @Column({ type: 'date' })
  occurredOn!: string;

  /** The envelope time: orders changes of one day. */
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
