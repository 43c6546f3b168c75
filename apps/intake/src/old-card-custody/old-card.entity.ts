import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EncryptedColumn } from '@tongban/persistence';

/** Where an old card stands in the residence county's custody (R28). */
export const OLD_CARD_STATUSES = ['HELD', 'DESTROYED'] as const;
export type OldCardStatus = (typeof OLD_CARD_STATUSES)[number];

/**
 * An old card the residence county collected on renewal, migration, cancellation or a
 * category/level change, kept until it is destroyed in a batch a year later (R28). The card
 * number holds the applicant's ID number (R32): never logged, masked in lists.
 */
@Entity('old_card_custody')
// One old card per case: a second record for the same case is refused (R28).
@Index('old_card_custody_application_unique', ['applicationId'], { unique: true })
@Index('old_card_custody_register', ['countyCode', 'status', 'destructionDueOn'])
export class OldCard {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The case (intake application) whose plan collects the card. */
  @Column({ type: 'uuid' })
  applicationId!: string;

  /** The residence county that keeps the card (R28). */
  @Column({ type: 'char', length: 6 })
  countyCode!: string;

  /** The certificate number as read from the card, normalised by the domain. */
  @EncryptedColumn('old_card.card_number')
  cardNumber!: string;

  /** China calendar day the clerk received the card. */
  @Column({ type: 'date' })
  collectedOn!: string;

  /** Staff id of the clerk who received it (from the token). */
  @Column({ type: 'text' })
  collectedBy!: string;

  @EncryptedColumn('old_card.condition_note', { nullable: true })
  conditionNote!: string | null;

  /** Box or shelf the card is kept in. */
  @Column({ type: 'text' })
  storageLocation!: string;

  /** R28: first day the card may be destroyed, one year after collection. */
  @Column({ type: 'date' })
  destructionDueOn!: string;

  @Column({ type: 'text', default: 'HELD' })
  status!: OldCardStatus;

  @Column({ type: 'uuid', nullable: true })
  destructionBatchId!: string | null;

  @Column({ type: 'date', nullable: true })
  destroyedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
