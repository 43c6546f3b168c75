import { Type } from 'class-transformer';
import { IsBoolean, IsString, IsUUID, Length, ValidateIf, ValidateNested } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { CasePlanDto } from '../../shared/case-plan.dto';
import { ClassificationDto } from '../../shared/classification.dto';
import { IsLocalDate } from '../../validation/domain-validators';

/**
 * R3: the conclusion the residence county entered from the signed and sealed assessment form.
 * Health data: stays with the counties on the case.
 */
export class ConclusionRecordedPayload {
  @IsUUID()
  applicationId!: string;

  @IsUUID()
  institutionId!: string;

  @IsString()
  institutionName!: string;

  @IsBoolean()
  meetsStandard!: boolean;

  /** Present exactly when the conclusion meets the standard. */
  @ValidateIf((payload: ConclusionRecordedPayload) => payload.meetsStandard)
  @ValidateNested()
  @Type(() => ClassificationDto)
  classification?: ClassificationDto;

  @IsString()
  @Length(1, 50)
  doctorName!: string;

  @IsLocalDate()
  assessedOn!: string;

  /** R26 counts from the day the residence county received the conclusion. */
  @IsLocalDate()
  receivedOn!: string;

  /** R9: a re-assessment after a dispute. */
  @IsBoolean()
  reassessment!: boolean;

  /** Since v2: the case's plan, so publicity opens work only where the plan has it (R10). */
  @ValidateNested()
  @Type(() => CasePlanDto)
  plan!: CasePlanDto;
}

export const ConclusionRecorded: EventType<ConclusionRecordedPayload> = {
  type: 'assessment.conclusion.recorded',
  // v2 carries the case plan (a node topic: upgraded with the node, after v1 is drained).
  schemaVersion: 2,
  payloadClass: ConclusionRecordedPayload,
};
export class ConclusionRecordedEvent extends envelopeFor(ConclusionRecorded) {}
