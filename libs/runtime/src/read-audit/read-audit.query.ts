import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../http/page.query';

/** Filters of the read audit; every one optional. */
export class ReadAuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Reads of one case', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId?: string;

  @ApiPropertyOptional({ description: 'Reads by one staff member' })
  @IsOptional()
  @Length(1, 64)
  staffId?: string;

  @ApiPropertyOptional({ description: 'From this instant on (ISO 8601)', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this instant (ISO 8601)', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
}
