import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

export const MAX_DESTRUCTION_BATCH = 500;

/**
 * A batch destruction (R28). The day comes from the clock and the recording supervisor from the
 * token; a second witness is named here because they need not hold an account.
 */
export class DestroyOldCardsDto {
  @ApiProperty({ type: [String], description: 'Custody ids of the cards destroyed together' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_DESTRUCTION_BATCH)
  @ArrayUnique({ message: '$property must not list a card twice' })
  @IsUUID('all', { each: true })
  custodyIds!: string[];

  @ApiProperty({ example: '碎纸机粉碎' })
  @IsString()
  @Length(1, 500)
  methodNote!: string;

  @ApiPropertyOptional({ example: '王五' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  secondWitnessName?: string;
}
