import { IsBoolean, IsIn } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsCountyCode } from '../../validation/domain-validators';
import { IsLocalDate } from '../../validation/domain-validators';

export const TIME_LIMIT_RULES = ['R25', 'R26', 'R27'] as const;
export type TimeLimitRule = (typeof TIME_LIMIT_RULES)[number];
export const DEADLINE_ALERT_LEVELS = ['WARNING', 'BREACH'] as const;
export type DeadlineAlertLevel = (typeof DEADLINE_ALERT_LEVELS)[number];

/** De-identified: a county is one working day from, or past, a time limit (R25–R27). */
export class DeadlineAlertedPayload {
  @IsCountyCode()
  countyCode!: string;

  @IsIn(TIME_LIMIT_RULES)
  rule!: TimeLimitRule;

  @IsIn(DEADLINE_ALERT_LEVELS)
  level!: DeadlineAlertLevel;

  @IsLocalDate()
  dueOn!: string;

  /** Computed without the holiday schedule of its year; recomputed once it is loaded. */
  @IsBoolean()
  provisional!: boolean;
}

export const DeadlineAlerted: EventType<DeadlineAlertedPayload> = {
  type: 'monitor.deadline.alerted',
  schemaVersion: 1,
  payloadClass: DeadlineAlertedPayload,
};
export class DeadlineAlertedEvent extends envelopeFor(DeadlineAlerted) {}
