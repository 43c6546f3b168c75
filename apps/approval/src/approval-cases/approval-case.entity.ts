import type { CaseKind, PublicityOutcome } from '@tongban/contracts';
import type { DisabilityCategory, DisabilityLevel, SingleCategory } from '@tongban/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const APPROVAL_STATUSES = [
  'RECEIVED',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'MAILED',
] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export type DecisionOutcome = 'APPROVED' | 'REJECTED' | 'RETURNED';

/** The applicant as the residence county sent them (R32: personal data, never logged). */
export interface ApplicantRecord {
  name: string;
  idNumber: string;
  phone: string;
  mailingAddress: { recipientName: string; phone: string; countyCode: string; addressLine: string };
  guardian: { name: string; idNumber: string; relationship: string; phone: string } | null;
}

/** R3, R4: the residence county's conclusion, which this county recognises. Health data. */
export interface ConclusionRecord {
  classification: {
    category: DisabilityCategory;
    level: DisabilityLevel;
    impairments: { category: SingleCategory; level: DisabilityLevel }[];
  };
  institutionName: string;
  doctorName: string;
  assessedOn: string;
}

/** R10: how publicity ended at the residence county. */
export interface PublicityRecord {
  outcome: PublicityOutcome;
  summary: string;
  clearedOn: string;
}

/** What this county decided in a round (R11). */
export interface DecisionRecord {
  outcome: DecisionOutcome;
  decidedOn: string;
  reasons: string[];
  suggestedHukouCountyCode: string | null;
}

/** A finished round of a case that was returned and later re-routed back here (R11). */
export interface PreviousRound {
  round: number;
  receivedOn: string;
  decision: DecisionRecord | null;
  r27: { dueOn: string; status: string; closedOn: string | null } | null;
}

/** A case at the hukou county's approval desk (R11, R27). */
@Entity('approval_case')
export class ApprovalCase {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  applicationNumber!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  @Column({ type: 'char', length: 6 })
  hukouCountyCode!: string;

  /** 1 for the first hand-over; one more each time the case comes back after a return. */
  @Column({ type: 'integer' })
  round!: number;

  @Column({ type: 'text' })
  status!: ApprovalStatus;

  /** The hand-over event that opened the current round. */
  @Column({ type: 'uuid' })
  handoverEventId!: string;

  @Column({ type: 'date' })
  handedOverOn!: string;

  /** R27 counts from this day (China date of receipt). */
  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'jsonb' })
  applicant!: ApplicantRecord;

  @Column({ type: 'jsonb' })
  conclusion!: ConclusionRecord;

  @Column({ type: 'jsonb' })
  publicity!: PublicityRecord;

  @Column({ type: 'jsonb', nullable: true })
  decision!: DecisionRecord | null;

  @Column({ type: 'date', nullable: true })
  mailedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  waybillNumber!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  previousRounds!: PreviousRound[];

  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
