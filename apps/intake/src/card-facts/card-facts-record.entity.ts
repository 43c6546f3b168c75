import type { CardFactsDto, CardFactsOutcome } from '@tongban/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EncryptedColumn, EncryptedJsonColumn } from '@tongban/persistence';

/**
 * What the hukou county said about the card a case names (R7, R13, R14, R22–R24): the latest
 * request and its answer, if one came. Never the register row: only what the rules need.
 */
@Entity('card_facts')
export class CardFactsRecord {
  @PrimaryColumn({ type: 'uuid' })
  applicationId!: string;

  /** The request in force; an answer to an earlier one is not taken. */
  @Column({ type: 'uuid' })
  requestId!: string;

  @EncryptedColumn('card_facts.certificate_number')
  certificateNumber!: string;

  /** The county asked; only its answer counts. */
  @Column({ type: 'char', length: 6 })
  hukouCountyCode!: string;

  @Column({ type: 'date' })
  requestedOn!: string;

  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: CardFactsOutcome | null;

  @EncryptedJsonColumn('card_facts.facts', { nullable: true })
  facts!: CardFactsDto | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
