import type { CertificateState, LocalDate } from '@tongban/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EncryptedColumn } from '@tongban/persistence';
import { RegisteredCard } from './registered-card.entity';

/** Who changed a card's status: a staff id, or the import / the system itself. */
export type CardStatusActor = 'import' | 'system' | `staff:${string}`;

/**
 * One entry of a card's status history, oldest first: registration (from null) and every change
 * after it, with who, when, which case and why (R18–R24).
 */
@Entity('card_status_change')
export class CardStatusChange {
  /** Increasing: orders a card's history even within one transaction (pg returns it as text). */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** The card this entry belongs to: a successor with the same number has its own history. */
  @Index()
  @Column({ type: 'uuid' })
  cardId!: string;

  @ManyToOne(() => RegisteredCard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'card_id', referencedColumnName: 'cardId' })
  card?: RegisteredCard;

  /** The card's number, for reading the history; never the key (a successor shares it). */
  @EncryptedColumn('card_status_change.card_number')
  cardNumber!: string;

  /** Null for the entry that registered the card. */
  @Column({ type: 'text', nullable: true })
  fromStatus!: CertificateState | null;

  @Column({ type: 'text' })
  toStatus!: CertificateState;

  /** China date the change takes effect. */
  @Column({ type: 'date' })
  on!: LocalDate;

  @Column({ type: 'text' })
  actor!: CardStatusActor;

  /** The application (case) behind the change, if any. */
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  /** The rule that allowed it (R22 …); null where no rule applies (import). */
  @Column({ type: 'text', nullable: true })
  rule!: string | null;

  /** Why; no names or ID numbers. */
  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
