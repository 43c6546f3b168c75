import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery } from '../http/page.query';

/**
 * A day or an instant as RFC 3339 writes it (four-digit year, offset as ±hh:mm or Z), never the
 * other ISO 8601 forms (week dates, ordinal days) that a Date cannot read. The controller
 * compares Dates, so any RFC 3339 offset (+21:01 too, which PostgreSQL would refuse as text)
 * is answered.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;
const INSTANT_MESSAGE = '$property must be a date (YYYY-MM-DD) or an RFC 3339 date-time';

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
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this instant (ISO 8601)', format: 'date-time' })
  @IsOptional()
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
}
