import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CERTIFICATE_STATES, maskResidentId, type CertificateState } from '@tongban/domain';
import { CardStatusChange } from './card-status-change.entity';
import { RegisteredCard } from './registered-card.entity';

/** One entry of a card's status history as staff see it. */
export class CardStatusChangeView {
  @ApiPropertyOptional({ enum: CERTIFICATE_STATES, nullable: true }) from!: CertificateState | null;
  @ApiProperty({ enum: CERTIFICATE_STATES }) to!: CertificateState;
  @ApiProperty({ example: '2026-11-30' }) on!: string;
  @ApiProperty({ example: 'staff:clerk-7', description: 'staff:<id>, import or system' })
  actor!: string;
  @ApiPropertyOptional({ nullable: true }) applicationId!: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'R22' }) rule!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty() recordedAt!: string;
}

/** A card in the county register with its history; the ID masked (R32). */
export class RegisteredCardView {
  @ApiProperty() cardNumber!: string;
  @ApiProperty({ description: 'ID number with all but the last four characters masked' })
  maskedIdNumber!: string;
  @ApiProperty({ enum: CERTIFICATE_STATES }) status!: CertificateState;
  @ApiProperty() category!: string;
  @ApiProperty() level!: number;
  @ApiProperty() issuingCountyCode!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty() validFrom!: string;
  @ApiProperty() validThrough!: string;
  @ApiProperty({ enum: ['STANDARD', 'VISUAL'] }) assessmentMethod!: string;
  @ApiProperty({ enum: ['PRINTED', 'IMPORTED'] }) source!: string;
  @ApiProperty({ type: [CardStatusChangeView] }) history!: CardStatusChangeView[];

  static of(card: RegisteredCard, history: readonly CardStatusChange[]): RegisteredCardView {
    return {
      cardNumber: card.cardNumber,
      maskedIdNumber: maskResidentId(card.holderIdNumber),
      status: card.status,
      category: card.category,
      level: card.level,
      issuingCountyCode: card.issuingCountyCode,
      issuedOn: card.issuedOn,
      validFrom: card.validFrom,
      validThrough: card.validThrough,
      assessmentMethod: card.assessmentMethod,
      source: card.source,
      history: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        on: h.on,
        actor: h.actor,
        applicationId: h.applicationId,
        rule: h.rule,
        reason: h.reason,
        recordedAt: h.recordedAt.toISOString(),
      })),
    };
  }
}
