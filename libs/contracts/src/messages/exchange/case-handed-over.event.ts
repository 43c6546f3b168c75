import { Type } from 'class-transformer';
import { ArrayMinSize, IsIn, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { ApplicantDto } from '../../shared/applicant.dto';
import { ClassificationDto } from '../../shared/classification.dto';
import { DocumentReferenceDto } from '../../shared/document-reference.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCountyCode } from '../../validation/domain-validators';
import { IsLocalDate } from '../../validation/domain-validators';
import { PUBLICITY_OUTCOMES, PublicityOutcome } from '../publicity/publicity-cleared.event';

/** The assessment conclusion as the hukou county must recognise it (R3, R4). */
export class ConclusionSummaryDto {
  @ValidateNested()
  @Type(() => ClassificationDto)
  classification!: ClassificationDto;

  @IsString()
  institutionName!: string;

  @IsString()
  @Length(1, 50)
  doctorName!: string;

  @IsLocalDate()
  assessedOn!: string;
}

/** The publicity result the residence county entered (R10). */
export class PublicitySummaryDto {
  @IsIn(PUBLICITY_OUTCOMES)
  outcome!: PublicityOutcome;

  @IsString()
  summary!: string;

  @IsLocalDate()
  clearedOn!: string;
}

/**
 * The case package the residence county hands to the hukou county (R10, R11): the form, the
 * conclusion, the publicity result and the scans by reference with their digests. Signed by
 * the sending county; addressed to the hukou county's topic.
 */
export class CaseHandedOverPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  applicationNumber!: string;

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
  @Type(() => ConclusionSummaryDto)
  conclusion!: ConclusionSummaryDto;

  @ValidateNested()
  @Type(() => PublicitySummaryDto)
  publicity!: PublicitySummaryDto;

  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DocumentReferenceDto)
  documents!: DocumentReferenceDto[];

  @IsLocalDate()
  handedOverOn!: string;
}

export const CaseHandedOver: EventType<CaseHandedOverPayload> = {
  type: 'exchange.case.handed-over',
  schemaVersion: 1,
  payloadClass: CaseHandedOverPayload,
};
export class CaseHandedOverEvent extends envelopeFor(CaseHandedOver) {}
