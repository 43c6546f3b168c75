import {
  DISABILITY_CATEGORIES,
  DISABILITY_LEVELS,
  type DisabilityCategory,
  type DisabilityLevel,
  type SingleCategory,
} from '@tongban/domain';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsIn, ValidateNested } from 'class-validator';

const SINGLE_CATEGORIES = DISABILITY_CATEGORIES.filter((c) => c !== 'MULTIPLE');

/** One assessed impairment (GB/T 26341-2010): a single category and its level 1–4. */
export class ImpairmentDto {
  @IsIn(SINGLE_CATEGORIES)
  category!: SingleCategory;

  @IsIn(DISABILITY_LEVELS)
  level!: DisabilityLevel;
}

/** A certificate's category and level with the impairments they derive from (R3). */
export class ClassificationDto {
  @IsIn(DISABILITY_CATEGORIES)
  category!: DisabilityCategory;

  @IsIn(DISABILITY_LEVELS)
  level!: DisabilityLevel;

  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ImpairmentDto)
  impairments!: ImpairmentDto[];
}
