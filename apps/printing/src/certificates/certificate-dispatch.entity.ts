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
import { EncryptedColumn } from '@tongban/persistence';
import { Certificate } from './certificate.entity';

/** The express mailing of a card (R12), paid by the applicant on delivery (R29). One per card. */
@Entity('certificate_dispatch')
@Index(['courier', 'waybillNumber'], { unique: true })
export class CertificateDispatch {
  /** The card mailed; the primary key makes "mailed twice" impossible even under concurrency. */
  @PrimaryColumn({ type: 'uuid' })
  cardId!: string;

  @OneToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'card_id', referencedColumnName: 'cardId' })
  certificate?: Certificate;

  /** The card's number, for reading; a renewed card with the same number has its own dispatch. */
  @EncryptedColumn('certificate_dispatch.certificate_number')
  certificateNumber!: string;

  @Column({ type: 'text' })
  courier!: string;

  @Column({ type: 'text' })
  waybillNumber!: string;

  /** R29: express costs are paid by the applicant on delivery. */
  @Column({ type: 'boolean' })
  cashOnDelivery!: boolean;

  /** Personal data (R32): the address as it was when the card left (R12). */
  @EncryptedColumn('certificate_dispatch.recipient_name')
  recipientName!: string;

  @EncryptedColumn('certificate_dispatch.recipient_phone')
  recipientPhone!: string;

  @Column({ type: 'char', length: 6 })
  recipientCountyCode!: string;

  @EncryptedColumn('certificate_dispatch.address_line')
  addressLine!: string;

  @Column({ type: 'date' })
  dispatchedOn!: LocalDate;

  @CreateDateColumn({ type: 'timestamptz' })
  dispatchedAt!: Date;
}
