import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { AUDITED_SERVICES, IsCountyCode, type AuditedService } from '@tongban/contracts';
import { PageQuery } from '@tongban/runtime';
import { IsIn, IsOptional } from 'class-validator';
import { DateRangeQuery } from './date-range.query';
import { ProvinceQuery } from './province.query';

/** GET /read-counts: the range (from, to) is on the day read. */
export class ReadCountsQuery extends IntersectionType(DateRangeQuery, ProvinceQuery, PageQuery) {
  @ApiPropertyOptional({ example: '320106' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @ApiPropertyOptional({ enum: AUDITED_SERVICES })
  @IsOptional()
  @IsIn(AUDITED_SERVICES)
  service?: AuditedService;
}
