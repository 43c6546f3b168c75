import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskResidentId } from '@tongban/domain';
import { OLD_CARD_STATUSES, OldCard, type OldCardStatus } from './old-card.entity';

/** A register line: the card number masked (R32), everything else a clerk needs to find the card. */
export class OldCardListItemView {
  @ApiProperty() custodyId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty({ description: 'Card number with all but the last four characters masked' })
  maskedCardNumber!: string;
  @ApiProperty() collectedOn!: string;
  @ApiProperty() collectedBy!: string;
  @ApiProperty() storageLocation!: string;
  @ApiProperty({ description: 'R28: first day the card may be destroyed' })
  destructionDueOn!: string;
  @ApiProperty({ enum: OLD_CARD_STATUSES }) status!: OldCardStatus;
  @ApiPropertyOptional() destructionBatchId!: string | null;
  @ApiPropertyOptional() destroyedOn!: string | null;

  static of(card: OldCard): OldCardListItemView {
    return {
      custodyId: card.id,
      applicationId: card.applicationId,
      countyCode: card.countyCode,
      maskedCardNumber: maskResidentId(card.cardNumber),
      collectedOn: card.collectedOn,
      collectedBy: card.collectedBy,
      storageLocation: card.storageLocation,
      destructionDueOn: card.destructionDueOn,
      status: card.status,
      destructionBatchId: card.destructionBatchId,
      destroyedOn: card.destroyedOn,
    };
  }
}

/** One card in full, for staff of the keeping county only (R32): the number unmasked. */
export class OldCardView extends OldCardListItemView {
  @ApiProperty() cardNumber!: string;
  @ApiPropertyOptional() conditionNote!: string | null;

  static override of(card: OldCard): OldCardView {
    return {
      ...OldCardListItemView.of(card),
      cardNumber: card.cardNumber,
      conditionNote: card.conditionNote,
    };
  }
}

/** A page of the custody register. */
export class CustodyRegisterView {
  @ApiProperty({ type: [OldCardListItemView] }) items!: OldCardListItemView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
