import type { CaseKind, CertificateOutcome } from '@tongban/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '@tongban/persistence';

/**
 * Whom the residence county notifies about a case, from intake's acceptance (R8: the
 * residence county owns the relationship with the applicant). Personal data (R32): only
 * this service stores it, and it is never logged or put in an event.
 */
@Entity('case_recipient')
export class CaseRecipient {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  applicationNumber!: string;

  @EncryptedColumn('case_recipient.name')
  name!: string;

  @EncryptedColumn('case_recipient.phone')
  phone!: string;

  /** Given by the applicant at intake, if at all; the email channel sends here. */
  @EncryptedColumn('case_recipient.email', { nullable: true })
  email!: string | null;

  /** The matter, named in every notice; null when refused before acceptance. */
  @Column({ type: 'text', nullable: true })
  caseKind!: CaseKind | null;

  /** What approval does to the card (the plan's), which decides the approval notice (R23). */
  @Column({ type: 'text', nullable: true })
  certificateOutcome!: CertificateOutcome | null;

  /** Its federation signs every notice. */
  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  @Column({ type: 'timestamptz' })
  registeredAt!: Date;
}
