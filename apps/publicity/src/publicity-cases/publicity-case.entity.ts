import type { CaseKind, PublicityOutcome } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type PublicityStatus = 'AWAITING_CONCLUSION' | 'PUBLICISING' | 'CLEARED' | 'SENT_BACK';

/** A case at the residence county's publicity desk (R10, R26). */
@Entity('publicity_case')
export class PublicityCase {
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

  /** R10: minors are not publicised. */
  @Column({ type: 'boolean' })
  applicantIsMinor!: boolean;

  @Column({ type: 'text' })
  status!: PublicityStatus;

  @Column({ type: 'date', nullable: true })
  conclusionReceivedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  /** Last day of the notice period; the result is entered after it. */
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'boolean', default: false })
  endsOnProvisional!: boolean;

  @Column({ type: 'text', nullable: true })
  outcome!: PublicityOutcome | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'date', nullable: true })
  clearedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
