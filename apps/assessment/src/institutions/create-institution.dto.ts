import { ApiProperty } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { DISABILITY_CATEGORIES, type SingleCategory } from '@tongban/domain';
import { Transform } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsIn, IsString, Length } from 'class-validator';

const SINGLE_CATEGORIES = DISABILITY_CATEGORIES.filter((c) => c !== 'MULTIPLE');

/**
 * An institution name as one registry entry: trimmed, every run of whitespace (also the
 * full-width space U+3000 of Chinese input methods) one ASCII space, so "鼓楼医院  评定中心" and
 * "鼓楼医院 评定中心" are the same institution (R8).
 */
export function normaliseInstitutionName(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : value;
}

export class CreateInstitutionDto {
  @ApiProperty({ example: '320106' })
  @IsCountyCode()
  countyCode!: string;

  @ApiProperty({ example: '南京市鼓楼医院残疾评定中心' })
  @Transform(({ value }) => normaliseInstitutionName(value))
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiProperty({ example: '南京市鼓楼区中山路321号' })
  @IsString()
  @Length(4, 200)
  address!: string;

  @ApiProperty({ enum: SINGLE_CATEGORIES, isArray: true })
  @ArrayMinSize(1)
  @IsIn(SINGLE_CATEGORIES, { each: true })
  categories!: SingleCategory[];

  @ApiProperty({ description: 'R33: offers home assessment' })
  @IsBoolean()
  homeVisits!: boolean;
}
