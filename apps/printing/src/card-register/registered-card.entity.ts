import type {
  CertificateState,
  DisabilityCategory,
  DisabilityLevel,
  LocalDate,
} from '@tongban/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** How the category and level were assessed; R14/R20: pre-2018 visual cards are re-assessed. */
export const ASSESSMENT_METHODS = ['STANDARD', 'VISUAL'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** Where a register entry came from: printed by this system, or loaded from the county's export. */
export const REGISTER_SOURCES = ['PRINTED', 'IMPORTED'] as const;
export type RegisterSource = (typeof REGISTER_SOURCES)[number];

/**
 * One card the hukou county issued, in its card register: the one place a card's status lives
 * (R11, R13, R18–R24). Printed cards are registered as they are issued; cards issued before
 * this system are imported from the county's export.
 */
@Entity('card_register')
export class RegisteredCard {
  /** ID number + category digit + level digit (+ Bn); carries the ID number, so never logged. */
  @PrimaryColumn({ type: 'text' })
  cardNumber!: string;

  /** Stable key of the card: its status events are keyed by it, so they stay in order. */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  cardId!: string;

  /** Personal data (R32): never logged. */
  @Index()
  @Column({ type: 'char', length: 18 })
  holderIdNumber!: string;

  /** Health data: staff only. */
  @Column({ type: 'text' })
  category!: DisabilityCategory;

  @Column({ type: 'smallint' })
  level!: DisabilityLevel;

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
