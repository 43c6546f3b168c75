import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { DISABILITY_CATEGORIES, type DisabilityCategory } from '@tongban/domain';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { CasePlanDto } from '../../shared/case-plan.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCountyCode } from '../../validation/domain-validators';
import { IsLocalDate } from '../../validation/domain-validators';

/** How the residence county reaches the applicant for notices (R5, R8); nothing more. */
export class NoticeContactDto {
  @IsString()
  @Length(1, 50)
  name!: string;

  @Matches(/^1\d{10}$/, { message: '$property must be an 11-digit mainland mobile number' })
  phone!: string;

  /** Only when the applicant gave one (optional since schema version 1 allows its absence). */
  @IsOptional()
  @IsEmail({}, { message: '$property must be an email address' })
  email?: string;
}

/** The residence county accepted an application with complete materials (R5, R25 starts). */
export class ApplicationAcceptedPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  applicationNumber!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  /** Since v2: the stages the case passes and who performs each; services open work from it. */
  @ValidateNested()
  @Type(() => CasePlanDto)
  plan!: CasePlanDto;

  @IsCountyCode()
  residenceCountyCode!: string;

  @IsCountyCode()
  hukouCountyCode!: string;

  /** The categories the applicant seeks assessment for, to pick a qualified institution. */
  @IsIn(DISABILITY_CATEGORIES, { each: true })
  claimedCategories!: DisabilityCategory[];

  /** R10: minors are not publicised (the plan already says so; kept for notices). */
  @IsBoolean()
  applicantIsMinor!: boolean;

  /** R33: severely disabled, limited mobility — assess at home. */
  @IsBoolean()
  homeVisitRequested!: boolean;

  /** R25 counts from this day. */
  @IsLocalDate()
  materialsCompletedOn!: string;

  /** Only notification stores it; it is never forwarded to monitoring. */
  @ValidateNested()
  @Type(() => NoticeContactDto)
  contact!: NoticeContactDto;

  @IsOptional()
  @IsString()
  supervisorOverrideReason?: string;
}

export const ApplicationAccepted: EventType<ApplicationAcceptedPayload> = {
  type: 'intake.application.accepted',
  // v2 carries the case plan. A node topic: a node's services upgrade together, after its v1
  // topic is drained (README, "Upgrading a node").
  schemaVersion: 2,
  payloadClass: ApplicationAcceptedPayload,
};
export class ApplicationAcceptedEvent extends envelopeFor(ApplicationAccepted) {}
