import type { CaseDecision, CaseKind, IntakeChannel, PublicityOutcome } from '@tongban/contracts';
import type {
  CasePlan,
  CaseSnapshot,
  CaseStatus,
  Classification,
  DisabilityCategory,
  SingleCategory,
} from '@tongban/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  CARD_NUMBER_LOOKUP,
  EncryptedColumn,
  EncryptedJsonColumn,
  LookupHashColumn,
  RESIDENT_ID_LOOKUP,
} from '@tongban/persistence';

export interface MailingAddress {
  recipientName: string;
  phone: string;
  countyCode: string;
  addressLine: string;
}

export interface Guardian {
  name: string;
  idNumber: string;
  relationship: string;
  phone: string;
}

export interface ResidencePermitRecord {
  placeCode: string;
  validFrom: string;
  validUntil: string;
}

export interface CaseConclusion {
  meetsStandard: boolean;
  classification: Classification | null;
  institutionName: string;
  doctorName: string;
  assessedOn: string;
  receivedOn: string;
}

export interface CaseDispatch {
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
  courier: string;
  waybillNumber: string;
  dispatchedOn: string;
}

/**
 * An application at the residence county (R1, R6). Holds the applicant's personal data (R32):
 * never logged, never in node events beyond the notice contact, shared only with the hukou county.
 */
@Entity('application')
@Index('application_number_unique', ['applicationNumber'], { unique: true })
export class Application {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Monotonic per node; the printed application number is derived from it. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  serial!: string;

  @Column({ type: 'text' })
  applicationNumber!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  @Column({ type: 'text' })
  channel!: IntakeChannel;

  /**
   * Where the case stands, as the domain's state machine moves it (R3, R8–R24): changed only
   * through ResidenceFlow (handover/), never assigned by feature code.
   */
  @Column({ type: 'text' })
  status!: CaseStatus;

  /** The domain's plan, fixed at acceptance and carried with the case; null before it. */
  @Column({ type: 'jsonb', nullable: true })
  plan!: CasePlan | null;

  /** What approval does to the card; starts as the plan's, R14 may turn it to CANCEL. */
  @Column({ type: 'text', nullable: true })
  outcome!: CaseSnapshot['outcome'] | null;

  @EncryptedColumn('application.applicant_name')
  applicantName!: string;

  @EncryptedColumn('application.id_number')
  idNumber!: string;

  /** Finds a person's open cases (duplicate filings) without the ID number in clear. */
  @LookupHashColumn(RESIDENT_ID_LOOKUP, 'idNumber')
  idNumberHash!: string | null;

  @EncryptedColumn('application.phone')
  phone!: string;

  /** Optional; notices go here when the county sends them by email. */
  @EncryptedColumn('application.email', { nullable: true })
  email!: string | null;

  @EncryptedJsonColumn('application.mailing_address')
  mailingAddress!: MailingAddress;

  @EncryptedJsonColumn('application.guardian', { nullable: true })
  guardian!: Guardian | null;

  @Column({ type: 'jsonb' })
  residencePermit!: ResidencePermitRecord;

  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  /** Declared from the hukou booklet; never derived from the ID number's region prefix. */
  @Column({ type: 'char', length: 6 })
  hukouCountyCode!: string;

  @Column({ type: 'text', array: true })
  claimedCategories!: DisabilityCategory[];

  /** R33: severely disabled with limited mobility; assessed at home. */
  @Column({ type: 'boolean', default: false })
  homeVisitRequested!: boolean;

  /** The card a renewal, replacement, cancellation or change is about (R13–R24); null for NEW. */
  @EncryptedColumn('application.current_certificate_number', { nullable: true })
  currentCertificateNumber!: string | null;

  /** Finds the open case of a card (one card, one case) without its number in clear. */
  @LookupHashColumn(CARD_NUMBER_LOOKUP, 'currentCertificateNumber')
  currentCertificateNumberHash!: string | null;

  /** R23: the categories a partial cancellation strikes off the card; null for other kinds. */
  @Column({ type: 'text', array: true, nullable: true })
  cancelledCategories!: SingleCategory[] | null;

  /** R7: declared date of the applicant's last certificate cancellation, if any. */
  @Column({ type: 'date', nullable: true })
  lastCancelledOn!: string | null;

  /** R25 counts from this day: the last required material arrived. */
  @Column({ type: 'date', nullable: true })
  materialsCompletedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  refusalReasons!: string[];

  /** R7: the supervisor who set the one-year rule aside, and why. */
  @Column({ type: 'jsonb', nullable: true })
  supervisorOverride!: { supervisorId: string; reason: string } | null;

  @Column({ type: 'text', nullable: true })
  acceptedBy!: string | null;

  /** R3: the conclusion as assessment recorded it (health data, R32). */
  @EncryptedJsonColumn('application.conclusion', { nullable: true })
  conclusion!: CaseConclusion | null;

  /** R10: how publicity ended. */
  @Column({ type: 'jsonb', nullable: true })
  publicity!: { outcome: PublicityOutcome; summary: string; clearedOn: string } | null;

  @Column({ type: 'date', nullable: true })
  handedOverOn!: string | null;

  /** R11: why the hukou county returned the case, and the clerk's record of contacting the applicant. */
  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  /** The clerk's note of reaching the applicant: free text that may hold phones or names. */
  @EncryptedColumn('application.contact_note', { nullable: true })
  contactNote!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  decision!: { decision: CaseDecision; reasons: string[]; decidedOn: string } | null;

  /** R12, R29: the card in the post. */
  @EncryptedJsonColumn('application.dispatch', { nullable: true })
  dispatch!: CaseDispatch | null;

  @Column({ type: 'text', nullable: true })
  closedReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
