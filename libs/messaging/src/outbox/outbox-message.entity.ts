import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EncryptedJsonColumn } from '@tongban/persistence';

/**
 * An event waiting to be relayed to Kafka. Written in the same transaction as the state
 * change that produced it, so an accepted change always gets its event and vice versa.
 */
@Entity('outbox_message')
@Index('outbox_message_unpublished', ['sequence'], { where: '"published_at" IS NULL' })
@Index('outbox_message_purgeable', ['publishedAt'], {
  where: '"published_at" IS NOT NULL AND "envelope" IS NOT NULL',
})
export class OutboxMessage {
  /** Relay order: per-case ordering follows insertion order. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  sequence!: string;

  @Column({ type: 'uuid', unique: true })
  eventId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  messageKey!: string;

  /**
   * The event as published; it carries personal data and presigned links, so OutboxPurge
   * clears it once the row has been published for the retention period. Null only then.
   */
  @EncryptedJsonColumn('outbox_message.envelope', { nullable: true })
  envelope!: object | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** On the service clock, which the retention period is counted on too. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
