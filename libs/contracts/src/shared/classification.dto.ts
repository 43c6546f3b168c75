import {
  DISABILITY_CATEGORIES,
  DISABILITY_LEVELS,
  type DisabilityCategory,
  type DisabilityLevel,
  type SingleCategory,
} from '@tongban/domain';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsIn, ValidateIf, ValidateNested } from 'class-validator';
import type { CaseKind } from '../vocabulary/case-kind';

export const SINGLE_CATEGORIES = DISABILITY_CATEGORIES.filter((c) => c !== 'MULTIPLE');

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

/**
 * R23: the single categories a partial cancellation strikes off the card, on a class with a
 * `caseKind`: required for CANCELLATION_PARTIAL, and not validated for other kinds (which the
 * services refuse to carry).
 */
export function IsCancelledCategories(): PropertyDecorator {
  const rule = (what: string) => ({
    message: `cancelledCategories: ${what} (R23)`,
  });
  const decorators = [
    ValidateIf((o: { caseKind?: CaseKind }) => o.caseKind === 'CANCELLATION_PARTIAL'),
    ArrayMinSize(1, rule('a partial cancellation names at least one category to strike off')),
    ArrayUnique(undefined, rule('each category is named once')),
    IsIn(SINGLE_CATEGORIES, {
      each: true,
      ...rule(`each must be a single category (${SINGLE_CATEGORIES.join(', ')})`),
    }),
  ];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}
