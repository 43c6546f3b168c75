import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ExchangeDirection = 'SENT' | 'RECEIVED' | 'REJECTED';

/**
 * What this service sent to and received from other counties (DESIGN §4: both sides keep an
 * exchange log). Identifiers and outcome only: the payload stays in the outbox and the case.
 */
@Entity('exchange_log')
@Index('exchange_log_case', ['caseId'])
export class ExchangeLogEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  sequence!: string;

  @Column({ type: 'text' })
  direction!: ExchangeDirection;

  /** Null when a rejected message could not even be parsed. */
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ type: 'text', nullable: true })
  eventType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'text' })
  topic!: string;

  /** The other county: destination when sent, signer when received. */
  @Column({ type: 'text', nullable: true })
  counterpartCounty!: string | null;

  /** Why a message was refused (bad or missing signature, unknown signer). */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  loggedAt!: Date;
}
