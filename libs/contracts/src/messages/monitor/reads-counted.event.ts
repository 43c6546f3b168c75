import { IsIn, IsInt, Min } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsCountyCode, IsLocalDate } from '../../validation/domain-validators';

/** The services whose staff read cases' personal data. */
export const AUDITED_SERVICES = [
  'intake',
  'assessment',
  'publicity',
  'approval',
  'printing',
  'archive',
  'notification',
] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

/**
 * De-identified: how many reads of cases' personal data or scans one county's staff made in one
 * service on one day (China time), so far. Counts only: who read what stays in the county.
 * A later report of the same county, service and day replaces an earlier one.
 */
export class ReadsCountedPayload {
  @IsCountyCode()
  countyCode!: string;

  @IsIn(AUDITED_SERVICES)
  service!: AuditedService;

  @IsLocalDate()
  day!: string;

  @IsInt()
  @Min(0)
  reads!: number;
}

export const ReadsCounted: EventType<ReadsCountedPayload> = {
  type: 'monitor.reads.counted',
  schemaVersion: 1,
  payloadClass: ReadsCountedPayload,
};
export class ReadsCountedEvent extends envelopeFor(ReadsCounted) {}
