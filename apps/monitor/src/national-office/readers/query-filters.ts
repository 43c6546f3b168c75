import type { SelectQueryBuilder } from 'typeorm';

/** Limits a query to the counties of a province, if one is given. */
export function inProvince<T extends object>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  province: string | undefined,
): SelectQueryBuilder<T> {
  return province === undefined
    ? builder.where('TRUE')
    : builder.where(`${alias}.countyCode LIKE :province`, { province: `${province}%` });
}

/** Limits a query to a range of days on one date column, both ends included. */
export function inRange<T extends object>(
  builder: SelectQueryBuilder<T>,
  column: string,
  range: { from?: string; to?: string },
): SelectQueryBuilder<T> {
  if (range.from !== undefined) builder.andWhere(`${column} >= :from`, { from: range.from });
  if (range.to !== undefined) builder.andWhere(`${column} <= :to`, { to: range.to });
  return builder;
}

/** An alert neither discharged by its county's stage change nor followed by a breach. */
export const STANDING_ALERT = 'a.resolvedAt IS NULL AND a.supersededBy IS NULL';
