import { BadRequestException } from '@nestjs/common';
import { NATIONAL_MONITOR_COUNTY, type EventEnvelope } from '@tongban/contracts';

/**
 * A monitoring event must be addressed to national monitoring and be a county's report on
 * itself; anything else is refused (dead-lettered with the reason) before it is stored.
 */
export function assertNationalReport(event: EventEnvelope<{ countyCode: string }>): void {
  const problems: string[] = [];
  if (event.destinationCounty !== NATIONAL_MONITOR_COUNTY)
    problems.push(`destinationCounty must be ${NATIONAL_MONITOR_COUNTY} (national monitoring)`);
  if (event.payload.countyCode !== event.sourceCounty)
    problems.push('payload.countyCode must be the sourceCounty: a county reports on itself');
  if (problems.length > 0) throw new BadRequestException(problems);
}
