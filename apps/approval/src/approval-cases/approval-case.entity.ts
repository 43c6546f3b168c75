import type { CaseKind, PublicityOutcome } from '@tongban/contracts';
import type {
  CasePlan,
  CaseSnapshot,
  CaseStatus,
  DisabilityCategory,
  DisabilityLevel,
  SingleCategory,
} from '@tongban/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EncryptedColumn, EncryptedJsonColumn } from '@tongban/persistence';

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

  /**
   * Where the case stands here, as the domain's state machine moves it: APPROVAL on receipt,
   * then PRINTING, MAILING, COMPLETED — or RETURNED_FOR_JURISDICTION, REFUSED (R11). Changed
   * only through HukouFlow.
   */
  @Column({ type: 'text' })
  status!: CaseStatus;

  /** The plan the residence county fixed at acceptance, as handed over. */
  @Column({ type: 'jsonb' })
  plan!: CasePlan;

  /** What approval does to the card (R14: CANCEL after a failed re-assessment of a renewal). */
  @Column({ type: 'text' })
  outcome!: CaseSnapshot['outcome'];

  /** R5, R10: a minor needs a guardian. */
  @Column({ type: 'boolean' })
  applicantIsMinor!: boolean;

  /** The card the case renews, replaces, cancels or changes; null for a new certificate. */
  @EncryptedColumn('approval_case.current_certificate_number', { nullable: true })
  currentCertificateNumber!: string | null;

  /** R5: the categories as filed (MULTIPLE with its parts); null in v1 and older v2 packages. */
  @Column({ type: 'text', array: true, nullable: true })
  claimedCategories!: DisabilityCategory[] | null;

  /** R23: the categories a partial cancellation strikes off the card; null for other kinds. */
  @Column({ type: 'text', array: true, nullable: true })
  cancelledCategories!: SingleCategory[] | null;

  /** The hand-over event that opened the current round. */
  @Column({ type: 'uuid' })
  handoverEventId!: string;

  @Column({ type: 'date' })
  handedOverOn!: string;

  /** R27 counts from this day (China date of receipt). */
  @Column({ type: 'date' })
  receivedOn!: string;

  @EncryptedJsonColumn('approval_case.applicant')
  applicant!: ApplicantRecord;

  /** Null where the plan has no assessment (R16, R17, R22, R23). */
  @EncryptedJsonColumn('approval_case.conclusion', { nullable: true })
  conclusion!: ConclusionRecord | null;

  /** Null where the plan has no publicity (R10: minors; kinds without assessment). */
  @Column({ type: 'jsonb', nullable: true })
  publicity!: PublicityRecord | null;

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
