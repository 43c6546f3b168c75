import type { LocalDate } from '@tongban/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { Certificate } from './certificate.entity';

/** The express mailing of a card (R12), paid by the applicant on delivery (R29). One per card. */
@Entity('certificate_dispatch')
@Index(['courier', 'waybillNumber'], { unique: true })
export class CertificateDispatch {
  /** The primary key makes "mailed twice" impossible even under concurrent requests. */
  @PrimaryColumn({ type: 'text' })
  certificateNumber!: string;

  @OneToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_number', referencedColumnName: 'certificateNumber' })
  certificate?: Certificate;

  @Column({ type: 'text' })
  courier!: string;

  @Column({ type: 'text' })
  waybillNumber!: string;

  /** R29: express costs are paid by the applicant on delivery. */
  @Column({ type: 'boolean' })
  cashOnDelivery!: boolean;

  /** Personal data (R32): the address as it was when the card left (R12). */
  @Column({ type: 'text' })
  recipientName!: string;

  @Column({ type: 'text' })
  recipientPhone!: string;

  @Column({ type: 'char', length: 6 })
  recipientCountyCode!: string;

  @Column({ type: 'text' })
  addressLine!: string;

  @Column({ type: 'date' })
  dispatchedOn!: LocalDate;

  @CreateDateColumn({ type: 'timestamptz' })
  dispatchedAt!: Date;
}
