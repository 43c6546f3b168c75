import {
  FINAL_CERTIFICATE_STATES,
  type CertificateState,
  type DisabilityCategory,
  type DisabilityLevel,
  type Impairment,
  type LocalDate,
} from '@tongban/domain';
import { CARD_NUMBER_LOOKUP, EncryptedColumn, LookupHashColumn } from '@tongban/persistence';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** How the category and level were assessed; R14/R20: pre-2018 visual cards are re-assessed. */
export const ASSESSMENT_METHODS = ['STANDARD', 'VISUAL'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** Where a register entry came from: printed by this system, or loaded from the county's export. */
export const REGISTER_SOURCES = ['PRINTED', 'IMPORTED'] as const;
export type RegisterSource = (typeof REGISTER_SOURCES)[number];

/** States a card may have when it is loaded from the county's export: a replaced card is not. */
export type ImportedCardStatus = Exclude<CertificateState, 'SUPERSEDED'>;

/** SQL condition on card_register.status: the card is still in force (not in a final state). */
export const CARD_IN_FORCE_SQL = `"status" NOT IN (${FINAL_CERTIFICATE_STATES.map((s) => `'${s}'`).join(', ')})`;

/**
 * One card the hukou county issued, in its card register: the one place a card's status lives
 * (R11, R13, R18–R24). Printed cards are registered as they are issued; cards issued before
 * this system are imported from the county's export.
 *
 * Keyed by its own id, not its number: a renewal (R13–R16) or data update (R17) issues a new
 * card with the same number while the old one stays here, SUPERSEDED, with its history. At most
 * one card per number is in force (any state but the final ones), which the database enforces
 * on the number's keyed hash: the number itself is stored encrypted.
 */
@Entity('card_register')
@Index('UQ_card_register_number_in_force', ['cardNumberHash'], {
  unique: true,
  where: CARD_IN_FORCE_SQL,
})
export class RegisteredCard {
  /** The card's own key; its status events are keyed by it too, so they stay in order. */
  @PrimaryColumn({ type: 'uuid' })
  cardId!: string;

  /**
   * ID number + category digit + level digit (+ Bn); carries the ID number, so never logged.
   * Shared by a card and its successors (R13–R17): resolve it with CardByNumber.
   */
  @EncryptedColumn('card_register.card_number')
  cardNumber!: string;

  /** Every lookup by number compares this (CardByNumber, the import), never the number. */
  @LookupHashColumn(CARD_NUMBER_LOOKUP, 'cardNumber')
  cardNumberHash!: string | null;

  /** Personal data (R32): never logged. The first 18 characters of the number. */
  @EncryptedColumn('card_register.holder_id_number')
  holderIdNumber!: string;

  /** Health data: staff only. */
  @Column({ type: 'text' })
  category!: DisabilityCategory;

  @Column({ type: 'smallint' })
  level!: DisabilityLevel;

  /**
   * Health data: the categories an imported MULTIPLE card is made of, when the county's export
   * lists them; null otherwise. A card printed here keeps them on its certificate.
   */
  @Column({ type: 'jsonb', nullable: true })
  impairments!: Impairment[] | null;

  /** The hukou county whose federation issued the card (R11). */
  @Column({ type: 'char', length: 6 })
  issuingCountyCode!: string;

  @Column({ type: 'date' })
  issuedOn!: LocalDate;

  /** R13: valid from / through, both inclusive. */
  @Column({ type: 'date' })
  validFrom!: LocalDate;

  @Column({ type: 'date' })
  validThrough!: LocalDate;

  @Column({ type: 'text' })
  assessmentMethod!: AssessmentMethod;

  /** Why the validity is not R13's ten years, when the source says so; null otherwise. */
  @Column({ type: 'text', nullable: true })
  validityBasis!: string | null;

  @Column({ type: 'text' })
  status!: CertificateState;

  @Column({ type: 'text' })
  source!: RegisterSource;

  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ type: 'timestamptz' })
  statusChangedAt!: Date;
}
