import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

/**
 * The clerk's record of receiving an old card (R28). The case comes from the path, the clerk
 * from the token and the day from the clock; the body carries only what the clerk sees.
 */
export class RecordOldCardDto {
  @ApiProperty({
    example: '11010519491231002X41',
    description: 'Certificate number as printed on the card (ID number, category, level, Bn)',
  })
  @IsString()
  // The domain checks the shape and the check character; this only bounds the input.
  @MaxLength(40)
  cardNumber!: string;

  @ApiProperty({ example: '2026-12 箱 3 / 架 A', description: 'Box or shelf the card is kept in' })
  @IsString()
  @Length(1, 200)
  storageLocation!: string;

  @ApiPropertyOptional({ example: '封面破损，照片完整' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  conditionNote?: string;
}
