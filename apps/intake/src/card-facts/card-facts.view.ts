import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CardFactsDto, type CardFactsOutcome } from '@tongban/contracts';
import { maskResidentId } from '@tongban/domain';
import type { CardFactsRecord } from './card-facts-record.entity';

/** What the clerk sees of the hukou county's answer about the card a case names. */
export class CardFactsView {
  @ApiProperty({ enum: ['ANSWERED', 'AWAITING_ANSWER'] })
  status!: 'ANSWERED' | 'AWAITING_ANSWER';
  @ApiProperty() message!: string;
  @ApiProperty({ description: 'ID part masked (R32)' }) certificateNumber!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty() requestedOn!: string;
  @ApiPropertyOptional() answeredOn!: string | null;
  @ApiPropertyOptional({ enum: ['FOUND', 'NOT_FOUND'] }) outcome!: CardFactsOutcome | null;
  @ApiPropertyOptional({ type: CardFactsDto }) facts!: CardFactsDto | null;

  static of(record: CardFactsRecord): CardFactsView {
    const answered = record.outcome !== null;
    return {
      status: answered ? 'ANSWERED' : 'AWAITING_ANSWER',
      message: !answered
        ? `户籍地尚未答复 (hukou county ${record.hukouCountyCode} has not answered yet)`
        : record.outcome === 'FOUND'
          ? '户籍地已答复证件信息'
          : `户籍地答复：无此证件 (county ${record.hukouCountyCode} holds no such card)`,
      certificateNumber: `${maskResidentId(record.certificateNumber.slice(0, 18))}${record.certificateNumber.slice(18)}`,
      hukouCountyCode: record.hukouCountyCode,
      requestedOn: record.requestedOn,
      answeredOn: record.answeredOn,
      outcome: record.outcome,
      facts: record.facts,
    };
  }
}
