import type { CaseKind, IntakeChannel } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type AssessmentCaseStatus = 'AWAITING_DESIGNATION';

/** A case assessment knows about, registered from intake's `application.drafted` event. */
@Entity('assessment_case')
export class AssessmentCase {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  @Column({ type: 'text' })
  channel!: IntakeChannel;

  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  @Column({ type: 'char', length: 6 })
  hukouCountyCode!: string;

  @Column({ type: 'text' })
  status!: AssessmentCaseStatus;

  /** The flow this case belongs to, for tracing across services and counties. */
  @Column({ type: 'uuid' })
  correlationId!: string;

  @Column({ type: 'timestamptz' })
  draftedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt!: Date;
}
