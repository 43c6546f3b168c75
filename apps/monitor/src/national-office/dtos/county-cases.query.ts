import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { CASE_STAGES, type CaseStage } from '@tongban/domain';
import { IsIn, IsOptional } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '../../case-stages/case-status';
import { DateRangeQuery } from './date-range.query';
import { PageQuery } from '@tongban/runtime';

/** GET /counties/:countyCode/cases */
export class CountyParams {
  @ApiProperty({ example: '320106' })
  @IsCountyCode()
  countyCode!: string;
}

/** The range (from, to) is on the day of the case's latest change. */
export class CountyCasesQuery extends IntersectionType(DateRangeQuery, PageQuery) {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CASE_STAGES })
  @IsOptional()
  @IsIn(CASE_STAGES)
  stage?: CaseStage;
}
