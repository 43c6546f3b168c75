import type { CaseKind, IntakeChannel } from '@tongban/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An application as first entered at the residence county (R6), before materials are checked. */
@Entity('application_draft')
export class ApplicationDraft {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  @Column({ type: 'text' })
  channel!: IntakeChannel;

  /** Personal data (R32): never logged, never in events. */
  @Column({ type: 'text' })
  applicantName!: string;

  /** Personal data (R32): never logged, never in events. */
  @Column({ type: 'char', length: 18 })
  idNumber!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  /** Declared from the hukou booklet; never derived from the ID number's region prefix. */
  @Column({ type: 'char', length: 6 })
  hukouCountyCode!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
