import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event waiting to be relayed to Kafka. Written in the same transaction as the state
 * change that produced it, so an accepted change always gets its event and vice versa.
 */
@Entity('outbox_message')
@Index('outbox_message_unpublished', ['sequence'], { where: '"published_at" IS NULL' })
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

  @Column({ type: 'jsonb' })
  envelope!: object;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
