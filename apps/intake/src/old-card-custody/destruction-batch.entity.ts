import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One batch destruction of old cards (R28): who destroyed them, when, how, and which cards. */
@Entity('old_card_destruction_batch')
@Index('old_card_destruction_batch_county', ['countyCode', 'destroyedOn'])
export class DestructionBatch {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  /** China calendar day of the destruction. */
  @Column({ type: 'date' })
  destroyedOn!: string;

  /** The supervisor who witnessed and recorded it (from the token). */
  @Column({ type: 'text' })
  recordedBy!: string;

  /** A second witness, by name, when one was present. */
  @Column({ type: 'text', nullable: true })
  secondWitnessName!: string | null;

  /** How the cards were destroyed (shredded, cut …). */
  @Column({ type: 'text' })
  methodNote!: string;

  /** The custody records destroyed in this batch. */
  @Column({ type: 'uuid', array: true })
  custodyIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
