import type { CaseKind } from '@tongban/contracts';
import type { CasePlan, Classification, DisabilityCategory } from '@tongban/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EncryptedColumn, EncryptedJsonColumn } from '@tongban/persistence';

export const ASSESSMENT_STATUSES = [
  'AWAITING_DESIGNATION',
  'DESIGNATED',
  'CONCLUDED',
  'NOT_MET',
] as const;
export type AssessmentCaseStatus = (typeof ASSESSMENT_STATUSES)[number];

/** R3: what the signed and sealed assessment form says. Health data (R32). */
export interface RecordedConclusion {
  meetsStandard: boolean;
  classification: Classification | null;
  doctorName: string;
  assessedOn: string;
  receivedOn: string;
}

/** R9: the assessment fee and any local waiver, recorded as charged. */
export interface RecordedFee {
  amountFen: number;
  waiver: { policy: string; amountFen: number } | null;
  applicantPaysFen: number;
}

/** An accepted case at the residence county's assessment desk (R8, R9, R25). */
@Entity('assessment_case')
export class AssessmentCase {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  applicationNumber!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  /** The case's plan as accepted; sent on with the conclusion so publicity follows it (R10). */
  @Column({ type: 'jsonb' })
  plan!: CasePlan;

  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  @Column({ type: 'char', length: 6 })
  hukouCountyCode!: string;

  @Column({ type: 'text', array: true })
  claimedCategories!: DisabilityCategory[];

  @Column({ type: 'boolean' })
  applicantIsMinor!: boolean;

  @Column({ type: 'boolean' })
  homeVisitRequested!: boolean;

  @Column({ type: 'date' })
  materialsCompletedOn!: string;

  @Column({ type: 'text' })
  status!: AssessmentCaseStatus;

  @Column({ type: 'uuid', nullable: true })
  institutionId!: string | null;

  @Column({ type: 'date', nullable: true })
  designatedOn!: string | null;

  /** R9: this round re-assesses a disputed conclusion. */
  @Column({ type: 'boolean', default: false })
  reassessment!: boolean;

  @EncryptedColumn('assessment_case.dispute_reason', { nullable: true })
  disputeReason!: string | null;

  @EncryptedJsonColumn('assessment_case.conclusion', { nullable: true })
  conclusion!: RecordedConclusion | null;

  @Column({ type: 'jsonb', nullable: true })
  fee!: RecordedFee | null;

  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
