import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 200;
/** Deep enough for any list a county keeps; keeps the row offset a safe integer for SQL. */
export const MAX_PAGE = 1_000_000;

/** A page of a list, counted from 1. */
export class PageQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 50;
}

/** One page of a list and how many items the whole list holds. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** One page of an ordered query, each row shown through `view`, with the total count. */
export async function pageOf<T extends object, V>(
  builder: SelectQueryBuilder<T>,
  query: PageQuery,
  view: (row: T) => V,
): Promise<Page<V>> {
  const [rows, total] = await builder
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items: rows.map(view), page: query.page, pageSize: query.pageSize, total };
}
