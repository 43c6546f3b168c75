import type { CaseKind } from '@tongban/contracts';
import type {
  DisabilityCategory,
  DisabilityLevel,
  LocalDate,
  SingleCategory,
} from '@tongban/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { EncryptedColumn, EncryptedJsonColumn } from '@tongban/persistence';
import { RegisteredCard } from '../card-register/registered-card.entity';

/** Where the card is mailed (R12), as the applicant chose it. Personal data (R32). */
export interface MailingAddress {
  recipientName: string;
  phone: string;
  countyCode: string;
  addressLine: string;
}

/** One assessed impairment behind the certificate's category and level (health data). */
export interface Impairment {
  category: SingleCategory;
  level: DisabilityLevel;
}

/**
 * A disability certificate printed by this hukou county (R11, R15): what the card shows and how
 * it was mailed. Its status lives in the card register (RegisteredCard), nowhere else.
 */
@Entity('certificate')
export class Certificate {
  /** The register card this certificate is: one printed certificate, one register entry. */
  @PrimaryColumn({ type: 'uuid' })
  cardId!: string;

  @OneToOne(() => RegisteredCard, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'card_id', referencedColumnName: 'cardId' })
  card?: RegisteredCard;

  /**
   * ID number + category digit + level digit (DESIGN §3); carries the ID number, so never logged.
   * Not unique: a renewal (R13–R17) prints a new card with the same number. Found through the
   * register (CardByNumber), never compared here.
   */
  @EncryptedColumn('certificate.certificate_number')
  certificateNumber!: string;

  /** One card per approved application: a second approval event for it is refused. */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text' })
  caseKind!: CaseKind;

  /** Personal data (R32): never logged, never in events. */
  @EncryptedColumn('certificate.holder_name')
  holderName!: string;

  /** Personal data (R32): never logged, never in events. */
  @EncryptedColumn('certificate.holder_id_number')
  holderIdNumber!: string;

  /** Health data: shown to staff and on the card, never by public verification. */
  @Column({ type: 'text' })
  category!: DisabilityCategory;

  @Column({ type: 'smallint' })
  level!: DisabilityLevel;

  @EncryptedJsonColumn('certificate.impairments')
  impairments!: Impairment[];

  /** The hukou county whose federation issues the card (R11). */
  @Column({ type: 'char', length: 6 })
  issuingCountyCode!: string;

  /** Where the applicant lives: the county told about the dispatch (R12). */
  @Column({ type: 'char', length: 6 })
  residenceCountyCode!: string;

  /** Personal data (R32): the address the card is mailed to (R12). */
  @EncryptedJsonColumn('certificate.mailing_address')
  mailingAddress!: MailingAddress;

  /** The photo in this node's bucket, with the digest recorded when it arrived (R30). */
  @Column({ type: 'text' })
  photoKey!: string;

  @Column({ type: 'char', length: 64 })
  photoSha256!: string;

  @Column({ type: 'text' })
  photoContentType!: string;

  @Column({ type: 'date' })
  issuedOn!: LocalDate;

  /** R13, R15: ten years from the issue date, through the day before the tenth anniversary. */
  @Column({ type: 'date' })
  validFrom!: LocalDate;

  @Column({ type: 'date' })
  validThrough!: LocalDate;

  /** Random and URL-safe: the QR code carries it instead of anything personal. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  verificationToken!: string;

  /** The flow this card belongs to, for tracing across services and counties. */
  @Column({ type: 'uuid' })
  correlationId!: string;

  /** The approval event that caused the issue. */
  @Column({ type: 'uuid' })
  approvedEventId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt!: Date;
}
