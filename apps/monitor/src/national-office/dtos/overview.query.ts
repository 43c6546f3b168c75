import { IntersectionType } from '@nestjs/swagger';
import { DateRangeQuery } from './date-range.query';
import { ProvinceQuery } from './province.query';

/**
 * GET /overview. Open cases and standing alerts are counted as they are now; the range (from,
 * to) limits completed and closed cases to their day of completion or closure, and standing
 * alerts to their due day.
 */
export class OverviewQuery extends IntersectionType(DateRangeQuery, ProvinceQuery) {}
