import { Type } from 'class-transformer';
import { IsIn, IsUUID, ValidateNested } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { ApplicantDto } from '../../shared/applicant.dto';
import { ClassificationDto } from '../../shared/classification.dto';
import { DocumentReferenceDto } from '../../shared/document-reference.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCountyCode } from '../../validation/domain-validators';
import { IsLocalDate } from '../../validation/domain-validators';

/** The hukou county approved a case (R11): printing issues, prints and mails the card (R12). */
export class CaseApprovedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @IsCountyCode()
  residenceCountyCode!: string;

  @IsCountyCode()
  hukouCountyCode!: string;

  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ValidateNested()
  @Type(() => ClassificationDto)
  classification!: ClassificationDto;

  /** The photo scan, already copied into this county's bucket and verified by digest. */
  @ValidateNested()
  @Type(() => DocumentReferenceDto)
  photo!: DocumentReferenceDto;

  @IsLocalDate()
  approvedOn!: string;
}

export const CaseApproved: EventType<CaseApprovedPayload> = {
  type: 'approval.case.approved',
  schemaVersion: 1,
  payloadClass: CaseApprovedPayload,
};
export class CaseApprovedEvent extends envelopeFor(CaseApproved) {}
